"""The run: discover → read each file → (later stages) → write outputs.

Each file is processed on its own: a file that fails is recorded with its reason and the
run goes on, so one bad report never costs the analyst the others.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel

from extractor.discover import discover
from extractor.document import Document
from extractor.errors import ExtractorError
from extractor.output import atomic_text
from extractor.records import ReportRecord


class FileProblem(BaseModel):
    file: str
    severity: str  # "error" | "warning" | "info"
    code: str
    message: str


class FileResult(BaseModel):
    file: str
    document: Document | None = None
    record: ReportRecord | None = None
    problem: FileProblem | None = None


class RunResult(BaseModel):
    files: list[FileResult]
    notes: list[FileProblem]  # skipped at discovery, read warnings

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.document is None]


def read_one(path: Path, rel: str) -> FileResult:
    """Read and extract one file; any failure becomes a problem on that file alone."""
    from extractor.extract.report import extract_report
    from extractor.read import read_document

    try:
        document = read_document(path, rel)
    except ExtractorError as exc:
        return FileResult(
            file=rel,
            problem=FileProblem(file=rel, severity="error", code=exc.code, message=exc.message),
        )
    except Exception as exc:  # a reader bug must not stop the run; it is reported, not hidden
        return FileResult(
            file=rel,
            problem=FileProblem(
                file=rel,
                severity="error",
                code="read.internal",
                message=f"внутренняя ошибка при чтении: {type(exc).__name__}: {exc}",
            ),
        )
    try:
        record = extract_report(document)
    except Exception as exc:  # the document is still written; the figures are reported missing
        return FileResult(
            file=rel,
            document=document,
            problem=FileProblem(
                file=rel,
                severity="error",
                code="extract.internal",
                message=f"внутренняя ошибка при извлечении: {type(exc).__name__}: {exc}",
            ),
        )
    return FileResult(file=rel, document=document, record=record)


def run(
    folder: Path,
    out: Path,
    on_file: Callable[[int, int, str], None] | None = None,
) -> RunResult:
    found = discover(folder)
    notes = [
        FileProblem(
            file=s.path,
            severity="info" if s.code in ("discover.hidden", "discover.lock_file") else "warning",
            code=s.code,
            message=s.message,
        )
        for s in found.skipped
    ]
    results: list[FileResult] = []
    total = len(found.files)
    for i, (path, rel) in enumerate(found.files):
        if on_file:
            on_file(i, total, rel)
        result = read_one(path, rel)
        results.append(result)
        if result.document is not None:
            notes.extend(
                FileProblem(
                    file=rel,
                    severity="warning",
                    code=w.code,
                    message=w.message + (f" (стр. {w.page})" if w.page else ""),
                )
                for w in result.document.warnings
            )
    if on_file:
        on_file(total, total, "")
    write_outputs(out, results, notes)
    return RunResult(files=results, notes=notes)


def write_outputs(out: Path, results: list[FileResult], notes: list[FileProblem]) -> None:
    from extractor.export import write_figures, write_reports

    records = [r.record for r in results if r.record is not None]
    per_file: dict[str, list[str]] = {}
    for p in notes + [r.problem for r in results if r.problem]:
        per_file.setdefault(p.file, []).append(f"{p.code}: {p.message}")
    for r in records:
        if r.identity_ambiguous:
            per_file.setdefault(r.file, []).append(
                "identity.ambiguous: " + ", ".join(r.identity_ambiguous)
            )
        for field in ("municipality", "region", "year"):
            if getattr(r, field) is None:
                per_file.setdefault(r.file, []).append(f"identity.no_{field}")
        for c in r.conflicts:
            values = ", ".join(f.written for f in c.figures)
            per_file.setdefault(r.file, []).append(f"conflict.{c.key}: {values}")
    write_documents(out / "documents.jsonl", results)
    write_reports(out / "reports.csv", records, per_file)
    write_figures(out / "figures.csv", records)


def write_documents(path: Path, results: list[FileResult]) -> None:
    with atomic_text(path) as fh:
        for r in results:
            if r.document is not None:
                fh.write(r.document.model_dump_json(exclude_none=True))
                fh.write("\n")
