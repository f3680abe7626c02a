"""Check every gold file of this batch: it parses, has the spec's fields and types, and every
gold figure's written form (gen/forms/NAME.json) occurs in the text extracted from its document.
Run from this folder: ../venv20/bin/python verify.py"""
import glob, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
COUNT = (["organizations_total", "providers_registry", "programs_total"] + ["programs_" + d for d in DIRS]
         + ["programs_nok", "students_total"] + ["students_" + d for d in DIRS]
         + ["coverage_growth_children", "students_ovz", "students_disabled", "certificates_issued",
            "certificates_active", "certificate_students", "new_places", "events_parents",
            "events_parents_reach", "events_students", "events_students_reach", "events_teachers",
            "events_teachers_reach", "teachers_pd_participants"])
DECIMAL = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub", "certificate_share_pct"]
KEYS = set(COUNT) | set(DECIMAL)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    s = s.replace("\u00ad", "")
    s = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", s)  # a hyphenated word wrapped at its hyphen
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            # also read column by column: split at vertical gutters found from word boxes
            words = pg.extract_words()
            W = int(pg.width) + 1
            cov = [0] * W
            for w in words:
                for x in range(int(w["x0"]), min(W, int(w["x1"]) + 1)):
                    cov[x] += 1
            xs = [int(w["x0"]) for w in words] + [int(w["x1"]) for w in words]
            if not xs:
                continue
            lo, hi = min(xs), max(xs)
            cuts, run = [], None
            thr = max(2, 0.1 * max(cov))
            for x in range(lo, hi):
                if cov[x] <= thr:
                    run = x if run is None else run
                else:
                    if run is not None and x - run >= 6:
                        cuts.append((run + x) / 2)
                    run = None
            edges = [0] + cuts + [pg.width]
            if len(edges) > 2:
                for a, b in zip(edges, edges[1:]):
                    parts.append(pg.crop((a, 0, b, pg.height)).extract_text() or "")
    return "\n".join(parts)


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def odt_text(path):
    from odf.opendocument import load
    from odf import text as T, teletype
    doc = load(path)
    out = [teletype.extractText(e) for e in doc.getElementsByType(T.P)]
    out += [teletype.extractText(e) for e in doc.getElementsByType(T.H)]
    return "\n".join(out)


def txt_text(path):
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


READ = {".pdf": pdf_text, ".docx": docx_text, ".odt": odt_text, ".txt": txt_text}
problems, nfig = [], 0
golds = sorted(glob.glob("t5_*.gold.json"))
for g in golds:
    name = g[:-len(".gold.json")]
    docs = [name + e for e in READ if os.path.exists(name + e)]
    if len(docs) != 1:
        problems.append(f"{name}: expected one document, found {docs}")
        continue
    try:
        gold = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        problems.append(f"{g}: does not parse: {e}")
        continue
    if set(gold) != {"municipality", "region", "year", "figures"}:
        problems.append(f"{g}: fields {sorted(gold)}")
    if not (gold.get("municipality") is None or isinstance(gold.get("municipality"), str)):
        problems.append(f"{g}: municipality type")
    if not isinstance(gold.get("region"), str) or not isinstance(gold.get("year"), int):
        problems.append(f"{g}: region/year type")
    figs = gold.get("figures", {})
    for k, v in figs.items():
        if k not in KEYS:
            problems.append(f"{g}: unknown key {k}")
        elif k in COUNT and not (isinstance(v, int) and not isinstance(v, bool)):
            problems.append(f"{g}: {k} must be int")
        elif k in DECIMAL and not isinstance(v, float):
            problems.append(f"{g}: {k} must be a decimal")
    forms = json.load(open(os.path.join("gen", "forms", name + ".json"), encoding="utf-8"))
    if set(forms) != set(figs):
        problems.append(f"{name}: forms/figures keys differ: {set(forms) ^ set(figs)}")
    text = norm(READ[os.path.splitext(docs[0])[1]](docs[0]))
    for k, form in forms.items():
        nfig += 1
        if norm(form) not in text:
            problems.append(f"{name}: {k}={figs.get(k)} written form {form!r} not found in text")
    # the written form must carry the gold value (digits or a word form checked by hand)
    for k, form in forms.items():
        m = re.search(r"\d[\d \u00a0]*(?:,\d+)?", form)
        digits = re.sub(r"[^\d,]", "", m.group(0)) if m else ""
        v = figs.get(k)
        if digits and v is not None:
            cand = digits.replace(",", ".")
            try:
                num = float(cand.strip("."))
            except ValueError:
                continue
            ok = abs(num - v) < 0.051 or abs(num * 1000 - v) < 0.5 or abs(num * 100 - v) < 0.051
            if not ok:
                problems.append(f"{name}: {k}={v} but written form {form!r} says {num}")

# layout checks promised by the README
import pdfplumber
with pdfplumber.open("t5_01_belovo_slides.pdf") as p:
    if not all(pg.width > pg.height for pg in p.pages):
        problems.append("t5_01: slide pages are not landscape")
with pdfplumber.open("t5_04_novocherkassk_newsletter3col.pdf") as p:
    pg = p.pages[0]
    body = [w for w in pg.extract_words() if w["top"] > 90]
    starts = sorted({round(w["x0"] / 10) * 10 for w in body})
    # a genuine 3-column page has word boxes that never cross two gutters
    W = pg.width
    gut = [x for x in range(int(W)) if not any(w["x0"] <= x <= w["x1"] for w in body)]
    inner = [x for x in gut if 80 < x < W - 80]
    groups = []
    for x in inner:
        if groups and x - groups[-1][-1] <= 1:
            groups[-1].append(x)
        else:
            groups.append([x])
    if len([gr for gr in groups if len(gr) >= 6]) < 2:
        problems.append("t5_04: no two vertical gutters found: not a 3-column page")

for pr in problems:
    print("PROBLEM", pr)
print(f"verify: {len(golds)} gold files, {nfig} gold figures checked, {len(problems)} problems")
sys.exit(1 if problems else 0)
