"""The pipeline of vanban.references: one clean-up path, the resolve flag, pure keys."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import PIECES

import vanban
from paths import REAL, SEED
from vanban import Context, Reference, make_key


def _view(refs):
    return [(r.start, r.end, r.code, r.date, r.issuer, r.term, r.relation, r.key) for r in refs]


def test_find_references_and_parse_agree_on_every_real_excerpt():
    """The review's example and every real excerpt: the same clean-up, the same context, the same references."""
    t = "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban\n\f\n2\nBí thư về tiếp tục thực hiện"
    assert [r.issuer for r in vanban.find_references(t)] == [r.issuer for r in vanban.parse(t).references] == ["Ban Bí thư"]
    for p in [SEED, *sorted(REAL.glob("*.txt"))]:
        text = p.read_text(encoding="utf-8")
        assert _view(vanban.find_references(text)) == _view(vanban.parse(text).references), p.name


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=25))
def test_find_references_and_parse_agree_on_generated_text(pieces):
    text = "".join(pieces)
    assert _view(vanban.find_references(text)) == _view(vanban.parse(text).references)


def test_resolve_false_leaves_short_forms_alone():
    t = (
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư (sau đây gọi tắt là Kết luận số 93). "
        "Quán triệt Kết luận số 93."
    )
    resolved = vanban.find_references(t)
    plain = vanban.find_references(t, resolve=False)
    assert resolved[-1].resolved is not None and resolved[-1].key == "93-KL/TW#XII"
    assert [r.code for r in plain] == [r.code for r in resolved]
    assert all(r.resolved is None for r in plain) and plain[-1].key is None


def test_make_key_changes_nothing():
    r = Reference(0, 0, "", code="25-KH/TU", year=2021)
    before = (r.locality, list(r.notes))
    assert make_key(r, Context(province="Gia Lai", district="Phú Thiện")) == "25-KH/TU@Gia Lai#2021"
    assert (r.locality, r.notes) == before


def test_the_locality_a_key_takes_from_its_context_is_noted_on_the_reference():
    """In a Phú Thiện plan, "Kế hoạch số 25-KH/TU" of the Tỉnh ủy is Gia Lai's (the seed)."""
    ref = next(r for r in vanban.read(SEED).references if r.code == "25-KH/TU")
    assert ref.locality == "Gia Lai" and ref.key == "25-KH/TU@Gia Lai#2021"
    assert ref.has(vanban.model.Flag.LOCALITY_FROM_CONTEXT)


def test_a_context_that_is_not_one_is_refused():
    import pytest

    with pytest.raises(vanban.InputTypeError):
        vanban.find_references("Kết luận số 93-KL/TW", context="Gia Lai")
    with pytest.raises(vanban.InputTypeError):
        vanban.parse("Kết luận số 93-KL/TW", kind="xyz")
    assert vanban.find_references("Kết luận số 93-KL/TW, ngày 20/11/2020")[0].date == dt.date(2020, 11, 20)


def test_a_reference_glued_to_its_cue_is_read_as_with_a_space():
    """corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-luatminhkhue.txt (dev28) lost the space between a cue and its
    reference ("Căn cứPháp lệnh"): the text is read again with a space there, so the cue governs the whole line as it does
    when written apart (the second ordinance is a basis too), each reference at its place in the caller's string."""
    text = (
        "Căn cứPháp lệnh ngoại hi s 28/2005/PL-UBTVQH11 ngày 13 tháng 12 năm 2005 và Pháp lệnhsửa đi, bổ sung một số điều"
        " của Pháp lệnh ngoại hốis 06/2013/PL-UBTVQH13 ngày 18 tháng 03 năm 2013;"
    )
    spaced = [(r.relation, r.text) for r in vanban.find_references(text.replace("cứP", "cứ P"))]
    got = vanban.find_references(text)
    assert [(r.relation, r.text) for r in got] == spaced
    assert [r.relation for r in got] == ["basis", "basis"] and got[0].start == text.index("Pháp")
    assert all(text[r.start : r.end] == r.text for r in got)


def test_a_reference_glued_in_capitals_or_in_lower_case_is_read_as_with_a_space():
    """The checklist's cue-glued on real sentences (the space before the reference dropped): a heading in capitals
    (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt, "… VỀ VIỆC TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW …") and a
    lower-case type word (corpus-real-2/hu-longthanh-dongnai-qd144-2024.txt, "Việc tổ chức quán triệt quy định 144 của
    Bộ Chính trị …"): each reference as when written apart, at its place in the caller's string."""
    for text, at in (
        (
            "SỐ 164-KH/TU NGÀY 24 THÁNG 8 NĂM 2022 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ VIỆC TRIỂN\nKHAI THỰC HIỆNCHỈ THỊ SỐ "
            "12-CT/TW NGÀY 05 THÁNG 01 NĂM 2022 CỦA BAN BÍ THƯ VỀ\nTĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG",
            "CHỈ THỊ",
        ),
        ("Việc tổ chức quán triệtquy định 144 của Bộ Chính trị sẽ giúp cán bộ, đảng viên tự tu dưỡng", "quy định"),
    ):
        a = text.index(at)
        spaced = text[:a] + " " + text[a:]
        want = [(r.code, r.date, r.issuer, r.relation, r.text) for r in vanban.find_references(spaced)]
        got = vanban.find_references(text)
        assert [(r.code, r.date, r.issuer, r.relation, r.text) for r in got] == want
        assert any(r.start == a for r in got) and all(text[r.start : r.end] == r.text for r in got)
