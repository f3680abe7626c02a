"""Shared helpers for the round-10 blind batch generators.

Every generator builds one document and records, for each gold figure, the
number as written, an anchor label that stands in the same table row / line,
and whether the figure sits in a table or in running text.  The gold file
(`<stem>.gold.json`) holds only what indicators.md prescribes; the evidence
(`gen/evidence/<stem>.json`) is what verify.py checks against the document.
"""
import json
import os
import tempfile
from pathlib import Path
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)                       # round10/
EVID = os.path.join(HERE, "evidence")
NBSP = "\u00a0"
NNBSP = "\u202f"
THIN = "\u2009"

INT_KEYS = {
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science",
    "programs_tech", "programs_tourism", "programs_nok", "students_total",
    "students_art", "students_sport", "students_social", "students_science",
    "students_tech", "students_tourism", "coverage_growth_children",
    "students_ovz", "students_disabled", "certificates_issued",
    "certificates_active", "certificate_students", "new_places",
    "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach",
    "teachers_pd_participants",
}
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
              "certificate_share_pct"}


def n(x, sep=NBSP):
    """Integer with a thousands separator (Russian style)."""
    s = f"{int(x):,}".replace(",", sep)
    return s


def d(x, nd=1, sep=NBSP):
    """Decimal with a decimal comma and thousands separator."""
    s = f"{x:,.{nd}f}".replace(",", "§").replace(".", ",").replace("§", sep)
    return s


class Gold:
    def __init__(self, stem, municipality, region, year, fmt):
        self.stem = stem
        self.municipality = municipality
        self.region = region
        self.year = year
        self.fmt = fmt
        self.figures = {}
        self.evidence = []

    def add(self, key, value, written, anchor, where="table", extra=None):
        assert key in INT_KEYS or key in FLOAT_KEYS, key
        assert key not in self.figures, f"duplicate {key}"
        assert where in ("table", "text"), where
        if key in INT_KEYS:
            assert isinstance(value, int), (key, value)
        else:
            value = float(value)
        self.figures[key] = value
        ev = {"key": key, "value": value, "written": str(written),
              "anchor": anchor, "where": where}
        if extra:
            ev.update(extra)
        self.evidence.append(ev)
        return written

    def save(self, traps=None):
        os.makedirs(EVID, exist_ok=True)
        gold = {"municipality": self.municipality, "region": self.region,
                "year": self.year, "figures": self.figures}
        with open(os.path.join(OUT, self.stem + ".gold.json"), "w",
                  encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(EVID, self.stem + ".json"), "w",
                  encoding="utf-8") as f:
            json.dump({"stem": self.stem, "format": self.fmt,
                       "evidence": self.evidence, "traps": traps or []},
                      f, ensure_ascii=False, indent=1)
            f.write("\n")


def soffice_convert(src, target_ext, outdir):
    """Convert with LibreOffice using a private profile; returns output path."""
    # a private LibreOffice profile in the system's temporary directory
    profile = Path(tempfile.gettempdir(), "lo_r10_profile").as_uri()
    cmd = ["soffice", f"-env:UserInstallation={profile}", "--headless",
           "--convert-to", target_ext, "--outdir", outdir, src]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0]
    out = os.path.join(outdir, base + "." + target_ext.split(":")[0])
    if not os.path.exists(out):
        sys.stderr.write(r.stdout + r.stderr)
        raise SystemExit(f"conversion failed: {src}")
    return out


def tmpdir(stem):
    p = os.path.join(HERE, "build", stem)
    os.makedirs(p, exist_ok=True)
    return p


def to_pdf(src, stem):
    """Convert a docx/odt made in the build dir into OUT/<stem>.pdf."""
    b = tmpdir(stem)
    out = soffice_convert(src, "pdf", b)
    shutil.copyfile(out, os.path.join(OUT, stem + ".pdf"))


def recalc_xlsx(src, stem):
    """Round-trip an xlsx through LibreOffice so formula cells get cached values."""
    b = os.path.join(tmpdir(stem), "recalc")
    os.makedirs(b, exist_ok=True)
    out = soffice_convert(src, "xlsx", b)
    shutil.copyfile(out, os.path.join(OUT, stem + ".xlsx"))


# ---------------------------------------------------------------- docx helpers
def docx_base(font="Times New Roman", size=12, landscape=False, margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts")
    if rfonts is not None:
        rfonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def para(doc, text="", bold=False, italic=False, align=None, size=None,
         indent_first=None, space_after=None):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    al = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
          "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}
    if align:
        p.alignment = al[align]
    if indent_first is not None:
        p.paragraph_format.first_line_indent = Cm(indent_first)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def docx_table(doc, rows, widths_cm=None, style="Table Grid", size=None,
               bold_rows=(), align_num=True, header_rows=0):
    """rows: list of lists of str. Returns table."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, r in enumerate(rows):
        for j in range(ncols):
            txt = r[j] if j < len(r) else ""
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            lines = txt.split("\n")
            for k, line in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                run = p.add_run(line)
                if size:
                    run.font.size = Pt(size)
                if i in bold_rows or i < header_rows:
                    run.bold = True
                p.paragraph_format.space_after = Pt(0)
                if i < header_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif align_num and j > 0 and _numlike(line):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            t.columns[j].width = Cm(w)
            for row in t.rows:
                row.cells[j].width = Cm(w)
    if header_rows:
        for i in range(header_rows):
            set_repeat_header(t.rows[i])
    return t


def _numlike(s):
    s = s.strip()
    return bool(s) and (s[0].isdigit() or s in ("–", "—", "-", "х", "н/д", "x"))


def set_repeat_header(row):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_shade(cell, hex_fill="D9D9D9"):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- odt helpers
class Odt:
    """Tiny odfpy wrapper: paragraphs, headings, ruled tables with spans, frames."""

    def __init__(self, font="Liberation Serif", size="12pt", landscape=False):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties,
                               TableColumnProperties, TableCellProperties,
                               TableProperties, PageLayout, PageLayoutProperties,
                               MasterPage, GraphicProperties, FontFace)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font,
                                            fontfamilygeneric="roman"))
        pl = PageLayout(name="PL")
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                               printorientation="landscape",
                                               margin="1.5cm"))
        else:
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                               printorientation="portrait",
                                               margintop="2cm", marginbottom="2cm",
                                               marginleft="2.5cm", marginright="1.5cm"))
        d.automaticstyles.addElement(pl)
        self.master = MasterPage(name="Standard", pagelayoutname=pl)
        d.masterstyles.addElement(self.master)

        def pstyle(name, bold=False, align="justify", sz=size, italic=False,
                   brk=False, indent=None, family="paragraph", auto=False):
            s = Style(name=name, family=family)
            tp = {"fontname": font, "fontsize": sz}
            if bold:
                tp["fontweight"] = "bold"
            if italic:
                tp["fontstyle"] = "italic"
            s.addElement(TextProperties(**tp))
            pp = {"textalign": align, "marginbottom": "0.1cm"}
            if brk:
                pp["breakbefore"] = "page"
            if indent:
                pp["textindent"] = indent
            s.addElement(ParagraphProperties(**pp))
            (d.automaticstyles if auto else d.styles).addElement(s)
            return s
        self.st = {
            "p": pstyle("Body", indent="1.25cm"),
            "pl": pstyle("BodyLeft", align="left"),
            "pr": pstyle("BodyRight", align="right"),
            "pc": pstyle("BodyCenter", align="center"),
            "h": pstyle("Head", bold=True, align="center"),
            "hl": pstyle("HeadLeft", bold=True, align="left"),
            "small": pstyle("Small", align="left", sz="10pt"),
            "smallc": pstyle("SmallC", align="center", sz="10pt"),
            "smallb": pstyle("SmallB", align="center", sz="10pt", bold=True),
            "it": pstyle("Ital", italic=True, align="left", sz="10pt"),
            "brk": pstyle("Brk", align="left", brk=True, auto=True),
        }
        cs = Style(name="CellB", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000",
                                          padding="0.05cm"))
        d.automaticstyles.addElement(cs)
        self.cell_style = cs
        cs2 = Style(name="CellN", family="table-cell")
        cs2.addElement(TableCellProperties(border="none", padding="0.04cm"))
        d.automaticstyles.addElement(cs2)
        self.cell_style_none = cs2
        self._tcount = 0
        self._Style = Style
        self._TableColumnProperties = TableColumnProperties
        self._TableProperties = TableProperties
        self._GraphicProperties = GraphicProperties
        self.body = d.text

    def p(self, text, style="p", parent=None):
        from odf.text import P
        el = P(stylename=self.st[style], text=text)
        (parent or self.body).addElement(el)
        return el

    def h(self, text, style="h", parent=None):
        return self.p(text, style, parent)

    def page_break(self):
        return self.p("", "brk")

    def table(self, rows, widths_cm, borders=True, font_style="small",
              header_rows=0, parent=None):
        """rows: list of rows; a cell is str or dict(text=, cs=colspan, rs=rowspan).
        Cells covered by a span must be given as None."""
        from odf.table import (Table, TableColumn, TableRow, TableCell,
                               CoveredTableCell, TableHeaderRows)
        from odf.text import P
        self._tcount += 1
        name = f"T{self._tcount}"
        ts = self._Style(name=name, family="table")
        ts.addElement(self._TableProperties(width=f"{sum(widths_cm):.2f}cm",
                                            align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for j, w in enumerate(widths_cm):
            cst = self._Style(name=f"{name}C{j}", family="table-column")
            cst.addElement(self._TableColumnProperties(columnwidth=f"{w:.2f}cm"))
            self.doc.automaticstyles.addElement(cst)
            t.addElement(TableColumn(stylename=cst))
        cstyle = self.cell_style if borders else self.cell_style_none
        hdr = TableHeaderRows() if header_rows else None
        if hdr is not None:
            t.addElement(hdr)
        for i, r in enumerate(rows):
            tr = TableRow()
            for c in r:
                if c is None:
                    tr.addElement(CoveredTableCell())
                    continue
                if isinstance(c, dict):
                    txt = c["text"]
                    kw = {}
                    if c.get("cs", 1) > 1:
                        kw["numbercolumnsspanned"] = c["cs"]
                    if c.get("rs", 1) > 1:
                        kw["numberrowsspanned"] = c["rs"]
                    stname = c.get("style")
                else:
                    txt, kw, stname = c, {}, None
                tc = TableCell(stylename=cstyle, valuetype="string", **kw)
                st = stname or ("smallb" if i < header_rows else font_style)
                for line in str(txt).split("\n"):
                    tc.addElement(P(stylename=self.st[st], text=line))
                tr.addElement(tc)
            (hdr if (hdr is not None and i < header_rows) else t).addElement(tr)
        (parent or self.body).addElement(t)
        return t

    def frame_with(self, width_cm, height_cm=None, anchor_par=None):
        """A text frame (text box) anchored to a new paragraph; returns the
        text-box element so tables/paragraphs can be added into it."""
        from odf.draw import Frame, TextBox
        from odf.text import P
        if not getattr(self, "_frame_base", None):
            # a parent style named «Frame» makes LibreOffice import the frame as a
            # Writer text frame (which may hold tables), not as a drawing shape
            base = self._Style(name="Frame", family="graphic")
            base.addElement(self._GraphicProperties(
                anchortype="paragraph", x="0cm", y="0cm", wrap="parallel",
                numberwrappedparagraphs="no-limit", verticalpos="top",
                verticalrel="paragraph", horizontalpos="center",
                horizontalrel="paragraph"))
            self.doc.styles.addElement(base)
            self._frame_base = base
        fs = self._Style(name=f"Fr{self._tcount}", family="graphic",
                         parentstylename="Frame")
        fs.addElement(self._GraphicProperties(
            border="1pt solid #1F4E79", padding="0.2cm", backgroundcolor="#EEF3F8",
            wrap="parallel", horizontalpos="right", horizontalrel="paragraph",
            verticalpos="top", verticalrel="paragraph", marginleft="0.3cm"))
        self.doc.automaticstyles.addElement(fs)
        p = anchor_par or P(stylename=self.st["pl"])
        if anchor_par is None:
            self.body.addElement(p)
        kw = {"width": f"{width_cm}cm", "anchortype": "paragraph", "stylename": fs,
              "name": f"Frame{self._tcount + 1}", "zindex": "0"}
        if height_cm:
            kw["height"] = f"{height_cm}cm"
        fr = Frame(**kw)
        tb = TextBox(minheight="1cm")
        fr.addElement(tb)
        p.addElement(fr)
        self._tcount += 1
        return tb

    def save(self, path):
        self.doc.save(path)
