"""The extraction stage: one Document in, one ReportRecord out."""

from __future__ import annotations

from extractor.document import Document
from extractor.extract.directions import extract_directions
from extractor.extract.figures import extract_from_units
from extractor.extract.identify import identify
from extractor.extract.select import select
from extractor.extract.tables import extract_tables
from extractor.records import ReportRecord
from extractor.segment import segment


def extract_report(doc: Document) -> ReportRecord:
    identity = identify(doc)
    units = segment(doc)
    year = identity.year
    candidates = (
        extract_from_units(doc, units, year)
        + extract_directions(doc, units, year)
        + extract_tables(doc, year)
    )
    figures, conflicts = select(candidates)
    return ReportRecord(
        file=doc.path,
        municipality=identity.municipality,
        region=identity.region,
        year=identity.year,
        oktmo=identity.oktmo,
        figures=figures,
        conflicts=conflicts,
        identity_ambiguous=identity.ambiguous,
    )
