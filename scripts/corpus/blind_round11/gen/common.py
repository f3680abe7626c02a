"""Shared helpers for the round-11 generators (paths are relative to this file)."""
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))          # the batch folder
BUILD = os.path.join(HERE, "build")                        # intermediate docx/odt for pdfs
EVID = os.path.join(HERE, "evidence")

NB = "\u00a0"      # no-break space
THIN = "\u2009"    # thin space
NNB = "\u202f"     # narrow no-break space

PCT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}


def out_path(name):
    return os.path.join(OUT, name)


def build_path(name):
    os.makedirs(BUILD, exist_ok=True)
    return os.path.join(BUILD, name)


def write_gold(stem, ext, municipality, region, year, figs):
    """figs: list of dicts/tuples (key, value, written, anchor, loc[, window]).

    Writes STEM.gold.json beside the document (only the prescribed fields) and
    gen/evidence/STEM.json with where each figure is written (used by verify.py).
    The first evidence entry of a key is its primary place (counted for the table share).
    """
    figures = {}
    ev = []
    for f in figs:
        key, value, written, anchor, loc = f[:5]
        window = f[5] if len(f) > 5 else 0
        if key in PCT_KEYS:
            value = float(value)
        else:
            assert isinstance(value, int), (key, value)
        if key in figures:
            assert figures[key] == value, ("conflicting gold", key, figures[key], value)
        figures[key] = value
        ev.append({"key": key, "value": value, "written": written, "anchor": anchor,
                   "loc": loc, "window": window})
    gold = {"municipality": municipality, "region": region, "year": year, "figures": figures}
    with open(out_path(stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.makedirs(EVID, exist_ok=True)
    with open(os.path.join(EVID, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"file": stem + "." + ext, "figures": ev}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


def soffice_convert(src, fmt, outdir):
    """Convert with LibreOffice using a private throw-away profile."""
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def to_pdf(src, final_name):
    """src: a docx/odt under gen/build; the pdf is moved to the batch folder as final_name."""
    outdir = tempfile.mkdtemp(prefix="lo_out_")
    try:
        soffice_convert(src, "pdf", outdir)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        shutil.move(os.path.join(outdir, base), out_path(final_name))
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


def recalc_xlsx(path):
    """Open and re-save an xlsx with LibreOffice so formula cells get cached values."""
    outdir = tempfile.mkdtemp(prefix="lo_out_")
    try:
        soffice_convert(path, 'xlsx:Calc MS Excel 2007 XML', outdir)
        shutil.move(os.path.join(outdir, os.path.basename(path)), path)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


# ---------- python-docx helpers ----------

def docx_table(doc, rows, widths=None, style="Table Grid", bold_rows=(0,), font_size=None,
               merges=()):
    """rows: list of lists of str. merges: list of (r1, c1, r2, c2)."""
    from docx.shared import Cm, Pt
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            cell = t.cell(i, j)
            lines = txt.split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k > 0:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                if i in bold_rows:
                    run.bold = True
                if font_size:
                    run.font.size = Pt(font_size)
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        keep = a.text
        m = a.merge(b)
        # merged cell keeps the texts of all parts; keep only the first
        for p in m.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(keep)
        if r1 in bold_rows:
            run.bold = True
        if font_size:
            run.font.size = Pt(font_size)
    if widths:
        t.autofit = False
        for j, w in enumerate(widths):
            if j < len(t.columns):
                t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    return t


def docx_para(doc, text, bold=False, italic=False, size=None, align=None, style=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def docx_base_font(doc, name="Times New Roman", size=12):
    from docx.shared import Pt
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        from docx.oxml import OxmlElement
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:cs"), name)


def docx_repeat_header(table, nrows=1):
    """Mark the first nrows rows as header rows repeated on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for r in table.rows[:nrows]:
        trPr = r._tr.get_or_add_trPr()
        el = OxmlElement("w:tblHeader")
        el.set(qn("w:val"), "true")
        trPr.append(el)


# ---------- plain-text tables ----------

def _wrap(text, width):
    import textwrap
    out = []
    for part in str(text).split("\n"):
        out.extend(textwrap.wrap(part, width, break_long_words=True, break_on_hyphens=False) or [""])
    return out


def text_table(rows, widths, aligns=None, style="box", valign=None, sep_rows=None, hsep="-"):
    """Render rows (lists of str) as a text table.

    style: 'box' (+---+ borders, | cells), 'pipe' (| cells, a dashed line under the header),
           'plain' (cells separated by two spaces, no rules).
    valign: per-row list of 'top'/'bottom' for short cells of wrapped rows (default top).
    sep_rows: indexes of rows after which a rule is drawn (box: all rows by default).
    """
    n = len(widths)
    aligns = aligns or (["l"] + ["r"] * (n - 1))
    lines = []

    def rule(ch="-"):
        if style == "box":
            return "+" + "+".join(ch * (w + 2) for w in widths) + "+"
        if style == "pipe":
            return "|" + "|".join(ch * (w + 2) for w in widths) + "|"
        return ch * (sum(widths) + 2 * (n - 1))

    if style == "box":
        lines.append(rule())
    for i, r in enumerate(rows):
        cells = [(_wrap(r[j] if j < len(r) else "", widths[j])) for j in range(n)]
        h = max(len(c) for c in cells)
        va = (valign[i] if valign and i < len(valign) and valign[i] else "top")
        for j, c in enumerate(cells):
            pad = [""] * (h - len(c))
            cells[j] = (pad + c) if (va == "bottom" and len(c) == 1) else (c + pad)
        for k in range(h):
            parts = []
            for j in range(n):
                s = cells[j][k]
                s = s.rjust(widths[j]) if aligns[j] == "r" else (
                    s.center(widths[j]) if aligns[j] == "c" else s.ljust(widths[j]))
                parts.append(s)
            if style in ("box", "pipe"):
                lines.append("| " + " | ".join(parts) + " |")
            else:
                lines.append("  ".join(parts).rstrip())
        if style == "box" and (sep_rows is None or i in sep_rows or i == len(rows) - 1):
            lines.append(rule("=" if i == 0 else "-"))
        elif style == "pipe" and i == 0:
            lines.append(rule(hsep))
        elif style == "plain" and sep_rows and i in sep_rows:
            lines.append(rule(hsep))
    return lines


# ---------- odfpy helpers ----------

class Odt:
    """A small wrapper over odfpy for text documents with ruled tables."""

    def __init__(self, font="Liberation Serif", size="12pt", landscape=False):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties, TableCellProperties,
                               PageLayout, PageLayoutProperties, MasterPage,
                               TableProperties)
        self.doc = OpenDocumentText()
        d = self.doc
        if landscape:
            pl = PageLayout(name="PL")
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                               printorientation="landscape", margin="1.5cm"))
            d.automaticstyles.addElement(pl)
            d.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))
        else:
            pl = PageLayout(name="PL")
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                               printorientation="portrait", margintop="2cm",
                                               marginbottom="2cm", marginleft="2.5cm",
                                               marginright="1.5cm"))
            d.automaticstyles.addElement(pl)
            d.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))
        self.styles = {}

        def pstyle(name, bold=False, italic=False, align=None, sz=size, brk=False):
            st = Style(name=name, family="paragraph")
            tp = dict(fontname=font, fontsize=sz, fontfamily=font)
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            st.addElement(TextProperties(attributes=tp))
            pp = {"margintop": "0.05cm", "marginbottom": "0.1cm"}
            if align:
                pp["textalign"] = align
            if brk:
                pp["breakbefore"] = "page"
            st.addElement(ParagraphProperties(attributes=pp))
            d.automaticstyles.addElement(st)
            self.styles[name] = st
        from odf.style import FontFace
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
        pstyle("N", align="justify")
        pstyle("B", bold=True)
        pstyle("BC", bold=True, align="center")
        pstyle("C", align="center")
        pstyle("R", align="end")
        pstyle("I", italic=True, align="end")
        pstyle("T", sz="10pt")
        pstyle("TB", bold=True, sz="10pt", align="center")
        pstyle("BRK", bold=True, brk=True)
        cs = Style(name="Cell", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
        d.automaticstyles.addElement(cs)
        self.cellstyle = cs
        ns = Style(name="CellNB", family="table-cell")
        ns.addElement(TableCellProperties(border="none", padding="0.05cm"))
        d.automaticstyles.addElement(ns)
        self.cellstyle_nb = ns
        self.ntables = 0

    def p(self, text, style="N"):
        from odf.text import P, LineBreak
        el = P(stylename=self.styles[style])
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if i:
                el.addElement(LineBreak())
            el.addText(part)
        self.doc.text.addElement(el)
        return el

    def table(self, rows, widths, spans=None, bold_rows=(0,), ruled=True):
        """rows: list of lists (None = covered by a span). spans: {(r,c): (rows, cols)}."""
        from odf.table import Table, TableColumn, TableRow, TableCell, CoveredTableCell
        from odf.style import Style, TableColumnProperties, TableProperties
        from odf.text import P, LineBreak
        self.ntables += 1
        tn = f"Tbl{self.ntables}"
        ts = Style(name=tn, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths)}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=tn, stylename=ts)
        for j, w in enumerate(widths):
            cs = Style(name=f"{tn}C{j}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        spans = spans or {}
        for i, r in enumerate(rows):
            tr = TableRow()
            for j in range(len(widths)):
                v = r[j] if j < len(r) else ""
                if v is None:
                    tr.addElement(CoveredTableCell())
                    continue
                attrs = {"stylename": self.cellstyle if ruled else self.cellstyle_nb,
                         "valuetype": "string"}
                if (i, j) in spans:
                    rs, cs_ = spans[(i, j)]
                    if rs > 1:
                        attrs["numberrowsspanned"] = rs
                    if cs_ > 1:
                        attrs["numbercolumnsspanned"] = cs_
                tc = TableCell(**attrs)
                para = P(stylename=self.styles["TB" if i in bold_rows else "T"])
                for k, part in enumerate(str(v).split("\n")):
                    if k:
                        para.addElement(LineBreak())
                    para.addText(part)
                tc.addElement(para)
                tr.addElement(tc)
            t.addElement(tr)
        self.doc.text.addElement(t)
        return t

    def save(self, path):
        self.doc.save(path)
