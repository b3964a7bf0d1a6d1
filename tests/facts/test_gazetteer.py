"""The gazetteer's two maps: the 63 provinces with their districts (legacy) and, from 1 July 2025,
the 34 provinces with their communes and wards directly under them."""

from __future__ import annotations

import datetime as dt

from vanban.facts import gazetteer

BEFORE, AFTER = dt.date(2021, 6, 30), dt.date(2025, 8, 22)


def test_the_map_is_chosen_by_date():
    assert gazetteer.era(BEFORE) == "legacy" and gazetteer.era(AFTER) == "2025"
    assert gazetteer.era(dt.date(2025, 6, 30)) == "legacy" and gazetteer.era(gazetteer.REFORM_DATE) == "2025"
    assert len(gazetteer.provinces(BEFORE)) == 63 and len(gazetteer.provinces(AFTER)) == 34
    assert "Bình Định" in gazetteer.provinces(BEFORE) and "Bình Định" not in gazetteer.provinces(AFTER)


def test_no_district_after_the_reform():
    assert "Phú Thiện" in gazetteer.districts_of("Gia Lai", BEFORE)
    assert gazetteer.districts_of("Gia Lai", AFTER) == []
    communes = gazetteer.units_of("Gia Lai", "commune", AFTER)
    assert len(communes) == 135 and all(c.district is None and c.era == "2025" for c in communes)
    assert gazetteer.locate("Nhơn Châu", "commune", "Gia Lai", AFTER).label == "Nhơn Châu, Gia Lai"
    assert gazetteer.locate("Ia Sol", "commune", "Gia Lai", BEFORE).label == "Ia Sol, Phú Thiện, Gia Lai"


def test_units_are_written_with_their_unit_word():
    city = gazetteer.units_of("Bến Tre", "district", BEFORE)[0]
    assert (city.name, city.unit, city.written) == ("Bến Tre", "thành phố", "thành phố Bến Tre")
    ward = next(c for c in gazetteer.units_of("Lào Cai", "commune", AFTER) if c.name == "Lào Cai")
    assert ward.written == "phường Lào Cai"
    assert "Ia Sol" in [c.name for c in gazetteer.units_of("Gia Lai", "commune", BEFORE, "Phú Thiện")]


def test_a_province_by_its_other_names():
    # the big cities' common spellings, and Thừa Thiên Huế: the province's name until Huế became a city run by the
    # centre (1 January 2025); the legacy map writes it "Huế" ("Tỉnh ủy Thừa Thiên Huế",
    # corpus-real/kl-445-tu-thuathienhue-2022-ocr.txt)
    assert gazetteer.province("TP. HCM") == gazetteer.province("Sài Gòn") == "Hồ Chí Minh"
    assert gazetteer.province("Thừa Thiên Huế") == gazetteer.province("THỪA THIÊN - HUẾ") == "Huế"
    assert gazetteer.locate("Phú Vang", "district", "Thừa Thiên Huế", BEFORE).label == "Phú Vang, Huế"
    assert gazetteer.province("Thừa Thiên") is None


def test_a_stored_index_makes_its_communes_at_first_use(tmp_path, monkeypatch):
    """Read back from the disk cache, the legacy index makes its 13,544-name table of communes only when a lookup
    asks for it (2 of the 22 texts of corpus/ do): the same table as the one built."""
    G = gazetteer
    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path))
    G._index.cache_clear()
    try:
        built = G._index(G.LEGACY)
        G._index.cache_clear()
        read = G._index(G.LEGACY)
        assert read.communes is None and read.districts == built.districts
        assert read.commune_table() == built.communes and read.communes is not None
    finally:
        G._index.cache_clear()


def test_the_unit_words_folded_are_the_vocabularys_unit_list():
    # "ĐẢNG BỘ TỈNH GIA LAI" read folded, "dang bo tinh gia lai" (corpus/gialai-krongpa-huyenuy-kehoach-36-khhu-2021-05-
    # 28-kl93.txt): the letterhead's lines, the context's Party organisations and a congress's unit read vocabulary
    # ``unit`` folded, not a copy of it; "TP." is no unit word of a line
    import re

    from vanban.facts.lexicon import current
    from vanban.text import fold

    words, folded = {fold(w) for w in current().words("unit") if not w.endswith(".")}, gazetteer.units(current()).folded
    assert {w for w in words if re.fullmatch(folded, w)} == words
    assert re.fullmatch(folded, "tp") is None and re.fullmatch(folded, "thi") is None
    assert gazetteer.unit_words("district", "city") == {"huyen", "quan", "thi xa", "thanh pho", "tp"}
    assert gazetteer.unit_words("commune") == {"xa", "phuong", "thi tran", "dac khu"}


def test_a_unit_words_kind_is_read_from_the_callers_lexicon():
    # "Hướng dẫn thành lập đảng bộ xã, phường, đặc khu (cấp xã mới) sau sáp nhập" (corpus-real-22/commune-lsvn-tag-hd-31-
    # hd-btctw-2025-thanhlap-dangbo-xa.txt): a caller whose vocabulary ``unit`` names "đặc khu" as a commune's unit gets
    # its kind; a caller's that does not name it gets none, though the bundled vocabulary names it since the 2025 reform
    # (s41-alt: gold unmoved), and a word of it alone ("khu") is none (near misses)
    from lexicons import with_units
    from vanban.facts.lexicon import Lexicon

    lex = with_units(("đặc khu", "commune"))
    assert gazetteer.unit_kind("đặc khu", lex) == "commune" and gazetteer.unit_kind("Đặc khu", lex) == "commune"
    assert gazetteer.unit_kind("huyện", lex) == "district" and gazetteer.unit_kind("TP.", lex) == "city"
    assert gazetteer.unit_kind("khu", lex) is None
    assert gazetteer.unit_kind("đặc khu", with_units()) is None
    assert gazetteer.unit_kind("đặc khu", Lexicon.default()) == "commune" and gazetteer.unit_kind("đặc khu") == "commune"


def test_a_callers_unit_word_reaches_every_form_of_the_unit_words():
    # "Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc trung ương" (corpus-real-21/state-pbgdpl-
    # thaibinh-luat-72-2025-qh15-nd-142-150-thongtu-2025.txt): a caller's "đặc khu" is a unit word as written, folded,
    # opening a name and opening it in capitals; "khu" alone is none (near miss)
    import re

    from lexicons import with_units

    u = gazetteer.units(with_units(("đặc khu", "commune")))
    assert re.fullmatch(u.written, "đặc khu") and re.fullmatch(u.folded, "dac khu") and re.fullmatch(u.folded, "khu") is None
    assert u.start.match("Đặc khu Phú Quốc").group(1) == "Đặc khu" and u.start_cased.match("ĐẶC KHU VÂN ĐỒN")
    assert u.kinds["dac khu"] == "commune" and u.start.match("khu phố 3") is None
    assert gazetteer.units(with_units()).start.match("Đặc khu Phú Quốc") is None


def test_a_place_after_a_callers_unit_word_is_located():
    # "Hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa XIII diễn ra từ ngày 18 - 19/7/2025 tại thủ đô Hà Nội."
    # (corpus-real-13/news-vneconomy-duccqdtw-hntw12-quantriet-ct50-2025.txt): a caller whose vocabulary ``unit`` names
    # "thủ đô" (a province's) has locate, province, district and commune read the name after it; the bundled lexicon
    # does not (near miss), and the caller's unit words are still read with their diacritics: "Tịnh Biên" is no
    # "tỉnh Biên" (near miss)
    from lexicons import with_units
    from vanban.facts.lexicon import Lexicon

    capital = with_units(("đặc khu", "commune"), ("thủ đô", "province"))
    assert gazetteer.locate("thủ đô Hà Nội", lex=capital).label == "Hà Nội"
    assert gazetteer.locate("Thủ đô Hà Nội", "province", lex=capital).name == "Hà Nội"
    assert gazetteer.province("Thủ đô Hà Nội", AFTER, lex=capital) == "Hà Nội"
    assert gazetteer.locate("thủ đô Hà Nội") is None and gazetteer.locate("thủ đô Hà Nội", lex=Lexicon.default()) is None
    assert gazetteer.province("Thủ đô Hà Nội") is None
    assert gazetteer.locate("Tịnh Biên", lex=capital).full == "Thị xã Tịnh Biên"
    # (a province named after the caller's unit word narrows a district's and a commune's look-up too)
    assert [p.name for p in gazetteer.district("huyện Phú Thiện", "thủ đô Gia Lai", lex=capital)] == ["Phú Thiện"]
    assert gazetteer.district("huyện Phú Thiện", "thủ đô Gia Lai") == []
    assert [c.name for c in gazetteer.commune("Ia Sol", "Phú Thiện", "thủ đô Gia Lai", BEFORE, lex=capital)] == ["Ia Sol"]


def test_a_commune_is_looked_up_once_and_each_caller_gets_its_own_list():
    # "ĐẢNG BỘ HUYỆN PHÚ THIỆN / ĐẢNG ỦY XÃ IA SOL": every plan of that commune asks again (gazetteer._commune_in keeps
    # the answer by name, district, province and map); a caller that changes its list changes no later answer
    when = dt.date(2021, 7, 9)
    first = gazetteer.commune("Ia Sol", "Phú Thiện", "Gia Lai", when)
    assert [p.label for p in first] == ["Ia Sol, Phú Thiện, Gia Lai"]
    first.clear()
    again = gazetteer.commune("Ia Sol", "Phú Thiện", "Gia Lai", when)
    assert [p.label for p in again] == ["Ia Sol, Phú Thiện, Gia Lai"] and again is not first
    assert gazetteer.commune("Ia Sol", "Phú Thiện", "Gia Lai", dt.date(2021, 1, 1)) == again  # (one map: one answer)
    assert gazetteer.commune("Ia Sol", "Krông Pa", "Gia Lai", when) == []  # (another district: none)
