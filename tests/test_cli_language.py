"""The command line speaks Russian: help, usage errors and the version, with the exit
statuses of README «Exit statuses»; option names, codes and file names stay ASCII."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import extractor
from extractor import cli
from tests.test_cli import moc

# What may be Latin in text a user reads: the program and its commands, option names,
# file names and codes (read.too_large, NAME.gold.json).
_ALLOWED = re.compile(
    r"moc-extract(?: (?:run|eval|review))?|(?<![\w-])--?[a-z][a-z-]*|[\w.]+\.[a-z_]+"
)
# Two or more Latin words in a row: «Show this message», «Usage: », «[default: 2]».
_LATIN_RUN = re.compile(r"\b[A-Za-z]{2,}(?:[ :]+[A-Za-z]{2,})+\b")


def latin_runs(text: str) -> list[str]:
    return _LATIN_RUN.findall(_ALLOWED.sub(" ", text))


def test_the_check_finds_english() -> None:
    assert latin_runs("  --help  Show this message and exit.")
    assert latin_runs("Error: Missing argument 'folder'.")
    assert latin_runs("[default: moc-out]")
    assert not latin_runs("  --max-text-mb МБ  с ошибкой read.too_large (файлы NAME.gold.json)")
    assert not latin_runs("Использование: moc-extract run [ПАРАМЕТРЫ] FOLDER")


def call(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_:
        cli.main(argv)
    out, err = capsys.readouterr()
    assert isinstance(exit_.value.code, int)
    return exit_.value.code, out, err


ENGLISH = ("Usage", "Options", "Arguments", "Commands", "Show this", "default", "required")


@pytest.mark.parametrize("command", [None, *(c.name for c in cli.COMMANDS)])
def test_help_is_russian(command: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--help"] if command is None else [command, "--help"]
    status, out, err = call(argv, capsys)
    assert (status, err) == (0, "")
    usage = "moc-extract [ПАРАМЕТРЫ] КОМАНДА" if command is None else f"{command} [ПАРАМЕТРЫ]"
    assert out.startswith("Использование: moc-extract ") and usage in out.splitlines()[0]
    assert "\nПараметры:\n" in out
    assert re.search(r"^  -h, --help +Показать эту справку и выйти\.$", out, re.M)
    assert ("\nКоманды:\n" in out) == (command is None)
    assert ("\nАргументы:\n" in out) == (command is not None)
    for word in ENGLISH:
        assert word not in out, word
    assert latin_runs(out) == []
    # Same text for -h, and every line within 80 columns.
    assert call(["-h"] if command is None else [command, "-h"], capsys)[1] == out
    assert max(len(line) for line in out.splitlines()) <= 80


def test_help_shows_defaults_and_marks_in_russian(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = call(["run", "--help"], capsys)
    assert out.splitlines()[0] == "Использование: moc-extract run [ПАРАМЕТРЫ] FOLDER"
    assert "[обязательный]" in out
    assert "[по умолчанию: moc-out]" in out and "[по умолчанию: 300]" in out
    _, root, _ = call(["--help"], capsys)
    for c in cli.COMMANDS:
        assert re.search(rf"^  {c.name} +{re.escape(c.summary[:30])}", root, re.M), c.name
    assert "--version" in root


def test_no_arguments_shows_help_as_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = call([], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("Использование: moc-extract") and "Команды:" in err


USAGE_ERRORS = [
    (["run"], "run", "Ошибка: не указан аргумент FOLDER"),
    (["run", "x", "--jbos", "2"], "run", "Ошибка: нет параметра --jbos; возможно, --jobs"),
    (["run", "x", "--jbos=2"], "run", "Ошибка: нет параметра --jbos; возможно, --jobs"),
    (
        ["run", "x", "--jobs", "0"],
        "run",
        "Ошибка: неверное значение «0» параметра --jobs: нужно целое число не меньше 1",
    ),
    (["run", "x", "-j", "два"], "run", "Ошибка: неверное значение «два» параметра --jobs"),
    (["run", "x", "-j2.5"], "run", "Ошибка: неверное значение «2.5» параметра --jobs"),
    (
        ["run", "x", "--timeout", "-1"],
        "run",
        "Ошибка: неверное значение «-1» параметра --timeout: нужно число не меньше 0",
    ),
    (["run", "x", "--timeout", "inf"], "run", "неверное значение «inf» параметра --timeout"),
    (
        ["run", "x", "--max-text-mb", "0"],
        "run",
        "неверное значение «0» параметра --max-text-mb: нужно число не меньше 0,001",
    ),
    (["run", "x", "--jobs"], "run", "Ошибка: не указано значение параметра --jobs"),
    (["run", "x", "-o", "-x"], "run", "пишется так: --out=-…"),
    (["run", "x", "--excel=1"], "run", "Ошибка: параметр --excel пишется без значения"),
    (["run", "x", "y"], "run", "Ошибка: лишний аргумент «y»"),
    (["run", "x", "--help=1"], "run", "Ошибка: параметр --help пишется без значения"),
    (["eval", "x", "--misses", "-1"], "eval", "неверное значение «-1» параметра --misses"),
    (["review"], "review", "Ошибка: не указан аргумент OUT"),
    (["review", "x", "--no-pager=no"], "review", "параметр --no-pager пишется без значения"),
    (["review", "x", "--colour"], "review", "Ошибка: нет параметра --colour"),
    (["rn", "x"], None, "Ошибка: нет команды rn; возможно, run"),
    (["frobnicate"], None, "Ошибка: нет команды frobnicate; команды: run, eval, review"),
    (["--jbos"], None, "Ошибка: нет параметра --jbos"),
    (["--verison"], None, "Ошибка: нет параметра --verison; возможно, --version"),
    (["--version=2"], None, "Ошибка: параметр --version пишется без значения"),
]


@pytest.mark.parametrize(("argv", "command", "message"), USAGE_ERRORS)
def test_usage_errors_are_russian_with_status_2(
    argv: list[str], command: str | None, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = call(argv, capsys)
    assert (status, out) == (2, ""), err
    where = f"moc-extract {command}" if command else "moc-extract"
    assert err.startswith(f"Использование: {where} ")
    assert f"\nСправка: {where} --help\n" in err
    assert message in err
    assert latin_runs(err) == [], err


def test_a_value_with_a_dash_is_given_with_an_equals_sign(
    capsys: pytest.CaptureFixture[str],
) -> None:
    kwargs = cli._parse(cli.COMMANDS[0], ["x", "--out=-odd", "-j", "2", "--timeout", "2,5"])
    assert kwargs is not None
    assert (str(kwargs["out"]), kwargs["jobs"], kwargs["timeout"]) == ("-odd", 2, 2.5)


def test_usage_errors_through_the_real_command() -> None:
    """`python -m extractor`, as the other tests run it: stderr, status 2, stdout empty."""
    result = moc("run", "--jbos", "2")
    assert (result.returncode, result.stdout) == (2, "")
    assert "Ошибка: нет параметра --jbos; возможно, --jobs" in result.stderr


TOKENS = [
    *(n for c in cli.COMMANDS for o in c.opts for n in o.all_names),
    *("--", "-", "-5", "0", "1", "2,5", "x", "y", "-x", "--x", "-h=", "--jobs=", "--out="),
    *("--excel=1", "-j0", "-oX", "-sa", "--pager=", "=", "-jx", "--severity=info", "-Ж"),
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(cli.COMMANDS),
    st.lists(st.sampled_from(TOKENS), max_size=6),
)
def test_any_command_line_is_parsed_or_told_in_russian(
    command: cli.Command, argv: list[str]
) -> None:
    """Never argparse's English, never its generic fallback, never another exception."""
    try:
        cli._parse(command, argv)
    except cli.UsageError as exc:
        assert latin_runs(exc.show()) == [], exc.show()
        assert "не разобрана" not in str(exc), argv


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    result = moc("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, "moc-extract 0.1.0\n", "")
    assert version("moc-extract") == extractor.__version__ == "0.1.0"
    assert call(["--version"], capsys)[:2] == (0, "moc-extract 0.1.0\n")


def test_readme_shows_the_help_and_errors_as_they_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    sample = readme.split("$ moc-extract run --help\n", 1)[1].split("\n```", 1)[0]
    shown, error = sample.split("\n$ moc-extract run reports --jbos 2\n")
    _, out, _ = call(["run", "--help"], capsys)
    for line in shown.strip("\n").splitlines():
        assert line.strip() in ("", "…") or line in out.splitlines(), line
    _, _, err = call(["run", "reports", "--jbos", "2"], capsys)
    assert err == error.strip("\n") + "\n"
