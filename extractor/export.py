"""CSV outputs: reports.csv (one row per document) and figures.csv (one row per figure).

Column names and order are a contract (README): identity, then every catalogue key in
catalogue order, then warnings. Values are written plainly: integers without separators,
decimals with a point.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from extractor.catalogue import catalogue
from extractor.output import atomic_text
from extractor.records import Problem, ReportRecord

# The first ten columns are the contract of the spec; the last three help a reviewer:
# the number exactly as written, whether it was approximate («около 300», a range), and
# where it stands in the original file in words («стр. 3, табл. 1, строка 4»).
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
)


def format_value(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text  # -0.001 rounds to zero, not to «-0»


def report_columns() -> list[str]:
    return ["file", "municipality", "region", "year", *catalogue().ordered_keys(), "warnings"]


WARNING_COLUMNS = ("file", "severity", "code", "key", "message", "quote")


def write_reports(
    path: Path, records: Sequence[ReportRecord], problems: Sequence[Problem]
) -> None:
    # The row's warnings column lists codes only; warnings.csv has the words and quotes.
    warnings: dict[str, list[str]] = {}
    for p in problems:
        code = f"{p.code}[{p.key}]" if p.key else p.code
        codes = warnings.setdefault(p.file, [])
        if code not in codes:
            codes.append(code)
    cols = report_columns()
    with atomic_text(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in records:
            values = {f.key: format_value(f.value) for f in r.figures}
            w.writerow(
                [
                    r.file,
                    r.municipality or "",
                    r.region or "",
                    r.year or "",
                    *(values.get(k, "") for k in catalogue().ordered_keys()),
                    "; ".join(warnings.get(r.file, [])),
                ]
            )


def write_figures(path: Path, records: Sequence[ReportRecord]) -> None:
    with atomic_text(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(FIGURE_COLUMNS)
        for r in records:
            for f in r.figures:
                p = f.provenance
                w.writerow(
                    [
                        r.file,
                        f.key,
                        format_value(f.value),
                        f.unit,
                        p.location.page if p.location.page is not None else "",
                        p.block,
                        p.start,
                        p.end,
                        p.quote,
                        p.rule,
                        f.written,
                        "yes" if f.approx else "",
                        p.location.describe(),
                    ]
                )


def write_warnings(path: Path, problems: Sequence[Problem]) -> None:
    """One row per warning, worst first; several quotes are joined with « | »."""
    ordered = sorted(problems, key=lambda p: (p.severity.rank, p.file, p.code, p.key or ""))
    with atomic_text(path, newline="") as fh:
        w = csv.writer(fh)
        w.writerow(WARNING_COLUMNS)
        for p in ordered:
            quote = " | ".join(q.text for q in p.quotes)
            w.writerow([p.file, p.severity.value, p.code, p.key or "", p.message, quote])
