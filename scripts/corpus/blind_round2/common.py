"""Shared helpers for the round-2 blind documents. Paths are relative to this file."""
import datetime
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
# The batch lives in the tests' data; scratch files stay beside the scripts (not committed).
OUT = os.path.join(HERE, "..", "..", "..", "tests", "data", "blind", "round2")
BUILD = os.path.join(HERE, "build")
LITS = os.path.join(HERE, "lits")
os.makedirs(BUILD, exist_ok=True)
os.makedirs(LITS, exist_ok=True)


# ---------------------------------------------------------------- gold
def write_gold(name, municipality, region, year, figs):
    """figs: list of (key, value, literal_as_written)."""
    keys = [k for k, _, _ in figs]
    assert len(keys) == len(set(keys)), "duplicate key in %s" % name
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": {k: v for k, v, _ in figs}}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(LITS, name + ".json"), "w", encoding="utf-8") as f:
        json.dump({k: [v, lit] for k, v, lit in figs}, f, ensure_ascii=False, indent=1)


# ---------------------------------------------------------------- docx
DATES = {"r2_01": (2025, 1, 23), "r2_02": (2025, 1, 16), "r2_03": (2025, 1, 28), "r2_04": (2025, 1, 20),
         "r2_05": (2025, 7, 8), "r2_06": (2025, 8, 22), "r2_07": (2025, 2, 12), "r2_11": (2025, 3, 3),
         "r2_12": (2025, 4, 14)}
AUTHOR = {"r2_01": "Рябинина О.Н.", "r2_02": "Ковалёва О.С.", "r2_03": "metodist", "r2_04": "Малахова",
          "r2_05": "Соловьёва Г.П.", "r2_06": "user", "r2_07": "Пономарева", "r2_11": "Смирнова Е.Г.",
          "r2_12": "uo_ner"}

def new_doc(font="Times New Roman", size=12, landscape=False, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(margins_cm))
    sec.left_margin = Cm(margins_cm + 0.5) if not landscape else Cm(margins_cm)
    return d


def para(d, text="", bold=False, align=None, size=None, italic=False, space_after=None):
    p = d.add_paragraph()
    if text:
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
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def set_cell(cell, text, bold=False, align=None, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = str(text).split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.paragraph_format.space_after = Pt(0)


def table(d, rows, widths_cm=None, size=None, header_rows=0, bold_rows=(), align_num=True,
          style="Table Grid", repeat_header=False):
    """rows: list of lists of strings (None = leave empty for later merge)."""
    ncol = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=ncol)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j in range(ncol):
            v = r[j] if j < len(r) else ""
            if v is None:
                v = ""
            al = None
            if i < header_rows:
                al = "c"
            elif align_num and j > 0 and _numlike(v):
                al = "c"
            set_cell(t.cell(i, j), v, bold=(i < header_rows or i in bold_rows), align=al, size=size)
    if widths_cm:
        set_widths(t, widths_cm)
    if repeat_header:
        for i in range(header_rows):
            mark_header(t.rows[i])
    return t


def set_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if j < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[j] * 567)))
    for row in t.rows:
        for j, tc in enumerate(row._tr.tc_lst):
            if j < len(widths_cm):
                tcPr = tc.get_or_add_tcPr()
                w = tcPr.find(qn("w:tcW"))
                if w is None:
                    w = OxmlElement("w:tcW")
                    tcPr.append(w)
                w.set(qn("w:w"), str(int(widths_cm[j] * 567)))
                w.set(qn("w:type"), "dxa")


def _numlike(v):
    s = str(v).strip()
    if not s:
        return True
    return sum(ch.isdigit() for ch in s) >= max(1, len(s) // 3) or s in ("–", "—", "х", "Х", "н/д", "-", "-*")


def mark_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def merge(t, r1, c1, r2, c2, text=None, bold=True, align="c", size=None):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    if text is not None:
        set_cell(m, text, bold=bold, align=align, size=size)
    return m


def no_borders(t):
    tbl = t._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def save_docx(d, name, final=True):
    """final=True: the docx is the test document; otherwise it goes to build/."""
    cp = d.core_properties
    cp.author = AUTHOR.get(name[:5], "User")
    cp.last_modified_by = cp.author
    cp.title = ""
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.category = ""
    y, m, dd = DATES.get(name[:5], (2025, 1, 20))
    cp.created = datetime.datetime(y, m, dd, 9, 12)
    cp.modified = datetime.datetime(y, m, dd, 15, 47)
    cp.revision = 3
    path = os.path.join(OUT if final else BUILD, name + ".docx")
    d.save(path)
    return path


def convert(src, fmt, name):
    """Convert build/*.docx with LibreOffice to round2/NAME.fmt."""
    tmp = os.path.join(BUILD, "conv")
    os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = os.path.splitext(os.path.basename(src))[0]
    dst = os.path.join(OUT, name + "." + fmt)
    shutil.move(os.path.join(tmp, base + "." + fmt), dst)
    return dst
