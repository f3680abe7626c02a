"""Fixed-width table helpers for the txt documents."""


def _cell_lines(v):
    return str(v).split("\n")


def box(rows, widths, aligns=None, header_rows=1, sep_every=False):
    """«+---+» box table. rows: list of rows; a cell may hold '\n' for extra lines."""
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hline = "+" + "+".join("=" * (w + 2) for w in widths) + "+"
    out = [line]
    for i, r in enumerate(rows):
        if r == "---":
            out.append(line)
            continue
        cells = [_cell_lines(v) for v in r]
        h = max(len(c) for c in cells)
        for k in range(h):
            parts = []
            for j, w in enumerate(widths):
                s = cells[j][k] if k < len(cells[j]) else ""
                a = "c" if i < header_rows else aligns[j]
                s = s.center(w) if a == "c" else (s.rjust(w) if a == "r" else s.ljust(w))
                parts.append(" " + s + " ")
            out.append("|" + "|".join(parts) + "|")
        if i == header_rows - 1:
            out.append(hline)
        elif sep_every:
            out.append(line)
    if out[-1] != line and out[-1] != hline:
        out.append(line)
    return out


def pipe(rows, widths, aligns=None, header_rows=1, rule="-"):
    """«|» table with a rule under the header."""
    aligns = aligns or ["l"] + ["r"] * (len(widths) - 1)
    out = []
    for i, r in enumerate(rows):
        if r == "---":
            out.append("|" + "|".join(rule * (w + 2) for w in widths) + "|")
            continue
        if isinstance(r, str):          # spanning section row
            total = sum(widths) + 3 * (len(widths) - 1)
            out.append("| " + r.ljust(total) + " |")
            continue
        cells = [_cell_lines(v) for v in r]
        h = max(len(c) for c in cells)
        for k in range(h):
            parts = []
            for j, w in enumerate(widths):
                s = cells[j][k] if k < len(cells[j]) else ""
                a = "c" if i < header_rows else aligns[j]
                s = s.center(w) if a == "c" else (s.rjust(w) if a == "r" else s.ljust(w))
                parts.append(" " + s + " ")
            out.append("|" + "|".join(parts) + "|")
        if i == header_rows - 1:
            out.append("|" + "|".join(rule * (w + 2) for w in widths) + "|")
    return out


def fixed(rows, widths, aligns=None, gap=2):
    """Space-aligned columns (no rules)."""
    aligns = aligns or ["l"] * len(widths)
    out = []
    for r in rows:
        cells = [_cell_lines(v) for v in r]
        h = max(len(c) for c in cells)
        for k in range(h):
            parts = []
            for j, w in enumerate(widths):
                s = cells[j][k] if k < len(cells[j]) else ""
                s = s.rjust(w) if aligns[j] == "r" else s.ljust(w)
                parts.append(s)
            out.append((" " * gap).join(parts).rstrip())
    return out
