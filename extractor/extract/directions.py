"""Breakdowns by direction (направленность) written in prose and lists.

«из них: художественной направленности – 26», «1 445 обучающихся по программам
художественной направленности», «– техническая – 29 программ (1 466 детей)». The
direction word says which of the six; the measure (programs or students) comes from the
noun next to the number, else from the phrase that opens the breakdown («164 программ,
из них», «обучаются 10 923 детей, из них»), else from the list's lead-in or heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.catalogue import Unit, catalogue
from extractor.document import Document
from extractor.extract.context import foreign
from extractor.extract.figures import Candidate, Masked, make_candidate, mask, unit_fits
from extractor.extract.numbers import NumberMention
from extractor.extract.patterns import vocabulary
from extractor.normalise import fold
from extractor.segment import Unit as TextUnit
from extractor.segment import UnitKind


@dataclass(frozen=True)
class _Vocab:
    directions: dict[str, re.Pattern[str]]
    any_direction: re.Pattern[str]
    measures: dict[str, re.Pattern[str]]
    total: re.Pattern[str]


@cache
def _vocab() -> _Vocab:
    v = vocabulary("directions")
    directions = {k: str(p) for k, p in v["direction"].items()}  # type: ignore[union-attr]
    measures = {k: str(p) for k, p in v["measure"].items()}  # type: ignore[union-attr]
    return _Vocab(
        directions={k: re.compile(rf"\b(?:{p})") for k, p in directions.items()},
        any_direction=re.compile("|".join(rf"\b(?:{p})" for p in directions.values())),
        measures={k: re.compile(rf"\b(?:{p})") for k, p in measures.items()},
        total=re.compile(str(v["total"])),
    )


def direction_of(folded: str) -> str | None:
    """The single direction named in a short text (a table cell), or None."""
    found = {k for k, p in _vocab().directions.items() if p.search(folded)}
    return found.pop() if len(found) == 1 else None


def direction_pattern(name: str) -> re.Pattern[str]:
    return _vocab().directions[name]


def is_total(folded: str) -> bool:
    return bool(_vocab().total.search(folded))


def measure_pattern(measure: str) -> re.Pattern[str]:
    """The words that name `measure` («programs», «students»)."""
    return _vocab().measures[measure]


def measure_of_words(folded: str) -> str | None:
    """The measure named first in a short piece of text («программ…», «обучающихся…»)."""
    best: tuple[int, str] | None = None
    for name, p in _vocab().measures.items():
        m = p.search(folded)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), name)
    return best[1] if best else None


# «художественной направленности – 26», «…направленности, по которым занимаются 3 040
# детей», «естественно-научной – 702».
# «физкультурно-спортивные объединения: в них 2 034 ребёнка»: a colon may stand among
# the few words between a direction and its number.
_AFTER = re.compile(
    r"^(?:\s+направленност\w*)?(?:,?\s+(?:по|в|на)\s+(?:которы[мх]|ней|них))?"
    r"(?:\s*:?\s+(?!и\b|а\b)[\w-]+){0,3}?(?:,?\s*[–:—-])?\s*\(?\s*(?P<n>#+)"
)
_ASIDE = re.compile(r"\([^()#]*\)")
_AFTER_FAR = re.compile(r"^(?:\s+[\w-]+){1,6}?\s+(?P<n>#+)")
# Between two directions named together: «технической и туристско-краеведческой».
_JOINED = re.compile(r"\s*(?:,|и|или)\s*$")
_BEFORE = re.compile(r"(?P<n>#+)(?P<between>(?:\s+[\w-]+){0,5}?)\s+$")
# «– художественная – 61 программа (2 480 обучающихся)»: a second figure in brackets
# right after the first one counts the other measure.
_BRACKETED = re.compile(r"^\s*(?:[\w.-]+\s+){0,2}?\(\s*(?P<n>#+)")
_OTHER_MEASURE = {"programs": "students", "students": "programs"}


def _measure_after_number(masked: Masked, end: int) -> str | None:
    """The measure of the noun right after a number (up to three words later)."""
    tail = masked.masked[end : end + 60]
    # within the number's clause: «4 спортивные школы; программы реализуют …» counts schools;
    # a bracket holds another number's noun («118 (4 902 обучающихся)»)
    words = re.findall(r"[\w.]+", re.split(r"[,;:(]|\.\s", tail)[0])[:3]
    for w in words:
        m = measure_of_words(w)
        if m:
            return m
    return None


def _measure_of_head(masked: Masked, upto: int) -> str | None:
    """The measure of the phrase that opens a breakdown, before position `upto`."""
    head = masked.masked[:upto]
    numbers = [m for m in re.finditer(r"#+", head)]
    for n in reversed(numbers):
        m = _measure_after_number(masked, n.end())
        if m:
            return m
    return measure_of_words(masked.folded[:upto])


def _pairs(masked: Masked) -> list[tuple[str, int, int]]:
    """(direction, number start, direction start) for every direction with a number."""
    v = _vocab()
    out = []
    previous_end: int | None = None
    # «социально-гуманитарной (прежнее название — социально-педагогическая) — 38»: an
    # aside in brackets with no number in it is passed over, as a reader does.
    text = _ASIDE.sub(lambda m: " " * len(m.group(0)), masked.masked)
    for d in v.any_direction.finditer(text):
        name = direction_of(d.group(0))
        joined = previous_end is not None and _JOINED.match(text[previous_end : d.start()])
        previous_end = d.end()
        if name is None:
            continue
        if joined:
            # «технической и туристско-краеведческой — 30»: one number for two
            # directions is neither's
            continue
        before = _BEFORE.search(text[: d.start()])
        # «26 программ художественной…»: only when the number counts a measure noun
        # itself, so that «в 4 учреждениях технической направленности» or «60 новых мест
        # … детей технической направленности» is not read as a breakdown.
        if (
            before
            and not v.any_direction.search(before.group("between"))
            and _measure_after_number(masked, before.end("n"))
        ):
            out.append((name, before.start("n"), d.start()))
            continue
        after = _AFTER.search(text[d.end() :])
        if after and not v.any_direction.search(after.group(0)):
            out.append((name, d.end() + after.start("n"), d.start()))
            continue
        # «Техническим творчеством в 2024 году занимались 9 480 ребят»: further words
        # between, when the number counts a measure noun itself
        far = _AFTER_FAR.search(text[d.end() :])
        if (
            far
            and not v.any_direction.search(far.group(0))
            and _measure_after_number(masked, d.end() + far.end("n"))
        ):
            out.append((name, d.end() + far.start("n"), d.start()))
    return out


# «Таких программ 27, и занимаются по ним 540 ребят»: the numbers of a sentence that
# points back at what the sentence before named.
_SENTENCE_BREAK = re.compile(r"(?<!\bг)(?<!\bул)[.!?…]\s+")  # over folded text
_ANAPHORA = re.compile(r"\b(?:таких|таковых|этих|по ним|в них|на них|среди них)\b")


def _anaphora_pairs(masked: Masked, before: str | None) -> list[tuple[str, int, int]]:
    """Pairs for the numbers after a word that points back («таких», «по ним») at one
    direction: named earlier in the same sentence («программ технической направленности
    уже 22, занимаются по ним 612 ребят»), or — in a sentence naming none — in the
    sentence before it (in this unit, or the unit before) when that one gives no number
    («Вы удивитесь, но социально-гуманитарное: … Таких программ 27, и занимаются по ним
    540 ребят»)."""
    if not _ANAPHORA.search(masked.folded):
        return []
    starts = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(masked.masked))]
    spans = list(zip(starts, [*starts[1:], len(masked.masked)], strict=True))
    out: list[tuple[str, int, int]] = []
    for k, (start, end) in enumerate(spans):
        pointer = _ANAPHORA.search(masked.folded, start, end)
        if pointer is None:
            continue
        here = masked.masked[start : pointer.start()]
        if _vocab().any_direction.search(masked.masked[start:end]):
            said, first = here, pointer.start()
        else:
            said = masked.masked[slice(*spans[k - 1])] if k else ""
            if not k and before:
                said = mask(before).masked
            if "#" in said:
                continue
            first = start
        named = {direction_of(d.group(0)) for d in _vocab().any_direction.finditer(said)}
        named.discard(None)
        if len(named) != 1:
            continue
        direction = named.pop()
        assert direction is not None
        out.extend((direction, n, n) for n in sorted(masked.numbers) if first <= n < end)
    return out


def extract_directions(doc: Document, units: list[TextUnit], year: int | None) -> list[Candidate]:
    out: list[Candidate] = []
    cat = catalogue()
    said: str | None = None  # the sentence before, in the same block
    said_block = -1
    for u in units:
        if u.kind is UnitKind.table_row:
            continue
        before_this = said if said_block == u.block else None
        said, said_block = u.text, u.block
        masked = mask(u.text)
        if not masked.numbers:
            continue
        pairs = _pairs(masked)
        paired = {p[1] for p in pairs}
        pairs += [p for p in _anaphora_pairs(masked, before_this) if p[1] not in paired]
        if not pairs:
            continue
        leadin = fold(u.leadin) if u.leadin else None
        first_direction = min(p[2] for p in pairs)
        found: list[tuple[str, NumberMention]] = []
        previous: str | None = (
            None  # «…выбрали 2 711 обучающихся, социально-педагогическую – 1 566»
        )
        for direction, n_start, _ in pairs:
            mention = masked.numbers.get(n_start)
            if mention is None:
                continue
            measure = (
                _measure_after_number(masked, mention.end)
                or previous
                or _measure_of_head(masked, first_direction)
                or (_measure_of_head(mask(u.leadin), len(u.leadin)) if u.leadin else None)
                or (measure_of_words(fold(u.heading)) if u.heading else None)
                # «Программ в районе 512. Больше всего художественных – 141; …»
                or (measure_of_words(fold(before_this)) if before_this else None)
            )
            if measure is None:
                continue
            previous = measure
            found.append((f"{measure}_{direction}", mention))
            bracket = _BRACKETED.match(masked.masked[mention.end :])
            second = masked.numbers.get(mention.end + bracket.start("n")) if bracket else None
            if second is not None:
                other = _measure_after_number(masked, second.end) or _OTHER_MEASURE[measure]
                if other != measure:
                    found.append((f"{other}_{direction}", second))
        for key, mention in found:
            if not unit_fits(mention, cat.get(key).unit) or mention.unit == "percent":
                continue
            heading = fold(u.heading) if u.heading else None
            if foreign(masked.folded, mention.start, mention.end, year, leadin, heading):
                continue
            # A number tied to a direction is more specific than a total read by the
            # ordinary rules from the same words («занимаются 3 040 детей»): priority 1.
            out.append(
                make_candidate(
                    doc,
                    key,
                    mention,
                    priority=1,
                    block=u.block,
                    quote_start=u.start,
                    quote_end=u.end,
                    offset=u.start,
                    rule=f"directions.{'list' if u.kind is UnitKind.list_item else 'prose'}",
                    location=u.location,
                )
            )
    return out


__all__ = ["Unit", "direction_of", "extract_directions", "is_total", "measure_of_words"]
