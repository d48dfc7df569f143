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

import re
from array import array
from collections.abc import Iterable
from importlib import import_module
from typing import Any, AnyStr

from .keptfile import KeptFile, path_beside

__all__ = ["compile_regex", "longest_first"]

# `re`'s own parts (private, and without type stubs): its parser and compiler, and the C engine it compiles for
_parser: Any = import_module("re._parser")
_compiler: Any = import_module("re._compiler")
_sre: Any = import_module("_sre")

Flags = int | re.RegexFlag
# what `_sre.compile` takes after the pattern, its code as the bytes of an array (a list of ints is slow to read)
_Code = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_CODE_TYPE = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)

_BUILD = (_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS)
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
    _KEPT.keep(pattern, flags, compiled)
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


class _Kept(KeptFile[tuple[str | bytes, int], _Code]):
    """The code kept in the file, and the patterns learnt since it was read."""

    def __init__(self, path: str | None) -> None:
        super().__init__(path, _FILE_MAGIC, _BUILD, limit=MAX_KEPT)

    @property
    def code(self) -> dict[tuple[str | bytes, int], _Code]:
        return self.entries

    def keep(self, pattern: str | bytes, flags: int, compiled: re.Pattern[Any]) -> None:
        if not self.writable():
            return
        try:
            code = _code_of(pattern, flags)
            if _made(pattern, code) != compiled:
                return
        except Exception:  # a compiler this module does not know: nothing is kept
            return
        self.learn((pattern, flags), code)


_KEPT = _Kept(path_beside(__file__, ".regexes"))
