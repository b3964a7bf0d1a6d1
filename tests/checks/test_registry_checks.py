"""The checks a careful archivist makes: against the registry of known documents, and across the
citations of one text. One real-style sentence per rule (the shapes of the errors found in the wild)."""

from __future__ import annotations

import unicodedata

import pytest

import vanban
from vanban.checks import RULES
from vanban.checks.base import RULE_TABLE


def found(text: str, rule: str):
    return [f for f in vanban.check(text) if f.rule == rule]


def one(text: str, rule: str):
    fs = found(text, rule)
    assert len(fs) == 1, (rule, [(f.rule, f.severity, text[f.start : f.end]) for f in vanban.check(text)])
    return fs[0]


# --- the issuer of a known document ---------------------------------------------------------------------


def test_the_central_committee_named_for_its_organs_directive_is_a_warning():
    t = "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Ban chấp hành Trung ương Đảng về đại hội đảng bộ các cấp"
    f = one(t, "registry-issuer")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("warning", "Ban chấp hành Trung ương Đảng", "Bộ Chính trị")
    assert f.fix == vanban.Fix("issuer", "Bộ Chính trị") and f.source.startswith("http")
    assert "30/05/2019" in f.message and "Bộ Chính trị" in f.message_vi


def test_another_organ_for_a_verified_document_is_an_error():
    t = "Căn cứ Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư về đại hội đảng bộ các cấp tiến tới Đại hội XIV"
    f = one(t, "registry-issuer")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("error", "Ban Bí thư", "Bộ Chính trị")


def test_a_row_not_verified_gives_a_warning_at_most():
    """217-QĐ/TW rests on one page (and a page that got it wrong): partial, so no error."""
    t = "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Ban Bí thư ban hành Quy chế giám sát và phản biện xã hội"
    f = one(t, "registry-issuer")
    assert f.severity == "warning" and f.suggestion == "Bộ Chính trị"


@pytest.mark.parametrize(
    "text",
    [
        # a row crediting the Central Committee may be the letterhead's reading: a warning
        "Căn cứ Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Bộ Chính trị về xây dựng và phát triển văn hóa, con người",
        # a central commission's series may restart within a term: a warning
        "Căn cứ Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tuyên giáo Trung ương về đại hội chi bộ",
    ],
)
def test_an_issuer_that_is_only_a_warning(text):
    f = one(text, "registry-issuer")
    assert f.severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Quán triệt Kết luận số 93-KL/TW của Trung ương về tiếp tục thực hiện Chỉ thị 42",  # "Trung ương": the centre
        "Thực hiện Kết luận số 200-KL/TW ngày 17/10/2025 của Bộ Chính trị về đại hội",  # one of the two joint issuers
        "ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng (khóa XII) tại Công văn số 1740-CV/VPTW ngày 07/9/2021",
        "Căn cứ Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị; Chỉ thị số 45-CT/TW ngày 22/7/2010 của Bộ Chính trị",
    ],
)
def test_no_issuer_finding_on_what_is_right(text):
    assert not found(text, "registry-issuer")


def test_the_centre_named_vaguely_is_the_central_committee_as_the_vocabulary_spells_it():
    # "Quán triệt Kết luận số 93-KL/TW của Trung ương …" (above): the Central Committee's spellings, vocabulary
    # central_name, name no organ; not its plenum's short "TƯ" ("Nghị quyết TƯ 4"), no issuer alone
    from vanban.checks.reference import _vague
    from vanban.facts import Lexicon

    vague = _vague(Lexicon.default())
    assert {"trung uong dang", "trung uong", "tw", "t.u"} <= vague and "tu" not in vague


def test_a_short_form_of_a_known_document_and_a_subject_that_tells_the_rows_apart():
    """No full citation, no date: the number, type word and issuer give 35-CT/TW, the subject the row of 2024."""
    t = "Thực hiện Chỉ thị 35 của Ban Chấp hành Trung ương về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần XIV"
    f = one(t, "registry-issuer")
    assert (f.severity, f.suggestion) == ("warning", "Bộ Chính trị") and "14/06/2024" in f.message
    f = one("Quán triệt Quyết Định 144 của Bộ Chính trị về chuẩn mực đạo đức cách mạng", "registry-type")
    assert (f.severity, f.suggestion) == ("warning", "Quy định")


def test_a_law_named_with_a_year_no_law_of_that_name_has():
    t = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2017;"
    f = one(t, "registry-date")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("warning", "2017", "2015")
    assert not found("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "registry-date")
    f = one("Căn cứ Luật Hộ tịch năm 2020;", "registry-unknown")
    assert f.severity == "info" and "2014" in f.message


def test_an_ordinance_named_with_a_year_no_ordinance_of_that_name_has():
    """Every type of legislation (vocabulary ``law_type``: "Pháp lệnh" too, not only "Luật" and "Bộ luật") is checked by
    its name and year against the registry: "Pháp lệnh Chống tham nhũng năm 1998 với việc quy định về nghĩa vụ kê khai
    tài sản" (corpus-real-42/article-quanlynhanuoc-kiem-soat-tai-san-thu-nhap-2022.txt, dev42), with the ordinance in a
    caller's registry; the year it has is no finding (near miss)."""
    import datetime as dt

    from vanban.facts import Lexicon
    from vanban.facts.tables import KnownDocument

    row = KnownDocument(
        "03/1998/PL-UBTVQH10",
        "Pháp lệnh",
        "03",
        dt.date(1998, 2, 26),
        "Ủy ban Thường vụ Quốc hội",
        "X",
        "Pháp lệnh Chống tham nhũng",
        source="a test's row",
    )
    lex = Lexicon.default().with_registry([row])
    t = "Pháp lệnh Chống tham nhũng năm 1999 với việc quy định về nghĩa vụ kê khai tài sản"
    (f,) = [f for f in vanban.parse(t, lexicon=lex).findings if f.rule == "registry-date"]
    assert (t[f.start : f.end], f.suggestion) == ("1999", "1998")
    t = "Pháp lệnh Chống tham nhũng năm 1998 với việc quy định về nghĩa vụ kê khai tài sản"
    assert not [f for f in vanban.parse(t, lexicon=lex).findings if f.rule.startswith("registry")]


def test_the_row_is_chosen_by_the_period_never_the_first():
    """42-CT/TW: Bộ Chính trị 2010, Ban Bí thư 2015 and 2020. Each citation is checked against its own."""
    t = (
        "Căn cứ Chỉ thị số 42-CT/TW ngày 16/4/2010 của Bộ Chính trị; Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư; "
        "Chỉ thị số 42-CT/TW ngày 24/3/2020 của Bộ Chính trị về phòng, chống thiên tai."
    )
    (f,) = [f for f in vanban.check(t) if f.severity != "info" and f.rule != "header-missing"]
    assert f.rule == "registry-issuer" and t[f.start : f.end] == "Bộ Chính trị" and f.start > t.index("2020")
    assert f.suggestion == "Ban Bí thư"


# --- the type word of a known code --------------------------------------------------------------------


def test_quyet_dinh_for_a_quy_dinh():
    t = "Thực hiện Quyết định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng"
    f = one(t, "registry-type")
    assert (f.severity, t[f.start : f.end], f.fix) == ("error", "Quyết định", vanban.Fix("type", "Quy định"))
    assert f.source


def test_every_occurrence_of_a_repeated_type_error_has_its_fix():
    t = (
        "Thực hiện Quyết Định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị. Các chi bộ quán triệt Quyết Định 144 "
        "của Bộ Chính trị đến từng đảng viên; định kỳ kiểm điểm việc thực hiện Quyết Định 144."
    )
    fs = found(t, "registry-type")
    assert [t[f.start : f.end] for f in fs] == ["Quyết Định"] * 3
    assert all(f.suggestion == "Quy định" for f in fs) and fs[0].severity == "error"
    assert [t[f.start : f.end] for f in found(t, "type-spelling")] == ["Quyết Định"] * 3


def test_a_quyet_dinh_of_another_date_may_be_another_document():
    """Quyết định and Quy định are numbered apart but both write QĐ: no error without the date agreeing."""
    t = "Căn cứ Quyết định số 144-QĐ/TW ngày 01/02/2024 của Ban Bí thư về công tác cán bộ"
    assert not [f for f in vanban.check(t) if f.severity == "error"]
    assert not found(t, "registry-date")


# --- the date and the term -------------------------------------------------------------------------------


def test_a_wrong_date_of_a_known_document():
    t = "Thực hiện Quy định số 144-QĐ/TW ngày 26/7/2024 của Bộ Chính trị về chuẩn mực đạo đức cách mạng"
    f = one(t, "registry-date")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("error", "26/7/2024", "9/5/2024")


def test_a_wrong_date_against_a_partial_row_is_a_warning():
    t = "Quán triệt Chỉ thị số 03-CT/TW ngày 15-4-2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập"
    f = one(t, "registry-date")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("warning", "15-4-2011", "14/5/2011")


def test_a_law_cited_with_another_year_and_a_year_slip_across_terms():
    t = "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2025;"
    f = one(t, "registry-date")
    assert f.suggestion == "19/6/2015" and t[f.start : f.end] == "19 tháng 6 năm 2025"
    # 15/5/2006 is khóa X, where no 05-CT/TW is known; 15/5/2016 is, one digit away
    t = "Tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2006 của Bộ Chính trị về đẩy mạnh học tập và làm theo"
    f = one(t, "registry-date")
    assert (f.severity, f.suggestion) == ("warning", "15/5/2016") and not found(t, "registry-unknown")


def test_a_term_in_which_the_code_is_not_known():
    t = "Quán triệt Quy định số 144-QĐ/TW của Bộ Chính trị khóa XII về chuẩn mực đạo đức cách mạng"
    f = one(t, "registry-term")
    assert (f.severity, t[f.start : f.end], f.fix) == ("warning", "khóa XII", vanban.Fix("term", "XIII"))
    assert not found(t, "registry-unknown")
    # khóa XIII has an 18-NQ/TW too, on land: the subject says which is cited
    t = (
        "Thực hiện Nghị quyết số 18-NQ/TW của Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XIII về một số vấn đề "
        "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"
    )
    assert one(t, "registry-term").suggestion == "khóa XII"
    assert not found(
        t.replace("sắp xếp tổ chức bộ máy", "quản lý và sử dụng đất đai").replace("hệ thống chính trị", "đất"), "registry-term"
    )
    # a khóa XII resolution cited with its date and khóa XIII: the date decides (an error)
    t = "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XIII)"
    assert one(t, "date-term-mismatch").severity == "error" and not found(t, "registry-term")


def test_a_code_no_known_document_has_for_that_year_is_info():
    t = "Thực hiện Kết luận số 83-KL/TW ngày 21/6/2024 của Bộ Chính trị về cải cách tiền lương"
    f = one(t, "registry-unknown")
    assert f.severity == "info" and t[f.start : f.end] == "83-KL/TW" and "searched" in f.message
    # the citing text of 2014 cannot mean the 45-CT/TW of 2015 or later: no row, but no guess either
    assert not found("Chỉ thị số 45-CT/TW của Bộ Chính trị", "registry-unknown")


# --- the issuer cut short, the type word in title case, the code's letters ----------------------------------


def test_an_issuer_cut_short():
    t = "quán triệt Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của Bộ Chính về đổi mới, nâng cao chất lượng hoạt động"
    f = one(t, "issuer-incomplete")
    assert (t[f.start : f.end], f.suggestion, f.severity) == ("Bộ Chính", "Bộ Chính trị", "warning")
    assert not found("Căn cứ Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, Nghị quyết số 05-NQ/TU của Đại hội", "issuer-incomplete")


def test_the_forms_an_issuer_cut_short_may_begin_are_looked_up_in_order():
    """``_forms_after`` finds by bisection what filtering every written form finds, in the same order."""
    from vanban.checks.reference import _forms_after
    from vanban.text import fold_key

    lex = vanban.Lexicon.default()
    starts = {" ".join(fold_key(f).split()[:n]) for f in lex.written_forms for n in (1, 2, 3)} | {"bo chinh", "zzz", ""}
    for w in sorted(starts):
        assert _forms_after(w, lex) == [f for f in lex.written_forms if fold_key(f).startswith(w + " ")], w


@pytest.mark.parametrize(
    "text,written,fixed",
    [
        ("Căn cứ Hướng dẫn số 221-HĐ/ĐU ngày 20/11/2009 của Đảng uỷ ĐHQGHN", "221-HĐ/ĐU", "221-HD/ĐU"),
        ("Căn cứ Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ", "101/QĐ-TTG", "101/QĐ-TTg"),
        ("đến các cấp ủy Thông báo Kết luận số 159-TB của Bộ Chính trị về việc thảo luận", "159-TB", "159-TB/TW"),
    ],
)
def test_letters_and_missing_parts_of_a_code(text, written, fixed):
    f = one(text, "malformed-code")
    assert (text[f.start : f.end], f.suggestion) == (written, fixed)


def test_a_code_lowered_with_the_whole_page_is_damage_not_an_error():
    assert not found("thực hiện chỉ thị số 05-ct/tw của bộ chính trị về đẩy mạnh học tập", "malformed-code")


def test_the_issuer_part_read_with_its_locality():
    t = "Thực hiện Kế hoạch số 153-KH/ĐU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy Bắc Kạn về đại hội đảng bộ"
    f = one(t, "issuer-code-mismatch")
    assert (f.severity, t[f.start : f.end], f.suggestion) == ("error", "153-KH/ĐU", "153-KH/TU")


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết số 45-NQ/ĐU ngày 12/3/2021 của Đảng ủy Quân sự tỉnh về lãnh đạo nhiệm vụ quân sự",
        "Thực hiện Kế hoạch số 71-KH/ĐU ngày 12/3/2021 của Ban Thường vụ Đảng ủy Công an tỉnh Nam Định",
        "Căn cứ Kế hoạch số 120-KH/TU ngày 02/3/2021 của Ban Thường vụ Thị ủy Sơn Tây về tổ chức đại hội",
        "Căn cứ Kế hoạch số 571-CV/ĐUB ngày 10/4/2023 của Đảng ủy Bộ Giáo dục và Đào tạo",
    ],
)
def test_codes_other_levels_write_too_are_no_error(text):
    """A directly subordinate Đảng ủy writes -/ĐU, a Thị ủy -/TU (vocabulary code_shared_by); ĐUB no table knows."""
    assert not found(text, "issuer-code-mismatch")


# --- within one text -----------------------------------------------------------------------------------


def test_one_document_with_two_spellings_of_its_code():
    t = "Căn cứ Hướng dẫn số 221-HĐ/ĐU ngày 20/11/2009 của Đảng uỷ ĐHQGHN; theo Hướng dẫn số 221-HD/ĐU, các chi bộ"
    f = one(t, "code-variant")
    at = t.rindex("221-HD/ĐU")
    assert (t[f.start : f.end], f.suggestion, f.related) == ("221-HĐ/ĐU", "221-HD/ĐU", [(at, at + len("221-HD/ĐU"))])
    t = "Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương; Quy định số 08-QĐ/TW nêu rõ"
    f = one(t, "code-variant")
    assert (t[f.start : f.end], f.suggestion) == ("08-QĐ/TW", "08-QĐi/TW")


def test_one_document_given_two_issuers_in_one_text():
    t = (
        "Thực hiện Kế hoạch số 25-KH/TU ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy; Kế hoạch số 25-KH/TU ngày 19/4/2021 "
        "của Ban Thường vụ Tỉnh ủy; Kế hoạch số 25-KH/TU ngày 19/4/2021 của Ban Tuyên giáo Tỉnh ủy."
    )
    f = one(t, "issuer-conflict")
    assert (t[f.start : f.end], f.suggestion, len(f.related)) == ("Ban Tuyên giáo Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", 2)
    # "Tỉnh ủy" for its standing committee is naming (info), not a conflict
    t2 = t.replace("Ban Tuyên giáo Tỉnh ủy", "Tỉnh ủy")
    assert not found(t2, "issuer-conflict") and one(t2, "issuer-naming").severity == "info"


def test_one_document_with_two_type_words_its_code_allows():
    t = (
        "Thực hiện Quy định số 05-QĐ/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy; Quy định số 05-QĐ/TU ngày 10/3/2021 "
        "yêu cầu …; theo Quyết định số 05-QĐ/TU ngày 10/3/2021, các chi bộ"
    )
    f = one(t, "type-conflict")
    assert (t[f.start : f.end], f.suggestion) == ("Quyết định", "Quy định")


def test_two_documents_sharing_a_code_are_not_a_conflict():
    t = "Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị và Chỉ thị số 42-CT/TW, ngày 24/3/2015 của Ban Bí thư."
    assert not [f for f in vanban.check(t) if f.severity != "info"]


@pytest.mark.parametrize(
    "text,written,fixed",
    [
        (
            "Thực hiện Kết luận số Kết luận số 200-KL/TW ngày 17/10/2025 của Bộ Chính trị, Ban Bí thư",
            "Kết luận số Kết luận số",
            "Kết luận số",
        ),
        (
            "Thực hiện Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư Trung ương Đảng",
            "Thực hiện Thực hiện",
            "Thực hiện",
        ),
        # the two copies after many words (only the last eight before the citation are read), and four words doubled
        (
            "Các cấp ủy, tổ chức đảng trong toàn Đảng bộ tỉnh tiếp tục quán triệt và triển khai thực hiện thực hiện "
            "Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư",
            "thực hiện thực hiện",
            "thực hiện",
        ),
        (
            "Thực hiện Kết luận số 93 Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư",
            "Kết luận số 93 Kết luận số 93",
            "Kết luận số 93",
        ),
    ],
)
def test_words_written_twice_at_a_citation(text, written, fixed):
    f = one(text, "doubled-word")
    assert (text[f.start : f.end], f.suggestion, f.severity) == (written, fixed, "warning")


def test_a_registry_of_your_own_is_checked_against_with_its_sources(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(
        "code,doc_type,number,date,issuer,term,subject,relation_to,source,status,conflicts\n"
        "998-KL/TW,Kết luận,998,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,https://a.vn/x https://b.vn/y,verified,\n"
        '997-KL/TW,Kết luận,997,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,https://c.vn/z,verified,"date: 03/01 per c.vn"\n',
        encoding="utf-8",
    )
    lex = vanban.Lexicon.default().with_registry(p)
    fs = vanban.check("Thực hiện Kết luận số 998-KL/TW ngày 03/01/2024 của Ban Bí thư", lexicon=lex)
    (f,) = [f for f in fs if f.rule == "registry-date"]
    assert (f.severity, f.suggestion, f.source) == ("error", "2/1/2024", "https://a.vn/x https://b.vn/y")
    # a row with conflicts is not firm: a warning at most
    fs = vanban.check("Thực hiện Kết luận số 997-KL/TW ngày 03/01/2024 của Bộ Chính trị", lexicon=lex)
    assert {(f.rule, f.severity) for f in fs if f.rule.startswith("registry")} == {
        ("registry-date", "warning"),
        ("registry-issuer", "warning"),
    }
    assert not found("Thực hiện Kết luận số 998-KL/TW ngày 03/01/2024 của Ban Bí thư", "registry-date")


# --- offsets, severities, the table ------------------------------------------------------------------------


def test_spans_index_the_callers_string_even_decomposed():
    t = unicodedata.normalize(
        "NFD", "Ghi chú. Thực hiện Kết luận số Kết luận số 200-KL/TW; Quyết định số 144-QĐ/TW ngày 09/5/2024 của Bộ Chính trị"
    )
    fs = vanban.check(t)
    by = {f.rule: t[f.start : f.end] for f in fs}
    assert unicodedata.normalize("NFC", by["registry-type"]) == "Quyết định"
    assert unicodedata.normalize("NFC", by["doubled-word"]) == "Kết luận số Kết luận số"


def test_every_rule_is_in_the_table_and_keeps_to_its_severities():
    from paths import ROOT
    from vanban.checks.base import rules_markdown

    assert set(RULES) <= set(RULE_TABLE)
    assert rules_markdown() in (ROOT / "README.md").read_text(encoding="utf-8")
    for rid, info in RULE_TABLE.items():
        assert info.severities and info.en and info.vi and info.example, rid
    with pytest.raises(vanban.VanbanError, match="may not give"):
        from vanban.checks.base import finding

        finding("registry-unknown", "error", "x", "x", 0, 0)
