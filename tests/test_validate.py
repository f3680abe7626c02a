"""Each check fires on a report written to trip it, and only where the figures justify it.

tests/data/checks/ holds small reports derived from one consistent report
(consistent.txt), each changed in one place to trip one check.
"""

from __future__ import annotations

import csv
import math
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from extractor.catalogue import Unit, catalogue
from extractor.discover import discover
from extractor.document import Location
from extractor.evaluate import gold_path, load_gold
from extractor.pipeline import RunResult, read_one, run
from extractor.records import Figure, Problem, Provenance, ReportRecord, Severity
from extractor.validate import check_record, validate
from extractor.validate.record import check_values
from extractor.validate.value import value_fault
from tests.conftest import CORPUS
from tests.records_factory import record as make_record

CHECKS = Path(__file__).resolve().parent / "data" / "checks"
# Codes that say the figures disagree with each other or with their units: these must
# never fire where the gold figures agree.
CONSISTENCY = ("sum.", "certificates.", "coverage.", "value.")


def run_folder(tmp_path: Path, *files: Path, corrections: str | None = None) -> RunResult:
    folder = tmp_path / "reports"
    folder.mkdir()
    for f in files:
        shutil.copy(f, folder / f.name)
    if corrections is not None:
        (folder / "corrections.csv").write_text(corrections, encoding="utf-8")
    return run(folder, tmp_path / "out")


def codes(problems: list[Problem], file: str | None = None) -> set[str]:
    return {p.code for p in problems if file is None or p.file == file}


def test_consistent_report_has_no_warnings(tmp_path: Path) -> None:
    result = run_folder(tmp_path, CHECKS / "consistent.txt")
    assert result.problems == []
    record = result.records[0]
    assert record.value("programs_total") == 150 and record.value("students_total") == 9000


@pytest.mark.parametrize(
    ("name", "code", "key", "severity"),
    [
        ("sum_programs.txt", "sum.programs", "programs_total", Severity.warning),
        ("sum_students.txt", "sum.students", "students_total", Severity.warning),
        (
            "active_over_issued.txt",
            "certificates.active_over_issued",
            "certificates_active",
            Severity.warning,
        ),
        (
            "certificate_students_over_total.txt",
            "certificates.students_over_total",
            "certificate_students",
            Severity.warning,
        ),
        (
            "coverage_inconsistent.txt",
            "coverage.inconsistent",
            "certificate_share_pct",
            Severity.warning,
        ),
        ("conflict.txt", "figure.conflict", "programs_total", Severity.warning),
        ("missing_core.txt", "figure.missing_core", "coverage_pct", Severity.warning),
        ("percent_over_100.txt", "value.out_of_range", "coverage_pct", Severity.error),
    ],
)
def test_each_check_fires_on_its_report(name: str, code: str, key: str, severity: Severity) -> None:
    record = read_one(CHECKS / name, name).record
    assert record is not None
    problems = check_record(record)
    assert [(p.code, p.key, p.severity) for p in problems] == [(code, key, severity)]
    p = problems[0]
    assert p.file == name and p.message
    if code != "figure.missing_core":
        # The quotes hold the numbers involved, as written.
        assert p.quotes and all(q.written and q.written in q.text for q in p.quotes)


def test_sum_message_says_by_how_much() -> None:
    record = read_one(CHECKS / "sum_programs.txt", "x").record
    assert record is not None
    (p,) = check_record(record)
    assert "148" in p.message and "150" in p.message and "меньше на 2" in p.message


def test_conflict_keeps_both_quotes_and_names_the_chosen_value() -> None:
    record = read_one(CHECKS / "conflict.txt", "x").record
    assert record is not None
    (p,) = check_record(record)
    assert {q.written for q in p.quotes} == {"150", "162"}
    assert "В таблицу внесено 150" in p.message


def test_unresolved_identity() -> None:
    record = read_one(CHECKS / "no_identity.txt", "x").record
    assert record is not None
    assert codes(check_record(record)) == {"identity.no_municipality", "identity.no_region"}


def test_year_far_from_the_folder(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "consistent.txt",
        CORPUS / "txt_salsk_2024.txt",
        CORPUS / "txt_rodniki_2024.txt",
        CHECKS / "year_2021.txt",
        CHECKS / "year_2023.txt",
    )
    years = {(p.file, p.code, p.severity) for p in result.problems if p.code.startswith("year.")}
    assert years == {
        ("year_2021.txt", "year.far", Severity.warning),
        ("year_2023.txt", "year.other", Severity.info),
    }


def test_no_year_check_without_a_main_year(tmp_path: Path) -> None:
    result = run_folder(tmp_path, CHECKS / "consistent.txt", CHECKS / "year_2021.txt")
    assert not any(p.code.startswith("year.") for p in result.problems)


def test_two_files_for_one_municipality_and_year(tmp_path: Path) -> None:
    result = run_folder(tmp_path, CHECKS / "consistent.txt", CHECKS / "duplicate.txt")
    dups = [p for p in result.problems if p.code == "file.duplicate"]
    assert {p.file for p in dups} == {"consistent.txt", "duplicate.txt"}
    assert all("город Новочеркасск" in p.message for p in dups)


def _gold_record(path: Path, rel: str) -> ReportRecord:
    """The gold answer as a record, to see which warnings the true figures justify."""
    gold = load_gold(gold_path(path))
    cat = catalogue()
    figures = [
        Figure(
            key=k,
            value=v,
            unit=cat.get(k).unit.value,
            written=str(v),
            provenance=Provenance(
                file=rel,
                block=0,
                location=Location(),
                start=0,
                end=0,
                quote="gold",
                quote_start=0,
                quote_end=0,
                rule="gold",
            ),
        )
        for k, v in gold.figures.items()
    ]
    figures.sort(key=lambda f: cat.ordered_keys().index(f.key))
    return ReportRecord(
        file=rel,
        municipality=gold.municipality,
        region=gold.region,
        year=gold.year,
        figures=figures,
    )


def _unjustified(folder: Path) -> list[str]:
    extra: list[str] = []
    for path, rel in discover(folder).files:
        if not gold_path(path).is_file():
            continue
        record = read_one(path, rel).record
        assert record is not None, rel
        found = {
            (p.code, p.key)
            for p in check_record(record)
            if p.code.startswith(CONSISTENCY) or p.code == "figure.missing_core"
        }
        justified = {(p.code, p.key) for p in check_record(_gold_record(path, rel))}
        extra.extend(f"{rel}: {code}[{key}]" for code, key in sorted(found - justified))
    return extra


def test_seeds_give_no_warning_their_gold_does_not_justify(seeds_dir: Path) -> None:
    assert _unjustified(seeds_dir) == []


def test_corpus_gives_no_warning_its_gold_does_not_justify() -> None:
    assert _unjustified(CORPUS) == []


def test_corpus_conflicts_are_few_and_name_their_choice() -> None:
    """The corpus' remaining conflicts are neighbours' figures stated beside the report's."""
    records = [r for p, rel in discover(CORPUS).files if (r := read_one(p, rel).record)]
    conflicts = [p for p in validate(records) if p.code == "figure.conflict"]
    assert len(conflicts) <= 2
    for p in conflicts:
        assert len(p.quotes) >= 2 and "В таблицу внесено" in p.message


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_correction_sets_a_figure_marks_it_and_is_validated(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "consistent.txt",
        corrections="file,key,value,note,reviewer\n"
        "consistent.txt,programs_total,152,стр. 2: в таблице 152,Иванова\n",
    )
    out = tmp_path / "out"
    (row,) = read_csv(out / "reports.csv")
    assert row["programs_total"] == "152" and row["corrected"] == "programs_total"
    fig = next(f for f in read_csv(out / "figures.csv") if f["key"] == "programs_total")
    assert (fig["rule"], fig["corrected"], fig["quote"]) == (
        "person",
        "yes",
        "стр. 2: в таблице 152",
    )
    warnings = read_csv(out / "warnings.csv")
    applied = [w for w in warnings if w["code"] == "correction.applied"]
    assert applied and "было 150, стало 152" in applied[0]["message"]
    assert "Иванова" in applied[0]["message"]
    # Corrections come before validation: the corrected total no longer fits its parts.
    assert "sum.programs" in codes(result.problems)


def test_accepted_conflict_is_no_longer_a_warning(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "conflict.txt",
        corrections="file;key;value;note\nconflict.txt;programs_total;150;162 — с планом\n",
    )
    assert codes(result.problems) == {"correction.applied"}


def test_correction_survives_when_the_rules_find_nothing(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "missing_core.txt",
        corrections='file,key,value\nmissing_core.txt,coverage_pct,"80,0"\n',
    )
    assert result.records[0].value("coverage_pct") == 80.0
    assert codes(result.problems) == {"correction.applied"}


def test_correction_removes_a_figure(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "consistent.txt",
        corrections="file,key,value,note\nconsistent.txt,programs_total,,это план, а не факт\n",
    )
    assert result.records[0].value("programs_total") is None
    # A person said the report has none: no «missing core figure» warning for it.
    assert codes(result.problems) == {"correction.applied"}


def test_corrections_that_do_not_fit_are_warnings(tmp_path: Path) -> None:
    result = run_folder(
        tmp_path,
        CHECKS / "consistent.txt",
        corrections="file,key,value\n"
        "gone.txt,programs_total,10\n"
        "consistent.txt,programmes,10\n"
        "consistent.txt,students_total,много\n"
        "consistent.txt,students_total,-5\n"
        'consistent.txt,programs_art,"40,5"\n',
    )
    found = [
        (p.file, p.code, p.severity) for p in result.problems if p.code != "correction.applied"
    ]
    assert set(found) >= {
        ("gone.txt", "correction.unknown_file", Severity.warning),
        ("corrections.csv", "correction.unknown_key", Severity.error),
        ("corrections.csv", "correction.bad_value", Severity.error),
        ("consistent.txt", "value.negative", Severity.error),
    }
    # «много» is no number, and a count of programmes cannot be 40,5: neither is applied.
    assert found.count(("corrections.csv", "correction.bad_value", Severity.error)) == 2
    assert result.records[0].value("programs_art") == 40
    # corrections.csv itself is not reported as an unsupported report.
    assert "discover.unsupported" not in codes(result.problems)


# ------------------------------------------------------------------ the value check


def test_a_fraction_in_a_count_is_reported_by_the_value_check() -> None:
    r = make_record("x.txt", "город А", "Ростовская область", 2024, programs_art=40.5)
    (p,) = check_values(r)
    assert (p.code, p.key, p.severity) == ("value.not_integer", "programs_art", Severity.error)
    assert "40,5" in p.message


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 1e308, 1e15, 123456789.1234567])
def test_a_value_no_table_can_hold_is_an_error_wherever_it_comes_from(value: float) -> None:
    """A record built by other code than extraction or corrections is judged the same."""
    r = make_record("x.txt", "город А", "Ростовская область", 2024, certificate_nominal_rub=value)
    (p,) = check_values(r)
    assert (p.code, p.severity) == ("value.unrepresentable", Severity.error)


def test_value_fault_limits() -> None:
    count = Unit.count
    assert value_fault(Decimal("999999999999999"), count) is None
    assert value_fault(Decimal("1000000000000000"), count) is not None
    assert value_fault(Decimal("-999999999999999"), count) is None  # the sign is not its job
    assert value_fault(Decimal("152.000"), count) is None
    assert value_fault(0.1, Unit.percent) is None  # a float counts as it prints
    assert value_fault(Decimal("0.1234567890123456"), Unit.percent) is not None
    assert value_fault(Decimal("1E+20"), Unit.rubles) is not None
    assert value_fault(Decimal("sNaN"), Unit.rubles) is not None


def report_text(number: str) -> str:
    return (
        "Отчёт о деятельности муниципального опорного центра дополнительного образования "
        "детей города Новочеркасска Ростовской области за 2024 год\n\n"
        f"В 2024 году в городе реализовывалось {number} дополнительных общеобразовательных "
        "программ.\n\n"
        "Охват детей в возрасте от 5 до 18 лет дополнительным образованием составляет 80 %.\n"
    )


@pytest.mark.parametrize(
    "number",
    [
        "123456789012345678901234567890",  # was read as 1.2345678901234568e+29
        "9" * 309,  # was no float at all: the whole report was lost (extract.internal)
        "1234567890123456",  # 16 digits: Excel would show …450
    ],
)
def test_a_number_too_long_for_a_table_is_kept_out_with_its_quote(
    tmp_path: Path, number: str
) -> None:
    path = tmp_path / "report.txt"
    path.write_text(report_text(number), "utf-8")
    result = read_one(path, "report.txt")
    assert result.record is not None
    assert result.record.value("programs_total") is None
    assert result.record.value("coverage_pct") == 80  # the rest of the report is kept
    (p,) = [p for p in result.problems if p.severity is Severity.error]
    assert (p.code, p.key) == ("value.unrepresentable", "programs_total")
    assert p.quotes and p.quotes[0].written == number and number in p.quotes[0].text
    assert number in p.message


def test_the_run_writes_its_outputs_around_a_number_too_long(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "report.txt").write_text(report_text("1" * 40), "utf-8")
    result = run(folder, tmp_path / "out")
    assert "value.unrepresentable" in codes(result.problems)
    # Not silently dropped: the core figure is missing, and the error says why.
    assert "figure.missing_core" in codes(result.problems)
    (row,) = read_csv(tmp_path / "out" / "reports.csv")
    assert row["programs_total"] == "" and row["coverage_pct"] == "80"
    assert "value.unrepresentable[programs_total]" in row["warnings"]
    sheet = load_workbook(tmp_path / "out" / "consolidated.xlsx")["Предупреждения"]
    assert "value.unrepresentable" in [c.value for c in sheet["C"]]


def test_conflict_shows_values_as_the_table_holds_them(tmp_path: Path) -> None:
    """«охвачено 4,2 тыс. детей» beside «Численность обучающихся – 4 150 человек»: the
    message showed «4,2» for the 4 200 the table holds; it shows the value and, when the
    report wrote it otherwise, its words."""
    path = tmp_path / "thousands.txt"
    path.write_text(
        "Отчёт МОЦ Касимовского района Рязанской области за 2024 год\n\n"
        "В 2024 году дополнительным образованием охвачено 4,2 тыс. детей.\n"
        "Численность обучающихся – 4 150 человек.\n",
        encoding="utf-8",
    )
    record = read_one(path, "thousands.txt").record
    assert record is not None
    (p,) = [p for p in check_record(record) if p.code == "figure.conflict"]
    assert "4 200 («4,2»)" in p.message and "4 150" in p.message
