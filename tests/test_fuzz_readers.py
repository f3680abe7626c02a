"""Readers fuzzed with hypothesis: whatever the bytes, a reader returns a Document or
raises one of the project's own errors (ExtractorError, with a stable code) — never
anything else, which would reach the analyst as an «internal error».

Inputs are real reports damaged the way files get damaged: bytes changed, cut short,
junk inserted, and for .docx also the XML inside an intact archive.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.document import Document
from extractor.errors import ExtractorError
from extractor.read import read_document
from extractor.read.docx import read_docx
from extractor.read.pdf import read_pdf
from extractor.read.txt import read_txt
from tests.conftest import CORPUS

_FUZZ = settings(
    deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
_DOCX = (CORPUS / "kolomna_2024.docx").read_bytes()
_PDF = (CORPUS / "beloretsk_2024.pdf").read_bytes()
_TXT = (CORPUS / "txt_zlatoust_2024.txt").read_bytes()  # cp1251, CRLF


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="moc-fuzz-") as tmp:
        yield Path(tmp)


def _read(folder: Path, data: bytes, name: str, reader: Callable[[Path, str], Document]) -> None:
    path = folder / name
    path.write_bytes(data)
    try:
        doc = reader(path, name)
    except ExtractorError as err:
        assert err.code and err.message, "an error without a code or a message"
        return
    assert isinstance(doc, Document)  # its own validator checked every span


@st.composite
def _damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """`original` with bytes changed, a slice cut out or junk put in, maybe cut short."""
    data = bytearray(original)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["flip", "cut", "insert"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 64))]
        else:
            data[at:at] = draw(st.binary(min_size=1, max_size=32))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


@settings(_FUZZ, max_examples=150)
@given(st.binary(max_size=3000))
def test_txt_reader_on_any_bytes(folder: Path, data: bytes) -> None:
    _read(folder, data, "any.txt", read_txt)


@settings(_FUZZ, max_examples=60)
@given(_damaged(_TXT))
def test_txt_reader_on_a_damaged_report(folder: Path, data: bytes) -> None:
    _read(folder, data, "damaged.txt", read_txt)


@settings(_FUZZ, max_examples=60)
@given(_damaged(_DOCX))
def test_docx_reader_on_a_damaged_archive(folder: Path, data: bytes) -> None:
    _read(folder, data, "damaged.docx", read_docx)


def _rezip(original: bytes, member: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, content if info.filename == member else src.read(info))
    return out.getvalue()


_PARTS = [
    "word/document.xml",
    "word/numbering.xml",
    "word/styles.xml",
    "word/_rels/document.xml.rels",
    "[Content_Types].xml",
]


@settings(_FUZZ, max_examples=60)
@given(st.sampled_from(_PARTS), st.data())
def test_docx_reader_on_damaged_xml_in_an_intact_archive(
    folder: Path, member: str, data: st.DataObject
) -> None:
    with zipfile.ZipFile(io.BytesIO(_DOCX)) as zf:
        original = zf.read(member)
    damaged = data.draw(_damaged(original))
    _read(folder, _rezip(_DOCX, member, damaged), "xml.docx", read_docx)


@settings(_FUZZ, max_examples=15)
@given(_damaged(_PDF))
def test_pdf_reader_on_a_damaged_file(folder: Path, data: bytes) -> None:
    _read(folder, data, "damaged.pdf", read_pdf)


_MAGIC = st.sampled_from([b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe"])


@settings(_FUZZ, max_examples=60)
@given(_MAGIC, st.binary(max_size=800), st.sampled_from([".txt", ".docx", ".pdf", ".TXT"]))
def test_read_document_dispatch_on_any_bytes(
    folder: Path, magic: bytes, data: bytes, suffix: str
) -> None:
    """Whatever the name says and the first bytes claim (LibreOffice formats aside)."""
    _read(folder, magic + data, f"any{suffix}", read_document)
