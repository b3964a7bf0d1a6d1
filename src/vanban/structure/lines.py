"""Lines of a text with their offsets, and the trimming every part reader uses.

>>> [ln[2] for ln in split_lines("KẾ HOẠCH\\n\\nvề việc X\\n")]
['KẾ HOẠCH', '', 'về việc X']
"""

from __future__ import annotations

import re

__all__ = ["Line", "split_lines", "strip_span", "plain", "line_text"]

Line = tuple[int, int, str]  # (start, end with the line break, text without it)
_LINE = re.compile(r"[^\n]*\n?")


def split_lines(t: str) -> list[Line]:
    return [(m.start(), m.end(), m.group().rstrip("\n")) for m in _LINE.finditer(t) if m.end() > m.start()]


def strip_span(t: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the blanks (and table bars) at either end."""
    while a < b and t[a] in " \t\n\r|":
        a += 1
    while b > a and t[b - 1] in " \t\n\r|":
        b -= 1
    return a, b


def plain(line: str) -> str:
    """A line without the blanks, table bars and Markdown marks around it."""
    return line.strip(" \t|*_#")


def line_text(t: str, ln: Line) -> str:
    return t[ln[0] : ln[1]].rstrip("\n")
