"""Shared helpers for the round-3 blind batch generators."""
import datetime
import json
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(HERE, "build")
os.makedirs(BUILD, exist_ok=True)

NBSP = "\u00a0"
THIN = "\u2009"

KEY_ORDER = [
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science",
    "programs_tech", "programs_tourism", "programs_nok",
    "students_total", "students_art", "students_sport", "students_social",
    "students_science", "students_tech", "students_tourism",
    "coverage_pct", "coverage_growth_children", "coverage_growth_pct",
    "students_ovz", "students_disabled",
    "certificate_nominal_rub", "certificates_issued", "certificates_active",
    "certificate_students", "certificate_share_pct", "new_places",
    "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach",
    "teachers_pd_participants",
]
PCT_RUB = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct",
           "certificate_nominal_rub"}


# ---------------------------------------------------------------- numbers
def n(v, sep=" "):
    """Integer with a thousands separator: n(12930) -> '12 930'."""
    s = f"{int(v):,}".replace(",", sep)
    return s


def d(v, places=1, sep=" "):
    """Decimal with comma: d(81.5) -> '81,5'; d(8237, 2) -> '8 237,00'."""
    s = f"{v:,.{places}f}"
    ip, fp = s.split(".") if "." in s else (s, "")
    ip = ip.replace(",", sep)
    return ip + ("," + fp if fp else "")


def pct(a, b, places=1):
    return round(100.0 * a / b, places)


def check(cond, msg):
    if not cond:
        raise AssertionError(msg)


# ---------------------------------------------------------------- gold
def write_gold(name, municipality, region, year, figures):
    for k in figures:
        check(k in KEY_ORDER, f"unknown key {k}")
    figs = {}
    for k in KEY_ORDER:
        if k in figures:
            v = figures[k]
            figs[k] = float(v) if k in PCT_RUB else int(v)
    data = {"municipality": municipality, "region": region, "year": year,
            "figures": figs}
    with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------------------------------------------------------------- docx
def new_doc(landscape=False, font="Times New Roman", size=12, margins=2.0,
            created=None, author="user"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.title = ""
    cp.created = created or datetime.datetime(2025, 1, 20, 9, 30)
    cp.modified = cp.created
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None,
         indent=False, space_after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
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
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _set_cell_text(cell, text, bold=False, size=10, align=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def _cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, grid, merges=(), header_rows=1, repeat_header=False,
          widths=None, size=10, bold_rows=(), style="Table Grid",
          num_align="center", label_cols=(1,)):
    """grid: list of rows (lists of str).  merges: (r1, c1, r2, c2) inclusive;
    only the top-left cell of a merge should carry text."""
    nrows, ncols = len(grid), max(len(r) for r in grid)
    t = doc.add_table(rows=nrows, cols=ncols)
    if style:
        t.style = style
    for ri, row in enumerate(grid):
        for ci in range(ncols):
            txt = row[ci] if ci < len(row) else ""
            bold = ri < header_rows or ri in bold_rows
            align = "center" if ri < header_rows else (
                None if ci in label_cols else num_align)
            _set_cell_text(t.cell(ri, ci), txt, bold=bold, size=size,
                           align=align)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        txt = grid[r1][c1]
        m = a.merge(t.cell(r2, c2))
        _set_cell_text(m, txt, bold=r1 < header_rows or r1 in bold_rows,
                       size=size, align="center" if r1 < header_rows else None)
    if widths:
        t.autofit = False
        grid_el = t._tbl.tblGrid
        for ci, gc in enumerate(grid_el.findall(qn("w:gridCol"))):
            if ci < len(widths):
                gc.set(qn("w:w"), str(int(widths[ci] * 567)))
        for ri in range(nrows):
            for ci, w in enumerate(widths):
                try:
                    t.rows[ri].cells[ci].width = Cm(w)
                except IndexError:
                    pass
    if repeat_header:
        for ri in range(header_rows):
            _repeat_header(t.rows[ri])
    for row in t.rows:
        _cant_split(row)
    return t


# ---------------------------------------------------------------- soffice
def soffice_convert(src, fmt, outdir=BUILD):
    """Convert with LibreOffice headless using a private profile."""
    profile = "file:///tmp/lo_profile_round3"
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless",
           "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    out = os.path.join(outdir, base + "." + ext)
    check(os.path.exists(out), f"conversion failed: {out}")
    return out


def publish(src, name):
    """Copy a built file into the batch folder under its final name."""
    dst = os.path.join(HERE, name)
    shutil.copyfile(src, dst)
    return dst
