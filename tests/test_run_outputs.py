"""`moc-extract run corpus --out DIR --excel` end to end: regional files and the workbook."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import CORPUS
from tests.test_cli import moc


@pytest.fixture(scope="module")
def corpus_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = tmp_path_factory.mktemp("corpus") / "out"
    return out, moc("run", str(CORPUS), "--out", str(out), "--excel")


def gold_identities() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(CORPUS.rglob("*.gold.json")):
        g = json.loads(path.read_text("utf-8"))
        out.append((g["region"], g["municipality"], g["year"]))
    return out


def read_excel_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), f"{path.name}: no BOM"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def test_regions_csv_holds_the_corpus_regions(
    corpus_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = corpus_run
    assert result.returncode in (0, 3), result.stdout + result.stderr
    rows = read_excel_csv(out / "regions.csv")
    gold = gold_identities()
    assert {(r["region"], int(r["year"])) for r in rows} == {(g[0], g[2]) for g in gold}
    reports = read_excel_csv(out / "reports.csv")
    counted = sum(int(r["reports"]) for r in rows)
    assert counted == len(reports) == len(gold)
    # Students add up: each region's total is the sum of its reports' figures.
    for r in rows:
        mine = [x for x in reports if (x["region"], x["year"]) == (r["region"], r["year"])]
        stated = [int(x["students_total"]) for x in mine if x["students_total"]]
        assert r["students_total"] == (str(sum(stated)) if stated else ""), r["region"]
        assert int(r["students_total_n"]) == len(stated)


def test_completeness_checks_off_every_corpus_municipality(
    corpus_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = corpus_run
    rows = read_excel_csv(out / "completeness.csv")
    gold = gold_identities()
    for r in rows:
        mine = {g[1] for g in gold if (g[0], g[2]) == (r["region"], int(r["year"]))}
        assert int(r["municipalities_reported"]) == len(mine), r["region"]
        missing = r["missing_names"].split("; ")
        assert not mine & set(missing), r["region"]
        assert len(missing) == int(r["municipalities_expected"]) - len(mine)


def test_workbook_and_jsonl_hold_the_run(
    corpus_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = corpus_run
    wb = load_workbook(out / "consolidated.xlsx")
    regions = wb["Регионы"]
    in_sheet = {regions.cell(row=i, column=1).value for i in range(2, regions.max_row + 1)}
    assert in_sheet == {g[0] for g in gold_identities()}
    reports = wb["Отчёты"]
    assert reports.max_row - 1 == len(gold_identities())
    lines = (out / "reports.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == len(gold_identities())
    assert all(json.loads(x)["figures"][0]["provenance"]["quote"] for x in lines)
    warnings = read_excel_csv(out / "warnings.csv")
    assert any(w["code"] == "aggregate.no_base" for w in warnings)


def test_hedged_figure_is_in_figures_csv_only(tmp_path: Path) -> None:
    """«около 400 родителей» (hard cases: a hedged number is not the figure): figures.csv
    keeps it marked approximate, reports.csv leaves the key empty, warnings.csv says so."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "otchet.txt").write_text(
        "Отчёт МОЦ Касимовского района Рязанской области за 2024 год\n\n"
        "Для родителей проведено 7 мероприятий, в них приняли участие около 400 родителей.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    done = moc("run", str(folder), "--out", str(out))
    assert done.returncode == 0, done.stderr
    with (out / "figures.csv").open(encoding="utf-8", newline="") as fh:
        figures = {r["key"]: r for r in csv.DictReader(fh)}
    assert figures["events_parents_reach"]["value"] == "400"
    assert figures["events_parents_reach"]["approx"] == "yes"
    with (out / "reports.csv").open(encoding="utf-8", newline="") as fh:
        (report,) = list(csv.DictReader(fh))
    assert report["events_parents"] == "7"
    assert report["events_parents_reach"] == ""
    with (out / "warnings.csv").open(encoding="utf-8", newline="") as fh:
        codes = {(r["code"], r["key"]) for r in csv.DictReader(fh)}
    assert ("figure.approximate", "events_parents_reach") in codes
