"""L3: document structure — letterhead, preamble, section tree, closing, recipients,
signature, and whatever fits none of them.

Works on the clean copy of the text (:mod:`vanban.source`) and reports every span
in the caller's offsets. The layout follows Quy định 66-QĐ/TW and Hướng dẫn
36-HD/VPTW for party documents and Nghị định 30/2020/NĐ-CP for state ones::

    ĐẢNG BỘ TỈNH GIA LAI                 ĐẢNG CỘNG SẢN VIỆT NAM
    HUYỆN ỦY PHÚ THIỆN                   Phú Thiện, ngày 30 tháng 6 năm 2021
    Số 45-KH/HU                                                       (letterhead.py)
                           KẾ HOẠCH
           triển khai thực hiện Kết luận số 93-KL/TW …
    Thực hiện …, Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau:   (preamble)
    I- MỤC ĐÍCH, YÊU CẦU                                              (sections.py)
    1. Mục đích
    - …
    Nơi nhận:                                  T/M BAN THƯỜNG VỤ      (tail.py)
    - Ban Thường vụ Tỉnh ủy (báo cáo),         PHÓ BÍ THƯ
    …                                          Vũ Hồng Duy

What the letterhead does not say is inferred from the text (context.py) and
marked in ``header.inferred``.

Example::

    >>> from vanban.source import clean
    >>> st = parse_structure(clean("KẾ HOẠCH\\n\\nvề việc X\\n\\nI- MỤC ĐÍCH\\n1. Mục đích\\n- Một\\n"))
    >>> [(s.label, s.heading) for s in st.sections], st.header.doc_type
    ([('I', 'MỤC ĐÍCH')], 'Kế hoạch')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..model import Context, Header, Recipient, Section, Signature, Unparsed
from ..source import Source
from ..text import title_case
from .context import infer_context, place_context
from .letterhead import line_numbers, put_place, read_letterhead
from .lines import Lines, split_lines, strip_span
from .sections import build_sections
from .tail import read_tail, tail_bound, tail_start

__all__ = ["Structure", "parse_structure", "header_of", "context_of", "infer_context", "place_context"]


@dataclass
class Structure:
    header: Header
    preamble: Optional[tuple[int, int]]
    sections: list[Section]
    recipients: list[Recipient]
    signature: Optional[Signature]
    unparsed: list[Unparsed] = field(default_factory=list)
    body: Optional[tuple[int, int]] = None  # preamble + sections, in the caller's offsets


def parse_structure(src: Source, kind: str = "txt", lex: Optional[Lexicon] = None) -> Structure:
    """The parts of a cleaned text (see the module doc), in ``src.original``'s offsets."""
    lex = lex if lex is not None else current()
    t = src.text
    lines = split_lines(t)
    end = tail_start(lines, t)
    head, body_start, unparsed = read_letterhead(lines, t, end, lex)
    sections, first_heading = build_sections(lines.between(body_start, end), end)
    pa, pe = strip_span(t, body_start, first_heading if first_heading is not None else end)
    recipients, signature, tail_unparsed = read_tail(lines, t, end)
    unparsed.extend(tail_unparsed)
    _infer_header(head, t, lambda: signature, lex, lines)
    bs, be = strip_span(t, body_start, end)
    return Structure(
        header=_map_header(head, src),
        preamble=src.span(pa, pe) if pe > pa else None,
        sections=_map_sections(sections, src),
        recipients=[_map_recipient(r, src) for r in recipients],
        signature=_map_signature(signature, src),
        unparsed=[_map_unparsed(u, src) for u in unparsed],
        body=src.span(bs, be) if be > bs else None,
    )


def header_of(src: Source, kind: str = "txt", lex: Optional[Lexicon] = None) -> Header:
    """The header :func:`parse_structure` gives, without reading the section tree."""
    return _map_header(_header(src, lex if lex is not None else current()), src)


def context_of(src: Source, kind: str = "txt", lex: Optional[Lexicon] = None) -> Context:
    """``header_of(src, kind, lex).context()`` (what ``find_references`` needs to know who cites),
    without mapping the header's spans back: the context has none. It is read when a field is first
    asked for (:class:`_LazyContext`): a text that cites nothing, or nothing the context decides, reads
    no letterhead.

    >>> ctx = context_of(Source("Số 45-KH/HU\\nPhú Thiện, ngày 30 tháng 6 năm 2021\\n\\nKẾ HOẠCH\\nvề việc X", []))
    >>> ctx.code, ctx.doc_type, ctx.date.isoformat(), ctx.district
    ('45-KH/HU', 'Kế hoạch', '2021-06-30', 'Phú Thiện')
    """
    return _LazyContext(src, lex if lex is not None else current())


def _header(src: Source, lex: Lexicon) -> Header:
    """The header in ``src.text``'s offsets; the closing block is read only when the issuer comes from
    the signature (most letterheads name it)."""
    head, lines, end = _letterhead(src.text, lex)
    _complete(head, src.text, lines, end, lex)
    return head


def _letterhead(t: str, lex: Lexicon) -> tuple[Header, Lines, Callable[[], int]]:
    """The header as the letterhead alone gives it, the lines of ``t`` and where its closing block starts (a function:
    computed when first asked for, which the letterhead of a long text never does: it ends before the bound
    :func:`~.tail.tail_bound` gives, and :func:`tail_start` scans the last 70% of the lines)."""
    lines = split_lines(t)
    end = _once(lambda: tail_start(lines, t))
    return read_letterhead(lines, t, tail_bound(lines, t), lex, end)[0], lines, end


def _once(f: Callable[[], int]) -> Callable[[], int]:
    """``f`` called once, when first asked, its answer kept (functools.cache made a wrapper and copied ``f``'s attributes
    to it for every text read: a microsecond, where the answer is asked for in fewer than half the texts)."""
    kept: list[int] = []

    def once() -> int:
        if not kept:
            kept.append(f())
        return kept[0]

    return once


def _complete(head: Header, t: str, lines: Lines, end: Callable[[], int], lex: Lexicon) -> None:
    """What the letterhead does not say, from the text (:func:`_infer_header`; the closing block read only if asked)."""
    _infer_header(head, t, lambda: read_tail(lines, t, end())[1], lex, lines)


_NUMBER = re.compile("[0-9]+")  # (a symbol's number: what it begins with)


class _LazyContext(Context):
    """The context of a text, read when a field is first asked for, in two steps: the letterhead alone
    decides ``code`` (nothing after it sets the number), and ``doc_type``, ``issuer``, ``date``, ``issuer_code``,
    ``level``, ``province`` and ``district`` when it
    gives them (:func:`_infer_header` fills only what is missing); any other field, or one the letterhead
    leaves empty, needs what the text says of itself too (:func:`_header`'s second step). Most
    references ask for the number only: "Thực hiện Kế hoạch số 41-KH/TU, ngày 26/3/2021 của Ban Thường
    vụ Tỉnh uỷ" is a self-reference only in the plan numbered 41-KH/TU."""

    __slots__ = ("_src", "_lex", "_head", "_whole", "_numbers")

    def __init__(self, src: Source, lex: Lexicon):  # (not Context's: its fields are read, not stored)
        self._src, self._lex, self._head, self._whole, self._numbers = src, lex, None, None, None

    def is_own_code(self, code: str) -> bool:
        """``self.code == code``, the letterhead read only when a "Số …" line of the text gives the code's number
        (:func:`~.letterhead.line_numbers`): "Kế hoạch số 41-KH/TU" cited in the plan whose letterhead says "Số
        29-KH/HU" is not its own, and no letterhead needs reading to say so."""
        if self._head is None and (digits := _NUMBER.match(code)) is not None:
            if self._numbers is None:
                self._numbers = line_numbers(self._src.text)
            if digits.group() not in self._numbers:
                return False
        return self.code == code

    def _letterhead(self) -> tuple[Header, Lines, Callable[[], int]]:
        if self._head is None:
            self._head = _letterhead(self._src.text, self._lex)
        return self._head

    def _context(self) -> Context:
        if self._whole is None:
            head, lines, end = self._letterhead()
            _complete(head, self._src.text, lines, end, self._lex)
            self._whole = head.context()
        return self._whole


def _whole_field(name: str) -> property:
    def get(self: _LazyContext):
        whole = self._whole  # (read here: a method call for each field asked of a text read whole)
        return getattr(whole if whole is not None else self._context(), name)

    def put(self: _LazyContext, value) -> None:
        setattr(self._context(), name, value)

    return property(get, put)


def _letterhead_field(name: str) -> property:
    """A field the letterhead decides when it gives it (``code`` always: nothing after the letterhead sets it;
    :func:`_infer_header` fills the others only when they are empty): a district plan's letterhead "ĐẢNG BỘ TỈNH
    GIA LAI / HUYỆN ỦY PHÚ THIỆN" gives the province its "Tỉnh ủy" is of, and the text is not read for it."""

    def get(self: _LazyContext):
        whole = self._whole  # (the letterhead and the whole context read here once read: no method call a field)
        if whole is None:
            if (value := getattr((self._head or self._letterhead())[0], name)) or name == "code":
                return value
            whole = self._context()
        return getattr(whole, name)

    return property(get, _whole_field(name).fset)


for _name in Context.__slots__:  # type: ignore[attr-defined]
    _read_first = _name in ("code", "doc_type", "issuer", "date", "issuer_code", "level", "province", "district")
    setattr(_LazyContext, _name, _letterhead_field(_name) if _read_first else _whole_field(_name))


def _infer_header(
    h: Header, t: str, signature: Callable[[], Optional[Signature]], lex: Lexicon, lines: Optional[Lines] = None
) -> None:
    """Fill what the letterhead does not say from what the text supports, marking it
    (``signature()`` gives the signature block, asked for only when the issuer is not known otherwise;
    ``lines`` are the text's, when the caller has them)."""
    if h.issuer and h.date and h.doc_type and (h.province or h.level == "central"):
        if h.issuer_code and not h.level:
            h.level = lex.level_of_code(h.issuer_code)
        return
    ctx = infer_context(t, lex=lex, lines=lines, doc_type=h.doc_type)  # (what the letterhead read is not read again)
    for name in ("doc_type", "date"):
        if getattr(h, name) is None and getattr(ctx, name) is not None:
            setattr(h, name, getattr(ctx, name))
            h.inferred.add(name)
    if h.issuer is None:
        _infer_issuer(h, ctx, signature, lex)
    if h.issuer_code and not h.level:
        h.level = lex.level_of_code(h.issuer_code)
    if h.system is None and h.issuer_code:
        h.system = "state" if h.level == "state" else "party"
    for name in ("province", "district", "commune"):
        if h.level == "central":
            break
        if getattr(h, name) is None and getattr(ctx, name) is not None:
            setattr(h, name, getattr(ctx, name))
            h.inferred.add(name)
    if h.place and not (h.province or h.district) and h.level not in ("central", None):
        pl = gazetteer.locate(h.place)
        if pl:
            put_place(h, pl)
            h.inferred.add("province")


def _infer_issuer(h: Header, ctx, signature: Callable[[], Optional[Signature]], lex: Lexicon) -> None:
    """The issuer from the text, else from the signature ("T/M BAN THƯỜNG VỤ"), with its locality: the district of a
    district committee's code, the province of a provincial committee's (the code's level by vocabulary
    ``code_suffix_level`` of ``lex``: "HU", "QU", "BTGHU"; "TU", "BTGTU")."""
    issuer = ctx.issuer
    sig = signature() if issuer is None else None
    if issuer is None and sig is not None and sig.on_behalf:
        issuer = title_case(sig.on_behalf).replace("Thường Vụ", "Thường vụ")
    if not issuer:
        return
    level = lex.level_of_code(ctx.issuer_code)
    loc = ctx.district if (ctx.district and level == "district") else (ctx.province if level == "provincial" else None)
    if loc and loc not in issuer:
        issuer = f"{issuer} {loc}"
    h.issuer = issuer
    h.issuer_code = h.issuer_code or ctx.issuer_code
    h.inferred.add("issuer")


# --- back to the caller's offsets -------------------------------------------------------
# (a text no cleaning changed, most, is its own original: every offset stands, the maps give the parts back as they are,
# nothing walked)


def _map_header(h: Header, src: Source) -> Header:
    if src.identity:
        if h.end < h.start:
            h.end = h.start
        return h
    h.start, h.end = src.span(h.start, h.end) if h.end > h.start else (src.span(h.start, h.start)[0],) * 2
    h.spans = {k: src.span(*v) for k, v in h.spans.items()}
    h.lines = [(*src.span(a, b), role) for a, b, role in h.lines]
    return h


def _map_sections(sections: list[Section], src: Source) -> list[Section]:
    if src.identity:
        return sections  # (build_sections gives each node its body_end: the fallback below never applies)
    for s in sections:
        for node in s.walk():
            node.start, node.end = src.span(node.start, node.end)
            node.body_end = src.span(node.body_end, node.body_end)[0] if node.body_end else node.end
    return sections


def _map_recipient(r: Recipient, src: Source) -> Recipient:
    if src.identity:
        return r
    r.start, r.end = src.span(r.start, r.end)
    return r


def _map_unparsed(u: Unparsed, src: Source) -> Unparsed:
    a, b = src.span(u.start, u.end)
    return Unparsed(a, b, src.original[a:b], u.where)


def _map_signature(sig: Optional[Signature], src: Source) -> Optional[Signature]:
    if sig is not None and not src.identity:
        sig.start, sig.end = src.span(sig.start, sig.end)
        sig.spans = {k: src.span(*v) for k, v in sig.spans.items()}
    return sig
