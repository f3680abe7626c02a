# -*- coding: utf-8 -*-
"""Check round 17: gold files parse and follow indicators.md, every gold figure's
written form (gen/evidence/*.json) occurs in the text the document's reader returns,
and evidence and gold agree.  Prints the problems and a final count line."""
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))
from build import CATALOGUE, FLOAT_KEYS  # noqa: E402

GAZ = HERE.parent.parent / "shared" / "gazetteer" / "oktmo_municipal_2019.csv"


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00ad", "")
    s = re.sub(r"[\u00a0\u202f\u2009\u2007\s]+", " ", s)
    return s.strip()


def text_docx(p):
    from docx import Document
    d = Document(str(p))
    parts = [par.text for par in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def text_pdf(p):
    import pdfplumber
    with pdfplumber.open(str(p)) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages)


def text_odt(p):
    from odf.opendocument import load
    from odf import text as T, teletype
    d = load(str(p))
    return "\n".join(teletype.extractText(e) for e in d.getElementsByType(T.P) + d.getElementsByType(T.H))


def gazetteer():
    subjects, stems = set(), set()
    with open(GAZ, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            subjects.add(row["subject"])
            stems.add(stem(row["name"]))
    return subjects, stems


def stem(name):
    s = name.lower().replace("ё", "е")
    for w in ("муниципальный район", "муниципальный округ", "городской округ", "город-курорт",
              "город", "район"):
        s = re.sub(r"(^|\s)" + w + r"(?=\s|$)", " ", s)
    return s.strip()


def main():
    problems = []
    subjects, stems = gazetteer()
    golds = sorted(HERE.glob("t2_*.gold.json"))
    nfig = 0
    for g in golds:
        name = g.name[: -len(".gold.json")]
        docs = [p for p in HERE.glob(name + ".*") if not p.name.endswith(".gold.json")]
        if len(docs) != 1:
            problems.append(f"{name}: expected one document, found {len(docs)}")
            continue
        doc = docs[0]
        try:
            gold = json.loads(g.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{g.name}: does not parse: {e}")
            continue
        if set(gold) != {"municipality", "region", "year", "figures"}:
            problems.append(f"{g.name}: fields {sorted(gold)}")
        if not isinstance(gold.get("municipality"), str) or stem(gold["municipality"]) not in stems:
            problems.append(f"{g.name}: municipality {gold.get('municipality')!r} not in gazetteer")
        if gold.get("region") not in subjects:
            problems.append(f"{g.name}: region {gold.get('region')!r} not a gazetteer subject")
        if not isinstance(gold.get("year"), int) or not 2015 <= gold["year"] <= 2030:
            problems.append(f"{g.name}: bad year {gold.get('year')!r}")
        figs = gold.get("figures", {})
        for k, v in figs.items():
            if k not in CATALOGUE:
                problems.append(f"{g.name}: unknown key {k}")
            elif k in FLOAT_KEYS and not isinstance(v, float):
                problems.append(f"{g.name}: {k} should be a decimal, is {v!r}")
            elif k not in FLOAT_KEYS and (not isinstance(v, int) or isinstance(v, bool)):
                problems.append(f"{g.name}: {k} should be an integer, is {v!r}")
        ev_path = HERE / "gen" / "evidence" / f"{name}.json"
        if not ev_path.exists():
            problems.append(f"{name}: no evidence file")
            continue
        ev = json.loads(ev_path.read_text(encoding="utf-8"))
        ext = doc.suffix.lower()
        if ext == ".txt":
            raw = doc.read_bytes()
            text = raw.decode(ev["encoding"])
            if ev["encoding"].lower() != "utf-8":
                try:
                    raw.decode("utf-8")
                    problems.append(f"{doc.name}: declared {ev['encoding']} but decodes as utf-8")
                except UnicodeDecodeError:
                    pass
            if ev["newline"] == "\r\n" and (b"\r\n" not in raw or raw.count(b"\n") != raw.count(b"\r\n")):
                problems.append(f"{doc.name}: not consistently CRLF")
        elif ext == ".docx":
            text = text_docx(doc)
        elif ext == ".pdf":
            text = text_pdf(doc)
        elif ext == ".odt":
            text = text_odt(doc)
        else:
            problems.append(f"{doc.name}: unknown format")
            continue
        ntext = norm(text)
        y = gold.get("year")
        if str(y) not in ntext:
            problems.append(f"{doc.name}: year {y} does not occur in the text")
        core = ev.get("name_in_text") or stem(gold.get("municipality", ""))[:5]
        if core.lower() not in ntext.lower().replace("ё", "е"):
            problems.append(f"{doc.name}: municipality stem {core!r} does not occur in the text")
        ev_keys = {}
        for f in ev["figures"]:
            ev_keys[f["key"]] = f["value"]
            if norm(f["written"]) not in ntext:
                problems.append(f"{doc.name}: {f['key']} written form {f['written']!r} not in extracted text")
        if ev_keys != figs:
            problems.append(f"{name}: evidence and gold figures differ")
        nfig += len(figs)
        print(f"{doc.name:45s} {len(figs):3d} figures, {len(ntext):6d} chars of text")
    for p in problems:
        print("PROBLEM:", p)
    print(f"verify: {len(golds)} documents, {nfig} gold figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
