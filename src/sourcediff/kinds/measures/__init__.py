"""Numbers, durations and dates: extracted as intervals, aligned by what they measure, judged by overlap."""

from __future__ import annotations

from .dates import extract_dates, year_spans
from .numbers import extract_numbers

__all__ = ["extract_dates", "extract_numbers", "year_spans"]
