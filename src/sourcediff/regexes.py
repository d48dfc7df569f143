"""The package's regular expressions, compiled once per installation rather than on every start.

The package builds about 300 patterns when it is imported, and compiling them (Python's regex
compiler is written in Python) is about half of its start-up: some 60 ms of every run. What the
compiler makes of a pattern is a list of numbers that the C engine runs (`_sre`); `compile_regex`
keeps those lists in a file beside the package's bytecode and, on the next start, hands them to the
engine directly, as `re` itself does at the end of compiling.

The file follows the rules of bytecode: it is written only when Python writes bytecode (not under
PYTHONDONTWRITEBYTECODE, nor where the folder is read-only), and it belongs to one Python build.
A pattern is kept only when the pattern made from its kept code is equal to `re.compile`'s (same
pattern, flags and code), and the engine checks any code it is given, so a file from another build,
or one damaged, only costs the time to compile again; it is then written afresh.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from collections.abc import Iterable
from contextlib import suppress
from importlib import import_module
from importlib.util import cache_from_source
from typing import Any, AnyStr

__all__ = ["compile_regex", "longest_first"]

# `re`'s own parts (private, and without type stubs): its parser and compiler, and the C engine it compiles for
_parser: Any = import_module("re._parser")
_compiler: Any = import_module("re._compiler")
_sre: Any = import_module("_sre")

Flags = int | re.RegexFlag
# what `_sre.compile` takes after the pattern, its code as the bytes of an array (a list of ints is slow to read)
_Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE_TYPE = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)

_BUILD = (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
_FILE_MAGIC = "sourcediff-regexes-1"
MAX_KEPT = 2_000  # patterns; the package makes about 300: past this, a file keeps only this run's


def compile_regex(pattern: AnyStr, flags: Flags = 0) -> re.Pattern[AnyStr]:
    """`re.compile(pattern, flags)`, from the code kept at an earlier start when there is any."""
    flags = int(flags)
    code = _KEPT.code.get((pattern, flags))
    if code is not None:
        try:
            made = _made(pattern, code)
            _KEPT.used.add((pattern, flags))
            return made
        except (RuntimeError, TypeError, ValueError):  # the engine refused the code: compile afresh
            del _KEPT.code[(pattern, flags)]
    compiled = re.compile(pattern, flags)
    _KEPT.learn(pattern, flags, compiled)
    return compiled


def longest_first(words: Iterable[str]) -> list[str]:
    """Words for an alternation, longest first so that none stops short at a prefix; ties in
    alphabetical order, so that the pattern is written the same on every start whatever the order
    of a set the words came from (and found in the kept code)."""
    return sorted(words, key=lambda word: (-len(word), word))


def _made(pattern: Any, code: _Code) -> re.Pattern[Any]:
    flags, program, groups, groupindex, indexgroup = code
    return _sre.compile(pattern, flags, array(_CODE_TYPE, program).tolist(), groups, groupindex,  # type: ignore
                        indexgroup)


def _code_of(pattern: str | bytes, flags: int) -> _Code:
    """What `re`'s compiler hands the engine for `pattern` (as `re._compiler.compile` does)."""
    parsed = _parser.parse(pattern, flags)
    code = array(_CODE_TYPE, _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


class _Kept:
    """The code kept in the file, and the patterns learnt since it was read."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.code: dict[tuple[str | bytes, int], _Code] = self._read() if path else {}
        self.learnt = 0
        self.used: set[tuple[str | bytes, int]] = set()  # the kept patterns this process made
        self.owner = os.getpid()  # a forked worker inherits the code but leaves the file alone

    def learn(self, pattern: str | bytes, flags: int, compiled: re.Pattern[Any]) -> None:
        if self.path is None or sys.dont_write_bytecode:
            return
        try:
            code = _code_of(pattern, flags)
            if _made(pattern, code) != compiled:
                return
        except Exception:  # a compiler this module does not know: nothing is kept
            return
        self.code[(pattern, flags)] = code
        self.used.add((pattern, flags))
        if not self.learnt:
            atexit.register(self.save)
        self.learnt += 1

    def _read(self) -> dict[tuple[str | bytes, int], _Code]:
        assert self.path is not None
        try:
            with open(self.path, "rb") as file:
                stored: Any = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if not (isinstance(stored, tuple) and len(stored) == 3 and stored[:2] == (_FILE_MAGIC, _BUILD)
                and isinstance(stored[2], dict)):
            return {}
        return stored[2]

    def save(self) -> None:
        """Write the file anew (atomically), when this process learnt patterns; past MAX_KEPT (the
        patterns of many versions of the package), only those this process made."""
        if self.path is None or not self.learnt or os.getpid() != self.owner:
            return
        if len(self.code) > MAX_KEPT:
            self.code = {key: code for key, code in self.code.items() if key in self.used}
        temporary = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(temporary, "wb") as file:
                marshal.dump((_FILE_MAGIC, _BUILD, self.code), file)
            os.replace(temporary, self.path)
        except (OSError, ValueError):  # read-only (compiled on every start, as without this module), or unwritable
            with suppress(OSError):
                os.unlink(temporary)


def _path() -> str | None:
    try:
        return os.path.splitext(cache_from_source(__file__))[0] + ".regexes"
    except (NotImplementedError, ValueError):  # no bytecode cache in this Python
        return None


_KEPT = _Kept(_path())
