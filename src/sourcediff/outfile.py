"""The report file (`-o`): checked before the run, written whole or not at all.

A report must never overwrite an article it was made from, and a run that ends in a missing or
read-only folder must fail at once, not after the work is done. The report is written to a
temporary file beside the target and renamed over it, so a failed or interrupted write leaves
the target as it was, never a partial or empty file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from .errors import UsageError

__all__ = ["check_target", "write_atomically"]

NEW_FILE_MODE = 0o666  # before the umask, as open() creates a file


def check_target(output: str, inputs: Sequence[str]) -> None:
    """Raise `UsageError` when `output` cannot take the report: an input, a folder, or in a folder that is not there."""
    target = Path(output)
    if target.is_dir():
        raise UsageError(f"-o {output} is a folder; name a file to write the report to")
    if target.exists() and not target.is_file():  # /dev/stdout, a named pipe: written to directly
        if not os.access(target, os.W_OK):
            raise UsageError(f"-o {output}: cannot write to it; check its permissions or choose another path")
        return
    folder = target.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"-o {output}: the folder {folder} does not exist; create it first or choose another path")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(
            f"-o {output}: cannot write in the folder {folder}; check its permissions or choose another path")
    if target.exists() and any(_is_input(target, Path(path)) for path in inputs if path != "-"):
        raise UsageError(f"-o {output} is one of the inputs, and the report would overwrite it; choose another path")


def _is_input(target: Path, given: Path) -> bool:
    try:
        if given.is_dir():
            return target.resolve().is_relative_to(given.resolve())
        return given.exists() and target.samefile(given)
    except OSError:
        return False


def write_atomically(output: str, text: str | Iterable[str]) -> None:
    """Write `text` (UTF-8; a string or pieces of one) to `output` through a temporary file renamed over it.

    A target that is there and is not a regular file (/dev/stdout, a named pipe) is written to
    directly: renaming over it would replace the device or pipe with a file.
    """
    if os.path.exists(output) and not os.path.isfile(output):
        with open(output, "w", encoding="utf-8") as stream:
            _write(stream, text)
        return
    target = Path(os.path.realpath(output))  # a link named by -o keeps pointing at the report
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            _write(stream, text)
        os.chmod(temporary, _mode(target))
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write(stream: TextIO, text: str | Iterable[str]) -> None:
    for piece in [text] if isinstance(text, str) else text:
        stream.write(piece)


def _mode(target: Path) -> int:
    """The mode the report keeps (an existing file's) or gets (a new file's, after the umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return NEW_FILE_MODE & ~umask
