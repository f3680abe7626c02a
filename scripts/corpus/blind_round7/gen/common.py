"""Shared helpers for the round-7 blind batch generators.

Every generator defines its figures once (key, value, the form written in the
document, an anchor that stands in the same row / line) and lays the document
out from those same strings, so the gold file and the document cannot drift.
"""
import json
import os
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "out")
EVID = os.path.join(ROOT, "evidence")

NBSP = "\u00a0"
THIN = "\u2009"
NNBSP = "\u202f"

KEYS = [
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science",
    "programs_tech", "programs_tourism", "programs_nok", "students_total",
    "students_art", "students_sport", "students_social", "students_science",
    "students_tech", "students_tourism", "coverage_pct",
    "coverage_growth_children", "coverage_growth_pct", "students_ovz",
    "students_disabled", "certificate_nominal_rub", "certificates_issued",
    "certificates_active", "certificate_students", "certificate_share_pct",
    "new_places", "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach",
    "teachers_pd_participants",
]
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
              "certificate_share_pct"}


def gazetteer_dir():
    env = os.environ.get("GAZETTEER_DIR")
    if env:
        return env
    d = ROOT
    for _ in range(6):
        cand = os.path.join(d, "shared", "gazetteer")
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    raise SystemExit("gazetteer not found: set GAZETTEER_DIR")


# ---------------------------------------------------------------- numbers
def n(value, sep=" "):
    """Integer with a thousands separator: n(7421) -> '7 421'."""
    s = f"{int(value):,}".replace(",", sep)
    return s


def d(value, nd=1, sep=" "):
    """Decimal with comma: d(81.6) -> '81,6'; d(8237, 2) -> '8 237,00'."""
    s = f"{value:,.{nd}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", sep)
    return ip + ("," + fp if fp else "")


class Figures:
    """Collects gold figures with their written form and anchor."""

    def __init__(self):
        self.items = []
        self.traps = []

    def add(self, key, value, written, anchor, reading=None, where=None,
            col=None, seq=None, pos=None):
        """col: cell index in a docx/odt/xlsx row.  seq/pos: for pdf/txt rows, the
        row's value cells in order as written and the index of this figure."""
        if seq is not None:
            assert seq[pos] == written, (key, seq, pos, written)
        assert key in KEYS, key
        assert not any(i["key"] == key for i in self.items), key
        if key in FLOAT_KEYS:
            value = float(value)
        else:
            assert isinstance(value, int), (key, value)
        self.items.append({"key": key, "value": value, "written": written,
                           "anchor": anchor, "reading": reading,
                           "where": where, "col": col, "seq": seq, "pos": pos})
        return written

    def trap(self, text):
        self.traps.append(text)

    def gold(self):
        return {i["key"]: i["value"] for i in
                sorted(self.items, key=lambda x: KEYS.index(x["key"]))}


def write_outputs(stem, ext, municipality, region, year, figs, extra=None):
    """Writes out/STEM.gold.json and evidence/STEM.evidence.json + .md."""
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(EVID, exist_ok=True)
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": figs.gold()}
    with open(os.path.join(OUT, stem + ".gold.json"), "w",
              encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ev = {"document": stem + "." + ext, "municipality": municipality,
          "region": region, "year": year, "figures": figs.items,
          "traps": figs.traps}
    if extra:
        ev.update(extra)
    with open(os.path.join(EVID, stem + ".evidence.json"), "w",
              encoding="utf-8") as f:
        json.dump(ev, f, ensure_ascii=False, indent=1)
        f.write("\n")
    lines = [f"# {stem}.{ext}", "",
             f"- municipality: {municipality}; region: {region}; year: {year}",
             "", "| key | gold | written | anchor | where | reading |",
             "|---|---|---|---|---|---|"]
    for i in figs.items:
        w = i["written"].replace(NBSP, "⍽").replace(THIN, "ˑ")
        lines.append(f"| {i['key']} | {i['value']} | «{w}» | «{i['anchor']}» "
                     f"| {i['where'] or ''} | {i['reading'] or ''} |")
    lines += ["", "## Traps planted (not in gold)", ""]
    lines += [f"- {t}" for t in figs.traps]
    if extra and extra.get("notes"):
        lines += ["", "## Notes", ""] + [f"- {t}" for t in extra["notes"]]
    with open(os.path.join(EVID, stem + ".evidence.md"), "w",
              encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(src, fmt, outdir=None):
    """Converts with a private, temporary LibreOffice profile; returns path."""
    outdir = outdir or os.path.dirname(src)
    prof = tempfile.mkdtemp(prefix="lo_r7_prof_")
    tmpout = tempfile.mkdtemp(prefix="lo_r7_out_")
    try:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--norestore", "--convert-to", fmt, "--outdir", tmpout, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        produced = os.listdir(tmpout)
        assert len(produced) == 1, produced
        dst = os.path.join(outdir, produced[0])
        shutil.move(os.path.join(tmpout, produced[0]), dst)
        return dst
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(tmpout, ignore_errors=True)


# ---------------------------------------------------------------- python-docx
def docx_new(font="Times New Roman", size=12, landscape=False, margins_cm=2.0):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Pt, Cm
    from docx.oxml.ns import qn
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin",
                 "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    sec.left_margin = Cm(max(margins_cm, 2.5)) if not landscape else Cm(2)
    return doc


def docx_p(doc, text="", bold=False, italic=False, align=None, size=None,
           indent=False, space_after=None, keep=False):
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
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def docx_runs(doc, parts, align=None, indent=False):
    """parts: list of (text, 'b'|'i'|'') tuples in one paragraph."""
    from docx.shared import Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = doc.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt
        r.italic = "i" in fmt
    if align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    elif align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    return p


def _set_cell_borders(cell, val):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    b = tcPr.find(qn("w:tcBorders"))
    if b is None:
        b = OxmlElement("w:tcBorders")
        tcPr.append(b)
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "000000")
        b.append(el)


def _shade(cell, fill):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def docx_table(doc, rows, header_rows=1, widths_cm=None, borders=True,
               merges=(), bold_rows=(), italic_rows=(), size=10,
               repeat_header=True, align_num=True, shade_header=None,
               center_cols=(), left_cols=(0, 1), span_rows=(),
               cant_split=True):
    """rows: list of lists of str (same length). merges: (r1,c1,r2,c2).
    span_rows: row indexes whose first cell spans the full width."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    if borders:
        t.style = doc.styles["Table Grid"]
    merges = list(merges) + [(r, 0, r, ncols - 1) for r in span_rows]
    skip = set()
    for (r1, c1, r2, c2) in merges:
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    skip.add((rr, cc))
    for ri, row in enumerate(rows):
        for ci in range(ncols):
            txt = row[ci] if ci < len(row) else ""
            if (ri, ci) in skip:
                continue
            cell = t.cell(ri, ci)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = str(txt).split("\n")
            for li, line in enumerate(lines):
                r = p.add_run(line)
                r.font.size = Pt(size)
                r.bold = ri < header_rows or ri in bold_rows
                r.italic = ri in italic_rows
                if li < len(lines) - 1:
                    r.add_break()
            p.paragraph_format.space_after = Pt(0)
            if ri < header_rows or ci in center_cols:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif ci not in left_cols and align_num and ri not in span_rows:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if shade_header and ri < header_rows:
                _shade(cell, shade_header)
            if not borders:
                _set_cell_borders(cell, "nil")
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        a.merge(b)
    if widths_cm:
        t.autofit = False
        for ci, w in enumerate(widths_cm):
            t.columns[ci].width = Cm(w)
        for row in t.rows:
            for ci, w in enumerate(widths_cm):
                if ci < len(row.cells):
                    row.cells[ci].width = Cm(w)
    for ri, row in enumerate(t.rows):
        trPr = row._tr.get_or_add_trPr()
        if repeat_header and ri < header_rows:
            h = OxmlElement("w:tblHeader")
            h.set(qn("w:val"), "true")
            trPr.append(h)
        if cant_split:
            cs = OxmlElement("w:cantSplit")
            cs.set(qn("w:val"), "true")
            trPr.append(cs)
    if not borders:
        tblPr = t._tbl.tblPr
        tb = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "nil")
            tb.append(el)
        tblPr.append(tb)
    return t


def docx_page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- odfpy
class Odt:
    """Small builder over odfpy: paragraphs, headings and tables."""

    def __init__(self, font="Liberation Serif", size="12pt"):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties,
                               TableColumnProperties, TableCellProperties,
                               TableProperties, FontFace)
        self.S = dict(Style=Style, TextProperties=TextProperties,
                      ParagraphProperties=ParagraphProperties,
                      TableColumnProperties=TableColumnProperties,
                      TableCellProperties=TableCellProperties,
                      TableProperties=TableProperties)
        self.doc = OpenDocumentText()
        self.doc.fontfacedecls.addElement(
            FontFace(name=font, fontfamily=font, fontfamilygeneric="roman",
                     fontpitch="variable"))
        self._n = 0
        self.font = font
        self.size = size
        self.pstyles = {}
        self.cell_styles = {}

    def _name(self, p):
        self._n += 1
        return f"{p}{self._n}"

    def pstyle(self, bold=False, italic=False, align="left", size=None,
               indent=None, margin_bottom="0.1cm", margin_top="0cm"):
        key = (bold, italic, align, size, indent, margin_bottom, margin_top)
        if key in self.pstyles:
            return self.pstyles[key]
        S = self.S
        st = S["Style"](name=self._name("P"), family="paragraph")
        pp = dict(textalign=align, marginbottom=margin_bottom,
                  margintop=margin_top)
        if indent:
            pp["textindent"] = indent
        st.addElement(S["ParagraphProperties"](**pp))
        tp = dict(fontname=self.font, fontsize=size or self.size)
        if bold:
            tp["fontweight"] = "bold"
        if italic:
            tp["fontstyle"] = "italic"
        st.addElement(S["TextProperties"](**tp))
        self.doc.automaticstyles.addElement(st)
        self.pstyles[key] = st
        return st

    def p(self, text="", **kw):
        from odf.text import P, LineBreak
        from odf import teletype
        el = P(stylename=self.pstyle(**kw))
        lines = text.split("\n")
        for i, line in enumerate(lines):
            teletype.addTextToElement(el, line)
            if i < len(lines) - 1:
                el.addElement(LineBreak())
        self.doc.text.addElement(el)
        return el

    def h(self, text, level=2, size="13pt"):
        from odf.text import H
        from odf import teletype
        el = H(outlinelevel=level,
               stylename=self.pstyle(bold=True, size=size, align="center",
                                     margin_top="0.2cm"))
        teletype.addTextToElement(el, text)
        self.doc.text.addElement(el)
        return el

    def cellstyle(self, borders=True, bg=None):
        key = (borders, bg)
        if key in self.cell_styles:
            return self.cell_styles[key]
        S = self.S
        st = S["Style"](name=self._name("C"), family="table-cell")
        kw = dict(padding="0.06cm", verticalalign="middle")
        kw["border"] = "0.5pt solid #000000" if borders else "none"
        if bg:
            kw["backgroundcolor"] = bg
        st.addElement(S["TableCellProperties"](**kw))
        self.doc.automaticstyles.addElement(st)
        self.cell_styles[key] = st
        return st

    def table(self, rows, widths_cm, header_rows=1, spans=None, borders=True,
              bold_rows=(), size="10pt", span_rows=(), num_align="center",
              header_bg="#e6e6e6", left_cols=(0, 1)):
        """spans: {(r,c): (rowspan, colspan)}."""
        from odf.table import (Table, TableColumn, TableRow, TableCell,
                               CoveredTableCell, TableHeaderRows)
        S = self.S
        spans = dict(spans or {})
        ncols = len(widths_cm)
        for r in span_rows:
            spans[(r, 0)] = (1, ncols)
        ts = S["Style"](name=self._name("T"), family="table")
        ts.addElement(S["TableProperties"](width=f"{sum(widths_cm)}cm",
                                           align="left"))
        self.doc.automaticstyles.addElement(ts)
        tbl = Table(name=self._name("Таблица"), stylename=ts)
        for w in widths_cm:
            cs = S["Style"](name=self._name("K"), family="table-column")
            cs.addElement(S["TableColumnProperties"](columnwidth=f"{w}cm"))
            self.doc.automaticstyles.addElement(cs)
            tbl.addElement(TableColumn(stylename=cs))
        covered = set()
        for (r, c), (rs, cs_) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs_):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        hdr = TableHeaderRows() if header_rows else None
        if hdr is not None:
            tbl.addElement(hdr)
        for ri, row in enumerate(rows):
            tr = TableRow()
            for ci in range(ncols):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                txt = row[ci] if ci < len(row) else ""
                kw = {"stylename": self.cellstyle(
                    borders, header_bg if ri < header_rows else None),
                    "valuetype": "string"}
                if (ri, ci) in spans:
                    rs, cs_ = spans[(ri, ci)]
                    if rs > 1:
                        kw["numberrowsspanned"] = rs
                    if cs_ > 1:
                        kw["numbercolumnsspanned"] = cs_
                tc = TableCell(**kw)
                bold = ri < header_rows or ri in bold_rows
                al = "center" if (ri < header_rows or
                                  (ci not in left_cols and ri not in span_rows)) \
                    else "left"
                from odf.text import P, LineBreak
                from odf import teletype
                el = P(stylename=self.pstyle(bold=bold, align=al, size=size,
                                             margin_bottom="0cm"))
                lines = str(txt).split("\n")
                for i, line in enumerate(lines):
                    teletype.addTextToElement(el, line)
                    if i < len(lines) - 1:
                        el.addElement(LineBreak())
                tc.addElement(el)
                tr.addElement(tc)
            if ri < header_rows:
                hdr.addElement(tr)
            else:
                tbl.addElement(tr)
        self.doc.text.addElement(tbl)
        return tbl

    def save(self, path):
        self.doc.save(path)


def docx_page_numbers(doc, prefix="", suffix=""):
    """Footer with a PAGE field (centered)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for sec in doc.sections:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if prefix:
            p.add_run(prefix)
        r = p.add_run()
        for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                r._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = text
                r._r.append(it)
        if suffix:
            p.add_run(suffix)


def docx_header_text(doc, text, size=8):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    for sec in doc.sections:
        p = sec.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(text)
        r.font.size = Pt(size)


# ---------------------------------------------------------------- plain text
def text_wrap(text, width=92, indent=""):
    import re
    import textwrap
    prot = re.sub(r"(?<=\d) (?=\d{3}\b)", "\u2060", text)   # keep «7 118» on one line
    prot = re.sub(r"(?<=№) ", "\u2061", prot)
    out = textwrap.fill(prot, width=width, initial_indent=indent,
                        break_on_hyphens=False, break_long_words=False)
    return out.replace("\u2060", " ").replace("\u2061", " ")


def _cell_lines(cell, w):
    import textwrap
    if isinstance(cell, (list, tuple)):
        return list(cell)
    if len(cell) <= w:
        return [cell]
    return textwrap.wrap(cell, width=w, break_on_hyphens=False)


def pipe_table(rows, widths, align=None, header_rows=1, sep_char="-", box=False,
               value_line="first"):
    """Renders a «|» table; cells wrap inside their column width.
    align: per column 'l' | 'r' | 'c'.  box=True draws +---+ borders.
    value_line: 'first' or 'last' — on which line of a wrapped row single-line
    cells stand."""
    align = align or ["l"] + ["r"] * (len(widths) - 1)
    out = []
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = ("+" + "+".join("=" * (w + 2) for w in widths) + "+") if box else \
        "|" + "|".join(sep_char * (w + 2) for w in widths) + "|"
    if box:
        out.append(border)
    for ri, row in enumerate(rows):
        cells = [_cell_lines(str(c), w) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells)
        for li in range(h):
            parts = []
            for ci, (c, w) in enumerate(zip(cells, widths)):
                if len(c) == 1 and h > 1 and value_line == "last" and ri >= header_rows:
                    txt = c[0] if li == h - 1 else ""
                else:
                    txt = c[li] if li < len(c) else ""
                a = "c" if ri < header_rows else align[ci]
                if a == "r":
                    txt = txt.rjust(w)
                elif a == "c":
                    txt = txt.center(w)
                else:
                    txt = txt.ljust(w)
                parts.append(" " + txt + " ")
            out.append("|" + "|".join(parts) + "|")
        if ri == header_rows - 1:
            out.append(hsep)
        elif box:
            out.append(border)
    if not box:
        pass
    return "\n".join(out)


def xlsx_recalc(path):
    """Opens the workbook in LibreOffice headless and saves it again as xlsx so
    that every formula carries a cached value (openpyxl writes none)."""
    tmpdir = tempfile.mkdtemp(prefix="lo_r7_x_")
    try:
        src = os.path.join(tmpdir, "src_" + os.path.basename(path))
        shutil.copy(path, src)
        outdir = os.path.join(tmpdir, "o")
        os.makedirs(outdir)
        out = soffice_convert(src, "xlsx:Calc MS Excel 2007 XML", outdir)
        shutil.move(out, path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
