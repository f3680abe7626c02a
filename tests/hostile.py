"""Hostile files, built small at test time: nothing large is ever committed.

A zip bomb here is a few hundred kilobytes on disk that inflates to a gigabyte: its
deflate stream is one compressed megabyte repeated (after a full flush the compressor
starts afresh, so each megabyte compresses to the same bytes), and the zip around it is
written by hand, so that its header may say anything. A sparse file stands for a file
that is large on disk without being written. The 3,000-page PDF shares one page's text.

A PDF stream bomb is a one-page PDF written by hand whose content stream is zlib data
built the same way (the checksum at its end computed over the repeated megabytes), or
run through other PDF filters; it may be encrypted as Acrobat does when only an owner
password is set (the user password is empty, so any reader opens it).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import struct
import zipfile
import zlib
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

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


PAGE_TEXT = b"BT /F1 12 Tf 72 760 Td (Otchet MOC za 2024 god: programm 12.) Tj ET\n"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf_pages(path: Path, pages: int) -> None:
    """A PDF of `pages` pages that all show one content stream of text (Helvetica)."""
    kids = " ".join(f"{5 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        _FONT,
        stream_object(b"", PAGE_TEXT),
    ]
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    )
    write_pdf(path, objects + [page] * pages)


def write_pdf(
    path: Path,
    objects: list[bytes],
    trailer: bytes = b"",
    *,
    packed: Collection[int] = (),
    padding: int = 0,
    packed_attrs: bytes = b"",
) -> None:
    """Objects 1, 2, … (1 the catalogue), a cross-reference table and a trailer; or, with
    `packed` (object numbers), those objects in an object stream (followed by `padding`
    spaces, its dictionary given `packed_attrs` too) and a cross-reference stream."""
    out = bytearray(b"%PDF-1.5\n")
    offsets: dict[int, int] = {}

    def write(number: int, body: bytes) -> None:
        offsets[number] = len(out)
        out.extend(b"%d 0 obj\n" % number + body + b"\nendobj\n")

    for number, body in enumerate(objects, 1):
        if number not in packed:
            write(number, body)
    if not packed:
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, len(objects) + 1))
        out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\n" % (len(objects) + 1, trailer)
        path.write_bytes(bytes(out + b"startxref\n%d\n%%%%EOF\n" % xref))
        return
    stream_number, xref_number = len(objects) + 1, len(objects) + 2
    order = sorted(packed)
    body, heads = b"", []
    for number in order:
        heads.append(b"%d %d" % (number, len(body)))
        body += objects[number - 1] + b"\n"
    head = b" ".join(heads) + b"\n"
    data = head + body
    data = zlib_bomb(len(data) + padding, head=data) if padding else zlib.compress(data)
    attrs = b"/Type /ObjStm /N %d /First %d /Filter /FlateDecode %s" % (
        len(order),
        len(head),
        packed_attrs,
    )
    write(stream_number, stream_object(attrs, data))
    offsets[xref_number] = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, xref_number + 1):
        if number in packed:
            rows.append(struct.pack(">BIH", 2, stream_number, order.index(number)))
        else:
            rows.append(struct.pack(">BIH", 1, offsets[number], 0))
    attrs = b"/Type /XRef /Size %d /W [1 4 2] /Root 1 0 R %s/Filter /FlateDecode" % (
        xref_number + 1,
        trailer,
    )
    write(xref_number, stream_object(attrs, zlib.compress(b"".join(rows))))
    path.write_bytes(bytes(out + b"startxref\n%d\n%%%%EOF\n" % offsets[xref_number]))


def stream_object(attrs: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n" % (attrs, len(data)) + data + b"\nendstream"


def zlib_bomb(size: int, *, head: bytes = PAGE_TEXT, unit: bytes = b" ") -> bytes:
    """zlib data (a PDF's FlateDecode) of `head` and then `unit` repeated, `size` bytes in
    all: about 1,000:1 for spaces, 300:1 for text operators."""
    raw = bomb("", size, head=head, unit=unit, tail=b"\n").data
    block = unit * (MB // len(unit))
    blocks, rest = divmod(size - len(head) - 1, len(block))
    adler = zlib.adler32(head)
    for _ in range(blocks):
        adler = zlib.adler32(block, adler)
    adler = zlib.adler32(block[:rest] + b"\n", adler)
    return b"\x78\xda" + raw + struct.pack(">I", adler)


# PDF filters by name, as a builder applies them (the reader undoes them in turn).
ENCODERS: dict[bytes, Callable[[bytes], bytes]] = {
    b"/FlateDecode": zlib.compress,
    b"/ASCIIHexDecode": lambda data: binascii.hexlify(data) + b">",
    b"/ASCII85Decode": lambda data: base64.a85encode(data) + b"~>",
    b"/LZWDecode": lambda data: lzw(data),
    b"/RunLengthDecode": lambda data: run_length(data),
}


def encoded(data: bytes, filters: list[bytes]) -> bytes:
    """`data` encoded for the filter array `filters` (the first is undone first)."""
    for name in reversed(filters):
        data = ENCODERS[name](data)
    return data


def lzw(data: bytes) -> bytes:
    """LZW as PDF has it: codes of 9 to 12 bits, one entry early, a clear code at the
    start and whenever the table fills, the end code last."""
    codes: list[tuple[int, int]] = []
    table: dict[bytes, int] = {}
    next_code, width, word = 0, 9, b""

    def clear() -> None:
        nonlocal table, next_code, width
        codes.append((256, width))
        table, next_code, width = {bytes([i]): i for i in range(256)}, 258, 9

    def emit(code: int) -> None:
        nonlocal next_code, width
        codes.append((code, width))
        next_code += 1  # the entry the decoder makes of this code and the next one
        if next_code >= 1 << width and width < 12:
            width += 1

    clear()
    for byte in data:
        char = bytes([byte])
        if word + char in table:
            word += char
            continue
        table[word + char] = next_code
        emit(table[word])
        if next_code >= 4094:
            clear()
        word = char
    if word:
        emit(table[word])
    codes.append((257, width))
    return _pack(codes)


def lzw_run(byte: int, size: int) -> bytes:
    """LZW codes for `byte` repeated to `size` bytes or more: each code after the first
    of a table stands for a run one byte longer than the last, the entry it defines
    (3,836 codes make 7.4 MB)."""
    codes: list[tuple[int, int]] = []
    made, width = 0, 9
    while made < size:
        codes += [(256, width), (byte, 9)]  # a clear code is written at the width reached
        made += 1
        next_code, width = 258, 9
        while next_code < 4094 and made < size:
            codes.append((next_code, width))
            made += next_code - 256
            next_code += 1
            if next_code + 1 >= 1 << width and width < 12:
                width += 1
    codes.append((257, width))
    return _pack(codes)


def _pack(codes: list[tuple[int, int]]) -> bytes:
    acc, bits, out = 0, 0, bytearray()
    for code, width in codes:
        acc, bits = (acc << width) | code, bits + width
        while bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
        acc &= (1 << bits) - 1
    if bits:
        out.append((acc << (8 - bits)) & 0xFF)
    return bytes(out)


def run_length(data: bytes) -> bytes:
    """RunLength: runs of one byte as two bytes (at most 128 to a run), the rest literal."""
    out, i = bytearray(), 0
    while i < len(data):
        run = 1
        while i + run < len(data) and run < 128 and data[i + run] == data[i]:
            run += 1
        if run > 1:
            out += bytes([257 - run, data[i]])
        else:
            out += bytes([0, data[i]])
        i += run
    return bytes(out + b"\x80")


def pdf_one_page(
    path: Path,
    content: bytes,
    filters: bytes = b"/FlateDecode",
    *,
    content_attrs: bytes = b"",
    pictures: Sequence[tuple[bytes, bytes]] = (),
    streams: Sequence[tuple[bytes, bytes]] = (),
    objects: Sequence[bytes] = (),
    contents: bytes = b"4 0 R",
    xobjects: bytes | None = None,
    encrypt: str | None = None,
    packed: Collection[int] = (),
    padding: int = 0,
    packed_attrs: bytes = b"",
) -> None:
    """A one-page PDF whose content stream (object 4) holds `content`, already encoded
    for `filters`. `pictures` are image XObjects (the keys of their dictionary, and their
    data), objects 6, 7, … that the page's resources name /Im0, /Im1, … (or `xobjects`
    says what /XObject is); `streams` (dictionary keys and data) and `objects` come next,
    in that order; `contents` is the page's /Contents. `encrypt` ("rc4" or "aes")
    encrypts every stream under an empty user password; `packed` objects (not streams)
    go into an object stream, with `padding` and `packed_attrs` (see `write_pdf`)."""
    first = 6
    names = b"<< %s >>" % b" ".join(b"/Im%d %d 0 R" % (i, first + i) for i in range(len(pictures)))
    data = {4: (b"/Filter %s %s" % (filters, content_attrs) if filters else content_attrs, content)}
    for attrs, body in pictures:
        data[first + len(data) - 1] = (b"/Type /XObject /Subtype /Image " + attrs, body)
    for attrs, body in streams:
        data[first + len(data) - 1] = (attrs, body)
    bodies: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        3: _FONT,
        5: (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %s "
            b"/Resources << /Font << /F1 3 0 R >> /XObject %s >> >>"
            % (contents, names if xobjects is None else xobjects)
        ),
    }
    for body in objects:
        bodies[first + len(data) - 1 + len(bodies) - 4] = body
    trailer = b""
    crypt: Callable[[int, bytes], bytes] = lambda number, data: data  # noqa: E731
    if encrypt is not None:
        number = max([*bodies, *data]) + 1
        bodies[number], ids, crypt = _encryption(encrypt)
        trailer = b"/Encrypt %d 0 R %s" % (number, ids)
    for number, (attrs, body) in data.items():
        bodies[number] = stream_object(attrs, crypt(number, body))
    write_pdf(
        path,
        [bodies[n] for n in sorted(bodies)],
        trailer,
        packed=packed,
        padding=padding,
        packed_attrs=packed_attrs,
    )


def run_length_run(byte: int, size: int, head: bytes = PAGE_TEXT) -> bytes:
    """RunLength data of `head`, then `byte` repeated to `size` bytes in all: two bytes to
    a run of 128, 64:1."""
    literal = b"".join(bytes([len(c) - 1]) + c for c in _chunks(head, 128))
    runs, rest = divmod(size - len(head), 128)
    tail = bytes([257 - rest, byte]) if rest > 1 else bytes([0, byte]) * rest
    return literal + bytes([129, byte]) * runs + tail + b"\x80"


def _chunks(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


_PAD = (
    b"\x28\xbf\x4e\x5e\x4e\x75\x8a\x41\x64\x00\x4e\x56\xff\xfa\x01\x08"
    b"\x2e\x2e\x00\xb6\xd0\x68\x3e\x80\x2f\x0c\xa9\xfe\x64\x53\x69\x7a"
)
_ID = b"moc-extract test"
_P = -4


def _rc4(key: bytes, data: bytes) -> bytes:
    return Cipher(ARC4(key), mode=None).encryptor().update(data)


def _encryption(method: str) -> tuple[bytes, bytes, Callable[[int, bytes], bytes]]:
    """The encryption dictionary, the trailer's /ID and the stream encrypter of the
    standard security handler, owner password «owner», user password empty: RC4 with a
    40-bit key (revision 2) or AES-128 (revision 4)."""
    owner = hashlib.md5(b"owner" + _PAD[:27]).digest()
    rounds = 1 if method == "rc4" else 51
    for _ in range(rounds - 1):
        owner = hashlib.md5(owner).digest()
    length = 5 if method == "rc4" else 16
    o = _rc4(owner[:length], _PAD)
    if method != "rc4":
        for i in range(1, 20):
            o = _rc4(bytes(b ^ i for b in owner[:length]), o)
    key = hashlib.md5(_PAD + o + struct.pack("<l", _P) + _ID).digest()
    if method != "rc4":
        for _ in range(50):
            key = hashlib.md5(key[:length]).digest()
    key = key[:length]
    if method == "rc4":
        u = _rc4(key, _PAD)
    else:
        u = _rc4(key, hashlib.md5(_PAD + _ID).digest())
        for i in range(1, 20):
            u = _rc4(bytes(b ^ i for b in key), u)
        u += bytes(16)
    hexed = b"/O <%s> /U <%s> /P %d" % (binascii.hexlify(o), binascii.hexlify(u), _P)
    if method == "rc4":
        encrypt = b"<< /Filter /Standard /V 1 /R 2 %s >>" % hexed
    else:
        encrypt = (
            b"<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 "
            b"/AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF %s >>" % hexed
        )

    def crypt(number: int, data: bytes) -> bytes:
        salt = b"" if method == "rc4" else b"sAlT"
        own = hashlib.md5(key + struct.pack("<L", number)[:3] + b"\0\0" + salt).digest()
        own = own[: min(length + 5, 16)]
        if method == "rc4":
            return _rc4(own, data)
        iv = os.urandom(16)
        pad = 16 - len(data) % 16
        encryptor = Cipher(algorithms.AES(own), modes.CBC(iv)).encryptor()
        return iv + encryptor.update(data + bytes([pad]) * pad) + encryptor.finalize()

    ident = binascii.hexlify(_ID)
    return encrypt, b"/ID [<%s> <%s>]" % (ident, ident), crypt


def sparse(path: Path, head: bytes, size: int) -> None:
    """A file of `size` bytes that starts with `head`: the rest is a hole, not written."""
    with path.open("wb") as fh:
        fh.write(head)
        fh.truncate(size)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the first bytes of an old binary Word file
