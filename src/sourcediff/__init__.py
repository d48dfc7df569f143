"""sourcediff: line up the same fact across outlets and report where they disagree.

    import sourcediff
    report = sourcediff.check(["a.html", "b.txt"])    # paths, Documents or dicts
    report.to_dataframe()                             # one row per claim (pandas)

`check`, `facts` and the settings records are loaded on first use, so that importing the
package (and `sourcediff --help`) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .generated import kept_code as _kept_code

with _kept_code():  # the records' generated functions compiled once per installation
    from .errors import InputError, SourcediffError, UsageError
    from .models import (
        Claim,
        Document,
        Dropped,
        Fact,
        FactReport,
        Finding,
        Frame,
        Mention,
        Quantity,
        QuoteValue,
        Report,
        When,
    )

if TYPE_CHECKING:
    from .kinds.measures import MeasuresSettings
    from .kinds.names import NamesSettings
    from .kinds.quotes import QuotesSettings
    from .pipeline import check, facts

__all__ = [
    "Claim",
    "Document",
    "Dropped",
    "Fact",
    "FactReport",
    "Finding",
    "Frame",
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
__version__ = "0.1.0"

_LAZY = {
    "check": "sourcediff.pipeline",
    "facts": "sourcediff.pipeline",
    "MeasuresSettings": "sourcediff.kinds.measures",
    "NamesSettings": "sourcediff.kinds.names",
    "QuotesSettings": "sourcediff.kinds.quotes",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'sourcediff' has no attribute {name!r}")
    with _kept_code():
        value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
