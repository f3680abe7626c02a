"""Reporting completeness: which municipalities of a region sent a report for a year.

The expected list is the region's rows of rules/municipalities.csv (urban okrugs and
municipal districts alike: each has its own МОЦ). A report is checked off by its OKTMO
code (set when the municipality was identified through the gazetteer), else by its name:
exactly, then by the gazetteer's stem of the name or of the row's main city, so a report
titled by a city («город Змеиногорск») checks off the district it is the centre of.

Federal cities (Москва, Санкт-Петербург, Севастополь) are listed in the table by their
inner-city territories, which have no МОЦ of their own: such a region expects one report,
for the city as a whole.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, Field

from extractor.gazetteer import Kind, Municipality, parse_table
from extractor.normalise import fold
from extractor.records import ReportRecord


class Completeness(BaseModel):
    region: str
    year: int
    expected: int | None  # None: the region has no rows in the table (subjects added in 2022)
    reported: int  # expected municipalities with at least one report
    missing: list[str] = Field(default_factory=list)  # names, in table order
    reports: int = 0  # reports of the region and year (after duplicates are set aside)
    unmatched: list[str] = Field(default_factory=list)  # files whose municipality is not listed


@cache
def _rows_by_region() -> dict[str, tuple[Municipality, ...]]:
    # The table is parsed without the gazetteer's stems (no morphology needed to list rows).
    text = (files("extractor.rules") / "municipalities.csv").read_text("utf-8")
    out: dict[str, list[Municipality]] = {}
    for row in parse_table(text):
        out.setdefault(row.region, []).append(row)
    return {k: tuple(v) for k, v in out.items()}


def expected_units(region: str) -> list[tuple[str, str]]:
    """(id, name) of the municipalities a region's reports should come from."""
    rows = _rows_by_region().get(region, ())
    if rows and all(r.kind in (Kind.inner, Kind.federal) for r in rows):
        return [(region, region)]  # a federal city: one report for the whole city
    return [(r.oktmo, r.name) for r in rows if r.kind is not Kind.inner]


def _matches(record: ReportRecord, region: str, units: list[tuple[str, str]]) -> str | None:
    """The id of the expected unit a report is about, or None."""
    ids = {uid for uid, _ in units}
    if region in ids:  # a federal city: any report of the region is the city's
        return region
    if record.oktmo in ids:
        return record.oktmo
    if not record.municipality:
        return None
    name = fold(record.municipality)
    for uid, unit_name in units:
        if fold(unit_name) == name:
            return uid
    from extractor.gazetteer import name_stem  # morphology: loaded only when names differ

    key = name_stem(record.municipality)
    rows = {r.oktmo: r for r in _rows_by_region().get(region, ())}
    for uid, _ in units:
        row = rows[uid]
        if key and (key == row.stem or (row.city and key == name_stem(row.city))):
            return uid
    return None


def completeness(region: str, year: int, records: Sequence[ReportRecord]) -> Completeness:
    """Completeness of one region and year from the reports counted for it."""
    units = expected_units(region)
    seen: set[str] = set()
    unmatched: list[str] = []
    for r in records:
        uid = _matches(r, region, units) if units else None
        if uid is None:
            unmatched.append(r.file)
        else:
            seen.add(uid)
    return Completeness(
        region=region,
        year=year,
        expected=len(units) if units else None,
        reported=len(seen),
        missing=[name for uid, name in units if uid not in seen],
        reports=len(records),
        unmatched=unmatched,
    )
