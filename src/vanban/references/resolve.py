"""Resolution: shared parts, agents, aliases, short forms, self-references, keys.

* shared parts — "Chỉ thị số 15-CT/TW, ngày 24-2-2012 và Kế hoạch số 08-KH/TW,
  ngày 12-3-2012 của Bộ Chính trị": both are the Bộ Chính trị's; "các Nghị định
  của Chính phủ: số 78/2025/NĐ-CP …; số 187/2025/NĐ-CP …": both Nghị định of the
  Chính phủ; "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013
  của Bộ Chính trị": both of that day;
* agents — "Ngày 22 tháng 7 năm 2010, Bộ Chính trị (khóa X) đã ban hành Chỉ thị số
  45-CT/TW": the date and issuer stated before the reference;
* aliases — "(sau đây gọi tắt là Kết luận số 93)" and short forms ("Kết luận số 93",
  "Chỉ thị 42") resolve to the full reference they stand for;
* self-references — "Kế hoạch này", the document's own number, a type with the
  document's own issuer;
* keys — the identity of the cited document (see :func:`make_key`).

Example::

    >>> from vanban import find_references
    >>> refs = find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư "
    ...                        "(sau đây gọi tắt là Kết luận số 93). Quán triệt Kết luận số 93.")
    >>> refs[-1].resolved.code, refs[-1].key
    ('93-KL/TW', '93-KL/TW#XII')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from sys import intern
from typing import NamedTuple, Optional

from ..facts import Lexicon
from ..facts.phrases import folded_alternation
from ..grammar import (
    ISSUING_FOLDED,
    ITEM_GAP,
    Grammar,
    grammar,
    issuer_of_match,
    last_match,
    parse_date,
    parse_issuer,
    parse_term,
    read_issuer,
    read_issuer_either,
    reported_issuing,
    spelled_as_written,
)
from ..grammar.vocab import BODY_KIND_LISTS, HS
from ..model import Context, Flag, IssuerParts, Reference
from ..structure.letterhead import on_own_number_line
from ..text import LOWER, UPPER, fold, fold_key, fold_word, folded_text, line_start, sentence_end
from .keys import Siblings, key_of, make_key, named_key

__all__ = ["resolve_all"]


def resolve_all(found: list, work: str, ctx: Context, lex: Lexicon, *, short_forms: bool = True) -> None:
    """The resolution passes, in order (see the module doc); ``found`` is changed in place.
    Without ``short_forms``, aliases and short forms are left unresolved."""
    g = grammar(lex, "exact")
    _list_heads(found, work, lex)
    _generic_list_heads(found, work, g, lex)
    _agents(found, work, g, lex)
    _issued_by_after(found, work, g, lex)
    _list_intro_issuers(found, work, g, lex)
    _share_issuers(found, work, lex)
    _share_dates(found, work)
    _drop_invalid_descriptive(found, ctx, work, lex)
    for f in found:
        _identity_fields(f.ref, lex)
    _years_closing_laws(found, g)
    aliases = _aliases(found, work, g, lex) if short_forms else {}
    pointing_back = _self_refs(found, ctx, work, g)
    _presented_in_full(found, ctx, work, g)
    if pointing_back:
        _drop_reported_statements(found, work, lex)
    _own_work(found, work, g, lex)
    _named_again(found, work)
    _code_keys(found, ctx, lex)
    if short_forms:
        _short_forms(found, aliases, lex)
    _other_keys(found, ctx, lex)


# --- shared parts ------------------------------------------------------------------------

_TITLE_REACH = 1500  # where a document's title lies: its first characters

_LIST_AFTER = re.compile(r"^[\s*_]*(?:,\s*)?(?:gom|bao gom|sau)?\s*:")


def _list_heads(found: list, work: str, lex: Lexicon) -> None:
    """'các Nghị định của Chính phủ: số …; số …' — the head gives type and issuer (not to a law in an item's subject,
    see :func:`_compatible`)."""
    articles = _plurals(lex).articles_before
    for i, f in enumerate(found):
        r = f.ref
        if r.kind not in ("descriptive",):
            continue
        before = folded_text(work)[(r.start - 12 if r.start > 12 else 0) : r.start]
        after = folded_text(work)[r.end : r.end + 20]
        if not (articles.search(before) and _LIST_AFTER.match(after)):
            continue
        f.list_head = True
        stop = sentence_end(work, r.end)
        for j in range(i + 1, len(found)):  # (indices, not a slice: no copy of the rest per reference)
            g2 = found[j]
            if g2.ref.start >= stop:
                break
            g2.list_id = i
            if j > i + 1 and _named_in_an_item(g2, r, work, found[j - 1].ref.end):
                g2.ref.nested_in = found[j - 1].ref  # (named in the title of the item before it: cited by that item)
                continue
            if g2.ref.issuer is None and (r.issuer_parts is None or lex.may_issue(r.issuer_parts.body, g2.ref.doc_type)):
                g2.ref.issuer, g2.ref.issuer_span, g2.ref.issuer_parts = r.issuer, r.issuer_span, r.issuer_parts
            if g2.generic_type or g2.ref.doc_type is None:
                g2.ref.doc_type = r.doc_type


def _named_in_an_item(f, head: Reference, work: str, prev_end: int) -> bool:
    """Is ``f`` a document of another type named in an item's title, not an item? The items of "các Nghị quyết của Hội
    đồng nhân dân tỉnh: số 82/2018/NQ-HĐND …; số 186/2020/NQ-HĐND …" are of the head's type, each opening after the colon
    or a ";"; a document of another type with no ";" since the item before it (ending at ``prev_end``) is in that
    item's title: "số 82/2018/NQ-HDND … quy định mức hỗ trợ từ nguồn kinh phí sự nghiệp thực hiện Chương trình mục tiêu
    quốc gia Giảm nghèo bền vững …" (corpus-real-12/qd-1927-qd-ubnd-lamdong-dean-hongheo-damrong-2021.txt), "số
    163/2016/NĐ-CP … quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước" (corpus-real-21/nq-16-2024-
    hdnd-quangnam-sua-doi-nq-36-2021-nq-37-2022-thuviennhadat.txt), "các Quyết định của Thủ tướng Chính phủ: … Quyết
    định số 263/QĐ-TTg ngày 22/02/2022 phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn
    2021-2025" (corpus-real-18/department-snnptnt-hanam-bc-16-bc-snn-ctmtqg-ntm-2021-2025.txt). The item cites it, and
    it takes neither the list's type, relation nor issuer."""
    r = f.ref
    if f.generic_type or r.doc_type is None or r.doc_type == head.doc_type:
        return False
    return prev_end < r.start and ";" not in work[prev_end : r.start]  # (an item's title, no item or clause opened)


#: a list of documents introduced by their issuer with a generic type word, folded, right before its first item: "các văn
#: bản hướng dẫn của Tổng Liên đoàn Lao động Việt Nam: Hướng dẫn số 726/HD-TLĐ …"


def _generic_list_heads(found: list, work: str, g: Grammar, lex: Lexicon) -> None:
    """The issuer of a list the generic "các văn bản (hướng dẫn) của X:" introduces is each item's that names none:
    "… và các văn bản hướng dẫn của Tổng Liên đoàn Lao động Việt Nam: Hướng dẫn số 726/HD-TLĐ ngày 02/6/2014, …
    theo Quyết định số 217-QĐ/TW của Bộ Chính trị; Quyết định số 589/QĐ-TLĐ ngày 22/5/2014, ban hành Quy định về
    việc tổ chức Công đoàn Việt Nam tham gia góp ý …" (corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt; the
    head is no reference, see :func:`_list_heads` for "các Nghị định của Chính phủ: …")."""
    stop = -1
    head = _plurals(lex).generic_head
    for i, f in enumerate(found):
        r = f.ref
        if r.start < stop or ":" not in work[r.start - 4 if r.start > 4 else 0 : r.start]:  # (not max(): relate._clause_start)
            continue
        lo = r.start - 160 if r.start > 160 else 0
        part = work[lo : r.start]
        folded = fold(part)
        m = head.search(folded)
        if m is None:
            continue
        # (read as written, or folded in text without diacritics: "cac van ban huong dan cua Tong Lien doan …")
        got = read_issuer_either(lex, part, m.start("x"), g=g, folded=folded)
        if got is None or got[2] != m.end("x"):
            continue
        p, span = got[0], (lo + got[1], lo + got[2])
        stop = sentence_end(work, r.start)
        for x in found[i:]:
            t = x.ref
            if t.start >= stop:
                break
            if t.issuer is None and t.kind in ("code", "short", "descriptive") and _compatible(t, p, lex):
                t.issuer, t.issuer_span, t.issuer_parts = p.spelled, span, p
                t.note(Flag.ISSUER_SHARED)


_CLAUSE = re.compile(r"\.(?=\s)|;(?=\s)|!(?=\s)|\?(?=\s)|\n\s*\n|:\s*\n")  # (each led by one character: skipped to)
_AGENT_BEFORE = re.compile(r"[a-z0-9)]\s+$")  # a subject before "đã ban hành" (folded): a word, not a comma


_BEHALF = re.compile(r"(?<![a-z])(?:thay mat|t/m)\s+")


def _on_behalf_of(g: Grammar, lex: Lexicon, work: str, lo: int, hi: int) -> Optional[tuple[IssuerParts, tuple[int, int]]]:
    """The body a signer acts for (its parts and span), when the clause says so: "Thay mặt Bộ Chính trị, Thường trực
    Ban Bí thư … ký ban hành" — the document is the Bộ Chính trị's, whoever signs it (T/M, "thay mặt"); read as
    written, or without diacritics by the folded grammar ("Thay mat Bo Chinh tri, Thuong truc Ban Bi thu Tran Cam Tu ky
    ban hanh Ket luan so 185-KL/TW", tests/checklist.py no-diacritics class of corpus-real/news-ngaynay-kl185-ct45-2025.txt)."""
    folded = folded_text(work)[lo:hi]
    m = _BEHALF.search(folded)
    if m is None:
        return None
    got = read_issuer_either(lex, work[lo:hi], m.end(), g=g, folded=folded)
    return (got[0], (lo + got[1], lo + got[2])) if got is not None else None


_AGENT_REACH = 12  # (the longest end ``Grammar.agent_tail`` is searched for: "vua ban hanh")


def _agent_tail(g: Grammar, s: str, lo: int, hi: int) -> bool:
    r"""``re.search(g.agent_tail.pattern + r"[\s*_:]*$", …)`` on ``s[lo:hi]`` finds something: a word ends where the
    blanks at the end start (tried from a few characters before, not from every position of the window).

    :func:`_agents` asks it of the folded text only (the words as written or without diacritics, "da ban hanh"):
    whatever it finds as written it finds folded (each written letter it takes folds to one it takes; a blank or
    mark it skips folds to one it skips), and most references have no agent: one search, not two."""
    e = hi
    while e > lo and (s[e - 1].isspace() or s[e - 1] in "*_:"):
        e -= 1
    return g.agent_tail.search(s, e - _AGENT_REACH if e - _AGENT_REACH > lo else lo, e) is not None


def _agents(found: list, work: str, g: Grammar, lex: Lexicon) -> None:
    for i, f in enumerate(found):
        r = f.ref
        if r.kind not in ("code", "short", "named", "descriptive") or (r.issuer is not None and r.date is not None):
            continue
        if f.issued_by is not None:
            continue  # (a document another issues takes its issuer from that one: "… ban hành Quy chế phối hợp công tác")
        w = folded_text(work)[r.start - 30 if r.start > 30 else 0 : r.start]  # (folded only: see _agent_tail)
        if not _agent_tail(g, w, 0, len(w)):
            continue
        lo = r.start - 220 if r.start > 220 else 0
        last = last_match(_CLAUSE, work, lo, r.start)
        if last is not None:
            lo = last.end()
        w = folded_text(work)[lo : r.start]
        m = g.agent.search(w)
        if not m:
            continue
        iss_end, term = _agent_end(g, work, lo, lo + _act_start(w, m, lex))
        best, date_limit = _agent_issuer(g, lex, work, lo, iss_end)
        behalf = _on_behalf_of(g, lex, work, lo, iss_end)
        if behalf is not None:  # "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận …"
            best = behalf
        elif best is not None and (_a_signer(g, lex, work, lo, iss_end, best, m.group("verb")) or _in_a_symbol(found, best[1])):
            best = None
        dm, dlo = g.agent_date.search(folded_text(work)[lo:date_limit]), lo  # (the match, where the text it was read in starts)
        reported = fold_word(m.group("verb")) not in ("tai",)  # "X đã ban hành Y" reports an act; "ý kiến của X tại Y" does not
        if dm is None and reported:
            dm, dlo = _clause_opening_date(g, work, lo, last is not None, r.start, found[i - 1].ref.end if i else 0)
        targets = None
        if not reported and best is not None and best[0].code:
            targets = _in_own_letters(f, _coordinated_after(found, i, work), best[0].code)
            best = best if targets else None
        if best is None and r.kind == "descriptive":
            continue  # (a title's date is the agent's only when a body acts: "Quyết định số 589/QĐ-TLĐ ngày 22/5/2014, ban
            # hành Quy định về …" dates the decision, corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt)
        if best is None and dm is None:
            # "<a body the grammar cannot read> đã khẩn trương ban hành Kế hoạch số 08": an act reported in the past
            # tense is one whoever the body is; its issuer is left unknown
            if reported and m.group().startswith(("da ", "vua ", "moi ")) and _AGENT_BEFORE.search(w, 0, m.start()):
                r.note(Flag.REPORTED_ACT)
            continue
        if targets is None:
            targets = [f] + _coordinated_after(found, i, work)
        if reported:
            r.note(Flag.REPORTED_ACT)
        if best is not None:
            p, span = best
            for t in targets:
                if t.ref.issuer is None and _compatible(t.ref, p, lex):
                    t.ref.issuer, t.ref.issuer_span, t.ref.issuer_parts = p.spelled, span, p
                    t.ref.note(Flag.ISSUER_BEFORE)
                    if term and t.ref.term is None:
                        t.ref.term = term
        if dm is not None and r.date is None:
            d, triple = parse_date(dm.group("d"))
            r.date = d
            r.date_span = (dlo + dm.start("d"), dlo + dm.end("d"))
            r.year = d.year if d else r.year
            r.note(Flag.DATE_BEFORE)


def _clause_opening_date(g: Grammar, work: str, lo: int, marked: bool, hi: int, prev_end: int):
    """The date opening the clause of a reported act ending at ``hi`` (:func:`_opening_date`) and where the text it was
    read in starts: ``lo`` when a sentence mark starts the clause there (``marked``) or the text does; else the start of
    the act's line ("…trong tình hình mới⏎Để thống nhất các lực lượng …, ngày 19-11-1958, Bộ Chính trị Ban Chấp hành
    Trung ương Đảng (khóa II) đã ban hành Nghị quyết số 58", corpus-real-9/bdbp-truyenthong-nq58-1958-nd100-ttg.txt: a
    headline above the sentence); (None, lo) when no line break either (the clause's start is not known)."""
    if not marked and lo > 0:
        at = work.rfind("\n", lo, hi)
        if at < 0:
            return None, lo
        lo = at + 1
    return _opening_date(g, work, lo, hi, prev_end), lo


def _in_own_letters(f, coordinated: list, code: str) -> list:
    """The references after "(ý kiến) chỉ đạo của X tại" that are X's: not a letter whose symbol names another organ,
    which conveys X's opinion ("ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại Công văn số 1740-CV/VPTW", the Central
    Office's, corpus-real/hd-55-btgtw-2022.txt), but one coordinated with it under X's own symbol ("chỉ đạo của Ban cán
    sự đảng Ủy ban nhân dân tỉnh tại Công văn số 571-CV/UBND ngày 06/12/2022 và Công văn số 591-CV/BCSĐ ngày 14/12/2022",
    corpus-real-18/department-lienminhhtx-camau-kh-nq-09-nq-cp-nq-20-nq-tw-kinhtetapthe.txt)."""
    return [t for t in [f, *coordinated] if t.ref.code_parts is None or t.ref.code_parts.issuer_code == code]


def _act_start(w: str, m: re.Match, lex: Lexicon) -> int:
    """Where the act the agent pattern ``m`` found in the folded clause ``w`` starts, the words it leaves before it that
    still stand between the body and its act taken in (suffix tests, not a longer pattern: the pattern is searched at
    every character of the clause): a word between the body and the tense or the verb (vocabulary ``agent_aside``,
    :func:`_aside_start`: "Tỉnh ủy Nghệ An cũng đã ban hành Thông tri số 13", corpus-real-30/tin-dang-uy-ca-nghean-
    quan-triet-ct-35-2019.txt; "UBND tỉnh Hà Nam mới đây đã ban hành Kế hoạch số 1679/KH-UBND", corpus-real-51/doc-
    doanhnghiephoinhap-tin-kh1679-kh-ubnd-hanam-chong-hang-gia-tmdt-2023.txt), the act before "tại" (vocabulary
    ``act_before_at``: "được Thủ tướng Chính phủ phê duyệt tại Quyết định số 389/QĐ-TTg", corpus-real-30/tin-skhdt-hanam-
    lay-y-kien-du-thao-quy-hoach-tinh.txt: the document after "tại" is the body's)."""
    s = m.start()
    if m.group("verb") == "tai":
        for act in lex.folded_words("act_before_at"):
            if w.endswith(act + " ", 0, s):
                return s - len(act) - 1
        return s
    return _aside_start(w, s, lex)


def _aside_start(w: str, s: int, lex: Lexicon) -> int:
    """Where the words of vocabulary ``agent_aside`` (folded, each once, in the list's order) that end the folded clause
    ``w`` at ``s`` start: "ubnd tinh ha nam moi day " + "da ban hanh" gives the start of "moi day", so that the body
    before it is read whole ("UBND tỉnh Hà Nam mới đây đã ban hành Kế hoạch số 1679/KH-UBND", corpus-real-51/doc-
    doanhnghiephoinhap-tin-kh1679-kh-ubnd-hanam-chong-hang-gia-tmdt-2023.txt, labelled "UBND tỉnh Hà Nam")."""
    for aside in lex.folded_words("agent_aside"):  # ("mới đây cũng đã": the word nearer the verb first in the list)
        if w.endswith(aside + " ", 0, s):
            s -= len(aside) + 1
    return s


def _a_signer(g: Grammar, lex: Lexicon, work: str, lo: int, iss_end: int, best: tuple, verb: str) -> bool:
    """Is the agent of "… ký <reference>" the person or office who signs, not the issuing body? A signer is no issuer:
    "(Ngày Nay) - Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW về …" (corpus-real/news-ngaynay-kl185-
    ct45-2025.txt: the conclusion is the Bộ Chính trị's, as the page says later, "Thay mặt Bộ Chính trị, Thường trực Ban
    Bí thư Trần Cẩm Tú ký ban hành …"); "Bộ trưởng Bộ VHTTDL Nguyễn Văn Hùng đã ký Quyết định số 389/QĐ-BVHTTDL"
    (corpus-real-19/ministry-vanhoanghethuat-qd-389-bvhttdl-qd-2074-ttg-ct-06-ct-tw-giadinh-2022.txt, NOTES "signers
    are not issuers"); "Trước đó, Bộ trưởng Bộ GD&ĐT ký Quyết định số 2457/QĐ-BGDĐT" (corpus-real-15/news-
    giaoducthoidai-qd-2457-bgddt-nhiemvu-namhoc-2023.txt). The signer is a head's title (vocabulary ``position``) or a
    signer's (vocabulary ``signer_title``) the agent starts with; "Thủ tướng Chính phủ vừa ký Quyết định …" names a body
    that issues (corpus-real-9/news-baotintuc-qd-ttg-5-tocongtac-2023.txt)."""
    # (the verbs of a signing, vocabulary signing_verb: "ký", "ký ban hành"; not "ban hành": a body issues)
    if " ".join(fold_word(verb).split()) not in lex.folded_words("signing_verb"):  # (a few verbs again and again)
        return False
    p, (a, b) = best
    if _position_title(lex, p.spelled):
        return True
    tm = g.signer_title.search(folded_text(work)[lo:iss_end])
    return tm is not None and lo + tm.start() <= a


def _in_a_symbol(found: list, span: tuple[int, int]) -> bool:
    """Is the agent read before "(đã) ban hành" only the organ part of the symbol of a reference before it? Such a body
    is no issuer (DECISIONS D47: a body only a symbol implies is none): "Bộ Chính trị khóa XI đã tổng kết 10 năm thực
    hiện Nghị quyết số 10-NQ/TW và ban hành Kết luận số 12-KL/TW, ngày 24/10/2011" (corpus-real-41/news-vietnamnet-
    nq10-kl12-tay-nguyen-nghi-quyet-moi-2022.txt) is not issued by "TW", "Trung ương"."""
    a, b = span
    return any(f.ref.code_span is not None and f.ref.code_span[0] <= a and b <= f.ref.code_span[1] for f in found)


def _position_title(lex: Lexicon, spelled: str) -> bool:
    """Does an issuer as spelled start with a head's title ("Bộ trưởng Bộ Giáo dục và Đào tạo")?"""
    return any(spelled.startswith(t + " ") for t in lex.words("position"))


def _opening_date(g: Grammar, work: str, lo: int, hi: int, prev_end: int) -> Optional[re.Match]:
    """The last date and comma in the clause ``work[lo:hi]`` of an agent whose act ends at ``hi`` (folded, its offsets
    from ``lo``), after the reference before it (a date in that one is its own: "Quyết định số 589/QĐ-TLĐ ngày
    22/5/2014, ban hành Quy định …", corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt): the act's date when the
    agent between is no body the grammar reads, "ngày 19-11-1958, Bộ Chính trị Ban Chấp hành Trung ương Đảng (khóa II)
    đã ban hành Nghị quyết số 58" (corpus-real-9/bdbp-truyenthong-nq58-1958-nd100-ttg.txt)."""
    got = None
    for m in g.opening_date.finditer(folded_text(work)[lo:hi]):
        got = m
    return got if got is not None and lo + got.start() >= prev_end else None


#: a list's introduction naming the issuer of its items, folded, ending at its colon: "các nghị quyết của Quân ủy Trung
#: ương:" (the issuer read as written, see :func:`_list_intro_issuers`)
_INTRO_OF = re.compile(r"(?<![a-z])cac\s+(?:[a-z]+\s+){1,4}?cua\s+(?P<body>[^:;.]{3,80}?)\s*:[\s*_]*$")
_NEXT_ITEM = re.compile(ITEM_GAP)  # (the gap between two items of one list)


def _list_intro_issuers(found: list, work: str, g: Grammar, lex: Lexicon) -> None:
    """The items of a list whose introduction names their issuer take it when they name none: "Các đại biểu dự Hội
    nghị được quán triệt, nghiên cứu các nghị quyết của Quân ủy Trung ương: Nghị quyết số 1661-NQ/QUTW ngày
    20/12/2022 về …; Nghị quyết số 1658-NQ/QUTW ngày 20/12/2022 về …" (corpus-real-13/news-baothainguyen-du-qk1-quantriet-
    6nq-qutw-2023.txt): the first item right after the colon, each next one after ";" (a code the issuer cannot issue
    keeps none)."""
    intro = None  # (the issuer's parts, its span) while the list goes on
    prev_end = -1
    for f in found:
        r = f.ref
        if intro is not None and not (prev_end <= r.start and _NEXT_ITEM.fullmatch(work, prev_end, r.start)):
            intro = None
        if intro is None and ":" in work[r.start - 4 if r.start > 4 else 0 : r.start]:
            intro = _intro_issuer(g, lex, work, (r.start - 160 if r.start > 160 else 0), r.start)
        if intro is None:
            continue  # (most references: no list introduction names their issuer)
        if r.issuer is None and _compatible(r, intro[0], lex):
            r.issuer, r.issuer_span, r.issuer_parts = intro[0].spelled, intro[1], intro[0]
            r.note(Flag.ISSUER_BEFORE)
        e = r.subject_span[1] if r.subject_span else r.end
        prev_end = e if e > prev_end else prev_end


def _intro_issuer(g: Grammar, lex: Lexicon, work: str, lo: int, hi: int):
    """The issuer (parts, span) a list's introduction ending at ``hi`` names, or None: "các nghị quyết của Quân ủy Trung
    ương:", or the agent of "Chỉ trong một thời gian ngắn, Ban Bí thư đã ban hành nhiều chỉ thị quan trọng: Chỉ thị số 50
    về …; Chỉ thị số 51 (8/8/2025) về …" (corpus-real-13/news-vietnamplus-chibo-tamhung-hanoi-ct50-ct51-2025.txt)."""
    folded = folded_text(work)[lo:hi]
    m = _INTRO_OF.search(folded)
    if m is not None:
        got = _issuer_ending(g, lex, work, lo + m.start("body"), lo + m.end("body"))
        return got if got is not None and got[1][0] == lo + m.start("body") else None
    m = _plurals(lex).intro_by.search(folded)
    if m is None:
        return None
    return _issuer_ending(g, lex, work, lo, lo + len(work[lo : lo + m.start()].rstrip(" \t*_")))


def _agent_issuer(g: Grammar, lex: Lexicon, work: str, lo: int, iss_end: int):
    """The agent's issuer ending at ``iss_end`` (or None), and where the text that may end with the act's date stops:
    before the issuer, before the signer's title and name ("Ngày …, Bí thư Tỉnh ủy Hồ Văn Niên đã ký …")."""
    best = _issuer_ending(g, lex, work, lo, iss_end)
    if best is None and ")" in work[lo:iss_end]:  # (a literal test first: most agents hold no bracket)
        best = _past_abbreviation(g, lex, work, lo, iss_end)
    if best is not None and best[1][1] < iss_end and _in_signer_title(g, work, lo, best[1]):
        best = None  # (a person's name after the body: "Phó Thủ tướng Trần Hồng Hà ký …")
    date_limit = best[1][0] if best else iss_end
    if best is None and (signer := _signer_before(g, lex, work, lo, iss_end)) is not None:
        best, date_limit = signer
    if best is not None and (tm := g.signer_title.search(folded_text(work)[lo:date_limit])) is not None:
        date_limit = lo + tm.start()
    return best, date_limit


#: a body's abbreviation in brackets after the words it abbreviates: capitals, a dot, "&" or a dash between ("(UBND)",
#: "(TANDTC)", "(BCĐ)"); the blanks before it are taken with it
_ABBREVIATION = re.compile(rf"[ \t\n]*\([ \t]*(?P<a>[{UPPER}][{UPPER}0-9.&\-]*[{UPPER}0-9])[ \t]*\)")
_ROMAN = re.compile(r"[IVXLC]+")  # ("(XII)": a term, no abbreviation)
_INITIAL_WORD = re.compile(r"\w+")


def _past_abbreviation(g: Grammar, lex: Lexicon, work: str, lo: int, hi: int):
    """The agent's issuer (parts, span) ending at ``hi`` when a bracketed abbreviation of its words stands inside or
    right after its name, read as if the bracket were not there (the grammar cuts the name at the bracket, or reads
    none). Inside the name, the name is read through the bracket and spelled as written: "Ủy ban nhân dân (UBND) tỉnh
    Trà Vinh đã ban hành Quyết định số 918/QĐ-UBND" (corpus-real-60/doc-quanlynhanuoc-bai-nghi-quyet-08-nq-tw-du-lich-
    travinh-2024.txt, labelled "Ủy ban nhân dân (UBND) tỉnh Trà Vinh", as corpus-real-32's own plan and corpus-real-14's
    "Đại hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII" are). Right after it, the name ends before the
    bracket: "Chánh án Tòa án nhân dân tối cao (TANDTC) đã ban hành Chỉ thị số 01/2024/CT-CA" (corpus-real-64/article-
    tapchitoaan-toa-an-nhan-dan-nhiem-vu-2025-chi-thi-01-2024-ct-ca.txt, labelled "Chánh án Tòa án nhân dân tối cao", as
    the "của" rows of corpus-real-14, -26 and -30 are); a body no grammar reads runs from the words whose initials the
    abbreviation spells, a kind of body first, to the bracket: "Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên tình
    nguyện tỉnh (BCĐ) ban hành kế hoạch số 2080/KH-BCĐ" (corpus-real-17/youth-vpubnd-haiduong-kh-2080-kh-bcd-hoatdong-
    he-2020.txt). The abbreviation must spell words of the name (its initials, "và" left out): a bracket that does not is
    no part of it."""
    k = work.rfind("(", lo, hi)
    s = k
    while s > lo and work[s - 1] in " \t\n":
        s -= 1
    m = _ABBREVIATION.match(work, s) if k > lo else None
    if m is None or m.end() > hi or _ROMAN.fullmatch(m.group("a")):
        return None
    runs = _initials_runs(work, lo, s, [c for c in m.group("a") if c.isalpha()])
    if not runs:
        return None
    shift = m.end() - s
    got = _issuer_ending(g, lex, work[:s] + work[m.end() :], lo, hi - shift)
    if got is None:
        return _named_by_initials(lex, work, runs[-1], s) if m.end() == hi else None
    p, (a, b) = got
    if a > runs[-1][1]:
        return None  # (the name read starts after the words the bracket abbreviates)
    if b <= s:
        return p, (a, b)  # (the bracket after the name)
    spelled = spelled_as_written(work[a : b + shift])
    return IssuerParts(spelled, p.body, p.code, p.level, p.system, p.locality, p.unit, p.joint), (a, b + shift)


def _initials_runs(work: str, lo: int, hi: int, letters: list[str]) -> list[tuple[int, int]]:
    """The runs of words of ``work[lo:hi]`` whose initials spell ``letters`` ("và" left out: "Bộ Giáo dục và Đào tạo
    (GDĐT)"), each as (where its first word starts, where its last word starts), in the text's order."""
    words = [w for w in _INITIAL_WORD.finditer(work, lo, hi) if w.group() not in ("và", "VÀ")]
    n = len(letters)
    want = fold("".join(letters))
    return [
        (words[i].start(), words[i + n - 1].start())
        for i in range(len(words) - n + 1)
        if fold("".join(w.group()[0] for w in words[i : i + n])) == want
    ]


def _named_by_initials(lex: Lexicon, work: str, run: tuple[int, int], end: int):
    """The body named from the run of words its bracketed abbreviation spells to the bracket at ``end`` (see
    :func:`_past_abbreviation`), when it starts with a kind of body (vocabulary ``organisation_kind``, ``organ_word``)
    written with a capital: "Ban Chỉ đạo … tỉnh (BCĐ)"; else None."""
    name = work[run[0] : end]
    if not name[:1].isupper() or not any(name.startswith(k + " ") for k in _body_kinds(lex)):
        return None
    return parse_issuer(name, lex=lex), (run[0], end)


def _body_kinds(lex: Lexicon) -> tuple[str, ...]:
    """The words a body's name starts with (:data:`~vanban.grammar.vocab.BODY_KIND_LISTS`): "Ban", "Ủy ban", "Sở"."""
    return lex.cached("resolve.body_kinds", _kinds_of, lex)


def _kinds_of(lex: Lexicon) -> tuple[str, ...]:
    return tuple(w for kinds in BODY_KIND_LISTS for w in lex.words(kinds))


def _in_signer_title(g: Grammar, work: str, lo: int, span: tuple[int, int]) -> bool:
    """Does the issuer read at ``span`` end a signer's title that starts before it (vocabulary ``signer_title``)? Then it
    names the signer's office, not a body that issues: "Phó Thủ tướng Trần Hồng Hà ký Quyết định số 39/QĐ-TTg"
    (corpus-real-30/tin-quy-hoach-tinh-dongthap-qd-39-qd-ttg-2024.txt: the deputy signs, "Thủ tướng" issues nothing;
    "Thủ tướng Chính phủ Phạm Minh Chính đã ký …" still names its body)."""
    a, b = span
    start = a - _TITLE_BEFORE if a - _TITLE_BEFORE > lo else lo
    if a - start < 4:
        return False  # (no title starts before it)
    tm = g.signer_title.search(folded_text(work)[start:b])
    return tm is not None and start + tm.start() < a


_TITLE_BEFORE = 24  # how far before the body's name a title holding it may start ("Thường trực Ban Bí thư")


#: a person's name ending the text before an agent's verb: two to four capitalised syllables ("Phạm Minh Chính")
_PERSON_NAME = re.compile(rf"(?:[ \t]+[{UPPER}][{LOWER}]*){{2,4}}[ \t,]*$")
_NAME_WORD = re.compile(rf"[{UPPER}][{LOWER}]*")


def _signer_before(g: Grammar, lex: Lexicon, work: str, lo: int, hi: int):
    """The signer who acts, a title and a name right before the verb at ``hi``: ((issuer or None), where the agent
    starts), or None. "Ngày 28/7/2021, Tổng Bí thư Nguyễn Phú Trọng đã ký Quy định số 22-QĐ/TW" dates the rule (the
    title issues nothing: corpus-real-11/news-antv-print-qd22-kiemtra-2021.txt); "Thủ tướng Chính phủ Phạm Minh Chính
    đã ký Quyết định …" also names its issuer (vocabulary ``signer_title``; a body's own title, grammar ``issuer``)."""
    nm = _PERSON_NAME.search(work, (hi - 40 if hi - 40 > lo else lo), hi)
    if nm is None:
        return None
    words = [w.start() for w in _NAME_WORD.finditer(work, nm.start(), hi)]
    # (the name starts at a common surname when one is there, else at its first capitalised word: "Tổng Bí thư Tô Lâm";
    # also without diacritics, "Nguyen Xuan Phuc")
    start = next(
        (w for w in words[:-1] if folded_text(work)[w : _NAME_WORD.match(work, w).end()].title() in lex.surnames), words[0]
    )
    while start > lo and work[start - 1] in " \t,":
        start -= 1
    best = _issuer_ending(g, lex, work, lo, start)
    if best is not None and not _in_signer_title(g, work, lo, best[1]):
        return best, best[1][0]
    tm = g.signer_title.search(folded_text(work)[lo:start])
    return (None, lo + tm.start()) if tm is not None else None


def _agent_end(g: Grammar, work: str, lo: int, head_end: int) -> tuple[int, Optional[str]]:
    """Where the agent's issuer ends before its verb at ``head_end``, and its term when "(khóa X)" ends it."""
    window = folded_text(work)[lo:head_end].rstrip() + " "
    # (the term's "khoa" or the session's "ky hop" must be there: the pattern, led by no literal, is tried at every
    # character of the window otherwise)
    tm = g.agent_term.search(window) if "khoa" in window or "hop" in window else None
    iss_end = lo + tm.start() if tm else head_end
    while iss_end > lo and work[iss_end - 1] in " \t\n,":
        iss_end -= 1
    return iss_end, (parse_term(tm.group("t")) if tm and tm.group("t") else None)


_OWN_REACH = 160  # how far before a plan its clause's agent may stand
_CLAUSE_OR_LINE = re.compile(r"\.(?=\s)|;(?=\s)|:(?=\s)|!(?=\s)|\?(?=\s)|\n")  # (each led by one character)


def _own_work(found: list, work: str, g: Grammar, lex: Lexicon) -> None:
    """A plan, programme or report named without its issuer that the subject of its clause acts on (deploys, adopts,
    drafts) is that body's own: "Huyện ủy triển khai kế hoạch tuyên truyền NQ đại hội …"
    (corpus-real-6/hu-lucnam-bacgiang-kh-tuyentruyen-nq-daihoi-2015.txt); "Sáng ngày 15/3/2018, Tỉnh Đoàn Tây Ninh tổ
    chức Hội nghị trực tuyến triển khai Nghị quyết và Chương trình hành động …"
    (corpus-real-7/tinhdoan-tayninh-trienkhai-nq-daihoi-doan-2018.txt). The agent opens the clause (after an adverbial
    and its comma: "Ngày 21/12, Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị tọa đàm nâng cao chất lượng dự thảo Báo cáo
    chính trị …") and acts at once; "… tổ chức hội nghị … nhằm đánh giá …, dự kiến chương trình phối hợp" names no act
    on the body's own plan."""
    types, ends, starts = g.own_work
    for f in found:
        r = f.ref
        if r.kind != "descriptive" or r.issuer is not None or r.relation == "self" or r.doc_type not in types:
            continue
        lo = r.start - _OWN_REACH if r.start > _OWN_REACH else 0
        last = last_match(_CLAUSE_OR_LINE, work, lo, r.start)
        if last is None and lo > 0:
            continue
        lo = last.end() if last is not None else lo
        if not ends.search(folded_text(work)[(r.start - 60 if r.start - 60 > lo else lo) : r.start]):
            continue
        im = g.issuer.search(work, lo, r.start)
        if im is None or (work[lo : im.start()].strip() and not work[lo : im.start()].rstrip().endswith(",")):
            continue
        p, a, b = issuer_of_match(g, lex, work, im)
        if p.body is None or not starts.match(folded_text(work)[b : r.start]):
            continue
        r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (a, b), p
        r.note(Flag.ISSUER_BEFORE)
        _identity_fields(r, lex)


def _named_again(found: list, work: str) -> None:
    """A plan, programme or report named again in the same sentence without its issuer, by the same words, is the one
    named with it: "… đã triển khai chương trình hành động của Ban Chấp hành Tỉnh đoàn thực hiện Nghị quyết Đại hội
    Đảng toàn quốc lần thứ XIII, …; chương trình hành động thực hiện Nghị quyết 58 …"
    (corpus-real-6/tinhdoan-thanhhoa-ctrhd-nq-xiii-nq58-2021.txt). Not across sentences: a mention elsewhere keeps
    its issuer as written (none)."""
    last: dict[str, Reference] = {}  # the words of a mention with its issuer -> that mention, in this sentence
    stop = -1
    for f in found:
        r = f.ref
        if r.kind != "descriptive" or r.relation == "self":
            continue
        if r.start >= stop:
            last, stop = {}, sentence_end(work, r.start)
        end = r.issuer_span[0] if r.issuer_span and r.start < r.issuer_span[0] <= r.end else r.end
        key = _OF_TAIL.sub("", " ".join(folded_text(work)[r.start : end].split()))
        src = last.get(key)
        if r.issuer is not None:
            last[key] = r
        elif src is not None:
            r.issuer, r.issuer_span, r.issuer_parts = src.issuer, src.issuer_span, src.issuer_parts
            r.note(Flag.ISSUER_SHARED)


_OF_TAIL = re.compile(r"\s+cua$")


#: "do <issuer> ban hành" after a reference's title, folded: the issuer named as the agent of the issuing ("Thông tư
#: 338/2016/TT-BTC quy định lập dự toán … và hoàn thiện hệ thống pháp luật do Bộ trưởng Bộ Tài chính ban hành":
#: corpus-real-7/qd-04-2018-qd-ubnd-angiang-kinhphi-vbqppl.txt)
_BY = re.compile(r"(?<![a-z])do[ \t]+")
#: (a first test on the text as written: most clauses have no "do"; the letter before tested after the "d", which
#: leads: a look-behind on \w first was tried at every position, six times slower)
_BY_WRITTEN = re.compile(r"[Dd](?<!\w.)[Oo][ \t]")
_BY_REACH = 300  # how far after a reference its title runs to "do … ban hành"


def _issued_by_after(found: list, work: str, g: Grammar, lex: Lexicon) -> None:
    """The issuer of a reference that names none, when its clause says who issued it after its title."""
    for i, f in enumerate(found):
        r = f.ref
        if r.issuer is not None or r.kind not in _AFTER_KINDS or r.nested_in is not None:
            # (nested: the issuing after a document named in another's subject or title is the other's: "tại Mục 19 Quy
            # định 29-QĐ/TW năm 2016 thi hành Điều lệ Đảng do Ban Chấp hành Trung ương ban hành" (corpus-real-11/dvdn247-
            # dieukien-thanhlap-chibo-qd29.txt: the rule's issuer, not the Statute's), as an aggregator's list item
            # takes its trailing "do … ban hành" (corpus-real-22 NOTES.md, decision 1))
            continue
        if work.find("được", r.end, r.end + _PASSIVE_NEAR) >= 0 and _passive_agent(found, i, work, g, lex):
            continue  # (most references: no "được" right after them, one search as written)
        if r.kind == "descriptive" or (hi := _by_reach(found, i, work)) < 0:
            continue
        part = work[r.end : _clause_end(work, r, hi)]
        folded = fold(part)
        for m in _BY.finditer(folded):
            # (as written, or folded in text without diacritics: "… do Quoc hoi ban hanh")
            got = read_issuer_either(lex, part, m.end(), g=g, folded=folded)
            if got is None and (place := _place_issuing(g, part, folded, m.end())) is not None:
                r.issuer, r.issuer_span = spelled_as_written(part[place[0] : place[1]]), (r.end + place[0], r.end + place[1])
                break
            if got is None or (vm := g.issuing_after.match(folded, got[2])) is None:
                continue
            p = got[0]
            if _compatible(r, p, lex):
                r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (r.end + got[1], r.end + got[2]), p
                _issued_on(r, lex, part, folded, vm.end())
            break


def _by_reach(found: list, i: int, work: str) -> int:
    """Where the text after ``found[i]`` that may say who issued it ends, when a "do" stands in it, else -1: up to the
    next reference not named in its subject or title ("Nghị quyết 120/2020/QH14 về phê duyệt chủ trương đầu tư Chương
    trình mục tiêu quốc gia … do Quốc hội ban hành", corpus-real-5/nq-03-2023-nq-hdnd-kiengiang-longghep-ctmtqg.txt), at
    most ``_BY_REACH`` characters; a legal portal's list item's first reference to the item's line's end, past the
    documents its title names, and those none (see ``_item_end``)."""
    r = found[i].ref
    j = i + 1
    while j < len(found) and (_within_chain(found[j].ref, r) or _title_after(found[j].ref, r, work)):
        j += 1
    nxt = found[j].ref.start if j < len(found) else len(work)
    far = r.end + _BY_REACH
    hi = nxt if nxt < far else far
    near = folded_text(work)[r.end : hi]  # (what lower-cases to "do " folds to it: lower-cased only where the fold has it)
    low = work[r.end : hi].lower() if "do " in near or "do\t" in near else ""  # (a cheap test first: "do" lower-cased)
    written = ("do " in low or "do\t" in low) and _BY_WRITTEN.search(work, r.end, hi) is not None
    if written:
        if _inside_an_item(work, found, i):
            return -1
    elif hi == far:
        return -1  # (no "do" within its reach)
    end = _item_end(work, found, i)  # (most references: no item's mark in the 16 characters before them, -1 at once)
    if end > nxt:
        hi = end if end < far else far
        return hi if written or _BY_WRITTEN.search(work, r.end, hi) is not None else -1
    return hi if written else -1


def _place_issuing(g: Grammar, part: str, folded: str, at: int) -> Optional[tuple[int, int]]:
    """The span of a place named as the issuer of "do <place> ban hành" at ``at`` of ``part`` (``folded`` the same text
    folded), as written, as a place after "của" is (scan's ``issuer_as_written``): a legal portal's list item "- 8
    Quyết định 1715/QĐ-UBND năm 2021 phê duyệt Đề án … giai đoạn 2021-2025 do tỉnh Quảng Ngãi ban hành" (corpus-real-32/
    qd-117-qd-ubnd-quangngai-related-list-hethongphapluat.txt, labelled "tỉnh Quảng Ngãi"). A unit and its name, then
    the issuing verb; not a unit alone ("do tỉnh ban hành") nor another verb ("do tỉnh Quảng Ngãi quản lý")."""
    lm = g.locality.match(part, at - 1)  # (its blanks before it: the one "do " ended on)
    if lm is None or not any(w[:1].isupper() for w in part[lm.start() : lm.end()].split()[1:]):
        return None
    if not part[at : at + 1].islower() or g.issuing_after.match(folded, lm.end()) is None:
        return None
    return at, lm.end()


def _title_after(t: Reference, r: Reference, work: str) -> bool:
    """Is ``t`` the title of ``r`` written right after it, a descriptive reference with only blanks between (no comma, no
    "và")? Then the issuer after the title is still ``r``'s: "- 5Nghị quyết 28/NQ-CP năm 2021 Chiến lược quốc gia về
    bình đẳng giới giai đoạn 2021-2030 do Chính phủ ban hành" (corpus-real-44/doc-hethongphapluat-qd2873-qd-ubnd-binhdinh-
    binh-dang-gioi-2021.txt), "- 4Quyết định 320/QĐ-TTg năm 2022 Bộ tiêu chí quốc gia về huyện nông thôn mới; …"
    (corpus-real-43/doc-hethongphapluat-qd2428-qd-ubnd-quangnam-huyen-nong-thon-moi-2022.txt)."""
    return t.kind == "descriptive" and r.end < t.start and not work[r.end : t.start].strip()


#: a legal portal's list item: a dash or a number (or both) alone before the reference on its line ("- 4Chỉ thị
#: 12/CT-TTg năm 2021 …", "- 8 Quyết định 1715/QĐ-UBND năm 2021 …", "1. Văn bản hợp nhất 14/VBHN-BTC năm 2021 …")
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-–•*+][ \t]*\d{0,3}|\d{1,3}[.)]?)[ \t]*")
_ITEM_CLAUSE = re.compile(r"\.(?=\s)|!(?=\s)|\?(?=\s)|\n")  # (``_CLAUSE`` but for "; ": the item's line ends it)


def _item_end(work: str, found: list, i: int) -> int:
    """The end of the line of a legal portal's list item that ``found[i]`` opens (``_ITEM_OPENING`` alone before it) and
    whose title names other documents, else -1. The "do <issuer> ban hành" that ends the item is its first reference's,
    whatever documents its title names between: "- 5Thông tư 10/2013/TT-BVHTTDL hướng dẫn thực hiện Luật quảng cáo và
    Nghị định 181/2013/NĐ-CP do Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành" (corpus-real-54/doc-hethongphapluat-
    qd41-2015-qd-ubnd-lamdong-quang-cao-ngoai-troi.txt), "- 3Kế hoạch 603/KH-UBND năm 2013 thực hiện Nghị quyết
    21/NQ/TW; Chỉ thị 14/CT/TU về … giai đoạn 2012-2020 do tỉnh Hà Nam ban hành" (corpus-real-57/doc-hethongphapluat-
    kh3186-kh-ubnd-hanam-cai-cach-bhxh-2018.txt): labelled the Thông tư's and the Kế hoạch's, the documents named inside
    none, as every such item on dev pages is (corpus-real-45's qd1012, -48's kh206, -54, -57). Not a document joined to
    the first by "và" alone: the item's second."""
    r = found[i].ref
    # (the line's start looked for only as far back as an item's mark goes)
    a = r.start - _ITEM_REACH if r.start > _ITEM_REACH else 0
    ls = work.rfind("\n", a, r.start) + 1
    if (ls == 0 and a > 0) or _ITEM_OPENING.fullmatch(work, ls, r.start) is None:
        return -1
    end = work.find("\n", r.end)
    end = end if end >= 0 else len(work)
    if i + 1 < len(found) and found[i + 1].ref.start < end and _JOINED.fullmatch(work, r.end, found[i + 1].ref.start):
        return -1
    return end


def _inside_an_item(work: str, found: list, i: int) -> bool:
    """Is ``found[i]`` named in the title of a legal portal's list item another reference opens (``_item_end``), on its
    line within ``_BY_REACH`` of it? Its "do … ban hành" is that reference's."""
    r = found[i].ref
    a = r.start - _BY_REACH if r.start > _BY_REACH else 0
    ls = work.rfind("\n", a, r.start) + 1
    if ls == 0 and a > 0:
        return False
    k = i
    while k > 0 and found[k - 1].ref.start >= ls:
        k -= 1  # (the line's first reference, the one an item's mark stands before)
    return k < i and _item_end(work, found, k) > r.start


_ITEM_REACH = 16  # how far before a reference a list item's mark may start ("- 12 ", " 1. ", blanks before them)
#: what joins a second document to a list item's first, no title between: "- 5Nghị quyết 28/NQ-CP năm 2021 và Chiến lược …"
_JOINED = re.compile(r"[\s,;]*(?:và|hoặc)?[\s,;]*")


def _clause_end(work: str, r: Reference, hi: int) -> int:
    """Where the clause of ``r`` ends before ``hi``: at a sentence's or a clause's mark (``_CLAUSE``), but on a list
    item's line, at the line's end, the "; " inside the item's subject not ending it: "- 4Chỉ thị 12/CT-TTg năm 2021 về
    tăng cường công tác tuyên truyền, … phục vụ nhiệm vụ bảo vệ tổ quốc; kịp thời chấn chỉnh và xử lý các vi phạm trong
    hoạt động báo chí, truyền thông do Thủ tướng Chính phủ ban hành" (corpus-real-44/doc-hethongphapluat-qd2873-qd-ubnd-
    binhdinh-binh-dang-gioi-2021.txt; corpus-real-43's qd2428 item of "Quyết định 320/QĐ-TTg" alike)."""
    item = _ITEM_OPENING.fullmatch(work, line_start(work, r.start), r.start) is not None
    last = (_ITEM_CLAUSE if item else _CLAUSE).search(work, r.end, hi)
    return last.start() if last is not None else hi


_AFTER_KINDS = frozenset(("code", "short", "named", "descriptive"))  # (a descriptive one: the passive agent only)
#: the verb of the body's act after it, folded, not "… tại <document>" (that document is the body's: see ``_agents``)
_PASSED = re.compile(
    r"[ \t]*(?:(?:bieu[ \t]+quyet[ \t]+)?thong[ \t]+qua|ban[ \t]+hanh|phe[ \t]+duyet)(?![a-z])(?![ \t]+tai(?![a-z]))"
)
_PASSIVE_NEAR = 40  # (where "được" must start after a reference: its name's last words between)
_PASSIVE_REACH = 160  # (the text read after a reference: its name's last words, the body's name, its verb)


def _passive_agent(found: list, i: int, work: str, g: Grammar, lex: Lexicon) -> bool:
    """Set the issuer of ``found[i]``, which names none, when a passive agent follows its name: "Kế hoạch năm 2024 tỉnh
    Đồng Tháp vừa được Ủy ban nhân dân tỉnh ban hành trong báo cáo ngày 01/12/2023" (corpus-real-30/bai-ke-hoach-nam-
    2024-dongthap-bc-445.txt), "Trên cơ sở Đề án "Hỗ trợ phụ nữ khởi nghiệp” giai đoạn 2017 - 2025 được Chính phủ phê
    duyệt, …" (corpus-real-12/hlhpn-yenbai-phongvan-dean939-2025.txt). Not "được X phê duyệt tại Quyết định …": the
    decision is X's (``_agents``), the plan it approves names no issuer (corpus-real-30/tin-skhdt-hanam-lay-y-kien-du-
    thao-quy-hoach-tinh.txt); not a draft's "… và đã được Quốc hội biểu quyết thông qua" (another subject). Called only
    where "được" starts within ``_PASSIVE_NEAR`` characters of the reference's end (a pass of its own over every
    reference cost dense +0.6%, session 29)."""
    r = found[i].ref
    hi = r.end + _PASSIVE_REACH
    if i + 1 < len(found) and found[i + 1].ref.start < hi:
        hi = found[i + 1].ref.start
    part = work[r.end : hi]
    folded = fold(part)
    m = g.passive_agent.match(folded)  # (a few words of its name, no mark, no "và" of another subject, "(vừa) được")
    if m is None:
        return False
    got = read_issuer_either(lex, part, m.end(), g=g, folded=folded)
    if got is None or (vm := _PASSED.match(folded, got[2])) is None or not _compatible(r, got[0], lex):
        return False
    p = got[0]
    r.issuer, r.issuer_span, r.issuer_parts = p.spelled, (r.end + got[1], r.end + got[2]), p
    _issued_on(r, lex, part, folded, vm.end())
    return True


#: "vào" before the date the issuing verb gives, folded: " vào ngày 28/11/2023"
_ON_DAY = re.compile(r"[ \t]+vao(?=[ \t]+ngay[ \t])")


def _issued_on(r: Reference, lex: Lexicon, part: str, folded: str, at: int) -> None:
    """The date right after the issuing verb of "do <issuer> ban hành" (``folded[at:]``, ``part`` as written, starting
    at ``r.end``), read by the grammar's date item, for a reference that has none, its year agreeing: "Quy định
    69-QĐ/TW năm 2022 về kỷ luật tổ chức đảng, đảng viên vi phạm do Ban Chấp hành Trung ương ban hành ngày 06/7/2022"
    (corpus-real-24/central-thuvienphapluat-tin-qd-69-qd-tw-2022-kyluat-dang-hd-05-qd-264.txt)."""
    if r.date is not None or r.date_span is not None:
        return
    if (vm := _ON_DAY.match(folded, at)) is not None:
        at = vm.end()
    im = grammar(lex, "folded").item.match(folded, at)
    if im is None or im.group("dv") is None:
        return
    d, _ = parse_date(part[im.start("dv") : im.end("dv")])
    if d is not None and (r.year is None or r.year == d.year):
        r.date, r.date_span, r.year = d, (r.end + im.start("dv"), r.end + im.end("dv")), d.year


def _issuer_ending(g: Grammar, lex: Lexicon, work: str, lo: int, hi: int) -> Optional[tuple[IssuerParts, tuple[int, int]]]:
    """The issuer written right before ``hi`` (the agent of "X đã ban hành …"): read as written, or, in
    text without diacritics, on the folded text ("Tinh uy Yen Bai da ban hanh Chi thi so 17"; "Ban Tuyen
    giao Trung uong", where the exact grammar would read only "Trung uong")."""
    part = work[lo:hi]
    got = _folded_issuer_ending(lex, part) if part.isascii() else None
    if got is not None:
        return got[0], (lo + got[1], lo + got[2])
    for im in g.issuer.finditer(work, _issuer_scan_start(work, lo, hi), hi):
        if im.end() == hi:
            # (read as an item is: a national body's "locality" is no place, "Thủ tướng Chính phủ Nguyễn Xuân Phúc đã ký
            # …" names a person; the body ends before it, not here)
            p, a, b = issuer_of_match(g, lex, work, im)
            return (p, (a, b)) if b == hi or _PERSON_NAME.fullmatch(work, b, hi) else None
        if work[im.end()] == "\n":
            # its place over a line end, as an item's is read: "Ban Thường vụ Tỉnh ủy⏎Yên Bái đã ban hành Chỉ thị số 17"
            # (the checklist's cue-break)
            p, a, b = issuer_of_match(g, lex, work, im)
            if b == hi:
                return p, (a, b)
    return None


#: characters the grammar's ``issuer`` holds only inside a parenthesis of a name ("(" and at most 12 characters of
#: "[^()\\n]" before them; checked on the parsed pattern by tests/references/test_resolve.py); not ":", which opens the
#: ministries' list of "liên Bộ:" ("của liên Bộ: Nông nghiệp và PTNT - Công an - Quốc phòng", corpus-real-40/
#: doc-123docz-qd22-2011-qd-ubnd-hanoi-phong-chay-chua-chay-rung.txt)
_OUTSIDE_ISSUERS = (";", "/")


def _issuer_scan_start(work: str, lo: int, hi: int) -> int:
    """Where :func:`_issuer_ending`'s scan of ``work[lo:hi]`` may start with the same outcome: after the last of
    :data:`_OUTSIDE_ISSUERS` before the window's first line break with no "(" before it ("Ngày 28/7/2021, Tổng Bí thư
    …": no issuer holds the date's "/", so every match before it ends before it, neither at ``hi`` nor at a line break,
    and the scan from ``lo`` reaches the character after it with no match open). The issuers' pattern, led by no
    literal, is tried at every character; a lookbehind sees the text before the start as before."""
    nl = work.find("\n", lo, hi)
    end = hi if nl < 0 else nl
    b = max(work.rfind(";", lo, end), work.rfind("/", lo, end))
    return b + 1 if b >= 0 and "(" not in work[lo:b] else lo


def _folded_issuer_ending(lex: Lexicon, part: str):
    """The longest issuer the folded grammar reads to the end of ``part``, its locality read as written."""
    fg, s = grammar(lex, "folded"), fold(part)
    for im in fg.issuer.finditer(s):
        r = read_issuer(fg, lex, s, part, im.start())
        if r is not None and (r[2] == len(s) or _PERSON_NAME.fullmatch(part, r[2])):
            return r
    return None


def _coordinated_after(found: list, i: int, work: str) -> list:
    out = []
    prev = found[i].ref
    for j in range(i + 1, len(found)):
        f = found[j]
        gap_end = prev.subject_span[1] if prev.subject_span else prev.end
        gap = work[gap_end : f.ref.start] if f.ref.start >= gap_end else work[prev.end : f.ref.start]
        if not _COORD_GAP.match(gap) or f.ref.nested_in is not None:
            break
        out.append(f)
        prev = f.ref
    return out


_COORD_GAP = re.compile(r"^[\s,;&*_]*(?:(?i:và|cùng|va|cung)[\s*_]+)?$")  # (also without diacritics)
#: the gap over which a later member's issuer is shared: not ";" — the items of a "Căn cứ" list name their own
#: ("… và Nghị định số 44/2015/NĐ-CP ; Nghị định số 35/2023/NĐ-CP ngày 20/6/2023 của Chính Phủ về …")
_SHARE_GAP = re.compile(r"^[\s,&*_]*(?:(?i:và|cùng|va|cung)[\s*_]+)?$")


def _compatible(r: Reference, p: IssuerParts, lex: Lexicon) -> bool:
    """Can this issuer have issued the reference's type and code? A body the law does not give the type cannot (doc_types
    .csv ``issuers``): "Căn cứ các Nghị định của Chính phủ: số 163/2016/NĐ-CP ngày 21 tháng 12 năm 2016 quy định chi tiết
    thi hành một số điều của Luật Ngân sách nhà nước; số 60/2021/NĐ-CP …" (corpus-real-21/nq-16-2024-hdnd-quangnam-sua-
    doi-nq-36-2021-nq-37-2022-thuviennhadat.txt): the list's "Chính phủ" is not the issuer of the law in the subject of
    its item, the Quốc hội's. (A body whose symbols no source gives, code "", can issue any code.)"""
    if not lex.may_issue(p.body, r.doc_type):
        return False
    cp = r.code_parts
    if cp is None or not p.code:
        return True
    if p.code == cp.issuer_code:
        return True
    lv_code = lex.level_of_code(cp.issuer_code)
    if cp.system == "state":
        return p.system == "state"
    if p.system not in ("party", "mass"):  # Đoàn and Hội write party-style codes
        return False
    # a party organ's code no table knows has no level to disagree with (as for the check issuer-code-mismatch): "Ban Chỉ
    # đạo Trung ương đã ban hành Công văn số 43-CV/BCĐ" (corpus-real-12/news-thuonghieusanpham-cv43-bcd-kh-sapxep-bomay-
    # kl121-2025.txt)
    return lv_code in (p.level, "state")


def _share_issuers(found: list, work: str, lex: Lexicon) -> None:
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
        if nxt.ref.code != r.code and (nxt.ref.nested_in is r or _ends_on_cue(lex, work, r.end, gap_end)):
            # the object of r's subject, its "của X" is its own: "Kết luận số 31-KL/TW về Chiến lược Quân sự Việt Nam và
            # tổng kết 15 năm thực hiện Chỉ thị số 154-CT/ĐUQSTW, ngày 09/4/2008 của Thường vụ Đảng ủy Quân sự Trung ương"
            continue
        if nxt.ref.start < gap_end:
            continue
        gap = work[gap_end : nxt.ref.start]
        if not _SHARE_GAP.match(gap) or _subject_verb(nxt.ref, gap):
            continue
        if nxt.ref.issuer_parts is None or not _compatible(r, nxt.ref.issuer_parts, lex) or _bracketed_issuer(nxt.ref, work):
            continue
        r.issuer, r.issuer_span, r.issuer_parts = nxt.ref.issuer, nxt.ref.issuer_span, nxt.ref.issuer_parts
        if r.term is None and nxt.ref.term is not None and nxt.ref.term_span and nxt.ref.term_span[0] >= nxt.ref.issuer_span[0]:
            r.term = nxt.ref.term
        r.note(Flag.ISSUER_SHARED)


def _bracketed_issuer(t: Reference, work: str) -> bool:
    """Is the issuer of ``t`` written inside a bracket ``t`` opened after its number, with its date: its own, not shared
    with the member before it? "theo Nghị quyết 20 (ngày 18/7/2023) và Nghị quyết 34 (ngày 20/12/2023 của HĐND huyện
    Đông Giang)" (corpus-real-58/doc-vietnam-quangnam-tin-hdnd-dong-giang-dau-tu-cong-2024.txt: resolution 20 labelled
    with no issuer; scan's ``_issuer_past_an_unread_tail`` reads the one in the bracket)."""
    if t.issuer_span is None or not t.start < t.issuer_span[0] <= t.end:
        return False
    inside = work[t.start : t.issuer_span[0]]
    return "(" in inside and ")" not in inside[inside.rindex("(") :]


def _subject_verb(t: Reference, gap: str) -> bool:
    """Is ``t`` (read as a document) the verb of the subject of the reference before it, its type word lower-cased right
    after that one with only blanks between (no comma, no "và": no second member)? Its "của X" is the subject's, not an
    issuer to share: "Thông tư số 67/2012/TT-BCA, ngày 01- 11- 2012 quy định trách nhiệm của công an các đơn vị, địa
    phương …" (corpus-real-38/excerpt-123docz-dang-uy-cong-an-van-dong-quan-chung-bao-ve-an-ninh.txt: the Bộ Công an's
    circular, not "Công an"'s). A portal's title right after a symbol is written capitalised, and shares: "Quyết định
    03/2017/QĐ-UBND Quy chế làm việc của Ủy ban nhân dân huyện Bình Chánh"; so does an apposition after a comma: "Nghị
    quyết số 01-NQ/TU ngày 16/11/2020, nghị quyết đầu tiên của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh"."""
    return t.kind == "descriptive" and t.text[:1].islower() and not gap.strip(" \t")


def _ends_on_cue(lex: Lexicon, work: str, lo: int, hi: int) -> bool:
    """Does ``work[lo:hi]`` (a subject) end on a relation cue ("… tổng kết 15 năm thực hiện"; read folded, so also
    in text without its diacritics)?"""
    while hi > lo and work[hi - 1] in " \t\n,":
        hi -= 1
    s = folded_text(work)[(hi - 40 if hi - 40 > lo else lo) : hi]
    m = last_match(grammar(lex, "folded").trigger, s, 0, len(s))
    return m is not None and m.end() == len(s)


def _share_dates(found: list, work: str) -> None:
    """Give a reference without a date the date of the next one of its type when only "và" or a comma joins them
    on one line: "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị", "Nghị
    quyết số 1657-NQ/QUTW và Nghị quyết số 1659-NQ/QUTW ngày 20/12/2022" (a date written once after two documents
    of one kind is both's; one that differs is written for each). Not across ";" or a line (the items of a
    "Căn cứ" list have their own dates), and not against the year in a state symbol."""
    for i in range(len(found) - 2, -1, -1):
        r, nxt = found[i].ref, found[i + 1].ref
        if r.date is not None or r.kind not in ("code", "short") or found[i].list_head or nxt.date is None:
            continue
        if nxt.doc_type != r.doc_type or nxt.nested_in is not r.nested_in or r.subject_span is not None:
            continue
        if nxt.start < r.end or not _DATE_COORD_GAP.match(work, r.end, nxt.start):
            continue
        year = r.code_parts.year if r.code_parts is not None else None
        if year is not None and year != nxt.date.year:
            continue
        r.date, r.date_span = nxt.date, nxt.date_span
        r.note(Flag.DATE_SHARED)


_DATE_COORD_GAP = re.compile(r"[ \t,*_]*(?:(?:và|va)[ \t*_]+)?$")


def _drop_invalid_descriptive(found: list, ctx: Context, work: str, lex: Lexicon) -> None:
    keep = []
    plural = lex.cached("plural_list", _plural_list_patterns, lex)
    several = _plurals(lex).before
    plural_end = -1  # where the last plural item dropped ends (see _in_a_plural_list)
    for f in found:
        r = f.ref
        if r.kind == "descriptive" and not f.list_head:
            if _in_a_plural_list(r, work, plural_end, plural):
                plural_end, f.plural = r.end, True
                keep.append(f)
                continue
            if _several_on_a_subject(r, work, several):
                f.plural = True  # (as a plural list's item: no reference, the cue goes on through it)
                keep.append(f)
                continue
            prev = keep[-1].ref if keep else None
            if (
                prev is not None
                and prev.kind == "code"
                and (_TITLE_GAP.fullmatch(work, prev.end, r.start) or f.titled and work[prev.end : r.start] == " ")
                and not _approved_after_its_symbol(prev, r, lex)
                and not _BARE_YEAR_CLOSING.search(prev.text)
            ):
                # "văn bản số 145-TB/TW “Thông báo kết luận của Ban Bí thư về …”": the title of the reference before,
                # its quote opening right before the type word (a quoted subject after the symbol is no title of a report
                # sentences later: "Nghị quyết số 34-NQ/TW “về kiện toàn tổ chức …”. … Báo cáo chính trị của Đại hội VI
                # của Đảng (1986) nhấn mạnh …", corpus-real-19/central-lyluanchinhtri-sapxep-bomay-nq-34-nq-tw-1986-…);
                # so is a titled type right after a symbol, as portals title a document: "Nghị quyết 51/2016/NQ-HĐND
                # Quy định phân cấp nguồn thu, nhiệm vụ chi đối với ngân sách tỉnh …"
                if prev.subject is None:
                    prev.subject = r.text + (" " + r.subject if r.subject else "")
                    prev.subject_span = (r.start, r.subject_span[1] if r.subject_span else r.end)
                continue
            if _is_own_issuer(f, ctx):
                r.relation = "self"
            elif not (r.subject or f.titled or _names_a_body(r, work, several)):
                continue
        keep.append(f)
    found[:] = keep


_TITLE_GAP = re.compile(r"[\s,:*_]*[\"“«][ \t]*")
#: a symbol closed by a bare year, as portals title a document: "Quyết định 174/QĐ-TLĐ 2020 Điều lệ Công đoàn Việt Nam
#: khóa XII" (corpus-real-59/doc-thuvienphapluat-qd174-qd-tld-dieu-le-cong-doan-2020.txt): the titled type after it
#: stays a mention of its own (labelled there), as it was before that year was read (the scan's ``bare_year``, after the
#: grammar's horizontal blanks, :data:`~vanban.grammar.vocab.HS`: a no-break space as a space, no line break)
_BARE_YEAR_CLOSING = re.compile(rf"(?<!năm){HS}+(?:19|20)[0-9]{{2}}$", re.I)


def _approved_after_its_symbol(prev: Reference, r: Reference, lex: Lexicon) -> bool:
    """Is the titled ``r``, right after the symbol of ``prev``, the plan, strategy or programme that decision or
    resolution approves or issues (vocabulary ``titled_after_symbol`` after a ``plan_approving_type``), as a legal database
    titles its related documents: "- 1 Nghị quyết 28/NQ-CP năm 2021 Chiến lược quốc gia về bình đẳng giới giai đoạn
    2021-2030 do Chính phủ ban hành", "- 2 Quyết định 2808/QĐ-UBND năm 2016 Kế hoạch hành động thực hiện Chiến lược quốc
    gia về bình đẳng giới …" (corpus-real-48/doc-hethongphapluat-kh71-kh-ubnd-baclieu-chien-luoc-binh-dang-gioi-2021.txt)?
    Then it is a document of its own, cited (5 of 5 such on the dev pages: dev41 ×2, dev44, dev48 ×2), not the title of
    the one before, as "Nghị quyết 51/2016/NQ-HĐND Quy định phân cấp nguồn thu …" is ("Quy định" the verb)."""
    return prev.doc_type in lex.words("plan_approving_type") and r.doc_type in lex.words("titled_after_symbol")


def _plural_list_patterns(lex: Lexicon) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of a list of bare type words a plural opens, folded, every type's name of the lexicon's document
    types (doc_types.csv: "các Chỉ thị, Kết luận của Bộ Chính trị"): "các" (or "những") and one or more type words, each
    followed by a comma or "và"/"hoặc", right before a type word (the type word ends a list of several kinds of
    documents); and the same list going on after an item's issuer ("…, Nghị quyết của Quốc hội, Kế hoạch và Chương
    trình của Chính phủ"); and a meeting's noun (vocabulary ``meeting_noun``, folded) in an issuer: its papers are one
    set (see :func:`_in_a_plural_list`)."""
    listed = f"(?:{folded_alternation(t.name for t in lex.doc_types)})"
    articles = "|".join(fold(w) for w, v in lex.pairs("plural_marker") if v == "plural")  # "các", "những"
    before = re.compile(rf"(?<![a-z])(?:{articles})\s+(?:{listed}\s*(?:,|va|hoac)\s*)+$")
    going_on = re.compile(rf"\s*,\s*(?:{listed}\s*(?:,|va|hoac)\s*)*")
    meetings = folded_alternation(lex.words("meeting_noun"))
    return before, going_on, re.compile(rf"(?<![a-z])(?:{meetings})(?![a-z])")


def _in_a_plural_list(r: Reference, work: str, plural_end: int, plural: tuple[re.Pattern, ...]) -> bool:
    """Is the descriptive reference (no number, no name) an item of a list of several kinds of documents a plural
    opens? "… triển khai thực hiện có hiệu quả các Chỉ thị, Kết luận của Bộ Chính trị, Nghị\nquyết của Quốc hội, Kế
    hoạch và Chương trình của Chính phủ về công tác phòng, chống ma túy" (corpus-real-26/hd-35-hd-vkstc-2022-kiemsat-
    an-matuy-2023-thuvienphapluat.txt), "các Quyết định, Chỉ thị của Thủ tướng Chính phủ về PBGDPL" (corpus-real-26/
    pbgdpl-moj-trangchu-soctrang-kh-16-kh-ubnd-2017-hoagiai.txt): every type word names several documents, none one
    (as "các Chỉ thị của Bộ Chính trị" alone, see :func:`_names_a_body`). A meeting's papers are one set the gold
    names: "các Nghị quyết, Kết luận của Hội nghị lần thứ 7, Ban Chấp hành Trung ương Đảng (khoá XI)"
    (corpus-real-4/btv-thanhuy-danang-nq-tw7-khoaxi-2013.txt) is kept. ``plural``: :func:`_plural_list_patterns`."""
    before, going_on, meeting = plural
    if r.number is not None or r.code is not None or r.issuer is None or meeting.search(fold(r.issuer)):
        return False
    if 0 <= plural_end <= r.start and going_on.fullmatch(folded_text(work)[plural_end : r.start]):
        return True
    return before.search(folded_text(work)[(r.start - 80 if r.start > 80 else 0) : r.start]) is not None


class _Plurals(NamedTuple):
    """The patterns of vocabulary ``plural_marker`` (folded) that tell several documents, built once a lexicon."""

    before: re.Pattern  # one of them (group ``word``) or a count right before a reference: "các kế hoạch của …"
    intro_by: re.Pattern  # a list introduced by its issuer's act: "Ban Bí thư đã ban hành nhiều chỉ thị quan trọng:"
    articles_before: re.Pattern  # "các", "những" or a count right before a list's head: "các Nghị định của Chính phủ:"
    generic_head: re.Pattern  # "các văn bản (hướng dẫn) của X:" ending the text before a list's first item


def _plurals(lex: Lexicon) -> _Plurals:
    """The words that make a type word several documents, or each of several (vocabulary ``plural_marker``), folded:
    (one of them or a count right before a reference: "các kế hoạch của …"; a list introduced by its issuer's act,
    ending at its colon, one of them of several ("các", "những", "nhiều", "một số") after the act: "Ban Bí thư đã ban
    hành nhiều chỉ thị quan trọng:", corpus-real-13/news-vietnamplus-chibo-tamhung-hanoi-ct50-ct51-2025.txt, the
    issuer the agent that ends right before the verb; the articles "các", "những" (valued ``plural``) before a list's
    head, :func:`_list_heads` and :func:`_generic_list_heads`)."""
    return lex.cached("plural_markers", _plural_patterns, lex)


def _plural_patterns(lex: Lexicon) -> _Plurals:
    rows = lex.pairs("plural_marker")
    every = "|".join(re.escape(fold(w)) for w, _ in rows)
    several = "|".join(r"\s+".join(fold(w).split()) for w, v in rows if v in ("plural", "many", "some"))
    articles = "|".join(re.escape(fold(w)) for w, v in rows if v == "plural")  # cac|nhung
    return _Plurals(
        re.compile(rf"(?:^|[^a-z])(?:(?P<word>{every})|[0-9]{{1,3}})\s*$"),
        re.compile(rf"{reported_issuing(lex)}\s+(?:{several})\s+(?:[a-z]+\s+){{0,4}}?[a-z]+\s*:[\s*_]*$"),
        re.compile(rf"(?:^|[^a-z])(?:{articles}|[0-9]{{1,3}})\s*$"),
        re.compile(rf"(?<![a-z])(?:{articles})\s+van\s+ban(?:\s+[a-z]+){{0,3}}?\s+cua\s+(?P<x>[^:;.\n]{{2,80}}?)\s*:\s*$"),
    )


def _plural_before(r: Reference, work: str, before: re.Pattern) -> Optional[re.Match]:
    """The word of several (group ``word``: "cac" in "các kế hoạch của …") or the count ("5" in "Điều 5 Quyết định
    của …") that ends, folded, in the 14 characters right before ``r``, or None; ``before``: ``_Plurals.before``. The
    one window :func:`_names_a_body` (either) and :func:`_several_on_a_subject` (the word only) read."""
    return before.search(folded_text(work)[(r.start - 14 if r.start > 14 else 0) : r.start])


def _names_a_body(r: Reference, work: str, before: re.Pattern) -> bool:
    """ "kế hoạch của Tỉnh ủy", "Nghị quyết của Quân ủy Trung ương": one document of a known
    body is a reference even without its subject; "các kế hoạch của …" (several) is not. A congress named to its
    ordinal is one such body, its resolution one document: "Bí thư Đảng ủy, Giám đốc Bệnh viện đã phổ biến Nghị quyết
    của Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XIX" (corpus-real-15/dangbo-bvdk-tw-thainguyen-quantriet-nq-hn12-13-xi-
    nq-daihoi-xix-2015.txt), as "Nghị quyết Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XIX" is."""
    p = r.issuer_parts
    return (
        p is not None
        and (p.body is not None or p.code is not None or _NUMBERED_CONGRESS.fullmatch(fold(p.spelled)) is not None)
        and _plural_before(r, work, before) is None
    )


def _several_on_a_subject(r: Reference, work: str, before: re.Pattern) -> bool:
    """Is the descriptive ``r`` (no number) several documents on one subject, a plural word right before its type word?
    "Thực hiện pháp luật đấu thầu và các Nghị quyết của Chính phủ về mua sắm phục vụ phòng, chống Covid-19" (corpus-
    real-56/doc-sokhdt-ninhthuan-tin-cv3669-skhdt-dau-thau-covid-2021.txt, three times), "tổ chức triển khai thực hiện
    các Nghị quyết của Bộ Chính trị về phát triển vùng" (corpus-real-38/news-qrt-hoi-nghi-toan-quoc-quan-triet-nq24-
    nq53-kl27-2022.txt): a class, not one document, as "các kế hoạch của …" without a subject is (:func:`_names_a_body`);
    the dev pages label none of the 20 "các <Type> (của X) (về Y)" without a number (corpus-real-13 … -56), and none with
    a subject (also "các Quyết định của Thành phố về việc triển khai …", corpus-real-18; "các Nghị định của Chính phủ về
    biên phòng", corpus-real-47). Kept as a plural list's item is (``Found.plural``): no reference, a cue goes on through
    it to what follows."""
    if not r.subject:
        return False
    m = _plural_before(r, work, before)
    return m is not None and m["word"] is not None


#: a congress named to its ordinal, folded: "Đại hội Đảng bộ tỉnh Thái Nguyên lần thứ XIX", "Đại hội XIII"
_NUMBERED_CONGRESS = re.compile(r"dai hoi\b.*\b(?:lan thu [a-z0-9]+|[ivxl]+)")


def _is_own_issuer(f, ctx: Context) -> bool:
    if not f.ref.issuer or not ctx.issuer:  # (the reference's first: the context is read when first asked for)
        return False
    if ctx.doc_type and f.ref.doc_type and ctx.doc_type != f.ref.doc_type:
        return False
    own = fold_key(ctx.issuer)
    theirs = fold_key(f.ref.issuer)
    if theirs == own or own.startswith(theirs + " ") or theirs.startswith(own + " "):
        # "Ban Thường vụ" stands for the document's own "Ban Thường vụ Huyện ủy"
        p = f.ref.issuer_parts
        if p is not None and p.locality and ctx.district and fold_key(p.locality) != fold_key(ctx.district):
            return False
        return True
    return False


# --- identity fields ------------------------------------------------------------------------


def _identity_fields(r: Reference, lex: Lexicon) -> None:
    p = r.issuer_parts
    if r.code_parts is not None:
        r.issuer_code = r.code_parts.issuer_code
        r.level = lex.level_of_code(r.issuer_code)
    elif p is not None and p.code:
        r.issuer_code = r.issuer_code or p.code
        r.level = r.level or p.level
    if p is not None and p.locality:
        r.locality = p.locality


#: the year that closes a name, its word before ("sự 2015", "Nam năm 1992"): a blank before it, "năm" or not
_NAME_YEAR = re.compile(r"(?P<w>\S+)\s+(?:năm\s+)?(?P<y>(?:19|20)[0-9]{2})$")


def _years_closing_laws(found: list, g: Grammar) -> None:
    """The year of each law's name the scan read whole with the year that closes it (a name in lower case, "Hướng dẫn áp
    dụng Bộ luật hình sự 2015 và Nghị quyết 41", corpus-real-59/doc-thukyluat-tin-cv04-tandtc-pc-bo-luat-hinh-su-2015.txt;
    before a parenthesis, "Bộ luật Hình sự 2015 (BLHS 2015)"; "Căn cứ Luật giá 2012;", corpus-real-54; the Constitution by
    its country or its year, the grammar's ``law_cn`` and ``law_cy``, "Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa
    Việt Nam năm 1992", corpus-real-22/hoi-pl-27-2005-pl-ubtvqh11-cuuchienbinh-phapluatcongdong.txt, "Hiến pháp năm 2013",
    the typo'd "Hiến pháp nưc …"): the year it is known by, as after a name read by the grammar ("Luật tổ chức chính quyền
    địa phương 2015", the scan's bare year). The one reader of a year inside a law's name. Labelled with that year on 4
    dev pages of 2 sets (dev54, dev59), never otherwise; not a span of years nor a horizon ("đến năm 2030"), not glued
    ("Luật QP2018", dev53, labelled none)."""
    laws = g.law_types
    for f in found:
        r = f.ref
        if r.year is not None or r.doc_type not in laws or r.date is not None or not r.text[-1:].isdigit():
            continue  # (one loop, the cheap tests first: most references are no law, or have a year)
        m = _NAME_YEAR.search(r.text) if r.kind in ("named", "descriptive") else None
        if m is not None and m.group("w").lower() != "đến" and m.group("w")[-1] not in "-–—/0123456789":
            r.year = int(m.group("y"))


# --- aliases ------------------------------------------------------------------------------


def _aliases(found: list, work: str, g: Grammar, lex: Lexicon) -> dict[str, Reference]:
    """Attach "(sau đây gọi tắt là …)" names; returns folded alias -> reference."""
    table: dict[str, Reference] = {}
    s = work
    index: Optional[_FoundIndex] = None  # (read when a name is first given: most texts give none)
    for i, f in enumerate(found):
        r = f.ref
        if r.nested_in is not None or r.kind == "this":
            continue
        end = r.end
        if r.subject_span and s.find("(", r.end, r.subject_span[0]) < 0:
            # (a short name given between the reference and its subject comes first: "Nghị quyết số 33-NQ/TW (NQ33) về
            # chiến lược bảo vệ biên giới quốc gia", corpus-real-29/news-baobariavungtau-bdbp-soket-nq-33-nq-29-2023.txt)
            end = r.subject_span[1]
        if i + 1 < len(found) and found[i + 1].ref.nested_in is r:  # (a chain follows: its name comes after it)
            end = _chain_end(found, i, end)
        # allow the closing quote/emphasis of the subject, and one line break: a PDF line end before the name given is a
        # space ("… giai đoạn 2023 - 2030⏎(gọi tắt là Kết luận số 48-KL/TW)", the checklist's cue-break)
        k = end
        while k < len(s) and s[k] in _BEFORE_ALIAS:
            k += 1
        m = g.alias_wide.match(s, k) if k < len(s) and s[k] in "( " and s.count("\n", end, k) < 2 else None
        if m and "\n" in m.group("alias"):  # (no blank line in the name: the exact pattern)
            m = g.alias.match(s, k)
        if not m:
            continue
        alias = " ".join(m.group("alias").split()).strip(" ,.;:")
        index = index if index is not None else _FoundIndex(found)
        mention = index.first_within(i, m.start("alias"), m.end("alias") + 1)
        if not m.group("cue") and mention is None:
            continue  # a plain parenthesis, not a name
        target = _alias_target(alias, mention, index.chain(i), lex)
        if target is None:
            continue
        if (
            not m.group("cue")
            and mention is not None
            and mention.ref.code
            and mention.ref.code != target.code
            and (target.code or target is not r)
        ):
            continue  # a parenthesis that gives another symbol
        target.alias = alias
        if mention is not None:
            mention.ref.resolved = target
            mention.ref.note(Flag.ALIAS_MENTION)
        table[fold_key(alias)] = target
    return table


#: what may stand between a reference (or its subject) and the parenthesis that gives its short name
_BEFORE_ALIAS = frozenset('"”»*_ \t\n')


class _FoundIndex:
    """Where the references of ``found`` start and which hang on which, read once: the alias pass looks, for each
    name given, for the mention inside it and the references hanging on the named one; reading the rest of the text
    for each name was quadratic in a long text of many ("… (sau đây gọi tắt là Kế hoạch số 45)" in each plan of a
    compiled report; tests/references/test_linear.py)."""

    def __init__(self, found: list):
        self.found = found
        self.starts = sorted((f.ref.start, j) for j, f in enumerate(found))
        self.below: dict[int, list[int]] = {}  # id of a reference -> the indices of those nested in it, at any depth
        for j, f in enumerate(found):
            x = f.ref.nested_in
            while x is not None:
                self.below.setdefault(id(x), []).append(j)
                x = x.nested_in

    def first_within(self, i: int, lo: int, hi: int):
        """The first of the references after ``found[i]`` that lie within ``lo``..``hi``, or None."""
        first = None
        k = bisect_left(self.starts, (lo, -1))
        while k < len(self.starts) and self.starts[k][0] <= hi:
            j = self.starts[k][1]
            if i < j and (first is None or j < first) and self.found[j].ref.end <= hi:
                first = j
            k += 1
        return None if first is None else self.found[first]

    def chain(self, i: int) -> list[Reference]:
        """``found[i]`` and, after it, the references nested in it at any depth, in the order of ``found``."""
        below = self.below.get(id(self.found[i].ref), [])
        return [self.found[i].ref] + [self.found[j].ref for j in below[bisect_right(below, i) :]]


def _chain_end(found: list, i: int, end: int) -> int:
    """Where the reference ``found[i]``, its subject ending at ``end``, ends with the references that hang on it right
    after it (the name it is given follows them: "Nghị quyết số 117/NQ-CP … của Chính phủ ban hành Kế hoạch thực hiện
    sắp xếp đơn vị hành chính … (gọi tắt là Nghị quyết số 117/NQ-CP)",
    corpus-real-8/kh-252-kh-ubnd-hagiang-sapxep-dvhc-2023.txt)."""
    r = found[i].ref
    for x in found[i + 1 : i + 4]:
        if not _within_chain(x.ref, r) or x.ref.start < end - 1:
            break
        end = x.ref.subject_span[1] if x.ref.subject_span else x.ref.end
    return end


def _within_chain(x: Reference, top: Reference) -> bool:
    while x.nested_in is not None:
        if x.nested_in is top:
            return True
        x = x.nested_in
    return False


def _alias_target(alias: str, mention, chain: list[Reference], lex: Lexicon) -> Optional[Reference]:
    if mention is not None:
        mr = mention.ref
        for c in chain:
            if mr.code and c.code == mr.code:
                return c
        for c in chain:
            if mr.doc_type == c.doc_type and mr.number and c.number and _num(mr.number) == _num(c.number):
                return c
    t = None
    for w in sorted({w for d in lex.doc_types for w in d.words}, key=len, reverse=True):
        if fold_key(alias).startswith(fold_key(w)):
            t = lex.type_by_name(w)
            break
    if t is not None:
        same = [c for c in chain if c.doc_type == t.name]
        if same:
            return same[0]
        return None
    return chain[0] if chain else None


def _num(n: str) -> str:
    """A document number as compared: without its leading zeros ("05" is 5), a letter kept in any case ("4a" is not 4,
    "4A" is 4a)."""
    return n.lstrip("0").lower() or n[:1]


# --- self ------------------------------------------------------------------------------------


#: the document issuing what follows (folded): "QUYẾT NGHỊ BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN …"
_ISSUED_HERE = re.compile(rf"(?<![a-z]){ISSUING_FOLDED}[\s*_]*$")


def _self_refs(found: list, ctx: Context, work: str, g) -> bool:
    """Marks the page's own mentions ``self``; True when a deictic points back at another document (see :func:`_deictic`)."""
    last: dict[str, Reference] = {}  # doc type -> the last cited mention of it (a deictic's antecedent is its target)
    pointing_back = False
    for f in found:
        r = f.ref
        if r.kind == "this":
            _deictic(r, last, ctx, work)
            pointing_back = pointing_back or r.relation == "cites"
        elif r.kind == "code" and r.code and ctx.is_own_code(r.code):
            if (r.locality is None or not (ctx.province or ctx.district) or _same_place(r.locality, ctx)) and not (
                _dated_another_year(r, ctx)
            ):
                r.relation = "self"
        elif r.kind == "descriptive" and (_is_own_issuer(f, ctx) or _issued_in_title(r, work) or _under_title_label(r, work, g)):
            r.relation = "self"
        elif r.kind == "code" and r.start < _TITLE_REACH and on_own_number_line(work, r):
            r.relation = "self"
        if r.relation != "self" and r.kind != "this" and r.doc_type:
            last[r.doc_type] = r
    return pointing_back


def _drop_reported_statements(found: list, work: str, lex: Lexicon) -> None:
    """A deictic "<Type> này" pointing back at a document named before (:func:`_deictic`'s ``cites``) that states the
    document's own scope, effect or make-up, the page reporting its text (vocabulary ``own_statement``): "… Quốc hội
    đã ban hành Luật Đo lường số 04/2011/QH13. Luật này quy định về hoạt động đo lường … Luật này áp dụng đối với các
    tổ chức, cá nhân … Luật này có hiệu lực thi hành từ ngày 01 tháng 07 năm 2012." (corpus-real-55/doc-tdcbinhdinh-tin-
    cong-bo-luat-do-luong-04-2011-qh13.txt), "Quy định này áp dụng đối với cấp uỷ, tổ chức đảng, đảng viên …" (corpus-
    real-31/bai-truong-can-bo-thanh-tra-quy-dinh-178-qd-tw-2024.txt): no mention, none labelled on a dev page (A11's
    unlabelled side: 12 spurious finds on 7 pages of 3 sets before, session 53, s53-spur). Not the subject of a replacing
    ("Quy định này thay thế Quy định số 76-QĐ/TW …"): relate reads the replaced document from it. Asked only when
    :func:`_self_refs` made a deictic point back (most pages have none)."""
    stated, folded = lex.cached("own_statement", _own_statement, lex), folded_text(work)
    found[:] = [
        f
        for f in found
        if not (
            f.ref.kind == "this"
            and f.ref.relation == "cites"
            and stated.match(folded, f.ref.end)
            and not _REPLACING_AFTER.match(folded, f.ref.end)  # (the subject of a replacing: relate reads it)
        )
    ]


#: a replacing in the statement's clause, the deictic its subject (folded): "Quy định này gồm 5 chương, 37 điều, thay
#: thế Quy định 181/QĐ-TW" (corpus-real-35/video-qpvn-vach-tran-xuyen-tac-quy-dinh-102-bo-chinh-tri.txt: the replaced
#: regulation labelled ``replaces``, read from "thay thế" after the deictic)
_REPLACING_AFTER = re.compile(r"[^.;\n]{0,60}?(?<![a-z])thay[ \t]+(?:the|cho)(?![a-z])")


def _own_statement(lex: Lexicon) -> re.Pattern:
    """The words after a "<Type> này" that state the document's own scope, effect or make-up (vocabulary
    ``own_statement``, folded): "quy định", "áp dụng", "có hiệu lực", "gồm"."""
    return re.compile(rf"[ \t]+(?:{folded_alternation(lex.words('own_statement'))})(?![a-z])")


def _presented_in_full(found: list, ctx: Context, work: str, g: Grammar) -> None:
    """A page without a number of its own that presents a document's full text is that document, and every mention of
    it the page's own: "Ban Tuyên giáo Tỉnh ủy trân trọng giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày 18/8/2021 của Ban
    Thường vụ Tỉnh ủy" (corpus-real-7/tu-phuyen-nq11-khcn-toanvan-2021.txt); the headline above "Báo Ấp Bắc điện tử trân
    trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI" names it too
    (corpus-real/nq-daihoi-xi-tiengiang-2020.txt). "Xem toàn văn Quyết định tại đây" is a link, no cue (grammar
    ``full_text``). A bare type word after the cue is not read back to the document named before it: "… ký ban hành
    Kết luận 177 … trân trọng giới thiệu toàn văn Kết luận." is labelled a citation on a news page
    (corpus-real-11/news-thuonghieucongluan-tag-kl177-nq268-2025.txt), "… giới thiệu toàn văn bản Hướng dẫn." the page's
    own (corpus-real/hd-55-btgtw-2022.txt)."""
    if not found or not _says_full_text(work):  # (a cheap test first: few pages say it)
        return
    if ctx.code is not None:  # (asked after: the context is read when first asked for)
        return
    m = g.full_text.search(folded_text(work))
    if m is None:
        return
    own = next((f.ref for f in found if m.end() <= f.ref.start <= m.end() + 2 and f.ref.kind != "this"), None)
    if own is None:
        own = _named_by_its_type(found, folded_text(work), m.end())
    if own is None or (ctx.doc_type is not None and ctx.doc_type != own.doc_type):
        return  # (a type line below is the page's own document: "NGHỊ QUYẾT" under "giới thiệu toàn văn Nghị quyết số …")
    for f in found:
        r = f.ref
        if r is own or (r.doc_type == own.doc_type and r.kind == own.kind and _same_identity(r, own)):
            r.relation = "self"


#: the type word of the document the cue presents, with "này" in place of its name (folded): "Ban quản trị website xin
#: đăng toàn văn Chương trình quan trọng này:", "… đăng tải toàn văn dự thảo Báo cáo quan trọng này."
_PRESENTED_BY_TYPE = re.compile(r"(?:du thao\s+)?(?P<type>[a-z]+(?:\s+[a-z]+)?)\s+(?:quan trong\s+)?nay(?![a-z])")


def _named_by_its_type(found: list, folded: str, at: int) -> Optional[Reference]:
    """The document a full-text cue presents by its type word and "này" (:data:`_PRESENTED_BY_TYPE`): the page's first
    mention of that type, the one its lead reports or its text heads: "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban
    hành Chương trình số 27-CTr/TU về thực hiện Chỉ thị 13-CT/TW … Ban quản trị website xin đăng toàn văn Chương trình
    quan trọng này:" (corpus-real-16/department-snnptnt-hue-ctr-27-ctr-tu-ct13-tw-2017.txt), "… đăng tải toàn văn dự
    thảo Báo cáo quan trọng này. … (Báo cáo của Ban Chấp hành Trung ương Hội Nông dân Việt Nam khoá VII …)"
    (corpus-real-9/hnd-tw-duthao-bcct-daihoi-viii-2023.txt). None when the words after the cue are no such type."""
    t = _PRESENTED_BY_TYPE.match(folded, at)
    if t is None:
        return None
    word = " ".join(t["type"].split())
    return next((f.ref for f in found if f.ref.kind != "this" and f.ref.doc_type and fold(f.ref.doc_type) == word), None)


#: "toàn văn" as pages write it (each a fast substring test; lower-casing the whole text cost more), by the part two of
#: them share ("oàn văn" of "toàn văn" and "Toàn văn")
_FULL_TEXT_WORDS = {
    "oàn văn": ("toàn văn", "Toàn văn"),
    "oan van": ("toan van", "Toan van"),
    "TOÀN VĂN": ("TOÀN VĂN",),
    "TOAN VAN": ("TOAN VAN",),
}


def _says_full_text(work: str) -> bool:
    """Does ``work`` write one of :data:`_FULL_TEXT_WORDS`? The whole text is searched for the four parts, not the six
    words: most pages have none (every document asks; 0.35 ms a pass of the bench's 66 dense texts for the six)."""
    for part, words in _FULL_TEXT_WORDS.items():
        if part in work:
            for w in words:
                if w in work:
                    return True
    return False


def _same_identity(r: Reference, own: Reference) -> bool:
    """Two mentions name one document: the same code, or (named by title) the same issuer."""
    if own.code:
        return r.code == own.code
    return own.kind == "named" and own.issuer is not None and r.issuer == own.issuer


def _deictic(r: Reference, last: dict, ctx: Context, work: str) -> None:
    """ "Kế hoạch này" is the citing document's own, unless the text has no letterhead of its own (a page about
    documents: news, an interview, a portal relaying one) and names a document of that type before it: then it points
    back at that one ("… những điểm mới cơ bản trong Chỉ thị số 35-CT/TW của Bộ Chính trị và một số yêu cầu đặt ra khi
    thực hiện Chỉ thị này", corpus-real-10/news-baoquangtri-diemmoi-ct35-2024.txt). Not one it is listed with: "quán
    triệt Kết luận số 93-KL/TW, Kế hoạch số 41-KH/TU và Kế hoạch này" (corpus/bentre-chauthanh-huyenuy-kehoach-29-…)."""
    # (the own number first: the letterhead alone decides it, where its type may need the whole text read)
    before = last.get(r.doc_type) if ctx.code is None and ctx.doc_type is None else None
    if before is None or (r.start - before.end <= 12 and _SHARE_GAP.match(work[before.end : r.start])):
        r.relation = "self"
    elif _ARTICLE_BEFORE.search(work, (r.start - _ARTICLE_REACH if r.start > _ARTICLE_REACH else 0), r.start):
        # in the articles the document enacts it is the document, its letterhead read or not: "QUYẾT ĐỊNH Điều 1. Ban hành
        # kèm theo quyết định này Quy định … Điều 2. Quyết định này thay thế Quyết định số 1836 QĐ/TWĐTN …" (a page that
        # runs the letterhead into one line, corpus-real-17/youth-2mit-qd-367-qd-twdtn-vp-quydinh-banhanh-vanban-2013.txt)
        r.relation = "self"
    else:
        r.resolved, r.relation = before.target, "cites"  # (relations give it its antecedent's: an alias mention)
        r.note(Flag.ALIAS_MENTION)


#: an article's number, "Điều 2." (the operative part of a decision or resolution), and how far before a deictic it counts
_ARTICLE_BEFORE = re.compile(r"(?<!\w)Điều[ \t]+[0-9]{1,3}[ \t]*[.:]")
_ARTICLE_REACH = 160


def _issued_in_title(r: Reference, work: str) -> bool:
    """A programme or rules the document issues, named in its title in capitals: "NGHỊ QUYẾT BAN HÀNH CHƯƠNG TRÌNH
    HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN KẾT LUẬN SỐ 91-KL/TW …" (the document's own, not a citation)."""
    return (
        r.start < _TITLE_REACH
        and r.text.isupper()
        and bool(_ISSUED_HERE.search(folded_text(work)[(r.start - 30 if r.start > 30 else 0) : r.start]))
    )


def _under_title_label(r: Reference, work: str, g) -> bool:
    """A document named right under a register's title label, near the top: the page's own ("Trích yếu\nChương trình
    của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW …", corpus-real-2/ctr-tu-kontum-nq45-2024.txt;
    grammar ``title_label``)."""
    if r.start >= _TITLE_REACH:
        return False
    a = line_start(work, r.start)
    line = line_start(work, a - 1 if a else 0)  # (the line above too)
    return bool(g.title_label.search(folded_text(work)[line : r.start]))


def _dated_another_year(r: Reference, ctx: Context) -> bool:
    """Is ``r``, numbered as the citing document, dated in another year than it? A body's numbers start again each
    year: "thực hiện chỉ đạo của UBND tỉnh tại Chỉ thị số 07/CT-UBND ngày 31/5/2021" in the province's Chỉ thị "Số:
    07/CT-UBND … ngày 26 tháng 4 năm 2023" (corpus-real-20/ct-07-ct-ubnd-2023-lamdong-chanchinh-leloi-
    thuvienphapluat.txt) is an earlier directive, labelled implements."""
    return r.date is not None and ctx.date is not None and r.date.year != ctx.date.year


def _same_place(locality: str, ctx: Context) -> bool:
    k = fold_key(locality)
    return k in (fold_key(ctx.province or ""), fold_key(ctx.district or ""), fold_key(ctx.commune or ""))


# --- short forms -----------------------------------------------------------------------------


def _short_forms(found: list, aliases: dict[str, Reference], lex: Lexicon) -> None:
    # (type, number) -> the coded references, in text order (looked up, not scanned); made for the first short form:
    # most texts have none, and nothing below changes what it reads (a coded reference's type, number and relation)
    by_number: Optional[dict[tuple, list]] = None
    picked: dict[tuple, tuple] = {}

    def pick(key: tuple, p: Optional[IssuerParts]) -> tuple:
        """The candidates of a short form, their keys and starts; the same for every short form of one
        number and issuer, so worked out once (a compiled PDF repeats "Kết luận số 93" hundreds of times)."""
        nonlocal by_number
        ck = (key, p)
        if ck not in picked:
            if by_number is None:
                by_number = {}
                for f in found:
                    if f.ref.kind == "code" and f.ref.relation != "self":
                        by_number.setdefault((f.ref.doc_type, _num(f.ref.number or "")), []).append(f)
            cands = by_number.get(key, [])
            cands = [c for c in cands if _type_agrees(c.ref, lex)] or cands
            if p is not None:
                same_body = [c for c in cands if c.ref.issuer_parts is not None and c.ref.issuer_parts.body == p.body]
                cands = same_body or [c for c in cands if c.ref.issuer_parts is None or _same_family(c.ref.issuer_parts, p)]
            picked[ck] = (cands, {c.ref.key for c in cands}, [c.ref.start for c in cands])
        return picked[ck]

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
        p = r.issuer_parts if r.issuer else None
        cands, keys, starts = pick((r.doc_type, _num(r.number or "")), p)
        if not cands:
            r.note(Flag.UNRESOLVED)
            continue
        if len(keys) > 1:
            r.note(Flag.AMBIGUOUS, ", ".join(sorted({c.ref.code or "" for c in cands})))
            continue
        k = bisect_left(starts, r.start)  # the last candidate before the short form, else the first
        r.resolved = (cands[k - 1] if k else cands[0]).ref


def _type_agrees(r: Reference, lex: Lexicon) -> bool:
    cp = r.code_parts
    if cp is None or not cp.type_abbr:
        return True
    return any(t.name == r.doc_type for t in lex.types_by_abbr(cp.type_abbr, cp.system))


def _same_family(a: IssuerParts, b: IssuerParts) -> bool:
    if a.code and b.code:
        return a.code == b.code or (a.level == b.level == "central")
    return True


# --- keys -------------------------------------------------------------------------------------


def _code_keys(found: list, ctx: Context, lex: Lexicon) -> None:
    """The key of every coded reference; a locality the key takes from the citing
    document is written on the reference ("Tỉnh ủy" in a Phú Thiện plan is Gia Lai's)."""
    codes: dict[str, list] = {}
    for f in found:
        if f.ref.kind == "code" and f.ref.code:
            codes.setdefault(f.ref.code, []).append(f)
    summaries = {code: Siblings(fs, lex) for code, fs in codes.items()}
    # key_of reads only these fields of a reference (with ctx and the code's siblings, the same for the whole text):
    # citations written alike ("Kết luận số 93-KL/TW" again and again) get their key worked out once. The parts
    # are told apart by identity (each reference holds its own, so no id is reused while this runs).
    known: dict[tuple, tuple[Optional[str], Optional[str], bool]] = {}
    for f in found:
        r = f.ref
        if r.kind == "code" and r.code:
            ident = (r.code, id(r.code_parts), id(r.issuer_parts), r.issuer, r.date, r.term, r.year, r.locality)
            got = known.get(ident)
            if got is None:
                k = key_of(r, ctx, summaries[r.code], lex=lex)
                got = known[ident] = (intern(str(k.key)) if k.key is not None else None, k.inherited, k.noted)
            r.key, inherited, noted = got
            if inherited and r.locality is None:
                r.locality = inherited
            if noted:
                r.note(Flag.LOCALITY_FROM_CONTEXT)


def _other_keys(found: list, ctx: Context, lex: Lexicon) -> None:
    own_key: object = _UNSET  # the citing document's own key, made for its first self-reference
    for f in found:
        r = f.ref
        if r.resolved is not None:
            r.key = r.resolved.key
        elif r.kind == "short" and r.number and r.doc_type and (r.issuer or r.term):
            r.key = _short_key(r, ctx, lex)
        elif r.kind == "named" and r.name and r.key is None:
            r.key = named_key(r, ctx, lex)
        elif r.relation == "self" and ctx.code and r.key is None:
            if own_key is _UNSET:
                own = Reference(0, 0, "", code=ctx.code, date=ctx.date, year=ctx.date.year if ctx.date else None)
                own_key = make_key(own, ctx, lex=lex)
            r.key = own_key


_UNSET = object()  # (a key not worked out yet: None is a key too)


def _short_key(r: Reference, ctx: Context, lex: Lexicon) -> Optional[str]:
    """ "Chỉ thị 42 của Bộ Chính trị Khóa 8" -> 42-CT/TW#VIII: the symbol follows from
    the type and the issuer."""
    p = r.issuer_parts
    abbr = lex.party_abbr(r.doc_type or "")
    if abbr is None or p is None or p.system != "party" or not p.code:
        return None
    tmp = Reference(
        0, 0, "", code=f"{r.number}-{abbr}/{p.code}", date=r.date, term=r.term, issuer=r.issuer, locality=r.locality, year=r.year
    )
    return make_key(tmp, ctx, lex=lex)
