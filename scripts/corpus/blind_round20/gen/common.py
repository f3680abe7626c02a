"""Shared helpers for the round-20 generators. All paths are relative to the
round folder (the scripts are run from there by make_all.sh)."""
import json, os, subprocess, shutil, tempfile

OUT = "."
FORMS = os.path.join("gen", "forms")


def write_gold(name, municipality, region, year, figures, forms):
    """figures: key -> value; forms: key -> the written form as it appears in the text."""
    assert set(figures) == set(forms), (name, set(figures) ^ set(forms))
    gold = {"municipality": municipality, "region": region, "year": year, "figures": figures}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.makedirs(FORMS, exist_ok=True)
    with open(os.path.join(FORMS, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(forms, f, ensure_ascii=False, indent=1)


def soffice_convert(src, fmt, outdir=OUT):
    """Convert src with LibreOffice into outdir; uses a private profile dir."""
    prof = tempfile.mkdtemp(prefix="lo20_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.abspath(prof),
                        "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def docx_from_blocks(path, blocks, font="Times New Roman", size=12, columns=None,
                     landscape=False):
    """blocks: list of (kind, payload): ('h', text) heading, ('p', text) paragraph,
    ('b', text) bold paragraph, ('c', text) centred, ('r', text) right-aligned,
    ('i', text) italic, ('t', rows) table, ('brk', None) page break."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for kind, payload in blocks:
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(payload); r.bold = True; r.font.size = Pt(size + 2)
        elif kind == "b":
            p = d.add_paragraph(); r = p.add_run(payload); r.bold = True
        elif kind == "i":
            p = d.add_paragraph(); r = p.add_run(payload); r.italic = True
        elif kind == "c":
            p = d.add_paragraph(payload); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = d.add_paragraph(payload); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "p":
            p = d.add_paragraph(payload); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "pl":
            d.add_paragraph(payload)
        elif kind == "t":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, val in enumerate(row):
                    t.cell(i, j).text = val
            d.add_paragraph("")
        elif kind == "brk":
            d.add_page_break()
        elif kind == "sect":  # start a new continuous section with N columns
            from docx.enum.section import WD_SECTION
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            _cols(ns, payload)
        else:
            raise ValueError(kind)
    if columns:
        _cols(d.sections[0], columns)
    d.save(path)


def _cols(section, n):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(n))
    cols.set(qn("w:space"), "567")
    sectPr.append(cols)
