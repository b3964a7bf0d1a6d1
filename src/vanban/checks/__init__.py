"""Citation checks: the errors a careful reader would flag, with the fix.

:func:`check_document` runs the rules of :data:`RULES` on a Document, and
:func:`check_corpus` adds the rules that need several documents (:data:`CORPUS_RULES`);
``vanban.check`` takes a Document, a Corpus or a string. Each rule is a small
function registered under the rule ids it emits (:mod:`.reference`: one reference;
:mod:`.document`: several references, the letterhead; :mod:`.corpus`: several documents),
documented with a real example.

The rules, with the severities each may give and what it flags in English and in
Vietnamese, are one table, :data:`vanban.checks.base.RULE_TABLE` (the README prints it):
the code against its type word and its issuer (``type-code-mismatch``,
``issuer-code-mismatch``), the date against the term and the calendar, the spelling of
the code (``malformed-code``), the citation against the registry of known documents
(``registry-issuer``, ``registry-type``, ``registry-date``, ``registry-term``,
``registry-unknown``), one document cited differently in one text (``date-conflict``,
``issuer-conflict``, ``type-conflict``, ``code-variant``), words doubled at a citation,
the letterhead.

Example::

    >>> from vanban import parse
    >>> doc = parse("Căn cứ Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư")
    >>> [(f.rule, f.fix) for f in check_document(doc) if f.severity == "error"]
    [('type-code-mismatch', Fix(field='code', value='93-KL/TW'))]
"""

from __future__ import annotations

from typing import Iterable, Optional

from ..facts import Lexicon
from ..facts.lexicon import current
from ..model import SEVERITIES, Document, Finding, Fix
from . import corpus as _corpus_rules
from . import document as _document_rules
from . import reference as _reference_rules
from .base import CORPUS_RULES, RULES, cited, one_check, walk_plan

__all__ = ["check_document", "check_corpus", "CorpusChecker", "corpus_rule_order", "RULES", "CORPUS_RULES", "SEVERITIES", "Fix"]

_ = (_reference_rules, _document_rules, _corpus_rules)  # imported for their registrations


def _order(f: Finding) -> tuple:
    return (f.start, SEVERITIES.index(f.severity), f.rule)


def _wanted(rules: Optional[Iterable[str]]) -> Optional[set[str]]:
    if rules is None:
        return None
    wanted = {rules} if isinstance(rules, str) else set(rules)
    unknown = wanted - set(RULES) - set(CORPUS_RULES)
    if unknown:
        from ..errors import VanbanError

        raise VanbanError(
            f"unknown rule id(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(set(RULES) | set(CORPUS_RULES)))}"
        )
    return wanted


#: (wanted rule ids or None, the number of rules) -> the plan of the rules picked (:func:`.base.walk_plan`)
_PLANS: dict = {}


def check_document(doc: Document, rules: Optional[Iterable[str]] = None, lex: Optional[Lexicon] = None) -> list[Finding]:
    """The findings of one document, in text order; ``rules`` keeps only those rule ids. The rules on one reference
    at a time (:func:`~vanban.checks.base.each`) are handed each reference in one walk of them, each rule the
    references of the kinds it reads; the rules of a document run after."""
    lex = lex if lex is not None else current()
    wanted = _wanted(rules)
    key = (None if wanted is None else frozenset(wanted), len(RULES))
    plan = _PLANS.get(key)
    if plan is None:  # (every rule once, in the order of RULES)
        plan = _PLANS[key] = walk_plan(tuple(dict.fromkeys(fn for i, fn in RULES.items() if wanted is None or i in wanted)))
    by_kinds, whole = plan
    found: list[Finding] = []
    with one_check(doc, lex):
        for x in cited(doc, lex).each():
            for fn in by_kinds[x.kinds]:
                these = fn(x, lex)
                if these:  # (most rules find nothing: no extend of an empty tuple)
                    found.extend(these)
        for fn in whole:
            found.extend(fn(doc, lex))
    path = doc.path
    out = found if wanted is None else [f for f in found if f.rule in wanted]
    for f in out:
        f.path = path
    out.sort(key=_order)
    return out


def check_corpus(
    documents: list[Document], rules: Optional[Iterable[str]] = None, lex: Optional[Lexicon] = None
) -> list[Finding]:
    """The rules that need several documents, over ``documents`` (each finding carries its ``path``)."""
    lex = lex if lex is not None else current()
    wanted = _wanted(rules)
    out: list[Finding] = []
    seen = set()
    for rule_id, fn in CORPUS_RULES.items():
        if (wanted is not None and rule_id not in wanted) or fn in seen:
            continue
        seen.add(fn)
        out.extend(f for f in fn(documents, lex) if wanted is None or f.rule in wanted)
    return out


class CorpusChecker:
    """:func:`check_corpus` in two passes, for a caller that holds the references of a few documents at a time
    (a large store's graph build): made of every document's letterhead (``documents``: their references are not
    read), then :meth:`of` gives the findings of one document's references (a document of ``documents``, its
    references in it by then). The findings of all of them, document after document, sort into the order of
    :func:`check_corpus` by :func:`corpus_rule_order`. Each corpus rule is a class made of ``(documents, lex)``
    with an ``of(document)`` (:class:`.corpus.LetterheadConflicts`)."""

    def __init__(self, documents: list[Document], rules: Optional[Iterable[str]] = None, lex: Optional[Lexicon] = None):
        lex = lex if lex is not None else current()
        self.wanted = _wanted(rules)
        self.rules: list = []  # the rules made of the letterheads, in the order check_corpus runs them
        seen = set()
        for rule_id, fn in CORPUS_RULES.items():
            if (self.wanted is not None and rule_id not in self.wanted) or fn in seen:
                continue
            seen.add(fn)
            rule = fn(documents, lex)
            if not hasattr(rule, "of"):
                raise TypeError(f"the corpus rule {rule_id!r} cannot check one document at a time (no of(document))")
            self.rules.append(rule)

    def of(self, doc: Document) -> list[Finding]:
        """The findings of the references of ``doc``, rule after rule."""
        wanted = self.wanted
        return [f for rule in self.rules for f in rule.of(doc) if wanted is None or f.rule in wanted]


def corpus_rule_order() -> dict[str, int]:
    """Rule id -> the place of its corpus rule among those :func:`check_corpus` runs, in the order it runs them
    (a rule emitting several ids has one place)."""
    places: dict = {}
    for fn in CORPUS_RULES.values():
        places.setdefault(fn, len(places))
    return {i: places[fn] for i, fn in CORPUS_RULES.items()}
