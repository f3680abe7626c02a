"""The command line on real folders: outputs, exit statuses, plain output in pipes."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS

ANSI = re.compile(r"\x1b\[")


def moc(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TERM")}
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


@pytest.fixture(scope="module")
def messy_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A folder as users send it: good reports in subfolders, junk beside them."""
    root = tmp_path_factory.mktemp("messy")
    folder = root / "отчёты 2024"
    (folder / "Ростовская обл").mkdir(parents=True)
    shutil.copy(CORPUS / "txt_salsk_2024.txt", folder / "Ростовская обл" / "Сальский район.txt")
    shutil.copy(CORPUS / "kolomna_2024.docx", folder / "kolomna_2024.docx")
    shutil.copy(CORPUS / "berdsk_2024.pdf", folder / "berdsk_2024.pdf")
    (folder / "~$lomna_2024.docx").write_bytes(b"lock")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "broken.docx").write_bytes(b"this is not a zip file at all")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    out = root / "out"
    return out, moc("run", str(folder), "--out", str(out))


def test_run_reads_good_files_and_names_bad_ones(
    messy_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = messy_run
    assert result.returncode == 3, result.stdout + result.stderr
    text = result.stdout
    assert not ANSI.search(text), "control codes in non-terminal output"
    lines = text.splitlines()
    joined = " ".join(text.split())
    for name, code in (
        ("broken.docx", "docx.not_zip"),
        ("empty.txt", "read.empty"),
        ("photo.jpg", "discover.unsupported"),
        ("~$lomna_2024.docx", "discover.lock_file"),
        (".DS_Store", "discover.hidden"),
        ("loop", "discover.link_loop"),
    ):
        assert any(code in ln and name in ln for ln in lines), f"{name}: {code} not reported"
    assert "Прочитано файлов: 3 из 5" in joined


def test_run_writes_reports_figures_and_documents(
    messy_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = messy_run
    with (out / "reports.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_file = {r["file"]: r for r in rows}
    assert set(by_file) == {
        "Ростовская обл/Сальский район.txt",
        "kolomna_2024.docx",
        "berdsk_2024.pdf",
    }
    kolomna = by_file["kolomna_2024.docx"]
    assert kolomna["region"] == "Московская область"
    assert kolomna["year"] == "2024"
    assert kolomna["programs_total"] == "312"
    assert kolomna["coverage_pct"] == "81.6"
    assert list(rows[0])[:4] == ["file", "municipality", "region", "year"]
    assert list(rows[0])[-2:] == ["warnings", "corrected"]

    with (out / "figures.csv").open(encoding="utf-8", newline="") as fh:
        figures = list(csv.DictReader(fh))
    assert {f["file"] for f in figures} == set(by_file)
    coverage = next(
        f for f in figures if f["file"] == "kolomna_2024.docx" and f["key"] == "coverage_pct"
    )
    assert "81,6" in coverage["quote"]
    assert coverage["unit"] == "percent"
    pdf_pages = {f["page"] for f in figures if f["file"] == "berdsk_2024.pdf"}
    assert pdf_pages and "" not in pdf_pages

    docs = [json.loads(line) for line in (out / "documents.jsonl").read_text("utf-8").splitlines()]
    assert {d["path"] for d in docs} == set(by_file)
    for d in docs:
        for b in d["blocks"]:
            assert d["text"][b["start"] : b["end"]] == b["text"]


def test_run_writes_every_problem_to_warnings_csv(
    messy_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = messy_run
    with (out / "warnings.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["file", "severity", "code", "key", "message", "quote"]
    by_file = {r["file"]: r for r in rows}
    assert by_file["broken.docx"]["severity"] == "error"
    assert by_file["broken.docx"]["code"] == "docx.not_zip"
    assert by_file["empty.txt"]["severity"] == "error"
    assert by_file["~$lomna_2024.docx"]["severity"] == "info"
    ranks = ["error", "warning", "info"]
    assert [ranks.index(r["severity"]) for r in rows] == sorted(
        ranks.index(r["severity"]) for r in rows
    ), "worst first"


def test_run_on_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = moc("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "nope" in result.stdout


def test_eval_on_corpus_prints_scores() -> None:
    result = moc("eval", str(CORPUS))
    assert result.returncode == 0, result.stdout + result.stderr
    last = result.stdout.strip().splitlines()[-1]
    m = re.search(r"F1=([\d,]+); муниципалитет, регион и год верны: (\d+) из (\d+)", last)
    assert m, last
    assert float(m.group(1).replace(",", ".")) >= 0.95
    assert m.group(2) == m.group(3)
