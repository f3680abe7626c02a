"""Shared helpers for the round-4 blind batch generators."""
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build")
os.makedirs(BUILD, exist_ok=True)

NBSP = "\u00a0"
THIN = "\u2009"
DASH = "\u2013"  # en dash


# ---------------------------------------------------------------- numbers
def fi(n, sep=" "):
    """Integer with thousands separator (Russian style)."""
    s = f"{int(n):,}".replace(",", sep)
    return s


def fd(x, nd=1, sep=" "):
    """Decimal with comma, thousands separated."""
    s = f"{x:,.{nd}f}"
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


def pct(num, den, nd=1):
    return round(num * 100.0 / den + 1e-9, nd)


def check(cond, msg):
    if not cond:
        raise SystemExit("CONSISTENCY ERROR: " + msg)


# ---------------------------------------------------------------- outputs
def out_path(name):
    return os.path.join(ROOT, name)


def write_gold(docname, municipality, region, year, figures, evidence=None):
    base = os.path.splitext(docname)[0]
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": figures}
    with open(out_path(base + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ev_path = os.path.join(BUILD, base + ".evidence.json")
    with open(ev_path, "w", encoding="utf-8") as f:
        json.dump(evidence or {}, f, ensure_ascii=False, indent=1)


def soffice(src, fmt, outdir):
    """Convert with LibreOffice headless; returns output path."""
    env = dict(os.environ)
    profile = os.path.join(BUILD, "lo_profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env=env, timeout=300)
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + ext)
    if not os.path.exists(out):
        raise SystemExit("conversion failed: " + src)
    return out


def convert_to_root(docx_path, fmt, final_name):
    """Convert a build/ docx to fmt and place it in ROOT as final_name."""
    tmpdir = os.path.join(BUILD, "conv_" + os.path.splitext(final_name)[0])
    os.makedirs(tmpdir, exist_ok=True)
    out = soffice(docx_path, fmt, tmpdir)
    shutil.copyfile(out, out_path(final_name))
    return out_path(final_name)


# ---------------------------------------------------------------- docx
def new_doc(font="Times New Roman", size=12, landscape=False, margins_cm=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(margins_cm))
    sec.left_margin = Cm(2.5 if not landscape else 2.0)
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None,
         indent=False, space_after=None, container=None):
    target = container if container is not None else doc
    p = target.add_paragraph()
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def page_break(doc):
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _set_cell_text(cell, text, size, bold=False, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(line)
        r.font.size = Pt(size)
        r.bold = bold


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(container, rows, merges=(), header_rows=1, widths_cm=None, size=10,
          repeat_header=False, bold_rows=(), style="Table Grid",
          num_align_from=None, center_rows=()):
    """rows: list of lists of str (None = covered by a merge).
    merges: (r1, c1, r2, c2) inclusive."""
    nrows = len(rows)
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            if (ri, ci) in covered:
                continue
            val = row[ci] if ci < len(row) else ""
            if val is None:
                val = ""
            align = None
            if ri < header_rows or ri in center_rows:
                align = "center"
            elif num_align_from is not None and ci >= num_align_from:
                align = "center"
            _set_cell_text(t.cell(ri, ci), val, size,
                           bold=(ri < header_rows or ri in bold_rows), align=align)
    if widths_cm:
        t.autofit = False
        for ci, w in enumerate(widths_cm):
            if ci < ncols:
                t.columns[ci].width = Cm(w)
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        for ri in range(nrows):
            for ci, w in enumerate(widths_cm):
                if ci < ncols:
                    t.rows[ri].cells[ci].width = Cm(w)
    if repeat_header:
        for ri in range(header_rows):
            set_repeat_header(t.rows[ri])
    for r in t.rows:
        set_cant_split(r)
    return t


def save_docx(doc, path, author="Пользователь"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    doc.save(path)
    return path
