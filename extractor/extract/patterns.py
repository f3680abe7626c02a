"""Figure rules as data: loading `rules/figures/*.toml` and compiling their patterns.

A rule's pattern is a regular expression over a *masked* view of a sentence: folded
(lower case, ё → е) and with every number the number parser accepted replaced by `#`
characters of the same length. So `{N}` matches "a number" whatever way it was written
(«10 923», «пяти», «16,7»), dates, years and document numbers stay digits and can never
be captured, and every offset in the masked text is an offset in the original sentence.

Macros usable in patterns:
- `{N}`    the figure (exactly one per pattern): a masked number, captured as group `n`;
- `{N2}`   a second number added to the first («23 программы и 1 адаптированная»);
- `{NUM}`  any other masked number, not captured;
- `{GAP}`  up to 80 characters that cross no other number and no «;»;
- `{LOCAL}` the same, but also no comma or colon: within one clause;
- `{GAP30}`, `{LOCAL20}` etc. the same with another limit;
- `{W}`    one word; `{DASH}` a dash, colon or «составляет»-like link between label and value.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib.resources import files

from pydantic import BaseModel, Field, field_validator

_MACROS = {
    "{N}": r"(?P<n>#+)",
    "{N2}": r"(?P<n2>#+)",
    "{NUM}": r"#+",
    "{W}": r"[\w-]+",
    "{DASH}": r"\s*(?:[–:=-]|\|)?\s*",
}
_GAP = re.compile(r"\{GAP(\d*)\}")
_LOCAL = re.compile(r"\{LOCAL(\d*)\}")


# A table cell is read on its row's label and column's header, nothing else: the words
# between a label's keyword and its value may run longer than in a sentence
# («Численность детей с ОВЗ, обучающихся по дополнительным общеобразовательным
# программам | 364»), so a table reads every gap this many times as long.
TABLE_GAP_SCALE = 2


def expand(pattern: str, scale: int = 1, label: bool = False) -> str:
    """The pattern as a regex; `scale` lengthens the gaps, and in a `label` (a table's
    header and row label read as one phrase) a comma ends no clause: «Организации
    дополнительного образования (УДО), подведомственные Управлению … | 4»."""
    for macro, regex in _MACROS.items():
        pattern = pattern.replace(macro, regex)
    # An aside in brackets with no number in it is one step of a gap, however long:
    # «… для родителей (собрания, консультации, «Родительский университет»), охват – 402»
    pattern = _GAP.sub(
        lambda m: rf"(?:\([^()#;]*\)|[^#;!?]){{0,{int(m.group(1) or 80) * scale}}}?", pattern
    )
    stops = ";!?:" if label else ";!?,:"
    return _LOCAL.sub(lambda m: rf"[^#{stops}]{{0,{int(m.group(1) or 60) * scale}}}?", pattern)


class Example(BaseModel):
    text: str
    value: float


class FigureRule(BaseModel):
    id: str
    key: str
    pattern: str
    requires: list[str] = Field(default_factory=list)  # each must occur in the unit/lead-in
    forbids: list[str] = Field(default_factory=list)  # none may occur in the matched text
    unless: list[str] = Field(default_factory=list)  # none may occur anywhere in the unit
    priority: int = 0  # higher wins when rules disagree on a key
    examples: list[Example] = Field(default_factory=list)
    counter_examples: list[str] = Field(default_factory=list)

    @field_validator("pattern")
    @classmethod
    def _one_figure(cls, v: str) -> str:
        if v.count("{N}") != 1:
            raise ValueError("a pattern captures exactly one figure: use {N} once")
        return v

    @property
    def regex(self) -> re.Pattern[str]:
        return _compiled(self.pattern)

    @property
    def table_regex(self) -> re.Pattern[str]:
        """The pattern as a table's header and label are read as one phrase (see
        `TABLE_GAP_SCALE`): longer gaps, and commas inside the label."""
        return _compiled(self.pattern, TABLE_GAP_SCALE, True)

    @property
    def cell_regex(self) -> re.Pattern[str]:
        """The pattern as a sentence written in a cell is read: longer gaps, its commas
        ending clauses as in any sentence («742 чел., из них дети-инвалиды – 268»)."""
        return _compiled(self.pattern, TABLE_GAP_SCALE)

    def required(self) -> list[re.Pattern[str]]:
        return [_compiled(p) for p in self.requires]

    def forbidden(self) -> list[re.Pattern[str]]:
        return [_compiled(p) for p in self.forbids]

    def excluded(self) -> list[re.Pattern[str]]:
        return [_compiled(p) for p in self.unless]


@cache
def _compiled(pattern: str, scale: int = 1, label: bool = False) -> re.Pattern[str]:
    return re.compile(expand(pattern, scale, label))


class RuleFile(BaseModel):
    family: str
    description: str = ""
    rule: list[FigureRule]


@cache
def figure_rules() -> tuple[FigureRule, ...]:
    """All figure rules from rules/figures/, in file then declaration order."""
    folder = files("extractor.rules") / "figures"
    out: list[FigureRule] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            data = tomllib.loads(entry.read_text("utf-8"))
            out.extend(RuleFile(**data).rule)
    return tuple(out)


@cache
def vocabulary(name: str) -> dict[str, object]:
    """A vocabulary file from rules/ (directions.toml, context.toml, …)."""
    return tomllib.loads((files("extractor.rules") / f"{name}.toml").read_text("utf-8"))


@cache
def year_in_words() -> tuple[str, dict[str, int]]:
    """A year of this century written as an ordinal in words («двадцать четвертом»,
    «две тысячи двадцать третьего»), captured as `yw`, over folded text; and the year
    of each ordinal stem (rules/period.toml `year_words`)."""
    words = vocabulary("period")["year_words"]
    assert isinstance(words, dict)
    years = {str(k): 2000 + int(v) for k, v in words.items()}
    stems = sorted(years, key=len, reverse=True)
    return rf"(?:две\s+тысячи\s+)?(?P<yw>{'|'.join(stems)})\w*", years
