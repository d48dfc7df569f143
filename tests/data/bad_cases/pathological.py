"""Repeated and huge text that must finish in linear time and bounded memory.

Each pattern is repeated REPEATS times as the second paragraph of one article (a scraped page run
together into one line), beside a short article of another outlet on the same event. Quadratic work
on any of them took minutes at a tenth of these repeats; linear work takes a few seconds, so the
generous timeout catches a regression without being a timing test. bench/pathological.py runs the
same patterns at 100,000 repeats and prints the times. Places and people are made up.
"""

from __future__ import annotations

import re

from . import Case

REPEATS = 10_000
TIMEOUT = 120.0

LEAD = ("Flooding forced 3,000 residents of Quarrowby from their homes on Tuesday, the district "
        "council said, after the river rose 2.4 metres in six hours.")
OTHER = ("About 3,200 people left their homes in Quarrowby on Tuesday as the river rose 2.5 metres, "
         "council officer Hestia Vandermoot said. \"We have never seen water this high,\" she said.\n")

PATTERNS = {
    "thousands": "1,000 ",
    "ones-list": "1, ",
    "share-of": "50% of ",
    "dates": "January 1, 2024 ",
    "quote-said": "\"We will rebuild the weir,\" he said. ",
    "word-figures": "one hundred and ",
    "millions": "$1.5 million ",
    "title": "Mr. ",
    "parentheses": "(",
    "open-quotes": "\u201c",
    "dashes": "--",
    "capitals": "Dornask Kavrin Quellby ",
}


def paragraph_case(name: str, body: str, why: str) -> Case:
    """`body` as the second paragraph of one article, beside a short article of another outlet."""
    return Case(
        name=name,
        files={"a.txt": f"{LEAD}\n\n{body}\n".encode(), "b.txt": OTHER.encode()},
        ok=2,
        skipped=0,
        timeout=TIMEOUT,
        why=why,
    )


def repeated(name: str, unit: str) -> Case:
    return paragraph_case(f"repeat-{name}", unit * REPEATS,
                          f"{unit.strip() or repr(unit)!r} repeated {REPEATS:,} times in one paragraph")


# With figures that differ from repeat to repeat, a paragraph is no longer one run repeated (which
# cleaning drops unread as "the same few words repeated over and over"): the extractors read all of it.
VARIED = {
    "thousands": "1,000 ",
    "share-of": "50% of ",
    "dates": "January 1, 2024 ",
    "millions": "$1.5 million ",
    "clock": "3 p.m. ",
    "more-than": "more than 10 ",
    "stray-quote": "the \"river 5 ",
    "parentheses": "(12) ",
    "dashes": "- 7 -- ",
    "quote-figure": "\"We lost 40 homes,\" he said. ",
}


VARIED_REPEATS = 3_000  # every repeat is a fact here, aligned with its neighbours: a few ms each at most


def varied(name: str, unit: str) -> Case:
    body = "".join(re.sub(r"\d+", str(n % 9_973 + 2), unit) for n in range(VARIED_REPEATS))
    return paragraph_case(f"varied-{name}", body, f"{unit.strip()!r} repeated {VARIED_REPEATS:,} times in one "
                          "paragraph, each time with another figure")


def long_line() -> bytes:
    return f"{LEAD}\n\n{'x' * 1_000_000}\n".encode()


CASES = [
    *(repeated(name, unit) for name, unit in PATTERNS.items()),
    *(varied(name, unit) for name, unit in VARIED.items()),
    Case(
        name="repeated-paragraph-listed-as-dropped",
        files={"a.txt": f"{LEAD}\n\n{'Subscribe for 1,000 offers ' * 2_000}\n".encode(), "b.txt": OTHER.encode()},
        args=("facts", "{dir}", "--format", "json"),
        ok=2,
        skipped=0,
        stdout_has=("the same few words repeated over and over", "3,000 residents"),
        stdout_lacks=('"value": "1,000',),
        why="a paragraph of one phrase repeated is dropped unread, with its reason, and the article is read",
    ),
    Case(
        name="line-without-spaces",
        files={"a.txt": long_line(), "b.txt": OTHER.encode()},
        ok=2,
        skipped=0,
        timeout=TIMEOUT,
        why="a 1 MB line without a space",
    ),
    Case(
        name="over-max-doc-size",
        files={"a.txt": (f"{LEAD}\n\n" + f"{OTHER}\n" * 2_000).encode(), "b.txt": OTHER.encode()},
        args=("check", "{dir}", "--format", "json", "--max-doc-size", "100kB"),
        ok=2,
        skipped=0,
        stderr_has=("truncated at", "--max-doc-size"),
        stdout_has=("truncated at",),
        timeout=TIMEOUT,
        why="a document over --max-doc-size is cut at a paragraph end, with a message and a reason",
    ),
]
