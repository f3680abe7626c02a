from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GAZETTEER = SHARED / "gazetteer"


@pytest.fixture
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(
            "../shared/corpus/seeds is absent: the user's seed reports are not beside this checkout"
        )
    return SEEDS


@pytest.fixture
def corpus_dir() -> Path:
    return CORPUS
