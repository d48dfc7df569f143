"""Typed errors the library raises; the CLI turns each into one line and exit code 2."""

from __future__ import annotations


class SourcediffError(Exception):
    """Base class: the message is one line a user can act on."""


class InputError(SourcediffError):
    """A path or stream cannot be read at all (missing, unreadable, nothing given)."""


class UsageError(SourcediffError):
    """Options that do not fit together."""
