"""Running the command line in process, as tests do."""

from __future__ import annotations

from sourcediff.cli import main


def run(args: list[str]) -> int:
    """The console entry point in process; its exit code."""
    try:
        main(args)
    except SystemExit as done:
        return int(done.code or 0)
    return 0
