"""A reviewer's corrections (corrections.csv beside the reports), applied after extraction.

A correction names a file and a key and gives the value a person read in the report (or
nothing, to say the report does not state it). It replaces whatever the rules found, so
it survives any change of the rules; a figure it sets carries provenance rule `person`
and `corrected=True`, and every applied correction is listed in warnings.csv. A
correction that no longer fits (file gone, unknown key, bad value) is a warning on every
run until someone fixes the file: nothing in it is ever dropped silently.

The file is what Excel or a text editor saves: UTF-8 (with or without a BOM), UTF-16
(Excel's «Unicode text», TAB-separated) or cp1251 (Excel's «CSV» in a Russian locale,
«;»), told from the bytes — a file whose encoding is not certain is refused, not guessed.
A value passes the same check as an extracted figure (extractor.validate.value). Several
lines for one (file, key): the last usable one wins, and a warning names them all.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import BaseModel

from extractor.catalogue import catalogue
from extractor.document import Location
from extractor.errors import ExtractorError, ReadError, os_error
from extractor.export import sniff_delimiter, unescape_cell
from extractor.read.limits import size_text
from extractor.read.txt_decode import EXACT_ENCODINGS, decode_exact
from extractor.records import Figure, Problem, Provenance, Quote, ReportRecord, Severity
from extractor.validate.record import number
from extractor.validate.value import value_fault

CORRECTIONS_FILE = "corrections.csv"
COLUMNS = ("file", "key", "value", "note", "reviewer")
_REQUIRED = ("file", "key", "value")
# Lines of a repeated correction named in its warning before «…».
_LISTED = 5
PERSON_RULE = "person"
# A value saying "the report does not state this figure".
_NONE_WORDS = {"", "-", "—", "нет", "none"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_UNIT_WORDS = re.compile(r"(?:%|руб\.?|рублей|чел\.?)$")


class Correction(BaseModel):
    file: str
    key: str
    value: float | None  # None: the report does not state the figure
    written: str
    note: str = ""
    reviewer: str = ""
    line: int  # line in corrections.csv, for messages


def parse_value(text: str) -> Decimal | None:
    """«10 923», «16,7 %», «22 380,00» → the exact number; raises ValueError on anything
    else. «NaN», «inf» and «1e400» are numbers to Decimal: `value_fault` refuses them."""
    cleaned = _SPACES.sub("", text.strip())
    if cleaned.lower() in _NONE_WORDS:
        return None
    cleaned = _UNIT_WORDS.sub("", cleaned).replace(",", ".")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(text) from exc


def _problem(
    severity: Severity,
    code: str,
    message: str,
    file: str = CORRECTIONS_FILE,
    key: str | None = None,
) -> Problem:
    return Problem(file=file, severity=severity, code=code, message=message, key=key)


# A reviewer's file has lines by the hundred; 500 000 lines of one correction fill about
# 20 MB. Past this the file is refused before it is read (it is decoded several times).
MAX_CORRECTIONS_BYTES = 64 * 2**20


def read_corrections_text(path: Path) -> str:
    """The file's text, its encoding told from the bytes (txt_decode.decode_exact): Excel
    saves «CSV» in cp1251 and «Unicode text» in UTF-16, our own files are UTF-8.
    Raises ReadError with the reason in Russian."""
    try:
        size = path.stat().st_size
        if size > MAX_CORRECTIONS_BYTES:
            raise ReadError(
                f"файл занимает {size_text(size)}, больше предела "
                f"{size_text(MAX_CORRECTIONS_BYTES)}: столько исправлений не пишут вручную"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise os_error(exc) from None
    return decode_exact(data).text


def line_list(lines: Sequence[int]) -> str:
    """«2, 5 и 9»; a long list shortened: «2, 3, 4, 5, 6 … 500001 (всего 500 000)»."""
    if len(lines) <= _LISTED + 1:
        head = ", ".join(map(str, lines[:-1]))
        return f"{head} и {lines[-1]}" if head else str(lines[-1])
    shown = ", ".join(map(str, lines[:_LISTED]))
    return f"{shown} … {lines[-1]} (всего {number(len(lines))})"


def load_corrections(path: Path) -> tuple[list[Correction], list[Problem]]:
    """Read corrections.csv; absent file: none. One correction per (file, key): the last
    usable line, and a warning naming every line when there are several."""
    if not path.is_file():
        return [], []
    try:
        text = read_corrections_text(path)
    except ExtractorError as exc:
        return [], [
            _problem(
                Severity.error,
                "correction.unreadable",
                f"Файл исправлений не прочитан: {exc.message}. Сохраните его в одной из "
                f"кодировок: {EXACT_ENCODINGS}; исправления не применены",
            )
        ]
    try:
        return _parse(text)
    except csv.Error:  # the one error csv raises here: a cell over its size limit
        return [], [
            _problem(
                Severity.error,
                "correction.unreadable",
                "Файл исправлений не разобран как таблица: в нём ячейка длиннее "
                f"{number(csv.field_size_limit())} знаков (возможно, не закрыта кавычка); "
                "исправления не применены",
            )
        ]


def _parse(text: str) -> tuple[list[Correction], list[Problem]]:
    delimiter = sniff_delimiter(text.split("\n", 1)[0].split("\r", 1)[0], _REQUIRED)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        return [], [
            _problem(
                Severity.error,
                "correction.bad_header",
                f"В файле исправлений нет столбцов: {', '.join(missing)} "
                f"(нужны: {', '.join(COLUMNS)}); исправления не применены",
            )
        ]
    units = {i.key: i.unit for i in catalogue().indicators}
    problems: list[Problem] = []
    lines: dict[tuple[str, str], list[int]] = {}  # every line naming (file, key)
    # The last usable line of each (file, key), as (line, value, written, row), made a
    # Correction only at the end: half a million lines correcting one figure cost the
    # parsing, not half a million records.
    chosen: dict[tuple[str, str], tuple[int, Decimal | None, str, dict[str, str]]] = {}
    end = reader.line_num
    for raw in reader:
        n, end = end + 1, reader.line_num  # a quoted note may span lines: its first
        cells = [cell.strip() for cell in raw]
        if not any(cells):
            continue
        row = dict(zip(header, cells, strict=False))
        # An unquoted note with the delimiter in it spills into extra fields: the note's.
        if spill := raw[len(header) :]:
            last = header[-1]
            row[last] = delimiter.join([row.get(last, ""), *spill]).strip()
        file, key, written = (unescape_cell(row.get(c, "")) for c in _REQUIRED)
        file = file.replace("\\", "/")
        where = f"строка {n} файла исправлений"
        if key not in units:
            problems.append(
                _problem(
                    Severity.error,
                    "correction.unknown_key",
                    f"{where}: неизвестный показатель «{key}»",
                    key=key or None,
                )
            )
            continue
        lines.setdefault((file, key), []).append(n)
        try:
            value = parse_value(written)
        except ValueError:
            problems.append(_bad_value(where, written, key, "не число"))
            continue
        if value is not None and (fault := value_fault(value, units[key])):
            problems.append(_bad_value(where, written, key, fault.why))
            continue
        chosen[(file, key)] = (n, value, written, row)
    corrections = [
        Correction(
            file=file,
            key=key,
            value=None if value is None else float(value),
            written=written,
            note=row.get("note", ""),
            reviewer=row.get("reviewer", ""),
            line=n,
        )
        for (file, key), (n, value, written, row) in chosen.items()
    ]
    by_file_key = {(c.file, c.key): c for c in corrections}
    problems += [
        _repeated(file, key, ns, by_file_key.get((file, key)))
        for (file, key), ns in lines.items()
        if len(ns) > 1
    ]
    return sorted(corrections, key=lambda c: c.line), problems


def _bad_value(where: str, written: str, key: str, why: str) -> Problem:
    return _problem(
        Severity.error,
        "correction.bad_value",
        f"{where}: значение «{written}» показателя «{key}» — {why}; исправление не применено",
        key=key,
    )


def _repeated(file: str, key: str, lines: list[int], applied: Correction | None) -> Problem:
    """Several lines correct one figure: the last usable one is applied, as README says;
    the others are named so that the reviewer can delete them."""
    outcome = (
        f"применена последняя пригодная — строка {applied.line}"
        if applied is not None
        else "ни одна не применена: в каждой ошибка"
    )
    return _problem(
        Severity.warning,
        "correction.repeated",
        f"Показатель «{key}» исправлен в нескольких строках файла исправлений: "
        f"{line_list(lines)}; {outcome}",
        file=file,
        key=key,
    )


def person_figure(c: Correction) -> Figure:
    assert c.value is not None
    unit = catalogue().get(c.key).unit
    # A count is whole: load_corrections refused any other (value_fault).
    value: float = int(c.value) if unit.integral else c.value
    note = c.note or "исправлено вручную"
    return Figure(
        key=c.key,
        value=value,
        unit=unit.value,
        written=c.written,
        corrected=True,
        provenance=Provenance(
            file=c.file,
            block=-1,
            location=Location(),
            start=0,
            end=0,
            quote=note,
            quote_start=0,
            quote_end=0,
            rule=PERSON_RULE,
        ),
    )


def apply_corrections(
    records: Sequence[ReportRecord], corrections: Sequence[Correction], read_files: set[str]
) -> list[Problem]:
    """Set each corrected figure in its record; every correction yields a problem."""
    by_file = {r.file: r for r in records}
    order = {k: i for i, k in enumerate(catalogue().ordered_keys())}
    problems: list[Problem] = []
    for c in corrections:
        record = by_file.get(c.file)
        if record is None:
            why = "файл не прочитан" if c.file in read_files else "такого файла нет в папке"
            problems.append(
                _problem(
                    Severity.warning,
                    "correction.unknown_file",
                    f"Исправление из строки {c.line} не применено: {why}",
                    file=c.file,
                    key=c.key,
                )
            )
            continue
        before = record.figure(c.key)
        record.figures = [f for f in record.figures if f.key != c.key]
        if c.value is not None:
            record.figures.append(person_figure(c))
            record.figures.sort(key=lambda f: order[f.key])
        record.conflicts = [k for k in record.conflicts if k.key != c.key]
        if c.key not in record.corrected:
            record.corrected.append(c.key)
        was = before.written if before is not None else "не найдено"
        now = c.written if c.value is not None else "показателя нет в отчёте"
        by = f" ({c.reviewer})" if c.reviewer else ""
        problems.append(
            Problem(
                file=c.file,
                severity=Severity.info,
                code="correction.applied",
                key=c.key,
                message=f"Исправлено вручную{by}: было {was}, стало {now}",
                quotes=[Quote(text=c.note, written=None, where="corrections.csv")]
                if c.note
                else [],
            )
        )
    return problems


def correct(folder: Path, records: Sequence[ReportRecord], files: set[str]) -> list[Problem]:
    """Load FOLDER/corrections.csv and apply it to the records."""
    corrections, problems = load_corrections(folder / CORRECTIONS_FILE)
    return problems + apply_corrections(records, corrections, files)
