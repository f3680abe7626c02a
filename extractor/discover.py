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


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def discover(folder: Path, *, follow_links: bool = False, exclude: Path | None = None) -> Discovery:
    """Every supported file below `folder`, recursively, in a stable (sorted) order.

    Symbolic links to folders are followed once: a folder already visited (a link loop)
    is skipped with a note. A link (to a file or a folder) that leads out of `folder` is
    skipped with a warning unless `follow_links`: nothing outside the folder the user
    gave is read (a `passwd.txt` → /etc/passwd would end up in documents.jsonl).
    `exclude` (the output folder, when it lies inside) is passed over with a note.
    Hidden files and Office lock files (`~$name.docx`) are skipped with an info note;
    other unsupported files are noted too, since a report sent as .xlsx or .jpg is
    something the analyst wants to know about.
    """
    found = Discovery()
    seen_dirs: set[tuple[int, int]] = set()
    root = folder.resolve()
    skip_dir = exclude.resolve() if exclude is not None else None

    def rel(p: Path) -> str:
        return p.relative_to(folder).as_posix()

    def leaves(p: Path) -> Path | None:
        """Where a link that leads out of the folder points to; None for anything else."""
        if follow_links or not p.is_symlink():
            return None
        try:
            target = p.resolve()
        except (OSError, RuntimeError):  # a loop of links (RuntimeError before 3.13)
            return None  # leads nowhere, so nowhere outside: its reader says it is missing
        return None if _inside(target, root) else target

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
            target = leaves(p)
            if target is not None:
                found.skipped.append(
                    Skipped(
                        rel(p),
                        "discover.outside_link",
                        f"ссылка ведёт за пределы папки отчётов (на {target}), пропущена; "
                        "чтобы читать такие ссылки, запустите с --follow-links",
                    )
                )
                continue
            try:
                is_dir = e.is_dir(follow_symlinks=True)
            except OSError:
                is_dir = False
            if is_dir:
                if skip_dir is not None and p.resolve() == skip_dir:
                    found.skipped.append(
                        Skipped(rel(p), "discover.output_dir", "папка результатов, пропущена")
                    )
                    continue
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
                        f"формат {p.suffix or '(нет расширения)'} не поддерживается, файл пропущен",
                    )
                )

    walk(folder)
    return found
