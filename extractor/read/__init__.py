"""Readers: one file in, one `Document` out.

`read_document` picks the reader by what the file *is* (its first bytes), not only by
its name: a «.docx» that is really an old Word file goes to LibreOffice, not to a zip
reader that would fail with a cryptic message.
"""

from __future__ import annotations

from pathlib import Path

from extractor.document import Document
from extractor.errors import ReadError, UnsupportedFormat

SUPPORTED = (".txt", ".docx", ".pdf", ".doc", ".rtf", ".odt")

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


def read_document(path: Path, display: str | None = None) -> Document:
    """Read one file; raise `ReadError` (with a stable code) when it cannot be read."""
    display = display or path.name
    if path.suffix.lower() not in SUPPORTED:
        raise UnsupportedFormat(
            f"формат {path.suffix or 'без расширения'} не поддерживается", code="read.unsupported"
        )
    try:
        if path.stat().st_size == 0:
            raise ReadError("файл пуст (0 байт)", code="read.empty")
        kind = sniff(path)
    except OSError as exc:
        raise ReadError(f"файл не открывается: {exc.strerror or exc}", code="read.os") from exc
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
