"""Check the round25 batch: gold format, catalogue keys, types, and that each gold
figure's written form (EVIDENCE in gen/dNN.py) occurs in the document text as read by
python-docx / pdfplumber (whole page and per-column crops) / odfpy / the txt encoding."""
import glob
import importlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
INT_KEYS = (["organizations_total", "providers_registry", "programs_total"]
            + ["programs_" + d for d in DIRS]
            + ["programs_nok", "students_total"] + ["students_" + d for d in DIRS]
            + ["coverage_growth_children", "students_ovz", "students_disabled",
               "certificates_issued", "certificates_active", "certificate_students",
               "new_places", "events_parents", "events_parents_reach", "events_students",
               "events_students_reach", "events_teachers", "events_teachers_reach",
               "teachers_pd_participants"])
FLOAT_KEYS = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub",
              "certificate_share_pct"]
WORDS = {"одно": 1, "одна": 1, "две": 2, "два": 2, "три": 3, "пять": 5, "пяти": 5, "шесть": 6,
         "семь": 7, "восемь": 8, "девять": 9, "двенадцать": 12, "четырнадцать": 14,
         "девятнадцать": 19}


def norm(t):
    t = t.replace("\u00ad", "").replace("\r", "")
    t = re.sub(r"(\w)-\n(\w)", r"\1\2", t)
    t = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", t)
    return t


def texts(path, mod):
    ext = path.rsplit(".", 1)[1]
    out = []
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out.append("\n".join(p.text for p in d.paragraphs))   # running text only
        cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
        out.append("\n".join(cells))
    elif ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            whole = []
            for pg in pdf.pages:
                whole.append(pg.extract_text() or "")
                strips = []
                for n in (2, 3):
                    w = pg.width / n
                    strips += [(i * w, (i + 1) * w) for i in range(n)]
                for x0, x1 in (getattr(mod, "COLUMNS", None) or []) + strips:
                    out.append(pg.crop((max(0, x0 - 2), 0, min(pg.width, x1 + 2),
                                        pg.height)).extract_text() or "")
            out.insert(0, "\n".join(whole))
    elif ext == "odt":
        from odf.opendocument import load
        from odf import text as otext, teletype
        d = load(path)
        out.append("\n".join(teletype.extractText(e) for tag in (otext.H, otext.P)
                             for e in d.getElementsByType(tag)))
    elif ext == "txt":
        with open(path, "rb") as f:
            out.append(f.read().decode(getattr(mod, "ENCODING", "utf-8")))
    return [norm(t) for t in out]


def parse_values(ev, key):
    vals = []
    for w, n in WORDS.items():
        if re.search(r"\b" + w + r"\b", ev.lower()):
            vals.append(float(n))
    for m in re.finditer(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", ev):
        s = m.group(0)
        v = float(re.sub(r"[ \u00a0\u202f]", "", s).replace(",", "."))
        if re.match(r"\s*тыс", ev[m.end():]):
            v *= 1000
        if key.endswith("_pct") and v < 1:
            v *= 100
        vals.append(v)
    return vals


def main():
    problems = []
    ngold = nfig = 0
    for gp in sorted(glob.glob(os.path.join(HERE, "gen", "d[0-9][0-9].py"))):
        mod = importlib.import_module(os.path.basename(gp)[:-3])
        doc = os.path.join(HERE, mod.STEM + "." + mod.EXT)
        gold_path = os.path.join(HERE, mod.STEM + ".gold.json")
        tag = os.path.basename(doc)
        if not os.path.exists(doc):
            problems.append(f"{tag}: document missing")
            continue
        try:
            with open(gold_path, encoding="utf-8") as f:
                g = json.load(f)
        except Exception as e:   # noqa
            problems.append(f"{tag}: gold does not parse: {e}")
            continue
        ngold += 1
        if list(g.keys()) != ["municipality", "region", "year", "figures"]:
            problems.append(f"{tag}: gold fields {list(g.keys())}")
        if not isinstance(g.get("municipality"), str) or not isinstance(g.get("region"), str):
            problems.append(f"{tag}: municipality/region not str")
        if type(g.get("year")) is not int:
            problems.append(f"{tag}: year not int")
        figs = g.get("figures", {})
        if g != mod.GOLD:
            problems.append(f"{tag}: gold file differs from generator GOLD")
        for k, v in figs.items():
            nfig += 1
            if k in INT_KEYS:
                if type(v) is not int:
                    problems.append(f"{tag}: {k} should be int")
            elif k in FLOAT_KEYS:
                if type(v) is not float:
                    problems.append(f"{tag}: {k} should be float")
            else:
                problems.append(f"{tag}: unknown key {k}")
        if set(figs) != set(mod.EVIDENCE):
            problems.append(f"{tag}: evidence keys != gold keys: "
                            f"{sorted(set(figs) ^ set(mod.EVIDENCE))}")
        tx = texts(doc, mod)
        for k, ev in mod.EVIDENCE.items():
            e = norm(ev)
            if not any(e in t for t in tx):
                problems.append(f"{tag}: {k}: written form «{ev}» not found in text")
            if k in figs:
                vals = parse_values(ev, k)
                if not any(abs(x - figs[k]) < 0.05 for x in vals):
                    problems.append(f"{tag}: {k}: written form «{ev}» does not give {figs[k]}")
    for p in problems:
        print("PROBLEM", p)
    print(f"verify: {ngold} documents, {nfig} gold figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
