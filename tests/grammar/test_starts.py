"""What a piece of the grammar starts with (:mod:`vanban.grammar.starts`), and the look-ahead it gives.

The look-ahead ``first_guard`` puts before a phrase, and the sets the tries group alternatives by,
are only worth having if they never refuse a place where the phrase matches: every test here checks
a claim of the module against the regex engine on real Vietnamese text, glued, unaccented, in capitals
and broken over lines.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar.starts import guard, lead_chars, one_way_word
from vanban.grammar.vocab import GLUED_BEFORE, alternation, first_guard, vocab, word_exact

TEXTS = [
    "Thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư",
    "Kế hoạch số 25-KH/TU, ngày 19/4/2021 của BAN THƯỜNG VỤ TỈNH ỦY về thực hiện",
    "ban hành Kết luận số 01-KL/TWcủa Bộ Chính trị",  # glued
    "Chi thi so 15-CT/TW cua Ban Bi thu (khoa X)",  # without diacritics
    "của Ban Thuờng vụ Tỉnh uỷ Gia Lai",  # OCR: the horn lost; "uỷ" with the other tone placement
    "của\nBan Chấp hành Trung ương Đảng (khóa XIII)",  # broken over lines
    "Liên đoàn 1ao động tỉnh, Sở Lao động - Thương binh và Xã hội",  # OCR digit for "L"
    "**của** *Ban Tuyên giáo* Tỉnh ủy, Ðảng ủy Khối",  # Markdown marks, the Ð look-alike
]


def test_lead_chars_of_a_phrase_in_its_spellings():
    assert lead_chars(vocab("của", boundary=False)) == frozenset("Cc")
    assert lead_chars(word_exact("Đảng")) == frozenset("ĐÐƉđðɖ")
    assert lead_chars(vocab("Lao động", boundary=False)) == frozenset("Ll1")  # OCR reads "l" as "1" inside a phrase
    assert lead_chars(vocab("của")) is None  # the boundary test first: a group of look-behinds, no character


def test_lead_chars_says_none_when_it_does_not_know():
    assert lead_chars(r"[\s*_]*Ban") is None  # may start with a blank
    assert lead_chars("a?b") is None  # may start with "b"
    assert lead_chars(r"\w+") is None  # a category
    assert lead_chars("[^a]b") is None  # a negated class
    assert lead_chars("(?:Ban|)") is None  # may match nothing
    assert lead_chars("(?=[Bb])(?:Ban|ban)") == frozenset("Bb")  # a look-ahead takes no character


def test_one_way_word_takes_the_case_variants_of_a_word():
    assert one_way_word("(?:BAN|Ban|ban)[\\s*_]*(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng)") == "(?:BAN|Ban|ban)"
    assert one_way_word("(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng|th[ưu][ờò]ng)x") == "(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng|th[ưu][ờò]ng)"


def test_one_way_word_refuses_a_word_that_can_match_in_two_ways():
    assert one_way_word("(?:Ban|Ba)n") is None  # "Ban" and "Ba" both match "Bann"
    assert one_way_word("(?:[ưu]|u)a") is None
    assert one_way_word("(?:(?:M|RN)ẶT|Mặt)") is None  # a group inside: not a row of characters
    assert one_way_word("(?:Ban|ban)?x") is None  # optional


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["của", "Ban Bí thư", "Ban Thường vụ Tỉnh ủy", "Lao động", "Đảng ủy", "ngày", "khóa", "về việc"]))
def test_a_guarded_phrase_matches_where_the_phrase_matches(phrase):
    pattern, lead = vocab(phrase), first_guard(vocab(phrase, boundary=False))
    assert lead and pattern.startswith(lead + GLUED_BEFORE)
    guarded, bare = re.compile(pattern), re.compile(pattern[len(lead) :])
    for text in TEXTS + [t.upper() for t in TEXTS]:
        for i in range(len(text) + 1):
            a, b = guarded.match(text, i), bare.match(text, i)
            assert (a and a.span()) == (b and b.span()), (phrase, text, i)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TEXTS), min_size=1, max_size=3), st.integers(0, 200))
def test_every_match_starts_with_a_lead_char(texts, cut):
    text = "\n".join(texts)[cut:]
    pattern = alternation(["Ban Bí thư", "Ban Thường vụ", "Bộ Chính trị", "Tỉnh ủy", "Đảng ủy Khối", "Lao động"], boundary=False)
    chars = lead_chars(pattern)
    assert chars is not None
    for m in re.finditer(pattern, text):
        assert m.group()[:1] in chars


def test_guard_escapes_what_a_class_needs():
    assert re.fullmatch(guard({"]", "-", "\\", "^"}) + ".", "-")


def test_group_branches():
    # the branches of the group an alternation of issuer forms starts with ("Ban …|Bộ …"), classes and escapes kept whole
    from vanban.grammar.starts import group_branches

    assert group_branches("(?:Ban|Bộ)x") == (["Ban", "Bộ"], 9)
    assert group_branches("(?:Th[ưu]|\\|(?:a|b))") == (["Th[ưu]", "\\|(?:a|b)"], 19)
    assert group_branches("Ban") is None and group_branches("(?:Ban") is None


def test_source_lead_chars_reads_a_verbose_pattern():
    # blanks and comments are no characters, a capturing group is a group, an optional piece in front is passed over
    # with what follows it, a word's boundary test (a group of look-arounds only) takes no character
    from vanban.grammar.starts import source_lead_chars

    assert source_lead_chars("(?P<q> [“] )?  # a quote\n (?: về | Về )") == frozenset("“vV")
    assert source_lead_chars(r"(?: (?<!\w) | (?<=[a-z]) (?=[A-Z]) ) (?: Ban | Bộ )") == frozenset("B")
    assert source_lead_chars("\\ Ban") == frozenset(" ")  # an escaped blank is one
    assert source_lead_chars("\u00a0Ban") == frozenset("\u00a0")  # re skips only ASCII blanks in verbose mode
    assert source_lead_chars("Ban | bộ") == frozenset("Bb")  # each top-level branch
    assert source_lead_chars("(?: Ban )? (?: Bộ )?") is None  # may match nothing
    assert source_lead_chars(r"[\s*_]+ Ban") is None  # a category


def test_lead_chars_of_a_class_with_a_short_range():
    # "[0-9]" leads the item guard's date written without "ngày" ("Căn cứ Luật Ngân sách nhà nước 25/6/2015;",
    # corpus-real-50/doc-thuvienphapluat-qd502-qd-ubnd-haiphong-vung-canh-tac-huu-co-2023.txt): read as its ten digits,
    # where a range used to make the guard give up (written "[0123456789]" for that)
    assert lead_chars("[0-9]") == frozenset("0123456789")
    assert lead_chars("[A-CX]") == frozenset("ABCX") and lead_chars("[-a]") == frozenset("-a") == lead_chars("[a-]")
    # (a range too long to spell out, one from an escape, a category: not simply known)
    assert lead_chars("[a-ỹ]") is None and lead_chars(r"[\--z]") is None and lead_chars(r"[\d]") is None
    # (whatever a matching regex can start with is in the set: every character of a range and only those)
    for c in map(chr, range(0x20, 0x7F)):
        assert (re.match("[0-9A-F]", c) is not None) == (c in lead_chars("[0-9A-F]"))
