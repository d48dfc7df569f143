"""The adversarial corpus: inputs that scraped newsroom feeds really contain, each with the outcome a
user must see. Cases are built by code (never copied from real articles) in one module per area:

- `inputs.py`: stdin in any format, pages with no article, `-o` targets, workers;
- `encodings.py`: single-byte, UTF-16/32, BOMs, mixed and mis-decoded text, NUL bytes;
- `csvjson.py`: malformed and deep JSON, JSONL and CSV, per-record errors, wrong field types;
- `filesystem.py`: symlinks, loops, hidden and unreadable files and folders, deep trees;
- `edges.py`: empty, blank, tiny, unsupported and truncated files, line ends, invisible characters;
- `pathological.py`: repeated and huge text that must finish in linear time;
- `output.py`: terminal escapes, rich markup, file names;
- `html.py`: hostile and broken HTML.

`python tests/data/make_bad.py` writes every case to `tests/data/bad/<area>/<name>/` (its files and
an `expect.json`); `tests/test_bad_corpus.py` runs the CLI on each folder and checks the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    """One adversarial input and what `sourcediff` must do with it.

    `files` maps a path inside the case folder to its bytes. `args` follow `sourcediff`; "{dir}" in
    an argument becomes the case folder. `stdin` is fed to the command when given.
    """

    name: str
    files: dict[str, bytes]
    args: tuple[str, ...] = ("check", "{dir}", "--format", "json")
    stdin: bytes | None = None
    exit_codes: tuple[int, ...] = (0, 1)
    ok: int | None = None  # documents reported "ok" in the JSON on stdout (None: not checked)
    skipped: int | None = None  # documents reported "skipped"
    reasons: tuple[str, ...] = ()  # words that must appear in the skipped documents' reasons
    stderr_has: tuple[str, ...] = ()  # words that must appear on stderr
    stdout_has: tuple[str, ...] = ()  # text that must appear on stdout
    stdout_lacks: tuple[str, ...] = ()  # text that must not appear on stdout (escapes, lost markup)
    timeout: float = 60.0
    links: dict[str, str] = field(default_factory=dict)  # symlink path -> target, inside the case folder
    unreadable: tuple[str, ...] = ()  # paths made unreadable (chmod 000) when the case runs; skipped as root
    why: str = ""  # what the case reproduces, in a few words
