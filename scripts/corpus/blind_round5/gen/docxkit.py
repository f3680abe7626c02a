"""Small python-docx toolkit used by the docx / pdf / odt generators."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
         "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY}


def new_doc(font="Times New Roman", size=12, landscape=False, margins=(2.0, 1.5, 2.0, 2.5)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.space_before = Pt(0)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, bottom, right, left = margins
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.right_margin, sec.left_margin = Cm(right), Cm(left)
    return d


def para(d, text="", bold=False, italic=False, align="j", size=None, after=3, before=0,
         indent=None, keep=False):
    p = d.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size)
    p.alignment = ALIGN[align]
    pf = p.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    if indent is not None:
        pf.first_line_indent = Cm(indent)
    if keep:
        pf.keep_with_next = True
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """Text with **bold** segments."""
    parts = text.split("**")
    for i, t in enumerate(parts):
        if not t:
            continue
        r = p.add_run(t)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def page_break(d):
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def _set_cell_borders(cell, val="single"):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for e in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tcPr.append(b)


def _table_borders(table, val):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), "4" if val != "nil" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(container, grid, widths, merges=(), header_rows=1, borders=True, size=10,
          bold_rows=(), align=None, repeat=0, shade_rows=(), italic_rows=(),
          cell_align=None, center_header=True):
    """grid: list of rows (lists of str or None). merges: (r1, c1, r2, c2) inclusive.

    align: per-column 'l'/'c'/'r'. Text in a merged range comes from its top-left cell.
    container: Document or a table cell (nested table)."""
    nrows, ncols = len(grid), len(widths)
    t = container.add_table(rows=nrows, cols=ncols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    _table_borders(t, "single" if borders else "nil")
    for i, col in enumerate(t.columns):
        col.width = Cm(widths[i])
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = Cm(widths[i])
    covered = set()
    for (r1, c1, r2, c2) in merges:
        a = t.cell(r1, c1)
        b = t.cell(r2, c2)
        a.merge(b)
        for rr in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                if (rr, cc) != (r1, c1):
                    covered.add((rr, cc))
    for ri, row in enumerate(grid):
        for ci in range(ncols):
            if (ri, ci) in covered:
                continue
            txt = row[ci] if ci < len(row) else None
            cell = t.cell(ri, ci)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = (txt or "").split("\n")
            for li, line in enumerate(lines):
                if li:
                    p = cell.add_paragraph()
                add_runs(p, line, bold=(ri < header_rows or ri in bold_rows),
                         italic=(ri in italic_rows), size=size)
                p.paragraph_format.space_after = Pt(0)
                if ri < header_rows and center_header:
                    p.alignment = ALIGN["c"]
                elif cell_align and (ri, ci) in cell_align:
                    p.alignment = ALIGN[cell_align[(ri, ci)]]
                elif align:
                    p.alignment = ALIGN[align[ci]]
            if ri in shade_rows:
                shade(cell)
    for i in range(min(repeat, nrows)):
        repeat_header(t.rows[i])
    return t


def set_header_footer(d, header=None, footer=None, size=9, page_field=False):
    sec = d.sections[0]
    if header is not None:
        hp = sec.header.paragraphs[0]
        add_runs(hp, header, size=size)
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        add_runs(fp, footer, size=size)
        fp.alignment = ALIGN["c"]
        if page_field:
            f1 = OxmlElement("w:fldSimple")
            f1.set(qn("w:instr"), "PAGE")
            r = OxmlElement("w:r")
            tx = OxmlElement("w:t")
            tx.text = "1"
            r.append(tx)
            f1.append(r)
            fp._p.append(f1)


def landscape_section(d):
    from docx.enum.section import WD_SECTION
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec
