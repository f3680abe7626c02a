"""Processing a list of files: cached results first, the rest in workers, in input order."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from pydantic import BaseModel

from extractor.cache import ResultCache
from extractor.parallel import Task, Work, default_jobs, run_workers
from extractor.pipeline import FileResult, read_one

OnFile = Callable[[int, int, str], None]
# Formats LibreOffice converts first: seconds a file, where the others take a fraction.
_CONVERTED = {".doc", ".rtf", ".odt", ".xls", ".ods"}
# Generous: the slowest real report seen takes a few seconds; LibreOffice has 180 s of its own.
DEFAULT_TIMEOUT_S = 300.0


class ProcessOptions(BaseModel):
    jobs: int | None = None  # None: every core this process may use
    timeout: float | None = DEFAULT_TIMEOUT_S  # seconds per file; None or 0: no limit
    cache_dir: Path | None = None  # None: no cache
    max_text_mb: float | None = None  # None: the readers' default (extractor.read)
    max_pages: int | None = None  # None: the readers' default (extractor.read)


def longest_first(tasks: Sequence[Task]) -> list[Task]:
    """Tasks ordered by their likely cost, the longest first, so that a long file does not
    keep one worker busy after the others ran out of work (results keep their index)."""

    def cost(task: Task) -> tuple[bool, int]:
        path = task[1]
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return path.suffix.lower() in _CONVERTED, size

    return sorted(tasks, key=cost, reverse=True)


def process(
    files: Sequence[tuple[Path, str]],
    options: ProcessOptions,
    on_file: OnFile | None = None,
    work: Work = read_one,
) -> list[FileResult]:
    """Read and extract every file; `on_file(done - 1, total, name)` as each one finishes.

    `work` is what a worker runs on each file: `read_one`, or in tests a stand-in that
    misbehaves on purpose (it must be importable by name, as workers import it).
    """
    limits = {
        name: value
        for name, value in (("max_text_mb", options.max_text_mb), ("max_pages", options.max_pages))
        if value is not None
    }
    if limits:
        work = partial(work, **limits)
    total = len(files)
    results: list[FileResult | None] = [None] * total
    done = 0

    def finish(index: int, result: FileResult) -> None:
        nonlocal done
        results[index] = result
        done += 1
        if on_file:
            on_file(done - 1, total, files[index][1])

    # A file refused as too large is an error, and errors are never cached; but a file read
    # under a higher limit must not be served from the cache under a lower one.
    salt = f"max_text_mb={options.max_text_mb};max_pages={options.max_pages}"
    cache = ResultCache(options.cache_dir, salt=salt) if options.cache_dir is not None else None
    keys: dict[int, str] = {}
    tasks: list[Task] = []
    for i, (path, rel) in enumerate(files):
        key = cache.key(path, rel) if cache else None
        hit = cache.get(key) if cache and key else None
        if hit is not None:
            finish(i, hit)
            continue
        if key:
            keys[i] = key
        tasks.append((i, path, rel))

    def fresh(index: int, result: FileResult) -> None:
        if cache and index in keys:
            cache.put(keys[index], result)
        finish(index, result)

    jobs = max(1, options.jobs or default_jobs())
    if jobs == 1 and not options.timeout:
        for i, path, rel in tasks:  # nothing to kill: no need for a worker process
            fresh(i, work(path, rel))
    else:
        run_workers(longest_first(tasks), work, jobs, options.timeout or None, fresh)
    if on_file:
        on_file(total, total, "")
    return [r for r in results if r is not None]
