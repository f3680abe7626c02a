"""The files of a run read back as a person's tools read them: csv, openpyxl, json."""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from extractor import export
from extractor.aggregate import aggregate
from extractor.catalogue import catalogue
from extractor.export_xlsx import write_xlsx
from extractor.records import Problem, Quote, Severity
from tests.conftest import ROOT
from tests.records_factory import record

ROSTOV = "Ростовская область"


@pytest.fixture
def records() -> list:
    return [
        record(
            "Ростов/Батайск.txt",
            "город Батайск",
            ROSTOV,
            2024,
            "60707000",
            students_total=10923,
            coverage_pct=83.0,
            certificate_nominal_rub=22380.5,
        ),
        record(
            "aksaj.docx",
            "Аксайский район",
            ROSTOV,
            2024,
            "60602000",
            students_total=5000,
            coverage_pct=62.5,
        ),
        record(
            "troick.txt",
            "Троицкий городской округ",
            "Челябинская область",
            2024,
            certificate_share_pct=9.9,
        ),
    ]


@pytest.fixture
def problems(records: list) -> list[Problem]:
    f = records[0].figures[1]
    return [
        Problem(
            file="aksaj.docx",
            severity=Severity.warning,
            code="figure.conflict",
            key="coverage_pct",
            message="Показатель указан в отчёте с разными значениями: 62,5, 60",
            quotes=[Quote.of(f), Quote(text="Охват детей, % | 60", written="60")],
        ),
        *aggregate(records).problems,
    ]


def read_csv(path: Path, dialect: export.CsvDialect) -> list[dict[str, str]]:
    with path.open(encoding=dialect.encoding, newline="") as fh:
        return list(csv.DictReader(fh, delimiter=dialect.delimiter))


# By hand: bases 10 923 / 0.83 = 13 160.24… and 5 000 / 0.625 = 8 000;
# 15 923 of 21 160.24… = 75.25 %.
COVERAGE = 15923 / (10923 / 0.83 + 8000) * 100


@pytest.mark.parametrize("dialect", [export.PLAIN, export.EXCEL], ids=["utf8", "excel"])
def test_regions_csv_reads_back_in_both_dialects(
    tmp_path: Path, records: list, dialect: export.CsvDialect
) -> None:
    path = tmp_path / "regions.csv"
    export.write_regions(path, aggregate(records), dialect)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == (dialect is export.EXCEL)
    rows = read_csv(path, dialect)
    assert list(rows[0]) == export.region_columns()
    by_region = {r["region"]: r for r in rows}
    assert list(by_region) == [ROSTOV, "Челябинская область"]
    rostov = by_region[ROSTOV]
    assert rostov["students_total"] == "15923" and rostov["students_total_n"] == "2"
    assert rostov["coverage_pct"] == f"{COVERAGE:.2f}".replace(".", dialect.decimal)
    assert rostov["certificate_nominal_rub_min"] == "22380" + dialect.decimal + "5"
    assert (rostov["municipalities_expected"], rostov["municipalities_reported"]) == ("55", "2")
    assert rostov["programs_total"] == "" and rostov["programs_total_n"] == "0"
    chel = by_region["Челябинская область"]
    assert chel["certificate_share_pct"] == "" and chel["certificate_share_pct_n"] == "0"


@pytest.mark.parametrize("dialect", [export.PLAIN, export.EXCEL], ids=["utf8", "excel"])
def test_reports_and_completeness_csv_read_back(
    tmp_path: Path, records: list, problems: list[Problem], dialect: export.CsvDialect
) -> None:
    export.write_reports(tmp_path / "reports.csv", records, problems, dialect)
    rows = read_csv(tmp_path / "reports.csv", dialect)
    assert [r["file"] for r in rows] == [r.file for r in records]
    assert rows[1]["coverage_pct"] == "62" + dialect.decimal + "5"
    assert rows[1]["warnings"] == "figure.conflict[coverage_pct]"
    assert "aggregate.no_base[certificate_share_pct]" in rows[2]["warnings"]
    export.write_completeness(tmp_path / "completeness.csv", aggregate(records), dialect)
    comp = read_csv(tmp_path / "completeness.csv", dialect)
    assert list(comp[0]) == list(export.COMPLETENESS_COLUMNS)
    rostov = comp[0]
    assert rostov["municipalities_missing"] == "53"
    missing = rostov["missing_names"].split("; ")
    assert len(missing) == 53 and "город Батайск" not in missing and "город Шахты" in missing


def test_reports_jsonl_holds_each_record_with_provenance_and_warnings(
    tmp_path: Path, records: list, problems: list[Problem]
) -> None:
    path = tmp_path / "reports.jsonl"
    export.write_reports_jsonl(path, records, problems)
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
    assert [x["file"] for x in lines] == [r.file for r in records]
    first = lines[0]
    assert first["municipality"] == "город Батайск" and first["oktmo"] == "60707000"
    fig = next(f for f in first["figures"] if f["key"] == "students_total")
    assert fig["value"] == 10923 and fig["provenance"]["quote"].endswith("10\u00a0923.")
    assert [p["code"] for p in lines[1]["problems"]] == ["figure.conflict"]


@pytest.fixture
def workbook(tmp_path: Path, records: list, problems: list[Problem]) -> Workbook:
    """The records' consolidated.xlsx, written and read back."""
    path = tmp_path / "consolidated.xlsx"
    write_xlsx(path, records, problems, aggregate(records))
    return load_workbook(path)


def test_xlsx_sheets_headers_formats_and_quotes(workbook: Workbook) -> None:
    wb = workbook
    assert wb.sheetnames == [
        "Отчёты",
        "Регионы",
        "Полнота",
        "Показатели",
        "Предупреждения",
        "Идентификация",
    ]
    for ws in wb.worksheets:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title

    reports = wb["Отчёты"]
    header = [c.value for c in reports[1]]
    assert header[:4] == ["Файл", "Муниципальное образование", "Субъект РФ", "Отчётный год"]
    col = 1 + header.index(catalogue().get("students_total").label)
    cell = reports.cell(row=2, column=col)
    assert cell.value == 10923 and cell.number_format == "#,##0"
    assert cell.comment is not None and "10\u00a0923" in cell.comment.text
    assert "строка файла" in cell.comment.text  # where the quote stands
    # The link leads to the figure's row in «Показатели», which holds the same quote.
    assert cell.hyperlink is not None and cell.hyperlink.location.startswith("'Показатели'!A")
    target = int(cell.hyperlink.location.rsplit("!A", 1)[1])
    figures = wb["Показатели"]
    fig_header = [c.value for c in figures[1]]
    row = {h: figures.cell(row=target, column=i + 1).value for i, h in enumerate(fig_header)}
    assert (row["Файл"], row["Ключ"], row["Значение"]) == (
        "Ростов/Батайск.txt",
        "students_total",
        10923,
    )
    assert row["Цитата"] in cell.comment.text
    pct = reports.cell(row=2, column=1 + header.index(catalogue().get("coverage_pct").label))
    assert pct.value == 83.0 and pct.number_format == "0.0"
    assert reports.cell(row=2, column=col + 1).value is None  # not stated: empty, no comment

    regions = wb["Регионы"]
    rheader = [c.value for c in regions[1]]
    assert rheader[:2] == ["Субъект РФ", "Отчётный год"]
    cov_col = 1 + rheader.index(catalogue().get("coverage_pct").label)
    assert regions.cell(row=2, column=1).value == ROSTOV
    assert regions.cell(row=2, column=cov_col).value == pytest.approx(COVERAGE)
    n_col = rheader.index(f"{catalogue().get('coverage_pct').label} — из скольких отчётов")
    assert regions.cell(row=2, column=n_col + 1).value == 2

    complete = wb["Полнота"]
    assert complete.cell(row=2, column=5).value == 53
    assert "город Шахты" in complete.cell(row=2, column=6).value

    warnings = wb["Предупреждения"]
    codes = [warnings.cell(row=r, column=3).value for r in range(2, warnings.max_row + 1)]
    assert "figure.conflict" in codes and "aggregate.no_base" in codes
    # The level in words, as a person reads it; codes stay codes.
    levels = [warnings.cell(row=r, column=2).value for r in range(2, warnings.max_row + 1)]
    assert "предупреждение" in levels
    assert set(levels) <= {"ошибка", "предупреждение", "сведения"}
    conflict = warnings.cell(row=2 + codes.index("figure.conflict"), column=6).value
    # one quote per line: a table row's own « | » stays inside its line
    assert conflict.splitlines()[1] == "Охват детей, % | 60"


def test_xlsx_every_figure_cell_has_its_quote_and_link(workbook: Workbook, records: list) -> None:
    wb = workbook
    reports, figures = wb["Отчёты"], wb["Показатели"]
    header = [c.value for c in reports[1]]
    seen = 0
    for row, r in enumerate(records, start=2):
        assert reports.cell(row=row, column=1).value == r.file
        for f in r.figures:
            cell = reports.cell(row=row, column=1 + header.index(catalogue().get(f.key).label))
            assert cell.value == f.value and isinstance(cell.value, int | float)
            assert cell.comment is not None and f.provenance.quote in cell.comment.text
            assert cell.comment.author == "moc-extract"
            target = int(cell.hyperlink.location.rsplit("!A", 1)[1])
            assert figures.cell(row=target, column=1).value == r.file
            assert figures.cell(row=target, column=5).value == f.key
            assert figures.cell(row=target, column=10).value == f.provenance.quote
            seen += 1
    assert seen == sum(len(r.figures) for r in records) == figures.max_row - 1
    # a comment only where a figure is: every other cell of the sheet has none
    comments = [c for row in reports.iter_rows() for c in row if c.comment is not None]
    assert len(comments) == seen


def test_xlsx_writes_text_as_text(tmp_path: Path, records: list) -> None:
    """A quote that looks like a formula or a link is kept as the words it is."""
    f = records[0].figures[0]
    odd = ["=SUM(A1:A2) детей", "https://example.ru/отчёт", " 12 ", "a\x0bb"]
    problems = [
        Problem(file=records[0].file, severity=Severity.info, code="x", message=m, key=f.key)
        for m in odd
    ]
    path = tmp_path / "consolidated.xlsx"
    write_xlsx(path, records, problems, aggregate(records))
    warnings = load_workbook(path)["Предупреждения"]
    messages = [warnings.cell(row=r, column=5).value for r in range(2, warnings.max_row + 1)]
    for m in odd[:3]:
        assert m in messages
    assert all(warnings.cell(row=r, column=5).data_type == "s" for r in range(2, 6))


def test_xlsx_of_an_empty_run_still_opens(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    write_xlsx(path, [], [], aggregate([]))
    wb = load_workbook(path)
    assert wb["Регионы"].max_row == 1
    assert wb["Показатели"].auto_filter.ref == "A1:K1"


def test_readme_states_every_fixed_column_list_in_order() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for cols in (
        export.FIGURE_COLUMNS,
        export.WARNING_COLUMNS,
        export.COMPLETENESS_COLUMNS,
        export.REGION_HEAD,
    ):
        assert ", ".join(f"`{c}`" for c in cols) in readme, cols


def test_write_outputs_alone_writes_every_file_with_the_aggregation_warnings(
    tmp_path: Path, records: list
) -> None:
    from extractor.pipeline import FileResult, RunResult, write_outputs

    result = RunResult(files=[FileResult(file=r.file, record=r) for r in records], problems=[])
    write_outputs(tmp_path, result)
    for name in ("reports.csv", "figures.csv", "warnings.csv", "regions.csv",
                 "completeness.csv", "reports.jsonl", "consolidated.xlsx"):  # fmt: skip
        assert (tmp_path / name).is_file(), name
    warnings = read_csv(tmp_path / "warnings.csv", export.PLAIN)
    assert [(w["file"], w["code"]) for w in warnings] == [("troick.txt", "aggregate.no_base")]
    assert result.problems == []  # the run's own list is left as it was


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_a_non_finite_value_never_stops_the_writers(tmp_path: Path, value: float) -> None:
    """Extraction and corrections keep such values out (value.unrepresentable); should one
    reach the writers all the same, it is an empty cell and every file is written."""
    from extractor.pipeline import FileResult, RunResult, write_outputs

    bad = record("bad.txt", "город А", ROSTOV, 2024, students_total=value, coverage_pct=80.0)
    result = RunResult(files=[FileResult(file=bad.file, record=bad)], problems=[])
    write_outputs(tmp_path, result)
    (row,) = read_csv(tmp_path / "reports.csv", export.PLAIN)
    assert (row["students_total"], row["coverage_pct"]) == ("", "80")
    figures = read_csv(tmp_path / "figures.csv", export.PLAIN)
    assert [f["value"] for f in figures if f["key"] == "students_total"] == [""]
    wb = load_workbook(tmp_path / "consolidated.xlsx")
    assert [c.value for c in wb["Показатели"]["F"]][1:] == [None, 80]
    assert export.format_value(value) == ""
