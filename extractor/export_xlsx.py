"""consolidated.xlsx: the run's tables for a person, with Russian headers.

Sheets: «Отчёты» (one row per report; each figure cell has its quote as a comment and links
to its row in «Показатели»), «Регионы» (regional totals), «Полнота» (who did not report),
«Показатели» (every figure with its quote and place), «Предупреждения», «Идентификация»
(the words that named each report's municipality, region and year; the same quotes are
comments on the identity cells of «Отчёты»). Every sheet has a
frozen header row, filters and number formats; values are numbers, not text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from extractor.aggregate import Aggregation, Method, rules
from extractor.cache import WorkbookCache
from extractor.catalogue import Unit, catalogue
from extractor.export import (
    REGION_HEAD,
    completeness_cells,
    ordered_problems,
    region_cells,
    region_columns,
    warning_codes,
)
from extractor.output import atomic_path
from extractor.records import Problem, ReportRecord

SHEET_REPORTS = "Отчёты"
SHEET_REGIONS = "Регионы"
SHEET_COMPLETENESS = "Полнота"
SHEET_FIGURES = "Показатели"
SHEET_WARNINGS = "Предупреждения"
SHEET_IDENTITY = "Идентификация"

# Formats show thousands with the reader's separator; percentages are stored as written
# (83.0 means 83 %), so they get one decimal rather than Excel's ×100 percent format.
FORMATS = {
    Unit.count: "#,##0",
    Unit.persons: "#,##0",
    Unit.percent: "0.0",
    Unit.rubles: "#,##0.00",
}
CHANGE_FORMATS = {
    Unit.count: "+#,##0;-#,##0;0",
    Unit.persons: "+#,##0;-#,##0;0",
    Unit.percent: "+0.0;-0.0;0",
    Unit.rubles: "+#,##0.00;-#,##0.00;0",
}
YEAR = "0"
INTEGER = "#,##0"

REGION_HEAD_LABELS = {
    "region": "Субъект РФ",
    "year": "Отчётный год",
    "reports": "Отчётов учтено",
    "municipalities_expected": "МО по справочнику",
    "municipalities_reported": "МО прислали отчёт",
    "municipalities_missing": "МО не прислали отчёт",
}
COMPLETENESS_LABELS = (
    "Субъект РФ",
    "Отчётный год",
    "МО по справочнику",
    "МО прислали отчёт",
    "МО не прислали отчёт",
    "Не прислали отчёт",
    "Отчётов учтено",
    "Отчёты вне справочника",
)
FIGURE_LABELS = (
    "Файл",
    "Муниципальное образование",
    "Отчётный год",
    "Показатель",
    "Ключ",
    "Значение",
    "Как записано",
    "Приблизительно",
    "Где в документе",
    "Цитата",
    "Правило",
)
WARNING_LABELS = ("Файл", "Уровень", "Код", "Показатель", "Сообщение", "Цитата")
IDENTITY_LABELS = ("Файл", "Что", "Значение", "Где в документе", "Цитата", "Правило")


def region_label(column: str) -> str:
    """Russian header of a regions.csv column."""
    if column in REGION_HEAD_LABELS:
        return REGION_HEAD_LABELS[column]
    for key, _ in rules().aggregated():
        label = catalogue().get(key).label
        suffixes = {
            "": label,
            "_n": f"{label} — из скольких отчётов",
            "_change": f"{label} — изменение к прошлому году",
            "_base": f"{label} — база процента (расчётная)",
            "_min": f"{label} — минимум",
            "_max": f"{label} — максимум",
        }
        for suffix, text in suffixes.items():
            if column == key + suffix:
                return text
    raise KeyError(column)


def _region_format(column: str) -> str | None:
    if column == "year":
        return YEAR
    if column in REGION_HEAD or column.endswith(("_n", "_base")):
        return INTEGER if column != "region" else None
    for key, method in rules().aggregated():
        unit = catalogue().get(key).unit
        if column == f"{key}_change":
            return CHANGE_FORMATS[unit]
        if column in (key, f"{key}_min", f"{key}_max"):
            return FORMATS[unit] if method is not Method.share else FORMATS[Unit.percent]
    return None


def write_number(ws: Worksheet, row: int, col: int, value: float, fmt: Format | None) -> None:
    """A number cell; NaN or infinity a blank one.

    The value check keeps such values out of the records (extractor.validate.value), but
    XlsxWriter raises on them and the whole workbook would be lost for one cell.
    """
    if math.isfinite(value):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_blank(row, col, None, fmt)


class _Sheet:
    """One sheet: header, widths, frozen panes and filter, rows appended in order."""

    def __init__(
        self,
        book: _Book,
        name: str,
        labels: Sequence[str],
        widths: Sequence[int],
        freeze: tuple[int, int] = (1, 0),
        header_height: float | None = None,
    ) -> None:
        self.book = book
        self.ws = book.wb.add_worksheet(name)
        self.columns = len(labels)
        for i, width in enumerate(widths):
            self.ws.set_column(i, i, width)
        self.ws.set_row(0, header_height, book.header)
        self.ws.freeze_panes(*freeze)
        self.ws.write_row(0, 0, labels, book.header)
        self.rows = 1  # header included; the next row's index (zero-based) is `rows`

    def append(
        self, values: Sequence[str | float | None], formats: dict[int, Format] | None = None
    ) -> int:
        """Write a row (`formats`: column index → format); returns its zero-based index.

        A formatted column is written even when empty, as a formatted blank."""
        row = self.rows
        formats = formats or {}
        ws = self.ws
        # Each cell once, by its type: write_row would pass every value through
        # XlsxWriter's type guessing (a few regular expressions a string).
        for col, value in enumerate(values):
            fmt = formats.get(col)
            if value is None:
                if fmt is not None:
                    ws.write_blank(row, col, None, fmt)
            elif isinstance(value, str):
                ws.write_string(row, col, value, fmt)
            else:
                write_number(ws, row, col, value, fmt)
        self.rows += 1
        return row

    def finish(self) -> None:
        self.ws.autofilter(0, 0, max(self.rows - 1, 0), self.columns - 1)


class _Book:
    """The workbook and its formats, each made once and shared by every cell that uses it."""

    def __init__(self, path: Path) -> None:
        # Strings are written as they are: never read as formulas («=…») or links.
        self.wb = xlsxwriter.Workbook(
            str(path),
            {"strings_to_formulas": False, "strings_to_urls": False},
        )
        self.header = self.wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.wrap = self.wb.add_format({"text_wrap": True, "valign": "top"})
        self._formats: dict[str, Format] = {}

    def number(self, number_format: str) -> Format:
        if number_format not in self._formats:
            self._formats[number_format] = self.wb.add_format({"num_format": number_format})
        return self._formats[number_format]


def figure_rows(records: Sequence[ReportRecord]) -> dict[tuple[str, str], int]:
    """(file, key) → the figure's row in «Показатели» (one-based), for the links."""
    rows: dict[tuple[str, str], int] = {}
    row = 1
    for r in records:
        for f in r.figures:
            row += 1
            rows[(r.file, f.key)] = row
    return rows


def _figures_sheet(book: _Book, records: Sequence[ReportRecord]) -> None:
    """Every figure, one per row, in the order of `figure_rows`."""
    sheet = _Sheet(book, SHEET_FIGURES, FIGURE_LABELS, (30, 28, 8, 40, 22, 12, 14, 8, 28, 90, 22))
    year = book.number(YEAR)
    for r in records:
        for f in r.figures:
            p = f.provenance
            sheet.append(
                [
                    r.file,
                    r.municipality,
                    r.year,
                    catalogue().get(f.key).label,
                    f.key,
                    f.value,
                    f.written,
                    "да" if f.approx else None,
                    p.location.describe(),
                    p.quote,
                    p.rule,
                ],
                {2: year, 5: book.number(FORMATS[Unit(f.unit)])},
            )
    sheet.finish()


def _reports_sheet(
    book: _Book,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    figure_rows: dict[tuple[str, str], int],
) -> None:
    indicators = catalogue().indicators
    identity = [i.label if not isinstance(i, dict) else i["label"] for i in catalogue().identity]
    labels = ["Файл", *identity, *(i.label for i in indicators), "Предупреждения"]
    sheet = _Sheet(
        book,
        SHEET_REPORTS,
        labels,
        (30, 28, 24, 8, *([14] * len(indicators)), 40),
        (1, 1),
        header_height=90,
    )
    warnings = warning_codes(problems)
    first = 4  # column of the first indicator, zero-based
    year = book.number(YEAR)
    for r in records:
        figures = {f.key: f for f in r.figures}
        formats = {3: year}
        for col, i in enumerate(indicators, start=first):
            if i.key in figures:
                formats[col] = book.number(FORMATS[i.unit])
        row = sheet.append(
            [
                r.file,
                r.municipality,
                r.region,
                r.year,
                *(r.value(i.key) if i.key in figures else None for i in indicators),
                "; ".join(warnings.get(r.file, [])) or None,
            ],
            formats,
        )
        # The identity cells (municipality, region, year) carry the words that named them.
        said: dict[int, list[str]] = {}
        for e in r.identity_evidence:
            col = {"municipality": 1, "region": 2, "year": 3}.get(e.field)
            if col is None or not e.quote:
                continue
            where = e.location.describe() if e.location else ""
            said.setdefault(col, []).append(f"«{e.quote}»" + (f"\n— {where}" if where else ""))
        for col, quotes in said.items():
            # the strongest evidence first, as identify ranks it
            sheet.ws.write_comment(
                row,
                col,
                "\n\n".join(quotes),
                {"author": "moc-extract", "width": 360, "height": 140},
            )
        for col, i in enumerate(indicators, start=first):
            f = figures.get(i.key)
            if f is None:
                continue
            where = f.provenance.location.describe()
            text = f"«{f.provenance.quote}»" + (f"\n— {where}" if where else "")
            sheet.ws.write_comment(
                row, col, text, {"author": "moc-extract", "width": 360, "height": 140}
            )
            target = figure_rows.get((r.file, f.key))
            if target is not None:
                # A link writes its text into the cell: the number is written back over it.
                sheet.ws.write_url(row, col, f"internal:'{SHEET_FIGURES}'!A{target}")
                write_number(sheet.ws, row, col, f.value, formats[col])
    sheet.finish()


def _regions_sheet(book: _Book, aggregation: Aggregation) -> None:
    cols = region_columns()
    sheet = _Sheet(
        book,
        SHEET_REGIONS,
        [region_label(c) for c in cols],
        (24, 8, *([14] * (len(cols) - 2))),
        (1, 1),
        header_height=90,
    )
    formats = {i: book.number(fmt) for i, fmt in enumerate(_region_format(c) for c in cols) if fmt}
    for row in aggregation.regions:
        cells = region_cells(row)
        sheet.append([cells.get(c) for c in cols], formats)
    sheet.finish()


def _completeness_sheet(book: _Book, aggregation: Aggregation) -> None:
    sheet = _Sheet(book, SHEET_COMPLETENESS, COMPLETENESS_LABELS, (24, 8, 12, 12, 12, 80, 10, 40))
    formats = {1: book.number(YEAR), 5: book.wrap}
    for row in aggregation.regions:
        values = [v if v != "" else None for v in completeness_cells(row.completeness)]
        sheet.append(values, formats)
    sheet.finish()


def _warnings_sheet(book: _Book, problems: Sequence[Problem]) -> None:
    sheet = _Sheet(book, SHEET_WARNINGS, WARNING_LABELS, (30, 16, 24, 22, 80, 80))
    for p in ordered_problems(problems):
        quote = p.quote_text or None
        # The level in words, as the review shows it; warnings.csv keeps the code.
        sheet.append([p.file or None, p.severity.label, p.code, p.key, p.message, quote])
    sheet.finish()


def _identity_sheet(book: _Book, records: Sequence[ReportRecord]) -> None:
    """Why each report is taken for its municipality, region and year: quote and place."""
    sheet = _Sheet(book, SHEET_IDENTITY, IDENTITY_LABELS, (30, 24, 28, 24, 90, 22))
    for r in records:
        for e in r.identity_evidence:
            sheet.append(
                [
                    r.file,
                    catalogue().identity_label(e.field),
                    None if e.value is None else str(e.value),
                    e.location.describe() if e.location else None,
                    e.quote,
                    e.rule,
                ]
            )
    sheet.finish()


def _write_book(
    path: Path,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    aggregation: Aggregation,
) -> None:
    book = _Book(path)
    # Sheets appear in the order they are added; «Показатели» is written fourth, but the
    # links to it need only its row numbers, known beforehand.
    _reports_sheet(book, records, problems, figure_rows(records))
    _regions_sheet(book, aggregation)
    _completeness_sheet(book, aggregation)
    _figures_sheet(book, records)
    _warnings_sheet(book, problems)
    _identity_sheet(book, records)
    book.wb.close()


def write_xlsx(
    path: Path,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    aggregation: Aggregation,
    kept: WorkbookCache | None = None,
) -> None:
    """Save beside `path`, then rename over it: an interrupted run leaves no half file.

    With `kept`, a workbook of the same content written by an earlier run is copied
    instead of written again (see extractor.cache.WorkbookCache)."""
    digest = kept.digest([*records, *problems, aggregation]) if kept else ""
    with atomic_path(path) as tmp:
        if kept and kept.fetch(digest, tmp):
            return
        _write_book(tmp, records, problems, aggregation)
        if kept:
            kept.keep(digest, tmp)
