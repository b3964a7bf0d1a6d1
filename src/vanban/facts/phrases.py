"""A vocabulary list's phrases as one regular-expression alternation: folded, the longest first, a gap of the caller's
between their words. Every pattern built from a list of the lexicon (the grammar's cues, the scan's, the unit words)
spells its phrases here, so that they differ only in what they say they differ in.

Example::

    >>> folded_alternation(["thị xã", "xã", "Thành phố"])
    'thanh\\\\s+pho|thi\\\\s+xa|xa'
    >>> folded_alternation(["thị xã", "xã"], gap=r"\\ ", word=re.escape)
    'thị\\\\ xã|xã'
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ..text import fold

__all__ = ["folded_alternation"]


def _folded(word: str) -> str:
    """A word folded and escaped: "Thành" -> "thanh"."""
    return re.escape(fold(word))


def folded_alternation(phrases: Iterable[str], gap: str = r"\s+", word: Callable[[str], str] = _folded) -> str:
    r"""``phrases`` as one alternation (no group around it), each phrase's words spelt by ``word`` (folded and escaped;
    ``re.escape`` keeps them as written) with ``gap`` between them (``\s+``; ``[ \t]+`` on one line; ``\ `` one blank,
    escaped so that a verbose pattern keeps it), the longest first, so that "sau đây gọi tắt là" is tried before "gọi
    tắt", in a fixed order (the disk cache is keyed by a pattern's text); ``(?!)``, which matches nothing, for no
    phrase."""
    spelled = {gap.join(map(word, p.split())) for p in phrases if not p.isspace() and p}
    return "|".join(sorted(spelled, key=lambda a: (-len(a), a))) or "(?!)"
