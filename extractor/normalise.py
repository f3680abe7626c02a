"""Text normalisation, in one place for every reader.

Two different jobs live here and must not be confused:
- `normalise` produces the text that is stored, quoted and shown. It repairs what the
  file formats damage (odd spaces, soft hyphens, dash and quote variants, Latin letters
  hiding in Russian words) but keeps the writer's spelling, ё included.
- `fold` produces a *matching* view of stored text: lower case, ё → е. It keeps every
  character's position, so a match in the folded text is a span in the stored text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from itertools import product

# Spaces that word processors put between thousands or before units; all mean " ".
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)
# Invisible characters that only split words for a matcher.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_TABLE = {ord(c): " " for c in _SPACES}
_TABLE.update({ord(c): None for c in _INVISIBLE})
_TABLE.update(
    {
        # Dashes: a long dash is punctuation ("– 26"), a short one joins words.
        0x2012: "–",
        0x2013: "–",
        0x2014: "–",
        0x2015: "–",
        0x2010: "-",
        0x2011: "-",
        0x2212: "-",  # minus sign
        # Double quotes other than «» become ASCII; «» stay as written.
        0x201C: '"',
        0x201D: '"',
        0x201E: '"',
        0x201F: '"',
        0x2033: '"',
        0x2018: "'",
        0x2019: "'",
        0x201A: "'",
        0x2032: "'",
        0x2116: "№",
        0x00B7: "·",
        0x2026: "...",
    }
)

# Characters `_TABLE` changes; texts hold few of them, and replacing matches is much
# cheaper than `str.translate` with a dict, which looks up every character.
_CHANGED = re.compile(
    "[" + "".join(re.escape(chr(k)) for k, v in sorted(_TABLE.items()) if v != chr(k)) + "]"
)


def _replace(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())] or ""


# Latin letters that look like Cyrillic ones; PDFs built from scans or odd fonts mix them.
_LATIN_TO_CYR = str.maketrans(
    "AaBCcEeHKkMOoPpTXxy",
    "АаВСсЕеНКкМОоРрТХху",
)
# A whole word (run of letters) holding both a Latin and a Cyrillic letter: the only
# words `_fix_mixed_word` may change, found without a Python call per word.
_MIXED_WORD = re.compile(
    r"(?<![^\W\d_])(?=[^\W\d_]*?[A-Za-z])(?=[^\W\d_]*?[а-яёА-ЯЁ])[^\W\d_]+", re.UNICODE
)
_CYR = re.compile(r"[а-яёА-ЯЁ]")
_LAT = re.compile(r"[A-Za-z]")
_LAT_LOOKALIKE = set("AaBCcEeHKkMOoPpTXxy")


def _fix_mixed_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if not (_CYR.search(word) and _LAT.search(word)):
        return word
    latin = _LAT.findall(word)
    # Only when every Latin letter has a Cyrillic twin: "Kонкурс" yes, "IT-куб" no.
    if all(ch in _LAT_LOOKALIKE for ch in latin):
        return word.translate(_LATIN_TO_CYR)
    return word


_MULTISPACE = re.compile(r"[ \t]+")
# The bars of a chart drawn with block characters («Художественная ▇▇▇▇▇ 94») or rows of
# squares («■■■■ 148»; one square alone is a bullet): they stand between a label and its
# value, as a dash does.
# So do the dot leaders of a list set like a table of contents («Художественная ........
# 14 812»).
_BARS = re.compile(
    r"[ \t]*(?:[\u2580-\u259f]+|[\u25a0\u25a1\u25aa\u25ab\u25ac\u25ae]{2,}|\.{4,}|…{2,})[ \t]*"
)


def normalise(text: str) -> str:
    """Normalise one block's text: NFC, spaces, dashes, quotes, look-alike letters.

    Line breaks inside the text are kept (a reader decides what they mean); runs of
    spaces and tabs become one space and each line is stripped.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CHANGED.sub(_replace, text)
    text = _MIXED_WORD.sub(_fix_mixed_word, text)
    text = _BARS.sub(" – ", text)
    lines = [line.strip() for line in _MULTISPACE.sub(" ", text).split("\n")]
    return "\n".join(lines).strip("\n")


def one_line(text: str) -> str:
    """Normalise and put on one line (table cells, list items wrapped by the writer)."""
    return _MULTISPACE.sub(" ", normalise(text).replace("\n", " ")).strip()


def fold(text: str) -> str:
    """Matching view: lower case and ё → е, same length as the input."""
    low = text.lower()
    if len(low) != len(text):  # a few non-Russian letters change length when lowered
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.replace("ё", "е")


# A line ending in a hyphen glued to a letter, followed by a line starting with a
# lower-case letter: the typesetter's word break, unless the parts form a compound.
# (a tail in capitals only after a head in capitals: a heading set in capitals)
_HYPHEN_BREAK = re.compile(
    r"(?<![^\W\d_])([^\W\d_]+)-\n([a-zа-яё][^\W\d_]*|(?<=[A-ZА-ЯЁ]-\n)[A-ZА-ЯЁ]+)", re.UNICODE
)


def join_hyphenated(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """Join words hyphenated across line ends.

    "вос-\\nпитание" → "воспитание"; "физкультурно-\\nспортивной" keeps its hyphen:
    the first part of a Russian compound adjective ends in -о/-е and both halves are
    words of their own. `is_word` (a morphology lookup) settles the unclear cases.
    """

    def repl(m: re.Match[str]) -> str:
        head, tail = m.group(1), m.group(2)
        # An abbreviation in capitals before a lower-case tail is a compound («IT-куб»,
        # «ПФДО-сертификат»): a typesetter's break inside one word keeps one case.
        if len(head) > 1 and head.isupper() and not tail.isupper():
            return f"{head}-{tail}"
        # (a heading set in capitals breaks its words as any line does: «МУНИ-/ЦИПАЛЬНОГО»)
        joined = head + tail
        if is_word is not None:
            if is_word(joined.lower()):
                return joined
            if is_word(head.lower()) and is_word(tail.lower()):
                return f"{head}-{tail}"
            return joined
        if len(head) > 3 and head[-1] in "оеОЕ" and len(tail) > 3:
            return f"{head}-{tail}"
        return joined

    if "-\n" not in text:
        return text
    return _HYPHEN_BREAK.sub(repl, text)


def join_blocks(texts: Iterable[str], sep: str = "\n\n") -> str:
    return sep.join(texts)


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def join_broken_words(text: str, is_word: Callable[[str], bool]) -> str:
    """Join words a narrow cell broke with a hyphen on one line: «художест-венная»,
    «физкуль-турно-спортивная», «естествен-нонаучная».

    Two parts are joined when the joined word is in the dictionary and the hyphenated
    form is not (real compounds keep their hyphen: «северо-западный», «из-за» — their
    joined forms are no words), and the two parts are not both words.
    """

    def repl(m: re.Match[str]) -> str:
        parts = m.group(0).split("-")
        out = [parts[0]]
        for part in parts[1:]:
            head = out[-1]
            if (
                head[-1:].isalpha()
                and part[:1].islower()
                and not (is_word(head) and is_word(part))
                and not is_word(f"{head}-{part}")
                and is_word(head + part)
            ):
                out[-1] = head + part
            else:
                out.append(part)
        return "-".join(out)

    if "-" not in text:
        return text
    return _HYPHENATED.sub(repl, text)


# A line break a narrow cell may have put inside a word: a letter (or a hyphen) before it,
# a lowercase letter after it.
_WRAP_BEFORE = re.compile(r"[^\W\d_]-?$")
_WRAP_AFTER = re.compile(r"^[а-яёa-z]")
_TOKEN_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
# Breaks of one run judged together: 2**10 ways to read them at most, else one by one.
_MAX_RUN = 10


def join_wrapped_words(text: str, is_word: Callable[[str], bool]) -> str:
    """A cell's lines joined as its words were before a narrow cell wrapped them, with no
    hyphen, anywhere it liked: «Худож|ествен|ная», «общеразвивающ|их программ»,
    «Социал|ьно-|гумани|тарная», «Физкул|ьтурно|-|спорти|вная».

    Each run of breaks that may be inside a word is read every way (a space, or joined;
    after a hyphen, joined with or without it) and the reading with the most dictionary
    words wins (a token that is no word counts against it); a tie keeps the breaks.
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    # A line that is only a hyphen belongs at the end of the line before it.
    merged: list[str] = []
    for line in lines:
        if line.strip() == "-" and merged:
            merged[-1] = merged[-1].rstrip() + "-"
        else:
            merged.append(line)
    lines = merged
    out = lines[0]
    k = 0
    while k < len(lines) - 1:
        run = [k]
        while (
            run[-1] < len(lines) - 1
            and _WRAP_BEFORE.search(lines[run[-1]])
            and _WRAP_AFTER.match(lines[run[-1] + 1])
        ):
            run.append(run[-1] + 1)
        if len(run) == 1:  # no break to judge after this line
            out += "\n" + lines[k + 1]
            k += 1
            continue
        pieces = lines[run[0] : run[-1] + 1]
        best = _best_reading(pieces, is_word)
        out = out[: len(out) - len(lines[k])] + best
        k = run[-1]
    return out


def _best_reading(pieces: list[str], is_word: Callable[[str], bool]) -> str:
    n = len(pieces) - 1
    if n > _MAX_RUN:
        return "\n".join(pieces)
    best, best_score = "\n".join(pieces), _score("\n".join(pieces), is_word)
    # After a hyphen the next line continues the word: a compound («социально-»
    # «гуманитарная») or a word the hyphen broke («художест-» «венная»), never a new one.
    choices: list[list[str]] = [
        ["", "-drop"] if pieces[i].endswith("-") else ["\n", ""] for i in range(n)
    ]
    for combo in product(*choices):
        text = pieces[0]
        for piece, how in zip(pieces[1:], combo, strict=True):
            if how == "-drop":
                text = text[:-1] + piece
            else:
                text += how + piece
        score = _score(text, is_word)
        if score > best_score:
            best, best_score = text, score
    return best


def _score(text: str, is_word: Callable[[str], bool]) -> int:
    score = 0
    for token in text.split():
        token = _TOKEN_EDGE.sub("", token)
        if "-" in token and is_word(token):  # «физкультурно-спортивный» as one word
            score += 1
            continue
        parts = token.split("-")
        for i, part in enumerate(parts):
            if part and part.isalpha():
                known = _is_word(part, is_word) or (
                    i < len(parts) - 1 and _compound_stem(part, is_word)
                )
                # a fragment that is no word weighs more than a word: «И|то|го» is
                # «Итого», though «и» and «то» are words
                score += 1 if known else -2
    return score


# Russian words of one letter; a dictionary also knows each letter's name («ы»), which a
# narrow cell leaves alone on a line («Программ|ы, ед.»).
_ONE_LETTER_WORDS = frozenset("авиксоуя")
# … and of two: the words and abbreviations a report writes; the dictionary also knows
# syllables («ия») a narrow cell leaves alone («Срок исполнен|ия»).
_TWO_LETTER_WORDS = frozenset(
    [
        "во",
        "вы",
        "да",
        "до",
        "ее",
        "её",
        "ед",
        "же",
        "за",
        "из",
        "им",
        "их",
        "ко",
        "ли",
        "мы",
        "на",
        "не",
        "ни",
        "но",
        "ну",
        "об",
        "он",
        "от",
        "по",
        "со",
        "те",
        "то",
        "ты",
        "уж",
        "шт",
        "кв",
        "гг",
        "го",
        "мо",
        "мр",
        "ип",
        "оо",
        "ду",
    ]
)


def _is_word(part: str, is_word: Callable[[str], bool]) -> bool:
    if len(part) == 1:
        return part.lower() in _ONE_LETTER_WORDS
    if len(part) == 2 and part.islower():
        return part in _TWO_LETTER_WORDS
    return is_word(part)


def _compound_stem(part: str, is_word: Callable[[str], bool]) -> bool:
    """The first half of a compound adjective («туристско-», «естественно-»): an
    adjective's stem with «о» or «е»."""
    if part[-1:].lower() not in ("о", "е"):
        return False
    return any(is_word(part[:-1] + ending) for ending in ("ий", "ый", "ой"))
