"""The grouped alternation (:func:`vanban.grammar.vocab.trie`) finds what the plain one finds.

``trie`` groups alternatives by their first token and takes the word separator once before
letter-led branches, so that the engine does not try a hundred "Ban …" forms one by one; where a
word comes in its case variants ("(?:THƯỜNG|Thường|thường)") it keeps together the alternatives
that can start with the same letters, behind a look-ahead, and takes a word they share once. The
first match at every position must stay that of the plain alternation, longest first.
"""

from __future__ import annotations

import functools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar.vocab import S0_WHOLE, literal_led_cased, trie

PHRASES = [
    "Ban Bí thư",
    "Ban Thường vụ",
    "Ban Thường vụ Tỉnh ủy",
    "Ban Chấp hành",
    "Bộ Chính trị",
    "Bộ",
    "Đảng ủy",
    "Đảng",
    "Ủy ban nhân dân",
    "Uỷ ban",
    "Tỉnh ủy",
    "thực hiện",
    "tiếp tục thực hiện",
    "Ban Tuyên giáo",
    "Ban Tuyên giáo Tỉnh ủy",
    "Ban Tổ chức",
    "Ban Thường trực",
    "Ban Chấp hành Trung ương",
    "Ban Chấp hành Đảng bộ",
    "Ban Dân vận",
    "Ban Mặt trận",
    "Liên đoàn Lao động",
    "Sở Lao động - Thương binh và Xã hội",
    "Thành ủy",
    "Trung ương",
    "Đoàn Thanh niên",
]
PIECES = [
    "Ban",
    "BAN",
    "Bí thư",
    "BÍ THƯ",
    "Thường vụ",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Bộ",
    "Chính trị",
    "Đảng",
    "Ðảng",
    "ủy",
    "Ủy ban",
    "nhân dân",
    "thực",
    "hiện",
    "tiếp tục",
    " ",
    "  ",
    "\n",
    "*",
    "_",
    ",",
    "x",
    "Ư",
    "Tuyên giáo",
    "TUYÊN GIÁO",
    "Tổ chức",
    "Thường trực",
    "Thuờng",
    "Chấp hành",
    "Trung ương",
    "Trung uơng",
    "TRUNG",
    "Đảng bộ",
    "Dân vận",
    "Mặt trận",
    "Lao động",
    "1ao",
    "Liên đoàn",
    "Sở",
    " - ",
    "Thương binh",
    "và Xã hội",
    "Thành ủy",
    "Thanh niên",
    "Đoàn",
    "Tỉnh",
]


def _plain(alts: list[str]) -> str:
    return "|".join(sorted(alts, key=lambda x: (-len(x), x)))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8, unique=True), st.lists(st.sampled_from(PIECES), max_size=30))
def test_trie_finds_the_first_match_of_the_plain_alternation(phrases, pieces):
    alts = [a.format(lb="") for p in phrases for a in literal_led_cased(p, False)]
    grouped, plain = re.compile(f"(?:{trie(alts)})"), re.compile(f"(?:{_plain(alts)})")
    text = "".join(pieces)
    for i in range(len(text) + 1):
        a, b = grouped.match(text, i), plain.match(text, i)
        assert (a and a.span()) == (b and b.span()), (text, i)


def test_trie_keeps_together_the_words_that_start_alike():
    alts = [a.format(lb="") for p in ("Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận") for a in literal_led_cased(p, False)]
    grouped = trie(alts)
    assert "(?=[Tt])" in grouped and "(?=[Dd])" in grouped  # "Tuyên giáo" and "Tổ chức" apart from "Dân vận"
    alts = [a.format(lb="") for p in ("Ban Thường vụ", "Ban Thường trực") for a in literal_led_cased(p, False)]
    # "Thường" once for both under each spelling of "Ban" (BAN, Ban, ban), not once per form
    assert trie(alts).count("(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng|th[ưu][ờò]ng)") == 3


def test_trie_groups_words_after_the_separator():
    alts = [a.format(lb="") for p in ("Ban Bí thư", "Ban Thường vụ") for a in literal_led_cased(p, False)]
    assert S0_WHOLE + "(?:" in trie(alts)  # the separator after "Ban" once, not once per form


def test_trie_takes_the_separator_before_words_whole_and_gives_back_a_shorter_phrase():
    # "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương, đã thông báo nhanh kết quả Hội nghị lần thứ 12" (corpus-real-13/
    # news-vneconomy-duccqdtw-hntw12-quantriet-ct50-2025.txt, dev): after "Ban Tuyên giáo" the trie's separator before
    # "Trung ương" and "Tỉnh ủy" takes the blank whole (possessive) and fails with it at "và"; the shorter phrase, the
    # empty branch after them, must still leave that blank to what follows
    phrases = ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo")
    grouped = trie([a.format(lb="") for p in phrases for a in literal_led_cased(p, False)])
    assert S0_WHOLE + "(?:" in grouped
    text = "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương, đã thông báo nhanh kết quả Hội nghị lần thứ 12"
    m = re.search(rf"(?:{grouped})[\s*_]+và", text)
    assert m is not None and m.group() == "Ban Tuyên giáo và"
    emphasised = re.search(f"(?:{grouped})", "của **Ban Tuyên giáo**  *Tỉnh ủy* về")
    assert emphasised is not None and emphasised.group() == "Ban Tuyên giáo**  *Tỉnh ủy"


def test_trie_keeps_the_order_of_overlapping_or_optional_leads():
    assert trie(["[ưu]a", "ub"]) == "[ưu]a|ub"  # "u" starts both: not grouped
    assert trie(["a?b", "ac"]) == "a?b|ac"  # an optional letter is no lead


@functools.cache
def _symbol_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The symbol's pattern as built, and the same with a number that may be cut short; built once for all the
    examples below (0.6 s a build: the 300 examples took 180 s of the suite when each built its own)."""
    from vanban.facts.lexicon import current
    from vanban.grammar.patterns import X, _Builder

    b = _Builder(current(), "exact")
    b._shared()
    whole = re.compile(b.code, X)
    b.num = r"[0-9]{1,5}"
    return whole, re.compile(b._code(), X)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["9", "93", "2020", "123456", "-", " - ", "/", "KL", "TW", "NĐ-CP", "kl", " ", "\n", ", ", "và", "QĐ"]),
        max_size=10,
    )
)
def test_a_number_in_a_symbol_is_never_shortened(pieces):
    """The number of a symbol is taken whole ((?![0-9]) after it): what follows it in a symbol or a list
    never starts with a digit, so trying fewer digits found nothing the longest did not."""
    whole, shortened = _symbol_patterns()
    text = "".join(pieces)
    for i in range(len(text) + 1):
        x, y = whole.match(text, i), shortened.match(text, i)
        assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), (text, i)


def test_a_set_of_one_letter_led_branch_has_no_look_ahead():
    """Behind a look-ahead go the sets of alternatives the engine would otherwise enter one by one; one branch led by a
    letter is passed over by that letter ("Tỉnh ủy" after a form of "Ban" in its case variants), the look-ahead would
    be entered: the type words' scan of the benchmark's dense text 32.2M -> 30.9M instructions a pass."""
    alts = ["(?:Ban|BAN) Bí thư", "Tỉnh ủy"]
    got = trie(alts)
    assert got.startswith("(?=[B])") and "(?=[T])" not in got
    for text in ["Tỉnh ủy", "BAN Bí thư", "Ban Bí thư Tỉnh ủy", "Tỉnh", "Ban"]:
        assert [m.span() for m in re.finditer(got, text)] == [m.span() for m in re.finditer("|".join(alts), text)]


def test_a_set_of_branches_led_by_one_letter_has_no_look_ahead():
    """Nor a set whose branches all start with the same letter: the regex parser takes that letter out of them, and the
    engine passes the group over by it ("Thông báo", "Thông tư" after the "T" of the type words' scan, beside an
    abbreviation led by its look-behind; the type words' scan of the benchmark's dense text 31.1M -> 29.9M instructions
    a pass)."""
    alts = [a.format(lb="")[1:] for p in ("Thông báo", "Thông tư") for a in literal_led_cased(p)] + ["(?<![/.])B"]
    got = trie(alts)
    assert "(?=[H])" not in got and "(?=[h])" not in got and got.startswith("(?:H[ÔO]NG")
    assert "(?=[B])" in got  # (a branch led by a look-behind keeps its look-ahead)
    for text in ["Thông báo", "THÔNG TƯ", "thông tư số", "Thông", "AB", "/B", "Thông báoB"]:
        for i in range(len(text) + 1):
            a, b = re.compile(got).match(text, i), re.compile("|".join(alts)).match(text, i)
            assert (a and a.span()) == (b and b.span()), (text, i)
