"""A cache of per-file results, so that a re-run re-reads only the files that changed.

An entry is one `FileResult` as JSON, named by a key made of the file's content (sha256),
its name in the run (the result quotes it) and the code version: a digest of the package
version, the rule files and the package's own source. Editing a rule or upgrading the tool
therefore misses every entry at once, and no stale answer survives a change of logic.

Entries live in `OUT/.cache/` beside the outputs (one folder per run's outputs, easy to
see and to delete). An entry that cannot be read back — truncated, edited, written by an
older layout — is a miss, never an error. Only results without an error are stored: a
timeout, a missing LibreOffice or a crash may well go away on the next run.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ValidationError

from extractor.output import CACHE_TMP_PREFIX
from extractor.pipeline import FileResult

CACHE_DIRNAME = ".cache"
_LAYOUT = "1"  # bump when the entry format changes without a code change to hash


@cache
def code_version() -> str:
    """A digest of everything that decides a file's result, besides the file itself."""
    import extractor

    package = Path(extractor.__file__).parent
    rules = package.parent / "rules"
    if not rules.is_dir():  # an installed wheel: rules/ is the subpackage extractor.rules
        rules = package / "rules"
    return tree_digest(extractor.__version__, package, rules)


def tree_digest(version: str, package: Path, rules: Path) -> str:
    """The package version, its Python source and every rule file, hashed together."""
    digest = hashlib.sha256(f"{_LAYOUT}:{version}".encode())
    for root, pattern in ((package, "*.py"), (rules, "*")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            if "__pycache__" in path.parts:
                continue
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _store(entry: Path, write: Callable[[Path], object]) -> bool:
    """Write an entry through a temporary file beside it, renamed over it (a reader never
    sees half an entry); a cache that cannot be written only costs speed next time."""
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=CACHE_TMP_PREFIX, suffix=".tmp", dir=entry.parent)
        os.close(fd)
    except OSError:
        return False
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, entry)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


class ResultCache:
    """Per-file results on disk, keyed by content, name and code version."""

    def __init__(self, folder: Path, version: str | None = None, salt: str = "") -> None:
        self.folder = folder
        # `salt`: run options that change a file's result (the size and page limits)
        self.version = (version if version is not None else code_version()) + salt
        self.hits = 0
        self.misses = 0

    def key(self, path: Path, rel: str) -> str | None:
        """The entry's key, or None when the file cannot be read (the reader will say why)."""
        try:
            content = file_digest(path)
        except OSError:
            return None
        return hashlib.sha256(f"{self.version}\0{rel}\0{content}".encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> FileResult | None:
        try:
            data = self._entry(key).read_bytes()
            result = FileResult.model_validate_json(data)
        except (OSError, ValueError, ValidationError):
            self.misses += 1
            return None
        self.hits += 1
        return result

    def put(self, key: str, result: FileResult) -> None:
        """Store a result; a cache that cannot be written only costs speed next time."""
        # Errors that cost the file its reading may pass (a timeout, LibreOffice missing);
        # an error about a figure (`value.unrepresentable`) is the file's and stays.
        if result.failed or any(p.lost_a_file for p in result.problems):
            return
        _store(self._entry(key), lambda tmp: tmp.write_text(result.model_dump_json(), "utf-8"))


WORKBOOK_KEPT = "consolidated-{digest}.xlsx"


class WorkbookCache:
    """The last consolidated.xlsx, kept by a digest of everything it shows.

    Writing the workbook (some 75 000 cells and 6 000 comments for 300 reports) was most
    of a re-run whose files all came from the cache; when the records, warnings and
    regional totals are the same as last time, and so is the code, the workbook is the
    same too, and is copied instead. Only the newest is kept. The copy goes to the
    output through its own atomic write, so a workbook the user edited in Excel is
    replaced as before.
    """

    def __init__(self, folder: Path, version: str | None = None) -> None:
        self.folder = folder
        self.version = version if version is not None else code_version()

    def digest(self, parts: Iterable[BaseModel]) -> str:
        h = hashlib.sha256(f"{_LAYOUT}:{self.version}".encode())
        for part in parts:
            h.update(part.model_dump_json().encode())
            h.update(b"\0")
        return h.hexdigest()

    def _entry(self, digest: str) -> Path:
        return self.folder / WORKBOOK_KEPT.format(digest=digest)

    def fetch(self, digest: str, dest: Path) -> bool:
        """Copy the kept workbook to `dest`; False when there is none (or it is damaged)."""
        entry = self._entry(digest)
        try:
            if not zipfile.is_zipfile(entry):
                return False
            shutil.copyfile(entry, dest)
        except OSError:
            return False
        return True

    def keep(self, digest: str, written: Path) -> None:
        """Keep a copy of a workbook just written, in place of the one kept before."""
        entry = self._entry(digest)
        if not _store(entry, lambda tmp: shutil.copyfile(written, tmp)):
            return
        for old in self.folder.glob(WORKBOOK_KEPT.format(digest="*")):
            if old != entry:
                old.unlink(missing_ok=True)
