"""Find references: the scan and the local parse of each citation.

Two fast scans over the text: type words with a capital initial
(``Kết luận``, ``KẾ HOẠCH``), and the core of every symbol (``-KL/``, ``/NĐ-``) so
that a citation whose type word is lower case, damaged or missing
(``số 100-CTr/TU``, ``văn bản số 145-TB/TW``) is still found. Each hit is parsed
in place: number and symbol, then the trailing date, issuer and term in any
order. Resolution (short forms, aliases, keys) and relations come after, in
:mod:`vanban.resolve` and :mod:`vanban.relate`.

Example::

    >>> [r.code for r in find_references("Căn cứ Chỉ thị số 15-CT/TW, ngày 24-2-2012 và "
    ...                                    "Kế hoạch số 08-KH/TW, ngày 12-3-2012 của Bộ Chính trị")]
    ['15-CT/TW', '08-KH/TW']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from . import fields, tables
from .errors import InputTypeError
from .model import Context, Reference
from .regexes import LOWER, Grammar, grammar
from .text import fold, normalize, quality

__all__ = ["find_references", "find_in", "scan"]


@dataclass(slots=True)
class Found:
    """A reference being built, with what the later passes need to know."""

    ref: Reference
    code_parts: Optional[fields.CodeParts] = None
    issuer_parts: Optional[fields.IssuerParts] = None
    list_head: bool = False  # "các Nghị quyết của Bộ Chính trị, gồm:" style plural head (not itself a reference)
    bare: bool = False  # found through its symbol, no type word right before it
    generic_type: bool = False  # "văn bản số …": the type comes from the symbol
    extra: dict = field(default_factory=dict)


def find_references(text: str, context: Optional[Context] = None, *, resolve: bool = True) -> list[Reference]:
    """Every citation of another document in ``text``, in text order.

    ``context`` describes the citing document (its issuer, code, place); without
    it vanban infers what the text itself says (letterhead lines, the preamble's
    "Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau"). Offsets index ``text``
    exactly as passed, whatever its normalisation.

    >>> refs = find_references("Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy")
    >>> refs[0].code, refs[0].date.isoformat(), refs[0].issuer
    ('25-KH/TU', '2021-04-19', 'Ban Thường vụ Tỉnh ủy')
    """
    if not isinstance(text, str):
        raise InputTypeError(f"find_references expects a str, not {type(text).__name__}")
    norm = normalize(text)
    refs = find_in(norm.text, context)
    if not norm.identity:
        for r in refs:
            _remap(r, norm)
    return refs


def find_in(work: str, context: Optional[Context] = None) -> list[Reference]:
    """References in an NFC string, with offsets into it (``find_references`` and
    ``parse`` map them back to the caller's string)."""
    from . import relate
    from . import resolve as _resolve
    from .context import infer_context

    sc = scan(work)
    ctx = context if context is not None else infer_context(work)
    sc.doc_type = ctx.doc_type
    relate.attach_subjects(sc)
    _resolve.resolve_all(sc.found, work, ctx)
    relate.assign_relations(sc)
    return [f.ref for f in sc.found if not f.list_head]


def _remap(r: Reference, norm) -> None:
    """Move a reference found in ``norm.text`` to ``norm.original``'s offsets."""
    r.start, r.end = norm.span(r.start, r.end)
    r.text = norm.original[r.start : r.end]
    for name in ("code_span", "date_span", "issuer_span", "term_span", "subject_span"):
        sp = getattr(r, name)
        if sp is not None:
            setattr(r, name, norm.span(*sp))


# --- the scan ---------------------------------------------------------------------------


@dataclass(slots=True)
class Scan:
    """The result of :func:`scan`: the NFC text, the text the grammar ran on
    (the same, or its folded copy for damaged text), the grammar and the finds."""

    work: str
    s: str
    g: Grammar
    found: list[Found]
    doc_type: Optional[str] = None  # the citing document's type, when known (for "continues")


def scan(work: str) -> Scan:
    """Local parse of every citation in ``work`` (an NFC string), in text order."""
    mode = "exact" if quality(work) == "ok" else "folded"
    g = grammar(mode)
    s = work if mode == "exact" else fold(work)
    out: list[Found] = []
    last_end = -1
    for m in g.anchor.finditer(s):
        if m.start() < last_end:
            continue
        got = _after_type(g, s, work, m.start(), m.end())
        if got:
            out.extend(got)
            last_end = max(f.ref.end for f in got)
    # symbols not inside a reference found above
    spans = [(f.ref.start, f.ref.end) for f in out]
    k = 0
    extra: list[Found] = []
    last_code_end = -1
    for m in g.code_anchor.finditer(s):
        a = m.start()
        if a < last_code_end:
            continue
        # back to the number the symbol belongs to: "93-", "30/2020/", "1206 /"
        i = a
        while i > 0 and a - i < 16 and (s[i - 1].isdigit() or s[i - 1] in " \t/"):
            i -= 1
        while i < a and not s[i].isdigit():
            i += 1
        if i == a or (i > 0 and (s[i - 1].isalnum() or s[i - 1] in "/.-")):
            continue
        while k < len(spans) and spans[k][1] <= i:
            k += 1
        if k < len(spans) and spans[k][0] <= i < spans[k][1]:
            continue
        cm = g.code.match(s, i)
        if not cm or cm.end() <= a:
            continue
        last_code_end = cm.end()
        f = _bare_code(g, s, work, cm)
        if f is not None:
            extra.append(f)
    if extra:
        out.extend(extra)
        out.sort(key=lambda f: f.ref.start)
    return Scan(work, s, g, out)


# --- local parsing ---------------------------------------------------------------------


def _new_ref(work: str, start: int, end: int, doc_type: Optional[str], kind: str) -> Reference:
    return Reference(start=start, end=end, text=work[start:end], doc_type=doc_type, kind=kind)


def _after_type(g: Grammar, s: str, work: str, ts: int, te: int) -> Optional[list[Found]]:
    type_text = work[ts:te]
    dt = tables.type_by_name(type_text)
    doc_type = dt.name if dt else None
    generic = doc_type is None  # "Văn bản"
    tm = g.type_tail.match(s, te)
    if tm:
        return _numbered(g, s, work, ts, te, doc_type, generic, tm)
    if type_text.isupper() and _alone_on_line(work, ts, te):
        return None  # the document's own type line ("NGHỊ QUYẾT" over its title), not a citation
    if generic:
        return None
    m = g.this.match(s, te)
    if m:
        r = _new_ref(work, ts, m.end(), doc_type, "this")
        r.relation = "self"
        return [Found(r)]
    m = g.named.match(s, te)
    if m:
        f = _named(g, s, work, ts, te, doc_type, m)
        if f:
            return [f]
    m = _DESCRIPTIVE[g.mode].match(s, te)
    if m:
        f = Found(_new_ref(work, ts, te, doc_type, "descriptive"))
        _apply_items(g, s, work, f, m.start("cua"))
        if f.ref.issuer:
            return [f]
    return None


def _alone_on_line(work: str, a: int, b: int) -> bool:
    ls = work.rfind("\n", 0, a) + 1
    le = work.find("\n", b)
    le = len(work) if le < 0 else le
    return not work[ls:a].strip(" \t*#|") and not work[b:le].strip(" \t*#|")


def _numbered(g: Grammar, s: str, work: str, ts: int, te: int, doc_type, generic: bool, tm: re.Match) -> Optional[list[Found]]:
    out: list[Found] = []
    pre_iss = tm.group("pre_iss")
    if tm.group("code"):
        cs, ce = tm.span("code")
        written = work[cs:ce]
        parts = fields.parse_code(written)
        if parts is None:
            return None
        if not tm.group("so") and tm.start("code") > te + 3 and not pre_iss:
            pass
        if generic:
            doc_type = fields.type_of_abbr(parts.type_abbr, parts.system)
        nums = []
        if tm.group("numlist"):
            nums = [(mm.start() + tm.start("numlist"), mm.end() + tm.start("numlist")) for mm in re.finditer(r"[0-9]+", tm.group("numlist"))]
        first_start = ts
        for ns, ne in nums:
            n = work[ns:ne]
            r = _new_ref(work, first_start, ne, doc_type, "code")
            r.number = n
            r.code = _sibling_code(parts, n)
            r.code_span = (ns, ne)
            out.append(Found(r, code_parts=fields.parse_code(r.code) or parts))
            first_start = ns
        r = _new_ref(work, first_start if not nums else cs, ce, doc_type, "code")
        r.number = parts.number
        r.code = parts.canonical
        r.code_span = (cs, ce)
        r.year = parts.year
        f = Found(r, code_parts=parts, generic_type=generic)
        out.append(f)
    else:
        if generic:
            return None
        ns, ne = tm.span("num")
        if not tm.group("so") and not _SHORT_OK[g.mode].match(s, ne):
            return None
        if not tm.group("so") and len(tm.group("num")) == 4 and tm.group("num")[:2] in ("19", "20"):
            return None
        r = _new_ref(work, ts, ne, doc_type, "short")
        r.number = work[ns:ne]
        r.code_span = (ns, ne)
        out.append(Found(r))
    if pre_iss:
        ps, pe = tm.span("pre_iss")
        _set_issuer(g, s, work, out, ps, pe)
    last = out[-1]
    _apply_items(g, s, work, last, last.ref.end)
    for f in out[:-1]:  # a list shares what follows its last member
        f.ref.date, f.ref.date_span = last.ref.date, last.ref.date_span
        if f.ref.issuer is None:
            f.ref.issuer, f.ref.issuer_span, f.issuer_parts = last.ref.issuer, last.ref.issuer_span, last.issuer_parts
        f.ref.term, f.ref.term_span = last.ref.term, last.ref.term_span
    return out


def _sibling_code(parts: fields.CodeParts, number: str) -> str:
    if parts.system == "party":
        return f"{number}-{parts.type_abbr}/{parts.issuer_abbr}"
    return number + parts.canonical[len(parts.number) :]


def _named(g: Grammar, s: str, work: str, ts: int, te: int, doc_type: Optional[str], m: re.Match) -> Optional[Found]:
    grp = m.lastgroup
    kind_ok = {
        "hn": ("Nghị quyết", "Kết luận", "Thông báo", "Văn kiện", "Báo cáo"),
        "tw": ("Nghị quyết", "Kết luận", "Thông báo", "Văn kiện", "Báo cáo"),
        "dh": ("Nghị quyết", "Văn kiện", "Báo cáo", "Điều lệ"),
        "dhl": ("Nghị quyết", "Văn kiện", "Báo cáo"),
        "party": ("Điều lệ", "Cương lĩnh"),
        "pol": ("Cương lĩnh",),
        "law": ("Luật", "Pháp lệnh", "Hiến pháp"),
    }
    # lastgroup is the innermost closed group; find which alternative matched
    alt = next((a for a in ("hn", "tw", "dh", "dhl", "party", "pol", "law") if m.group(a)), None)
    del grp
    if alt is None or doc_type not in kind_ok[alt]:
        return None
    end = m.end("named")
    r = _new_ref(work, ts, end, doc_type, "named")
    name = " ".join(work[ts:end].split())
    r.name = name
    f = Found(r)
    if alt in ("hn", "tw", "dh", "party", "pol"):
        r.issuer_code = "TW"
        r.level = "central"
        if alt == "hn" and m.group("hn_iss"):
            p = fields.parse_issuer(work[m.start("hn_iss") : m.end("hn_iss")])
            r.issuer, r.issuer_span, f.issuer_parts = p.spelled, m.span("hn_iss"), p
        elif alt in ("tw",):
            r.issuer = "Trung ương"
            r.issuer_span = (m.start("tw"), m.end("tw"))
        n = m.group("hn_n") or m.group("tw_n") or m.group("dh_n")
        if n:
            f.extra["ordinal"] = _ordinal(n)
        if alt == "dh" and n:
            f.extra["congress"] = _ordinal(n)
    elif alt == "dhl":
        loc = fields._title(" ".join(m.group("dhl_loc").split())) if m.group("dhl_loc") else ""
        if not (loc or m.group("dhl_n") or m.group("dhl_term")):
            return None
        r.issuer = " ".join(x for x in ("Đại hội Đảng bộ", m.group("dhl_unit"), loc) if x)
        if m.group("dhl_n"):
            r.issuer += f" lần thứ {m.group('dhl_n').upper() if tables.arabic(m.group('dhl_n')) else m.group('dhl_n')}"
        r.locality = loc or None
        unit = fold(m.group("dhl_unit"))
        r.level = "provincial" if unit in ("tinh", "thanh pho") else ("district" if unit in ("huyen", "quan", "thi xa") else "grassroots")
        if m.group("dhl_n"):
            f.extra["congress"] = _ordinal(m.group("dhl_n"))
    elif alt == "law":
        r.issuer_code = "QH"
        r.level = "state"
    _apply_items(g, s, work, f, end)
    if alt == "dh" and f.extra.get("congress") and not r.term:
        r.term = tables.roman(f.extra["congress"])
    return f


def _ordinal(s: str) -> Optional[int]:
    from .regexes import ORDINAL_WORDS

    s = s.strip()
    n = tables.arabic(s)
    if n:
        return n
    k = " ".join(fold(s).split())
    for w, v in ORDINAL_WORDS.items():
        if fold(w) == k:
            return v
    return None


def _set_issuer(g: Grammar, s: str, work: str, found: list[Found], a: int, b: int) -> None:
    im = g.issuer.match(s, a)
    if not im:
        return
    head = work[im.start("head") : im.end("head")]
    loc = work[im.start("loc") : im.end("loc")] if im.group("loc") else ""
    joint = work[im.start("joint") : im.end("joint")] if im.group("joint") else ""
    p = fields.parse_issuer(head, loc, joint)
    end = im.end()
    if p.locality is None and p.unit is None and loc:
        end = im.end("head")
    for f in found:
        f.ref.issuer = p.spelled
        f.ref.issuer_span = (im.start(), end)
        f.issuer_parts = p


def _apply_items(g: Grammar, s: str, work: str, f: Found, pos: int) -> None:
    """Consume the date / issuer / term / year items after a reference."""
    r = f.ref
    while True:
        im = g.item.match(s, pos)
        if not im:
            break
        if im.group("d") or im.group("pd"):
            grp = "dv" if im.group("d") else "pdv"
            if r.date_span is not None:
                break
            ds, de = im.span(grp)
            d, triple = fields.parse_date(work[ds:de])
            r.date = d
            r.date_span = (ds, de)
            if d is None and triple:
                r.notes.append(f"impossible date {triple[0]}/{triple[1]}/{triple[2]}")
            r.year = d.year if d else (triple[2] if triple else r.year)
            end = im.end()
        elif im.group("o") or im.group("o2"):
            a, b = im.span("iv") if im.group("o") else im.span("o2")
            im2 = g.issuer.match(s, a)
            head = work[im2.start("head") : im2.end("head")]
            loc = work[im2.start("loc") : im2.end("loc")] if im2.group("loc") else ""
            joint = work[im2.start("joint") : im2.end("joint")] if im2.group("joint") else ""
            p = fields.parse_issuer(head, loc, joint)
            if r.issuer is not None:
                same = f.issuer_parts is not None and p.body == f.issuer_parts.body
                r.notes.append(("duplicated issuer: " if same else "second issuer: ") + p.spelled)
                f.extra.setdefault("issuer_spans", [r.issuer_span]).append((a, im2.end()))
            else:
                r.issuer = p.spelled
                r.issuer_span = (a, im2.end())
                f.issuer_parts = p
            end = im2.end()
        elif im.group("t"):
            if r.term is not None:
                break
            r.term = fields.parse_term(im.group("tv"))
            r.term_span = im.span("t")
            end = im.end()
        elif im.group("y"):
            if r.date_span is not None or r.year is not None:
                break
            r.year = int(im.group("yv"))
            f.extra["year_span"] = im.span("yv")
            end = im.end()
        else:  # pragma: no cover
            break
        pos = end
        r.end = end
    r.text = work[r.start : r.end]


def _bare_code(g: Grammar, s: str, work: str, cm: re.Match) -> Optional[Found]:
    cs, ce = cm.span("code")
    written = work[cs:ce]
    parts = fields.parse_code(written)
    if parts is None:
        return None
    lo = max(0, cs - 90)
    window = s[lo:cs] if g.mode == "folded" else fold(work[lo:cs])
    lm = _LOOKBACK_TYPE.search(window)
    start = cs
    doc_type = None
    generic = False
    if lm:
        start = lo + lm.start()
        dt = tables.type_by_name(lm.group("type"))
        doc_type = dt.name if dt else None
        generic = dt is None
    else:
        sm = _LOOKBACK_SO.search(window)
        if sm:
            start = lo + sm.start("so")
            # the number of the document itself in its letterhead ("Số: 42-CT/TW" on its own line)
            line_start = work.rfind("\n", 0, start) + 1
            if not work[line_start:start].strip() or fold(work[line_start:start]).strip() in ("so hieu",):
                return None
            if sm.group("hieu"):
                return None
    if doc_type is None:
        doc_type = fields.type_of_abbr(parts.type_abbr, parts.system)
        generic = True
    r = _new_ref(work, start, ce, doc_type, "code")
    r.number = parts.number
    r.code = parts.canonical
    r.code_span = (cs, ce)
    r.year = parts.year
    f = Found(r, code_parts=parts, bare=lm is None, generic_type=generic)
    _apply_items(g, s, work, f, ce)
    return f


_LOOKBACK_TYPE = re.compile(
    r"(?<![a-z])(?P<type>"
    + "|".join(
        r"\s+".join(re.escape(fold(w)) if i else re.escape(fold(w)) for i, w in enumerate(t.split()))
        for t in sorted({w for d in tables.doc_types() for w in d.words + (d.name,)} | {"Văn bản", "Văn kiện"}, key=lambda x: (-len(x), x))
    )
    + r"|ch\s+th|ngh\s+quy[e]?t|k[e]?t\s+lu[a]?n|k\s+ho[a]?ch|van\s+bn|quy\s+nh|quy[e]?t\s+nh)"
    r"(?:\s+(?:hanh dong|lien tich|lien nganh))?"
    r"(?:\s+(?:cua\s+[^,.;:()\n]{2,60}?\s+)?(?:so|s)\b\s*:?)?\s*(?:[0-9]{1,5}\s*(?:,|&|va)\s*)*$"
)
_LOOKBACK_SO = re.compile(r"(?<![a-z])(?P<so>(?P<hieu>so\s+hieu|ky\s+hieu)|so|s)\s*:?\s*$")


def _descriptive(mode: str) -> re.Pattern:
    from .regexes import S1, vocab

    if mode == "exact":
        word = rf"[{LOWER}]+"
    else:
        word = r"[a-z]+"
    return re.compile(rf"(?:{S1}(?!{vocab('của', mode, boundary=False)}(?!\w)){word}){{0,2}}{S1}(?P<cua>{vocab('của', mode)})")


_DESCRIPTIVE = {"exact": _descriptive("exact"), "folded": _descriptive("folded")}
_SHORT_OK = {
    "exact": re.compile(
        r"(?=[\s*_]*(?:$|[,.;:)\]\"”]|\(|năm[\s*_]+(?:19|20)[0-9]{2}(?![0-9])|(?:của|ngày|và|về|đã|được|khóa|khoá|trên|đến|trong|theo|nêu|nhằm|này|là|với|cũng|thì|để|tại|cụ|có|sẽ|vẫn|còn|mà|cho|hoặc|từ|khi|không|đối|đề|yêu|nay|nói|chỉ|quy|bắt|tiếp|đánh)(?!\w)))",
        re.IGNORECASE,
    ),
    "folded": re.compile(
        r"(?=[\s*_]*(?:$|[,.;:)\]\"]|\(|nam\s+(?:19|20)[0-9]{2}(?![0-9])|(?:cua|ngay|va|ve|da|duoc|khoa|tren|den|trong|theo|neu|nham|nay|la|voi|cung|thi|de|tai|cu|co|se|van|con|ma|cho|hoac|tu|khi|khong|doi|yeu|noi|chi|quy|bat|tiep|danh)(?![a-z])))"
    ),
}
