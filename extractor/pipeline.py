"""The run: discover → read each file → (later stages) → write outputs.

Each file is processed on its own: a file that fails is recorded with its reason and the
run goes on, so one bad report never costs the analyst the others.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import BaseModel, Field

from extractor.discover import discover
from extractor.document import Document
from extractor.errors import ExtractorError
from extractor.output import atomic_text, one_run
from extractor.records import Problem, ReportRecord, Severity

OnFile = Callable[[int, int, str], None]
# How bad each reason to pass a file over is; any other reason is a warning.
_SKIP_SEVERITY = {
    "discover.hidden": Severity.info,
    "discover.lock_file": Severity.info,
    "discover.unreadable_dir": Severity.error,  # the reports inside, if any, are not read
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
        """Some file, or some folder, could not be read or processed (exit status 3)."""
        return bool(self.failed) or any(p.severity is Severity.error for p in self.problems)

    @property
    def records(self) -> list[ReportRecord]:
        return [f.record for f in self.files if f.record is not None]


def _error(rel: str, code: str, message: str) -> Problem:
    return Problem(file=rel, severity=Severity.error, code=code, message=message)


def read_one(path: Path, rel: str, *, max_text_mb: float | None = None) -> FileResult:
    """Read and extract one file; any failure becomes a problem on that file alone."""
    from extractor.extract.report import extract_report
    from extractor.read import DEFAULT_MAX_TEXT_MB, read_document

    try:
        document = read_document(path, rel, max_text_mb=max_text_mb or DEFAULT_MAX_TEXT_MB)
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
        record = extract_report(document)
    except Exception as exc:  # the document is still written; the figures are reported missing
        message = f"внутренняя ошибка при извлечении: {type(exc).__name__}: {exc}"
        problems.append(_error(rel, "extract.internal", message))
        return FileResult(file=rel, document=document, problems=problems)
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
    *,
    max_text_mb: float | None = None,
) -> list[FileResult]:
    """Read and extract every file, in the order given."""
    results: list[FileResult] = []
    total = len(files)
    for i, (path, rel) in enumerate(files):
        if on_file:
            on_file(i, total, rel)
        results.append(read_one(path, rel, max_text_mb=max_text_mb))
    if on_file:
        on_file(total, total, "")
    return results


def run(
    folder: Path,
    out: Path,
    on_file: OnFile | None = None,
    *,
    max_text_mb: float | None = None,
) -> RunResult:
    """discover → read and extract → validate → write outputs.

    `max_text_mb` is the largest text a file may have (None: the readers' default).
    """
    from extractor.validate import validate

    found = discover(folder)
    problems = [
        Problem(
            file=s.path,
            severity=_SKIP_SEVERITY.get(s.code, Severity.warning),
            code=s.code,
            message=s.message,
        )
        for s in found.skipped
    ]
    results = process_files(found.files, on_file, max_text_mb=max_text_mb)
    for r in results:
        problems.extend(r.problems)
    result = RunResult(files=results, problems=problems)
    result.problems.extend(validate(result.records))
    write_outputs(out, result)
    return result


def write_outputs(out: Path, result: RunResult) -> None:
    from extractor.export import write_figures, write_reports, write_warnings

    with one_run():  # the four files are of one run: they replace the old ones together
        write_documents(out / "documents.jsonl", result.files)
        write_reports(out / "reports.csv", result.records, result.problems)
        write_figures(out / "figures.csv", result.records)
        write_warnings(out / "warnings.csv", result.problems)


def write_documents(path: Path, results: list[FileResult]) -> None:
    with atomic_text(path) as fh:
        for r in results:
            if r.document is not None:
                fh.write(r.document.model_dump_json(exclude_none=True))
                fh.write("\n")
