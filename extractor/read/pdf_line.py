"""A line of PDF text as the layout code sees it, whichever library read the page."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Gap (pt) between glyphs that counts as a space. pdfplumber's default of 3 glues words
# set in 12 pt Times, whose space is 3 pt wide.
X_TOLERANCE = 1.5
# Glyphs whose tops lie this close (pt), in a chain, share a line (pdfplumber's default).
Y_TOLERANCE = 3.0
BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
# A gap wider than this many font sizes parts a line into segments: the cells of a table
# drawn without rules. Justified prose stretches its spaces to about 1.3 em (measured on
# LibreOffice pdfs); the columns of a borderless table stand 2 em and more apart.
SEGMENT_GAP = 1.6

# A piece of a line between wide gaps: its left and right edges and its text.
Segment = tuple[float, float, str]
# A run of one font on a line: left and right edges, size, bold, top and bottom.
Font = tuple[float, float, float, bool, float, float]


@dataclass
class Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_word: float  # width of its first word: would it have fitted on the line above?
    # the line's pieces between wide gaps, when it has more than one (see SEGMENT_GAP)
    segments: tuple[Segment, ...] = ()
    # its words (or the runs a reader measured, which may hold several): where a table's
    # header cells filled to their edges can be parted at its columns
    words: tuple[Segment, ...] = ()
    # its runs of one font, left to right: what a part of the line keeps when a page set
    # in columns is cut at its gutter (see pdf_columns)
    fonts: tuple[Font, ...] = ()


def is_bold(fontname: str) -> bool:
    return bool(BOLD.search(fontname))


def segments(pieces: list[Segment], size: float) -> tuple[Segment, ...]:
    """Glyphs or runs of one line (left to right) joined into segments: a gap over
    X_TOLERANCE is a space, one over SEGMENT_GAP font sizes parts two segments. Empty
    when the line is one segment."""
    out: list[Segment] = []
    for x0, x1, text in pieces:
        if out and x0 - out[-1][1] <= SEGMENT_GAP * size:
            a, b, t = out[-1]
            space = " " if x0 - b > X_TOLERANCE else ""
            out[-1] = (a, max(b, x1), f"{t}{space}{text}")
        else:
            out.append((x0, x1, text))
    if len(out) < 2:
        return ()
    return tuple((a, b, " ".join(t.split())) for a, b, t in out)


def words(pieces: list[Segment]) -> tuple[Segment, ...]:
    """Glyphs or runs of one line (left to right) joined where no space parts them."""
    out: list[Segment] = []
    for x0, x1, text in pieces:
        if out and x0 - out[-1][1] <= X_TOLERANCE and not text[:1].isspace():
            a, b, t = out[-1]
            out[-1] = (a, max(b, x1), t + text)
        elif text.strip():
            out.append((x0, x1, text))
    return tuple((a, b, " ".join(t.split())) for a, b, t in out)


def part(line: Line, lo: float, hi: float) -> Line | None:
    """The piece of `line` whose words lie between `lo` and `hi` (a column of a page
    set in columns), with its own measures; None when no word does."""
    kept = [w for w in line.words if w[0] >= lo - 0.5 and w[1] <= hi + 0.5]
    if not kept:
        return None
    if len(kept) == len(line.words):
        return line
    fonts = tuple(f for f in line.fonts if f[1] > kept[0][0] and f[0] < kept[-1][1])
    if fonts:
        weights = [(f[2], f[1] - f[0]) for f in fonts]
        total = sum(w for _, w in weights) or 1.0
        size = round(sum(s * w for s, w in weights) / total, 1)
        bold = all(f[3] for f in fonts)
        top, bottom = min(f[4] for f in fonts), max(f[5] for f in fonts)
    else:
        size, bold, top, bottom = line.size, line.bold, line.top, line.bottom
    return Line(
        text=" ".join(w[2] for w in kept),
        x0=kept[0][0],
        x1=kept[-1][1],
        top=top,
        bottom=bottom,
        size=size,
        bold=bold,
        first_word=kept[0][1] - kept[0][0],
        segments=segments(list(kept), size),
        words=tuple(kept),
        fonts=fonts,
    )


def fonts(pieces: list[Font]) -> tuple[Font, ...]:
    """Glyphs or runs of one line (left to right) joined where the font stays the same."""
    out: list[Font] = []
    for x0, x1, size, bold, top, bottom in pieces:
        if out and out[-1][2] == size and out[-1][3] == bold:
            a, _, s, b, t, u = out[-1]
            out[-1] = (a, x1, s, b, min(t, top), max(u, bottom))
        else:
            out.append((x0, x1, size, bold, top, bottom))
    return tuple(out)
