"""Typed errors the library raises; the CLI turns each into one line and exit code 2."""

from __future__ import annotations


class SourcediffError(Exception):
    """Base class: the message is one line a user can act on."""


class InputError(SourcediffError):
    """A path or stream cannot be read at all (missing, unreadable, nothing given)."""


class UsageError(SourcediffError):
    """Options that do not fit together."""


FAILURE_MAX_CHARS = 160


def describe_failure(error: BaseException, *, action: str = "read") -> str:
    """One line for an unexpected error that cost one document: what happened and what to do."""
    message = " ".join(str(error).split())
    if len(message) > FAILURE_MAX_CHARS:
        message = message[: FAILURE_MAX_CHARS - 3] + "..."
    what = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return f"could not be {action} ({what}); leave it out, and report it as a sourcediff bug"
