"""Rules across the references of one document (one document cited with different
dates, issuers, type words or code spellings; words doubled at a citation), and on the
document's own letterhead.

Example::

    >>> from vanban import parse
    >>> t = ("Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 … Kế hoạch số 25-KH/TU, ngày 19/4/2020 … "
    ...      "Kế hoạch số 25-KH/TU ngày 19/4/2021")
    >>> [(f.rule, f.suggestion) for f in date_conflict(parse(t), Lexicon.default())]
    [('date-conflict', '19/4/2021')]
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice
from sys import intern
from typing import Iterable, Optional

from ..facts import Lexicon
from ..model import Document, Finding, Fix, Reference
from ..text import fold_key
from .base import (
    ISSUER_SHARED,
    Cite,
    Kind,
    cited,
    cited_bodies,
    code_types,
    each,
    finding,
    part_span,
    parts_of,
    rule,
    stated_date,
    stated_issuer,
    written_key,
)

__all__ = ["date_conflict", "issuer_naming", "type_conflict", "code_variant", "doubled_word", "authority", "header"]

#: the Central Committee may stand for its organs ("của Trung ương" for a Ban Bí thư conclusion): no conflict
_CC = "Ban Chấp hành Trung ương Đảng"


def _groups(doc: Document, lex: Lexicon) -> dict[tuple, list[Reference]]:
    """Code references grouped by code and locality (not by date: the date is what may differ)."""
    out: dict[tuple, list[Reference]] = defaultdict(list)
    for r in cited(doc, lex).coded:
        if r.relation == "self":
            continue
        out[(r.code, fold_key(r.locality or ""))].append(r)
    return out


@rule("date-conflict")
def date_conflict(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """The same document cited with different dates: the fix names the majority."""
    for (code, _loc), refs in _groups(doc, lex).items():
        if len(refs) < 2:
            continue  # (most codes are cited once)
        dated = [r for r in refs if stated_date(r)]  # (a shared date is inferred, not written)
        if len(dated) < 2 or len({r.date for r in dated}) < 2:
            continue  # (one date written, or one date twice: no Counter to make)
        dates = Counter(r.date for r in dated)
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
                    *part_span(r, r.date_span),
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
            *part_span(r, r.date_span),
            ref=r,
            related=[x.date_span for x in dated if x is not r and x.date_span],
        )


def _documents(doc: Document, lex: Lexicon) -> list[list[Reference]]:
    """The citations of each document the text cites, full and short: by code, then by locality
    and term, since a code is not an identity: "42-CT/TW, ngày 16/4/2010 của Bộ Chính trị" and
    "42-CT/TW, ngày 24/3/2015 của Ban Bí thư" are two documents. A citation that gives no
    locality (or no date) joins the one the text gives that code, if it gives one. Once per check
    (issuer-naming and type-conflict read them)."""
    c = cited(doc, lex)
    if c.documents is None:
        c.documents = _documents_cited(doc, lex)
    return c.documents


def _documents_cited(doc: Document, lex: Lexicon) -> list[list[Reference]]:
    by_code: dict[str, list[Reference]] = defaultdict(list)
    for r in doc.references:
        t = r.target
        if t.code and t.kind == "code" and r.relation != "self" and r.kind in ("code", "short"):
            by_code[t.code].append(r)
    return _split_all(list(by_code.values()), lex)


def _split_all(groups: list[list[Reference]], lex: Lexicon) -> list[list[Reference]]:
    def term(r: Reference) -> Optional[str]:
        t = r.target
        return lex.term_for_date(t.date) if t.date else (t.term if t.term_span else None)

    out = []
    for g in groups:
        if len(g) == 1:  # (one citation is one document, whatever its locality and term: most codes are cited once)
            out.append(g[:])
            continue
        for part in _split(g, lambda r: fold_key(r.target.locality or "") or None):
            out.extend(_split(part, term))
    return out


def _split(refs: list[Reference], attr) -> list[list[Reference]]:
    """``refs`` by ``attr``; those without one join the only group there is, or stay together."""
    parts: dict[object, list[Reference]] = defaultdict(list)
    for r in refs:
        parts[attr(r)].append(r)
    loose = parts.pop(None, [])
    if len(parts) == 1:
        (only,) = parts.values()
        return [only + loose]
    return list(parts.values()) + ([loose] if loose and not parts else [])


def _stands_for(bodies: set[str]) -> bool:
    """A committee named for its own organ: the Central Committee for the Bộ Chính trị, "Tỉnh ủy" for
    "Ban Thường vụ Tỉnh ủy" (texts do so; naming, not a conflict)."""
    folded = [fold_key(b) for b in bodies]
    return _CC in bodies or any(a != b and a in b for a in folded for b in folded)


def _majority(values: list) -> Optional[object]:
    """The value most occurrences write, None on a tie."""
    (best, n), *rest = Counter(values).most_common()
    return None if rest and rest[0][1] == n else best


@rule("issuer-naming", "issuer-conflict")
def issuer_naming(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """One document's issuer named in different ways ("Ban Thường vụ Tỉnh ủy" / "Tỉnh ủy": info), or
    given as different bodies ("35-CT/TW ngày 14/6/2024 của Bộ Chính trị" then "35-CT/TW của Ban Bí
    thư": a warning on the odd one, unless the registry knows the document, which registry-issuer says)."""
    for refs in _documents(doc, lex):
        if len(refs) < 2:
            continue  # (most documents are cited once)
        named = [r for r in refs if stated_issuer(r)]
        if len(named) < 2 or len({r.issuer for r in named}) < 2:
            continue  # (one issuer named, or one written alike: no Counter to make)
        forms = Counter(r.issuer for r in named)
        main, _ = forms.most_common(1)[0]
        theirs = next(cited_bodies(r, lex) for r in named if r.issuer == main)
        known = cited(doc, lex).of(named[0]).row() is not None
        for r in named:
            if r.issuer == main:
                continue
            mine = cited_bodies(r, lex)
            if mine and theirs and not mine & theirs and not _stands_for(mine | theirs):
                if known:
                    continue
                yield finding(
                    "issuer-conflict",
                    "warning",
                    f"{r.target.code} is attributed to {r.issuer} here and to {main} elsewhere in the text",
                    f"{r.target.code} ở đây ghi của {r.issuer}, nơi khác ghi của {main}",
                    *part_span(r, r.issuer_span),
                    fix=Fix("issuer", main) if forms[main] > 1 else None,
                    ref=r,
                    related=[x.issuer_span for x in named if x.issuer == main and x.issuer_span],
                )
            elif len({fold_key(f) for f in forms}) > 1:
                yield finding(
                    "issuer-naming",
                    "info",
                    f"{r.target.code} is attributed to {r.issuer} here and to {main} elsewhere",
                    f"{r.target.code} ở đây ghi của {r.issuer}, nơi khác ghi của {main}",
                    *part_span(r, r.issuer_span),
                    fix=Fix("issuer", main),
                    ref=r,
                )


@rule("type-conflict")
def type_conflict(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """One document cited with two type words its code allows: "Quy định số 144-QĐ/TW" and later
    "Quyết định số 144-QĐ/TW" (QĐ serves both). The odd one is flagged, with the majority as fix;
    when the registry knows the document, registry-type says which is right instead."""
    for refs in _documents(doc, lex):
        if len(refs) < 2:
            continue  # (most documents are cited once: one type word)
        typed = [r for r in refs if r.doc_type]
        kinds = [fold_key(r.doc_type or "") for r in typed]
        if len(set(kinds)) < 2 or cited(doc, lex).of(typed[0]).row() is not None:
            continue
        cp = parts_of(typed[0].target, lex)
        readings = {fold_key(t.name) for t in code_types(cp, lex)}
        if not set(kinds) <= readings:
            continue  # a type word the code contradicts is type-code-mismatch's
        best = _majority(kinds)
        for r, kind in zip(typed, kinds):
            if kind != best:
                main = next((x.doc_type for x, k in zip(typed, kinds) if k == best), None)
                yield finding(
                    "type-conflict",
                    "warning",
                    f"{r.target.code} is called {r.doc_type} here"
                    + (f" and {main} elsewhere" if main else " and by another type word elsewhere"),
                    f"{r.target.code} ở đây gọi là {r.doc_type}" + (f", nơi khác là {main}" if main else ", nơi khác gọi khác"),
                    r.start,
                    r.start + len(r.doc_type or ""),
                    fix=Fix("type", main) if main else None,
                    ref=r,
                )


_SPELLING = re.compile(r"[\s./-]+")


def _spelling(doc: Document, r: Reference) -> str:
    """The letters of a code as written: "221-HĐ/ĐU" -> "221HĐĐU" (separators are malformed-code's)."""
    a, b = part_span(r, r.code_span)
    return _spelled(doc.text[a:b])


@lru_cache(maxsize=8192)  # (a code is written alike in many citations and documents: spelled once)
def _spelled(code: str) -> str:
    # (one string for every code written alike: a list of them for every citation weighed 1x the text)
    return intern(_SPELLING.sub("", unicodedata.normalize("NFC", code).replace("Ð", "Đ").replace("Ɖ", "Đ")))


@rule("code-variant")
def code_variant(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """One document's code written with different letters: "Hướng dẫn số 221-HĐ/ĐU ngày 20/11/2009 của
    Đảng uỷ ĐHQGHN", later "Hướng dẫn số 221-HD/ĐU"; "08-QĐi/TW" and "08-QĐ/TW". Each odd spelling is
    flagged, the fix being the registry's code, else the canonical spelling most occurrences write."""
    groups: dict[tuple, list[Reference]] = defaultdict(list)
    for r in cited(doc, lex).coded:
        cp = parts_of(r, lex)
        if cp is None or not r.code_span or _contradicts(r, cp, lex):
            continue  # "Kết luận số 93-NQ/TW" is type-code-mismatch's, not a second spelling of 93-KL/TW
        # the document's own code too: "Quy định số 97-QĐ/TW" … "97-QD/TW"
        groups[(cp.number.lstrip("0"), fold_key(cp.issuer_abbr), fold_key(r.doc_type or ""))].append(r)
    # (a code written once has one spelling: most are, and are not split by locality and term to find so)
    for refs in _split_all([g for g in groups.values() if len(g) > 1], lex):
        spelled = [_spelling(doc, r) for r in refs]
        if len(set(spelled)) < 2:
            continue
        best = _preferred(doc, lex, refs, spelled)
        if best is None:
            continue
        fixed = next(r.code for r, s in zip(refs, spelled) if s == best)
        for r, s in zip(refs, spelled):
            if s != best:
                yield finding(
                    "code-variant",
                    "warning",
                    f"the code is written {doc.text[r.code_span[0] : r.code_span[1]]!r} here and {fixed} elsewhere in the text",
                    f"ký hiệu ở đây viết {doc.text[r.code_span[0] : r.code_span[1]]!r}, nơi khác viết {fixed}",
                    *r.code_span,
                    fix=Fix("code", fixed),
                    ref=r,
                    related=[x.code_span for x, y in zip(refs, spelled) if y == best and x.code_span],
                )


def _contradicts(r: Reference, cp, lex: Lexicon) -> bool:
    """The type word says another type than the code's abbreviation ("Kết luận số 93-NQ/TW"). (Asked of every coded
    citation: the one or two readings walked, no set of their names made; no type word, nothing to contradict.)"""
    written = r.doc_type
    if not written:
        return False
    readings = code_types(cp, lex)
    for t in readings:
        if t.name == written:
            return False
    return bool(readings)


def _preferred(doc: Document, lex: Lexicon, refs: list[Reference], spelled: list[str]) -> Optional[str]:
    """The right spelling among those written: the registry's code, else the canonical ones' majority."""
    c = cited(doc, lex)
    for r, s in zip(refs, spelled):
        m = c.of(r).row()
        if m is not None and _SPELLING.sub("", m.row.code) == s:
            return s
    canonical = [s for r, s in zip(refs, spelled) if s == _SPELLING.sub("", r.code or "")]
    return _majority(canonical) if canonical else None


_WORD = re.compile(r"[\w\u0300-\u036f]+")  # with the combining marks of a decomposed (NFD) text


@each("doubled-word", when=Kind.WRITTEN)
def doubled_word(x: Cite, lex: Lexicon) -> Iterable[Finding]:
    """Words written twice at a citation: "Kết luận số Kết luận số 200-KL/TW" (the type word), "Thực
    hiện Thực hiện Chỉ thị số 22/CT-TW" (the lead words). The fix drops the second copy."""
    r, text = x.ref, x.doc.text
    if r.kind not in ("code", "short"):
        return ()
    # a copy of n words ends with the last word before the citation: its twin is among the 4 words before that
    # or the citation's first 4 (tried on the words' keys first, each window's read once: most citations have none)
    keys = _keys_before(text[r.start - 60 if r.start > 60 else 0 : r.start])
    if not keys or (keys[-1] not in keys[:-1] and keys[-1] not in _first_keys(text[r.start : r.end])):
        return ()
    # at most 4 words are doubled: the last 8 words before the citation and its first 4 are all that is read
    before = list(_WORD.finditer(text, max(0, r.start - 60), r.start))[-8:]
    after = list(islice(_WORD.finditer(text, r.start, r.end), 4))
    keys = [written_key(m.group()) for m in before], [written_key(m.group()) for m in after]
    for n in range(4, 0, -1):
        span = _doubled(text, before, after, keys, n)
        if span is not None:
            a, m, b = span
            en, vi = f"{text[a:m]!r} is written twice", f"{text[a:m]!r} bị viết lặp hai lần"
            return (finding("doubled-word", "warning", en, vi, a, b, fix=Fix("text", text[a:m]), ref=r),)
    return ()


@lru_cache(maxsize=8192)  # (the words before citations are few phrases: "Thực hiện ", "của Ban Thường vụ Tỉnh ủy về ")
def _keys_before(window: str) -> tuple[str, ...]:
    """The :func:`written_key` of the last 5 words (:func:`_last_words`) of ``window``, the 60 characters before a
    citation."""
    return tuple(written_key(w) for w in _last_words(window, len(window)))


@lru_cache(maxsize=8192)  # (a citation is written alike in many places: "Kết luận số 93-KL/TW của Ban Bí thư")
def _first_keys(citation: str) -> tuple[str, ...]:
    """The :func:`written_key` of a citation's first 4 words."""
    return tuple(written_key(m.group()) for m in islice(_WORD.finditer(citation), 4))


def _last_words(text: str, at: int) -> list[str]:
    """The last 5 words of the 60 characters before ``at`` (the first of them may be cut), read in the last 30 first:
    when these hold 6 words or more, the 5 last are whole and the same. The scan for words was a tenth of the checks of
    a plan (callgrind), and 30 characters mostly hold 6: "… Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW"
    (corpus/gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt)."""
    words = _WORD.findall(text, at - 30 if at > 30 else 0, at)
    if len(words) < 6 and at > 30:
        words = _WORD.findall(text, at - 60 if at > 60 else 0, at)
    return words[-5:]


def _doubled(text: str, before: list, after: list, keys: tuple[list, list], n: int) -> Optional[tuple[int, int, int]]:
    """(start, end of the first copy, end of the second) when ``n`` words are written twice in a row,
    the second copy starting the citation or ending right before it; None otherwise. ``keys``: the
    words' :func:`written_key`, along ``before`` and ``after``."""
    kb, ka = keys
    if len(before) >= n and len(after) >= n and kb[-n:] == ka[:n]:
        first, second = before[-n:], after[:n]
    elif len(before) >= 2 * n and kb[-2 * n : -n] == kb[-n:]:
        first, second = before[-2 * n : -n], before[-n:]
    else:
        return None
    gap = text[first[-1].end() : second[0].start()]
    if gap.strip() or gap.count("\n") > 1:
        return None  # only spaces, or one line break ("Chỉ thị số\nChỉ thị số\n12-CT/TW"), between the copies
    return first[0].start(), first[-1].end(), second[-1].end()


# --- the document's own letterhead -------------------------------------------------------------


def _provincial_committee(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The names of a provincial Ban Chấp hành (vocabulary ``provincial_committee``), folded, and those of them also
    used for its standing committee (value ``standing``: "Tỉnh ủy", "Thành ủy")."""
    rows = lex.pairs("provincial_committee")
    return tuple(fold_key(p) for p, _ in rows), tuple(fold_key(p) for p, v in rows if v == "standing")


@rule("authority")
def authority(doc: Document, lex: Lexicon) -> Iterable[Finding]:
    """A body issuing (or cited as issuing) a type it may not issue (Quy định 66-QĐ/TW, Điều 7)."""
    cannot = set(lex.words("bch_tinh_cannot_issue"))
    committee, standing_too = lex.cached("checks.provincial_committee", _provincial_committee, lex)
    items: list[tuple[str, str, int, int, Optional[Reference]]] = []
    h = doc.header
    if h.issuer and h.doc_type and "issuer" not in h.inferred:
        a, b = h.spans.get("doc_type", (h.start, h.end))
        items.append((h.issuer, h.doc_type, a, b, None))
    for r in doc.references:
        if r.issuer and r.doc_type and r.kind in ("code", "short") and not r.has(ISSUER_SHARED):
            items.append((r.issuer, r.doc_type, r.start, r.end, r))
    for issuer, doc_type, a, b, ref in items:
        head = fold_key(issuer.split(",")[0])
        if head.startswith(committee) and doc_type in cannot:
            if head.startswith(standing_too):
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
    if h.doc_type and "doc_type" not in h.inferred:
        readings = code_types(cp, lex)
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
