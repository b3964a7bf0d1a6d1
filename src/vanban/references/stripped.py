"""Text whose every non-ASCII letter an encoding error deleted, read through a restored copy.

A Word file saved through a single-byte code page can lose each letter it has no byte for, not only its marks:
"Cn c Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003 ca Th tng Chnh ph" for "Căn cứ Quyết định số
153/2003/QĐ-TTg ngày 10 tháng 7 năm 2003 của Thủ tướng Chính phủ" (corpus-real-22/qd-58-2010-qd-ttg-dieule-truong-
daihoc-dhcd-mat-dau.txt). The lossy class of :func:`vanban.text.quality` keeps "Chính", "đ" and the base letters;
here even "đ", "ư", "í" are gone, so no grammar word is left whole.

:func:`restore` writes back, on a copy with an offset map (:func:`vanban.text.edited`, a layer of the
:class:`vanban.source.Source`), a closed vocabulary whose stripped spelling is unmistakable (each spelled with its
non-ASCII letters deleted, as the damage writes it; a spelling two words share is left alone): the type words, the
issuers of ``issuers.csv``, the words of a citation ("số", "năm" and "Điều" before a number, "ngày", "tháng", "của",
"này", "Căn cứ", "về việc", "ban hành", "thay thế", "sửa đổi, bổ sung một số điều"), the cues of a relation
(vocabulary ``trigger``, ``preamble_opener``), then the gazetteer's provinces and districts, and the letters a symbol
lost ("Q-TTg" -> "QĐ-TTg", "TTr-BGDT" -> "TTr-BGDĐT"). Offsets reported are the caller's: the reference's ``text`` is
the damaged spelling as written, its fields are read on the restored copy ("Thủ tướng Chính phủ").
The words around an issuer and a relation's cue come from the vocabulary too (the verbs that make an organ the subject,
the organ words, "Hội nghị", "tổng kết", "tiếp tục", a page's "Trích yếu", "Trên đây là", the agent of a change's
"bằng", a look back's "những năm qua"), where one word of the stripped spelling keeps no vowel; and a few
words by their context: "khóa" before a term's numeral, "hơn" and "năm" beside a number, "và" before a type in
capitals, "các" ("Cn c cc Ngh nh ca Chnh ph"), and a symbol's parts the vocabulary lists ("SLĐTBXH", "CTHĐ"). A
common word wins over a place of the same stripped spelling ("thnh ph" is "thành phố", not the district Thạnh Phú).
Each phrase is read with the tone of an open "oa", "oe", "uy" on either vowel ("Tnh y" and "Tnh u" are "Tỉnh ủy" and
"Tỉnh uỷ"); "tháng" only before a number ("Ban Thng trc" is "Ban Thường trực"); a symbol's parts with the blanks copied
pages write beside its separators ("47 - Q/TW"); "Đề án" before its number, its first word lost whole ("  n s 01"); the
word after a type and its bare number (vocabulary ``short_follow``: "Ch th 42 s l" is "Chỉ thị 42 sẽ là"); "xã" before
a commune's name; "về" after a reference's symbol, year or issuer, before its subject in lower case (not before a name
or "của": "và"); "có" before a document without a name ("c vn bn"), "tại" before a document or a meeting ("ti Cng vn
s", "ti Hi ngh"); a phrase glued to the next word at its capital ("caB Chnh tr", "củaBộ Chính trị") or after a symbol's
capitals ("TWngy"); a type word two of whose words are glued ("Nghquyt s 12", "Nghịquyết"); "và" between two cues of a
relation ("qun trit v thc hin", "quán triệt và thực hiện"); a place's name after its unit word, looked up among the places
of that kind ("Tnh y Lng Sn" is "Tỉnh ủy Lạng Sơn", not the district Lương Sơn; "x Qung Ph" the commune Quảng Phú).
Where a phrase's last words start a phrase of more words, that one wins ("Trng ban Dn tc" is "Trưởng Ban Dân tộc").
A state office's field after another organisation's head is one name, its field in capitals ("Phng T php" is "Phòng Tư
pháp", not "phường"; "cc dn tc" stays "các"); "Đề án" lost whole before a review ("  n tng kt"), "và" before a body's
direction and "của" ("v ch o ca UBND tnh"), and a direction that lost its first word whole ("  kin ch o", "ý kiến chỉ
đạo"). A second word after a type and its bare number ("Ch th 42 vn cn", "vẫn còn"); "về" after a term ("kho XI v xy
dng") or a name's last words in capitals ("Tp on TKV v tp trung"), not before a type; "và" before a type in capitals ("S
66 V NGH QUYT S 68"), before a nominalised cue ("v kinh nghim trin khai") and between a review's leadings ("ch o v t
chc"); "năm" after a number in words ("hai nm"); a review's manner after its cue ("nh gi ton din"); an agent's verb
that lost its first word whole ("Ban B th  ban hnh", "đã ban hành"); a plural's word before a type ("nhiu ch th").
Only a text :func:`is_stripped` says is damaged so is touched: a page by its dates' words, a sentence by its words
without a vowel.

A page whose font or code page lacked only a few letters loses those and keeps the rest ("Luật Ngân hàng Nhà nước
ViệtNam s 46/2010/QH12", "Pháp lệnh ngoại hi", "một s điu": every "ố" gone, corpus-real-28/tt-15-2015-tt-nhnn-
giaodich-ngoaite-luatminhkhue.txt). The same restore reads it, its lost letters a parameter: :func:`lost_letters`
infers them (a letter the text does not hold while the vocabulary's words that need it stand with a gap, "s 46",
"Quyt định", "Ch thị", "Ban B thư", a province's name, "UBND tỉnh Qung Trị"), and the vocabulary is spelled with exactly
those letters deleted ("một s điu" is "một số điều"); a capital lost, in capitals too, written back only where the page
writes capitals (a heading that lost "Ủ": "CA BAN BÍ THƯ" is "CỦA BAN BÍ THƯ", "làm ca đêm" stays). A clean text pays
a search for each letter it lacks of the vocabulary's; the dev excerpts and case sentences: it fires on none but the
page damaged in part, corpus-real/tb-278-tw-2009-encoding-loss.txt.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from functools import cache
from itertools import chain, compress, repeat
from typing import NamedTuple, Optional

from ..facts import Lexicon
from ..facts.gazetteer import REFORM_DATE, districts_of, provinces, unit_kind, units_of
from ..facts.lexicon import current
from ..facts.words import compound_words
from ..source import Source
from ..text import CODA, ONSET, edited, fold
from ..text import strip_letters as _strip

__all__ = ["is_stripped", "restore", "restored_source"]


def _cited_number_words(lex: Lexicon) -> tuple[str, ...]:
    """The words a citation writes before a number: a date's ("ngày 10", "tháng 7", "năm 2003") and "số" ("Quyết định
    số 153/2003/QĐ-TTg"), vocabulary ``number_word`` valued ``cited``; each is read in three spellings, full, without
    its marks and with its non-ASCII letters deleted."""
    return tuple(w for w, v in lex.pairs("number_word") if v == "cited")


def _dates(lex: Lexicon) -> tuple[tuple[re.Pattern, ...], re.Pattern]:
    """Those words before their number with their non-ASCII letters deleted ("ngy 10", "thng 7", "nm 2003" and "s":
    "Quyt nh s 153/2003/Q-TTg"), and written whole ("ngày 10"); built once per lexicon.

    The first in capitals too (a title: "CH TH S 12-CT/TW NGY 05 THNG 01 NM 2022 CA BAN B TH") and capitalised (one
    pattern a word and a case, each led by its word and its look-behind after it: the engine skips to the word's letters
    as to a literal; one alternation led by a look-behind tried it at every character, 0.57M instructions on a
    6,000-character English page, the four 0.2M; no two words' matches overlap, so their counts add up to the
    alternation's)."""

    def build() -> tuple[tuple[re.Pattern, ...], re.Pattern]:
        words = _cited_number_words(lex)
        stripped = tuple(
            re.compile(v + r"(?<![^\W\d_]" + v + r")[ \t\n]+[0-9]")
            for w in map(_strip, words)
            for v in dict.fromkeys((w, w.capitalize(), w.upper()))
        )
        full = re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")[ \t\n]+[0-9]", re.IGNORECASE)
        return stripped, full

    return lex.cached("stripped_dates", build)


def _plain(lex: Lexicon) -> re.Pattern:
    """A citation's words written whole without their marks, which a text that lost its non-ASCII letters cannot hold:
    the words before a number ("ngay 10", "so 153") and the words of vocabulary ``unmarked_word`` ("cua", "Bi thu",
    "Chi thi", "thuc hien"), in any case; built once per lexicon."""

    def build() -> re.Pattern:
        numbered = "|".join(map(fold, _cited_number_words(lex)))
        words = "|".join(re.escape(fold(w)) for w in lex.words("unmarked_word")) or "(?!)"
        return re.compile(
            rf"(?<![^\W\d_])(?:(?:{numbered})[ \t\n]+[0-9]|(?:{words})(?![^\W\d_]))",
            re.IGNORECASE,
        )

    return lex.cached("stripped_plain", build)


#: a word in lower case or capitalised, not a part of a symbol ("QĐ-TTg", "TTr-BGDĐT") nor of an abbreviation
_WORD = re.compile(r"(?<![\w/.-])[A-Za-z]?[a-z]+(?![\w/-])")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")
#: a vowel, with its marks or without (every non-ASCII letter of Vietnamese but "đ" is one)
_VOWEL_ANY = re.compile(r"[aeiouyAEIOUY]|[^\W\d_A-Za-zđĐ]")


@cache
def _deleter(lost: str = ""):
    """The spelling a text that lost the letters ``lost`` writes: every non-ASCII letter when empty
    (:func:`vanban.text.strip_letters`, "Th tng Chnh ph"), else those ("ố": "một s điu", corpus-real-28/tt-15-2015-tt-
    nhnn-giaodich-ngoaite-luatminhkhue.txt), runs of blanks collapsed."""
    if not lost:
        return _strip
    gone = {ord(c): None for c in lost}
    return lambda s: " ".join(s.translate(gone).split())


#: the words of a citation besides types, issuers and cues (full spelling; "Căn cứ" is vocabulary ``preamble_opener``,
#: see :func:`_phrases`); a stripped key shorter than three letters is ambiguous ("v": "về", "và", "vì") and is restored
#: only as a part of a longer phrase
_WORDS = (
    "của",
    "ngày",
    "về việc",
    "ban hành",
    "thay thế",
    "sửa đổi, bổ sung một số điều",
    "Xét đề nghị",
    "này",
    "các",
    "việc",
    "tình hình",
    # the close of a page's own formula, which names the page's type and issuer ("Ban Thường vụ Tỉnh ủy vừa ban hành
    # Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW … Nội dung chương trình hành động như sau:", "nh sau",
    # corpus-real/ctr-hd-57-tu-2025-unnamed-province.txt): the plan carries out what it names
    "như sau",
    # the results a review weighs, right before an implementing cue (relate.py's ``review_before``): "nh gi kt qu 10
    # nm thc hin Ch th 05", "đánh giá kết quả 10 năm thực hiện Chỉ thị 05" (corpus-real-2/news-hoinhabaonghean-ct05-
    # 2025.txt), reviews; on the dev excerpts and case sentences "kt qu" is "kết quả" 62 times, nothing else
    "kết quả",
    # and the carrying out's process it weighs, or a page reports on (relate.py's ``review_before`` and the cited
    # process: "Qu trnh thc hin Kt lun 12, cp y …", "Quá trình thực hiện Kết luận 12, cấp ủy …" (corpus-real-9/news-
    # qdnd-kl12-taynguyen-2021.txt, tests/cases relation-nominal-subject-qua-trinh), cites);
    # "qu trnh" is "quá trình" 7/7 on the dev excerpts and case sentences
    "quá trình",
    # a list's lead after its head ("04 Nghị quyết của Bộ Chính trị, gm: Nghị quyết số 59-NQ/TW …, Nghị quyết số
    # 70-NQ/TW …", "gồm:", tests/cases shared-enum-gom, domain.md §5): the items take the head's issuer (resolve.py's
    # ``_LIST_AFTER``); "gm" is "gồm" 21/21 on the dev excerpts and case sentences
    "gồm",
    # the body a signer acts for (resolve.py's ``_on_behalf_of``): "Thay mt B Chnh tr, Thng trc Ban B th Trn Cm T k
    # ban hnh Kt lun s 185-KL/TW", "Thay mặt Bộ Chính trị" (corpus-real/news-ngaynay-kl185-ct45-2025.txt, tests/cases
    # issuer-on-behalf-of), the conclusion is the Bộ Chính trị's; "thay mt" is "Thay mặt" 5/5 on the dev excerpts and
    # case sentences
    "Thay mặt",
    # the part of a document a change or a carrying out names, in another's title: "Ngh nh s 72/2019/N-CP … sa i b
    # sung mt s iu ca Ngh nh s 37/2010/N-CP", "sửa đổi bổ sung một số điều của" (tests/cases shared-issuer-not-across-
    # semicolon, corpus-real-4/qd-88-qd-ubnd-sonla-quyhoach-quynhnhai-2025.txt), "sa i, b sung mt s ni dung ca Thng
    # t s 07/2021/TT-BLTBXH" (negative-some-content-of), "Hng dn thc hin mt s ni dung ca Ngh nh 56/2005/N-CP"
    # (relation-title-capitalised-on-its-line): the page cites them; "mt s iu" is "một số điều" 30/30, "mt s ni dung"
    # "một số nội dung" 17/17 on the dev excerpts and case sentences
    "một số điều",
    "một số nội dung",
    # the head of a steering committee's name, which issuers.csv holds only with its scope ("Ban Chỉ đạo Trung ương"):
    # "Thông báo số 24-TB/BCĐ ngày 23/12/2019 của Ban Chỉ đo các ngày Lễ tỉnh", "của Ban Chỉ đo Ngày Biên phòng tỉnh", a
    # page that lost "ạ" (tests/cases issuer-committee-named-ngay, corpus-real-25/border-locninh-binhphuoc-kyniem-ngay-
    # bienphong-toandan-2020-tb-24.txt), where "đo" keeps a vowel and the words around an issuer are not read back
    "Ban Chỉ đạo",
)
#: the vocabulary lists of the words around an issuer and a relation's cue (see :func:`_tables`)
_NEAR = (
    "agent_verb",
    "agent_adverb",
    "predicate_verb",
    "main_clause_verb",
    "object_verb",
    "organ_word",
    "position",
    "signer_title",
    "goes_on_lead",
    "review_cue",
    "congress_word",
    "meeting_noun",
    "ordinal",
    "unnamed_kind",
    "title_generic",
    "report_kind",
    "alias_cue",
    "own_work_verb",
    "proposal_cue",
    "aim_word",
    "review_manner",
    "title_label",
    "own_plan_lead",
    "change_agent",
    "look_back",
    # the words of a review before an implementing cue (relate.py's ``review_before``, ``review_state``): "Tăng cường
    # kiểm tra, gim st vic thc hin Ch th s 42-CT/TW", "giám sát việc thực hiện" (tests/cases "party-basic-no-issuer",
    # corpus/yenbai-tinhuy-kehoach-25-khtu-2021-05-05-kl93.txt), reviews
    "review_lead",
    "review_finding",
    "review_state",
    "review_report",
)
#: the words of :data:`_WORDS` whose stripped key is short but unmistakable in such a text ("ca", "ny")
_SHORT = frozenset({"của", "này", "các", "gồm"})


def is_stripped(text: str, sample: int = 6000, lex: Optional[Lexicon] = None) -> bool:
    """Does ``text`` lose every non-ASCII letter? The words a citation writes before a number ("s 153/2003/Q-TTg ngy 10
    thng 7 nm 2003") written so twice or more, and more often than with their letters. ``lex`` (the current lexicon
    when None) gives the words that tell a text without marks apart (:func:`_plain`)."""
    head = text[:sample]
    if _non_ascii_over(head, len(head) // 20):
        # (a cheap test first: a fifth of a Vietnamese text's characters are non-ASCII, the median over the real
        # fixtures .21; the two stripped pages keep .002 and .021, quotes and dashes; every document asks)
        return False
    return _stripped_head(head, lex if lex is not None else current())


def _stripped_head(head: str, lex: Lexicon) -> bool:
    """:func:`is_stripped` of a text's head with few non-ASCII characters."""
    stripped, full = _dates(lex)
    n = sum(len(p.findall(head)) for p in stripped)
    if n >= 2 and n > len(full.findall(head)):
        return True
    # a sentence, too short for two dates: every Vietnamese syllable has a vowel, and the damage deletes a syllable's
    # only vowel when it bears a mark ("Ch th s 45-CT/TW ca B Chnh tr": "Ch", "th", "s", "Chnh", "tr"), so a fifth of
    # its words or more written without a vowel, in a text with no non-ASCII letter left (no-diacritics text keeps
    # every vowel: "Chi thi so 45-CT/TW cua Bo Chinh tri"; the dev excerpts without marks .05 at most, stripped .2 at
    # least). Words in capitals are left out, abbreviations ("UBND", "TW") have no vowel either.
    if _NON_ASCII_LETTER.search(head) or _plain(lex).search(head):
        # (nor one with a citation's word without marks, whole: "Ban Bi thu cung da ch  ra rng vic quan trit, trin
        # khai ni dung Ch th 45-CT/TW", corpus-real/tb-278-tw-2009-encoding-loss.txt without its marks, a page damaged
        # in part, is read as it is)
        return False
    words = _WORD.findall(head)
    bare = sum(1 for w in words if not _VOWEL.search(w))
    return bare >= 2 and bare * 5 >= len(words)


def _non_ascii_over(s: str, k: int) -> bool:
    """Has ``s`` more than ``k`` non-ASCII characters? Counted on its first three tenths first, which most often have
    enough already (a third of the full count's cost over the bench's documents), then on the rest."""
    p = len(s) * 3 // 10
    a = s[:p]
    n = len(a) - len(a.encode("ascii", "ignore"))
    if n > k:
        return True
    b = s[p:]
    return n + len(b) - len(b.encode("ascii", "ignore")) > k


#: a tone mark on the first or the second vowel of an open "oa", "oe", "uy" ("hòa"/"hoà", "Ủy"/"Uỷ", "khóa"/"khoá"): the
#: two placements a page may write, not after "q" ("quý"); in decomposed form, the mark right after its vowel
_TONE = "\u0300\u0301\u0303\u0309\u0323"
_TONE_PAIR = re.compile(
    rf"(?<![qQ])(?:([oO])([{_TONE}])([aAeE])|([uU])([{_TONE}])([yY])|([oO])([aAeE])([{_TONE}])|([uU])([yY])([{_TONE}]))(?![^\W\d_])"
)


def _other_placement(s: str) -> str:
    """``s`` with the tone of each open "oa", "oe", "uy" on its other vowel: "Ban Thường vụ Tỉnh ủy" -> "… Tỉnh uỷ". The
    deleted letters differ ("Tnh y", "Tnh u"), so each placement is a key of its own."""

    def move(m: re.Match) -> str:
        g = m.groups()
        if g[0] or g[3]:
            a, t, b = g[0:3] if g[0] else g[3:6]
            return a + b + t
        a, b, t = g[6:9] if g[6] else g[9:12]
        return a + t + b

    return unicodedata.normalize("NFC", _TONE_PAIR.sub(move, unicodedata.normalize("NFD", s)))


def _phrases(lex: Lexicon, lost: str = "", caps: bool = True) -> dict[str, str]:
    """Stripped spelling (lower case) -> full spelling, of the closed vocabulary (see the module doc); ``lost`` the
    letters the text lost (:func:`lost_letters`; every non-ASCII letter when empty). Where they hold a capital, each
    phrase in capitals too (``caps``: a heading that lost "Ủ", "CA BAN BÍ THƯ", "CỦA BAN BÍ THƯ"; see
    :func:`_caps_only`)."""
    strip = _deleter(lost)
    upper = caps and lost != lost.lower()
    # (the cues of a relation too, vocabulary ``trigger`` and ``preamble_opener``: "thc hin" is "thực hiện", implements)
    names = {w for w, _ in lex.issuer_rows}
    fulls = set(lex.type_words) | set(_WORDS) | names
    fulls |= set(lex.words("trigger")) | set(lex.words("preamble_opener"))
    # and the units an issuer's name ends with ("Ủy ban nhân dân thành phố", "huyện"), before the places: "thnh ph" is
    # "thành phố", not the district Thạnh Phú
    fulls |= set(lex.words("unit"))
    # and a state office's field after another organisation's head (:func:`_fields_after_heads`): "Phòng Tư pháp"
    fulls |= set(_fields_after_heads(lex))
    # and the places an issuer names, the gazetteer's provinces and districts ("Tnh y Yn Bi" is "Tỉnh ủy Yên Bái"),
    # where their spelling is no word's above ("Cn C", the island district Cồn Cỏ, is "Căn cứ")
    places = {n for p in provinces() for n in (p, *map(_name, districts_of(p)))}
    # then the words around an issuer and a relation's cue: the verbs that make an issuer the subject ("Tỉnh ủy đã kịp
    # thời ban hành Kế hoạch"), the organs and the titles, the leads of a relation ("tiếp tục", "đẩy mạnh") — only
    # where a word of the stripped spelling has no vowel left, which no intact word lacks ("kp thi" is "kịp thời";
    # "tin" may be "tiến" or the intact "tin")
    # (before the places: "vn bn" is "văn bản", not the district Văn Bàn)
    near = {w for name in _NEAR for w in lex.words(name)} - fulls
    # (and a document's core content before "của" (relate.py's ``_core_content``, vocabulary ``core_qualifier``): "hiu r
    # ni dung c bn ca Kt lun s 93-KL/TW", "nội dung cơ bản của", tests/cases party-basic-hu-hieu-ro; "Ni dung trng tm,
    # ct li ca Ngh quyt s 68-NQ/TW" (corpus-real-11/danguy-soxaydung-quangngai-quantriet-nq66-nq68-2025.txt), implements)
    near |= {w for q in lex.words("core_qualifier") for w in ("nội dung " + q, q)} - fulls
    types = set(lex.type_words)
    table: dict[str, str] = {}
    for tier in (fulls, near, places - fulls - near):
        phrases: dict[str, set[str]] = {}
        for full in tier:
            # (a key only where the damage deleted a letter of the spelling it comes from: the tone's other placement of
            # "Ban Thường vụ Tỉnh uỷ", "Tỉnh ủy", holds no "ố" and is written so whole on a page that lost "ố", where it
            # is clean; it rewrote clean spellings, a cost for nothing)
            spellings = {full, _other_placement(full)}
            keys = {k for v in spellings | ({v.upper() for v in spellings} if upper else set()) if (k := strip(v)) != v}
            for key in list(keys):
                if sum(c.isalpha() for c in key) < 3 and full not in _SHORT:
                    keys.discard(key)
                elif tier is near and not _unmistakable(key.lower(), full.lower(), lost):
                    keys.discard(key)
                elif " " in full and len(key.split()) != len(full.split()) and not _lost_inside(full, names, strip):
                    keys.discard(key)  # (a word lost whole, "Đ" alone: the phrase is no longer recognisable)
            if full in types:
                keys |= {k for key in keys for k in _glued(key)}
            for key in keys:
                phrases.setdefault(key.lower(), set()).add(full)
        for k, v in phrases.items():
            if k not in table and len({f.lower() for f in v}) == 1:
                table[k] = min(v)
    return _committees_glued(table, names, strip)


def _committees_glued(table: dict[str, str], names: set[str], strip) -> dict[str, str]:
    """``table`` and the party committees' names (of ``names``) whose "ủy" the page glued to its unit word, as extraction
    drops a blank: "Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy" of corpus-real/ct-17-tu-yenbai.txt,
    its blanks dropped in tests/cases dirty-glued-words, "Tỉnhủy", stripped "Ban Thng v Tnhy" (no dev page writes it
    glued; checklist stripped-letters, one row). A glued spelling is read after every other phrase, where no other name
    has it: "ngy" is "ngày", not "Đảng ủy" glued."""
    glued: dict[str, set[str]] = {}
    for full in names:
        if full.split()[-1].lower() not in _PARTY_TAIL:
            continue
        for v in {full, _other_placement(full)}:
            if (key := strip(v)) != v and len(words := key.lower().split()) == len(full.split()) > 1:
                glued.setdefault(" ".join(words[:-2] + [words[-2] + words[-1]]), set()).add(full)
    for k, v in glued.items():
        if k not in table and len({f.lower() for f in v}) == 1:
            table[k] = min(v)
    return table


#: the last word of a party committee's name, which a page may glue to its unit word ("Tỉnhủy")
_PARTY_TAIL = frozenset({"ủy", "uỷ"})


def _fields_after_heads(lex: Lexicon) -> dict[str, int]:
    """The field of a state body of ``issuers.csv`` ("Tư pháp" of "Bộ Tư pháp", "Nội vụ" of "Sở Nội vụ") after each head
    of vocabulary ``organisation_kind`` ("Phòng", "Học viện"), the names a page gives an office the table does not list,
    each with the count of its head's words: "Xt  ngh ca Trng phng Ni v, ti T trnh s 282/TTr-NV … bo co thm nh ca
    Phng T php ti vn bn s 235/BC-TP", "Trưởng phòng Nội vụ", "Phòng Tư pháp" (tests/cases issuer-district-office,
    stripped by tests/checklist.py), where "phng" alone is "phường"; "Cn c Quyt nh s 1206 /Q-HVTC ca Hc vin Ti
    chnh", "Học viện Tài chính" (tests/cases state-space-before-slash). The whole name is taken only where every word's
    stripped spelling agrees (a phrase, :func:`_phrases`) and the field keeps its capitals (:func:`restore`: "cc dn
    tc thiu s" is "các dân tộc thiểu số", not "Cục Dân tộc")."""

    def build() -> dict[str, int]:
        heads = lex.words("organisation_kind")
        fields = {
            n[len(h) + 1 :]
            for n, issuer in lex.issuer_rows
            if issuer.system == "state"
            for h in heads
            if n.startswith(h + " ") and n[len(h) + 1 : len(h) + 2].isupper()
        }
        names = {w for w, _ in lex.issuer_rows}
        return {f"{h} {f}": len(h.split()) for h in heads for f in fields if f"{h} {f}" not in names}

    return lex.cached("stripped_fields", build)


@cache
def _first_words(n: int) -> re.Pattern:
    """The pattern of a phrase's first ``n`` words as written, their blanks kept (:func:`restore`)."""
    return re.compile(rf"\S+(?:\s+\S+){{{n - 1}}}")


def _field_lowered(written: str, full: str) -> bool:
    """Does ``written`` (not in capitals) write a word in lower case that ``full`` capitalises after its first word?"""
    return not written.isupper() and any(
        f[:1].isupper() and w[:1].islower() for w, f in zip(written.split()[1:], full.split()[1:])
    )


def _lost_inside(full: str, names: set[str], strip) -> bool:
    """Is ``full`` an issuer's name (``names``) that the damage (``strip``) leaves recognisable though it loses one word
    whole: a word inside it, not its first nor its last, four words or more left? "Căn cứ Hướng dẫn số 235/HD-TƯHCTĐ và
    Kế hoạch số 236/KH-TƯHCTĐ ngày 04/11/2022 của Trung ương Hội Chữ thập đỏ Việt Nam" is stripped "ca Trung ng Hi Ch
    thp  Vit Nam" ("đỏ" gone, tests/cases; checklist stripped-letters), where "Trung ương Hội" alone was read; a name
    that loses its last word ("Ban Thường vụ Hội Chữ thập đỏ" as "Ban Thng v Hi Ch thp") or its first ("Đà Nẵng" as
    "Nng") may be a shorter one, and is left."""
    left = [strip(w) for w in full.split()]
    gone = [i for i, w in enumerate(left) if not w]
    return full in names and len(left) >= 5 and len(gone) == 1 and 0 < gone[0] < len(left) - 1


def _unmistakable(key: str, full: str, lost: str = "") -> bool:
    """Is the stripped spelling ``key`` of a phrase of the words around an issuer or a cue (lower case) no intact words?
    It holds a word without a vowel ("kp thi" of "kịp thời"), or, a phrase of two words or more, one that lost only its
    first letter "đ": "ã ban hành" of "đã ban hành" ("Chính phủ ã ban hành Nghị ịnh số 56/2015/NĐ-CP", a page that lost
    "đ", tests/cases), where "ã" alone may be a word a page writes whole; "tin" of "tiến" may be the intact "tin".
    On a page that lost a few letters (``lost``), a phrase of two words or more one word of which lost them, the others
    written whole, though it keeps a vowel: "Theo đề nghị của Gim đốc Sở Khoa học và Công nghệ tại Tờ trình số 96/TTr-
    SKHCN ngày 12 thng 7 năm 2021" (tests/cases negative-quyet-dinh-enacting, corpus/yenbai-ubnd-tinh-quyetdinh-1530-
    qdubnd-2021-07-28-quyche-lienhiephoi.txt, every "á" lost: checklist partial-letters), "Giám đốc", where the issuer
    was read "Sở Khoa học và Công nghệ"; its whole words place it, "Gim" alone is left."""
    pairs = [(k, f) for k, f in zip(key.split(), full.split()) if k != f]
    if lost and len(pairs) == 1 and " " in full:
        return True
    return any(not _VOWEL_ANY.search(k) or (" " in full and f[:1] == "đ" and k == f[1:]) for k, f in pairs)


def _caps_only(lex: Lexicon, lost: str) -> frozenset[str]:
    """The keys of :func:`_phrases` only its phrases in capitals give, where ``lost`` holds a capital: written back only
    where the page writes them in capitals ("CA BAN BÍ THƯ" is "CỦA BAN BÍ THƯ"; a page that lost "Ủ" keeps "của" and
    "làm ca đêm" is "ca"), built once per lexicon and lost letters."""
    name = "stripped_caps_only" + "".join(f"-{ord(c):x}" for c in lost)
    return lex.cached(name, _build_caps_only, lex, lost)


def _build_caps_only(lex: Lexicon, lost: str) -> frozenset[str]:
    """:func:`_caps_only`'s set, built."""
    return frozenset(_phrases(lex, lost)) - frozenset(_phrases(lex, lost, caps=False))


def _name(place: str) -> str:
    """A gazetteer name without the note that tells two units of one name apart: "Long Mỹ (Huyện)" and "Long Mỹ (Thị
    xã)" are both written "Long Mỹ" ("Ban Thường vụ Thị đoàn Long M", "Long Mỹ", corpus-real-17/youth-tuoitrehaugiang-
    longmy-kh-23-kh-dtn-tinhnguyen-he-2018.txt)."""
    return place.split(" (", 1)[0]


#: the stripped spelling of a place name, its first letter a capital, and its words (a name may have lost its last
#: letters whole: "Qung Ph", "Quảng Phú"), one blank after its unit word (two: a word between them was lost whole,
#: "quc phng  B ngnh" is "quốc phòng ở Bộ ngành"; see :func:`_places_after_units`) or a line break (a PDF line end:
#: "ca Tnh y⏎Lng Sn.", "của Tỉnh ủy⏎Lạng Sơn.", tests/cases dirty-line-break-before-the-place, checklist stripped-letters)
_PLACE_WORDS = re.compile(
    r"[ \t\n]((?-i:[A-Z][a-z]*)(?:[ \t]+(?-i:[A-Z0-9][a-z]*)|(?<=(?-i:[A-Za-z]))(?-i:[A-Z][a-z]+)){0,3})(?![^\W\d_])"
)
#: where two words of a place's name are glued, at the second's capital: "YênBái - Qua 9 năm triển khai Đề án" (corpus-
#: real-12/hlhpn-yenbai-phongvan-dean939-2025.txt), "Công an tỉnh LâmĐồng" (corpus-real-53/doc-luatminhkhue-qd1977-qd-
#: ubnd-lamdong-xa-phuong-khong-ma-tuy-2013.txt, whose "Đ" the damage deletes with the capital, "Lmng", left); stripped
#: "Thnh y HNi" is "Thành ủy Hà Nội" (a name in capitals is never read glued: "HNG DN")
_NAME_GLUE = re.compile(r"(?<=[A-Za-z])(?=[A-Z][a-z])")
#: the kinds of place a unit word's kind (vocabulary ``unit``) names: a city is a province's or a district's
_UNIT_KINDS = {"province": ("province",), "city": ("province", "district"), "district": ("district",), "commune": ("commune",)}


@cache
def _places() -> dict[str, dict[str, frozenset[str]]]:
    """Kind of place -> stripped spelling (lower case) -> the names of that kind written so, of both maps: the provinces,
    the districts, the communes and wards (each read in both placements of an open "oa", "uy"'s tone)."""
    names: dict[str, set[str]] = {"province": set(), "district": set(), "commune": set()}
    for when in (None, REFORM_DATE):
        for p in provinces(when):
            names["province"].add(p)
            names["district"].update(map(_name, districts_of(p, when)))
            names["commune"].update(_name(c.name) for c in units_of(p, "commune", when))
    out: dict[str, dict[str, frozenset[str]]] = {}
    for kind, ns in names.items():
        table: dict[str, set[str]] = {}
        for n in ns:
            for v in {n, _other_placement(n)}:
                if len(k := _strip(v).lower().split()) == len(n.split()):  # (not a word lost whole: "Bồ Đề", "B")
                    table.setdefault(" ".join(k), set()).add(n)
        out[kind] = {k: frozenset(v) for k, v in table.items()}
    return out


def _places_after_units(text: str, out: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The place names right after a unit word written back, each looked up among the places of the unit's kind (the
    damage makes names of different places one: "Lạng Sơn" and the district Lương Sơn are both "Lng Sn", "Quảng Phú"
    is no province's or district's name): "Đảng ủy x Qung Ph" is "Đảng ủy xã Quảng Phú" (corpus-real-16/chibo-17-
    quangphu-thoxuan-daihoi-diem-kh33-du-2022.txt), "Tnh y Lng Sn" "Tỉnh ủy Lạng Sơn". A name the phrases wrote back
    already, or two places of that kind share, is left. The unit words are ``lex``'s (vocabulary ``unit``)."""
    edits = sorted(out)
    starts = [a for a, _, _ in edits]
    found: list[tuple[int, int, str]] = []
    for _, b, full in edits:
        words = full.lower().split()
        if words[-1] in ("ủy", "uỷ"):
            words = words[:-1]  # ("Tỉnh ủy", "Huyện ủy")
            if words[-1:] == ["thành"]:
                words.append("phố")  # (a city's committee: "Nghị quyết 06–NQ/TU ngày 26/6/2016 của Thành ủy Hà Nội",
                # corpus-real-38/news-vietnamtourism-ha-noi-quan-triet-nq08-nq06-tu-2017.txt)
        kind = unit_kind(" ".join(words[-2:]), lex) or unit_kind(words[-1], lex) if words else None
        if kind is None or (m := _PLACE_WORDS.match(text, b)) is None:
            continue
        i = bisect_left(starts, m.start(1))
        if i < len(starts) and starts[i] < m.end(1):
            continue  # (a word of it written back already)
        # (the name is all the capitalised words: "x H V", "xã Hà Vị", is not the commune Hồ)
        key = " ".join(_NAME_GLUE.sub(" ", m.group(1)).lower().split())
        names = frozenset().union(*(_places()[k].get(key, frozenset()) for k in _UNIT_KINDS[kind]))
        if len(names) > 1:
            names = _in_named_provinces(names, edits)
        if len(names) == 1 and (name := next(iter(names))) != m.group(1):
            found.append((m.start(1), m.end(1), name))
    return found


def _in_named_provinces(names: frozenset[str], edits: list[tuple[int, int, str]]) -> frozenset[str]:
    """Of the places ``names`` one stripped spelling gives, those of a province the page names (a province's name among
    the phrases written back, ``edits``): "Huyn y Ph Ninh" is Phú Ninh (Quảng Nam) or Phù Ninh (Phú Thọ), and "Huyện ủy
    Phú Ninh" on a page that writes "tnh Qung Nam" ("Ngày 27.8, Huyện ủy Phú Ninh tổ chức hội nghị học tập",
    "Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ XXII", corpus-real-2/hu-phuninh-quangnam-kh-176-2019.txt, checklist
    stripped-letters); on a page that names both provinces or neither, none."""
    named = {full for _, _, full in edits} & (set(provinces()) | set(provinces(REFORM_DATE)))
    return frozenset(n for n in names if not _place_provinces()[n].isdisjoint(named)) if named else frozenset()


@cache
def _place_provinces() -> dict[str, frozenset[str]]:
    """Place name -> the provinces that hold a place of that name (itself, a district, a commune; both maps)."""
    out: dict[str, set[str]] = {}
    for when in (None, REFORM_DATE):
        for p in provinces(when):
            out.setdefault(p, set()).add(p)
            for n in chain(map(_name, districts_of(p, when)), (_name(c.name) for c in units_of(p, "commune", when))):
                out.setdefault(n, set()).add(p)
    return {n: frozenset(ps) for n, ps in out.items()}


def _glued(key: str) -> list[str]:
    """A type word's stripped spelling with two of its words glued, as the glued class writes them: "Ngh quyt" ->
    "Nghquyt" ("Nghịquyết"), "Chng trnh hnh ng" -> "Chng trnh hnhng" ("hànhđộng")."""
    w = key.split()
    return [" ".join(w[:i] + [w[i] + w[i + 1]] + w[i + 2 :]) for i in range(len(w) - 1)]


def _symbols(lex: Lexicon, lost: str = "") -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of a symbol's stripped parts, and stripped part -> full part."""
    _strip = _deleter(lost)
    abbrs: dict[str, set[str]] = {}
    for t in lex.doc_types:
        for a in t.party_abbrs + ((t.state_abbr,) if t.state_abbr else ()):
            if _strip(a) != a and _strip(a):
                abbrs.setdefault(_strip(a), set()).add(a)
    # a party symbol's organ after "/", where no organ is written whole in one letter or two: "KH/U" is "KH/ĐU",
    # "KH/UCA" "KH/ĐUCA", "NQ/T" "NQ/TƯ" (the central organ, "TW" written "TƯ"), "KH/TWTN-TNNT" "KH/TWĐTN-TNNT"
    organs: dict[str, set[str]] = {_strip("TƯ"): {"TƯ"}} if _strip("TƯ") != "TƯ" else {}
    codes = {i.code for _, i in lex.issuer_rows if i.code}
    listed = set(lex.words("extra_abbr") + lex.words("code_suffix_level"))
    for a in codes | listed:
        k = _strip(a)
        if k == a or not k:
            continue
        organs.setdefault(k, set()).add(a)
        # an issuer's code as a symbol's last part, two letters left at least; the parts the vocabulary lists ("CTHĐ" of
        # "147-CTHĐ/TU", "SLĐTBXH" of "125/TTr-SLĐTBXH"), three ("ĐUB" is "UB", which is written so whole)
        if len(k) >= 2 and a in codes or len(k) >= 3 and a in listed:
            abbrs.setdefault(k, set()).add(a)
    sym = {k: next(iter(v)) for k, v in abbrs.items() if len(v) == 1}
    alts = "|".join(sorted(map(re.escape, sym), key=lambda k: (-len(k), k))) or "(?!)"
    sym.update({"/" + k: next(iter(v)) for k, v in organs.items() if len(v) == 1})
    party = "|".join(sorted((re.escape(k) for k, v in organs.items() if len(v) == 1), key=lambda k: (-len(k), k))) or "(?!)"
    # a type's part right after the number (and year) before "-", or the issuer's part after "-" ending the symbol; the
    # separators as copied pages write them too, a blank beside them or for them, the number glued to the type ("47 -
    # Q/TW", "1206 /Q-HVTC", "44/2007 Q-BGDT", "37Q/TW", "01- A/TW": the spaced-code class, stripped)
    after_number = r"(?:(?<=[0-9]/)|(?<=[0-9] /)|(?<=[0-9]/ )|(?<=[0-9] ))"
    before_dash = r"(?=[ ]?-[ ]?[A-Za-z])"
    after_number_dash = r"(?:(?<=[0-9]-)|(?<=[0-9] -)|(?<=[0-9]- )|(?<=[0-9] - )|(?<=[0-9]))"
    before_slash = r"(?=[ ]?/[ ]?[A-Za-z])"
    # a party symbol's organ after its type of one, two or three letters ("221-H/U" of "221-HĐ/ĐU")
    after_type = "|".join(
        rf"(?<=[0-9]{sep}{t}/)" for sep in ("-", " ", "- ", "") for t in ("[A-Z]", "[A-Z][A-Z]", "[A-Z][A-Za-z][A-Z]")
    )
    sym_pat = re.compile(
        rf"{after_number}(?P<t>{alts}){before_dash}|{after_number_dash}(?P<p>{alts}){before_slash}"
        rf"|(?<=[A-Za-z]-)(?P<i>{alts})(?![A-Za-z0-9])|(?:{after_type})(?P<q>{party})(?![A-Za-z0-9])"
    )
    return sym_pat, sym


#: the blanks between two words of a phrase (the page may break a line inside it)
_GAP = r"[ \t\n]+"
#: a phrase ends where a word does, or where a capital follows a small letter, the next word glued to it ("caBan B th"
#: is "củaBan Bí thư", "tnhQung Ngi" "tỉnhQuảng Ngãi"), and starts there too or after two capitals ("UBNDhuyn")
_GLUED = r"(?<=(?-i:[a-z]))(?=(?-i:[A-Z]))"
_LEFT = rf"(?:(?<![^\W\d_])|{_GLUED}|(?<=(?-i:[A-Z][A-Z]))(?=(?-i:[a-z])))"


def _spaced(phrase: str) -> str:
    """A pattern of ``phrase``'s words with any run of blanks between them, the page may break a line inside the
    phrase: "K hoch" -> ``K[ \t\n]+hoch``."""
    return _GAP.join(map(re.escape, phrase.split()))


def _tables(lex: Lexicon, lost: str = "") -> tuple:
    """(pattern of stripped phrases, stripped -> full) and (pattern of stripped symbol parts, stripped -> full), built
    once per lexicon and set of lost letters (``Lexicon.cached``: taught forms reach them, the patterns come from the
    disk cache)."""
    name = "stripped_tables" + "".join(f"-{ord(c):x}" for c in lost)
    return lex.cached(name, _build_tables, lex, lost)


def _build_tables(lex: Lexicon, lost: str = "") -> tuple:
    strip = _deleter(lost)
    table = _phrases(lex, lost)
    alts = sorted(table, key=lambda k: (-len(k), k))
    # a type's stripped spelling, after which a lone "v" joins two references: "Ch th s 42-CT/TW ... v K hoch s 126",
    # "và Kế hoạch" (a lone "v" is "về", "và" or "vì" elsewhere, and is left but after a reference, ``about`` below)
    # (a text that lost a few letters writes the other types whole: "v Kế hoạch s 126", all of them are read)
    type_words = lex.type_words if lost else [f for f in table.values() if f in lex.type_words]
    # (a context whose words the lost letters leave whole is left out: its look-behind was tried at each character)
    ctx = tuple(c for c in _context_patterns(lex, lost, type_words) if ">(?!))" not in c)
    # a word that may follow a type and its bare number (vocabulary ``short_follow``), where no other such word has its
    # stripped spelling: "Ch th 42 s l c s" is "Chỉ thị 42 sẽ là cơ sở" ("v", "và" or "về", is left); checked in
    # :func:`restore` to follow a type's stripped spelling and a number; and a second such word after it, the verb a
    # nominalised cue's subject goes on with (vocabulary ``predicate_verb``): "Cơ sở thực tiễn và kinh nghiệm triển
    # khai Chỉ thị 42 sẽ là cơ sở để Đảng tiếp tục đổi mới" (corpus-real/news-cand-ct42-1998-hoiquanchung.txt, tests/
    # cases relation-nominal-subject-kinh-nghiem), stripped "Ch th 42 s l c s"; "Tuy nhiên, việc thực hiện Chỉ thị 42 vẫn
    # còn những hạn chế", "vn cn" (checklist stripped-letters): the directive cited, where "l", "cn" were left and
    # "triển khai" read it carried out by the page
    follow = _short_follow(lex, lost)
    if follow:
        keys = "|".join(_spaced(k) for k in follow)
        ctx += (rf"(?<=[0-9][ \t\n])(?P<follow>(?P<f1>{keys})(?:[ \t\n]+(?P<f2>{keys})(?![^\W\d_]))?)(?![^\W\d_])",)
    typed_keys = {k for k, f in table.items() if f in lex.type_words} | {strip(f).lower() for f in type_words if lost}
    typed = "|".join(_spaced(k) for k in sorted(typed_keys)) or "(?!)"
    after_type = re.compile(rf"(?<![^\W\d_])(?:{typed})[ \t\n]+[0-9]+[ \t\n]+$", re.IGNORECASE)
    # a phrase starts and ends where :data:`_LEFT` and :data:`_GLUED` say, its start looked back at after its first
    # letter (the engine tries the first letters at each character, not the look-behind)
    left = r"(?:(?<![^\W\d_](?s:.))|(?<=(?-i:[a-z][A-Z]))|(?<=(?-i:[A-Z][A-Z][a-z])))"
    # (two patterns, not one alternation: the trie alone starts with its cased first letters, which the engine skips
    # to at C speed; an alternation with the contexts, which start with a look-behind, was entered at each character:
    # the bench's sparse copy of corpus-real/tb-278-tw-2009-encoding-loss.txt, which lost "ủ", 136 -> 76 µs a search)
    trie = re.compile(rf"{_trie(alts, left)}(?:(?![^\W\d_])|{_GLUED})")
    pat = _Either(trie, re.compile("|".join(map("(?i:{})".format, ctx))) if ctx else None)
    sym_pat, sym = _symbols(lex, lost)
    named = frozenset({w for w, _ in lex.issuer_rows} | {n for p in provinces() for n in (p, *map(_name, districts_of(p)))})
    cues = frozenset(lex.words("trigger")) | frozenset(lex.words("preamble_opener"))
    # (and the leading a review weighs before its cue, vocabulary ``review_lead``, which "và" joins as it joins two cues:
    # "đánh giá toàn diện, sâu sắc quá trình lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện Nghị quyết số 33-NQ/TW",
    # corpus-real-6/tu-nghean-kh-tongket-nq33-ctr10-nq05-2024.txt, stripped "ch o v t chc trin khai"; "chỉ đạo và tổ
    # chức" 7 times on the dev pages, corpus/ and case sentences, "về" between two of them none)
    cues |= frozenset(lex.words("review_lead"))
    by_context = {**_ordinals(lex, lost), **_numbered(lex, lost), **_by_context(lost), **_hollow_leads(lex, lost)}
    by_context |= _headless_directions(lex, lost) | _plurals(lex, lost)
    return pat, table, sym_pat, sym, follow, after_type, named, cues, by_context


def _trie(keys, after_first: str) -> str:
    """An alternation of the phrases ``keys`` (lower case, words between blanks), their common starts written once:
    "ban b th" and "ban bn" as "ban[ \t\n]+b(?:[ \t\n]+th|n)". It matches what the plain alternation, longest first,
    matches: a longer phrase is tried before the one it extends, and one that fails after gives way to the shorter. An
    ignore-case alternation of 381 phrases (a text that lost "ố") tried each phrase at each character, 2.3 ms on a page
    of 1,745 characters (corpus-real/tb-278-tw-2009-encoding-loss.txt); the trie tries the first letters, 0.2 ms.
    ``after_first``: a test after a phrase's first letter (where a phrase may start, looking back). Each first letter
    in its two cases, the rest in any ("s(?i:…)|S(?i:…)", for a pattern without ``re.IGNORECASE``): the engine
    tells a case-sensitive first letter at C speed, where it entered each ignore-case first letter's branch at each
    character (~0.2 µs a character on that page)."""
    root: dict = {}
    for k in keys:
        node = root
        for i, word in enumerate(k.split()):
            for atom in ((_GAP,) if i else ()) + tuple(map(re.escape, word)):
                node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict, then: str = "") -> str:
        alts = [a + then + emit(node[a]) for a in sorted(node, key=lambda a: (a == _GAP, a)) if a]
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ("|" if "" in node else "") + ")" if alts else ""

    if "" not in root:
        alts = [
            c + "(?i:" + after_first + emit(root[a]) + ")"
            for a in sorted(root)
            for c in dict.fromkeys((a, a.upper()) if len(a) == 1 else (a,))
        ]
        return "(?:" + "|".join(alts) + ")" if alts else "(?!)"
    return "(?:" + emit(root, after_first) + ")"  # (an empty phrase among them, as written)


def _context_patterns(lex: Lexicon, lost: str, type_words) -> tuple[str, ...]:
    """The patterns of the words written back by their context (:data:`_CONTEXT_WORDS`), in the spelling ``lost``
    gives them, each a named group."""
    strip = _deleter(lost)
    types = _capital_types(strip, type_words)
    kinds = "|".join(_spaced(strip(w)) for w in lex.words("unnamed_kind") if lost or strip(w) != w)
    meetings = "|".join(_spaced(strip(w)) for w in lex.words("meeting_noun") if fold(w) != "dai hoi" and (lost or strip(w) != w))
    types, kinds, meetings = types or "(?!)", kinds or "(?!)", meetings or "(?!)"

    def ctx_words(group: str, case: str = "") -> str:
        return _context_alternation(lost, group, case)

    return (
        # "số", "năm", "Điều", "hơn" and "gần" before a number ("Sau hn 10 nm thc hin", "Sau hơn 10 năm thực hiện")
        # and "tháng", whose stripped spelling is "thường"'s and "thông"'s too ("Ban Thng trc" is "Ban Thường trực"); the
        # number may be glued to the word ("s31-Q/TW", "số31-QĐ/TW")
        rf"(?P<num>{ctx_words('num')})(?=[ \t\n]*[0-9])",
        rf"(?<=[0-9][ \t\n])(?P<num2>{ctx_words('num2')})(?![^\W\d_])",  # "10 nm", "10 năm"
        rf"(?P<term>{ctx_words('term')})(?=[ \t\n]+(?:[0-9]{{1,2}}|[IVX]{{1,5}})(?!\w))",  # "(kha X)"
        rf"(?P<sn>{ctx_words('sn')})(?=:[ \t]*[0-9])",  # "S: 58/2010/Q-TTg", "Số:"
        # before a type in capitals, "v" is "và" ("v K hoch s 126"), "k" "ký" ("Tng B th ... k Quy nh s 22-Q/TW")
        # and "c" "có" ("Ban Tuyn gio Trung ng c Hng dn s 151-HD/BTGTW"): the verbs that make an organ the subject
        rf"(?P<and>{ctx_words('and')})(?=[ \t\n]+(?-i:{types})(?![^\W\d_]))",
        # and "v" before a span of years, a second one a review weighs: "s kt 3 nm thc hin Ngh quyt Trung ng 4 (kha
        # XII) v 3 nm thc hin Ch th s 05", "và 3 năm" (corpus-real-2/news-baoninhbinh-ct05-nqtw4-2019.txt, tests/cases
        # relation-review-goes-on; "và" 5/5 before a number and "năm" on the dev excerpts and case sentences)
        rf"(?P<span>{ctx_words('span', 'v')})(?=[ \t\n]+[0-9]+[ \t\n]+(?-i:{re.escape(strip('năm'))})(?![^\W\d_]))",
        # and "c" before a document without a name (vocabulary ``unnamed_kind``): "Ban Tuyn gio Trung ng  c vn bn s
        # 71-HD/BTGTW", "đã có văn bản"
        rf"(?P<has>{ctx_words('has', 'c')})(?=[ \t\n]+(?:{kinds})(?![^\W\d_]))",
        # "tại" before a document, a type in capitals or one without a name: "ch o ca Ban Thng v Tnh y ti Cng vn s
        # 8145-CV/TU", "ý kiến chỉ đạo … tại Công văn số" ("ti" is "tới", "tôi", "tài" elsewhere: "tin ti i hi")
        # and before a meeting that is no congress ("ti Hi ngh ln th 4", "tại Hội nghị"; "tiến tới Đại hội" is left)
        rf"(?P<at>{ctx_words('at', 'Tt')})(?=[ \t\n]+(?:(?-i:{types})|{kinds}|{meetings})(?![^\W\d_]))",
        # "và" before a body's direction and "của" (before ``about``, which takes a "v" before a word in lower case), and
        # a direction that lost its first word whole
        _direction_pattern(lex, lost),
        # "về" after a reference, before its subject in lower case: "Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư
        # Trung ương Đảng v tiếp tục thực hiện", "về tiếp tục" (checked in :func:`restore` to follow a symbol, a year or
        # a name written back; "và" there joins names, "v" before a capital is left)
        # (and "và" before a name written back, its capital lost or not: "ca Chnh ph v y ban Trung ng Mt trn", "ca y ban
        # Dn tc v B Ni v", see :func:`_joins_a_name`)
        *_neighbour_patterns(lex, lost, type_words),  # (before ``about``, which takes a "v" before a word in lower case)
        rf"(?P<about>{ctx_words('about', 'v')})(?=[ \t\n]+[a-z])",
        # and "và" between two cues (:func:`_between_cues`) on a page that lost its "à" and kept the "ề" of "về": "quán
        # triệt v thực hiện" (where both are lost, ``about`` takes it)
        rf"(?P<list>{ctx_words('list', 'v')})(?=[ \t\n]+[a-z])",
        # "xã" before the commune's name: "Đảng ủy x Ia Sol" ("x hi" is "xã hội", a word in lower case after it)
        rf"(?P<xa>{ctx_words('xa', 'x')})(?=[ \t\n]+(?-i:[A-Z]))",
        # "Đề án" before its number or a review, its first word lost whole
        _project_pattern(lex, lost),
        # an example's lead (vocabulary ``example_word``) whose inner word was lost whole, told by the two blanks it
        # leaves, before a type in capitals: "xy dng k hoch thc hin, trong  c K hoch s 18-KH/U", "trong đó có Kế hoạch
        # số 18-KH/ĐU" (see :func:`_hollow_leads`)
        rf"(?P<example>{_hollow_alternation(lex, lost)})(?=[ \t\n]+(?-i:{types})(?![^\W\d_]))",
        # the other words a number after which is theirs (see :func:`_numbered`), before their number
        rf"(?P<numbered>{'|'.join(map(_spaced, _numbered(lex, lost))) or '(?!)'})(?=[ \t\n]+[0-9])",
        # an ordinal after "thứ" (checked in :func:`restore`, see :func:`_ordinals`)
        rf"(?<=[ \t\n])(?P<ord>{'|'.join(map(_spaced, _ordinals(lex, lost))) or '(?!)'})(?![^\W\d_])",
    )


def _capital_types(strip, type_words) -> str:
    """The alternation of the types ``type_words`` spelled as ``strip`` leaves them, capitalised or in capitals (a
    heading's: "NGH QUYT S 66 V NGH QUYT S 68 CA B CHNH TR", "NGHỊ QUYẾT SỐ 66 VÀ NGHỊ QUYẾT SỐ 68 CỦA BỘ CHÍNH TRỊ",
    tests/cases issuer-shared-upper-va, checklist stripped-letters: both the Bộ Chính trị's, where "V" was left and the
    first read without an issuer), longest first: what "và", "tại" and an example's lead stand before."""
    caps = {strip(v) for f in type_words for v in (f[:1].upper() + f[1:], f.upper())}
    return "|".join(sorted((_spaced(k) for k in caps if k[:1].isupper()), key=len, reverse=True))


def _neighbour_patterns(lex: Lexicon, lost: str, type_words) -> tuple[str, ...]:
    """The patterns of :func:`_context_patterns` of words read by a neighbour from the vocabulary: "năm" after a number in
    words the damage leaves whole (vocabulary ``count_word``): "Hội nghị toàn quốc sơ kết hai năm thực hiện Chỉ thị số
    03 của Bộ Chính trị" (corpus-real-2/news-nhandan-ct03-tw-2013.txt, checklist stripped-letters), "s kt hai nm thc
    hin", the span a review weighs, reviewed (before, "nm" was left and "thực hiện" read it carried out); a plural's word
    before a type in any case (:func:`_plurals`); "và" before a nominalised cue (:func:`_nominal_pattern`)."""
    strip = _deleter(lost)
    year = _context_alternation(lost, "num2")
    any_type = "|".join(sorted({_spaced(strip(f).lower()) for f in type_words}, key=len, reverse=True)) or "(?!)"
    return (
        rf"(?P<years>{year})(?:{_whole_counts(lex, lost)})(?![^\W\d_])",
        rf"(?P<plural>{_plural_alternation(lex, lost)})(?=[ \t\n]+(?:{any_type})(?![^\W\d_]))",
        _nominal_pattern(lex, lost),
    )


def _direction_pattern(lex: Lexicon, lost: str) -> str:
    """The pattern of "và" before a body's direction and "của" (vocabulary ``direction_noun``), which the cue before
    governs too: "Thc hin Ch th s 22/CT-TW … (11/6/1948 - 11/6/2018) v ch o ca UBND tnh ti vn bn s 238/UBND-KGVX", "và
    chỉ đạo của UBND tỉnh tại văn bản" (tests/cases relation-direction-conveyed-at, corpus-real-2/tdkt-langson-ct22-
    2018.txt), the letter carried out too."""
    strip = _deleter(lost)
    directions = "|".join(_spaced(k) for w in lex.words("direction_noun") if len((k := strip(w)).split()) == len(w.split()))
    after = rf"(?=[ \t\n]+(?:{directions or '(?!)'})[ \t\n]+{_spaced(strip('của'))}(?![^\W\d_]))"
    # (and a direction that lost its first word whole, after the two blanks it leaves, see :func:`_headless_directions`)
    headless = "|".join(map(_spaced, _headless_directions(lex, lost))) or "(?!)"
    return (
        rf"(?P<direction>{_context_alternation(lost, 'direction', 'v')}){after}"
        rf"|(?<=[ \t\n][ \t\n])(?P<headless>{headless})(?![^\W\d_])"
    )


def _whole_counts(lex: Lexicon, lost: str) -> str:
    """The look-behinds, one a word, of the numbers in words of vocabulary ``count_word`` the lost letters leave whole
    ("hai", "ba"), a blank and "năm" as ``lost`` spells it after them (:func:`_context_patterns`' ``years``)."""
    strip = _deleter(lost)
    year = re.escape(strip("năm"))
    words = [re.escape(w) for w in lex.words("count_word") if strip(w) == w]
    return "|".join(rf"(?<=(?<![^\W\d_]){w}[ \t\n]{year})" for w in words) or "(?!)"


def _plurals(lex: Lexicon, lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case) -> full, of the words of vocabulary ``plural_marker`` the lost letters change, two
    letters or more left, one word each, read before a type (:func:`_context_patterns`): "Ban Bí thư đã ban hành nhiều
    chỉ thị quan trọng: Chỉ thị số 50 …; Chỉ thị số 51 …" (corpus-real-13/news-vietnamplus-chibo-tamhung-hanoi-ct50-
    ct51-2025.txt, tests/cases issuer-list-intro-agent), stripped "nhiu ch th": the directives listed are the Ban Bí
    thư's (resolve.py's list after a plural), where "nhiu" kept a vowel and was left."""
    return _spelled_once(lex.words("plural_marker"), lost)


def _plural_alternation(lex: Lexicon, lost: str) -> str:
    """The pattern of :func:`_plurals`' keys, one blank between two words, no letter before it."""
    keys = [re.escape(k) for k in _plurals(lex, lost)]
    return "|".join(rf"{k}(?<![^\W\d_]{k})" for k in keys) or "(?!)"


def _nominal_pattern(lex: Lexicon, lost: str) -> str:
    """The pattern of "và" before a nominalised cue (vocabulary ``nominal_head`` and a cue of ``trigger``), the subject
    of the sentence it opens with the words before: "Cơ sở thực tiễn và kinh nghiệm triển khai Chỉ thị 42 sẽ là cơ sở để
    Đảng tiếp tục đổi mới" (corpus-real/news-cand-ct42-1998-hoiquanchung.txt, tests/cases relation-nominal-subject-kinh-
    nghiem), stripped "C s thc tin v kinh nghim trin khai Ch th 42 s l c s": the directive cited, not carried out by
    the page ("và kinh nghiệm" before a cue 4 times on the dev pages, corpus/ and case sentences, "về kinh nghiệm" none;
    "v vic" is the phrase "về việc", which the phrases' pattern takes first)."""
    strip = _deleter(lost)
    heads = "|".join(_spaced(strip(w)) for w in lex.words("nominal_head")) or "(?!)"
    cues = "|".join(sorted({_spaced(k) for w in lex.words("trigger") if (k := strip(w))}, key=len, reverse=True)) or "(?!)"
    return rf"(?P<nominal>{_context_alternation(lost, 'nominal', 'v')})(?=[ \t\n]+(?:{heads})[ \t\n]+(?:{cues})(?![^\W\d_]))"


def _headless_directions(lex: Lexicon, lost: str = "", name: str = "direction_noun") -> dict[str, str]:
    """Stripped spelling (lower case) -> full, of the phrases of vocabulary ``name`` whose first word a text that lost
    every letter deletes whole, of three words or more, read after the two blanks it leaves: the directions of
    ``direction_noun``, "  kin ch o ca Ban B th Trung ng ng ti Cng vn s 1740-CV/VPTW", "; ý kiến chỉ đạo của Ban Bí thư
    Trung ương Đảng tại Công văn số 1740-CV/VPTW" (tests/cases relation-direction-conveyed-basis, corpus-real/hd-55-
    btgtw-2022.txt): the letter the basis before governs too; an agent's verb of ``agent_verb`` (:func:`_headless_verbs`)."""
    if lost:
        return {}
    out: dict[str, str] = {}
    for full in lex.words(name):
        left = [_strip(w) for w in full.split()]
        if not left[0] and all(left[1:]) and len(left) > 2:
            out[" ".join(left[1:]).lower()] = full
    return out


def _headless_verbs(text: str, out: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """``out`` with an agent's verb written back after the two blanks its first word, lost whole, leaves, that word
    written back too (vocabulary ``agent_verb``, :func:`_headless_directions`): "Ch trong mt thi gian ngn, Ban B th  ban
    hnh nhiu ch th quan trng: Ch th s 50 …", "Ban Bí thư đã ban hành nhiều chỉ thị quan trọng" (corpus-real-13/news-
    vietnamplus-chibo-tamhung-hanoi-ct50-ct51-2025.txt, checklist stripped-letters), the body that issued the directives
    listed ("đã ban hành" 124 times on the dev pages, corpus/ and case sentences, "để ban hành" none); after one blank, or
    at a line's start, it is the verb alone."""
    heads = _headless_directions(lex, name="agent_verb")
    return [
        (a, b, full[: -len(w)] + w)
        if text[a - 2 : a] == "  "
        and a > 2
        and not text[a - 3].isspace()
        and (full := heads.get(" ".join(text[a:b].lower().split()))) is not None
        else (a, b, w)
        for a, b, w in out
    ]


def _project_pattern(lex: Lexicon, lost: str) -> str:
    """The pattern of "n", "Đề án" whose first word was lost whole (when every letter is lost), after the two blanks it
    leaves: before its number, "thc hin  n s 01- A/TW", "thực hiện Đề án số 01-ĐA/TW"; and before a review it is named
    by (vocabulary ``review_cue``), "xy dng  n tng kt 15 nm thc hin Ngh quyt (NQ) 32 ca B Chnh tr", "xây dựng Đề án
    tổng kết 15 năm thực hiện Nghị quyết (NQ) 32" (tests/cases short-abbr-restated-and-bare-nq32, corpus-real-24/
    provincial-haiphong-hoithao-tongket-15-nam-nq-32-bct-2018.txt), the project's title, which cites the resolution
    (before, "tổng kết" read it reviewed)."""
    if lost:
        return "(?P<da>(?!))"
    reviews = "|".join(_spaced(_strip(w)) for w in lex.words("review_cue")) or "(?!)"
    return rf"(?<=[ \t\n][ \t\n])(?P<da>n)(?=[ \t\n]+(?:(?:s[ \t\n]*)?[0-9]|(?:{reviews})(?![^\W\d_])))"


def _hollow_leads(lex: Lexicon, lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case, a blank each side of the word lost) -> full, of the phrases of vocabulary
    ``example_word`` an inner word of which a text that lost every letter deletes whole, its first and last left: "trong
    đó có" is "trong  c" ("10/10 ng y x, th trn xy dng k hoch thc hin, trong  c K hoch s 18-KH/U", "trong đó có Kế
    hoạch số 18-KH/ĐU", tests/cases party-basic-du, corpus/gialai-phuthien-huyenuy-baocao-198-bchu-2022-06-24-soket-
    kh45.txt, checklist stripped-letters: the plan named is an example of the plans made, cited, where "thc hin" read
    it implemented). The blanks tell it: "trong c" is "trong các", "trong cả"; "trong đó" loses its last word and is
    left."""
    if lost:
        return {}
    out: dict[str, str] = {}
    for full in lex.words("example_word"):
        left = [_strip(w) for w in full.split()]
        if left[0] and left[-1] and not all(left):
            out[" ".join(left).lower()] = full
    return out


def _ordinals(lex: Lexicon, lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case) -> full, of the ordinals of vocabulary ``ordinal`` the lost letters change, of two
    letters or more, one ordinal each, read after "thứ" (:func:`_thu_end`), where a word that keeps a vowel is no
    other: "Hi ngh Trung ng ln th by, kha X  thng qua Ngh quyt s 26-NQ/TW", "Hội nghị Trung ương lần thứ bảy"
    (tests/cases date-reported-act-plenum-unread, corpus-real-14/blog-truyenhinhcapsongthu-tieuchi-ntm-nq26-tw-nq24-
    cp.txt), "Hi ngh ln th nm Ban Chp hnh Trung ng ng", "lần thứ năm" (corpus-real-18/department-lienminhhtx-camau-
    kh-nq-09-nq-cp-nq-20-nq-tw-kinhtetapthe.txt; both every letter lost, checklist stripped-letters), the meeting that
    names the issuer; "thứ t" may be "thứ tự", and is left."""
    return _spelled_once(lex.words("ordinal"), lost)


def _spelled_once(words, lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case) -> word, of the ``words`` the lost letters change, two letters or more left, no word
    lost whole, where no other of them has that spelling (:func:`_ordinals`, :func:`_numbered`, :func:`_plurals`)."""
    strip = _deleter(lost)
    seen: dict[str, set[str]] = {}
    for w in words:
        k = strip(w).lower()
        if k != w and sum(c.isalpha() for c in k) >= 2 and len(k.split()) == len(w.split()):
            seen.setdefault(k, set()).add(w)
    return {k: min(v) for k, v in seen.items() if len(v) == 1}


def _numbered(lex: Lexicon, lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case) -> full, of the words of vocabulary ``number_word`` but places ("Quận 3": "qun" is
    "quân" too, "phng" "phòng") the lost letters change, of two letters or more, one word each, read before a number,
    where they keep a vowel: "v vic sa i, b sung khon 3 iu 2 Quyt nh s 44/2007 Q-BGDT", "khoản 3 Điều 2" (tests/cases
    nested-article-in-subject, every letter lost: checklist stripped-letters), the part of the document the title of
    the one before changes, cited, where "sửa đổi, bổ sung khon" read it changed by the page ("số", "năm", "Điều"
    are :data:`_CONTEXT_WORDS`')."""
    return _spelled_once([w for w, kind in lex.pairs("number_word") if kind != "place"], lost)


@cache
def _thu_end(lost: str) -> re.Pattern:
    """The pattern of "thứ" as ``lost`` spells it ending the text before an ordinal (:func:`_ordinals`)."""
    return re.compile(rf"(?<![^\W\d_])(?i:{re.escape(_deleter(lost)('thứ'))})[ \t\n]+$")


def _hollow_alternation(lex: Lexicon, lost: str) -> str:
    """The pattern of :func:`_hollow_leads`' keys, each with its blanks as written, no letter before it."""
    keys = [re.escape(k) for k in _hollow_leads(lex, lost)]
    return "|".join(rf"{k}(?<![^\W\d_]{k})" for k in keys) or "(?!)"


def _context_alternation(lost: str, group: str, case: str = "") -> str:
    """The stripped spellings of the words of ``group`` the text lost letters of ("s", "nm"), each with its first
    letter in the cases ``case`` gives ("Tt": "ti" and "Ti"), any case when empty."""
    keys = _context_keys(lost, group)
    if not keys:
        return "(?!)"
    if not case:
        alts = [re.escape(k) for k in keys]
    elif case == "Tt":
        alts = [f"(?-i:[{k[0].upper()}{k[0]}]){re.escape(k[1:])}" for k in keys]
    else:
        alts = [f"(?-i:{re.escape(k)})" for k in keys]
    # (each followed by its look-behind, no letter before it: the engine tries its first letter at each character, as
    # a literal, where a look-behind before it was tried at each one)
    return "|".join(rf"{a}(?<![^\W\d_]{a})" for a in alts)


def _after_number(text: str, m: re.Match, lost: str) -> bool:
    """Does the "v" at ``m`` follow a reference's bare number, "số 79" ("s 79" where the text lost "ố"), as it follows a
    symbol (:data:`_REF_END`)? "Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79 về tổ chức quán triệt, triển khai thực hiện
    Nghị quyết …" (tests/cases subject-quoted-nq37, corpus-real/hu-sontinh-quangngai-kh-79-2015.txt), stripped "K hoch
    s 79 v t chc": the plan's subject, whose "thực hiện" is no cue of the page's own (before, "v" was left and the
    Nghị quyết it names read as implemented)."""
    return _number_end(lost).search(text, max(0, m.start() - 20), m.start()) is not None


@cache
def _number_end(lost: str) -> re.Pattern:
    """The pattern of "số" and a number ending the text before a "v", "số" as ``lost`` spells it (:func:`_after_number`)."""
    return re.compile(rf"(?<![^\W\d_])(?i:{re.escape(_deleter(lost)('số'))})[ \t\n]+[0-9]+[ \t\n]+$")


def _after_reference(
    text: str, m: re.Match, lost: str, name_end: Optional[int], pat: _Either, table: dict[str, str], lex: Lexicon
) -> bool:
    """Does the "v" at ``m`` follow a reference's end (:func:`restore`'s ``about``): its symbol or year
    (:data:`_REF_END`), its bare number (:func:`_after_number`), or, not before a type ("Nghị quyết Trung ương 7 khóa
    XII và kết luận 32", a dev page, checklist stripped-letters: two documents joined), its term (:func:`_after_term`)
    or a name's last words after its part written back (:data:`_NAME_TAIL`)?"""
    if _REF_END.search(text, max(0, m.start() - 40), m.start()) or _after_number(text, m, lost):
        return True
    if not (_after_term(text, m, lost) or name_end is not None and _NAME_TAIL.fullmatch(text, name_end, m.start())):
        return False
    n = pat.match(text, _after_blanks(text, m.end()))
    return n is None or bool(n.lastgroup) or table.get(" ".join(n.group().lower().split())) not in lex.type_words


def _after_term(text: str, m: re.Match, lost: str) -> bool:
    """Does the "v" at ``m`` follow a reference's term, "khoá XI" (``_CONTEXT_WORDS``' ``term`` as ``lost`` spells it, its
    numeral), as it follows a symbol? "truyền đạt những nội dung cơ bản của Nghị quyết TW9, khoá XI về xây dựng và phát
    triển văn hóa, con người Việt Nam … và Nghị quyết số 12 của Ban thường vụ Tỉnh ủy Thanh Hóa" (a dev page, checklist
    stripped-letters), stripped "Ngh quyt TW9, kho XI v xy dng": the resolution's subject, after which "và" joins the
    second resolution to the core content passed on (before, "v" was left and the second read cited)."""
    return _term_end(lost).search(text, max(0, m.start() - 16), m.start()) is not None


@cache
def _term_end(lost: str) -> re.Pattern:
    """The pattern of a term and its numeral ending the text before a "v", "khóa" as ``lost`` spells it (:func:`_after_term`)."""
    keys = "|".join(map(re.escape, _context_keys(lost, "term"))) or "(?!)"
    return re.compile(rf"(?<![^\W\d_])(?i:{keys})[ \t\n]+(?:[0-9]{{1,2}}|[IVX]{{1,5}})[ \t\n]+$")


#: the words of a name after its part written back, before "v" (:func:`restore`): each opens with a capital or is an
#: abbreviation, one to three of them ("Tp on TKV v tp trung": "Nghị quyết số 19-NQ/ĐU của Ban Thường vụ Đảng ủy Tập
#: đoàn TKV về tập trung lãnh đạo đẩy mạnh ứng dụng", a dev page, checklist stripped-letters: the issuer ends at "về")
_NAME_TAIL = re.compile(r"(?:[ \t]+(?-i:[A-Z][A-Za-z0-9]*)){1,3}[ \t]+")
#: a reference's end before "v" (:func:`restore`): its symbol ("52-KL/TW", "2003/Q-TTg") or its date's year
_REF_END = re.compile(r"(?:[0-9]+[-/][A-Za-z0-9/-]*[A-Z]|(?<![0-9])(?:19|20)[0-9]{2})[ \t\n]+$")


def _followed(m: re.Match, follow: dict[str, str]) -> str:
    """The words of a ``follow`` match (:func:`_build_tables`) written back, the second one's too, the blanks between
    as the page writes them: "s l" -> "sẽ là"."""
    full = follow[" ".join(m.group("f1").lower().split())]
    if m.group("f2") is None:
        return full
    return full + m.group()[len(m.group("f1")) : m.start("f2") - m.start()] + follow[" ".join(m.group("f2").lower().split())]


def _short_follow(lex: Lexicon, lost: str = "") -> dict[str, str]:
    """Stripped spelling -> word, of the words of vocabulary ``short_follow`` whose stripped spelling no other shares."""
    seen: dict[str, set[str]] = {}
    for w in lex.words("short_follow"):
        k = _deleter(lost)(w).lower()
        if k and k != w and len(k.split()) == len(w.split()):
            seen.setdefault(k, set()).add(w)
    return {k: min(v) for k, v in seen.items() if len(v) == 1}


#: the words written back by their context (:func:`_build_tables`' ``ctx``), by the group of its pattern: the
#: letterhead's "S: 58/2010/Q-TTg", "Số:"; an article, "iu 1.", "Điều 1."; a term, "(kha X)", "(kho XII)", "khóa X",
#: "khoá XII"; a span of years, "Sau 10 nm thc hin", "Sau 10 năm thực hiện"; the verbs and the joining word before a
#: type in capitals; each read in the spelling the text's lost letters give it ("s", "nm", "iu" when it lost them all;
#: "s" and "Điu" when it lost "ố" and "ề")
_CONTEXT_WORDS = (
    ("num", ("số", "năm", "Điều", "hơn", "gần", "tháng")),
    ("num2", ("năm",)),
    ("term", ("khóa", "khoá")),
    ("sn", ("số",)),
    ("and", ("và", "ký", "có")),
    ("span", ("và",)),
    ("has", ("có",)),
    ("at", ("tại",)),
    ("about", ("về",)),
    ("list", ("và",)),
    ("xa", ("xã",)),
    ("direction", ("và",)),
    ("nominal", ("và",)),
)


def _context_keys(lost: str, group: str = "") -> list[str]:
    """The stripped spellings (lower case) of :data:`_CONTEXT_WORDS`' words whose spelling the lost letters change, of
    ``group`` (all when empty)."""
    strip = _deleter(lost)
    keys = (strip(f).lower() for g, fulls in _CONTEXT_WORDS if g == group or not group for f in fulls)
    return [k for k in dict.fromkeys(keys) if k and not any(k == f.lower() for _, fs in _CONTEXT_WORDS for f in fs)]


@cache
def _by_context(lost: str = "") -> dict[str, str]:
    """Stripped spelling (lower case) -> full, of :data:`_CONTEXT_WORDS`' words whose spelling the lost letters change,
    the first a spelling two share ("v": "và" before a type; "về" is the ``about`` group's, :func:`restore`); "n",
    "Đề án" that lost its first word whole, when every letter is lost."""
    strip = _deleter(lost)
    out: dict[str, str] = {}
    for _, fulls in _CONTEXT_WORDS:
        for full in fulls:
            if (k := strip(full).lower()) and k != full.lower():
                out.setdefault(k, full)
    if not lost:
        out["n"] = "Đề án"
    return out


def _cased(written: str, full: str) -> str:
    if written.isupper() and len(written) > 1:
        return full.upper()
    ws, fs = written.split(), full.split()
    if len(ws) == len(fs) > 1 and any(w[:1].isupper() for w in ws[1:]):
        # (each word in its own case, as written: "Tnh y ban hnh K hoch thc hin Kt lun s 52-KL/TW" is "ban hành Kế
        # hoạch thực hiện", the page's own plan (corpus-real/kh-114-tu-langson-2019.txt), not "ban hành kế hoạch", the
        # trigger's spelling; "ban hnh K hoch" is "ban hành Kế hoạch" 44 times on the dev excerpts and case sentences,
        # "ban hành kế hoạch" 4; the blanks between as the page writes them)
        seps = re.findall(r"[ \t\n]+", full)
        words = [_cased(w, f) for w, f in zip(ws, fs)]
        return words[0] + "".join(sep + w for sep, w in zip(seps, words[1:]))
    if not written[:1].isalpha() or written[:1].lower() != full[:1].lower():
        return full  # (its first letter was deleted, its case with it: "iu l trng i hc" for "Điều lệ trường …")
    if written[:1].islower():
        return full[:1].lower() + full[1:]
    return full[:1].upper() + full[1:]


def restore(text: str, lex: Lexicon, lost: str = "") -> list[tuple[int, int, str]]:
    """The edits that write the closed vocabulary back into a stripped ``text`` (see the module doc); ``lost`` the
    letters it lost (:func:`lost_letters`), every non-ASCII letter when empty."""
    pat, table, sym_pat, sym, follow, after_type, named, cues, by_context = _tables(lex, lost)
    out: list[tuple[int, int, str]] = []
    name_end = cue_end = None  # (where the last name, the last cue written back ends)
    caps_only = _caps_only(lex, lost) if lost != lost.lower() else frozenset()
    for m in _matches(text, pat, table):
        w = m.group()
        if m.lastgroup == "follow":
            if not after_type.search(text, max(0, m.start() - 40), m.start()):
                continue
            full = _followed(m, follow)
        elif m.lastgroup in ("about", "list") and _between_cues(text, m, cue_end, pat, table, cues, lost):
            full = "và"
        elif m.lastgroup == "list":
            continue
        elif m.lastgroup == "ord" and not _thu_end(lost).search(text, max(0, m.start() - 8), m.start()):
            continue
        elif m.lastgroup == "about":
            after_name = name_end is not None and text[name_end : m.start()].isspace()
            if not (after_name or _after_reference(text, m, lost, name_end, pat, table, lex)):
                continue
            joined = _joins_a_name(text, m.end(), pat, table, named)
            if joined is not None:
                if not (after_name and joined not in _meetings(lex)):
                    continue
                full = "và"
            elif not text[_after_blanks(text, m.end())].islower():
                continue  # (before a capital, "v" is "và" or "về" alike: "về Hội nghị", "và Kế hoạch")
            else:
                full = "về"
        elif m.lastgroup:
            full = by_context[w.lower()]
        else:
            full = table.get(key := " ".join(w.lower().split()))
            if full is None or caps_only and key in caps_only and not w.isupper():
                continue
            heads = _fields_after_heads(lex).get(full)
            if heads and _field_lowered(w, full):
                # (a head before words in lower case, not an office's field: its own words alone, "cc" is "các")
                m = _Piece(m.start(), _first_words(heads).match(w).group())
                if (full := table.get(" ".join((w := m.group()).lower().split()))) is None:
                    continue
            parts, seps = full.split(), re.findall(r"[ \t\n]+", w)
            if "\n" in w and len(seps) == len(parts) - 1:  # (keep the line break where the page had it)
                full = parts[0] + "".join(sep + p for sep, p in zip(seps, parts[1:]))
            if full in named:
                name_end = m.end()
            if full in cues:
                cue_end = m.end()
        out.append((m.start(), m.end(), _cased(w, full)))
    if not lost:
        out += _places_after_units(text, out, lex)
        out += _names_glued_after(text, out, lex)
        out += _manners_after_reviews(text, out, lex)
        out = _compounds_left(text, _headless_verbs(text, out, lex), lex)
    for m in sym_pat.finditer(text) if sym else ():  # (no symbol's part needs a lost letter: "ố")
        out.append((m.start(), m.end(), sym[("/" if m.lastgroup == "q" else "") + m.group()]))
    return out


#: a word as the damage leaves it, in one case (lower, capitalised or capitals), not part of a symbol or a number
_TOKEN = re.compile(r"(?<![\w/.-])(?:[A-Z]?[a-z]+|[A-Z]+)(?![\w/-])")
_BETWEEN = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")


def _compounds_left(text: str, out: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """``out`` and the compound words (:func:`_compounds`) among the words nothing else wrote back, the longest first (four
    syllables, three, two): the words of an organisation's name no list of issuers holds, "Đảng bộ c quan chnh quyn Qun
    3" is "Đảng bộ cơ quan chính quyền Quận 3" (corpus-real/quan3-hcm-kh-221-qu-kh-65-du-2019.txt), "Đảng ủy Tp on Du kh
    Quc gia Vit Nam" "Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam" (corpus-real-27/list-vpi-pvn-kh-chithi-136-ct-du-
    2017.txt), "Ban Ch o i hi i biu cc dn tc thiu s Vit Nam" "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt
    Nam" (corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-vanbanphapluat.txt), and the words
    after a reference that tell it has no issuer written ("Quyt nh s 1719/Q-TTg ph duyt", "phê duyệt": tests/cases);
    checklist stripped-letters, issuer .959 -> .967. A single word is left (its stripped spelling is one of too many:
    "ng", "c", "v")."""
    table = _compounds(lex)
    edits = sorted(out)
    starts = [a for a, _, _ in edits]
    free = []
    for m in _TOKEN.finditer(text):
        i = bisect_left(starts, m.end())
        if not (i > 0 and edits[i - 1][1] > m.start()):
            free.append(m)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(free):
        for n in (4, 3, 2):
            run = free[i : i + n]
            if len(run) < n or not all(_BETWEEN.fullmatch(text, a.end(), b.start()) for a, b in zip(run, run[1:])):
                continue
            full = table.get(" ".join(m.group().lower() for m in run))
            if full is not None:
                written = text[run[0].start() : run[-1].end()]
                words = _cased(written, full).split(" ")  # (the blanks between as the page writes them, a line break)
                blanks = [text[a.end() : b.start()] for a, b in zip(run, run[1:])]
                found.append((run[0].start(), run[-1].end(), words[0] + "".join(map("".join, zip(blanks, words[1:])))))
                i += n - 1
                break
        i += 1
    return out + found


def _compounds(lex: Lexicon) -> dict[str, str]:
    """stripped -> full of the compound words: pyvi's (:func:`vanban.facts.words.compound_words`) and the names of two
    to four capitalised words the lexicon's issuers and known documents write ("Việt Nam", "Quốc gia"), whose stripped
    spelling keeps a letter of each syllable and is not the word itself. A word is read where the lexicon's own texts
    (its known documents' subjects, its issuers' names, its vocabulary's phrases; not the sentences its source column
    quotes, which the checklist damages) write it, or where each syllable keeps two letters ("dn tc" is "dân tộc",
    "Quc gia" "Quốc gia"): a syllable of one letter is one of too many ("tin v" is no "tiền vệ" in "Ban Xc tin v H tr u
    t", "Ban Xúc tiến và Hỗ trợ đầu tư", nor is "H tr" written back there). Of two words or more with one spelling, the
    one those texts write more often: "u t" is "đầu tư" (not "ưu tú"); a spelling no word wins is left ("ng y": "đồng
    ý", "đông y", "Đảng ủy")."""
    return lex.cached("stripped_compounds", _build_compounds, lex)


_LETTERS = re.compile(r"[^\W\d_]+")


def _build_compounds(lex: Lexicon) -> dict[str, str]:
    counts, names = _written_grams(lex)
    words = [*compound_words(), *sorted(names)]
    by_key: dict[str, dict[str, str]] = {}
    for w, key in zip(words, _NON_ASCII_LETTER.sub("", "\n".join(words)).lower().split("\n")):
        if key.count(" ") == w.count(" ") and "  " not in key and key[:1] != " " != key[-1:] and key != w.lower():
            by_key.setdefault(key, {}).setdefault(w.lower(), w)
    out = {}
    for key, fulls in by_key.items():
        ranked = sorted(((counts.get(f, 0), w) for f, w in fulls.items()), reverse=True)
        if len(ranked) > 1 and ranked[0][0] <= ranked[1][0]:
            continue
        if ranked[0][0] or min(map(len, key.split())) > 1:
            out[key] = ranked[0][1]
    return out


def _written_grams(lex: Lexicon) -> tuple[Counter, set[str]]:
    """(how often the lexicon's texts write each run of two to four words, in lower case; the runs of two to four
    capitalised words its issuers and known documents write)."""
    named = [k.subject for k in lex.registry] + [f for written, issuer in lex.issuer_rows for f in (written, issuer.body)]
    counts: Counter = Counter()
    names = set()
    for t in chain(named, (w.phrase for w in lex.vocabulary)):
        words = _LETTERS.findall(t)
        low = [w.lower() for w in words]
        for n in (2, 3, 4):
            counts.update(map(" ".join, zip(*(low[i:] for i in range(n)))))
    for t in named:
        run: list[str] = []
        for w in [*_LETTERS.findall(t), ""]:
            if w[:1].isupper() and w[1:].islower():
                run.append(w)
                continue
            names.update(" ".join(run[i:j]) for i in range(len(run)) for j in range(i + 2, min(i + 4, len(run)) + 1))
            run = []
    return counts, names


def _manners_after_reviews(text: str, out: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """How a review weighs its object (vocabulary ``review_manner``) right after a review's cue written back (vocabulary
    ``review_cue``), a comma between two of them, where a word keeps a vowel: "việc tổng kết lần này nhằm đánh giá toàn
    diện, sâu sắc quá trình lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện Nghị quyết số 33-NQ/TW" (corpus-real-6/tu-
    nghean-kh-tongket-nq33-ctr10-nq05-2024.txt, checklist stripped-letters), "nh gi ton din, su sc": "ton din" is
    "toàn diện" there ("tôn", "diễn" elsewhere), and the review reaches the resolution; a phrase written back already
    is left."""
    pat, manners, reviews = _review_manners(lex)
    starts = {a for a, _, _ in out}
    found: list[tuple[int, int, str]] = []
    for _, b, full in out:
        if full.lower() not in reviews:
            continue
        while (m := pat.match(text, b)) is not None:
            if m.start("m") not in starts:
                found.append((m.start("m"), m.end("m"), manners[" ".join(m.group("m").lower().split())]))
            b = m.end()
    return found


def _review_manners(lex: Lexicon) -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """(the pattern of a manner of :func:`_manners_after_reviews` after a blank or a comma, stripped -> full, the review
    cues in lower case), built once per lexicon."""

    def build() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
        manners = {_strip(w).lower(): w for w in lex.words("review_manner") if _strip(w) != w}
        keys = "|".join(_spaced(k) for k in sorted(manners, key=len, reverse=True)) or "(?!)"
        pat = re.compile(rf"[ \t]*,?[ \t\n]+(?P<m>{keys})(?![^\W\d_])", re.IGNORECASE)
        return pat, manners, frozenset(w.lower() for w in lex.words("review_cue"))

    return lex.cached("stripped_review_manners", build)


#: a syllable as the damage leaves it: its first consonants, the vowels it kept, its last consonants ("thng", "ph", "ng",
#: "Chnh"); a word of more is two glued (see :func:`_names_glued_after`)
_SYLLABLE = re.compile(rf"(?:{ONSET})?[aeiouy]*(?:{CODA})?")
_TAIL = re.compile(r"[a-z]+")


def _names_glued_after(text: str, out: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """The names (an issuer's, a place's) glued to the next word in lower case written back: "ca Chnh phquy nh" is "của
    Chính phủquy định", "ca Ban B thtrn a bn" "của Ban Bí thưtrên địa bàn" (tests/cases glued-issuer-lower-next: pages
    that drop the blank after a name). The name's last word and the letters glued to it hold no syllable ("phquy",
    "thtrn", "hiph": no syllable has "q" or "r" after its vowel, or "ph" at its end), where a longer word would ("thng"
    is "thông", "Ban B thng tin" is no "Bí thư" glued); a name the phrases wrote back in part already is left."""
    pat, table = _glued_names(lex)
    words, phrases = _tables(lex)[:2]
    edits = sorted(out)
    starts = [a for a, _, _ in edits]
    found: list[tuple[int, int, str]] = []
    for m in pat.finditer(text):
        tail = _TAIL.match(text, m.end()).group()
        if _SYLLABLE.fullmatch((m.group().split()[-1] + tail).lower()):
            continue
        i = bisect_left(starts, m.start())
        if i > 0 and edits[i - 1][1] > m.start() or i < len(starts) and starts[i] < m.end():
            continue
        # (and the blank the page dropped written back after it on the copy: the next word lost its vowel too, "ph" of
        # "phê", so no reader tells the second syllable's start, as it does on "Quốc hộiphê duyệt")
        full, end = _cased(m.group(), table[" ".join(m.group().lower().split())]) + " ", m.end()
        if tail == "v" and (n := words.match(text, _after_blanks(text, end + 1))) and not n.lastgroup:
            if phrases.get(" ".join(n.group().lower().split())) in lex.type_words:
                full, end = full + "và", end + 1  # ("caBan B thv K hoch s 25", "củaBan Bí thưvà Kế hoạch số 25")
        found.append((m.start(), end, full))
    return found


def _glued_names(lex: Lexicon) -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of the stripped names (issuers', places') followed by a small letter, and stripped -> full."""

    def build() -> tuple[re.Pattern, dict[str, str]]:
        pat, table, *_, named, _cues, _by_context = _tables(lex)
        names = {k: f for k, f in table.items() if f in named}
        alts = "|".join(_spaced(k) for k in sorted(names, key=lambda k: (-len(k), k)))
        return re.compile(rf"{_LEFT}(?:{alts})(?=(?-i:[a-z]))", re.IGNORECASE), names

    return lex.cached("stripped_glued_names", build)


class _Either(NamedTuple):
    """The alternation ``first|then`` of two patterns, searched as two: at one start, ``first``'s match."""

    first: re.Pattern
    then: Optional[re.Pattern]

    def match(self, text: str, pos: int) -> Optional[re.Match]:
        return self.first.match(text, pos) or (self.then.match(text, pos) if self.then is not None else None)


class _Piece(NamedTuple):
    """The words of a phrase before the longer phrase its last words start, as a match gives them."""

    at: int
    text: str
    lastgroup: None = None

    def group(self) -> str:
        return self.text

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.text)


def _matches(text: str, pat: _Either, table: dict[str, str]):
    """``pat``'s matches, but where the last word of a phrase starts a phrase of more words, that one and the phrase's
    first words: "Trng ban Dn tc" is "Trưởng Ban Dân tộc" ("Ban Dân tộc", issuers.csv), not "Trưởng ban" and "Dn tc"."""
    pos, then = 0, None  # (``then``'s next match from ``pos``, False if none: searched again once ``pos`` passes it)
    while True:
        m = pat.first.search(text, pos)
        if pat.then is not None and then is not False and (then is None or then.start() < pos):
            then = pat.then.search(text, pos) or False
        if then and (m is None or then.start() < m.start()):
            m = then
        if m is None:
            return
        w = m.group()
        k = max(w.rfind(" "), w.rfind("\n"), w.rfind("\t"))
        if m.lastgroup is None and k > 0 and text[m.end() : m.end() + 1] in (" ", "\n", "\t"):
            n = pat.match(text, m.start() + k + 1)
            if n and n.lastgroup is None and n.end() > m.end() and len(n.group().split()) > len(w.split()):
                head = w[:k].rstrip()
                if " ".join(head.lower().split()) in table:
                    yield _Piece(m.start(), head)
                m = n
        yield m
        pos = m.end()


def _between_cues(
    text: str, m: re.Match, cue_end: Optional[int], pat: _Either, table: dict, cues: frozenset, lost: str = ""
) -> bool:
    """Is "v" at ``m`` between two cues of a relation written back, a list of cues, being "và"? "qun trit v thc hin Kt
    lun s 100", "quán triệt và thực hiện" (tests/cases "look-back-before-a-list-of-cues"). On a page that lost a few
    letters (``lost``), a cue it writes whole counts as one written back: "Trong những năm qua, quán triệt v thực hiện
    Kết luận số 100 - KL/TW ngy 18/8/2014", a page that lost "à" (that case, checklist partial-letters), where neither
    cue lost a letter and "thực hiện" read the conclusion implemented, not looked back on."""
    if cue_end is not None and text[cue_end : m.start()].isspace():
        before = True
    elif not lost:
        return False
    else:
        before = _written_cue(text[max(0, m.start() - 40) : m.start()].rstrip().lower(), cues, end=True)
    n = pat.match(text, _after_blanks(text, m.end()))
    if n is not None and not n.lastgroup:
        return before and table.get(" ".join(n.group().lower().split())) in cues
    return before and bool(lost) and _written_cue(text[_after_blanks(text, m.end()) :][:40].lower(), cues, end=False)


def _written_cue(near: str, cues: frozenset, end: bool) -> bool:
    """Does ``near`` (lower case) end (``end``) or start with a cue of ``cues`` written whole, a word of its own?"""
    for c in cues:
        c = c.lower()
        if end and near.endswith(c) and not near[-len(c) - 1 : -len(c)].isalpha():
            return True
        if not end and near.startswith(c) and not near[len(c) : len(c) + 1].isalpha():
            return True
    return False


_BLANKS = re.compile(r"\s*")


def _after_blanks(text: str, pos: int) -> int:
    """Where the blanks (any white space, as ``str.lstrip``'s) from ``pos`` end: without copying the rest of the text,
    asked at each "v" of a stripped page."""
    return _BLANKS.match(text, pos).end()


def _joins_a_name(text: str, end: int, pat: _Either, table: dict[str, str], named: frozenset) -> Optional[str]:
    """The name or the "của" that "v" ending at ``end`` joins, being "và" (None if none): its first capital may be lost
    ("ca Chnh ph v y ban Trung ng Mt trn T quc Vit Nam", "Ủy ban …"; "nm 2013 v ca Gim c S Ni v", "và của")."""
    m = pat.match(text, _after_blanks(text, end))
    if m is None or m.lastgroup:
        return None
    full = table.get(" ".join(m.group().lower().split()))
    return full if full in named or full == "của" else None


def _meetings(lex: Lexicon) -> frozenset:
    """The names that open with a meeting (vocabulary ``meeting_noun``: "Đại hội Đảng", an issuer's name), which "v"
    before one is "về" as often: "Chỉ thị 35-CT/TW của Bộ Chính trị về Đại hội Đảng các cấp" (3 on the dev excerpts and
    case sentences, against none "và")."""

    def build() -> frozenset:
        heads = tuple(w.lower() for w in lex.words("meeting_noun"))
        return frozenset(w for w, _ in lex.issuer_rows if w.lower().startswith(heads))

    return lex.cached("stripped_meetings", build)


def lost_letters(text: str, lex: Lexicon, sample: int = 6000) -> str:
    """The few non-ASCII letters a text that kept the others lost ("ố" of "Luật Ngân hàng Nhà nước
    ViệtNam s 46/2010/QH12", "Pháp lệnh ngoại hi", "một s điu", corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-
    luatminhkhue.txt: a page whose font lacked them), "" when none: each a letter the text does not hold while a word of
    the closed vocabulary that needs it is written with a gap ("Quyt định" for "Quyết định", "ngy 10" for "ngày 10",
    "s 46" for "số 46"). Asked of a text with its non-ASCII letters; a clean one pays a search for each such letter it lacks (the
    common ones are found in its first lines)."""
    head = text[:sample]
    for least, letters, asked, capitals in _asked_by_length(lex):
        if len(head) >= least:
            # (a page that long is asked only of the letters a clean page of its length holds, vocabulary
            # ``common_letter``: a clean page lacks some of the rarer ones, "ỏ", "ĩ", "é", ten a bench page, and each
            # asked cost a search; a page of 1,500 characters or more is asked of "à", "á", "đ", "ộ", "ư", "ạ", "ố",
            # "ủ"; a clean one holds them all)
            missing, told = _absent(head, asked, capitals)
            if not missing and not told:
                return ""
            by_letter = _gap_index(lex).by_letter
            gaps = tuple(by_letter[c] for c in letters + told if c not in head and c in by_letter)
            break
    else:
        gaps = None  # (a shorter page is asked of every letter)
    # (a letter is asked only where the page holds a word its gaps change, "Quyt", "s", "Ngh": the page's words read
    # once, a set each letter's words are looked up in at C speed; a clean page of 500 characters paid ~40 µs for the
    # letters it lacks, ~12 µs then; a page none of whose words is one, as :func:`_cut_words` cuts them, is asked
    # of a symbol's part only: a clean bench page under 600 characters paid ~115,000-175,000 instructions, ~40,000 now)
    index = _gap_index(lex)
    if index.words.isdisjoint(_cut_words(head)):
        gaps = index.symbol if gaps is None else tuple(g for g in gaps if g[4])
        return "".join(sorted(_lost_of(head, gaps, frozenset(), lex)))
    page = _Page(head.split())  # (each written word stripped once, at C speed)
    gaps = _gaps(lex) if gaps is None else gaps
    if index.words.isdisjoint(page.tokens):
        gaps = tuple(g for g in gaps if g[4])
    return "".join(sorted(_lost_of(head, gaps, page.tokens, lex, page)))


def _asked_by_length(lex: Lexicon) -> tuple[tuple[int, str, tuple, tuple], ...]:
    """(length, letters, asked, capitals) of :func:`_common_by_length`, ``asked`` the letters a page that long is asked
    of, each with its signs: the common ``letters`` first, with none (a clean page that long holds each), then the
    lower-case letters of vocabulary ``lost_letter_sign`` beyond them, in file order, with their signs: the letter absent
    and one of its vocabulary words written without it, where no clean dev page writes that ("Chnh" of "Chính", "đnh"
    of "định", " s " of "số", " ch " of "chủ"; the blanks around a sign are part of it, a word), where the gap search
    cost ~1M instructions (checklist partial-letters, a page that lost "í": "của Bộ Chnh trị"); ``capitals`` its
    capitals, each with its signs as (sign, anchor, index) of :func:`_anchor` (see :func:`_absent`), in the order of
    vocabulary ``lost_capital_rank``, the one a clean page lacks most often first, "Ớ", "Ạ", "Ư", "Ủ" (its values: of
    the 886 clean dev pages of 600 characters or more, 775, 669, 653, 435 lack it; a capital it does not rank last),
    so a page without a heading in capitals, which lacks them all, is told so by the first two searches (in the order
    "Ủ", "Ư" the sparse bench paid ~26,000 instructions more: "Ủ" searched twice, the prose sign " y ban " asking it
    first, and "Ư" a search that stops at each "ắ"); built once per lexicon, so a page asks each letter once, in one
    loop, not a letter that long pages share twice."""

    def build() -> tuple:
        signs: dict[str, list[str]] = {}
        for sign, letter in lex.pairs("lost_letter_sign"):
            signs.setdefault(letter, []).append(sign)
        vowels = {c for c in signs if c.isupper() and _VOWEL_ANY.match(c)}  # (not "Đ", which prose writes: "Đảng")
        # (a capital vowel's sign in prose, no capital in it, is asked as a small letter's: a word's first letter lost,
        # "của y ban nhân dân tỉnh Bà Rịa - Vũng Tàu", a page that lost "Ủ")
        small = [(c, tuple(g for g in s if c not in vowels or g.islower())) for c, s in signs.items()]
        small = tuple(e for e in small if e[1])
        rank = {c: -int(n) for c, n in lex.pairs("lost_capital_rank")}
        by_rank = sorted(vowels, key=lambda c: (rank.get(c, 0), c))
        capitals = tuple((c, tuple((g, *_anchor(g)) for g in signs[c] if not g.islower())) for c in by_rank)
        return tuple(
            (least, letters, tuple((c, ()) for c in letters) + tuple(e for e in small if e[0] not in letters), capitals)
            for least, letters in _common_by_length(lex)
        )

    return lex.cached("stripped_asked_by_length", build)


def _absent(head: str, asked: tuple, capitals: tuple = ()) -> tuple[bool, str]:
    """(does ``head`` lack a letter of ``asked`` that has no signs, the letters with signs it lacks while holding one of
    their signs): a plain loop, one search a letter a clean page holds (the letters with signs it lacks, "ẫ" on 36 of
    the bench's 60 sparse pages of 600 characters or more, pay their signs' searches). A capital of ``capitals`` is
    asked by its signs only where it is the one the page lacks: a heading that lost "Ạ", "TRIỂN KHAI THỰC HIỆN KẾ
    HOCH" (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt), writes the others ("THƯỜNG VỤ TỈNH ỦY", "HƯỚNG"),
    where a page without a heading in capitals lacks them all (15 of the 51 clean sparse bench pages of 600
    characters or more that lack one; the signs asked of each lacking one cost the sparse pass ~1M instructions)."""
    missing, told = False, ""
    for c, signs in asked:
        if c in head:
            continue
        if not signs:
            missing = True
            continue
        for s in signs:
            if s in head:
                told += c
                break
    lacking = None
    for e in capitals:
        if e[0] not in head:
            if lacking is not None:
                return missing, told  # (two lacking: no heading in capitals)
            lacking = e
    if lacking is not None and lacking[0] not in told:
        for s, anchor, at in lacking[1]:
            if _at_anchor(head, s, anchor, at):
                return missing, told + lacking[0]
    return missing, told


def _anchor(sign: str) -> tuple[str, int]:
    """(the letter a capital's sign is looked for at, its index in the sign): its last non-ASCII capital ("Ế" of "KẾ
    HOCH", a heading that lost "Ạ": "TRIỂN KHAI THỰC HIỆN KẾ HOCH", corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt;
    "Ư" of "THỦ TƯNG": the 49 clean sparse bench pages lacking "Ớ" write "Ủ" 103 times, "ỦY BAN", "Ư" 38), else its
    first capital after a letter ("A" of "CA BAN": prose writes a capital to open a word; a capital inside one stands in
    a heading in capitals or an abbreviation), else its first letter."""
    for i in reversed(range(len(sign))):
        if sign[i].isupper() and not sign[i].isascii():
            return sign[i], i
    for i, ch in enumerate(sign):
        if ch.isupper() and i and sign[i - 1].isalpha():
            return ch, i
    return sign[0], 0


def _at_anchor(head: str, sign: str, anchor: str, at: int) -> bool:
    """Is ``sign`` written in ``head`` at one of its ``anchor`` letters (``at`` its index in the sign)? A clean page
    lacking a capital ("Ủ": "UBND", "Uỷ ban") seldom writes the capitals a sign is looked for at, each found by a
    search of one letter (~40 ns a page of 1,500 characters, where the sign searched whole cost ~900)."""
    i = head.find(anchor, at)
    while i >= 0:
        if head.startswith(sign, i - at):
            return True
        i = head.find(anchor, i + 1)
    return False


def _lost_of(head: str, gaps: tuple, tokens: set, lex: Lexicon, page: Optional[_Page] = None) -> list[str]:
    """The letters of ``gaps`` (entries of :func:`_gaps`) ``head`` lost; ``tokens`` its words, ``page`` its written
    words (:class:`_Page`, made from ``head`` when None)."""
    lost = []
    sets = _gap_index(lex).sets
    for c, _, before_number, changed, in_symbol in gaps:
        if c in head:
            continue
        if (unchanged := tokens.isdisjoint(changed)) and not in_symbol:
            continue
        if before_number is not None and before_number.search(head):
            lost.append(c)
            continue
        if unchanged:
            continue  # (no page word is one the letter changes, nor a pair of words holding one: a symbol's part asked)
        # (a word alone tells little: "khi" is "khối" in "khi có Nghị quyết" only on a page that lost "ố"; the page's
        # words read once, and the pairs of words around those the letter changes, each letter's gaps looked up in
        # them: walking each gap's first word through the page, "y" of "y ban", cost 0.1-0.6 ms a short page; every
        # pair of the page, ~0.1 ms one of 1,745 characters)
        # (only the words the letter changes and the pairs around them, found by their written form, until one is a gap:
        # every gap of one word is a word its letter changes, every gap of two holds one, tests/references/
        # test_stripped.py holds it of the vocabulary; on the bench's sparse copy of corpus-real/tb-278-tw-2009-
        # encoding-loss.txt, "ca Ban" of "của Ban", which lost "ủ", the page's 360 words read ~60 µs, its first "ca"
        # and the pairs around it ~5 µs)
        spellings, others = sets[c]
        if (page or _Page(head.split())).tells(changed, spellings, others, head):
            lost.append(c)
    return lost


class _Page:
    """A page's written words (``str.split``'s) and each stripped of the punctuation around it and the full stop
    (``tokens``), read once for every letter asked."""

    __slots__ = ("parts", "uniq", "stripped", "tokens")

    def __init__(self, parts: list[str]):
        self.parts = parts
        self.uniq = list(set(parts))
        self.stripped = list(map(str.strip, self.uniq, repeat(_AROUND_STOP)))
        self.tokens = set(self.stripped)

    def tells(self, changed: frozenset, spellings: frozenset, others: dict, head: str) -> bool:
        """Does a page word of ``changed`` (:func:`_page_word`), or two following each other (joined by a space) one of
        which is, stand among ``spellings`` where ``head`` holds each of its ``others`` letters? A page word of
        ``changed``, which holds no mark of :data:`_AROUND_STOP` at its ends, is written as a word whose ``tokens`` form
        is of ``changed``."""
        hit = set(compress(self.uniq, map(changed.__contains__, self.stripped)))
        if not hit:
            return False
        parts, last, words = self.parts, len(self.parts) - 1, {}
        for i in compress(range(len(parts)), map(hit.__contains__, parts)):
            if (w := words.get(parts[i])) is None:
                w = words[parts[i]] = _page_word(parts[i])
            if w not in changed:
                continue
            near = [w]
            if i > 0:
                near.append(_page_word(parts[i - 1]) + " " + w)
            if i < last:
                near.append(w + " " + _page_word(parts[i + 1]))
            if len(w) < 3 and w.isupper():  # (and the three around one in capitals, :func:`_triple_gaps`: "B CHÍNH TRỊ")
                near += [" ".join(map(_page_word, parts[j : j + 3])) for j in range(max(0, i - 2), min(i, last - 2) + 1)]
            if any(g in spellings and all(d in head for d in others[g]) for g in near):
                return True
        return False


def _page_word(part: str) -> str:
    """A written word as a gap is looked up in: the punctuation around it taken off, and a full stop ending it ("Ban B
    thư." is "thư"; not one inside it, "Q.1")."""
    w = part.strip(_AROUND)
    return w[:-1] if w.endswith(".") and "." not in w[:-1] else w


#: the punctuation around a word the page writes (not a part of an address or a symbol: "Cadn.com.vn", "42-CT/TW")
_AROUND = ",;:()[]\"'“”‘’!?"
#: and the full stop: a page's words, as the words a gap changes are looked up in them (:func:`lost_letters`)
_AROUND_STOP = _AROUND + "."


def _cut_words(text: str) -> list[str]:
    """``text`` cut at its blanks and at each mark of :data:`_AROUND_STOP` wherever it stands, at C speed: a word a gap
    changes ("Quyt", "s") holds none of them, so a page's word stripped of them (``w.strip(_AROUND_STOP)``) that is one
    is one of these pieces (tests/references/test_stripped.py holds it): "(Quyt định s 46)," -> "Quyt", "định", "s",
    "46". (A pattern of those characters cut a page of 500 characters at ~1.5 times the cost of stripping its words.)"""
    for mark in _AROUND_STOP:
        text = text.replace(mark, " ")
    return text.split()


class _GapIndex(NamedTuple):
    """Views of :func:`_gaps` a page is looked up in, made once a lexicon."""

    by_letter: dict  # letter -> its entry of _gaps
    sets: dict  # letter -> (its gaps' spellings, spelling -> the letters the text must hold for it to tell this one)
    symbol: tuple  # the entries that ask a symbol's part ("Đ" of "QĐ": "153/2003/Q-TTg")
    words: frozenset  # the words any letter's gaps change ("Quyt", "s", "Ngh", "y"): a page holding none lost no letter
    # but by a symbol's part ("Q-TTg")


def _gap_index(lex: Lexicon) -> _GapIndex:
    """The :class:`_GapIndex` of ``lex``: the gaps' spellings looked up in a page's words at C speed."""
    # (_gaps before: ``Lexicon.cached`` takes one build at a time)
    return lex.cached("stripped_gap_index", _build_gap_index, _gaps(lex))


def _build_gap_index(every) -> _GapIndex:
    """The :class:`_GapIndex` of the entries of :func:`_gaps`."""
    return _GapIndex(
        by_letter={g[0]: g for g in every},
        sets={c: (frozenset(g for g, _, _ in gaps), {g: o for g, o, _ in gaps}) for c, gaps, *_ in every},
        symbol=tuple(g for g in every if g[4]),
        words=frozenset().union(*(g[3] for g in every)),
    )


def _common_by_length(lex: Lexicon) -> tuple[tuple[int, str], ...]:
    """(length, letters) of vocabulary ``common_letter``: a clean page of that many characters or more holds each of the
    letters ("à" from 600: "ngày", "và"; "àáđ" from 800), longest first."""
    return lex.cached("stripped_common_by_length", _build_common_by_length, lex)


def _build_common_by_length(lex: Lexicon) -> tuple[tuple[int, str], ...]:
    common = sorted((int(n), c) for c, n in lex.pairs("common_letter"))
    return tuple((n, "".join(c for m, c in common if m <= n)) for n in sorted({n for n, _ in common}, reverse=True))


def _gaps(lex: Lexicon) -> tuple:
    """(letter, the vocabulary's words written without it, the pattern of a citation's word before a number without it
    or a symbol's part, the words those spellings change ("Quyt", "s"), whether a symbol's part is asked) for each
    lower-case non-ASCII letter and the capitals that open a word (see :func:`lost_letters`), built once per lexicon.
    A word is two words of a phrase of the closed vocabulary of :func:`_phrases`' first tier (types, issuers, a
    citation's words, the cues of a relation), one written without it ("Ch thị", "Ban B thư", "y ban"), or a syllable of
    it left with three letters or more and no vowel ("Ngh"), no syllable of that vocabulary; each counts twice."""

    def build() -> tuple:
        names = {w for w, _ in lex.issuer_rows}
        fulls = set(lex.type_words) | set(_WORDS) | names
        fulls |= set(lex.words("trigger")) | set(lex.words("preamble_opener"))
        syllables = {w.strip(",.()") for f in fulls for w in f.split()} - {""}
        known, types = {w.lower() for w in syllables}, set(lex.type_words)
        gaps: dict[str, set[str]] = {}
        weight: dict[str, int] = {}
        changed: dict[str, set[str]] = {}  # (the words a letter's gaps change: "Quyt" of "Quyt định")
        # (and "của" before an issuer's first word: "ca Bộ Chính trị", a page that lost "ủ" and no other word of it)
        # (and the provinces' names, an issuer's place: "của UBND tỉnh Qung Trị", a page that lost "ả", tests/cases)
        written = fulls | {"của " + w.split()[0] for w, _ in lex.issuer_rows} | set(provinces())
        for f in written:
            # (and in capitals, any capital: a heading that lost "Ủ", "CA BAN BÍ THƯ", "BAN THƯỜNG VỤ TỈNH Y", tests/cases;
            # a type in lower case too: "quán triệt những nội dung cơ bản quyt định 217, 218 của Bộ Chính trị", a page
            # that lost "ế", corpus-real-10/mttq-quangdien-hue-quantriet-qd217-218.txt; an issuer's name in sentence case:
            # "Nghị quyết số 12 của Ban thưng vụ Tỉnh ủy Thanh Hóa", a page that wrote "Ban thường vụ" and lost "ờ", "của
            # Ban tuyên gio tỉnh ủy", one that lost "á", tests/cases, checklist partial-letters)
            cased = {f.lower()} if f in types else {f[:1] + f[1:].lower()} if f in names else set()
            for v in {f, f[:1].upper() + f[1:], f.upper()} | cased:
                triples = _triple_gaps([w.strip(",.()") for w in v.split()]) if v.isupper() else ()
                for c, g, words in chain(_pair_gaps(v, bare=v not in (f, f[:1].upper() + f[1:])), triples):
                    gaps.setdefault(c, set()).add(g)
                    weight[g] = 2
                    changed.setdefault(c, set()).update(words)
        held = set().union(*gaps.values())
        for c, spelled in _other_gaps(lex, written).items():
            for g, words in spelled.items():
                if g not in held:  # (not a spelling another letter's gaps hold: "ủy qun" is "Đảng ủy Quân sự")
                    gaps.setdefault(c, set()).add(g)
                    weight[g] = 2
                    changed.setdefault(c, set()).update(words)
        for w in syllables:
            for v in {w.lower(), w[:1].upper() + w[1:].lower()}:
                for c in set(v):
                    # (a capital only where it opens the word: "Đảng", "Ủy ban"; the rarer capitals are not asked)
                    if c.isalpha() and not c.isascii() and (c.islower() or c == v[0]):
                        g = v.replace(c, "")
                        # (one word alone only of three letters without a vowel, "Ngh": a page holds "ta" ("tòa"),
                        # "Hưng" ("Hưởng"), "ch" ("chữ") whole, 7 of the 532 dev pages)
                        if len(g) >= 3 and not _VOWEL_ANY.search(g) and g.lower() not in known:
                            gaps.setdefault(c, set()).add(g)
                            weight.setdefault(g, 2)
                            changed.setdefault(c, set()).add(g)
        return _gap_entries(lex, gaps, weight, changed)

    return lex.cached("stripped_gaps", build)


def _other_gaps(lex: Lexicon, written: set[str]) -> dict[str, dict[str, list[str]]]:
    """Letter -> gap -> the words it changes, of three more kinds of :func:`_gaps`' gaps of two words, as written
    (``written``: the phrases :func:`_gaps` reads)."""
    out: dict[str, dict[str, list[str]]] = {}
    # the tone of an open "oa", "oe", "uy" on its other vowel: "Ban Thường vụ Tỉnh u", a page that wrote "Tỉnh uỷ" and
    # lost "ỷ" (tests/cases dirty-old-tone-uy, corpus/bentre-chauthanh-huyenuy-kehoach-29-khhu-2021-04-20-kl93.txt)
    for f in written:
        if (o := _other_placement(f)) != f:
            for c, g, words in _pair_gaps(o, bare=False):
                out.setdefault(c, {})[g] = words
    # a unit word in lower case that lost a letter after an issuer that names a place (issuers.csv locality): "của Ủy
    # ban nhân dân tnh Quảng Ninh", a page that lost "ỉ" (tests/cases titled-carried-out-in-subject-decision, corpus-
    # real-15/qd-757-qd-ubnd-quangninh-quyche-tocongtac-pci-2014.txt); the unit words are no issuer's
    _second_word_gaps(out, {w.split()[-1] + " " + u for w, i in lex.issuer_rows if i.locality for u in lex.words("unit")})
    # a district's name that lost a letter after its unit word written whole, the gazetteer's districts: "công văn số
    # 995 ngày 12/8/2019 của huyện Vnh Linh", a page that lost "ĩ" (tests/cases issuer-place-as-written, corpus-real-5/
    # xa-vinhtrung-quangtri-cv3597-sapxep-2019.txt), "huyện Vnh" (not a name a page's words are cut inside: "M'Đrắk")
    units = {v for u, kind in lex.pairs("unit") if kind in ("district", "city") for v in (u, u[:1].upper() + u[1:])}
    names = {w for p in provinces() for d in districts_of(p) if (w := _name(d).split()[0]) == _cut_words(w)[0]}
    unit_pairs = {u.split()[-1] + " " + w for w in names for u in units}
    _second_word_gaps(out, unit_pairs)
    # and the unit word that lost a letter before the district's name written whole: "công văn số 995 ngày 12/8/2019 của
    # huyn Vĩnh Linh", a page that lost "ệ" (tests/cases issuer-place-as-written, checklist partial-letters), "huyn
    # Vĩnh"; a unit word left with three letters or more ("huyn", "qun"; "ph" of "phố", "x" of "xã" a page may write)
    _second_word_gaps(out, unit_pairs, whole=1, least=3)
    return out


def _second_word_gaps(out: dict[str, dict[str, list[str]]], pairs: set[str], whole: int = 0, least: int = 1) -> None:
    """Add to ``out`` (letter -> gap -> the words it changes) the gaps of :func:`_pair_gaps` of each two-word phrase of
    ``pairs`` that lost its letter in one word, the word ``whole`` (0 the first, 1 the second) written whole ("tnh"
    after "nhân dân", "Vnh" after "huyện"; "huyn" before "Vĩnh": see :func:`_other_gaps`), the other left with ``least``
    letters or more."""
    for f in pairs:
        for c, g, words in _pair_gaps(f, bare=False):
            if g.split()[whole] == f.split()[whole] and len(g.split()[1 - whole]) >= least:
                out.setdefault(c, {})[g] = words


def _pair_gaps(v: str, bare: bool):
    """(letter, gap, the words it changes) of each two words following each other in the phrase ``v`` one non-ASCII
    letter of which is deleted (``bare``: ``v`` is a spelling the vocabulary does not write, in capitals or in lower
    case), each word as a page's is read (:func:`_page_word`): "Bí thư" gives ("í", "B thư", ["B"]) and ("ư", "Bí th", ["th"])."""
    words = [w.strip(",.()") for w in v.split()]
    for w1, w2 in zip(words, words[1:]):
        pair = w1 + " " + w2
        for c in set(pair):
            if c.isalpha() and not c.isascii() and (c.islower() or v.isupper() or c in (w1[:1], w2[:1])):
                # (the words as a page's are read, a full stop ending one taken off: "BCH T.Ư" that lost "Ư" is
                # "BCH T." on the page, its words "BCH" and "T", where a gap "BCH T." was looked up in no page's pairs)
                a, b = _page_word(w1.replace(c, "")), _page_word(w2.replace(c, ""))
                # (there, no word left of one letter, nor of two without a vowel: clean pages write "VN", "TH", "d"
                # whole, and each sent a clean bench page to the slow search; a syllable left with three letters or more
                # and no vowel may, which no syllable nor abbreviation is: a heading that lost "Ị", "THỰC HIỆN NGH QUYẾT
                # SỐ 66 VÀ NGH QUYẾT SỐ 68", or "Í", "CỦA BỘ CHNH TRỊ", tests/cases issuer-shared-upper-va; "Ấ", "CỦA BAN
                # CHP HÀNH TRUNG ĐẢNG", tests/cases issuer-organ-after-date-capitals-term-after; not an abbreviation,
                # "HND" of "HĐND" is the Hội Nông dân's)
                if bare and any(_bare_left(w, f) for w, f in ((a, w1), (b, w2)) if w != f):
                    continue
                # (not a capital left alone at the end: "Mặt trận T" may be "Mặt trận T.Ư"; a "u" may, no word alone, what a
                # page that lost "ỷ" writes of "Tỉnh uỷ": "Ban Thường vụ Tỉnh u", tests/cases; not "y", "Cục Quân y")
                if a and (len(b) > 1 or b == w2 or b == "u"):
                    yield c, a + " " + b, [w for w, f in ((a, w1), (b, w2)) if w != f]


def _triple_gaps(words: list[str]):
    """(letter, gap, the word it changes) of :func:`_gaps` of three words following each other in a phrase in
    capitals, one of which the letter deleted leaves short, as :func:`_pair_gaps` takes none (one letter, not the last;
    two without a vowel): its two neighbours tell it. A heading that lost "Ộ", "THỰC HIỆN CHỈ THỊ 45-CT/TW CỦA
    B⏎CHÍNH TRỊ VỀ VIỆC ĐỔI MỚI" (checklist partial-letters, a dev page), "Í", "NĂM 2022 CỦA BAN B THƯ VỀ", or "Ư",
    "CỦA BAN⏎BÍ TH VỀ TĂNG CỜNG" gives "B CHÍNH TRỊ", "BAN B THƯ", "BAN BÍ TH"; not an abbreviation ("HND" of "HĐND",
    the Hội Nông dân's)."""
    for trio in zip(words, words[1:], words[2:]):
        for c in set("".join(trio)):
            if c.isalpha() and not c.isascii():
                left = [_page_word(w.replace(c, "")) for w in trio]
                changed = [i for i in range(3) if left[i] != trio[i]]
                if len(changed) != 1 or not _VOWEL_ANY.search(trio[i := changed[0]]):
                    continue
                if len(left[i]) == 1 and i < 2 or len(left[i]) == 2 and not _VOWEL_ANY.search(left[i]):
                    yield c, " ".join(left), [left[i]]


def _bare_left(word: str, full: str) -> bool:
    """Is ``word``, the word ``full`` in capitals or in lower case left with a letter deleted, one a clean page writes
    whole, so no gap of :func:`_pair_gaps`' bare spellings? One letter ("B" of "BỘ"), two without a vowel ("TH" of "THƯ":
    "TH", "VN"), or no vowel where ``full`` had none (an abbreviation: "HND" of "HĐND"); "NGH" of "NGHỊ" is none."""
    if len(word) < 2 or _VOWEL_ANY.search(word):
        return len(word) < 2
    return len(word) < 3 or not _VOWEL_ANY.search(full)


def _gap_entries(lex: Lexicon, gaps: dict[str, set[str]], weight: dict[str, int], changed: dict[str, set[str]]) -> tuple:
    """The entries of :func:`_gaps`, letter by letter, from each letter's gaps, their weights and the words they change."""
    # (a spelling two letters' gaps share tells one only where the text holds the other: "hi" is "hối" or "hải";
    # a letter's two cases are one: "ịnh" is "định" and "Định")
    others = {
        (c, g): "".join(sorted(d for d in gaps if d != c and d.lower() != c.lower() and g in gaps[d]))
        for c in gaps
        for g in gaps[c]
    }
    # a symbol's type part that lost it too, between the number and the issuer ("153/2003/Q-TTg", "QĐ")
    abbrs = {a for t in lex.doc_types for a in t.party_abbrs + ((t.state_abbr,) if t.state_abbr else ())}
    out = []
    for c in sorted(gaps):
        pat, cased, in_symbol = _before_number(lex, c, abbrs)
        words = frozenset(w.strip(_AROUND_STOP) for w in changed[c] | cased)
        spelled = tuple(sorted(((g, others[c, g], weight[g]) for g in gaps[c]), key=lambda x: (-x[2], x)))
        out.append((c, spelled, pat, words, in_symbol))
    return tuple(out)


def _before_number(lex: Lexicon, c: str, abbrs: set[str]) -> tuple[Optional[re.Pattern], set[str], bool]:
    """(The pattern of a citation's word before a number without ``c``, "s 46", or a symbol's part, "153/2003/Q-TTg";
    those words in three cases; whether a part is asked) of :func:`_gaps`."""
    numbers = [k for w in _cited_number_words(lex) if c in w and (k := w.replace(c, ""))]
    cased = {v for w in numbers for v in (w, w.capitalize(), w.upper())}
    parts = {k for a in abbrs if c in a and (k := a.replace(c, ""))}
    # (each led by its letters, its look-behind after them: the engine skips to its first letters as to a literal, ~2 µs
    # a page of 500 characters where one led by a look-behind tried each character, ~20 µs)
    alts = [rf"{re.escape(k)}(?<![^\W\d_]{re.escape(k)})(?=[ \t\n]*[0-9])" for k in sorted(cased)]
    alts += [rf"{re.escape(k)}(?<=[0-9][-/]{re.escape(k)})(?=[-/][A-Z])" for k in sorted(parts)]
    return (re.compile("|".join(alts)) if alts else None), cased, bool(parts)


def restored_source(src: Source, lex: Lexicon) -> Source:
    """``src`` with one more layer, the restored copy, when its text is stripped or lost a few letters (else ``src``
    itself)."""
    head = src.text[:6000]
    if _non_ascii_over(head, len(head) // 20):
        # (a Vietnamese text with its letters: it may have lost a few of them)
        lost = lost_letters(head, lex)  # (its head: the slice of the whole head is the same string)
        if not lost:
            return src
    elif _stripped_head(head, lex):  # (is_stripped, its non-ASCII count asked above)
        lost = ""
    else:
        return src
    edits = restore(src.text, lex, lost)
    if not edits:
        return src
    return src.with_layer(edited(src.text, sorted(edits)))
