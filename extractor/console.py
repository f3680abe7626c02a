"""Terminal output with rich, degrading to plain lines when not on a terminal.

In CI logs and pipes a progress bar would be a stream of control codes; there we print
one plain line per file instead, and rich's own detection turns colour off.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from extractor.evaluate import Evaluation
from extractor.pipeline import OnFile, RunResult


def make_console() -> Console:
    return Console(highlight=False, soft_wrap=True)


@contextmanager
def progress_reporter(console: Console) -> Iterator[OnFile]:
    if not console.is_terminal:

        def plain(i: int, total: int, name: str) -> None:
            if name:
                console.print(f"[{i + 1}/{total}] {name}", markup=False)

        yield plain
        return
    with Progress(
        TextColumn("[bold]Чтение"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def bar(i: int, total: int, name: str) -> None:
            progress.update(task, completed=i, total=total, description=name)

        yield bar


def print_run_summary(console: Console, result: RunResult, out: Path) -> None:
    read = [f for f in result.files if f.document is not None]
    console.print(f"Прочитано файлов: {len(read)} из {len(result.files)}; результаты: {out}")
    if not result.problems:
        return
    problems = sorted(result.problems, key=lambda p: (p.severity.rank, p.file))
    if not console.is_terminal:
        # Logs and pipes get one whole line per problem, to grep and to paste.
        for p in problems:
            console.print(
                f"{p.severity.value}\t{p.code}\t{p.file}\t{p.message}", markup=False
            )
        return
    table = Table(title="Замечания", show_lines=False)
    for col in ("Файл", "Уровень", "Код", "Сообщение"):
        table.add_column(col, overflow="fold")
    for p in problems:
        table.add_row(p.file, p.severity.value, p.code, p.message, style=None)
    console.print(table)


def print_evaluation(console: Console, ev: Evaluation, limit: int = 0) -> None:
    table = Table(title=f"Оценка по эталонам: файлов {ev.files}")
    for col in ("key", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "key" else "right")
    for s in [*ev.keys, ev.overall]:
        table.add_row(
            s.key,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            str(s.tp),
            str(s.fp),
            str(s.fn),
        )
    console.print(table)
    shown = ev.misses if not limit else ev.misses[:limit]
    if shown:
        # One line per miss: these are read, grepped and pasted into notes.
        console.print(f"Промахи: {len(ev.misses)}")
        for m in shown:
            gold = "" if m.gold is None else m.gold
            found = "" if m.found is None else m.found
            quote = f" «{m.quote[:200]}»" if m.quote else ""
            console.print(f"  {m.kind:8} {m.file} {m.key}: gold={gold} found={found}{quote}")
    o = ev.overall
    console.print(
        f"overall: P={o.precision:.3f} R={o.recall:.3f} F1={o.f1:.3f}; "
        f"identity: {ev.identity_right}/{ev.identity_total} = {ev.identity_accuracy:.1%}"
    )
