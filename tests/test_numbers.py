"""Finding and parsing numbers in report text (extractor/extract/numbers.py).

Three layers: every example written into rules/numbers.toml, table-driven cases for each
kind of number the reports contain (and each kind that must never be read as a figure),
and property tests on arbitrary text.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.export import format_value
from extractor.extract.numbers import (
    NumberFormatError,
    NumberMention,
    find_numbers,
    format_number,
    header_unit,
    number_rules,
    parse_number,
)
from extractor.normalise import fold, normalise

RULES = number_rules()


def values(text: str) -> list[Decimal]:
    return [m.value for m in find_numbers(text)]


def only(text: str) -> NumberMention:
    found = find_numbers(text)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


# --------------------------------------------------------------------------------------
# The rule file's own examples


def _dec(s: str) -> Decimal | None:
    return Decimal(s) if s != "" else None


def test_every_pattern_rule_has_examples_of_each_kind() -> None:
    rules = RULES.pattern_rules()
    assert len(rules) >= 20
    missing = [r.name for r in rules if not (r.match and r.no_match and r.examples)]
    assert missing == []
    sections = {name for name, _ in RULES.table_examples}
    assert sections == {"words", "digits"}


@pytest.mark.parametrize(
    ("rule", "sample"),
    [(r.name, s) for r in RULES.pattern_rules() for s in r.match],
)
def test_rule_matches_its_positive_examples(rule: str, sample: str) -> None:
    r = next(x for x in RULES.pattern_rules() if x.name == rule)
    assert r.regex.search(fold(sample)), f"{rule} does not match {sample!r}"


@pytest.mark.parametrize(
    ("rule", "sample"),
    [(r.name, s) for r in RULES.pattern_rules() for s in r.no_match],
)
def test_rule_rejects_its_negative_examples(rule: str, sample: str) -> None:
    r = next(x for x in RULES.pattern_rules() if x.name == rule)
    m = r.regex.search(fold(sample))
    assert m is None, f"{rule} matches {m.group(0)!r} in {sample!r}"


@pytest.mark.parametrize(
    ("rule", "example"),
    RULES.all_examples(),
    ids=[f"{name}:{e['text'][:30]}" for name, e in RULES.all_examples()],
)
def test_rule_example(rule: str, example: dict[str, Any]) -> None:
    found = find_numbers(example["text"])
    got = [m.value for m in found]
    assert got == [Decimal(v) for v in example["numbers"]], (rule, [m.text for m in found])
    if "units" in example:
        assert [m.unit or "" for m in found] == example["units"]
    if "approx" in example:
        assert [m.approx for m in found] == example["approx"]
    if "range_with" in example:
        assert [m.range_with for m in found] == [_dec(v) for v in example["range_with"]]


def test_exclusion_examples_really_exercise_their_rule() -> None:
    """Each exclusion must match something in at least one of its sentence examples,
    or the example proves nothing about the rule."""
    idle = [
        r.name
        for r in RULES.exclusions
        if not any(r.regex.search(fold(e["text"])) for e in r.examples)
    ]
    assert idle == []


# --------------------------------------------------------------------------------------
# Digits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("обучаются 10 923 ребенка", ["10923"]),
        ("1 635 человек (16,7 %)", ["1635", "16.7"]),
        ("выдано 2 056 сертификатов", ["2056"]),
        ("выдано 2 310 сертификатов, из них активны 1 540", ["2310", "1540"]),
        ("обучаются 10923 детей", ["10923"]),
        ("охват 150 000 детей", ["150000"]),
        ("художественной – 26, физкультурно-спортивной – 60, технической – 29", ["26", "60", "29"]),
        ("26, 60, 29", ["26", "60", "29"]),
        ("в 2023 году 150 детей", ["150"]),
        ("доля 83.5 %", ["83.5"]),
        ("доля 83,5 %", ["83.5"]),
        ("номинал – 18 500,00 руб.", ["18500.00"]),
        ("составляет 22 380,00", ["22380.00"]),
        ("составляет 22 380, 00.", ["22380.00"]),
        ("6 345 рублей 00 копеек", ["6345.00"]),
        ("6,2 тыс. рублей", ["6200"]),
        ("1,25 тыс. руб.", ["1250"]),
        ("прирост +5 %", ["5"]),
        ("10 923, 44 и 12", ["10923", "44", "12"]),
        ("классы 12, 15 и 18", ["12", "15", "18"]),
        ("центр «Т-34» и акция ГТО-2024", []),
    ],
)
def test_digits(text: str, expected: list[str]) -> None:
    assert values(text) == [Decimal(v) for v in expected]


def test_span_text_and_unit_end_point_into_the_given_text() -> None:
    text = "Номинал сертификата – 22 380, 00 руб., охват 16,7 %."
    a, b = find_numbers(text)
    assert (a.text, a.value, a.unit, a.is_decimal) == (
        "22 380, 00",
        Decimal("22380.00"),
        "rub",
        True,
    )
    assert text[a.start : a.end] == a.text
    assert a.unit_end is not None and text[a.end : a.unit_end] == " руб."
    assert (b.text, b.unit, text[b.end : b.unit_end]) == ("16,7", "percent", " %")


def test_kopecks_in_words_extend_the_unit_end() -> None:
    text = "стоимость 6 345 рублей 00 копеек за курс"
    m = only(text)
    assert (m.text, m.value, m.unit, m.is_decimal) == ("6 345", Decimal("6345.00"), "rub", True)
    assert text[m.end : m.unit_end] == " рублей 00 копеек"


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_raw_text_with_odd_spaces_between_groups(space: str) -> None:
    text = f"обучаются 10{space}923 ребенка, номинал 22{space}380,00{space}руб."
    a, b = find_numbers(text)
    assert (a.value, a.text, a.unit) == (Decimal("10923"), f"10{space}923", "persons")
    assert (b.value, b.unit) == (Decimal("22380.00"), "rub")
    assert [m.value for m in find_numbers(normalise(text))] == [a.value, b.value]


def test_is_decimal_follows_the_value_as_written() -> None:
    assert only("охват 16,7 %").is_decimal
    assert only("сумма 22 380,00").is_decimal
    assert not only("всего 164 программы").is_decimal
    assert not only("6,2 тыс. рублей").is_decimal  # 6 200 rubles: no fraction left
    assert not only("полторы тысячи").is_decimal
    assert only("полтора часа").is_decimal


# --------------------------------------------------------------------------------------
# Percent


@pytest.mark.parametrize(
    "text",
    [
        "охват 83 %",
        "охват 83%",
        "16,7 процента детей",
        "5 процентов",
        "9,9 проц.",
        "рост на 2,5 п.п.",
        "рост на 2,5 п. п.",
        "на 3 процентных пункта",
        "ОХВАТ 83 ПРОЦЕНТА",
    ],
)
def test_percent(text: str) -> None:
    assert only(text).unit == "percent"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("выдано 2 310 сертификатов", None),
        ("48 педагогических работников", None),
        ("с охватом 140 человек", "persons"),
        ("140 чел.", "persons"),
        ("34 обучающихся с ОВЗ", "persons"),
        ("500 руб.", "rub"),
        ("500руб.", "rub"),
        ("18 500 рублей", "rub"),
    ],
)
def test_units(text: str, unit: str | None) -> None:
    assert only(text).unit == unit


# --------------------------------------------------------------------------------------
# Words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("четыре организации", ["4"]),
        ("в пяти учреждениях", ["5"]),
        ("двух заседаний", ["2"]),
        ("одна программа", ["1"]),
        ("одной организации", ["1"]),
        ("одна из организаций", ["1"]),
        ("тридцать три мероприятия", ["33"]),
        ("сто шестьдесят четыре программы", ["164"]),
        ("двести детей", ["200"]),
        ("полторы тысячи детей", ["1500"]),
        ("в трёх организациях", ["3"]),
        ("в ТРЁХ организациях", ["3"]),
        ("Пять программ", ["5"]),
        ("двадцать одна тысяча двести", ["21200"]),
        ("миллион двести тысяч рублей", ["1200000"]),
        ("пять тыс. рублей", ["5000"]),
        ("из сорока участников", ["40"]),
        ("обоих учреждений", []),
        ("первый этап, третьем квартале", []),
        ("один раз", []),  # how often, never a figure (rules/numbers.toml `times`)
        ("ещё раз", []),
        ("сорока на заборе", []),
        ("двадцать пятого ноября", []),
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    found = find_numbers(text)
    assert [m.value for m in found] == [Decimal(v) for v in expected]
    assert all(m.written_in_words and text[m.start : m.end] == m.text for m in found)


def test_word_number_span_covers_every_word() -> None:
    m = only("реализуются сто шестьдесят четыре программы")
    assert m.text == "сто шестьдесят четыре"
    assert m.written_in_words and not m.is_decimal


def test_adjacent_words_that_cannot_form_one_number_stay_apart() -> None:
    assert values("пять шесть") == [Decimal(5), Decimal(6)]
    assert values("двадцать тридцать") == [Decimal(20), Decimal(30)]
    assert values("сто двести") == [Decimal(100), Decimal(200)]


@pytest.mark.parametrize(
    "text", ["проведено 5 (пять) мероприятий", "проведено пять (5) мероприятий"]
)
def test_a_number_restated_in_brackets_is_one_number(text: str) -> None:
    m = only(text)
    assert m.value == 5 and m.text in ("5", "пять")


def test_brackets_with_another_number_keep_both() -> None:
    assert values("1 635 человек (16 %) и пять (6) программ") == [1635, 16, 5, 6]


def test_digits_and_scale_word_are_one_number() -> None:
    m = only("15 тысяч человек")
    assert (m.text, m.value, m.unit) == ("15", Decimal(15000), "persons")


# --------------------------------------------------------------------------------------
# Never a figure


@pytest.mark.parametrize(
    "text",
    [
        "Постановление Администрации от 22.02.2023 №461",
        "на 20.11.2024 г.",
        "заседание коллегии 26.11.2024",
        "26 ноября 2024 г.",
        "в ноябре 2024 года",
        "2024 год",
        "в 2024 году",
        "за 2024 год",
        "2023–2024 учебный год",
        "2024-2025 гг.",
        "в 2023 и 2024 годах",
        "Показатель | 2023 | 2024",
        "№ 461",
        "№461",
        "приказ № 108-р",
        "приказ от 13.02.2023 №108-р",
        "приказ от 01.09.2024 № 12/3",
        "распоряжение 108-р",
        "Федеральный закон 273-ФЗ",
        "+7 (863) 123-45-67",
        "8 (35163) 2-13-54",
        "тел. 2-13-54",
        "от 5 до 18 лет",
        "5–18 лет",
        "детей 5-18 лет",
        "в возрасте 7 лет",
        "от пяти до восемнадцати лет",
        "https://ddt-bataysk.ru/?page_id=2709",
        "moc@mail.ru",
        "МБОУ «Лицей №17»",
        "МБОУ СОШ № 3",
        "Центр «IT-куб»",
        "1. Педагогические советы",
        "стр. 5",
        "п. 2.3",
        "в 10:00",
        "в 5-й раз",
    ],
)
def test_never_a_figure(text: str) -> None:
    found = find_numbers(text)
    assert found == [], [(m.text, m.value) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Постановлением от 22.02.2023 №461 создан МОЦ; в нем 6 организаций", ["6"]),
        ("В 2024 году проведены 46 мероприятий для родителей", ["46"]),
        ("Охват детей от 5 до 18 лет составляет 83 %", ["83"]),
        ("в Лицее №17 обучаются 450 детей", ["450"]),
        ("Телефон 8 (35163) 2-13-54. Проведено 12 мероприятий", ["12"]),
        ("2. Семинар для 40 педагогов", ["40"]),
        ("на 1974 ребенка, что составляет 12,5%", ["1974", "12.5"]),
        ("выдано 2024 сертификата", ["2024"]),
        ("Программы | 150 | 164", ["150", "164"]),
    ],
)
def test_figures_beside_things_that_are_not(text: str, expected: list[str]) -> None:
    assert values(text) == [Decimal(v) for v in expected]


# --------------------------------------------------------------------------------------
# Approximations and ranges


@pytest.mark.parametrize(
    "text",
    [
        "около 300 человек",
        "Около 300 человек",
        "более 1 500 детей",
        "свыше 20 %",
        "порядка 40 мероприятий",
        "почти 90 %",
        "~120 программ",
        "не менее 50 мероприятий",
        "около тысячи участников",
    ],
)
def test_approx(text: str) -> None:
    m = only(text)
    assert m.approx and m.range_with is None


def test_approx_needs_a_whole_word() -> None:
    assert not only("наиболее 5").approx  # «более» inside «наиболее» is not the word
    assert not only("наиболее востребованы 5 программ").approx
    assert not only("проведено 46 мероприятий").approx


def test_ranges_are_flagged_on_both_ends() -> None:
    a, b = find_numbers("на мероприятиях было от 300 до 350 человек")
    assert (a.value, a.range_with, b.value, b.range_with) == (300, 350, 350, 300)
    assert a.unit == b.unit == "persons"
    assert not a.approx


def test_age_range_is_no_range_of_figures() -> None:
    assert find_numbers("детей от 5 до 18 лет") == []
    m = only("детей от 5 до 18 лет – 10 923")
    assert m.range_with is None


# --------------------------------------------------------------------------------------
# parse_number / format_number / header_unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("10 923", "10923"),
        ("10\u00a0923", "10923"),
        ("10\u202f923", "10923"),
        ("10923", "10923"),
        ("16,7", "16.7"),
        ("83.5", "83.5"),
        ("22 380,00", "22380.00"),
        ("22 380, 00", "22380.00"),
        (" 1 635 ", "1635"),
        ("-5", "-5"),
        ("0", "0"),
        ("1 000 000", "1000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    got = parse_number(text)
    assert got == Decimal(value) and str(got) == value


@pytest.mark.parametrize(
    "text",
    ["", "пять", "12 34", "1 2345", "1,2,3", "22.02.2023", "16,", ",5", "26, 60", "1 500, 5", "٣"],
)
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(NumberFormatError) as err:
        parse_number(text)
    assert err.value.code == "number.format"
    assert "число" in err.value.message


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("10923", "10 923"),
        ("1635", "1 635"),
        ("164", "164"),
        ("16.7", "16,7"),
        ("22380.00", "22 380,00"),
        ("1000000", "1 000 000"),
        ("1E+3", "1 000"),
        ("-2500.5", "-2 500,5"),
        ("0.05", "0,05"),
    ],
)
def test_format_number(value: str, text: str) -> None:
    assert format_number(Decimal(value)) == text


def test_format_number_refuses_what_is_not_a_number() -> None:
    with pytest.raises(NumberFormatError):
        format_number(Decimal("NaN"))


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Сумма, тыс. руб.", "thousand_rub"),
        ("Номинал сертификата, руб.", "rub"),
        ("Доля детей, %", "percent"),
        ("Количество обучающихся, чел.", "persons"),
        ("Кол-во программ", None),
    ],
)
def test_header_unit(header: str, unit: str | None) -> None:
    assert header_unit(header) == unit


# --------------------------------------------------------------------------------------
# Properties

_ALPHABET = st.sampled_from(
    list("0123456789 ,.;:-–%№()+/=\n\u00a0\u202f")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИКЛМНОПРСТУ")
    + ["пять", "тысяч", "сорока", "руб.", "лет", "год", "от ", " до ", "около ", "сто"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_find_numbers_never_raises_and_spans_are_exact(text: str) -> None:
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text
        assert m.start < m.end
        assert m.unit_end is None or m.unit_end >= m.end


_NUMBERISH = st.text(alphabet="0123456789 ,.-−\u00a0\u202f", max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=40), _NUMBERISH))
def test_parse_number_raises_only_its_own_error(text: str) -> None:
    try:
        value = parse_number(text)
    except NumberFormatError as err:
        assert err.code == "number.format"
    else:
        assert value.is_finite()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_find_numbers_survives_any_unicode(text: str) -> None:
    for m in find_numbers(text):
        assert text[m.start : m.end] == m.text


_MONEY = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)
_WHOLE = st.integers(min_value=0, max_value=10**12).map(Decimal)
_ONE_PLACE = st.decimals(min_value=0, max_value=10**9, places=1, allow_nan=False)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_MONEY, _WHOLE, _ONE_PLACE))
def test_format_parse_round_trip(value: Decimal) -> None:
    text = format_number(value)
    assert parse_number(text) == value
    assert format_number(parse_number(text)) == text


_SIGNED = st.decimals(
    min_value=-(10**9), max_value=10**9, places=3, allow_nan=False, allow_infinity=False
)
_GAP = st.sampled_from([" ", "\u00a0", "\u202f"])


@st.composite
def _written(draw: st.DrawFn) -> str:
    """A number as reports write it: a sign, digit groups apart or not, a comma or point."""
    head = str(draw(st.integers(0, 999)))
    groups = draw(st.lists(st.integers(0, 999).map("{:03d}".format), max_size=4))
    whole = draw(_GAP).join([head, *groups]) if draw(st.booleans()) else head + "".join(groups)
    sign = draw(st.sampled_from(["", "-", "−"]))
    frac = draw(st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=1, max_size=4)))
    return sign + whole + (draw(st.sampled_from([",", "."])) + frac if frac else "")


@settings(max_examples=150, deadline=None)
@given(_written())
def test_parse_format_parse_is_stable(text: str) -> None:
    """Reading a number as written, writing it back and reading that gives the same."""
    value = parse_number(text)
    again = format_number(value)
    assert parse_number(again) == value
    assert format_number(parse_number(again)) == again


@settings(max_examples=200, deadline=None)
@given(_SIGNED)
def test_format_parse_round_trip_of_negative_and_three_place_values(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@settings(max_examples=200, deadline=None)
@given(st.one_of(_MONEY, _WHOLE, _ONE_PLACE))
def test_a_number_written_back_is_found_again(value: Decimal) -> None:
    """What format_number writes, find_numbers reads in a sentence as one number."""
    text = f"Показатель составил {format_number(value)} в отчётном году."
    assert [m.value for m in find_numbers(text)] == [value]


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
        st.integers(min_value=-(10**12), max_value=10**12),
    )
)
def test_csv_value_reads_back_and_writes_the_same(value: float) -> None:
    """reports.csv and figures.csv: a value read back by a spreadsheet is written the same."""
    text = format_value(value)
    assert abs(float(text) - value) <= 0.005 + abs(value) * 1e-15
    assert format_value(float(text)) == text
    assert text != "-0"
