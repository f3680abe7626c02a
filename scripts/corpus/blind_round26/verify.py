"""Check the round-26 batch: gold files well formed, each gold figure's written
form present in the text that the document's reader library returns."""
import email
import json
import re
import sys
from email import policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))
from common import KNOWN, FLOAT_KEYS  # noqa: E402

FIELDS = {"municipality", "region", "year", "figures"}


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"[\u00a0\u2009\u202f\u2007\s]+", " ", s)
    return s.lower()


def read_pdf(p):
    import pdfplumber
    texts = []
    with pdfplumber.open(p) as pdf:
        for page in pdf.pages:
            texts.append(page.extract_text() or "")
            for n in (2, 3):
                w = page.width / n
                cols = []
                for i in range(n):
                    crop = page.crop((i * w, 0, (i + 1) * w, page.height))
                    cols.append(crop.extract_text() or "")
                texts.append("\n".join(cols))
    return texts


def read_docx(p):
    import docx
    d = docx.Document(str(p))
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return ["\n".join(parts)]


def read_odt(p):
    from odf.opendocument import load
    from odf import text, teletype
    d = load(str(p))
    parts = [teletype.extractText(e) for e in d.getElementsByType(text.P)]
    parts += [teletype.extractText(e) for e in d.getElementsByType(text.H)]
    return ["\n".join(parts)]


def read_txt(p):
    raw = p.read_bytes()
    try:
        return [raw.decode("utf-8")]
    except UnicodeDecodeError:
        return [raw.decode("cp1251")]


def read_eml(p):
    msg = email.message_from_bytes(p.read_bytes(), policy=policy.default)
    parts = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            parts.append(part.get_content())
    return ["\n".join(parts)]


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, a):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in ("p", "br", "li", "div", "tr", "h1", "h2", "h3", "td"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def read_html(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return ["".join(h.out)]


def read_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return ["\n".join(parts)]


READERS = {".pdf": read_pdf, ".docx": read_docx, ".odt": read_odt, ".txt": read_txt,
           ".srt": read_txt, ".eml": read_eml, ".html": read_html, ".xlsx": read_xlsx}


def main():
    problems = []
    docs = sorted(p for p in HERE.iterdir() if p.name.startswith("u2_") and not p.name.endswith(".gold.json"))
    nfig = 0
    for doc in docs:
        stem = doc.name[: -len(doc.suffix)]
        gp = HERE / f"{stem}.gold.json"
        if not gp.exists():
            problems.append(f"{doc.name}: no gold")
            continue
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{gp.name}: bad json {e}")
            continue
        if set(gold) != FIELDS:
            problems.append(f"{gp.name}: fields {sorted(gold)}")
        if not isinstance(gold.get("municipality"), str) or not isinstance(gold.get("region"), str):
            problems.append(f"{gp.name}: identity types")
        if not isinstance(gold.get("year"), int):
            problems.append(f"{gp.name}: year type")
        figs = gold.get("figures", {})
        ev = json.loads((HERE / "gen" / "evidence" / f"{stem}.json").read_text(encoding="utf-8"))
        texts = [norm(t) for t in READERS[doc.suffix](doc)]
        if doc.suffix == ".txt" and doc.name.endswith("cp1251_crlf.txt"):
            raw = doc.read_bytes()
            if b"\r\n" not in raw:
                problems.append(f"{doc.name}: no CRLF")
            try:
                raw.decode("utf-8")
                problems.append(f"{doc.name}: decodes as utf-8, expected cp1251")
            except UnicodeDecodeError:
                pass
        for k, v in figs.items():
            nfig += 1
            if k not in KNOWN:
                problems.append(f"{gp.name}: unknown key {k}")
            if k in FLOAT_KEYS:
                if not isinstance(v, float):
                    problems.append(f"{gp.name}: {k} should be float")
            elif not (isinstance(v, int) and not isinstance(v, bool)):
                problems.append(f"{gp.name}: {k} should be int")
            form = ev.get(k)
            if form is None:
                problems.append(f"{gp.name}: no evidence for {k}")
                continue
            if not any(norm(form) in t for t in texts):
                problems.append(f"{doc.name}: {k}={v} written form {form!r} not found")
        if set(ev) != set(figs):
            problems.append(f"{gp.name}: evidence keys differ")
    for p in problems:
        print("PROBLEM", p)
    print(f"verify: {len(docs)} documents, {nfig} gold figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
