"""Independent check of the round-15 blind batch.

Reads every document with its own reader (python-docx incl. nested tables, odfpy,
openpyxl data_only, pdfplumber tables + text lines outside tables, plain text in its own
encoding) and checks, for every gold figure recorded in gen/evidence, that the number as
written stands in one table row or text line together with its anchor and parses to the
gold value. Also checks gold keys and value types against indicators.md, municipality and
region against the gazetteer, municipalities unique and not in the used list, 25-40
figures per document, table share >= 60 % per document and >= 75 % overall.
Run from anywhere; every path is relative to this file.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / ".." / ".." / "shared" / "spec" / "indicators.md"
GAZ = HERE / ".." / ".." / "shared" / "gazetteer" / "oktmo_municipal_2019.csv"
USED = HERE / ".." / "used_municipalities.txt"
EVID = HERE / "gen" / "evidence"

problems = []


def problem(doc, msg):
    problems.append(f"{doc}: {msg}")


# ------------------------------------------------------------------ spec
def load_spec():
    text = SPEC.read_text(encoding="utf-8")
    units = {}
    dirs = None
    m = re.search(r"Directions.*?always in this order and with these suffixes:(.*?)\n\n", text, re.S)
    if m:
        dirs = re.findall(r"`(\w+)`", m.group(1))
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[2] not in ("count", "persons", "percent", "rubles"):
            continue
        key, unit = cells[0], cells[2]
        rng = re.match(r"(\w+?)_(\w+) … (\w+?)_(\w+)$", key)
        if rng and dirs:
            base = rng.group(1)
            for d in dirs:
                units[f"{base}_{d}"] = unit
        else:
            units[key] = unit
    return units


def norm_name(s):
    s = s.lower().replace("ё", "е")
    for w in ("муниципальный район", "муниципальный округ", "городской округ", "город-курорт",
              "город", "район", "зато", "г.о.", "г."):
        s = s.replace(w, " ")
    return " ".join(s.split())


def kind_of(s):
    s = s.lower()
    if "район" in s:
        return "район"
    return "городской округ"


def load_gazetteer():
    rows = []
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


# ------------------------------------------------------------------ readers
def clean(s):
    s = s.replace("\t", " | ")
    for ch in ("\u00a0", "\u2009", "\u202f", "\u2007"):
        s = s.replace(ch, " ")
    return " ".join(s.replace("ё", "е").replace("Ё", "Е").split())


def read_docx(path):
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    d = Document(str(path))
    units = []
    seen_tbl = set()

    def do_table(tbl):
        if id(tbl._tbl) in seen_tbl:
            return
        seen_tbl.add(id(tbl._tbl))
        for row in tbl.rows:
            seen = set()
            cells = []
            nested = []
            for cell in row.cells:
                if cell._tc in seen:
                    continue
                seen.add(cell._tc)
                cells.append(cell.text.replace("\n", " "))
                nested.extend(cell.tables)
            units.append(("table", " | ".join(cells)))
            for nt in nested:
                do_table(nt)

    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            units.append(("text", p.text))
    for child in d.element.body.iterchildren():
        tag = child.tag.split("}")[1]
        if tag == "p":
            units.append(("text", Paragraph(child, d).text))
        elif tag == "tbl":
            do_table(Table(child, d))
    return units


def read_odt(path):
    from odf import teletype
    from odf.opendocument import load

    doc = load(str(path))
    units = []

    def qn(el):
        return getattr(el, "qname", (None, None))[1]

    def do_table(tb):
        for el in tb.childNodes:
            if qn(el) in ("table-header-rows", "table-rows"):
                for r in el.childNodes:
                    if qn(r) == "table-row":
                        do_row(r)
            elif qn(el) == "table-row":
                do_row(el)

    def do_row(r):
        cells, nested = [], []
        for c in r.childNodes:
            if qn(c) != "table-cell":
                continue
            parts = []
            for x in c.childNodes:
                if qn(x) in ("p", "h"):
                    parts.append(teletype.extractText(x))
                elif qn(x) == "table":
                    nested.append(x)
            cells.append(" ".join(parts))
        units.append(("table", " | ".join(cells)))
        for nt in nested:
            do_table(nt)

    def walk(el):
        for x in el.childNodes:
            n = qn(x)
            if n == "table":
                do_table(x)
            elif n in ("p", "h"):
                units.append(("text", teletype.extractText(x)))
            elif n in ("section", "list", "list-item", "div"):
                walk(x)

    for mp in doc.masterstyles.childNodes:
        for hf in mp.childNodes:
            for p in hf.childNodes:
                if qn(p) == "p":
                    units.append(("text", teletype.extractText(p)))
    walk(doc.text)
    return units


def read_pdf(path):
    import pdfplumber

    units = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            tables = page.find_tables()
            boxes = [t.bbox for t in tables]
            for t in tables:
                for row in t.extract():
                    units.append(("table", " | ".join((c or "").replace("\n", " ") for c in row if c)))

            def outside(obj, boxes=boxes):
                x = (obj["x0"] + obj["x1"]) / 2
                y = (obj["top"] + obj["bottom"]) / 2
                return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)

            txt = page.filter(outside).extract_text() or ""
            for line in txt.splitlines():
                units.append(("text", line))
    return units


def fmt_cell(v):
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else ("%.10g" % v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    return str(v)


def read_xlsx(path):
    import openpyxl

    wb = openpyxl.load_workbook(str(path), data_only=True)
    units = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            vals = [fmt_cell(v) for v in row if v is not None and str(v).strip()]
            if len(vals) >= 2:
                units.append(("table", " | ".join(vals)))
            elif vals:
                units.append(("text", vals[0]))
    return units


def read_txt(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
        enc = "cp1251"
    units = []
    for line in text.splitlines():
        is_table = bool(re.search(r"[|│\t]", line)) or bool(re.search(r"\S {3,}\S", line.strip()))
        if is_table:
            # space-aligned columns: a gap of two or more spaces separates cells
            line = re.sub(r"(?<=\S) {2,}(?=\S)", " | ", line)
        units.append(("table" if is_table else "text", line))
    return units, enc


# ------------------------------------------------------------------ numbers
WORDS = [
    ("одиннадцат", 11), ("двенадцат", 12), ("тринадцат", 13), ("четырнадцат", 14),
    ("пятнадцат", 15), ("шестнадцат", 16), ("семнадцат", 17), ("восемнадцат", 18),
    ("девятнадцат", 19), ("двадцат", 20), ("тридцат", 30), ("сорок", 40),
    ("пятьдесят", 50), ("пятидесят", 50), ("шестьдесят", 60), ("шестидесят", 60),
    ("семьдесят", 70), ("семидесят", 70), ("восемьдесят", 80), ("восьмидесят", 80),
    ("девяност", 90), ("двест", 200), ("двухсот", 200), ("трист", 300), ("трехсот", 300),
    ("четырест", 400), ("пятьсот", 500), ("пятисот", 500), ("сто", 100), ("ста", 100),
    ("десят", 10), ("один", 1), ("одн", 1), ("два", 2), ("две", 2), ("двух", 2), ("двум", 2),
    ("три", 3), ("трех", 3), ("трем", 3), ("четыр", 4), ("пят", 5), ("шест", 6),
    ("сем", 7), ("восем", 8), ("восьм", 8), ("девят", 9),
]


def words_to_int(s):
    total, cur = 0, 0
    for tok in s.replace("ё", "е").split():
        if tok.startswith("тысяч"):
            total += (cur or 1) * 1000
            cur = 0
            continue
        if tok.startswith(("процент", "человек", "мероприят", "организац", "программ")):
            continue
        for stem, val in WORDS:
            if tok.startswith(stem):
                cur += val
                break
        else:
            raise ValueError(tok)
    return total + cur


def parse_written(w, form=None):
    s = clean(w).lower()
    mult = 1
    if "тыс" in s:
        mult = 1000
        s = s.replace("тыс.", "").replace("тыс", "")
    if "млн" in s:
        mult = 1000000
        s = s.replace("млн", "")
    s = s.strip()
    if re.search(r"[а-я]", s):
        v = float(words_to_int(s))
    else:
        v = float(s.replace(" ", "").replace(",", ".").replace("%", "").replace("+", ""))
    v *= mult
    if form == "fraction":
        v *= 100
    return v


def contains_number(unit, written):
    w = re.escape(clean(written).lower())
    for m in re.finditer(w, unit):
        a, b = m.start(), m.end()
        before = unit[a - 1] if a > 0 else ""
        before2 = unit[a - 2] if a > 1 else ""
        after = unit[b] if b < len(unit) else ""
        after2 = unit[b + 1] if b + 1 < len(unit) else ""
        if before.isdigit() or (before in " ,." and before2.isdigit() and not unit[a].isalpha()):
            continue
        if after.isdigit() or (after in ",." and after2.isdigit()):
            continue
        if after == " " and after2.isdigit() and not written[-1].isalpha():
            continue
        return True
    return False


# ------------------------------------------------------------------ main
def main():
    units_of_key = load_spec()
    if len(units_of_key) < 30:
        problem("indicators.md", f"only {len(units_of_key)} keys parsed")
    gaz = load_gazetteer()
    used = [norm_name(x) for x in USED.read_text(encoding="utf-8").splitlines() if x.strip()]
    docs = sorted(p for p in HERE.iterdir()
                  if p.is_file() and p.name.startswith("r15_") and not p.name.endswith(".gold.json"))
    n_fig = n_tab = 0
    munis, regions = {}, {}
    formats = {}
    for doc in docs:
        name = doc.name
        if not re.match(r"r15_\d\d_[a-z0-9-]+_[a-z0-9-]+\.(docx|pdf|txt|odt|xlsx)$", name):
            problem(name, "bad file name")
        gp = doc.with_name(doc.name[: -len(doc.suffix)] + ".gold.json")
        ep = EVID / (doc.name[: -len(doc.suffix)] + ".json")
        if not gp.exists() or not ep.exists():
            problem(name, "gold or evidence missing")
            continue
        gold = json.loads(gp.read_text(encoding="utf-8"))
        ev = json.loads(ep.read_text(encoding="utf-8"))["figures"]
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problem(name, f"gold keys {sorted(gold)}")
        if not isinstance(gold.get("year"), int) or gold["year"] not in (2024, 2025):
            problem(name, f"year {gold.get('year')!r}")
        muni, region = gold.get("municipality"), gold.get("region")
        if not isinstance(muni, str) or not isinstance(region, str):
            problem(name, "municipality/region not str")
            continue
        stem = norm_name(muni)
        k = kind_of(muni)
        hits = [r for r in gaz if norm_name(r["name"]) == stem and r["subject"] == region
                and (r["kind"] == "муниципальный район") == (k == "район")]
        if not hits:
            problem(name, f"municipality {muni!r} / {region!r} not in gazetteer")
        if stem in used:
            problem(name, f"municipality {muni!r} is in the used list")
        if stem in munis:
            problem(name, f"municipality repeated with {munis[stem]}")
        munis[stem] = name
        if region in regions:
            problem(name, f"region repeated with {regions[region]}")
        regions[region] = name
        figs = gold.get("figures", {})
        for key, val in figs.items():
            unit = units_of_key.get(key)
            if unit is None:
                problem(name, f"unknown key {key}")
            elif unit in ("count", "persons") and not (isinstance(val, int) and not isinstance(val, bool)):
                problem(name, f"{key} should be int: {val!r}")
            elif unit in ("percent", "rubles") and not isinstance(val, float):
                problem(name, f"{key} should be float: {val!r}")
        if not 25 <= len(figs) <= 40:
            problem(name, f"{len(figs)} figures (need 25-40)")
        if sorted(e["key"] for e in ev) != sorted(figs):
            problem(name, "evidence keys differ from gold keys")
        ext = doc.suffix[1:]
        formats[ext] = formats.get(ext, 0) + 1
        try:
            if ext == "docx":
                units = read_docx(doc)
            elif ext == "odt":
                units = read_odt(doc)
            elif ext == "pdf":
                units = read_pdf(doc)
            elif ext == "xlsx":
                units = read_xlsx(doc)
            else:
                units, enc = read_txt(doc)
        except Exception as exc:  # noqa
            problem(name, f"cannot read: {exc}")
            continue
        units = [(kd, clean(u).lower()) for kd, u in units]
        t_here = 0
        for e in ev:
            key, where = e["key"], e["where"]
            try:
                pv = parse_written(e["written"], e.get("form"))
            except Exception as exc:  # noqa
                problem(name, f"{key}: cannot parse {e['written']!r}: {exc}")
                continue
            gv = figs.get(key)
            if gv is None or abs(pv - gv) > 0.001:
                problem(name, f"{key}: written {e['written']!r} parses to {pv}, gold {gv}")
            anchor = clean(e["anchor"]).lower()
            ok = any(kd == where and anchor in u and contains_number(u, e["written"]) for kd, u in units)
            if not ok:
                other = any(anchor in u and contains_number(u, e["written"]) for kd, u in units)
                problem(name, f"{key}: {e['written']!r} with anchor {e['anchor']!r} not found in one "
                              f"{where} unit" + (" (found in the other kind)" if other else ""))
            if where == "table":
                t_here += 1
        n_fig += len(ev)
        n_tab += t_here
        share = 100.0 * t_here / max(1, len(ev))
        if share < 60:
            problem(name, f"table share {share:.0f} % < 60 %")
        print(f"  {name}: {len(ev)} figures, {t_here} in tables ({share:.0f} %)")
    share = 100.0 * n_tab / max(1, n_fig)
    if share < 75:
        problem("batch", f"table share {share:.1f} % < 75 %")
    if not 13 <= len(docs) <= 14:
        problem("batch", f"{len(docs)} documents (need 13-14)")
    for p in problems:
        print("PROBLEM", p)
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    print(f"verify: {len(docs)} documents, {n_fig} figures ({share:.1f} % in tables), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
