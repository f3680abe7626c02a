"""Command line: `moc-extract run FOLDER --out DIR`.

Only typer is imported at start-up; readers, natasha and pdfplumber are imported when a
command needs them, so `moc-extract --help` answers at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

# Exit statuses (documented in README).
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_SOME_FILES_FAILED = 3

app = typer.Typer(
    name="moc-extract",
    help="Сводит отчёты муниципальных опорных центров (МОЦ) в одну проверенную таблицу.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """moc-extract: reports of МОЦ → one consolidated, validated table."""


@app.command()
def run(
    folder: Annotated[
        Path,
        typer.Argument(help="Папка с отчётами (txt, docx, pdf; doc/rtf/odt через LibreOffice)."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Куда записать результаты.")] = Path(
        "moc-out"
    ),
    max_text_mb: Annotated[
        float,
        typer.Option(
            "--max-text-mb",
            min=0.001,
            help="Наибольший объём текста одного отчёта, МБ; файлы больше пропускаются "
            "с ошибкой read.too_large.",
        ),
    ] = 2.0,  # = extractor.read.DEFAULT_MAX_TEXT_MB, not imported to keep --help fast
) -> None:
    """Read every report under FOLDER and write the outputs to --out."""
    from extractor.console import make_console, print_run_summary, progress_reporter
    from extractor.pipeline import run as run_pipeline

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {folder}")
        raise typer.Exit(EXIT_USAGE)
    with progress_reporter(console) as on_file:
        result = run_pipeline(folder, out, on_file=on_file, max_text_mb=max_text_mb)
    print_run_summary(console, result, out)
    raise typer.Exit(EXIT_SOME_FILES_FAILED if result.has_errors else EXIT_OK)


@app.command("eval")
def eval_(
    folder: Annotated[Path, typer.Argument(help="Папка с документами и файлами NAME.gold.json.")],
    misses: Annotated[int, typer.Option(help="Сколько промахов показать (0 — все).")] = 0,
) -> None:
    """Score extraction against the gold files beside the documents."""
    from extractor.console import make_console, print_evaluation
    from extractor.discover import discover
    from extractor.evaluate import evaluate, gold_path, load_gold
    from extractor.pipeline import read_one

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {folder}")
        raise typer.Exit(EXIT_USAGE)
    pairs = []
    failed = 0
    for path, rel in discover(folder).files:
        gold = gold_path(path)
        if not gold.is_file():
            continue
        result = read_one(path, rel)
        if result.record is None:
            failed += 1
            reason = "; ".join(p.message for p in result.problems) or "?"
            console.print(f"{rel}: не прочитан ({reason})")
            continue
        pairs.append((result.record, load_gold(gold)))
    if not pairs:
        console.print(f"В папке {folder} нет документов с файлами .gold.json")
        raise typer.Exit(EXIT_USAGE)
    print_evaluation(console, evaluate(pairs), limit=misses)
    raise typer.Exit(EXIT_SOME_FILES_FAILED if failed else EXIT_OK)


def main() -> None:
    app()
