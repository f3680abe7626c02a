"""Check every gold value against the text the reader library returns.
  python check.py [--dump NAME]
docx: python-docx (body paragraphs + every table cell, nested, headers/footers);
pdf: pdfplumber page.extract_text(); odt: content.xml text (text:s expanded);
txt: decoded bytes (cp1251 if the file is not valid utf-8).
For each figure the evidence string (or {"ctx":..., "val":..., "mult":...}) (make/evidence/NAME.json) must occur in the
text (nbsp/thin spaces and runs of whitespace normalised to one space), the value
must occur literally inside it, and the number parsed from it must equal gold."""
import glob
import json
import os
import re
import sys
import zipfile
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROUND = os.path.dirname(HERE)

WORDS = {"один": 1, "одна": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
         "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
         "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
         "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "двенадцати": 12,
         "пятнадцать": 15, "шестнадцать": 16, "восемнадцать": 18, "двадцать": 20,
         "тридцать": 30, "сорок": 40}


def text_docx(path):
    from docx import Document
    d = Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                cells = []
                for c in row.cells:
                    cells.append(c.text)
                    walk_tables(c.tables)
                out.append(" | ".join(cells))

    out += [p.text for p in d.paragraphs]
    walk_tables(d.tables)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def text_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def text_odt(path):
    ns = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))
    out = []

    def rec(el):
        s = el.text or ""
        for ch in el:
            if ch.tag == ns + "s":
                s += " " * int(ch.get(ns + "c", "1"))
            elif ch.tag == ns + "tab":
                s += "\t"
            elif ch.tag == ns + "line-break":
                s += "\n"
            else:
                s += rec(ch)
            s += ch.tail or ""
        return s

    for el in root.iter():
        if el.tag in (ns + "p", ns + "h"):
            out.append(rec(el))
    return "\n".join(out)


def text_txt(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


def get_text(path):
    ext = path.rsplit(".", 1)[1]
    return {"docx": text_docx, "pdf": text_pdf, "odt": text_odt, "txt": text_txt}[ext](path)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    return re.sub(r"[ \t]+", " ", s)


NUM = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse(ev):
    m = NUM.search(ev)
    if m:
        return float(m.group(0).replace(" ", "").replace(",", "."))
    for w in re.findall(r"[а-яё]+", ev.lower()):
        if w in WORDS:
            return float(WORDS[w])
    raise ValueError(ev)


def main():
    dump = "--dump" in sys.argv
    bad = 0
    total = 0
    for gp in sorted(glob.glob(os.path.join(ROUND, "*.gold.json"))):
        name = os.path.basename(gp)[:-10]
        docs = [p for p in glob.glob(os.path.join(ROUND, name + ".*")) if not p.endswith(".gold.json")]
        assert len(docs) == 1, docs
        txt = norm(get_text(docs[0]))
        if dump and name in sys.argv:
            print(txt)
        gold = json.load(open(gp, encoding="utf-8"))
        ev = json.load(open(os.path.join(HERE, "evidence", name + ".json"), encoding="utf-8"))
        n_ok = 0
        for k, v in gold["figures"].items():
            total += 1
            e = ev[k]
            mult = 1
            val = None
            if isinstance(e, dict):
                val, mult, e = norm(e.get("val", "")) or None, e.get("mult", 1), e["ctx"]
            e = norm(e)
            problems = []
            if e not in txt:
                problems.append("evidence not in text")
            if val is not None and val not in e:
                problems.append("value literal not inside its context")
            try:
                pv = parse(val if val is not None else e) * mult
                if abs(pv - v) > 0.001:
                    problems.append(f"evidence parses to {pv}")
            except ValueError:
                problems.append("evidence has no number")
            if problems:
                bad += 1
                print(f"  MISMATCH {name}: {k}={v!r} ev={e!r}: {'; '.join(problems)}")
            else:
                n_ok += 1
        # identity: the municipality's core stem and the year should be in the text
        core = gold["municipality"].replace("город ", "").split()[0][:6]
        idn = [] if core.lower() in txt.lower() else [f"municipality stem {core!r} not in text"]
        if str(gold["year"]) not in txt:
            idn.append("year not in text")
        print(f"{name}: {n_ok}/{len(gold['figures'])} figures verified" + (f"  IDENTITY: {idn}" if idn else ""))
    print(f"TOTAL gold figures: {total}; mismatches: {bad}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
