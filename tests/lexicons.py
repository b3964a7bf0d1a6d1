"""Lexicons a test passes to show that the caller's lexicon is read, not the bundled one."""

from vanban.facts import Lexicon
from vanban.facts.tables import Word


def with_rows(name: str, *phrases, value: str = "") -> Lexicon:
    """The bundled lexicon with vocabulary list ``name`` made of ``phrases`` only (each a phrase, or a (phrase, value)
    pair; none: the list left out): ``with_rows("meeting_noun", "kỳ họp")``."""
    base = Lexicon.default()
    rows = [w for w in base.vocabulary if w.list != name]
    for p in phrases:
        phrase, v = p if isinstance(p, tuple) else (p, value)
        rows.append(Word(name, phrase, v, "a test's row"))
    return Lexicon(base.doc_types, base.issuer_rows, base.terms, base.registry, tuple(rows))
