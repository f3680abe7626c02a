"""The run: discover → read each file → (later stages) → write outputs.

Each file is processed on its own: a file that fails is recorded with its reason and the
run goes on, so one bad report never costs the analyst the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from extractor.discover import discover
from extractor.document import Document
from extractor.errors import ExtractorError
from extractor.output import atomic_text, one_run, write_marker
from extractor.records import Problem, ReportRecord, Severity

if TYPE_CHECKING:
    from extractor.aggregate import Aggregation
    from extractor.process import ProcessOptions

OnFile = Callable[[int, int, str], None]
# How bad each reason to pass a file over is; any other reason is a warning.
_SKIP_SEVERITY = {
    "discover.hidden": Severity.info,
    "discover.lock_file": Severity.info,
    "discover.unreadable_dir": Severity.error,  # the reports inside, if any, are not read
    "discover.output_dir": Severity.info,
}
# The readers' warnings that a document has no text at all.
_NO_TEXT_CODES = ("pdf.no_text_layer", "docx.no_text", "txt.no_text")


class FileResult(BaseModel):
    file: str
    document: Document | None = None
    record: ReportRecord | None = None
    problems: list[Problem] = Field(default_factory=list)  # read errors, reader warnings

    @property
    def failed(self) -> bool:
        return self.document is None


class RunResult(BaseModel):
    files: list[FileResult]
    problems: list[Problem]  # every warning of the run, discovery to validation

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.failed]

    @property
    def has_errors(self) -> bool:
        """Some file, or some folder, could not be read or processed (exit status 3).

        Errors about figures (a negative count) or corrections are not read errors."""
        return (
            bool(self.failed)
            or any(p.lost_a_file for f in self.files for p in f.problems)
            or any(p.lost_a_file and p.code.startswith("discover.") for p in self.problems)
        )

    @property
    def correction_errors(self) -> bool:
        """Some line of corrections.csv, or the whole file, could not be used (status 4)."""
        return any(
            p.severity is Severity.error and p.code.startswith("correction.") for p in self.problems
        )

    @property
    def records(self) -> list[ReportRecord]:
        return [f.record for f in self.files if f.record is not None]


def _error(rel: str, code: str, message: str) -> Problem:
    return Problem(file=rel, severity=Severity.error, code=code, message=message)


def read_one(
    path: Path, rel: str, *, max_text_mb: float | None = None, max_pages: int | None = None
) -> FileResult:
    """Read and extract one file; any failure becomes a problem on that file alone.

    `max_text_mb` and `max_pages` of None: the readers' defaults.
    """
    from extractor.extract.report import extract_report
    from extractor.read import DEFAULT_MAX_PAGES, DEFAULT_MAX_TEXT_MB, read_document

    try:
        document = read_document(
            path,
            rel,
            max_text_mb=max_text_mb or DEFAULT_MAX_TEXT_MB,
            max_pages=max_pages or DEFAULT_MAX_PAGES,
        )
    except ExtractorError as exc:
        return FileResult(file=rel, problems=[_error(rel, exc.code, exc.message)])
    except Exception as exc:  # a reader bug must not stop the run; it is reported, not hidden
        message = f"внутренняя ошибка при чтении: {type(exc).__name__}: {exc}"
        return FileResult(file=rel, problems=[_error(rel, "read.internal", message)])
    problems = [
        Problem(
            file=rel,
            severity=Severity.warning,
            code=w.code,
            message=w.message + (f" (стр. {w.page})" if w.page else ""),
        )
        for w in document.warnings
    ]
    if not document.body():
        return FileResult(file=rel, problems=_no_text(rel, problems))
    try:
        record, refused = extract_report(document)
    except Exception as exc:  # the document is still written; the figures are reported missing
        message = f"внутренняя ошибка при извлечении: {type(exc).__name__}: {exc}"
        problems.append(_error(rel, "extract.internal", message))
        return FileResult(file=rel, document=document, problems=problems)
    problems.extend(refused)
    return FileResult(file=rel, document=document, record=record, problems=problems)


def _no_text(rel: str, problems: list[Problem]) -> list[Problem]:
    """A file without a word of text (a scan, pages of pictures) could not be read.

    The reader's own warning says why; it becomes the file's error.
    """
    out = [
        p.model_copy(update={"severity": Severity.error}) if p.code in _NO_TEXT_CODES else p
        for p in problems
    ]
    if not any(p.severity is Severity.error for p in out):
        out.append(_error(rel, "read.no_text", "в файле не найден текст"))
    return out


def process_files(
    files: Sequence[tuple[Path, str]],
    on_file: OnFile | None = None,
    options: ProcessOptions | None = None,
) -> list[FileResult]:
    """Read and extract every file; results in the order given (see extractor/process.py:
    worker processes, per-file time limit, cache)."""
    from extractor.process import ProcessOptions, process

    return process(files, options or ProcessOptions(), on_file)


def run(
    folder: Path,
    out: Path,
    on_file: OnFile | None = None,
    options: ProcessOptions | None = None,
    *,
    excel: bool = False,
    follow_links: bool = False,
) -> RunResult:
    """discover → read and extract → apply a reviewer's corrections → validate →
    aggregate → write outputs.

    Without `options`, files are read on every core with the cache in `out/.cache`.
    `excel`: write the CSV files in the dialect Russian Excel opens (BOM, «;», «,»).
    `follow_links`: read links that lead out of `folder` too."""
    from extractor.aggregate import aggregate
    from extractor.cache import CACHE_DIRNAME
    from extractor.corrections import CORRECTIONS_FILE, correct
    from extractor.process import ProcessOptions
    from extractor.validate import validate

    options = options or ProcessOptions(cache_dir=out / CACHE_DIRNAME)

    found = discover(folder, follow_links=follow_links, exclude=out)
    problems = [
        Problem(
            file=s.path,
            severity=_SKIP_SEVERITY.get(s.code, Severity.warning),
            code=s.code,
            message=s.message,
        )
        for s in found.skipped
        # the reviewer's file is read below, unless it is a link out of the folder
        if s.path != CORRECTIONS_FILE or s.code == "discover.outside_link"
    ]
    outside = {s.path for s in found.skipped if s.code == "discover.outside_link"}
    results = process_files(found.files, on_file, options)
    for r in results:
        problems.extend(r.problems)
    result = RunResult(files=results, problems=problems)
    if CORRECTIONS_FILE not in outside:
        result.problems.extend(correct(folder, result.records, {r.file for r in results}))
    result.problems.extend(validate(result.records))
    aggregation = aggregate(result.records)
    result.problems.extend(aggregation.problems)
    write_outputs(out, result, aggregation, excel=excel, cache_dir=options.cache_dir)
    return result


def write_outputs(
    out: Path,
    result: RunResult,
    aggregation: Aggregation | None = None,
    *,
    excel: bool = False,
    cache_dir: Path | None = None,
) -> None:
    """Write every output; `cache_dir`: where an unchanged workbook may be copied from."""
    from extractor import export
    from extractor.aggregate import aggregate
    from extractor.cache import WorkbookCache
    from extractor.export_xlsx import write_xlsx

    records, problems = result.records, list(result.problems)
    if aggregation is None:  # a caller that re-writes outputs (after corrections, say)
        aggregation = aggregate(records)
        problems += [p for p in aggregation.problems if p not in problems]
    dialect = export.EXCEL if excel else export.PLAIN
    with one_run():  # the files are of one run: they replace the old ones together
        write_documents(out / "documents.jsonl", result.files)
        export.write_reports(out / "reports.csv", records, problems, dialect)
        export.write_figures(out / "figures.csv", records, dialect)
        export.write_warnings(out / "warnings.csv", problems, dialect)
        export.write_regions(out / "regions.csv", aggregation, dialect)
        export.write_completeness(out / "completeness.csv", aggregation, dialect)
        export.write_reports_jsonl(out / "reports.jsonl", records, problems)
        kept = WorkbookCache(cache_dir) if cache_dir is not None else None
        write_xlsx(out / "consolidated.xlsx", records, problems, aggregation, kept)
        write_marker(out)


def write_documents(path: Path, results: list[FileResult]) -> None:
    with atomic_text(path) as fh:
        for r in results:
            if r.document is not None:
                fh.write(r.document.model_dump_json(exclude_none=True))
                fh.write("\n")
