"""Shared helpers for the round-15 blind batch generators.

A generator builds a small document model (Doc / T / C), renders it to docx, odt,
pdf (through LibreOffice) or writes txt / xlsx itself, and records every gold figure
through a Gold object: the value, the number as written, an anchor label that stands
in the same table row or text line, and whether it sits in a table or in text.
All paths are relative to this folder.
"""
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
EVID = HERE / "evidence"

# key -> unit (from indicators.md v1.1); used only to type the gold values
UNITS = {
    "organizations_total": "count", "providers_registry": "count",
    "programs_total": "count", "programs_art": "count", "programs_sport": "count",
    "programs_social": "count", "programs_science": "count", "programs_tech": "count",
    "programs_tourism": "count", "programs_nok": "count",
    "students_total": "persons", "students_art": "persons", "students_sport": "persons",
    "students_social": "persons", "students_science": "persons", "students_tech": "persons",
    "students_tourism": "persons", "coverage_pct": "percent",
    "coverage_growth_children": "persons", "coverage_growth_pct": "percent",
    "students_ovz": "persons", "students_disabled": "persons",
    "certificate_nominal_rub": "rubles", "certificates_issued": "count",
    "certificates_active": "count", "certificate_students": "persons",
    "certificate_share_pct": "percent", "new_places": "count",
    "events_parents": "count", "events_parents_reach": "persons",
    "events_students": "count", "events_students_reach": "persons",
    "events_teachers": "count", "events_teachers_reach": "persons",
    "teachers_pd_participants": "persons",
}
ORDER = list(UNITS)

NBSP = "\u00a0"
THIN = "\u2009"


class Gold:
    def __init__(self, nn, slug, kind, ext, municipality, region, year):
        self.stem = f"r15_{nn:02d}_{slug}_{kind}"
        self.ext = ext
        self.municipality = municipality
        self.region = region
        self.year = year
        self.figs = {}
        self.ev = []

    @property
    def path(self):
        return OUT / f"{self.stem}.{self.ext}"

    def _add(self, key, value, written, anchor, where, form=None):
        assert key in UNITS, key
        assert key not in self.figs, f"duplicate gold key {key}"
        if UNITS[key] in ("count", "persons"):
            value = int(value)
        else:
            value = float(value)
        self.figs[key] = value
        e = {"key": key, "value": value, "written": written, "anchor": anchor, "where": where}
        if form:
            e["form"] = form
        self.ev.append(e)
        return written

    def t(self, key, value, written, anchor, form=None):
        """figure that stands in a table row"""
        return self._add(key, value, written, anchor, "table", form)

    def x(self, key, value, written, anchor, form=None):
        """figure that stands in a text line"""
        return self._add(key, value, written, anchor, "text", form)

    def save(self):
        figs = {k: self.figs[k] for k in ORDER if k in self.figs}
        gold = {"municipality": self.municipality, "region": self.region,
                "year": self.year, "figures": figs}
        gp = OUT / f"{self.stem}.gold.json"
        gp.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        EVID.mkdir(exist_ok=True)
        ep = EVID / f"{self.stem}.json"
        ep.write_text(json.dumps({"document": self.path.name, "figures": self.ev},
                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        n_t = sum(1 for e in self.ev if e["where"] == "table")
        print(f"{self.path.name}: {len(self.ev)} figures, {n_t} in tables")


# ---------------------------------------------------------------- document model
class C:
    """table cell: text ('\\n' = new paragraph), spans, bold, align, nested table"""

    def __init__(self, text="", cs=1, rs=1, b=False, i=False, al=None, nested=None, sz=None):
        self.text, self.cs, self.rs, self.b, self.i = str(text), cs, rs, b, i
        self.al, self.nested, self.sz = al, nested, sz


class T:
    """table: rows is a full grid; None marks a position covered by a span"""

    def __init__(self, rows, widths=None, header=1, sz=None, bold_header=True, num_align="center"):
        self.rows = rows
        self.widths = widths
        self.header = header
        self.sz = sz
        self.bold_header = bold_header
        self.num_align = num_align
        n = len(rows[0])
        for r in rows:
            assert len(r) == n, (len(r), n, r)


class Doc:
    def __init__(self, landscape=False, font="Times New Roman", size=12,
                 header_lines=None, footer_text=None, margins=(2.0, 1.5, 2.0, 1.5)):
        self.blocks = []
        self.landscape = landscape
        self.font = font
        self.size = size
        self.header_lines = header_lines or []
        self.footer_text = footer_text
        self.margins = margins  # left, right, top, bottom (cm)

    def h(self, text, lvl=1, al="center"):
        self.blocks.append(("p", text, dict(b=True, al=al, sz=self.size + (2 if lvl == 1 else 0))))

    def p(self, text, b=False, i=False, al=None, sz=None, indent=False):
        self.blocks.append(("p", text, dict(b=b, i=i, al=al, sz=sz, indent=indent)))

    def t(self, table):
        self.blocks.append(("t", table, {}))

    def br(self):
        self.blocks.append(("br", None, {}))

    def cols(self, n):
        """docx only: continuous section break, following content in n columns"""
        self.blocks.append(("sect", n, {}))


def cellobj(x):
    return x if isinstance(x, C) else C("" if x is None else x)


def _is_num(s):
    s = s.strip().replace(" ", "").replace(NBSP, "").replace(",", "").replace(".", "")
    s = s.replace("%", "").replace("+", "").replace("-", "").replace("–", "")
    return s.isdigit()


# ---------------------------------------------------------------- docx
def render_docx(doc, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    AL = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "just": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}
    d = Document()
    st = d.styles["Normal"]
    st.font.name = doc.font
    st.font.size = Pt(doc.size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), doc.font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(doc.margins[0]), Cm(doc.margins[1])
    sec.top_margin, sec.bottom_margin = Cm(doc.margins[2]), Cm(doc.margins[3])
    if doc.header_lines:
        hp = sec.header.paragraphs[0]
        hp.text = doc.header_lines[0]
        for line in doc.header_lines[1:]:
            sec.header.add_paragraph(line)
        for p in sec.header.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r in p.runs:
                r.font.size = Pt(9)
    if doc.footer_text:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in fp.runs:
            r.font.size = Pt(8)

    def fill_par(par, text, b=False, i=False, al=None, sz=None):
        run = par.add_run(text)
        run.bold = b
        run.italic = i
        if sz:
            run.font.size = Pt(sz)
        if al:
            par.alignment = AL[al]

    def add_table(container, ts):
        nr, nc = len(ts.rows), len(ts.rows[0])
        tbl = container.add_table(rows=nr, cols=nc)
        tbl.style = d.styles["Table Grid"]
        tbl.autofit = False
        for r, row in enumerate(ts.rows):
            tr = tbl.rows[r]._tr
            trPr = tr.get_or_add_trPr()
            cs = OxmlElement("w:cantSplit")
            trPr.append(cs)
            if r < ts.header:
                th = OxmlElement("w:tblHeader")
                trPr.append(th)
        if ts.widths:
            for gc, wc in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), ts.widths):
                gc.set(qn("w:w"), str(int(wc * 567)))
            for r in range(nr):
                for c in range(nc):
                    tbl.cell(r, c).width = Cm(ts.widths[c])
        for r, row in enumerate(ts.rows):
            for c, x in enumerate(row):
                if x is None:
                    continue
                cc = cellobj(x)
                cell = tbl.cell(r, c)
                if cc.cs > 1 or cc.rs > 1:
                    cell = cell.merge(tbl.cell(r + cc.rs - 1, c + cc.cs - 1))
                    # keep one paragraph only
                    for extra in cell.paragraphs[1:]:
                        extra._p.getparent().remove(extra._p)
                lines = cc.text.split("\n")
                al = cc.al
                if al is None:
                    al = ts.num_align if _is_num(cc.text) and cc.text.strip() else ("center" if r < ts.header else None)
                b = cc.b or (r < ts.header and ts.bold_header)
                sz = cc.sz or ts.sz
                fill_par(cell.paragraphs[0], lines[0], b, cc.i, al, sz)
                for line in lines[1:]:
                    fill_par(cell.add_paragraph(), line, b, cc.i, al, sz)
                if cc.nested is not None:
                    add_table(cell, cc.nested)
        return tbl

    for kind, obj, o in doc.blocks:
        if kind == "p":
            par = d.add_paragraph()
            fill_par(par, obj, o.get("b"), o.get("i"), o.get("al"), o.get("sz"))
            if o.get("indent"):
                par.paragraph_format.first_line_indent = Cm(1.25)
        elif kind == "t":
            add_table(d, obj)
            d.add_paragraph()
        elif kind == "br":
            par = d.add_paragraph()
            par.add_run().add_break(WD_BREAK.PAGE)
        elif kind == "sect":
            from docx.enum.section import WD_SECTION
            # the columns of the content written so far stay; the new section gets n columns
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            c = ns._sectPr.find(qn("w:cols"))
            if c is None:
                c = OxmlElement("w:cols")
                ns._sectPr.append(c)
            c.set(qn("w:num"), str(obj))
            c.set(qn("w:space"), "567")
    d.save(str(path))


# ---------------------------------------------------------------- odt
def render_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import (Footer, Header, MasterPage, PageLayout, PageLayoutProperties,
                           ParagraphProperties, Style, TableCellProperties,
                           TableColumnProperties, TableProperties, TableRowProperties,
                           TextProperties, FontFace)
    from odf.table import (CoveredTableCell, Table, TableCell, TableColumn,
                           TableHeaderRows, TableRow)
    from odf.text import P

    od = OpenDocumentText()
    od.fontfacedecls.addElement(FontFace(name=doc.font, fontfamily=doc.font,
                                         fontfamilygeneric="roman", fontpitch="variable"))
    pl = PageLayout(name="PL1")
    w, h = ("29.7cm", "21cm") if doc.landscape else ("21cm", "29.7cm")
    pl.addElement(PageLayoutProperties(pagewidth=w, pageheight=h,
                                       printorientation="landscape" if doc.landscape else "portrait",
                                       marginleft=f"{doc.margins[0]}cm", marginright=f"{doc.margins[1]}cm",
                                       margintop=f"{doc.margins[2]}cm", marginbottom=f"{doc.margins[3]}cm"))
    od.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if doc.header_lines:
        hd = Header()
        for line in doc.header_lines:
            hd.addElement(P(text=line))
        mp.addElement(hd)
    if doc.footer_text:
        ft = Footer()
        ft.addElement(P(text=doc.footer_text))
        mp.addElement(ft)
    od.masterstyles.addElement(mp)

    cache = {}

    def pstyle(b=False, i=False, al=None, sz=None, brk=False, indent=False):
        k = (b, i, al, sz, brk, indent)
        if k in cache:
            return cache[k]
        s = Style(name=f"P{len(cache) + 1}", family="paragraph")
        if brk:
            s.setAttribute("masterpagename", "Standard")
        pp = {}
        if al:
            pp["textalign"] = {"just": "justify", "left": "start", "right": "end"}.get(al, al)
        if brk:
            pp["breakbefore"] = "page"
        if indent:
            pp["textindent"] = "1.25cm"
        pp["marginbottom"] = "0.05cm"
        s.addElement(ParagraphProperties(**pp))
        tp = dict(fontname=doc.font, fontsize=f"{sz or doc.size}pt")
        if b:
            tp["fontweight"] = "bold"
        if i:
            tp["fontstyle"] = "italic"
        s.addElement(TextProperties(**tp))
        od.automaticstyles.addElement(s)
        cache[k] = s
        return s

    cs_style = Style(name="CellB", family="table-cell")
    cs_style.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.05cm"))
    od.automaticstyles.addElement(cs_style)
    row_style = Style(name="RowK", family="table-row")
    row_style.addElement(TableRowProperties(keeptogether="always"))
    od.automaticstyles.addElement(row_style)
    tcount = [0]

    def make_table(ts, width_cm):
        tcount[0] += 1
        name = f"Tab{tcount[0]}"
        nc = len(ts.rows[0])
        widths = ts.widths or [width_cm / nc] * nc
        tst = Style(name=name, family="table")
        tst.addElement(TableProperties(width=f"{sum(widths):.2f}cm", align="left"))
        od.automaticstyles.addElement(tst)
        tb = Table(name=name, stylename=tst)
        for ci, wc in enumerate(widths):
            cst = Style(name=f"{name}.C{ci}", family="table-column")
            cst.addElement(TableColumnProperties(columnwidth=f"{wc:.2f}cm"))
            od.automaticstyles.addElement(cst)
            tb.addElement(TableColumn(stylename=cst))
        hdr = TableHeaderRows() if ts.header else None
        if hdr is not None:
            tb.addElement(hdr)
        for r, row in enumerate(ts.rows):
            tr = TableRow(stylename=row_style)
            for c, x in enumerate(row):
                if x is None:
                    tr.addElement(CoveredTableCell())
                    continue
                cc = cellobj(x)
                attrs = dict(stylename=cs_style, valuetype="string")
                if cc.cs > 1:
                    attrs["numbercolumnsspanned"] = cc.cs
                if cc.rs > 1:
                    attrs["numberrowsspanned"] = cc.rs
                td = TableCell(**attrs)
                al = cc.al
                if al is None:
                    al = ts.num_align if _is_num(cc.text) and cc.text.strip() else ("center" if r < ts.header else None)
                b = cc.b or (r < ts.header and ts.bold_header)
                for line in cc.text.split("\n"):
                    td.addElement(P(stylename=pstyle(b, cc.i, al, cc.sz or ts.sz), text=line))
                if cc.nested is not None:
                    cw = sum(widths[c:c + cc.cs]) - 0.3
                    td.addElement(make_table(cc.nested, cw))
                    td.addElement(P(stylename=pstyle(sz=6), text=""))
                tr.addElement(td)
            if hdr is not None and r < ts.header:
                hdr.addElement(tr)
            else:
                tb.addElement(tr)
        return tb

    full = (29.7 if doc.landscape else 21.0) - doc.margins[0] - doc.margins[1]
    brk = False
    for kind, obj, o in doc.blocks:
        if kind == "br":
            brk = True
            continue
        if kind == "p":
            od.text.addElement(P(stylename=pstyle(o.get("b", False), o.get("i", False), o.get("al"),
                                                  o.get("sz"), brk, o.get("indent", False)), text=obj))
            brk = False
        elif kind == "t":
            if brk:
                od.text.addElement(P(stylename=pstyle(brk=True, sz=4), text=""))
                brk = False
            od.text.addElement(make_table(obj, full))
            od.text.addElement(P(stylename=pstyle(sz=6), text=""))
    od.save(str(path))


# ---------------------------------------------------------------- pdf
def to_pdf(src, final_path):
    """convert src (docx/odt) with LibreOffice into final_path (pdf)"""
    prof = Path(tempfile.mkdtemp(prefix="lo_profile_r15_"))
    outdir = Path(tempfile.mkdtemp(prefix="lo_out_r15_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(src)],
                       check=True, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        produced = outdir / (Path(src).stem + ".pdf")
        shutil.move(str(produced), str(final_path))
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(outdir, ignore_errors=True)


def lo_convert(src, fmt, final_path):
    """round-trip a file through LibreOffice (e.g. xlsx -> xlsx to cache formula values)"""
    prof = Path(tempfile.mkdtemp(prefix="lo_profile_r15_"))
    outdir = Path(tempfile.mkdtemp(prefix="lo_out_r15_"))
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless",
                        "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                       check=True, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        ext = fmt.split(":")[0]
        produced = outdir / (Path(src).stem + "." + ext)
        shutil.move(str(produced), str(final_path))
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(outdir, ignore_errors=True)


_TMPS = []


def _cleanup():
    for t in _TMPS:
        shutil.rmtree(t, ignore_errors=True)


def tmpdir():
    """private scratch folder for intermediate docx/odt/xlsx, removed when the generator ends"""
    if not _TMPS:
        import atexit
        atexit.register(_cleanup)
    t = Path(tempfile.mkdtemp(prefix="r15_build_"))
    _TMPS.append(t)
    return t


# ---------------------------------------------------------------- plain text tables
def _cell_lines(text, width, align):
    out = []
    for ln in str(text).split("\n"):
        if align == "r":
            out.append(ln.rjust(width))
        elif align == "c":
            out.append(ln.center(width))
        else:
            out.append(ln.ljust(width))
    return out


def box_table(rows, widths, aligns=None, header=1, values_on="first", style="plus"):
    """+----+ style (or unicode box) table; multi-line cells with '\\n'.
    values_on='last' puts short cells on the last physical line of a wrapped row."""
    aligns = aligns or ["l"] * len(widths)
    if style == "plus":
        H, V, X = "-", "|", "+"
        sep = X + X.join(H * (w + 2) for w in widths) + X
        hsep = X + X.join("=" * (w + 2) for w in widths) + X
    else:
        V = "│"
        sep = "├" + "┼".join("─" * (w + 2) for w in widths) + "┤"
        hsep = sep
    lines = [sep if style == "plus" else "┌" + "┬".join("─" * (w + 2) for w in widths) + "┐"]
    for ri, row in enumerate(rows):
        cols = [_cell_lines(t, w, a if ri >= header else "c") for t, w, a in zip(row, widths, aligns)]
        hgt = max(len(c) for c in cols)
        for ci, col in enumerate(cols):
            pad = [" " * widths[ci]] * (hgt - len(col))
            cols[ci] = (pad + col) if (values_on == "last" and len(col) == 1 and ri >= header) else (col + pad)
        for k in range(hgt):
            lines.append(V + V.join(" " + cols[ci][k] + " " for ci in range(len(widths))) + V)
        if ri == header - 1:
            lines.append(hsep)
        elif ri == len(rows) - 1:
            lines.append(sep if style == "plus" else "└" + "┴".join("─" * (w + 2) for w in widths) + "┘")
        elif style != "plus":
            pass
    return lines


def fixed_table(rows, widths, aligns=None, gap=2):
    """space-aligned table without rules"""
    aligns = aligns or ["l"] * len(widths)
    lines = []
    for row in rows:
        cols = [_cell_lines(t, w, a) for t, w, a in zip(row, widths, aligns)]
        hgt = max(len(c) for c in cols)
        for ci, col in enumerate(cols):
            cols[ci] = col + [" " * widths[ci]] * (hgt - len(col))
        for k in range(hgt):
            lines.append((" " * gap).join(cols[ci][k] for ci in range(len(widths))).rstrip())
    return lines


def write_txt(path, lines, encoding="utf-8", crlf=False):
    text = ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")
    with open(path, "w", encoding=encoding, newline="") as f:
        f.write(text)
