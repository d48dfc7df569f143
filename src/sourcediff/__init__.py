"""sourcediff: line up the same fact across outlets and report where they disagree."""

from __future__ import annotations

from .errors import InputError, SourcediffError, UsageError
from .models import Claim, Document, Dropped, Fact, Finding, Quantity, Report, When

__all__ = [
    "Claim",
    "Document",
    "Dropped",
    "Fact",
    "Finding",
    "InputError",
    "Quantity",
    "Report",
    "SourcediffError",
    "UsageError",
    "When",
]
__version__ = "0.1.0"
