"""Applying figure rules to sentences and list items.

Each unit is folded and masked (see patterns.py); every rule's pattern runs over it, and
a match becomes a candidate figure when the number's unit fits the indicator's unit and
the context checks say the number is the report's own (its year, not a plan, not
another territory).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from extractor.catalogue import Unit, catalogue
from extractor.document import Document
from extractor.extract.context import clause_written, foreign
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
    return Masked(text, folded, "".join(chars), numbers)


def unit_fits(mention: NumberMention, unit: Unit) -> bool:
    """Whether a number as written can be a value of an indicator with this unit."""
    if unit is Unit.percent:
        return mention.unit == "percent"
    if mention.unit == "percent":
        return False
    if unit is Unit.rubles:
        return True
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
            if not unit_fits(mention, unit):
                continue
            if any(p.search(m.group(0)) for p in rule.forbidden()):
                continue
            if any(p.search(masked.folded) for p in rule.excluded()):
                continue
            if not _requirements_met(rule, masked, folded_leadin):
                continue
            if foreign(
                masked.folded, mention.start, mention.end, year, folded_leadin, folded_heading
            ):
                continue
            found.append((rule, mention))
    return found


def extract_from_units(
    doc: Document, units: list[TextUnit], year: int | None, own: str | None = None
) -> list[Candidate]:
    """The figures the rules read in the text; `own`, the report's OKTMO, tells a
    clause about another municipality («в городском округе Кинешма … 84,2 %»)."""
    out: list[Candidate] = []
    for u in units:
        if u.kind == "table_row":
            continue  # tables are read cell by cell with their headers (tables.py)
        masked = mask(u.text)
        if not masked.numbers:
            continue
        elsewhere: dict[int, bool] = {}  # per number: does its clause name another place
        for rule, mention in match_rules(masked, year, u.leadin, u.heading):
            if mention.start not in elsewhere:
                clause = clause_written(u.text, masked.folded, mention.start, mention.end)
                elsewhere[mention.start] = names_other_place(clause, own)
            if elsewhere[mention.start]:
                continue
            out.append(
                make_candidate(
                    doc,
                    rule.key,
                    mention,
                    priority=rule.priority,
                    block=u.block,
                    quote_start=u.start,
                    quote_end=u.end,
                    offset=u.start,
                    rule=rule.id,
                    location=u.location,
                )
            )
    return out
