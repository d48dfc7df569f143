"""The package's patterns are compiled once per installation: kept beside the bytecode, read back on
the next start, and always the very patterns `re.compile` makes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from fresh_start import damaged_file_is_made_again, nothing_written_without_bytecode, start
from sourcediff.regexes import compile_regex, longest_first

# Imports the package in a fresh interpreter and reports what the kept code gave.
PROBE = """
import json, re, sys
import sourcediff.cli, sourcediff.pipeline, sourcediff.report
from sourcediff import regexes
kept = regexes._KEPT
same = all(regexes._made(pattern, code) == re.compile(pattern, flags) for (pattern, flags), code in kept.code.items())
json.dump({"learnt": kept.learnt, "kept": len(kept.code), "same": same, "path": kept.path}, sys.stdout)
"""


def _start(cache: Path, **env: str) -> dict[str, object]:
    return start(PROBE, cache, **env)


def test_the_second_start_compiles_no_pattern_and_every_pattern_is_re_compiles(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert isinstance(first["learnt"], int) and first["learnt"] > 100  # the package's own patterns
    assert Path(str(first["path"])).is_file()
    second = _start(tmp_path)
    assert second["learnt"] == 0
    assert second["kept"] == first["kept"]
    assert second["same"] is True


def test_a_damaged_file_is_compiled_afresh_and_written_again(tmp_path: Path) -> None:
    assert damaged_file_is_made_again(PROBE, tmp_path)["same"] is True


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    nothing_written_without_bytecode(PROBE, tmp_path)


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"(?P<year>\d{4})-(?P<month>\d\d)", 0),
    (r"\bcolou?r\b", re.IGNORECASE),
    (rb"\xef\xbb\xbf", 0),
    (r"(?x) a \s+ b  # spaced out", 0),
])
def test_a_pattern_from_kept_code_matches_as_re_compiles_does(pattern: str, flags: int) -> None:
    from sourcediff import regexes

    fresh = re.compile(pattern, flags)
    made = regexes._made(pattern, regexes._code_of(pattern, flags))
    assert made == fresh and made.groupindex == fresh.groupindex and made.flags == fresh.flags
    assert compile_regex(pattern, flags) == fresh


def test_engine_refuses_damaged_code_and_the_pattern_is_compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    from sourcediff import regexes

    flags, program, groups, groupindex, indexgroup = regexes._code_of(r"a+b", 0)
    monkeypatch.setitem(regexes._KEPT.code, (r"a+b", 0), (flags, program[::-1], groups, groupindex, indexgroup))
    assert compile_regex(r"a+b").fullmatch("aab")


def test_alternatives_are_written_in_one_order_whatever_the_set_order() -> None:
    assert longest_first({"van", "de", "von", "der", "al"}) == ["der", "van", "von", "al", "de"]
    assert longest_first(["kbps", "km/h", "Mbps"]) == longest_first(["Mbps", "km/h", "kbps"])


def test_the_command_ends_early_yet_keeps_the_patterns_and_all_its_output(tmp_path: Path) -> None:
    """`sourcediff` skips the interpreter's teardown (quick_exit.py): exit handlers still run (the
    patterns are kept) and the output is flushed whole, with the exit status a normal exit gives."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "casey-audit"
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(tmp_path / "cache")
    done = subprocess.run([sys.executable, "-m", "sourcediff", "check", str(fixture), "--format", "json"],
                          check=False, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1  # the fixture story has conflicts
    assert json.loads(done.stdout)["findings"]  # the whole report, flushed
    assert list((tmp_path / "cache").rglob("regexes*.regexes"))


def test_a_file_holding_more_than_its_bound_keeps_only_the_patterns_this_run_made(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Patterns of earlier versions of the package pile up in the file; past MAX_KEPT they are dropped."""
    from sourcediff import regexes

    monkeypatch.setattr(regexes, "MAX_KEPT", 3)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    kept = regexes._Kept(str(tmp_path / "patterns.regexes"))
    for old in ("old one", "old two", "old three"):  # as an earlier version left them
        kept.code[(old, 0)] = regexes._code_of(old, 0)
    kept.keep("new (one)", 0, re.compile("new (one)"))
    kept.save()
    again = regexes._Kept(kept.path)
    assert set(again.code) == {("new (one)", 0)}
    assert regexes._made("new (one)", again.code[("new (one)", 0)]) == re.compile("new (one)")
