"""Checks that only show when the reports of a folder are seen together."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extractor.records import Problem, ReportRecord, Severity
from extractor.validate.rules import check_rules


def check_folder(records: Sequence[ReportRecord]) -> list[Problem]:
    return [*check_years(records), *check_duplicates(records)]


def main_year(records: Sequence[ReportRecord]) -> int | None:
    """The year most reports of the folder are about, when there clearly is one."""
    rules = check_rules().years
    years = [r.year for r in records if r.year is not None]
    if len(years) < rules.min_reports:
        return None
    (year, n), *rest = Counter(years).most_common()
    if n / len(years) < rules.min_share or (rest and rest[0][1] == n):
        return None
    return year


def check_years(records: Sequence[ReportRecord]) -> list[Problem]:
    """A report of another year than the folder's: noted, and flagged when far away."""
    main = main_year(records)
    if main is None:
        return []
    far = check_rules().years.far
    out: list[Problem] = []
    for r in records:
        if r.year is None or r.year == main:
            continue
        if abs(r.year - main) >= far:
            out.append(
                Problem(
                    file=r.file,
                    severity=Severity.warning,
                    code="year.far",
                    message=f"Отчёт за {r.year} год, остальные отчёты папки — за {main}: "
                    "проверьте, верно ли определён год и тот ли прислан отчёт",
                )
            )
        else:
            out.append(
                Problem(
                    file=r.file,
                    severity=Severity.info,
                    code="year.other",
                    message=f"Отчёт за {r.year} год, большинство отчётов папки — за {main}",
                )
            )
    return out


def check_duplicates(records: Sequence[ReportRecord]) -> list[Problem]:
    """Two files for one municipality and year would count it twice in the totals."""
    # The same key as the regional totals use to count each municipality once.
    groups: dict[tuple[str, int], list[ReportRecord]] = {}
    for r in records:
        if r.municipality is not None and r.year is not None:
            groups.setdefault((r.municipality_key(), r.year), []).append(r)
    out: list[Problem] = []
    for (_, year), group in groups.items():
        if len(group) < 2:
            continue
        municipality = group[0].municipality
        for r in group:
            others = ", ".join(o.file for o in group if o is not r)
            out.append(
                Problem(
                    file=r.file,
                    severity=Severity.warning,
                    code="file.duplicate",
                    message=f"Ещё один отчёт за {municipality}, {year} год: {others} — "
                    "оставьте один из них, иначе муниципалитет будет учтён дважды",
                )
            )
    return out
