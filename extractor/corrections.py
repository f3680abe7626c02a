"""A reviewer's corrections (corrections.csv beside the reports), applied after extraction.

A correction names a file and a key and gives the value a person read in the report (or
nothing, to say the report does not state it). It replaces whatever the rules found, so
it survives any change of the rules; a figure it sets carries provenance rule `person`
and `corrected=True`, and every applied correction is listed in warnings.csv. A
correction that no longer fits (file gone, unknown key, bad value) is a warning on every
run until someone fixes the file: nothing in it is ever dropped silently.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path

from pydantic import BaseModel

from extractor.catalogue import catalogue
from extractor.document import Location
from extractor.records import Figure, Problem, Provenance, Quote, ReportRecord, Severity

CORRECTIONS_FILE = "corrections.csv"
COLUMNS = ("file", "key", "value", "note", "reviewer")
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


def parse_value(text: str) -> float | None:
    """«10 923», «16,7 %», «22 380,00» → a number; raises ValueError on anything else."""
    cleaned = _SPACES.sub("", text.strip())
    if cleaned.lower() in _NONE_WORDS:
        return None
    cleaned = _UNIT_WORDS.sub("", cleaned).replace(",", ".")
    try:
        return float(Decimal(cleaned))
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


def load_corrections(path: Path) -> tuple[list[Correction], list[Problem]]:
    """Read corrections.csv (comma or semicolon, as Excel saves it); absent file: none."""
    if not path.is_file():
        return [], []
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [
            _problem(
                Severity.error,
                "correction.unreadable",
                f"Файл исправлений не прочитан ({exc}); исправления не применены",
            )
        ]
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    header = [h.strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in ("file", "key", "value") if c not in header]
    if missing:
        return [], [
            _problem(
                Severity.error,
                "correction.bad_header",
                f"В файле исправлений нет столбцов: {', '.join(missing)} "
                f"(нужны: {', '.join(COLUMNS)}); исправления не применены",
            )
        ]
    known = set(catalogue().ordered_keys())
    out: list[Correction] = []
    problems: list[Problem] = []
    for n, raw in enumerate(reader, start=2):
        # An unquoted note with commas spills into extra fields: it is the note's text.
        spill = raw.pop(None, None)  # type: ignore[call-overload]
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if spill and header:
            last = header[-1]
            row[last] = delimiter.join([row.get(last, ""), *spill]).strip()
        if not any(row.values()):
            continue
        file, key, written = row.get("file", ""), row.get("key", ""), row.get("value", "")
        where = f"строка {n} файла исправлений"
        if key not in known:
            problems.append(
                _problem(
                    Severity.error,
                    "correction.unknown_key",
                    f"{where}: неизвестный показатель «{key}»",
                    key=key or None,
                )
            )
            continue
        try:
            value = parse_value(written)
        except ValueError:
            problems.append(
                _problem(
                    Severity.error,
                    "correction.bad_value",
                    f"{where}: значение «{written}» не число",
                    key=key,
                )
            )
            continue
        out.append(
            Correction(
                file=file.replace("\\", "/"),
                key=key,
                value=value,
                written=written,
                note=row.get("note", ""),
                reviewer=row.get("reviewer", ""),
                line=n,
            )
        )
    return out, problems


def person_figure(c: Correction) -> Figure:
    assert c.value is not None
    unit = catalogue().get(c.key).unit
    value: float = int(c.value) if unit.integral and float(c.value).is_integer() else c.value
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
