"""Hostile files, built small at test time: nothing large is ever committed.

A zip bomb here is a few hundred kilobytes on disk that inflates to a gigabyte: its
deflate stream is one compressed megabyte repeated (after a full flush the compressor
starts afresh, so each megabyte compresses to the same bytes), and the zip around it is
written by hand, so that its header may say anything. A sparse file stands for a file
that is large on disk without being written. The 3,000-page PDF shares one page's text.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

MB = 2**20

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W_NS}">'
    "<w:body><w:p><w:r><w:t>Отчёт МОЦ за 2024 год</w:t></w:r></w:p>"
).encode()
DOCUMENT_TAIL = b"</w:body></w:document>"


@dataclass(frozen=True)
class Member:
    """One zip member as written: its stored bytes and what the header declares."""

    name: str
    data: bytes  # raw deflate, or the bytes themselves when not deflated
    size: int  # declared inflated size
    crc: int
    deflated: bool = True


def deflated(name: str, content: bytes) -> Member:
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    return Member(name, co.compress(content) + co.flush(), len(content), zlib.crc32(content))


def bomb(
    name: str,
    size: int,
    *,
    head: bytes = DOCUMENT_HEAD,
    unit: bytes = b" ",
    tail: bytes = DOCUMENT_TAIL,
    declared: int | None = None,
    crc: bool = False,
) -> Member:
    """`head`, then `unit` repeated to `size` bytes in all, then `tail`, deflated; the
    header declares `declared` (default: the truth). The checksum is computed only when
    asked (half a second a gigabyte): the checks under test refuse a bomb before it."""
    block = unit * (MB // len(unit))
    body = size - len(head) - len(tail)
    blocks, rest = divmod(body, len(block))
    co = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = co.compress(head) + co.flush(zlib.Z_FULL_FLUSH)
    repeated = co.compress(block) + co.flush(zlib.Z_FULL_FLUSH)
    end = co.compress(block[:rest] + tail) + co.flush()
    value = 0
    if crc:
        limit = size if declared is None else declared
        value = _crc_of_prefix(head, block, blocks, block[:rest] + tail, limit)
    data = start + repeated * blocks + end
    return Member(name, data, size if declared is None else declared, value)


def _crc_of_prefix(head: bytes, block: bytes, blocks: int, end: bytes, limit: int) -> int:
    """CRC-32 of the first `limit` bytes of head + block * blocks + end."""
    crc, left = 0, limit
    for piece in (head, *([block] * blocks), end):
        if left <= 0:
            break
        crc = zlib.crc32(piece[:left], crc)
        left -= len(piece)
    return crc


def write_zip(path: Path, members: list[Member]) -> None:
    """A zip written by hand, headers saying exactly what each `Member` declares."""
    out, directory = bytearray(), bytearray()
    for m in members:
        offset, name, method = len(out), m.name.encode(), 8 if m.deflated else 0
        fields = (method, 0, 0x21, m.crc, len(m.data), m.size, len(name))
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, *fields, 0) + name + m.data
        directory += struct.pack(
            "<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, *fields, 0, 0, 0, 0, 0, offset
        )
        directory += name
    end = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), len(out), 0
    )
    path.write_bytes(bytes(out + directory + end))


def package_with(path: Path, base: Path, *replaced: Member) -> None:
    """The package `base` (a corpus .docx or .odt) with some members replaced or added."""
    new = {m.name: m for m in replaced}
    members = []
    with zipfile.ZipFile(base) as zf:
        for info in zf.infolist():
            if info.filename in new:
                members.append(new.pop(info.filename))
            else:
                member = deflated(info.filename, zf.read(info))
                stored = info.compress_type == zipfile.ZIP_STORED  # odt's mimetype
                members.append(
                    Member(info.filename, zf.read(info), info.file_size, info.CRC, False)
                    if stored
                    else member
                )
    write_zip(path, members + list(new.values()))


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    b'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="word/document.xml"/></Relationships>'
)


def minimal_docx(path: Path, *members: Member) -> None:
    """The smallest .docx Word opens (1 KB of markup), with `members` added or put in
    place of its own."""
    parts = {
        m.name: m
        for m in (
            deflated("[Content_Types].xml", _CONTENT_TYPES),
            deflated("_rels/.rels", _RELS),
            deflated("word/document.xml", document_xml("<w:p><w:r><w:t>Отчёт</w:t></w:r></w:p>")),
            *members,
        )
    }
    write_zip(path, list(parts.values()))


def document_xml(body: str, doctype: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'{doctype}<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def billion_laughs() -> bytes:
    """Ten levels of ten entities each: a billion «lol» if anything expands them."""
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    doctype = f"<!DOCTYPE w:document [{''.join(entities)}]>\n"
    return document_xml("<w:p><w:r><w:t>Программ – 12. &lol9;</w:t></w:r></w:p>", doctype)


def external_entity(target: Path) -> bytes:
    doctype = f'<!DOCTYPE w:document [<!ENTITY secret SYSTEM "{target.as_uri()}">]>\n'
    return document_xml("<w:p><w:r><w:t>Программ – 12. &secret;</w:t></w:r></w:p>", doctype)


def many_members(path: Path, count: int) -> None:
    write_zip(path, [deflated(f"word/p{i}.xml", b"<p/>") for i in range(count)])


def pdf_pages(path: Path, pages: int) -> None:
    """A PDF of `pages` pages that all show one content stream of text (Helvetica)."""
    text = b"BT /F1 12 Tf 72 760 Td (Otchet MOC za 2024 god: programm 12.) Tj ET"
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects += [page] * pages
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))


def sparse(path: Path, head: bytes, size: int) -> None:
    """A file of `size` bytes that starts with `head`: the rest is a hole, not written."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of an old binary Word file
