"""Tables laid out in plain text: pipe tables, ASCII box tables, space-aligned columns.

A writer of a .txt report draws a table in one of three ways: markdown-style pipes
(«| a | b |»), a box of «+---+» borders, or columns aligned with runs of spaces or tabs.
The first two are unambiguous. The third is found from the page geometry: each line is
cut at runs of two or more spaces (or a tab) and the pieces of consecutive lines that
overlap horizontally form one column, so a number right-aligned under its header lands
in that header's column. Prose with a double space after a full stop must not become a
table, so aligned tables also need numbers and short cells.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.morph import is_known_word
from extractor.normalise import join_hyphenated, normalise
from extractor.read.builder import RawCell

TAB = 8

_BOX_CHARS = str.maketrans(
    {
        "─": "-",
        "━": "-",
        "═": "=",
        "│": "|",
        "┃": "|",
        "║": "|",
        **{c: "+" for c in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╕╘╛╞╡╤╧╪╓╖╙╜╟╢╥╨╫"},
    }
)
_BOX_BORDER = re.compile(r"^\+[-=+:]*[-=][-=+:]*\+$")
_BOX_ROW = re.compile(r"^\|.*\|$")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_NUMBER = re.compile(
    r"^[~≈<>]?\s*[-+–]?\d[\d \u00a0\u202f]*(?:[.,]\d+)?\s*"
    r"(?:%|руб\.?|р\.|₽|чел\.?|ед\.?|шт\.?|тыс\.?|п\.\s?п\.)?$"
)
_LIST_MARK = re.compile(r"^(?:[–—\-•●▪◦*·]|\d{1,2}[.)]|[а-яa-z]\))$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
# A rule drawn under a header or around a table with dashes, equals signs or underscores.
_RULE = re.compile(r"^[-=_—–\s]{10,}$")
# A table's caption: «Таблица 6.2. …», «Табл. 3», «Продолжение таблицы 1».
_CAPTION = re.compile(r"^(?:таблица|табл\.|продолжение таблицы)\s*(?:№\s*)?\d", re.IGNORECASE)
_MAX_CELL = 60  # an aligned-table cell longer than this is a piece of prose
_MAX_NAME = 120  # ... except an indicator's name before its figures
_RETRY_RUN = 40


@dataclass
class TextLine:
    """One physical line of the file, line ending and form feeds removed."""

    no: int  # 1-based line number in the file
    raw: str
    page: int | None = None

    @property
    def text(self) -> str:
        return self.raw.strip()

    @property
    def blank(self) -> bool:
        return not self.raw.strip()

    @property
    def indent(self) -> int:
        """Display column of the first visible character (tabs to multiples of 8)."""
        col = 0
        for ch in self.raw:
            if ch == " ":
                col += 1
            elif ch == "\t":
                col += TAB - col % TAB
            else:
                break
        return col


@dataclass
class TextTable:
    first: int  # index of its first line in the sequence given to find_tables
    end: int  # index after its last line
    cells: list[RawCell]
    header_rows: int = 0
    # Columns of running text set side by side (a script's «ВИДЕО | ТЕКСТ»): read as
    # paragraphs, record by record, not as a table of figures.
    prose: bool = False
    row_lines: list[int] = field(default_factory=list)  # each row's first line, 1-based


@dataclass
class _Piece:
    start: int  # display columns
    end: int
    text: str


def find_tables(lines: Sequence[TextLine]) -> list[TextTable]:
    """Every table in `lines`, in order; the lines between them are prose."""
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        found = (
            _box_table(lines, i)
            or _tab_export_table(lines, i)
            or _ruled_records(lines, i)
            or _pipe_table(lines, i)
            or _delimited_table(lines, i)
            or _leader_table(lines, i)
        )
        if found is None:
            found, i = _aligned_at(lines, i)
            if found is None:
                continue
        tables.append(found)
        i = found.end
    return tables


def find_aligned_tables(lines: Sequence[TextLine]) -> list[TextTable]:
    """Only the tables of columns aligned with spaces, in order: the lines a pdf page
    lays out without rules, written out as text at their places."""
    tables: list[TextTable] = []
    i = 0
    while i < len(lines):
        found, i = _aligned_at(lines, i)
        if found is not None:
            tables.append(found)
            i = found.end
    return tables


def _aligned_at(lines: Sequence[TextLine], i: int) -> tuple[TextTable | None, int]:
    """The aligned table starting at line `i`, or None and the line to try next: a table
    may start inside a short run (below a spaced-out line); a long run that is not a
    table is not searched again line by line."""
    rows, run_end, header = _aligned_run(lines, i)
    found = _aligned_table(lines, i, rows, run_end, header)
    if found is not None:
        return found, i
    return None, run_end if run_end - i > _RETRY_RUN else i + 1


def unwrap(text: str) -> str:
    """Undo the writer's line wrapping: hyphenated words joined, lines still separate.

    The builder puts the lines on one line; here only the word breaks are settled.
    """
    text = text.replace("\u00ad\n", "")  # a soft hyphen marks a break inside a word
    text = join_hyphenated(normalise(text), is_known_word)
    # What is left («Северо-\\nКавказский», «2023-\\n2024») is a real hyphen.
    return re.sub(r"(?<=\w)-\n(?=\w)", "-", text)


def is_numeric(text: str) -> bool:
    return bool(_NUMBER.match(text.strip()))


def _grid_cells(rows: list[list[str]]) -> list[RawCell]:
    return [RawCell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]


# --- box tables -------------------------------------------------------------------------


def _box_line(line: TextLine) -> str:
    return line.text.translate(_BOX_CHARS)


def _box_table(lines: Sequence[TextLine], i: int) -> TextTable | None:
    """A table drawn with «+---+» borders and «|» sides, read by its geometry.

    Column boundaries are where the full borders have «+». A cell starts below a border
    over its columns and runs right to the next «|» on its first line (so «|» at a
    boundary splits a cell even when the border above has no «+» there, as hand-drawn
    multi-level headers have it) and down to the next border under it: cells may span
    columns («Значение показателя» over three years) and rows («№ п/п» beside a
    two-line header). «+===+» closes the header. A table with no borders between its
    body rows has one row per line; with them, a cell's lines are one wrapped text.
    """
    if not _BOX_BORDER.match(_box_line(lines[i])):
        return None
    box: list[str] = []
    j = i
    while j < len(lines):
        text = _box_line(lines[j])
        if not (_BOX_BORDER.match(text) or _BOX_EDGE.match(text)):
            break
        box.append(text)
        j += 1
    while box and not _BOX_BORDER.match(box[-1]):  # a table ends on a border
        box.pop()
        j -= 1
    cells = _box_cells(box)
    if not cells:
        return None
    grid_cells, header = cells
    return TextTable(i, j, grid_cells, header)


_BOX_EDGE = re.compile(r"^\|.*[|+]$")


def _box_cells(box: list[str]) -> tuple[list[RawCell], int] | None:
    full = [k for k, ln in enumerate(box) if _BOX_BORDER.match(ln)]
    if len(full) < 2:
        return None
    bounds = sorted({x for k in full for x, ch in enumerate(box[k]) if ch == "+"})
    if len(bounds) < 2:
        return None
    n_cols = len(bounds) - 1
    height = len(box)

    def at(k: int, x: int) -> str:
        return box[k][x] if x < len(box[k]) else ""

    def border(k: int, c: int) -> bool:
        seg = box[k][bounds[c] + 1 : bounds[c + 1]]
        return bool(seg) and set(seg) <= set("-=:+")

    header_end = next((k for k in full if "=" in box[k]), None)
    # The body starts under «+===+», else under the first inner border (a header ruled
    # off); without borders between its rows, each body line is a row of its own.
    inner = [k for k in full if full[0] < k < full[-1]]
    body_start = header_end if header_end is not None else (inner[0] if inner else full[0])
    by_line = not any(k > body_start for k in inner)

    def filled(k: int) -> tuple[bool, ...]:
        return tuple(bool(box[k][bounds[c] + 1 : bounds[c + 1]].strip()) for c in range(n_cols))

    def first_cell(k: int) -> str:
        return box[k][bounds[0] + 1 : bounds[1]].strip()

    def spans(k: int) -> bool:  # «| 1. Сеть организаций       |»: a section over the row
        return n_cols > 1 and at(k, bounds[1]) not in ("|", "+")

    # A band of body lines between two borders is one row wrapped over its lines, unless
    # every line fills the same columns, a number among them: then each line is a row
    # («ХУД. | 96 | 4 870» … then a border before «ВСЕГО»); or unless its lines carry
    # row numbers («1.1», «1.1.1») in the first column, as a form ruled only between its
    # sections does: then a row begins at each number (or a section's line), and the
    # lines without one are its cells wrapped.
    starts: set[int] = set()  # lines that begin a row
    for top, bottom in itertools.pairwise(full):
        band = range(top + 1, bottom)
        if top < body_start or len(band) < 2:
            continue
        shapes = {filled(k) for k in band}
        numbered = all(
            any(is_numeric(box[k][bounds[c] + 1 : bounds[c + 1]].strip()) for c in range(n_cols))
            for k in band
        )
        if len(shapes) == 1 and numbered:
            starts.update(band)
            continue
        row_numbers = [k for k in band if _ROW_NUMBER.match(first_cell(k)) and not spans(k)]
        if row_numbers and len(row_numbers) + sum(1 for k in band if spans(k)) >= 2:
            starts.update(k for k in band if k in row_numbers or spans(k) or k == top + 1)

    def ends_row(k: int, c: int) -> bool:  # line k is the last line of a cell in column c
        if k + 1 >= height or border(k + 1, c):
            return True
        return (by_line and k >= body_start) or (k + 1) in starts

    found: list[tuple[int, int, int, int, str]] = []  # top, bottom, first col, last col
    taken: set[tuple[int, int]] = set()
    for k in range(1, height):
        for c in range(n_cols):
            if (k, c) in taken or border(k, c):
                continue
            d = c
            while d + 1 < n_cols and at(k, bounds[d + 1]) not in ("|", "+"):
                d += 1
            bottom = k
            while not ends_row(bottom, c):
                bottom += 1
            text = unwrap(
                "\n".join(
                    part
                    for m in range(k, bottom + 1)
                    if (part := box[m][bounds[c] + 1 : bounds[d + 1]].strip())
                )
            )
            for m in range(k, bottom + 1):
                for e in range(c, d + 1):
                    taken.add((m, e))
            found.append((k, bottom, c, d, text))
    tops = sorted({top for top, *_ in found})
    row_of = {top: r for r, top in enumerate(tops)}
    out = [
        RawCell(
            text,
            row_of[top],
            c,
            row_span=sum(1 for t in tops if top <= t <= bottom),
            col_span=d - c + 1,
        )
        for top, bottom, c, d, text in found
    ]
    # Rows above a «+===+» rule: a hint; without one the table model decides.
    header = sum(1 for t in tops if t < header_end) if header_end is not None else 0
    return out, header


# --- records between rules -------------------------------------------------------------

# «ВИДЕО | ТЕКСТ» over «====», then records between «----» rules, each a few lines whose
# «|» stands in the same place on every line: a two-column script, a form with wrapped
# answers. Each column of a record is one cell, its lines joined as prose is.
_MIN_RECORDS = 2
# A cell of running text: a few words, then a sentence's end.
_PROSE_CELL = re.compile(r"(?:\w+\W+){8,}.*[.!?…»]$", re.DOTALL)


def _pipe_places(raw: str) -> tuple[int, ...]:
    return tuple(k for k, ch in enumerate(raw.rstrip()) if ch == "|")


def _ruled_records(lines: Sequence[TextLine], i: int) -> TextTable | None:
    places = _pipe_places(lines[i].raw)
    if not places or _RULE.match(lines[i].text) or lines[i].raw.lstrip().startswith("|"):
        return None
    records: list[list[str]] = [[]]
    firsts: list[int] = []  # each record's first line number
    double_after: list[int] = []  # records a «====» rule closes
    j = i
    while j < len(lines):
        line = lines[j]
        if _RULE.match(line.text) and "|" not in line.text:
            if records[-1]:
                if "=" in line.text:
                    double_after.append(len(records) - 1)
                records.append([])
            j += 1
            continue
        if line.blank or _pipe_places(line.raw) != places:
            break
        if not records[-1]:
            firsts.append(line.no)
        records[-1].append(line.raw)
        j += 1
    records = [r for r in records if r]
    if len(records) < _MIN_RECORDS or all(len(r) == 1 for r in records):
        return None  # rows of one line each: a plain pipe table, read as one
    spans = list(zip([0, *(p + 1 for p in places)], [*places, None], strict=True))
    rows = [
        [unwrap("\n".join(raw[a:b].strip() for raw in record).strip()) for a, b in spans]
        for record in records
    ]
    header = 1 if double_after[:1] == [0] else 0
    body = rows[header:]
    prose = sum(1 for row in body if any(_PROSE_CELL.search(c) for c in row)) * 2 > len(body)
    return TextTable(i, j, _grid_cells(rows), header, prose=prose, row_lines=firsts)


# --- pipe tables ------------------------------------------------------------------------


def _pipe_cells(text: str) -> list[str] | None:
    if "|" not in text:
        return None
    inner = text
    if inner.startswith("|"):
        inner = inner[1:]
    if inner.endswith("|"):
        inner = inner[:-1]
    # Markdown bold («**Итого**») is how a writer marks a total row, not part of the text.
    cells = [_BOLD.sub(r"\1", c).strip() for c in inner.split("|")]
    if len(cells) >= 2:
        return cells
    # «| Сеть и программы |»: one cell across the table, a section row
    return cells if text.startswith("|") and text.endswith("|") and cells[0] else None


def _pipe_table(lines: Sequence[TextLine], i: int) -> TextTable | None:
    j = i
    rows: list[list[str]] = []
    separator_after: int | None = None
    while j < len(lines):
        text = lines[j].text
        if _MD_SEPARATOR.match(text) and "|" in text:
            if separator_after is None:
                separator_after = len(rows)
            j += 1
            continue
        cells = _pipe_cells(text)
        if cells is None:
            break
        rows.append(cells)
        j += 1
    if sum(1 for r in rows if len(r) >= 2) < 2:
        return None
    # A row of one cell spans the table, as a section row does in a drawn table.
    width = max(len(r) for r in rows)
    cells = [
        RawCell(text, r, c, col_span=width if len(row) == 1 else 1)
        for r, row in enumerate(rows)
        for c, text in enumerate(row)
    ]
    return TextTable(i, j, cells, 1 if separator_after == 1 else 0)


# --- delimited and dot-leader tables ----------------------------------------------------

_DELIMITER = ";"
_MAX_FIELD = 100  # a field longer than this is prose with semicolons, not a table
# «Организации дополнительного образования ........ 4 (ЦДО, ДДТ)»: a label, a leader of
# dots (or «…», «_»), a value.
_LEADER = re.compile(
    r"^(?P<label>\S.*?\S)\s*(?:\.\s?){4,}\.?\s*(?P<value>\S.*)$|"
    r"^(?P<label2>\S.*?\S)\s*(?:…\s*){2,}\s*(?P<value2>\S.*)$"
)


def _delimited_table(lines: Sequence[TextLine], i: int) -> TextTable | None:
    """Lines of fields apart by «;» (an export «Направленность;Программ 2023;…»): a
    table when at least two lines have the same number of fields, three or more, none
    of them long, and some field is a number."""
    rows: list[list[str]] = []
    j = i
    while j < len(lines) and _DELIMITER in lines[j].text:
        fields = [f.strip() for f in lines[j].text.split(_DELIMITER)]
        # «a;b;c;» may end with the delimiter (an empty last field, or none at all)
        width = len(rows[0]) if rows else len(fields) - (not fields[-1])
        if len(fields) == width + 1 and not fields[-1]:
            fields = fields[:-1]
        if len(fields) < 3 or len(fields) != width or any(len(f) > _MAX_FIELD for f in fields):
            break
        rows.append(fields)
        j += 1
    if len(rows) < 2 or not any(is_numeric(f) for row in rows for f in row):
        return None
    return TextTable(i, j, _grid_cells(rows), 0)


def _tab_export_table(lines: Sequence[TextLine], i: int) -> TextTable | None:
    """A sheet saved as «Unicode text» or tab-separated values: fields apart by tabs, a
    field with a line break inside written in quotes («"Численность обучающихся⏎без
    повторного счёта"»). Read with the csv module, which knows the quoting."""
    if "\t" not in lines[i].raw:
        return None
    j, quoted, opened = i, False, False
    while j < len(lines):
        raw = lines[j].raw
        starts = "\t" in raw or raw.startswith('"')
        if not opened and (not starts or lines[j].page != lines[i].page):
            break
        quoted = quoted or _QUOTED_FIELD.search(raw) is not None
        opened ^= raw.count('"') % 2 == 1
        j += 1
    if opened or j - i < 2:
        return None
    text = "\n".join(lines[k].raw for k in range(i, j))
    records = [
        [" ".join(f.split()) if "\n" not in f else unwrap(f.strip()) for f in rec]
        for rec in csv.reader(io.StringIO(text), delimiter="\t")
    ]
    width = max(len(r) for r in records)
    # A spreadsheet writes every row of its range with as many tabs, the empty cells of
    # merged ranges included: that, or a quoted field, tells an export from columns
    # aligned with tabs
    if not quoted and (width < 3 or any(len(r) != width for r in records)):
        return None
    if sum(1 for f in records[0] if f) < 2:
        return None  # «Таблица 1. Основные показатели» over the sheet: its caption
    rows = [r + [""] * (width - len(r)) for r in records]
    # columns empty in every row (the sheet's margins, merged ranges) are no columns
    keep = [c for c in range(width) if any(r[c] for r in rows)]
    rows = [[r[c] for c in keep] for r in rows]
    if sum(1 for r in rows if sum(1 for f in r if f) >= 2) < 2 or not any(
        is_numeric(f) for r in rows for f in r
    ):
        return None
    return TextTable(i, j, _grid_cells(rows), 0)


# A field that opens with a quote after a tab or at the line's start.
_QUOTED_FIELD = re.compile(r'(?:^|\t)"')


def _leader_table(lines: Sequence[TextLine], i: int) -> TextTable | None:
    """Lines «label ...... value», two or more together: a table of two columns."""
    rows: list[list[str]] = []
    j = i
    while j < len(lines):
        m = _LEADER.match(lines[j].text.strip())
        if m is None:
            break
        label = m.group("label") or m.group("label2")
        value = m.group("value") or m.group("value2")
        rows.append([label.lstrip("-–— ").strip(), value.strip()])
        j += 1
    if len(rows) < 2:
        return None
    return TextTable(i, j, _grid_cells(rows), 0)


# --- space-aligned tables ---------------------------------------------------------------


def _pieces(raw: str) -> list[_Piece]:
    """Cut a line at tabs and at runs of 2+ spaces, keeping display columns."""
    out: list[_Piece] = []
    col = 0
    cur: list[str] = []
    start = 0
    gap = 0
    hard = False
    for ch in raw:
        if ch == "\t":
            hard = True
            col += TAB - col % TAB
            continue
        if ch == " ":
            gap += 1
            col += 1
            continue
        if cur and (hard or gap >= 2):
            out.append(_Piece(start, start + len(cur), "".join(cur)))
            cur = []
        if not cur:
            start = col
        elif gap:
            cur.append(" ")
        cur.append(ch)
        gap = 0
        hard = False
        col += 1
    if cur:
        out.append(_Piece(start, start + len(cur), "".join(cur)))
    return out


def _table_row_candidate(line: TextLine) -> list[_Piece] | None:
    if line.blank:
        return None
    pieces = _pieces(line.raw)
    if len(pieces) < 2:
        return None
    if len(pieces) == 2 and _LIST_MARK.match(pieces[0].text):
        return None  # «–  текст пункта»: a list item spaced out, not a table
    return pieces


def _aligned_run(lines: Sequence[TextLine], i: int) -> tuple[list[list[_Piece]], int, int | None]:
    """The lines from `i` cut into pieces, up to the first that cannot be a table row.

    Also returns the number of header rows when a rule line («-----») closes them; rule
    lines are part of the run but not rows.
    """
    if _table_row_candidate(lines[i]) is None:
        return [], i + 1, None
    if (
        i + 1 < len(lines)
        and _RULE.match(lines[i + 1].raw)
        and any(_RULE.match(ln.raw) for ln in lines[i + 2 : i + 6])
        and not (i > 0 and _RULE.match(lines[i - 1].raw))  # a header inside the box
    ):
        # «Период: …    Сформирован: …» over «=====», a header and «-----»: a line
        # above the table's top border is not its first row
        return [], i + 1, None
    rows: list[list[_Piece]] = []
    header: int | None = None
    j = i
    while j < len(lines):
        if rows and lines[j].page != lines[j - 1].page:
            break  # a new page: its header, if repeated, opens a table of its own
        if _RULE.match(lines[j].raw):
            if header is None and rows and len(rows) <= 3:
                header = len(rows)
            j += 1
            continue
        if lines[j].blank and header is not None:
            # A form ruled under its header goes on after a blank line when the
            # next line is one of its rows or a section row above some: «1. СЕТЬ
            # ОРГАНИЗАЦИЙ» between blank lines opens the next rows of one table.
            k = _after_blank(lines, j)
            if k is None or not _form_goes_on(lines, k, rows):
                break
            j = k
            continue
        if rows and _CAPTION.match(lines[j].text):
            break  # «Таблица 6.2. …»: the next table's caption, however it is set
        pieces = _table_row_candidate(lines[j])
        if pieces is None:
            # A single piece between rows: a section row, or a long label wrapped onto
            # continuation lines (indented under the label, often more than one line
            # before the row's values come).
            if rows and (
                _continues(lines, j, ruled=header is not None)
                or _wraps_in_column(lines[j], rows, header)
            ):
                pieces = _pieces(lines[j].raw)
            else:
                break
        rows.append(pieces)
        j += 1
    return rows, j, header


def _wraps_in_column(line: TextLine, rows: list[list[_Piece]], header: int | None) -> bool:
    """In a ruled form, an indented line that starts where a column of text starts is
    the end of a cell wrapped there («зования (нарастающим итогом …)» under its label),
    though a blank line follows it."""
    if header is None or line.blank or line.indent < 2:
        return False
    starts = {p.start for row in rows[header:] for p in row[1:2]}
    return line.indent in starts


def _after_blank(lines: Sequence[TextLine], j: int) -> int | None:
    """The first line after the blank lines from `j`, on the same page."""
    k = j
    while k < len(lines) and lines[k].blank:
        k += 1
    if k >= len(lines) or lines[k].page != lines[j].page:
        return None
    return k


def _form_goes_on(lines: Sequence[TextLine], k: int, rows: list[list[_Piece]]) -> bool:
    """Line `k` (after a blank) continues a ruled form: a row whose figures end where
    the form's do, or a short section line right above such a row."""
    if any(_RULE.match(line.raw) for line in lines[k : k + 4]):
        return False  # a header closed by its own rule: a table of its own begins
    ends = {p.end for row in rows for p in row[1:]}
    # where the rows' codes and labels start («2.1    Количество … общеобразова-»: a
    # label wrapped before its figures)
    starts = {(row[0].start, row[1].start) for row in rows if len(row) >= 2}

    def aligned(line: TextLine) -> bool:
        pieces = _table_row_candidate(line)
        return (
            pieces is not None
            and len(pieces) >= 2
            and (pieces[-1].end in ends or (pieces[0].start, pieces[1].start) in starts)
        )

    if aligned(lines[k]):
        return True
    section = len(lines[k].text) <= 60 and _table_row_candidate(lines[k]) is None
    if not section:
        return False
    # the section's first row may be a label wrapped before its figures («Численность
    # детей, обучающихся по ДООП (без» over «повторного счета)   чел.   15 189»)
    for m in range(k + 1, min(k + 4, len(lines))):
        if lines[m].blank:
            return False
        if aligned(lines[m]):
            return True
        if _table_row_candidate(lines[m]) is not None:
            return False
    return False


def _continues(lines: Sequence[TextLine], j: int, ruled: bool = False) -> bool:
    """Line `j`, one piece, belongs to the table: short, or indented like a wrapped label
    (or any indicator's name, in a form `ruled` under its header: «0103.2 в том числе
    физкультурно-спортивной» over the line that ends it with the figures), and a row
    follows within the next three lines."""
    line = lines[j]
    if line.blank:
        return False
    if _figures_under(line, lines[j + 1] if j + 1 < len(lines) else None):
        return True
    indented = len(line.raw) - len(line.raw.lstrip(" ")) >= 2
    if len(line.text) > (_MAX_NAME if indented or ruled else 40):
        return False
    ahead = lines[j + 1 : j + 4]
    for k, nxt in enumerate(ahead):
        if nxt.blank:
            return False
        if _RULE.match(nxt.raw):
            return indented  # the last line of a header a rule closes: «(факт)»
        if _table_row_candidate(nxt) is not None:
            return True
        # a line between: indented, or as short as the wrapped end of a label («ед.»),
        # or in a ruled form a label wrapped before its figures
        short = len(nxt.raw) - len(nxt.raw.lstrip(" ")) >= 2 or len(nxt.text) <= (
            _MAX_NAME if ruled else 40
        )
        if k == len(ahead) - 1 or not short:
            return False
    return False


def _figures_under(line: TextLine, below: TextLine | None) -> bool:
    """«Поставщики в реестре ПФДО (все формы собственности),» over a line of figures
    alone, each right of where the label ends: the label wrapped before its figures
    (the line after holds the rest of it, «ед.»), however long it is."""
    if below is None or len(line.text) > _MAX_NAME:
        return False
    pieces = _table_row_candidate(below)
    return (
        pieces is not None
        and pieces[0].start >= line.indent + len(line.text)
        and all(is_numeric(p.text.replace("\u00a0", " ")) for p in pieces)
    )


def _aligned_table(
    lines: Sequence[TextLine],
    i: int,
    rows: list[list[_Piece]],
    j: int,
    header: int | None = None,
) -> TextTable | None:
    if sum(1 for r in rows if len(r) >= 2) < 2:
        return None
    raws = [lines[k].raw for k in range(i, j) if not _RULE.match(lines[k].raw)]
    grid = _by_index(rows, raws) if any("\t" in raw for raw in raws) else None
    if grid is None:
        ruled = _ruled_columns([lines[k].raw for k in range(i, j)], raws)
        if ruled is not None:
            grid = _by_position(ruled[0], ruled[1])
    if grid is None:
        grid = _by_position(rows)
    if grid is None or not _looks_tabular(grid, ruled=header is not None):
        return None
    return TextTable(i, j, _grid_cells(grid), header or 0)


def _by_index(rows: list[list[_Piece]], raws: list[str]) -> list[list[str]] | None:
    """Tab-separated rows: the n-th field is the n-th column, when every row agrees.

    Two tabs in a row are an empty field («Итого\t\t1569») when that makes every row
    the same width; otherwise they only align, as the pieces already say.
    """
    fields = [[f.strip() for f in raw.strip().split("\t")] for raw in raws]
    if len({len(f) for f in fields}) == 1 and len(fields[0]) >= 2:
        return fields
    if len({len(r) for r in rows}) == 1:
        return [[p.text for p in r] for r in rows]
    return None


_DASH_RUN = re.compile(r"[-=_—–]+")


def _ruled_columns(
    run: list[str], raws: list[str]
) -> tuple[list[list[_Piece]], list[tuple[int, int, set[int]]]] | None:
    """Columns as a rule line under the header draws them: «----- ------- -------», one
    run of dashes per column. An export may put its columns one space apart («на
    01.01.2024 на 01.01.2025»), which runs of spaces cannot tell apart; its rule can.
    The rows are cut at the columns' starts, when no cut falls inside a word."""
    rule = next((r for r in run[:5] if _RULE.match(r)), None)
    if rule is None or "\t" in rule or any("\t" in raw for raw in raws):
        return None
    segments = [(m.start(), m.end()) for m in _DASH_RUN.finditer(rule)]
    if len(segments) < 2:
        return None
    starts = [start for start, _ in segments[1:]]
    for raw in raws:
        for b in starts:
            if 0 < b < len(raw) and raw[b - 1] != " " and raw[b] != " ":
                return None  # a cut inside a word: the rule does not describe this row
    rows: list[list[_Piece]] = []
    for raw in raws:
        pieces = []
        for k, (start, _) in enumerate(segments):
            end = segments[k + 1][0] if k + 1 < len(segments) else len(raw)
            text = raw[start:end]
            if text.strip():
                lead = len(text) - len(text.lstrip())
                pieces.append(_Piece(start + lead, start + len(text.rstrip()), text.strip()))
        rows.append(pieces)
    columns = [(start, end, {r for r, row in enumerate(rows)}) for start, end in segments]
    return rows, columns


def _by_position(
    rows: list[list[_Piece]], columns: list[tuple[int, int, set[int]]] | None = None
) -> list[list[str]] | None:
    columns = columns if columns is not None else _columns(rows)
    if len(columns) < 2:
        return None
    # the header: the rows above the first with a figure past its label
    head = next((r for r, row in enumerate(rows) if any(is_figure(p.text) for p in row[1:])), 0)
    grid: list[list[str]] = []
    for r, row in enumerate(rows):
        cells = ["" for _ in columns]
        for p in row:
            spread = _spread(p, columns)
            if spread:
                # «2023/2024 2024/2025 2023/2024 2024/2025» set close over four columns:
                # one period each
                for k, token in spread:
                    cells[k] = f"{cells[k]} {token}".strip()
                continue
            over = _covered(p.start, p.end, columns)
            if r < head and len(row) >= 2 and _heads_periods(over, rows[r + 1 : head], columns):
                # «Программы, ед.» over «2023 | 2024»: a merged cell of the header heads
                # each column under it
                for k in over:
                    cells[k] = f"{cells[k]} {p.text}".strip()
                continue
            k = _column_of(p, columns)
            if len(row) == 1 and r and p.text[:1].islower() and grid[-1][k]:
                # the cell above wrapped onto this line
                grid[-1][k] = unwrap(grid[-1][k] + "\n" + p.text)
                cells = []
                break
            cells[k] = f"{cells[k]} {p.text}".strip()
        if cells and grid and _figures_of_label(grid[-1], cells):
            # «Всего (обучающиеся – с» over a line of figures alone: the label's row
            grid[-1][1:] = cells[1:]
            continue
        if cells and grid and _ends_wrapped_row(grid[-1], cells):
            # «04  Количество ДООП, получивших положительное» / «заключение … ед.  4  7»:
            # the label's last line carries the row's values
            above = grid[-1]
            for k, text in enumerate(cells):
                if text:
                    above[k] = unwrap(above[k] + "\n" + text) if above[k] else text
            continue
        if cells:
            grid.append(cells)
    return grid


PERIOD_TOKEN = re.compile(r"(?:19|20)\d\d(?:\s*/\s*(?:19|20)?\d\d)?(?:\s*(?:г\.|год))?")


def _covered(start: int, end: int, columns: list[tuple[int, int, set[int]]]) -> list[int]:
    """The columns a span of a line (start…end) stands over."""
    return [k for k, (s, e, _) in enumerate(columns) if start < e and s < end]


def _heads_periods(
    over: list[int], below: list[list[_Piece]], columns: list[tuple[int, int, set[int]]]
) -> bool:
    """A header's piece over two columns or more, each of which a lower header line
    names by a period («Программы, ед.» over «2023 | 2024»): a merged cell. Without the
    periods it may be two headers one space apart («Кол-во Обучающихся всего»)."""
    if len(over) < 2:
        return False
    periods = {
        k
        for row in below
        for p in row
        if PERIOD_TOKEN.fullmatch(p.text.replace("\u00a0", " ").strip())
        for k in _covered(p.start, p.end, columns)
    }
    return set(over) <= periods


def is_figure(text: str) -> bool:
    """A number that is no period: «9 210», «34,2» (not «2023»)."""
    text = text.replace("\u00a0", " ").strip()
    return is_numeric(text) and not PERIOD_TOKEN.fullmatch(text)


def _spread(piece: _Piece, columns: list[tuple[int, int, set[int]]]) -> list[tuple[int, str]]:
    """A piece over several columns that is as many periods written close together, each
    with its column; empty when it is one cell (a merged header, a long label)."""
    over = _covered(piece.start, piece.end, columns)
    if len(over) < 2:
        return []
    tokens = PERIOD_TOKEN.findall(piece.text)
    if len(tokens) != len(over) or PERIOD_TOKEN.sub("", piece.text).strip():
        return []
    return list(zip(over, tokens, strict=True))


def _figures_of_label(above: list[str], cells: list[str]) -> bool:
    """`cells` are figures alone and `above` a label alone: one row, its label wrapped
    before its figures."""
    return (
        bool(above[0])
        and not any(above[1:])
        and not cells[0]
        and any(cells[1:])
        and all(is_figure(t) or not t for t in cells[1:])
    )


def _ends_wrapped_row(above: list[str], cells: list[str]) -> bool:
    """`cells` finish the row `above`: they share one column, where the text goes on in
    lower case, and fill only columns that are empty above (its values)."""
    shared = [k for k, text in enumerate(cells) if text and above[k]]
    return (
        len(shared) == 1
        and cells[shared[0]][:1].islower()
        and any(text and not above[k] for k, text in enumerate(cells))
        and not any(is_numeric(t) for k, t in enumerate(above) if k != 0 and t)
    )


def _columns(rows: list[list[_Piece]]) -> list[tuple[int, int, set[int]]]:
    """Column extents: pieces of different rows that overlap horizontally are one column.

    Returns (start, end, rows present) per column. A column holding only header rows (a
    header written left of its right-aligned numbers, or centred clear of its
    left-aligned ones) is merged with a neighbour that has no cell in those rows.
    """
    # Rows of figures draw the columns; a header piece set over two of them («город
    # Камышин» over «2023 г. | 2024 г.») is a merged cell and joins no two columns.
    # A row of years is the header's lowest line («2023 2024 2023 2024»), not figures.
    figured = {r for r, row in enumerate(rows) if any(is_figure(p.text) for p in row[1:])}
    body = [(p.start, p.end, r) for r, row in enumerate(rows) for p in row if r in figured]
    cols = _overlapping(sorted(body))
    others = [(p.start, p.end, r) for r, row in enumerate(rows) for p in row if r not in figured]

    spanning = {(start, end, r) for start, end, r in others if len(_covered(start, end, cols)) >= 2}
    # a piece over columns that a lower header line names one by one («Программы, ед.»
    # over «2023 | 2024») is a merged cell of a header of two levels
    named = {k for s, e, r in others if (s, e, r) not in spanning for k in _covered(s, e, cols)}
    across = [x for x in spanning if not set(_covered(x[0], x[1], cols)) <= named]
    if len(figured) < 2 or len(across) * 4 > len(others):
        # few rows of figures, or headers mostly across columns: all rows draw them
        cols = _overlapping(sorted((p.start, p.end, r) for r, row in enumerate(rows) for p in row))
    else:
        merged = sorted([*body, *((s, e, r) for s, e, r in others if (s, e, r) not in spanning)])
        cols = _overlapping(merged)
        for _, _, r in spanning:
            for _, _, present in cols:
                present.add(r)
    # The header's lines: the first row, and all above the first row of figures. A
    # header centred over a wide column may stand clear of its numbers, right or left.
    heads = {0, *range(min(figured, default=0))}
    k = 0
    while k < len(cols):
        s, e, present = cols[k]
        partner = next(
            (n for n in (k + 1, k - 1) if 0 <= n < len(cols) and not cols[n][2] & present),
            None,
        )
        if not present <= heads or partner is None:
            k += 1
            continue
        ps, pe, p_present = cols[partner]
        cols[min(k, partner)] = (min(s, ps), max(e, pe), present | p_present)
        del cols[max(k, partner)]
        k = min(k, partner) + 1
    return cols


def _overlapping(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, set[int]]]:
    """Pieces (start, end, row), sorted, that overlap horizontally as one column each."""
    cols: list[tuple[int, int, set[int]]] = []
    for start, end, r in spans:
        if cols and start < cols[-1][1]:
            s, e, present = cols[-1]
            present.add(r)
            cols[-1] = (s, max(e, end), present)
        else:
            cols.append((start, end, {r}))
    return cols


def _column_of(piece: _Piece, columns: list[tuple[int, int, set[int]]]) -> int:
    def overlap(c: tuple[int, int, set[int]]) -> int:
        return min(piece.end, c[1]) - max(piece.start, c[0])

    return max(range(len(columns)), key=lambda k: overlap(columns[k]))


_ROW_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,3}\.?$")
_UNIT = re.compile(r"^(?:ед|чел|руб|шт|%|мест)\.?$")


def _width(cell: str) -> int:
    return max((len(line) for line in cell.split("\n")), default=0)


def _looks_tabular(grid: list[list[str]], ruled: bool = False) -> bool:
    """Numbers somewhere, short cells everywhere, and most rows filling every column.

    The first column may hold a long indicator name when the rest of its row is numbers:
    prose broken by double spaces has long pieces followed by more words, not figures.
    """
    width = len(grid[0])
    cells = [c for row in grid for c in row if c]
    for row in grid:
        # The name may stand after a row number («01  Количество …»); a wrapped name is as
        # wide as its longest line.
        name = 1 if len(row) > 2 and _ROW_NUMBER.match(row[0]) and row[1] else 0
        rest = [c for c in row[name + 1 :] if c]
        long_name = bool(rest) and all(is_numeric(c) or _UNIT.match(c) for c in rest)
        limit = _MAX_NAME if long_name else _MAX_CELL
        if _width(row[name]) > limit or any(_width(c) > _MAX_CELL for c in [*row[:name], *rest]):
            return False
    if not any(is_numeric(c) for c in cells):
        return False
    # in a form ruled under its header, a column of remarks («Примечание») filled in a
    # few rows asks nothing of the others; nor, in any table of four rows or more, a
    # column one row alone has (a «х» centred past the figures above it)
    filled = [sum(1 for row in grid if row[k]) for k in range(width)]
    kept = [
        k
        for k in range(width)
        if (not ruled or filled[k] * 2 >= len(grid)) and (filled[k] > 1 or len(grid) < 4)
    ]
    full = sum(1 for row in grid if all(row[k] for k in kept))
    return width >= 2 and len(kept) >= 2 and full * 2 >= len(grid)
