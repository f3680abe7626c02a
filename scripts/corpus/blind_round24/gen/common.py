"""Shared helpers for the round-24 blind batch generators.

Every generator builds one document and its gold file.  Gold values are
registered through Doc.f(), which returns the exact written form that is put
into the text, so the text and the gold come from one place.  The written
forms are saved in gen/forms/<stem>.json for verify.py.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..'))
FORMS = os.path.join(HERE, 'forms')

NB = '\u00a0'     # no-break space
TH = '\u2009'     # thin space
SHY = '\u00ad'    # soft hyphen

COUNT_KEYS = {
    'organizations_total', 'providers_registry', 'programs_total', 'programs_nok',
    'students_total', 'coverage_growth_children', 'students_ovz', 'students_disabled',
    'certificates_issued', 'certificates_active', 'certificate_students', 'new_places',
    'events_parents', 'events_parents_reach', 'events_students', 'events_students_reach',
    'events_teachers', 'events_teachers_reach', 'teachers_pd_participants',
}
for _d in ('art', 'sport', 'social', 'science', 'tech', 'tourism'):
    COUNT_KEYS.add('programs_' + _d)
    COUNT_KEYS.add('students_' + _d)
FLOAT_KEYS = {'coverage_pct', 'coverage_growth_pct', 'certificate_nominal_rub',
              'certificate_share_pct'}
KNOWN_KEYS = COUNT_KEYS | FLOAT_KEYS


def nb(n, sep=NB):
    """7421 -> '7 421' with a no-break space (or another separator)."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


class Doc:
    def __init__(self, stem, ext, municipality, region, year, encoding='utf-8'):
        self.stem, self.ext = stem, ext
        self.municipality, self.region, self.year = municipality, region, year
        self.encoding = encoding
        self.figures = {}
        self.forms = []

    @property
    def path(self):
        return os.path.join(OUT, self.stem + '.' + self.ext)

    def f(self, key, value, form, factor=1, words=False, where='prose'):
        """Register a gold figure; return its written form for the text."""
        assert key in KNOWN_KEYS, key
        assert key not in self.figures, key
        if key in FLOAT_KEYS:
            value = float(value)
        else:
            assert isinstance(value, int), (key, value)
        self.figures[key] = value
        words = words or bool(re.search('[а-яё]', form.replace('тыс.', ''), re.I))
        self.forms.append({'key': key, 'form': form,
                           'factor': None if words else factor, 'where': where})
        return form

    def save(self):
        gold = {'municipality': self.municipality, 'region': self.region,
                'year': self.year, 'figures': self.figures}
        with open(os.path.join(OUT, self.stem + '.gold.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        os.makedirs(FORMS, exist_ok=True)
        with open(os.path.join(FORMS, self.stem + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'file': self.stem + '.' + self.ext, 'encoding': self.encoding,
                       'forms': self.forms}, fh, ensure_ascii=False, indent=1)
            fh.write('\n')


# ---------------------------------------------------------------- text files

def wrap_text(text, width=78, hyphenate=True):
    """Wrap paragraphs to `width`; break long words with a hyphen at line end
    (only alphabetic words longer than 9 letters, never numbers)."""
    import pyphen
    dic = pyphen.Pyphen(lang='ru_RU')
    out = []
    for para in text.split('\n'):
        if not para.strip() or para.startswith('|') or para.startswith('+') or para.startswith('  '):
            out.append(para)
            continue
        words = para.split(' ')
        line = ''
        for w in words:
            cand = (line + ' ' + w) if line else w
            if len(cand) <= width:
                line = cand
                continue
            done = False
            if hyphenate and re.fullmatch(r'[А-Яа-яЁё]{10,}[,.;:]?', w):
                room = width - len(line) - 2
                for left, right in dic.iterate(w):
                    if len(left) + 1 <= room and len(left) >= 3 and len(right.strip(',.;:')) >= 3:
                        out.append(line + ' ' + left + '-')
                        line = right
                        done = True
                        break
            if not done:
                out.append(line)
                line = w
        out.append(line)
    return '\n'.join(out)


def write_txt(doc, text, newline='\n'):
    data = text.replace('\r\n', '\n').replace('\n', newline)
    with open(doc.path, 'w', encoding=doc.encoding, newline='') as fh:
        fh.write(data)


# ---------------------------------------------------------------- pdf

_FONTS_DONE = False


def pdf_fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = '/usr/share/fonts/truetype/dejavu/'
    for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                     ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                     ('DS', 'DejaVuSerif.ttf'), ('DS-B', 'DejaVuSerif-Bold.ttf'),
                     ('DS-I', 'DejaVuSerif-Italic.ttf'), ('DS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                     ('DSC', 'DejaVuSansCondensed.ttf'), ('DSC-B', 'DejaVuSansCondensed-Bold.ttf')]:
        pdfmetrics.registerFont(TTFont(name, base + fn))
    addMapping('DV', 0, 0, 'DV'); addMapping('DV', 1, 0, 'DV-B')
    addMapping('DV', 0, 1, 'DV-I'); addMapping('DV', 1, 1, 'DV-BI')
    addMapping('DS', 0, 0, 'DS'); addMapping('DS', 1, 0, 'DS-B')
    addMapping('DS', 0, 1, 'DS-I'); addMapping('DS', 1, 1, 'DS-BI')
    addMapping('DSC', 0, 0, 'DSC'); addMapping('DSC', 1, 0, 'DSC-B')
    addMapping('DSC', 0, 1, 'DSC'); addMapping('DSC', 1, 1, 'DSC-B')
    _FONTS_DONE = True


def styles(font='DS', size=9.5, lead=None):
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
    pdf_fonts()
    lead = lead or size * 1.3
    s = {}
    s['p'] = ParagraphStyle('p', fontName=font, fontSize=size, leading=lead,
                            alignment=TA_JUSTIFY, firstLineIndent=10, spaceAfter=3,
                            hyphenationLang='ru_RU', embeddedHyphenation=1, uriWasteReduce=0.3)
    s['pl'] = ParagraphStyle('pl', parent=s['p'], alignment=TA_LEFT, firstLineIndent=0)
    s['h'] = ParagraphStyle('h', fontName=font + '-B', fontSize=size + 2, leading=(size + 2) * 1.25,
                            spaceBefore=6, spaceAfter=4, alignment=TA_LEFT)
    s['cap'] = ParagraphStyle('cap', fontName=font + '-I', fontSize=size - 1.5,
                              leading=(size - 1.5) * 1.3, alignment=TA_LEFT, spaceAfter=5,
                              textColor='#444444')
    s['c'] = ParagraphStyle('c', parent=s['pl'], alignment=TA_CENTER)
    s['bul'] = ParagraphStyle('bul', parent=s['pl'], leftIndent=10, bulletIndent=2,
                              spaceAfter=1.5)
    s['small'] = ParagraphStyle('small', parent=s['pl'], fontSize=size - 2, leading=(size - 2) * 1.3)
    return s


def column_pdf(path, story, ncols, pagesize, margin=36, pad=12, top_first=120,
               top=40, bottom=40, on_first=None, on_later=None):
    """A pdf whose text runs in `ncols` equal columns; column i lies fully
    inside the strip [i*W/ncols, (i+1)*W/ncols], so equal crops read it."""
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, NextPageTemplate
    pdf_fonts()
    W, H = pagesize

    def frames(tp, prefix):
        fr = []
        for i in range(ncols):
            x0 = i * W / ncols + (margin if i == 0 else pad)
            x1 = (i + 1) * W / ncols - (margin if i == ncols - 1 else pad)
            fr.append(Frame(x0, bottom, x1 - x0, H - tp - bottom, id=f'{prefix}{i}',
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        return fr

    doc = BaseDocTemplate(path, pagesize=pagesize, title='', author='')
    doc.addPageTemplates([
        PageTemplate(id='first', frames=frames(top_first, 'f'), onPage=on_first or (lambda c, d: None)),
        PageTemplate(id='later', frames=frames(top, 'l'), onPage=on_later or (lambda c, d: None)),
    ])
    doc.build([NextPageTemplate('later')] + story)


# ---------------------------------------------------------------- docx / odt

def docx_soft(text):
    """Insert soft hyphens into long words (not numbers) for docx/odt text."""
    import pyphen
    dic = pyphen.Pyphen(lang='ru_RU')

    def rep(m):
        w = m.group(0)
        return dic.inserted(w, hyphen=SHY)
    return re.sub(r'[А-Яа-яЁё]{13,}', rep, text)
