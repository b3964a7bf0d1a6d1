"""Clean-up of a document's text, with the map back to the caller's offsets.

The text a reader extracts (or a user pastes) carries things that are not the
document: Markdown emphasis, page numbers and running headers, line breaks where
the page was wrapped (``Kế⏎hoạch``, ``93-⏎KL/TW``), paragraphs cut by a page
break (``nghiêm⏎⏎túc`` in the seed). :func:`clean` removes them on a copy and keeps
an offset map, so everything vanban finds in the clean copy is reported at its
place in ``doc.text``.

Example::

    >>> src = clean("Việc triển khai phải nghiêm\\n\\ntúc, đồng bộ và **có hiệu quả**.")
    >>> src.text
    'Việc triển khai phải nghiêm túc, đồng bộ và có hiệu quả.'
    >>> a, b = src.span(src.text.index("có"), len(src.text) - 1)
    >>> "Việc triển khai phải nghiêm\\n\\ntúc, đồng bộ và **có hiệu quả**."[a:b]
    'có hiệu quả'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from operator import attrgetter
from typing import Iterable, Optional

from .model import Note, Reference
from .text import (
    BLANK,
    COMBINING,
    CONTROL,
    INVISIBLE,
    LOWER,
    Normalized,
    edited,
    edited_bytes,
    found_at,
    plain_bytes,
    scrub,
    text_bytes,
)

__all__ = ["clean", "Source"]

_SPANS = ("code_span", "date_span", "issuer_span", "term_span", "subject_span")  # a Reference's spans besides its own
_SPANS_OF = attrgetter(*_SPANS)  # (the spans read in one C call, as _shift reads them at every reference)
_LABEL = r"(?:[a-zđ][)\-.][ \t]|[ivx]{1,4}[.\-][ \t])"
_EMPHASIS = re.compile(r"(?<![\w*(])(?:\*{1,3}|_{2,3})(?=[^\s*_)])|(?<=[^\s*_(])(?:\*{1,3}|_{2,3})(?![\w*)])")
_MD_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
_PAGE_NUMBER_LINE = re.compile(
    r"(?:(?<=[\n\f])|^)[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3})?(?:[ \t]*-)?[ \t]*(?=[\n\f]|$)"
)
# words that need their complement: a line ending on one goes on, whatever case the next starts with
_DANGLING_WORDS = frozenset(
    "số ngày tháng năm của khóa khoá và về tại theo các những với cho đến từ trong việc Ban Bộ Tỉnh Huyện Đảng".split()
)
_LOWER = frozenset(LOWER)
_LABEL_START = re.compile(_LABEL)
_LIST_LABEL_LINE = re.compile(r"^\s*(?:[IVXLC]{1,6}\s*[.\-–]|[0-9]{1,2}\.\s*[A-ZĐ]{2})")


class Source:
    """The clean copy of a text and the map back (possibly through several layers)."""

    __slots__ = ("original", "text", "_layers", "printable")

    def __init__(self, original: str, layers: list[Normalized], printable: bool = False):
        self.original = original
        self._layers = [la for la in layers if not la.identity]
        self.text = layers[-1].text if layers else original
        # True: every character of ``original`` but its line breaks is printable (str.isprintable), as
        # :func:`clean` found; False: not known. A record's sentences read it (graph.records._one_line)
        self.printable = printable

    def with_layer(self, layer: Normalized) -> Source:
        """This source with one more layer on top (``layer.original`` is this source's ``text``)."""
        return Source(self.original, self._layers + [layer], self.printable)

    @property
    def identity(self) -> bool:
        return not self._layers

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``original`` that holds ``text[start:end]``."""
        for layer in reversed(self._layers):
            start, end = layer.span(start, end)
        return start, end

    def to_original(self, i: int) -> int:
        return self.span(i, i)[0]

    def _shift(self, r: Reference) -> Optional[int]:
        """The one offset that moves the reference and all its spans through every layer
        (:meth:`Normalized.shift`), or None."""
        lo, last_start, hi = r.start, r.start, r.end
        if hi < lo:
            return None  # (span() gives such a span a width of 0)
        for sp in _SPANS_OF(r):
            if sp is not None:
                a, b = sp
                if b < a:
                    return None
                if a < lo:  # (comparisons, not min() and max(): three calls a span)
                    lo = a
                elif a > last_start:
                    last_start = a
                if b > hi:
                    hi = b
        total = 0
        for layer in reversed(self._layers):
            d = layer.shift(lo, last_start, hi)
            if d is None:
                return None
            lo, last_start, hi, total = lo + d, last_start + d, hi + d, total + d
        return total

    def remap(self, r: Reference) -> Reference:
        """Move a reference found in ``text`` to ``original``'s offsets (in place)."""
        if not self._layers:
            return r
        d = self._shift(r)
        if d is not None:  # (the common case: no edit inside the reference and its parts)
            if d:  # (0: no edit before the reference either, its offsets stand)
                r.start, r.end = r.start + d, r.end + d
                for name in _SPANS:
                    sp = getattr(r, name)
                    if sp is not None:
                        setattr(r, name, (sp[0] + d, sp[1] + d))
        else:
            r.start, r.end = self.span(r.start, r.end)
            for name in _SPANS:
                sp = getattr(r, name)
                if sp is not None:
                    setattr(r, name, self.span(*sp))
        r.text = self.original[r.start : r.end]
        notes = Reference.notes.peek(r)  # (not r.notes: a reference without notes would get a list)
        if notes and any(n.span for n in notes):
            r.notes = [Note(n.flag, n.detail, self.span(*n.span)) if n.span else n for n in notes]
        return r


def clean(original: str, kind: str = "txt", blocks: Iterable[tuple[int, int, str]] = ()) -> Source:
    """The clean copy of ``original`` with its offset map (see the module doc).

    ``blocks`` are layout hints from a reader: spans labelled ``page-number`` or
    ``running-header`` are removed.

    Line ends: ``\\r\\n`` (Windows) and ``\\r`` (old Mac) are line ends like ``\\n``; the
    letterhead, sections and signature come out the same.

    >>> [clean(t).text for t in ("KẾ HOẠCH\\r\\nvề việc\\x00 triển khai", "KẾ HOẠCH\\rvề việc\\x1b triển khai")]
    ['KẾ HOẠCH\\nvề việc  triển khai', 'KẾ HOẠCH\\nvề việc  triển khai']
    """
    layers: list[Normalized] = []
    if "\r" in original:  # layer 0: line ends; the blocks move with the text
        crlf = [m.start() for m in re.finditer("\r\n", original)]
        zero = edited(original, [(m.start(), m.end(), "\n") for m in re.finditer("\r\n?", original)])
        layers.append(zero)
        blocks = [(a - bisect_left(crlf, a), b - bisect_left(crlf, b), lab) for a, b, lab in blocks]
    t = layers[-1].text if layers else original
    # (a text whose characters, its line breaks aside, are all printable has neither a control, an invisible character
    # nor a blank other than the space, each one str.isprintable() refuses: text.has_control asks for the first kind)
    # Both read on the bytes fold() reads the text as, when it has one for each character (text.plain_bytes: four byte
    # searches); those bytes are kept for quality(), which the scan asks of the same text (text.text_bytes)
    b = text_bytes(t)
    printable = t.replace("\n", "").isprintable() if b is None else plain_bytes(b)
    known = printable and t is original  # (a "\r" is not printable: layer 0 took it)
    first, second = _layers(t, kind, blocks, printable, b is not None)
    edited_bytes(second, edited_bytes(first, b))  # (the clean text's bytes kept for quality() and the scan's fold)
    return Source(original, layers + [first, second], known)


def _layers(
    original: str, kind: str, blocks: Iterable[tuple[int, int, str]], printable: bool, nfc: bool = False
) -> list[Normalized]:
    """The layers of :func:`clean` over ``original`` (its line ends made "\\n"); ``printable`` and ``nfc`` (True: known
    to be in NFC) as the caller found them."""
    # layer 1: what is not text of the document (NFC aside): control characters, page numbers, headers, emphasis
    edits: list[tuple[int, int, str]] = []
    if not printable:
        for m in CONTROL.finditer(original):
            edits.append((m.start(), m.end(), scrub(m.group())))
        # an invisible character is taken out, not replaced: the words around it were written as the reader sees them
        # ("Chỉ thị số 35\u200b-CT/TW" is "35-CT/TW"; tests/checklist.py zero-width class)
        edits.extend((m.start(), m.end(), "") for m in INVISIBLE.finditer(original))
        # a no-break space is a blank like any other, one for one: the patterns of a blank ([ \t]) read it so
        # ("… ngày 17 tháng 9 năm 2010 của Ủy ban Dân tộc và Bộ Nội vụ", its blanks no-break, lost its second issuer at
        # "và": corpus-real-5/qd-42-2013-qd-ubnd-kontum-ban-dan-toc.txt; "Kế hoạch số 45-KH/UBND ngày 02/3/2023 của thành
        # phố Hà Tĩnh" read no issuer: tests/cases; tests/checklist.py nbsp class)
        edits.extend((m.start(), m.end(), " ") for m in BLANK.finditer(original))
    if not nfc and not unicodedata.is_normalized("NFC", original):
        for m in COMBINING.finditer(original):
            c = unicodedata.normalize("NFC", scrub(m.group()))  # a control character can carry a mark too
            if c != m.group():
                edits.append((m.start(), m.end(), c))
    for a, b, label in blocks:
        if label in ("page-number", "running-header"):
            edits.append((a, b, ""))
    if "\f" in original:
        for m in _PAGE_NUMBER_LINE.finditer(original):
            near = original[max(0, m.start() - 2) : m.end() + 2]
            if "\f" in near:
                edits.append((m.start(), m.end(), ""))
        for m in re.finditer("\f", original):
            edits.append((m.start(), m.end(), "\n"))
    if kind in ("md", "txt") and ("*" in original or "__" in original):
        edits.extend((a, b, "") for a, b in _emphasis(original))
        if kind == "md":
            for m in _MD_HEADING.finditer(original):
                edits.append((m.start(), m.end(), ""))
    first = edited(original, _disjoint(edits))
    # layer 2: lines re-joined where the page, not the author, broke them
    t = first.text
    joins = _joins(t, kind) if "\n" in t else []
    second = edited(t, _disjoint(joins))
    return [first, second]


def _emphasis(t: str) -> list[tuple[int, int]]:
    """The spans of Markdown emphasis marks: :data:`_EMPHASIS` tried only where a ``*`` or
    ``_`` is (every match starts on one), which finditer would try at every position; and only
    at the first of a run of them (after a ``*`` or a ``_`` both its look-behinds fail). The marks
    are found by ``str.find``: a pattern led by their class read every character (15-20 µs on a
    document of 3,700 characters with marks, 2-3 µs so)."""
    out: list[tuple[int, int]] = []
    end = 0
    for i in found_at(t, "*_"):
        if i < end or (i and t[i - 1] in "*_"):
            continue
        m = _EMPHASIS.match(t, i)
        if m:
            out.append(m.span())
            end = m.end()
    return out


def _joins(t: str, kind: str) -> list[tuple[int, int, str]]:
    """Line breaks to undo, decided at each break from the characters around it:

    * "93-⏎KL/TW", "số 1234/⏎QĐ-UBND": a symbol cut at its hyphen or slash -> nothing;
    * "nghiêm⏎⏎túc": a paragraph cut by a page break, going on in lower case -> a space
      (not after an upper-case line: "KẾ HOẠCH⏎⏎về việc …" is the type line and the title);
    * "của⏎Ban Bí thư", "số⏎45-KH/HU": a line ending on a word that needs its complement -> a space;
    * "tiếp tục⏎thực hiện": a hard-wrapped line going on in lower case -> a space
      (not after a heading or the type line: "KẾ HOẠCH⏎triển khai …" keeps its line).

    DOCX lines are paragraphs: only symbol cuts are joined there.
    """
    out: list[tuple[int, int, str]] = []
    n = len(t)
    for m in _JOINABLE.finditer(t):
        k, b = m.span()
        if k and t[k - 1] in ".;:!?":
            continue  # (most breaks end a sentence or a heading: no symbol is cut there, no line goes on)
        if k and t[k - 1] in " \t\n" and _inside_a_run(t, k):
            continue
        a = k
        while a > 0 and t[a - 1] in " \t":  # (the blanks before the break belong to it)
            a -= 1
        if a == 0 or b >= n:
            continue
        prev, nxt = t[a - 1], t[b]
        # a symbol cut at its hyphen or slash, or right after its number
        if (prev in "-/" and a >= 2 and t[a - 2].isdigit() and (nxt.isupper() or nxt.isdigit())) or (
            prev.isdigit() and nxt in "-/" and b + 1 < n and t[b + 1].isupper()
        ):
            out.append((a, b, ""))
            continue
        if kind == "docx" or prev in ".;:!?" or prev.isspace():
            continue
        blank = b - k > 1 and "\n" in t[k + 1 : b]  # (a run of one break and its blanks is no blank line)
        lower_next = nxt in _LOWER and not _LABEL_START.match(t, b)
        if blank:
            if lower_next:
                line = t[t.rfind("\n", 0, a) + 1 : a]  # (text.line_start written out: a call a break costs more)
                if not (line.isupper() or _LIST_LABEL_LINE.match(line)):
                    out.append((a, b, " "))
            continue
        ls = t.rfind("\n", 0, a) + 1  # (the line's start, text.line_start written out: asked at most breaks)
        # (the line's last word sliced out only when what follows can complete it: not before "- …", "| …")
        # (after the line's last blank, else from the line's start: rfind gives -1 or a place at or after ``ls``)
        if (nxt.isalnum() or nxt == "(") and t[t.rfind(" ", ls, a) + 1 or ls : a] in _DANGLING_WORDS:
            out.append((a, b, " "))
            continue
        if lower_next:
            line = t[ls:a]
            if not (line.isupper() or _LIST_LABEL_LINE.match(line)):
                out.append((a, b, " "))
    return out


def _joinable() -> re.Pattern:
    """The runs (a line break, the blank lines and blanks after it, to a character that is neither; the blanks before
    it are added in :func:`_joins`: a pattern led by them would be tried at every space of the text) that
    :func:`_joins` may undo (it decides), found by the engine: what follows is
    in lower case, or a hyphen or a slash before what may be a capital ("tiếp tục⏎thực hiện", "số 1234⏎/QĐ-UBND"), or
    what precedes the break is a hyphen, a slash, a blank, or a word that needs its complement after a blank or a line
    break ("93-⏎KL/TW", "của⏎Ban Bí thư"). The other breaks, most of a text's ("KẾ HOẠCH⏎Triển khai …", "Đảng bộ⏎I.
    MỤC ĐÍCH", "trên,⏎- Lãnh đạo …"), are never tried in Python, nor the breaks after the end of a sentence (passed
    over in :func:`_joins` too). The engine goes on inside a run it did not take: a break later in it is no run
    (:func:`_inside_a_run`)."""
    by_length: dict[int, list[str]] = {}
    for w in sorted(_DANGLING_WORDS):
        by_length.setdefault(len(w), []).append(re.escape(w))
    # (a look-behind has one width: one for each length of word, after a blank, a line break or the text's start; all
    # of them behind one look at the letter before the break, the last of some word: a heading's capital fails there)
    last = "".join(sorted({w[-1] for w in _DANGLING_WORDS}))
    words = rf"(?<=[{last}]\n)(?:" + "|".join(rf"(?<=(?<![^ \n])(?:{'|'.join(ws)})\n)" for _, ws in sorted(by_length.items()))
    # (a hyphen or a slash is joined only after a number and before a capital, "45⏎-KH/HU": not a list's dash, "-⏎- Các
    # cấp ủy", nor a rule of dashes, "-----", which a generated plan has under its letterhead. [ \t\f\n]* is any run of
    # blank lines and blanks, what (?:[ \t\f]*\n)*[ \t\f]* reads by a loop of groups: 15 of a plan's 42 breaks)
    follows = r"(?=[ \t\f\n]*(?:[" + LOWER + r"]|[-/](?![\s-])))"
    # (the commonest sign first; a break after the end of a sentence fails at once, as _joins passes it over)
    return re.compile(rf"\n(?<![.;:!?]\n)(?:{follows}|(?<=[-/ \t]\n)|{words}))[ \t\f\n]*")


_JOINABLE = _joinable()


def _inside_a_run(t: str, k: int) -> bool:
    """Is the line break at ``k`` a later one of a run (only blanks between it and the break before)? :data:`_JOINABLE`
    finds such a break when it passed over the run's first ("trên.⏎⏎tiếp", "trên⏎  ⏎Tiếp"); it is no run of its own."""
    j = k
    while j > 0 and t[j - 1] in " \t\f":
        j -= 1
    return j > 0 and t[j - 1] == "\n"


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort and drop edits that overlap an earlier one (NFC edits win: they come first
    at equal offsets because they replace, not delete)."""
    out: list[tuple[int, int, str]] = []
    end = -1
    for a, b, rep in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if a < end:
            continue
        out.append((a, b, rep))
        if b > end:  # (not max(): Python 3.11's parses its keywords at every call)
            end = b
    return out
