"""The scan's type words (:attr:`Grammar.anchor`): lower-case words found by a marked letter inside
their first word ("nghị quyết" by "ị") give the same anchors as the pattern led by their first letter.

"n", "h", "t" and "c" lead a quarter of the letters of Vietnamese text, and the engine tries the
pattern at each of them; the marked letters lead a twentieth. The scan must see the same words, with
the same starts and ends, in the same order, whatever surrounds them.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.facts.lexicon import current
from vanban.grammar import grammar
from vanban.grammar.patterns import ABBR_AHEAD, _page_split, _page_split_lower
from vanban.grammar.vocab import literal_led, literal_led_cased, trie, vocab
from vanban.references.scan import _Parser
from vanban.source import clean
from vanban.text import LOWER

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _lead_led() -> re.Pattern:
    """The anchor pattern with every alternative led by its first letter (as before the keys)."""
    lex, g = current(), grammar(None, "exact")
    glued_so = vocab("số", boundary=False)
    alts = [
        (a[0], a[1:].format(lb="") + rf"(?:(?![^\W\d])|(?={glued_so}))")
        for w in [*lex.type_words, "Văn bản", "Bộ luật"]
        for a in literal_led_cased(w)
    ]
    alts += [  # (a page number between a type's words: "Nghị 127 quyết số 57")
        (a[0], a[1:].format(lb="") + rf"(?:(?![^\W\d])|(?={glued_so}))")
        for w in [*lex.type_words, "Văn bản", "Bộ luật"]
        if " " in w
        for a in _page_split(w, glued_so)
    ]
    alts += [
        (a[0], a[1:].format(lb="") + rf"(?:(?![^\W\d])|(?={glued_so}))") for w in lex.words("lower_type") for a in literal_led(w)
    ]
    alts += [(a[0], a[1:].format(lb="")) for w in lex.words("lower_type") for a in _page_split_lower(w, glued_so)]
    alts += [(a[0], rf"(?<![^\W\d{LOWER}].)(?<![/\-.0-9].)" + re.escape(a[1:]) + ABBR_AHEAD) for a in sorted(g.abbreviations)]
    by_lead: dict[str, set[str]] = {}
    for lead, rest in alts:
        by_lead.setdefault(lead, set()).add(rest)
    return re.compile(
        "|".join(
            # (a capitalised type word may follow a digit: "- 1Luật …", a small letter: "Căn cứPháp lệnh", or a capital:
            # "THỰC HIỆNCHỈ THỊ"; a lower-case one a small letter: "quán triệtquy định 144"; an abbreviation neither a
            # digit nor a capital: "29NQ", "HVTC")
            re.escape(k) + (rf"(?<![^\W\d{LOWER}].)(?<![0-9/\-].)" if k.islower() else r"(?<!_.)") + "(?:" + trie(r) + ")"
            for k, r in sorted(by_lead.items())
        )
    )


PLAIN = _lead_led()


def _anchors(text: str) -> list[tuple[int, int, str]]:
    return list(_Parser(grammar(None, "exact"), current(), text, text).anchors())


def _plain(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLAIN.finditer(text)]


def test_keys_are_marked_letters_of_lower_case_words():
    g = grammar(None, "exact")
    assert {"ị", "ư", "ờ"} <= g.anchor_keys  # nghị, chương / hướng, tờ
    assert not any(k.isascii() for k in g.anchor_keys)
    assert grammar(None, "folded").anchor_keys == frozenset()


def test_a_word_led_by_d_is_found_by_its_next_marked_letter():
    """ "đ" leads no alternative: "đề án" is found by "ề" ("đ" stands 11,232 times in the 887,034 characters of the
    benchmark's dense text, in "được", "đã", "để"; "ề" 3,240 times), at the same start and end as the lead found it."""
    g = grammar(None, "exact")
    assert not re.search(r"(?:^|\|)[đðɖ]\(\?<", g.anchor.pattern)  # (no group led by a lower-case Đ letter)
    assert "ề" in g.anchor_keys
    text = "Thực hiện đề án số 07-ĐA/TU, ðề án 08, Đề án 09 và được đề án"
    got = [(text[a:b], how) for a, b, how in _anchors(text)]
    assert got == [("đề án", "lower"), ("ðề án", "lower"), ("Đề án", ""), ("đề án", "lower")]
    assert [(a, b) for a, b, _ in _anchors(text)] == _plain(text)


def test_a_capitalised_word_of_a_lead_without_other_words_is_found_by_its_marked_letter():
    """ "L" and "Đ" lead no alternative: "Luật", "Đề án" and "Điều lệ", capitalised or in capitals, are found by the
    marked letter the lower-case words key on ("ậ", "ề"; "Ậ", "Ề" as rare), at the same start and end as their lead
    found them ("Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001", corpus-real/qd-719-qd-ttg-2012.txt; "hướng
    dẫn thực hiện Đề án số 01- ĐA/TW", corpus-real/news-tufo-travinh-ct12-2023.txt; "Căn cứ Điều lệ Đảng",
    corpus-real/qd-97-tw-2023-bochinhtri.txt); "K", "T", "N" keep theirs (an abbreviation, "KL", "TB", "NQ")."""
    import itertools

    from vanban.grammar import anchor_at
    from vanban.grammar.patterns import group_branches

    g = grammar(None, "exact")
    leads = {b[0] for b in group_branches(f"(?:{g.anchor.pattern})")[0]}
    assert not leads & set("LĐÐƉ") and set("KTN") <= leads
    assert {"Ậ", "Ề"} <= g.anchor_keys
    text = "Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001, Đề án số 01- ĐA/TW và Điều lệ Đảng"
    got = [(text[a:b], how) for a, b, how in _anchors(text)]
    assert got == [("Luật", ""), ("Đề án", ""), ("Điều lệ", "")]
    pieces = ["Luật", "LUẬT", "Đề án", "ĐỀ 5 ÁN số", "Điều lệ", "ĐIỀU LỆ", "Ðề án", "luật", " ", "_", "1", "x", "A", "-"]
    for t in map("".join, itertools.product(pieces, repeat=3)):
        assert [(a, b) for a, b, _ in _anchors(t)] == _plain(t), t
        for pos in (p for p in range(len(t)) if not t[p].islower()):  # (a capitalised word starts there, or none)
            m, old = anchor_at(g, t, pos), PLAIN.match(t, pos)
            assert (m and m.end()) == (old and old.end()), (t, pos)


def test_a_word_found_by_its_key_starts_at_its_first_letter():
    text = "Căn cứ nghị quyết số 12-NQ/TW, theo chương trình hành động số 5-CTr/TU và tờ trình số 3/TTr-UBND"
    got = [(text[a:b], how) for a, b, how in _anchors(text)]
    assert got == [("nghị quyết", "lower"), ("chương trình hành động", "lower"), ("tờ trình", "lower")]


def test_no_word_after_a_digit_a_slash_or_a_capital():
    text = "5nghị quyết, Anghị quyết, x/chỉ thị, -tờ trình, Tờ trình, TỜ TRÌNH, 29NQ, 1206 /QĐ-HVTC"
    assert [(a, b) for a, b, _ in _anchors(text)] == _plain(text)
    assert [text[a:b] for a, b, _ in _anchors(text)] == ["Tờ trình", "TỜ TRÌNH"]


def test_a_word_glued_to_the_word_before_starts_at_its_first_letter():
    """The space before a type word lost (the checklist's cue-glued, on real sentences: "Việc tổ chức quán triệt quy
    định 144 của Bộ Chính trị", corpus-real-2/hu-longthanh-dongnai-qd144-2024.txt; "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHỈ
    THỊ SỐ 12-CT/TW", corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt): a lower-case word after a small letter, a
    capitalised one after a capital, each at its own first letter, found at its key or not ("cáchướng": "h", not "ch"
    of "chương")."""
    text = (
        "Việc tổ chức quán triệtquy định 144, theoquyết định số 168-CP, khôngnghị quyết, cáchướng dẫn, thựcchương trình"
        " và THỰC HIỆNCHỈ THỊ SỐ 12-CT/TW"
    )
    got = [text[a:b] for a, b, _ in _anchors(text)]
    assert got == ["quy định", "quyết định", "nghị quyết", "hướng dẫn", "chương trình", "CHỈ THỊ"]
    assert [(a, b) for a, b, _ in _anchors(text)] == _plain(text)


TEXTS = [
    "Thực hiện nghị quyết số 12-NQ/TW ngày 16/4/2010 của Bộ Chính trị",
    "theo kế hoạch của Tỉnh ủy; kết luận 32/kl TW, tham dự",  # lower case, a loose symbol
    "Kế hoạchsố 107-KH-ĐUK và chương\ntrình hành động",  # glued "số"; a line break inside
    "Chi thi so 15-CT/TW, nghi quyet so 5",  # without diacritics
    "**chỉ thị** số 42-CT/TW, _hướng dẫn_ số 36-HD/VPTW, ðề án số 07-ĐA/TU",  # Markdown, the ð look-alike
    "NQ Hội nghị Trung ương 4, quyết định số 30/QĐ-TTg, quy chế làm việc, thông báo kết luận",
    "xây dựng kế hoạch triển khai; các nghị quyết, chỉ thị, công văn",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            TEXTS + ["nghị", "quyết", "chương", "trình", "ngh", "tờ", "đề", "án", "đ", " ", "\n", "x", "-", "/", "các", "5", "A"]
        ),
        min_size=1,
        max_size=8,
    )
)
def test_keyed_anchors_are_the_lead_led_ones(parts):
    text = "".join(parts)
    assert [(a, b) for a, b, _ in _anchors(text)] == _plain(text)


def test_keyed_anchors_on_the_real_fixtures():
    files = sorted(FIXTURES.glob("corpus-real*/*.txt"))
    assert files
    for f in files:
        text = clean(f.read_text(encoding="utf-8")).text
        assert [(a, b) for a, b, _ in _anchors(text)] == _plain(text), f.name
