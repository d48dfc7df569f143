"""The table in a real terminal: `sourcediff check` run inside tmux, its screen captured and saved.

The capture (with its colour codes) is saved as text and as an SVG picture in pytest's temporary
folder, and also in `$SOURCEDIFF_ARTIFACTS` when that names a folder; with Chromium installed, the
picture is also rendered to a PNG screenshot. Without tmux the test is skipped, unless
`SOURCEDIFF_REQUIRE_TERMINAL=1` (set by CI, which installs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from test_terminal import FERRY, MARKET

pytestmark = pytest.mark.slow

COLUMNS, ROWS = 100, 200
ESCAPE = re.compile(r"\x1b\[[0-9;:]*m")


def _tmux() -> str:
    found = shutil.which("tmux")
    if found:
        return found
    if os.environ.get("SOURCEDIFF_REQUIRE_TERMINAL") == "1":
        pytest.fail("tmux is not installed and SOURCEDIFF_REQUIRE_TERMINAL=1; install it (apt-get install tmux)")
    pytest.skip("tmux is not installed")


def _keep(path: Path) -> None:
    folder = os.environ.get("SOURCEDIFF_ARTIFACTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(folder) / path.name)


def _screenshot(svg: Path, png: Path) -> bool:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return False
    profile = svg.parent / "chromium-profile"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={profile}", f"--screenshot={png}", "--window-size=1100,1400",
                    svg.as_uri()], capture_output=True, timeout=120, check=False)
    return png.is_file()


def test_the_table_in_tmux(tmp_path: Path) -> None:
    tmux = _tmux()
    folder = tmp_path / "stories"
    folder.mkdir()
    for n, text in enumerate(FERRY + MARKET):
        (folder / f"article-{n}.txt").write_text(text, encoding="utf-8")
    socket = f"sourcediff-test-{uuid.uuid4().hex[:8]}"
    root = Path(__file__).resolve().parents[1]
    command = (f"cd {shlex.quote(str(root))} && {shlex.quote(sys.executable)} -m sourcediff check "
               f"{shlex.quote(str(folder))} --fail-on none; echo END-OF-RUN; sleep 600")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES", "TMUX")}
    base = [tmux, "-L", socket, "-f", "/dev/null"]
    subprocess.run([*base, "new-session", "-d", "-x", str(COLUMNS), "-y", str(ROWS), "-s", "run",
                    "env", "TERM=xterm-256color", "sh", "-c", command], check=True, env=env, timeout=30)
    try:
        capture = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            capture = subprocess.run([*base, "capture-pane", "-p", "-e", "-t", "run"], capture_output=True,
                                     text=True, check=True, timeout=30).stdout
            if "END-OF-RUN" in capture:
                break
            time.sleep(0.5)
    finally:
        subprocess.run([*base, "kill-server"], capture_output=True, check=False, timeout=30)
    assert "END-OF-RUN" in capture, capture[-2000:]
    shown = capture.split("END-OF-RUN")[0].rstrip()

    saved = tmp_path / "tmux-capture.ansi"
    saved.write_text(shown, encoding="utf-8")
    console = Console(record=True, width=COLUMNS, file=open(os.devnull, "w"), force_terminal=True,  # noqa: SIM115
                      color_system="truecolor")
    console.print(Text.from_ansi(shown))
    picture = tmp_path / "tmux-capture.svg"
    console.save_svg(str(picture), title="sourcediff check, in tmux at 100 columns")
    for path in (saved, picture):
        _keep(path)
    png = tmp_path / "tmux-capture.png"
    if _screenshot(picture, png):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
        _keep(png)

    assert ESCAPE.search(shown), "no colour reached the terminal"
    plain = ESCAPE.sub("", shown)
    assert max(cell_len(line) for line in plain.splitlines()) <= COLUMNS
    assert len(re.findall(r"^Story \d", plain, flags=re.MULTILINE)) == 2
    assert "conflict" in plain and "documents read" in plain
