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
from extractor.records import ReportRecord

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
    return f"{value:.2f}".rstrip("0").rstrip(".")


def report_columns() -> list[str]:
    return ["file", "municipality", "region", "year", *catalogue().ordered_keys(), "warnings"]


def write_reports(
    path: Path, records: Sequence[ReportRecord], warnings: dict[str, list[str]]
) -> None:
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
