"""What every rule shares: the finding constructor, the rule registry, and small
helpers over references.

A rule is a function ``rule(doc, lex) -> Iterable[Finding]`` registered with
:func:`rule` under the ids it emits; ``check`` runs the rules whose ids are asked for
and keeps only the findings with those ids.
"""

from __future__ import annotations

from typing import Callable, Iterable, Optional

from ..facts import Lexicon
from ..model import Document, Finding, Fix, Reference, Span

__all__ = ["finding", "parts_of", "rule", "corpus_rule", "RULES", "CORPUS_RULES", "coded", "code_span", "vi_level", "date_text"]

Rule = Callable[[Document, Lexicon], Iterable[Finding]]

#: rule id -> the function that emits it (a function emitting several ids is listed under each)
RULES: dict[str, Rule] = {}
#: rule id -> the corpus rule that emits it
CORPUS_RULES: dict[str, Callable] = {}


def rule(*ids: str):
    """Register a document rule under the rule ids it emits."""

    def register(fn):
        for i in ids:
            RULES[i] = fn
        fn.rule_ids = ids
        return fn

    return register


def corpus_rule(*ids: str):
    """Register a corpus rule (``fn(documents, lex)``) under the rule ids it emits."""

    def register(fn):
        for i in ids:
            CORPUS_RULES[i] = fn
        fn.rule_ids = ids
        return fn

    return register


def finding(
    rule: str,
    severity: str,
    en: str,
    vi: str,
    start: int,
    end: int,
    fix: Optional[Fix] = None,
    ref: Optional[Reference] = None,
    related: Iterable[Span] = (),
    suggestion: Optional[str] = None,
) -> Finding:
    """A finding; ``suggestion`` (display text) is derived from ``fix`` unless given."""
    if suggestion is None and fix is not None:
        suggestion = date_text(fix.value) if fix.field == "date" else str(fix.value)
    return Finding(
        rule=rule,
        severity=severity,
        message=en,
        message_vi=vi,
        start=start,
        end=end,
        suggestion=suggestion,
        reference=ref,
        related=list(related),
        fix=fix,
    )


def date_text(d) -> str:
    """A date as Vietnamese texts write it: 19/4/2021."""
    return f"{d.day}/{d.month}/{d.year}"


def parts_of(r: Reference, lex: Lexicon):
    """The parsed code of a reference (parsed here only when the reference was made by hand)."""
    if r.code_parts is not None or not r.code:
        return r.code_parts
    from ..grammar import parse_code

    return parse_code(r.code, lex)


def code_span(r: Reference) -> Span:
    return r.code_span or (r.start, r.end)


def coded(doc: Document) -> list[Reference]:
    """The references written with a code."""
    return [r for r in doc.references if r.code and r.kind == "code"]


_VI_LEVEL = {"central": "Trung ương", "provincial": "tỉnh", "district": "huyện", "grassroots": "cơ sở", "state": "nhà nước"}


def vi_level(level: Optional[str]) -> str:
    return _VI_LEVEL.get(level or "", "không rõ")
