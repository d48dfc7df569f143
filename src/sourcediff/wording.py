"""Phrases every finding's summary uses, so the formats read alike."""

from __future__ import annotations

from collections.abc import Iterable

OUTLETS_SHOWN = 4  # a summary names this many outlets, then says how many more


def outlet_list(outlets: Iterable[str], *, shown: int = OUTLETS_SHOWN) -> str:
    """'A, B, C' or, for a syndicated story, 'A, B, C, D and 196 more' (each outlet once, in order)."""
    names = list(dict.fromkeys(outlets))
    if len(names) <= shown + 1:
        return ", ".join(names)
    return f"{', '.join(names[:shown])} and {len(names) - shown} more"
