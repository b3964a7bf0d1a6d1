"""The line breaks :func:`vanban.source.clean` re-joins, found in one scan of the text.

Each break is a run from its first line break over the blank lines after it, the blanks before it
added in Python; the joins must be those of the break-by-break reading it replaced (a ``find`` of
each line break, the pattern matched from the blanks before it), on real letterhead and body text,
symbols cut at their hyphen, words that need their complement, wrapped lines and page breaks.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.source import _joins, clean
from vanban.text import edited

_BREAK = re.compile(r"[ \t]*\n(?:[ \t\f]*\n)*[ \t\f]*")


def _breaks_one_by_one(t: str):
    pos = 0
    while (k := t.find("\n", pos)) >= 0:
        a = k
        while a > pos and t[a - 1] in " \t":
            a -= 1
        m = _BREAK.match(t, a)
        yield m
        pos = m.end()


def test_every_break_is_one_run_with_the_blanks_before_it():
    t = "KẾ HOẠCH  \n \n\tvề việc\f\n số 93-\nKL/TW của\nBan Bí thư.\n\n\n"
    runs = [m.span() for m in _breaks_one_by_one(t)]
    assert runs == [m.span() for m in _BREAK.finditer(t)]
    assert [t[a:b] for a, b in runs] == ["  \n \n\t", "\n ", "\n", "\n", "\n\n\n"]  # (a form feed is not a blank before)


def test_clean_joins_what_the_page_broke():
    t = (
        "Thực hiện Kết luận số 93-\nKL/TW, ngày 20/11/2020 của\nBan Bí thư về tiếp tục\nthực hiện Chỉ thị số 42-CT/TW."
        "\n\nKẾ HOẠCH\nvề việc triển khai"
    )
    assert clean(t).text == (
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW."
        "\n\nKẾ HOẠCH\nvề việc triển khai"
    )


PIECES = [
    "Kế hoạch số 45-",
    "KL/TW",
    "93",
    "/QĐ-UBND",
    "của",
    "Ban Bí thư",
    "về tiếp tục",
    "thực hiện",
    "KẾ HOẠCH",
    "1. Mục đích",
    "II- NỘI DUNG",
    "a) yêu cầu",
    "nghiêm",
    "túc.",
    ";",
    ":",
    " ",
    "  ",
    "\t",
    "\f",
    "\n",
    "\n",
    "\n\n",
    " \n ",
    "số",
    "-KH/TU",
    "- Lưu Văn phòng.",
    "-----",
    "- 3Quyết định",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(["txt", "md", "docx"]))
def test_joins_are_those_of_the_break_by_break_reading(pieces, kind):
    import vanban.source as source

    t = "".join(pieces)
    got = _joins(t, kind)
    saved = source._JOINABLE
    try:  # the same decisions, on the runs the break-by-break reading found
        source._JOINABLE = _OneByOne()
        want = _joins(t, kind)
    finally:
        source._JOINABLE = saved
    assert got == want, t


def test_a_dash_or_slash_after_a_number_is_joined_only_before_what_may_be_a_capital():
    """A symbol cut at its hyphen ("Kế hoạch số 25⏎-KH/TU", the seed's "Kế hoạch số 25-KH/TU" cut by a page) is joined;
    the breaks before a list's dash ("năm 2022⏎- 3Quyết định 466/QĐ-BGDĐT", corpus-real-10/tt-26-2019-tt-bgddt-csdl-
    nganh.txt; "- Như trên,⏎- Lưu Văn phòng." of a generated plan) or a rule of dashes ("… Việt Nam⏎-----") are not, and
    the scan no longer stops at them (a rule's own break, after a hyphen, is still tried: "93-⏎KL/TW")."""
    from vanban.source import _JOINABLE

    cut = "Thực hiện Kế hoạch số 25\n-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy"
    assert clean(cut).text == cut.replace("\n", "")
    for t in (
        "hết hiệu lực năm 2022\n- 3Quyết định 466/QĐ-BGDĐT năm 2024",
        "- Như trên,\n- Lưu Văn phòng.",
        "hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam\n-----\nThực hiện Kết luận số 93-KL/TW",
    ):
        assert clean(t).text == t and t.index("\n") not in [m.start() for m in _JOINABLE.finditer(t)], t


class _OneByOne:
    """Stands for :data:`vanban.source._JOINABLE`: every run of the earlier reading, from its first line break."""

    def finditer(self, t: str):
        for m in _breaks_one_by_one(t):
            yield _Run(m, t)


class _Run:
    def __init__(self, m: re.Match, t: str):
        self.k = t.index("\n", m.start())
        self.b = m.end()
        self.t = t

    def span(self) -> tuple[int, int]:
        return self.k, self.b

    def group(self) -> str:
        return self.t[self.k : self.b]


def test_no_break_spaces_are_blanks_and_offsets_map_back():
    """A web page's no-break spaces (U+00A0, or a narrow one, U+202F) are the blanks of the sentence: a real one
    (corpus-real-5/qd-42-2013-qd-ubnd-kontum-ban-dan-toc.txt, the checklist's nbsp class) keeps both issuers of its
    joint circular, read by the pattern of a blank before "và", at its place in the caller's string."""
    import vanban

    plain = (
        "Căn cứ Thông tư liên tịch số\n04/2010/TTLT-UBDT-BNV ngày 17 tháng 9 năm 2010 của Ủy ban Dân tộc và Bộ Nội vụ\n"
        "hướng dẫn chức năng, nhiệm vụ"
    )
    for blank in ("\u00a0", "\u202f"):
        text = plain.replace(" ", blank)
        assert clean(text).text == clean(plain).text
        (r,) = vanban.find_references(text)
        assert (r.code, r.issuer, str(r.date)) == ("04/2010/TTLT-UBDT-BNV", "Ủy ban Dân tộc và Bộ Nội vụ", "2010-09-17")
        assert r.text == text[text.index("Thông") : text.index("\nhướng")]


def test_invisible_characters_are_taken_out_and_offsets_map_back():
    """A zero-width space, joiner or soft hyphen left by a web page's markup is no part of the words around it: a real
    sentence (corpus-real/danguy-sokhdt-langson-ct35-2019.txt, the checklist's zero-width class) reads as without it,
    at its place in the caller's string."""
    import vanban

    text = "quán triệt nội dung Chỉ thị số 35\u200b-CT/TW ngày 30/5/2019 của Bộ Chính\u00ad trị\ufeff về Đại hội"
    src = clean(text)
    assert src.text == "quán triệt nội dung Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về Đại hội"
    (r,) = vanban.find_references(text)
    assert (r.code, r.issuer, str(r.date)) == ("35-CT/TW", "Bộ Chính trị", "2019-05-30")
    assert r.text == text[text.index("Chỉ") : text.index("\ufeff")]


def test_other_blanks_are_spaces_one_for_one():
    """No-break spaces (a web page's text gives its blanks so; the checklist's nbsp class) and the other blanks are
    spaces to the grammar, whose names and words are written with spaces: a real sentence (corpus-real-5/news-nhandan-
    tag-kl21-doan-kh460-2022.txt) with its blanks written U+00A0 reads its issuers, at the caller's offsets."""
    import vanban

    text = "Trong Kế hoạch 460 của Đoàn cụ thể hóa Kết luận 21 của Đảng, đoàn viên"
    dirty = text.replace(" ", "\u00a0").replace("Đảng,\u00a0", "Đảng,\u202f")
    assert clean(dirty).text == text
    got = [(r.text, r.issuer, r.start, r.end) for r in vanban.find_references(dirty)]
    assert got == [(dirty[a:b], issuer, a, b) for a, b, issuer in ((6, 27, "Đoàn"), (39, 59, "Đảng"))]


def test_a_source_says_when_its_text_but_the_line_breaks_is_all_printable():
    # what clean() reads once to skip its control, invisible and blank edits, kept for the record step
    # (graph.records._one_line): "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư." (tests/fixtures/seed)
    line = "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư.\nBan Thường vụ Huyện ủy xây dựng kế hoạch"
    src = clean(line)
    assert src.printable and src.with_layer(edited(src.text, [(0, 0, "")])).printable
    assert clean("**Kết luận** số 93-KL/TW", "md").printable  # (edits that only take out keep it)
    # near misses: a tab, a no-break space, a zero-width space, a control, a "\r" line end (layer 0 takes it, but
    # the original the record cuts its sentences from still holds it)
    for c in ("\t", "\u00a0", "\u200b", "\x00", "\r\n", "\r"):
        assert not clean(line.replace("\n", c) if c.startswith("\r") else line.replace(" ", c, 1)).printable, repr(c)
