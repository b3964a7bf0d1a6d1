"""Table-driven checks of ``vanban.find_references`` on real sentences.

The table is ``tests/cases/references.jsonl``: one case per line, each a real sentence
(or a short passage) from domain.md, the real excerpts in ``tests/fixtures/corpus-real``, the
seed, or the project corpus, plus minimal variants marked ``"source": "variant of …"``.
``expect`` lists every reference vanban should return, in text order; each expectation
checks only the keys it gives. Expectations were written from reading the sentences; where
vanban disagrees the case carries ``"xfail": "<what vanban gets wrong>"`` (strict).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import vanban

CASES_FILE = Path(__file__).resolve().parent.parent / "cases" / "references.jsonl"

#: Keys an expectation may carry.
KEYS = {
    "text",
    "doc_type",
    "number",
    "code",
    "date",
    "year",
    "issuer",
    "term",
    "relation",
    "kind",
    "resolved_code",
    "subject",
    "key",
}


def _load() -> list[dict]:
    out = []
    for n, line in enumerate(CASES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            case = json.loads(line)
            case["_line"] = n
            out.append(case)
    return out


CASES = _load()


def _params():
    out = []
    for case in CASES:
        marks = []
        if case.get("xfail"):
            marks.append(pytest.mark.xfail(strict=True, reason=case["xfail"]))
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


def _context(case: dict):
    raw = case.get("context")
    if raw is None:
        return None
    kw = dict(raw)
    if isinstance(kw.get("date"), str):
        kw["date"] = dt.date.fromisoformat(kw["date"])
    return vanban.Context(**kw)


def _nfd(s):
    return unicodedata.normalize("NFD", s) if isinstance(s, str) else s


def _actual(r, key: str, text: str):
    if key == "text":
        return text[r.start : r.end]
    if key == "date":
        return r.date.isoformat() if r.date else None
    if key == "resolved_code":
        return r.resolved.code if r.resolved is not None else None
    return getattr(r, key)


def _show(refs, text) -> str:
    lines = []
    for i, r in enumerate(refs):
        lines.append(
            f"  [{i}] {text[r.start : r.end]!r} doc_type={r.doc_type!r} number={r.number!r} code={r.code!r} "
            f"date={r.date} issuer={r.issuer!r} term={r.term!r} relation={r.relation!r} kind={r.kind!r} "
            f"resolved={(r.resolved.code if r.resolved else None)!r} subject={r.subject!r} key={r.key!r}"
        )
    return "\n".join(lines) or "  (none)"


@pytest.mark.parametrize("case", _params())
def test_case(case):
    text = case["text"]
    nfd = bool(case.get("nfd"))
    if nfd:
        text = unicodedata.normalize("NFD", text)
    refs = vanban.find_references(text, context=_context(case))

    # every returned reference: its text is exactly its span
    for r in refs:
        assert text[r.start : r.end] == r.text, f"r.text {r.text!r} is not text[{r.start}:{r.end}]"

    expect = case["expect"]
    assert len(refs) == len(expect), f"expected {len(expect)} reference(s), got {len(refs)}:\n{_show(refs, text)}"
    for i, (r, e) in enumerate(zip(refs, expect)):
        unknown = set(e) - KEYS
        assert not unknown, f"case {case['id']}: unknown expectation keys {unknown}"
        for key, want in e.items():
            if nfd and key == "text":
                want = _nfd(want)
            got = _actual(r, key, text)
            assert got == want, f"reference [{i}] {key}: expected {want!r}, got {got!r}\n{_show(refs, text)}"
            if key == "text":
                assert r.text == want, f"reference [{i}] r.text: expected {want!r}, got {r.text!r}"


# --- the table itself ------------------------------------------------------------------------

#: Form families (the part of ``form`` before " / ") and the least number of cases each needs.
FAMILIES = {
    "party code": 8,
    "state code": 5,
    "date": 6,
    "issuer": 6,
    "term": 4,
    "subject": 4,
    "shared": 4,
    "named": 5,
    "short": 4,
    "alias": 4,
    "self": 3,
    "relation": 8,
    "nested": 3,
    "dirty": 6,
    "negative": 8,
    "titled": 4,
    "lower-case type": 2,
}

#: Specific forms the brief asks for (prefixes of ``form``).
REQUIRED_FORMS = [
    "party code / spaced hyphen",
    "party code / missing space",
    "party code / state-style separators",
    "party code / hyphens only",
    "party code / TƯ for TW",
    "party code / T.Ư for TW",
    "party code / no số",
    "party code / Số:",
    "party code / QĐi",
    "state code / NĐ-CP",
    "state code / QĐ-UBND",
    "state code / QH",
    "state code / NQ-HĐND",
    "state code / TTg công văn",
    "state code / space before slash",
    "date / dashes",
    "date / dots",
    "date / words",
    "date / after issuer",
    "date / in parentheses",
    "date / stated before",
    "issuer / Ban Thường vụ Tỉnh ủy",
    "issuer / Bộ Chính trị (khóa X)",
    "issuer / BCH TW Đảng khóa",
    "issuer / with locality",
    "issuer / UBND abbreviation",
    "issuer / BCH TW abbreviation",
    "term / (khóa X)",
    "term / khoá X",
    "term / Khóa 8",
    "term / khoá 11",
    "subject / quoted",
    "subject / markdown",
    "subject / ends at (sau đây",
    "shared / issuer distributed",
    "shared / type + issuer enumeration",
    "shared / number range",
    "named / Nghị quyết Đại hội",
    "named / Nghị quyết Trung ương N (khóa)",
    "named / Nghị quyết TW4 khóa 11",
    "named / Nghị quyết Hội nghị lần thứ N",
    "named / Điều lệ Đảng",
    "named / Luật + date",
    "short / number without symbol",
    "alias / sau đây gọi tắt là",
    "alias / gọi tắt là",
    "alias / bare parenthetical",
    "self / Kế hoạch này",
    "self / Quy định này",
    "relation / implements",
    "relation / basis",
    "relation / continues",
    "relation / amends",
    "relation / replaces",
    "relation / reviews",
    "relation / cites",
    "dirty / NFD",
    "dirty / Đ look-alike Ð",
    "dirty / Đ look-alike Ɖ",
    "dirty / Markdown emphasis",
    "dirty / blank line",
    "dirty / upper-case title",
    "dirty / old tone placement",
    "negative / fraction",
    "negative / letterhead",
    "negative / T/M",
    "negative / 'kinh tế - xã hội'",
    "negative / 'xây dựng kế hoạch triển khai'",
    "negative / 'quyết định' as a verb",
    "negative / dates",
    "titled / a plan named by its title",
    "lower-case type / của a known body",
    "named / an amending law",
]


def test_table_size_and_coverage():
    assert len(CASES) >= 130, f"only {len(CASES)} cases"
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    families = Counter(c["form"].split(" / ")[0] for c in CASES)
    for family, least in FAMILIES.items():
        assert families[family] >= least, f"family {family!r}: {families[family]} case(s), want {least}"
    assert set(families) <= set(FAMILIES), f"unknown families {set(families) - set(FAMILIES)}"
    forms = [c["form"] for c in CASES]
    missing = [f for f in REQUIRED_FORMS if not any(x.startswith(f) for x in forms)]
    assert not missing, f"forms with no case: {missing}"


def test_table_is_well_formed():
    for c in CASES:
        assert {"id", "form", "source", "text", "expect"} <= set(c), c["id"]
        pos = 0
        for e in c["expect"]:
            assert "text" in e, f"{c['id']}: an expectation without 'text'"
            assert set(e) <= KEYS, f"{c['id']}: unknown keys {set(e) - KEYS}"
            k = c["text"].find(e["text"], pos)
            assert k >= 0, f"{c['id']}: {e['text']!r} is not in the text (in order)"
            pos = k + 1
        if "xfail" in c:
            assert isinstance(c["xfail"], str) and c["xfail"], c["id"]
