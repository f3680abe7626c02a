# -*- coding: utf-8 -*-
"""Build the 12 documents and gold files of batch text1 into the parent folder.
Run from anywhere: python gen/build.py  (paths are relative to this file)."""
import json, os, shutil, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import all_docs, strip, basename, gold  # noqa: E402

OUT = os.path.dirname(HERE)
TMP = os.path.join(HERE, "build_tmp")


def text_lines(doc):
    out = []
    for b in doc["blocks"]:
        if b[0] == "table":
            for row in b[1]:
                out.append(" | ".join(strip(c) for c in row))
        elif b[0] in ("br", "cols"):
            out.append("")
        else:
            out.append(strip(b[1]))
            if b[0] in ("p", "h"):
                out.append("")
    return out


def build_txt(doc, path):
    data = doc["eol"].join(text_lines(doc)) + doc["eol"]
    with open(path, "wb") as f:
        f.write(data.encode(doc["enc"]))


def build_docx(doc, path, kind=None):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(12)
    sec = d.sections[0]
    if kind == "slides":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(sec, m, Cm(1.5))
    para = None
    for b in doc["blocks"]:
        t = b[0]
        if t == "br":
            para.add_run().add_break(WD_BREAK.PAGE)
            continue
        if t == "cols":
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            cols = OxmlElement("w:cols")
            cols.set(qn("w:num"), "2")
            cols.set(qn("w:space"), "567")
            ns._sectPr.append(cols)
            continue
        if t == "table":
            rows = b[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = strip(c)
            para = d.add_paragraph()
            continue
        text = strip(b[1])
        if t == "li" and kind is None:
            para = d.add_paragraph(text, style="List Bullet")
            continue
        para = d.add_paragraph()
        run = para.add_run(text)
        if t == "h":
            run.bold = True
            run.font.size = Pt(26 if kind == "slides" else 14)
        elif t == "big":
            run.bold = True
            run.font.size = Pt(34)
            para.paragraph_format.space_after = Pt(0)
        elif t == "masthead":
            run.bold = True
            run.font.size = Pt(16)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif t == "small":
            run.font.size = Pt(9)
            run.italic = True
            if kind == "slides":
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "slides":
            run.font.size = Pt(16)
        if kind == "twocol" and t == "p":
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run.font.size = Pt(10)
    d.save(path)


def build_odt(doc, path):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, TableColumnProperties
    from odf.text import P, H, List, ListItem
    from odf.table import Table, TableColumn, TableRow, TableCell
    od = OpenDocumentText()
    hs = Style(name="Hd", family="paragraph")
    hs.addElement(TextProperties(fontweight="bold", fontsize="14pt"))
    hs.addElement(ParagraphProperties(margintop="0.3cm", marginbottom="0.2cm"))
    ps = Style(name="Body", family="paragraph")
    ps.addElement(ParagraphProperties(marginbottom="0.2cm", textalign="justify"))
    od.automaticstyles.addElement(hs)
    od.automaticstyles.addElement(ps)
    for b in doc["blocks"]:
        t = b[0]
        if t == "table":
            rows = b[1]
            tb = Table(name="T%d" % len(od.text.childNodes))
            tb.addElement(TableColumn(numbercolumnsrepeated=len(rows[0])))
            for row in rows:
                tr = TableRow()
                for c in row:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=strip(c)))
                    tr.addElement(tc)
                tb.addElement(tr)
            od.text.addElement(tb)
        elif t == "h":
            od.text.addElement(H(outlinelevel=2, stylename=hs, text=strip(b[1])))
        elif t == "li":
            lst = List()
            it = ListItem()
            it.addElement(P(stylename=ps, text=strip(b[1])))
            lst.addElement(it)
            od.text.addElement(lst)
        else:
            od.text.addElement(P(stylename=ps, text=strip(b[1])))
    od.save(path)


def to_pdf(src, outdir, n):
    prof = "file:///tmp/lo_profile_t1_%d" % n
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL, timeout=240)


def main():
    os.makedirs(TMP, exist_ok=True)
    for doc in all_docs():
        base = basename(doc)
        fmt = doc["fmt"]
        path = os.path.join(OUT, base + "." + fmt)
        if fmt == "txt":
            build_txt(doc, path)
        elif fmt == "docx":
            build_docx(doc, path)
        elif fmt == "odt":
            build_odt(doc, path)
        elif fmt == "pdf":
            src = os.path.join(TMP, base + ".docx")
            build_docx(doc, src, doc.get("kind") if doc.get("kind") != "plain" else None)
            to_pdf(src, TMP, doc["n"])
            shutil.move(os.path.join(TMP, base + ".pdf"), path)
        with open(os.path.join(OUT, base + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold(doc), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("built", os.path.basename(path))
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
