"""The fast text path (pypdfium2) gives the same Document as pdfplumber on every page it takes."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extractor.read.pdf import SLOW_ENV, read_pdf
from extractor.read.pdf_fast import FastPages

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "corpus").rglob("*.pdf"))
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def _fast_pages(path: Path) -> list[int]:
    quick = FastPages(path)
    try:
        with pdfplumber.open(path) as pdf:
            return [i for i, page in enumerate(pdf.pages) if quick.chars(i, page) is not None]
    finally:
        quick.close()


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_fast_path_matches_pdfplumber_on_corpus(path: Path) -> None:
    fast = read_pdf(path, path.name, fast=True)
    slow = read_pdf(path, path.name, fast=False)
    assert fast.model_dump() == slow.model_dump()


def test_fast_path_is_taken_on_pages_without_drawings() -> None:
    taken = sum(len(_fast_pages(p)) for p in CORPUS)
    assert taken >= 5  # rubtsovsk's two pages and three more draw no paths


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
    original = FastPages.chars

    def spy(self: FastPages, index: int, page: object) -> object:
        calls.append(index)
        return original(self, index, page)

    monkeypatch.setattr(FastPages, "chars", spy)
    monkeypatch.setenv(SLOW_ENV, "1")
    read_pdf(path, path.name)
    assert calls == []
    monkeypatch.delenv(SLOW_ENV)
    read_pdf(path, path.name)
    assert calls == [0, 1]
