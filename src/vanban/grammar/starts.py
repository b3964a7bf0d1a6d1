"""What a piece of the grammar can start with, read from its regex source.

The tries of :mod:`.vocab` ask it of their alternatives, so that after "Ban " the engine
tries the forms whose next word starts with the letter it sees, not eighty forms one by
one, and a phrase's boundary test (four look-behinds) is tried only where the phrase can
start. It reads only the first token of a source (a letter, an escaped character, a class,
a group of those); anything it does not know for sure gives None, never a wrong answer.

Example::

    >>> sorted(lead_chars("(?:CỦA|Của|của)[\\\\s*_]*Ban"))
    ['C', 'c']
    >>> lead_chars("[\\\\s*_]*Ban") is None  # may start with a blank or with "B"
    True
    >>> one_way_word("(?:BAN|Ban|ban)[\\\\s*_]*(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng)")
    '(?:BAN|Ban|ban)'
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, Optional

__all__ = [
    "lead_chars",
    "source_lead_chars",
    "one_way_word",
    "guard",
    "group_branches",
]

_SPECIAL = set("\\[](){}?*+|^$.")
_OPTIONAL = ("?", "*", "{")  # (a "{m,n}" may allow none: taken as optional)


def lead_chars(a: str) -> Optional[frozenset]:
    """The characters a match of ``a`` can start with; None when not simply known (it may match the
    empty string, starts with a repeat that may be empty, a category such as ``\\s``, a negated class …).
    A look-ahead or look-behind in front takes no character and is passed over."""
    i = 0
    while a.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        end = _close(a, i)
        if end is None:
            return None
        i = end + 1
    got = _token(a, i)
    if got is None or a[got[0] : got[0] + 1] in _OPTIONAL:
        return None
    return got[1]


def source_lead_chars(src: str) -> Optional[frozenset]:
    """The characters a match of the regex source ``src`` can start with, or None: the source is read as a group
    (each of its top-level branches), a verbose one, without its blanks and comments, capturing groups as
    non-capturing ones; look-arounds and groups of them only (a word's boundary test) are passed over, and an
    optional piece in front with what follows it: ``source_lead_chars("(?P<q> [“] )? (?: về | Về )")`` -> {"“", "v", "V"}."""
    plain = _plain(src)
    t = _Groups("(?:" + plain + ")") if plain is not None else None
    return _seq_lead(t, 0, len(t.a)) if t is not None and t.ok else None


#: a verbose source's pieces: an escape, a class (or a "[" that does not close), a comment, blanks (those ``re`` skips in
#: verbose mode, not every space: a no-break space is a character), a capturing group's opening
#: a character class that closes, as a regex over a source (an escape inside it passed over)
_CLASS = r"\[\^?\]?(?:[^\]\\]|\\.)*\]"
_VERBOSE_PIECE = re.compile(rf"\\.|{_CLASS}|(?P<open>\[)|#[^\n]*|[ \t\n\r\v\f]+|\(\?P<[^>]*>|\((?!\?)", re.S)


def _plain(a: str) -> Optional[str]:
    """A verbose-mode source without its blanks and comments, each capturing group made non-capturing; None when
    a class does not close."""
    unclosed = False

    def piece(m: re.Match) -> str:
        nonlocal unclosed
        t = m.group()
        if m.group("open") is not None:
            unclosed = True
        return t if t[0] in "\\[" else "(?:" if t[0] == "(" else ""

    out = _VERBOSE_PIECE.sub(piece, a)
    return None if unclosed else out


class _Groups:
    """The groups of a source, read in one walk: where each "(" closes and the bars directly inside it."""

    def __init__(self, a: str):
        self.a, self.close, self.bars, self.ok = a, {}, {}, True
        stack: list[int] = []
        for j, ch in _marks(a):
            if ch == "(":
                stack.append(j)
                self.bars[j] = []
            elif ch == ")" and stack:
                self.close[stack.pop()] = j
            elif ch == "|" and stack:
                self.bars[stack[-1]].append(j)
            else:
                self.ok = False  # an unclosed class, a ")" or "|" outside any group

    def branches(self, o: int) -> list[tuple[int, int]]:
        """The (start, end) of each top-level branch of the "(?:" group at ``o``."""
        starts = [o + 3] + [b + 1 for b in self.bars[o]]
        return list(zip(starts, self.bars[o] + [self.close[o]]))


def _seq_lead(t: _Groups, i: int, end: int) -> Optional[frozenset]:
    """The characters a match of the sequence ``t.a[i:end]`` (one branch) starts with: its first token's, and when that
    token is optional also those of what follows it (None when everything may be left out). Look-arounds, and
    groups of them only (a word's boundary test, "(?: (?<!\\w) | (?<=[a-z]) (?=[A-Z]) )"), take no character."""
    a = t.a
    while (k := _zero_width(t, i, end)) is not None:
        i = k
    if a.startswith("(?:", i):
        c = t.close.get(i, end)
        sets = [_seq_lead(t, x, y) for x, y in t.branches(i)] if c < end else [None]
        if any(x is None for x in sets):
            return None
        got: Optional[tuple[int, frozenset]] = (c + 1, frozenset().union(*sets))
    else:
        got = _token(a, i) if i < end else None
    if got is None:
        return None
    j, chars = got
    if a[j : min(j + 1, end)] in ("?", "*") or a.startswith(("{0,", "{0}"), j, end):
        rest = _seq_lead(t, _after_repeat(a, j), end)
        return None if rest is None else chars | rest
    return chars


def _zero_width(t: _Groups, i: int, end: int) -> Optional[int]:
    """The end of the look-around, or of the group of look-arounds only, at ``t.a[i]``; None for anything else."""
    a = t.a
    c = t.close.get(i, end) if a.startswith("(", i) else end
    if c >= end or a[c + 1 : c + 2] in ("?", "*", "+", "{"):
        return None
    if a.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        return c + 1
    if not a.startswith("(?:", i):
        return None
    for x, y in t.branches(i):
        while x < y and (k := _zero_width(t, x, y)) is not None:
            x = k
        if x < y:
            return None
    return c + 1


def _after_repeat(a: str, j: int) -> int:
    """The index after the repeat at ``a[j]`` ("?", "*", "{0,3}") and its lazy or possessive mark."""
    j = a.index("}", j) + 1 if a[j] == "{" else j + 1
    return j + 1 if a[j : j + 1] in ("?", "+") else j


def one_way_word(a: str) -> Optional[str]:
    """The ``(?:…)`` group ``a`` starts with when it matches in one way at most at any place: each branch
    is a row of plain characters and classes (one way each), and no two branches can match at the same
    place (they differ somewhere within the shorter one): "(?:BAN|Ban|ban)", "(?:TH[ƯU][ỜÒ]NG|Th[ưu][ờò]ng)".
    None for anything else ("(?:Ban|Ba)", "(?:[ưu]|u)": both branches can match "u" …)."""
    if not a.startswith("(?:"):
        return None
    end = _close(a, 0)
    if end is None or a[end + 1 : end + 2] in ("?", "*", "+", "{") or not _one_way(a[3:end]):
        return None
    return a[: end + 1]


def group_branches(a: str) -> Optional[tuple[list[str], int]]:
    """The top-level branches of the ``(?:…)`` group ``a`` starts with and the index of its ``)``; None when
    ``a`` does not start with one or it does not close: ``group_branches("(?:Ban|Bộ)x")`` ->
    ``(["Ban", "Bộ"], 9)``."""
    if not a.startswith("(?:"):
        return None
    end = _close(a, 0)
    return None if end is None else (_branches(a[3:end]), end)


def guard(chars) -> str:
    """A look-ahead for ``chars``: ``(?=[Cc])``."""
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


@lru_cache(maxsize=4096)
def _one_way(body: str) -> bool:
    """The branches of a group's body are rows of characters no two of which can match at one place.
    (Cached: the tries ask it of the same word at the head of many alternatives.)"""
    rows = []
    for b in _branches(body):
        row = _row(b)
        if not row:
            return False
        rows.append(row)
    return not any(all(cx & cy for cx, cy in zip(x, y)) for i, x in enumerate(rows) for y in rows[i + 1 :])


def _row(b: str) -> Optional[list[frozenset]]:
    """The characters each position of ``b`` takes, when ``b`` is a row of single characters and classes."""
    out, i = [], 0
    while i < len(b):
        if b[i] == "(":
            return None
        got = _token(b, i)
        if got is None or b[got[0] : got[0] + 1] in ("?", "*", "+", "{"):
            return None
        i, chars = got
        out.append(chars)
    return out


def _token(a: str, i: int) -> Optional[tuple[int, frozenset]]:
    """The token at ``a[i]`` (its end and its characters): a plain or escaped character, a class, or a
    non-capturing group whose every branch starts with a known token."""
    if i >= len(a):
        return None
    c = a[i]
    if c == "\\":
        if i + 1 < len(a) and not a[i + 1].isalnum():
            return i + 2, frozenset(a[i + 1])
        return None  # \s, \w, \d, \b …
    if c == "[":
        end = _class_end(a, i)
        chars = _class_chars(a[i + 1 : end]) if end is not None else None
        return None if chars is None else (end + 1, chars)
    if a.startswith("(?:", i):
        end = _close(a, i)
        chars = _group_chars(a[i + 3 : end]) if end is not None else None
        return None if chars is None else (end + 1, chars)
    if c in _SPECIAL:
        return None
    return i + 1, frozenset(c)


@lru_cache(maxsize=4096)
def _group_chars(body: str) -> Optional[frozenset]:
    """The characters a group's body starts with: those of its branches, if each has known ones."""
    out: set[str] = set()
    for b in _branches(body):
        got = lead_chars(b)
        if got is None:
            return None
        out |= got
    return frozenset(out)


def _class_chars(body: str) -> Optional[frozenset]:
    """The characters of a class's body ("ƯU", "0-9" the ten digits, "\\s*_" -> None: a category), no negation; a
    range of plain characters is read up to :data:`_RANGE_MAX` of them ("[0-9]" leads a date written without "ngày",
    "Luật Ngân sách nhà nước 25/6/2015", the item guard's piece), a longer one is None."""
    if not body or body[0] == "^":
        return None
    out, i = set(), 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            if i + 1 >= len(body) or body[i + 1].isalnum():
                return None
            out.add(body[i + 1])
            i += 2
            continue
        if i + 2 < len(body) and body[i + 1] == "-" and body[i + 2] != "\\":
            lo, hi = ord(ch), ord(body[i + 2])
            if not 0 <= hi - lo < _RANGE_MAX:
                return None
            out.update(map(chr, range(lo, hi + 1)))
            i += 3
            continue
        if ch == "-" and 0 < i < len(body) - 1:
            return None  # a range from an escaped character ("\\--z")
        out.add(ch)
        i += 1
    return frozenset(out)


#: the longest range of a class read character by character (:func:`_class_chars`): "0-9", "a-z", not "a-ỹ"
_RANGE_MAX = 64


def _class_end(a: str, i: int) -> Optional[int]:
    """The index of the "]" that closes the class opened at ``a[i]``."""
    j = i + 1
    if a[j : j + 1] == "^":
        j += 1
    if a[j : j + 1] == "]":
        j += 1
    while j < len(a):
        if a[j] == "\\":
            j += 2
            continue
        if a[j] == "]":
            return j
        j += 1
    return None


#: what :func:`_marks` walks: an escape, a class (passed over), a "[" that does not close, a bracket or a bar
_MARK = re.compile(rf"\\.|{_CLASS}|[\[()|]", re.S)


def _marks(a: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each "(", ")" and "|" of ``a`` from ``i`` that is no escape and not inside a character
    class (the one walk :func:`_close` and :func:`_branches` read); an unclosed class ends it with ``(len(a), "[")``."""
    for m in _MARK.finditer(a, i):
        ch = m.group()
        if ch == "[":
            yield len(a), "["
            return
        if len(ch) == 1:
            yield m.start(), ch


def _close(a: str, i: int) -> Optional[int]:
    """The index of the ")" that closes the group opened at ``a[i]``."""
    depth = 0
    for j, ch in _marks(a, i):
        if ch == "[":
            return None
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j
    return None


def _branches(body: str) -> list[str]:
    """The top-level branches of a group's body."""
    out, depth, start = [], 0, 0
    for j, ch in _marks(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(body[start:j])
            start = j + 1
    out.append(body[start:])
    return out
