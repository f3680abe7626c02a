"""Bad input: one `moc-extract run` over a folder holding every kind of bad file users send.

Each case is a real file of its kind: committed bad files from tests/data, corpus reports
cut, re-encoded or renamed, and files made here with the standard library. The run must
finish, write the outputs for every readable file and name every other file with a stable
code; the exit status says that some files failed.
"""

from __future__ import annotations

import csv
import os
import random
import re
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.discover import discover
from extractor.output import MARKER, OUTPUT_NAMES, atomic_text, one_run
from extractor.pipeline import RunResult, read_one, write_outputs
from extractor.read import DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_MB, read_document
from extractor.read.convert import find_soffice
from tests.conftest import CORPUS, ROOT
from tests.test_cli import moc

DATA = ROOT / "tests" / "data"
GOOD = "Ростовская обл/Отчёт МОЦ г. Сальск 2024.txt"  # spaces and Cyrillic, in a subfolder
UNREADABLE = "нечитаемый.txt"
CLOSED = "закрытая папка"

# Files the run cannot use: name → (severity, code).
FAILURES = {
    "пустой.txt": ("error", "read.empty"),
    "одни пробелы.txt": ("error", "txt.no_text"),
    "без страниц.pdf": ("error", "pdf.no_pages"),
    "обрезан.pdf": ("error", "pdf.corrupt"),
    "с паролем.pdf": ("error", "pdf.encrypted"),
    "скан.pdf": ("error", "pdf.no_text_layer"),
    "обрезан.docx": ("error", "docx.corrupt"),
    "не архив.docx": ("error", "docx.not_zip"),
    "с паролем.docx": ("error", "docx.encrypted"),
    "двоичный.txt": ("error", "txt.binary"),
    "огромный.txt": ("error", "read.too_large"),
    UNREADABLE: ("error", "read.permission"),
    "ссылка в никуда.txt": ("error", "read.not_found"),
}
# Files passed over on purpose: name → (severity, code).
SKIPS = {
    ".~lock.отчёт.docx#": ("info", "discover.hidden"),
    ".скрытый.txt": ("info", "discover.hidden"),
    "~$отчёт.docx": ("info", "discover.lock_file"),
    "петля": ("warning", "discover.link_loop"),
    CLOSED: ("error", "discover.unreadable_dir"),
    "канал.txt": ("warning", "discover.not_a_file"),
}
# Permission is denied in-process when the run is root (CI), whom chmod 000 does not stop:
# opening the file and listing the folder fail as they would for another user.
_DENY_OPEN = f"""
import builtins, io, os, sys
from extractor.cli import main
_open, _scandir = io.open, os.scandir
def _deny(file, *args, **kwargs):
    if str(file).endswith({UNREADABLE!r}):
        raise PermissionError(13, "Permission denied", str(file))
    return _open(file, *args, **kwargs)
def _deny_dir(path="."):
    if str(path).endswith({CLOSED!r}):
        raise PermissionError(13, "Permission denied", str(path))
    return _scandir(path)
io.open = builtins.open = _deny
os.scandir = _deny_dir
sys.argv = ["moc-extract", *sys.argv[1:]]
main()
"""


def _koi8(text: str) -> bytes:
    """A report saved in KOI8-R, which has no «», – or №: written as a typist would."""
    plain = text.translate(str.maketrans({"«": '"', "»": '"', "–": "-", "№": "N"}))
    return plain.encode("koi8-r")


def _with_bad_bytes(text: str) -> bytes:
    """A UTF-8 report with damaged bytes in three words (a bad sector, a bad copy).

    The damage is put in short lines without figures, so it cannot change where the
    reader thinks the writer's editor wrapped the long ones.
    """
    lines = text.split("\n")
    short = [
        i
        for i, ln in enumerate(lines)
        if len(ln) < 60 and sum(c.isalpha() for c in ln) > 20 and not any(c.isdigit() for c in ln)
    ]
    out = [ln.encode() for ln in lines]
    for i in short[:3]:
        half = len(lines[i]) // 2
        out[i] = lines[i][:half].encode() + b"\xff\xfe" + lines[i][half:].encode()
    return b"\n".join(out)


def _huge(path: Path) -> None:
    """50 MB of text: a real report many times over, then a tail."""
    report = (CORPUS / "txt_salsk_2024.txt").read_bytes() + b"\n\n"
    with path.open("wb") as fh:
        for _ in range(50 * 2**20 // len(report) + 1):
            fh.write(report)
        fh.write("Конец выгрузки.\n".encode())


def _bad_folder(folder: Path) -> None:
    folder.mkdir()
    (folder / "Ростовская обл").mkdir()
    shutil.copy(CORPUS / "txt_salsk_2024.txt", folder / GOOD)
    shutil.copy(CORPUS / "kolomna_2024.docx", folder / "kolomna_2024.docx")
    shutil.copy(CORPUS / "berdsk_2024.pdf", folder / "berdsk_2024.pdf")
    shutil.copy(CORPUS / "chelny_2024.doc", folder / "старый Word.docx")
    salsk = (CORPUS / "txt_salsk_2024.txt").read_text(encoding="utf-8")
    (folder / "koi8.txt").write_bytes(_koi8(salsk))
    (folder / "битые байты.txt").write_bytes(_with_bad_bytes(salsk))
    (folder / "без цифр.txt").write_text(
        "Отчёт о работе опорного центра\n\nВ отчётном периоде центр проводил встречи с "
        "родителями и педагогами, обновлял навигатор и помогал школам с программами.\n",
        encoding="utf-8",
    )

    (folder / "пустой.txt").write_bytes(b"")
    (folder / "одни пробелы.txt").write_bytes(b"  \r\n\t\r\n\xa0\r\n")
    shutil.copy(DATA / "pdf" / "no_pages.pdf", folder / "без страниц.pdf")
    shutil.copy(DATA / "pdf" / "truncated.pdf", folder / "обрезан.pdf")
    shutil.copy(DATA / "pdf" / "encrypted.pdf", folder / "с паролем.pdf")
    shutil.copy(DATA / "pdf" / "scanned.pdf", folder / "скан.pdf")
    docx = (CORPUS / "kolomna_2024.docx").read_bytes()
    (folder / "обрезан.docx").write_bytes(docx[: len(docx) // 2])
    (folder / "не архив.docx").write_text("Отчёт МОЦ за 2024 год", encoding="utf-8")
    shutil.copy(DATA / "encrypted.docx", folder / "с паролем.docx")
    (folder / "двоичный.txt").write_bytes(random.Random(4).randbytes(4096))
    _huge(folder / "огромный.txt")
    (folder / UNREADABLE).write_text("Отчёт МОЦ за 2024 год: программ 12.", encoding="utf-8")
    (folder / UNREADABLE).chmod(0)
    (folder / "ссылка в никуда.txt").symlink_to(folder / "удалён.txt")
    (folder / CLOSED).mkdir()
    shutil.copy(CORPUS / "txt_rodniki_2024.txt", folder / CLOSED / "Родники.txt")
    (folder / CLOSED).chmod(0)

    (folder / ".~lock.отчёт.docx#").write_text("LibreOffice lock", encoding="utf-8")
    (folder / ".скрытый.txt").write_text("Отчёт", encoding="utf-8")
    (folder / "~$отчёт.docx").write_bytes(b"\x05user" + bytes(100))
    (folder / "петля").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "канал.txt")


@pytest.fixture(scope="module")
def bad_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    root = tmp_path_factory.mktemp("bad")
    folder = root / "отчёты от районов"
    _bad_folder(folder)
    out = root / "out"
    args = ("run", str(folder), "--out", str(out))
    if os.geteuid() != 0:
        return out, moc(*args)
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TERM")}
    # The denial is patched into this process only: files are read here, not in workers
    # (one job and no time limit need no worker process).
    in_process = ("--jobs", "1", "--timeout", "0")
    result = subprocess.run(
        [sys.executable, "-c", _DENY_OPEN, *args, *in_process],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    return out, result


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_run_finishes_with_status_3(bad_run: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, result = bad_run
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("name", sorted({**FAILURES, **SKIPS}))
def test_each_bad_file_is_named_with_its_code(
    bad_run: tuple[Path, subprocess.CompletedProcess[str]], name: str
) -> None:
    out, result = bad_run
    severity, code = {**FAILURES, **SKIPS}[name]
    rows = [r for r in _rows(out / "warnings.csv") if r["file"] == name]
    assert [(r["severity"], r["code"]) for r in rows] == [(severity, code)]
    assert rows[0]["message"]
    assert any(code in ln and name in ln for ln in result.stdout.splitlines())
    assert name not in {r["file"] for r in _rows(out / "reports.csv")}


def test_too_large_names_the_size_and_the_limit(
    bad_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = bad_run
    row = next(r for r in _rows(out / "warnings.csv") if r["file"] == "огромный.txt")
    assert "50,0 МБ" in row["message"] and "2,0 МБ" in row["message"]
    assert "--max-text-mb" in row["message"]


def test_every_report_file_is_either_a_row_or_an_error(
    bad_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, result = bad_run
    reports = {r["file"] for r in _rows(out / "reports.csv")}
    errors = {r["file"] for r in _rows(out / "warnings.csv") if r["severity"] == "error"}
    assert not reports & errors
    read = {GOOD, "kolomna_2024.docx", "berdsk_2024.pdf", "koi8.txt", "битые байты.txt"}
    read.add("без цифр.txt")
    failed = {n for n, (severity, _) in {**FAILURES, **SKIPS}.items() if severity == "error"}
    if find_soffice():
        read.add("старый Word.docx")
    else:
        failed.add("старый Word.docx")
    assert reports == read
    assert errors == failed
    joined = " ".join(result.stdout.split())
    assert f"Прочитано файлов: {len(read)} из {len(read) + len(failed - {CLOSED})}" in joined


def test_good_reports_keep_their_figures(
    bad_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = bad_run
    rows = {r["file"]: r for r in _rows(out / "reports.csv")}
    assert rows["kolomna_2024.docx"]["programs_total"] == "312"
    assert rows["berdsk_2024.pdf"]["region"] == "Новосибирская область"
    salsk = rows[GOOD]
    assert salsk["municipality"] == "Сальский район" and salsk["year"] == "2024"
    figures = {k: v for k, v in salsk.items() if k not in ("file", "warnings") and v}
    assert len(figures) > 10
    # The same report in another encoding, or with a few damaged bytes, gives the same row.
    for other in ("koi8.txt", "битые байты.txt"):
        assert {k: rows[other][k] for k in figures} == figures, other
    if find_soffice():
        assert rows["старый Word.docx"]["municipality"] == "город Набережные Челны"


def test_readable_files_carry_their_warnings(
    bad_run: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    out, _ = bad_run
    codes: dict[str, set[str]] = {}
    for r in _rows(out / "warnings.csv"):
        codes.setdefault(r["file"], set()).add(r["code"])
    assert "figures.none" in codes["без цифр.txt"]
    assert "txt.bad_bytes" in codes["битые байты.txt"]
    assert "figures.none" not in codes.get(GOOD, set())
    # The folder holds three copies of the Salsk report (the KOI8-R and damaged ones).
    assert codes.get(GOOD, set()) <= {"figure.conflict", "file.duplicate", "aggregate.duplicate"}
    severities = {(r["file"], r["severity"]) for r in _rows(out / "warnings.csv")}
    assert ("без цифр.txt", "warning") in severities
    assert ("без цифр.txt", "error") not in severities
    if not find_soffice():
        assert "convert.no_libreoffice" in codes["старый Word.docx"]


def test_permission_denied_is_a_read_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process, whoever runs the tests: the open itself fails."""
    path = tmp_path / "отчёт.txt"
    path.write_text("Программ – 12.", encoding="utf-8")

    def deny(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", deny)
    result = read_one(path, "отчёт.txt")
    assert result.failed
    assert [(p.severity.value, p.code) for p in result.problems] == [("error", "read.permission")]


def test_text_size_limit_applies_after_reading_other_formats() -> None:
    path = CORPUS / "kolomna_2024.docx"
    doc = read_document(path, max_text_mb=DEFAULT_MAX_TEXT_MB)
    limit = len(doc.text.encode()) / 2**20 * 0.9
    result = read_one(path, path.name, max_text_mb=limit)
    assert [p.code for p in result.problems] == ["read.too_large"]


_CODE = re.compile(
    r'(?<!code = )"((?:read|pdf|docx|txt|convert|discover|extract|figures)\.[a-z_]+)"'
)


def test_every_bad_input_code_is_in_the_readme() -> None:
    sources = (f.read_text(encoding="utf-8") for f in (ROOT / "extractor").rglob("*.py"))
    codes = {c for text in sources for c in _CODE.findall(text)} - {"figures.csv"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Bad input", 1)[1].split("\n## ", 1)[0]
    assert len(codes) > 30
    assert sorted(c for c in codes if f"`{c}`" not in section) == []


def test_cli_defaults_are_the_readers_defaults() -> None:
    from extractor import cli
    from extractor.process import DEFAULT_TIMEOUT_S

    assert cli.run.__defaults__ is not None
    assert {DEFAULT_MAX_TEXT_MB, DEFAULT_MAX_PAGES} <= set(cli.run.__defaults__)
    assert (cli.DEFAULT_MAX_TEXT_MB, cli.DEFAULT_TIMEOUT_S, cli.DEFAULT_MAX_PAGES) == (
        DEFAULT_MAX_TEXT_MB,
        DEFAULT_TIMEOUT_S,
        DEFAULT_MAX_PAGES,
    )


# ---------------------------------------------------------------------------------------
# Outputs written atomically


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_interrupted_writing_leaves_previous_outputs_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [read_one(CORPUS / n, n) for n in ("kolomna_2024.docx", "txt_salsk_2024.txt")]
    result = RunResult(files=files, problems=[p for f in files for p in f.problems])
    out = tmp_path / "out"
    write_outputs(out, result)
    before = _outputs(out)
    assert set(before) == {
        ".moc-extract",  # the marker: these outputs are the tool's own
        "documents.jsonl",
        "reports.csv",
        "figures.csv",
        "warnings.csv",
        "regions.csv",
        "completeness.csv",
        "reports.jsonl",
        "consolidated.xlsx",
    }
    # what the next run cleans up and guards against overwriting is what a run writes
    assert set(before) == {*OUTPUT_NAMES, MARKER}

    import extractor.export as export

    calls = 0
    real = export.format_value

    def fail_midway(value: float | int | None, decimal: str = ".") -> str:
        nonlocal calls
        calls += 1
        if calls > 40:  # reports.csv is written; figures.csv is half way
            raise RuntimeError("interrupted")
        return real(value, decimal)

    monkeypatch.setattr(export, "format_value", fail_midway)
    with pytest.raises(RuntimeError, match="interrupted"):
        write_outputs(out, result)
    assert calls > 40
    assert _outputs(out) == before, "an output of the interrupted run replaced an old one"


def test_outputs_are_readable_like_any_file(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        with atomic_text(tmp_path / "a.csv") as fh:
            fh.write("x\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "a.csv").stat().st_mode) == 0o644


def test_one_run_renames_nothing_when_a_later_output_fails(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_text("old a\n", encoding="utf-8")
    with pytest.raises(KeyboardInterrupt), one_run():
        with atomic_text(tmp_path / "a.csv") as fh:
            fh.write("new a\n")
        with atomic_text(tmp_path / "b.csv") as fh:
            fh.write("new b")
            raise KeyboardInterrupt
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]
    assert (tmp_path / "a.csv").read_text(encoding="utf-8") == "old a\n"


_KILLED_WRITER = """
import sys, time
from pathlib import Path
from extractor.output import atomic_text
with atomic_text(Path(sys.argv[1])) as fh:
    fh.write("file,municipality\\nhalf.txt,г")
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_killed_run_leaves_no_file_that_looks_like_an_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "reports.csv").write_text("file,municipality\nold.txt,г. Старый\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(out / "reports.csv")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stdout.readline() == "writing\n"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert (out / "reports.csv").read_text(encoding="utf-8").endswith("old.txt,г. Старый\n")
    leftovers = [p.name for p in out.iterdir() if p.name != "reports.csv"]
    assert len(leftovers) == 1
    tmp = leftovers[0]
    assert tmp.startswith(".reports.csv.") and tmp.endswith(".tmp")
    assert sorted(p.name for p in out.glob("*.csv")) == ["reports.csv"]
    # A folder of outputs given back to the tool: the temporary file is passed over too.
    found = discover(out)
    assert found.files == []
    assert [s.path for s in found.skipped if s.code == "discover.hidden"] == [tmp]
