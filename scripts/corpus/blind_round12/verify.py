"""Independent check of the round-12 blind batch.

Reads every document with its own reader (python-docx incl. nested tables and
headers, odfpy, openpyxl data_only, pdfplumber tables + layout lines, plain text
in its own encoding) and checks, for every gold figure, that the number as
written stands in one table row or one text line together with its anchor and
parses to the gold value.  Also checks gold keys and types against
indicators.md, identity against the gazetteer and the used list, figure counts
and the share of figures in tables.  Paths are relative to this file.
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


# ------------------------------------------------------------------ catalogue

def load_catalogue():
    text = SPEC.read_text(encoding="utf-8")
    m = re.search(r"Directions.*?\n\n", text, re.S)
    suffixes = re.findall(r"`([a-z]+)`", m.group(0))
    keys = {}
    sec = text.split("## Figures", 1)[1].split("## Hard cases", 1)[0]
    for line in sec.splitlines():
        cells = [x.strip() for x in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("key", "---"):
            continue
        key, unit = cells[0], cells[2]
        typ = float if unit in ("percent", "rubles") else int
        mm = re.match(r"([a-z]+)_([a-z]+) … ([a-z]+)_([a-z]+)$", key)
        if mm:
            for s in suffixes:
                keys[f"{mm.group(1)}_{s}"] = typ
        elif re.match(r"^[a-z_]+$", key):
            keys[key] = typ
    return keys


# ------------------------------------------------------------------ gazetteer

TYPE_WORDS = ["муниципальный район", "муниципальный округ", "городской округ", "город-курорт",
              "городской", "город", "район", "округ", "зато", "г.о.", "г."]


def stem(name):
    s = name.lower().replace("ё", "е")
    kind = "go"
    if "район" in s or "муниципальный округ" in s:
        kind = "mr"
    for w in TYPE_WORDS:
        s = s.replace(w, " ")
    return " ".join(s.split()), kind


def load_gazetteer():
    rows = []
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            st, _ = stem(r["name"])
            kind = "mr" if r["kind"] == "муниципальный район" else "go"
            rows.append((st, kind, r["subject"], r["name"]))
    return rows


# ------------------------------------------------------------------ readers

SPACES = "\u00a0\u202f\u2009\u2007\t"


def norm(s):
    s = str(s)
    for ch in SPACES:
        s = s.replace(ch, " ")
    s = s.replace("\r", " ").replace("\n", " ")
    s = re.sub(r"(\w)- (\w)", r"\1-\2", s)  # a hyphenated word wrapped inside a cell
    s = re.sub(r" {2,}", "  ", s)            # keep column gaps visible, but bounded
    return s.strip()


def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    lines = []

    def do_table(tbl):
        for row in tbl.rows:
            seen, cells = set(), []
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                cells.append(" ".join(p.text for p in cell.paragraphs))
                for nt in cell.tables:
                    do_table(nt)
            lines.append(("table", " | ".join(cells)))

    for sec in d.sections:
        for p in sec.header.paragraphs:
            for ln in p.text.split("\n"):
                lines.append(("text", ln))
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            for ln in Paragraph(el, d).text.split("\n"):
                lines.append(("text", ln))
        elif tag == "tbl":
            do_table(Table(el, d))
    return lines


def read_odt(path):
    from odf.opendocument import load
    from odf import teletype
    doc = load(str(path))
    lines = []
    TNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    XNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

    def qn(el):
        return (el.qname[0], el.qname[1]) if hasattr(el, "qname") else (None, None)

    def cell_text(cell):
        parts = []
        for ch in cell.childNodes:
            ns, name = qn(ch)
            if ns == XNS and name in ("p", "h", "list"):
                parts.append(teletype.extractText(ch))
            elif ns == TNS and name == "table":
                do_table(ch)
        return " ".join(parts)

    def do_rows(node):
        for ch in node.childNodes:
            ns, name = qn(ch)
            if ns == TNS and name == "table-row":
                cells = []
                for cell in ch.childNodes:
                    cns, cname = qn(cell)
                    if cns == TNS and cname == "table-cell":
                        cells.append(cell_text(cell))
                lines.append(("table", " | ".join(cells)))
            elif ns == TNS and name in ("table-header-rows", "table-rows", "table-row-group"):
                do_rows(ch)

    def do_table(tbl):
        do_rows(tbl)

    def walk(node):
        for ch in node.childNodes:
            ns, name = qn(ch)
            if ns == TNS and name == "table":
                do_table(ch)
            elif ns == XNS and name in ("p", "h"):
                for ln in teletype.extractText(ch).split("\n"):
                    lines.append(("text", ln))
            elif hasattr(ch, "childNodes"):
                walk(ch)

    walk(doc.text)
    return lines


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    lines = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            vals = []
            for v in row:
                if v is None or (isinstance(v, str) and not v.strip()):
                    continue
                if isinstance(v, bool):
                    v = str(v)
                elif isinstance(v, int):
                    v = str(v)
                elif isinstance(v, float):
                    v = str(int(v)) if v.is_integer() else format(v, ".10g")
                vals.append(str(v))
            if not vals:
                continue
            kind = "text" if len(vals) == 1 else "table"
            lines.append((kind, " | ".join(vals)))
    return lines


def read_pdf(path):
    import pdfplumber
    lines = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for tb in page.extract_tables():
                for row in tb:
                    lines.append(("table", " | ".join((c or "").replace("\n", " ") for c in row)))
            txt = page.extract_text(layout=True) or ""
            for ln in txt.split("\n"):
                if ln.strip():
                    kind = "layout-table" if re.search(r"\S {3,}\S.* {3,}\S", ln.strip()) else "text"
                    lines.append((kind, ln))
    return lines


def read_txt(path, encoding):
    raw = path.read_bytes()
    try:
        text = raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as e:
        raise SystemExit(f"{path.name}: not {encoding}: {e}")
    lines = []
    for ln in re.split(r"\r\n|\n", text):
        s = ln.strip()
        is_tab = ("|" in s or "¦" in s or re.search(r"\S {2,}\S", s) is not None)
        lines.append(("table" if is_tab else "text", ln))
    return lines, raw


# ------------------------------------------------------------------ number parsing

UNITS = {"ноль": 0, "один": 1, "одна": 1, "одного": 1, "одной": 1, "одному": 1, "одно": 1,
         "два": 2, "две": 2, "двух": 2, "двум": 2, "двумя": 2,
         "три": 3, "трех": 3, "трем": 3, "тремя": 3,
         "четыре": 4, "четырех": 4, "четырем": 4, "четырьмя": 4,
         "пять": 5, "пяти": 5, "пятью": 5, "шесть": 6, "шести": 6, "шестью": 6,
         "семь": 7, "семи": 7, "семью": 7, "восемь": 8, "восьми": 8, "восемью": 8,
         "девять": 9, "девяти": 9, "девятью": 9, "десять": 10, "десяти": 10, "десятью": 10,
         "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12,
         "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14, "четырнадцати": 14,
         "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "шестнадцати": 16,
         "семнадцать": 17, "семнадцати": 17, "восемнадцать": 18, "восемнадцати": 18,
         "девятнадцать": 19, "девятнадцати": 19}
TENS = {"двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40,
        "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "шестидесяти": 60,
        "семьдесят": 70, "семидесяти": 70, "восемьдесят": 80, "восьмидесяти": 80,
        "девяносто": 90, "девяноста": 90}
HUNDREDS = {"сто": 100, "ста": 100, "двести": 200, "двухсот": 200, "триста": 300, "трехсот": 300,
            "четыреста": 400, "четырехсот": 400, "пятьсот": 500, "пятисот": 500,
            "шестьсот": 600, "шестисот": 600, "семьсот": 700, "семисот": 700,
            "восемьсот": 800, "восьмисот": 800, "девятьсот": 900, "девятисот": 900}


def words_to_int(s):
    total, cur = 0, 0
    found = False
    for w in s.lower().replace("ё", "е").split():
        if w in UNITS:
            cur += UNITS[w]; found = True
        elif w in TENS:
            cur += TENS[w]; found = True
        elif w in HUNDREDS:
            cur += HUNDREDS[w]; found = True
        elif w.startswith("тысяч"):
            total += (cur or 1) * 1000; cur = 0; found = True
        else:
            return None
    return total + cur if found else None


def parse_written(w, key):
    s = norm(w).lower().replace("ё", "е")
    s = re.sub(r"\s+", " ", s)
    if not re.search(r"\d", s):
        s2 = re.sub(r"\s*(процент\w*|%)$", "", s)
        return words_to_int(s2)
    m = re.match(r"^(\d[\d ]*)\s*(?:рублей|рубля|руб\.?|р\.)\s*(\d{2})\s*коп", s)
    if m:
        return int(m.group(1).replace(" ", "")) + int(m.group(2)) / 100
    m = re.match(r"^(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?\s*(тыс\.?|тысяч\w*|млн\.?)?\s*(%|руб\.?|р\.|рублей|чел\.?)?$", s)
    if not m:
        return None
    num = float(m.group(1).replace(" ", "") + ("." + m.group(2) if m.group(2) else ""))
    if m.group(3):
        num *= 1_000_000 if m.group(3).startswith("млн") else 1000
    if key.endswith("_pct") and num < 1 and m.group(1) == "0" and m.group(2):
        num *= 100                                   # a share written as a fraction
    return num


def number_regex(written):
    w = norm(written)
    parts = re.split(r"\s+", w)
    body = r"\s*".join(re.escape(p) for p in parts)
    if re.match(r"\d", w):
        pre = r"(?<![\d])(?<!\d[.,])(?<!\d )"
    else:
        pre = r"(?<!\w)"
    if re.search(r"\d$", w):
        post = r"(?!\d)(?![.,]\d)(?! \d{3}(?!\d))"
    else:
        post = r"(?!\w)"
    return re.compile(pre + body + post, re.I)


def found_in(lines, kinds, written, anchor):
    rx = number_regex(written)
    an = re.sub(r"\s+", " ", norm(anchor).lower().replace("ё", "е"))
    for kind, ln in lines:
        if kind not in kinds:
            continue
        n = norm(ln)
        low = re.sub(r"\s+", " ", n.lower().replace("ё", "е"))
        if an in low and rx.search(n):
            return True
    return False


# ------------------------------------------------------------------ main

def main():
    cat = load_catalogue()
    gaz = load_gazetteer()
    used = set()
    for ln in USED.read_text(encoding="utf-8").splitlines():
        if ln.strip():
            used.add(stem(ln.strip()))
    golds = sorted(HERE.glob("r12_*.gold.json"))
    docs = [p for p in sorted(HERE.glob("r12_*")) if not p.name.endswith(".gold.json")]
    if len(golds) != len(docs):
        problem("batch", f"{len(docs)} documents but {len(golds)} gold files")
    seen_mun, seen_reg = set(), set()
    n_fig = n_tab = 0
    formats = {}
    for doc in docs:
        name = doc.name
        base = doc.name[: -len(doc.suffix)]
        gpath = HERE / f"{base}.gold.json"
        epath = EVID / f"{base}.json"
        if not gpath.exists() or not epath.exists():
            problem(name, "gold or evidence file missing")
            continue
        if not re.match(r"^r12_\d\d_[a-z0-9]+_[a-z0-9_]+\.(docx|pdf|txt|odt|xlsx)$", name):
            problem(name, "file name does not follow r12_NN_<translit>_<kind>.<ext>")
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        ev = json.loads(epath.read_text(encoding="utf-8"))
        # ---- identity
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problem(name, f"gold top-level keys {sorted(gold)}")
        mun, reg, year = gold.get("municipality"), gold.get("region"), gold.get("year")
        if not isinstance(year, int) or not 2024 <= year <= 2025:
            problem(name, f"year {year!r}")
        st, kind = stem(mun or "")
        hits = [g for g in gaz if g[0] == st and g[1] == kind]
        if not hits:
            problem(name, f"municipality {mun!r} not in gazetteer")
        elif reg not in {h[2] for h in hits}:
            problem(name, f"region {reg!r} does not match gazetteer {sorted({h[2] for h in hits})}")
        if (st, kind) in used or st in {u[0] for u in used}:
            problem(name, f"municipality {mun!r} is in the used list")
        if st in seen_mun:
            problem(name, f"municipality {mun!r} repeated in batch")
        if reg in seen_reg:
            problem(name, f"region {reg!r} repeated in batch")
        seen_mun.add(st); seen_reg.add(reg)
        # ---- figures: keys and types
        figs = gold.get("figures", {})
        for k, v in figs.items():
            if k not in cat:
                problem(name, f"unknown key {k}")
            elif cat[k] is int and (type(v) is not int):
                problem(name, f"{k}={v!r} should be int")
            elif cat[k] is float and type(v) is not float:
                problem(name, f"{k}={v!r} should be float")
        if not 25 <= len(figs) <= 40:
            problem(name, f"{len(figs)} figures (need 25-40)")
        evk = {e["key"]: e for e in ev["figures"]}
        if set(evk) != set(figs) or len(evk) != len(ev["figures"]):
            problem(name, f"evidence keys differ from gold: {sorted(set(evk) ^ set(figs))}")
        # ---- read document
        ext = doc.suffix[1:]
        formats[ext] = formats.get(ext, 0) + 1
        if ext == "docx":
            lines = read_docx(doc)
        elif ext == "odt":
            lines = read_odt(doc)
        elif ext == "xlsx":
            lines = read_xlsx(doc)
        elif ext == "pdf":
            lines = read_pdf(doc)
        else:
            lines, raw = read_txt(doc, ev.get("encoding"))
            if ev.get("encoding") == "cp1251":
                if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
                    problem(name, "cp1251 file must use CRLF line ends throughout")
                try:
                    raw.decode("utf-8")
                    problem(name, "cp1251 file also decodes as UTF-8 (no Cyrillic?)")
                except UnicodeDecodeError:
                    pass
        tab_here = 0
        for k, v in figs.items():
            e = evk.get(k)
            if not e:
                continue
            val = parse_written(e["written"], k)
            if val is None or abs(val - v) > 1e-6:
                problem(name, f"{k}: written {e['written']!r} parses to {val!r}, gold {v!r}")
            if e["value"] != v:
                problem(name, f"{k}: evidence value {e['value']!r} != gold {v!r}")
            if e["where"] == "table":
                kinds = {"table", "layout-table"} if ext == "pdf" else {"table"}
                tab_here += 1
            else:
                kinds = {"text", "layout-table"} if ext == "pdf" else {"text"}
            if not found_in(lines, kinds, e["written"], e["anchor"]):
                problem(name, f"{k}: {e['written']!r} not found with anchor {e['anchor']!r} in one {e['where']} row/line")
        share = 100.0 * tab_here / max(1, len(figs))
        if share < 60:
            problem(name, f"only {share:.0f} % of figures in tables")
        n_fig += len(figs); n_tab += tab_here
        print(f"  {name}: {len(figs)} figures, {tab_here} in tables ({share:.0f} %)")
    share = 100.0 * n_tab / max(1, n_fig)
    if share < 75:
        problem("batch", f"only {share:.1f} % of figures in tables")
    for p in problems:
        print("PROBLEM", p)
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    print(f"verify: {len(docs)} documents, {n_fig} figures ({share:.1f} % in tables), {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
