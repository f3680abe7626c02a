#!/usr/bin/env python3
"""Check every gold value of the round-9 batch against the document as a reader library sees it."""
import csv, json, re, sys, unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent
OUT, EVID = ROOT / "out", ROOT / "evidence"
SHARED = ROOT.parent.parent / "shared"

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
KEYS = (["organizations_total", "providers_registry", "programs_total"]
        + [f"programs_{d}" for d in DIRS] + ["programs_nok", "students_total"]
        + [f"students_{d}" for d in DIRS]
        + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct", "students_ovz",
           "students_disabled", "certificate_nominal_rub", "certificates_issued",
           "certificates_active", "certificate_students", "certificate_share_pct", "new_places",
           "events_parents", "events_parents_reach", "events_students", "events_students_reach",
           "events_teachers", "events_teachers_reach", "teachers_pd_participants"])
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}

WORDS = {"один": 1, "одна": 1, "одно": 1, "одной": 1, "одного": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
         "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
         "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
         "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "двенадцати": 12, "тринадцать": 13,
         "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
         "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30,
         "тридцати": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70,
         "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200, "триста": 300,
         "четыреста": 400, "пятьсот": 500, "процентов": 0, "процента": 0, "целых": 0}


def norm(s):
    s = unicodedata.normalize("NFC", str(s))
    for ch in "\u00a0\u202f\u2009\u2007\t":
        s = s.replace(ch, " ")
    s = s.replace("ё", "е").replace("Ё", "Е")
    return re.sub(r" +", " ", s).strip()


def units_docx(p):
    import docx
    d = docx.Document(p)
    out = [x.text for x in d.paragraphs]
    def tables(ts):
        for t in ts:
            for r in t.rows:
                seen, cells = set(), []
                for c in r.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc)); cells.append(c.text)
                out.append(" | ".join(cells))
                for c in r.cells:
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        out += [x.text for x in s.header.paragraphs] + [x.text for x in s.footer.paragraphs]
    return out


def units_pdf(p):
    import pdfplumber
    out = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            out += (pg.extract_text() or "").split("\n")
    return out


def units_odt(p):
    from odf.opendocument import load
    from odf import table, text, teletype
    d = load(str(p))
    out = []
    for r in d.getElementsByType(table.TableRow):
        out.append(" | ".join(teletype.extractText(c) for c in r.childNodes
                              if c.qname[1] == "table-cell"))
    for el in d.getElementsByType(text.P) + d.getElementsByType(text.H):
        out.append(teletype.extractText(el))
    return out


def cellstr(v):
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def units_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join(cellstr(v) for v in row))
    return out, wb


def units_txt(p):
    b = p.read_bytes()
    try:
        t = b.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        t = b.decode("cp1251")
        enc = "cp1251"
    return t.replace("\r\n", "\n").split("\n"), enc


def parse_written(ev):
    w = norm(ev["written"])
    if ev.get("factor") is None:
        total, cur = 0, 0
        for tok in re.findall(r"[а-яё]+", w.lower().replace("ё", "е")):
            tok2 = tok
            if tok2 in WORDS or tok2.replace("е", "ё") in WORDS:
                cur += WORDS.get(tok2, WORDS.get(tok2.replace("е", "ё"), 0))
        return cur
    m = re.match(r"\d{1,3}(?: \d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?", w)
    num = m.group(0).replace(" ", "").replace(",", ".")
    rest = w[m.end():]
    kop = re.match(r" рубл\w* (\d\d) копе", rest)
    val = float(num) + (int(kop.group(1)) / 100 if kop else 0)
    return val * ev["factor"]


def load_gazetteer():
    rows = list(csv.DictReader(open(SHARED / "gazetteer" / "oktmo_municipal_2019.csv", encoding="utf-8")))
    return rows


def core(name):
    s = name.lower().replace("ё", "е")
    for w in ["муниципальный район", "муниципальный округ", "городской округ", "город ", "г. ", "район", "зато"]:
        s = s.replace(w, " ")
    return re.sub(r"\s+", " ", s).strip()


def main():
    problems, nfig, ndoc = [], 0, 0
    gaz = load_gazetteer()
    seen_mun = set()
    for gp in sorted(OUT.glob("*.gold.json")):
        ndoc += 1
        base = gp.name[:-len(".gold.json")]
        gold = json.loads(gp.read_text(encoding="utf-8"))
        evp = EVID / f"{base}.evidence.json"
        ev = json.loads(evp.read_text(encoding="utf-8"))
        doc = OUT / ev["document"]
        if not doc.exists():
            problems.append(f"{base}: document missing"); continue
        # identity
        mun, reg = gold.get("municipality"), gold.get("region")
        hits = [r for r in gaz if core(r["name"]) == core(mun)]
        if not hits:
            problems.append(f"{base}: municipality {mun!r} not in gazetteer")
        elif reg not in {r["subject"] for r in hits}:
            problems.append(f"{base}: region {reg!r} does not match gazetteer {[r['subject'] for r in hits]}")
        if mun in seen_mun:
            problems.append(f"{base}: municipality repeated")
        seen_mun.add(mun)
        if not isinstance(gold.get("year"), int):
            problems.append(f"{base}: year not int")
        figs = gold["figures"]
        if not 25 <= len(figs) <= 40:
            problems.append(f"{base}: {len(figs)} figures (want 25-40)")
        # keys and types
        for k, v in figs.items():
            if k not in KEYS:
                problems.append(f"{base}: bad key {k}")
            if k in FLOAT_KEYS and not isinstance(v, float):
                problems.append(f"{base}: {k} should be decimal")
            if k not in FLOAT_KEYS and not isinstance(v, int):
                problems.append(f"{base}: {k} should be integer")
        if {e["key"] for e in ev["figures"]} != set(figs):
            problems.append(f"{base}: evidence keys differ from gold keys")
        # the document as a reader sees it
        ext = doc.suffix.lower()
        if ext == ".docx":
            units = units_docx(doc)
        elif ext == ".pdf":
            units = units_pdf(doc)
        elif ext == ".odt":
            units = units_odt(doc)
        elif ext == ".xlsx":
            units, wb = units_xlsx(doc)
            for ws in wb.worksheets:   # formulas must have cached values
                for row in ws.iter_rows():
                    for c in row:
                        if isinstance(c.value, str) and c.value.startswith("="):
                            problems.append(f"{base}: formula without cached value at {ws.title}!{c.coordinate}")
        elif ext == ".txt":
            units, enc = units_txt(doc)
        else:
            problems.append(f"{base}: unknown format"); continue
        units = [norm(u) for u in units]
        for e in ev["figures"]:
            nfig += 1
            k, v = e["key"], e["value"]
            if figs.get(k) != v:
                problems.append(f"{base}: {k} evidence value {v} != gold {figs.get(k)}")
            w, a = norm(e["written"]), norm(e["anchor"])
            if e.get("factor") is None:
                pat = re.compile(re.escape(w), re.I)
            else:
                pat = re.compile(r"(?<![\d,.])" + re.escape(w) + r"(?![\d]|[,.]\d)")
            if e.get("block"):
                # the anchor is only unique inside a block: take the first anchor line after the block heading
                b = norm(e["block"]).lower()
                bi = next((i for i, u in enumerate(units) if b in u.lower()), None)
                ai = None if bi is None else next((i for i in range(bi, len(units)) if a.lower() in units[i].lower()), None)
                if ai is None or not pat.search(units[ai]):
                    problems.append(f"{base}: {k}: {w!r} not in the first {a!r} line after block {b!r}")
            elif not any(a.lower() in u.lower() and pat.search(u) for u in units):
                problems.append(f"{base}: {k}: {w!r} not found in a row/line with anchor {a!r}")
            pv = parse_written(e)
            if abs(pv - v) > (0.05 if k in FLOAT_KEYS else 0.5):
                problems.append(f"{base}: {k}: written {w!r} reads as {pv}, gold {v}")
    for p in problems:
        print("PROBLEM", p)
    print(f"documents: {ndoc}, gold figures: {nfig}, problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
