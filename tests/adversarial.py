"""Hypothesis strategies for adversarial articles: random unicode, the pieces news text is made of,
terminal escapes, rich markup, quotes, digits and repeated punctuation. Used by the property tests
(tests/test_properties.py) and by the long fuzzing run (bench/fuzz.py)."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

NEWS = [
    "The", "ferry", "carried", "passengers", "people", "were", "killed", "injured", "on", "in", "at", "a", "the",
    "12", "212", "1,400", "3.5", "0", "-3", "1/2", "½", "2024", "1999", "£4 million", "$2bn", "€30m", "50%",
    "per cent", "one hundred and", "three", "twenty-five", "dozens of", "more than", "about", "nearly", "at least",
    "rose", "fell", "from", "to", "by", "between", "and", "or", "Monday", "on Friday", "January 1, 2024",
    "12 March", "last year", "the next day", "at 3pm", "3:30 a.m.", "noon", "said", "told", "according to",
    "he said.", "she said", "Mr", "Dr", "Ms Grell", "Pellam Crowe", "Harbour Board", "Brackenfold", "km", "miles",
    "aged 6 and 8", "years old", "-year-old", "hours", "months", "a week",
]
PUNCTUATION = ['"', "“", "”", "'", "‘", "’", "«", "»", ",", ".", "!", "?", ";", ":", "(", ")", "-", "–", "—",
               "...", "…", "/", "\\", "{", "}", "%", "&amp;", "<p>", "</p>", "#", "*", "_", "`", "|"]
HOSTILE = [
    "\x1b[31m", "\x1b[2K", "\x1b]0;title\x07", "\x1b]8;;http://x.example\x1b\\", "\x9b2J", "\x1bc", "\x1b",
    "\x00", "\x07", "\x08", "\r", "\x0b", "\x0c", "\x7f", "\x85", "\x9d", "\u202e", "\u2066", "\u200b", "\u2028",
    "\ufeff", "\udcff", "\ud800", "[sic]", "[/]", "[bold]", "[/bold]", "[link=x]", "[by the Home Office]",
    ":fire:", "%s", "İ", "ß", "ﬁ", "Ⅻ", "٣", "𝟗", "e\u0301", "👍🏽", "中文", "العربية",
]
JOINERS = [" ", " ", " ", "", "\n", "\n\n", "\t", "  ", "\u00a0"]

pieces = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(HOSTILE),
    st.text(max_size=8),  # any code point, surrogates included
    st.from_regex(r"[0-9][0-9,.]{0,12}", fullmatch=True),  # digits and separators
    st.builds(lambda p, n: p * n, st.sampled_from([*PUNCTUATION, "1, ", "50% of ", "he said "]), st.integers(2, 40)),
)


@st.composite
def texts(draw: st.DrawFn, *, max_pieces: int = 60) -> str:
    """An article-like text: pieces of news, punctuation, escapes and random unicode, joined by spaces,
    newlines and paragraph breaks."""
    words = draw(st.lists(pieces, max_size=max_pieces))
    joiners = draw(st.lists(st.sampled_from(JOINERS), min_size=len(words), max_size=len(words)))
    return "".join(word + joiner for word, joiner in zip(words, joiners, strict=True))


short = st.one_of(st.sampled_from(HOSTILE + NEWS), st.text(max_size=12))


@st.composite
def records(draw: st.DrawFn) -> dict[str, Any]:
    """One article as a dict (the library's input): text, and now and then an outlet, title, id, date."""
    record: dict[str, Any] = {"text": draw(texts())}
    for key, values in (
        ("outlet", short),
        ("title", short),
        ("id", st.sampled_from(["a", "b", "a", "", "x[/]", "\x1b[31m"])),
        ("published", st.sampled_from(["2025-06-17", "17 June 2025", "yesterday", "", "9999-99-99"])),
    ):
        if draw(st.booleans()):
            record[key] = draw(values)
    return record


stories = st.lists(records(), min_size=1, max_size=4)

EXTENSIONS = (".txt", ".md", ".html", ".json", ".jsonl", ".csv", "")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1")


@st.composite
def file_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file extension and the bytes of an input file: random bytes, or an article (alone, in JSON,
    JSONL, CSV or HTML) in some encoding, now and then cut short."""
    extension = draw(st.sampled_from(EXTENSIONS))
    shape = draw(st.sampled_from(("binary", "text", "json", "jsonl", "csv", "html")))
    if shape == "binary":
        return extension, draw(st.binary(max_size=400))
    article = draw(texts(max_pieces=40))
    if shape == "json":
        content = json.dumps(draw(st.lists(records(), max_size=3)), ensure_ascii=draw(st.booleans()))
    elif shape == "jsonl":
        content = "\n".join(json.dumps(r) for r in draw(st.lists(records(), max_size=3)))
    elif shape == "csv":
        content = "id,outlet,title,text\n" + "\n".join(f'{n},O{n},"T","{article}"' for n in range(3))
    elif shape == "html":
        content = f"<html><head><title>{article[:40]}</title></head><body><article><p>{article}</p></article></body>"
    else:
        content = article
    data = content.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return extension, data
