"""Vocabulary and its variants: how a phrase of the lexicon becomes a regex.

``exact`` patterns run on the caller's text (NFC): a phrase is matched with its case
variants (``Kết luận``/``KẾT LUẬN``/``kết luận``), both tone placements
(``ủy``/``uỷ``, ``khóa``/``khoá``) and the Đ look-alikes (``Ð`` U+00D0, ``Ɖ`` U+0189);
separators accept line breaks and Markdown emphasis. ``folded`` patterns run on
:func:`vanban.text.fold` of the text (same offsets): accent- and case-blind, and
tolerant of letters lost to encoding errors (``Ch th`` for ``Chỉ thị``).

Example::

    >>> import re
    >>> bool(re.fullmatch(vocab("Ban Thường vụ Tỉnh ủy"), "BAN THƯỜNG VỤ TỈNH UỶ"))
    True
    >>> bool(re.fullmatch(vocab("Chỉ thị", "folded"), "ch th"))
    True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from ..facts import gazetteer
from ..text import LOWER, OCR_DIGITS, UPPER, VIET_BLOCK, fold
from .starts import group_branches, guard, lead_chars, one_way_word

__all__ = [
    "vocab",
    "vocab_lower",
    "literal_led",
    "literal_led_cased",
    "trie",
    "first_guard",
    "alternation",
    "word_exact",
    "word_folded",
    "UPPER",
    "LOWER",
    "PLACE_NAME",
    "SP",
    "S1",
    "S1_WHOLE",
    "S0",
    "S0_WHOLE",
    "HS",
    "DASH",
    "D_UP",
    "D_LO",
    "GLUE_WORDS",
    "GLUED_BEFORE_CAPS",
    "ISSUING_FOLDED",
    "ITEM_GAP",
    "GLUE_WORDS_FOLDED",
    "GLUE_AHEAD_FOLDED",
]

#: a place name as the place-date line writes it: "Phú Thiện", "Bà Rịa - Vũng Tàu", "Quận 3": up to five
#: separators (blanks around at most one dash), each followed by a capital or a digit. (Written with optional
#: separators, ``[ \t]*-?[ \t]*``, the same words could be cut at any capital of a word: a line of capitals
#: with "ngày" in it cost the engine thousands of ways to fail, a third of the letterhead's time.)
PLACE_NAME = rf"[{UPPER}][\w.]*(?:(?:[ \t]+-?[ \t]*|-[ \t]*)[{UPPER}0-9][\w.]*){{0,5}}"
SP = r"[\s*_]"  # a separator: whitespace, or Markdown emphasis around words
S1 = SP + "+"
S0 = SP + "*"
#: a separator taken whole, never given back (a possessive repeat, Python 3.11): only before what cannot start with a
#: character it takes (:func:`_after_separator`), where the blanks given back could only be tried by what follows and
#: fail at once; the engine no longer tries each shorter run in turn when a word after it fails
S0_WHOLE = SP + "*+"
S1_WHOLE = SP + "++"  # (the same, at least one)
HS = r"[ \t\u00a0]"  # horizontal space only
DASH = r"[-\u2010-\u2015\u2212]"
D_UP = "ĐÐƉ"
D_LO = "đðɖ"

#: a vowel (the nucleus of a syllable), in lower case and in capitals
VOWEL_LOWER = "".join(ch for ch in LOWER if fold(ch) in "aeiouy")
VOWEL_UPPER = "".join(ch for ch in UPPER if fold(ch) in "aeiouy")
#: the letters of a syllable's onset ("ph", "tr", "ngh", "qu" are runs of them), in lower case
ONSET_LETTERS = "bcdđghklmnpqrstvx"
#: the next syllable begins: an onset and a vowel, in lower case or in capitals
ONSET_LOWER = rf"(?=[{ONSET_LETTERS}]{{1,3}}[{VOWEL_LOWER}])"
_ONSET_UPPER = rf"(?=[BCDĐGHKLMNPQRSTVX]{{1,3}}[{VOWEL_UPPER}])"

#: where a phrase may start: after a non-letter, glued to a lower-case word when it starts with a capital
#: ("củaBan"), glued to a number ("2022của", "8NĂM"), or a lower-case phrase glued to a symbol ("TWcủa"; two
#: capitals, so that "ủy" is not found in "Hủy")
GLUED_BEFORE = rf"(?:(?<!\w)|(?<=[{LOWER}])(?=[{UPPER}{D_UP}])|(?<=[0-9])|(?<=[{UPPER}{D_UP}][{UPPER}{D_UP}])(?=[{LOWER}{D_LO}]))"
#: the same, and a phrase in capitals glued after a word in capitals that ends a syllable, a vowel or a vowel and
#: a final consonant ("CỦABAN BÍ THƯ", "CỦABỘ CHÍNH TRỊ"; not "HÀ" inside "NHÀ": "N" ends no syllable). Tried
#: only where an issuer is expected: before every phrase it costs the scan 4%.
GLUED_BEFORE_CAPS = (
    GLUED_BEFORE[:-1] + rf"|(?<=[{VOWEL_UPPER}]){_ONSET_UPPER}|(?<=[{VOWEL_UPPER}][CMNPT]){_ONSET_UPPER}"
    rf"|(?<=[{VOWEL_UPPER}](?:CH|NG|NH)){_ONSET_UPPER})"
)
#: issuing, folded: "ban hành", "ban hành kèm theo" — the verb that says a document is issued here or by the one before
#: it (the document's own part: "Ban hành kèm theo Nghị quyết này Quy định …"; its own closing and title lines; the act
#: a reference's subject names: "Quyết định số 217-QĐ/TW … về việc ban hành Quy chế …"), one spelling for the
#: patterns of scan, resolve and relate
ISSUING_FOLDED = r"ban\s+hanh(?:\s+kem\s+theo)?"
#: the word an issuer follows right after a reference, as written: "Kết luận số 01-KL/BCĐ của Ban Chỉ đạo", "Quyết định
#: số 1208/QĐ-TTg do Thủ tướng Chính phủ ban hành"; and the comma and blanks before it ("…/BCĐ 35, ngày 17/02/2023 của
#: Ban Chỉ đạo 35 cấp tỉnh"): one spelling for the patterns of scan, pages and checks, which compose them (with "cua",
#: the word folded, where they read folded or OCR'd text)
#: the vocabulary lists of the words a body's name starts with, its kind ("Ban", "Sở", "Công ty", "Đảng đoàn") and its
#: organ ("Ủy ban", "Hội đồng"): read by the name's glue pairs (patterns), the page numbers inside a name (pages) and
#: the name a bracketed abbreviation spells (resolve)
BODY_KIND_LISTS = ("organisation_kind", "organ_word")
ISSUER_OF = r"(?:của|do)"
BEFORE_ISSUER_OF = r"[ \t\n]*,?[ \t\n]*"
#: the rest of a list's item and the separator before the next one, on one line or the next, as written: "Căn cứ Nghị
#: định số 07/2021/NĐ-CP … quy định chuẩn nghèo đa chiều giai đoạn 2021-2025; Quyết định số 24/2021/QĐ-TTg …"
ITEM_GAP = r"[^.!?\n]*;[ \t]*(?:\n[ \t]*[-–•*+]?[ \t]*)?"
#: the short words a name is found glued to ("Ban Bí thưvề", "Tỉnh ủyvà", "TWngày", "Chính phủngày"); their
#: alternations (GLUE_WORDS, GLUED_AFTER) are made after :func:`trie`, at the end of the module
_GLUE = "về và với của ngày năm số khóa khoá tại theo thực triển nhằm để đã đến trong phù được là có sẽ đang cùng hoặc".split()

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _tone_variants(word: str) -> set[str]:
    """Both tone placements of an open -oa/-oe/-uy syllable: "hóa"/"hoá", "ủy"/"uỷ"; a comma or other mark a phrase's
    word ends with is kept after it ("hóa," of "Bộ Văn hóa, Thể thao và Du lịch": "Căn cứ Công văn số
    2324/BVHTTDL-TDTTVN ngày 26 tháng 5 năm 2025 của Bộ Văn hoá, Thể thao và Du lịch về việc hướng dẫn …",
    corpus-real-60/doc-nguoihanoi-tin-cv4195-bvhttdl-dai-hoi-the-duc-the-thao-2025.txt)."""
    core = word.rstrip(",;:.")
    if core and core != word:
        return {v + word[len(core) :] for v in _tone_variants(core)}
    out = {word}
    nfd = unicodedata.normalize("NFD", word)
    base = "".join(ch for ch in nfd if ch not in _TONES)
    tone = [ch for ch in nfd if ch in _TONES]
    if len(tone) != 1:
        return out
    b = unicodedata.normalize("NFC", base)
    m = re.search(r"([oOuU])([aAeEyY])$", b)
    if not m or (m.start() > 0 and b[m.start() - 1] in "qQ"):
        return out
    i = m.start()
    t = tone[0]
    first = b[:i] + unicodedata.normalize("NFC", b[i] + t) + b[i + 1 :]
    second = b[: i + 1] + unicodedata.normalize("NFC", b[i + 1] + t)
    out.update({first, second})
    return out


def case_variants(word: str) -> set[str]:
    """``word`` as a text may case it: as given, lower, upper, capitalised ("thảo" -> "thảo", "THẢO", "Thảo")."""
    return {word, word.lower(), word.upper(), word[:1].upper() + word[1:].lower(), word[:1].upper() + word[1:]}


#: the marks OCR loses while it keeps the tone: "Thuờng" for "Thường", "Trung uơng", "năm" read "nam"
_OCR_LOST = "\u031b\u0306\u0302"  # horn, breve, circumflex


def _ocr_twin(ch: str) -> str:
    """The letter OCR reads for ``ch`` when it loses a horn, breve or circumflex ("ư" -> "u", "ờ" -> "ò")."""
    nfd = unicodedata.normalize("NFD", ch)
    bare = "".join(c for c in nfd if c not in _OCR_LOST)
    return unicodedata.normalize("NFC", bare) if bare != nfd else ch


def _escape_word(w: str, ocr: bool = False) -> str:
    """``w`` as a regex: Đ and its look-alikes; with ``ocr``, also the letters OCR reads for it."""
    out = []
    for ch in w:
        if ch in D_UP:
            out.append(f"[{D_UP}D]" if ocr else f"[{D_UP}]")  # "Ðảng"; "Dảng" (OCR)
        elif ch in D_LO:
            out.append(f"[{D_LO}d]" if ocr else f"[{D_LO}]")
        elif not ocr:
            out.append(re.escape(ch))
        elif (twin := _ocr_twin(ch)) != ch:
            out.append(f"[{ch}{twin}]")
        elif ch in "mM":
            out.append("(?:m|rn)" if ch == "m" else "(?:M|RN)")
        elif ch in OCR_DIGITS:
            out.append(f"[{ch}{OCR_DIGITS[ch]}]")  # "Kết 1uận", "KẾ H0ẠCH"
        else:
            out.append(re.escape(ch))
    return "".join(out)


def word_exact(word: str, first_upper: bool = False, ocr: bool = False) -> str:
    vs: set[str] = set()
    for tv in _tone_variants(word):
        vs |= case_variants(tv)
    if first_upper:
        vs = {v for v in vs if v[:1].isupper() or not v[:1].isalpha()}
    alts = sorted({_escape_word(v, ocr) for v in vs}, key=lambda s: (-len(s), s))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def word_folded(word: str, lossy: bool = True) -> str:
    out = []
    for ch in word:
        f = fold(ch)
        if f == ".":
            out.append(r"\.")
        elif (
            lossy
            and VIET_BLOCK[0] <= ord(unicodedata.normalize("NFC", ch)) <= VIET_BLOCK[1]
            or (lossy and VIET_BLOCK[0] <= ord(ch.lower()) <= VIET_BLOCK[1])
        ):
            out.append(f"(?:{re.escape(f)})?")
        else:
            out.append(re.escape(f))
    return "".join(out)


def vocab(phrase: str, mode: str = "exact", first_upper: bool = False, boundary: bool = True) -> str:
    """A regex for a vocabulary phrase in the given mode (see the module doc)."""
    words = phrase.split()
    if mode == "exact":
        # OCR's misreadings ("Ban Bí thu", "Trung uơng") only inside a phrase of several words: alone,
        # "nam" is a word ("Việt Nam"), not "năm"
        parts = [word_exact(w, first_upper and i == 0, ocr=len(words) > 1) for i, w in enumerate(words)]
        # the words of a phrase glued by the extraction ("Ban Bí thưvề", "củaBan", "Tỉnhủy"): syllables
        # glued make no other word, so a phrase may lose its inner spaces
        pat = S0.join(parts)
        if boundary:
            pat = first_guard(pat) + GLUED_BEFORE + pat + GLUED_AFTER
        return pat
    parts = [word_folded(w) for w in words]
    pat = S1.join(parts)
    if boundary:  # (glued to a number, as in exact mode: "ngay 18/8/2014cua Ban Bi thu")
        pat = r"(?:(?<!\w)|(?<=[0-9]))" + pat + r"(?!\w)"
    return pat


def literal_led_cased(phrase: str, first_upper: bool = True) -> list[str]:
    """:func:`vocab` (exact mode, no boundary) split into alternatives that each start with one plain
    letter: "Kế hoạch" -> ["K" + "ế" + …, "K" + "Ế" + …]; see :func:`literal_led`."""
    words = phrase.split()
    ocr = len(words) > 1
    rest = S0.join(word_exact(w, ocr=ocr) for w in words[1:])
    out = set()
    for tv in _tone_variants(words[0]):
        for v in case_variants(tv):
            if first_upper and not (v[:1].isupper() or not v[:1].isalpha()):
                continue
            c = v[0]
            firsts = D_UP + ("D" if ocr else "") if c in D_UP else D_LO + ("d" if ocr else "") if c in D_LO else c
            if ocr and _ocr_twin(c) != c:
                firsts += _ocr_twin(c)
            for f in firsts:
                out.add(re.escape(f) + "{lb}" + _escape_word(v[1:], ocr) + (S0 + rest if rest else ""))
    return sorted(out, key=lambda x: (-len(x), x))


def trie(alts) -> str:
    """Alternatives grouped by their leading characters ("Kết|Kế" -> "K(?:ế(?:t|))"-like) and by the
    separator between words: at each position the regex engine tries only the branches of the letters
    it sees, not all of them (a form of "Ban …" among a hundred is not matched from "Ban" a hundred times)."""
    return _group(alts, depth=64)


def _first(a: str) -> Optional[tuple[str, frozenset]]:
    """The one-character token ``a`` starts with and the characters it takes: a letter, an escaped
    punctuation character, or a class of letters only ("[ưu]"), not made optional or repeated; None
    for anything else."""
    c = a[:1]
    if c.isalpha():
        tok, cs = c, frozenset(c)
    elif c == "\\" and len(a) > 1 and not a[1].isalnum():
        tok, cs = a[:2], frozenset(a[1])
    elif c == "[" and (end := a.find("]", 1)) > 1 and a[1:end].isalpha():
        tok, cs = a[: end + 1], frozenset(a[1:end])
    else:
        return None
    return None if a[len(tok) : len(tok) + 1] in _QUANTIFIERS else (tok, cs)


_QUANTIFIERS = ("?", "*", "+", "{")


def _group(alts, depth: int) -> str:
    """Longest first, as a plain alternation would try them. Alternatives are grouped by their first
    token only when the tokens of different groups take no character in common: at any position at
    most one group can match, so the order of the groups does not matter (within a group it is kept)."""
    flat = sorted(alts, key=lambda x: (-len(x), x))
    firsts = [_first(a) for a in flat]
    if depth > 0 and None in firsts and len(flat) > 1 and all(_after_separator(a) for a in flat):
        # every alternative is a separator then a letter: the separator can only take all the blanks
        # before the letter, so taking it once before the branches finds the same first match; and taken whole: a
        # shorter run leaves a blank first, which no branch takes (the item pattern's words after a symbol, "Quyết
        # định số 1208/QĐ-TTg ngày 05/9/2022 của Thủ tướng": replayed alone, 1.99 -> 1.83 ms a dense pass)
        return S0_WHOLE + "(?:" + _group([a[len(S0) :] for a in flat], depth - 1) + ")"
    n = len(flat) - flat.count("")  # (the empty alternatives, the shortest, come last)
    if depth > 0 and 1 < n < len(flat) and all(_after_separator(a) for a in flat[:n]):
        # the same before the end of a shorter phrase ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo"), tried last
        return S0_WHOLE + "(?:" + _group([a[len(S0) :] for a in flat[:n]], depth - 1) + ")|"
    if depth <= 0:
        return "|".join(flat)
    if None in firsts:
        return _by_lead_chars(flat, depth)
    by_tok: dict[str, list[str]] = {}
    chars: dict[str, frozenset] = {}
    for a, (tok, cs) in zip(flat, firsts):
        by_tok.setdefault(tok, []).append(a[len(tok) :])
        chars[tok] = cs
    if sum(len(cs) for cs in chars.values()) != len(frozenset().union(*chars.values())):
        return _by_lead_chars(flat, depth)  # "[ưu]" and "u": the same letter starts two groups, their order matters
    return "|".join(tok + (rs[0] if len(rs) == 1 else "(?:" + _group(rs, depth - 1) + ")") for tok, rs in sorted(by_tok.items()))


def _by_lead_chars(flat: list[str], depth: int) -> str:
    """``"|".join(flat)`` with the alternatives that can start with the same characters kept together, in
    their order, each such set behind a look-ahead for its characters: after "Ban " the engine tries the
    forms whose next word starts with "T" or "t" ("Thường vụ", "Tuyên giáo", …), not all eighty ("Chấp
    hành", "Dân vận", …) one by one. Sets that share no character cannot both match at a position, so
    their order does not matter; within a set the order is kept (:func:`_runs_by_word` then takes a word
    the neighbours share once)."""
    sets = [lead_chars(a) for a in flat]
    if None in sets:
        return _runs_by_word(flat, depth)
    parts: list[tuple[frozenset, list[int]]] = []  # (characters, indices in flat), merged while they overlap
    for i, cs in enumerate(sets):
        members = [i]
        for p in [p for p in parts if p[0] & cs]:
            parts.remove(p)
            cs, members = cs | p[0], p[1] + members
        parts.append((cs, members))
    if len(parts) == 1:
        return _runs_by_word(flat, depth)
    parts.sort(key=lambda p: min(p[1]))
    return "|".join(_guarded(cs, _runs_by_word([flat[i] for i in sorted(ix)], depth)) for cs, ix in parts)


def _guarded(chars: frozenset, body: str) -> str:
    """``body`` as a group behind a look-ahead for ``chars``; without it when ``body`` is one branch led by a letter or a
    class of letters: the engine passes over such a branch of an alternation by its first character without entering
    it, and it would enter the look-ahead (the type words' scan: 32.2M -> 30.9M instructions a pass on dense text).
    Nor when its branches all start with the same letter or class of letters ("Thông báo", "Thông tư" after the "T" of
    the type words' scan): the regex parser takes a first item the branches share out of them, so the group is led
    by it and passed over as one branch would be (the type words' scan: 31.1M -> 29.9M)."""
    if (first := _first(body)) is not None and all(_first(b) == first for b in group_branches(f"(?:{body})")[0]):
        return f"(?:{body})"
    return guard(chars) + "(?:" + body + ")"


def _runs_by_word(alts: list[str], depth: int) -> str:
    """``"|".join(alts)`` with each run of neighbours that start with the same word in its case variants
    ("(?:THƯỜNG|Thường|thường)": "Thường vụ", "Thường trực") taking the word once. A word that matches in
    one way at most (:func:`.starts.one_way_word`) taken once before the branches tries what the run
    tried, in the same order."""
    out: list[str] = []
    i = 0
    while i < len(alts):
        word = one_way_word(alts[i])
        j = i + 1
        while word is not None and j < len(alts) and alts[j].startswith(word):
            j += 1
        out.append(alts[i] if j - i < 2 else word + "(?:" + _group([a[len(word) :] for a in alts[i:j]], depth - 1) + ")")
        i = j
    return "|".join(out)


def _after_separator(a: str) -> bool:
    """``a`` is ``S0`` followed by what can only start with a character ``S0`` cannot take: a letter, or
    a digit OCR reads for one ("[L1]ao động")."""
    if not a.startswith(S0):
        return False
    rest = a[len(S0) :]
    if _letter_first(rest):
        return True
    chars = lead_chars(rest)
    return chars is not None and not any(c.isspace() or c in "*_" for c in chars)


def first_guard(pattern: str) -> str:
    """A look-ahead for the characters ``pattern`` starts with ("" when not known). Put before a phrase's
    boundary test (:data:`GLUED_BEFORE`, four look-behinds) it fails at once where the phrase cannot start:
    ``(?=[Cc])`` before "của", tried by the item pattern at every blank after a symbol."""
    chars = lead_chars(pattern)
    return guard(chars) if chars else ""


def _letter_first(a: str) -> bool:
    """What ``a`` matches starts with a letter: a letter or a class of letters (see :func:`_first`), or a
    group whose every branch does, not made optional (conservative: anything else is False)."""
    if a.startswith("(?:"):
        got = group_branches(a)
        return got is not None and a[got[1] + 1 : got[1] + 2] not in ("?", "*", "{") and all(_letter_first(b) for b in got[0])
    first = _first(a)
    return first is not None and not first[0].startswith("\\")


def literal_led(phrase: str) -> list[str]:
    """:func:`vocab_lower` split into alternatives that each start with one plain letter, so that a
    pattern made of them scans fast (the regex engine skips positions whose letter starts none):
    ``literal_led("đề án")`` -> ``["đề[ ...]*án", "ðề…", "ɖề…"]``."""
    words = phrase.lower().split()
    ocr = len(words) > 1  # (as vocab(): OCR's misreadings inside a phrase of several words, "quy dịnh", "công van")
    rest = vocab_lower(" ".join(words[1:]), ocr=ocr) if ocr else ""
    out = []
    firsts = {s for tv in _tone_variants(words[0]) for s in (_ocr_spellings(tv) if ocr else {tv})}
    for first in sorted(firsts):
        heads = [c + first[1:] for c in D_LO] if first[0] in D_LO else [first]
        for h in heads:
            # (its words also glued, as PDFs and pages lose the space: "đã có vănbản số 71-HD/BTGTW hướng dẫn")
            out.append(re.escape(h[0]) + "{lb}" + _escape_word(h[1:]) + (S0 + rest if rest else ""))
    return out


def _ocr_spellings(word: str) -> set[str]:
    """``word`` and its spellings with letters OCR loses a mark of (:func:`_ocr_twin`; "đ" read as "d"), each keeping
    at least one marked letter ("hướng" -> "huớng", "hưóng", …; not "huong"): a lower-case type word is found by a
    marked letter of its first word (``patterns._Builder._keyed``), and the spellings it covers are the ones an OCR
    slip leaves ("huớng dẫn số 02", "quyết dịnh 217"), not text typed without diacritics (the folded grammar's)."""
    out = {""}
    for ch in word:
        alts = {ch, _ocr_twin(ch)} | ({"d"} if ch == "đ" else set())
        out = {v + c for v in out for c in alts}
    return {v for v in out if not v.isascii()} | {word}


def vocab_lower(phrase: str, ocr: Optional[bool] = None) -> str:
    """A phrase in lower case only (both tone placements, Đ look-alikes), words joined by separators; with ``ocr``
    (by default: a phrase of several words), also OCR's misreadings ("quy dịnh")."""
    words = []
    ocr = len(phrase.split()) > 1 if ocr is None else ocr
    for w in phrase.lower().split():
        alts = sorted({_escape_word(v, ocr) for v in _tone_variants(w)}, key=lambda s: (-len(s), s))
        words.append(alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")
    return S1.join(words)


def alternation(
    phrases,
    mode: str = "exact",
    first_upper: bool = False,
    boundary: bool = True,
    before: str = GLUED_BEFORE,
    folded_glue: bool = False,
) -> str:
    """The phrases as one pattern, longest first. ``folded_glue`` (names, in folded mode): a phrase may lose its inner
    spaces and be glued to "của" before it or to a short word after it, as in exact mode ("cuaBo Chinhtri", "BAN BI
    THUVE VIEC"): a name's syllables glued make no other word."""
    uniq = sorted(set(phrases), key=lambda s: (-len(s), s))
    if mode != "exact":
        if folded_glue:
            body = "(?:" + "|".join(S0.join(word_folded(w) for w in p.split()) for p in uniq) + ")"
            return _FOLDED_BEFORE + body + _FOLDED_AFTER if boundary else body
        body = "(?:" + "|".join(vocab(p, mode, first_upper, boundary=False) for p in uniq) + ")"
        return r"(?<!\w)" + body + r"(?!\w)" if boundary else body
    alts = [a.format(lb="") for p in uniq for a in literal_led_cased(p, first_upper)]
    body = "(?:" + trie(alts) + ")"
    if not boundary:
        return body
    leads = [lead_chars(a) for a in alts]  # (each alternative's first letter: not the whole trie read again)
    return ("" if None in leads else guard(frozenset().union(*leads))) + before + body + GLUED_AFTER


#: the glue words in their three spellings (written out: a case-insensitive group is slow on Vietnamese
#: letters), grouped by their letters: the grammar asks for them only inside look-arounds (is one of them
#: here?), where the order of the alternatives does not matter, and before every letter of a name
#: ("Tỉnh ủy Gia Laivề"), where seventy words tried one by one cost more than the rest of the name
GLUE_WORDS = trie(sorted({v for w in _GLUE for v in (w, w.capitalize(), w.upper())}))
#: the same words on folded text (no diacritics, lower case): "70-TB/TWngay 06 thang 01"
GLUE_WORDS_FOLDED = trie(sorted({fold(w) for w in _GLUE}))
#: in folded text, one of the short words glued to what stands before it ("Ban Bi thuve viec", "Tinh uy Lang Sonve",
#: "70-TB/TWngay"): a look-ahead, for the names, places and symbols that end there
GLUE_AHEAD_FOLDED = rf"(?=(?:{GLUE_WORDS_FOLDED})(?![a-z]))"
#: in folded text: a name starts after a non-letter, glued to "của" or to a number ("cuaBan Bi thu", "2014cua Ban");
#: it ends before a non-letter or a short word glued to it ("Ban Bi thuve viec")
_FOLDED_BEFORE = r"(?:(?<!\w)|(?<=(?<![a-z])cua)|(?<=[0-9]))"
#: (or glued to any next syllable, as :data:`GLUED_AFTER` reads it with its diacritics: "cua Chinh phuquy dinh chuan
#: ngheo", "cua Quoc hoiphe duyet", "cua Ban Bi thutren dia ban")
_FOLDED_AFTER = rf"(?:(?!\w)|{GLUE_AHEAD_FOLDED}|(?<=[a-z])(?=[bcdghklmnpqrstvx]{{1,3}}[aeiouy]))"
#: where a phrase may end: before a non-letter; glued to a capital ("Tỉnh ủyBà Rịa"), a number, or one of the
#: short words that follow names ("Ban Bí thưvề", "Tỉnh ủyvà", "TWngày", "Chính phủngày"); glued to any next
#: syllable, an onset and a vowel: a syllable has one vowel group, so a word that ends a phrase and goes on with a
#: consonant and a vowel is two words glued ("của Chính phủquy định chuẩn nghèo", "của Quốc hộiphê duyệt", "Ban
#: Bí thưtrên địa bàn", "CỦA BAN BÍ THƯVỀ"); an acronym glued to a lower-case word ("của UBNDtỉnh về triển khai")
GLUED_AFTER = (
    rf"(?:(?!\w)|(?<=[{LOWER}])(?=[{UPPER}{D_UP}])|(?=[0-9])|(?=(?:{GLUE_WORDS})(?!\w))"
    rf"|(?<=[{LOWER}]){ONSET_LOWER}|(?<=[{UPPER}]){_ONSET_UPPER}"
    rf"|(?<=[{UPPER}{D_UP}][{UPPER}{D_UP}])(?=[{LOWER}{D_LO}]))"
)


@lru_cache(maxsize=8)
def folded_locality_stops(lex) -> frozenset[str]:
    """The words that end a place name in text without diacritics: the first words of the locality stops
    (``vocabulary.csv`` ``locality_stop``, ``loc_stop``), folded, less those that are a syllable of a province or
    district name ("ve", "ngay", "so" stop; "da" of Đà Nẵng and "nam" of Quảng Nam do not); and the stops of several
    words led by such a syllable, whole ("ban hanh": "Nghi quyet so 147/2010/NQ-HDND ngay 29 thang 10 nam 2010 cua Hoi
    dong nhan dan tinh Quang Binh ban hanh dinh muc …" names Quảng Bình, "ban" of "Bản" goes on alone). Remembered
    per lexicon outside ``Lexicon.cached`` (the grammar's build, which runs under that lock, asks for it)."""
    stops = lex.words("locality_stop") + lex.words("loc_stop")
    syllables = gazetteer.name_syllables()
    words = {fold(w.split()[0]) for w in stops} - syllables - {""}
    return frozenset(words | {" ".join(fold(w).split()) for w in stops if " " in w and fold(w.split()[0]) in syllables})
