#!/usr/bin/env python3
"""Check that every gold value of the round-6 batch can be found in its
document as a reader library sees it.

Readers: python-docx (body in order, nested tables, headers/footers),
pdfplumber (page text lines + table cells), odt content.xml text,
txt decoded (BOM / utf-8 / cp1251 / koi8-r by letter statistics),
openpyxl data_only (visible sheets, visible rows and columns, cached values;
cells with a percent number format are multiplied by 100).

The document is cut into *units* (a paragraph, a text line, a table row).
A gold figure is found when, inside one unit or a window of 3 consecutive
units, the anchor text from evidence/NAME.evidence.json and the value
stand together. The value is looked for as digits (with or without
thousands separators, decimal comma or point) or, when the evidence gives
a phrase, as that exact phrase, which must read as the gold value
(words, «тыс.», a fraction for a percent, «руб. … коп.»).
Also checked: identity fields against the gazetteer, key set and types.
Exit code 0 and «0 problems» when everything is found.
"""
import csv
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"
EVID = ROOT / "evidence"
# the shared folder lies beside the project checkout (scripts/corpus/blind_round6 → ../../../../shared)
SHARED = ROOT.parents[3] / "shared"
GAZ = SHARED / "gazetteer" / "oktmo_municipal_2019.csv"

SEPS = "\u00a0\u202f\u2009\u2007 "
WINDOW = 3


def norm(s):
    s = str(s)
    s = s.replace("\t", " | ")          # tab-separated exports: a cell border
    for ch in "\u00a0\u202f\u2009\u2007":
        s = s.replace(ch, " ")
    s = s.replace("\u00ad", "").replace("ё", "е").replace("Ё", "Е")
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


# ------------------------------------------------------------ readers
def units_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    units = []

    def walk_table(tbl):
        for row in tbl.rows:
            seen, cells = set(), []
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                cells.append(c)
            units.append(" | ".join(c.text for c in cells))
            for c in cells:
                for p in c.paragraphs:
                    units.append(p.text)
                for t in c.tables:
                    walk_table(t)

    def walk(parent_el, parent):
        for child in parent_el.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                units.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                walk_table(Table(child, parent))

    walk(d.element.body, d._body)
    for sec in d.sections:
        for part in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            if part.is_linked_to_previous and sec is not d.sections[0]:
                continue
            for p in part.paragraphs:
                units.append(p.text)
            for t in part.tables:
                walk_table(t)
    return units


def units_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            units.extend((page.extract_text() or "").split("\n"))
            for tbl in page.extract_tables():
                for row in tbl:
                    units.append(" | ".join(c or "" for c in row))
    return units


def units_odt(path):
    ns_text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    ns_table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def text_of(el):
        out = [el.text or ""]
        for ch in el:
            tag = ch.tag
            if tag == f"{{{ns_text}}}s":
                out.append(" " * int(ch.get(f"{{{ns_text}}}c", "1")))
            elif tag == f"{{{ns_text}}}tab":
                out.append("\t")
            elif tag == f"{{{ns_text}}}line-break":
                out.append("\n")
            else:
                out.append(text_of(ch))
            out.append(ch.tail or "")
        return "".join(out)

    units = []
    for el in root.iter():
        if el.tag in (f"{{{ns_text}}}p", f"{{{ns_text}}}h"):
            units.extend(text_of(el).split("\n"))
        elif el.tag == f"{{{ns_table}}}table-row":
            cells = []
            for c in el:
                if c.tag == f"{{{ns_table}}}table-cell":
                    cells.append(" ".join(text_of(p) for p in c.iter()
                                          if p.tag in (f"{{{ns_text}}}p", f"{{{ns_text}}}h")))
            units.append(" | ".join(cells))
    return units


def decode_txt(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = None
    for enc in ("cp1251", "koi8_r", "cp866"):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = sum(t.count(ch) for ch in "оеаинтсрвл")
        if best is None or score > best[0]:
            best = (score, t, enc)
    return best[1], best[2]


def units_txt(path):
    text, enc = decode_txt(Path(path).read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), enc


def units_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    units, nums = [], []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        hidden_cols = {k for k, v in ws.column_dimensions.items() if v.hidden}
        for row in ws.iter_rows():
            if not row:
                continue
            r = row[0].row
            if ws.row_dimensions[r].hidden:
                continue
            texts, values = [], []
            for c in row:
                if c.value is None or getattr(c, "column_letter", None) in hidden_cols:
                    continue
                v = c.value
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    if "%" in (c.number_format or ""):
                        v = v * 100
                    values.append(float(v))
                    texts.append(repr(round(v, 6)))
                else:
                    texts.append(str(v))
            units.append(" | ".join(texts))
            nums.append(values)
    return units, nums


# ------------------------------------------------------- value patterns
def int_body(v):
    s = str(int(v))
    groups = []
    while s:
        groups.insert(0, s[-3:])
        s = s[:-3]
    return f"[{SEPS}]?".join(groups)


STRICT_PRE = rf"(?<![\d.,])(?<!\d[{SEPS}])"
LOOSE_PRE = r"(?<![\d.,])"
INT_POST_STRICT = rf"(?![\d]|[.,]\d|[{SEPS}]\d{{3}}(?!\d))"
POST = r"(?![\d]|[.,]\d)"


def num_patterns(v, unit):
    """Strict patterns first (a grouped number is not part of a longer
    space-grouped number), then loose ones (numbers of neighbouring
    columns in a space-aligned line may touch)."""
    if unit in ("count", "persons"):
        body = int_body(v)
        return [re.compile(STRICT_PRE + body + INT_POST_STRICT),
                re.compile(LOOSE_PRE + body + POST)]
    ip = int(abs(v))
    frac = round(abs(v) - ip, 2)
    body = int_body(ip)
    if frac < 0.005:
        tail = r"(?:[.,]0+)?" + POST
    else:
        f2 = f"{frac:.2f}"[2:]
        alts = [f2, f2.rstrip("0")] if f2.endswith("0") else [f2]
        tail = "[.,](?:" + "|".join(alts) + r")(?!\d)"
    return [re.compile(STRICT_PRE + body + tail), re.compile(LOOSE_PRE + body + tail)]


# ------------------------------------------------------ numbers in words
W = {}
for forms, val in [
    ("ноль нуля", 0), ("один одна одно одного одной одним одному одну", 1),
    ("два две двух двум двумя", 2), ("три трех трем тремя", 3),
    ("четыре четырех четырем четырьмя", 4), ("пять пяти пятью", 5),
    ("шесть шести", 6), ("семь семи", 7), ("восемь восьми", 8),
    ("девять девяти", 9), ("десять десяти", 10),
    ("одиннадцать одиннадцати", 11), ("двенадцать двенадцати", 12),
    ("тринадцать тринадцати", 13), ("четырнадцать четырнадцати", 14),
    ("пятнадцать пятнадцати", 15), ("шестнадцать шестнадцати", 16),
    ("семнадцать семнадцати", 17), ("восемнадцать восемнадцати", 18),
    ("девятнадцать девятнадцати", 19), ("двадцать двадцати", 20),
    ("тридцать тридцати", 30), ("сорок сорока", 40),
    ("пятьдесят пятидесяти", 50), ("шестьдесят шестидесяти", 60),
    ("семьдесят семидесяти", 70), ("восемьдесят восьмидесяти", 80),
    ("девяносто девяноста", 90), ("сто ста", 100), ("двести двухсот", 200),
    ("триста трехсот", 300), ("четыреста четырехсот", 400),
    ("пятьсот пятисот", 500), ("шестьсот шестисот", 600),
    ("семьсот семисот", 700), ("восемьсот восьмисот", 800),
    ("девятьсот девятисот", 900)]:
    for f in forms.split():
        W[f] = val
THOUSAND = {"тысяча", "тысячи", "тысяч", "тысячу", "тысячам", "тысячами"}
FRAC = {"десятых": 10, "десятая": 10, "десятой": 10, "сотых": 100, "сотая": 100}


def words_value(phrase):
    toks = re.findall(r"[а-я]+", norm(phrase))
    total, cur, intpart, denom, seen = 0, 0, None, None, False
    for t in toks:
        if t in W:
            cur += W[t]
            seen = True
        elif t in THOUSAND:
            total += (cur or 1) * 1000
            cur = 0
            seen = True
        elif t in ("целых", "целая", "целой"):
            intpart = total + cur
            total, cur = 0, 0
        elif t in FRAC:
            denom = FRAC[t]
    if not seen:
        return None
    val = total + cur
    if intpart is not None:
        return intpart + val / (denom or 10)
    return val


def parse_num(s):
    s = re.sub(f"[{SEPS}]", "", s).replace(",", ".")
    return float(s)


NUM_RE = rf"\d{{1,3}}(?:[{SEPS}]\d{{3}})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def phrase_value(phrase, kind):
    p = norm(phrase)
    if kind == "words":
        return words_value(p)
    if kind == "thousand":
        m = re.search(rf"({NUM_RE})\s*тыс", p)
        return parse_num(m.group(1)) * 1000 if m else None
    if kind == "million":
        m = re.search(rf"({NUM_RE})\s*млн", p)
        return parse_num(m.group(1)) * 1e6 if m else None
    if kind == "fraction":
        m = re.search(r"\b0[.,](\d+)", p)
        return float("0." + m.group(1)) * 100 if m else None
    if kind == "rub_kop":
        m = re.search(rf"({NUM_RE})\s*(?:руб\.?|рублей|рубля|р\.)\s*(\d{{1,2}})\s*коп", p)
        return parse_num(m.group(1)) + int(m.group(2)) / 100 if m else None
    return None


# ------------------------------------------------------------ checking
def load_gazetteer():
    rows = list(csv.DictReader(open(GAZ, encoding="utf-8")))
    subjects = {r["subject"] for r in rows}
    return rows, subjects


def core(name):
    s = norm(name)
    for w in ("муниципальный район", "муниципальный округ", "городской округ",
              "город ", "г. ", "район", "зато"):
        s = s.replace(w, " ")
    return re.sub(r"\s+", " ", s).strip()


def main():
    sys.path.insert(0, str(ROOT / "gen"))
    from common import UNITS
    gaz_rows, subjects = load_gazetteer()
    problems, total, docs = [], 0, 0
    years = {}
    for gpath in sorted(OUT.glob("*.gold.json")):
        name = gpath.name[:-len(".gold.json")]
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        evp = EVID / f"{name}.evidence.json"
        if not evp.exists():
            problems.append(f"{name}: no evidence file")
            continue
        ev = json.loads(evp.read_text(encoding="utf-8"))
        doc = OUT / ev["document"]
        if not doc.exists():
            problems.append(f"{name}: document {doc.name} missing")
            continue
        docs += 1
        # identity
        if gold["region"] not in subjects:
            problems.append(f"{name}: region {gold['region']!r} not in gazetteer")
        hit = [r for r in gaz_rows if r["subject"] == gold["region"]
               and core(r["name"]) == core(gold["municipality"])]
        if not hit:
            problems.append(f"{name}: municipality {gold['municipality']!r} not in gazetteer for region")
        if not isinstance(gold["year"], int):
            problems.append(f"{name}: year not int")
        years[name] = gold["year"]
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append(f"{name}: gold keys {sorted(gold)}")
        # units of the document
        ext = doc.suffix.lower()
        nums = None
        info = ""
        if ext == ".docx":
            units = units_docx(doc)
        elif ext == ".pdf":
            units = units_pdf(doc)
        elif ext == ".odt":
            units = units_odt(doc)
        elif ext == ".txt":
            units, enc = units_txt(doc)
            info = f" [{enc}]"
            want = ev["meta"].get("encoding")
            if want and want.replace("-", "").replace("_", "").lower() not in enc.replace("-", "").replace("_", "").lower():
                problems.append(f"{name}: decoded as {enc}, written as {want}")
        elif ext == ".xlsx":
            units, nums = units_xlsx(doc)
        else:
            problems.append(f"{name}: unknown format {ext}")
            continue
        nunits = [norm(u) for u in units]
        found = loose = 0
        for key, val in gold["figures"].items():
            total += 1
            unit = UNITS.get(key)
            if unit is None:
                problems.append(f"{name}: unknown key {key}")
                continue
            if unit in ("count", "persons") and not isinstance(val, int):
                problems.append(f"{name}: {key} must be int")
            e = ev["figures"].get(key)
            if not e:
                problems.append(f"{name}: {key} has no evidence entry")
                continue
            anchor = norm(e["anchor"])
            ok, how = False, "strict"
            if "phrase" in e:
                pv = phrase_value(e["phrase"], e["kind"])
                if pv is None or abs(pv - val) > 0.05:
                    problems.append(f"{name}: {key} phrase {e['phrase']!r} reads {pv}, gold {val}")
                    continue
                phr = norm(e["phrase"])
                pats = None
            else:
                pats = num_patterns(val, unit)
            tol = 0.05 if unit in ("percent", "rubles") else 1e-9
            for how in ("strict", "loose"):
                for i in range(len(nunits)):
                    for w in range(1, WINDOW + 1):
                        if i + w > len(nunits):
                            break
                        chunk = " ".join(nunits[i:i + w])
                        if anchor not in chunk:
                            continue
                        if pats is None:
                            ok = phr in chunk
                        elif how == "strict":
                            ok = bool(pats[0].search(chunk))
                            if not ok and nums is not None:
                                ok = any(abs(x - val) <= tol
                                         for j in range(i, i + w) for x in nums[j])
                        else:
                            ok = bool(pats[1].search(chunk))
                        if ok:
                            break
                    if ok:
                        break
                if ok or pats is None:
                    break
            if ok:
                found += 1
                loose += how == "loose"
            else:
                problems.append(f"{name}: {key}={val} not found near anchor {e['anchor']!r}")
        extra = f" ({loose} only in a space-aligned line)" if loose else ""
        print(f"{doc.name}{info}: {found}/{len(gold['figures'])} gold figures found{extra}")
    print(f"documents: {docs}, gold figures: {total}, problems: {len(problems)}")
    for p in problems:
        print("  PROBLEM:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
