from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar import cues
from vanban.grammar.vocab import PLACE_NAME, UPPER

#: the place name as first written: the separators optional, so a word could be cut at any capital
_CUT_ANYWHERE = rf"[{UPPER}][\w.]*(?:[ \t]*-?[ \t]*[{UPPER}0-9][\w.]*){{0,5}}"
_PIECES = ["Đ", "A", "Ă", "H", "3", "0", "x", "ư", "ngày", " ", "  ", "\t", "-", " - ", ".", ",", "_", "\u00a0"]
_TAILS = ["", ", ngày 30 tháng 6 năm 2021", " ngày 5 tháng 3", ",ngày 1 tháng 12 năm 1999 ", " ngày 5 tháng 3 năm 2021 x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from(_TAILS))
def test_place_name_reads_what_the_cut_anywhere_form_reads(pieces, tail):
    """A separator before each capital the name goes on with names the same places; the place-date
    line matches, with the same groups, where the first form did."""
    s = "Đ" + "".join(pieces)
    assert bool(re.fullmatch(PLACE_NAME, s)) == bool(re.fullmatch(_CUT_ANYWHERE, s))
    old = re.compile(cues.PLACE_DATE.pattern.replace(PLACE_NAME, _CUT_ANYWHERE))
    assert old.pattern != cues.PLACE_DATE.pattern
    a, b = old.match(s + tail), cues.PLACE_DATE.match(s + tail)
    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_place_date_line():
    m = cues.PLACE_DATE.match("Bà Rịa - Vũng Tàu, ngày 11 tháng 3 năm 2020")
    assert (m.group("place"), m.group("d"), m.group("m"), m.group("y")) == ("Bà Rịa - Vũng Tàu", "11", "3", "2020")
    assert cues.PLACE_DATE.match("Quận 3, ngày 5 tháng 6 năm 2021").group("place") == "Quận 3"
    assert not cues.PLACE_DATE.match("THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVII ngày 5 tháng 6 năm 2021")


@pytest.mark.parametrize(
    "line,system",
    [
        ("ĐẢNG CỘNG SẢN VIỆT NAM", "party"),
        ("DANG CONG SAN VIET NAM", "party"),
        ("CONG HOA XA HOI CHU NGHIA VIET NAM", "state"),
        ("CỘNG HOÀ XÃ HỘI", "state"),
        ("HUYEN UY PHU THIEN", None),
    ],
)
def test_motto_with_or_without_diacritics(line, system):
    assert cues.motto_of(line) == system


def test_place_date_and_independence_without_diacritics():
    m = cues.PLACE_DATE.match("Phu Thien, ngay 30 thang 6 nam 2021")
    assert (m.group("place"), m.group("d"), m.group("m"), m.group("y")) == ("Phu Thien", "30", "6", "2021")
    assert cues.INDEPENDENCE.match("Doc lap - Tu do - Hanh phuc")
