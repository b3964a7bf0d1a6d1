from __future__ import annotations

import datetime as dt

from vanban.facts import Lexicon

tables = Lexicon.default()  # the lookups of the bundled data files


def test_terms_from_dates():
    assert tables.term_for_date(dt.date(2010, 4, 16)) == "X"
    assert tables.term_for_date(dt.date(2015, 3, 24)) == "XI"
    assert tables.term_for_date(dt.date(2020, 11, 20)) == "XII"
    assert tables.term_for_date(dt.date(2021, 1, 31)) == "XIII"
    assert tables.term_for_date(dt.date(2021, 1, 30)) == "XII"
    assert tables.term_for_date(dt.date(2026, 2, 1)) == "XIV"
    assert tables.term_for_date(dt.date(2016, 6, 1), body="assembly") == "XIII"


def test_quy_dinh_abbreviation_is_ambiguous():
    assert {t.name for t in tables.types_by_abbr("QĐ")} == {"Quyết định", "Quy định"}
    assert [t.name for t in tables.types_by_abbr("QĐi")] == ["Quy định"]
    assert [t.name for t in tables.types_by_abbr("QyĐ", "state")] == ["Quy định"]


def test_levels():
    assert tables.level_of_code("TW") == "central"
    assert tables.level_of_code("VPTW") == "central"
    assert tables.level_of_code("TU") == "provincial"
    assert tables.level_of_code("BTGTU") == "provincial"
    assert tables.level_of_code("HU") == "district"
    assert tables.level_of_code("QU") == "district"
    assert tables.level_of_code("ĐU") == "grassroots"
    assert tables.level_of_code("UBND") == "state"


def test_registry_keeps_code_collisions():
    rows = tables.known("42-CT/TW")
    assert {(r.date, r.issuer, r.term) for r in rows} == {
        (dt.date(2010, 4, 16), "Bộ Chính trị", "X"),
        (dt.date(2015, 3, 24), "Ban Bí thư", "XI"),
        (dt.date(2020, 3, 24), "Ban Bí thư", "XII"),
    }
    assert all(r.source for r in tables.registry)


def test_roman():
    from vanban.text import arabic, roman

    assert roman(13) == "XIII" and arabic("XIII") == 13 and arabic("IIII") is None and arabic("8") == 8


def test_data_files_are_well_formed():
    """Every row of the bundled tables has its fields: a list name, a phrase and a source for each vocabulary row, no
    stray line (a merge left "<<<<<<< HEAD" / "=======" / ">>>>>>> s12-iss" in vocabulary.csv once, read as three
    junk rows)."""
    import csv
    import re
    from pathlib import Path

    from vanban.facts import tables as data_tables

    data = Path(data_tables.__file__).resolve().parent / "data"
    for w in data_tables.load_vocabulary():
        assert re.fullmatch(r"[a-z_]+", w.list) and w.phrase and w.source, w
    for name in sorted(p.name for p in data.glob("*.csv")):
        text = (data / name).read_text(encoding="utf-8")
        assert not re.search(r"(?m)^(?:<{7}|={7}|>{7})", text), name
        rows = list(csv.reader(text.splitlines()))
        assert all(len(r) == len(rows[0]) for r in rows[1:] if r), name


def test_every_page_a_data_file_quotes_is_a_fixture():
    """A fact's source is a page the tests hold: every "corpus-real(-N)/<file>" a data file quotes ("'Kế hoạch số 298
    KH/TWĐTN ngày 14/7/2011 …' (corpus-real-2/kh-thanhdoan-hanoi-kh298-twdtn-2011.txt)") names a file under
    ``tests/fixtures`` — nine notes had named the batch before the page moved, or a file name as first saved (session
    52); a reader following a rule's source must find its sentence."""
    import re
    from pathlib import Path

    from paths import REAL
    from vanban.facts import tables as data_tables

    data = Path(data_tables.__file__).resolve().parent / "data"
    quoted = {
        m.group(0)
        for p in sorted(data.glob("*.*"))
        for m in re.finditer(r"(?<![\w-])corpus-real(?:-\d+)?/[\w.-]+\.(?:txt|md|pdf|docx)", p.read_text(encoding="utf-8"))
    }
    assert len(quoted) > 300
    assert [q for q in sorted(quoted) if not (REAL.parent / q).is_file()] == []


def test_a_vocabulary_note_several_rows_share_is_written_once():
    """One note per fact: a note several vocabulary rows share ("words that end an organisation's name", 27 rows of
    ``organisation_stop``) is a row of ``vocabulary_notes.csv``, the rows naming it; a note written in a row is that row's
    alone, and every shared note is named by two rows or more. The loaded rows carry the note itself."""
    import csv
    from collections import Counter
    from pathlib import Path

    import pytest

    from vanban.facts import tables as data_tables

    data = Path(data_tables.__file__).resolve().parent / "data"
    with (data / "vocabulary_notes.csv").open(encoding="utf-8", newline="") as fh:
        notes = {r["note"]: r["source"] for r in csv.DictReader(fh)}
    with (data / "vocabulary.csv").open(encoding="utf-8", newline="") as fh:
        written = Counter(r["source"] for r in csv.DictReader(fh))
    own = {s: n for s, n in written.items() if s not in notes}
    assert own and all(n == 1 and " " in s for s, n in own.items()), [s for s, n in own.items() if n > 1][:3]
    assert all(written[name] >= 2 and " " not in name and " " in note for name, note in notes.items())
    assert len(set(notes.values())) == len(notes) and not set(notes.values()) & set(own)
    stops = [w for w in data_tables.load_vocabulary() if w.list == "organisation_stop"]
    assert notes["organisation_stop"] == "words that end an organisation's name"
    assert sum(w.source == notes["organisation_stop"] for w in stops) == written["organisation_stop"] == 27
    # near miss: a row naming a note the table has not is an error, not a source
    with pytest.raises(ValueError, match="organisation_stops"):
        data_tables._note("organisation_stops", notes)


def test_issuer_forms_are_also_written_with_an_organisations_abbreviation():
    """Every form that spells out a mass organisation's name is also written with its abbreviation (vocabulary
    ``name_abbreviation``), standing for the same issuer spelled in full: "của Ban Chấp hành Trung ương HND Việt Nam"
    (corpus-real-16/news-baocantho-hnd-tw-quantriet-nq46-daihoi-viii-2024.txt), "của Uỷ ban Hội LHTN Việt Nam tỉnh"."""
    from vanban.facts.tables import load_issuers

    rows = load_issuers()
    forms = dict(rows)
    assert forms["Ban Chấp hành Trung ương HND Việt Nam"].form == "Ban Chấp hành Trung ương Hội Nông dân Việt Nam"
    assert forms["Ủy ban Hội LHTN Việt Nam"].form == "Ủy ban Hội Liên hiệp Thanh niên Việt Nam"
    assert forms["Ban Chấp hành Hội CCB"].body == "Hội Cựu chiến binh"
    assert forms["Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam"].body == forms["Mặt trận Tổ quốc Việt Nam"].body
    assert len(rows) == len(forms)  # (a form written in the rows already is not added again)


def test_issuer_forms_are_cut_short_twice():
    """A form may be written with two abbreviations, each of its vocabulary row: "T.Ư" for "Trung ương" and "Hội NDVN" in
    "Nghị quyết số 27-NQ/HNDTW ngày 29/6/2016 của Ban Thường vụ T.Ư Hội NDVN" (corpus-real-22/hoi-tapchinongthonmoi-hnd-
    ninhbinh-nq-27-nq-hndtw-dean-thucpham.txt), "BCH" and "T.Ư" in "BCH T.Ư Đoàn đã thảo luận về Chương trình hành động"
    (corpus-real-5/news-thieunien-10-sukien-doan-2023.txt)."""
    from vanban.facts.tables import load_issuers

    rows = load_issuers()
    forms = dict(rows)
    assert forms["Ban Thường vụ T.Ư Hội NDVN"].form == "Ban Thường vụ Trung ương Hội Nông dân Việt Nam"
    assert forms["BCH T.Ư Đoàn"].form == "Ban Chấp hành Trung ương Đoàn"
    assert forms["Ban Bí thư T.Ư Đoàn"].body == forms["Ban Bí thư Trung ương Đoàn"].body
    assert len(rows) == len(forms)


def test_committee_forms_are_also_written_cut_short():
    """A committee's own name is cut short as an organisation's is (vocabulary ``name_abbreviation``: BCH, BTV), before
    any committee the rows spell out: "Kế hoạch số 09KH/ĐTN ngày 22/02/2013 của BCH Huyện Đoàn Thọ Xuân"
    (corpus-real-18/youth-huyendoanthoxuan-xuantan-thang-thanhnien-kh-09kh-dtn-2013.txt), "BTV Thành đoàn tổ chức Hội
    nghị" (corpus-real-10/thanhdoan-hoabinh-hoctap-nq-daihoi-doan-xi-2018.txt)."""
    from vanban.facts.tables import load_issuers

    forms = dict(load_issuers())
    assert forms["BCH Huyện đoàn"].form == "Ban Chấp hành Huyện đoàn"
    assert forms["BTV Thành đoàn"].form == "Ban Thường vụ Thành đoàn"
    assert forms["BTV Đảng ủy"].body == forms["Đảng ủy"].body
    assert forms["BTV Tỉnh ủy"].form == "Ban Thường vụ Tỉnh ủy"  # (a row's own short form is kept as it is)


def test_a_plenum_glued_by_the_copy_speaks_for_the_central_committee():
    """ "Nghị quyết Hộinghị lần thứ 7, Ban chấp hành Trung ương Đảng khóa X" (corpus-real-14/doc-123docz-ntm-myhao-
    hungyen-nq-tw7-khoax-damaged.txt): the plenum's words glued, the body is still the Central Committee."""
    got = tables.issuer_by_form("Hộinghị lần thứ 7, Ban chấp hành Trung ương Đảng")
    assert got is not None and got.body == "Ban Chấp hành Trung ương Đảng"


def test_the_types_the_law_gives_to_one_body():
    """doc_types.csv ``issuers``: Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4 (a law is the Quốc hội's, a
    pháp lệnh its Standing Committee's, a nghị định the Chính phủ's); the other types name no body."""
    from vanban.facts import Lexicon

    lex = Lexicon.default()
    assert lex.type_by_name("Bộ luật").issuers == ("Quốc hội",)
    # (and, 1981-1992, the Hội đồng Nhà nước's: Hiến pháp 1980, Điều 100)
    assert lex.type_by_name("Pháp lệnh").issuers == ("Ủy ban Thường vụ Quốc hội", "Hội đồng Nhà nước")
    assert not lex.may_issue("Chính phủ", "Luật") and lex.may_issue("Hội đồng Nhà nước", "Pháp lệnh")
    # (Điều 19: "Chính phủ ban hành nghị định"; 1981-1992 the Hội đồng Bộ trưởng's, Hiến pháp 1980, Điều 107: "Căn cứ
    # Nghị định 156/HĐBT ban hành ngày 17/12/1981 của Hội đồng Bộ trưởng", corpus-real-26; in the 1950s the Thủ tướng's:
    # "ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định số 100/TTg", corpus-real-9)
    assert lex.type_by_name("Nghị định").issuers == ("Chính phủ", "Hội đồng Bộ trưởng", "Thủ tướng Chính phủ")
    assert not lex.may_issue("Quốc hội", "Nghị định") and lex.may_issue("Hội đồng Bộ trưởng", "Nghị định")
    assert all(lex.may_issue("Chính phủ", t.name) for t in lex.doc_types if not t.issuers)


def test_a_body_whose_name_holds_ve_is_read_whole():
    """A national committee's name holds "về", before which a body's name otherwise stops (it opens a subject); the
    labels keep such a name whole on every dev page that writes one (corpus-real-12, -45, -46): "Công văn số
    01/CV-UBQGNCT ngày 15 tháng 3 năm 2023 của Ủy ban Quốc gia về người cao tuổi Việt Nam về triển khai Tháng hành động
    …" (corpus-real-45/news-snv-kontum-thang-hanh-dong-nguoi-cao-tuoi-2023.txt), "công văn số 2854/BCĐ-TKNL ngày
    23/3/2010 của Ban Chỉ đạo Chương trình mục tiêu quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả - Bộ Công
    Thương đề nghị …" (corpus-real-46/doc-hethongphapluat-cv877-bxd-khcn-nang-luong-tiet-kiem-2010.txt)."""
    import vanban

    text = (
        "Căn cứ Công văn số 01/CV-UBQGNCT ngày 15 tháng 3 năm 2023 của Ủy ban Quốc gia về người cao tuổi Việt Nam về "
        "triển khai Tháng hành động vì người cao tuổi Việt Nam năm 2023"
    )
    assert [r.issuer for r in vanban.find_references(text)] == ["Ủy ban Quốc gia về người cao tuổi Việt Nam"]
    text = (
        "Bộ Xây dựng nhận được công văn số 2854/BCĐ-TKNL ngày 23/3/2010 của Ban Chỉ đạo Chương trình mục tiêu quốc gia "
        "về sử dụng năng lượng tiết kiệm và hiệu quả - Bộ Công Thương đề nghị gửi báo cáo tổng kết"
    )
    body = "Ban Chỉ đạo Chương trình mục tiêu quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả"
    assert [r.issuer for r in vanban.find_references(text)] == [body + " - Bộ Công Thương"]
