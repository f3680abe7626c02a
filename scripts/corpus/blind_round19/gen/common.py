"""Shared helpers: marker rendering, writers for txt/docx, LibreOffice conversion.

Gold figures are written in the document sources as  ⟦key:written form⟧ .
render() removes the brackets, keeps the written form in the text and records
(key, form) so that verify.py can look the form up in the extracted text.
"""
import json, os, re, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)                       # round19/
FORMS_DIR = os.path.join(HERE, "forms")
MARK = re.compile(r"⟦([a-z_]+):([^⟧]+)⟧")


class Doc:
    def __init__(self, name, gold):
        self.name = name            # file stem without extension
        self.gold = gold
        self.forms = {}

    def r(self, s):
        def sub(m):
            key, form = m.group(1), m.group(2)
            if key in self.forms and self.forms[key] != form:
                raise SystemExit(f"{self.name}: key {key} marked twice")
            self.forms[key] = form
            return form
        return MARK.sub(sub, s)

    def finish(self):
        fig = set(self.gold["figures"])
        if fig != set(self.forms):
            raise SystemExit(f"{self.name}: gold keys {sorted(fig ^ set(self.forms))} differ from markers")
        os.makedirs(FORMS_DIR, exist_ok=True)
        with open(os.path.join(OUT, self.name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(self.gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(FORMS_DIR, self.name + ".forms.json"), "w", encoding="utf-8") as f:
            json.dump(self.forms, f, ensure_ascii=False, indent=1)
        print("built", self.name, len(fig), "figures")


def write_txt(doc, ext, text, encoding="utf-8", newline="\n"):
    text = doc.r(text)
    path = os.path.join(OUT, doc.name + "." + ext)
    data = text.replace("\r\n", "\n").replace("\n", newline)
    with open(path, "wb") as f:
        f.write(data.encode(encoding))
    doc.finish()


# ---------------------------------------------------------------- docx
def build_docx(doc, blocks, path, landscape=False, page=None, font="Liberation Serif",
               size=11, margins_cm=2.0):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
    if page:
        sec.page_width, sec.page_height = Cm(page[0]), Cm(page[1])
    elif landscape:
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for s in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, s, Cm(margins_cm))

    def para(text, bold=False, italic=False, sz=None, align=None, color=None, space_after=None):
        p = d.add_paragraph()
        parts = text.split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            run = p.add_run(doc.r(part))
            run.bold = bold or (i % 2 == 1)
            run.italic = italic
            if sz:
                run.font.size = Pt(sz)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        return p

    for b in blocks:
        kind = b[0]
        opts = b[2] if len(b) > 2 else {}
        if kind == "p":
            para(b[1], **opts)
        elif kind == "h":
            para(b[1], bold=True, sz=opts.get("sz", size + 2), align=opts.get("align"))
        elif kind == "pb":
            d.add_page_break()
        elif kind == "cols":       # new continuous section with n columns
            ns = d.add_section(WD_SECTION.CONTINUOUS)
            cols = ns._sectPr.find(qn("w:cols"))
            if cols is None:
                cols = OxmlElement("w:cols")
                ns._sectPr.append(cols)
            cols.set(qn("w:num"), str(b[1]))
            cols.set(qn("w:space"), str(opts.get("space", 454)))
            if opts.get("sep"):
                cols.set(qn("w:sep"), "1")
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = doc.r(cell)
                    for pp in c.paragraphs:
                        for rr in pp.runs:
                            rr.font.size = Pt(opts.get("sz", size - 1))
                            rr.bold = i < opts.get("header", 1)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    d.save(path)


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo19_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless",
                        "--convert-to", fmt, "--outdir", outdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def write_docx_family(doc, ext, blocks, **kw):
    """ext in docx / pdf / odt: build a docx, convert with LibreOffice when needed."""
    final = os.path.join(OUT, doc.name + "." + ext)
    if ext == "docx":
        build_docx(doc, blocks, final, **kw)
    else:
        tmp = tempfile.mkdtemp(prefix="r19_")
        src = os.path.join(tmp, doc.name + ".docx")
        build_docx(doc, blocks, src, **kw)
        soffice(src, ext, tmp)
        shutil.move(os.path.join(tmp, doc.name + "." + ext), final)
        shutil.rmtree(tmp, ignore_errors=True)
    doc.finish()
