"""Plain-text reports (.txt): encoding, line structure, blocks and text-drawn tables.

A .txt report has no markup, so the block structure is inferred the way a reader's eye
does it: blank lines separate paragraphs; a line that starts with a list marker («–»,
«1.», «а)») is a list item even without a blank line before it; a line broken by the
writer's editor (the next word would not have fitted, or the next line goes on in lower
case) continues its paragraph; short lines in **bold**, in CAPITALS or underlined with
=== / --- are headings. Tables drawn with pipes, boxes or aligned columns are found
first (see `txt_tables`), so their rows never turn into paragraphs.

Locations are 1-based line numbers of a block's first line; a form feed starts a new
page, and only then is `Location.page` set.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractor.document import BlockKind, Document, Location
from extractor.errors import os_error
from extractor.read.builder import DocumentBuilder
from extractor.read.txt_decode import decode
from extractor.read.txt_tables import TextLine, TextTable, find_tables, unwrap

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LIST_ITEM = re.compile(
    r"^[ \t]*(?P<label>[–—\-•●▪◦·*]|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)]|[а-яёa-zА-ЯЁA-Z]\))"
    r"[ \t]+(?P<rest>\S.*)$"
)
_DASHES = "–—-"
_RULE = re.compile(r"^([-=_*~])(?:\s*\1){2,}$")
_MD_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
_BOLD_SPAN = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
_SENTENCE_END = tuple(".!?;:")
_CAPS_HEADING_MAX = 150
_CAPS_MIN_LETTERS = 4  # «МОЦ» alone is an abbreviation, not a heading in capitals
_BOLD_HEADING_MAX = 250
_BOLD_HEADING_LINES = 6  # a bold title is not expected to run longer than this
_UNDERLINED_HEADING_LINES = 3
# A file with many lines longer than this keeps each paragraph on one line (no wrapping).
_WRAPPED_MAX = 120
_WRAPPED_MIN = 50
# A line this close to the wrap width (a share of it) that ends no sentence was wrapped.
_NEAR_EDGE = 0.9


@dataclass
class _Draft:
    """A block being assembled from consecutive lines."""

    kind: BlockKind
    lines: list[TextLine]
    label: str | None = None
    marker_indent: int = 0
    level: int | None = None
    text_override: str | None = None  # markdown heading text without its «#»
    # Kept up to date line by line, so a long paragraph is not re-read at every line.
    _stars: int = 0  # «**» markers so far
    _letters: int = 0
    _lower: bool = False

    def __post_init__(self) -> None:
        lines, self.lines = self.lines, []
        for line in lines:
            self.add(line)

    def add(self, line: TextLine) -> None:
        self.lines.append(line)
        text = line.text
        self._stars += text.count("**")
        self._letters += sum(ch.isalpha() for ch in text)
        self._lower = self._lower or any(ch.islower() for ch in text)

    @property
    def joined(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def caps(self) -> bool:
        return self._letters >= _CAPS_MIN_LETTERS and not self._lower

    @property
    def bold_open(self) -> bool:
        """Started with «**» and the closing «**» has not come yet."""
        return (
            self.kind is BlockKind.paragraph
            and self.lines[0].text.startswith("**")
            and self._stars % 2 == 1
            and len(self.lines) < _BOLD_HEADING_LINES
        )

    @property
    def bold_whole(self) -> bool:
        first, last = self.lines[0].text, self.lines[-1].text
        return first.startswith("**") and last.endswith("**") and self._stars >= 2


@dataclass
class _TableDraft:
    table: TextTable
    line: TextLine


@dataclass
class _Segmenter:
    width: float  # the widest prose line: beyond it the writer's editor wraps
    drafts: list[_Draft | _TableDraft] = field(default_factory=list)
    _cur: _Draft | None = None

    def close(self) -> None:
        if self._cur is not None:
            self.drafts.append(self._cur)
            self._cur = None

    def feed(self, line: TextLine) -> None:
        """Take the next non-blank prose line."""
        text = line.text
        cur = self._cur
        if _RULE.match(text):
            self._rule(text)
            return
        md = _MD_HEADING.match(text)
        if md and not (cur and cur.bold_open):
            self.close()
            self.drafts.append(
                _Draft(BlockKind.heading, [line], level=len(md.group(1)), text_override=md[2])
            )
            return
        item = _LIST_ITEM.match(line.raw)
        if item and not (cur and cur.bold_open) and not self._dash_wrap(cur, line, item):
            self.close()
            self._cur = _Draft(
                BlockKind.list_item, [line], label=item["label"], marker_indent=line.indent
            )
            return
        if cur is not None and self._continues(cur, line):
            cur.add(line)
            return
        self.close()
        self._cur = _Draft(BlockKind.paragraph, [line])

    def _rule(self, text: str) -> None:
        """A line of === or --- underlines the heading above it; any other rule is dropped."""
        cur = self._cur
        if (
            cur is not None
            and cur.kind in (BlockKind.paragraph, BlockKind.list_item)
            and text[0] in "=-"
            and len(cur.lines) <= _UNDERLINED_HEADING_LINES
            and len(cur.joined) <= _BOLD_HEADING_MAX
            and not cur.joined.endswith(".")
        ):
            # «1. Общие сведения» underlined is a numbered heading, not a list item.
            cur.kind, cur.label = BlockKind.heading, None
            cur.level = 1 if text[0] == "=" else 2
        self.close()

    def _dash_wrap(self, cur: _Draft | None, line: TextLine, item: re.Match[str]) -> bool:
        """«…составил\\n– 78,4 %»: the editor wrapped before a dash; not a list item."""
        if cur is None or cur.kind is not BlockKind.paragraph or item["label"] not in _DASHES:
            return False
        prev = cur.lines[-1]
        return (
            item["rest"][:1].isdigit()
            and not prev.text.endswith(_SENTENCE_END)
            and not self._fits(prev, line)
        )

    def _continues(self, cur: _Draft, line: TextLine) -> bool:
        if cur.kind is BlockKind.heading:
            return False
        if cur.bold_open:
            return True
        if cur.bold_whole:
            return False
        prev = cur.lines[-1]
        if cur.kind is BlockKind.list_item:
            return line.indent > cur.marker_indent or self._wraps(prev, line)
        caps = cur.caps
        if caps != _is_caps(line.text):
            return False
        if caps:  # a title in capitals, broken by hand over several lines
            return True
        if line.indent > prev.indent:  # a first-line indent opens a new paragraph
            return False
        return self._wraps(prev, line)

    def _wraps(self, prev: TextLine, line: TextLine) -> bool:
        """Whether the break between two lines is the editor's, not the writer's."""
        p, n = prev.text, line.text
        if len(p) > 1 and p[-1] in "-\u00ad" and p[-2].isalnum():
            return True
        if n[:1].islower():
            return True
        if not p.endswith(_SENTENCE_END) and prev.indent + len(p) >= _NEAR_EDGE * self.width:
            # «… Положительное заключение» / «НОК получили …»: a line that runs to the
            # edge and ends no sentence was wrapped, though a longer line elsewhere (a
            # form's head typed past the edge) lets the next word seem to fit
            return True
        return not self._fits(prev, line)

    def _fits(self, prev: TextLine, line: TextLine) -> bool:
        """The next line's first word would have fitted on the previous line."""
        first_word = line.text.split(maxsplit=1)[0]
        return prev.indent + len(prev.text) + 1 + len(first_word) <= self.width


def read_txt(path: Path, display: str) -> Document:
    """Read a plain-text report; raise ReadError when it is not text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc) from exc
    decoded = decode(data)
    builder = DocumentBuilder(path=display, format="txt", encoding=decoded.encoding)
    if decoded.bad_bytes:
        builder.warn(
            "txt.bad_bytes",
            f"нечитаемых байтов в файле: {decoded.bad_bytes} (кодировка {decoded.encoding}); "
            "они заменены знаком «\ufffd» — проверьте числа рядом с ними по исходному файлу",
        )
    add_plain_text(builder, decoded.text)
    doc = builder.build()
    if not doc.blocks:
        builder.warn("txt.no_text", "в файле нет текста: только пробелы и пустые строки")
        doc = builder.build()
    return doc


def add_plain_text(builder: DocumentBuilder, text: str, first_line: int = 1) -> None:
    """Plain text's paragraphs, headings, lists and tables into `builder` (a .txt file,
    an e-mail's body). `first_line`: the number of the text's first line in its file."""
    lines, pages = split_lines(text)
    if first_line != 1:
        lines = [TextLine(ln.no + first_line - 1, ln.raw, ln.page) for ln in lines]
    if pages > 1:
        builder.pages = pages
    drafts = _segment(lines)
    _assign_list_levels(drafts)
    for draft in drafts:
        _emit(builder, draft)


def split_lines(text: str) -> tuple[list[TextLine], int]:
    """Physical lines (CRLF, CR or LF) and the number of pages (form feeds + 1)."""
    has_pages = "\f" in text
    out: list[TextLine] = []
    page = 1
    for no, raw in enumerate(_LINE_BREAK.split(text), start=1):
        parts = raw.split("\f")
        for k, part in enumerate(parts):
            page += 1 if k else 0
            # A form feed alone leaves an empty piece: a blank line only if nothing else is.
            if part.strip() or (k == len(parts) - 1 and not any(p.strip() for p in parts)):
                out.append(TextLine(no, part, page if has_pages else None))
    pages = max((ln.page or 1 for ln in out if not ln.blank), default=1)
    return out, pages


def _segment(lines: Sequence[TextLine]) -> list[_Draft | _TableDraft]:
    tables = {t.first: t for t in find_tables(lines)}
    in_table: set[int] = {k for t in tables.values() for k in range(t.first, t.end)}
    prose = [ln for k, ln in enumerate(lines) if k not in in_table and not ln.blank]
    seg = _Segmenter(_wrap_width(prose))
    k = 0
    while k < len(lines):
        table = tables.get(k)
        if table is not None:
            seg.close()
            seg.drafts.append(_TableDraft(table, lines[k]))
            k = table.end
            continue
        if lines[k].blank:
            seg.close()
        else:
            seg.feed(lines[k])
        k += 1
    seg.close()
    return seg.drafts


def _wrap_width(prose: Sequence[TextLine]) -> float:
    """The column at which the writer's editor wrapped lines; infinite when it did not.

    A file saved from a word processor keeps a paragraph on one long line; a file typed
    in a plain editor is wrapped at a fixed width (often 70-80 columns).
    """
    widths = [ln.indent + len(ln.text) for ln in prose]
    long = sum(1 for w in widths if w > _WRAPPED_MAX)
    if not widths or long * 10 >= len(widths):
        return math.inf
    width = max(w for w in widths if w <= _WRAPPED_MAX)
    # Only short lines: a list of short paragraphs, not text wrapped at a narrow width.
    return width if width >= _WRAPPED_MIN else math.inf


def _assign_list_levels(drafts: list[_Draft | _TableDraft]) -> None:
    """Nesting level (1 = outermost) from indentation, within a run of list items."""
    stack: list[int] = []
    for d in drafts:
        if not isinstance(d, _Draft) or d.kind is not BlockKind.list_item:
            stack = []
            continue
        while stack and stack[-1] > d.marker_indent:
            stack.pop()
        if not stack or stack[-1] < d.marker_indent:
            stack.append(d.marker_indent)
        d.level = len(stack)


def _emit(builder: DocumentBuilder, draft: _Draft | _TableDraft) -> None:
    if isinstance(draft, _TableDraft) and draft.table.prose:
        lines = draft.table.row_lines
        for cell in sorted(draft.table.cells, key=lambda c: (c.row, c.col)):
            line = lines[cell.row] if cell.row < len(lines) else draft.line.no
            builder.add_text(cell.text, location=Location(line=line, page=draft.line.page))
        return
    if isinstance(draft, _TableDraft):
        builder.add_table(
            draft.table.cells,
            header_rows=draft.table.header_rows,
            location=Location(line=draft.line.no, page=draft.line.page),
        )
        return
    first = draft.lines[0]
    kind, level = draft.kind, draft.level
    text = draft.text_override or unwrap(draft.joined)
    if kind is BlockKind.paragraph and _is_bold_heading(text):
        kind, level = BlockKind.heading, 2
    elif kind is BlockKind.paragraph and _is_caps(text) and _is_caps_heading(text):
        kind, level = BlockKind.heading, 1
    text = _BOLD_SPAN.sub(r"\1", text)
    if kind is BlockKind.heading:
        text = text.replace("**", "")
    builder.add_text(
        text,
        kind=kind,
        location=Location(line=first.no, page=first.page),
        level=level,
        label=draft.label,
    )


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _CAPS_MIN_LETTERS and not any(ch.islower() for ch in letters)


def _is_caps_heading(text: str) -> bool:
    stripped = text.strip("* ")
    letters = sum(ch.isalpha() for ch in stripped)
    visible = sum(not ch.isspace() for ch in stripped)
    return (
        len(stripped) <= _CAPS_HEADING_MAX and not stripped.endswith(".") and letters * 2 >= visible
    )


def _is_bold_heading(text: str) -> bool:
    if not (text.startswith("**") and text.endswith("**") and len(text) > 4):
        return False
    inner = text[2:-2].strip()
    return "**" not in inner and len(inner) <= _BOLD_HEADING_MAX and not inner.endswith(".")
