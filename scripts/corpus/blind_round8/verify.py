#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check every gold figure of the round-8 batch against its document, read the way a
reader library returns it (python-docx, pdfplumber, odfpy, openpyxl data_only, or
the txt decoded in its own encoding).

For each figure of out/NAME.gold.json, evidence/NAME.evidence.json names an anchor
(label text) and the written form of the number; the check is that some row/line
of the document contains both the anchor and the number in that written form, and
that the written form read as stated (plain number, thousands, fraction, words)
equals the gold value. Gold keys and value types are checked against the catalogue
of indicators.md (v1.1); the municipality and region against the gazetteer.
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
EVID = os.path.join(HERE, "evidence")

KEYS_COUNT = [
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science",
    "programs_tech", "programs_tourism", "programs_nok",
    "students_total", "students_art", "students_sport", "students_social",
    "students_science", "students_tech", "students_tourism",
    "coverage_growth_children", "students_ovz", "students_disabled",
    "certificates_issued", "certificates_active", "certificate_students",
    "new_places", "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach",
    "teachers_pd_participants",
]
KEYS_DECIMAL = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
                "certificate_share_pct"]

# number words used in the batch (all case forms that occur)
WORDS = {
    "два": 2, "двух": 2, "две": 2, "три": 3, "трёх": 3, "трех": 3, "тремя": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "четырьмя": 4,
    "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6,
    "семь": 7, "семи": 7, "семью": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10, "одиннадцать": 11, "одиннадцати": 11,
    "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "тринадцати": 13,
    "четырнадцать": 14, "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15,
    "шестнадцать": 16, "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20,
    "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
    "сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300,
    "одна": 1, "один": 1, "одно": 1, "одной": 1, "одного": 1,
    "процента": None, "процентов": None, "мероприятий": None, "мероприятия": None,
    "целых": None, "десятых": None, "десятая": None,
}
FRACT = {"десятых": 10, "десятая": 10, "десятой": 10}


def words_value(phrase):
    toks = re.findall(r"[а-яё]+", phrase.lower())
    whole, frac, seen_int = 0, None, False
    i = 0
    # «сорок три целых две десятых»
    if "целых" in toks:
        k = toks.index("целых")
        ip = sum(WORDS[t] for t in toks[:k] if WORDS.get(t))
        rest = [t for t in toks[k + 1:] if WORDS.get(t)]
        den = next((FRACT[t] for t in toks[k + 1:] if t in FRACT), None)
        num = sum(WORDS[t] for t in rest)
        return ip + num / den
    total = sum(WORDS[t] for t in toks if t in WORDS and WORDS[t])
    return total


def norm(s):
    s = str(s)
    for ch in ("\u00a0", "\u2009", "\u202f", "\u2007", "\t", "\r", "\n"):
        s = s.replace(ch, " ")
    s = re.sub(r" +", " ", s)
    return s.strip().lower().replace("ё", "е")


def parse_num(w):
    t = norm(w).replace(" ", "").replace(",", ".")
    return float(t)


def has_number(unit, written):
    w = re.escape(norm(written))
    pat = r"(?<!\d)(?<!\d[,.])" + w + r"(?!\d)(?![,.]\d)"
    return re.search(pat, unit) is not None


# ------------------------------------------------------------ readers
def units_docx(path):
    import docx
    d = docx.Document(path)
    units = []
    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def table_rows(t):
        for row in t.rows:
            cells, prev = [], None
            for c in row.cells:
                if prev is not None and c._tc is prev:
                    continue
                prev = c._tc
                cells.append(c.text)
            units.append(" | ".join(cells))
            for c in row.cells:
                for nt in c.tables:
                    table_rows(nt)
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            units.append(Paragraph(el, d).text)
        elif tag == "tbl":
            table_rows(Table(el, d))
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            units.append(p.text)
    return [norm(u) for u in units]


def units_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            txt = page.extract_text() or ""
            units += txt.split("\n")
            for t in page.extract_tables():
                for row in t:
                    # a label wrapped at its hyphen is one word again
                    cells = [c.replace("-\n", "-") for c in row if c]
                    units.append(" | ".join(cells))
                    units += cells
    return [norm(u) for u in units]


def units_odt(path):
    from odf.opendocument import load
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    doc = load(path)
    units = []

    def walk(node):
        for ch in node.childNodes:
            if ch.nodeType != 1:
                continue
            q = ch.qname
            if q == (TABLENS, "table-row"):
                cells = []
                for c in ch.childNodes:
                    if c.nodeType == 1 and c.qname == (TABLENS, "table-cell"):
                        cells.append(" ".join(teletype.extractText(p) for p in c.childNodes
                                              if p.nodeType == 1))
                units.append(" | ".join(cells))
            elif q in ((TEXTNS, "p"), (TEXTNS, "h")):
                units.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
    return [norm(u) for u in units]


def units_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    units, cells = [], {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            vals = []
            for c in row:
                if c.value is not None:
                    vals.append(str(c.value))
                    cells["%s!%s" % (ws.title, c.coordinate)] = (c.value, row)
            if vals:
                units.append(" | ".join(vals))
    return [norm(u) for u in units], cells


TXT_ENC = {"r8_08": "utf-8", "r8_09": "cp1251", "r8_10": "utf-16"}


def units_txt(path):
    base = os.path.basename(path)[:5]
    enc = TXT_ENC[base]
    raw = open(path, "rb").read()
    txt = raw.decode(enc)
    if txt.startswith("\ufeff"):
        txt = txt[1:]
    lines = txt.replace("\r\n", "\n").split("\n")
    units = list(lines)
    # a row of a «+---+» box table may span several physical lines between rules:
    # glue each column's pieces back together and keep the row as one unit
    group = []
    def flush():
        if len(group) > 1:
            cols = [c.strip() for c in group[0].strip().strip("|").split("|")]
            for ln in group[1:]:
                parts = [c.strip() for c in ln.strip().strip("|").split("|")]
                for i, p in enumerate(parts[:len(cols)]):
                    if p:
                        cols[i] = (cols[i] + " " + p).strip()
            units.append(" | ".join(cols))
        group.clear()
    for ln in lines:
        s = ln.strip()
        if s.startswith("|") and not set(s) <= set("|-=+ "):
            group.append(s)
        else:
            flush()
    flush()
    return [norm(u) for u in units]


# ------------------------------------------------------------ gazetteer
def gazetteer_dir():
    env = os.environ.get("GAZETTEER_DIR")
    if env and os.path.isdir(env):
        return env
    d = HERE
    for _ in range(6):
        cand = os.path.join(d, "shared", "gazetteer")
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    sys.exit("gazetteer not found: set GAZETTEER_DIR")


def stem(name):
    s = norm(name)
    for w in ("муниципальный район", "муниципальный округ", "городской округ", "город-курорт",
              "город ", "г. ", "район", "зато"):
        s = s.replace(w, " ")
    return re.sub(r" +", " ", s).strip()


def load_gazetteer():
    rows = []
    with open(os.path.join(gazetteer_dir(), "oktmo_municipal_2019.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


def main():
    gaz = load_gazetteer()
    subjects = {r["subject"] for r in gaz}
    problems = []
    ndocs = nfig = 0
    golds = sorted(glob.glob(os.path.join(OUT, "*.gold.json")))
    for gp in golds:
        base = os.path.basename(gp)[:-len(".gold.json")]
        docs = [p for p in glob.glob(os.path.join(OUT, base + ".*")) if not p.endswith(".gold.json")]
        if len(docs) != 1:
            problems.append("%s: document not found" % base)
            continue
        path = docs[0]
        ext = os.path.splitext(path)[1].lower()
        ndocs += 1
        gold = json.load(open(gp, encoding="utf-8"))
        ev = json.load(open(os.path.join(EVID, base + ".evidence.json"), encoding="utf-8"))
        # identity
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append("%s: gold fields %s" % (base, sorted(gold)))
        if not isinstance(gold["year"], int):
            problems.append("%s: year not int" % base)
        if gold["region"] not in subjects:
            problems.append("%s: region %r not a gazetteer subject" % (base, gold["region"]))
        m = gold["municipality"]
        want_kind = "городской округ" if ("город" in m.lower()) else "муниципальный район"
        hits = [r for r in gaz if stem(r["name"]) == stem(m) and r["subject"] == gold["region"]
                and r["kind"] == want_kind]
        if len(hits) != 1:
            problems.append("%s: municipality %r not found once in gazetteer (%d)" % (base, m, len(hits)))
        # keys
        figs = gold["figures"]
        for k, v in figs.items():
            if k in KEYS_COUNT:
                if not isinstance(v, int) or isinstance(v, bool):
                    problems.append("%s: %s must be int" % (base, k))
            elif k in KEYS_DECIMAL:
                if not isinstance(v, float):
                    problems.append("%s: %s must be decimal" % (base, k))
            else:
                problems.append("%s: unknown key %s" % (base, k))
        evk = {it["key"]: it for it in ev["figures"]}
        if set(evk) != set(figs):
            problems.append("%s: evidence keys differ from gold" % base)
        # document units
        cells = {}
        if ext == ".docx":
            units = units_docx(path)
        elif ext == ".pdf":
            units = units_pdf(path)
        elif ext == ".odt":
            units = units_odt(path)
        elif ext == ".xlsx":
            units, cells = units_xlsx(path)
        elif ext == ".txt":
            units = units_txt(path)
        else:
            problems.append("%s: unknown format" % base)
            continue
        for k, v in figs.items():
            nfig += 1
            it = evk.get(k)
            if not it:
                continue
            anchor = norm(it["anchor"])
            written = it["written"]
            rd = it["reading"]
            # value implied by the written form
            if rd == "num":
                implied = parse_num(written)
            elif rd == "thousand":
                implied = parse_num(written) * 1000
            elif rd == "fraction":
                implied = parse_num(written) * 100
            elif rd == "words":
                implied = words_value(written)
            else:
                problems.append("%s: %s unknown reading %s" % (base, k, rd))
                continue
            if abs(implied - v) > 1e-6:
                problems.append("%s: %s written %r reads %s, gold %s" % (base, k, written, implied, v))
            if "cell" in it:
                c = cells.get(it["cell"])
                if c is None:
                    problems.append("%s: %s cell %s empty" % (base, k, it["cell"]))
                    continue
                val, row = c
                try:
                    ok = abs(float(val) - parse_num(written)) < 1e-6
                except (TypeError, ValueError):
                    ok = has_number(norm(val), written)
                rowtxt = norm(" | ".join(str(x.value) for x in row if x.value is not None))
                if not ok:
                    problems.append("%s: %s cell %s holds %r, written %r" % (base, k, it["cell"], val, written))
                if anchor not in rowtxt:
                    problems.append("%s: %s anchor %r not in row of %s" % (base, k, it["anchor"], it["cell"]))
                continue
            pool = units
            if it.get("lines", 1) > 1 and ext in (".pdf", ".txt"):
                # running text wrapped over lines: the sentence spans n consecutive lines
                n = it["lines"]
                pool = [" ".join(units[i:i + n]) for i in range(len(units))]
            if rd == "words":
                found = any(anchor in u and norm(written) in u for u in pool)
            else:
                found = any(anchor in u and has_number(u, written) for u in pool)
            if not found:
                problems.append("%s: %s: no row/line holds anchor %r with %r" % (base, k, it["anchor"], written))
    for p in problems:
        print("PROBLEM", p)
    print("documents: %d, gold figures: %d, problems: %d" % (ndocs, nfig, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
