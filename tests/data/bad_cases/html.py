"""Hostile and broken HTML as scrapers save it: scripts, styles and comments never become facts, broken
markup still yields its text, and pages too deep or too odd to read are listed as skipped with a reason.
"""

from __future__ import annotations

from . import Case

BODY = ("<p>Flooding forced 3,000 residents from their homes in the river valley on Tuesday, officials said.</p>"
        "<p>The river rose 2.4 metres in six hours after the heaviest rain in 40 years.</p>")
OTHER = (b"Flooding forced 3,200 residents from their homes in the river valley on Tuesday, officials said.\n\n"
         b"The river rose 2.5 metres in six hours after the heaviest rain in 40 years.\n")
FACTS = ("facts", "{dir}", "--format", "json")


def page(body: str, head: str = "<title>River floods</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article>{body}</article></body></html>".encode()


CASES = [
    Case(
        name="script-and-style-are-not-text",
        files={"a.html": page(BODY + "<script>document.write('5,000 residents fled')</script>",
                              head="<title>River</title><style>p::after{content:'7,000 homes'}</style>"
                                   "<script>var total = 9,999;</script>"),
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,000 residents",),
        stdout_lacks=("5,000 residents", "7,000 homes", "9,999"),
        why="figures inside <script> and <style> are code, not the article",
    ),
    Case(
        name="comments-and-cdata-are-not-text",
        files={"a.html": page("<!-- <p>4,000 residents</p> -->" + BODY + "<![CDATA[ 6,000 residents ]]>"),
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_lacks=("4,000 residents", "6,000 residents"),
        why="commented-out paragraphs and CDATA are not published text",
    ),
    Case(
        name="javascript-links-and-refresh",
        files={"a.html": page('<a href="javascript:alert(1)">share</a>' + BODY,
                              head='<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
               "b.txt": OTHER},
        args=("check", "{dir}", "--format", "json", "--all"),
        ok=2,
        stdout_lacks=("javascript:",),
        why="script links and refresh tags are dropped with the page furniture",
    ),
    Case(
        name="unclosed-tags",
        files={"a.html": b"<html><body><p>Flooding forced 3,000 residents from their homes <b><i>in the river "
                         b"valley on Tuesday, officials said.<p>The river rose 2.4 metres in six hours<table><tr>"
                         b"<td>after the heaviest rain in 40 years.",
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,000 residents", "2.4 metres"),
        why="a page cut off mid-table still yields its paragraphs",
    ),
    Case(
        name="comment-never-closed",
        files={"a.html": ("<html><body><p>Flooding forced 3,000 residents from their homes on Tuesday.</p>"
                          "<!-- never closed " + "x" * 100_000).encode(),
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,000 residents",),
        why="an unterminated comment does not hang or swallow the text before it",
    ),
    Case(
        name="entities-odd-and-invalid",
        files={"a.html": page("<p>Flooding forced 3&#44;000 residents &amp; pets &nbsp; &#x1F600; &#0; &#xD800; "
                              "&bogus; &#99999999; from their homes on Tuesday, officials said.</p>"),
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,000 residents",),
        why="numeric entities decode, and NUL, surrogate, unknown and out-of-range entities do not crash",
    ),
    Case(
        name="nested-100000-divs",
        files={"a.html": ("<html><body>" + "<div>" * 100_000 + BODY + "</div>" * 100_000 + "</body></html>")
               .encode(),
               "b.txt": OTHER},
        args=("check", "{dir}", "--format", "json"),
        ok=None,
        stderr_has=("a.html",),
        timeout=120,
        why="markup nested 100,000 deep neither crashes nor hangs: the page is read or skipped with its reason",
    ),
    Case(
        name="entity-expansion-bomb",
        files={"a.html": (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                          b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                          b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
                          b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
                          b'<html><body><p>&lol4; Flooding forced 3,000 residents from their homes.</p></body></html>')
,
               "b.txt": OTHER},
        args=("check", "{dir}", "--format", "json"),
        stdout_lacks=("lollollol",),
        why="entities declared in a DOCTYPE are never expanded",
    ),
    Case(
        name="huge-attribute",
        files={"a.html": page("<p class='" + "a" * 2_000_000 + "'>Flooding forced 3,000 residents from their "
                              "homes on Tuesday, officials said.</p>"),
               "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,000 residents",),
        why="a 2 MB attribute is furniture; the paragraph is read",
    ),
    Case(
        name="html-empty-body",
        files={"a.html": b"<html><head><title>River floods</title></head><body></body></html>", "b.txt": OTHER},
        args=FACTS,
        ok=1,
        skipped=1,
        reasons=("no article text",),
        why="a page with nothing in its body is listed as skipped, saying why",
    ),
    Case(
        name="html-without-tags",
        files={"a.html": OTHER, "b.txt": OTHER},
        args=FACTS,
        ok=2,
        stdout_has=("3,200 residents",),
        why="a .html file that holds plain text is read as text",
    ),
    Case(
        name="html-nav-only",
        files={"a.html": page("<nav><ul>" + "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(40))
                              + "</ul></nav><footer>Cookies | Privacy | Terms</footer>"),
               "b.txt": OTHER},
        args=FACTS,
        ok=1,
        skipped=1,
        why="a page of menus and links is no article: listed as skipped with a reason",
    ),
]
