"""Rules on one reference at a time: the code against its type word and its issuer,
the date against the term and the calendar, the spelling of the code and of the type
word, and the reference against the registry of known documents (its issuer, type word,
date and term; a central code no known document has for that year).

Example::

    >>> from vanban import parse
    >>> [f.suggestion for f in type_code(parse("Căn cứ Kết luận số 93-NQ/TW của Ban Bí thư"), Lexicon.default())]
    ['93-KL/TW']
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import Iterable, Optional

from ..facts import Lexicon
from ..grammar import parse_code
from ..grammar.vocab import ISSUER_OF
from ..model import Finding, Fix, Flag, Reference
from ..text import fold_key
from .base import (
    DUPLICATED_ISSUER,
    IMPOSSIBLE_DATE,
    ISSUER_BEFORE,
    ISSUER_SHARED,
    REPORTED_ACT,
    SECOND_ISSUER,
    UNKNOWN,
    Cite,
    Kind,
    Row,
    central_code,
    cited_bodies,
    code_types,
    each,
    finding,
    issuer_of,
    not_found_note,
    part_span,
    row_bodies,
    same_day_typo,
    stated_issuer,
    type_span,
    vi_level,
    written_key,
)

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
    "issuer_incomplete",
    "type_spelling",
    "registry_issuer",
    "registry_type",
    "registry_date",
    "registry_term",
    "registry_unknown",
]

#: the Communist Party of Vietnam was founded on 3 February 1930
_PARTY_FOUNDED = _dt.date(1930, 2, 3)


@each("type-code-mismatch", when=Kind.CODED)
def type_code(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The type word disagrees with the abbreviation in the code: "Kết luận số 93-NQ/TW"
    (QĐ may be Quyết định or Quy định; QĐi is only Quy định)."""
    r, cp = x.ref, x.parts
    readings = code_types(cp, lex) if r.doc_type else ()
    if cp is None or not readings or any(t.name == r.doc_type for t in readings):
        return ()
    t = lex.type_by_name(r.doc_type)
    if t is None:
        return ()
    abbrs = t.party_abbrs if cp.system == "party" else ((t.state_abbr,) if t.state_abbr else ())
    if not abbrs:
        return ()
    abbr = abbrs[-1] if t.name == "Quy định" and cp.system == "party" else abbrs[0]
    if cp.system == "party":
        fixed = f"{cp.number}-{abbr}/{cp.issuer_abbr}"
    else:
        fixed = cp.canonical.replace(f"/{cp.type_abbr}-", f"/{abbr}-", 1)
    said = ", ".join(k.name for k in readings)
    return (
        finding(
            "type-code-mismatch",
            "error",
            f"the type word says {r.doc_type} but the code {r.code} says {said}; the code should be {fixed}",
            f"tên loại là {r.doc_type} nhưng ký hiệu {r.code} là của {said}; ký hiệu đúng là {fixed}",
            *part_span(r, r.code_span),
            fix=Fix("code", fixed),
            ref=r,
        ),
    )


@each("issuer-code-mismatch", when=Kind.CODED)
def issuer_code(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The issuer cannot issue that code: "/TW" from a Tỉnh ủy, "/TU" from the Bộ Chính trị."""
    r, cp = x.ref, x.parts
    if not r.issuer or r.has(ISSUER_SHARED, REPORTED_ACT, ISSUER_BEFORE):
        return ()
    # the parsed issuer, not a table look-up of the words: "Ban Thường vụ Tỉnh ủy Bắc Kạn" is Ban Thường vụ
    # Tỉnh ủy of Bắc Kạn ("Kế hoạch số 153-KH/ĐU ngày 11/7/2019 của Ban Thường vụ Tỉnh ủy Bắc Kạn")
    iss = issuer_of(r, lex)
    if cp is None or iss is None or not iss.code or cp.system != ("party" if iss.system == "mass" else iss.system):
        return ()
    code_level = lex.level_of_code(cp.issuer_code)
    if iss.code == cp.issuer_code or code_level == iss.level or (iss.code == "ĐUK" and cp.issuer_code == "ĐUK"):
        return ()
    if cp.system == "state":
        return ()  # state codes name organs and units too freely for this rule
    if code_level == "state":
        return ()  # a party organ's code no table knows ("571-CV/ĐUB", Đảng ủy Bộ …): its level is unknown
    if _shared(cp.issuer_code, iss.spelled, lex):
        return ()  # "Kế hoạch số 45-KH/ĐU của Đảng ủy Quân sự tỉnh": a directly subordinate Đảng ủy writes ĐU
    fixed = f"{cp.number}-{cp.type_abbr}/{iss.code}" if cp.type_abbr else None
    return (
        finding(
            "issuer-code-mismatch",
            "error",
            f"{r.issuer} ({iss.level}) cannot issue a document coded {r.code} ({code_level})"
            + (f"; the code should end in /{iss.code}" if fixed else ""),
            f"{r.issuer} (cấp {vi_level(iss.level)}) không ban hành văn bản có ký hiệu {r.code} (cấp {vi_level(code_level)})",
            *part_span(r, r.code_span),
            fix=Fix("code", fixed) if fixed else None,
            ref=r,
            related=[r.issuer_span] if r.issuer_span else (),
        ),
    )


def _shared(code: str, spelled: str, lex: Lexicon) -> bool:
    """The code is also written by bodies of another level whose names start so (vocabulary ``code_shared_by``)."""
    head = fold_key(spelled)
    return any(
        c == code and (head.startswith(p) or " " + p in head) for c, p in lex.pairs("code_shared_by") for p in [fold_key(p)]
    )


@each("date-term-mismatch", when=Kind.TERMED)
def date_term(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The written term disagrees with the date (central issuers): "ngày 16/4/2010 … (khóa XI)"."""
    r = x.ref
    if not (x.date and r.term and r.term_span):
        return ()
    if r.level not in ("central", None) or (r.issuer and lex.level_of_issuer(r.issuer) != "central"):
        return ()
    expected = lex.term_for_date(r.date)
    if not expected or expected == r.term:
        return ()
    return (
        finding(
            "date-term-mismatch",
            "error",
            f"{r.date:%d/%m/%Y} falls in khóa {expected}, not khóa {r.term}",
            f"ngày {r.date:%d/%m/%Y} thuộc khóa {expected}, không phải khóa {r.term}",
            *r.term_span,
            fix=Fix("term", expected),
            suggestion=f"(khóa {expected})",
            ref=r,
            related=[r.date_span] if r.date_span else (),
        ),
    )


@each("impossible-date", when=Kind.BAD_DATE)
def impossible_date(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A date that is not in the calendar: "ngày 31/02/2021"."""
    r = x.ref
    return [
        finding(
            "impossible-date",
            "error",
            f"{n.detail} is not a calendar date",
            f"{n.detail} không phải là ngày có thật",
            *part_span(r, r.date_span),
            ref=r,
        )
        for n in r.notes_with(IMPOSSIBLE_DATE)
    ]


@each("term-out-of-range", when=Kind.DATED)
def term_range(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A central document dated before the Party (1930) or after today."""
    r = x.ref
    # (the clock asked at a central date only: 1.2 µs, and most citations have none)
    if not x.date or r.level != "central" or _PARTY_FOUNDED <= r.date <= _dt.date.today():
        return ()
    return (
        finding(
            "term-out-of-range",
            "warning",
            f"{r.date:%d/%m/%Y} is outside every term of the Central Committee",
            f"ngày {r.date:%d/%m/%Y} nằm ngoài các nhiệm kỳ của Ban Chấp hành Trung ương",
            *part_span(r, r.date_span),
            ref=r,
        ),
    )


@each("chronology", when=Kind.DATED)
def chronology(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A document citing one dated after itself (a plan dated before the directive it implements)."""
    r = x.ref
    if not x.date or r.relation == "self":
        return ()
    own = x.doc.header.date
    if own is None or r.date <= own:
        return ()
    rel = "implements" if r.relation in ("implements", "continues", "basis") else "cites"
    return (
        finding(
            "chronology",
            "error",
            f"this document ({own:%d/%m/%Y}) {rel} a document dated {r.date:%d/%m/%Y}, after itself",
            f"văn bản này (ngày {own:%d/%m/%Y}) dẫn chiếu một văn bản ngày {r.date:%d/%m/%Y}, sau chính nó",
            *part_span(r, r.date_span),
            ref=r,
        ),
    )


@each("malformed-code", when=Kind.CODED | Kind.SHORT)
def malformed(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """Spacing, separators and spelling of a code: "100 - KL/TW", "22/CT-TW", "107-KH-ĐUK",
    "03-CT/TƯ"; letters other than the canonical ones ("Hướng dẫn số 221-HĐ/ĐU": HD is Hướng dẫn;
    "Quyết định số 101/QĐ-TTG": TTg); a code without its issuer part ("Thông báo Kết luận số 159-TB
    của Bộ Chính trị")."""
    r = x.ref
    if not x.coded:
        return _cut_code(x, lex) if r.kind == "short" and r.number else ()
    if not r.code_span:
        return ()
    text = x.doc.text
    written = text[r.code_span[0] : r.code_span[1]]
    cp = parse_code(written, lex)  # as written in the caller's text: the reference's own parse is of the clean copy
    own = x.parts
    if cp is None:
        return ()
    # the reference's parse knows its issuer ("13-NQ/TƯ của Tỉnh ủy" is 13-NQ/TU); the written one the look-alikes
    canonical = own.canonical if own is not None else cp.canonical
    problems = list(own.problems if own is not None and own.problems else cp.problems)
    if not problems and not text[r.start : r.end].islower():
        # a copy whose every letter was lowered ("thực hiện chỉ thị số 05-ct/tw") lost the case, the writer did not
        problems = _letters(written, canonical)
    if not problems:
        return ()
    return (
        finding(
            "malformed-code",
            "warning",
            f"the code is written {written!r}: {'; '.join(problems)}; canonical spelling {canonical}",
            f"ký hiệu viết {written!r} không đúng thể thức; viết đúng: {canonical}",
            *r.code_span,
            fix=Fix("code", canonical),
            ref=r,
        ),
    )


_SEPARATORS = re.compile(r"[\s./-]+")


@lru_cache(maxsize=8192)  # (asked of every code cited as written, and codes are written alike again and again)
def _letters(written: str, canonical: str) -> tuple[str, ...]:
    """ "HĐ written for HD", "TTG written for TTg": the parts of the code whose letters differ."""
    w = _SEPARATORS.split(unicodedata.normalize("NFC", written).replace("Ð", "Đ").replace("Ɖ", "Đ"))
    c = _SEPARATORS.split(canonical)
    if len(w) != len(c):
        return ()
    return tuple(f"{a} written for {b}" for a, b in zip(w, c) if a != b)


_CUT = re.compile(r"\s*-\s*([A-ZĐ][A-Za-zĐđ]{0,3})\b(?!\s*[/-])")
_OF = re.compile(rf"\s+{ISSUER_OF}\s+")  # (vocab.ISSUER_OF: "… của Bộ Chính trị")


def _cut_code(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A short form followed by a type abbreviation and nothing more: "số 159-TB của Bộ Chính trị"."""
    r, text = x.ref, x.doc.text
    # (the finder takes the cut symbol and the issuer after it into the reference: read from the number's end)
    a, b = r.code_span if r.code_span is not None else (r.end - len(r.number or ""), r.end)
    m = _CUT.match(text, b)
    if not m or not lex.types_by_abbr(m.group(1)):
        return ()
    code = r.issuer_parts.code if r.issuer_parts is not None else None
    if code is None:
        iss = _issuer_after(text, m.end(), lex)
        code = iss.code if iss is not None else None
    fixed = f"{r.number}-{m.group(1)}/{code}" if code else None
    return (
        finding(
            "malformed-code",
            "warning",
            f"the code {text[a : m.end()]!r} has no issuer part" + (f"; the code is {fixed}" if fixed else ""),
            f"ký hiệu {text[a : m.end()]!r} thiếu phần cơ quan ban hành" + (f"; viết đúng: {fixed}" if fixed else ""),
            a,
            m.end(),
            fix=Fix("code", fixed) if fixed else None,
            ref=r,
        ),
    )


def _issuer_after(text: str, at: int, lex: Lexicon):
    """The issuer named right after ``at`` ("… của Bộ Chính trị về …"), the longest form that matches."""
    m = _OF.match(text, at)
    if not m:
        return None
    words = text[m.end() : m.end() + 80].split()
    for n in range(min(8, len(words)), 1, -1):
        found = lex.issuer_by_form(unicodedata.normalize("NFC", " ".join(words[:n])).rstrip(",.;:"))
        if found is not None:
            return found
    return None


@each("missing-space", when=Kind.SPANNED)
def missing_space(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """ "Chỉ thị12/CT-TW": no space between the type word and the number."""
    r, text = x.ref, x.doc.text
    if not (r.code_span and r.code_span[0] > r.start and text[r.code_span[0] - 1].isalpha()):
        return ()
    a = r.code_span[0]
    fixed = text[r.start : a] + " " + text[a : r.code_span[1]]
    return (
        finding(
            "missing-space",
            "info",
            "no space between the type word and the number",
            "thiếu dấu cách giữa tên loại và số",
            a - 1,
            a + 1,
            fix=Fix("text", fixed),
            ref=r,
        ),
    )


@each("duplicated-issuer", when=Kind.TWO_ISSUERS)
def duplicated_issuer(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """ "của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị": the issuer written twice."""
    r = x.ref
    return [_duplicated(r, n.flag is DUPLICATED_ISSUER, n.detail) for n in r.notes_with(DUPLICATED_ISSUER, SECOND_ISSUER)]


def _duplicated(r: Reference, same: bool, detail: Optional[str]) -> Finding:
    if same:
        en, vi = f"the issuer is written twice ({r.issuer})", f"cơ quan ban hành được ghi hai lần ({r.issuer})"
        return finding("duplicated-issuer", "info", en, vi, r.start, r.end, ref=r)
    en = f"two different issuers in one citation ({r.issuer}; {detail})"
    vi = f"một trích dẫn ghi hai cơ quan ban hành khác nhau ({r.issuer}; {detail})"
    return finding("duplicated-issuer", "warning", en, vi, r.start, r.end, ref=r)


@each("unresolved-short-form", when=Kind.SHORT)
def unresolved(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A short form with no full reference to stand for ("Chỉ thị 42 của Bộ Chính trị Khóa 8")."""
    r = x.ref
    if r.kind != "short" or r.resolved is not None:
        return ()
    amb = next(iter(r.notes_with(Flag.AMBIGUOUS)), None)
    if amb is not None:
        en, vi = f"{r.text!r} may stand for several documents ({amb.detail})", f"{r.text!r} có thể chỉ nhiều văn bản khác nhau"
    else:
        en = f"{r.text!r} names no document cited in full in this text"
        vi = f"{r.text!r} không có trích dẫn đầy đủ (số, ký hiệu, ngày) trong văn bản"
    return (finding("unresolved-short-form", "warning", en, vi, r.start, r.end, ref=r),)


# --- spelling of the type word and of the issuer ---------------------------------------------------------


@each("type-spelling", when=Kind.WRITTEN)
def type_spelling(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The type word in title case inside a sentence: "Quán triệt Quyết Định 144 của Bộ Chính trị"
    (only its first letter is capital: "Quyết định")."""
    r, doc = x.ref, x.doc
    if not r.doc_type or r.kind not in ("code", "short"):
        return ()
    if not _capital_after_first(doc.text[r.start : r.end]):
        return ()
    a, b = type_span(doc, r)
    written = doc.text[a:b]
    words = written.split()
    if len(words) < 2 or written.isupper() or not any(w[:1].isupper() for w in words[1:]):
        return ()
    fixed = words[0] + " " + " ".join(w.lower() for w in words[1:])
    if written_key(fixed) != fold_key(r.doc_type):
        return ()
    return (
        finding(
            "type-spelling",
            "info",
            f"the type word is written {written!r}; write {fixed!r}",
            f"tên loại viết {written!r}; viết đúng: {fixed!r}",
            a,
            b,
            fix=Fix("text", fixed),
            ref=r,
        ),
    )


@each("issuer-incomplete", when=Kind.ISSUED)
def issuer_incomplete(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The issuer cut short: "Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của Bộ Chính về đổi mới …"
    names no body, and is the beginning of "Bộ Chính trị"."""
    r = x.ref
    if not x.named or not r.issuer_span:
        return ()
    ip = issuer_of(r, lex)
    if ip is not None and ip.body:
        return ()
    written = fold_key(r.issuer)
    words = tuple(written.split()[-2:])
    # "Bộ Chính" ends no body's name and is always followed by "trị"; "Đại hội" may end one
    if len(words) < 2 or len(lex.cached("checks.next_words", _next_words, lex).get(words, {None})) != 1:
        return ()
    forms = _forms_after(written, lex)
    known = [lex.issuer_by_form(f) for f in sorted(forms, key=len)]
    central = [i for i in known if i is not None and i.level == "central"]
    if not central:
        return ()
    full = central[0].form
    return (
        finding(
            "issuer-incomplete",
            "warning",
            f"the issuer {r.issuer!r} is cut short: {full}?",
            f"tên cơ quan ban hành {r.issuer!r} bị thiếu: {full}?",
            *r.issuer_span,
            fix=Fix("issuer", full),
            ref=r,
        ),
    )


@lru_cache(maxsize=8192)  # (a citation is written alike in many places: "Kết luận số 93-KL/TW của Ban Bí thư")
def _capital_after_first(citation: str) -> bool:
    """A capital starts one of the citation's words 2 to 5: the type word is among its first 5 words, and without a
    capital after its first ("Quyết Định 144"), it is not in title case."""
    return any(w[:1].isupper() for w in citation.split(maxsplit=5)[1:5])


def _forms_after(written: str, lex: Lexicon) -> list[str]:
    """The issuers' written forms that are ``written`` (folded) and more words, in ``lex.written_forms``' order."""
    keys, at = lex.cached("checks.folded_forms", _folded_forms, lex)
    prefix = written + " "
    i = bisect_left(keys, prefix)
    hits = []
    while i < len(keys) and keys[i].startswith(prefix):  # the keys that start with it are together, from there
        hits.append(at[i])
        i += 1
    return [lex.written_forms[j] for j in sorted(hits)]


def _folded_forms(lex: Lexicon) -> tuple[list[str], list[int]]:
    """The issuers' written forms folded (:func:`fold_key`), sorted, and where each is in ``lex.written_forms``."""
    order = sorted(range(len(lex.written_forms)), key=lambda j: fold_key(lex.written_forms[j]))
    return [fold_key(lex.written_forms[j]) for j in order], order


def _next_words(lex: Lexicon) -> dict[tuple, set]:
    """For each two words in a row of the issuers' names, the words that follow them (None: they end a name)."""
    out: dict[tuple, set] = {}
    for form in lex.written_forms:
        words = fold_key(form).split()
        for i in range(1, len(words)):
            out.setdefault((words[i - 1], words[i]), set()).add(words[i + 1] if i + 1 < len(words) else None)
    return out


# --- against the registry of known documents ------------------------------------------------------------

_CC = "Ban Chấp hành Trung ương Đảng"


def _vague(lex: Lexicon) -> frozenset[str]:
    """The issuers that name the centre, no organ in particular, folded: the Central Committee's spellings, vocabulary
    ``central_name`` but its plenum's short "TƯ" ("trung uong dang", "trung uong", "tw", "t.u"): "của Trung ương" is no
    error whoever issued the document. Built once a lexicon."""
    return frozenset(fold_key(w) for w, v in lex.pairs("central_name") if v != "plenum")


def _readings(code: str, lex: Lexicon) -> set[str]:
    cp = parse_code(code, lex)
    return {t.name for t in code_types(cp, lex)}


def _same_series(r: Reference, m: Row, lex: Lexicon) -> bool:
    """The citation may be of the row's document: Quyết định and Quy định are numbered apart but
    both write QĐ, so "Quyết định số 99-QĐ/TW" need not be the Quy định 99-QĐ/TW of that term."""
    k = m.row
    if not r.doc_type or not k.doc_type or fold_key(r.doc_type) == fold_key(k.doc_type):
        return True
    return r.doc_type not in _readings(m.code, lex) or (k.date is not None and r.target.date == k.date)


def _when(k) -> str:
    return f"{k.date:%d/%m/%Y}" if k.date else f"khóa {k.term}"


@each("registry-issuer", when=Kind.KNOWN)
def registry_issuer(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The issuer is not the known document's. "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Ban chấp
    hành Trung ương Đảng": the Bộ Chính trị's directive, the Central Committee named for its organ
    (a warning); "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư": another organ (an error when
    the row is verified and undisputed)."""
    r = x.ref
    # "ý kiến chỉ đạo của Ban Bí thư … tại Công văn số 1740-CV/VPTW": the Office conveys the organ's word
    if not x.named or not r.issuer_span or r.has(ISSUER_BEFORE):
        return ()
    m = x.known()
    ip = issuer_of(r, lex) if m is not None else None
    if ip is None or not ip.body or ip.level != "central" or not m.row.issuer:
        return ()
    k = m.row
    if fold_key(ip.spelled) in lex.cached("checks.vague", _vague, lex) or not _same_series(r, m, lex):
        return ()
    mine, theirs = cited_bodies(r, lex), row_bodies(k, lex)
    if mine & theirs:
        return ()
    # the Central Committee named for its organ's document is loose wording; a row crediting the Central
    # Committee may be a letterhead reading ("BAN CHẤP HÀNH TRUNG ƯƠNG" heads every central document):
    # only two organs, neither the Committee, are an error ("Chỉ thị … của Ban Bí thư" for the Bộ Chính trị's)
    higher = mine == {_CC}
    loose = higher or _CC in theirs
    code = m.code
    if higher:
        en = f"{code} ({_when(k)}) was issued by {k.issuer}; the Central Committee is named for its organ's document"
        vi = f"{code} ({_when(k)}) do {k.issuer} ban hành; ghi Ban Chấp hành Trung ương là chưa chính xác"
    else:
        en = f"{code} ({_when(k)}) was issued by {k.issuer}, not {r.issuer}"
        vi = f"{code} ({_when(k)}) do {k.issuer} ban hành, không phải {r.issuer}"
    severity = "warning" if loose else m.severity()
    return (finding("registry-issuer", severity, en, vi, *r.issuer_span, fix=Fix("issuer", k.issuer), ref=r, source=m.source),)


@each("registry-type", when=Kind.KNOWN)
def registry_type(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The type word is not the known document's: "Quyết định số 144-QĐ/TW ngày 09/5/2024 của Bộ
    Chính trị" is the Quy định 144-QĐ/TW (QĐ serves both types: only knowing the document settles
    it), and so is "Quyết Định 144" standing for it. An error when the date says it is that very
    document (a Quyết định and a Quy định of one term may share a number)."""
    r = x.ref
    m = x.known() if r.doc_type else None
    if m is None:
        return ()
    k, t = m.row, r.target
    if not k.doc_type or fold_key(r.doc_type) == fold_key(k.doc_type):
        return ()
    readings = _readings(m.code, lex)
    if r.doc_type not in readings or k.doc_type not in readings:
        return ()  # a type word the code contradicts is type-code-mismatch's
    dated = t.date is not None and t.date == k.date
    if not dated and not (x.named and cited_bodies(r, lex) & row_bodies(k, lex)):
        return ()
    return (
        finding(
            "registry-type",
            m.severity() if dated else "warning",
            f"{m.code} ({_when(k)}, {k.issuer or '?'}) is a {k.doc_type}, not a {r.doc_type}",
            f"{m.code} ({_when(k)}, {k.issuer or '?'}) là {k.doc_type}, không phải {r.doc_type}",
            *type_span(x.doc, r),
            fix=Fix("type", k.doc_type),
            ref=r,
            source=m.source,
        ),
    )


@each("registry-date", when=Kind.KNOWN | Kind.UNKNOWN | Kind.NAMED_LAW)
def registry_date(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """The date is not the known document's: "Chỉ thị số 03-CT/TW ngày 15-4-2011 của Bộ Chính
    trị" (14/5/2011); a law cited with another year ("số 02/2007/QH12 ngày 21/11/2017"). The row
    is the one of the date's term; a date of no known term that is a known date with one slip
    (a digit of the year, the day and month swapped) is flagged too."""
    r = x.ref
    out: list[Finding] = []
    m = x.known() if r.date and r.target is r else None
    if m is not None and m.row.date and r.date != m.row.date and _same_series(r, m, lex):
        out.append(_date_finding(r, m.row, m.severity(), m.source))
    if r.date and x.kinds & UNKNOWN:
        out.extend(_slipped_date(r, lex))
    if r.kind == "named":
        out.extend(_named_law(x, lex, "registry-date"))
    return out


def _date_finding(r: Reference, k, severity: str, source: Optional[str]) -> Finding:
    return finding(
        "registry-date",
        severity,
        f"{r.code} ({k.doc_type or '?'}, {k.issuer or '?'}) is dated {k.date:%d/%m/%Y}, not {r.date:%d/%m/%Y}",
        f"{r.code} ({k.doc_type or '?'}, {k.issuer or '?'}) ban hành ngày {k.date:%d/%m/%Y}, không phải {r.date:%d/%m/%Y}",
        *part_span(r, r.date_span),
        fix=Fix("date", k.date),
        ref=r,
        source=source,
    )


def _slipped_date(r: Reference, lex: Lexicon) -> list[Finding]:
    """A date of no known row that is a known row's with one slip ("ngày 15/4/2011" for 14/5/2011)."""
    near = [k for k in lex.documents(r.code) if k.date and same_day_typo(r.date, k.date)]
    near = [k for k in near if _same_series(r, Row(k, False, r.code), lex)]
    if len(near) == 1 and _issuer_agrees(r, near[0], lex):
        return [_date_finding(r, near[0], "warning", " ".join(near[0].sources) or None)]
    return []


def _issuer_agrees(r: Reference, k, lex: Lexicon) -> bool:
    if not stated_issuer(r) or not k.issuer:
        return True
    mine = cited_bodies(r, lex)
    return not mine or bool(mine & row_bodies(k, lex)) or mine == {_CC}


@each("registry-unknown", when=Kind.UNKNOWN | Kind.NAMED_LAW)
def registry_unknown(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A central code no known document has for that year (the registry is incomplete, so: info):
    "Kết luận số 83-KL/TW ngày 21/6/2024" — searched for and not found; a law named with a year
    none of the known laws of that name has."""
    r = x.ref
    out = _named_law(x, lex, "registry-unknown") if r.kind == "named" else []
    if not x.kinds & UNKNOWN:
        return out
    others = lex.documents(r.code)
    if r.date and any(k.date and same_day_typo(r.date, k.date) for k in others):
        return out  # registry-date's
    if not r.date and r.term_span and _other_term(r, lex, x.doc.header.date) is not None:
        return out  # registry-term's
    when = f"{r.date:%d/%m/%Y}" if r.date else (f"khóa {r.term}" if r.term else str(r.year))
    seen = ", ".join(_when(k) for k in others)
    searched = not_found_note(r.code)
    en = f"no known {r.code} of {when}" + (f"; known: {seen}" if seen else "")
    out.append(
        finding(
            "registry-unknown",
            "info",
            en + (f" (searched for: {searched})" if searched else ""),
            f"không có {r.code} nào đã biết vào {when}" + (f"; đã biết: {seen}" if seen else ""),
            *part_span(r, r.code_span),
            ref=r,
        )
    )
    return out


# "Luật Tổ chức chính quyền địa phương (2025)", "Luật (2020) sửa đổi … (theo Luật 132/2025/QH15)": the notes in brackets
_LAW_NOTE = re.compile(r"\s*\((?:[^()]*[0-9]{4}[^()]*|theo [^()]*)\)")
_CODE_YEAR = re.compile(r"/((?:19|20)[0-9]{2})/QH")


def _laws(lex: Lexicon) -> dict[str, list]:
    """Known laws by name ("luat to chuc chinh quyen dia phuong": 2015, 2025), of the types of legislation (vocabulary
    ``law_type``: "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"); amending laws left out."""
    out: dict[str, list] = {}
    types = frozenset(lex.words("law_type"))
    for k in lex.registry:
        name = _LAW_NOTE.sub("", k.subject).strip()
        if k.doc_type in types and name and not name.startswith("(EN)") and "sửa đổi" not in name:
            out.setdefault(fold_key(name), []).append(k)
    return out


def _law_year(k) -> Optional[int]:
    m = _CODE_YEAR.search(k.code)
    return int(m.group(1)) if m else k.year


def _named_law(x: Cite, lex: Lexicon, rule_id: str) -> list[Finding]:
    """A law cited by name and year ("Luật Tổ chức chính quyền địa phương năm 2017"): the year of no known
    law of that name, one digit away from one (registry-date, a warning: a name is no code), or not."""
    r = x.ref
    if r.doc_type not in lex.words("law_type") or not r.name or r.relation == "self":
        return []
    rows = lex.cached("checks.laws_by_name", _laws, lex).get(fold_key(r.name), [])
    year = r.date.year if r.date else r.year
    if not rows or year is None:
        return []
    if any(_law_year(k) == year for k in rows):  # (a known law of that name and year: neither rule has a finding)
        return []
    near = [k for k in rows if same_day_typo(_dt.date(year, 1, 1), _dt.date(_law_year(k) or 1, 1, 1))]
    at = x.doc.text.rfind(str(year), r.start, r.end)
    span = r.date_span or ((at, at + 4) if at >= 0 else (r.start, r.end))
    if rule_id == "registry-date" and len(near) == 1:
        k = near[0]
        return [
            finding(
                "registry-date",
                "warning",
                f"the {r.name} is of {_law_year(k)} ({k.code}), not {year}",
                f"{r.name} ban hành năm {_law_year(k)} ({k.code}), không phải năm {year}",
                *span,
                fix=Fix("date", k.date) if r.date and k.date else Fix("text", str(_law_year(k))),
                ref=r,
                source=" ".join(k.sources) or None,
            )
        ]
    if rule_id == "registry-unknown" and not near:
        known = ", ".join(f"{_law_year(k)} ({k.code})" for k in rows)
        en, vi = f"no known {r.name} of {year}; known: {known}", f"không có {r.name} nào đã biết năm {year}; đã biết: {known}"
        return [finding("registry-unknown", "info", en, vi, *span, ref=r)]
    return []


@each("registry-term", when=Kind.TERMED)
def registry_term(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """A written term that is not the cited document's: no document has that code in that term while
    one of another term matches the citation's issuer ("Quy định số 144-QĐ/TW của Bộ Chính trị khóa
    XII": 144-QĐ/TW is of khóa XIII), or the cited subject is that of another term's document ("Nghị
    quyết số 18-NQ/TW của … khóa XIII về … sắp xếp tổ chức bộ máy": the 18-NQ/TW of khóa XII; the one
    of khóa XIII is on land). With a date, the date decides (date-term-mismatch)."""
    r = x.ref
    if not x.coded or r.relation == "self" or r.date or not r.term or not central_code(r.code, lex):
        return ()
    k = _other_term(r, lex, x.doc.header.date)
    if k is None:
        return ()
    return (
        finding(
            "registry-term",
            "warning",
            f"the {k.doc_type} {r.code} of {k.issuer} cited here is of khóa {k.term} ({_when(k)}), not khóa {r.term}",
            f"{k.doc_type} {r.code} của {k.issuer} thuộc khóa {k.term} ({_when(k)}), không phải khóa {r.term}",
            *r.term_span,
            fix=Fix("term", k.term),
            suggestion=f"khóa {k.term}",
            ref=r,
            source=" ".join(k.sources) or None,
        ),
    )


def _other_term(r: Reference, lex: Lexicon, own: Optional[_dt.date]):
    """The row of another term the citation names, when its written term has none, or has one on
    another subject."""
    in_term = lex.documents(r.code, term=r.term, not_after=own)
    others = [k for k in lex.documents(r.code, not_after=own) if k.term != r.term]
    if stated_issuer(r):
        mine = cited_bodies(r, lex)
        others = [k for k in others if not k.issuer or mine & row_bodies(k, lex) or mine == {_CC}]
    if not others:
        return None
    if not in_term:
        return others[0] if len(others) == 1 and stated_issuer(r) else None
    if not r.subject:
        return None
    from ..similar import similar_titles

    rows = list(in_term) + others
    scores = dict(similar_titles(r.subject, [k.subject for k in rows], k=len(rows)))
    best = max(range(len(in_term), len(rows)), key=lambda i: scores.get(i, 0.0))
    mine = max((scores.get(i, 0.0) for i in range(len(in_term))), default=0.0)
    return rows[best] if scores.get(best, 0.0) >= 0.5 and scores.get(best, 0.0) - mine >= 0.3 else None
