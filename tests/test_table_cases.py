"""The table-case suite: every case of tests/data/table_cases/ in every format it lists,
read as a user's file would be, must give exactly its expected figures (tests/table_cases.py
says how a case is written and rendered)."""

from __future__ import annotations

import subprocess
import tomllib
from pathlib import Path

import pytest

from extractor.pipeline import read_one
from extractor.read.convert import find_soffice
from tests.table_cases import CASES as CASES_DIR
from tests.table_cases import PDF_SOURCES, SUFFIX, WRITERS, Case, load_cases

CASES = load_cases()
# Cases the tool does not read yet, each with what is missing: they must fail (strict),
# so one that starts to pass is taken off the list.
KNOWN = tomllib.loads((CASES_DIR / "known_misses.toml").read_text(encoding="utf-8"))["miss"]
PARAMS = [
    pytest.param(
        case,
        fmt,
        id=f"{case.name}-{fmt}",
        marks=[pytest.mark.xfail(strict=True, reason=KNOWN[f"{case.name}-{fmt}"])]
        if f"{case.name}-{fmt}" in KNOWN
        else [],
    )
    for case in CASES
    for fmt in case.formats
]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """Every case in every format; the .pdf files from the .docx, in one LibreOffice call."""
    root = tmp_path_factory.mktemp("table_cases")
    out: dict[tuple[str, str], Path] = {}
    docx_for_pdf: dict[str, list[Path]] = {fmt: [] for fmt in PDF_SOURCES}
    for case in CASES:
        for fmt in case.formats:
            if fmt in PDF_SOURCES:
                source = root / f"{fmt}_src" / f"{case.name}.docx"
                source.parent.mkdir(exist_ok=True)
                PDF_SOURCES[fmt](case, source)
                docx_for_pdf[fmt].append(source)
                out[(case.name, fmt)] = root / fmt / f"{case.name}.pdf"
                continue
            path = root / fmt / f"{case.name}{SUFFIX[fmt]}"
            path.parent.mkdir(exist_ok=True)
            WRITERS[fmt](case, path)
            out[(case.name, fmt)] = path
    soffice = find_soffice()
    for fmt, sources in docx_for_pdf.items():
        if sources and soffice:
            profile = (root / "profile").as_uri()
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                 "pdf", "--outdir", str(root / fmt), *map(str, sources)],
                check=False, capture_output=True, timeout=600,
            )  # fmt: skip
    return out


def test_the_suite_covers_the_shapes_in_several_formats() -> None:
    """At least 40 cases, each shape in more than one format where it exists there."""
    assert len(CASES) >= 40, len(CASES)
    assert all(len(case.formats) >= 2 for case in CASES)


@pytest.mark.parametrize(("case", "fmt"), PARAMS)
def test_table_case(case: Case, fmt: str, rendered: dict[tuple[str, str], Path]) -> None:
    path = rendered[(case.name, fmt)]
    if fmt in PDF_SOURCES and not path.is_file():
        pytest.skip("LibreOffice is not installed: the pdf of a table case cannot be made")
    result = read_one(path, path.name)
    assert result.record is not None, result.problems
    found = {f.key: f.value for f in result.record.figures}
    assert found == case.expected, case.title
