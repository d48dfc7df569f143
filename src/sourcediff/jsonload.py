"""JSON with explicit limits: nesting depth and the length of a number.

Python's parser recurses once per level (a deep enough array is a RecursionError) and turns every
integer into an `int` (past 4,300 digits a ValueError; a float past 1e308 is infinite). An article
is a few levels deep and its figures are short, so anything beyond the limits here is refused with
a reason (too deep) or kept as a `LongNumber` that no field reads (too long).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .regexes import compile_regex

__all__ = ["MAX_JSON_DEPTH", "MAX_NUMBER_CHARS", "JsonProblem", "LongNumber", "load"]

MAX_JSON_DEPTH = 100  # nested arrays and objects
MAX_NUMBER_CHARS = 100  # characters of one number literal
_TOKEN = compile_regex(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


class JsonProblem(ValueError):
    """Valid or not, the JSON is beyond a limit; the message is the reason and what to do."""


@dataclass(frozen=True, slots=True)
class LongNumber:
    """A number literal longer than `MAX_NUMBER_CHARS`: kept as written, read as no value."""

    literal: str


def load(text: str) -> Any:
    """`json.loads` within the limits; `json.JSONDecodeError` for invalid JSON, `JsonProblem` beyond a limit."""
    depth = nesting_depth(text, stop_after=MAX_JSON_DEPTH)
    if depth > MAX_JSON_DEPTH:
        raise JsonProblem(f"nested more than {MAX_JSON_DEPTH} levels deep (the limit); flatten the record")
    try:
        return json.loads(text, parse_int=_integer, parse_float=_float)
    except RecursionError:
        raise JsonProblem(f"nested too deep to read; flatten the record to under {MAX_JSON_DEPTH} levels") from None


def nesting_depth(text: str, *, stop_after: int) -> int:
    """The deepest nesting of arrays and objects (strings skipped), counted up to `stop_after` + 1."""
    if text.count("[") + text.count("{") <= stop_after:
        return 0  # cannot be deeper than the brackets it holds
    depth = deepest = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > stop_after:
                return depth
            deepest = max(deepest, depth)
        elif token in "]}":
            depth -= 1
    return deepest


def _integer(literal: str) -> int | LongNumber:
    return int(literal) if len(literal) <= MAX_NUMBER_CHARS else LongNumber(literal)


def _float(literal: str) -> float | LongNumber:
    return float(literal) if len(literal) <= MAX_NUMBER_CHARS else LongNumber(literal)
