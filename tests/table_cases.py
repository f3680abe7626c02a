"""The table-case suite's data: one TOML file per case under tests/data/table_cases/, each
a table shape written once as a grid and rendered into every format where that shape
exists (.docx, .xlsx, text with «|», fixed-width text, and .pdf made from the .docx by
LibreOffice), with the figures a person reads from it.

A case file:

    title = "Merged header «Значение» over «2023 г. | 2024 г.»"
    shape = "multi-row header"            # what the case is about, in a few words
    formats = ["docx", "xlsx", "pipe", "fixed", "pdf"]   # and "pdf_borderless": the .docx
                                          # table without rules, as a pdf
    before = ["Отчёт … города Кострома за 2024 год"]   # paragraphs before the table
    after = []                                          # and after it
    rows = [                                # the grid; "<" is the cell merged with the
      ["№", "Показатель", "Значение", "<"], # one on its left, "^" with the one above
      ["^", "^", "2023 г.", "2024 г."],
      ["1", "Количество программ, ед.", "512", "548"],
    ]
    header_rows = 2                         # optional: the rule under the header in
                                            # fixed-width text (0: none)
    [expected]                              # every figure of the document, no more
    programs_total = 548

A second table may follow under `[[table]]` entries (each with its own `caption`,
`rows`) when a shape needs two (a continuation, one table per direction).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

CASES = Path(__file__).resolve().parent / "data" / "table_cases"
FORMATS = ("docx", "xlsx", "pipe", "fixed", "pdf", "pdf_borderless")

LEFT, UP = "<", "^"
# A cell that is one number as Excel would store it: «14 630», «81,2 %», «6 150,00».
_NUMBER = re.compile(r"^-?\d{1,3}(?:[ \u00a0]\d{3})*(?:,(\d+))?(\s*%)?$|^-?\d+(?:,(\d+))?(\s*%)?$")


@dataclass
class Grid:
    caption: str
    rows: list[list[str]]
    header_rows: int | None = None  # None: as deep as the first row's merged cells reach

    def anchors(self) -> list[tuple[int, int, int, int, str]]:
        """Each cell as (row, col, rows it spans, columns it spans, text)."""
        out = []
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                if text in (LEFT, UP):
                    continue
                across = 1
                while c + across < len(row) and row[c + across] == LEFT:
                    across += 1
                down = 1
                while r + down < len(self.rows) and all(
                    self.rows[r + down][k] == UP for k in range(c, c + across)
                ):
                    down += 1
                out.append((r, c, down, across, text))
        return out

    def plain(self) -> list[list[str]]:
        """Texts per position, a merged cell's text at its top left only."""
        return [["" if t in (LEFT, UP) else t for t in row] for row in self.rows]


@dataclass
class Case:
    name: str
    title: str
    shape: str
    formats: list[str]
    before: list[str]
    after: list[str]
    tables: list[Grid]
    expected: dict[str, float]
    between: list[str] = field(default_factory=list)


def load_cases() -> list[Case]:
    cases = []
    for path in sorted(CASES.glob("[0-9]*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        tables = (
            [Grid(str(data.get("caption", "")), data["rows"], data.get("header_rows"))]
            if "rows" in data
            else []
        )
        tables += [
            Grid(str(t.get("caption", "")), t["rows"], t.get("header_rows"))
            for t in data.get("table", [])
        ]
        cases.append(
            Case(
                name=path.stem,
                title=data["title"],
                shape=data["shape"],
                formats=list(data["formats"]),
                before=list(data.get("before", [])),
                after=list(data.get("after", [])),
                tables=tables,
                expected={k: float(v) for k, v in data["expected"].items()},
                between=list(data.get("between", [])),
            )
        )
    return cases


# --- renderers --------------------------------------------------------------------------


def _items(case: Case) -> list[str | Grid]:
    """Paragraphs and tables in reading order."""
    items: list[str | Grid] = list(case.before)
    for i, grid in enumerate(case.tables):
        if i and case.between:
            items.extend(case.between)
        if grid.caption:
            items.append(grid.caption)
        items.append(grid)
    items.extend(case.after)
    return items


def write_docx(case: Case, path: Path, ruled: bool = True) -> None:
    import docx
    from docx.shared import Cm

    document = docx.Document()
    for item in _items(case):
        if isinstance(item, str):
            document.add_paragraph(item)
            continue
        width = max(len(r) for r in item.rows)
        table = document.add_table(rows=len(item.rows), cols=width)
        if ruled:
            table.style = "Table Grid"  # else python-docx's default: a table without rules
        table.autofit = False
        # Columns as wide as their longest word-run asks, as a writer drags them: the
        # label column wide, the number columns narrow (17 cm of an A4 page in all).
        need = [
            max((min(len(row[c]), 40) for row in item.plain() if c < len(row)), default=4) + 4
            for c in range(width)
        ]
        for c in range(width):
            table.columns[c].width = Cm(17 * need[c] / sum(need))  # the grid LibreOffice reads
            for row in table.rows:
                row.cells[c].width = Cm(17 * need[c] / sum(need))
        for r, c, down, across, text in item.anchors():
            cell = table.cell(r, c)
            if down > 1 or across > 1:
                cell = cell.merge(table.cell(r + down - 1, c + across - 1))
            cell.text = text
    document.save(path)


def write_xlsx(case: Case, path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Отчёт"
    r0 = 1
    for item in _items(case):
        if isinstance(item, str):
            ws.cell(r0, 1, item)
            r0 += 2  # an empty row after a paragraph, as forms are laid out
            continue
        for r, c, down, across, text in item.anchors():
            cell = ws.cell(r0 + r, 1 + c)
            _set_value(cell, text)
            if down > 1 or across > 1:
                ws.merge_cells(
                    start_row=r0 + r,
                    start_column=1 + c,
                    end_row=r0 + r + down - 1,
                    end_column=c + across,
                )
        r0 += len(item.rows) + 1
    wb.save(path)


def _set_value(cell: object, text: str) -> None:
    """A number as Excel stores it, with the format that shows it as written."""
    m = _NUMBER.match(text.strip())
    if not m or not text.strip():
        cell.value = text  # type: ignore[attr-defined]
        return
    decimals = m.group(1) or m.group(3) or ""
    percent = bool(m.group(2) or m.group(4))
    value = float(re.sub(r"[ \u00a0%]", "", text).replace(",", "."))
    if percent:
        value /= 100
    fmt = "0" + ("." + "0" * len(decimals) if decimals else "")
    cell.value = value if decimals or percent else int(value)  # type: ignore[attr-defined]
    cell.number_format = fmt + ("%" if percent else "")  # type: ignore[attr-defined]


def write_pipe(case: Case, path: Path) -> None:
    lines: list[str] = []
    for item in _items(case):
        if isinstance(item, str):
            lines += [item, ""]
            continue
        for row in item.plain():
            lines.append("| " + " | ".join(row) + " |")
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_fixed(case: Case, path: Path) -> None:
    """Columns aligned with spaces, a rule of dashes under the header rows."""
    lines: list[str] = []
    for item in _items(case):
        if isinstance(item, str):
            lines += [item, ""]
            continue
        plain = item.plain()
        width = max(len(r) for r in plain)
        widths = [max(len(r[c]) if c < len(r) else 0 for r in plain) for c in range(width)]
        head = _header_depth(item)
        for i, row in enumerate(plain):
            cells = [(row[c] if c < len(row) else "").ljust(widths[c]) for c in range(width)]
            lines.append("  ".join(cells).rstrip())
            if i == head - 1:
                lines.append("  ".join("-" * w for w in widths))
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _header_depth(grid: Grid) -> int:
    """Rows down to the last one a header cell of the first row reaches (for the rule),
    or as the case says (0: no header, no rule)."""
    if grid.header_rows is not None:
        return grid.header_rows
    first = [a for a in grid.anchors() if a[0] == 0]
    return max((a[2] for a in first), default=1)


def write_docx_borderless(case: Case, path: Path) -> None:
    write_docx(case, path, ruled=False)


WRITERS = {"docx": write_docx, "xlsx": write_xlsx, "pipe": write_pipe, "fixed": write_fixed}
# the .docx each pdf is made from, by LibreOffice
PDF_SOURCES = {"pdf": write_docx, "pdf_borderless": write_docx_borderless}
SUFFIX = {
    "docx": ".docx",
    "xlsx": ".xlsx",
    "pipe": ".txt",
    "fixed": ".txt",
    "pdf": ".pdf",
    "pdf_borderless": ".pdf",
}
