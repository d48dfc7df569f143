"""The functions `dataclasses` writes for the package's records are compiled once per installation:
kept beside the bytecode, read back on the next start, and always the code `compile` makes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from fresh_start import damaged_file_is_made_again, nothing_written_without_bytecode, start
from sourcediff.generated import kept_code, kept_exec

# Imports the package in a fresh interpreter and reports what the kept code gave.
PROBE = """
import dataclasses, json, sys
import sourcediff.cli, sourcediff.pipeline, sourcediff.report
from sourcediff import generated
from sourcediff.models import Claim
kept = generated._KEPT
same = all(compile(text, "<string>", "exec", dont_inherit=True) == code for text, code in kept.entries.items())
claim = Claim("d1", "Outlet A", "12", "12", "About 12 people.", 6, 8)
try:
    claim.value = "13"
    frozen = False
except dataclasses.FrozenInstanceError:
    frozen = True
json.dump({"learnt": kept.learnt, "kept": len(kept.entries), "same": same, "path": kept.path, "frozen": frozen,
           "repr": repr(claim), "equal": claim == Claim("d1", "Outlet A", "12", "12", "About 12 people.", 6, 8),
           "hooked": "exec" in vars(dataclasses)}, sys.stdout)
"""


def _start(cache: Path, **env: str) -> dict[str, object]:
    return start(PROBE, cache, **env)


def test_the_second_start_compiles_nothing_and_the_records_behave_the_same(tmp_path: Path) -> None:
    first = _start(tmp_path)
    assert isinstance(first["learnt"], int) and first["learnt"] > 200  # the package's records
    assert Path(str(first["path"])).is_file()
    second = _start(tmp_path)
    assert second["learnt"] == 0 and second["kept"] == first["kept"] and second["same"] is True
    for run in (first, second):
        assert run["frozen"] is True and run["equal"] is True and run["hooked"] is False
        assert str(run["repr"]).startswith("Claim(doc='d1', outlet='Outlet A', value='12'")
    assert second["repr"] == first["repr"]


def test_a_damaged_file_is_compiled_afresh_and_written_again(tmp_path: Path) -> None:
    assert damaged_file_is_made_again(PROBE, tmp_path)["same"] is True


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path: Path) -> None:
    run = nothing_written_without_bytecode(PROBE, tmp_path)
    assert run["frozen"] is True and run["equal"] is True


def test_dataclasses_is_left_as_it_was_outside_the_block() -> None:
    with kept_code():
        assert vars(dataclasses)["exec"] is kept_exec
        with kept_code():  # an import inside an import
            pass
        assert vars(dataclasses)["exec"] is kept_exec

        @dataclasses.dataclass(frozen=True)
        class Inside:
            size: int

    assert "exec" not in vars(dataclasses)
    assert Inside(3) == Inside(3) and hash(Inside(3)) == hash(Inside(3)) and repr(Inside(3)).endswith("Inside(size=3)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        Inside(3).size = 4  # type: ignore[misc]


def test_kept_exec_runs_what_exec_runs() -> None:
    mine: dict[str, object] = {}
    theirs: dict[str, object] = {}
    text = "def twice(x):\n    return 2 * x\nanswer = twice(21)\n"
    kept_exec(text, mine)
    exec(text, theirs)
    assert mine["answer"] == theirs["answer"] == 42
