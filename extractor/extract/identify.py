"""The identity of a report: its municipality, its region and the year it covers.

Municipality. Every place name in the document becomes a *mention*: found by patterns
(«Троицкого городского округа», «Аксайского района», «г. Батайск», «городской округ
Троицк», «ЗАТО …»), and by natasha's NER (LOC spans, normalised: «Батайска» → «Батайск»).
A mention's keys (see `extractor.gazetteer`) select table rows; each row collects the
mention's weight times how well the mention's type word fits the row («городской округ»
fits an okrug, not a district). Weights favour the title and the first blocks, and fall
to almost nothing in sentences about other municipalities' experience («выездная встреча
в МОЦ Аксайского района», «опыт Аксайского района»). Regions the text names (and places
that belong to one region only) multiply the rows of that region. The best row wins unless
another row of a different place or region scores close to it: then nothing is chosen
and `ambiguous` lists the candidates. Rows of one name in one region (Троицкий ГО and
Троицкий район) are tie-broken by score, then by the population of their main city.

Region. The chosen row's region (quoted from the text when the text names it, else taken
from the table); with no row, the region all candidates share, else the one the text names
most; else none.

Year. Year expressions are weighed by form and place: «за 2024 год» (strong), «2024-2025
учебный год» (counts for 2025, the calendar year in which the academic year ends and the
report is written), «в 2024 году» in the narrative, «2024 год» elsewhere, a table's year
columns (the latest), a report date («26.11.2024»; «на 01.01.2025» counts for 2024).
Years in sentences of plans («в 2025 году станут», «планируется»), targets («к 2030
году») and decree dates («от 22.02.2023 № 461») do not count; a foundation year («создан
в 2023 году») counts a tenth. Title evidence is worth four times body evidence. The
forms, their weights and the words that disqualify a year are in rules/period.toml.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from pydantic import BaseModel, Field

from extractor.document import Block, BlockKind, Document, Part
from extractor.extract.patterns import vocabulary, year_in_words
from extractor.extract.table_model import ColumnRole, RowRole, interpret
from extractor.gazetteer import (
    Gazetteer,
    Kind,
    Match,
    Municipality,
    RegionHit,
    gazetteer,
    is_adjective,
    phrase_forms,
    phrase_keys,
    regions,
    town_form,
)
from extractor.normalise import fold, one_line


class Evidence(BaseModel):
    field: str  # "municipality" | "region" | "year"
    value: str
    quote: str  # the sentence (or table row) that says it
    block: int  # index in Document.blocks
    start: int  # span of the matched words in Document.text
    end: int
    rule: str


class NamedPlace(BaseModel):
    """A municipality the text names, and where: what tells a report of one place from a
    summary over several (extract/document_kind.py)."""

    oktmo: str
    label: str
    region: str
    blocks: list[int]  # the blocks naming it, in document order
    foreign: bool  # named only in sentences about another place's experience


class Identity(BaseModel):
    municipality: str | None = None
    region: str | None = None
    year: int | None = None
    oktmo: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    ambiguous: list[str] = Field(default_factory=list)  # candidates when unresolved
    named: list[NamedPlace] = Field(default_factory=list)
    # the calendar year of the paper's own date («12 января 2024 года», «26.11.2024»),
    # when it has one: a paper of January 2024 on 2023 says «в прошлом году» of 2023
    written: int | None = None


def identify(doc: Document) -> Identity:
    ctx = _Context(doc)
    identity = Identity()
    _identify_place(ctx, identity)
    _identify_year(ctx, identity)
    return identity


# --------------------------------------------------------------------- context

_NER_LIMIT = 40_000  # characters given to NER: the identity is stated early in a report
_TITLE_W, _LEAD_W, _HEADER_W, _HEADING_W, _BODY_W = 4.0, 2.5, 2.5, 1.5, 1.0


class _Context:
    """A document with the per-block facts every rule needs: weights and sentences."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.starts = [b.start for b in doc.blocks]
        self.weights = _position_weights(doc.blocks)
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self._regions: list[list[RegionHit]] | None = None

    def region_hits(self) -> list[list[RegionHit]]:
        """Subjects named in each block (offsets within the block)."""
        if self._regions is None:
            reg = regions()
            self._regions = [reg.find(b.text) for b in self.doc.blocks]
        return self._regions

    def block_at(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def sentence(self, block: int, start: int) -> tuple[int, int]:
        """The absolute span of the sentence (a table's row) holding `start`."""
        spans = self._sentences.get(block)
        if spans is None:
            spans = self._sentences[block] = _sentence_spans(self.doc.blocks[block])
        for s, e in spans:
            if s <= start < e:
                return s, e
        b = self.doc.blocks[block]
        return b.start, b.end

    def quote(self, block: int, start: int) -> str:
        s, e = self.sentence(block, start)
        return one_line(self.doc.text[s:e])

    def sentence_folded(self, block: int, start: int) -> str:
        s, e = self.sentence(block, start)
        return fold(self.doc.text[s:e])


# A block quoted from an earlier e-mail («> Направляем показатели … за 2024 год»).
_QUOTED_FACTOR = 0.3
# A reference list: «Челябинск : ЧИППКРО, 2023» is where a book was printed.
_CITED_FACTOR = 0.05
# A letterhead's address: a district's administration often sits in a town that is a
# municipality of its own («АДМИНИСТРАЦИЯ … «МЕЛЕКЕССКИЙ РАЙОН» … г. Димитровград, ул. …»).
_ADDRESS_FACTOR = 0.3


def _position_weights(blocks: list[Block]) -> list[float]:
    out = []
    rank = 0
    references = re.compile(str(vocabulary("document")["references"]))
    cited = False  # past a «Список литературы»: the places there are of the works cited
    for b in blocks:
        cited = cited or (len(b.text) < 60 and bool(references.search(fold(b.text))))
        if cited:
            out.append(_BODY_W * _CITED_FACTOR)
            continue
        if b.part is Part.header:
            out.append(_HEADER_W)
            continue
        if b.part is Part.footer:
            out.append(_BODY_W)
            continue
        if rank == 0:
            w = _TITLE_W
        elif rank <= 2:
            w = _LEAD_W
        elif b.kind is BlockKind.heading:
            w = _HEADING_W
        else:
            w = _BODY_W
        if b.text.lstrip().startswith(">"):
            w *= _QUOTED_FACTOR  # a quoted e-mail: an earlier message, often another period
        out.append(w)
        rank += 1
    return out


def _sentence_spans(block: Block) -> list[tuple[int, int]]:
    if block.kind is BlockKind.table:
        spans, pos = [], block.start
        for line in block.text.split("\n"):
            spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        return spans
    import razdel

    return [(block.start + s.start, block.start + s.stop) for s in razdel.sentenize(block.text)]


# -------------------------------------------------------------------- mentions

_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]*)*"
_NAMES = rf"{_NAME}(?:\s+{_NAME})?"
_GO = r"(?i:городск(?:ой|ого|ому|им|ом)\s+округ(?:а|е|у|ом)?)"
_MR = r"(?i:муниципальн(?:ый|ого|ому|ым|ом)\s+район(?:а|е|у|ом)?)"
_MO = r"(?i:муниципальн(?:ый|ого|ому|ым|ом)\s+округ(?:а|е|у|ом)?)"
_RAION = r"(?i:район(?:а|е|у|ом)?)"
_CITY = r"(?:(?i:город(?:а|е|у|ом)?(?:-(?:курорт|геро)\w*)?)(?=\s)|г\.|гор\.)"
_ZATO = r"(?:ЗАТО(?:\s+(?i:город|г\.|пос[её]лок|пос\.|п\.|рабочий\s+пос[её]лок))?)"
# «Троицкого городского округа», «Аксайского района», «Троицком ГО», «Шпаковского МО»
_NAME_TYPE = re.compile(
    rf"(?<![\w-])(?P<name>{_NAMES})\s+(?P<type>{_GO}|{_MO}|{_MR}|{_RAION}|ГО|МР|МО|ЗАТО)(?![\w-])"
)
# «городской округ Троицк», «города Батайска», «г. Аксай», «ЗАТО Озерный», «муниципального
# образования «Город Батайск»» (the quoted name is matched by the same rule)
_TYPE_NAME = re.compile(
    rf"(?<![\w-])(?P<type>{_GO}|{_MO}|{_MR}|{_ZATO}|{_CITY})\s*«?(?P<name>{_NAMES})(?![\w-])"
)
# «МОЦ Юрга», «группу "МОЦ Юрга — отчёт 2024"»: a centre called by its place
_CENTRE_NAME = re.compile(rf"(?<![\w-])(?:МОЦ|РМЦ)\s+[«\"]?(?P<type>)(?P<name>{_NAMES})(?![\w-])")
_HINTS = (
    ("го", re.compile(r"городск|^го$|^зато\b", re.IGNORECASE)),
    ("мо", re.compile(r"муниципальн\w*\s+округ|^мо$", re.IGNORECASE)),
    ("район", re.compile(r"район|^мр$", re.IGNORECASE)),
    ("город", re.compile(r"^(?:город\w*|г\.|гор\.)$", re.IGNORECASE)),
)
_TYPE_WORDS_IN_SPAN = re.compile(
    r"\b(?:городск\w+\s+округ\w*|муниципальн\w+\s+(?:район|округ)\w*|район\w*|город\w*|"
    r"ГО|МР|ЗАТО)\b",
    re.IGNORECASE,
)
# Right before a name: «опыт(а) …», «в МОЦ …», «коллеги из …» (folded text).
_FOREIGN_NEAR = re.compile(
    r"(?:опыт\w*(?:\s+работы)?|(?<!\w)(?:в|во|из|с|у)\s+моц|коллег\w*(?:\s+из)?|"
    r"посетил\w*|посещени\w*)\s*(?:моц\s*)?$"
)
# Anywhere in the sentence: a visit or an exchange with somebody else, a neighbour
# («у соседей в Заинском районе охват выше»), a figure given to compare with.
_FOREIGN_SENTENCE = re.compile(
    r"выездн|обмен\w*\s+опытом|делегаци|стажировк|в\s+гостях|перенят|по\s+приглашению|"
    r"сосед\w*|для\s+сравнения|гост(?:ей|и|ям|ями)\b|т[её]зк\w*|поделил\w*\s+опытом|"
    r"преемственност\w*\s+(?:\w+\s+)?опыт|изучени\w*\s+опыт"
)
_MOC_NEAR = re.compile(
    r"(?:моц|опорн\w+\s+центр\w*(?:\s+дополнительного\s+образования(?:\s+детей)?)?)\s*$"
)
_FOREIGN_FACTOR = 0.15


@dataclass
class _Mention:
    block: int
    start: int  # absolute span in Document.text
    end: int
    hint: str | None  # "го" | "район" | "мо" | "город" | None
    adjective: bool
    matches: list[Match]
    forms: set[str]  # normal forms of the name words («дзержинск»), for exact town names
    rule: str
    weight: float
    foreign: bool


def _hint(type_text: str | None) -> str | None:
    if not type_text:
        return None
    t = " ".join(type_text.split())
    for name, rx in _HINTS:
        if rx.search(t):
            return name
    return None


def _lookup(gaz: Gazetteer, name: str, from_end: bool) -> tuple[list[Match], int, int]:
    """Rows for the longest run of name words that matches («Белая Калитва» before one
    word), with the run's span inside `name`: the word next to the type word is kept."""
    words = list(re.finditer(r"\S+", name))
    runs = [(0, len(name))]
    if len(words) > 1:
        w = words[-1] if from_end else words[0]
        runs.append((w.start(), w.end()))
    for s, e in runs:
        found = gaz.lookup(phrase_keys(name[s:e]))
        if found:
            return found, s, e
    return [], 0, 0


def _pattern_mentions(ctx: _Context, gaz: Gazetteer) -> list[_Mention]:
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for i, b in enumerate(ctx.doc.blocks):
        text = b.text
        if text.isupper():  # «МОЦ ТРОИЦКОГО ГОРОДСКОГО ОКРУГА»: names need their capitals
            titled = text.title()
            text = titled if len(titled) == len(text) else text
        for m, from_end, rule, found, s, e in _typed_places(text, gaz):
            name_at = m.start("name")
            # The span runs from the type word to the name words used, or back.
            start = b.start + (name_at + s if from_end else m.start())
            end = b.start + (m.end() if from_end else name_at + e)
            if _overlaps(start, end, taken):
                continue  # one place per stretch of text: the first rule's reading
            taken.append((start, end))
            name = m.group("name")[s:e]
            hint = _hint(m.group("type"))
            out.append(_make_mention(ctx, i, start, end, hint, name, found, f"pattern.{rule}"))
    return out


def _typed_places(
    text: str, gaz: Gazetteer
) -> Iterator[tuple[re.Match[str], bool, str, list[Match], int, int]]:
    """Places `text` names by a type word and a name («Троицкого городского округа»,
    «городской округ Кинешма»): the match, whether the name ends at the type word, the
    rule, the gazetteer's rows and the span of the name words they were found by."""
    for rx, from_end, rule in (
        (_NAME_TYPE, True, "name+type"),
        (_TYPE_NAME, False, "type+name"),
        (_CENTRE_NAME, False, "centre+name"),
    ):
        for m in rx.finditer(text):
            found, s, e = _lookup(gaz, m.group("name"), from_end)
            if found:
                yield m, from_end, rule, found, s, e


def _ner_mentions(ctx: _Context, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[_Mention]:
    from extractor.morph import natasha

    nat = natasha()
    ndoc = nat.ner_doc(ctx.doc.text[:_NER_LIMIT])
    spans = [s for s in ndoc.spans if s.type == "LOC" and not _overlaps(s.start, s.stop, taken)]
    _tag_morph(nat, ndoc, spans)
    out = []
    for span in spans:
        span.normalize(nat.morph_vocab)
        keys = list(dict.fromkeys(phrase_keys(span.text) + phrase_keys(span.normal or "")))
        found = gaz.lookup(keys)
        if not found:
            continue
        block = ctx.block_at(span.start)
        type_word = _TYPE_WORDS_IN_SPAN.search(span.text)
        name = _TYPE_WORDS_IN_SPAN.sub(" ", span.text).strip() or span.text
        out.append(
            _make_mention(
                ctx,
                block,
                span.start,
                span.stop,
                _hint(type_word.group(0) if type_word else None),
                name,
                found,
                "ner.loc",
                frozenset({town_form(span.normal)} if span.normal else ()),
            )
        )
    return out


def _tag_morph(nat: Any, ndoc: Any, spans: list[Any]) -> None:
    """Morphology for the sentences holding `spans` only: normalising needs it, and
    tagging the whole text would cost more than NER itself."""
    from natasha.doc import inject_morph, sent_words

    sents = [s for s in ndoc.sents if any(s.start <= sp.start < s.stop for sp in spans)]
    markups = list(nat.morph_tagger.map([sent_words(s) for s in sents]))
    for sent, markup in zip(sents, markups, strict=True):
        inject_morph(sent.tokens, markup.tokens)


def _make_mention(
    ctx: _Context,
    block: int,
    start: int,
    end: int,
    hint: str | None,
    name: str,
    found: list[Match],
    rule: str,
    extra_forms: frozenset[str] = frozenset(),
) -> _Mention:
    s, _ = ctx.sentence(block, start)
    before = fold(ctx.doc.text[max(s, start - 60) : start])
    foreign = bool(
        _FOREIGN_NEAR.search(before)
        or _FOREIGN_SENTENCE.search(ctx.sentence_folded(block, start))
        or _FOREIGN_SENTENCE.search(_question_before(ctx.doc.text, s))
    )
    weight = ctx.weights[block] * (1.5 if hint else 1.0)
    if address_line().search(fold(ctx.doc.text[s : ctx.sentence(block, start)[1]])):
        weight *= _ADDRESS_FACTOR
        rule += "+address"
    if foreign:
        weight *= _FOREIGN_FACTOR
        rule += "+foreign"
    elif _MOC_NEAR.search(before):
        weight *= 1.5
        rule += "+moc"
    return _Mention(
        block=block,
        start=start,
        end=end,
        hint=hint,
        adjective=_adjective_name(name),
        matches=found,
        forms=phrase_forms(name) | extra_forms,
        rule=rule,
        weight=weight,
        foreign=foreign,
    )


@cache
def address_line() -> re.Pattern[str]:
    """A letterhead's address (rules/document.toml `address`), over folded text."""
    return re.compile(str(vocabulary("document")["address"]))


def _question_before(text: str, start: int) -> str:
    """The question right before the sentence at `start`, folded, or "": an answer
    («– В Заинском районе – 85,2 процента») speaks of what its question asked («– Говорят,
    у соседей в Заинском районе охват ещё выше?»)."""
    before = text[max(0, start - 300) : start].rstrip(" \t\n–—-")
    if not before.endswith("?"):
        return ""
    return fold(re.split(r"[.!?…]\s", before[:-1])[-1])


def _adjective_name(name: str) -> bool:
    """«Троицкий», «Кинешемского»: a name whose last word reads as an adjective."""
    words = name.split()
    return bool(words) and is_adjective(words[-1])


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def names_other_place(text: str, own: str | None) -> bool:
    """Whether `text` (a clause, as written) names a municipality by a type word and a
    name («в городском округе Кинешма», «по Парабельскому району») whose best reading
    is not `own` (the report's OKTMO): its figure is that place's, not the report's.
    False when the clause names the report's own municipality as well."""
    if not own:
        return False
    gaz = gazetteer()
    other = False
    for m, _, _, found, s, e in _typed_places(text, gaz):
        name = m.group("name")[s:e]
        # read as identity reads a mention, its place in the text aside
        probe = _Mention(
            block=0,
            start=0,
            end=0,
            hint=_hint(m.group("type")),
            adjective=_adjective_name(name),
            matches=found,
            forms=phrase_forms(name),
            rule="",
            weight=1.0,
            foreign=False,
        )
        fits = [(_fit(probe, match, gaz), match.row.oktmo) for match in found]
        best = max(f for f, _ in fits)
        if own in {oktmo for f, oktmo in fits if f == best}:
            return False  # the report's own place named too: its figure, or in doubt
        other = True
    return other


# ----------------------------------------------------------------------- scoring


def _fit(m: _Mention, match: Match, gaz: Gazetteer) -> float:
    """How well a mention's type word and form fit a row (1 = exactly its kind, or a
    kind it had before: «Чайковский район» is the «городской округ Чайковский» now)."""
    row = match.row
    kind = row.type_word
    district_like = kind in (Kind.district, Kind.municipal) or Kind.district in row.former
    if m.hint == "го":
        if kind is Kind.okrug or Kind.okrug in row.former:
            # «Троицкий городской округ» is Chelyabinsk's okrug, not Moscow's «городской
            # округ Троицк»: an adjective form fits an inner-city unit only half.
            return 0.5 if row.kind is Kind.inner and m.adjective else 1.0
        if row.kind is Kind.inner:
            return 0.3
        # «Вышневолоцкий городской округ»: districts become okrugs, keeping their name
        # (a municipal okrug is often called an urban one); an okrug of that name, where
        # there is one, fits better still
        return 0.6 if m.adjective and district_like else 0.15
    if m.hint == "район":
        if kind is Kind.district or Kind.district in row.former:
            return 1.0
        # a municipal okrug is still called a district by many («Новоалександровский
        # район», an okrug since 2017 and a municipal one since 2023)
        return 0.7 if kind is Kind.municipal else 0.15
    if m.hint == "мо":  # «муниципальный округ»: since 2019 mostly a former district
        if district_like or kind == "муниципальный округ":
            return 1.0
        return 0.7
    if m.hint == "город" or not m.adjective:
        # A town: the okrug that is the town, or the district it is the centre of; a
        # town of that very name («Дзержинск») beats one of the same stem («Дзержинский»).
        centred = row.kind in (Kind.district, Kind.municipal)  # on a town, not the town
        if row.towns & m.forms:
            return 0.7 if centred else 1.0
        if match.via == "city" or row.city_stem == row.stem or row.towns:
            return 0.45 if centred else 0.6
        return 0.4
    return 1.0


@dataclass
class _Scored:
    row: Municipality
    score: float = 0.0
    raw: float = 0.0  # before the region factor: what the text says of the place itself
    support: list[tuple[float, _Mention]] = field(default_factory=list)


def _region_support(
    ctx: _Context, mentions: list[_Mention], gaz: Gazetteer
) -> tuple[dict[str, float], dict[str, tuple[float, Evidence]]]:
    """How strongly the text points at each region, and the best quote for each."""
    support: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, Evidence]] = {}
    for i, b in enumerate(ctx.doc.blocks):
        for hit in ctx.region_hits()[i]:
            start, end = b.start + hit.start, b.start + hit.end
            foreign = bool(_FOREIGN_SENTENCE.search(ctx.sentence_folded(i, start)))
            w = ctx.weights[i] * (0.5 if hit.rule == "region.abbr" else 1.0)
            w *= _FOREIGN_FACTOR if foreign else 1.0  # a region named of a visitor or a neighbour
            name = hit.region.name
            support[name] += w
            ev = Evidence(
                field="region",
                value=name,
                quote=ctx.quote(i, start),
                block=i,
                start=start,
                end=end,
                rule=hit.rule,
            )
            if name not in best or w > best[name][0]:
                best[name] = (w, ev)
    # A place that exists in one region only is a vote for that region.
    for m in mentions:
        places = {x.row.region for x in m.matches if _fit(m, x, gaz) >= 0.7}
        if len(places) == 1:
            support[places.pop()] += 0.5 * ctx.weights[m.block] * (0.5 if m.foreign else 1.0)
    return dict(support), best


def _identify_place(ctx: _Context, identity: Identity) -> None:
    gaz = gazetteer()
    region_spans = [
        (b.start + h.start, b.start + h.end)
        for b, hits in zip(ctx.doc.blocks, ctx.region_hits(), strict=True)
        for h in hits
    ]
    mentions = [
        m for m in _pattern_mentions(ctx, gaz) if not _overlaps(m.start, m.end, region_spans)
    ]
    taken = [(m.start, m.end) for m in mentions] + region_spans
    mentions += _ner_mentions(ctx, gaz, taken)
    support, region_quotes = _region_support(ctx, mentions, gaz)

    scored: dict[str, _Scored] = {}
    for m in mentions:
        for match in m.matches:
            s = scored.setdefault(match.row.oktmo, _Scored(match.row))
            contribution = m.weight * _fit(m, match, gaz)
            s.score += contribution
            s.support.append((contribution, m))
    top_support = max(support.values(), default=0.0)
    for s in scored.values():
        s.raw = s.score
        if top_support > 0:
            s.score *= 0.5 + 2.5 * support.get(s.row.region, 0.0) / top_support
    ranked = sorted(
        scored.values(),
        key=lambda s: (
            -round(s.score, 6),
            -(s.row.population or 0),
            s.row.kind is not Kind.okrug,
            s.row.oktmo,
        ),
    )
    identity.named = _named(ctx, mentions, gaz, support)
    chosen, rivals = _choose(ranked)
    if chosen is not None:
        _resolved(ctx, identity, chosen, region_quotes)
        identity.ambiguous = _namesakes(gaz, chosen.row, support.get(chosen.row.region, 0.0))
        return
    identity.ambiguous = [s.row.label() for s in rivals]
    # No municipality: the region all candidates share, else the one the text names most.
    shared = {s.row.region for s in rivals}
    if len(shared) == 1:
        identity.region = shared.pop()
    elif region_quotes:
        named = [r for r in region_quotes if not shared or r in shared] or list(region_quotes)
        identity.region = max(named, key=lambda r: support.get(r, 0.0))
    if identity.region in region_quotes:
        identity.evidence.append(region_quotes[identity.region][1])
        city = _federal_city(gaz, identity.region)
        if city is not None and not rivals:
            # Москва, Санкт-Петербург, Севастополь are subjects and municipalities at
            # once: named as the subject, with no unit of theirs named, it is the city.
            quote = region_quotes[identity.region][1]
            identity.municipality, identity.oktmo = city.name, city.oktmo
            update = {"field": "municipality", "value": city.name, "rule": "municipality.federal"}
            identity.evidence.insert(0, quote.model_copy(update=update))


def _namesakes(gaz: Gazetteer, row: Municipality, region_support: float) -> list[str]:
    """The chosen row and its namesakes of other regions, when the text does not name the
    chosen row's region as its own (not at all, or only of guests and neighbours): the
    choice stands, and a person is told it was made among several (issue 15: «Заречный»
    of a newsletter went to the other region's ЗАТО without a word)."""
    if region_support >= _MIN_SCORE:
        return []
    others = sorted(
        {m.row.label() for m in gaz.lookup([row.stem]) if m.via == "name"} - {row.label()}
    )
    return [row.label(), *others] if others else []


def _federal_city(gaz: Gazetteer, region: str | None) -> Municipality | None:
    rows = [r for r in gaz.rows if r.kind is Kind.federal and r.region == region]
    return rows[0] if rows else None


def _named(
    ctx: _Context, mentions: list[_Mention], gaz: Gazetteer, support: dict[str, float]
) -> list[NamedPlace]:
    """Each municipality the text names: a mention names the row its type word and form
    fit (of namesakes, the one in the region the text names most)."""
    out: dict[str, NamedPlace] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        fits = [x.row for x in m.matches if _fit(m, x, gaz) >= 0.7]
        if len(fits) > 1:
            fits = sorted(fits, key=lambda r: -support.get(r.region, 0.0))[:1]
        for row in fits:
            p = out.get(row.oktmo)
            if p is None:
                p = out[row.oktmo] = NamedPlace(
                    oktmo=row.oktmo, label=row.label(), region=row.region, blocks=[], foreign=True
                )
            if m.block not in p.blocks:
                p.blocks.append(m.block)
            p.foreign = p.foreign and m.foreign
    return list(out.values())


def _resolved(
    ctx: _Context,
    identity: Identity,
    chosen: _Scored,
    region_quotes: dict[str, tuple[float, Evidence]],
) -> None:
    row = chosen.row
    identity.municipality = row.name
    identity.oktmo = row.oktmo
    identity.region = row.region
    for _, m in sorted(chosen.support, key=lambda x: -x[0])[:3]:
        identity.evidence.append(_evidence(ctx, "municipality", row.name, m))
    if row.region in region_quotes:
        identity.evidence.append(region_quotes[row.region][1])
    else:  # the text never names its region: the table's, shown with the place's quote
        first = identity.evidence[0]
        update = {"field": "region", "value": row.region, "rule": "region.gazetteer"}
        identity.evidence.append(first.model_copy(update=update))


_MIN_SCORE = 1.0  # one plain mention in the body; other-municipality mentions alone fall short
_CLOSE = 0.7  # a rival within 70 % of the best leaves the report unresolved


def _choose(ranked: list[_Scored]) -> tuple[_Scored | None, list[_Scored]]:
    """The winner, or None and the close candidates (the best first)."""
    if not ranked or ranked[0].raw < _MIN_SCORE:
        return None, []
    best = ranked[0]
    rivals = [
        s
        for s in ranked[1:]
        if s.score >= _CLOSE * best.score
        and not (s.row.region == best.row.region and s.row.stem == best.row.stem)
    ]
    if not rivals:
        return best, []
    return None, [best, *rivals][:8]


def _evidence(ctx: _Context, field_name: str, value: str, m: _Mention) -> Evidence:
    return Evidence(
        field=field_name,
        value=value,
        quote=ctx.quote(m.block, m.start),
        block=m.block,
        start=m.start,
        end=m.end,
        rule=m.rule,
    )


# -------------------------------------------------------------------------- year


class _YearExample(BaseModel, frozen=True):
    text: str
    year: int


class YearRule(BaseModel, frozen=True):
    id: str
    pattern: str
    weight: float
    period: bool = False  # names the report's period even in a sentence about plans
    # a bare year can be a deadline or a start («до 2030 года», «с 2021»): rule
    # `not_period_before` is asked of the words before it
    bare: bool = False
    examples: tuple[_YearExample, ...] = ()
    counter_examples: tuple[str, ...] = ()


class PeriodRules(BaseModel, frozen=True):
    """rules/period.toml: how a report names its year, and what makes a year another."""

    months: str
    rule: tuple[YearRule, ...]
    plan: re.Pattern[str]
    founded: re.Pattern[str]
    founded_factor: float
    last_year: re.Pattern[str]
    last_year_factor: float
    not_period_before: re.Pattern[str]
    decree_before: re.Pattern[str]
    decree_after: re.Pattern[str]
    table_year_cell: re.Pattern[str]
    table_weight: float
    year_words: dict[str, int]  # read by patterns.year_in_words, for the macro {YW}

    @cached_property
    def compiled(self) -> tuple[tuple[YearRule, re.Pattern[str]], ...]:
        """Each rule with its pattern, macros expanded."""
        macros = {"{Y}": r"(?P<y>20\d\d)", "{YW}": year_in_words()[0], "{MONTHS}": self.months}

        def expand(pattern: str) -> re.Pattern[str]:
            for macro, value in macros.items():
                pattern = pattern.replace(macro, value)
            return re.compile(pattern)

        return tuple((r, expand(r.pattern)) for r in self.rule)

    @cached_property
    def date(self) -> re.Pattern[str]:
        """The pattern of a date («26.11.2024», «на 01.01.2025»): rule `year.date`."""
        return next(rx for rule, rx in self.compiled if rule.id == "year.date")


def _year_of(m: re.Match[str]) -> int:
    """The year a period rule's match names, in digits or in words."""
    if "yw" in m.groupdict() and m.group("yw") is not None:
        return year_in_words()[1][" ".join(m.group("yw").split())]
    return int(m.group("y"))


def _year_start(m: re.Match[str]) -> int:
    return m.start("yw") if "yw" in m.groupdict() and m.group("yw") else m.start("y")


def date_year(m: re.Match[str]) -> int:
    """The year a date (a match of `PeriodRules.date`) reports on: «на 01.01.2025», a
    day in the first half of January, is the state at the end of 2024."""
    year = int(m.group("y"))
    return year - 1 if int(m.group("m")) == 1 and int(m.group("d")) <= 15 else year


@cache
def period_rules() -> PeriodRules:
    return PeriodRules(**vocabulary("period"))


@dataclass
class _YearHit:
    year: int
    weight: float
    evidence: Evidence
    written: int | None = None  # a date's calendar year (rules year.date, year.day_month)


def _year_hits(ctx: _Context) -> list[_YearHit]:
    hits: list[_YearHit] = []
    for i, b in enumerate(ctx.doc.blocks):
        folded = fold(b.text)
        taken: list[tuple[int, int]] = []
        for rule, rx in period_rules().compiled:
            for m in rx.finditer(folded):
                if _overlaps(m.start(), m.end(), taken):
                    continue
                taken.append((m.start(), m.end()))
                hit = _weigh_year(ctx, i, b, folded, m, rule)
                if hit is not None:
                    hits.append(hit)
        if b.kind is BlockKind.table and b.table is not None and b.table.rows:
            hits.extend(_table_years(ctx, i, b))
    return hits


def _weigh_year(
    ctx: _Context, i: int, b: Block, folded: str, m: re.Match[str], rule: YearRule
) -> _YearHit | None:
    p = period_rules()
    year = _year_of(m)
    start, end = b.start + m.start(), b.start + m.end()
    sentence = ctx.sentence_folded(i, start)
    if rule.id == "year.date":
        if p.decree_before.search(folded[max(0, m.start() - 12) : m.start()]) or (
            p.decree_after.match(folded[m.end() : m.end() + 8])
        ):
            return None  # «от 22.02.2023 № 461»: the date of a decree
        year = date_year(m)
    before = folded[max(0, _year_start(m) - 8) : _year_start(m)]
    if rule.bare and p.not_period_before.search(before):
        return None  # «к 2030 году», «до 2027 года», «с 2023 года», «на 2025 год»
    if not rule.period and p.plan.search(sentence):
        return None
    near = folded[max(0, m.start() - 40) : m.end() + 40]
    weight = rule.weight * ctx.weights[i]
    if p.founded.search(near):
        weight *= p.founded_factor
    if p.last_year.search(sentence):
        weight *= p.last_year_factor
    evidence = Evidence(
        field="year",
        value=str(year),
        quote=ctx.quote(i, start),
        block=i,
        start=start,
        end=end,
        rule=rule.id,
    )
    written = int(m.group("y")) if rule.id in ("year.date", "year.day_month") else None
    return _YearHit(year, weight, evidence, written)


def _table_years(ctx: _Context, i: int, b: Block) -> list[_YearHit]:
    """«2023 | 2024» heading a table's value columns (its header rows as the table model
    reads them, merged and multi-level), or years as its rows: the latest is usually the
    report's year. A plan's or a computed column's year is not, nor a forecast row's."""
    assert b.table is not None
    cell_rx = period_rules().table_year_cell
    model = interpret(b.table)
    heads = [c for row in b.table.rows[: max(model.header_rows, 1)] for c in row]
    cells = [
        (c, cell_rx.match(fold(c.text)))
        for c in heads
        if c.col >= len(model.columns) or model.columns[c.col] is ColumnRole.value
    ]
    years = [(int(m.group(1)), c) for c, m in cells if m]
    if len(years) < 2:
        # years as rows («Год | … » over 2020 … 2024): the latest that is no plan
        years = [
            (int(m.group(1)), c)
            for row in model.rows
            if row.role is RowRole.item and row.values
            for c in b.table.rows[row.index]
            if c.col < len(model.columns) and model.columns[c.col] is ColumnRole.period
            for m in [cell_rx.match(fold(c.text))]
            if m
        ]
        if len(years) < 2:
            return []
    year, cell = max(years, key=lambda x: x[0])
    evidence = Evidence(
        field="year",
        value=str(year),
        quote=one_line(cell.text),
        block=i,
        start=cell.start,
        end=cell.end,
        rule="year.table",
    )
    return [_YearHit(year, period_rules().table_weight * ctx.weights[i], evidence)]


def _identify_year(ctx: _Context, identity: Identity) -> None:
    hits = [h for h in _year_hits(ctx) if h.weight > 0]
    if not hits:
        return
    totals: dict[int, float] = defaultdict(float)
    best_single: dict[int, float] = defaultdict(float)
    for h in hits:
        totals[h.year] += h.weight
        best_single[h.year] = max(best_single[h.year], h.weight)
    year = max(totals, key=lambda y: (round(totals[y], 6), best_single[y], y))
    if math.isclose(totals[year], 0.0):
        return
    identity.year = year
    for h in sorted((h for h in hits if h.year == year), key=lambda h: -h.weight)[:3]:
        identity.evidence.append(h.evidence)
    dates = [h for h in hits if h.written is not None]
    if dates:
        identity.written = max(dates, key=lambda h: h.weight).written
