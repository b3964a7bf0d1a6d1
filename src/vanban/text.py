"""Text utilities that never lose track of offsets.

* :func:`fold` maps a string to lower-case ASCII-ish letters **of the same length**
  ("Kết luận" -> "ket luan", "Ð"/"Ɖ" -> "d", en dashes -> "-"), so a match in the
  folded string is a match at the same offsets in the original.
* :class:`Normalized` holds an NFC copy of a string and the map back to the
  caller's offsets (only needed when the input is not already NFC, e.g. NFD text
  from macOS file names or some PDF producers).
* :func:`quality` tells apart normal text from scraped text with scrambled
  diacritics ("KẾT LỦẬN") or with Vietnamese letters lost to an encoding error
  ("Ch th 45-CT/TW … ca B Chính tr"); the reference finder then matches on the
  folded text.

Example::

    >>> fold("Kết luận số 93-KL/TW")
    'ket luan so 93-kl/tw'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

__all__ = [
    "OCR_DIGITS",
    "fold",
    "fold_word",
    "fold_bytes",
    "text_bytes",
    "kept_bytes",
    "edited_bytes",
    "folded_text",
    "plain_bytes",
    "byte_map",
    "from_bytes",
    "fold_lossy",
    "fold_key",
    "fold_nfc",
    "strip_letters",
    "Normalized",
    "normalize",
    "edited",
    "quality",
    "clean_inline",
    "line_start",
    "line_end",
    "sentence_end",
    "found_at",
    "matches_led_by",
    "title_case",
    "unglue",
    "roman",
    "arabic",
    "escape_html",
    "scrub",
    "has_control",
    "CONTROL",
    "INVISIBLE",
    "BLANK",
    "UPPER",
    "LOWER",
    "COMBINING",
    "VIET_BLOCK",
    "LETTER_WORD",
    "ONSET",
    "CODA",
]

#: the digits OCR reads for a letter ("Kết 1uận", "KẾ H0ẠCH"): the grammar allows them inside a phrase of
#: several words, the type index reads them back as letters
OCR_DIGITS = {"l": "1", "L": "1", "O": "0", "o": "0"}

#: Precomposed Vietnamese letters with tone marks live in this block; an encoding
#: error that drops them leaves "Ch th" for "Chỉ thị".
VIET_BLOCK = (0x1EA0, 0x1EF9)

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x2000):
        ch = chr(cp)
        if not ch.isalpha():
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    for ch in "ĐđÐðƉɖ":
        table[ord(ch)] = "d"
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    for ch in _DASHES:
        table[ord(ch)] = "-"
    for ch in _SPACES:
        table[ord(ch)] = " "
    for ch in "“”„‟«»":
        table[ord(ch)] = '"'
    for ch in "‘’‚‛":
        table[ord(ch)] = "'"
    table[ord("*")] = " "
    table[ord("\u00ad")] = " "  # soft hyphen
    table[ord("\u200b")] = " "  # zero-width space
    return table


def _total(table: dict[int, str]) -> tuple[int, ...]:
    """``table`` as a list indexed by code point, up to the blocks Vietnamese text is written in, the
    characters it leaves alone mapped to themselves: ``str.translate`` raises and clears a KeyError
    for every character a dict lacks (folding plain letters and digits was twice as slow), and
    indexes a tuple (or a list) faster than it looks a dict up. Characters past the tuple are left alone, as
    an IndexError is a LookupError. Each entry is the code point of its one character, not the character:
    ``str.translate`` writes a code point as it is and copies a string in, character by character (every
    mapping is one character long; -1.1% of the instructions on dense text, same output for every code point)."""
    return tuple(ord(table.get(cp, chr(cp))) for cp in range(max(_FOLD_SPAN, max(table) + 1)))


_FOLD_SPAN = 0x2580  # up to the box-drawing characters of tables in extracted text
_FOLD = _total(_build_fold_table())


def _vietnamese_letters() -> str:
    """The 134 letters of the Vietnamese alphabet that are not ASCII: the twelve vowels with each of their five tone
    marks and without, "đ", in both cases ("ă", "ắ", "ầ", "ỡ", "Ự", "Đ")."""
    tones = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in tones] + ["đ"]
    return "".join(c for c in dict.fromkeys(lower + [c.upper() for c in lower]) if not c.isascii())


def _fold_bytes() -> str:
    """The characters :func:`fold` reads one byte each (at most 256; the byte is the position): NUL first (the
    codec's own rule), the blanks and printable ASCII, the Vietnamese letters, then the punctuation and table
    lines word processors write in Vietnamese documents: curly quotes, guillemets, dashes, ellipsis, bullets,
    no-break space, the look-alikes of "Đ", box drawing."""
    chars = "\x00\t\n\r" + "".join(map(chr, range(0x20, 0x7F))) + _vietnamese_letters()
    chars += "“”‘’«»–—…•·\u00a0Ðð─│├└┌┐┘┤┼"
    assert len(chars) == len(set(chars)) <= 256
    return chars + "\ufffe" * (256 - len(chars))  # (U+FFFE: no character for that byte)


_FOLD_BYTES = _fold_bytes()
_FOLD_ENCODE = codecs.charmap_build(_FOLD_BYTES)  # character -> its byte
_FOLD_DECODE = "".join(chr(_FOLD[ord(c)]) if ord(c) < len(_FOLD) else c for c in _FOLD_BYTES)  # byte -> folded character
_charmap_encode, _charmap_decode = codecs.charmap_encode, codecs.charmap_decode


def _letters(pred) -> str:
    chars = []
    for cp in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch.isalpha() and pred(ch):
            chars.append(ch)
    return "".join(chars)


#: every Latin letter Vietnamese text uses, upper and lower case (for character classes)
UPPER = _letters(str.isupper)
LOWER = _letters(str.islower)


def fold(s: str) -> str:
    """Lower-case, strip diacritics, unify Đ look-alikes, dashes, quotes, spaces and
    Markdown emphasis; the result has exactly ``len(s)`` characters.

    A text of the characters Vietnamese documents are written in (:data:`_FOLD_BYTES`: "Kết luận số 93-KL/TW “về …”")
    is read as one byte a character and each byte written as its folded character, two loops in C; a text with
    any other character is folded by ``str.translate`` (the same table: one answer for every code point). On
    Vietnamese text ``str.translate`` builds an integer and indexes the table for each character that is not ASCII:
    of the folds find_references makes on dense text, 49.2M -> 25.2M instructions a pass."""
    try:
        return _charmap_decode(_charmap_encode(s, "strict", _FOLD_ENCODE)[0], "strict", _FOLD_DECODE)[0]
    except UnicodeEncodeError:  # (a character it has no byte for: a box-drawing table, a symbol, another script)
        return s.translate(_FOLD)


_FOLDED_WORDS: dict[str, str] = {}  # word -> fold(word), for fold_word
_FOLDED_WORDS_MAX = 8192


def fold_word(w: str) -> str:
    """``fold(w)`` of a short string, a word ("các", "Dự "), remembered: :func:`fold`'s two codec calls cost ~2k
    instructions whatever the length, a look-up here ~0.3k. Words repeat (Vietnamese writes a few thousand
    syllables); the memo is emptied when it reaches :data:`_FOLDED_WORDS_MAX` entries. A pure function's values:
    threads may share it.

    >>> fold_word("Các"), fold_word("Các")
    ('cac', 'cac')
    """
    got = _FOLDED_WORDS.get(w)
    if got is None:
        if len(_FOLDED_WORDS) >= _FOLDED_WORDS_MAX:
            _FOLDED_WORDS.clear()
        got = _FOLDED_WORDS[w] = fold(w)
    return got


def fold_bytes(s: str) -> Optional[bytes]:
    """``s`` as the bytes :func:`fold` reads it, one a character (the byte is the character's place in
    :data:`_FOLD_BYTES`; "Thực hiện Kế hoạch số 25-KH/TU" is 30 bytes); None when ``s`` has a character it has no
    byte for (another script, most symbols). The text :func:`text_bytes` keeps is not encoded again: its bytes are
    given as kept (a record's fingerprint asks them of the clean text the cleaning read, after the parse: kept for
    500 of 500 generated plans and 2,264 of the 2,279 real texts, a second encoding of the whole text each, ~50
    instructions a character)."""
    kept = _LAST_BYTES[0]  # (one read of the slot: a tuple swapped whole, the text with its own bytes)
    if kept[0] is s:
        return kept[1]
    try:
        return _charmap_encode(s, "strict", _FOLD_ENCODE)[0]
    except UnicodeEncodeError:
        return None


#: the last text :func:`text_bytes` read and its bytes: one slot, told by identity (a text held here is not freed, so
#: no other text takes its id while it is kept); a tuple, swapped whole, so that threads read a text and its own bytes
_LAST_BYTES: list[tuple[Optional[str], Optional[bytes]]] = [(None, None)]


def text_bytes(t: str) -> Optional[bytes]:
    """:func:`fold_bytes` of a whole text, kept for the next caller asking of the same text (the same object): the
    cleaning reads a text's bytes to learn that it is printable and NFC (:func:`plain_bytes`), and :func:`quality` reads
    them again for the scan when the text came out of the cleaning as it went in ("Kế hoạch số 25-KH/TU …", no edit:
    47 of the 66 bench texts; a text of at most 6,000 characters is its own head). Encoding costs ~50 instructions a
    character, about what ``str.isprintable`` and ``unicodedata.is_normalized`` cost together."""
    kept = _LAST_BYTES[0]
    if kept[0] is t:
        return kept[1]
    b = fold_bytes(t)
    _LAST_BYTES[0] = (t, b)
    return b


def kept_bytes(t: str) -> Optional[bytes]:
    """:func:`text_bytes` of ``t`` when they are the ones kept (``t`` is the text last asked of), else None, never an
    encoding: bytes tell that every character of ``t`` is one of :data:`_FOLD_BYTES`, so that a character outside them
    ("\u2011", a non-breaking hyphen) is known absent without a search (see ``grammar.code_anchor_starts``)."""
    kept = _LAST_BYTES[0]  # (one read of the slot: a tuple swapped whole, the text with its own bytes)
    return kept[1] if kept[0] is t else None


def edited_bytes(n: Normalized, b: Optional[bytes]) -> Optional[bytes]:
    """:func:`text_bytes` of ``n.text`` made from ``b``, those of ``n.original``, and kept as :func:`text_bytes` keeps
    them: one byte a character, so the bytes of a text are its pieces' bytes end to end; a piece the edits left alone
    is sliced out of ``b``, an edit's replacement encoded. The cleaning gives them, for :func:`quality` and the scan's
    :func:`folded_text` of the clean text (19 of the 66 dense bench texts come out of the cleaning edited, "Kế hoạch
    số 25-KH/TU\u00a0ngày" -> "Kế hoạch số 25-KH/TU ngày"; each was encoded again whole, ~50 instructions a character).
    ``b`` itself when ``n`` edited nothing; None when ``b`` is (nothing kept).

    >>> n = edited("Kết luận\u00a0số 93", [(8, 9, " ")])
    >>> edited_bytes(n, fold_bytes(n.original)) == fold_bytes(n.text), kept_bytes(n.text) is not None
    (True, True)
    """
    if b is None or n.identity:
        return b
    t, o, parts = n.text, n.original, []
    for cs, cl, os_, ol in n._pieces:
        piece = t[cs : cs + cl]
        if cl == ol and o.startswith(piece, os_):
            parts.append(b[os_ : os_ + ol])  # (left alone: its bytes are the original's)
            continue
        try:
            parts.append(_charmap_encode(piece, "strict", _FOLD_ENCODE)[0])
        except UnicodeEncodeError:  # (a replacement with a character that has no byte: none for the text either)
            parts.append(None)
            break
    out = None if parts and parts[-1] is None else b"".join(parts)
    _LAST_BYTES[0] = (t, out)
    return out


#: the last text :func:`folded_text` folded and its fold: one slot, told by identity, as :data:`_LAST_BYTES`
_LAST_FOLDED: list[tuple[Optional[str], str]] = [(None, "")]


def folded_text(t: str) -> str:
    """:func:`fold` of a whole text, kept for the next caller asking of the same text (the same object): ``folded_text(
    work)[a:b]`` is ``fold(work[a:b])``, a fold being one character for one, each read alone. The scan's rules fold the
    words around each reference (the 40 characters before "Kế hoạch số 25-KH/TU" for its cue, the 12 after it for "các
    cấp"): ~3,400 folds a dense bench pass, each ~2k instructions of codec calls whatever its length; the text is
    folded once instead, from the bytes the cleaning kept when it has them (:func:`kept_bytes`: decoded, not encoded
    again).

    >>> t = "Thực hiện Kế hoạch số 25-KH/TU"
    >>> folded_text(t)[10:18], folded_text(t) is folded_text(t)
    ('ke hoach', True)
    """
    kept = _LAST_FOLDED[0]  # (one read of the slot: a tuple swapped whole, the text with its own fold)
    if kept[0] is t:
        return kept[1]
    b = kept_bytes(t)
    f = fold(t) if b is None else _charmap_decode(b, "strict", _FOLD_DECODE)[0]
    _LAST_FOLDED[0] = (t, f)
    return f


#: the bytes of the characters of :data:`_FOLD_BYTES` that ``str.isprintable`` refuses, the line break aside (NUL, tab,
#: carriage return, no-break space); every other one is printable and in NFC, and so is any string of them
#: (tests/test_text.py checks both over every character and every pair)
_UNPRINTABLE_BYTES = tuple(i for i, c in enumerate(_FOLD_BYTES) if c != "\n" and not c.isprintable())


def plain_bytes(b: bytes) -> bool:
    """Is every character of the text whose :func:`fold_bytes` are ``b``, its line breaks aside, printable
    (``t.replace("\\n", "").isprintable()``)? Such a text is also in NFC (``unicodedata.is_normalized("NFC", t)``): no
    character of :data:`_FOLD_BYTES` combines with the one before it. "Kết luận số 93-KL/TW\\n" is; "Kết\\tluận" is not."""
    for i in _UNPRINTABLE_BYTES:  # (four byte searches in C: memchr)
        if i in b:
            return False
    return True


def byte_map(f: Callable[[str], str]) -> str:
    """A table for :func:`from_bytes`: at each byte of :func:`fold_bytes`, ``f`` of its character (one character):
    the fingerprint's, each letter case-folded and each mark a space ("Kế hoạch số 25-KH/TU," read "kế hoạch số 25 kh
    tu ")."""
    out = [c if c == "\ufffe" else f(c) for c in _FOLD_BYTES]
    assert all(len(c) == 1 for c in out), "each character must be made one character"
    return "".join(out)


def from_bytes(b: bytes, table: str) -> str:
    """The text of :func:`fold_bytes`'s bytes, each written as ``table`` (:func:`byte_map`) says (a loop in C):
    ``from_bytes(fold_bytes("Kế hoạch"), byte_map(str.upper)) == "KẾ HOẠCH"``."""
    return _charmap_decode(b, "strict", table)[0]


_LOSSY = {cp: None for cp in range(VIET_BLOCK[0], VIET_BLOCK[1] + 1)}


@lru_cache(maxsize=4096)
def fold_lossy(s: str) -> str:
    """Fold after dropping the letters an encoding error loses ("Bộ Chính trị" ->
    "b chinh tr"); used to compare a canonical name with a damaged spelling."""
    return " ".join(fold(s.translate(_LOSSY)).split())


def strip_letters(s: str) -> str:
    """``s`` as an encoding error that deletes every non-ASCII letter writes it ("Thủ tướng Chính phủ" -> "Th tng
    Chnh ph", corpus-real-22/qd-58-2010-qd-ttg-dieule-truong-daihoc-dhcd-mat-dau.txt), runs of blanks collapsed."""
    return " ".join("".join(c for c in s if c.isascii() or not c.isalpha()).split())


@lru_cache(maxsize=8192)
def fold_key(s: str) -> str:
    """Folded with runs of whitespace collapsed: the lookup key of a phrase."""
    return " ".join(fold(s).replace(".", ". ").split()).replace(". ", ".")


def fold_nfc(s: str) -> str:
    """:func:`fold` after NFC composition (for text a reader extracted: the length may change)."""
    return fold(unicodedata.normalize("NFC", s))


class Normalized:
    """An NFC copy of ``original`` with the offset map back.

    ``text`` is what the matchers read; :meth:`span` maps a span of ``text`` to the
    span of ``original`` that covers the same characters (identity when nothing
    had to change).
    """

    __slots__ = ("original", "text", "_clean_starts", "_pieces", "identity")

    def __init__(self, original: str, text: str, pieces: list[tuple[int, int, int, int]]):
        self.original = original
        self.text = text
        self._pieces = pieces  # (clean_start, clean_len, orig_start, orig_len)
        self._clean_starts = [p[0] for p in pieces]
        self.identity = not pieces

    def to_original(self, i: int, end: bool = False) -> int:
        """Offset in ``original`` of offset ``i`` of ``text``; inside a recomposed
        letter, its start (or its end when ``end``)."""
        if self.identity:
            return i
        # a start belongs to the piece that begins at or before it; an end to the piece that begins before it
        k = (bisect_left(self._clean_starts, i) if end else bisect_right(self._clean_starts, i)) - 1
        if k < 0:
            return 0 if end else i
        cs, cl, os_, ol = self._pieces[k]
        if i >= cs + cl:
            return os_ + ol
        if cl == ol:
            return os_ + (i - cs)
        if i == cs:
            return os_
        return os_ + ol if end else os_

    def shift(self, lo: int, last_start: int, hi: int) -> Optional[int]:
        """The offset every span inside ``[lo, hi]`` moves by, when they all lie in one stretch the edits left
        alone (spans starting at ``lo`` … ``last_start``, ending by ``hi``), else None. There
        :meth:`span` adds the same number to both ends of each (a start in the stretch belongs to it, an end
        in it or at its end too): a reference's spans are mapped with one lookup, not two per span."""
        if self.identity:
            return 0
        k = bisect_right(self._clean_starts, lo) - 1
        if k < 0:
            return None
        cs, cl, os_, ol = self._pieces[k]
        if cl != ol or last_start >= cs + cl or hi > cs + cl:
            return None
        return os_ - cs

    def span(self, start: int, end: int) -> tuple[int, int]:
        if self.identity:
            return start, end
        s = self.to_original(start)
        e = self.to_original(end, end=True) if end > start else s
        return s, (e if e > s else s)  # (not max(): its keyword parsing costs more than the rest)


COMBINING = re.compile(
    r"[^\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f][\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def normalize(original: str) -> Normalized:
    """NFC with an offset map. Fast path: already-NFC text is returned as is."""
    if unicodedata.is_normalized("NFC", original):
        return Normalized(original, original, [])
    pieces: list[str] = []
    table: list[tuple[int, int, int, int]] = []
    pos = 0
    out_len = 0

    def add(orig_start: int, chunk: str) -> None:
        nonlocal out_len
        c = unicodedata.normalize("NFC", chunk)
        table.append((out_len, len(c), orig_start, len(chunk)))
        pieces.append(c)
        out_len += len(c)

    for m in COMBINING.finditer(original):
        if m.start() > pos:
            add(pos, original[pos : m.start()])
        add(m.start(), m.group())
        pos = m.end()
    if pos < len(original):
        add(pos, original[pos:])
    return Normalized(original, "".join(pieces), table)


def edited(original: str, edits: list[tuple[int, int, str]]) -> Normalized:
    """Apply non-overlapping edits ``(start, end, replacement)`` (offsets in
    ``original``) and keep the map back: the general form of :func:`normalize`."""
    if not edits:
        return Normalized(original, original, [])
    edits = sorted(edits)
    pieces: list[str] = []
    table: list[tuple[int, int, int, int]] = []
    pos = 0
    out = 0
    for a, b, rep in edits:
        if a < pos:  # overlapping edit: keep the first one
            continue
        if a > pos:
            chunk = original[pos:a]
            table.append((out, len(chunk), pos, len(chunk)))
            pieces.append(chunk)
            out += len(chunk)
        table.append((out, len(rep), a, b - a))
        pieces.append(rep)
        out += len(rep)
        pos = b
    if pos < len(original):
        chunk = original[pos:]
        table.append((out, len(chunk), pos, len(chunk)))
        pieces.append(chunk)
    return Normalized(original, "".join(pieces), table)


# --- text quality -----------------------------------------------------------


def _toned_vowels() -> str:
    chars = []
    for cp in range(0xC0, 0x1F00):
        d = unicodedata.normalize("NFD", chr(cp))
        if len(d) > 1 and d[0].lower() in "aeiouy" and any(m in d for m in "\u0300\u0301\u0303\u0309\u0323"):
            chars.append(chr(cp))
    return "".join(chars)


_TONED = _toned_vowels()
_SCRAMBLE = re.compile(f"[{_TONED}][{_TONED}]")
_BLOCK_RANGE = "\u1ea0-\u1ef9"
_BLOCK = re.compile(f"[{_BLOCK_RANGE}]")
_VIET_LETTER = re.compile("[ăâêôơưđĂÂÊÔƠƯĐ\u1ea0-\u1ef9àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]")


_LOSSY_WORDS = re.compile(r"(?<!\w)(?:Ch th|ca B Chính|ca Ban|vn bn s|Ngh quyết|Kết lun|Đng)(?!\w)")
#: Vietnamese words written without any mark ("Thuc hien Ket luan so 93-KL/TW, ngay 20/11/2020 cua
#: Ban Bi thu"): frequent in documents, rare in English or French
_PLAIN_WORDS = re.compile(
    r"(?<![^\W\d_])(?:cua|ngay|thang|nam|thuc|hien|nghi|quyet|luan|chinh|tinh|huyen|uy|dang|duoc|nhung|trien|khai"
    r"|hoach|viec|chuc|hanh|dinh|uong|nhan|thong)(?![^\W\d_])",  # ("Ke hoach so 183-KH/HU ngay 28/2/2024 ve viec to chuc")
    re.IGNORECASE,
)
#: a run of letters, no digit or "_": the words of "Chương trình giáo dục phổ thông 2018" without "2018"
LETTER_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=256)
def _block_letters(k: int) -> re.Pattern:
    """Matches a text with at least ``k`` letters of the block, stopping at the k-th (the test that
    says "ok" to most texts: counting every letter with findall was 4 % of the time on dense text)."""
    return re.compile(f"(?:[^{_BLOCK_RANGE}]*[{_BLOCK_RANGE}]){{{k}}}")


def _scrambled(head: str) -> bool:
    """Three pairs of toned vowels in ``head`` ("KẾT LỦẬN"), each after the last."""
    n = 0
    for _ in _SCRAMBLE.finditer(head):
        n += 1
        if n >= 3:
            return True
    return False


def _marked(head: str, k: int, b: Optional[bytes] = None) -> Optional[tuple[bool, bool]]:
    """(:func:`_scrambled`, at least ``k`` letters of the U+1EA0 block) read on the bytes :func:`fold` reads ``head`` as:
    each byte made "T" (a toned vowel) or "B" (a letter of the block) by ``bytes.translate``, then counted, in C (a
    count of "TT" is the number of pairs ``_SCRAMBLE`` finds one after the other). The two regex walks checked each
    character against a class of 144 letters (quality() of the 80 dense documents: 25.2M -> 18.5M instructions). None when
    a character has no byte."""
    b = text_bytes(head) if b is None else b  # (the cleaning's, when the text came out of it as it went in: see text_bytes)
    if b is None:
        return None
    return b.translate(_TONED_BYTES).count(b"TT") >= 3, b.translate(_BLOCK_BYTES).count(b"B") >= k


#: the bytes of :data:`_FOLD_BYTES` made "T" for a toned vowel, "B" for a letter of the U+1EA0 block, else " "
_TONED_BYTES = bytes(ord("T") if c in _TONED else ord(" ") for c in _FOLD_BYTES)
_BLOCK_BYTES = bytes(ord("B") if VIET_BLOCK[0] <= ord(c) <= VIET_BLOCK[1] else ord(" ") for c in _FOLD_BYTES)


@lru_cache(maxsize=4)  # (the scan and the context reader ask it of the same text: one answer per text)
def quality(text: str, sample: int = 6000) -> str:
    """``"ok"``, ``"scrambled"`` (two tone marks in one syllable, again and again) or
    ``"lossy"`` (the tone-marked letters of the U+1EA0 block mostly missing)."""
    head = text[:sample]
    k = len(head) // 30 + 1
    kept = kept_bytes(text)  # (the whole text's, the cleaning's: its head's are their first ``sample``, not encoded again)
    marked = _marked(head, k, None if kept is None else kept[:sample])
    if marked[0] if marked is not None else _scrambled(head):
        return "scrambled"
    if len(head) < 600 and _LOSSY_WORDS.search(head):
        return "lossy"  # too short for statistics, but the damaged spellings are unmistakable
    if marked[1] if marked is not None else _block_letters(k).match(head):  # plenty of tone-marked letters: nothing lost
        return "ok"
    block = len(_BLOCK.findall(head))
    viet = len(_VIET_LETTER.findall(head))
    # normal Vietnamese: more than half of the Vietnamese letters are in the block
    if viet >= 20 and block < viet * 0.3:
        return "lossy"
    if viet * 200 < len(head):
        # no marks at all: Vietnamese typed without them when its common words are many, or, in a text of a few words
        # (a web tag's title: "quyet dinh so 465 qd ttg", corpus-real-19/news-bnews-tag-quyet-dinh-so-465-qd-ttg-
        # unaccented.txt; "nghi quyet so 28"), when two of them are a third of its words
        plain = len(_PLAIN_WORDS.findall(head))
        if plain >= 2 and plain * (20 if plain >= 3 else 3) >= len(LETTER_WORD.findall(head)):
            return "lossy"
    return "ok"


_EMPH = re.compile(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)")


def clean_inline(s: str) -> str:
    """One line of display text: Markdown emphasis dropped, whitespace collapsed."""
    if "*" in s or "_" in s:  # (without a mark there is no emphasis to drop)
        s = _EMPH.sub("", s)
    return " ".join(s.split())  # (= re.sub(r"\s+", " ", s).strip(): str.split and \s agree on what a space is)


#: a line break that ends no paragraph (no blank line after it): a PDF line end inside a phrase, read as a space ("(gọi tắt
#: là⏎Kết luận số 48-KL/TW)", "ban hành⏎Chương trình hành động thực hiện …": the checklist's cue-break)
WRAP = r"\n(?![ \t]*\n)"


def opens_line(s: str, i: int) -> bool:
    """Does ``s[i]`` open its line, only blanks and Markdown marks (``*_#``) before it: a heading or a title, not a
    phrase inside a sentence ("Kế hoạch thực hiện Kết luận số 52-KL/TW …" over the page)."""
    return not s[line_start(s, i) : i].strip(" \t*_#")


def line_start(s: str, i: int) -> int:
    """Where the line holding ``s[i]`` starts: after the last line break before ``i``, else 0."""
    return s.rfind("\n", 0, i) + 1


def after_a_ground(s: str, i: int) -> bool:
    """Does the line holding ``s[i]`` come right after one that ends in ";" or "," (blank lines and Markdown marks
    between), the preamble's last ground before its enacting formula ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa
    Việt Nam;⏎Quốc hội ban hành Luật sửa đổi, bổ sung …", corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-
    quy-hoach-2018.txt)?"""
    k = line_start(s, i)
    while k > 0 and s[k - 1] in " \t\n*_":
        k -= 1
    return k > 0 and s[k - 1] in ";,"


def line_end(s: str, i: int) -> int:
    """Where the line holding ``s[i]`` ends: at the first line break from ``i`` on, else ``len(s)``."""
    k = s.find("\n", i)
    return len(s) if k < 0 else k


#: the end of a sentence: a full stop, "!" or "?" before a blank or the text's end, a blank line, or the line break
#: before a numbered line (a heading "I. MỤC ĐÍCH, YÊU CẦU", an item "1. Luật Quy hoạch số 21/2017/QH14 …"); a line
#: break alone goes on (a line wrapped by an extraction, lettered items "a) …"). Not a full stop inside a number ("ngày
#: 11.11.1998") or a symbol, nor the numeral's of a numbered line, nor that of "TP."/"Tp." before a city's name ("Đại
#: hội Đảng bộ TP. Hà Nội lần thứ XVII"), nor that of "v.v." before a lower-case word ("… v.v. của Trung ương"; before
#: a capital it ends its sentence). (Each alternative led by one character, the looks behind after it: the engine
#: skips to those characters; a class first, "[.!?]", made it try every position.)
_FULL_STOP = (
    r"\.(?![^\s])(?<!\bT[Pp]\.)(?<!^[0-9IVX]\.)(?<!^[0-9IVX][0-9IVX]\.)(?<!^[IVX][IVX][IVX]\.)"
    rf"(?!(?<=\bv\.v\.)\s+[{LOWER}])|!(?![^\s])|\?(?![^\s])"
)
_NUMBERED_LINE = r"\n(?=[ \t]*(?:[0-9]{1,2}|[IVX]{1,4})\.\s)"
_SENTENCE_END = re.compile(_FULL_STOP + "|" + _NUMBERED_LINE + r"|\n\s*\n", re.M)
#: the end of a clause: a sentence's, a ";" or ":", or a line break
_CLAUSE_END = re.compile(_FULL_STOP + r"|;|:|\n", re.M)


def sentence_end(s: str, i: int, reach: Optional[int] = None, clause: bool = False) -> int:
    """Where the sentence going on at ``i`` ends (:data:`_SENTENCE_END`: at its full stop, or a blank line), else the
    text's end. With ``reach``, looked for only that far on (the end then ``i + reach``, or the text's end); with
    ``clause``, the clause's end (also at ";", ":" or a line break: :data:`_CLAUSE_END`)."""
    hi = len(s) if reach is None or i + reach > len(s) else i + reach
    m = (_CLAUSE_END if clause else _SENTENCE_END).search(s, i, hi)
    return m.start() if m else hi


def found_at(text: str, words: Iterable[str]) -> list[int]:
    """Where any of ``words`` stands in ``text``, in order, each found by ``str.find`` (in C): the places a pattern led
    by one of them needs trying, instead of every position of the text.

    >>> found_at("*Căn cứ* _Luật_", "*_")
    [0, 7, 9, 14]
    """
    at: list[int] = []
    for w in words:
        i = text.find(w)
        while i >= 0:
            at.append(i)
            i = text.find(w, i + 1)
    at.sort()
    return at


def matches_led_by(pattern: re.Pattern, text: str, leads: Iterable[str]) -> Iterator[re.Match]:
    """The matches of ``pattern`` in ``text`` as its ``finditer`` gives them (left to right, none inside the one
    before), tried only where one of ``leads``, the words every match starts with, stands (:func:`found_at`).

    >>> due = re.compile(r"(?:trước|đến) ngày [0-9/]+")
    >>> [m.group() for m in matches_led_by(due, "hoàn thành trước ngày 30/6/2021, báo cáo đến ngày 5/7", ("trước", "đến"))]
    ['trước ngày 30/6/2021', 'đến ngày 5/7']
    """
    end = 0
    for i in found_at(text, leads):
        if i >= end and (m := pattern.match(text, i)) is not None:
            yield m
            end = m.end()


#: the shape of one Vietnamese syllable, folded: an onset, one to three vowels, a coda ("nghieng", "khuya", "hue"),
#: with the clusters, the glottal onsets and the final k, l, h, r of the Central Highlands' names ("ĐẮK LẮK", "KRÔNG
#: PẮC", "IA GRAI", "CƯ M'GAR", "CƯ JÚT"; the letterhead "ĐẢNG ỦY XÃ IA SOL" of corpus/gialai-phuthien-iasol-danguy-
#: kehoach-18-khdu-2021-07-09-kl93.txt, and the districts Đắk Mil, Chư Pưh, Krông Pa's Ia Pa: the gazetteer's
#: name_syllables "mil", "puh", "kar", "pah" are no syllable without them).
#: An abbreviation in capitals is none ("BĐBP", "CATW", "CCQ", "UBND", "TNCS"): it keeps its capitals (so does a
#: name of two syllables written as one word, "PLEIKU", which the gazetteer respells where it knows it).
#: a Vietnamese syllable's first consonants and its last, folded (references/stripped.py reads a damaged syllable by them)
ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx]"
CODA = "ng|nh|ch|[cmnpt]"
_SYLLABLE = re.compile(rf"(?:[hmr]')?(?:{ONSET}|kr|gr|pl|bl|br|dr|j)?[aeiouy]{{1,3}}(?:{CODA}|[klhr])?")
_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")


def is_syllable(word: str) -> bool:
    """Is ``word`` shaped as one whole Vietnamese syllable? "hoạch", "Đắk" are; a word cut short to its first letters
    ("th", "đ") or an abbreviation ("UBND") is not.

    >>> is_syllable("hoạch"), is_syllable("Đắk"), is_syllable("th"), is_syllable("đ"), is_syllable("UBND")
    (True, True, False, False, False)
    """
    return _SYLLABLE.fullmatch(fold(word).lower()) is not None


@lru_cache(maxsize=8192)  # (the words of names in capitals are a few thousand syllables, "TỈNH", "PHÓ", "THƯ": each read once)
def _capitalized(word: str) -> str:
    if word.isdigit() or _ROMAN_NUMERAL.fullmatch(word) or not _SYLLABLE.fullmatch(fold(word)):
        return word
    return word.capitalize()


def title_case(s: str) -> str:
    """Canonical spelling of a name written in capitals: "GIA LAI" -> "Gia Lai"; a word that is no syllable is an
    abbreviation and keeps its capitals, as does a Roman numeral.

    >>> title_case("KHỐI CCQ TỈNH")
    'Khối CCQ Tỉnh'
    >>> title_case("BĐBP")
    'BĐBP'
    >>> title_case("ĐẢNG ỦY XÃ IA SOL"), title_case("HUYỆN CƯ M'GAR")
    ('Đảng Ủy Xã Ia Sol', "Huyện Cư M'gar")
    """
    if s.isupper():
        return " ".join(_capitalized(w) for w in s.split())
    return s


_GLUED_CAPITAL = re.compile(f"(?<=[{LOWER}])(?=[{UPPER}])")


def unglue(s: str) -> str:
    """A space where an extraction glued a word to a capitalised one: a Vietnamese word has no capital after
    a lower-case letter. "Hội nghị lần thứ támBan Chấp hành Trung ương Đảng" -> "… thứ tám Ban Chấp hành …"."""
    return _GLUED_CAPITAL.sub(" ", s)


_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman(n: int) -> str:
    """``13`` -> ``"XIII"``."""
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def arabic(r: str) -> Optional[int]:
    """``"XIII"`` -> 13, ``"13"`` -> 13; None when it is neither."""
    r = r.strip().upper()
    if r.isdigit():
        return int(r)
    if not r or any(ch not in _ROMAN_VALUES for ch in r):
        return None
    total = 0
    for i, ch in enumerate(r):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(r) and _ROMAN_VALUES[r[i + 1]] > v else v
    return total if roman(total) == r else None


#: what is not text: C0 controls but tab, line feed, form feed and carriage return; DEL and
#: the C1 controls; lone surrogates; the non-characters U+FFFE/U+FFFF. PDFs put ``\x00``
#: and ``\x1b`` in their text layers, Word's ``w:sym`` can hold any code, and a JSON
#: string can carry ``\ud800``: each broke the GraphML writer or ``--format json``.
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: the characters a text carries that no reader sees: soft hyphen, zero-width space, non-joiner and joiner, word
#: joiner, the byte-order mark inside a text (a web page's markup leaves them beside or inside words: "35\u200b-CT/TW")
INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")
#: the blanks that are not a space: the no-break space web pages write between words, figure, narrow, thin, hair, en
#: and em spaces (:func:`fold` reads each as a space; so does :func:`vanban.source.clean`)
BLANK = re.compile(f"[{_SPACES}]")


def _scrub_one(m: re.Match) -> str:
    c = m.group()
    if c == "\x0b":  # vertical tab: Word's manual line break in copied text
        return "\n"
    return "\ufffd" if "\ud800" <= c else " "


def scrub(s: str) -> str:
    """``s`` with what is not text replaced one for one (offsets stay valid): control
    characters by a space (a vertical tab by a line break), lone surrogates and
    non-characters by U+FFFD.

    >>> scrub("Kết luận\\x00 số\\x1b 93-KL/TW" + chr(0xD800))
    'Kết luận  số  93-KL/TW\\ufffd'
    """
    return CONTROL.sub(_scrub_one, s) if has_control(s) else s


def has_control(s: str) -> bool:
    """Whether ``s`` holds a character :data:`CONTROL` matches. A text whose characters, its line breaks aside, are all
    printable holds none (each is one ``str.isprintable`` refuses), and ``isprintable`` reads it 3x faster than
    ``CONTROL.search``: most texts are answered so (:func:`scrub`, :func:`vanban.source.clean`)."""
    return not s.replace("\n", "").isprintable() and CONTROL.search(s) is not None


def escape_html(x) -> str:
    """Text for an HTML page: ``None`` is empty, ``<``, ``>``, ``&`` and quotes escaped."""
    import html

    return "" if x is None else html.escape(str(x), quote=True)
