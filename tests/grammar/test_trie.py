"""The grouped alternation (:func:`vanban.grammar.vocab.trie`) finds what the plain one finds.

``trie`` groups alternatives by their first token and takes the word separator once before
letter-led branches, so that the engine does not try a hundred "Ban …" forms one by one; the
first match at every position must stay that of the plain alternation, longest first.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.grammar.vocab import S0, literal_led_cased, trie

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


def test_trie_groups_words_after_the_separator():
    alts = [a.format(lb="") for p in ("Ban Bí thư", "Ban Thường vụ") for a in literal_led_cased(p, False)]
    assert S0 + "(?:" in trie(alts)  # the separator after "Ban" once, not once per form


def test_trie_keeps_the_order_of_overlapping_or_optional_leads():
    assert trie(["[ưu]a", "ub"]) == "[ưu]a|ub"  # "u" starts both: not grouped
    assert trie(["a?b", "ac"]) == "a?b|ac"  # an optional letter is no lead
