"""Regional totals and reporting completeness on records with totals worked out by hand."""

from __future__ import annotations

import re

import pytest

from extractor.aggregate import Method, aggregate, rules
from extractor.catalogue import Unit, catalogue
from extractor.completeness import completeness, expected_units
from tests.records_factory import record

ROSTOV = "Ростовская область"
BATAYSK = "60707000"  # город Батайск in rules/municipalities.csv


def test_every_catalogue_key_has_one_aggregation_rule() -> None:
    r = rules()
    shares = [s.key for s in r.shares]
    for key in catalogue().ordered_keys():
        unit = catalogue().get(key).unit
        places = [key in shares, key in r.ranges, key in r.skipped]
        summed = unit in r.sum_units and not any(places)
        assert sum(places) + summed == 1, key
        if unit is Unit.percent:
            assert not summed, f"{key}: a percentage is never summed"
    for s in r.shares:  # a share's numerator is itself a summed count
        assert r.method(s.numerator) is Method.sum, s.numerator


@pytest.fixture
def region_with_gaps() -> list:
    """Three reports of one region; the third states coverage but not its pupils."""
    return [
        record(
            "a.txt",
            "город Батайск",
            ROSTOV,
            2024,
            BATAYSK,
            programs_total=164,
            students_total=900,
            coverage_pct=90.0,
            certificate_students=300,
            certificate_share_pct=25.0,
            certificate_nominal_rub=22380.0,
        ),
        record(
            "b.txt",
            "Аксайский район",
            ROSTOV,
            2024,
            "60602000",
            programs_total=36,
            students_total=14000,
            coverage_pct=70.0,
            certificate_nominal_rub=15200.0,
        ),
        record(
            "c.txt",
            "Сальский район",
            ROSTOV,
            2024,
            "60650000",
            programs_total=50,
            coverage_pct=85.0,
            certificates_issued=2056,
        ),
    ]


def test_counts_are_summed_over_the_reports_that_state_them(region_with_gaps: list) -> None:
    agg = aggregate(region_with_gaps)
    [row] = agg.regions
    assert (row.region, row.year, row.files) == (ROSTOV, 2024, ["a.txt", "b.txt", "c.txt"])
    assert (row.get("programs_total").value, row.get("programs_total").n) == (250, 3)
    assert (row.get("students_total").value, row.get("students_total").n) == (14900, 2)
    assert (row.get("certificates_issued").value, row.get("certificates_issued").n) == (2056, 1)
    assert (row.get("students_ovz").value, row.get("students_ovz").n) == (None, 0)


def test_coverage_is_reweighted_through_each_reports_base(region_with_gaps: list) -> None:
    [row] = aggregate(region_with_gaps).regions
    cov = row.get("coverage_pct")
    # By hand: bases 900 / 0.90 = 1 000 and 14 000 / 0.70 = 20 000 children aged 5–18;
    # 14 900 covered of 21 000 = 70.952… %, not the mean of 90 and 70 (80 %).
    assert cov.base == pytest.approx(21000)
    assert cov.value == pytest.approx(70.95238, abs=1e-4)
    assert cov.n == 2  # c.txt gave 85 % without its pupils: no base, left out


def test_a_percentage_without_its_count_is_left_out_with_a_warning(
    region_with_gaps: list,
) -> None:
    agg = aggregate(region_with_gaps)
    [p] = [p for p in agg.problems if p.code == "aggregate.no_base"]
    assert (p.file, p.key, p.severity.value) == ("c.txt", "coverage_pct", "warning")
    assert ROSTOV in p.message and "85" in p.message
    assert p.quotes and "85" in p.quotes[0].text
    share = agg.regions[0].get("certificate_share_pct")
    assert (share.value, share.base, share.n) == (25.0, 1200.0, 1)


def test_a_share_no_report_can_base_is_empty_and_names_the_reports() -> None:
    agg = aggregate(
        [
            record("x.txt", "город Батайск", ROSTOV, 2024, BATAYSK, certificate_share_pct=16.7),
            record(
                "y.txt", "Аксайский район", ROSTOV, 2024, "60602000", certificate_share_pct=30.0
            ),
        ]
    )
    share = agg.regions[0].get("certificate_share_pct")
    assert (share.value, share.base, share.n) == (None, None, 0)
    [region_level] = [p for p in agg.problems if p.file == ""]
    assert region_level.code == "aggregate.no_base"
    assert ROSTOV in region_level.message
    assert "x.txt" in region_level.message and "y.txt" in region_level.message
    assert {p.file for p in agg.problems} == {"", "x.txt", "y.txt"}


def test_a_percentage_over_100_is_not_used() -> None:
    agg = aggregate(
        [
            record(
                "a.txt", "город Батайск", ROSTOV, 2024, BATAYSK, students_total=10, coverage_pct=130
            )
        ]
    )
    assert agg.regions[0].get("coverage_pct").value is None
    assert [p.code for p in agg.problems] == ["aggregate.bad_share"]


def test_nominal_is_a_range_not_a_sum(region_with_gaps: list) -> None:
    nominal = aggregate(region_with_gaps).regions[0].get("certificate_nominal_rub")
    assert (nominal.method, nominal.low, nominal.high, nominal.n) == (
        Method.range,
        15200.0,
        22380.0,
        2,
    )
    assert nominal.value is None


def test_two_reports_of_one_municipality_and_year_count_once() -> None:
    agg = aggregate(
        [
            record(
                "batajsk_v2.docx",
                "город Батайск",
                ROSTOV,
                2024,
                BATAYSK,
                students_total=10923,
                coverage_pct=83.0,
            ),
            record("batajsk.txt", "город Батайск", ROSTOV, 2024, BATAYSK, students_total=10923),
            record("aksaj.txt", "Аксайский район", ROSTOV, 2024, None, students_total=5000),
            record("aksaj_copy.txt", "Аксайский район", ROSTOV, 2024, None, students_total=5000),
        ]
    )
    [row] = agg.regions
    assert row.get("students_total").value == 15923
    assert row.files == ["aksaj.txt", "batajsk_v2.docx"]  # more figures; first on a tie
    dups = sorted(p.file for p in agg.problems if p.code == "aggregate.duplicate")
    assert dups == ["aksaj_copy.txt", "batajsk.txt"]
    [msg] = [p.message for p in agg.problems if p.file == "batajsk.txt"]
    assert "batajsk_v2.docx" in msg and ROSTOV in msg


def test_reports_without_region_or_year_stay_out_of_regional_totals() -> None:
    agg = aggregate(
        [
            record("a.txt", "город Батайск", ROSTOV, 2024, BATAYSK, students_total=100),
            record("b.txt", "Непонятный район", None, 2024, students_total=7),
            record("c.txt", "город Батайск", ROSTOV, None, BATAYSK, students_total=9),
        ]
    )
    assert [r.get("students_total").value for r in agg.regions] == [100]
    assert sorted((p.file, p.code) for p in agg.problems) == [
        ("b.txt", "aggregate.no_region"),
        ("c.txt", "aggregate.no_year"),
    ]


def test_several_years_give_a_row_each_and_the_change_from_the_previous_year() -> None:
    agg = aggregate(
        [
            record(
                "b23.txt",
                "город Батайск",
                ROSTOV,
                2023,
                BATAYSK,
                students_total=800,
                coverage_pct=80.0,
                programs_total=150,
            ),
            record(
                "b24.txt",
                "город Батайск",
                ROSTOV,
                2024,
                BATAYSK,
                students_total=900,
                coverage_pct=90.0,
            ),
            record("s22.txt", "Сальский район", ROSTOV, 2022, "60650000", students_total=5),
        ]
    )
    assert [r.year for r in agg.regions] == [2022, 2023, 2024]
    y22, y23, y24 = agg.regions
    assert y22.get("students_total").change is None  # no 2021
    assert y23.get("students_total").change == 795  # 2022 is the previous year
    assert y24.get("students_total").change == 100
    assert y24.get("coverage_pct").change == pytest.approx(10.0)  # percentage points
    assert y24.get("programs_total").change is None  # not stated in 2024


def test_completeness_checks_off_by_code_by_name_and_by_city() -> None:
    expected = expected_units(ROSTOV)
    assert len(expected) == 55  # 43 districts and 12 urban okrugs in the table
    reports = [
        record("1.txt", "город Батайск", ROSTOV, 2024, BATAYSK),
        record("2.txt", "Аксайский район", ROSTOV, 2024),  # name only, no code
        record("3.txt", "город Сальск", ROSTOV, 2024),  # the district's main city
        record("4.txt", "Выдуманный район", ROSTOV, 2024),
    ]
    c = completeness(ROSTOV, 2024, reports)
    assert (c.expected, c.reported, c.reports) == (55, 3, 4)
    assert len(c.missing) == 52
    for name in ("город Батайск", "Аксайский район", "Сальский район"):
        assert name not in c.missing
    assert "город Таганрог" in c.missing and c.unmatched == ["4.txt"]


def test_a_federal_city_expects_one_report_and_a_new_subject_none() -> None:
    moscow = completeness("Москва", 2024, [record("m.txt", "Москва", "Москва", 2024)])
    assert (moscow.expected, moscow.reported, moscow.missing) == (1, 1, [])
    assert completeness("Москва", 2024, []).missing == ["Москва"]
    new = completeness(
        "Херсонская область", 2024, [record("h.txt", "Х", "Херсонская область", 2024)]
    )
    assert (new.expected, new.unmatched) == (None, ["h.txt"])


def test_completeness_is_part_of_each_region_row(region_with_gaps: list) -> None:
    [row] = aggregate(region_with_gaps).regions
    assert (row.completeness.expected, row.completeness.reported) == (55, 3)


def test_messages_agree_with_any_label() -> None:
    """A label may be feminine («Доля …») or plural: it is never the subject of a verb."""
    agg = aggregate(
        [
            # a share without its count, a share over 100, a share no report can base
            record("x.txt", "город Батайск", ROSTOV, 2024, BATAYSK, certificate_share_pct=16.7),
            record("y.txt", "Аксайский район", ROSTOV, 2024, "60602000", coverage_pct=130),
            record("z.txt", "Сальский район", ROSTOV, 2024, "60650000", certificate_share_pct=9),
        ]
    )
    codes = {p.code for p in agg.problems}
    assert codes == {"aggregate.no_base", "aggregate.bad_share"}
    assert any(p.file == "" for p in agg.problems)
    for p in agg.problems:
        assert p.key is not None
        label = re.escape(catalogue().get(p.key).label)
        # «значение показателя «…»» or «показатель «…»»: the noun before the label agrees
        assert re.search(rf"(?:значение показателя|показатель) «{label}»", p.message), p
        assert not re.search(r"вош(?:ёл|ла|ло|ли)", p.message), p
    [feminine] = [p for p in agg.problems if p.file == "x.txt"]
    assert "«Доля детей, охваченных ПФДО / обучающихся по сертификату» (16,7 %) не учтено" in (
        feminine.message
    )
