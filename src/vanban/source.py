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
from typing import Iterable

from .text import _COMBINING, Normalized, edited

__all__ = ["clean", "Source"]

_LOWER_START = r"[a-zàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]"
_LABEL = r"(?:[a-zđ][)\-.][ \t]|[ivx]{1,4}[.\-][ \t])"
_EMPHASIS = re.compile(r"(?<![\w*(])(?:\*{1,3}|_{2,3})(?=[^\s*_)])|(?<=[^\s*_(])(?:\*{1,3}|_{2,3})(?![\w*)])")
_MD_HEADING = re.compile(r"(?m)^[ \t]*#{1,6}[ \t]+")
_PAGE_NUMBER_LINE = re.compile(
    r"(?:(?<=[\n\f])|^)[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3})?(?:[ \t]*-)?[ \t]*(?=[\n\f]|$)"
)
# a line break inside a paragraph: the line does not end a sentence and the next one goes on in lower case
_SOFT_BREAK = re.compile(rf"(?<=[^\s.;:!?])[ \t]*\n[ \t]*(?={_LOWER_START})(?!{_LABEL})")
# a paragraph cut by a page break: "nghiêm⏎⏎túc"
_PAGE_CUT = re.compile(rf"(?<=[^\s.;:!?])[ \t]*\n(?:[ \t\f]*\n)+[ \t\f]*(?={_LOWER_START})(?!{_LABEL})")
# a symbol cut at its hyphen or slash: "93-⏎KL/TW", "30/2020/⏎NĐ-CP"
# a line that ends on a word that needs its complement goes on, whatever case the next one starts with
_DANGLING = re.compile(
    r"(?<=[\s(])(?:số|ngày|tháng|năm|của|khóa|khoá|và|về|tại|theo|các|những|với|cho|đến|từ|trong|việc|Ban|Bộ|Tỉnh|Huyện|Đảng)[ \t]*\n[ \t]*(?=[\w(])"
)
_LIST_LABEL_LINE = re.compile(r"^\s*(?:[IVXLC]{1,6}\s*[.\-–]|[0-9]{1,2}\.\s*[A-ZĐ]{2})")
_CODE_CUT = re.compile(r"(?<=[0-9][-/])[ \t]*\n[ \t]*(?=[A-ZĐ])|(?<=[0-9])[ \t]*\n[ \t]*(?=[-/][A-ZĐ])")


class Source:
    """The clean copy of a text and the map back (possibly through several layers)."""

    __slots__ = ("original", "text", "_layers")

    def __init__(self, original: str, layers: list[Normalized]):
        self.original = original
        self._layers = [la for la in layers if not la.identity]
        self.text = layers[-1].text if layers else original

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


def clean(original: str, kind: str = "txt", blocks: Iterable[tuple[int, int, str]] = ()) -> Source:
    """The clean copy of ``original`` with its offset map (see the module doc).

    ``blocks`` are layout hints from a reader: spans labelled ``page-number`` or
    ``running-header`` are removed.
    """
    # layer 1: what is not text of the document (NFC aside): page numbers, headers, emphasis
    edits: list[tuple[int, int, str]] = []
    if not unicodedata.is_normalized("NFC", original):
        for m in _COMBINING.finditer(original):
            c = unicodedata.normalize("NFC", m.group())
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
    if kind in ("md", "txt"):
        for m in _EMPHASIS.finditer(original):
            edits.append((m.start(), m.end(), ""))
        if kind == "md":
            for m in _MD_HEADING.finditer(original):
                edits.append((m.start(), m.end(), ""))
    first = edited(original, _disjoint(edits))
    # layer 2: lines re-joined where the page, not the author, broke them
    t = first.text
    joins: list[tuple[int, int, str]] = []
    for m in _CODE_CUT.finditer(t):
        joins.append((m.start(), m.end(), ""))
    for m in _PAGE_CUT.finditer(t):
        joins.append((m.start(), m.end(), " "))
    for m in _DANGLING.finditer(t) if kind != "docx" else ():
        nl = t.index("\n", m.start())
        joins.append((nl, m.end(), " "))
    for m in _SOFT_BREAK.finditer(t) if kind != "docx" else ():  # a DOCX line is a paragraph
        line = t[t.rfind("\n", 0, m.start()) + 1 : m.start()]
        if line.isupper() or _LIST_LABEL_LINE.match(line):
            continue  # a heading or a type line ("KẾ HOẠCH") keeps its line
        joins.append((m.start(), m.end(), " "))
    second = edited(t, _disjoint(joins))
    return Source(original, [first, second])


def _disjoint(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sort and drop edits that overlap an earlier one (NFC edits win: they come first
    at equal offsets because they replace, not delete)."""
    out: list[tuple[int, int, str]] = []
    end = -1
    for a, b, rep in sorted(edits, key=lambda e: (e[0], -(e[1] - e[0]))):
        if a < end:
            continue
        out.append((a, b, rep))
        end = max(end, b)
    return out
