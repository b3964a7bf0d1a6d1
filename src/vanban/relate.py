"""Subjects, nested chains and relations.

A preamble such as

    Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy về thực
    hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện
    Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị (khóa X) về "…"

says three things: this document implements 25-KH/TU; 25-KH/TU implements
93-KL/TW; 93-KL/TW continues 42-CT/TW. The second and third references are
*nested* in the subject ("về …") of the one before; their document-level
relation is ``cites`` and the chain is exposed by :func:`find_relations`.

Example::

    >>> [(getattr(s, "code", s), rel, t.code) for s, rel, t in find_relations(
    ...     "Thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW")]
    [(DOCUMENT, 'implements', '25-KH/TU'), ('25-KH/TU', 'implements', '93-KL/TW')]
"""

from __future__ import annotations

import re
from typing import Optional

from .model import DOCUMENT, Context, Reference, Relation
from .regexes import TRIGGERS, grammar
from .text import clean_inline, fold

__all__ = ["attach_subjects", "assign_relations", "find_relations", "relation_of_cue"]

_CUE_REL = {}
for _rel, _cues in TRIGGERS.items():
    for _c in _cues:
        _CUE_REL[" ".join(fold(_c).replace(",", " ").split())] = _rel


def relation_of_cue(cue: str) -> str:
    """``"tiếp tục thực hiện"`` -> "continues"; unknown cues -> "implements"."""
    return _CUE_REL.get(" ".join(fold(cue).replace(",", " ").split()), "implements")


_TRIG = grammar("folded").trigger
_CHAIN_GAP = None  # compiled lazily from the trigger table


def _chain_gap() -> re.Pattern:
    global _CHAIN_GAP
    if _CHAIN_GAP is None:
        cues = "|".join(sorted({r"\s+".join(map(re.escape, c.split())) for c in _CUE_REL}, key=len, reverse=True))
        _CHAIN_GAP = re.compile(
            r"^[\s,*_\"'“”]*(?:(?P<ve>ve\s+viec|ve)\s+)?(?:viec\s+)?(?:(?:nham|de)\s+)?(?P<cue>" + cues + r")\s*(?:,\s*)?(?:viec\s+)?(?:co\s+hieu\s+qua\s+)?[\s\"'“”*_]*$"
        )
    return _CHAIN_GAP


_TERMINATOR = re.compile(
    r"[”»]|\"(?=[\s,.;:)]|$)"  # closing quote
    r"|\((?=\s*(?:sau\s+day|goi\s+tat|viet\s+tat|sau\s+day\s+goi))"  # alias parenthetical
    r"|[.;!?](?=[\s*_)\"”]|$)"  # sentence end
    r"|:\s*\n"
    r"|\n(?=[ \t]*(?:[-+•]|[0-9]{1,2}[.)\-][ \t]|[ivx]{1,4}[.\-][ \t]|[a-d]\)[ \t]|can\s+cu\s|thuc\s+hien\s))"
)
_MAIN_CLAUSE = re.compile(
    r",\s*(?=(?:ban thuong vu|ban chap hanh|uy ban nhan dan|ubnd|hoi dong nhan dan|tinh uy|huyen uy|thanh uy|quan uy|dang uy|"
    r"ban tuyen giao|bo chinh tri|ban bi thu|chi bo|so |phong )[^,.;]{0,60}?(?:ban hanh|xay dung|yeu cau|de nghi|chi dao|huong dan|thong bao|to chuc|trien khai)\b)"
)


def attach_subjects(found: list, work: str) -> None:
    """Set ``subject``/``subject_span`` and ``nested_in`` on every reference."""
    s_fold: Optional[str] = None
    refs = [f.ref for f in found]
    n = len(refs)
    g = grammar("exact")
    for i, r in enumerate(refs):
        if r.kind == "this":
            continue
        if s_fold is None:
            s_fold = fold(work)
        m = _SUBJ.match(s_fold, r.end)
        nxt = refs[i + 1] if i + 1 < n else None
        if not m:
            # a chain without "về": "Kế hoạch số 25-KH/TU … thực hiện Kết luận số 100-KL/TW"
            if nxt is not None and nxt.nested_in is None and 0 < nxt.start - r.end < 80:
                cm = _chain_gap().match(s_fold[r.end : nxt.start])
                if cm:
                    nxt.nested_in = r
                    nxt.trigger = " ".join(work[r.end + cm.start("cue") : r.end + cm.end("cue")].split())
            continue
        cs = m.end()
        limit = min(len(work), cs + 700)
        # a quoted subject ends at its closing quote
        k = cs
        while k < limit and work[k] in "*_ ":
            k += 1
        end = None
        if k < limit and work[k] in "\"“«":
            close = _find_close(work, k + 1, limit)
            if close is not None:
                end = close
        if end is None:
            tm = _TERMINATOR.search(s_fold, cs, limit)
            end = tm.start() if tm else limit
            end = _paragraph_end(work, cs, end)
            mm = _MAIN_CLAUSE.search(s_fold, cs, end)
            if mm:
                end = mm.start()
        # later references inside the subject: nested when a cue leads to them, else they end it
        prev = cs
        for j in range(i + 1, n):
            b = refs[j]
            if b.start >= end:
                break
            if b.start < cs:
                continue
            if b.nested_in is not None:
                prev = max(prev, b.end)
                continue
            gap = s_fold[prev : b.start]
            cm = _chain_gap().match(gap) if prev == cs or len(gap) < 120 else None
            if cm is None and prev == cs:
                cm = _chain_gap().match(s_fold[r.end : b.start]) if b.start - r.end < 120 else None
                gap_base = r.end
            else:
                gap_base = prev
            if cm:
                b.nested_in = r
                b.trigger = " ".join(work[gap_base + cm.start("cue") : gap_base + cm.end("cue")].split())
                prev = b.end
                continue
            if b.kind in ("code", "short") and prev != cs:
                end = _trim_back(work, cs, b.start)
                break
            if prev == cs:
                end = _trim_back(work, cs, b.start)
                break
            prev = b.end
        a, e = _trim(work, k, end)
        if e > a:
            r.subject = _clean_subject(work[a:e])
            r.subject_span = (a, e)
    del g


_PARA = re.compile(r"\n[ \t]*\n\s*")


def _paragraph_end(work: str, lo: int, hi: int) -> int:
    """A blank line ends a subject unless the next block goes on in lower case (a page break)."""
    for m in _PARA.finditer(work, lo, hi):
        nxt = work[m.end() : m.end() + 1]
        if not nxt or not nxt.islower():
            return m.start()
    return hi


_SUBJ = re.compile(r"[\s*_]*,?[\s*_]*(?:ve[\s*_]+viec|ve)(?![a-z])[\s*_:]*")


def _find_close(work: str, start: int, limit: int) -> Optional[int]:
    for j in range(start, limit):
        if work[j] in "\"”»":
            return j
        if work[j] == "\n" and j + 1 < limit and work[j + 1] == "\n":
            return None
    return None


def _trim_back(work: str, lo: int, hi: int) -> int:
    e = hi
    while e > lo and work[e - 1] in " \t\n,;*_":
        e -= 1
    for w in (" và", " cùng", " với"):
        if work[max(lo, e - len(w)) : e].lower() == w:
            e -= len(w)
            break
    while e > lo and work[e - 1] in " \t\n,;*_":
        e -= 1
    return e


def _trim(work: str, a: int, e: int) -> tuple[int, int]:
    while a < e and work[a] in " \t\n*_\"“«":
        a += 1
    while e > a and work[e - 1] in " \t\n*_\"”»,;:.":
        e -= 1
    return a, e


def _clean_subject(s: str) -> str:
    s = clean_inline(s)
    return s.strip("\"“”«» ")


# --- relations ---------------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.;!?](?=\s)|\n\s*\n|:\s*\n|\n(?=\s*(?:[-+•]|[0-9]{1,2}[.)\-]\s|[IVX]{1,4}[.\-]\s|[a-dđ]\)\s))")
_COORD = re.compile(r"^[\s,;&*_]*(?:(?:và|cùng|hoặc|&)[\s,*_]*)?(?:các\s+)?$")


def assign_relations(found: list, work: str) -> None:
    """Set ``relation`` and ``trigger`` on each reference (document-level)."""
    refs = [f.ref for f in found if not getattr(f, "list_head", False)]
    prev_top: Optional[Reference] = None
    blocked: list[tuple[int, int]] = []
    for r in refs:
        if r.relation == "self":
            blocked.append((r.start, r.subject_span[1] if r.subject_span else r.end))
            prev_top = r
            continue
        if r.nested_in is not None:
            r.relation = "cites"
            blocked.append((r.start, r.subject_span[1] if r.subject_span else r.end))
            continue
        if r.resolved is not None and r.alias is None and _is_alias_mention(r):
            r.relation = r.resolved.relation if r.resolved.relation != "self" else "cites"
            continue
        lo = max(0, r.start - 300)
        bm = None
        for bm in _BOUNDARY.finditer(work, lo, r.start):
            pass
        clause_start = bm.end() if bm else lo
        # the stretch right before this reference, after the previous one in the clause
        prev_end = None
        if prev_top is not None and prev_top.start >= clause_start:
            prev_end = prev_top.subject_span[1] if prev_top.subject_span else prev_top.end
            if prev_end > r.start:
                prev_end = prev_top.end
        window_start = max(clause_start, prev_end) if prev_end is not None else clause_start
        gap = work[window_start : r.start]
        if prev_end is not None and _COORD.match(gap) and prev_top.relation != "self":
            r.relation, r.trigger = prev_top.relation, prev_top.trigger
        else:
            rel, cue = _last_trigger(work, clause_start, r.start, blocked)
            if rel is None and prev_end is not None and prev_top.relation != "self" and _only_refs_between(work, prev_end, r.start):
                rel, cue = prev_top.relation, prev_top.trigger
            r.relation = rel or "cites"
            r.trigger = cue
        blocked.append((r.start, r.subject_span[1] if r.subject_span else r.end))
        prev_top = r


def _is_alias_mention(r: Reference) -> bool:
    return "alias mention" in r.notes


def _only_refs_between(work: str, a: int, b: int) -> bool:
    return b - a < 4


def _last_trigger(work: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> tuple[Optional[str], Optional[str]]:
    if hi <= lo:
        return None, None
    chunk = list(fold(work[lo:hi]))
    for a, b in blocked:
        if b <= lo or a >= hi:
            continue
        for k in range(max(a, lo) - lo, min(b, hi) - lo):
            chunk[k] = " "
    s = "".join(chunk)
    last = None
    for m in _TRIG.finditer(s):
        last = m
    if last is None:
        return None, None
    rel = last.lastgroup.rsplit("_", 1)[0]
    return rel, " ".join(work[lo + last.start() : lo + last.end()].split())


# --- triples -------------------------------------------------------------------------------


def find_relations(text: str, context: Optional[Context] = None, refs: Optional[list[Reference]] = None) -> list[Relation]:
    """The relations the text states, as (source, relation, target) triples.

    ``source`` is :data:`~vanban.model.DOCUMENT` for the citing document itself,
    or the Reference whose subject states the relation (a nested chain).
    Repeated statements of the same relation are kept once (the first).
    """
    if refs is None:
        from .find import find_references

        refs = find_references(text, context)
    out: list[Relation] = []
    seen: set = set()
    for r in refs:
        t = r.target
        if r.nested_in is not None:
            src = r.nested_in.target
            rel = relation_of_cue(r.trigger) if r.trigger else "cites"
            ident = (src.key or id(src), rel, t.key or id(t))
            if ident not in seen:
                seen.add(ident)
                out.append(Relation(src, rel, t, r.start, r.end))
        elif r.relation != "self":
            ident = (DOCUMENT, r.relation, t.key or id(t))
            if ident not in seen:
                seen.add(ident)
                out.append(Relation(DOCUMENT, r.relation, t, r.start, r.end))
    return out
