"""Rules that need several documents: a citation against the cited document's own
letterhead in the corpus.

Example: a district plan citing "Kế hoạch số 25-KH/TU, ngày 19/4/2020" when the
corpus holds Gia Lai's 25-KH/TU whose letterhead says 19/4/2021.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator, Optional

from ..facts import Lexicon
from ..model import Document, Finding, Fix, Reference
from ..text import fold_key
from .base import coded, corpus_rule, finding, part_span, stated_date

__all__ = ["letterhead_conflicts", "LetterheadConflicts"]


@corpus_rule("date-conflict")
class LetterheadConflicts:
    """A citation whose date disagrees with the cited document's own letterhead.

    A corpus rule in two passes (:class:`~vanban.checks.CorpusChecker`): made of every document's letterhead
    (``documents``: their references are not read), then :meth:`of` gives one document's findings; iterated,
    those of every document of ``documents`` in order."""

    def __init__(self, documents: list[Document], lex: Lexicon):
        self.documents = documents
        self.by_key = {d.key: d for d in documents if d.key}
        self.by_code: dict[str, list[Document]] = defaultdict(list)
        self.by_place: dict[tuple[str, str], list[Document]] = defaultdict(list)  # (code, folded province or district)
        for d in documents:
            if d.header.code:
                self.by_code[d.header.code].append(d)
                for k in dict.fromkeys((fold_key(d.header.province or ""), fold_key(d.header.district or ""))):
                    self.by_place[(d.header.code, k)].append(d)

    def __iter__(self) -> Iterator[Finding]:
        for d in self.documents:
            yield from self.of(d)

    def of(self, d: Document) -> Iterator[Finding]:
        """The findings of the references of ``d``."""
        for r in coded(d):
            if r.relation == "self":
                continue
            target = self.by_key.get(r.key or "") or _unique_by_place(self.by_code.get(r.code, []), self.by_place, r)
            if target is None or target is d or target.header.date is None:
                continue
            td = target.header.date
            d_r = stated_date(r)
            if d_r and d_r != td and (d_r.year == td.year or abs((d_r - td).days) < 800):
                f = finding(
                    "date-conflict",
                    "warning",
                    f"{r.code} is dated {td:%d/%m/%Y} in its own letterhead ({target.path}), not {r.date:%d/%m/%Y}",
                    f"{r.code} ghi ngày {td:%d/%m/%Y} trên văn bản gốc, không phải {r.date:%d/%m/%Y}",
                    *part_span(r, r.date_span),
                    fix=Fix("date", td),
                    ref=r,
                )
                f.path = d.path
                yield f


def letterhead_conflicts(documents: list[Document], lex: Lexicon) -> Iterable[Finding]:
    """The ``date-conflict`` findings of ``documents`` (:class:`LetterheadConflicts`)."""
    return iter(LetterheadConflicts(documents, lex))


def _unique_by_place(docs: list[Document], by_place: dict, r: Reference) -> Optional[Document]:
    """The one document of that code (in the locality the reference names, its province or district)."""
    if r.locality:
        docs = by_place.get((r.code, fold_key(r.locality)), [])
    return docs[0] if len(docs) == 1 else None
