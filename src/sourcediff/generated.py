"""The functions `dataclasses` writes for the package's records, compiled once per installation.

Every frozen record class gets an `__init__`, `__repr__`, `__eq__`, `__hash__`, `__setattr__` and
`__delattr__` that `dataclasses` writes as source text and compiles on every start: for the package's
~70 record classes some 30 ms, a third of importing it. While the package's modules are imported,
`kept_code()` hands `dataclasses` an `exec` that takes the code of a text compiled at an earlier start
from a file beside the bytecode (see `keptfile`) and compiles, and keeps, the others. The text is the
whole key and the code is what `compile` makes of it, so the classes are the very ones made without
this; when the imports are done, `dataclasses` is left as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from types import CodeType
from typing import Any

from .keptfile import KeptFile, path_beside

__all__ = ["kept_code", "kept_exec"]

_FILE_MAGIC = "sourcediff-generated-1"
MAX_KEPT = 2_000  # texts; the package makes about 400: past this, a file keeps only this run's

_KEPT: KeptFile[str, CodeType] = KeptFile(path_beside(__file__, ".generated"), _FILE_MAGIC, (), limit=MAX_KEPT)


def kept_exec(source: str | CodeType, globals: dict[str, Any] | None = None,
              locals: dict[str, Any] | None = None) -> None:
    """`exec(source, globals, locals)`, compiling a text (as code with no `__future__` features, as
    `dataclasses` compiles it) only when no earlier start kept its code."""
    if not isinstance(source, str):
        exec(source, globals, locals)
        return
    code = _KEPT.entries.get(source)
    if isinstance(code, CodeType):
        _KEPT.used.add(source)
    else:
        code = compile(source, "<string>", "exec", dont_inherit=True)
        if _KEPT.writable():
            _KEPT.learn(source, code)
    exec(code, globals, locals)


@contextmanager
def kept_code() -> Iterator[None]:
    """While open, `dataclasses` compiles the functions it writes through `kept_exec`. A block
    opened inside another (one import running another) leaves the hook to the outer one."""
    if "exec" in vars(dataclasses):  # an outer block's hook, or someone else's: leave it alone
        yield
        return
    dataclasses.exec = kept_exec  # type: ignore[attr-defined]  # found before the builtin
    try:
        yield
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
