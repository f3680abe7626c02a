#!/usr/bin/env python3
"""Checks every gold file of this batch and that each gold figure's written form
occurs in the document text as the reader library returns it.
Run from anywhere: paths are taken relative to this file."""
import email
import glob
import html.parser
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, "gen"))
from common import KEYS, FLOAT_KEYS  # noqa: E402

FIELDS = {"municipality", "region", "year", "figures"}
problems = []


def norm(t):
    t = t.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", t)


# ---------- readers ----------
def read_docx(path):
    import docx
    d = docx.Document(path)
    prose = [p.text for p in d.paragraphs]
    for s in d.sections:
        prose += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    tables = []
    for t in d.tables:
        for r in t.rows:
            tables.append(" | ".join(c.text for c in r.cells))
    return ["\n".join(prose)], ["\n".join(tables)]


def read_pdf(path):
    import pdfplumber
    texts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            texts.append(pg.extract_text() or "")
            W, H = pg.width, pg.height
            for n in (2, 3):
                for i in range(n):
                    texts.append(pg.crop((i * W / n, 0, (i + 1) * W / n, H)).extract_text() or "")
    return texts, []


def read_odt(path):
    from odf.opendocument import load
    from odf import text as odftext, table as odftable
    from odf import teletype
    doc = load(path)
    prose, tables = [], []
    tcells = set()
    for tb in doc.getElementsByType(odftable.Table):
        for p in tb.getElementsByType(odftext.P):
            tcells.add(id(p))
            tables.append(teletype.extractText(p))
    for el in doc.getElementsByType(odftext.P) + doc.getElementsByType(odftext.H):
        if id(el) not in tcells:
            prose.append(teletype.extractText(el))
    return ["\n".join(prose)], ["\n".join(tables)]


def read_txt(path):
    raw = open(path, "rb").read()
    try:
        return [raw.decode("utf-8")], [], "utf-8"
    except UnicodeDecodeError:
        return [raw.decode("cp1251")], [], "cp1251"


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3", "blockquote", "tr", "td"):
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def read_html(path):
    s = _Strip()
    s.feed(open(path, encoding="utf-8").read())
    return ["".join(s.parts)], []


def read_eml(path):
    msg = email.message_from_bytes(open(path, "rb").read())
    parts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            parts.append(part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8"))
    return ["\n".join(parts)], []


# ---------- value of a written form ----------
WORDS = {"один": 1, "одна": 1, "одно": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
         "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7,
         "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
         "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
         "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20,
         "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
         "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
         "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800,
         "девятьсот": 900}
THOUSAND = ("тысяча", "тысячи", "тысяч")


def form_value(form, key):
    f = norm(form)
    m = re.search(r"(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?", f)
    if m:
        v = float(m.group(1).replace(" ", "") + ("." + m.group(2) if m.group(2) else ""))
        rest = f[m.end():]
        if re.match(r"\s*тыс", rest):
            v *= 1000
        elif re.match(r"\s*млн", rest):
            v *= 1_000_000
        if key.endswith("_pct") and v < 1 and m.group(1) == "0":
            v *= 100
        return v
    total, cur, seen = 0, 0, False
    for w in re.findall(r"[а-яё]+", f.lower()):
        if w in WORDS:
            cur += WORDS[w]; seen = True
        elif w in THOUSAND:
            total += max(cur, 1) * 1000; cur = 0; seen = True
    return float(total + cur) if seen else None


def main():
    golds = sorted(glob.glob(os.path.join(ROOT, "*.gold.json")))
    nfig = nprose = 0
    for g in golds:
        stem = os.path.basename(g)[:-len(".gold.json")]
        try:
            gold = json.load(open(g, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{stem}: gold does not parse: {e}"); continue
        if set(gold) != FIELDS:
            problems.append(f"{stem}: fields {sorted(gold)}")
        if not (gold.get("municipality") is None or isinstance(gold.get("municipality"), str)):
            problems.append(f"{stem}: municipality type")
        if not isinstance(gold.get("region"), str):
            problems.append(f"{stem}: region type")
        if not isinstance(gold.get("year"), int) or isinstance(gold.get("year"), bool):
            problems.append(f"{stem}: year type")
        figs = gold.get("figures", {})
        if not isinstance(figs, dict):
            problems.append(f"{stem}: figures not an object"); continue
        for k, v in figs.items():
            if k not in KEYS:
                problems.append(f"{stem}: unknown key {k}")
            elif k in FLOAT_KEYS:
                if not isinstance(v, float):
                    problems.append(f"{stem}: {k} should be a decimal, got {v!r}")
            elif not isinstance(v, int) or isinstance(v, bool):
                problems.append(f"{stem}: {k} should be an integer, got {v!r}")
        docs = [p for p in glob.glob(os.path.join(ROOT, stem + ".*")) if not p.endswith(".gold.json")]
        if len(docs) != 1:
            problems.append(f"{stem}: {len(docs)} documents"); continue
        doc = docs[0]
        ext = doc.rsplit(".", 1)[1].lower()
        if ext == "docx":
            prose, tables = read_docx(doc)
        elif ext == "pdf":
            prose, tables = read_pdf(doc)
        elif ext == "odt":
            prose, tables = read_odt(doc)
        elif ext == "txt":
            prose, tables, enc = read_txt(doc)
        elif ext in ("html", "htm"):
            prose, tables = read_html(doc)
        elif ext == "eml":
            prose, tables = read_eml(doc)
        else:
            problems.append(f"{stem}: no reader for .{ext}"); continue
        prose_n = [norm(t) for t in prose]
        tables_n = [norm(t) for t in tables]
        ev_path = os.path.join(ROOT, "gen", "evidence", stem + ".json")
        ev = json.load(open(ev_path, encoding="utf-8")) if os.path.exists(ev_path) else {}
        for k, v in figs.items():
            nfig += 1
            form = ev.get(k)
            if not form:
                problems.append(f"{stem}: {k}: no written form recorded"); continue
            nf = norm(form)
            if any(nf in t for t in prose_n):
                nprose += 1
            elif not any(nf in t for t in tables_n):
                problems.append(f"{stem}: {k}: «{form}» not found in the document text"); continue
            fv = form_value(form, k)
            if fv is None or abs(fv - float(v)) > 0.05:
                problems.append(f"{stem}: {k}: written form «{form}» reads as {fv}, gold {v}")
    for pr in problems:
        print("PROBLEM", pr)
    share = 100.0 * nprose / nfig if nfig else 0
    print(f"verify: {len(golds)} documents, {nfig} gold figures ({nprose} in running text, {share:.0f} %), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
