"""Shared helpers for the round-22 blind batch generators (paths are computed, never hard-coded)."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NB = "\u00a0"      # no-break space
NN = "\u202f"      # narrow no-break space

KEYS = [
    "organizations_total", "providers_registry", "programs_total",
    "programs_art", "programs_sport", "programs_social", "programs_science", "programs_tech", "programs_tourism",
    "programs_nok", "students_total",
    "students_art", "students_sport", "students_social", "students_science", "students_tech", "students_tourism",
    "coverage_pct", "coverage_growth_children", "coverage_growth_pct", "students_ovz", "students_disabled",
    "certificate_nominal_rub", "certificates_issued", "certificates_active", "certificate_students",
    "certificate_share_pct", "new_places", "events_parents", "events_parents_reach", "events_students",
    "events_students_reach", "events_teachers", "events_teachers_reach", "teachers_pd_participants",
]
FLOAT_KEYS = {"coverage_pct", "coverage_growth_pct", "certificate_share_pct", "certificate_nominal_rub"}


def out(name):
    return os.path.join(ROOT, name)


def save_gold(stem, municipality, region, year, figs):
    """figs: key -> (value, written form exactly as it stands in the document)."""
    figures = {}
    for k in KEYS:
        if k in figs:
            v = figs[k][0]
            figures[k] = float(v) if k in FLOAT_KEYS else int(v)
    gold = {"municipality": municipality, "region": region, "year": year, "figures": figures}
    with open(out(stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.makedirs(os.path.join(HERE, "evidence"), exist_ok=True)
    with open(os.path.join(HERE, "evidence", stem + ".json"), "w", encoding="utf-8") as f:
        json.dump({k: figs[k][1] for k in figures}, f, ensure_ascii=False, indent=1)
        f.write("\n")


# ---------- PDF (reportlab) ----------
_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/dejavu/"
    for name, fn in [("Serif", "DejaVuSerif.ttf"), ("Serif-B", "DejaVuSerif-Bold.ttf"),
                     ("Serif-I", "DejaVuSerif-Italic.ttf"), ("Serif-BI", "DejaVuSerif-BoldItalic.ttf"),
                     ("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                     ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Sans-BI", "DejaVuSans-BoldOblique.ttf")]:
        pdfmetrics.registerFont(TTFont(name, base + fn))
    addMapping("Serif", 0, 0, "Serif"); addMapping("Serif", 1, 0, "Serif-B")
    addMapping("Serif", 0, 1, "Serif-I"); addMapping("Serif", 1, 1, "Serif-BI")
    addMapping("Sans", 0, 0, "Sans"); addMapping("Sans", 1, 0, "Sans-B")
    addMapping("Sans", 0, 1, "Sans-I"); addMapping("Sans", 1, 1, "Sans-BI")
    _FONTS = True


def styles(font="Serif", size=9.5, lead=None):
    fonts()
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    lead = lead or size * 1.3
    s = {}
    s["p"] = ParagraphStyle("p", fontName=font, fontSize=size, leading=lead, alignment=TA_LEFT, spaceAfter=4)
    s["j"] = ParagraphStyle("j", parent=s["p"], alignment=TA_JUSTIFY)
    s["h"] = ParagraphStyle("h", parent=s["p"], fontName=font + "-B", fontSize=size + 2.5, leading=(size + 2.5) * 1.25,
                            spaceBefore=4, spaceAfter=4)
    s["h2"] = ParagraphStyle("h2", parent=s["p"], fontName=font + "-B", fontSize=size + 0.5, spaceBefore=3)
    s["cap"] = ParagraphStyle("cap", parent=s["p"], fontName=font + "-I", fontSize=size - 1.5,
                              leading=(size - 1.5) * 1.3)
    s["c"] = ParagraphStyle("c", parent=s["p"], alignment=TA_CENTER)
    s["q"] = ParagraphStyle("q", parent=s["p"], fontName=font + "-I", leftIndent=8)
    s["b"] = ParagraphStyle("b", parent=s["p"], leftIndent=10, bulletIndent=2)
    return s


def column_pdf(path, flowables, ncols, masthead=None, masthead_h=0, margin=22, top=40, bottom=40,
               footer=None):
    """Pages of ncols equal columns; column i occupies [i*W/n + margin, (i+1)*W/n - margin]
    so that equal crops of the page width separate the columns."""
    fonts()
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    W, H = A4

    def frames(first):
        mh = masthead_h if first else 0
        fr = []
        for i in range(ncols):
            x0 = i * W / ncols + margin
            fr.append(Frame(x0, bottom, W / ncols - 2 * margin, H - top - bottom - mh,
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="c%d" % i))
        return fr

    def on_first(c, d):
        if masthead:
            masthead(c, W, H)
        if footer:
            footer(c, W, H, d.page)

    def on_later(c, d):
        if footer:
            footer(c, W, H, d.page)

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=margin, rightMargin=margin, topMargin=top,
                          bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate(id="first", frames=frames(True), onPage=on_first, autoNextPageTemplate="later"),
                          PageTemplate(id="later", frames=frames(False), onPage=on_later)])
    doc.build(flowables)


def soffice_convert(src, fmt, outdir):
    import subprocess
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
