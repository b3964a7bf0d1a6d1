"""Text whose every non-ASCII letter an encoding error deleted (vanban.references.stripped)."""

from vanban import find_references
from vanban.references.stripped import is_stripped

# corpus-real-22/qd-58-2010-qd-ttg-dieule-truong-daihoc-dhcd-mat-dau.txt, as the page writes it
PREAMBLE = (
    "TH TNG CHNH PH Cn c Lut T chc Chnh ph ngy 25 thng 12 nm 2001; Cn c Lut Gio dc ngy 14 thng 6 nm 2005 v Lut sa"
    " i, b sung mt s iu ca Lut Gio dc ngy 25 thng 11 nm 2009; Cn c Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003"
    " ca Th tng Chnh ph v vic Ban hnh iu l trng i hc ; Xt ngh ca B trng B Gio dc v o to ti T trnh s"
    " 510/TTr-BGDT ngy 25 thng 8 nm 2010 v vic ban hnh iu l trng i hc , QUYT NH: iu 1. Ban hnh iu l trng i hc km"
    " theo Quyt nh ny."
)


def test_a_text_that_lost_every_non_ascii_letter_is_told_apart():
    assert is_stripped(PREAMBLE)
    assert not is_stripped(
        "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2005; Căn cứ Quyết định số 153/2003/QĐ-TTg ngày 10"
        " tháng 7 năm 2003 của Thủ tướng Chính phủ; Tờ trình số 510/TTr-BGDĐT ngày 25 tháng 8 năm 2010"
    )
    # (without marks, every base letter kept: the no-diacritics class, not this one)
    assert not is_stripped("Can cu Quyet dinh so 153/2003/QD-TTg ngay 10 thang 7 nam 2003 cua Thu tuong Chinh phu")


def test_the_references_of_a_stripped_text_with_their_fields_at_the_callers_offsets():
    refs = {r.text: r for r in find_references(PREAMBLE)}
    r = refs["Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003 ca Th tng Chnh ph"]
    assert PREAMBLE[r.start : r.end] == r.text
    assert (r.doc_type, r.code, r.date.isoformat(), r.issuer, r.relation) == (
        "Quyết định",
        "153/2003/QĐ-TTg",
        "2003-07-10",
        "Thủ tướng Chính phủ",
        "basis",
    )
    law = refs["Lut Gio dc ngy 14 thng 6 nm 2005"]
    assert (law.doc_type, law.date.isoformat(), law.relation) == ("Luật", "2005-06-14", "basis")
    assert refs["Lut sa i, b sung mt s iu ca Lut Gio dc ngy 25 thng 11 nm 2009"].doc_type == "Luật"
    sub = refs["T trnh s 510/TTr-BGDT ngy 25 thng 8 nm 2010"]
    assert (sub.doc_type, sub.code, sub.relation) == ("Tờ trình", "510/TTr-BGDĐT", "cites")
    assert refs["Quyt nh ny"].relation == "self"


def test_a_stripped_issuer_is_its_body():
    from vanban import Lexicon

    assert Lexicon.default().body_of("Th tng Chnh ph") == "Thủ tướng Chính phủ"
