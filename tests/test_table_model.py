"""The table model on real documents: each test is a miss of blind round 1 (or its
minimal excerpt in tests/data/tables/) that a general idea of the model fixed."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import read_one
from extractor.records import ReportRecord
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "data" / "blind" / "round1"
BLIND2 = ROOT / "tests" / "data" / "blind" / "round2"
BLIND3 = ROOT / "tests" / "data" / "blind" / "round3"
BLIND4 = ROOT / "tests" / "data" / "blind" / "round4"
BLIND5 = ROOT / "tests" / "data" / "blind" / "round5"
BLIND6 = ROOT / "tests" / "data" / "blind" / "round6"
BLIND7 = ROOT / "tests" / "data" / "blind" / "round7"
BLIND8 = ROOT / "tests" / "data" / "blind" / "round8"
BLIND9 = ROOT / "tests" / "data" / "blind" / "round9"
BLIND10 = ROOT / "tests" / "data" / "blind" / "round10"
BLIND11 = ROOT / "tests" / "data" / "blind" / "round11"
BLIND12 = ROOT / "tests" / "data" / "blind" / "round12"
EXCERPTS = ROOT / "tests" / "data" / "tables"


def _record(path: Path) -> ReportRecord:
    result = read_one(path, path.name)
    assert result.record is not None, result.problems
    return result.record


def _values(record: ReportRecord) -> dict[str, float]:
    return {f.key: f.value for f in record.figures}


@pytest.fixture(scope="module")
def kineshma() -> ReportRecord:
    return _record(BLIND / "06_kineshemsky_moc_celevaya_model_2024.pdf")


def test_period_columns_with_a_numbers_row_and_parts_under_hierarchical_numbers(
    kineshma: ReportRecord,
) -> None:
    """«2023 г. (факт) | 2024 г. (факт) | 2025 г. (план)» over «1 2 3 4 5 6», repeated on
    each pdf page; «2.1.1 в т.ч. художественной направленности | ед. | 27 | 28 | 28»
    takes «программ» from its parent row «2.1 Количество … программ, всего». Before the
    model no figure of this table was read."""
    v = _values(kineshma)
    assert (v["programs_art"], v["programs_tech"], v["programs_tourism"]) == (28, 12, 8)
    assert (v["students_art"], v["students_sport"]) == (812, 604)
    assert v["certificate_nominal_rub"] == 4835
    assert v["students_ovz"] == 71


def test_count_with_repeats_beside_the_unique_count_is_no_line_item(
    kineshma: ReportRecord,
) -> None:
    """Rows «без повторного счёта» 2 118 and «с повторным счётом» 2 488: the table is not
    a list of items (which dropped all its rule-read figures), and 2 118 is the figure."""
    assert _values(kineshma)["students_total"] == 2118
    conflict = next((c for c in kineshma.conflicts if c.key == "students_total"), None)
    assert conflict is None or 2488 not in {f.value for f in conflict.figures}


@pytest.mark.parametrize(
    ("name", "expected"), [("repeated_both.txt", 2118), ("repeated_only.txt", 2488)]
)
def test_repeated_count_is_a_fallback(name: str, expected: int) -> None:
    """Spec, Hard cases: the count without repeats when both are given; the total «с
    повторным счётом» when it is the only one."""
    record = _record(EXCERPTS / name)
    assert _values(record)["students_total"] == expected
    assert [c.key for c in record.conflicts] == []


def test_section_rows_and_a_source_column() -> None:
    """A monitoring form with section rows merged across, «в том числе по
    направленностям:» rows and a «Источник данных» column holding form numbers: the
    directions are read, the source column never is."""
    record = _record(BLIND / "02_novocheboksarsk_spravka_2024.docx")
    v = _values(record)
    assert (v["programs_art"], v["programs_sport"], v["programs_social"]) == (118, 64, 97)
    assert (v["students_art"], v["students_tourism"]) == (5106, 785)
    assert v["students_total"] == 10284 and v["coverage_pct"] == pytest.approx(81.4)


def test_territory_columns_and_a_column_of_x() -> None:
    """Columns for the city (2023, 2024), the regional centre, two districts and the
    region's average, the last mostly «х»: the city's 2024 column is the report's; the
    others are neither its figures nor conflicts, and «х» cells are not labels."""
    record = _record(BLIND / "07_velikie_luki_sravnitelnaya_spravka_2024.pdf")
    v = _values(record)
    assert v["coverage_pct"] == pytest.approx(77.9) and v["programs_total"] == 436
    assert v["certificate_nominal_rub"] == 6210
    conflicted = {c.key for c in record.conflicts}
    assert not conflicted & {"coverage_pct", "programs_total", "new_places", "students_ovz"}


def test_fixed_width_export_with_labels_wrapped_onto_continuation_lines() -> None:
    """A cp1251 export from an information system: «04  Количество ДООП, получивших
    положительное» / «заключение по итогам независимой оценки» / «качества  ед.  4  7»
    — the label runs over three lines and the values stand on the last. Before, the
    continuation lines broke the table and no figure of it was read."""
    record = _record(BLIND / "10_dimitrovgrad_ais_vygruzka_2024.txt")
    v = _values(record)
    assert v["programs_nok"] == 7  # values on the label's last line
    assert v["students_total"] == 14205  # «(без повторного» / «счёта)  чел. 13 987 14 205»
    assert v["organizations_total"] == 5  # values on the first line, label wrapped below
    assert (v["students_art"], v["programs_tourism"]) == (6512, 31)


def test_box_table_with_a_two_level_header_drawn_by_hand() -> None:
    """«+---+» box: «Значение показателя» spans «2023 (факт) | 2024 (факт) | 2025 (план)»
    under a partial border without «+» at the inner boundaries; «№ п/п» and «Показатель»
    span both header lines; every body row wraps over two lines. Before, the table ended
    at the partial border and the 2023 column was read as the report's."""
    record = _record(BLIND / "12_almetyevsky_moc_otchet_2024.txt")
    v = _values(record)
    assert (v["programs_total"], v["programs_nok"], v["providers_registry"]) == (846, 11, 23)
    assert v["coverage_pct"] == pytest.approx(82.4)
    assert v["certificate_nominal_rub"] == 11860


def test_years_as_rows_and_one_small_table_per_direction() -> None:
    """A chapter of a публичный доклад: «Год | Количество ДООП | … | Охват, %» with rows
    2022 … 2024 and «2025 (прогноз)»; then one «Показатель | 2023 г. | 2024 г.» table
    under each direction's heading. Before, the forecast row hid the year column, and
    the small tables' direction (in their caption) was never asked."""
    record = _record(BLIND / "04_eysk_publichny_doklad_2024.docx")
    v = _values(record)
    assert v["programs_total"] == 388 and v["coverage_pct"] == pytest.approx(82.3)
    assert (v["programs_art"], v["students_art"]) == (112, 4402)
    assert (v["programs_tourism"], v["students_tourism"]) == (25, 657)


def test_directions_broken_by_hyphens_totals_first_and_plan_fact_columns() -> None:
    """A matrix of organisations × directions, «Всего по городу» as the first row, the
    direction headers broken in narrow columns («художест-венная», «физкуль-турно-
    спортивная»); events in «План на 2024 г. | Факт 2024 г. | % исполнения». Before, no
    direction was recognised, and the plan column was read as the figure."""
    record = _record(BLIND / "15_kamensk_uralsky_moc_otchet_2024.odt")
    v = _values(record)
    assert (v["programs_art"], v["programs_sport"], v["programs_science"]) == (178, 96, 62)
    assert v["programs_tourism"] == 47
    assert (v["events_parents"], v["events_parents_reach"]) == (15, 1874)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (24, 715)


def test_total_column_beside_sub_periods_and_age_groups() -> None:
    """Quarter columns «I кв. … IV кв. | Итого за год» under a merged «2024 год», age
    groups «5–9 лет … | Всего 5–18 лет», cells «10 432 (81,0 %)» under «…, чел. (охват,
    %)»: the total column is the figure, and a count is never taken for the share.
    Before, the first group's value was read, and 10 432 was taken as a percentage."""
    record = _record(BLIND / "05_nyagan_moc_kollegiya_2024.docx")
    v = _values(record)
    assert (v["students_ovz"], v["students_disabled"]) == (318, 91)
    assert v.get("coverage_pct", 0) <= 100


def test_a_state_on_the_first_of_january_is_the_year_before() -> None:
    """«на 01.01.2024 | на 01.01.2025» in a report for 2024: the second column is the
    year's result (the spec's gold, and how the period rules read such a date)."""
    from extractor.extract.tables import _column_years

    assert _column_years("на 01.01.2025") == {2024}
    assert _column_years("По состоянию на 1.01.2025") == {2024}
    assert _column_years("2024 г. (факт)") == {2024}


def test_columns_one_space_apart_are_told_by_the_rule_under_the_header() -> None:
    """Blind round 2: an export whose columns «на 01.01.2024 на 01.01.2025» stand one
    space apart, their extents drawn by «------------- -------------» under the header.
    Before, the header joined the two columns, and «244» and «263» became one cell read
    as the number 244 263."""
    record = _record(BLIND2 / "r2_09_tikhvin_vygruzka.txt")
    v = _values(record)
    assert (v["programs_total"], v["students_ovz"]) == (263, 189)
    assert v["students_total"] == 7218 and v["coverage_pct"] == pytest.approx(77.7)


def test_capital_headers_with_abbreviations_and_rows_drawn_one_per_line() -> None:
    """Blind round 2: «КОЛ-ВО ДООП, ЕД.», «ЧИСЛ. ОБУЧ. (Б/ПОВТ. СЧЁТА), ЧЕЛ.» over years as
    rows with a plan row «2025*»; directions «ХУД.», «ФСН», «СГН» one per line inside
    one band of a box table, a border before «ВСЕГО». Before, nothing of either table was
    read: the abbreviations named no measure, and the six direction lines were one cell."""
    record = _record(BLIND2 / "r2_08_novokuybyshevsk_spravka.txt")
    v = _values(record)
    assert (v["programs_total"], v["students_total"]) == (318, 13206)
    assert v["coverage_pct"] == pytest.approx(78.5)
    assert (v["programs_art"], v["programs_sport"], v["programs_tourism"]) == (96, 54, 12)
    assert (v["students_social"], v["students_tech"]) == (3140, 1466)


@pytest.fixture(scope="module")
def zheleznogorsk() -> ReportRecord:
    return _record(BLIND2 / "r2_10_zheleznogorsk_otchet.txt")


def test_one_small_table_per_direction_under_numbered_captions(
    zheleznogorsk: ReportRecord,
) -> None:
    """Blind round 2: six «|» tables «Программ, ед. | 142», each under a numbered item
    «1.1. Художественная направленность». Before, a numbered caption was no caption and
    none of the twelve figures was read."""
    v = _values(zheleznogorsk)
    assert (v["programs_art"], v["programs_sport"], v["programs_tourism"]) == (142, 81, 14)
    assert (v["students_art"], v["students_science"], v["students_tech"]) == (4806, 1012, 1540)


def test_pipe_table_with_sections_wrapped_labels_and_reference_rows(
    zheleznogorsk: ReportRecord,
) -> None:
    """Blind round 2: a «|» table with section rows of one cell («| Сеть и программы |»),
    labels wrapped onto rows of their own («| | программы, всего | |»), «Справочно:»
    rows (the population 14 633, the region's 80,1 %) and bare labels
    («Организации дополнительного образования | 6»). Before, the section rows broke the
    table into pieces, the population was read as pupils, and the rest was dropped."""
    v = _values(zheleznogorsk)
    assert (v["organizations_total"], v["providers_registry"]) == (6, 29)
    assert (v["programs_total"], v["programs_nok"]) == (412, 7)
    assert (v["students_total"], v["students_ovz"], v["students_disabled"]) == (12087, 266, 94)
    assert v["coverage_pct"] == pytest.approx(82.6)
    assert (v["certificates_active"], v["certificate_students"]) == (8905, 3985)


def test_two_values_in_a_cell_named_by_the_header_or_the_legend() -> None:
    """Blind round 2: cells «9 118 / 103,2» under «2024 г. / % к 2023 г.», and events
    cells «18 / 2 104» explained above the table («В ячейках: количество мероприятий /
    количество участников»). Before, the whole first table was dropped (its legend «темп
    роста к 2023 году» read as a deadline) and no event figure was read."""
    v = _values(_record(BLIND2 / "r2_07_ishim_kollegiya.pdf"))
    assert (v["organizations_total"], v["programs_total"], v["students_total"]) == (5, 356, 9118)
    assert v["coverage_pct"] == pytest.approx(80.4)
    assert v["certificate_nominal_rub"] == pytest.approx(6020)
    assert (v["events_students"], v["events_students_reach"]) == (18, 2104)
    assert (v["events_parents"], v["events_parents_reach"]) == (9, 544)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (14, 262)


def test_dot_leaders_semicolon_exports_and_several_values_per_row() -> None:
    """Blind round 1: an e-mail with a «паспорт» of dot-leader lines («Поставщики в
    реестре ПФДО ........ 15 (в т.ч. 4 ИП)»), rows with several values named in their
    label («Мероприятия МОЦ (родители / обучающиеся / педагоги) .... 9 / 18 / 12») and
    «;»-separated exports. Before, one figure of 31 was read."""
    v = _values(_record(BLIND / "13_minusinsk_navigator_vygruzka_2024.txt"))
    assert (v["organizations_total"], v["providers_registry"], v["students_total"]) == (4, 15, 8745)
    assert (v["events_parents"], v["events_students"], v["events_teachers"]) == (9, 18, 12)
    assert v["events_students_reach"] == 2105 and v["events_teachers_reach"] == 286
    assert (v["programs_art"], v["students_art"], v["programs_total"]) == (104, 3688, 279)
    assert (v["students_ovz"], v["students_disabled"]) == (247, 70)


def test_school_year_columns_and_two_rows_for_one_key() -> None:
    """Blind round 2: a table over three pdf pages with columns «2023/2024 учебный год |
    2024/2025 учебный год» (the report's year 2025) and rows of which two give pupils
    (all of them, and those of the «Точка роста» centres). Before, both columns counted
    for 2024 and two rows for one key made the table a list: its figures were dropped."""
    v = _values(_record(BLIND2 / "r2_06_sarapul_spravka.pdf"))
    assert (v["programs_total"], v["programs_art"], v["students_total"]) == (623, 211, 11760)
    assert (v["students_ovz"], v["certificates_active"], v["new_places"]) == (301, 10212, 45)
    assert v["coverage_pct"] == pytest.approx(79.6)


def test_okei_code_column_of_a_statistical_form_is_a_unit() -> None:
    """Blind round 2: a form with «Код по ОКЕИ» (792 persons, 642 units, 383 roubles)
    beside its values. Before, the codes were read as the certificates' figures."""
    v = _values(_record(BLIND2 / "r2_04_biysk_forma_mdo.docx"))
    assert (v["certificates_issued"], v["certificates_active"]) == (20904, 14377)
    assert v["certificate_nominal_rub"] == pytest.approx(6918)
    assert (v["students_ovz"], v["students_disabled"]) == (498, 167)


def test_subtotals_per_group_and_directions_cut_short() -> None:
    """Blind round 3: a table per organisation with «Итого по УДО», «Итого по ОО» and
    «Всего по городскому округу», and a table of directions «Худож. | Технич. |
    Естеств.-науч. | …». Before, the first subtotal was read as the programmes and
    pupils, and no direction was recognised."""
    v = _values(_record(BLIND3 / "r3_04_michurinsk_organizacii.docx"))
    assert v["programs_total"] == 212
    assert (v["programs_art"], v["programs_science"], v["programs_tourism"]) == (70, 25, 9)
    assert (v["students_social"], v["students_sport"]) == (2430, 2180)


def test_two_values_per_cell_under_a_year_named_once() -> None:
    """Blind round 3: «2024 г. прогр. / чел. | 2025 г. прогр. / чел.» over «98 / 7 310».
    Before, the second half lost its year and the 2024 pupils were read."""
    v = _values(_record(BLIND3 / "r3_03_obninsk_pismo.docx"))
    assert (v["programs_art"], v["students_art"]) == (98, 7310)
    assert (v["programs_total"], v["students_tech"]) == (318, 2960)


def test_events_by_month_with_audiences_as_columns_and_a_total_row() -> None:
    """Blind round 3 (a workbook): months as rows under «Мероприятия для родителей» over
    «кол-во | охват», the year in «Итого за 2024 год». Before, the parents' reach was
    read as the pupils' count and no event figure was found."""
    record = _record(BLIND3 / "r3_14_rzhev_itogi.xlsx")
    v = _values(record)
    assert (v["events_parents"], v["events_parents_reach"]) == (12, 1100)
    assert (v["events_students"], v["events_teachers_reach"]) == (39, 294)
    assert v["students_total"] == 7390
    located = {f.key: f.provenance.location.describe() for f in record.figures}
    assert located["events_parents"].startswith("лист 3, ")


def test_section_totals_of_an_events_list() -> None:
    """Blind round 1: a list of events under audience sections, each closed by «Итого по
    разделу: мероприятий – 6 | 1 812». Before, single events were read as the totals."""
    v = _values(_record(BLIND / "12_almetyevsky_moc_otchet_2024.txt"))
    assert (v["events_parents"], v["events_parents_reach"]) == (6, 1812)
    assert (v["events_students"], v["events_students_reach"]) == (9, 2719)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (7, 352)


def test_abbreviations_explained_in_a_legend_under_the_table() -> None:
    """Blind round 3: directions «ХН», «ТН», «ЕНН» and columns «Об.пс», «ОВЗ», «ДИ»,
    «Серт.» explained only in «Условные обозначения: …» under the table; «Знач.» heading
    a key-value table. Before, the table's rows were no directions, and every column of
    a direction's row was read as its pupils."""
    v = _values(_record(BLIND3 / "r3_10_velikie-luki_svod.txt"))
    assert (v["programs_art"], v["programs_tech"], v["programs_total"]) == (84, 39, 268)
    assert (v["students_art"], v["students_tech"]) == (4870, 1640)
    assert (v["students_total"], v["students_ovz"], v["students_disabled"]) == (11340, 319, 101)
    assert (v["organizations_total"], v["providers_registry"]) == (8, 21)


def test_direction_merged_over_its_measures_and_units_after_the_values() -> None:
    """Blind round 3: «художественная» merged down over «программы | 61 | ед.» and
    «обучающиеся | 3 480 | чел.» under «Значение»; a table whose unit column («тыс.
    чел.», «тыс. руб.») stands after the values. Before, no direction was read: the
    measure was neither in the header nor in a parent row."""
    v = _values(_record(BLIND3 / "r3_12_borovichi_kollegiya.odt"))
    assert (v["programs_art"], v["students_art"]) == (61, 3480)
    assert (v["programs_sport"], v["students_sport"]) == (33, 2400)
    assert v["students_total"] == 7940
    assert v["certificate_nominal_rub"] == pytest.approx(7020)


def test_fact_and_plan_in_one_cell_under_a_caption_of_targets() -> None:
    """Round 4, 12: «2024 г.: факт (план)» over «80,6 (80,0)» in a table captioned
    «Целевые показатели …» with a status column «Исполнение: выполнено»; the directions
    table «(с повторным счётом) …: факт (план)». Before, the plan header and the caption
    dropped both tables (0.68), and «в т.ч. 4 спортивные школы; программы …» gave
    programs_sport = 4."""
    v = _values(_record(BLIND4 / "r4_12_volzhskiy_otchet.docx"))
    assert (v["programs_total"], v["coverage_pct"]) == (1047, pytest.approx(80.6))
    assert (v["certificates_issued"], v["certificates_active"]) == (47800, 40215)
    assert (v["programs_sport"], v["students_art"]) == (214, 16230)
    # the directions table's «Всего» counts repeats: the unique count of table 1 stands
    assert v["students_total"] == 42154


def test_second_value_in_brackets_named_by_the_label_and_half_year_columns() -> None:
    """Round 4, 03: «Сертификаты ПФДО: выдано (в т.ч. активных), шт. | 9 870 (8 115) |
    10 120 (8 430)», and «I полугодие 2025 г. программ / чел.» columns: the half-year is
    the column's period, not a narrowing of its measure."""
    v = _values(_record(BLIND4 / "r4_03_sibay_polugodie.odt"))
    assert (v["certificates_issued"], v["certificates_active"]) == (10120, 8430)
    assert (v["programs_art"], v["students_art"], v["programs_total"]) == (66, 2814, 204)


def test_form_rows_that_each_name_their_indicator_are_no_list_of_items() -> None:
    """Round 4, 08: a form under «2023 г. (факт) | 2024 г. (факт) | 2025 г. (план)» whose
    rows name pupils four times («с повторным счётом», «без повторного счёта», «в
    трудной жизненной ситуации», «победителей и призёров»): taken for a list of items,
    every rule-read figure was dropped (0.69). Groups of pupils and kinds of programmes
    («в сетевой форме», «для детей с ОВЗ») are no totals."""
    record = _record(BLIND4 / "r4_08_svobodny_forma.pdf")
    v = _values(record)
    assert (v["students_total"], v["programs_total"], v["students_ovz"]) == (6415, 171, 198)
    assert (v["certificates_issued"], v["certificates_active"]) == (7905, 6210)
    assert v["coverage_pct"] == pytest.approx(73.5)
    assert "programs_total" not in {c.key for c in record.conflicts}


def test_checklist_with_yes_no_points_thresholds_and_count_reach_cells() -> None:
    """Round 4, 13: «№ | Критерий | Да / нет | Количественное значение | Баллы |
    Подтверждающий документ»: the yes/no, points and document columns are notes, «не
    ниже 80 %» in a criterion is its threshold (81,3 % is the value), and «проводятся
    мероприятия для родителей (количество / охват) | 11 / 960 чел.» gives both."""
    v = _values(_record(BLIND4 / "r4_13_kislovodsk_chek-list.pdf"))
    assert v["coverage_pct"] == pytest.approx(81.3)
    assert v["certificate_share_pct"] == pytest.approx(23.8)
    assert (v["events_parents"], v["events_parents_reach"]) == (11, 960)
    assert (v["events_students"], v["events_students_reach"]) == (24, 3860)
    assert (v["providers_registry"], v["students_ovz"]) == (19, 355)


def test_ruled_fixed_width_form_goes_on_over_blank_lines_section_rows_and_pages() -> None:
    """Round 5, 09 (0.13): a cp1251 export whose header of three lines ends in an
    indented «(факт)», whose sections («1. СЕТЬ ОРГАНИЗАЦИЙ») stand between blank lines
    and whose labels wrap with the tail before a blank line, was read as headerless bits,
    so the «2024 г. (факт)» column was taken. Minimal excerpt in tests/data/tables/: one
    table per page, each under its header; «3.2.1 в т.ч. художественной | чел.» on page 2,
    its row 3.2 on page 1, counts pupils by its unit; «Прирост … к 2024 г.» names no town."""
    from extractor.read import read_document

    path = EXCERPTS / "ruled_form_sections_pages.txt"
    doc = read_document(path)
    tables = [b.table for b in doc.blocks if b.table is not None]
    assert [t.header_rows for t in tables] == [3, 3]
    assert [len(t.rows) for t in tables] == [12, 9]
    v = _values(_record(path))
    assert (v["programs_total"], v["programs_art"], v["new_places"]) == (91, 31, 15)
    assert (v["students_art"], v["coverage_growth_children"]) == (1024, 37)
    assert v["coverage_pct"] == pytest.approx(75.6)
    assert v["teachers_pd_participants"] == 29
    whole = _values(_record(BLIND5 / "r5_09_serdobskij_forma_polugodie.txt"))
    assert (whole["programs_total"], whole["students_total"]) == (137, 3826)
    assert (whole["students_art"], whole["events_parents_reach"]) == (1580, 356)


def test_road_map_cells_that_are_sentences_are_read_as_text() -> None:
    """Round 5, 06 (0.67): a road map «Наименование мероприятия | Срок исполнения |
    Ответственный исполнитель | Плановый (целевой) показатель | Отметка об исполнении»
    whose last column holds sentences with several figures («563 ребёнка с ОВЗ, в т.ч.
    142 ребёнка-инвалида»): only the first number of a cell was tried, under a label
    that ran on over the deadline, the executor and the plan («80,0»)."""
    v = _values(_record(BLIND5 / "r5_06_okrug_murom_dorozhnaya_karta.pdf"))
    assert (v["students_ovz"], v["students_disabled"]) == (563, 142)
    assert (v["events_students"], v["events_students_reach"]) == (33, 5275)
    assert v["coverage_pct"] == pytest.approx(82.3)
    assert v["coverage_growth_pct"] == pytest.approx(1.2)
    assert (v["new_places"], v["certificates_active"]) == (96, 10066)


def test_directions_total_row_is_a_count_with_repeats() -> None:
    """Round 5, 03 and 11: the «Итого» row of a table of directions sums their pupils,
    a child in two of them counted twice: it gave students_total over the count without
    repeats the text states (8 606 for 5 588). A column «из них адаптированных для
    детей с ОВЗ» under «Число программ» counts programmes, not pupils with ОВЗ."""
    anketa = _values(_record(BLIND5 / "r5_03_kandalakshskij_anketa.docx"))
    assert anketa["students_total"] == 5588
    form = _values(_record(BLIND5 / "r5_11_klincy_1dop_zapiska.odt"))
    assert form["students_total"] == 8420
    assert form["students_ovz"] == 341


def test_borderless_table_of_a_letter_pdf_is_read_as_a_table() -> None:
    """Round 5, 07 (0.28): an analytic note whose table has no rules came out of the pdf
    as paragraphs («Численность детей 5–18 лет, чел. 17 582 17 690 4 763 х Обучающиеся
    …»): its cells, set far apart on each line, are columns; its header wraps over four
    lines («Камышинский» / «муниципальный» / «район» / «2024 г.») and names the town,
    the district of the same name and the region."""
    record = _record(BLIND5 / "r5_07_kamyshin_pismo_spravka.pdf")
    v = _values(record)
    assert (v["students_total"], v["programs_total"], v["programs_nok"]) == (13850, 369, 8)
    assert v["coverage_pct"] == pytest.approx(78.3)
    assert v["certificate_nominal_rub"] == pytest.approx(7420.5)
    assert (v["certificates_active"], v["new_places"], v["students_ovz"]) == (12604, 180, 517)
    table = next(f for f in record.figures if f.key == "students_ovz")
    assert table.provenance.location.row is not None, "read from the table's cell"


def test_questionnaire_with_nested_tables_checkboxes_and_a_fraction() -> None:
    """Round 5, 03 (0.81): a questionnaire «№ | Вопрос | Ответ» whose answers are tables
    nested in the cell («Целевая группа | количество | Охват» under «Мероприятия МОЦ за
    период»: read under that row, their caption), ticked ranges («☐ менее 70 % ☐ 70–75 %
    ☒ 75–80 %»: no figure), a share «в долях единицы» («0,146»: 14,6 %, spec «Hard cases»),
    and «Отчётный период: 2023/2024 учебный год» beside years it compares with."""
    record = _record(BLIND5 / "r5_03_kandalakshskij_anketa.docx")
    v = _values(record)
    assert record.year == 2024
    assert (v["events_parents"], v["events_students"], v["events_teachers"]) == (7, 18, 11)
    assert v["coverage_pct"] == pytest.approx(78.3)
    assert v["certificate_share_pct"] == pytest.approx(14.6)


def test_dashboard_year_after_a_dash_and_a_register_code_column() -> None:
    """Round 5, 14 (0.76): a dashboard titled «… дополнительное образование детей – 2023
    год» was read as 2024 (the dash taken for a range's), so its long data sheet «Год |
    Период | ОКТМО | Территория | Показатель | … | Значение» gave the wrong year's rows,
    and the ОКТМО code 32725000 was taken for the value."""
    record = _record(BLIND5 / "r5_14_mezhdurechenskij_dashboard.xlsx")
    v = _values(record)
    assert record.year == 2023
    assert all(f.value != 32725000 for f in record.figures)
    assert (v["students_total"], v["programs_nok"], v["students_ovz"]) == (11245, 9, 455)
    assert v["certificate_share_pct"] == pytest.approx(29.8)


def test_sheet_saved_as_unicode_text_with_quoted_cells() -> None:
    """Round 6, 11 (0): a sheet saved as «Unicode text» (UTF-16, tab-separated, the empty
    cells of merged ranges kept, «"Естественнонаучная⏎(в т.ч. экологическая)"» quoted
    over a line break, «Таблица 1. …» on the first line): read with the csv module as one
    table per range, the caption line before it; a direction with an aside in brackets is
    still that direction."""
    v = _values(_record(BLIND6 / "r6_11_medvedevsky_monitoring_1pg.txt"))
    assert (v["programs_total"], v["students_total"], v["providers_registry"]) == (130, 6492, 15)
    assert (v["programs_science"], v["students_science"]) == (10, 368)
    assert v["coverage_pct"] == pytest.approx(77.1)
    assert (v["events_students"], v["events_students_reach"]) == (11, 1130)


def test_years_as_rows_with_a_change_row_and_a_legend_after_a_footnote() -> None:
    """Round 6, 02 (0.57): «Год | Художественная | … | Всего» with rows 2023, 2024 and
    «Изменение, чел.» (a period column though one cell is no year; that row no figures),
    and a table of organisations whose direction columns «Х | ФС | СГ …» a paragraph
    under it explains after a footnote («* с повторным счётом. Сокращения: Х –
    художественная, ФС – …», apart by commas)."""
    v = _values(_record(BLIND6 / "r6_02_usolye-sibirskoe_spravka.pdf"))
    assert (v["students_art"], v["students_tourism"]) == (4980, 533)
    assert (v["programs_art"], v["programs_sport"], v["programs_total"]) == (83, 49, 259)
    assert v["students_total"] == 10276


def test_directions_as_columns_with_programmes_and_pupils_in_every_cell() -> None:
    """Round 6, 12 (0.72): organisations × directions where a merged header «Направленность
    (программ / детей*)» names the halves of every cell («24 / 980») and the «Всего» column
    beside it, «–» in many cells: only the programmes were read. The «ИТОГО по району» row
    gives each direction's programmes and pupils."""
    v = _values(_record(BLIND6 / "r6_12_kondopozhsky_svodnaya.odt"))
    assert (v["programs_art"], v["students_art"]) == (49, 1735)
    assert (v["programs_tourism"], v["students_tourism"]) == (6, 150)
    assert (v["students_science"], v["programs_total"]) == (257, 136)


def test_form_rows_under_a_header_that_names_pupils_count_what_their_label_says() -> None:
    """Round 6, 04 (0.77): a statistical form «Наименование показателя | № строки | Число
    программ | Численность обучающихся, человек: всего | из них девочки»: under that
    header every row also read as all pupils («обучающиеся с ОВЗ | 287», «дети-инвалиды |
    64», «Прирост … | 367»), so four rows gave students_total, the table was taken for a
    list and its figures dropped. One number has one meaning: the label's."""
    v = _values(_record(BLIND6 / "r6_04_leninsk-kuznetsky_forma_mdo1.xlsx"))
    assert (v["students_total"], v["students_ovz"], v["students_disabled"]) == (9472, 287, 64)
    assert (v["coverage_growth_children"], v["programs_nok"]) == (367, 14)
    assert v["coverage_pct"] == pytest.approx(80.2)


def test_one_table_per_direction_with_a_row_of_pupils_with_ovz() -> None:
    """Round 4, 07 and round 6, 13 (0.78, 0.79): one small table per direction under its
    name («Художественная направленность» over «2023 | 2024» rows «Обучающихся, чел.»,
    «из них детей с ОВЗ, чел.»): the ОВЗ row was read as the direction's pupils (402 for
    12 940), and by the rules as the report's pupils with ОВЗ. A group's row in a
    direction's own table is that direction's share: no figure of the report."""
    orsk = _values(_record(BLIND6 / "r6_13_orsk_otchet_moc_2023.docx"))
    assert (orsk["students_art"], orsk["students_tourism"]) == (12940, 1320)
    assert orsk["students_ovz"] == 1034
    letter = _values(_record(BLIND4 / "r4_07_ussuriysk_pismo.docx"))
    assert (letter["students_art"], letter["students_tourism"], letter["students_ovz"]) == (
        7410,
        1030,
        734,
    )


def test_two_tables_in_one_borderless_grid_with_a_header_of_their_own() -> None:
    """Round 6, 14 (0.83): on a pdf page without rules the directions table («Направленность
    | Программ | Обучающихся*») and the events one under it («Мероприятия МОЦ в 2024
    году», then «Целевая группа | Мероприятий | Охват, чел.») came out as one grid, so
    the audiences were read under «Программ | Обучающихся»: no event was found. A row of a
    header's words after rows of figures heads a table of its own."""
    v = _values(_record(BLIND6 / "r6_14_surgutsky_rayon_prilozhenie_protokol.pdf"))
    assert (v["events_parents"], v["events_parents_reach"]) == (16, 1340)
    assert (v["events_students"], v["events_students_reach"]) == (44, 6205)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (30, 845)
    assert (v["programs_art"], v["programs_total"]) == (166, 540)


def test_a_part_row_that_leaves_its_noun_to_the_row_above() -> None:
    """Round 6, 04, 08 and 10: «Выдано сертификатов | 9 104» over «из них активных |
    7 455» (a road-map sheet), «4.3 Количество выданных сертификатов» over «4.4
    использованы для записи (активные)» (a questionnaire), the same in a statistical form:
    the part's label alone names no certificates, so no active ones were read. A part is
    read with its parent; it never gives the parent's own key («Организаций в реестре |
    9» over «из них ИП | 4» stays 9)."""
    assert (
        _values(_record(BLIND6 / "r6_10_asbestovsky_dorozhnaya_karta.xlsx"))["certificates_active"]
        == 7455
    )
    form = _values(_record(BLIND6 / "r6_04_leninsk-kuznetsky_forma_mdo1.xlsx"))
    assert (form["certificates_issued"], form["certificates_active"]) == (10987, 8430)
    assert (
        _values(_record(BLIND6 / "r6_08_timashevsky_anketa_moc.txt"))["certificates_active"] == 8802
    )
    providers = _values(_record(BLIND / "02_novocheboksarsk_spravka_2024.docx"))
    assert providers["providers_registry"] == 9


def test_export_of_an_information_system_with_line_codes_and_territory_columns() -> None:
    """Round 7, 09 (0.15): a cp1251 fixed-width export with line codes «0103.1» one space
    before their label, labels wrapped onto a second line that carries the figures, and
    columns «Прохладнен-» / «ский МР» | «г.о. Прохладный*» | «Справочно: КБР*». The table
    broke at the first wrapped label that did not start indented, the codes stayed in the
    labels, and the neighbour's and the republic's columns were read as the district's.
    Now: a ruled form's label lines belong to it, a four-digit code with a zero first is
    a row number, a header broken by a hyphen is joined, «г.о.» is a town and a region's
    abbreviation a territory; a header that names only a place says nothing of what is
    counted (the row's label does)."""
    v = _values(_record(BLIND7 / "r7_09_prokhladnenskiy_rayon_ais.txt"))
    assert (v["organizations_total"], v["providers_registry"], v["programs_total"]) == (
        2,
        12,
        214,
    )
    assert (v["programs_sport"], v["programs_tourism"], v["students_tourism"]) == (41, 13, 288)
    assert (v["students_total"], v["certificates_active"], v["certificate_students"]) == (
        5802,
        1985,
        1950,
    )
    assert v["coverage_pct"] == pytest.approx(78.4)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (9, 187)


def test_total_column_beside_organisations_and_a_label_that_opens_its_parts() -> None:
    """Round 7, 14 (0.61): «Показатель | Всего по району | МБУ ДО «ЦДТ» | … | НКО и ИП»
    with «Программы, всего (ед.), в том числе:» over unprefixed directions: the rows were
    no parts of anything, so no measure; each organisation's column would give the same
    key as the total. And «Обучаются по сертификатам, чел. | 2047» in a two-column list
    was taken for a new header (a year). Now a label ending «в том числе:» opens its
    parts, the total column's key is not read again from its parts' columns, and a
    single year-like number heads nothing."""
    v = _values(_record(BLIND7 / "r7_14_roslavlskiy_rayon_plan_fakt.xlsx"))
    assert (v["programs_art"], v["programs_sport"], v["programs_tourism"]) == (76, 45, 22)
    assert (v["students_art"], v["students_tourism"]) == (2250, 504)
    assert v["certificate_students"] == 2047
    assert (v["events_parents"], v["events_parents_reach"]) == (7, 455)


def test_borderless_public_report_tables_with_years_under_merged_headers() -> None:
    """Round 7, 05 (0.31): a публичный доклад as pdf, tables without rules: «Программы,
    ед. | Обучающиеся, чел. | Доля, %» each over «2023 | 2024», «Направленность» set low
    in its merged cell, «Всего (обучающиеся – с» / figures / «повторным счётом)», and
    «Таблица 6.2» right under it; a label wrapped before its figures in 6.2. The two
    tables ran together and the columns merged («118 124» read as 118124). A caption
    ends a table, a header piece over year columns heads each, and a label wrapped
    around its figures is one row. The chapters before it (schools: «Во вторую смену
    занимаются 1 312 обучающихся»; meals: «охвачено 98,6 % обучающихся») gave the
    pupils and the coverage: a section headed by another field gives no figure."""
    v = _values(_record(BLIND7 / "r7_05_syzran_publichnyy_doklad.pdf"))
    assert (v["programs_art"], v["students_art"]) == (124, 9614)
    assert (v["programs_tourism"], v["students_tourism"]) == (19, 912)
    assert (v["providers_registry"], v["students_total"]) == (34, 19850)
    assert v["coverage_pct"] == pytest.approx(82.4)


def test_passport_of_values_with_their_units_in_words() -> None:
    """Round 7, 11 (0.36): a МОЦ «паспорт» «Показатель | Значение» with sections and
    values written with units and remarks («121 чел.», «25 мест», «2 ед. (МАУ ДО ЦДТ,
    …)», «11 / 1 204 чел.» under «Мероприятия для обучающихся / охват»). The number
    before a unit was taken for a row number, so the column read as labels; «1 604 шт.»
    then headed a table of its own; «охват» named no audience; «Организации и ИП в
    реестре поставщиков ПФДО» no count. A number before a unit is a value, a value heads
    nothing, the reach is of the audience named before it, and the registry names the
    providers."""
    v = _values(_record(BLIND7 / "r7_11_korsakovskiy_go_pasport.odt"))
    assert (v["organizations_total"], v["providers_registry"], v["new_places"]) == (2, 9, 25)
    assert (v["students_total"], v["students_ovz"], v["students_disabled"]) == (4132, 121, 37)
    assert (v["certificates_issued"], v["certificates_active"]) == (3880, 1604)
    assert (v["events_students"], v["events_students_reach"]) == (11, 1204)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (8, 141)


def test_information_card_of_questions_and_school_year_columns() -> None:
    """Round 7, 07 (0.45): an information card of questions and answers («Сколько
    организаций … действует?», «Обучающиеся с ОВЗ и дети-инвалиды | 742 чел., из них
    дети-инвалиды – 268», «Мероприятия МОЦ для обучающихся: количество / охват участников
    | 42 мероприятия / 9 870 участников») and a table «2022/2023 уч. год | 2023/2024 уч.
    год» over «программ | обучающихся». «уч.» made the header no pure measure, a pair of
    values with their nouns was no pair, «сколько» asked for nothing, and «ОВЗ и
    дети-инвалиды» was read as the disabled."""
    v = _values(_record(BLIND7 / "r7_07_komsomolsk_na_amure_infokarta.pdf"))
    assert (v["programs_art"], v["students_art"]) == (354, 14820)
    assert (v["programs_tourism"], v["students_tourism"]) == (37, 1402)
    assert (v["students_ovz"], v["students_disabled"]) == (742, 268)
    assert (v["events_students"], v["events_students_reach"]) == (42, 9870)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (26, 1148)


def test_total_column_named_by_the_caption() -> None:
    """Round 7, 11: «Таблица 1. Программы по направленностям и типам поставщиков, ед.»
    over «Направленность | МАУ ДО ЦДТ | … | НКО и ИП | Всего»: no header says what is
    counted, so nothing was read. The total column counts what the caption names."""
    v = _values(_record(BLIND7 / "r7_11_korsakovskiy_go_pasport.odt"))
    assert (v["programs_art"], v["programs_tourism"]) == (47, 10)
    assert (v["students_art"], v["students_tourism"]) == (1108, 239)


def test_events_by_quarter_with_audiences_over_counts_and_participants() -> None:
    """Round 7, 06 (0.89): quarters as rows under «Для обучающихся | Для родителей | Для
    педагогов», each over «мероприятий | участников», a row «Итого за 2024 год»: the
    year's events were read, not their participants, since no header said «мероприятия»
    over the participants. In a table about events, the total row's audience is its
    column's and «участников» its reach."""
    v = _values(_record(BLIND7 / "r7_06_kabanskiy_rayon_otchet.pdf"))
    assert (v["events_students"], v["events_students_reach"]) == (21, 2684)
    assert (v["events_parents"], v["events_parents_reach"]) == (8, 731)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (15, 402)


def test_growth_over_the_level_of_last_year_is_this_years_figure() -> None:
    """Round 7, 04: «Прирост численности детей, охваченных дополнительным образованием,
    к уровню 2023 года | чел. | 97»: the year after «к уровню» is the base of the
    comparison, not the figure's period; the row was taken for 2023's."""
    v = _values(_record(BLIND7 / "r7_04_sharya_monitoring.pdf"))
    assert v["coverage_growth_children"] == 97
    assert v["coverage_growth_pct"] == pytest.approx(2.1)


def test_ruled_export_whose_sections_open_with_a_wrapped_label() -> None:
    """Round 8, 09 (0.37): a cp1251 export ruled under «Наименование показателя | Ед.изм.
    | 2023 г. | 2024 г. | Примечание», sections after blank lines whose first label wraps
    before its figures («Численность детей, обучающихся по ДООП (без» / «повторного
    счета)  чел.  15 189  15 530»), remarks in a few rows. The form broke at the first
    section, the rest lost its header and 2023's column was read. A ruled form goes on
    over such a section, and a column of remarks asks nothing of the other rows."""
    v = _values(_record(BLIND8 / "r8_09_tobolsk_cp1251.txt"))
    assert (v["students_total"], v["students_ovz"], v["students_disabled"]) == (15530, 702, 164)
    assert (v["certificates_issued"], v["certificate_students"]) == (17930, 7412)
    assert (v["events_parents"], v["events_parents_reach"]) == (16, 1540)
    assert v["coverage_pct"] == pytest.approx(80.7)


def test_fixed_width_form_whose_header_stands_between_two_rules() -> None:
    """Round 9, 07 (0.00): «-----» over «N п/п  Показатель  Ед.изм  2023  2024
    2025(план)», «-----», the numbers row, «-----»: the header was taken for a title above
    the table's top border, so the form had no header and every column gave 2023's,
    2024's and the plan's values at once. A line with a rule above it is inside the box."""
    v = _values(_record(BLIND9 / "r9_07_gryazinskiy_monitoring.txt"))
    assert (v["programs_art"], v["programs_sport"], v["programs_tourism"]) == (71, 60, 12)


def test_years_as_rows_under_sections_that_name_the_measure() -> None:
    """Round 9, 08 (0.55): a «|» matrix «Год | ВСЕГО | Худож. | …» with rows of years under
    section rows «Программы, ед.» and «Обучающиеся (с повторным счётом), чел.»: the rows'
    labels are years, so no measure was found. A section naming a measure is the caption
    of the rows under it."""
    v = _values(_record(BLIND9 / "r9_08_segezhskiy_matrica.txt"))
    assert (v["programs_art"], v["programs_tourism"]) == (45, 10)
    assert (v["students_art"], v["students_tourism"]) == (1980, 455)


@pytest.fixture(scope="module")
def kyakhta() -> ReportRecord:
    return _record(BLIND9 / "r9_12_kyakhtinskiy_dinamika.xlsx")


def test_year_of_a_workbook_named_only_by_its_sheets_and_rows(kyakhta: ReportRecord) -> None:
    """Round 9, 12 (0.41): years as rows 2021 … «2025 (план)», sheets «Направленности
    2024» and «МОЦ 2024», and one row «Обучающиеся в 2023 г., чел.». The row's «в 2023 г.»
    outweighed the rest and the year was 2023: every figure came from 2023's row. A short
    heading ending with a bare year names the period of its part."""
    assert kyakhta.year == 2024


def test_years_as_rows_under_indicators_named_without_a_measure(kyakhta: ReportRecord) -> None:
    """Round 9, 12: «Организации ДО | Поставщики ПФДО | Программы с НОК | Обучающиеся (без
    повт. счёта)» head the columns and the row is «2024»: a header naming what is counted
    and not how is a count of it, as a label is under a header of values."""
    v = _values(kyakhta)
    assert (v["organizations_total"], v["providers_registry"], v["programs_nok"]) == (2, 6, 2)
    assert v["students_total"] == 5310


def test_row_naming_another_year_among_this_years_rows(kyakhta: ReportRecord) -> None:
    """Round 9, 12: directions as columns with rows «Обучающиеся (с повторным счётом)» and
    «Обучающиеся в 2023 г., чел.»: the 2023 row gave the directions' pupils. A label that
    says its figures are of another year is that year's row."""
    v = _values(kyakhta)
    assert (v["students_art"], v["students_tourism"]) == (1720, 470)
    assert v["teachers_pd_participants"] == 33


def test_total_column_merged_down_beside_a_header_over_kinds_of_organisations() -> None:
    """Round 9, 11 (0.86): «Значение показателя» over «УДО | ОО (школы) | ДОО» beside «Итого
    по ГО» merged down through both header rows. The total's own header was read from the
    lower header row, where the merged cell leaves nothing, so no total column was seen
    and the first kind's value was taken. A cell merged down is its column's lowest
    header."""
    v = _values(_record(BLIND9 / "r9_11_revda_forma.xlsx"))
    assert (v["providers_registry"], v["programs_nok"], v["new_places"]) == (18, 9, 100)
    assert v["certificate_students"] == 5120


@pytest.fixture(scope="module")
def volsk() -> ReportRecord:
    return _record(BLIND9 / "r9_06_volskiy_polugodie.pdf")


def test_half_year_columns_written_short(volsk: ReportRecord) -> None:
    """Round 9, 06 (0.68): «Программ, I пол. 2024 | Программ, I пол. 2025 | Обучающихся, I
    пол. 2024 | …»: «пол.» was a word beside the measure, so the header was no pure
    measure and no direction's figure was read. «I пол.» is a half-year."""
    v = _values(volsk)
    assert (v["programs_art"], v["programs_tourism"]) == (62, 12)
    assert (v["students_art"], v["students_science"]) == (2880, 640)


def test_growth_against_the_same_half_year_before(volsk: ReportRecord) -> None:
    """Round 9, 06: «Прирост к I полугодию 2024 г. — 214 детей (+2,4 %)» in a report on
    I полугодие 2025: «к I полугодию 2024 г.» is the base of the comparison, not the
    period of the figure; the growth is stated with a dash and its share in brackets."""
    v = _values(volsk)
    assert (v["coverage_growth_children"], v["coverage_growth_pct"]) == (214, pytest.approx(2.4))


def test_labels_shortened_in_a_narrow_column(volsk: ReportRecord) -> None:
    """Round 9, 06: «Программы с полож. заключением НОК», «Педагоги — участники мероприятий
    проф. мастерства»: abbreviations written out before the rules read them."""
    v = _values(volsk)
    assert (v["programs_nok"], v["teachers_pd_participants"]) == (8, 71)


def test_borderless_header_cells_filled_to_their_edges() -> None:
    """Round 9, 05 (0.71): a borderless pdf table «Направленность | Программ, ед. |
    Обучающихся, чел. | Справочно: 2023 г., чел.» whose header cells fill their cells, so
    «Обучающихся, чел.» and «Справочно: 2023 г.,» stood less than 1.6 em apart and were
    one header: 2023's column was read as the pupils. A gap between two words that lies
    between two columns of figures below parts the header there."""
    v = _values(_record(BLIND9 / "r9_05_zarinsk_spravka.pdf"))
    assert (v["students_art"], v["students_science"], v["students_tourism"]) == (2240, 420, 215)
    assert v["programs_nok"] == 4


def test_borderless_rating_whose_header_cells_touch() -> None:
    """Round 8, 05 (0.97): a rating «Место | Муниципальный район (городской округ) | Охват
    детей 5–18 лет, % | Доля детей по сертификатам, % | Программ, ед. | Новых мест, ед. |
    Итоговый балл», its header cells 0.6–1.5 em apart, and «х» centred past the figures
    in the regional row: the header was one piece too wide and the «х» a column of its
    own, so no table was seen and the own row's share and new places were lost."""
    v = _values(_record(BLIND8 / "r8_05_balakovsky_reiting.pdf"))
    assert (v["certificate_share_pct"], v["new_places"]) == (pytest.approx(43.1), 200)


@pytest.fixture(scope="module")
def nakhodka() -> ReportRecord:
    return _record(BLIND10 / "r10_07_nakhodka_monitoring_forma.txt")


def test_box_form_ruled_only_between_its_sections(nakhodka: ReportRecord) -> None:
    """Round 10, 07 (0.26): a «+---+» form ruled between its sections only, «| 1. Сеть
    организаций |» over rows «| 1.1 | … | ед. | 6 |», labels wrapped onto lines without a
    number. Each section was read as one row wrapped over its lines. A band whose lines
    carry row numbers has a row at each number, the lines without one its cells wrapped."""
    v = _values(nakhodka)
    assert (v["organizations_total"], v["providers_registry"], v["programs_nok"]) == (6, 17, 14)
    assert (v["programs_art"], v["students_tourism"]) == (203, 912)
    assert (v["certificates_active"], v["new_places"]) == (7406, 340)


def test_row_numbered_under_another_read_with_it(nakhodka: ReportRecord) -> None:
    """Round 10, 07: «5.1.1 | количество участников – родителей | чел. | 1 530» under
    «5.1 | Мероприятия для родителей (законных представителей) | ед. | 18»: the number
    makes it the row's part, read with its parent row's words."""
    v = _values(nakhodka)
    assert (v["events_parents"], v["events_parents_reach"]) == (18, 1530)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (27, 604)


@pytest.fixture(scope="module")
def tayshet() -> ReportRecord:
    return _record(BLIND10 / "r10_10_tayshet_vygruzka_monitoring.xlsx")


def test_system_export_one_figure_per_row(tayshet: ReportRecord) -> None:
    """Round 10, 10 (0.67): an export «ID записи | ОКТМО | Муниципальное образование |
    Период | Код показателя | Показатель | Разрез | Ед. изм. | Значение | Статус», 2023's
    and 2024's rows mixed, the region's average in a few rows. The record IDs were read
    as values, the place as a word of the label, and the region's coverage taken. «ID
    записи» heads row numbers; a label column headed by a territory names each row's
    place, and the rows of another place are not the report's."""
    v = _values(tayshet)
    assert (v["coverage_pct"], v["certificate_nominal_rub"]) == (pytest.approx(73.8), 7285.6)
    assert v["certificate_share_pct"] == pytest.approx(22.2)


def test_breakdown_column_names_the_total_its_part_and_the_direction(
    tayshet: ReportRecord,
) -> None:
    """Round 10, 10: «Разрез» says «Всего», «в т.ч. индивидуальные предприниматели» or
    «Художественная (с повторным счётом)» beside «Показатель». «… | Всего» was taken for
    a group's subtotal, the «в т.ч.» row for the registry, the directions' pupils for
    the total. A total row naming its measure is no subtotal; «в т.ч.» in a later label
    column makes a part, never its whole; a label of a measure and a direction is that
    direction's."""
    v = _values(tayshet)
    assert (v["organizations_total"], v["providers_registry"]) == (4, 10)
    assert (v["students_art"], v["students_tourism"], v["students_total"]) == (3120, 530, 7048)


def test_participants_named_after_a_dash(tayshet: ReportRecord) -> None:
    """Round 10, 10: «Участники – родители, чел.» by month with «Итого»: the audience
    after a dash is the participants' audience."""
    v = _values(tayshet)
    assert (v["events_parents_reach"], v["events_teachers_reach"]) == (1064, 329)


def test_lettered_parts_after_a_row_of_their_own_opener() -> None:
    """Round 10, 05 (0.69): «1 | Количество … программ, всего, ед. | 203 | 214», then a row
    «в том числе:» alone, then «а) художественной направленности | 68 | 71» … «е) …».
    The opener became a part with no words, so it opened nothing, and «а)» was a word of
    the label, so no direction was named. «а)», «1)» mark the items of a list; «в том
    числе:» alone on its row opens the parts of the row above."""
    v = _values(_record(BLIND10 / "r10_05_kanash_publichnyy_otchet.odt"))
    assert (v["programs_art"], v["programs_tourism"]) == (71, 10)
    assert (v["students_art"], v["students_tourism"]) == (2605, 285)


@pytest.fixture(scope="module")
def lesosibirsk() -> ReportRecord:
    return _record(BLIND10 / "r10_13_lesosibirsk_otchet_moc.pdf")


def test_two_lists_of_label_and_value_side_by_side(lesosibirsk: ReportRecord) -> None:
    """Round 10, 13 (0.73): «Организации ДО, ед. | 4 | Активные сертификаты, шт. | 3 515»
    row after row: each value was read with both labels, so «Выдано сертификатов | 7 840 |
    Обучающиеся дети-инвалиды | 52» gave 7 840 children with disabilities. Two lists of
    label and value set side by side are two tables."""
    v = _values(lesosibirsk)
    assert (v["certificates_issued"], v["students_disabled"]) == (7840, 52)
    assert (v["certificates_active"], v["certificate_students"]) == (3515, 2240)
    assert (v["organizations_total"], v["providers_registry"], v["programs_nok"]) == (4, 9, 8)


def test_row_that_says_only_how_it_counts(lesosibirsk: ReportRecord) -> None:
    """Round 10, 13: «Итого (с повторным счётом) | 232 | … | 9 042 | 166» over «Без
    повторного счёта | х | … | 6 858 | 141»: the second row named no measure, so the
    total with repeats stood. A row that says only how it counts counts what the row
    above counts; the two are one total counted two ways, not a group's subtotal."""
    v = _values(lesosibirsk)
    assert (v["students_total"], v["students_ovz"], v["programs_total"]) == (6858, 141, 232)


@pytest.fixture(scope="module")
def velikiy_ustyug() -> ReportRecord:
    return _record(BLIND10 / "r10_12_velikiy_ustyug_analiz_moc.odt")


def test_population_beside_those_of_it_who_study(velikiy_ustyug: ReportRecord) -> None:
    """Round 10, 12 (0.76): «Возрастная группа | Численность детей, чел. | Из них
    обучаются в организациях ДО и объединениях, чел. | Охват, %» with «5–9 лет» … over
    «Всего 5–18 лет». The children of the age were taken for the pupils, the share was
    dropped as no count, and the age groups gave figures of their own. Children of an
    age with no word of studying are the population; «из них обучаются» are the pupils;
    age groups as rows beside a total row are its parts."""
    v = _values(velikiy_ustyug)
    assert (v["students_total"], v["coverage_pct"]) == (5207, pytest.approx(77.6))


def test_total_row_naming_its_measure_under_school_years(velikiy_ustyug: ReportRecord) -> None:
    """Round 10, 12: a direction merged down over «программ, ед. | объединений, ед. |
    обучающихся, чел.», then «ИТОГО | 7.1 | программ, ед. | 268 | 287» under «2022/2023
    уч. г. | 2023/2024 уч. г.»: the header names no measure, the total's label does."""
    v = _values(velikiy_ustyug)
    assert (v["programs_total"], v["programs_art"], v["students_tourism"]) == (287, 93, 402)


def test_events_by_audience_merged_down_over_count_and_reach() -> None:
    """Round 10, 04 (0.92), as round 6's 10: «Целевая группа | Показатель | I полугодие |
    II полугодие | Всего за 2024 год», each audience merged down over «Количество
    мероприятий, ед.» and «Охват участников, чел.», then «из них участники мероприятий по
    развитию профессионального мастерства». The reach rows named no events, so under a
    header of periods they said nothing. A label naming the measure says it; the
    participants of such events are teachers."""
    v = _values(_record(BLIND10 / "r10_04_sysert_forma_moc1.xlsx"))
    assert (v["events_parents"], v["events_parents_reach"]) == (12, 1040)
    assert (v["events_teachers_reach"], v["teachers_pd_participants"]) == (352, 81)
    assert v["certificates_active"] == 4420


def test_parts_opened_by_words_before_the_colon() -> None:
    """Round 10, 08 (0.91): «Численность обучающихся по ДООП, всего, чел.», then a row «в
    том числе по направленностям:» alone, then «а) художественной | 4 310 | 4 420» …:
    the opener had words between «в том числе» and its colon, so it opened nothing and
    the directions' pupils were lost."""
    v = _values(_record(BLIND10 / "r10_08_belorechensk_informkarta_moc.docx"))
    assert (v["students_art"], v["students_tourism"]) == (4420, 535)


def test_total_row_of_a_list_of_organisations() -> None:
    """Round 10, 02 (0.92), as round 8's 14: organisations as rows, «ДООП, ед. |
    Обучающихся, чел. | из них с ОВЗ | из них детей-инвалидов | Обучаются по сертификатам
    ПФДО», and «Итого по району» last. The rows list items, so every figure the rules read
    was dropped, the total's with them. A list's total row states the table's figures."""
    v = _values(_record(BLIND10 / "r10_02_leninogorsk_analiticheskiy_otchet.pdf"))
    assert (v["students_ovz"], v["students_disabled"], v["certificate_students"]) == (222, 84, 2985)


def test_label_listing_what_it_counts_in_brackets() -> None:
    """Round 7, 02: «Организации дополнительного образования (МБУ ДО «Дом детского
    творчества», МБУ ДО «ДЮСШ № 1», …) | ед. | 4»: the list's commas and «№ 1» stood
    between the label's words and its value. A list in brackets is an aside."""
    v = _values(_record(BLIND7 / "r7_02_ruzaevskiy_rayon_spravka.docx"))
    assert v["organizations_total"] == 4


def test_card_of_sections_and_contents() -> None:
    """Round 11, 13 (0.06): a passport «Раздел карты | Содержание» whose first rows are the
    centre's full name and its address: with no figure in them they were taken for three
    header rows, and the contents' header held the address, so no cell below was read. A
    long cell is no header's; a label naming what is counted, before a cell that is a
    sentence, is a count of it."""
    v = _values(_record(BLIND11 / "r11_13_kimry_pasport-moc.docx"))
    assert (v["organizations_total"], v["providers_registry"]) == (3, 15)
    assert (v["certificate_nominal_rub"], v["certificate_students"]) == (11260, 1812)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (7, 163)


@pytest.fixture(scope="module")
def totma() -> ReportRecord:
    return _record(BLIND11 / "r11_09_totemsky_navigator-export.txt")


def test_navigator_export_of_enrolments_and_period_ends(totma: ReportRecord) -> None:
    """Round 11, 09 (0.46): a Navigator export «Направленность | Опубл. программ | Из них
    ПФДО | Зачислений | Из них по серт.», certificates «На начало периода | На конец
    периода», «Уникальных детей, зачисленных на программы ..... 2 782», «Период ....
    01.01.2024 – 31.12.2024». «Опубл.» narrowed the programmes, «зачислений» counted
    nothing, the period's start was read, and its first day made the year 2023.
    Enrolments count pupils; a column «На начало периода» is the state before it; the
    first day of a calendar year in a range is no state of the year before."""
    v = _values(totma)
    assert totma.year == 2024
    assert (v["programs_art"], v["students_art"], v["students_tourism"]) == (41, 1102, 177)
    assert (v["certificates_issued"], v["certificates_active"]) == (3342, 2057)
    assert v["students_total"] == 2782


def test_years_as_rows_under_directions_abbreviated_in_a_two_level_header() -> None:
    """Round 11, 12 (0.75): «Программы ДО, ед.» and «Обучающиеся, чел.» each over «всего |
    ХН | ФСН | СГН | ЕНН | ТН | ТКН», years as rows. «ХН» and «ТН» were no direction,
    «ДО» a word beside the measure, and with no label the measure went unread. «ХН», «ТН»
    are written out; under years as rows the header names the measure beside its
    direction."""
    v = _values(_record(BLIND11 / "r11_12_starorussky_monitoring-svod.xlsx"))
    assert (v["programs_art"], v["programs_tech"], v["programs_tourism"]) == (56, 28, 12)
    assert (v["students_art"], v["students_tech"], v["students_tourism"]) == (2540, 981, 408)


def test_slide_of_directions_by_year_under_a_title_naming_the_measure() -> None:
    """Round 11, 08 (0.54): a slide titled «Дополнительные общеобразовательные программы,
    ед.» over «Направленность | 2023 | 2024»: the years name no measure, and the title
    was not asked. Under a header that says nothing of its column, a direction's row
    takes its measure from the caption."""
    v = _values(_record(BLIND11 / "r11_08_vyaznikovsky_prezentaciya.pdf"))
    assert (v["programs_art"], v["programs_tourism"]) == (71, 15)
    assert (v["students_art"], v["students_tech"]) == (3602, 1388)


def test_change_row_among_years_as_rows_gives_the_growth() -> None:
    """Round 11, 12: years as rows «2023 (справочно) | 2024 | Изменение (2024 к 2023)»: the
    change row is this year's growth of the pupils counted once and of the coverage, and
    nothing else of it is a figure."""
    v = _values(_record(BLIND11 / "r11_12_starorussky_monitoring-svod.xlsx"))
    assert (v["coverage_growth_children"], v["coverage_growth_pct"]) == (138, pytest.approx(1.4))
    assert (v["students_total"], v["coverage_pct"]) == (6240, pytest.approx(79.4))


def test_footnote_mark_and_a_sentence_inside_the_grid() -> None:
    """Round 10, 02 (0.97): «Обучающихся, чел.*» with «* в графе 4 – с повторным счётом»
    under the table, and «Справочно: численность детей, обучающихся по ДООП, без повторного
    счёта – 8 521 чел.; …» across the grid's last row. The total with repeats was taken
    and the sentence never read. A header's mark carries what its footnote says of
    counting; a sentence across a table is read as text."""
    v = _values(_record(BLIND10 / "r10_02_leninogorsk_analiticheskiy_otchet.pdf"))
    assert v["students_total"] == 8521


def test_card_cell_listing_kinds_of_what_its_label_names() -> None:
    """Round 11, 13 (0.67): «Персонифицированное финансирование (социальный сертификат) |
    номинал – 11 260 руб.; выдано – 6 940; активных – 4 402; …». Each item of the cell's
    list names only a kind («выдано», «активных»); the label names what it is a kind of.
    Items are read after the label, one by one."""
    v = _values(_record(BLIND11 / "r11_13_kimry_pasport-moc.docx"))
    assert (v["certificates_issued"], v["certificates_active"]) == (6940, 4402)
    assert v["certificate_nominal_rub"] == 11260


def test_card_cell_breaking_its_label_down_by_direction() -> None:
    """Round 11, 13 (0.67): «Дополнительные общеобразовательные программы | всего – 171, в
    том числе: – художественной направленности – 46; – физкультурно-спортивной – 37; …».
    A breakdown written in a cell is read as text whose measure the label names; the
    total beside the parts stays."""
    v = _values(_record(BLIND11 / "r11_13_kimry_pasport-moc.docx"))
    assert v["programs_total"] == 171
    assert (v["programs_art"], v["programs_sport"], v["programs_tourism"]) == (46, 37, 11)


def test_nested_table_abbreviated_by_its_row_in_the_outer_one() -> None:
    """Round 11, 13 (0.67): a table «Х | ФС | СГ | ЕН | Т | ТК» nested in the row «7.
    Обучающиеся по направленностям (с повторным счётом), чел. | по данным АИС «Навигатор»:
    Х – художественная, ФС – физкультурно-спортивная, …». The legend beside the nested
    table explains its headers."""
    v = _values(_record(BLIND11 / "r11_13_kimry_pasport-moc.docx"))
    assert (v["students_art"], v["students_sport"], v["students_tourism"]) == (2310, 1985, 416)


def test_legend_introduced_by_a_colon_keeps_its_first_abbreviation() -> None:
    from extractor.extract.table_model import glossary

    words = glossary(
        "Обучающиеся, чел. по данным АИС: Х – художественная, ФС – физкультурно-спортивная"
    )
    assert words == {"Х": "художественная", "ФС": "физкультурно-спортивная"}
    assert glossary("Всего, чел.: 5 – 18 лет") == {}


def test_rating_with_formula_threshold_and_weight_columns() -> None:
    """Round 11, 10 (0.83): «№ | Показатель | Формула расчёта | Значение | Пороговое
    значение | Вес | Балл». «И2 / И1 × 100» gave a coverage of 100 %, the threshold and
    the weight more. A formula and a weight are notes, a threshold a target."""
    v = _values(_record(BLIND11 / "r11_10_chapaevsk_ocenka-effektivnosti.pdf"))
    assert (v["coverage_pct"], v["certificate_share_pct"]) == (80.1, 28.0)


def test_borderless_header_centred_clear_of_its_numbers_and_last_row_over_the_page() -> None:
    """Round 11, 10 (0.83): a pdf table without rules, «Целевая аудитория | Количество
    мероприятий, ед. | Охват, чел.» centred over wide columns whose figures stand left,
    under none of the header's words; its last row «Педагогические работники 14 318»
    alone at the top of the next page. The header was a heading, the rows a table
    without one, and the last row a paragraph."""
    v = _values(_record(BLIND11 / "r11_10_chapaevsk_ocenka-effektivnosti.pdf"))
    assert (v["events_parents"], v["events_parents_reach"]) == (9, 560)
    assert (v["events_students"], v["events_students_reach"]) == (22, 2650)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (14, 318)
    assert v["students_disabled"] == 58


def test_header_word_wrapped_to_a_letter_alone_in_a_narrow_pdf_column() -> None:
    """Round 11, 07 (0.88): «Программ» over «ы, ед.» in a narrow column of a ruled pdf
    table. The dictionary knows «ы» by its name, so the break was kept and «Программ ы»
    named no measure: no programme was read. A letter alone is a word only when Russian
    has it as one."""
    v = _values(_record(BLIND11 / "r11_07_alatyr_protokol-soveta.pdf"))
    assert (v["programs_total"], v["programs_art"], v["programs_tourism"]) == (114, 34, 6)


@pytest.fixture(scope="module")
def kolpashevo() -> ReportRecord:
    return _record(BLIND12 / "r12_03_kolpashevskiy_forma_1dop.txt")


def test_form_line_codes_under_a_latin_n(kolpashevo: ReportRecord) -> None:
    """Round 12, 03 (0.59): a statistical form typed as text, «Наименование показателя | N
    строки | …» with «N» for «№». The line codes («04», «31») were read as the values:
    «Организации и ИП, включённые в реестр … | 04 | 12» gave 4 providers."""
    v = _values(kolpashevo)
    assert (v["providers_registry"], v["students_ovz"], v["students_disabled"]) == (12, 102, 31)
    assert (v["certificates_issued"], v["certificates_active"]) == (3980, 2877)
    assert v["certificate_nominal_rub"] == 9112.5
    assert (v["events_parents"], v["events_students"], v["events_teachers"]) == (9, 18, 11)


def test_unit_alone_over_a_column_says_how_not_what(kolpashevo: ReportRecord) -> None:
    """Round 12, 03: «Организации дополнительного образования, всего | 01 | 2» under
    «Единиц»: a header that is a unit alone names no measure; the label is a count."""
    assert _values(kolpashevo)["organizations_total"] == 2


def test_text_line_to_the_edge_that_ends_no_sentence_wraps(kolpashevo: ReportRecord) -> None:
    """Round 12, 03: «… представлено 7 программ. Положительное заключение» / «НОК
    получили четыре программы …»: a line typed past the wrap width in the form's head
    let «НОК» seem to fit, and the paragraph was cut in two."""
    assert _values(kolpashevo)["programs_nok"] == 4


def test_coverage_after_a_long_subject(kolpashevo: ReportRecord) -> None:
    """Round 12, 03: «Охват детей в возрасте от 5 до 18 лет дополнительным образованием в
    Колпашевском районе по итогам 2024 года составил 81,0 %»: 112 characters between
    «охват» and its figure."""
    assert _values(kolpashevo)["coverage_pct"] == 81.0


def test_a_clause_about_another_municipality_gives_no_figure(kineshma: ReportRecord) -> None:
    """Round 1, 06 (and round 12, 03, which made the coverage rule reach further): «охват
    детей … в городском округе Кинешма в 2024 году составил 84,2 %» in the report of
    Кинешемский район is the town's figure, not the district's. Its own, 78,4, stands in
    the row «Охват детей … (стр. 3.2 / стр. 3.1 × 100) | % | 76,3 | 78,4», whose formula
    in brackets stood between the label's words and its figure."""
    assert _values(kineshma)["coverage_pct"] == 78.4


def test_names_other_place() -> None:
    from extractor.extract.identify import names_other_place
    from extractor.gazetteer import gazetteer

    kineshma_district = next(r.oktmo for r in gazetteer().rows if r.name.startswith("Кинешемский"))
    assert names_other_place("охват в городском округе Кинешма составил 84,2 %", kineshma_district)
    assert not names_other_place("охват в Кинешемском районе составил 78,4 %", kineshma_district)
    # the report's own place named beside another: in doubt, kept
    assert not names_other_place(
        "в Кинешемском районе и в городском округе Кинешма – 80 %", kineshma_district
    )


BLIND13 = ROOT / "tests" / "data" / "blind" / "round13"


def test_reporting_period_in_a_title_sheet_and_a_year_given_to_compare() -> None:
    """Round 13, 12 (0.03): «Отчётный период: | 2025 год» in two cells of a title sheet,
    and «Примечание: гр. 2 и 4 – по данным отчёта за 2024 год (для сравнения)». The note's
    «за 2024 год» outweighed the field, and every figure came from 2024's column."""
    record = _record(BLIND13 / "r13_12_uray_monitoring.xlsx")
    assert record.year == 2025
    v = _values(record)
    assert (v["students_total"], v["coverage_pct"], v["certificates_issued"]) == (6497, 82.8, 7365)


def test_direction_columns_under_a_breakdown_header_and_an_abbreviated_positive() -> None:
    """Round 13, 12: «в т.ч. по направленностям (с повторным счётом), чел.» over
    «художественная | …»: «т.», «ч.» and «чел.» are no words of a direction's header;
    «из них с положит. заключением НОК, ед.» is «положительным»."""
    v = _values(_record(BLIND13 / "r13_12_uray_monitoring.xlsx"))
    assert (v["students_art"], v["students_tourism"]) == (2410, 460)
    assert v["programs_nok"] == 13


def test_total_row_under_direction_columns_whose_header_names_the_measure() -> None:
    """Round 8, 14 (0.85, 0.68 on the way): «ИТОГО по городу Когалыму» under «Количество
    программ, ед.» over «художественная | …»: the header's words before the direction
    say what its total counts, before the caption does."""
    v = _values(_record(BLIND8 / "r8_14_kogalym_svod.xlsx"))
    assert (v["programs_art"], v["programs_tourism"]) == (92, 12)
    assert (v["students_art"], v["students_sport"]) == (4110, 3980)


def test_municipal_assignment_okei_codes_and_approved_column() -> None:
    """Round 12, 06 (0.59): «Показатель | Единица измерения: наименование | код по ОКЕИ |
    Утверждено в муниципальном задании на год | Исполнено на отчётную дату | …». The
    ОКЕИ code (792, 642) was read as the value; what the assignment approved is a plan."""
    v = _values(_record(BLIND12 / "r12_06_efremov_otchet_mun_zadanie.docx"))
    assert (v["events_parents"], v["events_parents_reach"]) == (12, 455)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (13, 268)
    assert v["teachers_pd_participants"] == 97


def test_parts_opened_in_the_outer_table_and_nested_under_the_opener() -> None:
    """Round 12, 06: «Дополнительные общеобразовательные программы, всего, ед. | 312»
    over «в том числе по направленностям:», a table of directions nested in that row's
    cell; «Выдано сертификатов / из них активных, шт. | 6 010 / 4 380». The opener's
    words were read as the total's, the nested table had no measure, and «из них
    активных» lost its noun."""
    v = _values(_record(BLIND12 / "r12_06_efremov_otchet_mun_zadanie.docx"))
    assert v["programs_total"] == 312
    assert (v["programs_art"], v["programs_tourism"]) == (102, 19)
    assert (v["certificates_issued"], v["certificates_active"]) == (6010, 4380)


def test_months_as_columns_beside_the_state_at_the_year_end() -> None:
    """Round 12, 04 (0.77): «Показатель | янв. | февр. | … | дек. | На 31.12.2024»: the
    January column was taken. Abbreviated months are parts of the period, and the state
    on 31 December is the year's figure, as a total column is."""
    v = _values(_record(BLIND12 / "r12_04_arsenyevskiy_kniga_monitoringa.xlsx"))
    assert (v["certificates_issued"], v["certificates_active"]) == (5210, 3880)
    assert (v["certificate_students"], v["certificate_share_pct"]) == (1771, 27.4)


def test_audience_totals_beside_a_column_of_events() -> None:
    """Round 12, 04: «Целевая аудитория | Мероприятий, ед. | Охват, чел.» over «Итого
    для обучающихся | 8 | 1930», «Итого для родителей | 5 | 402» …: the reach column was
    read as pupils, and «Итого для родителей» taken for a subtotal. A column of events
    makes the table one about events; an audience's total is its own."""
    v = _values(_record(BLIND12 / "r12_04_arsenyevskiy_kniga_monitoringa.xlsx"))
    assert (v["events_students"], v["events_students_reach"]) == (8, 1930)
    assert (v["events_parents"], v["events_parents_reach"]) == (5, 402)
    assert (v["events_teachers"], v["events_teachers_reach"]) == (6, 187)


def test_hedged_value_is_evidence_not_the_figure() -> None:
    """Round 8, 05: «Родители | 15 | более 1 300» (indicators.md, hard cases: a hedged
    number is not the figure). It is kept as evidence, marked approximate, and named in
    an info warning; the record has no value for the key."""
    from extractor.validate.record import check_record

    record = _record(BLIND8 / "r8_05_balakovsky_reiting.pdf")
    assert record.value("events_parents_reach") is None
    hedged = {f.key: f for f in record.approximate}
    assert hedged["events_parents_reach"].value == 1300
    assert hedged["events_parents_reach"].approx
    codes = {(p.code, p.key) for p in check_record(record)}
    assert ("figure.approximate", "events_parents_reach") in codes


def test_section_row_across_a_pdf_table_under_its_two_header_rows() -> None:
    """Round 13, 02 (0.60): «Раздел 1. Инфраструктура» across a ruled pdf table, the
    «№» column left empty, right under «2024 год» over «план | факт». It was taken for
    a third header row, so «Ед. изм.» and the region's column lost their roles and their
    cells joined the labels; in those columns its words were counted as a label's."""
    v = _values(_record(BLIND13 / "r13_02_shelekhovskiy_spravka.pdf"))
    assert (v["students_total"], v["students_art"], v["students_tourism"]) == (10213, 4012, 719)
    assert (v["certificates_issued"], v["certificate_students"]) == (11026, 2718)
    assert v["coverage_pct"] == 79.7  # not the region's 80,2 % in the text


def test_label_with_a_comma_inside_read_as_one_phrase() -> None:
    """Round 13, 02: «Организации дополнительного образования (УДО), подведомственные
    Управлению образования и Отделу культуры | ед. | 4 | 4»: in a table's label a comma
    ends no clause; in a sentence written in a cell it still does («742 чел., из них
    дети-инвалиды – 268», round 7's 07)."""
    assert (
        _values(_record(BLIND13 / "r13_02_shelekhovskiy_spravka.pdf"))["organizations_total"] == 4
    )
    v = _values(_record(BLIND7 / "r7_07_komsomolsk_na_amure_infokarta.pdf"))
    assert v["students_disabled"] == 268


def test_self_assessment_points_column_and_two_values_in_one_cell() -> None:
    """Round 13, 06 (0.91): «Критерий | Значение … | Пороговое значение | Самооценка,
    баллы» with «Обучающиеся с ОВЗ, чел. / в т.ч. дети-инвалиды, чел. | 168 / 41 | … |
    2»: the points column was a value column, so the cell's two values were not split."""
    v = _values(_record(BLIND13 / "r13_06_mtsensk_zayavka.docx"))
    assert (v["students_ovz"], v["students_disabled"]) == (168, 41)


BLIND14 = ROOT / "tests" / "data" / "blind" / "round14"


def test_municipal_assignment_with_register_codes_and_grouped_headers() -> None:
    """Round 14, 03 (0.56): a municipal assignment whose rows open with the service's
    register code («410021.Р.60.1.00020001000», «804200О.99.0.ББ52АЖ48000») under
    «Уникальный номер реестровой записи», headers grouped under «Показатель объёма
    муниципальной услуги» over «единица измерения: наименование | код по ОКЕИ |
    утверждено в муниципальном задании на год | исполнено на отчётную дату», labels
    «направленность: художественной | очная | Число обучающихся». The codes gave
    410021 as every figure, the approved column stood for the fact, and «очная» hid the
    direction's pupils."""
    v = _values(_record(BLIND14 / "r14_03_opochetsky_mun_zadanie.docx"))
    assert (v["events_parents"], v["events_parents_reach"]) == (8, 356)
    assert (v["events_students"], v["events_students_reach"]) == (24, 1187)
    assert (v["students_total"], v["students_art"], v["students_tourism"]) == (1384, 402, 121)
    assert (v["coverage_pct"], v["programs_nok"], v["teachers_pd_participants"]) == (77.2, 6, 49)


def test_part_row_over_a_nested_table_is_no_wrapped_label() -> None:
    """Round 14, 03: «Количество реализуемых дополнительных общеобразовательных программ
    | 86» over «в том числе по направленностям (программ, ед.)», whose cell holds the
    directions' table: the part was joined to the label above as its wrapped end, and
    the total was lost."""
    v = _values(_record(BLIND14 / "r14_03_opochetsky_mun_zadanie.docx"))
    assert v["programs_total"] == 86
    assert (v["programs_art"], v["programs_tourism"]) == (24, 6)


def test_road_map_remarks_beside_a_fact_column_and_paired_units() -> None:
    """Round 14, 12 (0.38): a road map «Наименование мероприятия | Срок исполнения | … |
    Показатель результата | Плановое значение | Фактическое значение | Отметка об
    исполнении». «Срок исполнен|ия» wrapped in a narrow pdf column hid the note header;
    the remarks («Исполнено. …») joined the rows' labels; «Количество мероприятий /
    участников, ед. / чел. | 37 / 2 904»: the units were taken for a third name."""
    v = _values(_record(BLIND14 / "r14_12_isilkulsky_dorozhnaya_karta.pdf"))
    assert (v["events_students"], v["events_students_reach"]) == (37, 2904)
    assert (v["events_parents"], v["events_parents_reach"]) == (12, 731)
    assert (v["programs_total"], v["coverage_pct"], v["new_places"]) == (174, 80.4, 90)


def test_road_map_remarks_alone_are_its_values() -> None:
    """Round 5, 06: «Отметка об исполнении» with no value column beside it holds the
    road map's values in sentences («82,3 % (11 904 чел. без повторного счёта)»); it is
    read, not set aside as remarks (it was, for a moment, in round 14's step)."""
    v = _values(_record(BLIND5 / "r5_06_okrug_murom_dorozhnaya_karta.pdf"))
    assert (v["coverage_pct"], v["students_ovz"]) == (82.3, 563)


BLIND15 = ROOT / "tests" / "data" / "blind" / "round15"


def test_months_by_roman_number_under_half_years_beside_the_year_total() -> None:
    """Round 15, 14 (0.77): a chronicle «Показатель | I полугодие: I … VI, всего | II
    полугодие: VII … XII, всего | Итого за год». January's events were read: months by
    their Roman numbers are parts of the year, and of three total columns the one under
    no group («Итого за год») is the year's, the half-years' totals its parts."""
    v = _values(_record(BLIND15 / "r15_14_valdaysky_hronika.pdf"))
    assert (v["events_parents"], v["events_parents_reach"]) == (13, 817)
    assert (v["events_students"], v["events_students_reach"]) == (25, 2470)
    assert v["events_teachers"] == 13
