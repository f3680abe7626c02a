"""Normalisation: what every reader stores, and the folded view matchers search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.morph import is_known_word, is_plausible_word
from extractor.normalise import (
    _CHANGED,
    _MIXED_WORD,
    _TABLE,
    _fix_mixed_word,
    _replace,
    fold,
    join_broken_words,
    join_hyphenated,
    join_wrapped_words,
    normalise,
    one_line,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10\u00a0923 ребенка", "10 923 ребенка"),  # no-break space
        ("18\u202f500,00 руб.", "18 500,00 руб."),  # narrow no-break space
        ("16,7\u2009%", "16,7 %"),  # thin space
        ("1\u2007445", "1 445"),  # figure space
        ("Итого:\u00a0\u00a0164", "Итого: 164"),  # a run of them is one space
    ],
)
def test_odd_spaces_become_one_space(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_soft_hyphen_and_zero_width_characters_vanish() -> None:
    assert normalise("вос\u00adпитание") == "воспитание"
    assert normalise("МОЦ\u200b \ufeffИтого\u2060") == "МОЦ Итого"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("художественной \u2014 26", "художественной – 26"),  # em dash
        ("художественной \u2013 26", "художественной – 26"),  # en dash stays
        ("физкультурно\u2011спортивной", "физкультурно-спортивной"),  # non-breaking hyphen
        ("физкультурно\u2010спортивной", "физкультурно-спортивной"),  # hyphen
        ("\u22125 °C", "-5 °C"),  # minus sign
    ],
)
def test_dashes(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_quotes_become_ascii_but_guillemets_stay() -> None:
    assert normalise("\u201cЛидер\u201d и \u201eИскра\u201c") == '"Лидер" и "Искра"'
    assert normalise("МБУ ДО \u00abДДТ\u00bb") == "МБУ ДО «ДДТ»"
    assert normalise("\u2018к\u2019") == "'к'"
    assert normalise("\u2116\u00a0312-р") == "№ 312-р"
    assert normalise("и т. д\u2026") == "и т. д..."


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Kонкурс", "Конкурс"),  # Latin K
        ("Mосква", "Москва"),  # Latin M
        ("Cочи", "Сочи"),  # Latin C
        ("СOШ № 17", "СОШ № 17"),  # Latin O inside an abbreviation
        ("Ростов-нa-Дону", "Ростов-на-Дону"),  # Latin a in one part of a compound
        ("прогрaммa", "программа"),  # several Latin a
    ],
)
def test_latin_look_alikes_are_fixed_inside_russian_words(raw: str, expected: str) -> None:
    fixed = normalise(raw)
    assert fixed == expected
    assert not any("a" <= ch.lower() <= "z" for ch in fixed)


@pytest.mark.parametrize(
    "text",
    [
        "Центр «IT-куб»",  # Latin word joined to a Russian one by a hyphen
        "ПФДО",
        "URL https://ddt-bataysk.ru/?page_id=2709",
        "moc-zlat@mail.ru",
        "Wоrd",  # has a Latin letter without a Cyrillic twin: left alone
        "B 2024 году",  # a lone Latin letter is not a Russian word
        "АИС «Навигатор» (navigator.edu.ru)",
    ],
)
def test_latin_words_are_left_alone(text: str) -> None:
    assert normalise(text) == text


_EVERY_WORD = re.compile(r"[^\W\d_]+")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AaBCcEeHKkMOoPpTXxyzQ абвгдеёжКкОоРр0123_-\n.,«»ЖIT", max_size=40))
def test_mixed_word_pattern_finds_every_word_the_fix_would_change(text: str) -> None:
    """Only mixed words are handed to the fix, yet the result is as if every word was."""
    assert _MIXED_WORD.sub(_fix_mixed_word, text) == _EVERY_WORD.sub(_fix_mixed_word, text)


def test_nfc_composes_short_i_and_yo() -> None:
    assert normalise("и\u0306") == "й"
    assert normalise("е\u0308лка") == "ёлка"
    assert normalise("ёлка") == "ёлка"  # the writer's ё is kept in the stored text


def test_lines_kept_spaces_collapsed_ends_stripped() -> None:
    assert normalise("  a\tb   c  \r\n  d  \re ") == "a b c\nd\ne"
    assert normalise("\n\nтекст\n\n") == "текст"


def test_one_line_puts_lines_together() -> None:
    assert one_line(" охват \n составил\r\n78,4\u00a0% ") == "охват составил 78,4 %"


@pytest.mark.parametrize(
    "raw",
    ["10\u00a0923 — “Kонкурс”\u00ad", "a\tb\r\nc", "Итого: 164", "ёлка — IT-куб"],
)
def test_normalise_is_idempotent(raw: str) -> None:
    once = normalise(raw)
    assert normalise(once) == once


def test_fold_lowers_maps_yo_and_keeps_length() -> None:
    text = "Ёлка ЁЖ Охват"
    assert fold(text) == "елка еж охват"
    assert len(fold(text)) == len(text)


def test_fold_keeps_positions_when_a_letter_would_grow() -> None:
    text = "İstanbul Охват"  # «İ».lower() is two characters
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.index("охват") == text.index("Охват")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("вос-\nпитание", "воспитание"),
        ("обучаю-\nщихся", "обучающихся"),
        ("физкультурно-\nспортивной", "физкультурно-спортивной"),
        ("социально-\nгуманитарной", "социально-гуманитарной"),
        ("из-\nза", "из-за"),  # only a dictionary knows both halves are words
        ("Ростов-\nна-Дону", "Ростов-на-Дону"),
        ("Центр «IT-\nкуб»", "Центр «IT-куб»"),
        ("ПФДО-\nсертификат", "ПФДО-сертификат"),
    ],
)
def test_join_hyphenated_with_dictionary(raw: str, expected: str) -> None:
    assert join_hyphenated(raw, is_known_word) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("вос-\nпитание", "воспитание"),
        ("обучаю-\nщихся", "обучающихся"),
        ("физкультурно-\nспортивной", "физкультурно-спортивной"),  # -о + long tail
        ("естественно-\nнаучной", "естественно-научной"),
        ("Центр «IT-\nкуб»", "Центр «IT-куб»"),
        ("из-\nза", "изза"),  # without a dictionary a short head is taken as a break
    ],
)
def test_join_hyphenated_without_dictionary(raw: str, expected: str) -> None:
    assert join_hyphenated(raw) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Северо-\nКавказский",  # capital after the break: not a typesetter's break
        "2023-\n2024",  # digits
        "охват –\nсоставил",  # a spaced dash is punctuation
        "строка\nдругая",
    ],
)
def test_join_hyphenated_leaves_other_line_ends(text: str) -> None:
    assert join_hyphenated(text) == text
    assert join_hyphenated(text, is_known_word) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="".join(chr(k) for k in _TABLE) + "аб –«»\n ", max_size=30))
def test_replacing_changed_characters_is_the_translation(text: str) -> None:
    assert _CHANGED.sub(_replace, text) == text.translate(_TABLE)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("художест-венная", "художественная"),
        ("физкуль-турно-спортивная", "физкультурно-спортивная"),
        ("социально-гуманитар-ная", "социально-гуманитарная"),
        ("естествен-нонаучная", "естественнонаучная"),
        ("туристско-краевед-ческая", "туристско-краеведческая"),
        # real compounds keep their hyphens
        ("северо-западный", "северо-западный"),
        ("Каменск-Уральский", "Каменск-Уральский"),
        ("из-за", "из-за"),
        ("IT-куб", "IT-куб"),
        ("2023-2024", "2023-2024"),
        ("научно-технической", "научно-технической"),
    ],
)
def test_join_broken_words(text: str, expected: str) -> None:
    assert join_broken_words(text, is_known_word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words LibreOffice wrapped without a hyphen in the narrow direction columns of a
        # transposed table saved as pdf (table case 03): every direction was lost.
        ("Худож\nествен\nная", "Художественная"),
        ("Социал\nьно-\nгумани\nтарная", "Социально-гуманитарная"),
        ("Физкул\nьтурно\n-\nспорти\nвная", "Физкультурно-спортивная"),
        ("Турист\nско-\nкраеве\nдческа\nя", "Туристско-краеведческая"),
        # a known prefix and a dictionary word is a word (table case 01)
        ("общеразвивающ\nих программ,\nед.", "общеразвивающих программ,\nед."),
        # lines that end on whole words keep their breaks
        ("в том числе\nпо программам\nтехнической", "в том числе\nпо программам\nтехнической"),
        (
            "Численность\nобучающихся\nв возрасте 5-18\nлет",
            "Численность\nобучающихся\nв возрасте 5-18\nлет",
        ),
        ("Северо-\nЗападный", "Северо-\nЗападный"),
        # a letter alone that the dictionary knows by its name is no word (round 11, 07:
        # «Программ|ы, ед.» over the programmes' column); «с» and «в» are words
        ("Программ\nы, ед.", "Программы, ед."),
        ("в т.ч. с\nОВЗ", "в т.ч. с\nОВЗ"),
        # … and so is a syllable of two the dictionary knows («ия»: round 14, 12)
        ("Срок\nисполнен\nия", "Срок\nисполнения"),
        ("Программы\nдо 2025", "Программы\nдо 2025"),
    ],
)
def test_join_wrapped_words(text: str, expected: str) -> None:
    assert join_wrapped_words(text, is_plausible_word) == expected
