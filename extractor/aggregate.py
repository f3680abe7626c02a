"""Regional totals: the reports of one region and year added up, one row each.

How each key adds up is data (rules/aggregation.toml, which says why): counts and persons
are summed, shares are re-weighted from counts through each report's own base, the
certificate nominal is given as a range, and what cannot be aggregated is skipped. Every
value says from how many reports it comes. Nothing here changes a report; what cannot be
counted is said in Problems (codes `aggregate.*`).
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from enum import StrEnum
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, Field

from extractor.catalogue import Unit, catalogue
from extractor.completeness import Completeness, completeness
from extractor.records import Problem, Quote, ReportRecord, Severity


class Method(StrEnum):
    sum = "sum"
    share = "share"
    range = "range"


class ShareRule(BaseModel):
    key: str  # the percentage
    numerator: str  # the count it is a share of: base = numerator / (pct / 100)


class AggregationRules(BaseModel):
    sum_units: list[Unit]
    shares: list[ShareRule]
    ranges: list[str]
    skipped: list[str]

    def method(self, key: str) -> Method | None:
        if any(s.key == key for s in self.shares):
            return Method.share
        if key in self.ranges:
            return Method.range
        if key in self.skipped:
            return None
        return Method.sum if catalogue().get(key).unit in self.sum_units else None

    def share(self, key: str) -> ShareRule:
        return next(s for s in self.shares if s.key == key)

    def aggregated(self) -> list[tuple[str, Method]]:
        """(key, method) of every aggregated key, in catalogue order."""
        out = []
        for key in catalogue().ordered_keys():
            m = self.method(key)
            if m is not None:
                out.append((key, m))
        return out


@cache
def rules() -> AggregationRules:
    data = tomllib.loads((files("extractor.rules") / "aggregation.toml").read_text("utf-8"))
    return AggregationRules(
        sum_units=[Unit(u) for u in data["sum"]["units"]],
        shares=[ShareRule(key=s["key"], numerator=s["numerator"]) for s in data["share"]],
        ranges=[r["key"] for r in data.get("range", [])],
        skipped=[s["key"] for s in data.get("skip", [])],
    )


class RegionValue(BaseModel):
    key: str
    method: Method
    value: float | None = None  # the sum or the re-weighted share
    base: float | None = None  # share: Σ of the derived bases it is re-weighted on
    low: float | None = None  # range: lowest and highest value
    high: float | None = None
    n: int = 0  # reports the value comes from
    change: float | None = None  # value − the previous year's value (share: in points)


class RegionRow(BaseModel):
    region: str
    year: int
    files: list[str]  # the reports counted, after duplicates are set aside
    completeness: Completeness
    values: list[RegionValue]

    def get(self, key: str) -> RegionValue:
        return next(v for v in self.values if v.key == key)


class Aggregation(BaseModel):
    regions: list[RegionRow] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


def _label(key: str) -> str:
    # Labels are of any gender and number («Охват …», «Доля …», «Обучающиеся …»): messages
    # make «показатель» or «значение» the subject and quote the label beside it, so their
    # verbs agree whatever the label is.
    return catalogue().get(key).label


def _warning(file: str, code: str, message: str, **kw: object) -> Problem:
    return Problem(file=file, severity=Severity.warning, code=code, message=message, **kw)


def _info(file: str, code: str, message: str) -> Problem:
    # What the totals did with a report whose cause validation already warns of
    # (identity.no_region, identity.no_year, file.duplicate): said once as a warning.
    return Problem(file=file, severity=Severity.info, code=code, message=message)


def _counted(records: Sequence[ReportRecord], problems: list[Problem]) -> list[ReportRecord]:
    """The reports that enter regional totals: with a region and a year, each municipality
    and year once. Of two reports of one municipality and year the one stating more
    figures is counted (the first by file name on a tie) and the other is named."""
    by_identity: dict[tuple[str, int, str], list[ReportRecord]] = {}
    for r in sorted(records, key=lambda r: r.file):
        if r.region is None or r.year is None:
            what = "регион" if r.region is None else "отчётный год"
            code = "aggregate.no_region" if r.region is None else "aggregate.no_year"
            problems.append(
                _info(r.file, code, f"Отчёт не вошёл в итоги по регионам: не определён {what}")
            )
            continue
        by_identity.setdefault((r.region, r.year, r.municipality_key()), []).append(r)
    counted = []
    for (region, year, _), group in by_identity.items():
        kept = max(group, key=lambda r: len(r.figures))  # max keeps the first on a tie
        counted.append(kept)
        for r in group:
            if r is not kept:
                problems.append(
                    _info(
                        r.file,
                        "aggregate.duplicate",
                        f"{region}, {year}: ещё один отчёт муниципалитета "
                        f"«{r.municipality or r.oktmo}» — в итоги по региону вошёл только "
                        f"файл {kept.file} (в нём больше показателей)",
                    )
                )
    return counted


def _sum(key: str, group: Sequence[ReportRecord]) -> RegionValue:
    values = [v for r in group if (v := r.value(key)) is not None]
    return RegionValue(
        key=key, method=Method.sum, value=sum(values) if values else None, n=len(values)
    )


def _range(key: str, group: Sequence[ReportRecord]) -> RegionValue:
    values = [v for r in group if (v := r.value(key)) is not None]
    return RegionValue(
        key=key,
        method=Method.range,
        low=min(values) if values else None,
        high=max(values) if values else None,
        n=len(values),
    )


def _share(
    key: str, region: str, year: int, group: Sequence[ReportRecord], problems: list[Problem]
) -> RegionValue:
    rule = rules().share(key)
    numerator = 0.0
    base = 0.0
    n = 0
    given: list[str] = []
    for r in group:
        pct = r.figure(key)
        if pct is None:
            continue
        given.append(r.file)
        count = r.value(rule.numerator)
        if not 0 < pct.value <= 100:
            problems.append(
                _warning(
                    r.file,
                    "aggregate.bad_share",
                    f"{region}, {year}: значение показателя «{_label(key)}» ({pct.written} %) "
                    "вне пределов 0–100 и не учтено в значении по региону",
                    key=key,
                    quotes=[Quote.of(pct)],
                )
            )
            continue
        if count is None:
            problems.append(
                _warning(
                    r.file,
                    "aggregate.no_base",
                    f"{region}, {year}: значение показателя «{_label(key)}» ({pct.written} %) "
                    f"не учтено в значении по региону — в отчёте нет числа "
                    f"«{_label(rule.numerator)}», без него база процента неизвестна",
                    key=key,
                    quotes=[Quote.of(pct)],
                )
            )
            continue
        numerator += count
        base += count * 100 / pct.value
        n += 1
    if n == 0 and len(given) > 1:  # with one report its own warning says it all
        problems.append(
            _warning(
                "",
                "aggregate.no_base",
                f"{region}, {year}: показатель «{_label(key)}» по региону не рассчитан — "
                f"ни в одном отчёте нет базы процента (отчёты: {', '.join(given)})",
                key=key,
            )
        )
    return RegionValue(
        key=key,
        method=Method.share,
        value=numerator / base * 100 if base > 0 else None,
        base=base if n else None,
        n=n,
    )


def _change(row: RegionRow, previous: RegionRow | None) -> None:
    if previous is None:
        return
    for v in row.values:
        if v.method is Method.range or v.value is None:
            continue
        before = previous.get(v.key).value
        if before is not None:
            v.change = v.value - before


def aggregate(records: Sequence[ReportRecord]) -> Aggregation:
    """One RegionRow per region and year present, sorted by region then year."""
    problems: list[Problem] = []
    groups: dict[tuple[str, int], list[ReportRecord]] = {}
    for r in _counted(records, problems):
        assert r.region is not None and r.year is not None
        groups.setdefault((r.region, r.year), []).append(r)
    rows: list[RegionRow] = []
    for (region, year), group in sorted(groups.items()):
        group.sort(key=lambda r: r.file)
        values = []
        for key, method in rules().aggregated():
            if method is Method.sum:
                values.append(_sum(key, group))
            elif method is Method.range:
                values.append(_range(key, group))
            else:
                values.append(_share(key, region, year, group, problems))
        rows.append(
            RegionRow(
                region=region,
                year=year,
                files=[r.file for r in group],
                completeness=completeness(region, year, group),
                values=values,
            )
        )
    by_year = {(r.region, r.year): r for r in rows}
    for row in rows:
        _change(row, by_year.get((row.region, row.year - 1)))
    return Aggregation(regions=rows, problems=problems)
