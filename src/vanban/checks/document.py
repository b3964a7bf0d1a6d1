"""Rules across the references of one document, against the registry of known
documents, and on the document's own letterhead.

Example::

    >>> from vanban import parse
    >>> t = ("Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 … Kế hoạch số 25-KH/TU, ngày 19/4/2020 … "
    ...      "Kế hoạch số 25-KH/TU ngày 19/4/2021")
    >>> [(f.rule, f.suggestion) for f in date_conflict(parse(t), Lexicon.default())]
    [('date-conflict', '19/4/2021')]
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Optional

from ..facts import Lexicon
from ..model import Document, Finding, Fix, Flag, Reference
from ..text import fold_key
from .base import coded, finding, parts_of, rule

__all__ = ["date_conflict", "issuer_naming", "registry", "authority", "header"]

#: the central bodies whose documents a text may attribute to the Central Committee as a whole
_CC = "Ban Chấp hành Trung ương Đảng"
_CC_ORGANS = {"Bộ Chính trị", "Ban Bí thư"}


def _groups(doc: Document) -> dict[tuple, list[Reference]]:
    """Code references grouped by code and locality (not by date: the date is what may differ)."""
    out: dict[tuple, list[Reference]] = defaultdict(list)
    for r in coded(doc):
        if r.relation == "self":
            continue
        out[(r.code, fold_key(r.locality or ""))].append(r)
    return out


@rule("date-conflict")
def date_conflict(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """The same document cited with different dates: the fix names the majority."""
    for (code, _loc), refs in _groups(doc).items():
        dated = [r for r in refs if r.date]
        dates = Counter(r.date for r in dated)
        if len(dates) < 2:
            continue
        if len({k.date for k in lex.known(code)} & set(dates)) >= 2:
            continue  # two real documents share the code (42-CT/TW of 2010 and of 2015)
        bodies = {lex.body_of(r.issuer) for r in dated if r.issuer}
        if len(bodies) > 1 and lex.level_of_code(parts_of(dated[0], lex).issuer_code) == "central":
            continue  # different issuers: more likely two documents than one misdated
        (best, n), *rest = dates.most_common()
        if rest and rest[0][1] == n:
            best = next((k.date for k in lex.known(code) if k.date in dates), None)
            if best is None:
                yield from _undecided(code, dated, dates)
                continue
        for r in dated:
            if r.date != best:
                others = [x.date_span for x in dated if x.date == best and x.date_span]
                yield finding(
                    "date-conflict",
                    "warning",
                    f"{code} is dated {r.date:%d/%m/%Y} here but {best:%d/%m/%Y} in {dates[best]} other place(s)",
                    f"{code} ở đây ghi ngày {r.date:%d/%m/%Y}, nơi khác ghi ngày {best:%d/%m/%Y}",
                    *(r.date_span or (r.start, r.end)),
                    fix=Fix("date", best),
                    ref=r,
                    related=others,
                )


def _undecided(code: str, dated: list[Reference], dates: Counter) -> Iterable[Finding]:
    """No majority and no registry: every variant is suspect, none is the fix."""
    listed = ", ".join(f"{d:%d/%m/%Y}" for d in dates)
    for r in dated:
        yield finding(
            "date-conflict",
            "warning",
            f"{code} is cited with different dates ({listed}) and nothing says which is right",
            f"{code} được ghi với các ngày khác nhau ({listed})",
            *(r.date_span or (r.start, r.end)),
            ref=r,
            related=[x.date_span for x in dated if x is not r and x.date_span],
        )


@rule("issuer-naming")
def issuer_naming(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """One document's issuer named in different ways ("Ban Thường vụ Tỉnh ủy" / "Tỉnh ủy")."""
    for (code, _loc), refs in _groups(doc).items():
        named = [r for r in refs if r.issuer and not r.has(Flag.ISSUER_SHARED, Flag.REPORTED_ACT)]
        forms = Counter(r.issuer for r in named)
        if len(forms) < 2:
            continue
        if len({lex.body_of(f) for f in forms}) < 2 and len({fold_key(f) for f in forms}) < 2:
            continue
        main, _ = forms.most_common(1)[0]
        for r in named:
            if r.issuer != main:
                yield finding(
                    "issuer-naming",
                    "info",
                    f"{code} is attributed to {r.issuer} here and to {main} elsewhere",
                    f"{code} ở đây ghi của {r.issuer}, nơi khác ghi của {main}",
                    *(r.issuer_span or (r.start, r.end)),
                    fix=Fix("issuer", main),
                    ref=r,
                )


def _other_body(lex: Lexicon, mine: Optional[str], theirs: set) -> bool:
    """``mine`` is a body, and none of ``theirs`` (the Central Committee standing for its organs is no error)."""
    return bool(mine) and None not in theirs and mine not in theirs and not (mine == _CC and theirs & _CC_ORGANS)


@rule("registry-mismatch")
def registry(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """Date or issuer disagreeing with the registry entry of that code in that term."""
    own = doc.header.date
    for r in coded(doc):
        # a document cannot cite one issued after it: later namesakes are not candidates
        known = [k for k in lex.known(r.code) if not (own and k.date and k.date > own and r.relation != "self")]
        if not known:
            continue
        stated = r.issuer and not r.has(Flag.ISSUER_SHARED, Flag.REPORTED_ACT)
        term = lex.term_for_date(r.date) if r.date else r.term
        if not term:
            bodies = {lex.body_of(x.strip()) for k in known for x in k.issuer.split(",")}
            if stated and _other_body(lex, lex.body_of(r.issuer), bodies):
                issuers = sorted({k.issuer for k in known})
                yield finding(
                    "registry-mismatch",
                    "warning",
                    f"no {r.code} of {r.issuer} is known; the registry has it from {', '.join(issuers)}",
                    f"không có {r.code} nào của {r.issuer}; sổ đăng ký ghi do {', '.join(issuers)} ban hành",
                    *(r.issuer_span or (r.start, r.end)),
                    fix=Fix("issuer", issuers[0]) if len(issuers) == 1 else None,
                    ref=r,
                )
            continue
        same_term = [k for k in known if k.term == term]
        if r.date and not same_term:
            continue  # a document of another term: not the registry's
        entries = same_term or (known if len(known) == 1 else [])
        if len(entries) != 1:
            continue
        k = entries[0]
        if r.date and k.date and r.date != k.date:
            yield finding(
                "registry-mismatch",
                "warning",
                f"{r.code} of khóa {k.term} is dated {k.date:%d/%m/%Y}, not {r.date:%d/%m/%Y}",
                f"{r.code} khóa {k.term} ban hành ngày {k.date:%d/%m/%Y}, không phải {r.date:%d/%m/%Y}",
                *(r.date_span or (r.start, r.end)),
                fix=Fix("date", k.date),
                ref=r,
            )
        theirs = {lex.body_of(x.strip()) for x in k.issuer.split(",")} if k.issuer else {None}
        if stated and k.issuer and _other_body(lex, lex.body_of(r.issuer), theirs):
            yield finding(
                "registry-mismatch",
                "warning",
                f"{r.code} of khóa {k.term} was issued by {k.issuer}, not {r.issuer}",
                f"{r.code} khóa {k.term} do {k.issuer} ban hành, không phải {r.issuer}",
                *(r.issuer_span or (r.start, r.end)),
                fix=Fix("issuer", k.issuer),
                ref=r,
            )


# --- the document's own letterhead -------------------------------------------------------------

_PROVINCIAL_BCH = ("ban chap hanh dang bo tinh", "ban chap hanh dang bo thanh pho", "tinh uy", "thanh uy")


@rule("authority")
def authority(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A body issuing (or cited as issuing) a type it may not issue (Quy định 66-QĐ/TW, Điều 7)."""
    cannot = set(lex.words("bch_tinh_cannot_issue"))
    items: list[tuple[str, str, int, int, Optional[Reference]]] = []
    h = doc.header
    if h.issuer and h.doc_type and "issuer" not in h.inferred:
        a, b = h.spans.get("doc_type", (h.start, h.end))
        items.append((h.issuer, h.doc_type, a, b, None))
    for r in doc.references:
        if r.issuer and r.doc_type and r.kind in ("code", "short") and not r.has(Flag.ISSUER_SHARED):
            items.append((r.issuer, r.doc_type, r.start, r.end, r))
    for issuer, doc_type, a, b, ref in items:
        head = fold_key(issuer.split(",")[0])
        if head.startswith(_PROVINCIAL_BCH) and doc_type in cannot:
            if head.startswith(("tinh uy", "thanh uy")):
                continue  # "Tỉnh ủy" is also used for its standing committee, which may
            yield finding(
                "authority",
                "warning",
                f"a provincial Ban Chấp hành may not issue a {doc_type} (Quy định 66-QĐ/TW, Điều 7)",
                f"Ban Chấp hành Đảng bộ tỉnh không có thẩm quyền ban hành {doc_type} (Quy định 66-QĐ/TW, Điều 7)",
                a,
                b,
                ref=ref,
            )


@rule("header-missing", "header-code-type", "header-abolished-level")
def header(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """Missing mandatory components, the own code disagreeing with the type, -HU codes after 2025."""
    h = doc.header
    if not (doc.references or doc.sections or h.doc_type):
        return
    at = (h.start, h.end) if h.end > h.start else (0, 0)
    yield from _missing(h, at)
    cp = parts_of(Reference(0, 0, "", code=h.code), lex) if h.code else None
    if cp and cp.type_abbr and h.doc_type and "doc_type" not in h.inferred:
        readings = lex.types_by_abbr(cp.type_abbr, cp.system)
        if readings and not any(t.name == h.doc_type for t in readings):
            yield finding(
                "header-code-type",
                "error",
                f"the document is a {h.doc_type} but its own code {h.code} says {readings[0].name}",
                f"văn bản là {h.doc_type} nhưng ký hiệu {h.code} là của {readings[0].name}",
                *h.spans.get("code", at),
            )
    if (
        cp
        and h.date
        and h.date >= lex.districts_abolished
        and cp.system == "party"
        and lex.level_of_code(cp.issuer_code) == "district"
    ):
        yield finding(
            "header-abolished-level",
            "warning",
            f"a district-level code ({h.code}) on a document of {h.date:%d/%m/%Y}, after districts were abolished",
            f"ký hiệu cấp huyện ({h.code}) trên văn bản ngày {h.date:%d/%m/%Y}, sau khi bỏ cấp huyện",
            *h.spans.get("code", at),
        )


def _missing(h, at: tuple[int, int]) -> Iterable[Finding]:
    missing = []
    if h.code is None:
        missing.append(("số và ký hiệu", "the number and code (Số …)"))
    if "date" in h.inferred or h.date is None:
        missing.append(("địa danh, ngày tháng", "the place and date"))
    if h.doc_type is None or "doc_type" in h.inferred:
        missing.append(("tên loại văn bản", "the document type"))
    if missing and len(missing) == 3 and not h.lines:
        yield finding(
            "header-missing",
            "info",
            "no letterhead: an excerpt or a report about documents, not a document",
            "không có phần thể thức: trích đoạn hoặc bài viết, không phải văn bản",
            *at,
        )
    elif missing:
        yield finding(
            "header-missing",
            "warning",
            "the letterhead lacks " + ", ".join(e for _, e in missing),
            "thiếu thành phần thể thức: " + ", ".join(v for v, _ in missing),
            *at,
        )
