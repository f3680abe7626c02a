"""Shared helpers for the round-26 blind batch generators.

Every generator calls finish(): it writes the gold file next to the document
and an evidence file (gen/evidence/<stem>.json) that lists, for each gold
figure, the exact written form the document uses; verify.py checks those forms.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
EVID = HERE / "evidence"

NB = "\u00a0"   # no-break space
THIN = "\u2009"  # thin space
NNB = "\u202f"  # narrow no-break space

KNOWN = (
    ["organizations_total", "providers_registry", "programs_total"]
    + ["programs_" + d for d in ("art", "sport", "social", "science", "tech", "tourism")]
    + ["programs_nok", "students_total"]
    + ["students_" + d for d in ("art", "sport", "social", "science", "tech", "tourism")]
    + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct",
       "students_ovz", "students_disabled", "certificate_nominal_rub",
       "certificates_issued", "certificates_active", "certificate_students",
       "certificate_share_pct", "new_places", "events_parents",
       "events_parents_reach", "events_students", "events_students_reach",
       "events_teachers", "events_teachers_reach", "teachers_pd_participants"]
)
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct",
              "certificate_nominal_rub"}


def num(n, sep=" "):
    """7421 -> '7 421' with the chosen thousands separator."""
    s = f"{n:,}".replace(",", sep)
    return s


def finish(stem, municipality, region, year, figs):
    """figs: key -> (value, written form as it stands in the document)."""
    figures = {}
    ev = {}
    for k, (v, form) in figs.items():
        assert k in KNOWN, k
        figures[k] = float(v) if k in FLOAT_KEYS else int(v)
        ev[k] = form
    gold = {"municipality": municipality, "region": region, "year": year,
            "figures": figures}
    (OUT / f"{stem}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    EVID.mkdir(exist_ok=True)
    (EVID / f"{stem}.json").write_text(
        json.dumps(ev, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PDF (canvas)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in [("Sans", "DejaVuSans.ttf"), ("SansB", "DejaVuSans-Bold.ttf"),
                    ("SansC", "DejaVuSansCondensed.ttf"),
                    ("SansCB", "DejaVuSansCondensed-Bold.ttf"),
                    ("Serif", "DejaVuSerif.ttf"), ("SerifB", "DejaVuSerif-Bold.ttf"),
                    ("SerifI", "DejaVuSerif-Italic.ttf"),
                    ("SerifC", "DejaVuSerifCondensed.ttf")]:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f)))
    _FONTS_DONE = True


VOWELS = set("аеёиоуыэюяАЕЁИОУЫЭЮЯ")


def _hyphen_split(word, font, size, avail):
    """Split a long Russian word so that head+'-' fits in avail; None if impossible."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if len(word) < 7 or any(ch.isdigit() for ch in word) or not re.fullmatch(r"[А-Яа-яЁё]+[,.;:»)]*", word):
        return None
    core = re.match(r"[А-Яа-яЁё]+", word).group(0)
    V = VOWELS
    best = None
    for i in range(2, len(core) - 1):
        a, b = core[i - 1], core[i]
        nxt = core[i + 1] if i + 1 < len(core) else ""
        if b in "ьъйЬЪЙ" or not any(ch in V for ch in core[:i]) or not any(ch in V for ch in core[i:]):
            continue
        ok = (a in V and b not in V and nxt in V) \
            or (a not in V and b not in V and nxt in V and core[i - 2] in V and a not in "ьъйЬЪЙ") \
            or (a in "ьъйЬЪЙ" and b not in V)
        if i < 2 or len(core) - i < 2:
            ok = False
        if ok and stringWidth(word[:i] + "-", font, size) <= avail:
            best = i
    if best is None:
        return None
    return word[:best] + "-", word[best:]


class ColumnPDF:
    """A tiny typesetter: text flows through N columns, page after page,
    with hyphenation at line ends (a real hyphen in the text layer)."""

    def __init__(self, path, ncols=2, pagesize=None, margin=42, gutter=18,
                 header=None, footer=None, top_block=None):
        fonts()
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas
        self.W, self.H = pagesize or A4
        self.c = canvas.Canvas(str(path), pagesize=(self.W, self.H))
        self.ncols, self.margin, self.gutter = ncols, margin, gutter
        self.colw = (self.W - 2 * margin - (ncols - 1) * gutter) / ncols
        self.header, self.footer = header, footer
        self.page = 1
        self.top = self.H - margin
        self._start_page()
        if top_block:
            top_block(self)

    def _start_page(self):
        self.col = 0
        if self.header:
            self.c.setFont("Sans", 7)
            self.c.drawString(self.margin, self.H - 24, self.header)
            self.c.line(self.margin, self.H - 28, self.W - self.margin, self.H - 28)
        self.y = self.top - 8
        self.coltop = self.y

    def _end_page(self):
        if self.footer:
            self.c.setFont("Sans", 7)
            self.c.drawCentredString(self.W / 2, 22, self.footer.format(page=self.page))
        self.c.showPage()
        self.page += 1

    def x0(self):
        return self.margin + self.col * (self.colw + self.gutter)

    def _need(self, h):
        if self.y - h < self.margin:
            self.col += 1
            self.y = self.coltop
            if self.col >= self.ncols:
                self._end_page()
                self._start_page()

    def span_title(self, lines):
        """Lines across the full width at the top of the current page:
        list of (text, font, size)."""
        for text, font, size in lines:
            self.c.setFont(font, size)
            self.c.drawString(self.margin, self.y - size, text)
            self.y -= size * 1.35
        self.y -= 6
        self.c.line(self.margin, self.y, self.W - self.margin, self.y)
        self.y -= 10
        self.coltop = self.y

    def para(self, text, font="Serif", size=9, lead=None, indent=10, after=4, keep_numbers=True):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        lead = lead or size * 1.3
        if keep_numbers:
            text = re.sub(r"(\d) (\d{3})(?!\d)", "\\1\u00a0\\2", text)
        words = text.split(" ")  # NB: only plain spaces break; nbsp keeps numbers together
        lines, cur, first = [], "", True
        width = self.colw
        i = 0
        while i < len(words):
            w = words[i]
            avail = width - (indent if not lines and first else 0)
            trial = (cur + " " + w) if cur else w
            if stringWidth(trial, font, size) <= avail:
                cur = trial
                i += 1
                continue
            rest = avail - stringWidth(cur + " " if cur else "", font, size)
            sp = _hyphen_split(w, font, size, rest)
            if sp:
                lines.append((cur + " " + sp[0]) if cur else sp[0])
                words[i] = sp[1]
            else:
                if not cur:  # a single overlong token
                    lines.append(w)
                    i += 1
                else:
                    lines.append(cur)
            cur = ""
        if cur:
            lines.append(cur)
        for n, ln in enumerate(lines):
            self._need(lead)
            self.c.setFont(font, size)
            x = self.x0() + (indent if n == 0 else 0)
            self.c.drawString(x, self.y - size, ln)
            self.y -= lead
        self.y -= after

    def heading(self, text, size=10.5, font="SansB", after=3):
        self._need(size * 3)
        self.para(text, font=font, size=size, indent=0, after=after)

    def caption(self, text, size=7.5):
        self.para(text, font="SerifI", size=size, indent=0, after=5)

    def box(self, h=60, label="[фото]"):
        self._need(h + 4)
        self.c.setStrokeGray(0.6)
        self.c.rect(self.x0(), self.y - h, self.colw, h)
        self.c.setFont("Sans", 7)
        self.c.drawCentredString(self.x0() + self.colw / 2, self.y - h / 2, label)
        self.c.setStrokeGray(0)
        self.y -= h + 4

    def skip(self, h):
        self.y -= h

    def save(self):
        self._end_page()
        self.c.save()


# ---------------------------------------------------------------- DOCX
def docx_doc(font="Times New Roman", size=12):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def docx_par(d, text, bold=False, italic=False, align=None, size=None, indent=True):
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.25)
    p.paragraph_format.space_after = Pt(3)
    return p


def docx_table(d, rows, widths=None, bold_first=True):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if bold_first and i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    return t


# ---------------------------------------------------------------- ODT
class OdtDoc:
    def __init__(self):
        from odf.opendocument import OpenDocumentText
        from odf.style import Style, TextProperties, ParagraphProperties
        self.doc = OpenDocumentText()
        s = self.doc.styles
        self.st = {}
        for name, kw, pk in [
            ("Body", dict(fontsize="12pt", fontname="Liberation Serif"),
             dict(textindent="1.25cm", textalign="justify", marginbottom="0.1cm")),
            ("Right", dict(fontsize="12pt"), dict(textalign="end")),
            ("Center", dict(fontsize="12pt", fontweight="bold"), dict(textalign="center", marginbottom="0.2cm")),
            ("H", dict(fontsize="13pt", fontweight="bold"), dict(margintop="0.3cm", marginbottom="0.15cm")),
            ("List", dict(fontsize="12pt"), dict(marginleft="0.8cm", textindent="-0.4cm")),
            ("Small", dict(fontsize="10pt", fontstyle="italic"), dict()),
        ]:
            st = Style(name=name, family="paragraph")
            st.addElement(TextProperties(**kw))
            st.addElement(ParagraphProperties(**pk))
            s.addElement(st)
            self.st[name] = st

    def p(self, text, style="Body"):
        from odf.text import P
        self.doc.text.addElement(P(stylename=self.st[style], text=text))

    def h(self, text):
        from odf.text import H
        self.doc.text.addElement(H(outlinelevel=2, stylename=self.st["H"], text=text))

    def save(self, path):
        self.doc.save(str(path))


# ---------------------------------------------------------------- plain text
def _hyph_chars(word, room):
    """Character-count variant of _hyphen_split for fixed-width text."""
    m = re.fullmatch(r"([«(]?)([А-Яа-яЁё]+)([,.;:»)]*)", word)
    if not m or len(m.group(2)) < 7:
        return None
    pre, core = m.group(1), m.group(2)
    V = VOWELS
    best = None
    for i in range(2, len(core) - 1):
        a, b = core[i - 1], core[i]
        nxt = core[i + 1]
        if b in "ьъйЬЪЙ" or not any(ch in V for ch in core[:i]) or not any(ch in V for ch in core[i:]):
            continue
        ok = (a in V and b not in V and nxt in V) \
            or (a not in V and b not in V and nxt in V and core[i - 2] in V and a not in "ьъйЬЪЙ") \
            or (a in "ьъйЬЪЙ" and b not in V)
        if ok and len(pre) + i + 1 <= room:
            best = i
    if best is None:
        return None
    cut = len(pre) + best
    return word[:cut] + "-", word[cut:]


def wrap_hyph(text, width=72, indent=""):
    words = text.split(" ")
    lines, cur = [], indent
    i = 0
    while i < len(words):
        w = words[i]
        trial = (cur + " " + w) if cur.strip() else cur + w
        if len(trial) <= width:
            cur = trial
            i += 1
            continue
        room = width - len(cur) - 1
        sp = _hyph_chars(w, room) if cur.strip() else None
        if sp:
            lines.append(cur + " " + sp[0])
            words[i] = sp[1]
        elif not cur.strip():
            lines.append(cur + w)
            i += 1
        else:
            lines.append(cur)
        cur = ""
    if cur.strip():
        lines.append(cur)
    return "\n".join(lines)
