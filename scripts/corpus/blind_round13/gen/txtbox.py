"""Helpers for fixed-width text tables."""
import textwrap


def box(rows, widths, header_rows=1, aligns=None, value_line='first', sep_every=False):
    """Render a +---+ box table. rows: lists of cell strings; a cell may wrap.
    value_line: for wrapped label rows, print the short cells on 'first' or 'last' line."""
    aligns = aligns or ['l'] * len(widths)
    border = '+' + '+'.join('-' * (w + 2) for w in widths) + '+'
    out = [border]
    for i, row in enumerate(rows):
        if row == 'SEP':
            out.append(border)
            continue
        wrapped = [textwrap.wrap(str(c), w) or [''] for c, w in zip(row, widths)]
        n = max(len(x) for x in wrapped)
        vl = value_line if not isinstance(row, tuple) else row
        for j, x in enumerate(wrapped):
            if len(x) < n:
                pad = [''] * (n - len(x))
                wrapped[j] = (pad + x) if (vl == 'last' and j >= 2) else (x + pad)
        for k in range(n):
            cells = []
            for j, w in enumerate(widths):
                s = wrapped[j][k]
                a = 'c' if i < header_rows else aligns[j]
                cells.append(s.center(w) if a == 'c' else (s.rjust(w) if a == 'r' else s.ljust(w)))
            out.append('| ' + ' | '.join(cells) + ' |')
        if i < header_rows and (i == header_rows - 1):
            out.append(border.replace('-', '='))
        elif sep_every:
            out.append(border)
    out.append(border)
    return out


def pipe(rows, aligns=None, header=True):
    """Markdown-like | table, as pasted into an e-mail."""
    n = len(rows[0])
    aligns = aligns or ['l'] + ['r'] * (n - 1)
    w = [max(len(str(r[j])) for r in rows) for j in range(n)]
    out = []
    for i, r in enumerate(rows):
        cells = []
        for j in range(n):
            s = str(r[j])
            cells.append(s.ljust(w[j]) if (aligns[j] == 'l' or i == 0) else s.rjust(w[j]))
        out.append('| ' + ' | '.join(cells) + ' |')
        if i == 0 and header:
            out.append('|' + '|'.join('-' * (x + 2) for x in w) + '|')
    return out
