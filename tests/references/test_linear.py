"""Work grows with the text, not with its square (issue 13: a text citing one code thousands of times,
as a compiled PDF of many plans does, once took minutes).

Counted, not timed: the lines of vanban's code run for n and 2n citations of one code; a pass that asks
every other citation for each citation runs four times as many for 2n.
"""

from __future__ import annotations

import pytest

import vanban
from vanban.facts import Lexicon

LINES = {
    "dated": "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW;\n",
    "bare": "93-KL/TW ",
    "undated": "Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy và Kết luận số 93-KL/TW;\n",
    # each plan of a compiled report names itself: the alias pass once read the rest of the text for every name
    # (corpus/gialai-phuthien-huyenuy-baocao-198-bchu-2022-06-24-soket-kh45.txt)
    "alias": "Thực hiện Công văn số 312-CV/BTGTU, ngày 27/5/2022 của Ban Tuyên giáo Tỉnh ủy về việc sơ kết 01 năm thực hiện"
    " Kết luận số 93-KL/TW của Ban Bí thư, Ban Thường vụ Huyện ủy Phú Thiện báo cáo kết quả 01 năm thực hiện Kế hoạch"
    " số 45-KH/HU, ngày 30/6/2021 của Ban Thường vụ Huyện ủy (sau đây gọi tắt là Kế hoạch số 45) như sau:\n",
}


def _lines(text: str) -> int:
    """Lines of vanban's code run to parse ``text`` (a loop's body counts once per turn)."""
    import sys

    vanban.parse(text[:1000])  # set-up (grammar, tables, patterns compiled when first asked for) outside the count
    n = 0

    def local(frame, event, arg):
        nonlocal n
        if event == "line":
            n += 1
        return local

    def tracer(frame, event, arg):
        return local if "/vanban/" in frame.f_code.co_filename else None

    sys.settrace(tracer)
    try:
        vanban.parse(text)
    finally:
        sys.settrace(None)
    return n


@pytest.mark.parametrize("kind,n", [("dated", 60), ("bare", 400), ("undated", 100), ("alias", 100)])
def test_work_grows_linearly(kind, n):
    small, big = _lines(LINES[kind] * n), _lines(LINES[kind] * 2 * n)
    assert big <= 2.2 * small, (kind, small, big, round(big / small, 2))


def test_siblings_summary_gives_the_keys_the_citations_give():
    from vanban.references.keys import Siblings, key_of

    text = (
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư. Quán triệt Kết luận số 93-KL/TW của Ban Bí thư"
        " và Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy Gia Lai; Kế hoạch số 25-KH/TU, ngày 19/4/2021."
    )
    refs = vanban.find_references(text)
    lex = Lexicon.default()
    for r in refs:
        if r.code:
            sib = [type("F", (), {"ref": x})() for x in refs if x.code == r.code]
            assert key_of(r, None, sib, lex=lex) == key_of(r, None, Siblings(sib, lex), lex=lex)
    assert {r.key for r in refs if r.code == "93-KL/TW"} == {"93-KL/TW#XII"}  # the undated one takes the dated one's term
