"""Page numbers a flattened PDF left inside a reference (vanban.references.pages): real dev sentences with the number
a page break puts between two of their words (tests/checklist.py page-number class), and the real page that shows
the damage (corpus-real-28/congbao-tiengiang-129-2011-mucluc-123docz.txt)."""

import pytest

from vanban import find_references

# corpus-real/hd-55-btgtw-2022.txt, corpus-real/btv-hu-tuyphong-binhthuan-kl93-2021.txt,
# corpus-real/kl-445-tu-thuathienhue-2022-ocr.txt (dev), each as the page writes it and with a page number inserted
BTGTW = "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về tuyên truyền kỷ niệm 100 năm Ngày sinh"
TUYPHONG = (
    "triển khai sâu rộng Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư Trung ương Đảng về việc tiếp tục thực"
    " hiện Chỉ thị số 42-CT/TW"
)
LATE = TUYPHONG.replace(", ngày 20/11/2020 của Ban Bí thư Trung ương Đảng", " của Ban Bí thư, ngày 20/11/2020")
# corpus-real/ctr-hd-57-tu-2025-unnamed-province.txt (dev)
NQ57 = "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển"
# corpus-real-2/qd-2198-qd-ubnd-hcm-2021.txt (dev)
BCSD = "Căn cứ Tờ trình số 321-TTr/BCSĐ ngày 23 tháng 7 năm 2020 của Ban Cán sự Đảng Ủy ban nhân dân Thành phố về Chương"
# corpus-real-2/qd-41-2019-qd-ubnd-quangtri-truncated.txt (dev), corpus-real-19/hoi-ctd-binhdinh-hd-458-tet-nhanai-hd-235-
# kh-236-tuhctd-2022.txt (dev19)
QUANGTRI = "thay thế Quyết định số 1090/QĐ-UBND ngày 01/6/2015 của UBND tỉnh Quảng Trị về việc ban hành Quy chế thực hiện"
CTD = "Kế hoạch số 236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập đỏ Việt Nam về việc triển khai Phong trào"
# corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-vanbanphapluat.txt (dev20), corpus-real-22/tt-15-
# btc-tt-1991-taichinh-nganhang-quocdoanh-hdbt-thuviennhadat.txt (dev22): bodies no issuer table knows, read after a date
DTTS = "(Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam), Tiểu ban"
HDBT = "và Nghị định số 25-HĐBT ngày 18-3-1989 của Hội đồng Bộ trưởng"
# corpus-real/kl-127-tw-2025-diacritics-scrambled.txt (dev): an OCR'd page, its "của" misread too
# corpus-real-11/news-thuonghieucongluan-tag-kl177-nq268-2025.txt (dev11), corpus-real-25/border-locninh-binhphuoc-kyniem-
# ngay-bienphong-toandan-2020-tb-24.txt (dev25), corpus-real-2/qd-15-2023-qd-ubnd-tiengiang.txt (dev): a body's head and a
# long ministry's name a page number splits
BCH = "về báo cáo kết quả triển khai Nghị quyết số 18 ngày 25/10/2017 của Ban Chấp hành Trung Đảng khoá XII từ tháng 11/2024"
BCD = "Theo đó, thực hiện Thông báo số 24-TB/BCĐ ngày 23/12/2019 của Ban Chỉ đạo các ngày Lễ tỉnh về tổ chức các ngày lễ"
LDTBXH = (
    "Căn cứ Thông tư số 09/2022/TT-BLĐTBXH ngày 25\ntháng 5 năm 2022 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội"
    " hướng dẫn một\nsố nội dung"
)
# corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt (dev4): a list's intro gives its items an issuer before them
LDLD = (
    "các văn bản hướng dẫn của Tổng Liên đoàn Lao động Việt Nam: Hướng dẫn số 726/HD-TLĐ ngày 02/6/2014, Công đoàn thực"
    " hiện giám sát và phản biện xã hội theo Quyết định số 217-QĐ/TW của Bộ Chính trị; Quyết định số 589/QĐ-TLĐ"
)
OCR = "gìảĩ pháp nêủ tạí Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành Trũng ương Đảng về tổng kết"
HUE = "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV),\nhệ thống kết cấu hạ tầng"


def _fields(text: str, at: str):
    r = next(r for r in find_references(text) if r.start <= text.index(at) < r.end)
    return r.doc_type, r.code, r.number, r.date, r.issuer, r.relation


@pytest.mark.parametrize(
    "clean, damaged, at",
    [
        (BTGTW, BTGTW.replace("Hướng dẫn", "Hướng 98 dẫn"), "Hướng"),  # inside a type's words
        (BTGTW, BTGTW.replace("Hướng dẫn số", "Hướng dẫn 42 số"), "Hướng"),  # between a type and its "số"
        (BTGTW.replace("Hướng dẫn số", "HƯỚNG DẪN SỐ"), BTGTW.replace("Hướng dẫn số", "HƯỚNG DẪN\n42 SỐ"), "HƯỚNG"),
        (TUYPHONG, TUYPHONG.replace("Ban Bí thư", "Ban Bí 147 thư"), "Kết luận"),  # inside the issuer
        (TUYPHONG, TUYPHONG.replace("của Ban", "của 28 Ban"), "Kết luận"),
        (HUE, HUE.replace("Tỉnh ủy", "Tỉnh 167 ủy"), "Nghị quyết"),
        # the issuer read through the number (a locality's number or a name's reader lets it go on), or up to it
        (TUYPHONG, TUYPHONG.replace("Ban Bí thư", "Ban 114 Bí thư"), "Kết luận"),
        (NQ57, NQ57.replace("Bộ Chính trị", "Bộ Chính 91 trị"), "Nghị quyết"),
        (BCSD, BCSD.replace("dân Thành", "dân 100 Thành"), "Tờ trình"),
        (LATE, LATE.replace(", ngày", ", 51 ngày"), "Kết luận"),  # before the date
        # after "của" an OCR misread ("củà"), the issuer read as the text without marks
        (OCR, OCR.replace("hành Trũng", "hành 82 Trũng"), "Kết"),
        (OCR, OCR.replace("củà Bạn", "củà 61 Bạn"), "Kết"),
        # a body's name read after a date through the number (Grammar.organ_after_date), read again without it
        (DTTS, DTTS.replace("Đại hội", "Đại 127 hội"), "Hướng dẫn"),
        (DTTS.upper(), DTTS.upper().replace("CÁC DÂN", "CÁC 170 DÂN"), "HƯỚNG DẪN"),
        (HDBT, HDBT.replace("Bộ trưởng", "Bộ 112 trưởng"), "Nghị định"),
        # between a body's kind and its head's second part, never the name's own number (``_head_goes_on``)
        (BCH, BCH.replace("Ban Chấp", "Ban 82 Chấp"), "Nghị quyết"),
        (BCD, BCD.replace("Ban Chỉ", "Ban 120 Chỉ"), "Thông báo"),
        # a name no table knows cut at the number, read on by the name's reader once it is out
        (BCD, BCD.replace("Chỉ đạo", "Chỉ 133 đạo"), "Thông báo"),
        # the item's own "của" after it, its intro's issuer before it
        (LDLD, LDLD.replace("của Bộ Chính", "của 120 Bộ Chính"), "Quyết định số 217"),
        # ten words before the number
        (LDTBXH, LDTBXH.replace("Xã hội", "Xã 167 hội"), "Thông tư"),
        # the issuer cut words before the number ("UBND" of "UBND tỉnh 115 Quảng Trị"), read again without it
        (QUANGTRI, QUANGTRI.replace("tỉnh Quảng", "tỉnh 115 Quảng"), "Quyết định"),
        (CTD, CTD.replace("đỏ Việt", "đỏ 134 Việt"), "Kế hoạch"),
    ],
)
def test_a_page_number_inside_a_reference_is_read_around(clean, damaged, at):
    want = _fields(clean, at)
    assert _fields(damaged, at)[1:] == want[1:]
    r = next(r for r in find_references(damaged) if r.start <= damaged.index(at) < r.end)
    assert damaged[r.start : r.end] == r.text  # the caller's offsets, the number inside the span


# bathuoc.thanhhoa.gov.vn (print.aspx?p=5995): "Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo
# 35 cấp tỉnh về triển khai Cuộc thi …", baotuyenquang.com.vn: "Ban chỉ đạo 35 tỉnh xây dựng Kế hoạch": a steering
# committee named by the resolution that set it up; its number is no page number
@pytest.mark.parametrize(
    "name",
    [
        "Ban Chỉ đạo 35 tỉnh",
        "Ban chỉ đạo 35 tỉnh",
        "Ban Chỉ đạo 389 tỉnh",
        "Ban Chỉ đạo 138 thành phố",
        "Ban Chỉ đạo 35 Trung ương",
    ],
)
def test_a_steering_committees_number_is_its_name(name):
    text = f"Thực hiện Công văn số 103-CV/BCĐ, ngày 17/02/2023 của {name} về triển khai Cuộc thi viết chính luận"
    assert _fields(text, "Công văn")[4] == name


@pytest.mark.parametrize(
    "text, at, number",
    [
        # corpus-real/news-tufo-travinh-ct12-2023.txt, news-hoinhabaonghean-ct05-2025.txt, hu-longthanh-dongnai-qd144-2024.txt
        ("ngoại giao nhà nước và đối ngoại nhân dân. Đề án 01 và Chỉ thị 12 là hai văn bản chỉ đạo mới nhất", "Đề án", "01"),
        ("đánh giá kết quả 10 năm thực hiện Chỉ thị 05 một cách khách quan, toàn diện", "Chỉ thị", "05"),
        ("Quy định 144 của Bộ Chính trị gồm 5 chuẩn mực đạo đức", "Quy định", "144"),
    ],
)
def test_a_types_own_bare_number_stays(text, at, number):
    r = next(r for r in find_references(text) if r.start <= text.index(at) < r.end)
    assert r.number == number


def test_the_page_number_of_a_table_of_contents_leaves_the_reference_alone():
    # corpus-real-28/congbao-tiengiang-129-2011-mucluc-123docz.txt: the page's number falls in the subject, after it
    text = "35 26-04-2011 Quyết định số 1121/QĐ-UBND việc ban hành Quy chế xét, 62 cho phép doanh nhân, cán bộ"
    (r,) = [r for r in find_references(text) if r.code]
    assert (r.code, text[r.start : r.end]) == ("1121/QĐ-UBND", "Quyết định số 1121/QĐ-UBND")


def test_a_number_a_word_of_the_issuer_takes_is_no_page_number():
    # corpus-real/quan3-hcm-kh-221-qu-kh-65-du-2019.txt (dev): "Quận 3" is the district's name (vocabulary number_word)
    text = "Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3 về tổ chức Đại hội"
    (r,) = [r for r in find_references(text) if r.code]
    assert r.issuer_span is not None and text[slice(*r.issuer_span)] == "Ban Thường vụ Quận ủy Quận 3"
    damaged = text.replace("Ban Thường", "Ban 78 Thường")
    (r,) = [r for r in find_references(damaged) if r.code]
    assert r.issuer == "Ban Thường vụ Quận ủy Quận 3" and damaged[slice(*r.issuer_span)] == "Ban 78 Thường vụ Quận ủy Quận 3"


def test_a_number_a_chapter_or_an_article_takes_is_no_page_number():
    from vanban.facts.lexicon import current
    from vanban.references import find_in
    from vanban.references.pages import page_numbers

    text = "chương 2 trình bày số 51 của báo cáo"
    assert page_numbers(text, find_in(text, lex=current()), current()) == []
    # (the scan reads the type around the number itself, its type's number after it: grammar._page_split, and in lower
    # case grammar._page_split_lower)
    for text, want in [
        ("Tỉnh ủy Sóc Trăng ban hành Chương 102 trình số 51-CTr/TU, ngày 10/5/2021", ("Chương trình", "51-CTr/TU")),
        ("Tỉnh ủy Sóc Trăng ban hành chương 102 trình số 51-CTr/TU, ngày 10/5/2021", ("Chương trình", "51-CTr/TU")),
        ("chương 2 trình số 51-CTr/TU", ("Chương trình", "51-CTr/TU")),
        ("Chương 2 trình bày số 51 của báo cáo", None),
        ("chương 2 trình bày số 51 của báo cáo", None),
    ]:
        got = [(r.doc_type, r.code) for r in find_references(text) if r.kind in ("code", "short")]
        assert got == ([want] if want else []), text
