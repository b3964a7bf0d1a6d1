"""The facts vanban relies on, loaded once from ``vanban/data/``.

* ``doc_types.csv`` — type names and their abbreviations in party and state symbols;
* ``issuers.csv`` — issuing bodies, the ways texts write them, their symbol code and level;
* ``terms.csv`` — party central-committee terms (khóa) and National Assembly terms;
* ``known_documents.csv`` — a registry of known central documents (see ``known_documents.md``).

Each file documents its sources. Users extend the registry with
:func:`load_registry` (a CSV with the same columns) and the issuer table with
:func:`add_issuer_forms`.

Example::

    >>> from vanban import tables
    >>> tables.term_for_date(__import__("datetime").date(2010, 4, 16))
    'X'
    >>> tables.level_of_code("HU")
    'district'
"""

from __future__ import annotations

import csv
import datetime as _dt
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional

from .text import fold_key, fold_lossy

__all__ = [
    "DocType",
    "Issuer",
    "KnownDocument",
    "doc_types",
    "issuers",
    "type_by_name",
    "types_by_abbr",
    "issuer_by_form",
    "level_of_code",
    "term_for_date",
    "term_range",
    "roman",
    "arabic",
    "load_registry",
    "registry",
]


def _open(name: str):
    return resources.files("vanban").joinpath("data", name).open(encoding="utf-8", newline="")


# --- document types -----------------------------------------------------------


@dataclass(frozen=True)
class DocType:
    name: str
    party_abbrs: tuple[str, ...]
    state_abbr: Optional[str]
    words: tuple[str, ...]
    issued_by: tuple[str, ...]


@cache
def doc_types() -> tuple[DocType, ...]:
    with _open("doc_types.csv") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        DocType(
            name=r["name"],
            party_abbrs=tuple(a for a in r["party_abbr"].split("|") if a),
            state_abbr=r["state_abbr"] or None,
            words=tuple(w for w in r["words"].split("|") if w),
            issued_by=tuple(r["issued_by"].split("|")),
        )
        for r in rows
    )


@cache
def _type_index() -> dict[str, DocType]:
    out: dict[str, DocType] = {}
    for t in doc_types():
        for w in t.words + (t.name,):
            out[fold_key(w)] = t
    for t in doc_types():  # spellings damaged by an encoding error: "Ch th" for "Chỉ thị"
        for w in t.words + (t.name,):
            out.setdefault(fold_lossy(w), t)
    return out


def type_by_name(written: str) -> Optional[DocType]:
    """``"CHỈ THỊ"``, ``"Chương trình hành động"``, ``"Ch th"`` -> the DocType; None if unknown."""
    return _type_index().get(fold_key(written)) or _type_index().get(" ".join(written.split()))


@cache
def _abbr_index() -> dict[tuple[str, str], tuple[DocType, ...]]:
    out: dict[tuple[str, str], list[DocType]] = {}
    for t in doc_types():
        for a in t.party_abbrs:
            out.setdefault(("party", fold_key(a)), []).append(t)
        if t.state_abbr:
            out.setdefault(("state", fold_key(t.state_abbr)), []).append(t)
    return {k: tuple(v) for k, v in out.items()}


def types_by_abbr(abbr: str, system: str = "party") -> tuple[DocType, ...]:
    """The types an abbreviation can stand for: ``types_by_abbr("QĐ")`` is
    (Quyết định, Quy định) — the ambiguity the checks must respect."""
    return _abbr_index().get((system, fold_key(abbr)), ())


@cache
def abbr_spelling() -> dict[str, str]:
    """folded abbreviation -> canonical spelling ("qdi" -> "QĐi", "ctr" -> "CTr")."""
    out: dict[str, str] = {}
    for t in doc_types():
        for a in t.party_abbrs + ((t.state_abbr,) if t.state_abbr else ()):
            out.setdefault(fold_key(a), a)
    for i in issuers():
        if i.code:
            out.setdefault(fold_key(i.code), i.code)
    extra = ["TTLT", "NQLT", "TTg", "QH", "UBTVQH", "CP", "ĐUK", "ĐU", "HĐND", "UBND", "VPCP", "SNgV"]
    for a in extra:
        out.setdefault(fold_key(a), a)
    return out


# --- issuers --------------------------------------------------------------------


@dataclass(frozen=True)
class Issuer:
    """A body as a text writes it: ``form`` is the canonical spelling of what was
    written ("Ban Thường vụ Tỉnh ủy" for "BTV Tỉnh ủy"), ``body`` the body itself."""

    form: str
    body: str
    code: str
    level: str
    system: str
    locality: str  # "", "province", "district", "unit", "any"


@cache
def _issuer_rows() -> tuple[tuple[str, Issuer], ...]:
    """(written form, Issuer) for every form in issuers.csv."""
    out: list[tuple[str, Issuer]] = []
    with _open("issuers.csv") as fh:
        for r in csv.DictReader(fh):
            for f in r["forms"].split("|"):
                written, _, canonical = f.partition("=")
                iss = Issuer(canonical or written, r["body"], r["code"], r["level"], r["system"], r["locality"])
                out.append((written, iss))
    return tuple(out)


_EXTRA_ISSUERS: list[tuple[str, Issuer]] = []


def issuers() -> tuple[Issuer, ...]:
    """Every known written form, as an Issuer."""
    return tuple(i for _, i in _issuer_rows()) + tuple(i for _, i in _EXTRA_ISSUERS)


def written_forms() -> list[str]:
    """Every written form of every issuer (for the grammar), longest first."""
    forms = {w for w, _ in _issuer_rows()} | {w for w, _ in _EXTRA_ISSUERS}
    return sorted(forms, key=lambda s: (-len(s), s))


@cache
def _issuer_lookup() -> tuple[dict[str, Issuer], dict[str, Issuer]]:
    exact: dict[str, Issuer] = {}
    lossy: dict[str, Issuer] = {}
    for written, iss in _issuer_rows() + tuple(_EXTRA_ISSUERS):
        exact.setdefault(fold_key(written), iss)
        lossy.setdefault(fold_lossy(written), iss)
    return exact, lossy


def issuer_by_form(written: str) -> Optional[Issuer]:
    """The issuer a written head stands for, tolerant of case, tone placement,
    look-alike letters, scrambled diacritics and letters lost to encoding errors."""
    exact, lossy = _issuer_lookup()
    found = exact.get(fold_key(written)) or lossy.get(fold_lossy(written))
    if found is None and fold_key(written).startswith("hoi nghi"):
        # "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng": a plenum speaks for the Central Committee
        return Issuer(" ".join(written.split()), "Ban Chấp hành Trung ương Đảng", "TW", "central", "party", "")
    return found


def add_issuer_forms(body: str, forms: Iterable[str], code: str, level: str, system: str = "party", locality: str = "") -> None:
    """Teach vanban another issuing body (call before the first extraction)."""
    for f in forms:
        _EXTRA_ISSUERS.append((f, Issuer(f, body, code, level, system, locality)))
    _issuer_lookup.cache_clear()
    from . import regexes

    regexes.reset()


# --- issuer codes and levels -------------------------------------------------

_PARTY_SUFFIX_LEVEL = (
    ("TW", "central"),
    ("TU", "provincial"),
    ("HU", "district"),
    ("QU", "district"),
    ("ĐUK", "provincial"),
    ("ĐU", "grassroots"),
    ("CB", "grassroots"),
)


@cache
def _code_levels() -> dict[str, str]:
    out: dict[str, str] = {}
    with _open("issuers.csv") as fh:
        for r in csv.DictReader(fh):
            if r["code"]:
                out.setdefault(r["code"], r["level"])
    return out


def is_party_issuer_code(code: str) -> bool:
    """True for the issuer part of a party symbol: TW, TU, HU, QU, ĐU, CB and the
    committees' organs (VPTW, BTGTU, UBKTTW, ĐUK, …)."""
    c = code.upper().replace("Ð", "Đ").replace("Ɖ", "Đ")
    if c in ("T.Ư", "TƯ"):
        return True
    return c.endswith(("TW", "TU", "HU", "QU", "ĐU", "ĐUK", "ĐUB", "CB", "T.Ư", "TƯ")) or c in ("ĐUK",)


def level_of_code(code: Optional[str]) -> Optional[str]:
    """Level of an issuer code: ``"TW"`` -> central, ``"BTGTU"`` -> provincial,
    ``"HU"`` -> district, ``"ĐU"`` -> grassroots, ``"UBND"`` -> state."""
    if not code:
        return None
    c = code.replace("Ð", "Đ").replace("Ɖ", "Đ")
    lv = _code_levels().get(c)
    if lv:
        return lv
    for _form, iss in _EXTRA_ISSUERS:  # bodies taught with add_issuer_forms
        if iss.code == c:
            return iss.level
    cu = c.upper()
    if cu == "ĐUK":
        return "provincial"
    for suffix, level in _PARTY_SUFFIX_LEVEL:
        if cu.endswith(suffix.upper()):
            return level
    return "state"


# --- terms ----------------------------------------------------------------------

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = []
    for v, s in _ROMAN:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def arabic(r: str) -> Optional[int]:
    """``"XIII"`` -> 13, ``"13"`` -> 13; None when it is neither."""
    r = r.strip().upper()
    if r.isdigit():
        return int(r)
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if not r or any(ch not in vals for ch in r):
        return None
    total = 0
    for i, ch in enumerate(r):
        v = vals[ch]
        if i + 1 < len(r) and vals[r[i + 1]] > v:
            total -= v
        else:
            total += v
    return total if roman(total) == r else None


@dataclass(frozen=True)
class Term:
    body: str
    term: str
    start: _dt.date
    end: Optional[_dt.date]
    congress: str


@cache
def terms() -> tuple[Term, ...]:
    out = []
    with _open("terms.csv") as fh:
        for r in csv.DictReader(fh):
            out.append(
                Term(
                    body=r["body"],
                    term=r["term"],
                    start=_dt.date.fromisoformat(r["start"]),
                    end=_dt.date.fromisoformat(r["end"]) if r["end"] else None,
                    congress=r["congress"],
                )
            )
    return tuple(out)


def term_for_date(d: Optional[_dt.date], body: str = "party") -> Optional[str]:
    """The central term (khóa) a date falls in: 16/4/2010 -> "X"."""
    if d is None:
        return None
    for t in terms():
        if t.body == body and t.start <= d and (t.end is None or d <= t.end):
            return t.term
    return None


def term_range(term: str, body: str = "party") -> Optional[tuple[_dt.date, Optional[_dt.date]]]:
    for t in terms():
        if t.body == body and t.term == term:
            return t.start, t.end
    return None


# --- registry of known documents ----------------------------------------------


@dataclass(frozen=True)
class KnownDocument:
    code: str
    doc_type: str
    number: str
    date: Optional[_dt.date]
    issuer: str
    term: str
    subject: str
    relations: tuple[tuple[str, str, Optional[_dt.date]], ...] = field(default=())
    source: str = ""
    status: str = ""


def _parse_registry_rows(rows: Iterable[dict]) -> list[KnownDocument]:
    out = []
    for r in rows:
        rels = []
        for part in (r.get("relation_to") or "").split("|"):
            part = part.strip()
            if not part:
                continue
            rel, _, target = part.partition(":")
            code, _, when = target.partition("@")
            rels.append((rel, code, _dt.date.fromisoformat(when) if when else None))
        out.append(
            KnownDocument(
                code=r["code"].strip(),
                doc_type=r.get("doc_type", "").strip(),
                number=r.get("number", "").strip(),
                date=_dt.date.fromisoformat(r["date"]) if r.get("date") else None,
                issuer=r.get("issuer", "").strip(),
                term=r.get("term", "").strip(),
                subject=r.get("subject", "").strip(),
                relations=tuple(rels),
                source=r.get("source", "").strip(),
                status=r.get("status", "").strip(),
            )
        )
    return out


_USER_REGISTRY: list[KnownDocument] = []


@cache
def _bundled_registry() -> tuple[KnownDocument, ...]:
    try:
        with _open("known_documents.csv") as fh:
            return tuple(_parse_registry_rows(csv.DictReader(fh)))
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return ()


def registry() -> tuple[KnownDocument, ...]:
    """The bundled registry plus whatever :func:`load_registry` added."""
    return _bundled_registry() + tuple(_USER_REGISTRY)


def load_registry(path: str | Path) -> list[KnownDocument]:
    """Add the rows of a CSV (same columns as ``known_documents.csv``) to the registry."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = _parse_registry_rows(csv.DictReader(fh))
    _USER_REGISTRY.extend(rows)
    _registry_by_code.cache_clear()
    return rows


@cache
def _registry_by_code() -> dict[str, tuple[KnownDocument, ...]]:
    out: dict[str, list[KnownDocument]] = {}
    for k in registry():
        out.setdefault(k.code, []).append(k)
    return {c: tuple(v) for c, v in out.items()}


def known(code: str) -> tuple[KnownDocument, ...]:
    """Registry entries for a code (several when the code was reused in other terms)."""
    return _registry_by_code().get(code, ())
