"""What a file may cost before it is parsed: sizes checked up front, `read.too_large`.

A report is small: well under 1 MB of text, a few dozen pages, a zip of a few dozen
parts. A file far beyond that is a merge of many reports, a dump, or a file made to
hurt (a zip bomb: 1 MB that inflates to 1 GB). Such a file is refused from what can be
learnt cheaply — a zip's directory, an RTF's bytes, a PDF's page count — before any
parser holds it in memory, and the run goes on with the other files.

Every size limit follows from `--max-text-mb` (one lever for the user: raising it
raises them all); the page limit is `--max-pages`; the rest are fixed shapes that no
real document has.

Zip packages (.docx, .odt) are checked in three steps:
1. the end-of-archive record: how many members and how large a directory, before
   `zipfile` builds an object per member;
2. the directory: each member's declared size and compression ratio, the markup (XML)
   and the whole package in total;
3. every member inflated here as a stream, in bounded steps, against its declared size
   and checksum. Declared sizes can lie, and `ZipFile.read` — which python-docx uses —
   inflates a member's whole compressed data in one call before it cuts the result to
   the declared size: 300 KB declared as 1,000 bytes took 460 MB. Once every member is
   known to inflate to exactly its declared size, reading it whole is safe.

A parsed .docx is then held to the text limit and a paragraph count before its blocks
are built (`extractor.read.docx`): building them costs far more than parsing.

A PDF is held to its page count, and its streams to what they inflate to: each is found in
the raw bytes and decoded in bounded steps (`extractor.read.pdf_streams`) before pdfium or
pdfminer opens the file, since both decode a stream whole when they first need it.
"""

from __future__ import annotations

import mmap
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from extractor.errors import ReadError, os_error
from extractor.read import pdf_streams

MB = 2**20

# The largest text a report may have. Extraction is linear but not fast (about 12 s and
# 150 MB per megabyte of text), and a real report is well under 1 MB of text; a bigger
# file is a log, a dump or a merge of many reports, and would stall the whole run.
DEFAULT_MAX_TEXT_MB = 2.0
# A page of a report holds about 2,000 characters, 4 KB of UTF-8: 500 pages are the text
# limit's worth, where a real report has a few dozen (the corpus PDFs: 2-3). The reader
# takes about 0.1 s a page with tables: a 3,000-page PDF was refused by its text only
# after 285 s and 733 MB.
DEFAULT_MAX_PAGES = 500

# Markup (a package's XML parts, an RTF's text and control words) per byte of text.
# Measured: Word's document.xml is 1.9-4.7 times the text of the corpus reports;
# LibreOffice's 11-15 times on these short reports, where fixed parts weigh most, and 2
# times on a 5 MB RTF; python-docx makes 8 times for formatted runs, 18 times for a table
# of figures. Parsing costs about 16 bytes of memory per byte of XML (19 MB: 310 MB), so
# the 20 MB a 2 MB text limit gives keep the parse under 350 MB; what the reader builds
# next is held by the text and paragraph limits, counted on the parsed tree.
MARKUP_PER_TEXT = 10
# A whole package inflated, pictures included (python-docx holds every part in memory),
# per byte of text: 200 MB leave room for a report's photographs. The corpus packages
# inflate to 50-850 KB.
PACKAGE_PER_TEXT = 100
# Paragraphs (a table cell holds one at least) per megabyte of text. The reader builds
# a block of a few kilobytes per paragraph: 550,000 three-digit paragraphs passed the
# markup limit and cost 1.4 GB; 99,000 short ones 460 MB to read and 700 MB with the
# extraction, 50,000 250 and 450 MB. A long report has a few thousand (the corpus:
# 15-75); 50,000 at the default text limit is 40 bytes of text a paragraph.
PARAGRAPHS_PER_TEXT_MB = 25_000
# Members of one zip. Office files of the corpus have 11-21 and a picture adds one or
# two; each member costs `zipfile` an object before anything else can be checked.
MAX_MEMBERS = 2_000
# Bytes of central directory a member may take (46 fixed and its name, extra, comment:
# real names are under 60 bytes).
DIRECTORY_BYTES_PER_MEMBER = 1_024
# Compression ratio no real part reaches: the corpus' most compressible part (Word's
# stylesWithEffects.xml) is 32:1, a python-docx document of repeated formatted runs
# 73:1; zeros or one repeated XML element deflate at about 1,000:1. Checked only for
# members that inflate past RATIO_FLOOR, where the ratio can cost anything.
MAX_RATIO = 200
RATIO_FLOOR = 1 * MB
# PDF streams the readers decode (page content, fonts, object streams; not pictures nor
# attached files) are held to the limits of a package's parts: one stream — a page's text
# and the operators that place it, as a part's XML is its text and markup — to the markup
# limit (10 × --max-text-mb), all of them together to the package limit (100 ×), and a
# stream past RATIO_FLOOR to MAX_RATIO, its ratio so far checked at each step. Measured on
# the 45 PDFs at hand (the 18 of corpus/ and tests/data/, and 27 LibreOffice made of the
# corpus and blind reports and of two built for it, 163 pages of text and tables, and
# photographs): the largest stream inflates to
# 31 KB, one file's streams together to 2.3 MB (the 163 pages), the most compressed at
# 12:1; a picture, left out, to 2.3 MB at 1,022:1 (a white photograph). What a stream
# past the limits costs the readers: 106 MB of text operators in a 330 KB file 10 s and
# 1.4 GB, 5 MB of path operators 48 s and 1.9 GB (106 MB of them: over 300 s and 5.7 GB).

# Inflating: compressed bytes read at a time, and the most output one step may make.
_READ = 1 << 16
_STEP = 1 * MB

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_LOCAL = b"PK\x03\x04"
_TAIL = 22 + 0xFFFF  # the end record and the longest comment it may carry

# Untrusted XML: entities are kept as references, never expanded (no billion laughs, no
# file read through an external entity), nothing is fetched, and libxml2's own limits
# (a 10 MB text node, 256 levels of nesting) stay on: no `huge_tree`, which python-docx
# does not use either.
XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

_CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"


@dataclass(frozen=True)
class Limits:
    """The limits one run reads its files under."""

    max_text_mb: float = DEFAULT_MAX_TEXT_MB
    max_pages: int = DEFAULT_MAX_PAGES

    @property
    def text_bytes(self) -> int:
        return int(self.max_text_mb * MB)

    @property
    def markup_bytes(self) -> int:
        return int(self.max_text_mb * MARKUP_PER_TEXT * MB)

    @property
    def package_bytes(self) -> int:
        return int(self.max_text_mb * PACKAGE_PER_TEXT * MB)

    @property
    def paragraphs(self) -> int:
        return int(self.max_text_mb * PARAGRAPHS_PER_TEXT_MB)


# ---------------------------------------------------------------------------------------
# Messages


def size_text(size: float) -> str:
    """«1 100,0 МБ», «31,2 КБ», «900 байт»: Russian decimals, thousands apart."""
    if size >= MB:
        return _decimal(size / MB) + " МБ"
    if size >= 1024:
        return _decimal(size / 1024) + " КБ"
    return f"{int(size)} байт"


def _decimal(value: float) -> str:
    return f"{value:,.1f}".replace(",", " ").replace(".", ",")


def count_text(n: float) -> str:
    """«3 000»: a whole number, thousands apart."""
    return f"{n:,.0f}".replace(",", " ")


_NOT_A_REPORT = "это не похоже на один отчёт; если это всё же отчёт, поднимите предел параметром"


def too_large(what: str, limit: str, option: str = "--max-text-mb") -> ReadError:
    """`read.too_large`: what was found, the limit it passes, and how to raise it."""
    return ReadError(
        f"{what}, больше предела {limit}: {_NOT_A_REPORT} {option}", code="read.too_large"
    )


def _bomb(what: str, kind: str = "zip-бомбы") -> ReadError:
    """`read.too_large` for a shape no real document has: no option raises the limit."""
    return ReadError(
        f"{what}: так устроены только искусственно созданные файлы ({kind})",
        code="read.too_large",
    )


# ---------------------------------------------------------------------------------------
# Plain files: sizes and pages


def check_file_size(path: Path, limits: Limits, what: str) -> None:
    """A file whose text and pictures are held together (a .doc), to a package's limit;
    `what` names it («файл Word 97–2003 (.doc)»)."""
    size = _size(path)
    if size > limits.package_bytes:
        raise too_large(f"{what} занимает {size_text(size)}", _package_limit(limits))


def _markup_limit(limits: Limits) -> str:
    return f"{size_text(limits.markup_bytes)} ({MARKUP_PER_TEXT} × --max-text-mb)"


def _package_limit(limits: Limits) -> str:
    return f"{size_text(limits.package_bytes)} ({PACKAGE_PER_TEXT} × --max-text-mb)"


# Picture data in an RTF: long runs of hex digits and line breaks. Text never has them
# (a Cyrillic letter is written «\'e0»); the look-behind starts a run only at its first
# byte, so a near miss costs one pass, not one per byte.
_RTF_PICTURE = re.compile(rb"(?<![0-9A-Fa-f\r\n])[0-9A-Fa-f\r\n]{4096,}")


def check_rtf(path: Path, limits: Limits) -> None:
    """An RTF is its text and control words, and its pictures written in hex.

    The pictures are room a report may need (photos); the rest is what LibreOffice parses
    slowly (30 MB of text: 89 s) and is held to the markup limit.
    """
    size = _size(path)
    if size > limits.package_bytes:
        raise too_large(f"файл RTF занимает {size_text(size)}", _package_limit(limits))
    if size <= limits.markup_bytes:
        return  # cannot pass the markup limit whatever its pictures
    try:
        with path.open("rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            pictures = sum(m.end() - m.start() for m in _RTF_PICTURE.finditer(mm))
    except OSError as exc:
        raise os_error(exc) from exc
    if size - pictures > limits.markup_bytes:
        raise too_large(
            f"текст и разметка файла RTF без картинок занимают {size_text(size - pictures)}",
            _markup_limit(limits),
        )


def check_pages(count: int, limits: Limits) -> None:
    if count > limits.max_pages:
        raise too_large(
            f"страниц в файле PDF: {count_text(count)}", count_text(limits.max_pages), "--max-pages"
        )


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise os_error(exc) from exc


# ---------------------------------------------------------------------------------------
# PDF streams


@dataclass
class StreamSizes:
    """What a PDF's decoded streams came to: the largest, all together, and the highest
    compression ratio among them."""

    largest: int = 0
    total: int = 0
    ratio: float = 0.0


def check_pdf_streams(path: Path, limits: Limits) -> StreamSizes:
    """Decode the streams of a PDF that its readers would decode, in bounded steps, and
    raise `read.too_large` as soon as one passes a limit; what they came to otherwise.

    A stream that does not decode (damaged, or encrypted under a password) is counted as
    far as it decodes: the readers report the damage as before.
    """
    meter = _StreamMeter(limits)
    pdf_streams.measure(path, meter)
    return meter.sizes


class _StreamMeter:
    """The limits of `check_pdf_streams`, checked after each decoded step."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.sizes = StreamSizes()
        self.total = 0
        self.size = 0
        self.current: pdf_streams.Stream | None = None

    def stream(self, stream: pdf_streams.Stream) -> None:
        self.size = 0
        self.current = stream

    @property
    def label(self) -> str:
        stream = self.current
        if stream is None or stream.number is None:
            return f"с байта {count_text(stream.at if stream else 0)}"
        return f"объект {stream.number}"

    def restart(self) -> None:
        self.total = 0

    def add(self, size: int, consumed: int) -> None:
        self.size += size
        self.total += size
        ratio = self.size / max(consumed, 1)
        sizes = self.sizes
        sizes.largest = max(sizes.largest, self.size)
        sizes.total = max(sizes.total, self.total)
        sizes.ratio = max(sizes.ratio, ratio)
        if self.size > RATIO_FLOOR and ratio > MAX_RATIO:
            what = self._inflates(consumed, ratio)
            raise _bomb(f"{what}, больше предела сжатия {MAX_RATIO}:1", "бомбы сжатия")
        if self.size > self.limits.markup_bytes:
            raise too_large(self._inflates(consumed, ratio), _markup_limit(self.limits))
        if self.total > self.limits.package_bytes:
            raise too_large(
                "потоки PDF, которые читаются вместе с текстом, распаковываются больше чем "
                f"в {size_text(self.total)} (последний — {self.label}, {size_text(self.size)})",
                _package_limit(self.limits),
            )

    def _inflates(self, consumed: int, ratio: float) -> str:
        return (
            f"поток PDF ({self.label}) распаковывается больше чем в {size_text(self.size)} "
            f"при {size_text(consumed)} в файле (сжатие {count_text(ratio)}:1)"
        )


# ---------------------------------------------------------------------------------------
# Zip packages


@dataclass(frozen=True)
class ZipKind:
    """How a package format is told apart: its name for messages, the code for a damaged
    archive, and which members are markup a parser will read."""

    label: str  # «.docx»
    corrupt: str  # code of a damaged archive
    is_markup: Callable[[str], bool]
    typed: bool = False  # OOXML: [Content_Types].xml may declare more XML parts


DOCX = ZipKind(".docx", "docx.corrupt", lambda n: n.lower().endswith((".xml", ".rels")), True)
XLSX = ZipKind(".xlsx", "xlsx.corrupt", lambda n: n.lower().endswith((".xml", ".rels")), True)
# An .odt is read by LibreOffice, whose damaged-file path is convert.failed.
ODT = ZipKind(".odt", "convert.failed", lambda n: n.lower().endswith((".xml", ".rdf")))
ODS = ZipKind(".ods", "convert.failed", lambda n: n.lower().endswith((".xml", ".rdf")))


def check_zip(path: Path, limits: Limits, kind: ZipKind) -> set[str]:
    """Check a zip package before anything parses it; its member names.

    Raises `read.too_large` for a package past a limit, `kind.corrupt` for a damaged one
    (a member that inflates to other than its declared size or checksum among them).
    """
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise os_error(exc) from exc
    with fh:
        _check_directory(fh, kind)
        try:
            with zipfile.ZipFile(fh) as zf:
                infos = zf.infolist()
                # The end record may understate the count; the directory as read may not.
                if len(infos) > MAX_MEMBERS:
                    listed = sum(46 + len(i.orig_filename) + len(i.extra) for i in infos)
                    raise _too_many(kind, len(infos), listed)
                named = {i.filename for i in infos if kind.is_markup(i.filename)}
                _check_declared(infos, named, limits)
                for info in infos:
                    _verify(fh, info, kind)
                if kind.typed:
                    _check_declared(infos, _typed_markup(zf, infos, named), limits)
        except ReadError:
            raise
        except Exception as exc:  # zipfile raises several types for a damaged archive
            raise _corrupt(kind, "архив обрезан или испорчен") from exc
    return {i.filename for i in infos}


def check_markup(name: str, size: int, limits: Limits) -> None:
    """One part about to be parsed as XML although neither its name nor its type said
    so (the package's check did not count it as markup)."""
    if size > limits.markup_bytes:
        raise too_large(
            f"часть {name}, которую нужно разобрать как разметку, занимает {size_text(size)}",
            _markup_limit(limits),
        )


def _corrupt(kind: ZipKind, why: str) -> ReadError:
    return ReadError(f"файл {kind.label} повреждён: {why}", code=kind.corrupt)


def _check_directory(fh: BinaryIO, kind: ZipKind) -> None:
    """Members and directory size from the archive's end record, before `zipfile`
    reads the directory (a 100 MB archive may hold two million empty members).

    The record is found as `zipfile` finds it, so that both see the same numbers; of the
    two places a ZIP64 record may be (before its locator, as `zipfile` reads it, and where
    the locator points) the larger numbers count.
    """
    try:
        size = fh.seek(0, 2)
        start = max(0, size - _TAIL)
        fh.seek(start)
        tail = fh.read()
        at = len(tail) - 22
        if not (at >= 0 and tail[at : at + 4] == _EOCD and tail[-2:] == b"\0\0"):
            at = tail.rfind(_EOCD)
        if at < 0 or len(tail) - at < 22:
            return  # no end record: zipfile refuses the file in its own words
        entries, directory = struct.unpack("<HL", tail[at + 10 : at + 16])
        locator = start + at - 20
        fh.seek(max(0, locator))
        found = fh.read(20)
        if locator >= 0 and found[:4] == _EOCD64_LOCATOR:
            (pointed,) = struct.unpack("<Q", found[8:16])
            for offset in (locator - 56, pointed):
                if 0 <= offset < size:
                    fh.seek(offset)
                    record = fh.read(56)
                    if len(record) == 56 and record[:4] == _EOCD64:
                        more, larger = struct.unpack("<QQ", record[32:48])
                        entries, directory = max(entries, more), max(directory, larger)
    except (OSError, ValueError, struct.error):
        return  # an end record that cannot be read: zipfile refuses it too
    if entries > MAX_MEMBERS or directory > MAX_MEMBERS * DIRECTORY_BYTES_PER_MEMBER:
        raise _too_many(kind, entries, directory)


def _too_many(kind: ZipKind, entries: int, directory: int) -> ReadError:
    return _bomb(
        f"в архиве {kind.label} {count_text(entries)} частей и оглавление "
        f"{size_text(directory)}, больше предела {count_text(MAX_MEMBERS)} частей "
        "(в документе Office их десятки, с картинками — сотни)"
    )


def _inflates(info: zipfile.ZipInfo) -> str:
    ratio = info.file_size / max(info.compress_size, 1)
    return (
        f"{info.filename} распаковывается в {size_text(info.file_size)} при "
        f"{size_text(info.compress_size)} в архиве (сжатие {count_text(ratio)}:1)"
    )


def _check_declared(infos: list[zipfile.ZipInfo], markup: set[str], limits: Limits) -> None:
    """Declared sizes: no member compressed like a bomb, markup and package in bounds."""
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise _bomb(f"{_inflates(info)}, больше предела сжатия {MAX_RATIO}:1")
    parts = [i for i in infos if i.filename in markup]
    total = sum(i.file_size for i in parts)
    if total > limits.markup_bytes:
        biggest = max(parts, key=lambda i: i.file_size)
        raise too_large(
            f"{_inflates(biggest)}; разметка документа вместе — {size_text(total)}",
            _markup_limit(limits),
        )
    total = sum(i.file_size for i in infos)
    if total > limits.package_bytes:
        biggest = max(infos, key=lambda i: i.file_size)
        raise too_large(
            f"{_inflates(biggest)}; архив целиком — {size_text(total)}",
            _package_limit(limits),
        )


def _verify(fh: BinaryIO, info: zipfile.ZipInfo, kind: ZipKind) -> None:
    """Inflate one member in bounded steps: exactly its declared size and checksum."""
    fh.seek(info.header_offset)
    head = fh.read(30)
    if len(head) < 30 or head[:4] != _LOCAL:
        raise _corrupt(kind, f"часть архива {info.filename} не найдена на своём месте")
    if info.flag_bits & 0x1:
        raise _corrupt(kind, f"часть архива {info.filename} зашифрована средствами zip")
    if info.compress_type not in (zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED):
        # Office and LibreOffice only store or deflate; zipfile would inflate bzip2 or
        # LZMA without a bound on what one step makes.
        raise _corrupt(kind, f"часть архива {info.filename} сжата способом, чуждым Office")
    name_len, extra_len = struct.unpack("<HH", head[26:30])
    fh.seek(info.header_offset + 30 + name_len + extra_len)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    left, size, crc, pending = info.compress_size, 0, 0, b""
    while True:
        if not pending and left > 0:
            pending = fh.read(min(left, _READ))
            if not pending:
                raise _corrupt(kind, f"часть архива {info.filename} обрезана")
            left -= len(pending)
        if inflater is None:
            piece, pending = pending, b""
        else:  # at most _STEP bytes out; the input it did not reach waits for the next step
            piece = inflater.decompress(pending, _STEP)
            pending = inflater.unconsumed_tail
        size += len(piece)
        if size > info.file_size:
            raise _corrupt(
                kind,
                f"часть архива {info.filename} распаковывается больше заявленных "
                f"{size_text(info.file_size)} (архив испорчен или подделан)",
            )
        crc = zlib.crc32(piece, crc)
        if not pending and left == 0 and len(piece) < _STEP:
            break  # a full step may have left output inside the inflater: one more
    if (inflater is not None and not inflater.eof) or size != info.file_size:
        raise _corrupt(kind, f"часть архива {info.filename} обрезана")
    if crc != info.CRC:
        raise _corrupt(kind, f"часть архива {info.filename} не читается")


def _typed_markup(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], named: set[str]) -> set[str]:
    """`named` and every member whose declared content type is XML: python-docx parses a
    part by its type, whatever its name («media/a.png»)."""
    names = set(named)
    try:
        root = etree.fromstring(zf.read(_CONTENT_TYPES), parser=XML_PARSER)
    except (KeyError, etree.LxmlError):
        return names  # python-docx refuses the package; the fallback reads parts by name
    xml_ext = {
        (d.get("Extension") or "").lower()
        for d in root.iter(f"{_CT}Default")
        if (d.get("ContentType") or "").endswith("xml")
    }
    # Part names compare without case, as python-docx looks them up.
    overrides = {
        (o.get("PartName") or "").lstrip("/").lower()
        for o in root.iter(f"{_CT}Override")
        if (o.get("ContentType") or "").endswith("xml")
    }
    for info in infos:
        ext = posixpath.splitext(posixpath.basename(info.filename))[1].lstrip(".").lower()
        if ext in xml_ext or info.filename.lower() in overrides:
            names.add(info.filename)
    return names
