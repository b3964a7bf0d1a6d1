"""Lines of a text with their offsets, and the trimming every part reader uses.

>>> [ln[2] for ln in split_lines("KẾ HOẠCH\\n\\nvề việc X\\n")]
['KẾ HOẠCH', '', 'về việc X']
"""

from __future__ import annotations

__all__ = ["Line", "split_lines", "strip_span", "plain", "line_text"]

Line = tuple[int, int, str]  # (start, end with the line break, text without it)


def split_lines(t: str) -> list[Line]:
    # str.split and running offsets: the lines ``re.finditer(r"[^\\n]*\\n?", t)`` gives (the last one only when not
    # empty), at a fraction of the cost of a match object per line
    out: list[Line] = []
    pos = 0
    for piece in t.split("\n"):
        end = pos + len(piece) + 1
        out.append((pos, end, piece))
        pos = end
    last = out[-1]
    if last[2]:
        out[-1] = (last[0], last[1] - 1, last[2])
    else:
        out.pop()
    return out


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
