"""The words that named a report's municipality, region and year reach the person:
reports.jsonl (with their place), the workbook («Идентификация» and comments on the
identity cells of «Отчёты») and `review`."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.test_cli import ANSI, moc

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="module")
def shown_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("identity")
    folder = root / "reports"
    folder.mkdir()
    # A docx whose running head names the municipality, and a plain-text report.
    shutil.copy(CORPUS / "almetyevsk_2024.docx", folder)
    shutil.copy(CORPUS / "txt_zlatoust_2024.txt", folder)
    # «Троицкий район» alone: two regions have one, so the name is ambiguous.
    (folder / "troitsk.txt").write_text(
        "Справка МОЦ Троицкого района за 2024 год\n\nВ Троицком районе выдано 950 сертификатов.\n",
        encoding="utf-8",
    )
    out = root / "out"
    return out, moc("run", str(folder), "--out", str(out))


def test_reports_jsonl_keeps_the_place_of_each_identity_quote(
    shown_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = shown_run
    assert result.returncode == 0, result.stdout + result.stderr
    reports = {
        r["file"]: r
        for r in map(json.loads, (out / "reports.jsonl").read_text("utf-8").splitlines())
    }
    evidence = reports["almetyevsk_2024.docx"]["identity_evidence"]
    title = evidence[0]
    assert title["field"] == "municipality" and title["value"] == "Альметьевский район"
    assert title["location"] == {"paragraph": 0} and "Альметьевского" in title["quote"]
    # the running head: no paragraph of its own, said as a header
    head = [e for e in evidence if e.get("location", {}).get("part") == "header"]
    assert {e["field"] for e in head} >= {"municipality", "region", "year"}
    txt = reports["txt_zlatoust_2024.txt"]["identity_evidence"]
    assert txt[0]["location"] == {"line": 1}


def test_workbook_has_an_identity_sheet_and_comments_on_identity_cells(
    shown_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = shown_run
    wb = load_workbook(out / "consolidated.xlsx")
    sheet = wb["Идентификация"]
    header = [c.value for c in sheet[1]]
    assert header == ["Файл", "Что", "Значение", "Где в документе", "Цитата", "Правило"]
    rows = [
        dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)
    ]
    alm = [r for r in rows if r["Файл"] == "almetyevsk_2024.docx"]
    assert alm[0]["Что"] == "Муниципальное образование"
    assert alm[0]["Значение"] == "Альметьевский район" and alm[0]["Где в документе"] == "абз. 1"
    assert any(r["Где в документе"] == "верхний колонтитул" for r in alm)
    assert any(r["Что"] == "Отчётный год" and r["Значение"] == "2024" for r in alm)
    reports = wb["Отчёты"]
    files = [reports.cell(row=r, column=1).value for r in range(2, reports.max_row + 1)]
    row = 2 + files.index("almetyevsk_2024.docx")
    comment = reports.cell(row=row, column=2).comment
    assert comment is not None and "Альметьевского муниципального района" in comment.text
    assert "абз. 1" in comment.text


def test_review_shows_identity_evidence_of_a_doubted_report_and_on_request(
    shown_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = shown_run
    doubted = moc("review", str(out), "--file", "troitsk")
    assert doubted.returncode == 0 and not ANSI.search(doubted.stdout)
    lines = doubted.stdout.splitlines()
    assert lines[0].startswith("== troitsk.txt")
    assert "identity.ambiguous" in doubted.stdout
    # the year is shown with the title that says it, before the warnings
    assert lines[1] == (
        "  Отчётный год: 2024 — «Справка МОЦ Троицкого района за 2024 год» (строка файла 1)"
    )
    # a report with no doubt about its identity shows none unless asked
    quiet = moc("review", str(out), "--file", "zlatoust")
    assert "Муниципальное образование:" not in quiet.stdout
    asked = moc("review", str(out), "--file", "zlatoust", "--identity")
    assert (
        "  Муниципальное образование: Златоустовский городской округ — «Информационно-"
        in asked.stdout
    )
