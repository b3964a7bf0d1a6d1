"""The data model: keys as values, notes as flags, pickling."""

from __future__ import annotations

import datetime as dt
import pickle
import sys

import pytest

import vanban
from vanban.model import Flag, Header, HeaderRow, Key, Note, Reference, Section


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


def test_children_and_notes_are_lists_of_their_own():
    """``children`` and ``notes`` are made on first read: each a list of its own, appends kept."""
    a, b = Section("1", "Một", 1, 0, 5), Section("2", "Hai", 1, 5, 9)
    assert a.children == [] and a.children is a.children and a.children is not b.children
    a.children.append(b)
    assert a.children == [b] and b.children == [] and [s.label for s in a.walk()] == ["1", "2"]
    r = Reference(0, 10, "Chỉ thị 42")
    assert r.notes_with(Flag.AMBIGUOUS) == [] and not r.has(Flag.AMBIGUOUS) and r.flags == set()
    r.notes.append(Note(Flag.UNRESOLVED))
    r.note(Flag.AMBIGUOUS, "42-CT/TW, 42-KL/TW")
    assert r.notes_with(Flag.AMBIGUOUS) == [r.notes[1]] and r.flags == {Flag.UNRESOLVED, Flag.AMBIGUOUS}
    assert pickle.loads(pickle.dumps(r)).notes == r.notes
    leaf = Section("a", "Một", 2, 1, 3)
    back = pickle.loads(pickle.dumps(Section("1", "Một", 1, 0, 5, children=[leaf])))
    assert Section.children.peek(leaf) is None and Section.children.peek(back.children[0]) is None  # (pickling makes none)
    assert [s.label for s in back.walk()] == ["1", "a"] and back.children[0].children == []


def test_a_node_and_a_reference_are_made_without_a_python_call_for_their_lazy_slot():
    """A dataclass's ``__init__`` sets ``children`` and ``notes`` (None) through the slot's own setter, a C one:
    "I- MỤC ĐÍCH, YÊU CẦU" and "Kết luận số 93-KL/TW" (corpus/gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt)
    are made by their ``__init__`` alone, no ``__set__`` of the lazy slot's for each (a node and a reference every
    other line of a plan); setting, reading and deleting the slot keep their meaning."""
    called: list[str] = []
    sys.setprofile(lambda frame, event, arg: called.append(frame.f_code.co_name) if event == "call" else None)
    try:
        node, ref = Section("I", "MỤC ĐÍCH", 1, 0, 40, kind="roman"), Reference(60, 80, "Kết luận số 93-KL/TW")
    finally:
        sys.setprofile(None)
    assert called == ["__init__", "__init__"]
    assert Section.children.peek(node) is None and Reference.notes.peek(ref) is None
    node.children = [Section("1", "Mục đích", 2, 14, 40, parent=node)]
    assert [c.label for c in node.children] == ["1"] and ref.notes == [] and Reference.notes.peek(ref) == []
    del node.children
    with pytest.raises(AttributeError):
        Section.children.peek(node)


def test_parse_makes_no_empty_lists():
    """A leaf and a reference without notes keep None in the slot (an empty list each weighed
    2.3x a text of short lines): nothing on the way reads them as lists."""
    doc = vanban.parse("- Kế hoạch số 45-KH/HU.\n1. Triển khai.\n\n" * 20 + "Chỉ thị 42 của Bộ Chính trị\n")
    assert len(list(doc.walk())) == 40 and len(doc.references) == 21 and doc.references[-1].flags  # (unresolved)
    assert not any(Section.children.peek(s) == [] for s in doc.walk())
    assert not any(Reference.notes.peek(r) == [] for r in doc.references)
    assert any(Section.children.peek(s) is None for s in doc.walk())
    assert any(Reference.notes.peek(r) is None for r in doc.references)


def test_nodes_are_the_walk_as_a_list():
    """``Document.nodes`` gives the nodes ``walk`` gives, in its order; ``where`` reads them when given."""
    doc = vanban.parse(
        "I- MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Quán triệt Kết luận số 93-KL/TW\n- Một\n2. Yêu cầu\n"
        "II- TỔ CHỨC THỰC HIỆN\n1. Các cấp ủy xây dựng kế hoạch thực hiện Chỉ thị số 35-CT/TW\n"
    )
    nodes = doc.nodes()
    assert nodes == list(doc.walk()) and [s.path for s in nodes] == ["I", "I.1", "I.1", "I.1", "I.2", "II", "II.1"]
    assert [doc.where(r, nodes) for r in doc.references] == [doc.where(r) for r in doc.references] == ["I.1", "II.1"]
    assert vanban.parse("Kế hoạch số 45-KH/HU").nodes() == []


def _where_one_by_one(doc, off: int) -> str:
    """``Document.where`` as it read each offset by itself before the walk (every node searched from the first)."""
    h = doc.header
    if "title" in h.spans and h.spans["title"][0] <= off < h.spans["title"][1]:
        return "title"
    if h.end > h.start and h.start <= off < h.end:
        return "letterhead"
    if doc.preamble and doc.preamble[0] <= off < doc.preamble[1]:
        return "preamble"
    best = None
    for s in doc.walk():
        if s.start <= off < s.end and (best is None or s.level >= best.level):
            best = s
    if best is not None:
        return "closing" if best.kind == "closing" else best.path
    if any(r.start <= off < r.end for r in doc.recipients):
        return "recipients"
    if doc.signature and doc.signature.start <= off < doc.signature.end:
        return "signature"
    return "other"


def _seed_with_a_part_after_its_closing() -> str:
    # the seed's closing paragraph ("Trên đây là Kế hoạch triển khai thực hiện Kết luận số 93-KL/TW …./.") with a part
    # after it: the closing node runs to the body's end, over the part and its items (a root as deep, then deeper)
    from paths import SEED

    text = SEED.read_text(encoding="utf-8")
    i = text.index("\n\nNơi nhận:")
    return text[:i] + "\nIV. PHỤ LỤC\n1. Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy\n" + text[i:]


def test_the_parts_of_offsets_in_one_walk_are_those_read_one_by_one():
    """``Document.wheres`` walks the sections once over ascending offsets; each answer is what reading the offset by
    itself gives: on the seed with a part after its closing paragraph (the closing node overlaps the part and its
    item, which answer, the last of equal depth), at every line's start, each recipient's and the text's first and last offsets,
    ascending, descending and shuffled, and on a text with no sections."""
    import random

    text = _seed_with_a_part_after_its_closing()
    doc = vanban.parse(text)
    nodes = doc.nodes()
    closing = next(i for i, s in enumerate(nodes) if s.kind == "closing")
    assert [s.path for s in nodes[closing + 1 :]] == ["IV", "IV.1"] and nodes[closing].end > nodes[-1].start
    starts = [r.start for r in doc.references]
    assert "IV.1" in doc.wheres(starts) and "closing" in doc.wheres(starts)
    lines = (i + 1 for i, c in enumerate(text) if c == "\n")
    offsets = sorted({0, len(text) - 1, len(text), *starts, *lines, *(r.start for r in doc.recipients)})
    want = [_where_one_by_one(doc, off) for off in offsets]
    assert doc.wheres(offsets) == doc.wheres(offsets, nodes) == want
    assert {"title", "letterhead", "preamble", "I.1", "closing", "IV", "IV.1", "recipients", "signature"} <= set(want)
    assert doc.wheres(offsets[::-1]) == want[::-1] and [doc.where(off) for off in offsets] == want
    shuffled = random.Random(7).sample(offsets, len(offsets))
    assert doc.wheres(shuffled) == [_where_one_by_one(doc, off) for off in shuffled]
    plain = vanban.parse("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư.")
    assert plain.nodes() == [] and plain.wheres([0, 10, 64, 65]) == [_where_one_by_one(plain, o) for o in (0, 10, 64, 65)]


def test_the_section_walk_asks_nodes_out_of_order_one_by_one():
    """Nodes whose starts do not ascend (made by hand: the parser makes them in text order), and an offset below the
    one before, are read by the plain search: the same deepest node, the last of equal depth."""
    from vanban.model import _deepest, _SectionWalk

    a, b, c = Section("I", "MỤC ĐÍCH", 1, 0, 100), Section("1", "Mục đích", 2, 40, 60), Section("2", "Yêu cầu", 2, 10, 30)
    for nodes in ([a, b, c], [a, c, b], [c, a, b], [a, Section("II", "NỘI DUNG", 1, 0, 100), b]):
        walk = _SectionWalk(nodes)
        for off in (0, 10, 29, 30, 45, 20, 60, 99, 100, 5):
            assert walk.at(off) is _deepest(nodes, off), (nodes, off)


def test_header_rows_mark_the_row_of_each_inferred_field():
    """A row is inferred when any field it shows is: a district read from the body marks "locality" even when the
    province was on the letterhead, an inferred date marks "place, date"."""
    h = Header(doc_type="Kế hoạch", place="Phú Thiện", date=dt.date(2021, 6, 30), district="Phú Thiện", province="Gia Lai")
    h.inferred = {"district", "date"}
    assert h.rows() == [
        HeaderRow("type", "Kế hoạch", False),
        HeaderRow("place, date", "Phú Thiện, 30/06/2021", True),
        HeaderRow("locality", "Phú Thiện, Gia Lai", True),
    ]
