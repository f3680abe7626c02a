"""Check that every gold value of the round-3 batch can be found in the text of
its document as a reader library returns it:
  docx  - python-docx paragraphs + table cells (+ headers/footers)
  pdf   - pdfplumber page text
  odt   - content.xml text (paragraphs, table cells, text:s spaces)
  txt   - decoded bytes (utf-8 / utf-8-sig / cp1251)
  xlsx  - openpyxl data_only cell values of VISIBLE sheets and VISIBLE rows
Also checks that the identity (municipality stem, year) is present, that
sums of directions are consistent with the gold, and that no machine path
leaks into a document.  Exit code 1 when anything is missing."""
import glob
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PCT = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct"}
RUB = {"certificate_nominal_rub"}
WORDS = {1: "один", 2: "два", 3: "три", 4: "четыре", 5: "пять", 6: "шесть",
         7: "семь", 8: "восемь", 9: "девять", 10: "десять"}
WORD_FORMS = {4: ["четыре", "четырёх", "четырех"], 5: ["пять", "пяти"],
              9: ["девять", "девяти"], 3: ["три", "трёх", "трех"]}


# ------------------------------------------------------------ readers
def read_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    if c._tc in seen:
                        continue
                    seen.append(c._tc)
                    out.append(c.text)
                    walk_tables(c.tables)
    out += [p.text for p in d.paragraphs]
    walk_tables(d.tables)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs]
        out += [p.text for p in s.footer.paragraphs]
    return "\n".join(out)


def read_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as p:
        return "\n".join((pg.extract_text() or "") for pg in p.pages)


def read_odt(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("content.xml").decode("utf-8")
    xml = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)),
                 xml)
    xml = xml.replace("<text:s/>", " ").replace("<text:tab/>", "\t")
    xml = xml.replace("<text:line-break/>", "\n")
    xml = re.sub(r"</text:(p|h)>", "\n", xml)
    xml = xml.replace("</table:table-cell>", " | ")
    txt = re.sub(r"<[^>]+>", "", xml)
    import html
    return html.unescape(txt)


def read_txt(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValueError("cannot decode " + path)


def read_xlsx(path):
    """Returns (text, numeric cells) of visible sheets / visible rows."""
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    texts, nums = [], []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for c in row:
                if ws.row_dimensions[c.row].hidden:
                    continue
                v = c.value
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    nums.append((ws.title, c.coordinate, v, c.number_format))
                texts.append(str(v))
    return "\n".join(texts), nums


# ------------------------------------------------------------ matching
def norm(t):
    for ch in "\u00a0\u2009\u202f\u2007":
        t = t.replace(ch, " ")
    return re.sub(r"[ \t]+", " ", t)


def grp(i, sep=" "):
    return f"{int(i):,}".replace(",", sep)


def fmt_dec(v, places, sep=" "):
    s = f"{v:,.{places}f}".replace(",", "\x00").replace(".", ",")
    return s.replace("\x00", sep)


def candidates(key, v):
    c = set()
    if key in PCT:
        for p in (1, 2):
            c.add(fmt_dec(v, p))
            c.add(f"{v:.{p}f}")
        if float(v).is_integer():
            c.add(str(int(v)))
        c.add(fmt_dec(v / 100.0, 3))     # a share as a fraction 0,812
        c.add(fmt_dec(v / 100.0, 2))
    elif key in RUB:
        for sep in (" ", ""):
            c.add(fmt_dec(v, 2, sep))
            if float(v).is_integer():
                c.add(grp(v, sep))
        c.add(fmt_dec(v / 1000.0, 2))    # тыс. руб.
    else:
        v = int(v)
        c.add(str(v))
        c.add(grp(v))
        if v >= 1000:
            for p in (1, 2, 3):
                t = v / 1000.0
                if round(t, p) == t:
                    c.add(fmt_dec(t, p))  # тыс. чел.
        for w in WORD_FORMS.get(v, [WORDS[v]] if v in WORDS else []):
            c.add(w)
    return c


def found_in_text(text, key, v):
    for cand in sorted(candidates(key, v), key=len, reverse=True):
        pat = r"(?<![\d,.])" + re.escape(cand) + r"(?![\d]|,\d)"
        if cand.isalpha():
            pat = r"\b" + re.escape(cand) + r"\b"
        m = re.search(pat, text, flags=re.I)
        if m:
            return cand
    return None


def found_in_cells(nums, key, v):
    for sheet, coord, x, fmt in nums:
        if key in PCT:
            if "%" in fmt and abs(x * 100 - v) < 0.05:
                return f"{sheet}!{coord}={x} ({fmt})"
            if "%" not in fmt and abs(x - v) < 0.05:
                return f"{sheet}!{coord}={x}"
        elif key in RUB:
            if abs(x - v) < 0.005:
                return f"{sheet}!{coord}={x}"
        elif x == v:
            return f"{sheet}!{coord}={x}"
    return None


def consistency(g):
    f = g["figures"]
    errs = []
    dirs = ["art", "sport", "social", "science", "tech", "tourism"]
    pp = [f.get("programs_" + k) for k in dirs]
    if all(x is not None for x in pp) and "programs_total" in f:
        if sum(pp) != f["programs_total"]:
            errs.append(f"programs directions {sum(pp)} != total "
                        f"{f['programs_total']}")
    return errs


def main():
    docs = sorted(p for p in glob.glob(os.path.join(HERE, "r3_*.*"))
                  if not p.endswith(".gold.json"))
    total, missing = 0, 0
    for path in docs:
        name, ext = os.path.splitext(os.path.basename(path))
        gp = os.path.join(HERE, name + ".gold.json")
        if not os.path.exists(gp):
            print(f"!! no gold for {name}{ext}")
            missing += 1
            continue
        g = json.load(open(gp, encoding="utf-8"))
        nums = []
        if ext == ".docx":
            text = read_docx(path)
        elif ext == ".pdf":
            text = read_pdf(path)
        elif ext == ".odt":
            text = read_odt(path)
        elif ext == ".txt":
            text = read_txt(path)
        elif ext == ".xlsx":
            text, nums = read_xlsx(path)
        else:
            print("?? unknown format", path)
            continue
        text = norm(text)
        probs = []
        for bad in ("/work", "/tmp", "/home", "C:\\"):
            if bad in text:
                probs.append(f"machine path {bad!r} in text")
        stem = re.sub(r"^(город|городской округ)\s+", "", g["municipality"])
        stem = stem.split()[0][:6]
        if stem.lower() not in text.lower():
            probs.append(f"municipality stem {stem!r} not in text")
        if str(g["year"]) not in text:
            probs.append(f"year {g['year']} not in text")
        cons = consistency(g)
        missing += len(cons)
        probs += cons
        for key, v in g["figures"].items():
            total += 1
            hit = found_in_text(text, key, v)
            if not hit and nums:
                hit = found_in_cells(nums, key, v)
            if not hit:
                probs.append(f"{key}={v} NOT FOUND")
                missing += 1
        status = "OK " if not probs else "BAD"
        print(f"{status} {name}{ext}: {len(g['figures'])} figures, "
              f"{g['municipality']} / {g['region']} / {g['year']}")
        for p in probs:
            print("     -", p)
    print(f"\n{len(docs)} documents, {total} gold figures, {missing} problems")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
