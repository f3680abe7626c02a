"""indicators.md's «Hard cases (v1.1)»: each decision shown on a report that has it.

Reports written blind (tests/data/blind), read as a user's files; the value the table
holds for the key is the decision's, and the value the trap offers is not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.pipeline import read_one
from extractor.records import DocumentKind, ReportRecord
from extractor.validate.record import check_record
from tests.conftest import ROOT

BLIND = ROOT / "tests" / "data" / "blind"


def _record(relative: str) -> ReportRecord:
    path = BLIND / relative
    result = read_one(path, Path(relative).name)
    assert result.record is not None, result.problems
    return result.record


# (case, report, key, the decision's value, the trap's value)
CASES = [
    (
        "«10,77 | тыс. чел.»: an exact statement in other units",
        "round4/r4_06_chernogorsk_svodka.txt",
        "students_total",
        10770,
        10.77,
    ),
    (
        "a share written as a fraction («Доля детей … | 0,756»): the percentage",
        "round8/r8_08_iskitimsky_box.txt",
        "coverage_pct",
        75.6,
        0.756,
    ),
    (
        "a number in words («НОК получили четыре программы»)",
        "round12/r12_03_kolpashevskiy_forma_1dop.txt",
        "programs_nok",
        4,
        7,  # «представлено 7 программ»: sent, not approved
    ),
    (
        "both counts of children: the one without repeats",
        "round13/r13_12_uray_monitoring.xlsx",
        "students_total",
        6497,
        8930,
    ),
    (
        "children aged 5–18 are a population, never pupils",
        "round13/r13_12_uray_monitoring.xlsx",
        "students_total",
        6497,
        7842,
    ),
    (
        "a plan row («2026 (план)») is a target, not the figure",
        "round13/r13_12_uray_monitoring.xlsx",
        "coverage_pct",
        82.8,
        83.2,
    ),
    (
        "the previous year's column («2024 год» in a 2025 report) is not the figure",
        "round13/r13_12_uray_monitoring.xlsx",
        "certificates_issued",
        7365,
        7120,
    ),
    (
        "pupils of general schools in a публичный доклад («в которых обучались 14 650»)",
        "round8/r8_07_kansk_publichny_doklad.pdf",
        "students_total",
        11986,
        14650,
    ),
    (
        "growth said in a sentence («по сравнению с 2023 годом охват увеличился на 1,8 %»)",
        "round17/t2_09_oktyabrsky_kursk_protocol.docx",
        "coverage_growth_pct",
        1.8,
        77.5,
    ),
    (
        "a per-direction number («по каждой направленности – не менее 12 программ»)",
        "round17/t2_11_kamensky_rostov_letter.odt",
        "programs_total",
        203,
        12,
    ),
    (
        "a plan's value beside the fact («при плане 78,0 % фактическое значение – 79,3 %»)",
        "round18/t3_07_novouralsky_poyasnitelnaya_cp1251.txt",
        "coverage_pct",
        79.3,
        78.0,
    ),
    (
        "the previous year's value («Годом ранее … занимались 5 870 ребят»)",
        "round18/t3_04_chistopolsky_newsletter3col.pdf",
        "students_total",
        6118,
        5870,
    ),
    (
        "only a total with repeats is given: it is students_total",
        "round19/t4_09_salavat_letter.docx",
        "students_total",
        16873,
        0,
    ),
    (
        "organisations: not the schools that also run programmes («22 общеобразовательные»)",
        "round17/t2_03_nizhnevartovsky_slides.pdf",
        "organizations_total",
        3,
        22,
    ),
    (
        "a share in words («семьдесят девять процентов»)",
        "round21/t6_12_kimovskiy_glavaotchet.pdf",
        "coverage_pct",
        79.0,
        0,
    ),
    (
        "a comparison table written by one municipality: only its column (Кировский 79,2)",
        "round13/r13_09_mozdokskiy_pismo.docx",
        "coverage_pct",
        76.8,
        79.2,
    ),
    (
        "a part is no total («в реестре 9 организаций, в т. ч. 2 ИП»)",
        "round18/t3_09_apsheronsky_letter.docx",
        "providers_registry",
        9,
        2,
    ),
    (
        "the exception: a regional newsletter giving one reporting district's figures",
        "round23/t8_04_emelyanovskiy_rayon_vestnik.pdf",
        "coverage_pct",
        81.9,
        80.2,  # the krai's average in the same issue
    ),
    (
        "another municipality's figure («в городском округе Кинешма … 84,2 %»)",
        "round1/06_kineshemsky_moc_celevaya_model_2024.pdf",
        "coverage_pct",
        78.4,
        84.2,
    ),
]


@pytest.mark.parametrize(
    ("case", "report", "key", "value", "trap"), CASES, ids=[c[0] for c in CASES]
)
def test_hard_case_figure(case: str, report: str, key: str, value: float, trap: float) -> None:
    got = _record(report).value(key)
    assert got == pytest.approx(value), case
    assert got != pytest.approx(trap)


def test_hard_case_hedged_number_is_no_figure() -> None:
    """«Родители | 15 | более 1 300»: evidence (approximate), not the value."""
    record = _record("round8/r8_05_balakovsky_reiting.pdf")
    assert record.value("events_parents_reach") is None
    assert [f.value for f in record.approximate if f.key == "events_parents_reach"] == [1300]


@pytest.mark.parametrize(
    ("report", "year"),
    [
        # «2024/2025 учебный год»: the calendar year the school year ends in
        ("round4/r4_09_birobidzhan_uchgod.txt", 2025),
        # «за I полугодие 2025 года»: that calendar year, its figures the report's
        ("round1/11_rossoshansky_polugodie_2025.txt", 2025),
        # a slide deck of the «2023/2024 учебного года», dated August 2024
        ("round18/t3_03_kurganinsky_slides.pdf", 2024),
        # a Telegram channel's «I полугодие 2025»
        ("round17/t2_10_orel_telegram.txt", 2025),
    ],
)
def test_hard_case_year(report: str, year: int) -> None:
    assert _record(report).year == year


def _codes(record: ReportRecord) -> set[str]:
    return {p.code for p in check_record(record)}


def test_hard_case_figure_stated_twice_is_warned() -> None:
    """Stated twice (11 482 and 11 428): the value that agrees with 74,6 % of 15 391,
    and a conflict warning."""
    record = _record("round18/t3_09_apsheronsky_letter.docx")
    assert record.value("students_total") == 11482
    assert [f.value for c in record.conflicts for f in c.figures] == [11482, 11428]
    assert "figure.conflict" in _codes(record)


@pytest.mark.parametrize(
    ("report", "region"),
    [
        # a regional centre's summary table of fifteen municipalities
        ("round23/t8_01_kostromskaya_oblast_rmc_svod.xlsx", "Костромская область"),
        # a council's minutes where two districts' heads quote their own coverage
        ("round23/t8_03_kurganskaya_oblast_protokol_reyting.odt", "Курганская область"),
    ],
)
def test_hard_case_several_municipalities(report: str, region: str) -> None:
    """No municipality of its own, the region filled, no figures, a warning says why."""
    record = _record(report)
    assert record.kind is DocumentKind.regional
    assert (record.municipality, record.region, record.figures) == (None, region, [])
    assert record.set_aside  # read, kept for a person, not in the table
    assert "document.regional" in _codes(record)
    assert "identity.no_municipality" not in _codes(record)


@pytest.mark.parametrize(
    ("report", "year"),
    [
        # a plan of events for the 2025/2026 school year
        ("round23/t8_05_novoanninskiy_rayon_plan_moc.docx", 2026),
        # an order approving a roadmap, its title letter-spaced («П Р И К А З»)
        ("round23/t8_06_lodeynopolskiy_rayon_prikaz_dorozhnaya_karta.txt", None),
    ],
)
def test_hard_case_plan_is_no_report(report: str, year: int | None) -> None:
    record = _record(report)
    assert record.kind is DocumentKind.plan and record.figures == []
    assert "document.plan" in _codes(record)
    assert "figure.missing_core" not in _codes(record)
    if year is not None:
        assert record.year == year


@pytest.mark.parametrize(
    "report",
    [
        # a column-number row «1 … 8» under a three-row header, section rows
        "round15/r15_02_vologodsky_spravka.pdf",
        # line codes 01–07 and column numbers 1…7 of a 1-ДОП form
        "round5/r5_11_klincy_1dop_zapiska.odt",
    ],
)
def test_hard_case_row_and_column_numbers_are_never_figures(report: str) -> None:
    record = _record(report)
    assert record.figures
    for f in record.figures:
        cells = [c.strip() for c in f.provenance.quote.split("|")]
        assert not all(c.isdigit() and int(c) < 20 for c in cells), f.provenance.quote
        assert f.written.strip() not in {"01", "02", "03", "04", "05", "06", "07"}
