"""Reads files in worker processes, each file under a time limit, results in input order.

concurrent.futures cannot stop a task that is running, and a pathological PDF can keep
pdfminer busy for hours; so each worker here is a plain process with its own pipe, and
a worker that overruns the limit is killed and replaced while the others go on. Each
worker loads its models (morphology, natasha) once, on its first file, and keeps them.

Workers start from a fresh interpreter (forkserver on Linux, spawn elsewhere), never by
forking the caller: the caller may run threads (rich's progress bar) whose locks a fork
would copy in a held state.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from extractor.pipeline import FileResult
from extractor.records import Problem, Severity

Work = Callable[[Path, str], FileResult]
Task = tuple[int, Path, str]
OnResult = Callable[[int, FileResult], None]


def default_jobs() -> int:
    """The cores this process may use (fewer than the machine's under a CPU affinity mask)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _context() -> Any:
    method = "forkserver" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


# Thread pools of the numeric libraries under natasha (OpenBLAS, OpenMP, MKL), read once
# when numpy is first imported, which in a worker happens on its first file.
_THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


def _limit_threads() -> None:
    """One thread for a worker's numeric libraries, unless the user chose.

    Measured: with their default of a thread per core, two workers on two cores run four
    busy threads and --jobs 2 gained 1.2× over --jobs 1; with one thread each, 1.75×. A
    lone worker too: natasha's matrices are small and the extra threads spin (300
    documents, --jobs 1 on two cores, alternating runs: one thread 97 s and 107 s, two
    104 s and 111 s; 56 s of worker CPU against 95 s).
    """
    for var in _THREAD_VARS:
        os.environ.setdefault(var, "1")


def _serve(conn: Connection, work: Work) -> None:
    """A worker's loop: a task in, its result out, until told to stop."""
    # Ctrl-C reaches the whole process group: the parent alone answers it, by killing us.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_threads()
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        index, path, rel = task
        conn.send((index, work(path, rel).model_dump_json()))


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: Task | None = None
    started: float = 0.0

    def give(self, task: Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send(task)

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(timeout=5)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def _start(ctx: Any, work: Work) -> _Worker:
    parent, child = ctx.Pipe()
    process = ctx.Process(target=_serve, args=(child, work), daemon=True)
    process.start()
    child.close()
    return _Worker(process, parent)


def _failure(rel: str, code: str, message: str) -> FileResult:
    return FileResult(
        file=rel, problems=[Problem(file=rel, severity=Severity.error, code=code, message=message)]
    )


def timeout_result(rel: str, limit: float) -> FileResult:
    return _failure(
        rel,
        "read.timeout",
        f"файл {rel} не обработан за {limit:g} с (ограничение времени на один файл); "
        "он пропущен, остальные файлы обработаны. Увеличьте ограничение ключом --timeout",
    )


def crash_result(rel: str, exitcode: int | None) -> FileResult:
    return _failure(
        rel,
        "read.crashed",
        f"обработка файла {rel} аварийно завершилась (код {exitcode}); "
        "он пропущен, остальные файлы обработаны",
    )


def run_workers(
    tasks: Sequence[Task],
    work: Work,
    jobs: int,
    timeout: float | None,
    on_result: OnResult,
) -> None:
    """Run `work` on every task in `jobs` processes; report each result as it arrives."""
    pending = deque(tasks)
    if not pending:
        return
    ctx = _context()
    n = min(jobs, len(pending))
    workers = [_start(ctx, work) for _ in range(n)]
    finished = False
    try:
        for w in workers:
            w.give(pending.popleft())
        while True:
            busy = [w for w in workers if w.task is not None]
            if not busy:
                finished = True
                return
            wait_s = None
            if timeout:
                wait_s = max(0.0, min(w.started for w in busy) + timeout - time.monotonic())
            ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_s))
            for w in busy:
                outcome = _outcome(w, ready, timeout)
                if outcome is None:
                    continue
                assert w.task is not None
                index, w.task = w.task[0], None
                payload, healthy = outcome
                if not healthy:  # killed or dead: a fresh process takes its place
                    w.kill()
                    fresh = _start(ctx, work)
                    w.process, w.conn = fresh.process, fresh.conn
                # the worker goes on with its next file while this result is parsed here
                if pending:
                    w.give(pending.popleft())
                if isinstance(payload, str):
                    payload = FileResult.model_validate_json(payload)
                on_result(index, payload)
    finally:
        for w in workers:
            if finished:
                w.stop()
            else:  # interrupted: nobody waits for a file in progress
                w.kill()


def _outcome(
    w: _Worker, ready: set[Any], timeout: float | None
) -> tuple[FileResult | str, bool] | None:
    """The finished task's result (as the worker's JSON) and whether the worker is fit to
    go on; None while it runs."""
    assert w.task is not None
    _, _, rel = w.task
    if w.conn in ready or w.process.sentinel in ready:
        try:
            if w.conn.poll():
                _, data = w.conn.recv()
                return str(data), True
        except (EOFError, OSError):
            pass
        w.process.join(timeout=5)
        return crash_result(rel, w.process.exitcode), False
    if timeout and time.monotonic() - w.started >= timeout:
        return timeout_result(rel, timeout), False
    return None
