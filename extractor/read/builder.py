"""Assembles blocks into a `Document`, computing every offset in one place.

Readers only say what they saw (a paragraph here, a table there, with its location);
the builder normalises the text and lays it out, so offsets are right by construction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.document import (
    Block,
    BlockKind,
    Cell,
    Document,
    Location,
    Part,
    ReadWarning,
    Table,
)
from extractor.normalise import normalise, one_line

BLOCK_SEP = "\n\n"
CELL_SEP = " | "
ROW_SEP = "\n"


@dataclass
class RawCell:
    """A cell as a reader found it; a merged cell is given once, with its spans."""

    text: str
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    # The page the cell stands on, when a table runs over pages (pdf); else the table's.
    page: int | None = None
    # A workbook cell's address («D14»), its place as a person finds it in Excel.
    address: str | None = None


@dataclass
class _Pending:
    kind: BlockKind
    part: Part
    text: str
    location: Location
    level: int | None = None
    label: str | None = None
    cells: list[RawCell] | None = None
    header_rows: int = 0
    origin: str | None = None
    caption: str = ""


@dataclass
class DocumentBuilder:
    path: str
    format: str
    pages: int | None = None
    encoding: str | None = None
    converted_from: str | None = None
    warnings: list[ReadWarning] = field(default_factory=list)
    _pending: list[_Pending] = field(default_factory=list)

    def warn(self, code: str, message: str, page: int | None = None) -> None:
        self.warnings.append(ReadWarning(code=code, message=message, page=page))

    def add_text(
        self,
        text: str,
        *,
        kind: BlockKind = BlockKind.paragraph,
        location: Location | None = None,
        part: Part = Part.body,
        level: int | None = None,
        label: str | None = None,
        origin: str | None = None,
        keep_lines: bool = False,
    ) -> None:
        """Add a paragraph, heading or list item; empty text is skipped.

        A list item's `label` ("1.", "–") is part of what a reader sees, so it is also
        written in front of the text.
        """
        body = normalise(text) if keep_lines else one_line(text)
        if label:
            label = one_line(label)
            if body and not body.startswith(label):
                body = f"{label} {body}"
        if not body:
            return
        self._pending.append(
            _Pending(kind, part, body, location or Location(), level, label, origin=origin)
        )

    def add_table(
        self,
        cells: list[RawCell],
        *,
        header_rows: int = 0,
        location: Location | None = None,
        part: Part = Part.body,
        origin: str | None = None,
        caption: str = "",
    ) -> None:
        """Add a table; a table whose every cell is empty is skipped. `caption`: see
        `Table.caption`."""
        cells = [
            RawCell(one_line(c.text), c.row, c.col, c.row_span, c.col_span, c.page, c.address)
            for c in cells
        ]
        if not any(c.text for c in cells):
            return
        self._pending.append(
            _Pending(
                BlockKind.table,
                part,
                "",
                location or Location(),
                cells=cells,
                header_rows=header_rows,
                origin=origin,
                caption=one_line(caption),
            )
        )

    def build(self) -> Document:
        pieces: list[str] = []
        blocks: list[Block] = []
        offset = 0
        for p in self._pending:
            if pieces:
                pieces.append(BLOCK_SEP)
                offset += len(BLOCK_SEP)
            if p.cells is None:
                text = p.text
                start = offset
                block = Block(
                    kind=p.kind,
                    part=p.part,
                    text=text,
                    start=start,
                    end=start + len(text),
                    location=p.location,
                    level=p.level,
                    label=p.label,
                    origin=p.origin,
                )
            else:
                text, table = _layout_table(p.cells, p.header_rows, offset, p.location)
                table.caption = p.caption
                block = Block(
                    kind=BlockKind.table,
                    part=p.part,
                    text=text,
                    start=offset,
                    end=offset + len(text),
                    location=p.location,
                    table=table,
                    origin=p.origin,
                )
            pieces.append(text)
            offset += len(text)
            blocks.append(block)
        return Document(
            path=self.path,
            format=self.format,
            converted_from=self.converted_from,
            text="".join(pieces),
            blocks=blocks,
            pages=self.pages,
            encoding=self.encoding,
            warnings=self.warnings,
        )


def _layout_table(
    cells: list[RawCell], header_rows: int, offset: int, where: Location
) -> tuple[str, Table]:
    """Write a table as rows of " | "-separated cells and give each cell its span."""
    by_row: dict[int, list[RawCell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    n_rows = max(by_row) + 1 if by_row else 0
    rows: list[list[Cell]] = []
    parts: list[str] = []
    pos = offset
    for r in range(n_rows):
        row_cells = sorted(by_row.get(r, []), key=lambda c: c.col)
        out_row: list[Cell] = []
        if r:
            parts.append(ROW_SEP)
            pos += len(ROW_SEP)
        for i, c in enumerate(row_cells):
            if i:
                parts.append(CELL_SEP)
                pos += len(CELL_SEP)
            update: dict[str, int | str] = {"row": c.row, "col": c.col}
            if c.page is not None:
                update["page"] = c.page
            if c.address is not None:
                update["cell"] = c.address
            loc = where.model_copy(update=update)
            out_row.append(
                Cell(
                    text=c.text,
                    start=pos,
                    end=pos + len(c.text),
                    row=c.row,
                    col=c.col,
                    row_span=c.row_span,
                    col_span=c.col_span,
                    location=loc,
                )
            )
            parts.append(c.text)
            pos += len(c.text)
        rows.append(out_row)
    return "".join(parts), Table(rows=rows, header_rows=min(header_rows, n_rows))
