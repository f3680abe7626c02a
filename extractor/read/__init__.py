"""Readers: one file in, one `Document` out.

`read_document` picks the reader by what the file *is* (its first bytes), not only by
its name: a «.docx» that is really an old Word file goes to LibreOffice, not to a zip
reader that would fail with a cryptic message.
"""

from __future__ import annotations

from pathlib import Path

from extractor.document import Document
from extractor.errors import ReadError, UnsupportedFormat, os_error

SUPPORTED = (".txt", ".docx", ".pdf", ".doc", ".rtf", ".odt")

# The largest text a report may have. Extraction is linear but not fast (about 12 s and
# 150 MB per megabyte of text), and a real report is well under 1 MB of text; a bigger
# file is a log, a dump or a merge of many reports, and would stall the whole run.
DEFAULT_MAX_TEXT_MB = 2.0

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old binary Office (.doc)
_PDF = b"%PDF-"
_RTF = b"{\\rtf"


def sniff(path: Path) -> str:
    """The format a file really has, from its first bytes and, for zips, its name."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    suffix = path.suffix.lower().lstrip(".")
    if head.startswith(_PDF) or (_PDF in head and suffix == "pdf"):
        return "pdf"
    if head.startswith(_OLE):
        return "doc"
    if head.startswith(_RTF):
        return "rtf"
    if head.startswith(_ZIP):
        return "odt" if suffix == "odt" else "docx"
    return suffix or "txt"


def _mb(size: float) -> str:
    return f"{size / 2**20:.1f}".replace(".", ",") + " МБ"


def _too_large(what: str, size: int, max_text_mb: float) -> ReadError:
    return ReadError(
        f"{what} {_mb(size)}, больше предела {_mb(max_text_mb * 2**20)}: это не похоже на "
        "один отчёт; если это всё же отчёт, поднимите предел параметром --max-text-mb",
        code="read.too_large",
    )


def read_document(
    path: Path, display: str | None = None, *, max_text_mb: float = DEFAULT_MAX_TEXT_MB
) -> Document:
    """Read one file; raise `ReadError` (with a stable code) when it cannot be read.

    A .txt file larger than `max_text_mb` is refused before it is read; any other format
    once its text is known to be larger.
    """
    display = display or path.name
    if path.suffix.lower() not in SUPPORTED:
        raise UnsupportedFormat(
            f"формат {path.suffix or 'без расширения'} не поддерживается", code="read.unsupported"
        )
    try:
        size = path.stat().st_size
        if size == 0:
            raise ReadError("файл пуст (0 байт)", code="read.empty")
        kind = sniff(path)
    except OSError as exc:
        raise os_error(exc) from exc
    if kind == "txt" and size > max_text_mb * 2**20:
        raise _too_large("файл занимает", size, max_text_mb)
    document = _read(path, display, kind)
    text_size = len(document.text.encode("utf-8"))
    if text_size > max_text_mb * 2**20:
        raise _too_large("текст документа занимает", text_size, max_text_mb)
    return document


def _read(path: Path, display: str, kind: str) -> Document:
    if kind == "pdf":
        from extractor.read.pdf import read_pdf

        return read_pdf(path, display)
    if kind == "docx":
        from extractor.read.docx import read_docx

        return read_docx(path, display)
    if kind in ("doc", "rtf", "odt"):
        from extractor.read.convert import read_converted

        return read_converted(path, display, kind)
    if kind == "txt":
        from extractor.read.txt import read_txt

        return read_txt(path, display)
    raise UnsupportedFormat(f"формат {kind} не поддерживается", code="read.unsupported")
