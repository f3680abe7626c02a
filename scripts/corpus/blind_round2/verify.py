"""Check every gold value against the text the reader libraries return.

docx: python-docx (paragraphs + table cells, in body order, + headers/footers)
pdf:  pdfplumber extract_text
odt:  content.xml text
txt:  decoded bytes (utf-8, else cp1251)
"""
import glob
import html
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def docx_text(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = Document(path)
    out = []

    def walk(parent_el, parent):
        for child in parent_el.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                t = Table(child, parent)
                for row in t.rows:
                    cells = []
                    for c in row.cells:
                        cells.append(c.text)
                    out.append(" | ".join(cells))
    walk(d.element.body, d)
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            out.append(p.text)
    return "\n".join(out)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def odt_text(path):
    with zipfile.ZipFile(path) as z:
        x = z.read("content.xml").decode("utf-8")
    x = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), x)
    x = re.sub(r"<text:s/>", " ", x)
    x = re.sub(r"<text:tab/>", "\t", x)
    x = re.sub(r"<text:line-break/>", "\n", x)
    x = re.sub(r"</text:p>|</text:h>", "\n", x)
    x = re.sub(r"<[^>]+>", " ", x)
    return html.unescape(x)


def txt_text(path):
    b = open(path, "rb").read()
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1251")


def read(path):
    ext = path.rsplit(".", 1)[1]
    return {"docx": docx_text, "pdf": pdf_text, "odt": odt_text, "txt": txt_text}[ext](path)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"[ \t]+", " ", s)


def parse_num(lit):
    s = norm(lit).strip()
    if re.search(r"[A-Za-zА-Яа-яЁё]", s):
        return None
    s = s.replace(" ", "").replace(",", ".")
    return float(s)


def main():
    bad = 0
    total = 0
    docs = sorted(p for p in glob.glob(os.path.join(OUT, "r2_*")) if not p.endswith(".gold.json"))
    for path in docs:
        name = os.path.basename(path).rsplit(".", 1)[0]
        gold = json.load(open(os.path.join(OUT, name + ".gold.json"), encoding="utf-8"))
        lits = json.load(open(os.path.join(HERE, "lits", name + ".json"), encoding="utf-8"))
        raw = read(path).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
        text = norm(raw)
        flat = re.sub(r"\s+", " ", text)
        src = os.path.join(HERE, "build", name + ".docx")
        src_flat = None
        if path.endswith((".pdf", ".odt")) and os.path.exists(src):
            src_flat = re.sub(r"\s+", " ", norm(docx_text(src)))
        assert set(lits) == set(gold["figures"]), name
        probs = []
        for k, (v, lit) in lits.items():
            total += 1
            assert gold["figures"][k] == v
            L = re.escape(norm(lit)).replace(r"\ ", r"\s")
            tail = r"(?!\d)(?!,\d)" + ("" if "," in lit else r"(?! \d\d\d(?!\d))")
            pat = r"(?<![\d])(?<!\d )" + L + tail
            loose = r"(?<![\d,])" + L + r"(?!\d)(?!,\d)"
            if not re.search(pat, flat):
                if not re.search(loose, flat):
                    probs.append("%s: literal %r not found" % (k, lit))
                    continue
                # neighbouring numbers of other columns: confirm the cell boundary another way
                if src_flat is None and path.endswith((".pdf", ".odt")):
                    probs.append("   (loose match only; run make_all.sh to check the source cell) %s %r" % (k, lit))
                    ok = True
                elif src_flat is not None:
                    ok = re.search(pat, src_flat)
                    how = "source docx cell"
                else:
                    colpat = r"(?:^|\s\s|\|\s|\()" + L + r"(?=$|\s\s|\s\||\s*\n|\s[^\d\s])"
                    ok = re.search(colpat, raw, re.M)
                    how = "fixed-width column"
                if not ok:
                    probs.append("%s: literal %r only inside a longer number?" % (k, lit))
                    continue
            pv = parse_num(lit)
            if pv is None:
                probs.append("   (manual) %s = %r <- %r" % (k, v, lit))
            elif abs(pv - v) > 1e-9:
                probs.append("%s: literal %r parses %r != %r" % (k, lit, pv, v))
        if str(gold["year"]) not in flat:
            probs.append("year not in text")
        real = [p for p in probs if not p.startswith("   ")]
        bad += len(real)
        print("%-40s %-4s figures=%2d %s" % (name, path.rsplit(".", 1)[1], len(lits), "OK" if not real else "FAIL"))
        for p in probs:
            print("      ", p)
    print("total gold figures:", total, " problems:", bad)
    if "--dump" in sys.argv:
        for path in docs:
            print("=" * 30, os.path.basename(path))
            print(read(path))


if __name__ == "__main__":
    main()
