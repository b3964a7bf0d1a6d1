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


def with_units(*rows) -> Lexicon:
    """The bundled lexicon whose vocabulary ``unit`` is the bundled one without "đặc khu" (the 2025 reform's commune
    unit), and ``rows`` ((phrase, kind) pairs): ``with_units(("đặc khu", "commune"))`` is a caller's lexicon that names
    it, ``with_units()`` one that does not, though the bundled one does."""
    return with_rows("unit", *(p for p in Lexicon.default().pairs("unit") if p[0] != "đặc khu"), *rows)
