"""The files under a folder, and every one left out with the reason: nothing under a folder is passed over in silence.

Symbolic links to folders are followed, each real folder read once (a link back up the tree is a
loop, reported, not followed). Hidden files and folders are listed as left out unless asked for;
a folder that cannot be opened and a folder nested deeper than `max_depth` are listed as left out.
The walk is iterative, so no depth of nesting can exhaust Python's stack.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAX_FOLDER_DEPTH", "Entry", "walk"]

MAX_FOLDER_DEPTH = 100  # folders below the one named; a real archive is a few levels deep


@dataclass(frozen=True, slots=True)
class Entry:
    """A file to read (`reason` empty), or a file or folder left out and why (without its name)."""

    path: Path
    reason: str = ""


def walk(folder: Path, *, hidden: bool = False, max_depth: int = MAX_FOLDER_DEPTH) -> Iterator[Entry]:
    """Every file under `folder` in path order: entries by name, a subfolder's files where its name sorts."""
    seen: set[tuple[int, int]] = set()
    root_id = _identity(folder)
    if root_id is not None:
        seen.add(root_id)
    opened = _open(folder, 0)
    if isinstance(opened, Entry):
        yield opened
        return
    stack = [opened]
    while stack:
        entries, depth = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        is_dir = _is_dir(entry)
        if entry.name.startswith(".") and not hidden:
            kind = "folder" if is_dir else "file"
            yield Entry(path, f"hidden {kind}, not read; add --include-hidden to read hidden files and folders")
        elif not is_dir:
            yield Entry(path)
        elif reason := _folder_reason(path, entry, depth + 1, max_depth, seen):
            yield Entry(path, reason)
        else:
            opened = _open(path, depth + 1)
            if isinstance(opened, Entry):
                yield opened
            else:
                stack.append(opened)


def _open(folder: Path, depth: int) -> tuple[Iterator[os.DirEntry[str]], int] | Entry:
    try:
        with os.scandir(folder) as found:
            entries = sorted(found, key=lambda entry: entry.name)
    except OSError as error:
        return Entry(folder, f"cannot open this folder ({error.strerror}); check its permissions or leave it out")
    return iter(entries), depth


def _folder_reason(path: Path, entry: os.DirEntry[str], depth: int, max_depth: int,
                   seen: set[tuple[int, int]]) -> str:
    if depth > max_depth:
        return (f"folder nested more than {max_depth} levels deep, not read; "
                "move its files nearer the top or name the folder itself")
    identity = _identity(path)
    if identity is None:
        return "cannot open this folder; check that the link or folder still exists"
    if identity in seen:
        what = "a link to a folder" if entry.is_symlink() else "a folder"
        return f"{what} already read (a symlink loop or a second link to it), not read twice; leave it"
    seen.add(identity)
    return ""


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino
