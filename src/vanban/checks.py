"""Citation checks: the errors a careful reader would flag, with the fix.

``check(doc)`` runs every rule of :data:`RULES` on a Document (``check(corpus)``
adds the rules that need several documents). Each rule is a small function with a
stable id, documented with a real example:

=========================  =========  ================================================================
rule                       severity   example
=========================  =========  ================================================================
type-code-mismatch         error      "Kết luận số 93-NQ/TW" (the seed): the type word says Kết luận, the code NQ
issuer-code-mismatch       error      "Kế hoạch số 25-KH/TW của Ban Thường vụ Tỉnh ủy": /TW is central
date-term-mismatch         error      "ngày 16/4/2010 của Bộ Chính trị (khóa XI)": 16/4/2010 is khóa X
impossible-date            error      "ngày 31/02/2021"
chronology                 error      a plan of 11/03/2024 citing "Thông báo số 1899-TB/TU ngày 06 tháng 12 năm 2024"
header-code-type           error      "KẾ HOẠCH … Số 45-NQ/HU": the document's own code disagrees with its type
date-conflict              warning    "25-KH/TU, ngày 19/4/2021" and "25-KH/TU, ngày 19/4/2020" in one text
registry-mismatch          warning    "Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Ban Bí thư": the registry says Bộ Chính trị
authority                  warning    a provincial Ban Chấp hành issuing a Chỉ thị (Quy định 66-QĐ/TW, Điều 7)
malformed-code             warning    "100 - KL/TW", "22/CT-TW", "107-KH-ĐUK", "03-CT/TƯ", "37QĐ/TW"
unresolved-short-form      warning    "Chỉ thị 42 của Bộ Chính trị Khóa 8" with no full reference to stand for
header-missing             warning    no "Số …" in the letterhead (the seed)
header-abolished-level     warning    a -HU code on a document dated after districts were abolished (01/7/2025)
term-out-of-range          warning    a central date before 1930 or after the current term
duplicated-issuer          info       "của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị" (the seed)
issuer-naming              info       25-KH/TU cited as of "Ban Thường vụ Tỉnh ủy" and of "Tỉnh ủy" (the seed)
missing-space              info       "Chỉ thị12/CT-TW"
=========================  =========  ================================================================

Example::

    >>> [f.rule for f in check(parse("Căn cứ Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư")) if f.severity == "error"]
    ['type-code-mismatch']
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from typing import Callable, Iterable, Optional

from . import fields, tables
from .model import Document, Finding, Reference
from .text import fold_key

__all__ = ["check", "RULES", "CORPUS_RULES", "SEVERITIES"]

SEVERITIES = ("error", "warning", "info")
DISTRICTS_ABOLISHED = _dt.date(2025, 7, 1)  # domain.md §0 (UNVERIFIED exact day)


def _f(rule, severity, en, vi, start, end, suggestion=None, ref=None, related=()) -> Finding:
    return Finding(rule=rule, severity=severity, message=en, message_vi=vi, start=start, end=end, suggestion=suggestion, reference=ref,
                   related=list(related))


def _code_span(r: Reference) -> tuple[int, int]:
    return r.code_span or (r.start, r.end)


def _coded(doc: Document) -> list[Reference]:
    return [r for r in doc.references if r.code and r.kind == "code"]


# --- rules on one reference ------------------------------------------------------------------


def rule_type_code(doc: Document) -> Iterable[Finding]:
    """The type word disagrees with the abbreviation in the code: "Kết luận số 93-NQ/TW"
    (QĐ may be Quyết định or Quy định; QĐi is only Quy định)."""
    for r in _coded(doc):
        if not r.doc_type or r.kind != "code":
            continue
        cp = fields.parse_code(r.code)
        if cp is None or not cp.type_abbr:
            continue
        readings = tables.types_by_abbr(cp.type_abbr, cp.system)
        if not readings or any(t.name == r.doc_type for t in readings):
            continue
        t = tables.type_by_name(r.doc_type)
        if t is None:
            continue
        abbrs = t.party_abbrs if cp.system == "party" else ((t.state_abbr,) if t.state_abbr else ())
        if not abbrs:
            continue
        abbr = abbrs[-1] if t.name == "Quy định" and cp.system == "party" else abbrs[0]
        fixed = (f"{cp.number}-{abbr}/{cp.issuer_abbr}" if cp.system == "party"
                 else cp.canonical.replace(f"/{cp.type_abbr}-", f"/{abbr}-", 1))
        said = ", ".join(x.name for x in readings)
        yield _f(
            "type-code-mismatch", "error",
            f"the type word says {r.doc_type} but the code {r.code} says {said}; the code should be {fixed}",
            f"tên loại là {r.doc_type} nhưng ký hiệu {r.code} là của {said}; ký hiệu đúng là {fixed}",
            *_code_span(r), suggestion=fixed, ref=r,
        )


def rule_issuer_code(doc: Document) -> Iterable[Finding]:
    """The issuer cannot issue that code: "/TW" from a Tỉnh ủy, "/TU" from the Bộ Chính trị."""
    for r in _coded(doc):
        if not r.issuer or any(n.startswith(("issuer shared", "reported act", "issuer stated")) for n in r.notes):
            continue
        cp = fields.parse_code(r.code)
        iss = tables.issuer_by_form(_issuer_head(r.issuer))
        if cp is None or iss is None or not iss.code or cp.system != iss.system:
            continue
        code_level = tables.level_of_code(cp.issuer_code)
        if iss.code == cp.issuer_code or code_level == iss.level or (iss.code == "ĐUK" and cp.issuer_code == "ĐUK"):
            continue
        if cp.system == "state":
            continue  # state codes name organs and units too freely for this rule
        fixed = f"{cp.number}-{cp.type_abbr}/{iss.code}" if cp.system == "party" and cp.type_abbr else None
        yield _f(
            "issuer-code-mismatch", "error",
            f"{r.issuer} ({iss.level}) cannot issue a document coded {r.code} ({code_level})" + (f"; the code should end in /{iss.code}" if fixed else ""),
            f"{r.issuer} (cấp {_vi_level(iss.level)}) không ban hành văn bản có ký hiệu {r.code} (cấp {_vi_level(code_level)})",
            *_code_span(r), suggestion=fixed, ref=r, related=[r.issuer_span] if r.issuer_span else (),
        )


def _issuer_head(issuer: str) -> str:
    return issuer.split(",")[0]


_VI_LEVEL = {"central": "Trung ương", "provincial": "tỉnh", "district": "huyện", "grassroots": "cơ sở", "state": "nhà nước"}


def _vi_level(level: Optional[str]) -> str:
    return _VI_LEVEL.get(level or "", "không rõ")


def rule_date_term(doc: Document) -> Iterable[Finding]:
    """The written term disagrees with the date (central issuers): "ngày 16/4/2010 … (khóa XI)"."""
    for r in doc.references:
        if not (r.date and r.term and r.term_span):
            continue
        if r.level not in ("central", None) or (r.issuer and (tables.issuer_by_form(_issuer_head(r.issuer)) or _NOI).level != "central"):
            continue
        expected = tables.term_for_date(r.date)
        if expected and expected != r.term:
            yield _f(
                "date-term-mismatch", "error",
                f"{r.date:%d/%m/%Y} falls in khóa {expected}, not khóa {r.term}",
                f"ngày {r.date:%d/%m/%Y} thuộc khóa {expected}, không phải khóa {r.term}",
                *r.term_span, suggestion=f"(khóa {expected})", ref=r, related=[r.date_span] if r.date_span else (),
            )


class _NoIssuer:
    level = None
    code = None
    body = None


_NOI = _NoIssuer()


def rule_impossible_date(doc: Document) -> Iterable[Finding]:
    """A date that is not in the calendar: "ngày 31/02/2021"."""
    for r in doc.references:
        for n in r.notes:
            if n.startswith("impossible date"):
                a, b = r.date_span or (r.start, r.end)
                yield _f("impossible-date", "error", f"{n[len('impossible date '):]} is not a calendar date",
                         f"{n[len('impossible date '):]} không phải là ngày có thật", a, b, ref=r)


def rule_term_range(doc: Document) -> Iterable[Finding]:
    """A central document dated before the Party (1930) or after today."""
    today = _dt.date.today()
    for r in doc.references:
        if r.date and r.level == "central" and (r.date < _dt.date(1930, 2, 3) or r.date > today):
            yield _f("term-out-of-range", "warning", f"{r.date:%d/%m/%Y} is outside every term of the Central Committee",
                     f"ngày {r.date:%d/%m/%Y} nằm ngoài các nhiệm kỳ của Ban Chấp hành Trung ương", *(r.date_span or (r.start, r.end)), ref=r)


def rule_chronology(doc: Document) -> Iterable[Finding]:
    """A document citing one dated after itself (a plan dated before the directive it implements)."""
    own = doc.header.date
    if own is None:
        return
    for r in doc.references:
        if r.date and r.relation != "self" and r.date > own:
            rel = "implements" if r.relation in ("implements", "continues", "basis") else "cites"
            yield _f(
                "chronology", "error",
                f"this document ({own:%d/%m/%Y}) {rel} a document dated {r.date:%d/%m/%Y}, after itself",
                f"văn bản này (ngày {own:%d/%m/%Y}) dẫn chiếu một văn bản ngày {r.date:%d/%m/%Y}, sau chính nó",
                *(r.date_span or (r.start, r.end)), ref=r,
            )


def rule_malformed(doc: Document) -> Iterable[Finding]:
    """Spacing, separators and spelling of a code: "100 - KL/TW", "22/CT-TW", "107-KH-ĐUK", "03-CT/TƯ"."""
    for r in _coded(doc):
        if not r.code_span:
            continue
        written = doc.text[r.code_span[0] : r.code_span[1]]
        cp = fields.parse_code(written)
        if cp is None or not cp.problems:
            continue
        yield _f(
            "malformed-code", "warning",
            f"the code is written {written!r}: {'; '.join(cp.problems)}; canonical spelling {cp.canonical}",
            f"ký hiệu viết {written!r} không đúng thể thức; viết đúng: {cp.canonical}",
            *r.code_span, suggestion=cp.canonical, ref=r,
        )


def rule_missing_space(doc: Document) -> Iterable[Finding]:
    """"Chỉ thị12/CT-TW": no space between the type word and the number."""
    for r in doc.references:
        if r.code_span and r.code_span[0] > r.start and doc.text[r.code_span[0] - 1].isalpha():
            a = r.code_span[0]
            yield _f("missing-space", "info", "no space between the type word and the number", "thiếu dấu cách giữa tên loại và số",
                     a - 1, a + 1, suggestion=doc.text[r.start : a] + " " + doc.text[a : r.code_span[1]], ref=r)


def rule_duplicated_issuer(doc: Document) -> Iterable[Finding]:
    """"của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị": the issuer written twice."""
    for r in doc.references:
        for n in r.notes:
            if n.startswith("duplicated issuer"):
                yield _f("duplicated-issuer", "info", f"the issuer is written twice ({r.issuer})", f"cơ quan ban hành được ghi hai lần ({r.issuer})",
                         r.start, r.end, ref=r)
            elif n.startswith("second issuer"):
                yield _f("duplicated-issuer", "warning", f"two different issuers in one citation ({r.issuer}; {n.split(': ', 1)[-1]})",
                         f"một trích dẫn ghi hai cơ quan ban hành khác nhau ({r.issuer}; {n.split(': ', 1)[-1]})", r.start, r.end, ref=r)


def rule_unresolved(doc: Document) -> Iterable[Finding]:
    """A short form with no full reference to stand for ("Chỉ thị 42 của Bộ Chính trị Khóa 8")."""
    for r in doc.references:
        if r.kind != "short" or r.resolved is not None:
            continue
        amb = [n for n in r.notes if n.startswith("ambiguous")]
        if amb:
            yield _f("unresolved-short-form", "warning", f"{r.text!r} may stand for several documents ({amb[0].split(': ', 1)[-1]})",
                     f"{r.text!r} có thể chỉ nhiều văn bản khác nhau", r.start, r.end, ref=r)
        else:
            yield _f("unresolved-short-form", "warning", f"{r.text!r} names no document cited in full in this text",
                     f"{r.text!r} không có trích dẫn đầy đủ (số, ký hiệu, ngày) trong văn bản", r.start, r.end, ref=r)


# --- rules on several references of one document -----------------------------------------


def _groups(doc: Document) -> dict[tuple, list[Reference]]:
    """Code references grouped by code and locality (not by date: the date is what may differ)."""
    out: dict[tuple, list[Reference]] = defaultdict(list)
    for r in _coded(doc):
        if r.relation == "self":
            continue
        out[(r.code, fold_key(r.locality or ""))].append(r)
    return out


def rule_date_conflict(doc: Document) -> Iterable[Finding]:
    """The same document cited with different dates: the fix names the majority."""
    for (code, _loc), refs in _groups(doc).items():
        dated = [r for r in refs if r.date]
        dates = Counter(r.date for r in dated)
        if len(dates) < 2:
            continue
        known = {k.date for k in tables.known(code)}
        if len(known & set(dates)) >= 2:
            continue  # two real documents share the code (42-CT/TW of 2010 and of 2015)
        issuers = {(tables.issuer_by_form(_issuer_head(r.issuer)) or _NOI).body for r in dated if r.issuer}
        if len(issuers) > 1 and tables.level_of_code(fields.parse_code(code).issuer_code) == "central":
            continue  # different issuers: more likely two documents than one misdated
        (best, n), *rest = dates.most_common()
        if rest and rest[0][1] == n:
            reg = _registry_date(code, dates)
            if reg is None:
                # no majority and no registry: every variant is suspect, none is the fix
                for r in dated:
                    yield _f("date-conflict", "warning",
                             f"{code} is cited with different dates ({', '.join(f'{d:%d/%m/%Y}' for d in dates)}) and nothing says which is right",
                             f"{code} được ghi với các ngày khác nhau ({', '.join(f'{d:%d/%m/%Y}' for d in dates)})",
                             *(r.date_span or (r.start, r.end)), ref=r, related=[x.date_span for x in dated if x is not r and x.date_span])
                continue
            best = reg
        for r in dated:
            if r.date != best:
                others = [x.date_span for x in dated if x.date == best and x.date_span]
                yield _f(
                    "date-conflict", "warning",
                    f"{code} is dated {r.date:%d/%m/%Y} here but {best:%d/%m/%Y} in {dates[best]} other place(s)",
                    f"{code} ở đây ghi ngày {r.date:%d/%m/%Y}, nơi khác ghi ngày {best:%d/%m/%Y}",
                    *(r.date_span or (r.start, r.end)), suggestion=f"{best.day}/{best.month}/{best.year}", ref=r, related=others,
                )


def _registry_date(code: str, dates: Counter) -> Optional[_dt.date]:
    for k in tables.known(code):
        if k.date in dates:
            return k.date
    return None


def rule_issuer_naming(doc: Document) -> Iterable[Finding]:
    """One document's issuer named in different ways ("Ban Thường vụ Tỉnh ủy" / "Tỉnh ủy")."""
    for (code, _loc), refs in _groups(doc).items():
        named = [r for r in refs if r.issuer and not any(n.startswith(("issuer shared", "reported act")) for n in r.notes)]
        forms = Counter(r.issuer for r in named)
        if len(forms) < 2:
            continue
        bodies = {(tables.issuer_by_form(_issuer_head(f)) or _NOI).body for f in forms}
        if len(bodies) < 2 and len({fold_key(f) for f in forms}) < 2:
            continue
        main, _ = forms.most_common(1)[0]
        for r in named:
            if r.issuer != main:
                yield _f("issuer-naming", "info", f"{code} is attributed to {r.issuer} here and to {main} elsewhere",
                         f"{code} ở đây ghi của {r.issuer}, nơi khác ghi của {main}", *(r.issuer_span or (r.start, r.end)), suggestion=main, ref=r)


def rule_registry(doc: Document) -> Iterable[Finding]:
    """Date or issuer disagreeing with the registry entry of that code in that term."""
    own = doc.header.date
    for r in _coded(doc):
        # a document cannot cite one issued after it: later namesakes are not candidates
        known = [k for k in tables.known(r.code) if not (own and k.date and k.date > own and r.relation != "self")]
        if not known:
            continue
        term = tables.term_for_date(r.date) if r.date else r.term
        if not term and r.issuer and not any(n.startswith(("issuer shared", "reported act")) for n in r.notes):
            mine = (tables.issuer_by_form(_issuer_head(r.issuer)) or _NOI).body
            bodies = {(tables.issuer_by_form(x.strip()) or _NOI).body for k in known for x in k.issuer.split(",")}
            if mine and None not in bodies and mine not in bodies and not (mine == "Ban Chấp hành Trung ương Đảng" and bodies & {"Bộ Chính trị", "Ban Bí thư"}):
                issuers = sorted({k.issuer for k in known})
                yield _f("registry-mismatch", "warning", f"no {r.code} of {r.issuer} is known; the registry has it from {', '.join(issuers)}",
                         f"không có {r.code} nào của {r.issuer}; sổ đăng ký ghi do {', '.join(issuers)} ban hành",
                         *(r.issuer_span or (r.start, r.end)), suggestion=issuers[0] if len(issuers) == 1 else None, ref=r)
            continue
        same_term = [k for k in known if k.term == term] if term else []
        if r.date and not same_term:
            continue  # a document of another term: not the registry's
        entries = same_term or (known if len(known) == 1 else [])
        if len(entries) != 1:
            continue
        k = entries[0]
        if r.date and k.date and r.date != k.date:
            yield _f("registry-mismatch", "warning", f"{r.code} of khóa {k.term} is dated {k.date:%d/%m/%Y}, not {r.date:%d/%m/%Y}",
                     f"{r.code} khóa {k.term} ban hành ngày {k.date:%d/%m/%Y}, không phải {r.date:%d/%m/%Y}",
                     *(r.date_span or (r.start, r.end)), suggestion=f"{k.date.day}/{k.date.month}/{k.date.year}", ref=r)
        if r.issuer and k.issuer and not any(n.startswith(("issuer shared", "reported act")) for n in r.notes):
            mine = (tables.issuer_by_form(_issuer_head(r.issuer)) or _NOI).body
            theirs = {(tables.issuer_by_form(x.strip()) or _NOI).body for x in k.issuer.split(",")}
            if mine and None not in theirs and mine not in theirs and not (mine == "Ban Chấp hành Trung ương Đảng" and theirs & {"Bộ Chính trị", "Ban Bí thư"}):
                yield _f("registry-mismatch", "warning", f"{r.code} of khóa {k.term} was issued by {k.issuer}, not {r.issuer}",
                         f"{r.code} khóa {k.term} do {k.issuer} ban hành, không phải {r.issuer}",
                         *(r.issuer_span or (r.start, r.end)), suggestion=k.issuer, ref=r)


# --- the document's own letterhead -------------------------------------------------------------

# Điều 7 of Quy định 66-QĐ/TW: what a provincial Ban Chấp hành may not issue
_BCH_TINH_CANNOT = {"Chỉ thị", "Thông tri", "Hướng dẫn"}


def rule_authority(doc: Document) -> Iterable[Finding]:
    """A body issuing (or cited as issuing) a type it may not issue."""
    items: list[tuple[str, str, int, int, Optional[Reference]]] = []
    h = doc.header
    if h.issuer and h.doc_type and "issuer" not in h.inferred:
        a, b = h.spans.get("doc_type", (h.start, h.end))
        items.append((h.issuer, h.doc_type, a, b, None))
    for r in doc.references:
        if r.issuer and r.doc_type and r.kind in ("code", "short") and not any(n.startswith(("issuer shared",)) for n in r.notes):
            items.append((r.issuer, r.doc_type, r.start, r.end, r))
    for issuer, doc_type, a, b, ref in items:
        head = fold_key(_issuer_head(issuer))
        if head.startswith(("ban chap hanh dang bo tinh", "ban chap hanh dang bo thanh pho", "tinh uy", "thanh uy")) and doc_type in _BCH_TINH_CANNOT:
            if head.startswith(("tinh uy", "thanh uy")):
                continue  # "Tỉnh ủy" is also used for its standing committee, which may
            yield _f("authority", "warning", f"a provincial Ban Chấp hành may not issue a {doc_type} (Quy định 66-QĐ/TW, Điều 7)",
                     f"Ban Chấp hành Đảng bộ tỉnh không có thẩm quyền ban hành {doc_type} (Quy định 66-QĐ/TW, Điều 7)", a, b, ref=ref)


def rule_header(doc: Document) -> Iterable[Finding]:
    """Missing mandatory components, the own code disagreeing with the type, -HU codes after 2025."""
    h = doc.header
    if not (doc.references or doc.sections or h.doc_type):
        return
    at = (h.start, h.end) if h.end > h.start else (0, 0)
    missing = []
    if h.code is None:
        missing.append(("số và ký hiệu", "the number and code (Số …)"))
    if "date" in h.inferred or h.date is None:
        missing.append(("địa danh, ngày tháng", "the place and date"))
    if h.doc_type is None or "doc_type" in h.inferred:
        missing.append(("tên loại văn bản", "the document type"))
    if missing and len(missing) == 3 and not h.lines:
        yield _f("header-missing", "info", "no letterhead: an excerpt or a report about documents, not a document",
                 "không có phần thể thức: trích đoạn hoặc bài viết, không phải văn bản", *at)
    elif missing:
        yield _f("header-missing", "warning", "the letterhead lacks " + ", ".join(e for _, e in missing),
                 "thiếu thành phần thể thức: " + ", ".join(v for v, _ in missing), *at)
    if h.code and h.doc_type and "doc_type" not in h.inferred:
        cp = fields.parse_code(h.code)
        if cp and cp.type_abbr:
            readings = tables.types_by_abbr(cp.type_abbr, cp.system)
            if readings and not any(t.name == h.doc_type for t in readings):
                yield _f("header-code-type", "error", f"the document is a {h.doc_type} but its own code {h.code} says {readings[0].name}",
                         f"văn bản là {h.doc_type} nhưng ký hiệu {h.code} là của {readings[0].name}", *h.spans.get("code", at), ref=None)
    if h.code and h.date and h.date >= DISTRICTS_ABOLISHED:
        cp = fields.parse_code(h.code)
        if cp and cp.system == "party" and tables.level_of_code(cp.issuer_code) == "district":
            yield _f("header-abolished-level", "warning", f"a district-level code ({h.code}) on a document of {h.date:%d/%m/%Y}, after districts were abolished",
                     f"ký hiệu cấp huyện ({h.code}) trên văn bản ngày {h.date:%d/%m/%Y}, sau khi bỏ cấp huyện", *h.spans.get("code", at))


RULES: dict[str, Callable[[Document], Iterable[Finding]]] = {
    "type-code-mismatch": rule_type_code,
    "issuer-code-mismatch": rule_issuer_code,
    "date-term-mismatch": rule_date_term,
    "impossible-date": rule_impossible_date,
    "term-out-of-range": rule_term_range,
    "chronology": rule_chronology,
    "malformed-code": rule_malformed,
    "missing-space": rule_missing_space,
    "duplicated-issuer": rule_duplicated_issuer,
    "unresolved-short-form": rule_unresolved,
    "date-conflict": rule_date_conflict,
    "issuer-naming": rule_issuer_naming,
    "registry-mismatch": rule_registry,
    "authority": rule_authority,
    "header": rule_header,
}


# --- corpus rules -------------------------------------------------------------------------------


def rule_corpus_conflicts(corpus) -> Iterable[Finding]:
    """A citation that disagrees with the cited document's own letterhead in the corpus,
    or a short form no document of the corpus resolves."""
    by_key: dict[str, Document] = {}
    for d in corpus.documents:
        k = getattr(d, "key", None)
        if k:
            by_key[k] = d
    by_code: dict[str, list[Document]] = defaultdict(list)
    for d in corpus.documents:
        if d.header.code:
            by_code[d.header.code].append(d)
    for d in corpus.documents:
        for r in _coded(d):
            if r.relation == "self":
                continue
            target = by_key.get(r.key or "") or _unique_by_code_year(by_code.get(r.code, []), r)
            if target is None or target is d or target.header.date is None:
                continue
            if r.date and r.date != target.header.date and r.date.year == target.header.date.year or (
                r.date and r.date != target.header.date and abs((r.date - target.header.date).days) < 800
            ):
                td = target.header.date
                f = _f("date-conflict", "warning", f"{r.code} is dated {td:%d/%m/%Y} in its own letterhead ({target.path}), not {r.date:%d/%m/%Y}",
                       f"{r.code} ghi ngày {td:%d/%m/%Y} trên văn bản gốc, không phải {r.date:%d/%m/%Y}",
                       *(r.date_span or (r.start, r.end)), suggestion=f"{td.day}/{td.month}/{td.year}", ref=r)
                f.path = d.path
                yield f


def _unique_by_code_year(docs: list[Document], r: Reference) -> Optional[Document]:
    if r.locality:
        docs = [d for d in docs if fold_key(d.header.province or "") == fold_key(r.locality) or fold_key(d.header.district or "") == fold_key(r.locality)]
    return docs[0] if len(docs) == 1 else None


CORPUS_RULES = {"corpus-date-conflict": rule_corpus_conflicts}


def check(obj, rules: Optional[Iterable[str]] = None) -> list[Finding]:
    """Findings for a Document, a Corpus or a string (parsed first; offsets
    index that string). Findings come in text order per document; each
    Finding of a corpus carries the ``path`` of its document.

    >>> [f.rule for f in check("Thực hiện Kết luận số 93-NQ/TW ngày 20/11/2020 của Ban Bí thư") if f.severity == "error"]
    ['type-code-mismatch']
    """
    from .model import Document as _Doc

    if isinstance(obj, str):
        from .read import parse

        obj = parse(obj)
    if isinstance(obj, _Doc):
        docs = [obj]
        corpus = None
    elif hasattr(obj, "documents"):
        docs = list(obj.documents)
        corpus = obj
    else:
        from .errors import InputTypeError

        raise InputTypeError(f"check expects a Document, a Corpus or a str, not {type(obj).__name__}")
    wanted = set(rules) if rules else None
    out: list[Finding] = []
    for d in docs:
        found: list[Finding] = []
        for name, fn in RULES.items():
            if wanted and name not in wanted and not any(w.startswith(name) for w in wanted):
                continue
            for f in fn(d):
                f.path = d.path
                found.append(f)
        found.sort(key=lambda f: (f.start, SEVERITIES.index(f.severity), f.rule))
        out.extend(found)
    if corpus is not None:
        for name, fn in CORPUS_RULES.items():
            if wanted and name not in wanted:
                continue
            out.extend(fn(corpus))
    return out
