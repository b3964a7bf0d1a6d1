"""Turn matched strings into normalised field values: symbols, dates, issuers, terms.

Every function here is pure and cached: the same code string appears thousands of
times in a corpus.

Example::

    >>> parse_code("22/CT-TW").canonical
    '22-CT/TW'
    >>> parse_code("30/2020/NĐ-CP").canonical
    '30/2020/NĐ-CP'
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import tables
from .text import fold_key

__all__ = ["CodeParts", "parse_code", "parse_date", "parse_term", "IssuerParts", "parse_issuer", "type_of_abbr"]

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | {"Ð": "Đ", "Ɖ": "Đ", "ð": "đ", "ɖ": "đ"})


@dataclass(frozen=True)
class CodeParts:
    """A parsed number-and-symbol.

    ``system`` is "party" (``93-KL/TW``) or "state" (``30/2020/NĐ-CP``);
    ``issuer_code`` is the issuer part that identifies the body (``TW``, ``TU``,
    ``CP``, ``UBND``, ``TTg``); ``problems`` lists what is malformed in the written
    form (spacing, separators, spelling), each with the canonical spelling as fix.
    """

    written: str
    number: str
    type_abbr: Optional[str]
    issuer_abbr: str
    year: Optional[int]
    system: str
    canonical: str
    issuer_code: str
    problems: tuple[str, ...]


_PARTY = re.compile(r"^([0-9]+)-([^/\-]+)/(.+)$")
_ALLHYPHEN = re.compile(r"^([0-9]+)-([^/\-]+)-([^/\-]+)$")
_STATE = re.compile(r"^([0-9]+)/(?:([0-9]{4})/)?(.+)$")
_GLUED = re.compile(r"^([0-9]+)([^0-9/\-]+)/(.+)$")


def _spell(abbr: str) -> str:
    return tables.abbr_spelling().get(fold_key(abbr), abbr)


def _party_issuer(iss: str) -> tuple[str, list[str]]:
    problems = []
    if "Ư" in iss.upper() and iss.upper().replace(".", "") in ("TƯ",):
        problems.append("TƯ/T.Ư written for TW")
        return "TW", problems
    spelled = tables.abbr_spelling().get(fold_key(iss))
    if spelled is None:
        spelled = iss.upper()
    return spelled, problems


def _is_party_type(abbr: str) -> bool:
    return bool(tables.types_by_abbr(abbr, "party"))


@lru_cache(maxsize=20000)
def parse_code(written: str) -> Optional[CodeParts]:
    """Parse a symbol as written; None when it is not one."""
    problems: list[str] = []
    s = written.translate(_DASHES)
    if s != written and any(ch in written for ch in "ÐƉðɖ"):
        problems.append("look-alike letter for Đ")
    compact = re.sub(r"\s+", "", s)
    if compact != s:
        problems.append("spaces inside the symbol")
    m = _PARTY.match(compact)
    if m:
        num, typ, iss = m.groups()
        iss_c, p = _party_issuer(iss)
        problems += p
        typ_c = _spell(typ)
        canonical = f"{num}-{typ_c}/{iss_c}"
        return CodeParts(written, num, typ_c, iss_c, None, "party", canonical, iss_c.split("-")[0], tuple(problems))
    m = _ALLHYPHEN.match(compact)
    if m and tables.is_party_issuer_code(m.group(3)):
        num, typ, iss = m.groups()
        iss_c, p = _party_issuer(iss)
        problems += p + ["hyphen instead of slash"]
        typ_c = _spell(typ)
        return CodeParts(written, num, typ_c, iss_c, None, "party", f"{num}-{typ_c}/{iss_c}", iss_c, tuple(problems))
    m = _STATE.match(compact)
    if m:
        num, year, body = m.groups()
        if not body[:1].isalpha():
            return None
        parts = body.split("-")
        if not year and len(parts) == 2 and _is_party_type(parts[0]) and tables.is_party_issuer_code(parts[1]):
            iss_c, p = _party_issuer(parts[1])
            problems += p + ["party symbol written in state order (N/TYPE-ISSUER)"]
            typ_c = _spell(parts[0])
            return CodeParts(written, num, typ_c, iss_c, None, "party", f"{num}-{typ_c}/{iss_c}", iss_c, tuple(problems))
        if len(parts) >= 2 and "/" in parts[0]:
            return None
        spelled = [_spell(p) for p in parts]
        typ = spelled[0] if tables.types_by_abbr(spelled[0], "state") or fold_key(spelled[0]) in ("ttlt", "nqlt") else None
        rest = spelled[1:] if typ else spelled
        issuer_code = rest[0] if rest else ""
        issuer_code = re.sub(r"[0-9]+$", "", issuer_code) or issuer_code  # QH14 -> QH
        canonical = f"{num}/{year + '/' if year else ''}{'-'.join(spelled)}"
        return CodeParts(written, num, typ, "-".join(rest), int(year) if year else None, "state", canonical, issuer_code, tuple(problems))
    m = _GLUED.match(compact)
    if m:
        num, typ, iss = m.groups()
        iss_c, p = _party_issuer(iss)
        problems += p + ["no hyphen between number and type"]
        typ_c = _spell(typ)
        return CodeParts(written, num, typ_c, iss_c, None, "party", f"{num}-{typ_c}/{iss_c}", iss_c, tuple(problems))
    return None


def type_of_abbr(abbr: Optional[str], system: str) -> Optional[str]:
    """The type an abbreviation names; for the ambiguous party "QĐ" the first
    reading (Quyết định) — callers that care use ``tables.types_by_abbr``."""
    if not abbr:
        return None
    ts = tables.types_by_abbr(abbr, system)
    return ts[0].name if ts else None


_DMY = re.compile(r"([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{4})")
_WORDS = re.compile(r"([0-9]{1,2})\D+?([0-9]{1,2})\D+?([0-9]{4})")


@lru_cache(maxsize=20000)
def parse_date(written: str) -> tuple[Optional[_dt.date], Optional[tuple[int, int, int]]]:
    """``"20/11/2020"``, ``"20-11-2020"``, ``"20.11.2020"``, ``"20 tháng 11 năm 2020"`` ->
    (date, (d, m, y)); the date is None when the numbers are not a calendar date
    (``31/02/2021``), the triple is kept for the report."""
    m = _DMY.search(written) or _WORDS.search(written)
    if not m:
        return None, None
    d, mo, y = (int(x) for x in m.groups())
    try:
        return _dt.date(y, mo, d), (d, mo, y)
    except ValueError:
        return None, (d, mo, y)


@lru_cache(maxsize=2000)
def parse_term(written: str) -> Optional[str]:
    """``"(khóa X)"``, ``"khoá 11"``, ``"Khóa 8"`` -> "X", "XI", "VIII"."""
    m = re.search(r"([IVXLCivxlc]{1,6}|[0-9]{1,2})\W*$", written.strip())
    if not m:
        return None
    n = tables.arabic(m.group(1))
    return tables.roman(n) if n else None


@dataclass(frozen=True)
class IssuerParts:
    spelled: str  # canonical spelling of what is written: "Ban Thường vụ Tỉnh ủy Gia Lai"
    body: Optional[str]  # the body: "Ban Thường vụ Tỉnh ủy"
    code: Optional[str]  # symbol code: "TU"
    level: Optional[str]
    system: Optional[str]
    locality: Optional[str]  # "Gia Lai"
    unit: Optional[str]  # "tỉnh", "huyện", … when written
    joint: Optional[str]  # second body of a joint issuer ("Bộ Chính trị, Ban Bí thư")


_UNIT = re.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|TP\.?)\s+")


def _title(s: str) -> str:
    """Canonical spelling of a place name written in capitals: "GIA LAI" -> "Gia Lai"."""
    if s.isupper():
        return " ".join(w.capitalize() if not w.isdigit() else w for w in s.split())
    return s


@lru_cache(maxsize=20000)
def parse_issuer(head: str, loc: str = "", joint: str = "") -> IssuerParts:
    """Canonical spelling and identity of an issuer from its matched parts."""
    iss = tables.issuer_by_form(head)
    spelled_head = iss.form if iss else " ".join(head.split())
    unit = None
    locality = None
    loc = " ".join(loc.split())
    if loc:
        m = _UNIT.match(loc + " ")
        rest = loc
        if m:
            unit = m.group(1).lower().replace("tp.", "thành phố").replace("tp", "thành phố")
            rest = loc[m.end() :].strip() if len(loc) > m.end() else ""
        locality = _title(rest) if rest else None
        if locality and locality.isdigit() and unit:
            locality = f"{unit.capitalize()} {locality}"  # "Phường 1", "Quận 3": the number alone is no name
        loc_spelled = " ".join(x for x in ((unit or ""), (locality or "")) if x)
        spelled = f"{spelled_head} {loc_spelled}".strip()
    else:
        spelled = spelled_head
    joint_spelled = None
    if joint:
        j = tables.issuer_by_form(joint)
        joint_spelled = j.form if j else " ".join(joint.split())
        spelled = f"{spelled}, {joint_spelled}"
    return IssuerParts(
        spelled=spelled,
        body=iss.body if iss else None,
        code=iss.code if iss else None,
        level=iss.level if iss else None,
        system=iss.system if iss else None,
        locality=locality,
        unit=unit,
        joint=joint_spelled,
    )
