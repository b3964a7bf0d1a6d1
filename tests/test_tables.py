from __future__ import annotations

import datetime as dt

import vanban
from vanban import tables


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
    }
    assert all(r.source for r in tables.registry())


def test_registry_extension(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(
        "code,doc_type,number,date,issuer,term,subject,relation_to,source,status\n"
        "999-KL/TW,Kết luận,999,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,test,verified\n",
        encoding="utf-8",
    )
    rows = tables.load_registry(p)
    try:
        assert tables.known("999-KL/TW")[0].date == dt.date(2024, 1, 2)
    finally:
        for r in rows:
            tables._USER_REGISTRY.remove(r)
        tables._registry_by_code.cache_clear()


def test_issuer_extension():
    """A body the table does not know (a mass organisation's standing committee)."""
    from vanban import regexes

    text = "Thực hiện Kế hoạch số 12-KH/HNDT, ngày 03/3/2021 của Ban Thường vụ Hội Nông dân tỉnh về công tác tuyên truyền."
    before = vanban.find_references(text)[0]
    assert before.issuer is None and text[before.start : before.end] == "Kế hoạch số 12-KH/HNDT, ngày 03/3/2021"
    n = len(tables._EXTRA_ISSUERS)
    tables.add_issuer_forms("Ban Thường vụ Hội Nông dân tỉnh", ["Ban Thường vụ Hội Nông dân tỉnh"], "HNDT", "provincial")
    try:
        r = vanban.find_references(text)[0]
        assert r.issuer == "Ban Thường vụ Hội Nông dân tỉnh" and r.subject == "công tác tuyên truyền"
        assert r.level == "provincial" and tables.level_of_code("HNDT") == "provincial"  # the level it was taught
        assert r.end == text.index(" về công tác")
    finally:
        del tables._EXTRA_ISSUERS[n:]
        tables._issuer_lookup.cache_clear()
        regexes.reset()
    assert vanban.find_references(text)[0].issuer is None and tables.level_of_code("HNDT") == "state"


def test_roman():
    assert tables.roman(13) == "XIII" and tables.arabic("XIII") == 13 and tables.arabic("IIII") is None
