"""The module functions of the earlier ``vanban.tables`` (kept for one release).

They use, or replace, the process default lexicon; new code passes a
:class:`~vanban.facts.Lexicon` where it reads (``lexicon=``), which also reaches
worker processes.

>>> term_for_date(__import__("datetime").date(2010, 4, 16)), level_of_code("HU")
('X', 'district')
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Iterable, Optional, Union

from .lexicon import Lexicon, current, set_current
from .tables import DocType, Issuer, KnownDocument

__all__ = [
    "term_for_date",
    "term_range",
    "level_of_code",
    "type_by_name",
    "types_by_abbr",
    "issuer_by_form",
    "doc_types",
    "registry",
    "known",
    "load_registry",
    "add_issuer_forms",
]


def _lex() -> Lexicon:
    return current()


def term_for_date(d: Optional[_dt.date], body: str = "party") -> Optional[str]:
    """The central term (khóa) a date falls in: 16/4/2010 -> "X"."""
    return _lex().term_for_date(d, body)


def term_range(term: str, body: str = "party"):
    return _lex().term_range(term, body)


def level_of_code(code: Optional[str]) -> Optional[str]:
    return _lex().level_of_code(code)


def type_by_name(written: str) -> Optional[DocType]:
    return _lex().type_by_name(written)


def types_by_abbr(abbr: str, system: str = "party") -> tuple[DocType, ...]:
    return _lex().types_by_abbr(abbr, system)


def issuer_by_form(written: str) -> Optional[Issuer]:
    return _lex().issuer_by_form(written)


def doc_types() -> tuple[DocType, ...]:
    return _lex().doc_types


def registry() -> tuple[KnownDocument, ...]:
    return _lex().registry


def known(code: str) -> tuple[KnownDocument, ...]:
    """Registry entries for a code (several when the code was reused in other terms)."""
    return _lex().known(code)


def load_registry(path: Union[str, Path]) -> tuple[KnownDocument, ...]:
    """Add the rows of a CSV to the process default lexicon (prefer
    ``Lexicon.default().with_registry(path)`` passed as ``lexicon=``)."""
    lex = current().with_registry(path)
    set_current(lex)
    return lex.additions[-1][1]


def add_issuer_forms(body: str, forms: Iterable[str], code: str, level: str, system: str = "party", locality: str = "") -> None:
    """Teach the process default lexicon another issuing body (prefer
    ``Lexicon.default().with_issuer(…)`` passed as ``lexicon=``)."""
    set_current(current().with_issuer(body, forms, code, level, system, locality))
