"""The result cache: a re-run re-reads only what changed, a rule change misses everything,
a damaged entry is a miss, and --no-cache bypasses it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import extractor.cache as cache_module
from extractor.cache import ResultCache, tree_digest
from extractor.catalogue import catalogue
from extractor.pipeline import FileResult, read_one
from extractor.process import ProcessOptions, process
from tests.conftest import CORPUS
from tests.test_cli import moc

NAMES = ["txt_salsk_2024.txt", "txt_rodniki_2024.txt", "txt_rossosh_2024.txt"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(CORPUS / name, folder / name)
    return folder


class Counting:
    """read_one that remembers which files it really read."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, path: Path, rel: str) -> FileResult:
        self.read.append(rel)
        return read_one(path, rel)


def _process(folder: Path, cache_dir: Path) -> tuple[list[FileResult], list[str]]:
    work = Counting()
    files = [(folder / name, name) for name in NAMES]
    options = ProcessOptions(jobs=1, timeout=None, cache_dir=cache_dir)
    return process(files, options, work=work), work.read


def test_rerun_reads_nothing_and_a_changed_file_alone(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first, read = _process(folder, cache_dir)
    assert read == NAMES
    again, read = _process(folder, cache_dir)
    assert read == []
    assert again == first
    with (folder / NAMES[1]).open("a", encoding="utf-8") as fh:
        fh.write("\nВсего проведено 12 мероприятий.\n")
    changed, read = _process(folder, cache_dir)
    assert read == [NAMES[1]]
    assert changed[0] == first[0] and changed[2] == first[2]
    assert changed[1] != first[1]


def test_a_new_code_version_misses_every_entry(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    _process(folder, cache_dir)
    monkeypatch.setattr(cache_module, "code_version", lambda: "rules edited")
    _, read = _process(folder, cache_dir)
    assert read == NAMES


def test_the_code_version_follows_rule_files_and_package_version(tmp_path: Path) -> None:
    package, rules = tmp_path / "extractor", tmp_path / "rules"
    package.mkdir()
    rules.mkdir()
    (package / "a.py").write_text("x = 1\n")
    (rules / "figures.toml").write_text('[[rule]]\nid = "a"\n')
    before = tree_digest("0.1.0", package, rules)
    assert tree_digest("0.1.0", package, rules) == before
    assert tree_digest("0.2.0", package, rules) != before
    (rules / "figures.toml").write_text('[[rule]]\nid = "b"\n')
    assert tree_digest("0.1.0", package, rules) != before


@pytest.mark.parametrize("damage", [b"", b'{"file": ', b"\x00\xff not json", b"[1, 2]"])
def test_a_damaged_entry_is_a_miss_and_is_rewritten(
    folder: Path, tmp_path: Path, damage: bytes
) -> None:
    cache_dir = tmp_path / "cache"
    first, _ = _process(folder, cache_dir)
    entries = sorted(cache_dir.rglob("*.json"))
    assert len(entries) == len(NAMES)
    for entry in entries:
        entry.write_bytes(damage)
    again, read = _process(folder, cache_dir)
    assert read == NAMES
    assert again == first
    for entry in entries:
        assert FileResult.model_validate_json(entry.read_bytes()) in first


def test_results_with_an_error_are_not_kept(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file")
    cache = ResultCache(tmp_path / "cache")
    work = Counting()
    for _ in range(2):
        [result] = process(
            [(broken, "broken.docx")],
            ProcessOptions(jobs=1, timeout=None, cache_dir=cache.folder),
            work=work,
        )
        assert result.failed
    assert work.read == ["broken.docx", "broken.docx"]


def test_cli_uses_the_cache_unless_told_not_to(folder: Path, tmp_path: Path) -> None:
    """A planted entry shows that a re-run takes results from the cache and --no-cache not."""
    out = tmp_path / "out"
    for name in NAMES[1:]:
        (folder / name).unlink()
    assert moc("run", str(folder), "--out", str(out), "--jobs", "1").returncode == 0
    [entry] = (out / ".cache").rglob("*.json")
    planted = json.loads(entry.read_text(encoding="utf-8"))
    planted["record"]["municipality"] = "Посёлок из кэша"
    entry.write_text(json.dumps(planted, ensure_ascii=False), encoding="utf-8")

    assert moc("run", str(folder), "--out", str(out), "--jobs", "2").returncode == 0
    assert "Посёлок из кэша" in (out / "reports.csv").read_text(encoding="utf-8")

    result = moc("run", str(folder), "--out", str(out), "--no-cache", "--timeout", "120")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Посёлок из кэша" not in (out / "reports.csv").read_text(encoding="utf-8")


def _no_writing(*args: object) -> None:
    raise AssertionError("the workbook was written again")


def test_an_unchanged_run_copies_its_workbook_and_a_changed_one_writes_it(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    import extractor.export_xlsx as export_xlsx
    from extractor.pipeline import run

    out = tmp_path / "out"
    options = ProcessOptions(jobs=1, timeout=0, cache_dir=out / ".cache")
    run(folder, out, options=options)
    first = (out / "consolidated.xlsx").read_bytes()
    (out / "consolidated.xlsx").write_bytes(b"edited in Excel")  # a person's changes

    with monkeypatch.context() as m:
        m.setattr(export_xlsx, "_write_book", _no_writing)
        run(folder, out, options=options)
    assert (out / "consolidated.xlsx").read_bytes() == first
    assert len(list((out / ".cache").glob("consolidated-*.xlsx"))) == 1

    # a reviewer's correction changes a value the workbook shows: it is written anew
    name = NAMES[0]
    (folder / "corrections.csv").write_text(
        f"file,key,value,note,reviewer\n{name},programs_total,999,проверено,Иванова\n",
        encoding="utf-8",
    )
    run(folder, out, options=options)
    reports = load_workbook(out / "consolidated.xlsx")["Отчёты"]
    header = [c.value for c in reports[1]]
    row = next(r for r in reports.iter_rows(min_row=2) if r[0].value == name)
    assert row[header.index(catalogue().get("programs_total").label)].value == 999
    assert len(list((out / ".cache").glob("consolidated-*.xlsx"))) == 1

    # without the cache the workbook is always written
    monkeypatch.setattr(export_xlsx, "_write_book", _no_writing)
    with pytest.raises(AssertionError, match="written again"):
        run(folder, out, options=ProcessOptions(jobs=1, timeout=0))


def test_a_damaged_kept_workbook_is_written_again(folder: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from extractor.pipeline import run

    out = tmp_path / "out"
    options = ProcessOptions(jobs=1, timeout=0, cache_dir=out / ".cache")
    run(folder, out, options=options)
    (kept,) = (out / ".cache").glob("consolidated-*.xlsx")
    kept.write_bytes(kept.read_bytes()[:100])  # cut short
    run(folder, out, options=options)
    assert load_workbook(out / "consolidated.xlsx")["Отчёты"].max_row == len(NAMES) + 1
