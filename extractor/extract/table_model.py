"""What the parts of a table are, decided once, before any figure is read from it.

A reader gives a grid of cells and a hint of how many rows head it. Here each column gets
a role — row numbers («№ п/п», «2.1.3»), labels, units («ед.», «чел.»), the rows' periods
(years as rows), values, or notes («Примечание», whose numbers are never figures) — and
each row below the header a role: the numbers under the header («1 2 3 4 5 6»), a
repeated header (a table continued after a page break), a section («2. Программы»), an
item, or a part of the item above («в т.ч. художественной»). The vocabulary is data,
rules/tables.toml, with examples that the tests run.

Figures are read from (row, column) pairs of item and part rows and value columns
(extract/tables.py); what a column's header says about its period (a plan, another year,
another territory) is judged there, by the context rules every text goes through.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from functools import cache

from extractor.document import Cell, Table
from extractor.extract.context import is_repeated_count, is_unique_count, without_count_words
from extractor.extract.numbers import find_numbers
from extractor.extract.patterns import vocabulary
from extractor.normalise import fold, join_broken_words

# A year or a school year standing alone in a cell: the row's period, not a figure.
# «2023», «2023/2024», «2024 г.», «2025 (прогноз)»: the qualifier is judged by the context
# rules (a plan or a forecast is not the report's figure).
_PERIOD_CELL = re.compile(
    r"^(?:19|20)\d\d(?:\s*[/–-]\s*(?:19|20)?\d\d)?(?:\s*(?:г\.?|год))?\**"
    r"(?:\s*\([\w .]+\))?$"
)


class ColumnRole(StrEnum):
    row_number = "row_number"
    label = "label"
    unit = "unit"
    period = "period"
    value = "value"
    note = "note"
    territory = "territory"  # «Муниципальное образование» beside the labels: whose row
    plan = "plan"  # «План на 2024 г.», «2025 (прогноз)»: not the report's figures
    derived = "derived"  # «% исполнения», «Темп роста, %»: computed from other columns


class RowRole(StrEnum):
    header = "header"
    numbers = "numbers"
    section = "section"
    item = "item"
    part = "part"
    reference = "reference"  # «Справочно: …»: for comparison, never a figure
    continuation = "continuation"  # the wrapped end of the label above («программы, всего»)


@dataclass(frozen=True)
class Vocabulary:
    row_number_header: re.Pattern[str]
    row_number_cell: re.Pattern[str]
    unit_header: re.Pattern[str]
    unit_cell: re.Pattern[str]
    note_header: re.Pattern[str]
    no_value: re.Pattern[str]
    plan_header: re.Pattern[str]
    fact_header: re.Pattern[str]
    threshold: re.Pattern[str]
    formula: re.Pattern[str]
    derived_header: re.Pattern[str]
    part_column: re.Pattern[str]
    month_number_column: re.Pattern[str]
    remark_header: re.Pattern[str]
    period_end_column: re.Pattern[str]
    territory_header: re.Pattern[str]
    territory_column: re.Pattern[str]
    period_header: re.Pattern[str]
    option_mark: re.Pattern[str]
    town_kind: re.Pattern[str]
    district_kind: re.Pattern[str]
    part_prefix: re.Pattern[str]
    reference_row: re.Pattern[str]
    measure_label: re.Pattern[str]
    value_header: re.Pattern[str]
    measure_filler: re.Pattern[str]
    organisation_label: re.Pattern[str]
    thousand_unit: re.Pattern[str]
    fraction_unit: re.Pattern[str]
    header_word: re.Pattern[str]
    part_opener: re.Pattern[str]
    population_label: re.Pattern[str]
    change_row: re.Pattern[str]


@cache
def table_vocabulary() -> Vocabulary:
    v = vocabulary("tables")
    return Vocabulary(**{f.name: re.compile(str(v[f.name])) for f in fields(Vocabulary)})


@cache
def implied_measure() -> str:
    """The word a bare row label is read with: «количество» (rules/tables.toml)."""
    return str(vocabulary("tables")["implied_measure"])


@dataclass
class Row:
    index: int  # in table.rows
    role: RowRole
    label: str = ""  # the label cells' text, a part's prefix left out
    unit: str = ""  # the unit column's text («%», «чел.»)
    period: str = ""  # the period column's text («2023»)
    values: list[Cell] = field(default_factory=list)  # cells in value columns
    number: str = ""  # the row-number column's text («2.1.3»)
    # The label of the row this one is a part of: the item above a «в т.ч.» row, «2.1»
    # above «2.1.3», or the item a list of parts opened («… всего», then «в т.ч.
    # художественной», «технической» …). What a part counts is often said only there.
    parent: str = ""
    parent_row: int | None = None  # that row's index in table.rows
    territory: str = ""  # the territory column's text («Тайшетский район»)
    # The section row above («Художественная направленность» across the table): what
    # the rows under it are about, as a caption is for a table.
    section: str = ""


@dataclass
class TableModel:
    header_rows: int
    headers: list[str]  # per column: the header rows' texts, top to bottom, joined
    columns: list[ColumnRole]
    rows: list[Row]  # every row, header rows included
    # per column: the lowest header row's text (its own, under what it shares)
    bottom_headers: list[str] = field(default_factory=list)


# What a header says of a column's period, left out to see the territory it names.
_PERIOD_WORDS = re.compile(
    r"\(?(?:факт|план|прогноз|оценка)\w*\)?|(?:19|20)\d\d(?:\s*[/–-]\s*\d{2,4})?\s*(?:г\.|год\w*)?"
)


def territory_kind(name: str) -> str:
    """«town», «district» or «» (the name says neither): what kind of territory a name
    gives, so a town and the district named after it are two places."""
    voc = table_vocabulary()
    place = fold(name)
    if voc.town_kind.search(place):
        return "town"
    if voc.district_kind.search(place):
        return "district"
    return ""


@dataclass(frozen=True)
class Place:
    """A territory as a table names it: its core name and kind («г. Минусинск»:
    минусинск, town)."""

    stem: str
    kind: str

    @classmethod
    def of(cls, name: str) -> Place:
        from extractor.gazetteer import stem_of

        return cls(stem_of(name), territory_kind(name))

    def same(self, other: Place) -> bool:
        """One place: the same core name, and no two different kinds said."""
        return self.stem == other.stem and (
            not self.kind or not other.kind or self.kind == other.kind
        )


def other_territories(model: TableModel, own: Place | None) -> set[int]:
    """Value columns that hold another territory's figures: in a table whose value
    columns name at least two territories, those whose territory is not `own` (the
    report's municipality). Nothing when no column names the report's own
    municipality: then the identity, not the table, is in doubt."""
    named: dict[int, Place] = {}
    for c, role in enumerate(model.columns):
        if role is not ColumnRole.value:
            continue
        place = header_territory(model.headers[c])
        if place is not None:
            named[c] = place
    if not own or len(set(named.values())) < 2 or not any(p.same(own) for p in named.values()):
        return set()
    return {c for c, place in named.items() if not place.same(own)}


def header_territory(header: str) -> Place | None:
    """The territory a column's header names («Прохладненский МР», «г.о. Прохладный»,
    «Справочно: КБР*»), its period words left out; None when it names none."""
    from extractor.gazetteer import regions

    place = " ".join(_PERIOD_WORDS.sub(" ", fold(header)).split())
    if not place:
        return None
    if table_vocabulary().territory_header.search(place):
        return Place.of(place)
    # a region by its name or its abbreviation, as written («КБР», «РТ»)
    hits = regions().find(header)
    return Place(fold(hits[0].region.name), "region") if hits else None


def other_territory_rows(model: TableModel, own: Place | None) -> tuple[set[int], bool]:
    """Rows that hold another territory's figures: in a table whose rows name at least
    two territories (a rating of the region's municipalities, «Среднее по области»),
    every one but the report's own municipality's. When none is the report's own, all
    of them: the table is about others. And whether one row is the report's own."""
    voc = table_vocabulary()
    named: dict[int, Place] = {}
    if ColumnRole.territory in model.columns:
        return _rows_of_other_places(model, own)
    for row in model.rows:
        if row.role not in (RowRole.item, RowRole.part, RowRole.reference) or not row.values:
            continue
        # «Прирост … к 2024 г.»: the «г.» of a year names no town
        place = " ".join(_PERIOD_WORDS.sub(" ", _clean(row.label)).split())
        if (
            voc.territory_header.search(place)
            and not voc.organisation_label.search(place)
            and len(place.split()) <= _MAX_PLACE_WORDS
        ):
            named[row.index] = Place.of(place)
    if len(named) < 2:
        return set(), False
    others = {r for r, place in named.items() if not (own and place.same(own))}
    return others, len(others) < len(named)


_MAX_PLACE_WORDS = 6


def _rows_of_other_places(model: TableModel, own: Place | None) -> tuple[set[int], bool]:
    """Rows whose territory column names another place than the report's own; without
    the own municipality among them, the place most rows name is the table's own (an
    export filtered to the municipality, the region's average in a few rows)."""
    names = {
        row.index: _clean(row.territory)
        for row in model.rows
        if row.role in (RowRole.item, RowRole.part, RowRole.reference) and row.territory.strip()
    }
    if not names:
        return set(), False
    places = {r: Place.of(name) for r, name in names.items()}
    if own is None or not any(p.same(own) for p in places.values()):
        name, n = Counter(names.values()).most_common(1)[0]
        if n * 2 <= len(places):
            return set(), False
        own = Place.of(name)
    others = {r for r, place in places.items() if not place.same(own)}
    return others, len(others) < len(places)


def _clean(text: str) -> str:
    return " ".join(fold(text).split())


def _unbroken(text: str) -> str:
    """A header or label with the words a narrow cell hyphenated joined again, and its
    abbreviations written out («ЧИСЛ. ОБУЧ.» → «численность обучающихся»)."""
    from extractor.morph import is_known_word

    # «Прохладнен-» over «ский МР»: a header's lines joined by a space keep the break
    text = _LINE_BREAK_HYPHEN.sub("-", text)
    return expand_abbreviations(join_broken_words(text, is_known_word))


# A hyphen that ended a line inside a word, a space after it where the lines were joined.
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-\s+(?=[а-яё])")


@cache
def _abbreviations() -> tuple[tuple[re.Pattern[str], str], ...]:
    table = vocabulary("tables")["abbreviation"]
    assert isinstance(table, dict)
    return tuple((re.compile(pattern), str(full)) for pattern, full in table.items())


def expand_abbreviations(text: str) -> str:
    """`text` folded, with the abbreviations of rules/tables.toml written out; as it was
    when it has none (most headers), so that nothing else changes."""
    folded = fold(text)
    expanded = folded
    for pattern, full in _abbreviations():
        expanded = pattern.sub(full, expanded)
    return text if expanded == folded else expanded


def _has_number(text: str) -> bool:
    return bool(find_numbers(text))


def is_numbers_row(texts: list[str]) -> bool:
    """«1 | 2 | 3 | 4 | 5 | 6»: the columns numbered under the header, in order."""
    filled = [t.strip() for t in texts if t.strip()]
    return len(filled) >= 3 and filled == [str(i) for i in range(1, len(filled) + 1)]


# A cell that is a figure and nothing else («12 846», «81,2 %», «6150 руб.»): a header
# row has none (a year or a school year is a header's word, see `_PERIOD_CELL`).
_FIGURE_CELL = re.compile(r"^[\d\s.,%+\-–()]*\d[\d\s.,%+\-–()]*(?:руб\.?|чел\.?|ед\.?)?$")
# A header deeper than this is not one: a table of words gets its first row.
_MAX_HEADER_ROWS = 3


# «4 (ЦДО «Ассоль», ДДТ)», «15 (в т.ч. 4 ИП)»: a figure with a remark in brackets.
_FIGURE_REMARK = re.compile(r"^-?\d[\d \u00a0]*(?:[.,]\d+)?\s*%?\s*\(")


def _is_figure_cell(text: str) -> bool:
    text = " ".join(text.split())
    if _PERIOD_CELL.match(text):
        return False
    return bool(_FIGURE_CELL.match(text) or _FIGURE_REMARK.match(text))


# A header's lower rows are short: years, units, the parts of a merged cell.
_LONG_CELL = 80


def header_depth(table: Table, grid: list[list[str]]) -> int:
    """How many rows head `table`, decided here for every reader.

    A reader's hint (`Table.header_rows`: rows a .docx marks to repeat, rows a text
    table's rule closes, rows a pdf repeats after a page break) is taken as far as the
    columns' numbers row, which is never a header. Without one, the header is the leading
    rows of words (a year counts as a word; a row number in the first cell is allowed),
    at most three; a table of words only gets its first row. Either way, a merged cell of
    the header reaching down takes the rows it covers.
    """
    n = len(grid)
    if n < 2:
        return 0
    depth = 0
    if table.header_rows:
        for r in range(min(table.header_rows, n)):
            if is_numbers_row(grid[r]):
                break
            depth = r + 1
    else:
        for r in range(min(n, _MAX_HEADER_ROWS + 1)):
            texts = [t for t in grid[r][1:] if t.strip()]
            if not texts or is_numbers_row(grid[r]) or any(_is_figure_cell(t) for t in texts):
                break
            filled = [t for t in grid[r] if t.strip()]
            if r and len(set(filled)) == 1 and len(filled) >= len(grid[r]) - 1:
                # one cell across the table under the header (the row number's column
                # left empty): a section, «Раздел 1. Инфраструктура»
                break
            if r and any(len(t) > _LONG_CELL for t in texts):
                break  # «Полное наименование | Муниципальный опорный центр на базе …»: a card
            depth = r + 1
        if depth > _MAX_HEADER_ROWS or depth == n:
            depth = 1
    if depth == 0:
        return 0
    reach = max((c.row + c.row_span for row in table.rows[:depth] for c in row), default=depth)
    return min(max(depth, reach), n - 1)


def sub_tables(table: Table) -> list[Table]:
    """`table` cut where a second header starts a table of its own inside it.

    A borderless pdf page or a form written as one grid can hold two tables one under the
    other: directions with programmes and pupils, then «Целевая группа | Мероприятий |
    Охват, чел.» over the events. Such a row (after rows of figures, before more of them,
    every cell past the first a short header's words: rules/tables.toml `header_word`)
    heads the rows below it; the row of text above it, if any, is their caption
    (`Table.caption`). A header repeated as it was is a page break, not a new table.
    """
    grid = table.grid()
    pairs = _side_by_side(table, grid)
    if pairs:
        return pairs
    n_head = header_depth(table, grid)
    if len(grid) < n_head + 3:
        return [table]
    head_texts = [[_clean(t) for t in grid[r]] for r in range(n_head)]
    figured = [any(_is_figure_cell(t) for t in row[1:]) for row in grid]
    starts: list[int] = []
    seen_figures = False
    for r in range(n_head, len(grid) - 1):
        if figured[r]:
            seen_figures = True
            continue
        if seen_figures and figured[r + 1] and _heads_again(grid[r], head_texts):
            starts.append(r)
            seen_figures = False
    if not starts:
        return [table]
    out = [_rows_of(table, 0, starts[0])]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(grid)
        above = [t for t in grid[start - 1] if t.strip()]
        caption = above[0] if len(set(above)) == 1 and not above[0].startswith("*") else ""
        part = _rows_of(table, start, end)
        out.append(part.model_copy(update={"header_rows": 1, "caption": caption}))
    return out


def _side_by_side(table: Table, grid: list[list[str]]) -> list[Table]:
    """Two lists of «label | value» set side by side in one grid («Организации ДО, ед. | 4
    | Активные сертификаты, шт. | 3 515»): each pair of columns a table of its own, so a
    value is read with the label beside it only. Empty when the grid is no such thing:
    an even width of four or more, every pair's left column words, its right one figures
    (or marks of no value), in two rows or more, and no cell across two pairs."""
    width = len(grid[0]) if grid else 0
    if width < 4 or width % 2 or len(grid) < 2:
        return []
    if any(c.col // 2 != (c.col + c.col_span - 1) // 2 for row in table.rows for c in row):
        return []
    no_value = table_vocabulary().no_value
    for k in range(0, width, 2):
        filled = [(row[k].strip(), row[k + 1].strip()) for row in grid if row[k].strip()]
        if len(filled) < 2:
            return []
        for label, value in filled:
            if not _LETTER.search(label) or _is_figure_cell(label):
                return []
            if value and not (_is_figure_cell(value) or no_value.search(_clean(value))):
                return []
    return [
        table.model_copy(
            update={
                "rows": [
                    [c.model_copy(update={"col": c.col - k}) for c in row if k <= c.col < k + 2]
                    for row in table.rows
                ],
                "header_rows": 0,
            }
        )
        for k in range(0, width, 2)
    ]


def _heads_again(texts: list[str], head_texts: list[list[str]]) -> bool:
    """A row that heads the rows below it: words in two cells or more, each past the
    first a measure, a unit or a period of a header; not the table's own header again."""
    words = [" ".join(t.split()) for t in texts[1:] if t.strip()]
    if len({t for t in texts if t.strip()}) < 2:
        return False  # one cell across the table: a section
    if [_clean(t) for t in texts] in head_texts:
        return False
    if any(_VALUE_FIRST.match(w) and not _PERIOD_CELL.match(w) for w in words):
        return False  # «Активные сертификаты | 1 604 шт.»: a value with its unit
    if not any(_LETTER.search(w) for w in words):
        # years alone head columns when there are several: «Показатель | 2022 | 2023 |
        # 2024»; one is a number («Обучаются по сертификатам | 2047»)
        return len(words) >= 2 and all(_PERIOD_CELL.match(w) for w in words)
    voc = table_vocabulary()
    return all(len(w.split()) <= _HEADER_WORDS and voc.header_word.search(fold(w)) for w in words)


_LETTER = re.compile(r"[^\W\d_]")
_VALUE_FIRST = re.compile(r"^[+-]?\d")


# A header's cell is short: «Численность участников, чел.», «2024 г. (факт)».
_HEADER_WORDS = 5


def _rows_of(table: Table, start: int, end: int) -> Table:
    """Rows start…end-1 of `table` as a table of their own, cells renumbered (a cell
    merged down past `end` is cut there); each cell keeps its location in the document."""
    rows = [
        [
            c.model_copy(update={"row": c.row - start, "row_span": min(c.row_span, end - c.row)})
            for c in row
        ]
        for row in table.rows[start:end]
    ]
    return table.model_copy(update={"rows": rows})


# «ХН - художественная направленность», «Об.пс – обучающиеся с повторным счётом»: an
# abbreviation (short, with a capital or a dot), a dash, what it stands for.
_GLOSS = re.compile(
    r"^\s*(?P<abbr>[^\s–—=-](?:[^–—=;]{0,14}?[^\s–—=-])?)\s+[–—=-]\s+(?P<full>[^;]+?)\s*[.;]?\s*$"
)
_GLOSS_LEAD = re.compile(
    r"^(?:.*?[.:]\s+)?(?:условные обозначения|обозначения|сокращения)\s*:?\s*", re.I
)


def glossary(text: str) -> dict[str, str]:
    """The abbreviations a legend explains («Условные обозначения: ХН - художественная
    направленность; ТН - техническая; …», also after a footnote and apart by commas:
    «* с повторным счётом. Сокращения: Х – художественная, ФС – …»), when it explains
    two or more."""
    legend = _GLOSS_LEAD.sub("", text)
    out = _glosses(legend)
    if ": " in legend:
        # «Обучающиеся по направленностям, чел.: Х – художественная, ФС – …»: the words
        # before the colon introduce the list, its first item follows it
        after = _glosses(legend.rsplit(": ", 1)[1])
        if len(after) > len(out):
            out = after
    return out if len(out) >= 2 else {}


def _glosses(legend: str) -> dict[str, str]:
    out: dict[str, str] = {}
    apart = ";" if ";" in legend else ","
    for piece in legend.split(apart):
        m = _GLOSS.match(piece)
        if m is None:
            continue
        abbr = m.group("abbr").strip()
        if any(ch.isupper() for ch in abbr) or "." in abbr:
            out[abbr] = m.group("full").strip()
    return out


def _with_glossary(table: Table, words: dict[str, str]) -> Table:
    """`table` with the abbreviations of its header and label cells written out; value
    cells, and every cell's place in the text, as they were."""
    pattern = re.compile(
        r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(words, key=len, reverse=True))
        + r")(?![\w])"
    )  # fmt: skip

    def expand(cell: Cell) -> Cell:
        if _has_number(cell.text) and not pattern.search(cell.text):
            return cell
        text = pattern.sub(lambda m: words[m.group(0)], cell.text)
        return cell if text == cell.text else cell.model_copy(update={"text": text})

    rows = [[expand(c) for c in row] for row in table.rows]
    return table.model_copy(update={"rows": rows})


def interpret(table: Table, legend: str = "", words: dict[str, str] | None = None) -> TableModel:
    """Roles of the columns and rows of `table` (see the module docstring); `legend` is
    what the text right before the table says of it («В ячейках: количество мероприятий
    / количество участников»), `words` the abbreviations a legend beside it explains."""
    voc = table_vocabulary()
    if words:
        table = _with_glossary(table, words)
    grid = table.grid()
    width = len(grid[0]) if grid else 0
    n_head = min(header_depth(table, grid), len(grid))
    _spread_merged_heads(grid, n_head)
    headers = []
    for c in range(width):
        seen: list[str] = []
        for r in range(n_head):
            if grid[r][c] and grid[r][c] not in seen:
                seen.append(grid[r][c])
        headers.append(_unbroken(" ".join(seen)))
    # a cell merged down through the header rows («Итого по ГО» beside «Значение» over
    # «УДО | ОО | ДОО») is its column's lowest header: the grid keeps it in its top row
    bottom = [
        _unbroken(next((grid[r][c] for r in reversed(range(n_head)) if grid[r][c].strip()), ""))
        for c in range(width)
    ]
    head_texts = [[_clean(t) for t in grid[r]] for r in range(n_head)]

    # Rows first, by their own shape: the numbers row and repeated headers are not data,
    # whatever the columns turn out to be.
    body: list[int] = []
    roles: dict[int, RowRole] = {r: RowRole.header for r in range(n_head)}
    for r in range(n_head, len(grid)):
        texts = grid[r]
        if is_numbers_row(texts):
            roles[r] = RowRole.numbers
        elif n_head and [_clean(t) for t in texts] in head_texts:
            roles[r] = RowRole.header
        else:
            body.append(r)

    # A row that is one cell across the table («Раздел 2. Программы») says nothing of
    # what its columns hold.
    across = {
        c.row
        for row in table.rows
        for c in row
        if c.col_span >= width - 1 and width > 2 and c.text.strip()
    }
    columns = [
        _column_role(c, headers[c], [grid[r][c] for r in body if r not in across], voc)
        for c in range(width)
    ]
    if sum(1 for role in columns if role is ColumnRole.label) >= 2:
        # beside another label column, one headed by a territory names each row's place
        for c, role in enumerate(columns):
            if role is ColumnRole.label and voc.territory_column.search(_clean(headers[c])):
                columns[c] = ColumnRole.territory
    if ColumnRole.value in columns:
        # «Отметка об исполнении» beside «Фактическое значение»: remarks on what the value
        # column gives, no words of the row's label (alone, the road map's values)
        for c, role in enumerate(columns):
            if role is ColumnRole.label and voc.remark_header.search(_clean(headers[c])):
                columns[c] = ColumnRole.note
    composites = _composite_columns(headers, bottom, columns, [grid[r] for r in body], legend, voc)
    # label columns filled in most rows: a breakdown («Разрез»), not remarks here and there
    dense = {
        c
        for c, role in enumerate(columns)
        if role is ColumnRole.label and sum(1 for r in body if grid[r][c].strip()) * 2 >= len(body)
    }
    # A cell merged down over rows is stored once, in its first row: where it lies below.
    covering = {
        (r, cell.col): cell
        for row_cells in table.rows
        for cell in row_cells
        for r in range(cell.row + 1, cell.row + cell.row_span)
    }
    rows: list[Row] = []
    for r, row_cells in enumerate(table.rows):
        if r in roles:
            rows.append(Row(r, roles[r]))
            continue
        cells = _with_merged_labels(r, row_cells, columns, covering)
        rows.append(_row(r, cells, columns, voc, composites, dense))
    _join_continuations(rows, voc)
    _restated_counts(rows)
    _link_parts(rows)
    section = ""
    for row in rows:
        if row.role is RowRole.section:
            section = row.label
        elif row.role in (RowRole.item, RowRole.part):
            row.section = section
    model = TableModel(
        header_rows=n_head, headers=headers, columns=columns, rows=rows, bottom_headers=bottom
    )
    _split_composite_rows(model)
    return model


def _spread_merged_heads(grid: list[list[str]], n_head: int) -> None:
    """A text table's merged header cell written once, left, over empty cells: «2024 г.»
    over «кол-во | охват, чел.», «Количество программ, ед.» over «2023 г. | 2024 г.».
    The empty cells right of a header cell take its text when the lowest header line
    names each column under it by a period, or by the same names as under another such
    cell («кол-во | охват» under each year). A .docx grid spreads merged cells already."""
    if n_head < 2:
        return
    bottom = grid[n_head - 1]
    for r in range(n_head - 1):
        top = grid[r]
        spans: list[tuple[int, int]] = []  # (first, end) of a cell and the empty ones after
        c = 1
        while c < len(top):
            end = c + 1
            while end < len(top) and not top[end].strip():
                end += 1
            if top[c].strip() and end - c >= 2 and all(bottom[k].strip() for k in range(c, end)):
                spans.append((c, end))
            c = end
        names = [tuple(_clean(bottom[k]) for k in range(a, b)) for a, b in spans]
        for (a, b), under in zip(spans, names, strict=True):
            periods = all(_PERIOD_CELL.match(t) for t in under)
            if periods or names.count(under) >= 2:
                for k in range(a + 1, b):
                    top[k] = top[a]


# One value of a cell that holds several, or a mark for none: «9 118», «103,2», «–»,
# «960 чел.», «42 мероприятия».
_VALUE = r"(?:[–—-]|[+-]?\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:%|[^\W\d_]+\.?)?)"
# «9 118 / 103,2», «18 / 2 104», «– / –»: two values in one cell.
_PAIR = re.compile(rf"^\s*(?P<a>{_VALUE})\s*/\s*(?P<b>{_VALUE})\s*$")
# «80,6 (80,0)», «10 120 (8 430)»: a value and a second one in brackets.
_BRACKETED_PAIR = re.compile(rf"^\s*(?P<a>{_VALUE})\s*\(\s*(?P<b>{_VALUE})\s*\)\s*$")
# What a header or a legend says the two values are: «2024 г. / % к 2023 г.»,
# «количество мероприятий / количество участников». Not a school year «2023/2024».
_TWO_NAMES = re.compile(r"(?P<a>[^/:;]*[^\W\d_][^/:;]*?)\s+/\s+(?P<b>[^/:;]*[^\W\d_][^/:;]*)")
# … or, for a value with a second one in brackets, the words in brackets: «2024 г.: факт
# (план)», «выдано (в т.ч. активных), шт.». Words only: «Охват (5–18 лет)» names no value.
_BRACKETED_NAMES = re.compile(
    r"^(?P<a>.*[^\W\d_].*?)\s*\((?P<b>[^()\d]*[^\W\d_][^()\d]*)\)(?P<tail>[^()]*)$"
)


def _pair(text: str, bracketed: bool) -> re.Match[str] | None:
    return (_BRACKETED_PAIR if bracketed else _PAIR).match(text)


@dataclass(frozen=True)
class _Composite:
    """A column whose cells hold two values: which form, and the columns they go to."""

    bracketed: bool
    columns: tuple[int, int]


def _composite_columns(
    headers: list[str],
    bottom: list[str],
    columns: list[ColumnRole],
    body: list[list[str]],
    legend: str,
    voc: Vocabulary,
) -> dict[int, _Composite]:
    """Value columns whose cells hold two numbers apart («9 118 / 103,2», «80,6 (80,0)»):
    each becomes two new columns (appended to `headers`, `bottom`, `columns`), named by
    its half of the header («2024 г. / % к 2023 г.», «2024 г.: факт (план)») or of the
    legend before the table; each half gets its own role (an index «% к 2023 г.» is
    computed, a plan is a plan, the value a value). A column whose header names a plan
    is looked at too: «факт (план)» names both. `body`: the body rows' texts."""
    found: dict[int, _Composite] = {}
    shared: tuple[str, str] | None = None  # names a merged header gave its columns
    for c, role in list(enumerate(columns)):
        if role not in (ColumnRole.value, ColumnRole.plan):
            continue
        cells = [
            row[c]
            for row in body
            if c < len(row) and row[c].strip() and not voc.no_value.search(_clean(row[c]))
        ]
        for bracketed in (False, True):
            pairs = [_pair(text, bracketed) for text in cells]
            if cells and sum(p is not None for p in pairs) * 3 >= len(cells) * 2:
                break
        else:
            continue
        own_names = _two_names(bottom[c], bracketed)
        listed = None if bracketed else _LISTED.match(" ".join(headers[c].split()))
        if own_names is None and listed is not None:
            # «Направленность (программ / детей*)» over «художественная | …»: the
            # merged header names the halves of every column under it
            parts = [n.strip() for n in listed.group("names").split("/")]
            if len(parts) == 2:
                shared = (parts[0], parts[1])
        # the legend's last clause: «Таблица 2. Программы …: факт (план)»; or the names
        # a merged header gave the columns before («Всего» beside the directions)
        names = own_names or _two_names(re.split(r"[:.;]\s", legend)[-1], bracketed)
        if names is None and shared is not None:
            names = shared
        if names is None:
            continue
        new_cols = []
        for name in names:
            header = name if own_names else f"{headers[c]} {name}"
            headers.append(header)
            bottom.append(name if own_names else f"{bottom[c]} {name}")
            columns.append(_role_of_values(header, voc))
            new_cols.append(len(columns) - 1)
        found[c] = _Composite(bracketed, (new_cols[0], new_cols[1]))
    return found


def _split_cell(cell: Cell, composite: _Composite) -> list[Cell]:
    """A cell of a composite column as its two values, each in its new column."""
    m = _pair(cell.text, composite.bracketed)
    if m is None:
        return [cell]
    return [
        _sub_cell(cell, *m.span(group), col)
        for group, col in zip(("a", "b"), composite.columns, strict=True)
    ]


# «7 412 / 6 180», «9 / 18 / 12»: several values in one cell, one per name of its label.
_TUPLE = re.compile(rf"^\s*{_VALUE}(?:\s*/\s*{_VALUE}){{1,3}}\s*$")
# «Мероприятия МОЦ (родители / обучающиеся / педагоги)»
_LISTED = re.compile(r"^(?P<head>[^()]*?)\s*\((?P<names>[^()]*/[^()]*)\)(?P<tail>.*)$")


def _pieces(text: str) -> list[tuple[int, str]] | None:
    """The values of a cell holding several («7 412 / 6 180», «10 120 (8 430)») with
    where each starts, or None for a cell of one value."""
    if _TUPLE.match(text):
        return [(m.start(), m.group()) for m in re.finditer(r"[^/]+", text)]
    m = _BRACKETED_PAIR.match(text)
    if m:
        return [(m.start(g), m.group(g)) for g in ("a", "b")]
    return None


def _split_composite_rows(model: TableModel) -> None:
    """A row whose values each hold several («Сертификатов выдано / активных | 7 412 /
    6 180», «Мероприятия МОЦ (родители / обучающиеся / педагоги) | 9 / 18 / 12»,
    «Сертификаты: выдано (в т.ч. активных) | 9 870 (8 115) | 10 120 (8 430)») becomes a
    row per name, each with its values and its label written out («Сертификатов
    активных», «Мероприятия МОЦ родители»)."""
    out: list[Row] = []
    for row in model.rows:
        names = _row_names(row.label)
        split = [_pieces(cell.text) for cell in row.values]
        if (
            row.role not in (RowRole.item, RowRole.part)
            or not names
            or not split
            or any(p is None or len(p) != len(names) for p in split)
        ):
            out.append(row)
            continue
        for i, name in enumerate(names):
            values = []
            for cell, pieces in zip(row.values, split, strict=True):
                assert pieces is not None
                at, piece = pieces[i]
                values.append(_sub_cell(cell, at, at + len(piece), cell.col))
            out.append(replace(row, label=name, values=values))
    model.rows = out


def _sub_cell(cell: Cell, start: int, end: int, col: int) -> Cell:
    """The piece `cell.text[start:end]` of a cell holding several values, spaces left
    out, as a cell of its own in column `col` (its place in the text kept exact)."""
    piece = cell.text[start:end]
    lead = len(piece) - len(piece.lstrip())
    text = piece.strip()
    at = cell.start + start + lead
    return cell.model_copy(update={"text": text, "start": at, "end": at + len(text), "col": col})


def _row_names(label: str) -> list[str]:
    """What each of a composite label's values is, written out in full."""
    # «Количество мероприятий / участников, ед. / чел.»: the units of the values, one
    # per name, are no names of their own
    label = _UNIT_PAIR.sub("", " ".join(label.split()))
    m = _LISTED.match(label)
    if m:
        head, tail = m.group("head").strip(), m.group("tail").strip()
        names = [n.strip() for n in m.group("names").split("/")]
        return [" ".join(x for x in (head, n, tail) if x) for n in names]
    bracketed = _two_names(label, bracketed=True)
    if bracketed:
        return list(bracketed)
    parts = [p.strip() for p in label.split(" / ")]
    if len(parts) < 2 or not all(parts):
        return []
    return [parts[0], *(_shared_head(parts[0], p) for p in parts[1:])]


_UNIT_PAIR = re.compile(
    r",?\s*(?:ед|чел|шт|руб|%)\.?(?:\s*/\s*(?:ед|чел|шт|руб|%)\.?)+\s*$", re.IGNORECASE
)


def _shared_head(first: str, second: str) -> str:
    """The second of two names with what the first begins with, when the second only
    qualifies the first's last word: «Сертификатов выдано / активных» → «Сертификатов
    активных», «2024 г.: факт (план)» → «2024 г.: план»; a part («/ из них активных»)
    follows the whole first. A name of its own measure
    («охват, %» after «Численность, чел.») stands as it is."""
    if table_vocabulary().part_prefix.match(fold(second)):
        # «Выдано сертификатов / из них активных»: a part of all the first names
        return f"{first}, {second}"
    if table_vocabulary().measure_label.search(fold(second)):
        # «Мероприятия для родителей / охват»: the reach of the same audience
        whom = _QUALIFIER.search(first)
        if whom and len(second.split()) <= 2 and not _QUALIFIER.search(second):
            return f"{second} {whom.group(0)}"
        return second
    head = " ".join(first.split()[:-1])
    return f"{head} {second}".strip()


# What a name is of: «для родителей», «среди педагогов» (up to a colon or a comma).
_QUALIFIER = re.compile(r"\b(?:для|среди)\s[^:;,/]+", re.IGNORECASE)


def _two_names(text: str, bracketed: bool = False) -> tuple[str, str] | None:
    """The names of a cell's two values in `text` (see `_TWO_NAMES`, `_BRACKETED_NAMES`),
    each written out in full."""
    text = " ".join(text.split())
    if bracketed:
        m = _BRACKETED_NAMES.match(text)
        if m is None:
            return None
        a, b, tail = m.group("a").strip(), m.group("b").strip(), m.group("tail").strip()
        voc = table_vocabulary()
        kinds = (voc.part_prefix, voc.plan_header, voc.measure_label)
        if not any(kind.search(fold(b)) for kind in kinds):
            return None  # «(без повторного счёта)», «(чел.)»: what the one value is
        return f"{a}{tail}".strip(), f"{_shared_head(a, b)}{tail}".strip()
    found = _TWO_NAMES.findall(text)
    if len(found) != 1:
        return None
    a, b = (" ".join(x.split()) for x in found[0])
    return a, _shared_head(a, b)


def _role_of_values(header: str, voc: Vocabulary) -> ColumnRole:
    head = _clean(header)
    if voc.derived_header.search(head):
        return ColumnRole.derived
    if voc.plan_header.search(head):
        return ColumnRole.plan
    return ColumnRole.value


def _join_continuations(rows: list[Row], voc: Vocabulary) -> None:
    """A row with no number and no value right under an item, whose label goes on in
    lower case («программы, всего» under «2.3 | Дополнительные общеобразовательные |
    412») or is empty (a note wrapping alone), is the end of that item's label."""
    above: Row | None = None
    for row in rows:
        if row.role not in (RowRole.item, RowRole.part, RowRole.section):
            above = None
            continue
        # «в том числе по направленностям (программ, ед.)» over a table nested in its
        # cell: a part that names something, no wrapped words (an opener ends in «:»)
        named_part = (
            row.role is RowRole.part and bool(row.label) and not row.label.rstrip().endswith(":")
        )
        wrapped = (
            above is not None
            and not named_part
            and not row.values
            and not row.number
            and (not row.label or row.label[:1].islower())
            and (
                not voc.part_prefix.match(fold(row.label))
                or bool(voc.part_opener.match(fold(row.label)))
            )
        )
        if wrapped and above is not None:
            if row.label:
                above.label = _unbroken(f"{above.label} {row.label}")
            row.role = RowRole.continuation
            continue
        above = row if row.values else None


def _restated_counts(rows: list[Row]) -> None:
    """«Без повторного счёта | х | … | 6 858» under «Итого (с повторным счётом) | 232 | …
    | 9 042»: a row that says only how it counts counts what the row above counts; its
    label becomes that row's, with its own words of counting instead."""
    above: Row | None = None
    for row in rows:
        if row.role not in (RowRole.item, RowRole.part):
            if row.role is not RowRole.continuation:
                above = None
            continue
        label = fold(row.label)
        says_count = is_unique_count(label) or is_repeated_count(label)
        if above is not None and says_count and not _LETTER.search(without_count_words(label)):
            row.label = f"{without_count_words(fold(above.label))} {row.label}"
        if row.values:
            above = row


def _link_parts(rows: list[Row]) -> None:
    """Each row's parent (see `Row.parent`): by its number when the table numbers its rows
    hierarchically, else a «в т.ч.» row and the unnumbered rows right after it belong to
    the last item above them."""
    by_number = {r.number.rstrip("."): r for r in rows if r.number}
    item: Row | None = None  # the last row that was not a part
    in_parts = False
    for row in rows:
        if row.role is RowRole.continuation:
            continue  # the end of a label above: «в том числе:» alone opens its parts
        if row.role not in (RowRole.item, RowRole.part):
            in_parts = False
            continue
        number = row.number.rstrip(".")
        if "." in number:
            parent = by_number.get(number.rsplit(".", 1)[0])
            if parent is not None and parent.label:
                row.parent, row.parent_row = parent.label, parent.index
                continue
        if row.role is RowRole.part or (in_parts and (not number or _LIST_MARK.match(number))):
            if item is not None:
                row.parent, row.parent_row = item.label, item.index
            in_parts = True
            continue
        # «Программы, всего (ед.), в том числе:» opens the parts listed under it
        item, in_parts = row, bool(table_vocabulary().part_opener.search(fold(row.label)))


# «3.1 Численность обучающихся»: a row number written at the head of the label.
# «2.1 Количество …», «0103.1 в том числе …» (a statistical form's line code, a zero
# first: never a year).
# «а) художественной направленности», «1) …»: an item of a list, under the row that
# opened it.
_LIST_MARK_FORM = r"(?:[а-яёa-z]|\d{1,2})\)"
_NUMBERED_LABEL = re.compile(
    rf"^(?P<n>(?:\d{{1,3}}|0\d{{3}})(?:\.\d{{1,3}}){{0,3}}\.?|{_LIST_MARK_FORM})\s*"
    r"(?<=\s|\))(?=(?P<word>[^\W\d_][\w-]*\.?))"
)
_LIST_MARK = re.compile(rf"^{_LIST_MARK_FORM}$")


def _without_number(text: str) -> str:
    m = _label_number(text)
    return text[m.end() :] if m else text


def _label_number(text: str) -> re.Match[str] | None:
    """The row number written at the head of a label («2.1 Количество …»); not a value
    with its unit («121 чел.», «25 мест», «2 ед. (ЦДТ, ДЮСШ)»)."""
    m = _NUMBERED_LABEL.match(text)
    if m is None or table_vocabulary().unit_cell.match(fold(m.group("word"))):
        return None
    return m


def _column_role(col: int, header: str, cells: list[str], voc: Vocabulary) -> ColumnRole:
    head = _clean(header)
    # a label's own row number is not a number of the column's
    filled = [_without_number(_clean(t)) for t in cells if t.strip()]
    if head and voc.note_header.search(head):
        return ColumnRole.note
    numbers = sum(1 for t in filled if _is_figure_cell(t))
    # «ед.» alone over a column of numbers is the unit of its values (a header line of
    # «Программ, ед.»); «Ед. изм.» or «Код по ОКЕИ» head units, even as codes
    if (
        head
        and voc.unit_header.search(head)
        and not (voc.unit_cell.match(head) and numbers * 2 > len(filled))
    ):
        return ColumnRole.unit
    if filled and all(voc.unit_cell.search(t) for t in filled):
        return ColumnRole.unit
    if head and voc.row_number_header.search(head):
        return ColumnRole.row_number
    # Numbers alone in the first column are row numbers when they say so: dotted
    # («2.1.3») or counting 1, 2, 3 … down the table.
    if (
        col == 0
        and filled
        and all(voc.row_number_cell.search(t) for t in filled)
        and (any("." in t.rstrip(".") for t in filled) or _counts_up(filled))
    ):
        return ColumnRole.row_number
    periods = sum(1 for t in filled if _PERIOD_CELL.search(t))
    if len(filled) >= 2 and (
        periods == len(filled)
        or (head and voc.period_header.search(head) and periods * 2 >= len(filled))
    ):
        return ColumnRole.period
    # By most of its cells: a label may hold a number («Школы (28)»); marks for no value
    # («х», «н/д») are neither, and a column of them and numbers holds values.
    worded = [t for t in filled if not voc.no_value.search(t)]
    numbered = sum(_has_number(t) for t in worded)
    if not (numbered * 2 > len(worded) or (filled and not worded)):
        # «Плановый (целевой) показатель» beside a road map's measures, in words and
        # numbers («96 мест», «80,0»): a plan, never a part of the rows' labels
        if col > 0 and head and voc.plan_header.search(head) and "наименовани" not in head:
            return ColumnRole.plan
        return ColumnRole.label
    # What a column of numbers holds, by its header: a plan, or values computed from
    # the other columns, are not the report's figures.
    return _role_of_values(header, voc)


def _with_merged_labels(
    r: int,
    cells: list[Cell],
    columns: list[ColumnRole],
    covering: dict[tuple[int, int], Cell],
) -> list[Cell]:
    """The row's cells, with the label of a cell merged down from a row above
    («Родители» over «мероприятий, ед.» and «участников, чел.») as its own label cell."""
    present = {c.col for c in cells}
    merged = [
        covering[(r, c)].model_copy(update={"row": r})
        for c, role in enumerate(columns)
        if role is ColumnRole.label and c not in present and (r, c) in covering
    ]
    return sorted([*cells, *merged], key=lambda cell: cell.col) if merged else cells


def _pieces_of(cell: Cell, composites: dict[int, _Composite]) -> list[Cell]:
    composite = composites.get(cell.col)
    return _split_cell(cell, composite) if composite else [cell]


def _counts_up(cells: list[str]) -> bool:
    numbers = [int(t.rstrip(".")) for t in cells]
    return len(numbers) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _row(
    index: int,
    cells: list[Cell],
    columns: list[ColumnRole],
    voc: Vocabulary,
    composites: dict[int, _Composite],
    dense: frozenset[int] | set[int] = frozenset(),
) -> Row:
    cells = [piece for cell in cells for piece in _pieces_of(cell, composites)]

    def role_of(cell: Cell) -> ColumnRole:
        return columns[cell.col] if cell.col < len(columns) else ColumnRole.value

    if len(columns) > 1 and len(cells) == 1 and cells[0].col_span >= len(columns):
        # one cell across the table: a section («Сеть и программы»), whatever column it
        # starts in
        return Row(index, RowRole.section, _unbroken(" ".join(cells[0].text.split())))

    label_parts: list[str] = []
    # «Показатель | Разрез»: a later label column saying «в т.ч. …» makes the row a part,
    # its own words that column's («индивидуальные предприниматели»), the rest the
    # whole's it is read with (see _link_parts): where those words start
    later_part: int | None = None
    values: list[Cell] = []
    unit = period = number = territory = ""
    for cell in cells:
        role = role_of(cell)
        if role is ColumnRole.value and not _has_number(cell.text):
            # A word in a value column is the row's label when the table has no other
            # (a label column that also holds a number somewhere), never a value.
            if not any(r is ColumnRole.label for r in columns) and cell.text.strip():
                label_parts.append(cell.text)
            continue
        if role is ColumnRole.value:
            values.append(cell)
        elif role is ColumnRole.label:
            if (
                later_part is None
                and label_parts
                and cell.col in dense
                and voc.part_prefix.match(_clean(cell.text))
            ):
                later_part = len(label_parts)
            label_parts.append(cell.text)
        elif role is ColumnRole.unit:
            unit = cell.text.strip()
        elif role is ColumnRole.period:
            period = cell.text.strip()
        elif role is ColumnRole.row_number:
            number = cell.text.strip()
        elif role is ColumnRole.territory:
            territory = " ".join(cell.text.split())
    if later_part is not None:
        label_parts = label_parts[later_part:]
    label = _unbroken(" ".join(" ".join(label_parts).split()))
    numbered = _label_number(label)
    if numbered and values:
        number = number or numbered.group("n")
        label = label[numbered.end() :]
    prefix = voc.part_prefix.match(fold(label))
    reference = voc.reference_row.match(fold(label))
    if reference:
        # read as any row, its words judged by the context rules (a population, the
        # region's value or the report's own «из них детей-инвалидов»)
        role, label = RowRole.reference, label[reference.end() :].lstrip(" :–-")
    elif voc.part_opener.match(fold(label)) and not values:
        # «в том числе:» alone on its row: it opens the parts of the row above (see
        # _join_continuations)
        role = RowRole.item
    elif prefix:
        role, label = RowRole.part, label[prefix.end() :]
    elif not values and label:
        role = RowRole.section
    else:
        role = RowRole.item
    return Row(index, role, label, unit, period, values, number, territory=territory)
