"""Validation: the checks a regional analyst would make before trusting a report's row.

Every check returns Problems; nothing is dropped or changed here. Record checks
(`record.py`) look at one report alone; folder checks (`folder.py`) compare reports with
each other. Thresholds are data in rules/checks.toml.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.records import Problem, ReportRecord
from extractor.validate.folder import check_folder
from extractor.validate.record import check_record

__all__ = ["check_folder", "check_record", "validate"]


def validate(records: Sequence[ReportRecord]) -> list[Problem]:
    out = [p for r in records for p in check_record(r)]
    out.extend(check_folder(records))
    return out
