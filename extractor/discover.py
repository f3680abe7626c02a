"""Finds the report files under a folder, saying why anything is passed over."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from extractor.read import SUPPORTED


@dataclass
class Skipped:
    path: str  # relative to the folder
    code: str
    message: str


@dataclass
class Discovery:
    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, relative name)
    skipped: list[Skipped] = field(default_factory=list)


def _is_gold(name: str) -> bool:
    return name.endswith(".gold.json")


def _is_special(entry: os.DirEntry[str]) -> bool:
    """A pipe, socket or device; a link to nothing is not, so its reader can say so."""
    try:
        mode = entry.stat(follow_symlinks=True).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode)


def discover(folder: Path) -> Discovery:
    """Every supported file below `folder`, recursively, in a stable (sorted) order.

    Symbolic links to folders are followed once: a folder already visited (a link loop)
    is skipped with a note. Hidden files and Office lock files (`~$name.docx`) are
    skipped with an info note; other unsupported files are noted too, since a report
    sent as .xlsx or .jpg is something the analyst wants to know about.
    """
    found = Discovery()
    seen_dirs: set[tuple[int, int]] = set()

    def rel(p: Path) -> str:
        return p.relative_to(folder).as_posix()

    def walk(d: Path) -> None:
        try:
            st = d.stat()
        except OSError as exc:
            found.skipped.append(
                Skipped(rel(d), "discover.unreadable_dir", f"папка недоступна: {exc.strerror}")
            )
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs:
            found.skipped.append(
                Skipped(
                    rel(d), "discover.link_loop", "папка уже просмотрена (цикл ссылок), пропущена"
                )
            )
            return
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            found.skipped.append(
                Skipped(rel(d), "discover.unreadable_dir", f"папка недоступна: {exc.strerror}")
            )
            return
        for e in entries:
            p = Path(e.path)
            if e.name.startswith("~$"):
                found.skipped.append(
                    Skipped(rel(p), "discover.lock_file", "файл блокировки Office, пропущен")
                )
                continue
            if e.name.startswith("."):
                found.skipped.append(Skipped(rel(p), "discover.hidden", "скрытый файл, пропущен"))
                continue
            try:
                is_dir = e.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                walk(p)
                continue
            if _is_gold(e.name):
                continue  # answers for evaluation, not reports
            if _is_special(e):
                # Opening a named pipe or a device blocks or never ends.
                found.skipped.append(
                    Skipped(
                        rel(p),
                        "discover.not_a_file",
                        "не обычный файл (канал, устройство), пропущен",
                    )
                )
                continue
            if p.suffix.lower() in SUPPORTED:
                found.files.append((p, rel(p)))
            else:
                found.skipped.append(
                    Skipped(
                        rel(p),
                        "discover.unsupported",
                        f"формат {p.suffix or '(нет расширения)'} не поддерживается, пропущен",
                    )
                )

    walk(folder)
    return found
