"""The public API is what `sourcediff.__all__` lists, sorted, and nothing else (after httpx's test)."""

from __future__ import annotations

import sourcediff

EXPORTED = [
    "Claim",
    "Document",
    "Dropped",
    "Fact",
    "FactReport",
    "Finding",
    "InputError",
    "MeasuresSettings",
    "Mention",
    "NamesSettings",
    "Quantity",
    "QuoteValue",
    "QuotesSettings",
    "Report",
    "SourcediffError",
    "UsageError",
    "When",
    "check",
    "facts",
]


def test_all_is_sorted_and_pinned() -> None:
    assert sourcediff.__all__ == sorted(sourcediff.__all__)
    assert sourcediff.__all__ == EXPORTED


def test_every_exported_name_resolves_to_our_own_object() -> None:
    for name in sourcediff.__all__:
        value = getattr(sourcediff, name)
        assert value.__module__.startswith("sourcediff."), (name, value.__module__)


def test_all_public_members_are_exported() -> None:
    for name in sourcediff.__all__:
        getattr(sourcediff, name)  # load the lazy ones
    public = {
        name
        for name, value in vars(sourcediff).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("sourcediff")
    }
    assert public == set(sourcediff.__all__)
