#!/usr/bin/env python3
"""Independent check of the round-14 blind batch.

For every document it reads the file with a library of its own kind
(python-docx incl. nested tables, odfpy, openpyxl data_only, pdfplumber tables
and layout lines, plain text in its own encoding) and checks for every gold
figure that the number as written stands in one table row (or one text line)
together with its anchor label - and, where the evidence names a column, in
that column - and that it parses to the gold value.  It also checks gold keys
and value types against indicators.md, identity against the gazetteer, the
used-municipality list, the number of figures and the table share.

All paths are relative to this file.
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
def load_catalogue():
    text = SPEC.read_text(encoding="utf-8")
    dirs = re.findall(r"`(\w+)` [а-я]", text.split("## Figures")[1].split("|")[0])
    units = {}
    sec = text.split("## Figures")[1].split("## Hard cases")[0]
    for line in sec.splitlines():
        m = re.match(r"\|\s*(\w+)(?:\s*…\s*(\w+))?\s*\|[^|]*\|\s*(\w+)\s*\|", line)
        if not m or m.group(1) == "key":
            continue
        k1, k2, unit = m.groups()
        if k2:
            pre = k1.rsplit("_", 1)[0]
            for dd in dirs:
                units[f"{pre}_{dd}"] = unit
        else:
            units[k1] = unit
    return units, dirs


# ------------------------------------------------------------------ gazetteer
def norm_name(s):
    s = s.lower().replace("ё", "е").replace("\u00a0", " ")
    s = re.sub(r"(?<![\w-])(муниципальный район|муниципальный округ|городской округ|"
               r"город-курорт|город|г\.|район|зато|округ)(?![\w-])", " ", s)
    return " ".join(s.split())


def load_gazetteer():
    rows = []
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append((norm_name(r["name"]), r["kind"], r["subject"]))
    return rows


# ------------------------------------------------------------------ numbers
SPACES = "\u00a0\u202f\u2009\u2007"


def nspace(s):
    s = str(s)
    for ch in SPACES:
        s = s.replace(ch, " ")
    return re.sub(r"[ \t]+", " ", s.replace("\n", " "))


def posnorm(s):
    """Lower-case, ё->е, every space-like char -> one space (positions kept)."""
    s = str(s).lower().replace("ё", "е")
    for ch in SPACES + "\t":
        s = s.replace(ch, " ")
    return s


def nkey(s):
    return nspace(s).lower().replace("ё", "е").strip()


WORDS = {}


def _w(val, *forms):
    for f in forms:
        WORDS[f] = val


_w(1, "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну")
_w(2, "два", "две", "двух", "двум", "двумя")
_w(3, "три", "трех", "трем", "тремя")
_w(4, "четыре", "четырех", "четырем", "четырьмя")
for v, st in [(5, "пят"), (6, "шест"), (7, "сем"), (9, "девят"), (10, "десят"),
              (11, "одиннадцат"), (12, "двенадцат"), (13, "тринадцат"),
              (14, "четырнадцат"), (15, "пятнадцат"), (16, "шестнадцат"),
              (17, "семнадцат"), (18, "восемнадцат"), (19, "девятнадцат"),
              (20, "двадцат"), (30, "тридцат")]:
    _w(v, st + "ь", st + "и", st + "ью")
_w(8, "восемь", "восьми", "восемью")
_w(40, "сорок", "сорока")
_w(50, "пятьдесят", "пятидесяти")
_w(60, "шестьдесят", "шестидесяти")
_w(70, "семьдесят", "семидесяти")
_w(80, "восемьдесят", "восьмидесяти")
_w(90, "девяносто", "девяноста")
_w(100, "сто", "ста")
_w(200, "двести", "двухсот")
_w(300, "триста", "трехсот")
_w(400, "четыреста", "четырехсот")
_w(500, "пятьсот", "пятисот")


def words_value(s):
    total = 0
    for t in nkey(s).split():
        if t not in WORDS:
            raise ValueError(f"unknown number word {t!r}")
        total += WORDS[t]
    return total


def parse_written(written, scale):
    if scale == "words":
        return float(words_value(written))
    w = nspace(written)
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?", w)
    if not m:
        raise ValueError(f"no number in {written!r}")
    v = float(m.group(0).replace(" ", "").replace(",", "."))
    rest = w.lower()
    if "тыс" in rest:
        v *= 1000
    if "млн" in rest:
        v *= 1_000_000
    if scale == "fraction":
        v *= 100
    return v


def number_regex(written, scale):
    w = re.escape(nkey(written)).replace(r"\ ", " ")
    if scale == "words":
        return re.compile(r"(?<![а-я])" + w + r"(?![а-я])")
    return re.compile(r"(?<![\d])(?<!\d[,.])(?<!\d )" + w +
                      r"(?![\d])(?![,.]\d)(?! \d{3}(?!\d))")


def cell_has(cell, rx, written, scale):
    """A cell may hold a number value (xlsx) or text."""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        try:
            return abs(float(cell) - parse_written(written, scale)
                       / (100 if scale == "fraction" else 1)) < 1e-9
        except ValueError:
            return False
    return bool(rx.search(nkey(cell)))


def ctext(c):
    if c is None:
        return ""
    if isinstance(c, float) and c.is_integer():
        return str(int(c))
    return str(c)


# ------------------------------------------------------------------ readers
# A reader returns (tables, lines): tables = list of grids (list of rows of
# cells, merged cells expanded); lines = list of (text, is_table_line).

def read_docx(path):
    import docx
    d = docx.Document(str(path))
    tables, lines = [], []

    def walk_table(t):
        grid = []
        for row in t.rows:
            cells = []
            for c in row.cells:
                txt = " ".join(p.text for p in c.paragraphs)
                cells.append(txt)
                for nt in c.tables:
                    walk_table(nt)
            grid.append(cells)
        tables.append(grid)

    for p in d.paragraphs:
        lines.append((p.text, False))
    for t in d.tables:
        walk_table(t)
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                lines.append((p.text, False))
    return tables, lines


def read_odt(path):
    from odf.opendocument import load
    from odf import table as T, text as X, teletype
    from odf.namespaces import TEXTNS, TABLENS
    d = load(str(path))
    tables, lines = [], []
    PQ = (TEXTNS, "p")
    HQ = (TEXTNS, "h")

    def cell_text(cell):
        parts = []
        for ch in cell.childNodes:
            if ch.qname in (PQ, HQ):
                parts.append(teletype.extractText(ch))
        return " ".join(parts)

    def rows_of(t):
        out = []
        for ch in t.childNodes:
            if ch.qname == (TABLENS, 'table-row'):
                out.append(ch)
            elif ch.qname in ((TABLENS, 'table-header-rows'), (TABLENS, 'table-rows')):
                out.extend(x for x in ch.childNodes if x.qname == (TABLENS, 'table-row'))
        return out

    for t in d.getElementsByType(T.Table):
        grid, pending = [], {}
        for ri, row in enumerate(rows_of(t)):
            cells, col = [], 0
            for c in row.childNodes:
                if c.qname == (TABLENS, 'covered-table-cell'):
                    cells.append(pending.get((ri, col), ""))
                    col += 1
                    continue
                if c.qname != (TABLENS, 'table-cell'):
                    continue
                txt = cell_text(c)
                cs = int(c.getAttribute("numbercolumnsspanned") or 1)
                rs = int(c.getAttribute("numberrowsspanned") or 1)
                for k in range(cs):
                    cells.append(txt)
                    for rr in range(1, rs):
                        pending[(ri + rr, col + k)] = txt
                col += cs
            grid.append(cells)
        tables.append(grid)
    # running text: paragraphs that are not inside a table
    for p in d.getElementsByType(X.P) + d.getElementsByType(X.H):
        node, in_table = p.parentNode, False
        while node is not None:
            if getattr(node, "qname", None) == (TABLENS, 'table'):
                in_table = True
                break
            node = node.parentNode
        if not in_table:
            lines.append((teletype.extractText(p), False))
    return tables, lines


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    tables, lines = [], []
    for ws in wb.worksheets:
        grid = [[c for c in row] for row in ws.iter_rows(values_only=True)]
        for rng in ws.merged_cells.ranges:
            v = grid[rng.min_row - 1][rng.min_col - 1]
            for r in range(rng.min_row - 1, rng.max_row):
                for c in range(rng.min_col - 1, rng.max_col):
                    if r < len(grid) and c < len(grid[r]):
                        grid[r][c] = v
        tables.append(grid)
        for row in grid:
            for c in row:
                if isinstance(c, str):
                    lines.append((c, False))
    return tables, lines


def read_pdf(path):
    import pdfplumber
    tables, lines = [], []
    prev_cols, prev_last = None, False
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            found = page.find_tables()
            found.sort(key=lambda t: t.bbox[1])
            for i, tf in enumerate(found):
                grid = tf.extract()
                grid = [[ctext(c).replace("\n", " ") if c is not None else None
                         for c in row] for row in grid]
                # fill merged (None) cells from the left, then from above
                for r, row in enumerate(grid):
                    for c in range(len(row)):
                        if row[c] is None:
                            row[c] = row[c - 1] if c else (grid[r - 1][c] if r else "")
                ncols = max(len(r) for r in grid)
                top = tf.bbox[1] < 90
                if i == 0 and top and prev_cols == ncols and tables:
                    tables[-1].extend(grid)          # table continued on this page
                else:
                    tables.append(grid)
                prev_cols = ncols
            prev_last = bool(found)
            if not found:
                prev_cols = None
            txt = page.extract_text() or ""
            for ln in txt.splitlines():
                lines.append((ln, False))
            lay = page.extract_text(layout=True) or ""
            for ln in lay.splitlines():
                if ln.strip():
                    lines.append((ln, "layout"))
    return tables, lines


def read_txt(path):
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        text = raw.decode("cp1251")
        enc = "cp1251"
    crlf = b"\r\n" in raw
    lines = []
    for ln in text.replace("\r\n", "\n").split("\n"):
        lines.append((ln, "layout"))
    return [], lines, enc, crlf


# ------------------------------------------------------------------ matching
def find_in_tables(tables, ev, rx):
    anchor = nkey(ev["anchor"])
    col = nkey(ev["col"]) if ev.get("col") else None
    seen = False
    for grid in tables:
        for r, row in enumerate(grid):
            joined = " | ".join(nkey(ctext(c)) for c in row)
            if anchor not in joined:
                continue
            hits = [j for j, c in enumerate(row)
                    if c is not None and cell_has(c, rx, ev["written"], ev.get("scale"))]
            if not hits:
                continue
            if col is None:
                return True
            seen = True
            # some row above names the column in which the number stands
            for rh in range(r - 1, -1, -1):
                cols = [j for j, c in enumerate(grid[rh]) if col in nkey(ctext(c))]
                if set(cols) & set(hits):
                    return True
    return "column" if seen else False


def segments(line):
    """Character spans of the cells of a text-table line."""
    if "|" in line or "¦" in line or "│" in line:
        cuts = [i for i, ch in enumerate(line) if ch in "|¦│"]
        bounds = [-1] + cuts + [len(line)]
        return [(bounds[i] + 1, bounds[i + 1]) for i in range(len(bounds) - 1)]
    segs = []
    for m in re.finditer(r"\S+(?: \S+)*", line):
        segs.append((m.start(), m.end()))
    return segs


def is_table_line(line):
    if re.search(r"[|¦│]", line):
        return True
    return len(re.findall(r"\S(?:\s{2,})(?=\S)", line)) >= 2


def find_in_lines(lines, ev, rx, need_table):
    anchor = nkey(ev["anchor"])
    col = nkey(ev["col"]) if ev.get("col") else None
    texts = [posnorm(t) for t, _ in lines]
    for i, (t, kind) in enumerate(lines):
        lt = texts[i]
        if anchor not in re.sub(" +", " ", lt):
            continue
        ms = list(rx.finditer(lt))
        if not ms:
            continue
        if need_table and not is_table_line(lt):
            continue
        if col is None or kind != "layout":
            return True
        # column check by character position against a header line above
        segs = segments(lt)
        for m in ms:
            cell = next(((a, b) for a, b in segs if a <= m.start() < b), (m.start(), m.end()))
            for k in range(i - 1, max(-1, i - 40), -1):
                hl = texts[k]
                p = hl.find(col)
                if p < 0:
                    continue
                hseg = next(((a, b) for a, b in segments(hl) if a <= p < b), (p, p + len(col)))
                if "|" in hl or "¦" in hl or "│" in hl:
                    ok = hseg[0] < cell[1] and cell[0] < hseg[1]
                else:
                    ok = (hseg[0] - 3) < m.end() and m.start() < (hseg[1] + 3)
                if ok:
                    return True
                break
    return False


# ------------------------------------------------------------------ main
def main():
    units, dirs = load_catalogue()
    gaz = load_gazetteer()
    used = {norm_name(x) for x in USED.read_text(encoding="utf-8").splitlines() if x.strip()}
    golds = sorted(HERE.glob("r14_*.gold.json"))
    n_docs = n_figs = n_tab = 0
    seen_mun, seen_reg = {}, {}
    formats = {}
    for gp in golds:
        stem = gp.name[:-len(".gold.json")]
        docs = [p for p in HERE.glob(stem + ".*") if not p.name.endswith(".gold.json")]
        if len(docs) != 1:
            problem(stem, f"expected one document beside the gold file, found {len(docs)}")
            continue
        doc = docs[0]
        name = doc.name
        ext = doc.suffix.lower().lstrip(".")
        formats[ext] = formats.get(ext, 0) + 1
        gold = json.loads(gp.read_text(encoding="utf-8"))
        n_docs += 1
        # ---- gold structure
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problem(name, f"gold keys {sorted(gold)}")
        if not isinstance(gold.get("year"), int) or not 2024 <= gold["year"] <= 2025:
            problem(name, f"year {gold.get('year')!r}")
        figs = gold.get("figures", {})
        for k, v in figs.items():
            if k not in units:
                problem(name, f"unknown key {k}")
                continue
            if units[k] in ("count", "persons"):
                if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                    problem(name, f"{k} must be a non-negative int, got {v!r}")
            elif units[k] in ("percent", "rubles"):
                if not isinstance(v, float):
                    problem(name, f"{k} must be a float, got {v!r}")
                elif units[k] == "percent" and not 0 <= v <= 100:
                    problem(name, f"{k} percent out of range {v}")
            else:
                problem(name, f"{k}: unit {units[k]} unknown")
        if not 25 <= len(figs) <= 40:
            problem(name, f"{len(figs)} figures (need 25-40)")
        # ---- identity
        mun, reg = gold.get("municipality"), gold.get("region")
        nm = norm_name(mun or "")
        kindword = ("городской округ" if re.search(r"(?<![\w-])(город|округ)(?![\w-])",
                                                  (mun or "").lower())
                    else "муниципальный район")
        match = [g for g in gaz if g[0] == nm and g[2] == reg]
        if not match:
            problem(name, f"municipality {mun!r} / {reg!r} not in gazetteer")
        elif not any(g[1] == kindword for g in match):
            problem(name, f"municipality {mun!r}: kind {kindword} not in gazetteer rows {match}")
        if nm in used:
            problem(name, f"municipality {mun!r} is in the used list")
        if nm in seen_mun:
            problem(name, f"municipality repeated (also {seen_mun[nm]})")
        seen_mun[nm] = name
        if reg in seen_reg:
            problem(name, f"region repeated (also {seen_reg[reg]})")
        seen_reg[reg] = name
        # ---- evidence
        ep = EVID / (stem + ".json")
        if not ep.exists():
            problem(name, "no evidence file")
            continue
        ev = json.loads(ep.read_text(encoding="utf-8"))["figures"]
        ekeys = [e["key"] for e in ev]
        if sorted(ekeys) != sorted(figs) or len(set(ekeys)) != len(ekeys):
            problem(name, "evidence keys differ from gold keys")
        # ---- read the document
        enc_note = ""
        if ext == "docx":
            tables, lines = read_docx(doc)
        elif ext == "odt":
            tables, lines = read_odt(doc)
        elif ext == "xlsx":
            tables, lines = read_xlsx(doc)
        elif ext == "pdf":
            tables, lines = read_pdf(doc)
        elif ext == "txt":
            tables, lines, enc, crlf = read_txt(doc)
            enc_note = f"{enc}{' CRLF' if crlf else ''}"
        else:
            problem(name, f"unsupported format {ext}")
            continue
        full = " ".join(nkey(t) for t, _ in lines) + " " + " ".join(
            nkey(ctext(c)) for g in tables for row in g for c in row)
        stem5 = (norm_name(mun or "") or "?")[:5]
        if stem5 not in full:
            problem(name, f"municipality stem of {mun!r} not found in the text")
        nt = 0
        for e in ev:
            k = e["key"]
            try:
                pv = parse_written(e["written"], e.get("scale"))
            except ValueError as exc:
                problem(name, f"{k}: {exc}")
                continue
            gv = figs.get(k)
            if gv is None or abs(pv - float(gv)) > 0.005:
                problem(name, f"{k}: written {e['written']!r} parses to {pv}, gold {gv}")
            if e.get("value") != gv:
                problem(name, f"{k}: evidence value {e.get('value')} != gold {gv}")
            rx = number_regex(e["written"], e.get("scale"))
            if e["where"] == "table":
                nt += 1
                ok = find_in_tables(tables, e, rx)
                if ok == "column":
                    ok = False          # found in a parsed table, but in another column
                elif not ok and ext in ("pdf", "txt"):
                    ok = find_in_lines([l for l in lines if l[1] == "layout"], e, rx, True)
            else:
                ok = find_in_lines(lines, e, rx, False)
            if not ok:
                problem(name, f"{k}: {e['written']!r} not found with anchor {e['anchor']!r}"
                              f"{' in column ' + repr(e['col']) if e.get('col') else ''} ({e['where']})")
        share = 100.0 * nt / max(1, len(ev))
        if share < 60:
            problem(name, f"table share {share:.0f} % < 60 %")
        n_figs += len(ev)
        n_tab += nt
        print(f"  {name:48s} {ext:4s} {enc_note:12s} {len(ev):2d} figures, "
              f"{share:3.0f} % in tables, {mun} / {reg} / {gold.get('year')}")
    if not 13 <= n_docs <= 14:
        problem("batch", f"{n_docs} documents (need 13 or 14)")
    share = 100.0 * n_tab / max(1, n_figs)
    if share < 75:
        problem("batch", f"overall table share {share:.1f} % < 75 %")
    for p in problems:
        print("PROBLEM", p)
    print("formats: " + ", ".join(f"{k} {v}" for k, v in sorted(formats.items())))
    print(f"verify: {n_docs} documents, {n_figs} figures ({share:.0f} % in tables), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
