"""Time and peak memory of `moc-extract run` on one large .txt report.

    python scripts/bench_large_text.py 2 50              # sizes in MB, default limit
    python scripts/bench_large_text.py --unlimited 1 2 5 # what processing them costs

The file is a corpus report repeated up to the size. Without --unlimited each size is run
with the default --max-text-mb (a file above it is refused at once); with it, the limit is
lifted to see what processing would cost (about 12 s per MB: 50 MB takes ~10 minutes).
Linux only (peak memory from wait4's rusage).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "corpus" / "txt_salsk_2024.txt"


def build(path: Path, mb: float) -> None:
    report = REPORT.read_bytes() + b"\n\n"
    with path.open("wb") as fh:
        for _ in range(int(mb * 2**20) // len(report) + 1):
            fh.write(report)


def measure(folder: Path, out: Path, *extra: str) -> tuple[float, float, int]:
    """Wall time (s), peak RSS (MB) and exit status of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "extractor", "run", str(folder), "--out", str(out), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, status, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main(sizes: list[float], *, unlimited: bool) -> None:
    for mb in sizes:
        with tempfile.TemporaryDirectory(prefix="moc-bench-") as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            build(folder / "large.txt", mb)
            extra = ("--max-text-mb", "1e6") if unlimited else ()
            seconds, rss, status = measure(folder, Path(tmp) / "out", *extra)
            label = "no limit" if unlimited else "default limit"
            print(f"{mb:g} MB, {label}: {seconds:.1f} s, peak {rss:.0f} MB, exit {status}")


if __name__ == "__main__":
    args = sys.argv[1:]
    unlimited = "--unlimited" in args
    main([float(a) for a in args if a != "--unlimited"] or [2.0, 50.0], unlimited=unlimited)
