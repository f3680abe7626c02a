"""Reads .docx files: the body as a reader sees it, then headers and footers.

python-docx opens the package and resolves its parts; the body itself is walked here,
element by element, because python-docx's `.paragraphs` / `.tables` lose the order in
which paragraphs and tables alternate, repeat merged cells once per spanned column, and
do not see content controls, text boxes or list numbers at all.

A package python-docx refuses (a missing style sheet, a broken header, a dangling
relationship) is read part by part instead, with a `docx.damaged_package` warning: Word
opens such files, so the analyst should get their text too.

Locations: a body paragraph gets `Location(paragraph=i)`, i counting every paragraph at
body level (empty ones and those inside block content controls too, not those in table
cells), as Word counts them; text-box paragraphs point at the paragraph that anchors the
box. Tables get `Location(table=k)` in the order they are emitted: a nested table right
after its parent. Headers and footers carry `part` but no index.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from extractor.document import BlockKind, Document, Location, Part
from extractor.errors import ReadError, os_error
from extractor.read.builder import DocumentBuilder, RawCell
from extractor.read.limits import (
    DOCX,
    PARAGRAPHS_PER_TEXT_MB,
    XML_PARSER,
    Limits,
    check_markup,
    check_zip,
    count_text,
    size_text,
    too_large,
)

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted .docx is an OLE container holding these streams (names are UTF-16 in the
# container's directory), whatever its extension says.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


P, TBL, TR, TC, R, T = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("r"), _w("t")
SDT, SDT_CONTENT, CUSTOM_XML = _w("sdt"), _w("sdtContent"), _w("customXml")
TXBX = _w("txbxContent")
ALT_CONTENT = f"{{{_MC}}}AlternateContent"
MC_CHOICE, MC_FALLBACK = f"{{{_MC}}}Choice", f"{{{_MC}}}Fallback"
# Containers whose children are read as if they stood in the paragraph itself.
_INLINE_WRAPPERS = {
    _w(t)
    for t in ("hyperlink", "smartTag", "ins", "moveTo", "customXml", "dir", "bdo", "fldSimple")
}
_PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "zapf")
_KEPT_BULLETS = "–—-•◦▪■●○►✓"


# ---------------------------------------------------------------------------------------
# Small XML helpers


def _val(parent: etree._Element | None, tag: str) -> str | None:
    """`w:val` of the child `tag`, or None when the child is absent."""
    if parent is None:
        return None
    child = parent.find(_w(tag))
    return None if child is None else child.get(_w("val"))


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _on(parent: etree._Element | None, tag: str) -> bool:
    """A toggle property (`<w:vanish/>`, `<w:tblHeader w:val="1"/>`) that is switched on."""
    if parent is None:
        return False
    child = parent.find(_w(tag))
    if child is None:
        return False
    return child.get(_w("val"), "true").lower() not in ("0", "false", "off")


# ---------------------------------------------------------------------------------------
# Styles: what makes a paragraph a heading or a list item when it does not say so itself


@dataclass
class _Style:
    name: str = ""
    based_on: str | None = None
    outline: int | None = None
    num_id: int | None = None
    ilvl: int | None = None


_HEADING_NAME = re.compile(r"^(?:heading|заголовок)\s*(\d)$", re.IGNORECASE)
_TITLE_NAMES = {"title", "название", "заголовок"}


class _Styles:
    def __init__(self, root: etree._Element | None) -> None:
        self._styles: dict[str, _Style] = {}
        self.default_id: str | None = None
        if root is None:
            return
        for st in root.iter(_w("style")):
            kind = st.get(_w("type"), "paragraph")
            # Numbering styles matter too: a list may live in one (w:numStyleLink).
            if kind not in ("paragraph", "numbering"):
                continue
            sid = st.get(_w("styleId")) or ""
            ppr = st.find(_w("pPr"))
            num = ppr.find(_w("numPr")) if ppr is not None else None
            self._styles[sid] = _Style(
                name=(_val(st, "name") or "").strip(),
                based_on=_val(st, "basedOn"),
                outline=_int(_val(ppr, "outlineLvl")),
                num_id=_int(_val(num, "numId")),
                ilvl=_int(_val(num, "ilvl")),
            )
            if kind == "paragraph" and st.get(_w("default")) in ("1", "true", "on"):
                self.default_id = sid

    def chain(self, style_id: str | None, *, fallback: bool = True) -> Iterator[tuple[str, _Style]]:
        """The style and the styles it is based on, nearest first (loops cut); a paragraph
        without a known style has the default one."""
        seen: set[str] = set()
        sid = style_id if style_id in self._styles or not fallback else self.default_id
        while sid is not None and sid in self._styles and sid not in seen:
            seen.add(sid)
            yield sid, self._styles[sid]
            sid = self._styles[sid].based_on

    def heading_level(self, style_id: str | None) -> int | None:
        """Heading level from the style name or its outline level; Title is level 0."""
        for _, st in self.chain(style_id):
            m = _HEADING_NAME.match(st.name)
            if m:
                return int(m.group(1))
            if st.name.lower() in _TITLE_NAMES:
                return 0
            if st.outline is not None:
                return st.outline + 1 if st.outline < 9 else None
        return None

    def numbering(
        self, style_id: str | None, *, fallback: bool = True
    ) -> tuple[str | None, int | None, int | None]:
        """(style id that carries numbering, numId, ilvl) inherited through basedOn."""
        for sid, st in self.chain(style_id, fallback=fallback):
            if st.num_id is not None:
                return sid, st.num_id, st.ilvl
        return None, None, None


# ---------------------------------------------------------------------------------------
# Numbering: the labels ("1.", "а)", "–") Word draws in front of list paragraphs


@dataclass
class _Level:
    start: int = 0
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None  # 1-based level whose use restarts this one; 0 = never
    legal: bool = False
    font: str = ""
    style: str | None = None


def _parse_level(lvl: etree._Element) -> _Level:
    rfonts = lvl.find(f"{_w('rPr')}/{_w('rFonts')}")
    font = ""
    if rfonts is not None:
        font = rfonts.get(_w("ascii")) or rfonts.get(_w("hAnsi")) or rfonts.get(_w("cs")) or ""
    text_el = lvl.find(_w("lvlText"))
    fmt = _val(lvl, "numFmt") or "decimal"
    if lvl.find(_w("lvlPicBulletId")) is not None:
        fmt = "bullet"
    return _Level(
        start=_int(_val(lvl, "start"), 0) or 0,
        fmt=fmt,
        text=None if text_el is None else (text_el.get(_w("val")) or ""),
        restart=_int(_val(lvl, "lvlRestart")),
        legal=_on(lvl, "isLgl"),
        font=font,
        style=_val(lvl, "pStyle"),
    )


@dataclass
class _Num:
    abstract: int
    levels: dict[int, _Level] = field(default_factory=dict)  # overridden whole levels
    starts: dict[int, int] = field(default_factory=dict)  # startOverride per level


_RU_LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"  # Word's russianLower skips ё й ъ ы ь
_ROMAN = tuple(
    zip(
        (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1),
        ("m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"),
        strict=True,
    )
)


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa, bb, ... (the letter repeated)."""
    if n < 1:
        return str(n)
    return alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)


def _roman(n: int) -> str:
    if n < 1:
        return str(n)
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _format_number(n: int, fmt: str) -> str:
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n, "abcdefghijklmnopqrstuvwxyz")
    if fmt == "upperLetter":
        return _letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    if fmt == "russianLower":
        return _letters(n, _RU_LETTERS)
    if fmt == "russianUpper":
        return _letters(n, _RU_LETTERS.upper())
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    return str(n)  # decimal and the exotic formats a Russian report does not use


def _bullet_text(text: str, font: str) -> str:
    """A bullet as seen on screen: glyphs from symbol fonts are drawn as "•"."""
    symbolic = font.lower().startswith(_SYMBOL_FONTS)
    out = []
    for ch in text:
        if ch in _KEPT_BULLETS:
            out.append(ch)
        elif ch == "·" or 0xF000 <= ord(ch) <= 0xF0FF or (symbolic and not ch.isspace()):
            out.append("•")
        else:
            out.append(ch)
    return "".join(out)


class _Numbering:
    """Word's list counters, kept per abstract definition as Word keeps them."""

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self._abstract: dict[int, dict[int, _Level]] = {}
        self._style_link: dict[int, str] = {}
        self._nums: dict[int, _Num] = {}
        self._styles = styles
        self._counters: dict[int, dict[int, int]] = {}
        self._used: set[int] = set()
        if root is None:
            return
        for an in root.findall(_w("abstractNum")):
            aid = _int(an.get(_w("abstractNumId")))
            if aid is None:
                continue
            self._abstract[aid] = {
                _int(lvl.get(_w("ilvl")), 0) or 0: _parse_level(lvl)
                for lvl in an.findall(_w("lvl"))
            }
            link = _val(an, "numStyleLink")
            if link:
                self._style_link[aid] = link
        for num in root.findall(_w("num")):
            nid, aid = _int(num.get(_w("numId"))), _int(_val(num, "abstractNumId"))
            if nid is None or aid is None:
                continue
            entry = _Num(abstract=aid)
            for ov in num.findall(_w("lvlOverride")):
                ilvl = _int(ov.get(_w("ilvl")), 0) or 0
                start = _int(_val(ov, "startOverride"))
                if start is not None:
                    entry.starts[ilvl] = start
                lvl = ov.find(_w("lvl"))
                if lvl is not None:
                    entry.levels[ilvl] = _parse_level(lvl)
            self._nums[nid] = entry

    def _resolve_abstract(self, aid: int) -> int:
        """Follow numStyleLink: the definition lives with the numbering style."""
        for _ in range(4):
            link = self._style_link.get(aid)
            if link is None:
                break
            _, nid, _ = self._styles.numbering(link, fallback=False)
            target = self._nums.get(nid) if nid is not None else None
            if target is None or target.abstract == aid:
                break
            aid = target.abstract
        return aid

    def level_for_style(self, num_id: int, style_id: str) -> int | None:
        """The level whose `w:pStyle` names the paragraph's style, if any."""
        num = self._nums.get(num_id)
        if num is None:
            return None
        levels = self._abstract.get(self._resolve_abstract(num.abstract), {})
        for ilvl, lvl in levels.items():
            if lvl.style == style_id:
                return ilvl
        return None

    def _level(self, num: _Num, aid: int, ilvl: int) -> _Level | None:
        return num.levels.get(ilvl) or self._abstract.get(aid, {}).get(ilvl)

    def label(self, num_id: int, ilvl: int) -> str | None:
        """Advance the counters for one list paragraph and return its label.

        None when the numbering is missing or the level draws nothing.
        """
        num = self._nums.get(num_id)
        if num is None:
            return None
        aid = self._resolve_abstract(num.abstract)
        level = self._level(num, aid, ilvl)
        if level is None:
            return None
        counters = self._advance(num_id, num, aid, ilvl)
        if level.fmt == "bullet":
            return _bullet_text(level.text or "", level.font) or None
        template = level.text if level.text is not None else f"%{ilvl + 1}."

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl = self._level(num, aid, k)
            value = counters.get(k, self._start(num, aid, k))
            fmt = "decimal" if level.legal else (lvl.fmt if lvl is not None else "decimal")
            return _format_number(value, fmt)

        return re.sub(r"%([1-9])", number, template) or None

    def _start(self, num: _Num, aid: int, ilvl: int) -> int:
        if ilvl in num.starts:
            return num.starts[ilvl]
        lvl = self._level(num, aid, ilvl)
        return lvl.start if lvl is not None else 1

    def _advance(self, num_id: int, num: _Num, aid: int, ilvl: int) -> dict[int, int]:
        """Count one more item at `ilvl`; deeper levels start again unless told not to."""
        counters = self._counters.setdefault(aid, {})
        if num_id not in self._used:
            # A numbering instance that restarts its list does so when first used.
            self._used.add(num_id)
            for lvl in num.starts:
                counters.pop(lvl, None)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else self._start(num, aid, ilvl)
        for deeper in [k for k in counters if k > ilvl]:
            lvl = self._level(num, aid, deeper)
            # w:lvlRestart names the (1-based) level whose use restarts this one; 0 = never.
            restart = lvl.restart if lvl is not None and lvl.restart is not None else deeper
            if ilvl < restart:
                del counters[deeper]
        return counters


# ---------------------------------------------------------------------------------------
# The walk


@dataclass(frozen=True)
class _Ctx:
    """Where the blocks being read live."""

    part: Part = Part.body
    origin: str | None = None
    counted: bool = True  # paragraphs get the next body paragraph index
    anchor: int | None = None  # text boxes: the index of the anchoring paragraph
    placeholder: bool = False  # a content control still showing its prompt text


@dataclass
class _Field:
    """A complex field being read: its instruction, then (after `separate`) its result."""

    instruction: str = ""
    in_result: bool = False


@dataclass
class _Inline:
    """What one paragraph's runs give: text pieces and the text boxes anchored there."""

    pieces: list[str] = field(default_factory=list)
    boxes: list[etree._Element] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)  # open fields, outermost first

    def visible(self) -> bool:
        """Text shows unless it is a field's code or a page number's stored result."""
        return all(
            f.in_result and _field_name(f.instruction) not in _PAGE_FIELDS for f in self.fields
        )


def _field_name(instr: str) -> str:
    words = instr.split()
    return words[0].upper() if words else ""


class _Reader:
    def __init__(self, package: _Package, display: str) -> None:
        self._pkg = package
        self.builder = DocumentBuilder(path=display, format="docx")
        for code, message in package.warnings:
            self.builder.warn(code, message)
        self._styles = _Styles(package.styles)
        self._numbering = _Numbering(package.numbering, self._styles)
        self._paragraphs = 0
        self._tables = 0

    def read(self) -> Document:
        body = self._pkg.body
        self._blocks(body, _Ctx())
        if body.find(f".//{_w('altChunk')}") is not None:
            self.builder.warn(
                "docx.alt_chunk",
                "часть документа вставлена как внедрённый фрагмент (altChunk) и не прочитана",
            )
        self._headers_footers(body)
        document = self.builder.build()
        if not document.body():
            self.builder.warn(
                "docx.no_text",
                "в документе не найден текст (возможно, страницы вставлены картинками)",
            )
            document = self.builder.build()
        return document

    # -- block level ---------------------------------------------------------------------

    def _blocks(self, container: etree._Element, ctx: _Ctx) -> None:
        for el in container:
            tag = el.tag
            if tag == P:
                self._paragraph(el, ctx)
            elif tag == TBL:
                self._table(el, ctx)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    sdt_ctx = replace(
                        ctx,
                        origin=ctx.origin or "sdt",
                        placeholder=ctx.placeholder or _on(el.find(_w("sdtPr")), "showingPlcHdr"),
                    )
                    self._blocks(content, sdt_ctx)
            elif tag == CUSTOM_XML:
                self._blocks(el, ctx)
            elif tag == ALT_CONTENT:
                branch = _branch(el)
                if branch is not None:
                    self._blocks(branch, ctx)

    def _paragraph(self, p: etree._Element, ctx: _Ctx) -> None:
        index = ctx.anchor
        if ctx.counted:
            index = self._paragraphs
            self._paragraphs += 1
        inline = _Inline()
        self._inline(p, inline)
        kind, level, label = self._paragraph_kind(p)
        if not ctx.placeholder:
            self.builder.add_text(
                "".join(inline.pieces),
                kind=kind,
                location=Location(paragraph=index) if index is not None else Location(),
                part=ctx.part,
                level=level,
                label=label,
                origin=ctx.origin,
                keep_lines=kind is not BlockKind.list_item,
            )
        self._boxes(inline.boxes, ctx, index)

    def _boxes(self, boxes: list[etree._Element], ctx: _Ctx, anchor: int | None) -> None:
        for box in boxes:
            self._blocks(box, replace(ctx, origin="textbox", counted=False, anchor=anchor))

    def _paragraph_kind(self, p: etree._Element) -> tuple[BlockKind, int | None, str | None]:
        ppr = p.find(_w("pPr"))
        style_id = _val(ppr, "pStyle")
        outline = _int(_val(ppr, "outlineLvl"))
        if outline is not None:
            heading = outline + 1 if outline < 9 else None
        else:
            heading = self._styles.heading_level(style_id)
        label, ilvl = self._list_label(ppr, style_id)
        if heading is not None:
            return BlockKind.heading, heading, label
        if label is not None:
            return BlockKind.list_item, ilvl, label
        return BlockKind.paragraph, None, None

    def _list_label(
        self, ppr: etree._Element | None, style_id: str | None
    ) -> tuple[str | None, int | None]:
        num_pr = ppr.find(_w("numPr")) if ppr is not None else None
        num_id = _int(_val(num_pr, "numId"))
        ilvl = _int(_val(num_pr, "ilvl"))
        if num_id is None:
            num_style, num_id, style_ilvl = self._styles.numbering(style_id)
            if num_id is None:
                return None, None
            if ilvl is None:
                ilvl = style_ilvl
            if ilvl is None and num_style is not None:
                ilvl = self._numbering.level_for_style(num_id, num_style)
        if num_id == 0:  # numbering switched off on this paragraph
            return None, None
        ilvl = min(max(ilvl or 0, 0), 8)
        return self._numbering.label(num_id, ilvl), ilvl

    # -- inline level --------------------------------------------------------------------

    def _inline(self, el: etree._Element, out: _Inline) -> None:
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, out)
            elif tag in _INLINE_WRAPPERS:
                if tag == _w("fldSimple") and _field_name(child.get(_w("instr"), "")) in (
                    _PAGE_FIELDS
                ):
                    continue
                self._inline(child, out)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None and not _on(child.find(_w("sdtPr")), "showingPlcHdr"):
                    self._inline(content, out)
            elif tag == ALT_CONTENT:
                branch = _branch(child)
                if branch is not None:
                    self._inline(branch, out)
            elif tag in (f"{{{_M}}}oMath", f"{{{_M}}}oMathPara"):
                out.pieces.append("".join(t.text or "" for t in child.iter(f"{{{_M}}}t")))

    def _run(self, run: etree._Element, out: _Inline) -> None:
        hidden = _on(run.find(_w("rPr")), "vanish")
        for child in run:
            tag = child.tag
            if tag == _w("fldChar"):
                kind = child.get(_w("fldCharType"))
                if kind == "begin":
                    out.fields.append(_Field())
                elif kind == "separate" and out.fields:
                    out.fields[-1].in_result = True
                elif kind == "end" and out.fields:
                    out.fields.pop()
                continue
            if tag == _w("instrText"):
                if out.fields and not out.fields[-1].in_result:
                    out.fields[-1].instruction += child.text or ""
                continue
            if tag in (_w("drawing"), _w("pict"), _w("object"), ALT_CONTENT):
                _find_boxes(child, out.boxes)
                continue
            if tag == _w("ruby"):
                base = child.find(_w("rubyBase"))
                if base is not None:
                    self._inline(base, out)
                continue
            if hidden or not out.visible():
                continue
            piece = _run_piece(child)
            if piece:
                out.pieces.append(piece)

    # -- tables --------------------------------------------------------------------------

    def _table(self, tbl: etree._Element, ctx: _Ctx, caption: str = "") -> None:
        index: int | None = None
        if ctx.part is Part.body:
            index = self._tables
            self._tables += 1
        nested: list[tuple[etree._Element, int]] = []
        boxes: list[etree._Element] = []
        cells = self._grid(tbl, nested, boxes)
        self.builder.add_table(
            cells,
            header_rows=_marked_header_rows(tbl),
            location=Location(table=index) if index is not None else Location(),
            part=ctx.part,
            origin=ctx.origin,
            caption=caption,
        )
        inner = replace(ctx, origin="nested-table", counted=False, anchor=None)
        for child, row in nested:
            # what the nested table is about: the words of its row in this one
            label = " ".join(c.text for c in cells if c.row == row and c.text)
            self._table(child, inner, label)
        self._boxes(boxes, ctx, ctx.anchor)

    def _grid(
        self,
        tbl: etree._Element,
        nested: list[tuple[etree._Element, int]],
        boxes: list[etree._Element],
    ) -> list[RawCell]:
        """Cells on the real grid: a merged cell once, with its row and column spans."""
        cells: list[RawCell] = []
        covering: dict[int, RawCell] = {}  # grid column -> the cell occupying it above
        for r, tr in enumerate(_rows(tbl)):
            trpr = tr.find(_w("trPr"))
            col = _int(_val(trpr, "gridBefore"), 0) or 0
            last: RawCell | None = None
            for tc in _children(tr, TC):
                tcpr = tc.find(_w("tcPr"))
                span = max(_int(_val(tcpr, "gridSpan"), 1) or 1, 1)
                vmerge = tcpr.find(_w("vMerge")) if tcpr is not None else None
                hmerge = tcpr.find(_w("hMerge")) if tcpr is not None else None
                if vmerge is not None and vmerge.get(_w("val"), "continue") == "continue":
                    above = covering.get(col)
                    if above is not None and above.col == col and above.row + above.row_span == r:
                        above.row_span += 1
                        self._cell_text(tc, nested, boxes, r)  # nested content is still read
                        col += span
                        continue
                continues_left = hmerge is not None and hmerge.get(_w("val"), "") != "restart"
                if continues_left and last is not None:
                    last.col_span += span
                    for k in range(col, col + span):
                        covering[k] = last
                    col += span
                    continue
                cell = RawCell(self._cell_text(tc, nested, boxes, r), r, col, col_span=span)
                cells.append(cell)
                for k in range(col, col + span):
                    covering[k] = cell
                last = cell
                col += span
        return cells

    def _cell_text(
        self,
        tc: etree._Element,
        nested: list[tuple[etree._Element, int]],
        boxes: list[etree._Element],
        row: int,
    ) -> str:
        lines: list[str] = []
        for el in _flat_blocks(tc):
            if el.tag == TBL:
                nested.append((el, row))
                continue
            inline = _Inline()
            self._inline(el, inline)
            _, _, label = self._paragraph_kind(el)
            text = "".join(inline.pieces).strip()
            if label and text and not text.startswith(label):
                text = f"{label} {text}"
            lines.append(text)
            boxes.extend(inline.boxes)
        return "\n".join(line for line in lines if line)

    # -- headers and footers -------------------------------------------------------------

    def _headers_footers(self, body: etree._Element) -> None:
        """Every section's own headers, then footers; a linked one has no reference."""
        seen: set[str] = set()
        for sect in body.iter(_w("sectPr")):
            for tag, part in (("headerReference", Part.header), ("footerReference", Part.footer)):
                refs = sorted(sect.findall(_w(tag)), key=_reference_order)
                for ref in refs:
                    root = self._story(ref, seen)
                    if root is not None:
                        self._blocks(root, _Ctx(part=part, counted=False))

    def _story(self, ref: etree._Element, seen: set[str]) -> etree._Element | None:
        """The header or footer a reference points at; None if missing or already read."""
        story = self._pkg.stories.get(ref.get(f"{{{_R}}}id") or "")
        if story is None or story[1] is None:
            self.builder.warn(
                "docx.missing_part",
                "колонтитул указан в документе, но в файле его нет или он повреждён",
            )
            return None
        name, root = story
        if name in seen:
            return None
        seen.add(name)
        return root


def _reference_order(ref: etree._Element) -> int:
    return {"first": 0, "default": 1, "even": 2}.get(ref.get(_w("type"), "default"), 3)


def _branch(alt: etree._Element) -> etree._Element | None:
    """The one branch of mc:AlternateContent to read: Choice, else Fallback, never both."""
    choice = alt.find(MC_CHOICE)
    return choice if choice is not None else alt.find(MC_FALLBACK)


def _find_boxes(el: etree._Element, boxes: list[etree._Element]) -> None:
    """Text-box contents under a drawing; a box inside a box is found from the outer one."""
    if el.tag == TXBX:
        boxes.append(el)
        return
    if el.tag == ALT_CONTENT:
        branch = _branch(el)
        if branch is not None:
            _find_boxes(branch, boxes)
        return
    for child in el:
        _find_boxes(child, boxes)


def _run_piece(el: etree._Element) -> str:
    tag = el.tag
    if tag == T:
        return el.text or ""
    if tag in (_w("tab"), _w("ptab")):
        return " "
    if tag in (_w("br"), _w("cr")):
        return "\n"
    if tag == _w("noBreakHyphen"):
        return "-"
    if tag == _w("sym"):
        try:
            code = int(el.get(_w("char"), ""), 16)
        except ValueError:
            return ""
        return _bullet_text(chr(code), el.get(_w("font"), "")) if code else ""
    return ""  # softHyphen, delText, footnote marks and the like draw nothing


def _children(el: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, tag)


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for tr in _children(tbl, TR):
        if tr.find(f"{_w('trPr')}/{_w('del')}") is None:  # a row deleted with tracking on
            yield tr


def _flat_blocks(el: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a cell, looking through content controls (but not into
    one that still shows its prompt)."""
    for child in el:
        if child.tag in (P, TBL):
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None and not _on(child.find(_w("sdtPr")), "showingPlcHdr"):
                yield from _flat_blocks(content)
        elif child.tag == CUSTOM_XML:
            yield from _flat_blocks(child)
        elif child.tag == ALT_CONTENT:
            branch = _branch(child)
            if branch is not None:
                yield from _flat_blocks(branch)


def _marked_header_rows(tbl: etree._Element) -> int:
    """Rows marked to repeat as the table's header on each page: a hint to the table
    model, which decides the header (extract.table_model.header_depth)."""
    marked = 0
    for tr in _rows(tbl):
        if not _on(tr.find(_w("trPr")), "tblHeader"):
            break
        marked += 1
    return marked


# ---------------------------------------------------------------------------------------
# Opening the file, with the reasons a user can act on


def is_encrypted_ole(path: Path) -> bool:
    """True for a password-protected Office file (an OLE box with an encrypted package)."""
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return data.startswith(_OLE) and _ENCRYPTED_STREAM in data


def _open(path: Path, limits: Limits) -> _Package:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise os_error(exc) from exc
    if head.startswith(_OLE):
        if is_encrypted_ole(path):
            raise ReadError(
                "документ защищён паролем (зашифрован); снимите пароль в Word и сохраните заново",
                code="docx.encrypted",
            )
        raise ReadError(
            "это файл старого формата Word (.doc), а не .docx; сохраните его как .docx",
            code="docx.not_zip",
        )
    if not head.startswith(b"PK"):
        raise ReadError(
            "файл не является документом .docx: это не zip-архив Office", code="docx.not_zip"
        )
    # Sizes first, then every member inflated once against its declared size and
    # checksum: only then may python-docx read members whole.
    return _load(path, check_zip(path, limits, DOCX), limits)


_NO_MAIN_PART = (
    "в архиве нет основной части документа Word (word/document.xml): "
    "возможно, это другой формат, переименованный в .docx"
)
_PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


@dataclass
class _Package:
    """The parts the reader needs, however the file had to be opened."""

    body: etree._Element
    styles: etree._Element | None
    numbering: etree._Element | None
    stories: dict[str, tuple[str, etree._Element | None]]  # r:id -> (part name, root)
    warnings: list[tuple[str, str]] = field(default_factory=list)


def _load(path: Path, names: set[str], limits: Limits) -> _Package:
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise ReadError(_NO_MAIN_PART, code="docx.not_word")
    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx refuses a package with any part missing or unreadable
        return _raw_package(path, limits)
    return _from_python_docx(document, limits)


def _from_python_docx(document: docx.document.Document, limits: Limits) -> _Package:
    part = document.part
    stories: dict[str, tuple[str, etree._Element | None]] = {}
    for rid, rel in part.rels.items():
        if not rel.is_external and rel.reltype in (RT.HEADER, RT.FOOTER):
            target = rel.target_part
            stories[rid] = (str(target.partname), _part_root(target, limits))
    try:
        numbering = _part_root(part.part_related_by(RT.NUMBERING), limits)
    except KeyError:
        numbering = None
    return _Package(document.element.body, document.styles.element, numbering, stories)


def _part_root(part: object, limits: Limits) -> etree._Element | None:
    """A part's XML; python-docx leaves parts of unexpected content types unparsed."""
    element = getattr(part, "element", None)
    if element is not None:
        return element
    blob = getattr(part, "blob", None)
    if not blob:
        return None
    # not XML by its type, so not counted in the markup limit: held to it here
    check_markup(str(getattr(part, "partname", "")).lstrip("/"), len(blob), limits)
    return etree.fromstring(blob, parser=XML_PARSER)


def _markup(zf: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """A member about to be parsed, by a name that need not end in .xml."""
    check_markup(name, zf.getinfo(name).file_size, limits)
    return zf.read(name)


def _raw_package(path: Path, limits: Limits) -> _Package:
    """Open a damaged package part by part, keeping whatever can be read.

    Word opens files with a missing style sheet, a broken header or a dangling image
    link; python-docx refuses them whole. Only the main document part is essential.
    """
    with zipfile.ZipFile(path) as zf:
        main = _main_part(zf)
        try:
            root = etree.fromstring(_markup(zf, main, limits), parser=XML_PARSER)
        except KeyError as exc:
            raise ReadError(_NO_MAIN_PART, code="docx.not_word") from exc
        except etree.XMLSyntaxError as exc:
            raise ReadError(
                "файл .docx повреждён: разметка документа не читается", code="docx.corrupt"
            ) from exc
        body = root.find(_w("body"))
        if root.tag != _w("document") or body is None:
            raise ReadError(
                "файл не является документом Word .docx (возможно, это переименованная "
                "таблица или презентация)",
                code="docx.not_word",
            )
        package = _Package(body, None, None, {})
        package.warnings.append(
            (
                "docx.damaged_package",
                "файл .docx повреждён: части архива отсутствуют или не читаются; "
                "прочитано то, что удалось",
            )
        )
        for rid, (kind, name) in _relationships(zf, main).items():
            if kind in ("styles", "numbering", "header", "footer"):
                _attach(package, zf, rid, kind, name, limits)
    return package


def _attach(
    package: _Package, zf: zipfile.ZipFile, rid: str, kind: str, name: str, limits: Limits
) -> None:
    try:
        root = etree.fromstring(_markup(zf, name, limits), parser=XML_PARSER)
    except (KeyError, etree.XMLSyntaxError):
        root = None
    if kind == "styles":
        package.styles = root
    elif kind == "numbering":
        package.numbering = root
    else:
        package.stories[rid] = (name, root)


def _main_part(zf: zipfile.ZipFile) -> str:
    """The main document part named by the package relationships, else the usual one."""
    try:
        rels = etree.fromstring(zf.read("_rels/.rels"), parser=XML_PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return "word/document.xml"
    for rel in rels.iter(_PKG_RELS):
        if rel.get("Type", "").endswith("/officeDocument"):
            return _resolve("", rel.get("Target", ""))
    return "word/document.xml"


def _relationships(zf: zipfile.ZipFile, source: str) -> dict[str, tuple[str, str]]:
    """r:id -> (relationship kind such as "header", target part name) for one part."""
    folder, name = posixpath.split(source)
    try:
        root = etree.fromstring(zf.read(f"{folder}/_rels/{name}.rels"), parser=XML_PARSER)
    except (KeyError, etree.XMLSyntaxError):
        return {}
    out: dict[str, tuple[str, str]] = {}
    for rel in root.iter(_PKG_RELS):
        if rel.get("TargetMode") == "External":
            continue
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out[rel.get("Id", "")] = (kind, _resolve(folder, rel.get("Target", "")))
    return out


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))


def _check_text(package: _Package, limits: Limits) -> None:
    """The text and the paragraphs the markup holds, counted before the reader builds
    its blocks.

    Parsing is the cheap part: 19 MB of markup in 550,000 short paragraphs parsed in
    0.9 s and 310 MB; the reader then took 27 s and 1.1 GB more to build the blocks of a
    text the text limit refused at last. Hidden or moved runs count too: more text than
    the limit in the file is not one report either.
    """
    roots = [package.body, *(root for _, root in package.stories.values() if root is not None)]
    size = paragraphs = 0
    for root in roots:
        for el in root.iter(P, T):
            if el.tag == P:
                paragraphs += 1
            elif el.text:
                size += len(el.text.encode())
    if size > limits.text_bytes:
        raise too_large(
            f"текст в разметке документа занимает {size_text(size)}", size_text(limits.text_bytes)
        )
    if paragraphs > limits.paragraphs:
        raise too_large(
            f"абзацев и ячеек таблиц в документе {count_text(paragraphs)}",
            f"{count_text(limits.paragraphs)} ({count_text(PARAGRAPHS_PER_TEXT_MB)} × "
            "--max-text-mb)",
        )


def read_docx(path: Path, display: str, limits: Limits | None = None) -> Document:
    """Read a .docx; raise `ReadError` (docx.not_zip, docx.corrupt, read.too_large, ...)
    when it cannot be."""
    limits = limits or Limits()
    package = _open(path, limits)
    _check_text(package, limits)
    try:
        return _Reader(package, display).read()
    except ReadError:
        raise
    except (etree.LxmlError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(
            f"файл .docx повреждён: его содержимое не читается ({type(exc).__name__})",
            code="docx.corrupt",
        ) from exc
