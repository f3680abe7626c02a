"""The indicator catalogue, loaded from rules/indicators.toml."""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib.resources import files

from pydantic import BaseModel


class Unit(StrEnum):
    count = "count"
    persons = "persons"
    percent = "percent"
    rubles = "rubles"

    @property
    def integral(self) -> bool:
        return self in (Unit.count, Unit.persons)


class Indicator(BaseModel):
    key: str
    label: str
    unit: Unit
    # A share of a whole (coverage, the share of children with certificates): written as
    # a fraction («доля … 0,78») it is that percentage, 78,0 (spec, «Hard cases»).
    share: bool = False


class Catalogue(BaseModel):
    version: int
    identity: list[Indicator | dict[str, str]]
    indicators: list[Indicator]

    def ordered_keys(self) -> list[str]:
        return [i.key for i in self.indicators]

    def get(self, key: str) -> Indicator:
        for i in self.indicators:
            if i.key == key:
                return i
        raise KeyError(key)


DIRECTIONS = ("art", "sport", "social", "science", "tech", "tourism")


@cache
def catalogue() -> Catalogue:
    data = tomllib.loads((files("extractor.rules") / "indicators.toml").read_text("utf-8"))
    return Catalogue(
        version=data["version"],
        identity=data["identity"],
        indicators=[Indicator(**i) for i in data["indicator"]],
    )
