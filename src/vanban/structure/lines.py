"""Lines of a text with their offsets, and the trimming every part reader uses.

>>> [ln[2] for ln in split_lines("KẾ HOẠCH\\n\\nvề việc X\\n")]
['KẾ HOẠCH', '', 'về việc X']
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterator, Optional, Sequence, Union, overload

__all__ = ["Line", "Lines", "split_lines", "strip_span", "plain", "line_text", "MARKS"]

Line = tuple[int, int, str]  # (start, end with the line break, text without it)
_LED: dict[re.Pattern, re.Pattern] = {}  # a pattern of Lines.matching -> the same after a line break
_ONE = 1  # (``_ONE.__add__``: a line's length and its break, added in C)


class Lines(Sequence[Line]):
    """The lines of ``t`` as :data:`Line` tuples, made when asked for.

    Only the offsets are kept (8 bytes a line): a list of the tuples and their strings
    weighs about 12 times a text of short lines, more than the rest of its parse.
    ``between`` and ``after`` give the lines of a stretch of the text without copying.
    """

    __slots__ = ("t", "_at", "_lo", "_hi")

    def __init__(self, t: str, at: Optional[array] = None, lo: int = 0, hi: Optional[int] = None):
        if at is None:
            at = array("q", [0])  # every line's start, then the end of the last line
            # (a finditer over the breaks: 2x the time; a list comprehension: a Python step a line, the maps none)
            at.extend(accumulate(map(_ONE.__add__, map(len, t.split("\n")[:-1]))))
            if at[-1] != len(t):
                at.append(len(t))
        self.t, self._at, self._lo = t, at, lo
        self._hi = len(at) - 1 if hi is None else hi

    def __len__(self) -> int:
        return self._hi - self._lo

    @overload
    def __getitem__(self, i: int) -> Line: ...
    @overload
    def __getitem__(self, i: slice) -> list[Line]: ...
    def __getitem__(self, i: Union[int, slice]) -> Union[Line, list[Line]]:
        if i.__class__ is int and 0 <= i < self._hi - self._lo:  # (the readers' case, tested first: one line, from 0)
            k = self._lo + i  # (the line made here, not by _line: the readers ask for lines one by one, 20,000 a MB)
            at, t = self._at, self.t
            a, b = at[k], at[k + 1]
            return a, b, t[a : b - 1] if t[b - 1] == "\n" else t[a:b]
        if isinstance(i, slice):
            return [self._line(self._lo + k) for k in range(*i.indices(len(self)))]
        n = self._hi - self._lo
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("line index out of range")
        return self._line(self._lo + i)

    def __iter__(self) -> Iterator[Line]:
        at, t = self._at, self.t  # (what _line does, without a call per line)
        for k in range(self._lo, self._hi):
            a, b = at[k], at[k + 1]
            yield a, b, t[a : b - 1] if t[b - 1] == "\n" else t[a:b]

    def _line(self, k: int) -> Line:
        a, b = self._at[k], self._at[k + 1]
        return a, b, self.t[a : b - 1] if self.t[b - 1] == "\n" else self.t[a:b]

    def matching(self, pattern: re.Pattern, lo: int = 0, hi: Optional[int] = None) -> list[int]:
        """The indices in ``[lo, hi)`` of the lines ``pattern`` matches at the start of, found in one
        scan of the text for a line break and the pattern (a literal first character lets the engine
        skip to the breaks; a pattern led by ``^`` is tried at every character): trying each line in
        Python sliced every line out first. The pattern must not run past its line (``$`` needs re.M)."""
        n = len(self)
        lo, hi = self._lo + lo, self._lo + (n if hi is None or hi > n else hi)
        if hi <= lo:
            return []
        at, t = self._at, self.t
        led = _LED.get(pattern) or _LED.setdefault(pattern, re.compile("\n(?:" + pattern.pattern + ")", pattern.flags))
        out = [lo - self._lo] if pattern.match(t, at[lo], at[hi]) else []
        for m in led.finditer(t, at[lo], at[hi]):
            if m.start() + 1 < at[hi]:
                out.append(bisect_right(at, m.start() + 1, lo, hi) - 1 - self._lo)
        return out

    def texts(self, lo: int, hi: int) -> list[str]:
        """The texts of lines ``[lo, hi)`` without their breaks (a bound below 0 read as 0, one past the end as the end),
        ``[ln[2] for ln in self[lo:hi]]`` for bounds in range, from one slice of the
        text split at its breaks (no tuple, no slice a line): the lines above a motto the letterhead walks back over
        ("ĐẢNG BỘ HUYỆN NĂM CĂN", "ĐẢNG ỦY XÃ LÂM HẢI", "*", "Số 7-KH/ĐU", "" above "ĐẢNG CỘNG SẢN VIỆT NAM").

        >>> split_lines("A\\nB\\n\\nC").texts(1, 4)
        ['B', '', 'C']
        """
        n = len(self)
        lo, hi = (lo if lo > 0 else 0), (hi if hi < n else n)
        if hi <= lo:
            return []
        at, t = self._at, self.t
        a, b = at[self._lo + lo], at[self._lo + hi]
        # (every line but the last ends with its break; the last one too unless it ends the text)
        return t[a : b - 1 if t[b - 1] == "\n" else b].split("\n")

    def text_end_before(self, pos: int) -> int:
        """Where the text of the last line with text that starts before ``pos`` ends (its blanks after it aside), or
        -1 when no line of these does: a section that ends where the next heading starts ends with its own last words,
        not with the blank lines before that heading ("- Một⏎⏎II- NHIỆM VỤ": the node of "- Một" ends after "Một")."""
        at, t, lo = self._at, self.t, self._lo
        k = bisect_left(at, pos, lo, self._hi) - 1
        while k >= lo:
            a = at[k]
            n = len(t[a : at[k + 1]].rstrip())
            if n:
                return a + n
            k -= 1
        return -1

    def head(self, n: int) -> Lines:
        """The lines of ``t[:n]``, as ``split_lines(t[:n])`` gives them (the last one cut at ``n``), from these lines'
        offsets: the opening of a text its context is read in ("ĐẢNG BỘ TỈNH GIA LAI⏎HUYỆN ỦY PHÚ THIỆN⏎…", the first
        4,000 characters) is not split again. Of the lines of a whole text (``split_lines(t)``)."""
        if n >= len(self.t):
            return self
        at = self._at
        head = at[: bisect_right(at, n, 0, self._hi + 1)]  # (the starts up to n: a line break before n ends a line)
        if head[-1] != n:
            head.append(n)
        return Lines(self.t[:n], head)

    def between(self, start: int, end: int) -> Lines:
        """The lines that start in ``[start, end)``."""
        lo = bisect_left(self._at, start, self._lo, self._hi)
        return Lines(self.t, self._at, lo, max(lo, bisect_left(self._at, end, lo, self._hi)))

    def after(self, start: int) -> Lines:
        """The lines that end after ``start``: those from ``start`` on and the one it falls in."""
        lo = bisect_right(self._at, start, self._lo + 1, self._hi + 1) - 1
        return Lines(self.t, self._at, lo, self._hi)


def split_lines(t: str) -> Lines:
    return Lines(t)


def strip_span(t: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the blanks (and table bars) at either end."""
    while a < b and t[a] in " \t\n\r|":
        a += 1
    while b > a and t[b - 1] in " \t\n\r|":
        b -= 1
    return a, b


#: the blanks, table bars and Markdown marks :func:`plain` strips
MARKS = " \t|*_#"


def plain(line: str) -> str:
    """A line without the blanks, table bars and Markdown marks around it."""
    return line.strip(MARKS)


def line_text(t: str, ln: Line) -> str:
    return t[ln[0] : ln[1]].rstrip("\n")
