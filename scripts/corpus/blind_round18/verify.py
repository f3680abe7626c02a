#!/usr/bin/env python3
"""Check every gold file of round18: it parses, has the spec's fields and known keys, and every
gold figure's written form (gen/evidence/<stem>.json) occurs in the text that the document's reader
library returns; digit forms are also parsed back and compared with the gold value.
Also checks the txt encodings/line ends and that the newsletter pdf has genuine columns."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DIRS = ['art', 'sport', 'social', 'science', 'tech', 'tourism']
KEYS = (['organizations_total', 'providers_registry', 'programs_total'] + ['programs_' + d for d in DIRS] +
        ['programs_nok', 'students_total'] + ['students_' + d for d in DIRS] +
        ['coverage_pct', 'coverage_growth_children', 'coverage_growth_pct', 'students_ovz', 'students_disabled',
         'certificate_nominal_rub', 'certificates_issued', 'certificates_active', 'certificate_students',
         'certificate_share_pct', 'new_places', 'events_parents', 'events_parents_reach', 'events_students',
         'events_students_reach', 'events_teachers', 'events_teachers_reach', 'teachers_pd_participants'])
FLOAT_KEYS = {k for k in KEYS if k.endswith('_pct') or k.endswith('_rub')}
TXT_ENC = {'t3_07_novouralsky_poyasnitelnaya_cp1251.txt': ('cp1251', True)}
COLUMN_PDFS = {'t3_04_chistopolsky_newsletter3col.pdf': 3}
LANDSCAPE_PDFS = {'t3_03_kurganinsky_slides.pdf'}


def norm(s):
    s = re.sub(r'[\u00a0\u202f\u2009\u2007]', ' ', s)
    return re.sub(r'\s+', ' ', s).strip().lower()


def extract(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'txt':
        enc, crlf = TXT_ENC.get(os.path.basename(path), ('utf-8', False))
        raw = open(path, 'rb').read()
        has_crlf = b'\r\n' in raw
        if has_crlf != crlf:
            raise ValueError('line ends: CRLF=%s expected %s' % (has_crlf, crlf))
        if enc != 'utf-8':
            try:
                raw.decode('utf-8'); raise ValueError('file decodes as utf-8, expected ' + enc)
            except UnicodeDecodeError:
                pass
        return raw.decode(enc)
    if ext == 'docx':
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return '\n'.join(parts)
    if ext == 'odt':
        from odf.opendocument import load
        from odf import text, teletype
        doc = load(path)
        return '\n'.join(teletype.extractText(e) for e in
                         doc.getElementsByType(text.P) + doc.getElementsByType(text.H))
    if ext == 'pdf':
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return '\n'.join(pg.extract_text() or '' for pg in pdf.pages)
    raise ValueError(ext)


NUM = re.compile(r'\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?')


def parse_form(key, form):
    s = norm(form)
    m = NUM.search(s)
    if not m:
        return None          # number in words: presence check only
    v = float(m.group(0).replace(' ', '').replace(',', '.'))
    if 'тыс' in s[m.end():m.end() + 6]:
        v *= 1000
    if key.endswith('_pct') and v < 1:
        v *= 100
    return v


def check_columns(path, n):
    import pdfplumber
    probs = []
    with pdfplumber.open(path) as pdf:
        pg = pdf.pages[0]
        words = pg.extract_words()
        body = [w for w in words if w['top'] > 110]   # below the full-width masthead
        x_lo = min(w['x0'] for w in body); x_hi = max(w['x1'] for w in body)
        width = (x_hi - x_lo) / n
        counts = [0] * n
        for w in body:
            counts[min(n - 1, int((w['x0'] - x_lo) // width))] += 1
        # a gutter: some x between columns that no body word crosses
        for i in range(1, n):
            xb = x_lo + i * width
            gut = [x for x in range(int(xb - 25), int(xb + 25))
                   if not any(w['x0'] < x < w['x1'] for w in body)]
            if not gut:
                probs.append('%s: no gutter near x=%.0f' % (os.path.basename(path), xb))
        if min(counts) < 40:
            probs.append('%s: column word counts %s' % (os.path.basename(path), counts))
        print('  columns %s: words per column %s' % (os.path.basename(path), counts))
    return probs


def main():
    problems = []; nfig = 0; ndocs = 0
    golds = sorted(glob.glob(os.path.join(HERE, 't3_*.gold.json')))
    for g in golds:
        stem = os.path.basename(g)[:-len('.gold.json')]
        docs = [p for p in glob.glob(os.path.join(HERE, stem + '.*')) if not p.endswith('.gold.json')]
        if len(docs) != 1:
            problems.append('%s: %d documents' % (stem, len(docs))); continue
        doc = docs[0]; ndocs += 1
        try:
            gold = json.load(open(g, encoding='utf-8'))
        except Exception as e:
            problems.append('%s: gold does not parse: %s' % (stem, e)); continue
        if set(gold) != {'municipality', 'region', 'year', 'figures'}:
            problems.append('%s: gold fields %s' % (stem, sorted(gold)))
        if not isinstance(gold.get('municipality'), str) or not isinstance(gold.get('region'), str):
            problems.append('%s: municipality/region not str' % stem)
        if not isinstance(gold.get('year'), int):
            problems.append('%s: year not int' % stem)
        figs = gold.get('figures', {})
        ev = json.load(open(os.path.join(HERE, 'gen', 'evidence', stem + '.json'), encoding='utf-8'))
        try:
            text = norm(extract(doc))
        except Exception as e:
            problems.append('%s: extraction failed: %s' % (stem, e)); continue
        for k, v in figs.items():
            nfig += 1
            if k not in KEYS:
                problems.append('%s: unknown key %s' % (stem, k))
            if k in FLOAT_KEYS:
                if not isinstance(v, float): problems.append('%s: %s should be decimal' % (stem, k))
            elif not isinstance(v, int) or isinstance(v, bool):
                problems.append('%s: %s should be int' % (stem, k))
            form = ev.get(k)
            if form is None:
                problems.append('%s: no written form for %s' % (stem, k)); continue
            if norm(form) not in text:
                problems.append('%s: %s written form %r not in extracted text' % (stem, k, form))
            pv = parse_form(k, form)
            if pv is not None and abs(pv - v) > 0.05:
                problems.append('%s: %s form %r parses to %s, gold %s' % (stem, k, form, pv, v))
        if set(ev) - set(figs):
            problems.append('%s: evidence without gold: %s' % (stem, set(ev) - set(figs)))
        base = os.path.basename(doc)
        if base in COLUMN_PDFS:
            problems += check_columns(doc, COLUMN_PDFS[base])
        if base in LANDSCAPE_PDFS:
            import pdfplumber
            with pdfplumber.open(doc) as pdf:
                if not all(p.width > p.height for p in pdf.pages):
                    problems.append(base + ': not all pages landscape')
        print('  %-48s %2d figures' % (base, len(figs)))
    for p in problems:
        print('PROBLEM:', p)
    print('verify: %d documents, %d gold figures, %d problems' % (ndocs, nfig, len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
