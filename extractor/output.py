"""Writing outputs so that an interrupted run never leaves a file that looks complete.

Each output is written to a hidden temporary file beside it (`.NAME.XXXX.tmp`), then
renamed over it: a reader sees the old file or the new one, never half of one. Inside
`one_run()`, the renames wait until every output is written, so the outputs of one run
replace those of the previous run together, or (after an error) not at all.
A run killed outright (SIGKILL, power cut) can leave a `.NAME.XXXX.tmp` file: hidden, and
not named like any output, it is never mistaken for one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TextIO

# Temporary files written but not yet renamed, inside `one_run()`: (temporary, target).
_pending: ContextVar[list[tuple[Path, Path]] | None] = ContextVar("_pending", default=None)


def _file_mode() -> int:
    """What a plain `open(..., "w")` would give: mkstemp makes files readable by us only."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to, renamed over `path` on success.

    For libraries that write a file themselves (XlsxWriter); see `atomic_text`.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        os.fchmod(fd, _file_mode())
        os.close(fd)
        yield tmp
        pending = _pending.get()
        if pending is None:
            os.replace(tmp, path)
        else:
            pending.append((tmp, path))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(
    path: Path, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    with (
        atomic_path(path) as tmp,
        tmp.open("w", encoding=encoding, newline=newline) as fh,
    ):
        yield fh
        fh.flush()
        os.fsync(fh.fileno())


@contextmanager
def one_run() -> Iterator[None]:
    """Outputs written inside replace their targets together when the block ends."""
    if _pending.get() is not None:  # nested: the outer block renames
        yield
        return
    pending: list[tuple[Path, Path]] = []
    token = _pending.set(pending)
    try:
        yield
    except BaseException:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        raise
    finally:
        _pending.reset(token)
    for tmp, path in pending:
        os.replace(tmp, path)
