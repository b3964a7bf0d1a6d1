"""Property tests: spans always index the caller's string; only documented errors escape."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vanban

PIECES = [
    "Kết luận số 93-KL/TW",
    ", ngày 20/11/2020",
    " của Ban Bí thư",
    " (khóa X)",
    " về ",
    "tiếp tục thực hiện ",
    "Chỉ thị số 42-CT/TW",
    "Kế hoạch này",
    "(sau đây gọi tắt là Kết luận số 93)",
    "Căn cứ ",
    "Thực hiện ",
    "30/2020/NĐ-CP",
    "22/CT-TW",
    "100 - KL/TW",
    "số ",
    "\n",
    "\n\n",
    "*",
    "**",
    "“",
    "”",
    "Ð",
    "Ɖ",
    "khoá XI",
    "Kế hoạch số 25-KH/TU",
    " và ",
    "; ",
    "Nghị quyết Trung ương 4",
    "Tỉnh ủy Gia Lai",
    "Quận ủy Quận 3",
    "1/3",
    "e\u0301",
    "\u0323",
    "\u00a0",
    "\u200b",
    "Ch th 45-CT/TW",
    "ca B Chính tr",
    "KẾT LỦẬN 127-KL/TW",
    "-",
    "/",
]

text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_spans_index_the_input(text):
    refs = vanban.find_references(text)
    for r in refs:
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start : r.end] == r.text
        for name in ("code_span", "date_span", "issuer_span", "term_span", "subject_span"):
            sp = getattr(r, name)
            if sp is not None:
                assert 0 <= sp[0] <= sp[1] <= len(text)
    assert [r.start for r in refs] == sorted(r.start for r in refs)


@given(st.one_of(st.binary(max_size=20), st.integers(), st.none(), st.lists(st.text(max_size=3), max_size=3)))
def test_non_str_raises_documented_error(value):
    try:
        vanban.find_references(value)
    except vanban.InputTypeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("non-str input accepted")
