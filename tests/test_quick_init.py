"""Records built by the hundred thousand get a faster constructor that behaves as the dataclass's own."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from sourcediff.models import Claim, Fact, Mention
from sourcediff.pickling import compact_pickle, quick_init


@compact_pickle
@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class _Pair:
    left: str
    right: int = 3
    seen: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "left", self.left.strip())


def test_arguments_by_position_by_name_and_defaults_fill_the_same_fields() -> None:
    assert _Pair("a") == _Pair(left="a") == _Pair("a", 3, ())
    assert _Pair("a", right=5).right == 5
    assert _Pair(" a ").left == "a"  # __post_init__ still runs


def test_a_record_stays_frozen_and_hashable() -> None:
    pair = _Pair("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        pair.left = "b"  # type: ignore[misc]
    assert hash(pair) == hash(_Pair("a"))


def test_missing_and_unknown_arguments_fail_as_for_any_function() -> None:
    with pytest.raises(TypeError):
        _Pair()  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Pair("a", colour="red")  # type: ignore[call-arg]


def test_a_field_with_a_default_factory_is_refused_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="needs the dataclass __init__"):
        @quick_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class _Listed:
            items: list[str] = dataclasses.field(default_factory=list)


def test_records_round_trip_through_pickle_unchanged() -> None:
    mention = Mention("Dr Ann Lee", "Ann Lee", "Dr", "dr", "", "ann", "lee", "person", False, False)
    fact = Fact(doc="d1", kind="name", value="Dr Ann Lee", start=4, end=14, sentence="So Dr Ann Lee said.",
                detail=mention, context=("said",), paragraph=2)
    claim = Claim("d1", "The Daily", "Dr Ann Lee", {"name": "Ann Lee"}, "So Dr Ann Lee said.", 4, 14)
    for record in (mention, fact, claim, _Pair("a", 7)):
        copy = pickle.loads(pickle.dumps(record))
        assert copy == record and type(copy) is type(record)
