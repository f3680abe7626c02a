"""What a number counts: the noun written after it, by its dictionary form.

«2 250 участников мероприятий» counts people, not events; «в 5 конкурсах приняли участие
46 педагогов» gives five contests and 46 teachers. rules/counted.toml sorts nouns into
kinds and says which kinds each count indicator takes; a rule's match whose number counts
something of another kind is no reading of that indicator.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extractor.extract.patterns import vocabulary
from extractor.morph import analyzer

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S")
# Adjectives and participles may stand between a number and its noun («2 410 активных
# сертификатов», «127 дополнительных общеобразовательных программ»); no more than these.
_MAX_MODIFIERS = 3
_MODIFIERS = {"ADJF", "PRTF", "ADJS"}
# Scale words a number carries («2,6 тыс. детей»): the noun comes after them.
_SCALES = {"тысяча", "тыс", "млн", "миллион"}


@cache
def _kinds() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    v = vocabulary("counted")
    kind = v["kind"]
    counts = v["counts"]
    assert isinstance(kind, dict) and isinstance(counts, dict)
    by_noun = {noun: name for name, nouns in kind.items() for noun in nouns}
    return by_noun, {key: frozenset(kinds) for key, kinds in counts.items()}


@lru_cache(maxsize=4096)
def _parse(word: str) -> tuple[str, str | None]:
    p = analyzer().parse(word)[0]
    return p.normal_form.replace("ё", "е"), p.tag.POS


def counted_noun(text: str, end: int) -> str | None:
    """The dictionary form of the noun the number ending at `end` (the digits or words of
    the number itself, before any unit) counts, or None when the words after it are no
    noun phrase (a dash, a comma, «из», another number)."""
    found = _noun(text, end)
    return found[0] if found else None


def noun_start(text: str, end: int) -> int | None:
    """Where the words that say what the number ending at `end` counts begin: its first
    modifier or its noun («2 250 | участников», «2,6 тыс. | детей»)."""
    found = _noun(text, end)
    return found[1] if found else None


def _noun(text: str, end: int) -> tuple[str, int] | None:
    by_noun, _ = _kinds()
    modifiers = 0
    start: int | None = None
    for m in _WORD.finditer(text, end, min(len(text), end + 80)):
        word = m.group(0)
        if word == ".":
            continue  # «тыс.»
        if not word[0].isalpha():
            return None
        lemma, pos = _parse(word.lower())
        if lemma in _SCALES:
            continue
        if start is None:
            start = m.start()
        if lemma in by_noun or pos == "NOUN":
            return lemma, start
        modifiers += 1
        if pos not in _MODIFIERS or modifiers > _MAX_MODIFIERS:
            return None
    return None


def lemma_of(word: str) -> str:
    """A word's dictionary form (ё written е)."""
    return _parse(word.lower())[0]


def kinds() -> dict[str, list[str]]:
    """Each kind of thing with the dictionary forms of its nouns."""
    out: dict[str, list[str]] = {}
    for noun, name in _kinds()[0].items():
        out.setdefault(name, []).append(noun)
    return out


def kind_of(noun: str | None) -> str | None:
    return _kinds()[0].get(noun) if noun else None


def counts_fit(key: str, text: str, end: int) -> bool:
    """Whether the number ending at `end` can be a value of `key` by what it counts: its
    noun is of a kind the key takes, or of no known kind."""
    takes = _kinds()[1].get(key)
    if takes is None:
        return True
    kind = kind_of(counted_noun(text, end))
    return kind is None or kind in takes
