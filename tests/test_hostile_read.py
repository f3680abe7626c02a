"""Hostile input: decompression bombs, lying zip headers, entity expansion, a 3,000-page
PDF, a PDF stream that inflates to 100 MB, files too large to be one report.

Each file is built here, small, at test time (see tests/hostile.py); each must be refused
with a stable code and a message naming the sizes, before it costs the memory or the
time it was made to cost, and a run over a folder of them must go on with the reports
beside them.
"""

from __future__ import annotations

import csv
import random
import re
import shutil
import struct
import subprocess
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2
import pytest

from extractor.document import Document
from extractor.errors import ReadError
from extractor.process import ProcessOptions, process
from extractor.read import DEFAULT_MAX_PAGES, convert, limits, read_document
from extractor.read.docx import read_docx
from extractor.read.limits import (
    DOCX,
    MAX_MEMBERS,
    MAX_RATIO,
    MB,
    ODT,
    Limits,
    check_pdf_streams,
    check_rtf,
    check_zip,
)
from extractor.read.pdf import read_pdf
from extractor.read.pdf_fast import FastPages
from tests import hostile
from tests.conftest import CORPUS, ROOT
from tests.test_cli import moc

KOLOMNA = CORPUS / "kolomna_2024.docx"
SOLIKAMSK = CORPUS / "solikamsk_2024.odt"
GB_1_1 = 1100 * MB  # the bomb of the issue: 1.1 MB that inflates to 1.1 GB

needs_libreoffice = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="LibreOffice (soffice) is not installed: .doc/.rtf/.odt conversion cannot run",
)


def refused(read: Callable[[], object], *, trace: bool = True) -> tuple[ReadError, float, int]:
    """The error `read` raises, the seconds it took and its peak of Python memory (0 when
    not `trace`d: tracing slows pdfminer's many allocations several times)."""
    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(ReadError) as caught:
            read()
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        return caught.value, time.perf_counter() - start, peak
    finally:
        if trace:
            tracemalloc.stop()


@pytest.fixture
def no_libreoffice(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file refused before conversion never starts LibreOffice."""

    def started(*args: object, **kwargs: object) -> None:
        raise AssertionError("LibreOffice was asked for")

    monkeypatch.setattr(convert, "find_soffice", started)


# ---------------------------------------------------------------------------------------
# Zip packages: declared sizes


def test_zip_bomb_is_refused_from_its_directory_with_the_sizes(tmp_path: Path) -> None:
    path = tmp_path / "бомба.docx"
    hostile.package_with(path, KOLOMNA, hostile.bomb("word/document.xml", GB_1_1))
    assert path.stat().st_size < 1.3 * MB
    err, seconds, peak = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert "word/document.xml распаковывается в 1 100,0 МБ при 1,1 МБ в архиве" in err.message
    assert f"больше предела сжатия {MAX_RATIO}:1" in err.message
    assert "zip-бомб" in err.message
    assert peak < 5 * MB and seconds < 2  # nothing was inflated


def test_markup_past_its_limit_names_the_part_the_total_and_the_option(tmp_path: Path) -> None:
    rng = random.Random(1)
    paragraphs = "".join(
        f"<w:p><w:r><w:t>Программ – {rng.randrange(10**9)}.</w:t></w:r></w:p>"
        for _ in range(30_000)
    )
    path = tmp_path / "разметка.docx"
    xml = hostile.document_xml(paragraphs)
    hostile.package_with(path, KOLOMNA, hostile.deflated("word/document.xml", xml))
    small = Limits(max_text_mb=0.1)  # 1 MB of markup; the document has 1.8
    err, _, _ = refused(lambda: read_docx(path, path.name, small))
    assert err.code == "read.too_large"
    assert f"word/document.xml распаковывается в {limits.size_text(len(xml))}" in err.message
    assert "разметка документа вместе — " in err.message
    assert "больше предела 1,0 МБ (10 × --max-text-mb)" in err.message
    assert err.message.endswith("поднимите предел параметром --max-text-mb")
    assert read_docx(path, path.name).text.startswith("Программ – ")  # the default limit


def test_package_past_its_limit_counts_pictures(tmp_path: Path) -> None:
    photo = random.Random(2).randbytes(MB + MB // 5)  # incompressible, like a JPEG
    path = tmp_path / "фото.docx"
    hostile.minimal_docx(path, hostile.deflated("word/media/image1.jpeg", photo))
    err, _, _ = refused(lambda: read_docx(path, path.name, Limits(max_text_mb=0.01)))
    assert err.code == "read.too_large"
    assert "word/media/image1.jpeg распаковывается в 1,2 МБ" in err.message
    assert "архив целиком — " in err.message and "(100 × --max-text-mb)" in err.message


def test_compression_no_real_part_reaches_is_refused_within_the_size_limits(
    tmp_path: Path,
) -> None:
    path = tmp_path / "сжатие.docx"
    hostile.package_with(path, KOLOMNA, hostile.bomb("word/document.xml", 5 * MB))
    err, _, _ = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert "word/document.xml распаковывается в 5,0 МБ" in err.message
    assert "сжатие " in err.message and f"больше предела сжатия {MAX_RATIO}:1" in err.message


def _picture_typed_as_xml(path: Path, part_name: str, seed: int) -> ReadError:
    """KOLOMNA with «word/media/x.png» holding 1.1 MB of markup and declared, as
    `part_name` in the content types, a header part; read under a 0.1 MB text limit."""
    with zipfile.ZipFile(KOLOMNA) as zf:
        types = zf.read("[Content_Types].xml").decode()
    override = (
        f'<Override PartName="{part_name}" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>'
    )
    rng = random.Random(seed)
    xml = hostile.document_xml(f"<w:p><w:t>{rng.randbytes(600_000).hex()}</w:t></w:p>")
    hostile.package_with(
        path,
        KOLOMNA,
        hostile.deflated("[Content_Types].xml", types.replace("</Types>", override).encode()),
        hostile.deflated("word/media/x.png", xml),
    )
    err, _, _ = refused(lambda: read_docx(path, path.name, Limits(max_text_mb=0.1)))
    return err


def test_part_named_as_a_picture_but_typed_as_xml_counts_as_markup(tmp_path: Path) -> None:
    """python-docx parses a part by its declared type, whatever its name."""
    err = _picture_typed_as_xml(tmp_path / "картинка.docx", "/word/media/x.png", 3)
    assert err.code == "read.too_large"
    assert "word/media/x.png распаковывается в 1,1 МБ" in err.message
    assert "разметка документа вместе — " in err.message


def test_typed_part_named_in_other_case_counts_as_markup(tmp_path: Path) -> None:
    """python-docx looks part names up without case: «/WORD/MEDIA/X.PNG» in the content
    types is the part «word/media/x.png» (a review found the limit bypassed so)."""
    err = _picture_typed_as_xml(tmp_path / "регистр.docx", "/WORD/MEDIA/X.PNG", 4)
    assert err.code == "read.too_large"
    assert "word/media/x.png распаковывается в 1,1 МБ" in err.message


def test_member_count_understated_by_the_end_record_is_refused(tmp_path: Path) -> None:
    """The end record says 10 members; the directory lists 2 001."""
    path = tmp_path / "занижено.docx"
    hostile.many_members(path, MAX_MEMBERS + 1)
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    data[end + 8 : end + 12] = (10).to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))
    err, _, _ = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert "2 001" in err.message


def test_a_part_parsed_by_its_name_alone_is_held_to_the_markup_limit(tmp_path: Path) -> None:
    """A package python-docx refuses (no content type for its main part) is opened part
    by part: the main part is whatever the relationships name, and a part so named was
    not counted as markup."""
    types = hostile.deflated(
        "[Content_Types].xml",
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    )
    rels = hostile.deflated(
        "_rels/.rels",
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Target="word/main.bin" Type="http://schemas.openxmlformats'
        b'.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
    )
    rng = random.Random(4)
    xml = hostile.document_xml(f"<w:p><w:r><w:t>{rng.randbytes(600_000).hex()}</w:t></w:r></w:p>")
    path = tmp_path / "без типов.docx"
    hostile.write_zip(path, [types, rels, hostile.deflated("word/main.bin", xml)])
    err, _, _ = refused(lambda: read_docx(path, path.name, Limits(max_text_mb=0.1)))
    assert err.code == "read.too_large"
    assert "часть word/main.bin, которую нужно разобрать как разметку, занимает 1,1 МБ" in (
        err.message
    )
    assert len(read_docx(path, path.name).text) == 1_200_000  # within the default limits


def test_members_are_counted_from_the_end_record_before_zipfile_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "части.docx"
    hostile.many_members(path, MAX_MEMBERS + 1)

    def unread(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile read the directory")

    monkeypatch.setattr(zipfile, "ZipFile", unread)
    err, _, _ = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert "в архиве .docx 2 001 частей" in err.message
    assert f"больше предела {MAX_MEMBERS:,} частей".replace(",", " ") in err.message


def test_members_counted_in_a_zip64_end_record_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plain record may say 5 while the ZIP64 one, which zipfile believes, says more."""
    path = tmp_path / "zip64.docx"
    monkeypatch.setattr(zipfile, "ZIP_FILECOUNT_LIMIT", 10)  # zipfile writes ZIP64 records
    with zipfile.ZipFile(path, "w") as zf:
        for i in range(MAX_MEMBERS + 1):
            zf.writestr(f"word/p{i}.xml", b"<p/>")
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 5, 5)
    path.write_bytes(bytes(data))
    err, _, _ = refused(lambda: check_zip(path, Limits(), DOCX))
    assert err.code == "read.too_large" and "2 001 частей" in err.message


# ---------------------------------------------------------------------------------------
# Zip packages: what a member really inflates to


def test_a_header_that_lies_is_caught_after_a_bounded_inflation(tmp_path: Path) -> None:
    """1.1 GB declared as 10,000 bytes, with the checksum of those 10,000 bytes: zipfile's
    `read` would inflate it all (1.1 GB) before cutting it to the declared size."""
    path = tmp_path / "подделка.docx"
    lie = hostile.bomb("word/document.xml", GB_1_1, declared=10_000, crc=True)
    hostile.package_with(path, KOLOMNA, lie)
    err, seconds, peak = refused(lambda: read_document(path))
    assert err.code == "docx.corrupt"
    assert "часть архива word/document.xml распаковывается больше заявленных 9,8 КБ" in (
        err.message
    )
    assert peak < 8 * MB and seconds < 2


def test_a_header_that_lies_small_is_damage(tmp_path: Path) -> None:
    real = hostile.deflated("word/document.xml", hostile.document_xml("<w:p/>"))
    short = hostile.Member(real.name, real.data, real.size + 100, real.crc)
    path = tmp_path / "короче.docx"
    hostile.package_with(path, KOLOMNA, short)
    err, _, _ = refused(lambda: read_document(path))
    assert err.code == "docx.corrupt" and "word/document.xml обрезана" in err.message


@pytest.mark.parametrize("path", sorted(CORPUS.rglob("*.docx")) + sorted(CORPUS.rglob("*.odt")))
def test_corpus_packages_are_far_within_the_limits(path: Path) -> None:
    """The limits' margins: measured sizes and ratios are a small share of each limit."""
    kind = ODT if path.suffix == ".odt" else DOCX
    assert check_zip(path, Limits(), kind)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    assert len(infos) * 20 < MAX_MEMBERS
    assert max(i.file_size / i.compress_size for i in infos if i.compress_size) * 5 < MAX_RATIO
    markup = sum(i.file_size for i in infos if kind.is_markup(i.filename))
    assert markup * 20 < Limits().markup_bytes


# ---------------------------------------------------------------------------------------
# The parsed markup: text and paragraphs counted before the reader builds its blocks


@pytest.fixture
def no_blocks_built(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(*args: object) -> None:
        raise AssertionError("the reader built blocks")

    monkeypatch.setattr("extractor.read.docx._Reader", build)


def test_text_in_the_markup_past_the_limit_is_refused_before_blocks_are_built(
    tmp_path: Path, no_blocks_built: None
) -> None:
    path = tmp_path / "сводный.docx"
    paragraph = "<w:p><w:r><w:t>" + "Программ – 12. " * 40 + "</w:t></w:r></w:p>"
    xml = hostile.document_xml(paragraph * 200)  # 200 × 1,000 bytes of text
    hostile.minimal_docx(path, hostile.deflated("word/document.xml", xml))
    err, _, _ = refused(lambda: read_document(path, max_text_mb=0.1))
    assert err.code == "read.too_large"
    assert "текст в разметке документа занимает 195,3 КБ, больше предела 102,4 КБ" in err.message


def test_paragraphs_past_the_limit_are_refused_before_blocks_are_built(
    tmp_path: Path, no_blocks_built: None
) -> None:
    path = tmp_path / "абзацы.docx"
    xml = hostile.document_xml("<w:p><w:r><w:t>1</w:t></w:r></w:p>" * 300)
    hostile.minimal_docx(path, hostile.deflated("word/document.xml", xml))
    err, _, _ = refused(lambda: read_document(path, max_text_mb=0.01))  # 250 paragraphs
    assert err.code == "read.too_large"
    assert "абзацев и ячеек таблиц в документе 300, больше предела 250" in err.message
    assert "(25 000 × --max-text-mb)" in err.message


# ---------------------------------------------------------------------------------------
# XML: entities are never expanded nor fetched


def _without_content_types(path: Path) -> None:
    """python-docx refuses a package without [Content_Types].xml; the reader then opens
    it part by part with its own parser."""
    with zipfile.ZipFile(path) as zf:
        members = [
            hostile.deflated(i.filename, zf.read(i))
            for i in zf.infolist()
            if i.filename != "[Content_Types].xml"
        ]
    hostile.write_zip(path, members)


def _read_or_refuse(path: Path) -> Document | ReadError:
    try:
        return read_docx(path, path.name)
    except ReadError as err:
        return err


@pytest.mark.parametrize("opened_by", ["python-docx", "part by part"])
def test_billion_laughs_is_refused_or_read_harmlessly(tmp_path: Path, opened_by: str) -> None:
    path = tmp_path / "смех.docx"
    hostile.package_with(
        path, KOLOMNA, hostile.deflated("word/document.xml", hostile.billion_laughs())
    )
    if opened_by == "part by part":
        _without_content_types(path)
    # (libxml2's memory is not Python's: only the outcome is asserted, the cost is in
    # the closing measurements of the run over the bombs)
    outcome = _read_or_refuse(path)
    if isinstance(outcome, ReadError):  # libxml2 refuses the amplification
        assert outcome.code == "docx.corrupt"
    else:
        assert "lol" not in outcome.text


@pytest.mark.parametrize("opened_by", ["python-docx", "part by part"])
def test_external_entity_is_not_read(tmp_path: Path, opened_by: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("СЕКРЕТ-42", encoding="utf-8")
    path = tmp_path / "сущность.docx"
    xml = hostile.external_entity(secret)
    hostile.package_with(path, KOLOMNA, hostile.deflated("word/document.xml", xml))
    if opened_by == "part by part":
        _without_content_types(path)
    outcome = _read_or_refuse(path)
    if isinstance(outcome, ReadError):
        assert "СЕКРЕТ" not in outcome.message
    else:
        assert "Программ – 12." in outcome.text and "СЕКРЕТ" not in outcome.text


# ---------------------------------------------------------------------------------------
# LibreOffice's formats: refused before LibreOffice starts


def test_odt_bomb_is_refused_before_conversion(tmp_path: Path, no_libreoffice: None) -> None:
    path = tmp_path / "бомба.odt"
    hostile.package_with(path, SOLIKAMSK, hostile.bomb("content.xml", GB_1_1))
    err, seconds, peak = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert "content.xml распаковывается в 1 100,0 МБ при 1,1 МБ в архиве" in err.message
    assert peak < 5 * MB and seconds < 2


def test_odt_with_a_lying_header_is_refused_before_conversion(
    tmp_path: Path, no_libreoffice: None
) -> None:
    path = tmp_path / "подделка.odt"
    lie = hostile.bomb("content.xml", GB_1_1, declared=10_000, crc=True)
    hostile.package_with(path, SOLIKAMSK, lie)
    err, _, peak = refused(lambda: read_document(path))
    assert err.code == "convert.failed"
    assert "файл .odt повреждён: часть архива content.xml распаковывается больше" in err.message
    assert peak < 8 * MB


def _rtf(text_bytes: int, picture_bytes: int = 0) -> bytes:
    """An RTF of Cyrillic paragraphs (each letter written «\\'e0») and maybe a picture."""
    word = "".join(f"\\'{b:02x}" for b in "программа ".encode("cp1251"))
    paragraph = "\\pard " + word * 20 + "\\par\n"
    body = paragraph * (text_bytes // len(paragraph) + 1)
    picture = ""
    if picture_bytes:
        line = "89504e470d0a1a0a" * 16 + "\n"
        picture = "{\\pict\\pngblip\n" + line * (picture_bytes // len(line) + 1) + "}"
    return ("{\\rtf1\\ansi\\ansicpg1251 " + body + picture + "}").encode("ascii")


def test_rtf_with_too_much_text_is_refused_before_conversion(
    tmp_path: Path, no_libreoffice: None
) -> None:
    path = tmp_path / "длинный.rtf"
    path.write_bytes(_rtf(2 * MB))
    err, _, _ = refused(lambda: read_document(path, max_text_mb=0.1))
    assert err.code == "read.too_large"
    assert "текст и разметка файла RTF без картинок занимают 2,0 МБ" in err.message
    assert "больше предела 1,0 МБ (10 × --max-text-mb)" in err.message


def test_rtf_pictures_do_not_count_as_text(tmp_path: Path) -> None:
    path = tmp_path / "с фото.rtf"
    path.write_bytes(_rtf(100_000, picture_bytes=3 * MB))
    check_rtf(path, Limits(max_text_mb=0.1))  # 3 MB of file, 0.1 MB of it text


@pytest.mark.parametrize(
    ("name", "head", "what"),
    [
        ("огромный.rtf", b"{\\rtf1\\ansi ", "файл RTF"),
        ("огромный.doc", hostile.OLE, "файл Word 97–2003 (.doc)"),
    ],
)
def test_file_past_the_package_limit_is_refused_by_its_size(
    tmp_path: Path, no_libreoffice: None, name: str, head: bytes, what: str
) -> None:
    path = tmp_path / name
    hostile.sparse(path, head, 210 * MB)
    err, seconds, peak = refused(lambda: read_document(path))
    assert err.code == "read.too_large"
    assert f"{what} занимает 210,0 МБ, больше предела 200,0 МБ (100 × --max-text-mb)" in (
        err.message
    )
    assert peak < 5 * MB and seconds < 2  # not read, not even for a password check


@needs_libreoffice
def test_the_converted_docx_is_read_under_the_same_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[Limits | None] = []
    real = convert.read_docx

    def spy(path: Path, display: str, limits: Limits | None = None) -> Document:
        seen.append(limits)
        return real(path, display, limits)

    monkeypatch.setattr(convert, "read_docx", spy)
    read_document(CORPUS / "sayansk_2024.rtf", max_text_mb=1.5)
    assert seen == [Limits(max_text_mb=1.5)]


# ---------------------------------------------------------------------------------------
# PDF: pages counted first


@pytest.fixture(scope="module")
def pdf_3000(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "3000 страниц.pdf"
    hostile.pdf_pages(path, 3000)
    return path


@pytest.fixture
def no_page_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def read(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a page was read")

    monkeypatch.setattr(FastPages, "page", read)
    monkeypatch.setattr("extractor.read.pdf._scan", read)


def test_pdf_of_3000_pages_is_refused_before_a_page_is_read(
    pdf_3000: Path, no_page_read: None
) -> None:
    err, seconds, _ = refused(lambda: read_document(pdf_3000), trace=False)
    assert err.code == "read.too_large"
    assert err.message.startswith(f"страниц в файле PDF: 3 000, больше предела {DEFAULT_MAX_PAGES}")
    assert err.message.endswith("--max-pages")
    assert seconds < 5


def test_pdf_pages_are_counted_by_pdfplumber_when_pdfium_is_not_used(
    pdf_3000: Path, no_page_read: None
) -> None:
    err, seconds, _ = refused(lambda: read_pdf(pdf_3000, pdf_3000.name, fast=False), trace=False)
    assert err.code == "read.too_large" and "3 000" in err.message
    assert seconds < 5


def test_page_limit_is_the_users() -> None:
    report = CORPUS / "berdsk_2024.pdf"  # 2 pages
    err, _, _ = refused(lambda: read_document(report, max_pages=1))
    assert "страниц в файле PDF: 2, больше предела 1" in err.message
    assert read_document(report, max_pages=2).pages == 2


def test_a_result_read_under_a_higher_page_limit_is_not_served_under_a_lower(
    tmp_path: Path,
) -> None:
    files = [(CORPUS / "berdsk_2024.pdf", "berdsk_2024.pdf")]

    def run(pages: int) -> list[str]:
        options = ProcessOptions(jobs=1, timeout=None, cache_dir=tmp_path, max_pages=pages)
        return [p.code for r in process(files, options) for p in r.problems if r.failed]

    assert run(2) == []
    assert run(1) == ["read.too_large"]


# ---------------------------------------------------------------------------------------
# PDF streams: what they inflate to, before pdfium or pdfminer opens the file

# Text operators: 106 MB of them in a 330 KB file took 10 s and 1.4 GB to read.
TEXT_OPS = b"BT /F1 1 Tf 1 0 0 1 10 10 Tm (a) Tj ET\n"
MB_106 = 106 * MB
# Text, then a picture drawn over the page.
DRAWN = hostile.PAGE_TEXT + b"q 500 0 0 300 50 400 cm /Im0 Do Q\n"
WHITE = b"/Width 4000 /Height 2500 /ColorSpace /DeviceRGB /BitsPerComponent 8 "


@pytest.fixture
def parsers_opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The PDF parsers asked to open a file (the readers catch the error raised here)."""
    opened: list[str] = []

    def pdfium(*args: Any, **kwargs: Any) -> None:
        opened.append("pdfium")
        raise AssertionError("pdfium opened the file")

    def plumber(*args: Any, **kwargs: Any) -> None:
        opened.append("pdfplumber")
        raise AssertionError("pdfplumber opened the file")

    monkeypatch.setattr(pypdfium2, "PdfDocument", pdfium)
    monkeypatch.setattr(pdfplumber, "open", plumber)
    return opened


def _ratio_refusal(err: ReadError) -> None:
    assert err.code == "read.too_large"
    assert re.search(
        r"^поток PDF \(объект 4\) распаковывается больше чем в [\d,]+ МБ "
        r"при [\d ,]+ (?:байт|КБ) в файле \(сжатие [\d ]+:1\), больше предела сжатия 200:1: "
        r"так устроены только искусственно созданные файлы \(бомбы сжатия\)$",
        err.message,
    ), err.message


def test_pdf_content_stream_bomb_is_refused_before_a_parser_opens_the_file(
    tmp_path: Path, parsers_opened: list[str]
) -> None:
    """The case of the README: a few hundred kilobytes whose page content inflates to
    106 MB of text operators."""
    path = tmp_path / "бомба.pdf"
    hostile.pdf_one_page(path, hostile.zlib_bomb(MB_106, unit=TEXT_OPS))
    assert path.stat().st_size < 400_000
    err, seconds, peak = refused(lambda: read_document(path))
    _ratio_refusal(err)
    assert parsers_opened == []
    assert peak < 8 * MB and seconds < 2


@pytest.mark.parametrize(
    "filters",
    [
        [b"/FlateDecode", b"/FlateDecode"],  # compressed twice: 1,000² to 1
        [b"/ASCIIHexDecode", b"/FlateDecode"],
        [b"/ASCII85Decode", b"/FlateDecode"],
        [b"/Fl"],  # the abbreviation of inline images, which pdfium takes anywhere
        [b"/Fl#61teDecode"],  # a name written with an escape
        [b"/LZWDecode"],  # a run of spaces: each code one byte longer than the last
    ],
    ids=lambda f: "+".join(n.decode().lstrip("/") for n in f),
)
def test_pdf_stream_bomb_is_seen_through_its_filters(
    tmp_path: Path, filters: list[bytes], parsers_opened: list[str]
) -> None:
    path = tmp_path / "фильтры.pdf"
    if filters == [b"/LZWDecode"]:
        data = hostile.lzw_run(ord(" "), MB_106)
    else:
        names = [b"/FlateDecode" if n.startswith(b"/Fl") else n for n in filters]
        data = hostile.zlib_bomb(MB_106)
        for name in reversed(names[:-1]):
            data = hostile.ENCODERS[name](data)
    hostile.pdf_one_page(path, data, b"[" + b" ".join(filters) + b"]")
    err, seconds, peak = refused(lambda: read_document(path))
    _ratio_refusal(err)
    assert parsers_opened == []
    assert peak < 16 * MB and seconds < 3


@pytest.mark.parametrize("method", ["rc4", "aes"])
def test_pdf_stream_bomb_is_decrypted_when_no_password_is_needed(
    tmp_path: Path, method: str, parsers_opened: list[str]
) -> None:
    """Encrypted with an owner password only: any reader opens it, and its streams are
    encrypted."""
    path = tmp_path / "зашифрованная бомба.pdf"
    hostile.pdf_one_page(path, hostile.zlib_bomb(MB_106, unit=TEXT_OPS), encrypt=method)
    err, seconds, _ = refused(lambda: read_document(path), trace=False)
    _ratio_refusal(err)
    assert parsers_opened == [] and seconds < 2


def test_pdf_built_as_the_bombs_are_opens_in_both_parsers(tmp_path: Path) -> None:
    """The builders write PDFs the readers read: half a megabyte of spaces behind the
    text (under the floor of the ratio limit), through each filter and each encryption."""
    content = hostile.PAGE_TEXT + b" " * (MB // 2)
    for filters, encrypt in [
        ([b"/FlateDecode", b"/FlateDecode"], None),
        ([b"/ASCII85Decode", b"/FlateDecode"], "rc4"),
        ([b"/ASCIIHexDecode", b"/LZWDecode"], "aes"),
        ([b"/RunLengthDecode"], None),
    ]:
        path = tmp_path / "читается.pdf"
        data = hostile.encoded(content, filters)
        hostile.pdf_one_page(path, data, b"[" + b" ".join(filters) + b"]", encrypt=encrypt)
        assert check_pdf_streams(path, Limits()).largest == len(content)
        document = read_document(path)
        assert "Otchet MOC za 2024 god" in document.text, (filters, encrypt)
        for fast in (True, False):
            assert "Otchet MOC" in read_pdf(path, path.name, fast=fast).text


def test_pdf_stream_past_the_limit_of_one_stream_is_refused(tmp_path: Path) -> None:
    """RunLength makes at most 64:1, under the ratio limit: the size limit holds it."""
    path = tmp_path / "длинный поток.pdf"
    hostile.pdf_one_page(path, hostile.run_length_run(ord(" "), 21 * MB), b"/RunLengthDecode")
    err, seconds, _ = refused(lambda: read_document(path), trace=False)
    assert err.code == "read.too_large"
    assert re.search(
        r"^поток PDF \(объект 4\) распаковывается больше чем в 20,\d МБ при [\d,]+ КБ в файле "
        r"\(сжатие 6\d:1\), больше предела 20,0 МБ \(10 × --max-text-mb\): это не похоже на "
        r"один отчёт; если это всё же отчёт, поднимите предел параметром --max-text-mb$",
        err.message,
    ), err.message
    assert seconds < 3
    # the user's lever: three megabytes of text allow 30 MB a stream
    assert check_pdf_streams(path, Limits(max_text_mb=3)).largest == 21 * MB


def test_pdf_streams_past_the_limit_together_are_refused(tmp_path: Path) -> None:
    """Eleven content streams of 480 KB: each within 500 KB, together past 5 MB."""
    path = tmp_path / "много потоков.pdf"
    stream = (b"/Filter /RunLengthDecode", hostile.run_length_run(ord(" "), 480 * 1024))
    refs = " ".join(f"{n} 0 R" for n in range(6, 16))
    hostile.pdf_one_page(
        path,
        stream[1],
        b"/RunLengthDecode",
        streams=[stream] * 10,
        contents=f"[4 0 R {refs}]".encode(),
    )
    err, _, _ = refused(lambda: read_document(path, max_text_mb=0.05))
    assert err.code == "read.too_large"
    assert err.message.startswith(
        "потоки PDF, которые читаются вместе с текстом, распаковываются больше чем в 5,2 МБ "
        "(последний — объект 15, 480,0 КБ), больше предела 5,0 МБ (100 × --max-text-mb)"
    )


@pytest.mark.parametrize("packed", [False, True], ids=["objects", "object stream"])
@pytest.mark.parametrize("held", ["inline", "indirect"])
def test_a_picture_is_not_decoded_however_it_inflates(
    tmp_path: Path, held: str, packed: bool
) -> None:
    """A white photo: 30 MB at 1,000:1, drawn from an /XObject dictionary of the page's
    (inline, or an object of its own), with a white mask; the page may be in an object
    stream. The readers never decode it."""
    path = tmp_path / "фото.pdf"
    white = hostile.zlib_bomb(4000 * 2500 * 3, head=b"", unit=b"\xff")
    mask = hostile.zlib_bomb(4000 * 2500, head=b"", unit=b"\xff")
    pictures = [
        (WHITE + b"/Filter /FlateDecode /SMask 7 0 R", white),
        (
            b"/Width 4000 /Height 2500 /ColorSpace /DeviceGray /BitsPerComponent 8 "
            b"/Filter /FlateDecode",
            mask,
        ),
    ]
    indirect = held == "indirect"
    hostile.pdf_one_page(
        path,
        zlib.compress(DRAWN),
        pictures=pictures,
        objects=[b"<< /Im0 6 0 R >>"] if indirect else [],
        xobjects=b"8 0 R" if indirect else None,
        packed={1, 2, 3, 5, 8} if packed and indirect else {1, 2, 3, 5} if packed else (),
    )
    assert check_pdf_streams(path, Limits()).total < 4096  # the content, the page tree
    assert "Otchet MOC za 2024 god" in read_document(path).text


@pytest.mark.parametrize(
    "shape",
    [
        "labelled",
        "also contents",
        "also contents, packed",
        "array of an object",
        "array of an object, packed",
        "glyph of a Type 3 font",
        "two keys",
    ],
)
def test_content_that_calls_itself_a_picture_is_content(
    tmp_path: Path, shape: str, parsers_opened: list[str]
) -> None:
    """A stream's dictionary is the file's word, not the parsers': pdfminer reads a
    page's /Contents as content whatever its /Subtype says, pdfium a Type 3 glyph."""
    path = tmp_path / "картинка.pdf"
    bomb = hostile.zlib_bomb(MB_106, unit=TEXT_OPS)
    picture = [(WHITE + b"/Filter /FlateDecode", bomb)]
    text = zlib.compress(hostile.PAGE_TEXT)
    packed = {1, 2, 3, 5} if shape.endswith("packed") else set()
    if shape == "labelled":
        hostile.pdf_one_page(path, bomb, content_attrs=b"/Subtype /Image " + WHITE)
    elif shape.startswith("also contents"):  # drawn as a picture, and read as the content
        hostile.pdf_one_page(path, text, pictures=picture, contents=b"[4 0 R 6 0 R]", packed=packed)
    elif shape.startswith("array of an object"):  # /Contents 7 0 R, 7 being [4 0 R 6 0 R]
        hostile.pdf_one_page(
            path,
            text,
            pictures=picture,
            objects=[b"[4 0 R 6 0 R]"],
            contents=b"7 0 R",
            packed=packed | {7} if packed else packed,
        )
    elif shape == "glyph of a Type 3 font":  # /CharProcs 7 0 R, object 7 being << /a 6 0 R >>
        font = b"<< /Type /Font /Subtype /Type3 /CharProcs 7 0 R /FontMatrix [1 0 0 1 0 0] >>"
        hostile.pdf_one_page(path, text, pictures=picture, objects=[b"<< /a 6 0 R >>", font])
    else:  # an indirect dictionary named both /XObject and /CharProcs
        font = b"<< /Type /Font /Subtype /Type3 /CharProcs 7 0 R /FontMatrix [1 0 0 1 0 0] >>"
        hostile.pdf_one_page(
            path, text, pictures=picture, objects=[b"<< /a 6 0 R >>", font], xobjects=b"7 0 R"
        )
    err, _, _ = refused(lambda: read_document(path), trace=False)
    assert err.code == "read.too_large"
    assert "поток PDF (объект " in err.message and "больше предела сжатия 200:1" in err.message
    assert parsers_opened == []


@pytest.mark.parametrize("labelled", [b"", b"/Subtype /Image " + WHITE], ids=["", "picture"])
def test_object_stream_bomb_is_refused_before_pdfium_opens_it(
    tmp_path: Path, labelled: bytes, parsers_opened: list[str]
) -> None:
    """pdfium inflates the object stream that holds the page tree as it opens the file,
    whatever else its dictionary says: nothing refers to it but the cross-reference
    stream."""
    path = tmp_path / "объекты.pdf"
    hostile.pdf_one_page(
        path,
        zlib.compress(hostile.PAGE_TEXT),
        packed={1, 2, 3, 5},
        padding=MB_106,
        packed_attrs=labelled,
    )
    err, seconds, _ = refused(lambda: read_document(path), trace=False)
    assert err.code == "read.too_large"
    assert re.match(r"поток PDF \(объект 6\) распаковывается больше чем в [\d,]+ МБ", err.message)
    assert parsers_opened == [] and seconds < 2


def test_a_damaged_stream_is_left_to_the_readers(tmp_path: Path) -> None:
    """A stream that stops inflating is damage: the readers say what they said before."""
    data = bytearray(zlib.compress(hostile.PAGE_TEXT * 2000))
    data[len(data) // 2 : len(data) // 2 + 8] = b"\xff" * 8
    path = tmp_path / "испорчен.pdf"
    hostile.pdf_one_page(path, bytes(data))
    for damaged in (path, ROOT / "tests" / "data" / "pdf" / "truncated.pdf"):
        check_pdf_streams(damaged, Limits())
        with_check = _outcome(damaged)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr("extractor.read.pdf.check_pdf_streams", lambda *args: None)
            assert _outcome(damaged) == with_check


def _outcome(path: Path) -> str:
    try:
        return read_document(path).text
    except ReadError as exc:
        return exc.code


REAL_PDFS = sorted(CORPUS.rglob("*.pdf")) + sorted((ROOT / "tests" / "data").rglob("*.pdf"))


@pytest.mark.parametrize("path", REAL_PDFS, ids=lambda p: p.name)
def test_real_pdfs_are_far_within_the_stream_limits(path: Path) -> None:
    """The limits' margins: the largest stream, all together and the highest ratio of the
    corpus and test PDFs are a small share of each limit."""
    sizes = check_pdf_streams(path, Limits())
    assert sizes.largest * 100 < Limits().markup_bytes
    assert sizes.total * 100 < Limits().package_bytes
    assert sizes.ratio * 10 < MAX_RATIO


@needs_libreoffice
def test_pdfs_libreoffice_makes_are_far_within_the_stream_limits(tmp_path: Path) -> None:
    sources = [KOLOMNA, SOLIKAMSK, CORPUS / "sayansk_2024.rtf", CORPUS / "txt_salsk_2024.txt"]
    subprocess.run(
        [
            str(convert.find_soffice()),
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    made = sorted(tmp_path.glob("*.pdf"))
    assert len(made) == len(sources)
    for path in made:
        sizes = check_pdf_streams(path, Limits())
        assert sizes.largest * 100 < Limits().markup_bytes
        assert sizes.ratio * 10 < MAX_RATIO


# ---------------------------------------------------------------------------------------
# A run over a folder of bombs goes on with the reports beside them

BOMBS = {
    "бомба.docx": "read.too_large",
    "подделанный заголовок.docx": "docx.corrupt",
    "тысячи частей.docx": "read.too_large",
    "бомба.odt": "read.too_large",
    "3000 страниц.pdf": "read.too_large",
    "поток на 106 МБ.pdf": "read.too_large",
    "огромный.rtf": "read.too_large",
    "огромный.doc": "read.too_large",
}
REPORTS = {"kolomna_2024.docx", "berdsk_2024.pdf", "Сальск.txt"}


def bomb_folder(folder: Path) -> None:
    """The bombs of this file at their full size, and three real reports."""
    folder.mkdir(parents=True)
    hostile.package_with(folder / "бомба.docx", KOLOMNA, hostile.bomb("word/document.xml", GB_1_1))
    lie = hostile.bomb("word/document.xml", GB_1_1, declared=10_000, crc=True)
    hostile.package_with(folder / "подделанный заголовок.docx", KOLOMNA, lie)
    hostile.many_members(folder / "тысячи частей.docx", MAX_MEMBERS + 1)
    hostile.package_with(folder / "бомба.odt", SOLIKAMSK, hostile.bomb("content.xml", GB_1_1))
    hostile.pdf_pages(folder / "3000 страниц.pdf", 3000)
    hostile.pdf_one_page(folder / "поток на 106 МБ.pdf", hostile.zlib_bomb(MB_106, unit=TEXT_OPS))
    hostile.sparse(folder / "огромный.rtf", b"{\\rtf1\\ansi ", 210 * MB)
    hostile.sparse(folder / "огромный.doc", hostile.OLE, 210 * MB)
    shutil.copy(KOLOMNA, folder / "kolomna_2024.docx")
    shutil.copy(CORPUS / "berdsk_2024.pdf", folder / "berdsk_2024.pdf")
    shutil.copy(CORPUS / "txt_salsk_2024.txt", folder / "Сальск.txt")


@pytest.fixture(scope="module")
def bomb_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    root = tmp_path_factory.mktemp("bombs")
    bomb_folder(root / "отчёты")
    out = root / "out"
    result = moc("run", str(root / "отчёты"), "--out", str(out), "--jobs", "2", "--no-cache")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    yield out, result.stdout


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_run_names_each_bomb_with_its_code(bomb_run: tuple[Path, str], name: str) -> None:
    out, _ = bomb_run
    rows = [r for r in _rows(out / "warnings.csv") if r["file"] == name]
    assert [(r["severity"], r["code"]) for r in rows] == [("error", BOMBS[name])]


def test_run_reads_the_reports_beside_the_bombs(bomb_run: tuple[Path, str]) -> None:
    out, stdout = bomb_run
    rows = {r["file"]: r for r in _rows(out / "reports.csv")}
    assert set(rows) == REPORTS
    assert rows["kolomna_2024.docx"]["programs_total"] == "312"
    assert rows["berdsk_2024.pdf"]["region"] == "Новосибирская область"
    assert rows["Сальск.txt"]["municipality"] == "Сальский район"
    joined = " ".join(stdout.split())
    assert f"Прочитано файлов: {len(REPORTS)} из {len(REPORTS) + len(BOMBS)}" in joined
