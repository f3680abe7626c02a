#!/usr/bin/env python3
"""Check that every gold value of the round-4 batch can be found in its document
as a reader sees it: python-docx (paragraphs, tables incl. nested, headers),
pdfplumber text, odt content.xml text, txt decoded, openpyxl data_only values
(visible sheets only).  Evidence strings for values written in words or in other
units are taken from build/NAME.evidence.json.

usage: verify.py [-v] [NAME ...]"""
import glob
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.abspath(__file__))
PCT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct"}


# ------------------------------------------------------------- readers
def read_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def cell_text(cell):
        parts = [p.text for p in cell.paragraphs]
        for t in cell.tables:
            parts.append(table_text(t))
        return "\n".join(parts)

    def table_text(t):
        lines = []
        for r in t.rows:
            seen, cells = set(), []
            for c in r.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                cells.append(cell_text(c))
            lines.append(" | ".join(cells))
        return "\n".join(lines)

    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for child in body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(child, d).text)
        elif tag == "tbl":
            out.append(table_text(Table(child, d)))
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            out.append(p.text)
    return "\n".join(out), []


def read_pdf(path):
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
            # ruled tables: cell texts, so that adjacent columns are not glued
            for t in pg.extract_tables():
                for r in t:
                    out.append(" | ".join((c or "").replace("\n", " ") for c in r))
    return "\n".join(out), []


def read_odt(path):
    ns_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    ns_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    out = []

    def walk(el):
        tag = el.tag
        if tag == f"{{{ns_text}}}s":
            out.append(" " * int(el.get(f"{{{ns_text}}}c", "1")))
        elif tag == f"{{{ns_text}}}tab":
            out.append("\t")
        elif tag == f"{{{ns_text}}}line-break":
            out.append("\n")
        if el.text and tag not in (f"{{{ns_text}}}s",):
            out.append(el.text)
        for ch in el:
            walk(ch)
            if ch.tail:
                out.append(ch.tail)
        if tag in (f"{{{ns_text}}}p", f"{{{ns_text}}}h"):
            out.append("\n")
        elif tag == f"{{{ns_table}}}table-cell":
            out.append(" | ")
    walk(root)
    return "".join(out), []


def read_txt(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "utf-16"):
        try:
            if enc == "utf-16" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return raw.decode(enc), []
        except UnicodeDecodeError:
            pass
    return raw.decode("cp1251"), []


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    texts, nums = [], []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                rd = ws.row_dimensions.get(c.row)
                if rd is not None and rd.hidden:
                    continue
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    nums.append((v, c.number_format or ""))
                else:
                    texts.append(str(v))
    return "\n".join(texts), nums


READERS = {".docx": read_docx, ".pdf": read_pdf, ".odt": read_odt,
           ".txt": read_txt, ".xlsx": read_xlsx}


# ------------------------------------------------------------- matching
def norm(s):
    for ch in "\u00a0\u2009\u202f\u2007":
        s = s.replace(ch, " ")
    s = s.replace("\u2212", "-")
    return s


def renderings(key, v):
    out = set()
    if isinstance(v, int):
        s = str(v)
        out.add(s)
        if v >= 1000:
            out.add(f"{v:,}".replace(",", " "))
    else:
        whole = abs(v - round(v)) < 1e-9
        for nd in (1, 2):
            s = f"{v:.{nd}f}"
            out.add(s.replace(".", ","))
            out.add(s.replace(".", "."))
            if v >= 1000:
                g = f"{v:,.{nd}f}".replace(",", " ")
                out.add(g.replace(".", ","))
        if whole:
            out.add(str(int(round(v))))
            if v >= 1000:
                out.add(f"{int(round(v)):,}".replace(",", " "))
        if key in PCT_KEYS:
            frac = f"{v / 100:.3f}".rstrip("0")
            out.add(frac.replace(".", ","))
    return out


def found(text, r):
    pat = r"(?<![\d,.])(?<!\d )" + re.escape(r) + r"(?!\d)(?![.,]\d)(?! \d{3}(?!\d))"
    return re.search(pat, text) is not None


def num_found(nums, key, v):
    for x, fmt in nums:
        if abs(x - v) < 0.05:
            return True
        if key in PCT_KEYS and "%" in fmt and abs(x * 100 - v) < 0.05:
            return True
    return False


def verify(doc_path, verbose=False):
    base, ext = os.path.splitext(doc_path)
    gold = json.load(open(base + ".gold.json", encoding="utf-8"))
    evp = os.path.join(ROOT, "build", os.path.basename(base) + ".evidence.json")
    evidence = json.load(open(evp, encoding="utf-8")) if os.path.exists(evp) else {}
    text, nums = READERS[ext](doc_path)
    text = norm(text)
    low = text.lower()
    problems = []
    for key, v in gold["figures"].items():
        how = None
        for r in renderings(key, v):
            if found(text, r):
                how = r
                break
        if how is None and ext in (".pdf", ".txt"):
            # space-aligned columns: a neighbour column may look like a thousands group
            for r in renderings(key, v):
                if re.search(r"(?<![\d,.])" + re.escape(r) + r"(?!\d)(?![.,]\d)", text):
                    how = "lenient: " + r
                    break
        if how is None and nums and num_found(nums, key, v):
            how = "<cell value>"
        if how is None and key in evidence:
            ev = re.sub(r"[ \t]+", " ", norm(evidence[key]).lower())
            if ev in re.sub(r"[ \t]+", " ", low):
                how = "evidence: " + evidence[key]
        if how is None:
            problems.append(f"{key}={v} NOT FOUND")
        elif verbose:
            print(f"   {key}={v}  [{how}]")
    # identity checks
    core = gold["municipality"].split()[-1] if gold["municipality"] else ""
    stem = core[:-2].lower() if len(core) > 6 else core.lower()
    if gold["municipality"]:
        mname = gold["municipality"].replace("город-курорт ", "").replace("город ", "")
        stem = mname.split()[0][:6].lower()
        if stem not in low:
            problems.append(f"municipality stem '{stem}' not in text")
    if str(gold["year"]) not in text:
        problems.append(f"year {gold['year']} not in text")
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    docs = sorted(p for p in glob.glob(os.path.join(ROOT, "r4_*"))
                  if not p.endswith(".json") and os.path.splitext(p)[1] in READERS)
    if args:
        docs = [d for d in docs if any(a in d for a in args)]
    bad = 0
    total = 0
    for d in docs:
        g = json.load(open(os.path.splitext(d)[0] + ".gold.json", encoding="utf-8"))
        total += len(g["figures"])
        probs = verify(d, verbose)
        status = "OK " if not probs else "FAIL"
        print(f"{status} {os.path.basename(d)}  ({len(g['figures'])} figures)")
        for p in probs:
            print("     ", p)
        bad += len(probs)
    print(f"{len(docs)} documents, {total} gold figures, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
