"""Shared helpers for the round25 blind batch generators (relative paths only)."""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)            # the round25 folder
NB = "\u00a0"                           # no-break space
TH = "\u202f"                           # narrow no-break space

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(OUT, name)


def write_gold(stem, municipality, region, year, figures):
    data = {"municipality": municipality, "region": region, "year": year,
            "figures": figures}
    with open(out(stem + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_txt(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out(name), "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- PDF
_fonts_done = False


def pdf_fonts():
    global _fonts_done
    if _fonts_done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for fam, base in (("DJ", "DejaVuSans"), ("DJS", "DejaVuSerif")):
        pdfmetrics.registerFont(TTFont(fam, os.path.join(FONT_DIR, base + ".ttf")))
        pdfmetrics.registerFont(TTFont(fam + "-B", os.path.join(FONT_DIR, base + "-Bold.ttf")))
        it = "-Oblique" if base == "DejaVuSans" else "-Italic"
        bi = "-BoldOblique" if base == "DejaVuSans" else "-BoldItalic"
        pdfmetrics.registerFont(TTFont(fam + "-I", os.path.join(FONT_DIR, base + it + ".ttf")))
        pdfmetrics.registerFont(TTFont(fam + "-BI", os.path.join(FONT_DIR, base + bi + ".ttf")))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _fonts_done = True


def styles(font="DJS", size=9.5, lead=None, hyph=True):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    pdf_fonts()
    lead = lead or size * 1.3
    kw = dict(hyphenationLang="ru_RU", embeddedHyphenation=1, uriWasteReduce=0.3) if hyph else {}
    s = {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=size * 0.45, **kw),
        "left": ParagraphStyle("left", fontName=font, fontSize=size, leading=lead,
                               alignment=TA_LEFT, spaceAfter=size * 0.4, **kw),
        "bullet": ParagraphStyle("bullet", fontName=font, fontSize=size, leading=lead,
                                 alignment=TA_LEFT, leftIndent=10, bulletIndent=0,
                                 spaceAfter=size * 0.3, **kw),
        "h1": ParagraphStyle("h1", fontName=font + "-B", fontSize=size * 1.7,
                             leading=size * 2.0, spaceAfter=size * 0.6),
        "h2": ParagraphStyle("h2", fontName=font + "-B", fontSize=size * 1.2,
                             leading=size * 1.5, spaceBefore=size * 0.5, spaceAfter=size * 0.3),
        "cap": ParagraphStyle("cap", fontName=font + "-I", fontSize=size * 0.85,
                              leading=size * 1.1, alignment=TA_LEFT, spaceAfter=size * 0.6),
        "center": ParagraphStyle("center", fontName=font, fontSize=size, leading=lead,
                                 alignment=TA_CENTER, spaceAfter=size * 0.4),
        "small": ParagraphStyle("small", fontName=font, fontSize=size * 0.8,
                                leading=size * 1.0, alignment=TA_LEFT),
    }
    return s


def columns_doc(path, ncols, pagesize=None, margin=36, gutter=18, top=None,
                first_top=None, on_page=None):
    """BaseDocTemplate with ncols real frames. Returns (doc, column_bounds)."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
    from reportlab.lib.pagesizes import A4
    pdf_fonts()
    W, H = pagesize or A4
    top = top if top is not None else margin
    colw = (W - 2 * margin - (ncols - 1) * gutter) / ncols
    bounds = [(margin + i * (colw + gutter), margin + i * (colw + gutter) + colw)
              for i in range(ncols)]

    def frames(t):
        return [Frame(x0, margin, colw, H - margin - t, id="c%d" % i,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                for i, (x0, _) in enumerate(bounds)]

    templates = []
    if first_top is not None:
        templates.append(PageTemplate(id="first", frames=frames(first_top), onPage=on_page))
    templates.append(PageTemplate(id="rest", frames=frames(top), onPage=on_page))
    doc = BaseDocTemplate(path, pagesize=(W, H), pageTemplates=templates,
                          leftMargin=margin, rightMargin=margin,
                          topMargin=top, bottomMargin=margin)
    return doc, bounds


# ---------------------------------------------------------------- ODT
def odt_new():
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties
    doc = OpenDocumentText()
    st = {}
    for name, size, bold, align in (("Body", "11pt", False, "justify"),
                                    ("Right", "11pt", False, "end"),
                                    ("Center", "11pt", True, "center"),
                                    ("H", "13pt", True, "start"),
                                    ("Q", "11pt", True, "start"),
                                    ("Small", "9pt", False, "start")):
        s = Style(name=name, family="paragraph")
        tp = dict(fontsize=size, fontfamily="Liberation Serif")
        if bold:
            tp["fontweight"] = "bold"
        s.addElement(TextProperties(**tp))
        s.addElement(ParagraphProperties(textalign=align, marginbottom="0.15cm"))
        doc.automaticstyles.addElement(s)
        st[name] = s
    return doc, st


def odt_p(doc, st, text, style="Body"):
    from odf.text import P
    from odf import teletype
    p = P(stylename=st[style])
    teletype.addTextToElement(p, text)
    doc.text.addElement(p)
    return p


# ---------------------------------------------------------------- TXT wrapping
def wrap(text, width=76, indent="", hyph=True):
    """Wrap one paragraph; words that do not fit may be hyphenated (never numbers)."""
    try:
        import pyphen
        dic = pyphen.Pyphen(lang="ru_RU") if hyph else None
    except ImportError:
        dic = None
    lines, cur = [], indent
    for w in text.split(" "):
        cand = (cur + " " + w) if cur.strip() else cur + w
        if len(cand) <= width:
            cur = cand
            continue
        done = False
        if dic and w.isalpha() and len(w) > 6:
            room = width - len(cur) - 2
            for i in sorted(dic.positions(w), reverse=True):
                if 2 < i <= room and len(w) - i > 2:
                    lines.append((cur + " " if cur.strip() else cur) + w[:i] + "-")
                    cur = w[i:]
                    done = True
                    break
        if not done:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return "\n".join(lines)


def paras(blocks, width=76):
    res = []
    for b in blocks:
        if b.startswith("!"):          # verbatim block
            res.append(b[1:])
        else:
            res.append(wrap(b, width))
    return "\n\n".join(res) + "\n"
