"""What the package works out the same way on every start, kept in a file beside its bytecode.

The file follows the rules of bytecode: it is written only when Python writes bytecode (not under
PYTHONDONTWRITEBYTECODE, nor where the folder is read-only), and it belongs to one Python build: a
file of another build, or one damaged, is ignored and written afresh. Users of it check what they
read back (`regexes`, `generated`), so a bad entry only costs the work of making it again.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
from contextlib import suppress
from importlib.util import MAGIC_NUMBER, cache_from_source
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

BUILD = (sys.version, sys.implementation.cache_tag, MAGIC_NUMBER)


class KeptFile(Generic[K, V]):
    """Entries read from the file at start, and the ones learnt since; written back at exit when
    any was learnt. Past `limit` entries (those of many versions of the package), only the ones
    this process used are written."""

    def __init__(self, path: str | None, magic: str, build: tuple[object, ...], *, limit: int) -> None:
        self.path, self.magic, self.build, self.limit = path, magic, (*BUILD, *build), limit
        self.entries: dict[K, V] = self._read() if path else {}
        self.learnt = 0
        self.used: set[K] = set()  # the kept entries this process asked for
        self.owner = os.getpid()  # a forked worker inherits the entries but leaves the file alone

    def writable(self) -> bool:
        return self.path is not None and not sys.dont_write_bytecode

    def learn(self, key: K, value: V) -> None:
        self.entries[key] = value
        self.used.add(key)
        if not self.learnt:
            atexit.register(self.save)
        self.learnt += 1

    def _read(self) -> dict[K, V]:
        assert self.path is not None
        try:
            with open(self.path, "rb") as file:
                stored: Any = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (self.magic, self.build)
                and isinstance(stored[2], dict)):
            return {}
        return stored[2]

    def save(self) -> None:
        """Write the file anew (atomically), when this process learnt entries."""
        if self.path is None or not self.learnt or os.getpid() != self.owner:
            return
        if len(self.entries) > self.limit:
            self.entries = {key: value for key, value in self.entries.items() if key in self.used}
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as file:
                marshal.dump((self.magic, self.build, self.entries), file)  # type: ignore[arg-type]
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # read-only (made on every start, as without the file), or unwritable
            with suppress(OSError):
                os.unlink(temporary)


def path_beside(module_file: str, suffix: str) -> str | None:
    """Where a module's bytecode would go, with `suffix` for its extension (None: no bytecode cache)."""
    try:
        return os.path.splitext(cache_from_source(module_file))[0] + suffix
    except (NotImplementedError, ValueError):
        return None
