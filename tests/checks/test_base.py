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
