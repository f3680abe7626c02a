"""Shared helpers for the round-12 blind batch generators.

Every generator builds one document and records, for every gold figure, the
number exactly as written, an anchor label that stands in the same table row or
text line, and whether it sits in a table or in running text.  Gold files and
evidence files are written from those records only.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROUND = Path(__file__).resolve().parent.parent          # .../round12
EVID = ROUND / "gen" / "evidence"

NBSP = "\u00a0"
THIN = "\u202f"

INT_KEYS_SUFFIX = ("_pct", "_rub")


def is_float_key(key):
    return key.endswith("_pct") or key.endswith("_rub")


def fi(n, sep=NBSP):
    """Integer with thousands separator."""
    return f"{n:,}".replace(",", sep)


def fd(x, nd=1, sep=NBSP):
    """Decimal with comma and thousands separator."""
    s = f"{x:,.{nd}f}"
    ip, dp = s.split(".")
    return ip.replace(",", sep) + "," + dp


def glue(*parts):
    """Join words with non-breaking spaces so a label and its number stay on one line."""
    return NBSP.join(parts)


class Rec:
    """Recorder of gold figures and their evidence for one document."""

    ORDER = ["organizations_total", "providers_registry", "programs_total",
             "programs_art", "programs_sport", "programs_social", "programs_science",
             "programs_tech", "programs_tourism", "programs_nok", "students_total",
             "students_art", "students_sport", "students_social", "students_science",
             "students_tech", "students_tourism", "coverage_pct",
             "coverage_growth_children", "coverage_growth_pct", "students_ovz",
             "students_disabled", "certificate_nominal_rub", "certificates_issued",
             "certificates_active", "certificate_students", "certificate_share_pct",
             "new_places", "events_parents", "events_parents_reach", "events_students",
             "events_students_reach", "events_teachers", "events_teachers_reach",
             "teachers_pd_participants"]

    def __init__(self, name, ext, municipality, region, year, encoding=None):
        self.name = name            # file name without extension
        self.ext = ext
        self.municipality = municipality
        self.region = region
        self.year = year
        self.encoding = encoding
        self.items = []

    @property
    def filename(self):
        return f"{self.name}.{self.ext}"

    @property
    def path(self):
        return ROUND / self.filename

    def _add(self, key, value, written, anchor, where):
        assert key in self.ORDER, key
        assert all(i["key"] != key for i in self.items), f"duplicate {key}"
        value = float(value) if is_float_key(key) else int(value)
        self.items.append({"key": key, "value": value, "written": written,
                           "anchor": anchor, "where": where})
        return written

    def c(self, key, value, written, anchor):
        """A figure in a table cell; returns the written string."""
        return self._add(key, value, written, anchor, "table")

    def t(self, key, value, written, anchor):
        """A figure in running text; returns the written string."""
        return self._add(key, value, written, anchor, "text")

    def save(self):
        figs = {}
        for k in self.ORDER:
            for i in self.items:
                if i["key"] == k:
                    figs[k] = i["value"]
        gold = {"municipality": self.municipality, "region": self.region,
                "year": self.year, "figures": figs}
        (ROUND / f"{self.name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        EVID.mkdir(parents=True, exist_ok=True)
        ev = {"document": self.filename, "encoding": self.encoding,
              "figures": self.items}
        (EVID / f"{self.name}.json").write_text(
            json.dumps(ev, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_tab = sum(1 for i in self.items if i["where"] == "table")
        print(f"{self.filename}: {len(self.items)} figures, {n_tab} in tables")


# ---------------------------------------------------------------- LibreOffice

def soffice_convert(src, fmt, outdir):
    """Convert src with a private LibreOffice profile; returns the output path."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui")
    prof = tempfile.mkdtemp(prefix="lo_profile_")
    try:
        subprocess.run([exe, f"-env:UserInstallation={Path(prof).as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    ext = fmt.split(":")[0]
    out = Path(outdir) / (Path(src).stem + "." + ext)
    if not out.exists():
        raise SystemExit(f"conversion failed: {src} -> {fmt}")
    return out


def to_pdf(build_fn, rec, src_ext):
    """build_fn(path) writes a docx/odt source; it is converted to rec.path (pdf)."""
    tmp = Path(tempfile.mkdtemp(prefix="r12_build_"))
    try:
        src = tmp / f"{rec.name}.{src_ext}"
        build_fn(src)
        out = soffice_convert(src, "pdf", tmp)
        shutil.move(str(out), str(rec.path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def recalc_xlsx(path):
    """Round-trip an xlsx through LibreOffice Calc so formula cells get cached values."""
    tmp = Path(tempfile.mkdtemp(prefix="r12_calc_"))
    try:
        src = tmp / ("src_" + Path(path).name)
        shutil.copy(path, src)
        out = soffice_convert(src, 'xlsx:Calc MS Excel 2007 XML', tmp / "out")
        shutil.move(str(out), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- docx

def docx_new(font="Times New Roman", size=12, landscape=False, margins_cm=(2, 1.5, 2, 2.5)):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(margins_cm[0]), Cm(margins_cm[2])
    sec.left_margin, sec.right_margin = Cm(margins_cm[3]), Cm(margins_cm[1])
    return d


def dpara(container, text="", bold=False, italic=False, align=None, size=None,
          space_after=None, indent_first=None, keep_next=False):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    al = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}
    if align:
        p.alignment = al[align]
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent_first:
        p.paragraph_format.first_line_indent = Cm(indent_first)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def drun(p, text, bold=False, italic=False, size=None):
    from docx.shared import Pt
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return r


def dtable(container, rows, merges=(), widths_cm=None, font_size=10, header_rows=1,
           bold_rows=(), style="Table Grid", repeat_header=False, align_num=True,
           bold_cells=()):
    """rows: list of lists of str (None = part of a merge).  merges: (r1, c1, r2, c2)."""
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    nr, nc = len(rows), max(len(r) for r in rows)
    t = container.add_table(rows=nr, cols=nc)
    if style:
        t.style = style
    covered = set()
    for (r1, c1, r2, c2) in merges:
        t.cell(r1, c1).merge(t.cell(r2, c2))
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    for ri, row in enumerate(rows):
        for ci in range(nc):
            if (ri, ci) in covered:
                continue
            txt = row[ci] if ci < len(row) else ""
            if txt is None:
                continue
            cell = t.cell(ri, ci)
            lines = str(txt).split("\n")
            p = cell.paragraphs[0]
            for li, line in enumerate(lines):
                if li:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(font_size)
                if ri < header_rows or ri in bold_rows or (ri, ci) in bold_cells:
                    r.bold = True
                p.paragraph_format.space_after = Pt(0)
                if ri < header_rows:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif align_num and ci > 0 and _looks_num(line):
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if widths_cm:
        t.autofit = False
        grid = t._tbl.tblGrid
        for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
            if ci < len(widths_cm):
                gc.set(qn("w:w"), str(int(widths_cm[ci] * 567)))
        for ri in range(nr):
            for ci, w in enumerate(widths_cm):
                if ci < nc:
                    t.rows[ri].cells[ci].width = Cm(w)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)
    if repeat_header:
        for ri in range(header_rows):
            trPr = t.rows[ri]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trPr.append(el)
    return t


def _looks_num(s):
    s = s.strip()
    return bool(s) and (s[0].isdigit() or s[0] in "–—-х") and len(s) < 20


def dcell_para(cell, text, bold=False, size=10, align=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(0)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


# ---------------------------------------------------------------- odt

class Odt:
    """Minimal ODF text builder on odfpy with bordered tables and spans."""

    def __init__(self, font="Liberation Serif", size="12pt", landscape=False):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties, PageLayout,
                               PageLayoutProperties, MasterPage, FontFace)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font, fontfamilygeneric="roman"))
        pl = PageLayout(name="PL")
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth="29.7cm", pageheight="21cm",
                                               printorientation="landscape", margin="1.5cm"))
        else:
            pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                               margintop="2cm", marginbottom="2cm",
                                               marginleft="2.5cm", marginright="1.5cm"))
        d.automaticstyles.addElement(pl)
        d.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))
        self.st = {}

        def pstyle(name, bold=False, center=False, size_=None, italic=False, right=False,
                   brk=False, justify=False, margin_bottom="0.1cm"):
            s = Style(name=name, family="paragraph")
            kw = {"fontname": font, "fontsize": size_ or size}
            if bold:
                kw["fontweight"] = "bold"
            if italic:
                kw["fontstyle"] = "italic"
            s.addElement(TextProperties(**kw))
            pk = {"marginbottom": margin_bottom}
            if center:
                pk["textalign"] = "center"
            if right:
                pk["textalign"] = "end"
            if justify:
                pk["textalign"] = "justify"
            if brk:
                pk["breakbefore"] = "page"
            s.addElement(ParagraphProperties(**pk))
            d.automaticstyles.addElement(s)
            self.st[name] = s
        pstyle("P")
        pstyle("PJ", justify=True)
        pstyle("PB", bold=True)
        pstyle("PC", center=True)
        pstyle("PBC", bold=True, center=True)
        pstyle("PR", right=True)
        pstyle("PI", italic=True)
        pstyle("PBRK", brk=True)
        pstyle("PBCBRK", bold=True, center=True, brk=True)
        pstyle("TC", size_="10pt", margin_bottom="0cm")
        pstyle("TCB", size_="10pt", bold=True, margin_bottom="0cm")
        pstyle("TCC", size_="10pt", center=True, margin_bottom="0cm")
        pstyle("TCBC", size_="10pt", bold=True, center=True, margin_bottom="0cm")
        from odf.style import TableCellProperties
        cs = Style(name="CellB", family="table-cell")
        cs.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
        d.automaticstyles.addElement(cs)
        self.st["CellB"] = cs
        cn = Style(name="CellN", family="table-cell")
        cn.addElement(TableCellProperties(border="none", padding="0.05cm"))
        d.automaticstyles.addElement(cn)
        self.st["CellN"] = cn
        self.ntables = 0

    def p(self, text="", style="P"):
        from odf.text import P
        from odf import teletype
        el = P(stylename=self.st[style])
        if text:
            teletype.addTextToElement(el, text)
        self.doc.text.addElement(el)
        return el

    def table(self, rows, spans=None, widths_cm=None, header_rows=1, border=True,
              bold_rows=(), parent=None):
        """rows: list of lists; spans: {(r, c): (rowspan, colspan)}; None cells are covered."""
        from odf.table import (Table, TableColumn, TableRow, TableCell, CoveredTableCell,
                               TableHeaderRows)
        from odf.style import Style, TableColumnProperties, TableProperties
        from odf.text import P
        from odf import teletype
        spans = spans or {}
        self.ntables += 1
        tn = f"T{self.ntables}"
        nc = max(len(r) for r in rows)
        widths_cm = widths_cm or [16.5 / nc] * nc
        ts = Style(name=tn, family="table")
        ts.addElement(TableProperties(width=f"{sum(widths_cm):.2f}cm", align="left"))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=f"Таблица{self.ntables}", stylename=ts)
        for i, w in enumerate(widths_cm):
            cst = Style(name=f"{tn}C{i}", family="table-column")
            cst.addElement(TableColumnProperties(columnwidth=f"{w:.2f}cm"))
            self.doc.automaticstyles.addElement(cst)
            t.addElement(TableColumn(stylename=cst))
        covered = set()
        for (r, c), (rs, cs_) in spans.items():
            for rr in range(r, r + rs):
                for cc in range(c, c + cs_):
                    if (rr, cc) != (r, c):
                        covered.add((rr, cc))
        hdr = TableHeaderRows() if header_rows else None
        if hdr is not None:
            t.addElement(hdr)
        cellst = self.st["CellB" if border else "CellN"]
        for ri, row in enumerate(rows):
            tr = TableRow()
            for ci in range(nc):
                if (ri, ci) in covered:
                    tr.addElement(CoveredTableCell())
                    continue
                txt = row[ci] if ci < len(row) and row[ci] is not None else ""
                kw = {"stylename": cellst, "valuetype": "string"}
                if (ri, ci) in spans:
                    rs, cs_ = spans[(ri, ci)]
                    if rs > 1:
                        kw["numberrowsspanned"] = rs
                    if cs_ > 1:
                        kw["numbercolumnsspanned"] = cs_
                tc = TableCell(**kw)
                head = ri < header_rows
                bold = head or ri in bold_rows
                for line in str(txt).split("\n"):
                    if head:
                        sty = "TCBC"
                    elif bold:
                        sty = "TCB"
                    elif ci > 0 and _looks_num(line):
                        sty = "TCC"
                    else:
                        sty = "TC"
                    pe = P(stylename=self.st[sty])
                    teletype.addTextToElement(pe, line)
                    tc.addElement(pe)
                tr.addElement(tc)
            if ri < header_rows and hdr is not None:
                hdr.addElement(tr)
            else:
                t.addElement(tr)
        (parent or self.doc.text).addElement(t)
        return t

    def save(self, path):
        self.doc.save(str(path))


# ---------------------------------------------------------------- plain text

def _fit(s, w, align):
    s = str(s)
    if align == "r":
        return s.rjust(w)
    if align == "c":
        return s.center(w)
    return s.ljust(w)


def box_table(rows, widths, aligns=None, header_rows=1, wrap=True):
    """'+---+' box table; a cell longer than its width wraps onto continuation lines."""
    import textwrap
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [sep]
    for ri, row in enumerate(rows):
        cols = []
        for ci, w in enumerate(widths):
            txt = str(row[ci]) if ci < len(row) and row[ci] is not None else ""
            cols.append(textwrap.wrap(txt, w) or [""] if wrap else [txt])
        h = max(len(x) for x in cols)
        for li in range(h):
            cells = []
            for ci, w in enumerate(widths):
                part = cols[ci][li] if li < len(cols[ci]) else ""
                al = "c" if ri < header_rows else aligns[ci]
                cells.append(" " + _fit(part, w, al) + " ")
            out.append("|" + "|".join(cells) + "|")
        out.append(hsep if ri == header_rows - 1 else sep)
    return out


def pipe_table(rows, widths, aligns=None, header_rows=1):
    """Simple '|' table with one rule under the header (no outer box)."""
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    out = []
    for ri, row in enumerate(rows):
        out.append("| " + " | ".join(_fit(row[ci] if ci < len(row) else "", w,
                                           "c" if ri < header_rows else aligns[ci])
                                      for ci, w in enumerate(widths)) + " |")
        if ri == header_rows - 1:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return out


def aligned_table(rows, widths, aligns=None, gap=2):
    """Space-aligned columns without any rules (export of an information system)."""
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    out = []
    for row in rows:
        out.append((" " * gap).join(_fit(row[ci] if ci < len(row) else "", w, aligns[ci])
                                    for ci, w in enumerate(widths)).rstrip())
    return out


def wrap_text(text, width=92, indent=""):
    import textwrap
    return textwrap.wrap(text, width, initial_indent=indent, break_on_hyphens=False)


def write_txt(path, lines, encoding="utf-8", crlf=False):
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    with open(path, "wb") as f:
        f.write(text.encode(encoding))
