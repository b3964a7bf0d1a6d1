"""Relations (document-level) and the nested chains of find_relations."""

from __future__ import annotations

import pytest

from vanban import DOCUMENT, find_references, find_relations
from vanban.references import relation_of_cue


def triples(text, ctx=None):
    return [(s if s is DOCUMENT else s.code, rel, t.code) for s, rel, t in find_relations(text, ctx)]


def test_seed_chain(seed_text):
    got = triples(seed_text)
    assert (DOCUMENT, "implements", "25-KH/TU") in got
    assert ("25-KH/TU", "implements", "93-KL/TW") in got
    assert ("93-KL/TW", "continues", "42-CT/TW") in got
    assert (DOCUMENT, "implements", "93-KL/TW") in got
    assert all(rel != "self" for _, rel, _ in got)


def test_chain_without_ve():
    text = (
        "Quán triệt Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW của Ban Bí thư"
    )
    assert triples(text) == [(DOCUMENT, "implements", "25-KH/TU"), ("25-KH/TU", "implements", "100-KL/TW")]


@pytest.mark.parametrize(
    "text,relation",
    [
        ("Căn cứ Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng", "basis"),
        ("Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị", "implements"),
        ("Quy định này thay thế Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị", "replaces"),
        ("Bãi bỏ Quyết định số 99-QĐ/TU ngày 01/02/2020 của Tỉnh ủy", "replaces"),
        ("Sửa đổi, bổ sung Kế hoạch số 98/KH-UBND ngày 20/7/2021 của Ủy ban nhân dân huyện", "amends"),
        # (on a report's page, its own review; a text with no type line reads as a news item's, cited: D48)
        ("BÁO CÁO\n\nSơ kết 01 năm thực hiện Kế hoạch số 45-KH/HU, ngày 30/6/2021 của Ban Thường vụ Huyện ủy", "reviews"),
        ("BÁO CÁO\n\nTổng kết 10 năm thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị", "reviews"),
        ("Tổng kết 10 năm thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị", "cites"),
        ("Theo Kết luận số 93-KL/TW, việc này đã đạt kết quả.", "cites"),
        (
            "Qua 15 năm triển khai thực hiện Nghị quyết số 27-NQ/TW, ngày 06/8/2008 của Ban Chấp hành Trung ương Đảng khóa X",
            "cites",
        ),
    ],
)
def test_document_relation(text, relation):
    cited = [r for r in find_references(text) if r.kind != "this"]
    assert cited[0].relation == relation


#: a type line: the page is a report of its own, so a review it names with no other body's name is the page's own
#: (DECISIONS D48); a text without one is read as a news item's, whose review is another body's
OWN_REPORT = "BÁO CÁO\n\n"


def test_a_span_of_the_carrying_out_right_before_the_cue_looks_back():
    # a span of years or of the term right before the cue, whatever leads it, is a look back (Grammar.retro): "trong 10
    # năm" (corpus-real-27/news-skhcn-quangtri-vankien-daihoi-xiii-khcn-2021.txt), "nêu rõ: 5 năm" (corpus-real-37/news-
    # xaydungdang-bct-lam-viec-tth-so-ket-kl48-2014.txt), "nửa nhiệm kỳ" (corpus-real-32/news-skhdt-kontum-nua-nhiem-ky-
    # nghi-quyet-dai-hoi-xvi-2023.txt): cites; a review's span listed after the review stays reviewed (corpus-real-2/
    # news-baoninhbinh-ct05-nqtw4-2019.txt)
    def relations(text):
        return [r.relation for r in find_references(text) if r.kind != "this"]

    assert relations(
        "Đặc biệt là trong 10 năm thực hiện Cương lĩnh 2011, lĩnh vực nghiên cứu ứng dụng và triển khai về khoa học và "
        "công nghệ được coi trọng."
    ) == ["cites"]
    assert relations(
        "Báo cáo với Bộ Chính trị, Bí thư Tỉnh ủy Nguyễn Ngọc Thiện nêu rõ: 5 năm thực hiện Kết luận của Bộ Chính trị, dưới "
        "sự chỉ đạo của Trung ương"
    ) == ["cites"]
    assert relations(
        "Sau nửa nhiệm kỳ thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh, bức tranh kinh tế-xã hội của Kon Tum đậm gam "
        "màu sáng…\nNhìn lại nửa nhiệm kỳ thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh Kon Tum"
    ) == ["cites", "cites"]
    review = (
        "Trong dịp này, các cấp ủy đảng cũng tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết Trung ương 4 (khóa XII) "
        "và 3 năm thực hiện Chỉ thị số 05 của Bộ Chính trị, biểu dương các điển hình tiên tiến"
    )
    assert relations(OWN_REPORT + review) == ["reviews", "reviews"]
    # (on the news page itself the review is another body's, the party committees': cited, its cue kept, D48)
    assert [(r.relation, r.trigger) for r in find_references(review)] == [("cites", "thực hiện")] * 2


def test_a_news_lead_relays_the_replacement_its_deictic_points_back_to():
    # corpus-real-34/news-baonghean-quy-dinh-213-qdtw-dang-vien-noi-cu-tru-2020.txt: "Quy định này" names the regulation
    # of the sentence before, the page relays its change (cites, corpus-real-32/NOTES.md decision 4); the own decision's
    # article keeps it (corpus-real-23/qd-05-2010-qd-ubnd-angiang-quydinh-so-ngoaivu-thuviennhadat.txt)
    lead = (
        "(Baonghean.vn) - Bộ Chính trị vừa ban hành Quy định số 213-QĐ/TW (ngày 2/1/2020) về trách nhiệm của đảng viên "
        "đang công tác thường xuyên giữ mối liên hệ với tổ chức Đảng và nhân dân nơi cư trú. Quy định này thay thế Quy "
        "định số 76-QĐ/TW ngày 15/6/2000 của Bộ Chính trị khóa VIII."
    )
    assert [r.relation for r in find_references(lead) if r.code == "76-QĐ/TW"] == ["cites"]
    own = (
        "Điều 2.\nQuyết định này có hiệu lực thi hành sau 10 ngày kể từ ngày ký và thay thế Quyết định số "
        "42/2006/QĐ-UBND ngày 15 tháng 8 năm 2006 của Ủy ban nhân dân tỉnh."
    )
    assert [r.relation for r in find_references(own) if r.code == "42/2006/QĐ-UBND"] == ["replaces"]


def test_a_news_item_relays_the_replacement_of_a_document_it_reports_issued():
    # relate._relayed_replacement: a page with no type of its own reports a body's decision or a passed law, then that
    # it takes effect and replaces another; the replaced document is cited (3 dev pages of 3 sets, each labelled cites)
    bariavungtau = (
        "UBND tỉnh vừa ban hành Quyết định số 10/2019/QĐ-UBND quy định hệ số điều chỉnh giá đất trên địa bàn tỉnh năm "
        "2019. Quyết định có hiệu lực kể từ ngày 26/6/2019 và thay thế Quyết định số 43/2017/QĐ-UBND ngày 22/12/2017 "
        "của UBND tỉnh.\nTheo đó, bảng hệ số điều chỉnh giá đất năm 2019 trên địa bàn tỉnh quy định cụ thể theo từng "
        "tuyến đường."
    )  # corpus-real-58/doc-bariavungtau-tin-qd10-2019-qd-ubnd-he-so-dieu-chinh-gia-dat.txt
    assert _coded_relations(bariavungtau) == [("10/2019/QĐ-UBND", "cites"), ("43/2017/QĐ-UBND", "cites")]
    thainguyen = (
        "Quy định mới về thi đua, khen thưởng tỉnh Thái Nguyên (09/07/2018)\n        Ngày 11/6/2018, Ủy ban nhân dân "
        "tỉnh Thái Nguyên đã Ban hành Quyết định số 11/2018/QĐ-UBND Quy định về thi đua, khen thưởng tỉnh Thái Nguyên."
        "\n         Quy định này quy định cụ thể về thi đua, khen thưởng của tỉnh Thái Nguyên, gồm: Nguyên tắc thi đua, "
        "khen thưởng; quản lý nhà nước về thi đua khen thưởng.\n        Quyết định này có hiệu lực thi hành từ ngày "
        "01/7/2018 và thay thế Quyết định số 36/2015/QĐ-UBND ngày 25/11/2015 của Ủy ban nhân dân tỉnh Thái nguyên ban "
        "hành Quy định và Hướng dẫn một số nội dung về thi đua, khen thưởng của tỉnh Thái Nguyên."
    )  # corpus-real-61/doc-bandantoc-thainguyen-tin-qd11-2018-qd-ubnd-thi-dua-khen-thuong.txt
    assert ("36/2015/QĐ-UBND", "cites") in _coded_relations(thainguyen)
    # near miss: the law's own page reports no body's act (corpus-real-57/doc-vietjack-luat-thu-y-79-2015-qh13-chuong-
    # ii.txt, labelled replaces)
    vietjack = (
        "Theo Luật thú y số 79/2015/QH13 thì tổ chức, cá nhân chăn nuôi phải có trách nhiệm sau.\nLuật này có hiệu lực "
        "từ ngày 01/7/2016 và thay thế Pháp lệnh thú y năm 2004."
    )
    assert [r.relation for r in find_references(vietjack) if r.text.startswith("Pháp lệnh")] == ["replaces"]


def test_continues_is_for_directives():
    assert relation_of_cue("tiếp tục thực hiện") == "continues"
    assert relation_of_cue("tiếp tục thực hiện", "Kết luận") == "continues"
    assert relation_of_cue("tiếp tục triển khai", "Kế hoạch") == "implements"
    assert relation_of_cue("quán triệt, triển khai thực hiện") == "implements"
    # corpus-real-2/cv-682-tu-tayninh-mttq-2014.txt: "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện các nội dung trong
    # Chỉ thị số 25-CT/TW …": leading words between "tiếp tục" and the cue
    assert relation_of_cue("Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện", "Chỉ thị") == "continues"
    assert relation_of_cue("Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện", "Kế hoạch") == "implements"
    assert relation_of_cue("sơ kết, đánh giá việc thực hiện") == "reviews"


def test_coordination_shares_the_cue():
    text = (
        "Căn cứ Chỉ thị số 37-CT/TW ngày 03/9/2019 của Ban Bí thư về quan hệ lao động; "
        "Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy."
    )
    assert [r.relation for r in find_references(text)] == ["basis", "basis"]


def test_relations_are_deduplicated_and_keyed(seed_text):
    rels = find_relations(seed_text)
    keys = [(getattr(s, "key", s), rel, t.key) for s, rel, t in rels]
    assert len(keys) == len(set(keys))


def test_clause_start_is_the_end_of_the_last_boundary_in_300_characters():
    """The boundary found backwards in one match (``_LAST_BOUNDARY``) ends where the 300-character scan's last one ends."""
    import itertools

    from paths import REAL
    from vanban.grammar import last_match
    from vanban.references.relate import _BOUNDARY, _clause_start

    def scanned(work, start):
        lo = max(0, start - 300)
        bm = last_match(_BOUNDARY, work, lo, start)
        return bm.end() if bm else lo

    texts = [f.read_text(encoding="utf-8") for f in sorted(REAL.glob("*.txt"))[:15]]
    pieces = ["\n", " ", ":", ".", "-", "1. ", "a) ", "x", "\n\n", ": \n", "IV. ", "\n \n- ", ". \n", "?"]
    texts += ["".join(p) for p in itertools.product(pieces, repeat=3)]
    texts += ["Căn cứ:\n \n  \n" + "x" * k + "\n\n\n- Kết luận" for k in range(0, 400, 37)]
    for t in texts:
        for i in range(0, len(t) + 1, 3 if len(t) > 200 else 1):
            assert _clause_start(t, i) == scanned(t, i), (t[max(0, i - 80) : i], i)


def test_the_earlier_cues_of_a_list_are_those_a_scan_from_the_look_back_gives():
    """``_last_trigger`` takes the earlier cues of a list ("tiếp tục quán triệt, triển khai thực hiện") from its window's
    own cues (``_cues_before``), not a second scan: the same cues a scan from the look-back's start gives, also where a
    cue of the window straddles that start (then it scans again; the test makes sure such windows occur)."""
    from paths import REAL
    from vanban.grammar import grammar
    from vanban.references.relate import _cues_before
    from vanban.text import fold

    texts = [f.read_text(encoding="utf-8") for f in sorted(REAL.glob("*.txt"))[:20]]
    texts.append("Tiếp tục quán triệt, triển khai thực hiện và tổ chức thực hiện Kết luận số 93-KL/TW của Bộ Chính trị")
    straddled = 0
    for mode in ("exact", "folded"):
        g = grammar(mode)
        for t in texts:
            s = t if mode == "exact" else fold(t)
            for hi in range(0, len(s) + 1, 60):
                lo = max(0, hi - 400)
                found = list(g.trigger.finditer(s, lo, hi))
                for k in range(len(found)):
                    for back in (80, 25, 6):
                        a = max(lo, found[k].start() - back)
                        straddled += any(m.start() < a < m.end() for m in found[:k])
                        got = [m.span() for m in _cues_before(g, s, found, k, a)]
                        assert got == [m.span() for m in g.trigger.finditer(s, a, found[k].start())], (s[a : found[k].end()], a)
    assert straddled > 0


def test_a_chain_in_a_title_in_capitals():
    # corpus-real-4/nq-51-nq-cp-2025-ctrhd-kl91.txt: a cue in capitals does not start a new sentence in a title
    title = (
        "NGHỊ QUYẾT\nBAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW NGÀY 12 THÁNG 8 NĂM "
        "2024 CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW NGÀY 04 THÁNG 11 NĂM 2013"
    )
    triples = [(getattr(s, "code", s), rel, t.code) for s, rel, t in find_relations(title)]
    assert triples == [(DOCUMENT, "implements", "91-KL/TW"), ("91-KL/TW", "continues", "29-NQ/TW")]


def test_a_list_introduced_on_its_line_takes_the_intro_cue():
    # corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt: the cue stands far before the colon, past the objects
    # it governs; the items after the colon (on the same line) are what it governs too
    text = (
        "Tại Hội nghị, các đại biểu đã được phổ biến, quán triệt những vấn đề cốt lõi về xây dựng và phát triển văn "
        "hóa, con người Việt Nam đáp ứng yêu cầu phát triển bền vững đất nước và các văn bản hướng dẫn của Tổng Liên "
        "đoàn Lao động Việt Nam: Hướng dẫn số 726/HD-TLĐ ngày 02/6/2014, Công đoàn thực hiện giám sát"
    )
    (r,) = find_references(text)
    assert (r.code, r.relation, r.trigger) == ("726/HD-TLĐ", "implements", "phổ biến, quán triệt")
    # without a colon there is no list: the cue is too far to govern the reference
    (r,) = find_references(text.replace("Nam: Hướng", "Nam, Hướng"))
    assert r.relation == "cites"


def test_cue_before_a_blank_line():
    # a paragraph that ends with its verb goes on past the break (a caption broken off by the page:
    # hlhpn-hungha-thaibinh-sk-ct21-2023.txt); a heading in capitals that ends with a cue does not
    text = "Chủ tịch Hội LHPN huyện báo cáo sơ kết 5 năm thực hiện\n\nChỉ thị 21-CT/TW của Ban Bí thư (khoá XII)"
    assert [r.relation for r in find_references(OWN_REPORT + text)] == ["reviews"]
    # (the caption's review is the union's, another body's: cited, the cue across the break kept, D48)
    assert [(r.relation, r.trigger) for r in find_references(text)] == [("cites", "thực hiện")]
    heading = "II. TỔ CHỨC THỰC HIỆN\n\nChỉ thị 21-CT/TW của Ban Bí thư được phổ biến"
    assert [r.relation for r in find_references(heading)] == ["cites"]


def test_a_nominalised_cue_inside_a_sentence_needs_its_verb_after_the_document():
    """ "…, quá trình thực hiện Kết luận 12 còn …" (corpus-real-9/news-qdnd-kl12-taynguyen-2021.txt): the nominalised cue
    after a comma is the subject of the verb after the document, cited; the same words with no verb after the document
    (a list's item), or after a preposition ("trong việc thực hiện"), keep the cue's relation."""

    def rel(text):
        return [r.relation for r in find_references(text)]

    assert rel("Tuy nhiên, quá trình thực hiện Kết luận số 12-KL/TW còn không ít khó khăn.") == ["cites"]
    assert rel("Tuy nhiên, quá trình thực hiện Kết luận số 12-KL/TW của Bộ Chính trị chưa đồng đều.") == ["cites"]
    assert rel("Tuy nhiên, quá trình thực hiện Kết luận số 12-KL/TW. Còn nhiều khó khăn.") == ["implements"]
    assert rel("Đoàn thống nhất hành động trong việc thực hiện Kết luận số 12-KL/TW, đã đề ra.") == ["implements"]


def test_a_sentence_opening_cue_before_a_dated_act_is_background():
    """ "Cụ thể hóa X, ngày 16-1-2017, Bộ Chính trị ban hành …" (corpus-real-17/central-lyluanchinhtri-brvt-dulich-nq-08-
    nq-tw-2018.txt): a time opening the main clause makes the cue the reason for another's past act, X cited; a date of
    the reference itself ("ngày 20/11/2020 của Ban Bí thư") or no time after it keeps the cue's relation."""

    def rel(text):
        return [r.relation for r in find_references(text)][0]

    assert rel("Cụ thể hóa nghị quyết Đại hội XII, ngày 16-1-2017, Bộ Chính trị ban hành Nghị quyết số 08-NQ/TW") == "cites"
    assert rel("Cu the hoa Nghi quyet so 12-NQ/TW, nam 2019, Tinh uy da ban hanh Ke hoach") == "cites"
    assert rel("Cụ thể hóa Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư, Ban Thường vụ Huyện ủy xây dựng kế hoạch") == (
        "implements"
    )
    assert rel("Thực hiện Kết luận số 93-KL/TW, Ban Thường vụ Huyện ủy xây dựng kế hoạch như sau") == "implements"
    assert rel("Ban Thường vụ đã thực hiện Nghị quyết số 12-NQ/TW, ngày 5/6/2019 sơ kết") == "implements"  # (no opening cue)


def test_a_carry_cue_before_a_dated_act_is_carried_out():
    """DECISIONS D31 (OWNERS-READINGS A24, the owners' "Thực hiện X, (ngày D,) <body> <act>" → X implements): a carry
    cue opening the sentence keeps its relation before another body's dated act (relate._reports_a_dated_act,
    vocabulary carry_cue); the three dev rows of the form, each labelled implements."""

    def rel(text):
        return [r.relation for r in find_references(text)][0]

    # corpus-real-39/article-vietnamhoinhap-thong-tin-doi-ngoai-kl16-ct21-ttg.txt
    text = (
        "Triển khai thực hiện Kết luận số 16-KL/TW, ngày 06-8-2012, Thủ tướng Chính phủ ban hành Chỉ thị số 21/CT-TTg về "
        "việc tăng cường công tác thông tin đối ngoại"
    )
    assert rel(text) == "implements"
    # corpus-real-9/bdbp-truyenthong-nq58-1958-nd100-ttg.txt
    assert rel("Thực hiện Nghị quyết của Bộ Chính trị, ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định") == "implements"
    # corpus-real-10/tinhdoan-bacninh-lichsu-1997-2015.txt, and as a page that lost its diacritics writes it
    text = (
        "Thực hiện Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX (tháng 11 năm 1996), về việc tái lập tỉnh, từ tháng 1 năm "
        "1997 tỉnh Hà Bắc được tách thành hai tỉnh Bắc Ninh và Bắc Giang."
    )
    assert rel(text) == "implements"
    assert rel("Thuc hien Nghi quyet so 12-NQ/TW, nam 2019, Tinh uy da ban hanh Ke hoach") == "implements"


def test_a_short_name_given_takes_the_relation_of_the_document_carried_out():
    # corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt (DECISIONS D32, relabelled from corpus-real-8 rule 10's
    # cites): the name given in "(gọi tắt là …)" to a document the page carries out is "implements", the document's;
    # the next item of the list keeps "Thực hiện"
    text = (
        "Thực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn vị"
        " hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 (gọi tắt là Kết luận số 48-KL/TW), Nghị quyết số"
        " 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp"
        " huyện, cấp xã giai đoạn 2023 - 2030 (gọi tắt là Nghị quyết số 35/2023/UBTVQH15);"
    )
    got = [(r.text, r.relation, r.trigger) for r in find_references(text)]
    assert got == [
        ("Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị", "implements", "Thực hiện"),
        ("Kết luận số 48-KL/TW", "implements", "Thực hiện"),
        ("Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội", "implements", "Thực hiện"),
        ("Nghị quyết số 35/2023/UBTVQH15", "implements", "Thực hiện"),
    ]
    # (the name given states no relation of its own: one triple each, the antecedent's)
    assert triples(text) == [(DOCUMENT, "implements", "48-KL/TW"), (DOCUMENT, "implements", "35/2023/UBTVQH15")]


@pytest.mark.parametrize(
    "text,alias",
    [
        # the owners' (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt@977, OWNERS-READINGS A7): a short name
        # after a list item's long title, the Chỉ thị its title names nested in it
        (
            "- Thực hiện nghiêm túc, hiệu quả Kế hoạch số 164-KH/TU ngày\n24 tháng 8 năm 2022 của Ban Thường vụ Tỉnh ủy về"
            " việc triển khai thực hiện Chỉ\nthị số 12-CT/TW ngày 05 tháng 01 năm 2022 của Ban Bí thư về tăng cường sự"
            " lãnh\nđạo của Đảng, nâng cao hiệu quả đối ngoại Nhân dân trong tình hình mới (sau\nđây gọi tắt là Kế hoạch"
            " 164-KH/TU).",
            "Kế hoạch 164-KH/TU",
        ),
        # the owners' (corpus-real/ctr-hd-57-tu-2025-unnamed-province.txt@502): a bare parenthesis names it too
        (
            "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công"
            " nghệ, đổi mới sáng tạo (KHCN, ĐMST) và chuyển đổi số (CĐS) quốc gia (Nghị quyết số 57-NQ/TW), Ban Thường"
            " vụ Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW như sau:",
            "Nghị quyết số 57-NQ/TW",
        ),
        # corpus-real-13/ctr-1857-ctr-ubnd-sonla-nq11-tw-nq96-cp-2022.txt (corpus-real-13 rule 5's cites, D32): "sau
        # đây gọi là"
        (
            "Thực hiện Nghị quyết số 11-NQ/TW ngày\n10/02/2022 của Bộ Chính trị về phương hướng phát triển kinh tế - xã"
            " hội, bảo đảm\nquốc phòng an ninh vùng Trung du và miền núi Bắc Bộ tầm đến năm 2030, tầm nhìn\nđến năm 2045"
            " (sau đây gọi là Nghị quyết số 11-NQ/TW);",
            "Nghị quyết số 11-NQ/TW",
        ),
    ],
)
def test_the_short_name_of_a_document_carried_out_is_implements(text, alias):
    named = [r for r in find_references(text) if r.text == alias and r.resolved is not None]
    assert len(named) == 1
    assert (named[0].relation, named[0].trigger) == ("implements", named[0].resolved.trigger)


@pytest.mark.parametrize(
    "text",
    [
        # corpus-real-46/doc-thuvienphapluat-kh60-kh-ubnd-quangbinh-an-ninh-mang-2023.txt: resolve finds no name given
        "Thực hiện Quyết định số 964/QĐ-TTg ngày 10/8/2022 của\nThủ tướng Chính phủ phê duyệt Chiến lược An toàn, An ninh"
        " mạng quốc gia, chủ động\nứng phó với các thách thức từ không gian mạng đến năm 2025, tầm nhìn 2030 (sau\nđây gọi"
        " tắt là Quyết định số 964/QĐ-TTg), Ủy ban nhân dân (UBND) tỉnh Quảng\nBình ban hành kế hoạch thực hiện như sau:",
        # corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt with a line break before "- 2030" (the checklist's
        # cue-break: the dash read as a list's, the title's end misread)
        "Thực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về tiếp tục thực hiện sắp xếp đơn vị"
        " hành chính cấp huyện, cấp xã giai đoạn 2023\n- 2030 (gọi tắt là Kết luận số 48-KL/TW), Nghị quyết số"
        " 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội",
    ],
)
def test_a_code_named_again_in_parentheses_is_the_short_name_of_the_document_carried_out(text):
    first, again = [r for r in find_references(text) if r.code][:2]
    assert again.code == first.code and again.resolved is None
    assert (first.relation, again.relation, again.trigger) == ("implements", "implements", first.trigger)


@pytest.mark.parametrize(
    "text,alias",
    [
        # corpus-real-13/news-hoian-quangnam-qd144-chuanmuc-daoduc-2024.txt: a reported act, its document cited: the
        # name given cites too
        (
            "Ngày 9/5 vừa qua, Tổng Bí thư Nguyễn Phú Trọng thay mặt Bộ Chính trị ký ban hành Quy định số 144-QĐ/TW"
            " Quy định chuẩn mực đạo đức cách mạng của cán bộ, đảng viên giai đoạn mới (gọi tắt là Quy định 144).",
            "Quy định 144",
        ),
        # corpus-real-24/central-qd-14-qd-tw-2001-thihanh-dieule-dang-luatminhkhue.txt: the parenthesis names the
        # decision that issued the rules carried out, a document of another type, no short name of theirs
        (
            "1.2. Điều 3 (điểm2): Quyền của đảng viên trong việc ứng cử, đề cử và bầu cử cơ quan lãnh đạo cáccấp của"
            " Đảng: thực hiện theo Quy chế bầu cửtrong Đảng (ban hành kèm theo Quyết định số 77-QĐ/TW, ngày 22-6-2000 của"
            " BộChính trị khoá VIII).",
            "Quyết định số 77-QĐ/TW, ngày 22-6-2000 của BộChính trị khoá VIII",
        ),
    ],
)
def test_a_short_name_given_is_cites(text, alias):
    named = [r for r in find_references(text) if r.text == alias]
    assert len(named) == 1 and named[0].resolved is not None
    assert named[0].relation == "cites" and named[0].trigger is None


def _coded_relations(text: str) -> list[tuple[str, str]]:
    """(code, relation) of each reference of ``text`` that carries a code."""
    return [(r.code, r.relation) for r in find_references(text) if r.code]


def _find_close_by_character(work: str, start: int, limit: int):
    """What ``relate._find_close`` answered when it stepped through the window a character at a time."""
    for j in range(start, limit):
        if work[j] in '"”»':
            return j
        if work[j] == "\n" and j + 1 < limit and work[j + 1] == "\n":
            return None
    return None


def test_a_quoted_subject_closes_where_the_character_loop_closed_it():
    """``_find_close`` (one search of the engine) gives what the loop over the window gave, at every opening quote of
    real text (corpus-real/ct-17-tu-yenbai.txt: "Kết luận số 100 - KL/TW … của Ban Bí thư “về việc đổi mới … dư luận
    xã hội”"; corpus-real/danguy-naem-kh-107-duk-2023.txt, a quote never closed), and around blank lines at the edge of
    the window: a line break at ``limit - 1`` does not pair with one at ``limit``."""
    from pathlib import Path

    from vanban.references.relate import _find_close

    folder = Path(__file__).resolve().parent.parent / "fixtures" / "corpus-real"
    texts = [(folder / n).read_text(encoding="utf-8") for n in ("ct-17-tu-yenbai.txt", "danguy-naem-kh-107-duk-2023.txt")]
    texts += ["về “Tiếp tục\n\nđổi mới”", "về “Tiếp tục\n", "về “a\n\n", "“»", '"\n\n"', "“ab\n\n\n”"]
    seen = 0
    for t in texts:
        for k, ch in enumerate(t):
            if ch not in '"“«':
                continue
            for limit in sorted({len(t), min(len(t), k + 700), min(len(t), k + 5), k + 1}):
                assert _find_close(t, k + 1, limit) == _find_close_by_character(t, k + 1, limit), (t[k : k + 40], limit)
                seen += 1
    assert seen > 20


@pytest.mark.parametrize(
    "text,opening,relation",
    [
        # a report named by its number, its subject a review of results: what it reviews is reviewed
        (
            "Báo cáo số 16/BC-SNN ngày 07/01/2025 của Sở Nông nghiệp & PTNT Kết quả thực hiện Chương trình MTQG xây dựng "
            "nông mới giai đoạn 2021-2025 và đề xuất thực hiện giai đoạn 2026-2030",  # corpus-real-18/department-snnptnt-
            "Chương trình MTQG",  # hanam-bc-16-bc-snn-ctmtqg-ntm-2021-2025.txt
            "reviews",
        ),
        # a report named by its issuer, its subject after it (corpus-real-12 NOTES rule 5)
        (
            "Điều 1. Thống nhất với báo cáo của Ủy ban nhân dân tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND "
            "ngày 10 tháng 12 năm 2019 của Hội đồng nhân dân tỉnh về nhiệm vụ phát triển kinh tế - xã hội năm 2020.",
            "Nghị quyết số 95",  # corpus-real-12/nq-15-2020-nq-hdnd-travinh-nhiemvu-ktxh-2021.txt
            "reviews",
        ),
        # a report listed after ";" behind a reviewed document: cited, not reviewed (vocabulary account_type)
        (
            "Báo cáo cho biết Hội nghị Trung ương 13 đã tập trung thảo luận và tiếp thu ý kiến đóng góp của đại hội đảng "
            "bộ các cấp, của ĐBQH, MTTQ, các đoàn thể nhân dân, của cán bộ, đảng viên và nhân dân vào dự thảo các văn "
            "kiện trình Đại hội XII của Đảng; Báo cáo tổng kết thực hiện Nghị quyết Trung ương khóa XI “Một số vấn đề cấp "
            "bách về xây dựng Đảng hiện nay”; Báo cáo kiểm điểm sự lãnh đạo của Ban Chấp hành Trung ương Đảng khóa XI.",
            "Báo cáo kiểm điểm",  # corpus-real-24/army-baophuyen-dangu-bdbp-bao-cao-hoinghi-tw-13-khoa-xi.txt
            "cites",
        ),
    ],
)
def test_what_a_report_reviews(text, opening, relation):
    (r,) = [r for r in find_references(text) if r.text.startswith(opening)]
    assert r.relation == relation


@pytest.mark.parametrize(
    "text,openings",
    [
        # a working session on, and a report of, the state of carrying out (corpus-real-28 NOTES rule 6: "về tình hình
        # thực hiện" reviews; vocabulary review_state)
        (
            "Chiều ngày 25-7, Thủ tướng Phạm Minh Chính cùng lãnh đạo các Bộ, ngành Trung ương làm việc với Ban Thường vụ "
            "Tỉnh ủy Long An về tình hình thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ tỉnh "
            "nhiệm kỳ 2020 - 2025. Tại cuộc làm việc, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Văn Út trình bày tóm "
            "tắt tình hình thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh, tình hình phát triển kinh tế - xã hội",
            ("Nghị quyết Đại hội XIII", "Nghị quyết Đại hội XI Đảng bộ tỉnh nhiệm kỳ", "Nghị quyết Đại hội XI Đảng bộ tỉnh"),
        ),  # corpus-real-28/news-plo-thutuong-lamviec-longan-thuchien-nq-daihoi-2023.txt
        # a survey of the carrying out (corpus-real-27/news-vhttdl-daklak-khaosat-chienluoc-vanhoa-2020-kh-2439-2019.txt)
        (
            "Tìm hiểu trao đổi nhằm nắm bắt tình hình thực tế, đề xuất, kiến nghị của các đơn vị, địa phương; khảo sát "
            "việc triển khai thực hiện Chiến lược phát triển văn hóa; thực hiện tổng hợp kết quả, số liệu",
            ("Chiến lược phát triển văn hóa",),
        ),
        # supervision of the carrying out (corpus-real-29/news-baodaklak-mttq-giamsat-phanbien-2022.txt, AUDIT-27 C4 row 11;
        # corpus-real-9 NOTES rule 5; vocabulary review_state)
        (
            "phối hợp với Sở Nông nghiệp và Phát triển nông thôn giám sát việc thực hiện Chương trình mục tiêu Quốc gia xây "
            "dựng nông thôn mới; phối hợp cùng Ban Dân vận Tỉnh ủy",
            ("Chương trình mục tiêu Quốc gia",),
        ),
        # a report of results in the carrying out (corpus-real-28 NOTES rule 6: "báo cáo kết quả … trong thực hiện";
        # vocabulary review_report; corpus-real-28/news-baobinhduong-ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt)
        (
            "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả nổi bật trong thực hiện Nghị quyết Đại hội XII, một số "
            "nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam",
            ("Nghị quyết Đại hội XII",),
        ),
    ],
)
def test_the_state_of_carrying_out_is_reviewed(text, openings):
    refs = find_references(OWN_REPORT + text)[: len(openings)]  # (the reviewed documents, in order; a report's page)
    assert [(r.text[: len(o)], r.relation) for r, o in zip(refs, openings)] == [(o, "reviews") for o in openings]
    # a news item's survey or supervision is another body's review, cited (D48); the state of carrying out and a report
    # of its results, the reporting body's own, stay reviewed (the owners read such a one implements, not this rule)
    another = any(w in text for w in ("khảo sát", "giám sát"))
    refs = find_references(text)[: len(openings)]
    assert [r.relation for r in refs] == ["cites" if another else "reviews"] * len(openings)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the owners' news-baomoi-ct03-2012.txt@103, on any page (a report's too): a national conference's review
        (
            OWN_REPORT + "Những điểm chỉ đạo của Tổng Bí thư Nguyễn Phú Trọng tại Hội nghị toàn quốc sơ kết 1 năm thực "
            "hiện Chỉ thị số 03-CT/TW ngày 15-4-2011 của Bộ Chính trị",
            "Chỉ thị số 03-CT/TW",
        ),
        # the owners' ct-35-tw-2019-bochinhtri-badinh.txt@424, in a directive: the congress's review
        (
            "CHỈ THỊ\n\nĐại hội tiến hành tổng kết 5 năm thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
            "Nghị quyết Đại hội",
        ),
        # a conclusion after hearing another body's review report (corpus-real-36/kl-81-kltw-2020-an-ninh-luong-thuc-
        # thuvienphapluat.txt, relabelled by D48)
        (
            "KẾT LUẬN\n\nNgày 03/7/2020, sau khi nghe Ban cán sự đảng Bộ Nông nghiệp và Phát triển nông thôn báo cáo tổng "
            "kết 10 năm thực hiện Kết luận số 53-KL/TW, ngày 05/8/2009 của Bộ Chính trị",
            "Kết luận số 53-KL/TW",
        ),
        # a news headline, no subject written (corpus-real-11/qs-tp-backan-soket-ct124-qutw-2016.txt's first line)
        ("Tổ chức sơ kết 5 năm thực hiện Chỉ thị số 124-CT/QUTW ngày 31/3/2011 của Quân ủy Trung ương", "Chỉ thị số 124"),
        # a news item: the provincial committee's review (corpus-real-36/news-baomoi-khanh-hoa-so-ket-10-nam-quy-dinh-76-
        # qd-tw-2010.txt)
        (
            "Ngày 31/8, tại thành phố Nha Trang, Tỉnh ủy Khánh Hòa tổ chức sơ kết 10 năm thực hiện Quy định 76-QĐ/TW, ngày "
            "15/6/2000 của Bộ Chính trị",
            "Quy định 76-QĐ/TW",
        ),
    ],
)
def test_a_review_another_body_carries_out_is_cited(text, surface):
    """DECISIONS D48: the owners label no ``reviews``; a review another body carries out, reported, is cited (its cue
    kept, as for another's plan that reviews)."""
    r = next(r for r in find_references(text) if r.text.startswith(surface))
    assert r.relation == "cites" and r.trigger


def test_the_review_words_test_restates_the_whole_word_pattern():
    """``relate._review_word_in`` (the letter-led ``_review_words`` and a test of the character before a match, session
    51, s51-speed2: a pattern led by ``\\b`` is tried at each of the window's characters) says what ``\\b(?:…)\\b`` said
    at ``search(folded, a, b)``, for every window of a real page read by ``_anothers_review`` — the Khánh Hòa review
    (corpus-real-36/news-baomoi-khanh-hoa-so-ket-10-nam-quy-dinh-76-qdtw.txt), the bundled corpus — and the same page
    with each review word glued to the word before it, as the checklist's glued variants write ("tổ chứcsơ kết"): no
    whole word there, though the letters are."""
    import re
    from pathlib import Path

    from vanban.facts.lexicon import current
    from vanban.references.relate import _review_alternation, _review_word_in
    from vanban.text import folded_text

    lex = current()
    whole = re.compile(rf"\b{_review_alternation(lex)}\b")
    root = Path(__file__).resolve().parents[2]
    page = (root / "tests/fixtures/corpus-real-36/news-baomoi-khanh-hoa-so-ket-10-nam-quy-dinh-76-qdtw.txt").read_text(
        encoding="utf-8"
    )
    glued = page.replace(" sơ kết", "sơ kết").replace(" tổng kết", "tổng kết").replace(" Sơ kết", "Sơ kết")
    texts = [page, glued] + [p.read_text(encoding="utf-8") for p in sorted((root / "corpus").glob("*.txt"))[:6]]
    held = told = 0
    for text in texts:
        folded = folded_text(text)
        for a in range(0, len(folded), 5):
            b = a + 250 if a + 250 < len(folded) else len(folded)
            got = _review_word_in(lex, folded, a, b)
            assert got == (whole.search(folded, a, b) is not None), (folded[a:b], a)
            held += got
            told += not got and re.search(_review_alternation(lex), folded[a:b]) is not None
    assert held and told  # (windows with a review word, and windows with its letters glued on, no word)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the page is the review: its title and its issuer's own report (corpus-real-40/doc-hieuluat-bc293-bc-bvhttdl-
        # tong-ket-chien-luoc-gia-dinh-2020.txt)
        ("BÁO CÁO\nTổng kết Chiến lược phát triển gia đình Việt Nam đến năm 2020", "Chiến lược"),
        (
            "BÁO CÁO\n\nBộ Văn hóa, Thể thao và Du lịch báo cáo tổng kết, đánh giá tình hình thực hiện Chiến lược phát triển "
            "gia đình Việt Nam đến năm 2020",
            "Chiến lược",
        ),
        # an item of the page's own programme, no subject written (corpus-real-31/tin-lien-minh-htx-viet-nam-cthd-812-nq-
        # 20-nq-tw-2022.txt)
        (
            "chủ trì vận động thành lập hợp tác xã; (5) Hằng năm đánh giá và tham gia sơ kết, tổng kết thực hiện Nghị quyết "
            "số 20-NQ/TW",
            "Nghị quyết số 20-NQ/TW",
        ),
    ],
)
def test_the_pages_own_review_stays_reviewed(text, surface):
    r = next(r for r in find_references(text) if r.text.startswith(surface))
    assert r.relation == "reviews"


def test_a_cue_in_a_capitalised_title_is_the_titles():
    """ "Căn cứ Nghị định số 40/2016/NĐ-CP … của Chính phủ Quy định chi tiết thi hành một số điều của Luật …"
    (corpus-real-27/qd-52-2017-qd-ubnd-quyche-moitruongbien-bentre-hethongphapluat.txt): the title's first word written
    with a capital, "thi hành" is still what the decree does; the law named in its title is cited."""
    text = (
        "Căn cứ Nghị định số 40/2016/NĐ-CP ngày 15 tháng 5 năm 2016 của Chính phủ Quy định chi tiết thi hành một số điều "
        "của Luật tài nguyên, môi trường biển và Hải đảo;\nTheo đề nghị của Giám đốc Sở Tài nguyên và Môi trường"
    )
    assert [(r.text[:9], r.relation) for r in find_references(text)] == [("Nghị định", "basis"), ("Luật tài ", "cites")]


def test_a_cue_in_an_amending_decrees_title_is_the_titles():
    """ "… của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai"
    (corpus-real-29/qd-1119-qd-ubnd-2023-kehoach-sudungdat-ducpho-quangngai-hethongphapluat.txt): the comma between the
    coordinated verbs of a title ("sửa đổi, bổ sung") does not end it; "thi hành" is still what the decrees do, and the
    law named in the title is cited, as in a detailing decree's title."""
    text = (
        "Căn cứ Nghị định số 01/2017/NĐ-CP ngày 06/01/2017 của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi "
        "tiết thi hành Luật Đất đai;\n\nCăn cứ Nghị định số 10/2023/NĐ-CP ngày 03/4/2023 của Chính phủ sửa đổi, bổ sung "
        "một số điều của các nghị định hướng dẫn thi hành Luật Đất đai;\n"
    )
    assert [(r.text[:9], r.relation) for r in find_references(text)] == [
        ("Nghị định", "basis"),
        ("Luật Đất ", "cites"),
        ("Nghị định", "basis"),
        ("Luật Đất ", "cites"),
    ]


def test_a_cue_of_documents_not_named_one_by_one_is_theirs():
    """ "Hiện nay, Bộ Tư pháp tiếp tục đồng hành với các cơ quan liên quan trong việc ban hành các văn bản quy định chi
    tiết và hướng dẫn thi hành Luật Đất đai năm 2024 …" (corpus-real-63/news-danchuphapluat-luat-dat-dai-nam-2024-diem-moi-
    van-ban-huong-dan.txt, labelled ``cites``): "thi hành" is what the guiding documents do, not the article; the law is
    cited, as in a named decree's title."""
    from paths import ROOT

    page = "news-danchuphapluat-luat-dat-dai-nam-2024-diem-moi-van-ban-huong-dan.txt"
    text = (ROOT / "tests" / "fixtures" / "corpus-real-63" / page).read_text(encoding="utf-8")
    at = text.index("các văn bản quy định chi tiết và hướng dẫn thi hành Luật Đất đai năm 2024")
    refs = [r for r in find_references(text) if at < r.start < at + 80]
    assert [(r.text, r.relation) for r in refs] == [("Luật Đất đai năm 2024", "cites")]


@pytest.mark.parametrize(
    "folder, page, surfaces",
    [
        # (a decree named by its type word and number only, its title after its issuer)
        (
            "corpus-real-56",
            "doc-baoquangnam-tin-hoian-nghi-dinh-136-pccc-2021.txt",
            ("Luật Phòng cháy chữa cháy", "Luật sửa đổi bổ sung một số điều của Luật PCCC"),
        ),
        # (the cited decree and its title in a heading's capitals)
        ("corpus-real-55", "doc-soyte-hanoi-tin-danh-muc-tthc-nghi-dinh-54-2017-qd2416-qd-byt.txt", ("LUẬT DƯỢC",)),
    ],
)
def test_a_cue_in_a_cited_titles_other_surfaces_is_the_titles(folder, page, surfaces):
    """ "UBND TP.Hội An tổ chức hội nghị triển khai Nghị định 136 của Chính phủ quy định chi tiết một số điều và biện pháp
    thi hành Luật Phòng cháy chữa cháy (PCCC) và Luật sửa đổi bổ sung một số điều của Luật PCCC" and "… TẠI NGHỊ ĐỊNH
    54/2017/NĐ-CP NGÀY 08 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT DƯỢC": "thi
    hành" is what the cited decree does, whether it is named by its number only or its title is written in capitals; the
    laws named in its title are cited (labelled so, "nested in the cited decree's title"), as after a full symbol."""
    assert {s: rel for s, (rel, _) in _relations_at(folder, page, surfaces).items()} == dict.fromkeys(surfaces, "cites")


def test_a_short_name_in_parentheses_does_not_end_the_title():
    """ "ban hành Chương trình số 50-CTr/TU (Chương trình 50) thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết
    Đại hội Đảng bộ tỉnh lần thứ XIV" (corpus-real-29/news-haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt) and "Kết luận
    số 12- KL/TW … (Kết luận 12) về tiếp tục thực hiện Nghị quyết số 10-NQ/TW" (corpus-real-9/news-qdnd-kl12-taynguyen-
    2021.txt): the short name given in parentheses leaves the chain or subject after it the document's; the resolutions
    named in its title are cited, as without the parenthesis."""
    text = (
        "Qua đó, ngày 9/8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 50-CTr/TU (Chương trình 50) thực hiện "
        "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV với mục tiêu: xác định các "
        "chương trình, nhiệm vụ trọng tâm"
    )
    assert [(r.text[:14], r.relation) for r in find_references(text)][2:] == [
        ("Nghị quyết Đại", "cites"),
        ("Nghị quyết Đại", "cites"),
    ]
    text = (
        "LTS: Sau gần 10 năm thực hiện Kết luận số 12- KL/TW ngày 24-10-2011 của Bộ Chính trị, khóa XI (Kết luận 12) về "
        "tiếp tục thực hiện Nghị quyết số 10-NQ/TW của Bộ Chính trị, khóa IX phát triển vùng Tây Nguyên thời kỳ 2011-2020"
    )
    refs = find_references(text)
    assert (refs[-1].text[:19], refs[-1].relation) == ("Nghị quyết số 10-NQ", "cites")
    assert refs[0].subject.startswith("tiếp tục thực hiện Nghị quyết số 10-NQ/TW")


def test_complying_with_a_charter_cites_it():
    """ "chấp hành" (comply with) a charter or a law cites it, the citing document carries none of them out: every dev
    mention whose cue is "chấp hành" is labelled cites (7 of 7, corpus-real-29, -34, -36): "… và đảng viên trong việc
    chấp hành Cương lĩnh Chính trị, Điều lệ Đảng, chủ trương, nghị quyết" (corpus-real-36/handbook-quan12-so-tay-dang-
    vien-kiem-tra-giam-sat-quy-dinh-30.txt)."""
    assert relation_of_cue("chấp hành") == "cites"
    assert relation_of_cue("quán triệt, chấp hành") == "implements"  # (a list of cues: the most specific)
    text = (
        "Kiểm tra của Đảng là việc các tổ chức đảng xem xét, đánh giá, kết luận về ưu điểm, khuyết điểm hoặc vi phạm của "
        "cấp ủy, tổ chức đảng cấp dưới và đảng viên trong việc chấp hành Cương lĩnh Chính trị, Điều lệ Đảng, chủ trương, "
        "nghị quyết, chỉ thị, quy định của Đảng"
    )
    assert [(r.text, r.relation) for r in find_references(text)][:2] == [
        ("Cương lĩnh Chính trị", "cites"),
        ("Điều lệ Đảng", "cites"),
    ]


def test_the_standard_an_act_keeps_to_is_cited():
    """ "theo (đúng) tinh thần (mới) (của) X" names the standard an act keeps to, not X carried out (D89, the owners'
    own gold): "… và các hình thức khen thưởng cao theo tinh thần mới của Chỉ thị 45-CT/TW." is ``cites`` on the guide
    that carries Chỉ thị 45 out (corpus-real/hd-03-btgtw-2011.txt@971). A dev news item's account of its congresses
    (corpus-real-36/news-vtcnews-ket-luan-201-kltw-dai-hoi-dang-bo-truc-thuoc-trung-uong-2025.txt, relabelled by D89)."""
    assert relation_of_cue("theo tinh thần") == relation_of_cue("theo đúng tinh thần") == "cites"
    text = (
        "Biểu dương các cấp uỷ, tổ chức đảng trực thuộc Trung ương, các ban của Đảng (nhất là Ban Tổ chức Trung ương, Uỷ "
        "ban Kiểm tra Trung ương, Văn phòng Trung ương Đảng...) đã có nhiều nỗ lực, cố gắng, vượt qua khó khăn để tham mưu "
        "và tổ chức thành công đại hội theo đúng tinh thần Chỉ thị số 45-CT/TW, ngày 14/4/2025 của Bộ Chính trị."
    )
    assert [(r.code, r.relation) for r in find_references(text)] == [("45-CT/TW", "cites")]
    # a carry cue listed before it (a list's cues ranked with ``cites`` last, corpus-real-20/provincial-quangninh-gov-
    # diembao-nq-01-nq-tu-cong-nghiep-che-bien-2022.txt, dev20): a look back over the carrying out, cited (D33)
    text = (
        "Sau gần 2 năm triển khai theo tinh thần Nghị quyết số 01-NQ/TU, ngành công nghiệp chế biến, chế tạo đã đạt và "
        "vượt đối với các mục tiêu về tỷ trọng trong GRDP"
    )
    assert [(r.code, r.relation) for r in find_references(text)] == [("01-NQ/TU", "cites")]


def test_a_cue_inside_a_phrase_that_is_no_cue_governs_nothing():
    """ "thi hành" in a law "in force" ("có hiệu lực thi hành") and in a body's name ("Tổng cục Thi hành án dân sự"): the
    reference after it is cited (vocabulary ``cue_compound``; 2 dev mentions, both labelled cites)."""
    text = (  # corpus-real-36/news-phs-quoc-hoi-giam-sat-luat-bao-ve-moi-truong-2020.txt
        "Tại Kỳ họp thứ 7, Quốc hội khóa XV đã thông qua Nghị quyết số 130/2024/QH15 về Chương trình giám sát của Quốc hội "
        "năm 2025, trong đó quyết định giám sát chuyên đề “Việc thực hiện chính sách, pháp luật về bảo vệ môi trường kể từ "
        "khi Luật Bảo vệ môi trường năm 2020 có hiệu lực thi hành” và Nghị quyết số 131/2024/QH15 về thành lập Đoàn giám "
        "sát chuyên đề này."
    )
    assert [r.relation for r in find_references(text) if r.code == "131/2024/QH15"] == ["cites"]
    text = (  # corpus-real-26/thads-tongcuc-baocao-kh-727-qd-tcthads-dean-kdtm-qd-17-qd-ttg-2023.txt
        "Trên cơ sở đó, ngày 27/7/2023, Tổng Cục trưởng Tổng cục THADS đã ký Quyết định số 727/QĐ-TCTHADS ban hành Kế "
        "hoạch thực hiện Đề án “Nâng cao chất lượng, hiệu quả công tác thi hành án dân sự đối với các bản án, quyết định "
        "kinh doanh, thương mại giai đoạn 2023-2028” của Tổng cục Thi hành án dân sự (sau đây gọi là Kế hoạch số 727)."
    )
    assert [r.relation for r in find_references(text) if r.text == "Kế hoạch số 727"] == ["cites"]


def test_a_look_back_over_years_in_brackets_cites_what_was_carried_out():
    """ "Sau hơn 10 năm (2009-2019) thực hiện Kết luận số 53-KL/TW …" (corpus-real-36/news-kontumtv-chinh-phu-nghi-quyet-
    34-nqcp-an-ninh-luong-thuc-2021.txt): a look back as without the years (2 of 2 on dev pages labelled cites)."""
    text = (
        "Sau hơn 10 năm (2009-2019) thực hiện Kết luận số 53-KL/TW của Bộ Chính trị (khóa X) về Đề án An ninh lương thực "
        "quốc gia đến năm 2020, Việt Nam đã đạt được những thành tựu quan trọng"
    )
    assert [(r.text, r.relation) for r in find_references(text)][:1] == [
        ("Kết luận số 53-KL/TW của Bộ Chính trị (khóa X)", "cites")
    ]


def test_the_document_that_carries_the_one_before_in_brackets_has_its_relation():
    """ "(được ban hành tại Nghị quyết số 08/NQ-CP … và Nghị quyết số 06/NQ-CP …)" right after the programme it carries
    (corpus-real-36/article-tapchimoitruong-giao-thong-van-tai-nghi-quyet-24-ket-luan-56-2023.txt): the cue that governs
    the programme governs the resolutions that carry it (vocabulary ``carried_in``; 3 of 3 dev mentions after "(tại",
    "(được ban hành tại" are labelled as the one before)."""
    text = (
        "Thực hiện Kết luận số 56-KL/TW ngày 23/8/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết Trung ương 7 "
        "khóa XI về chủ động ứng phó với biến đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường và "
        "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 24-NQ/TW (được ban hành tại Nghị quyết "
        "số 08/NQ-CP ngày 23/01/2014 và Nghị quyết số 06/NQ-CP ngày 21/1/2021), Bộ Giao thông vận tải (GTVT) đã xây "
        "dựng và ban hành các văn bản"
    )
    assert [(r.text, r.relation) for r in find_references(text)][2:] == [
        ("Chương trình hành động của Chính phủ", "implements"),
        ("Nghị quyết số 24-NQ/TW", "cites"),
        ("Nghị quyết số 08/NQ-CP ngày 23/01/2014", "implements"),
        ("Nghị quyết số 06/NQ-CP ngày 21/1/2021", "implements"),
    ]


def test_a_review_frame_stops_at_the_next_item_with_its_own_head():
    """ "báo cáo kết quả nổi bật trong thực hiện Nghị quyết Đại hội XII, một số nội dung cốt lõi trong Nghị quyết Đại hội
    XIII …" (corpus-real-28/news-baobinhduong-ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt, AUDIT-27 C4 n2): the
    review frame reviews the first item; the next item after the comma has its own head, the core content passed on,
    carried out."""
    text = (
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả nổi bật trong thực hiện Nghị quyết Đại hội XII, một số "
        "nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam về các chủ trương của Đảng"
    )
    assert [(r.text, r.relation) for r in find_references(text)] == [
        ("Nghị quyết Đại hội XII", "reviews"),
        ("Nghị quyết Đại hội XIII Công đoàn Việt Nam", "implements"),
    ]


def test_the_words_that_join_a_core_content_to_its_document_are_the_callers_lexicons():
    """ "… một số nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam" (corpus-real-28/news-baobinhduong-
    ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt): "trong" joins the core content to the document, vocabulary
    ``core_link`` of the caller's lexicon; a lexicon with "của" only does not read the core content there, and still
    reads it in "Nội dung trọng tâm, cốt lõi của Nghị quyết số 68-NQ/TW ngày 04/5/2025" (near miss, corpus-real-11/
    danguy-soxaydung-quangngai-quantriet-nq66-nq68-2025.txt)."""
    from lexicons import with_rows

    of_only = with_rows("core_link", "của")
    text = (
        "Tại hội nghị, các đại biểu đã nghe báo cáo kết quả nổi bật trong thực hiện Nghị quyết Đại hội XII, một số "
        "nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam về các chủ trương của Đảng"
    )
    assert [r.relation for r in find_references(text)] == ["reviews", "implements"]
    assert [r.relation for r in find_references(text, lexicon=of_only)][1] != "implements"
    core = 'Thủ tướng trình bày Chuyên đề "Nội dung trọng tâm, cốt lõi của Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị'
    assert [r.relation for r in find_references(core, lexicon=of_only)] == ["implements"]


@pytest.mark.parametrize(
    "text,surface,relation",
    [
        # a voter's petition: the premise of an argument, "thì …" (corpus-real-29/quochoi-bandannguyen-cutri-ubdt-traloi-
        # cv-583-2016.txt, AUDIT-27 C20)
        (
            "1. Cử tri tỉnh Bắc Kạn kiến nghị: Căn cứ theo Quyết định 2156/QĐ-TTg ngày 25/11/2010 thì “các xã thuộc vùng "
            "CT229 được thụ hưởng chương trình đầu tư và các chính sách của nhà nước”.",
            "Quyết định 2156/QĐ-TTg ngày 25/11/2010",
            "cites",
        ),
        # a report's narrative: what others did by it (corpus-real-27/bc-ubnd-giongtrom-2023-phattrienbenvung-bentre-
        # 123docz.txt, AUDIT-26 row 1)
        (
            "Ủy ban nhân dân huyện đã triển khai đến các ban, ngành, đoàn thể huyện và các xã, thị trấn. Căn cứ vào kế "
            "hoạch của\nỦy ban nhân dân huyện, các ngành, xã đã chủ động xây dựng kế hoạch triển\nkhai thực hiện",
            "kế hoạch của\nỦy ban nhân dân huyện",
            "cites",
        ),
        # a flattened preamble stays a basis: the enacting body after it in the present (corpus-real/kh-225-twdtn-
        # thieunhi-2024.txt), a title's "đã được sửa đổi" (corpus-real-22/hoi-pl-27-2005-pl-ubtvqh11-cuuchienbinh-
        # phapluatcongdong.txt)
        (
            "chương trình công tác Đội và phong trào thiếu nhi năm học 2023 - 2024; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT "
            "ngày 28/2/2024 của Ban Bí thư Trung ương Đoàn về việc tổ chức chiến dịch thanh niên tình nguyện Hè năm 2024, "
            "Ban Bí thư Trung ương Đoàn ban hành kế hoạch",
            "Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024",
            "basis",
        ),
        # a legal answer's "Căn cứ X, <body> đã …" without the narrative's "vào"/"theo" (corpus-real-22/commune-tuvan-
        # nq-126-nq-cp-2025-34-hoso-dean-sapxep-capxa-totrinh-bnv.txt: labelled basis)
        (
            "Nghị quyết 126/NQ-CP: 34 hồ sơ đề án sáp nhập xã 2025 được thống nhất thông qua?\nCăn cứ Điều 1 Nghị quyết "
            "126/NQ-CP, Chính Phủ đã họp và thông qua 34 hồ sơ đề án sáp nhập xã",
            "Nghị quyết 126/NQ-CP",
            "basis",
        ),
        (
            "Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị "
            "quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001;",
            "Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992",
            "basis",
        ),
    ],
)
def test_a_narratives_basis_cue_cites(text, surface, relation):
    """ "Căn cứ (theo, vào) X" inside a narrative that goes on with its own clause after X ("thì …"; after "Căn cứ vào",
    ", các ngành, xã đã …") cites X (Grammar.basis_argued, basis_narrated); a preamble's basis stays one."""
    assert [r.relation for r in find_references(text) if r.text.startswith(surface[:20])][-1:] == [relation]


def test_a_title_restated_after_a_comma_is_the_documents():
    """ "… đã ban hành Quy định số 24-QĐ/TW, Quy định thi hành Điều lệ Đảng …" and "… Hướng dẫn số 01-HD/TW, hướng dẫn
    một số vấn đề cụ thể thi hành Điều lệ Đảng." (corpus-real-30/tin-dang-uy-catw-quan-triet-qd-24-hd-01-2021.txt): after
    the comma the title is re-stated (the type word repeated, in capitals or not), so "thi hành" is what the regulation
    and the guide do and the Statute named there is cited, as without the comma. A comma before another head ("góp phần
    thực hiện") still ends the title: the plan's purpose is the citing body's."""
    text = (
        "Ngày 30/7/2021, Ban Chấp hành Trung ương Đảng khoá XIII đã ban hành Quy định số 24-QĐ/TW, Quy định thi hành Điều "
        "lệ Đảng và có hiệu lực thi hành từ ngày ký. Ngày 28/9/2021, Ban Bí thư Trung ương Đảng khoá XIII cũng đã ban "
        "hành Hướng dẫn số 01-HD/TW, hướng dẫn một số vấn đề cụ thể thi hành Điều lệ Đảng."
    )
    assert [(r.text, r.relation) for r in find_references(text)] == [
        ("Quy định số 24-QĐ/TW", "cites"),
        ("Điều lệ Đảng", "cites"),
        ("Hướng dẫn số 01-HD/TW", "cites"),
        ("Điều lệ Đảng", "cites"),
    ]
    text = (  # (corpus-real-28/news-ctu-trienkhai-vanban-daihoi-ct-35-2024-cantho.txt: what the guide and the plan do)
        "2. Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương Đảng, cung cấp chi tiết hướng dẫn thực hiện "
        "Chỉ thị số 35-CT/TW.\n3. Kế hoạch số 329-KH/TU ngày 16/9/2024 của Thành ủy Cần Thơ, định hướng cụ thể việc triển "
        "khai Chỉ thị số 35-CT/TW tại địa phương."
    )
    assert [r.relation for r in find_references(text)][1::2] == ["cites", "cites"]
    text = "Đảng ủy triển khai Kế hoạch số 12-KH/ĐU, góp phần thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng."
    assert [r.relation for r in find_references(text)] == ["implements", "implements"]


#: corpus-real-30/kh-711-kh-ubnd-2023-backan-ky-sinh-trung.txt (dev30): the plan's grounds under a section heading with no
#: colon, wrapped in capitals, a sub-heading between it and the list
_GROUNDS_HEADING = (
    "KẾ HOẠCH\nPHÂN VÙNG DỊCH TỄ BỆNH KÝ SINH TRÙNG THƯỜNG GẶP TẠI TỈNH BẮC\nKẠN GIAI ĐOẠN 2023-2025\nI. CĂN CỨ\n"
    "XÂY DỰNG KẾ HOẠCH\n1. Các văn bản chỉ đạo\n- Luật Phòng chống bệnh truyền\nnhiễm ngày 21 tháng 11 năm 2007;\n"
    "- Nghị quyết số 20-NQ/TW ngày\n25/10/2017 của Hội nghị lần thứ 6, Ban Chấp hành Trung ương khoá XII về tăng cường\n"
    "công tác bảo vệ, chăm sóc, nâng cao sức khoẻ nhân dân trong tình hình mới;\n- Quyết định số 122/QĐ-TTg ngày\n"
    "10/01/2013 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia bảo vệ, chăm\nsóc và nâng cao sức khoẻ nhân dân "
    "giai đoạn 2011-2020, tầm nhìn đến năm 2030;\n"
)


def test_a_grounds_heading_over_a_list_makes_each_item_a_basis():
    """A section heading (the section tree's :func:`vanban.structure.heading`) introduces the list under it as a line
    ending with ":" does; only its grounds ("CĂN CỨ") govern the items, and the heading's last word with the next line's
    section number ("KẾ HOẠCH⏎1. Các văn bản chỉ đạo") is no document. A heading that names the section's work ("III. TỔ
    CHỨC THỰC HIỆN") gives its items nothing."""
    got = [(r.text.split()[0], r.relation) for r in find_references(_GROUNDS_HEADING)]
    assert got[:3] == [("Luật", "basis"), ("Nghị", "basis"), ("Quyết", "basis")]
    one_line = _GROUNDS_HEADING.replace("CĂN CỨ\nXÂY", "CĂN CỨ XÂY").replace("\n1. Các văn bản chỉ đạo", "")
    assert [r.relation for r in find_references(one_line)][:3] == ["basis"] * 3
    text = "III. TỔ CHỨC THỰC HIỆN\n- Kế hoạch số 12-KH/TU ngày 01/02/2020 của Tỉnh ủy;"
    assert [r.relation for r in find_references(text)] == ["cites"]


def test_a_line_that_opens_a_sentence_with_a_cue_ends_the_subject_before_it():
    """A lead's sentence without a full stop ends at its line: the next line opening with a cue ("Theo đó, thực hiện")
    governs what follows, no subject of the document before runs on into it (corpus-real-36/news-dangdoan-monre-ke-
    hoach-tong-ket-10-nam-nghi-quyet-24-nqtw-2023.txt, dev36: both programmes labelled implements)."""
    text = (
        "Ngày 19/7/2023, Ban Cán sự Đảng Bộ TN&MT có Văn bản số 528-KH/BCSĐNMT về ban hành Kế hoạch tổng kết 10 năm thực "
        "hiện Nghị quyết số 24-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về chủ động ứng phó với biến "
        "đổi khí hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường\nTheo đó, thực hiện Chương trình của Bộ Chính "
        "trị, Ban Bí thư năm 2023 và Chương trình làm việc của Bộ Chính trị, Ban Bí thư từ cuối tháng 5/2023 đến hết năm "
        "2023, Ban Cán sự Đảng Bộ TN&MT ban hành Kế hoạch"
    )
    got = [r for r in find_references(text) if r.text.startswith("Chương trình")]
    assert [(r.relation, r.trigger) for r in got] == [("implements", "thực hiện")] * 2
    nq = next(r for r in find_references(text) if r.code == "24-NQ/TW")
    assert text[slice(*nq.subject_span)].endswith("bảo vệ môi trường")


def test_a_clause_opened_by_a_comrade_ends_the_subject_before_it():
    """ ", đồng chí <Name> …" opens a clause (vocabulary ``clause_person``): the subject of the resolution before it ends
    there, and the cue of that clause ("quán triệt") governs its documents, the item after ";" too (corpus-real-30/tin-
    dang-uy-quan-su-dongnai-quy-1-2014.txt, dev30)."""
    text = (
        "Sau khi nghe đại tá Dương Hòa Hiệp, Chính ủy Bộ chỉ huy quân sự tỉnh báo cáo những thành tựu nổi bật của tỉnh "
        "trong việc triển khai thực hiện Nghị quyết của Đảng bộ quân sự tỉnh về nhiệm vụ quân sự- quốc phòng qúy 1 năm "
        "2014, đồng chí Trần Đình Thành lưu ý các cấp ủy Đảng trong Đảng bộ quân sự tỉnh trong quá trình triển khai thực "
        "hiện nhiệm vụ quân sự- quốc phòng cần phải quán triệt đầy đủ tinh thần Nghị quyết Trung ương 8, Khóa XI về "
        '"Chiến lược bảo vệ Tổ quốc trong tình hình mới" và các chủ trương, Nghị định của Chính phủ; Nghị quyết của Đảng '
        "ủy Quân Khu 7 về xây dựng nền quốc phòng toàn dân, xây dựng khu vực phòng thủ vững chắc."
    )
    got = find_references(text)
    assert got[0].subject == "nhiệm vụ quân sự- quốc phòng qúy 1 năm 2014"
    assert (got[1].relation, got[1].trigger) == ("implements", "quán triệt")
    assert (got[-1].text, got[-1].relation) == ("Nghị quyết của Đảng ủy Quân Khu 7", "implements")


def test_the_item_after_a_document_another_item_issues_takes_the_lists_cue():
    """A document the item before issues ("<reference> … ban hành Chương trình hành động của Chính phủ") hangs in that
    item's title, cited, so the next item after ";" is the cue's object as the first is (corpus-real-25/kh-44-kh-ubnd-
    2014-tuyenquang-nq-29-nq-tw-giaoduc-hethongphapluat.txt, dev25; corpus-real-31/kh-344-kh-ubnd-2025-bacninh-nq-57-nq-
    tw.txt, dev31: labelled implements, the issued programme cites)."""
    text = (
        "Thực hiện Nghị quyết số 44/NQ-CP ngày 09/6/2014 của Chính phủ ban hành Chương trình hành động của Chính phủ; "
        "Chương trình hành động số 35-CTr/TU ngày 15/01/2014 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW "
        "ngày 04/11/2013 Hội nghị lần thứ Tám Ban Chấp hành Trung ương Đảng (khóa XI)"
    )
    assert [r.relation for r in find_references(text)] == ["implements", "cites", "implements", "cites"]


@pytest.mark.parametrize(
    "text, surface",
    [
        # corpus-real-48/doc-hethongphapluat-kh105-kh-ubnd-vinhphuc-trat-tu-an-toan-giao-thong-2025.txt (dev48): the
        # signer's name after the issuer
        (
            "Thực hiện Chỉ thị số 35/CT-TTg ngày 17/9/2025 của Thủ tướng Chính phủ xử lý cán bộ, công chức, viên chức và "
            "chiến sỹ trong lực lượng vũ trang vi phạm quy định về điều khiển phương tiện tham giao thông mà trong máu "
            "hoặc hơi thở có nồng độ cồn, Văn bản số 227/TTg-CN ngày 27/02/2025 của Thủ tướng Chính phủ Trần Hồng Hà về "
            "việc bảo đảm trật tự an toàn giao thông năm 2025, Kế hoạch số 64/KH-UBATGTQG ngày 28/02/2025 của ủy ban An "
            "toàn giao thông Quốc gia về kế hoạch các hoạt động của ủy ban An toàn giao thông Quốc gia năm 2025",
            "Kế hoạch số 64/KH-UBATGTQG ngày 28/02/2025",
        ),
        # corpus-real-53/doc-vanbanphapluat-kh208-kh-ubnd-hanoi-nguoi-tam-than-2014.txt (dev53): a scheme the title
        # names after its carry word
        (
            "Thực hiện Quyết định số 1215/QĐ-TTg ngày 22/7/2011 của Thủ tướng Chính phủ về phê duyệt Đề án trợ giúp xã "
            "hội và phục hồi chức năng cho người tâm thần, người rối nhiễu tâm trí dựa vào cộng đồng giai đoạn 2011- "
            "2020; Thông tư liên tịch số 115/TTLT-BTC-BLĐTBXH ngày 18/7/2012 của liên Bộ: Lao động Thương binh và Xã "
            "hội - Tài chính quy định quản lý và sử dụng kinh phí thực hiện Đề án trợ giúp xã hội và phục hồi chức năng "
            "cho người tâm thần, người rối nhiễu tâm trí dựa vào cộng đồng giai đoạn 2011 - 2020; Công văn số "
            "3346/LĐTBXH-BTXH ngày 05/10/2011 của Bộ Lao động Thương binh và Xã hội về việc triển khai Đề án",
            "Công văn số 3346/LĐTBXH-BTXH ngày 05/10/2011 của Bộ Lao động Thương binh và Xã hội",
        ),
        # corpus-real-62/party-dukcq-thainguyen-hd29-hd-duk-dan-van-kheo-2024.txt (dev62): a short name over a line break
        (
            "Thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “Tăng cường "
            "và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới”; Kế hoạch số 30-KH/ĐUK, ngày "
            "12/7/2021 của Ban Thường vụ Đảng ủy Khối về triển khai thực hiện Đề án số 05- ĐA/TU, ngày 09/4/2021 của "
            "Tỉnh ủy Thái Nguyên về “Tăng cường công tác dân vận của Đảng bộ tỉnh Thái Nguyên giai đoạn 2021 - 2025” "
            "(sau đây viết tắt là\nĐề án số 05-ĐA/TU); Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của\nỦy ban nhân "
            "dân tỉnh về ban hành Quy định thi đua, khen thưởng phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh",
            "Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 của\nỦy ban nhân dân tỉnh",
        ),
    ],
)
def test_the_next_numbered_item_of_a_carry_list_goes_on_past_what_the_title_before_it_holds(text, surface):
    """The next numbered, dated item of "Thực hiện A, B; C" is the cue's object whatever the title before it ends with
    (relate ``_next_listed``): each labelled ``implements``, vanban ``cites`` without the rule."""
    got = next(r for r in find_references(text) if r.text == surface)
    assert (got.relation, got.trigger) == ("implements", "Thực hiện")


@pytest.mark.parametrize(
    "text, surface",
    [
        # corpus-real-2/hu-phuninh-quangnam-kh-176-2019.txt (dev)
        (
            "Hội nghị đã quán triệt Chỉ thị số 45 ngày 31.7.2019 của Ban Thường vụ Tỉnh ủy về tổ chức Đại hội Đảng bộ các "
            "cấp tiến tới Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII, nhiệm kỳ 2020 - 2025; nội dung Kế hoạch số "
            "176 ngày 26.8.2019 của Ban Thường vụ Huyện ủy Phú Ninh về triển khai đại hội các chi bộ",
            "Kế hoạch số 176 ngày 26.8.2019 của Ban Thường vụ Huyện ủy Phú Ninh",
        ),
        # corpus-real-32/kh-57-kh-ubnd-2020-quangngai-kinh-te-bien-nq-36-hethongphapluat.txt (dev32)
        (
            "1.Triển khai kịp thời, có hiệu quả các quan điểm chỉ đạo và định hướng được xác định tại Nghị quyết số "
            "36-NQ/TW của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII; các nội dung, giải pháp tại Nghị "
            "quyết số 26/NQ-CP của Chính phủ.",
            "Nghị quyết số 26/NQ-CP của Chính phủ",
        ),
    ],
)
def test_the_contents_of_a_document_heading_the_next_item_after_a_semicolon_take_the_lists_cue(text, surface):
    """The contents a document set (vocabulary ``set_target_noun``: "nội dung", "giải pháp") heading the next item of a
    cue's list after ";" name its document as the item (:attr:`Grammar.listed_lead`), which the list's cue governs: both
    dev forms are labelled implements."""
    got = {r.text: r.relation for r in find_references(text)}
    assert got[surface] == "implements"


def test_the_contents_heading_the_next_item_are_read_with_the_letters_an_encoding_error_drops():
    """ "; ni dung K hoch s 176" (the first of the dev sentences above with its letters with diacritics dropped)."""
    text = (
        "Hi ngh đ qun trit Ch th s 45 ngy 31.7.2019 ca Ban Thng v Tnh y v t chc Đi hi Đng b cc cp tin ti Đi hi đi "
        "biu Đng b tnh Qung Nam ln th XXII, nhim k 2020 - 2025; ni dung K hoch s 176 ngy 26.8.2019 ca Ban Thng v Huyn "
        "y Ph Ninh v trin khai đi hi cc chi b"
    )
    assert [r.relation for r in find_references(text)] == ["implements", "implements"]


def _relations_at(folder: str, page: str, surfaces) -> dict:
    """The relation and cue of the reference of a fixture page that holds each surface's first occurrence."""
    from paths import ROOT

    text = (ROOT / "tests" / "fixtures" / folder / page).read_text(encoding="utf-8")
    refs = find_references(text)
    got = {}
    for surface in surfaces:
        at = text.index(surface)
        (r,) = [r for r in refs if r.start <= at < r.end]
        got[surface] = (r.relation, r.trigger)
    return got


@pytest.mark.parametrize(
    "folder, page, surfaces",
    [
        # "…; tuyên truyền về vai trò lãnh đạo của Đảng, thành tựu của đất nước, về khối đại đoàn kết toàn dân tộc gắn
        # kết chặt chẽ với tinh thần Nghị quyết Đại hội XIII của Đảng; Chỉ thị số 12-CT/TW …; Kế hoạch số 60-KH/TU …"
        (
            "corpus-real-40",
            "news-baohungyen-mttq-ke-hoach-thong-tin-doi-ngoai-ct12-2022.txt",
            ("Nghị quyết Đại hội XIII của Đảng; Chỉ", "Chỉ thị số 12-CT/TW", "Kế hoạch số 60-KH/TU"),
        ),
        # "Đảng ủy cơ sở Công ty đã tổ chức triển khai, quán triệt đầy đủ, sâu sắc đến cấp ủy, chi bộ và toàn thể đảng
        # viên thông qua họp cấp ủy, sinh hoạt lệ chi bộ, các nội dung tại Công văn số 611-CV/TU …; Công văn số
        # 1265-CV/BTCTU …, Công văn số 671-CV/ĐUK …"
        (
            "corpus-real-21",
            "enterprise-xsktdongthap-daihoi-chibo-cv-611-cv-tu-kh-17-2022.txt",
            ("Công văn số 611-CV/TU", "Công văn số 1265-CV/BTCTU", "Công văn số 671-CV/ĐUK"),
        ),
        # "- Thực hiện đầy đủ các nguyên tắc,⏎các quy định về phạm vi, đối tượng, trình tự thủ tục theo dõi, kiểm tra
        # được⏎quy định tại Nghị định số 59/2012/NĐ-CP"
        (
            "corpus-real-46",
            "doc-thuvienphapluat-kh283-kh-ubnd-angiang-tin-nguong-ton-giao-2022.txt",
            ("Nghị định số 59/2012/NĐ-CP ngày 23/7/2012 của Chính phủ về theo",),
        ),
    ],
)
def test_a_carry_cue_reaches_its_document_past_a_long_object_phrase(folder, page, surfaces):
    """A carry cue of the clause 100 to 150 characters before a document no nearer cue governs, the words between its
    object phrase, governs it, and the list it heads (``relate._cue_further_back``): each labelled ``implements``
    (12 dev rows on 7 pages of 7 corpus sets)."""
    for surface, (relation, cue) in _relations_at(folder, page, surfaces).items():
        assert relation == "implements", (surface, relation, cue)


@pytest.mark.parametrize(
    "folder, page, surface",
    [
        # "Các cơ quan báo chí tập trung tuyên truyền văn bản của Thủ tướng đồng ý áp dụng biện pháp giãn cách xã hội
        # trên phạm vi toàn tỉnh, thành phố theo quy định tại Chỉ thị số 16/CT-TTg"
        ("corpus-real-41", "news-thtg-tiengiang-ban-tin-covid-ct16-2021.txt", "Chỉ thị số 16/CT-TTg"),
        # "tuyên truyền rộng rãi trong các tầng lớp nhân dân về các chủ trương, quan điểm của Đảng được đề ra trong các
        # Nghị quyết, kết luận Hội nghị Trung ương 10 và Nghị quyết 37" (the owners' page)
        ("corpus-real", "hu-sontinh-quangngai-kh-79-2015.txt", "Nghị quyết 37;"),
        # "Để triển khai thực hiện một trong ba khâu đột phá là: “…” đề ra trong Nghị quyết Đại hội đại biểu Đảng bộ tỉnh
        # Tuyên Quang lần thứ XVI"
        (
            "corpus-real-16",
            "department-snn-tuyenquang-nq-chuyende-nongnghiep-hanghoa.txt",
            "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVI",
        ),
        # a basis cue's objects stand on its own line: "Căn cứ thực trạng về phát triển khoa học công nghệ và đổi mới sáng
        # tạo trên địa bàn tỉnh⏎Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 18/TTr-KHCN"
        (
            "corpus-real-43",
            "doc-hethongphapluat-qd669-qd-ubnd-vinhphuc-chi-thi-36-ct-tu-khcn-2023.txt",
            "Tờ trình số 18/TTr-KHCN",
        ),
    ],
)
def test_a_document_named_as_the_source_of_a_rule_or_goal_is_not_reached_by_a_cue_further_back(folder, page, surface):
    """Where the words between name the document as the source of a rule or a goal (vocabulary ``source_lead``: "theo
    quy định tại", "đề ra trong"), or the cue further back is a basis cue, it does not reach the document: each
    labelled ``cites``. (These guard the rule's limits: they fail when its source words or its carry-only test are
    removed, and pass without the rule.)"""
    ((relation, cue),) = _relations_at(folder, page, (surface,)).values()
    assert relation == "cites", (surface, relation, cue)


@pytest.mark.parametrize(
    "text, surface, relation",
    [
        # a meeting's theme (vocabulary quoted_theme; corpus-real-30/tin-lanh-dao-tphcm-doi-thoai-hoi-lhpn-2023.txt)
        (
            "Với chủ đề “Đồng hành cùng tổ chức Hội để triển khai hiệu quả các chương trình, công trình trọng điểm của "
            "Nghị quyết Đại hội Phụ nữ thành phố lần thứ XI, nhiệm kỳ 2021-2026”, Chủ tịch Hội LHPN TPHCM Nguyễn Trần "
            "Phượng Trân cho biết",
            "Nghị quyết Đại hội Phụ nữ thành phố lần thứ XI",
            "cites",
        ),
        # another document's words after ":" (corpus-real-26/ethnic-tapchicongthuong-giamngheo-khmer-…, dev26)
        (
            "Nghị quyết số 15-NQ/TW, ngày 1/6/2012 của Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa XI đã khẳng "
            "định: “Ðẩy mạnh việc triển khai thực hiện Chương trình Mục tiêu Quốc gia về giảm nghèo bền vững”",
            "Chương trình Mục tiêu Quốc gia về giảm nghèo",
            "cites",
        ),
        # a movement named by its slogan carries the document out (corpus-real-7/news-ntmtuyenquang-laocai-thidua-nq10-
        # tu-2024.txt, dev7: labelled implements)
        (
            "UBND tỉnh Lào Cai đã tổ chức Lễ ra quân phát động Phong trào thi đua “Chung sức xây dựng nông thôn mới” và "
            "Phong trào thi đua “Thực hiện Nghị quyết số 10-NQ/TU ngày 26/8/2021 của Ban Chấp hành Đảng bộ tỉnh”",
            "Nghị quyết số 10-NQ/TU",
            "implements",
        ),
    ],
)
def test_a_cue_inside_a_quotation_of_anothers_words_gives_no_relation(text, surface, relation):
    """A cue inside a quotation still open at the reference, after ":", in lower case, after a type word or a theme
    (:func:`vanban.references.relate._cue_quoted`), is another's: the document is cited (AUDIT-28 C6)."""
    assert [r.relation for r in find_references(text) if r.text.startswith(surface)] == [relation]


def test_a_document_amended_and_updated_in_a_cited_title_is_cited():
    """ "<document> sửa đổi, bổ sung cập nhật <document>" (vocabulary trigger): the amended programme is named in the
    resolution's title, nested and cited, as after "sửa đổi, bổ sung" alone (53 of the 55 documents after "<document>
    sửa đổi, bổ sung" on dev pages are labelled cites); the resolution itself is the third item of the "Thực hiện" list
    (corpus-real-31/kh-344-kh-ubnd-2025-bacninh-nq-57-nq-tw.txt, dev31, AUDIT-31 rows 17-18; the same title on
    corpus-real-30/kh-0280-kh-ubnd-2025-camau-chuyen-doi-so-2026.txt, dev30, AUDIT-28 row 7)."""
    text = (
        "Thực hiện Nghị quyết số 57-NQ/TW\nngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, "
        "đổi\nmới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 03/NQ-CP ngày 09/01/2025\ncủa Chính phủ ban hành "
        "Chương trình hành động của Chính phủ thực hiện Nghị quyết\nsố 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
        "phá phát triển khoa học,\ncông nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 71/NQ-CP\nngày "
        "01/4/2025 Sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ\nthực hiện Nghị quyết số 57-NQ/TW ngày "
        "22/12/2024 của Bộ Chính trị về đột phá\nphát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia."
    )
    assert [(r.code or r.text, r.relation) for r in find_references(text)] == [
        ("57-NQ/TW", "implements"),
        ("03/NQ-CP", "implements"),
        ("Chương trình hành động của Chính phủ", "cites"),
        ("57-NQ/TW", "cites"),
        ("71/NQ-CP", "implements"),
        ("Chương trình hành động của Chính phủ", "cites"),
        ("57-NQ/TW", "cites"),
    ]


def test_a_document_right_after_a_title_closed_by_its_cue_is_nested():
    """An unnumbered plan named with the cue of its title ("… của Chính phủ thực hiện", as labelled) and the document it
    carries out right after: that document is named in the plan's title, nested and cited, not governed by the list's
    "Thực hiện" (corpus-real-32/kh-57-kh-ubnd-2020-quangngai-kinh-te-bien-nq-36-hethongphapluat.txt, dev32, AUDIT-32 row
    4). The short name given after it is the resolution's, whose title ends there: the provincial plan after "và" is
    the list's next item (implements), not named in the resolution's title."""
    text = (
        "Thực hiện nội dung Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng "
        "khóa XII "
        "về Chiến lược phát triển bền vững kinh tế biển Việt Nam đến năm 2030, tầm nhìn đến năm 2045 (viết tắt là Nghị "
        "quyết số 36-NQ/TW của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII), Nghị quyết số 26/NQ-CP ngày "
        "05/3/2020 của Chính phủ ban hành Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số "
        "36-NQ/TW (viết tắt là Nghị quyết số 26/NQ-CP của Chính phủ) và Kế hoạch số 187-KH/TU ngày 24/4/2019 của Tỉnh ủy "
        "thực hiện Nghị quyết số 36-NQ/TW (viết tắt là Kế hoạch số 187-KH/TU của Tỉnh ủy), UBND tỉnh ban hành kế hoạch "
        "thực hiện giai đoạn 2021-2025 như sau:"
    )
    got = [(r.text, r.relation) for r in find_references(text)]
    assert ("Nghị quyết số 36-NQ/TW", "cites") == got[4]  # in the plan's title
    assert ("Kế hoạch số 187-KH/TU ngày 24/4/2019 của Tỉnh ủy", "implements") == got[6]


@pytest.mark.parametrize(
    "text, surface",
    [
        # the chapters a regulation carries out (corpus-real-24/central-hd-01-hd-ubkttw-2016-qd-30-qd-tw-kiemtra-edaily.txt)
        (
            "HƯỚNG DẪN\nThực hiện một số Điều trong Quy định số 30-QĐ/TW thi hành Chương VII và chương VIII Điều lệ Đảng\n"
            "về công tác kiểm tra, giám sát, kỷ luật của Đảng",
            "Điều lệ Đảng",
        ),
        # "một số điều trong" (corpus-real-24/central-thuvienphapluat-tin-qd-69-qd-tw-2022-kyluat-dang-hd-05-qd-264.txt)
        (
            "**Ngày 22/11/2022, Ủy ban kiểm tra Trung ương ban hành Hướng dẫn 05-HD/UBKTTW năm 2022 thực hiện một số điều "
            "trong Quy định 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm.",
            "Quy định 69-QĐ/TW",
        ),
    ],
)
def test_the_articles_a_cited_titles_cue_acts_on_keep_the_chain(text, surface):
    """The part of a document a cited title's cue acts on ("thi hành Chương VII và chương VIII", "thực hiện một số điều
    trong") stands between the cue and the document, which is named in that title and cited (Grammar.chain_gap), as
    the 55 other "<document> <cue> một số điều của / Điều N <document>" on dev pages, all labelled cites."""
    assert [r.relation for r in find_references(text) if r.text == surface] == ["cites"]


def test_a_cue_opening_a_cited_regulations_title_is_the_titles():
    """ "- Căn cứ Điều lệ Đảng và Quy định thi hành Điều lệ Đảng;" (corpus-real-33/news-baonghean-toan-van-quy-dinh-377-
    qdtw-2025.txt, dev33: the second "Điều lệ Đảng" labelled cites): "Quy định thi hành" is the title the Party gives its
    regulations implementing the Statute (vocabulary ``titled_cue``; AUDIT-33 C44: 3 such on all dev pages, the Statute
    after it labelled cites ×3); the cue is the title's. The citing document's own title line still carries it out."""
    text = "- Căn cứ Điều lệ Đảng và Quy định thi hành Điều lệ Đảng;\n\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương"
    assert [r.relation for r in find_references(text) if r.text == "Điều lệ Đảng"] == ["basis", "cites"]
    assert [r.relation for r in find_references("QUY ĐỊNH\nThi hành Điều lệ Đảng\n")] == ["implements"]
    assert [r.relation for r in find_references("Các chi bộ thi hành Điều lệ Đảng.")] == ["implements"]


@pytest.mark.parametrize(
    "text, surface",
    [
        # corpus-real-29/news-haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt (dev29, labelled cites)
        (
            "Qua đó, ngày 9/8/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình số 50-CTr/TU (Chương trình 50) thực "
            "hiện Nghị quyết Đại hội XIII của Đảng. Qua thời gian triển khai thực hiện, Ban Chấp hành Đảng bộ tỉnh tiếp tục "
            "nhận thấy một số nội dung của Chương trình 50 cần được cập nhật, bổ sung những chỉ đạo mới của Trung ương",
            "Chương trình 50",
        ),
        # corpus-real-39/article-hdll-xay-dung-xa-hoi-hoc-tap-de-an-89-ct11-2021.txt (dev39, labelled cites)
        ("Sau một thời gian thực hiện, Đề án 89 đã đạt được nhiều kết quả quan trọng.", "Đề án 89"),
        # corpus-real-34/article-baotintuc-bon-phan-cua-nguoi-neu-guong-quy-dinh-08-qdi-2018.txt (dev34, labelled cites)
        (
            "Với 8 điểm cần gương mẫu thực hiện, 8 điểm cần kiên quyết chống, Quy định số 08-QĐi/TW được đánh giá sát với "
            "thực tiễn cuộc sống",
            "Quy định số 08-QĐi/TW",
        ),
    ],
)
def test_a_cue_with_no_object_before_a_comma_and_a_clause_governs_nothing(text, surface):
    """A cue right before a comma and a capital or a number that opens the next clause has no object: it ends a clause
    of time or manner ("Qua thời gian triển khai thực hiện,", "Sau một thời gian thực hiện,"), and the references of the
    clause after it are cited (relate._opens_a_clause; 3 of 3 such on dev pages labelled cites)."""
    assert [r.relation for r in find_references(text) if r.text == surface][-1:] == ["cites"]


def test_a_verb_in_lower_case_after_a_cues_comma_goes_on_its_list():
    """ "được quán triệt, nghiên cứu các nghị quyết của Quân ủy Trung ương: Nghị quyết số 1661-NQ/QUTW …" (corpus-real-13/
    news-baothainguyen-du-qk1-quantriet-6nq-qutw-2023.txt, dev13, labelled implements): the comma joins two verbs of
    one list, the cue governs the resolutions."""
    text = (
        "Các đại biểu dự Hội nghị được quán triệt, nghiên cứu các nghị quyết của Quân ủy Trung ương: Nghị quyết số "
        "1661-NQ/QUTW ngày 20/12/2022 về lãnh đạo công tác tài chính đến năm 2030"
    )
    assert [r.relation for r in find_references(text)] == ["implements"]


def test_an_example_of_a_plural_a_carrying_cue_governs_is_carried_out():
    """ "nhất là", "trong đó trọng tâm là" name one of the documents a carrying cue governs in the plural, however long
    the plural's words (relate._example_of_a_plural): corpus-real-40/news-baobariavungtau-tong-ket-10-nam-ct47-pccc-2025.txt
    and corpus-real-14/news-baomoi-mttq-tw-hdtv-vanhoa-xahoi-nq43-nq42-2024.txt (dev40, dev14), all labelled implements,
    as the 5 such within a cue's reach on dev pages."""
    text = (
        "triển khai đầy đủ, có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác PCCC và "
        "CNCH, nhất là Chỉ thị số 47 và Kết luận số 02 của Ban Bí thư; Chỉ thị số 39 của Ban Thường vụ Tỉnh ủy về “Tăng "
        "cường sự lãnh đạo của Đảng đối với công tác PCCC và CNCH”."
    )
    assert [r.relation for r in find_references(text)] == ["implements"] * 3
    text = (
        "trong 4 tháng đầu năm 2024, Mặt trận các cấp đã tổ chức quán triệt, triển khai các chỉ thị, nghị quyết của Trung "
        "ương, trong đó trọng tâm là 2 Nghị quyết: Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương "
        "Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc"
    )
    assert [r.relation for r in find_references(text)] == ["implements"]


def test_an_example_of_a_plural_is_named_by_a_core_qualifier_of_the_callers_lexicon():
    """ "… triển khai các chỉ thị, nghị quyết của Trung ương, trong đó trọng tâm là 2 Nghị quyết: Nghị quyết số 43-NQ/TW
    …" (corpus-real-14/news-baomoi-mttq-tw-hdtv-vanhoa-xahoi-nq43-nq42-2024.txt, dev14): the qualifier after "trong đó"
    is vocabulary ``core_qualifier`` of the lexicon the caller passes; one without "trọng tâm" reads no example there
    (the cue's reach ends before the plural's words: cites), one with a row of its own ("then chốt") reads that."""
    from lexicons import with_rows

    text = (
        "trong 4 tháng đầu năm 2024, Mặt trận các cấp đã tổ chức quán triệt, triển khai các chỉ thị, nghị quyết của Trung "
        "ương, trong đó {} là 2 Nghị quyết: Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương "
        "Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc"
    )
    key = with_rows("core_qualifier", "then chốt")
    assert [r.relation for r in find_references(text.format("trọng tâm"), lexicon=key)] == ["cites"]
    assert [r.relation for r in find_references(text.format("then chốt"), lexicon=key)] == ["implements"]
    assert [r.relation for r in find_references(text.format("chủ yếu"))] == ["implements"]
    # near miss: a word that is no qualifier between "trong đó" and "là"
    assert [r.relation for r in find_references(text.format("đáng chú ý"))] == ["cites"]


def test_an_example_of_a_plural_no_carrying_cue_governs_is_cited():
    """ "… nhiều nội dung của Chương trình số 07-CTr/TU cần được điều chỉnh, bổ sung cho phù hợp với tình hình của địa
    phương và các văn bản chỉ đạo của Trung ương, đặc biệt là Nghị quyết Đại hội XIII của Đảng" (corpus-real-29/news-
    haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt, dev29, labelled cites): the plural is no carrying cue's object."""
    text = (
        "Sau gần một năm thực hiện, từ thực tiễn, Ban Chấp hành Đảng bộ tỉnh nhận thấy có nhiều nội dung của Chương trình "
        "số 07-CTr/TU cần được điều chỉnh, bổ sung cho phù hợp với tình hình của địa phương và các văn bản chỉ đạo của "
        "Trung ương, đặc biệt là Nghị quyết Đại hội XIII của Đảng."
    )
    assert [r.relation for r in find_references(text) if r.text.startswith("Nghị quyết")] == ["cites"]


@pytest.mark.parametrize(
    "text, surface",
    [
        # corpus-real-36/news-phs-quoc-hoi-giam-sat-luat-bao-ve-moi-truong-2020.txt (dev36, labelled cites)
        (
            "Quốc hội nghe Tổng Thư ký Quốc hội, Chủ nhiệm Văn phòng Quốc hội Lê Quang Mạnh trình bày kết quả giám sát “Việc "
            "thực hiện chính sách, pháp luật về bảo vệ môi trường kể từ khi Luật Bảo vệ môi trường năm 2020 có hiệu lực thi "
            "hành”.",
            "Luật Bảo vệ môi trường năm 2020",
        ),
        # corpus-real-40/news-tcdcpl-su-can-thiet-ban-hanh-ct32-pbgdpl.txt (dev40, labelled cites)
        (
            "Thực tiễn đòi hỏi cần có một kế hoạch, một chương trình tổng thể về công tác phổ biến, giáo dục pháp luật để "
            "đáp ứng yêu cầu của tình hình mới, nhất là từ khi Hiến pháp năm 1992 được thông qua.",
            "Hiến pháp năm 1992",
        ),
    ],
)
def test_the_subject_of_a_clause_of_time_is_cited(text, surface):
    """A reference right after "khi" ("kể từ khi", "từ khi") is the subject of a clause of time, not the object of the cue
    before it (relate._when_clause; the 6 references right after "khi" on dev pages are labelled cites)."""
    assert [r.relation for r in find_references(text) if r.text == surface] == ["cites"]


def test_a_cue_after_khi_still_governs_its_object():
    """ "gặp khó khi thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới" (corpus-real-19/xa-dongthanh-
    vinhlong-thvl-ntm-nangcao-ctmtqg-2022.txt, dev19, labelled implements): "khi" opens the clause of the cue, whose
    object the programme is."""
    text = (
        "Năm 2022, hầu hết các địa phương trong tỉnh Vĩnh Long gặp khó khi thực hiện chương trình mục tiêu quốc gia xây "
        "dựng nông thôn mới theo Bộ tiêu chí giai đoạn 2021-2025"
    )
    assert [r.relation for r in find_references(text)][:1] == ["implements"]


def test_a_change_reported_on_a_page_without_its_own_document_is_cited():
    # a news item reports another body's change and amends nothing (relate._reported_change): cites, as the 10 such rows
    # of the dev pages are labelled (corpus-real-41/news-thanhnien-sua-quy-dinh-89-214-124-tieu-chuan-chuc-danh-….txt,
    # corpus-real-31/tin-hdnd-baclieu-ky-hop-thu-11-thong-qua-7-nghi-quyet-2019.txt)
    text = (
        "Ngày 29.8, Văn phòng T.Ư Đảng có thông báo kết luận phiên họp Bộ Chính trị, Ban Bí thư ngày 29.8 về sửa đổi, "
        "bổ sung các Quy định số 89-QĐ/TW ngày 4.8.2017 về khung tiêu chuẩn chức danh, định hướng khung tiêu chí đánh giá "
        "cán bộ lãnh đạo, quản lý các cấp; Quy định số 214-QĐ/TW ngày 2.1.2020 về khung tiêu chuẩn chức danh"
    )
    assert _coded_relations(text) == [("89-QĐ/TW", "cites"), ("214-QĐ/TW", "cites")]
    text = (
        "Sau khi thảo luận kỹ, các đại biểu đã thống nhất biểu quyết thông qua 7 nghị quyết trên các lĩnh vực: Sửa đổi, "
        "bổ sung Nghị quyết số 21/2013/NQ-HĐND về thông qua Chương trình phát triển nhà ở tỉnh Bạc Liêu đến năm 2020"
    )
    assert _coded_relations(text) == [("21/2013/NQ-HĐND", "cites")]
    # near misses: the text's own change (its document named, an enacting item, the items announced) amends
    own = "Quy định này sửa đổi, bổ sung Quy định số 89-QĐ/TW ngày 4.8.2017 về khung tiêu chuẩn chức danh"
    assert _coded_relations(own) == [("89-QĐ/TW", "amends")]
    assert _coded_relations("Điều 1. Sửa đổi, bổ sung Nghị quyết số 21/2013/NQ-HĐND về thông qua Chương trình") == [
        ("21/2013/NQ-HĐND", "amends")
    ]
    assert _coded_relations("Bộ Chính trị sửa đổi, bổ sung Quy định số 89-QĐ/TW ngày 4.8.2017 như sau:") == [
        ("89-QĐ/TW", "amends")
    ]


def test_the_document_an_opinion_is_written_in_after_tren_co_so_is_cited():
    # "trên cơ sở <opinion> của X tại <document>": the opinion is the cue's object, the document where it is written
    # cited, as after "Theo đề nghị của X tại" (relate._on_the_ground; corpus-real-42/doc-hethongphapluat-kh1088-kh-ubnd-
    # quangngai-chien-luoc-dan-toc-2015.txt, labelled cites)
    text = (
        "trên cơ sở kết luận của Thường trực Tỉnh ủy tại Thông báo số 1057-TB/TU ngày 12/12/2014, ý kiến của Thường trực "
        "HĐND tỉnh tại Công văn số 427/HĐND-DT ngày 09/10/2014 và đề xuất của Ban Dân tộc tỉnh tại Tờ trình số 33/TTr-BDT "
        "ngày 13/02/2015, Chủ tịch UBND tỉnh ban hành Kế hoạch"
    )
    assert _coded_relations(text) == [("1057-TB/TU", "cites"), ("427/HĐND-DT", "cites"), ("33/TTr-BDT", "cites")]
    # near miss: the document itself after the cue is still its object, carried out by the act after the comma
    # (relate._on_the_ground, agreement DECISIONS D12: no label reads "trên cơ sở" as a basis)
    near = "Trên cơ sở Thông báo số 1057-TB/TU ngày 12/12/2014 của Thường trực Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch"
    assert [r.relation for r in find_references(near) if r.code] == ["implements"]


def test_a_span_of_years_after_a_semicolon_is_the_next_item_of_a_review():
    # "tổng kết 10 năm thực hiện X; 05 năm thực hiện Y": Y reviewed as X is (relate._next_span_reviewed;
    # corpus-real-41/news-vanninh-khanhhoa-tong-ket-10-nam-nq25-kl43-dan-van-2023.txt, labelled reviews)
    text = (
        "Ngày 10-8, Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban "
        "Chấp hành Trung ương Đảng; 05 năm thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư"
    )
    assert _coded_relations(OWN_REPORT + text) == [("25-NQ/TW", "reviews"), ("43-KL/TW", "reviews")]
    # (the news item's review is the district committee's: both cited, relabelled so by D48)
    assert _coded_relations(text) == [("25-NQ/TW", "cites"), ("43-KL/TW", "cites")]
    # near miss: after an item no review governs, the span is a look back (cites)
    near = "Ban Thường vụ đã ban hành Nghị quyết số 25-NQ/TW; 05 năm thực hiện Kết luận số 43-KL/TW, nhận thức được nâng lên"
    assert _coded_relations(near)[1] == ("43-KL/TW", "cites")


def test_the_owner_of_a_rule_an_implementing_cue_carries_out_is_cited():
    # "thực hiện (đúng) quy định của X": the cue's object is the rule, X its owner, cited (relate._object_of, vocabulary
    # owned_rule; OPEN-QUESTIONS A21: 3 cites, 1 basis on dev pages; corpus-real-36/qd-76-qdtw-2000-dang-vien-noi-cu-
    # tru-thuvienphapluat.txt, corpus-real-34/news-baonghean-quy-dinh-213-qdtw-dang-vien-noi-cu-tru-2020.txt)
    text = (
        "1- Đảng viên đang công tác ở các cơ quan, doanh nghiệp, đơn vị sự nghiệp vừa thực hiện đúng quy định của Điều lệ "
        "Đảng về sinh hoạt Đảng tại nơi làm việc"
    )
    assert [(r.text, r.relation) for r in find_references(text)] == [("Điều lệ Đảng", "cites")]
    # near misses: the document itself after the cue, and its core content (relate._core_passed_on), carried out
    assert [r.relation for r in find_references("Đảng viên vừa thực hiện đúng Điều lệ Đảng về sinh hoạt Đảng")] == ["implements"]
    near = "Đảng viên vừa thực hiện nội dung cốt lõi của Điều lệ Đảng về sinh hoạt Đảng"
    assert [r.relation for r in find_references(near)] == ["implements"]


def test_a_dated_clause_that_holds_an_event_reports_the_carrying_out():
    # "Thực hiện X, ngày D, <body> đã tổ chức hội nghị …": the page reports how X was carried out, implements
    # (relate._before_a_dated_act, grammar dated_event, vocabulary dated_event_verb; corpus-real-19/youth-myloc-namdinh-
    # huyendoan-soket-ctr-cong-tac-doan-2022.txt, corpus-real-37/kl-48-kltw-2009-thua-thien-hue-thuathienhue-gov.txt)
    text = (
        "Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022, ngày 24/6, Ban Thường vụ Huyện đoàn "
        "đã tổ chức hội nghị sơ kết công tác Đoàn"
    )
    assert [r.relation for r in find_references(text)] == ["implements"]
    # near miss: the dated clause issues another document, why another body acted then (cites; corpus-real-17/central-
    # lyluanchinhtri-brvt-dulich-nq-08-nq-tw-2018.txt), even with an event word in what it issues
    near = (
        "Cụ thể hóa nghị quyết Đại hội XII, ngày 16-1-2017, Bộ Chính trị ban hành Nghị quyết số 08-NQ/TW về việc tổ chức "
        "lại các đơn vị"
    )
    assert [(r.text, r.relation) for r in find_references(near)][0] == ("nghị quyết Đại hội XII", "cites")


def test_the_recent_time_before_a_cue_is_no_look_back():
    # "Thời gian qua, thực hiện X": the recent carrying out the page reports, implements (grammar _retro; corpus-real-22/
    # hoi-tapchinongthonmoi-hnd-ninhbinh-nq-27-nq-hndtw-dean-thucpham.txt, labelled implements)
    text = (
        "Thời gian qua, thực hiện Nghị quyết số 27-NQ/HNDTW ngày 29/6/2016 của Ban Thường vụ T.Ư Hội NDVN về “Tăng cường "
        "tuyên truyền, vận động nông dân sản xuất”, Hội Nông dân tỉnh đã đạt nhiều kết quả"
    )
    assert _coded_relations(text) == [("27-NQ/HNDTW", "implements")]
    # near miss: "những năm qua" looks back over years, cited (corpus-real/ct-17-tu-yenbai.txt)
    near = "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư, các cấp ủy"
    assert _coded_relations(near) == [("100-KL/TW", "cites")]


def test_a_document_brought_into_practice_or_quickly_into_life_is_carried_out():
    # "đưa X vào thực tiễn", "đưa X nhanh chóng đi vào cuộc sống": as "đưa X vào cuộc sống", implements (vocabulary
    # into_life; corpus-real-21/department-baohatinh-nganh-yte-nq-72-nq-tw-2026.txt, corpus-real-21/army-qdnd-sudoan-968-
    # quantriet-nq-tw8-khoa-xiii-kl-59-kl-tw-2023.txt, both labelled implements)
    assert [r.relation for r in find_references("Đưa NQ 72-NQ/TW vào thực tiễn: Giải pháp của ngành y tế Hà Tĩnh")] == [
        "implements"
    ]
    text = "góp phần đưa Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII nhanh chóng đi vào cuộc sống."
    assert [r.relation for r in find_references(text)] == ["implements"]
    # near miss: what a document brings into practice is not it ("Nghị quyết 72 đưa khoa học vào thực tiễn")
    assert [r.relation for r in find_references("Nghị quyết số 72-NQ/TW đưa khoa học vào thực tiễn")] == ["cites"]


def test_a_span_of_years_in_words_is_read_by_the_lexicons_count_words():
    # "…; 05 năm thực hiện Kết luận số 43-KL/TW" (corpus-real-41/news-vanninh-khanhhoa-tong-ket-10-nam-nq25-kl43-dan-van-
    # 2023.txt) with its span in words ("năm năm", as "sơ kết năm năm"): the words are vocabulary count_word
    # (Grammar.span_lead), so a lexicon with the row "sáu" reads "sáu năm" too, the bundled one does not
    from vanban.facts import Lexicon
    from vanban.facts.tables import Word

    text = (
        "Ngày 10-8, Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban "
        "Chấp hành Trung ương Đảng; năm năm thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư"
    )
    base = Lexicon.default()
    more = Lexicon(
        base.doc_types, base.issuer_rows, base.terms, base.registry, (*base.vocabulary, Word("count_word", "sáu", "6", ""))
    )
    for lex, six in ((base, False), (more, True)):
        for span, reviewed in (("năm năm", True), ("sáu năm", six)):
            page = OWN_REPORT + text.replace("năm năm", span)  # (a report's own review, D48)
            got = [(r.code, r.relation) for r in find_references(page, lexicon=lex) if r.code]
            assert got[0] == ("25-NQ/TW", "reviews") and (got[1] == ("43-KL/TW", "reviews")) is reviewed, (span, got)
    # near miss: a span of months is no span of years ("năm tháng thực hiện")
    got = [(r.code, r.relation) for r in find_references(text.replace("năm năm", "năm tháng")) if r.code]
    assert got[1] != ("43-KL/TW", "reviews"), got


#: "Căn cứ" items and the relations of their references (by code, or by text when they have none), each case the rule
#: it is for: relate._past_the_title, a document dated after the item listed after a law the item's title names
#: (corpus-real-25/tt-131-2018-tt-btc-sua-doi-tt-145-2013-dutru-quocgia-scribd.txt, corpus-real-43/doc-hethongphapluat-
#: qd177-qd-ubnd-bacgiang-phong-chong-thien-tai-2024.txt: basis; the near miss corpus-real-40/doc-vanban123-kh66-kh-ubnd-
#: namdinh-huy-dong-luc-luong-chay-2021.txt, an earlier decree in a circular's title: cites); relate._titled_in_a_basis,
#: a law after "thi hành" in the title of a decree not read (corpus-real-24/police-nhaxinhplaza-duthao-thongtu-bca-
#: tangthu-hoso-cutru-2021.txt: no number yet; corpus-real-42/doc-hethongphapluat-nq10-2020-nq-hdnd-tuyenquang-von-dau-
#: tu-cong.txt: a garbled date cuts the title; both laws cites)
_BASIS_ITEMS = [
    (
        "Căn cứ Nghị định số 94/2013/NĐ-CP ngày 21 tháng 8 năm 2013 của Chính phủ quy định chi tiết\nthi hành Luật dự trữ "
        "quốc gia và Nghị định số 128/2015/NĐ-CP ngày 15 tháng 12 năm 2015 của Chính\nphủ sửa đổi, bổ sung danh mục chi "
        "tiết hàng dự trữ quốc gia;",
        {"94/2013/NĐ-CP": "basis", "128/2015/NĐ-CP": "basis"},
    ),
    (
        "Căn cứ Nghị định số 66/2021/NĐ-CP ngày 06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều của Luật "
        "Phòng, chống thiên tai và Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều; Nghị "
        "định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ quy định về thành lập và quản lý Quỹ phòng, chống thiên tai;",
        {"66/2021/NĐ-CP": "basis", "78/2021/NĐ-CP": "basis"},
    ),
    (
        "Căn cứ Thông tư 149/2020/TT-BCA ngày 31/12/2020 của Bộ Công an quy định chi tiết một số điều và biện pháp thi "
        "hành luật phòng cháy và chữa cháy và luật sửa đổi, bổ sung một số điều của luật phòng cháy và chữa cháy và nghị "
        "định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của chính phủ quy định chi tiết một số điều;",
        {"149/2020/TT-BCA": "basis", "136/2020/NĐ-CP": "cites"},
    ),
    (
        "Căn cứ Nghị định số /2021/NĐ-CP ngày tháng năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi "
        "hành Luật Cư trú;",
        {"Luật Cư trú": "cites"},
    ),
    (
        "Căn cứ Quyết định số 26/2020/QĐ-TTg ngày 14 ngày 9 năm 2020 của Thủ tướng Chính phủ Quy định chi tiết thi hành "
        "một số điều của Nghị quyết số 973/2020/UBTVQH14 ngày 08 tháng 7 năm 2020 của Ủy ban Thường vụ Quốc hội quy định "
        "về các nguyên tắc;",
        {"26/2020/QĐ-TTg": "basis", "973/2020/UBTVQH14": "cites"},
    ),
]


@pytest.mark.parametrize("text, want", _BASIS_ITEMS)
def test_a_basis_items_title_names_what_it_can_and_the_list_goes_on_past_it(text, want):
    # "Căn cứ Nghị định A (2013) … quy định chi tiết thi hành Luật X và Nghị định B (2015) …": a decree of 2013 cannot
    # detail one of 2015, so B is the list's next item, a basis; "Căn cứ <decree> … thi hành Luật X": the decree details
    # the law, the citing document does not carry it out, even where the decree is not read or its title is cut
    got = {r.code or r.text: r.relation for r in find_references(text)}
    assert {k: got.get(k) for k in want} == want


def test_a_cue_after_a_semicolon_or_outside_a_basis_line_is_the_pages_own():
    # near misses of relate._titled_in_a_basis: a cue after ";" on a "Căn cứ" line opens a clause of its own, the citing
    # document's (corpus-real-14/hd-tinhdoan-hungyen-daihoi-hoi-lhtn-cacap-2008.txt, labelled implements); "thi hành"
    # outside a "Căn cứ" line is the page's own act
    near = (
        "Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung "
        "ương Hội LHTN Việt Nam"
    )
    assert _coded_relations(near) == [("49-KH/TWH", "implements")]
    assert [r.relation for r in find_references("Ủy ban nhân dân tỉnh tổ chức thi hành Luật Cư trú trên địa bàn")] == [
        "implements"
    ]


# "Trên cơ sở <document>, <body> <act>": the body carried the document out (relate._on_the_ground; agreement DECISIONS
# D12), each labelled implements on its page and given cites (the narrative's) or basis on the base
_GROUND_CARRIED = [
    # corpus-real-39/excerpt-123docz-su-ra-doi-quy-che-dan-chu-co-so-ct30-nd29.txt
    ("Trên cơ sở Chỉ thị số 30/CT-TW, Chính phủ đã thể chế hoá bằng các Nghị định", ["implements"]),
    # corpus-real-12/hlhpn-yenbai-phongvan-dean939-2025.txt
    (
        'Bà Nguyễn Thị Bích Nhiệm: Trên cơ sở Đề án "Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2017 - 2025 được Chính phủ '
        "phê duyệt, Ban Thường vụ Hội LHPN tỉnh đã chỉ đạo, triển khai tập trung vào các hoạt động hỗ trợ phụ nữ",
        ["implements"],
    ),
    # corpus-real-33/news-kkt-kontum-tuyen-truyen-nhiem-vu-trong-tam-thang-03-2024.txt: the guidance is the cue's object
    # past the commas of its date, the letter listed after it goes with it (the code in parentheses repeats the
    # guidance's name: cites, A7)
    (
        "Trên cơ sở hướng dẫn của Ban Tuyên giáo Tỉnh ủy (tại 2250-CV/BTGTU, ngày 26 tháng 02 năm 2024) và đề nghị của "
        "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh (tại Văn bản số 92-CV/BTGĐUK, ngày 27 tháng 02 năm 2024), Đảng ủy Ban "
        "Quản lý Khu kinh tế tỉnh đề nghị các Chi bộ trực thuộc tập trung triển khai các hoạt động tuyên truyền",
        ["implements", "cites", "implements"],
    ),
]

# near misses, labelled cites (base: basis): the cue's object is a phrase the reference ends or follows, or the cue's
# clause ended at its comma (the decrees are what the government instituted the directive by), or no act follows
_GROUND_CITED = [
    # corpus-real-36/nq-04-nqcp-2022-phan-cap-phan-quyen-trogiupluat.txt
    (
        "Tiếp tục hoàn thiện cơ chế phân cấp, phân quyền trong quản lý nhà nước trên cơ sở tuân thủ các quy định của "
        "Hiến pháp năm 2013 gắn với hoàn thiện thể chế",
        ["cites"],
    ),
    # corpus-real-51/doc-hethongphapluat-nq22-2011-nq-hdnd-quangngai-nguon-nhan-luc-2011.txt
    (
        "Trên cơ sở xem xét Tờ trình số 2835/TTr-UBND ngày 05/10/2011 của Uỷ ban nhân dân tỉnh về việc đề nghị ban hành",
        ["cites"],
    ),
    # corpus-real-39/excerpt-123docz-su-ra-doi-quy-che-dan-chu-co-so-ct30-nd29.txt
    (
        "Trên cơ sở Chỉ thị số 30/CT-TW, Chính phủ đã thể chế hoá bằng các Nghị định: Nghị định số 29/1998/NĐ-CP về "
        "thực hiện quy chế dân chủ ở xã, phường, thị trấn",
        ["implements", "cites"],
    ),
    ("Trên cơ sở Chỉ thị số 30/CT-TW.", ["cites"]),
]


@pytest.mark.parametrize("text, relations", _GROUND_CARRIED + _GROUND_CITED)
def test_tren_co_so_is_no_basis_its_own_object_before_a_body_s_act_is_carried_out(text, relations):
    assert [r.relation for r in find_references(text)] == relations


def test_a_central_committee_named_after_its_review_task_reads_the_callers_central_names():
    """ "Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW" (corpus-real-12/news-thuonghieusanpham-
    cv43-bcd-kh-sapxep-bomay-kl121-2025.txt): the review is in the committee's name, its level the centre as vocabulary
    ``central_name`` of the caller's lexicon writes it (name and abbreviation: "Trung ương", "TW"; it was the literal
    "trung ương", "tw"). A lexicon without "TW" reads "Ban Chỉ đạo TW về tổng kết …" as a review of the resolution, and
    still "Ban Chỉ đạo Trung ương" as the committee's name (near miss)."""
    from lexicons import with_rows
    from vanban.facts import Lexicon

    no_tw = with_rows("central_name", *(p for p in Lexicon.default().pairs("central_name") if p[0] != "TW"))
    sent = "Thành lập Ban Chỉ đạo {} về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành TW"
    # (read as a review, it is the committee's, another body's: cited with the review's cue kept, D48)
    assert [(r.relation, r.trigger) for r in find_references(sent.format("TW"))] == [("cites", None)]
    assert [(r.relation, r.trigger) for r in find_references(sent.format("TW"), lexicon=no_tw)] == [("cites", "thực hiện")]
    assert [(r.relation, r.trigger) for r in find_references(sent.format("Trung ương"), lexicon=no_tw)] == [("cites", None)]


def test_a_subject_ends_at_a_time_that_opens_a_past_clause_of_the_callers_vocabulary():
    """ "… là sự cụ thể hóa những nội dung đã được nêu trong Nghị quyết Đại hội XIII của Đảng về công tác xây dựng lực
    lượng CAND, những ngày vừa qua, các chi, đảng bộ cơ sở đã đồng loạt tổ chức Hội nghị quán triệt, …" (corpus-real-2/
    ca-haiduong-nq12-kh118-duca-2022.txt): the subject ends before "những ngày", a time of vocabulary ``clause_time`` of
    the caller's lexicon (it was a literal list in grammar.patterns _main_clause). A lexicon without "những ngày" runs the
    subject on; its other times still end it (near miss: "thời gian qua")."""
    from lexicons import with_rows
    from vanban.facts import Lexicon

    text = (
        "Xác định Nghị quyết số 12 là sự cụ thể hóa những nội dung đã được nêu trong Nghị quyết Đại hội XIII của Đảng về "
        "công tác xây dựng lực lượng CAND, những ngày vừa qua, các chi, đảng bộ cơ sở đã đồng loạt tổ chức Hội nghị quán "
        "triệt, triển khai thực hiện Nghị quyết số 12-NQ/TW, ngày 16/3/2022 của Bộ Chính trị."
    )
    without = with_rows("clause_time", *(w for w in Lexicon.default().words("clause_time") if w != "những ngày"))
    assert find_references(text)[1].subject == "công tác xây dựng lực lượng CAND"
    assert find_references(text, lexicon=without)[1].subject.startswith("công tác xây dựng lực lượng CAND, những ngày")
    other = text.replace("những ngày vừa qua", "thời gian qua")
    assert find_references(other, lexicon=without)[1].subject == "công tác xây dựng lực lượng CAND"


def test_a_subject_ends_at_a_clause_opener_of_the_callers_vocabulary():
    """ "… Chỉ thị số 35-CT/TW ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn
    quốc lần thứ XIII của Đảng, tổ chức hội nghị quán triệt, triển khai." (corpus-real/news-gialai-kh-248-tu-2020.txt):
    the subject ends before "tổ chức hội nghị", a word of vocabulary ``clause_opener`` of the caller's lexicon (it was a
    literal list in grammar.patterns _main_clause). A lexicon with "đồng thời" only runs the subject on; "đồng thời"
    still ends it (near miss)."""
    from lexicons import with_rows

    text = (
        "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW "
        "ngày 30-5-2019 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của "
        "Đảng, tổ chức hội nghị quán triệt, triển khai."
    )
    subject = "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
    only = with_rows("clause_opener", "đồng thời")
    assert find_references(text)[1].subject == subject
    assert find_references(text, lexicon=only)[1].subject.startswith(subject + ", tổ chức hội nghị")
    other = text.replace(", tổ chức hội nghị", ", đồng thời tổ chức hội nghị")
    assert find_references(other, lexicon=only)[1].subject == subject


def test_the_documents_an_amending_laws_enacting_formula_names_are_amended():
    """The enacting formula after the preamble's last ground names the citing document by its type word: its change is
    its own (relate._own_enacting_formula; corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-
    2018.txt, corpus-real-25/tt-131-2018-tt-btc-sua-doi-tt-145-2013-dutru-quocgia-scribd.txt: labelled amends)."""
    law = (
        "LUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA 37 LUẬT CÓ LIÊN QUAN ĐẾN QUY HOẠCH\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Giao\n"
        "thông đường bộ số 23/2008/QH12, Bộ luật Hàng hải Việt Nam s 95/2015/QH13, Luật Đường sắt số\n"
        "06/2017/QH14, Luật Giao thông đường thủy nội địa s 23/2004/QH11"
    )
    assert _coded_relations(law) == [
        ("23/2008/QH12", "amends"),
        ("95/2015/QH13", "amends"),
        ("06/2017/QH14", "amends"),
        ("23/2004/QH11", "amends"),
    ]
    circular = (
        "THÔNG TƯ\nTheo đề nghị của Tổng cục trưởng Tổng cục Dự trữ Nhà nước;\nBộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, "
        "bổ sung một số điều của Thông tư số\n145/2013/TT-BTC ngày 21 tháng 10 năm 2013 của Bộ trưởng Bộ Tài chính"
    )
    assert _coded_relations(circular) == [("145/2013/TT-BTC", "amends")]
    # near misses: the same words where no enacting formula names the citing document stay cited: another law named by
    # its type word in a basis item ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ …", corpus-
    # real-49/doc-dulieuphapluat-qd2903-qd-ubnd-travinh-an-toan-thuc-pham-nong-san-2….txt, labelled basis), a change
    # asked for ("tham mưu sửa đổi", corpus-real-11/news-vietnamnet-kl178-hoi-quanchung-2025.txt, labelled cites), the
    # formula's words on a law's page with no ground before them or reported ("đã ban hành")
    basis = (
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
        "ngày 22 tháng 11 năm 2019;"
    )
    assert [r.relation for r in find_references(basis)] == ["basis"]
    asked = "Chủ trì nghiên cứu, tham mưu sửa đổi, bổ sung Quyết định số 118 ngày 22/8/2023 của Ban Bí thư về chức năng, nhiệm vụ"
    assert [r.relation for r in find_references(asked)] == ["cites"]
    title = "Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Giao\nthông đường bộ số 23/2008/QH12"
    for text in ("LUẬT\nQuốc hội ban hành " + title, "LUẬT\nCăn cứ Hiến pháp;\nQuốc hội đã ban hành " + title):
        assert _coded_relations(text) == [("23/2008/QH12", "cites")]


def test_a_titled_item_after_an_amended_items_aside_goes_back_to_the_list():
    """ "Luật X đã được sửa đổi, bổ sung một số điều theo Luật số N" is an aside of the item before it: the laws after
    "theo" are cited, the next law named by its title is the enacting formula's again (relate._back_from_an_aside;
    corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-2018.txt, labelled so)."""
    law = (
        "LUẬT\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
        "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Giao thông đường thủy "
        "nội địa s 23/2004/QH11 đã được sửa đổi, bổ sung một số\nđiều theo Luật số 48/2014/QH13 Luật s 97/2015/QH13, "
        "Luật Tài nguyên nước s 17/2012/QH13 đã\nđược sửa đổi, bổ sung một số điều theo Luật số 08/2017/QH14, Luật Đất "
        "đai số 45/2013/QH13, Luật Bảo\nvệ môi trường số 55/2014/QH13"
    )
    assert _coded_relations(law) == [
        ("23/2004/QH11", "amends"),
        ("48/2014/QH13", "cites"),
        ("97/2015/QH13", "cites"),
        ("17/2012/QH13", "amends"),
        ("08/2017/QH14", "cites"),
        ("45/2013/QH13", "amends"),
        ("55/2014/QH13", "amends"),
    ]
    # near miss: items named by their number only go on with the aside, the laws that changed the one before it
    # (corpus-real-49/doc-thuviennhadat-qd42-2025-qd-ubnd-dongnai-boi-thuong-tai-dinh-cu.txt, labelled cites)
    basis = (
        "Căn cứ Luật Đất đai số 31/2024/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 43/2024/QH15, số "
        "47/2024/QH15, số 58/2024/QH15;"
    )
    assert _coded_relations(basis) == [
        ("31/2024/QH15", "basis"),
        ("43/2024/QH15", "cites"),
        ("47/2024/QH15", "cites"),
        ("58/2024/QH15", "cites"),
    ]


def _relation_of(text, surface):
    r = next(r for r in find_references(text) if r.text.startswith(surface))
    return r.relation, (r.nested_in.text[:14] if r.nested_in else None)


@pytest.mark.parametrize(
    "text,surface,holder",
    [
        (  # corpus-real-51/doc-phapluatcongdong-qd1551-qd-ubnd-hochiminh-kinh-te-tap-the-2009.txt
            "Căn cứ Kế hoạch số 1250/KH-UBND ngày 26 tháng 02 năm 2008 của Ủy ban nhân dân thành phố về phát triển kinh tế "
            "tập thể các năm 2008 - 2010 thực hiện Chỉ thị 20-CT/TW ngày 02 tháng 01 năm 2008 của Ban Bí thư Trung ương Đảng "
            "(khóa X);",
            "Chỉ thị 20-CT/TW",
            "Kế hoạch số 12",
        ),
        (  # corpus-real-51/doc-hethongphapluat-qd474-qd-ubnd-tuyenquang-de-an-nguon-nhan-luc-2021.txt
            "Căn cứ Kết luận số 223-KL/TU ngày 10/6/2021 của Tỉnh ủy về kết luận Hội nghị tổng kết thực hiện Nghị quyết số "
            "02-NQ/TU ngày 13/5/2011 của Ban Chấp hành Đảng bộ tỉnh (khóa XV) về phát triển và nâng cao chất lượng nguồn "
            "nhân lực tỉnh Tuyên Quang;",
            "Nghị quyết số 02-NQ/TU",
            "Kết luận số 22",
        ),
        (  # corpus-real-52/doc-hethongphapluat-kh390-kh-ubnd-backan-ung-pho-han-han-2020.txt
            "Căn cứ Quyết định số 1042/QĐ-TTg ngày 19/8/2019 của Thủ tướng Chính phủ về việc ban hành Kế hoạch triển khai "
            "thực hiện Nghị định số 02/2019/NĐ-CP ngày 02 tháng 01 năm 2019 của Chính phủ về Phòng thủ dân sự;",
            "Nghị định số 02/2019",
            "Quyết định số ",
        ),
    ],
)
def test_a_document_after_a_cue_that_ends_a_subjects_words_is_named_in_it(text, surface, holder):
    """relate._cue_ending_subject: the cue ends the cited document's subject, so what follows is cited, not a basis."""
    assert _relation_of(text, surface) == ("cites", holder)


@pytest.mark.parametrize(
    "text,surface",
    [
        (  # corpus-real-8/dubdbp-quangbinh-sk-nq24-kl31-tk-ct154-2023.txt
            "Hội nghị sơ kết 5 năm thực hiện Kết luận số 31-KL/TW về Chiến lược Quân sự Việt Nam và tổng kết 15 năm thực "
            "hiện Chỉ thị số 154-CT/ĐUQSTW, ngày 09/4/2008 của Thường vụ Đảng ủy Quân sự Trung ương",
            "Chỉ thị số 154",
        ),
        (  # the same with its diacritics lost (the checklist's no-diacritics class)
            "Hoi nghi so ket 5 nam thuc hien Ket luan so 31-KL/TW ve Chien luoc Quan su Viet Nam va tong ket 15 nam thuc "
            "hien Chi thi so 154-CT/DUQSTW, ngay 09/4/2008 cua Thuong vu Dang uy Quan su Trung uong",
            "Chi thi so 154",
        ),
    ],
)
def test_a_cue_after_va_opens_a_second_predicate_not_the_subjects_words(text, surface):
    assert _relation_of(OWN_REPORT + text, surface) == ("reviews", None)  # (a report's own conference, D48)


@pytest.mark.parametrize(
    ("folder", "page", "surfaces"),
    [
        # "QUYẾT ĐỊNH⏎BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH BẢO TỒN VÀ PHÁT HUY⏎BỀN VỮNG GIÁ TRỊ DI SẢN VĂN HÓA VIỆT NAM …"
        # and "Điều 1.⏎Ban hành kèm theo Quyết định này Kế hoạch thực hiện⏎Chương trình Bảo tồn …" (dev44)
        (
            "corpus-real-44",
            "doc-thuvienphapluat-qd1526-qd-ubnd-vinhlong-di-san-van-hoa-2023.txt",
            ("CHƯƠNG TRÌNH BẢO TỒN", "Chương trình Bảo tồn và phát huy bền vững giá trị di sản văn hóa Việt Nam trê"),
        ),
        # "QUYẾT ĐỊNH⏎PHÊ DUYỆT KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC QUỐC GIA …" and "Điều 1. Phê duyệt kèm theo Quyết
        # định này Kế hoạch triển⏎khai thực hiện Chiến lược quốc gia …" (dev48)
        (
            "corpus-real-48",
            "doc-thuvienphapluat-qd4858-qd-ubnd-quangninh-chien-luoc-an-toan-giao-thong-2021.txt",
            ("CHIẾN LƯỢC QUỐC GIA", "Chiến lược quốc gia bảo đảm trật tự an toàn giao thông đường bộ,\ngiai"),
        ),
    ],
)
def test_what_the_plan_a_decision_issues_carries_out_is_cited(folder, page, surfaces):
    """A decision that issues or approves a plan in its heading and its Điều 1 cites what that plan carries out: the plan
    implements it (OPEN-QUESTIONS A26, the labels since corpus-real-40; ``relate._plan_the_decision_issues``)."""
    from paths import ROOT

    text = (ROOT / "tests" / "fixtures" / folder / page).read_text(encoding="utf-8")
    refs = find_references(text)
    for surface in surfaces:
        at = text.index(surface)
        (r,) = [r for r in refs if r.start <= at < r.end]
        assert r.relation == "cites", (surface, r.relation, r.trigger)


@pytest.mark.parametrize(
    "text",
    [
        # the plan's own heading ("KẾ HOẠCH⏎THỰC HIỆN CHƯƠNG TRÌNH …", the page the plan is): the programme of corpus-real-44's
        # decision 1526
        "KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH BẢO TỒN VÀ PHÁT HUY BỀN VỮNG GIÁ TRỊ DI SẢN VĂN HÓA VIỆT NAM TRÊN ĐỊA BÀN TỈNH "
        "VĨNH LONG, GIAI ĐOẠN 2023 - 2025\n",
        # the plan's own sentence issuing it, the decision's verb and plan noun without the decision: "Tỉnh ủy ban hành Kế
        # hoạch thực hiện Kết luận số 52-KL/TW …" (corpus-real/kh-114-tu-langson-2019.txt, the plan 114-KH/TU itself,
        # labelled implements); a rule reading "ban hành Kế hoạch thực hiện" without "Quyết định" or "Điều 1" before it
        # would make it cited
        "Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư Trung ương Đảng về tiếp tục "
        "thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa, hiện "
        "đại hóa đất nước (Kế hoạch số 114-KH/TU, ngày 07/8/2019).",
    ],
)
def test_a_plans_own_heading_or_sentence_still_carries_out_what_it_names(text):
    """The plan's own heading or its own sentence issuing it implements what it names: only a decision's heading or its
    Điều 1 issuing the plan ("QUYẾT ĐỊNH⏎BAN HÀNH KẾ HOẠCH THỰC HIỆN …", "Điều 1. Ban hành kèm theo Quyết định này Kế
    hoạch thực hiện …") makes it another's (``relate._plan_the_decision_issues``, the decision's lead required)."""
    r = find_references(text)[0]
    assert r.relation == "implements", (r.doc_type, r.relation, r.trigger)


@pytest.mark.parametrize(
    "text,surface",
    [
        (  # a title without "về": corpus-real-48/doc-hethongphapluat-kh105-kh-ubnd-vinhphuc-trat-tu-an-toan-giao-thong-2025.txt
            "Thực hiện Chỉ thị số 31/CT-TTg ngày 21/12/2023 của Thủ tướng Chính phủ về tăng cường công tác bảo đảm trật tự, "
            "an toàn giao thông cho lứa tuổi học sinh trong tình hình mới, Chỉ thị số 35/CT-TTg ngày 17/9/2025 của Thủ "
            "tướng Chính phủ xử lý cán bộ, công chức, viên chức và chiến sỹ trong lực lượng vũ trang vi phạm quy định về "
            "điều khiển phương tiện tham giao thông mà trong máu hoặc hơi thở có nồng độ cồn, Văn bản số 227/TTg-CN ngày "
            "27/02/2025 của Thủ tướng Chính phủ Trần Hồng Hà về việc bảo đảm trật tự an toàn giao thông năm 2025",
            "Văn bản số 227",
        ),
        (  # a short name given bare: corpus-real-45/doc-hethongphapluat-kh275-kh-ubnd-langson-phong-chong-ma-tuy-2025.txt
            "Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt chủ trương đầu tư Chương trình "
            "mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Nghị quyết số 163/2024/QH15), Nghị quyết số 50/NQ-CP ngày "
            "13/3/2025 của Chính phủ về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc "
            "hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Nghị quyết số "
            "50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ Công an phê duyệt Chương trình mục tiêu quốc gia "
            "phòng, chống ma tuý đến năm 2030 (Chương trình MTQG); UBND tỉnh ban hành Kế hoạch triển khai thực hiện như sau:",
            "Quyết định số 7619",
        ),
        (  # a subject holding its own ";": corpus-real-27/news-stp-backan-vb-473-stp-pbgdpl-2020.txt
            "Thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp về việc hướng dẫn thực hiện công tác phổ "
            "biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020 và Văn bản "
            "số 1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh về việc thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của "
            "Bộ Tư pháp, Sở Tư pháp hướng dẫn một số nội dung như sau:",
            "Văn bản số 1445",
        ),
    ],
)
def test_a_cues_list_goes_on_past_the_words_of_its_item(text, surface):
    """relate._past_the_items_words: the item's words that are no "về" subject do not end the list ("Thực hiện …")."""
    r = next(r for r in find_references(text) if r.text.startswith(surface))
    assert (r.relation, r.trigger) == ("implements", "Thực hiện")


@pytest.mark.parametrize(
    "reach,text,head,cue,surface,relation,cut",
    [
        (  # a setting: "Trong không khí tuổi trẻ cả nước đang ra sức học tập và triển khai Nghị quyết …" (580da2a9)
            "_SETTING_REACH",
            "Trong không khí tuổi trẻ cả nước đang ra sức học tập và triển khai Nghị quyết Đại hội XIII của Đảng, Đoàn "
            "trường tổ chức hội thi.",
            "Trong",
            "học tập",
            "Nghị quyết Đại hội XIII",
            "cites",
            "implements",
        ),
        (  # a body's direction through a letter: corpus-real/tdkt-langson-ct22-2018.txt
            "_DIRECTION_REACH",
            "Thực hiện Chỉ thị số 22/CT-TW ngày 27/7/2018 của Ban Bí thư về đẩy mạnh các phong trào thi đua yêu nước và chỉ "
            "đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX ngày 10/3/2019.",
            "và chỉ đạo",
            "văn bản số",
            "văn bản số 238",
            "implements",
            "cites",
        ),
        (  # another's plan, named with its owner: corpus-real-2/mttq-tw-ctrhd-nq-daihoi-xiii-2021.txt
            "_PLAN_REACH",
            "Tại hội nghị, Đoàn Chủ tịch đã công bố Chương trình hành động của Mặt trận Tổ quốc Việt Nam nhằm thực hiện "
            "thắng lợi Nghị quyết Đại hội XIII của Đảng.",
            "Chương trình",
            "nhằm thực hiện",
            "Nghị quyết Đại hội XIII",
            "cites",
            "implements",
        ),
        (  # what documents reported issued are for: corpus-real-13/truongct-quangtri-sapxep-dvhc-nq37-kh86-2019.txt
            "_ISSUED_FOR_REACH",
            "Tỉnh ủy, HĐND, UBND tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất như: Kế hoạch "
            "số 86-KH/TU ngày 10/5/2018 của Tỉnh ủy.",
            "đã ban hành",
            "thực hiện",
            "Kế hoạch số 86",
            "cites",
            "implements",
        ),
        (  # the plan a decision issues: corpus-real-44/doc-thuvienphapluat-qd1526-qd-ubnd-vinhlong-di-san-van-hoa-2023.txt
            "_DECISION_REACH",
            "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình số 12-CTr/TU ngày 10/5/2023 của Tỉnh ủy.",
            "Ban hành",
            "thực hiện",
            "Chương trình số 12",
            "cites",
            "implements",
        ),
        (  # targets met: corpus-real-4/hnd-soctrang-nq-daihoi-ix-2023.txt
            "_TARGETS_MET_REACH",
            "Hội đã hoàn thành và hoàn thành xuất sắc 12/12 chỉ tiêu Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ IX.",
            "chỉ tiêu",
            "Nghị quyết",
            "Nghị quyết Đại hội",
            "reviews",
            "cites",
        ),
    ],
)
def test_a_named_reach_is_the_one_its_rule_reads(monkeypatch, reach, text, head, cue, surface, relation, cut):
    """The reaches relate.py names (module constants, each with the sentence that motivated it): the rule reads its own,
    and its sentence needs it: cut short of the words the rule looks for before the cue, the relation is lost."""
    from vanban.references import relate

    def relation_of(t):
        return next(r for r in find_references(t) if r.text.startswith(surface)).relation

    assert getattr(relate, reach) >= text.index(cue) - text.index(head)
    assert relation_of(text) == relation
    monkeypatch.setattr(relate, reach, text.index(cue) - text.index(head) - 1)
    assert relation_of(text) == cut


def test_a_cues_list_does_not_go_on_past_a_cue_among_the_items_words():
    """The contrast of relate._past_the_items_words: a cue among the item's words ("thi hành" in the title of the circular)
    governs what follows it, so the decree after it is named in that title, cited, no item of the "Căn cứ" list
    (corpus-real-40/doc-vanban123-kh66-kh-ubnd-namdinh-huy-dong-luc-luong-chay-2021.txt, labelled cites; the rule without
    its cue test made it a basis, session 46)."""
    text = (
        "Căn cứ Thông tư 149/2020/TT-BCA ngày 31/12/2020 của Bộ Công an quy định chi tiết một số điều và biện pháp thi hành "
        "luật phòng cháy và chữa cháy và luật sửa đổi, bổ sung một số điều của luật phòng cháy và chữa cháy và nghị định số "
        "136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của chính phủ quy định chi tiết một số điều và biện pháp thi hành luật "
        "phòng cháy và chữa cháy và luật sửa đổi, bổ sung một số điều của luật phòng cháy và chữa cháy;"
    )
    r = next(r for r in find_references(text) if r.text.startswith("nghị định số 136"))
    assert r.relation == "cites"


@pytest.mark.parametrize(
    "text,surface,relation",
    [
        (  # the owners' corpus-real/hu-sontinh-quangngai-kh-79-2015.txt@340/@415, both labelled implements (D75)
            "Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79 về tổ chức quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 10,"
            " Ban Chấp hành Trung ương Đảng (khóa XI) và Nghị quyết số 37 ngày 9/10/2014 của Bộ Chính trị về công tác lý luận",
            "Nghị quyết số 37",
            "implements",
        ),
        (  # corpus-real-55/doc-kinhtedothi-tin-kh84-kh-tu-nghi-quyet-15-nq-tw-thu-do-2022.txt@464 (relabelled so by D75)
            "Ban Thường vụ Thành ủy Hà Nội đã ban hành Kế hoạch số 84-KH/TU về triển khai Kế hoạch số 19-KH/VPTW ngày 23/5/2022"
            " của Văn phòng Trung ương Đảng về việc tổ chức Hội nghị quán triệt và triển khai thực hiện Nghị quyết số 15-NQ/TW"
            " ngày 5/5/2022 của Bộ Chính trị về phương hướng, nhiệm vụ phát triển Thủ đô",
            "Nghị quyết số 15-NQ/TW",
            "implements",
        ),
        (  # a plan the page carries out: corpus-real-2/hu-hamthuannam-kh29-tu-nqtw4-2012.txt@118, labelled cites
            "Thực hiện Kế hoạch số 29-KH/TU, ngày 03/4/2012 của Ban Thường vụ Tỉnh ủy về tổ chức học tập, quán triệt, tuyên"
            " truyền Nghị quyết Hội nghị lần thứ tư, Ban Chấp hành Trung ương Đảng khóa XI, Huyện ủy Hàm Thuận Nam đã triển khai",
            "Nghị quyết Hội nghị lần thứ tư",
            "cites",
        ),
        (  # a plan "về tổ chức thực hiện X" carries X out, no spreading: corpus-real-60's article, labelled cites (D74)
            "các văn bản chỉ đạo của Tỉnh ủy (trong đó có Kế hoạch số 48-KH/TU ngày 02/6/2017 về tổ chức thực hiện Nghị quyết"
            " số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị)",
            "Nghị quyết số 08-NQ/TW",
            "cites",
        ),
    ],
)
def test_what_a_reported_plan_organises_the_spreading_of_is_carried_out(text, surface, relation):
    """DECISIONS D75 (OWNERS-READINGS "### A9 / D6"): on a page with no type line (a news item), X inside a plan's "về tổ
    chức quán triệt, triển khai thực hiện X" is the act reported, ``implements``; a plan the page itself carries out, or
    one "về tổ chức thực hiện X" alone, keeps its nested X ``cites``."""
    r = next(r for r in find_references(text) if r.text.startswith(surface))
    assert r.nested_in is not None and r.relation == relation


def _lowered_in(f, *args) -> int:
    """How many windows ``f(*args)`` lower-cases (``str.lower`` calls, told by the profiler hook)."""
    import sys

    calls = [0]

    def hook(frame, event, arg):
        if event == "c_call" and getattr(arg, "__name__", "") == "lower" and isinstance(getattr(arg, "__self__", None), str):
            calls[0] += 1

    sys.setprofile(hook)
    try:
        f(*args)
    finally:
        sys.setprofile(None)
    return calls[0]


def test_the_folded_pre_tests_before_lower_casing_a_window_let_every_lowered_word_through():
    """``_in_a_setting``, ``_targets_met`` and ``_direction_before`` lower-case their window (a UCS-2 slice, ~120
    instructions a character) only where the page's kept fold has the word they look for ("trong", "tieu", "tai": what
    lower-cases to the word, with or without its marks, folds to it): 64k of the 122k characters a dense bench pass
    lower-cased were theirs. At every 7th position of real pages, each answers as its test on the lowered window alone
    did (the pre-test never turns away a window the lowered test takes), and a window without the word is not
    lower-cased (fails when the fold's test is taken out)."""
    from paths import REAL, real
    from vanban.grammar import grammar
    from vanban.references.relate import _direction_before, _in_a_setting, _targets_met
    from vanban.text import fold, folded_text

    g = grammar("exact")
    texts = [f.read_text(encoding="utf-8") for f in sorted(REAL.glob("*.txt"))]
    texts.append("Trong bối cảnh toàn Đảng, toàn dân đang thực hiện Nghị quyết số 26-NQ/TW")  # (no lower-case "trong")
    taken = 0
    for t in texts:
        for start in range(0, len(t) + 1, 7):
            a = start - 130 if start > 130 else 0
            setting = "trong" in t[a:start].lower() and bool(g.setting.search(folded_text(t)[a:start]))
            assert _in_a_setting(g, t, start) == setting, t[a:start]
            lo = start - 200 if start > 200 else 0
            window = t[max(start - 140, lo) : start]
            low = window.lower()
            met = g.targets_met.search(fold(window)) if "tiêu" in low or "tieu" in low else None
            assert _targets_met(g, t, lo, start) == (None if met is None else window[met.start() :].strip())
            near = t[max(start - 120, lo) : start]
            at = None
            if "tại" in near or "tai" in near.lower():
                m = g.direction_at.search(fold(near))
                at = None if m is None else max(start - 120, lo) + m.start()
            assert _direction_before(g, t, lo, start) == at
            taken += setting + (met is not None) + (at is not None)
    assert taken >= 3
    page = real("hd-03-btgtw-2011.txt")
    start = page.index("Chỉ thị")
    assert "trong" not in folded_text(page)[start - 130 : start] and "tieu" not in folded_text(page)[start - 200 : start]
    assert "tai" not in folded_text(page)[start - 120 : start]
    assert _lowered_in(_in_a_setting, g, page, start) == _lowered_in(_targets_met, g, page, start - 200, start) == 0
    assert _lowered_in(_direction_before, g, page, start - 200, start) == 0


def test_the_cue_subject_pre_tests_before_lower_casing_a_window_let_every_lowered_word_through():
    """``_topic_of_a_sentence``, ``_subject_of_a_predicate`` and ``_issued_for`` lower-case their window only where the
    page's kept fold has one of their words (``g.opening_marks``, ``g.nominal_marks``: each mark's fold is a mark, and
    what lower-cases to a mark folds to its fold; "de" for ``g.purpose_word``), ``_by_the_whole_nation`` only where its
    window has a "q" or a "Q" (the only letters that lower-case to "q"): ~25k characters a dense bench pass lower-cased,
    most for nothing. At every 7th position of real pages, each answers as its test on the lowered window alone did (the
    pre-test never turns away a window the lowered test takes), and a window without the words is not lower-cased
    (fails when the pre-tests are taken out)."""
    from types import SimpleNamespace

    from paths import REAL, real
    from vanban.grammar import grammar
    from vanban.references.relate import _by_the_whole_nation, _issued_for, _subject_of_a_predicate, _topic_of_a_sentence
    from vanban.text import fold, folded_text

    g = grammar("exact")
    assert {fold(w) for w in g.opening_marks} <= set(g.opening_marks) and {fold(w) for w in g.nominal_marks} <= set(
        g.nominal_marks
    )
    assert {fold(w).strip() for w in g.purpose_word} == {"de"}
    texts = [f.read_text(encoding="utf-8") for f in sorted(REAL.glob("*.txt"))]
    # (capitals only: "VIỆC", "QUÂN", "ĐỂ"; a sentence opened by "Việc" and one by "Quá trình")
    texts.append("TOÀN ĐẢNG, TOÀN DÂN, TOÀN QUÂN QUYẾT TÂM THỰC HIỆN NGHỊ QUYẾT; VIỆC TRIỂN KHAI ĐỂ THỰC HIỆN Nghị quyết số 26")
    texts.append("Việc triển khai Nghị quyết 26 được hội viên nông dân hưởng ứng tích cực. Quá trình thực hiện Kết luận 12, …")
    taken = [0, 0, 0, 0]
    for t in texts:
        for start in range(0, len(t) + 1, 7):
            a = start - 40 if start > 40 else 0
            low = t[a:start].lower()
            opens = any(w in low for w in g.opening_marks)
            topic = opens and bool((m := g.nominal_opening.search(folded_text(t)[a:start])) and t[a + m.start("head")].isupper())
            assert _topic_of_a_sentence(g, t, start) == topic, t[a:start]
            lo = start - 200 if start > 200 else 0
            a = start - 70 if start - 70 > lo else lo
            low = t[a:start].lower()
            r = SimpleNamespace(start=start, end=start, subject_span=None)
            if not any(w in low for w in g.nominal_marks):
                assert _subject_of_a_predicate(g, t, r, lo) is False
            else:
                taken[1] += 1
                m = g.nominal_subject.search(folded_text(t)[a:start])
                if m is None or not t[a + m.start("head")].islower():
                    assert _subject_of_a_predicate(g, t, r, lo) is False
            near = t[max(start - 40, lo) : start].lower()
            issued = any(w in near for w in g.purpose_word) and bool(
                g.issued_for.search(folded_text(t)[max(start - 160, lo) : start])
            )
            assert _issued_for(g, t, lo, start) == issued
            before = t[max(start - 100, lo) : start]
            nation = ("quân" in before or "quan" in before.lower() or "QUÂN" in before) and bool(
                g.whole_nation.search(fold(before))
            )
            assert _by_the_whole_nation(g, before) == nation
            taken[0] += opens
            taken[2] += any(w in near for w in g.purpose_word)
            taken[3] += nation
    assert min(taken) >= 1, taken
    page = real("hd-03-btgtw-2011.txt")
    start = page.index("Chỉ thị")
    window = folded_text(page)[start - 100 : start]
    assert not any(w in window for w in g.nominal_marks) and "de" not in window[-40:] and "q" not in window.lower()
    r = SimpleNamespace(start=start, end=start, subject_span=None)
    assert _lowered_in(_topic_of_a_sentence, g, page, start) == _lowered_in(_subject_of_a_predicate, g, page, r, 0) == 0
    assert _lowered_in(_issued_for, g, page, 0, start) == _lowered_in(_by_the_whole_nation, g, page[start - 100 : start]) == 0
