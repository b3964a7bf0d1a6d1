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

__all__ = ["lead_chars", "one_way_word", "guard", "group_branches"]

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
    """The characters of a class's body ("ƯU", "\\s*_" -> None: a category), no negation, no ranges."""
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
        if ch == "-" and 0 < i < len(body) - 1:
            return None  # a range
        out.add(ch)
        i += 1
    return frozenset(out)


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


def _marks(a: str, i: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each "(", ")" and "|" of ``a`` from ``i`` that is no escape and not inside a character
    class (the one walk :func:`_close` and :func:`_branches` read); an unclosed class ends it with ``(len(a), "[")``."""
    j = i
    while j < len(a):
        ch = a[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            end = _class_end(a, j)
            if end is None:
                yield len(a), "["
                return
            j = end + 1
            continue
        if ch in "()|":
            yield j, ch
        j += 1


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
