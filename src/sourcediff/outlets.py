"""Which outlet a document comes from, so that findings name outlets, not file ids.

In this order: what the article's own record says (an `outlet` field, a row of `sources.csv`
beside the files, an HTML page's site name), the registered domain of its URL, a wire agency's
tag in its dateline ("Mumbai, Mar 2 (PTI)"), a web address standing alone on its first line, a
"Follow ... on WhatsApp" line at its end, and the document's id last.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .regexes import compile_regex

SOURCES_FILE = "sources.csv"  # beside the articles: file, outlet, url, published
SOURCES_COLUMNS = ("file", "outlet", "url", "published")
HEAD_CHARS = 300  # a dateline's agency tag stands in the first few lines
TAIL_CHARS = 600  # "Follow Harbour Radio on WhatsApp" stands at the end of a page

# Wire agencies as they tag a dateline: "Mumbai, Mar 2 (PTI)", "KINGSPORT, Tenn. (AP) —": at the start
# of a line, after nothing but a place and a date (words with capitals or figures, each ending in a space).
_AGENCY_TAG = compile_regex(
    r"^(?:[A-Z0-9][\w.'’-]*,? ){0,6}\((?P<agency>AP|AFP|PTI|IANS|ANI|UNI|UPI|Reuters|PA|PA Media|dpa|DPA|Xinhua"
    r"|Bloomberg|EFE|ANSA|Kyodo|Yonhap|TASS|CNA|Bernama|AAP|CP)\)",
    re.M,
)
_LONE_DOMAIN = compile_regex(r"(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/?", re.I)
_FOLLOW_US = compile_regex(
    r"^Follow (?P<name>[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4}) on "
    r"(?:WhatsApp|Twitter|X|Facebook|Instagram|Google News|Telegram|Threads|Bluesky)\b",
    re.M,
)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of `sources.csv`: what the user says a file is."""

    outlet: str = ""
    url: str = ""
    published: str = ""


def outlet_from(url: str, text: str) -> str:
    """The outlet a document's URL or text names, or "" when neither does."""
    return domain_of(url) or outlet_in_text(text)


@lru_cache(maxsize=1024)
def domain_of(url: str) -> str:
    """The registered domain of a URL ("https://www.bbc.co.uk/news/1" -> "bbc.co.uk"), or ""."""
    if not url or "." not in url:
        return ""
    from courlan import extract_domain  # trafilatura's URL library; the public suffix list ships with it

    return extract_domain(url if "://" in url else f"https://{url}") or ""


def outlet_in_text(text: str) -> str:
    """An agency tag in the dateline, a web address alone on the first line, or a follow-us line."""
    head = text[:HEAD_CHARS]
    tag = _AGENCY_TAG.search(head)
    if tag:
        return tag["agency"]
    first = next((line.strip() for line in head.split("\n") if line.strip()), "")
    lone = _LONE_DOMAIN.fullmatch(first)
    if lone:
        return lone["domain"].lower()
    follow = _FOLLOW_US.search(text[-TAIL_CHARS:])
    return follow["name"] if follow else ""


def read_sources(data: str) -> dict[str, SourceRow]:
    """`sources.csv`'s rows by file name (header: file, outlet, url, published; only `file` required)."""
    rows: dict[str, SourceRow] = {}
    for row in csv.DictReader(io.StringIO(data)):
        fields = {str(k).strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
        name = fields.get("file", "")
        if name:
            rows[Path(name).name] = SourceRow(fields.get("outlet", ""), fields.get("url", ""),
                                              fields.get("published", ""))
    return rows


def sources_problem(rows: Mapping[str, SourceRow], data: str) -> str:
    """Why a `sources.csv` cannot be used, or ""."""
    header = next(csv.reader(io.StringIO(data)), [])
    if "file" not in [cell.strip().lower() for cell in header]:
        return f"its first row must name the columns, among them 'file' ({', '.join(SOURCES_COLUMNS)})"
    return "" if rows else "it lists no file"
