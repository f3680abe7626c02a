"""Worker processes: the same outputs whatever the number of jobs, input order kept, and a
file that overruns the time limit or kills its worker costs only that file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from extractor.pipeline import run
from extractor.process import ProcessOptions, longest_first, process
from tests.conftest import CORPUS
from tests.misbehaving import misbehave

OUTPUTS = ("reports.csv", "figures.csv", "warnings.csv", "documents.jsonl")


@pytest.fixture(scope="module")
def corpus_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The corpus read in this process, and with two workers through the cache."""
    root = tmp_path_factory.mktemp("jobs")
    one, two = root / "one", root / "two"
    run(CORPUS, one, options=ProcessOptions(jobs=1, timeout=None))
    run(CORPUS, two, options=ProcessOptions(jobs=2, cache_dir=two / ".cache"))
    return one, two


@pytest.mark.parametrize("name", OUTPUTS)
def test_two_jobs_write_byte_identical_outputs(corpus_runs: tuple[Path, Path], name: str) -> None:
    one, two = corpus_runs
    assert (one / name).read_bytes() == (two / name).read_bytes()


def test_results_from_the_cache_write_byte_identical_outputs(
    corpus_runs: tuple[Path, Path],
) -> None:
    one, two = corpus_runs
    assert any((two / ".cache").rglob("*.json"))
    again = two.parent / "again"
    result = run(CORPUS, again, options=ProcessOptions(jobs=2, cache_dir=two / ".cache"))
    assert result.files
    for name in OUTPUTS:
        assert (one / name).read_bytes() == (again / name).read_bytes(), name


def _files(folder: Path, names: list[str]) -> list[tuple[Path, str]]:
    folder.mkdir()
    out = []
    for name in names:
        (folder / name).write_text("Отчёт МОЦ за 2024 год.\n", encoding="utf-8")
        out.append((folder / name, name))
    return out


def test_a_file_over_the_time_limit_is_an_error_and_the_others_go_on(tmp_path: Path) -> None:
    names = ["a.txt", "медленный отчёт.txt", "b.txt", "c.txt", "d.txt"]
    files = _files(tmp_path / "in", names)
    seen: list[tuple[int, int, str]] = []
    results = process(
        files,
        ProcessOptions(jobs=2, timeout=4),
        on_file=lambda i, n, name: seen.append((i, n, name)),
        work=misbehave,
    )
    assert [r.file for r in results] == names  # input order, whatever finished first
    slow = results[1]
    assert [p.code for p in slow.problems] == ["read.timeout"]
    problem = slow.problems[0]
    assert problem.severity == "error"
    assert "медленный отчёт.txt" in problem.message and "4 с" in problem.message
    assert all(not r.problems for i, r in enumerate(results) if i != 1)
    # progress names every file once as it finishes, then closes
    assert sorted(name for _, _, name in seen[:-1]) == sorted(names)
    assert [i for i, _, _ in seen] == list(range(len(names) + 1))
    assert seen[-1] == (len(names), len(names), "")


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    names = ["a.txt", "падающий.txt", "b.txt"]
    files = _files(tmp_path / "in", names)
    results = process(files, ProcessOptions(jobs=1, timeout=60), work=misbehave)
    assert [r.file for r in results] == names
    assert [p.code for p in results[1].problems] == ["read.crashed"]
    assert "падающий.txt" in results[1].problems[0].message
    assert not results[0].problems and not results[2].problems


def test_each_worker_gets_one_numeric_thread(tmp_path: Path) -> None:
    from tests.misbehaving import report_threads

    if "OPENBLAS_NUM_THREADS" in os.environ:
        pytest.skip("OPENBLAS_NUM_THREADS is set here: workers keep the user's choice")
    files = _files(tmp_path / "in", ["a.txt", "b.txt"])
    two = process(files, ProcessOptions(jobs=2, timeout=60), work=report_threads)
    assert [r.file for r in two] == ["a.txt:1", "b.txt:1"]
    one = process(files[:1], ProcessOptions(jobs=4, timeout=60), work=report_threads)
    assert [r.file for r in one] == ["a.txt:1"]  # a lone worker too: the extra threads spin


def test_conversions_and_big_files_are_handed_out_first(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sizes = {"small.txt": 10, "big.txt": 5000, "report.rtf": 100, "mid.pdf": 800, "gone.txt": -1}
    tasks = []
    for i, (name, size) in enumerate(sizes.items()):
        if size >= 0:
            (folder / name).write_bytes(b"x" * size)
        tasks.append((i, folder / name, name))
    order = [rel for _, _, rel in longest_first(tasks)]
    assert order == ["report.rtf", "big.txt", "mid.pdf", "small.txt", "gone.txt"]
