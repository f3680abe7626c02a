"""Is a number the report's own figure? Period, plan and territory checks.

A report is full of numbers that are not its figures: last year's value given for
comparison, next year's plan, the region's average, a neighbour's experience. These
checks look at the words around a number (rules/context.toml) and at the nearest year
written before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.extract.patterns import vocabulary, year_in_words

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")
_CLAUSE_START = re.compile(r"[;]")
_QUOTED = re.compile(r"«[^«»]{0,200}»")
# Right before a number: the fact a plan is compared with.
_FACT_BEFORE = re.compile(r"\bфакт\w*(?:\s+[\w-]+){0,2}\s*[–:-]?\s*$")
# What follows a number belongs to it only up to the next number, bracket or clause
# break, or a word that opens a comparison: «86,3 % при целевом показателе 82 %».
_RIGHT_END = re.compile(r"[,;(#\d]|\b(?:при|против|тогда как|в то время как|а также)\b")


@dataclass(frozen=True)
class _Context:
    plan: re.Pattern[str]
    past: re.Pattern[str]
    elsewhere: re.Pattern[str]
    comparison: re.Pattern[str]
    repeated_count: re.Pattern[str]
    unique_count: re.Pattern[str]
    other_field: re.Pattern[str]
    plan_value: re.Pattern[str]
    part_before: re.Pattern[str]
    past_said_now: re.Pattern[str]


@cache
def _context() -> _Context:
    v = vocabulary("context")

    def any_of(key: str) -> re.Pattern[str]:
        items = v[key]
        assert isinstance(items, list)
        return re.compile("|".join(f"(?:{p})" for p in items))

    comparison, repeated = v["comparison"], v["repeated_count"]
    assert isinstance(comparison, str) and isinstance(repeated, str)
    return _Context(
        any_of("plan"),
        any_of("past"),
        any_of("elsewhere"),
        re.compile(comparison),
        re.compile(repeated),
        re.compile(str(v["unique_count"])),
        re.compile(str(v["other_field"])),
        re.compile(str(v["plan_value"])),
        re.compile(str(v["part_before"])),
        any_of("past_said_now"),
    )


def is_part_of_total(key: str, folded: str, start: int) -> bool:
    """Whether the number at `start` of `folded` is a part said after its whole («(в т.
    ч. 2 ИП)», «из них 12») and `key` a total, which no part can be."""
    v = vocabulary("context")
    totals = v["totals"]
    assert isinstance(totals, list)
    return key in totals and bool(_context().part_before.search(folded[max(0, start - 30) : start]))


def is_other_field(heading: str) -> bool:
    """A folded heading of a section about another field of education («Раздел 4. Общее
    образование», «Организация питания»): its numbers are none of the report's."""
    return bool(_context().other_field.search(heading))


def is_other_field_clause(clause: str) -> bool:
    """A folded clause about another field of education: meals, camps, exams."""
    return bool(_other_field_clause().search(clause))


@cache
def _other_field_clause() -> re.Pattern[str]:
    return re.compile(str(vocabulary("context")["other_field_clause"]))


def is_repeated_count(text: str) -> bool:
    """Folded text that says its count has repeats («с повторным счётом»)."""
    return bool(_context().repeated_count.search(text))


def is_unique_count(text: str) -> bool:
    """Folded text that says its count has no repeats («без повторного счёта»)."""
    return bool(_context().unique_count.search(text))


def without_count_words(text: str) -> str:
    """Folded text without what it says of repeats («(с повторным счётом)», «без
    повторного счёта»), empty brackets left by them gone too."""
    c = _context()
    text = c.unique_count.sub(" ", text)
    text = re.sub(r"(?:\bс\s+)?(?:" + c.repeated_count.pattern + ")", " ", text)
    return " ".join(re.sub(r"\(\s*\)", " ", text).split())


def classify(text: str, written_next_year: bool = False) -> str | None:
    """The reason a piece of folded text is not the report's own, or None.
    `written_next_year`: the paper was written the year after the one it reports on, so
    its «в прошлом году» is the report's year."""
    c = _context()
    for name, pattern in (("plan", c.plan), ("past", c.past), ("elsewhere", c.elsewhere)):
        if pattern.search(text):
            return name
    if not written_next_year and c.past_said_now.search(text):
        return "past"
    return None


def clause_around(folded: str, start: int, end: int) -> str:
    """From the last «;» before the number to where its own words end after it."""
    left, right = clause_span(folded, start, end)
    return _outside_closed_brackets(folded[left:start]) + folded[start:right]


def clause_span(folded: str, start: int, end: int) -> tuple[int, int]:
    """Where `clause_around` starts and ends."""
    left = max((m.end() for m in _CLAUSE_START.finditer(folded, 0, start)), default=0)
    m = _RIGHT_END.search(folded, end)
    return left, m.start() if m else len(folded)


def clause_written(text: str, folded: str, start: int, end: int) -> str:
    """`clause_around` as `text` writes it (capitals kept: names need them); `folded` is
    `text` folded, of the same length."""
    left, right = clause_span(folded, start, end)
    return _outside_closed_brackets(text[left:start]) + text[start:right]


def _outside_closed_brackets(text: str) -> str:
    """The text with every closed «(…)» blanked: an aside says nothing of what follows.

    «12 486 детей (в 2023 году – 11 902), в том числе художественной – 3 920»: the
    year in brackets belongs to 11 902 only.
    """
    chars = list(text)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            opened = stack.pop()
            for k in range(opened, i + 1):
                chars[k] = " "
    return "".join(chars)


@cache
def _day_and_month() -> re.Pattern[str]:
    """A day and a month's name right before a year: «20 марта | 2025 г.»."""
    return re.compile(rf"(?<!\d)\d{{1,2}}\s+{vocabulary('period')['months']}\s*$")


def year_before(folded: str, pos: int) -> int | None:
    """The nearest year written before `pos` that names a period (not a comparison base)."""
    comparison = _context().comparison
    found = None
    # a year inside a name in quotes («Лучший МОЦ – 2025») names no period either
    folded = _QUOTED.sub(lambda m: " " * len(m.group(0)), _outside_closed_brackets(folded[:pos]))
    for m in _YEAR.finditer(folded, 0, pos):
        if comparison.search(folded[max(0, m.start() - 40) : m.start()]):
            continue
        # A date («22.02.2023») or a decree year says nothing of the figures' period.
        # But «с 01.01.2025» starts a period: what follows is that period's.
        before = folded[max(0, m.start() - 6) : m.start()]
        from_date = re.search(
            r"\bс\s*\d{1,2}[./]\d{1,2}[./]$", folded[max(0, m.start() - 9) : m.start()]
        )
        if not from_date and (
            re.search(r"\d[./]\d{1,2}[./]$", before)
            or re.search(r"\bот\s*$", before)
            or _day_and_month().search(folded[max(0, m.start() - 16) : m.start()])
        ):
            continue  # «20 марта 2025 г.»: a day's date too
        found = int(m.group(1))
    # «… а в двадцать третьем году в кружках занималось десять тысяч девятьсот детей»
    said = None
    for m in _year_said_in_words().finditer(folded, 0, pos):
        said = m
    if said is not None and (found is None or folded.rfind(str(found), 0, pos) < said.start()):
        return year_in_words()[1][" ".join(said.group("yw").split())]
    return found


@cache
def _year_said_in_words() -> re.Pattern[str]:
    """«в двадцать третьем году», «за две тысячи двадцать четвёртый год» (folded)."""
    return re.compile(rf"(?<!\w)(?:в|во|за)\s+{year_in_words()[0]},?\s+год")


def foreign(
    folded: str,
    start: int,
    end: int,
    year: int | None,
    leadin: str | None = None,
    heading: str | None = None,
    written_next_year: bool = False,
) -> str | None:
    """Why the number at folded[start:end] is not the report's own figure, or None.

    `leadin` is the folded sentence that opens a list; `heading` the folded title of the
    section («Задачи на 2025 год», «План работы на 2025 год»), which can make a whole
    section another period's.
    """
    reason = classify(clause_around(folded, start, end), written_next_year)
    if reason == "plan" and _FACT_BEFORE.search(folded[max(0, start - 40) : start]):
        reason = None  # «… планируемое … фактическое значение – 79,3 %»: the fact's
    if reason:
        return reason
    if is_other_field_clause(clause_around(folded, start, end)):
        return "other_field"  # «Горячим питанием охвачены 4 870 обучающихся»
    if _context().plan_value.search(folded[max(0, start - 40) : start]):
        return "plan"  # «при плане 78,0 %», «плановое значение – 80,0 %»
    if heading is not None:
        if classify(heading) == "plan":
            return "plan"
        if is_other_field(heading):
            return "other_field"
        said = year_before(heading, len(heading))
        if year is not None and said is not None and said != year:
            return "other_year"
    if leadin is not None:
        reason = classify(leadin, written_next_year)
        if reason:
            return reason
    if year is not None:
        said = year_before(folded, start)
        if said is None and leadin is not None:
            said = year_before(leadin, len(leadin))
        if said is not None and said != year:
            return "other_year"
    return None
