"""A progress bar on stderr for long runs: shown only on a terminal, for more than about 50 documents.

It is drawn on demand (no refresh thread, so nothing runs while worker processes are forked) and
at most every `REFRESH_SECONDS`; it is cleared when the run ends, so the report starts on a clean
screen. `--quiet` turns it off.
"""

from __future__ import annotations

import time
from types import TracebackType
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

__all__ = ["MIN_DOCUMENTS", "ProgressBar"]

MIN_DOCUMENTS = 50  # fewer documents are read in a second or two: a bar would only flicker
REFRESH_SECONDS = 0.1


class ProgressBar:
    """Call it as `pipeline.check`'s `progress(stage, done, total)`; use it as a context manager."""

    def __init__(self, stream: IO[str], *, enabled: bool = True, min_documents: int = MIN_DOCUMENTS) -> None:
        self._stream = stream
        self._enabled = enabled
        self._min_documents = min_documents
        self._bar: Progress | None = None
        self._tasks: dict[str, TaskID] = {}
        self._drawn = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self._bar is None:
            if not self._enabled or stage != "analysing" or total <= self._min_documents:
                return
            self._bar = self._start()
        if stage not in self._tasks:
            self._tasks[stage] = self._bar.add_task(stage, total=total)
        self._bar.update(self._tasks[stage], completed=done, total=total)
        now = time.monotonic()
        if done >= total or now - self._drawn >= REFRESH_SECONDS:
            self._bar.refresh()
            self._drawn = now

    def _start(self) -> Progress:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=self._stream, highlight=False, markup=False, emoji=False)
        bar = Progress(TextColumn("{task.description:>10}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                       console=console, auto_refresh=False, transient=True)
        bar.start()
        return bar

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
