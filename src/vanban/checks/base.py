"""What every rule shares: the table of rules (severities and meaning in English and
Vietnamese), the finding constructor, the rule registry, and helpers over references and
the registry of known documents.

A rule is a function ``rule(doc, lex) -> Iterable[Finding]`` registered with
:func:`rule` under the ids it emits; ``check`` runs the rules whose ids are asked for
and keeps only the findings with those ids. A rule on one reference at a time is a function
``rule(x, lex) -> Iterable[Finding]`` of a :class:`Cite` (the reference and what the rules ask of it,
read once) registered with :func:`each`: ``check_document`` walks a document's references once and
hands each to every such rule; its registered form walks them by itself (``type_code(doc, lex)``).
Every id is a row of :data:`RULE_TABLE`, and a finding's severity must be one its row allows.

>>> RULE_TABLE["registry-issuer"].severities
('error', 'warning')
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Callable, Iterable, NamedTuple, Optional

from ..errors import VanbanError
from ..facts import Lexicon, Memo
from ..facts.tables import DocType, KnownDocument
from ..grammar import parse_code, parse_issuer  # (once: inside parts_of, issuer_of, central_code it ran 5 times a plan)
from ..model import CodeParts, Document, Finding, Fix, Flag, IssuerParts, Key, Reference, Span
from ..text import fold_key

__all__ = [
    "finding",
    "parts_of",
    "issuer_of",
    "stated_issuer",
    "ISSUER_SHARED",
    "REPORTED_ACT",
    "ISSUER_BEFORE",
    "DATE_SHARED",
    "IMPOSSIBLE_DATE",
    "DUPLICATED_ISSUER",
    "SECOND_ISSUER",
    "rule",
    "corpus_rule",
    "RULES",
    "CORPUS_RULES",
    "RULE_TABLE",
    "RuleInfo",
    "rules_markdown",
    "coded",
    "code_types",
    "part_span",
    "type_span",
    "written_key",
    "vi_level",
    "date_text",
    "Row",
    "registry_row",
    "cited_code",
    "row_bodies",
    "cited_bodies",
    "citation_period",
    "not_found_note",
    "same_day_typo",
    "central_code",
    "one_check",
    "Cited",
    "cited",
    "Cite",
    "Kind",
    "each",
    "walk_plan",
    "unknown_central",
]

Rule = Callable[[Document, Lexicon], Iterable[Finding]]


@dataclass
class Cited:
    """What several rules read of one document's citations, made once per :func:`check_document` (:func:`one_check`)
    and reached by :func:`cited`: the references written with a code (:func:`coded`; date-conflict and code-variant
    read them), and, filled by the first rule that asks, each reference as the per-reference rules read it (``cites``:
    :class:`Cite`),
    the citations of each document cited (``documents``: issuer-naming, type-conflict) and the terms each code's
    dated citations give (``terms_by_code``: the period of a citation)."""

    doc: Document
    lex: Lexicon
    coded: list[Reference]
    cites: Optional[list[Cite]] = None
    documents: Optional[list[list[Reference]]] = None
    terms_by_code: Optional[dict[str, set]] = None
    by_ref: Optional[dict[int, Cite]] = None

    def each(self) -> list[Cite]:
        """Every reference of the document as a :class:`Cite`, in text order (made at the first call)."""
        if self.cites is None:
            doc, lex = self.doc, self.lex
            self.cites = [Cite(r, doc, lex) for r in doc.references]
        return self.cites

    def of(self, r: Reference) -> Cite:
        """The :class:`Cite` of a reference of the document (a rule over several references asks a row of one)."""
        if self.by_ref is None:
            self.by_ref = {id(x.ref): x for x in self.each()}
        got = self.by_ref.get(id(r))
        return got if got is not None else Cite(r, self.doc, self.lex)


_UNSET = object()


class Kind(enum.IntFlag):
    """What a reference is, as the rules on one reference at a time ask before anything else: each rule is registered
    with the kinds it reads (:func:`each`'s ``when``: ``Kind.CODED | Kind.SHORT``), and the walk hands a reference only
    to the rules of one of its kinds (a call per reference and rule was the walk's cost: callgrind of 150 generated
    plans, 17 rules for each citation). "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư" is CODED, WRITTEN, DATED,
    SPANNED, ISSUED and KNOWN."""

    CODED = 1  #: written with a code (:func:`coded`): "Kết luận số 93-KL/TW", "Luật Quy hoạch số 21/2017/QH14"
    SHORT = 2  #: a short form: "Chỉ thị 42"
    WRITTEN = 4  #: a type word and a number, with or without a code ("code" or "short")
    NAMED_LAW = 8  #: cited by its name: "Luật Tổ chức chính quyền địa phương năm 2017"
    DATED = 16  #: with a date written for itself (:func:`stated_date`)
    TERMED = 32  #: with a written term: "(khóa XII)"
    SPANNED = 64  #: with a code's span in the text
    ISSUED = 128  #: naming its issuer itself (:func:`stated_issuer`)
    BAD_DATE = 256  #: noted with a date not in the calendar (``Flag.IMPOSSIBLE_DATE``)
    KNOWN = 512  #: a citation of another document the registry knows (:meth:`Cite.known`)
    UNKNOWN = 1024  #: a central code of no known row in its period (:func:`unknown_central`)
    TWO_ISSUERS = 2048  #: noted with its issuer written twice, or a second one (``Flag.DUPLICATED_ISSUER``, ``SECOND_ISSUER``)


# Kind's members as plain ints, in its order, for what is read per reference (Cite's kinds, a rule's test of them): an
# IntFlag member's read and its "|" and "&" are Python calls on Python 3.11 (timeit, session 43: ``kinds &
# Kind.UNKNOWN`` 645 ns, ``kinds & UNKNOWN`` 19 ns)
CODED, SHORT, WRITTEN, NAMED_LAW, DATED, TERMED, SPANNED, ISSUED, BAD_DATE, KNOWN, UNKNOWN, TWO_ISSUERS = map(int, Kind)


class Cite:
    """One reference as the per-reference rules read it: what several of them ask, read once. ``date`` is the
    date written for the citation itself (:func:`stated_date`), ``named`` whether it names its issuer itself
    (:func:`stated_issuer`), ``coded`` whether it is written with a code (:func:`coded`), ``parts`` its parsed code
    (:func:`parts_of`), ``kinds`` the bits of what it is (:class:`Kind`, as an int); :meth:`row` (the
    registry row it names: registry-issuer, -type, -date, issuer-naming, type-conflict, code-variant read it) is
    looked up once.

    "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư": date 14/6/2024, named, coded, its row the Bộ Chính
    trị's directive of that day (kinds CODED, WRITTEN, DATED, SPANNED, ISSUED, KNOWN)."""

    __slots__ = ("ref", "doc", "lex", "date", "named", "coded", "parts", "kinds", "_row", "_period")

    def __init__(self, r: Reference, doc: Document, lex: Lexicon):
        self.ref, self.doc, self.lex = r, doc, lex
        self.date = stated_date(r)
        self.named = stated_issuer(r)
        kind = r.kind
        self.coded = bool(r.code) and kind in ("code", "named")
        self.parts = parts_of(r, lex)
        self._row, self._period = _UNSET, None
        k = (CODED if self.coded else 0) | (DATED if self.date else 0) | (ISSUED if self.named else 0)
        k |= WRITTEN if kind == "code" else SHORT | WRITTEN if kind == "short" else NAMED_LAW if kind == "named" else 0
        k |= (TERMED if r.term_span else 0) | (SPANNED if r.code_span else 0)
        # (r.has, not r.flags: a set made and an enum member's Python __hash__ for each of its notes, per citation; a
        # noted citation's notes are mostly of other flags: one walk of them tells)
        if r.has(IMPOSSIBLE_DATE, DUPLICATED_ISSUER, SECOND_ISSUER):
            k |= (BAD_DATE if r.has(IMPOSSIBLE_DATE) else 0) | (TWO_ISSUERS if r.has(DUPLICATED_ISSUER, SECOND_ISSUER) else 0)
        if self.known() is not None:
            k |= KNOWN
        if self.coded and unknown_central(r, doc, lex, self):
            k |= UNKNOWN
        self.kinds = k

    def row(self) -> Optional[Row]:
        """The registry row the citation names (:func:`registry_row`)."""
        if self._row is _UNSET:
            self._row = registry_row(self.ref, self.doc, self.lex, self)
        return self._row  # type: ignore[return-value]

    def period(self) -> tuple[dict, bool]:
        """:func:`citation_period` of the reference, read once: :func:`registry_row` and :func:`unknown_central` both
        date the citation by it ("Kết luận số 83-KL/TW ngày 21/6/2024": ``{"date": 21/6/2024}``, strong)."""
        if self._period is None:
            self._period = citation_period(self.ref, self.doc, self.lex)
        return self._period

    def found_in_period(self) -> bool:
        """:meth:`row` (asked already) is a row of the reference's own code and period: the registry has that code in
        that period (what :func:`unknown_central` asks is answered, no second look-up)."""
        m, r = self._row, self.ref
        return isinstance(m, Row) and m.code == r.code and (r.target is r or not r.target.code)

    def known(self) -> Optional[Row]:
        """:meth:`row` for a citation of another document (registry-issuer, -type, -date)."""
        r = self.ref
        return self.row() if r.relation != "self" and r.kind in ("code", "short", "named") else None


#: the :class:`Cited` of the document of one ``check_document`` call; None outside such a call
_ONE_CHECK: ContextVar[Optional[Cited]] = ContextVar("vanban_one_check", default=None)


@contextmanager
def one_check(doc: Document, lex: Lexicon):
    """The rules run inside share one :class:`Cited` of ``doc`` (the document and the lexicon do not change
    while they run)."""
    token = _ONE_CHECK.set(Cited(doc, lex, coded(doc)))
    try:
        yield
    finally:
        _ONE_CHECK.reset(token)


def cited(doc: Document, lex: Lexicon) -> Cited:
    """The :class:`Cited` of ``doc`` within :func:`one_check` of it; outside, a new one each time (a rule run
    by itself builds what it reads)."""
    got = _ONE_CHECK.get()
    if got is not None and got.doc is doc and got.lex is lex:
        return got
    return Cited(doc, lex, coded(doc))


_CODE_YEAR_QH = re.compile(r"^[0-9]+/(?:19|20)[0-9]{2}/QH[0-9]+$")

#: rule id -> the function that emits it (a function emitting several ids is listed under each)
RULES: dict[str, Rule] = {}
#: rule id -> the corpus rule that emits it
CORPUS_RULES: dict[str, Callable] = {}


@dataclass(frozen=True)
class RuleInfo:
    """One row of the rules table: the severities a rule may give, what it flags in English
    and in Vietnamese, and a real-style example."""

    severities: tuple[str, ...]
    en: str
    vi: str
    example: str


_E, _W, _I = ("error",), ("warning",), ("info",)
_EW, _WI = ("error", "warning"), ("warning", "info")

#: every rule id: severities, meaning (English, Vietnamese), example. The README's table is this one.
RULE_TABLE: dict[str, RuleInfo] = {
    "type-code-mismatch": RuleInfo(
        _E, "the type word disagrees with the type in the code", "tên loại khác loại trong ký hiệu", "Kết luận số 93-NQ/TW"
    ),
    "issuer-code-mismatch": RuleInfo(
        _E,
        "the issuer cannot issue a document with that code",
        "cơ quan ban hành không ban hành văn bản có ký hiệu đó",
        "Kế hoạch số 153-KH/ĐU … của Ban Thường vụ Tỉnh ủy Bắc Kạn",
    ),
    "date-term-mismatch": RuleInfo(
        _E, "the written term disagrees with the date", "khóa ghi không khớp với ngày", "ngày 16/4/2010 … (khóa XI)"
    ),
    "impossible-date": RuleInfo(_E, "a date not in the calendar", "ngày không có thật", "ngày 31/02/2021"),
    "chronology": RuleInfo(
        _E,
        "a document cites one dated after itself",
        "văn bản dẫn chiếu văn bản ban hành sau nó",
        "a plan of 11/03/2024 citing Thông báo số 1899-TB/TU ngày 06 tháng 12 năm 2024",
    ),
    "header-code-type": RuleInfo(
        _E, "the document's own code disagrees with its type", "ký hiệu của văn bản khác tên loại", "KẾ HOẠCH … Số 45-NQ/HU"
    ),
    "registry-issuer": RuleInfo(
        _EW,
        "the issuer is not the known document's (error: two organs, neither the Central Committee;"
        " warning: the Central Committee on either side, or a row not verified)",
        "cơ quan ban hành khác văn bản đã biết (lỗi: hai cơ quan khác nhau; cảnh báo: có Ban Chấp hành"
        " Trung ương ở một phía, hoặc dòng chưa xác minh)",
        "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Ban Bí thư (Bộ Chính trị's)",
    ),
    "registry-type": RuleInfo(
        _EW,
        "the type word is not the known document's (QĐ is both Quyết định and Quy định)",
        "tên loại khác văn bản đã biết (QĐ là cả Quyết định và Quy định)",
        "Quyết định số 144-QĐ/TW ngày 09/5/2024 (a Quy định)",
    ),
    "registry-date": RuleInfo(
        _EW,
        "the date is not the known document's",
        "ngày ban hành khác văn bản đã biết",
        "Chỉ thị số 03-CT/TW ngày 15-4-2011 (14/5/2011)",
    ),
    "registry-term": RuleInfo(
        _W,
        "no document with that code is known in the written term; one is in another",
        "không có văn bản số ký hiệu đó trong khóa ghi; có trong khóa khác",
        "Quy định số 144-QĐ/TW của Bộ Chính trị khóa XII (khóa XIII)",
    ),
    "registry-unknown": RuleInfo(
        _I,
        "no known central document has that code for that year (the registry is incomplete)",
        "không có văn bản Trung ương nào đã biết có số ký hiệu đó trong năm đó (sổ chưa đầy đủ)",
        "Kết luận số 83-KL/TW ngày 21/6/2024",
    ),
    "issuer-incomplete": RuleInfo(
        _W, "the issuer is cut short", "tên cơ quan ban hành bị cắt", "Nghị quyết số 46-NQ/TW, ngày 20/12/2023 của Bộ Chính"
    ),
    "date-conflict": RuleInfo(
        _W,
        "one document cited with different dates (in the text, or against its letterhead in the corpus)",
        "một văn bản được ghi các ngày khác nhau",
        "25-KH/TU, ngày 19/4/2021 … 25-KH/TU, ngày 19/4/2020",
    ),
    "issuer-conflict": RuleInfo(
        _W,
        "one document attributed to different bodies in one text",
        "một văn bản được ghi của các cơ quan khác nhau",
        "35-CT/TW … của Bộ Chính trị … 35-CT/TW … của Ban Bí thư",
    ),
    "type-conflict": RuleInfo(
        _W,
        "one document cited with different type words in one text",
        "một văn bản được ghi các tên loại khác nhau",
        "Quy định số 144-QĐ/TW … Quyết định số 144-QĐ/TW",
    ),
    "code-variant": RuleInfo(
        _W,
        "one document's code written two ways in one text",
        "số ký hiệu của một văn bản được viết hai cách",
        "08-QĐi/TW … 08-QĐ/TW",
    ),
    "doubled-word": RuleInfo(
        _W,
        "words written twice at a citation",
        "từ bị lặp tại trích dẫn",
        "Kết luận số Kết luận số 200-KL/TW; Thực hiện Thực hiện Chỉ thị …",
    ),
    "malformed-code": RuleInfo(
        _W,
        "the code is not written as the rules say (spacing, separators, letters, missing part)",
        "số ký hiệu viết sai thể thức (dấu cách, dấu phân cách, chữ, thiếu phần)",
        "100 - KL/TW, 22/CT-TW, 107-KH-ĐUK, 03-CT/TƯ, 221-HĐ/ĐU, 101/QĐ-TTG, 159-TB",
    ),
    "unresolved-short-form": RuleInfo(
        _W,
        "a short form names no document cited in full",
        "dạng rút gọn không có trích dẫn đầy đủ",
        "Chỉ thị 42 của Bộ Chính trị Khóa 8",
    ),
    "header-missing": RuleInfo(
        _WI, "the letterhead lacks a mandatory part", "thiếu thành phần thể thức", "no Số … in the letterhead"
    ),
    "header-abolished-level": RuleInfo(
        _W,
        "a district code on a document dated after districts were abolished",
        "ký hiệu cấp huyện sau khi bỏ cấp huyện",
        "a -HU code dated after 01/7/2025",
    ),
    "term-out-of-range": RuleInfo(
        _W, "a central date outside every term", "ngày nằm ngoài các khóa", "a central date before 1930 or after today"
    ),
    "authority": RuleInfo(
        _W,
        "a body issuing a type it may not issue",
        "cơ quan ban hành loại văn bản không có thẩm quyền",
        "Chỉ thị số 05-CT/TU … của Ban Chấp hành Đảng bộ tỉnh",
    ),
    "duplicated-issuer": RuleInfo(
        ("warning", "info"),
        "the issuer written twice (warning: two different ones)",
        "cơ quan ban hành ghi hai lần",
        "của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị",
    ),
    "issuer-naming": RuleInfo(
        _I,
        "one document's issuer named in different ways",
        "cơ quan ban hành của một văn bản được gọi khác nhau",
        "Ban Thường vụ Tỉnh ủy / Tỉnh ủy",
    ),
    "type-spelling": RuleInfo(_I, "the type word in title case", "tên loại viết hoa sai", "Quyết Định số 144-QĐ/TW (Quyết định)"),
    "missing-space": RuleInfo(_I, "no space between the type word and the number", "thiếu dấu cách", "Chỉ thị12/CT-TW"),
}


def rules_markdown() -> str:
    """The rules table as the README prints it."""
    lines = ["| rule | severity | what | tiếng Việt | example |", "|---|---|---|---|---|"]
    for rid, info in RULE_TABLE.items():
        lines.append(f"| `{rid}` | {' / '.join(info.severities)} | {info.en} | {info.vi} | {info.example} |")
    return "\n".join(lines)


def _registrar(table: dict, ids: tuple[str, ...]):
    """A decorator that keeps its function in ``table`` under each of ``ids``."""

    def register(fn):
        for i in ids:
            table[i] = fn
        return fn

    return register


def rule(*ids: str):
    """Register a document rule under the rule ids it emits."""
    return _registrar(RULES, ids)


EachRule = Callable[["Cite", Lexicon], Iterable[Finding]]


def each(*ids: str, when: Kind):
    """Register a rule on one reference at a time, ``fn(x: Cite, lex)``, asked of the references of one of the kinds
    ``when`` (``Kind.CODED | Kind.SHORT``), under the rule ids it emits. What is registered is the rule of a document
    that walks its references (``fn.each`` is ``fn``, ``fn.when`` its kinds, an int as :class:`Cite`'s ``kinds``):
    ``check_document`` takes ``fn`` out of it and walks the references once for all such rules."""
    bits = int(when)

    def register(fn: EachRule) -> Rule:
        def walk(doc: Document, lex: Lexicon) -> Iterable[Finding]:
            for x in cited(doc, lex).each():
                if x.kinds & bits:
                    yield from fn(x, lex)

        walk.__name__, walk.__qualname__, walk.__doc__, walk.__module__ = fn.__name__, fn.__qualname__, fn.__doc__, fn.__module__
        walk.each, walk.when = fn, bits  # type: ignore[attr-defined]
        return _registrar(RULES, ids)(walk)

    return register


def walk_plan(picked: tuple) -> tuple[Memo, list[Rule]]:
    """The rules of ``picked`` (registered functions, in order) split for :func:`~vanban.checks.check_document`: the
    rules on one reference by the kinds of reference (``plan[0][kinds]``, made as kinds come: one look-up a
    reference), and the rules of a document."""
    return Memo(partial(_rules_for, picked), 1 << len(Kind)), [fn for fn in picked if not hasattr(fn, "each")]


def _rules_for(picked: tuple, kinds: int) -> list[EachRule]:
    """The rules on one reference of ``picked`` a reference of ``kinds`` is handed to, in order."""
    return [fn.each for fn in picked if hasattr(fn, "each") and fn.when & kinds]


def corpus_rule(*ids: str):
    """Register a corpus rule (``fn(documents, lex)``) under the rule ids it emits."""
    return _registrar(CORPUS_RULES, ids)


def finding(
    rule: str,
    severity: str,
    en: str,
    vi: str,
    start: int,
    end: int,
    fix: Optional[Fix] = None,
    ref: Optional[Reference] = None,
    related: Iterable[Span] = (),
    suggestion: Optional[str] = None,
    source: Optional[str] = None,
) -> Finding:
    """A finding; ``suggestion`` (display text) is derived from ``fix`` unless given."""
    info = RULE_TABLE.get(rule)
    if info is None or severity not in info.severities:
        raise VanbanError(f"rule {rule!r} may not give a finding of severity {severity!r} (see RULE_TABLE)")
    if suggestion is None and fix is not None:
        suggestion = date_text(fix.value) if fix.field == "date" else str(fix.value)
    return Finding(
        rule=rule,
        severity=severity,
        message=en,
        message_vi=vi,
        start=start,
        end=end,
        suggestion=suggestion,
        reference=ref,
        related=list(related),
        fix=fix,
        source=source,
    )


def date_text(d) -> str:
    """A date as Vietnamese texts write it: 19/4/2021."""
    return f"{d.day}/{d.month}/{d.year}"


def parts_of(r: Reference, lex: Lexicon):
    """The parsed code of a reference (parsed here only when the reference was made by hand)."""
    if r.code_parts is not None or not r.code:
        return r.code_parts
    return parse_code(r.code, lex)


def issuer_of(r: Reference, lex: Lexicon) -> Optional[IssuerParts]:
    """The parsed issuer of a reference ("Ban Thường vụ Tỉnh ủy Bắc Kạn": body Ban Thường vụ
    Tỉnh ủy, locality Bắc Kạn); parsed here only when the reference was made by hand."""
    if r.issuer_parts is not None or not r.issuer:
        return r.issuer_parts
    head, _, joint = r.issuer.partition(",")
    return parse_issuer(head.strip(), joint=joint.strip(), lex=lex)


# Flag's members the rules ask of every citation, read once: ``Flag.X`` goes through the hook of EnumType.__getattr__
# (Python 3.11), 0.25 µs a read, and stated_issuer and stated_date alone read them some 30 times a plan (callgrind of the
# checks of 150 generated plans: 5% of their instructions in that hook)
ISSUER_SHARED, REPORTED_ACT, ISSUER_BEFORE, DATE_SHARED = (
    Flag.ISSUER_SHARED,
    Flag.REPORTED_ACT,
    Flag.ISSUER_BEFORE,
    Flag.DATE_SHARED,
)
IMPOSSIBLE_DATE, DUPLICATED_ISSUER, SECOND_ISSUER = Flag.IMPOSSIBLE_DATE, Flag.DUPLICATED_ISSUER, Flag.SECOND_ISSUER


def stated_issuer(r: Reference) -> bool:
    """The citation itself names the issuer (not shared with the next one, not the subject of a reported act)."""
    return bool(r.issuer) and not r.has(ISSUER_SHARED, REPORTED_ACT)


def stated_date(r: Reference) -> Optional[_dt.date]:
    """The date written for the citation itself; None for one it shares with the list it is in ("Chỉ thị số 15, 16 và
    17-CT/TW ngày 25/12/2017": one date, written for the last): a finding on a date is made once, where it is written."""
    if r.date is None:  # (most citations carry no date: no note to read)
        return None
    return None if r.has(DATE_SHARED) else r.date


def code_types(cp: Optional[CodeParts], lex: Lexicon) -> tuple[DocType, ...]:
    """The types a code's abbreviation can stand for ("QĐ": Quyết định and Quy định); none without an abbreviation."""
    return lex.types_by_abbr(cp.type_abbr, cp.system) if cp is not None and cp.type_abbr else ()


def part_span(r: Reference, span: Optional[Span]) -> Span:
    """Where a finding on one part of a citation points: that part's span (``r.date_span``), else the whole citation."""
    return span or (r.start, r.end)


def type_span(doc: Document, r: Reference) -> Span:
    """Where the type word is written: "Quyết Định" in "Quyết Định số 144-QĐ/TW"."""
    if r.doc_type:
        want = fold_key(r.doc_type)
        words = doc.text[r.start : r.end].split()
        for n in range(1, min(5, len(words)) + 1):
            head = " ".join(words[:n])
            if written_key(head) == want:
                at = doc.text.index(words[n - 1], r.start + len(" ".join(words[: n - 1])))
                return r.start, at + len(words[n - 1])
    return r.start, r.end


@lru_cache(maxsize=8192)  # (the words around citations are a few words written again and again: "số", "Kết luận")
def written_key(s: str) -> str:
    """The lookup key of a slice of the caller's text, which may be decomposed (NFD)."""
    return fold_key(unicodedata.normalize("NFC", s))


def coded(doc: Document) -> list[Reference]:
    """The references written with a code (a law named with its number too: "Luật Quy hoạch số 21/2017/QH14")."""
    return [r for r in doc.references if r.code and r.kind in ("code", "named")]


_VI_LEVEL = {"central": "Trung ương", "provincial": "tỉnh", "district": "huyện", "grassroots": "cơ sở", "state": "nhà nước"}


def vi_level(level: Optional[str]) -> str:
    return _VI_LEVEL.get(level or "", "không rõ")


# --- the registry of known documents --------------------------------------------------------


class Row(NamedTuple):
    """The registry row a citation names, and how it was chosen: ``strong`` when the citation's
    own period (its date, written term or year, or the date of the same code elsewhere in the
    text) chose it; weak when it is the only row of the code, or the issuer or the subject told
    rows apart. ``code`` is the code the citation was looked up by."""

    row: KnownDocument
    strong: bool
    code: str

    @property
    def source(self) -> Optional[str]:
        return " ".join(self.row.sources) or None

    def severity(self) -> str:
        """Error only against a verified, undisputed row chosen by the citation's own period, of a series
        numbered once per term (/TW: the Central Committee, the Bộ Chính trị, the Ban Bí thư) or of a
        law (its code carries its year): a central commission's series may restart within a term."""
        series = self.code.endswith("/TW") or _CODE_YEAR_QH.match(self.code) is not None
        return "error" if self.strong and self.row.firm and series else "warning"


def _text_terms(doc: Document, code: str, lex: Lexicon) -> set:
    """The terms the dated citations of ``code`` in the document give; built once per check of the document
    (:class:`Cited`: a text citing one code 4,000 times would otherwise ask all 4,000 for each)."""

    def build() -> dict[str, set]:
        by_code: dict[str, set] = {}
        for x in doc.references:
            if x.code and x.date and x.relation != "self":
                by_code.setdefault(x.code, set()).add(lex.term_for_date(x.date))
        return by_code

    c = cited(doc, lex)
    if c.terms_by_code is None:
        c.terms_by_code = build()
    return set(c.terms_by_code.get(code, ()))


def citation_period(t: Reference, doc: Document, lex: Lexicon) -> tuple[dict, bool]:
    """How a citation dates the document it names: its date, its written term, its year, the
    term of the same code dated elsewhere in the text, or the term of its key."""
    if t.date:
        return {"date": t.date}, True
    if t.term and t.term_span:
        return {"term": t.term}, True
    if t.year:
        return {"year": t.year}, True
    terms = _text_terms(doc, t.code or "", lex) - {None}
    if len(terms) == 1:
        return {"term": terms.pop()}, True
    period = Key.parse(t.key).period if t.key else None
    if period and period != "?" and not period.isdigit():
        return {"term": period}, False
    return {}, False


def cited_bodies(r: Reference, lex: Lexicon) -> set[str]:
    """The bodies a citation names as issuer ("Bộ Chính trị, Ban Bí thư" names two)."""
    ip = issuer_of(r, lex)
    if ip is None:
        return set()
    bodies = {ip.body, lex.body_of(ip.joint) if ip.joint else None}
    return {b for b in bodies if b}


def row_bodies(k: KnownDocument, lex: Lexicon) -> frozenset[str]:
    """The bodies a registry row names as issuer ("Bộ Chính trị, Ban Bí thư": two), kept in the lexicon by the row's
    issuer: the registry is a few issuers on many rows, and ``body_of`` reads a written form through every folding
    of ``issuer_by_form`` (registry-issuer, -type, -term and the choice of a row ask it of every row they weigh)."""
    return lex.memo("checks.row_bodies", _row_bodies, 20000)[k.issuer]


def _row_bodies(lex: Lexicon, issuer: str) -> frozenset[str]:
    return frozenset(lex.body_of(x.strip()) or x.strip() for x in issuer.split(",") if x.strip())


def cited_code(r: Reference, lex: Lexicon) -> Optional[str]:
    """The code a citation names: its own, the full citation's it stands for, or for a short form no
    full citation stands for, the code its number, type word and central issuer give ("Quán triệt
    Quyết Định 144 của Bộ Chính trị": 144-QĐ/TW)."""
    t = r.target
    if t.code:
        return t.code
    if r.kind != "short" or not r.number or not r.doc_type or not stated_issuer(r):
        return None
    ip = issuer_of(r, lex)
    abbr = lex.party_abbr(r.doc_type)
    if ip is None or ip.level != "central" or ip.system != "party" or not ip.code or not abbr:
        return None
    return f"{r.number}-{abbr}/{ip.code}"


def registry_row(r: Reference, doc: Document, lex: Lexicon, at: Optional[Cite] = None) -> Optional[Row]:
    """The registry row the citation ``r`` names (a short form: the row of the full citation it
    stands for), chosen by the period of the citation, never the first of several: 45-CT/TW is
    five documents, and "Chỉ thị số 45-CT/TW ngày 14/4/2025" is the one of khóa XIII. Without a
    period, the issuer, then the subject ("về đại hội đảng bộ các cấp tiến tới Đại hội XIV") may
    tell the rows apart; the choice is then weak (a warning at most). ``at``: the :class:`Cite` of ``r``, its period
    read once."""
    code = cited_code(r, lex)
    if code is None or not lex.has_documents(code):  # (most codes cited, local plans', are in no row: nothing to date)
        return None
    t = r.target if r.target.code else r
    own = doc.header.date if t.relation != "self" else None
    period, strong = at.period() if at is not None and t is r else citation_period(t, doc, lex)
    rows = lex.documents(code, not_after=own, **period)
    if len(rows) > 1:
        mine = cited_bodies(r, lex) if stated_issuer(r) else set()
        # a wrong issuer (the error looked for) names none of the rows: the subject may still tell them apart
        rows = tuple(k for k in rows if mine & row_bodies(k, lex)) or rows
        rows = _by_subject(t.subject, rows) if len(rows) > 1 else rows
        strong = False
    if len(rows) != 1:
        return None
    return Row(rows[0], strong, code)


def _by_subject(subject: Optional[str], rows: tuple) -> tuple:
    """The one row whose title the cited subject matches clearly better than the others'."""
    if not subject:
        return rows
    from ..similar import similar_titles

    ranked = similar_titles(subject, [k.subject for k in rows])
    best, second = ranked[0][1] if ranked else 0.0, ranked[1][1] if len(ranked) > 1 else 0.0
    return (rows[ranked[0][0]],) if best >= 0.5 and best - second >= 0.2 else rows


def not_found_note(code: str) -> Optional[str]:
    """The reason a document with ``code`` is listed as searched for and not found."""
    from ..facts.tables import load_not_found

    return next((n.reason for n in load_not_found() if n.code == code), None)


def same_day_typo(a: _dt.date, b: _dt.date) -> bool:
    """``a`` is ``b`` with one slip: the day and month swapped, or one digit of the year."""
    if a.year == b.year and (a.day, a.month) == (b.month, b.day):
        return True
    diff = sum(x != y for x, y in zip(str(a.year), str(b.year)))
    return (a.day, a.month) == (b.day, b.month) and diff == 1


def unknown_central(r: Reference, doc: Document, lex: Lexicon, at: Optional[Cite] = None) -> bool:
    """A citation of a central code dated (or termed) by itself, of which no row has that period: "Kết luận số
    83-KL/TW ngày 21/6/2024" (registry-date looks for a slip, registry-unknown says so). ``at``: the :class:`Cite` of
    ``r``, its period and registry row read once."""
    if r.relation == "self" or not central_code(r.code, lex):
        return False
    if at is not None and at.found_in_period():  # (its row is a row of that code in that period)
        return False
    period, strong = at.period() if at is not None else citation_period(r, doc, lex)
    return strong and not lex.documents(r.code, **period)


def central_code(code: Optional[str], lex: Lexicon) -> bool:
    """A code of a central Party organ ("93-KL/TW", "36-HD/VPTW", "12-HD/BTCTW") or a law
    ("77/2015/QH13"): the documents the registry is about. A national mass organisation's
    (HNDTW, TWĐTN) and a Đảng ủy Khối's (ĐUK, central or provincial) are not. Kept in the lexicon (up to 50,000
    codes): registry-unknown and -term ask it of every coded citation, and a text cites its codes again and again."""
    return lex.memo("checks.central_codes", _central, 50000)[code] if code else False


def _central(lex: Lexicon, code: str) -> bool:
    if "/QH" in code:
        return _CODE_YEAR_QH.search(code) is not None
    cp = parse_code(code, lex)
    if cp is None or cp.system != "party" or lex.system_of_code(cp.issuer_code) != "party":
        return False
    # (not "BCT", "BBT": in a code BCT is the Bộ Công Thương's, a state code, and BBT none of the table's, "state" too,
    # both refused by the test above: the Politburo's and the Secretariat's codes end in /TW, issuers.csv)
    return cp.issuer_code.endswith("TW")
