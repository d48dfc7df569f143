"""The header block a plain-text article may open with: `Key: value` lines or YAML front matter."""

from __future__ import annotations

from .records import FIELD_ALIASES
from .regexes import compile_regex

__all__ = ["split_header"]

# Keys a plain-text header may use: the article fields' names, and the author (read but not kept).
HEADER_KEYS = frozenset(
    {"author"}.union(*(FIELD_ALIASES[key] for key in ("outlet", "title", "url", "published")))
)
HEADER_LINE = compile_regex(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$")
# Lines front matter may hold besides `key: value`: blanks, comments, YAML list items, continuations.
FRONT_MATTER_OTHER_LINE = compile_regex(r"^(\s|-\s|#|$)")
FRONT_MATTER_FENCE = "---"


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The header block's `key: value` pairs (keys lower-cased) and the text after it."""
    lines = text.split("\n")
    block = _front_matter(lines) or _key_lines(lines)
    if block is None:
        return {}, text
    pairs, consumed = block
    return pairs, "\n".join(lines[consumed:]).lstrip("\n")


def _front_matter(lines: list[str]) -> tuple[dict[str, str], int] | None:
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if end is None:
        return None
    pairs: dict[str, str] = {}
    for line in lines[1:end]:
        match = HEADER_LINE.match(line)
        if match:
            pairs[match[1].lower()] = match[2].strip().strip("\"'")
        elif not FRONT_MATTER_OTHER_LINE.match(line):
            return None
    return (pairs, end + 1) if pairs else None


def _key_lines(lines: list[str]) -> tuple[dict[str, str], int] | None:
    pairs: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            return (pairs, index + 1) if pairs else None
        match = HEADER_LINE.match(line)
        if not match or match[1].lower() not in HEADER_KEYS:
            return None
        pairs[match[1].lower()] = match[2].strip()
    return None  # no blank line after it: these lines are the article, not a header
