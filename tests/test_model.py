"""The data model: keys as values, notes as flags, pickling."""

from __future__ import annotations

import pickle

import pytest

from vanban.model import Flag, Key, Note, Reference


@pytest.mark.parametrize(
    "key",
    [
        "93-KL/TW#XII",
        "25-KH/TU@Gia Lai#2021",
        "45-KH/HU@Phú Thiện, Gia Lai#2021",
        "30/2020/NĐ-CP",
        "58/KH-UBND@Bà Rịa - Vũng Tàu#2024",
        "25-KH/TU@?#2021",
        "42-CT/TW#?",
        "named:nghi quyet trung uong 4#XII",
        "named:nghi quyet dai hoi dang bo tinh gia lai@Gia Lai#XVI",
    ],
)
def test_key_round_trip(key):
    assert str(Key.parse(key)) == key


def test_key_parts():
    k = Key.parse("18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021")
    assert (k.code, k.locality, k.period) == ("18-KH/ĐU", "Ia Sol, Phú Thiện, Gia Lai", "2021")
    assert k.places == ["Ia Sol", "Phú Thiện", "Gia Lai"]
    assert k.complete and not Key.parse("25-KH/TU@?#2021").complete and not Key.parse("42-CT/TW#?").complete
    assert Key.parse("named:nghi quyet trung uong 4#XII").name == "nghi quyet trung uong 4"


def test_notes_are_flags_with_their_sentence():
    r = Reference(0, 10, "Chỉ thị 42")
    r.note(Flag.AMBIGUOUS, "42-CT/TW, 42-KL/TW")
    assert r.has(Flag.AMBIGUOUS) and not r.has(Flag.UNRESOLVED) and r.flags == {Flag.AMBIGUOUS}
    assert str(r.notes[0]) == "ambiguous: 42-CT/TW, 42-KL/TW"
    assert r.as_dict()["notes"] == ["ambiguous: 42-CT/TW, 42-KL/TW"]
    back = pickle.loads(pickle.dumps(r))
    assert back.notes == [Note(Flag.AMBIGUOUS, "42-CT/TW, 42-KL/TW")]
