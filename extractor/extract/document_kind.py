"""What a document is: one municipality's report, a document about several
municipalities, or a plan (indicators.md, «Hard cases»).

A report of one municipality is the default. A summary over several municipalities (a
regional centre's digest, a comparison of districts) and a plan, an order or a programme
for years to come are documents the table must not take figures from: the record keeps
their numbers aside and a warning names what the document is, with the words that say
it. The vocabulary and the thresholds are in rules/document.toml.

- **Plan**: the title's head word is a plan's («План мероприятий …», «Приказ … Об
  утверждении дорожной карты», «Паспорт муниципальной программы», «Муниципальное
  задание …»), with no report word («Отчет», «Итоги», «Анализ», …) before it, nor after
  it unless that is the plan's ground («План мероприятий по итогам мониторинга»).
- **Several municipalities**: the title says so («… в муниципальных образованиях
  области», «Рейтинг муниципальных образований …») and names no municipality of its
  own; or one table names three municipalities or the body names six (not as another
  place's experience), the title names none of its own, and no place is named alone
  more than the others. A document whose title names one municipality is that
  municipality's, however many neighbours its tables compare it with.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel

from extractor.document import Block, BlockKind, Document, Part
from extractor.extract.identify import Identity, NamedPlace, address_line
from extractor.extract.patterns import vocabulary
from extractor.normalise import fold, one_line
from extractor.records import DocumentKind, KindEvidence
from extractor.segment import DATE_LINE


class _Rules(BaseModel, frozen=True):
    title_chars: int
    report: tuple[str, ...]
    plan: tuple[str, ...]
    regional: tuple[str, ...]
    appendix: str
    plan_year: str
    plan_year_examples: tuple[dict[str, str | int], ...] = ()
    address: str
    title_blocks: int
    prose_chars: int
    table_places: int
    body_places: int
    examples: tuple[dict[str, str], ...] = ()
    counter_examples: tuple[str, ...] = ()


@cache
def rules() -> _Rules:
    return _Rules.model_validate(vocabulary("document"))


@cache
def _any(name: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in getattr(rules(), name)))


# Names and asides in a title («…», (…)) are not what the paper calls itself.
_QUOTED = re.compile(r"«[^«»]*»|\"[^\"]*\"|\([^()]*\)")
# Letters set apart for emphasis («П Р И К А З»): one word.
_SPACED = re.compile(r"(?<!\w)(?:\w ){2,}\w(?!\w)")
# A word right after «к» names another paper («Приложение 2 к аналитической справке»); a
# report word after «по» is a plan's ground («План мероприятий по итогам мониторинга»).
_REFERS = re.compile(r"\bк\s+(?:[\w-]+\s+)?$")
_GROUND = re.compile(r"\bпо\s+(?:[\w-]+\s+){0,2}$")


def title_kind(title: str) -> DocumentKind:
    """What a title calls its document, from its words alone (no place names). Parts of
    the title area are separated by « | »."""
    r = rules()
    appendix = re.compile(r.appendix)
    parts = [_unspaced(fold(p)) for p in title.split(" | ")]
    folded = " | ".join(_QUOTED.sub(" ", p) for p in parts if not appendix.search(p))
    folded = folded[: r.title_chars]
    if _first("regional", folded) is not None:
        return DocumentKind.regional
    plan = _first("plan", folded)
    if plan is None:
        return DocumentKind.report
    # The head of the title decides: a report word before the plan word («Чек-лист … по
    # итогам 2024 года … Методика: приказ министерства …»), or one after it that is not
    # the plan's ground («Дорожная карта … | Мониторинг исполнения за 2024 год»).
    first = _first("report", folded)
    if first is not None and first.start() < plan.start():
        return DocumentKind.report
    if _first("report", folded[plan.end() :], _GROUND) is not None:
        return DocumentKind.report
    return DocumentKind.plan


def plan_year(title: str) -> int | None:
    """The year a plan's title says it is for, or None."""
    m = re.search(rules().plan_year, _unspaced(fold(title)))
    if m is None:
        return None
    return int(m.group("year") or m.group("school"))


def _unspaced(text: str) -> str:
    return _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _first(name: str, text: str, unless: re.Pattern[str] | None = None) -> re.Match[str] | None:
    """The first match of a vocabulary that no «к …» (nor `unless`) stands right before."""
    for m in _any(name).finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        if _REFERS.search(before) or (unless is not None and unless.search(before)):
            continue
        return m
    return None


def document_kind(doc: Document, identity: Identity) -> KindEvidence | None:
    """None for one municipality's report; else what the document is, and why."""
    title_at = title_blocks(doc.blocks)
    if not title_at:
        return None
    title = " | ".join(one_line(doc.blocks[i].text) for i in title_at)
    quote = title[: rules().title_chars]
    heading = [
        i
        for i in title_at
        if not address_line().search(fold(doc.blocks[i].text))
        and not DATE_LINE.search(doc.blocks[i].text)
    ]
    own = [p for p in identity.named if not p.foreign and set(p.blocks) & set(heading)]
    said = title_kind(title)
    if said is DocumentKind.regional and len(own) != 1:
        return KindEvidence(
            kind=DocumentKind.regional,
            quote=quote,
            block=title_at[0],
            reason="так сказано в заголовке",
        )
    if not own:
        several = _several_places(doc, identity)
        if several is not None:
            return several
    if said is DocumentKind.plan:
        return KindEvidence(
            kind=DocumentKind.plan,
            year=plan_year(title),
            quote=quote,
            block=title_at[0],
            reason="так сказано в заголовке",
        )
    return None


def title_blocks(blocks: list[Block]) -> list[int]:
    """The blocks of the title area, in order: those before the body's prose or its
    first table (a letterhead, a grif, the title and its subtitle), a few at most."""
    r = rules()
    out: list[int] = []
    for i, b in enumerate(blocks):
        if b.part is not Part.body:
            continue
        if b.kind is BlockKind.table or len(out) >= r.title_blocks:
            break
        if out and len(b.text) >= r.prose_chars:
            break
        out.append(i)
    return out


def _several_places(doc: Document, identity: Identity) -> KindEvidence | None:
    """A body about several municipalities: one table naming `table_places` of them,
    or the whole body naming `body_places` — unless one of them is named alone in more
    blocks than any other (a report comparing itself with its neighbours)."""
    r = rules()
    places = [p for p in identity.named if not p.foreign]
    if _one_speaks(places):
        return None
    per_table: dict[int, set[str]] = {}
    for p in places:
        for b in p.blocks:
            if doc.blocks[b].kind is BlockKind.table:
                per_table.setdefault(b, set()).add(p.label)
    for block, names in sorted(per_table.items()):
        if len(names) >= r.table_places:
            return KindEvidence(
                kind=DocumentKind.regional,
                quote=one_line(doc.blocks[block].text)[: r.title_chars],
                block=block,
                reason=f"в одной таблице их {len(names)}: " + _listed(sorted(names)),
            )
    if len(places) >= r.body_places:
        first = min(b for p in places for b in p.blocks)
        return KindEvidence(
            kind=DocumentKind.regional,
            quote=one_line(doc.blocks[first].text)[: r.title_chars],
            block=first,
            reason=f"в тексте их {len(places)}: " + _listed(sorted(p.label for p in places)),
        )
    return None


def _one_speaks(places: list[NamedPlace]) -> bool:
    """One place named alone in at least two blocks, twice as many as any other: the
    document speaks of it (its letterhead, its sections), the others are compared."""
    shared: dict[int, int] = {}
    for p in places:
        for b in p.blocks:
            shared[b] = shared.get(b, 0) + 1
    alone = sorted((sum(1 for b in p.blocks if shared[b] == 1) for p in places), reverse=True)
    if not alone or alone[0] < 2:
        return False
    return len(alone) == 1 or alone[0] >= 2 * alone[1]


def _listed(names: list[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" и ещё {len(names) - most}" if len(names) > most else "")
