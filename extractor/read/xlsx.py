"""Reads Excel workbooks (.xlsx; .xls and .ods through LibreOffice) into a `Document`.

Monitoring forms are often sent as workbooks. Each visible sheet becomes a heading (its
name) and its contents: a run of rows with one filled cell (a title, a note, a signature)
is a paragraph, and a run of rows with several cells is a table, read by the same table
model as any other reader's (`extract.table_model`), merged cells kept with their spans.
What a person does not see is not read: hidden sheets, rows and columns are left out, with
a note saying so. A formula is read by the value Excel (or LibreOffice) stored for it; a
formula with no stored value is reported, never computed here. Numbers are written as a
person sees them: a percent format shows 0.812 as «81,2 %», decimals with a comma.

Every cell keeps its place as sheet and address («лист 2, D14»).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import column_index_from_string, get_column_letter

from extractor.document import BlockKind, Document, Location
from extractor.errors import ReadError
from extractor.read.builder import DocumentBuilder, RawCell
from extractor.read.limits import XLSX, Limits, check_zip

# The decimals a number format shows: «0.0%» one, «#,##0.00» two, «0» none.
_DECIMALS = re.compile(r"0\.(0+)")


def read_xlsx(path: Path, display: str, limits: Limits | None = None) -> Document:
    """Read an .xlsx; raise `ReadError` (xlsx.corrupt, read.too_large) when it cannot be."""
    limits = limits or Limits()
    check_zip(path, limits, XLSX)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about features it drops (data validation, conditional
            # formats): nothing a reader of the figures needs.
            warnings.simplefilter("ignore")
            values = openpyxl.load_workbook(path, data_only=True)
            formulas = openpyxl.load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ReadError(
            f"файл .xlsx повреждён: его содержимое не читается ({type(exc).__name__})",
            code="xlsx.corrupt",
        ) from exc
    builder = DocumentBuilder(path=display, format="xlsx")
    tables = 0
    for number, sheet in enumerate(values.worksheets, start=1):
        if sheet.sheet_state != "visible":
            builder.warn(
                "xlsx.hidden_sheet",
                f"лист {number} «{sheet.title}» скрыт и не прочитан",
            )
            continue
        tables = _read_sheet(sheet, formulas[sheet.title], number, builder, tables)
    return builder.build()


def _read_sheet(
    sheet: Any, formulas: Any, number: int, builder: DocumentBuilder, tables: int
) -> int:
    """Add one sheet's heading, paragraphs and tables; the count of tables so far."""
    builder.add_text(sheet.title, kind=BlockKind.heading, location=Location(sheet=number))
    hidden_rows = {r for r, d in sheet.row_dimensions.items() if d.hidden}
    hidden_cols = _hidden_columns(sheet)
    if hidden_rows or hidden_cols:
        builder.warn(
            "xlsx.hidden_cells",
            f"на листе {number} «{sheet.title}» скрыты строки или столбцы; они не прочитаны",
        )
    spans, covered = _merges(sheet)
    # The cells the file holds: a sheet's declared size may be the whole grid, while
    # iterating `_cells` costs what the file wrote.
    filled: dict[int, dict[int, str]] = {}
    for (r, c), cell in sorted(sheet._cells.items()):
        if r in hidden_rows or c in hidden_cols or (r, c) in covered:
            continue
        text = _cell_text(cell)
        if text is None and _is_formula(formulas, r, c):
            builder.warn(
                "xlsx.no_cached_value",
                f"в ячейке {cell.coordinate} листа {number} формула без сохранённого значения; "
                "откройте файл в Excel или LibreOffice и сохраните его заново",
            )
            continue
        if text:
            filled.setdefault(r, {})[c] = text
    for run in _runs(sorted(filled), hidden_rows):
        tables = _emit_run(run, filled, spans, sheet, number, builder, tables)
    return tables


def _emit_run(
    run: list[int],
    filled: dict[int, dict[int, str]],
    spans: dict[tuple[int, int], tuple[int, int]],
    sheet: Any,
    number: int,
    builder: DocumentBuilder,
    tables: int,
) -> int:
    """A run of rows without an empty row between them: the rows of one filled cell
    before and after the rest are paragraphs, the rest one table."""
    wide = [r for r in run if len(filled[r]) > 1]
    if not wide:
        for r in run:
            _paragraph(r, filled, sheet, number, builder)
        return tables
    first, last = run.index(wide[0]), run.index(wide[-1])
    for r in run[:first]:
        _paragraph(r, filled, sheet, number, builder)
    body = run[first : last + 1]
    columns = sorted({c for r in body for c in filled[r]})
    col_index = {c: i for i, c in enumerate(columns)}
    cells: list[RawCell] = []
    for i, r in enumerate(body):
        for c, text in sorted(filled[r].items()):
            down, across = spans.get((r, c), (1, 1))
            # a merge is counted in the rows and columns the table keeps
            row_span = sum(1 for rr in body[i:] if rr < r + down) or 1
            col_span = sum(1 for cc in columns if c <= cc < c + across) or 1
            cells.append(RawCell(text, i, col_index[c], row_span, col_span))
    for cell in cells:
        cell.address = _address(body[cell.row], columns[cell.col])
    builder.add_table(cells, location=Location(sheet=number, table=tables))
    for r in run[last + 1 :]:
        _paragraph(r, filled, sheet, number, builder)
    return tables + 1


def _paragraph(
    r: int, filled: dict[int, dict[int, str]], sheet: Any, number: int, builder: DocumentBuilder
) -> None:
    ((c, text),) = filled[r].items()
    builder.add_text(text, location=Location(sheet=number, cell=_address(r, c)))


def _address(row: int, col: int) -> str:
    return f"{get_column_letter(col)}{row}"


def _runs(rows: list[int], hidden: set[int]) -> list[list[int]]:
    """Rows grouped where no empty row separates them (a hidden row is not seen, so it
    separates nothing)."""
    out: list[list[int]] = []
    for r in rows:
        if out and all(k in hidden for k in range(out[-1][-1] + 1, r)):
            out[-1].append(r)
        else:
            out.append([r])
    return out


def _merges(sheet: Any) -> tuple[dict[tuple[int, int], tuple[int, int]], set[tuple[int, int]]]:
    """Each merged range's top-left cell with its (rows, columns), and the cells it covers."""
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for rng in sheet.merged_cells.ranges:
        spans[(rng.min_row, rng.min_col)] = (
            rng.max_row - rng.min_row + 1,
            rng.max_col - rng.min_col + 1,
        )
        for r in range(rng.min_row, rng.max_row + 1):
            for c in range(rng.min_col, rng.max_col + 1):
                if (r, c) != (rng.min_row, rng.min_col):
                    covered.add((r, c))
    return spans, covered


def _hidden_columns(sheet: Any) -> set[int]:
    out: set[int] = set()
    for key, dim in sheet.column_dimensions.items():
        if not dim.hidden:
            continue
        low = dim.min or column_index_from_string(key)
        high = dim.max or low
        out.update(range(low, high + 1))
    return out


def _is_formula(formulas: Any, r: int, c: int) -> bool:
    cell = formulas._cells.get((r, c))
    return cell is not None and cell.data_type == "f"


def _cell_text(cell: Any) -> str | None:
    """The cell as a person sees it; None for an empty one."""
    value = cell.value
    if value is None:
        return None
    if isinstance(value, bool):
        return "да" if value else "нет"
    if isinstance(value, dt.datetime):
        return (
            value.strftime("%d.%m.%Y")
            if value.time() == dt.time()
            else value.strftime("%d.%m.%Y %H:%M")
        )
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, int | float):
        return _number_text(value, str(cell.number_format or "General"))
    return str(value)


def _number_text(value: float, fmt: str) -> str:
    """«81,2 %» for 0.812 under «0.0%», «6150,00» under «0.00», «12846» for an integer."""
    fmt = fmt.split(";")[0]  # the format for positive numbers
    percent = "%" in fmt
    if percent:
        value = value * 100
    m = _DECIMALS.search(fmt)
    if m is not None:
        text = f"{value:.{len(m.group(1))}f}"
    elif float(value).is_integer():
        text = str(int(value))
    elif "0" in fmt:  # «0», «#,##0», «0%»: a whole number shown
        text = str(round(value))
    else:
        text = f"{value:.10g}"  # General: what Excel shows, without float noise
        if "e" in text:
            text = f"{value:.10f}".rstrip("0").rstrip(".")
    text = text.replace(".", ",")
    return f"{text} %" if percent else text
