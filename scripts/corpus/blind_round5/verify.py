#!/usr/bin/env python3
"""Check every gold value of round 5 against its document as a reader library sees it.

Readers: python-docx (body paragraphs, tables incl. nested tables, headers/footers),
pdfplumber (page text lines + table cells), odt content.xml text (text:p / text:h with
text:s, text:tab, text:line-break), txt decoded (utf-8, else cp1251 / koi8-r by a
letter-frequency test), openpyxl data_only (visible sheets, visible rows/columns, cached
values; cells with a percent number format are read ×100).

A gold figure passes when
  * plain: a number token of the document has that value (counts exactly, percent and
    rubles within 0.05), or
  * evidence/NAME.evidence.json gives a snippet for the key: the snippet occurs in the
    document text (whitespace / nbsp / ё-е / case normalised) and the value parsed from it
    by its kind equals the gold value. Kinds: words (Russian number words), thousands
    («3,1 тыс.»), million, fraction («0,146» -> 14.6), rubkop («7 215 рублей 60 копеек»).
Also checked: gold structure and keys, region / municipality present in the gazetteer,
the municipality's stem and the year present in the document.
Exit code 0 and «0 problems» when everything passes.
"""
import csv
import glob
import json
import os
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "out")
EVID = os.path.join(ROOT, "evidence")
# the shared folder lies beside the project checkout
GAZ = os.path.join(ROOT, "..", "..", "..", "..", "shared", "gazetteer", "oktmo_municipal_2019.csv")

sys.path.insert(0, os.path.join(ROOT, "gen"))
from common import KEYS, FLOAT_KEYS  # noqa: E402

SPACES = re.compile(r"[\u00a0\u202f\u2009\u2007\u2002\u2003\t ]+")
NUM = re.compile(r"(?<![\d])(?:\d{1,3}(?: \d{3})+|\d+)(?:[,.]\d+)?(?![\d])")


def norm(s):
    s = SPACES.sub(" ", s.replace("\r", "")).replace("ё", "е").replace("Ё", "Е")
    return s


def tokens(s):
    """Number tokens; thousands groups are joined only across ONE space (runs of spaces,
    as in a layout-preserving pdf text, separate columns)."""
    out = []
    s = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", s).replace("ё", "е")
    for m in NUM.finditer(s):
        t = m.group(0).replace(" ", "").replace(",", ".")
        try:
            out.append(float(t))
        except ValueError:
            pass
    return out


# ------------------------------------------------------------------ readers
def read_docx(path):
    import docx
    d = docx.Document(path)
    units = []

    def walk_pars(pars):
        for p in pars:
            units.append(p.text)

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                seen, texts = set(), []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    units.append(cell.text)
                    texts.append(cell.text)
                    walk_tables(cell.tables)
                units.append(" | ".join(texts))

    walk_pars(d.paragraphs)
    walk_tables(d.tables)
    for s in d.sections:
        for hf in (s.header, s.footer, s.first_page_header, s.first_page_footer,
                   s.even_page_header, s.even_page_footer):
            try:
                walk_pars(hf.paragraphs)
                walk_tables(hf.tables)
            except Exception:
                pass
    return units, []


def read_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            units.extend(txt.split("\n"))
            lay = page.extract_text(layout=True) or ""
            units.extend(lay.split("\n"))
            for t in page.extract_tables():
                for row in t:
                    cells = [c for c in row if c]
                    units.extend(cells)
                    units.append(" | ".join(cells))
    return units, []


TNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _odt_text(el):
    parts = [el.text or ""]
    for ch in el:
        tag = ch.tag.split("}")[1] if "}" in ch.tag else ch.tag
        if tag == "s":
            parts.append(" " * int(ch.get(f"{{{TNS}}}c", "1")))
        elif tag == "tab":
            parts.append("\t")
        elif tag == "line-break":
            parts.append("\n")
        elif tag in ("note", "annotation"):
            pass
        else:
            parts.append(_odt_text(ch))
        parts.append(ch.tail or "")
    return "".join(parts)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    units = []
    for el in root.iter():
        if el.tag in (f"{{{TNS}}}p", f"{{{TNS}}}h"):
            units.append(_odt_text(el))
    return units, []


def decode_txt(raw):
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("cp1251", "koi8-r"):
        t = raw.decode(enc, errors="replace")
        score = sum(t.count(c) for c in "оеаинтсрвл") - sum(t.count(c) for c in "ОЕАИНТСРВЛ")
        if best is None or score > best[0]:
            best = (score, t, enc)
    return best[1], best[2]


def read_txt(path):
    with open(path, "rb") as f:
        txt, _ = decode_txt(f.read())
    return txt.replace("\r\n", "\n").replace("\f", "\n").split("\n"), []


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    units, nums = [], []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        from openpyxl.utils import get_column_letter
        hidden_cols = set()
        for k, dim in ws.column_dimensions.items():
            if dim.hidden:
                lo, hi = dim.min or 0, dim.max or 0
                hidden_cols.add(k)
                hidden_cols.update(get_column_letter(i) for i in range(lo, hi + 1) if i)
        for row in ws.iter_rows():
            if not row:
                continue
            r = row[0].row
            if ws.row_dimensions[r].hidden:
                continue
            texts = []
            for c in row:
                if c.value is None or get_column_letter(c.column) in hidden_cols:
                    continue
                v = c.value
                if isinstance(v, bool):
                    continue
                if isinstance(v, (int, float)):
                    if "%" in (c.number_format or ""):
                        v = v * 100
                    nums.append(float(v))
                    texts.append(repr(v))
                else:
                    units.append(str(v))
                    texts.append(str(v))
            units.append(" | ".join(texts))
    return units, nums


READERS = {"docx": read_docx, "pdf": read_pdf, "odt": read_odt, "txt": read_txt,
           "xlsx": read_xlsx}

# ------------------------------------------------------------------ number words
W = {}
for forms, v in [
    ("один одна одно одного одной одному одним одном одну", 1),
    ("два две двух двум двумя", 2), ("три трех трем тремя", 3),
    ("четыре четырех четырем четырьмя", 4), ("пять пяти пятью", 5),
    ("шесть шести шестью", 6), ("семь семи семью", 7), ("восемь восьми восемью", 8),
    ("девять девяти девятью", 9), ("десять десяти десятью", 10),
    ("одиннадцать одиннадцати", 11), ("двенадцать двенадцати", 12),
    ("тринадцать тринадцати", 13), ("четырнадцать четырнадцати", 14),
    ("пятнадцать пятнадцати", 15), ("шестнадцать шестнадцати", 16),
    ("семнадцать семнадцати", 17), ("восемнадцать восемнадцати", 18),
    ("девятнадцать девятнадцати", 19), ("двадцать двадцати", 20),
    ("тридцать тридцати", 30), ("сорок сорока", 40), ("пятьдесят пятидесяти", 50),
    ("шестьдесят шестидесяти", 60), ("семьдесят семидесяти", 70),
    ("восемьдесят восьмидесяти", 80), ("девяносто девяноста", 90),
    ("сто ста", 100), ("двести двухсот", 200), ("триста трехсот", 300),
    ("четыреста четырехсот", 400), ("пятьсот пятисот", 500),
    ("шестьсот шестисот", 600), ("семьсот семисот", 700), ("восемьсот восьмисот", 800),
    ("девятьсот девятисот", 900)]:
    for f in forms.split():
        W[f] = v


def parse_words(s):
    total, cur, seen = 0, 0, False
    for w in re.findall(r"[а-я]+", norm(s).lower()):
        if w in W:
            cur += W[w]
            seen = True
        elif w.startswith("тысяч"):
            total += (cur or 1) * 1000
            cur = 0
            seen = True
    return total + cur if seen else None


def parse_evidence(snippet, kind):
    toks = tokens(snippet)
    if kind == "words":
        return parse_words(snippet)
    if kind == "thousands":
        return toks[0] * 1000 if toks else None
    if kind == "million":
        return toks[0] * 1e6 if toks else None
    if kind == "fraction":
        return toks[0] * 100 if toks else None
    if kind == "rubkop":
        return toks[0] + toks[1] / 100 if len(toks) >= 2 else None
    return None


def same(key, a, b):
    if a is None:
        return False
    if key in FLOAT_KEYS:
        return abs(a - b) < 0.05 + 1e-9
    return abs(a - b) < 1e-9


# ------------------------------------------------------------------ gazetteer
def load_gaz():
    rows = []
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


def core(name):
    n = name.lower().replace("ё", "е")
    for w in ("муниципальный район", "муниципальный округ", "городской округ", "город ",
              "округ ", "район", "зато"):
        n = n.replace(w, " ")
    return " ".join(n.split())


def main():
    gaz = load_gaz()
    subjects = {r["subject"] for r in gaz}
    problems = []
    docs = sorted(p for p in glob.glob(os.path.join(OUT, "*"))
                  if not p.endswith(".gold.json"))
    total = 0
    for doc in docs:
        name, ext = os.path.splitext(os.path.basename(doc))
        ext = ext[1:]
        gp = os.path.join(OUT, name + ".gold.json")
        if not os.path.exists(gp):
            problems.append(f"{name}: no gold file")
            continue
        gold = json.load(open(gp, encoding="utf-8"))
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append(f"{name}: gold fields {sorted(gold)}")
        ev = {}
        ep = os.path.join(EVID, name + ".evidence.json")
        if os.path.exists(ep):
            ev = json.load(open(ep, encoding="utf-8"))
        units, nums = READERS[ext](doc)
        text = norm("\n".join(units))
        ltext = text.lower()
        toks = list(nums)
        for u in units:
            toks.extend(tokens(u))
        # identity
        if gold["region"] not in subjects:
            problems.append(f"{name}: region {gold['region']!r} not a gazetteer subject")
        c = core(gold["municipality"])
        if not any(core(r["name"]) == c and r["subject"] == gold["region"] for r in gaz):
            problems.append(f"{name}: municipality {gold['municipality']!r} not in gazetteer "
                            f"for {gold['region']}")
        if c[:5] not in ltext:
            problems.append(f"{name}: municipality stem {c[:5]!r} not in text")
        if not isinstance(gold["year"], int) or str(gold["year"]) not in text:
            problems.append(f"{name}: year {gold['year']} not in text")
        figs = gold["figures"]
        for k, v in figs.items():
            total += 1
            if k not in KEYS:
                problems.append(f"{name}: unknown key {k}")
                continue
            if k in FLOAT_KEYS and not isinstance(v, float):
                problems.append(f"{name}: {k} should be a decimal")
            if k not in FLOAT_KEYS and not isinstance(v, int):
                problems.append(f"{name}: {k} should be an integer")
            if k in ev:
                sn = norm(ev[k]["snippet"])
                if sn.lower() not in ltext:
                    problems.append(f"{name}: {k}: evidence snippet not found: {sn!r}")
                    continue
                pv = parse_evidence(sn, ev[k]["kind"])
                if not same(k, pv, v):
                    problems.append(f"{name}: {k}: evidence {sn!r} ({ev[k]['kind']}) "
                                    f"gives {pv}, gold {v}")
            else:
                if not any(same(k, t, v) for t in toks):
                    problems.append(f"{name}: {k}={v} not found as a number in the document")
        for k in ev:
            if k not in figs:
                problems.append(f"{name}: evidence for {k} which is not in gold")
        print(f"{name}.{ext}: {len(figs)} figures checked")
    n_docs = len(docs)
    print(f"{n_docs} documents, {total} gold figures")
    for p in problems:
        print("PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
