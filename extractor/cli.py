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
    # Plain click help: typer's rich help imports rich and markdown-it, about 0.2 s, which
    # alone would make `--help` slower than the 0.3 s it may take.
    rich_markup_mode=None,
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
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Сколько файлов читать параллельно (все ядра)."),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Не брать готовые результаты из кэша (OUT/.cache)."),
    ] = False,
    timeout: Annotated[
        float,
        typer.Option(min=0, help="Предел времени на один файл, секунд (0 — без предела)."),
    ] = 300.0,  # extractor.process.DEFAULT_TIMEOUT_S, not imported: --help stays light
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV для русского Excel: UTF-8 с BOM, разделитель «;», запятая в числах.",
        ),
    ] = False,
    max_text_mb: Annotated[
        float,
        typer.Option(
            "--max-text-mb",
            min=0.001,
            help="Наибольший объём текста одного отчёта, МБ; файлы больше пропускаются "
            "с ошибкой read.too_large.",
        ),
    ] = 2.0,  # = extractor.read.DEFAULT_MAX_TEXT_MB, not imported to keep --help fast
    max_pages: Annotated[
        int,
        typer.Option(
            "--max-pages",
            min=1,
            help="Наибольшее число страниц одного PDF; файлы больше пропускаются "
            "с ошибкой read.too_large, не читая страниц.",
        ),
    ] = 500,  # = extractor.read.DEFAULT_MAX_PAGES, likewise
) -> None:
    """Read every report under FOLDER and write the outputs to --out."""
    from extractor.cache import CACHE_DIRNAME
    from extractor.console import make_console, print_run_summary, progress_reporter
    from extractor.pipeline import run as run_pipeline
    from extractor.process import ProcessOptions

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {folder}")
        raise typer.Exit(EXIT_USAGE)
    with progress_reporter(console) as on_file:
        options = ProcessOptions(
            jobs=jobs,
            timeout=timeout,
            cache_dir=None if no_cache else out / CACHE_DIRNAME,
            max_text_mb=max_text_mb,
            max_pages=max_pages,
        )
        result = run_pipeline(folder, out, on_file=on_file, options=options, excel=excel)
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


@app.command()
def review(
    out: Annotated[Path, typer.Argument(help="Папка результатов `run` (с warnings.csv).")],
    severity: Annotated[
        list[str] | None,
        typer.Option("--severity", "-s", help="Только этот уровень: error, warning, info."),
    ] = None,
    code: Annotated[
        list[str] | None,
        typer.Option("--code", "-c", help="Только этот код или префикс кода (sum.)."),
    ] = None,
    file: Annotated[
        list[str] | None, typer.Option("--file", "-f", help="Только файлы, чей путь содержит это.")
    ] = None,
    plain: Annotated[
        bool, typer.Option("--plain", help="Простые строки без оформления (для конвейеров).")
    ] = False,
) -> None:
    """Walk the warnings of a run, file by file, with each quoted number marked."""
    from extractor.console import make_console
    from extractor.records import Severity
    from extractor.review import load, print_review, select

    console = make_console()
    if not (out / "warnings.csv").is_file():
        console.print(f"Ошибка: нет файла warnings.csv в {out} (сначала moc-extract run)")
        raise typer.Exit(EXIT_USAGE)
    levels = [s.lower() for s in severity or []]
    unknown = [s for s in levels if s not in Severity.__members__]
    if unknown:
        console.print(f"Ошибка: неизвестный уровень {', '.join(unknown)} (error, warning, info)")
        raise typer.Exit(EXIT_USAGE)
    groups = select(load(out), levels, code or [], file or [])
    print_review(console, groups, plain)


def main() -> None:
    app()
