"""Resolution: shared parts, agents, aliases, short forms, self-references, keys.

* shared parts — "Chỉ thị số 15-CT/TW, ngày 24-2-2012 và Kế hoạch số 08-KH/TW,
  ngày 12-3-2012 của Bộ Chính trị": both are the Bộ Chính trị's; "các Nghị định
  của Chính phủ: số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": both Nghị định of the
  Chính phủ;
* agents — "Ngày 22 tháng 7 năm 2010, Bộ Chính trị (khóa X) đã ban hành Chỉ thị số
  45-CT/TW": the date and issuer stated before the reference;
* aliases — "(sau đây gọi tắt là Kết luận số 93)" and short forms ("Kết luận số 93",
  "Chỉ thị 42") resolve to the full reference they stand for;
* self-references — "Kế hoạch này", the document's own number, a type with the
  document's own issuer;
* keys — the identity of the cited document (see :func:`make_key`).

Example::

    >>> refs = find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư "
    ...                        "(sau đây gọi tắt là Kết luận số 93). Quán triệt Kết luận số 93.")
    >>> refs[-1].resolved.code, refs[-1].key
    ('93-KL/TW', '93-KL/TW#XII')
"""

from __future__ import annotations

import re
from typing import Optional

from . import fields, gazetteer, tables
from .model import Context, Reference
from .regexes import AGENT_VERBS, _word_folded, grammar, last_match
from .text import fold, fold_key

__all__ = ["resolve_all", "make_key", "parse_key"]


def resolve_all(found: list, work: str, ctx: Context) -> None:
    g = grammar("exact")
    _list_heads(found, work)
    _agents(found, work, g)
    _share_issuers(found, work)
    _drop_invalid_descriptive(found, ctx, work)
    for f in found:
        _identity_fields(f, ctx)
    aliases = _aliases(found, work)
    _self_refs(found, ctx)
    _code_keys(found, ctx)
    _short_forms(found, aliases)
    _other_keys(found, ctx)


# --- shared parts ------------------------------------------------------------------------

_PLURAL_BEFORE = re.compile(r"(?:^|[^a-z])(?:cac|nhung|[0-9]{1,3})\s*$")
_LIST_AFTER = re.compile(r"^[\s*_]*(?:,\s*)?(?:gom|bao gom|sau)?\s*:")


def _list_heads(found: list, work: str) -> None:
    """'các Nghị định của Chính phủ: số …; số …' — the head gives type and issuer."""
    for i, f in enumerate(found):
        r = f.ref
        if r.kind not in ("descriptive",):
            continue
        before = fold(work[max(0, r.start - 12) : r.start])
        after = fold(work[r.end : r.end + 20])
        if not (_PLURAL_BEFORE.search(before) and _LIST_AFTER.match(after)):
            continue
        f.list_head = True
        stop = _sentence_end(work, r.end)
        for g2 in found[i + 1 :]:
            if g2.ref.start >= stop:
                break
            g2.extra["list"] = i
            if g2.ref.issuer is None:
                g2.ref.issuer, g2.ref.issuer_span, g2.issuer_parts = r.issuer, r.issuer_span, f.issuer_parts
            if g2.generic_type or g2.ref.doc_type is None:
                g2.ref.doc_type = r.doc_type


def _sentence_end(work: str, pos: int) -> int:
    m = re.compile(r"\.(?=\s)|\n\s*\n").search(work, pos)
    return m.start() if m else len(work)


_AGENT_END = re.compile(
    r"(?:(?:da|vua|moi)\s+)?(?:(?:kip thoi|khan truong|chinh thuc|nhanh chong)\s+)?(?P<verb>"
    + "|".join(r"\s+".join(_word_folded(w) for w in v.split()) for v in AGENT_VERBS if v != "theo")
    + r")\s+(?:(?:van\s+b(?:a)?n)\s+)?(?:(?:so|s)\s+)?$"
)
_DATE_END = re.compile(
    r"(?:ngay|vao ngay)\s+(?P<d>[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}\s?[/.\-]\s?(?:19|20)[0-9]{2}|[0-9]{1,2}\s+thang\s+[0-9]{1,2}\s*,?\s*nam\s+(?:19|20)[0-9]{2})[\s,]*$"
)
_TERM_END = re.compile(r"\(?\s*khoa\s+(?P<t>[ivxlc]{1,6}|[0-9]{1,2})\s*\)?\s*$")
_CLAUSE = re.compile(r"[.;!?](?=\s)|\n\s*\n|:\s*\n")


_AGENT_TAIL = re.compile(r"(?:ban hành|có|xây dựng|tại|t[aạ]?i|văn bản|v[aă]n b[aả]?n|số|s[oố]?)[\s*_:]*$", re.IGNORECASE)


def _agents(found: list, work: str, g) -> None:
    for i, f in enumerate(found):
        r = f.ref
        if r.kind not in ("code", "short") or (r.issuer is not None and r.date is not None):
            continue
        if not _AGENT_TAIL.search(work, max(0, r.start - 30), r.start) and not _AGENT_TAIL.search(fold(work[max(0, r.start - 30) : r.start])):
            continue
        lo = max(0, r.start - 220)
        last = last_match(_CLAUSE, work, lo, r.start)
        if last is not None:
            lo = last.end()
        w = fold(work[lo : r.start])
        m = _AGENT_END.search(w)
        if not m:
            continue
        head_end = lo + m.start()
        tm = _TERM_END.search(fold(work[lo:head_end]).rstrip() + " ")
        term = None
        iss_end = head_end
        while iss_end > lo and work[iss_end - 1] in " \t\n,":
            iss_end -= 1
        if tm:
            term = fields.parse_term(tm.group("t"))
            iss_end = lo + tm.start()
            while iss_end > lo and work[iss_end - 1] in " \t\n,":
                iss_end -= 1
        best = None
        for im in g.issuer.finditer(work, lo, iss_end):
            if im.end() == iss_end:
                best = im
        date_limit = best.start() if best else iss_end
        dm = _DATE_END.search(fold(work[lo:date_limit]))
        if best is None and dm is None:
            continue
        targets = [f] + _coordinated_after(found, i, work)
        reported = fold(m.group("verb")) not in ("tai",)  # "X đã ban hành Y" reports an act; "ý kiến của X tại Y" does not
        if reported:
            r.notes.append("reported act: issued by the body named before it")
        if best is not None:
            p = fields.parse_issuer(best.group("head"), best.group("loc") or "", best.group("joint") or "")
            for t in targets:
                if t.ref.issuer is None and _compatible(t, p):
                    t.ref.issuer, t.ref.issuer_span, t.issuer_parts = p.spelled, best.span(), p
                    t.ref.notes.append("issuer stated before the reference")
                    if term and t.ref.term is None:
                        t.ref.term = term
        if dm is not None and r.date is None:
            d, triple = fields.parse_date(dm.group("d"))
            r.date = d
            r.date_span = (lo + dm.start("d"), lo + dm.end("d"))
            r.year = d.year if d else r.year
            r.notes.append("date stated before the reference")


def _coordinated_after(found: list, i: int, work: str) -> list:
    out = []
    prev = found[i].ref
    for f in found[i + 1 :]:
        gap_end = prev.subject_span[1] if prev.subject_span else prev.end
        gap = work[gap_end : f.ref.start] if f.ref.start >= gap_end else work[prev.end : f.ref.start]
        if not _COORD_GAP.match(gap) or f.ref.nested_in is not None:
            break
        out.append(f)
        prev = f.ref
    return out


_COORD_GAP = re.compile(r"^[\s,;&*_]*(?:(?:và|cùng)[\s*_]+)?$")


def _compatible(f, p: fields.IssuerParts) -> bool:
    """Can this issuer have issued the reference's code?"""
    cp = f.code_parts
    if cp is None or p.code is None:
        return True
    if p.code == cp.issuer_code:
        return True
    lv_code = tables.level_of_code(cp.issuer_code)
    if cp.system == "state":
        return p.system == "state"
    if p.system != "party":
        return False
    return lv_code == p.level or (lv_code == "central" and p.level == "central")


def _share_issuers(found: list, work: str) -> None:
    """Give each member of a coordination without an issuer the issuer of a later member."""
    for i in range(len(found) - 2, -1, -1):
        f = found[i]
        r = f.ref
        if r.issuer is not None or r.kind not in ("code", "short") or f.list_head:
            continue
        nxt = found[i + 1]
        if nxt.ref.issuer is None or nxt.ref.nested_in is not r and nxt.ref.nested_in is not r.nested_in:
            continue
        gap_end = r.subject_span[1] if r.subject_span else r.end
        if nxt.ref.start < gap_end:
            continue
        gap = work[gap_end : nxt.ref.start]
        if not _COORD_GAP.match(gap):
            continue
        if not _compatible(f, nxt.issuer_parts) if nxt.issuer_parts else False:
            continue
        r.issuer, r.issuer_span, f.issuer_parts = nxt.ref.issuer, nxt.ref.issuer_span, nxt.issuer_parts
        if r.term is None and nxt.ref.term is not None and nxt.ref.term_span and nxt.ref.term_span[0] >= nxt.ref.issuer_span[0]:
            r.term = nxt.ref.term
        r.notes.append("issuer shared with the next reference")


def _drop_invalid_descriptive(found: list, ctx: Context, work: str) -> None:
    keep = []
    for f in found:
        r = f.ref
        if r.kind == "descriptive" and not f.list_head:
            prev = keep[-1].ref if keep else None
            if prev is not None and prev.kind == "code" and _TITLE_GAP.match(work, prev.end, r.start):
                # "văn bản số 145-TB/TW “Thông báo kết luận của Ban Bí thư về …”": the title of the reference before
                if prev.subject is None:
                    prev.subject = r.text + (" " + r.subject if r.subject else "")
                    prev.subject_span = (r.start, r.subject_span[1] if r.subject_span else r.end)
                continue
            if _is_own_issuer(f, ctx):
                r.relation = "self"
            elif not r.subject:
                continue
        keep.append(f)
    found[:] = keep


_TITLE_GAP = re.compile(r"[\s,:*_]*[\"“«]")


def _is_own_issuer(f, ctx: Context) -> bool:
    if not ctx.issuer or not f.ref.issuer:
        return False
    if ctx.doc_type and f.ref.doc_type and ctx.doc_type != f.ref.doc_type:
        return False
    own = fold_key(ctx.issuer)
    theirs = fold_key(f.ref.issuer)
    if theirs == own or own.startswith(theirs + " ") or theirs.startswith(own + " "):
        # "Ban Thường vụ" stands for the document's own "Ban Thường vụ Huyện ủy"
        p = f.issuer_parts
        if p is not None and p.locality and ctx.district and fold_key(p.locality) != fold_key(ctx.district):
            return False
        return True
    return False


# --- identity fields ------------------------------------------------------------------------


def _identity_fields(f, ctx: Context) -> None:
    r = f.ref
    p = f.issuer_parts
    if f.code_parts is not None:
        r.issuer_code = f.code_parts.issuer_code
        r.level = tables.level_of_code(r.issuer_code)
    elif p is not None and p.code:
        r.issuer_code = r.issuer_code or p.code
        r.level = r.level or p.level
    if p is not None and p.locality:
        r.locality = p.locality


# --- aliases ------------------------------------------------------------------------------

def _aliases(found: list, work: str) -> dict[str, Reference]:
    """Attach "(sau đây gọi tắt là …)" names; returns folded alias -> reference."""
    table: dict[str, Reference] = {}
    g = grammar("exact")
    s = work
    by_start = {f.ref.start: f for f in found}
    for i, f in enumerate(found):
        r = f.ref
        if r.nested_in is not None or r.kind == "this":
            continue
        end = r.subject_span[1] if r.subject_span else r.end
        # allow the closing quote/emphasis of the subject
        k = end
        while k < len(s) and s[k] in "\"”»*_ ":
            k += 1
        m = g.alias.match(s, k) if k < len(s) and s[k] in "( " else None
        if not m:
            continue
        alias = " ".join(m.group("alias").split()).strip(" ,.;:")
        chain = [r] + [x.ref for x in found[i + 1 :] if _within_chain(x.ref, r)]
        mention = None
        for x in found[i + 1 :]:
            if x.ref.start >= m.start("alias") and x.ref.end <= m.end("alias") + 1:
                mention = x
                break
        if not m.group("cue") and mention is None:
            continue  # a plain parenthesis, not a name
        target = _alias_target(alias, mention, chain)
        if target is None:
            continue
        if not m.group("cue") and target is not r and mention is not None and mention.ref.code and mention.ref.code != target.code:
            continue
        if not m.group("cue") and mention is not None and mention.ref.code and target.code and mention.ref.code != target.code:
            continue
        target.alias = alias
        if mention is not None:
            mention.ref.resolved = target
            mention.ref.notes.append("alias mention")
        table[fold_key(alias)] = target
    del by_start
    return table


def _within_chain(x: Reference, top: Reference) -> bool:
    while x.nested_in is not None:
        if x.nested_in is top:
            return True
        x = x.nested_in
    return False


def _alias_target(alias: str, mention, chain: list[Reference]) -> Optional[Reference]:
    if mention is not None:
        mr = mention.ref
        for c in chain:
            if mr.code and c.code == mr.code:
                return c
        for c in chain:
            if mr.doc_type == c.doc_type and mr.number and c.number and _num(mr.number) == _num(c.number):
                return c
    t = None
    for w in sorted({w for d in tables.doc_types() for w in d.words}, key=len, reverse=True):
        if fold_key(alias).startswith(fold_key(w)):
            t = tables.type_by_name(w)
            break
    if t is not None:
        same = [c for c in chain if c.doc_type == t.name]
        if same:
            return same[0]
        return None
    return chain[0] if chain else None


def _num(n: str) -> int:
    try:
        return int(n)
    except ValueError:
        return -1


# --- self ------------------------------------------------------------------------------------


def _self_refs(found: list, ctx: Context) -> None:
    for f in found:
        r = f.ref
        if r.kind == "this":
            r.relation = "self"
        elif ctx.code and r.code and r.code == ctx.code and r.kind == "code":
            if r.locality is None or not (ctx.province or ctx.district) or _same_place(r.locality, ctx):
                r.relation = "self"
        elif r.kind == "descriptive" and _is_own_issuer(f, ctx):
            r.relation = "self"


def _same_place(locality: str, ctx: Context) -> bool:
    k = fold_key(locality)
    return k in (fold_key(ctx.province or ""), fold_key(ctx.district or ""), fold_key(ctx.commune or ""))


# --- short forms -----------------------------------------------------------------------------


def _short_forms(found: list, aliases: dict[str, Reference]) -> None:
    full = [f for f in found if f.ref.kind == "code" and f.ref.relation != "self"]
    for f in found:
        r = f.ref
        if r.resolved is not None:
            continue
        if r.kind == "named" and r.name:
            t = aliases.get(fold_key(r.name))
            if t is not None and t is not r:
                r.resolved = t
            continue
        if r.kind != "short":
            continue
        t = aliases.get(fold_key(r.text))
        if t is not None and t is not r:
            r.resolved = t
            continue
        n = _num(r.number or "")
        cands = [c for c in full if c.ref.doc_type == r.doc_type and _num(c.ref.number or "") == n]
        consistent = [c for c in cands if _type_agrees(c)]
        cands = consistent or cands
        if r.issuer and f.issuer_parts is not None:
            same_body = [c for c in cands if c.issuer_parts is not None and c.issuer_parts.body == f.issuer_parts.body]
            cands = same_body or [c for c in cands if c.issuer_parts is None or _same_family(c.issuer_parts, f.issuer_parts)]
        if not cands:
            r.notes.append("unresolved: no full reference with this type and number in the text")
            continue
        keys = {c.ref.key for c in cands}
        if len(keys) > 1:
            r.notes.append("ambiguous: " + ", ".join(sorted({c.ref.code or "" for c in cands})))
            continue
        before = [c for c in cands if c.ref.start < r.start]
        r.resolved = (before[-1] if before else cands[0]).ref


def _type_agrees(f) -> bool:
    cp = f.code_parts
    if cp is None or not cp.type_abbr:
        return True
    return any(t.name == f.ref.doc_type for t in tables.types_by_abbr(cp.type_abbr, cp.system))


def _same_family(a: fields.IssuerParts, b: fields.IssuerParts) -> bool:
    if a.code and b.code:
        return a.code == b.code or (a.level == b.level == "central")
    return True


# --- keys -------------------------------------------------------------------------------------


def _code_keys(found: list, ctx: Context) -> None:
    codes: dict[str, list] = {}
    for f in found:
        if f.ref.kind == "code" and f.ref.code:
            codes.setdefault(f.ref.code, []).append(f)
    for f in found:
        r = f.ref
        if r.kind == "code" and r.code:
            r.key = make_key(r, ctx, siblings=codes.get(r.code, ()), code_parts=f.code_parts)


def _other_keys(found: list, ctx: Context) -> None:
    for f in found:
        r = f.ref
        if r.resolved is not None:
            r.key = r.resolved.key
        elif r.kind == "short" and r.number and r.doc_type and (r.issuer or r.term):
            r.key = _short_key(f, ctx)
        elif r.kind == "named" and r.name and r.key is None:
            r.key = _named_key(r, ctx)
        elif r.relation == "self" and ctx.code and r.key is None:
            r.key = make_key(Reference(0, 0, "", code=ctx.code, date=ctx.date, year=ctx.date.year if ctx.date else None), ctx)


def _named_key(r: Reference, ctx: Context) -> str:
    """"Nghị quyết Trung ương 4 (khóa XII)" -> named:nghi quyet trung uong 4#XII; a local
    congress's resolution carries its locality, a law the year of its date."""
    key = "named:" + fold_key(r.name or "")
    if r.level in ("provincial", "district", "grassroots") or (r.issuer and r.issuer.startswith("Đại hội Đảng bộ")):
        loc = r.locality
        if not loc and ctx is not None:
            unit = fold_key(r.issuer or "")
            loc = ctx.commune if " xa" in unit or " phuong" in unit else (ctx.district if " huyen" in unit or " quan" in unit else ctx.province)
        key += f"@{loc or '?'}"
    if r.term:
        key += f"#{r.term}"
    elif r.year or r.date:
        key += f"#{r.year or r.date.year}"
    return key


def _short_key(f, ctx: Context) -> Optional[str]:
    """"Chỉ thị 42 của Bộ Chính trị Khóa 8" -> 42-CT/TW#VIII: the symbol follows from
    the type and the issuer."""
    r = f.ref
    p = f.issuer_parts
    t = tables.type_by_name(r.doc_type or "")
    if t is None or not t.party_abbrs or p is None or p.system != "party" or not p.code:
        return None
    code = f"{r.number}-{t.party_abbrs[-1] if t.name == 'Quy định' else t.party_abbrs[0]}/{p.code}"
    tmp = Reference(0, 0, "", code=code, date=r.date, term=r.term, issuer=r.issuer, locality=r.locality, year=r.year)
    return make_key(tmp, ctx)


def make_key(r: Reference, ctx: Optional[Context] = None, siblings=(), code_parts: Optional[fields.CodeParts] = None) -> Optional[str]:
    """The identity of the document a reference names.

    ``93-KL/TW#XII`` (central: code and term), ``25-KH/TU@Gia Lai#2021`` (local:
    code, locality, year), ``30/2020/NĐ-CP`` (state, the year is in the code),
    ``58/KH-UBND@Bà Rịa - Vũng Tàu#2024``. Unknown parts are ``?``:
    ``25-KH/TU@?#2021`` when nothing says which province.
    """
    if not r.code:
        return None
    cp = code_parts or fields.parse_code(r.code)
    if cp is None:
        return None
    level = tables.level_of_code(cp.issuer_code)
    if cp.system == "party" and level == "central":
        term = _central_term(r, siblings, cp)
        return f"{cp.canonical}#{term or '?'}"
    locality = _locality(r, ctx, level, cp)
    year = r.year or (r.date.year if r.date else None) or _sibling_year(siblings, locality)
    if cp.system == "state":
        if cp.year and cp.issuer_code in ("CP", "TTg", "QH", "UBTVQH", "CTN") or cp.issuer_code.startswith("B") and cp.year:
            return cp.canonical
        if cp.issuer_code in ("CP", "TTg", "QH", "UBTVQH", "CTN", "VPCP") or cp.issuer_code.startswith(("B",)):
            return f"{cp.canonical}#{year or '?'}"
        return f"{cp.canonical}@{locality or '?'}#{year or '?'}" if not cp.year else f"{cp.canonical}@{locality or '?'}"
    return f"{cp.canonical}@{locality or '?'}#{year or '?'}"


def parse_key(key: str) -> dict:
    """Split a key into code, locality and period."""
    code, _, rest = key.partition("@") if "@" in key else (key.split("#")[0], "", "")
    if "@" in key:
        locality, _, period = rest.partition("#")
    else:
        locality, period = None, key.partition("#")[2] or None
    return {"code": code.split("#")[0], "locality": locality, "period": period}


def _central_term(r: Reference, siblings, cp: fields.CodeParts) -> Optional[str]:
    if r.date:
        return tables.term_for_date(r.date)
    if r.term and (r.issuer is None or (tables.issuer_by_form(r.issuer) or _NO).level == "central"):
        return r.term
    if r.year:
        t1 = tables.term_for_date(__import__("datetime").date(r.year, 1, 1))
        t2 = tables.term_for_date(__import__("datetime").date(r.year, 12, 31))
        if t1 == t2:
            return t1
    # the same code dated elsewhere in the text
    dated = {tables.term_for_date(s.ref.date) for s in siblings if s.ref.date and _same_issuer_family(s.ref, r)}
    terms = {s.ref.term for s in siblings if s.ref.term and not s.ref.date and _same_issuer_family(s.ref, r)}
    cands = (dated | terms) - {None}
    if len(cands) == 1:
        return cands.pop()
    # the registry of known documents
    known = tables.known(cp.canonical)
    if r.issuer:
        body = (tables.issuer_by_form(r.issuer) or _NO).body
        k2 = [k for k in known if body and body in k.issuer]
        known = tuple(k2) or known if len(k2) else known
    if len({k.term for k in known}) == 1:
        return known[0].term
    return None


class _NoIssuer:
    level = None
    body = None


_NO = _NoIssuer()


def _same_issuer_family(a: Reference, b: Reference) -> bool:
    if a.issuer is None or b.issuer is None:
        return True
    ia, ib = tables.issuer_by_form(a.issuer), tables.issuer_by_form(b.issuer)
    if ia is None or ib is None:
        return True
    return ia.body == ib.body


def _sibling_year(siblings, locality) -> Optional[int]:
    years = {s.ref.date.year for s in siblings if s.ref.date and (s.ref.locality is None or locality is None or fold_key(s.ref.locality) == fold_key(locality))}
    return years.pop() if len(years) == 1 else None


def _locality(r: Reference, ctx: Optional[Context], level: Optional[str], cp: fields.CodeParts) -> Optional[str]:
    """Locality label for a local issuer: explicit in the reference, else from the
    citing document (a district plan's "Tỉnh ủy" is its own province's)."""
    want = level
    if cp.system == "state":
        unit = None
        if r.issuer:
            m = re.search(r"\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\b", r.issuer)
            unit = m.group(1) if m else None
        if unit is None and ctx is not None and not r.issuer:
            # a bare "Kế hoạch số 98/KH-UBND" in a district UBND's document is most likely its own body's
            want = "grassroots" if ctx.commune else ("district" if ctx.district else "provincial")
        else:
            want = {"tỉnh": "provincial", "thành phố": "provincial", "huyện": "district", "quận": "district", "thị xã": "district"}.get(
                unit or "", "grassroots" if unit else "provincial")
    if r.locality:
        kind = {"provincial": "province", "district": "district", "grassroots": "commune"}.get(want or "")
        pl = gazetteer.locate(r.locality, kind, ctx.province if ctx else None)
        if pl is not None:
            return pl.label
        return r.locality
    if ctx is None:
        return None
    if want == "provincial" and ctx.province:
        if r.locality is None:
            r.locality = ctx.province
            r.notes.append("locality from the citing document")
        return gazetteer.locate(ctx.province, "province").label if gazetteer.locate(ctx.province, "province") else ctx.province
    if want == "district" and ctx.district:
        r.locality = r.locality or ctx.district
        r.notes.append("locality from the citing document")
        pl = gazetteer.locate(ctx.district, "district", ctx.province)
        return pl.label if pl else ctx.district
    if want == "grassroots" and ctx.commune:
        r.locality = r.locality or ctx.commune
        return f"{ctx.commune}, {ctx.district}, {ctx.province}" if ctx.district else ctx.commune
    return None
