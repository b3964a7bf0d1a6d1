"""The letterhead reader's pre-tests: what it skips asking, proved not to change what it reads."""

from __future__ import annotations

import re
import sys

from vanban.grammar import cues
from vanban.model import Reference
from vanban.structure import letterhead
from vanban.structure.lines import split_lines
from vanban.structure.tail import tail_bound, tail_start

_CODE_POINTS = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]


def test_a_letterhead_without_a_date_before_its_bound_asks_not_where_its_closing_block_starts():
    # whether the letterhead may write "ngay" for "ngày" (no "ngày" before the closing block) is asked only of a line
    # holding "ngay": a letterhead with no date line, its first "ngày" in the body after the bound tail_bound gives, reads
    # no closing block (it was found for every such text, ~6% of the letterhead's cost on the benchmark's texts)
    text = (
        "ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\n*\nSố 45-KH/HU\n\nKẾ HOẠCH\nvề việc X\n\n"
        + "Thực hiện Kế hoạch số 41-KH/TU của Ban Thường vụ Tỉnh ủy.\n" * 20
        + "Thực hiện Kế hoạch số 41-KH/TU, ngày 26/3/2021 của Ban Thường vụ Tỉnh ủy.\n" * 10
        + "Nơi nhận:\n- Như trên,\nT/M BAN THƯỜNG VỤ\n"
    )
    lines = split_lines(text)
    asked = []
    head, body_start, _ = letterhead.read_letterhead(
        lines, text, tail_bound(lines, text), tail=lambda: asked.append(1) or tail_start(lines, text)
    )
    whole, whole_start, _ = letterhead.read_letterhead(lines, text, tail_start(lines, text))
    assert (head.issuer, head.code, head.doc_type, head.title, head.date, body_start) == (
        whole.issuer,
        whole.code,
        whole.doc_type,
        whole.title,
        whole.date,
        whole_start,
    )
    assert head.code == "45-KH/HU" and head.date is None and asked == []


def test_a_letterhead_line_without_diacritics_still_reads_its_date():
    # "ngay" asks it: no "ngày" before the closing block, the place-date line is read without its marks
    text = "DANG BO TINH GIA LAI\nHUYEN UY PHU THIEN\nSo 45-KH/HU\nPhu Thien, ngay 30 thang 6 nam 2021\n\nKE HOACH\nve viec X\n"
    lines = split_lines(text)
    head, _, _ = letterhead.read_letterhead(lines, text, tail_bound(lines, text), tail=lambda: tail_start(lines, text))
    assert (head.code, head.date.isoformat()) == ("45-KH/HU", "2021-06-30")


def test_the_first_characters_the_line_patterns_are_asked_after_are_theirs():
    # classify asks INDEPENDENCE, NUMBER_LINE and SEPARATOR only of a line whose first character each can start with;
    # proved on the patterns over every code point (a line is plain(): it has a first character)
    assert cues.INDEPENDENCE.pattern.startswith("^(?:Độc|Doc)") and cues.INDEPENDENCE.flags & re.I
    first = re.compile("[ĐD]", re.I)
    assert {c for c in _CODE_POINTS if first.match(c)} == set(letterhead._INDEPENDENCE_FIRST)
    words = re.match(r"\^\(\?:([^()]*)\)", cues.NUMBER_LINE.pattern)
    assert words is not None and {w[0] for w in words.group(1).split("|")} == set(letterhead._NUMBER_LINE_FIRST)
    assert letterhead.SEPARATOR.pattern == r"^[\s*|_\-–—=.]*$"
    one = re.compile(r"[\s*|_\-–—=.]")
    assert all(bool(one.match(c)) == (c in letterhead._SEPARATOR_FIRST or c.isspace()) for c in _CODE_POINTS)


def test_a_line_the_motto_reader_is_asked_about_is_one_of_the_mottos_letters():
    # classify asks motto() only of a line _MOTTO_LINE matches: a motto, a piece of one, its rest after a break (as
    # written, "HOÀ", or without diacritics) is of the mottos' letters and blanks; a line with any other character
    # (every code point tried in a motto's pieces) is no motto
    pieces = [
        w
        for m in cues.MOTTOS.values()
        for w in (m, m.replace("HÒA", "HOÀ"), m.lower().upper(), " ".join(m.split()[:2]), " ".join(m.split()[-2:]))
    ]
    pieces += [p.encode("ascii", "ignore").decode() for p in pieces]  # (not the folded form: see below)
    pieces += ["CONG HOA XA HOI CHU NGHIA", "DANG CONG SAN VIET NAM", "CỘNG", "VIỆT NAM"]
    for p in pieces:
        if cues.motto_of(p) is not None:
            assert letterhead._MOTTO_LINE.match(p), p
    chars = set(letterhead._MOTTO_CHARS)
    for c in _CODE_POINTS:
        if c in chars or c.isspace():
            continue
        for p in ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI", "CONG HOA XA HOI CHU NGHIA", "CỘNG"):
            assert cues.motto_of(p + c) is None and cues.motto_of(c + p) is None


def test_a_party_organisations_line_reads_every_unit_word():
    # "ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG BỘ HUYỆN PHÚ THIỆN" (corpus/gialai-krongpa-huyenuy-kehoach-36-khhu-2021-05-28-kl93.txt,
    # corpus/gialai-phuthien-…): each unit word of vocabulary ``unit``, in capitals, with or without diacritics; not
    # "TP." nor a unit word glued to the name (the near misses)
    from vanban.facts.lexicon import current
    from vanban.text import fold

    for w in current().words("unit"):
        if not w.endswith("."):
            assert letterhead.party_org(f"ĐẢNG BỘ {w.upper()} PHÚ THIỆN") == (fold(w), w.upper(), "PHÚ THIỆN")
            assert letterhead.party_org(f"DANG BO {fold(w).upper()} PHU THIEN") == (fold(w), fold(w).upper(), "PHU THIEN")
    assert letterhead.party_org("ĐẢNG BỘ TP. PLEIKU") is None and letterhead.party_org("ĐẢNG BỘ TỈNHGIA LAI") is None


def test_a_party_organisations_line_reads_every_block_word():
    # "Cụ thể, Đại hội Đảng bộ Khối các cơ quan Trung ương lần thứ XII sẽ được tổ chức ngày 13 đến 15/10/2015."
    # (corpus-real-15/news-cand-chuanbi-daihoi-dukhoi-cqtw-xii-ct36-2015.txt): each row of vocabulary ``party_block``
    # ("khối") is a unit of a Party organisation's line, with or without diacritics, alone or before its name
    from vanban.facts.lexicon import current
    from vanban.text import fold

    blocks = current().words("party_block")
    assert blocks
    for w in blocks:
        assert letterhead.party_org(f"ĐẢNG BỘ {w.upper()} CÁC CƠ QUAN TRUNG ƯƠNG") == (
            fold(w),
            w.upper(),
            "CÁC CƠ QUAN TRUNG ƯƠNG",
        )
        assert letterhead.party_org(f"DANG BO {fold(w).upper()}") == (fold(w), fold(w).upper(), "")
        # near miss: the word glued to the name is none ("ĐẢNG BỘ KHỐICÁC CƠ QUAN")
        assert letterhead.party_org(f"ĐẢNG BỘ {w.upper()}CÁC CƠ QUAN") is None


def test_a_party_organisations_block_words_are_the_callers_lexicons():
    # "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH" (the block of vocabulary ``party_block``, corpus-real-15/news-cand-chuanbi-daihoi-
    # dukhoi-cqtw-xii-ct36-2015.txt): read with the lexicon the caller passes, not the bundled one; a lexicon without the
    # row reads no Party organisation there (and spells the line as any other), one with a row of its own reads that
    from vanban.facts import Lexicon
    from vanban.facts.tables import Word

    base = Lexicon.default()
    without = tuple(w for w in base.vocabulary if w.list != "party_block")
    lacking = Lexicon(base.doc_types, base.issuer_rows, base.terms, base.registry, without)
    cum = Lexicon(base.doc_types, base.issuer_rows, base.terms, base.registry, (*without, Word("party_block", "cụm", "", "")))
    line = "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH"
    assert letterhead.party_org(line, base) == ("khoi", "KHỐI", "CÁC CƠ QUAN TỈNH")
    assert letterhead.party_org(line, lacking) is None and letterhead.party_org(line, cum) is None
    assert letterhead.party_org("ĐẢNG BỘ CỤM CÁC CƠ QUAN", cum) == ("cum", "CỤM", "CÁC CƠ QUAN")
    assert letterhead.canonical_org(line, base) == "Đảng bộ khối Các Cơ Quan Tỉnh"
    assert letterhead.canonical_org(line, lacking) == "Đảng Bộ Khối Các Cơ Quan Tỉnh"


def test_the_unit_words_of_a_letterhead_are_the_callers_lexicons():
    # "ỦY BAN NHÂN DÂN / TỈNH HÀ GIANG" (corpus-real-11/qd-1209-qd-ubnd-hagiang-quyche-bcd-danso-2013.txt): the line that
    # opens with a unit word (vocabulary unit of the lexicon the caller passes, not the bundled one) is the locality of
    # the issuer above it; a lexicon without "tỉnh" reads the second line alone as the issuer (near miss)
    import vanban
    from lexicons import with_rows
    from paths import ROOT
    from vanban.facts import Lexicon

    text = (ROOT / "tests/fixtures/corpus-real-11/qd-1209-qd-ubnd-hagiang-quyche-bcd-danso-2013.txt").read_text(encoding="utf-8")
    no_province = with_rows("unit", *[(w, k) for w, k in Lexicon.default().pairs("unit") if w != "tỉnh"])
    assert vanban.parse(text).header.issuer == "Ủy ban nhân dân tỉnh Hà Giang"
    assert vanban.parse(text, lexicon=no_province).header.issuer == "Tỉnh Hà Giang"


def test_a_party_organisations_line_of_a_town_or_a_ward_places_the_document():
    # the line above the issuer names its Party organisation, "ĐẢNG BỘ TỈNH GIA LAI / HUYỆN ỦY PHÚ THIỆN" (corpus/gialai-
    # phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md's letterhead): a town's ("thị trấn", a unit of vocabulary unit
    # as "xã" is) is located as a commune's is when the gazetteer knows one of that name, not skipped by a list of its
    # own; a block (party_block: "ĐẢNG BỘ KHỐI …") is no place (near miss)
    import vanban

    body = "\nCHI BỘ TỔ DÂN PHỐ 1\n*\nSố 05-KH/CB\nngày 30 tháng 6 năm 2021\n\nKẾ HOẠCH\nthực hiện Kết luận số 93-KL/TW\n"
    for line, place in (
        ("ĐẢNG BỘ THỊ TRẤN PHÚ THIỆN", ("Gia Lai", "Phú Thiện")),
        ("ĐẢNG BỘ XÃ NGHĨA TRỤ", ("Hưng Yên", "Văn Giang")),
        ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", (None, None)),
    ):
        h = vanban.parse(line + body).header
        assert (h.province, h.district) == place, line


def test_a_communes_district_as_its_party_organisation_writes_it_is_read_with_the_callers_unit_words():
    # "ĐẢNG BỘ HUYỆN CHÂU THÀNH / ĐẢNG ỦY XÃ BÌNH HÒA" is one place (letterhead._locate_commune; "ĐẢNG BỘ HUYỆN ĐẠI TỪ /
    # ĐẢNG ỦY XÃ LA BẰNG", corpus-real-23/commune-123docz-labang-daitu-kh-09-kh-du-2020-
    # hd-33-hd-btctw.txt): the commune is sought in the district its Party organisation names when the
    # caller's lexicon makes the unit a district's ("đặc khu", kind district, the bill of 2018), not elsewhere; where the
    # caller's lexicon makes it a commune's, the gazetteer's only Thạch Đà (Mê Linh, Hà Nội) is taken (near miss)
    import vanban
    from lexicons import with_units

    text = "ĐẢNG BỘ ĐẶC KHU PHÚ QUỐC\nĐẢNG ỦY XÃ THẠCH ĐÀ\n*\nSố 05-KH/ĐU\nPhú Quốc, ngày 30 tháng 6 năm 2021\n\nKẾ HOẠCH\nX\n"
    h = vanban.parse(text, lexicon=with_units(("đặc khu", "district"))).header
    assert (h.commune, h.district, h.province) == ("Thạch Đà", "Phú Quốc", "Kiên Giang")
    h = vanban.parse(text, lexicon=with_units(("đặc khu", "commune"))).header
    assert (h.commune, h.district, h.province) == ("Thạch Đà", "Mê Linh", "Hà Nội")


def test_a_department_line_is_its_committees_of_the_unit_its_superior_line_names_first():
    # "TỈNH ỦY GIA LAI / BAN TUYÊN GIÁO" (corpus/gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt): the
    # provincial committee's department; the near miss under a district whose name folds to a unit word, "HUYỆN ỦY TỊNH
    # BIÊN" (An Giang): the district committee's (the unit words of vocabulary unit read whole, the first one deciding;
    # "tinh" read anywhere in the folded line made it the province's until session 45)
    import vanban
    from paths import ROOT

    text = (ROOT / "corpus" / "gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt").read_text(encoding="utf-8")
    got = [vanban.parse(text.replace("TỈNH ỦY GIA LAI", sup, 1)).header for sup in ("TỈNH ỦY GIA LAI", "HUYỆN ỦY TỊNH BIÊN")]
    assert [(h.issuer, h.level, h.district) for h in got] == [
        ("Ban Tuyên giáo Tỉnh ủy", "provincial", None),
        ("Ban Tuyên giáo Huyện ủy", "district", "Tịnh Biên"),
    ]


def _marked(marked: str) -> tuple[str, Reference]:
    """The real text in ``marked`` and the reference its marks span: "[…]" what the reference writes, "{…}" its symbol."""
    text = marked.translate({ord(c): None for c in "[]{}"})
    start, cs = marked.index("["), marked.index("{") - 1
    ce, end = marked.index("}") - 2, marked.index("]") - 3
    return text, Reference(start, end, text[start:end], code_span=(cs, ce))


def test_the_own_number_line_reader_answers_every_form_of_the_line():
    # the one reader of the page's own number line (resolve had three: a "Số:" label just before the symbol, a
    # "<Type> số:" line holding only the symbol, D92's number label closed by the line's end or the place and date); the
    # spans as find_references gives them, on the real lines of tests/references/test_resolve.py: after the run-in stars
    # (corpus-real-17/youth-2mit-qd-367-qd-twdtn-vp-quydinh-banhanh-vanban-2013.txt), after the motto and a party
    # letterhead's star with no colon (corpus-real-23), an issuer in capitals run onto the line (corpus-real-24), a law's
    # "<Type> số:" line (corpus-real-26), D92's issuer in mixed case, place and date after the symbol and register's row
    # (corpus-real-36, -51, -52)
    for marked in (
        "BAN CHẤP HÀNH TRUNG ƯƠNG***[Số: {367 - QĐ/TWĐTN}]-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29",
        "Độc lập - Tự do - Hạnh phúc [Số: {76/2016/NQ-HĐND}] Lào Cai, ngày 15",
        "ĐẢNG ỦY XÃ LA BẰNG * [Số {09 KH/ĐU}] ĐẢNG CỘNG SẢN VIỆT NAM",
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- [Số: {26/2015/QĐ-UBND}] | CỘNG HÒA",
        "QUỐC HỘI\n_______\n\n[Luật số: {66/2020/QH14}]\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "10-01-2022\nChính phủ [Số: {04/NQ-CP}] |\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Hạnh phúc --------------- [Số: {612/QĐ-BYT}] Hà Nội, ngày 14 tháng 3 năm 2024",
        "tuần hoàn đến 2035\nSố hiệu:\n|\n[{222/QD-TTg}]\n|\n|\nLoại văn bản:\n",
    ):
        assert letterhead.on_own_number_line(*_marked(marked)), marked
    # cited: a date with no place after the symbol; "số:" inside a sentence; a list's star before "Thực hiện"
    for marked in (
        "Theo [Công văn của UBND Số: {431/UBND-KT}] ngày 9 tháng 5 năm 2008",
        "Theo đề nghị của Sở Kế hoạch và Đầu tư tại [công văn số: {431/KHĐT-KTĐN}] ngày 9\ntháng 5 năm 2008,",
        "* Thực hiện [Hướng dẫn số {33-HD/BTCTW}] ngày 30/10/2020",
    ):
        assert not letterhead.on_own_number_line(*_marked(marked)), marked
