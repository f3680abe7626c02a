"""The extraction stage: one Document in, one ReportRecord (and its refusals) out."""

from __future__ import annotations

from extractor.catalogue import catalogue
from extractor.document import Document, Location, Part
from extractor.extract.directions import extract_directions
from extractor.extract.document_kind import document_kind
from extractor.extract.figures import Candidate, extract_from_units
from extractor.extract.identify import identify
from extractor.extract.select import select
from extractor.extract.tables import extract_tables
from extractor.records import (
    DocumentKind,
    IdentityField,
    KindEvidence,
    Problem,
    Quote,
    ReportRecord,
    Severity,
)
from extractor.segment import segment


def extract_report(doc: Document) -> tuple[ReportRecord, list[Problem]]:
    """The record, and an error for each number a rule read that no table can hold."""
    identity = identify(doc)
    units = segment(doc)
    year = identity.year
    candidates = (
        extract_from_units(
            doc,
            units,
            year,
            identity.oktmo,
            written_next_year=year is not None and identity.written == year + 1,
        )
        + extract_directions(doc, units, year)
        + extract_tables(doc, year, identity.municipality)
    )
    figures, conflicts, approximate = select([c for c in candidates if c.fault is None])
    record = ReportRecord(
        file=doc.path,
        municipality=identity.municipality,
        region=identity.region,
        year=identity.year,
        oktmo=identity.oktmo,
        figures=figures,
        conflicts=conflicts,
        approximate=approximate,
        identity_ambiguous=identity.ambiguous,
        identity_evidence=[
            IdentityField(
                field=e.field,
                value=e.value,
                quote=e.quote,
                rule=e.rule,
                block=e.block,
                location=_place(doc, e.block),
            )
            for e in identity.evidence
        ],
    )
    evidence = document_kind(doc, identity)
    if evidence is not None:
        record = _not_a_report(record, evidence)
    return record, refusals([c for c in candidates if c.fault is not None])


def _place(doc: Document, block: int) -> Location | None:
    """Where a block stands, a running head said as such (it has no page of its own)."""
    if not 0 <= block < len(doc.blocks):
        return None
    b = doc.blocks[block]
    if b.part is Part.body:
        return b.location
    return b.location.model_copy(update={"part": b.part.value})


def _not_a_report(record: ReportRecord, evidence: KindEvidence) -> ReportRecord:
    """A summary over several municipalities names none of its own, and neither it nor
    a plan gives the table figures: its numbers are set aside, with its conflicts and
    hedged values, for a person to see."""
    update: dict[str, object] = {
        "kind": evidence.kind,
        "kind_evidence": evidence,
        "figures": [],
        "conflicts": [],
        "approximate": [],
        "set_aside": record.figures,
    }
    if evidence.kind is DocumentKind.regional:
        update |= {"municipality": None, "oktmo": None, "identity_ambiguous": []}
    if evidence.year is not None:
        update["year"] = evidence.year  # a plan is the year it is for, not the year signed
    return record.model_copy(update=update)


def refusals(refused: list[Candidate]) -> list[Problem]:
    """One error per number refused (value_fault), under the key its best rule read.

    A 30-digit «count» would be rounded, and a 309-digit one is no float at all; either
    would swamp the regional totals, so it is kept out of the record, and said so with
    its sentence: the reviewer can write the right value in corrections.csv.
    """
    best: dict[int, Candidate] = {}
    for c in refused:
        start = c.figure.provenance.start
        if start not in best or c.priority > best[start].priority:
            best[start] = c
    out: list[Problem] = []
    for start in sorted(best):
        c = best[start]
        assert c.fault is not None
        f = c.figure
        out.append(
            Problem(
                file=f.provenance.file,
                severity=Severity.error,
                code=c.fault.code,
                key=f.key,
                message=f"Число «{f.written}» не внесено в таблицу как «"
                f"{catalogue().get(f.key).label}»: {c.fault.why}",
                quotes=[Quote.of(f)],
            )
        )
    return out
