"""Reading order of a page set in columns.

Both pdf readers give a page's lines top to bottom. On a newsletter, a leaflet or a web
page saved as pdf, two or three columns of text stand side by side, and lines sorted by
their tops interleave them («Дополнительное мероприятий для родителей, их»): a number is
then read with the other column's words. A column gutter is a vertical strip that no word
of a run of consecutive lines crosses, with prose on both sides of it (a table's column
of figures is no column of text: tables keep their rows). The lines of such a run are cut
at the gutter and read column after column; what stands above and below the run (a
masthead, a heading over the whole width) keeps its place.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from extractor.read.pdf_line import Line, part

# The narrowest gutter, in font sizes. Word spaces stay under half of it; a gutter set by
# LibreOffice or a browser is 1 em and more.
MIN_GUTTER = 0.8
# Lines a run needs before its strip counts as a gutter: justified text leaves a wide
# space at one place on two or three lines now and then, never on four in a row.
MIN_RUN = 4
# Lines each side of the gutter needs, and the words per line they average: prose, not a
# column of figures or a signature's name.
MIN_SIDE_LINES = 3
MIN_WORDS = 2.5
# Lines within this many places of each other in reading order are paired when gutters
# are looked for (a left column's line ends where a right column's line begins).
_PAIRING = 3


@dataclass
class Region:
    """Lines read together: a stretch of the page's width, or one column of a run."""

    lines: list[Line]
    column: bool = False


@dataclass
class _Run:
    start: int
    end: int
    lo: float  # the gutter: right edge of the left column's words
    hi: float  # left edge of the right column's words


def reading_order(lines: list[Line]) -> list[Region]:
    """The page's lines (top to bottom) as regions in the order a person reads them."""
    if len(lines) < MIN_RUN:
        return [Region(lines)] if lines else []
    size = statistics.median(ln.size for ln in lines)
    gutter = MIN_GUTTER * size
    run = _best_run(lines, gutter)
    if run is None:
        return [Region(lines)]
    out = reading_order(lines[: run.start])
    inside = lines[run.start : run.end]
    for lo, hi in ((float("-inf"), run.lo), (run.hi, float("inf"))):
        side = [p for ln in inside if (p := part(ln, lo, hi)) is not None]
        side.sort(key=lambda ln: (round(ln.top), ln.x0))
        # a side may be set in columns itself: three columns are two cuts
        out.extend(Region(r.lines, column=True) for r in reading_order(side))
    out.extend(reading_order(lines[run.end :]))
    return out


def _best_run(lines: list[Line], gutter: float) -> _Run | None:
    """The longest run of consecutive lines with a gutter and prose on both sides."""
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    # A page with no line that starts far from the left edge and none with a gutter-wide
    # gap inside has no columns: most pages end here, cheaply.
    far = left + 0.25 * (right - left)
    if sum(1 for ln in lines if ln.x0 >= far or _gaps(ln, gutter)) < MIN_SIDE_LINES:
        return None
    best: _Run | None = None
    for x in _candidates(lines, gutter):
        for run in _runs(lines, x, gutter):
            if best is None or run.end - run.start > best.end - best.start:
                best = run
    return best


def _gaps(line: Line, gutter: float) -> list[float]:
    """Middles of the gaps between a line's words at least `gutter` wide."""
    return [
        (a[1] + b[0]) / 2
        for a, b in zip(line.words, line.words[1:], strict=False)
        if b[0] - a[1] >= gutter
    ]


def _candidates(lines: list[Line], gutter: float) -> list[float]:
    """Where a gutter may run: inside a line's wide gaps, and between a line's end and the
    start of a nearby line further right."""
    found: set[int] = set()
    for k, ln in enumerate(lines):
        found.update(round(x) for x in _gaps(ln, gutter))
        for other in lines[max(0, k - _PAIRING) : k + _PAIRING + 1]:
            if other.x0 - ln.x1 >= gutter:
                found.add(round((ln.x1 + other.x0) / 2))
    return sorted(found)


def _runs(lines: list[Line], x: float, gutter: float) -> list[_Run]:
    """Runs of consecutive lines no word of which crosses the strip around `x`."""
    out: list[_Run] = []
    half = gutter / 2
    start = 0
    for k in range(len(lines) + 1):
        clear = k < len(lines) and all(w[1] <= x - half or w[0] >= x + half for w in lines[k].words)
        if clear:
            continue
        if k - start >= MIN_RUN:
            run = _prose_run(lines, start, k, x)
            if run is not None:
                out.append(run)
        start = k + 1
    return out


def _prose_run(lines: list[Line], start: int, end: int, x: float) -> _Run | None:
    lefts = [[w for w in ln.words if w[1] <= x] for ln in lines[start:end]]
    rights = [[w for w in ln.words if w[0] >= x] for ln in lines[start:end]]
    lefts = [ws for ws in lefts if ws]
    rights = [ws for ws in rights if ws]
    for side in (lefts, rights):
        if len(side) < MIN_SIDE_LINES:
            return None
        if statistics.mean(sum(len(w[2].split()) for w in ws) for ws in side) < MIN_WORDS:
            return None
    lo = max(ws[-1][1] for ws in lefts)
    hi = min(ws[0][0] for ws in rights)
    return _Run(start, end, lo, hi)
