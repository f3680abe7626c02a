"""PDF pages read through pypdfium2 straight into the reader's lines.

pdfplumber reads a page through pdfminer's content-stream interpreter, and its word and
line clustering costs a Python object per glyph; together that is twenty times pdfium's
own text extraction. Here a page is read in pieces instead of glyphs: pdfium gives the
whole text in one call, and each run of it shown by one text object (one font, size and
baseline) is measured with a handful of calls. The runs are then gathered into lines the
way pdfplumber gathers glyphs (tops chained within `Y_TOLERANCE`, left to right, a space
where the text has one or the gap exceeds `X_TOLERANCE`), and each line is measured as
the reader's layout code expects: glyph boxes of the font size standing on the baseline,
size the median glyph size, bold when every glyph's font name says so. Lines come from
here on every page; pdfplumber is opened only for pages that draw paths (a ruled table
may be there), and the runs inside its tables are left out of the lines.

A page is left wholly to pdfplumber (`None`, or lines `None`) where this reading could
go wrong: a rotated or offset page, a glyph that is not upright, a glyph outside the
Basic Multilingual Plane, runs of one line that overlap (overprinted or doubled glyphs),
a page without visible text (the reader then asks whether it is a scan). Glyphs pdfium
cannot map to Unicode (a font without a ToUnicode map) are counted and left out, as the
pdfplumber path leaves out its `(cid:NN)` glyphs.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfplumber.utils.text import LIGATURES

from extractor.read.pdf_line import (
    X_TOLERANCE,
    Y_TOLERANCE,
    Line,
    fonts,
    is_bold,
    segments,
    words,
)

_SEGMENT = re.compile(r"[^\r\n]+")
_SPACES = re.compile(r"\s+")
# pdfium reports a hyphen it takes for a soft line-end hyphen as U+0002 (U+FFFE in bulk
# text); pdfplumber expands ligature glyphs.
_LIGATURES = str.maketrans(LIGATURES)
_LIGATURE = re.compile("[" + "".join(LIGATURES) + "]")

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class _Run:
    """The glyphs of one text object on one line of the page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    visible: int  # glyphs that are not blank
    first_end: float | None  # right edge of its first word, when a blank ends that word
    unmapped: bool = False  # its font has no Unicode for its glyphs
    # A blank ends its first word, but the word's edge was not measured: to save a call,
    # only runs that may start a line are measured.
    first_unmeasured: bool = False


@dataclass
class FastPage:
    height: float
    drawn: bool  # the page draws paths: it may hold a ruled table
    runs: list[_Run]

    @property
    def visible(self) -> int:
        return sum(r.visible for r in self.runs)

    @property
    def unmapped(self) -> int:
        return sum(r.visible for r in self.runs if r.unmapped)

    def lines(self, boxes: Sequence[Box] = ()) -> list[Line] | None:
        """The page's lines without the runs inside `boxes` (tables); None where
        pdfplumber, which reads glyph by glyph, could see something else: two runs of a
        line overlap, or a run reaches out of a table (text overflowing its cell)."""
        runs = [r for r in self.runs if r.visible and not r.unmapped]
        if any(_straddles(r, box) for r in runs for box in boxes):
            return None
        runs = [r for r in runs if not _inside(r, boxes)]
        out: list[Line] = []
        for group in _cluster(runs):
            line = _line(group)
            if line is None:
                return None
            out.append(line)
        return out


def _straddles(run: _Run, box: Box) -> bool:
    x0, top, x1, bottom = box
    if not top <= (run.top + run.bottom) / 2 <= bottom:
        return False
    return run.x0 < x1 and run.x1 > x0 and not (x0 <= run.x0 and run.x1 <= x1)


def _inside(run: _Run, boxes: Sequence[Box]) -> bool:
    x = (run.x0 + run.x1) / 2
    y = (run.top + run.bottom) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


class FastPages:
    """pypdfium2's view of one document."""

    def __init__(self, path: Any) -> None:
        self._doc = pypdfium2.PdfDocument(path)

    def __len__(self) -> int:
        return len(self._doc)

    def close(self) -> None:
        self._doc.close()

    def height(self, index: int) -> float:
        page = self._doc[index]
        try:
            return float(page.get_mediabox()[3])
        finally:
            page.close()

    def page(self, index: int) -> FastPage | None:
        """Page `index` (0-based) as runs, or None when pdfplumber must read it all."""
        page = self._doc[index]
        try:
            if page.get_rotation() != 0:
                return None
            left, bottom, _right, top = page.get_mediabox()
            if left != 0 or bottom != 0:
                return None
            drawn = draws_paths(page.raw)
            textpage = page.get_textpage()
            try:
                runs = _PageText(textpage.raw, float(top)).runs()
            finally:
                textpage.close()
            return None if runs is None else FastPage(float(top), drawn, runs)
        finally:
            page.close()


def draws_paths(handle: Any, form: bool = False, depth: int = 0) -> bool:
    """Whether the page (a pypdfium2 page's `raw` handle), or a form inside it, draws a
    path: the one sign of a ruled table pdfium gives without reading the page."""
    count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(handle)
    get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
    for i in range(count):
        obj = get(handle, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            return True
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and (depth > 16 or draws_paths(obj, True, depth + 1)):
            return True
    return False


def _plain(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A pdfium function called with plain integers and addresses: pypdfium2's bindings
    check and wrap every argument and build a pointer object for each pointer returned,
    several microseconds a call, and a page takes a few hundred calls."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P, _I = ctypes.c_void_p, ctypes.c_int
_text_object = _plain(pdfium_c.FPDFText_GetTextObject, _P, _P, _I)
_char_matrix = _plain(pdfium_c.FPDFText_GetMatrix, _I, _P, _I, _P)
_font_size = _plain(pdfium_c.FPDFText_GetFontSize, ctypes.c_double, _P, _I)
_font_info = _plain(pdfium_c.FPDFText_GetFontInfo, ctypes.c_ulong, _P, _I, _P, ctypes.c_ulong, _P)
_object_font = _plain(pdfium_c.FPDFTextObj_GetFont, _P, _P)
_unmapped = _plain(pdfium_c.FPDFText_HasUnicodeMapError, _I, _P, _I)
_char_origin = _plain(pdfium_c.FPDFText_GetCharOrigin, _I, _P, _I, _P, _P)
_loose_box = _plain(pdfium_c.FPDFText_GetLooseCharBox, _I, _P, _I, _P)


class _Unfit(Exception):
    """The page holds something this path does not read as pdfplumber would."""


class _PageText:
    def __init__(self, textpage: Any, height: float) -> None:
        self.tp = textpage
        self.page = ctypes.cast(textpage, ctypes.c_void_p).value
        self.height = height
        self.x = ctypes.c_double()
        self.y = ctypes.c_double()
        self.box = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()
        self.name = ctypes.create_string_buffer(256)
        self.flags = ctypes.c_int()
        self.at_x, self.at_y = ctypes.addressof(self.x), ctypes.addressof(self.y)
        self.at_box, self.at_matrix = ctypes.addressof(self.box), ctypes.addressof(self.matrix)
        self.at_name, self.at_flags = ctypes.addressof(self.name), ctypes.addressof(self.flags)
        # per text object: size, bold, unmapped; per font: bold, unmapped
        self.objects: dict[int, tuple[float, bool, bool]] = {}
        self.fonts: dict[int | None, tuple[bool, bool]] = {}
        self.ligatures = False

    def runs(self) -> list[_Run] | None:
        try:
            text = self._text()
            return [run for a, b in self._segments(text) for run in self._runs(text, a, b)]
        except _Unfit:
            return None

    # -- pdfium calls ------------------------------------------------------------------

    def _text(self) -> str:
        count = pdfium_c.FPDFText_CountChars(self.tp)
        if count <= 0:
            return ""
        buf = ctypes.create_string_buffer((count + 1) * 2)
        pdfium_c.FPDFText_GetText(
            self.tp, 0, count, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
        )
        text = buf.raw[: count * 2].decode("utf-16-le", "replace")
        if len(text) != count:  # a glyph outside the BMP: indices would drift
            raise _Unfit
        self.ligatures = _LIGATURE.search(text) is not None
        return text.replace("\x02", "-").replace("\ufffe", "-")

    def _object(self, index: int) -> int | None:
        return _text_object(self.page, index)

    def _probe(self, index: int, low: int) -> int:
        """The text object at `index`, or at the nearest glyph left of it when pdfium
        generated this one (a space or line break it inferred)."""
        while index >= low:
            handle = self._object(index)
            if handle:
                return handle
            index -= 1
        raise _Unfit

    def _object_facts(self, handle: int, index: int) -> tuple[float, bool, bool]:
        facts = self.objects.get(handle)
        if facts is None:
            _char_matrix(self.page, index, self.at_matrix)
            m = self.matrix
            if m.b != 0 or m.c != 0 or m.a <= 0 or m.d <= 0:
                raise _Unfit
            size = float(_font_size(self.page, index))
            font = _object_font(handle)
            known = self.fonts.get(font)
            if known is None:
                # a font without a Unicode map fails on every glyph: its first tells
                _font_info(self.page, index, self.at_name, len(self.name), self.at_flags)
                bold = is_bold(self.name.value.decode("utf-8", "replace"))
                known = self.fonts[font] = (bold, _unmapped(self.page, index) == 1)
            facts = (size, *known)
            self.objects[handle] = facts
        return facts

    # -- text into runs ----------------------------------------------------------------

    @staticmethod
    def _segments(text: str) -> list[tuple[int, int]]:
        """First and last visible glyph of each line pdfium found."""
        out: list[tuple[int, int]] = []
        for m in _SEGMENT.finditer(text):
            s, e = m.span()
            seg = text[s:e]
            head = len(seg) - len(seg.lstrip())
            if head == len(seg):
                continue
            out.append((s + head, s + len(seg.rstrip()) - 1))
        return out

    def _runs(self, text: str, a: int, b: int) -> list[_Run]:
        """Split glyphs a..b into runs of one text object each (an object's glyphs are
        consecutive in pdfium's text, so the borders are found by bisection)."""
        out: list[_Run] = []
        start, handle = a, self._probe(a, a)
        while True:
            if self._probe(b, start) == handle:
                out.append(self._run(text, start, b, handle, _last(out)))
                return out
            lo, hi = start, b
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if self._probe(mid, start) == handle:
                    lo = mid
                else:
                    hi = mid
            out.append(self._run(text, start, lo, handle, _last(out)))
            start, handle = hi, self._probe(hi, hi)

    def _run(self, text: str, a: int, b: int, handle: int, before: _Run | None) -> _Run:
        """Glyphs a..b of one text object; `before` is the run before it on pdfium's line."""
        piece = text[a : b + 1]
        if self.ligatures and _LIGATURE.search(piece):
            piece = piece.translate(_LIGATURES)
        stripped = piece.strip()
        if not stripped:
            return _Run(piece, 0, 0, 0, 0, 0, False, 0, None)
        first = a + (len(piece) - len(piece.lstrip()))
        last = a + len(piece.rstrip()) - 1
        size, bold, unmapped = self._object_facts(handle, first)
        _char_origin(self.page, first, self.at_x, self.at_y)
        x0 = self.x.value
        bottom = self.height - self.y.value
        _loose_box(self.page, last, self.at_box)
        x1 = float(self.box.right)
        # The first word matters for a run that starts pdfium's line, starts left of the
        # run before it (pdfium's line went on over a line break, as after a hyphen) or
        # goes on with that run's last word.
        lead = (
            before is None
            or x0 < before.x0
            or not (before.text[-1:].isspace() or piece[:1].isspace())
        )
        first_end = None
        blank = _SPACES.search(stripped)
        if lead and blank is not None:
            _loose_box(self.page, first + blank.start() - 1, self.at_box)
            first_end = float(self.box.right)
        visible = len("".join(stripped.split()))
        return _Run(
            piece,
            x0,
            x1,
            bottom - size,
            bottom,
            size,
            bold,
            visible,
            first_end,
            unmapped,
            first_unmeasured=not lead and blank is not None,
        )


def _last(runs: list[_Run]) -> _Run | None:
    shown = [r for r in runs if r.visible]
    return shown[-1] if shown else None


# ---------------------------------------------------------------------------------------
# Runs into lines, as pdfplumber groups glyphs


def _cluster(runs: list[_Run]) -> list[list[_Run]]:
    """Runs whose tops chain within Y_TOLERANCE, top to bottom, each left to right."""
    shown = [r for r in runs if r.visible]
    tops = sorted({r.top for r in shown})
    group: dict[float, int] = {}
    n, last = 0, None
    for top in tops:
        if last is not None and top > last + Y_TOLERANCE:
            n += 1
        group[top] = n
        last = top
    lines: list[list[_Run]] = [[] for _ in range(n + 1)] if tops else []
    for r in shown:
        lines[group[r.top]].append(r)
    return [sorted(line, key=lambda r: r.x0) for line in lines]


def _line(runs: list[_Run]) -> Line | None:
    parts: list[str] = []
    prev: _Run | None = None
    first_word: float | None = None
    for r in runs:
        if prev is not None:
            if r.x0 < prev.x1 - 0.5:
                return None  # overlapping runs: pdfplumber would interleave their glyphs
            gap = r.x0 > prev.x1 + X_TOLERANCE or abs(r.top - prev.top) > Y_TOLERANCE
            if gap:
                parts.append(" ")
            if first_word is None and (gap or prev.text[-1:].isspace() or r.text[:1].isspace()):
                first_word = prev.x1 - runs[0].x0
        parts.append(r.text)
        if first_word is None and r.first_unmeasured:
            return None
        if first_word is None and r.first_end is not None:
            first_word = r.first_end - runs[0].x0
        prev = r
    if first_word is None:
        first_word = runs[-1].x1 - runs[0].x0
    size = runs[0].size
    if any(r.size != size for r in runs):
        size = statistics.median([r.size for r in runs for _ in range(r.visible)])
    return Line(
        text=" ".join("".join(parts).split()),
        x0=runs[0].x0,
        x1=max(r.x1 for r in runs),
        top=min(r.top for r in runs),
        bottom=max(r.bottom for r in runs),
        size=round(size, 1),
        bold=all(r.bold for r in runs),
        first_word=first_word,
        segments=segments([(r.x0, r.x1, r.text) for r in runs], size),
        words=words([(r.x0, r.x1, r.text) for r in runs]),
        fonts=fonts([(r.x0, r.x1, r.size, r.bold, r.top, r.bottom) for r in runs]),
    )
