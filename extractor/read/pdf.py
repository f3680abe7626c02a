"""Reads PDF files with pdfplumber: paragraphs, list items and tables in reading order.

A PDF has no paragraphs, only glyphs at positions, so the structure is rebuilt here:
- each page is read once: its ruled tables are found, and the text outside them is
  gathered into lines (doubled "bold" glyphs removed, unmapped `(cid:NN)` glyphs dropped);
- running headers, footers and page numbers are recognised across pages (the same text
  at the same place on most pages, or a bare page number in the margin) and kept apart;
- lines become paragraphs and list items by vertical gaps, indentation, list markers and
  the word-wrap test (a line that stopped short although the next word would have fitted
  ended its paragraph); words hyphenated at line ends are joined;
- a paragraph or a table that runs on over a page break is joined to its first part.

Pages are processed one at a time and their caches flushed, so memory stays flat; only
the compact lines and table cells of each page are kept until the document is built.
"""

from __future__ import annotations

import itertools
import math
import os
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from extractor.document import BlockKind, Document, Location, Part
from extractor.errors import ReadError, os_error
from extractor.morph import is_known_word, is_plausible_word
from extractor.normalise import join_hyphenated, join_wrapped_words
from extractor.read.builder import DocumentBuilder, RawCell
from extractor.read.limits import Limits, check_pages, check_pdf_streams
from extractor.read.pdf_aligned import aligned_tables
from extractor.read.pdf_columns import reading_order
from extractor.read.pdf_fast import FastPage, FastPages
from extractor.read.pdf_line import X_TOLERANCE, Line, fonts, is_bold, part, segments, words
from extractor.read.txt_tables import is_figure

_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
# Tables ruled only by horizontal lines: columns are found from the text instead.
# Columns found from text stop at the last word, short of the bottom rule: let them reach.
_RULES_ONLY_SETTINGS = {
    "vertical_strategy": "text",
    "horizontal_strategy": "lines",
    "intersection_y_tolerance": 12,
}
# Share of the page height at the top and bottom where headers and footers live.
MARGIN_ZONE = 0.12
# Share of a page's glyphs that are unmapped (cid:NN) above which the page is unreadable.
CID_SHARE = 0.5

_NO_TEXT = "нет текстового слоя — вероятно, скан; нужно распознавание (OCR)"
_MARKER = re.compile(r"^(?P<label>[–—\-•·▪●○◦]|\d{1,2}[.)]|[а-яa-z]\))(?=\s)")
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]"
    r"|\d{1,4}"
    r"|(?:стр\.?|страница)\s*\d{1,4}(?:\s*(?:из|/)\s*\d{1,4})?"
    r"|\d{1,4}\s*(?:из|/)\s*\d{1,4})$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?:;]$")
# A line ending here has not ended its sentence.
_OPEN_END = re.compile(
    r"(?:[,–—-]|\b(?:и|а|но|или|в|во|с|со|к|ко|на|по|о|об|от|до|из|за|у|для|при|без|над|"
    r"под|про|через|что|как|чтобы|не))$",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
# A line that ends with a label's figure after a dash or colon («Новых мест: 75»).
_STATES_FIGURE = re.compile(r"[–:]\s*[+\-]?\d[\d\s,.]*\s*(?:%|₽|руб\.?|тыс\.?)?\s*$")
# A line that opens with a figure states its own («27,5 % детей обучаются …»): no label.
_OPENS_WITH_FIGURE = re.compile(r"^[~≈<>+\-–]?\s*\d")
_LIST_END = re.compile(r"[.!?:;,]$")
# Hyphen-like characters a typesetter leaves at a line end.
_LINE_END_HYPHEN = re.compile(r"[\u00ad\u2010\u2011](?=\n)")
# A hyphen at a line end that join_hyphenated left (before a capital or a digit): the
# writer's own hyphen, as in «Ханты-\nМансийский» or «2023-\n2024».
_KEPT_HYPHEN = re.compile(r"(?<=\w)-\n(?=\w)")
# A word broken without a hyphen, as narrow table cells do: «Направленнос\nть».
# A date broken inside its year: «18.01.202\n4».
_DATE_BREAK = re.compile(r"\b(\d{1,2}\.\d{1,2}\.\d{1,3})\n(\d{1,3})\b")
# «2023/202» «4»: a school year a narrow cell broke
_SCHOOL_YEAR_BREAK = re.compile(r"\b((?:19|20)\d\d/\d{0,3})\n(\d{1,4})\b")
# «202» «4 г.»: a year a narrow header cell broke (the year is four digits together)
_YEAR_BREAK = re.compile(r"(?<![\d \u00a0])((?:19|20)\d?)\n(\d{1,2})(?=\s*(?:г\.|год|\(|$))", re.M)


# ---------------------------------------------------------------------------------------
# What one page leaves behind


@dataclass
class _Grid:
    """A table found on one page, later maybe with the parts that continue it."""

    page: int
    top: float
    xs: list[float]  # left edges of its columns, for matching a continuation
    cells: list[RawCell]
    n_rows: int
    # Rows repeated at the top of the parts that continue the table on later pages: a
    # hint of its header to the table model, which decides it.
    header_rows: int = 0

    def row_texts(self, row: int) -> list[str]:
        cells = sorted((c for c in self.cells if c.row == row), key=lambda c: c.col)
        return [" ".join(c.text.split()) for c in cells]


@dataclass
class _Para:
    page: int
    lines: list[Line]
    label: str | None = None
    heading: bool = False
    level: int | None = None


@dataclass
class _Page:
    number: int
    height: float
    lines: list[Line] = field(default_factory=list)
    grids: list[_Grid] = field(default_factory=list)
    header: list[Line] = field(default_factory=list)
    footer: list[Line] = field(default_factory=list)
    body: list[_Para | _Grid] = field(default_factory=list)


@dataclass
class _Geometry:
    """The body text's measures over the whole document."""

    left: float
    right: float
    size: float
    para_gap: float


# ---------------------------------------------------------------------------------------
# Entry point


# Set to 1 to read every page through pdfplumber (the fast path's reference).
SLOW_ENV = "MOC_EXTRACT_PDF_SLOW"


def read_pdf(
    path: Path, display: str, *, fast: bool | None = None, limits: Limits | None = None
) -> Document:
    """Read a PDF; raise `ReadError` when it is encrypted, damaged, has no pages, more
    than `limits.max_pages` (counted before any page is read) or streams that inflate past
    the limits (checked before either parser opens the file).

    `fast` (default: on unless $MOC_EXTRACT_PDF_SLOW is 1) takes every page's lines
    from pypdfium2 and opens pdfplumber only for pages that may hold a ruled table (or
    that pypdfium2 cannot read as pdfplumber would); the layout code is the same.
    """
    if fast is None:
        fast = os.environ.get(SLOW_ENV) != "1"
    limits = limits or Limits()
    # pdfium inflates object streams as it opens a file, and both parsers a page's content
    # whole as they load the page: the streams are measured before either opens it.
    check_pdf_streams(path, limits)
    builder = DocumentBuilder(path=display, format="pdf")
    quick = _open_fast(path) if fast else None
    plumber = _Plumber(path)
    try:
        # without pdfium, pdfplumber opens now: its errors name what is wrong with the file
        count = len(quick) if quick is not None else len(plumber.get().pages)
        check_pages(count, limits)
        pages = _scan(count, plumber, builder, quick)
    finally:
        plumber.close()
        if quick is not None:
            quick.close()
    builder.pages = len(pages)
    _mark_furniture(pages)
    geo = _geometry(pages)
    for page in pages:
        page.body = _body_items(page, geo)
    _join_over_pages(pages, geo)
    _emit(pages, builder, geo)
    return builder.build()


class _Plumber:
    """pdfplumber's view of the document, opened when a page first needs it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pdf: Any = None

    def get(self) -> Any:
        if self.pdf is None:
            self.pdf = _open(self.path)
        return self.pdf

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _open(path: Path) -> Any:
    try:
        pdf = pdfplumber.open(path)
        count = len(pdf.pages)
    except OSError as exc:  # the file itself, not its contents: no permission, gone
        raise os_error(exc) from exc
    except Exception as exc:  # pdfminer raises anything from KeyError to PSEOF
        if _is_encryption_error(exc):
            raise ReadError(
                "документ защищён паролем (зашифрован); снимите пароль и сохраните PDF заново",
                code="pdf.encrypted",
            ) from exc
        raise ReadError(
            "файл PDF повреждён или обрезан, прочитать его не удалось", code="pdf.corrupt"
        ) from exc
    if count == 0:
        pdf.close()
        raise ReadError("в файле PDF нет ни одной страницы", code="pdf.no_pages")
    return pdf


def _open_fast(path: Path) -> FastPages | None:
    try:
        quick = FastPages(path)
    except Exception:  # pdfplumber then opens it, and says what is wrong if it cannot
        return None
    if len(quick) == 0:
        quick.close()
        return None
    return quick


def _is_encryption_error(exc: BaseException | None) -> bool:
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, PDFPasswordIncorrect | PDFEncryptionError):
            return True
        # pdfplumber wraps pdfminer's exception as its first argument
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = inner or exc.__cause__ or exc.__context__
        seen += 1
    return False


# ---------------------------------------------------------------------------------------
# Pass 1: each page once


def _scan(
    count: int, plumber: _Plumber, builder: DocumentBuilder, quick: FastPages | None
) -> list[_Page]:
    pages: list[_Page] = []
    imageonly: list[int] = []
    failed = 0
    for number in range(1, count + 1):
        try:
            fast = quick.page(number - 1) if quick is not None else None
            scanned = _scan_fast(fast, number, builder) if fast is not None else None
            no_text = False
            if scanned is None:
                page = plumber.get().pages[number - 1]
                try:
                    scanned, no_text = _scan_page(page, number, builder, fast)
                finally:
                    page.close()
        except ReadError:
            raise
        except Exception:  # a broken content stream spoils one page, not the file
            failed += 1
            builder.warn(
                "pdf.page_failed",
                f"страница {number} повреждена и не прочитана",
                page=number,
            )
            scanned, no_text = _Page(number, _height(quick, number)), False
        pages.append(scanned)
        if no_text:
            imageonly.append(number)
    if failed == len(pages):
        raise ReadError("файл PDF повреждён: ни одна страница не прочитана", code="pdf.corrupt")
    if imageonly and len(imageonly) == len(pages):
        builder.warn("pdf.no_text_layer", _NO_TEXT)
    else:
        for number in imageonly:
            builder.warn("pdf.no_text_layer", f"стр. {number}: {_NO_TEXT}", page=number)
    return pages


def _height(quick: FastPages | None, number: int) -> float:
    try:
        return quick.height(number - 1) if quick is not None else 0.0
    except Exception:
        return 0.0


def _scan_fast(fast: FastPage, number: int, builder: DocumentBuilder) -> _Page | None:
    """A page that draws no paths, read by pypdfium2 alone; None: pdfplumber must."""
    if fast.drawn or not fast.visible:
        return None
    lines = _fast_lines(fast, number, builder)
    return None if lines is None else _Page(number, fast.height, lines)


def _fast_lines(
    fast: FastPage, number: int, builder: DocumentBuilder, boxes: list[Any] | None = None
) -> list[Line] | None:
    """pypdfium2's lines of a page outside `boxes` (its tables), in reading order, with
    the warning for glyphs it could not map; None when pdfplumber must give them."""
    lines = fast.lines([tuple(float(v) for v in b) for b in boxes or []])
    if lines is None:
        return None
    if fast.unmapped:
        _warn_cid(builder, number, fast.unmapped, fast.visible)
    return _sorted(lines)


def _scan_page(
    page: Any, number: int, builder: DocumentBuilder, fast: FastPage | None = None
) -> tuple[_Page, bool]:
    """Read one page; the flag says it is a picture without any text.

    `fast`, pypdfium2's runs of the page, gives the lines outside the tables when it
    can; otherwise pdfplumber's glyphs do.
    """
    out = _Page(number, float(page.height))
    chars = page.chars
    cid = sum(1 for c in chars if _is_cid(c))
    visible = sum(1 for c in chars if not c["text"].isspace())
    if visible == 0:
        return out, bool(page.images)
    if cid:
        page = page.filter(lambda o: not (o["object_type"] == "char" and _is_cid(o)))
    if _has_doubles(chars):
        page = page.dedupe_chars()
    tables = _find_tables(page)
    boxes = [t.bbox for t in tables]
    for table in tables:
        grid = _grid(table, number)
        if grid is not None:
            out.grids.append(grid)
    lines = None
    if fast is not None and fast.visible and abs(fast.height - out.height) < 0.01:
        lines = _fast_lines(fast, number, builder, boxes)
    if lines is not None:
        out.lines = lines
        return out, False
    if cid:
        _warn_cid(builder, number, cid, visible)
    if boxes:
        page = page.filter(lambda o: o["object_type"] != "char" or not _inside(o, boxes))
    out.lines = _lines(page)
    return out, False


def _has_doubles(chars: list[dict[str, Any]]) -> bool:
    """Whether some glyph is printed twice at (almost) one place, as fake bold is.

    pdfplumber's dedupe_chars costs a quarter of the reading time, so it runs only
    where this cheaper look finds a pair.
    """
    rows: dict[tuple[str, int], list[float]] = {}
    for c in chars:
        if not c["text"].isspace():
            rows.setdefault((c["text"], round(c["top"])), []).append(c["x0"])
    for (text, top), xs in rows.items():
        # the twin may sit just across a rounding boundary, in the next bucket
        near = sorted(xs + rows.get((text, top + 1), []))
        if len(near) > 1 and any(b - a < 1 for a, b in itertools.pairwise(near)):
            return True
    return False


def _is_cid(char: dict[str, Any]) -> bool:
    return str(char["text"]).startswith("(cid:")


def _warn_cid(builder: DocumentBuilder, number: int, cid: int, visible: int) -> None:
    if cid / visible >= CID_SHARE:
        message = (
            f"стр. {number}: текст набран шрифтом без таблицы символов (коды вида (cid:NN)), "
            f"не распознаны {cid} из {visible} знаков; страница почти не прочитана"
        )
    else:
        message = (
            f"стр. {number}: {cid} из {visible} знаков набраны шрифтом без таблицы символов "
            "(коды вида (cid:NN)) и пропущены"
        )
    builder.warn("pdf.cid_glyphs", message, page=number)


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


# ---------------------------------------------------------------------------------------
# Tables


def _find_tables(page: Any) -> list[Any]:
    if not (page.lines or page.rects or page.curves):
        return []
    found = [t for t in page.find_tables(_TABLE_SETTINGS) if len(t.cells) >= 2]
    return found or _rules_only_tables(page)


def _rules_only_tables(page: Any) -> list[Any]:
    """Tables drawn with horizontal rules only: three or more rules of one width."""
    rules = [e for e in page.edges if e["orientation"] == "h" and e["width"] > 100]
    extents = Counter((round(e["x0"] / 3), round(e["x1"] / 3)) for e in rules)
    found: list[Any] = []
    for (a, b), n in extents.items():
        if n < 3:
            continue
        same = [e for e in rules if (round(e["x0"] / 3), round(e["x1"] / 3)) == (a, b)]
        top = min(e["top"] for e in same)
        bottom = max(e["bottom"] for e in same)
        x0 = min(e["x0"] for e in same)
        x1 = max(e["x1"] for e in same)
        if bottom - top < 1:
            continue
        area = page.crop((x0, top - 0.5, x1, bottom + 0.5), strict=False)
        for t in area.find_tables(_RULES_ONLY_SETTINGS):
            cols = len({round(c[0]) for c in t.cells})
            if cols >= 2 and len(t.rows) >= 2:
                found.append(t)
    return found


def _grid(table: Any, number: int) -> _Grid | None:
    """A pdfplumber table as cells with rows, columns and spans."""
    texts = table.extract(x_tolerance=X_TOLERANCE)
    tops = _axis([c[1] for c in table.cells])
    lefts = _axis([c[0] for c in table.cells])
    cells: list[RawCell] = []
    for r, row in enumerate(table.rows):
        for k, bbox in enumerate(row.cells):
            if bbox is None:  # covered by a merged cell given once, at its top left
                continue
            x0, top, x1, bottom = bbox
            row_i = _position(tops, top)
            col_i = _position(lefts, x0)
            row_span = max(1, sum(1 for t in tops if top - 1 <= t < bottom - 1))
            col_span = max(1, sum(1 for x in lefts if x0 - 1 <= x < x1 - 1))
            text = _cell_text(texts[r][k] or "")
            cells.append(RawCell(text, row_i, col_i, row_span, col_span, page=number))
    if not cells:
        return None
    return _Grid(number, float(table.bbox[1]), lefts, cells, len(tops))


def _axis(values: Iterable[float], tolerance: float = 1.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tolerance:
            out.append(v)
    return out


def _position(axis: list[float], value: float) -> int:
    return min(range(len(axis)), key=lambda i: abs(axis[i] - value))


# A cell of one number a narrow column broke over lines: «54\n8», «4 80\n1».
_BROKEN_NUMBER = re.compile(r"^[\d \u00a0]*\d\n[\d\n \u00a0]*(?:[.,]\d+)?\s*%?$")


def _cell_text(text: str) -> str:
    if _BROKEN_NUMBER.match(text.strip()):
        return text.strip().replace("\n", "")
    # A narrow cell wraps words anywhere, with or without a hyphen: its lines are judged
    # together first, then what is left goes the way of any text's line ends.
    text = join_wrapped_words(_LINE_END_HYPHEN.sub("-", text), is_plausible_word)
    text = _dehyphenate(text)
    text = _SCHOOL_YEAR_BREAK.sub(_rejoin_school_year, text)
    text = _YEAR_BREAK.sub(_rejoin_year, text)
    return _DATE_BREAK.sub(_rejoin_date, text)


def _rejoin_school_year(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    second = len(head.split("/", 1)[1]) + len(tail)
    return head + tail if second in (2, 4) else f"{head}\n{tail}"


def _rejoin_year(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    return head + tail if len(head) + len(tail) == 4 else f"{head}\n{tail}"


def _rejoin_date(m: re.Match[str]) -> str:
    head, tail = m.group(1), m.group(2)
    year = len(head.rsplit(".", 1)[1]) + len(tail)
    return head + tail if year in (2, 4) else f"{head}\n{tail}"


# ---------------------------------------------------------------------------------------
# Lines of text


def _lines(page: Any) -> list[Line]:
    return _text_lines(page.extract_text_lines(return_chars=True, x_tolerance=X_TOLERANCE))


def _text_lines(raw_lines: list[dict[str, Any]]) -> list[Line]:
    out: list[Line] = []
    for raw in raw_lines:
        chars = [c for c in raw["chars"] if c["text"].strip()]
        text = raw["text"].strip()
        if not chars or not text:
            continue
        size = float(statistics.median(float(c["size"]) for c in chars))
        pieces = [(float(c["x0"]), float(c["x1"]), str(c["text"])) for c in chars]
        out.append(
            Line(
                text=text,
                x0=float(raw["x0"]),
                x1=float(raw["x1"]),
                top=float(raw["top"]),
                bottom=float(raw["bottom"]),
                size=round(size, 1),
                bold=all(is_bold(str(c.get("fontname", ""))) for c in chars),
                first_word=_first_word_width(chars),
                segments=segments(pieces, size),
                words=words(pieces),
                fonts=fonts(
                    [
                        (
                            float(c["x0"]),
                            float(c["x1"]),
                            round(float(c["size"]), 1),
                            is_bold(str(c.get("fontname", ""))),
                            float(c["top"]),
                            float(c["bottom"]),
                        )
                        for c in chars
                    ]
                ),
            )
        )
    return _sorted(out)


def _sorted(lines: list[Line]) -> list[Line]:
    return sorted(lines, key=lambda ln: (round(ln.top), ln.x0))


def _first_word_width(chars: list[dict[str, Any]]) -> float:
    chars = sorted(chars, key=lambda c: c["x0"])
    end = chars[0]["x1"]
    for prev, c in itertools.pairwise(chars):
        if c["x0"] - prev["x1"] > X_TOLERANCE:
            break
        end = c["x1"]
    return float(end - chars[0]["x0"])


# ---------------------------------------------------------------------------------------
# Page furniture


def _mark_furniture(pages: list[_Page]) -> None:
    """Move running headers, footers and page numbers out of the body lines."""
    repeated = _repeated_keys(pages)
    for page in pages:
        body: list[Line] = []
        for line in page.lines:
            zone = _zone(line, page.height)
            if zone and (
                _furniture_key(line, page.height, zone) in repeated or _PAGE_NUMBER.match(line.text)
            ):
                (page.header if zone == "top" else page.footer).append(line)
            else:
                body.append(line)
        page.lines = body


def _zone(line: Line, height: float) -> str | None:
    if line.bottom <= height * MARGIN_ZONE:
        return "top"
    if line.top >= height * (1 - MARGIN_ZONE):
        return "bottom"
    return None


def _furniture_key(line: Line, height: float, zone: str) -> tuple[str, str, int]:
    """Text with its numbers masked, and its distance from its page edge."""
    masked = re.sub(r"\d+", "#", " ".join(line.text.lower().split()))
    distance = line.top if zone == "top" else height - line.bottom
    return zone, masked, round(distance / 4)


def _repeated_keys(pages: list[_Page]) -> set[tuple[str, str, int]]:
    if len(pages) < 2:
        return set()
    seen: Counter[tuple[str, str, int]] = Counter()
    for page in pages:
        keys = set()
        for line in page.lines:
            zone = _zone(line, page.height)
            if zone:
                keys.add(_furniture_key(line, page.height, zone))
        seen.update(keys)
    need = max(2, math.ceil(len(pages) / 2))
    return {k for k, n in seen.items() if n >= need}


# ---------------------------------------------------------------------------------------
# Paragraphs


def _geometry(pages: list[_Page]) -> _Geometry:
    lines = [ln for p in pages for ln in p.lines]
    if not lines:
        return _Geometry(0.0, 0.0, 12.0, 6.0)
    lefts = Counter(round(ln.x0) for ln in lines)
    left = float(min(x for x, n in lefts.items() if n == max(lefts.values())))
    long = sorted(ln.x1 for ln in lines if len(ln.text) > 20) or sorted(ln.x1 for ln in lines)
    right = long[min(len(long) - 1, int(len(long) * 0.95))]
    sizes: Counter[float] = Counter()
    for ln in lines:
        sizes[ln.size] += len(ln.text)
    size = sizes.most_common(1)[0][0]
    gaps = [
        b.top - a.bottom
        for p in pages
        for a, b in zip(p.lines, p.lines[1:], strict=False)
        if 0 <= b.top - a.bottom < 3 * size
    ]
    gap = statistics.median(gaps) if gaps else size * 0.3
    return _Geometry(left, right, size, gap + 0.4 * size)


def _body_items(page: _Page, geo: _Geometry) -> list[_Para | _Grid]:
    """Paragraphs and tables of one page, top to bottom; a table ends a paragraph."""
    items: list[_Para | _Grid] = []
    run: list[Line] = []
    grids = sorted(page.grids, key=lambda g: g.top)
    for line in page.lines:
        while grids and grids[0].top <= line.top:
            items.extend(_text_items(run, page.number, geo))
            run = []
            items.append(grids.pop(0))
        run.append(line)
    items.extend(_text_items(run, page.number, geo))
    items.extend(grids)
    return items


def _text_items(lines: list[Line], page: int, geo: _Geometry) -> list[_Para | _Grid]:
    """Lines outside the ruled tables: paragraphs, and the tables drawn without rules
    (columns set far apart, see pdf_aligned)."""
    items: list[_Para | _Grid] = []
    at = 0
    for table in aligned_tables(lines):
        items.extend(_read_in_order(lines[at : table.first], page, geo))
        n_rows = max((c.row + c.row_span for c in table.cells), default=0)
        items.append(
            _Grid(
                page=page,
                top=lines[table.first].top,
                xs=table.xs,
                cells=table.cells,
                n_rows=n_rows,
                header_rows=table.header_rows,
            )
        )
        at = table.end
    items.extend(_read_in_order(lines[at:], page, geo))
    return items


def _read_in_order(lines: list[Line], page: int, geo: _Geometry) -> list[_Para]:
    """Paragraphs of lines outside tables, a page set in columns read column by column,
    each column with its own margins."""
    paras: list[_Para] = []
    column = False
    for region in reading_order(lines):
        more = _paragraphs(
            region.lines, page, _margins(region.lines, geo) if region.column else geo
        )
        # a paragraph that runs on from the foot of one column to the head of the next
        if column and region.column and paras and more and _runs_on(paras[-1], more[0]):
            paras[-1].lines.extend(more.pop(0).lines)
        paras.extend(more)
        column = region.column
    return _tiles([p for para in paras for p in _side_by_side(para)], geo)


def _side_by_side(para: _Para) -> list[_Para]:
    """A line of several label-and-figure groups set far apart («9 120 ₽    Выдано:
    10 476    Используются для записи: 7 833», «2023 год: 80,9 %    Ленинградская
    область: 79,4 %»), as one paragraph per group: each figure with its own words. Only
    when two groups or more hold words and a number: a label and its one figure far to
    the right («Охват детей, %        81,2») or a table's row stay together."""
    if len(para.lines) != 1 or (para.heading and all(ln.bold for ln in para.lines)):
        return [para]
    line = para.lines[0]
    labelled = sum(1 for *_, t in line.segments if _DIGIT.search(t) and _LETTER.search(t))
    if len(line.segments) < 2 or labelled < 2:
        return [para]  # («Педагогические работники   14   318»: a table's row, kept whole)
    out = []
    for x0, x1, _ in line.segments:
        piece = part(line, x0, x1)
        if piece is not None:
            out.append(_Para(para.page, [piece]))
    return out or [para]


def _runs_on(prev: _Para, nxt: _Para) -> bool:
    if prev.heading or nxt.heading or nxt.label is not None:
        return False
    last, first = prev.lines[-1], nxt.lines[0]
    if abs(last.size - first.size) > 1 or _SENTENCE_END.search(last.text):
        return False
    # (a line that stops on a dash, a comma, a preposition goes on, as within a column:
    # «Доля детей, обучающихся по сертификатам ПФДО, –» / «0,27 (норматив области …)»)
    return first.text[:1].islower() or bool(_OPEN_END.search(last.text))


def _margins(lines: list[Line], geo: _Geometry) -> _Geometry:
    """The measures of one column: its own left and right edges, the page's type."""
    lefts = Counter(round(ln.x0) for ln in lines)
    left = float(min(x for x, n in lefts.items() if n == max(lefts.values())))
    ends = sorted(ln.x1 for ln in lines)
    right = ends[min(len(ends) - 1, int(len(ends) * 0.95))]
    return _Geometry(left, right, geo.size, geo.para_gap)


def _tiles(paras: list[_Para], geo: _Geometry) -> list[_Para]:
    """Figures set large with their labels in smaller type just above or below, as
    slides and infographics show them («2 974» over «ребёнка занимаются в объединениях»,
    «номинал сертификата» over «14 640 руб.»), each joined with its label into one
    paragraph. Several figures on one line are tiles side by side, each with the label
    over or under it. A label above that ends with a colon leads to the figure below it;
    otherwise the label below a figure is its own."""
    joined: dict[int, list[_Para]] = {}
    taken: set[int] = set()
    for k, para in enumerate(paras):
        pieces = _figure_pieces(para)
        if not pieces:
            continue
        first, last = para.lines[0], para.lines[-1]
        above = _label_para(paras, k - 1, taken, first, geo, above=True)
        below = _label_para(paras, k + 1, taken, last, geo, above=False)
        out: list[_Para] = []
        for row, piece in pieces:
            over = (
                above
                if above is not None and row == 0 and _overlaps(piece, paras[above].lines[-1])
                else None
            )
            under = (
                below
                if below is not None
                and row == len(para.lines) - 1
                and _overlaps(piece, paras[below].lines[0])
                else None
            )
            if over is not None and (under is None or paras[over].lines[-1].text.endswith(":")):
                taken.add(over)
                above = None
                out.append(_Para(para.page, [*paras[over].lines, piece]))
            elif under is not None:
                taken.add(under)
                below = None
                out.append(_Para(para.page, [piece, *paras[under].lines], paras[under].label))
            else:
                out.append(_Para(para.page, [piece], heading=para.heading, level=para.level))
        joined[k] = out
    result: list[_Para] = []
    for k, para in enumerate(paras):
        if k in taken:
            continue
        result.extend(joined.get(k, [para]))
    return result


def _figure_pieces(para: _Para) -> list[tuple[int, Line]]:
    """The figures of a paragraph that holds figures only, one per tile, with the index
    of the line each stands on (figures stacked on lines of their own, or side by side)."""
    out: list[tuple[int, Line]] = []
    for row, line in enumerate(para.lines):
        if not line.segments:
            if not is_figure(line.text):
                return []
            out.append((row, line))
            continue
        if not all(is_figure(text) for _, _, text in line.segments):
            return []
        for x0, x1, _ in line.segments:
            piece = part(line, x0, x1)
            if piece is not None:
                out.append((row, piece))
    return out


def _label_para(
    paras: list[_Para], k: int, taken: set[int], big: Line, geo: _Geometry, *, above: bool
) -> int | None:
    """Index of the paragraph next to a figure's line that can be its label, or None."""
    if k < 0 or k >= len(paras) or k in taken:
        return None
    label = paras[k]
    # on a slide every line may be larger than the deck's smallest type, and so a
    # heading; a label is set in plain type all the same
    if (label.heading and all(ln.bold for ln in label.lines)) or _figure_pieces(label):
        return None
    if _OPENS_WITH_FIGURE.match(label.lines[0].text) or _STATES_FIGURE.search(label.lines[-1].text):
        return None  # words with a figure of their own («Выдано: 10 476») label no other
    near = label.lines[-1] if above else label.lines[0]
    gap = big.top - near.bottom if above else near.top - big.bottom
    if not 0 <= gap <= 2 * max(geo.size, near.size) or near.size >= big.size:
        return None
    return k


def _overlaps(a: Line, b: Line) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0


def _paragraphs(lines: list[Line], page: int, geo: _Geometry) -> list[_Para]:
    paras: list[_Para] = []
    current: _Para | None = None
    for line in lines:
        label = _label(line.text)
        if current is not None and _continues(current, line, label, geo):
            current.lines.append(line)
            continue
        current = _Para(page, [line], label)
        paras.append(current)
    for para in paras:
        _classify(para, geo)
    return paras


def _label(text: str) -> str | None:
    m = _MARKER.match(text)
    return m.group("label") if m else None


def _continues(para: _Para, line: Line, label: str | None, geo: _Geometry) -> bool:
    """Whether `line` goes on with the paragraph or list item above it."""
    prev = para.lines[-1]
    if line.top - prev.bottom > geo.para_gap or abs(line.size - prev.size) > 1:
        return False
    if line.bold != prev.bold:
        return False
    if line.bold:  # a heading set over several lines, often centred
        return label is None
    if label is not None and (_closed(prev, line, geo) or _LIST_END.search(prev.text)):
        return False
    # A line that opens in lower case after one that ends no sentence goes on with it,
    # however much room the line above left (a narrow column under a wide masthead): a
    # Russian paragraph never opens in lower case.
    # So does any line after one that stops on a comma, a dash, a preposition or a
    # conjunction («… включая Выскатскую и» / «Загривскую, …»).
    goes_on = not _SENTENCE_END.search(prev.text) and (
        line.text[:1].islower() or bool(_OPEN_END.search(prev.text))
    )
    if (
        _closed(prev, line, geo)
        and not goes_on
        and not (line.text[:1].isdigit() and not _SENTENCE_END.search(prev.text))
    ):
        # (a number whose groups a no-break space holds together, «6 118 детей», goes
        # to the next line whole, however short its first group)
        return False
    # Lines of a paragraph start at the margin; a list item's second line may start
    # further right, under the item's text.
    hanging = para.label is not None and len(para.lines) == 1
    return hanging or line.x0 <= prev.x0 + 0.6 * geo.size


def _closed(prev: Line, line: Line, geo: _Geometry) -> bool:
    """A line that stopped although the next line's first word would have fitted."""
    room = geo.right - prev.x1
    return room > line.first_word + 0.5 * line.size


def _classify(para: _Para, geo: _Geometry) -> None:
    bullet = para.label is not None and not para.label[:1].isalnum()
    if bullet or _STATES_FIGURE.search(para.lines[-1].text):
        return  # a bulleted item, or a label and its figure («• охват – 84 %»): no title
    text_len = sum(len(ln.text) for ln in para.lines)
    bigger = all(ln.size >= geo.size + 1.5 for ln in para.lines)
    bold = all(ln.bold for ln in para.lines)
    if (bigger or bold) and text_len <= 300:
        para.heading = True
        para.level = 1 if bigger else 2
        para.label = None


def _continues_over_page(prev: _Para, nxt: _Para, geo: _Geometry) -> bool:
    if prev.heading or nxt.heading or nxt.label is not None:
        return False
    last, first = prev.lines[-1], nxt.lines[0]
    if abs(last.size - first.size) > 1 or last.bold != first.bold:
        return False
    if _closed(last, first, geo) or _SENTENCE_END.search(last.text):
        return False
    at_margin = first.x0 <= geo.left + 0.6 * geo.size
    under_item = prev.label is not None and abs(first.x0 - last.x0) <= 2
    return at_margin or under_item


# ---------------------------------------------------------------------------------------
# Across page breaks


def _join_over_pages(pages: list[_Page], geo: _Geometry) -> None:
    """Join a paragraph or a table that runs on from one page to the next."""
    last: _Para | _Grid | None = None
    for page in pages:
        if page.body and last is not None:
            first = page.body[0]
            if isinstance(last, _Para) and isinstance(first, _Para):
                if _continues_over_page(last, first, geo):
                    last.lines.extend(first.lines)
                    page.body.pop(0)
            elif (
                isinstance(last, _Grid) and isinstance(first, _Grid) and _same_columns(last, first)
            ):
                _append_grid(last, first)
                page.body.pop(0)
            elif isinstance(last, _Grid) and isinstance(first, _Para):
                # a table without rules whose last row or two went over the page: too
                # few lines there to be found as a table, set on its columns
                taken = _rows_on_columns(last, first.lines, page.number)
                if taken:
                    del first.lines[:taken]
                    if not first.lines:
                        page.body.pop(0)
        # a page left empty (furniture only, or wholly a continuation) keeps `last`:
        # the table may go on over the next page too
        if page.body:
            last = page.body[-1]


_MAX_REPEATED = 4


def _rows_on_columns(grid: _Grid, lines: list[Line], page: int) -> int:
    """Add to `grid` the leading `lines` whose pieces stand at its columns' left edges, one
    piece at the first and a figure or more after it («Педагогические работники   14
    318»); how many lines were added."""
    width = max((c.col + c.col_span for c in grid.cells), default=0)
    if len(grid.xs) != width or width < 2:
        return 0
    rows: list[list[RawCell]] = []
    for line in lines:
        cols = [_column_at(grid.xs, x0) for x0, _, _ in line.segments]
        if len(cols) < 2 or cols[0] != 0 or None in cols or len(set(cols)) != len(cols):
            break
        if not all(is_figure(t) for _, _, t in line.segments[1:]):
            break
        r = grid.n_rows + len(rows)
        rows.append(
            [
                RawCell(text, r, col, page=page)
                for (_, _, text), col in zip(line.segments, cols, strict=True)
                if col is not None
            ]
        )
    for row in rows:
        grid.cells.extend(row)
    grid.n_rows += len(rows)
    return len(rows)


# Points two left edges may differ by and stand for one column, across a page break.
_SAME_COLUMN = 2.5


def _column_at(xs: list[float], x0: float) -> int | None:
    return next((k for k, x in enumerate(xs) if abs(x - x0) <= _SAME_COLUMN), None)


def _same_columns(a: _Grid, b: _Grid) -> bool:
    return len(a.xs) == len(b.xs) and all(
        abs(x - y) <= _SAME_COLUMN for x, y in zip(a.xs, b.xs, strict=True)
    )


def _append_grid(first: _Grid, more: _Grid) -> None:
    """Add a continuation's rows, without the header rows it repeats (at most the
    deepest header the table model takes, and the numbers row under it)."""
    repeated = 0
    for r in range(min(_MAX_REPEATED, more.n_rows - 1, first.n_rows)):
        if more.row_texts(r) != first.row_texts(r):
            break
        repeated = r + 1
    if repeated and any(c.row < repeated < c.row + c.row_span for c in more.cells):
        repeated = 0  # a merged cell runs out of the would-be header: keep it whole
    offset = first.n_rows - repeated
    for c in more.cells:
        if c.row >= repeated:
            c.row += offset
            first.cells.append(c)
    first.n_rows += more.n_rows - repeated
    first.header_rows = max(first.header_rows, repeated)


# ---------------------------------------------------------------------------------------
# Output


def _emit(pages: list[_Page], builder: DocumentBuilder, geo: _Geometry) -> None:
    tables = 0
    for page in pages:
        where = Location(page=page.number)
        if page.header:
            builder.add_text(_plain(page.header), part=Part.header, location=where)
        for item in page.body:
            if isinstance(item, _Grid):
                if any(c.text.strip() for c in item.cells):
                    builder.add_table(
                        item.cells,
                        header_rows=item.header_rows,
                        location=Location(page=item.page, table=tables),
                    )
                    tables += 1
                continue
            kind = BlockKind.paragraph
            if item.heading:
                kind = BlockKind.heading
            elif item.label is not None:
                kind = BlockKind.list_item
            builder.add_text(
                _dehyphenate("\n".join(ln.text for ln in item.lines)),
                kind=kind,
                label=item.label,
                level=item.level,
                location=Location(page=item.page),
            )
        if page.footer:
            builder.add_text(_plain(page.footer), part=Part.footer, location=where)


def _plain(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines)


def _dehyphenate(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """Join words the typesetter broke at line ends; keep the hyphens of compounds."""
    text = _LINE_END_HYPHEN.sub("-", text)
    text = join_hyphenated(text, is_word or _is_word)
    return _KEPT_HYPHEN.sub("-", text)


def _is_word(word: str) -> bool:
    """A dictionary word, or the first half of a compound adjective («туристско-»),
    which the dictionary does not list on its own."""
    if is_known_word(word):
        return True
    if len(word) >= 2 and (word.isupper() or word.isascii()):
        return True  # «IT-каникулы», «ВКС-трансляция»: abbreviations keep their hyphen
    low = word.lower()
    if len(low) > 4 and low[-1] in "ое":
        return any(is_known_word(low[:-1] + end) for end in ("ий", "ый", "ой"))
    return False
