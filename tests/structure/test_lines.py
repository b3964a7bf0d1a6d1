"""Lines: the (start, end, text) tuples of the text's lines, made on demand from their offsets,
against the list the regex split gave."""

from __future__ import annotations

import random
import re

import pytest

from vanban.structure.lines import split_lines

_LINE = re.compile(r"[^\n]*\n?")


def _listed(t: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().rstrip("\n")) for m in _LINE.finditer(t) if m.end() > m.start()]


def _texts() -> list[str]:
    rnd = random.Random(13)
    fixed = ["", "\n", "\n\n", "a", "a\n", "a\nb", "KẾ HOẠCH\n\nvề việc X\n", " \r\n|x|\n\n  - Một\n"]
    return fixed + ["".join(rnd.choice("ab \n\rế") for _ in range(rnd.randint(0, 14))) for _ in range(400)]


def test_lines_are_the_split():
    for t in _texts():
        want = _listed(t)
        lines = split_lines(t)
        assert list(lines) == want and len(lines) == len(want), t
        n = len(want)
        assert [lines[i] for i in range(-n, n)] == want + want
        assert lines[1:3] == want[1:3] and lines[::-1] == want[::-1]
        with pytest.raises(IndexError):
            lines[n]


def test_between_and_after_are_the_filtered_split():
    rnd = random.Random(7)
    for t in _texts():
        want, lines = _listed(t), split_lines(t)
        a, b = rnd.randint(-1, len(t) + 1), rnd.randint(-1, len(t) + 1)
        inside = [ln for ln in want if a <= ln[0] < b]
        assert list(lines.between(a, b)) == inside, (t, a, b)
        assert list(lines.after(a)) == [ln for ln in want if ln[1] > a], (t, a)
        assert list(lines.between(a, b).after(b - 2)) == [ln for ln in inside if ln[1] > b - 2], (t, a, b)
