"""L4: references — every citation of another document, with exact offsets.

This module is the one place that orders the passes:

1. the text is cleaned on a copy with an offset map (:func:`vanban.source.clean`:
   NFC, page numbers, emphasis, lines re-joined where the page broke them);
2. the citing document's context comes from its letterhead (or what the text says
   of itself) unless the caller gives one, read when a reference first needs it
   (:func:`vanban.structure.context_of`);
3. :func:`.scan.scan` finds each citation and parses it in place;
4. :func:`.relate.attach_subjects` reads subjects and nested chains;
5. :func:`.resolve.resolve_all` shares parts, reads agents, aliases, self-references,
   short forms and keys;
6. :func:`.relate.assign_relations` sets the relation each cue gives;
   where a reader failed on a page number a flattened PDF left inside a reference
   ("Nghị 127 quyết số 57", "của Ban 114 Bí thư"), the text is read again without it (:mod:`.pages`);
7. the spans go back to the caller's offsets.

``find_references(text)`` and ``parse(text).references`` run exactly this.

Example::

    >>> refs = find_references("Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy")
    >>> refs[0].code, refs[0].date.isoformat(), refs[0].issuer, refs[0].relation
    ('25-KH/TU', '2021-04-19', 'Ban Thường vụ Tỉnh ủy', 'implements')
"""

from __future__ import annotations

import re
from typing import Optional

from ..errors import InputTypeError
from ..facts import Lexicon
from ..facts.lexicon import current
from ..grammar import glued_in
from ..grammar.vocab import BEFORE_ISSUER_OF
from ..model import Context, Reference, Relation
from ..source import Source, clean
from ..structure import context_of, infer_context
from ..text import edited
from . import relate, resolve
from .keys import document_key, key_of, make_key, parse_key
from .pages import page_numbers
from .relate import relation_of_cue, relations_of
from .scan import scan
from .stripped import restored_source

__all__ = [
    "find_references",
    "find_relations",
    "find_in",
    "references_of",
    "make_key",
    "key_of",
    "parse_key",
    "document_key",
    "relation_of_cue",
    "relations_of",
]


def find_references(
    text: str, context: Optional[Context] = None, *, resolve: bool = True, lexicon: Optional[Lexicon] = None
) -> list[Reference]:
    """Every citation of another document in ``text``, in text order.

    ``context`` describes the citing document (its issuer, code, place); without
    it vanban reads the letterhead and what the text says of itself ("Ban Thường
    vụ Huyện ủy xây dựng kế hoạch … như sau"). With ``resolve=False`` short forms
    and aliases are left unresolved (``resolved`` is None). Offsets index ``text``
    exactly as passed, whatever its normalisation.
    """
    if not isinstance(text, str):
        raise InputTypeError(f"find_references expects a str, not {type(text).__name__}")
    if context is not None and not isinstance(context, Context):
        raise InputTypeError(f"context must be a vanban.Context, not {type(context).__name__}")
    lex = lexicon if lexicon is not None else current()
    src = restored_source(clean(text), lex)
    if context is None:
        context = context_of(src, "txt", lex)
    return _references_of(src, context, lex, resolve=resolve)


def references_of(src: Source, ctx: Context, lex: Lexicon, *, resolve: bool = True) -> list[Reference]:
    """The references of a cleaned text in the caller's offsets (the pipeline of the module doc); a text that lost every
    non-ASCII letter is read through its restored copy (:mod:`vanban.references.stripped`), whoever calls."""
    return _references_of(restored_source(src, lex), ctx, lex, resolve=resolve)


def _references_of(src: Source, ctx: Context, lex: Lexicon, *, resolve: bool = True) -> list[Reference]:
    """:func:`references_of` on a source already read through its restored copy."""
    found = find_in(src.text, ctx, lex, resolve=resolve)
    if glued := sorted(set(_glued_starts(src.text, found) + _glued_issuers(src.text, found))):
        src = src.with_layer(edited(src.text, [(i - 1, i, src.text[i - 1] + " ") for i in glued]))
        found = find_in(src.text, ctx, lex, resolve=resolve)
    if pages := page_numbers(src.text, found, lex):
        src = src.with_layer(edited(src.text, [(a, b, "") for a, b in pages]))
        found = find_in(src.text, ctx, lex, resolve=resolve)
    return [src.remap(r) for r in found]


def _glued_starts(text: str, found: list[Reference]) -> list[int]:
    """Where a reference starts glued to the word before it, a capital after a letter ("Căn cứPháp lệnh ngoại hi s
    28/2005/PL-UBTVQH11", "bổ sung một số điều củaPháp lệnh", corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-
    luatminhkhue.txt; "Kế hoạch thực hiệnKết luận số 52-KL/TW"): the text is read again with a space there, so that the
    words before it read as they do before any reference (its cue, the title or subject it ends). The scan finds such a
    reference (a capitalised type word after a small letter); a reference's first character is checked, not the text.
    Not the page's own ("… ban hành kèm theoQuyết định này"): no cue governs it."""
    return [r.start for r in found if r.start and text[r.start - 1].isalpha() and text[r.start].isalpha() and r.kind != "this"]


def _glued_issuers(text: str, found: list[Reference]) -> list[int]:
    """Where a reference's issuer holds a word glued to the next by an extraction ("Hội đồng Chính phủđã quy định", "của
    thành phố Hà Tĩnhvề chuyển đổi số", the checklist's glued class; :func:`vanban.grammar.glued_words`): read again
    with a space there, the issuer ends where it does in the text as written apart, whichever reader read it."""
    spans = [r.issuer_span for r in found if r.issuer_span is not None]
    # (no issuer read where "của" names one: "Thông báo số 24-TB/BCĐ ngày 23/12/2019 của Ban Chỉ đạo Ngày Biên phòng
    # tỉnhngày 25/12", "Nghị định 44/2015/NĐ-CP ngày 06/5/2015 của Chính Phủv/v Quy định": the name's words, to the
    # clause's end)
    spans += [
        (m.start("name"), m.end())
        for r in found
        if r.issuer_span is None and r.kind in ("code", "short") and (m := _OF_NEXT.match(text, r.end))
    ]
    return glued_in(text, spans)


#: "của" right after a reference (the blanks and comma before it spelt as everywhere, vocab.BEFORE_ISSUER_OF) and the
#: words after it to a mark that ends a clause (at most 120 characters)
_OF_NEXT = re.compile(rf"{BEFORE_ISSUER_OF}(?:của|CỦA)[ \t]+(?P<name>[^,;:.()\n]{{1,120}})")


def find_in(
    work: str, context: Optional[Context] = None, lex: Optional[Lexicon] = None, *, resolve: bool = True
) -> list[Reference]:
    """References in an NFC string, with offsets into it (:func:`references_of` maps
    them back to the caller's string); without ``context`` the text's own is inferred."""
    lex = lex if lex is not None else current()
    ctx = context if context is not None else infer_context(work, lex=lex)
    sc = scan(work, lex)
    sc.context = ctx
    relate.attach_subjects(sc)
    _resolve.resolve_all(sc.found, work, ctx, lex, short_forms=resolve)
    relate.assign_relations(sc)
    return [f.ref for f in sc.found if not (f.list_head or f.plural)]


_resolve = resolve  # the module, shadowed by the ``resolve`` flag inside the functions above


def find_relations(
    text: str, context: Optional[Context] = None, refs: Optional[list[Reference]] = None, *, lexicon: Optional[Lexicon] = None
) -> list[Relation]:
    """The relations the text states, as (source, relation, target) triples.

    ``source`` is :data:`~vanban.model.DOCUMENT` for the citing document itself,
    or the Reference whose subject states the relation (a nested chain).

    >>> from vanban import DOCUMENT
    >>> [(getattr(s, "code", s), rel, t.code) for s, rel, t in find_relations(
    ...     "Thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW")]
    [(DOCUMENT, 'implements', '25-KH/TU'), ('25-KH/TU', 'implements', '93-KL/TW')]
    """
    if refs is None:
        refs = find_references(text, context, lexicon=lexicon)
    return relations_of(refs, lexicon)
