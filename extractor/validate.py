"""Validation: the checks a regional analyst would make before trusting a report's row.

Every check returns Problems; nothing is dropped or changed here. Checks on one record
look at that report alone; folder checks compare reports with each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from extractor.records import Problem, Quote, ReportRecord, Severity

_IDENTITY_FIELDS = {
    "municipality": "муниципалитет",
    "region": "регион",
    "year": "отчётный год",
}


def check_record(record: ReportRecord) -> list[Problem]:
    """Problems of one report: identity gaps, no figures at all, conflicting values."""
    out: list[Problem] = []
    if record.identity_ambiguous:
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code="identity.ambiguous",
                message="Название муниципалитета неоднозначно: "
                + ", ".join(record.identity_ambiguous),
            )
        )
    for field, label in _IDENTITY_FIELDS.items():
        if getattr(record, field) is None:
            out.append(
                Problem(
                    file=record.file,
                    severity=Severity.warning,
                    code=f"identity.no_{field}",
                    message=f"Не удалось определить {label} отчёта",
                )
            )
    if not record.figures and not record.conflicts:
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code="figures.none",
                message="В отчёте не найдено ни одного показателя: проверьте, тот ли это "
                "документ и не вставлены ли таблицы картинками",
            )
        )
    for c in record.conflicts:
        values = ", ".join(f.written for f in c.figures)
        out.append(
            Problem(
                file=record.file,
                severity=Severity.warning,
                code="figure.conflict",
                key=c.key,
                message=f"Показатель указан в отчёте с разными значениями: {values}",
                quotes=[Quote.of(f) for f in c.figures],
            )
        )
    return out


def check_folder(records: Sequence[ReportRecord]) -> list[Problem]:
    """Problems that only show when the reports are seen together."""
    return []


def validate(records: Sequence[ReportRecord]) -> list[Problem]:
    out = [p for r in records for p in check_record(r)]
    out.extend(check_folder(records))
    return out
