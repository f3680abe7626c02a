"""corrections.csv as people save it: Excel's encodings and separators, odd values, lines
repeated; each file is built here, byte by byte, in the form it arrives in.

Every run must still write its outputs: a bad corrections file costs its own lines,
never the run.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from extractor.catalogue import catalogue
from extractor.corrections import apply_corrections, line_list, load_corrections
from extractor.export import unescape_cell
from extractor.pipeline import RunResult, run
from extractor.process import ProcessOptions
from extractor.read.txt_decode import decode_exact
from extractor.records import Problem, Severity
from tests.records_factory import record

CHECKS = Path(__file__).resolve().parent / "data" / "checks"
REPORT = "Отчёт Новочеркасск.txt"  # consistent.txt: programs_total 150, coverage_pct 80
NOTE = "стр. 2: в таблице 152 — «итог»"


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache for the module: the report is read once, each test then takes a moment."""
    return tmp_path_factory.mktemp("cache")


def run_with(tmp_path: Path, cache: Path, corrections: bytes) -> RunResult:
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CHECKS / "consistent.txt", folder / REPORT)
    (folder / "corrections.csv").write_bytes(corrections)
    options = ProcessOptions(jobs=1, timeout=None, cache_dir=cache)
    return run(folder, tmp_path / "out", options=options)


def of(result: RunResult, code: str) -> list[Problem]:
    return [p for p in result.problems if p.code == code]


def written_programs_total(out: Path) -> tuple[str, object]:
    """programs_total as reports.csv and consolidated.xlsx hold it: the outputs exist."""
    with (out / "reports.csv").open(encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    sheet = load_workbook(out / "consolidated.xlsx")["Отчёты"]
    header = [c.value for c in sheet[1]]
    column = header.index(catalogue().get("programs_total").label) + 1
    cell = sheet.cell(row=2, column=column)
    return row["programs_total"], cell.value


# ------------------------------------------------------------------ encodings, separators

LINES = [
    ["file", "key", "value", "note", "reviewer"],
    [REPORT, "programs_total", "152", NOTE, "Иванова"],
    [REPORT, "coverage_pct", "80,5", "охват, % — в таблице", "Иванова"],
]


def table(delimiter: str) -> str:
    """LINES as a spreadsheet writes them (quoted where a cell holds the separator)."""
    rows = []
    for line in LINES:
        cells = [f'"{c}"' if delimiter in c or '"' in c else c for c in line]
        rows.append(delimiter.join(cells))
    return "\r\n".join(rows) + "\r\n"


def plain(text: str) -> str:
    """Without the typography KOI8-R and cp866 cannot encode."""
    return text.replace("«", '"').replace("»", '"').replace("—", "-")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(table(";").encode("cp1251"), id="excel-csv-cp1251-semicolon"),
        pytest.param(b"\xff\xfe" + table("\t").encode("utf-16-le"), id="excel-unicode-text"),
        pytest.param(b"\xfe\xff" + table("\t").encode("utf-16-be"), id="utf16-be-bom-tab"),
        pytest.param(table(",").encode("utf-8-sig"), id="utf8-bom-comma"),
        pytest.param(table(";").encode("utf-8"), id="utf8-semicolon"),
        pytest.param(table("\t").encode("utf-8"), id="utf8-tab"),
    ],
)
def test_every_format_excel_saves_is_read(tmp_path: Path, cache: Path, data: bytes) -> None:
    result = run_with(tmp_path, cache, data)
    (r,) = result.records
    assert r.value("programs_total") == 152 and r.value("coverage_pct") == 80.5
    assert r.figure("programs_total").provenance.quote == NOTE  # type: ignore[union-attr]
    # Validation comes after corrections: 152 no longer fits the six направленности.
    assert {p.code for p in result.problems} == {"correction.applied", "sum.programs"}
    assert "Иванова" in of(result, "correction.applied")[0].message
    assert written_programs_total(tmp_path / "out") == ("152", 152)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # Russian in KOI8-R: as cp1251, «Отчёт» would be «оРВЈР» and match no file.
        pytest.param(plain(table(",")).encode("koi8-r"), "«Ј»", id="koi8-r"),
        # … and «Иванова» «иБЮМНБЮ»: letters, but KOI8-R reads them as Russian better.
        pytest.param(
            "file,key,value,reviewer\na.txt,programs_total,5,Иванова\n".encode("koi8-r"),
            "и как koi8-r",
            id="koi8-r-letters-only",
        ),
        # Capitals in cp1251 are small letters in KOI8-R: «МОЦ» or «нпг»? Not guessed.
        pytest.param(
            "file,key,value,note\na.txt,programs_total,5,МОЦ\n".encode("cp1251"),
            "и как koi8-r",
            id="cp1251-capitals-only",
        ),
        pytest.param(plain(table(",")).encode("cp866"), "какого в русском нет", id="cp866"),
        pytest.param(bytes(range(256)) * 4, "двоичные", id="binary"),
        pytest.param(b"PK\x03\x04" + bytes(200), "двоичные", id="xlsx-renamed"),
        pytest.param(table("\t").encode("utf-16-le"), "UTF-16 без метки", id="utf16-without-bom"),
        # UTF-8 with a cp1251 line pasted in: neither reading is the whole file.
        pytest.param(
            table(",").encode("utf-8") + "x.txt,programs_total,1,Иванова\n".encode("cp1251"),
            "испорченные байты",
            id="utf8-and-cp1251-mixed",
        ),
        pytest.param(b"\xff\xfe" + b"f\x00\x00\xd8", "метка BOM", id="utf16-bom-then-garbage"),
        pytest.param(bytes(range(0x80, 0x100)) * 3, "ни как UTF-8, ни как cp1251", id="high"),
        pytest.param(
            bytes(b for b in range(0x80, 0x100) if b != 0x98) * 3,
            "какого в русском нет",
            id="high-bytes-but-0x98",
        ),
    ],
)
def test_a_file_of_uncertain_encoding_is_refused_not_guessed(
    tmp_path: Path, cache: Path, data: bytes, why: str
) -> None:
    result = run_with(tmp_path, cache, data)
    (problem,) = result.problems
    assert (problem.code, problem.severity) == ("correction.unreadable", Severity.error)
    assert why in problem.message
    assert (
        "UTF-8" in problem.message and "cp1251" in problem.message and "UTF-16" in problem.message
    )
    assert result.records[0].value("programs_total") == 150  # nothing applied
    assert written_programs_total(tmp_path / "out") == ("150", 150)


@pytest.mark.parametrize(
    "words",
    ["Щукина", "Иванова И.И.", "итог", "объём", "Ёлкин", "ДДТ «Юность»", "Отчёт_Шахты.docx"],
)
def test_a_few_russian_words_are_enough_to_tell_cp1251(words: str) -> None:
    data = f"file;key;value;reviewer\na.txt;programs_total;5;{words}\n".encode("cp1251")
    decoded = decode_exact(data)
    assert decoded.encoding == "cp1251" and decoded.text.endswith(f";{words}\n")


def test_the_header_decides_the_separator(tmp_path: Path, cache: Path) -> None:
    """Commas in a semicolon file's notes, semicolons in a comma file's: the header tells."""
    data = (f"file;key;value;note\n{REPORT};programs_total;152;стр. 2, табл. 1, строка 4\n").encode(
        "cp1251"
    )
    result = run_with(tmp_path, cache, data)
    figure = result.records[0].figure("programs_total")
    assert figure is not None and figure.value == 152
    assert figure.provenance.quote == "стр. 2, табл. 1, строка 4"


def test_cells_escaped_by_our_export_lose_one_apostrophe(tmp_path: Path, cache: Path) -> None:
    data = (f"file,key,value,note\n'{REPORT},'programs_total,'152,'=плюс\n").encode()
    result = run_with(tmp_path, cache, data)
    assert result.records[0].value("programs_total") == 152
    assert of(result, "correction.applied") and not of(result, "correction.unknown_file")


def test_unescape_cell_takes_exactly_one_apostrophe() -> None:
    assert unescape_cell("'=SUM(A1)") == "=SUM(A1)"
    assert unescape_cell("''цитата") == "'цитата"
    assert unescape_cell("обычный") == "обычный"
    assert unescape_cell("") == ""


# ------------------------------------------------------------------ values


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        ("programs_total", "NaN", "не конечное"),
        ("programs_total", "nan", "не конечное"),
        ("programs_total", "sNaN", "не конечное"),
        ("programs_total", "inf", "не конечное"),
        ("programs_total", "-inf", "не конечное"),
        ("programs_total", "Infinity", "не конечное"),
        ("programs_total", "1e400", "больше 15 цифр"),
        ("programs_total", "1e308", "больше 15 цифр"),
        ("programs_total", "1" * 32, "больше 15 цифр"),
        ("programs_total", "1 000 000 000 000 000", "больше 15 цифр"),
        ("coverage_pct", "12,34567890123456", "значащих цифр 16"),
        ("certificate_nominal_rub", "1234567890123,456", "значащих цифр 16"),
        ("programs_total", "40,5", "не целое"),
        ("programs_total", "много", "не число"),
    ],
)
def test_a_value_no_table_can_hold_is_refused_and_the_run_goes_on(
    tmp_path: Path, cache: Path, key: str, value: str, why: str
) -> None:
    data = f'file,key,value\n{REPORT},coverage_pct,"80,5"\n{REPORT},{key},"{value}"\n'
    result = run_with(tmp_path, cache, data.encode())
    (bad,) = of(result, "correction.bad_value")
    assert bad.severity is Severity.error and bad.key == key
    assert bad.message.startswith("строка 3 файла исправлений") and why in bad.message
    assert "не применено" in bad.message
    r = result.records[0]
    assert r.value("coverage_pct") == 80.5  # the good line of the same file is applied
    if key == "programs_total":
        assert r.value("programs_total") == 150 and "programs_total" not in r.corrected
    assert written_programs_total(tmp_path / "out") == ("150", 150)


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("programs_total", "999 999 999 999 999", 999_999_999_999_999),  # 15 digits: exact
        ("programs_total", "152,000", 152),
        ("coverage_pct", "12,3456789012345", 12.3456789012345),  # 15 significant digits
        ("certificate_nominal_rub", "1e3", 1000),
    ],
)
def test_a_value_at_the_limit_is_applied(
    tmp_path: Path, cache: Path, key: str, value: str, expected: float
) -> None:
    result = run_with(tmp_path, cache, f'file,key,value\n{REPORT},{key},"{value}"\n'.encode())
    assert of(result, "correction.applied") and not of(result, "correction.bad_value")
    assert result.records[0].value(key) == expected


def test_a_negative_correction_is_applied_and_judged_like_any_value(
    tmp_path: Path, cache: Path
) -> None:
    """A sign is no matter of representation: the value is shown, with value.negative."""
    result = run_with(tmp_path, cache, f"file,key,value\n{REPORT},students_total,-5\n".encode())
    assert result.records[0].value("students_total") == -5
    assert of(result, "value.negative")


# ------------------------------------------------------------------ repeated lines


def test_repeated_lines_warn_and_the_last_usable_one_wins(tmp_path: Path, cache: Path) -> None:
    data = (
        "file,key,value\n"
        f"{REPORT},programs_total,151\n"
        f"{REPORT},coverage_pct,81\n"
        f"{REPORT},programs_total,152\n"
        f"{REPORT},programs_total,NaN\n"
    )
    result = run_with(tmp_path, cache, data.encode())
    assert result.records[0].value("programs_total") == 152
    (repeated,) = of(result, "correction.repeated")
    assert (repeated.file, repeated.key, repeated.severity) == (
        REPORT,
        "programs_total",
        Severity.warning,
    )
    assert "2, 4 и 5" in repeated.message and "строка 4" in repeated.message
    assert len(of(result, "correction.bad_value")) == 1
    # One applied correction per figure, however many lines name it.
    assert sorted(p.key or "" for p in of(result, "correction.applied")) == [
        "coverage_pct",
        "programs_total",
    ]
    assert written_programs_total(tmp_path / "out") == ("152", 152)


def test_half_a_million_lines_for_one_figure_apply_once(tmp_path: Path) -> None:
    path = tmp_path / "corrections.csv"
    lines = 500_000
    with path.open("w", encoding="utf-8") as fh:
        fh.write("file,key,value\n")
        fh.writelines(f"a.txt,programs_total,{i}\n" for i in range(1, lines + 1))
    corrections, problems = load_corrections(path)
    assert [(c.file, c.key, c.value, c.line) for c in corrections] == [
        ("a.txt", "programs_total", lines, lines + 1)
    ]
    (repeated,) = problems
    assert repeated.code == "correction.repeated"
    assert "2, 3, 4, 5, 6 … 500001 (всего 500 000)" in repeated.message
    assert "строка 500001" in repeated.message
    rec = record("a.txt", "город А", "Ростовская область", 2024, programs_total=150)
    applied = apply_corrections([rec], corrections, {"a.txt"})
    assert [p.code for p in applied] == ["correction.applied"]
    assert rec.value("programs_total") == lines


def test_line_list_names_a_few_lines_and_counts_the_rest() -> None:
    assert line_list([7]) == "7"
    assert line_list([2, 5]) == "2 и 5"
    assert line_list([2, 5, 9, 10, 11, 12]) == "2, 5, 9, 10, 11 и 12"
    assert line_list(list(range(2, 10))) == "2, 3, 4, 5, 6 … 9 (всего 8)"


def test_a_cell_too_long_for_csv_refuses_the_file_not_the_run(tmp_path: Path, cache: Path) -> None:
    data = f'file,key,value,note\n{REPORT},programs_total,152,"{"x" * 200_000}\n'.encode()
    result = run_with(tmp_path, cache, data)
    (problem,) = result.problems
    assert problem.code == "correction.unreadable" and "не закрыта кавычка" in problem.message
    assert written_programs_total(tmp_path / "out") == ("150", 150)
