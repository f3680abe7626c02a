"""Bytes of a plain-text report to text: which encoding, and how much was lost.

Russian reports arrive as UTF-8 (with or without a BOM), UTF-16 from Notepad, and the
single-byte Cyrillic code pages of older tools (cp1251, koi8-r, cp866, mac-cyrillic).
Every one of those single-byte encodings decodes *any* bytes without error, so the choice
between them is made by which decoding reads like Russian: charset-normalizer alone
confuses cp1251 and koi8-r on short texts, because both give valid Cyrillic letters.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from extractor.errors import ReadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    # utf-32 first: its little-endian BOM begins with the utf-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
SINGLE_BYTE = ("cp1251", "koi8-r", "cp866", "mac-cyrillic")
_CN_NAMES = {
    "cp1251": "cp1251",
    "koi8_r": "koi8-r",
    "cp866": "cp866",
    "mac_cyrillic": "mac-cyrillic",
}

# Letter frequencies of Russian prose, per cent; a wrong code page turns text into rare
# letters (ъ, щ, э, ф, ё) and letters in the wrong case.
_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47,
    "р": 4.73, "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81,
    "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59,
    "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48,
    "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}  # fmt: skip
_LOGFREQ = {ch: math.log(f / 100) for ch, f in _FREQ.items()}
_RU_LETTER = re.compile(r"[а-яёА-ЯЁ]")
# Non-ASCII characters a Russian text legitimately contains besides letters.
_TYPOGRAPHY = set("«»–—„“”‘’…№•·°±×\u00a0\u2009\u202f\u00ad")
# Punctuation that never stands glued before a lower-case letter.
_NOT_BEFORE_LETTER = set("»–—…№”’°±×")
# A one-letter word other than a preposition, conjunction or «я» (and not an initial or
# an abbreviation with its full stop): «т 2024» is «в 2024» in the wrong code page.
_LONE_ODD_LETTER = re.compile(r"(?<![^\W\d_])(?![вксуоияаВКСУОИЯА])[а-яёА-ЯЁ](?![^\W\d_]|\.)")
# A no-break space next to an ordinary one: a capital letter read as a space.
_SPACED_NBSP = re.compile(r"(?:^|[ \t\n])\u00a0|\u00a0[ \t\n]")
# C0 controls other than tab, line feed, carriage return and form feed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

_BINARY_MESSAGE = (
    "файл не похож на текст: в нём двоичные данные{detail}. Возможно, это файл другого "
    "формата с расширением .txt — откройте его и сохраните как текст или как .docx/.pdf"
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name: "utf-8", "utf-8-sig", "cp1251", "utf-16-le", …
    bad_bytes: int  # bytes (or sequences) replaced by U+FFFD or dropped as control codes


def bom_codec(data: bytes) -> tuple[str, bytes] | None:
    """The encoding a byte-order mark names, and the bytes to decode with it."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            # utf-8-sig drops its own mark; the utf-16/32 codecs with an explicit byte
            # order would keep theirs as U+FEFF.
            return codec, data[len(bom) :] if codec != "utf-8-sig" else data
    return None


def decode(data: bytes) -> Decoded:
    """Decode a text file; raise ReadError `txt.binary` when it is not text at all."""
    if marked := bom_codec(data):
        codec, body = marked
        return _finish(body.decode(codec, errors="replace"), codec)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _finish(data.decode(utf16, errors="replace"), utf16)
    nul = data.count(b"\x00")
    if nul > max(2, len(data) // 200):
        raise ReadError(
            _BINARY_MESSAGE.format(detail=f" (нулевых байтов: {nul})"), code="txt.binary"
        )
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    replaced = loose.count("\ufffd")
    multibyte = sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd")
    # A UTF-8 file with a few damaged bytes: its good multi-byte letters far outnumber
    # the damage. A single-byte file read as UTF-8 is almost all damage.
    if multibyte >= 10 * replaced:
        return _finish(loose, "utf-8")
    codec = _best_single_byte(data)
    return _finish(data.decode(codec, errors="replace"), codec)


EXACT_ENCODINGS = "UTF-8 (с BOM или без), UTF-16 с BOM («Текст Юникод» в Excel), cp1251"
# Beyond ASCII, what a Russian text holds: its letters and typography. A code page that
# turns some byte into anything else (Ђ, ‰, ®, box drawing) is not the file's.
_RUSSIAN = "".join(sorted({*_FREQ, *(ch.upper() for ch in _FREQ), *_TYPOGRAPHY}))
_NOT_RUSSIAN = re.compile(f"[^\\x00-\\x7f{re.escape(_RUSSIAN)}]")
# Lines with a byte beyond ASCII: the part of a file that tells code pages apart.
_HIGH_LINE = re.compile(rb"[^\n]*[\x80-\xff][^\n]*")
_SAMPLE_BYTES = 1 << 16  # enough text to score, however long the file


def decode_exact(data: bytes) -> Decoded:
    """Decode a small data file only when its encoding is certain; never a guess.

    For a file whose words must match exactly (corrections.csv: file names, keys), a
    wrong code page is worse than no file: every line would silently fail to match.
    Accepted: a byte-order mark (UTF-8, UTF-16, UTF-32); valid UTF-8; cp1251 when it
    reads the bytes as Russian (letters and typography only) and no other Cyrillic code
    page reads them as Russian better (`plausibility`, the score `decode` uses). Anything
    else raises ReadError `text.undecidable` saying why.
    """
    if marked := bom_codec(data):
        codec, body = marked
        try:
            text = body.decode(codec)
        except UnicodeDecodeError as exc:
            raise _undecidable(
                f"в начале файла метка BOM кодировки {codec}, но дальше текст в ней не "
                f"читается (байт {exc.start})"
            ) from None
        return _exact(text, codec)
    if _CONTROL.search(data.decode("latin-1")):
        # UTF-16 without a mark, or no text at all (an .xlsx renamed, say).
        raise _undecidable("в файле двоичные данные или текст UTF-16 без метки BOM")
    try:
        return _exact(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    replaced = loose.count("\ufffd")
    if sum(1 for ch in loose if ord(ch) > 127 and ch != "\ufffd") > replaced:
        # Valid multi-byte letters beside broken bytes: UTF-8 damaged, or two encodings
        # pasted together; as cp1251 the good letters would turn into «Рѕ».
        raise _undecidable(f"файл похож на UTF-8, но в нём испорченные байты ({replaced})")
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:  # 0x98, the one byte cp1251 leaves undefined
        raise _undecidable("байты не читаются ни как UTF-8, ни как cp1251") from None
    if odd := _NOT_RUSSIAN.search(text):
        raise _undecidable(
            f"в кодировке cp1251 в тексте знак «{odd.group()}», какого в русском нет"
        )
    # cp1251 is by far the likeliest (Excel's «CSV» in a Russian Windows): it is taken
    # unless another code page also reads the lines that hold Cyrillic as Russian, and
    # reads them better by the score `decode` uses. Capitals in cp1251 are small letters
    # in KOI8-R («МОЦ» or «нпг»?): a few such words cannot tell, and the reviewer is asked
    # for UTF-8 rather than given a guess.
    sample = b"\n".join(m.group() for m in _HIGH_LINE.finditer(data))[:_SAMPLE_BYTES]
    ours = sample.decode("cp1251")
    score = plausibility(ours)
    for other in SINGLE_BYTE:
        reading = sample.decode(other, errors="replace")
        if reading != ours and not _NOT_RUSSIAN.search(reading) and plausibility(reading) > score:
            raise _undecidable(f"текст читается и как cp1251, и как {other}")
    return _exact(text, "cp1251")


def _undecidable(why: str) -> ReadError:
    return ReadError(why, code="text.undecidable")


def _exact(text: str, codec: str) -> Decoded:
    if _CONTROL.search(text):
        raise _undecidable("в файле двоичные данные (управляющие символы)")
    return Decoded(text=text.removeprefix("\ufeff"), encoding=codec, bad_bytes=0)


def _finish(text: str, codec: str) -> Decoded:
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.rstrip("\x1a")  # DOS end-of-file mark
    bad = text.count("\ufffd")
    controls = len(_CONTROL.findall(text))
    letters = len(_RU_LETTER.findall(text)) + sum(1 for ch in text if ch.isascii() and ch.isalpha())
    # Compressed or random bytes (an image, an archive renamed to .txt) read as a
    # single-byte code page give mostly letters, but about one control code in nine
    # characters; a text, even a damaged one, has almost none.
    if text and (bad + controls > max(8, letters // 4) or controls > max(8, len(text) // 50)):
        raise ReadError(
            _BINARY_MESSAGE.format(detail=" (большая часть байтов не читается как текст)"),
            code="txt.binary",
        )
    if controls:
        text = _CONTROL.sub(" ", text)
    return Decoded(text=text, encoding=codec, bad_bytes=bad + controls)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: every second byte is 0x00 (ASCII) or 0x04 (Cyrillic)."""
    sample = data[:8192]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]

    def high_share(half: bytes) -> float:
        return sum(1 for b in half if b in (0x00, 0x04, 0x20)) / len(half)

    def nul_share(half: bytes) -> float:
        return half.count(0) / len(half)

    if high_share(odd) > 0.9 and nul_share(odd) > 0.1 and nul_share(even) < 0.05:
        return "utf-16-le"
    if high_share(even) > 0.9 and nul_share(even) > 0.1 and nul_share(odd) < 0.05:
        return "utf-16-be"
    return None


def _best_single_byte(data: bytes) -> str:
    """The Cyrillic code page whose decoding reads most like Russian.

    charset-normalizer, limited to the Cyrillic code pages, orders the candidates (and
    settles files with no Russian letters at all); the Russian-likeness score decides.
    """
    ranked = _charset_normalizer_order(data)
    for codec in ranked:
        # Only spaces and typography beyond ASCII (a Word «ANSI» file of NBSPs and
        # dashes): the code page that invents no letters is the one that explains it.
        if all(
            ch in _TYPOGRAPHY or ch.isspace() or ord(ch) < 128
            for ch in data.decode(codec, errors="replace")
        ):
            return codec
    scored = [(plausibility(data.decode(c, errors="replace")), -i, c) for i, c in enumerate(ranked)]
    best_score, _, best = max(scored)
    if best_score == -math.inf:
        return ranked[0]
    return best


def _charset_normalizer_order(data: bytes) -> list[str]:
    isolation = list(_CN_NAMES)
    try:
        matches = from_bytes(data, cp_isolation=isolation)
        proposed = [_CN_NAMES[m.encoding] for m in matches if m.encoding in _CN_NAMES]
    except Exception:  # a detector failure only loses the ordering hint
        proposed = []
    # cp1251 is by far the most common of the four; it goes first among the unranked.
    return list(dict.fromkeys([*proposed, *SINGLE_BYTE]))


def plausibility(text: str) -> float:
    """How much a decoding reads like Russian; higher is better, -inf without letters.

    The mean log-frequency of its letters, minus penalties for capitals in the middle
    of words (a koi8-r file read as cp1251 swaps the case of every letter), for a text
    mostly in capitals, and for non-Russian, non-typographic characters (box drawing,
    Serbian letters, currency) and one-letter words Russian does not have.
    """
    letters = 0
    logsum = 0.0
    inner_capitals = 0
    junk = 0
    prev_lower = False
    prev = " "
    for ch in text:
        low = ch.lower()
        if low in _LOGFREQ:
            letters += 1
            logsum += _LOGFREQ[low]
            if ch != low and prev_lower:
                inner_capitals += 1
            elif ch == low and prev in _NOT_BEFORE_LETTER:
                junk += 1  # «»того», «–оличество»: a capital letter read as punctuation
            prev_lower = ch == low
            prev = ch
            continue
        prev_lower = False
        prev = ch
        # U+FFFD is a byte the code page leaves undefined: reported, but not evidence.
        if ord(ch) > 127 and ch not in _TYPOGRAPHY and ch != "\ufffd":
            junk += 1
    if not letters:
        return -math.inf
    upper = sum(1 for ch in text if ch.isupper() and ch.lower() in _LOGFREQ)
    junk += len(_LONE_ODD_LETTER.findall(text)) + len(_SPACED_NBSP.findall(text))
    return (
        logsum / letters
        - 4.0 * inner_capitals / letters
        - 4.0 * junk / letters
        - 0.4 * upper / letters
    )
