"""Stand-ins for `read_one` that misbehave on purpose, run by worker processes in tests.

Workers import them by name, so they live in a module of their own. A file whose name
contains «медленный» never finishes; one whose name contains «падающий» kills its worker;
every other file gets an empty result at once (the readers are tested elsewhere).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from extractor.pipeline import FileResult


def misbehave(path: Path, rel: str) -> FileResult:
    if "медленный" in rel:
        time.sleep(600)
    if "падающий" in rel:
        os._exit(7)
    return FileResult(file=rel)


def report_threads(path: Path, rel: str) -> FileResult:
    """The thread limit a worker's numeric libraries would start with, as the file's name."""
    return FileResult(file=f"{rel}:{os.environ.get('OPENBLAS_NUM_THREADS')}")
