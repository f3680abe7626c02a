"""Pydantic records passed from extraction to validation, aggregation and export."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from extractor.document import Location
from extractor.normalise import fold


class Provenance(BaseModel):
    """Where a figure was read: enough to find it again in the original file."""

    file: str
    block: int  # index in Document.blocks
    location: Location  # page / paragraph / table / row / col / line in the original
    start: int  # span of the number as written, in Document.text
    end: int
    quote: str  # the sentence, list item or table row it was read from
    quote_start: int  # span of the quote in Document.text
    quote_end: int
    rule: str  # id of the rule that found it


class Figure(BaseModel):
    key: str
    value: float
    unit: str
    written: str  # the number exactly as written in the quote
    approx: bool = False  # «около», «более», a range
    provenance: Provenance
    corrected: bool = False  # set by a person in corrections.csv (provenance.rule "person")

    def same_value(self, other: Figure) -> bool:
        return abs(self.value - other.value) < 0.005


class Conflict(BaseModel):
    """Two or more different values for one key: all are kept for the reviewer."""

    key: str
    figures: list[Figure]


class IdentityField(BaseModel):
    """What says a report's municipality, region or year: the words and the rule that
    read them (the quote is the sentence, a table's row or the title that names it)."""

    field: str  # "municipality" | "region" | "year"
    value: str | int | None = None
    quote: str | None = None
    rule: str | None = None
    # Where the quote stands: its block and the place in the original file, so a person
    # can find the words that decided who and when the report is about.
    block: int | None = None
    location: Location | None = None


class DocumentKind(StrEnum):
    """What a document is (indicators.md, «Hard cases»): only a report of one
    municipality gives the table its figures."""

    report = "report"
    regional = "regional"  # about several municipalities
    plan = "plan"  # a plan, an order or a programme for years to come


class KindEvidence(BaseModel):
    """Why a document is not one municipality's report: the words that say so."""

    kind: DocumentKind
    quote: str  # the title area, or the table naming several places
    block: int
    reason: str  # Russian, for the analyst
    year: int | None = None  # a plan's: the year its title says it is for


class ReportRecord(BaseModel):
    file: str
    municipality: str | None = None
    region: str | None = None
    year: int | None = None
    oktmo: str | None = None
    figures: list[Figure] = Field(default_factory=list)  # one per key, the chosen value
    conflicts: list[Conflict] = Field(default_factory=list)
    # Keys the report gives only hedged («около 400», «более 1 300»): evidence for a
    # person, never the key's value (indicators.md, hard cases).
    approximate: list[Figure] = Field(default_factory=list)
    identity_ambiguous: list[str] = Field(default_factory=list)
    identity_evidence: list[IdentityField] = Field(default_factory=list)
    kind: DocumentKind = DocumentKind.report
    kind_evidence: KindEvidence | None = None
    # The numbers of a document that is not one municipality's report (a summary over
    # several, a plan): read and kept for a person, never the table's figures.
    set_aside: list[Figure] = Field(default_factory=list)
    # Keys a person corrected (corrections.csv), including keys they removed.
    corrected: list[str] = Field(default_factory=list)

    def value(self, key: str) -> float | None:
        f = self.figure(key)
        return None if f is None else f.value

    def figure(self, key: str) -> Figure | None:
        for f in self.figures:
            if f.key == key:
                return f
        return None

    def municipality_key(self) -> str:
        """Who the report is about, for telling two reports of one municipality apart:
        its OKTMO code when the gazetteer resolved it, else its name folded; a report
        naming no municipality is no one's twin."""
        if self.oktmo:
            return self.oktmo
        return fold(self.municipality) if self.municipality else f"file:{self.file}"


class Severity(StrEnum):
    error = "error"  # a file or a figure could not be used
    warning = "warning"  # a figure to check before it is reported
    info = "info"  # for the record: skipped hidden files and the like

    @property
    def rank(self) -> int:
        return ("error", "warning", "info").index(self.value)

    @property
    def label(self) -> str:
        """The level in words, for what a person reads (the CSV files keep the code)."""
        return {"error": "ошибка", "warning": "предупреждение", "info": "сведения"}[self.value]


class Quote(BaseModel):
    """A sentence or table row a warning is about, with the number to highlight."""

    text: str
    written: str | None = None  # the number as written in `text`
    where: str | None = None  # «стр. 3, табл. 1, строка 4»

    @classmethod
    def of(cls, figure: Figure) -> Quote:
        p = figure.provenance
        where = "исправлено вручную" if figure.corrected else p.location.describe()
        return cls(text=p.quote, written=figure.written, where=where)


class Problem(BaseModel):
    """One warning for the analyst: what, where, how bad, and the words it is about.

    `code` is stable (README lists them) so filters and corrections can rely on it;
    `message` is in Russian, for a regional analyst.
    """

    file: str  # relative to the run's folder; "" for the folder as a whole
    severity: Severity
    code: str
    message: str
    key: str | None = None
    quotes: list[Quote] = Field(default_factory=list)

    @property
    def lost_a_file(self) -> bool:
        """An error that cost a file (or a folder) its reading, as opposed to an error
        about one figure (`value.*`) or a line of corrections.csv."""
        return self.severity is Severity.error and not self.code.startswith(
            ("value.", "correction.")
        )

    @property
    def quote_text(self) -> str:
        """The quotes as one cell: one per line, since a table row's quote already has
        « | » between its cells."""
        return "\n".join(q.text for q in self.quotes)
