"""The helpers every rule shares (vanban.checks.base)."""

from __future__ import annotations

import pytest

import vanban
from vanban.checks.base import code_types, part_span
from vanban.facts import Lexicon
from vanban.grammar import parse_code


@pytest.mark.parametrize(
    "code, types",
    [
        ("144-QĐ/TW", ["Quyết định", "Quy định"]),  # QĐ serves both
        ("08-QĐi/TW", ["Quy định"]),  # the "i" marked Quy định in 2018–2019
        ("93-KL/TW", ["Kết luận"]),
        ("30/2020/NĐ-CP", ["Nghị định"]),
        ("153/TW", []),  # no type abbreviation
    ],
)
def test_code_types_are_the_readings_of_the_abbreviation(code, types):
    lex = Lexicon.default()
    assert [t.name for t in code_types(parse_code(code, lex), lex)] == types


def test_code_types_of_no_code():
    assert code_types(None, Lexicon.default()) == ()


def test_part_span_is_the_part_else_the_whole_citation():
    text = "Thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư"
    r = vanban.find_references(text)[0]
    assert text[slice(*part_span(r, r.date_span))] == "20/11/2020"
    assert text[slice(*part_span(r, r.term_span))] == text[r.start : r.end]  # no term written


def test_a_central_code_ends_in_the_central_committees():
    # "Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư" (corpus/tw-ketluan-93-kltw-2020-11-20.txt): the Politburo's
    # and the Secretariat's codes end in /TW, their organs' too (VPTW, BTCTW); near misses: "40/2016/TT-BCT" shows BCT
    # in a code is the Bộ Công Thương's (issuers.csv), BBT no code of the table, a Đảng ủy Khối's and a national mass
    # organisation's are not central
    from vanban.checks.base import central_code

    lex = Lexicon.default()
    assert all(central_code(c, lex) for c in ("93-KL/TW", "36-HD/VPTW", "12-HD/BTCTW", "2-KL/T.Ư"))
    assert not any(central_code(c, lex) for c in ("10-KL/BCT", "05-CT/BBT", "23-QĐ/ĐUK", "1-KH/HNDTW", "25-KH/TU"))
