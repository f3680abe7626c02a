"""Tables a pdf page draws without rules: columns of text aligned by their positions.

A Word table without borders becomes, in a pdf, lines whose cells stand far apart
(`Line.segments`). Such lines are written out as fixed-width text, each segment at its
place, and read by the same finder of aligned tables as a .txt report (txt_tables), so
wrapped labels, header lines and columns are judged the same way in both.
"""

from __future__ import annotations

import itertools
import statistics
from dataclasses import dataclass, replace

from extractor.read.builder import RawCell
from extractor.read.pdf_line import SEGMENT_GAP, Line, Segment
from extractor.read.txt_tables import TextLine, find_aligned_tables, is_figure

# Lines with at least this many segments before a page's lines are searched at all:
# a signature line («Председатель комитета      С. В. Лемешко») is no table.
_MIN_SEGMENTED = 2
_MIN_SEGMENTS = 3
# Points per character of the text the lines are written out as. Narrower than any
# glyph, so a segment's text never runs into the place of the next one.
_CHAR_EM = 0.4
_FILL = "\u00a0"
_MAX_HEADER_LINES = 6
# Two header cells filled to their edges stand two cells' padding apart: 0.6 em and more
# in LibreOffice pdfs, where a space is 0.25 em.
_CELL_GAP = 0.5


@dataclass
class AlignedTable:
    first: int  # index of its first line in the lines given
    end: int  # index after its last line
    cells: list[RawCell]
    header_rows: int
    xs: list[float]  # left edges of its columns


def aligned_tables(lines: list[Line]) -> list[AlignedTable]:
    """The borderless tables among a page's lines (top to bottom), in order."""
    if sum(1 for ln in lines if len(ln.segments) >= _MIN_SEGMENTS) < _MIN_SEGMENTED:
        return []
    size = statistics.median(ln.size for ln in lines)
    width = size * _CHAR_EM
    left = min(ln.x0 for ln in lines)
    parted = _parted_headers(lines)
    if parted:
        lines = [parted.get(k, ln) for k, ln in enumerate(lines)]
    text = [TextLine(no=k + 1, raw=_written(ln, left, width)) for k, ln in enumerate(lines)]
    out = []
    for table in find_aligned_tables(text):
        if not any(len(ln.segments) >= _MIN_SEGMENTS for ln in lines[table.first : table.end]):
            continue  # spaced-out words, not columns
        xs = _lefts(lines[table.first : table.end])
        cells = [_unfilled(c) for c in table.cells]
        header = table.header_rows or _header_lines(cells)
        out.append(AlignedTable(table.first, table.end, cells, header, xs))
    return out


def _parted_headers(lines: list[Line]) -> dict[int, Line]:
    """Header lines whose cells run into each other, parted where a gap between two words
    lies between two columns of figures below («Обучающихся, чел. Справочно: 2023 г.,»
    over «2 240 | 2 175»): a cell filled to its edge leaves less than `SEGMENT_GAP` to
    the next one, and the header, one piece too wide, hid the table. By line index,
    only the lines that changed."""
    out: dict[int, Line] = {}
    k = 0
    while k < len(lines):
        if not _has_figures(lines[k]):
            k += 1
            continue
        end = k
        body: list[Line] = []
        while end < len(lines) and (
            _has_figures(lines[end]) or (not lines[end].segments and _wraps(lines, end))
        ):
            if _has_figures(lines[end]):
                body.append(lines[end])
            end += 1
        gaps = _column_gaps(body) if len(body) >= 2 else []
        # the header: the lines right above, each set in pieces or a word or two
        for h in range(k - 1, max(k - 1 - _MAX_HEADER_LINES, -1), -1):
            line = lines[h]
            if not line.segments and len(line.words) > 2:
                break
            parted = _parted(line, gaps)
            if parted is not None:
                out[h] = replace(line, segments=parted)
        k = max(end, k + 1)
    return out


def _has_figures(line: Line) -> bool:
    return sum(1 for _, _, t in line.segments if is_figure(t)) >= 2


def _wraps(lines: list[Line], k: int) -> bool:
    """A line of a label wrapped between two rows of figures («Физкультурно-» /
    «спортивная»): a word or two, a row of figures right after."""
    return len(lines[k].words) <= 2 and k + 1 < len(lines) and _has_figures(lines[k + 1])


def _column_gaps(body: list[Line]) -> list[tuple[float, float]]:
    """Between each two neighbouring columns of figures (each seen on two lines or
    more): from the right edge of the left one's widest figure to the left edge of the
    right one's."""
    spans: list[list[float]] = []  # x0, x1, count
    for x0, x1, _text in sorted(
        (seg for ln in body for seg in ln.segments if is_figure(seg[2])), key=lambda s: s[0]
    ):
        if spans and x0 <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], x1)
            spans[-1][2] += 1
        else:
            spans.append([x0, x1, 1])
    columns = [s for s in spans if s[2] >= 2]
    return [(a[1], b[0]) for a, b in itertools.pairwise(columns)]


def _parted(line: Line, gaps: list[tuple[float, float]]) -> tuple[Segment, ...] | None:
    """The line's segments with those parted that run over a gap between columns."""
    if not gaps or len(line.words) < 2:
        return None
    limit = SEGMENT_GAP * line.size
    out: list[Segment] = []
    changed = False
    for x0, x1, text in line.words:
        if out:
            a, b, t = out[-1]
            wide = x0 - b > limit
            # wider than a space, and over the gap between two columns
            between = x0 - b > _CELL_GAP * line.size and any(
                b <= right and x0 >= left for left, right in gaps
            )
            if not wide and not between:
                out[-1] = (a, max(b, x1), f"{t} {text}")
                continue
            changed = changed or not wide
        out.append((x0, x1, text))
    return tuple(out) if changed and len(out) >= 2 else None


def _written(line: Line, left: float, width: float) -> str:
    """The line as fixed-width text: each segment from the column its left edge is at
    to the one its right edge is at (filled out with no-break spaces, which part no
    pieces), at least two spaces after the one before it. So a number set flush right
    and a wider one above it overlap as their cells do, and a header written over four
    columns («2023/2024 2024/2025 …») covers all four."""
    pieces = line.segments or ((line.x0, line.x1, line.text),)
    out = ""
    for x0, x1, text in pieces:
        col = round((x0 - left) / width)
        out += " " * max(col - len(out), 2 if out else 0)
        fill = max(round((x1 - x0) / width) - len(text), 0) if line.segments else 0
        out += text + _FILL * fill
    return out


def _header_lines(cells: list[RawCell]) -> int:
    """The table's leading rows without a figure: the lines its header cells wrapped
    into («Камышинский» / «муниципальный» / «район» / «2024 г.»), however many."""
    rows = max((c.row for c in cells), default=-1) + 1

    def heading(r: int) -> bool:  # words or periods past the label, no figure
        texts = [c.text for c in cells if c.row == r and c.col > 0 and c.text]
        return bool(texts) and not any(is_figure(t) for t in texts)

    for r in range(min(rows - 1, _MAX_HEADER_LINES)):
        if heading(r):
            continue
        if r and r + 1 < rows and heading(r + 1):
            continue  # «Направленность» set low in its merged cell, the years below it
        return r  # a row of figures, or a section's name alone: the body begins
    return 0


def _unfilled(cell: RawCell) -> RawCell:
    lines = (" ".join(part.replace(_FILL, " ").split()) for part in cell.text.split("\n"))
    cell.text = "\n".join(lines)
    return cell


def _lefts(lines: list[Line]) -> list[float]:
    """Left edges shared by the segments of several lines: the columns, for matching a
    part of the table on the next page."""
    edges = sorted(x0 for ln in lines for x0, _, _ in ln.segments)
    groups: list[list[float]] = []
    for x in edges:
        if groups and x - groups[-1][-1] <= 3.0:
            groups[-1].append(x)
        else:
            groups.append([x])
    return [g[0] for g in groups if len(g) >= 2]
