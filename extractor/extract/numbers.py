"""Numbers in Russian report text: finding them, reading their value, writing them back.

`find_numbers` returns every number that could be a figure: digits («10 923», «16,7»,
«22 380, 00») and words («пяти», «сто шестьдесят четыре»), each with the unit written
after it, whether it is approximate and whether it is one end of a range. Numbers that
only look like figures — dates, years, document and phone numbers, ages, web addresses,
list labels, page and section numbers, times — are never returned.

The vocabulary and every pattern are data in rules/numbers.toml; this module applies them.
All matching runs over a *view* of the text: folded (lower case, ё → е) with odd spaces
and dashes made plain, one character for one character, so a match in the view is a span
in the text the caller gave.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from importlib.resources import files
from itertools import pairwise
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict

from extractor.errors import ExtractorError
from extractor.morph import analyzer
from extractor.normalise import fold

Unit = Literal["percent", "rub", "persons", "thousand_rub"]


class NumberFormatError(ExtractorError):
    """A string is not a number written with digits the Russian way."""

    code = "number.format"


class NumberMention(BaseModel):
    """One number found in a text; offsets are into that text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str  # text[start:end]: the number only, as written («10 923», «пяти»)
    value: Decimal  # after kopecks and scale words: «6,2 тыс. рублей» → 6200
    written_in_words: bool = False
    is_decimal: bool = False  # the value carries a fractional part («16,7», «22 380,00»)
    unit: Unit | None = None
    # End of what was read after the number (scale word, unit, kopecks), so a quote can
    # include it; None when nothing was.
    unit_end: int | None = None
    approx: bool = False  # «около», «более», «~» …
    range_with: Decimal | None = None  # the other end of «от 300 до 350», «300–350»


# --------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True)
class PatternRule:
    """A pattern from rules/numbers.toml with the examples that pin its meaning."""

    name: str
    pattern: str
    regex: re.Pattern[str]
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    examples: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class _Suffix:
    """A unit or scale word read right after a number."""

    name: str
    factor: Decimal
    rule: PatternRule
    at: re.Pattern[str]  # the pattern anchored after optional spaces


@dataclass(frozen=True)
class NumberRules:
    cardinal: dict[str, Decimal]
    multiplier: dict[str, Decimal]
    plural_not_count: frozenset[str]
    homographs: frozenset[str]
    caps_abbreviations: frozenset[str]
    case_suffixes: frozenset[str]
    kopecks_comma: PatternRule
    kopecks_word: PatternRule
    scales: tuple[_Suffix, ...]
    units: tuple[_Suffix, ...]
    approx: PatternRule
    approx_before: re.Pattern[str]
    range_between: PatternRule
    range_opener: re.Pattern[str]
    exclusions: tuple[PatternRule, ...]
    # Examples attached to a table rather than a pattern: (section, example).
    table_examples: tuple[tuple[str, dict[str, Any]], ...]
    forms: frozenset[str] = field(default_factory=frozenset)  # every form of every lemma

    def pattern_rules(self) -> list[PatternRule]:
        return [
            self.kopecks_comma,
            self.kopecks_word,
            *(s.rule for s in self.scales),
            *(u.rule for u in self.units),
            self.approx,
            self.range_between,
            *self.exclusions,
        ]

    def all_examples(self) -> list[tuple[str, dict[str, Any]]]:
        out = list(self.table_examples)
        for rule in self.pattern_rules():
            out.extend((rule.name, e) for e in rule.examples)
        return out


def _pattern_rule(name: str, data: dict[str, Any], key: str = "pattern") -> PatternRule:
    return PatternRule(
        name=name,
        pattern=data[key],
        regex=re.compile(data[key]),
        match=tuple(data.get("match", ())),
        no_match=tuple(data.get("no_match", ())),
        examples=tuple(data.get("examples", ())),
    )


def _suffix(kind: str, data: dict[str, Any]) -> _Suffix:
    rule = _pattern_rule(f"{kind}:{data['name']}", data)
    return _Suffix(
        name=data["name"],
        factor=Decimal(str(data.get("factor", 1))),
        rule=rule,
        at=re.compile(r"[ ]*(?:" + rule.pattern + ")"),
    )


def _all_forms(lemmas: set[str]) -> frozenset[str]:
    """Every inflected form of the vocabulary's lemmas, folded: the cheap pre-filter that
    keeps morphology off words that cannot be numbers."""
    forms: set[str] = set()
    for lemma in lemmas:
        for p in analyzer().parse(lemma):
            if fold(p.normal_form) == lemma and p.tag.POS in _NUMBER_POS:
                forms.update(fold(f.word) for f in p.lexeme)
        forms.add(lemma)
    return frozenset(forms)


_NUMBER_POS = frozenset({"NUMR", "NOUN", "ADJF"})


@cache
def number_rules() -> NumberRules:
    """rules/numbers.toml, compiled (once per process)."""
    raw = files("extractor.rules").joinpath("numbers.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    words, digits, rng = data["words"], data["digits"], data["range"]
    cardinal = {fold(k): Decimal(str(v)) for k, v in words["cardinal"].items()}
    multiplier = {fold(k): Decimal(str(v)) for k, v in words["multiplier"].items()}
    approx = _pattern_rule("approx", data["approx"])
    return NumberRules(
        cardinal=cardinal,
        multiplier=multiplier,
        plural_not_count=frozenset(fold(w) for w in words["plural_not_count"]),
        homographs=frozenset(fold(w) for w in words["homographs"]),
        caps_abbreviations=frozenset(fold(w) for w in words["caps_abbreviations"]),
        case_suffixes=frozenset(digits["case_suffixes"]),
        kopecks_comma=_pattern_rule("kopecks_comma", data["kopecks_comma"]),
        kopecks_word=_pattern_rule("kopecks_word", data["kopecks_word"]),
        scales=tuple(_suffix("scale", s) for s in data["scale"]),
        units=tuple(_suffix("unit", u) for u in data["unit"]),
        approx=approx,
        # Only a whole word right before the number (spaces allowed) makes it approximate.
        approx_before=re.compile(r"(?<![а-яa-z0-9])(?:" + approx.pattern + r")[ ]*$"),
        range_between=_pattern_rule("range", rng, key="between"),
        range_opener=re.compile(rng["opener"]),
        exclusions=tuple(_pattern_rule(e["name"], e) for e in data["exclude"]),
        table_examples=tuple(
            [("words", e) for e in words["examples"]] + [("digits", e) for e in digits["examples"]]
        ),
        forms=_all_forms(set(cardinal) | set(multiplier)),
    )


# --------------------------------------------------------------------------------------
# Parsing and formatting one number written with digits

_SPACE_CHARS = (
    "\u00a0\u202f\u2007\u2009\u200a\u2008\u2006\u2005\u2004\u2003\u2002\u2001\u2000\u205f\u3000"
)
_VIEW_TABLE = {ord(c): " " for c in _SPACE_CHARS}
_VIEW_TABLE.update({ord(c): "–" for c in "\u2012\u2014\u2015"})
_VIEW_TABLE.update({ord(c): "-" for c in "\u2010\u2011\u2212"})

_PARSE = re.compile(
    r"(?P<sign>[-−])?(?P<int>[0-9]{1,3}(?: [0-9]{3})+|[0-9]+)"
    r"(?:[.,](?P<space> )?(?P<frac>[0-9]+))?"
)


def parse_number(s: str) -> Decimal:
    """«10 923» → 10923, «16,7» → 16.7, «22 380, 00» → 22380.00 (digits only, no words)."""
    if not isinstance(s, str):
        raise NumberFormatError(f"Ожидалась строка с числом, получено: {type(s).__name__}")
    m = _PARSE.fullmatch(s.translate(_VIEW_TABLE).strip())
    if m is None:
        raise NumberFormatError(
            f"Не удаётся прочитать число «{s[:40]}»: ожидаются цифры с пробелами между "
            "разрядами и десятичной запятой, например «10 923» или «16,7»"
        )
    digits = m["int"].replace(" ", "")
    # «22 380, 00» is money with kopecks; a space after the comma means nothing else.
    if m["space"] and (len(m["frac"]) != 2 or int(digits) < 1000):
        raise NumberFormatError(
            f"Не удаётся прочитать число «{s[:40]}»: после запятой с пробелом ожидаются "
            "ровно две цифры копеек у суммы от 1 000"
        )
    value = Decimal(digits + ("." + m["frac"] if m["frac"] else ""))
    return -value if m["sign"] else value


def format_number(value: Decimal) -> str:
    """Russian style: 10923 → «10 923», 16.7 → «16,7»; parse_number reads it back."""
    value = Decimal(value)
    if not value.is_finite():
        raise NumberFormatError(f"Значение «{value}» нельзя записать числом")
    whole, _, frac = format(abs(value), "f").partition(".")
    head = len(whole) % 3 or 3
    groups = [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
    sign = "-" if value < 0 else ""
    return sign + " ".join(groups) + ("," + frac if frac else "")


def header_unit(text: str) -> Unit | None:
    """The unit a table header or label names: «Сумма, тыс. руб.» → thousand_rub."""
    view = _view(text)
    rules = number_rules()
    found = {u.name: u.rule.regex.search(view) for u in rules.units}
    if found.get("percent"):
        return "percent"
    rub = found.get("rub")
    if rub:
        thousand = next(s for s in rules.scales if s.factor == 1000)
        scale = thousand.rule.regex.search(view, 0, rub.start())
        return "thousand_rub" if scale else "rub"
    return "persons" if found.get("persons") else None


# --------------------------------------------------------------------------------------
# Finding numbers


def _view(text: str) -> str:
    return fold(text).translate(_VIEW_TABLE)


@dataclass
class _Found:
    start: int
    end: int
    value: Decimal
    words: bool
    unit: Unit | None = None
    unit_end: int | None = None
    approx: bool = False
    range_with: Decimal | None = None


_DIGIT_TOKEN = re.compile(
    r"(?<![0-9])(?:"
    # Three or more parts joined by points or commas: a date or section number (points),
    # or a list written without spaces (commas).
    r"(?P<chain>[0-9]+(?:[.,][0-9]+){2,})"
    # Thousands grouped by single spaces only when the first group has 1–3 digits and
    # every later group exactly 3: «10 923» yes, «2023 150» no.
    r"|(?P<int>[0-9]{1,3}(?: [0-9]{3})+(?![0-9])|[0-9]+)(?:[.,](?P<frac>[0-9]+))?"
    r")"
)
_PART = re.compile(r"[0-9]+")
_WORD = re.compile(r"[а-я]+")
_NEXT_WORD = re.compile(r"[ ]*([а-я]+)")
_LIST_BEFORE = re.compile(r"[0-9][ ]*[,;][ ]*$")
_LIST_AFTER = re.compile(r"[ ]*(?:[,;]|и(?![а-я]))[ ]*[0-9]")
_CLAUSE_END = re.compile(r"[ ]*(?:$|[.;:)\n]|,(?![ ]*[0-9]))")
_LETTERS = re.compile(r"[a-zа-я]+")
_OPEN_PAREN = re.compile(r"[ ]*\([ ]*")
_CLOSE_PAREN = re.compile(r"[ ]*\)")


class _Finder:
    """find_numbers for one text; holds the view and what has been read so far."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.view = _view(text)
        self.rules = number_rules()
        self.taken = bytearray(len(text))  # scale words, units, kopecks already read
        self._excluded: bytearray | None = None

    # ---- shared

    def excluded(self, start: int, end: int) -> bool:
        if self._excluded is None:
            mask = bytearray(len(self.view))
            for rule in self.rules.exclusions:
                for m in rule.regex.finditer(self.view):
                    span = m.span("x") if "x" in rule.regex.groupindex else m.span()
                    if span[0] >= 0:
                        mask[span[0] : span[1]] = b"\x01" * (span[1] - span[0])
            self._excluded = mask
        return any(self._excluded[start:end])

    def unit_at(self, pos: int) -> tuple[_Suffix, int] | None:
        for unit in self.rules.units:
            m = unit.at.match(self.view, pos)
            if m and self._ends_cleanly(m.end()):
                return unit, m.end()
        return None

    def scale_at(self, pos: int) -> tuple[_Suffix, int] | None:
        for scale in self.rules.scales:
            m = scale.at.match(self.view, pos)
            if m and self._ends_cleanly(m.end()):
                return scale, m.end()
        return None

    def _ends_cleanly(self, end: int) -> bool:
        """A unit word must end where its word ends («чел» yes, «человечество» no)."""
        if end == 0 or not self.view[end - 1].isalpha() or end >= len(self.view):
            return True
        return not (self.view[end].isalnum() or self.view[end] == "-")

    def finish(self, f: _Found, scaled: bool = False) -> _Found:
        """Read what follows the number (scale, unit, kopecks) and what precedes it."""
        pos = f.end if f.unit_end is None else f.unit_end
        if not scaled and (sc := self.scale_at(pos)):
            f.value = _tidy(f.value * sc[0].factor)
            f.unit_end = pos = sc[1]
            scaled = True
        if u := self.unit_at(pos):
            f.unit = cast(Unit, u[0].name)
            f.unit_end = pos = u[1]
            kopecks = self.rules.kopecks_word.regex.match(self.view, pos)
            if kopecks and f.unit == "rub" and not scaled and _is_whole(f.value):
                f.value = Decimal(f"{int(f.value)}.{int(kopecks.group(1)):02d}")
                f.unit_end = kopecks.end()
        if f.unit_end is not None:
            self.taken[f.end : f.unit_end] = b"\x01" * (f.unit_end - f.end)
        lo = max(0, f.start - 40)
        f.approx = bool(self.rules.approx_before.search(self.view, lo, f.start))
        return f

    # ---- digits

    def digits(self) -> list[_Found]:
        out: list[_Found] = []
        consumed = 0
        for m in _DIGIT_TOKEN.finditer(self.view):
            if m.start() < consumed:
                continue
            if m["chain"]:
                if "." in m["chain"]:
                    continue  # dates and section numbers; the exclusion rules say which
                parts = [
                    (m.start() + p.start(), m.start() + p.end()) for p in _PART.finditer(m["chain"])
                ]
                for i, (s, e) in enumerate(parts):
                    f = self._digit(s, e, s if i else None, e if i < len(parts) - 1 else None)
                    if f:
                        out.append(f)
                consumed = max([m.end()] + [f.unit_end or 0 for f in out[-1:]])
                continue
            f = self._digit(m.start(), m.end(), None, None, frac=m["frac"])
            if f:
                out.append(f)
                consumed = max(f.end, f.unit_end or 0)
        return out

    def _digit(
        self,
        start: int,
        end: int,
        inner_start: int | None,
        inner_end: int | None,
        frac: str | None = None,
    ) -> _Found | None:
        """One digit token; inner_* mark a side that touches another list item."""
        if inner_start is None and self._bad_before(start):
            return None
        if inner_end is None and not self._good_after(end):
            return None
        view = self.view
        whole = view[start:end].split(",")[0].split(".")[0].replace(" ", "")
        value = Decimal(whole + ("." + frac if frac else ""))
        f = _Found(start, end, value, words=False)
        if frac is None and inner_end is None and (k := self._kopecks_comma(start, end, whole)):
            f.end = k[0]
            f.value = Decimal(f"{whole}.{k[1]}")
        if inner_end is not None:
            return f if not self.excluded(f.start, f.end) else None
        f = self.finish(f)
        return None if self.excluded(f.start, f.end) else f

    def _bad_before(self, start: int) -> bool:
        if start == 0:
            return False
        p = self.view[start - 1]
        if p.isalpha() or p in "_/\\=#@№":
            return True  # «covid19», «12/3», «page_id=2709»
        # «ГТО-2024», «Т-34»: a name; «300-350», «- 26» are not.
        return p == "-" and start >= 2 and self.view[start - 2].isalpha()

    def _good_after(self, end: int) -> bool:
        view = self.view
        if end >= len(view):
            return True
        n = view[end]
        if n.isalpha():  # glued unit («83%» has no letter; «500руб» has)
            return bool(self.unit_at(end) or self.scale_at(end))
        if n == "-" and end + 1 < len(view) and view[end + 1].isalpha():
            m = _LETTERS.match(view, end + 1)
            return m is not None and m.group() in self.rules.case_suffixes
        if n in "/" and end + 1 < len(view) and view[end + 1].isdigit():
            return False
        return n not in "@_="

    def _kopecks_comma(self, start: int, end: int, whole: str) -> tuple[int, str] | None:
        """«22 380, 00»: accepted when a ruble word follows, or for a sum of 1 000 or more
        ending its clause — never as an item of a list like «26, 60, 29»."""
        m = self.rules.kopecks_comma.regex.match(self.view, end)
        if m is None:
            return None
        after = m.end()
        if _LIST_AFTER.match(self.view, after):
            return None
        if _LIST_BEFORE.search(self.view, max(0, start - 10), start):
            return None
        unit = self.unit_at(after)
        if unit and unit[0].name == "rub":
            return after, m.group(1)
        if int(whole) >= 1000 and _CLAUSE_END.match(self.view, after):
            return after, m.group(1)
        return None

    # ---- words

    def words(self) -> list[_Found]:
        out: list[_Found] = []
        for run in self._word_runs():
            if self._ordinal_follows(run[-1][1]):
                continue  # «две тысячи двадцать четвёртом», «двадцать пятого»
            for seg in _compose(run):
                f = self._word_segment(seg)
                if f:
                    out.append(f)
        return out

    def _word_runs(self) -> Iterator[list[tuple[int, int, _WordInfo]]]:
        run: list[tuple[int, int, _WordInfo]] = []
        view, forms = self.view, self.rules.forms
        for m in _WORD.finditer(view):
            s, e = m.span()
            info = None
            if m.group() in forms and not self.taken[s] and not _hyphenated(view, s, e):
                info = _word_info(m.group())
            if info is None:
                if run:
                    yield run
                    run = []
                continue
            if run and view[run[-1][1] : s].strip(" "):
                yield run
                run = []
            run.append((s, e, info))
        if run:
            yield run

    def _ordinal_follows(self, end: int) -> bool:
        m = _NEXT_WORD.match(self.view, end)
        return bool(m) and _is_ordinal(m.group(1))

    def _word_segment(self, seg: _Segment) -> _Found | None:
        if len(seg.words) == 1:
            word = self.view[seg.start : seg.end]
            if word in self.rules.caps_abbreviations and self.text[seg.start : seg.end].isupper():
                return None  # «СТО»
            if word in self.rules.homographs and not self._governs(seg.end, seg.words[0].cases):
                return None  # «сорока» the bird, «семью» the family
        f = _Found(seg.start, seg.end, seg.value, words=True)
        f = self.finish(f, scaled=seg.has_multiplier)
        return None if self.excluded(f.start, f.end) else f

    def _governs(self, end: int, cases: frozenset[str]) -> bool:
        m = _NEXT_WORD.match(self.view, end)
        if m is None:
            return False
        nxt = m.group(1)
        if nxt in self.rules.forms and _word_info(nxt):
            return True
        return _plural_in_case(nxt, cases)

    # ---- all together

    def run(self) -> list[NumberMention]:
        found = sorted(self.digits() + self.words(), key=lambda f: f.start)
        found = self._without_restatements(found)
        self._ranges(found)
        return [self._mention(f) for f in found]

    def _without_restatements(self, found: list[_Found]) -> list[_Found]:
        """«5 (пять) мероприятий», «пять (5)»: one number written twice is one number."""
        out: list[_Found] = []
        for f in found:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.words != f.words
                and prev.value == f.value
                and _OPEN_PAREN.fullmatch(self.view, prev.unit_end or prev.end, f.start)
                and _CLOSE_PAREN.match(self.view, f.unit_end or f.end)
            ):
                continue
            out.append(f)
        return out

    def _ranges(self, found: list[_Found]) -> None:
        rules = self.rules
        for a, b in pairwise(found):
            gap = self.view[a.unit_end or a.end : b.start]
            if not rules.range_between.regex.search(gap) or not a.value < b.value:
                continue
            if "до" in gap and not rules.range_opener.search(
                self.view, max(0, a.start - 10), a.start
            ):
                continue  # «выросло с 300 до 350» is a change, not a range
            if a.unit and b.unit and a.unit != b.unit:
                continue
            a.range_with, b.range_with = b.value, a.value
            if a.unit is None and b.unit is not None:
                a.unit, a.unit_end = b.unit, b.unit_end

    def _mention(self, f: _Found) -> NumberMention:
        return NumberMention(
            start=f.start,
            end=f.end,
            text=self.text[f.start : f.end],
            value=f.value,
            written_in_words=f.words,
            is_decimal=_has_fraction(f.value),
            unit=f.unit,
            unit_end=f.unit_end,
            approx=f.approx,
            range_with=f.range_with,
        )


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in `text` that could be a figure, in order; see the module docstring."""
    if not text:
        return []
    return _Finder(text).run()


# --------------------------------------------------------------------------------------
# Number words


@dataclass(frozen=True)
class _WordInfo:
    value: Decimal
    multiplier: bool
    cases: frozenset[str]  # grammatical cases the numeral reading can have


@lru_cache(maxsize=8192)
def _word_info(word: str) -> _WordInfo | None:
    """The number a word form means, by its lemma; None for ordinals and non-numbers."""
    rules = number_rules()
    best: tuple[Decimal, bool] | None = None
    cases: set[str] = set()
    for p in analyzer().parse(word):
        lemma = fold(p.normal_form)
        if lemma in rules.cardinal:
            meaning = (rules.cardinal[lemma], False)
        elif lemma in rules.multiplier:
            meaning = (rules.multiplier[lemma], True)
        else:
            continue
        if p.tag.POS not in _NUMBER_POS or (p.tag.POS == "ADJF" and "Anum" not in p.tag):
            continue
        if lemma in rules.plural_not_count and "plur" in p.tag:
            continue  # «одни из лучших»
        best = best or meaning
        if meaning == best and p.tag.case:
            cases.add(p.tag.case)
    return _WordInfo(best[0], best[1], frozenset(cases)) if best else None


@lru_cache(maxsize=8192)
def _is_ordinal(word: str) -> bool:
    p = analyzer().parse(word)[0]
    return (
        p.tag.POS == "ADJF"
        and "Anum" in p.tag
        and fold(p.normal_form) not in (number_rules().cardinal)
    )


@lru_cache(maxsize=8192)
def _plural_in_case(word: str, cases: frozenset[str]) -> bool:
    """Whether `word` can be a plural noun/adjective in one of `cases` (what a numeral in
    those cases governs: «сорока участников», «семью организациями»)."""
    return any(
        p.tag.POS in {"NOUN", "ADJF", "PRTF"} and "plur" in p.tag and p.tag.case in cases
        for p in analyzer().parse(word)
    )


def _hyphenated(view: str, start: int, end: int) -> bool:
    """«сорока-воровка», «пяти-шести»: part of a compound, not a number on its own."""
    return (start > 0 and view[start - 1] == "-") or (end < len(view) and view[end] == "-")


@dataclass
class _Segment:
    start: int
    end: int
    value: Decimal
    words: list[_WordInfo]
    has_multiplier: bool


def _cap_after(value: Decimal) -> Decimal:
    """The largest value a following number word may add: after «сто» tens and units
    («сто шестьдесят четыре»), after «двадцать» units, after «пятнадцать» or «пять»
    nothing, after «полтора» nothing (only a multiplier)."""
    if not _is_whole(value):
        return Decimal(0)
    v = int(value)
    if 10 <= v % 100 <= 19 or v % 10:
        return Decimal(1)
    return Decimal(100) if v % 100 == 0 else Decimal(10)


def _compose(run: list[tuple[int, int, _WordInfo]]) -> list[_Segment]:
    """Adjacent number words → numbers: «две тысячи триста сорок пять» → 2345;
    words that cannot continue a number start a new one («два три» → 2, 3)."""
    segments: list[_Segment] = []
    seg: _Segment | None = None
    total = cur = cap = mult_cap = Decimal(0)
    for start, end, info in run:
        v = info.value
        if info.multiplier and seg is not None and cur > 0 and v < mult_cap:
            total, cur, cap, mult_cap = total + cur * v, Decimal(0), v, v
        elif not info.multiplier and seg is not None and v < cap:
            cur, cap = cur + v, _cap_after(v)
        else:
            if seg is not None:
                seg.value = _tidy(total + cur)
                segments.append(seg)
            seg = _Segment(start, end, v, [], False)
            if info.multiplier:
                total, cur, cap, mult_cap = v, Decimal(0), v, v
            else:
                total, cur, cap, mult_cap = Decimal(0), v, _cap_after(v), Decimal("Infinity")
        seg.end = end
        seg.words.append(info)
        seg.has_multiplier = seg.has_multiplier or info.multiplier
    if seg is not None:
        seg.value = _tidy(total + cur)
        segments.append(seg)
    return segments


def _has_fraction(value: Decimal) -> bool:
    """Written with decimal places, even zero ones: 22380.00 yes, 6200 no."""
    exponent = value.as_tuple().exponent
    return isinstance(exponent, int) and exponent < 0


def _is_whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def _tidy(value: Decimal) -> Decimal:
    """6.2 × 1000 → 6200, not 6200.0: a scaled value keeps only the places it needs."""
    if _is_whole(value):
        return value.quantize(Decimal(1))
    return value.normalize()
