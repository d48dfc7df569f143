"""The HTML report in a real browser (headless Chromium): markup in the articles never runs, the
filters work from the URL fragment, and the page renders (a screenshot is kept).

Skipped when Chromium is not installed, unless SOURCEDIFF_REQUIRE_BROWSER=1 (as in CI), which makes
a missing browser a failure. With SOURCEDIFF_ARTIFACTS naming a folder, the screenshots are copied
there to be looked at.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

import pytest

import sourcediff
from sourcediff import Report
from sourcediff.report import render

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "fixtures" / "casey-audit"
ESCAPING = Path(__file__).resolve().parent / "data" / "escaping"
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT = 120  # seconds for one browser run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> str:
    found = next((path for name in BROWSER_NAMES if (path := shutil.which(name))), None)
    if found is None:
        if os.environ.get("SOURCEDIFF_REQUIRE_BROWSER") == "1":
            pytest.fail("SOURCEDIFF_REQUIRE_BROWSER=1 but no Chromium is installed (looked for "
                        f"{', '.join(BROWSER_NAMES)})")
        pytest.skip("headless Chromium is not installed (apt-get install chromium); the HTML report's "
                    "browser tests need it")
    return found


def run_browser(browser: str, page: Path, *options: str, fragment: str = "") -> str:
    """Chromium's stdout for `page` (a file) opened with `options`, in a fresh profile, offline."""
    with tempfile.TemporaryDirectory(prefix="sourcediff-chromium-") as profile:
        done = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--virtual-time-budget=2000", *options,
             page.as_uri() + fragment],
            capture_output=True, text=True, timeout=TIMEOUT, check=False,
        )
    assert done.returncode == 0, f"chromium exited {done.returncode}: {done.stderr[-2000:]}"
    return done.stdout


def dump_dom(browser: str, page: Path, fragment: str = "") -> str:
    dom = run_browser(browser, page, "--dump-dom", fragment=fragment)
    assert "</html>" in dom, f"no DOM dumped: {dom[:500]!r}"
    return dom


@pytest.fixture(scope="module")
def story() -> Report:
    return sourcediff.check([FIXTURE])


@pytest.fixture(scope="module")
def pages(story: Report, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    written = {}
    for name, report in (("story", story), ("escaping", sourcediff.check([ESCAPING]))):
        written[name] = folder / f"{name}.html"
        written[name].write_text(render(report, "html"), encoding="utf-8")
    return written


def shown_findings(dom: str) -> dict[str, bool]:
    """Each finding's id on the dumped page, and whether it is shown (not `hidden`)."""
    found = {}
    for tag, finding_id in re.findall(r'(<article class="finding[^>]*>)\s*<header>\s*<span class="fid">([^<]+)</span>',
                                      dom):
        found[finding_id] = not re.search(r"\shidden(=\"\")?[\s>]", tag)
    return found


def test_markup_in_the_articles_never_runs_and_shows_as_text(browser: str, pages: dict[str, Path]) -> None:
    dom = dump_dom(browser, pages["escaping"])
    root = re.search(r"<html[^>]*>", dom)
    assert root and "data-pwned" not in root.group(), root.group()
    assert "data-pwned=" not in dom  # no element anywhere got the attribute
    assert "&lt;script&gt;document.documentElement.setAttribute('data-pwned','1')&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=\"document.documentElement.setAttribute('data-pwned','2')\"&gt;" in dom
    assert "\"&gt;&lt;svg onload=\"document.documentElement.setAttribute('data-pwned','4')\"&gt;" in dom
    assert "javascript:document.documentElement.setAttribute('data-pwned','3')" in dom  # shown as text ...
    assert not re.search(r"<a [^>]*href=\"\s*javascript:", dom, re.I)  # ... never a link
    assert not re.search(r"<(img|svg|iframe)[\s>]", dom, re.I)
    assert len(re.findall(r"<script[\s>]", dom)) == 1
    assert re.search(r'<form id="filters" class="filters">', dom), "the page's own script did not run"


def test_the_filters_follow_the_url_fragment(browser: str, story: Report, pages: dict[str, Path]) -> None:
    listed = story.listed()
    everything = shown_findings(dump_dom(browser, pages["story"]))
    assert everything == {f.id: True for f in listed}
    conflicts = shown_findings(dump_dom(browser, pages["story"], "#verdict=conflict"))
    assert conflicts == {f.id: f.verdict == "conflict" for f in listed}
    assert any(conflicts.values()) and not all(conflicts.values())
    names = shown_findings(dump_dom(browser, pages["story"], "#kind=name&verdict=variant,qualified"))
    assert names == {f.id: f.kind == "name" and f.verdict in ("variant", "qualified") for f in listed}
    outlet = listed[-1].claims[0].outlet
    fragment = "#" + __import__("urllib.parse").parse.urlencode({"outlet": outlet})
    dom = dump_dom(browser, pages["story"], fragment)
    by_outlet = shown_findings(dom)
    assert by_outlet == {f.id: any(c.outlet == outlet for c in f.claims) for f in listed}
    assert f"{sum(by_outlet.values())} of {len(listed)} findings shown" in dom
    hidden_rows = re.findall(r'<tr data-finding="(finding-\d+)"[^>]*hidden', dom)
    assert len(hidden_rows) == len(listed) - sum(by_outlet.values())


@pytest.mark.parametrize(("name", "width"), [("story", 1280), ("escaping", 420)])
def test_the_page_renders(browser: str, pages: dict[str, Path], tmp_path: Path, name: str, width: int) -> None:
    shot = tmp_path / f"sourcediff-{name}-{width}.png"
    run_browser(browser, pages[name], f"--screenshot={shot}", f"--window-size={width},2000", "--hide-scrollbars")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    assert struct.unpack(">II", data[16:24]) == (width, 2000)
    assert len(data) > 20_000, f"{shot} is {len(data)} bytes: a blank page?"
    artifacts = os.environ.get("SOURCEDIFF_ARTIFACTS")
    if artifacts:
        Path(artifacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artifacts) / shot.name)
