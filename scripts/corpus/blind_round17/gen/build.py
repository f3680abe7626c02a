# -*- coding: utf-8 -*-
"""Build every document of round 17, its gold file and its evidence file.

Run from anywhere; all paths are relative to this script's folder (../ = round17).
Needs python-docx and LibreOffice (soffice) for pdf/odt conversion.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
EVID = HERE / "evidence"
sys.path.insert(0, str(HERE))
from content import DOCS  # noqa: E402

CATALOGUE = (
    ["organizations_total", "providers_registry", "programs_total"]
    + ["programs_" + d for d in ("art", "sport", "social", "science", "tech", "tourism")]
    + ["programs_nok", "students_total"]
    + ["students_" + d for d in ("art", "sport", "social", "science", "tech", "tourism")]
    + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct", "students_ovz",
       "students_disabled", "certificate_nominal_rub", "certificates_issued",
       "certificates_active", "certificate_students", "certificate_share_pct", "new_places",
       "events_parents", "events_parents_reach", "events_students", "events_students_reach",
       "events_teachers", "events_teachers_reach", "teachers_pd_participants"]
)
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}
MARK = re.compile(r"\[\[(\w+)=([^|\]]+)\|([^\]]+)\]\]")


def nbspify(s):
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1\u00a0\\2", s)
    return s


class Collector:
    def __init__(self, d):
        self.d = d
        self.figs = []

    def clean(self, text):
        def rep(m):
            key, val, written = m.group(1), m.group(2), m.group(3)
            if key not in CATALOGUE:
                raise SystemExit(f"{self.d['nn']}: unknown key {key}")
            value = float(val) if key in FLOAT_KEYS else int(val)
            if self.d.get("nbsp"):
                written = nbspify(written)
            self.figs.append({"key": key, "value": value, "written": written})
            return written
        out = MARK.sub(rep, text)
        if self.d.get("nbsp"):
            out = nbspify(out)
        return out


def base_name(d):
    return f"t2_{d['nn']}_{d['slug']}_{d['shape']}"


# ------------------------------------------------------------------ docx helpers
SIZES = {"title": 15, "h": 12.5, "p": 12, "c": 12, "small": 9.5, "big": 20, "label": 11}


def add_par(docx, kind, text, sizes=SIZES, font="Times New Roman", justify=True):
    par = docx.add_paragraph()
    run = par.add_run(text)
    run.font.size = Pt(sizes[kind])
    run.font.name = font
    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if kind in ("title", "h", "big"):
        run.bold = True
    if kind in ("title", "c"):
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif kind == "small" and sizes.get("_slide"):
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif kind == "p" and justify:
        par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    par.paragraph_format.space_after = Pt(sizes.get("_after", 6))
    return par


def add_table(docx, rows, col):
    t = docx.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = col.clean(cell)
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(11)
                    r.bold = i == 0
    docx.add_paragraph()


def page_break(docx):
    docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build_docx(d, col, path):
    docx = Document()
    s = docx.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(2)
    for kind, payload in d["blocks"]:
        if kind == "table":
            add_table(docx, payload, col)
        elif kind == "pb":
            page_break(docx)
        else:
            add_par(docx, kind, col.clean(payload))
    docx.save(path)


def build_slides(d, col, path):
    docx = Document()
    s = docx.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(33.87), Cm(19.05)
    for m in ("left_margin", "right_margin"):
        setattr(s, m, Cm(1.8))
    s.top_margin = s.bottom_margin = Cm(1.0)
    sizes = {"title": 40, "h": 28, "p": 18, "c": 18, "small": 14, "big": 34, "label": 18,
             "_slide": True, "_after": 2}
    for kind, payload in d["blocks"]:
        if kind == "pb":
            page_break(docx)
        else:
            add_par(docx, kind, col.clean(payload), sizes=sizes, font="Arial", justify=False)
    docx.save(path)


def set_cols(sectPr, num, space_twips=567):
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if num > 1:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)


def build_newsletter(d, col, path):
    docx = Document()
    s = docx.sections[0]
    s.page_width, s.page_height = Cm(21), Cm(29.7)
    s.left_margin = s.right_margin = Cm(1.5)
    s.top_margin = s.bottom_margin = Cm(1.5)
    sizes = dict(SIZES, p=10, h=11, title=26, c=10, small=8, big=30)
    for kind, payload in d["masthead"]:
        add_par(docx, kind, col.clean(payload), sizes=sizes, font="Arial")
    new = docx.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new._sectPr, 2)
    for kind, payload in d["blocks"]:
        add_par(docx, kind, col.clean(payload), sizes=sizes, font="Arial")
    docx.save(path)


def build_html(d, col, path):
    parts = ["<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'>",
             "<title>Вопросы и ответы — МОЦ</title>",
             "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:11pt;}"
             "h1{font-size:20pt;color:#1a4d8f} h3{font-size:13pt;color:#1a4d8f;margin-bottom:2pt}"
             "p.small{font-size:8pt;color:#666}</style></head><body>"]
    tag = {"title": "h1", "h": "h3", "p": "p"}
    for kind, payload in d["blocks"]:
        text = html.escape(col.clean(payload))
        if kind == "small":
            parts.append(f"<p class='small'>{text}</p>")
        else:
            parts.append(f"<{tag[kind]}>{text}</{tag[kind]}>")
    parts.append("</body></html>")
    Path(path).write_text("\n".join(parts), encoding="utf-8")


def soffice(src, fmt, outdir, infilter=None):
    prof = Path(tempfile.gettempdir()) / "lo_profile_round17"
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    EVID.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="round17_"))
    total = 0
    for d in DOCS:
        col = Collector(d)
        name = base_name(d)
        target = OUT / f"{name}.{d['ext']}"
        if d["ext"] == "txt":
            text = col.clean(d["text"])
            data = text.replace("\n", d["newline"]).encode(d["encoding"])
            target.write_bytes(data)
        elif d["ext"] == "docx":
            build_docx(d, col, target)
        else:
            via = d["via"]
            if via == "html":
                src = work / f"{name}.html"
                build_html(d, col, src)
                fmt, infilter = "pdf:writer_pdf_Export", "HTML (StarWriter)"
            else:
                src = work / f"{name}.docx"
                {"docx": build_docx, "slides": build_slides, "newsletter": build_newsletter}[via](d, col, src)
                fmt, infilter = d["ext"], None
            soffice(src, fmt, work, infilter)
            shutil.copy(work / f"{name}.{d['ext']}", target)
        figs = {}
        for f in col.figs:
            if f["key"] in figs and figs[f["key"]] != f["value"]:
                raise SystemExit(f"{name}: {f['key']} marked twice with different values")
            figs[f["key"]] = f["value"]
        ordered = {k: figs[k] for k in CATALOGUE if k in figs}
        gold = {"municipality": d["municipality"], "region": d["region"], "year": d["year"],
                "figures": ordered}
        (OUT / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")
        ev = {"document": target.name, "encoding": d.get("encoding"), "newline": d.get("newline"),
              "name_in_text": d.get("name_in_text"),
              "figures": col.figs}
        (EVID / f"{name}.json").write_text(json.dumps(ev, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
        total += len(ordered)
        print(f"{target.name}: {len(ordered)} gold figures")
    shutil.rmtree(work, ignore_errors=True)
    print(f"built {len(DOCS)} documents, {total} gold figures")


if __name__ == "__main__":
    main()
