"""Where a phrase of the vocabulary may start and end on dirty text (glued words)."""

from __future__ import annotations

import re

import pytest

from vanban.grammar.vocab import GLUED_BEFORE, GLUED_BEFORE_CAPS, alternation, vocab


def _finds(phrase: str, text: str, **kw) -> bool:
    return re.search(alternation([phrase], **kw), text) is not None


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("Chính phủ", "Nghị định số 07/2021/NĐ-CP của Chính phủquy định chuẩn nghèo"),  # next syllable glued
        ("Quốc hội", "Nghị quyết số 24/2021/QH15 của Quốc hộiphê duyệt chủ trương"),
        ("Ban Bí thư", "Kết luận số 93-KL/TW của Ban Bí thưtrên địa bàn"),
        ("Ban Bí thư", "CỦA BAN BÍ THƯTRÊN ĐỊA BÀN"),  # in capitals: a glued syllable, not a glue word
        ("UBND", "Kế hoạch số 98/KH-UBND của UBNDhuyện về triển khai"),  # an acronym glued to a word
        ("Ban Bí thư", "Kết luận của Ban Bí thư, ngày 20/11/2020"),  # clean text still
    ],
)
def test_a_phrase_ends_where_the_next_syllable_starts(phrase, text):
    assert _finds(phrase, text)


@pytest.mark.parametrize(
    "phrase, text",
    [
        ("Ban", "Banh"),  # "nh" is a final consonant: one syllable, no word ends after "Ban"
        ("Ban", "Bang"),
        ("Ban Bí thư", "Ban Bí thường"),  # a vowel follows: the same syllable goes on
        ("Hà", "NHÀ"),  # "N" ends no syllable: "HÀ" is not glued inside "NHÀ"
    ],
)
def test_a_phrase_is_not_found_inside_one_syllable(phrase, text):
    assert not _finds(phrase, text) and not _finds(phrase, text, before=GLUED_BEFORE_CAPS)


def test_capitals_glued_after_a_syllable_only_where_an_issuer_is_read():
    # "CỦABAN BÍ THƯ": "CỦA" ends a syllable and "BAN" starts one; before every phrase this costs the scan 4%,
    # so the plain boundary refuses it and the issuer's head accepts it
    text = "CHỈ THỊ SỐ 12-CT/TW NGÀY 05 THÁNG 01 NĂM 2022 CỦABAN BÍ THƯ"
    assert not _finds("Ban Bí thư", text, before=GLUED_BEFORE)
    assert _finds("Ban Bí thư", text, before=GLUED_BEFORE_CAPS)


@pytest.mark.parametrize(
    "phrase, text, found",
    [
        # the checklist's glued forms of unaccented case sentences (corpus-real/…, "Thuc hien Chi thi so 35-CT/TW …")
        ("Bộ Chính trị", "ngay 30/5/2019 cua bochinh tri va ke hoach", True),  # inner space lost
        ("Bộ Chính trị", "ngay 30/5/2019 cuabo chinh tri va ke hoach", True),  # glued to "của"
        ("Ban Thường vụ Tỉnh ủy", "cua ban thuong vu tinh uyve viec trien khai", True),  # a short word glued after
        ("Bộ Chính trị", "cua bo chinh trinh bay", False),  # a longer word goes on: no name
        ("Bộ Chính trị", "hobo chinh tri", False),  # glued to a word that is not "của"
    ],
)
def test_a_name_in_folded_text_may_be_glued(phrase, text, found):
    assert (re.search(alternation([phrase], mode="folded", folded_glue=True), text) is not None) is found
    if found:  # (the plain folded alternation does not find the glued forms)
        assert re.search(alternation([phrase], mode="folded"), text) is None


def test_a_folded_word_may_be_glued_to_a_number():
    # "Ket luan so 100 - KL/TW ngay 18/8/2014cua Ban Bi thu" (the checklist's glued form): as in exact mode ("2022của")
    assert re.search(vocab("của", "folded"), "ngay 18/8/2014cua ban bi thu")
    assert not re.search(vocab("của", "folded"), "ngay 18/8/2014 thcua ban")


def test_lower_case_type_words_take_ocr_slips_and_keep_a_marked_letter():
    """A lower-case type word of several words is read with a mark lost ("công van số 3597", "quy dịnh 144", "huớng dẫn
    số 02": tests/checklist.py's OCR class), each spelling of its first word keeping a marked letter (the scan finds
    lower-case type words by one); text typed without diacritics is the folded grammar's."""
    import re

    from vanban.grammar.vocab import _ocr_spellings, literal_led

    assert {"hướng", "huớng", "hưóng"} <= _ocr_spellings("hướng") and "huong" not in _ocr_spellings("hướng")
    assert all(not v.isascii() for w in ("hướng", "công", "quyết", "đề") for v in _ocr_spellings(w))
    pattern = re.compile("|".join(a.format(lb="") for w in ("công văn", "quy định", "hướng dẫn") for a in literal_led(w)))
    for written in ("công van", "quy dịnh", "huớng dẫn", "côngvăn", "hướng dẫn"):
        assert pattern.fullmatch(written), written
    assert pattern.fullmatch("cong van") is None


def test_a_word_ending_with_a_comma_has_both_tone_placements():
    # the ministry of culture as the page writes it, the old placement before the comma its name holds: "Căn cứ Công
    # văn số 2324/BVHTTDL-TDTTVN ngày 26 tháng 5 năm 2025 của Bộ Văn hoá, Thể thao và Du lịch về việc hướng dẫn …"
    # (corpus-real-60/doc-nguoihanoi-tin-cv4195-bvhttdl-dai-hoi-the-duc-the-thao-2025.txt): the whole name, not "Bộ Văn hoá"
    text = "ngày 26 tháng 5 năm 2025 của Bộ Văn hoá, Thể thao và Du lịch về việc hướng dẫn"
    m = re.search(alternation(["Bộ Văn hóa, Thể thao và Du lịch"]), text)
    assert m is not None and m.group(0) == "Bộ Văn hoá, Thể thao và Du lịch"
