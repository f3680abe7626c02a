"""Shared helpers for the round-9 blind batch generators."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"
BUILD = ROOT / "build"
EVID = ROOT / "evidence"
NB = "\u00a0"


def n(x, sep=" "):
    """Integer with thousands separator (space by default)."""
    s = f"{x:,}".replace(",", sep)
    return s


def dec(x, nd=1):
    return f"{x:.{nd}f}".replace(".", ",")


class Gold:
    def __init__(self, name, fmt, municipality, region, year):
        self.name, self.fmt = name, fmt
        self.ident = {"municipality": municipality, "region": region, "year": year}
        self.figs = {}
        self.ev = []

    def add(self, key, value, written, anchor, where, reading="", factor=1, block=None):
        """factor: multiply the written number to get the value (1000 for «тыс.», 100 for a
        fraction); factor=None means the number is written in words (see reading)."""
        assert key not in self.figs, key
        self.figs[key] = value
        self.ev.append({"key": key, "value": value, "written": written,
                        "anchor": anchor, "where": where, "reading": reading,
                        "factor": factor, "block": block})
        return written

    def save(self, traps=None, notes=None):
        OUT.mkdir(exist_ok=True)
        EVID.mkdir(exist_ok=True)
        g = dict(self.ident)
        g["figures"] = self.figs
        (OUT / f"{self.name}.gold.json").write_text(
            json.dumps(g, ensure_ascii=False, indent=1), encoding="utf-8")
        e = {"document": f"{self.name}.{self.fmt}", "identity": self.ident,
             "figures": self.ev, "traps_not_figures": traps or [], "notes": notes or []}
        (EVID / f"{self.name}.evidence.json").write_text(
            json.dumps(e, ensure_ascii=False, indent=1), encoding="utf-8")


# ---------- docx helpers ----------
def docx_borders(table, on=True):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single" if on else "nil")
        if on:
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def docx_repeat_header(row):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def docx_table(doc, rows, borders=True, font=10, bold_rows=(0,), widths=None):
    from docx.shared import Pt, Cm
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    docx_borders(t, borders)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = "" if v is None else str(v)
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(font)
                    run.bold = i in bold_rows
            if widths:
                c.width = Cm(widths[j])
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    from docx.shared import Cm
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for c in t.columns[j].cells:
            c.width = Cm(w)


def docx_base(font="Times New Roman", size=12, landscape=False):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def para(doc, text, bold=False, center=False, size=None, right=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


# ---------- odt helpers ----------
class Odt:
    def __init__(self):
        from odf.opendocument import OpenDocumentText
        from odf.style import Style, TextProperties, TableCellProperties, ParagraphProperties
        self.doc = OpenDocumentText()
        st = self.doc.automaticstyles
        self.bold = Style(name="B", family="paragraph")
        self.bold.addElement(TextProperties(fontweight="bold"))
        st.addElement(self.bold)
        self.center = Style(name="C", family="paragraph")
        self.center.addElement(TextProperties(fontweight="bold"))
        self.center.addElement(ParagraphProperties(textalign="center"))
        st.addElement(self.center)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
        st.addElement(self.cell)
        self.ntab = 0

    def p(self, text, style=None):
        from odf.text import P
        el = P(text=text, stylename=style) if style else P(text=text)
        self.doc.text.addElement(el)

    def h(self, text, level=2):
        from odf.text import H
        self.doc.text.addElement(H(outlinelevel=level, text=text))

    def table(self, rows, spans=None, widths=None):
        """rows: list of lists; spans: {(i,j): (rowspan, colspan)}; None cells under spans are covered."""
        from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
        from odf.text import P
        spans = spans or {}
        self.ntab += 1
        ncol = max(len(r) for r in rows)
        if widths:
            from odf.style import Style, TableColumnProperties, TableProperties
            ts = Style(name=f"T{self.ntab}", family="table")
            ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
            self.doc.automaticstyles.addElement(ts)
            t = Table(name=f"Таблица{self.ntab}", stylename=ts)
            for j, w in enumerate(widths):
                cs = Style(name=f"T{self.ntab}C{j}", family="table-column")
                cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
                self.doc.automaticstyles.addElement(cs)
                t.addElement(TableColumn(stylename=cs))
        else:
            t = Table(name=f"Таблица{self.ntab}")
            t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        covered = set()
        for (i, j), (rs, cs) in spans.items():
            for a in range(i, i + rs):
                for b in range(j, j + cs):
                    if (a, b) != (i, j):
                        covered.add((a, b))
        for i, r in enumerate(rows):
            tr = TableRow()
            for j in range(ncol):
                if (i, j) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {"stylename": self.cell, "valuetype": "string"}
                if (i, j) in spans:
                    kw["numberrowsspanned"], kw["numbercolumnsspanned"] = spans[(i, j)]
                c = TableCell(**kw)
                v = r[j] if j < len(r) else ""
                for line in str("" if v is None else v).split("\n"):
                    c.addElement(P(text=line))
                tr.addElement(c)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(str(path))
