"""The indicator catalogue, loaded from rules/indicators.toml."""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, PrivateAttr


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

    def identity_label(self, key: str) -> str:
        """«Муниципальное образование» for "municipality": identity fields by their names."""
        for i in self.identity:
            k, label = (i["key"], i["label"]) if isinstance(i, dict) else (i.key, i.label)
            if k == key:
                return label
        return key

    def ordered_keys(self) -> list[str]:
        return [i.key for i in self.indicators]

    # (a dict, not a scan of the list: the rules ask for a key's unit some 3,000 times a
    # report)
    _by_key: dict[str, Indicator] = PrivateAttr(default_factory=dict)

    def get(self, key: str) -> Indicator:
        if not self._by_key:
            self._by_key = {i.key: i for i in self.indicators}
        try:
            return self._by_key[key]
        except KeyError:
            raise KeyError(key) from None


DIRECTIONS = ("art", "sport", "social", "science", "tech", "tourism")


@cache
def catalogue() -> Catalogue:
    data = tomllib.loads((files("extractor.rules") / "indicators.toml").read_text("utf-8"))
    return Catalogue(
        version=data["version"],
        identity=data["identity"],
        indicators=[Indicator(**i) for i in data["indicator"]],
    )
