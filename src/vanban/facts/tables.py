"""The data files vanban relies on, read into frozen values.

* ``doc_types.csv`` — type names and their abbreviations in party and state symbols;
* ``issuers.csv`` — issuing bodies, the ways texts write them, their symbol code and level;
* ``terms.csv`` — party central-committee terms (khóa) and National Assembly terms;
* ``known_documents.csv`` — a registry of known central documents and laws, each row with its
  sources, status and conflicts (see ``known_documents.md``; rebuilt by ``scripts/registry/``);
* ``not_found.jsonl`` — documents cited in the real data that the registry's searches did not find;
* ``vocabulary.csv`` — the words the grammar, the relation finder and the checks use (``list,phrase,value,source``).
  A phrase is read exactly as written, its leading and trailing blanks part of it: a blank at either end is written
  inside double quotes, ``lost_letter_sign," s ",ố,…`` is " s " ("số" written without its "ố", a word alone),
  not the "s" of "sáng". A row's source is its own note, or the name of a note several rows share, written once in
  ``vocabulary_notes.csv`` (``note,source``): ``title_first_stop,Kế hoạch,,title_first_stop`` (a name, no blank in it;
  every note has blanks).

Each file documents its sources. These loaders only read; the lookups live on
:class:`vanban.facts.Lexicon`.

Example::

    >>> [t.name for t in load_doc_types()][:3]
    ['Nghị quyết', 'Quyết định', 'Quy định']
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Optional, Union

__all__ = [
    "DocType",
    "Issuer",
    "Term",
    "KnownDocument",
    "NotFound",
    "Word",
    "load_doc_types",
    "load_issuers",
    "load_terms",
    "load_known_documents",
    "load_not_found",
    "read_registry",
    "parse_registry_rows",
    "known_document_row",
    "load_vocabulary",
    "data_files",
    "data_bytes",
]


def _open(name: str):
    return resources.files("vanban.facts").joinpath("data", name).open(encoding="utf-8", newline="")


def data_bytes(name: str) -> bytes:
    """The bytes of a bundled data file (what the disk cache keys on)."""
    return resources.files("vanban.facts").joinpath("data", name).read_bytes()


def data_files() -> list[str]:
    """Names of the bundled data files (for cache keys and documentation)."""
    return sorted(p.name for p in resources.files("vanban.facts").joinpath("data").iterdir() if p.name.endswith(".csv"))


# --- document types -----------------------------------------------------------


@dataclass(frozen=True)
class DocType:
    name: str
    party_abbrs: tuple[str, ...]
    state_abbr: Optional[str]
    words: tuple[str, ...]
    issued_by: tuple[str, ...]
    #: the only bodies that issue the type, when the law names them (a Luật is the Quốc hội's); empty: any body
    issuers: tuple[str, ...] = ()


@cache
def load_doc_types() -> tuple[DocType, ...]:
    with _open("doc_types.csv") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        DocType(
            name=r["name"],
            party_abbrs=tuple(a for a in r["party_abbr"].split("|") if a),
            state_abbr=r["state_abbr"] or None,
            words=tuple(w for w in r["words"].split("|") if w),
            issued_by=tuple(r["issued_by"].split("|")),
            issuers=tuple(b for b in (r.get("issuers") or "").split("|") if b),
        )
        for r in rows
    )


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
def load_issuers() -> tuple[tuple[str, Issuer], ...]:
    """(written form, Issuer) for every form in issuers.csv."""
    out: list[tuple[str, Issuer]] = []
    with _open("issuers.csv") as fh:
        for r in csv.DictReader(fh):
            for f in r["forms"].split("|"):
                written, _, canonical = f.partition("=")
                iss = Issuer(canonical or written, r["body"], r["code"], r["level"], r["system"], r["locality"])
                out.append((written, iss))
    out += _abbreviated_forms(out)
    # a standing committee is also written without "Ban": "Kế hoạch số 25-KH/TU … của Thường vụ Tỉnh ủy" is the Ban
    # Thường vụ's (the rows list "Thường vụ Quân ủy Trung ương"; the rule gives every committee the same)
    forms = {w for w, _ in out}
    out += [(w[4:], i) for w, i in out if w.startswith("Ban Thường vụ ") and w[4:] not in forms]
    out += _state_named_forms(out)
    return tuple(out)


def _state_named_forms(rows: list[tuple[str, Issuer]]) -> list[tuple[str, Issuer]]:
    """The national state bodies (vocabulary ``state_named_body``) followed by the state's name (vocabulary
    ``state_name``), spelled as written: "ngày 02/8/1955, Thủ tướng Chính phủ nước Việt Nam Dân chủ Cộng hòa đã ký ban
    hành Nghị định số 566/TTg" (corpus-real-25/religion-btgcp-66-nam-nganh-tongiao-nd-566-ttg-sl-234.txt), "ngày
    19/6/2015, Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam (khóa XIII) đã thông qua Luật số 78/2015/QH13"
    (corpus-real-24/army-phapdien-moj-luat-nghiavu-quansu-2015-78-2015-qh13.txt)."""
    words = load_vocabulary()
    bodies = {w.phrase for w in words if w.list == "state_named_body"}
    names = [w.phrase for w in words if w.list == "state_name"]
    return [
        (f"{written} {name}", replace(iss, form=f"{iss.form} {name}"))
        for written, iss in rows
        if written in bodies
        for name in names
    ]


def _abbreviated_forms(rows: list[tuple[str, Issuer]]) -> list[tuple[str, Issuer]]:
    """The forms the rows spell out, written with an organisation's abbreviation (vocabulary ``name_abbreviation``): a
    committee of a mass organisation is written with its name cut short as often as in full ("Căn cứ Kế hoạch số 05/KH-
    UBH ngày 28/10/2008 của Uỷ ban Hội LHTN Việt Nam tỉnh", corpus-real-14/hd-tinhdoan-hungyen-daihoi-hoi-lhtn-cacap-
    2008.txt; "Chương trình công tác trọng tâm của Ban Chấp hành Trung ương HND Việt Nam", corpus-real-16/news-baocantho-
    hnd-tw-quantriet-nq46-daihoi-viii-2024.txt); each stands for the full form's issuer, spelled in full."""
    forms = {w for w, _ in rows}
    out: list[tuple[str, Issuer]] = []
    for w in load_vocabulary():
        if w.list != "name_abbreviation":
            continue
        # (over the forms cut short by the rows before as well: a name may be cut short twice, "Ban Thường vụ T.Ư Hội
        # NDVN", corpus-real-23/hoi-tapchinongthonmoi-hnd-ninhbinh-nq-27-nq-hndtw-dean-thucpham.txt)
        for written, iss in rows + out:
            short = written.replace(w.value, w.phrase)
            if short != written and short not in forms:
                forms.add(short)
                out.append((short, iss))
    return out


# --- terms ----------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    body: str
    term: str
    start: _dt.date
    end: Optional[_dt.date]
    congress: str


@cache
def load_terms() -> tuple[Term, ...]:
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


# --- registry of known documents ----------------------------------------------


@dataclass(frozen=True)
class KnownDocument:
    """One row of the registry: a document, not a code (``45-CT/TW`` is five documents).

    ``source`` holds the page URLs (space-separated), ``status`` is ``verified`` (an official
    outlet, or two independent pages, state the date and the issuer) or ``partial`` (a user's
    file may write ``partial: why``), ``conflicts`` what the sources disagree on.

    >>> k = KnownDocument("217-QĐ/TW", "Quyết định", "217", None, "Bộ Chính trị", "XI", "",
    ...                   source="https://a.vn/x https://b.vn/y", status="partial", conflicts="issuer: …")
    >>> k.sources, k.verified, k.firm
    (('https://a.vn/x', 'https://b.vn/y'), False, False)
    """

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
    conflicts: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(self.source.split())

    @property
    def verified(self) -> bool:
        return self.status.strip() == "verified"

    @property
    def firm(self) -> bool:
        """Verified and undisputed: the only rows a check may call a citation wrong against."""
        return self.verified and not self.conflicts.strip()

    @property
    def year(self) -> Optional[int]:
        return self.date.year if self.date else None


def parse_registry_rows(rows: Iterable[dict]) -> tuple[KnownDocument, ...]:
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
                source=(r.get("source") or "").strip(),
                status=(r.get("status") or "").strip(),
                conflicts=(r.get("conflicts") or "").strip(),
            )
        )
    return tuple(out)


@cache
def load_known_documents() -> tuple[KnownDocument, ...]:
    with _open("known_documents.csv") as fh:
        return parse_registry_rows(csv.DictReader(fh))


def known_document_row(k: KnownDocument) -> dict:
    """A registry entry as a row of ``known_documents.csv``."""
    rel = "|".join(f"{r}:{c}" + (f"@{d.isoformat()}" if d else "") for r, c, d in k.relations)
    return {
        "code": k.code,
        "doc_type": k.doc_type,
        "number": k.number,
        "date": k.date.isoformat() if k.date else "",
        "issuer": k.issuer,
        "term": k.term,
        "subject": k.subject,
        "relation_to": rel,
        "source": k.source,
        "status": k.status,
        "conflicts": k.conflicts,
    }


def read_registry(path: Union[str, Path]) -> tuple[KnownDocument, ...]:
    """The rows of a registry CSV (the columns of ``known_documents.csv``; only ``code`` is required).

    A missing file, a file without a ``code`` column, a row without code or with a date that is not
    ``yyyy-mm-dd`` raise :class:`vanban.errors.RegistryError` naming the file and the row."""
    from ..errors import RegistryError

    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as e:
        raise RegistryError(f"{path}: cannot read the registry ({e.strerror or e})") from e
    if rows and "code" not in rows[0]:
        raise RegistryError(f"{path}: no 'code' column (columns: {', '.join(k for k in rows[0] if k)})")
    for n, r in enumerate(rows, start=2):
        if not (r.get("code") or "").strip():
            raise RegistryError(f"{path}, line {n}: a row without code")
        try:
            _dt.date.fromisoformat(r["date"]) if r.get("date") else None
        except ValueError:
            raise RegistryError(f"{path}, line {n}: date {r['date']!r} is not yyyy-mm-dd") from None
    return parse_registry_rows(rows)


@dataclass(frozen=True)
class NotFound:
    """A document cited in the real data that the registry's searches did not find:
    ``NotFound("32-KL/TW", "2018", "Kết luận", …)``; ``period`` is the year or term the
    citation implies ("" when unknown), ``searches`` the ids of the saved searches tried."""

    code: str
    period: str
    doc_type: str
    known: str
    reason: str
    searches: tuple[str, ...]


@cache
def load_not_found() -> tuple[NotFound, ...]:
    out = []
    with _open("not_found.jsonl") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                code, _, period = d["code"].partition("@")
                raws = tuple(q["raw"] for q in d.get("queries_tried", ()))
                out.append(NotFound(code, period, d.get("doc_type", ""), d.get("what_is_known", ""), d["reason"], raws))
    return tuple(out)


# --- vocabulary -------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One row of ``vocabulary.csv``: a phrase of a named list, with its value."""

    list: str
    phrase: str
    value: str
    source: str


@cache
def load_vocabulary() -> tuple[Word, ...]:
    """The rows of ``vocabulary.csv``, each with its source: its own, or the note of ``vocabulary_notes.csv`` it names.

    >>> next(w for w in load_vocabulary() if (w.list, w.phrase) == ("type_qualifier", "liên tịch")).source
    "domain.md §1a: 'Chương trình hành động', 'Nghị quyết liên tịch' are kinds of their type"
    """
    with _open("vocabulary_notes.csv") as fh:
        notes = {r["note"]: r["source"] for r in csv.DictReader(fh)}
    with _open("vocabulary.csv") as fh:
        return tuple(Word(r["list"], r["phrase"], r["value"], _note(r["source"], notes)) for r in csv.DictReader(fh))


def _note(source: str, notes: dict[str, str]) -> str:
    """A vocabulary row's source: a note of several rows when it names one (no blank in a name, one in every note)."""
    if " " in source:
        return source
    if source not in notes:
        raise ValueError(f"vocabulary.csv: no note {source!r} in vocabulary_notes.csv")
    return notes[source]
