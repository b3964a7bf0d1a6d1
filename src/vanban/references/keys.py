"""Identity: the key of the document a reference names, or a document's own key.

A code is not an identity: party numbering restarts every term, and every province
and district has its own ``25-KH/TU`` / ``45-KH/HU``. A key adds what tells them
apart (see :class:`vanban.model.Key`):

=================================  ==========================================================
``93-KL/TW#XII``                   central party document: code + term (khóa) of its date
``25-KH/TU@Gia Lai#2021``          local document: code + locality + year
``30/2020/NĐ-CP``                  national state document whose code carries its year
``58/KH-UBND@Bà Rịa - Vũng Tàu#2024``  local state document
``25-KH/TU@?#2021``, ``42-CT/TW#?``  the text does not say which province / which term
=================================  ==========================================================

Every function here is pure: it reads the reference and the context, and changes
neither.

Example::

    >>> from vanban.model import Context, Reference
    >>> r = Reference(0, 0, "", code="25-KH/TU", year=2021)
    >>> make_key(r, Context(province="Gia Lai", district="Phú Thiện")), r.locality
    ('25-KH/TU@Gia Lai#2021', None)
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple, Optional, Union

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..grammar import parse_code
from ..model import CodeParts, Context, Document, Key, Reference
from ..text import arabic, fold_key

__all__ = ["make_key", "key_of", "parse_key", "document_key", "named_key", "commune_label", "complete", "Keyed"]


class Keyed(NamedTuple):
    """A key, and the locality it took from the citing document (None when the
    reference says its own, or nothing was taken)."""

    key: Optional[Key]
    inherited: Optional[str] = None
    noted: bool = False  # the inheritance is worth a note on the reference


def make_key(
    r: Reference,
    ctx: Optional[Context] = None,
    siblings=(),
    code_parts: Optional[CodeParts] = None,
    lex: Optional[Lexicon] = None,
) -> Optional[str]:
    """The identity of the document a reference names, as a string (see the module doc).

    ``siblings`` are the other references with the same code in the text: an undated
    central code takes its term from them, a local one its year.
    """
    k = key_of(r, ctx, siblings, code_parts, lex, taken=False).key
    return str(k) if k is not None else None


def parse_key(key: str) -> dict:
    """Split a key into code, locality and period (see :meth:`Key.parse`)."""
    k = Key.parse(key)
    return {"code": k.code if k.name is None else None, "locality": k.locality, "period": k.period}


def _identity(cp: CodeParts) -> str:
    """The code a key is made of: the canonical code, a joint state code with the hyphen between its type and its
    issuers that the single ones have ("183/2010/TTLT/BTC-BNN", as written and shown, and "183/2010/TTLT-BTC-BNN" are
    one circular; Nghị định 30/2020/NĐ-CP Phụ lục I writes the joint form with hyphens)."""
    joint = f"/{cp.type_abbr}/{cp.issuer_abbr}"
    if cp.system == "state" and cp.type_abbr and cp.issuer_abbr and cp.canonical.endswith(joint):
        return f"{cp.canonical[: -len(joint)]}/{cp.type_abbr}-{cp.issuer_abbr}"
    return cp.canonical


def key_of(
    r: Reference,
    ctx: Optional[Context] = None,
    siblings=(),
    code_parts: Optional[CodeParts] = None,
    lex: Optional[Lexicon] = None,
    *,
    taken: bool = True,
) -> Keyed:
    """:func:`make_key` as a :class:`Key`, with the locality taken from ``ctx``; ``siblings`` are the
    references of the text with the same code (or their :class:`Siblings`, built once per code). ``taken=False``:
    the key alone is wanted, not the locality taken from ``ctx`` (``inherited``, ``noted``), so a national state code
    whose year is known reads no context: the page's own "Số: 719/QĐ-TTg" (a decision of the Prime Minister, "Hà Nội,
    ngày 15 tháng 06 năm 2012") keys as 719/QĐ-TTg#2012 whatever commune, district or province the page is of."""
    lex = lex if lex is not None else current()
    if not r.code:
        return Keyed(None)
    if not isinstance(siblings, Siblings):
        siblings = Siblings(siblings, lex)
    cp = code_parts or r.code_parts or parse_code(r.code, lex)
    if cp is None:
        return Keyed(None)
    level = lex.level_of_code(cp.issuer_code)
    p = r.issuer_parts
    if p is not None and p.code == cp.issuer_code and p.level:
        level = p.level  # "71-KH/ĐUCA của Đảng ủy Công an tỉnh": the code serves several levels, the issuer says which
    ident = _identity(cp)
    if cp.system == "party" and level == "central" and lex.system_of_code(cp.issuer_code) == "party":
        return Keyed(Key(ident, period=_central_term(r, siblings, cp, lex) or "?"))
    year = r.year or (r.date.year if r.date else None)
    national = cp.system == "state" and (cp.issuer_code in lex.words("national_state_code") or cp.issuer_code.startswith("B"))
    if not taken and national and level != "central" and (cp.year or year):
        return Keyed(Key(ident) if cp.year else Key(ident, period=str(year)))  # (the branches below, no locality read)
    loc = _locality(r, ctx, level, cp, lex)
    year = year or siblings.year(loc.label)
    period = str(year) if year else "?"
    if level == "central":  # a national mass organisation's code (Đoàn, Hội): numbered by year, one per country
        return Keyed(Key(ident, period=period))
    if cp.system == "state":
        if cp.year and national:
            return Keyed(Key(ident), loc.inherited, loc.noted)
        if national:
            return Keyed(Key(ident, period=period), loc.inherited, loc.noted)
        if cp.year:
            return Keyed(Key(ident, locality=loc.label or "?"), loc.inherited, loc.noted)
    return Keyed(Key(ident, locality=loc.label or "?", period=period), loc.inherited, loc.noted)


def _central_term(r: Reference, siblings, cp: CodeParts, lex: Lexicon) -> Optional[str]:
    """The term of a central party document: from its date, its written term, its year,
    the same code dated elsewhere in the text, or the registry."""
    if r.date:
        return lex.term_for_date(r.date)
    if r.term and (r.issuer is None or lex.level_of_issuer(r.issuer) == "central"):
        return r.term
    if r.year:
        t1 = lex.term_for_date(_dt.date(r.year, 1, 1))
        if t1 == lex.term_for_date(_dt.date(r.year, 12, 31)):
            return t1
    cands = siblings.central_terms(lex.body_of(r.issuer))
    if len(cands) == 1:
        return cands.pop()
    known = lex.known(cp.canonical)
    body = lex.body_of(r.issuer)
    if r.issuer and body:
        known = tuple(k for k in known if body in k.issuer) or known
    if len({k.term for k in known}) == 1:
        return known[0].term
    return None


class Siblings:
    """What the citations of one code in a text say of its date and term, summarised once: a text citing
    "93-KL/TW" 4,000 times costs 4,000 steps, not 4,000 × 4,000 (each citation asked all the others).

    The terms are kept per issuing body (a citation with no known body agrees with every body), the years
    per locality (one with no locality agrees with every locality).
    """

    def __init__(self, found=(), lex: Optional[Lexicon] = None):
        lex = lex if lex is not None else current()
        self.dated: dict[Optional[str], set] = {}  # body -> terms of the dated citations
        self.written: dict[Optional[str], set] = {}  # body -> terms written on undated citations
        self.years: dict[Optional[str], set] = {}  # folded locality -> years of the dated citations
        for f in found:
            r = f.ref
            body = lex.body_of(r.issuer)
            if r.date:
                self.dated.setdefault(body, set()).add(lex.term_for_date(r.date))
                self.years.setdefault(fold_key(r.locality) if r.locality else None, set()).add(r.date.year)
            elif r.term:
                self.written.setdefault(body, set()).add(r.term)

    @staticmethod
    def _agreeing(by: dict, key: Optional[str]) -> set:
        if key is None:
            return set().union(*by.values()) if by else set()
        return by.get(key, set()) | by.get(None, set())

    def central_terms(self, body: Optional[str]) -> set:
        """The terms the citations of the same (or an unknown) body give, dated or written."""
        return (self._agreeing(self.dated, body) | self._agreeing(self.written, body)) - {None}

    def year(self, locality: Optional[str]) -> Optional[int]:
        """The one year the dated citations of the same (or an unknown) locality give, else None."""
        years = self._agreeing(self.years, fold_key(locality) if locality else None)
        return years.pop() if len(years) == 1 else None


class _Loc(NamedTuple):
    label: Optional[str]
    inherited: Optional[str] = None
    noted: bool = False


def _unit_word(lex: Lexicon) -> re.Pattern:
    """A unit word of ``lex`` (vocabulary ``unit``) in an issuer as written: "Ủy ban nhân dân huyện", "Đảng ủy đặc khu"
    where a caller's lexicon names "đặc khu"."""
    return re.compile(rf"\b({gazetteer.units(lex).written})\b")


def _wanted_level(r: Reference, ctx: Optional[Context], level: Optional[str], cp: CodeParts, lex: Lexicon) -> Optional[str]:
    """The level whose locality a local key needs: the code's, or for a state code the
    unit its issuer names ("Ủy ban nhân dân huyện": its kind by vocabulary ``unit`` of ``lex``) or, bare, the citing
    document's own."""
    if cp.system != "state":
        return level
    m = lex.cached("keys.unit_word", _unit_word, lex).search(r.issuer) if r.issuer else None
    if m is None and ctx is not None and not r.issuer:
        # a bare "Kế hoạch số 98/KH-UBND" in a district UBND's document is most likely its own body's
        return "grassroots" if ctx.commune else ("district" if ctx.district else "provincial")
    return gazetteer.KIND_LEVEL.get(gazetteer.unit_kind(m.group(1), lex) or "", "grassroots") if m else "provincial"


def _locality(r: Reference, ctx: Optional[Context], level: Optional[str], cp: CodeParts, lex: Lexicon) -> _Loc:
    """Locality label for a local issuer: explicit in the reference, else from the
    citing document (a district plan's "Tỉnh ủy" is its own province's)."""
    want = _wanted_level(r, ctx, level, cp, lex)
    if r.locality:
        kind = gazetteer.LEVEL_KIND.get(want or "")
        when = r.date or (ctx.date if ctx else None)
        pl = gazetteer.locate(r.locality, kind, ctx.province if ctx else None, when, lex)
        if pl is None and kind == "district" and ctx is not None and ctx.province:
            pl = gazetteer.locate(r.locality, kind, None, when, lex)  # another province's ("… của Thành ủy Bảo Lộc"), if one
        if pl is None and want == "grassroots" and ctx is not None and ctx.province:
            # "Đảng ủy xã Quang Phú" in a plan of Phú Thiện, a commune no gazetteer knows: of the citing district
            return _Loc(commune_label(r.locality, ctx.district, ctx.province))
        return _Loc(pl.label if pl is not None else r.locality)
    if ctx is None:
        return _Loc(None)
    if want == "provincial" and ctx.province:
        pl = gazetteer.locate(ctx.province, "province", lex=lex)
        return _Loc(pl.label if pl else ctx.province, ctx.province, True)
    if want == "district" and ctx.district:
        pl = gazetteer.locate(ctx.district, "district", ctx.province, lex=lex)
        # a district the gazetteer cannot place ("Châu Thành", ten provinces): as written, in a province maybe unknown
        return _Loc(pl.label if pl else f"{ctx.district}, {ctx.province or '?'}", ctx.district, True)
    if want == "grassroots" and ctx.commune:
        return _Loc(commune_label(ctx.commune, ctx.district, ctx.province), ctx.commune, False)
    return _Loc(None)


def commune_label(commune: Optional[str], district: Optional[str], province: Optional[str]) -> Optional[str]:
    """The locality of a commune in keys: "Ia Sol, Phú Thiện, Gia Lai" (legacy map), "Ia Sol, Gia Lai"
    (from 1 July 2025, no district); ``?`` for a province the text does not give.

    >>> commune_label("Quang Phú", "Phú Thiện", "Gia Lai"), commune_label("Bình Hòa", "Châu Thành", None)
    ('Quang Phú, Phú Thiện, Gia Lai', 'Bình Hòa, Châu Thành, ?')
    """
    if not commune:
        return None
    return ", ".join([commune] + ([district] if district else []) + [province or "?"])


def complete(key: Union[str, Key, None]) -> bool:
    """Every part of ``key`` is known: no ``?`` for the period, the locality or any of its places.
    Only such keys may merge two files, or a citation with a document. ``key``: its text, or the :class:`Key` a
    caller has parsed already (the graph's build parses each key once, for this and for its parts).

    >>> complete("25-KH/TU@Gia Lai#2021"), complete("09-KH/ĐU@?#2021"), complete("09-KH/ĐU@Bình Hòa, Châu Thành, ?#2021")
    (True, False, False)
    >>> complete(Key.parse("45-KH/HU@Phú Thiện, Gia Lai#?"))
    False
    """
    if not key:
        return False
    k = Key.parse(key) if isinstance(key, str) else key
    return k.complete and "?" not in k.places


_PARTY_FULL_NAME = re.compile(r"\bdang cong san viet nam\b")
_BARE_YEAR = re.compile(r" (?:19|20)[0-9]{2}$")


def named_key(r: Reference, ctx: Optional[Context], lex: Optional[Lexicon] = None) -> str:
    """ "Nghị quyết Trung ương 4 (khóa XII)" -> named:nghi quyet trung uong 4#XII; a local
    congress's resolution carries its locality (when it names none, the citing document's of the unit its issuer
    names: :func:`_issuer_unit_kinds`), a law the year of its date."""
    # (the Party by its full name, the Statute by its year: "Điều lệ Đảng Cộng sản Việt Nam 2011" is "Điều lệ Đảng"
    # of 2011, its period below)
    name = _BARE_YEAR.sub("", _PARTY_FULL_NAME.sub("dang", fold_key(r.name or "")))
    if r.issuer and r.issuer.startswith("Đại hội"):
        name = _congress_name(r)
    elif r.issuer_code == "TW" and (n := _plenum_number(name)) is not None:
        name = f"{fold_key(r.doc_type or '')} trung uong {n}"
    loc = None
    if r.level in ("provincial", "district", "grassroots") or (r.issuer and r.issuer.startswith("Đại hội Đảng bộ")):
        loc = r.locality
        if not loc and ctx is not None:
            kinds = _issuer_unit_kinds(r.issuer, lex if lex is not None else current())
            loc = ctx.commune if "commune" in kinds else (ctx.district if "district" in kinds else ctx.province)
        loc = loc or "?"
    period = r.term or (str(r.year or r.date.year) if (r.year or r.date) else None)
    return str(Key(None, locality=loc, period=period, name=name))


def _issuer_unit_kinds(issuer: Optional[str], lex: Lexicon) -> frozenset[str]:
    """The kinds of the unit words of ``lex`` (vocabulary ``unit``) an issuer names after its first word, folded, whole
    words: "đại hội Đảng bộ xã lần thứ XIII" -> {"commune"} ("Nghị quyết đại hội Đảng bộ xã lần thứ XIII, nhiệm kỳ
    2020 - 2025", corpus-real-6/du-xa-giomai-quangtri-sk-giuanhiemky-2023.txt); "thị xã" a district's, "thị trấn" a
    commune's. (Folded, as the words were read until session 45: "Xã hội", "Quân sự" read as units too.)"""
    if not issuer:
        return frozenset()
    words = lex.cached("keys.unit_folded", _unit_folded, lex)
    kinds = gazetteer.units(lex).kinds
    return frozenset(kinds[m.group()] for m in words.finditer(fold_key(issuer)))


def _unit_folded(lex: Lexicon) -> re.Pattern:
    """A unit word of ``lex`` (vocabulary ``unit``) after a blank in an issuer folded, a whole word."""
    return re.compile(rf"(?<= )(?:{gazetteer.units(lex).folded})(?![a-z])")


#: the plenum a named resolution is of, folded, its number written after "Trung ương" ("nghi quyet trung uong 4",
#: "… hoi nghi trung uong iv", "… tw9", "… trung uong lan thu tu") or after "Hội nghị" ("… hoi nghi lan thu tu ban
#: chap hanh trung uong dang")
_PLENUM = (
    # (also glued to its type's abbreviation: "nqtw8")
    re.compile(
        r"(?:\b|(?<=\bnq)|(?<=\bkl))(?:trung uong|tw|t\.u)(?: dang)? ?(?:lan thuc? )?([0-9]{1,2}|[ivx]+|[a-z]+(?: [a-z]+)?)\b"
    ),
    re.compile(r"\bhoi nghi (?:lan thuc? )?([0-9]{1,2}|[ivx]+|[a-z]+(?: [a-z]+)?)\b"),
    # (or before it, right after the type: "nghi quyet 4 trung uong khoa xii")
    re.compile(r"^\S+ \S+ ([0-9]{1,2}) (?:trung uong|tw|t\.u)\b"),
)


def _plenum_number(name: str) -> Optional[int]:
    """The number of the plenum a named central resolution is of, however written (4, IV, "lần thứ tư"), so
    that every spelling of one resolution has one key."""
    lex = current()
    for pattern in _PLENUM:
        m = pattern.search(name)
        if m is None:
            continue
        w = m.group(1)
        if w.isdigit():
            return int(w)
        if re.fullmatch(r"[ivx]+", w) and (n := arabic(w.upper())):
            return n
        ordinals = lex.cached("ordinal_values", _ordinal_values, lex)
        if n := ordinals.get(w) or ordinals.get(w.split()[0]):
            return n
    return None


def _ordinal_values(lex: Lexicon) -> dict[str, int]:
    """The numbers the ordinals of ``lex`` say (vocabulary ``ordinal``), folded: "tu" -> 4."""
    return {fold_key(k): int(v) for k, v in lex.pairs("ordinal")}


def _congress_name(r: Reference) -> str:
    """The name of a congress's resolution as a key part, however the text writes the
    congress: "Nghị quyết Đại hội XIII của Đảng" and "Nghị quyết Đại hội đại biểu toàn quốc
    lần thứ XIII của Đảng" are both "nghi quyet dai hoi dang toan quoc" (the term is the period)."""
    kind = fold_key(r.doc_type or "")
    if r.level == "central" and r.issuer_code == "TW":
        return f"{kind} dai hoi dang toan quoc"
    k = fold_key(r.issuer or "")
    k = re.sub(r"\blan thuc? \S+|\b[ivxlc]+\b|\bdai bieu\b|\b[0-9]{1,2}\b", " ", k)
    if r.locality:
        k = k.replace(fold_key(r.locality), " ")
    return " ".join(f"{kind} {k}".split())


def document_key(doc: Document, lex: Optional[Lexicon] = None) -> Optional[str]:
    """The identity of a document from its own letterhead, in the form of
    :func:`make_key` ("25-KH/TU@Gia Lai#2021"); None without a code."""
    lex = lex if lex is not None else current()
    h = doc.header
    if not h.code:
        return None
    cp = parse_code(h.code, lex)
    if cp is None:
        return None
    level = lex.level_of_code(cp.issuer_code)
    if h.level and h.issuer_code == cp.issuer_code:
        level = h.level  # the code serves several levels, the letterhead's issuer says which ("THÀNH ỦY BẢO LỘC", -/TU)
    locality = None
    if level == "provincial" or (cp.system == "state" and h.province and not h.district):
        locality = h.province
    elif level == "district" or (cp.system == "state" and h.district and not h.commune):
        pl = gazetteer.locate(h.district, "district", h.province, lex=lex) if h.district else None
        locality = pl.label if pl else h.district
    elif level == "grassroots" or (cp.system == "state" and h.commune):
        locality = commune_label(h.commune, h.district, h.province)
    r = Reference(0, 0, "", code=h.code, date=h.date, year=h.date.year if h.date else None, locality=locality, issuer=h.issuer)
    return make_key(r, None, lex=lex, code_parts=cp)
