"""Readers: one file in, one `Document` out.

`read_document` picks the reader by what the file *is* (its first bytes), not only by
its name: a «.docx» that is really an old Word file goes to LibreOffice, not to a zip
reader that would fail with a cryptic message.
"""

from __future__ import annotations

from pathlib import Path

from extractor.document import Document
from extractor.errors import ReadError, UnsupportedFormat, os_error
from extractor.read.limits import (
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_TEXT_MB,
    Limits,
    size_text,
    too_large,
)

__all__ = ["DEFAULT_MAX_PAGES", "DEFAULT_MAX_TEXT_MB", "SUPPORTED", "read_document", "sniff"]

SUPPORTED = (
    ".txt",
    ".docx",
    ".pdf",
    ".doc",
    ".rtf",
    ".odt",
    ".xlsx",
    ".xls",
    ".ods",
    ".html",
    ".htm",
    ".eml",
    ".srt",
)

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
        return "xls" if suffix == "xls" else "doc"
    if head.startswith(_RTF):
        return "rtf"
    if head.startswith(_ZIP):
        return suffix if suffix in ("odt", "ods", "xlsx") else "docx"
    if suffix == "htm":
        return "html"
    return suffix or "txt"


def read_document(
    path: Path,
    display: str | None = None,
    *,
    max_text_mb: float = DEFAULT_MAX_TEXT_MB,
    max_pages: int = DEFAULT_MAX_PAGES,
) -> Document:
    """Read one file; raise `ReadError` (with a stable code) when it cannot be read.

    A .txt file larger than `max_text_mb` is refused before it is read; any other format
    once its text is known to be larger, and before it is parsed when its package, its
    file or (PDF) its page count is past the limits that follow (see `limits`).
    """
    limits = Limits(max_text_mb=max_text_mb, max_pages=max_pages)
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
    if kind in ("txt", "eml", "srt") and size > limits.text_bytes:
        raise too_large(f"файл занимает {size_text(size)}", size_text(limits.text_bytes))
    document = _read(path, display, kind, limits)
    text_size = len(document.text.encode("utf-8"))
    if text_size > limits.text_bytes:
        raise too_large(
            f"текст документа занимает {size_text(text_size)}", size_text(limits.text_bytes)
        )
    return document


def _read(path: Path, display: str, kind: str, limits: Limits) -> Document:
    if kind == "pdf":
        from extractor.read.pdf import read_pdf

        return read_pdf(path, display, limits=limits)
    if kind == "docx":
        from extractor.read.docx import read_docx

        return read_docx(path, display, limits)
    if kind == "xlsx":
        from extractor.read.xlsx import read_xlsx

        return read_xlsx(path, display, limits)
    if kind in ("doc", "rtf", "odt", "xls", "ods"):
        from extractor.read.convert import read_converted

        return read_converted(path, display, kind, limits=limits)
    if kind == "txt":
        from extractor.read.txt import read_txt

        return read_txt(path, display)
    if kind == "html":
        from extractor.read.html import read_html

        return read_html(path, display)
    if kind == "eml":
        from extractor.read.eml import read_eml

        return read_eml(path, display)
    if kind == "srt":
        from extractor.read.srt import read_srt

        return read_srt(path, display)
    raise UnsupportedFormat(f"формат {kind} не поддерживается", code="read.unsupported")
