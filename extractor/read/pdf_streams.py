"""A PDF's streams as its bytes hold them: found, and decoded here in bounded steps before
pdfium or pdfminer opens the file, so that `limits.check_pdf_streams` can count what they
inflate to.

Both parsers decode a stream whole the first time they need it: a page's content stream
that a 309 KB file inflates to 106 MB cost 10 s and 1.4 GB to read, 5 MB of path
operators 48 s and 1.9 GB. Nothing in the file says what a stream inflates to, so every
stream is found in the raw bytes — each dictionary followed by `stream`, wherever it lies,
as a parser sent there by a damaged or forged cross-reference table would find it — and
run here through the filters the parsers apply (Flate, LZW, ASCII85, ASCIIHex and
RunLength, in any chain), never holding more than one step of output. A stream that
fails to decode is damage, which the readers report (`pdf.corrupt`, `pdf.page_failed`):
what it gave until then is counted and the check goes on.

Pictures and attached files are not decoded: the readers never decode them (a scanned
page's picture is large by nature). But a stream's dictionary is the file's own word, and
a parser reads a stream as whatever refers to it: pdfminer reads a page's /Contents as
content whatever its dictionary says, /Subtype /Image included. So a stream is left alone
as a picture only when every reference to it, in the raw bytes and in the object streams,
is one a picture has: an entry of an /XObject resource dictionary (inline, or an
indirect dictionary referred to only as /XObject), or the /SMask or /Mask of another
stream; an attached file only as an entry of an /EF dictionary. Anything else (an array
element, /Contents, a font's /CharProcs, a reference this module cannot place) and the
stream is decoded and counted as content.

An encrypted file whose user password is empty opens without one, and its streams are
encrypted: they are decrypted here as they are read, with the key pdfminer's security
handler derives from the encryption dictionary.
"""

from __future__ import annotations

import base64
import binascii
import bisect
import hashlib
import mmap
import re
import struct
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from extractor.errors import os_error

# Input read at a time, and the most output one step of a decoder may make. Flate knows
# how much of its input it has consumed; other decoders take a read whole, so they are
# fed less at a time for the compression ratio to be known as closely.
_READ = 1 << 16
_READ_OTHER = 1 << 12
_STEP = 1 << 20
# Nesting a dictionary may have (pdfium stops at 64 too).
_DEPTH = 64
# `obj` keywords tried, nearest first, to find where a stream's dictionary starts (an
# `obj` inside one of its strings is not it).
_TRIES = 64
# A trailer dictionary is read this far at most (a real one takes well under 1 KB).
_TRAILER_BYTES = 1 << 16

# ---------------------------------------------------------------------------------------
# Syntax

_WHITE = rb"[\x00\t\n\x0c\r ]"
_REGULAR = rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]"
_GAP = rb"(?:" + _WHITE + rb"|%[^\r\n]*)"  # whitespace or a comment
_TOKEN = re.compile(
    _GAP + rb"*(<<|>>|\[|\]|\(|<[^<>]*>|/" + _REGULAR + rb"*|" + _REGULAR + rb"+|[{}()<>])"
)
_INT = re.compile(rb"[+-]?\d+\Z")
_UINT = re.compile(rb"\+?\d+\Z")
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)\Z")
_PAREN = re.compile(rb"[()\\]")
_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|(\r\n|\r|\n)|(.))", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_NAME_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_NOT_HEX = re.compile(rb"[^0-9A-Fa-f]")

# A dictionary's end and the keyword `stream` (a comment may come between).
_STREAM = re.compile(rb">>" + _GAP + rb"*stream(?!" + _REGULAR + rb")")
# Keywords are searched for as spelt, and then checked to start a token: a pattern that
# starts with a literal is searched for fast, one that starts with a look-behind is tried
# at every byte (50 times slower: 44 ms for 2.5 MB).
_OBJ = re.compile(rb"obj(?!" + _REGULAR + rb")")
_TRAILER = re.compile(rb"trailer(?!" + _REGULAR + rb")")
# A reference (`12 0 R`), sought by pattern only in text the parser cannot read: its `R`
# first (a literal is searched for fast), then the numbers before it.
_R = re.compile(rb"R")
_REF_BEFORE = re.compile(rb"(\d{1,10})" + _GAP + rb"+\+?\d{1,10}" + _GAP + rb"+\Z")
_REGULAR_BYTES = frozenset(b for b in range(256) if b not in b"\x00\t\n\x0c\r ()<>[]{}/%")
# The object and generation numbers before `obj`; comments may come between.
_LINE_GAP = rb"(?:" + _WHITE + rb"|%[^\r\n]*[\r\n])"
_NUMBERS = re.compile(
    rb"(?<!" + _REGULAR + rb")\+?(\d{1,10})" + _LINE_GAP + rb"+\+?(\d{1,10})" + _LINE_GAP + rb"+\Z"
)
_NUMBERS_BACKWARDS = re.compile(
    _WHITE + rb"+(\d{1,10})\+?" + _WHITE + rb"+(\d{1,10})\+?(?!" + _REGULAR + rb")"
)
_EOL = re.compile(rb"\r\n?|\n")

_FILTERS = {
    "FlateDecode": "flate",
    "Fl": "flate",
    "LZWDecode": "lzw",
    "LZW": "lzw",
    "ASCII85Decode": "a85",
    "A85": "a85",
    "ASCIIHexDecode": "hex",
    "AHx": "hex",
    "RunLengthDecode": "rl",
    "RL": "rl",
    "Crypt": "crypt",
}


class _Unreadable(Exception):
    """Syntax this module does not follow."""


class _Damaged(ValueError):
    """Data a decoder cannot go on with: the readers' business."""


class Name(str):
    """A PDF name, its #xx escapes decoded: «/Fl#61teDecode» is «FlateDecode»."""


@dataclass(frozen=True)
class Ref:
    number: int


@dataclass(frozen=True)
class _Seen:
    """A reference as the parser meets it: the number, the key it is the value of (None:
    an array element) and the key of the dictionary or array holding it (None: the
    object's own)."""

    number: int
    key: str | None
    parent: str | None


def _keywords(pattern: re.Pattern[bytes], buf: Any) -> Iterator[re.Match[bytes]]:
    """The matches of a keyword's pattern that start a token."""
    for m in pattern.finditer(buf):
        if m.start() == 0 or buf[m.start() - 1] not in _REGULAR_BYTES:
            yield m


def _name(token: bytes) -> Name:
    raw = _NAME_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), token[1:])
    return Name(raw.decode("latin-1"))


def _string(buf: Any, start: int, limit: int) -> tuple[bytes, int]:
    """A literal string from its «(»: its bytes and where it ends."""
    depth, at = 0, start
    while True:
        m = _PAREN.search(buf, at, limit)
        if m is None:
            raise _Unreadable
        char = buf[m.start()]
        if char == 0x5C:  # a backslash: the next byte is escaped
            at = m.start() + 2
            continue
        depth += 1 if char == 0x28 else -1
        at = m.end()
        if depth == 0:
            return _unescape(bytes(buf[start + 1 : m.start()])), at


def _unescape(raw: bytes) -> bytes:
    def one(m: re.Match[bytes]) -> bytes:
        if m.group(1):
            return bytes([int(m.group(1), 8) & 0xFF])
        if m.group(2):
            return b""
        return _ESCAPES.get(m.group(3), m.group(3))

    return _ESCAPE.sub(one, raw)


def _value(
    buf: Any,
    at: int,
    limit: int,
    seen: list[_Seen] | None = None,
    key: str | None = None,
    parent: str | None = None,
    depth: int = 0,
) -> tuple[Any, int]:
    """The object at `at`, read no further than `limit`, and where it ends; references
    are noted in `seen` with the key they are the value of and the key of what holds
    them."""
    m = _TOKEN.match(buf, at, limit)
    if m is None:
        raise _Unreadable
    token, end = m.group(1), m.end()
    if token in (b"<<", b"["):
        if depth > _DEPTH:
            raise _Unreadable
        if token == b"<<":
            out: dict[str, Any] = {}
            while True:
                m = _TOKEN.match(buf, end, limit)
                if m is None:
                    raise _Unreadable
                if m.group(1) == b">>":
                    return out, m.end()
                if m.group(1)[:1] != b"/":
                    raise _Unreadable
                name = _name(m.group(1))
                out[name], end = _value(buf, m.end(), limit, seen, name, key, depth + 1)
        items: list[Any] = []
        while True:
            m = _TOKEN.match(buf, end, limit)
            if m is None:
                raise _Unreadable
            if m.group(1) == b"]":
                return items, m.end()
            item, end = _value(buf, end, limit, seen, None, key, depth + 1)
            items.append(item)
    if token == b"(":
        return _string(buf, m.start(1), limit)
    if token[:1] == b"<" and token[-1:] == b">" and len(token) >= 2:
        digits = _NOT_HEX.sub(b"", token)
        return binascii.unhexlify(digits + b"0" * (len(digits) % 2)), end
    if token[:1] == b"/":
        return _name(token), end
    if _INT.match(token):
        second = _TOKEN.match(buf, end, limit)
        if second is not None and _UINT.match(second.group(1)):
            third = _TOKEN.match(buf, second.end(), limit)
            if third is not None and third.group(1) == b"R":
                number = int(token)
                if seen is not None:
                    seen.append(_Seen(number, key, parent))
                return Ref(number), third.end()
        return int(token), end
    if token in (b"true", b"false"):
        return token == b"true", end
    if token == b"null":
        return None, end
    if _NUMBER.match(token):
        return float(token), end
    if token in (b">>", b"]", b")", b"{", b"}", b"<", b">"):
        raise _Unreadable
    return token, end  # a keyword


# ---------------------------------------------------------------------------------------
# The raw file: its objects, and its streams


class _Raw:
    """The file's bytes and where its `obj` keywords are."""

    def __init__(self, buf: Any) -> None:
        self.buf = buf
        self.objs = array("q", (m.start() for m in _keywords(_OBJ, buf)))
        self._numbers: list[int | None] | None = None
        self._last: dict[int, int] | None = None

    @property
    def numbers(self) -> list[int | None]:
        """Each `obj`'s object number (None where the bytes before it do not say)."""
        if self._numbers is None:
            self._numbers = [_numbers(self.buf, o)[0] for o in self.objs]
        return self._numbers

    def number(self, index: int) -> int | None:
        """The object number of `obj` number `index`."""
        if self._numbers is not None:
            return self._numbers[index]
        return _numbers(self.buf, self.objs[index])[0]

    def end_of(self, index: int) -> int:
        """Where the object after `obj` number `index` must end: at the next `obj`."""
        return self.objs[index + 1] if index + 1 < len(self.objs) else len(self.buf)

    def direct(self, value: Any) -> Any:
        """`value`, or what a reference leads to among the raw objects: the last object of
        that number (a later update replaces an earlier); None if there is none."""
        if not isinstance(value, Ref):
            return value
        if self._last is None:
            self._last = {n: i for i, n in enumerate(self.numbers) if n is not None}
        index = self._last.get(value.number)
        if index is None:
            return None
        try:
            resolved, _ = _value(self.buf, self.objs[index] + 3, self.end_of(index))
        except (_Unreadable, RecursionError, ValueError):
            return None
        return None if isinstance(resolved, Ref) else resolved


def _numbers(buf: Any, obj: int) -> tuple[int | None, int]:
    """The object and generation numbers before the `obj` at `obj`: read backwards from
    it (a pattern matched from its start is fast), or, with a comment between, searched
    for in the 256 bytes before it."""
    m = _NUMBERS_BACKWARDS.match(bytes(buf[max(0, obj - 48) : obj])[::-1])
    if m is not None:
        return int(m.group(2)[::-1]), int(m.group(1)[::-1])
    m = _NUMBERS.search(bytes(buf[max(0, obj - 256) : obj]))
    return (int(m.group(1)), int(m.group(2))) if m else (None, 0)


@dataclass
class Stream:
    """One stream as found: its number (None when the bytes before `obj` do not say), its
    dictionary (None when it cannot be read), its data and the decoders that read it."""

    number: int | None
    generation: int
    attrs: dict[str, Any] | None
    at: int  # the data's first byte
    end: int  # where a decoder that does not end by itself must stop
    chain: tuple[tuple[str, dict[str, Any]], ...]  # decoders and their parameters
    kind: str  # "content", "image", "file", "objstm", "xref" or "metadata"
    first: int = 0  # an object stream's /First


def find_streams(raw: _Raw) -> list[Stream]:
    """Every stream in the raw bytes, in file order."""
    buf = raw.buf
    out = []
    for m in _STREAM.finditer(buf):
        close = m.start() + 2
        eol = _EOL.search(buf, m.end())  # data starts after the end of `stream`'s line
        at = eol.end() if eol is not None else len(buf)
        out.append(_stream(raw, *_dictionary(raw, close), at))
    return out


def _dictionary(raw: _Raw, close: int) -> tuple[int | None, int, dict[str, Any] | None]:
    """The object number, generation and dictionary of the stream whose dictionary ends
    at `close`; None for a dictionary that cannot be read."""
    index = bisect.bisect_left(raw.objs, close) - 1
    for obj in raw.objs[max(0, index - _TRIES + 1) : index + 1][::-1]:
        try:
            attrs, end = _value(raw.buf, obj + 3, close)
        except (_Unreadable, RecursionError, ValueError):
            continue
        if end == close and isinstance(attrs, dict):
            return (*_numbers(raw.buf, obj), attrs)
    return None, 0, None


_KINDS = {"EmbeddedFile": "file", "ObjStm": "objstm", "XRef": "xref", "Metadata": "metadata"}


def _stream(
    raw: _Raw, number: int | None, generation: int, attrs: dict[str, Any] | None, at: int
) -> Stream:
    size = len(raw.buf)
    if attrs is None:
        # A dictionary this module cannot read may be one pdfium reads: whatever its
        # filters, the data is inflated if it inflates.
        return Stream(number, generation, None, at, size, (("flate", {}),), "content")
    chain = _chain(raw, attrs)
    declared = raw.direct(attrs.get("Type"))
    kind = _KINDS.get(declared, "content") if isinstance(declared, str) else "content"
    if kind not in ("objstm", "xref") and raw.direct(attrs.get("Subtype")) == "Image":
        # an object or cross-reference stream is read as one from its /Type alone, and
        # nothing refers to it: it is never left alone as a picture
        kind = "image"
    first = raw.direct(attrs.get("First"))
    end = size
    if chain and chain[0][0] != "flate":
        # Flate data ends by itself; other data where the parsers' does: at /Length when
        # it is right, else at `endstream`. The later of the two is taken.
        length = raw.direct(attrs.get("Length"))
        stop = raw.buf.find(b"endstream", at)
        end = stop if stop >= 0 else size
        if isinstance(length, int) and 0 <= length <= size - at:
            end = max(end, at + length)
    return Stream(
        number, generation, attrs, at, end, chain, kind, first if isinstance(first, int) else 0
    )


def _chain(raw: _Raw, attrs: dict[str, Any]) -> tuple[tuple[str, dict[str, Any]], ...]:
    """The stream's decoders in the order its filters apply, up to the first this module
    does not have (an image codec: nothing the readers decode)."""
    filters = raw.direct(attrs.get("Filter"))
    parms = raw.direct(attrs.get("DecodeParms"))
    if not isinstance(filters, list):
        filters = [filters]
    if not isinstance(parms, list):
        parms = [parms] * len(filters)
    out = []
    for i, name in enumerate(filters):
        name = raw.direct(name)
        decoder = _FILTERS.get(name) if isinstance(name, str) else None
        if decoder is None:
            break
        parm = raw.direct(parms[i]) if i < len(parms) else None
        if decoder != "crypt":  # the file's own encryption is undone before the chain
            out.append((decoder, parm if isinstance(parm, dict) else {}))
    return tuple(out)


# ---------------------------------------------------------------------------------------
# Decoding in bounded steps


@dataclass
class _Count:
    """Input bytes handed to the first decoder, and those it holds unread."""

    handed: int = 0
    held: int = 0

    @property
    def consumed(self) -> int:
        return self.handed - self.held


def decode(
    buf: Any, stream: Stream, crypt: Callable[[bytes], bytes] | None, count: _Count
) -> Iterator[bytes]:
    """The stream's decoded bytes, a step at a time; raises `zlib.error` or ValueError
    where the data is damaged."""
    size = _READ if stream.chain[0][0] == "flate" else _READ_OTHER
    pieces = _source(buf, stream.at, stream.end, size, crypt, count)
    for i, (name, parms) in enumerate(stream.chain):
        pieces = _DECODERS[name](pieces, parms, count if i == 0 else None)
    return pieces


def _source(
    buf: Any, at: int, end: int, size: int, crypt: Callable[[bytes], bytes] | None, count: _Count
) -> Iterator[bytes]:
    # A first read of 1 KB: most data that does not decode says so in its first bytes.
    step = min(size, 1024)
    while at < end:
        chunk = bytes(buf[at : min(end, at + step)])
        step = size
        at += len(chunk)
        count.handed += len(chunk)
        yield crypt(chunk) if crypt is not None else chunk


def _flate(pieces: Iterator[bytes], parms: dict, count: _Count | None) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    for chunk in pieces:
        pending = chunk
        while True:  # at most _STEP out; the input not reached waits for the next step
            piece = inflater.decompress(pending, _STEP)
            pending = inflater.unconsumed_tail
            if count is not None:  # the rest of the file is not the stream's
                count.held = len(inflater.unused_data) if inflater.eof else len(pending)
            if piece:
                yield piece
            if inflater.eof:
                return
            if not pending and len(piece) < _STEP:
                break  # a full step may have left output inside the inflater: one more


def _hex(pieces: Iterator[bytes], parms: dict, count: _Count | None) -> Iterator[bytes]:
    odd = b""
    for chunk in pieces:
        stop = chunk.find(b">")
        digits = odd + _NOT_HEX.sub(b"", chunk if stop < 0 else chunk[:stop])
        even = len(digits) - len(digits) % 2
        if even:
            yield binascii.unhexlify(digits[:even])
        odd = digits[even:]
        if stop >= 0:
            if odd:
                yield binascii.unhexlify(odd + b"0")
            return


_NOT_A85 = re.compile(rb"[^!-uz]")


def _a85(pieces: Iterator[bytes], parms: dict, count: _Count | None) -> Iterator[bytes]:
    rest = b""
    for chunk in pieces:
        stop = chunk.find(b"~")
        # «z» stands for four zero bytes: a group of five «!»
        data = _NOT_A85.sub(b"", chunk if stop < 0 else chunk[:stop]).replace(b"z", b"!!!!!")
        data = rest + data
        whole = len(data) - len(data) % 5
        if whole:
            yield base64.a85decode(data[:whole])
        rest = data[whole:]
        if stop >= 0:
            if len(rest) > 1:
                yield base64.a85decode(rest + b"u" * (5 - len(rest)))[: len(rest) - 1]
            return


def _runlength(pieces: Iterator[bytes], parms: dict, count: _Count | None) -> Iterator[bytes]:
    data, out = b"", bytearray()
    for chunk in pieces:
        data += chunk
        at, size = 0, len(data)
        while at < size:
            length = data[at]
            if length == 128:
                if out:
                    yield bytes(out)
                return
            if length < 128:
                if at + 2 + length > size:
                    break  # the run goes on in the next chunk
                out += data[at + 1 : at + 2 + length]
                at += 2 + length
            else:
                if at + 2 > size:
                    break
                out += data[at + 1 : at + 2] * (257 - length)
                at += 2
            if len(out) >= _STEP:
                yield bytes(out)
                out.clear()
        data = data[at:]
    if out:
        yield bytes(out)


def _lzw(pieces: Iterator[bytes], parms: dict, count: _Count | None) -> Iterator[bytes]:
    """LZW as PDF has it: codes of 9 to 12 bits, 256 clears the table, 257 ends, and with
    /EarlyChange 1 (the default) a code grows one entry early. The table holds 4,096
    entries at most, as pdfium's does."""
    early = 0 if parms.get("EarlyChange", 1) == 0 else 1
    base = [bytes([i]) for i in range(256)] + [b"", b""]
    table = list(base)
    previous: bytes | None = None
    width, bits, acc = 9, 0, 0
    out = bytearray()
    for chunk in pieces:
        for byte in chunk:
            acc = (acc << 8) | byte
            bits += 8
            while bits >= width:
                bits -= width
                code = acc >> bits
                acc &= (1 << bits) - 1
                if code == 256:
                    table, previous, width = list(base), None, 9
                    continue
                if code == 257:
                    if out:
                        yield bytes(out)
                    return
                if code < len(table):
                    entry = table[code]
                    if previous is not None and len(table) < 4096:
                        table.append(previous + entry[:1])
                elif code == len(table) and previous is not None:
                    entry = previous + previous[:1]
                    table.append(entry)
                else:
                    raise _Damaged("LZW")
                previous = entry
                out += entry
                if len(table) + early >= 1 << width and width < 12:
                    width += 1
                if len(out) >= _STEP:
                    yield bytes(out)
                    out.clear()
    if out:
        yield bytes(out)


_DECODERS: dict[str, Callable[[Iterator[bytes], dict, _Count | None], Iterator[bytes]]] = {
    "flate": _flate,
    "hex": _hex,
    "a85": _a85,
    "rl": _runlength,
    "lzw": _lzw,
}


# ---------------------------------------------------------------------------------------
# Encryption


@dataclass(frozen=True)
class _Key:
    """A file's key for its streams, as the standard security handler derives it."""

    method: str  # "rc4", "aes128", "aes256" or "identity"
    key: bytes
    metadata: bool  # metadata streams are encrypted too

    def crypt(self, stream: Stream) -> Callable[[bytes], bytes] | None:
        """A decrypter of the stream's data, fed in order; None where it is not
        encrypted (or its number, which its key needs, is not known)."""
        if (
            self.method == "identity"
            or stream.kind == "xref"
            or (stream.kind == "metadata" and not self.metadata)
            or stream.number is None
        ):
            return None
        if self.method == "aes256":
            return _aes(self.key)
        own = (
            self.key
            + struct.pack("<L", stream.number & 0xFFFFFFFF)[:3]
            + struct.pack("<L", stream.generation & 0xFFFFFFFF)[:2]
            + (b"sAlT" if self.method == "aes128" else b"")
        )
        key = hashlib.md5(own).digest()[: min(len(self.key) + 5, 16)]
        return _aes(key) if self.method == "aes128" else _rc4(key)


def _aes(key: bytes) -> Callable[[bytes], bytes]:
    """AES-CBC, the first 16 bytes being the IV; the padding at the end is left on (the
    decoders stop before it)."""
    iv = bytearray()
    state: list[Any] = []

    def run(data: bytes) -> bytes:
        if not state:
            iv.extend(data)
            if len(iv) < 16:
                return b""
            state.append(Cipher(algorithms.AES(key), modes.CBC(bytes(iv[:16]))).decryptor())
            data = bytes(iv[16:])
        return bytes(state[0].update(data))

    return run


def _rc4(key: bytes) -> Callable[[bytes], bytes]:
    if len(key) * 8 in ARC4.key_sizes:
        decryptor = Cipher(ARC4(key), mode=None).decryptor()
        return lambda data: bytes(decryptor.update(data))
    # keys of 11 to 15 bytes, which `cryptography` does not take: RC4 by hand
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    position = [0, 0]

    def run(data: bytes) -> bytes:
        i, j = position
        out = bytearray(len(data))
        for n, byte in enumerate(data):
            i = (i + 1) % 256
            j = (j + s[i]) % 256
            s[i], s[j] = s[j], s[i]
            out[n] = byte ^ s[(s[i] + s[j]) % 256]
        position[:] = [i, j]
        return bytes(out)

    return run


def file_key(raw: _Raw, streams: list[Stream]) -> _Key | None:
    """The stream key of a file encrypted with an empty user password; None when the file
    is not encrypted, needs a password, or is encrypted in a way pdfminer does not read
    (the readers then say so)."""
    found: dict[str, Any] | None = None
    places: list[tuple[int, dict[str, Any]]] = []
    for m in _keywords(_TRAILER, raw.buf):
        try:
            trailer, _ = _value(raw.buf, m.end(), min(len(raw.buf), m.end() + _TRAILER_BYTES))
        except (_Unreadable, RecursionError, ValueError):
            continue
        if isinstance(trailer, dict):
            places.append((m.start(), trailer))
    # cross-reference streams carry the trailer's keys
    places += [(s.at, s.attrs) for s in streams if s.kind == "xref" and s.attrs is not None]
    for _, trailer in sorted(places, key=lambda p: p[0]):
        if "Encrypt" in trailer:
            found = trailer
    if found is None:
        return None
    encrypt = raw.direct(found.get("Encrypt"))
    if not isinstance(encrypt, dict) or raw.direct(encrypt.get("Filter")) != "Standard":
        return None
    ids = raw.direct(found.get("ID"))
    docid = [raw.direct(i) for i in ids] if isinstance(ids, list) else []
    docid = [i for i in docid if isinstance(i, bytes)] or [b"", b""]
    return _handler_key(docid, {k: raw.direct(v) for k, v in encrypt.items()})


def _handler_key(docid: list[bytes], param: dict[str, Any]) -> _Key | None:
    from pdfminer.pdfdocument import PDFDocument

    version = param.get("V", 0)
    factory = (
        PDFDocument.security_handler_registry.get(version) if isinstance(version, int) else None
    )
    if factory is None:
        return None
    try:
        handler: Any = factory(docid, param, "")
    except Exception:  # a password is needed, or pdfminer does not read this encryption
        return None
    method = "rc4"
    if hasattr(handler, "cfm"):
        chosen = getattr(handler.cfm.get(handler.stmf), "__name__", "")
        method = {
            "decrypt_rc4": "rc4",
            "decrypt_aes128": "aes128",
            "decrypt_aes256": "aes256",
            "decrypt_identity": "identity",
        }.get(chosen, "")
    key = getattr(handler, "key", None)
    if not method or not isinstance(key, bytes):
        return None
    return _Key(method, key, bool(getattr(handler, "encrypt_metadata", True)))


# ---------------------------------------------------------------------------------------
# Pictures and attached files: left alone where every reference says what they are

# The key a picture's (an attached file's) dictionary entries stand under: /XObject
# (/EF); an indirect such dictionary must be referred to by that key alone.
_HOLDER_KEY = {"image": "XObject", "file": "EF"}


@dataclass(frozen=True)
class _Use:
    """One reference to a number: the key it is the value of (None: an array element; "?"
    where the object around it does not parse), the key holding its dictionary or array
    (None: the object's own), whether that object is a stream, and the object's number."""

    key: str | None
    parent: str | None
    stream: bool
    owner: int | None


class _Pictures:
    """Which streams labelled as pictures or attached files the readers leave alone: those
    every reference to which, in the file and its object streams, is one a picture (an
    attached file) has."""

    def __init__(self, raw: _Raw, streams: list[Stream]) -> None:
        self.kinds = {
            s.number: s.kind
            for s in streams
            if s.kind in ("image", "file") and s.chain and s.number is not None
        }
        self.uses: dict[int, list[_Use]] = {}  # of the pictures
        self.keys: dict[int, set[str | None]] = {}  # of every number: the keys it stands under
        self.ruled_out: set[int] = set()  # pictures taken for content
        if self.kinds:
            for i, obj in enumerate(raw.objs):
                self._read(raw.buf, obj + 3, raw.end_of(i), lambda i=i: raw.number(i), True)

    def object_stream(self, text: bytes, first: int) -> None:
        """The objects of an object stream, placed by its header (pairs of number and
        offset); with no header to place them, every reference found is doubtful."""
        if not self.kinds:
            return
        pairs = _header(text, first)
        if pairs is None:
            self._doubtful(text, 0, len(text))
            return
        starts = [first + offset for _, offset in pairs] + [len(text)]
        for i, (number, _) in enumerate(pairs):
            end = max(starts[i], starts[i + 1])
            self._read(text, starts[i], end, lambda number=number: number, False)

    def _read(
        self, text: Any, start: int, end: int, owner: Callable[[], int | None], raw: bool
    ) -> None:
        """One object's references; `owner` gives its number."""
        seen: list[_Seen] = []
        try:
            value, stop = _value(text, start, end, seen)
        except (_Unreadable, RecursionError, ValueError):
            self._doubtful(text, start, end)
            return
        if not seen:
            return
        stream = raw and isinstance(value, dict) and _STREAM.match(text, stop - 2) is not None
        number = owner()
        for s in seen:
            self._use(s.number, _Use(s.key, s.parent, stream, number))

    def _doubtful(self, text: Any, start: int, end: int) -> None:
        """Text the parser cannot read: what looks like a reference there counts as one
        the module cannot place."""
        for m in _R.finditer(text, start, end):
            found = _REF_BEFORE.search(bytes(text[max(start, m.start() - 64) : m.start()]))
            if found is not None:
                self._use(int(found.group(1)), _Use("?", None, False, None))

    def _use(self, number: int, use: _Use) -> None:
        keys = self.keys.setdefault(number, set())
        if len(keys) < 4:  # more than one key rules a holder out already
            keys.add(use.key)
        if number in self.kinds:
            self.uses.setdefault(number, []).append(use)

    def left_alone(self, stream: Stream) -> bool:
        """Whether the stream is a picture (an attached file) the readers leave alone
        (once `settle` has read every reference)."""
        return stream.number in self.kinds and stream.number not in self.ruled_out

    def _only(self, number: int) -> bool:
        kind = self.kinds[number]
        holder = _HOLDER_KEY[kind]
        for use in self.uses.get(number, []):
            if use.key in (None, "?"):
                return False  # an array element (/Contents [...]), or a reference not placed
            if use.parent == holder:
                continue  # an entry of an inline /XObject (/EF) dictionary
            if use.parent is None and use.stream and kind == "image":
                if use.key in ("SMask", "Mask"):
                    continue  # another picture's mask
                return False
            indirect = use.parent is None and not use.stream and use.owner is not None
            if indirect and self.keys.get(use.owner) == {holder}:
                continue  # an indirect dictionary referred to only as /XObject (/EF)
            return False
        return True

    def settle(self) -> None:
        """After the object streams: the pictures that are content after all."""
        self.ruled_out = {n for n in self.kinds if not self._only(n)}


def _header(text: bytes, first: int) -> list[tuple[int, int]] | None:
    """An object stream's header: its objects' numbers and offsets, by offset."""
    if not 0 < first <= len(text):
        return None
    head = text[:first].split()
    if len(head) % 2:
        return None
    try:
        pairs = [(int(head[i]), int(head[i + 1])) for i in range(0, len(head), 2)]
    except ValueError:
        return None
    return sorted(pairs, key=lambda p: p[1])


# ---------------------------------------------------------------------------------------
# Measuring


class Meter(Protocol):
    """What the sizes are checked against (`limits`); raises to stop."""

    def stream(self, stream: Stream) -> None: ...

    def add(self, size: int, consumed: int) -> None: ...

    def restart(self) -> None: ...


def measure(path: Path, meter: Meter) -> None:
    """Decode every stream the readers may decode, telling `meter` each step."""
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise os_error(exc) from exc
    with fh:
        try:
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:
            return  # an empty file: the readers say so
        except OSError as exc:
            raise os_error(exc) from exc
    with buf:
        raw = _Raw(buf)
        streams = find_streams(raw)
        if not streams:
            return
        _measure_all(raw, streams, meter, None)
        key = file_key(raw, streams)
        if key is not None:
            # As they are, the encrypted streams did not decode; now they are decrypted.
            meter.restart()
            _measure_all(raw, streams, meter, key)


def _measure_all(raw: _Raw, streams: list[Stream], meter: Meter, key: _Key | None) -> None:
    pictures = _Pictures(raw, streams)
    # Object streams first: the references in them place the pictures.
    later = []
    for stream in streams:
        if stream.kind == "objstm" and stream.chain:
            text = _measure(raw.buf, stream, meter, key, bool(pictures.kinds))
            if text is not None:
                pictures.object_stream(text, stream.first)
        elif stream.chain:
            later.append(stream)
    pictures.settle()
    for stream in later:
        if not pictures.left_alone(stream):
            _measure(raw.buf, stream, meter, key, False)


def _measure(buf: Any, stream: Stream, meter: Meter, key: _Key | None, keep: bool) -> bytes | None:
    """Decode one stream for `meter`; its decoded bytes when `keep` (an object stream,
    which the meter holds to the limit of one stream)."""
    crypt = key.crypt(stream) if key is not None else None
    if crypt is None and stream.chain[0][0] == "flate" and not _zlib_header(buf, stream.at):
        return None  # zlib's own first test, without the cost of setting it up
    meter.stream(stream)
    count = _Count()
    kept = bytearray() if keep else None
    try:
        for piece in decode(buf, stream, crypt, count):
            meter.add(len(piece), count.consumed)
            if kept is not None:
                kept += piece
    except (zlib.error, ValueError):
        pass  # damaged: the readers report it
    return bytes(kept) if kept is not None else None


def _zlib_header(buf: Any, at: int) -> bool:
    """Whether zlib data may start at `at`: deflate, and the header's check."""
    head = buf[at : at + 2]
    return len(head) == 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
