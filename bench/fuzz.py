"""Fuzz sourcediff for minutes with Hypothesis, and print what it ran and what broke.

    python bench/fuzz.py [--minutes 10] [--out DIR] [--timeout 30]

Two targets take turns, in rounds of Hypothesis examples (tests/adversarial.py makes them):

- library: 1-4 adversarial article dicts through `sourcediff.check` and `sourcediff.facts`, then
  the table (with --explain and --all), the facts table and the JSON. Every document must come back,
  every claim and fact must be `text[start:end]`, nothing printed may carry an escape, control or
  bidi character, and the JSON must be UTF-8 that loads.
- cli: 1-3 files of adversarial bytes (random, or an article as text, JSON, JSONL, CSV or HTML in
  some encoding, now and then cut short), some fed on stdin as "-", through the console entry
  `sourcediff.cli.main` in this process (`check` or `facts`, table or JSON, with -v so that a bug
  raises instead of printing "internal error"). Standard output is a strict UTF-8 stream. A crash
  is any exception but a `SourcediffError` (the clear errors), an unsafe character on stdout or
  stderr, or JSON that does not load.

A crash is known by its exception type and the innermost sourcediff line it came from (or by the
broken rule). The first time one is seen, Hypothesis shrinks the input, and the smallest input is
written to DIR as a script that reproduces it (`python DIR/crash-1.py`); later sightings are
counted. An example that runs past --timeout seconds is a hang, written as found (not shrunk).
"""

from __future__ import annotations

import argparse
import io
import json
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the strategies of the property tests

from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.errors import Flaky  # noqa: E402

import sourcediff  # noqa: E402
from adversarial import file_bytes, stories  # noqa: E402
from sourcediff.cli import main  # noqa: E402
from sourcediff.errors import SourcediffError  # noqa: E402
from sourcediff.report import render  # noqa: E402
from sourcediff.report.facts import render_facts  # noqa: E402

ROUND = 60  # examples per Hypothesis round; the time is checked between examples
UNSAFE = {chr(c) for c in (*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0))} | set(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029")


class Hang(BaseException):
    """An example ran past the timeout."""


class Broken(AssertionError):
    """A rule of the output was broken; the message names the rule."""


def unsafe(text: str) -> bool:
    return any(c in UNSAFE or "\ud800" <= c <= "\udfff" for c in text)


# --- the targets ---------------------------------------------------------------------------------

def run_library(records: list[dict[str, Any]]) -> int:
    """Everything a library user and the table do with `records`; returns the documents read."""
    report = sourcediff.check(records)
    if len(report.documents) != len(records):
        raise Broken(f"documents lost: {len(records)} given, {len(report.documents)} reported")
    texts = {doc.id: doc.text for doc in report.documents}
    for finding in report.findings:
        for claim in finding.claims:
            if texts[claim.doc][claim.start : claim.end] != claim.value:
                raise Broken("claim value is not text[start:end]")
    found = sourcediff.facts(records)
    for fact in (*report.facts, *found.facts):
        if texts[fact.doc][fact.start : fact.end] != fact.value:
            raise Broken("fact value is not text[start:end]")
    shown = render(report, "table", show_all=True, explain=True, width=100)
    shown += render_facts(found.documents, found.facts, found.dropped, "table", width=100)
    if unsafe(shown.replace("\n", " ")):
        raise Broken("unsafe character in a table")
    for written in (render(report, "json", show_all=True),
                    render_facts(found.documents, found.facts, found.dropped, "json")):
        written.encode("utf-8")  # strict: a lone surrogate raises
        json.loads(written)
        if unsafe(written.replace("\n", " ")):
            raise Broken("unsafe character in the JSON")
    return len(report.documents)


def run_cli(files: list[tuple[str, bytes]], args: list[str], stdin: bytes | None = None) -> int:
    """`sourcediff` on `files` (written to a fresh folder; "{n}" in `args` is file n); returns the exit code."""
    with tempfile.TemporaryDirectory(prefix="fuzz-") as folder:
        paths = []
        for n, (extension, data) in enumerate(files):
            path = Path(folder) / f"in{n}{extension}"
            path.write_bytes(data)
            paths.append(str(path))
        argv = [paths[int(a[1:-1])] if a.startswith("{") else a for a in args]
        out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="strict", write_through=True)
        err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", errors="backslashreplace", write_through=True)
        saved_stdin = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin or b""), encoding="utf-8")
        code = 0
        try:
            with redirect_stdout(out), redirect_stderr(err):
                main([*argv, "-v"])
        except SystemExit as done:
            code = int(done.code or 0)
        except SourcediffError:
            code = 2  # a clear error: with -v it is raised, without it is one line on stderr
        finally:
            sys.stdin = saved_stdin
        stdout = out.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
        stderr = err.buffer.getvalue().decode("utf-8")  # type: ignore[attr-defined]
    if code not in (0, 1, 2):
        raise Broken(f"exit code {code}")
    if unsafe(stdout.replace("\n", " ")) and "json" not in argv:
        raise Broken("unsafe character on stdout")
    if unsafe(stderr.replace("\n", " ")):
        raise Broken("unsafe character on stderr")
    if "json" in argv and code in (0, 1):
        json.loads(stdout)
    return code


cli_inputs = st.tuples(
    st.lists(file_bytes(), min_size=1, max_size=3),
    st.sampled_from(["check", "facts"]),
    st.sampled_from([["--format", "json"], [], ["--explain", "--all"], ["--all", "--format", "json"]]),
    st.booleans(),  # also read the first file's bytes from stdin
)


def cli_call(drawn: tuple[list[tuple[str, bytes]], str, list[str], bool]) -> tuple[Any, ...]:
    files, command, options, use_stdin = drawn
    if command == "facts":
        options = [o for o in options if o not in ("--explain", "--all")]
    args = [command, *(f"{{{n}}}" for n in range(len(files))), *(["-"] if use_stdin else []), *options]
    return files, args, files[0][1] if use_stdin else None


# --- the fuzzing loop ----------------------------------------------------------------------------

@dataclass
class Figures:
    started: float = field(default_factory=time.monotonic)
    examples: Counter[str] = field(default_factory=Counter)
    documents: int = 0
    exit_codes: Counter[int] = field(default_factory=Counter)
    slowest: tuple[float, str] = (0.0, "")
    crashes: dict[str, Path] = field(default_factory=dict)
    sightings: Counter[str] = field(default_factory=Counter)
    smallest: dict[str, str] = field(default_factory=dict)  # crash -> the last failing input's script


def crash_key(error: BaseException) -> str:
    if isinstance(error, Broken):
        return f"Broken: {str(error).split(':')[0]}"
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/sourcediff/" in f.filename]
    where = f"{frames[-1].filename.split('/sourcediff/')[-1]}:{frames[-1].lineno}" if frames else "outside"
    return f"{type(error).__name__} at {where}"


def script(key: str, error: BaseException, call: str) -> str:
    trace = "".join(traceback.format_exception(error))[-3000:]
    return (f'"""{key}\n\n{trace.replace(chr(34) * 3, chr(39) * 3)}"""\nimport sys\n'
            f"sys.path.insert(0, {str(ROOT / 'bench')!r})\nfrom fuzz import run_cli, run_library  # noqa: E402\n\n"
            f"{call}\n")


def fuzz_round(target: str, figures: Figures, deadline: float, timeout: float, out: Path) -> None:
    strategy = stories if target == "library" else cli_inputs

    @settings(max_examples=ROUND, deadline=None, database=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.generate, Phase.shrink], report_multiple_bugs=True)
    @given(strategy)
    def one(drawn: Any) -> None:
        if time.monotonic() > deadline:
            return
        if target == "library":
            call = f"run_library({drawn!r})"
        else:
            files, args, stdin = cli_call(drawn)
            call = f"run_cli({files!r}, {args!r}, {stdin!r})"
        figures.examples[target] += 1
        began = time.monotonic()
        signal.alarm(int(timeout))
        try:
            if target == "library":
                figures.documents += run_library(drawn)
            else:
                figures.exit_codes[run_cli(files, args, stdin)] += 1
        except Hang as hang:
            record(figures, "Hang (timeout)", hang, call, out)
            return
        except BaseException as error:
            key = crash_key(error)
            if key in figures.crashes:
                figures.sightings[key] += 1
                return
            figures.smallest[key] = script(key, error, call)  # the last failing call is the smallest
            raise
        finally:
            signal.alarm(0)
            spent = time.monotonic() - began
            if spent > figures.slowest[0]:
                figures.slowest = (spent, call[:200])

    try:
        one()
    except Flaky as flaky:
        print(f"  flaky failure, not reproduced on replay: {flaky!r}"[:300], flush=True)
    except BaseException as found:  # one bug, or a group of them after shrinking
        errors = list(found.exceptions) if isinstance(found, BaseExceptionGroup) else [found]
        for error in errors:
            if isinstance(error, KeyboardInterrupt):
                raise
            key = crash_key(error)
            if key in figures.smallest and key not in figures.crashes:
                path = out / f"crash-{len(figures.crashes) + 1}.py"
                path.write_text(figures.smallest[key], encoding="utf-8", errors="backslashreplace")
                figures.crashes[key] = path
                figures.sightings[key] += 1
                print(f"  new crash: {key} -> {path}", flush=True)


def record(figures: Figures, key: str, error: BaseException, call: str, out: Path) -> None:
    figures.sightings[key] += 1
    if key not in figures.crashes:
        path = out / f"crash-{len(figures.crashes) + 1}.py"
        path.write_text(script(key, error, call), encoding="utf-8", errors="backslashreplace")
        figures.crashes[key] = path
        print(f"  new crash: {key} -> {path}", flush=True)


def on_alarm(_signum: int, _frame: object) -> None:
    raise Hang()


def main_fuzz() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--out", type=Path, default=None, help="where crash scripts go (default: a temp folder)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before an example is a hang")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="sourcediff-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, on_alarm)
    figures = Figures()
    deadline = figures.started + args.minutes * 60
    print(f"fuzzing {Path(sourcediff.__file__).parent} for {args.minutes:g} minutes; crash scripts go to {out}",
          flush=True)
    rounds = 0
    while time.monotonic() < deadline:
        fuzz_round(("library", "cli")[rounds % 2], figures, deadline, args.timeout, out)
        rounds += 1
        if rounds % 20 == 0:
            print(f"  {(time.monotonic() - figures.started) / 60:.1f} min: {sum(figures.examples.values())} "
                  f"examples, {len(figures.crashes)} distinct crashes", flush=True)
    report(figures, rounds)
    return 1 if figures.crashes else 0


def report(figures: Figures, rounds: int) -> None:
    spent = time.monotonic() - figures.started
    total = sum(figures.examples.values())
    print(f"minutes: {spent / 60:.1f}; rounds: {rounds}")
    print(f"examples run: {total} ({figures.examples['library']} library, {figures.examples['cli']} cli), "
          f"{total / spent:.1f} a second")
    print(f"documents checked through the library: {figures.documents}")
    print(f"cli exit codes: {dict(sorted(figures.exit_codes.items()))}")
    print(f"slowest example: {figures.slowest[0]:.2f} s")
    print(f"distinct crashes: {len(figures.crashes)}")
    for key, path in figures.crashes.items():
        print(f"  {key}: seen in {figures.sightings[key]} examples; smallest input: {path}")


if __name__ == "__main__":
    raise SystemExit(main_fuzz())
