"""Writing outputs so that an interrupted run never leaves a file that looks complete.

Each output is written to a hidden temporary file beside it (`.NAME.XXXX.tmp`), then
renamed over it: a reader sees the old file or the new one, never half of one. Inside
`one_run()`, the renames wait until every output is written, so the outputs of one run
replace those of the previous run together, or (after an error) not at all.
A run killed outright (SIGKILL, power cut) can leave a `.NAME.XXXX.tmp` file: hidden, and
not named like any output, it is never mistaken for one.
"""

from __future__ import annotations

import errno
import glob
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


# ------------------------------------------------------------------ the output folder

# Every file a run writes into OUT, and the marker that says this tool wrote them.
OUTPUT_NAMES = (
    "documents.jsonl",
    "reports.csv",
    "figures.csv",
    "warnings.csv",
    "regions.csv",
    "completeness.csv",
    "reports.jsonl",
    "consolidated.xlsx",
)
MARKER = ".moc-extract"
# How the cache names an entry while it is written (extractor.cache._store).
CACHE_TMP_PREFIX = ".entry."
CACHE_TMP_GLOB = f"{CACHE_TMP_PREFIX}*.tmp"
_MARKER_TEXT = (
    "Эту папку записал moc-extract; файлы {names} он перезаписывает при каждом запуске.\n"
)


class OutFolderError(Exception):
    """OUT cannot take the outputs; the message says why, in Russian."""


def prepare_out(out: Path, *, force: bool = False, cache_dir: Path | None = None) -> None:
    """Check, before anything is read, that OUT can take this run's outputs.

    OUT must be a folder (created if missing) we can write to; outputs of a run are
    written over the previous run's, but a file named like an output in a folder this
    tool did not write (no marker) is the user's own: it is never overwritten without
    `force`. Leftover temporary files of an interrupted run are removed, in OUT and in
    the tool's own `cache_dir`.
    """
    if out.exists() and not out.is_dir():
        raise OutFolderError(f"--out указывает на файл, а не на папку: {out}")
    try:
        out.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test.", suffix=".tmp", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutFolderError(f"в папку результатов {out} нельзя писать: {_why(exc)}") from exc
    if not force and not (out / MARKER).is_file():
        foreign = [n for n in OUTPUT_NAMES if (out / n).exists()]
        if foreign:
            raise OutFolderError(
                f"в папке {out} уже есть файлы, которые записала не эта программа: "
                f"{', '.join(foreign)}; они были бы перезаписаны. Укажите другую папку "
                "(--out) или добавьте --force, если их можно заменить"
            )
    remove_leftovers(out, cache_dir)


# The reasons a folder cannot be written, in the user's words (the system's are English).
_REASONS = {
    errno.EACCES: "нет прав на запись",
    errno.EPERM: "нет прав на запись",
    errno.EROFS: "диск доступен только для чтения",
    errno.ENOSPC: "нет места на диске",
    errno.EDQUOT: "исчерпана квота диска",
    errno.ENOTDIR: "часть пути — файл, а не папка",
    errno.EEXIST: "на этом месте уже есть файл (или ссылка в никуда)",
    errno.ENOENT: "путь не существует",
    errno.ENAMETOOLONG: "слишком длинное имя",
}


def _why(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, f"ошибка системы ({exc.strerror or exc})")


def remove_leftovers(out: Path, cache_dir: Path | None = None) -> list[Path]:
    """Temporary files left by a run that was killed before it could rename them: those
    of the outputs in OUT (never other hidden files there), any in the cache folder."""
    found = [t for n in (*OUTPUT_NAMES, MARKER) for t in out.glob(f".{glob.escape(n)}.*.tmp")]
    # The cache folder only when OUT is known to be ours (a folder named .cache in a home
    # folder is everyone's), and only the cache's own temporary names.
    if cache_dir is not None and cache_dir.is_dir() and (out / MARKER).is_file():
        found += cache_dir.glob(f"*/{CACHE_TMP_GLOB}")
        found += cache_dir.glob(CACHE_TMP_GLOB)
    removed = []
    for tmp in found:
        try:
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            pass  # it is hidden and never read: not worth stopping the run for
    return removed


def write_marker(out: Path) -> None:
    with atomic_text(out / MARKER) as fh:
        fh.write(_MARKER_TEXT.format(names=", ".join(OUTPUT_NAMES)))
