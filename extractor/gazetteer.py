"""Places: the municipality table and the federal subjects, with the keys that match them.

Both sides of every comparison go through one stem scheme (`name_stem` for the table's
nominative names, `phrase_keys` for a name as the text inflects it), so «Троицкий
городской округ», «Троицкого ГО», «города Троицка» and «г. Троицк» meet on one key.

The stem scheme, step by step:
1. fold (lower case, ё → е), drop anything in parentheses, keep the part after « и » in
   the few compound names («город Нея и Нейский район» → «Нейский»);
2. drop type words («город», «г.», «городской округ», «муниципальный район/округ», «ГО»,
   «МР», «ЗАТО», «посёлок», …), so the kind never decides the key;
3. each remaining word (each part of a hyphenated word) becomes its pymorphy3 normal
   form (nominative singular; adjectives masculine);
4. `core` cuts what separates a city from its adjective: an adjective ending
   (-ий/-ый/-ой/-ая/-ое/…), then a final «-ск» (or the «к» of «-цк»), a final «ь» and a
   doubled final letter: «троицкий», «троицк» → «троиц»; «батайский», «батайск» →
   «батай»; «миасский», «миасс» → «миас»; «аксайский», «аксай» → «аксай».
Words are joined with a space, hyphenated parts with «-» («бел калитва», «камен-шахтин»).
A key says nothing about kind or region: those are settled by whoever looks it up.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from importlib.resources import files

from pydantic import BaseModel

from extractor.morph import analyzer
from extractor.normalise import fold


class Kind(StrEnum):
    district = "район"
    okrug = "городской округ"
    municipal = "муниципальный округ"  # since 2019, mostly a former district
    inner = "внутригородская территория"  # Moscow, St Petersburg, Sevastopol
    federal = "город федерального значения"  # Moscow, St Petersburg, Sevastopol whole


class Municipality(BaseModel, frozen=True):
    oktmo: str
    name: str  # canonical display name: «город Батайск», «Аксайский район»
    kind: Kind
    region: str  # canonical nominative name of the federal subject
    stem: str
    city: str | None = None  # main city (district centre / the okrug's city)
    population: int | None = None
    city_stem: str | None = None  # key of the main city
    # the towns the row *is* by name, in normal form: its main city, or «Батайск» of
    # «город Батайск» (not «Троицк» of «Троицкий городской округ» without a city)
    towns: frozenset[str] = frozenset()
    # the keys of the names it had before («чайковск» of «Чайковский муниципальный район»
    # for «городской округ Чайковский») and the kinds it was (rules/MUNICIPALITIES.md)
    aliases: frozenset[str] = frozenset()
    former: frozenset[Kind] = frozenset()

    def label(self) -> str:
        return f"{self.name} ({self.region})"

    @property
    def type_word(self) -> Kind | str:
        """What the name itself calls the unit: an inner-city «городской округ Троицк» is
        an okrug by name though not by kind; «город Колпино» a town; else its kind."""
        low = self.name.lower()
        if self.kind is Kind.inner:
            if low.startswith("городской округ"):
                return Kind.okrug
            if low.startswith("город"):
                return "город"
            if low.startswith("муниципальный округ"):
                return "муниципальный округ"
        return self.kind

    @property
    def named_by_adjective(self) -> bool:
        """«Троицкий городской округ», «Аксайский район» (not «город Батайск»)."""
        return named_by_adjective(self.name)


def named_by_adjective(name: str) -> bool:
    first = name.split()[0]
    return first[:1].isupper() and bool(_ADJ_END.search(fold(first)))


# ---------------------------------------------------------------------------- stems

_TYPE_WORD = re.compile(
    r"^(?:"
    r"город(?:а|у|ом|е)?|г|гор|городск(?:ой|ого|ому|им|ом|ая|ие|их)"
    r"|округ(?:а|у|ом|е|и|ов)?|район(?:а|у|ом|е|ы|ов)?"
    r"|муниципальн(?:ый|ого|ому|ым|ом|ая|ое|ые|ых|ой)|го|мр|мо|гп|зато|пгт|рп|п"
    r"|пос[её]л(?:ок|ка|ку|ком|ке)|поселени(?:е|я|ю|ем|и)|рабоч(?:ий|его|ем)"
    r"|образовани(?:е|я|ю|ем|и)|курорт|герой|имени|тип(?:а)?"
    # the letters of «г.о.», «м.о.», «м.р.» (городской, муниципальный округ, район)
    r"|о|м|р"
    r")$"
)
_WORD = re.compile(r"[а-яa-z0-9]+(?:-[а-яa-z0-9]+)*")
_ADJ_END = re.compile(r"(?:ий|ый|ой|ая|яя|ое|ее|ие|ые)$")
_PARENS = re.compile(r"\([^)]*\)")


def core(word: str) -> str:
    """The part a city and its adjective share; `word` is folded and nominative."""
    if len(word) > 4 and _ADJ_END.search(word):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ск"):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("цк"):
        word = word[:-1]
    word = word.rstrip("ь")
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


def _is_type_word(token: str) -> bool:
    return all(_TYPE_WORD.match(part) for part in token.split("-"))


def _tokens(text: str) -> list[str]:
    text = _PARENS.sub(" ", fold(text))
    if " и " in text:
        text = text.rsplit(" и ", 1)[1]
    return [t for t in _WORD.findall(text) if not _is_type_word(t)]


@lru_cache(maxsize=65536)
def _nominative(word: str) -> str:
    """Normal form of a word already in the nominative (a table name): deterministic."""
    parses = analyzer().parse(word)
    for p in parses:
        if "nomn" in p.tag and "Geox" in p.tag:
            return fold(p.normal_form)
    for p in parses:
        if "nomn" in p.tag:
            return fold(p.normal_form)
    return word


@lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, ...]:
    """Possible cores of an inflected word, most likely first."""
    out = [core(word)]
    for p in analyzer().parse(word)[:6]:
        out.append(core(fold(p.normal_form)))
    out.append(core(_nominative(word)))
    return tuple(dict.fromkeys(out))


def _token_keys(token: str) -> list[str]:
    if "-" not in token:
        return list(_word_keys(token))
    whole = list(_word_keys(token))  # pymorphy knows «ростова-на-дону» as one word
    parts = [_word_keys(p)[:3] for p in token.split("-")]
    combos = ["-".join(c) for c in itertools.product(*parts)]
    return list(dict.fromkeys(whole + combos))


def name_stem(name: str) -> str:
    """The key of a table name (nominative): see the module docstring."""
    words = []
    for token in _tokens(name):
        parts = [core(_nominative(p)) for p in token.split("-")]
        words.append("-".join(parts))
    return " ".join(words)


def town_form(name: str) -> str:
    """A town's name in normal form, uncut: «Дзержинск» (≠ «Дзержинский», same stem)."""
    return " ".join(_nominative(t) for t in _tokens(name))


def derived_keys(name: str, city: str | None) -> tuple[str, frozenset[str]]:
    """A row's city key and the towns it is by name (the table's `city_stem` and `towns`).

    Stored in the table, not computed at start: pymorphy3 over ~1,400 names took 0.4 s of
    every worker's start.
    """
    towns = {town_form(city)} if city else set()
    if not named_by_adjective(name):
        towns.add(town_form(name))
    return (name_stem(city) if city else ""), frozenset(towns)


def phrase_forms(text: str, limit: int = 24) -> set[str]:
    """Possible normal forms of a name as the text writes it («г. Дзержинска»)."""
    per_token = []
    for token in _tokens(text)[:4]:
        parses = analyzer().parse(token)[:6]
        per_token.append(list(dict.fromkeys([token, *(fold(p.normal_form) for p in parses)]))[:4])
    if not per_token:
        return set()
    return {" ".join(c) for c in itertools.islice(itertools.product(*per_token), limit)}


def stem_of(name: str) -> str:
    """Core of a nominative name in any style: «город Батайск», «Батайск», «г. Батайск»."""
    return name_stem(name)


def phrase_keys(text: str, limit: int = 24) -> list[str]:
    """Candidate keys of a place name as the text writes it («Троицкого ГО»)."""
    tokens = _tokens(text)
    if not tokens or len(tokens) > 4:
        return []
    per_token = [_token_keys(t)[:4] for t in tokens]
    keys = [" ".join(c) for c in itertools.product(*per_token)]
    return list(dict.fromkeys(keys))[:limit]


_ADJ_FORM = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|им|ом|ую|ей|их|ими)$")


def is_adjective(word: str) -> bool:
    """Whether a name word reads as an adjective («Троицкого», «Троицкий»), not a town."""
    low = fold(word)
    if _ADJ_FORM.search(low):
        return True
    return any(p.tag.POS in ("ADJF", "ADJS") and p.score >= 0.1 for p in analyzer().parse(low))


# ----------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Match:
    row: Municipality
    via: str  # "name": the key is the row's own stem; "city": the key is its main city


class Gazetteer:
    def __init__(self, rows: list[Municipality]) -> None:
        self.rows = rows
        self.by_oktmo = {r.oktmo: r for r in rows}
        self._by_key: dict[str, list[Match]] = {}
        for r in rows:
            self._by_key.setdefault(r.stem, []).append(Match(r, "name"))
            for alias in sorted(r.aliases):
                self._by_key.setdefault(alias, []).append(Match(r, "name"))
            if r.city_stem and r.city_stem != r.stem:
                self._by_key.setdefault(r.city_stem, []).append(Match(r, "city"))

    def lookup(self, keys: Iterable[str]) -> list[Match]:
        """Rows matching any of the keys; a row appears once, its best route kept."""
        found: dict[str, Match] = {}
        for key in keys:
            for m in self._by_key.get(key, ()):
                old = found.get(m.row.oktmo)
                if old is None or (old.via == "city" and m.via == "name"):
                    found[m.row.oktmo] = m
        return list(found.values())

    def __len__(self) -> int:
        return len(self.rows)


def parse_table(text: str) -> list[Municipality]:
    rows = []
    for rec in csv.DictReader(io.StringIO(text)):
        rows.append(
            Municipality(
                oktmo=rec["oktmo"],
                name=rec["name"],
                kind=Kind(rec["kind"]),
                region=rec["region"],
                stem=rec["stem"],
                city=rec["city"] or None,
                population=int(rec["population"]) if rec["population"] else None,
                city_stem=rec["city_stem"] or None,
                towns=frozenset(t for t in rec["towns"].split("|") if t),
                aliases=frozenset(a for a in rec.get("aliases", "").split("|") if a),
                former=frozenset(Kind(k) for k in rec.get("former", "").split("|") if k),
            )
        )
    return rows


@cache
def gazetteer() -> Gazetteer:
    """The table in rules/municipalities.csv (installed as `extractor.rules`)."""
    text = (files("extractor.rules") / "municipalities.csv").read_text("utf-8")
    return Gazetteer(parse_table(text))


# ---------------------------------------------------------------------- regions

# Placeholders of rules/regions.toml patterns; patterns match folded text (ё → е).
_ADJ = r"(?:ая|ой|ую|ою|ий|ого|ому|им|ом|ое|ые|ых|ими|ей|яя|ее)"
_PLACEHOLDERS = {
    "{adj}": _ADJ,
    "{obl}": r"(?:област(?:ь|и|ью|ям|ях)|обл\.?)",
    "{krai}": r"(?:кра(?:й|я|ю|е|ем))",
    "{resp}": r"(?:республик(?:а|и|е|у|ой|ою)|респ\.?)",
    "{ao}": rf"(?:автономн{_ADJ}\s+округ(?:а|у|ом|е)?|ао)",
}


class Region(BaseModel, frozen=True):
    name: str
    code: str | None = None  # OKTMO subject code; None for the subjects added in 2022
    genitive: str
    prepositional: str
    patterns: tuple[str, ...]
    abbr: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegionHit:
    region: Region
    start: int  # offsets in the text searched
    end: int
    rule: str  # "region.name" | "region.abbr"


def _expand(pattern: str) -> str:
    for key, value in _PLACEHOLDERS.items():
        pattern = pattern.replace(key, value)
    return pattern.replace(" ", r"\s+")


class Regions:
    def __init__(self, regions: list[Region]) -> None:
        self.regions = regions
        self.by_name = {r.name: r for r in regions}
        # One alternation for all subjects: a group per subject tells which one matched.
        named = "|".join(
            f"(?P<r{i}>{'|'.join(_expand(p) for p in r.patterns)})" for i, r in enumerate(regions)
        )
        self._named = re.compile(rf"(?<![\w-])(?:{named})(?![\w-])")
        abbr = "|".join(
            f"(?P<r{i}>{'|'.join(re.escape(a) for a in r.abbr)})"
            for i, r in enumerate(regions)
            if r.abbr
        )
        self._abbr = re.compile(rf"(?<![\w-])(?:{abbr})(?![\w-])")

    def find(self, text: str) -> list[RegionHit]:
        """Every mention of a subject in `text` (stored text; matched folded)."""
        hits = [
            RegionHit(self._which(m), m.start(), m.end(), "region.name")
            for m in self._named.finditer(fold(text))
        ]
        hits += [  # abbreviations are matched as written: «РО», not «ро»
            RegionHit(self._which(m), m.start(), m.end(), "region.abbr")
            for m in self._abbr.finditer(text)
        ]
        hits.sort(key=lambda h: (h.start, -h.end))
        kept: list[RegionHit] = []
        for h in hits:  # «Ямало-Ненецкого автономного округа» is not also «Ненецкого»
            if kept and h.start < kept[-1].end:
                continue
            kept.append(h)
        return kept

    def _which(self, m: re.Match[str]) -> Region:
        assert m.lastgroup is not None
        return self.regions[int(m.lastgroup[1:])]


@cache
def regions() -> Regions:
    data = tomllib.loads((files("extractor.rules") / "regions.toml").read_text("utf-8"))
    return Regions(
        [
            Region(
                name=r["name"],
                code=r.get("code"),
                genitive=r["genitive"],
                prepositional=r["prepositional"],
                patterns=tuple(r["patterns"]),
                abbr=tuple(r.get("abbr", ())),
            )
            for r in data["region"]
        ]
    )
