"""Page numbers a flattened PDF left inside a reference, read around.

A PDF whose pages were joined into one text keeps each page's number where the page broke, a lone number between two
words of what is one citation: "Quyết định số 1121/QĐ-UBND việc ban hành Quy chế xét, 62 cho phép doanh nhân …"
(corpus-real-28/congbao-tiengiang-129-2011-mucluc-123docz.txt), "Nghị 12 quyết số 57", "của Ban 114 Bí thư". A number
of one to three digits is taken out (on a copy with an offset map, a layer of the :class:`vanban.source.Source`) only
where a reference the scan found stops at it, never by a pass over the page's text ("5 năm", "Chương trình 135", "Đề án
06", "Quyết định 62" are numbers of the text; a pass of a regular expression over every text cost 12.7% of
find_references' instructions on dense text, 24% on sparse):

- a reference read from its "số" on, the type before it split by the number or cut from it, without diacritics:
  "huong 98 dan so 55-HD/BTGTW", "huong dan 42 so 55-HD/BTGTW" (a type's own bare number is never followed by "số" and
  another number; "chuong 2 trinh bay" is a chapter's number);
- the issuer after a reference, not read or cut short at the number (or one to three words before it: "của UBND tỉnh
  115 Quảng Trị" read "UBND"), that the grammar reads on without it: "của Ban 114 Bí thư Trung ương Đảng", "của 53 Bộ
  Chính trị", "của Bộ Chính 154 trị", "cua Bo 174 Chinh tri";
- the issuer after a reference read through the number (a name's reader or a locality's number lets the reader go on:
  "của Ban 114 Bí thư Trung ương Đảng", "của Bộ Chính 91 trị"), the word before it none a number belongs to (vocabulary
  ``number_word``: "Quận ủy Quận 3", "Quân khu 7"); the issuer's parts tell where to look, no search over the text;
  a body's name no issuer table knows, read after a date, is read again by that name's reader ("của Hội đồng Bộ 112
  trưởng"; not after a body's kind that may take a number: "Công ty 189 Bộ Quốc phòng");
- the issuer after a "của" an OCR misread, read as text without marks: "củà Bạn Chấp hành 82 Trũng ương Đảng";
- between a reference without a date and its "ngày": "của Bộ Chính trị, 177 ngày 16/4/2010".

A type split by the number, before the type's number ("Nghị 127 quyết số 57", "Chỉ thị 41 số 17", "quy 198 định 144
của Bộ Chính trị", "công văn 167 số 3597"), the scan reads itself (the type words' pattern has a branch for it,
:func:`vanban.grammar.patterns._page_split` and ``_page_split_lower``, and a bare number before "số" and another is passed
over, ``scan._Parser._number_after_page``): no pass over the text.

:func:`page_numbers` gives the spans to take out (the blank before the number with it: "Ban 114 Bí" reads "Ban Bí");
the references are then read again on the copy and their offsets are the caller's, the number inside their span.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..facts import Lexicon
from ..grammar.patterns import grammar
from ..grammar.vocab import BEFORE_ISSUER_OF, BODY_KIND_LISTS, ISSUER_OF
from ..model import Reference
from ..text import fold

__all__ = ["page_numbers"]

#: a lone number of one to three digits between blanks, before a word (group 1); the number a page break left is one,
#: and so are "5 năm", "ngày 20", "Chỉ thị 42": the words around it tell (led by a blank: the engine skips to one)
_LONE = re.compile(r"[ \t\n]+([0-9]{1,3})[ \t\n]+(?=[^\W\d_])")  # (searched in a window before a reference only)
_BLANKS = re.compile(r"[ \t\n]+")
#: "số" and its number after the lone one, folded: "Chỉ thị 41 số 17"
_SO = re.compile(r"so[ \t\n]*[0-9]")


def _number_word(word: str, lex: Lexicon) -> bool:
    """Is ``word`` one a number after which is its own ("ngày 20", "khóa 12", "lần thứ 3", "Quận 3"; vocabulary
    ``number_word``)? In its spelling, any case; folded only in a text without diacritics ("ngay 20"): "Thủ 91 tướng
    Chính phủ" is no "thứ 91"."""
    exact, folded = lex.cached("page_number_words", _number_words, lex)
    w = word.lower()
    return w in exact or (w.isascii() and w in folded)


def _number_word_before(text: str, lo: int, a: int, lex: Lexicon) -> bool:
    """Is the word that ends at ``a`` (it starts at ``lo`` at the earliest) one a number after which is its own: "Quận"
    in "Quận ủy Quận 3", "ngày" in "của Tỉnh ủy ngày 20 tháng 8"; or do the words there end with a steering committee's
    name (:func:`_committees`: "của Ban Chỉ đạo 35 tỉnh")?"""
    w = a
    while w > lo and text[w - 1].isalpha():
        w -= 1
    if _number_word(text[w:a], lex):
        return True
    names, last_words = lex.cached("page_number_committees", _committees, lex)
    return text[w:a].lower() in last_words and _words_before(text, lo, a).endswith(names)  # (the last word first: cheap)


def _words_before(text: str, lo: int, a: int) -> str:
    """The words of ``text[lo:a]`` in lower case, one blank before each: " ban chỉ đạo"."""
    return " " + " ".join(text[lo:a].lower().split())


def _number_words(lex: Lexicon) -> tuple[frozenset, frozenset]:
    words = lex.words("number_word")
    return frozenset(words), frozenset(map(fold, words))


#: folded words that take a number of their own, first words of a type too ("Chương trình", "Điều lệ")
_NUMBERED_HEADS = frozenset({"chuong", "dieu"})
_NUMBER_AFTER = re.compile(r"(?:so)?[0-9]")


class _Types(NamedTuple):
    split: dict  # (last word before the number, first word after), folded -> [(words before, words after)], blanks out
    whole: tuple  # the type words folded, their blanks out ("nghiquyet"), longest first


def _types(lex: Lexicon) -> _Types:
    """The type words as the checks read them (:class:`_Types`), built once per lexicon."""

    def build() -> _Types:
        words = sorted({fold(w) for w in (*lex.type_words, *lex.words("generic_type"))}, key=lambda w: (-len(w), w))
        split: dict = {}
        for w in words:
            parts = w.split()
            for j in range(1, len(parts)):
                split.setdefault((parts[j - 1], parts[j]), []).append(("".join(parts[:j]), "".join(parts[j:])))
        return _Types(split, tuple(w.replace(" ", "") for w in words))

    return lex.cached("page_number_types", build)


def _in_a_type(text: str, m: re.Match, t: _Types) -> bool:
    """Is the lone number of ``m`` inside a type's words ("Nghị 127 quyết", "KẾ 88 HOẠCH", "Chương trình 88 hành động",
    "Nghi 5 quyet") or between them and "số" and its number ("Chỉ thị 41 số 17", "Nghịquyết 47 số 12")?"""
    a, e = m.start(), m.end()
    before = _BLANKS.sub("", fold(text[a - 24 if a > 24 else 0 : a]))
    after = fold(text[e : e + 24])
    if _SO.match(after):
        return before.endswith(t.whole)
    i = a
    while i and text[i - 1].isalpha():
        i -= 1
    k = e
    while k < len(text) and (text[k].isalpha()):
        k += 1
    pair = (fold(text[i:a]), fold(text[e:k]))
    after = _BLANKS.sub("", after)
    for left, right in t.split.get(pair, ()):
        if before.endswith(left) and after.startswith(right):
            # a word that takes a number itself ("Chương 2 trình bày", "Điều 5 lệ phí") splits a type only when the
            # type's number follows: "Chương 102 trình số 51-CTr/TU"
            return pair[0] not in _NUMBERED_HEADS or bool(_NUMBER_AFTER.match(after, len(right)))
    return False


#: after a reference, the word its issuer follows: ", của Ban …", "do Bộ …" (vocab.ISSUER_OF), as written or folded
_OF = re.compile(rf"{BEFORE_ISSUER_OF}(?:{ISSUER_OF}|cua)[ \t\n]+", re.IGNORECASE)
#: "của" with marks an OCR misread ("củà Bạn Chấp hành Trũng ương Đảng", "củá"), "cua" once folded (see _of_after)
_OF_MARKED = re.compile(BEFORE_ISSUER_OF + r"(?P<w>[cC][^\W\d_]{2})[ \t\n]+")


def _of_after(text: str, end: int) -> re.Match | None:
    """The word an issuer follows after a reference ending at ``end`` (:data:`_OF`), or "của" with marks an OCR misread,
    as the grammar reads it: "Kết lúận số 121-KL/TW, ngàỷ 24/01/2025 củà Bạn Chấp hành Trũng ương Đảng" (corpus-real-24/
    the OCR'd page of a dev sentence, tests/references/test_pages.py)."""
    if (m := _OF.match(text, end)) is not None:
        return m
    m = _OF_MARKED.match(text, end)
    return m if m is not None and fold(m.group("w")) == "cua" else None


#: the issuer's words up to a lone number inside it, at most twelve words (or dashes) before it ("Ban Thường vụ Tỉnh 16
#: ủy", "Ban Thường vụ Tỉnh ủy Bắc 174 Kạn", "Thông tư số 09/2022/TT-BLĐTBXH ngày 25 tháng 5 năm 2022 của Bộ trưởng Bộ Lao
#: động - Thương binh và Xã 167 hội hướng dẫn": the checklist's page-number form of corpus-real-2/qd-15-2023-qd-ubnd-
#: tiengiang.txt, ten before the number)
_IN_ISSUER = re.compile(r"(?:(?:[^\W\d_]+|[-–])[ \t\n]+){0,12}?(?P<n>(?<=[ \t\n])[0-9]{1,3})[ \t\n]+[^\W\d_]")
#: after an issuer as read, one to three words and a lone number before a word: the issuer cut words before a page
#: number ("của UBND tỉnh 115 Quảng Trị" read "UBND", "của Hội Chữ thập đỏ 134 Việt Nam" read "Hội Chữ thập đỏ")
_CUT_BEFORE = re.compile(r"(?:[ \t\n]+(?:[^\W\d_]+|[-–])){1,3}?[ \t\n]+[0-9]{1,3}[ \t\n]+[^\W\d_]")
#: after a reference without a date, a lone number before its "ngày" ("Bộ Chính trị, 177 ngày 16/4/2010")
_BEFORE_DATE = re.compile(r"[ \t\n]*,?(?P<n>[ \t\n]+[0-9]{1,3})[ \t\n]+ngày[ \t\n]+[0-9]")


#: a lone number inside an issuer as read, words after it: "của Ban 114 Bí thư Trung ương Đảng", "của Bộ Chính 23 trị"
_THROUGH = re.compile(r"[ \t\n]([0-9]{1,3})[ \t\n]+(?=[^\W\d_])")


def _read_through(text: str, r: Reference, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a page number inside the issuer of ``r`` read through it ("của Ban 114 Bí thư Trung ương
    Đảng" read as "Ban 114 Bí thư Trung ương Đảng": the locality's numbers let the reader go on), when the word before
    it takes no number ("Quận 3 Thành phố Hồ Chí Minh", "Quân khu 7") and the issuer read without it ends past it."""
    # (read through a number: by a name's reader, the issuer not parsed, or by a locality's number; the parts tell, no
    # search over the text: "Ban 114 Bí thư Trung ương Đảng", "Bộ Chính 40" (locality "40"))
    parts = r.issuer_parts
    loc = parts.locality if parts is not None else None
    if parts is not None and (not loc or loc.replace(" ", "").isalpha()):
        return None
    p, e = r.issuer_span
    if (m := _THROUGH.search(text, p, e + 2)) is None or m.end(1) > e:
        return None
    a, b = m.start(), m.end(1)
    while a > p and text[a - 1] in " \t\n":
        a -= 1
    if a == p or not text[a - 1].isalpha() or _number_word_before(text, p, a, lex):
        return None
    gap = a - p
    g = grammar(lex, "exact")
    rest = text[p:a] + text[b : b + 120]
    if (now := g.issuer.match(rest)) is not None and now.end() > gap + 1:
        return (a, b)
    return _name_read_through(text, p, a, b, rest, lex)


def _name_starts(lex: Lexicon, *lists: str) -> tuple[str, ...]:
    """The words of the vocabulary ``lists`` in lower case, a blank before each: " công ty", " đoàn"
    (``organisation_kind``, ``organ_word``: the words a body's name starts with); " ban chỉ đạo" (``committee_noun``)."""
    return tuple(" " + w.lower() for w in {w for name in lists for w in lex.words(name)})


def _committees(lex: Lexicon) -> tuple[tuple[str, ...], frozenset]:
    """A body set up for one task (vocabulary ``committee_noun``), in lower case, a blank before each: " ban chỉ
    đạo"; and their last words ("đạo", "tác"). A number after one is the name's own, never a page number, whatever
    follows: "Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của Ban Chỉ đạo 35 cấp tỉnh" (bathuoc.thanhhoa.gov.vn,
    print.aspx?p=5995), "Ban chỉ đạo 35 tỉnh" (baotuyenquang.com.vn), "Ban Chỉ đạo 35 Trung ương", "Ban Chỉ đạo 389",
    "Ban Chỉ đạo 138": committees named by the resolution or decision that set them up."""
    names = _name_starts(lex, "committee_noun")
    return names, frozenset(n.rsplit(" ", 1)[-1] for n in names)


#: what a body's name read after a date is read after (see _name_read_through)
_OF_NAME = "của "


def _name_read_through(text: str, p: int, a: int, b: int, rest: str, lex: Lexicon) -> tuple[int, int] | None:
    """The span ``(a, b)`` of a page number inside a body's name no issuer table knows, read whole after a date
    (``Grammar.organ_after_date``: its words run on past a number in exact text), when the name read without it still
    runs past it: "Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại 127 hội đại biểu các dân tộc thiểu số Việt
    Nam" (the checklist's page-number form of corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-
    vanbanphapluat.txt), "của Hội đồng Bộ 112 trưởng". A number after a body's kind (vocabulary ``organisation_kind``,
    ``organ_word``) that is the name's first word or before a capital may be the name's own and is left: "của Đoàn
    155", "Đảng ủy Công ty 189 Bộ Quốc phòng"."""
    before = _words_before(text, p, a)
    heads = lex.cached("page_number_heads", _name_starts, lex, *BODY_KIND_LISTS)
    if (
        before.endswith(heads)
        and (before in heads or rest[a - p :].lstrip(" \t\n")[:1].isupper())
        and not _head_goes_on(rest[a - p :], lex)
    ):
        return None  # ("của Công ty 189 Bộ Quốc phòng"; not "của Hội đồng Bộ 112 trưởng", "của Ban 82 Chấp hành")
    m = grammar(lex, "exact").organ_after_date.match(_OF_NAME + rest)
    return (a, b) if m is not None and m.end("name") > len(_OF_NAME) + a - p + 1 else None


def _head_goes_on(after: str, lex: Lexicon) -> bool:
    """Do the words ``after`` a number that follows a body's kind ("Ban") go on with the kind's own second part, a
    word pair that never names the body (vocabulary ``organisation_not_name``: "Chấp hành", "Chỉ đạo", "Thường vụ",
    "Thường trực")? Then the number stands inside the body's head and is a page number, not the name's own: "Nghị
    quyết số 18 ngày 25/10/2017 của Ban 82 Chấp hành Trung Đảng khoá XII" (the checklist's page-number form of
    corpus-real-11/news-thuonghieucongluan-tag-kl177-nq268-2025.txt), "Thông báo số 24-TB/BCĐ ngày 23/12/2019 của Ban
    120 Chỉ đạo các ngày Lễ tỉnh" (of corpus-real-25/border-locninh-binhphuoc-kyniem-ngay-bienphong-toandan-2020-tb-24.txt):
    a steering committee's number follows its "Chỉ đạo" ("Ban Chỉ đạo 35 tỉnh"), never stands before it."""
    pairs = lex.cached("page_number_not_names", _name_starts, lex, "organisation_not_name")
    return " " + " ".join(after.split()[:2]).lower() in pairs


_BLANK = frozenset(" \t\n")
_KINDS = frozenset({"code", "short"})


def _number_in_issuer(text: str, p: int, misread: bool, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a lone number inside the issuer that starts at ``p`` (cut short at it, or a few words before it, or
    not read after its "của"), when the issuer reads on without it: "của UBND tỉnh 115 Quảng Trị", "của 53 Bộ Chính trị";
    ``misread``: the "của" before it an OCR misread ("củà"), the issuer read without marks too."""
    if not (m := _IN_ISSUER.match(text, p)):
        return None
    a, b = m.span("n")
    while text[a - 1] in " \t\n":
        a -= 1
    if _number_word_before(text, p, a, lex):
        return None  # (a number a word takes: "của Tỉnh ủy ngày 20 tháng 8")
    g = grammar(lex, "exact")
    was = g.issuer.match(text, p)
    if was is not None and was.end() > b:
        return None  # (the issuer reads through the number and on: see _read_through)
    gap = a - p if a > p else 0  # (the number right after "của": "của 53 Bộ Chính trị")
    rest = text[p : p + gap] + (text[b : b + 120] if gap else text[b : b + 120].lstrip(" \t\n"))
    now = g.issuer.match(rest)
    if now is None and (rest.isascii() or misread):  # (a text without its diacritics: "cua Bo 174 Chinh tri"; one
        # whose marks an OCR misread, its "của" too: "củà Bạn Chấp hành 82 Trũng ương Đảng")
        now = grammar(lex, "folded").issuer.match(fold(rest))
    if now is not None and now.end() > gap + 1:
        return (a, b)
    if now is None and gap and _name_read_through(text, p, a, b, rest, lex) is not None:
        # a body's name no issuer table knows, cut at the number, read on past it by the reader of a name after a
        # date once it is out: "Thông báo số 24-TB/BCĐ ngày 23/12/2019 của Ban Chỉ 133 đạo các ngày Lễ tỉnh" read
        # "Ban Chỉ" (the checklist's page-number form of corpus-real-25/border-locninh-binhphuoc-kyniem-ngay-
        # bienphong-toandan-2020-tb-24.txt: the grammar's issuer reads no "Ban Chỉ đạo …" the table does not know)
        return (a, b)
    return None


def page_numbers(text: str, found: list[Reference], lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of ``text`` that hold a page number inside a reference (see the module doc), sorted, disjoint.

    >>> from vanban.facts.lexicon import current
    >>> from vanban.references import find_in
    >>> t = "Ban Tuyen giao Trung uong ban hanh huong 98 dan so 55-HD/BTGTW ve tuyen truyen"
    >>> [t[a:b] for a, b in page_numbers(t, find_in(t, lex=current()), current())]
    [' 98']
    """
    out: list[tuple[int, int]] = []
    t = None
    for r in found:
        if r.kind not in _KINDS:
            continue
        a = r.start
        if text[a] in "sS":
            # a reference read from its "số" on, its type before it lost to a number inside it or after it
            # ("Hướng 98 dẫn số 55-HD/BTGTW", "Hướng dẫn 42 số 55-HD/BTGTW")
            for m in _LONE.finditer(text, a - 40 if a > 40 else 0, a + 1):
                t = t or _types(lex)
                if _in_a_type(text, m, t):
                    out.append((m.start(), m.end(1)))
        if r.date is None and (m := _BEFORE_DATE.match(text, r.end)):
            out.append(m.span("n"))
        sp = r.issuer_span
        if sp is not None and (cut := _read_through(text, r, lex)) is not None:
            out.append(cut)  # (the issuer read through the number)
            continue
        if sp is not None and sp[1] <= r.start:
            # an issuer given from before the reference, a list's intro, leaves its own "của" after it to read: "các văn
            # bản hướng dẫn của Tổng Liên đoàn Lao động Việt Nam: …, theo Quyết định số 217-QĐ/TW của 120 Bộ Chính trị"
            # (the checklist's page-number form of corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt)
            sp = None
        if sp is not None:
            e = sp[1]  # (an issuer read whole is the common case: only one cut short at a number, or a few words before
            # one, is read again: "của UBND tỉnh 115 Quảng Trị", corpus-real-2/qd-41-2019-qd-ubnd-quangtri-truncated.txt)
            if text[e : e + 1] not in _BLANK or not (text[e + 1 : e + 2].isdigit() or _CUT_BEFORE.match(text, e)):
                continue
            p, misread = sp[0], False
        elif m := _of_after(text, r.end):
            p, misread = m.end(), m.re is _OF_MARKED
        else:
            continue
        if (cut := _number_in_issuer(text, p, misread, lex)) is not None:
            out.append(cut)
    out.sort()
    return [s for i, s in enumerate(out) if not i or s[0] >= out[i - 1][1]]
