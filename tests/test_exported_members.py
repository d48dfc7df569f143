"""The public API is what `sourcediff.__all__` lists, sorted, and nothing else (after httpx's test)."""

from __future__ import annotations

import sourcediff


def public_members() -> list[str]:
    """The package's own classes and functions, the lazily loaded ones included."""
    for name in sourcediff._LAZY:  # load check, facts and the settings records on first use
        getattr(sourcediff, name)
    return [
        name
        for name, value in vars(sourcediff).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("sourcediff.")
    ]


def test_all_imports_are_exported() -> None:
    assert sourcediff.__all__ == sorted(public_members())


def test_the_entry_points_and_records_are_public() -> None:
    assert {"check", "facts", "Report", "FactReport", "Document", "Fact", "Finding", "Claim"} <= set(sourcediff.__all__)
