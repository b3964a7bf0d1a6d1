"""The one builder of a vocabulary list's alternation (facts.phrases)."""

from __future__ import annotations

import re

from vanban.facts.phrases import folded_alternation


def test_a_lists_phrases_are_one_folded_alternation_the_longest_first():
    # "Mặt trận các cấp đã tổ chức quán triệt, triển khai các chỉ thị, nghị quyết của Trung ương, trong đó trọng tâm là
    # 2 Nghị quyết" (corpus-real-14/news-baomoi-mttq-tw-hdtv-vanhoa-xahoi-nq43-nq42-2024.txt): the qualifiers of
    # vocabulary core_qualifier, folded, one gap of the caller's between words; "thị xã" is tried before "xã" (a longer
    # phrase that starts the same first), and a phrase that only shares a word ("trọng") is no match (near miss)
    alt = folded_alternation(["trọng tâm", "cốt lõi", "quan trọng"], r"[ \t]+")
    assert re.fullmatch(alt, "trong tam") and re.fullmatch(alt, "cot\tloi") and re.fullmatch(alt, "quan  trong")
    assert re.fullmatch(alt, "trong") is None and re.fullmatch(alt, "trong\ntam") is None
    assert folded_alternation(["xã", "thị xã"]).split("|") == [r"thi\s+xa", "xa"]
    assert re.match(f"(?:{folded_alternation(['xã', 'thị xã'])})", "thi xa Phu Tho").group() == "thi xa"


def test_a_gap_and_a_spelling_of_the_callers():
    # the unit words as written, one escaped blank between words so that a verbose pattern keeps it: "thị\ xã"; no
    # phrase gives a pattern that matches nothing, never the empty string (near miss)
    assert folded_alternation(["thị xã", "xã", "Xã"], r"\ ", re.escape) == r"thị\ xã|Xã|xã"
    assert re.fullmatch(folded_alternation(["thị xã"], r"\ "), "thi xa", re.X)
    assert folded_alternation([]) == "(?!)" and re.search(folded_alternation([" "]), "") is None
