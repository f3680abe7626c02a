"""A text-only PDF page's glyphs through pypdfium2, in the shape pdfplumber gives them.

pdfplumber reads a page through pdfminer's content-stream interpreter, about 85 % of the
PDF reader's time. A page that draws no paths can hold no ruled table, so all the reader
needs from it is its glyphs; pdfium reads those a hundred times faster. The glyph records
built here carry what the reader's layout code and pdfplumber's line clustering use:
text, x0, x1, top, bottom, doctop, upright, size and fontname.

Where pdfium and pdfminer could disagree the page is left to pdfplumber (`None`):
- anything drawn besides text, images and forms (paths may be table rules);
- a rotated or offset page, or a glyph that is not upright;
- a font without a ToUnicode map (pdfminer then gives `(cid:NN)` glyphs), with a
  descent (pdfium measures glyph boxes from the font file, pdfminer from the descriptor),
  or whose name, without its subset prefix, is shared by another font of the page;
- a page without visible text (the reader then asks whether it is a scan).
"""

from __future__ import annotations

import ctypes
import re
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c
from pdfminer.pdffont import PDFFont
from pdfminer.pdfinterp import PDFResourceManager
from pdfminer.pdftypes import resolve1

_ALLOWED = {pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM}
_SUBSET = re.compile(r"^[A-Z]{6}\+")
# pdfium reports a hyphen it takes for a soft line-end hyphen as U+0002.
_PDFIUM_HYPHEN = "\x02"


class FastPages:
    """pypdfium2's view of one document, opened beside pdfplumber's."""

    def __init__(self, path: Any) -> None:
        self._doc = pypdfium2.PdfDocument(path)
        self._fonts = PDFResourceManager(caching=True)

    def close(self) -> None:
        self._doc.close()

    def chars(self, index: int, plumber_page: Any) -> list[dict[str, Any]] | None:
        """The glyphs of page `index` (0-based), or None when pdfplumber must read it."""
        names = self._font_names(plumber_page)
        if names is None:
            return None
        page = self._doc[index]
        try:
            if not _plain_page(page, plumber_page):
                return None
            return _chars(page, plumber_page, names)
        finally:
            page.close()

    def _font_names(self, plumber_page: Any) -> dict[str, str] | None:
        """pdfminer's font names keyed by the name pdfium gives (no subset prefix)."""
        try:
            specs = resolve1(plumber_page.page_obj.resources.get("Font")) or {}
            out: dict[str, str] = {}
            for spec in specs.values():
                # the object id lets pages that share a font parse its ToUnicode map once
                objid = getattr(spec, "objid", None)
                font: PDFFont = self._fonts.get_font(objid, resolve1(spec))
                if font.unicode_map is None or font.get_descent() != 0 or font.is_vertical():
                    return None
                name = str(font.fontname)
                short = _SUBSET.sub("", name)
                if out.get(short, name) != name:
                    return None
                out[short] = name
            return out
        except Exception:  # anything odd in the resources: let pdfplumber decide
            return None


def _plain_page(page: Any, plumber_page: Any) -> bool:
    if page.get_rotation() != 0 or plumber_page.rotation:
        return False
    box = tuple(float(v) for v in plumber_page.bbox)
    if box[0] != 0 or box[1] != 0:
        return False
    return all(obj.type in _ALLOWED for obj in page.get_objects(max_depth=16))


def _chars(page: Any, plumber_page: Any, names: dict[str, str]) -> list[dict[str, Any]] | None:
    height = float(plumber_page.height)
    doctop_offset = float(plumber_page.initial_doctop)
    textpage = page.get_textpage()
    try:
        x = ctypes.c_double()
        y = ctypes.c_double()
        box = pdfium_c.FS_RECTF()
        matrix = pdfium_c.FS_MATRIX()
        buf = ctypes.create_string_buffer(256)
        flags = ctypes.c_int()
        out: list[dict[str, Any]] = []
        visible = False
        for i in range(textpage.count_chars()):
            if pdfium_c.FPDFText_IsGenerated(textpage, i):
                continue
            text = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
            if text == _PDFIUM_HYPHEN:
                text = "-"
            pdfium_c.FPDFText_GetMatrix(textpage, i, matrix)
            if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
                return None
            pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
            pdfium_c.FPDFText_GetLooseCharBox(textpage, i, box)
            size = float(pdfium_c.FPDFText_GetFontSize(textpage, i))
            pdfium_c.FPDFText_GetFontInfo(textpage, i, buf, len(buf), flags)
            fontname = names.get(buf.value.decode("utf-8", "replace"))
            if fontname is None:
                return None
            bottom = height - y.value
            top = bottom - size
            visible = visible or not text.isspace()
            out.append(
                {
                    "object_type": "char",
                    "text": text,
                    "fontname": fontname,
                    "size": size,
                    "upright": True,
                    "x0": x.value,
                    "x1": float(box.right),
                    "top": top,
                    "bottom": bottom,
                    "doctop": top + doctop_offset,
                    "width": float(box.right) - x.value,
                    "height": size,
                }
            )
        return out if visible else None
    finally:
        textpage.close()
