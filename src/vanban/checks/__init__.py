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
from .base import CORPUS_RULES, RULES, one_check

__all__ = ["check_document", "check_corpus", "RULES", "CORPUS_RULES", "SEVERITIES", "Fix"]

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


def check_document(doc: Document, rules: Optional[Iterable[str]] = None, lex: Optional[Lexicon] = None) -> list[Finding]:
    """The findings of one document, in text order; ``rules`` keeps only those rule ids."""
    lex = lex if lex is not None else current()
    wanted = _wanted(rules)
    out: list[Finding] = []
    seen = set()
    with one_check():
        for rule_id, fn in RULES.items():
            if (wanted is not None and rule_id not in wanted) or fn in seen:
                continue
            seen.add(fn)
            for f in fn(doc, lex):
                if wanted is None or f.rule in wanted:
                    f.path = doc.path
                    out.append(f)
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
