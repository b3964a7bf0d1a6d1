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

    >>> from vanban import find_relations
    >>> [(getattr(s, "code", s), rel, t.code) for s, rel, t in find_relations(
    ...     "Thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW")]
    [(DOCUMENT, 'implements', '25-KH/TU'), ('25-KH/TU', 'implements', '93-KL/TW')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from typing import Optional

from ..facts import Lexicon
from ..facts.lexicon import current
from ..facts.phrases import folded_alternation
from ..grammar import (
    ISSUING_FOLDED,
    ITEM_GAP,
    ends_with_object_verb,
    grammar,
    last_match,
    opens_preamble_item,
)
from ..model import DOCUMENT, RELATIONS, Flag, Reference, Relation
from ..structure.sections import heading
from ..text import (
    LOWER,
    after_a_ground,
    clean_inline,
    fold,
    fold_word,
    folded_text,
    line_end,
    line_start,
    opens_line,
    sentence_end,
)

__all__ = ["attach_subjects", "assign_relations", "relations_of", "relation_of_cue"]

#: the relations a cue can set, most specific first ("sửa đổi, bổ sung và thay thế" replaces)
_PRIORITY = RELATIONS[1:-1]


def _cue_relations(lex: Lexicon) -> dict[str, str]:
    """folded cue -> relation, from the lexicon's trigger list (also without spaces: "thựchiện", glued)."""

    def build() -> dict[str, str]:
        d = {" ".join(fold(c).replace(",", " ").split()): rel for c, rel in lex.pairs("trigger")}
        return {**{k.replace(" ", ""): rel for k, rel in d.items()}, **d}

    return lex.cached("cue_relations", build)


def _relation_of_match(m: re.Match, cue_rel: dict[str, str]) -> str:
    """The relation a trigger match names: its group in folded mode, its words in exact mode."""
    if m.lastgroup:
        return m.lastgroup.rsplit("_", 1)[0]
    k = _cue_key(m.group())
    return cue_rel.get(k) or cue_rel.get(k.replace(" ", ""), "implements")


@lru_cache(maxsize=4096)
def _cue_key(cue: str) -> str:
    """A cue as written, folded, commas and runs of blanks made one space: its key in :func:`_cue_relations` (a text's
    cues are a few phrases written again and again: "Thực hiện", "triển khai thực hiện")."""
    return " ".join(fold(cue).replace(",", " ").split())


def relation_of_cue(cue: str, source_type: Optional[str] = None, lex: Optional[Lexicon] = None) -> str:
    """``"tiếp tục thực hiện"`` -> "continues"; a list of cues ("quán triệt, triển
    khai thực hiện") gives the most specific one; unknown cues -> "implements".

    "continues" is what a directive does to an earlier one (Kết luận 93-KL/TW
    "tiếp tục thực hiện" Chỉ thị 42-CT/TW); a plan that goes on carrying out
    another document implements it, so with ``source_type`` a plan, programme,
    guide or report the relation is "implements".
    """
    lex = lex if lex is not None else current()
    cue_rel = _cue_relations(lex)
    k = " ".join(fold(cue).split())
    g = grammar(lex, "exact")
    if g.review_start.match(k):
        return "reviews"
    rel = cue_rel.get(k.replace(",", " ").replace("  ", " "))
    if rel is None:
        rels = {cue_rel.get(" ".join(p.split()), "implements") for p in g.cue_split.split(k) if p.strip()}
        rel = next((r for r in _PRIORITY if r in rels), "implements")
    if rel == "implements" and g.goes_on.match(k):
        rel = "continues"  # "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện Chỉ thị số 25-CT/TW": going on carrying it out
    if rel == "continues" and source_type in lex.words("plan_type"):
        return "implements"
    return rel


_STOP = re.compile(r"[.;:!?]")


def _chain_cue(g, work: str, a: int, b: int) -> Optional[str]:
    """The cue phrase if ``work[a:b]`` is only a chain cue, else None."""
    if b - a > 120 or b <= a:
        return None
    gap = work[a:b]
    if "\n\n" in gap.replace(" ", "").replace("\t", "") or _STOP.search(gap):
        return None
    if gap.startswith(" của") and (o := _OF_NAMED.match(gap)) and all(w[:1].isupper() for w in o.group("name").split()):
        # the issuer of the first, a name no table knows, before the cue: "Kế hoạch 460 của Đoàn cụ thể hóa Kết luận 21"
        a, gap = a + o.end(), gap[o.end() :]
    m = g.chain_gap.match(folded_text(work)[a:b])  # (fold(gap): gap is work[a:b])
    if not m:
        return None
    cue = work[a + m.start("cue") : a + m.end("cue")]
    if not m.group("ve") and cue[0].isupper() and not cue.isupper() and _opens_an_item(work[a : a + m.start("cue")], cue):
        # "… (khóa X)\nThực hiện Kế hoạch …" starts a new sentence; a title in capitals goes on ("… KẾT LUẬN SỐ
        # 91-KL/TW … CỦA BỘ CHÍNH TRỊ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW"), and so does a title capitalised on the
        # line of its document ("Thông tư 60/2005/TT-BNN, ngày 10 tháng 10 năm 2005 Hướng dẫn thực hiện một số nội dung
        # của Nghị định 56/2005/NĐ-CP", corpus-real-12/qd-ubnd-daknong-kh-khuyennong-2006-2010-….txt)
        return None
    return " ".join(cue.split())


def _opens_an_item(before: str, cue: str) -> bool:
    """Does the capitalised ``cue`` open a sentence or an item rather than go on the title before it? A line break
    before it, or a basis cue, which only a preamble's item opens with a capital, even where the page glued the
    preamble onto one line ("CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001 Căn cứ Pháp lệnh Xử lý
    vi phạm hành chính ngày 02 tháng 7 năm 2002 …", corpus-real-22/nd-128-2008-nd-cp-phaplenh-xuly-vipham-hanhchinh-
    tailieuxanh.txt)."""
    return "\n" in before or relation_of_cue(cue) == "basis"


_CLOSING_CUE_REACH = 40  # how far back in a reference's own text the chain cue that closes it may start


def _closing_cue(sc, r: Reference, end: int, start: int) -> Optional[str]:
    """The chain cue that ends ``r``'s own text, the next reference right after it (only blanks or a quote between), or
    None. An unnumbered plan or scheme is named with the cue of its title ("Kế hoạch tổng thể và kế hoạch 5 năm của
    Chính phủ thực hiện", as labelled), so the document its title names follows with no gap: "Nghị quyết số 26/NQ-CP
    ngày 05/3/2020 của Chính phủ ban hành Kế hoạch tổng thể và kế hoạch 5 năm của Chính phủ thực hiện Nghị quyết số
    36-NQ/TW" (corpus-real-32/kh-57-kh-ubnd-2020-quangngai-kinh-te-bien-nq-36-hethongphapluat.txt): the resolution is
    named in the plan's title, cited (AUDIT-32 row 4), as after "Đề án tổng kết 15 năm thực hiện", "Kế hoạch tổng kết
    10 năm thực hiện" (5 of 5 on dev pages); a cue that carries out or reviews (an amending one at a title's end is
    what a page asks for: "… xem xét, bổ sung hoặc sửa đổi"). A report's is not read here: what its title names it reviews
    (:func:`_reviewed_by_report`)."""
    work = sc.work
    if work[end:start].strip(' \t\n"“«*_') or r.doc_type in sc.lex.words("account_type"):
        return None
    lo = end - _CLOSING_CUE_REACH if end - _CLOSING_CUE_REACH > r.start else r.start
    for k in range(lo + 1, end):  # (the longest cue first: "tổng kết 10 năm thực hiện", not "thực hiện")
        if work[k - 1] in " \t\n" and work[k].isalpha() and (cue := _chain_cue(sc.g, work, k, end)):
            return cue if relation_of_cue(cue, lex=sc.lex) in _CARRIED_OR_REVIEWED else None
    return None


_OF_NAMED = re.compile(r"[ \t]*của(?P<name>(?:[ \t]+\w+){1,4}?)(?=[ \t]+\w)")


def attach_subjects(sc) -> None:
    """Set ``subject``/``subject_span`` and ``nested_in`` on every reference of a scan."""
    work, s, g = sc.work, sc.s, sc.g
    refs = [f.ref for f in sc.found]
    for f in sc.found:
        if f.issued_by is not None:  # "Quyết định số 217-QĐ/TW … về việc ban hành Quy chế …": in its subject, cited
            f.ref.nested_in = f.issued_by
        elif f.in_subject_of is not None:  # "Công văn số 824/UBND-TH … về … thực hiện chương trình công tác năm 2020"
            f.ref.nested_in = f.in_subject_of
    for i, r in enumerate(refs):
        if r.kind == "this":
            continue
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        end = r.end
        if nxt is not None and nxt.start - end < 28 and (e := _past_short_name(g, work, r, nxt)):
            end, nxt = e, (refs[i + 2] if i + 2 < len(refs) else None)
        m = g.subject.match(s, end)
        if m:
            _subject(sc, refs, i, m.end())
        elif not _quoted_title(work, r, nxt) and nxt is not None and nxt.nested_in is None and nxt.start > end:
            # a chain without "về": "Kế hoạch số 25-KH/TU … thực hiện Kết luận số 100-KL/TW"
            cue = _chain_cue(g, work, end, nxt.start) or _closing_cue(sc, r, end, nxt.start)
            if cue:
                nxt.nested_in, nxt.trigger = r, cue


def _past_short_name(g, work: str, r: Reference, nxt: Reference) -> int:
    """Where the title of ``r`` goes on when ``nxt`` is its short name, alone in parentheses right after it (0 if it is
    not): the subject or chain after the parenthesis is still ``r``'s. "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình
    số 50-CTr/TU (Chương trình 50) thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ
    XIV" (corpus-real-29/news-haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt), "Kết luận số 12- KL/TW … (Kết luận 12) về
    tiếp tục thực hiện Nghị quyết số 10-NQ/TW" (corpus-real-9/news-qdnd-kl12-taynguyen-2021.txt): the resolutions are
    named in the title, cited. (A numbered document in the parentheses is another document, not a name given; the cue
    before the name, "(gọi tắt là …", as :attr:`Grammar.alias_paren` reads it: :attr:`Grammar.short_name_open`.)"""
    if nxt.kind == "code" or not g.short_name_open.fullmatch(work, r.end, nxt.start):
        return 0
    k = nxt.end
    while k < len(work) and work[k] in " \t":
        k += 1
    return k + 1 if work.startswith(")", k) else 0


def _quoted_title(work: str, r: Reference, nxt: Optional[Reference]) -> bool:
    """A quoted title right after the reference is its subject; True when there is one."""
    q = _QUOTED_TITLE.match(work, r.end)
    if not q or (nxt is not None and nxt.start < q.end()):
        return False
    a, e = _trim(work, q.start("t"), q.end("t"))
    if e > a:
        r.subject, r.subject_span = _clean_subject(work[a:e]), (a, e)
    return True


#: the most characters after "về" read for where its subject ends (its closing quote, a terminator, a main clause, a
#: line a cue opens): a subject longer is cut there (the reach predates the layered packages, 16cc3c22; its sentence
#: is not recorded)
_SUBJECT_REACH = 700


def _subject_end(sc, cs: int) -> tuple[int, int]:
    """Where the subject that starts at ``cs`` ("về …") begins and ends, before later references cut it."""
    work, s, g = sc.work, sc.s, sc.g
    limit = cs + _SUBJECT_REACH if cs + _SUBJECT_REACH < len(work) else len(work)
    k = cs
    while k < limit and work[k] in "*_ ":
        k += 1
    if k < limit and work[k] in '"“«':  # a quoted subject ends at its closing quote
        end = _find_close(work, k + 1, limit)
        if end is not None:
            return k, end
    tm = g.terminator.search(s, cs, limit)
    end = _paragraph_end(work, cs, tm.start() if tm else limit)
    mm = g.main_clause.search(s, cs, end)
    end = mm.start() if mm else end
    if (nl := work.find("\n", cs, end)) >= 0 and (cl := _cue_line(g, work, s, nl, end)) is not None:
        end = cl
    for pm in g.past_act.finditer(s, cs, end):
        if pm.start() == 0 or not s[pm.start() - 1].isalnum():  # (a word's start: "đã", not the end of another word)
            return k, pm.start()
    return k, end


_CUE_LINE_OPENER = 25  # the most characters of a line's opening words before the cue that opens its sentence
_CUE_LINE_CUE = 30  # room after them for the cue's own words ("Theo đó, thực hiện": the trigger's match must end there)


def _cue_line(g, work: str, s: str, nl: int, end: int) -> Optional[int]:
    """The first line break at or after ``nl`` (before ``end``) whose next line opens a sentence with a relation cue in
    its first words ("Theo đó, thực hiện", "Nhằm thực hiện"): a subject stops there, its line being a page's title or a
    lead's sentence without a full stop ("Văn bản số 528-KH/BCSĐNMT về ban hành Kế hoạch … về chủ động ứng phó với biến đổi khí
    hậu, tăng cường quản lý tài nguyên và bảo vệ môi trường⏎Theo đó, thực hiện Chương trình của Bộ Chính trị, Ban Bí thư
    năm 2023 và Chương trình làm việc của Bộ Chính trị, Ban Bí thư …", corpus-real-36/news-dangdoan-monre-ke-hoach-tong-
    ket-10-nam-nghi-quyet-24-nqtw-2023.txt: the programmes are implemented). A heading in capitals wrapped over lines
    goes on ("KẾ HOẠCH⏎THỰC HIỆN …": a capital and a small letter open the sentence)."""
    while nl >= 0:
        k = nl + 1
        while k < end and work[k] in " \t*_":
            k += 1
        if k + 1 < end and work[k].isupper() and work[k + 1].islower():
            hi = k + _CUE_LINE_OPENER + _CUE_LINE_CUE
            m = g.trigger.search(s, k, hi if hi < end else end)
            if m is not None and m.start() - k <= _CUE_LINE_OPENER:
                return nl
        nl = work.find("\n", nl + 1, end)
    return None


def _subject(sc, refs: list[Reference], i: int, cs: int) -> None:
    """The subject of ``refs[i]``; later references inside it are nested when a cue leads
    to them ("A về thực hiện B về tiếp tục thực hiện C": C hangs on B, not on A), else they end it."""
    work, g, r = sc.work, sc.g, refs[i]
    k, end = _subject_end(sc, cs)
    prev, holder = cs, r
    for j in range(i + 1, len(refs)):  # (not a slice: copying the rest for each reference is quadratic)
        b = refs[j]
        if b.start >= end:
            break
        if b.start < cs:
            continue
        if b.nested_in is not None:
            prev = b.end if b.end > prev else prev
            continue
        if prev == cs and (not work[cs : b.start].strip(_SUBJECT_LEAD) or _ISSUES.fullmatch(folded_text(work)[cs : b.start])):
            # the subject is another document, named right after "về": "Căn cứ Nghị quyết số 50/NQ-CP ngày 20/5/2021 của
            # Chính phủ về Chương trình hành động của Chính phủ thực hiện Nghị quyết Đại hội …" (corpus-real-21/kh-111-kh-
            # ubnd-bariavungtau-ktxh-2021-2025-nq-daihoi-xiii-hethongphapluat.txt): what the resolution is about, cited;
            # or the one it issues or approves ("Thay thế Quyết định số 09/2010/QĐ-UBND … của Ủy ban nhân dân huyện Bình
            # Chánh về ban hành Quy chế làm việc của Ủy ban nhân dân huyện Bình Chánh …", corpus-real-24/qd-03-2017-qd-
            # ubnd-binhchanh-quyche-lamviec-phapluatcongdong.txt), as a type word in lower case is (scan's issued_by)
            b.nested_in, b.trigger = holder, None
            prev, holder = b.end, b
            continue
        cue = _chain_cue(g, work, prev, b.start)
        if cue is None and prev == cs:
            cue = _chain_cue(g, work, r.end, b.start)
        if cue:
            b.nested_in, b.trigger = holder, cue
            prev, holder = b.end, b
            continue
        if (d := _direction_before(g, work, prev, b.start)) is not None:
            end = _trim_back(work, cs, d)  # (the subject ends where a letter conveying a direction is listed after it)
            break
        if g.embedded.search(work, (b.start - 12 if b.start - 12 > cs else cs), b.start) or ends_with_object_verb(
            g, sc.lex, work[(b.start - 30 if b.start - 30 > cs else cs) : b.start]
        ):
            # a word of the subject right before it, no list's separator: "Chỉ thị số 19/CT-TTg … về việc phát động thi
            # đua thực hiện thắng lợi nhiệm vụ … theo Nghị quyết Đại hội …" names it inside the subject (cited by it); so
            # does a verb of the subject whose object it is ("Kế hoạch số 346-KH/TU … về việc tổ chức Lễ công bố Nghị
            # quyết của Ủy ban Thường vụ Quốc hội", corpus-real-18/provincial-nguoihanoi-cv-3766-ubnd-nc-kh-346-kh-tu-
            # congbo-2025.txt; "… về việc thông qua Đề án …", corpus-real-12/qd-ubnd-daknong-kh-khuyennong-2006-2010-nq33.txt)
            b.nested_in, b.trigger = holder, None
            prev = b.end
            continue
        if (cue := _cue_ending_subject(sc, prev, b.start)) is not None:
            b.nested_in, b.trigger = holder, cue
            prev = b.end
            continue
        end = _trim_back(work, cs, b.start)
        break
    a, e = _trim(work, k, end)
    if e > a:
        r.subject = _clean_subject(work[a:e])
        r.subject_span = (a, e)


_SUBJECT_CUE_REACH = 40  # how far back from the next reference the cue that ends a subject's words may start
_SUBJECT_WORDS_STOP = re.compile(r"[,;:()]|\n[ \t]*\n")  # a list's separator, an aside or a blank line: not one phrase


def _cue_ending_subject(sc, a: int, b: int) -> Optional[str]:
    """The cue that carries out or reviews, at the end of a subject's own words before the reference at ``b`` (from
    ``a``, the subject's start or the last reference in it), with no separator between: the reference is named inside
    the subject, so cited by the document the subject is of, not governed by the cue before that document ("Căn cứ Kế
    hoạch số 1250/KH-UBND ngày 26 tháng 02 năm 2008 của Ủy ban nhân dân thành phố về phát triển kinh tế tập thể các năm
    2008 - 2010 thực hiện Chỉ thị 20-CT/TW ngày 02 tháng 01 năm 2008 của Ban Bí thư Trung ương Đảng (khóa X)",
    corpus-real-51/doc-phapluatcongdong-qd1551-qd-ubnd-hochiminh-kinh-te-tap-the-2009.txt; "Căn cứ Kết luận số 223-KL/TU
    ngày 10/6/2021 của Tỉnh ủy về kết luận Hội nghị tổng kết thực hiện Nghị quyết số 02-NQ/TU …", corpus-real-51/doc-
    hethongphapluat-qd474-qd-ubnd-tuyenquang-de-an-nguon-nhan-luc-2021.txt; "Căn cứ Quyết định số 1042/QĐ-TTg ngày
    19/8/2019 của Thủ tướng Chính phủ về việc ban hành Kế hoạch triển khai thực hiện Nghị định số 02/2019/NĐ-CP …",
    corpus-real-52/doc-hethongphapluat-kh390-kh-ubnd-backan-ung-pho-han-han-2020.txt: each labelled ``cites``). A cue
    right after "và" opens a second predicate, not the subject's words: "… thực hiện Nghị quyết số 24-NQ/TW … về Chiến
    lược Quốc phòng Việt Nam; Kết luận số 31-KL/TW về Chiến lược Quân sự Việt Nam và tổng kết 15 năm thực hiện Chỉ thị số
    154-CT/ĐUQSTW" (corpus-real-8/dubdbp-quangbinh-sk-nq24-kl31-tk-ct154-2023.txt: the directive reviewed; the joining
    words of vocabulary ``coordinator``, value ``cue``, :attr:`Grammar.cue_joiners`). A gap that is
    the cue alone is :func:`_chain_cue`'s; None when the gap has no such cue at its end. Reach (session 45, reverted and
    gold run): 6 dev rows on 4 pages of 3 sets (dev27's "Quyết định 446/QĐ-UBND năm 2018 về Kế hoạch hành động thực hiện
    Nghị quyết 139/NQ-CP", dev51 ×2, dev52 ×3), none lost; held-out relations .8531 → .8547 (6 splits up, none down)."""
    work = sc.work
    if b - a > 300 or _SUBJECT_WORDS_STOP.search(work, a, b):
        return None
    lo = b - _SUBJECT_CUE_REACH if b - _SUBJECT_CUE_REACH > a else a
    for k in range(lo + 1, b):  # (the longest cue first: "triển khai thực hiện", not "thực hiện")
        if work[k - 1] in " \t\n" and work[k].isalpha() and (cue := _chain_cue(sc.g, work, k, b)):
            last = work[a:k].split()[-1:]  # (a word joining two cues, Grammar.cue_joiners: "và", "va" unaccented)
            if last and fold(last[0]) in sc.g.cue_joiners:
                return None
            return cue if relation_of_cue(cue, lex=sc.lex) in _CARRIED_OR_REVIEWED else None
    return None


#: what may stand between "về" and the document its subject names: blanks, emphasis, an opening quote
_SUBJECT_LEAD = ' \t\n*_"“«'
#: an act of issuing or approving between "về (việc)" and the document its subject names (folded, the whole gap)
_ISSUES = re.compile(rf'[\s*_"“«]* (?: {ISSUING_FOLDED} | thong \s+ qua | phe \s+ duyet ) [\s*_"“«]*', re.X)

_QUOTED_TITLE = re.compile(r"[ \t*_]*,?[ \t*_]*[“\"«](?P<t>[^”\"»\n]{3,300})[”\"»]")
_PARA = re.compile(r"\n[ \t]*\n\s*")


def _paragraph_end(work: str, lo: int, hi: int) -> int:
    """A blank line ends a subject unless the next block goes on in lower case (a page break)."""
    for m in _PARA.finditer(work, lo, hi):
        nxt = work[m.end() : m.end() + 1]
        if not nxt or not nxt.islower():
            return m.start()
    return hi


#: a closing quote, or a blank line (two line breaks) before one: the quoted subject ends at the first of them
_CLOSE_OR_PARAGRAPH = re.compile('["”»]|\n(?=\n)')


def _find_close(work: str, start: int, limit: int) -> Optional[int]:
    """The first closing quote in ``work[start:limit]``, or None when a blank line comes first ("về việc “Tôi làm
    Công an xã” …"). One search of the engine, not a Python step a character (the window is up to 700 characters);
    its ``endpos`` keeps a line break at ``limit - 1`` from pairing with one at ``limit``, as the loop did."""
    m = _CLOSE_OR_PARAGRAPH.search(work, start, limit)
    return m.start() if m is not None and m.group() != "\n" else None


def _trim_back(work: str, lo: int, hi: int) -> int:
    e = hi
    while e > lo and work[e - 1] in " \t\n,;*_(":
        e -= 1
    for w in (" và", " cùng", " với"):
        if work[max(lo, e - len(w)) : e].lower() == w:
            e -= len(w)
            break
    while e > lo and work[e - 1] in " \t\n,;*_":
        e -= 1
    return e


def _trim(work: str, a: int, e: int) -> tuple[int, int]:
    while a < e and work[a] in ' \t\n*_"“«':
        a += 1
    while e > a and work[e - 1] in ' \t\n*_"”»,;:.':
        e -= 1
    return a, e


def _clean_subject(s: str) -> str:
    return clean_inline(s).strip('"“”«» ')


# --- relations ---------------------------------------------------------------------------

#: a sentence or list boundary: "." ";" "!" "?" before a space, a blank line, a line break before a list label. Written
#: with its first character as a class, each alternative then checking which character it was (the same matches as
#: ``[.;!?](?=\s)|\n\s*\n|\n(?=…)``): the engine then skips straight to those characters instead of trying the
#: alternatives at every position of the window. (":" ending a line is none: the cue before it governs the items on the
#: lines after it as on one line, "Căn cứ các Nghị định của Chính phủ:⏎số 45/2010/NĐ-CP …;⏎số 33/2012/NĐ-CP …", the
#: checklist's cue-break; a label starts a new item)
_BOUNDARY = re.compile(
    r"[.;!?\n](?:(?<=[.;!?])(?=\s)|(?<=\n)\s*\n|(?<=\n)(?=\s*(?:[-+•]|[0-9]{1,2}[.)\-]\s|[IVX]{1,4}[.\-]\s|[a-dđ]\)\s)))"
)
#: the end of the last boundary of a window in one match: the greedy ".*" takes the window and gives it back a character
#: at a time, so the boundary is first tried from its last possible start; its end is that of the last of the matches
#: ``finditer`` gives (a run of line breaks ends at its last line break from whichever of them it starts, and the label's
#: one-character alternative is tried there only at the run's last), without a scanner and a match object for each
_LAST_BOUNDARY = re.compile(r"(?s:.*)(?:" + _BOUNDARY.pattern + ")")


def assign_relations(sc) -> None:
    """Set ``relation`` and ``trigger`` on each reference (document-level)."""
    work = sc.work
    cue_rel = _cue_relations(sc.lex)
    prev_top: Optional[Reference] = None
    prev_list = None
    prev_nested: Optional[Reference] = None
    last_item: Optional[Reference] = None  # the last item of a cue's list, whatever references its title names
    blocked = _Blocked([f.ref for f in sc.found if f.ref.kind == "this"])
    for i, f in enumerate(sc.found):
        if f.list_head:
            continue
        r = f.ref
        in_list, prev_list = (f.list_id, prev_list), f.list_id
        reach = r.subject_span[1] if r.subject_span else r.end
        if r.relation == "self":
            blocked.add(r.start, reach)
            prev_top = r
            continue
        if r.nested_in is None and prev_nested is not None:
            _nest_with(sc.g, work, r, prev_nested)
        own = _unnest_from_self(sc, r)
        if r.nested_in is not None:
            r.relation, r.trigger = _nested_relation(sc, r)
            # (the chain's cue before it is the chain's: "Kế hoạch số 25-KH/TU … thực hiện Kết luận số 100-KL/TW")
            blocked.add(max(r.nested_in.end, r.start - 120) if r.nested_in.end < r.start else r.start, reach, r)
            prev_nested = r
            continue
        after_nested, prev_nested = prev_nested, None
        if (r.resolved is not None and r.has(Flag.ALIAS_MENTION)) or _named_again(work, r, prev_top):
            r.relation, r.trigger = _alias_relation(r) if r.resolved is not None else (prev_top.relation, prev_top.trigger)
            prev_nested = after_nested  # (a short name given after a chain: the chain goes on for what follows)
            continue
        prev_end = (
            _end_of(prev_top, r.start) if after_nested is None else _end_of_chain(sc.g, work, prev_top, after_nested, r.start)
        )
        same_list = in_list[0] is not None and in_list[0] == in_list[1]
        if r.has(Flag.REPORTED_ACT) and not same_list:
            # "Bộ Chính trị đã ban hành Chỉ thị …" reports another body's act, even right after another reference's
            # subject ("Thông báo Kết luận số 159-TB … về việc …, ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng
            # dẫn số 151-HD/BTGTW": the agent's clause is no list)
            r.relation, r.trigger = "cites", None
        elif _next_item(sc.g, work, r, prev_top, last_item) or (last_item and _next_listed(sc, r, prev_top, last_item, blocked)):
            r.relation, r.trigger = last_item.relation, last_item.trigger
        elif prev_top is not None and prev_top.doc_type == "Báo cáo" and (cue := _reviewed_by_report(sc, prev_top, r)):
            r.relation, r.trigger = "reviews", cue
        elif _in_the_list(sc, r, prev_top, prev_end, same_list):
            # "Căn cứ A; B", "Thực hiện A, B và C": one cue for the whole list
            r.relation, r.trigger = _list_relation(sc, r, blocked, cue_rel, own, prev_top, prev_end)
        elif _goes_on_after(sc.g, work, r, prev_top, after_nested):
            r.relation, r.trigger = prev_top.relation, prev_top.trigger
        elif _in_parentheses(work, r.start):  # "(Công văn số …)" gives a source, "các văn bản … (Chỉ thị …)" names them
            r.relation, r.trigger = _parenthesis_relation(sc, blocked, cue_rel, i)
        else:
            r.relation, r.trigger = _governing_cue(sc, r, blocked, cue_rel, own, prev_top, prev_end)
        if (cited := _cited_whatever_the_path(sc, r)) is not None:
            r.relation, r.trigger = cited
        blocked.add(r.start, reach, r)
        prev_top = r
        last_item = r if r.trigger and r.relation in _LISTED else last_item


def _in_the_list(sc, r: Reference, prev_top: Optional[Reference], prev_end: Optional[int], same_list: bool) -> bool:
    """Is ``r`` the next item of the list ``prev_top`` is in (its item ending at ``prev_end``): one list of the scan's,
    only joining words between (:func:`_coordinated`), or past the words of the item before it
    (:func:`_past_the_items_words`)?"""
    if prev_end is None or prev_top.relation == "self":
        return False
    return same_list or _coordinated(sc.g, sc.work, prev_end, r.start) or _past_the_items_words(sc, prev_top, prev_end, r)


def _cited_whatever_the_path(sc, r: Reference) -> Optional[tuple[str, Optional[str]]]:
    """("cites", the cue kept or None) when ``r`` is cited whichever path gave it its relation: a report carried out or
    reviewed (see :data:`_CARRIED_OR_REVIEWED`; no cue), or a review another body carries out (:func:`_anothers_review`;
    the review's cue kept, as for another's plan that reviews, :func:`_governed_by_another_plan`); else None. (The
    document an opinion given as a basis is written in, "trên cơ sở kết luận của Thường trực Tỉnh ủy tại Thông báo số
    1057-TB/TU", is cited by the ground cue's own rule, :func:`_on_the_ground`.)"""
    if r.relation in _CARRIED_OR_REVIEWED and r.doc_type in sc.lex.words("account_type"):
        return "cites", None
    return ("cites", r.trigger) if r.relation == "reviews" and _anothers_review(sc, r) else None


#: how far back in its clause the words naming a review's body may begin
_REVIEW_CLAUSE = 250
# (where such a clause begins, :func:`_review_clause_start`: a sentence's end, a blank line, a headline's bar; ";"
# goes on: "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW …; 05 năm thực hiện Kết luận số 43-KL/TW", one review)
#: an item of the page's own plan opening the words after the clause's last ";", its subject unstated: "(5) Hằng năm
#: đánh giá và tham gia sơ kết, tổng kết thực hiện Nghị quyết số 20-NQ/TW" (corpus-real-31/tin-lien-minh-htx-viet-nam-
#: cthd-812-nq-20-nq-tw-2022.txt, the programme's own review: labelled reviews), or a bullet: "- Tăng cường kiểm tra,
#: giám sát việc thực hiện Chỉ thị số 42-CT/TW và Kết luận số 93-KL/TW" (tests/cases party-basic-no-issuer, a plan's)
_OWN_ITEM = re.compile(r"\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\)|[-+•])\s")
#: the states of carrying out a body reports of itself, no review of another's (vocabulary ``review_cue`` "báo cáo kết
#: quả", ``review_state`` "tình hình"): the owners read "… Nguyễn Thị Tuyến báo cáo kết quả tình hình thực hiện Nghị quyết
#: Đại hội" implements (corpus-real/news-baochinhphu…@885, DECISIONS D48)
_STATES_REPORTED = ("bao cao ket qua", "tinh hinh")


def _review_alternation(lex: Lexicon) -> str:
    """A review's words, folded, as one group: vocabulary ``review_cue`` and ``review_state`` but the states reported
    (:data:`_STATES_REPORTED`) — "sơ kết", "tổng kết", "đánh giá", "kiểm điểm", "giao ban", "khảo sát", "giám sát"."""
    words = [w for w in (*lex.words("review_cue"), *lex.words("review_state")) if fold(w) not in _STATES_REPORTED]
    return rf"(?:{folded_alternation(words)})"


def _review_words(lex: Lexicon) -> re.Pattern:
    """:func:`_review_alternation` ending a word, led by its letters ("so ket", "tong ket", …): no ``\\b`` before it,
    which kept the engine from skipping to a first letter (it tried the whole alternation at each of the window's ~250
    folded characters); the boundary before a match is :func:`_review_word_in`'s test."""
    return lex.cached("relate.review_words_led", _review_words_led, lex)


def _review_words_led(lex: Lexicon) -> re.Pattern:
    """:func:`_review_words`' pattern, compiled once a lexicon."""
    return re.compile(rf"{_review_alternation(lex)}\b")


def _review_word_in(lex: Lexicon, folded: str, a: int, b: int) -> bool:
    """Does ``folded[a:b]`` hold a review's word, whole (``\\b`` + :func:`_review_words`: the boundary before a match
    reads the character before it, also before ``a``, as ``\\b`` at ``search(folded, a, b)`` does; a word character
    there, the next match is asked): "to chuc so ket 10 nam" holds "so ket", "hoso ket" none."""
    words = _review_words(lex)
    m = words.search(folded, a, b)
    while m is not None and (i := m.start()) > 0 and (folded[i - 1].isalnum() or folded[i - 1] == "_"):
        m = words.search(folded, i + 1, b)
    return m is not None


#: a word each of :func:`_anothers_review_form`'s forms holds, folded: a cheap test before its search
_ANOTHERS_WORDS = ("toan quoc", "chi dao", "dai hoi", "noi dung", "nghe")


def _anothers_review_form(lex: Lexicon) -> re.Pattern:
    """Another body's review named in a clause, folded, on any page (DECISIONS D48, the owners' own rows): "tại Hội nghị
    toàn quốc sơ kết 1 năm thực hiện Chỉ thị số 03-CT/TW" (corpus-real/news-baomoi-ct03-2012.txt@103), "Đoàn khảo sát
    của Ban Chỉ đạo Tổng kết Nghị quyết số 23-NQ/TW" (qd-97@971), "Đại hội tiến hành tồng kết 5 năm thực hiện Nghị quyết
    Đại hội … lần thứ XII" (ct-35@424), "Tán thành những nội dung về đánh giá kết quả lãnh đạo thực hiện Nghị quyết Đại
    hội …" (nq-daihoi@674), and a review heard as another's report ("hoàn chỉnh báo cáo tổng kết 10 năm triển khai thực
    hiện Chỉ thị 45-CT/TW", tb-278@1542): "sau khi nghe Ban cán sự đảng Bộ … báo cáo tổng kết 10 năm thực hiện …"."""

    def build() -> re.Pattern:
        review = _review_alternation(lex)
        return re.compile(
            rf"""hoi \s* nghi \s+ (?: truc \s+ tuyen \s+ )? toan \s+ quoc \b .{{0,40}}? \b {review}
            | ban \s+ chi \s+ dao \b .{{0,80}}? \b {review}
            | dai \s+ hoi \b [^,;]{{0,80}}? \b (?: tien \s+ hanh | co \s+ nhiem \s+ vu | nham | da ) \s+
              (?: tap \s+ trung \s+ )? {review}
            | (?: tan \s+ thanh | thong \s+ qua ) \s+ (?: nhung \s+ | cac \s+ )? noi \s+ dung [^,;]{{0,30}}? \b {review}
            | \b nghe \b [^,;.]{{0,100}}? bao \s+ cao \s+ (?: so | tong ) \s+ ket""",
            re.X | re.S,
        )

    return lex.cached("relate.anothers_review", build)


def _anothers_review(sc, r: Reference) -> bool:
    """Is the review ``r`` is read in another body's, not the page's own (DECISIONS D48: the owners label no
    ``reviews``; a review another body carries out, reported, is cited)? Its clause names such a body's review
    (:func:`_anothers_review_form`), or, on a page with no type of its own (a news item, an article: it reports what
    others do), holds a review's word (:func:`_review_words`) outside an item of the page's own plan: "Ngày 31/8, tại
    thành phố Nha Trang, Tỉnh ủy Khánh Hòa tổ chức sơ kết 10 năm thực hiện Quy định 76-QĐ/TW" (corpus-real-36/news-
    baomoi-khanh-hoa-so-ket-10-nam-quy-dinh-76-qd-tw-2010.txt), and its headline with no subject written ("Sơ kết việc
    thực hiện Nghị quyết Trung ương 4 …", corpus-real-55/doc-tuoitrethudo-tin-kh30-kh-tu-so-ket-nq-tw4-2019.txt,
    labelled cites; 4 more on dev7, dev11, dev27, relabelled so by D48). A page that is the review keeps it: "BÁO CÁO Tổng kết
    Chiến lược phát triển gia đình Việt Nam …", "Bộ Văn hóa, Thể thao và Du lịch báo cáo tổng kết, đánh giá tình hình
    thực hiện Chiến lược …" (corpus-real-40/doc-hieuluat-bc293-bc-bvhttdl-tong-ket-chien-luoc-gia-dinh-2020.txt)."""
    work, folded = sc.work, folded_text(sc.work)
    a, b = r.start - _REVIEW_CLAUSE if r.start > _REVIEW_CLAUSE else 0, r.start
    while b > a and work[b - 1].isspace():  # (a line broken before the reference goes on)
        b -= 1
    a = _review_clause_start(folded, a, b)
    if not _review_word_in(sc.lex, folded, a, b):
        return False  # (every form names a review's word)
    # (the named forms first, the page's type last: asking ``sc.doc_type`` reads the letterhead and infers the whole
    # context of a page nothing else asks it of, ~0.5% of a dense pass; the answer is the same in either order)
    if any(folded.find(w, a, b) >= 0 for w in _ANOTHERS_WORDS) and _anothers_review_form(sc.lex).search(folded, a, b):
        return True
    return not _OWN_ITEM.match(work, work.rfind(";", a, b) + 1 or a, b) and sc.doc_type is None  # (rfind's -1 + 1: no ";")


def _review_clause_start(folded: str, a: int, b: int) -> int:
    """Where the clause ending at ``b`` begins, after ``a``: right after the last sentence end (".", "!", "?" before a
    blank), blank line or headline bar in ``folded[a:b]`` (the last match of "[.!?](?=\\s)|\\n\\s*\\n|\\|"), found from the
    end by ``rfind`` (a character test, not a pattern tried at each of the window's positions)."""
    hi = b
    while (
        i := max(
            folded.rfind(".", a, hi),
            folded.rfind("!", a, hi),
            folded.rfind("?", a, hi),
            folded.rfind("|", a, hi),
            folded.rfind("\n", a, hi),
        )
    ) >= 0:
        c = folded[i]
        if c == "|" or (c != "\n" and i + 1 < b and folded[i + 1].isspace()):
            return i + 1
        if c == "\n" and folded[a:i].rstrip(" \t\r\x0b\x0c").endswith("\n"):
            return i + 1
        hi = i
    return a


def _nested_relation(sc, r: Reference) -> tuple[str, Optional[str]]:
    """The relation of a reference nested in another's title: ``cites`` (the cue before it is the holder's), but what a
    report's subject reviews is reviewed (:func:`_reviewed_by_report`), and what a plan a news item reports organises
    the carrying out of is carried out (:func:`_organised_by_the_plan`)."""
    cue = _reviewed_by_report(sc, r.nested_in, r) if r.nested_in.doc_type == "Báo cáo" else None
    if cue:
        return "reviews", cue
    return ("implements", r.trigger) if _organised_by_the_plan(sc, r) else ("cites", r.trigger)


#: the words between a plan and its carry cue, folded, that make the cue the act a news item reports: "Kế hoạch số 79
#: về tổ chức ", "Kế hoạch tổ chức ", "… về việc tổ chức Hội nghị " (a date and an issuer may stand before "về"); the
#: cue may hold "tổ chức" itself ("về tổ chức thực hiện")
_ORGANISING_LEAD = r"(?:[^.;:!?]{0,80}?\bve\s+(?:viec\s+)?|\s*)"
_ORGANISING = re.compile(rf"{_ORGANISING_LEAD}to\s+chuc\s+(?:(?:hoi\s+nghi|lop)\s+)?")
_ORGANISING_CUE = re.compile(_ORGANISING_LEAD)
#: the cue's words that make it the spreading of X, folded, as in the owners' "tổ chức quán triệt, triển khai thực
#: hiện": a plan "về tổ chức thực hiện X" alone is a plan carrying X out, its X cited like any plan's (DECISIONS D74)
_SPREADING = ("quan triet", "hoc tap", "tuyen truyen", "pho bien", "nghien cuu")


def _organised_by_the_plan(sc, r: Reference) -> bool:
    """Is ``r`` nested in a plan "về tổ chức quán triệt, triển khai thực hiện" it, on a page with no type line of its own
    (a news item: it reports the organising)? DECISIONS D75, the owners' "Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79 về tổ
    chức quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 10, Ban Chấp hành Trung ương Đảng (khóa XI) và
    Nghị quyết số 37 …" (corpus-real/hu-sontinh-quangngai-kh-79-2015.txt@340/@415, both labelled implements). The next
    item of the subject's list, after "và", is asked from the same cue."""
    if not r.trigger or r.nested_in.relation in _NAMED_CARRIED or sc.doc_type is not None:
        return False  # (a plan the page carries out, "Thực hiện Kế hoạch số 29-KH/TU … về tổ chức học tập …": not the owners')
    key = _cue_key(r.trigger)
    if not key.endswith(_carry_cues(sc.lex)) or not any(w in key for w in _SPREADING):
        return False
    window = sc.work[r.nested_in.end : r.start]  # (folded only here: folded_text(work) would refold a whole text)
    cue = window.find(r.trigger)
    if cue < 0:
        return False
    words = fold(window[:cue])
    if key.startswith("to chuc"):
        return _ORGANISING_CUE.fullmatch(words) is not None
    return _ORGANISING.fullmatch(words) is not None


def _list_relation(sc, r: Reference, blocked, cue_rel, own, prev_top: Reference, prev_end: int) -> tuple[str, Optional[str]]:
    """The relation of the next item of a list: the item's before it, except after a bill named as such, whose cue
    governs the next item itself ("tuyên truyền về Dự án Luật Đơn vị hành chính - kinh tế đặc biệt, Luật An ninh mạng":
    the bill is cited, the law in force propagated; corpus-real-7/tu-daknong-giaoban-quy3-nq18-nq19-2018.txt, its
    NOTES rule 8)."""
    if prev_top.relation == "cites" and prev_top.trigger is None and _named_as_a_bill(sc, prev_top):
        return _governing_cue(sc, r, blocked, cue_rel, own, prev_top, prev_end)
    if prev_top.relation == "cites" and prev_top.trigger and (outer := _back_from_an_aside(sc, r, prev_top)) is not None:
        return outer.relation, outer.trigger
    return prev_top.relation, prev_top.trigger


#: a list item named by its title, a capital right after its type word ("Luật Tài nguyên nước s 17/2012/QH13"), not
#: by its number alone ("Luật số 48/2014/QH13", "Luật s 97/2015/QH13")
_TITLED_ITEM = re.compile(r"\s+(?!số\b|s\b)[^\W\d_]")


def _back_from_an_aside(sc, r: Reference, prev_top: Reference) -> Optional[Reference]:
    """The item of the outer list that ``r`` goes on, past the aside that ``prev_top`` (cited) closes: how the item
    before it was changed ("đã được sửa đổi, bổ sung một số điều theo Luật số 48/2014/QH13"), its passive cue
    (:func:`_others_change`) governing the documents that changed it, numbered only. An item named by its title goes
    back to the list the aside interrupted: "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều có liên quan đến quy
    hoạch của …, Luật Giao thông đường thủy nội địa s 23/2004/QH11 đã được sửa đổi, bổ sung một số⏎điều theo Luật số
    48/2014/QH13 Luật s 97/2015/QH13, Luật Tài nguyên nước s 17/2012/QH13 đã⏎được sửa đổi, bổ sung một số điều theo
    Luật số 08/2017/QH14, Luật Đất đai số 45/2013/QH13, …" (corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-
    luat-quy-hoach-2018.txt: the water and land laws amended, the laws after "theo" cited). On dev pages the items
    after such an aside ("được sửa đổi, bổ sung … theo|bởi|tại …") are 2 titled ones, both labelled with the outer
    list's relation (dev53), and 22 numbered ones, left to the aside as before (cited 17: dev21, dev22, dev49, dev53; basis 5:
    dev20, dev26). None when ``r`` is no titled item, or no such aside opens before ``prev_top``. Its reach is the
    list's, not those two rows': each later item takes the relation of the one before (:func:`_list_relation`), so
    without this dev53's relations fall .926 → .769 (the rest of law 35's list cited), no held-out split moves either
    way — and all of it rests on that one page (measured when reviewing session 44)."""
    if r.doc_type is None or not r.text.startswith(r.doc_type) or not _TITLED_ITEM.match(r.text, len(r.doc_type)):
        return None
    work = sc.work
    c = work.rfind(prev_top.trigger, prev_top.start - 120 if prev_top.start > 120 else 0, prev_top.start)
    if c < 0 or not folded_text(work)[c - 12 if c > 12 else 0 : c].rstrip().endswith(sc.g.passive_ends):
        return None
    k = bisect_left(sc.found, prev_top.start, key=_FOUND_START)  # (the last top reference before the aside)
    while k and ((f := sc.found[k - 1].ref).end > c or f.nested_in is not None or f.relation is None):
        k -= 1
    outer = sc.found[k - 1].ref if k else None
    if outer is None or outer.relation == "cites" or fold(" ".join(work[outer.end : c].split())) not in sc.g.passive_ends:
        return None  # (only the passive between the item and its aside's cue)
    return outer


_FOUND_START = attrgetter("ref.start")


def _alias_relation(r: Reference) -> tuple[str, Optional[str]]:
    """The relation of a mention that names a document mentioned before it (:attr:`Flag.ALIAS_MENTION`). The one that
    *gives* it a short name, the document named again in the parenthesis after it, has the relation
    :func:`_short_name_relation` gives. The antecedent keeps its own relation, and so its edge in the graph. A deictic
    that points back ("… khi thực hiện Chỉ thị này", :attr:`Reference.kind` "this") is a use of the document, not a
    name given: its antecedent's relation."""
    if _gives_name(r):
        return _short_name_relation(r)
    return (r.resolved.relation if r.resolved.relation != "self" else "cites"), r.trigger


#: the relations a short name given takes from the document it names: the document carried out (DECISIONS D32)
_NAMED_CARRIED = ("implements", "continues")


def _short_name_relation(r: Reference) -> tuple[str, Optional[str]]:
    """The relation of the short name given in the parenthesis after a document: the defined document's when the page
    carries that document out, else ``cites``. The owners (OWNERS-READINGS A7, DECISIONS D32) label it so on each of
    their three pages: "- Thực hiện nghiêm túc, hiệu quả Kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022 … (sau đây gọi
    tắt là Kế hoạch 164-KH/TU)" → «Kế hoạch 164-KH/TU» ``implements`` (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-
    2022.txt), "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về … (Nghị quyết số 57-NQ/TW)"
    (ctr-hd-57-tu-2025-unnamed-province.txt), "(sau đây gọi tt là số 19/CT-TTg)" (kh-594-kh-ubnd-nghean-2021.txt); and
    a dev page: "Thực hiện Kết luận số 48-KL/TW ngày 30 tháng 01 năm 2023 của Bộ Chính trị về … (gọi tắt là Kết luận số
    48-KL/TW)" (corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt, relabelled by D32 with the other batches'
    such rows). The short name of a document cited keeps ``cites`` ("ký ban hành Quy định số 144-QĐ/TW … (gọi tắt là
    Quy định 144)", corpus-real-13/news-hoian-quangnam-qd144-chuanmuc-daoduc-2024.txt), and so does that of a basis
    or of a document reviewed: D32 decides neither (no owners' instance; the dev rows go both ways). A parenthesis
    that names a document of another type names no short name of the one before it, whatever resolved it: "Quy chế
    bầu cử trong Đảng (ban hành kèm theo Quyết định số 77-QĐ/TW …)" (corpus-real-24/central-qd-14-qd-tw-2001-thihanh-
    dieule-dang-luatminhkhue.txt, labelled ``cites``). Later uses of the short name ("Kế hoạch 164-KH/TU" further
    down) are not this mention: each takes its own cue's relation (the labels: a bare later use is ``cites``)."""
    named = r.resolved
    if named.relation in _NAMED_CARRIED and (r.doc_type is None or named.doc_type in (None, r.doc_type)):
        return named.relation, named.trigger
    return "cites", None


def _named_again(work: str, r: Reference, prev_top: Optional[Reference]) -> bool:
    """Is ``r`` the document ``prev_top`` (carried out) names, named again by its code in a parenthesis after its
    title, where resolve's alias pass found no name given (the title's end misread)? Then it is the short name given,
    with :func:`_short_name_relation`'s relation: "Thực hiện Quyết định số 964/QĐ-TTg ngày 10/8/2022 của⏎Thủ tướng
    Chính phủ phê duyệt Chiến lược An toàn, An ninh mạng quốc gia, … tầm nhìn 2030 (sau⏎đây gọi tắt là Quyết định số
    964/QĐ-TTg)" (corpus-real-46/doc-thuvienphapluat-kh60-kh-ubnd-quangbinh-an-ninh-mang-2023.txt, labelled
    ``implements``), and a title whose line break reads as a list's dash, "… giai đoạn 2023⏎- 2030 (gọi tắt là Kết luận
    số 48-KL/TW)" (the checklist's cue-break on corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt: its relation
    as on the clean text)."""
    if prev_top is None or r.code is None or r.code != prev_top.code or prev_top.relation not in _NAMED_CARRIED:
        return False
    paren = work.rfind("(", prev_top.end, r.start)
    return paren >= 0 and r.start - paren <= 40 and ")" not in work[paren : r.start] and paren - prev_top.end <= 600


def _gives_name(r: Reference) -> bool:
    """Is ``r`` the document named again in the parenthesis that gives its short name ("(gọi tắt là Kết luận số
    48-KL/TW)"), not a use of it? (:func:`_alias_relation`) An abbreviation in capitals in parentheses gives no name by a
    cue: it repeats its antecedent, and is labelled with its relation ("tiếp tục triển khai Chương trình giáo dục phổ
    thông 2018 (CTGDPT)", corpus-real-27/cv-4555-bgddt-gdpt-2025-nhiemvu-namhoc-2025-2026-hethongphapluat.txt; the scan's
    ``defined_abbreviations``)."""
    return r.resolved is not None and r.kind != "this" and r.has(Flag.ALIAS_MENTION) and not _bare_abbreviation(r)


def _bare_abbreviation(r: Reference) -> bool:
    """Is ``r`` named by an abbreviation in capitals alone ("CTGDPT")?"""
    return r.kind == "named" and r.name == r.text and r.text.isupper() and " " not in r.text


def _goes_on_after(g, work: str, r: Reference, prev_top: Optional[Reference], after_nested: Optional[Reference]) -> bool:
    """Is ``r`` the next item of the list ``prev_top`` is in, past what ``prev_top``'s subject names? After a chain, a
    document the chain's holder cannot cite (dated after it): "quán triệt và thực hiện …, Kế hoạch số 25-KH/TU ngày
    30/11/2016 … thực hiện Kết luận số 100-KL/TW của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ
    Tỉnh ủy"; or a letter that conveys a direction (:func:`_conveyed_direction`)."""
    if after_nested is not None and _dated_after_the_chain(g, work, r, after_nested) and _root(after_nested) is prev_top:
        return True
    return prev_top is not None and prev_top.relation in _LISTED and _conveyed_direction(g, work, r, prev_top)


def _conveyed_direction(g, work: str, r: Reference, prev_top: Optional[Reference]) -> bool:
    """Is ``r`` the letter that conveys a body's direction, listed after a document a cue governs ("Thực hiện Chỉ thị số
    22/CT-TW … về đẩy mạnh các phong trào thi đua … và chỉ đạo của UBND tỉnh tại văn bản số 238/UBND-KGVX", corpus-real/
    tdkt-langson-ct22-2018.txt; "Căn cứ Kết luận số 88-KL/TW … về …; ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại
    Công văn số 1740-CV/VPTW", corpus-real/hd-55-btgtw-2022.txt)? The same cue governs it, however long the subject
    between."""
    if prev_top is None or prev_top.relation not in _LISTED or prev_top.end > r.start:
        return False
    return _direction_before(g, work, prev_top.end, r.start) is not None


#: how far before a letter the words that convey a body's direction through it may begin ("và chỉ đạo của UBND tỉnh tại
#: văn bản số 238/UBND-KGVX", corpus-real/tdkt-langson-ct22-2018.txt; "ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại
#: Công văn số 1740-CV/VPTW", corpus-real/hd-55-btgtw-2022.txt)
_DIRECTION_REACH = 120


def _direction_before(g, work: str, lo: int, start: int) -> Optional[int]:
    """Where "và (ý kiến) chỉ đạo của <body> tại" (:attr:`Grammar.direction_at`) begins when it ends right before
    ``start`` (after ``lo``), or None."""
    a = start - _DIRECTION_REACH if start - _DIRECTION_REACH > lo else lo
    near, folded = work[a:start], folded_text(work)[a:start]  # (fold(near))
    if "tai" not in folded or ("tại" not in near and "tai" not in near.lower()):
        return None  # (a cheap test first, as written or without diacritics, each folding to "tai": most have none)
    m = g.direction_at.search(folded)
    return None if m is None else a + m.start()


def _governing_cue(sc, r: Reference, blocked, cue_rel, own, prev_top, prev_end) -> tuple[str, Optional[str]]:
    """The relation and cue of a reference no list or parenthesis decides: the last cue of its clause, else the own
    title's, the previous item's after ";", the cue of the line that introduces its list, or of the clause before the
    ";" the reference opens a clause after; "cites" when none applies."""
    work, s, g = sc.work, sc.s, sc.g
    lo = _clause_start(work, r.start)
    near = work[r.start - 30 if r.start - 30 > lo else lo : r.start]
    if _cited_outright(sc, near, r.start, blocked):
        return "cites", None
    if lo and work[lo - 1] == "\n":  # (a blank line before the clause: a paragraph ending with its cue goes on)
        lo = _over_a_break(s, work, g, lo, r.start)
    rel, cue = _last_trigger(s, work, g, lo, r.start, blocked, cue_rel)
    if rel in _REPORTABLE and _change_reported(sc, r, rel, cue, lo):
        rel, cue = "cites", None
    if rel != "reviews" and (met := _targets_met(g, work, lo, r.start)) is not None:
        rel, cue = "reviews", met
    elif (rel is None or work.endswith(g.core_ends, lo, r.start)) and (core := _core_passed_on(sc, rel, lo, r)):
        # (where a cue governs it, the core content heads a list's next item, its word and a space right before: a
        # cheap test, grammar core_ends)
        rel, cue = "implements", core
    elif (
        rel is None
        and work.find(" mà ", r.start - 10 if r.start - 10 > lo else lo, r.start) >= 0
        and ((aim := _targets_set(g, work, lo, r.start)) is not None)
    ):
        rel, cue = "implements", aim
    elif rel is None and (life := _into_life(g, work, lo, r)) is not None:
        rel, cue = "implements", life
    elif rel is None and work.find("là", r.start - 40 if r.start - 40 > lo else lo, r.start) >= 0:
        rel, cue = _example_of_a_plural(sc, lo, r.start, blocked, cue_rel)
    if rel == "continues":
        rel = relation_of_cue(cue, sc.doc_type, sc.lex)
    elif rel is None and own is not None:  # the cue is in the own title's subject, blocked for others
        rel, cue = own
    elif rel is None and prev_end is not None and _semicolon_item(g, work, prev_top, prev_end, r.start):
        rel, cue = prev_top.relation, prev_top.trigger  # the next item of a list after ";"
    elif rel is None and prev_top is not None and prev_top.relation == "reviews" and _next_span_reviewed(g, work, lo, r.start):
        rel, cue = "reviews", prev_top.trigger
    elif rel is None and (colon := _list_intro(work, r.start)) is not None:
        # (the cue of the sentence that introduces a list governs it however long its objects before the colon:
        # "… đã được phổ biến, quán triệt những vấn đề cốt lõi về … và các văn bản hướng dẫn của …: Hướng dẫn …"; the
        # colon may end an item's lead after ";": "…; các văn bản: số 4011/UBND-VX2 …", :func:`_after_semicolon`)
        rel, cue = _intro_cue(sc, colon, blocked, cue_rel)
    elif rel is None:
        rel, cue = _cue_further_back(sc, lo, r.start, blocked, cue_rel)
    if rel is None and r.doc_type in sc.lex.words("charter_type") and (kept := _charter_kept(g, work, lo, r.start)):
        rel, cue = "implements", kept
    if rel in _CARRIED and (_drafted(sc, r) or _titled_in_a_basis(sc, cue, r.start)):
        return "cites", None
    if rel in _CARRIED and rel != "basis" and _subject_of_a_predicate(g, work, r, lo):
        return "cites", None
    if rel in ("implements", "continues") and cue[:1].isupper() and _reports_a_dated_act(sc, r, cue):
        return "cites", None
    if rel in _QUOTABLE and (q := work.rfind("“", r.start - _QUOTE_REACH if r.start > _QUOTE_REACH else 0, r.start)) >= 0:
        return ("cites", None) if _cue_quoted(sc.g, sc.lex, work, q, r.start, cue) else (rel, cue)  # (most have no quotation)
    if rel is None and _basis_line(g, work, r.start):
        return "basis", None
    if rel == "basis":
        return _basis_or_ground(sc, r, cue, lo)
    return rel or "cites", cue


def _basis_or_ground(sc, r: Reference, cue: str, lo: int) -> tuple[str, Optional[str]]:
    """The relation a basis cue gives ``r`` (from its clause's start ``lo``): a ground cue's (:func:`_on_the_ground`);
    cited in a narrative (:func:`_in_a_narrative`); else the basis."""
    if _cue_key(cue) in _ground_cues(sc.lex):
        return _on_the_ground(sc.work, r, cue, lo)
    return ("cites", None) if _in_a_narrative(sc.g, sc.work, r, cue) else ("basis", cue)


def _ground_cues(lex: Lexicon) -> frozenset:
    """The basis cues no label reads as a basis (vocabulary ``ground_cue``: "trên cơ sở"), folded."""
    return lex.cached("ground_cues", _ground_cues_of, lex)  # (a builder and its argument: no closure made a call)


def _ground_cues_of(lex: Lexicon) -> frozenset:
    """:func:`_ground_cues`, made once a lexicon."""
    return frozenset(map(_cue_key, lex.words("ground_cue")))


_GROUND_OPENS = " \t*_-+•"  # what may stand before a ground cue that opens its sentence, on its line
_GROUND_OBJECT = ' \t*_"“«'  # what may stand between the ground cue and the reference that is its own object


def _on_the_ground(work: str, r: Reference, cue: str, lo: int) -> tuple[str, Optional[str]]:
    """The relation "trên cơ sở" (vocabulary ``ground_cue``) gives ``r``: no label on dev pages reads it as a basis (0
    of 30 references after it). Where ``r`` is the cue's own object, the cue opening its sentence and the sentence going
    on after a comma with what a body did by it, the body carried ``r`` out: ``implements`` (agreement DECISIONS D12,
    "Trên cơ sở Đề án … đã chỉ đạo, triển khai"; "Trên cơ sở Đề án "Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2017 - 2025
    được Chính phủ phê duyệt, Ban Thường vụ Hội LHPN tỉnh đã chỉ đạo, triển khai …", corpus-real-12/hlhpn-yenbai-
    phongvan-dean939-2025.txt; "Trên cơ sở Chỉ thị số 30/CT-TW, Chính phủ đã thể chế hoá bằng các Nghị định: …",
    corpus-real-39/excerpt-123docz-su-ra-doi-quy-che-dan-chu-co-so-ct30-nd29.txt; "Trên cơ sở hướng dẫn của Ban Tuyên
    giáo Tỉnh ủy (tại 2250-CV/BTGTU, …), Đảng ủy Ban Quản lý Khu kinh tế tỉnh đề nghị …", corpus-real-33/news-kkt-kontum-
    tuyen-truyen-nhiem-vu-trong-tam-thang-03-2024.txt: all labelled implements). Otherwise cited: "trên cơ sở tuân thủ
    các quy định của Hiến pháp năm 2013" (corpus-real-36/nq-04-nqcp-2022-phan-cap-phan-quyen-trogiupluat.txt), "Trên
    cơ sở xem xét Tờ trình số 2835/TTr-UBND" (corpus-real-51/doc-hethongphapluat-nq22-2011-nq-hdnd-quangngai-nguon-
    nhan-luc-2011.txt), "Trên cơ sở quy định của Đảng và Luật cán bộ, công chức, Chính phủ đã ban hành …" (corpus-
    real-15/xaydungdang-nq26-tw-phapluat-cbcc-nd56-nd88.txt: the cue's object a phrase the reference ends), all
    labelled cites, as the document an opinion is written in ("trên cơ sở kết luận của Thường trực Tỉnh ủy tại Thông báo
    số 1057-TB/TU …", corpus-real-42/doc-hethongphapluat-kh1088-kh-ubnd-quangngai-chien-luoc-dan-toc-2015.txt: all 16
    such rows on dev pages)."""
    c = work.rfind(cue, lo, r.start)
    if c < 0 or work[c + len(cue) : r.start].strip(_GROUND_OBJECT):
        return "cites", None
    lead = work[line_start(work, c) : c].strip(_GROUND_OPENS)
    if lead and lead[-1] not in ".:!?":
        return "cites", None
    end = sentence_end(work, r.end, _ARGUED_REACH)
    k = work.find(",", r.end, end)
    while k >= 0 and not _opens_a_clause(work, k + 1, end - 1):  # (past the commas of its date or subject)
        k = work.find(",", k + 1, end)
    return ("implements", cue) if k >= 0 else ("cites", None)


def _example_of_plural(lex: Lexicon) -> re.Pattern:
    """The words that name one of the documents a cue governs in the plural, ending the text before it (folded): "nhất
    là", "đặc biệt là", "trong đó trọng tâm là 2 Nghị quyết:" (a qualifier of vocabulary ``core_qualifier`` of ``lex``
    after "trong đó")."""
    qualifiers = folded_alternation(lex.words("core_qualifier"), r"[ \t]+")
    return re.compile(
        rf"(?<![a-z])(?:nhat|dac[ \t]+biet|trong[ \t]+do(?:[ \t]+(?:{qualifiers}))?)[ \t]+la"
        r"(?:[ \t]+[0-9]{1,2}[ \t]+[a-z]+(?:[ \t]+[a-z]+)?)?[\s:*_\"“]*$"
    )


_EXAMPLE_CUE_DISTANCE = 170  # how far before the example's words the cue governing the plural may end
_CARRIED_PLURAL = ("implements", "continues")  # the cues whose plural object an example names


def _example_of_a_plural(sc, lo: int, start: int, blocked, cue_rel) -> tuple[Optional[str], Optional[str]]:
    """The relation and cue of a carrying cue whose object, documents named by their kind in the plural ("các chủ
    trương …", "các chỉ thị, nghị quyết …"), the reference at ``start`` is one of, named after "nhất là", "đặc biệt là",
    "trong đó trọng tâm là" (:func:`_example_of_plural`), however long the plural's words: "triển khai đầy đủ, có hiệu
    quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về công tác PCCC và CNCH, nhất là Chỉ thị số 47 và
    Kết luận số 02 của Ban Bí thư; Chỉ thị số 39 của Ban Thường vụ Tỉnh ủy" (corpus-real-40/news-baobariavungtau-tong-
    ket-10-nam-ct47-pccc-2025.txt), "Mặt trận các cấp đã tổ chức quán triệt, triển khai các chỉ thị, nghị quyết của
    Trung ương, trong đó trọng tâm là 2 Nghị quyết: Nghị quyết số 43-NQ/TW …" (corpus-real-14/news-baomoi-mttq-tw-hdtv-
    vanhoa-xahoi-nq43-nq42-2024.txt): implements, as the 5 such within a cue's reach on dev pages. (None, None) when
    none is."""
    work = sc.work
    a = start - 60 if start - 60 > lo else lo
    m = sc.lex.cached("relate.example_of_plural", _example_of_plural, sc.lex).search(folded_text(work)[a:start])
    if m is None:
        return None, None
    at = a + m.start()
    if " các " not in work[(at - _EXAMPLE_CUE_DISTANCE if at - _EXAMPLE_CUE_DISTANCE > lo else lo) : at].lower():
        return None, None  # (no plural before the example's words)
    rel, cue = _last_trigger(sc.s, work, sc.g, lo, at, blocked, cue_rel, _EXAMPLE_CUE_DISTANCE)
    return (rel, cue) if rel in _CARRIED_PLURAL else (None, None)


#: what may open the line before a change the text makes itself: an item's mark or an article's number ("Điều 1.")
_ENACTING_LEAD = re.compile(
    r"[ \t*_#+•–-]*(?:(?:Điều|điều|ĐIỀU)[ \t]+[0-9]{1,3}[a-zđ]?[ \t]*[.:][ \t]*|[0-9]{1,2}[.)][ \t]*|[a-zđ]\)[ \t]*)?$"
)


def _reported_change(sc, r: Reference, cue: str, lo: int) -> bool:
    """Is the change cue ``cue`` before ``r`` (in its clause, from ``lo``) a change the page reports, not one it makes?
    The page has no document of its own (no letterhead's type, nothing it calls its own: "self", "Nghị quyết này"),
    and the change is written inside a sentence, neither opening its line as an enacting item does ("Sửa đổi, bổ sung
    Điều 3 Quy định số 11-QĐi/TW …", "KẾ HOẠCH\nSửa đổi, bổ sung …") nor announcing its items ("… sửa đổi, bổ sung một
    số nội dung của Kế hoạch số 98/KH-UBND như sau:"). A news item reports another body's change and amends nothing:
    "Văn phòng T.Ư Đảng có thông báo kết luận phiên họp Bộ Chính trị, Ban Bí thư ngày 29.8 về sửa đổi, bổ sung các Quy
    định số 89-QĐ/TW ngày 4.8.2017 …" (corpus-real-41/news-thanhnien-sua-quy-dinh-89-214-124-tieu-chuan-chuc-danh-….txt),
    "các đại biểu đã thống nhất biểu quyết thông qua 7 nghị quyết trên các lĩnh vực: Sửa đổi, bổ sung Nghị quyết số
    21/2013/NQ-HĐND …" (corpus-real-31/tin-hdnd-baclieu-ky-hop-thu-11-thong-qua-7-nghi-quyet-2019.txt), "Đồng thời sửa
    đổi, bổ sung Luật Nhập cảnh …" (corpus-real-38/news-vovworld-chinh-phu-ctrhd-nq08-du-lich.txt): cites, 10 of 10
    such rows on dev pages (dev30, dev31, dev38, dev41), none labelled amends."""
    if sc.doc_type is not None or any(f.ref.relation == "self" or f.ref.kind == "this" for f in sc.found):
        return False
    work = sc.work
    a = work.rfind(cue.split(" ", 1)[0], lo, r.start)
    if a < 0 or _ENACTING_LEAD.match(work, line_start(work, a), a) is not None:
        return False
    return "như sau" not in work[r.end : sentence_end(work, r.end, 400)]


_REPORTABLE = ("amends", "replaces")  # the changes a page with no document of its own may report, not make


def _change_reported(sc, r: Reference, rel: str, cue: str, lo: int) -> bool:
    """Is the change ``rel`` (cue ``cue``, clause from ``lo``) before ``r`` one the page reports: an amendment written in
    a sentence (:func:`_reported_change`), or a replacement a news item relays (:func:`_relayed_replacement`)?"""
    return _reported_change(sc, r, cue, lo) if rel == "amends" else _relayed_replacement(sc, r, cue)


#: how far before a replacing cue, on its line, the words that the document takes effect may begin: a parenthesis of
#: exceptions may stand between ("có hiệu lực thi hành từ ngày 01/7/2024, (trừ quy định về “Thẻ căn cước công dân …”.
#: …) và thay thế", 413 characters, corpus-real-62/news-huyendakglei-kontum-gioi-thieu-luat-can-cuoc-2024.txt)
_IN_FORCE_REACH = 500
_REPORTED_REACH = 800  # how far before the cue the document the page reports issued or passed may be named


def _relayed_replacement(sc, r: Reference, cue: str) -> bool:
    """Is the replacing cue before ``r`` the replacement a news item relays: the page has no type of its own, the cue's
    line says before it that a document takes effect (vocabulary ``in_force``: "có hiệu lực"), and the page names before
    it a document it reports another body issued or passed (:func:`_reported_as_anothers`)? The replaced document is
    cited: "UBND tỉnh vừa ban hành Quyết định số 10/2019/QĐ-UBND quy định hệ số điều chỉnh giá đất trên địa bàn tỉnh năm
    2019. Quyết định có hiệu lực kể từ ngày 26/6/2019 và thay thế Quyết định số 43/2017/QĐ-UBND ngày 22/12/2017 của UBND
    tỉnh." (corpus-real-58/doc-bariavungtau-tin-qd10-2019-qd-ubnd-he-so-dieu-chinh-gia-dat.txt), "Ngày 11/6/2018, Ủy ban
    nhân dân tỉnh Thái Nguyên đã Ban hành Quyết định số 11/2018/QĐ-UBND … Quyết định này có hiệu lực thi hành từ ngày
    01/7/2018 và thay thế Quyết định số 36/2015/QĐ-UBND …" (corpus-real-61/doc-bandantoc-thainguyen-tin-qd11-2018-qd-
    ubnd-thi-dua-khen-thuong.txt), "Luật Căn cước được Quốc hội … thông qua …; có hiệu lực thi hành từ ngày 01/7/2024,
    (…) và thay thế Luật Căn cước công dân năm 2014" (corpus-real-62/news-huyendakglei-kontum-gioi-thieu-luat-can-cuoc-
    2024.txt): each labelled ``cites``. The page that is the law's own ("Luật này có hiệu lực từ ngày 01/7/2016 và thay
    thế Pháp lệnh thú y năm 2004", corpus-real-57/doc-vietjack-luat-thu-y-79-2015-qh13-chuong-ii.txt, labelled
    ``replaces``) reports no body's act; a decision's own article ("Điều 2. Quyết định này có hiệu lực … và thay thế
    …") stands on a page of its own type."""
    if sc.doc_type is not None:
        return False
    work = sc.work
    a = work.rfind(cue, r.start - 120 if r.start > 120 else 0, r.start)
    if a < 0:
        return False
    ls = max(line_start(work, a), a - _IN_FORCE_REACH)
    folded = folded_text(work)
    if not any(folded.find(w, ls, a) >= 0 for w in sc.lex.folded_words("in_force")):
        return False
    return _reported_as_anothers(sc, a - _REPORTED_REACH if a > _REPORTED_REACH else 0, a)


def _reported_as_anothers(sc, lo: int, hi: int) -> bool:
    """Does a reference between ``lo`` and ``hi`` name a document the page reports another body issued (its act
    reported, :attr:`Flag.REPORTED_ACT`: "UBND tỉnh vừa ban hành Quyết định số 10/2019/QĐ-UBND") or passed (its issuer
    read after a passive, :attr:`Grammar.passive_ends`: "Luật Căn cước được Quốc hội … thông qua")?"""
    work, g = sc.work, sc.g
    for f in sc.found:
        q = f.ref
        if q.start >= hi:
            break
        if q.start < lo or q.nested_in is not None:
            continue
        if q.has(Flag.REPORTED_ACT):
            return True
        span = q.issuer_span
        if span is not None and span[0] > q.start and fold(work[q.start : span[0]]).rstrip().endswith(g.passive_ends):
            return True
    return False


def _next_span_reviewed(g, work: str, lo: int, start: int) -> bool:
    """Is the clause from ``lo`` (right after ";") to the reference at ``start`` only a span of years and the carrying out,
    the next item of the review before the ";"? "Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị quyết số
    25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng; 05 năm thực hiện Kết luận số 43-KL/TW …" (corpus-real-41/
    news-vanninh-khanhhoa-tong-ket-10-nam-nq25-kl43-dan-van-2023.txt: reviews, as after "," on dev36's "tổng kết … 30 năm
    đổi mới, 05 năm thực hiện Cương lĩnh …"); the span alone is a look back elsewhere (cites)."""
    return lo > 0 and work[lo - 1] == ";" and start - lo < 40 and g.span_lead.fullmatch(folded_text(work)[lo:start]) is not None


_QUOTABLE = ("implements", "continues", "reviews")  # the relations a cue inside a quotation does not give
_QUOTE_REACH = 250  # how far before a reference the quotation its cue is in may open


def _cue_quoted(g, lex, work: str, q: int, start: int, cue: str) -> bool:
    """Is the cue that governs the reference at ``start`` inside the quotation opened at ``q`` (the last before it) and
    still open there, of another's words, a document's title or a meeting's theme? The page does not act on the document
    they name: a quotation after ":" ("Nghị quyết số 15-NQ/TW … đã khẳng định: “Ðẩy mạnh việc triển khai thực hiện
    Chương trình Mục tiêu Quốc gia về giảm nghèo …", corpus-real-26/ethnic-tapchicongthuong-giamngheo-khmer-….txt), one
    that opens in lower case ("… yêu cầu các đơn vị … “tổ chức triển khai thực hiện hiệu quả … gửi báo cáo kết quả thực
    hiện Kế hoạch”", corpus-real-26/thads-tongcuc-…), a title after its type word ("ban hành Hướng dẫn “Tiếp tục thực
    hiện Chỉ thị số : 917/1999/CT-QP", corpus-real-10/news-qdnd-tongthammuu-ct917-1999-2010.txt) or a theme
    (:attr:`Grammar.quoted_themes`, vocabulary ``quoted_theme``: "Với chủ đề “Đồng hành cùng tổ chức Hội để triển khai
    hiệu quả … của Nghị quyết Đại hội Phụ nữ thành phố lần thứ XI”", corpus-real-30/tin-lanh-dao-tphcm-doi-thoai-hoi-
    lhpn-2023.txt). A movement or contest named
    by its slogan carries the document out ("Phong trào thi đua “Thực hiện Nghị quyết số 10-NQ/TU …",
    corpus-real-7/news-ntmtuyenquang-laocai-thidua-nq10-tu-2024.txt)."""
    if work.find("”", q, start) >= 0 or work.find(cue, q, start) < 0:
        return False
    before = work[(q - 30 if q > 30 else 0) : q].rstrip(" \t*_")
    if before.endswith(":") or work[q + 1 : q + 2].islower():
        return True
    words = before.split()
    if any(lex.type_by_name(" ".join(words[-n:])) is not None for n in (1, 2, 3) if len(words) >= n):
        return True
    return fold(before).endswith(g.quoted_themes)


_ARGUED_REACH = 250  # how far after a basis's object the clause of a narrative (Grammar.basis_argued) is looked for


def _in_a_narrative(g, work: str, r: Reference, cue: str) -> bool:
    """Is the basis cue of ``r`` a narrative's, its clause going on after ``r``: "Căn cứ theo Quyết định 2156/QĐ-TTg …
    thì …" (the premise of an argument), "Căn cứ vào kế hoạch của Ủy ban nhân dân huyện, các ngành, xã đã …" (what others
    did by it; the narrative's cue ``cue`` may stand before a phrase the reference ends: "Trên cơ sở quy định của Đảng và
    Luật cán bộ, công chức, Chính phủ đã ban hành …", corpus-real-15/xaydungdang-nq26-tw-phapluat-cbcc-nd56-nd88.txt)?
    Then ``r`` is cited, no basis of the page (:meth:`Grammar._narrative_basis`)."""
    hi = r.end + _ARGUED_REACH
    if not any(work.find(w, r.end, hi) >= 0 for w in g.narrative_words):
        return False  # (a cheap literal test first: a preamble's basis has none of the words after it)
    end = sentence_end(work, r.end, _ARGUED_REACH, clause=True)
    if g.basis_argued.search(work, r.end, end):
        return True
    return g.basis_narrated.search(work, r.end, end) is not None and bool(
        g.narrative_basis.search(folded_text(work)[r.start - 16 if r.start > 16 else 0 : r.start])
        or g.narrative_basis.search(fold(cue) + " ")
    )


_CLIPPED_HEAD = 6  # the most characters before a reference on a preamble line whose head the page clipped ("ố ", "n cứ ")
_MAX_PREAMBLE_LINES = 30  # the lines looked over from a basis line to the next "Căn cứ" line or the enacting line


def _basis_line(g, work: str, start: int) -> bool:
    """Is the reference at ``start`` the head of a line of a legal preamble whose cue the page lost? Its line holds no
    more than a clipped word or two before it and ends with ";", and the lines after it, each ending with ";", lead to a
    "Căn cứ" line or to the enacting line ("QUYẾT ĐỊNH:"): "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\nính quyền địa phương ngày 19
    tháng 6 năm 2015;\nLuật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nố 09/2019/NĐ-CP ngày 24 tháng
    01 năm 2019 của Chính phủ …;\nQUYẾT ĐỊNH:" (corpus-real-2/qd-41-2019-qd-ubnd-quangtri-truncated.txt), "n cứ Luật Tổ
    chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Nghị định số 63/2010/NĐ-CP …" (corpus-real-4/qd-2895-
    qd-ubnd-bentre-tthc-tnmt-2017.txt): each is a basis. The line before ends an item (";") or is the authority's line (in
    capitals); not a "Xét đề nghị …" line (:attr:`Grammar.not_an_item`)."""
    ls = line_start(work, start)
    if start - ls > _CLIPPED_HEAD or g.not_an_item.search(folded_text(work)[ls:start]):
        return False
    before = work[(ls - 300 if ls > 300 else 0) : ls].rstrip(" \t\n*_")
    last = before[line_start(before, len(before)) :].strip(" \t*_")
    if not (last.endswith(";") or (last.isupper() and not last.endswith(":"))):
        return False  # (a title wrapped onto the line: "… quy định chi tiết và hướng dẫn thi hành\nLuật nhà ở;")
    end = line_end(work, start)
    for _ in range(_MAX_PREAMBLE_LINES):
        if end == len(work) or not _ends_with_semicolon(work, end):
            return False
        nxt = end + 1
        while nxt < len(work) and work[nxt] in " \t\n*_-+•":
            nxt += 1
        end = line_end(work, nxt)
        line = work[nxt:end].strip(" \t*_")
        if opens_preamble_item(g, line) or (line.endswith(":") and line.isupper() and len(line.split()) <= 3):
            return True
    return False


def _ends_with_semicolon(work: str, end: int) -> bool:
    """Does ``work[:end]`` end with ";", blanks and marks (" \t*_") after it? (No copy of the text before ``end``.)"""
    while end > 0 and work[end - 1] in " \t*_":
        end -= 1
    return end > 0 and work[end - 1] == ";"


def _reports_a_dated_act(sc, r: Reference, cue: str) -> bool:
    """Does the cue (opening its sentence) say why another body acted at the time that opens the main clause after
    ``r`` (:func:`_before_a_dated_act`), a cue that makes another document out of ``r``: "Cụ thể hóa nghị quyết Đại hội
    XII, ngày 16-1-2017, Bộ Chính trị ban hành Nghị quyết số 08-NQ/TW" (corpus-real-17/central-lyluanchinhtri-brvt-
    dulich-nq-08-nq-tw-2018.txt, labelled cites)? Not a carry cue (vocabulary ``carry_cue``, its last words): DECISIONS
    D31 (OWNERS-READINGS A24, the owners' "Thực hiện X, (ngày D,) <body> <act>" → X implements, news-baokontum,
    news-kimbang, quan3, news-gialai, danguy-naem) reads the act reported as the carrying out of X: "Thực hiện Nghị
    quyết của Bộ Chính trị, ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định số 100/TTg" (corpus-real-9/bdbp-
    truyenthong-nq58-1958-nd100-ttg.txt), "Thực hiện Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX (tháng 11 năm 1996), về
    việc tái lập tỉnh, từ tháng 1 năm 1997 tỉnh Hà Bắc được tách …" (corpus-real-10/tinhdoan-bacninh-lichsu-1997-
    2015.txt), "Triển khai thực hiện Kết luận số 16-KL/TW, ngày 06-8-2012, Thủ tướng Chính phủ ban hành Chỉ thị số 21"
    (corpus-real-39/article-vietnamhoinhap-thong-tin-doi-ngoai-kl16-ct21-ttg.txt): the three labelled implements."""
    return not _cue_key(cue).endswith(_carry_cues(sc.lex)) and _before_a_dated_act(sc.g, sc.work, r)


def _carry_cues(lex: Lexicon) -> tuple[str, ...]:
    """The carry cues of DECISIONS D31 (vocabulary ``carry_cue``), folded, the longest first."""
    return lex.cached("carry_cues", _carry_cues_of, lex)  # (a builder and its argument: no closure made a call)


def _carry_cues_of(lex: Lexicon) -> tuple[str, ...]:
    """:func:`_carry_cues`, made once a lexicon."""
    return tuple(sorted(map(_cue_key, lex.words("carry_cue")), key=len, reverse=True))


def _before_a_dated_act(g, work: str, r: Reference) -> bool:
    """Does a time open the main clause after ``r`` (and its subject)? "Cụ thể hóa nghị quyết Đại hội XII, ngày
    16-1-2017, Bộ Chính trị ban hành …" (:func:`_reports_a_dated_act`). (:attr:`Grammar.dated_act`; not a date of the
    reference itself: it is followed by "của".) Not an event the clause holds (:attr:`Grammar.dated_event`): the page
    reports the carrying out, "Thực hiện Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2022, ngày 24/6,
    Ban Thường vụ Huyện đoàn đã tổ chức hội nghị sơ kết" (corpus-real-19/youth-myloc-namdinh-huyendoan-soket-ctr-cong-
    tac-doan-2022.txt: implements)."""
    e = max(r.end, r.subject_span[1] if r.subject_span else 0)
    m = g.dated_act.match(work, e)
    return m is not None and g.dated_event.match(folded_text(work)[m.end() : m.end() + 200]) is None


def _charter_kept(g, work: str, lo: int, start: int) -> Optional[str]:
    """The "theo …" before a charter (:attr:`Grammar.kept_to`: "theo Điều 30", "theo quy định của", "theo nguyên tắc",
    "theo quy định tại Khoản 2 Điều 21") an act of the clause keeps to, or None: what a party body does under its charter
    carries it out ("cấp ủy các cấp đã tiến hành kiểm tra theo Điều 30 Điều lệ Đảng", corpus-real-7/tu-daknong-giaoban-
    quy3-nq18-nq19-2018.txt; "Duy trì sinh hoạt Đảng theo quy định của Điều lệ Đảng", corpus-real-15/dangbo-bv-yhct-tw-
    daihoi-chibo-2022.txt; "đảm bảo chặt chẽ các quy trình theo nguyên tắc Điều lệ Đảng", corpus-real-16/chibo-17-
    quangphu-thoxuan-daihoi-diem-kh33-du-2022.txt: implements). A clause that opens on it states the charter's rule:
    "Theo quy định tại Khoản 2 Điều 21 Điều lệ Đảng Cộng sản Việt Nam 2011 có quy định về điều kiện …"
    (corpus-real-11/dvdn247-dieukien-thanhlap-chibo-qd29.txt: cites)."""
    a = start - 60 if start - 60 > lo else lo
    m = g.kept_to.search(folded_text(work)[a:start])
    if m is None or not any(c.isalpha() for c in work[lo : a + m.start()]):
        return None
    return " ".join(work[a + m.start() : start].split())


def _cited_outright(sc, near: str, start: int, blocked) -> bool:
    """Is the reference at ``start`` cited whatever cue comes before it, ``near`` the text right before it? The object
    of hearing, passing or signing it: "… tổ chức sơ kết 5 năm thực hiện Chỉ thị 21-CT/TW của Ban Bí thư (khoá XII), ký
    kết chương trình phối hợp hoạt động …" (corpus-real-7/hlhpn-hungha-thaibinh-sk-ct21-2023.txt); of issuing it
    (:func:`_issued`); the subject of a clause of time (:func:`_when_clause`); or a document's situation section looks
    back (:func:`_in_situation`)."""
    return (
        ends_with_object_verb(sc.g, sc.lex, near)
        or _issued(near)
        or _when_clause(near)
        or _in_situation(sc.g, sc.work, start, blocked)
    )


def _when_clause(near: str) -> bool:
    """Does ``near`` (the text before a reference) end with "khi" ("từ khi", "kể từ khi", "sau khi", "trước khi")? The
    reference is the subject of a clause of time, not the object of a cue before it: "kết quả giám sát “Việc thực hiện
    chính sách, pháp luật về bảo vệ môi trường kể từ khi Luật Bảo vệ môi trường năm 2020 có hiệu lực thi hành”"
    (corpus-real-36/news-phs-quoc-hoi-giam-sat-luat-bao-ve-moi-truong-2020.txt), "… cần có một kế hoạch, một chương
    trình tổng thể về công tác phổ biến, giáo dục pháp luật …, nhất là từ khi Hiến pháp năm 1992 được thông qua"
    (corpus-real-40/news-tcdcpl-su-can-thiet-ban-hanh-ct32-pbgdpl.txt): cited, as the 6 references right after "khi"
    on dev pages."""
    tail = near.rstrip(' \t*_"“')
    return tail[-3:].lower() == "khi" and (len(tail) == 3 or not tail[-4].isalnum())


#: the issuing verb ending the folded text before a reference: what is issued is its object
_ISSUED = re.compile(rf"(?<![a-z]){ISSUING_FOLDED}[\s*_:,]*$")


def _issued(near: str) -> bool:
    """Does ``near`` (the text before a reference) end with the issuing verb? What is issued is that verb's object, cited,
    not the object of a cue before it: "Để thực hiện Nghị quyết, Ban Chấp hành Trung ương Đoàn đã tổ chức các hội nghị
    học tập, quán triệt, đồng thời ban hành Chương trình hành động số 56 vào năm 2008" (corpus-real-14/news-
    truyenhinhthanhnien-twdoan-gopy-baocao-15nam-nq25-2023.txt). The citing document's own ("Ủy ban nhân dân tỉnh ban
    hành Kế hoạch …") is self before relations are set; what a plan issued carries out is named after it ("ban hành Kế
    hoạch thực hiện Kết luận số 52-KL/TW": vocabulary ``trigger``)."""
    tail = near.rstrip(" \t\n*_:,")[-4:].lower()
    return tail in ("hành", "hanh", "theo") and _ISSUED.search(fold(near)) is not None


#: the next numbered heading ends a situation section
_NEXT_HEADING = re.compile(r"^[ \t*_#]*[IVX]{1,4}[ \t]*[.\-]", re.M)


def _situations(g, work: str) -> tuple[tuple[int, int], ...]:
    """The situation sections of the text (:attr:`Grammar.situation_heading`: "I. ĐÁNH GIÁ TÌNH HÌNH", "I- TÌNH HÌNH",
    "I. TÌNH HÌNH VÀ NGUYÊN NHÂN", not a report's "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN": what the reporting unit did; to the next
    heading), in text order. (Once per text, kept by :class:`_Blocked`: the heading is looked for only on the lines
    :attr:`Grammar.situation_line` finds, where its word is written.)"""
    for w in g.situation_word:  # (a loop, not any() over a generator: every text asks)
        if w in work:
            break
    else:
        return ()
    out = []
    for m in g.situation_line.finditer(work):
        if g.situation_heading.match(fold(m.group())):
            nxt = _NEXT_HEADING.search(work, m.end())
            out.append((m.end(), nxt.start() if nxt else len(work)))
    return tuple(out)


def _in_situation(g, work: str, start: int, blocked: _Blocked) -> bool:
    """Is ``start`` in a situation section, where what was done is looked back on ("I. ĐÁNH GIÁ TÌNH HÌNH\n… Thực hiện
    quyết liệt Đề án di dời dân cư, giải phóng mặt bằng khu vực I di tích Kinh thành Huế", corpus-real-2/kl-445-tu-
    thuathienhue-2022-ocr.txt; "I. TÌNH HÌNH VÀ NGUYÊN NHÂN\nTrong những năm qua, thực hiện Chỉ thị số 30-CT/TW",
    corpus-real-8/ubnd-xa-baisay-hungyen-tt-nq49-tu-dcco-so-2024.txt): cited, not carried out by the citing document.
    (The sections found once per text and kept by ``blocked``, the pass's state: was an lru_cache keyed by the two
    patterns, whose hash reads their compiled code at every call, 1.6 µs a call.)"""
    if (sections := blocked.situations) is None:
        sections = blocked.situations = _situations(g, work)
    for a, b in sections:
        if a <= start < b:
            return True
    return False  # (a loop, not any() over a generator: 349 calls a dense pass)


#: the relations a report or a submission cannot have (vocabulary ``account_type``): it states what was done or is
#: proposed; a cue before it governs those contents, named before it, not the report: "… mục tiêu, nhiệm vụ, giải pháp
#: thực hiện nhiệm kỳ 2020 - 2025 nêu trong Báo cáo Chính trị của Ban Chấp hành Đảng bộ tỉnh khóa X trình Đại hội"
#: (corpus-real/nq-daihoi-xi-tiengiang-2020.txt), "… đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội …
#: năm 2022 tại Báo cáo số 243/BC-UBND" (corpus-real-12/nq-38-nq-hdnd-haugiang-kehoach-ktxh-2023.txt): cited; so is a
#: report listed after a document a cue governs, given the list's relation ("Báo cáo tổng kết thực hiện Nghị quyết
#: Trung ương khóa XI …; Báo cáo kiểm điểm sự lãnh đạo …", corpus-real-24/army-baophuyen-dangu-bdbp-bao-cao-hoinghi-
#: tw-13-khoa-xi.txt). :func:`assign_relations` turns them back to cites, whichever path gave them.
_CARRIED_OR_REVIEWED = ("implements", "continues", "reviews")

#: the relations a draft cannot have: it is neither carried out nor a basis before it is passed
_CARRIED = ("implements", "basis", "continues")


def _titled_in_a_basis(sc, cue: Optional[str], start: int) -> bool:
    """Is ``cue`` (vocabulary ``basis_title_cue``: "thi hành") a word of the title of the document a legal preamble's
    item grounds on, the reference at ``start`` named in that title: its line opens with "Căn cứ" and holds no ";"
    before it? The cited decree details the law, the citing document does not carry it out: "Căn cứ Nghị định số
    /2021/NĐ-CP ngày tháng năm 2021 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Cư trú;"
    (corpus-real-24/police-nhaxinhplaza-duthao-thongtu-bca-tangthu-hoso-cutru-2021.txt: a draft's decree, no number
    yet), "Căn cứ Quyết định số 26/2020/QĐ-TTg ngày 14 ngày 9 năm 2020 của Thủ tướng Chính phủ Quy định chi tiết thi
    hành một số điều của Nghị quyết số 973/2020/UBTVQH14 …" (corpus-real-42/doc-hethongphapluat-nq10-2020-nq-hdnd-
    tuyenquang-von-dau-tu-cong.txt: the garbled date cuts the decision's title): both cited, as the 43 laws whose
    decree's title vanban reads (OPEN-QUESTIONS A28: 45 of 45 such laws labelled cites)."""
    # (the cue's fold remembered, fold_word: a text's cues are a few phrases written again and again, "Thực hiện")
    if not cue or fold_word(cue) not in sc.lex.folded_words("basis_title_cue"):
        return False
    ls = line_start(sc.work, start)
    if sc.work.find(";", ls, start) >= 0:
        return False  # ("Căn cứ Điều lệ Hội LHTN Việt Nam; thực hiện Kế hoạch số 49- KH/TƯH": a clause of its own)
    return opens_preamble_item(sc.g, sc.work[ls:start].lstrip(" \t*_-+•"))


def _drafted(sc, r: Reference) -> bool:
    """Is ``r`` named as a draft, "dự thảo" before it, or a bill ("dự án" before a law; vocabulary ``draft_word`` and
    ``law_type``)? "kịp thời định hướng tuyên truyền về Dự án Luật Đơn vị hành chính - kinh tế đặc biệt" (corpus-real-7/
    tu-daknong-giaoban-quy3-nq18-nq19-2018.txt), "Bộ Nội vụ đã tham mưu Chính phủ trình Quốc hội dự án Luật Thực hiện
    dân chủ ở cơ sở năm 2022" (corpus-real-8/news-pbgdpl-luat-thdc-coso-2022.txt): a draft is cited, not carried out.
    The draft word may open the reference itself, a bill read by its type word "Dự án" with the law's name after it (the
    bill's name keeps it, corpus-real-7 rule 8: "tuyên truyền về Dự án Luật Đơn vị hành chính - kinh tế đặc biệt")."""
    if _named_as_a_bill(sc, r):
        return True
    near = sc.work[r.start - 12 if r.start > 12 else 0 : r.start].rstrip(" \t")
    if not near.endswith(sc.g.draft_ends):
        return False  # (most references have no draft word right before them: a cheap test first)
    m = sc.g.draft_before.search(fold(near) + " ")  # (fold lower-cases)
    return m is not None and (m.group("any") is not None or r.doc_type in sc.g.law_types)


def _named_as_a_bill(sc, r: Reference) -> bool:
    """Does ``r``'s own text open with a draft word before a type of legislation ("Dự án Luật …", "Dự thảo Luật …":
    vocabulary ``draft_word``, ``law_type``), the draft word read as its type word?"""
    if fold_word(r.text[:3]) != "du ":
        return False  # (a cheap test first: "dự …", as written or without diacritics)
    head = r.text[:24]
    for t in sc.g.law_types:
        i = head.find(" " + t + " ")
        if i > 0 and (m := sc.g.draft_before.search(fold(head[: i + 1]))) is not None and m.start() == 0:
            return True
    return False


def _cue_before_semicolon(sc, lo: int, start: int, blocked, cue_rel) -> tuple[Optional[str], Optional[str]]:
    """The listing relation and cue of the clause before the ";" that ends right before ``lo``, when the clause from
    ``lo`` to ``start`` is only a next item's lead (:func:`_after_semicolon`), else (None, None): the cue's first object
    is not named ("… nghiên cứu, học tập, quán triệt, triển khai thực hiện kết luận, quy định của Ban Chấp hành Trung
    ương Đảng (khóa XIII); Nghị quyết của Quân ủy Trung ương cho 100% cán bộ", corpus-real-2/dqs-ninhthuan-kl21-nq847-
    2022.txt), or the item names the kind of its documents first ("… học tập, quán triệt, triển khai thực hiện các nghị
    quyết, quyết định của Bộ Chính trị, Chính phủ; nghị quyết, Điều lệ HND Việt Nam, Chương trình công tác trọng tâm …",
    corpus-real-16/news-baocantho-hnd-tw-quantriet-nq46-daihoi-viii-2024.txt)."""
    semi = _after_semicolon(sc.g, sc.work, lo, start)
    if semi is None:
        return None, None
    rel, cue = _last_trigger(sc.s, sc.work, sc.g, _clause_start(sc.work, semi), semi, blocked, cue_rel)
    return (rel, cue) if rel in _LISTED else (None, None)


def _cue_further_back(sc, lo: int, start: int, blocked, cue_rel) -> tuple[Optional[str], Optional[str]]:
    """The relation and cue of a reference no nearer cue governs: the clause's before the ";" it opens
    (:func:`_cue_before_semicolon`), else a carry cue of its own clause up to :data:`_FAR_CUE_DISTANCE` characters
    before it, past the long object phrase between (the cue that governs a list's first item governs the items after
    it, :func:`_list_relation`): "tiếp tục tuyên truyền …; tuyên truyền về vai trò lãnh đạo của Đảng, thành tựu của
    đất nước, về khối đại đoàn kết toàn dân tộc gắn kết chặt chẽ với tinh thần Nghị quyết Đại hội XIII của Đảng; Chỉ
    thị số 12-CT/TW …; Kế hoạch số 60-KH/TU …" (corpus-real-40/news-baohungyen-mttq-ke-hoach-thong-tin-doi-ngoai-
    ct12-2022.txt), "Đảng ủy cơ sở Công ty đã tổ chức triển khai, quán triệt đầy đủ, sâu sắc đến cấp ủy, chi bộ và
    toàn thể đảng viên thông qua họp cấp ủy, sinh hoạt lệ chi bộ, các nội dung tại Công văn số 611-CV/TU …; Công văn
    số 1265-CV/BTCTU …, Công văn số 671-CV/ĐUK …" (corpus-real-21/enterprise-xsktdongthap-daihoi-chibo-cv-611-cv-tu-
    kh-17-2022.txt), each labelled ``implements`` (12 dev rows on 7 pages of 7 corpus sets). Not a basis cue (its
    objects stand on its own line: "Căn cứ thực trạng …⏎Xét đề nghị của Sở … tại Tờ trình số 18/TTr-KHCN", cited,
    corpus-real-43), nor a document the words between name as the source of a rule or a goal (vocabulary
    ``source_lead``: "… theo quy định tại Chỉ thị số 16/CT-TTg", "được đề ra trong … Nghị quyết 37", cited)."""
    rel, cue = _cue_before_semicolon(sc, lo, start, blocked, cue_rel)
    if rel is not None or start - lo <= _MAX_CUE_DISTANCE or sc.g.trigger.search(sc.s, lo, start - _MAX_CUE_DISTANCE) is None:
        return rel, cue  # (a cue ending within the nearer reach was the nearer call's to take or leave: a cheap test first)
    rel, cue = _last_trigger(sc.s, sc.work, sc.g, lo, start, blocked, cue_rel, _FAR_CUE_DISTANCE)
    if rel not in _FAR_CARRIED:
        return None, None
    a = start - _FAR_CUE_DISTANCE if start > _FAR_CUE_DISTANCE else 0
    source = sc.lex.cached("relate.source_lead", _source_lead, sc.lex)
    return (None, None) if source.search(folded_text(sc.work)[a:start]) else (rel, cue)


#: how far before a reference the carry cue of its clause may end when no nearer cue governs it (the nearer reach is
#: :data:`_MAX_CUE_DISTANCE`): the 12 dev rows :func:`_cue_further_back` gives ``implements`` stand 100 to 150
#: characters after their cue; at 200 it gives one more (corpus-real-6) and three labelled ``cites`` ``implements``
#: (corpus-real-8, corpus-real-42 twice), at 130 it loses one (corpus-real-13)
_FAR_CUE_DISTANCE = 150
_FAR_CARRIED = ("implements", "continues")  # the relations a cue so far back gives


def _source_lead(lex: Lexicon) -> re.Pattern:
    """The words that name a document as the source of a rule or a goal (vocabulary ``source_lead`` of ``lex``:
    "theo quy định tại", "được nêu trong"), no sentence or list boundary after them, folded."""
    leads = folded_alternation(lex.words("source_lead"), r"[ \t]+")
    return re.compile(rf"(?<![a-z])(?:{leads})[^.;:]*$")


def _after_semicolon(g, work: str, lo: int, start: int) -> Optional[int]:
    """Where the ";" ending the clause before stands when the reference opens its own clause right after it, or after
    the kind of documents the item lists (:attr:`Grammar.listed_lead`: "; các văn bản:", "; các quy định của"), or None."""
    if lo == 0 or work[lo - 1] != ";":
        return None
    lead = work[lo:start]
    if lead.strip(" \t*_") and (len(lead) > 60 or not g.listed_lead.fullmatch(fold(lead))):
        return None
    return lo - 1


def _reviewed_by_report(sc, prev: Reference, r: Reference) -> Optional[str]:
    """The cue that ends the title of a report right before ``r`` when that report reviews it: "thông qua Báo cáo sơ
    kết giữa nhiệm kỳ thực hiện Nghị quyết đại hội Đảng bộ xã lần thứ XIII" (du-xa-giomai-quangtri-sk-giuanhiemky-
    2023.txt), "Báo cáo kết quả thực hiện Nghị quyết số 12-NQ/TW" (ducatw-hoinghi-2024-nq12-nq18.txt): the report is
    presented, what it reviews is reviewed. So does the subject after a report's number or issuer ("Báo cáo số
    16/BC-SNN ngày 07/01/2025 của Sở Nông nghiệp & PTNT Kết quả thực hiện Chương trình MTQG xây dựng nông mới …",
    corpus-real-18/department-snnptnt-hanam-bc-16-bc-snn-ctmtqg-ntm-2021-2025.txt; "Thống nhất với báo cáo của Ủy ban
    nhân dân tỉnh về kết quả thực hiện Nghị quyết số 95/2019/NQ-HĐND …", corpus-real-12/nq-15-2020-nq-hdnd-travinh-
    nhiemvu-ktxh-2021.txt; corpus-real-12 NOTES rule 5). (A plan's title says what that plan does: "Kế hoạch tổng kết
    10 năm thực hiện …" cites.)"""
    work, s, g = sc.work, sc.s, sc.g  # (the caller has seen that ``prev`` is a report)
    end = r.start
    while end > prev.end and work[end - 1] in " \t\n*_":  # (a line end before the reference is a space: cue-break)
        end -= 1
    if work.count("\n", end, r.start) > 1:
        return None  # (a paragraph ends with the title)
    if end > prev.end and not (r.nested_in is prev or (prev.subject_span and prev.subject_span[1] >= end)):
        return None  # (only the report's own title, or its subject after it, runs up to the reference)
    if end < prev.end or (end == prev.end and prev.kind == "code"):
        return None
    m = last_match(g.trigger, s, (end - 40 if end - 40 > prev.start else prev.start), end)
    if m is None or m.end() != end or not _review_right_before(g, folded_text(work)[prev.start : m.start()]):
        return None
    return " ".join(work[m.start() : m.end()].split())


_CLAUSE_REACH = 300  # a clause starts at most this far before its reference


def _clause_start(work: str, start: int) -> int:
    """After the last sentence or list boundary in the 300 characters before ``start``, else 300 back.

    The end of the last boundary does not depend on where the scan begins, once it finds one: each
    alternative of _BOUNDARY is one character ("." ";" before a space, a line break before a list
    label) or a run of blanks from a line break to the run's last line break, and a scan that
    starts inside such a run ends at the same line break. So it is found backwards, from ``start``
    (:data:`_LAST_BOUNDARY`; was the 100 characters before the reference scanned forwards first, the 300
    when they held none: dense text 0.56 -> 0.32 ms a pass of its 374 calls)."""
    # (conditional expressions, not max(): Python 3.11's builtin parses its keywords at every call, ~900 instructions,
    # 2% of a pass over the ~9,000 calls the passes make; the hottest of them are written so)
    lo = start - _CLAUSE_REACH if start > _CLAUSE_REACH else 0
    bm = _LAST_BOUNDARY.match(work, lo, start)
    return bm.end() if bm else lo


_BLANK_LINE = re.compile(r"[ \t]*\n[ \t]*\n\s*$")


def _over_a_break(s: str, work: str, g, lo: int, start: int) -> int:
    """The clause start ``lo`` after a line break, moved back when it is a blank line right after a cue: a paragraph
    that ends with its verb goes on past the break (a heading or a caption's line broken off by the page: "Chủ tịch Hội
    LHPN huyện báo cáo sơ kết 5 năm thực hiện\n\nChỉ thị 21-CT/TW của Ban Bí thư (khoá XII)",
    hlhpn-hungha-thaibinh-sk-ct21-2023.txt)."""
    if work[lo:start].strip(" \t*_#") or not _BLANK_LINE.search(work, (lo - 40 if lo > 40 else 0), lo):
        return lo  # (the reference opens the paragraph, no list label before it)
    end = lo
    while end > 0 and work[end - 1].isspace():  # (not work[:lo].rstrip(): a copy of the text before, per reference)
        end -= 1
    m = last_match(g.trigger, s, (end - 40 if end > 40 else 0), end)
    if m is None or m.end() != end or work[m.start() : end].isupper():
        return lo  # (a heading in capitals ends with its cue: "II. TỔ CHỨC THỰC HIỆN")
    return _clause_start(work, m.start())


def _end_of_chain(g, work: str, prev: Optional[Reference], nested: Optional[Reference], start: int) -> Optional[int]:
    """Where the previous top-level reference ends for the list it may be in: after the references that hang on it
    when the next item follows those ("Nghị quyết số 117/NQ-CP … ban hành Kế hoạch thực hiện … (gọi tắt là Nghị quyết
    số 117/NQ-CP); Chỉ thị số 30- CT/TU …", corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt)."""
    end = _end_of(prev, start)
    if end is None or nested is None or _root(nested) is not prev or nested.end <= end:
        return end
    after = nested.subject_span[1] if nested.subject_span else nested.end
    return after if after <= start and _coordinated(g, work, after, start) else end


def _end_of(prev: Optional[Reference], start: int) -> Optional[int]:
    """Where the previous top-level reference ends: after its subject, or after itself when its subject
    runs past ``start``."""
    if prev is None:
        return None
    end = prev.subject_span[1] if prev.subject_span else prev.end
    return prev.end if end > start else end


def _coordinated(g, work: str, a: int, b: int) -> bool:
    """Only a joining word or punctuation between two references, no paragraph break ("A, B và C"); the short name
    an item is given in parentheses is the item's ("Nghị quyết số 35/2023/UBTVQH15 … (gọi tắt là Nghị quyết số
    35/2023/UBTVQH15); Nghị quyết số 117/NQ-CP …", corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt)."""
    if g.coord.fullmatch(work, a, b):
        return "\n\n" not in work[a:b].replace(" ", "")
    m = g.alias_paren.match(work, a, b) if work.find("(", a, b) >= 0 else None  # (no copy of a long gap)
    return m is not None and _coordinated(g, work, m.end(), b)


_ITEM_GAP = re.compile(ITEM_GAP)

#: the words of a list's item that are no subject with "về" (:func:`_past_the_items_words`): they go on in lower case or
#: open with a short name in parentheses, hold no sentence break (". : ! ?", a line break), a ";" only before words in
#: lower case (a subject's own ";"), parentheses only short and whole, and end with the list's "," or "và"
_ITEMS_WORDS = re.compile(
    rf"""[ \t]*[,;]?[ \t]*
        (?: [{LOWER}] | \( [^()\n]{{1,160}} \) )
        (?: [^.;:!?()\n] | ;[ \t]+(?=[{LOWER}]) | \( [^()\n]{{1,160}} \) ){{0,300}}?
        (?: , | [ \t]và ) [ \t]*""",
    re.X,
)
_ITEMS_WORDS_REACH = 400  # the most characters between an item (or its subject) and the next item


def _past_the_items_words(sc, prev: Reference, prev_end: int, r: Reference) -> bool:
    """Is ``r``, a dated numbered document, the next item of the list a cue governs, after the words of the item before
    it (``prev``, ending at ``prev_end``) that are no subject with "về" (:data:`_ITEMS_WORDS`, no cue among them)? A
    title without "về", "Thực hiện …, Chỉ thị số 35/CT-TTg ngày 17/9/2025 của Thủ tướng Chính phủ xử lý cán bộ, công
    chức, viên chức và chiến sỹ trong lực lượng vũ trang vi phạm quy định về điều khiển phương tiện tham giao thông mà
    trong máu hoặc hơi thở có nồng độ cồn, Văn bản số 227/TTg-CN ngày 27/02/2025 của Thủ tướng Chính phủ …" (corpus-
    real-48/doc-hethongphapluat-kh105-kh-ubnd-vinhphuc-trat-tu-an-toan-giao-thong-2025.txt); a short name given bare in
    parentheses, "Thực hiện Nghị quyết số 163/2024/QH15 … (Nghị quyết số 163/2024/QH15), Nghị quyết số 50/NQ-CP ngày
    13/3/2025 của Chính phủ về ban hành Kế hoạch … (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày 08/9/2025
    của Bộ Công an" (corpus-real-45/doc-hethongphapluat-kh275-kh-ubnd-langson-phong-chong-ma-tuy-2025.txt); a subject
    holding its own ";", "Thực hiện Văn bản số 979/BTP-PBGDPL ngày 19/3/2020 của Bộ Tư pháp về việc hướng dẫn thực hiện
    công tác phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; xây dựng cấp xã đạt chuẩn tiếp cận pháp luật năm 2020 và
    Văn bản số 1445/UBND-NCPC ngày 23/3/2020 của UBND tỉnh" (corpus-real-27/news-stp-backan-vb-473-stp-pbgdpl-2020.txt):
    each item labelled with the relation of the one before. A capital after the item opens a clause of its own (",
    Ủy ban nhân dân tỉnh ban hành …"), a cue a predicate of its own. Reach (session 46, reverted and gold run): 5 dev
    rows on 4 pages of 4 sets, the list's relation each time as labelled; 3 of them right (dev27, dev45, dev48), 2 of
    dev11's now wrong with their first item ("Thực hiện Văn kiện Đại hội lần thứ XIII của Đảng và Nghị quyết số
    18-NQ/TW ngày 25/10/2017 một số vấn đề về …, Nghị quyết số 27-NQ/TW …": the labels cite the whole list); held-out
    relations up on 3 splits, none down."""
    if prev.relation not in _LISTED or not prev.trigger or r.kind != "code" or r.date is None:
        return False
    if r.start - prev_end > _ITEMS_WORDS_REACH or not _ITEMS_WORDS.fullmatch(sc.work, prev_end, r.start):
        return False
    return sc.g.trigger.search(sc.s, prev_end, r.start) is None


#: the relations whose cue governs a list of objects
_LISTED = ("basis", "implements", "continues")


def _next_item(g, work: str, r: Reference, prev_top: Optional[Reference], last_item: Optional[Reference]) -> bool:
    """Is ``r`` the next item of the list ``last_item`` is in, the references since it named in its title after a
    preposition ("theo quy định của Luật …", "một số điều của Luật Hộ tịch")? A legal basis goes on after ";"; other
    lists after "," or "và" when a numbered document follows a name (a title names laws by name, a list its items by
    number).

    "Căn cứ Nghị quyết số 146/2010/NQ-HĐND … phân cấp nguồn thu … theo quy định của Luật Ngân sách Nhà nước; Nghị quyết
    số 147/2010/NQ-HĐND …"; "Thực hiện …, Nghị định số 123/2015/NĐ-CP … hướng dẫn thi hành một số điều của Luật Hộ tịch
    và Quyết định số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ": the list goes on."""
    if last_item is None or prev_top is None or prev_top is last_item or prev_top.start < last_item.end:
        return False
    if _past_the_title(g, work, r, prev_top, last_item):
        return True
    if not g.embedded.search(
        work, (prev_top.start - 12 if prev_top.start - 12 > last_item.end else last_item.end), prev_top.start
    ):
        return False
    if last_item.relation == "basis":
        return _semicolon_item(g, work, last_item, _end_of(last_item, r.start), r.start)
    end = _end_of(prev_top, r.start)
    return r.kind == "code" and prev_top.kind != "code" and end is not None and _coordinated(g, work, end, r.start)


def _past_the_title(g, work: str, r: Reference, prev_top: Reference, last_item: Reference) -> bool:
    """Is ``r``, listed right after ``prev_top`` (a document ``last_item``'s title names, cited by no cue of its own), a
    document ``last_item`` cannot name, dated after it (:func:`_cannot_hang_on`), so the next item of ``last_item``'s
    list? "Căn cứ Nghị định số 94/2013/NĐ-CP ngày 21 tháng 8 năm 2013 của Chính phủ quy định chi tiết thi hành Luật dự
    trữ quốc gia và Nghị định số 128/2015/NĐ-CP ngày 15 tháng 12 năm 2015 của Chính phủ sửa đổi, bổ sung …" (corpus-real-
    25/tt-131-2018-tt-btc-sua-doi-tt-145-2013-dutru-quocgia-scribd.txt), "Căn cứ Nghị định số 66/2021/NĐ-CP ngày
    06/7/2021 của Chính phủ quy định chi tiết thi hành một số điều của Luật Phòng, chống thiên tai và Luật sửa đổi, … Luật
    Đê điều; Nghị định số 78/2021/NĐ-CP ngày 01/8/2021 của Chính phủ …" (corpus-real-43/doc-hethongphapluat-qd177-qd-ubnd-
    bacgiang-phong-chong-thien-tai-2024.txt): a decree of 2013 cannot detail one of 2015; both are labelled basis. One
    dated before it may be in its title: "Căn cứ Thông tư 149/2020/TT-BCA ngày 31/12/2020 … thi hành luật phòng cháy và
    chữa cháy … và nghị định số 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020" (corpus-real-40, cited). The document before
    ``r`` is one its title names by name, not a numbered one listed (:func:`_next_item`)."""
    if prev_top.kind == "code" or prev_top.relation != "cites" or prev_top.trigger is not None:
        return False  # (a title names a law by name, a list its items by number: see :func:`_next_item`)
    if not _cannot_hang_on(r, last_item):
        return False
    gap = work[last_item.end : prev_top.start]
    if ";" in gap or "\n\n" in gap:
        return False  # (the title-named document in another item, or paragraph, than the one the list item opens)
    end = _end_of(prev_top, r.start)
    return end is not None and _coordinated(g, work, end, r.start)


def _semicolon_item(g, work: str, prev: Reference, prev_end: int, start: int) -> bool:
    """Is the reference at ``start`` the next item, after ";", of the list ``prev`` is in? Each item of a legal-basis
    list is a basis, its title ("quy định …", "hướng dẫn …") between the items; the objects of a cue are listed the
    same way, an item's subject holding a ";" of its own: "quán triệt Kết luận số 21-KL/TW … về đẩy mạnh xây dựng,
    chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, … “tự chuyển hóa”; Kế hoạch số 99-KH/TU ngày
    14-1-2022 của Ban Chấp hành Đảng bộ tỉnh" (corpus-real/news-ninhthuan-kl21-kh99-2022.txt)."""
    if prev.relation not in _LISTED or ";" not in work[(start - 40 if start - 40 > prev_end else prev_end) : start]:
        return False  # (the gap ends with ";" and blanks, maybe a list mark: the whole gap is read only then)
    semi = work.rfind(";", prev_end, start)
    if not _ITEM_GAP.fullmatch(work, prev_end, start):
        # the item may name the kind of its documents first ("… Nghị quyết số 96/2019/QH14 ngày 27/11/2019 của Quốc hội;
        # các quy định của BLHS, BLTTHS, …", corpus-real-25/hd-11-hd-vkstc-2022-congto-an-an-ninh-thuvienphapluat.txt)
        return _after_semicolon(g, work, semi + 1, start) is not None and _ITEM_GAP.fullmatch(work, prev_end, semi + 1)
    # (only the new item's lead: "theo quy định của Luật Ngân sách Nhà nước; Nghị quyết số 147/2010/NQ-HĐND …" ends the
    # previous item's title with "theo")
    return not g.not_an_item.search(folded_text(work)[semi + 1 : start])  # "…; xét đề nghị của Sở Nội vụ tại Tờ trình số …"


#: how far after the end of the last item of a cue's list the next item may open (:func:`_next_listed`): the dev rows
#: it reads open 67 to 209 characters after it
_NEXT_LISTED_REACH = 400
#: the list's mark right before the next item: "," or ";", maybe a line break and a dash (:func:`_next_listed`)
_LISTED_MARK = re.compile(r"[,;][ \t]*(?:\n[ \t]*[-–•*+]?[ \t]*)?$")
_MARK_REACH = 24  # the most characters the mark and its blanks take (looked for in them only)
#: what ends the list before the next item: a sentence's end, a colon ending its line (not the one of "của liên Bộ:
#: Lao động Thương binh và Xã hội - Tài chính", an issuer's), a blank line (:func:`_next_listed`)
_LIST_ENDS = re.compile(r"[.!?][ \t\n]|:[ \t]*\n|\n[ \t]*\n")


def _next_listed(sc, r: Reference, prev_top: Reference, last_item: Reference, blocked) -> bool:
    """Is ``r``, a numbered dated document right after "," or ";", the next item of the list of a carry cue that
    ``last_item`` is the last item of, only that item's words (its title, the documents its title names, cited, no
    cue of their own) between, whatever the words the title ends with? "Thực hiện …, Văn bản số 227/TTg-CN ngày 27/02/2025 của Thủ
    tướng Chính phủ Trần Hồng Hà về việc bảo đảm trật tự an toàn giao thông năm 2025, Kế hoạch số 64/KH-UBATGTQG ngày
    28/02/2025 …" (corpus-real-48/doc-hethongphapluat-kh105-kh-ubnd-vinhphuc-trat-tu-an-toan-giao-thong-2025.txt: the
    signer's name read no title), "Thực hiện …; Thông tư liên tịch số 115/TTLT-BTC-BLĐTBXH … quy định quản lý và sử
    dụng kinh phí thực hiện Đề án trợ giúp xã hội …; Công văn số 3346/LĐTBXH-BTXH ngày 05/10/2011 …" (corpus-real-53/
    doc-vanbanphapluat-kh208-kh-ubnd-hanoi-nguoi-tam-than-2014.txt: the scheme its title names), "Thực hiện …; Kế
    hoạch số 30-KH/ĐUK … (sau đây viết tắt là⏎Đề án số 05-ĐA/TU); Quyết định số 08/2022/QĐ-UBND, ngày 19/4/2022 …"
    (corpus-real-62/party-dukcq-thainguyen-hd29-hd-duk-dan-van-kheo-2024.txt: the short name over a line break), each
    labelled with the list's relation. Not past a sentence's end, a line's colon or a blank line, nor past a cue outside
    the titles (blocked spans) and the documents they name."""
    if r.kind != "code" or r.date is None or not last_item.end < r.start <= last_item.end + _NEXT_LISTED_REACH:
        return False
    if last_item.relation not in _NAMED_CARRIED:
        return False  # (a basis list goes on by its own items' rule, :func:`_next_item`: "…; Xét Tờ trình số …" is none)
    if prev_top is not last_item and (prev_top.relation != "cites" or prev_top.trigger):
        return False
    work = sc.work
    mark = r.start - _MARK_REACH if r.start - _MARK_REACH > last_item.end else last_item.end
    if not _LISTED_MARK.search(work, mark, r.start) or _LIST_ENDS.search(work, last_item.end, r.start):
        return False
    spans = blocked.overlapping(last_item.end, r.start)
    # (a cue in a title or right before a document a title names, "kinh phí thực hiện Đề án …", cited, is the title's)
    return all(
        any(a <= m.start() < b or (m.end() <= a and not work[m.end() : a].strip()) for a, b in spans)
        for m in sc.g.trigger.finditer(sc.s, last_item.end, r.start)
    )


#: a list item's mark: a dash, bullet, number or letter ("- Nghị quyết số …", "2. Kế hoạch …", "a) …")
_ITEM_MARK = r"[ \t]*(?:[-+•–*]|[0-9]{1,2}[.)]|[a-zđ]\))"
_ITEM_START = re.compile(_ITEM_MARK + r"[ \t]*$")  # before a reference that opens the item
_ITEM_LINE = re.compile(_ITEM_MARK + r"[ \t]")  # a line that is an item
_MAX_ITEMS = 30  # list items looked back over, to the line that introduces them
_INTRO_DISTANCE = 400  # how far a list's introducing cue may stand from the colon
_INLINE_INTRO = re.compile(r":[ \t*_]*$")  # a colon right before the reference, on its line


def _list_intro(work: str, start: int) -> Optional[int]:
    """Where the line that introduces the list a reference opens an item of ends, at its colon, or None.

    "Đảng ủy đã phổ biến tới toàn thể đảng viên các văn bản chỉ thị, hướng dẫn về tổ chức đại hội Đảng của các
    cấp, gồm:\n • Chỉ thị 37-CT/TW …\n • Hướng dẫn số 221-HD/ĐU …": each item is what the cue before the colon
    governs ("Căn cứ các văn bản sau:\n- …" a basis, "Thực hiện:\n1. …" implemented)."""
    ls = line_start(work, start)
    inline = _INLINE_INTRO.search(work, ls, start)
    if inline is not None:
        # the list goes on the same line: "… đã được phổ biến, quán triệt … và các văn bản hướng dẫn của Tổng Liên
        # đoàn Lao động Việt Nam: Hướng dẫn số 726/HD-TLĐ ngày 02/6/2014, …"
        return inline.start()
    if not _ITEM_START.match(work, ls, start):
        return None
    end = ls - 1  # the line break before the item
    for _ in range(_MAX_ITEMS):
        if end <= 0:
            return None
        prev_start = line_start(work, end)
        line = work[prev_start:end].rstrip(" \t*_")
        if line.endswith(":"):
            return prev_start + len(line) - 1
        if line.strip() and not _ITEM_LINE.match(line):
            return _heading_over(work, prev_start, end)  # a paragraph (None), not the list's own items, or a heading
        end = prev_start - 1
    return None


def _heading_over(work: str, ls: int, end: int) -> Optional[int]:
    """Where the section heading that ends at ``end`` (its line at ``ls``, or it and the line before it: a heading
    wrapped in capitals) ends, the line a walk up from a list's item reached; None for a paragraph. "I. CĂN CỨ⏎XÂY DỰNG
    KẾ HOẠCH⏎1. Các văn bản chỉ đạo⏎- Luật Phòng chống bệnh truyền nhiễm …;⏎- Nghị quyết số 20-NQ/TW …" (corpus-real-30/
    kh-711-kh-ubnd-2023-backan-ky-sinh-trung.txt): the heading introduces the list as a line ending with ":" does (the
    section tree's :func:`vanban.structure.heading` reads it)."""
    if _section_heading(work[ls:end]):
        return end
    if ls < 2 or not work[ls:end].isupper():
        return None
    return end if _section_heading(work[line_start(work, ls - 1) : ls - 1]) else None


def _section_heading(line: str) -> bool:
    """Is ``line`` a section heading ("I. CĂN CỨ", "2. Cơ sở pháp lý"), not a list's dash or plus?"""
    h = heading(line.strip(" \t*_#"))
    return h is not None and h[0] not in ("dash", "plus")


def _intro_cue(sc, colon: int, blocked, cue_rel) -> tuple[Optional[str], Optional[str]]:
    """The relation and cue of the line that introduces a list, which ends at ``colon`` (:func:`_list_intro`): its last
    cue, else the clause's before its ";". A section heading over the list (no colon) gives its grounds only: "I. CĂN
    CỨ⏎XÂY DỰNG KẾ HOẠCH⏎…" makes each item a basis; "III. TỔ CHỨC THỰC HIỆN" names the section's work, not its items'."""
    work = sc.work
    intro = _clause_start(work, colon)
    rel, cue = _last_trigger(sc.s, work, sc.g, intro, colon, blocked, cue_rel, _INTRO_DISTANCE)
    if work[colon] != ":":
        return (rel, cue) if rel == "basis" else (None, None)
    return (rel, cue) if rel is not None else _cue_before_semicolon(sc, intro, colon, blocked, cue_rel)


def _unnest_from_self(sc, r: Reference) -> Optional[tuple[str, str]]:
    """A reference hanging on the document's own title speaks for the document: "Chương trình hành động của
    Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57" (the page's title line) implements Nghị quyết 57.
    Unhangs it and returns the relation and cue of the chain, for when no cue nearer governs it."""
    holder = r.nested_in
    if holder is None or holder.relation != "self" or not r.trigger:
        return None
    r.nested_in = None
    return relation_of_cue(r.trigger, sc.doc_type, sc.lex), r.trigger


def _dated_after_the_chain(g, work: str, r: Reference, last: Optional[Reference]) -> bool:
    """Is ``r`` listed right after the nested ``last`` but dated after the document ``last`` hangs on (so that one
    cannot cite it: :func:`_nest_with` left it out of the chain)?"""
    if last is None or last.nested_in is None:
        return False
    return _cannot_hang_on(r, last.nested_in) and g.nested_coord.fullmatch(work, last.end, r.start) is not None


def _cannot_hang_on(r: Reference, holder: Reference) -> bool:
    """A document the holder cannot cite: dated after it, or its sibling (the same type, issuer and date: "Quyết định
    số 217/QĐ-TW ngày 12/12/2013 của Bộ Chính trị về việc ban hành quy chế … và Quyết định 218/QĐ-TW ngày 12/12/2013
    của Bộ Chính trị", corpus-real-6/mttq-quan9-hcm-qd217-qd218-2014.txt: issued together, listed together)."""
    if r.date is None or holder.date is None:
        return False
    if r.date > holder.date:
        return True
    return r.date == holder.date and r.doc_type == holder.doc_type and r.issuer is not None and r.issuer == holder.issuer


def _root(r: Reference) -> Reference:
    """The top of the chain ``r`` hangs in."""
    while r.nested_in is not None:
        r = r.nested_in
    return r


def _nest_with(g, work: str, r: Reference, prev: Reference) -> None:
    """Nest ``r`` where ``prev`` (nested) hangs when the two are one list.

    "Kế hoạch số 1456/KH-UBND ngày 04/6/2021 … về triển khai thực hiện Kết luận số 93-KL/TW … và Kế hoạch
    số 25-KH/TU ngày 19/4/2021": the second hangs on the plan as the first does; a document dated after the
    holder cannot ("Kết luận số 121-KL/TW, ngày 24/01/2025 … về tổng kết Nghị quyết số 18-NQ/TW … và Kết luận
    số 126-KL/TW, ngày 14/02/2025": 126 is cited beside 121), nor can its sibling (:func:`_cannot_hang_on`).
    """
    holder = prev.nested_in
    if (
        prev.trigger
        and _nested_coordinated(g, work, prev.end, r.start)
        and not _cannot_hang_on(r, holder)
        and not _short_name_of_the_root(work, prev, r.start)
    ):
        r.nested_in, r.trigger = holder, prev.trigger


def _short_name_of_the_root(work: str, prev: Reference, start: int) -> bool:
    """Is the short name given in parentheses after the nested ``prev`` (before ``start``) the chain's top document's,
    whose title then ends there? "Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ ban hành Kế hoạch tổng thể và kế
    hoạch 5 năm của Chính phủ thực hiện Nghị quyết số 36-NQ/TW (viết tắt là Nghị quyết số 26/NQ-CP của Chính phủ) và Kế
    hoạch số 187-KH/TU ngày 24/4/2019 của Tỉnh ủy thực hiện Nghị quyết số 36-NQ/TW" (corpus-real-32/kh-57-kh-ubnd-2020-
    quangngai-kinh-te-bien-nq-36-hethongphapluat.txt): the provincial plan is the next item of the list, not named in
    the resolution's title."""
    root = _root(prev)
    return bool(root.code) and root.code != prev.code and root.code in work[prev.end : start]


def _nested_coordinated(g, work: str, a: int, b: int) -> bool:
    """Only a joining word between two members of one nested list (:attr:`Grammar.nested_coord`); the short name the
    first is given in parentheses is the first's, as in a top-level list (:func:`_coordinated`): "Kế hoạch số
    125-KH/TU … về triển khai thực hiện Nghị quyết số 20-NQ/TW … (sau đây gọi tắt là Nghị quyết số 20-NQ/TW) và Kế
    hoạch số 10-KH/TW ngày 23/8/2022 của Bộ Chính trị" (corpus-real-18/department-lienminhhtx-camau-kh-nq-09-nq-cp-
    nq-20-nq-tw-kinhtetapthe.txt)."""
    if g.nested_coord.fullmatch(work, a, b):
        return True
    m = g.alias_paren.match(work, a, b) if work.find("(", a, b) >= 0 else None
    return m is not None and g.nested_coord.fullmatch(work, m.end(), b) is not None


_TITLE_REACH = 100  # how far a reference's title runs to a cue in it


def _upper_title(g, work: str, b: int, cue: int) -> bool:
    """Are ``work[b:cue]`` a title's words written in capitals, as a heading writes them ("PHỤ LỤC I. DANH MỤC THỦ TỤC
    HÀNH CHÍNH ĐƯỢC BAN HÀNH TẠI NGHỊ ĐỊNH 54/2017/NĐ-CP NGÀY 08 THÁNG 5 NĂM 2017 CỦA CHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ
    ĐIỀU VÀ BIỆN PHÁP THI HÀNH LUẬT DƯỢC", corpus-real-55/doc-soyte-hanoi-tin-danh-muc-tthc-nghi-dinh-54-2017-qd2416-qd-byt.txt:
    the law is named in the cited decree's title)? :attr:`Grammar.title_words` reads them in lower case."""
    s = work[b:cue]
    return s.isupper() and g.title_words.fullmatch(s.lower()) is not None


#: the kinds of a numbered reference, whose title follows it: its full symbol, or its type word and number only ("Nghị
#: định 136 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy chữa cháy", corpus-real-56/
#: doc-baoquangnam-tin-hoian-nghi-dinh-136-pccc-2021.txt: the law is named in the decree's title, cited)
_NUMBERED = ("code", "short")
_START = attrgetter("start")  # (the key the cited references are searched by where a sentence opens: text order)
_END = attrgetter("end")  # (and by where their title may run to a cue)


class _Blocked:
    """The spans of earlier references and their subjects, in text order: cues inside
    them govern those references, not later ones. ``overlapping`` looks only at the
    spans near the window, so each reference costs the same however long the text."""

    def __init__(self, deictics: Optional[list[Reference]] = None):
        self.starts: list[int] = []
        self.ends: list[int] = []  # (the references' own ints in two lists, no tuple per span)
        self.longest = 0
        self.cited: list[Reference] = []  # the cited (not self) top-level numbered references, in text order (and
        # of their ends: title_before searches them by end)
        self.situations: Optional[tuple[tuple[int, int], ...]] = None  # the text's situation sections, once asked
        self.deictics = deictics or []  # the scan's deictic references ("Quy định này", kind "this"), in text order

    def title_before(self, g, work: str, lo: int, cue: int) -> bool:
        """Does a cited reference end in ``[lo, cue)`` with only its title between it and the cue (no clause, list or
        comma break)? "Căn cứ Nghị định số 60/2003/NĐ-CP … của Chính phủ quy định chi tiết và hướng dẫn thi hành
        Luật Ngân sách Nhà nước": the cue is in the decree's title, it says what the decree does. Asked with a reference's
        start for ``cue``, past a cue: the reference is named in that title, not governed by the cue before the decree
        ("Căn cứ Nghị định số 38/2016/NĐ-CP … của Chính phủ quy định chi tiết một số điều của Luật Khí tượng thủy văn;",
        corpus-real-24/qd-1244-2023-qd-ubnd-travinh-quyche-khituong-thuyvan-hethongphapluat.txt). The comma between
        coordinated words of a title does not end it (not right before the cue, where a clause may start): "Căn cứ Nghị
        định số 01/2017/NĐ-CP … của Chính phủ sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai;"
        (corpus-real-29/qd-1119-qd-ubnd-2023-kehoach-sudungdat-ducpho-quangngai-hethongphapluat.txt). Right after the
        reference a comma may open its title re-stated, the type word repeated or the head of what it does (see
        :meth:`_restated`)."""
        k = bisect_left(self.cited, cue, key=_END) - 1
        if k < 0 or (b := self.cited[k].end) < lo:
            return False
        if work.startswith(",", b):
            b = self._restated(g, work, self.cited[k], cue)
            if b < 0 or b == cue:
                return b == cue
        # (a title's words: lower-case words, no clause or list break, "quy định chi tiết và hướng dẫn";
        # :attr:`Grammar.title_words`)
        return cue - b <= _TITLE_REACH and (g.title_words.fullmatch(work, b, cue) is not None or _upper_title(g, work, b, cue))

    def _restated(self, g, work: str, c: Reference, cue: int) -> int:
        """Where the title re-stated after the comma at the end of ``c`` goes on to the cue (past the comma, or past its head;
        ``cue`` when the head reaches it), -1 if none is: the type word of the cited reference ``c`` repeated, or a
        head of :attr:`Grammar.title_restated` ("Ban Chấp hành Trung ương Đảng khoá XIII đã ban hành Quy định số
        24-QĐ/TW, Quy định thi hành Điều lệ Đảng", "… Hướng dẫn số 01-HD/TW, hướng dẫn một số vấn đề cụ thể thi hành Điều
        lệ Đảng", corpus-real-30/tin-dang-uy-catw-quan-triet-qd-24-hd-01-2021.txt: the Statute is named in the title,
        cited; "2. Hướng dẫn số 27-HD/BTCTW ngày 26/8/2024 của Ban Tổ chức Trung ương Đảng, cung cấp chi tiết hướng dẫn
        thực hiện Chỉ thị số 35-CT/TW.", corpus-real-28/news-ctu-trienkhai-vanban-daihoi-ct-35-2024-cantho.txt)."""
        b = c.end
        h = b + 1
        while h < cue and work[h] in " \t":
            h += 1
        if h == b + 1 or h == cue:
            return -1  # (a cue right after the comma may open a clause)
        if (m := g.title_restated.match(work, h)) is not None:  # (the head, then the title's words: Grammar.title_words)
            return cue if m.end() >= cue or not work[m.end() : cue].strip(" \t") else m.end()
        t = c.doc_type or ""
        return b + 1 if t and work[h : h + len(t)].lower() == t.lower() else -1

    def add(self, a: int, b: int, cited: Optional[Reference] = None) -> None:
        self.starts.append(a)
        self.ends.append(b)
        if b - a > self.longest:  # (not max(): see _clause_start)
            self.longest = b - a
        if cited is not None and cited.kind in _NUMBERED:  # (a numbered document's title follows it; a titled one's is it)
            self.cited.append(cited)

    def opens_the_sentence(self, work: str, cue: int) -> bool:
        """Does a cited numbered reference open the sentence the cue at ``cue`` is in, ending before it, with no deictic
        between ("này": the citing document named again)? It is the sentence's subject, and the cue its predicate."""
        a = cue - _SENTENCE_REACH if cue > _SENTENCE_REACH else 0
        m = last_match(_SENTENCE_OPEN, work, a, cue)
        if m is None:
            return False
        k = bisect_left(self.cited, m.end(), key=_START)
        if k == len(self.cited) or (c := self.cited[k]).start != m.end() or c.end > cue:
            return False
        return "này" not in work[c.end : cue].lower()

    def overlapping(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans with ``b > lo`` and ``a < hi``: those starting before ``lo - longest`` end before ``lo``."""
        i = bisect_left(self.starts, lo - self.longest)
        j = bisect_left(self.starts, hi, lo=i)
        return [(self.starts[k], self.ends[k]) for k in range(i, j) if self.ends[k] > lo]


#: where a sentence or a line begins: the text's start, after ". ", "! ", "? " or a line break, and the blanks and marks
#: that follow
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?](?=\s)|\n)[\s*_]*")
_SENTENCE_REACH = 300  # how far back the opening of a change cue's sentence is looked for


def _in_parentheses(work: str, start: int) -> bool:
    k = start
    while k > 0 and work[k - 1] in " \t*_":
        k -= 1
    return k > 0 and work[k - 1] == "("


#: what may stand between a reference (or its subject) and the parenthesis after it: blanks, marks, a closing quote
_BEFORE_PAREN = ' \t\n*_"”»,'
_KIND_REACH = 120  # how far before a parenthesis the words naming the kind of the documents in it may begin
#: how far before those words the cue whose object they are may end ("thực hiện có hiệu quả các văn bản", "Căn cứ nội
#: dung hướng dẫn"; not "triển khai … sắp xếp tổ chức bộ máy … theo chỉ đạo, kết luận của Trung ương, Bộ Chính trị (Công
#: văn số 8011-CV/BTCTW …)", corpus-real/kl-127-tw-2025-diacritics-scrambled.txt: the letter that conveys them, cited)
_KIND_CUE_DISTANCE = 30


def _parenthesis_relation(sc, blocked, cue_rel, i: int) -> tuple[str, Optional[str]]:
    """The relation of a reference that opens a parenthesis: ``cites`` when the parenthesis gives the short name or the
    source of what it follows ("Luật Thủ đô (Luật số 39/2024/QH15)"); after words that name documents by their kind
    (:attr:`Grammar.listed_word`, no reference or its subject right before), the parenthesis names those documents, the
    object of the cue right before the kind (:data:`_KIND_CUE_DISTANCE`): "Nhằm thực hiện có hiệu quả các văn bản của
    Ban Bí thư Trung ương Đảng về phổ biến, giáo dục pháp luật (Chỉ thị số 32-CT/TW ngày 09/12/2003; Kết luận số
    04-KL/TW ngày 19/4/2011)" (corpus-real-26/pbgdpl-moj-trangchu-soctrang-kh-16-kh-ubnd-2017-hoagiai.txt: implements),
    "Căn cứ nội dung hướng dẫn tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh, cấp huyện (Hướng dẫn số
    04/HD-BCĐ …)" (corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-vanbanphapluat.txt: a basis)."""
    work, r = sc.work, sc.found[i].ref
    paren = work.rfind("(", 0, r.start)
    lo = _clause_start(work, paren)
    if i > 0:
        p = sc.found[i - 1].ref
        reach = p.subject_span[1] if p.subject_span and p.subject_span[1] > p.end else p.end
        if reach > paren - _KIND_REACH and not work[reach:paren].strip(_BEFORE_PAREN):
            return "cites", None  # (the short name or source of the reference before)
        lo = reach if reach > lo else lo
    a = paren - _KIND_REACH if paren - _KIND_REACH > lo else lo
    kind = sc.g.listed_word.search(folded_text(work)[a:paren])
    if kind is None or not work[a + kind.start("kind")].islower():
        return "cites", None
    rel, cue = _last_trigger(sc.s, work, sc.g, lo, a + kind.start(), blocked, cue_rel, _KIND_CUE_DISTANCE)
    return (rel, cue) if rel in _LISTED else ("cites", None)


_MAX_CUE_DISTANCE = 100


def _in_body_name(g, s: str, m: re.Match) -> bool:
    """ "chấp hành" inside "Ban Chấp hành Đảng bộ tỉnh …" names a body, it is no cue ("… Ban Chấp hành Đảng bộ tỉnh
    … đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy": kl-445-tu-thuathienhue-2022-ocr.txt)."""
    return (
        s[m.start()] in "Cc"
        and fold_word(m.group()).startswith("chap hanh")  # (a cue's few words, again and again)
        and bool(g.executive_head.search(s, max(0, m.start() - 6), m.start()))
    )


def _in_a_name(g, s: str, m: re.Match) -> bool:
    """Are the cue's words those of a body's name (:func:`_in_body_name`) or of a phrase that is no cue
    (:func:`_in_compound`)?"""
    lead = s[m.start()]  # (a letter first: the cues these names hold are few, "chấp hành", "thi hành")
    return (lead in "Cc" and _in_body_name(g, s, m)) or (lead in g.cue_compound_leads and _in_compound(g, s, m))


def _in_compound(g, s: str, m: re.Match) -> bool:
    """Is the cue ``m`` a word of a phrase that is no cue (vocabulary ``cue_compound``)? A law "in force" ("… kể từ khi
    Luật Bảo vệ môi trường năm 2020 có hiệu lực thi hành” và Nghị quyết số 131/2024/QH15", corpus-real-36/news-phs-quoc-
    hoi-giam-sat-luat-bao-ve-moi-truong-2020.txt), a body's name ("của Tổng cục Thi hành án dân sự (sau đây gọi là Kế
    hoạch số 727)", corpus-real-26/thads-tongcuc-baocao-kh-727-qd-tcthads-dean-kdtm-qd-17-qd-ttg-2023.txt): the
    references after them are cited."""
    if _cue_key(m.group()) not in g.cue_compound_cues:
        return False
    a, b = m.start(), m.end()
    return any(c.start() <= a and b <= c.end() for c in g.cue_compound.finditer(s, a - 12 if a > 12 else 0, b + 12))


#: how far before a cue the whole nation named as its subject may begin, the plan's aim between them ("cổ vũ, động viên
#: toàn Đảng, toàn dân, toàn quân, tận dụng thời cơ, …, quyết tâm thực hiện thắng lợi Nghị quyết …", :func:`_by_the_whole_nation`)
_NATION_REACH = 100
#: how far before a cue the documents not named one by one whose subject it opens may begin, their owner between ("các
#: chủ trương, chỉ đạo của … về", :attr:`Grammar.unnamed_subject`: up to twelve words of the owner)
_UNNAMED_REACH = 140


def _anothers_cue(work: str, g, blocked, lo: int, start: int, before: str) -> bool:
    """Is the cue (list) at ``start`` what something other than the citing document does? A look back, before the whole
    list of cues ("Trong những năm qua, quán triệt và thực hiện …"); a predicate of another subject ("Nghị quyết số 12 …
    là sự cụ thể hóa những nội dung … trong Nghị quyết Đại hội XIII"); a cue in another reference's title, which says
    what that reference does; the subject of documents not named one by one; the whole Party and nation as the agent
    ("… toàn Đảng, toàn dân và toàn quân đang nỗ lực phấn đấu thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng": the
    setting, corpus-real-9/hnd-tw-duthao-bcct-daihoi-viii-2023.txt). ``before`` is the folded text before."""
    return bool(
        # (not the years of results, "kết quả sau 2 năm", nor a review's: "sơ kết 3 năm thực hiện … và 3 năm thực hiện")
        (g.retro.search(before) and _review_at(work, g, lo, start, before) is None)
        or g.predicate_before.search(before)
        or _by_the_whole_nation(g, work[start - _NATION_REACH if start - _NATION_REACH > lo else lo : start])
        or _topic_of_a_sentence(g, work, start)
        or _in_a_setting(g, work, start)
        or blocked.title_before(g, work, lo, start)
        or (
            before.endswith(("ve ", "ve viec "))
            and g.unnamed_subject.search(
                folded_text(work)[(start - _UNNAMED_REACH if start - _UNNAMED_REACH > lo else lo) : start]
            )
        )
        or g.committee_before.search(before)
        or g.praised_for.search(before)
        or _issued_for(g, work, lo, start)
    )


#: how far before a cue the report of the documents issued that it says are for may begin: "đã ban hành các văn bản làm cơ
#: sở để địa phương thực hiện" (corpus-real-13/truongct-quangtri-sapxep-dvhc-nq37-kh86-2019.txt; :attr:`Grammar.issued_for`
#: lets 60 characters stand between "văn bản" and "để", three words after it)
_ISSUED_FOR_REACH = 160


def _issued_for(g, work: str, lo: int, start: int) -> bool:
    """Does the cue at ``start`` say what documents reported issued are for (:attr:`Grammar.issued_for`: "Tỉnh ủy, HĐND,
    UBND tỉnh đã ban hành các văn bản làm cơ sở để địa phương thực hiện thống nhất như: Kế hoạch số 86-KH/TU …; …",
    corpus-real-13/truongct-quangtri-sapxep-dvhc-nq37-kh86-2019.txt: cited)? (Folded only when "để" is near: most cues
    have none.)"""
    b = start - 40 if start - 40 > lo else lo
    if "de" not in folded_text(work)[b:start]:
        return False  # (what lower-cases to "để" or "de " folds to "de": most windows have none, none lower-cased)
    near = work[b:start].lower()
    for w in g.purpose_word:  # (a loop, not any() over a generator: most windows have none)
        if w in near:
            break
    else:
        return False
    a = start - _ISSUED_FOR_REACH if start - _ISSUED_FOR_REACH > lo else lo
    return g.issued_for.search(folded_text(work)[a:start]) is not None


#: how far before a document the words that say its targets were met may begin ("hoàn thành và hoàn thành xuất sắc 12/12
#: chỉ tiêu Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ IX", corpus-real-4/hnd-soctrang-nq-daihoi-ix-2023.txt)
_TARGETS_MET_REACH = 140


def _targets_met(g, work: str, lo: int, start: int) -> Optional[str]:
    """The words that say a document's targets were met, ending at ``start`` (grammar ``targets_met``: "hoàn thành và
    hoàn thành xuất sắc 12/12 chỉ tiêu Nghị quyết Đại hội Hội Nông dân tỉnh lần thứ IX", corpus-real-4/hnd-soctrang-nq-
    daihoi-ix-2023.txt), or None (folded only when "tiêu" is there: most windows have none)."""
    lo = start - _TARGETS_MET_REACH if start - _TARGETS_MET_REACH > lo else lo  # (``lo``: the clause's start)
    window, folded = work[lo:start], folded_text(work)[lo:start]  # (fold(window))
    if "tieu" not in folded:
        return None  # (what lower-cases to "tiêu" or "tieu" folds to "tieu": most windows have neither, none lower-cased)
    low = window.lower()
    if "tiêu" not in low and "tieu" not in low:
        return None
    m = g.targets_met.search(folded)
    return None if m is None else window[m.start() :].strip()


#: how far before a document the words that carry out the targets it set may begin, the relative clause's head ("góp
#: phần thực hiện thắng lợi những chỉ tiêu, nhiệm vụ mà Nghị quyết Đảng ủy Tổng công ty đã đề ra", corpus-real-15/news-
#: tphcm-dcs-evnhcmc-kyniem-91nam-nq-dangu-tct-2021.txt; a list of contents before "mà": "phổ biến, quán triệt … giải đáp
#: những nội dung cơ bản, những điểm mới về công tác tổ chức đại hội đảng các cấp mà Chỉ thị 35-CT/TW")
_TARGETS_SET_REACH = 230


def _targets_set(g, work: str, lo: int, start: int) -> Optional[str]:
    """The words that carry out the targets or contents the document at ``start`` set, the subject of a relative clause
    after them (grammar ``targets_set``: "góp phần thực hiện thắng lợi những chỉ tiêu, nhiệm vụ mà Nghị quyết Đảng ủy
    Tổng công ty đã đề ra", corpus-real-15/news-tphcm-dcs-evnhcmc-kyniem-91nam-nq-dangu-tct-2021.txt; "phổ biến, quán
    triệt … giải đáp những nội dung cơ bản, những điểm mới về công tác tổ chức đại hội đảng các cấp mà Chỉ thị 35-CT/TW
    của Bộ Chính trị …", corpus-real-30/tin-ca-thanhhoa-quan-triet-ke-hoach-dai-hoi-2020-2025.txt), or None (folded
    only when " mà " is right before, the caller's cheap test: most references have none); not under a review ("đánh giá
    kết quả thực hiện …")."""
    a = max(lo, start - _TARGETS_SET_REACH)
    m = g.targets_set.search(folded_text(work)[a:start])
    if m is None:
        return None
    at = a + m.start()  # (fold keeps each character in its place)
    return None if _review_right_before(g, folded_text(work)[max(lo, at - 40) : at]) else " ".join(work[at:start].split())


def _into_life(g, work: str, lo: int, r: Reference) -> Optional[str]:
    """The words that bring the document ``r`` into life around it, "đưa … vào cuộc sống" (grammar ``into_life_lead``,
    ``into_life_goal``: "góp phần đưa Nghị quyết Đại hội XIV của Đảng sớm đi vào cuộc sống", corpus-real-18/xa-vinhdieu-
    angiang-diem-cau-thong-bao-nhanh-daihoi-xiv-2026.txt), or None."""
    a = r.start - 12 if r.start - 12 > lo else lo
    m = g.into_life_lead.search(folded_text(work)[a : r.start])
    n = g.into_life_goal.match(folded_text(work)[r.end : r.end + 40]) if m else None
    if n is None:
        return None
    return f"{work[a + m.start() : a + m.end()].strip(' *_')} … {work[r.end + n.start('goal') : r.end + n.end()]}"


def _core_content(g, work: str, lo: int, start: int) -> Optional[str]:
    """The words that pass on a document's core content, ending at ``start`` (grammar ``core_content``: "Nội dung trọng
    tâm, cốt lõi của Nghị quyết số 68-NQ/TW", corpus-real-11/danguy-soxaydung-quangngai-quantriet-nq66-nq68-2025.txt;
    "một số nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam", corpus-real-28/news-baobinhduong-ldld-
    baubang-quantriet-nq-daihoi-xiii-congdoan.txt), or None."""
    window = work[lo:start]
    if not window.rstrip(" \t").endswith(g.core_links):
        return None  # (the words end with "của" or "trong" right before the document, grammar core_links: a cheap test first)
    m = g.core_content.search(fold(window))
    return None if m is None else window[m.start() :].strip()


_ITEM_LEAD_WORDS = 2  # the most words between a list's comma and the core content that heads the next item ("một số")


def _core_passed_on(sc, rel: Optional[str], lo: int, r: Reference) -> Optional[str]:
    """The core content of the document ``r`` that its clause (from ``lo``) passes on, carried out, or None: where no cue
    governs ``r`` ("Nội dung trọng tâm, cốt lõi của Nghị quyết số 68-NQ/TW", :func:`_core_content`), and where a cue
    (``rel``) does, only when the core content heads a list's next item, after the cue's item ("đã nghe báo cáo kết quả
    nổi bật trong thực hiện Nghị quyết Đại hội XII, một số nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt
    Nam", corpus-real-28/news-baobinhduong-ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt: :func:`_heads_an_item`).
    "trong" a document counts only there: alone, it cost held-out relations."""
    work = sc.work
    if rel is not None and work.find("dung", lo, r.start) < 0:
        return None  # (a cheap literal test first where a cue governs: "nội dung" in the clause)
    core = _core_content(sc.g, work, r.start - 60 if r.start - 60 > lo else lo, r.start)
    if core is None or (rel is None and not core.endswith(sc.g.core_item_links)):
        return core
    return core if _heads_an_item(sc, lo, work.rfind(core, lo, r.start)) else None


def _heads_an_item(sc, lo: int, a: int) -> bool:
    """Does the core content at ``a`` head the next item of a list, after its comma and a quantifier at most, so that
    the cue of the item before does not reach the document it names? "đã nghe báo cáo kết quả nổi bật trong thực hiện
    Nghị quyết Đại hội XII, một số nội dung cốt lõi trong Nghị quyết Đại hội XIII Công đoàn Việt Nam …" (corpus-real-28/
    news-baobinhduong-ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt: the review frame stops at the comma; the core
    content passed on is carried out)."""
    c = sc.work.rfind(",", lo, a)
    return c >= 0 and len(sc.work[c + 1 : a].split()) <= _ITEM_LEAD_WORDS and not sc.g.trigger.search(sc.s, c + 1, a)


def _by_the_whole_nation(g, before: str) -> bool:
    """Does ``before`` (the text before a cue) end with the whole nation as the cue's subject (:attr:`Grammar.whole_nation`:
    "cổ vũ, động viên toàn Đảng, toàn dân, toàn quân, tận dụng thời cơ, …, quyết tâm thực hiện thắng lợi Nghị quyết …", a
    plan's own aim, corpus-real-6/phuong-longhoa-tayninh-kh-tuyentruyen-daihoi-xiv.txt)? (Folded only where "quân" can be:
    most windows have none.)"""
    # (only "q" and "Q" lower-case to "q": a window with neither, the most of them, is not lower-cased)
    return (
        ("q" in before or "Q" in before)
        and ("quân" in before or "quan" in before.lower() or "QUÂN" in before)
        and bool(g.whole_nation.search(fold(before)))
    )


#: how far before a cue the adverbial of the setting it is in may open ("Trong không khí tuổi trẻ cả nước đang ra sức học
#: tập và triển khai Nghị quyết …", "trong bối cảnh toàn Đảng, toàn dân và toàn quân đang thực hiện …": 580da2a9;
#: :attr:`Grammar.setting` lets 110 characters stand between its head and the cue)
_SETTING_REACH = 130


def _in_a_setting(g, work: str, start: int) -> bool:
    """Is the cue at ``start`` inside "trong không khí …", "trong bối cảnh …" (what others are doing meanwhile, not what
    the citing document does)? Folded only where "trong" can be."""
    a = start - _SETTING_REACH if start > _SETTING_REACH else 0
    folded = folded_text(work)[a:start]
    # (what lower-cases to "trong" folds to it: the window lower-cased only where the page's kept fold has the word)
    return "trong" in folded and "trong" in work[a:start].lower() and bool(g.setting.search(folded))


def _topic_of_a_sentence(g, work: str, start: int) -> bool:
    """Is the cue at ``start`` part of a sentence's subject, "Việc …", "Quá trình …": the sentence says something about
    carrying the document out, not what the citing document does ("Việc triển khai Nghị quyết 26 được hội viên nông dân
    hưởng ứng tích cực", corpus-real-5/hnd-tw-tongket-nq26-tam-nong-2018.txt; "Quá trình thực hiện Kết luận 12, cấp ủy,
    chính quyền các địa phương …", corpus-real-9/news-qdnd-kl12-taynguyen-2021.txt)? Capitalised: it opens the sentence."""
    a = start - 40 if start > 40 else 0
    folded = folded_text(work)[a:start]
    for w in g.opening_marks:  # (a loop, not any() over a generator; each mark's fold is a mark, see _marks)
        if w in folded:
            break
    else:
        return False  # (what lower-cases to a mark folds to a mark: most windows have none, none lower-cased)
    low = work[a:start].lower()
    for w in g.opening_marks:
        if w in low:
            break
    else:
        return False  # (no head word that opens a sentence in the window)
    m = g.nominal_opening.search(folded)
    return m is not None and work[a + m.start("head")].isupper()


#: how far after a reference (and its subject) the verb of the sentence it is the subject of is looked for, in its
#: clause (:func:`vanban.text.sentence_end` with ``clause``: the verb after a ";" or a line break is another subject's)
_PREDICATE_REACH = 90


def _subject_of_a_predicate(g, work: str, r: Reference, lo: int) -> bool:
    """Is ``r`` named in a sentence's subject, a nominalised cue inside the sentence (:attr:`Grammar.nominal_subject`:
    after a comma, "rằng" or "và", not the object of a verb or a preposition before it: "trong việc thực hiện"; also the
    words an encoding error damaged, "Ban Bí thư cũng đã ch ra rng vic quán trit, trin khai ni dung Ch th 45-CT/TW …
    chưa được quan tâm", corpus-real/tb-278-tw-2009-encoding-loss.txt), its verb after the reference
    (:attr:`Grammar.predicate_after`; in text without diacritics the same words so written, only there: folded, "đa",
    "cơn" would be the same words)? The sentence says how carrying the document out went, not what the
    citing document does: "Tuy nhiên, qua khảo sát, …, quá trình thực hiện Kết luận 12 còn không ít khó khăn" (corpus-
    real-9/news-qdnd-kl12-taynguyen-2021.txt), "Cơ sở thực tiễn và kinh nghiệm triển khai Chỉ thị 42 sẽ là cơ sở để Đảng
    …" (corpus-real/news-cand-ct42-1998-hoiquanchung.txt), "…, việc xây dựng và thực hiện Quy chế dân chủ ở cơ sở
    (QCDCCS) trong đó có xây dựng hương ước, quy ước đã đóng vai trò rất quan trọng" (corpus-real-4/news-tapchimoitruong-
    ct30-qcdc-huonguoc-2023.txt). (The capitalised head opening a sentence is :func:`_topic_of_a_sentence`'s.)"""
    a = r.start - 70 if r.start - 70 > lo else lo
    folded = folded_text(work)[a : r.start]
    for w in g.nominal_marks:  # (a loop, not any() over a generator; each mark's fold is a mark, see _marks)
        if w in folded:
            break
    else:
        return False  # (what lower-cases to a mark folds to a mark: most windows have none, none lower-cased)
    low = work[a : r.start].lower()
    for w in g.nominal_marks:
        if w in low:
            break
    else:
        return False  # (no head word in the window)
    m = g.nominal_subject.search(folded)
    if m is None or not work[a + m.start("head")].islower():
        return False
    e = r.subject_span[1] if r.subject_span and r.subject_span[1] > r.end else r.end
    tail = work[e : sentence_end(work, e, _PREDICATE_REACH, clause=True)]
    return (g.predicate_after_ascii if tail.isascii() else g.predicate_after).search(tail) is not None


#: a demonstrative and a comma right after a cue (folded): the cue's object is what was said before ("Trên cơ sở đó,",
#: "Căn cứ vào đó,"), a reference later in the sentence is another verb's object
_CLOSED_OBJECT = re.compile(r"[ \t]*(?:vao[ \t]+|theo[ \t]+)?(?:do|nay|tren)[ \t]*,")


def _opens_a_clause(work: str, k: int, hi: int) -> bool:
    """Does a name (a capital) or a number open a clause at ``k``, after the comma right after a cue (before ``hi``)?
    The cue has no object: it ends a clause of time or manner before the sentence's subject, "Qua thời gian triển khai
    thực hiện, Ban Chấp hành Đảng bộ tỉnh tiếp tục nhận thấy một số nội dung của Chương trình 50 cần được cập nhật"
    (corpus-real-29/news-haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt), "Sau một thời gian thực hiện, Đề án 89 đã
    đạt được nhiều kết quả quan trọng" (corpus-real-39/article-hdll-xay-dung-xa-hoi-hoc-tap-de-an-89-ct11-2021.txt),
    "Với 8 điểm cần gương mẫu thực hiện, 8 điểm cần kiên quyết chống, Quy định số 08-QĐi/TW được đánh giá …"
    (corpus-real-34/article-baotintuc-bon-phan-cua-nguoi-neu-guong-quy-dinh-08-qdi-2018.txt): the references after it
    are cited, also the reference right after the comma. A verb in lower case after the comma goes on the list of cues
    ("được quán triệt, nghiên cứu các nghị quyết của Quân ủy Trung ương: …", corpus-real-13/news-baothainguyen-du-qk1-
    quantriet-6nq-qutw-2023.txt)."""
    while k < hi and work[k] in " \t*_":
        k += 1
    return k <= hi and (work[k].isupper() or work[k].isdigit())


def _object_of(g, work: str, last: re.Match, rel: str, spans, hi: int) -> bool:
    """Is the reference at ``hi`` the object of the cue ``last`` (of relation ``rel``)? Not an example after "trong đó"
    ("… kế hoạch thực hiện, trong đó có Kế hoạch số 18-KH/ĐU"), nor the agent of a change ("… đã được thay thế bởi
    Quyết định 891/QĐ-UBND", "được sửa đổi, bổ sung bởi:\n1. Luật Quy hoạch …": not what the citing document does), nor
    what follows a cue whose object is a demonstrative (:data:`_CLOSED_OBJECT`: "Trên cơ sở đó, Thủ tướng Chính phủ phê
    duyệt đầu tư Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS&MN giai đoạn 2021-2030",
    corpus-real-25/ethnic-vietnamnet-hoinghi-tongket-chuongtrinh-1719-2025.txt: cited), nor
    what a basis's own object came about by (:attr:`Grammar.object_then`, "… sáp nhập 4 xã: … và Nga Liên theo Nghị quyết
    số 1686/NQ-UBTVQH15"; its object is no earlier reference: "Căn cứ theo công văn số 3597 …, theo công văn số 945"
    stays one)."""
    after = folded_text(work)[last.end() : hi]
    if g.example_after.search(after) or g.change_agent.match(after) or _CLOSED_OBJECT.match(after):
        return False
    if rel == "implements" and g.owned_rule.match(after):
        # the cue's object is the rule, the reference its owner, cited: "Đảng viên đang công tác … vừa thực hiện đúng
        # quy định của Điều lệ Đảng về sinh hoạt Đảng tại nơi làm việc" (corpus-real-36/qd-76-qdtw-2000-dang-vien-noi-
        # cu-tru-thuvienphapluat.txt; vocabulary owned_rule)
        return False
    if after[:1] == "," and _opens_a_clause(work, last.end() + 1, hi):
        return False
    return not (rel == "basis" and g.object_then.search(work, max([last.end()] + [b for _, b in spans if b <= hi]), hi))


#: how far before a reference the blocked spans (earlier references and their subjects) are summed whose length lengthens
#: its cue's window, so that a cue reaches across the documents named between it and the reference (the reach predates
#: the layered packages, 16cc3c22; its sentence is not recorded)
_SPANS_REACH = 400


def _last_trigger(
    s: str,
    work: str,
    g,
    lo: int,
    hi: int,
    blocked: _Blocked,
    cue_rel: dict[str, str],
    distance: int = _MAX_CUE_DISTANCE,
) -> tuple[Optional[str], Optional[str]]:
    """The last relation cue in s[lo:hi] outside earlier references and their subjects,
    at most ``distance`` characters before ``hi`` (blocked spans aside): close enough to govern the reference;
    "Qua 15 năm thực hiện …" (a look back) is none."""
    spans = blocked.overlapping(lo, hi)
    reach = sum(b - a for a, b in spans if a >= hi - _SPANS_REACH) if spans else 0  # (most windows: no span, no generator)
    lo = hi - distance - 60 - reach if hi - distance - 60 - reach > lo else lo  # (not max(): see _clause_start)
    if hi <= lo:
        return None, None
    found = list(g.trigger.finditer(s, lo, hi))
    k = len(found) - 1  # the last cue outside the spans and no body's name, looked for from the window's end
    while k >= 0 and ((spans and any(a <= found[k].start() < b for a, b in spans)) or _in_a_name(g, s, found[k])):
        k -= 1  # (most windows have no span: no generator)
    if k < 0:
        return None, None
    last = found[k]
    gap = hi - last.end() - (sum(min(b, hi) - max(a, last.end()) for a, b in spans if b > last.end() and a < hi) if spans else 0)
    if gap > distance:
        return None, None
    rel = _relation_of_match(last, cue_rel)
    if not _object_of(g, work, last, rel, spans, hi) or blocked.title_before(g, work, last.end(), hi):
        return None, None  # (or named in the title of a cited reference the cue governs: see _Blocked.title_before)
    start = last.start()
    # earlier cues of the same list: "tiếp tục quán triệt, triển khai thực hiện"
    for m in reversed(_cues_before(g, s, found, k, last.start() - 80 if last.start() - 80 > lo else lo)):
        if g.cue_list_gap.fullmatch(s, m.end(), start):
            start = m.start()
            r2 = _relation_of_match(m, cue_rel)
            if RELATIONS.index(r2) < RELATIONS.index(rel):  # (``cites`` last: "thực hiện, theo tinh thần" implements)
                rel = r2
    before = folded_text(work)[start - 40 if start - 40 > lo else lo : start]
    if _anothers_cue(work, g, blocked, lo, start, before):
        return None, None
    if rel in ("amends", "replaces") and _not_the_citing_change(work, g, blocked, start, before, work[last.end() : hi]):
        rel = "cites"
    if rel == "implements" and (review := _review_at(work, g, lo, start, before)) is not None:
        # "Sơ kết 01 năm thực hiện …", "tổng kết 10 năm triển khai …"; a plan of another's that reviews ("Tỉnh ủy Nghệ
        # An vừa ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW") says what that plan does
        rel = "cites" if _governed_by_another_plan(work, g, review) else "reviews"
    elif rel == "reviews" and _governed_by_another_plan(work, g, start):
        # the review cue in the title of a scheme named before it ("… cho ý kiến về các nội dung: Đề án Tổng kết thực
        # hiện Nghị quyết số 21-NQ/TW": the scheme reviews, the page cites; vocabulary plan_noun's source)
        rel = "cites"
    else:
        if rel == "implements" and (m := g.goes_on_before.search(before)):
            start -= len(before) - m.start()  # the cue is "Tiếp tục lãnh đạo, chỉ đạo tổ chức thực hiện"
            rel = "continues"
        rel = _carried_out_by_another(work, g, rel, start, last.end())
    return rel, " ".join(work[start : last.end()].split())


def _carried_out_by_another(work: str, g, rel: str, start: int, end: int) -> str:
    """``rel``, or cites when the cue in ``work[start:end]`` says what another document does: the verb of a plan named
    with its owner (:func:`_governed_by_another_plan`), or in a cited title (:func:`_in_a_cited_title`)."""
    if rel in ("implements", "continues") and _governed_by_another_plan(work, g, start, owned=True):
        return "cites"
    if rel == "implements" and (_in_a_cited_title(work, g, end) or _plan_the_decision_issues(work, g, start, end)):
        return "cites"
    if rel == "implements" and _by_unnamed_guides(work, start):
        return "cites"
    return rel


#: documents not named one by one, more than one, whose words of detailing or guiding end right before a cue (folded):
#: "các văn bản quy định chi tiết và hướng dẫn thi hành", "một số nghị định quy định chi tiết thi hành", "các nghị định
#: hướng dẫn thi hành" (not "Nghị định này quy định chi tiết …", the page's own scope, A28, nor a named decree's title:
#: :meth:`_Blocked.title_before`)
_UNNAMED_GUIDES = re.compile(
    r"(?:^|[ \t])(?:cac|nhung|mot so)[ \t]+(?:van ban(?:[ \t]+quy pham phap luat)?|nghi dinh|thong tu)"
    r"(?:[ \t]*,?[ \t]+(?:quy dinh chi tiet|huong dan|va))+[ \t]*$"
)
_UNNAMED_GUIDES_REACH = 80  # how far before the cue those documents' words may begin


def _by_unnamed_guides(work: str, start: int) -> bool:
    """Is the cue at ``start`` what documents not named one by one do, those that detail or guide the reference?
    "Hiện nay, Bộ Tư pháp tiếp tục đồng hành với các cơ quan liên quan trong việc ban hành các văn bản quy định chi tiết
    và hướng dẫn thi hành Luật Đất đai năm 2024" (corpus-real-63/news-danchuphapluat-luat-dat-dai-nam-2024-diem-moi-van-
    ban-huong-dan.txt, labelled ``cites``): the guiding documents carry the law out, the article cites it, as a law named
    in a cited decree's title (D78; "… sửa đổi, bổ sung một số nghị định quy định chi tiết thi hành Luật Đất đai",
    corpus-real-29/qd-1119-qd-ubnd-2023-kehoach-sudungdat-ducpho-quangngai-hethongphapluat.txt)."""
    f = folded_text(work)
    if not f.endswith(("chi tiet ", "huong dan "), 0, start):
        return False  # (a literal test first: most cues follow neither word)
    a = start - _UNNAMED_GUIDES_REACH if start > _UNNAMED_GUIDES_REACH else 0
    return _UNNAMED_GUIDES.search(f, a, start) is not None


#: how far before a plan's cue the decision that issues or approves the plan may begin naming it: "Điều 1. Ban hành kèm
#: theo Quyết định này Kế hoạch thực hiện Chương trình Bảo tồn …", "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH
#: …" (corpus-real-44/doc-thuvienphapluat-qd1526-qd-ubnd-vinhlong-di-san-van-hoa-2023.txt, 295649f0)
_DECISION_REACH = 90


def _plan_the_decision_issues(work: str, g, start: int, end: int) -> bool:
    """Is the cue in ``work[start:end]`` the title of a plan the citing decision issues or approves in its own heading or
    its Điều 1 (:attr:`Grammar.decision_issues_plan`)? The plan carries the named document out; the decision issues the
    plan and cites what the plan carries out: "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH BẢO TỒN VÀ PHÁT HUY BỀN
    VỮNG GIÁ TRỊ DI SẢN VĂN HÓA VIỆT NAM …", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình Bảo
    tồn …" (corpus-real-44/doc-thuvienphapluat-qd1526-qd-ubnd-vinhlong-di-san-van-hoa-2023.txt: the programme cited both
    times; OPEN-QUESTIONS A26, the labels since corpus-real-40)."""
    lo = start - _DECISION_REACH if start > _DECISION_REACH else 0
    return g.decision_issues_plan.search(folded_text(work)[lo:end]) is not None


def _in_a_cited_title(work: str, g, end: int) -> bool:
    """Does the cue ending at ``end`` open, with the type word before it, a cited document's title (vocabulary
    ``titled_cue``): "- Căn cứ Điều lệ Đảng và Quy định thi hành Điều lệ Đảng;" (corpus-real-33/news-baonghean-toan-van-
    quy-dinh-377-qdtw-2025.txt: the Statute cited), not the citing document's own title line ("QUY ĐỊNH THI HÀNH ĐIỀU LỆ
    ĐẢNG" near the top)?"""
    m = g.titled_cue.search(work, end - 40 if end > 40 else 0, end)
    return m is not None and not _own_heading(work, g, m.start("head"))


def _cues_before(g, s: str, found: list[re.Match], k: int, a: int) -> list[re.Match]:
    """The cues ``g.trigger.finditer(s, a, found[k].start())`` gives, taken from ``found`` (the window's cues, in order,
    from a scan that started at or before ``a``), not scanned again. The same list: a scan from ``a`` goes as the
    window's did unless a cue of the window straddles ``a`` (then scanned again); and no match can end at
    ``found[k].start()``, where the window's scan went on (a cue ends with a letter, and the look-behind of the cue
    that starts there saw none before it)."""
    i = k
    while i and found[i - 1].start() >= a:
        i -= 1
    if i and found[i - 1].end() > a:
        return list(g.trigger.finditer(s, a, found[k].start()))
    return found[i:k]


def _not_the_citing_change(work: str, g, blocked, start: int, before: str, after: str = "") -> bool:
    """Is the amending or replacing cue at ``start`` no change the citing document makes? A change asked for or discussed
    (:attr:`Grammar.proposed_change`); another document's (:func:`_others_change`), also the predicate of a cited
    document that opens the sentence ("Nghị định số 220/2025/NĐ-CP gồm 11 Điều; sửa đổi, bổ sung một số điều của 9 Nghị
    định sau:", corpus-real-21/army-danviet-nd-220-2025-nd-cp-sua-doi-9-nghidinh-quocphong.txt: the page a news item,
    the decree the one that amends); or an aside's (:data:`_ASIDE_OPENS`). ``before`` is folded. Nor is the document
    right after the cue and "theo" or "tại" (``after``, as written: :attr:`Grammar.changed_by`) what is changed: it makes
    the change ("bổ sung và sửa đổi theo quyết định số 135-CP ngày 04-08-1976", corpus-real-23/ministry-tt-18-byt-tt-
    1979-giamdinh-ykhoa-hethongphapluat.txt)."""
    return bool(
        g.changed_by.match(fold(after))
        or g.proposed_change.search(before)
        or _others_change(work, g, start, before)
        or _ASIDE_OPENS.search(before)
        or blocked.opens_the_sentence(work, start)
        or _relayed_change(work, blocked, start)
    )


def _relayed_change(work: str, blocked: _Blocked, start: int) -> bool:
    """Does the sentence of the change cue at ``start`` open on a deictic (the scan's reference of kind "this": "Quy định
    này") whose type the sentence before, on the same line, names with a number? A news lead relays
    the change that document makes: "Bộ Chính trị vừa ban hành Quy định số 213-QĐ/TW (ngày 2/1/2020) về trách nhiệm của
    đảng viên … nơi cư trú. Quy định này thay thế Quy định số 76-QĐ/TW …" (corpus-real-34/news-baonghean-quy-dinh-213-
    qdtw-dang-vien-noi-cu-tru-2020.txt: the replaced regulation cites, corpus-real-32/NOTES.md decision 4, corpus-real-34/
    NOTES.md); the own decision's article ("Điều 2. Quyết định này có hiệu lực … và thay thế Quyết định số …") has no such
    sentence before. (Not resolve's antecedent: where the context took the page's type from its headline, "Bộ Chính trị
    ban hành Quy định 41 …" (corpus-real-34/news-baohagiang-bo-chinh-tri-ban-hanh-quy-dinh-41-mien-nhiem-2021.txt),
    resolve makes the deictic the page's own; the sentence before still names the regulation relayed.)"""
    if not blocked.deictics:
        return False  # (most texts have no deictic before a change cue)
    a = start - _SENTENCE_REACH if start > _SENTENCE_REACH else 0
    m = last_match(_SENTENCE_OPEN, work, a, start)
    if m is None or m.start() == 0 or work[m.start()] == "\n":
        return False
    k = bisect_left(blocked.deictics, m.end(), key=_START)
    if k == len(blocked.deictics) or (d := blocked.deictics[k]).start != m.end() or d.end > start or d.doc_type is None:
        return False
    line = work.rfind("\n", 0, m.start()) + 1
    lo = m.start() - _SENTENCE_REACH if m.start() - _SENTENCE_REACH > line else line
    lo = p.end() if (p := last_match(_SENTENCE_OPEN, work, lo, m.start())) is not None else lo  # (the sentence before)
    named = re.compile(rf"(?<!\w){re.escape(d.doc_type)}\s+(?:số\s*)?\d", re.I)  # (the antecedent: its own or cited)
    return named.search(work, lo, m.start()) is not None


#: a parenthesis opened after words on its line, right before a change cue (folded): the aside says how what it follows
#: was or will be changed, not what the citing document changes ("Chính phủ đã ban hành Nghị định số 56/2015/NĐ-CP …
#: quy định về công tác đánh giá, xếp loại CBCC (sửa đổi, bổ sung theo Nghị định số 88/2017/NĐ-CP ngày 27-7-2017)",
#: corpus-real-15/xaydungdang-nq26-tw-phapluat-cbcc-nd56-nd88.txt; "tham mưu Bộ Chính trị về đổi mới và tăng cường sự
#: lãnh đạo của Đảng đối với các hội quần chúng (thay thế Chỉ thị số 17 ngày 28/8/2012)", corpus-real-11/news-vietnamnet-
#: kl178-hoi-quanchung-2025.txt)
_ASIDE_OPENS = re.compile(r"[^\s(][ \t]*\([ \t*_]*$")


_REVIEW_REACH = 100  # how far before an implementing cue a review that weighs the carrying out may begin


def _review_at(work: str, g, lo: int, start: int, before: str) -> Optional[int]:
    """Where the review begins whose object is the carrying out that the implementing cue at ``start`` names, or None:
    right before it ("Sơ kết 01 năm thực hiện …", :attr:`Grammar.review_before`), listed after an earlier review
    (:func:`_review_goes_on`), or further back in the clause over how it weighs the carrying out, its process and its
    leading ("Theo đó, việc tổng kết lần này nhằm đánh giá toàn diện, sâu sắc quá trình lãnh đạo, chỉ đạo và tổ chức
    triển khai thực hiện Nghị quyết số 33-NQ/TW", corpus-real-6/tu-nghean-kh-tongket-nq33-ctr10-nq05-2024.txt).
    ``before`` is the folded text of the 40 characters before the cue."""
    m = _review_right_before(g, before) or _review_goes_on(work, g, lo, start, before)
    if m is None and start - lo > len(before) and before.rstrip().endswith(g.review_reach_ends):
        before = folded_text(work)[(start - _REVIEW_REACH if start - _REVIEW_REACH > lo else lo) : start]
        m = g.review_before.search(before)
    return None if m is None else start - (len(before) - m.start())


def _review_right_before(g, before: str) -> Optional[re.Match]:
    """A review ending the folded text ``before`` an implementing cue (:attr:`Grammar.review_before`), or the state or
    survey of the carrying out (:attr:`Grammar.review_state`: "về tình hình", "khảo sát việc", "báo cáo kết quả nổi bật
    trong"; only when one of its words is there: most cues have none before them)."""
    m = g.review_before.search(before)
    if m is None:
        for w in g.review_state_words:  # (a loop, not any() over a generator)
            if w in before:
                return g.review_state.search(before)
    return m


def _review_goes_on(work: str, g, lo: int, start: int, before: str) -> Optional[re.Match]:
    """ "và 3 năm thực hiện …" after a review earlier in the clause: the review goes on to the next document ("hội nghị sơ
    kết 3 năm thực hiện Nghị quyết Trung ương 4 (khóa XII) và 3 năm thực hiện Chỉ thị số 05 của Bộ Chính trị", corpus-real-2/
    news-baoninhbinh-ct05-nqtw4-2019.txt): the match of the years in ``before`` (folded), or None."""
    m = g.and_years.search(before)
    if m is None:
        return None
    return m if g.review_start.search(folded_text(work)[lo : start - len(before) + m.start()]) else None


#: the head of a page, where its own title stands on a line of its own ("Chương trình hành động của Ban Thường vụ Tỉnh ủy
#: thực hiện Nghị quyết số 57", also under a register's label: "Trích yếu: Chương trình …", 8bfdd2f1): a plan or type
#: word named there speaks for the citing document
_OWN_TITLE_HEAD = 400


def _titled_by(work: str, plan: str) -> bool:
    """Does a line near the top open with this kind of plan (the page's own title: "Chương trình hành động của Ban
    Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57")? ``plan`` is folded."""
    head = folded_text(work)[:_OWN_TITLE_HEAD]
    return any(line.strip(" \t*_#").startswith(plan) for line in head.split("\n"))


#: how far before a cue the plan whose verb it is may be named, with its owner ("Chương trình hành động của Mặt trận Tổ
#: quốc Việt Nam nhằm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng", corpus-real-2/mttq-tw-ctrhd-nq-daihoi-xiii-
#: 2021.txt; "Chương trình hành động của Ban Chấp hành Đoàn cấp tỉnh thực hiện …", 8bfdd2f1)
_PLAN_REACH = 140


def _governed_by_another_plan(work: str, g, start: int, owned: bool = False) -> bool:
    """Is the cue at ``start`` the verb of a plan named just before it, other than the citing document
    itself? The document's own title (a line near the top: "Chương trình hành động của Ban Thường vụ Tỉnh
    ủy thực hiện Nghị quyết số 57", also under a register's title label: "Trích yếu: Chương trình …") and "Kế hoạch
    này" speak for the citing document. With ``owned``, only a plan named with its owner ("Chương trình hành động của
    Mặt trận Tổ quốc Việt Nam nhằm thực hiện thắng lợi Nghị quyết Đại hội XIII của Đảng", corpus-real-2/mttq-tw-ctrhd-nq-
    daihoi-xiii-2021.txt: cited): a plan noun alone is the act of carrying out, which the citing document asks for or
    reports ("yêu cầu các cấp ủy làm tốt công tác quán triệt, xây dựng kế hoạch thực hiện Chỉ thị số 35 của Bộ Chính
    trị", corpus-real-9/hu-hungha-thaibinh-trienkhai-ct35-2019.txt; "đưa ra các chương trình hành động thực hiện nghị
    quyết T.Ư 7 của Đảng", corpus-real-12/news-baomoi-btv-twdoan-hoinghi3-nqtw7-thanhnien.txt: implements)."""
    lo = start - _PLAN_REACH if start > _PLAN_REACH else 0
    # (most windows hold no plan named at their end: first the text after their last ",", ".", ";" or "(", which
    # fold keeps and no plan, owner or "để"/"nhằm" holds, so a match in the window lies after it; the window then)
    cut = max(work.rfind(",", lo, start), work.rfind(".", lo, start), work.rfind(";", lo, start), work.rfind("(", lo, start))
    if cut > lo and g.other_plan.search(folded_text(work)[cut:start]) is None:
        return False
    window = folded_text(work)[lo:start]
    m = g.other_plan.search(window)
    if m is None or (owned and m.group("owner") is None) or g.own_plan.search(window, 0, m.start()):
        return False
    if g.reported_issue.search(window, 0, m.start()) and _titled_by(work, m.group("plan")):
        return False  # "… vừa ban hành Chương trình hành động thực hiện …" on the page the programme's own title opens
    return not _own_heading(work, g, lo + m.start())


def _own_heading(work: str, g, at: int) -> bool:
    """Does the type word at ``at`` open the citing document's own title (a line near the top, also under a register's
    title label: "Trích yếu: Chương trình …"), or stand as its own type line ("KẾ HOẠCH" over "TRIỂN KHAI …")?"""
    ls = line_start(work, at)
    if at < _OWN_TITLE_HEAD and (opens_line(work, at) or g.title_label.search(folded_text(work)[ls:at])):
        return True
    line = work[ls : line_end(work, at)].strip(" \t*_#")
    return line.isupper() and len(line.split()) <= 3


def _others_change(work: str, g, start: int, before: str) -> bool:
    """Is the amending or replacing cue at ``start`` a change another document makes, not the citing document? Only the
    document that amends is ``amends`` ("amends applies only where the citing document itself amends … amendments
    between other documents are cites", corpus-real-2/NOTES.md rule 6): not a document named by its type word before the
    cue ("Nghị quyết sửa đổi, bổ sung Nghị quyết số 85", corpus-real-12/NOTES.md rule 2), nor the passive ("được sửa
    đổi, bổ sung", "bị bãi bỏ"); the citing document's own title ("KẾ HOẠCH\nSửa đổi, bổ sung một số nội dung của Kế
    hoạch số 98/KH-UBND", corpus/gialai-phuthien-ubnd-huyen-kehoach-156-…) is its own. ``before`` is folded."""
    m = g.others_change.search(before)
    if m is None or not m.group("type"):
        return m is not None
    at = start - (len(before) - m.start("type"))
    return not (_own_heading(work, g, at) or _own_enacting_formula(work, g, at))


def _own_enacting_formula(work: str, g, at: int) -> bool:
    """Does the type word at ``at`` name the citing document in its enacting formula, the line after the preamble's
    last ground that says who issues it ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;⏎Quốc hội ban hành
    Luật sửa đổi, bổ sung một số điều có liên quan đến quy hoạch của Luật Giao thông đường bộ số 23/2008/QH12, Bộ luật
    Hàng hải Việt Nam s 95/2015/QH13, …", corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-
    2018.txt; "… Tổng cục Dự trữ Nhà nước;⏎Bộ trưởng Bộ Tài chính ban hành Thông tư sửa đổi, bổ sung một số điều của
    Thông tư số 145/2013/TT-BTC", corpus-real-25/tt-131-2018-tt-btc-sua-doi-tt-145-2013-dutru-quocgia-scribd.txt)? Its
    change is the citing document's own: the laws and circulars it names are labelled amends, 26 of the 26 documents
    such a formula governs on dev pages (dev25 1, dev53 25; the 3 amending laws nested after "đã được sửa đổi, bổ sung
    một số điều theo" cited, as the passive makes them; dev47's formula names no document)."""
    ls = line_start(work, at)
    return g.enacts.fullmatch(folded_text(work)[ls:at]) is not None and after_a_ground(work, ls)


# --- triples -------------------------------------------------------------------------------


def relations_of(refs: list[Reference], lex: Optional[Lexicon] = None) -> list[Relation]:
    """The relations the references state, as (source, relation, target) triples.

    ``source`` is :data:`~vanban.model.DOCUMENT` for the citing document itself,
    or the Reference whose subject states the relation (a nested chain).
    Repeated statements of the same relation are kept once (the first). A short name given ("(gọi tắt là Kết luận
    số 48-KL/TW)") states none: the mention it names states the relation.
    """
    out: list[Relation] = []
    seen: set = set()
    for r in refs:
        if _gives_name(r):
            continue
        t = r.target
        if r.nested_in is not None:
            src = r.nested_in.target
            rel = relation_of_cue(r.trigger, src.doc_type, lex) if r.trigger else "cites"
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
