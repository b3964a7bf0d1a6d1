"""Rules on one reference at a time: the code against its type word and its issuer,
the date against the term and the calendar, the spelling of the code.

Example::

    >>> from vanban import parse
    >>> [f.suggestion for f in type_code(parse("Căn cứ Kết luận số 93-NQ/TW của Ban Bí thư"), Lexicon.default())]
    ['93-KL/TW']
"""

from __future__ import annotations

import datetime as _dt
from typing import Iterable

from ..facts import Lexicon
from ..grammar import parse_code
from ..model import Document, Finding, Fix, Flag
from .base import code_span, coded, finding, parts_of, rule, vi_level

__all__ = [
    "type_code",
    "issuer_code",
    "date_term",
    "impossible_date",
    "term_range",
    "chronology",
    "malformed",
    "missing_space",
    "duplicated_issuer",
    "unresolved",
]

#: the Communist Party of Vietnam was founded on 3 February 1930
_PARTY_FOUNDED = _dt.date(1930, 2, 3)


@rule("type-code-mismatch")
def type_code(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """The type word disagrees with the abbreviation in the code: "Kết luận số 93-NQ/TW"
    (QĐ may be Quyết định or Quy định; QĐi is only Quy định)."""
    for r in coded(doc):
        cp = parts_of(r, lex)
        if not r.doc_type or cp is None or not cp.type_abbr:
            continue
        readings = lex.types_by_abbr(cp.type_abbr, cp.system)
        if not readings or any(t.name == r.doc_type for t in readings):
            continue
        t = lex.type_by_name(r.doc_type)
        if t is None:
            continue
        abbrs = t.party_abbrs if cp.system == "party" else ((t.state_abbr,) if t.state_abbr else ())
        if not abbrs:
            continue
        abbr = abbrs[-1] if t.name == "Quy định" and cp.system == "party" else abbrs[0]
        if cp.system == "party":
            fixed = f"{cp.number}-{abbr}/{cp.issuer_abbr}"
        else:
            fixed = cp.canonical.replace(f"/{cp.type_abbr}-", f"/{abbr}-", 1)
        said = ", ".join(x.name for x in readings)
        yield finding(
            "type-code-mismatch",
            "error",
            f"the type word says {r.doc_type} but the code {r.code} says {said}; the code should be {fixed}",
            f"tên loại là {r.doc_type} nhưng ký hiệu {r.code} là của {said}; ký hiệu đúng là {fixed}",
            *code_span(r),
            fix=Fix("code", fixed),
            ref=r,
        )


@rule("issuer-code-mismatch")
def issuer_code(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """The issuer cannot issue that code: "/TW" from a Tỉnh ủy, "/TU" from the Bộ Chính trị."""
    for r in coded(doc):
        if not r.issuer or r.has(Flag.ISSUER_SHARED, Flag.REPORTED_ACT, Flag.ISSUER_BEFORE):
            continue
        cp = parts_of(r, lex)
        iss = lex.issuer_by_form(r.issuer.split(",")[0])
        if cp is None or iss is None or not iss.code or cp.system != ("party" if iss.system == "mass" else iss.system):
            continue
        code_level = lex.level_of_code(cp.issuer_code)
        if iss.code == cp.issuer_code or code_level == iss.level or (iss.code == "ĐUK" and cp.issuer_code == "ĐUK"):
            continue
        if cp.system == "state":
            continue  # state codes name organs and units too freely for this rule
        fixed = f"{cp.number}-{cp.type_abbr}/{iss.code}" if cp.type_abbr else None
        yield finding(
            "issuer-code-mismatch",
            "error",
            f"{r.issuer} ({iss.level}) cannot issue a document coded {r.code} ({code_level})"
            + (f"; the code should end in /{iss.code}" if fixed else ""),
            f"{r.issuer} (cấp {vi_level(iss.level)}) không ban hành văn bản có ký hiệu {r.code} (cấp {vi_level(code_level)})",
            *code_span(r),
            fix=Fix("code", fixed) if fixed else None,
            ref=r,
            related=[r.issuer_span] if r.issuer_span else (),
        )


@rule("date-term-mismatch")
def date_term(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """The written term disagrees with the date (central issuers): "ngày 16/4/2010 … (khóa XI)"."""
    for r in doc.references:
        if not (r.date and r.term and r.term_span):
            continue
        if r.level not in ("central", None) or (r.issuer and lex.level_of_issuer(r.issuer) != "central"):
            continue
        expected = lex.term_for_date(r.date)
        if expected and expected != r.term:
            yield finding(
                "date-term-mismatch",
                "error",
                f"{r.date:%d/%m/%Y} falls in khóa {expected}, not khóa {r.term}",
                f"ngày {r.date:%d/%m/%Y} thuộc khóa {expected}, không phải khóa {r.term}",
                *r.term_span,
                fix=Fix("term", expected),
                suggestion=f"(khóa {expected})",
                ref=r,
                related=[r.date_span] if r.date_span else (),
            )


@rule("impossible-date")
def impossible_date(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A date that is not in the calendar: "ngày 31/02/2021"."""
    for r in doc.references:
        for n in r.notes:
            if n.flag is Flag.IMPOSSIBLE_DATE:
                a, b = r.date_span or (r.start, r.end)
                yield finding(
                    "impossible-date",
                    "error",
                    f"{n.detail} is not a calendar date",
                    f"{n.detail} không phải là ngày có thật",
                    a,
                    b,
                    ref=r,
                )


@rule("term-out-of-range")
def term_range(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A central document dated before the Party (1930) or after today."""
    today = _dt.date.today()
    for r in doc.references:
        if r.date and r.level == "central" and (r.date < _PARTY_FOUNDED or r.date > today):
            yield finding(
                "term-out-of-range",
                "warning",
                f"{r.date:%d/%m/%Y} is outside every term of the Central Committee",
                f"ngày {r.date:%d/%m/%Y} nằm ngoài các nhiệm kỳ của Ban Chấp hành Trung ương",
                *(r.date_span or (r.start, r.end)),
                ref=r,
            )


@rule("chronology")
def chronology(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A document citing one dated after itself (a plan dated before the directive it implements)."""
    own = doc.header.date
    if own is None:
        return
    for r in doc.references:
        if r.date and r.relation != "self" and r.date > own:
            rel = "implements" if r.relation in ("implements", "continues", "basis") else "cites"
            yield finding(
                "chronology",
                "error",
                f"this document ({own:%d/%m/%Y}) {rel} a document dated {r.date:%d/%m/%Y}, after itself",
                f"văn bản này (ngày {own:%d/%m/%Y}) dẫn chiếu một văn bản ngày {r.date:%d/%m/%Y}, sau chính nó",
                *(r.date_span or (r.start, r.end)),
                ref=r,
            )


@rule("malformed-code")
def malformed(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """Spacing, separators and spelling of a code: "100 - KL/TW", "22/CT-TW", "107-KH-ĐUK", "03-CT/TƯ"."""
    for r in coded(doc):
        if not r.code_span:
            continue
        written = doc.text[r.code_span[0] : r.code_span[1]]
        cp = parse_code(written, lex)  # as written in the caller's text: the reference's own parse is of the clean copy
        if cp is None or not cp.problems:
            continue
        yield finding(
            "malformed-code",
            "warning",
            f"the code is written {written!r}: {'; '.join(cp.problems)}; canonical spelling {cp.canonical}",
            f"ký hiệu viết {written!r} không đúng thể thức; viết đúng: {cp.canonical}",
            *r.code_span,
            fix=Fix("code", cp.canonical),
            ref=r,
        )


@rule("missing-space")
def missing_space(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """ "Chỉ thị12/CT-TW": no space between the type word and the number."""
    for r in doc.references:
        if r.code_span and r.code_span[0] > r.start and doc.text[r.code_span[0] - 1].isalpha():
            a = r.code_span[0]
            fixed = doc.text[r.start : a] + " " + doc.text[a : r.code_span[1]]
            yield finding(
                "missing-space",
                "info",
                "no space between the type word and the number",
                "thiếu dấu cách giữa tên loại và số",
                a - 1,
                a + 1,
                fix=Fix("text", fixed),
                ref=r,
            )


@rule("duplicated-issuer")
def duplicated_issuer(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """ "của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị": the issuer written twice."""
    for r in doc.references:
        for n in r.notes:
            if n.flag is Flag.DUPLICATED_ISSUER:
                yield finding(
                    "duplicated-issuer",
                    "info",
                    f"the issuer is written twice ({r.issuer})",
                    f"cơ quan ban hành được ghi hai lần ({r.issuer})",
                    r.start,
                    r.end,
                    ref=r,
                )
            elif n.flag is Flag.SECOND_ISSUER:
                yield finding(
                    "duplicated-issuer",
                    "warning",
                    f"two different issuers in one citation ({r.issuer}; {n.detail})",
                    f"một trích dẫn ghi hai cơ quan ban hành khác nhau ({r.issuer}; {n.detail})",
                    r.start,
                    r.end,
                    ref=r,
                )


@rule("unresolved-short-form")
def unresolved(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A short form with no full reference to stand for ("Chỉ thị 42 của Bộ Chính trị Khóa 8")."""
    for r in doc.references:
        if r.kind != "short" or r.resolved is not None:
            continue
        amb = next((n for n in r.notes if n.flag is Flag.AMBIGUOUS), None)
        if amb is not None:
            yield finding(
                "unresolved-short-form",
                "warning",
                f"{r.text!r} may stand for several documents ({amb.detail})",
                f"{r.text!r} có thể chỉ nhiều văn bản khác nhau",
                r.start,
                r.end,
                ref=r,
            )
        else:
            yield finding(
                "unresolved-short-form",
                "warning",
                f"{r.text!r} names no document cited in full in this text",
                f"{r.text!r} không có trích dẫn đầy đủ (số, ký hiệu, ngày) trong văn bản",
                r.start,
                r.end,
                ref=r,
            )
