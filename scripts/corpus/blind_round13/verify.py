"""Independent check of the round-13 blind batch.

For every document: read it with a reader of its own format (python-docx with
nested tables, odfpy, openpyxl data_only, pdfplumber tables + text lines, plain
text in its own encoding) and check that every gold figure's written number
stands in one table row / text line together with its anchor and parses to the
gold value. Also checks keys and types against indicators.md, identity against
the gazetteer and the used list, and the per-document / batch quotas.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / '..' / '..' / 'shared' / 'spec' / 'indicators.md'
GAZ = HERE / '..' / '..' / 'shared' / 'gazetteer' / 'oktmo_municipal_2019.csv'
USED = HERE / '..' / 'used_municipalities.txt'
EVD = HERE / 'gen' / 'evidence'
EXTS = ('docx', 'pdf', 'odt', 'xlsx', 'txt')

problems = []


def problem(msg):
    problems.append(msg)
    print('PROBLEM:', msg)


# ------------------------------------------------------------ catalogue
def load_catalogue():
    text = SPEC.read_text(encoding='utf-8')
    dirs = re.findall(r'`([a-z]+)` [а-яё]', text.split('## Figures')[1].split('|')[0])
    keys = {}
    in_fig = False
    for line in text.splitlines():
        if line.startswith('## Figures'):
            in_fig = True
        elif line.startswith('## ') and in_fig:
            in_fig = False
        if not in_fig or not line.startswith('|'):
            continue
        cells = [c.strip() for c in line.strip('|').split('|')]
        if len(cells) < 3 or cells[0] in ('key', '---'):
            continue
        unit = cells[-1]
        k = cells[0]
        m = re.match(r'([a-z_]+)_([a-z]+) … ([a-z_]+)_([a-z]+)$', k)
        if m:
            for d in dirs:
                keys[f'{m.group(1)}_{d}'] = unit
        elif re.match(r'^[a-z_]+$', k):
            keys[k] = unit
    return keys, dirs


# ------------------------------------------------------------ gazetteer
def core(name):
    s = name.lower().replace('ё', 'е')
    s = re.sub(r'[«»"]', ' ', s)
    for ph in ('муниципальный район', 'муниципальный округ', 'городской округ',
               'муниципального района', 'город-курорт', 'город', 'район', 'зато',
               'округ', 'г.'):
        s = s.replace(ph, ' ')
    return ' '.join(s.split())


def load_gazetteer():
    rows = list(csv.DictReader(GAZ.open(encoding='utf-8')))
    by_subject = {}
    for r in rows:
        by_subject.setdefault(r['subject'], set()).add(core(r['name']))
    return by_subject


# ------------------------------------------------------------ numbers
def norm(s):
    s = str(s)
    for ch in ('\u00a0', '\u2009', '\u202f', '\u2007', '\t', '\n', '\r'):
        s = s.replace(ch, ' ')
    s = s.lower().replace('ё', 'е')
    return ' '.join(s.split())


WORDS = [  # (stem, value, kind)  kind: u=unit/teen/ten/hundred, m=multiplier
    ('одиннадцат', 11), ('двенадцат', 12), ('тринадцат', 13), ('четырнадцат', 14),
    ('пятнадцат', 15), ('шестнадцат', 16), ('семнадцат', 17), ('восемнадцат', 18),
    ('девятнадцат', 19), ('двадцат', 20), ('тридцат', 30), ('сорок', 40),
    ('пятьдесят', 50), ('пятидесят', 50), ('шестьдесят', 60), ('шестидесят', 60),
    ('семьдесят', 70), ('семидесят', 70), ('восемьдесят', 80), ('восьмидесят', 80),
    ('девяност', 90), ('двест', 200), ('двухсот', 200), ('трист', 300), ('трехсот', 300),
    ('четырест', 400), ('четырехсот', 400), ('пятьсот', 500), ('пятисот', 500),
    ('шестьсот', 600), ('шестисот', 600), ('семьсот', 700), ('семисот', 700),
    ('восемьсот', 800), ('восьмисот', 800), ('девятьсот', 900), ('девятисот', 900),
    ('сто', 100), ('ста', 100),
    ('один', 1), ('одна', 1), ('одно', 1), ('одной', 1), ('одном', 1),
    ('два', 2), ('две', 2), ('двух', 2), ('двум', 2),
    ('три', 3), ('трех', 3), ('трем', 3), ('четыр', 4), ('пят', 5), ('шест', 6),
    ('сем', 7), ('восем', 8), ('восьм', 8), ('девят', 9), ('десят', 10),
]


def words_to_num(s):
    total, cur, seen = 0, 0, False
    for tok in re.findall(r'[а-я]+', norm(s)):
        if tok.startswith('тысяч'):
            total += (cur or 1) * 1000
            cur = 0
            seen = True
            continue
        for stem, val in WORDS:
            if tok == stem or (tok.startswith(stem) and len(stem) >= 3
                               and stem not in ('сто', 'ста', 'два', 'две', 'три')):
                cur += val
                seen = True
                break
    return total + cur if seen else None


def parse_written(w, form=None):
    s = norm(w)
    mult = 1
    if 'тыс' in s:
        mult = 1000
    if 'млн' in s:
        mult = 1000000
    m = re.search(r'\d[\d ]*(?:[.,]\d+)?', s)
    if m:
        v = float(m.group(0).replace(' ', '').replace(',', '.'))
    else:
        v = words_to_num(s)
        if v is None:
            return None
    v = v * mult
    if form == 'fraction':
        v = v * 100
    return v


def contains_number(unit, written):
    w = re.escape(norm(written))
    return re.search(r'(?<![\d,.])' + w + r'(?![\d]|[.,]\d)', unit) is not None


# ------------------------------------------------------------ readers
def read_docx(path):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(str(path))
    units = []

    def walk_table(t):
        for row in t.rows:
            seen, cells = set(), []
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                cells.append(' '.join(p.text for p in c.paragraphs))
                for nt in c.tables:
                    walk_table(nt)
            units.append(('table', ' | '.join(cells)))

    for el in d.element.body.iterchildren():
        tag = el.tag.rsplit('}', 1)[-1]
        if tag == 'p':
            units.append(('text', Paragraph(el, d).text))
        elif tag == 'tbl':
            walk_table(Table(el, d))
    for sec in d.sections:
        for p in sec.header.paragraphs:
            units.append(('text', p.text))
    return units


def read_odt(path):
    from odf.opendocument import load
    from odf import teletype
    doc = load(str(path))
    units = []

    def qn(el):
        return getattr(el, 'qname', (None, None))[1]

    def para_text(el):
        return teletype.extractText(el)

    def walk(el):
        for ch in el.childNodes:
            n = qn(ch)
            if n in ('p', 'h'):
                units.append(('text', para_text(ch)))
            elif n == 'table':
                walk_table(ch)
            elif n in ('list', 'list-item', 'section'):
                walk(ch)

    def walk_table(t):
        rows = []

        def collect(el):
            for ch in el.childNodes:
                n = qn(ch)
                if n == 'table-row':
                    rows.append(ch)
                elif n in ('table-header-rows', 'table-rows', 'table-row-group'):
                    collect(ch)
        collect(t)
        for r in rows:
            cells = []
            for c in r.childNodes:
                if qn(c) != 'table-cell':
                    continue
                parts = []
                for ch in c.childNodes:
                    n = qn(ch)
                    if n in ('p', 'h'):
                        parts.append(para_text(ch))
                    elif n == 'table':
                        walk_table(ch)
                cells.append(' '.join(parts))
            units.append(('table', ' | '.join(cells)))

    walk(doc.text)
    return units


def _fmt(v):
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(str(path), data_only=True)
    units = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            vals = [_fmt(v) for v in row if v is not None and str(v).strip() != '']
            if not vals:
                continue
            units.append(('table' if len(vals) >= 2 else 'text', ' | '.join(vals)))
    return units


def read_pdf(path):
    import pdfplumber
    units = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            for t in page.extract_tables():
                for row in t:
                    units.append(('table', ' | '.join(
                        (c or '').replace('-\n', '-').replace('\n', ' ') for c in row)))
            for line in (page.extract_text() or '').splitlines():
                units.append(('text', line))
    return units


TABLE_LINE = re.compile(r'[|│¦┃]')


def read_txt(path):
    raw = path.read_bytes()
    try:
        text = raw.decode('utf-8')
        enc = 'utf-8'
    except UnicodeDecodeError:
        text = raw.decode('cp1251')
        enc = 'cp1251'
    crlf = b'\r\n' in raw
    units = []
    for line in text.splitlines():
        gaps = len(re.findall(r'(?<=\S) {2,}(?=\S)', line.strip()))
        kind = 'table' if (TABLE_LINE.search(line) or gaps >= 2) else 'text'
        units.append((kind, line))
    return units, enc, crlf


# ------------------------------------------------------------ main
def main():
    catalogue, dirs = load_catalogue()
    if len(catalogue) < 30:
        problem(f'catalogue parse found only {len(catalogue)} keys')
    gaz = load_gazetteer()
    used = {core(l) for l in USED.read_text(encoding='utf-8').splitlines() if l.strip()}
    golds = sorted(HERE.glob('r13_*.gold.json'))
    seen_mun, seen_reg = {}, {}
    n_docs = n_fig = n_tab = 0
    formats = {}
    for g in golds:
        base = g.name[:-len('.gold.json')]
        docs = [HERE / f'{base}.{e}' for e in EXTS if (HERE / f'{base}.{e}').exists()]
        if len(docs) != 1:
            problem(f'{base}: expected one document, found {len(docs)}')
            continue
        doc = docs[0]
        ext = doc.suffix[1:]
        if not re.match(r'^r13_\d\d_[a-z0-9-]+_[a-z0-9_-]+$', base):
            problem(f'{base}: bad file name')
        gold = json.loads(g.read_text(encoding='utf-8'))
        if set(gold) != {'municipality', 'region', 'year', 'figures'}:
            problem(f'{base}: gold top-level keys {sorted(gold)}')
        # identity
        reg, mun, year = gold.get('region'), gold.get('municipality'), gold.get('year')
        if reg not in gaz:
            problem(f'{base}: region {reg!r} not in gazetteer')
        elif core(mun or '') not in gaz[reg]:
            problem(f'{base}: municipality {mun!r} not in gazetteer for {reg}')
        if core(mun or '') in used:
            problem(f'{base}: municipality {mun!r} is in the used list')
        if core(mun or '') in seen_mun:
            problem(f'{base}: municipality repeated (also {seen_mun[core(mun)]})')
        seen_mun[core(mun or '')] = base
        if reg in seen_reg:
            problem(f'{base}: region repeated (also {seen_reg[reg]})')
        seen_reg[reg] = base
        if not isinstance(year, int) or year not in (2024, 2025):
            problem(f'{base}: year {year!r}')
        figs = gold.get('figures', {})
        for k, v in figs.items():
            unit = catalogue.get(k)
            if unit is None:
                problem(f'{base}: unknown key {k}')
                continue
            if unit in ('count', 'persons'):
                if not (isinstance(v, int) and not isinstance(v, bool)):
                    problem(f'{base}: {k} should be int, got {v!r}')
            elif unit in ('percent', 'rubles'):
                if not isinstance(v, float):
                    problem(f'{base}: {k} should be decimal, got {v!r}')
        if not 25 <= len(figs) <= 40:
            problem(f'{base}: {len(figs)} figures (need 25–40)')
        # evidence
        ev = json.loads((EVD / f'{base}.json').read_text(encoding='utf-8'))
        items = ev['items']
        if {i['key'] for i in items} != set(figs) or len(items) != len(figs):
            problem(f'{base}: evidence keys differ from gold')
        # read document
        enc = crlf = None
        if ext == 'docx':
            units = read_docx(doc)
        elif ext == 'odt':
            units = read_odt(doc)
        elif ext == 'xlsx':
            units = read_xlsx(doc)
        elif ext == 'pdf':
            units = read_pdf(doc)
        else:
            units, enc, crlf = read_txt(doc)
        nunits = [(k, norm(u)) for k, u in units]
        # municipality and year should be visible somewhere in the text
        alltext = ' '.join(u for _, u in nunits)
        stem = core(mun or '').split()[0][:5] if mun else ''
        if stem and stem not in alltext:
            problem(f'{base}: municipality stem {stem!r} not found in document text')
        if str(year) not in alltext:
            problem(f'{base}: year {year} not found in document text')
        tcount = 0
        for it in items:
            key, val, w, a, where = it['key'], it['value'], it['written'], it['anchor'], it['where']
            if figs.get(key) != val:
                problem(f'{base}: {key} evidence value {val} != gold {figs.get(key)}')
            pv = parse_written(w, it.get('form'))
            if pv is None:
                problem(f'{base}: {key}: cannot parse {w!r}')
            elif catalogue.get(key) in ('percent', 'rubles'):
                if abs(pv - float(val)) > 0.05:
                    problem(f'{base}: {key}: {w!r} parses to {pv}, gold {val}')
            elif abs(pv - val) > 1e-6:
                problem(f'{base}: {key}: {w!r} parses to {pv}, gold {val}')
            na = norm(a)
            hits = [u for k, u in nunits if k == where and na in u and contains_number(u, w)]
            if not hits:
                problem(f'{base}: {key}: {w!r} with anchor {a!r} not found in one {where} unit')
            if where == 'table':
                tcount += 1
        share = 100.0 * tcount / max(1, len(items))
        if share < 60:
            problem(f'{base}: only {share:.0f} % of figures in tables')
        extra = f' [{enc}{", CRLF" if crlf else ", LF"}]' if enc else ''
        print(f'{doc.name}: {len(items)} figures, {tcount} in tables ({share:.0f} %){extra}')
        formats[ext] = formats.get(ext, 0) + 1
        n_docs += 1
        n_fig += len(items)
        n_tab += tcount
    # stray documents without gold
    for e in EXTS:
        for p in HERE.glob(f'r13_*.{e}'):
            if not (HERE / (p.stem + '.gold.json')).exists():
                problem(f'{p.name}: no gold file')
    overall = 100.0 * n_tab / max(1, n_fig)
    if overall < 75:
        problem(f'overall table share {overall:.1f} % < 75 %')
    print('formats:', ', '.join(f'{k} {v}' for k, v in sorted(formats.items())))
    print(f'verify: {n_docs} documents, {n_fig} figures ({overall:.1f} % in tables), '
          f'{len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
