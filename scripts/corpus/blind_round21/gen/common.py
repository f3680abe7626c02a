"""Shared helpers for the round21 generators (paths are computed relative to this file)."""
import json, os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

GEN = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(GEN)
BUILD = os.path.join(GEN, "build")
FORMS = os.path.join(GEN, "forms")
os.makedirs(BUILD, exist_ok=True)
os.makedirs(FORMS, exist_ok=True)


def gold(name, municipality, region, year, figs):
    """figs: key -> (value, written form as it stands in the document)."""
    g = {"municipality": municipality, "region": region, "year": year,
         "figures": {k: v[0] for k, v in figs.items()}}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
    with open(os.path.join(FORMS, name + ".forms.json"), "w", encoding="utf-8") as f:
        json.dump({k: v[1] for k, v in figs.items()}, f, ensure_ascii=False, indent=1)


def write_txt(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


def soffice(src, fmt, outdir):
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless",
                    "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def convert_to_out(src_docx, fmt, final_name):
    """Convert a docx in BUILD to fmt and move it to OUT under final_name."""
    soffice(src_docx, fmt, BUILD)
    produced = os.path.splitext(src_docx)[0] + "." + fmt
    shutil.move(produced, os.path.join(OUT, final_name))


def para(doc, text, bold=False, italic=False, size=None, align=None, space_after=None, font=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if font:
        r.font.name = font
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "j":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def set_columns(section, num, space_twips=500):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
