"""`--format html` as a fact-checker opens it: one self-contained page with the stories, the outlets,
the counts, each finding's sentences side by side with the value marked, and a facts-by-outlet matrix;
article text never becomes markup, script or a link other than an http(s) one."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import sourcediff
from sourcediff import Report
from sourcediff.cli import main
from sourcediff.models import Claim, Document, Finding
from sourcediff.report import render
from sourcediff.report.html import web_link

ESCAPING = Path(__file__).resolve().parent / "data" / "escaping"
INJECTED = (
    "<script>document.documentElement.setAttribute('data-pwned','1')</script>",
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\">",
    "\"><svg onload=\"document.documentElement.setAttribute('data-pwned','4')\">",
)

BRIDGE = ("The Quarry Lane bridge will close for {days} days from Monday while 35 engineers replace its deck, the "
          "county council said. Repairs will cost £{cost} million, council leader Mirela Dunstan said.")
ARTICLES = [
    {"id": "a", "outlet": "Valley Post", "url": "https://valley.example/bridge", "published": "2030-02-03",
     "text": "Quarry Lane bridge to shut for repairs\n" + BRIDGE.format(days=14, cost="2.4")},
    {"id": "b", "outlet": "Ridge Radio", "url": "ftp://ridge.example/bridge",
     "text": "Bridge repairs begin next week\n" + BRIDGE.format(days=21, cost="3.1")},
    {"id": "c", "outlet": "County Bulletin",
     "text": "Quarry Lane bridge closure confirmed\n" + BRIDGE.format(days=14, cost="2.4")},
]


class Page(HTMLParser):
    """The parts of a page the tests look at: every start tag with its attributes, and the visible text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data: str) -> None:
        if not self._in:
            self.text.append(data)

    @property
    def visible(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def report() -> Report:
    return sourcediff.check(ARTICLES)


@pytest.fixture(scope="module")
def page(report: Report) -> str:
    return render(report, "html")


def _finding_html(page: str, finding_id: str) -> str:
    start = r'<article class="finding[^>]*>\s*<header>\s*<span class="fid">'
    match = re.search(start + finding_id + r"</span>.*?</article>", page, re.S)
    assert match, f"no finding {finding_id} on the page"
    return match.group()


def test_the_page_fetches_nothing_and_links_only_to_articles(page: str) -> None:
    tags = Page(page).tags
    assert not [t for t, attrs in tags if "src" in attrs or t in ("link", "img", "iframe", "object", "embed")]
    assert "@import" not in page and "url(" not in page
    addresses = re.findall(r"https?://[^\s\"'<>]+", page)
    assert addresses == ["https://valley.example/bridge"] * len(addresses) and addresses
    assert [attrs["href"] for t, attrs in tags if t == "a" and not str(attrs["href"]).startswith("#")] == [
        "https://valley.example/bridge"]  # the ftp address is shown, not linked


def test_the_csp_allows_no_fetch_and_only_the_inline_style_and_script(page: str) -> None:
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy
    rules = policy.group(1).replace("&#39;", "'")
    assert "default-src 'none'" in rules
    for tag in ("style", "script"):
        body = re.search(f"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body and page.count(f"<{tag}>") == 1
        digest = base64.b64encode(hashlib.sha256(body.group(1).encode()).digest()).decode()
        assert f"{tag}-src 'sha256-{digest}'" in rules


def test_the_header_has_the_story_the_outlets_and_the_counts(report: Report, page: str) -> None:
    visible = Page(page).visible
    assert "story 1" in visible and "Quarry Lane bridge to shut for repairs" in visible  # a tie: the first
    for outlet in ("Valley Post", "Ridge Radio", "County Bulletin"):
        assert f'<td class="outlet" data-label="outlet">{outlet}</td>' in page
    assert "2030-02-03" in visible and "ftp://ridge.example/bridge" in visible
    counts = dict(re.findall(r'<td data-verdict="(\w+)">(\d+)</td>', page))
    assert counts == {verdict: str(n) for verdict, n in report.counts_by_verdict().items()}
    assert counts["conflict"] == "1" and counts["agree"] != "0"


def test_each_finding_puts_the_outlets_side_by_side_with_the_value_marked(page: str) -> None:
    conflict = _finding_html(page, "F001")
    assert 'data-verdict="conflict"' in conflict and 'data-severity="high"' in conflict
    cards = re.findall(r'<section class="claim[^"]*" data-outlet="([^"]+)">(.*?)</section>', conflict, re.S)
    assert [outlet for outlet, _ in cards] == ["Valley Post", "Ridge Radio", "County Bulletin"]
    assert "<mark>£3.1 million</mark>" in cards[1][1] and "Repairs will cost <mark>" in cards[1][1]
    assert re.search(r"chars <span class=\"offsets\">\d+–\d+</span>", cards[1][1])
    assert ".claims { display: grid;" in page


def test_the_offsets_on_a_card_point_at_the_marked_value(report: Report, page: str) -> None:
    texts = {doc.id: doc.text for doc in report.documents}
    cards = re.findall(r"<mark>([^<]+)</mark>.*?<code>(\w)</code> · chars <span class=\"offsets\">(\d+)–(\d+)</span>",
                       page, re.S)
    assert len(cards) == page.count('<section class="claim') > 0
    for value, doc, start, end in cards:
        assert texts[doc][int(start) : int(end)] == value


def test_the_matrix_has_a_column_per_outlet_and_marks_the_odd_value_out(page: str) -> None:
    matrix = page[page.index('<section id="matrix">') :]
    head = re.search(r"<thead>(.*?)</thead>", matrix, re.S)
    assert head
    assert re.findall(r'<th scope="col" data-outlet="([^"]+)">', head.group(1)) == [
        "Valley Post", "Ridge Radio", "County Bulletin"]
    row = re.search(r'<tr data-finding="finding-1".*?</tr>', matrix, re.S)
    assert row
    cells = re.findall(r"<td( class=\"disputed\")?>(.*?)</td>", row.group(), re.S)
    assert [(bool(marked), re.sub("<[^>]+>", "", value)) for marked, value in cells] == [
        (False, "£2.4 million"), (True, "£3.1 million"), (False, "£2.4 million")]


def test_without_a_script_every_finding_shows_and_the_filters_wait_for_it(page: str) -> None:
    tags = Page(page).tags
    assert [attrs for t, attrs in tags if t == "form"] == [{"id": "filters", "class": "filters", "hidden": None}]
    assert not [attrs for t, attrs in tags if t == "article" and "hidden" in attrs]
    boxes = [(attrs["name"], attrs["value"]) for t, attrs in tags if t == "input"]
    assert ("verdict", "conflict") in boxes and ("kind", "number") in boxes and ("outlet", "Ridge Radio") in boxes


def test_html_lists_every_severity_and_only_what_was_asked(report: Report) -> None:
    default, everything = render(report, "html"), render(report, "html", show_all=True)
    assert default.count('<article class="finding') == len(report.listed())
    assert everything.count('<article class="finding') == len(report.findings)
    assert render(report, "html", min_severity="high").count('<article class="finding') == 1


def test_the_page_is_the_same_every_time(report: Report, page: str) -> None:
    assert render(report, "html") == page
    again = render(sourcediff.check(list(reversed(ARTICLES))), "html")  # only each document's source differs
    assert re.sub(r"&lt;input \d&gt;", "", again) == re.sub(r"&lt;input \d&gt;", "", page)


@pytest.fixture(scope="module")
def escaping() -> str:
    return render(sourcediff.check([ESCAPING]), "html")


def test_the_escaping_fixture_reaches_the_page_as_text(escaping: str) -> None:
    parsed = Page(escaping)
    visible = parsed.visible
    for injected in INJECTED:
        assert injected in visible  # shown, as written, in an outlet, a title or a sentence
        assert injected not in escaping  # ... and never as markup
    assert "javascript:document.documentElement" in visible and "JavaScript:document" in visible
    assert [t for t, _ in parsed.tags if t in ("img", "svg", "iframe")] == []
    assert [t for t, _ in parsed.tags].count("script") == 1
    assert not [(t, name) for t, attrs in parsed.tags for name in attrs if name.startswith("on")]
    hrefs = [str(attrs.get("href")) for t, attrs in parsed.tags if t == "a"]
    assert hrefs and all(h.startswith(("#", "https://")) for h in hrefs)
    assert "https://example.org/ferry?a=1&amp;b=&lt;2&gt;" in escaping
    assert "<mark>57 passengers</mark>" in escaping


@pytest.mark.parametrize(("url", "link"), [
    ("https://www.example.com/a?b=1", True), ("http://example.com", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), (" javascript:alert(1)", False),
    ("HTTPS://example.com/", False), ("https:example.com", False), ("https:///path", False),
    ("https://exa mple.com", False), ("https://example.com/\x00", False), ("java\tscript:alert(1)", False),
    ("data:text/html,<b>", False), ("ftp://example.com/", False), ("//example.com/", False), ("", False),
    ("https://example.com/\udcff", False),
])
def test_only_an_http_or_https_address_becomes_a_link(url: str, link: bool) -> None:
    assert (web_link(url) == url) is link and (web_link(url) is None) is not link


def test_odd_characters_are_shown_escaped_and_the_page_is_valid_utf8() -> None:
    text = "Flood\u202e gauges read 4.2 metres\x1b[31m, the agency said."
    claim = Claim("port\udcffauthority", "Tide \u202eDesk", "4.2 metres", {}, text, 19, 29)
    finding = Finding("F001", "number", "conflict", "high", "river level", "4.2 vs 3.9", (claim,))
    document = Document("port\udcffauthority", text, outlet="Tide \u202eDesk", title="Gauge\x07 readings",
                        url="https://example.com/\udcff")
    page = render(Report((document,), (finding,)), "html")
    page.encode("utf-8")  # strict: no lone surrogate left
    assert "port\\xffauthority" in page and "Tide \\u202eDesk" in page and "Gauge\\x07 readings" in page
    assert "\x1b" not in page and "\u202e" not in page and "\x07" not in page
    assert "<mark>4.2 metres</mark>" in page
    assert 'href="https://example.com/' not in page


def test_a_value_missing_from_its_sentence_is_still_shown_marked() -> None:
    claim = Claim("a", "Outlet A", "twelve", {}, "A dozen people were hurt.", 0, 6)
    finding = Finding("F001", "number", "conflict", "high", "people hurt", "twelve vs 10", (claim,))
    page = render(Report((Document("a", "twelve people were hurt.", outlet="Outlet A"),), (finding,)), "html")
    assert "A dozen people were hurt." in page and "value: <mark>twelve</mark>" in page


def test_the_command_writes_html_and_facts_refuses_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    written = tmp_path / "report.html"
    with pytest.raises(SystemExit) as done:
        main(["check", str(ESCAPING), "--format", "html", "-o", str(written)])
    assert done.value.code == 1  # the fixture has conflicts
    assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(SystemExit) as done:
        main(["facts", str(ESCAPING), "--format", "html"])
    assert done.value.code == 2 and "html" in capsys.readouterr().err


def test_the_help_never_imports_jinja2() -> None:
    code = "import sys; from sourcediff.cli import main; import sourcediff.report; print('jinja2' in sys.modules)"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert shown.stdout.strip() == "False"


def test_a_skipped_document_is_listed_with_its_reason(tmp_path: Path) -> None:
    for record in ARTICLES:
        (tmp_path / f"{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    page = render(sourcediff.check([tmp_path]), "html")
    skipped = re.search(r'<tr class="doc-skipped">.*?</tr>', page, re.S)
    assert skipped and "<code>blank</code>" in skipped.group()
    assert re.search(r'<div class="reason">[^<]*empty', skipped.group())
    assert page.count('<tr class="doc-ok">') == 3


LIBRARY = ("Library budget approved\nThe Fennick town library will receive {computers} new computers this spring "
           "after councillors approved a budget of 85 thousand pounds for the Fennick reading rooms, librarian "
           "Tobias Quenby said.")


def test_each_story_has_its_title_and_its_own_matrix() -> None:
    report = sourcediff.check([*ARTICLES, {"id": "d", "outlet": "Fennick Echo", "text": LIBRARY.format(computers=40)},
                               {"id": "e", "outlet": "Marsh Times", "text": LIBRARY.format(computers=25)}])
    page = render(report, "html")
    stories = re.findall(r'<span class="story-number">story (\d)</span> <span class="story-title">([^<]+)</span>', page)
    assert stories == [("1", "Quarry Lane bridge to shut for repairs"), ("2", "Library budget approved")]
    matrix = page[page.index('<section id="matrix">') :]
    first, second = matrix.split("<h3>story 2</h3>")
    assert "<h3>story 1</h3>" in first
    assert re.findall(r'<th scope="col" data-outlet="([^"]+)">', second) == ["Fennick Echo", "Marsh Times"]
    assert "Fennick Echo" not in first
