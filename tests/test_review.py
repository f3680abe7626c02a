"""`run`'s closing summary and `review` in plain mode, as a pipe sees them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_cli import ANSI, moc
from tests.test_validate import CHECKS


@pytest.fixture(scope="module")
def checked_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("review")
    folder = root / "reports"
    folder.mkdir()
    for name in ("sum_programs.txt", "conflict.txt", "percent_over_100.txt"):
        shutil.copy(CHECKS / name, folder / name)
    (folder / "broken.docx").write_bytes(b"not a zip")
    out = root / "out"
    return out, moc("run", str(folder), "--out", str(out))


def test_run_summary_in_a_pipe(checked_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = checked_run
    assert result.returncode == 3  # broken.docx could not be read; the others are written
    assert not ANSI.search(result.stdout)
    lines = result.stdout.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Прочитано файлов"))
    assert lines[start].startswith(
        "Прочитано файлов: 3 из 4; не прочитано: 1; показателей найдено:"
    )
    # Three copies of one report: file.duplicate on each, plus each file's own check; the
    # two copies left out of the regional totals are said as info (aggregate.duplicate).
    assert lines[start + 1] == "Замечания: ошибок 2, предупреждений 5, сведений 2"
    # Worst files first: errors, then warnings, then the name.
    assert lines[start + 2 :] == [
        "  percent_over_100.txt: ошибок 1, предупреждений 1",
        "  broken.docx: ошибок 1, предупреждений 0",
        "  conflict.txt: ошибок 0, предупреждений 2",
        "  sum_programs.txt: ошибок 0, предупреждений 2",
    ]


def test_review_plain(checked_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = checked_run
    result = moc("review", str(out), "--code", "sum.", "--code", "figure.conflict")
    assert result.returncode == 0, result.stderr
    assert not ANSI.search(result.stdout)
    lines = result.stdout.splitlines()
    assert lines[0] == "== conflict.txt — предупреждения: 1"
    assert lines[1].startswith(
        "  предупреждение figure.conflict [programs_total]: Показатель «Дополнительные "
        "общеобразовательные программы, всего» указан в отчёте с разными значениями: 150, 162."
    )
    assert lines[2].startswith("    «В 2024 году в городе реализовывалось [[150]] дополнительных")
    assert lines[3] == (
        "    «Всего в 2024 году в городе реализовано [[162]] дополнительные "
        "общеобразовательные программы.»"
    )
    assert lines[4] == "== sum_programs.txt — предупреждения: 1"
    assert lines[5] == (
        "  предупреждение sum.programs [programs_total]: Сумма программ по шести направленностям "
        "(148) не равна общему числу (150): меньше на 2"
    )
    # The total is marked in its sentence; «150» is never marked inside a longer number.
    assert "[[150]]" in lines[6] and "[[1" not in lines[6].replace("[[150]]", "")
    assert lines[-1] == "Замечаний: 2, файлов: 2"


def test_review_filters_by_severity_and_file(
    checked_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = checked_run
    result = moc("review", str(out), "--plain", "--severity", "error", "--file", "percent")
    assert result.stdout.splitlines() == [
        "== percent_over_100.txt — ошибки: 1",
        "  ошибка value.out_of_range [coverage_pct]: Показатель «Охват детей 5–18 лет "
        "дополнительным образованием» в процентах не может быть больше 100: 108",
        "    «Охват детей в возрасте от 5 до 18 лет дополнительным образованием составляет "
        "[[108]] %.»",
        "Замечаний: 1, файлов: 1",
    ]


def test_review_takes_a_level_as_it_shows_it(
    checked_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = checked_run
    by_code = moc("review", str(out), "--plain", "--severity", "error", "--file", "percent")
    by_word = moc("review", str(out), "--plain", "-s", "Ошибка", "--file", "percent")
    assert by_word.returncode == 0, by_word.stdout + by_word.stderr
    assert by_word.stdout == by_code.stdout


def test_review_usage_errors(tmp_path: Path) -> None:
    assert moc("review", str(tmp_path)).returncode == 2
