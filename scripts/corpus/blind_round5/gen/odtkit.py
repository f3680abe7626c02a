"""Minimal odfpy helpers (paragraphs, headings, bordered tables with merged cells)."""
from odf import teletype
from odf.opendocument import OpenDocumentText
from odf.style import (ParagraphProperties, Style, TableCellProperties,
                       TableColumnProperties, TableProperties, TextProperties,
                       PageLayout, PageLayoutProperties, MasterPage, Footer)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
from odf.text import P, PageNumber


class Odt:
    def __init__(self, font="Liberation Serif", size="12pt"):
        self.doc = OpenDocumentText()
        d = self.doc
        pl = PageLayout(name="PL")
        pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                           margintop="1.5cm", marginbottom="1.5cm",
                                           marginleft="2.5cm", marginright="1.5cm"))
        d.automaticstyles.addElement(pl)
        self.master = MasterPage(name="Standard", pagelayoutname=pl)
        d.masterstyles.addElement(self.master)
        self.st = {}
        for name, align, bold, sz, italic in [
                ("body", "justify", False, size, False), ("center", "center", False, size, False),
                ("title", "center", True, "13pt", False), ("right", "end", False, "10pt", False),
                ("left", "start", False, size, False), ("h", "start", True, size, False),
                ("cell", "start", False, "10pt", False), ("cellc", "center", False, "10pt", False),
                ("cellh", "center", True, "10pt", False), ("cellb", "start", True, "10pt", False),
                ("small", "start", False, "9pt", True), ("cellbc", "center", True, "10pt", False)]:
            s = Style(name=name, family="paragraph")
            s.addElement(ParagraphProperties(textalign=align, marginbottom="0.12cm",
                                             textindent="1.25cm" if name == "body" else "0cm"))
            tp = dict(fontsize=sz, fontname=font, fontfamily=font)
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            s.addElement(TextProperties(**tp))
            d.automaticstyles.addElement(s)
            self.st[name] = s
        cs = Style(name="cellbox", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.06cm"))
        d.automaticstyles.addElement(cs)
        self.cellstyle = cs
        self.ntab = 0

    def footer_page(self, text):
        f = Footer()
        p = P(stylename=self.st["center"], text=text)
        p.addElement(PageNumber(selectpage="current"))
        f.addElement(p)
        self.master.addElement(f)

    def p(self, text="", style="body"):
        el = P(stylename=self.st[style])
        teletype.addTextToElement(el, text)
        self.doc.text.addElement(el)
        return el

    def table(self, grid, widths_cm, merges=(), header_rows=1, align=None, bold_rows=()):
        self.ntab += 1
        name = f"T{self.ntab}"
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm)}cm", align="center"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = Style(name=f"{name}c{i}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        span = {}
        covered = set()
        for (r1, c1, r2, c2) in merges:
            span[(r1, c1)] = (r2 - r1 + 1, c2 - c1 + 1)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered.add((r, c))
        for ri, row in enumerate(grid):
            tr = TableRow()
            for ci in range(len(widths_cm)):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {}
                if (ri, ci) in span:
                    rs, cs_ = span[(ri, ci)]
                    if rs > 1:
                        kw["numberrowsspanned"] = rs
                    if cs_ > 1:
                        kw["numbercolumnsspanned"] = cs_
                tc = TableCell(stylename=self.cellstyle, valuetype="string", **kw)
                txt = row[ci] if ci < len(row) and row[ci] is not None else ""
                if ri < header_rows:
                    st = "cellh"
                elif ri in bold_rows:
                    st = "cellb" if (align and align[ci] == "l") else "cellbc"
                else:
                    st = "cell" if (align and align[ci] == "l") else "cellc"
                for line in txt.split("\n"):
                    el = P(stylename=self.st[st])
                    teletype.addTextToElement(el, line)
                    tc.addElement(el)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def save(self, path):
        self.doc.save(path)
