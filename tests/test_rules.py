"""Every rule's own examples, run through the real engine.

A rule with a failing example, or a counter-example it still matches, fails here; so does
a rule file that names an unknown key. Examples are read as sentences of a 2024 report.
"""

from __future__ import annotations

import pytest

from extractor.catalogue import catalogue
from extractor.extract.concepts import read_concepts
from extractor.extract.context import classify
from extractor.extract.directions import direction_of
from extractor.extract.document_kind import plan_year, title_kind
from extractor.extract.document_kind import rules as document_rules
from extractor.extract.figures import mask, match_rules
from extractor.extract.identify import identify, period_rules
from extractor.extract.patterns import figure_rules, vocabulary
from extractor.normalise import fold
from extractor.records import DocumentKind
from tests.test_identify import make_doc

YEAR = 2024
RULES = figure_rules()
PERIOD_RULES = period_rules().rule


def test_rules_exist_and_name_catalogue_keys() -> None:
    keys = set(catalogue().ordered_keys())
    assert RULES, "no rules loaded from rules/figures"
    unknown = {r.id: r.key for r in RULES if r.key not in keys}
    assert not unknown
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids)), "rule ids must be unique"


def test_every_rule_has_an_example() -> None:
    assert [r.id for r in RULES if not r.examples] == []


@pytest.mark.parametrize(
    ("rule_id", "text", "value"),
    [(r.id, e.text, e.value) for r in RULES for e in r.examples],
)
def test_rule_example(rule_id: str, text: str, value: float) -> None:
    rule = next(r for r in RULES if r.id == rule_id)
    found = [float(m.value) for r, m in match_rules(mask(text), YEAR) if r.id == rule_id]
    assert found, f"{rule_id} found nothing in: {text}"
    assert any(abs(v - value) < 0.005 for v in found), (rule.key, found)


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [(r.id, t) for r in RULES for t in r.counter_examples],
)
def test_rule_counter_example(rule_id: str, text: str) -> None:
    rule = next(r for r in RULES if r.id == rule_id)
    found = [m.text for r, m in match_rules(mask(text), YEAR) if r.key == rule.key]
    assert found == [], f"{rule_id} should not read {found} from: {text}"


@pytest.mark.parametrize("example", vocabulary("directions")["example"])
def test_direction_examples(example: dict[str, str]) -> None:
    assert direction_of(fold(example["text"])) == example["direction"]


@pytest.mark.parametrize("example", vocabulary("context")["example"])
def test_context_examples(example: dict[str, str]) -> None:
    expected = None if example["kind"] == "own" else example["kind"]
    assert classify(fold(example["text"])) == expected


@pytest.mark.parametrize("example", vocabulary("context")["repeated_example"])
def test_repeated_count_examples(example: dict[str, object]) -> None:
    from extractor.extract.context import is_repeated_count

    assert is_repeated_count(fold(str(example["text"]))) is example["repeated"]
    if "unique" in example:
        from extractor.extract.context import is_unique_count

        assert is_unique_count(fold(str(example["text"]))) is example["unique"]


@pytest.mark.parametrize("example", vocabulary("context")["field_example"])
def test_other_field_heading_examples(example: dict[str, object]) -> None:
    """rules/context.toml `other_field`: headings of sections about schools, meals,
    camps — whose numbers are none of the report's — and headings that are its own."""
    from extractor.extract.context import is_other_field

    assert is_other_field(fold(str(example["text"]))) is example["other"]


@pytest.mark.parametrize("example", vocabulary("context")["field_clause_example"])
def test_other_field_clause_examples(example: dict[str, object]) -> None:
    """rules/context.toml `other_field_clause`: children fed, in camps, at exams."""
    from extractor.extract.context import is_other_field_clause

    assert is_other_field_clause(fold(str(example["text"]))) is example["other"]


def test_context_examples_include_own_figures() -> None:
    kinds = {e["kind"] for e in vocabulary("context")["example"]}
    assert {"plan", "past", "elsewhere", "own"} <= kinds


@pytest.mark.parametrize("example", vocabulary("audiences")["example"])
def test_audience_table_examples(example: dict[str, str]) -> None:
    from extractor.extract.tables import event_key

    assert event_key(fold(example["label"]), fold(example["header"])) == example["key"]


@pytest.mark.parametrize("example", vocabulary("directions")["breakdown"])
def test_direction_breakdowns(example: dict[str, object]) -> None:
    from extractor.document import Location
    from extractor.extract.directions import extract_directions
    from extractor.read.builder import DocumentBuilder
    from extractor.segment import Unit, UnitKind

    text = str(example["text"])
    doc = DocumentBuilder(path="example.txt", format="txt")
    doc.add_text(text)
    built = doc.build()
    leadin = example.get("leadin")
    unit = Unit(
        kind=UnitKind.list_item if leadin else UnitKind.sentence,
        text=built.text,
        start=0,
        end=len(built.text),
        block=0,
        location=Location(line=1),
        leadin=str(leadin) if leadin else None,
    )
    found = {c.figure.key: c.figure.value for c in extract_directions(built, [unit], YEAR)}
    assert found == example["figures"]


def test_every_period_rule_has_an_example() -> None:
    assert [r.id for r in PERIOD_RULES if not r.examples] == []
    ids = [r.id for r in PERIOD_RULES]
    assert len(ids) == len(set(ids)), "rule ids must be unique"
    # the code gives these two rules checks of their own (decree dates, deadlines)
    assert {"year.date", "year.named"} <= set(ids)


def _year_rules(text: str) -> tuple[int | None, list[str]]:
    identity = identify(make_doc(text))
    return identity.year, [e.rule for e in identity.evidence if e.field == "year"]


@pytest.mark.parametrize(
    ("rule_id", "text", "year"),
    [(r.id, e.text, e.year) for r in PERIOD_RULES for e in r.examples],
)
def test_period_rule_example(rule_id: str, text: str, year: int) -> None:
    """A one-paragraph document: the rule names its year, and is the strongest evidence."""
    got, rules = _year_rules(text)
    assert got == year, (text, rules)
    assert rules[:1] == [rule_id], text


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [(r.id, t) for r in PERIOD_RULES for t in r.counter_examples],
)
def test_period_rule_counter_example(rule_id: str, text: str) -> None:
    got, rules = _year_rules(text)
    assert rule_id not in rules, f"{rule_id} should not read {got} from: {text}"


@pytest.mark.parametrize("example", vocabulary("tables")["example"])
def test_table_examples(example: dict[str, object]) -> None:
    """rules/tables.toml: each example table's column and row roles."""
    from extractor.document import Cell, Table
    from extractor.extract.table_model import interpret

    texts = example["table"]
    assert isinstance(texts, list)
    rows = [
        [Cell(text=t, row=r, col=c, start=0, end=len(t)) for c, t in enumerate(row)]
        for r, row in enumerate(texts)
    ]
    model = interpret(Table(rows=rows, header_rows=int(example["header_rows"])))  # type: ignore[arg-type]
    assert [c.value for c in model.columns] == example["columns"]
    assert [r.role.value for r in model.rows] == example["rows"]


@pytest.mark.parametrize("example", vocabulary("tables")["split"])
def test_table_split_examples(example: dict[str, object]) -> None:
    """rules/tables.toml [[split]]: a grid cut where a header of its own starts a table."""
    from extractor.document import Cell, Table
    from extractor.extract.table_model import sub_tables

    texts = example["table"]
    assert isinstance(texts, list)
    rows = [
        [Cell(text=t, row=r, col=c, start=0, end=len(t)) for c, t in enumerate(row)]
        for r, row in enumerate(texts)
    ]
    parts = sub_tables(Table(rows=rows))
    assert [len(p.rows) for p in parts] == example["parts"]
    assert [p.caption for p in parts] == example["captions"]


@pytest.mark.parametrize("example", vocabulary("tables")["abbreviated"])
def test_table_abbreviation_examples(example: dict[str, str]) -> None:
    """rules/tables.toml [abbreviation]: headers written out before the rules read them."""
    from extractor.extract.table_model import expand_abbreviations

    assert expand_abbreviations(example["text"]) == example["expanded"]


@pytest.mark.parametrize("example", vocabulary("counted")["examples"])
def test_counted_noun_examples(example: dict[str, str]) -> None:
    """rules/counted.toml: the noun a number counts, by its dictionary form, and its kind;
    the example's first number (its last when none is expected, «… – 35, … – 17»)."""
    from extractor.extract.counted import counted_noun, kind_of
    from extractor.extract.numbers import find_numbers

    numbers = list(find_numbers(example["text"]))
    assert numbers, example["text"]
    number = numbers[0] if example["noun"] or "из" in example["text"] else numbers[-1]
    noun = counted_noun(example["text"], number.end)
    assert (noun or "") == example["noun"]
    assert (kind_of(noun) or "") == example["kind"]


def _concept_readings(text: str) -> list[tuple[str, float]]:
    from extractor.extract.concepts import read_concepts

    masked = mask(text)
    found = read_concepts(text, masked.masked, masked.numbers, list(masked.numbers.values()))
    return [(c.key, float(m.value)) for c, m in found]


CONCEPTS = vocabulary("concepts")["concept"]


@pytest.mark.parametrize(
    ("key", "text", "value"),
    [(c["key"], e["text"], e["value"]) for c in CONCEPTS for e in c.get("examples", [])],
)
def test_concept_example(key: str, text: str, value: float) -> None:
    """rules/concepts.toml: each concept reads its examples by their words' dictionary
    forms, and no other concept claims the same number."""
    assert (key, value) in _concept_readings(text)


@pytest.mark.parametrize(
    ("key", "text"),
    [(c["key"], t) for c in CONCEPTS for t in c.get("counter_examples", [])],
)
def test_concept_counter_example(key: str, text: str) -> None:
    assert key not in {k for k, _ in _concept_readings(text)}


def test_every_concept_has_an_example() -> None:
    assert [c["key"] for c in CONCEPTS if not c.get("examples")] == []


DOCUMENT = document_rules()


@pytest.mark.parametrize(
    ("title", "kind"), [(e["title"], e["kind"]) for e in DOCUMENT.examples], ids=str
)
def test_document_title_example(title: str, kind: str) -> None:
    """rules/document.toml: what a title calls its document."""
    assert title_kind(title) == kind


@pytest.mark.parametrize("title", DOCUMENT.counter_examples)
def test_document_title_counter_example(title: str) -> None:
    """A report's own title stays a report's, with a plan or a region in it."""
    assert title_kind(title) is DocumentKind.report


@pytest.mark.parametrize(
    ("title", "year"), [(e["title"], e["year"]) for e in DOCUMENT.plan_year_examples], ids=str
)
def test_document_plan_year_example(title: str, year: int) -> None:
    assert plan_year(title) == year


def test_a_sentence_pointing_back_with_two_counts() -> None:
    """The sentence before is lent to every count of a sentence pointing back, not only
    to the first (a name reused inside the loop once broke the second)."""
    text = "Их посетили 1 130 родителей и 40 педагогов."
    m = mask(text)
    got = read_concepts(
        text, m.masked, m.numbers, list(m.numbers.values()), None,
        "Для родителей прошли собрания и дни открытых дверей.",
    )  # fmt: skip
    assert [(c.key, float(n.value)) for c, n in got] == [("events_parents_reach", 1130.0)]
