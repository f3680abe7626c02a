"""Check every gold file of the batch (run from gen/ or anywhere):
exact field set, types, known figure keys, and each gold figure's written form (from
gen/forms/<stem>.json) occurring in the text the document's reader library returns."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BATCH = os.path.dirname(HERE)
DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
INT_KEYS = ({"organizations_total", "providers_registry", "programs_total", "programs_nok",
             "students_total", "students_ovz", "students_disabled", "certificates_issued",
             "certificates_active", "certificate_students", "new_places", "coverage_growth_children",
             "events_parents", "events_parents_reach", "events_students", "events_students_reach",
             "events_teachers", "events_teachers_reach", "teachers_pd_participants"}
            | {"programs_" + d for d in DIRS} | {"students_" + d for d in DIRS})
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as p:
            return "\n".join(pg.extract_text() or "" for pg in p.pages)
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as otext, teletype
        d = load(path)
        return "\n".join(teletype.extractText(e) for e in
                         d.getElementsByType(otext.P) + d.getElementsByType(otext.H))
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        return "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value is not None)
    if ext == "txt":
        raw = open(path, "rb").read()
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1251")
    raise ValueError("unknown format " + ext)


def norm(s):
    s = re.sub("[\u00a0\u2009\u202f]", " ", s)
    return re.sub(r"\s+", " ", s)


def main():
    problems = []
    golds = sorted(glob.glob(os.path.join(BATCH, "t8_*.gold.json")))
    for g in golds:
        stem = os.path.basename(g)[:-len(".gold.json")]
        docs = [p for p in glob.glob(os.path.join(BATCH, stem + ".*")) if not p.endswith(".gold.json")]
        if len(docs) != 1:
            problems.append(f"{stem}: expected one document, found {len(docs)}")
            continue
        doc = docs[0]
        try:
            gold = json.load(open(g, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{stem}: gold does not parse: {e}")
            continue
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append(f"{stem}: fields {sorted(gold)}")
            continue
        if gold["municipality"] is not None and not (isinstance(gold["municipality"], str) and gold["municipality"]):
            problems.append(f"{stem}: municipality must be a non-empty str or null")
        if not (isinstance(gold["region"], str) and gold["region"]):
            problems.append(f"{stem}: region must be a non-empty str")
        if not (isinstance(gold["year"], int) and not isinstance(gold["year"], bool) and 2015 <= gold["year"] <= 2030):
            problems.append(f"{stem}: bad year {gold['year']!r}")
        figs = gold["figures"]
        if not isinstance(figs, dict):
            problems.append(f"{stem}: figures not an object")
            continue
        if gold["municipality"] is None and figs:
            problems.append(f"{stem}: figures given without a municipality")
        for k, v in figs.items():
            if k in INT_KEYS:
                if not (isinstance(v, int) and not isinstance(v, bool)):
                    problems.append(f"{stem}: {k} should be int, got {v!r}")
            elif k in FLOAT_KEYS:
                if not isinstance(v, float):
                    problems.append(f"{stem}: {k} should be float, got {v!r}")
            else:
                problems.append(f"{stem}: unknown key {k}")
        text = norm(text_of(doc))
        if not text.strip():
            problems.append(f"{stem}: empty document text")
        if doc.endswith(".txt"):
            raw = open(doc, "rb").read()
            if "cp1251" in stem or "dorozhnaya_karta" in stem:
                try:
                    raw.decode("utf-8")
                    problems.append(f"{stem}: expected cp1251, decodes as utf-8")
                except UnicodeDecodeError:
                    pass
                if raw.count(b"\r\n") != raw.count(b"\n"):
                    problems.append(f"{stem}: expected CRLF line ends")
        fpath = os.path.join(HERE, "forms", stem + ".json")
        forms = json.load(open(fpath, encoding="utf-8")) if os.path.exists(fpath) else {}
        if set(forms) != set(figs):
            problems.append(f"{stem}: forms keys differ from figures keys")
        for k, form in forms.items():
            f = norm(form)
            if f not in text:
                problems.append(f"{stem}: {k}: written form {form!r} not in text")
            m = re.match(r"^(\d[\d ]*(?:,\d+)?)", f)
            if m and k in figs:
                num = float(m.group(1).replace(" ", "").replace(",", "."))
                if k.endswith("_pct") and num <= 1:
                    num *= 100
                if abs(num - figs[k]) > 0.05:
                    problems.append(f"{stem}: {k}: form {form!r} reads {num}, gold {figs[k]}")
    print(f"verify: {len(golds)} gold files, "
          f"{sum(len(json.load(open(g, encoding='utf-8'))['figures']) for g in golds)} figures, "
          f"{len(problems)} problems")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
