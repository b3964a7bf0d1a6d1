"""The section tree of a document's body: I/II…, 1/2…, 1.1, a)/b)…, dashes and pluses,
"Phần", "Chương", "Điều", and the closing "Trên đây là …" paragraph.

Example::

    >>> from vanban.structure.lines import split_lines
    >>> t = "I- MỤC ĐÍCH\\n1. Mục đích\\n- Một\\nII- NHIỆM VỤ\\n"
    >>> roots, first = build_sections(split_lines(t), len(t))
    >>> [(s.label, s.heading, [c.label for c in s.children]) for s in roots]
    [('I', 'MỤC ĐÍCH', ['1']), ('II', 'NHIỆM VỤ', [])]
"""

from __future__ import annotations

import re
from itertools import chain
from sys import intern
from typing import Iterator, Optional

from ..model import Section
from ..text import UPPER
from .lines import Lines

__all__ = ["HEADING", "heading", "build_sections", "CLOSING"]


def _heading_source(blank: str) -> str:
    """The source of :data:`HEADING` with ``blank`` for its blanks ("I.", "1.2.", "a)", "- ", "Điều 5."): ``\\s`` for a
    stripped line, ``[^\\S\\n]`` for :data:`_CANDIDATE`, which reads the lines in the text and must not cross a break."""
    return (
        r"(?P<label>"
        rf"(?P<part>(?:PHẦN|Phần){blank}+(?:[IVXLC]+|THỨ{blank}+[{UPPER}]+|thứ{blank}+\w+))"
        rf"|(?P<chapter>(?:CHƯƠNG|Chương){blank}+(?:[IVXLC]+|[0-9]+))"
        rf"|(?P<article>Điều{blank}+[0-9]+)"
        r"|(?P<roman>[IVXLC]{1,6})"
        rf"|(?P<upper>[A-ZĐ])(?={blank}*\.{blank}+[{UPPER}]{{2}})"
        r"|(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})"
        r"|(?P<letter>[a-zđ])"
        r"|(?P<dash>[-–•])"
        r"|(?P<plus>\+)"
        rf")(?P<sep>{blank}*[.:\-–)]{blank}*|{blank}+)"
    )


HEADING = re.compile("^" + _heading_source(r"\s"))

CLOSING = re.compile(r"^(?:Trên đây là|Trên đây)\b|\./\.\s*$")
_KINDS = ("part", "chapter", "article", "roman", "upper", "num", "letter", "dash", "plus")
_RANK = {"part": 0, "chapter": 1, "upper": 2, "roman": 3, "article": 4, "num": 5, "letter": 7, "dash": 8, "plus": 9}

# (compiled once: heading() runs on every line of the body)
_TWO_LETTERS = re.compile(r"\w\w")
_SEP_ROMAN = re.compile(r"\s*[.\-–)]")  # (and a number's)
_SYMBOL_REST = re.compile(r"[A-ZĐ]{1,6}i?\s*/")
_NUMBER_GOES_ON = re.compile(r"\s*[/.\-]\s*[0-9]")
_SEP_LETTER = re.compile(r"\s*[).\-]")
# a line that may start a node, from the end of the blanks and table bars that lead it (group 1: as build_sections
# strips them): HEADING with its blanks kept within the line (what it matches of a stripped line it matches in the
# text), or "Trên" (the closing "Trên đây là …"); a superset, each candidate read by HEADING and CLOSING as before.
# Found by one scan of the body: the engine skips to each line break, the ordinary lines and the blank ones cost no
# Python step ("- Quán triệt …" a candidate, "Tỉnh ủy yêu cầu …" not).
_CANDIDATE = "[ \t|]*+((?:" + _heading_source(r"[^\S\n]") + "|Trên)[^\n]*)"
_FIRST_LINE, _NEXT_LINE = re.compile(_CANDIDATE), re.compile("\n" + _CANDIDATE)
# a node's children read and set in the slot itself: ``node.children`` and ``Section.children`` are each a Python call
# (the slot's list-on-read descriptor), and a plan's tree asked them ~25 times ("- Quán triệt …" under "I- MỤC ĐÍCH")
_kids, _set_kids = Section.children.peek, Section.children.slot.__set__


def heading(ln: str) -> Optional[tuple[str, str, str]]:
    """(kind, label, heading text) when a line starts a node of the tree."""
    hd = _READ.get(ln, _UNREAD)
    return (_read(ln) if HEADING.match(ln) else None) if hd is _UNREAD else hd


# the lines HEADING matched, and what each read as: plans repeat their headings ("1. Mục đích", "- Quán triệt …"), read
# once each; a line read before is not matched again (asked first: most lines of a plan are nodes of its tree)
_READ: dict[str, Optional[tuple[str, str, str]]] = {}
_UNREAD = object()


def _read(ln: str) -> Optional[tuple[str, str, str]]:
    if len(_READ) >= 8192:
        _READ.clear()
    hd = _READ[ln] = _heading(ln)
    return hd


def _heading(ln: str) -> Optional[tuple[str, str, str]]:
    m = HEADING.match(ln)
    gd = m.groupdict()
    kind = next(k for k in _KINDS if gd[k])
    label = m.group(kind)
    sep = m.group("sep")
    rest = intern(ln[m.end() :].strip())  # (compiled plans repeat their headings: one string each)
    if not _TWO_LETTERS.search(rest) and kind not in ("article",):
        return None  # "---------", "X);": no words, no heading
    if kind == "roman":
        # "I- MỤC ĐÍCH", "II - NHIỆM VỤ", "III." but not "I" as a word or a Roman numeral in prose
        if not _SEP_ROMAN.match(sep) or not rest:
            return None
    elif kind == "num":
        if not _SEP_ROMAN.match(sep) or not rest or (rest[:1].islower() and "." not in sep and ")" not in sep):
            return None
        if "-" in sep and _SYMBOL_REST.match(rest):
            return None  # "45-KH/HU của …": a symbol whose number ended the line before
        if _NUMBER_GOES_ON.match(ln[m.start("sep") :]):  # a date or 1.3.1 continued
            return None
    elif kind == "letter":
        if not _SEP_LETTER.match(sep) or not rest:
            return None
    elif kind in ("dash", "plus"):
        if not rest:
            return None
    elif kind == "article":
        label = "Điều " + label.split()[-1]
    return kind, label, rest


def build_sections(body_lines: Lines, body_end: int) -> tuple[list[Section], Optional[int]]:
    roots: list[Section] = []
    made: list[Section] = []  # every node as it is made: in text order, what walking the roots gives
    stack: list[tuple[int, Section]] = []  # (rank, node)
    first: Optional[int] = None
    # (the lines that may start a node or close the body only, found by one scan of the body: _CANDIDATE)
    for m in _candidates(body_lines):
        ln, start = m.group(1).rstrip(" \t|"), m.start(1)  # (ln = raw.strip(" \t|"): the lead strips every blank and bar)
        # (heading() written out: a call a line; a paragraph of 200 characters or more not looked up, its hash the
        # cost: 84% of a dev text's lines and 99% of a plan's headings are shorter, "- Thực hiện nghiêm túc Kết luận …")
        hd = _READ.get(ln, _UNREAD) if len(ln) < 200 else _UNREAD
        if hd is _UNREAD:
            hd = _read(ln) if HEADING.match(ln) else None
        if hd is None:
            # (the closing paragraph only under a node and only "Trên …": the pattern asked last, of few lines)
            if stack and ln.startswith("Trên") and CLOSING.match(ln):
                node = Section(None, ln, 1, start, body_end, kind="closing")
                _close(stack, start)
                roots.append(node)
                made.append(node)
                stack = [(-1, node)]
            continue
        if first is None:
            first = start
        kind, label, rest = hd
        rank = _RANK[kind]
        if kind == "num":
            rank += min(label.count("."), 1)
        while stack and stack[-1][0] >= rank:
            stack[-1][1].end = start
            stack.pop()
        parent = stack[-1][1] if stack and stack[-1][0] >= 0 else None
        node = Section(label, rest, (parent.level + 1) if parent else 1, start, body_end, kind=kind, parent=parent)
        made.append(node)
        if parent is not None:
            kids = _kids(parent)
            if kids is None:
                parent.body_end = start
                _set_kids(parent, [node])
            else:
                kids.append(node)
        else:
            roots.append(node)
        stack.append((rank, node))
    for _, node in stack:
        node.end = body_end
    _trim(made, body_lines)
    return roots, first


def _candidates(lines: Lines) -> Iterator[re.Match]:
    """The lines of ``lines`` that may start a node, as matches of :data:`_CANDIDATE` (group 1 the line from the end of
    the blanks and bars that lead it), in text order (the engine's iterator itself: no Python step a line)."""
    if not len(lines):
        return iter(())
    t, start, stop = lines.t, lines[0][0], lines[-1][1]
    if start:  # (a line after the text's first starts after a break)
        return _NEXT_LINE.finditer(t, start - 1, stop)
    m = _FIRST_LINE.match(t, 0, stop)
    return chain((m,), _NEXT_LINE.finditer(t, 0, stop)) if m else _NEXT_LINE.finditer(t, 0, stop)


def _trim(made: list[Section], lines: Lines) -> None:
    """Do not let a node end with the blank lines before the next one (over the nodes as they were made, the order
    walking the roots gives, without a generator for each node and each level it is below)."""
    for node in made:
        # (a line's text ends after the node's start even when the line is indented: "  - Nhằm tôn vinh …")
        e = lines.text_end_before(node.end)
        node.end = e if e > node.start else node.start
        kids = _kids(node)
        if not kids:
            node.body_end = node.end
        else:
            _set_kids(node, kids[:])  # the list sized to its children (appends left room for more)


def _close(stack, at: int) -> None:
    for _, node in stack:
        node.end = at
