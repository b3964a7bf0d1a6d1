"""The helpers every rule shares (vanban.checks.base)."""

from __future__ import annotations

import pytest

import vanban
from vanban.checks.base import Cite, code_types, part_span
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


def test_the_bodies_of_a_registry_row_are_read_once_an_issuer():
    """row_bodies: "Bộ Chính trị, Ban Bí thư" names two bodies, kept by the row's issuer; a row of one body, one."""
    from vanban.checks.base import row_bodies

    lex = Lexicon.default()
    two = next(k for k in lex.registry if k.issuer == "Bộ Chính trị, Ban Bí thư")
    one = next(k for k in lex.registry if k.issuer == "Ban Bí thư")
    assert row_bodies(two, lex) == {"Bộ Chính trị", "Ban Bí thư"} and row_bodies(one, lex) == {"Ban Bí thư"}
    assert row_bodies(two, lex) is lex.cached("checks.row_bodies", dict)[two.issuer]


def test_a_central_code_is_read_once_a_lexicon():
    """central_code, asked of every coded citation, kept in the lexicon: the Politburo's and a central commission's
    codes and a law's are central; a provincial plan's, a Youth Union's and a Đảng ủy Khối's are not."""
    from vanban.checks.base import central_code

    lex, other = Lexicon.default(), Lexicon.default().with_registry([])
    assert [central_code(c, lex) for c in ("93-KL/TW", "36-HD/VPTW", "77/2015/QH13")] == [True, True, True]
    assert [central_code(c, lex) for c in ("25-KH/TU", "23-KH/TWĐTN", "107-KH/ĐUK", "", None)] == [False] * 5
    assert lex.cached("checks.central_codes", dict)["93-KL/TW"] is True and "93-KL/TW" not in other.cached(
        "checks.central_codes", dict
    )


def test_a_citation_is_dated_once_for_its_row_and_the_unknown_codes(monkeypatch):
    """A Cite's period (citation_period) is read once for registry_row and unknown_central; a row found in the
    citation's own code and period answers unknown_central without a second look-up: "Kết luận số 93-KL/TW, ngày
    20/11/2020" is known, "Kết luận số 83-KL/TW ngày 21/6/2024" (no row that year) is not."""
    from vanban.checks import base

    doc = vanban.parse(
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư và Kết luận số 83-KL/TW ngày 21/6/2024 của Bộ Chính trị."
    )
    lex = Lexicon.default()
    periods = []
    real = base.citation_period
    monkeypatch.setattr(base, "citation_period", lambda t, d, x: periods.append(t) or real(t, d, x))
    known, unknown = base.Cited(doc, lex, base.coded(doc)).each()
    assert len(periods) == len(set(map(id, periods))) == 2  # once each
    assert known.row() is not None and known.found_in_period() and not known.kinds & base.UNKNOWN
    assert not unknown.found_in_period() and unknown.kinds & base.UNKNOWN and unknown.period() == ({"date": unknown.date}, True)
    for x in (known, unknown):  # the same answer as a citation looked up by itself
        assert base.unknown_central(x.ref, doc, lex, x) == base.unknown_central(x.ref, doc, lex)
        assert base.registry_row(x.ref, doc, lex, x) == base.registry_row(x.ref, doc, lex)


def test_the_kinds_of_a_citation_are_one_flag_and_its_ints():
    """Kind is the vocabulary of the kinds; the ints the walk reads are its members, by name: "Chỉ thị số 35-CT/TW ngày
    14/6/2024 của Ban Bí thư" is CODED, WRITTEN, DATED, SPANNED, ISSUED, KNOWN; a rule's kinds are kept as an int (an
    IntFlag's "&" is a Python call); the short form "Chỉ thị 42" is SHORT and WRITTEN, not CODED (near miss)."""
    from vanban.checks import base, reference
    from vanban.checks.base import Kind

    assert [getattr(base, k.name) for k in Kind] == [int(k) for k in Kind] and all(
        type(getattr(base, k.name)) is int for k in Kind
    )
    doc = vanban.parse("Căn cứ Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư và Chỉ thị 42 của Bộ Chính trị khóa 8")
    lex = Lexicon.default()
    full, short = (Cite(r, doc, lex) for r in doc.references)
    assert Kind(full.kinds) == Kind.CODED | Kind.WRITTEN | Kind.DATED | Kind.SPANNED | Kind.ISSUED | Kind.KNOWN
    assert Kind(short.kinds) & (Kind.SHORT | Kind.WRITTEN | Kind.CODED) == Kind.SHORT | Kind.WRITTEN
    assert (
        type(reference.registry_date.when) is int and reference.registry_date.when == Kind.KNOWN | Kind.UNKNOWN | Kind.NAMED_LAW
    )


def test_a_plan_hands_the_rules_of_a_kind_made_once():
    """walk_plan: the rules on one reference a CODED citation is handed to, in the order of RULES, made at the first ask
    and the same list after; a SHORT citation's are others (near miss: no CODED-only rule)."""
    from vanban.checks import RULES
    from vanban.checks.base import Kind, walk_plan

    picked = tuple(dict.fromkeys(RULES.values()))
    by_kinds, whole = walk_plan(picked)
    coded = by_kinds[int(Kind.CODED)]
    assert coded is by_kinds[int(Kind.CODED)] and coded == [fn.each for fn in picked if getattr(fn, "when", 0) & Kind.CODED]
    assert [fn.__name__ for fn in coded][:2] == ["type_code", "issuer_code"] and whole
    assert not {fn.__name__ for fn in by_kinds[int(Kind.SHORT)]} & {"type_code", "issuer_code"}
