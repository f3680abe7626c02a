"""The contract between reading and everything after it.

A reader turns one file into a `Document`: the blocks a person sees, in the order they
see them, over one normalised text. Every block and every table cell knows its character
span in `Document.text` *and* where it stands in the original file (page, paragraph,
table, line), so a figure found later can always be pointed back to the source.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, model_validator


class BlockKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table = "table"


class Part(StrEnum):
    """Where on the page a block lives; only `body` carries the report's content."""

    body = "body"
    header = "header"
    footer = "footer"


class Location(BaseModel):
    """Position in the original file; which fields are set depends on the format."""

    page: int | None = None  # 1-based; pdf pages (docx has no reliable pages)
    paragraph: int | None = None  # docx: index among body paragraphs, document order
    table: int | None = None  # docx/pdf: index among tables, document order
    row: int | None = None  # table row (0-based) for a cell
    col: int | None = None  # table column (0-based) for a cell
    line: int | None = None  # txt: 1-based line of the block's first line
    sheet: int | None = None  # xlsx: 1-based sheet, counting hidden ones as Excel does
    cell: str | None = None  # xlsx: the cell's address, «D14»
    part: str | None = None  # "header" | "footer" when the words are in a running head

    def describe(self) -> str:
        """For people: «стр. 3, табл. 1, строка 4», every number counted from 1; a
        workbook's cell by its sheet and address, «лист 2, D14», as Excel shows it."""
        if self.cell is not None:
            return f"лист {self.sheet}, {self.cell}" if self.sheet is not None else self.cell
        parts = []
        for name, label, base in (
            ("sheet", "лист", 0),
            ("page", "стр.", 0),
            ("paragraph", "абз.", 1),
            ("table", "табл.", 1),
            ("row", "строка", 1),
            ("col", "столбец", 1),
            ("line", "строка файла", 0),
        ):
            value = getattr(self, name)
            if value is not None:
                parts.append(f"{label} {value + base}")
        if self.part in _PART_WORDS:
            parts.append(_PART_WORDS[self.part])
        return ", ".join(parts)


_PART_WORDS = {"header": "верхний колонтитул", "footer": "нижний колонтитул"}


class Span(BaseModel):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Cell(Span):
    text: str
    row: int = Field(ge=0)
    col: int = Field(ge=0)
    row_span: int = Field(default=1, ge=1)
    col_span: int = Field(default=1, ge=1)
    location: Location = Field(default_factory=Location)


class Table(BaseModel):
    """A grid of cells; a merged cell appears once, at its top-left position."""

    rows: list[list[Cell]]
    # The reader's hint of the rows that head the table, 0 when it saw none: rows a .docx
    # marks to repeat on each page, rows a text table's rule line closes, rows a pdf
    # repeats after a page break. The table model (extract.table_model) decides.
    header_rows: int = Field(default=0, ge=0)
    # What the table is about when no paragraph before it says so and the reader knows:
    # a table nested in a cell of another, under that row's label («Мероприятия МОЦ за
    # период (количество / охват, чел.)» beside «Целевая группа | количество | Охват»).
    caption: str = ""

    def grid(self) -> list[list[str]]:
        """Cell texts per row, merged cells spread over every position they cover.

        Useful for reading a column under its header; the stored rows keep a merged cell
        once so that nothing is counted twice.
        """
        width = max((c.col + c.col_span for row in self.rows for c in row), default=0)
        out = [["" for _ in range(width)] for _ in self.rows]
        for row in self.rows:
            for c in row:
                for r in range(c.row, min(c.row + c.row_span, len(self.rows))):
                    for k in range(c.col, c.col + c.col_span):
                        out[r][k] = c.text
        return out


class Block(Span):
    kind: BlockKind
    part: Part = Part.body
    text: str
    location: Location = Field(default_factory=Location)
    level: int | None = None  # heading level or list nesting level
    label: str | None = None  # list marker as the reader sees it: "1.", "–", "а)"
    table: Table | None = None
    origin: str | None = None  # e.g. "textbox", "sdt", "nested-table" when not plain body

    @model_validator(mode="after")
    def _table_kind(self) -> Block:
        if (self.kind is BlockKind.table) != (self.table is not None):
            raise ValueError("a table block carries a table, and only a table block does")
        return self


class ReadWarning(BaseModel):
    """A problem met while reading: the file is still returned, maybe partly."""

    code: str  # stable, e.g. "pdf.no_text_layer"
    message: str  # Russian, for the analyst
    page: int | None = None


class Document(BaseModel):
    path: str  # as given to the reader (the CLI passes a path relative to the folder)
    format: str  # "txt" | "docx" | "pdf" | "xlsx" (after any conversion)
    # "doc", "rtf", "odt" (to docx), "xls", "ods" (to xlsx) when LibreOffice converted it
    converted_from: str | None = None
    text: str  # normalised text of all blocks, joined by "\n\n"
    blocks: list[Block]
    pages: int | None = None
    encoding: str | None = None  # txt only
    warnings: list[ReadWarning] = Field(default_factory=list)

    @model_validator(mode="after")
    def _spans_inside(self) -> Document:
        for b in self.blocks:
            if self.text[b.start : b.end] != b.text:
                raise ValueError(f"block text does not match its span {b.start}-{b.end}")
        return self

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.part is Part.body]
