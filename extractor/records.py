"""Pydantic records passed from extraction to validation, aggregation and export."""

from __future__ import annotations

from pydantic import BaseModel, Field

from extractor.document import Location


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

    def same_value(self, other: Figure) -> bool:
        return abs(self.value - other.value) < 0.005


class Conflict(BaseModel):
    """Two or more different values for one key: all are kept for the reviewer."""

    key: str
    figures: list[Figure]


class IdentityField(BaseModel):
    value: str | int | None = None
    quote: str | None = None
    rule: str | None = None


class ReportRecord(BaseModel):
    file: str
    municipality: str | None = None
    region: str | None = None
    year: int | None = None
    oktmo: str | None = None
    figures: list[Figure] = Field(default_factory=list)  # one per key, the chosen value
    conflicts: list[Conflict] = Field(default_factory=list)
    identity_ambiguous: list[str] = Field(default_factory=list)

    def value(self, key: str) -> float | None:
        for f in self.figures:
            if f.key == key:
                return f.value
        return None
