"""Shared helpers for the round-6 blind batch generators.

Every generator builds one document, checks its own numbers (coverage,
sums, shares) with the helpers below, and writes
  out/NAME.EXT, out/NAME.gold.json, evidence/NAME.evidence.json
The evidence file tells verify.py, for every gold figure, an *anchor* (a
piece of label text that stands in the same line / table row as the value)
and, for figures written in words or other units, the exact phrase that
states them and how to read it.
"""
import atexit
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"
EVID = ROOT / "evidence"
OUT.mkdir(exist_ok=True)
EVID.mkdir(exist_ok=True)

NB = "\u00a0"      # no-break space
NNB = "\u202f"     # narrow no-break space
THIN = "\u2009"    # thin space

DIRS = ["art", "sport", "social", "science", "tech", "tourism"]

UNITS = {
    "organizations_total": "count", "providers_registry": "count",
    "programs_total": "count", "programs_nok": "count",
    "students_total": "persons", "coverage_pct": "percent",
    "coverage_growth_children": "persons", "coverage_growth_pct": "percent",
    "students_ovz": "persons", "students_disabled": "persons",
    "certificate_nominal_rub": "rubles", "certificates_issued": "count",
    "certificates_active": "count", "certificate_students": "persons",
    "certificate_share_pct": "percent", "new_places": "count",
    "events_parents": "count", "events_parents_reach": "persons",
    "events_students": "count", "events_students_reach": "persons",
    "events_teachers": "count", "events_teachers_reach": "persons",
    "teachers_pd_participants": "persons",
}
for _d in DIRS:
    UNITS["programs_" + _d] = "count"
    UNITS["students_" + _d] = "persons"
KEY_ORDER = (["organizations_total", "providers_registry", "programs_total"]
             + ["programs_" + _d for _d in DIRS]
             + ["programs_nok", "students_total"] + ["students_" + _d for _d in DIRS]
             + ["coverage_pct", "coverage_growth_children", "coverage_growth_pct",
                "students_ovz", "students_disabled", "certificate_nominal_rub",
                "certificates_issued", "certificates_active", "certificate_students",
                "certificate_share_pct", "new_places", "events_parents",
                "events_parents_reach", "events_students", "events_students_reach",
                "events_teachers", "events_teachers_reach", "teachers_pd_participants"])
assert set(KEY_ORDER) == set(UNITS)


# ---------------------------------------------------------------- numbers
def n(x, sep=NB, group4=True):
    """Integer with thousands separator: n(3851) -> '3 851' (nbsp).
    group4=False leaves 4-digit numbers ungrouped (1234)."""
    s = str(int(x))
    if len(s) <= 3 or (len(s) == 4 and not group4):
        return s
    parts = []
    while s:
        parts.insert(0, s[-3:])
        s = s[:-3]
    return sep.join(parts)


def d(x, nd=1, sep=NB, comma=True):
    """Decimal with a comma: d(78.4) -> '78,4'; d(7850, 2) -> '7 850,00'."""
    s = f"{x:.{nd}f}"
    ip, _, fp = s.partition(".")
    neg = ip.startswith("-")
    ip = ip.lstrip("-")
    out = n(int(ip), sep) if ip else "0"
    if neg:
        out = "-" + out
    if nd:
        out += ("," if comma else ".") + fp
    return out


def pct(part, whole, nd=1):
    return round(part / whole * 100 + 1e-9, nd)


# ------------------------------------------------------------------ gold
class Gold:
    def __init__(self, name, municipality, region, year):
        self.name = name
        self.municipality = municipality
        self.region = region
        self.year = year
        self.figures = {}
        self.evidence = {}
        self.meta = {}

    def add(self, key, value, anchor, phrase=None, kind=None):
        """anchor: text in the same line/row as the value (or near it);
        phrase+kind: the exact wording when the value is in words or
        in other units (kind: words | thousand | fraction | rub_kop)."""
        assert key in UNITS, key
        assert key not in self.figures, f"duplicate {key}"
        unit = UNITS[key]
        if unit in ("count", "persons"):
            assert isinstance(value, int) and not isinstance(value, bool), (key, value)
        else:
            value = float(value)
        self.figures[key] = value
        ev = {"anchor": anchor}
        if phrase:
            ev["phrase"] = phrase
            ev["kind"] = kind or "words"
        self.evidence[key] = ev

    # --- self checks ---
    @staticmethod
    def check_coverage(students, population, written, nd=1):
        got = pct(students, population, nd)
        assert abs(got - written) < 1e-9, f"coverage {students}/{population}={got} != {written}"

    @staticmethod
    def check_share(part, whole, written, nd=1):
        got = pct(part, whole, nd)
        assert abs(got - written) < 1e-9, f"share {part}/{whole}={got} != {written}"

    @staticmethod
    def check_sum(parts, total, what=""):
        assert sum(parts) == total, f"sum {what}: {sum(parts)} != {total}"

    @staticmethod
    def check_shares_100(shares, tol=0.25):
        assert abs(sum(shares) - 100) <= tol, f"shares sum {sum(shares)}"

    def write(self, ext, **meta):
        figs = {k: self.figures[k] for k in KEY_ORDER if k in self.figures}
        gold = {"municipality": self.municipality, "region": self.region,
                "year": self.year, "figures": figs}
        (OUT / f"{self.name}.gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        ev = {"document": f"{self.name}.{ext}", "meta": {**self.meta, **meta},
              "figures": {k: self.evidence[k] for k in figs}}
        (EVID / f"{self.name}.evidence.json").write_text(
            json.dumps(ev, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{self.name}.{ext}: {len(figs)} gold figures")


# ------------------------------------------------------------ LibreOffice
_PROFILE = None

_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def _profile():
    global _PROFILE
    if _PROFILE is None:
        _PROFILE = tempfile.mkdtemp(prefix="lo_profile_r6_")
        user = Path(_PROFILE) / "user"
        user.mkdir(parents=True)
        (user / "registrymodifications.xcu").write_text(_XCU, encoding="utf-8")
        atexit.register(shutil.rmtree, _PROFILE, True)
    return _PROFILE


def soffice_convert(src, fmt, dest):
    """Convert src with headless LibreOffice (private temporary profile);
    the result is moved to dest."""
    src, dest = Path(src), Path(dest)
    tmp = tempfile.mkdtemp(prefix="lo_out_r6_")
    try:
        cmd = [os.environ.get("SOFFICE", "soffice"),
               "-env:UserInstallation=" + Path(_profile()).as_uri(),
               "--headless", "--norestore", "--convert-to", fmt,
               "--outdir", tmp, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        produced = list(Path(tmp).iterdir())
        assert len(produced) == 1, produced
        shutil.move(str(produced[0]), dest)
    finally:
        shutil.rmtree(tmp, True)
    return dest


def tmp_path(suffix):
    fd, p = tempfile.mkstemp(suffix=suffix, prefix="r6_")
    os.close(fd)
    atexit.register(lambda: os.path.exists(p) and os.remove(p))
    return Path(p)


# ------------------------------------------------------------------- docx
def docx_helpers():
    """Imported lazily so that txt generators do not need python-docx."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    ALIGN = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER,
             "r": WD_ALIGN_PARAGRAPH.RIGHT, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}

    class H:
        pass

    h = H()
    h.Cm, h.Pt, h.WD_BREAK = Cm, Pt, WD_BREAK

    def new_doc(font="Times New Roman", size=12, landscape=False,
                margins=(2.0, 1.5, 2.0, 3.0)):
        doc = Document()
        st = doc.styles["Normal"]
        st.font.name = font
        st.font.size = Pt(size)
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts")
            rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), font)
        pf = st.paragraph_format
        pf.space_after = Pt(3)
        pf.space_before = Pt(0)
        sec = doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        if landscape:
            set_landscape(sec)
        top, bottom, right, left = margins
        sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
        sec.right_margin, sec.left_margin = Cm(right), Cm(left)
        return doc

    def set_landscape(sec, on=True):
        w, hgt = sec.page_width, sec.page_height
        if on and w < hgt or (not on and w > hgt):
            sec.page_width, sec.page_height = hgt, w
        sec.orientation = WD_ORIENT.LANDSCAPE if on else WD_ORIENT.PORTRAIT

    def new_section(doc, landscape=False):
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        set_landscape(sec, landscape)
        return sec

    def para(container, text="", bold=False, italic=False, align=None,
             size=None, space_after=None, indent=None, keep=False):
        p = container.add_paragraph()
        lines = text.split("\n")
        for i, line in enumerate(lines):
            r = p.add_run(line)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if i < len(lines) - 1:
                r.add_break()
        if align:
            p.alignment = ALIGN[align]
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        if keep:
            p.paragraph_format.keep_with_next = True
        return p

    def runs(container, parts, align=None, size=None, indent=None):
        """parts: list of (text, style) with style in '', 'b', 'i', 'bi'."""
        p = container.add_paragraph()
        for text, stl in parts:
            r = p.add_run(text)
            r.bold = "b" in stl
            r.italic = "i" in stl
            if size:
                r.font.size = Pt(size)
        if align:
            p.alignment = ALIGN[align]
        if indent is not None:
            p.paragraph_format.first_line_indent = Cm(indent)
        return p

    def set_cell(cell, text, bold=False, italic=False, size=None, align=None):
        cell.text = ""
        lines = str(text).split("\n")
        p = cell.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(line)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if align:
                p.alignment = ALIGN[align]
            p.paragraph_format.space_after = Pt(0)

    def _borders(tbl, on):
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            if on:
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "4")
                e.set(qn("w:space"), "0")
                e.set(qn("w:color"), "000000")
            else:
                e.set(qn("w:val"), "nil")
            b.append(e)
        tblPr.append(b)

    def table(container, rows, merges=(), header_rows=1, borders=True,
              widths=None, size=10, bold_rows=(), italic_rows=(),
              repeat_header=False, align=None, first_col_align="l",
              cant_split=True):
        """rows: list of lists of str (None for cells covered by a merge).
        merges: (r1, c1, r2, c2) inclusive; text from rows[r1][c1]."""
        nrows, ncols = len(rows), max(len(r) for r in rows)
        tbl = container.add_table(rows=nrows, cols=ncols)
        _borders(tbl, borders)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        covered = {}
        for (r1, c1, r2, c2) in merges:
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) != (r1, c1):
                        covered[(r, c)] = (r1, c1)
        for (r1, c1, r2, c2) in merges:
            tbl.cell(r1, c1).merge(tbl.cell(r2, c2))
        for r, row in enumerate(rows):
            for c in range(ncols):
                if (r, c) in covered:
                    continue
                txt = row[c] if c < len(row) and row[c] is not None else ""
                hdr = r < header_rows
                if align:
                    al = align[c]
                elif hdr:
                    al = "c"
                elif c == 0:
                    al = first_col_align
                else:
                    al = "c"
                set_cell(tbl.cell(r, c), txt, bold=hdr or r in bold_rows,
                         italic=r in italic_rows, size=size, align=al)
        if widths:
            tbl.autofit = False
            for c, w in enumerate(widths):
                tbl.columns[c].width = Cm(w)
            for r in range(nrows):
                for c, w in enumerate(widths):
                    tbl.cell(r, c).width = Cm(w)
        for r in range(nrows):
            trPr = tbl.rows[r]._tr.get_or_add_trPr()
            if r < header_rows and repeat_header:
                e = OxmlElement("w:tblHeader")
                e.set(qn("w:val"), "true")
                trPr.append(e)
            if cant_split:
                trPr.append(OxmlElement("w:cantSplit"))
        return tbl

    def page_break(doc):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    h.new_doc, h.para, h.runs, h.table, h.set_cell = new_doc, para, runs, table, set_cell
    h.page_break, h.new_section, h.set_landscape = page_break, new_section, set_landscape
    return h


def write_txt(path, text, encoding="utf-8", newline="\n", bom=False):
    text = text.replace("\r\n", "\n").replace("\n", newline)
    data = text.encode(encoding)
    if bom and encoding.lower().replace("-", "") in ("utf8",):
        data = b"\xef\xbb\xbf" + data
    Path(path).write_bytes(data)


# ------------------------------------------------------- fixed-width text
def wrap(text, width):
    """Greedy word wrap that keeps words whole (nbsp-joined groups stay)."""
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


def grid_rows(widths, cells, aligns, valign="top", sep="|", edge=True, pad=1):
    """Render one logical row of a fixed-width table; cells may wrap.
    aligns: 'l' | 'r' | 'c' per column; valign: 'top' or 'bottom'."""
    cols = []
    for w, c in zip(widths, cells):
        c = "" if c is None else str(c)
        cols.append(wrap(c, w - 2 * pad) if c else [""])
    hgt = max(len(c) for c in cols)
    out = []
    for i in range(hgt):
        parts = []
        for w, a, col in zip(widths, aligns, cols):
            off = hgt - len(col) if valign == "bottom" else 0
            j = i - off
            txt = col[j] if 0 <= j < len(col) else ""
            inner = w - 2 * pad
            txt = txt.ljust(inner) if a == "l" else txt.rjust(inner) if a == "r" else txt.center(inner)
            parts.append(" " * pad + txt + " " * pad)
        line = sep.join(parts)
        out.append(sep + line + sep if edge else line.rstrip())
    return out


def rule(widths, ch="-", cross="+", edge=True):
    line = cross.join(ch * w for w in widths)
    return cross + line + cross if edge else line
