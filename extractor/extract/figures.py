"""Applying figure rules to sentences and list items.

Each unit is folded and masked (see patterns.py); every rule's pattern runs over it, and
a match becomes a candidate figure when the number's unit fits the indicator's unit and
the context checks say the number is the report's own (its year, not a plan, not
another territory).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from extractor.catalogue import Unit, catalogue
from extractor.document import Document
from extractor.extract.concepts import read_concepts
from extractor.extract.context import clause_written, foreign, is_part_of_total
from extractor.extract.counted import counted_noun, counts_fit, kind_of, noun_start
from extractor.extract.identify import names_other_place
from extractor.extract.numbers import NumberMention, find_numbers
from extractor.extract.patterns import FigureRule, figure_rules
from extractor.normalise import fold
from extractor.records import Figure, Provenance
from extractor.segment import Unit as TextUnit
from extractor.validate.value import ValueFault, value_fault


@dataclass
class Masked:
    """A unit's folded text with numbers replaced by '#', and the numbers by position."""

    text: str
    folded: str
    masked: str
    numbers: dict[int, NumberMention]


def mask(text: str) -> Masked:
    folded = fold(text)
    chars = list(folded)
    numbers: dict[int, NumberMention] = {}
    for m in find_numbers(text):
        numbers[m.start] = m
        for i in range(m.start, m.end):
            chars[i] = "#"
    masked = "".join(chars)
    # «— не 4 112, а 4 121 человек»: the value corrected away is no number of the text,
    # and its words stand between no label and the value that replaced it.
    for m in _CORRECTED_AWAY.finditer(masked):
        numbers.pop(m.start("n"), None)
        masked = masked[: m.start()] + " " * (m.end() - m.start()) + masked[m.end() :]
    return Masked(text, folded, masked, numbers)


# A sentence's end: a stop, a space and a capital (or an opening quote); not a dash,
# which is how a label is joined to its value («… заказа? – 41»).
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[A-ZА-ЯЁ«\"])")
_ABBREVIATION = re.compile(r"(?:^|[\s(])[A-Za-zА-Яа-яЁё]{1,3}$")  # «г.», «ул.», «обл.»


def _crosses_sentence(text: str, start: int, end: int, mention: NumberMention) -> bool:
    """Whether a rule's words and its number stand in different sentences of `text`."""
    for piece_start, piece_end in ((start, mention.start), (mention.end, end)):
        for m in _SENTENCE_END.finditer(text, piece_start, piece_end):
            if not _ABBREVIATION.search(text[max(0, m.start() - 8) : m.start()]):
                return True
    return False


_CORRECTED_AWAY = re.compile(r"\bне\s+(?P<n>#+)(?:\s*%)?\s*,\s*а\s+(?=#)")


def unit_fits(mention: NumberMention, unit: Unit) -> bool:
    """Whether a number as written can be a value of an indicator with this unit."""
    if unit is Unit.percent:
        return mention.unit == "percent"
    if mention.unit == "percent":
        return False
    if unit is Unit.rubles:
        # «номинал одного сертификата – 5 600 рублей»: «одного» is no sum of money
        return not (mention.written_in_words and mention.value < 10)
    if mention.unit in ("rub", "thousand_rub"):
        return False
    return mention.value == mention.value.to_integral_value()


def to_value(mention: NumberMention, unit: Unit) -> float:
    value: Decimal = mention.value
    return int(value) if unit.integral else float(value)


@dataclass
class Candidate:
    figure: Figure
    priority: int
    # Why the number cannot be a value (extractor.validate.value), or None. Such a
    # candidate's figure has no value (NaN) and never reaches the record: extract_report
    # turns it into an error that quotes the sentence.
    fault: ValueFault | None = None
    # A statement used only when nothing else states the key, and never a conflict: a
    # count «с повторным счётом» beside the count without repeats.
    fallback: bool = False
    # A reading of the later tiers (a label after its number, a concept): it competes by
    # its lower priority, but beside a rule's reading of the key it is no conflict.
    secondary: bool = False


# «Охват, %: 82,3»: the unit named in the label, before the colon
_PERCENT_LABEL = re.compile(r"[,(]\s*%\s*\)?\s*[:–—-]\s*$")


def _percent_label(folded: str, mention: NumberMention) -> bool:
    return mention.unit is None and bool(
        _PERCENT_LABEL.search(folded[max(0, mention.start - 12) : mention.start])
    )


def _a_fraction(mention: NumberMention) -> bool:
    """A number under 1 with a decimal part and no unit: a share as a fraction, maybe."""
    return mention.is_decimal and 0 < mention.value < 1 and mention.unit is None


def _fraction(doc: Document, mention: NumberMention, offset: int) -> bool:
    """A number under 1 with a decimal part and no «%» or «процент» written after it."""
    if not (mention.is_decimal and 0 < mention.value < 1):
        return False
    end = offset + (mention.unit_end if mention.unit_end is not None else mention.end)
    after = doc.text[offset + mention.end : end].lower()
    return "%" not in after and "процент" not in after


def make_candidate(
    doc: Document,
    key: str,
    mention: NumberMention,
    *,
    priority: int,
    block: int,
    quote_start: int,
    quote_end: int,
    offset: int,
    rule: str,
    location: object,
) -> Candidate:
    """A candidate figure for a number found at `offset + mention.start` in `doc.text`."""
    indicator = catalogue().get(key)
    unit = indicator.unit
    if indicator.share and _fraction(doc, mention, offset):
        # «Доля детей … (в долях единицы) | 0,146»: a share written as a fraction is its
        # percentage (spec, «Hard cases»)
        mention = mention.model_copy(update={"value": mention.value * 100})
    start = offset + mention.start
    end = offset + mention.end
    quote = doc.text[quote_start:quote_end]
    # Checked on the exact decimal: a 30-digit count would otherwise become a rounded
    # float, and a 309-digit one no float at all.
    fault = value_fault(mention.value, unit)
    usable = fault is None or fault.representable
    figure = Figure(
        key=key,
        value=to_value(mention, unit) if usable else math.nan,
        unit=unit.value,
        written=doc.text[start:end],
        approx=mention.approx or mention.range_with is not None,
        provenance=Provenance(
            file=doc.path,
            block=block,
            location=location,  # type: ignore[arg-type]
            start=start,
            end=end,
            quote=quote,
            quote_start=quote_start,
            quote_end=quote_end,
            rule=rule,
        ),
    )
    return Candidate(figure, priority, None if usable else fault)


def _requirements_met(rule: FigureRule, masked: Masked, leadin: str | None) -> bool:
    scope = masked.folded + ("\n" + leadin if leadin else "")
    return all(p.search(scope) for p in rule.required())


def _summed(
    masked: Masked, first: NumberMention, second: NumberMention | None
) -> NumberMention | None:
    """«23 программы и 1 адаптированная программа» → one figure, 24, written as the span."""
    if second is None or first.unit != second.unit:
        return None
    return first.model_copy(
        update={
            "end": second.end,
            "text": masked.text[first.start : second.end],
            "value": first.value + second.value,
        }
    )


def match_rules(
    masked: Masked,
    year: int | None,
    leadin: str | None = None,
    heading: str | None = None,
    *,
    table: bool = False,
    cell: bool = False,
    written_next_year: bool = False,
) -> list[tuple[FigureRule, NumberMention]]:
    """Every (rule, number) pair the rules find in one masked text; `table`: a phrase
    made of a table's header and row label (longer gaps, see patterns.TABLE_GAP_SCALE,
    commas inside); `cell`: a sentence written in a table's cell (longer gaps only)."""
    found: list[tuple[FigureRule, NumberMention]] = []
    cat = catalogue()
    folded_leadin = fold(leadin) if leadin else None
    folded_heading = fold(heading) if heading else None
    for rule in figure_rules():
        unit = cat.get(rule.key).unit
        regex = rule.cell_regex if cell else rule.table_regex if table else rule.regex
        for m in regex.finditer(masked.masked):
            mention = masked.numbers.get(m.start("n"))
            if mention is None:
                continue
            if "n2" in m.groupdict() and m.group("n2") is not None:
                mention = _summed(masked, mention, masked.numbers.get(m.start("n2")))
                if mention is None:
                    continue
            if (
                not unit_fits(mention, unit)
                and not (cat.get(rule.key).share and _a_fraction(mention))
                and not (unit is Unit.percent and _percent_label(masked.folded, mention))
            ):
                continue  # (a share may be written as a fraction: «доля … достигла 0,809»)
            if not counts_fit(rule.key, masked.text, mention.end):
                continue  # «2 250 участников мероприятий»: people, not events
            if not table and _crosses_sentence(masked.text, m.start(), m.end(), mention):
                continue  # «… (активны) 2 905. Детей, которые обучаются …»: not its label
            if any(p.search(m.group(0)) for p in rule.forbidden()):
                continue
            if any(p.search(masked.folded) for p in rule.excluded()):
                continue
            if not _requirements_met(rule, masked, folded_leadin):
                continue
            if foreign(
                masked.folded,
                mention.start,
                mention.end,
                year,
                folded_leadin,
                folded_heading,
                written_next_year,
            ):
                continue
            found.append((rule, mention))
    return found


# What ends the words after a number that say what it counts: the next number or a
# sentence's end; where the number opens its clause (a slide's tile, «43 090 ребят
# записались …») its label runs on over commas («доля детей, обучающихся по …»).
_LABEL_END = re.compile(r"[;(#]|\d|[.!?](?:\s|$)")
# Inside a clause, its words stop at a comma, dash or colon too.
_CLAUSE_LABEL_END = re.compile(r"[;(#:,–—]|\d|[.!?](?:\s|$)|\s-\s")
# What starts the clause a number stands in, for the words before it.
_LABEL_START = re.compile(r"[;,.:!?]\s")
# A number after «из» is the whole a part of which follows («из 19 программ … получили
# 17»): never a figure by the words after it.
_WHOLE_OF = re.compile(r"\bиз\s*$")


def _row_number(masked: Masked, mention: NumberMention) -> bool:
    """A plain number that opens its line before a capital: a row's or an item's number
    and its label («4 Обучающиеся без повторного счёта чел.»), no figure."""
    if mention.is_decimal or mention.unit in ("percent", "rub", "thousand_rub"):
        return False
    if any(ch.isalpha() for ch in masked.text[: mention.start]):
        return False
    rest = masked.text[mention.end :].lstrip(" \t.)")
    return rest[:1].isupper()


def _no_figure_by_position(masked: Masked, mention: NumberMention) -> bool:
    """Where a number stands makes it no figure for the later tiers: a row's number, an
    aside in brackets («город Боровичи (5 610 детей)»), the whole a part of which follows
    («из 19 программ … получили 17»)."""
    return (
        _row_number(masked, mention)
        or masked.text[: mention.start].rstrip().endswith("(")
        or bool(_WHOLE_OF.search(masked.folded[: mention.start]))
    )


def _labelled_after(
    masked: Masked,
    mention: NumberMention,
    year: int | None,
    leadin: str | None,
    heading: str | None,
    written_next_year: bool = False,
) -> list[FigureRule]:
    """Rules that read a number whose label follows it, as a table reads a row label and
    its figure: «81,2 % охват детей 5–18 лет …», «2 410 активных сертификатов», «43 090
    ребят записались на кружки». The number's clause is read as «<words before> <words
    after> – <number>», the order the rules know; the context checks still look at the
    sentence as written."""
    left = max((m.end() for m in _LABEL_START.finditer(masked.masked, 0, mention.start)), default=0)
    before = masked.text[left : mention.start].strip(" \t\n–—-:")
    if re.search(r"\d", before) or _no_figure_by_position(masked, mention):
        return []
    opens = not any(ch.isalpha() for ch in masked.text[: mention.start])
    end = mention.unit_end if mention.unit_end is not None else mention.end
    # a noun read as the number's unit («2 250 участников») is the label's first word
    noun = noun_start(masked.text, mention.end)
    if noun is not None and noun < end and kind_of(counted_noun(masked.text, mention.end)):
        end = noun
    stop = (_LABEL_END if opens else _CLAUSE_LABEL_END).search(masked.masked, end)
    label = masked.text[end : stop.start() if stop else len(masked.masked)]
    label = label.strip(" \t\n–—-:,")
    if not any(ch.isalpha() for ch in label):
        return []
    folded_leadin = fold(leadin) if leadin else None
    if foreign(
        masked.folded, mention.start, mention.end, year, folded_leadin, None, written_next_year
    ):
        return []
    number = masked.text[mention.start : end].rstrip()
    for phrase in _phrases(before, label, number, masked.text, mention.end, opens):
        at = len(phrase.text) - len(phrase.number)
        rules = [
            rule
            for rule, m in match_rules(
                phrase.masked,
                year,
                leadin,
                heading,
                table=True,
                written_next_year=written_next_year,
            )
            if m.start == at
            and m.value == mention.value
            and counts_fit(rule.key, masked.text, mention.end)
        ]
        if rules:
            return rules
    return []


@dataclass
class _Phrase:
    masked: Masked
    number: str  # the number's text, which the phrase ends with or holds

    @property
    def text(self) -> str:
        return self.masked.text


def _phrases(
    before: str, label: str, number: str, text: str, end: int, opens: bool
) -> list[_Phrase]:
    """The orders a number's words are tried in: its label before it, as a table's row
    reads («охват детей … – 81,2 %»); its noun with it after the rest of the clause, as a
    sentence reads («записались на кружки 43 090 ребят»); and a figure that opens its
    line with no verb («127 дополнительных общеобразовательных программ») as the count
    of what it names."""
    out = [_Phrase(mask(f"{before} {label} – {number}".strip()), number)]
    # the noun phrase after the number: its modifiers, its noun and what the noun governs
    # in the genitive, up to a verb or a preposition
    words = label.split()
    noun_words = 0
    for word in words:
        noun_words += 1
        if counted_noun(f"1 {word}", 1) is not None:
            break
    else:
        noun_words = 0
    if noun_words and noun_words < len(words):
        head, rest = " ".join(words[:noun_words]), " ".join(words[noun_words:])
        said = f"{before} {rest} {number} {head}".strip()
        out.append(_Phrase(mask(said), f"{number} {head}"))
    if opens:
        out.append(_Phrase(mask(f"количество {label} – {number}"), number))
    return out


def extract_from_units(
    doc: Document,
    units: list[TextUnit],
    year: int | None,
    own: str | None = None,
    written_next_year: bool = False,
) -> list[Candidate]:
    """The figures the rules read in the text; `own`, the report's OKTMO, tells a
    clause about another municipality («в городском округе Кинешма … 84,2 %»);
    `written_next_year`: the paper is dated the year after `year` (see context.classify)."""
    out: list[Candidate] = []
    said: TextUnit | None = None  # the unit before, for a sentence pointing back at it
    for u in units:
        if u.kind == "table_row":
            continue  # tables are read cell by cell with their headers (tables.py)
        before = said.text if said is not None and said.block == u.block else None
        said = u
        masked = mask(u.text)
        if not masked.numbers:
            continue
        elsewhere: dict[int, bool] = {}  # per number: does its clause name another place
        found = match_rules(masked, year, u.leadin, u.heading, written_next_year=written_next_year)
        read = {mention.start for _, mention in found}
        after = [
            (rule, mention)
            for mention in masked.numbers.values()
            if mention.start not in read
            for rule in _labelled_after(
                masked, mention, year, u.leadin, u.heading, written_next_year
            )
        ]
        readings = [(rule.key, rule.priority, rule.id, m) for rule, m in found]
        # a label read after its number yields to any read in the rules' order
        readings += [(rule.key, rule.priority - 1, f"{rule.id}/after", m) for rule, m in after]
        read |= {m.start for _, m in after}
        unread = [
            m
            for m in masked.numbers.values()
            if m.start not in read
            and m.unit not in ("percent", "rub", "thousand_rub")
            and not _no_figure_by_position(masked, m)
            and not foreign(
                masked.folded,
                m.start,
                m.end,
                year,
                fold(u.leadin) if u.leadin else None,
                fold(u.heading) if u.heading else None,
                written_next_year,
            )
        ]
        # concepts come last: words in any order, only where nothing else read the number
        readings += [
            (c.key, -2, c.id, m)
            for c, m in read_concepts(
                u.text, masked.masked, masked.numbers, unread, u.leadin, before
            )
            if unit_fits(m, catalogue().get(c.key).unit)
        ]
        for key, priority, rule_id, mention in readings:
            if is_part_of_total(key, masked.folded, mention.start):
                continue  # «21 организация в реестре (в т. ч. 2 ИП)»: 2 is a part
            if mention.start not in elsewhere:
                clause = clause_written(u.text, masked.folded, mention.start, mention.end)
                elsewhere[mention.start] = names_other_place(clause, own)
            if elsewhere[mention.start]:
                continue
            candidate = make_candidate(
                doc,
                key,
                mention,
                priority=priority,
                block=u.block,
                quote_start=u.start,
                quote_end=u.end,
                offset=u.start,
                rule=rule_id,
                location=u.location,
            )
            # the later tiers read what no rule states: where a rule states the key,
            # theirs is no second statement and no conflict
            candidate.secondary = rule_id.endswith("/after") or rule_id.startswith("concept.")
            out.append(candidate)
    return out
