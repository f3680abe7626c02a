"""Command line: `moc-extract run FOLDER --out DIR`.

The standard library's argparse splits the command line; everything a user reads — help,
usage errors — is written here, in Russian, from the table of commands and options
(`COMMANDS`). argparse is used for tokens only (its own help and messages are
English, and change between Python versions), so nothing it would print reaches the user:
arguments it would call missing are optional to it and checked here, unknown options are
returned to us (`parse_known_args`), values are converted here, and the two errors it
still raises are told in our words (see `_parse`).

Only argparse and pathlib are imported at start-up; readers, rich, natasha and
pdfplumber are imported when a command needs them, so `moc-extract --help` answers at once.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple, NoReturn

from extractor.shown import printable

# Exit statuses (README «Exit statuses», each tested).
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_SOME_FILES_FAILED = 3
EXIT_CORRECTIONS_FAILED = 4
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of a pipe (`| head`) left early

PROG = "moc-extract"
DEFAULT_OUT = Path("moc-out")
# = extractor.process.DEFAULT_TIMEOUT_S, extractor.read.DEFAULT_MAX_TEXT_MB and
# DEFAULT_MAX_PAGES (a test says so), not imported: those modules import the readers,
# and --help stays light.
DEFAULT_TIMEOUT_S = 300.0
DEFAULT_MAX_TEXT_MB = 2.0
DEFAULT_MAX_PAGES = 500


def run(
    folder: Path,
    out: Path = DEFAULT_OUT,
    jobs: int | None = None,
    no_cache: bool = False,
    timeout: float = DEFAULT_TIMEOUT_S,
    excel: bool = False,
    max_text_mb: float = DEFAULT_MAX_TEXT_MB,
    max_pages: int = DEFAULT_MAX_PAGES,
    follow_links: bool = False,
    force: bool = False,
) -> int:
    """Read every report under `folder`, write the outputs to `out`; the exit status."""
    from extractor.cache import CACHE_DIRNAME
    from extractor.console import make_console, print_run_summary, progress_reporter
    from extractor.output import OutFolderError, prepare_out
    from extractor.pipeline import run as run_pipeline
    from extractor.process import ProcessOptions

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {printable(str(folder))}", markup=False)
        return EXIT_USAGE
    try:  # before any file is read: a bad --out must not cost the user the whole run
        prepare_out(out, force=force, cache_dir=out / CACHE_DIRNAME)
    except OutFolderError as exc:
        console.print(f"Ошибка: {printable(str(exc))}", markup=False)
        return EXIT_USAGE
    try:
        with progress_reporter(console) as on_file:
            options = ProcessOptions(
                jobs=jobs,
                timeout=timeout,
                cache_dir=None if no_cache else out / CACHE_DIRNAME,
                max_text_mb=max_text_mb,
                max_pages=max_pages,
            )
            result = run_pipeline(
                folder,
                out,
                on_file=on_file,
                options=options,
                excel=excel,
                follow_links=follow_links,
            )
    except KeyboardInterrupt:
        # Outputs are renamed into place together at the very end (extractor.output), so
        # an interrupted run has left the previous ones whole.
        console.print(
            f"Прервано; прежние результаты в {printable(str(out))} сохранены", markup=False
        )
        return EXIT_INTERRUPTED
    print_run_summary(console, result, out)
    if result.has_errors:
        return EXIT_SOME_FILES_FAILED
    return EXIT_CORRECTIONS_FAILED if result.correction_errors else EXIT_OK


def eval_(folder: Path, misses: int = 0, documents: bool = False) -> int:
    """Score extraction against the NAME.gold.json files beside the documents."""
    from extractor.console import make_console, print_evaluation
    from extractor.evaluate import score_folder

    console = make_console()
    if not folder.is_dir():
        console.print(f"Ошибка: папка не найдена: {printable(str(folder))}", markup=False)
        return EXIT_USAGE
    scored = score_folder(folder)
    for rel, reason in scored.failed:
        console.print(f"{printable(rel)}: не прочитан ({printable(reason)})", markup=False)
    if scored.evaluation is None:
        console.print(
            f"В папке {printable(str(folder))} нет документов с файлами .gold.json", markup=False
        )
        return EXIT_USAGE
    print_evaluation(console, scored.evaluation, limit=misses, documents=documents)
    return EXIT_SOME_FILES_FAILED if scored.failed else EXIT_OK


def review(
    out: Path,
    severity: Sequence[str] = (),
    code: Sequence[str] = (),
    file: Sequence[str] = (),
    plain: bool = False,
    pager: bool | None = None,
    identity: bool = False,
) -> int:
    """Show the warnings of the run that wrote `out`, file by file."""
    from extractor.console import make_console
    from extractor.records import Severity
    from extractor.review import load, load_identity, print_review, select

    console = make_console()
    if not (out / "warnings.csv").is_file():
        console.print(
            f"Ошибка: нет файла warnings.csv в {printable(str(out))} (сначала moc-extract run)",
            markup=False,
        )
        return EXIT_USAGE
    # A level as the review shows it («предупреждение») or as warnings.csv has it.
    by_word = {s.label: s.value for s in Severity} | {s.value: s.value for s in Severity}
    words = [s.strip().lower() for s in severity]
    unknown = [w for w in words if w not in by_word]
    if unknown:
        known = ", ".join(f"{s.value} ({s.label})" for s in Severity)
        console.print(
            f"Ошибка: неизвестный уровень {printable(', '.join(unknown))}; уровни: {known}",
            markup=False,
        )
        return EXIT_USAGE
    try:
        rows = load(out)
        evidence = load_identity(out)
    except (OSError, ValueError) as exc:
        console.print(
            f"Ошибка: результаты в {printable(str(out))} не прочитаны: {printable(str(exc))}; "
            "запустите moc-extract run заново",
            markup=False,
        )
        return EXIT_USAGE
    groups = select(rows, [by_word[w] for w in words], code, file, evidence, identity)
    print_review(console, groups, plain, pager)
    return EXIT_OK


# ---------------------------------------------------------------------------------------
# Values of options: each converter returns the value or raises ValueError saying, in
# Russian, what is expected.


def _decimal(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _whole(low: int) -> Callable[[str], int]:
    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = low - 1
        if value < low:
            raise ValueError(f"нужно целое число не меньше {low}")
        return value

    return convert


def _number(low: float) -> Callable[[str], float]:
    def convert(text: str) -> float:
        try:
            value = float(text.replace(",", "."))  # «2,5» as a Russian user writes it
        except ValueError:
            value = math.nan
        # Infinity is refused too: 0 already means «no limit» where a limit is asked for.
        if not math.isfinite(value) or value < low:
            raise ValueError(f"нужно число не меньше {_decimal(low)}")
        return value

    return convert


# ---------------------------------------------------------------------------------------
# The commands and their options, from which the parser and the help are built.


class Arg(NamedTuple):
    name: str  # as usage and help show it: FOLDER
    dest: str  # the handler's parameter
    help: str


class Opt(NamedTuple):
    names: tuple[str, ...]  # as help lists them: ("-o", "--out"); the last one names it
    dest: str
    help: str
    metavar: str = ""  # "" for a flag
    convert: Callable[[str], object] = str
    default: str = ""  # as help shows it
    repeat: bool = False  # may be given more than once; the handler gets a list
    negative: str = ""  # "--no-pager" of the pair --pager / --no-pager

    @property
    def all_names(self) -> tuple[str, ...]:
        return (*self.names, self.negative) if self.negative else self.names


class Command(NamedTuple):
    name: str
    summary: str
    handler: Callable[..., int]
    args: tuple[Arg, ...]
    opts: tuple[Opt, ...]

    @property
    def usage(self) -> str:
        return " ".join((PROG, self.name, "[ПАРАМЕТРЫ]", *(a.name for a in self.args)))


HELP = Opt(("-h", "--help"), "help", "Показать эту справку и выйти.")
VERSION = Opt(("--version",), "version", "Показать версию программы и выйти.")
ROOT_SUMMARY = "Сводит отчёты муниципальных опорных центров (МОЦ) в одну проверенную таблицу."
ROOT_USAGE = f"{PROG} [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]..."

COMMANDS = (
    Command(
        "run",
        "Прочитать все отчёты в папке FOLDER и записать результаты в --out.",
        run,
        (
            Arg(
                "FOLDER",
                "folder",
                "Папка с отчётами (txt, docx, pdf; doc/rtf/odt через LibreOffice).",
            ),
        ),
        (
            Opt(
                ("-o", "--out"), "out", "Куда записать результаты.", "ПАПКА", Path, str(DEFAULT_OUT)
            ),
            Opt(
                ("-j", "--jobs"),
                "jobs",
                "Сколько файлов читать параллельно.",
                "ЧИСЛО",
                _whole(1),
                "все ядра",
            ),
            Opt(
                ("--no-cache",), "no_cache", "Не брать готовые результаты из кэша (.cache в --out)."
            ),
            Opt(
                ("--timeout",),
                "timeout",
                "Предел времени на один файл, секунд (0 — без предела).",
                "СЕКУНДЫ",
                _number(0),
                _decimal(DEFAULT_TIMEOUT_S),
            ),
            Opt(
                ("--excel",),
                "excel",
                "CSV для русского Excel (UTF-8 с BOM, разделитель «;», запятая в числах).",
            ),
            Opt(
                ("--max-text-mb",),
                "max_text_mb",
                "Наибольший объём текста одного отчёта, МБ; файлы больше пропускаются "
                "с ошибкой read.too_large.",
                "МБ",
                _number(0.001),
                _decimal(DEFAULT_MAX_TEXT_MB),
            ),
            Opt(
                ("--max-pages",),
                "max_pages",
                "Наибольшее число страниц одного PDF; файлы больше пропускаются "
                "с ошибкой read.too_large, не читая страниц.",
                "ЧИСЛО",
                _whole(1),
                str(DEFAULT_MAX_PAGES),
            ),
            Opt(
                ("--follow-links",),
                "follow_links",
                "Читать и ссылки, ведущие за пределы папки отчётов (без него они "
                "пропускаются с предупреждением).",
            ),
            Opt(
                ("--force",),
                "force",
                "Перезаписать в --out файлы с именами результатов, даже если их записала "
                "не эта программа.",
            ),
        ),
    ),
    Command(
        "eval",
        "Сравнить извлечённые показатели с эталонами — файлами NAME.gold.json рядом с документами.",
        eval_,
        (Arg("FOLDER", "folder", "Папка с документами и файлами NAME.gold.json."),),
        (
            Opt(
                ("--misses",),
                "misses",
                "Сколько промахов показать (0 — все).",
                "ЧИСЛО",
                _whole(0),
                "0",
            ),
            Opt(
                ("--documents",),
                "documents",
                "Показать оценку каждого документа, худшие первыми.",
            ),
        ),
    ),
    Command(
        "review",
        "Показать замечания прогона по файлам, с отмеченными числами в цитатах.",
        review,
        (Arg("OUT", "out", "Папка результатов команды run (с warnings.csv)."),),
        (
            Opt(
                ("-s", "--severity"),
                "severity",
                "Только замечания этого уровня: error (ошибка), warning (предупреждение), "
                "info (сведения); можно повторять.",
                "УРОВЕНЬ",
                repeat=True,
            ),
            Opt(
                ("-c", "--code"),
                "code",
                "Только этот код или коды с этим началом (sum.); можно повторять.",
                "КОД",
                repeat=True,
            ),
            Opt(
                ("-f", "--file"),
                "file",
                "Только файлы, в пути которых есть этот текст; можно повторять.",
                "ТЕКСТ",
                repeat=True,
            ),
            Opt(("--plain",), "plain", "Простые строки без оформления (для конвейеров)."),
            Opt(
                ("--identity",),
                "identity",
                "Для каждого отчёта показать, какие слова назвали его муниципальное "
                "образование, субъект и год (и где они в документе).",
            ),
            Opt(
                ("--pager",),
                "pager",
                "Листать постранично (по умолчанию — когда замечаний больше, чем входит "
                "в экран терминала).",
                negative="--no-pager",
            ),
        ),
    ),
)


# ---------------------------------------------------------------------------------------
# Help


NBSP = "\u00a0"  # textwrap breaks lines at ASCII spaces only


def _width() -> int:
    """The terminal's width, at most 80 columns: longer lines are hard to read."""
    try:
        columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size(1).columns
    except (ValueError, OSError):
        columns = 80
    return max(40, min(columns, 80))


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    import textwrap

    lines = textwrap.wrap(
        text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
    )
    return [line.replace(NBSP, " ") for line in lines] or [indent]


def _table(rows: Sequence[tuple[str, str]], width: int) -> list[str]:
    """Two columns: names two spaces in, their help wrapped beside them; a name too long
    for the first column (30 at most) has its help start on the next line."""
    first = min(max(len(left) for left, _ in rows), 30)
    pad = " " * (2 + first + 2)
    lines = []
    for left, right in rows:
        wrapped = _wrap(right, width, pad)
        if len(left) <= first:
            lines.append(f"  {left.ljust(first)}  {wrapped[0][len(pad) :]}")
            lines.extend(wrapped[1:])
        else:
            lines.append(f"  {left}")
            lines.extend(wrapped)
    return lines


def _option_row(opt: Opt) -> tuple[str, str]:
    names = ", ".join(opt.names)
    if opt.negative:
        names = f"{names} / {opt.negative}"
    if opt.metavar:
        names = f"{names} {opt.metavar}"
    if not opt.default:
        return names, opt.help
    # No-break spaces keep «[по умолчанию: …]» on one line when the help is wrapped.
    return names, f"{opt.help}  " + f"[по умолчанию: {opt.default}]".replace(" ", NBSP)


def command_help(command: Command | None) -> str:
    """The help of `command`, or of the program when it is None."""
    width = _width()
    usage = command.usage if command else ROOT_USAGE
    lines = [f"Использование: {usage}", ""]
    lines += _wrap(command.summary if command else ROOT_SUMMARY, width, "  ")
    if command and command.args:
        lines += ["", "Аргументы:"]
        lines += _table([(a.name, f"{a.help}  [обязательный]") for a in command.args], width)
    opts = (*command.opts, HELP) if command else (VERSION, HELP)
    lines += ["", "Параметры:", *_table([_option_row(o) for o in opts], width)]
    if not command:
        lines += ["", "Команды:", *_table([(c.name, c.summary) for c in COMMANDS], width)]
        lines += ["", f"Справка по команде: {PROG} КОМАНДА --help"]
    return "\n".join(lines) + "\n"


def version() -> str:
    """From the installed package's metadata; from the source tree when not installed."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed(PROG)
    except PackageNotFoundError:
        from extractor import __version__

        return __version__


# ---------------------------------------------------------------------------------------
# Parsing


class UsageError(Exception):
    """A command line that cannot be run, said in Russian; the status is EXIT_USAGE."""

    def __init__(self, message: str, command: Command | None = None) -> None:
        super().__init__(message)
        self.command = command

    def show(self) -> str:
        """How to call, where the help is, then what is wrong (the layout users of the
        earlier click-based command line know)."""
        usage = self.command.usage if self.command else ROOT_USAGE
        helping = f"{PROG} {self.command.name} --help" if self.command else f"{PROG} --help"
        return f"Использование: {usage}\nСправка: {helping}\n\nОшибка: {self}\n"


class _Parser(argparse.ArgumentParser):
    """argparse that never prints: what it would say in English is raised for `_parse`."""

    def __init__(self, command: Command) -> None:
        super().__init__(
            prog=f"{PROG} {command.name}", add_help=False, allow_abbrev=False, exit_on_error=False
        )
        self.command = command

    def error(self, message: str) -> NoReturn:
        # Not reached by the command lines the tests try (the errors argparse can meet are
        # raised as ArgumentError); said in general words rather than in argparse's English.
        raise UsageError("командная строка не разобрана", self.command)


_NEGATIVE_NUMBER = re.compile(r"-\d*\.?\d+")


def _unknown_option(token: str, known: Sequence[str], command: Command | None) -> UsageError:
    import difflib

    name = token.split("=", 1)[0]
    close = difflib.get_close_matches(name, known, n=3)
    hint = f"; возможно, {' или '.join(close)}" if close else ""
    return UsageError(f"нет параметра {printable(name)}{hint}", command)


def _parse(command: Command, argv: Sequence[str]) -> dict[str, object] | None:
    """The handler's arguments from `argv`, or None when help was asked for."""
    before_end = argv[: argv.index("--")] if "--" in argv else argv
    if HELP.names[0] in before_end or HELP.names[1] in before_end:
        return None  # asked for help: answered even when the rest of the line is wrong
    parser = _Parser(command)
    for arg in command.args:
        # Optional to argparse, whose «required» error is English: checked below.
        parser.add_argument(arg.dest, nargs="?")
    options = (*command.opts, HELP)  # --help itself is answered above; «--help=1» is not
    for opt in options:
        if not opt.metavar:
            parser.add_argument(*opt.names, dest=opt.dest, action="store_const", const=True)
            if opt.negative:
                parser.add_argument(opt.negative, dest=opt.dest, action="store_const", const=False)
        else:
            action = "append" if opt.repeat else "store"
            parser.add_argument(*opt.names, dest=opt.dest, action=action)
    try:
        parsed, extra = parser.parse_known_args(list(argv))
    except argparse.ArgumentError as exc:
        # argparse raises two errors itself: an option's value missing, a flag given one.
        # Which option, from the name argparse gives it («-j/--jobs»); the words are ours.
        named = set((exc.argument_name or "").split("/"))
        opt = next((o for o in options if named & set(o.all_names)), None)
        if opt is None:
            raise UsageError("командная строка не разобрана", command) from None
        name = next(n for n in reversed(opt.all_names) if n in named)
        if opt.metavar:
            at = [i for i, t in enumerate(argv) if t in opt.names]
            after = argv[at[-1] + 1] if at and at[-1] + 1 < len(argv) else ""
            # argparse takes «--out -x» for two options; a value like that needs «=».
            hint = f" (значение, которое начинается с «-», пишется так: {name}=-…)"
            raise UsageError(
                f"не указано значение параметра {name}" + (hint if after[:1] == "-" else ""),
                command,
            ) from None
        raise UsageError(f"параметр {name} пишется без значения", command) from None
    extra = [t for t in extra if t != "--"]
    known = [n for o in options for n in o.all_names]
    for token in extra:
        if token.startswith("-") and token != "-" and not _NEGATIVE_NUMBER.fullmatch(token):
            raise _unknown_option(token, known, command)
    if extra:
        raise UsageError(f"лишний аргумент «{printable(extra[0])}»", command)
    values = vars(parsed)
    kwargs: dict[str, object] = {}
    for arg in command.args:
        if values[arg.dest] is None:
            raise UsageError(f"не указан аргумент {arg.name}", command)
        kwargs[arg.dest] = Path(values[arg.dest])
    for opt in command.opts:
        given = values[opt.dest]
        if given is None:
            continue  # the handler's default
        if not opt.metavar:
            kwargs[opt.dest] = given
            continue
        converted = []
        for text in given if opt.repeat else [given]:
            try:
                converted.append(opt.convert(text))
            except ValueError as exc:
                raise UsageError(
                    f"неверное значение «{printable(text)}» параметра {opt.names[-1]}: {exc}",
                    command,
                ) from None
        kwargs[opt.dest] = converted if opt.repeat else converted[0]
    return kwargs


def dispatch(argv: Sequence[str]) -> int:
    """Run the command line `argv` (without the program's name); the exit status.

    Help and the version go to stdout with status 0; usage errors raise UsageError."""
    if not argv:
        # The program's help, but as a usage error (status 2, on stderr): a script that
        # lost its arguments must not pass for a successful run.
        sys.stderr.write(command_help(None))
        return EXIT_USAGE
    first, rest = argv[0], argv[1:]
    if first in HELP.names:
        sys.stdout.write(command_help(None))
        return EXIT_OK
    if first in VERSION.names:
        sys.stdout.write(f"{PROG} {version()}\n")
        return EXIT_OK
    if first.startswith("-") and first != "-":
        name = first.split("=", 1)[0]
        if name in (*VERSION.names, *HELP.names):
            raise UsageError(f"параметр {name} пишется без значения")
        raise _unknown_option(first, [*VERSION.names, *HELP.names], None)
    command = next((c for c in COMMANDS if c.name == first), None)
    if command is None:
        import difflib

        names = [c.name for c in COMMANDS]
        close = difflib.get_close_matches(first, names, n=1)
        hint = f"возможно, {close[0]}" if close else f"команды: {', '.join(names)}"
        raise UsageError(f"нет команды {printable(first)}; {hint}")
    kwargs = _parse(command, rest)
    if kwargs is None:
        sys.stdout.write(command_help(command))
        return EXIT_OK
    return command.handler(**kwargs)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The `moc-extract` program (and `python -m extractor`)."""
    try:
        status = dispatch(sys.argv[1:] if argv is None else argv)
    except UsageError as exc:
        sys.stderr.write(exc.show())
        status = EXIT_USAGE
    except KeyboardInterrupt:
        # `run` says what became of the outputs itself; here: Ctrl-C in review or eval.
        sys.stderr.write("Прервано\n")
        status = EXIT_INTERRUPTED
    except BrokenPipeError:
        # `moc-extract review OUT --plain | head`: the reader has gone. As the Python docs
        # advise, stdout is pointed at devnull so the interpreter's last flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        status = EXIT_BROKEN_PIPE
    except Exception:
        # A bug: the traceback for the report, then what to do, in the user's words.
        import traceback

        traceback.print_exc()
        sys.stderr.write(
            "Внутренняя ошибка программы. Пожалуйста, сообщите о ней, приложив этот текст "
            "и файл, на котором она случилась.\n"
        )
        status = EXIT_INTERNAL
    sys.exit(status)
