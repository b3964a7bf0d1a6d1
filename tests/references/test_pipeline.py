"""The pipeline of vanban.references: one clean-up path, the resolve flag, pure keys."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import PIECES

import vanban
from paths import GLUED_ISSUER_PAGES, REAL, SEED
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


def test_an_issuer_glued_to_the_next_word_is_read_as_with_a_space():
    """Issue 10's glued tokens at an issuer's end, generated as the checklist's glued class makes them: on six dev pages
    of six sets, each reference whose issuer ends it before a word ("Nghị quyết số 19-NQ/ĐU của Ban Thường vụ Đảng ủy
    Tập đoàn TKV về tập trung lãnh đạo", corpus-real-15; "theo nghị quyết số 15-CP ngày 14-01-1975 của Hội đồng Chính
    phủ đã quy định", corpus-real-23; "Nghị định 44/2015/NĐ-CP … của Chính Phủ v/v Quy định", corpus-real-4) is read
    again with that word glued on ("TKVvề", "phủđã", "Phủv/v"): the issuer is the same, and its span, in the caller's
    string, covers the same words (not "… Tập đoàn TKVvề tập trung lãnh đạo đẩy mạnh", nor none)."""
    n = 0
    for page in GLUED_ISSUER_PAGES:
        for line in (REAL.parent / page).read_text(encoding="utf-8").split("\n"):
            for r in vanban.find_references(line):
                e = r.issuer_span[1] if r.issuer_span else 0
                if not (r.issuer and r.issuer_span[0] > r.start and line[e : e + 1] == " " and line[e + 1 : e + 2].isalpha()):
                    continue  # (an issuer that ends its reference before a word)
                glued = line[:e] + line[e + 1 :]
                (got,) = [x for x in vanban.find_references(glued) if x.start < e and r.start < x.end]
                assert (got.issuer, glued[slice(*got.issuer_span)]) == (r.issuer, line[slice(*r.issuer_span)]), glued
                n += 1
    assert n >= 10


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
