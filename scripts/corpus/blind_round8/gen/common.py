# -*- coding: utf-8 -*-
"""Shared helpers for the round-8 blind batch generators.

Nothing here knows about the extractor: it only formats numbers, writes
documents, records gold figures with their evidence, and converts through
LibreOffice with a private, throw-away profile.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "out")
EVID = os.path.join(ROOT, "evidence")

NBSP = "\u00a0"
THIN = "\u2009"

KEYS_COUNT = [
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science",
    "programs_tech", "programs_tourism", "programs_nok",
    "students_total", "students_art", "students_sport", "students_social",
    "students_science", "students_tech", "students_tourism",
    "coverage_growth_children", "students_ovz", "students_disabled",
    "certificates_issued", "certificates_active", "certificate_students",
    "new_places", "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach",
    "teachers_pd_participants",
]
KEYS_DECIMAL = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
                "certificate_share_pct"]
ALL_KEYS = KEYS_COUNT + KEYS_DECIMAL
DIRS = ["art", "sport", "social", "science", "tech", "tourism"]


def gazetteer_dir():
    env = os.environ.get("GAZETTEER_DIR")
    if env and os.path.isdir(env):
        return env
    d = ROOT
    for _ in range(6):
        cand = os.path.join(d, "shared", "gazetteer")
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    raise SystemExit("gazetteer not found: set GAZETTEER_DIR")


# ---------------------------------------------------------------- numbers
def N(v, sep=NBSP):
    """Integer with a thousands separator (Russian style)."""
    s = "{:,}".format(int(v))
    return s.replace(",", sep)


def D(v, nd=1, sep=NBSP):
    """Decimal with a comma and a thousands separator."""
    s = "{:,.{nd}f}".format(float(v), nd=nd)
    s = s.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return s


def parse_written(s):
    t = s.replace(NBSP, "").replace(THIN, "").replace("\u202f", "").replace(" ", "")
    t = t.replace(",", ".")
    return float(t)


# ---------------------------------------------------------------- gold
class Gold:
    def __init__(self, stem, municipality, region, year):
        self.stem = stem
        self.municipality = municipality
        self.region = region
        self.year = year
        self.items = []

    def add(self, key, value, written, anchor, where, reading="num", note="",
            cell=None, lines=None):
        assert key in ALL_KEYS, key
        assert key not in [i["key"] for i in self.items], "duplicate " + key
        if key in KEYS_COUNT:
            value = int(value)
        else:
            value = float(value)
        if reading == "num" and cell is None:
            assert abs(parse_written(written) - value) < 1e-6, (key, written, value)
        elif reading == "thousand":
            assert abs(parse_written(written) * 1000 - value) < 1e-6, (key, written)
        elif reading == "fraction":
            assert abs(parse_written(written) * 100 - value) < 1e-6, (key, written)
        it = {"key": key, "value": value, "written": written, "anchor": anchor,
              "where": where, "reading": reading}
        if note:
            it["note"] = note
        if cell:
            it["cell"] = cell
        if lines:
            it["lines"] = lines
        self.items.append(it)
        return written

    def save(self, doc_name):
        figures = {}
        for k in ALL_KEYS:
            for it in self.items:
                if it["key"] == k:
                    figures[k] = it["value"]
        gold = {"municipality": self.municipality, "region": self.region,
                "year": self.year, "figures": figures}
        base = os.path.splitext(doc_name)[0]
        with open(os.path.join(OUT, base + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        ev = {"document": doc_name, "municipality": self.municipality,
              "region": self.region, "year": self.year, "figures": self.items}
        with open(os.path.join(EVID, base + ".evidence.json"), "w", encoding="utf-8") as f:
            json.dump(ev, f, ensure_ascii=False, indent=1)
            f.write("\n")
        # human-readable copy
        lines = ["# Evidence: " + doc_name, "",
                 "Municipality: %s; region: %s; year: %s" % (self.municipality, self.region, self.year),
                 "", "| key | gold | written (as in document) | anchor (same row/line) | where | reading |",
                 "|---|---|---|---|---|---|"]
        for it in self.items:
            w = it["written"].replace(NBSP, "\u2420").replace(THIN, "\u2009")
            rd = it["reading"] + ((": " + it["note"]) if it.get("note") else "")
            where = it["where"] + ((" [" + it["cell"] + "]") if it.get("cell") else "")
            lines.append("| %s | %s | %s | %s | %s | %s |" % (
                it["key"], it["value"], w.replace("|", "/"), it["anchor"].replace("|", "/"),
                where.replace("|", "/"), rd.replace("|", "/")))
        lines += ["", "(␠ marks a no-break space in the written form.)", ""]
        with open(os.path.join(EVID, base + ".evidence.md"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        print("%s: %d gold figures" % (doc_name, len(figures)))


# ---------------------------------------------------------------- LibreOffice
def _profile():
    d = os.path.join(tempfile.gettempdir(), "lo_r8_" + uuid.uuid4().hex[:10])
    user = os.path.join(d, "user")
    os.makedirs(user, exist_ok=True)
    # always recalculate formulas of OOXML / ODF files on load
    xcu = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
    with open(os.path.join(user, "registrymodifications.xcu"), "w") as f:
        f.write(xcu)
    return d


def soffice_convert(src, fmt, outdir):
    prof = _profile()
    try:
        cmd = ["soffice", "-env:UserInstallation=file://" + prof, "--headless",
               "--norestore", "--convert-to", fmt, "--outdir", outdir, src]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=240)
        if r.returncode != 0:
            sys.stderr.write(r.stdout.decode() + r.stderr.decode())
            raise SystemExit("soffice failed for " + src)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def to_pdf(src_path, final_name):
    """Convert a docx/odt to pdf into out/ under final_name."""
    tmp = tempfile.mkdtemp(prefix="r8conv_")
    try:
        soffice_convert(src_path, "pdf", tmp)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src_path))[0] + ".pdf")
        shutil.move(produced, os.path.join(OUT, final_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def recalc_xlsx(path):
    """Open and re-save an xlsx through LibreOffice so formulas get cached values."""
    tmp = tempfile.mkdtemp(prefix="r8xl_")
    try:
        src = os.path.join(tmp, "src_" + os.path.basename(path))
        shutil.copy(path, src)
        outdir = os.path.join(tmp, "o")
        os.makedirs(outdir)
        soffice_convert(src, 'xlsx:Calc MS Excel 2007 XML', outdir)
        produced = os.path.join(outdir, os.path.basename(src))
        shutil.move(produced, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build_dir():
    d = tempfile.mkdtemp(prefix="r8build_")
    return d


# ---------------------------------------------------------------- docx helpers
def docx_tools():
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    return Document, Pt, Cm, WD_ALIGN_PARAGRAPH, WD_ORIENT, qn, OxmlElement


def new_docx(font="Times New Roman", size=12, landscape=False, margins_cm=(2, 1.5, 2, 2)):
    Document, Pt, Cm, _, WD_ORIENT, qn, _ = docx_tools()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        from docx.oxml import OxmlElement
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in margins_cm]
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None, indent=False,
         space_after=None, keep=None):
    _, Pt, Cm, AL, _, _, _ = docx_tools()
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align == "c":
        p.alignment = AL.CENTER
    elif align == "r":
        p.alignment = AL.RIGHT
    elif align == "j":
        p.alignment = AL.JUSTIFY
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(doc, parts, align=None, indent=False, size=None):
    """parts: list of (text, style) where style in '', 'b', 'i', 'bi'."""
    _, Pt, Cm, AL, _, _, _ = docx_tools()
    p = doc.add_paragraph()
    for text, stl in parts:
        r = p.add_run(text)
        r.bold = "b" in stl
        r.italic = "i" in stl
        if size:
            r.font.size = Pt(size)
    if align == "j":
        p.alignment = AL.JUSTIFY
    elif align == "c":
        p.alignment = AL.CENTER
    elif align == "r":
        p.alignment = AL.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    return p


def _set_cell_borders(cell, val="single", sz=4):
    _, _, _, _, _, qn, OxmlElement = docx_tools()
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "nil" else "auto")
        b.append(e)


def _shade(cell, fill):
    _, _, _, _, _, qn, OxmlElement = docx_tools()
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table(doc, rows, header_rows=1, widths_cm=None, borders=True, repeat_header=False,
          merges=(), bold_rows=(), bold_cells=(), size=10, align_num=True, shade_rows=(),
          shade="D9D9D9", center_cols=(), italic_rows=(), cell_sizes=None, cant_split=True):
    """rows: list of lists of str (None = cell covered by a merge).
    merges: list of (r1, c1, r2, c2) inclusive."""
    _, Pt, Cm, AL, _, qn, OxmlElement = docx_tools()
    nrows, ncols = len(rows), max(len(r) for r in rows)
    t = doc.add_table(rows=nrows, cols=ncols)
    if borders:
        t.style = doc.styles["Table Grid"]
    t.autofit = False
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
            txt = row[ci] if ci < len(row) else ""
            if txt is None:
                txt = ""
            cell = t.cell(ri, ci)
            p = cell.paragraphs[0]
            lines = txt.split("\n")
            for li, ln in enumerate(lines):
                if li > 0:
                    p = cell.add_paragraph()
                r = p.add_run(ln)
                fs = size
                if cell_sizes and (ri, ci) in cell_sizes:
                    fs = cell_sizes[(ri, ci)]
                r.font.size = Pt(fs)
                if ri < header_rows or ri in bold_rows or (ri, ci) in bold_cells:
                    r.bold = True
                if ri in italic_rows:
                    r.italic = True
                p.paragraph_format.space_after = Pt(0)
                if ri < header_rows or ci in center_cols:
                    p.alignment = AL.CENTER
                elif align_num and ci > 0 and _looks_num(ln):
                    p.alignment = AL.CENTER
    if widths_cm:
        grid = t._tbl.tblGrid
        for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if ci < len(widths_cm):
                gc.set(qn("w:w"), str(int(widths_cm[ci] * 567)))
        for ri in range(nrows):
            for ci, w in enumerate(widths_cm):
                if ci < ncols and (ri, ci) not in covered:
                    t.cell(ri, ci).width = Cm(w)
        tblPr = t._tbl.tblPr
        tw = OxmlElement("w:tblW")
        tw.set(qn("w:w"), str(int(sum(widths_cm) * 567)))
        tw.set(qn("w:type"), "dxa")
        for old_tw in tblPr.findall(qn("w:tblW")):
            tblPr.remove(old_tw)
        tblPr.append(tw)
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
    if cant_split:
        for ri in range(nrows):
            trPr = t.rows[ri]._tr.get_or_add_trPr()
            cs = OxmlElement("w:cantSplit")
            cs.set(qn("w:val"), "true")
            trPr.append(cs)
    if repeat_header:
        for ri in range(header_rows):
            trPr = t.rows[ri]._tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
    if not borders:
        # explicit "no borders" on the table
        tblPr = t._tbl.tblPr
        tb = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + edge)
            e.set(qn("w:val"), "nil")
            tb.append(e)
        tblPr.append(tb)
    for ri in shade_rows:
        for ci in range(ncols):
            if (ri, ci) not in covered:
                _shade(t.cell(ri, ci), shade)
    return t


def _looks_num(s):
    s = s.strip()
    if not s:
        return False
    ok = set("0123456789 ,.%–—-+х\u00a0")
    return all(ch in ok for ch in s)


# ---------------------------------------------------------------- misc
def words_ok():
    return True


# ---------------------------------------------------------------- odt helpers (odfpy)
class Odt:
    def __init__(self, landscape=False, font="Liberation Serif", size="11pt",
                 margins_cm=(1.5, 1.5, 1.5, 2.0)):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                               PageLayoutProperties, MasterPage, FontFace)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="roman",
                                            fontpitch="variable"))
        self.font = font
        self.size = size
        pw, ph = ("29.7cm", "21cm") if landscape else ("21cm", "29.7cm")
        pl = PageLayout(name="PL1")
        t, r, b, l = margins_cm
        pl.addElement(PageLayoutProperties(pagewidth=pw, pageheight=ph,
                                           printorientation="landscape" if landscape else "portrait",
                                           margintop="%scm" % t, marginbottom="%scm" % b,
                                           marginleft="%scm" % l, marginright="%scm" % r))
        d.automaticstyles.addElement(pl)
        d.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))
        ds = Style(name="Standard", family="paragraph")
        ds.addElement(TextProperties(fontname=font, fontsize=size))
        d.styles.addElement(ds)
        self._pstyles = {}
        self._n = 0
        self.Style, self.TextProperties, self.ParagraphProperties = Style, TextProperties, ParagraphProperties

    def _pstyle(self, bold=False, italic=False, align=None, size=None, indent=False, space_after="0.1cm",
                keep_next=False):
        key = (bold, italic, align, size, indent, space_after, keep_next)
        if key in self._pstyles:
            return self._pstyles[key]
        self._n += 1
        st = self.Style(name="P%d" % self._n, family="paragraph", parentstylename="Standard")
        tp = dict(fontname=self.font, fontsize=size or self.size)
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(self.TextProperties(**tp))
        pp = dict(marginbottom=space_after, margintop="0cm")
        if align:
            pp["textalign"] = {"c": "center", "r": "end", "j": "justify", "l": "start"}[align]
        if indent:
            pp["textindent"] = "1.25cm"
        if keep_next:
            pp["keepwithnext"] = "always"
        st.addElement(self.ParagraphProperties(**pp))
        self.doc.automaticstyles.addElement(st)
        self._pstyles[key] = st
        return st

    def _ptext(self, parent, text, style):
        from odf.text import P, LineBreak
        from odf import teletype
        p = P(stylename=style)
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                p.addElement(LineBreak())
            teletype.addTextToElement(p, part)
        parent.addElement(p)
        return p

    def p(self, text="", bold=False, italic=False, align=None, size=None, indent=False, space_after="0.1cm",
          keep_next=False):
        st = self._pstyle(bold, italic, align, size, indent, space_after, keep_next)
        return self._ptext(self.doc.text, text, st)

    def page_break(self):
        from odf.text import P
        self._n += 1
        st = self.Style(name="PB%d" % self._n, family="paragraph", parentstylename="Standard")
        st.addElement(self.ParagraphProperties(breakbefore="page"))
        self.doc.automaticstyles.addElement(st)
        self.doc.text.addElement(P(stylename=st))

    def table(self, rows, header_rows=1, widths_cm=None, borders=True, merges=(), bold_rows=(),
              repeat_header=True, size="9.5pt", shade_rows=(), align_cols=None, italic_rows=(),
              border_style="0.5pt solid #000000", header_bottom_only=False):
        from odf.style import TableProperties, TableColumnProperties, TableCellProperties, TableRowProperties
        from odf.table import (Table, TableColumn, TableRow, TableCell, CoveredTableCell,
                               TableHeaderRows)
        self._n += 1
        tn = "T%d" % self._n
        ncols = max(len(r) for r in rows)
        if not widths_cm:
            widths_cm = [16.0 / ncols] * ncols
        ts = self.Style(name=tn, family="table")
        ts.addElement(TableProperties(width="%.2fcm" % sum(widths_cm), align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name="Таблица%d" % self._n, stylename=ts)
        for i, w in enumerate(widths_cm):
            cs = self.Style(name="%s.C%d" % (tn, i), family="table-column")
            cs.addElement(TableColumnProperties(columnwidth="%.2fcm" % w))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        # cell styles
        def cstyle(name, shade=False, hb=False):
            s = self.Style(name="%s.%s" % (tn, name), family="table-cell")
            kw = dict(padding="0.06cm")
            if borders:
                kw["border"] = border_style
            else:
                kw["border"] = "none"
                if hb:
                    kw["borderbottom"] = "0.5pt solid #000000"
            if shade:
                kw["backgroundcolor"] = "#e6e6e6"
            s.addElement(TableCellProperties(**kw))
            self.doc.automaticstyles.addElement(s)
            return s
        c_norm = cstyle("A")
        c_shade = cstyle("S", shade=True)
        c_hb = cstyle("H", hb=header_bottom_only)
        covered = {}
        for (r1, c1, r2, c2) in merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered[(r, c)] = True
        span = {(m[0], m[1]): (m[3] - m[1] + 1, m[2] - m[0] + 1) for m in merges}
        hdr = TableHeaderRows() if (header_rows and repeat_header) else None
        if hdr is not None:
            t.addElement(hdr)
        for ri, row in enumerate(rows):
            tr = TableRow()
            for ci in range(ncols):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                txt = row[ci] if ci < len(row) and row[ci] is not None else ""
                kw = {}
                if (ri, ci) in span:
                    cs_, rs_ = span[(ri, ci)]
                    if cs_ > 1:
                        kw["numbercolumnsspanned"] = cs_
                    if rs_ > 1:
                        kw["numberrowsspanned"] = rs_
                st = c_shade if ri in shade_rows else (c_hb if ri < header_rows else c_norm)
                cell = TableCell(stylename=st, valuetype="string", **kw)
                bold = ri < header_rows or ri in bold_rows
                al = None
                if ri < header_rows:
                    al = "c"
                elif align_cols and ci < len(align_cols):
                    al = align_cols[ci]
                pst = self._pstyle(bold=bold, italic=ri in italic_rows, align=al, size=size, space_after="0cm")
                self._ptext(cell, txt, pst)
                tr.addElement(cell)
            if hdr is not None and ri < header_rows:
                hdr.addElement(tr)
            else:
                t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def save(self, path):
        self.doc.save(path)


# ---------------------------------------------------------------- plain-text tables
def _wrap(text, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur or not lines:
        lines.append(cur)
    return lines


def box_table(rows, widths, header_rows=1, align=None, style="+", value_on="first"):
    """Render rows as a «+---+» box table (style '+') or a «|» table (style '|').
    Long cells wrap inside their column; values sit on the first (or last) line."""
    n = len(widths)
    align = align or (["l"] + ["r"] * (n - 1))
    def sep(ch="-"):
        if style == "+":
            return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
        return "|" + "|".join(ch * (w + 2) for w in widths) + "|"
    out = [sep("-")] if style == "+" else []
    for ri, row in enumerate(rows):
        cells = [_wrap(str(row[i]) if i < len(row) and row[i] is not None else "", widths[i]) for i in range(n)]
        h = max(len(c) for c in cells)
        for li in range(h):
            parts = []
            for i in range(n):
                c = cells[i]
                if value_on == "last" and len(c) < h and ri >= header_rows:
                    c = [""] * (h - len(c)) + c
                txt = c[li] if li < len(c) else ""
                a = "c" if ri < header_rows else align[i]
                if a == "r":
                    parts.append(txt.rjust(widths[i]))
                elif a == "c":
                    parts.append(txt.center(widths[i]))
                else:
                    parts.append(txt.ljust(widths[i]))
            out.append("| " + " | ".join(parts) + " |")
        if ri == header_rows - 1:
            out.append(sep("=") if style == "+" else sep("-"))
        elif style == "+":
            out.append(sep("-"))
    return out


def fixed_table(rows, widths, align=None, gap=2, value_on="last"):
    """Space-aligned table without any rules; long first-column labels wrap onto
    continuation lines, values on the last (or first) line."""
    n = len(widths)
    align = align or (["l"] + ["r"] * (n - 1))
    out = []
    for row in rows:
        cells = [_wrap(str(row[i]) if i < len(row) and row[i] is not None else "", widths[i]) for i in range(n)]
        h = max(len(c) for c in cells)
        for li in range(h):
            parts = []
            for i in range(n):
                c = cells[i]
                if value_on == "last" and len(c) < h:
                    c = [""] * (h - len(c)) + c if i > 0 else c + [""] * (h - len(c))
                txt = c[li] if li < len(c) else ""
                parts.append(txt.rjust(widths[i]) if align[i] == "r" else txt.ljust(widths[i]))
            out.append((" " * gap).join(parts).rstrip())
    return out
