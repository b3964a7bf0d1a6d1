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
