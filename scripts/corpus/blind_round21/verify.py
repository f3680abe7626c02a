"""Check every gold file of round21: it parses, has the spec's fields, and each gold
figure's written form (gen/forms/NAME.forms.json) appears in the document's extracted text."""
import json, os, re, sys, glob, zipfile
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = set("""organizations_total providers_registry programs_total programs_art programs_sport
programs_social programs_science programs_tech programs_tourism programs_nok students_total
students_art students_sport students_social students_science students_tech students_tourism
coverage_pct coverage_growth_children coverage_growth_pct students_ovz students_disabled
certificate_nominal_rub certificates_issued certificates_active certificate_students
certificate_share_pct new_places events_parents events_parents_reach events_students
events_students_reach events_teachers events_teachers_reach teachers_pd_participants""".split())
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"[\s\u00a0\u202f\u2009]+", " ", s)
    return s.lower().replace("ё", "е")


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        raw = open(path, "rb").read()
        try:
            return [raw.decode("utf-8")]
        except UnicodeDecodeError:
            return [raw.decode("cp1251")]
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return ["\n".join(parts)]
    if ext == "odt":
        from odf.opendocument import load
        from odf import teletype, text as odftext
        d = load(path)
        parts = [teletype.extractText(e) for e in d.getElementsByType(odftext.P)]
        parts += [teletype.extractText(e) for e in d.getElementsByType(odftext.H)]
        return ["\n".join(parts)]
    if ext == "pdf":
        import pdfplumber
        out, cols = [], []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                out.append(pg.extract_text() or "")
                # also per-column crops, so that a phrase in one column is not interleaved
                for n in (2, 3):
                    w = pg.width / n
                    for i in range(n):
                        cols.append(pg.crop((i * w, 0, min((i + 1) * w, pg.width), pg.height), strict=False).extract_text() or "")
        return ["\n".join(out), "\n".join(cols)]
    raise ValueError(ext)


problems, nfig, ndocs = 0, 0, 0
for g in sorted(glob.glob(os.path.join(HERE, "t6_*.gold.json"))):
    name = os.path.basename(g)[:-len(".gold.json")]
    docs = [p for p in glob.glob(os.path.join(HERE, name + ".*")) if not p.endswith(".gold.json")]
    if len(docs) != 1:
        print(f"PROBLEM {name}: {len(docs)} documents"); problems += 1; continue
    ndocs += 1
    try:
        gd = json.load(open(g, encoding="utf-8"))
    except Exception as e:
        print(f"PROBLEM {name}: gold does not parse: {e}"); problems += 1; continue
    if set(gd) != {"municipality", "region", "year", "figures"}:
        print(f"PROBLEM {name}: fields {sorted(gd)}"); problems += 1
    if not (gd.get("municipality") is None or isinstance(gd.get("municipality"), str)) or not isinstance(gd.get("region"), str) or not isinstance(gd.get("year"), int):
        print(f"PROBLEM {name}: identity types"); problems += 1
    figs = gd.get("figures", {})
    forms = json.load(open(os.path.join(HERE, "gen", "forms", name + ".forms.json"), encoding="utf-8"))
    texts = [norm(t) for t in text_of(docs[0])]
    if set(forms) != set(figs):
        print(f"PROBLEM {name}: forms/figures key mismatch"); problems += 1
    for k, v in figs.items():
        nfig += 1
        if k not in KEYS:
            print(f"PROBLEM {name}: unknown key {k}"); problems += 1
        if k in FLOAT_KEYS:
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                print(f"PROBLEM {name}: {k} not a number"); problems += 1
        elif not isinstance(v, int) or isinstance(v, bool):
            print(f"PROBLEM {name}: {k} not an integer"); problems += 1
        f = norm(forms.get(k, ""))
        if not f or not any(f in t for t in texts):
            print(f"PROBLEM {name}: {k}={v} written form {forms.get(k)!r} not found"); problems += 1
print(f"verify: {ndocs} documents, {nfig} gold figures, {problems} problems")
sys.exit(1 if problems else 0)
