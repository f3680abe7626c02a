"""Concepts: a count read by the dictionary forms of its clause's words.

The figure rules (rules/figures) match wordings; a report written by someone else says
the same thing in other words and another order. A concept (rules/concepts.toml) names a
key by the kind of thing its number counts (rules/counted.toml) and the words its clause
must and must not hold, as lemmas, so «Педагогам – 5 семинаров, 110 участников» reads as
five events for teachers and their 110 participants without a pattern for that wording.
Only numbers no rule read are asked, and a number two concepts claim stays unread.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, Field

from extractor.extract.counted import counted_noun, kind_of, kinds, lemma_of
from extractor.extract.numbers import NumberMention
from extractor.extract.patterns import Example, vocabulary

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Where a number's clause starts: its sentence's start or the last «;» or «:» before it
# («Учреждений … у нас семь: два дома творчества, три спортивные школы»: the parts after
# the colon are no organisations of supplementary education by those words).
_CLAUSE_START = re.compile(r"[;:]")
# A number given after its label and a dash or colon («в реестре – 13»).
_LABEL_BEFORE = re.compile(r"[–—:-]\s*$")
# The name of the field, «(дополнительное) образование детей», names no audience: its
# «детей» is not the pupils an event was for.
_FIELD_NAME = re.compile(r"образовани\w*\s+дет\w*")


class Concept(BaseModel):
    key: str
    counts: list[str]
    all_of: list[list[str]] = Field(default_factory=list)
    none_of: list[str] = Field(default_factory=list)
    # words that must not stand anywhere in the clause, not only in the number's stretch
    clause_none_of: list[str] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    counter_examples: list[str] = Field(default_factory=list)

    @property
    def id(self) -> str:
        return f"concept.{self.key}"


class _Compiled(BaseModel):
    concept: Concept
    all_of: list[frozenset[str]]
    none_of: frozenset[str]
    clause_none_of: frozenset[str]


@cache
def concepts() -> tuple[Concept, ...]:
    return tuple(Concept(**c) for c in vocabulary("concepts")["concept"])  # type: ignore[union-attr]


@cache
def _compiled() -> tuple[_Compiled, ...]:
    groups = vocabulary("concepts")["group"]
    assert isinstance(groups, dict)
    by_kind = kinds()

    def expand(words: list[str]) -> frozenset[str]:
        out: set[str] = set()
        for w in words:
            if w.startswith("@"):
                name = w[1:]
                out |= expand(groups[name]) if name in groups else set(by_kind[name])
            else:
                out.add(w)
        return frozenset(out)

    return tuple(
        _Compiled(
            concept=c,
            all_of=[expand(g) for g in c.all_of],
            none_of=expand(c.none_of),
            clause_none_of=expand(c.clause_none_of),
        )
        for c in concepts()
    )


def read_concepts(
    text: str,
    masked: str,
    numbers: dict[int, NumberMention],
    unread: list[NumberMention],
    asked: str | None = None,
    before: str | None = None,
) -> list[tuple[Concept, NumberMention]]:
    """The concept each unread count holds, when exactly one key's does. `masked` is
    `text` with its numbers masked (figures.Masked), `numbers` all its numbers by start;
    `asked`, the question the text answers («– Сколько детей занимается в кружках?» before
    «– По итогам 2024 года – 2 140 человек»), lends its words and its noun; `before`,
    the sentence before `text`, lends its words when `text` opens by pointing back at it
    («Их посетили 1 130 родителей»)."""
    out: list[tuple[Concept, NumberMention]] = []
    starts = sorted(numbers)
    question: set[str] = set()
    if asked and asked.rstrip().endswith("?"):
        question = {lemma_of(w.group(0)) for w in _WORD.finditer(_FIELD_NAME.sub(" ", asked))}
    asked_kinds = {k for k in (kind_of(w) for w in question) if k is not None}
    for mention in unread:
        kind = kind_of(counted_noun(text, mention.end)) or _kind_before(text, mention)
        if kind is None and len(asked_kinds) == 1:
            kind = next(iter(asked_kinds))
        if kind is None:
            continue  # a number that counts nothing a concept knows
        left = _clause_start(masked, mention.start)
        after = [s for s in starts if s > mention.start]
        right = after[0] if after else len(text)
        semi = masked.find(";", mention.end)
        if 0 <= semi < right:
            right = semi
        if _LABEL_BEFORE.search(text, 0, mention.start):
            # «организаций – 5, в реестре поставщиков – 13»: the words after 5 are 13's
            right = min(right, mention.unit_end or mention.end)
        clause = _FIELD_NAME.sub(" ", masked[left:right])
        lemmas = {lemma_of(w.group(0)) for w in _WORD.finditer(clause)} | question
        antecedent = _antecedent(masked, mention.start, before)
        lemmas |= antecedent
        # what a concept must not hold is looked for in the number's own stretch, from
        # the number before it: «Номинал – 9 400 рублей, выдали мы 1 960 сертификатов»
        ends_before = [numbers[s].end for s in starts if s < mention.start]
        # (from the sentence's or the «;»'s start, colons aside: «Порадовали технические
        # программы: их стало 14» is no count of all programmes)
        semicolon = max((m.end() for m in re.finditer(";", masked[: mention.start])), default=0)
        own_start = max([semicolon, *ends_before])
        # (a comma after the number's words ends its own stretch: «открыто 318 программ,
        # по каждой направленности – не менее 20» — the directions are the 20's)
        comma = masked.find(",", mention.end)
        own_end = comma if 0 <= comma < right else right
        own = {
            lemma_of(w.group(0))
            for w in _WORD.finditer(_FIELD_NAME.sub(" ", masked[own_start:own_end]))
        } | antecedent  # («их» stands for the events of the sentence before)
        held = [
            c.concept
            for c in _compiled()
            if kind in c.concept.counts
            and all(lemmas & g for g in c.all_of)
            and not own & c.none_of
            and not lemmas & c.clause_none_of
        ]
        if len({c.key for c in held}) > 1:
            # the concept whose words stand in the number's own stretch, if one does:
            # «Выдали мы 5 402 сертификата, а учатся по ним 3 376 детей» – 3 376 study
            compiled = {id(c.concept): c for c in _compiled()}
            held = [c for c in held if all(own & g for g in compiled[id(c)].all_of)]
        if len({c.key for c in held}) == 1:
            out.append((held[0], mention))
    return out


# A sentence that opens by pointing back: «Их посетили 1 130 родителей» (the events of
# the sentence before), «На них пришли …», «В них занимаются …».
_POINTS_BACK = re.compile(r"^\W*(?:их|на них|в них|по ним|эти\w*|таких)\b")
_SENTENCE = re.compile(r"[.!?…]\s+")


def _antecedent(masked: str, start: int, before: str | None) -> set[str]:
    """The dictionary forms of the sentence before, when the number's sentence opens by
    pointing back at it; else none."""
    stops = [0, *(m.end() for m in _SENTENCE.finditer(masked, 0, start))]
    if not _POINTS_BACK.match(masked[stops[-1] : start]):
        return set()
    if len(stops) > 1:
        said = masked[stops[-2] : stops[-1]]
    elif before is not None:
        said = _SENTENCE.split(before.lower().rstrip())[-1]  # its last sentence
    else:
        return set()
    return {lemma_of(w.group(0)) for w in _WORD.finditer(_FIELD_NAME.sub(" ", said))}


def _clause_start(masked: str, start: int) -> int:
    """Where the clause of the number at `start` begins: after the last «;» or «:» before
    it, unless what stands before that colon is a short label that says whom the figures
    after it are for («Педагогам: 22 мероприятия / 614 участников»)."""
    marks = list(_CLAUSE_START.finditer(masked, 0, start))
    if not marks:
        return 0
    last = marks[-1]
    if last.group(0) == ":":
        before = masked[marks[-2].end() if len(marks) > 1 else 0 : last.start()]
        if len(_WORD.findall(before)) <= 2 and not re.search(r"[#\d]", before):
            return marks[-2].end() if len(marks) > 1 else 0
    return last.end()


def _kind_before(text: str, mention: NumberMention) -> str | None:
    """The kind of a noun right before a number that ends its clause: «Программ ровно
    сто пятьдесят»."""
    rest = re.split(r"[.,:;!?]", text[mention.unit_end or mention.end :][:40])[0]
    if _WORD.search(rest) or re.search(r"[()«»\"]", rest):
        return None
    before = re.split(r"[()«»\".;!?]", text[max(0, mention.start - 80) : mention.start])[-1]
    for w in reversed(list(_WORD.finditer(before))[-5:]):
        kind = kind_of(lemma_of(w.group(0)))
        if kind is not None:
            return kind
    return None
