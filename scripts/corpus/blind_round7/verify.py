#!/usr/bin/env python3
"""Checks the round-7 blind batch.

For every out/*.gold.json:
  * the document beside it exists and is read with the library a reader uses
    (python-docx, pdfplumber, odfpy, openpyxl data_only, txt in its encoding);
  * identity: municipality found in the gazetteer (stem + kind + region),
    region is a gazetteer subject, year is an int;
  * figures: every key is a catalogue key of indicators.md, of the right type;
    every figure has an evidence entry (evidence/STEM.evidence.json) whose
    written form parses to the gold value and stands in the same row / line
    (or window of lines for pdf / wrapped txt) as its anchor.
Ends with «documents: N, gold figures: M, problems: K».
"""
import csv
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "out")
EVID = os.path.join(ROOT, "evidence")

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]


def find_shared(sub):
    env = os.environ.get("SHARED_DIR")
    if env and os.path.isdir(os.path.join(env, sub)):
        return os.path.join(env, sub)
    if sub == "gazetteer" and os.environ.get("GAZETTEER_DIR"):
        return os.environ["GAZETTEER_DIR"]
    d = ROOT
    for _ in range(6):
        cand = os.path.join(d, "shared", sub)
        if os.path.isdir(cand):
            return cand
        d = os.path.dirname(d)
    return None


# ------------------------------------------------------------ catalogue
def load_catalogue():
    """key -> unit, parsed from indicators.md (Figures table)."""
    spec = find_shared("spec")
    keys = {}
    if spec and os.path.exists(os.path.join(spec, "indicators.md")):
        text = open(os.path.join(spec, "indicators.md"), encoding="utf-8").read()
        part = text.split("## Figures", 1)[1].split("## Hard cases", 1)[0]
        for line in part.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) != 3 or cells[0] in ("key", "---"):
                continue
            k, _, unit = cells
            m = re.match(r"(\w+)_art … (\w+)_tourism", k)
            if m:
                for s in DIRS:
                    keys[f"{m.group(1)}_{s}"] = unit
            elif re.fullmatch(r"[a-z_]+", k):
                keys[k] = unit
    if not keys:
        raise SystemExit("indicators.md not found (set SHARED_DIR)")
    return keys


# ------------------------------------------------------------ gazetteer
def norm_name(s):
    s = s.lower().replace("ё", "е")
    for w in ("муниципальный район", "муниципальный округ", "городской округ",
              "муниципальное образование", "зато", "город-курорт", "город ",
              "г. ", "район"):
        s = s.replace(w, " ")
    return " ".join(s.split())


def kind_of(name):
    low = name.lower()
    if "район" in low:
        return "муниципальный район"
    return "городской округ"


def load_gazetteer():
    gz = find_shared("gazetteer")
    rows = list(csv.DictReader(open(os.path.join(gz, "oktmo_municipal_2019.csv"),
                                    encoding="utf-8")))
    return rows


def gazetteer_match(rows, mun, region):
    core = norm_name(mun)
    kind = kind_of(mun)
    hits = [r for r in rows if norm_name(r["name"]) == core
            and r["subject"] == region and r["kind"] == kind]
    return hits


# ------------------------------------------------------------ readers
def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    doc = docx.Document(path)
    units = []
    body = doc.element.body
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "p":
            units.append(Paragraph(el, doc).text)
        elif tag == "tbl":
            t = Table(el, doc)
            for row in t.rows:
                seen, cells = set(), []
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    cells.append(c.text)
                units.append(" | ".join(cells))
    return units


def read_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").splitlines())
    return units


def read_odt(path):
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
                        cells.append(" ".join(teletype.extractText(p) for p in
                                              c.childNodes if p.nodeType == 1))
                units.append(" | ".join(cells))
            elif q in ((TEXTNS, "p"), (TEXTNS, "h")):
                units.append(teletype.extractText(ch))
            else:
                walk(ch)
    walk(doc.text)
    return units


def fmt_cell(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if v.is_integer():
            return str(int(v))
        return "%.10g" % v
    return str(v)


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    units = []
    formulas_without_value = 0
    wbf = openpyxl.load_workbook(path, data_only=False)
    for ws in wb.worksheets:
        wsf = wbf[ws.title]
        for row, rowf in zip(ws.iter_rows(), wsf.iter_rows()):
            vals = [fmt_cell(c.value) for c in row]
            for c, cf in zip(row, rowf):
                if isinstance(cf.value, str) and cf.value.startswith("=") \
                        and c.value is None:
                    formulas_without_value += 1
            if any(vals):
                units.append(" | ".join(vals))
    return units, formulas_without_value


def read_txt(path, expected=None):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        enc = "utf-16"
    elif raw.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    else:
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "cp1251"
    text = raw.decode(enc)
    return text.splitlines(), enc


# ------------------------------------------------------------ matching
SPACES = "\u00a0\u2009\u202f\u2007\u2002\u2003\u200a"
WORDS = {
    "ноль": 0, "один": 1, "одна": 1, "одного": 1, "одной": 1, "одном": 1,
    "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5,
    "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8,
    "девять": 9, "девяти": 9, "десять": 10, "десяти": 10,
    "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
    "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
    "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
    "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18,
    "девятнадцать": 19, "девятнадцати": 19, "двадцать": 20, "двадцати": 20,
    "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
    "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
    "девяносто": 90, "девяноста": 90, "сто": 100, "ста": 100,
    "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
    "трёхсот": 300, "четыреста": 400, "четырехсот": 400, "пятьсот": 500,
    "пятисот": 500,
}


def norm(s):
    for ch in SPACES:
        s = s.replace(ch, " ")
    s = s.replace("\u00ad", "").replace("ё", "е").replace("Ё", "Е")
    s = s.replace("−", "-")
    return " ".join(s.split()).lower()


def parse_written(w, key_unit, reading=""):
    """Value a person reads from the written form (words, тыс., a share written
    as a fraction of one — flagged by the evidence's reading)."""
    s = norm(w)
    if not re.search(r"\d", s):
        total, found = 0, False
        for tok in re.findall(r"[а-я]+", s):
            if tok in WORDS:
                total += WORDS[tok]
                found = True
        return total if found else None
    m = re.search(r"\d[\d ]*(?:[.,]\d+)?", s)
    num = float(m.group(0).replace(" ", "").replace(",", "."))
    if "тыс" in s:
        num *= 1000
    if "млн" in s:
        num *= 1_000_000
    if key_unit == "percent" and num <= 1.0 and "fraction" in (reading or "").lower():
        num *= 100
    return num


def present(unit_n, written_n):
    if re.search(r"\d", written_n):
        pat = r"(?<![\d,.])" + re.escape(written_n) + r"(?![\d]|[,.]\d)"
        return re.search(pat, unit_n) is not None
    return written_n in unit_n


def anchor_in(a, text):
    """Anchor as a substring, or its words in order (pdf/txt lines interleave
    the cells of one table row, so a wrapped label is cut by values)."""
    if a in text:
        return True
    strip = ".,;:()«»\"'–-"
    toks = [t.strip(strip) for t in text.split()]
    j = 0
    for t in (x.strip(strip) for x in a.split()):
        while j < len(toks) and toks[j] != t:
            j += 1
        if j == len(toks):
            return False
        j += 1
    return True


def main():
    cat = load_catalogue()
    gaz = load_gazetteer()
    subjects = {r["subject"] for r in gaz}
    problems = []
    ndocs = nfig = 0
    for gpath in sorted(glob.glob(os.path.join(OUT, "*.gold.json"))):
        stem = os.path.basename(gpath)[:-len(".gold.json")]
        docs = [p for p in glob.glob(os.path.join(OUT, stem + ".*"))
                if not p.endswith(".gold.json")]
        prob = []
        if len(docs) != 1:
            problems.append(f"{stem}: expected one document, found {docs}")
            continue
        doc = docs[0]
        ext = doc.rsplit(".", 1)[1]
        gold = json.load(open(gpath, encoding="utf-8"))
        ev = json.load(open(os.path.join(EVID, stem + ".evidence.json"),
                            encoding="utf-8"))
        ndocs += 1
        # identity
        if set(gold) != {"municipality", "region", "year", "figures"}:
            prob.append(f"gold fields {sorted(gold)}")
        if gold["region"] not in subjects:
            prob.append(f"region not in gazetteer: {gold['region']}")
        if not gazetteer_match(gaz, gold["municipality"], gold["region"]):
            prob.append(f"municipality not in gazetteer: {gold['municipality']}")
        if not isinstance(gold["year"], int) or not 2015 <= gold["year"] <= 2030:
            prob.append(f"year {gold['year']!r}")
        # read
        window = ev.get("window") or (2 if ext == "pdf" else 1)
        enc = None
        if ext == "docx":
            units = read_docx(doc)
        elif ext == "pdf":
            units = read_pdf(doc)
        elif ext == "odt":
            units = read_odt(doc)
        elif ext == "xlsx":
            units, nf = read_xlsx(doc)
            if nf:
                prob.append(f"{nf} formula cells without cached value")
        elif ext == "txt":
            units, enc = read_txt(doc)
            if ev.get("encoding") and ev["encoding"] != enc:
                prob.append(f"encoding read {enc}, expected {ev['encoding']}")
        else:
            prob.append(f"unknown format {ext}")
            units = []
        nunits = [norm(u) for u in units]
        alltext = " \n ".join(nunits)
        core = norm_name(gold["municipality"]).split()[0][:5]
        if core not in alltext:
            prob.append(f"municipality stem «{core}» not in text")
        # figures
        figs = gold["figures"]
        evmap = {e["key"]: e for e in ev["figures"]}
        if set(evmap) != set(figs):
            prob.append(f"gold/evidence key mismatch: {set(evmap) ^ set(figs)}")
        for k, v in figs.items():
            nfig += 1
            if k not in cat:
                prob.append(f"{k}: not a catalogue key")
                continue
            unit = cat[k]
            if unit in ("count", "persons"):
                if not isinstance(v, int) or isinstance(v, bool):
                    prob.append(f"{k}: {v!r} should be int")
            elif not isinstance(v, float):
                prob.append(f"{k}: {v!r} should be float")
            e = evmap.get(k)
            if not e:
                continue
            if e["value"] != v:
                prob.append(f"{k}: evidence value {e['value']} != gold {v}")
            pv = parse_written(e["written"], unit, e.get("reading"))
            if pv is None or abs(pv - v) > 0.004:
                prob.append(f"{k}: written «{e['written']}» reads {pv}, gold {v}")
            a, w = norm(e["anchor"]), norm(e["written"])
            if window > 1:
                hits = [i for i in range(len(nunits))
                        if anchor_in(a, " ".join(nunits[i:i + window]))]
            else:
                hits = [i for i, u in enumerate(nunits) if a in u]
            if not hits:
                prob.append(f"{k}: anchor «{e['anchor']}» not found")
                continue
            ok = False
            for i in hits:
                if e.get("col") is not None and ext in ("docx", "odt", "xlsx"):
                    cells = [norm(c) for c in units[i].split(" | ")]
                    if e["col"] < len(cells) and present(cells[e["col"]], w):
                        ok = True
                        break
                    continue
                win = " ".join(nunits[i: i + window])
                if e.get("seq"):
                    flat = " ".join(win.replace("|", " ").split())
                    seq = [norm(x) for x in e["seq"]]
                    if norm(e["seq"][e["pos"]]) == w and present(flat, " ".join(seq)):
                        ok = True
                        break
                    continue
                if present(win, w):
                    ok = True
                    break
            if not ok:
                prob.append(f"{k}: «{e['written']}» not near anchor «{e['anchor']}»"
                            + (f" as item {e['pos']} of row {e['seq']}" if e.get("seq") else "")
                            + (f" in column {e['col']}" if e.get("col") is not None
                               and ext in ("docx", "odt", "xlsx") else ""))
        status = "ok" if not prob else f"{len(prob)} problem(s)"
        print(f"{stem}.{ext}: {len(figs)} figures"
              + (f", encoding {enc}" if enc else "") + f" — {status}")
        for p in prob:
            print(f"    {p}")
        problems.extend(f"{stem}: {p}" for p in prob)
    print(f"documents: {ndocs}, gold figures: {nfig}, problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
