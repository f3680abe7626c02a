"""Lines from pypdfium2 equal pdfplumber's, and the reader gives the same Document both ways."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractor.read import pdf as pdf_reader
from extractor.read.pdf import SLOW_ENV, read_pdf
from extractor.read.pdf_fast import FastPages
from extractor.read.pdf_line import Line

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus").rglob("*.pdf"))
EDGE = ROOT / "tests" / "data" / "pdf"
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def _pages(path: Path) -> list[tuple[Path, int]]:
    with pdfplumber.open(path) as pdf:
        return [(path, i) for i in range(len(pdf.pages))]


PAGES = [p for path in CORPUS for p in _pages(path)]


@pytest.mark.parametrize(("path", "index"), PAGES, ids=lambda v: str(getattr(v, "name", v)))
def test_whole_page_lines_match_pdfplumber(path: Path, index: int) -> None:
    """Every line of the page, table text included: text, box, size, bold, first word."""
    quick = FastPages(path)
    try:
        fast = quick.page(index)
    finally:
        quick.close()
    assert fast is not None
    lines = fast.lines()
    assert lines is not None
    with pdfplumber.open(path) as pdf:
        slow = pdf_reader._lines(pdf.pages[index])
    lines = pdf_reader._sorted(lines)
    assert [_words(ln) for ln in lines] == [_words(ln) for ln in slow]
    # pdfium measures in single precision, pdfminer in double
    fast_measures = [v for ln in lines for v in _measures(ln)]
    assert fast_measures == pytest.approx([v for ln in slow for v in _measures(ln)], abs=0.01)


def _words(line: Line) -> tuple[str, float, bool]:
    return line.text, line.size, line.bold


def _measures(line: Line) -> tuple[float, ...]:
    return line.x0, line.x1, line.top, line.bottom, line.first_word


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_fast_path_matches_pdfplumber_on_corpus(path: Path) -> None:
    fast = read_pdf(path, path.name, fast=True)
    slow = read_pdf(path, path.name, fast=False)
    assert fast.model_dump() == slow.model_dump()


@pytest.mark.parametrize("name", ["doubled_bold.pdf", "cid_glyphs.pdf", "mixed_scan.pdf"])
def test_edge_cases_match(name: str) -> None:
    path = EDGE / name
    fast = read_pdf(path, name, fast=True)
    assert fast.model_dump() == read_pdf(path, name, fast=False).model_dump()


def test_text_only_document_never_opens_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "corpus" / "rubtsovsk_2024.pdf"
    expected = read_pdf(path, path.name, fast=False)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("pdfplumber opened for a page without drawings")

    monkeypatch.setattr(pdfplumber, "open", refuse)
    assert read_pdf(path, path.name).model_dump() == expected.model_dump()


def test_pages_with_tables_open_pdfplumber(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "corpus" / "berdsk_2024.pdf"
    opened: list[object] = []
    original = pdfplumber.open

    def spy(*args: object, **kwargs: object) -> object:
        opened.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", spy)
    doc = read_pdf(path, path.name)
    assert opened == [path]
    assert any(b.kind == "table" for b in doc.blocks)


def test_seed_pdfs_match() -> None:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is absent")
    pdfs = sorted(SEEDS.rglob("*.pdf"))
    if not pdfs:
        pytest.skip("the seeds hold no PDF")
    for path in pdfs:
        fast = read_pdf(path, path.name, fast=True)
        assert fast.model_dump() == read_pdf(path, path.name, fast=False).model_dump()


def test_environment_forces_the_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "corpus" / "rubtsovsk_2024.pdf"
    calls: list[int] = []
    original = FastPages.page

    def spy(self: FastPages, index: int) -> object:
        calls.append(index)
        return original(self, index)

    monkeypatch.setattr(FastPages, "page", spy)
    monkeypatch.setenv(SLOW_ENV, "1")
    read_pdf(path, path.name)
    assert calls == []
    monkeypatch.delenv(SLOW_ENV)
    read_pdf(path, path.name)
    assert calls == [0, 1]
