"""Shared helpers for the round-14 blind batch generators.

Every generator builds one document, registers every gold figure through
``Figs.add`` (the written form, an anchor label and whether it sits in a table
or in running text) and saves the gold file plus an evidence file.
All paths are computed relative to this file.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

GEN = Path(__file__).resolve().parent
OUT = GEN.parent                      # the batch folder
EVID = GEN / "evidence"

NB = "\u00a0"       # no-break space
TH = "\u202f"       # narrow no-break space

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
COUNT_KEYS = (["organizations_total", "providers_registry", "programs_total"]
              + ["programs_" + d for d in DIRS]
              + ["programs_nok", "students_total"]
              + ["students_" + d for d in DIRS]
              + ["coverage_growth_children", "students_ovz", "students_disabled",
                 "certificates_issued", "certificates_active", "certificate_students",
                 "new_places", "events_parents", "events_parents_reach",
                 "events_students", "events_students_reach", "events_teachers",
                 "events_teachers_reach", "teachers_pd_participants"])
FLOAT_KEYS = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
              "certificate_share_pct"]
ORDER = (["organizations_total", "providers_registry", "programs_total"]
         + ["programs_" + d for d in DIRS] + ["programs_nok", "students_total"]
         + ["students_" + d for d in DIRS]
         + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct",
            "students_ovz", "students_disabled", "certificate_nominal_rub",
            "certificates_issued", "certificates_active", "certificate_students",
            "certificate_share_pct", "new_places", "events_parents",
            "events_parents_reach", "events_students", "events_students_reach",
            "events_teachers", "events_teachers_reach", "teachers_pd_participants"])


def n(x, sep=NB):
    """Integer with thousands separated: 7421 -> '7 421' (nbsp by default)."""
    s = str(int(x))
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def d(x, dec=1, sep=NB):
    """Decimal with a comma: 79.8 -> '79,8'; 22380 -> '22 380,00' (dec=2)."""
    s = f"{x:.{dec}f}"
    whole, _, frac = s.partition(".")
    w = n(int(whole), sep) if len(whole) > 3 else whole
    return w + ("," + frac if dec else "")


class Figs:
    def __init__(self, name):
        self.name = name
        self.figs = {}
        self.ev = []

    def add(self, key, value, written, anchor, where="table", col=None,
            scale=None):
        """Register a gold figure; returns the written form for embedding."""
        assert key in COUNT_KEYS or key in FLOAT_KEYS, key
        assert key not in self.figs, ("duplicate", key)
        assert where in ("table", "text"), where
        if key in COUNT_KEYS:
            assert isinstance(value, int), (key, value)
        else:
            value = float(value)
        self.figs[key] = value
        e = {"key": key, "value": value, "written": written, "anchor": anchor,
             "where": where}
        if col:
            e["col"] = col
        if scale:
            e["scale"] = scale
        self.ev.append(e)
        return written

    def save(self, doc_file, municipality, region, year):
        gold = {"municipality": municipality, "region": region, "year": year,
                "figures": {k: self.figs[k] for k in ORDER if k in self.figs}}
        stem = doc_file.rsplit(".", 1)[0]
        (OUT / (stem + ".gold.json")).write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        EVID.mkdir(exist_ok=True)
        (EVID / (stem + ".json")).write_text(
            json.dumps({"document": doc_file, "figures": self.ev},
                       ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        nt = sum(1 for e in self.ev if e["where"] == "table")
        print(f"{doc_file}: {len(self.ev)} figures, {nt} in tables")


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, fmt, outdir):
    """Convert one file with a private temporary LibreOffice profile."""
    prof = tempfile.mkdtemp(prefix="lo_profile_r14_")
    try:
        subprocess.run(["soffice", "--headless",
                        "-env:UserInstallation=" + Path(prof).as_uri(),
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def to_pdf(src, final_name):
    """src (docx/odt in a temp dir) -> OUT/final_name (pdf)."""
    tmp = Path(tempfile.mkdtemp(prefix="r14pdf_"))
    try:
        soffice_convert(src, "pdf", tmp)
        produced = tmp / (Path(src).stem + ".pdf")
        shutil.copy(produced, OUT / final_name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _drop_src(src)


def recalc_xlsx(src, final_name):
    """Let LibreOffice compute formula results so that cached values exist."""
    tmp = Path(tempfile.mkdtemp(prefix="r14xl_"))
    try:
        soffice_convert(src, 'xlsx:Calc MS Excel 2007 XML', tmp)
        shutil.copy(tmp / (Path(src).stem + ".xlsx"), OUT / final_name)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _drop_src(src)


def _drop_src(src):
    """Remove the temporary folder that held an intermediate source file."""
    parent = Path(src).parent
    if parent.name.startswith("r14src_"):
        shutil.rmtree(parent, ignore_errors=True)


def tmpdir():
    return Path(tempfile.mkdtemp(prefix="r14src_"))


# ---------------------------------------------------------------- DOCX
def docx_new(landscape=False, font="Times New Roman", size=12, margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    doc = Document()
    doc.core_properties.author = "Пользователь"
    doc.core_properties.last_modified_by = "Пользователь"
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rfonts is not None:
        rfonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    sec.left_margin = Cm(margins_cm + 0.5)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    return doc


def docx_p(doc, text="", bold=False, italic=False, align=None, size=None,
           indent_cm=None, keep=False, page_before=False):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                       "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
    if indent_cm is not None:
        p.paragraph_format.first_line_indent = Cm(indent_cm)
    if keep:
        p.paragraph_format.keep_with_next = True
    if page_before:
        p.paragraph_format.page_break_before = True
    return p


def docx_runs(doc, parts, align=None, indent_cm=1.25):
    """Paragraph made of runs: parts = [(text, 'b'|'i'|''), ...]."""
    from docx.shared import Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    for t, f in parts:
        r = p.add_run(t)
        r.bold = "b" in f
        r.italic = "i" in f
        r.underline = "u" in f
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent_cm:
        p.paragraph_format.first_line_indent = Cm(indent_cm)
    return p


def docx_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _set_cell(cell, text, bold=False, size=None, align=None, italic=False):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "r": WD_ALIGN_PARAGRAPH.RIGHT,
                           "l": WD_ALIGN_PARAGRAPH.LEFT}[align]


def docx_table(container, rows, merges=(), widths_cm=None, header_rows=1,
               size=10, style="Table Grid", repeat_header=False, bold_rows=(),
               num_align="c", first_col_align="l"):
    """rows: list of equal-length lists of str; merges: (r1, c1, r2, c2).
    Merged areas keep only the top-left text. container: Document or cell."""
    from docx.shared import Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    nr, nc = len(rows), len(rows[0])
    if hasattr(container, "add_table") and container.__class__.__name__ == "_Cell":
        t = container.add_table(rows=nr, cols=nc)
    else:
        t = container.add_table(rows=nr, cols=nc)
    if style:
        t.style = style
    covered = set()
    for (r1, c1, r2, c2) in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for r in range(nr):
        assert len(rows[r]) == nc, (r, rows[r])
        for c in range(nc):
            if (r, c) in covered:
                continue
            txt = rows[r][c]
            if txt is None:
                txt = ""
            al = first_col_align if c == 0 else num_align
            if r < header_rows:
                al = "c"
            _set_cell(t.cell(r, c), txt, bold=(r < header_rows or r in bold_rows),
                      size=size, align=al)
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
        # merging concatenates paragraphs of empty cells; drop empty ones
        cell = t.cell(r1, c1)
        ps = cell.paragraphs
        for p in ps[1:]:
            if not p.text.strip():
                p._element.getparent().remove(p._element)
    if widths_cm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
            gc.set(qn("w:w"), str(int(w * 567)))
        for r in t.rows:
            for c, w in enumerate(widths_cm):
                if c < len(r.cells):
                    r.cells[c].width = Cm(w)
    if repeat_header:
        for r in range(header_rows):
            trPr = t.rows[r]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
    return t


def docx_landscape_section(doc, landscape=True):
    from docx.enum.section import WD_SECTION, WD_ORIENT
    from docx.shared import Cm
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def docx_footer_text(doc, text):
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = text


# ---------------------------------------------------------------- ODT
class Odt:
    """Small builder over odfpy: paragraphs, headings, ruled tables with spans."""

    def __init__(self, font="Liberation Serif", size="12pt", landscape=False):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties,
                               TableColumnProperties, TableCellProperties,
                               TableProperties, PageLayout, PageLayoutProperties,
                               MasterPage, FontFace)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
        pl = PageLayout(name="pl1")
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                               printorientation="landscape",
                                               margin="1.5cm"))
        else:
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                               margin="2cm"))
        d.automaticstyles.addElement(pl)
        mp = MasterPage(name="Standard", pagelayoutname=pl)
        d.masterstyles.addElement(mp)

        def pstyle(name, bold=False, italic=False, align=None, fsize=size,
                   breakb=False, indent=None, auto=False):
            s = Style(name=name, family="paragraph")
            s.addElement(TextProperties(fontname=font, fontsize=fsize,
                                        fontweight="bold" if bold else "normal",
                                        fontstyle="italic" if italic else "normal"))
            kw = {}
            if align:
                kw["textalign"] = align
            if breakb:
                kw["breakbefore"] = "page"
            if indent:
                kw["textindent"] = indent
            kw["marginbottom"] = "0.1cm"
            s.addElement(ParagraphProperties(**kw))
            (d.automaticstyles if auto else d.styles).addElement(s)
            return s
        self.P = pstyle("R14Body", align="justify", indent="1.25cm")
        self.Pl = pstyle("R14Left")
        self.Pc = pstyle("R14Center", align="center")
        self.Pr = pstyle("R14Right", align="end")
        self.Pb = pstyle("R14Bold", bold=True)
        self.Pbc = pstyle("R14BoldC", bold=True, align="center")
        self.Pi = pstyle("R14Ital", italic=True)
        self.Pbr = pstyle("R14Break", breakb=True)
        self.Tp = pstyle("R14Cell", fsize="10pt")
        self.Tpc = pstyle("R14CellC", fsize="10pt", align="center")
        self.Tpb = pstyle("R14CellB", fsize="10pt", bold=True, align="center")
        self.Tpbl = pstyle("R14CellBL", fsize="10pt", bold=True)
        cs = Style(name="R14Cellbox", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
        d.automaticstyles.addElement(cs)
        self.cellstyle = cs
        from odf.style import TableRowProperties
        rs = Style(name="R14Row", family="table-row")
        rs.addElement(TableRowProperties(keeptogether="always"))
        d.automaticstyles.addElement(rs)
        self.rowstyle = rs
        cs0 = Style(name="R14CellNo", family="table-cell")
        cs0.addElement(TableCellProperties(border="none", padding="0.05cm"))
        d.automaticstyles.addElement(cs0)
        self.cellstyle0 = cs0
        self._tn = 0
        self._Style = Style
        self._TCP = TableColumnProperties
        self._TP = TableProperties

    def p(self, text="", style=None):
        from odf.text import P
        par = P(stylename=style or self.P, text=text)
        self.doc.text.addElement(par)
        return par

    def h(self, text):
        return self.p(text, self.Pbc)

    def pagebreak(self):
        self.p("", self.Pbr)

    def table(self, rows, spans=(), widths_cm=None, header_rows=1, ruled=True,
              parent=None, bold_rows=()):
        """spans: (r, c, rowspan, colspan). Covered cells are emitted as
        covered-table-cell. rows: list of equal-length lists."""
        from odf.table import (Table, TableColumn, TableRow, TableCell,
                               CoveredTableCell, TableHeaderRows)
        from odf.text import P
        self._tn += 1
        nc = len(rows[0])
        name = f"Tab{self._tn}"
        ts = self._Style(name=name, family="table")
        tw = sum(widths_cm) if widths_cm else 17
        ts.addElement(self._TP(width=f"{tw}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        widths_cm = widths_cm or [17.0 / nc] * nc
        for i, w in enumerate(widths_cm):
            cst = self._Style(name=f"{name}c{i}", family="table-column")
            cst.addElement(self._TCP(columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cst)
            t.addElement(TableColumn(stylename=cst))
        span_at = {(r, c): (rs, cs) for (r, c, rs, cs) in spans}
        covered = set()
        for (r, c, rs, cs) in spans:
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        hdr = TableHeaderRows() if header_rows else None
        if hdr is not None:
            t.addElement(hdr)
        for r, row in enumerate(rows):
            assert len(row) == nc, (r, row)
            tr = TableRow(stylename=self.rowstyle)
            for c, txt in enumerate(row):
                if (r, c) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                kw = {"stylename": self.cellstyle if ruled else self.cellstyle0,
                      "valuetype": "string"}
                if (r, c) in span_at:
                    rs, cs = span_at[(r, c)]
                    if rs > 1:
                        kw["numberrowsspanned"] = rs
                    if cs > 1:
                        kw["numbercolumnsspanned"] = cs
                cell = TableCell(**kw)
                if r < header_rows:
                    st = self.Tpb
                elif r in bold_rows:
                    st = self.Tpbl
                else:
                    st = self.Tp if c == 0 else self.Tpc
                if isinstance(txt, list):      # nested table spec
                    cell.addElement(P(stylename=st, text=txt[0]))
                    self.table(txt[1], spans=txt[2] if len(txt) > 2 else (),
                               widths_cm=txt[3] if len(txt) > 3 else None,
                               header_rows=1, parent=cell)
                else:
                    for line in str(txt).split("\n"):
                        cell.addElement(P(stylename=st, text=line))
                tr.addElement(cell)
            if r < header_rows:
                hdr.addElement(tr)
            else:
                t.addElement(tr)
        (parent if parent is not None else self.doc.text).addElement(t)
        return t

    def save(self, path):
        self.doc.save(str(path))


# ---------------------------------------------------------------- plain text tables
def _fit(text, w, align):
    text = str(text)
    if align == "r":
        return text.rjust(w)
    if align == "c":
        return text.center(w)
    return text.ljust(w)


def _wrap(text, w):
    words, lines, cur = str(text).split(" "), [], ""
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > w:
            lines.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    lines.append(cur)
    return lines


def pipe_table(rows, widths, aligns=None, header_rows=1, border="|", wrap_first=False,
               value_line="first", box=False):
    """Text table with '|' separators. Long cells in the first column wrap when
    wrap_first is set; numbers then stand on the first or the last line."""
    aligns = aligns or (["l"] + ["r"] * (len(widths) - 1))
    out = []
    sep_line = "+" + "+".join("-" * (w + 2) for w in widths) + "+" if box else \
        border + border.join("-" * (w + 2) for w in widths) + border
    if box:
        out.append(sep_line)
    for i, row in enumerate(rows):
        if row == "---":
            out.append(sep_line)
            continue
        cells = [str(c) for c in row]
        wrapped = [_wrap(c, widths[j]) if (wrap_first and j == 0) or len(c) > widths[j]
                   else [c] for j, c in enumerate(cells)]
        height = max(len(x) for x in wrapped)
        for k in range(height):
            line_cells = []
            for j, x in enumerate(wrapped):
                if len(x) == 1 and height > 1 and j > 0:
                    pos = 0 if value_line == "first" else height - 1
                    t = x[0] if k == pos else ""
                else:
                    t = x[k] if k < len(x) else ""
                al = "c" if i < header_rows else aligns[j]
                line_cells.append(" " + _fit(t, widths[j], al) + " ")
            out.append(border + border.join(line_cells) + border)
        if i == header_rows - 1:
            out.append(sep_line)
    if box:
        out.append(sep_line)
    return out


def space_table(rows, widths, aligns=None, gap=2):
    """Space-aligned table (as pasted from a spreadsheet into plain text)."""
    aligns = aligns or (["l"] + ["r"] * (len(widths) - 1))
    out = []
    for row in rows:
        out.append((" " * gap).join(_fit(c, w, a) for c, w, a in zip(row, widths, aligns))
                   .rstrip())
    return out


def write_txt(name, lines, encoding="utf-8", crlf=False):
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    (OUT / name).write_bytes(text.encode(encoding))
