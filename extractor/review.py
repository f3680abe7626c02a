"""`moc-extract review DIR`: the warnings of a run, file by file, with the numbers marked.

Reads DIR/warnings.csv (and DIR/figures.csv for the numbers as written), in either
dialect `run` writes (plain, or `--excel`), and DIR/reports.jsonl for the words that named
each report's municipality, region and year: shown beside a report's identity and
document-kind warnings, and for every report with `--identity`. On a terminal
each file is a rich panel with the number highlighted in its sentence; in pipes, plain
lines with the number marked [[like this]], nothing else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ValidationError
from rich.console import Console, Group
from rich.panel import Panel
from rich.text import Text

from extractor.catalogue import catalogue
from extractor.export import WARNING_COLUMNS, read_csv
from extractor.records import IdentityField, Severity
from extractor.shown import printable

_NUMBER = re.compile(r"\d[\d\u00a0 ]*(?:,\d+)?")
_LABEL = re.compile(r"«[^»]*»")
_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


class WarningRow(BaseModel):
    file: str
    severity: Severity
    code: str
    key: str = ""
    message: str
    quote: str = ""
    numbers: list[str] = []  # numbers as written to mark in the quotes

    @property
    def quotes(self) -> list[str]:
        return [q for q in self.quote.splitlines() if q.strip()]


class FileWarnings(BaseModel):
    file: str
    rows: list[WarningRow]
    identity: list[IdentityField] = []  # shown when asked or when identity is in doubt

    def count(self, severity: Severity) -> int:
        return sum(1 for r in self.rows if r.severity is severity)


def load(out: Path) -> list[WarningRow]:
    """The warnings of a run, each with the numbers its quotes should show marked.

    Raises ValueError (the reason in Russian) when warnings.csv or figures.csv is not a
    file `run` wrote: re-saved in another encoding, columns missing, a bad level."""
    written: dict[tuple[str, str], set[str]] = {}
    figures = out / "figures.csv"
    if figures.is_file():
        for f in read_csv(figures, ("file", "key")):
            written.setdefault((f["file"], f["key"]), set()).add(f.get("written", ""))
    rows: list[WarningRow] = []
    for n, w in enumerate(read_csv(out / "warnings.csv", WARNING_COLUMNS), start=2):
        try:
            row = WarningRow.model_validate(w)
        except ValidationError as exc:
            raise ValueError(f"warnings.csv, строка {n}: не замечание программы") from exc
        # The figure's own number, and the numbers the message names (a conflict's values).
        numbers = set(written.get((row.file, row.key), set()))
        # (not inside «…»: an indicator's name like «Охват детей 5–18 лет»).
        message = _LABEL.sub("", row.message)
        numbers.update(m.group(0).strip() for m in _NUMBER.finditer(message))
        row.numbers = sorted((n for n in numbers if n and n in row.quote), key=len, reverse=True)
        rows.append(row)
    return rows


# Warnings that doubt who or when a report is about: their file shows its identity evidence.
_IDENTITY_CODES = ("identity.", "document.", "year.")


def load_identity(out: Path) -> dict[str, list[IdentityField]]:
    """Each report's identity evidence from reports.jsonl; none when the run wrote none
    (an older run) or a line is not a report of ours: the review of warnings goes on."""
    path = out / "reports.jsonl"
    evidence: dict[str, list[IdentityField]] = {}
    if not path.is_file():
        return evidence
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            try:
                report = _IdentityOnly.model_validate_json(line)
            except ValidationError:
                continue
            evidence[report.file] = report.identity_evidence
    return evidence


class _IdentityOnly(BaseModel):
    file: str
    identity_evidence: list[IdentityField] = []


def select(
    rows: Sequence[WarningRow],
    severities: Sequence[str] = (),
    codes: Sequence[str] = (),
    files: Sequence[str] = (),
    identity: dict[str, list[IdentityField]] | None = None,
    every_identity: bool = False,
) -> list[FileWarnings]:
    """Filter (code: exact or prefix like «sum.»; file: part of the path), group by file,
    worst files first (errors, then warnings), worst warnings first within a file.

    With `identity`, a file whose warnings doubt its identity shows its evidence; with
    `every_identity`, every report does, those without warnings too."""
    kept = [
        r
        for r in rows
        if (not severities or r.severity.value in severities)
        and (not codes or any(r.code == c or r.code.startswith(c) for c in codes))
        and (not files or any(f in r.file for f in files))
    ]
    groups: dict[str, list[WarningRow]] = {}
    for r in kept:
        groups.setdefault(r.file, []).append(r)
    identity = identity or {}
    if every_identity:
        for f in identity:
            if not files or any(part in f for part in files):
                groups.setdefault(f, [])
    out = []
    for f, g in groups.items():
        doubted = any(r.code.startswith(_IDENTITY_CODES) for r in g)
        out.append(
            FileWarnings(
                file=f,
                rows=sorted(g, key=lambda r: (r.severity.rank, r.code)),
                identity=identity.get(f, []) if every_identity or doubted else [],
            )
        )
    out.sort(key=lambda g: (-g.count(Severity.error), -g.count(Severity.warning), g.file))
    return out


def _spans(text: str, numbers: Sequence[str]) -> list[tuple[int, int]]:
    """Where the numbers stand in the text, longest first, not overlapping, not inside
    a longer number («150» is not marked inside «1 150»)."""
    taken: list[tuple[int, int]] = []
    for n in numbers:
        for m in re.finditer(re.escape(n), text):
            s, e = m.span()
            if (s > 0 and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit()):
                continue
            if not any(s < te and ts < e for ts, te in taken):
                taken.append((s, e))
    return sorted(taken)


def marked_plain(text: str, numbers: Sequence[str]) -> str:
    out, pos = [], 0
    for s, e in _spans(text, numbers):
        out += [text[pos:s], "[[", text[s:e], "]]"]
        pos = e
    out.append(text[pos:])
    return "".join(out)


def marked_rich(text: str, numbers: Sequence[str]) -> Text:
    t = Text(text)
    for s, e in _spans(text, numbers):
        t.stylize("bold black on yellow", s, e)
    return t


def _heading(g: FileWarnings) -> str:
    counts = [
        f"{label}: {g.count(s)}"
        for s, label in (
            (Severity.error, "ошибки"),
            (Severity.warning, "предупреждения"),
            (Severity.info, "сведения"),
        )
        if g.count(s)
    ]
    return f"{printable(g.file) or '(папка)'} — {', '.join(counts) or 'замечаний нет'}"


def identity_lines(g: FileWarnings) -> list[tuple[str, str]]:
    """(what the report is taken for, the words that say it and where) per field."""
    lines = []
    for e in g.identity:
        value = "—" if e.value is None else str(e.value)
        where = e.location.describe() if e.location else ""
        said = f"«{e.quote}»" if e.quote else ""
        if where:
            said += f" ({where})"
        lines.append((f"{catalogue().identity_label(e.field)}: {value}", said))
    return lines


def print_plain(console: Console, groups: Sequence[FileWarnings]) -> None:
    for g in groups:
        console.print(f"== {_heading(g)}", markup=False, highlight=False)
        for what, said in identity_lines(g):
            console.print(f"  {printable(what)} — {printable(said)}", markup=False, highlight=False)
        for r in g.rows:
            key = f" [{printable(r.key)}]" if r.key else ""
            console.print(
                f"  {r.severity.label} {printable(r.code)}{key}: {printable(r.message)}",
                markup=False,
                highlight=False,
            )
            for q in r.quotes:
                console.print(
                    f"    «{printable(marked_plain(q, r.numbers))}»", markup=False, highlight=False
                )


def _panels(groups: Sequence[FileWarnings]) -> list[Panel]:
    """One panel per file; every text from the reports goes in as `Text`, never as markup."""
    panels = []
    for g in groups:
        parts: list[Text] = []
        for what, said in identity_lines(g):
            line = Text(printable(what), style="bold")
            line.append(f" — {printable(said)}", style="dim")
            parts.append(line)
        for r in g.rows:
            line = Text()
            line.append(f"{r.severity.label:14} ", style=_STYLE[r.severity.value])
            line.append(printable(r.code), style="bold")
            if r.key:
                line.append(f" [{printable(r.key)}]", style="dim")
            line.append(f"  {printable(r.message)}")
            parts.append(line)
            for q in r.quotes:
                quote = Text("    «")
                quote.append_text(marked_rich(printable(q), r.numbers))
                quote.append("»")
                parts.append(quote)
        panels.append(Panel(Group(*parts), title=Text(_heading(g)), title_align="left"))
    return panels


def print_rich(console: Console, groups: Sequence[FileWarnings], pager: bool | None = None) -> None:
    """Panels, their text wrapped to the terminal (never cut); through a pager when asked,
    or (`pager=None`) when they are longer than the screen."""
    panels = _panels(groups)
    if pager is None:
        options = console.options.update(width=console.width)
        height = sum(len(console.render_lines(p, options, pad=False)) for p in panels)
        pager = height > console.height
    if not pager:
        for p in panels:
            console.print(p, soft_wrap=False)
        return
    # less shows colours only with -R; a user's own LESS or PAGER settings are kept.
    os.environ.setdefault("LESS", "-R")
    with console.pager(styles=True):
        for p in panels:
            console.print(p, soft_wrap=False)


def print_review(
    console: Console, groups: Sequence[FileWarnings], plain: bool, pager: bool | None = None
) -> None:
    """`pager`: True — always page (on a terminal), False — never, None — when longer
    than the screen."""
    if not groups:
        console.print("Замечаний нет", markup=False)
        return
    if plain or not console.is_terminal:
        print_plain(console, groups)
    else:
        print_rich(console, groups, pager)
    total = sum(len(g.rows) for g in groups)
    console.print(f"Замечаний: {total}, файлов: {sum(1 for g in groups if g.rows)}", markup=False)
