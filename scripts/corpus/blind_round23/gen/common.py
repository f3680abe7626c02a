"""Shared helpers for the round-23 blind batch generators (t8_*).

Every generator writes one document into the batch folder (the parent of gen/),
its gold file <stem>.gold.json beside it, and gen/forms/<stem>.json with the written
form of every gold figure (used by verify.py).
"""
import json
import os
import shutil
import subprocess
import tempfile

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
FORMS = os.path.join(GEN, "forms")
NBSP = "\u00a0"
THIN = "\u2009"


def out(name):
    return os.path.join(OUT, name)


def write_gold(stem, municipality, region, year, figures=None):
    """figures: dict key -> (value, written_form)."""
    figures = figures or {}
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": {k: v for k, (v, _f) in figures.items()}}
    with open(out(stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.makedirs(FORMS, exist_ok=True)
    with open(os.path.join(FORMS, stem + ".json"), "w", encoding="utf-8") as f:
        json.dump({k: fm for k, (_v, fm) in figures.items()}, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- docx
def docx_doc():
    from docx import Document
    from docx.shared import Pt
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    return d


def docx_par(d, text, bold=False, align=None, size=None, italic=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def docx_table(d, rows, header_rows=1, merges=()):
    """rows: list of lists of str. merges: ((r0,c0,r1,c1),...) merged cells."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i < header_rows:
                for p in cell.paragraphs:
                    for r in p.runs:
                        r.bold = True
    for (r0, c0, r1, c1) in merges:
        a = t.cell(r0, c0)
        keep = a.text
        m = a.merge(t.cell(r1, c1))
        m.text = keep
    return t


def docx_to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- odt
class Odt:
    def __init__(self):
        from odf.opendocument import OpenDocumentText
        from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.bold = Style(name="B", family="paragraph")
        self.bold.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.bold)
        self.center = Style(name="C", family="paragraph")
        self.center.addElement(ParagraphProperties(textalign="center"))
        self.center.addElement(TextProperties(fontweight="bold"))
        s.addElement(self.center)
        self.right = Style(name="R", family="paragraph")
        self.right.addElement(ParagraphProperties(textalign="right"))
        s.addElement(self.right)
        self.ntab = 0

    def p(self, text, style=None):
        from odf.text import P
        kw = {}
        if style == "b":
            kw["stylename"] = self.bold
        elif style == "c":
            kw["stylename"] = self.center
        elif style == "r":
            kw["stylename"] = self.right
        self.doc.text.addElement(P(text=text, **kw))

    def table(self, rows):
        from odf.table import Table, TableColumn, TableRow, TableCell
        from odf.text import P
        self.ntab += 1
        ncol = max(len(r) for r in rows)
        t = Table(name="Таблица%d" % self.ntab)
        t.addElement(TableColumn(numbercolumnsrepeated=ncol))
        for row in rows:
            tr = TableRow()
            for val in row + [""] * (ncol - len(row)):
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=val))
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)

    def save(self, path):
        self.doc.save(path)


# ---------------------------------------------------------------- reportlab
def rl_styles():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    fdir = "/usr/share/fonts/truetype/dejavu/"
    try:
        pdfmetrics.getFont("DJ")
    except KeyError:
        pdfmetrics.registerFont(TTFont("DJ", fdir + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DJB", fdir + "DejaVuSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DJS", fdir + "DejaVuSans.ttf"))
    st = {
        "n": ParagraphStyle("n", fontName="DJ", fontSize=10, leading=13, spaceAfter=4),
        "b": ParagraphStyle("b", fontName="DJB", fontSize=10, leading=13, spaceAfter=4),
        "h": ParagraphStyle("h", fontName="DJB", fontSize=12, leading=15, alignment=1, spaceAfter=8),
        "c": ParagraphStyle("c", fontName="DJ", fontSize=10, leading=13, alignment=1, spaceAfter=4),
        "r": ParagraphStyle("r", fontName="DJ", fontSize=10, leading=13, alignment=2, spaceAfter=4),
        "s": ParagraphStyle("s", fontName="DJS", fontSize=8, leading=10),
        "sb": ParagraphStyle("sb", fontName="DJS", fontSize=8, leading=10),
    }
    return st


def rl_table(rows, col_widths=None, header_rows=1, font_size=8):
    from reportlab.platypus import Table, TableStyle, Paragraph
    from reportlab.lib import colors
    st = rl_styles()
    data = [[Paragraph(c, st["s"]) for c in r] for r in rows]
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6")),
    ]))
    return t
