"""Reads .doc, .rtf and .odt by having LibreOffice save them as .docx first, and .xls
and .ods as .xlsx.

Each conversion runs `soffice` with a fresh user profile in its own temporary folder:
LibreOffice hands a request to an instance already running on the same profile, so
parallel runs sharing one profile would wait on, or break, each other. A conversion that
hangs (a damaged file, a dialog nobody can answer) is killed after a timeout.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from extractor.document import Document
from extractor.errors import ReadError, os_error
from extractor.read.docx import is_encrypted_ole, read_docx
from extractor.read.limits import ODS, ODT, Limits, check_file_size, check_rtf, check_zip
from extractor.read.xlsx import read_xlsx

TIMEOUT_S = 180.0
# Where LibreOffice lives when its folder is not on PATH (Windows, macOS, /opt builds).
_KNOWN_PATHS = (
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    "C:/Program Files/LibreOffice/program/soffice.exe",
    "C:/Program Files (x86)/LibreOffice/program/soffice.exe",
)
_NAMES = {
    "doc": "Word 97–2003 (.doc)",
    "rtf": "RTF",
    "odt": "OpenDocument (.odt)",
    "xls": "Excel 97–2003 (.xls)",
    "ods": "OpenDocument (.ods)",
}
# What each format becomes, and LibreOffice's filter for it.
_TARGET = {"xls": "xlsx", "ods": "xlsx"}
_FILTERS = {"docx": "docx:MS Word 2007 XML", "xlsx": "xlsx:Calc MS Excel 2007 XML"}


def find_soffice() -> str | None:
    """The LibreOffice executable, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in _KNOWN_PATHS:
        if Path(candidate).is_file():
            return candidate
    return None


def read_converted(
    path: Path,
    display: str,
    kind: str,
    *,
    timeout: float = TIMEOUT_S,
    limits: Limits | None = None,
) -> Document:
    """Convert `path` (a .doc, .rtf or .odt, as sniffed: `kind`) to .docx and read that;
    a .xls or .ods to .xlsx.

    The file is held to the limits first (LibreOffice would spend minutes and its own
    memory on a bomb), and the .docx it makes to the same limits as any other.
    """
    limits = limits or Limits()
    _check_size(path, kind, limits)
    if kind == "doc" and is_encrypted_ole(path):
        raise ReadError(
            "документ защищён паролем (зашифрован); снимите пароль в Word и сохраните заново",
            code="docx.encrypted",
        )
    soffice = find_soffice()
    if soffice is None:
        raise ReadError(
            f"для чтения файлов {_NAMES.get(kind, kind)} нужен LibreOffice, он не установлен; "
            "установите его (например, `apt install libreoffice-writer`) и повторите запуск",
            code="convert.no_libreoffice",
        )
    with tempfile.TemporaryDirectory(prefix="moc-convert-") as tmp:
        converted = _convert(path, Path(tmp), kind, soffice, timeout)
        if converted.suffix == ".xlsx":
            document = read_xlsx(converted, display, limits)
        else:
            document = read_docx(converted, display, limits)
    return document.model_copy(update={"converted_from": kind})


def _check_size(path: Path, kind: str, limits: Limits) -> None:
    if kind in ("odt", "ods") and _is_zip(path):
        check_zip(path, limits, ODS if kind == "ods" else ODT)
    elif kind == "rtf":
        check_rtf(path, limits)
    else:  # .doc, or an .odt that is no zip (LibreOffice may still know it): one file
        check_file_size(path, limits, f"файл {_NAMES.get(kind, kind)}")


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError as exc:
        raise os_error(exc) from exc


def _convert(path: Path, tmp: Path, kind: str, soffice: str, timeout: float) -> Path:
    # A plain ASCII copy: LibreOffice names its output after the input, and names with
    # spaces, Cyrillic or a misleading extension («отчёт.docx» that is a .doc) only hurt.
    source = tmp / "in" / f"source.{kind}"
    source.parent.mkdir()
    try:
        shutil.copyfile(path, source)
    except OSError as exc:
        raise os_error(exc) from exc
    out = tmp / "out"
    target = _TARGET.get(kind, "docx")
    cmd = [
        soffice,
        f"-env:UserInstallation={(tmp / 'profile').as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        _FILTERS[target],
        "--outdir",
        str(out),
        str(source),
    ]
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # so a timeout can stop soffice and its helpers
        )
    except OSError as exc:
        raise ReadError(
            f"LibreOffice не запускается: {exc.strerror or exc}", code="convert.failed"
        ) from exc
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill(proc)
        raise ReadError(
            f"LibreOffice не справился с преобразованием за {timeout:g} с "
            "(файл может быть повреждён)",
            code="convert.timeout",
        ) from exc
    result = out / f"source.{target}"
    if not result.is_file() or result.stat().st_size == 0:
        raise ReadError(
            f"LibreOffice не смог преобразовать файл {_NAMES.get(kind, kind)} в .{target}: "
            "файл повреждён или не является документом",
            code="convert.failed",
        )
    return result


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        if hasattr(os, "killpg"):
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except ProcessLookupError:
        pass
    proc.wait()
