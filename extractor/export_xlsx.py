"""consolidated.xlsx: the run's tables for a person, with Russian headers.

Sheets: «Отчёты» (one row per report; each figure cell has its quote as a comment and links
to its row in «Показатели»), «Регионы» (regional totals), «Полнота» (who did not report),
«Показатели» (every figure with its quote and place), «Предупреждения». Every sheet has a
frozen header row, filters and number formats; values are numbers, not text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from extractor.aggregate import Aggregation, Method, rules
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


def _header(ws: Worksheet, labels: Sequence[str], widths: Sequence[int]) -> None:
    ws.append(list(labels))
    for i, width in enumerate(widths, start=1):
        cell = ws.cell(row=1, column=i)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(i)].width = width


def _finish(ws: Worksheet, freeze: str = "A2") -> None:
    ws.freeze_panes = freeze
    ws.auto_filter.ref = f"A1:{get_column_letter(ws.max_column)}{max(ws.max_row, 1)}"


def _figures_sheet(ws: Worksheet, records: Sequence[ReportRecord]) -> dict[tuple[str, str], int]:
    """Every figure, one per row; returns (file, key) → its row, for the links."""
    _header(ws, FIGURE_LABELS, (30, 28, 8, 40, 22, 12, 14, 8, 28, 90, 22))
    rows: dict[tuple[str, str], int] = {}
    row = 1  # counted here: openpyxl's max_row scans every cell, quadratic over a sheet
    for r in records:
        for f in r.figures:
            p = f.provenance
            row += 1
            ws.append(
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
                ]
            )
            ws.cell(row=row, column=3).number_format = YEAR
            ws.cell(row=row, column=6).number_format = FORMATS[Unit(f.unit)]
            rows[(r.file, f.key)] = row
    _finish(ws)
    return rows


def _reports_sheet(
    ws: Worksheet,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    figure_rows: dict[tuple[str, str], int],
) -> None:
    indicators = catalogue().indicators
    identity = [i.label if not isinstance(i, dict) else i["label"] for i in catalogue().identity]
    labels = ["Файл", *identity, *(i.label for i in indicators), "Предупреждения"]
    _header(ws, labels, (30, 28, 24, 8, *([14] * len(indicators)), 40))
    ws.row_dimensions[1].height = 90
    warnings = warning_codes(problems)
    first = 5  # column of the first indicator
    for row, r in enumerate(records, start=2):
        ws.append(
            [
                r.file,
                r.municipality,
                r.region,
                r.year,
                *(r.value(i.key) for i in indicators),
                "; ".join(warnings.get(r.file, [])) or None,
            ]
        )
        ws.cell(row=row, column=4).number_format = YEAR
        for f in r.figures:
            col = first + catalogue().ordered_keys().index(f.key)
            cell = ws.cell(row=row, column=col)
            cell.number_format = FORMATS[catalogue().get(f.key).unit]
            where = f.provenance.location.describe()
            text = f"«{f.provenance.quote}»" + (f"\n— {where}" if where else "")
            cell.comment = Comment(text, "moc-extract", width=360, height=140)
            target = figure_rows.get((r.file, f.key))
            if target is not None:
                cell.hyperlink = Hyperlink(
                    ref=cell.coordinate, location=f"'{SHEET_FIGURES}'!A{target}"
                )
    _finish(ws, "B2")


def _regions_sheet(ws: Worksheet, aggregation: Aggregation) -> None:
    cols = region_columns()
    _header(ws, [region_label(c) for c in cols], (24, 8, *([14] * (len(cols) - 2))))
    ws.row_dimensions[1].height = 90
    formats = [_region_format(c) for c in cols]
    for n, row in enumerate(aggregation.regions, start=2):
        cells = region_cells(row)
        ws.append([cells.get(c) for c in cols])
        for i, fmt in enumerate(formats, start=1):
            if fmt:
                ws.cell(row=n, column=i).number_format = fmt
    _finish(ws, "B2")


def _completeness_sheet(ws: Worksheet, aggregation: Aggregation) -> None:
    _header(ws, COMPLETENESS_LABELS, (24, 8, 12, 12, 12, 80, 10, 40))
    for n, row in enumerate(aggregation.regions, start=2):
        ws.append([v if v != "" else None for v in completeness_cells(row.completeness)])
        ws.cell(row=n, column=2).number_format = YEAR
        ws.cell(row=n, column=6).alignment = Alignment(wrap_text=True, vertical="top")
    _finish(ws)


def _warnings_sheet(ws: Worksheet, problems: Sequence[Problem]) -> None:
    _header(ws, WARNING_LABELS, (30, 10, 24, 22, 80, 80))
    for p in ordered_problems(problems):
        quote = p.quote_text or None
        ws.append([p.file or None, p.severity.value, p.code, p.key, p.message, quote])
    _finish(ws)


def build_workbook(
    records: Sequence[ReportRecord], problems: Sequence[Problem], aggregation: Aggregation
) -> Workbook:
    wb = Workbook()
    reports = wb.active
    assert reports is not None
    reports.title = SHEET_REPORTS
    regions = wb.create_sheet(SHEET_REGIONS)
    complete = wb.create_sheet(SHEET_COMPLETENESS)
    figures = wb.create_sheet(SHEET_FIGURES)
    warnings = wb.create_sheet(SHEET_WARNINGS)
    figure_rows = _figures_sheet(figures, records)
    _reports_sheet(reports, records, problems, figure_rows)
    _regions_sheet(regions, aggregation)
    _completeness_sheet(complete, aggregation)
    _warnings_sheet(warnings, problems)
    return wb


def write_xlsx(
    path: Path,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    aggregation: Aggregation,
) -> None:
    """Save beside `path`, then rename over it: an interrupted run leaves no half file."""
    wb = build_workbook(records, problems, aggregation)
    with atomic_path(path) as tmp:
        wb.save(tmp)
