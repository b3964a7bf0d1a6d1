"""The scan and the local parse of each citation.

Two fast scans over the text: type words with a capital initial
(``Kết luận``, ``KẾ HOẠCH``), and the core of every symbol (``-KL/``, ``/NĐ-``) so
that a citation whose type word is lower case, damaged or missing
(``số 100-CTr/TU``, ``văn bản số 145-TB/TW``) is still found. Each hit is parsed
in place: number and symbol, then the trailing date, issuer and term in any
order. Subjects and relations (:mod:`.relate`) and resolution (:mod:`.resolve`)
come after; :mod:`vanban.references` orders the passes.

Example::

    >>> sc = scan("Căn cứ Chỉ thị số 15-CT/TW, ngày 24-2-2012 và Kế hoạch số 08-KH/TW, ngày 12-3-2012 của Bộ Chính trị")
    >>> [(f.ref.code, f.ref.issuer) for f in sc.found]
    [('15-CT/TW', None), ('08-KH/TW', 'Bộ Chính trị')]
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from sys import intern
from typing import Iterator, NamedTuple, Optional

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..facts.phrases import folded_alternation
from ..grammar import (
    ISSUING_FOLDED,
    Grammar,
    anchor_at,
    anchor_start,
    code_anchor_starts,
    ends_with_object_verb,
    grammar,
    issuer_of_match,
    last_word,
    may_end_not_a_title,
    object_verb_ends,
    opens_preamble_item,
    parse_code,
    parse_date,
    parse_issuer,
    parse_term,
    read_issuer,
    spelled_as_written,
    type_without_page,
    with_type_part,
)
from ..grammar.vocab import BEFORE_ISSUER_OF, ISSUER_OF, SP
from ..model import CodeParts, Context, Flag, IssuerParts, Reference
from ..structure import line_numbers
from ..structure.sections import heading
from ..text import (
    LETTER_WORD,
    WRAP,
    after_a_ground,
    arabic,
    fold,
    folded_text,
    is_syllable,
    line_end,
    line_start,
    opens_line,
    quality,
    roman,
    sentence_end,
    title_case,
)

__all__ = ["Found", "Scan", "scan"]


@dataclass(slots=True)
class Found:
    """A reference being built, with what the later passes need to know about it."""

    ref: Reference
    list_head: bool = False  # "các Nghị quyết của Bộ Chính trị, gồm:" style plural head (not itself a reference)
    #: an item of a list of several kinds of documents ("các Chỉ thị, Kết luận của Bộ Chính trị"): not itself a
    #: reference, but the list's cue goes on through it to what follows
    plural: bool = False
    generic_type: bool = False  # "văn bản số …": the type comes from the symbol
    list_id: Optional[int] = None  # the list head this reference is an item of
    titled: bool = False  # named by its title: "Kế hoạch tổ chức Đại hội Đảng bộ các cấp"
    #: the reference whose subject issues or approves this one ("Quyết định số 217-QĐ/TW … về việc ban hành Quy chế …")
    issued_by: Optional[Reference] = None
    #: the reference in whose subject this one is named, carried out there ("Kết luận số 71-KL/TU … về cơ chế hỗ trợ thực
    #: hiện Chương trình xây dựng nông thôn mới giai đoạn 2016-2020"): nested in it, cited
    in_subject_of: Optional[Reference] = None


@dataclass(slots=True)
class Scan:
    """The result of :func:`scan`: the NFC text, the text the grammar ran on
    (the same, or its folded copy for damaged text), the grammar and the finds."""

    work: str
    s: str
    g: Grammar
    lex: Lexicon
    found: list[Found]
    context: Optional[Context] = None  # the citing document's, when known (its type, for "continues"; read when asked)

    @property
    def doc_type(self) -> Optional[str]:
        """The citing document's type, when known."""
        return self.context.doc_type if self.context is not None else None


def scan(work: str, lex: Optional[Lexicon] = None) -> Scan:
    """Local parse of every citation in ``work`` (an NFC string), in text order."""
    lex = lex if lex is not None else current()
    mode = "exact" if quality(work) == "ok" else "folded"
    g = grammar(lex, mode)
    s = work if mode == "exact" else folded_text(work)  # (the rules fold their windows of work: one fold kept)
    p = _Parser(g, lex, s, work)
    out = p.typed()
    if codes := p.code_abbreviations(out):
        out.extend(codes)
        out.sort(key=lambda f: f.ref.start)
    if defined := p.defined_abbreviations(out):
        out.extend(defined)
        out.sort(key=lambda f: f.ref.start)
    extra = p.bare(out)
    if extra:
        out.extend(extra)
        out.sort(key=lambda f: f.ref.start)
    return Scan(work, s, g, lex, out)


#: a congress of every level of one organisation, folded: "dai hoi dang bo cac cap"
_CONGRESS_OF_EVERY_LEVEL = re.compile(r"dai hoi (?:[a-z]+ ){1,6}cac cap")


def _every_level_in_lower_case(r: Reference, issuer: str) -> bool:
    """A resolution of the congresses of every level written all in lower case, type word and congress, is the generic
    plural, not one document: "… lãnh đạo thực hiện thắng lợi các mục tiêu nghị quyết đại hội đảng bộ các cấp nhiệm kỳ
    2015-2020 đã đề ra" (corpus-real/news-gialai-kh-248-tu-2020.txt), "… đánh giá kết quả thực hiện nghị quyết đại hội
    đoàn các cấp trong nhiệm kỳ qua" (corpus-real/kh-thanhdoan-hanoi-kh298-twdtn-2011.txt); neither labelled
    (corpus-real-3 NOTES decision 2: capitalised with a term it is labelled, "the lower-case generic 'nghị quyết đại hội
    đảng bộ các cấp' is not")."""
    return (
        r.doc_type == "Nghị quyết"  # (a plan for such congresses is one: "kế hoạch Đại hội Đảng bộ các cấp", corpus-real-9)
        and r.text[:1].islower()
        and r.issuer.islower()
        and _CONGRESS_OF_EVERY_LEVEL.fullmatch(issuer) is not None
    )


class _Parser:
    """Parses references in place: ``s`` is what the grammar reads, ``work`` what the fields are read from."""

    def __init__(self, g: Grammar, lex: Lexicon, s: str, work: str):
        self.g, self.lex, self.s, self.work = g, lex, s, work
        #: the types cited by their title -> whether only where the reference before issues them (:func:`_titled_types`)
        self.titles = lex.cached("titled_types", _titled_types, lex)
        self.cues = lex.cached("scan.cues", _cues, lex)
        self.prev: Optional[Reference] = None  # the last reference the typed scan found (a list's last member)
        self.numbers: set[tuple[Optional[str], str]] = set()  # (type, number) of the references found so far
        self.issued_at: dict[tuple[int, int], bool] = {}  # :meth:`_issued_by_a_body`'s answers (asked up to 3 times a word)

    def new(self, start: int, end: int, doc_type: Optional[str], kind: str) -> Reference:
        # (the first four fields by position: a keyword costs the call a search of the 30 parameters' names)
        return Reference(start, end, intern(self.work[start:end]), doc_type, kind=kind)

    @property
    def prev_end(self) -> int:
        """Where the last reference found by the typed scan ends (0 before the first)."""
        return self.prev.end if self.prev is not None else 0

    # --- the two scans ----------------------------------------------------------------

    def typed(self) -> list[Found]:
        """References that start with a type word (capitalised; a lower-case one only in the forms
        that say it is a reference: "quy định 144 của Bộ Chính trị", "kế hoạch của Tỉnh ủy")."""
        out: list[Found] = []
        last_end = -1
        compounds = self.lex.cached("type_compounds", self._type_compounds)
        plans = self.lex.cached("plan_words", self._plan_words)
        compounds_after = self.lex.cached("type_compounds_after", self._type_compounds_after)
        approving = self.lex.cached("plan_approving_types", self._plan_approving_types)
        work, numbers = self.work, self.numbers
        for ts, te, how in self.anchors():
            if ts < last_end:
                continue
            word = work[ts:te]
            if (
                how != "abbr"
                and (ends := compounds.get(word.lower())) is not None
                and folded_text(work)[(ts - _COMPOUND_REACH if ts > _COMPOUND_REACH else 0) : te].endswith(ends)
            ):
                continue  # (the type word ends a common noun: "quy phạm pháp luật của Hội đồng nhân dân", "đồ án Quy hoạch …")
            if (tails := compounds_after.get(word)) is not None and _starts_a_compound(folded_text(work)[te : te + 16], tails):
                continue  # (or starts one: "Ban Chỉ đạo công tác Dân số - Kế hoạch hóa gia đình tỉnh Hà Giang")
            if how == "lower" and (self._ends_a_verb(ts, te) or (how := self._lower(ts, te, plans)) is None):
                continue  # "xây dựng kế hoạch triển khai": no number, issuer, congress, object or year follows
            got = self.after_type(ts, te, how)
            if not got:
                continue
            first = got[0]
            if first.ref.number is None and first.ref.code is None and self._of_every_level(first.ref):
                continue  # "Nghị quyết Đại hội các cấp", "Nghị quyết Đại hội Đảng cấp mình": no one document
            if out and out[-1].in_subject_of is not None:  # (the test _joined_in_subject opens with: most have none)
                self._joined_in_subject(out[-1], first)
            out.extend(got)
            if len(got) == 1:  # (one, mostly: no generator)
                last_end = first.ref.end
                if first.ref.number:
                    numbers.add((first.ref.doc_type, first.ref.number))
            else:
                last_end = max(f.ref.end for f in got)
                numbers.update((f.ref.doc_type, f.ref.number) for f in got if f.ref.number)
            self.prev = got[-1].ref
            if (
                self.prev.doc_type in approving  # (a decision or a resolution; most references are neither)
                and _ACT_AHEAD.match(work, self.prev.end)
                and (more := self.issued_in_lower_case(self.prev)) is not None
            ):
                out.append(more)
                last_end, self.prev = max(last_end, more.ref.end), more.ref
        return out

    def _joined_in_subject(self, before: Found, f: Found) -> None:
        """A law joined by "và" or a comma to a law nested in the subject of the reference before is nested there too:
        "… hướng dẫn thi hành Luật khoáng sản và Luật sửa đổi, bổ sung một số điều của Luật khoáng sản;" (corpus-real-27/
        qd-36-2010-qd-ubnd-khoangsan-hanam-hethongphapluat.txt)."""
        if before.in_subject_of is None or f.in_subject_of is not None or f.issued_by is not None:
            return
        laws = self.g.law_types
        if before.ref.doc_type in laws and f.ref.doc_type in laws and _LAW_JOIN.fullmatch(self.work, before.ref.end, f.ref.start):
            f.in_subject_of = before.in_subject_of

    def _of_every_level(self, r: Reference) -> bool:
        """Does the reference without a number name the documents of every level, or each unit's own, rather than one
        (vocabulary ``every_level``)? "… tiếp tục thực hiện thắng lợi Nghị quyết Đại hội các cấp." (corpus-real-15/
        bdvtu-binhthuan-ct-35-ct-tu-tet-giapthin-2023.txt), "… những nội dung cơ bản của Nghị quyết Đại hội Đảng cấp
        mình" (corpus-real-9/thanhdoan-backan-thangthanhnien-2017.txt), "Kế hoạch tổ chức đại hội của cấp mình"
        (corpus-real-10/bo-tuphap-dangbo-hd26-btctw-ct35-2019.txt). A congress named with its organisation ("Nghị quyết
        Đại hội Đoàn các cấp") or a plan for such congresses ("kế hoạch Đại hội Đảng bộ các cấp") is one document; written
        all in lower case it is the generic (:func:`_every_level_in_lower_case`)."""
        if r.number is not None or r.code is not None:
            return False
        own, congress = self.g.every_level
        if own.search(folded_text(self.work)[(r.end - 12 if r.end - 12 > r.start else r.start) : r.end]) or own.match(
            folded_text(self.work)[r.end : r.end + 12]
        ):
            return True  # (the words end the reference or follow it)
        if r.kind != "named" or r.issuer is None:
            return False
        issuer = " ".join(fold(r.issuer).split())
        return congress.fullmatch(issuer) is not None or _every_level_in_lower_case(r, issuer)

    def _lower(self, ts: int, te: int, plans: tuple[str, ...]) -> Optional[str]:
        """How a lower-case type word at ``work[ts:te]`` cites, or None: "lower" (a number, "số", an issuer or a congress
        follows), "lower_title" (a cue or the object of hearing it before, or a plan named by what it carries out) or
        "lower_dated" (a plan named by its years). A type word that is also a verb ("báo cáo") cites after such a cue or
        with a number only: "đã nghe Ban Thường vụ Quân ủy Trung ương báo cáo về công tác chuẩn bị Đại hội …"
        (corpus-real-2/news-vietbao-bct-qutw-ct45-2025.txt) is the verb."""
        work = self.work
        folded = folded_text(work)  # (one call for the three windows below)
        after = folded[te : te + 40]
        lead = _DIGIT_OR_QUOTE_AFTER.match(after)  # (one test for both forms: most type words have neither after them)
        if lead and lead.group("digit") and self.g.alias_before.search(folded[(ts - 30 if ts > 30 else 0) : ts]):
            return "lower_alias"  # "… Quy định số 22-QĐ/TW về công tác kiểm tra, giám sát … (gọi tắt là quy định 22)"
        low = work[ts:te].lower()
        if lead and _QUOTED_AFTER.match(work, te) and self._a_quoted_plan(low):
            return "lower_quoted"  # "… thực hiện đợt II kế hoạch “Tôi làm Công an xã” gắn với …", "đề án 178 "Phụ nữ …""
        if _by_period_after(work, te) and (dt := self.lex.type_by_name(low)) and dt.name in self.cues.periodic:
            return "lower_periodic"  # "Đảng ủy Quân sự tỉnh ra nghị quyết Quý 4 năm 2025" (see periodic)
        if (papers := self.cues.meeting_only.get(len(low))) and fold(low) in papers:  # "nội quy kỳ họp" (see meeting_rules)
            return "lower" if self.g.meeting_named.match(after) else None
        if low in self._statute_words():
            return "lower" if self._party_statute(te) else None
        if _DAY_AFTER.match(work, te) and (c := self.cues).day_lead.search(folded[max(ts - c.day_reach, 0) : ts]):
            return "lower_day"  # "… ban hành trong báo cáo ngày 01/12/2023" (see dated)
        cue = None  # (a cue before: asked once)
        if low in self.lex.cached("verb_types", self._verb_types):
            if _NUMBER_AFTER.match(after) or self._by_a_body(te, after):
                return "lower"
            if not (cue := self._cue_before(ts)) or self._reported_to_a_body(te):
                return None
        elif _LOWER_CITES.match(after) and not (low.startswith(plans) and _MEETING_AFTER.match(after)):
            # (a plan named by the congress or meeting it organises is a title, no congress's own document: "Hội nghị
            # quán triệt, triển khai kế hoạch Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025", corpus-real-9/hu-hungha-
            # thaibinh-trienkhai-ct35-2019.txt; it cites as the plans below do, after a cue or by its years)
            return None if "," in work[ts - 3 : ts] and self._second_of_two_kinds(ts, low, after) else "lower"
        if (
            ts - self.prev_end <= 60
            and self._issued_by_previous(ts)
            and self.prev.doc_type not in self.lex.words("proposal_type")
        ):
            # (not after a proposal: "Xét Tờ trình số 176/TTr-UBND … về việc ban hành quy định phân cấp nguồn thu …"
            # names what is to be issued, corpus-real-6/nq-51-2016-nq-hdnd-kiengiang-phancap-ngansach.txt; a title in
            # capitals there is labelled a citation, "… tại Tờ trình số 66/TTr-SYT … về việc ban hành Quy chế hoạt
            # động của Ban Chỉ đạo …", corpus-real-11/qd-1209-qd-ubnd-hagiang-quyche-bcd-danso-2013.txt)
            return "lower_issued"  # "Quyết định số 217/QĐ-TW … của Bộ Chính trị về việc ban hành quy chế giám sát …"
        if self._reported_before(ts, te) or (_after_an_act(work, ts) and self._issued_by_an_item(ts)):
            return "lower_title"  # "UBND tỉnh ban hành kế hoạch …" (_issued_by_a_body), "…: Số 17/2006/QĐ-BTNMT … ban hành"
        plan = low.startswith(plans)
        if plan:  # (fold keeps each character in its place: the 90 characters after, folded, are the 40 and the 50 after them)
            after += folded_text(work)[te + 40 : te + 90]
        if (plan and _carries_out_match(self.cues.carries_out, after)) or (cue if cue is not None else self._cue_before(ts)):
            return "lower_title"  # "quán triệt chương trình công tác Đoàn … năm 2024": a title, maybe
        if plan and _YEAR.search(work, te, te + 120) and _YEAR_AHEAD.match(after + folded_text(work)[te + 90 : te + 120]):
            return "lower_dated"  # "chương trình phối hợp và thống nhất hành động năm 2022": a plan, one by its years
        if plan and self._of_a_named_kind(ts, low, after):
            return "lower_title"  # "gắn với chương trình mục tiêu quốc gia về xây dựng nông thôn mới": a kind the law names
        return None

    def _second_of_two_kinds(self, ts: int, low: str, after: str) -> bool:
        """Is the lower-case act type ``low`` at ``ts``, "của" its body after it (``after``, folded), the second of two kinds of
        act that body passes, a bare lower-case act type and a comma before it (vocabulary ``kind_pair_type``)? "… về
        triển khai thi hành một số luật, nghị quyết của Quốc hội; pháp lệnh, nghị quyết của Ủy ban Thường vụ Quốc hội"
        (corpus-real-64/news-baomoi-chi-thi-06-ct-vkstc-2025-trien-khai-thi-hanh-luat-nganh-kiem-sat.txt): the kinds,
        no document; "các chỉ thị, nghị quyết của Bộ Chính trị, Ban Bí thư" is never labelled on a dev page either (15
        times on 13 pages of 11 sets, session 53, s53-spur)."""
        work = self.work
        if not work[(ts - 3 if ts > 3 else 0) : ts].rstrip(" \t\n").endswith(","):
            return False  # (most type words: no comma right before, a cheap test first)
        m = _KIND_BEFORE_COMMA.search(work, (ts - 24 if ts > 24 else 0), ts)
        kinds = self.lex.cached("kind_pair_types", self._kind_pair_types)
        two = " ".join(m.group("two").split()) if m is not None else ""
        return (
            " ".join(low.split()) in kinds
            and after.lstrip(" \t\n").startswith("cua")
            and (two in kinds or (m is not None and m.group("one") in kinds))
        )

    def _kind_pair_types(self) -> frozenset:
        """The act types of vocabulary ``kind_pair_type`` in lower case ("nghị quyết", "pháp lệnh")."""
        return frozenset(w.lower() for w in self.lex.words("kind_pair_type"))

    def _party_statute(self, te: int) -> bool:
        """Is the lower-case statute word ending at ``te`` the Party's Statute, "Đảng" capitalised (see after_type): "Căn
        cứ điều lệ Đảng Cộng sản việt nam." (corpus-real-21/enterprise-donasand-dongnai-daihoi-chibo-vanphong-cv-23-cv-du-
        2017.txt), "Báo cáo tổng kết việc thi hành điều lệ Đảng và đề xuất bổ sung, sửa đổi điều lệ Đảng" (corpus-real-23/
        provincial-baodongkhoi-bentre-gopy-vankien-daihoi-ix-2010-cuong-linh.txt); not in a list of kinds, "chấp hành cương
        lĩnh chính trị, điều lệ đảng, nghị quyết, chỉ thị" (corpus-real-11/news-antv-print-qd22-kiemtra-2021.txt), nor
        another statute in lower case?"""
        m = self.g.named.match(self.s, te)
        return m is not None and m.group("party") is not None and self.work[m.start("party")].isupper()

    def _of_a_named_kind(self, ts: int, low: str, after: str) -> bool:
        """Is the lower-case type word ``low`` at ``ts`` followed (``after``: the text after it, folded) by a kind of it
        that the law names (vocabulary ``named_kind``), one document, not several ("các chương trình mục tiêu quốc
        gia")? "Phong trào … gắn với chương trình mục tiêu quốc gia về xây dựng nông thôn mới, được người dân nhiệt tình
        hưởng ứng" (corpus-real-6/hu-quangtrach-sk-nq33-kl43-2019.txt), "chương trình mục tiêu Quốc gia xây dựng NTM đạt
        nhiều kết quả nổi bật" (corpus-real-13/news-baophutho-daihoi-dangbo-xa-danchu-i-2025.txt): its kind names it,
        with no year or cue."""
        kind = self.g.named_kinds.get(low)  # (most types: none)
        return (
            kind is not None
            and kind.match(after) is not None
            and not self.g.in_a_list_before.search(folded_text(self.work)[(ts - 30 if ts > 30 else 0) : ts])
        )

    def _named_kind_title(self, ts: int, te: int) -> bool:
        """:meth:`_of_a_named_kind` of the type word at ``work[ts:te]``."""
        return self._of_a_named_kind(ts, self.work[ts:te].lower(), folded_text(self.work)[te : te + 40])

    def _reported_to_a_body(self, te: int) -> bool:
        """Is the type word that is also a verb ending at ``te`` the verb "report to": its object runs in its clause to
        "về" and a known body it is sent to? "… các ngành, xã đã chủ động xây dựng kế hoạch triển khai thực hiện ở từng
        lĩnh vực, ngành quản lý và định kỳ báo cáo kết quả thực⏎hiện về Ủy ban nhân dân huyện theo dõi chỉ đạo."
        (corpus-real-27/bc-ubnd-giongtrom-2023-phattrienbenvung-bentre-123docz.txt), "… chậm nhất ngày 14/5/2021 và báo
        cáo kết quả về Ban Thường vụ Huyện ủy." (corpus-real/btv-hu-tuyphong-binhthuan-kl93-2021.txt). A report's
        topic after "về" is no body ("báo cáo về tình hình …")."""
        work = self.work
        clause = _REPORT_CLAUSE.match(work, te)
        if clause is None or "về" not in work[te : clause.end()]:
            return False  # (most clauses have no "về": a cheap test first)
        for m in _TO_WHOM.finditer(work, te, clause.end()):
            if self.g.issuer.match(self.s, m.end()) is not None:
                return True
        return False

    def _by_a_body(self, te: int, after: str) -> bool:
        """ "của" and a body right after a type word that is also a verb: the noun, a body's report ("Điều 1. Thống nhất
        với báo cáo của Ủy ban nhân dân⏎tỉnh về kết quả thực hiện …", "các giải pháp đã được đề ra trong báo cáo của Ủy
        ban nhân dân tỉnh", corpus-real-12/nq-15-2020-nq-hdnd-travinh-nhiemvu-ktxh-2021.txt); the verb is followed by
        its topic or its hearer ("báo cáo về …", "báo cáo với Ban Thường vụ"), not by "của"."""
        m = self.g.of_a_body_after.match(after)
        return m is not None and self.g.issuer.match(self.work, te + m.end()) is not None

    def _issued_by_previous(self, ts: int) -> bool:
        """The reference before issues or approves the document whose type word starts at ``ts``: "Quyết định số
        217/QĐ-TW … của Bộ Chính trị về việc ban hành quy chế giám sát phản biện xã hội của MTTQVN …"
        (corpus-real-6/mttq-quan9-hcm-qd217-qd218-2014.txt), "Quyết định số 749/QĐ-TTg … phê duyệt "Chương trình
        Chuyển đổi số quốc gia …"" (corpus-real-9/qd-4216-2020-qd-ubnd-thanhhoa-kh-chuyendoiso.txt). So does one named by
        its issuer (``after_type``'s descriptive): "Thực hiện Nghị quyết số 44/NQ-CP ngày 09/6/2014 của Chính phủ ban hành
        Chương trình hành động của Chính phủ; Chương trình hành động số 35-CTr/TU …" (corpus-real-25/kh-44-kh-ubnd-2014-
        tuyenquang-nq-29-nq-tw-giaoduc-hethongphapluat.txt): in its title, cited, and the list goes on after it."""
        return (
            self.prev is not None
            and ts - self.prev_end <= 60  # (the act is right after the reference: fold no long gap)
            and _ISSUED_BY_PREVIOUS.fullmatch(folded_text(self.work)[self.prev_end : ts]) is not None
        )

    def issued_in_lower_case(self, r: Reference) -> Optional[Found]:
        """The document ``r`` (a decision or a resolution: vocabulary ``plan_approving_type``, tested by the caller)
        approves or issues right after it, its type word in lower case and no type word the scan anchors in lower case
        (vocabulary ``issued_lower_type``): "Căn cứ Quyết định số 81/2006/QĐ-TTg ngày 14/4/2006 của
        Thủ tướng Chính phủ phê duyệt chiến lược quốc gia về tài nguyên nước đến năm 2020" (corpus-real-27/qd-15-2011-qd-
        ubnd-capphep-tainguyennuoc-hungyen-hethongphapluat.txt), "… về việc phê duyệt điều chỉnh quy hoạch⏎tổng thể …"
        (corpus-real-19/nq-14-nq-hdnd-2019-yenbai-chuongtrinh-nhao-thuvienphapluat.txt): nested in ``r``, cited."""
        m = self.lex.cached("issued_lower", self._issued_lower).match(folded_text(self.work)[r.end : r.end + 60])
        if m is None or not self.work[r.end + m.start("t")].islower():
            return None
        ts, te = r.end + m.start("t"), r.end + m.end("t")
        dt = self.lex.type_by_name(self.work[ts:te].lower())
        return self.titled(ts, te, dt.name, "lower_issued") if dt is not None else None

    def _issued_lower(self) -> re.Pattern:
        """The act right after a reference and the type word in lower case it approves or issues (vocabulary
        ``issued_lower_type``), folded: "… về việc phê duyệt điều chỉnh quy hoạch⏎tổng thể …" (corpus-real-19/nq-14-nq-
        hdnd-2019-yenbai-chuongtrinh-nhao-thuvienphapluat.txt)."""
        words = " | ".join(r"\s+".join(map(re.escape, fold(w).split())) for w in self.lex.words("issued_lower_type"))
        return re.compile(_ISSUED_BY_PREVIOUS.pattern + rf"(?: dieu \s+ chinh \s+ )? (?P<t> {words} ) (?![a-z])", re.X)

    def _issued_by_an_item(self, ts: int) -> bool:
        """An item of a list under one type word, its symbol found later by the symbol scan (not yet ``prev``), issues or
        approves the document whose type word starts at ``ts``: "Căn cứ các Quyết định của Thủ tướng Chính phủ: Số
        122/QĐ-TTg ngày 29/8/2008 về việc phê duyệt Quy hoạch tổng thể phát triển kinh tế xã hội tỉnh Phú Yên đến năm
        2020; số 124/QĐ-TTg …" (corpus-real-28/qd-1979-qd-ubnd-2017-quyhoach-nongnghiep-phuyen-hethongphapluat.txt);
        the subject of that item nests it (relate), so no ``issued_by``."""
        if self.prev is None or ts - self.prev_end > 200:
            return False
        return (
            _ISSUED_BY_AN_ITEM.search(folded_text(self.work)[ts - 90 if ts - 90 > self.prev_end else self.prev_end : ts])
            is not None
        )

    def _conveyed_by_previous(self, ts: int) -> bool:
        """The reference before is a letter (vocabulary ``conveying_type``) whose subject opens with the type word at
        ``ts``: it conveys or proposes that document, one of its own, cited ("Ban Chỉ đạo Trung ương đã ban hành Công văn
        số 43-CV/BCĐ (Công văn số 43-CV/BCĐ) về Kế hoạch tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị",
        corpus-real-12/news-thuonghieusanpham-cv43-bcd-kh-sapxep-bomay-kl121-2025.txt); a resolution's or a notice's
        subject is its topic ("Thông báo số 1899-TB/TU … về Kế hoạch tổ chức các đoàn công tác nước ngoài năm 2024",
        corpus-real/kh-58-kh-ubnd-bariavungtau-2024.txt), and "về kết quả … và Kế hoạch …" opens with no type word."""
        return (
            self.prev is not None
            and ts - self.prev_end <= 12
            and self.prev.doc_type in self.lex.words("conveying_type")
            and _CONVEYED_BY_PREVIOUS.fullmatch(folded_text(self.work)[self.prev_end : ts]) is not None
        )

    def _cue_before(self, ts: int) -> bool:
        """A cue or a verb whose object is a document right before ``ts`` (the window folded only when its last word can
        end one: most lower-case type words follow none; a suffix, as the cue pattern has no left boundary)."""
        window = self.work[ts - 30 if ts > 30 else 0 : ts]
        if not last_word(window).endswith(self.cues.ends + object_verb_ends(self.lex)):
            return False
        before = folded_text(self.work)[ts - 30 if ts > 30 else 0 : ts]  # (fold(window))
        return self.cues.before.search(before) is not None or self.g.object_verb_before.search(before) is not None

    def _a_quoted_plan(self, low: str) -> bool:
        """Is ``low`` (a type word in lower case) one a quoted name after it makes a citation (``Grammar.quoted_plans``)?"""
        return "".join(fold(low).split()) in self.g.quoted_plans

    def _passed_types(self) -> frozenset:
        return frozenset(self.lex.words("passed_type"))

    def _verb_types(self) -> frozenset:
        """Type words that in lower case are also verbs, as written and without diacritics."""
        return frozenset(k for w in self.lex.words("verb_type") for k in (w.lower(), fold(w)))

    def _plan_approving_types(self) -> frozenset:
        """The types of the documents that approve a plan or a strategy (vocabulary ``plan_approving_type``: "Quyết
        định", "Nghị quyết")."""
        return frozenset(self.lex.words("plan_approving_type"))

    def _plan_words(self) -> tuple[str, ...]:
        """The types that carry out other documents, lower case, as written and without diacritics ("kế hoạch")."""
        return tuple({k for w in self.lex.words("plan_type") for k in (w.lower(), fold(w))})

    def _type_compounds(self, words: str = "type_compound") -> dict[str, tuple[str, ...]]:
        """type word (lower case, as written) -> the common nouns it ends, folded with a leading space ("luật" ->
        " phap luat", " ky luat"; "quy hoạch" -> " do an quy hoach"); the type word also without its diacritics. Of the
        vocabulary list ``words`` (``type_verb``: the verbs it ends, " ra quyet dinh")."""
        out: dict[str, tuple[str, ...]] = {}
        for w in self.lex.words(words):
            for t in self.lex.type_words:
                if fold(w).endswith(" " + fold(t)):
                    for k in {t.lower(), fold(t)}:
                        out[k] = out.get(k, ()) + (" " + fold(w),)
        return out

    def _ends_a_verb(self, ts: int, te: int) -> bool:
        """Does the lower-case type word at ``work[ts:te]`` end a verb with the word before it (vocabulary
        ``type_verb``: "ra quyết định", to decide), no document? "ra" before "nghị quyết" issues one ("Đảng ủy Quân sự tỉnh
        ra nghị quyết lãnh đạo quý II năm 2024", corpus-real-21/army-thainguyentv-danguy-quansu-nq-lanhdao-quy-ii-dean-
        dqtv-2024.txt), before "quyết định" it decides ("Chủ tịch UBND huyện đã ra quyết định xử phạt …")."""
        ends = self.lex.cached("type_verbs", self._type_compounds, "type_verb").get(self.work[ts:te].lower())
        return ends is not None and folded_text(self.work)[(ts - _COMPOUND_REACH if ts > _COMPOUND_REACH else 0) : te].endswith(
            ends
        )

    def _type_compounds_after(self) -> dict[str, tuple[str, ...]]:
        """type word as the scan may find it (in its three cases, with a line break for a space; also without
        diacritics) -> the words after it that make one common noun with it, folded ("Kế hoạch" -> "hoa": "Kế hoạch hóa
        gia đình", family planning): the type word's text is looked up as it is, no per-word normalising."""
        out: dict[str, tuple[str, ...]] = {}
        for w in self.lex.words("type_compound_after"):
            for t in self.lex.type_words:
                if not fold(w).startswith(fold(t) + " "):
                    continue
                tail = fold(w)[len(fold(t)) + 1 :]
                for k in {t, fold(t)}:
                    for c in {k.lower(), k[0].upper() + k[1:].lower(), k.upper()}:
                        for v in {c, c.replace(" ", "\n")}:
                            out[v] = out.get(v, ()) + (tail,)
        return out

    def anchors(self) -> Iterator[tuple[int, int, str]]:
        """Type words in text order (start, end), with how each is written: "" (capitalised), "lower", "abbr".
        A lower-case word the pattern found by a letter inside it ("nghị quyết" by "ị") starts at the
        beginning of its word (:attr:`Grammar.anchor_keys`)."""
        abbrs, keys, work, s, g = self.g.abbreviations, self.g.anchor_keys, self.work, self.s, self.g
        for m in self.g.anchor.finditer(s):
            a = m.start()
            if s[a] in keys:
                a = anchor_start(g, s, m)
            yield a, m.end(), ("abbr" if m.group() in abbrs else "lower" if work[a].islower() else "")  # (folded: case of work)

    def code_abbreviations(self, typed: list[Found]) -> list[Found]:
        """Codes (Bộ luật) by the abbreviation of their names (vocabulary ``code_abbreviation``), a whole word outside
        every reference found by type word: "Viện kiểm sát các cấp nắm vững quy định của BLDS, BLTTDS, Pháp lệnh thủ
        tục giải quyết các vụ án hành chính" (corpus-real-25/hd-04-vkstc-v12-2007-kiemsat-kinhdoanh-thuongmai-
        hethongphapluat.txt). Each is named by its code's full name, passed by the Quốc hội."""
        pat = self.lex.cached("code_abbreviations", _code_abbreviation_pattern, self.lex)
        if pat is None:
            return []
        names: Optional[dict[str, str]] = None
        out: list[Found] = []
        for m in pat.finditer(self.work):
            if names is None:  # (read once one is met: most texts hold none)
                names, spans = dict(self.lex.pairs("code_abbreviation")), [(f.ref.start, f.ref.end) for f in typed]
            a, b = m.span()
            if a and _in_a_word_or_symbol(self.work[a - 1]) or any(s < b and a < e for s, e in spans):
                continue
            r = self.new(a, b, "Luật", "named")
            r.name, r.issuer_code, r.level = names[m.group()], "QH", "state"
            # its year, date or issuer after it, as after the written-out name ("Luật Công đoàn năm 2012": 2012)
            self.items(r, b)
            out.append(Found(r))
        return out

    def defined_abbreviations(self, typed: list[Found]) -> list[Found]:
        """An abbreviation in capitals a reference is given in parentheses right after it, and its later uses, each a
        whole word outside every reference found: "tiếp tục triển khai Chương trình giáo dục phổ thông 2018 (CTGDPT) ở
        tất cả các cấp học … 1. Tiếp tục tổ chức thực hiện hiệu quả CTGDPT" (corpus-real-27/cv-4555-bgddt-gdpt-2025-
        nhiemvu-namhoc-2025-2026-hethongphapluat.txt), "Luật Biên phòng Việt Nam (BPVN)" (corpus-real-28/tag-baomoi-lan-
        toa-luat-bienphong-tuyenquang-dean-2021-2025.txt); both sets label them (their NOTES rule 7), as corpus-real-25
        does the codes' abbreviations (:meth:`code_abbreviations`). Each is named by the abbreviation, of its antecedent's
        type; the resolution reads the parenthesis as the short name it gives (``resolve._aliases``) and the later uses
        by that name. Only an abbreviation used again: one given and never used is a gloss, not labelled ("việc xây dựng
        và thực hiện Quy chế dân chủ ở cơ sở (QCDCCS) trong đó có xây dựng hương ước", corpus-real-4/news-tapchimoitruong-
        ct30-qcdc-huonguoc-2023.txt). The abbreviation is its type's abbreviation and its number (:meth:`_type_and_number`:
        "Nghị quyết số 33-NQ/TW (NQ33)", corpus-real-29/news-baobariavungtau-bdbp-soket-nq-33-nq-29-2023.txt; an issuer
        after the parenthesis is the reference's, :meth:`_issuer_after_abbreviation`), or the initials of its words
        (:func:`_initials_of`):
        not of its last words only ("Kế hoạch nâng cao chỉ số năng lực cạnh tranh (PCI)", "Quy chế thi tốt nghiệp trung
        học phổ thông (THPT)", "chương trình mục tiêu quốc gia xây dựng nông thôn mới (NTM)" name no document by it); not
        an issuer's or a type's abbreviation ("(UBND)", "(NQ)"), nor a news agency's tag before a dash ("… (QNO) - "), nor
        the initials of its name without its type word, which name the field (:func:`_initials_of`)."""
        work = self.work
        if "(" not in work:
            return []
        defined: dict[str, tuple[Reference, int, int]] = {}
        skip = self.cues.initials_skip
        for f in typed:
            r = f.ref
            if f.list_head or f.plural or r.doc_type is None or r.end >= len(work) or work[r.end] not in " (":
                continue
            m = _DEFINED_ABBREVIATION.match(work, r.end)
            if (
                m is None
                or m.group(1) in defined
                or not (_initials_of(m.group(1), r.text, skip) or self._type_and_number(m.group(1), r))
                or self._known_abbreviation(m.group(1))
            ):
                continue
            defined[m.group(1)] = (r, *m.span(1))
            if r.issuer is None:
                self._issuer_after_abbreviation(r, m.end())
        out: list[Found] = []
        for abbr, (r, a, b) in defined.items():
            uses = self._uses(abbr, b, typed)
            if uses:  # (a name never used again defines nothing the sets label)
                out += [self._abbreviated(a, b, r)] + [self._abbreviated(k, e, r) for k, e in uses]
        return out

    def _uses(self, abbr: str, after: int, typed: list[Found]) -> list[tuple[int, int]]:
        """Where ``abbr`` is written again after ``after``, a whole word outside every reference of ``typed``: "1. Tiếp
        tục tổ chức thực hiện hiệu quả CTGDPT" (corpus-real-27/cv-4555-bgddt-gdpt-2025-nhiemvu-namhoc-2025-2026-
        hethongphapluat.txt), not inside a symbol ("…/CTGDPT") or a longer word."""
        work, out = self.work, []
        k = work.find(abbr, after)
        while k >= 0:
            e = k + len(abbr)
            whole = not (k and _in_a_word_or_symbol(work[k - 1])) and not (e < len(work) and _in_a_word_or_symbol(work[e]))
            if whole and not any(f.ref.start < e and k < f.ref.end for f in typed):
                out.append((k, e))
            k = work.find(abbr, e)
        return out

    def _issuer_after_abbreviation(self, r: Reference, pos: int) -> None:
        """The issuer written after the parenthesis that gives ``r`` its abbreviation (ending at ``pos``) is ``r``'s:
        "Nghị quyết số 29-NQ/TW (NQ29) của Bộ Chính trị về chiến lược bảo vệ Tổ quốc trên không gian mạng" (corpus-
        real-29/news-baobariavungtau-bdbp-soket-nq-33-nq-29-2023.txt). The reference's span stays as written, the
        abbreviation is a mention of its own."""
        im = self.g.item.match(self.s, pos)
        if im is not None and (im.group("o") or im.group("o2")):
            self.issuer_item(r, im)

    def _type_and_number(self, abbr: str, r: Reference) -> bool:
        """Is ``abbr`` the abbreviation of ``r``'s type (``doc_types.csv``: its party or state abbreviation) followed by
        ``r``'s number, as written: "Nghị quyết số 33-NQ/TW (NQ33) về chiến lược bảo vệ biên giới quốc gia … Qua 5 năm
        thực hiện NQ33" (corpus-real-29/news-baobariavungtau-bdbp-soket-nq-33-nq-29-2023.txt)? Not another number
        ("(NQ32)" after 33-NQ/TW) nor another type's letters."""
        n = r.number
        if not n or len(abbr) <= len(n) or not abbr.endswith(n):
            return False
        t = self.lex.type_by_name(r.doc_type)
        return t is not None and abbr[: -len(n)] in (*t.party_abbrs, t.state_abbr)

    def _known_abbreviation(self, abbr: str) -> bool:
        """Is ``abbr`` an issuer's written form or a type's abbreviation ("(UBND)", "(NQ)"), not a name a text defines
        ("(CTGDPT)")?"""
        return abbr in self.lex.cached("known_abbreviations", _known_abbreviations, self.g, self.lex)

    def _abbreviated(self, a: int, b: int, antecedent: Reference) -> Found:
        r = self.new(a, b, antecedent.doc_type, "named")
        r.name = r.text
        return Found(r)

    def bare(self, typed: list[Found]) -> list[Found]:
        """Symbols not inside a reference found by type word."""
        s, g = self.s, self.g
        k = 0  # the first of ``typed`` not ending before the number (read in place: a list of their spans weighed 1x the text)
        j = 0  # the first of ``typed`` not ending before the symbol's core
        out: list[Found] = []
        last_code_end = -1
        for a in code_anchor_starts(s, g):  # (the starts of g.code_anchor.finditer(s), found faster)
            if a < last_code_end:
                continue
            while j < len(typed) and typed[j].ref.end <= a:
                j += 1
            if j < len(typed) and _holds_the_number(s, typed[j].ref.start, a):
                continue  # (most symbols are a typed reference's own: its number is inside it too, not looked for)
            i = _number_start(s, a)  # back to the number the symbol belongs to: "93-", "30/2020/", "1206 /"
            if i is None:
                continue
            while k < len(typed) and typed[k].ref.end <= i:
                k += 1
            if k < len(typed) and typed[k].ref.start <= i < typed[k].ref.end:
                continue
            cm = g.code.match(s, i)
            if not cm or cm.end() <= a:
                continue
            last_code_end = cm.end()
            f = self.bare_code(cm)
            if f is not None:
                out.append(f)
        return out

    # --- after a type word ---------------------------------------------------------------

    def after_type(self, ts: int, te: int, how: str = "") -> Optional[list[Found]]:
        """The reference a type word at ``ts`` starts; ``how`` says how the type was written: "" (a capitalised word),
        "lower" ("kế hoạch của Tỉnh ủy"), "abbr" ("NQ Hội nghị Trung ương 4") — these two only in the forms that say they
        cite a document (a number with "số" or an issuer, a named resolution) — "lower_dated" (a lower-case type with a
        year in its title) or "lower_title" (a lower-case type after a cue: only a title with a year or a name,
        "triển khai chương trình công tác Đoàn … năm 2024")."""
        g, s, work = self.g, self.s, self.work
        type_text = work[ts:te]
        if (dt := self.lex.type_by_name(type_text)) is None and how != "abbr":
            type_text, dt = self._unpaged(type_text)  # ("Nghị 127 quyết số 57")
        doc_type = dt.name if dt else (self.lex.type_of_abbr(type_text, "party") if how == "abbr" else None)
        lower = how != ""
        generic = doc_type is None  # "Văn bản"
        tm = g.type_tail.match(s, te) or self._after_restated_abbr(te, dt)
        if (tm is None or tm.group("num")) and type_text.isascii() and (f := self.slug(ts, te, doc_type)) is not None:
            return [f]
        if tm is None and not lower and doc_type is not None:
            tm = self.qualified(te)
        bare, doc_type = self._bare_number(how, type_text, te, tm, doc_type)  # ("kế hoạch 5 năm": a lower-case type alone)
        if tm and not (bare and not self._issuer_after_numbers(tm.end()) and not self._named_before(doc_type, tm)):
            return self.numbered(ts, te, doc_type, generic, tm)
        if tm:
            return None  # "kế hoạch 5 năm": a lower-case type and a number are a reference with "số" or an issuer
        if type_text.isupper() and _alone_on_line(work, ts, te):
            return None  # the document's own type line ("NGHỊ QUYẾT" over its title), not a citation
        if generic or self._in_passing(te, doc_type):
            return None  # ("Văn bản" alone; a plan named in passing: "Kế hoạch phát triển kinh tế - xã hội 2015 - 2020")
        m = g.this.match(s, te)
        if m:
            r = self.new(ts, m.end(), doc_type, "this")
            r.relation = "self"
            return [Found(r)]
        m = (g.named_law if (law := doc_type in g.law_types) else g.named).match(s, te)
        m = None if m and law and _COUNTED_LAWS.search(work, ts - 16 if ts > 16 else 0, ts) else m  # ("CỦA 37 LUẬT")
        if m and not (how == "lower" and (law or not _named_in_lower_case(m, doc_type))):  # (lower case: see there)
            f = self.named(ts, doc_type, m)
            if f:
                return [f] + self.sharing_the_type(f.ref, doc_type)
        if how == "" and (f := self.short_statute(ts, te, doc_type)) is not None:
            return [f]
        m = g.descriptive.match(s, te)
        if m and not (lower and g.in_a_list_before.search(folded_text(work)[(ts - 30 if ts > 30 else 0) : ts])):
            f = Found(self.new(ts, te, doc_type, "descriptive"), issued_by=self.prev if self._issued_by_previous(ts) else None)
            if self._issued_with_this(ts):  # (its title names the body it is for: "Quy chế hoạt động của Hội đồng …")
                f.ref.relation = "self"
            self.items(f.ref, m.start("cua"))
            if f.ref.issuer and not (lower and fold(f.ref.issuer) in ("trung uong", "tw")):
                return [f]
        if how in _BY_NAME and (f := self.quoted(ts, te, doc_type) or self.by_period_or_issuer(ts, te, doc_type, how)):
            return [f]  # (a lower-case type word only by its quoted name: "kế hoạch “Tôi làm Công an xã”", see _lower)
        if (met := self.of_a_meeting(ts, te, doc_type, how)) is not None:
            return met or None
        if how in _TITLED_HOW and doc_type in self.titles and (f := self.titled(ts, te, doc_type, how, self.titles[doc_type])):
            return [f]
        if how in ("", "lower_title") and (f := self.passed(ts, te, doc_type, how)):
            return [f]
        if how == "" and (f := self.reported(ts, te, doc_type) or self.drafted(ts, te, doc_type) or self.sole(ts, te, doc_type)):
            return [f]
        f = self.dated(ts, te, doc_type, how) if how in _DATED_HOW else None
        return None if f is None else [f]

    def _in_passing(self, te: int, doc_type: str) -> bool:
        """Does a kind of plan or strategy of the state's socio-economic planning follow the type word ending at ``te``
        (vocabulary ``plan_in_passing``), named in passing, no one document? The owners' "Đại hội tiến hành tồng kết … 5
        năm thực hiện Kế hoạch phát triển kinh tế - xã hội 2015 - 2020 và 10 năm thực hiện Chiến lược phát triển kinh tế
        - xã hội 2011 - 2020" (corpus-real/ct-35-tw-2019-bochinhtri-badinh.txt) has no row for either, nor has "là năm đầu
        tiên thực hiện Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025" (corpus-real-31/bc-ubnd-aluoi-kinh-te-xa-
        hoi-6-thang-2021.txt, DECISIONS D44). A numbered one ("Kế hoạch số 79 …") is read before this is asked."""
        kinds = self.lex.cached("plan_in_passing", _plans_in_passing, self.lex).get(doc_type)
        return kinds is not None and kinds.match(folded_text(self.work), te) is not None

    def _unpaged(self, written: str):
        """(the capitalised type word ``written`` read without a page number between its words, its type): "Nghị 127
        quyết số 57" -> "Nghị quyết" (the type words' rare branch, :func:`vanban.grammar.patterns._page_split`; the
        reference's span keeps the number); ``written`` and None when it holds none ("Văn bản")."""
        unpaged = type_without_page(written)
        return (written, None) if unpaged is None else (unpaged, self.lex.type_by_name(unpaged))

    def _after_restated_abbr(self, te: int, dt) -> Optional[re.Match]:
        """The number after a type word's own Party abbreviation restated right after it (in parentheses or not):
        "Đề án tổng kết 15 năm thực hiện Nghị quyết (NQ) 32 của Bộ Chính trị (khóa 9)", "… thực hiện Nghị quyết NQ 32"
        (corpus-real-24/provincial-haiphong-hoithao-tongket-15-nam-nq-32-bct-2018.txt); or None. Not another
        abbreviation: "Nghị quyết TW 7 khóa X" is the plenum's (corpus-real-7/hu-tamduong-vinhphuc-tongket-nq-tw7-…)."""
        m = _RESTATED_ABBR.match(self.work, te) if dt is not None else None
        return self.g.type_tail.match(self.s, m.end()) if m and m.group("abbr") in dt.party_abbrs else None

    def _bare_number(self, how: str, type_text: str, te: int, tm: Optional[re.Match], doc_type):
        """(is the number after a type word ``how`` wrote a bare one, which cites only with an issuer after it; the type).
        A lower-case type word cites with "số", a symbol or an issuer after it ("và kết luận 32/kl TW, tham dự"), or
        after the list of numbers it heads ("quán triệt những nội dung cơ bản quyết định 217, 218 của Bộ Chính Trị",
        corpus-real-10/mttq-quangdien-hue-quantriet-qd217-218.txt), not with a number alone ("kế hoạch 5 năm"); a Party
        abbreviation cites by its number alone ("tổng kết 15 năm thực hiện NQ 32", corpus-real-24/provincial-haiphong-
        hoithao-tongket-15-nam-nq-32-bct-2018.txt; vocabulary ``short_abbr``), and so does one a number and its year are
        glued to, the state's numbering ("Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009": Thông tư, corpus-real-17/
        school-thpt-huongkhe-quyche-3-congkhai-tt36-2017-tt09-2009.txt)."""
        if tm is None or how == "" or how in _NAMED_NUMBER or tm.group("so") or tm.group("code"):
            return False, doc_type
        if how != "abbr":
            # (but a page number between it and its "số": "theo công văn 167 số 3597 ngày 09/8/2019", see numbered)
            num = tm.group("num")
            return num is None or len(num) > 3 or self._number_after_page(tm.end("num")) is None, doc_type
        if tm.group("ynum") is not None and tm.start("ynum") == te:
            return False, self.lex.type_of_abbr(type_text, "state") or doc_type
        return type_text not in self.g.short_abbrs, doc_type

    def _named_before(self, doc_type, tm: re.Match) -> bool:
        """Was the type and bare number ``tm`` reads already found on the page (:attr:`numbers`)? A lower-case short form
        of it then cites with its number alone: "… Kết luận 127 của Bộ Chính trị, Ban Bí thư … Tại kết luận 127, Bộ
        Chính trị, Ban Bí thư đã yêu cầu tạm dừng …" (corpus-real-31/tin-quangnam-ket-luan-127-kl-tw-2025.txt), as a
        capitalised one does (:meth:`numbered`); not a count of years or months ("… Kế hoạch số 5 …; kế hoạch 5 năm")."""
        if tm.group("num") is None or (doc_type, self.work[tm.start("num") : tm.end("num")]) not in self.numbers:
            return False
        return _DURATION_AFTER.match(self.work, tm.end("num")) is None

    def short_statute(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A mass organisation's statute by the short name its members give the organisation (vocabulary
        ``statute_short_name``): "dự thảo Điều lệ Hội (sửa đổi, bổ sung)" (corpus-real-13/news-baotuyenquang-daihoi-
        phunu-tinh-i-phien1-2025.txt), "thực hiện đúng và thống nhất Điều lệ Đoàn như sau" (corpus-real-24/youth-pvu-
        doanthe-list-huongdan-dieule-doan-khoa-ix.txt); not when the organisation's full name goes on ("Điều lệ Hội Liên
        hiệp Phụ nữ Việt Nam", "Điều lệ Đoàn TNCS Hồ Chí Minh": a title)."""
        if doc_type not in self.g.statute_types:
            return None
        m = self.g.statute_short.match(self.work, te)
        if m is None:
            return None
        return Found(self.new(ts, m.end("short"), doc_type, "named"))

    def reported(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A document another body is reported to have issued ("đã", "vừa" or "mới" before "ban hành"; see
        :func:`_reported_issued`), whatever its type, by its title or, when none can be read, by its type word alone:
        "Ban Tổ chức Ban Chấp hành Trung ương vừa ban hành Hướng dẫn về việc thành lập tổ chức Đảng …"
        (corpus-real-13/tt-xuantien-chuongmy-hanoi-bienche-dangy-capxa-hd-btctw-2025.txt), "Ban Bí thư Trung ương Đoàn
        đã ban hành Kế hoạch hướng dẫn tổ chức Đại hội thanh niên tiên tiến …" (corpus-real-7/twd-daihoi-tntt-
        lamtheoloibac-ct03-2014.txt), "UBND TP đã ban hành Kế hoạch triển khai thực hiện “Đề án …”" (corpus-real-16/
        news-vpub-hcm-kh-dean-chienluoc-vanhoa-nq33-2022.txt). A word of its title follows the type word (a comma
        after it starts a list of types, no one document)."""
        work = self.work
        if not _TITLE_WORD_AFTER.match(work, te) or not self._reported_before(ts, te, " \t\n*_:,"):
            return None
        # (the title of a type cited by its title wherever it stands was read already)
        f = self.titled(ts, te, doc_type) if self.titles.get(doc_type, True) else None
        if f is None and _own_content_follows(work, te):
            return None  # (the page's own, its content announced in the next sentence)
        return f if f is not None else Found(self.new(ts, te, doc_type, "descriptive"))

    def drafted(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A draft named by its capitalised type word alone, the first time the page names that type (vocabulary
        ``draft_word``, value ``any``; drafts are cited, corpus-real-22 decision 9): "Bộ Nông nghiệp và Phát triển nông
        thôn lấy ý kiến góp ý dự thảo Thông tư về giống cây trồng lâm nghiệp", "… đối với dự thảo Thông tư và dự thảo Tờ
        trình gửi kèm theo văn bản này" (corpus-real-21/ministry-tongcuclamnghiep-duthao-thongtu-giong-cay-tt-30-2018-
        2021.txt), "Báo cáo tình hình thẩm định dự thảo Nghị quyết về cơ chế khuyến khích …" (corpus-real-26/sotp-
        soctrang-baophapluat-2017-kehoach-phapche-chuongtrinh-hotro-phaply.txt). Not several ("các dự thảo Nghị quyết",
        "dự thảo văn kiện": a congress's documents, vocabulary ``collective_type``), nor a draft the page named before,
        its type word said again ("Về tổ chức thực hiện, dự thảo Chương trình nêu ra 2 giai đoạn thực hiện", corpus-real-7/
        twd-baocantho-ctrhd-nq-xi-2011.txt; "Để tiếp tục hoàn thiện dự thảo Thông tư, …")."""
        work = self.work
        if not work[(ts - 9 if ts > 9 else 0) : ts].rstrip(" \t").endswith(self.g.draft_any_ends):
            return None  # (most type words: no draft word right before, a cheap test first: "thảo", grammar draft_any_ends)
        before = folded_text(work)[(ts - 24 if ts > 24 else 0) : ts]
        m = self.g.draft_before.search(before)
        if m is None or not m.group("any") or work[ts:te].isupper() or self.g.several_before.search(before, 0, m.start()):
            return None
        if doc_type in self.lex.words("collective_type") or _THIS_AFTER.match(work, te):
            return None  # (or the page's own draft: "Báo điện tử Dân Việt đăng tải toàn văn dự thảo Báo cáo quan trọng này")
        if re.compile(re.escape(work[ts:te]), re.IGNORECASE).search(work, 0, ts) is not None:  # (no copy of work[:ts])
            return None  # (its type named before: the same draft again)
        p = self.prev
        if p is not None and p.doc_type in self.lex.words("proposal_type") and not _CLAUSE_BREAK.search(work, p.end, ts):
            # the page's own act a proposal submits (agreement D4): "Xét Tờ trình số 210/TTr-UBND … của Ủy ban nhân dân
            # tỉnh dự thảo Nghị quyết về Kế hoạch phát triển kinh tế - xã hội năm 2023" (corpus-real-12/nq-38-nq-hdnd-
            # haugiang-kehoach-ktxh-2023.txt)
            return None
        r = self.new(ts, te, doc_type, "descriptive")
        self.items(r, te)  # (its issuer, as the parties of a joint one: "dự thảo Nghị quyết liên tịch giữa UBTVQH, …")
        return Found(r, titled=True)  # (one document, named as the draft)

    def sole(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A type word that names one document by itself, capitalised, nothing read after it (vocabulary ``sole_type``: the
        Constitution; the sets label it, "a capitalised unique document", agreement D15): "… theo đúng quy định của Đảng,
        Hiến pháp, pháp luật của Nhà nước" (corpus-real-16/nqlt-chinhphu-dct-mttq-phoihop-thuvienphapluat.txt), "Giáo dục
        QP và AN phải đảm bảo nguyên tắc tuân thủ Hiến pháp và pháp luật …" (corpus-real-53/doc-baoquankhu2-tin-luat-giao-
        duc-quoc-phong-an-ninh-2018.txt). Its year or country after it is a name, read before (grammar ``named_law``)."""
        if doc_type not in self.lex.words("sole_type"):
            return None
        r = self.new(ts, te, doc_type, "named")
        r.name = self.work[ts:te]
        return Found(r)

    def _reported_before(self, ts: int, te: int, gap: str = " \t*_:") -> bool:
        """Is the type word at ``work[ts:te]`` the object of an issue reported ("đã ban hành", "<body> ban hành"; see
        :func:`_reported_issued`, :meth:`_issued_by_a_body`), only ``gap``'s characters between? In lower case, as after
        a cue, its title may then name it, by a year or a name: "UBND tỉnh ban hành kế hoạch thời gian năm học 2014 -
        2015" (corpus-real-22/school-baobaclieu-qd-1038-qd-ubnd-kehoach-thoigian-namhoc-2014-2015.txt); capitalised, see
        :meth:`reported` (a line break or a comma may stand between there)."""
        if not self.work[(ts - 12 if ts > 12 else 0) : ts].rstrip(gap).lower().endswith(("hành", "hanh")):
            return False  # (most type words: no "ban hành" right before, a cheap test first)
        before = folded_text(self.work)[(ts - 40 if ts > 40 else 0) : ts]
        return _reported_issued(self.work, self.g, before, te) or self._issued_by_a_body(ts, te, before)

    def _issued_by_a_body(self, ts: int, te: int, before: str) -> bool:
        """Is the document whose type word is at ``work[ts:te]`` reported issued by the body named right before "ban hành"
        (``before``: the folded window before ``ts``), in a sentence that does not go on to give it ("như sau")? A news
        page names the issuer as the subject of the act: "Ngày 20/9, Thủ tướng Chính phủ ban hành Kế hoạch tổ
        chứcthực hiện Phong trào thi đua …" (corpus-real-16/news-moc-kh-phongtrao-thidua-nongthonmoi-2011.txt), "Tỉnh
        ủy ban hành Đề án xây dựng nông thôn mới giai đoạn⏎2016-2020" (corpus-real-18/department-skhcn-laocai-ctmtqg-
        ntm-kl-71-kl-tu-2016.txt), "UBND tỉnh ban hành kế hoạch thời gian năm học 2014 - 2015" (corpus-real-22/school-
        baobaclieu-qd-1038-qd-ubnd-kehoach-thoigian-namhoc-2014-2015.txt); the page's own plan is announced ("Ủy ban
        nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện như sau:"), and "ban hành" with no body before it is a
        title's or an enacting clause's ("QUYẾT ĐỊNH⏎Ban hành Kế hoạch …"). So with "xây dựng" (drafting it) before a
        capitalised type word: "Lần đầu tiên, Ban Chấp hành Đảng bộ tỉnh Hậu Giang xây dựng Chương trình hành động thực
        hiện Nghị quyết Đại hội …" (corpus-real-29/news-haugiang-chuongtrinh-50-ctr-tu-nq-daihoi-xiv.txt), the own one
        announced as well ("UBND tỉnh xây dựng Kế hoạch tiếp⏎tục thực hiện Đề án … như sau:"). ``before`` is always the
        same window
        (:meth:`_reported_before`, :meth:`reported`, :meth:`titled`): the answer is remembered by the type word's span."""
        got = self.issued_at.get((ts, te))
        if got is None:
            got = self.issued_at[(ts, te)] = self._read_issued_by_a_body(ts, te, before)
        return got

    def _read_issued_by_a_body(self, ts: int, te: int, before: str) -> bool:
        m = _ISSUING_AT_END.search(before)
        if m is None and self.work[ts].isupper() and before.rstrip(" \t*_:").endswith("dung"):
            # (drafting it: a capitalised type word only, a second search only where the window ends so; "xây dựng kế
            # hoạch thực hiện …" in lower case is the act of carrying out, see relate._governed_by_another_plan)
            m = _DRAFTING_AT_END.search(before)
        if m is None:
            return False
        work = self.work
        e = ts - len(before) + m.start()  # (fold keeps each character in its place)
        while e > 0 and work[e - 1] in " \t":
            e -= 1
        if _own_sentence(work, te) or _own_title_again(work, ts, te) or _numbered_in_brackets(work, ts, te):
            return False  # (what does not depend on the body first: no issuer read)
        lo = e - _BODY_REACH if e > _BODY_REACH else 0
        g, exact = self.g, self.g.mode != "folded"
        for k in range(lo, e):
            if (k == 0 or work[k - 1] in " \t\n(,") and work[k].isupper():
                if exact:
                    # (read_issuer's fields only when the match reaches "ban hành": as written, the issuer ends where
                    # its match does or before, or past a line break, none here)
                    im = g.issuer.match(work, k)
                    if im is None or (im.end() < e and "\n" not in work[k:e]):
                        continue
                    got = issuer_of_match(g, self.lex, work, im)
                else:
                    got = read_issuer(g, self.lex, self.s, work, k)
                if got is not None and got[0].body is not None and got[2] == e:
                    return _opens_a_clause(work, k)
        return False

    def passed(self, ts: int, te: int, doc_type: Optional[str], how: str) -> Optional[Found]:
        """A resolution or decision named by its title as the object of passing, signing or announcing it (vocabulary
        ``passed_type``, grammar ``object_verb_before``): "Kỳ họp đã thông qua nghị quyết về phê chuẩn kết quả bầu bổ sung
        chức vụ Phó Chủ tịch Ủy ban nhân dân huyện nhiệm kỳ 2021 - 2026" (corpus-real-8/hdnd-huonghoa-quangtri-kyhop23.txt),
        "Thủ tướng Chính phủ vừa ký Quyết định thành lập 5 tổ công tác …"; elsewhere such a title is a topic or a verb
        ("quyết định thành lập chi bộ mới")."""
        passed = self.lex.cached("passed_types", self._passed_types)
        if doc_type not in passed:
            return None
        prev = self.prev
        listed = prev is not None and prev.kind == "descriptive" and prev.doc_type in passed
        if not (listed and _AND_GAP.fullmatch(self.work, self.prev_end, ts)):  # "… nhiệm kỳ 2021 - 2026 và Nghị quyết về …"
            if not ends_with_object_verb(self.g, self.lex, self.work[(ts - 30 if ts > 30 else 0) : ts]):
                return None
        about = _ABOUT_AFTER.match(self.work, te)  # "nghị quyết về …": the title is the subject
        return self.titled(ts, about.end() if about else te, doc_type, how)

    def by_period_or_issuer(self, ts: int, te: int, doc_type: str, how: str) -> Optional[Found]:
        """A document named by its period, or (a capitalised type word) by its issuer right after it."""
        if how == "lower_quoted":
            return None
        return self.periodic(ts, te, doc_type) or (self.issuer_named(ts, te, doc_type) if how == "" else None)

    def dated(self, ts: int, te: int, doc_type: str, how: str = "") -> Optional[Found]:
        """A document named by its date alone, right after its type word (no number, no title): "Hội Cựu chiến binh khối
        UBND được thành lập theo Quyết định ngày 29/8/2025 trên cơ sở hợp nhất ba tổ chức hội" (corpus-real-14/news-
        huengaynay-ccb-khoi-ubnd-hue-daihoi-2025.txt), "… vừa được Ủy ban nhân dân tỉnh ban hành trong báo cáo ngày
        01/12/2023" (corpus-real-30/bai-ke-hoach-nam-2024-dongthap-bc-445.txt; a lower-case type word only after "trong",
        "theo", "tại": "Sở báo cáo ngày 01/12/2023 …" is the verb, see _lower); the items after it are read with it (the
        date, then "của <issuer>"). ``how`` "lower_day": :meth:`_lower` found the date after it already."""
        if how != "lower_day" and not _DAY_AFTER.match(self.work, te):
            return None
        r = self.new(ts, te, doc_type, "descriptive")
        self.items(r, te)
        return Found(r, titled=True) if r.date is not None else None

    def periodic(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A capitalised type word named by the year (or the quarter, then in lower case too: "Đảng ủy Quân sự tỉnh ra
        nghị quyết Quý 4 năm 2025", corpus-real-18/army-baophutho-duqs-nghiquyet-quy-4-2025.txt) it is for, one body's
        document of that period (vocabulary ``periodic_type``): "Hội nghị tổng kết năm 2022 và triển khai Kế hoạch năm
        2023" (corpus-real-19/state-quangnam-ketluan-pct-kehoach-nongnghiep-2022-2023.txt), "Quyết tâm thực hiện thắng lợi
        Nghị quyết năm 2022 đã đề ra" (corpus-real-14/news-baotayninh-tag-video-nq-nam-2022-bch-tinh-2022.txt); in lower
        case by its year it is the year's plan as a common noun ("hoàn thành các chỉ tiêu kế hoạch năm 2019"), a range
        of years a five-year one."""
        work = self.work
        if doc_type not in self.cues.periodic:
            return None
        t = _TASKS.match(work, te)  # (or by the tasks of that period: "Nghị quyết nhiệm vụ năm 2016 của Đảng ủy Khối")
        m = _PERIODIC.match(work, t.end() if t else te)
        if m is None or (work[ts:te].isupper() and not _caps_context(work, ts, te)):
            return None
        if self.g.not_a_title_before.search(folded_text(work)[(ts - 40 if ts > 40 else 0) : ts]):
            return None  # "ban hành Kế hoạch năm 2024": the document's own; "các Nghị quyết năm 2022": several
        r = self.new(ts, m.end(), doc_type, "descriptive")
        r.name, r.year = " ".join(work[ts : m.end()].split()), int(m.group("y"))
        if not work[m.end() : m.end() + 3].lstrip(" \t").startswith("\n"):
            self.items(r, m.end())  # (not into the next line: a headline's "… Kế hoạch năm 2023\nNgày 22/11/2022, …")
        return Found(r, titled=True)

    def _statute_words(self) -> frozenset:
        """The grammar's statute types (:attr:`Grammar.statute_types`: "Điều lệ") in lower case, built once per lexicon."""
        return self.lex.cached("statute_words", _lowered, self.g.statute_types)

    def _issuer_after_numbers(self, pos: int) -> bool:
        """Does an issuer follow ``pos``, or the list of numbers that goes on there ("…, 218 của Bộ Chính trị")?"""
        g, s = self.g, self.s
        if g.followed_by_issuer.match(s, pos) or self._issuer_after_page(pos):
            return True
        nl = _NUMBER_LIST.match(s, pos)
        return nl is not None and (g.followed_by_issuer.match(s, nl.end()) is not None or self._issuer_after_page(nl.end()))

    def _issuer_after_page(self, pos: int) -> bool:
        """Does an issuer follow ``pos`` once a page number a flattened PDF left inside it is taken out? "quán triệt quy
        định 144 của 53 Bộ Chính trị", "quyết định 217, 218 của Bộ 158 Chính Trị" (the checklist's page-number forms of
        corpus-real-2/hu-longthanh-dongnai-qd144-2024.txt, corpus-real-10/mttq-quangdien-hue-quantriet-qd217-218.txt);
        references.pages reads the issuer without it."""
        if (m := _PAGE_IN_ISSUER.match(self.s, pos)) is None:
            return False
        a, b = m.span("n")
        return self.g.followed_by_issuer.match(self.s[pos:a] + self.s[b : b + 120]) is not None

    def quoted(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A document named by its subject in quotes: "Nghị quyết về “Tăng cường sự lãnh đạo của Đảng đối với công tác
        dân vận trong tình hình mới”", "Đề án “Đổi mới công tác giáo dục chính trị tại đơn vị trong giai đoạn mới”"
        (not the document's own: "ban hành Kế hoạch “…”")."""
        m = _QUOTED_NAME.match(self.work, te) or _APOSTROPHE_NAME.match(self.work, te)
        if m is None:
            return None
        if self.work[te : m.start("t")].strip(" \t“\"«'‘") == "" and doc_type in self.lex.words("activity_type"):
            # a programme named by its slogan is an activity: "Hội LHPN tỉnh trao tặng quà cho các em học sinh gắn với
            # Chương trình “Mẹ đỡ đầu”" (corpus-real-8/hlhpn-bentre-sk-ct01-tu-dean939-2022.txt); "về" names a subject
            return None
        issued = self._issued_by_previous(ts)
        if not issued and self.g.not_a_title_before.search(folded_text(self.work)[(ts - 40 if ts > 40 else 0) : ts]):
            # (one the reference before approves is another's: "Quyết định số 2589/QĐ-TTg … phê duyệt Đề án “Tổ chức các
            # hoạt động nhân Ngày Quốc tế Hạnh phúc 20 tháng 3 hằng năm”", corpus-real-13/bdt-hagiang-toadam-8-3-qd2589-…)
            return None
        if self.work[ts:te].isupper() and not _caps_context(self.work, ts, te):
            return None  # (a lower-case type word comes here only as a plan named in quotes: see _Parser._lower)
        if _NUMBERED_INSIDE.search(m.group("t")) and (cut := self._numbered_in_title(m.start("t"), m.end("t"))) is not None:
            # the quoted title names a numbered document of its own: the name stops where that one starts, which is read
            # next ("Hội nghị Ban Chỉ đạo Đề án “Tổng kết 10 năm thực hiện Nghị quyết số 09-NQ/TW, ngày 9/12/2011 của Bộ
            # Chính trị (khóa XI) về xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam …” đã diễn ra chiều
            # 14/11", corpus-real-32/news-vnanet-tong-ket-nghi-quyet-09-nqtw-doanh-nhan.txt)
            end = m.start("t") + len(self.work[m.start("t") : cut].rstrip(" \t\n,"))
            r = self.new(ts, end, doc_type, "descriptive")
            r.name = " ".join(self.work[ts:end].split())
            r.subject, r.subject_span = " ".join(self.work[m.start("t") : end].split()), (m.start("t"), end)
            return Found(r, titled=True, issued_by=self.prev if issued else None)
        r = self.new(ts, m.end(), doc_type, "descriptive")
        r.name = " ".join(self.work[ts : m.end()].split())
        r.subject, r.subject_span = " ".join(m.group("t").split()), m.span("t")
        f = Found(r, titled=True, issued_by=self.prev if issued else None)
        self.items(r, m.end())
        return f

    def issuer_named(self, ts: int, te: int, doc_type: str) -> Optional[Found]:
        """A document named by its issuer right after its type word, no "của" between: "Thông qua học tập, quán triệt
        Nghị quyết Quân ủy Trung ương, toàn quân đoàn …" (corpus-real-13/news-qdnd-du-quandoan2-quantriet-nq-qutw-2023.txt),
        "hoàn thành xuất sắc các mục tiêu Nghị quyết Tỉnh ủy về phát triển kinh tế - xã hội năm 2025" (corpus-real-12/
        news-la34-tu-longan-gapmat-xuan-2025.txt). A known body only (issuers.csv), the type inside a sentence (at its
        start "Hướng dẫn", "Thông báo" may be verbs), not in capitals (a heading's words), not a charter (vocabulary
        ``charter_type``)."""
        work = self.work
        gap = _ISSUER_GAP.match(work, te)
        if gap is None or not work[gap.end() : gap.end() + 1].isupper():
            return None  # (a body's name starts with a capital: a cheap test first)
        if work[ts:te].isupper() or doc_type in self.lex.words("charter_type"):
            return None  # ("Điều lệ Đoàn TNCS Hồ Chí Minh": the body a charter constitutes, not its issuer)
        if _SENTENCE_START.search(work, (ts - 3 if ts > 3 else 0), ts):
            return None
        got = read_issuer(self.g, self.lex, self.s, work, gap.end())
        if got is None or got[0].body is None:
            return None
        r = self.new(ts, te, doc_type, "descriptive")
        r.end = self.issuer_item(r, None, gap.end())
        self.items(r, r.end)
        return Found(r)

    def _approved(self, ts: int, te: int, before: str) -> bool:
        """Is the plan at ``work[ts:te]`` the object of approving it in a sentence of another's act, named by what it
        carries out (:meth:`_carries_out`), as after "đã ban hành" (:func:`_reported_issued`)? "Chính phủ phê duyệt Kế
        hoạch thực hiện Quy hoạch điện VIII Phó Thủ tướng Trần Hồng Hà vừa ký quyết định phê duyệt Kế hoạch thực hiện
        Quy hoạch phát triển điện lực quốc gia …" (corpus-real-30/tag-congthuong-ke-hoach-thuc-hien-quy-hoach-dien-
        viii.txt). Not the own title of a decision ("QUYẾT ĐỊNH⏎Về việc phê duyệt Kế hoạch …": "phê duyệt" opens its
        line), nor a page that goes on to give the plan ("như sau"). ``before``: the folded 40 characters before ``ts``."""
        if not before.rstrip(" \t*_:").endswith("duyet"):
            return False  # (most windows end otherwise: a cheap test first)
        m = _APPROVING_AT_END.search(before)
        if m is None:
            return False
        work = self.work
        at = ts - len(before) + m.start()  # (fold keeps each character in its place)
        head = folded_text(work)[line_start(work, at) : at].strip(" \t*_-:")
        if head in ("", "ve viec", "v/v"):
            return False
        return self._carries_out(ts, te, "") and not _own_sentence(work, te)

    def _in_previous_subject(self, ts: int, te: int, how: str) -> bool:
        """Is the titled type word at ``ts`` in the subject of the reference before? "Thông báo số 1899-TB/TU … về Kế
        hoạch tổ chức các đoàn công tác nước ngoài năm 2024", "Nghị quyết số 120/2020/QH14 … phê duyệt chủ trương đầu tư
        Chương trình mục tiêu quốc gia …": the title is what the previous reference is about, not another citation (the
        clause test first: it stops at the first break, where the folded span since the last reference can be long);
        not a plan joined to it by "và" that is named by what it carries out: "… Nghị quyết số 68-NQ/TW ngày 04/5/2025 của
        Bộ Chính trị về phát triển kinh tế tư nhân và kế hoạch thực hiện Nghị quyết số 68-NQ/TW" (corpus-real-11/
        danguy-soxaydung-quangngai-quantriet-nq66-nq68-2025.txt); nor such a plan that the subject opens with, the
        document the reference before issues: "Thực hiện Nghị quyết số 139/NQ-CP ngày 31/12/2017 của Chính phủ, về
        Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW" (corpus-real-27/qd-446-qd-ubnd-2018-khhd-nq-139-nq-cp-
        suckhoe-dienbien-vanbanphapluat.txt); not when the reference before opens its line, the page's title ("Quyết định
        446/QĐ-UBND năm 2018 về Kế hoạch hành động thực hiện Nghị quyết 139/NQ-CP": its own plan, unlabelled)."""
        work = self.work
        if self.prev is None or _CLAUSE_BREAK.search(work, self.prev_end, ts):
            return False  # (no reference before: no subject to be in)
        opens = _SUBJECT_OPENS.search(folded_text(work)[self.prev_end : ts])
        return (
            opens is not None
            and not (self._joined_or_about(ts) and self._carries_out(ts, te, how))
            and not self._in_an_unnumbered_subject(ts, te, self.prev_end + opens.start())
        )

    def _joined_or_about(self, ts: int) -> bool:
        """Does "và" stand right before ``ts``, or "về" after a reference before that does not open its line?"""
        work = self.work
        m = _JOINED_OR_ABOUT_BEFORE.search(work, (ts - 6 if ts > 6 else 0), ts)
        if m is None or m.group(1) in ("và", "va"):
            return m is not None
        a = self.prev.start
        return not opens_line(work, a)

    def _in_a_subject(self, ts: int, te: int, how: str) -> Optional[str]:
        """ "" when the titled type word at ``ts`` is in no subject of the reference before (:meth:`_in_previous_subject`),
        how the subject carries it out when it does (:meth:`_carried_out_in_subject`, a nested citation: ``_BY_A_CUE``
        or ``_BY_THE_HEAD``), None when it is only the subject's topic (no citation)."""
        if not self._in_previous_subject(ts, te, how):
            return ""
        if self.work[ts].isupper() and (dt := self.lex.type_by_name(self.work[ts:te])) and dt.name in self.g.submitted_types:
            # a scheme the subject names is a document the reference before concludes on, cited: "… thực hiện Kết luận số
            # 53-KL/TW của Bộ Chính trị (khóa X) về Đề án An ninh lương thực quốc gia đến năm 2020, …" (corpus-real-36/
            # news-kontumtv-chinh-phu-nghi-quyet-34-nqcp-an-ninh-luong-thuc-2021.txt; vocabulary submitted_type)
            return _A_SCHEME
        if self._approved_in_subject(ts, te):
            return _A_SCHEME  # (a plan a decision approves names no issuer of its own either: its "của" is its title's)
        return self._carried_out_in_subject(ts, te) or None

    def _approved_in_subject(self, ts: int, te: int) -> bool:
        """Is the capitalised plan at ``work[ts:te]`` (vocabulary ``approved_type``) what the numbered decision or
        resolution right before (vocabulary ``plan_approving_type``) approves, named right after the "về" of its
        subject? "- 5Quyết định 2699/QĐ-UBND năm 2018 về Kế hoạch hành động phát triển bền vững tỉnh Bến Tre đến năm
        2030" (corpus-real-45/list-hethongphapluat-qd1012-qd-ubnd-bentre-bien-doi-khi-hau-2021.txt): labelled, cited. A
        plan of the socio-economic planning there ("Căn cứ Nghị quyết số 97/NQ-HĐND ngày 13/12/2020 của Hội đồng nhân
        dân tỉnh về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021", corpus-real-21/kh-111-…) never comes here: named
        in passing (:meth:`_in_passing`, DECISIONS D44). Not a notice's topic ("Thông báo số 1899-TB/TU … về Kế hoạch tổ
        chức các đoàn công tác nước ngoài năm 2024", corpus-real/kh-58-kh-ubnd-bariavungtau-2024.txt), nor a page's own
        title, the decision opening its line ("Quyết định 446/QĐ-UBND năm 2018 về Kế hoạch hành động thực hiện Nghị
        quyết 139/NQ-CP", corpus-real-27/qd-446-qd-ubnd-2018-khhd-nq-139-nq-cp-suckhoe-dienbien-vanbanphapluat.txt):
        neither labelled."""
        work, prev = self.work, self.prev
        if not work[ts].isupper() or prev is None or prev.kind != "code" or opens_line(work, prev.start):
            return False
        dt = self.lex.type_by_name(work[ts:te])
        if dt is None or dt.name not in self.g.approved_types:
            return False
        if prev.doc_type not in self.lex.cached("plan_approving_types", self._plan_approving_types):
            return False
        m = _JOINED_OR_ABOUT_BEFORE.search(work, (ts - 6 if ts > 6 else 0), ts)
        return m is not None and m.group(1) in ("về", "VỀ") and folded_text(work)[self.prev_end : m.start()].strip(" ,") == ""

    def _carried_out_in_subject(self, ts: int, te: int) -> str:
        """Does an implementing cue (:attr:`_Cues.before`: "thực hiện", "triển khai", …) stand right before the titled type
        word at ``ts`` in the subject of the reference before? The subject names a document it carries out, one of its own
        to cite: "Công văn số 824/UBND-TH … về phân công chỉ đạo điều hành thực hiện chương trình công tác năm 2020"
        (corpus-real/qd-2198-qd-ubnd-hcm-2021.txt), "Kết luận số 71-KL/TU … về cơ chế hỗ trợ thực hiện Chương trình xây
        dựng nông thôn mới giai đoạn⏎2016-2020" (corpus-real-18/department-skhcn-laocai-ctmtqg-ntm-kl-71-kl-tu-2016.txt),
        "Quyết định số 3098/QĐ-UBND … về việc thành lập Tổ công tác triển khai Kế hoạch nâng cao chỉ số năng lực cạnh
        tranh tỉnh Quảng Ninh" (corpus-real-15/qd-757-qd-ubnd-quangninh-quyche-tocongtac-pci-2014.txt). So does a decree
        in the grounds detailing a law ("thi hành"), its name in lower case: "Căn cứ Nghị định số 160/NĐ-CP … quy định chi
        tiết và hướng dẫn thi hành Luật khoáng sản" (corpus-real-27/qd-36-2010-qd-ubnd-khoangsan-hanam-hethongphapluat.txt).
        Returns how (``_BY_THE_HEAD``: the title's head right after the symbol, the head a trigger; ``_BY_A_CUE``), or ""."""
        if ts - self.prev_end <= 40 and self.work[ts].isupper() and self._detailed_right_after(ts, te):
            return _BY_THE_HEAD  # "Nghị định 137/2013/NĐ-CP hướng dẫn Luật điện lực": the title's head right after the symbol
        window = self.work[ts - 30 if ts > 30 else 0 : ts]
        if self.work[ts].isupper() and _DETAILS_BEFORE.search(fold(window)) and self._a_law(ts, te) and self._in_grounds():
            return _BY_A_CUE  # the law a decree in the grounds details: "quy định chi tiết và hướng dẫn thi hành Luật khoáng sản"
        if not last_word(window).endswith(self.cues.ends) or self.cues.before.search(fold(window)) is None:
            return ""
        # (a lower-case one by its years only: a kind named in lower case is a practice or a policy the subject is about,
        # "Nghị quyết 4a/NQ-BCH về “Nâng cao hiệu quả hoạt động công đoàn tham gia xây dựng, thực hiện quy chế dân chủ ở
        # cơ quan, đơn vị, doanh nghiệp”", corpus-real-10/news-tld-tongket-nq4a-quyche-danchu.txt)
        return _BY_A_CUE if self.work[ts].isupper() or _YEAR_AHEAD.match(self.work, te) is not None else ""

    def _detailed_right_after(self, ts: int, te: int) -> bool:
        """Is the law at ``work[ts:te]`` what the reference right before details, the head of its title alone between
        them (:data:`_DETAILS_RIGHT_AFTER`)? A database's short title: "- 5 Nghị định 137/2013/NĐ-CP hướng dẫn Luật điện
        lực và Luật điện lực sửa đổi" (corpus-real-30/qd-3793-2015-qd-ubnd-thanhhoa-quy-che-dien-ha-ap.txt: cited),
        "Thông tư 52/2010/TT-BCA hướng dẫn Luật cư trú, Nghị định 107/2007/NĐ-CP" (corpus-real-24/police-tt-52-2010-tt-
        bca-luat-cutru-nd-107-2007-thuvienphapluat.txt, the page's own title: carried out, the head its cue)."""
        return _DETAILS_RIGHT_AFTER.fullmatch(folded_text(self.work)[self.prev_end : ts]) is not None and self._a_law(ts, te)

    def _in_grounds(self) -> bool:
        """Does the line of the reference before open with "Căn cứ" (the grounds, where the page cites it)? Not a page's
        title ("Nghị định 08/2014/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật khoa học và công nghệ": the page's
        own document carries the law out)."""
        a = self.prev.start
        return opens_preamble_item(self.g, self.work[line_start(self.work, a) : a].lstrip(" \t*_-"))

    def _a_law(self, ts: int, te: int) -> bool:
        """Is the type word ``work[ts:te]`` a law's ("Luật", "Bộ luật", "Pháp lệnh")?"""
        dt = self.lex.type_by_name(self.work[ts:te])
        return dt is not None and dt.name in self.g.law_types

    def _in_an_unnumbered_subject(self, ts: int, te: int, opens: int) -> bool:
        """Is the plan at ``work[ts:te]`` in the subject (opened at ``opens``) of a document named by no number: one
        the scan did not take ("Xét Tờ trình số 210/TTr-UBND … của Ủy ban nhân dân tỉnh dự thảo Nghị quyết về Kế hoạch
        phát triển kinh tế - xã hội năm 2023", corpus-real-12/nq-38-nq-hdnd-haugiang-kehoach-ktxh-2023.txt) or the reference
        before when it has none ("… thực hiện Nghị quyết của Quốc hội về Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 -
        2025", corpus-real-15/news-giaoducthoidai-qd-2457-bgddt-nhiemvu-namhoc-2023.txt)? Such a document is known by
        what it is about, the plan it names is one of its own; a numbered one's subject is its title ("Thông báo số
        1899-TB/TU … về Kế hoạch tổ chức các đoàn công tác nước ngoài năm 2024", corpus-real/kh-58-…)."""
        if not self.work[ts:te].lower().startswith(self.lex.cached("plan_words", self._plan_words)):
            return False
        if self.prev.number is None and self.prev.code is None:
            return True
        return self.g.anchor.search(self.s, self.prev_end, opens) is not None

    def _issued_with_this(self, ts: int) -> bool:
        """Does the document whose type word starts at ``ts`` come right after "ban hành (kèm theo) <this document>",
        "bản" between or not: the document's own part, no citation. "Ban hành kèm theo Nghị quyết này Quy định phân cấp
        nguồn thu …"; "Điều 1. Ban hành kèm theo Nghị quyết này Quy chế hoạt động của Hội đồng nhân dân tỉnh Lào Cai Khóa
        XV" (corpus-real-23/nq-76-2016-nq-hdnd-laocai-quyche-hoatdong-hdnd-vdocuments.txt), "Điều 1. Ban hành kèm theo
        Quyết định này bản Quy chế làm việc của Bộ Nông nghiệp và Phát triển nông thôn" (corpus-real-21/qd-54-2004-qd-bnn-
        quyche-lamviec-bo-nnptnt-thay-qd-40-1998-thuvienphapluat.txt).
        The page's own decision or resolution issues, approves or passes the same way in its own heading, its "Điều 1." or
        "Điều 2." (:func:`_by_own_act`) and its title (:meth:`_after_own_title`): D21 of the gold (tests/fixtures/agreement/
        DECISIONS.md), "the document a page's own decision or resolution issues or approves is the page's own part, not
        a mention"."""
        p, work = self.prev, self.work
        if (
            p is not None
            and p.kind == "this"
            and (ts - self.prev_end <= 2 or _THE_COPY_GAP.fullmatch(work, self.prev_end, ts) is not None)
            and _ISSUED_WITH.search(folded_text(work)[(p.start - 30 if p.start > 30 else 0) : p.start])
        ):
            return True
        return _by_own_act(work, ts) or self._after_own_title(ts)

    def _after_own_title(self, ts: int) -> bool:
        """Does the document at ``ts`` follow the verb after the page's own decision in the page's title, the decision
        opening its line (as in :meth:`_approved_in_subject`)? "Quyết định 1031/QĐ-UBND năm 2014 phê duyệt Kế hoạch thực
        hiện Chương trình hành động 18-CTr/TU …" (corpus-real-45/doc-phapluatcongdong-qd1031-qd-ubnd-vinhlong-bien-doi-
        khi-hau-2014.txt), "Quyết định số 1040/2019/QĐ-UBND phê duyệt đề án Chương trình mỗi xã một sản phẩm …"
        (corpus-real-49/doc-tailieu-qd1040-2019-qd-ubnd-daklak-de-an-ocop.txt): D21, "after the page's own decision in
        the page's title". The decision is the page's own when a "Số …" line of the page gives its number (the page
        holds it, "Số: 1031/QĐ-UBND"), not on a page that only names it: "Quyết định số 217/QĐ-TW ngày 12/12/2013 của
        Ban Chấp hành Trung ương Đảng về việc ban hành Quy chế giám sát và phản biện xã hội … ⏎ Xem toàn văn Quyết định
        tại đây" (corpus-real-2/ldld-quangbinh-qd217-2013.txt: the rule labelled)."""
        p = self.prev
        if p is None or p.kind != "code" or p.number is None or not opens_line(self.work, p.start):
            return False
        if p.doc_type not in self.lex.cached("plan_approving_types", self._plan_approving_types):
            return False
        if _AFTER_OWN_TITLE.fullmatch(folded_text(self.work), self.prev_end, ts) is None:
            return False
        return p.number in line_numbers(self.work)

    def _title_end(self, ts: int, te: int, how: str) -> tuple[Optional[re.Match], int]:
        """The title after the type word ``work[ts:te]`` and where the reference ends, or (None, te)."""
        g, s, work = self.g, self.s, self.work
        m = g.title.match(s, te)
        if m and "\n" in work[te : m.start("title")]:
            return None, te  # "Kế hoạch\nCơ quan ban hành …": a title starts on its type word's line
        if not m:
            return None, te
        cues_only = g.generic_title.fullmatch(fold(m.group("title"))) is not None
        if len(m.group("title").split()) < 2 and not (cues_only and self._before_a_type(m.end("title"))):
            # (one cue word is a title only before the document it acts on, the title stopped at its type word: "Quyết
            # định số 870/QĐ-BTP ban hành Kế hoạch thực hiện Đề án “Nâng cao chất lượng, …”", corpus-real-26/thads-
            # tongcuc-baocao-kh-727-qd-tcthads-dean-kdtm-qd-17-qd-ttg-2023.txt)
            return None, te
        # (asked only where it decides: a title of cue words alone, or a lower-case title)
        carries = (cues_only or how == "lower_title") and self._carries_out(ts, te, how)
        if cues_only and not carries:
            return None, te
        if how == "lower_title" and not (carries or _NAMED_TITLE.search(m.group("title")) or self._named_kind_title(ts, te)):
            # "triển khai kế hoạch phù hợp": a lower-case title names a document by a year, a name, what it carries out or
            # the kind the law names ("thực hiện chương trình mục tiêu quốc gia về xây dựng nông thôn mới")
            return None, te
        if how == "lower_dated" and not _YEAR.search(m.group("title")):
            return None, te  # (with no cue before it, only its years name it)
        if cues_only:
            return m, te  # the cue words say what the plan does, they are no title: "chương trình hành động | thực hiện …"
        title = m.group("title")
        if (cut := self._numbered_in_title(m.start("title"), m.end("title"))) is not None:
            # the title stops where a numbered reference starts inside it, lower case too: "Ban Thường vụ Huyện ủy Tuy An
            # vừa triển khai kế hoạch thực hiện kết luận số 44-KL/TW của Ban Bí thư" (corpus-real-18/district-tuyan-
            # phuyen-btvhu-kh-kl-44-kl-tw-ct-43-chuthapdo-2023.txt); what is left may be the cue words alone, no title
            # ("huyện ủy Đô lương tổ chức quán triệt và triển khai kế hoạch thực hiện đề án số 07-ĐA/TU …",
            # corpus-real-2/hu-doluong-nq33-da07-tu-2014.txt)
            title = work[m.start("title") : cut].rstrip(" \t\n,")
            if not title or g.generic_title.fullmatch(fold(title)) is not None:
                return m, te
        return m, m.start("title") + len(self.g.trailing_joiner.sub("", title))

    def _before_a_type(self, pos: int) -> bool:
        """Does a capitalised type word start right after ``pos`` (blanks aside)?"""
        while pos < len(self.s) and self.s[pos] in " \t":
            pos += 1
        return anchor_at(self.g, self.s, pos) is not None and self.work[pos].isupper()

    def _numbered_in_title(self, lo: int, hi: int) -> Optional[int]:
        """Where a type word with "số" or a symbol after it, or the Party's Statute, starts inside the title ``work[lo:hi]``
        (it opens a reference of its own, which the title does not run over), or None."""
        s, keys = self.s, self.g.anchor_keys
        for am in self.g.anchor.finditer(s, lo, hi):
            a = am.start()
            if s[a] in keys:
                a = anchor_start(self.g, s, am, lo)
            if a > lo and (tm := self.g.type_tail.match(s, am.end())) is not None and (tm.group("so") or tm.group("code")):
                return a
            if a > lo and (nm := self.g.named.match(s, am.end())) is not None and nm.group("party"):
                return a  # the Party's Statute, lower case too: "Báo cáo tổng kết việc thi hành điều lệ Đảng" (see _lower)
        return None

    def _carries_out(self, ts: int, te: int, how: str) -> bool:
        """Is the plan at ``work[ts:te]`` named by what it carries out ("triển khai Chương trình hành động thực hiện Nghị
        quyết Đại hội …", lower case too)? Not when it opens its line ("Kế hoạch thực hiện Kết luận số 52-KL/TW …" over
        the page is the page's own title) or opens the document's own content ("… Chương trình hành động thực hiện Nghị
        quyết số 57-NQ/TW như sau:", corpus-real/ctr-hd-57-tu-2025-unnamed-province.txt). A line that a cue ends goes on
        across its break (see :meth:`_wrapped_after_a_cue`)."""
        work = self.work
        if how == "" and opens_line(work, ts) and not self._wrapped_after_a_cue(ts):
            return False
        if not work[ts:te].lower().startswith(self.lex.cached("plan_words", self._plan_words)):
            return False
        named_by = _carries_out_match(self.cues.carries_out, folded_text(work)[te : te + 90])
        return named_by is not None and not _own_content_follows(work, te)

    def _wrapped_after_a_cue(self, ts: int) -> bool:
        """Does the line before the one ``ts`` opens end with a cue, or with the act of the reference before it (one line
        break, no blank line): a PDF line end inside the sentence, read as a space? "Nghị quyết số 96/NQ-CP ngày 01/8/2022
        của Chính phủ ban hành⏎Chương trình hành động thực hiện Nghị quyết số 11-NQ/TW" (corpus-real-13/ctr-1857-ctr-
        ubnd-sonla-nq11-tw-nq96-cp-2022.txt), "Quyết định số 409/QĐ-TTg … của Thủ tướng Chính phủ ban hành⏎Chương trình
        hành động thực hiện Kết luận số 04-KL/TW" (corpus-real-25/kh-51-kh-ubnd-2013-thaibinh-pbgdpl-diaban-trongdiem-
        thuviennhadat.txt)."""
        k = self.work.rfind("\n", 0, ts)
        if k <= 0 or opens_line(self.work, k):
            return False
        return self._issued_by_previous(ts) or self._cue_before(ts)

    def _qualifier_stops(self) -> frozenset:
        """Words no kind of a type is made of: those that start no title or end one (vocabulary.csv), and "về", which
        opens what a document is about ("Kế hoạch của Tỉnh ủy số …" has its own form)."""
        words = self.lex.words("title_first_stop") + self.lex.words("title_inner_stop")
        return frozenset(x for w in words for x in w.split()) | {"về"}

    def qualified(self, te: int) -> Optional[re.Match]:
        """The number and symbol after a kind of the type written in lower-case words: "Báo cáo thẩm định số
        263/KQTĐ-SXD", "Thông báo kết luận số 145-TB/TW", "Công văn hỏa tốc số …" — one reference, not a title and
        a bare symbol (only with "số" and a whole symbol: "Báo cáo tổng kết năm 2023" names no number)."""
        near = self.s[te : te + 48]
        if "số" not in near and "so" not in near:
            return None  # (most type words: a cheap test first)
        m = _QUALIFIER.match(self.work, te)
        stops = self.lex.cached("qualifier_stops", self._qualifier_stops)
        if m is None or not all(w.islower() and w not in stops for w in m.group("words").split()):
            return None
        tm = self.g.type_tail.match(self.s, m.end("words"))
        return tm if tm is not None and tm.group("so") and tm.group("code") else None

    def titled(self, ts: int, te: int, doc_type: str, how: str = "", if_issued: bool = False) -> Optional[Found]:
        """A document named by its title: "Kế hoạch tổ chức Đại hội Đảng bộ các cấp", "Chương trình
        mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025", "Quy chế bầu cử trong Đảng".
        The title runs to the end of the clause, to "của <issuer>" (taken, with its date), or to the
        next type word; a type word followed by a word that does not start a title is not one
        ("Kế hoạch đề ra", "Quy định rõ"). ``if_issued``: a type of vocabulary ``titled_type`` valued ``issued``, titled
        only when the reference right before issues it: "Quyết định số 1744/QĐ-BYT⏎ngày 30/3/2021 của Bộ Y tế ban hành
        hướng dẫn giám sát và phòng chống ký sinh⏎trùng thường gặp tại Việt Nam" (corpus-real-30/kh-711-kh-ubnd-2023-
        backan-ky-sinh-trung.txt: cited); elsewhere "hướng dẫn …" is mostly the verb."""
        g, work = self.g, self.work
        if _TITLE_START.match(self.s, te) is None:
            return None  # (no word after the type word, "Kế hoạch; định kỳ báo cáo …": no title, a cheap test first)
        if how == "" and (not work[ts].isupper() or (work[ts:te].isupper() and not _caps_context(work, ts, te))):
            return None
        issued = how == "lower_issued" or self._issued_by_previous(ts)
        if if_issued and not issued:
            return None
        issued = issued or (how == "" and self._conveyed_by_previous(ts))
        by = self.prev if issued else None
        issued = issued or (_after_an_act(work, ts) and self._issued_by_an_item(ts))  # (an item's: nested by it)
        if (
            not issued
            and may_end_not_a_title(before := folded_text(work)[(ts - 40 if ts > 40 else 0) : ts], g.not_a_title_ends)
            and g.not_a_title_before.search(before)
            and not (
                _reported_issued(work, g, before, te) or self._issued_by_a_body(ts, te, before) or self._approved(ts, te, before)
            )
        ):
            return None  # "ban hành Kế hoạch …" (the document's own), "03 Chương trình …" (several)
        if (in_subject := "" if issued else self._in_a_subject(ts, te, how)) is None:
            return None
        if how == "" and work[ts:te] in self.lex.words("act_type") and self._an_act(ts, te):
            return None  # "…; Quy định mức thu học phí …" in a list of acts: the verb (vocabulary act_type)
        if _AFTER_ABOUT.search(work, (ts - 12 if ts > 12 else 0), ts) or self._a_topic(ts):
            return None  # the subject of another, named or not: "… NQTW8 (khóa XI) về “Chiến lược bảo vệ Tổ quốc …”"
        if work[(ts - 4 if ts > 4 else 0) : ts].rstrip(" \t*_").endswith(("là", "la")) and _CALLED_BEFORE.search(
            folded_text(work)[(ts - 24 if ts > 24 else 0) : ts]
        ):
            # the short name a definition gives, its brackets lost in the copy: "… ngày 02 tháng 4 năm 2008 sau đây gọi chung
            # là Pháp lệnh về một số nguyên tắc chung …" (corpus-real-22/nd-128-2008-nd-cp-phaplenh-xuly-vipham-hanhchinh-
            # tailieuxanh.txt)
            return None
        m, end = self._title_end(ts, te, how)
        if m is None or _cut_by_the_end(work, ts, end):
            return None
        if not issued and doc_type in self.lex.words("project_type") and not self._named_project(ts, m.group("title")):
            return None  # "Dự án Cơ sở dữ liệu quốc gia về dân cư": a project carried out, no document (quoted or approved)
        r = self.new(ts, end, doc_type, "descriptive")
        r.name = " ".join(work[ts:end].split())
        if self._issued_with_this(ts):
            r.relation = "self"
        f = Found(r, titled=True, issued_by=by, in_subject_of=self.prev if in_subject else None)
        if in_subject == _BY_THE_HEAD:
            r.trigger = " ".join(work[self.prev_end : ts].split())  # (the title's head: the page's own title carries it out)
        self.items(r, end)
        if r.issuer is None and not issued and in_subject != _A_SCHEME:
            # (a document another one issues, or a scheme in a subject, names no issuer in its title, its "của" the title's:
            # "ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam …")
            self._issuer_in_title(r, m.start("title"), end)
        return f

    def _issuer_in_title(self, r: Reference, lo: int, end: int) -> None:
        """The issuer a title names after "của", a known body: "Kế hoạch tổ chức Đại hội của Tỉnh ủy", "Báo cáo
        Chính trị của Ban Chấp hành Đảng bộ tỉnh khóa X trình Đại hội"."""
        s, work = self.s, self.work
        for cua in _OF.finditer(s, lo, end):
            if self._of_a_role(lo, cua.start()):
                continue
            got = read_issuer(self.g, self.lex, s, work, cua.end())
            if got is not None and got[0].body is not None:
                p, e = got[0], got[2]
                if work.startswith(_AND_STARTS, e) and (j := _AND.match(work, e)) is not None:
                    p, e = self.joint_issuer(r, p, e, j.end())
                r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (got[1], e), p
                return

    def _of_a_role(self, lo: int, at: int) -> bool:
        """Does the "của" at ``at`` name the body whose role the title is about, not its issuer (vocabulary ``role_of``
        right before it, commas aside)? "Đề án Nâng cao vai trò của Hội Nông dân Việt Nam trong việc hỗ trợ nông dân khởi
        nghiệp sáng tạo, giai đoạn 2020 – 2025" (corpus-real-23/hoi-aladin-hoinghi-bch-tw-hnd-lan-5-khoa-vii-dean-
        khoinghiep-2020.txt): labelled with no issuer, as "vai trò (, trách nhiệm) của X" is on 5 dev pages of 5 sets."""
        # (the page's kept fold, one character for one: no fold of the window a call)
        before = " ".join(folded_text(self.work)[(at - 40 if at - 40 > lo else lo) : at].replace(",", " ").split())
        return any(before == w or before.endswith(" " + w) for w in self.lex.folded_words("role_of"))

    def _an_act(self, ts: int, te: int) -> bool:
        """Does the type word ``work[ts:te]`` (vocabulary ``act_type``) open, with its object right after it, an item after
        ";" next to another act: an item led by a capitalised word no type word or preamble's cue ("Bảo đảm …", "Phân bổ
        …"), or by such a type word and its object? See vocabulary act_type."""
        work = self.work
        semi = work.rfind(";", 0, ts)
        if semi < 0 or work[semi + 1 : ts].strip(" \t") or not _act_object(work, te):
            return False
        lead = max(work.rfind(";", 0, semi), work.rfind(":", 0, semi), work.rfind("\n", 0, semi)) + 1
        nxt = work.find(";", te)
        return self._an_act_item(lead, semi) or (nxt > 0 and nxt < line_end(work, te) and self._an_act_item(nxt + 1, len(work)))

    def _an_act_item(self, lead: int, end: int) -> bool:
        """Does the list item starting at ``lead`` open with an act (see :meth:`_an_act`)?"""
        work = self.work
        item = work[lead:end].lstrip(" \t*_-")
        words = item[:80].split()
        if not words or not words[0][:1].isupper():
            return False
        if fold(item[:30]).startswith(self.cues.openers):
            return False  # "Căn cứ Luật …; Quy định …": a list of grounds
        for n in (2, 1):
            if self.lex.type_by_name(" ".join(words[:n])) is not None:
                k = end - len(item) + len(" ".join(words[:n]))
                return " ".join(words[:n]) in self.lex.words("act_type") and _act_object(work, k)
        return True

    def _named_project(self, ts: int, title: str) -> bool:
        """Is the project at ``ts`` a document: quoted with its type word ("PHÊ DUYỆT “DỰ ÁN HỖ TRỢ CƠ GIỚI HÓA, TỰ ĐỘNG
        HÓA …”", corpus-real-13/qd-186-qd-ubnd-angiang-duan-cogioihoa-thuysan-2018.txt) or a law or a resolution drafted
        ("Dự án Luật Đơn vị hành chính - kinh tế đặc biệt", corpus-real-7/tu-daknong-giaoban-quy3-nq18-nq19-2018.txt)?"""
        if self.work[(ts - 3 if ts > 3 else 0) : ts].rstrip(" \t").endswith(("“", '"', "«")):
            return True
        words = title.split()
        return any(self.lex.type_by_name(" ".join(words[:n])) is not None for n in (1, 2))

    def _a_topic(self, ts: int) -> bool:
        """Does the titled type word at ``ts`` open the quoted name of a topic of study or of a talk? "Hội nghị đã được
        nghiên cứu, học tập 4 chuyên đề: … Chuyên đề 3: “Chiến lược bảo vệ Tổ quốc trong tình hình mới”" (corpus-real-14/
        du-phuong-tanphong-laichau-quantriet-nq-tw8-xiii-2023.txt) names what is taught, not a document (vocabulary
        topic_cue; grammar ``topic_before``)."""
        return self.g.topic_before.search(folded_text(self.work)[(ts - 24 if ts > 24 else 0) : ts]) is not None

    def of_a_meeting(self, ts: int, te: int, doc_type: str, how: str) -> Optional[list[Found]]:
        """A report or a paper named by its meeting; ``[]`` when the type can be named no other way, None when it can."""
        if how in ("", "lower_title") and doc_type == "Báo cáo" and (m := self.g.at_a_meeting.match(self.s, te)):
            # a report named by the meeting it is given at: "Báo cáo tại hội nghị nêu rõ: Trong năm 2023, …" (corpus-real-5/
            # bcd-gialai-phongchong-toipham-ct48-2023.txt), "… trình bày báo cáo tại hội nghị." (corpus-real-7/…-nq57-2025)
            return [Found(self.new(ts, m.end(), doc_type, "descriptive"), titled=True)]
        if how == "" and doc_type == "Báo cáo" and self.g.report_says.match(self.s, te) and _opens_a_sentence(self.work, ts):
            # the report a news item quotes, by its type word alone as the subject of what it says: "… Ban Chấp hành Trung
            # ương Đảng. Báo cáo cho biết Hội nghị Trung ương 13 đã tập trung thảo luận …" (corpus-real-24/army-baophuyen-
            # dangu-bdbp-bao-cao-hoinghi-tw-13-khoa-xi.txt); not a verb inside a sentence ("Ban Tổ chức báo cáo cho biết")
            return [Found(self.new(ts, te, doc_type, "descriptive"), titled=True)]
        if (paper := self.g.meeting_papers.get(doc_type)) is None:
            return None
        if paper == "agenda":
            return [] if self._an_agenda(te) else None
        # a meeting's paper, "Nội quy kỳ họp" (the rules of procedure are named by their meeting only)
        f = self.meeting_rules(ts, te, doc_type, paper)
        return f if f is not None else ([] if paper == "listed" else None)

    def _an_agenda(self, te: int) -> bool:
        """Is the programme whose type word ends at ``te`` a meeting's running order, no document (vocabulary
        ``meeting_paper``, value ``agenda``): named by its meeting ("Dự thảo Chương trình Đại hội; Nghị quyết Đại hội",
        corpus-real-19/mttq-binhmy-angiang-chuanbi-daihoi-mttq-xa-2025.txt) or, its kind said, listed with the meeting's
        papers ("Thống nhất thông qua Chương trình làm việc, Nội quy và Quy chế của Đại hội", corpus-real-13/news-
        baotuyenquang-daihoi-phunu-tinh-i-phien1-2025.txt); not a body's work programme ("Chương trình làm việc toàn khóa
        của Ban Thường vụ Hội LHPN tỉnh")."""
        after = folded_text(self.work)[te : te + 100]
        kind = _LISTED_KIND.match(after)
        m = self.g.meeting_named.match(after, kind.end() if kind else 0)
        return m is not None and (kind is not None or m.group("at") is not None)

    def meeting_rules(self, ts: int, te: int, doc_type: str, paper: str) -> Optional[list[Found]]:
        """A meeting's paper: "Nội quy kỳ họp", "nội quy của Đại hội", "Quy chế làm việc của Đại hội", or (``paper`` "listed")
        "Nội quy" listed beside the meeting's other papers ("thông qua Chương trình, Nội quy, Quy chế làm việc của Đại
        hội", corpus-real-12/news-la34-daihoi-dangbo-longan-xi-phientrubi-2020.txt); not a workplace's ("Nội quy cơ
        quan")."""
        m = self.g.meeting_named.match(folded_text(self.work)[te : te + 100])  # (fold keeps each character in its place)
        if m is None or not (paper == "listed" or m.group("at")):
            return None
        end = te + m.end("at") if m.group("at") else te
        return [Found(self.new(ts, end, doc_type, "descriptive"), titled=True)]

    def numbered_with_year(self, ts: int, doc_type, tm: re.Match) -> Optional[list[Found]]:
        """ "Nghị quyết số 202/2025 của Quốc hội khóa XV": a number and its year, no symbol; one reference, with "số" or
        before what may follow a short form (a number and a year alone are no reference: "Kế hoạch 5/2020 …")."""
        ns, ye = tm.start("ynum"), tm.end("numyear")
        # (glued to its type, the number and year are one symbol, whatever follows: "theo TT36/2017 thay thế TT09/2009")
        if not tm.group("so") and ns != tm.start() and not self.g.short_ok.match(self.s, ye):
            return None
        r = self.new(ts, ye, doc_type, "short")
        r.number, r.code_span, r.year = tm.group("ynum"), (ns, tm.end("ynum")), int(tm.group("numyear"))
        f = Found(r)
        if tm.group("pre_iss"):
            self.set_issuer([f], tm.start("pre_iss"))
        self.items(r, r.end)
        return [f]

    def numbered(self, ts: int, te: int, doc_type, generic: bool, tm: re.Match) -> Optional[list[Found]]:
        """ "Kết luận số 93-KL/TW", "Chỉ thị số 15, 16 và 17-CT/TW", "Chỉ thị 42 của …"."""
        if tm.group("code"):
            out = self.coded(ts, doc_type, generic, tm)
            if out is None:
                return None
        else:
            if generic:
                return None
            if tm.group("ynum"):
                return self.numbered_with_year(ts, doc_type, tm)
            ns, ne = tm.span("num")
            if ne - ns == 4 and (by_year := self.by_its_year(ts, te, doc_type)) is not None:
                return by_year  # ("Cương lĩnh 2011": a name, no number)
            if not tm.group("so") and not self.g.short_ok.match(self.s, ne) and (doc_type, self.work[ns:ne]) not in self.numbers:
                if ne - ns < 4 and (paged := self._number_after_page(ne)) is not None:
                    return self.numbered(ts, te, doc_type, generic, paged)
                # (a type and number already cited in full earlier are a short form whatever follows: "Nghị quyết 26 của
                # Ban chấp hành Trung ương Đảng khóa X …. Tại hội nghị, các đại biểu cho rằng Nghị quyết 26 thể hiện …";
                # so are they when cited in full later, see _cited_in_full_later)
                if (pf := self.plenum_first(ts, doc_type, ne)) is not None or not self._cited_in_full_later(ts, te, ns, ne):
                    return pf
            if not tm.group("so") and len(tm.group("num")) == 4 and tm.group("num")[:2] in ("19", "20"):
                return None
            if not tm.group("so") and _BLANK_LINE.search(self.work, te, ns):
                # a bare number after a blank line is the next cell's or paragraph's: a table's header "Tên Nghị quyết"
                # over its first row's "1" (corpus-real-22/commune-thuviennhadat-34-nq-ubtvqh15-sapxep-capxa-2025-danhsach.txt)
                return None
            if not tm.group("so") and _ITEM_LABEL.match(self.work, ns) and (doc_type, self.work[ns:ne]) not in self.numbers:
                return None  # "Chương trình 1: Đổi mới công tác giáo dục chính trị …": the first of a document's parts
            if not tm.group("so") and "\n" in self.work[te:ns] and _numbered_heading(self.work, ns):
                return None  # "I. CĂN CỨ⏎XÂY DỰNG KẾ HOẠCH⏎1. Các văn bản chỉ đạo": the next line's section number
            if not tm.group("so") and doc_type in self.lex.words("project_type"):
                return None  # "Các chương trình mục tiêu quốc gia, Dự án 8 được thực hiện hiệu quả": a programme's part
            cut = _CUT_SYMBOL.match(self.work, ne) if tm.group("so") else None
            r = self.new(ts, cut.end() if cut else ne, doc_type, "short")
            r.number = self.work[ns:ne]
            r.code_span = (ns, ne)
            out = [Found(r)] + ([] if cut else self.number_list(doc_type, ne, len(r.number)))
        if tm.group("pre_iss"):
            self.set_issuer(out, tm.start("pre_iss"))
        last = out[-1].ref
        self.items(last, last.end)
        _tu_by_issuer(last, self.lex, self.g.mode == "folded")
        for f in out[:-1]:  # a list shares what follows its last member (noted: the checks read it where it is written)
            r = f.ref
            r.date, r.date_span = last.date, last.date_span
            if last.date is not None:
                r.note(Flag.DATE_SHARED)
            if r.issuer is None and last.issuer is not None:
                r.issuer, r.issuer_span, r.issuer_parts = last.issuer, last.issuer_span, last.issuer_parts
                r.note(Flag.ISSUER_SHARED)
            r.term, r.term_span = last.term, last.term_span
        return out

    def by_its_year(self, ts: int, te: int, doc_type) -> Optional[list[Found]]:
        """A type word and a bare year after it: no number ("Kế hoạch 2020 …"), but the Platform's name, its year (the
        named form ``pol``): "Một là, Cương lĩnh 2011 khẳng định: …" (corpus-real-27/news-skhcn-quangtri-vankien-daihoi-
        xiii-khcn-2021.txt)."""
        m = self.g.named.match(self.s, te) if doc_type in self.cues.named_forms.get("pol", ()) else None
        if m is None or m.group("pol_y") is None:
            return None
        f = self.named(ts, doc_type, m)
        return [f] if f is not None else None

    def _number_after_page(self, ne: int) -> Optional[re.Match]:
        """The type's number with "số" after a bare number of one to three digits ending at ``ne``, the page number a
        flattened PDF left between a type and its number: "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị 41 số 17 về
        việc …" (the checklist's page-number form of a case sentence; a type, a number and "số" with its own number
        stand on no dev page); or None. The number is in the reference's span, read as no part of it."""
        if _SO_AFTER_PAGE.match(self.s, ne) is None:
            return None
        tm = self.g.type_tail.match(self.s, ne)
        return tm if tm is not None and tm.group("so") else None

    def _cited_in_full_later(self, ts: int, te: int, ns: int, ne: int) -> bool:
        """Are the type word ``work[ts:te]`` and the bare number ``work[ns:ne]`` after it cited later with a symbol (the
        short form first, the full one after it, as a news item's lede does)? "– Theo TS Nguyễn Minh Phong, Nghị quyết 41
        tạo động lực rất lớn cho cộng đồng doanh nhân … ngày 10/10/2023, Bộ Chính trị đã ban hành Nghị quyết 41-NQ/TW về
        xây dựng và phát huy vai trò của đội ngũ doanh nhân Việt Nam trong thời kỳ mới (dưới đây viết tắt là Nghị quyết
        41)." (corpus-real-32/news-haiduongsme-nghi-quyet-41-doanh-nhan-diem-nhan.txt)."""
        work = self.work
        num, word = work[ns:ne], work[ts:te].lower()
        word = type_without_page(word) or word  # (a type split by a page number: "Chỉ 195 thị 45", read as "chỉ thị")
        i = work.find(num, ne)
        while i != -1:
            j = i + len(num)
            if (
                not work[i - 1].isdigit()
                and _SYMBOL_AFTER_NUMBER.match(work, j)
                and _SO_BEFORE_NUMBER.sub("", work[(i - 24 if i > 24 else 0) : i].lower()).endswith(word)
            ):
                return True
            i = work.find(num, j)
        return False

    def plenum_first(self, ts: int, doc_type: Optional[str], ne: int) -> Optional[list[Found]]:
        """A plenum's resolution by its number before "Trung ương", as "Nghị quyết Trung ương 4" is after it: "qua 1 năm
        thực hiện Chỉ thị 05 và Nghị quyết 4 Trung ương khóa XII về xây dựng, chỉnh đốn Đảng" (corpus-real-15/news-
        baoquankhu7-bvqy7a-toadam-ct05-nq4-tw-xii-2017.txt); None for any other number a type word is followed by."""
        m = self.cues.central_after.match(self.work, ne)
        if m is None or doc_type not in self.cues.named_forms.get("tw", ()):
            return None
        r = self.new(ts, m.end(), doc_type, "named")
        r.name = " ".join(self.work[ts : m.end()].split())
        r.issuer, r.issuer_span, r.issuer_code, r.level = "Trung ương", m.span("tw"), "TW", "central"
        self.items(r, m.end())
        return [Found(r)]

    def slug(self, ts: int, te: int, doc_type: Optional[str]) -> Optional[Found]:
        """A symbol as a web address spells it, spaces for its separators, after a type word without diacritics:
        "download phap luat quyet dinh 2071 qd bgddt ban hanh khung ke hoach …" (corpus-real-16/stub-hoatieu-unaccented-
        qd-2071-bgddt-2017.txt), "download phap luat nghi quyet 28 2016 qh14 sua doi nghi quyet 55 2010 qh12 …"
        (corpus-real-17/stub-hoatieu-nghi-quyet-28-2016-qh14-sua-doi-nq-55-2010-qh12.txt): 2071/QĐ-BGDĐT, 55/2010/QH12.
        Only a type part the type word's and a state organ the issuer table knows, or the Assembly by its term after
        the year, so that words after a number are not read as a symbol."""
        m = _SLUG.match(self.work, te)
        if m is None or doc_type is None:
            return None
        n, y, t, o, qh = m.group("n", "y", "t", "o", "qh")
        if qh is not None:
            parts = parse_code(f"{n}/{y}/{qh}".upper(), self.lex) if y else None
        else:
            parts = parse_code(f"{n}{'/' + y if y else ''}/{t}-{o}".upper(), self.lex)
            if parts is not None and parts.issuer_abbr not in self.lex.state_issuer_codes:
                return None
        if parts is None or (t is not None and self.lex.type_of_abbr(parts.type_abbr, parts.system) != doc_type):
            return None
        r = self.new(ts, m.end(), doc_type, "code")
        r.number, r.code, r.code_span, r.year = parts.number, parts.canonical, (m.start("n"), m.end()), parts.year
        r.code_parts = parts
        return Found(r)

    def number_list(self, doc_type, at: int, width: int) -> list[Found]:
        """The numbers listed after the first: "Nghị quyết số 1652, 1656, 1657, 1658, 1659 của Quân ủy
        Trung ương" cites five resolutions; each is a reference of its own (the number alone is its text)
        and they share what follows the last. A year is no member ("Chỉ thị số 05, năm 2016")."""
        m = _NUMBER_LIST.match(self.s, at)
        if not m or not self.g.short_ok.match(self.s, m.end()):
            return []
        out = []
        for mm in _LISTED_NUMBER.finditer(self.s, at, m.end()):
            n = mm.group(1)
            if len(n) == 4 and n[:2] in ("19", "20") and width != 4:
                break
            r = self.new(mm.start(1), mm.end(1), doc_type, "short")
            r.number, r.code_span = n, mm.span(1)
            out.append(Found(r))
        return out

    def coded(self, ts: int, doc_type, generic: bool, tm: re.Match) -> Optional[list[Found]]:
        cs, ce = self.code_span(tm)
        parts = parse_code(self.work[cs:ce], self.lex)
        if parts is None:
            return None
        if generic:
            doc_type = self.lex.type_of_abbr(parts.type_abbr, parts.system)
        else:
            parts = with_type_part(parts, doc_type, self.lex)
        out: list[Found] = []
        if tm.group("numlist"):
            base = tm.start("numlist")
            for mm in re.finditer(r"[0-9]+", tm.group("numlist")):
                ns, ne = base + mm.start(), base + mm.end()
                r = self.new(ns if out else ts, ne, doc_type, "code")  # "Chỉ thị số 15", "16", "17-CT/TW"
                r.number = self.work[ns:ne]
                r.code = _sibling_code(parts, r.number)
                r.code_span = (ns, ne)
                r.code_parts = parse_code(r.code, self.lex) or parts
                out.append(Found(r))
        w = self.work  # (the tail's repeat starts with a capital after a blank: most symbols are followed by a word)
        end = _after_a_repeated_tail(w, cs, ce) if w[ce : ce + 1] in (" ", "\t") and w[ce + 1 : ce + 2].isupper() else ce
        r = self.new(cs if out else ts, end, doc_type, "code")
        r.number, r.code, r.code_span, r.year, r.code_parts = parts.number, parts.canonical, (cs, ce), parts.year, parts
        out.append(Found(r, generic_type=generic))
        return out

    def code_span(self, m: re.Match) -> tuple[int, int]:
        """Where the symbol of ``m`` lies; in text without diacritics, read on its folded form where no capitals are
        left, it ends where the text's capitals glued to a word end, as the exact grammar ends it: "Ket luan so
        100-KL/TWcuaBan Bi thu", "Nghi dinh 34/2016/ND-CPquy dinh", "Quyet dinh so 1719/QD-TTgphe duyet" (the Prime
        Minister's own lower-case letter stays)."""
        cs, ce = m.span("code")
        if self.g.mode == "folded" and (slash := self.work.rfind("/", cs, ce)) >= 0:
            if (cut := _CASED_GLUE.search(self.work, slash + 1, ce)) is not None:
                ce = cut.end(1) if cut.group(1) else cut.start()
        return cs, ce

    def named(self, ts: int, doc_type: Optional[str], m: re.Match) -> Optional[Found]:
        """ "Nghị quyết Trung ương 4", "Nghị quyết Đại hội XIII", "Điều lệ Đảng", "Luật Đất đai"."""
        groups = m.groupdict()
        forms = self.cues.named_forms
        alt = next((a for a in forms if groups.get(a)), None)
        if alt is None or doc_type not in forms[alt]:
            return None
        end = m.end("named")
        r = self.new(ts, end, doc_type, "named")
        r.name = " ".join(self.work[ts:end].split())
        f = Found(r)
        if alt in ("hn", "tw", "party", "pol"):
            self.central_named(f, alt, m)
        elif alt == "cg":
            self.congress(f, m)
            if m.group("cg_term") is None and r.issuer is not None:
                end = self.congress_pair(r, end)
        elif alt == "cgr":  # the Party's congress by its ordinal: its resolution, the committee's term, "Đảng" as written
            r.issuer_code, r.level, r.term = "TW", "central", roman(self.ordinal(m.group("cgr_n")) or 0) or None
            r.issuer, r.issuer_span = " ".join(self.work[slice(*m.span("cgr_iss"))].split()), m.span("cgr_iss")
        elif alt == "kh":
            end = self.sitting_body(r, end)
        elif alt in ("law", "amend", "law_pr", "law_lc", "law_cm", "law_va", "law_cn", "law_cy", "law_kn"):
            r.issuer_code, r.level = "QH", "state"
            end = self.law_number(r, self._bodies_in_the_name(r, end))
        self.items(r, end)
        return f

    def sitting_body(self, r: Reference, end: int) -> int:
        """The body whose sitting passed the resolution, right after it without "của": "Nghị quyết kỳ họp thứ 10 Quốc hội
        khoá IX" (with "của" it is an item like any issuer)."""
        gap = _COMMA_GAP.match(self.work, end)
        got = read_issuer(self.g, self.lex, self.s, self.work, gap.end()) if gap else None
        if got is None or got[1] != gap.end():
            return end
        p, _, b = got
        r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (got[1], b), p
        r.end = b
        return b

    def _bodies_in_the_name(self, r: Reference, end: int) -> int:
        """Where a law's name ends when bodies other than the Assembly follow it after "của": only the Assembly makes
        laws, so they are the name's ("Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân
        dân, ngày 03 tháng 12 năm 2004", corpus-real-7/qd-13-2014-qd-ubnd-vinhlong-quyche-phananh-kiennghi.txt), the bodies
        joined by "và" or by a comma ("Luật Ban hành Văn bản quy\nphạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân ngày 03
        tháng 12 năm\n2004", corpus-real-22/nq-22-2015-nq-hdnd-caobang-phanbo-von-dautu-thuviennhadat.txt)."""
        g, s = self.g, self.s
        m = g.followed_by_issuer.match(s, end)
        if m is None:
            return end
        new_end, others = m.end(), False
        while (j := _BODY_JOIN.match(self.work, new_end)) is not None and (n := g.issuer.match(s, j.end())) is not None:
            new_end = n.end()
            others = others or self.lex.body_of(self.work[n.start("head") : n.end("head")]) not in self.lex.lawmakers
        if not others and self.lex.body_of(self.work[m.start("fb_head") : m.end("fb_head")]) in self.lex.lawmakers:
            # the Assembly alone is the law's maker; listed with another body it is one of the bodies the name names
            # ("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015",
            # corpus-real-23/nq-76-2016-nq-hdnd-laocai-quyche-hoatdong-hdnd-vdocuments.txt)
            return end
        r.end = new_end
        r.name = " ".join(self.work[r.start : new_end].split())
        return new_end

    def sharing_the_type(self, first: Reference, doc_type: str) -> list[Found]:
        """Congresses and plenums listed after one type word: "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII và Đại
        hội Đoàn tỉnh lần thứ XII, nhiệm kỳ 2022 – 2027" cites two resolutions (each named, the second without its
        type word). Only a congress named to its ordinal or a plenum: "Nghị quyết Đại hội XIII và Đại hội đã …"
        names no second."""
        out: list[Found] = []
        r = first
        while (j := _LIST_JOIN.match(self.work, r.end)) is not None:
            m = self.g.named.match(self.s, j.end())
            if m is None or not (m.group("tw") or m.group("hn") or m.group("cg") and _ORDINAL.search(m.group("cg_name"))):
                break
            f = self.named(m.start("named"), doc_type, m)
            if f is None:
                break
            out.append(f)
            r = f.ref
        if out and r.term is not None and r.term_span is not None and r.term_span[0] >= r.end - 20:
            # a term written after the last is the list's: "Nghị quyết Hội nghị Trung ương 4, Hội nghị Trung ương 5 (khóa XII)"
            for x in [first] + [f.ref for f in out[:-1]]:
                if x.term is None:
                    x.term, x.term_span = r.term, r.term_span
        return out

    def law_number(self, r: Reference, end: int) -> int:
        """A law's number after its name: "Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017" is
        one reference with its symbol (not a law and a "Quy hoạch số 21/2017/QH14")."""
        tm = self.g.type_tail.match(self.s, end)
        if not tm or not tm.group("so") or not tm.group("code") or tm.group("numlist") or tm.group("pre_iss"):
            return end
        if _LEADING_BREAK.match(self.work, end):
            # (not the next paragraph's: "Nghị định 121/2005/NĐ-CP Hướng dẫn Luật thi đua, khen thưởng và Luật Thi đua,
            # khen thưởng sửa đổi⏎⏎Số hiệu 121/2005/NĐ-CP", corpus-real-41/doc-thuviennhadat-nd121-2005-nd-cp-luat-thi-dua-
            # khen-thuong.txt: the page's own symbol, as items() leaves what starts a new paragraph)
            return end
        cs, ce = self.code_span(tm)
        parts = parse_code(self.work[cs:ce], self.lex)
        if parts is None:
            return end
        r.number, r.code, r.code_span, r.year, r.code_parts = parts.number, parts.canonical, (cs, ce), parts.year, parts
        r.end = ce
        r.text = intern(self.work[r.start : r.end])  # (one string for every citation written alike)
        return ce

    def central_named(self, f: Found, alt: str, m: re.Match) -> None:
        r = f.ref
        r.issuer_code, r.level = "TW", "central"
        if alt == "hn" and m.group("hn_iss"):
            p = parse_issuer(self.work[m.start("hn_iss") : m.end("hn_iss")], lex=self.lex)
            r.issuer, r.issuer_span, r.issuer_parts = p.spelled, m.span("hn_iss"), p
        elif alt == "tw":
            r.issuer, r.issuer_span = "Trung ương", m.span("tw")
        elif alt == "party" and m.group("party_y"):
            r.year = int(m.group("party_y"))  # (the Statute as amended that year: "Điều lệ Đảng Cộng sản Việt Nam 2011")
        elif alt == "pol" and (y := m.group("pol_s") or m.group("pol_y")):
            r.year = int(y)  # (the Platform as supplemented that year: "… (bổ sung, phát triển năm 2011)", "Cương lĩnh 2011")

    def congress(self, f: Found, m: re.Match) -> None:
        """A congress's resolution: the congress, as written, is its issuer ("Đại hội đại biểu
        Đảng bộ tỉnh lần thứ X"); the Party's national congress gives the term (Đại hội XIII: khóa XIII)."""
        r = f.ref
        a, b = m.span("cg_name")
        name = " ".join(self.work[a:b].split())
        k = " ".join(fold(name).split())
        if k != "dai hoi":  # ("Nghị quyết Đại hội" alone names no congress: a short form, its issuer unknown)
            r.issuer, r.issuer_span = name, (a, b)
        n = _CONGRESS_NUMBER.search(k) or _CONGRESS_ROMAN.search(k)
        congress = self.ordinal(n.group(1)) if n else None
        r.term = roman(congress) if congress else None  # the congress elects the committee of that term (khóa)
        unit = self.cues.congress.unit.search(k)
        if unit is None and _PARTY_CONGRESS.search(k):
            r.issuer_code, r.level = "TW", "central"
        elif unit is not None:
            r.level = gazetteer.KIND_LEVEL.get(gazetteer.unit_kind(unit.group(1), self.lex) or "")
            place = _CAPITALISED.match(self.work, a + unit.end())
            r.locality = title_case(" ".join(place.group(1).split())) if place else None

    def congress_pair(self, r: Reference, end: int) -> int:
        """Two congresses under one name, the second written short: "NQ đại hội Đảng bộ tỉnh lần thứ XVIII, huyện lần
        thứ XXI", "nghị quyết đại hội Đảng bộ tỉnh lần thứ XVIII và huyện lần thứ XXI", "NQ đại hội Đảng bộ tỉnh và
        huyện" (corpus-real-6/hu-lucnam-bacgiang-kh-tuyentruyen-nq-daihoi-2015.txt), "Nghị quyết Đại hội toàn quốc và
        Đại hội Đoàn tỉnh Tây Ninh, nhiệm kỳ 2017 – 2022" (no ordinal: not two references, see :meth:`sharing_the_type`;
        corpus-real-7/tinhdoan-tayninh-trienkhai-nq-daihoi-doan-2018.txt), or its ordinal after a comma ("Nghị quyết
        đại hội Đảng bộ xã, lần thứ XII, nhiệm kỳ 2020 – 2025", corpus-real-6/du-xa-sonmua-quangngai-sk-giuanhiemky-2023.txt):
        one reference (one mention), its issuer both congresses as written."""
        a = r.issuer_span[0]
        k = folded_text(self.work)[end : end + 60]
        units = self.cues.congress
        pm = units.pair.match(k)
        if pm is not None and (pm.group("unit") or r.term is None) and not (pm.group("unit") is None and pm.group("and")):
            new_end = end + pm.end()
        elif (j := _AND.match(self.work, end)) is not None and (n := self.g.named.match(self.s, j.end() - 1)) is not None:
            name = fold(n.group("cg_name") or "")
            if not name or _ORDINAL.search(n.group("cg_name")) or not units.unit.search(name):
                return end
            new_end = n.end("cg_name")
        else:
            return end
        r.issuer, r.issuer_span = " ".join(self.work[a:new_end].split()), (a, new_end)
        r.end, r.text = new_end, intern(self.work[r.start : new_end])
        r.name = " ".join(r.text.split())
        return new_end

    def ordinal(self, s: str) -> Optional[int]:
        s = s.strip()
        n = arabic(s)
        if n:
            return n
        k = " ".join(fold(s).split())
        return next((int(v) for w, v in self.lex.pairs("ordinal") if fold(w) == k), None)

    # --- what follows a reference ------------------------------------------------------

    def set_issuer(self, found: list[Found], pos: int) -> None:
        """ "Kế hoạch của Tỉnh ủy số 25-KH/TU": an issuer written before the number."""
        got = read_issuer(self.g, self.lex, self.s, self.work, pos, loc_needs_name=True)
        if got:
            p, a, b = got
            for f in found:
                f.ref.issuer, f.ref.issuer_span, f.ref.issuer_parts = p.spelled, (a, b), p

    def items(self, r: Reference, pos: int) -> None:
        """Consume the date / issuer / term / year items after a reference."""
        g, s = self.g, self.s
        while True:
            im = g.item.match(s, pos)
            if im is None:
                # (an issuer no item reads: in text as written, only right after the date or before one of the words
                # those forms start with, _ISSUER_LEADS; a reference followed by none, "Kết luận số 93-KL/TW về …", asks
                # nothing more)
                if (
                    r.issuer is None
                    and (s is not self.work or (r.date_span is not None and r.date_span[1] == pos) or _ISSUER_LEADS.match(s, pos))
                    and (end := self._issuer_not_an_item(r, pos)) is not None
                ):
                    pos = r.end = end
                    continue
                if r.issuer is None and r.date is None and (end := self._issuer_past_an_unread_tail(r, pos)) is not None:
                    pos = r.end = end
                    continue
                break
            if "\n" in s[pos : im.end()] and (_LEADING_BREAK.match(s, pos) or self.line_day(pos, im)):
                # "… nhiệm kỳ 2022 – 2027\n\nNgày 13/3/2023, Ban Thường vụ …": what starts a new paragraph is its
                # own (a break inside an item, "của Ban Thường vụ\n\nTỉnh ủy" at a page end, is not this); a break
                # stands before the item's first word, inside its match: no line break there, no test
                break
            if im.group("d") or im.group("pd"):
                end = self.date_item(r, im, "dv" if im.group("d") else "pdv")
            elif im.group("o") or im.group("o2"):
                end = self.issuer_item(r, im)
            elif im.group("by"):
                end = self.bare_year(r, pos, im)
            elif im.group("bd"):  # a date without "ngày", right after a law's name only ("Luật Ngân sách nhà nước 25/6/2015")
                end = self.date_item(r, im, "bd") if self.at_law_name(r, pos) else None
            elif im.group("nk"):  # the issuer's term of office belongs to the citation, after its issuer only
                end = im.end() if r.issuer is not None else None
            elif im.group("t"):
                end = None if r.term is not None else im.end()
                if end is not None:
                    r.term, r.term_span = parse_term(im.group("tv")), im.span("t")
            else:  # "năm 2010"
                end = None if (r.date_span is not None or r.year is not None) else im.end()
                if end is not None:
                    r.year = int(im.group("yv"))
            if end is None:
                break
            pos = r.end = end
        r.text = intern(self.work[r.start : r.end])

    def bare_year(self, r: Reference, pos: int, im: re.Match) -> Optional[int]:
        """Read the bare year of the item ``im`` at ``pos`` into ``r`` and say where it ends, or None: only right after a
        symbol that has none ("891/QĐ-UBND 2019") or a law's name ("Luật tổ chức chính quyền địa phương 2015"), and
        before a capitalised title after a symbol only ("Quyết định 253/QĐ-UBND 2014 Danh mục văn bản quy phạm pháp luật
        hết hiệu lực …", corpus-real-41/doc-vanbanphapluat-nq38-2012-nq-hdnd-sonla-viec-lam-2013.txt: labelled 2014)."""
        after_code = r.code_span is not None and pos == r.code_span[1]
        if r.year is not None or r.date is not None or not (after_code or im.group("bt") is None and self.at_law_name(r, pos)):
            return None
        r.year = int(im.group("by"))
        return im.end()

    def at_law_name(self, r: Reference, pos: int) -> bool:
        """Is ``pos`` the end of a law's name, nothing read after it yet ("Căn cứ Luật Tổ chức chính quyền địa phương⏎
        15/6/2015;", corpus-real-54/doc-thuvienphapluat-qd104-qd-ubnd-gialai-chuyen-doi-cay-trong-2023.txt)?"""
        return r.kind == "named" and r.doc_type in self.g.law_types and pos == r.end and r.year is None and r.date is None

    def _issuer_not_an_item(self, r: Reference, pos: int) -> Optional[int]:
        """The issuer after ``pos`` that the grammar's items do not read (the reference ``r`` has none yet): where it
        ends, or None."""
        g, s, work = self.g, self.s, self.work
        if (pm := self.plenum_after(r, pos)) is not None:
            return self.issuer_item(r, pm, pm.start("o2"))
        if (dm := _OF_TWICE.match(work, pos)) is not None and (om := g.item.match(s, dm.end())) and om.group("o"):
            # "của" written twice, the issuer after the second: "công văn số 6312/BGTVT-VT ngày 25/11/2022 của của Sở
            # Giao thông vận tải Thanh Hóa" (corpus-real-43/doc-nhuxuan-van-ban-an-toan-giao-thong-tet-2023.txt)
            return self.issuer_item(r, om)
        if r.date_span is not None and r.date_span[1] == pos and (sm := g.state_head.match(s, pos)) is not None:
            # "Quyết định 923/QĐ-TTg ngày 02/8/2022 Thủ tướng Chính phủ về …": a central state body right after the date
            return self.issuer_item(r, sm, sm.start("o2"))
        if r.date_span is not None and r.date_span[1] == pos and (bm := self._body_after_date(pos)) is not None:
            return self.issuer_item(r, bm, bm.end())  # (any other body the issuer grammar reads: see _body_after_date)
        if r.kind in ("code", "short") and (ws := self.issuer_as_written(r, pos)):
            # a place, the Party/Union or a body no table knows named as the issuer, as written (see
            # :meth:`issuer_as_written`)
            r.issuer, r.issuer_span = spelled_as_written(work[ws[0] : ws[1]]), ws
            return ws[1]
        if (pm := g.passing.match(work, pos)) is not None and (end := self.passed_by(r, pm.end())) is not None:
            # passed by a body, then its verb: "Luật Đất đai được Quốc hội khóa XI thông qua ngày 26/11/2003"
            # (corpus-real-12/qd-ubnd-daknong-kh-khuyennong-2006-2010-nq33.txt); a test of its own, not an item:
            # tried only where no item is
            return end
        if s.startswith(_BETWEEN_STARTS, pos) and (e := self.parties_between(r, pos)):
            return e  # (a joint document's parties after "giữa")
        return None

    def _body_after_date(self, pos: int) -> Optional[re.Match]:
        """The blanks between a reference's date ending at ``pos`` and a body the issuer grammar reads right after it, no
        "của" between (the page lost it, or never wrote it), as the central heads stand there (``Grammar.item``, vocabulary
        ``state_head``): "Hướng dẫn số 21-HD/BTCTW ngày 18/10/2019 Ban Tổ chức Trung ương; Hướng dẫn số 10-HD/HU ngày
        27/11/2019 Ban Thường vụ Huyện ủy Đại Từ “kiểm điểm, đánh giá, …”" (corpus-real-23/commune-123docz-labang-daitu-
        kh-09-kh-du-2020-hd-33-hd-btctw.txt). Not the subject of the next clause, its verb after it ("… ngày 2/3/2020 Ban
        Thường vụ Tỉnh ủy đã chỉ đạo …"). None otherwise."""
        m = _BLANKS_TO_CAPITAL.match(self.work, pos)
        if m is None or not self.work[m.end()].isupper():
            return None  # (a body's name starts with a capital: a cheap test first)
        got = read_issuer(self.g, self.lex, self.s, self.work, m.end())
        if got is None or got[0].body is None:
            return None
        return None if _ACTS_AFTER_BODY.match(self.work, got[2]) else m

    def _issuer_past_an_unread_tail(self, r: Reference, pos: int) -> Optional[int]:
        """The issuer after "của" past what the items leave unread between the numbered reference ``r`` (no issuer, no
        date yet) and it (:data:`_UNREAD_TAIL`: the rest of a broken number, a date without its year or with a slip, a
        date in brackets): where it ends, or None. The labels give that body on every dev page of the form (dev25, dev41,
        dev42, dev58; none against): "Quyết định số 107 ngày 1/6 của Bộ Chính trị về việc chỉ định Đảng ủy Công an Trung
        ương" (corpus-real-41/news-zingnews-qd107-bo-chinh-tri-chi-dinh-dang-uy-cong-an-trung-uong-2021.txt), "Căn cứ
        Quyết định số 26/2020/QĐ-TTg ngày 14 ngày 9 năm 2020 của Thủ tướng Chính phủ" (corpus-real-42/doc-hethongphapluat-
        nq10-2020-nq-hdnd-tuyenquang-von-dau-tu-cong.txt), "Quyết định số 0 1/QĐ-VKSTC-V9 , ngày 10  tháng 12  năm 2010 của
        Viện trưởng Viện kiểm sát nhân dân tối cao" (corpus-real-25/hd-04-2011-hd-vkstc-v4-kiemsat-tamgiu-tamgiam-tks.txt),
        "Nghị quyết 34 (ngày 20/12/2023 của HĐND huyện Đông Giang)" (corpus-real-58/doc-vietnam-quangnam-tin-hdnd-dong-
        giang-dau-tu-cong-2024.txt). The date itself is not read (a year missing or a slip): the issuer only; a title
        without a number ("Kế hoạch sốn 44/KH-UBND …", its "số" misspelt) is not this."""
        if r.number is None and r.code is None:
            return None
        folded = folded_text(self.work)  # (folded: "NGÀY 1/6 CỦA", "ngay 1/6 cua" alike)
        if (head := folded[pos : pos + 12].lstrip(_TAIL_LEAD)) and head[0] not in _TAIL_OPENS:
            return None  # (most items end before " và", ", b", ".": a character test before the pattern)
        t = _UNREAD_TAIL.match(folded, pos)
        if t is None or (om := self.g.item.match(self.s, t.end())) is None or not om.group("o"):
            return None
        return self.issuer_item(r, om)

    def issuer_as_written(self, r: Reference, pos: int) -> Optional[tuple[int, int]]:
        """The span of an issuer after "của" at ``pos`` that the grammar does not read, kept as written: a place or the
        Party/Union, "công văn số 995 ngày 12/8/2019 của huyện Vĩnh Linh" (corpus-real-5/xa-vinhtrung-quangtri-cv3597-
        sapxep-2019.txt), "Kế hoạch 460 của Đoàn cụ thể hóa Kết luận 21 của Đảng" (corpus-real-5/news-nhandan-tag-kl21-
        doan-kh460-2022.txt); before them, right after the reference's date, a body the issuer table does not know
        (:meth:`organ_after_date`). None otherwise."""
        if r.date_span is not None and r.date_span[1] == pos and (got := self.organ_after_date(pos)) is not None:
            return got  # (first: a body's whole name, not only the first word "Đoàn" _of_as_written reads)
        wm = self.lex.cached("scan.of_as_written", _of_as_written, self.lex).match(self.work, pos)
        return wm.span("w") if wm is not None else None

    def organ_after_date(self, pos: int) -> Optional[tuple[int, int]]:
        """The span of a body named after "của" right after a numbered document's date, when the issuer table does not
        know it: "Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam)"
        (corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-vanbanphapluat.txt), "Quy định số
        09-QĐ/TU, ngày 13/11/2025 của Ban Chấp hành Đảng bộ ủy về phân cấp …" (corpus-real-10/btvtu-tuyenquang-qd19-
        khenthuong-2025.txt). There "của" names who issued it; the grammar reads the name (``Grammar.organ_after_date``:
        a body's word, then its words to a word that ends a name or to a mark; None when nothing ends it within 16
        words). Inside a title ("Quy chế hoạt động của Ban Chỉ đạo công tác Dân số …") "của" names the title's subject:
        only after a date, the document's own field, is it read so."""
        m = self.g.organ_after_date.match(self.work, pos)
        return m.span("name") if m is not None else None

    def plenum_after(self, r: Reference, pos: int) -> Optional[re.Match]:
        """The plenum that adopted it where its items end: after "tại" ("Kết luận số 21-KL/TW tại Hội nghị lần thứ 4, Ban
        Chấp hành Trung ương Đảng khóa XIII"), or after a symbol's items and a comma ("Nghị quyết số 42-NQ/TW ngày
        24/11/2023, Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII", see ``Grammar.comma_plenum``)."""
        g, s = self.g, self.s
        if _AT.match(s, pos):
            return g.at_plenum.match(s, pos)
        if r.kind == "code" and _COMMA_HOI.match(s, pos):
            return g.comma_plenum.match(s, pos)
        return None

    def passed_by(self, r: Reference, at: int) -> Optional[int]:
        """The body that passed a document and its verb after "(đã) được" ("được Quốc hội khóa XI thông qua"): the issuer
        (and its term, the grammar's term item), up to the verb's end; None when no issuer and verb follow ("được triển
        khai")."""
        if (got := read_issuer(self.g, self.lex, self.s, self.work, at)) is None:
            return None
        p, a, end = got
        tm = self.g.item.match(self.s, end)
        term = tm if tm is not None and tm.group("t") else None
        pos = term.end() if term is not None else end
        vm = _PASSED_VERB.match(folded_text(self.work)[pos : pos + 50])
        if vm is None:
            return None
        r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (a, end), p
        if term is not None and r.term is None:
            r.term, r.term_span = parse_term(term.group("tv")), term.span("t")
        return pos + vm.end()

    def line_day(self, pos: int, im: re.Match) -> bool:
        """Does the date item ``im`` open the next line's sentence, "Ngày" its first word and no "của" naming the issuer
        after it? Then the date is that sentence's, not the reference's that ends the line above: "Kế hoạch tổ chức Cuộc
        thi … trong Đảng bộ Khối các cơ quan Trung ương⏎Ngày 14/3/2023 Ban thường vụ Đảng ủy Khối ban hành Kế hoạch …"
        (corpus-real/danguy-naem-kh-107-duk-2023.txt), "LUẬT THỦ ĐÔ⏎Ngày 28 tháng 6 năm 2024, tại Kỳ họp lần thứ 7, Quốc
        hội …" (corpus-real-18/kh-225-2024-kh-ubnd-hanoi-thihanh-luat-thu-do-thuvienphapluat.txt). A wrapped line's
        "ngày" ("Luật Ban hành văn bản quy phạm pháp luật⏎ngày 22 tháng 6 năm 2015"), an upper-case title's "NGÀY" and a
        date the issuer follows ("kèm theo Quyết định số: 59/QĐ-UBND⏎Ngày 22 tháng⏎7 năm 2021 của Ủy ban nhân dân xã Xuân
        Phú", corpus-real-9/ubnd-xa-xuanphu-dongnai-quyche-qd59-2021.txt) stay the reference's."""
        return (
            im.group("d") is not None
            and _LINE_DAY.match(self.work, pos) is not None
            and _OF_AFTER.match(self.work, im.end()) is None
        )

    def date_item(self, r: Reference, im: re.Match, grp: str) -> Optional[int]:
        ds, de = im.span(grp)
        if r.date_span is not None or "," in self.work[im.start() : ds] and self.opens_an_act(im.end()):
            return None
        d, triple = parse_date(self.work[ds:de])
        r.date, r.date_span = d, (ds, de)
        if d is None and triple:
            r.note(Flag.IMPOSSIBLE_DATE, f"{triple[0]}/{triple[1]}/{triple[2]}", (ds, de))
        r.year = d.year if d else (triple[2] if triple else r.year)
        return im.end()

    def opens_an_act(self, pos: int) -> bool:
        """Does the date item ending at ``pos`` open the clause of another body's act ("ngày 16-1-2017, Bộ Chính trị
        ban hành …"), so that it dates that act, not the reference before it? "Cụ thể hóa nghị quyết Đại hội XII, ngày
        16-1-2017, Bộ Chính trị ban hành Nghị quyết số 08-NQ/TW" (corpus-real-17/central-lyluanchinhtri-brvt-dulich-nq-
        08-nq-tw-2018.txt), "Thực hiện Nghị quyết của Bộ Chính trị, ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị
        định số 100/TTg" (corpus-real-9/bdbp-truyenthong-nq58-1958-nd100-ttg.txt). Asked only of a date set off by a
        comma: one written right after a number is that document's, whatever follows ("Công văn số 499/SNgV-LS&HTQT
        ngày 06 tháng 3 năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch …", corpus-real/kh-58-kh-ubnd-bariavungtau-
        2024.txt)."""
        cm = _DATE_COMMA.match(self.work, pos)
        if cm is None or not self.work[cm.end() : cm.end() + 1].isupper():
            return False  # (most dates: no comma and capital, no body after them)
        if _SUBJECT_ACTS.match(self.work, cm.end(), cm.end() + 100) is not None:
            return True  # (a subject the grammar may not read, then its verb: see _SUBJECT_ACTS)
        if (got := read_issuer(self.g, self.lex, self.s, self.work, cm.end())) is None:
            return False
        tm = self.g.item.match(self.s, got[2])
        end = tm.end() if tm is not None and tm.group("t") else got[2]
        return _ACT_VERB.match(folded_text(self.work)[end : end + 40]) is not None

    def issuer_item(self, r: Reference, im: re.Match, at: Optional[int] = None) -> Optional[int]:
        """The issuer item ``im`` ("của Ban Bí thư"), or the issuer the grammar reads ``at`` a position."""
        if at is None and im.group("o"):  # the item matched the issuer itself: its parts are read from that match
            a = im.start("iv")
            got = issuer_of_match(self.g, self.lex, self.work, im, "iv_")
        else:
            a = at if at is not None else im.start("o2")
            got = read_issuer(self.g, self.lex, self.s, self.work, a)
        if got is None:  # pragma: no cover - the item matched an issuer there
            return None
        p, _, end = got
        if (
            r.issuer is None
            and p.joint is None
            and self.work.startswith(_AND_STARTS, end)
            and (j := _AND.match(self.work, end)) is not None
        ):
            p, end = self.joint_issuer(r, p, end, j.end())
        if r.issuer is not None:
            same = r.issuer_parts is not None and p.body == r.issuer_parts.body
            r.note(Flag.DUPLICATED_ISSUER if same else Flag.SECOND_ISSUER, p.spelled, (a, end))
        else:
            r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (a, end), p
        return end

    def parties_between(self, r: Reference, pos: int) -> Optional[int]:
        """The parties a joint document names after "giữa" (between), two or more bodies joined by commas and "và", its
        issuer as written; where they end, or None: "… cho ý kiến về dự thảo Nghị quyết liên tịch giữa UBTVQH, Chính phủ
        và Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam về quy định chi tiết Điều 27, Điều 34 của Luật MTTQ Việt Nam"
        (corpus-real-9/news-giaoducthoidai-ubtvqh-duthao-nqlt-luat-mttq.txt). Each party a body the grammar reads."""
        if not _is_joint(self.cues.joint, r):
            return None
        m = _BETWEEN.match(self.work, pos)
        if m is None:
            return None
        a = end = m.end()
        n = 0
        got = read_issuer(self.g, self.lex, self.s, self.work, a)
        while got is not None and got[0].body is not None:
            end, n = got[2], n + 1
            j = _BODY_JOIN.match(self.work, end)  # (the next party, read once: it is the next turn's)
            got = read_issuer(self.g, self.lex, self.s, self.work, j.end()) if j is not None else None
        if n < 2:
            return None  # (one body after "giữa" is no list of parties)
        r.issuer, r.issuer_span = spelled_as_written(self.work[a:end]), (a, end)
        return end

    def joint_issuer(self, r: Reference, p: IssuerParts, end: int, at: int) -> tuple[IssuerParts, int]:
        """The issuers of one document joined by "và" (the second read ``at``), or ``p`` alone.

        A joint document's: "Thông tư liên tịch số 04/2010/TTLT-UBDT-BNV … của Ủy ban Dân tộc và Bộ Nội vụ",
        "Nghị quyết Liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN … của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc
        Việt Nam". A document without a symbol (one body's code names one issuer) nor a law's name (the National Assembly
        passes them: "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân") whose phrase ends with the second:
        "Thực hiện chỉ thị của Ban Bí thư Trung ương Đảng và Thủ tướng Chính phủ về tổ chức Tết Nguyên đán"
        (corpus-real-9/btvtu-tayninh-tag-tet-giapthin-2024.txt), or whose second is the members of the first
        (vocabulary ``member_group``): "chương trình hành động của MTTQ Việt Nam và các tổ chức thành viên thực hiện
        Nghị quyết Đại hội XIII" (corpus-real-2/mttq-tw-ctrhd-nq-daihoi-xiii-2021.txt); not the subject of the next
        clause ("Chỉ thị số 05-CT/TW của Bộ Chính trị và Tỉnh ủy đã ban hành …")."""
        joint = _is_joint(self.cues.joint, r)
        if not joint and (r.code is not None or r.doc_type in self.g.law_types):
            return p, end
        if not joint and (mm := self.g.members.match(self.work, at)) is not None:
            return dataclasses.replace(p, spelled=f"{p.spelled} và {mm.group('m')}", joint=mm.group("m")), mm.end("m")
        second = read_issuer(self.g, self.lex, self.s, self.work, at)
        if second is None or second[0].body is None or second[0].body == p.body:
            return p, end
        if not joint and not _PHRASE_ENDS.match(self.work, second[2]):
            return p, end
        q = second[0]
        return dataclasses.replace(p, spelled=f"{p.spelled} và {q.spelled}", joint=q.spelled), second[2]

    # --- a symbol without a type word right before it ------------------------------------

    def bare_code(self, cm: re.Match) -> Optional[Found]:
        g, s, work = self.g, self.s, self.work
        cs, ce = self.code_span(cm)
        parts = parse_code(work[cs:ce], self.lex)
        if parts is None:
            return None
        lo = cs - 90 if cs > 90 else 0
        # (from the window's last ".", ";" or "(": fold keeps them and neither pattern's match holds one, so each match
        # lies after it; the window's characters before it were folded only to be passed over)
        lo = max(lo, work.rfind(".", lo, cs), work.rfind(";", lo, cs), work.rfind("(", lo, cs))
        window = s[lo:cs] if g.mode == "folded" else folded_text(work)[lo:cs]
        start, doc_type, generic = cs, None, False
        lm = g.lookback.search(window)
        if lm:
            start = lo + lm.start()
            dt = self.lex.type_by_name(lm.group("type"))
            doc_type, generic = (dt.name if dt else None), dt is None
        elif sm := g.lookback_so.search(window):
            start = lo + sm.start("so")
            # the number of the document itself in its letterhead ("Số: 42-CT/TW" on its own line)
            ls = work.rfind("\n", 0, start) + 1  # (text.line_start written out, as in _alone_on_line)
            if (not work[ls:start].strip() and not _list_goes_on(work, ls)) or sm.group("hieu"):
                return None
            if folded_text(work)[ls:start].strip() in ("so hieu",):
                return None
        if doc_type is None:
            doc_type, generic = self.lex.type_of_abbr(parts.type_abbr, parts.system), True
        r = self.new(start, ce, doc_type, "code")
        r.number, r.code, r.code_span, r.year, r.code_parts = parts.number, parts.canonical, (cs, ce), parts.year, parts
        self.items(r, ce)
        return Found(r, generic_type=generic)


#: words that open the subject of the reference before them (folded): "… về …", "… phê duyệt …"
_SUBJECT_OPENS = re.compile(r"(?<![a-z])(?:ve|v/v|phe duyet|ban hanh|quy dinh ve|huong dan)(?![a-z])")
_CLAUSE_BREAK = re.compile(r";|\n|\.\s")  # (each alternative led by one character: the engine skips to them)
#: a symbol as a web address spells it (see :meth:`_Parser.slug`): number, year, type part and organ, or number, year
#: and the Assembly by its term ("28 2016 qh14")
_SLUG = re.compile(  # (any blank but a line break: "so" glued to its number too, "quyet dinh so465 qd ttg")
    r"[^\S\n]*(?:so[^\S\n]*)?(?P<n>[0-9]+)(?:\s+(?P<y>(?:19|20)[0-9]{2}))?\s*"
    r"(?:(?P<t>[a-z]{2,4})\s+(?P<o>[a-z]{2,10})(?![\w/-])|(?P<qh>(?:ubtv)?qh[0-9]{2})(?![0-9/-]))",
    re.I,
)
#: the gap between a letter and the document its subject opens with, folded: " về ", ") về " (after a symbol repeated
#: in brackets)
_CONVEYED_BY_PREVIOUS = re.compile(r"[\s,)]*(?:ve|v/v)\s+")
#: "về" and an opening quote right before a titled type word: "… về “Chiến lược bảo vệ Tổ quốc trong tình hình mới”"
_AFTER_ABOUT = re.compile(r"(?<!\w)(?:về|ve)[ \t]*[“\"«][ \t]*$")
#: the act right after a reference that issues or approves another, named document: "Quyết định số 217-QĐ/TW …
#: của Ban Chấp hành Trung ương Đảng về việc ban hành Quy chế giám sát và phản biện xã hội …", "Nghị quyết số
#: 24/2021/QH15 … của Quốc hội phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia giảm nghèo …",
#: "Quyết định số 589/QĐ-TLĐ ngày 22/5/2014, ban hành Quy định về việc tổ chức Công đoàn …", "Nghị quyết số
#: 25/2021/QH15 … của Quốc hội về phê duyệt chủ trương đầu tư Chương\ntrình mục tiêu quốc gia …": that document is
#: a reference of its own (nested in the subject: cited, not implemented); folded, the whole gap between the two
#: ("Thông báo … về Kế hoạch …" names a subject, not a document issued, and "…, Ủy ban nhân dân tỉnh ban hành
#: Kế hoạch" is the citing document's own act: neither matches); a council's resolution adopts one: "Nghị quyết số
#: 22/2019/NQ-HĐND ngày 17/10/2019 của HĐND tỉnh về việc thông qua Đề án sắp sếp đơn vị hành chính"
#: (corpus-real-13/truongct-quangtri-sapxep-dvhc-nq37-kh86-2019.txt), "Xét Tờ trình số 70/TTr-UBND … của⏎UBND tỉnh về
#: việc thông qua Chương trình phát triển nhà ở tỉnh Yên Bái …" (corpus-real-19/nq-14-nq-hdnd-2019-yenbai-…); the
#: issuer's abbreviation in brackets may stand before the act: "Quyết định số 2957/QĐ-BGDĐT … của Bộ Giáo dục và⏎Đào tạo
#: (GDĐT) ban hành kế hoạch nhiệm vụ, giải pháp trọng tâm năm học 2023-2024" (corpus-real-30/hd-2320-hd-sgddt-quangtri-…);
#: an approval may amend what it approves: "Quyết định số 491/QĐ-TTg … về việc phê duyệt điều chỉnh Chiến lược quốc gia về
#: quản lý tổng hợp chất thải rắn …" (corpus-real-44/doc-hethongphapluat-kh4994-kh-ubnd-binhthuan-chat-thai-ran-2018.txt),
#: as a lower-case one ("… phê duyệt điều chỉnh quy hoạch⏎tổng thể …", see :meth:`_Parser.issued_in_lower_case`)
_ISSUED_BY_PREVIOUS = re.compile(
    r"[\s,]* (?: \( [a-z]{2,8} \) [\s,]* )?"
    rf" (?: (?: ve \s+ viec | v/v | ve ) \s* )? (?: {ISSUING_FOLDED} | thong \s+ qua | phe \s+ duyet"
    r" (?: \s+ chu \s+ truong \s+ dau \s+ tu | \s+ dieu \s+ chinh )? ) [\s\"“«]*",
    re.X,
)
#: the last word of the act right before a document issued, as written (the cheap test before :meth:`_Parser._issued_by_an_item`)
_ACT_ENDS = tuple(v + g for v in ("duyệt", "hành", "qua", "duyet", "hanh", "DUYỆT", "HÀNH") for g in (" ", "\n", " “", ' "'))
#: the character two before a type word that ends one of :data:`_ACT_ENDS` (a word's last letter before a blank, the
#: blank before a quote), made of them: one index and a containment before that tuple's ``endswith`` (an ``endswith``
#: of 28 suffixes costs ~2.7k instructions, the index ~0.4k; a type word has two characters, so ``ts - 2`` indexes the
#: text)
_ACT_LAST = "".join(sorted({e[-2] for e in _ACT_ENDS}))


def _after_an_act(work: str, ts: int) -> bool:
    """The text before the type word at ``ts`` ends with an act's last word (:data:`_ACT_ENDS`), one index first:
    "…: Số 17/2006/QĐ-BTNMT ngày 12/10/2006 ban hành quy định …" (corpus-real-27/qd-15-2011-qd-ubnd-capphep-
    tainguyennuoc-hungyen-hethongphapluat.txt)."""
    return work[ts - 2] in _ACT_LAST and work.endswith(_ACT_ENDS, 0, ts)


#: the act right after a reference, as written (the cheap test before :meth:`_Parser.issued_in_lower_case`, in typed)
_ACT_AHEAD = re.compile(
    r"[\s,]*(?:\([A-ZĐ]{2,8}\)[\s,]*)?(?:(?:về|ve)\s+(?:việc|viec)\s+|v/v\s+|(?:về|ve)\s+)?(?:phê|phe|ban)\s", re.I
)
#: an item of a list under one type word, right before the document it issues or approves, folded: its number and
#: symbol after "số", its date, then the act (see :meth:`_Parser._issued_by_an_item`): "; số 124/QĐ-TTg ngày 02/02/2012 về
#: việc phê duyệt "
_ISSUED_BY_AN_ITEM = re.compile(
    r"(?:^|[:;,]) \s* so \s* [0-9]+ (?: \s* [/\-–] \s* [\w.]+ )+"  # (a blank beside a separator: "122 / QĐ - TTg")
    r" (?: \s* ,? \s* ngay \s+ [0-9]{1,2} (?: \s* [/.-] \s* [0-9]{1,2} \s* [/.-] \s* | \s+ thang \s+ [0-9]{1,2} \s+ nam \s+ )"
    r" [0-9]{4} )? " + _ISSUED_BY_PREVIOUS.pattern + r"\Z",
    re.X,
)
#: how a type word may be written for a document named by its title: capitalised, or in lower case after a cue, with
#: its years, or issued by the reference before it (see :meth:`_Parser._lower`)
#: how far before a type word the words of vocabulary ``type_compound`` are looked for, in characters (longer than the
#: longest, " nhiệm vụ " of "nhiệm vụ quy hoạch"; a test keeps it so)
_COMPOUND_REACH = 16
_DATE_COMMA = re.compile(r"[ \t]*,[ \t]*")  # (after a date: a comma, then perhaps a body acting)
#: the verb of a body's act right after it (and its term), folded: " (đã) ban hành", " ký", " thông qua"
_ACT_VERB = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:da|vua|moi)[ \t]+)?(?:ky[ \t]+)?(?:ban[ \t]+hanh|thong[ \t]+qua|ky(?![ \t]+hop))(?![a-z])"
)
#: a new clause's subject after a date and its comma, as written: a capitalised name (no "về", "của", "số", "ngày" of a
#: title in it), then a tense or "tổ chức" in small letters: "… Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung Ương Đảng khóa
#: XIII, ngày 03/01/2023, Đảng bộ Bệnh viện đa khoa tỉnh Bình Định tổ chức khai mạc Hội nghị …" (corpus-real-30/tin-
#: bvdk-binhdinh-hoc-tap-nq-trung-uong-6-khoa-xiii-2023.txt), "… Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của
#: Đảng, ngày 07/02/2026, Chi bộ trường Mầm non Phước Thịnh đã nghiêm túc tham gia …" (corpus-real-19): the date is the
#: clause's, not the resolution's
_SUBJECT_ACTS = re.compile(
    r"[^\W\d_](?:(?![ \t](?:về|của|số|ngày)[ \t])[^,;:.()\n\"“”]){0,70}?[ \t](?:đã|vừa|mới|đang|tổ[ \t]+chức)[ \t]+[^\W\d_]"
)
#: the verb of passing after the body that passed a document (and its term), folded: " thông qua"
#: (the sitting may come between: "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được Quốc hội khóa 15, Kỳ họp
#: thứ 6 thông qua vào ngày 28/11/2023", corpus-real-10/ca-vinhlong-ramat-lucluong-antt-coso-2024.txt)
_PASSED_VERB = re.compile(
    r"(?:[ \t]*,?[ \t]+(?:tai[ \t]+)?ky[ \t]+hop(?:[ \t]+[a-z0-9]+){1,3}[ \t]*,?)?[ \t]*,?[ \t]+(?:thong qua|ban hanh)(?![a-z])"
    r"(?:[ \t]+vao(?=[ \t]+ngay[ \t]+[0-9]))?"  # "thông qua vào ngày 28/11/2023": the date item follows
)
#: the period a document is for, right after its type word: " năm 2023", " Quý 4 năm 2025" (not a range of years)
_PERIODIC = re.compile(
    r"[ \t]+(?:[Qq]uý[ \t]+(?:[1-4]|I{1,3}|IV)[ \t]+)?năm[ \t]+(?P<y>(?:19|20)[0-9]{2})(?![0-9])(?![ \t]*[-–][ \t]*[0-9])"
)
#: a full date right after a type word, the document's only name (see _Parser.dated): " ngày 29/8/2025", " ngày 29 tháng 8
#: năm 2025"
_DAY_AFTER = re.compile(
    r"[ \t]+ngày[ \t]+[0-9]{1,2}(?:[ \t]*[/.-][ \t]*[0-9]{1,2}[ \t]*[/.-][ \t]*|[ \t]+tháng[ \t]+[0-9]{1,2}[ \t]+năm[ \t]+)"
    r"(?:19|20)[0-9]{2}(?![0-9])"
)
#: how a type word may be written for a document named by its date alone (see _Parser.dated)
_DATED_HOW = frozenset({"", "lower_day"})
_TITLED_HOW = frozenset({"", "lower_title", "lower_dated", "lower_issued"})
#: how a lower-case type word cites with a number alone when an alias or a quoted name names it: "(gọi tắt là quy định 22)",
#: "đề án 178 "Phụ nữ Hưng Yên …"" (see :meth:`_Parser._lower`)
_NAMED_NUMBER = frozenset({"lower_alias", "lower_quoted"})
#: a type word's abbreviation restated after it, before a number: " (NQ) 32", " NQ 32" (see _Parser._restated_abbr)
_RESTATED_ABBR = re.compile(r"[ \t]+(?P<open>\()?(?P<abbr>[A-ZĐ]{2,4})(?(open)\))(?=[ \t]+[0-9])")
#: how a type word may be written for a document named by its quoted title (or, capitalised, by its issuer right after it)
_BY_NAME = frozenset({"", "lower_quoted", "lower_periodic"})
#: the tasks of a period a document leads, before that period (see _Parser.periodic): " nhiệm vụ", " về nhiệm vụ QP - AN",
#: " lãnh đạo thực hiện nhiệm vụ" ("Nghị quyết nhiệm vụ năm 2016 của Đảng ủy Khối; Nghị quyết về nhiệm vụ QP - AN năm
#: 2016", corpus-real-15/news-thanhuyhue-dukhoi-doanhnghiep-nam-doanhnghiep-2016.txt; "nghị quyết lãnh đạo thực hiện
#: nhiệm vụ năm 2022 của Đảng ủy Quân sự tỉnh", corpus-real-23/army-qdnd-bchqs-quangninh-thidua-quyetthang-nq-03-nq-tu-2022.txt),
#: its field in capitals ("QP - AN") and the part of the year ("6 tháng cuối")
_TASKS = re.compile(
    r"[ \t]+(?:lãnh[ \t]+đạo[ \t]+)?(?:thực[ \t]+hiện[ \t]+)?(?:về[ \t]+)?nhiệm[ \t]+vụ"
    r"(?:[ \t]+(?!năm(?!\w))(?:[A-ZĐ]{1,4}|[-–])){0,4}"
    r"(?:[ \t]+(?:6|sáu)[ \t]+tháng[ \t]+(?:đầu|cuối))?(?=[ \t]+(?:[Qq]uý[ \t]+\S+[ \t]+)?năm[ \t]+(?:19|20)[0-9]{2}(?![0-9]))"
)
#: a lower-case resolution by the tasks it leads (a Party committee's "nghị quyết lãnh đạo (thực hiện) nhiệm vụ" of a period)
_LEADING_TASKS = re.compile(r"[ \t]+lãnh[ \t]+đạo[ \t]+(?:thực[ \t]+hiện[ \t]+)?nhiệm[ \t]+vụ")
#: a quarter of a year right after a type word: " Quý 4 năm 2025" (a lower-case type word's period, see _Parser._lower)
_QUARTER_AFTER = re.compile(r"[ \t]+[Qq]uý[ \t]+(?:[1-4]|I{1,3}|IV)[ \t]+năm[ \t]+(?:19|20)[0-9]{2}(?![0-9])")
_LEADING_BREAK = re.compile(r"[ \t*_,]*\n[ \t*_]*\n")
#: a line that opens with "Ngày" written as a sentence's first word (see :meth:`_Parser.line_day`)
_LINE_DAY = re.compile(r"[ \t*_,]*\n[ \t*_]*Ngày[ \t]")
_OF_AFTER = re.compile(r"[ \t\n]*của(?!\w)")  # the issuer's "của" right after a date
_OF_TWICE = re.compile(r"[ \t]*(?:của|CỦA)(?=[ \t]+(?:của|CỦA)[ \t])")  # the first of "của của", the page's slip
#: what the items leave unread between a numbered reference and its "của <issuer>" (see
#: :meth:`_Parser._issuer_past_an_unread_tail`): the rest of a number the page broke (" 1/QĐ-VKSTC-V9 ," after "số
#: 0"), then one to three date words and their numbers, a bracket before them ("ngày 1/6", "ngày 14 ngày 9
#: năm 2020", "(ngày 20/12/2023"), up to the "của"; folded, "năm" also as a scan misreads its "m" ("nărn")
_UNREAD_TAIL = re.compile(
    r"[ \t]*(?:[0-9 ]*/[a-z][\w\-/&]*)?[ \t,]*\(?[ \t]*(?:(?:ngay|thang|nam|narn)[ \t]*[0-9][0-9/\-.]*[ \t,]*){1,3}(?=cua[ \t\n])"
)
#: what :data:`_UNREAD_TAIL` may read before its first digit, "/" or date word (``_TAIL_OPENS``: "0 1/QĐ", "/QĐ",
#: "ngày", "tháng"): blanks, a comma, a bracket; a text at a position whose first other character is none of those
#: holds no such tail (" và", ", ban"); test_scan's test_the_unread_tails_pre_test_lets_every_match_through keeps
#: the two in step with the pattern
_TAIL_LEAD, _TAIL_OPENS = " \t,(", "0123456789/nt"

#: the one or two words before a comma that ends right before a type word: "… một số luật, ", "… dự án pháp lệnh, "
_KIND_BEFORE_COMMA = re.compile(r"(?<![^\W\d_])(?P<two>(?:[^\W\d_]+[ \t\n]+)?(?P<one>[^\W\d_]+))[ \t]*,[ \t\n]*$")

#: what may follow a lower-case type word that cites (a cheap test before the full grammar, on folded text): a
#: number, "số" (not "sơ kết": "báo cáo sơ kết" folds to "bao cao so ket"), "của" within two words ("kế hoạch của
#: Tỉnh ủy", "chỉ thị mới của"), a congress ("nghị quyết đại hội")
_LOWER_CITES = re.compile(
    r"[ \t*_]*(?:[0-9]|so(?![a-z])(?![ \t]+ket)|(?:\S+[ \t]+){0,2}cua(?![a-z])|dai[ \t]+hoi|hoi[ \t]+nghi|trung[ \t]+uong)"
)

#: the kind of a meeting's paper right after its type word, a list of the meeting's papers going on ("Chương trình làm
#: việc, Nội quy và Quy chế của Đại hội"), folded
_LISTED_KIND = re.compile(r"[ \t]+lam[ \t]+viec(?=[ \t]*[,;])")

#: a congress or a meeting right after a lower-case type word, folded ("kế hoạch đại hội …", "chương trình hội nghị …")
_MEETING_AFTER = re.compile(r"[ \t*_]*(?:dai[ \t]+hoi|hoi[ \t]+nghi)(?![a-z])")

#: a number or "số" after a lower-case type word, folded ("báo cáo số 12/BC-UBND"; not "báo cáo sơ kết")
_NUMBER_AFTER = re.compile(r"[ \t*_]*(?:[0-9]|so(?![a-z])(?![ \t]+ket))")


#: a cue right before a lower-case type word ("quán triệt chương trình …", "theo kế hoạch …"), folded (or a verb whose
#: object is a document: grammar ``object_verb_before``)
_DIGIT_OR_QUOTE_AFTER = re.compile(r"[\s*_]*(?:(?P<digit>[0-9])|[“\"«])")
#: a quoted name right after a lower-case type word, or after its number: "kế hoạch “Tôi làm Công an xã”", "đề án 178 "Phụ
#: nữ Hưng Yên …"" (see :meth:`_Parser._lower`)
_QUOTED_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?:[0-9]{1,5}[ \t]*\n?[ \t]*)?[“\"«]")  # (a line broken once)
#: what a decree or a circular does to the law its subject names, right before it, folded: "… quy định chi tiết và hướng
#: dẫn thi hành Luật khoáng sản" (corpus-real-27/qd-36-2010-qd-ubnd-khoangsan-hanam-hethongphapluat.txt), "… quy định chi
#: tiết thi hành một số điều của Luật phòng, chống …" (corpus-real-25/nq-70-2014-nq-hdnd-sonla-phongchong-hiv-aids-
#: vanbanphapluat.txt): the law is cited (see :meth:`_Parser._carried_out_in_subject`)
_DETAILS_BEFORE = re.compile(r"(?<![a-z])thi hanh(?:\s+mot so dieu(?:\s+cua)?)?\s+$")
#: the head of a title right after its document's symbol, before the law it details, folded: "Nghị định 137/2013/NĐ-CP
#: hướng dẫn Luật điện lực" (see :meth:`_Parser._detailed_right_after`)
_DETAILS_RIGHT_AFTER = re.compile(
    r"[ \t]+(?:huong dan|quy dinh chi tiet)(?:[ \t]+(?:va[ \t]+huong dan[ \t]+)?thi hanh(?:[ \t]+mot so dieu cua)?)?[ \t]+"
)
#: how a subject carries out the document it names (:meth:`_Parser._carried_out_in_subject`): by a cue before it, or by
#: the head of its title right after the symbol of the reference it is the subject of (the head then its trigger); or a
#: scheme the subject names (:meth:`_Parser._in_a_subject`: "của" in its title is the title's)
_BY_A_CUE, _BY_THE_HEAD, _A_SCHEME = "cue", "head", "scheme"
#: "và" or a comma between two laws (see :meth:`_Parser._joined_in_subject`)
_LAW_JOIN = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:và|va)[ \t]+)?")
#: a lower-case plan (a type that carries out others: vocabulary plan_type) named by what it carries out, folded: a
#: cue and the document or congress it acts on within a few words ("… quán triệt, triển khai những nội dung cốt lõi và
#: chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I":
#: corpus-real-4/danguy-xa-saovang-thanhhoa-nq-dh-2025.txt; "nghe qua báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết
#: Đại hội Đảng bộ xã"; "triển khai kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh"), or the congress it organises ("đã
#: xây dựng kế hoạch tổ chức đại hội chi bộ, đảng bộ cơ sở"): one document
#: "… như sau:" (also glued to a symbol: "57-NQ/TWnhư sau:"), or "như sau" ending the line, folded
_AS_FOLLOWS = re.compile(r"nhu[ \t]+sau[ \t*_]*:")
_AS_FOLLOWS_END = re.compile(r"nhu[ \t]+sau[ \t*_]*$")
_AS_FOLLOWS_REACH = 300


# what a plan is named by, folded (see :meth:`_Parser._carries_out`): a cue and the document it acts on, a resolution, a
# scheme ("Kế hoạch thực hiện Đề án “…”") or a law ("kế hoạch triển khai thi hành Luật sửa đổi, bổ sung …",
# corpus-real-26/thads-moj-congkhai-thongtin-luat-suadoi-thads-2014-qd-55-qd-ttg-nd-62-2015.txt) or a strategy ("Sở
# VH-TTDL đã ban hành kế hoạch thực hiện Chiến lược phát triển văn hóa đến năm 2030", corpus-real-27/news-baomoi-
# dongnai-kh-chienluoc-vanhoa-2030-2022.txt) or a programme ("… của Bộ trưởng Bộ Giáo dục và Đào tạo ban⏎hành Kế hoạch
# triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm⏎non vùng khó khăn …", corpus-real-29/kh-315-kh-ubnd-
# 2023-giaoducmamnon-vungkhokhan-thuathienhue-thuvienphapluat.txt) or a master plan ("Chính phủ phê duyệt Kế hoạch thực
# hiện Quy hoạch điện VIII", corpus-real-30/tag-congthuong-ke-hoach-thuc-hien-quy-hoach-dien-viii.txt)
# (a type word's syllables glued, or glued to its "số": "Nghịquyết", "Kết luậnsố", the checklist's glued; matched by
# :func:`_carries_out_match`, over a line end)
def _cue_alternation(lex: Lexicon, name: str, gap: str) -> str:
    """The phrases of vocabulary list ``name`` of ``lex``, folded, as one alternation (the longest first), ``gap`` between
    their words (a comma in a phrase is a gap too)."""
    return folded_alternation((c.replace(",", " ") for c in lex.words(name)), gap)


def _cues(lex: Lexicon) -> _Cues:
    """The patterns of the cues that tell a lower-case type word (vocabulary ``lower_type_cue`` of ``lex``) or a plan
    (``plan_named_by``: "thực hiện", "triển khai", "tổng kết", before a kind of ``plan_acts_on``: "Nghị quyết", "Luật";
    or ``plan_acts_on``'s "tổ chức đại hội" alone) names a document, folded, and the parser's other words and patterns
    of ``lex`` it asks for each reference (a joint document's mark, a congress's units, ...): built once a lexicon."""
    verbs = _cue_alternation(lex, "plan_named_by", r"[ \t]+")
    acts_on = lex.pairs("plan_acts_on")
    kinds = folded_alternation((p for p, v in acts_on if v == "document"), r"[ \t]*")  # ("Nghịquyết": glued)
    by_itself = folded_alternation((p for p, v in acts_on if v == "congress"), r"[ \t]+")
    carries_out = re.compile(
        rf"[ \t]+(?:[a-z]+[ \t]+){{0,4}}?(?:(?:{verbs})(?:[ \t]+[a-z]+){{0,6}}?[ \t]+(?:{kinds})|{by_itself})"
        r"(?:(?![a-z])|(?=so(?![a-z])))"
    )
    before = re.compile(rf"(?:{_cue_alternation(lex, 'lower_type_cue', ' ')})\s+(?:cac\s+)?$")
    ends = tuple(sorted({fold(c).split()[-1] for c in lex.words("lower_type_cue") if c.strip()}))
    openers = tuple(fold(w) + " " for w in lex.words("preamble_opener"))
    periodic, skip = frozenset(lex.words("periodic_type")), frozenset(lex.words("initials_skip"))
    leads = lex.folded_words("dated_lower_lead")
    blanks = r"[ \t]+"
    day_lead = re.compile(rf"(?<![a-z])(?:{folded_alternation(leads, blanks)}){blanks}$")
    reach = max(map(len, leads), default=0) + 3  # (the lead and blanks after it: "trong " before "báo cáo ngày …")
    return _Cues(
        before,
        ends,
        carries_out,
        _joint_type(lex),
        _congress_units(lex),
        openers,
        periodic,
        skip,
        day_lead,
        reach,
        _central_after(lex),
        _meeting_only(lex),
        lex.grouped("named_form"),
    )


def _plans_in_passing(lex: Lexicon) -> dict[str, re.Pattern]:
    """Type word -> the kinds of plan it names in passing (vocabulary ``plan_in_passing`` of ``lex``), right after it in
    the folded text, each word's blanks optional and a dash optional ("KẾ HOẠCH PHÁTTRIỂN KINH TẾ - XÃ HỘI", "kế hoạch
    phát triển kinhtế - xã hội", "Chiến lược phát triển kinh tế – xã hội", "Kế hoạch⏎phát triển kinh tế - xã⏎hội")."""
    kinds: dict[str, list[str]] = {}
    for phrase, type_word in lex.pairs("plan_in_passing"):
        words = (r"-?" if w == "-" else re.escape(w) for w in fold(phrase.lower()).split())
        kinds.setdefault(type_word, []).append(r"\s*".join(words))
    return {t: re.compile(rf"\s+(?:{'|'.join(sorted(ks, key=lambda k: (-len(k), k)))})(?![a-z])") for t, ks in kinds.items()}


def _central_after(lex: Lexicon) -> re.Pattern:
    """The Central Committee right after a plenum's number, as pages write it short (vocabulary ``central_name`` of
    ``lex`` but its full name): " Trung ương", " TW", " T.Ư", " TƯ" ("Nghị quyết 4 Trung ương khóa XII")."""
    names = (p for p, v in lex.pairs("central_name") if v != "full")
    short = folded_alternation(names, " ", word=re.escape)  # ("Trung ương": a blank between its words, not verbose)
    return re.compile(rf"[ \t]+(?P<tw>{short})(?![\w.])")


def _meeting_only(lex: Lexicon) -> dict[int, frozenset[str]]:
    """The types a meeting's paper is named by its meeting only (vocabulary ``meeting_paper`` valued ``listed`` of
    ``lex``), folded, by their length (a type word of another length is no such paper, tested before it is folded): {7:
    {"noi quy"}}. In lower case too: "… tổ chức thông qua nội quy kỳ họp" names the session's rules of procedure, not "nội
    quy cơ quan" (see :meth:`_Parser.meeting_rules`)."""
    folded = {fold(p.lower()) for p, v in lex.pairs("meeting_paper") if v == "listed"}
    return {n: frozenset(p for p in folded if len(p) == n) for n in {len(p) for p in folded}}


def _lowered(words) -> frozenset[str]:
    """``words`` in lower case: "Điều lệ" -> "điều lệ"."""
    return frozenset(w.lower() for w in words)


class _Cues(NamedTuple):
    before: re.Pattern  # a cue right before a lower-case type word ("quán triệt chương trình …"), folded
    ends: tuple[str, ...]  # the last words of the cues (a cheap test before ``before``)
    carries_out: re.Pattern  # what a plan is named by: a cue and the document it acts on (see _carries_out_match)
    # (the parser's other patterns of the lexicon, asked for each reference: built here once, not looked up by name in
    # the lexicon's cache through a closure made at each call)
    joint: re.Pattern  # a joint document's mark (:func:`_joint_type`)
    congress: _CongressUnits  # a congress's unit words (:func:`_congress_units`)
    openers: tuple[str, ...]  # the preamble's openers (``preamble_opener``), folded, each with its blank after
    periodic: frozenset  # the types named by the period they are for (``periodic_type``)
    initials_skip: frozenset  # the short words an abbreviation's initials leave out (``initials_skip``)
    day_lead: re.Pattern  # a word a lower-case type word named by its date alone follows (``dated_lower_lead``), folded
    day_reach: int  # how far before the type word ``day_lead`` is looked for
    central_after: re.Pattern  # the Central Committee after a plenum's number (``central_name``; see plenum_first)
    meeting_only: dict  # length -> the meeting's papers of that length named by their meeting only, folded (_meeting_only)
    #: the named forms (the groups of the grammar's ``named`` and ``named_law``) -> the type words each may follow
    #: (vocabulary ``named_form``: "Nghị quyết Trung ương 4", "Cương lĩnh 2011", "Hiến pháp năm 2013")
    named_forms: dict


#: a line end inside a paragraph (no blank line after it)
_WRAP = re.compile(WRAP)


def _carries_out_match(carries_out: re.Pattern, folded: str) -> Optional[re.Match]:
    """``carries_out`` (:attr:`_Cues.carries_out`) at the start of ``folded``, a line end inside its paragraph read as a
    space (the same length): "chương trình hành động thực hiện⏎Nghị quyết 58 của Bộ Chính trị" (the checklist's
    cue-break)."""
    if "\n" not in folded:
        return carries_out.match(folded)
    if carries_out.match(folded.replace("\n", " ")) is None:
        return None  # (every line end read as a space, a blank line's too, matches no less: none; cheaper than the sub)
    return carries_out.match(_WRAP.sub(" ", folded))


def _numbered_heading(work: str, ns: int) -> bool:
    """Does the line a bare number opens at ``ns`` (a line break between it and its type word) start with a section
    number, a node of the section tree (:func:`vanban.structure.heading`: "1. Các văn bản chỉ đạo")? The type word ending
    the line before is a heading's last word, the number no document's ("I. CĂN CỨ⏎XÂY DỰNG KẾ HOẠCH⏎1. Các văn bản chỉ
    đạo", corpus-real-30/kh-711-kh-ubnd-2023-backan-ky-sinh-trung.txt)."""
    h = heading(work[ns : line_end(work, ns)])
    # (a section's number and its dot: not the number of a short name closing its bracket, "Kết luận⏎93), Ban Bí thư …")
    return h is not None and h[0] == "num" and work.startswith(".", ns + len(h[1])) and h[2][:1].isupper()


#: a one-digit number and a colon after a type word: an item of a list of parts ("Dự thảo của Chương trình hành động đề
#: cập tới 4 chương trình cụ thể. Chương trình 1: Đổi mới công tác giáo dục chính trị, tư tưởng …":
#: corpus-real-7/twd-baocantho-ctrhd-nq-xi-2011.txt); documents are numbered "05", "42", not "5:"
#: a symbol's separator and first character right after a number, and "số" (its colon) between a type word and its
#: number, with the blanks (see :meth:`_Parser._cited_in_full_later`)
_SYMBOL_AFTER_NUMBER = re.compile(r"[ \t]*[-/][ \t]*[A-ZĐ0-9]")
_SO_BEFORE_NUMBER = re.compile(r"(?:[ \t]+số)?[ \t]*:?[ \t]*$")
#: a count of laws after "của", the laws an amending law's title counts: "LUẬT⏎SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA 37 LUẬT CÓ
#: LIÊN QUAN ĐẾN QUY HOẠCH" (corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-2018.txt: no law of
#: that name), "… một số điều của 11 luật liên quan đến quy hoạch"; not an article's number ("Điều 45 Luật Đất đai")
_COUNTED_LAWS = re.compile(r"(?<!\w)(?:của|CỦA|Của|cua|CUA)[ \t\n]+[0-9]{1,3}[ \t]+$")
_ITEM_LABEL = re.compile(r"[1-9][ \t]*:")
#: "số" and a number after a type's bare number (see :meth:`_Parser._number_after_page`), written or folded
#: "của", up to two words and a lone number of one to three digits before a word (see _Parser._issuer_after_page)
_PAGE_IN_ISSUER = re.compile(
    BEFORE_ISSUER_OF + ISSUER_OF + r"(?:[ \t\n]+[^\W\d_]+){0,2}(?P<n>[ \t\n]+[0-9]{1,3})[ \t\n]+[^\W\d_]"
)
_SO_AFTER_PAGE = re.compile(r"[ \t\n]+(?:số|Số|SỐ|so|So|SO)[ \t\n]*[0-9]")
#: (the digit before tested after "19"/"20": led by them, the engine skips to those digits instead of trying the
#: look-behind at every position of the window)
_YEAR = re.compile(r"(?:19|20)(?<![0-9]..)[0-9]{2}(?![0-9])")
#: a year in the clause after a lower-case type word, folded ("chương trình phối hợp và thống nhất hành động năm 2022":
#: corpus-real-7/mttq-donggiang-quangnam-tongket-2021.txt)
_YEAR_AHEAD = re.compile(r"[ \t]+[^.;:!?\n]{0,100}?(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
#: what makes a lower-case title name one document: a year, or a capitalised name ("Đoàn", "Đại hội")
_NAMED_TITLE = re.compile(r"(?:19|20)[0-9]{2}|(?<=\s)[A-ZĐÀ-Ỹ]")

_TU_FOR_TW = "TƯ/T.Ư written for TW"


_PARTY_TAIL = re.compile(r"[0-9]+[ \t]*-[ \t]*(\w+/\w+)")


def _list_goes_on(work: str, line_start: int) -> bool:
    """Does the line before the one that starts at ``line_start`` end with ":", ";" or "," (no blank line between): the
    line goes on with an item of a list, no letterhead's "Số: 42-CT/TW"? "Căn cứ các Nghị định của Chính phủ:⏎số
    45/2010/NĐ-CP ngày 21 tháng 4 năm 2010 …; số 33/2012/NĐ-CP …" (the checklist's cue-break; one line in
    corpus/yenbai-ubnd-tinh-quyetdinh-1530-qdubnd-2021-07-28-quyche-lienhiephoi.txt)."""
    k = line_start - 1
    while k > 0 and work[k - 1] in " \t*_":
        k -= 1
    return k > 0 and work[k - 1] in ":;,"


def _code_abbreviation_pattern(lex: Lexicon) -> Optional[re.Pattern]:
    """The abbreviations of vocabulary ``code_abbreviation`` as whole words (not inside a symbol: "/", "-" around). The
    pattern starts with the abbreviations' letters, so the engine skips to them; the character before is tested by
    :func:`_in_a_word_or_symbol` (a look-behind first cost a test at every character of the text: +10% of a dense pass)."""
    words = sorted(lex.words("code_abbreviation"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")(?![\w/-])") if words else None


#: an abbreviation in capitals in parentheses right after a reference, not a news agency's tag before a dash: "(CTGDPT)"
_DEFINED_ABBREVIATION = re.compile(r"[ \t]?\(([A-ZĐ][A-ZĐ0-9]{1,9})\)(?![ \t]*[-–])")


def _initials_of(abbr: str, name: str, skip: frozenset) -> bool:
    """Is ``abbr`` the initials of the words of ``name`` from its first word, its type word with them, numbers left
    out and the short words of ``skip`` (vocabulary ``initials_skip``: "ở", "và") kept or left out? "Chương trình giáo
    dục phổ thông 2018 (CTGDPT)", "Quy chế dân chủ ở cơ sở (QCDCCS)": the document. The initials of the name without
    its type word name the field the document is named after, not the document, and the sets label none of their later
    uses: "Nghị định 136 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng cháy chữa cháy
    (PCCC) … thực hiện hiệu quả công tác PCCC và cứu nạn cứu hộ" (corpus-real-56/doc-baoquangnam-tin-hoian-nghi-dinh-
    136-pccc-2021.txt, 8 uses), "Luật Phổ biến, giáo dục pháp luật (PBGDPL) … các Quyết định, Chỉ thị của Thủ tướng
    Chính phủ về PBGDPL" (corpus-real-26/pbgdpl-moj-trangchu-soctrang-kh-16-kh-ubnd-2017-hoagiai.txt; corpus-real-32's
    "trong công tác PBGDPL"), "Chương trình Giáo dục phổ thông (GDPT) … đổi mới GDPT" (corpus-real-17, 3 uses); with
    its type word the document is named by the typed scan ("Luật PCCC", "Chiến lược BVTQ")."""
    words = LETTER_WORD.findall(name)
    if len(words) < len(abbr) - 1 or len(words) > len(abbr) + 3:
        return False
    return any(abbr == "".join(w[0] for w in ws).upper() for ws in (words, [w for w in words if w.lower() not in skip]))


def _in_a_word_or_symbol(c: str) -> bool:
    """Is ``c``, right before an abbreviation, part of a word or a symbol (``\\w``, "/", ".", "-")?"""
    return c.isalnum() or c in "_/.-"


def _after_a_repeated_tail(work: str, cs: int, ce: int) -> int:
    """Where a party symbol ends when its type and organ are written twice, a copy slip: "Nghị quyết số 37-NQ/TW NQ/TW
    ngày 24/12/2018 của Bộ Chính trị" (corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt): the repeat is the
    reference's, so its date and issuer are read after it."""
    m = _PARTY_TAIL.fullmatch(work, cs, ce)
    if m is None or not work.startswith(m.group(1), ce + 1) or work[ce] not in " \t":
        return ce
    end = ce + 1 + len(m.group(1))
    return ce if end < len(work) and (work[end].isalnum() or work[end] == "/") else end


def _tu_by_issuer(r: Reference, lex: Lexicon, folded: bool = False) -> None:
    """TU or TW as the issuer beside the symbol says. "Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV)": TƯ stands for
    Trung ương, but a provincial committee's symbol ends in /TU; with a provincial issuer written beside it the symbol
    is 13-NQ/TU.
    In text without diacritics (``folded``) "TU" may be "TƯ" as well: "Chi thi 03-CT/TU ngay 14/5/2011 cua Bo Chinh
    tri" (a central issuer beside it) is 03-CT/TW."""
    p, cp = r.issuer_parts, r.code_parts
    if folded and cp is not None and p is not None and p.level == "central" and p.system == "party":
        if cp.issuer_code in ("TU", "T.U") and cp.written.upper().replace(".", "").endswith("/TU"):
            fixed = parse_code(cp.written.upper().replace("T.U", "T.Ư").replace("/TU", "/TƯ"), lex)
            if fixed is not None and fixed.issuer_code == "TW":
                r.code, r.code_parts = fixed.canonical, replace(fixed, written=cp.written, problems=cp.problems)
        return
    if cp is None or p is None or p.level != "provincial" or p.system != "party" or _TU_FOR_TW not in cp.problems:
        return
    fixed = parse_code(cp.written.upper().replace("T.Ư", "TU").replace("TƯ", "TU"), lex)
    if fixed is not None and fixed.issuer_code == "TU":
        r.code = fixed.canonical
        r.code_parts = replace(fixed, written=cp.written, problems=(*fixed.problems, "TƯ/T.Ư written for TU"))


#: one to three words after a type word, then "số" (the words are tested to be lower-case kind words)
_QUALIFIER = re.compile(r"(?P<words>(?:[ \t]+\w+){1,3}?)(?=[ \t\n]+(?:số|so)\b)")
#: a list of named congresses or plenums after one type word (see :meth:`_Parser.sharing_the_type`)
_LIST_JOIN = re.compile(r"[ \t]*(?:,|và|va)(?=[ \t]+(?:Đại hội|Hội nghị|Dai hoi|Hoi nghi|ĐẠI HỘI|HỘI NGHỊ)\b)")
_ORDINAL = re.compile(r"(?i:lần thứ|lan thu)|\b[IVXL]+\b")

#: where the phrase of a document's issuer ends: its subject, a cue of what it carries out, its term, punctuation, a line
#: (after "… của X và Y": Y closes the reference, it opens no clause)
_PHRASE_ENDS = re.compile(r"[ \t*_]*(?:[,.;:)\]\n]|$|(?:về|ve|thực hiện|thuc hien|khóa|khoa|nhiệm kỳ|nhiem ky)(?!\w))")
#: blanks on one line, then a capital: where a body's name may start right after a date (see _Parser._body_after_date)
_BLANKS_TO_CAPITAL = re.compile(r"[ \t]+(?=[^\W\d_])")  # (its first letter a capital: tested after)
#: a clause's verb right after a body, which makes the body the next clause's subject: "đã", "tổ chức", "ban hành" …
_ACTS_AFTER_BODY = re.compile(
    r"[ \t]*,?[ \t]*(?:đã|vừa|mới|đang|sẽ|có|tổ[ \t]+chức|ban[ \t]+hành|chỉ[ \t]+đạo|yêu[ \t]+cầu)(?!\w)"
)
#: "và" between the two issuers of a joint document
_AND = re.compile(r"[ \t]+(?i:và|va)[ \t\n]+")
#: a blank line: two line breaks with only blanks between them
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: between two bodies a law's name lists after "của": "và" or a comma ("của Hội đồng nhân dân, Ủy ban nhân dân")
#: "giữa" (between) before the parties of a joint document (see :meth:`_Parser.parties_between`)
_BETWEEN = re.compile(r"[ \t]+(?:giữa|giua)[ \t]+")
_BETWEEN_STARTS = (" giữa", " giua")
_BODY_JOIN = re.compile(r"[ \t]+(?i:và|va)[ \t\n]+|[ \t]*,[ \t\n]*")
_COMMA_GAP = re.compile(r"[ \t]*,?[ \t]+")
_AND_STARTS = (" và", " va", " VÀ", " VA")  # (a cheap test before the pattern)
_COMMA_HOI = re.compile(r"[ \t]*,[ \t]*(?:Hội|HỘI|Hoi|HOI|hoi)\b")  # a comma before a plenum (a cheap test)
_AT = re.compile(r"[\s*_,]*(?:tại|tai|TẠI|TAI)\b")  # "tại" before a plenum (a cheap test before the grammar's)
#: the first letter of what :meth:`_Parser._issuer_not_an_item` reads away from a date, blanks and marks passed (a
#: superset of what :data:`_AT`, :data:`_COMMA_HOI`, :func:`_of_as_written`, :attr:`Grammar.passing` and :data:`_BETWEEN_STARTS`
#: pass): "tại", "Hội", "của", "được" or "đã", "giữa" (one test where none follows: 262 of 562 calls of items on the
#: dense bench texts ask them all)
_ISSUER_LEADS = re.compile(r"[\s*_,]*[tThHcCdDđĐg]")


def _joint_type(lex: Lexicon) -> re.Pattern:
    """A joint document's mark (vocabulary ``joint_type`` of ``lex``): "liên tịch" in its type (value word, as written
    or without diacritics, any case), or a symbol whose type says so (value code: "04/2010/TTLT-UBDT-BNV")."""
    words = sorted({f(w) for w, v in lex.pairs("joint_type") if v == "word" for f in (str, fold)})
    codes = sorted(w for w, v in lex.pairs("joint_type") if v == "code")
    alts = [f"(?i:{'|'.join(map(re.escape, words))})"] if words else []
    alts += [rf"[/-](?:{'|'.join(map(re.escape, codes))})\b"] if codes else []
    return re.compile("|".join(alts) or "(?!)")


def _is_joint(joint: re.Pattern, r: Reference) -> bool:
    """A joint document: its mark (``joint``, :func:`_joint_type`) or a symbol that names two issuers."""
    return bool(joint.search(r.text)) or bool(r.code and r.code.count("/") >= 3)


#: issued with the document itself: "ban hành kèm theo (Nghị quyết này)", folded
_ISSUED_WITH = re.compile(rf"(?:{ISSUING_FOLDED}|kem\s+theo)[\s*_]*$")


def _named_in_lower_case(m: re.Match, doc_type: Optional[str]) -> bool:
    """Does the name ``m`` (grammar ``named``) name a document after a lower-case type word: a congress, or a resolution of a
    numbered plenum ("chương trình hành động thực hiện nghị quyết T.Ư 7 của Đảng về công tác thanh niên", corpus-real-12/
    news-baomoi-btv-twdoan-hoinghi3-nqtw7-thanhnien.txt), or the Party's Statute ("điều lệ Đảng", see _Parser._lower);
    not other types, "kết luận Hội nghị Trung ương 10" is what the plenum concluded (corpus-real/hu-sontinh-quangngai-kh-
    79-2015.txt). ``m`` is a match of the grammar's ``named``: a law's name (``named_law``, none of these groups) after a
    lower-case "luật" names none, and the caller does not ask: "nguyen tac mang tinh quy luat cua su nghiep" ("quy luật
    của sự nghiệp", corpus-real-12/news-thinhvuong-listing-nqtw8-xiii-2023.txt without its marks)."""
    return bool(m.group("cg") or (m.group("tw") and doc_type == "Nghị quyết") or (m.group("party") and doc_type == "Điều lệ"))


#: "bản" (the copy) between "kèm theo Quyết định này" and the document it issues
_THE_COPY_GAP = re.compile(r"[ \t\n]+(?:bản|Bản)[ \t\n]+")

#: the verb of the page's own decision or resolution right before the document it issues, approves or passes, an opening
#: quote between or not, folded (D21: "the document named right after the verb ('ban hành', 'phê duyệt', 'thông qua',
#: 'ban hành kèm theo Quyết định này') of the page's own decision or resolution"): "Phê duyệt “", "PHÊDUYỆT ", "Nhất trí
#: thông qua "
_OWN_VERB = r"(?:nhat\s*tri\s*)?(?:ban\s*hanh|phe\s*duyet|thong\s*qua)[ \t*_“\"'‘]*"
#: the page's own article before the verb, alone on its line before the document: "Điều 1. Thông qua Kế hoạch phát triển
#: kinh tế - xã hội tỉnh Tiền Giang năm 2012" (corpus-real-11/nq-11-2011-nq-hdnd-tiengiang-kehoach-ktxh-2012.txt), folded
_OWN_ARTICLE = re.compile(r"[ \t*_#]*dieu[ \t]*[12][ \t]*[.:]?[ \t]*" + _OWN_VERB)
#: a heading's line before the document: "VỀ VIỆC PHÊ DUYỆT “", "THÔNG QUA ", "Ban hành ", folded
_OWN_HEADING = re.compile(r"[ \t*_#]*(?:(?:quyet\s*dinh|nghi\s*quyet)\s*)?(?:ve\s*(?:viec\s*)?|v/v\s*)?" + _OWN_VERB)
#: the page's own type line over its heading, as written: "QUYẾT ĐỊNH", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ VĂN HÓA - THÔNG
#: TIN", "QUYẾT ĐỊNH 645/QĐ-TTg", "NGHỊ QUYẾT"
_OWN_TYPE_LINE = re.compile(r"[ \t*_#]*(?:QUYẾT\s*ĐỊNH|NGHỊ\s*QUYẾT)(?!\w)")
#: the letterhead's place and date ending the line over a heading in capitals: "Hà Nội, ngày 23 tháng 05 năm 2014 |"
_LETTERHEAD_DATE = re.compile(r".*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}\s*\|?\s*", re.I)
#: between the page's own decision in its title and the document it issues, folded: " năm 2014 phê duyệt ", " phê duyệt "
_AFTER_OWN_TITLE = re.compile(
    r"[ \t]*(?:nam[ \t]+\d{4}[ \t]*)?(?:ve[ \t]*viec[ \t]*|v/v[ \t]*)?(?:ban[ \t]*hanh[ \t]*)?" + _OWN_VERB
)


def _by_own_act(work: str, ts: int) -> bool:
    """Does the document at ``work[ts]`` follow, alone on its line, the verb of the page's own "Điều 1." / "Điều 2." or
    of its own heading, under the page's type line ("QUYẾT ĐỊNH⏎VỀ VIỆC PHÊ DUYỆT “KẾ HOẠCH XÂY DỰNG CHIẾN LƯỢC …",
    corpus-real-52/doc-thuvienphapluat-qd415-qd-tctk-ke-hoach-xay-dung-chien-luoc-thong-ke-2010.txt; "NGHỊ QUYẾT⏎THÔNG QUA
    QUY HOẠCH TỈNH CAO BẰNG …", corpus-real-19/nq-07-nq-hdnd-2023-caobang-quyhoach-tinh-vanban123.txt) or, in capitals,
    under the letterhead's date ("…, ngày 23 tháng 05 năm 2014 |⏎PHÊ DUYỆT “ĐỀ ÁN PHÁT TRIỂN TRƯỜNG NGHỀ …", corpus-real-59/
    doc-hethongphapluat-qd761-qd-ttg-de-an-truong-nghe-chat-luong-cao-2014.txt)? D21: "its own heading ('QUYẾT ĐỊNH / VỀ
    VIỆC BAN HÀNH KẾ HOẠCH …') …, its own 'Điều 1.' / 'Điều 2.' ('Điều 1. Phê duyệt Kế hoạch của Hội Khuyến học tỉnh', an
    HĐND resolution's 'Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội tỉnh Tiền Giang năm 2012')". Not what a
    cited decision issues, its verb inside the ground's line ("Căn cứ Quyết định số 03/2010/QĐ-UBND … về ban hành Quy
    chế làm việc …"), nor a news headline, no type line over it ("Ban hành Kế hoạch về tiếp tục sắp xếp tổ chức bộ máy …")."""
    a = line_start(work, ts)
    before = folded_text(work)[a:ts]
    if ts - a > 80 or not before.rstrip(" \t*_“\"'‘").endswith(("hanh", "duyet", "qua")):
        return False  # (most type words follow other words: a cheap test first)
    if _OWN_ARTICLE.fullmatch(before):
        return True
    if not _OWN_HEADING.fullmatch(before):
        return False
    previous = _line_before(work, a)
    if _OWN_TYPE_LINE.match(previous) or _OWN_TYPE_LINE.match(work, a):
        return True
    return work[a:ts].isupper() and _LETTERHEAD_DATE.fullmatch(previous) is not None


def _line_before(work: str, a: int) -> str:
    """The nearest line with words before the line starting at ``a`` ("" at the top)."""
    end = a - 1
    while end > 0:
        start = line_start(work, end)
        if work[start:end].strip():
            return work[start:end]
        end = start - 1
    return ""


#: a unit of time right after a number: a count ("kế hoạch 5 năm"), no document's number (see :meth:`_Parser._named_before`)
_DURATION_AFTER = re.compile(r"[ \t]+(?:năm|tháng|ngày|tuần|quý)(?!\w)")

#: the clause after the verb "báo cáo", a line broken inside it (a PDF's), up to 100 characters (see
#: :meth:`_Parser._reported_to_a_body`)
_REPORT_CLAUSE = re.compile(r"(?:[^.;:!?\n]|\n(?!\s*\n)){0,100}")
#: "về" before the body a report is sent to
_TO_WHOM = re.compile(r"[ \t\n]về[ \t\n]+")
#: a subject in quotes right after a type word, "về" before it or not (see :meth:`_Parser.quoted`)
_QUOTED_NAME = re.compile(r"[ \t]*(?:(?:về|ve)[ \t]+)?[“\"«](?P<t>[^”\"»\n]{8,300})[”\"»]")
#: a number with its symbol, or "số", inside a quoted name: a cheap test before :meth:`_Parser._numbered_in_title`
_NUMBERED_INSIDE = re.compile(r"[0-9][-/]|(?<!\w)số(?!\w)")
#: the same in apostrophes, single or doubled, or in single quotes, a line broken once inside (the typewriter's quotes of
#: older legal-database copies): "Đề án 'Hỗ trợ Phụ nữ khởi nghiệp' giai đoạn 2017 - 2021 …" (corpus-real-31/tin-hoi-
#: lhpn-dongthap-so-ket-5-nam-de-an-ho-tro-phu-nu-khoi-nghiep.txt), "phê duyệt Đề án ''Định hướng phát triển⏎Khu KTCK
#: Quốc tế Cha Lo''" (corpus-real-23/qd-1000-2008-qd-ubnd-quangbinh-khu-kinhte-cuakhau-chalo-thuviennhadat.txt)
_APOSTROPHE_NAME = re.compile(
    r"[ \t]*(?:(?:về|ve)[ \t]+)?(?:''?|‘)(?P<t>[^'‘’“”\"\n]{8,300}(?:\n[^'‘’“”\"\n]{1,200})?)(?:''?|’|\")"
)

#: more numbers of the same type after the first ("217, 218", "15 và 16", ", 1656, 1657 và 1659"), not the start of a
#: symbol ("và 17-CT/TW"): references of their own (:meth:`_Parser.number_list`), a list an issuer may close
#: (one line end in the join, a PDF's: "các Nghị quyết số 1652,⏎1656, 1657", the checklist's cue-break; not before a
#: list label, "05,⏎2. …")
_NUMBER_JOIN = r"[ \t]*(?:,|và|va)[ \t]*(?:\n[ \t]*(?![0-9]{1,2}[.)]))?"  # ("va": without diacritics)
_NUMBER_LIST = re.compile(rf"(?:{_NUMBER_JOIN}[0-9]{{1,5}}(?![0-9/\-]))+")
_LISTED_NUMBER = re.compile(rf"{_NUMBER_JOIN}([0-9]{{1,5}})")  # (one of them)
_ISSUER_GAP = re.compile(r"[ \t]+(?:\n[ \t]*)?|\n[ \t]*(?!\n)")  # (a line broken once, not a paragraph)
#: a symbol's organ in capitals glued to a word (after "TT", the Prime Minister's or a proposal's letter "g"/"r" stays)
_CASED_GLUE = re.compile(r"(?<=[A-Z])(?:(?<=TT)([gr]))?(?=[a-z]{2})")
#: "và" or "về" right before a word (a plan joined to the reference before, or the subject it opens with)
_JOINED_OR_ABOUT_BEFORE = re.compile(r"[ \t](và|va|về|ve|VỀ)[ \t]+$")
_SENTENCE_START = re.compile(r"(?:^|[.:;!?\n])[ \t*_]*$")  # (only the text right before a word)
_ABOUT_AFTER = re.compile(r"[ \t]+(?:về|ve)(?=[ \t])")
#: what a title (grammar ``title``, :meth:`vanban.grammar.patterns._Builder._title`) opens with: its separator ``S1``
#: (``SP`` repeated) and a word character; without them at a type word's end no title follows ("Kế hoạch; định kỳ báo
#: cáo …"): :meth:`_Parser.titled`'s cheap test first (a superset of the title's starts, checked in tests/references)
_TITLE_START = re.compile(SP + r"+\w")
_TITLE_WORD_AFTER = re.compile(r"[ \t]+(?:\w|[“\"«])")  # (a title's first word or its quote, no punctuation mark)
_AND_GAP = re.compile(r"[ \t]*(?:,|;)?[ \t]*(?:(?:và|va)[ \t]+)?")

#: "này" (this) within two words after a type word: the page's own document (see :meth:`_Parser.drafted`)
_THIS_AFTER = re.compile(r"(?:[ \t]+\w+){0,2}?[ \t]+(?:này|nay)(?!\w)")


def _titled_types(lex: Lexicon) -> dict[str, bool]:
    """The types a document is cited by its title (vocabulary ``titled_type``) -> whether it is cited so only where the
    reference right before issues it (value ``issued``: "Hướng dẫn"; see :meth:`_Parser.titled`)."""
    return {t: v == "issued" for t, v in lex.pairs("titled_type")}


#: the object of a verb right after it: a lower-case word, not "về", "số", "này" (a document's name or number)
_ACT_OBJECT = re.compile(r"[ \t]+(?!(?:về|ve|số|so|này|nay)(?!\w))[a-zđà-ỹ]")


def _act_object(work: str, te: int) -> bool:
    """Does a lower-case word other than "về", "số", "này" follow ``te`` (see :meth:`_Parser._an_act`)?"""
    return _ACT_OBJECT.match(work, te) is not None


def _by_period_after(work: str, te: int) -> bool:
    """Is a lower-case periodic type word at ``work[:te]`` named by its period: a quarter ("nghị quyết Quý 4 năm 2025"),
    or the tasks of a period it leads ("nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2022")?"""
    return bool(_QUARTER_AFTER.match(work, te) or (_LEADING_TASKS.match(work, te) and _TASKS.match(work, te)))


def _opens_a_sentence(work: str, ts: int) -> bool:
    """Does ``work[ts]`` open a sentence: the text's or a line's start, or after a full stop, "!" or "?"?"""
    before = work[(ts - 8 if ts > 8 else 0) : ts].rstrip(" \t")
    return ts - 8 <= 0 and not before or before.endswith((".", "!", "?", "\n"))


def _starts_a_compound(after: str, tails: tuple[str, ...]) -> bool:
    """Do the words right after a type word (``after``, folded) make one common noun with it: one of ``tails``, whole
    words ("hoa" of "Kế hoạch hóa gia đình", "can bo" of "Quy hoạch cán bộ lãnh đạo")?"""
    after = after.lstrip(" \t")
    for t in tails:  # (a loop, not any() over a generator: every type word with tails asks)
        if after.startswith(t) and not after[len(t) : len(t) + 1].isalpha():
            return True
    return False


#: at most how many words a title cut by the excerpt's end has and still names no document (see _cut_by_the_end)
_CUT_TITLE_WORDS = 10


def _cut_by_the_end(work: str, ts: int, end: int) -> bool:
    """Is the title at ``work[ts:end]`` cut short by the end of the excerpt, inside a word and within its first words?
    "… ưu tiên đầu tư hạ tầng du lịch trong Quy hoạch tổng th" (corpus-real-19/provincial-baohoabinh-chatvan-hdnd-2023-
    ctr-15-nq-08-dulich.txt), "Quy định xử lý kỷ luật tổ chức đảng, đ" (corpus-real-16/enterprise-evn-tailieu-sinhhoat-
    chibo-042022-nq21-kl28-kl10.txt), "Điều lệ Mặt⏎trận T": what is left names no one document (the labels of the
    corpora: "text cut at the excerpt's end" is not labelled). A long title cut late still names its document
    ("Quy chế phối hợp kiểm soát thủ tục hành chính và tiếp nhận, xử lý phản")."""
    if len(work) - end > 64 or work[end:].strip():
        return False
    words = work[ts:end].split()
    last = words[-1]
    # (a word of one or two letters the text stops in, no mark or line after it, is cut whether or not its letters spell
    # a syllable: "… về Phê duyệt Đề án sắp xếp, tổ chức lại đơn vị hà", corpus-real-10/nq-20-nq-hdnd-2025-phuyen-hopnhat-
    # daklak.txt; "… thông qua Chương trình phát triển đô", corpus-real-12/qd-483-qd-ubnd-daknong-chuongtrinh-phattrien-
    # dothi-2025.txt; a longer one is whole: "… về việc thông qua Đề án sắp sếp đơn vị hành chính", labelled, corpus-real-13/
    # truongct-quangtri-sapxep-dvhc-nq37-kh86-2019.txt)
    cut = (end == len(work) and len(last) <= 2) or not is_syllable(last)
    return len(words) <= _CUT_TITLE_WORDS and last.isalpha() and (len(last) == 1 or last.islower()) and cut


def _own_content_follows(work: str, te: int) -> bool:
    """Does "như sau" follow the type word ending at ``te`` on its line (within :data:`_AS_FOLLOWS_REACH`), the page's
    own content announced? "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW,
    … chuyển đổi số quốc gia. Nội dung chương trình hành động như sau:" (corpus-real/ctr-hd-57-tu-2025-unnamed-
    province.txt). A line that ends inside its sentence goes on over the line end (:func:`_wrapped_line_end`)."""
    le = _wrapped_line_end(work, te, te + _AS_FOLLOWS_REACH)
    if (semi := work.find(";", te, le)) >= 0:
        le = semi  # (the next item of a list is another's: "… ban hành⏎Chương trình hành động thực hiện Nghị quyết
        # số 11-NQ/TW (…); Chương⏎trình số 12-CTr/TU …; UBND⏎tỉnh Sơn La ban hành Chương trình hành động với nội dung chủ
        # yếu như sau:", corpus-real-13/ctr-1857-ctr-ubnd-sonla-nq11-tw-nq96-cp-2022.txt)
    rest = folded_text(work)[te : (te + _AS_FOLLOWS_REACH if te + _AS_FOLLOWS_REACH < le else le)]
    return bool(_AS_FOLLOWS.search(rest) or (le <= te + _AS_FOLLOWS_REACH and _AS_FOLLOWS_END.search(rest)))


def _wrapped_line_end(work: str, pos: int, reach: int) -> int:
    """The end of the line going on at ``pos``, over the line ends a PDF puts inside a sentence (the line before them
    ends with a word or a comma, a line with words follows), up to ``reach``: "… vừa ban hành Chương trình hành động thực
    hiện⏎Nghị quyết số 57-NQ/TW, … chuyển đổi số quốc gia. Nội dung chương trình hành động như sau:" (the checklist's
    cue-break, on corpus-real/ctr-hd-57-tu-2025-unnamed-province.txt) reads as on one line."""
    end = work.find("\n", pos)
    while 0 <= end < reach and work[end - 1 : end].isalnum() and work[end + 1 : end + 2].strip():
        end = work.find("\n", end + 1)
    return len(work) if end < 0 else end


def _reported_issued(work: str, g, before: str, te: int) -> bool:
    """Is the titled document whose type word ends at ``te`` reported issued ("đã", "vừa" or "mới" before "ban hành",
    ``before`` folded) by a page that does not go on to give it ("như sau" in the sentence)? A news page reports another
    document: "Tỉnh ủy Nghệ An vừa ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW" (corpus-real-6/
    tu-nghean-kh-tongket-nq33-ctr10-nq05-2024.txt); the page's own one follows its announcement ("Ban Thường vụ Tỉnh ủy
    vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW như sau:", corpus-real/ctr-hd-57-tu-2025-
    unnamed-province.txt)."""
    if g.reported_issue.search(before) is None:
        return False
    return not _own_sentence(work, te)


def _own_sentence(work: str, te: int) -> bool:
    """Does the sentence of the type word ending at ``te`` announce the page's own content ("như sau")?"""
    rest = folded_text(work)[te : sentence_end(work, te)]
    return bool(_AS_FOLLOWS.search(rest) or _AS_FOLLOWS_END.search(rest))


def _opens_a_clause(work: str, k: int) -> bool:
    """Does the body starting at ``k`` open its clause, the subject of the act after it? Not the object of a request
    ("Xét Tờ trình số 321/TTr-UBND … đề nghị Hội đồng nhân dân tỉnh ban hành Nghị quyết về việc sắp xếp …", corpus-
    real-10/nq-23-nq-hdnd-2019-tiengiang-sapxep-myphuoc.txt: the page's own resolution), nor a line after a preamble's
    comma, the enacting formula of the page's own act ("Theo đề nghị của Cục trưởng Cục Công nghệ thông tin,⏎Bộ
    trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư Quy định …", corpus-real-10/tt-26-2019-tt-bgddt-csdl-nganh.txt)."""
    j = k
    while j > 0 and work[j - 1] in " \t*_#":
        j -= 1
    if j == 0:
        return True
    if work[j - 1] == ",":
        # after a short adverbial opening the sentence only, a date: "Ngày 20/9, Thủ tướng Chính phủ ban hành …"; not
        # after a cue's clause, the page's own plan's opening ("Thực hiện Công văn số 499/SNgV-LS&HTQT ngày 06 tháng 3
        # năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch hoạt động đối ngoại năm 2024", corpus-real/kh-58-kh-ubnd-
        # bariavungtau-2024.txt)
        # ("^" is the text's start only, when the search starts after it)
        return _CLAUSE_START.search(work, j - _ADVERBIAL_REACH if j > _ADVERBIAL_REACH else 0, j - 1) is not None
    if work[j - 1] != "\n":
        return work[j - 1] in ".:!?;("
    return not after_a_ground(work, j)


def _own_title_again(work: str, ts: int, te: int) -> bool:
    """Does the type word at ``work[ts:te]`` and the start of its title open a line before it, the page's own title
    said again in its first sentence? "Kế hoạch thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 …⏎⏎Tỉnh ủy ban hành Kế
    hoạch thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 …" (corpus-real/kh-114-tu-langson-2019.txt)."""
    head = work[ts : te + _OWN_TITLE_REACH]
    return "\n" not in head and (work.startswith(head) or work.rfind("\n" + head, 0, ts) >= 0)


def _numbered_in_brackets(work: str, ts: int, te: int) -> bool:
    """Does the sentence of the type word at ``work[ts:te]`` give the document's number in brackets, its type word
    again ("Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW … (Kế hoạch số 114-KH/TU, ngày 07/8/2019).",
    corpus-real/kh-114-tu-langson-2019.txt)? The numbered mention names it; the title before is no second one."""
    return work.find("(" + work[ts:te], te, sentence_end(work, te)) >= 0


#: how much of a title after its type word says it is the page's own title again (see :func:`_own_title_again`)
_OWN_TITLE_REACH = 24
#: "gọi chung là", "gọi tắt là", "sau đây gọi là" ending the folded text before a type word: a defined short name follows
#: (not "tên gọi là", a title: "Quy định số 30-QĐ/TW tên gọi là Quy định thi hành Chương VII và Chương VIII Điều lệ Đảng
#: …", corpus-real-11/chibo-thpt-tranphu-danang-diemmoi-qd22.txt). The phrases are this pattern's, not vocabulary
#: ``alias_cue``'s (which has no "gọi chung là" and is read inside brackets, "(sau đây gọi tắt là Kết luận số 93)"); the
#: caller's pre-test ``("là", "la")`` is their last word, written or folded, no fact of its own
_CALLED_BEFORE = re.compile(r"(?:(?<![a-z])goi[ \t]+(?:chung|tat)|sau[ \t]+day[ \t]+goi)[ \t]+la[ \t*_]*$")
#: how long an adverbial opening a sentence before a comma may be ("Ngày 20/9", "Sáng 15/3", "Vừa qua"), and its start
_ADVERBIAL_REACH = 20
_CLAUSE_START = re.compile(r"(?:^|[.!?:;\n])[ \t*_]*[^,.!?:;\n]*$")
#: "ban hành" (or "xây dựng", drafting it) ending the folded text before a type word, and how far back the body that
#: issues may start (led by the word, its look-behind after it: the engine skips to "ban"; a look-behind first was tried
#: at every character; one alternation of the two words was tried at every character too)
_ISSUING_AT_END = re.compile(r"ban(?<![a-z]ban)[ \t]+hanh[ \t*_:]*$")
_DRAFTING_AT_END = re.compile(r"xay(?<![a-z]xay)[ \t]+dung[ \t*_:]*$")
_APPROVING_AT_END = re.compile(r"(?<![a-z])phe[ \t]*duyet[ \t*_:]*$")
_BODY_REACH = 48


def _caps_context(work: str, a: int, b: int) -> bool:
    """An upper-case type word inside an upper-case line that goes on (a title line, not the type line)."""
    ls = line_start(work, a)
    line = work[ls : line_end(work, b)]
    return line.isupper() and len(line.strip()) > b - a + 10 and work[ls:a].strip() != "" and not _caps_kind(work, ls, a, b)


#: an upper-case type word that is the verb of the page's own heading, after the page's type or "VỀ VIỆC" / "HƯỚNG
#: DẪN": "THÔNG TƯ HƯỚNG DẪN QUY ĐỊNH NỘI DUNG CHƯƠNG TRÌNH ĐÀO TẠO KIẾN THỨC HÀNG KHÔNG" (corpus-real-22/army-agtek-
#: thongtu-bqp-taubay-khongnguoilai-nd-288-2025.txt), "HƯỚNG DẪN QUY HOẠCH PHÁT TRIỂN SẢN XUẤT NÔNG NGHIỆP CẤP XÃ"
#: (corpus-real-23/tt-07-2010-tt-bnnptnt-quyhoach-sanxuat-nongnghiep-capxa-thuviennhadat.txt), "NGHỊ ĐỊNH QUY ĐỊNH CƠ
#: CHẾ QUẢN LÝ" (corpus-real-42/list-caselaw-nd27-2022-nd-cp-muc-luc-sua-doi.txt), "VỀ VIỆC QUY ĐỊNH CHỨC NĂNG, NHIỆM
#: VỤ" (corpus-real-64/doc-thuvienphapluat-qd49-2007-qd-btc-chuc-nang-cuc-thue.txt): none labelled, each a spurious
#: find before. After a verb of carrying out or issuing it names one ("QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA
#: LUẬT CƯ TRÚ", "BAN HÀNH QUY ĐỊNH TIÊU CHÍ, TRÌNH TỰ, THỦ TỤC …": labelled).
_CAPS_VERB = re.compile(
    r"(?<![^\W\d_])(?:HƯỚNG DẪN|VIỆC|NGHỊ ĐỊNH|THÔNG TƯ|QUYẾT ĐỊNH|NGHỊ QUYẾT)[ \t]+(?:QUY ĐỊNH|QUY HOẠCH|HƯỚNG DẪN)[ \t]*$"
)


def _caps_kind(work: str, ls: int, a: int, b: int) -> bool:
    """Is the upper-case type word at ``work[a:b]`` (its line starting at ``ls``) the verb of the page's own heading
    (:data:`_CAPS_VERB`)? "VỀ VIỆC QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ CHỨC CỦA CỤC THUẾ": yes."""
    # (a verb type first, then the word before it only: "NGHỊ QUYẾT " is the longest, a few blanks more allowed)
    return work.startswith(("QUY", "HƯỚNG"), a) and _CAPS_VERB.search(work, max(ls, a - 16), b) is not None


#: a symbol cut after its type, its issuer part lost: "Thông báo Kết luận số 159-TB của Bộ Chính trị" (the
#: reference goes on to its issuer; the number alone is known)
_CUT_SYMBOL = re.compile(r"[ \t]*[-–][ \t]*[A-ZĐ][A-Za-zĐđ]{0,5}(?![\w/\-–])")

#: "của" before an issuer, in both modes (folded text has "cua"); led by its first letter, the letter before it tested
#: after it (a look-behind on \w first is tried at every position of the title). (Not vocab.ISSUER_OF, the word after a
#: reference: this one, "của" alone, is searched inside a title: "Báo cáo Chính trị của Ban Chấp hành …".)
_OF = re.compile(r"(?:c(?<!\w.)(?:ủa|ua)|C(?<!\w.)ỦA)[ \t]+")
#: the text of :func:`_of_as_written`'s pattern, ``{units}`` the unit words of a lexicon
_OF_AS_WRITTEN_TEXT = r"""[ \t]*,?[ \t]* (?i: của | cua ) [ \t]* (?P<w>
        (?i: {units} )
        (?: [ \t]* \n? [ \t]* [A-ZĐÀ-Ỹ]\w* ) (?: (?: [ \t]+ | [ \t]* \n [ \t]* ) [A-ZĐÀ-Ỹ]\w* ){0,3} (?!\w)
        # (no word goes on after "Đảng", "Đoàn": a lower-case letter right after is the next word glued, "của Đoàncụ thể")
      | (?: [ĐÐ]ảng | [ĐÐ]oàn | đảng | đoàn | (?: Dang | Doan ) (?!\w) )
        (?! [ \t]* (?: [A-ZĐÀ-Ỹ] | (?i: bộ | ủy | uỷ | viên | bo | uy | vien ) (?!\w) ) )
      | (?: [ĐÐ]ẢNG | [ĐÐ]OÀN | DANG | DOAN ) (?!\w)
        (?! [ \t]* (?i: bộ | ủy | uỷ | viên | thanh | tncs | bo | uy | vien ) (?!\w) ) )
    """


def _of_as_written(lex: Lexicon) -> re.Pattern:
    """What an issuer item reads as written when the grammar reads no body there (see :meth:`_Parser.items`): a unit
    word of ``lex``'s vocabulary ``unit`` (as written or folded, any case, its words glued or apart: "thành phố",
    "thànhphố", "thi xa", "TP.") and its place's name, "của huyện Vĩnh Linh" (corpus-real-5/xa-vinhtrung-quangtri-
    cv3597-sapxep-2019.txt); or the Party or the Union alone (not "Đảng bộ", "Đoàn Thanh niên"). Built once a lexicon
    (the bundled one names "thị trấn", "đặc khu" and "TP." too; a caller's lexicon without "huyện" reads no place
    there)."""
    words, blanks = lex.words("unit"), r"[ \t]*"
    units = f"{folded_alternation(words, blanks, re.escape)}|{folded_alternation(words, blanks)}"
    return re.compile(_OF_AS_WRITTEN_TEXT.replace("{units}", units), re.X)


#: on the folded name of a congress: its number, its unit ("Đảng bộ tỉnh …"), a national Party congress
_CONGRESS_NUMBER = re.compile(r"lan thu[c]?\s+(muoi \w+|\w+)")
_CONGRESS_ROMAN = re.compile(r"\b([ivxlc]+|[0-9]{1,2})\b(?! nhiem)")
#: (the Party by its full name too, with or without "của": "Nghị quyết Đại hội XIII Đảng Cộng sản Việt Nam",
#: corpus-real-12/dtn-ca-bacninh-tongket-tinhnguyen-he-cuocthi-nq-xiii-2021.txt)
_PARTY_CONGRESS = re.compile(
    r"\bcua dang$|\bdang cong san viet nam$|dang toan quoc|dai bieu toan quoc(?! (?:mttq|mat tran|doan|hoi))"
    r"|^dai hoi [ivxlc]+(?: cua dang)?$"
)


class _CongressUnits(NamedTuple):
    """The patterns that read a congress's unit (the unit words of vocabulary ``unit`` of a lexicon), folded."""

    #: the unit a congress is of, the Party's or an organisation's: "Đại hội đại biểu Đảng bộ tỉnh …", "Đại hội Hội Nông
    #: dân tỉnh lần thứ IX" ("quân đội", "xã hội" are no unit)
    unit: re.Pattern
    #: the second of two congresses under one name, written short, on the folded text after the first: ", huyện lần thứ
    #: XXI", " và huyện lần thứ XXI", " và huyện", ", lần thứ XII" (see :meth:`_Parser.congress_pair`)
    pair: re.Pattern


def _congress_units(lex: Lexicon) -> _CongressUnits:
    units = gazetteer.units(lex).folded
    return _CongressUnits(
        re.compile(rf"\b(?!quan (?:doi|su|khu|uy|chung|doan|nhan)|xa hoi)({units})\b"),
        re.compile(
            rf"""(?: [ \t]* , [ \t]* | [ \t]+ (?P<and> va ) [ \t]+ )
            (?: (?P<unit> {units} )
                (?! [ \t]+ (?:uy|hoi|doi|su|doan) (?![a-z]) ) )?            # not "huyện ủy", "xã hội", "quân đội"
            (?: [ \t]+ | (?<= [ \t,] ) ) ?
            (?: lan [ \t]+ thu [ \t]+ (?: [ivxlc]{{1,6}} | [0-9]{{1,2}} ) (?! [a-z0-9] )  # its ordinal
              | (?<= [a-z] ) (?= [ \t]*(?:[,.;:)]|\n|$|[ \t]+trong\b) ) )      # or none: "… tỉnh và huyện trong nhiệm kỳ"
            """,
            re.X,
        ),
    )


_CAPITALISED = re.compile(r"[ \t]+((?:[A-ZĐÀ-Ỹ][\w]*(?:[ \t]+|$)){1,4})")


#: how many characters other than digits, blanks and "/" :func:`_number_start` passes over before a symbol's core: the
#: letters of its type written before the slash and the space before them ("298 KH/TWĐTN")
_LETTERS_BACK = 8


def _holds_the_number(s: str, start: int, a: int) -> bool:
    """Does the reference starting at ``start`` (before the core ``a``, ending after it) hold the number of the symbol
    whose core is at ``a``? Yes when a character :func:`_number_start` does not pass over opens it further back than
    the letters it passes ("Kế hoạch số 25-KH/TU": the number's search stops after "số" at the latest)."""
    return start + _LETTERS_BACK < a and not s[start].isdigit() and s[start] not in " \t/"


def _number_start(s: str, a: int) -> Optional[int]:
    """Where the number of the symbol whose core is at ``a`` starts; None if there is none
    (for "298 KH/TWĐTN" the core is the slash: the letters and the space before it are passed, at most
    :data:`_LETTERS_BACK` characters; then only digits, blanks and "/")."""
    if a > 0 and s[a] == "/" and s[a - 1].isalpha():
        k = a
        while k > 0 and a - k < _LETTERS_BACK - 1 and s[k - 1].isalpha():  # (7 letters, then the space)
            k -= 1
        if k > 1 and s[k - 1] == " " and s[k - 2].isdigit():
            a = k - 1
    i = a
    while i > 0 and a - i < 16 and (s[i - 1].isdigit() or s[i - 1] in " \t/"):
        i -= 1
    while i < a and not s[i].isdigit():
        i += 1
    if i == a or (i > 0 and (s[i - 1].isalnum() or s[i - 1] in "/.-") and not _glued_so(s, i)):
        return None
    return i


def _glued_so(s: str, i: int) -> bool:
    """ "số" glued to the number by an extraction: "vừa có văn bản chỉ đạo số682-CV/TU"."""
    return s[(i - 2 if i > 2 else 0) : i].lower() in ("số", "so") and (i < 3 or not s[i - 3].isalnum())


def _alone_on_line(work: str, a: int, b: int) -> bool:
    # (text.line_start and line_end written out: asked of most references, each call more than the finds)
    ls, le = work.rfind("\n", 0, a) + 1, work.find("\n", b)
    le = len(work) if le < 0 else le
    return not work[ls:a].strip(" \t*#|") and not work[b:le].strip(" \t*#|")


def _sibling_code(parts: CodeParts, number: str) -> str:
    if parts.system == "party":
        return f"{number}-{parts.type_abbr}/{parts.issuer_abbr}"
    return number + parts.canonical[len(parts.number) :]


def _known_abbreviations(g, lex: Lexicon) -> frozenset[str]:
    """The types' abbreviations of grammar ``g`` and the issuers' written forms in capitals of ``lex`` ("UBND", "NQ"):
    the abbreviations a text need not define (:meth:`_Parser._known_abbreviation`)."""
    return frozenset(g.abbreviations) | {w for w in lex.written_forms if w.isupper()}
