"""Shared helpers for the round18 generators. All paths are relative to this file."""
import json, os, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
BUILD = os.path.join(GEN, 'build')
EVID = os.path.join(GEN, 'evidence')
NB = '\u00a0'


def nb(s):
    """'~' in source texts stands for a non-breaking space."""
    return s.replace('~', NB)


def save_gold(stem, municipality, region, year, figures, evidence):
    assert set(figures) == set(evidence), (set(figures) ^ set(evidence))
    with open(os.path.join(OUT, stem + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump({'municipality': municipality, 'region': region, 'year': year,
                   'figures': figures}, f, ensure_ascii=False, indent=1)
        f.write('\n')
    os.makedirs(EVID, exist_ok=True)
    with open(os.path.join(EVID, stem + '.json'), 'w', encoding='utf-8') as f:
        json.dump({k: nb(v) for k, v in evidence.items()}, f, ensure_ascii=False, indent=1)


def write_txt(stem, text, encoding='utf-8', crlf=False):
    text = nb(text)
    if crlf:
        text = text.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(OUT, stem + '.txt'), 'wb') as f:
        f.write(text.encode(encoding))


def _set_cols(section, num, space_cm=0.8, sep=True):
    sectPr = section._sectPr
    for c in sectPr.findall(qn('w:cols')):
        sectPr.remove(c)
    cols = OxmlElement('w:cols')
    cols.set(qn('w:num'), str(num))
    cols.set(qn('w:space'), str(int(space_cm * 567)))
    if sep:
        cols.set(qn('w:sep'), '1')
    sectPr.append(cols)


def build_docx(path, blocks, landscape=False, base_size=11, font='Times New Roman',
               margins_cm=2.0):
    """blocks: list of tuples
    ('h', text, size) bold heading; ('p', text) paragraph; ('pi', text) italic paragraph;
    ('c', text, size[, bold]) centred; ('r', text) right aligned; ('pb',) page break;
    ('cols', n) start a continuous section with n columns; ('table', rows[, widths]);
    ('runs', [(text, bold, italic), ...])."""
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(base_size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(sec, side, Cm(margins_cm))
    for b in blocks:
        kind = b[0]
        if kind == 'h':
            p = d.add_paragraph(); r = p.add_run(nb(b[1])); r.bold = True
            r.font.size = Pt(b[2] if len(b) > 2 else base_size + 2)
        elif kind in ('p', 'pi'):
            p = d.add_paragraph(); r = p.add_run(nb(b[1])); r.italic = kind == 'pi'
            p.paragraph_format.first_line_indent = Cm(0.8) if not landscape else None
        elif kind == 'c':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nb(b[1])); r.font.size = Pt(b[2])
            r.bold = len(b) > 3 and b[3]
        elif kind == 'l':   # left, sized
            p = d.add_paragraph(); r = p.add_run(nb(b[1])); r.font.size = Pt(b[2])
            r.bold = len(b) > 3 and b[3]
        elif kind == 'r':
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(nb(b[1]))
        elif kind == 'runs':
            p = d.add_paragraph()
            for t, bold, it in b[1]:
                r = p.add_run(nb(t)); r.bold = bold; r.italic = it
        elif kind == 'pb':
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == 'cols':
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(ns, b[1])
        elif kind == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, v in enumerate(row):
                    t.cell(i, j).text = nb(v)
        else:
            raise ValueError(kind)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    d.save(path)
    return path


def soffice_convert(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix='lo_r18_')
    try:
        subprocess.run(['soffice', '-env:UserInstallation=file://' + prof, '--headless',
                        '--convert-to', fmt, '--outdir', outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    out = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.' + fmt)
    assert os.path.exists(out), out
    return out


def docx_out(stem, blocks, fmt='docx', **kw):
    """Build a docx and, for pdf/odt, convert it with LibreOffice into OUT."""
    if fmt == 'docx':
        return build_docx(os.path.join(OUT, stem + '.docx'), blocks, **kw)
    src = build_docx(os.path.join(BUILD, stem + '.docx'), blocks, **kw)
    res = soffice_convert(src, fmt, BUILD)
    dst = os.path.join(OUT, stem + '.' + fmt)
    shutil.move(res, dst)
    return dst
