# -*- coding: utf-8 -*-
"""Check batch text1: every gold figure is written in the document text (read back with the
document's reader library) with an anchor word on the same line or in the same sentence;
keys/types follow indicators.md; municipalities are in the gazetteer and not already used."""
import csv, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from markup import all_docs, basename, figures_of, KEYS, FLOAT_KEYS  # noqa: E402

OUT = os.path.dirname(HERE)
SHARED = os.environ.get("SHARED", os.path.join(OUT, "..", "..", "shared"))
USED = os.environ.get("USED", os.path.join(OUT, "..", "used_municipalities.txt"))

ANCH = {
    "organizations_total": "организац|учрежден", "providers_registry": "реестр|поставщик",
    "programs": "программ|доп", "programs_nok": "заключен|нок|оценк",
    "students": "обуча|занима|дет|ребён|ребят|охвач|чел|повторного сч",
    "coverage_pct": "охват|доля|процент|%", "coverage_growth_children": "прирост|больше|вырос|увелич|прибавил",
    "coverage_growth_pct": "прирост|вырос|увелич", "students_ovz": "овз|ограничен",
    "students_disabled": "инвалид", "certificate_nominal_rub": "номинал|стоит",
    "certificates_issued": "выдан|получил", "certificates_active": "актив|использ",
    "certificate_students": "сертификат|пфдо", "certificate_share_pct": "доля|%|процент",
    "new_places": "мест", "events": "мероприят|семинар|встреч|собран|консультац",
    "reach": "охват|участ|чел|посетил|пришл", "teachers_pd_participants": "педагог",
}
DIRW = {"art": "художеств", "sport": "спорт", "social": "социальн|гуманитар|педагогич", "science": "естеств",
        "tech": "техническ", "tourism": "турист|краевед"}
HEDGE = re.compile(r"(более|около|свыше|почти|порядка|не менее|примерно)\s*$", re.I)


def anchors(key):
    if key in ANCH:
        return ANCH[key]
    if key.startswith("events_"):
        return ANCH["reach"] if key.endswith("_reach") else ANCH["events"]
    for pre in ("programs_", "students_"):
        if key == pre + "total":
            return ANCH[pre[:-1]]
        if key.startswith(pre):
            return ANCH[pre[:-1]] + "|" + DIRW[key[len(pre):]]
    raise KeyError(key)


def read_text(path, doc):
    fmt = doc["fmt"]
    if fmt == "txt":
        raw = open(path, "rb").read()
        if doc["enc"] == "cp1251":
            assert b"\r\n" in raw and raw.count(b"\n") == raw.count(b"\r\n"), "not CRLF"
            try:
                raw.decode("utf-8")
                raise AssertionError("cp1251 file decodes as utf-8")
            except UnicodeDecodeError:
                pass
        return raw.decode(doc["enc"]).replace("\r\n", "\n")
    if fmt == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if fmt == "odt":
        from odf.opendocument import load
        from odf import text as T, teletype
        od = load(path)
        parts = [teletype.extractText(p) for p in od.getElementsByType(T.P)]
        parts += [teletype.extractText(h) for h in od.getElementsByType(T.H)]
        return "\n".join(parts)
    if fmt == "pdf":
        import pdfplumber
        parts = []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                if doc.get("kind") == "twocol":  # read each column separately as well
                    w, h = pg.width, pg.height
                    # full-width lines (masthead) cross the middle; columns start below them
                    top = max([x["bottom"] for x in pg.extract_words() if x["x0"] < w / 2 < x["x1"]] or [0])
                    parts.append(pg.crop((0, 0, w, top)).extract_text() or "" if top else "")
                    parts.append((pg.crop((0, top, w / 2, h)).extract_text() or "") + "\n"
                                 + (pg.crop((w / 2, top, w, h)).extract_text() or ""))
        return "\n".join(parts)
    raise ValueError(fmt)


def norm(s):
    return re.sub(r"[ \t\u00a0\u202f\u2009]+", " ", s)


def num_re(written):
    w = re.escape(norm(written)).replace(r"\ ", " ")
    w = w.replace(" ", r"\s?")
    if re.match(r"^\d", written) or re.match(r"^\+?\d", written):
        return re.compile(r"(?<![\d,])" + w + r"(?![\d]|,\d|\s\d{3}(?!\d))")
    return re.compile(r"(?<!\w)" + w + r"(?!\w)", re.I)


def units(text):
    """lines, and sentences over joined lines."""
    lines = [l for l in text.split("\n")]
    joined = " ".join(l.strip() for l in lines)
    sents = re.split(r"(?<=[.!?;])\s+(?=[«\"(—–А-ЯЁA-Z0-9•-])", joined)
    return lines + sents


def gazetteer():
    rows = list(csv.DictReader(open(os.path.join(SHARED, "gazetteer", "oktmo_municipal_2019.csv"), encoding="utf-8")))
    out = {}
    for r in rows:
        name, kind, subj = r["name"], r["kind"], r["subject"]
        forms = {name}
        if name.endswith(" муниципальный район"):
            forms.add(name.replace(" муниципальный район", " район"))
        if kind == "городской округ" and not name.startswith("город"):
            forms |= {name + " городской округ", "городской округ " + name}
        for f in forms:
            out[f] = subj
    return out


def core(name):
    return re.sub(r"\b(город|городской|округ|муниципальный|район|округ)\b", "", name).strip().lower()


def main():
    problems, nfig, ntext, ndocs = [], 0, 0, 0
    gaz = gazetteer()
    used = [l.strip() for l in open(USED, encoding="utf-8") if l.strip()]
    used_core = {core(u) for u in used}
    regions, munis = set(), set()
    for doc in all_docs():
        base = basename(doc)
        path = os.path.join(OUT, base + "." + doc["fmt"])
        gpath = os.path.join(OUT, base + ".gold.json")
        ndocs += 1
        if not os.path.exists(path) or not os.path.exists(gpath):
            problems.append(base + ": missing file")
            continue
        g = json.load(open(gpath, encoding="utf-8"))
        if set(g) != {"municipality", "region", "year", "figures"}:
            problems.append(base + ": gold top-level keys")
        if not isinstance(g["year"], int) or g["year"] not in (2024, 2025):
            problems.append(base + ": year")
        m = g["municipality"]
        if gaz.get(m) != g["region"]:
            problems.append(base + ": municipality/region not in gazetteer: %s / %s" % (m, g["region"]))
        if m in used or core(m) in used_core:
            problems.append(base + ": municipality already used: " + m)
        if m in munis or g["region"] in regions:
            problems.append(base + ": municipality or region repeated in batch")
        munis.add(m); regions.add(g["region"])
        figs = g["figures"]
        if not 20 <= len(figs) <= 35:
            problems.append(base + ": %d figures" % len(figs))
        if list(figs) != [k for k in KEYS if k in figs]:
            problems.append(base + ": keys unknown or out of catalogue order")
        for k, v in figs.items():
            want = float if k in FLOAT_KEYS else int
            if type(v) is not want:
                problems.append("%s: %s has type %s" % (base, k, type(v).__name__))
        text = read_text(path, doc)
        us = [norm(u) for u in units(text)]
        recs = {f["key"]: f for f in figures_of(doc)}
        if set(recs) != set(figs):
            problems.append(base + ": gold keys differ from marked figures")
        for k, v in figs.items():
            nfig += 1
            f = recs[k]
            if f["value"] != v:
                problems.append("%s: %s gold %r != marked %r" % (base, k, v, f["value"]))
            if not f["explicit"]:
                s = norm(f["written"]).replace(" ", "").replace("%", "").replace(",", ".")
                if (float(s) if k in FLOAT_KEYS else int(s)) != v:
                    problems.append("%s: %s written %r != %r" % (base, k, f["written"], v))
            rx, an = num_re(f["written"]), re.compile(anchors(k), re.I)
            ok = hedged = False
            for u in us:
                for mm in rx.finditer(u):
                    if HEDGE.search(u[:mm.start()]):
                        hedged = True
                        continue
                    if an.search(u):
                        ok = True
            if not ok:
                problems.append("%s: %s %r not found with anchor%s" % (base, k, f["written"],
                                                                     " (only hedged)" if hedged else ""))
            if not f["in_table"]:
                ntext += 1
    for p in problems:
        print("PROBLEM", p)
    pct = 100.0 * ntext / nfig if nfig else 0
    print("verify: %d documents, %d figures (%.0f %% in text), %d problems" % (ndocs, nfig, pct, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
