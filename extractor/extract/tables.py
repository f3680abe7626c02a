"""Figures in tables, read cell by cell with the row's label and the column's header.

- A column headed by a year is read only when the year is the reporting year
  («Показатель | 2023 | 2024» gives the 2024 column); a plan or target column is skipped.
- A row labelled with a direction gives `<measure>_<direction>`, the measure taken from
  the column header («Кол-во программ», «Число обучающихся»); an «Итого/Всего» row gives
  `<measure>_total`. Tables turned the other way (directions across) work the same.
- Any other numeric cell is read by the ordinary figure rules, on a phrase made of the
  column header and the row label («Количество мероприятий для родителей: 12»), so a
  table needs no rules of its own. The quote is always the table row as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from extractor.catalogue import catalogue
from extractor.document import BlockKind, Cell, Document, Part, Table
from extractor.extract.context import (
    classify,
    is_other_field,
    is_repeated_count,
    is_unique_count,
)
from extractor.extract.directions import (
    direction_of,
    direction_pattern,
    extract_directions,
    is_total,
    measure_of_words,
    measure_pattern,
)
from extractor.extract.figures import Candidate, make_candidate, mask, match_rules, unit_fits
from extractor.extract.identify import date_year, period_rules
from extractor.extract.numbers import NumberMention, find_numbers
from extractor.extract.patterns import vocabulary
from extractor.extract.table_model import (
    ColumnRole,
    Place,
    Row,
    RowRole,
    TableModel,
    glossary,
    header_territory,
    implied_measure,
    interpret,
    is_numbers_row,
    other_territories,
    other_territory_rows,
    sub_tables,
    table_vocabulary,
)
from extractor.normalise import fold
from extractor.segment import Unit as TextUnit
from extractor.segment import UnitKind

_YEAR = re.compile(r"(?<!\d)(?:19[89]\d|20[0-4]\d)(?!\d)")
_SCHOOL_YEAR = re.compile(r"(?<!\d)(20\d\d)\s*[/–-]\s*(20\d\d)(?!\d)")
_TOTAL_TAIL = re.compile(r",\s*(всего|итого)\b", re.IGNORECASE)
_PERCENT_HEADER = re.compile(r"%|\bдол[яиейю]\b|процент")
# Units in headers and labels («, чел.», «, %», «(ед.)») say nothing the rules need and
# stand between the words they read.
_UNIT_WORDS = re.compile(r",?\s*\(?(?:чел|ед|шт|руб|тыс\.?\s*руб|%)\.?\)?(?=\s|$)")


def _caption(doc: Document, index: int, table: Table | None = None, first: bool = True) -> str:
    """The paragraph right before a table, which often says what the table holds
    («1.1. Художественная направленность» as a numbered item too); for a table nested in
    another, its row there, and for one cut from a grid, the line above it
    (`Table.caption`)."""
    own = table or doc.blocks[index].table
    if own is not None and own.caption:
        if table_vocabulary().part_prefix.match(fold(own.caption)):
            # nested under «в том числе по направленностям:», the parts of the row above
            # it in the outer table («Дополнительные общеобразовательные программы, ед.»)
            return f"{_outer_row_above(doc, index, own.caption)} {own.caption}"[-300:]
        return own.caption[-300:]
    if not first:
        return ""  # a later part of a grid: the paragraph before is the first part's
    for b in reversed(doc.blocks[:index]):
        if b.part is not Part.body:
            continue
        if b.kind in (BlockKind.paragraph, BlockKind.heading, BlockKind.list_item):
            return b.text[-300:]
        return ""
    return ""


def _outer_row_above(doc: Document, index: int, caption: str) -> str:
    """The label of the row above the one a nested table's `caption` gives, in the table
    it is nested in (the nearest table before it that has that row), or empty."""
    for b in reversed(doc.blocks[:index]):
        if b.kind is not BlockKind.table or b.table is None:
            continue
        for r, row in enumerate(b.table.rows):
            if r and row and row[0].text.strip() and caption.startswith(row[0].text.strip()):
                above = b.table.rows[r - 1]
                return above[0].text if above else ""
    return ""


def _footnote(doc: Document, index: int) -> str:
    """The note right after a table that a mark in its header points to («* в графе 4 – с
    повторным счётом»), or empty."""
    for b in doc.blocks[index + 1 : index + 3]:
        if b.part is Part.body and b.kind is not BlockKind.table and b.text.lstrip()[:1] == "*":
            return fold(b.text)
    return ""


def _with_footnote(headers: list[str], note: str) -> list[str]:
    """Headers with a «*» say what the footnote says of counting: «Обучающихся, чел.*» over
    «* … с повторным счётом» counts with repeats."""
    if not note or not (is_repeated_count(note) or is_unique_count(note)):
        return headers
    said = " (с повторным счетом)" if is_repeated_count(note) else " (без повторного счета)"
    return [h + said if h.rstrip().endswith("*") else h for h in headers]


def _legend(doc: Document, index: int) -> str:
    """The paragraphs right before a table (at most two), where a writer explains its
    cells («В ячейках: количество мероприятий / количество участников»)."""
    texts: list[str] = []
    for b in reversed(doc.blocks[:index]):
        if b.part is not Part.body:
            continue
        if b.kind is BlockKind.table or len(texts) == 2:
            break
        texts.insert(0, b.text[-300:])
    return " ".join(texts)


def extract_tables(
    doc: Document, year: int | None, municipality: str | None = None
) -> list[Candidate]:
    """Figures of the document's tables; `municipality` (the report's own) tells its
    columns from a neighbour's in a table that compares territories."""
    own = Place.of(municipality) if municipality else None
    out: list[Candidate] = []
    heading = ""  # the section's heading: a table on schools or meals gives no figure
    for index, block in enumerate(doc.blocks):
        if block.kind is BlockKind.heading and block.part is Part.body:
            heading = fold(block.text)
        if is_other_field(heading):
            continue
        if block.kind is BlockKind.table and block.part is Part.body and block.table:
            for k, table in enumerate(sub_tables(block.table)):
                found, parents, stated = _table(doc, index, table, year, own, first=k == 0)
                out.extend(_drop_line_items(found, parents, stated))
    return out


def _glossary_near(doc: Document, index: int) -> dict[str, str]:
    """Abbreviations explained in the paragraphs right before or after a table."""
    words: dict[str, str] = {}
    own = doc.blocks[index].table
    if own is not None and own.caption:
        # a nested table's row in the outer one may explain its headers («Х –
        # художественная, ФС – …» beside it)
        words.update(glossary(own.caption))
    for step in (-1, 1):
        k = index + step
        for _ in range(2):
            if not 0 <= k < len(doc.blocks) or doc.blocks[k].kind is BlockKind.table:
                break
            words.update(glossary(doc.blocks[k].text))
            k += step
    return words


def _with_carried_header(doc: Document, index: int, table: Table) -> Table:
    """A table that opens with the columns' numbers row («1 | 2 | 3 | 4 | 5») and no
    header of its own continues the table before it («Продолжение таблицы 1»): it is
    read under that table's header when the two have as many columns."""
    if not table.rows or not is_numbers_row([c.text for c in table.rows[0]]):
        return table
    before = next(
        (
            b.table
            for b in reversed(doc.blocks[:index])
            if b.kind is BlockKind.table and b.part is Part.body and b.table is not None
        ),
        None,
    )
    if before is None or len(before.grid()[0]) != len(table.grid()[0]):
        return table
    head = interpret(before).header_rows
    if head == 0:
        return table
    shifted = [[c.model_copy(update={"row": c.row + head}) for c in row] for row in table.rows]
    return Table(rows=[*before.rows[:head], *shifted], header_rows=head)


def _drop_line_items(
    found: list[Candidate], parents: dict[int, int], stated: set[int]
) -> list[Candidate]:
    """A table that gives one key from several rows lists items (one row per event or
    organisation), not the report's totals: its rule-read figures are dropped.

    Only where the column's header says what is counted: rows of a form under «2024 г.
    (факт)» each name their indicator in full («Численность обучающихся (без повторного
    счёта)», «… находящихся в трудной жизненной ситуации»), and such a figure
    (`stated`: the candidates' ids) is no line item; the selection weighs rival ones.

    Rows read structurally (directions, audiences, «Итого») are kept: each names its key
    once by construction. A part and the row it is a part of that give the same key are
    no list: the part says it more exactly («Количество организаций, реализующих
    программы, всего | 31», «в т.ч. организаций дополнительного образования | 4»), and
    the row above gives way. `parents`: each part's row → its parent's row.
    """
    # a count with repeats beside the one without is no second item
    beaten: set[tuple[str, int | None]] = set()
    for key, rows in _rows_per_key(c for c in found if not c.fallback).items():
        parts = {r for r in rows if r in parents and parents[r] in rows}
        if len(parts) == 1 and len(rows) == 2:
            (part,) = parts
            beaten.add((key, parents[part]))
    found = [c for c in found if (c.figure.key, c.figure.provenance.location.row) not in beaten]
    listed = _rows_per_key(c for c in found if not c.fallback and id(c) not in stated)
    if all(len(rows) < _LIST_ROWS for rows in listed.values()):
        # two rows for one key are two statements of it (the pupils, and those of the
        # «Точка роста» centres): the figures' selection weighs them, and warns
        return found
    return [c for c in found if c.figure.provenance.rule == "tables.structured" or id(c) in stated]


def _rows_per_key(found: Iterable[Candidate]) -> dict[str, set[int | None]]:
    """The table rows each key is read from."""
    rows: dict[str, set[int | None]] = {}
    for c in found:
        rows.setdefault(c.figure.key, set()).add(c.figure.provenance.location.row)
    return rows


# How a part row is joined to the row above when the rules read the two together.
_PART_WORD = "из них"

# Rows that give one key by the rules before a table counts as a list of items.
_LIST_ROWS = 3


def _table(
    doc: Document,
    index: int,
    table: Table,
    year: int | None,
    own: Place | None = None,
    first: bool = True,
) -> tuple[list[Candidate], dict[int, int], set[int]]:
    """The figures of `table` (block `index`, or a part of its grid after the `first`),
    each part row's parent row, and the ids of the figures the rules read from a row's
    label alone (under a header that names no measure)."""
    caption = fold(_caption(doc, index, table, first))
    if first:
        table = _with_carried_header(doc, index, table)
    model = interpret(table, _legend(doc, index), _glossary_near(doc, index))
    elsewhere = other_territories(model, own)
    foreign_rows, own_row = other_territory_rows(model, own)
    subtotals = _subtotal_rows(model)
    # Total rows closing a section named by an audience of events: the section's figures.
    section_totals = {
        r.index
        for r in model.rows
        if r.role is RowRole.item
        and is_total(fold(r.label))
        and _EVENTS.search(fold(r.section))
        and event_key(fold(r.section), _COUNT_WORD) is not None
    }
    listed_sections = {r.section for r in model.rows if r.index in section_totals}
    # Age groups or sub-periods as rows («5–9 лет» … over «Всего 5–18 лет»): beside a
    # total row only the total is the report's figure, as with such columns.
    part_rows = (
        {
            r.index
            for r in model.rows
            if r.role is RowRole.item and table_vocabulary().part_column.search(fold(r.label))
        }
        if any(r.role is RowRole.item and is_total(fold(r.label)) for r in model.rows)
        else set()
    )
    # A caption about other territories drops the table, unless the table compares the
    # report's own municipality with them (then only its column or row is read).
    compares = bool(elsewhere) or own_row
    # «Целевые показатели …» over a table with a «факт» column: the facts are read
    fact_header = table_vocabulary().fact_header
    facts = any(
        role is ColumnRole.value and fact_header.search(fold(model.headers[c]))
        for c, role in enumerate(model.columns)
    )
    if (classify(caption) == "plan" and not facts) or (
        classify(caption) == "elsewhere" and not compares
    ):
        return [], {}, set()
    parents = {r.index: r.parent_row for r in model.rows if r.parent_row is not None}
    headers = _with_footnote(model.headers, _footnote(doc, index))
    col_years = [_column_years(h) for h in headers]
    # Sub-periods or groups beside their total («I кв. … IV кв. | Итого за год», «5–9 лет
    # … | Всего 5–18 лет»): the total column is the report's figure, the others parts.
    # each column's own (lowest) header, folded: what its cells are a part or total of
    own_heads = [fold(_own_header(model, c)) for c in range(len(model.columns))]
    value_cols = [c for c, role in enumerate(model.columns) if role is ColumnRole.value]
    # A column of the state at the period's end («На 31.12.2024») beside months is one.
    period_end = table_vocabulary().period_end_column
    totals = [c for c in value_cols if is_total(own_heads[c]) or period_end.search(own_heads[c])]
    # «I полугодие: I … VI | всего», «II полугодие: … | всего», «Итого за год»: the total
    # under no group heads the table, the groups' totals are its parts
    group_totals: set[int] = set()
    if len(totals) > 1:
        grand = [c for c in totals if fold(headers[c]).strip() == own_heads[c].strip()]
        if len(grand) == 1:
            group_totals = set(totals) - set(grand)
            totals = grand
    # Only sub-periods and age groups are parts (rules/tables.toml): directions or «с
    # ОВЗ» beside a total are figures of their own.
    part_header = table_vocabulary().part_column
    month_number = table_vocabulary().month_number_column
    parts_of_total = (
        {
            c
            for c in value_cols
            if part_header.search(own_heads[c]) or month_number.search(own_heads[c])
        }
        | group_totals
        if len(totals) == 1
        else set()
    )
    # A bare «Итого» row totals what the table lists: the report's total of programmes or
    # pupils only when the table lists направленности, not audiences of events.
    lists_directions = any(direction_name(fold(r.label)) for r in model.rows) or any(
        header_direction(fold(h)) for h in headers
    )
    has_year_columns = any(col_years)
    direction_columns = {
        c
        for c, role in enumerate(model.columns)
        if role is ColumnRole.value and header_direction(fold(headers[c]))
    }
    # «Обучающихся, чел. | из них девочек»: a column that is a part of the one before it
    # counts a group of what that one counts; it gives a figure only when the group is
    # an indicator of its own («в т.ч. с ОВЗ»), never the whole's key again.
    part_prefix = table_vocabulary().part_prefix
    part_columns = {c for c in value_cols if part_prefix.match(own_heads[c])}
    # «Целевая аудитория | Мероприятий, ед. | Охват, чел.»: a column that counts events
    # makes the table one about events, its reach column too
    events_table = any(_EVENTS.search(fold(h)) for h in headers)
    label_header = " ".join(
        dict.fromkeys(
            headers[c]
            for c, role in enumerate(model.columns)
            if role is ColumnRole.label and headers[c]
        )
    )
    cat = catalogue()
    out: list[Candidate] = []
    stated: set[int] = set()
    row_keys: dict[int, set[str]] = {}  # the keys each row gave, for its parts below
    for row in model.rows:
        if row.role is RowRole.section and table.rows[row.index]:
            # «Справочно: численность детей, обучающихся …, без повторного счёта – 8 521
            # чел.; …» across the table: a sentence, read as text
            cell = table.rows[row.index][0]
            mentions = find_numbers(cell.text)
            if mentions and _is_prose(cell.text, mentions):
                said = _by_rules(
                    doc, index, cell, mentions[0], ("", "", ""), year, cell.start, cell.end, True
                )
                stated.update(id(c) for c in said)  # a sentence of the table, no line item
                out.extend(said)
            continue
        if row.role not in (RowRole.item, RowRole.part, RowRole.reference) or not row.values:
            continue
        folded_label = fold(row.label)
        if classify(folded_label) in ("plan", "elsewhere") or row.index in foreign_rows:
            continue
        if row.index in section_totals:
            # «Итого по разделу: мероприятий – 6 | 1 812» closing «Мероприятия для
            # родителей»: the section's events and their reach
            out.extend(_section_total(doc, index, table, model, row, headers))
            continue
        if row.index in subtotals or row.section in listed_sections or row.index in part_rows:
            continue  # a group's subtotal, one line of a section its total sums up, a part
        # Years as rows: a row of another year than the report's is not its figure.
        row_years = {int(y) for y in _YEAR.findall(row.period)}
        if row_years and year is not None and year not in row_years:
            continue
        if row.period.strip() and not row_years:
            continue  # «Изменение, чел.» among the years: no period's figures
        # «Изменение (2024 к 2023)» among the years: this year's growth, nothing else
        change = bool(row_years) and bool(table_vocabulary().change_row.search(fold(row.period)))
        # «Обучающиеся в 2023 г., чел.» under this year's rows: another year's figures
        named = _label_years(folded_label)
        if named and year is not None and year not in named:
            continue
        cells = table.rows[row.index]
        quote_start, quote_end = cells[0].start, cells[-1].end
        # counts «с повторным счётом», said by the row, or by the caption of a table
        # whose total row then sums them with repeats (its directions are figures)
        repeated = is_repeated_count(folded_label) or (
            is_total(folded_label) and is_repeated_count(caption)
        )
        # where each read cell's figures start in `out`, its column, and whether its
        # header counts repeats
        marks: list[tuple[int, int, bool]] = []
        row_start = len(out)
        percent_unit = "%" in row.unit
        for cell in row.values:
            if cell.col in elsewhere or cell.col in parts_of_total:
                continue
            mentions = find_numbers(cell.text)
            if not mentions or table_vocabulary().option_mark.search(cell.text):
                continue  # no number, or ranges offered to tick
            mention = mentions[0]
            header = headers[cell.col] if cell.col < len(headers) else ""
            folded_header = fold(header)
            years = col_years[cell.col] if cell.col < len(col_years) else set()
            if has_year_columns and years and year is not None and year not in years:
                continue
            if classify(folded_header) in ("plan", "past", "elsewhere"):
                continue
            # where this cell's candidates start, and whether its column counts repeats
            marks.append((len(out), cell.col, is_repeated_count(folded_header)))
            mention = _in_unit(mention, fold(row.unit) + " " + folded_header)
            percent = percent_unit or _PERCENT_HEADER.search(folded_header + " " + folded_label)
            shares = [m for m in mentions if m.unit == "percent"]
            if percent and shares:
                # «10 432 (81,0 %)» under «Численность, чел. (охват, %)»: the share is the
                # number written with its «%», not the count before it
                mention = shares[0]
            elif percent and mention.unit is None:
                mention = mention.model_copy(update={"unit": "percent"})
            key = None
            prose = _is_prose(cell.text, mentions)
            if cell.col in part_columns or prose:
                pass  # a group's share of a direction's figure: no key of its own
            elif lists_directions or not _bare_total(folded_label):
                # a section row naming a direction is the caption of the rows under it
                # a section naming a direction or a measure («Программы, ед.» over
                # years as rows) is the caption of the rows under it
                section = fold(row.section)
                about = section if direction_name(section) or measure_of_words(section) else caption
                key = _structured_key(
                    folded_label, folded_header, fold(row.parent), about, fold(row.unit)
                )
            # events first: «охват, чел.» under «Мероприятия для родителей» counts people
            # who came, not pupils
            if _EVENTS.search(folded_header):
                key = event_key(folded_label, folded_header) or key
            elif events_table and (audience := event_key(folded_label, folded_header)):
                # «Итого для родителей | 5 | 402» beside «Мероприятий, ед.»: the reach
                # of the row's audience
                key = audience
            elif _EVENTS.search(
                " ".join((folded_label, fold(label_header), caption, fold(row.section)))
            ):
                # an audience row counts events only in a table about events: «обучающиеся
                # с ОВЗ | 254» under «обучающихся, чел.» is a count of pupils
                key = key or event_key(folded_label, folded_header)
            if key is not None and not unit_fits(mention, cat.get(key).unit):
                # «Охват, %» under a caption about pupils: no count, the rules read it
                key = None
            if key is not None:
                out.append(
                    make_candidate(
                        doc,
                        key,
                        mention,
                        priority=1,
                        block=index,
                        quote_start=quote_start,
                        quote_end=quote_end,
                        offset=cell.start,
                        rule="tables.structured",
                        location=cell.location,
                    )
                )
                if (
                    key == "students_total"
                    and lists_directions
                    and not is_unique_count(f"{folded_label} {folded_header}")
                ):
                    # the pupils of all directions summed: a child in two of them
                    # counted twice, a count with repeats unless it says otherwise
                    out[-1].fallback = True
                continue
            if (cell.col in direction_columns and totals) or direction_name(folded_label):
                continue  # a direction's share of a figure («с ОВЗ», «девочки»): no key
            if direction_name(fold(row.section)) or direction_name(caption):
                continue  # a row of one direction's own table («в т.ч. с ОВЗ»): its share
            read = _by_rules(
                doc,
                index,
                cell,
                mention,
                (header, label_header, row.label),
                year,
                quote_start,
                quote_end,
                prose,
            )
            if prose:
                # «Дополнительные общеобразовательные программы | всего – 171, в том
                # числе: – художественной направленности – 46; …»: a breakdown by
                # direction written in the cell, its measure named by the row's label
                unit = TextUnit(
                    kind=UnitKind.sentence,
                    text=cell.text,
                    start=cell.start,
                    end=cell.end,
                    block=index,
                    location=cell.location,
                    heading=row.label,
                )
                given = {c.figure.key for c in read}
                read += [
                    c for c in extract_directions(doc, [unit], year) if c.figure.key not in given
                ]
            if not read and row.parent and row.parent_row is not None:
                # «Выдано сертификатов | 9 104» over «из них активных | 7 455»: a part
                # names its kind and leaves the noun to the row above; read with it. A
                # part is never the whole: it gives neither a total nor the row's key.
                # So is a row numbered under another («5.1.1 количество участников –
                # родителей» under «5.1 Мероприятия для родителей»).
                whole = f"{row.parent}, {_PART_WORD} {row.label}"
                taken = row_keys.get(row.parent_row, set()) if row.parent_row is not None else set()
                read = [
                    c
                    for c in _by_rules(
                        doc,
                        index,
                        cell,
                        mention,
                        (header, label_header, whole),
                        year,
                        quote_start,
                        quote_end,
                    )
                    if not c.figure.key.endswith("_total") and c.figure.key not in taken
                ]
            keys = {c.figure.key for c in read}
            if len(keys) > 1 and any(not k.endswith("_total") for k in keys) and not prose:
                # one number, one meaning: «обучающиеся с ОВЗ | 287» under «Численность
                # обучающихся, человек» counts those pupils, not all of them
                read = [c for c in read if not c.figure.key.endswith("_total")]
            if _generic(header) or is_total(folded_label):
                # … and a list's total row («Итого по району» under organisations) is
                # the table's statement of the figure, no line item
                stated.update(id(c) for c in read)
            out.extend(read)
        # A count «с повторным счётом», said in the row's label or in the column's
        # header, is a fallback.
        ends = [first for first, _, _ in marks[1:]] + [len(out)] if marks else []
        from_part: set[int] = set()  # ids of the row's figures read from a part column
        in_total: set[int] = set()  # … and from the table's one total column
        for (first, col, in_header), end in zip(marks, ends, strict=True):
            # the row's «без повторного счёта» outweighs the column's «с повторным»
            if repeated or (in_header and not is_unique_count(folded_label)):
                for c in out[first:end]:
                    c.fallback = True
            if col in part_columns:
                from_part.update(id(c) for c in out[first:end])
            if len(totals) == 1 and col == totals[0]:
                in_total.update(id(c) for c in out[first:end])
        whole = {c.figure.key for c in out[row_start:] if id(c) not in from_part}
        out[row_start:] = [
            c for c in out[row_start:] if id(c) not in from_part or c.figure.key not in whole
        ]
        if in_total:
            # «Всего по району | МБУ ДО «ЦДТ» | … | НКО и ИП»: what the total column gives,
            # the other columns give of a part (an organisation, a kind of provider)
            given = {c.figure.key for c in out[row_start:] if id(c) in in_total}
            out[row_start:] = [
                c for c in out[row_start:] if id(c) in in_total or c.figure.key not in given
            ]
        if change:
            out[row_start:] = [_as_growth(c) for c in out[row_start:] if c.figure.key in _GROWTH_OF]
        row_keys[row.index] = {c.figure.key for c in out[row_start:]}
    return out, parents, stated


# A change row's figures that are a growth: of the pupils counted once, of the coverage.
_GROWTH_OF = {"students_total": "coverage_growth_children", "coverage_pct": "coverage_growth_pct"}


def _as_growth(candidate: Candidate) -> Candidate:
    """A change row's figure under its column's key, as the growth of that key."""
    key = _GROWTH_OF[candidate.figure.key]
    unit = catalogue().get(key).unit.value
    candidate.figure = candidate.figure.model_copy(update={"key": key, "unit": unit})
    return candidate


_COUNT_WORD = "мероприятий"


def _section_total(
    doc: Document, index: int, table: Table, model: TableModel, row: Row, headers: list[str]
) -> list[Candidate]:
    """A section's total row of an events list: the reach under its column's header, the
    count written in the label («Итого по разделу: мероприятий – 6»)."""
    section = fold(row.section)
    cells = table.rows[row.index]
    quote = (cells[0].start, cells[-1].end)
    found: list[tuple[str, NumberMention, Cell]] = []
    for cell in row.values:
        mentions = find_numbers(cell.text)
        key = event_key(section, fold(headers[cell.col])) if cell.col < len(headers) else None
        if mentions and key is not None:
            found.append((key, mentions[0], cell))
    count_key = event_key(section, _COUNT_WORD)
    for cell in cells:
        if cell.col < len(model.columns) and model.columns[cell.col] is ColumnRole.label:
            mentions = find_numbers(cell.text)
            if mentions and count_key is not None and _EVENTS.search(fold(cell.text)):
                found.append((count_key, mentions[-1], cell))
    return [
        make_candidate(
            doc,
            key,
            mention,
            priority=1,
            block=index,
            quote_start=quote[0],
            quote_end=quote[1],
            offset=cell.start,
            rule="tables.structured",
            location=cell.location,
        )
        for key, mention, cell in found
    ]


def _subtotal_rows(model: TableModel) -> set[int]:
    """Total rows before the table's last one («Итого по УДО», «Итого по ОО» above
    «Всего по городскому округу»): subtotals of groups of items, not the report's
    figures. A total row names no measure of its own (else it is a «…, всего» item)."""
    totals = [
        row.index
        for row in model.rows
        if row.role is RowRole.item
        and row.values
        and is_total(fold(row.label))
        and measure_of_words(fold(row.label)) is None
        and direction_name(fold(row.label)) is None
        # «Количество организаций … | Всего» (a breakdown column's total) names its measure
        and not table_vocabulary().measure_label.search(fold(row.label))
        # «Итого для родителей», «Итого для педагогов»: each audience's own total
        and event_key(fold(row.label), _COUNT_WORD) is None
    ]
    if len(totals) < 2:
        return set()
    counted = {r.index for r in model.rows if is_unique_count(fold(r.label))}
    # «Итого (с повторным счётом)» right over «Итого без повторного счёта»: one total
    # counted two ways, no group's
    return {t for t in totals[:-1] if t + 1 not in counted}


def _in_unit(mention: NumberMention, unit: str) -> NumberMention:
    """A number as its unit column or header states it: «22,1» in «тыс. чел.» is 22 100,
    «0,814» in «доли ед.» is 81,4 % (rules/tables.toml `thousand_unit`, `fraction_unit`)."""
    voc = table_vocabulary()
    if mention.written_in_words or mention.unit == "percent":
        return mention
    if voc.thousand_unit.search(unit) and mention.value < 1000:
        return mention.model_copy(update={"value": mention.value * 1000})
    if voc.fraction_unit.search(unit) and mention.value <= 1:
        return mention.model_copy(update={"value": mention.value * 100, "unit": "percent"})
    return mention


def _column_years(header: str) -> set[int]:
    """The years a column header names; a date counts as identify counts a report's date
    («на 01.01.2025» is the state at the end of 2024)."""
    folded = fold(header)
    dates = period_rules().date
    years = {date_year(m) for m in dates.finditer(folded)}
    # «2023/2024 учебный год», «2023/2024»: the school year counts for the year it ends
    years |= {int(m.group(2)) for m in _SCHOOL_YEAR.finditer(folded)}
    rest = _SCHOOL_YEAR.sub(" ", dates.sub(" ", folded))
    return years | {int(y) for y in _YEAR.findall(rest)}


# The ways a report names the period of a figure (rules/period.toml): «в 2023 г.», «за 2023
# год», «в 2023/2024 учебном году»; a bare year in a label may be a start or a deadline.
_PERIOD_RULES = ("year.in", "year.for", "year.academic")


def _label_years(label: str) -> set[int]:
    """The years a folded row label says its figures are of."""
    return {
        int(m.group("y"))
        for rule, rx in period_rules().compiled
        if rule.id in _PERIOD_RULES
        for m in rx.finditer(label)
    }


def _own_header(model: TableModel, col: int) -> str:
    """A column's header without what it shares with its neighbours («2024 год» over
    «I кв. … Итого за год»): the bottom header cell's own text."""
    return model.bottom_headers[col] if col < len(model.bottom_headers) else ""


def _bare_total(label: str) -> bool:
    """«Итого», «Всего:» with nothing else: a total of whatever the table lists."""
    return is_total(label) and not _LABEL_FILLER.sub(" ", label).split()


def _structured_key(
    label: str, header: str, parent: str, caption: str, unit: str = ""
) -> str | None:
    """`<measure>_<direction>` or `<measure>_total` from a direction table's cell.

    The direction comes from the row label (or, in a table turned the other way, from
    the column header) and the measure from the other one, or, for a part of a row
    («в т.ч. художественной» under «Количество программ, всего»), from its parent row;
    the caption is asked only when the other one says nothing at all, or names the
    direction of a small table of its own.
    """
    if _EVENTS.search(label) or _EVENTS.search(header):
        return None  # events and their participants are no programmes or pupils
    direction = direction_name(label)
    if direction is None and not is_total(label) and (named := direction_of(label)):
        # «Численность обучающихся по ДООП | Художественная (с повторным счётом)»: the
        # label names the measure and the direction, and nothing else
        rest = direction_pattern(named).sub(" ", label)
        if (measure := measure_of_words(rest)) is not None and _pure_measure(rest):
            return f"{measure}_{named}"
    measure_source = header
    if direction is None and is_total(label) and (named := header_direction(header)):
        # «Всего по городу» under a direction's column: the direction's total, of what
        # the column's own half says («… художественная | детей*»), else the caption's
        # («Количество программ, ед. художественная»: the header's words before it)
        own = _own_measure(header, named) or measure_of_words(
            direction_pattern(named).sub(" ", header)
        )
        measure = own or measure_of_words(parent or caption)
        return f"{measure}_{named}" if measure else None
    if direction is None and not is_total(label):
        direction = header_direction(header)
        measure_source = label
        if direction is not None and not _pure_measure(label):
            return None  # «в т.ч. детей с ОВЗ» under a direction: not its pupils
        if direction is None:
            # One small table per direction: the direction is the table's caption
            # («Художественная направленность»), the measure the row's label.
            direction = direction_name(caption)
            if direction is None or measure_of_words(label) is None or not _pure_measure(label):
                return None  # «из них детей с ОВЗ, чел.»: a group, not the direction's
            return f"{measure_of_words(label)}_{direction}"
    if measure_source is header and not _pure_measure(header):
        return None  # «ОВЗ (чел.)», «Серт. (чел.)»: not the pupils of the row's direction
    if measure_source.strip():
        measure = measure_of_words(measure_source)
        if measure is None and measure_source is header and parent:
            measure = measure_of_words(parent)
        if measure is None and measure_source is header and is_total(header):
            # «Всего» beside organisations' columns under «Программы по направленностям
            # и типам поставщиков, ед.»: the caption says what the total counts
            measure = measure_of_words(caption)
        if measure is None and measure_source is header and direction is not None:
            # «художественная | обучающиеся | 3 480» under «Значение»: the label says it
            measure = measure_of_words(direction_pattern(direction).sub(" ", label))
        if measure is None and measure_source is header and direction and _generic(header):
            # «Художественная | 66 | 71» under «2023 | 2024» on a slide headed
            # «Дополнительные общеобразовательные программы, ед.»: the caption says it
            measure = measure_of_words(parent or caption)
        if (
            measure is None
            and measure_source is header
            and direction is None
            and is_total(label)
            and _pure_measure(label)
        ):
            # «ИТОГО | программ, ед. | 287» under «2023/2024 уч. г.»: so does a total's
            # label that names a measure and nothing else
            measure = measure_of_words(label)
    else:
        measure = measure_of_words(parent or caption)
        if measure is None and direction is not None and measure_source is label:
            # years as rows under «Программы ДО, ед.» over «ХН | ФСН | …»: no label, and the
            # header names the measure beside its direction
            measure = measure_of_words(direction_pattern(direction).sub(" ", header))
    if measure is None and direction is not None and unit:
        # «3.2.1 | в т.ч. художественной направленности | чел. | 1 580» on a page whose
        # row 3.2 was on the page before: the unit says what the direction's row counts
        measure = measure_of_words(unit)
    if measure is None:
        return None
    if direction is None and table_vocabulary().population_label.search(f"{header} {label}"):
        return None  # «Численность детей, чел.» over «Всего 5–18 лет»: the population
    return f"{measure}_{direction or 'total'}"


def header_direction(header: str) -> str | None:
    """The direction a column's header names, its measure words aside: a composite
    column's half «Направленность (программ / детей*) художественная детей*» is the
    artistic direction's pupils."""
    direction = direction_name(header)
    if direction is not None or direction_of(header) is None:
        return direction
    bare = header
    for measure in ("programs", "students"):
        bare = measure_pattern(measure).sub(" ", bare)
    return direction_name(bare)


def _own_measure(header: str, direction: str) -> str | None:
    """The measure a composite column's half names after its direction («Направленность
    (программ / детей*) художественная детей*»: students), None when it names none."""
    tail = direction_pattern(direction).split(header)[-1]
    return measure_of_words(tail) if tail.strip() else None


def _pure_measure(label: str) -> bool:
    """«Число обучающихся, чел.»: a measure and nothing that narrows it (see
    rules/tables.toml `measure_filler`)."""
    measure = measure_of_words(label)
    if measure is None:
        return True  # the measure comes from elsewhere (the parent row, the caption)
    rest = measure_pattern(measure).sub(" ", label)
    return not table_vocabulary().measure_filler.sub(" ", rest).split()


# Words a direction's row label may carry besides the direction itself.
_LABEL_FILLER = re.compile(
    r"\b(?:направленност\w*|программ\w*|дополнительн\w*|общеобразовательн\w*|до|"
    r"общеразвивающ\w*|по|в|том|числе|из|них|итого|всего|объединени\w*|"
    r"с|без|повторн\w*|сч[её]т\w*|т|ч|чел|ед)\b|[\W\d_]+"
)


@cache
def _audiences() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str], re.Pattern[str]]:
    v = vocabulary("audiences")
    audiences = {k: re.compile(str(p)) for k, p in v["audience"].items()}  # type: ignore[union-attr]
    column = v["column"]
    assert isinstance(column, dict)
    return audiences, re.compile(column["reach"]), re.compile(column["count"])


_EVENTS = re.compile(r"мероприяти")
_AUDIENCE_FILLER = re.compile(
    r"\b(?:для|с|среди|и|мероприяти\w*|законн\w*|представител\w*|руководящ\w*|"
    r"работник\w*|кадр\w*)\b|[\W\d_]+"
)


def event_key(label: str, header: str) -> str | None:
    """`events_<audience>[_reach]` for a row of an audience × (count, reach) table.

    The label must be little more than the audience («Родители (законные
    представители)», «Для обучающихся»): a row naming one event is a line item.
    """
    audiences, reach, count = _audiences()
    found = [name for name, p in audiences.items() if p.search(label)]
    if not found and is_total(label):
        # audiences as columns («Мероприятия для родителей» over «кол-во | охват»,
        # «Для родителей» over «мероприятий | участников» in a table of events), the
        # year's total as a row: the audience is the column's
        audience = [name for name, p in audiences.items() if p.search(header)]
        if len(audience) == 1:
            head = audiences[audience[0]].sub(" ", header)
            if reach.search(head):
                return f"events_{audience[0]}_reach"
            if count.search(head):
                return f"events_{audience[0]}"
        return None
    if len(found) != 1:
        return None
    rest = _AUDIENCE_FILLER.sub(" ", audiences[found[0]].sub(" ", label)).split()
    # the measure itself in the label («Охват мероприятиями, чел. родители») is no item
    rest = [w for w in rest if not (reach.search(w) or count.search(w))]
    if len(rest) > 1:
        return None
    # What the number counts: the column's header says it, or, when it does not, a
    # label that names the events («Охват мероприятиями, чел. родители»).
    measure = header
    own = _UNIT_WORDS.sub(" ", audiences[found[0]].sub(" ", label))
    if not (reach.search(header) or count.search(header)) and (
        _EVENTS.search(label) or reach.search(own) or count.search(own)
    ):
        # … or that names the measure («Родители | Охват участников, чел.» in a table
        # of events under «Всего за 2024 год»)
        measure = label
    elif _EVENTS.search(label) and reach.search(
        _UNIT_WORDS.sub(" ", audiences[found[0]].sub(" ", label))
    ):
        # «… для родителей (количество / охват) | 11 / 960 чел.» under «Количественное
        # значение»: the label's half names the reach
        measure = label
    if reach.search(measure):
        return f"events_{found[0]}_reach"
    if count.search(measure):
        return f"events_{found[0]}"
    return None


def direction_name(label: str) -> str | None:
    """The direction a row label names, when the label is little else.

    «Художественная», «программы технической направленности» name a direction, and so
    does «Естественнонаучная (в т.ч. экологическая)»: an aside in brackets is no more
    words of the label; «МАУ ДО «Детско-юношеская спортивная школа»» is an organisation.
    """
    direction = direction_of(label)
    if direction is None:
        return None
    bare = _ASIDE.sub(" ", direction_pattern(direction).sub(" ", label))
    rest = _LABEL_FILLER.sub(" ", bare).split()
    return direction if len(rest) <= 1 else None


_WORD = re.compile(r"[^\W\d_]{3,}")
# «(в т.ч. экологическая)», «(включая …)» after a direction's name
_ASIDE = re.compile(r"\((?:в\s*т\.?\s*ч\.?|в том числе|включая|кроме)[^()]*\)")


def _is_prose(text: str, mentions: list[NumberMention]) -> bool:
    """A cell that is a sentence with several figures in it («Проведено 33 мероприятия,
    охват 5 275 обучающихся»), as a road map's «Отметка об исполнении» is: read as text."""
    return len(mentions) >= 2 and len(_WORD.findall(text)) >= 3


def _bare_header(header: str) -> str:
    """A column's header without its years and units: what it says of its numbers."""
    return _UNIT_WORDS.sub("", _YEAR.sub("", header)).strip()


def _generic(header: str) -> bool:
    """A header that says nothing of what its column counts («2024 г. (факт)»,
    «Значение»): the row's label says it (rules/tables.toml `value_header`)."""
    head = _bare_header(header)
    if not head or table_vocabulary().value_header.search(fold(head)):
        return True
    # a territory's column («Прохладненский МР», «г.о. Прохладный», «КБР»): a place
    # says nothing of what is counted
    return header_territory(head) is not None


# A bracket holding a list or a numbered name: «(ДДТ, ДЮСШ «Лидер»)», «(СОШ № 3)».
_LISTED_ASIDE = re.compile(r"\((?=[^()]*(?:,|№))[^()]*\)")


def _phrases(header: str, label_header: str, label: str) -> list[str]:
    """Phrases the ordinary rules can read, in both orders of header and label.

    «Кол-во мероприятий» over «Для родителей» reads «Кол-во мероприятий для родителей»;
    «Категория участников | Родители» under «Охват, чел.» reads «… родители охват».
    """
    head = _bare_header(header)
    # «…программы, всего | 412»: in a label the comma before «всего» ends no clause.
    label = _TOTAL_TAIL.sub(r" \1", label)
    # «Организации дополнительного образования (МБУ ДО «ДДТ», МБУ ДО «ДЮСШ № 1») | 4»: a
    # list in brackets names what is counted, and its commas and numbers end no clause
    label = _LISTED_ASIDE.sub(" ", label)
    label = table_vocabulary().threshold.sub(" ", label)
    label = table_vocabulary().formula.sub(" ", label)
    # «…программы, всего, ед. в том числе по направленностям:»: the words that open the
    # parts below say nothing of the row's own figure
    label = table_vocabulary().part_opener.sub(" ", label).strip()
    row = _UNIT_WORDS.sub("", f"{label_header} {label}").strip()
    phrases = [f"{head} {row}", f"{row} {head}"] if head else [row]
    # «Организации дополнительного образования | 6»: a label naming what it counts and
    # not how is a count of it («количество организаций …»).
    # Only where the column's header does not say what it counts itself.
    # Years as rows turn it over: «Организации ДО» heads the column and the row is a year.
    bare = _UNIT_WORDS.sub("", label).strip()
    counted = None
    if bare and _generic(header):
        counted = _counted(bare)
    elif not bare and head and not _generic(header):
        counted = _counted(head)
    return [*phrases, counted] if counted else phrases


def _counted(words: str) -> str | None:
    """«Организации ДО» read as «количество Организации ДО»: words naming what is counted
    and not how; None when they name a measure already («Доля …», «Численность …»)."""
    if table_vocabulary().measure_label.search(fold(words)):
        return None
    return f"{implied_measure()} {words}"


def _by_rules(
    doc: Document,
    index: int,
    cell: Cell,
    mention: NumberMention,
    context: tuple[str, str, str],
    year: int | None,
    quote_start: int,
    quote_end: int,
    prose: bool = False,
) -> list[Candidate]:
    """What the rules read from a cell's number with its header and row label before it
    as a phrase; with `prose` (a cell that is a sentence, «82,3 % (11 904 чел. без
    повторного счёта …); прирост … – 1,2 %»), from any number the cell holds."""
    # (words before, start and end of the cell's text read after them)
    windows: list[tuple[str, int, int]]
    # A sentence in a cell reads as text, alone or after its row's label; the headers
    # («Наименование мероприятия», «Отметка об исполнении») say nothing of its numbers.
    if prose:
        # «Организации дополнительного образования | 3 (МБУ ДО «ДДТ», …), а также 9
        # школ»: a label naming what is counted and not how is a count of it
        label = _UNIT_WORDS.sub("", context[2]).strip()
        counted = _counted(label) if label else None
        whole = len(cell.text)
        windows = [(p, 0, whole) for p in ("", label, counted) if p is not None]
        if label:
            # «Социальный сертификат | номинал – 11 260 руб.; выдано – 6 940; активных –
            # 4 402»: each item of a card's list names a kind of what the label names
            windows += [(label, lo, hi) for lo, hi in _items(cell.text)]
    else:
        windows = [(p, 0, len(cell.text)) for p in _phrases(*context)]
    out = []
    seen: set[str] = set()
    for phrase, lo, hi in windows:
        prefix = " ".join(phrase.split()) + " – " if phrase.strip() else ""
        shift = len(prefix) - lo  # from the cell's text to the phrase read
        masked = mask(prefix + cell.text[lo:hi])
        within = lo <= mention.start < hi
        if within:
            shifted = mention.model_copy(
                update={"start": mention.start + shift, "end": mention.end + shift}
            )
            if shifted.start not in masked.numbers:
                continue
            masked.numbers[shifted.start] = shifted
        elif not prose:
            continue
        for rule, found in match_rules(masked, year, table=not prose, cell=prose):
            if rule.key in seen or found.start < len(prefix):
                continue
            if not prose and found.start != mention.start + shift:
                continue
            seen.add(rule.key)
            out.append(
                make_candidate(
                    doc,
                    rule.key,
                    found.model_copy(
                        update={
                            "start": found.start - shift,
                            "end": found.end - shift,
                            "unit_end": None if found.unit_end is None else found.unit_end - shift,
                        }
                    ),
                    priority=rule.priority,
                    block=index,
                    quote_start=quote_start,
                    quote_end=quote_end,
                    offset=cell.start,
                    rule=f"{rule.id}@table",
                    location=cell.location,
                )
            )
    return out


# A card's list: items apart by «;» or by lines.
_ITEM_END = re.compile(r";|\n")


def _items(text: str) -> list[tuple[int, int]]:
    """Spans of the items of a list written in one cell, when it has two or more."""
    spans = []
    lo = 0
    for m in _ITEM_END.finditer(text):
        spans.append((lo, m.start()))
        lo = m.end()
    spans.append((lo, len(text)))
    # each item without the spaces around it, which would stand between the words read
    trimmed = [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip()))
        for a, b in spans
        if text[a:b].strip()
    ]
    return trimmed if len(trimmed) >= 2 else []
