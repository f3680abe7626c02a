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
) -> None:
    """Read every report under FOLDER and write the outputs to --out."""
    from extractor.console import make_console, print_run_summary, progress_reporter
    from extractor.pipeline import run as run_pipeline

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {folder}")
        raise typer.Exit(EXIT_USAGE)
    with progress_reporter(console) as on_file:
        result = run_pipeline(folder, out, on_file=on_file)
    print_run_summary(console, result, out)
    raise typer.Exit(EXIT_SOME_FILES_FAILED if result.failed else EXIT_OK)


def main() -> None:
    app()
