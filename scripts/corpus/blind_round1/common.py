"""Shared helpers for the blind round-1 generators.

Every generator module exposes NAME, EXT and build(outdir). build() writes the
document (for pdf/odt: first a docx in make/_build/, converted by build_all.py)
and calls write_gold() with the gold figures and, for each figure, the literal
string ("evidence") that must appear in the text the reader library returns.
"""
import json
import os
import re

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
# The batch lives in the tests' data; scratch files stay beside the scripts (not committed).
ROUND = os.path.join(HERE, "..", "..", "..", "tests", "data", "blind", "round1")
BUILD = os.path.join(HERE, "_build")
EVID = os.path.join(HERE, "evidence")

NBSP = "\u00a0"
THIN = "\u2009"


def th(n, sep=" "):
    """Integer with a thousands separator: 11318 -> '11 318'."""
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def dec(x, nd=1, sep=" "):
    """Decimal with comma: 76.2 -> '76,2'; 7150 (nd=2) -> '7 150,00'."""
    s = f"{x:.{nd}f}"
    ip, fp = s.split(".") if "." in s else (s, "")
    ip = th(int(ip), sep)
    return ip + ("," + fp if fp else "")


def write_gold(name, municipality, region, year, figures, evidence):
    assert set(figures) == set(evidence), (name, set(figures) ^ set(evidence))
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": figures}
    with open(os.path.join(ROUND, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.makedirs(EVID, exist_ok=True)
    with open(os.path.join(EVID, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(evidence, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- docx helpers

def new_doc(font="Times New Roman", size=12, margins=(2.0, 1.5, 2.0, 3.0)):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(0)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.right_margin, sec.left_margin = (
        Cm(margins[0]), Cm(margins[1]), Cm(margins[2]), Cm(margins[3]))
    return doc


def para(doc, text="", bold=False, align=None, size=None, italic=False,
         indent=None, space_after=None, keep_next=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        # **bold** fragments
        parts = re.split(r"(\*\*.+?\*\*)", text)
        for part in parts:
            if not part:
                continue
            b = bold
            if part.startswith("**") and part.endswith("**"):
                part = part[2:-2]
                b = True
            r = p.add_run(part)
            r.bold = b
            r.italic = italic
            if size:
                r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent is not None:
        p.paragraph_format.first_line_indent = Cm(indent)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def body(doc, text, **kw):
    kw.setdefault("align", "j")
    kw.setdefault("indent", 1.25)
    return para(doc, text, **kw)


def set_cell_borders(cell, **edges):
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge, val in edges.items():
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, rows, merges=(), header_rows=1, ruled=True, widths=None,
          size=10, repeat=False, num_align="c", bold_rows=(), left_cols=(0,),
          italic_rows=(), bottom_rule_only=False):
    """rows: list of equal-length lists of strings. merges: (r1,c1,r2,c2).
    Cells inside a merge except the top-left must be ''."""
    ncols = len(rows[0])
    assert all(len(r) == ncols for r in rows), [len(r) for r in rows]
    t = doc.add_table(rows=len(rows), cols=ncols)
    if ruled:
        t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, txt in enumerate(r):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            lines = txt.split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(size)
                if i < header_rows or i in bold_rows:
                    run.bold = True
                if i in italic_rows:
                    run.italic = True
                if i < header_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif j in left_cols:
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
                else:
                    p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if num_align == "c"
                                   else WD_ALIGN_PARAGRAPH.RIGHT)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        m = a.merge(b)
        ps = m.paragraphs
        for q in ps[1:]:
            if not q.text.strip() and len(ps) > 1:
                q._p.getparent().remove(q._p)
    if widths:
        t.autofit = False
        for i, r in enumerate(t.rows):
            for j, w in enumerate(widths):
                try:
                    r.cells[j].width = Cm(w)
                except IndexError:
                    pass
        tblPr = t._tbl.tblPr
        tw = tblPr.find(qn("w:tblW"))
        if tw is None:
            tw = OxmlElement("w:tblW")
            tblPr.append(tw)
        tw.set(qn("w:w"), str(int(sum(widths) * 567)))
        tw.set(qn("w:type"), "dxa")
        if tblPr.find(qn("w:tblLayout")) is None:
            lay = OxmlElement("w:tblLayout")
            lay.set(qn("w:type"), "fixed")
            tblPr.append(lay)
        # grid
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if j < len(widths):
                gc.set(qn("w:w"), str(int(widths[j] * 567)))
    if repeat:
        for i in range(header_rows):
            repeat_header(t.rows[i])
    if bottom_rule_only:
        for j in range(ncols):
            set_cell_borders(t.cell(header_rows - 1, j), bottom="single")
            set_cell_borders(t.cell(0, j), top="single")
            set_cell_borders(t.cell(len(rows) - 1, j), bottom="single")
    return t


def landscape_section(doc, new=True):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE) if new else doc.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7)
    sec.page_height = Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(2.0)
    return sec


def portrait_section(doc):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(1.5)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(1.5)
    return sec


def page_break(doc):
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def footer_page_numbers(doc, prefix=""):
    """Adds a PAGE field to the footer of every section."""
    for sec in doc.sections[:1]:  # later sections are linked to the first footer
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            p.add_run(prefix)
        r = p.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1); r._r.append(it); r._r.append(f2)


def save_docx(doc, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)


def E(ctx, val=None, mult=1):
    """Evidence with context: ctx must be in the text, val inside ctx."""
    d = {"ctx": ctx}
    if val is not None:
        d["val"] = val
    if mult != 1:
        d["mult"] = mult
    return d
