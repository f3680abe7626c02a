"""Check the round-24 blind batch: gold format and that every gold figure's
written form is found in the text the document's reader library returns.

Run from anywhere:  python verify.py   (paths are relative to this file)
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(ROOT, 'gen'))
from common import KNOWN_KEYS, COUNT_KEYS, FLOAT_KEYS  # noqa: E402

SPACES = '\u00a0\u2009\u202f\u2007\t'


def norm(t):
    t = t.replace('\u00ad', '')
    for ch in SPACES:
        t = t.replace(ch, ' ')
    return t


def variants(raw):
    """Whitespace-collapsed text, plus a variant with line-end hyphens joined."""
    t = norm(raw).replace('\r\n', '\n')
    dehy = re.sub(r'(\w)-[ ]*\n[ ]*(\w)', r'\1\2', t)
    return [re.sub(r'\s+', ' ', x) for x in (t, dehy)]


def read_pdf(path):
    import pdfplumber
    texts = []
    streams = {2: [], 3: []}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            texts.append(page.extract_text() or '')
            W, H = page.width, page.height
            for n in (2, 3):
                for i in range(n):
                    x0, x1 = page.bbox[0] + i * W / n, min(page.bbox[0] + (i + 1) * W / n, page.bbox[2])
                    crop = page.crop((x0, page.bbox[1], x1, page.bbox[3]))
                    streams[n].append(crop.extract_text() or '')
    return ['\n'.join(texts), '\n'.join(streams[2]), '\n'.join(streams[3])]


def read_docx(path):
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for tb in d.tables:
        for row in tb.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return ['\n'.join(parts)]


def read_odt(path):
    from odf.opendocument import load
    from odf import text as otext, teletype
    d = load(path)
    parts = []
    for el in d.text.getElementsByType(otext.H) + d.text.getElementsByType(otext.P):
        parts.append(teletype.extractText(el))
    # document order is not needed for a substring check of short forms
    return ['\n'.join(parts)]


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append(' '.join('' if v is None else str(v) for v in row))
    return ['\n'.join(parts)]


def read_txt(path, enc):
    with open(path, 'rb') as fh:
        data = fh.read()
    return [data.decode(enc)], data


WORDS = {
    'ноль': 0, 'один': 1, 'одна': 1, 'одно': 1, 'два': 2, 'две': 2, 'три': 3, 'четыре': 4,
    'пять': 5, 'шесть': 6, 'семь': 7, 'восемь': 8, 'девять': 9, 'десять': 10,
    'одиннадцать': 11, 'двенадцать': 12, 'тринадцать': 13, 'четырнадцать': 14,
    'пятнадцать': 15, 'шестнадцать': 16, 'семнадцать': 17, 'восемнадцать': 18,
    'девятнадцать': 19, 'двадцать': 20, 'тридцать': 30, 'сорок': 40, 'пятьдесят': 50,
    'шестьдесят': 60, 'семьдесят': 70, 'восемьдесят': 80, 'девяносто': 90, 'сто': 100,
    'двести': 200, 'триста': 300, 'четыреста': 400, 'пятьсот': 500, 'шестьсот': 600,
    'семьсот': 700, 'восемьсот': 800, 'девятьсот': 900,
}


def words_value(form):
    total = cur = 0
    for w in norm(form).lower().replace('ё', 'е').split():
        if w in ('тысяча', 'тысячи', 'тысяч'):
            total += (cur or 1) * 1000
            cur = 0
        elif w in ('процент', 'процента', 'процентов'):
            continue
        else:
            cur += WORDS[w]
    return total + cur


def form_value(form, factor):
    s = norm(form).strip()
    mult = 1
    m = re.fullmatch(r'(.*?)\s*тыс\.?', s)
    if m:
        s, mult = m.group(1), 1000
    s = s.replace(' ', '').replace(',', '.').rstrip('%').strip()
    return float(s) * mult * factor


def main():
    problems = []
    forms_files = sorted(glob.glob(os.path.join(ROOT, 'gen', 'forms', '*.json')))
    docs = sorted(p for p in glob.glob(os.path.join(ROOT, 't9_*'))
                  if not p.endswith('.gold.json'))
    n_fig = n_prose = 0
    if len(docs) != len(forms_files):
        problems.append(f'{len(docs)} documents but {len(forms_files)} form files')
    for ff in forms_files:
        meta = json.load(open(ff, encoding='utf-8'))
        fname = meta['file']
        stem, ext = os.path.splitext(fname)
        ext = ext[1:]
        dpath = os.path.join(ROOT, fname)
        gpath = os.path.join(ROOT, stem + '.gold.json')
        if not os.path.exists(dpath):
            problems.append(f'{fname}: document missing'); continue
        try:
            gold = json.load(open(gpath, encoding='utf-8'))
        except Exception as e:  # noqa: BLE001
            problems.append(f'{stem}.gold.json: does not parse: {e}'); continue
        if set(gold) != {'municipality', 'region', 'year', 'figures'}:
            problems.append(f'{stem}: gold fields {sorted(gold)}')
        if not isinstance(gold.get('municipality'), str) or not gold['municipality']:
            problems.append(f'{stem}: municipality not a string')
        if not isinstance(gold.get('region'), str) or not gold['region']:
            problems.append(f'{stem}: region not a string')
        if type(gold.get('year')) is not int or not 2015 <= gold['year'] <= 2030:
            problems.append(f'{stem}: year not an int')
        figs = gold.get('figures', {})
        if not isinstance(figs, dict):
            problems.append(f'{stem}: figures not an object'); continue
        for k, v in figs.items():
            if k not in KNOWN_KEYS:
                problems.append(f'{stem}: unknown key {k}')
            elif k in COUNT_KEYS and type(v) is not int:
                problems.append(f'{stem}: {k} must be int, is {v!r}')
            elif k in FLOAT_KEYS and type(v) is not float:
                problems.append(f'{stem}: {k} must be float, is {v!r}')
        # text as the reader library returns it
        if ext == 'pdf':
            raws = read_pdf(dpath)
        elif ext == 'docx':
            raws = read_docx(dpath)
        elif ext == 'odt':
            raws = read_odt(dpath)
        elif ext == 'xlsx':
            raws = read_xlsx(dpath)
        elif ext == 'txt':
            try:
                raws, data = read_txt(dpath, meta['encoding'])
            except UnicodeDecodeError as e:
                problems.append(f'{fname}: not {meta["encoding"]}: {e}'); continue
            if meta['encoding'].lower() in ('cp1251', 'windows-1251'):
                if b'\r\n' not in data or re.search(rb'(?<!\r)\n', data):
                    problems.append(f'{fname}: cp1251 file must use CRLF only')
                try:
                    data.decode('utf-8')
                    problems.append(f'{fname}: cp1251 file also decodes as utf-8')
                except UnicodeDecodeError:
                    pass
        else:
            problems.append(f'{fname}: unknown extension'); continue
        texts = [v for r in raws for v in variants(r)]
        fkeys = [f['key'] for f in meta['forms']]
        if sorted(fkeys) != sorted(figs):
            problems.append(f'{stem}: form keys {sorted(fkeys)} != gold keys {sorted(figs)}')
        for f in meta['forms']:
            key, form, factor = f['key'], f['form'], f['factor']
            n_fig += 1
            n_prose += f.get('where', 'prose') != 'table'
            nf = re.sub(r'\s+', ' ', norm(form)).strip()
            # in running text a following ' ddd' group would mean the form is only
            # the head of a bigger number; table cells are separated by spaces anyway
            tail = r'(?![\w]|[.,]\d)' if f.get('where') == 'table' else r'(?![\w]|[.,]\d|\s\d{3}(?!\d))'
            pat = r'(?<![\w,.])' + re.escape(nf) + tail
            if not any(re.search(pat, t, flags=re.I) for t in texts):
                problems.append(f'{stem}: {key}: form {nf!r} not found in extracted text')
            if factor is None and key in figs:
                try:
                    val = words_value(form)
                    if abs(val - figs[key]) > 0.05:
                        problems.append(f'{stem}: {key}: words {nf!r} = {val} but gold {figs[key]}')
                except KeyError as e:
                    problems.append(f'{stem}: {key}: words {nf!r}: unknown word {e}')
            if factor is not None and key in figs:
                try:
                    val = form_value(form, factor)
                    if abs(val - figs[key]) > 0.05:
                        problems.append(f'{stem}: {key}: form {nf!r} = {val} but gold {figs[key]}')
                except ValueError:
                    problems.append(f'{stem}: {key}: form {nf!r} is not numeric')
    for p in problems:
        print('PROBLEM:', p)
    share = 100.0 * n_prose / n_fig if n_fig else 0.0
    print(f'verify: {len(forms_files)} documents, {n_fig} gold figures '
          f'({share:.0f} % in running text), {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
