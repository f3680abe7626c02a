"""Shared helpers for the round-13 blind batch generators.

Every generator records each gold figure through Ev.f(), which returns the
string as written, so the document text and the evidence cannot drift apart.
"""
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

GEN = Path(__file__).resolve().parent
OUT = GEN.parent                      # the round folder
EVD = GEN / 'evidence'

NBSP = '\u00a0'
THIN = '\u2009'
NNBSP = '\u202f'

FLOAT_KEYS = {'coverage_pct', 'coverage_growth_pct', 'certificate_share_pct',
              'certificate_nominal_rub'}


def sp(n, sep=' '):
    """Integer with thousands separated by `sep`."""
    s = f'{n:,}'.replace(',', sep)
    return s


def dec(x, nd=1, sep=' '):
    """Decimal with comma and thousands separator."""
    s = f'{x:,.{nd}f}'.replace(',', '#').replace('.', ',').replace('#', sep)
    return s


class Ev:
    def __init__(self, stem, municipality, region, year):
        self.stem = stem
        self.municipality = municipality
        self.region = region
        self.year = year
        self.items = []

    def f(self, key, value, written, anchor, where='table', form=None):
        if any(i['key'] == key for i in self.items):
            raise ValueError(f'{self.stem}: key {key} recorded twice')
        if key in FLOAT_KEYS:
            value = float(value)
        else:
            if int(value) != value:
                raise ValueError(f'{key} must be integer')
            value = int(value)
        it = {'key': key, 'value': value, 'written': written,
              'anchor': anchor, 'where': where}
        if form:
            it['form'] = form
        self.items.append(it)
        return written

    def save(self, filename):
        EVD.mkdir(exist_ok=True)
        gold = {'municipality': self.municipality, 'region': self.region,
                'year': self.year,
                'figures': {i['key']: i['value'] for i in self.items}}
        base = filename.rsplit('.', 1)[0]
        (OUT / f'{base}.gold.json').write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
        (EVD / f'{base}.json').write_text(
            json.dumps({'file': filename, 'items': self.items},
                       ensure_ascii=False, indent=1) + '\n', encoding='utf-8')
        n = len(self.items)
        t = sum(1 for i in self.items if i['where'] == 'table')
        print(f'{filename}: {n} figures, {t} in tables')


def to_pdf(src, dest_name):
    """Convert src (docx/odt) to OUT/dest_name with LibreOffice, private profile."""
    prof = tempfile.mkdtemp(prefix='lo_profile_r13_')
    outdir = tempfile.mkdtemp(prefix='lo_out_r13_')
    try:
        cmd = ['soffice', '-env:UserInstallation=' + Path(prof).as_uri(),
               '--headless', '--convert-to', 'pdf', '--outdir', outdir, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        produced = Path(outdir) / (Path(src).stem + '.pdf')
        shutil.move(str(produced), str(OUT / dest_name))
    finally:
        shutil.rmtree(prof, ignore_errors=True)
        shutil.rmtree(outdir, ignore_errors=True)


# ---------------------------------------------------------------- docx
def docx_new(font='Times New Roman', size=12, landscape=False, margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = Document()
    d.core_properties.author = 'МОЦ'
    d.core_properties.comments = ''
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}rFonts')
    if rfonts is not None:
        rfonts.set('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia', font)
    st.paragraph_format.space_after = Pt(2)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for a in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, a, Cm(margins_cm))
    return d


def dp(d, text='', bold=False, italic=False, align=None, size=None, indent=False,
       space_after=None):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
                       'j': WD_ALIGN_PARAGRAPH.JUSTIFY, 'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.25)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def dpage_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cell_text(cell, text, bold=False, size=None, align=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    lines = str(text).split('\n')
    p = cell.paragraphs[0]
    for k, ln in enumerate(lines):
        if k:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = {'c': WD_ALIGN_PARAGRAPH.CENTER, 'r': WD_ALIGN_PARAGRAPH.RIGHT,
                           'l': WD_ALIGN_PARAGRAPH.LEFT}[align]
        p.paragraph_format.space_after = Pt(0)


def dtable(container, rows, header_rows=1, merges=(), widths_cm=None, size=10,
           bold_rows=(), style='Table Grid', repeat_header=False, num_align='c'):
    """rows: list of lists (None = part of a merge). merges: ((r1,c1),(r2,c2))."""
    from docx.shared import Cm
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    ncols = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncols)
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j in range(ncols):
            v = row[j] if j < len(row) else ''
            if v is None:
                continue
            al = None
            if j > 0 and num_align and _looks_num(v):
                al = num_align
            if i < header_rows:
                al = 'c'
            _cell_text(t.cell(i, j), v, bold=(i < header_rows or i in bold_rows),
                       size=size, align=al)
    for (a, b) in merges:
        t.cell(*a).merge(t.cell(*b))
    if widths_cm:
        t.autofit = False
        for j, w in enumerate(widths_cm):
            if j < len(t.columns):
                t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths_cm):
                if j < len(row.cells):
                    row.cells[j].width = Cm(w)
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement('w:cantSplit')
        cs.set(qn('w:val'), 'true')
        trPr.append(cs)
    if repeat_header:
        for i in range(header_rows):
            trPr = t.rows[i]._tr.get_or_add_trPr()
            el = OxmlElement('w:tblHeader')
            el.set(qn('w:val'), 'true')
            trPr.append(el)
    return t


def _looks_num(v):
    s = str(v).replace(' ', '').replace(NBSP, '').replace(',', '').replace('.', '')
    s = s.replace('%', '').replace('–', '').replace('-', '')
    return s.isdigit() or s in ('', 'х', 'н/д')


# ---------------------------------------------------------------- odt
class Odt:
    """Tiny odfpy wrapper: paragraphs, headings, bordered tables with spans,
    nested tables, page breaks, optional landscape."""

    def __init__(self, landscape=False, font='Liberation Serif', size='12pt'):
        from odf.opendocument import OpenDocumentText
        from odf.style import (Style, TextProperties, ParagraphProperties,
                               TableCellProperties, PageLayout, PageLayoutProperties,
                               MasterPage, FontFace, TableProperties)
        self.doc = OpenDocumentText()
        d = self.doc
        d.fontfacedecls.addElement(FontFace(name=font, fontfamily=font,
                                            fontfamilygeneric='roman', fontpitch='variable'))
        pl = PageLayout(name='PL1')
        if landscape:
            pl.addElement(PageLayoutProperties(pagewidth='29.7cm', pageheight='21cm',
                                               printorientation='landscape',
                                               margin='1.5cm'))
        else:
            pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm',
                                               printorientation='portrait', margin='2cm'))
        d.automaticstyles.addElement(pl)
        d.masterstyles.addElement(MasterPage(name='Standard', pagelayoutname=pl))
        self.styles = {}

        def ps(name, bold=False, italic=False, align='justify', sz=size, brk=False,
               indent=False, family='paragraph'):
            s = Style(name=name, family='paragraph')
            pp = dict(textalign=align, marginbottom='0.1cm')
            if brk:
                pp['breakbefore'] = 'page'
            if indent:
                pp['textindent'] = '1.25cm'
            s.addElement(ParagraphProperties(**pp))
            tp = dict(fontname=font, fontsize=sz)
            if bold:
                tp['fontweight'] = 'bold'
            if italic:
                tp['fontstyle'] = 'italic'
            s.addElement(TextProperties(**tp))
            d.automaticstyles.addElement(s)
            self.styles[name] = s
        ps('P', indent=True)
        ps('PL', align='left')
        ps('PC', align='center')
        ps('PR', align='end')
        ps('PB', bold=True, align='left')
        ps('PBC', bold=True, align='center')
        ps('PI', italic=True, align='left')
        ps('PBRK', bold=True, align='center', brk=True)
        ps('TC', align='left', sz='10pt')
        ps('TCC', align='center', sz='10pt')
        ps('TCB', align='center', sz='10pt', bold=True)
        ps('TCBL', align='left', sz='10pt', bold=True)
        cs = Style(name='Cell', family='table-cell')
        cs.addElement(TableCellProperties(border='0.5pt solid #000000', padding='0.06cm'))
        d.automaticstyles.addElement(cs)
        self.cell_style = cs
        cs2 = Style(name='CellNB', family='table-cell')
        cs2.addElement(TableCellProperties(border='none', padding='0.06cm'))
        d.automaticstyles.addElement(cs2)
        self.cell_nb = cs2
        self._tn = 0
        self._TableProperties = TableProperties
        self._Style = Style

    def p(self, text='', style='P', parent=None):
        from odf.text import P, LineBreak
        from odf import teletype
        el = P(stylename=self.styles[style])
        parts = str(text).split('\n')
        for k, part in enumerate(parts):
            if k:
                el.addElement(LineBreak())
            if part:
                teletype.addTextToElement(el, part)
        (parent if parent is not None else self.doc.text).addElement(el)
        return el

    def table(self, rows, widths_cm, header_rows=1, spans=None, parent=None,
              bold_rows=(), border=True, num_center=True):
        """rows: list of lists; cell can be str, ('text', colspan, rowspan),
        a callable(cell_element) for nested content, or None (covered)."""
        from odf.table import (Table, TableColumn, TableRow, TableCell,
                               CoveredTableCell, TableHeaderRows)
        from odf.style import TableColumnProperties
        self._tn += 1
        name = f'T{self._tn}'
        ts = self._Style(name=name, family='table')
        ts.addElement(self._TableProperties(width=f'{sum(widths_cm):.2f}cm', align='center'))
        self.doc.automaticstyles.addElement(ts)
        t = Table(name=name, stylename=ts)
        for j, w in enumerate(widths_cm):
            cs = self._Style(name=f'{name}C{j}', family='table-column')
            cs.addElement(TableColumnProperties(columnwidth=f'{w}cm'))
            self.doc.automaticstyles.addElement(cs)
            t.addElement(TableColumn(stylename=cs))
        hdr = TableHeaderRows() if header_rows else None
        if hdr is not None:
            t.addElement(hdr)
        cstyle = self.cell_style if border else self.cell_nb
        for i, row in enumerate(rows):
            tr = TableRow()
            for j, v in enumerate(row):
                if v is None:
                    tr.addElement(CoveredTableCell())
                    continue
                cs_, rs_ = 1, 1
                if isinstance(v, tuple):
                    v, cs_, rs_ = v
                attrs = dict(stylename=cstyle, valuetype='string')
                if cs_ > 1:
                    attrs['numbercolumnsspanned'] = cs_
                if rs_ > 1:
                    attrs['numberrowsspanned'] = rs_
                tc = TableCell(**attrs)
                if callable(v):
                    v(tc)
                else:
                    if i < header_rows or i in bold_rows:
                        st = 'TCB' if (i < header_rows or j > 0) else 'TCBL'
                    else:
                        st = 'TCC' if (j > 0 and num_center and _looks_num(v)) else 'TC'
                    self.p(v, st, parent=tc)
                tr.addElement(tc)
            (hdr if (hdr is not None and i < header_rows) else t).addElement(tr)
        (parent if parent is not None else self.doc.text).addElement(t)
        return t

    def save(self, path):
        self.doc.save(str(path))


# ---------------------------------------------------------------- xlsx helpers
def xl_border():
    from openpyxl.styles import Border, Side
    s = Side(style='thin', color='000000')
    return Border(left=s, right=s, top=s, bottom=s)


def write_txt(name, text, encoding='utf-8', crlf=False):
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    data = text.encode(encoding)
    (OUT / name).write_bytes(data)


def docx_footer_page(d, prefix=''):
    """Footer with a PAGE field (page numbers are a trap in pdf text)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.sections[0].footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if prefix:
        p.add_run(prefix)
    fld = OxmlElement('w:fldSimple')
    fld.set(qn('w:instr'), 'PAGE')
    r = OxmlElement('w:r')
    t = OxmlElement('w:t')
    t.text = '1'
    r.append(t)
    fld.append(r)
    p._p.append(fld)
