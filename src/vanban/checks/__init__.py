"""Citation checks: the errors a careful reader would flag, with the fix.

:func:`check_document` runs the rules of :data:`RULES` on a Document, and
:func:`check_corpus` adds the rules that need several documents (:data:`CORPUS_RULES`);
``vanban.check`` takes a Document, a Corpus or a string. Each rule is a small
function registered under the rule ids it emits (:mod:`.reference`: one reference;
:mod:`.document`: several references, the registry, the letterhead; :mod:`.corpus`:
several documents), documented with a real example:

=========================  =========  ================================================================
rule                       severity   example
=========================  =========  ================================================================
type-code-mismatch         error      "Kết luận số 93-NQ/TW" (the seed): the type word says Kết luận, the code NQ
issuer-code-mismatch       error      "Kế hoạch số 25-KH/TW của Ban Thường vụ Tỉnh ủy": /TW is central
date-term-mismatch         error      "ngày 16/4/2010 của Bộ Chính trị (khóa XI)": 16/4/2010 is khóa X
impossible-date            error      "ngày 31/02/2021"
chronology                 error      a plan of 11/03/2024 citing "Thông báo số 1899-TB/TU ngày 06 tháng 12 năm 2024"
header-code-type           error      "KẾ HOẠCH … Số 45-NQ/HU": the document's own code disagrees with its type
date-conflict              warning    "25-KH/TU, ngày 19/4/2021" and "25-KH/TU, ngày 19/4/2020" in one text
registry-mismatch          warning    "Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Ban Bí thư": the registry says Bộ Chính trị
authority                  warning    a provincial Ban Chấp hành issuing a Chỉ thị (Quy định 66-QĐ/TW, Điều 7)
malformed-code             warning    "100 - KL/TW", "22/CT-TW", "107-KH-ĐUK", "03-CT/TƯ", "37QĐ/TW"
unresolved-short-form      warning    "Chỉ thị 42 của Bộ Chính trị Khóa 8" with no full reference to stand for
header-missing             warning    no "Số …" in the letterhead (the seed)
header-abolished-level     warning    a -HU code on a document dated after districts were abolished (01/7/2025)
term-out-of-range          warning    a central date before 1930 or after the current term
duplicated-issuer          info       "của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị" (the seed)
issuer-naming              info       25-KH/TU cited as of "Ban Thường vụ Tỉnh ủy" and of "Tỉnh ủy" (the seed)
missing-space              info       "Chỉ thị12/CT-TW"
=========================  =========  ================================================================

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
from .base import CORPUS_RULES, RULES

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
