"""Running text, page layouts and identity (issue 15): each miss of the blind running-text
rounds that a general mechanism fixed, on the report that showed it.

Round 16 (`t1_…`) and round 17 (`t2_…`) were written by helpers from the specs alone;
their documents and gold files are in tests/data/blind/round16 and round17.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.extract.directions import extract_directions
from extractor.extract.figures import extract_from_units
from extractor.pipeline import read_one
from extractor.read import read_document
from extractor.records import ReportRecord
from extractor.segment import segment
from extractor.validate.record import check_record
from tests.test_identify import make_doc

ROOT = Path(__file__).resolve().parent.parent
ROUND16 = ROOT / "tests" / "data" / "blind" / "round16"
ROUND17 = ROOT / "tests" / "data" / "blind" / "round17"


def _record(path: Path) -> ReportRecord:
    result = read_one(path, path.name)
    assert result.record is not None, result.problems
    return result.record


def _values(record: ReportRecord) -> dict[str, float]:
    return {f.key: f.value for f in record.figures}


def _texts(path: Path) -> list[str]:
    return [b.text for b in read_document(path, path.name).blocks]


def _read(text: str, year: int = 2024) -> dict[str, float]:
    """Key → value of what the text's sentences are read as (the best reading per key)."""
    doc = make_doc(text)
    units = segment(doc)
    found = extract_from_units(doc, units, year) + extract_directions(doc, units, year)
    return {c.figure.key: c.figure.value for c in sorted(found, key=lambda c: c.priority)}


# --- reading order of a page ----------------------------------------------------------


def test_two_column_newsletter_is_read_column_after_column() -> None:
    """Round 16, 09 (0.44): a newsletter in two columns came out of pdfplumber line by
    line across both («Дополнительное мероприятий для родителей, их»), numbers paired
    with the other column's words. A gutter no word of a run of lines crosses cuts the
    run into columns, each read in turn with its own margins."""
    path = ROUND16 / "t1_09_baryshsky_rayon_vestnik.pdf"
    texts = _texts(path)
    assert any(
        t.startswith("По направленностям обучающиеся распределились так: художественная – 1 320")
        for t in texts
    ), texts
    # a paragraph running from the foot of one column to the head of the next is one
    assert any("провёл 6 мероприятий для родителей, их охват – 380 человек" in t for t in texts)
    values = _values(_record(path))
    assert values["students_art"] == 1320
    assert values["students_tech"] == 512
    assert values["certificate_nominal_rub"] == 5760
    assert values["events_parents_reach"] == 380


def test_slide_figure_is_one_paragraph_with_its_label_below() -> None:
    """Round 16, 08 (0.08): a slide deck sets each figure large on its own line and its
    label in small type on the next; every figure was read alone, and a slide number
    «1» or a date line («24 января 2025 года») decided the year."""
    path = ROUND16 / "t1_08_ostrovsky_rayon_prezentaciya.pdf"
    texts = _texts(path)
    assert "2 974 ребёнка занимаются в объединениях (без повторного счёта)" in texts
    assert "81,2 % охват детей 5–18 лет дополнительным образованием" in texts
    record = _record(path)
    assert record.year == 2024
    values = _values(record)
    assert values["students_total"] == 2974
    assert values["coverage_pct"] == 81.2
    assert values["certificates_active"] == 2410
    # «Художественная – 35» under «127 … программ»: a line of figures titles nothing
    assert values["programs_total"] == 127
    assert values["programs_art"] == 35
    assert values["programs_tourism"] == 9
    # «2 250 участников мероприятий для обучающихся»: people, not events
    assert values["events_students_reach"] == 2250
    assert values["events_students"] == 18


def test_slide_tiles_with_labels_above_and_figures_stacked() -> None:
    """Round 17, 03 (0.71): labels over their figures («номинал сертификата в 2024 году»
    over «14 640 руб.»), a label ending with a colon over its figure, two figures stacked
    in one paragraph each with its own label."""
    path = ROUND17 / "t2_03_nizhnevartovsky_slides.pdf"
    texts = _texts(path)
    assert "номинал сертификата в 2024 году 14 640 руб." in texts
    assert "3 877 сертификатов выдано" in texts
    assert "+2,2 п.п. прирост охвата к уровню 2023 года" in texts
    values = _values(_record(path))
    assert values["certificate_nominal_rub"] == 14640
    assert values["certificates_issued"] == 3877
    assert values["coverage_growth_pct"] == 2.2
    assert values["certificate_share_pct"] == 27.5
    assert values["events_teachers_reach"] == 312


# --- a number's label after it, and what it counts -------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # number first, its label after it (round 16, 08; the issue's own wordings)
        ("43 090 ребят записались на кружки и секции.", "students_total", 43090),
        ("2 410 активных сертификатов", "certificates_active", 2410),
        ("127 дополнительных общеобразовательных программ", "programs_total", 127),
        ("2,6 тыс. детей занимаются в кружках.", "students_total", 2600),
        # the coverage said as a share of the children aged 5–18 (round 17, 02, 07, 12)
        ("Это 78,4 % от общего числа детей от 5 до 18 лет.", "coverage_pct", 78.4),
        ("Это 81 % всех детей района в возрасте от 5 до 18 лет.", "coverage_pct", 81),
        # concepts: what a count means by its clause's words (round 16, 06; 17, 03)
        ("Педагогам – 5 семинаров, 110 участников.", "events_teachers_reach", 110),
        ("В конкурсах профмастерства выступили 27 педагогов.", "teachers_pd_participants", 27),
        ("Сертификаты выданы 2 950 детям.", "certificates_issued", 2950),
        (
            "В 2024 году работало 143 программы в четырёх организациях дополнительного "
            "образования.",
            "organizations_total",
            4,
        ),
    ],
)
def test_wordings_read_by_context_not_by_phrase(text: str, key: str, value: float) -> None:
    assert _read(text).get(key) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a row's number before its label is no figure (round 15, 09)
        ("4 Обучающиеся без повторного счёта чел.", "students_total"),
        # an aside in brackets belongs to its clause (round 3, 12)
        (
            "Основная часть обучающихся приходится на город Боровичи (5 610 детей).",
            "students_total",
        ),
        # «из 19 программ … получили 17»: the whole a part of which follows
        (
            "Из 19 программ, направленных на НОК, положительное заключение получили 17.",
            "programs_total",
        ),
        # a count of people is no count of events
        ("2 250 участников мероприятий для обучающихся", "events_students"),
        # «адаптированных» comes as «адаптировать»: a part of the programmes
        ("Для них работает 47 адаптированных программ.", "programs_total"),
    ],
)
def test_numbers_context_keeps_out(text: str, key: str) -> None:
    assert key not in _read(text)


# --- sections, dates and questions -----------------------------------------------------


def test_minutes_date_line_titles_nothing_and_decisions_are_plans() -> None:
    """Round 17, 09 (0.00): «20 марта 2025 г. п. Прямицыно», a short line under the
    title, titled the whole of the minutes, and its year made every figure another
    year's; «РЕШИЛИ: … создать 50 новых мест» is a decision, not a result."""
    values = _values(_record(ROUND17 / "t2_09_oktyabrsky_kursk_protocol.docx"))
    assert values["programs_total"] == 121
    assert values["students_total"] == 2986
    assert values["coverage_pct"] == 77.5
    assert values["coverage_growth_pct"] == 1.8
    assert "new_places" not in values


def test_interview_answers_are_read_with_their_questions() -> None:
    """Round 17, 06 (0.43): an interview whose neighbour is named in an answer to a
    question about neighbours («– Говорят, у соседей в Заинском районе охват ещё выше?»
    «– В Заинском районе – 85,2 процента») left the municipality undecided, and «– Какие
    планы на 2025 год?» «– Выйти на 85 процентов охвата» gave the coverage."""
    record = _record(ROUND17 / "t2_06_nizhnekamsky_interview.txt")
    assert record.municipality == "Нижнекамский район"
    assert record.region == "Республика Татарстан"
    values = _values(record)
    assert values.get("coverage_pct") != 85
    assert values["organizations_total"] == 7
    assert values["events_parents"] == 20


def test_results_of_a_year_outweigh_the_date_of_a_press_release() -> None:
    """Round 17, 07: «Для публикации: 14 февраля 2025 года» against «По итогам 2024
    года»: the year whose results are given is the report's."""
    assert _record(ROUND17 / "t2_07_anapa_pressrelease.docx").year == 2024


# --- round 18 ---------------------------------------------------------------------------

ROUND18 = ROOT / "tests" / "data" / "blind" / "round18"


def test_three_column_newsletter_and_a_number_that_wraps_whole() -> None:
    """Round 18, 04 (0.62): three columns; «6 118» held together by a no-break space
    went to the next line whole, which looked like a paragraph's end; «Социально-
    гуманитарных среди них – 58» continues the sentence of programmes before it;
    «объединения: в них 2 034 ребёнка»; «Годом ранее … 5 870 ребят» is last year's."""
    values = _values(_record(ROUND18 / "t3_04_chistopolsky_newsletter3col.pdf"))
    assert values["students_total"] == 6118
    assert values["programs_social"] == 58
    assert values["programs_science"] == 27
    assert values["students_sport"] == 2034


def test_slides_whose_labels_are_larger_than_the_decks_body_type() -> None:
    """Round 18, 03 (0.11): every label on the slides was larger than the deck's
    smallest type and so a heading, and no figure met its label; the bars of a chart
    drawn with block characters («Художественная ▇▇▇▇ 94») stood for a dash; the tasks
    for next year were headings, each titling the next, so none was a plan."""
    path = ROUND18 / "t3_03_kurganinsky_slides.pdf"
    texts = _texts(path)
    assert "Художественная – 94" in texts
    assert "9 847 детей занимаются в объединениях (без повторного счёта)" in texts
    values = _values(_record(path))
    assert values["students_total"] == 9847
    assert values["coverage_pct"] == 82.6
    assert values["programs_art"] == 94
    assert values["certificate_nominal_rub"] == 14210
    assert "certificate_share_pct" not in values  # «доля … – 35 %» among the tasks


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # plan and fact in one sentence (round 16, 03; round 18, 07)
        (
            "Показатель «Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным "
            "образованием»: при плане 78,0 % фактическое значение – 79,3 %.",
            "coverage_pct",
            79.3,
        ),
        (
            "Показатель «Доля детей, получающих дополнительное образование с "
            "использованием сертификата финансирования»: план – 25,0 %, факт – 26,4 %.",
            "certificate_share_pct",
            26.4,
        ),
        # growth said of the number, and the number it reached (round 18, 11)
        (
            "За 2024 год число детей, охваченных дополнительным образованием, выросло на "
            "288 и достигло 5 406.",
            "coverage_growth_children",
            288,
        ),
        (
            "За 2024 год число детей, охваченных дополнительным образованием, выросло на "
            "288 и достигло 5 406.",
            "students_total",
            5406,
        ),
        # «то есть на 3,9 процента», «+153 ребёнка, это +4,1%» (round 18, 01 and 12)
        (
            "По сравнению с 2023 годом охват увеличился на 163 ребёнка, то есть на 3,9 процента.",
            "coverage_growth_pct",
            3.9,
        ),
        ("Прирост за год: +153 ребёнка, это +4,1% к прошлому году.", "coverage_growth_pct", 4.1),
        (
            "Прирост за год: +153 ребёнка, это +4,1% к прошлому году.",
            "coverage_growth_children",
            153,
        ),
        # a direction's pupils with a comma before the dash (round 18, 10)
        ("Детей, занимающихся техническим творчеством, – 2 941.", "students_tech", 2941),
    ],
)
def test_wordings_of_round_18(text: str, key: str, value: float) -> None:
    assert _read(text).get(key) == value


def test_plan_kept_out_beside_its_fact() -> None:
    assert (
        _read(
            "Показатель «Доля детей, охваченных дополнительным образованием»: при плане 78,0 %."
        ).get("coverage_pct")
        is None
    )
    assert "coverage_pct" not in _read("В 2025 году хотим выйти на 80 % охвата.")


def test_an_answer_read_with_its_question() -> None:
    """Round 18, 06 (0.71): «Сколько ребят у вас занимается?» «– По итогам 2024 года –
    2 140 человек.»: the question says what the answer's number counts; «в 2025 году
    хотим выйти на 80 %» is an intention, no period of the report."""
    record = _record(ROUND18 / "t3_06_pervomaisky_interview.odt")
    assert record.year == 2024
    values = _values(record)
    assert values["students_total"] == 2140
    assert values["certificates_issued"] == 1960


# --- round 19 ---------------------------------------------------------------------------

ROUND19 = ROOT / "tests" / "data" / "blind" / "round19"


def test_slide_bars_of_squares_and_a_label_before_a_colon() -> None:
    """Round 19, 03 (0.37): a bar chart drawn with squares («Художественная ■■■■ 148»),
    and «Педагогам: 22 мероприятия / 614 участников», whose short label before the colon
    says whom both figures are for."""
    values = _values(_record(ROUND19 / "t4_03_kirovskiy_lo_slides.pdf"))
    assert values["programs_art"] == 148
    assert values["programs_tourism"] == 22
    assert values["events_teachers"] == 22
    assert values["events_teachers_reach"] == 614
    assert values["events_students"] == 31
    assert values["coverage_growth_children"] == 241
    assert values["coverage_growth_pct"] == 1.9


def test_directions_take_their_measure_from_the_sentence_before() -> None:
    """Round 19, 01 (0.56): «… программ. Больше всего художественных – 141; спортивных
    – 118»: the breakdown names no measure; the sentence before it does."""
    values = _values(_record(ROUND19 / "t4_01_kavkazskiy_speech.txt"))
    assert values["programs_art"] == 141
    assert values["programs_sport"] == 118
    assert values["coverage_growth_pct"] == 2.7  # «охват прибавил 2,7 процентного пункта»


def test_a_district_renamed_to_an_okrug_is_found_by_its_old_row() -> None:
    """Round 19, 10: «Вышневолоцкого городского округа» (a district of the 2019 register
    that became an okrug) lost to «Тверь», named in passing."""
    record = _record(ROUND19 / "t4_10_vyshnevolotskiy_radio.pdf")
    assert record.municipality is not None and record.municipality.startswith("Вышневолоцк")
    assert record.region == "Тверская область"


# --- round 20 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        # round 20, 01: a growth in brackets after the coverage is no coverage
        ("83,5 % охват детей 5–18 лет (+1,8 % к 2023 году)", "coverage_pct", 83.5),
        # round 20, 01: a norm in brackets is a target
        (
            "37,0 % доля детей, обучающихся по сертификату (норматив области – 25 %)",
            "certificate_share_pct",
            37.0,
        ),
    ],
)
def test_wordings_of_round_20(text: str, key: str, value: float) -> None:
    assert _read(text).get(key) == value


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # round 20, 01: a part in brackets after its whole is no total
        ("21 организация в реестре поставщиков ПФДО (в т. ч. 2 ИП)", "providers_registry"),
        # round 20, 04: a neighbour's figures, told by «коллеги из …»
        ("Коллеги из Шахт поделились своими итогами: охват там – 78 %.", "coverage_pct"),
        # round 20, 02: one direction's programmes are not all of them
        (
            "Порадовали технические программы: их стало 14, а год назад было только 9.",
            "programs_total",
        ),
    ],
)
def test_round_20_keeps_out(text: str, key: str) -> None:
    found = _read(text)
    assert key not in found or (key == "providers_registry" and found[key] != 2)


def test_last_year_of_a_paper_written_the_year_after_is_the_reports_year() -> None:
    """Round 20, 06 (0.32): an interview dated January 2024 about 2023 says «в прошлом
    году» of 2023; all its figures were taken for the year before the report's. And of
    two concepts, the one whose words stand in the number's own stretch wins: «Выдали мы
    5 402 сертификата, а учатся по ним 3 376 детей»."""
    record = _record(
        ROOT / "tests" / "data" / "blind" / "round20" / "t5_06_chusovoy_interview.docx"
    )
    assert record.year == 2023
    values = _values(record)
    assert values["certificates_issued"] == 5402
    assert values["certificate_students"] == 3376
    assert values["coverage_pct"] == 74.9  # «74,9 процента всех детей от пяти до восемнадцати лет»


def test_last_year_said_in_the_reports_own_year_stays_the_past() -> None:
    assert "students_total" not in _read("В прошлом году в кружках занимались 5 870 ребят.")


# --- rounds 21–22: identity against the register of 2024 ---------------------------------

ROUND21 = ROOT / "tests" / "data" / "blind" / "round21"
ROUND22 = ROOT / "tests" / "data" / "blind" / "round22"


@pytest.mark.parametrize(
    ("report", "municipality"),
    [
        # «Чайковского городского округа»: an okrug since 2019, no row in the 2019 register
        ("t7_04_chaykovsky_odt_letter.odt", "Чайковский городской округ"),
        # «городской округ Шатура»: the 2019 «Шатурский район» with Рошаль merged in
        ("t7_06_shatura_txt_cp1251.txt", "городской округ Шатура"),
    ],
)
def test_a_municipality_of_the_reforms_is_found(report: str, municipality: str) -> None:
    record = _record(ROUND22 / report)
    assert record.municipality == municipality


def test_a_namesake_chosen_without_its_region_is_warned() -> None:
    """Round 21, 03: «Заречный» is an okrug of Свердловская and a ЗАТО of Пензенская;
    the newsletter never names its own region, so the choice is warned."""
    record = _record(ROUND21 / "t6_03_zarechnyy_newsletter3col.pdf")
    (warning,) = [p for p in check_record(record) if p.code == "identity.ambiguous"]
    assert "Заречный (Свердловская область)" in warning.message
    assert "Заречный (Пензенская область)" in warning.message


# --- round 22 ---------------------------------------------------------------------------


def test_an_interview_page_joins_lines_that_open_in_lower_case() -> None:
    """Round 22, 12: a newspaper page under a wide masthead: every line of the interview
    was a paragraph of its own, the answers cut from their questions."""
    texts = _texts(ROUND22 / "t7_12_slantsevsky_pdf_interview.pdf")
    (answer,) = [t for t in texts if "Таких программ 27" in t]
    assert answer.startswith("– Вы удивитесь, но социально-гуманитарное")
    assert "занимаются по ним 540 ребят" in answer


def test_a_sentence_pointing_back_at_a_direction_gives_its_counts() -> None:
    """Round 22, 12: «… социально-гуманитарное: … Таких программ 27, и занимаются по ним
    540 ребят» — the direction's counts, not the total of all children (3 204)."""
    values = _values(_record(ROUND22 / "t7_12_slantsevsky_pdf_interview.pdf"))
    assert (values["programs_social"], values["students_social"]) == (27, 540)
    assert values["students_total"] == 3204


def test_a_two_column_script_is_read_as_running_text() -> None:
    """Round 22, 11: a TV script «ВИДЕО | ТЕКСТ» with records between rules: its text
    column is prose wrapped over lines (with hyphens), not a table of lines."""
    path = ROUND22 / "t7_11_kolsky_txt_tvscript.txt"
    texts = _texts(path)
    assert any("самое быстрорастущее направление" in t for t in texts)
    values = _values(_record(path))
    assert (values["programs_tech"], values["students_tech"]) == (22, 612)
    assert values["new_places"] == 75  # not the «одна» of «Ещё одна новость – новые места»


@pytest.mark.parametrize(
    ("report", "key", "value", "trap"),
    [
        # «Горячим питанием охвачены 4 870 обучающихся»: children fed are no pupils of ours
        ("t7_05_zainsky_txt_utf8.txt", "students_total", 5236, 4870),
        # «технической и туристско-краеведческой — 30»: a number for two directions
        ("t7_05_zainsky_txt_utf8.txt", "programs_tourism", None, 30),
        # «Планы на II полугодие: … открыть 45 новых мест»
        ("t7_06_shatura_txt_cp1251.txt", "new_places", None, 45),
    ],
)
def test_round_22_keeps_out(report: str, key: str, value: float | None, trap: float) -> None:
    got = _record(ROUND22 / report).value(key)
    assert got == value and got != trap


# --- round 24 ---------------------------------------------------------------------------

ROUND24 = ROOT / "tests" / "data" / "blind" / "round24"


@pytest.mark.parametrize(
    ("report", "municipality", "year"),
    [
        # the district's letterhead gives its office's address in a town that is a
        # municipality of its own («… г. Димитровград, ул. Хмельницкого, 93»)
        ("t9_07_melekess_letter_cp1251.txt", "Мелекесский район", 2024),
        # a chat named «МОЦ Юрга — отчёт 2024»: the centre called by its town
        ("t9_09_yurga_chat.txt", "Юргинский городской округ", 2024),
        # a title in capitals broken «МУНИ-/ЦИПАЛЬНОГО»; «Челябинск : ЧИППКРО, 2023» in
        # the reference list is where a book was printed
        ("t9_12_sosnovsky_abstract.pdf", "Сосновский район", 2023),
        # «в прошлом, двадцать четвёртом, году» on air in February 2025
        ("t9_10_essentuki_radio.docx", "город-курорт Ессентуки", 2024),
    ],
)
def test_identity_of_round_24(report: str, municipality: str, year: int) -> None:
    record = _record(ROUND24 / report)
    assert (record.municipality, record.year) == (municipality, year)


def test_a_spoken_count_is_read_and_a_spoken_past_year_kept_out() -> None:
    """Round 24, 10: «Если считать каждого ребёнка один раз, то одиннадцать тысяч триста
    сорок» (not the «один» of «один раз»); «в двадцать третьем году … десять тысяч
    девятьсот детей» is the year before."""
    assert _record(ROUND24 / "t9_10_essentuki_radio.docx").value("students_total") == 11340


def test_a_slide_of_dot_leaders_gives_its_directions() -> None:
    """Round 24, 03: «Художественная ........................ 14 812» under «Направленности
    (с повторным счётом), чел.»: the dots stand between a label and its value."""
    values = _values(_record(ROUND24 / "t9_03_angarsk_slides.pdf"))
    assert (values["students_art"], values["students_tourism"]) == (14812, 2306)
    assert values["students_total"] == 34517  # the unique count, not the 49 208 entries


def test_a_sentence_pointing_back_at_events_gives_their_reach() -> None:
    """Round 24, 01: «… четырнадцать мероприятий для родителей: … Их посетили 1 130
    родителей»; and a share split over two columns at its dash («…, –» / «0,27 …»)."""
    values = _values(_record(ROUND24 / "t9_01_rezh_newsletter2col.pdf"))
    assert values["events_parents_reach"] == 1130
    assert values["certificate_share_pct"] == 27.0  # a fraction, beside «норматив 0,25»


# --- round 25 ---------------------------------------------------------------------------

ROUND25 = ROOT / "tests" / "data" / "blind" / "round25"


@pytest.mark.parametrize(
    ("report", "key", "value"),
    [
        # «Охват, %: 82,3 (в 2023 году – 79,1; …)»: the unit named in the label
        ("u1_04_laishevo_docx.docx", "coverage_pct", 82.3),
        # «… что составляет 80,9 % – на 1,1 % больше, чем в 2023 году»
        ("u1_08_pskov_pdfdoklad.pdf", "coverage_growth_pct", 1.1),
        # «Детей с ОВЗ в наших объединениях сейчас 612»
        ("u1_01_novorossiysk_pdf2col.pdf", "students_ovz", 612),
        # «Техническим творчеством в 2024 году занимались 9 480 ребят»
        ("u1_02_tolyatti_pdf3col.pdf", "students_tech", 9480),
    ],
)
def test_wordings_of_round_25(report: str, key: str, value: float) -> None:
    assert _record(ROUND25 / report).value(key) == pytest.approx(value)


def test_a_slide_number_set_large_is_read_with_its_label_below() -> None:
    """Round 25, 03: «5 317» set large, «детей без повторного счёта» under it; «268» over
    «дополнительных общеобразовательных программ в навигаторе»."""
    values = _values(_record(ROUND25 / "u1_03_kyshtym_slides.pdf"))
    assert (values["students_total"], values["programs_total"]) == (5317, 268)
