"""Terminal output with rich, degrading to plain lines when not on a terminal.

In CI logs and pipes a progress bar would be a stream of control codes; there we print
one plain line per file instead, and rich's own detection turns colour off.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from extractor.evaluate import Evaluation
from extractor.pipeline import OnFile, RunResult
from extractor.records import Problem, Severity
from extractor.shown import printable


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich exits with status 1 itself, which README keeps for bugs; the command line
        # says what a closed pipe is (extractor.cli.main: status 141).
        raise BrokenPipeError


def make_console() -> Console:
    return _Console(highlight=False, soft_wrap=True)


@contextmanager
def progress_reporter(console: Console) -> Iterator[OnFile]:
    if not console.is_terminal:

        def plain(i: int, total: int, name: str) -> None:
            if name:
                console.print(f"[{i + 1}/{total}] {printable(name)}", markup=False)

        yield plain
        return
    with Progress(
        TextColumn("[bold]Чтение"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}", markup=False),  # a file name, not markup
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def bar(i: int, total: int, name: str) -> None:
            progress.update(task, completed=i, total=total, description=printable(name))

        yield bar


def worst_files(problems: Sequence[Problem]) -> list[tuple[str, Counter[Severity]]]:
    """Files with problems, most errors first, then most warnings."""
    by_file: dict[str, Counter[Severity]] = {}
    for p in problems:
        by_file.setdefault(p.file, Counter())[p.severity] += 1
    return sorted(
        by_file.items(),
        key=lambda kv: (-kv[1][Severity.error], -kv[1][Severity.warning], kv[0]),
    )


def print_run_summary(
    console: Console, result: RunResult, out: Path, worst: int = 10, limit: int = 50
) -> None:
    """The run's counts, its problems worst first (at most `limit` lines), the worst files."""
    read = [f for f in result.files if f.document is not None]
    figures = sum(len(r.figures) for r in result.records)
    by_severity = Counter(p.severity for p in result.problems)
    severities = ", ".join(
        f"{label} {by_severity[s]}"
        for s, label in (
            (Severity.error, "ошибок"),
            (Severity.warning, "предупреждений"),
            (Severity.info, "сведений"),
        )
    )
    ranked = [
        (f, c) for f, c in worst_files(result.problems) if c[Severity.error] or c[Severity.warning]
    ][:worst]
    problems = sorted(result.problems, key=lambda p: (p.severity.rank, p.file))
    shown_out = printable(str(out))
    if not console.is_terminal:
        # Logs and pipes get one whole line per problem, to grep and to paste, written as
        # they are: there is nothing to style, and rich would measure and wrap each one.
        # Worst first, and at most `limit` of them: a corrections file of a million lines
        # must not print a million lines; warnings.csv has them all.
        lines = []
        for p in problems[:limit]:
            key = f"[{printable(p.key)}]" if p.key else ""
            lines.append(
                f"{p.severity.value}\t{p.code}{key}\t{printable(p.file)}\t{printable(p.message)}\n"
            )
        if len(problems) > limit:
            lines.append(
                f"… и ещё замечаний: {len(problems) - limit}; все они в "
                f"{printable(str(out / 'warnings.csv'))}, по файлам: "
                f"moc-extract review {shown_out}\n"
            )
        console.file.write("".join(lines))
        console.print(
            f"Прочитано файлов: {len(read)} из {len(result.files)}; не прочитано: "
            f"{len(result.failed)}; показателей найдено: {figures}; результаты: {shown_out}",
            markup=False,
        )
        console.print(f"Замечания: {severities}", markup=False)
        for f, c in ranked:
            console.print(
                f"  {printable(f) or '(папка)'}: ошибок {c[Severity.error]}, "
                f"предупреждений {c[Severity.warning]}",
                markup=False,
            )
        return
    # Table cells given as str are parsed as rich markup: every name and message goes in
    # as Text, so «[old] отчёт.txt» shows as it is and «[/bold].txt» cannot break the table.
    summary = Table(show_header=False, box=None, title="Итоги", title_justify="left")
    summary.add_row("Прочитано файлов", f"{len(read)} из {len(result.files)}")
    if result.failed:
        summary.add_row("Не прочитано", Text(str(len(result.failed)), style="bold red"))
    summary.add_row("Показателей найдено", str(figures))
    summary.add_row("Замечания", severities)
    summary.add_row("Результаты", Text(shown_out))
    console.print(summary)
    errors = [p for p in problems if p.severity is Severity.error]
    if errors:
        table = Table(title="Ошибки", title_justify="left")
        for col in ("Файл", "Код", "Сообщение"):
            table.add_column(col, overflow="fold")
        for p in errors[:limit]:
            table.add_row(
                Text(printable(p.file)),
                Text(printable(p.code)),
                Text(printable(p.message)),
                style="red",
            )
        console.print(table)
        if len(errors) > limit:
            console.print(f"… и ещё ошибок: {len(errors) - limit}", markup=False)
    if ranked:
        table = Table(title="Файлы с замечаниями (худшие первыми)", title_justify="left")
        for col in ("Файл", "Ошибки", "Предупреждения", "Сведения"):
            table.add_column(col, justify="left" if col == "Файл" else "right", overflow="fold")
        for f, c in ranked:
            table.add_row(
                Text(printable(f) or "(папка)"),
                str(c[Severity.error]),
                str(c[Severity.warning]),
                str(c[Severity.info]),
            )
        console.print(table)
    if result.problems:
        console.print(f"Подробности: moc-extract review {shown_out}", markup=False)


# What a miss is (evaluate.Miss.kind), in the words the evaluation prints.
_MISS_KIND = {
    "missed": "пропущено",
    "wrong": "неверно",
    "extra": "лишнее",
    "identity": "реквизит",
}


def _score(value: float) -> str:
    return f"{value:.3f}".replace(".", ",")


def print_evaluation(
    console: Console, ev: Evaluation, limit: int = 0, documents: bool = False
) -> None:
    """Scores per key and overall; with `documents`, per document too; then the misses."""
    table = Table(title=f"Оценка по эталонам: файлов {ev.files}")
    # P, R and F1 are the scores' usual names; tp, fp, fn their counts.
    for col in ("показатель", "P", "R", "F1", "верно", "лишние", "пропущены"):
        if col == "показатель":
            table.add_column(col, overflow="fold")  # a key is never cut: it is grepped for
        else:
            table.add_column(col, justify="right")
    for s in [*ev.keys, ev.overall]:
        table.add_row(
            "всего" if s is ev.overall else s.key,
            _score(s.precision),
            _score(s.recall),
            _score(s.f1),
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    console.print(table)
    if documents:
        per = Table(title="По документам")
        per.add_column("документ", overflow="fold")
        for col in ("P", "R", "F1", "верно", "лишние", "пропущены"):
            per.add_column(col, justify="right")
        for d in sorted(ev.documents, key=lambda d: (d.f1, d.key)):
            per.add_row(
                Text(printable(d.key)),
                _score(d.precision),
                _score(d.recall),
                _score(d.f1),
                str(d.tp),
                str(d.fp),
                str(d.fn),
            )
        console.print(per)
    shown = ev.misses if not limit else ev.misses[:limit]
    if shown:
        # One line per miss: these are read, grepped and pasted into notes.
        console.print(f"Промахи: {len(ev.misses)}")
        for m in shown:
            gold = "" if m.gold is None else m.gold
            found = "" if m.found is None else m.found
            quote = f" «{printable(m.quote[:200])}»" if m.quote else ""
            kind = _MISS_KIND.get(m.kind, m.kind)
            console.print(
                f"  {kind:10} {printable(m.file)} {m.key}: эталон={gold} найдено={found}{quote}",
                markup=False,
            )
    o = ev.overall
    if ev.tables is not None and ev.tables.tp + ev.tables.fp + ev.tables.fn:
        t = ev.tables
        console.print(
            f"Табличные показатели: P={_score(t.precision)} R={_score(t.recall)} "
            f"F1={_score(t.f1)} (верно {t.tp}, лишние {t.fp}, пропущены {t.fn})",
            markup=False,
        )
    share = f"{ev.identity_accuracy:.1%}".replace(".", ",").replace("%", " %")
    console.print(
        f"Итого: P={_score(o.precision)} R={_score(o.recall)} F1={_score(o.f1)}; "
        f"муниципалитет, регион и год верны: {ev.identity_right} из {ev.identity_total} "
        f"({share})",
        markup=False,
    )
