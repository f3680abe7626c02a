"""Thresholds of the checks, from rules/checks.toml (the reasons are comments there)."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, Field


class SumRules(BaseModel):
    tolerance: float = Field(ge=0)
    measures: list[str]


class CoverageRules(BaseModel):
    relative_tolerance: float = Field(gt=0, lt=1)


class YearRules(BaseModel):
    far: int = Field(ge=1)
    min_reports: int = Field(ge=2)
    min_share: float = Field(gt=0, le=1)


class ValueRules(BaseModel):
    # A double holds any decimal of at most 15 significant digits exactly (DBL_DIG),
    # and Excel shows no more: a larger setting would let values be rounded silently.
    digits: int = Field(ge=1, le=15)


class CheckRules(BaseModel):
    core: list[str]
    sums: SumRules
    coverage: CoverageRules
    years: YearRules
    values: ValueRules


@cache
def check_rules() -> CheckRules:
    text = (files("extractor.rules") / "checks.toml").read_text("utf-8")
    return CheckRules.model_validate(tomllib.loads(text))
