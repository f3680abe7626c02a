"""Check the round-19 batch: gold files, and every gold figure's written form in the extracted text.

Usage: python verify.py   (run from this folder or anywhere; paths are relative to this file)
"""
import glob, json, os, re, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = ["art", "sport", "social", "science", "tech", "tourism"]
COUNT = (["organizations_total", "providers_registry", "programs_total"] + [f"programs_{d}" for d in DIRS] +
         ["programs_nok", "students_total"] + [f"students_{d}" for d in DIRS] +
         ["coverage_growth_children", "students_ovz", "students_disabled", "certificates_issued",
          "certificates_active", "certificate_students", "new_places", "events_parents", "events_parents_reach",
          "events_students", "events_students_reach", "events_teachers", "events_teachers_reach",
          "teachers_pd_participants"])
DEC = ["coverage_pct", "coverage_growth_pct", "certificate_nominal_rub", "certificate_share_pct"]
KEYS = set(COUNT) | set(DEC)

UNITS = {"один": 1, "одна": 1, "одно": 1, "одного": 1, "одной": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трёх": 3,
         "трех": 3, "четыре": 4, "четырёх": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
         "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "одиннадцать": 11,
         "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16,
         "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30,
         "тридцати": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
         "девяносто": 90, "сто": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600,
         "семьсот": 700, "восемьсот": 800, "девятьсот": 900}
THOUSAND = {"тысяча", "тысячи", "тысяч", "тысячу"}


def words_to_int(s):
    total, cur = 0, 0
    for w in s.lower().replace("ё", "ё").split():
        if w in THOUSAND:
            total += (cur or 1) * 1000
            cur = 0
        elif w in UNITS:
            cur += UNITS[w]
        else:
            raise ValueError(f"unknown number word {w!r}")
    return total + cur


def parse_form(form, key):
    f = form.replace("\u00a0", " ").replace("\u202f", " ").strip()
    m = re.fullmatch(r"([\d ]+) рубл\w* (\d\d) копе\w*", f)
    if m:
        v = int(m.group(1).replace(" ", "")) + int(m.group(2)) / 100
    elif not re.search(r"\d", f):
        v = words_to_int(f)
    else:
        mult = 1
        if re.search(r"тыс\.?$", f):
            mult, f = 1000, re.sub(r"\s*тыс\.?$", "", f)
        if not re.fullmatch(r"\d{1,3}( \d{3})*(,\d+)?|\d+(,\d+)?", f):
            raise ValueError(f"unparsable form {form!r}")
        v = float(f.replace(" ", "").replace(",", ".")) * mult
    if key.endswith("_pct") and v < 1:
        v *= 100
    return v


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    return re.sub(r"\s+", " ", s).casefold()


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "txt":
        raw = open(path, "rb").read()
        try:
            return raw.decode("utf-8"), "utf-8" + (" CRLF" if b"\r\n" in raw else "")
        except UnicodeDecodeError:
            return raw.decode("cp1251"), "cp1251" + (" CRLF" if b"\r\n" in raw else "")
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts), "docx"
    if ext == "pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages), f"pdf {len(pdf.pages)}p"
    if ext == "odt":
        from odf.opendocument import load
        from odf import text as odftext, teletype
        d = load(path)
        parts = [teletype.extractText(e) for e in d.getElementsByType(odftext.P)]
        parts += [teletype.extractText(e) for e in d.getElementsByType(odftext.H)]
        return "\n".join(parts), "odt"
    raise ValueError(ext)


def pdf_layout(path):
    """(landscape?, number of column bands that hold text on page 1)"""
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        pg = pdf.pages[0]
        words = [w for w in pg.extract_words() if w["top"] > pg.height * 0.2]
        width = pg.width
        # a band is 'used' if many words start inside it and none of the lines run across the band borders
        bands = [0, 0, 0]
        crossing = 0
        for w in words:
            bands[min(2, int(w["x0"] / (width / 3)))] += 1
            for b in (width / 3, 2 * width / 3):
                if w["x0"] < b - 6 < b + 6 < w["x1"]:
                    crossing += 1
        return pg.width > pg.height, sum(1 for b in bands if b >= 20), crossing


def main():
    problems, nfig, nfiles = [], 0, 0
    golds = sorted(glob.glob(os.path.join(HERE, "t4_*.gold.json")))
    for g in golds:
        stem = os.path.basename(g)[:-len(".gold.json")]
        docs = [p for p in glob.glob(os.path.join(HERE, stem + ".*")) if not p.endswith(".gold.json")]
        if len(docs) != 1:
            problems.append(f"{stem}: expected one document, found {docs}")
            continue
        nfiles += 1
        try:
            gold = json.load(open(g, encoding="utf-8"))
        except Exception as e:
            problems.append(f"{stem}: gold does not parse: {e}")
            continue
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append(f"{stem}: gold fields {sorted(gold)}")
        if not (gold.get("municipality") is None or isinstance(gold.get("municipality"), str)):
            problems.append(f"{stem}: municipality type")
        if not isinstance(gold.get("region"), str) or not gold["region"]:
            problems.append(f"{stem}: region missing")
        if not isinstance(gold.get("year"), int) or not 2015 <= gold["year"] <= 2030:
            problems.append(f"{stem}: year {gold.get('year')!r}")
        figs = gold.get("figures", {})
        for k, v in figs.items():
            if k not in KEYS:
                problems.append(f"{stem}: unknown key {k}")
            elif k in COUNT and not (isinstance(v, int) and not isinstance(v, bool)):
                problems.append(f"{stem}: {k} must be an integer, is {v!r}")
            elif k in DEC and not isinstance(v, (int, float)):
                problems.append(f"{stem}: {k} must be a number, is {v!r}")
        forms = json.load(open(os.path.join(HERE, "gen", "forms", stem + ".forms.json"), encoding="utf-8"))
        if set(forms) != set(figs):
            problems.append(f"{stem}: forms/gold key mismatch {sorted(set(forms) ^ set(figs))}")
        text, how = text_of(docs[0])
        nt = norm(text)
        if "⟦" in text or "⟧" in text:
            problems.append(f"{stem}: marker left in text")
        if gold.get("municipality") and False:
            pass
        for k, form in forms.items():
            nfig += 1
            if norm(form) not in nt:
                problems.append(f"{stem}: {k}: form {form!r} not in extracted text")
            try:
                v = parse_form(form, k)
            except ValueError as e:
                problems.append(f"{stem}: {k}: {e}")
                continue
            if k in figs and abs(v - figs[k]) > 0.05:
                problems.append(f"{stem}: {k}: form {form!r} reads {v}, gold {figs[k]}")
        extra = ""
        if docs[0].endswith(".pdf"):
            land, nb, cross = pdf_layout(docs[0])
            extra = f" landscape={land} column_bands={nb} crossing_words={cross}"
            if "slides" in stem and not land:
                problems.append(f"{stem}: slide deck is not landscape")
            if "3col" in stem and (nb < 3 or cross > 0):
                problems.append(f"{stem}: not a genuine 3-column page (bands={nb}, crossing={cross})")
        if docs[0].endswith(".txt") and "cp1251" in how and "CRLF" not in how:
            problems.append(f"{stem}: cp1251 file without CRLF")
        print(f"{os.path.basename(docs[0]):45s} {how:12s} {len(figs):3d} figures  {gold.get('municipality')} / {gold.get('year')}{extra}")
    for p in problems:
        print("PROBLEM:", p)
    print(f"verify: {nfiles} documents, {nfig} gold figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
