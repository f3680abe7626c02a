#!/usr/bin/env python3
"""Check the round-10 blind batch.

For every document r10_*.{docx,pdf,odt,xlsx,txt} beside this script:
  * a gold file <stem>.gold.json exists, with the keys and types of
    indicators.md (counts/persons int, percent/rubles float) and 25-40 figures;
  * every gold figure is found in the document, read with the library a reader
    would use (python-docx, pdfplumber, odfpy, openpyxl data_only, plain text in
    its own encoding): the number as written (gen/evidence/<stem>.json) stands in
    one table row / text line together with its anchor label;
  * figures marked as table figures are found in a table row (>= 60 % per
    document, >= 75 % over the batch);
  * municipality and region are in the gazetteer (stem + kind + subject), no
    municipality repeats, none is in used_municipalities.txt (by core name).
Paths are relative to this script.
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPEC = os.path.join(HERE, "..", "..", "shared", "spec", "indicators.md")
GAZ = os.path.join(HERE, "..", "..", "shared", "gazetteer", "oktmo_municipal_2019.csv")
USED = os.path.join(HERE, "..", "used_municipalities.txt")
EVID = os.path.join(HERE, "gen", "evidence")
EXTS = ("docx", "pdf", "odt", "xlsx", "txt")
NAME_RE = re.compile(r"^r10_\d\d_[a-z0-9_]+_[a-z0-9]+$")

problems = []


def problem(stem, msg):
    problems.append(f"{stem}: {msg}")


# ------------------------------------------------------------------ spec keys
def spec_keys():
    txt = open(SPEC, encoding="utf-8").read()
    dirs = ["art", "sport", "social", "science", "tech", "tourism"]
    keys = {}
    for m in re.finditer(r"^\| (\w+)(?: … (\w+))? \| [^|]+ \| (\w+) \|$", txt, re.M):
        k, _, unit = m.groups()
        if k in ("key",):
            continue
        if "…" in m.group(0):
            base = k.rsplit("_", 1)[0]
            for dd in dirs:
                keys[f"{base}_{dd}"] = unit
        else:
            keys[k] = unit
    return keys


# ------------------------------------------------------------------ gazetteer
TYPE_WORDS = ["муниципальный район", "муниципальный округ", "городской округ",
              "город-курорт", "город", "район", "зато", "г."]


def norm_name(s):
    s = s.lower().replace("ё", "е").strip()
    for w in TYPE_WORDS:
        s = s.replace(w, " ")
    return " ".join(s.split())


def kind_of(name):
    low = name.lower()
    if "район" in low:
        return "муниципальный район"
    if "город" in low or "округ" in low:
        return "городской округ"
    return None


def gazetteer():
    rows = []
    with open(GAZ, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append((norm_name(r["name"]), r["kind"], r["subject"], r["name"]))
    return rows


# ------------------------------------------------------------------ readers
def norm(s):
    s = str(s)
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007", "\t", "\r"):
        s = s.replace(ch, " ")
    s = s.lower().replace("ё", "е")
    return " ".join(s.split())


def read_docx(path):
    from docx import Document
    from docx.oxml.ns import qn
    doc = Document(path)
    units = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                cells = []
                seen = []
                for c in row.cells:
                    cells.append(c.text)
                    for nt in c.tables:
                        if nt not in seen:
                            seen.append(nt)
                units.append(("table", " | ".join(cells)))
                walk_tables(seen)
    walk_tables(doc.tables)
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        anc = p.getparent()
        in_tbl = False
        while anc is not None:
            if anc.tag == qn("w:tbl"):
                in_tbl = True
                break
            anc = anc.getparent()
        if in_tbl:
            continue
        units.append(("text", "".join(t.text or "" for t in p.iter(qn("w:t")))))
    for sec in doc.sections:
        for part in (sec.header, sec.footer):
            for p in part.paragraphs:
                units.append(("text", p.text))
    return units


def read_odt(path):
    from odf.opendocument import load
    from odf import teletype
    from odf.table import Table, TableRow, TableCell, CoveredTableCell
    from odf.text import P, H
    doc = load(path)
    units = []
    TNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    for t in doc.getElementsByType(Table):
        pending = {}                       # col -> [text, rows_left]
        for tr in t.getElementsByType(TableRow):
            # skip rows of nested tables
            par = tr.parentNode
            while par is not None and par.qname != (TNS, "table"):
                par = par.parentNode
            if par is not t:
                continue
            col = 0
            cells = []
            for c in tr.childNodes:
                if c.qname == (TNS, "table-cell"):
                    txt = teletype.extractText(c)
                    cs = int(c.getAttrNS(TNS, "number-columns-spanned") or 1)
                    rs = int(c.getAttrNS(TNS, "number-rows-spanned") or 1)
                    if rs > 1:
                        pending[col] = [txt, rs - 1]
                    cells.append(txt)
                    col += cs
                elif c.qname == (TNS, "covered-table-cell"):
                    if col in pending and pending[col][1] > 0:
                        cells.append(pending[col][0])
                        pending[col][1] -= 1
                    col += 1
            units.append(("table", " | ".join(cells)))
    for p in doc.getElementsByType(P) + doc.getElementsByType(H):
        par = p.parentNode
        in_tbl = False
        while par is not None:
            if getattr(par, "qname", None) == (TNS, "table-cell"):
                in_tbl = True
                break
            par = par.parentNode
        if not in_tbl:
            units.append(("text", teletype.extractText(p)))
    return units


def read_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                for row in t:
                    units.append(("table", " | ".join((c or "").replace("\n", " ")
                                                       for c in row)))
            lines = (page.extract_text() or "").splitlines()
            for i, line in enumerate(lines):
                units.append(("line", line))
                # a sentence of running text may wrap: two consecutive lines
                # count for text figures only
                if i + 1 < len(lines):
                    units.append(("line2", line + " " + lines[i + 1]))
    return units


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    units = []
    for ws in wb.worksheets:
        grid = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    grid[(c.row, c.column)] = c.value
        for mr in ws.merged_cells.ranges:
            v = grid.get((mr.min_row, mr.min_col))
            for r in range(mr.min_row, mr.max_row + 1):
                for cc in range(mr.min_col, mr.max_col + 1):
                    if v is not None:
                        grid.setdefault((r, cc), v)
        rows = {}
        for (r, cc), v in grid.items():
            rows.setdefault(r, {})[cc] = v
        for r in sorted(rows):
            vals = [rows[r][cc] for cc in sorted(rows[r])]
            units.append(("table", vals))
    return units


def read_txt(path):
    raw = open(path, "rb").read()
    try:
        txt = raw.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        txt = raw.decode("cp1251")
        enc = "cp1251"
    units = []
    for line in txt.replace("\r\n", "\n").split("\n"):
        tableish = ("|" in line or "¦" in line or line.lstrip().startswith("+")
                    or len(re.findall(r"\S {2,}(?=\S)", line)) >= 2)
        units.append(("table" if tableish else "text", line))
    return units, enc


def norm_keep(s):
    """Like norm() but keeps runs of spaces (column gaps in fixed-width text)."""
    s = str(s)
    for ch in ("\u00a0", "\u202f", "\u2009", "\u2007", "\r"):
        s = s.replace(ch, " ")
    return s.replace("\t", "  ").lower().replace("ё", "е")


def number_in(text, written, relaxed):
    t = norm(text) if relaxed else norm_keep(text)
    w = norm(written)
    if not any(ch.isdigit() for ch in w):
        return w in t
    lb = r"(?<![\d])(?<!\d,)"
    la = r"(?!\d)(?!,\d)"
    if not relaxed:
        lb += r"(?<!\d )"
        la += r"(?! \d{3}(?!\d))"
    return re.search(lb + re.escape(w) + la, t) is not None


def anchor_in(anchor, text):
    """An anchor may name several labels joined by « && »; all must be present."""
    t = norm(text)
    return all(norm(a) in t for a in anchor.split(" && "))


def xlsx_match(vals, ev):
    strs = " | ".join(str(v) for v in vals if isinstance(v, str))
    if not anchor_in(ev["anchor"], strs):
        return False
    for v in vals:
        if isinstance(v, bool):
            continue
        if isinstance(v, (int, float)) and abs(float(v) - float(ev["xlsx_value"]
                                                              if "xlsx_value" in ev
                                                              else ev["value"])) < 1e-6:
            return True
        if isinstance(v, str) and number_in(v, ev["written"], False):
            return True
    return False


# ------------------------------------------------------------------ main
def main():
    keys = spec_keys()
    if len(keys) != 35:
        problem("spec", f"parsed {len(keys)} figure keys from indicators.md, expected 35")
    ftypes = {k: (float if u in ("percent", "rubles") else int) for k, u in keys.items()}
    gaz = gazetteer()
    used = [norm_name(x) for x in open(USED, encoding="utf-8").read().splitlines()
            if x.strip()]
    docs = sorted(p for p in glob.glob(os.path.join(HERE, "r10_*"))
                  if p.rsplit(".", 1)[-1] in EXTS)
    golds = sorted(glob.glob(os.path.join(HERE, "r10_*.gold.json")))
    stems_docs = {os.path.basename(p).rsplit(".", 1)[0] for p in docs}
    for g in golds:
        s = os.path.basename(g)[:-len(".gold.json")]
        if s not in stems_docs:
            problem(s, "gold file without a document")
    seen_mun = {}
    tot_fig = tot_tab = 0
    summary = []
    for path in docs:
        base = os.path.basename(path)
        stem, ext = base.rsplit(".", 1)
        if not NAME_RE.match(stem):
            problem(stem, "file name does not follow r10_NN_<translit>_<kind>")
        gpath = os.path.join(HERE, stem + ".gold.json")
        if not os.path.exists(gpath):
            problem(stem, "no gold file")
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problem(stem, f"gold top-level keys {sorted(gold)}")
        figs = gold.get("figures", {})
        # identity
        mun, reg, year = gold.get("municipality"), gold.get("region"), gold.get("year")
        if not isinstance(year, int) or not 2015 <= year <= 2026:
            problem(stem, f"bad year {year!r}")
        st, kd = norm_name(mun or ""), kind_of(mun or "")
        hits = [r for r in gaz if r[0] == st and (kd is None or r[1] == kd)]
        if not hits:
            problem(stem, f"municipality {mun!r} not in gazetteer")
        elif reg not in {h[2] for h in hits}:
            problem(stem, f"region {reg!r} does not match gazetteer {[h[2] for h in hits]}")
        if st in seen_mun:
            problem(stem, f"municipality repeats ({seen_mun[st]})")
        seen_mun[st] = stem
        if st in used:
            problem(stem, f"municipality {mun!r} already used")
        # keys and types
        for k, v in figs.items():
            if k not in keys:
                problem(stem, f"unknown key {k}")
                continue
            t = ftypes[k]
            if isinstance(v, bool) or not isinstance(v, t):
                problem(stem, f"{k}={v!r} should be {t.__name__}")
        if not 25 <= len(figs) <= 40:
            problem(stem, f"{len(figs)} figures (need 25-40)")
        # evidence
        epath = os.path.join(EVID, stem + ".json")
        if not os.path.exists(epath):
            problem(stem, "no evidence file")
            continue
        ev = json.load(open(epath, encoding="utf-8"))["evidence"]
        if {e["key"] for e in ev} != set(figs):
            problem(stem, "evidence keys differ from gold keys")
        enc = ""
        if ext == "docx":
            units = read_docx(path)
        elif ext == "odt":
            units = read_odt(path)
        elif ext == "pdf":
            units = read_pdf(path)
        elif ext == "xlsx":
            units = read_xlsx(path)
        else:
            units, enc = read_txt(path)
        ntab = 0
        for e in ev:
            if figs.get(e["key"]) != e["value"]:
                problem(stem, f"{e['key']}: evidence value {e['value']} != gold {figs.get(e['key'])}")
            found = None
            for kind, u in units:
                if ext == "xlsx":
                    ok = xlsx_match(u, e)
                else:
                    if kind == "line2" and e["where"] == "table":
                        continue
                    ok = (anchor_in(e["anchor"], u)
                          and number_in(u, e["written"],
                                        relaxed=(kind in ("line", "line2"))))
                if ok:
                    if found is None or (found != "table" and kind in ("table", "line")):
                        found = kind
                    if found == "table":
                        break
            if found is None:
                problem(stem, f"{e['key']}: {e['written']!r} with anchor {e['anchor']!r} not found")
                continue
            if e["where"] == "table":
                # pdf: a ruled table is found by extract_tables; a table without
                # rules only as a line of aligned text -- both count as a table row
                if found == "table" or (ext == "pdf" and found == "line"):
                    ntab += 1
                else:
                    problem(stem, f"{e['key']}: marked as table figure but found in {found}")
        share = ntab / len(ev) if ev else 0
        if share < 0.6:
            problem(stem, f"only {share:.0%} of figures in tables")
        tot_fig += len(ev)
        tot_tab += ntab
        summary.append(f"  {stem}.{ext}{' ('+enc+')' if enc else ''}: "
                       f"{len(figs)} figures, {ntab} in tables, {mun} / {reg} / {year}")
    if tot_fig and tot_tab / tot_fig < 0.75:
        problem("batch", f"only {tot_tab/tot_fig:.0%} of figures in tables")
    print("\n".join(summary))
    for p in problems:
        print("PROBLEM", p)
    print(f"verify: {len(docs)} documents, {tot_fig} gold figures, "
          f"{tot_tab} in tables ({(tot_tab/tot_fig if tot_fig else 0):.0%}), "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
