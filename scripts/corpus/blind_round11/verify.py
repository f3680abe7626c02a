#!/usr/bin/env python3
"""Checks the round-11 blind batch.

For every document r11_*.<ext> in this folder with its r11_*.gold.json:
  * gold format: municipality/region/year types, keys and value types as in indicators.md;
  * municipality + region found in the gazetteer (core name, kind word and subject);
  * no municipality twice in the batch, none whose core name is in used_municipalities.txt;
  * 25-40 figures per document;
  * every gold figure has evidence (gen/evidence/<stem>.json): the number as written parses
    to the gold value and stands in one table row / text line of the document, read with the
    document's own reader library, together with an anchor label;
  * the share of figures read from tables: >= 60 % per document, >= 75 % over the batch.
Prints one line per problem and a last line 'verify: N documents, M figures, K problems'.
Paths are relative to this file; the spec and gazetteer are found under ../../shared
(override with SPEC_DIR / GAZ_DIR / USED_FILE).
"""
import csv
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SPEC_DIR = os.environ.get("SPEC_DIR", os.path.join(SHARED, "spec"))
GAZ_DIR = os.environ.get("GAZ_DIR", os.path.join(SHARED, "gazetteer"))
USED_FILE = os.environ.get("USED_FILE", os.path.join(HERE, "..", "used_municipalities.txt"))

problems = []


def problem(doc, msg):
    problems.append(f"{doc}: {msg}")


# ---------------------------------------------------------------- indicators.md
def load_catalogue():
    text = open(os.path.join(SPEC_DIR, "indicators.md"), encoding="utf-8").read()
    dirs = ["art", "sport", "social", "science", "tech", "tourism"]
    keys = {}
    fig_part = text.split("## Figures", 1)[1].split("## Hard cases", 1)[0]
    for line in fig_part.splitlines():
        m = re.match(r"\|\s*([a-z_]+)(?:\s*…\s*([a-z_]+))?\s*\|[^|]*\|\s*([a-z]+)\s*\|", line)
        if not m:
            continue
        k1, k2, unit = m.group(1), m.group(2), m.group(3)
        typ = int if unit in ("count", "persons") else float
        if k2:
            stem = k1.rsplit("_", 1)[0]
            for d in dirs:
                keys[f"{stem}_{d}"] = typ
        else:
            keys[k1] = typ
    return keys


# ---------------------------------------------------------------- gazetteer
TYPE_WORDS = ["муниципальный район", "муниципальный округ", "городской округ", "город-курорт",
              "городского округа", "зато", "город", "район", "округ", "г."]


def norm(s):
    return re.sub(r"\s+", " ", s.lower().replace("ё", "е")).strip()


def core(name):
    s = norm(name)
    for w in TYPE_WORDS:
        s = re.sub(r"(^|\s)" + re.escape(w) + r"(?=\s|$)", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def kind_of(name):
    s = norm(name)
    if "городской округ" in s or s.startswith("город") or "зато" in s:
        return "городской округ"
    if "район" in s or "муниципальный округ" in s:
        return "муниципальный район"   # a 2019 район usually became a муниципальный округ
    return None


def load_gazetteer():
    rows = []
    with open(os.path.join(GAZ_DIR, "oktmo_municipal_2019.csv"), encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            rows.append(r)
    return rows


# ---------------------------------------------------------------- numbers
WORDS = {
    "ноль": 0, "один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "четыре": 4, "четырех": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
    "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14,
    "пятнадцать": 15, "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20,
    "тридцать": 30, "тридцати": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
}
SPACES = "\u00a0\u2009\u202f\u2007\t"


def clean(s):
    s = str(s)
    for ch in SPACES:
        s = s.replace(ch, " ")
    return s.replace("ё", "е").replace("Ё", "Е")


def parse_written(w):
    s = clean(w).lower().strip()
    words = re.findall(r"[а-я]+", s)
    if words and all(x in WORDS for x in words) and not re.search(r"\d", s):
        return float(sum(WORDS[x] for x in words))
    m = re.fullmatch(r"[+]?(\d{1,3}(?: \d{3})+|\d+)(?:[,.](\d+))?(?: ?(тыс\.|млн))?", s)
    if not m:
        return None
    ip = m.group(1).replace(" ", "")
    mult = {"тыс.": 1000.0, "млн": 1000000.0}.get(m.group(3), 1.0)
    return float(ip + ("." + m.group(2) if m.group(2) else "")) * mult


def num_regex(written):
    w = re.sub(r" +", " ", clean(written).strip())
    if re.search(r"\d", w):
        pat = re.escape(w).replace(r"\ ", " ")
        return re.compile(r"(?<![\d,.])(?<!\d )" + pat + r"(?![\d])(?![,.]\d)(?! \d{3}(?!\d))",
                          re.I)
    return re.compile(r"(?<![а-я])" + re.escape(w.lower()) + r"(?![а-я])", re.I)


# ---------------------------------------------------------------- readers
def cellfmt(v):
    if v is None:
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return repr(round(v, 6)).replace(".", ",")
    return str(v)


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    rows = []

    def walk_table(t):
        for r in t.rows:
            cells = []
            seen = set()
            for c in r.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                cells.append(" ".join(p.text for p in c.paragraphs))
            rows.append(("table", " | ".join(cells)))
            for c in r.cells:
                for nt in c.tables:
                    walk_table(nt)

    for sec in d.sections:
        for p in sec.header.paragraphs:
            rows.append(("text", p.text))
    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            for line in Paragraph(el, d).text.split("\n"):
                rows.append(("text", line))
        elif tag == "tbl":
            walk_table(Table(el, d))
    for sec in d.sections:
        for p in sec.footer.paragraphs:
            rows.append(("text", p.text))
    return rows


def read_odt(path):
    from odf.opendocument import load
    from odf import table as otable, text as otext
    from odf import teletype
    doc = load(path)
    rows = []

    def in_table(el):
        p = el.parentNode
        while p is not None:
            if getattr(p, "qname", None) == otable.TableCell().qname:
                return True
            p = p.parentNode
        return False

    for tr in doc.getElementsByType(otable.TableRow):
        cells = []
        for c in tr.childNodes:
            if c.qname[1] in ("table-cell", "covered-table-cell"):
                ps = [teletype.extractText(p) for p in c.childNodes
                      if p.qname[1] in ("p", "h", "list")]
                cells.append(" ".join(ps))
        rows.append(("table", " | ".join(x for x in cells)))
    for tag in (otext.P, otext.H):
        for p in doc.getElementsByType(tag):
            if not in_table(p):
                for line in teletype.extractText(p).split("\n"):
                    rows.append(("text", line))
    return rows


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    rows = []
    for ws in wb.worksheets:
        for r in ws.iter_rows(values_only=True):
            vals = [cellfmt(v) for v in r if v is not None and str(v).strip() != ""]
            if not vals:
                continue
            rows.append(("table" if len(vals) >= 2 else "text", " | ".join(vals)))
    return rows


def read_pdf(path):
    import pdfplumber
    rows = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                for r in t:
                    cells = [re.sub(r"\s*\n\s*", " ", re.sub(r"-\s*\n\s*", "-", c)) for c in r if c]
                    rows.append(("table", " | ".join(cells)))
            for line in (page.extract_text() or "").split("\n"):
                rows.append(("text", line))
            # tables without rules: lines of the layout text with two or more column gaps
            for line in (page.extract_text(layout=True) or "").split("\n"):
                if len(re.findall(r"\S {2,}(?=\S)", line)) >= 2 and re.search(r"\d", line):
                    rows.append(("table", line))
    return rows


def read_txt(path):
    raw = open(path, "rb").read()
    try:
        txt = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        txt = raw.decode("cp1251")
    rows = []
    for line in txt.replace("\r\n", "\n").replace("\f", "\n").split("\n"):
        if "|" in line or re.match(r"\s*\+[-=+]+\+", line):
            kind = "table"
        elif re.search(r"\.{4,}", line):
            kind = "text"
        elif len(re.findall(r"\S {2,}(?=\S)", line)) >= 2 and re.search(r"\d", line):
            kind = "table"
        else:
            kind = "text"
        rows.append((kind, line))
    return rows


READERS = {"docx": read_docx, "odt": read_odt, "xlsx": read_xlsx, "pdf": read_pdf,
           "txt": read_txt}


# ---------------------------------------------------------------- main
def main():
    catalogue = load_catalogue()
    gaz = load_gazetteer()
    used = [l.strip() for l in open(USED_FILE, encoding="utf-8") if l.strip()]
    used_cores = {core(u) for u in used}
    seen_mun = {}
    n_docs = n_figs = 0
    tab_total = 0
    golds = sorted(glob.glob(os.path.join(HERE, "r11_*.gold.json")))
    docs = [p for p in sorted(glob.glob(os.path.join(HERE, "r11_*")))
            if not p.endswith(".gold.json")]
    for d in docs:
        stem = os.path.basename(d).rsplit(".", 1)[0]
        if not os.path.exists(os.path.join(HERE, stem + ".gold.json")):
            problem(os.path.basename(d), "no gold file")
    if not golds:
        problem("batch", "no gold files")
    for gpath in golds:
        stem = os.path.basename(gpath)[:-len(".gold.json")]
        cands = [p for p in docs if os.path.basename(p).rsplit(".", 1)[0] == stem]
        if len(cands) != 1:
            problem(stem, f"expected one document, found {len(cands)}")
            continue
        dpath = cands[0]
        dname = os.path.basename(dpath)
        ext = dname.rsplit(".", 1)[1]
        n_docs += 1
        if not re.fullmatch(r"r11_\d\d_[a-z0-9-]+_[a-z0-9-]+\.(docx|pdf|txt|odt|xlsx)", dname):
            problem(dname, "file name does not follow r11_NN_<translit>_<kind>.<ext>")
        gold = json.load(open(gpath, encoding="utf-8"))
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problem(dname, f"gold fields {sorted(gold)}")
        mun, reg, year, figs = (gold.get("municipality"), gold.get("region"),
                                gold.get("year"), gold.get("figures", {}))
        if not isinstance(mun, str) or not isinstance(reg, str) or type(year) is not int:
            problem(dname, "identity types")
            continue
        # gazetteer
        c, k = core(mun), kind_of(mun)
        hits = [r for r in gaz if core(r["name"]) == c and r["subject"] == reg
                and r["kind"] in ("муниципальный район", "городской округ")]
        if k:
            hits = [r for r in hits if r["kind"] == k]
        if len(hits) != 1:
            problem(dname, f"municipality {mun!r} / {reg!r}: {len(hits)} gazetteer rows")
        if c in used_cores:
            problem(dname, f"municipality core {c!r} already used")
        if c in seen_mun:
            problem(dname, f"municipality repeats {seen_mun[c]}")
        seen_mun[c] = dname
        if not (2019 <= year <= 2026):
            problem(dname, f"year {year}")
        # figures
        if not (25 <= len(figs) <= 40):
            problem(dname, f"{len(figs)} figures (need 25-40)")
        for key, v in figs.items():
            if key not in catalogue:
                problem(dname, f"unknown key {key}")
                continue
            if catalogue[key] is int and type(v) is not int:
                problem(dname, f"{key} must be int, is {v!r}")
            if catalogue[key] is float and type(v) is not float:
                problem(dname, f"{key} must be float, is {v!r}")
        n_figs += len(figs)
        # evidence in the document
        epath = os.path.join(HERE, "gen", "evidence", stem + ".json")
        if not os.path.exists(epath):
            problem(dname, "no evidence file")
            continue
        ev = json.load(open(epath, encoding="utf-8"))
        try:
            rows = READERS[ext](dpath)
        except Exception as e:  # noqa
            problem(dname, f"cannot read: {e}")
            continue
        crow = [(kd, clean(t)) for kd, t in rows]
        primary = {}
        for e in ev["figures"]:
            key = e["key"]
            primary.setdefault(key, e)
            if key not in figs:
                problem(dname, f"evidence for {key} not in gold")
                continue
            pv = parse_written(e["written"])
            if pv is None or abs(pv - float(figs[key])) > 0.05:
                problem(dname, f"{key}: written {e['written']!r} parses to {pv}, gold {figs[key]}")
            rx = num_regex(e["written"])
            anc = norm(clean(e["anchor"]))
            want = e["loc"]
            win = e.get("window", 0)
            found = False
            for i, (kd, t) in enumerate(crow):
                if want == "table" and kd != "table":
                    continue
                if not rx.search(t):
                    continue
                lo, hi = max(0, i - win), min(len(crow), i + win + 1)
                ctx = " ".join(x[1] for x in crow[lo:hi])
                if anc in norm(ctx):
                    found = True
                    break
            if not found:
                problem(dname, f"{key}={figs[key]}: {e['written']!r} with anchor {e['anchor']!r} "
                               f"not found in a {want} row")
        missing = set(figs) - set(primary)
        for key in sorted(missing):
            problem(dname, f"{key}: no evidence")
        tab = sum(1 for k2, e in primary.items() if e["loc"] == "table" and k2 in figs)
        tab_total += tab
        if figs and tab / len(figs) < 0.60:
            problem(dname, f"table share {tab}/{len(figs)} < 60 %")
        print(f"  {dname}: {len(figs)} figures, {tab} in tables, {mun} / {reg} / {year}")
    if n_figs and tab_total / n_figs < 0.75:
        problem("batch", f"table share {tab_total}/{n_figs} < 75 %")
    for p in problems:
        print("PROBLEM", p)
    share = f"{100.0 * tab_total / n_figs:.1f} % in tables" if n_figs else "-"
    print(f"verify: {n_docs} documents, {n_figs} figures ({share}), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
