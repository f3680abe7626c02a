"""Web pages saved as .html / .htm (a news item, a press release, a report posted on a
site) and the HTML bodies of e-mails.

Parsed with lxml's HTML parser (lenient, as browsers are; it fetches nothing and
resolves no external entity). What a person sees becomes blocks: headings, paragraphs,
list items with their markers, tables with their spans; the page's <title> is a header
line. Scripts, styles and anything the page hides (`hidden`, `display:none`) are not
read: a report's figures are what its reader is shown.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from extractor.document import BlockKind, Document, Location, Part
from extractor.errors import ReadError, os_error
from extractor.read.builder import DocumentBuilder, RawCell
from extractor.read.txt_decode import decode

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Elements that start a block of their own; everything else flows inside one.
_BLOCKS = {
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "body",
    "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "table", "figure", "figcaption",
    "form", "fieldset", "details", "summary", "address", "pre", "hr", "center",
    *_HEADINGS,
}  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html(path: Path, display: str) -> Document:
    """Read a saved web page; raise ReadError when it holds no text."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc) from exc
    text, encoding = _decoded(data)
    builder = DocumentBuilder(path=display, format="html", encoding=encoding)
    add_html(builder, text)
    doc = builder.build()
    if not doc.blocks:
        raise ReadError("на странице нет текста", code="html.no_text")
    return doc


def _decoded(data: bytes) -> tuple[str, str]:
    """The page's text: by the charset its <meta> declares, else as a text file is."""
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            return data.decode(name, errors="replace"), name.lower()
        except LookupError:
            pass  # an unknown charset name: guessed below, as for a text file
    decoded = decode(data)
    return decoded.text, decoded.encoding


def add_html(builder: DocumentBuilder, text: str) -> None:
    """The blocks of an HTML text, in the order a reader sees them."""
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        return
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return
    title = root.find(".//title")
    if title is not None and (title.text or "").strip():
        builder.add_text(title.text or "", part=Part.header, location=Location(paragraph=0))
    body = root.find(".//body")
    _Walker(builder).block(body if body is not None else root)


class _Walker:
    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.paragraph = 0
        self.table = 0

    def block(self, el: etree._Element, list_label: str | None = None, level: int = 0) -> None:
        """A block element: its own inline text as paragraphs, its block children each
        in turn."""
        tag = _tag(el)
        if tag in _HEADINGS:
            self._text(_inline_text(el), BlockKind.heading, level=_HEADINGS[tag])
            return
        if tag == "table":
            self._table(el)
            return
        if tag in ("ul", "ol"):
            self._list(el, level + 1)
            return
        pending: list[str] = [el.text or ""]
        first = True
        for child in el:
            if not isinstance(child.tag, str) or _hidden(child):
                pending.append(child.tail or "")
                continue
            if _tag(child) in _BLOCKS:
                self._flush(pending, list_label if first else None, level)
                first = first and not "".join(pending).strip()
                pending = []
                self.block(child, level=level)
                pending.append(child.tail or "")
            elif _tag(child) == "br":
                pending.append("\n" + (child.tail or ""))
            else:
                pending.append(_inline_text(child) + (child.tail or ""))
        self._flush(pending, list_label if first else None, level)

    def _flush(self, pieces: list[str], label: str | None, level: int) -> None:
        text = "".join(pieces)
        if not text.strip():
            return
        kind = BlockKind.list_item if label else BlockKind.paragraph
        self._text(text, kind, level=level or None, label=label)

    def _text(
        self, text: str, kind: BlockKind, level: int | None = None, label: str | None = None
    ) -> None:
        if not text.strip():
            return
        self.paragraph += 1
        self.builder.add_text(
            text, kind=kind, level=level, label=label, location=Location(paragraph=self.paragraph)
        )

    def _list(self, el: etree._Element, level: int) -> None:
        ordered = _tag(el) == "ol"
        n = int(el.get("start", "1")) if (el.get("start") or "").isdigit() else 1
        for item in el:
            if not isinstance(item.tag, str) or _hidden(item):
                continue
            if _tag(item) != "li":
                self.block(item, level=level)
                continue
            self.block(item, list_label=f"{n}." if ordered else "–", level=level)
            n += 1

    def _table(self, el: etree._Element) -> None:
        cells: list[RawCell] = []
        taken: set[tuple[int, int]] = set()
        header_rows = 0
        header_run = True
        for r, row in enumerate(_rows(el)):
            c = 0
            only_th = True
            for cell in row:
                if not isinstance(cell.tag, str) or _tag(cell) not in ("td", "th") or _hidden(cell):
                    continue
                while (r, c) in taken:
                    c += 1
                rows, cols = _span(cell.get("rowspan")), _span(cell.get("colspan"))
                for dr in range(rows):
                    for dc in range(cols):
                        taken.add((r + dr, c + dc))
                cells.append(RawCell(_inline_text(cell), r, c, rows, cols))
                only_th = only_th and _tag(cell) == "th"
                c += cols
            in_head = _tag(row.getparent()) == "thead" if row.getparent() is not None else False
            if header_run and (only_th or in_head) and row.getchildren():
                header_rows += 1
            else:
                header_run = False
        if cells:
            self.builder.add_table(
                cells, header_rows=header_rows, location=Location(table=self.table)
            )
            self.table += 1


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (thead, tbody, tfoot or bare), not those of tables inside."""
    out: list[etree._Element] = []
    for child in table:
        if not isinstance(child.tag, str):
            continue
        if _tag(child) == "tr":
            out.append(child)
        elif _tag(child) in ("thead", "tbody", "tfoot"):
            out.extend(r for r in child if isinstance(r.tag, str) and _tag(r) == "tr")
    return out


def _span(value: str | None) -> int:
    """A rowspan or colspan: a page's «0» or garbage is one, and no span runs past 1000."""
    return min(int(value), 1000) if value and value.isdigit() and int(value) > 0 else 1


def _inline_text(el: etree._Element) -> str:
    """The text an element shows, hidden parts left out, <br> as a line break."""
    if _hidden(el):
        return ""
    parts: list[str] = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str):
            if _tag(child) == "br":
                parts.append("\n")
            elif _tag(child) not in _SKIP:
                parts.append(_inline_text(child) + (" " if _tag(child) in _BLOCKS else ""))
        parts.append(child.tail or "")
    return "".join(parts)


def _hidden(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return True
    if _tag(el) in _SKIP:
        return True
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def _tag(el: etree._Element | None) -> str:
    if el is None or not isinstance(el.tag, str):
        return ""
    return el.tag.rsplit("}", 1)[-1].lower()
