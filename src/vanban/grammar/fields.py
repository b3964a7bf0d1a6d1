"""Turn matched strings into normalised field values: symbols, dates, issuers, terms.

Every function here is pure and cached per lexicon: the same code string appears
thousands of times in a corpus, and a lexicon that knows more issuers has its own
cache entries (nothing goes stale when a new lexicon is made).

Example::

    >>> parse_code("22/CT-TW").canonical
    '22-CT/TW'
    >>> parse_code("30/2020/NĐ-CP").canonical
    '30/2020/NĐ-CP'
    >>> parse_issuer("BTV Tỉnh ủy", " Gia Lai").spelled
    'Ban Thường vụ Tỉnh ủy Gia Lai'
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Optional

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..model import CodeParts, IssuerParts
from ..text import (
    LOWER,
    UPPER,
    arabic,
    byte_map,
    fold,
    fold_bytes,
    fold_key,
    is_syllable,
    kept_bytes,
    roman,
    title_case,
    unglue,
)
from .vocab import GLUE_AHEAD_FOLDED, ONSET_LETTERS, ONSET_LOWER, VOWEL_LOWER, folded_locality_stops

__all__ = [
    "CodeParts",
    "IssuerParts",
    "parse_code",
    "with_type_part",
    "parse_date",
    "parse_term",
    "parse_issuer",
    "read_issuer",
    "read_issuer_either",
    "issuer_of_match",
    "spelled_as_written",
    "type_of_abbr",
]

#: the look-alikes some fonts' text gives for Đ and đ: "Ð" (U+00D0), "Ɖ" (U+0189) and their lower case
_D_LOOKALIKES = {"Ð": "Đ", "Ɖ": "Đ", "ð": "đ", "ɖ": "đ"}
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"} | _D_LOOKALIKES)
_D_LETTER = str.maketrans(_D_LOOKALIKES)
_PARTY = re.compile(r"^([0-9]+[a-zA-Z]?)-([^/\-]+)/(.+)$")
_ALLHYPHEN = re.compile(r"^([0-9]+[a-zA-Z]?)-([^/\-]+)-([^/\-]+)$")
_STATE = re.compile(r"^([0-9]+[a-zA-Z]?)/(?:([0-9]{4})(/|(?=[^\W\d_])))?(.+)$")  # (the year's slash lost: 31/2013TT-BGDĐT)
_GLUED = re.compile(r"^([0-9]+)([^0-9/\-]+)/(.+)$")
_SLASHED = re.compile(r"^([0-9]+[a-zA-Z]?)/([^0-9/\-]+)/([^/\-]+)$")
_LETTERED = re.compile(r"^[0-9]+[A-Z](?=[\s/\-])")  # a number with its letter in capitals
_SPACED = re.compile(r"^([0-9]+)\s*/\s*([^\W\d_]{1,6})\s+([^\W\d_]\.?[^\W\d_]{1,12})$")  # 32/kl TW, 32/kl T.Ư


def parse_code(written: str, lex: Optional[Lexicon] = None) -> Optional[CodeParts]:
    """Parse a symbol as written; None when it is not one."""
    return _parse_code(written, lex if lex is not None else current())


def _party(lex: Lexicon, written: str, num: str, typ: str, iss: str, problems: list[str]) -> CodeParts:
    """A party symbol from its parts: "93", "KL", "TW"."""
    if "Ư" in iss.upper() and iss.upper().replace(".", "") == "TƯ":
        problems.append("TƯ/T.Ư written for TW")
        iss_c = "TW"
    elif (organ := _TU_OF_AN_ORGAN.fullmatch(iss.upper())) is not None:
        # "Trung ương" written TƯ at the head of an organisation's organ, as its other symbols write TW: "Kế hoạch số
        # 49- KH/TƯH ngày 02/3/2008 của Đoàn Chủ tịch Uỷ ban Trung ương Hội LHTN Việt Nam" beside "Hướng dẫn số 148 HD/TWH"
        # (corpus-real-14/hd-tinhdoan-hungyen-daihoi-hoi-lhtn-cacap-2008.txt, labelled 49-KH/TWH)
        problems.append("TƯ/T.Ư written for TW in the organ")
        iss_c = "TW" + (lex.abbr_spelling.get(fold_key(organ.group(1))) or organ.group(1))
    else:
        # each part as spelled ("TWDTN-TNNT" without diacritics -> "TWĐTN-TNNT"), else in capitals
        iss_c = lex.abbr_spelling.get(fold_key(iss)) or "-".join(
            lex.abbr_spelling.get(fold_key(p)) or p.upper() for p in iss.split("-")
        )
    typ_c = lex.abbr_spelling.get(fold_key(typ), typ)
    return CodeParts(written, num, typ_c, iss_c, None, "party", f"{num}-{typ_c}/{iss_c}", iss_c.split("-")[0], tuple(problems))


#: an organ's part of a party-order symbol that starts with "Trung ương" written TƯ or T.Ư: "TƯH", "T.ƯĐTN"
_TU_OF_AN_ORGAN = re.compile(r"T\.?Ư([^\W\d_]{1,8})")


def _hyphens_in_party_order(lex: Lexicon, organ: str) -> bool:
    """Does a symbol written with hyphens only, "NUMBER-TYPE-ORGAN", read in the party order NUMBER-TYPE/ORGAN? For a party
    organ ("Công văn số 571-CV-ĐUB ngày 10/4/2023 của Đảng ủy Bộ Giáo dục và Đào tạo", labelled 571-CV/ĐUB) and for the
    organs of vocabulary ``hyphen_party_order``, which write party-style symbols but whose symbols in the state order are
    kept as written (a Youth Union committee's "23-KH/ĐTN", a congress's "09-NQ/ĐH")."""
    return lex.is_party_issuer_code(organ) or fold_key(organ) in lex.folded_words("hyphen_party_order")


def with_type_part(parts: CodeParts, doc_type: Optional[str], lex: Optional[Lexicon] = None) -> CodeParts:
    """A party symbol written without its type part, completed from the type word before it: "Nghị quyết 06/TU" ->
    06-NQ/TU (corpus-real-9/kh-1914-2023-kh-ubnd-haiduong-chuyendoiso.txt), the omission kept as a problem; any other
    symbol as it is."""
    lex = lex if lex is not None else current()
    if parts.system != "state" or parts.type_abbr is not None or parts.year is not None or "-" in parts.issuer_abbr:
        return parts
    if lex.system_of_code(parts.issuer_abbr) == "mass":
        # a mass organisation's symbol, its own numbering, is kept as written: "Đề án số 24/HNDTW ngày 23/6/2016 của Ban
        # Thường vụ Trung ương Hội" (corpus-real-14/nq-04-nq-hndtw-chihoi-nghenghiep-khoavii-2019.txt, labelled 24/HNDTW)
        return parts
    abbr = lex.party_abbr(doc_type) if doc_type else None
    if abbr is None or not lex.is_party_issuer_code(parts.issuer_abbr):
        return parts
    problems = list(parts.problems) + [f"type part missing ({abbr}, from the type word)"]
    return _party(lex, parts.written, parts.number, abbr, parts.issuer_abbr, problems)


@lru_cache(maxsize=20000)
def _parse_code(written: str, lex: Lexicon) -> Optional[CodeParts]:
    problems: list[str] = []
    s = written.translate(_DASHES)
    if s != written and any(ch in written for ch in "ÐƉðɖ"):
        problems.append("look-alike letter for Đ")
    s = _LETTERED.sub(lambda m: m.group().lower(), s)  # "4A/NQ-BCH" in capitals is 4a
    m = _SPACED.match(s)
    if m and lex.types_by_abbr(m.group(2), "party") and lex.is_party_issuer_code(m.group(3)):
        return _party(lex, written, *m.groups(), problems + ["slash instead of hyphen", "space instead of slash"])
    compact = re.sub(r"\s+", "", s)
    if compact != s:
        problems.append("spaces inside the symbol")
    m = _PARTY.match(compact)
    if m:  # 93-KL/TW
        return _party(lex, written, *m.groups(), problems)
    m = _ALLHYPHEN.match(compact)
    if m and _hyphens_in_party_order(lex, m.group(3)):  # 107-KH-ĐUK, 23-KH-ĐTN
        return _party(lex, written, *m.groups(), problems + ["hyphen instead of slash"])
    m = _SLASHED.match(compact)
    if m and lex.types_by_abbr(m.group(2), "party") and lex.is_party_issuer_code(m.group(3)):  # 29/NQ/TW
        return _party(lex, written, *m.groups(), problems + ["slash instead of hyphen"])
    m = _STATE.match(compact)
    if m:  # 30/2020/NĐ-CP, 1456/KH-UBND; also a party symbol in state order: 22/CT-TW
        num, year, slash, body = m.groups()
        lost = ["no slash after the year"] if year and not slash else []
        return _state(lex, written, num, year, body, problems + lost)
    m = _GLUED.match(compact)
    if m:  # 37QĐ/TW
        return _party(lex, written, *m.groups(), problems + ["no hyphen between number and type"])
    return None


def _state(lex: Lexicon, written: str, num: str, year: Optional[str], body: str, problems: list[str]) -> Optional[CodeParts]:
    if not body[:1].isalpha():
        return None
    parts = body.split("-")
    if not year and len(parts) == 2 and lex.types_by_abbr(parts[0], "party") and lex.is_party_issuer_code(parts[1]):
        return _party(lex, written, num, parts[0], parts[1], problems + ["party symbol written in state order (N/TYPE-ISSUER)"])
    typ, slash, one = body.partition("/")
    if slash and one[:1].isalpha() and "-" not in one and "/" not in one and lex.types_by_abbr(typ, "state"):
        # one issuer after a slash: the hyphen lost, "Nghị định số 30/2020/NĐ/CP" is 30/2020/NĐ-CP (one document, one
        # key; Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: …/…/NĐ-CP")
        return _state(lex, written, num, year, f"{typ}-{one}", problems + ["slash instead of hyphen"])
    if "/" in body:  # a joint code: 19/2008/NQLT/CP-UBTUMTTQVN
        return _joint(lex, written, num, year, body, problems)
    glued = _glued_type_and_organ(lex, body)
    if glued:
        return _state(lex, written, num, year, glued, problems + ["hyphen lost between type and organ"])
    spelled = [lex.abbr_spelling.get(fold_key(p), p) for p in parts]
    typ = spelled[0] if lex.types_by_abbr(spelled[0], "state") or fold_key(spelled[0]) in _joint_codes(lex) else None
    rest = spelled[1:] if typ else spelled
    issuer_code = rest[0] if rest else ""
    issuer_code = re.sub(r"[0-9]+$", "", issuer_code) or issuer_code  # QH14 -> QH
    canonical = f"{num}/{year + '/' if year else ''}{'-'.join(spelled)}"
    return CodeParts(
        written, num, typ, "-".join(rest), int(year) if year else None, "state", canonical, issuer_code, tuple(problems)
    )


def _joint_codes(lex: Lexicon) -> frozenset[str]:
    """The types of a joint document's symbol (vocabulary ``joint_type``, value code), folded: "ttlt", "nqlt"."""
    return lex.cached("fields.joint_codes", _joint_codes_of, lex)


def _joint_codes_of(lex: Lexicon) -> frozenset[str]:
    return frozenset(fold_key(w) for w, v in lex.pairs("joint_type") if v == "code")


def _glued_type_and_organ(lex: Lexicon, body: str) -> Optional[str]:
    """A state symbol's type and organ written without the hyphen between them, "NĐ-CP" for "NĐCP": a text layer that
    dropped every hyphen ("Căn cứ Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 Chính phủ", "Quyết định số
    2468/QĐUBND", corpus-real-15/doc-123docz-qd-1961-qd-ubnd-kiengiang-motcua-2019-damaged.txt). Only a state type's
    abbreviation followed by a state organ's code in the issuer table ("NĐ" + "CP", "TT" + "VPCP"), and never an organ's
    own code ("TTCP", the Thanh tra Chính phủ); None otherwise."""
    if "-" in body or not body[:1].isalpha() or body in lex.state_issuer_codes:
        return None
    for k in range(len(body) - 1, 0, -1):  # (the longest type first: "CTr" before "CT")
        if body[k:] in lex.state_issuer_codes and lex.types_by_abbr(body[:k], "state"):
            return f"{body[:k]}-{body[k:]}"
    return None


def _joint(lex: Lexicon, written: str, num: str, year: Optional[str], body: str, problems: list[str]) -> Optional[CodeParts]:
    """A joint state code: the type before the slash, the issuers after it, the first
    issuer naming the body ("19/2008/NQLT/CP-UBTUMTTQVN": Nghị quyết liên tịch of the Chính phủ and others)."""
    typ, _, issuers = body.partition("/")
    if "/" in issuers or not typ[:1].isalpha() or not issuers[:1].isalpha():
        return None
    typ_c = lex.abbr_spelling.get(fold_key(typ), typ)
    spelled = "-".join(lex.abbr_spelling.get(fold_key(p), p) for p in issuers.split("-"))
    canonical = f"{num}/{year + '/' if year else ''}{typ_c}/{spelled}"
    issuer_code = re.sub(r"[0-9]+$", "", spelled.split("-")[0]) or spelled
    return CodeParts(written, num, typ_c, spelled, int(year) if year else None, "state", canonical, issuer_code, tuple(problems))


def type_of_abbr(abbr: Optional[str], system: str, lex: Optional[Lexicon] = None) -> Optional[str]:
    """The type an abbreviation names; for the ambiguous party "QĐ" the first
    reading (Quyết định) — callers that care use ``Lexicon.types_by_abbr``."""
    return (lex if lex is not None else current()).type_of_abbr(abbr, system)


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
    n = arabic(m.group(1))
    return roman(n) if n else None


def spelled_as_written(words: str) -> str:
    """An issuer's words as written, one blank between them and Đ for its look-alikes: "Ðoàn" -> "Đoàn"."""
    return " ".join(words.split()).translate(_D_LETTER)


def parse_issuer(head: str, loc: str = "", joint: str = "", lex: Optional[Lexicon] = None) -> IssuerParts:
    """Canonical spelling and identity of an issuer from its matched parts."""
    return _parse_issuer(head, loc, joint, lex if lex is not None else current())


@lru_cache(maxsize=20000)
def _parse_issuer(head: str, loc: str, joint: str, lex: Lexicon) -> IssuerParts:
    # spelled with the letter a look-alike stands for, as a symbol is: "của Ðảng ủy ÐHQGHN" (U+00D0, "Ðại hội" in
    # corpus-real-16 NOTES.md; the checklist's eth class) is Đảng ủy ĐHQGHN
    head, loc, joint = head.translate(_D_LETTER), loc.translate(_D_LETTER), joint.translate(_D_LETTER)
    iss = lex.issuer_by_form(head)
    spelled = iss.form if iss else unglue(" ".join(head.split()))
    if iss is None and (title := _position(head, lex)):  # "Bộ trưởng Bộ Nội vụ": the body issues
        iss = lex.issuer_by_form(head[len(title) :])
        spelled = f"{title} {iss.form}" if iss else spelled
    if iss is None and (prefix := _party_of_organisation(head, lex)):  # "Đảng bộ Trường Đại học Kinh tế", as written
        iss = lex.issuer_by_form(prefix) or lex.issuer_by_form("Đảng ủy")
    unit = locality = None
    loc = " ".join(loc.split())
    if loc:
        units = gazetteer.units(lex)
        m = units.start_cased.match(loc + " ")
        rest = loc
        if m:
            unit = m.group(1).lower()
            unit = units.spelled.get(unit.rstrip("."), unit)  # "TP Cần Thơ": "thành phố" (vocabulary unit_abbreviation)
            rest = loc[m.end() :].strip() if len(loc) > m.end() else ""
        locality = (gazetteer.respell(rest) or title_case(rest)) if rest else None  # "Thành ủy HàNội": Hà Nội
        numbered = bool(locality and locality.isdigit() and unit)
        if numbered:
            locality = f"{unit.capitalize()} {locality}"  # "Phường 1", "Quận 3": the number alone is no name
        spelled = f"{spelled} {' '.join(x for x in ('' if numbered else unit or '', locality or '') if x)}".strip()
    joint_spelled = None
    if joint:
        j = lex.issuer_by_form(joint)
        joint_spelled = j.form if j else " ".join(joint.split())
        spelled = f"{spelled}, {joint_spelled}"
    level = iss.level if iss else None
    if level == "provincial" and locality and _city_committee_of_a_province(head, locality, lex):
        level = "district"
    return IssuerParts(
        spelled=spelled,
        body=iss.body if iss else None,
        code=iss.code if iss else None,
        level=level,
        system=iss.system if iss else None,
        locality=locality,
        unit=unit,
        joint=joint_spelled,
    )


def _city_committee_of_a_province(head: str, locality: str, lex: Lexicon) -> bool:
    """Is ``head`` a Thành ủy (or one of its organs) of a city inside a province, a district-level committee? A
    Thành ủy is provincial only for a centrally-run city ("Thành ủy Hà Nội"); "THÀNH ỦY BẢO LỘC" (Lâm Đồng), "Thành
    ủy Thanh Hóa" (the city, the province's is the Tỉnh ủy) are the committees of a district-level city, which write
    -/TU too (issuers.csv: "a Thành ủy of a provincial city is district-level, context decides"): their 25-KH/TU is not
    the province's."""
    if not _a_city_committee(head, lex):
        return False
    prov = gazetteer.locate(locality, "province", lex=lex)
    return gazetteer.unit_kind(prov.unit, lex) != "city" if prov is not None else _a_city(locality, lex)


def _party_of_organisation(head: str, lex: Lexicon) -> Optional[str]:
    """The party organisation or committee a head names before an organisation's name ("Đảng bộ" in "Đảng bộ Trường
    Đại học Kinh tế", vocabulary ``party_of_organisation``): its committee's row gives the level and system."""
    return _words_before(head, lex, "party_of_organisation")


def _position(head: str, lex: Lexicon) -> Optional[str]:
    """The title of a head written before its body ("Bộ trưởng" in "Bộ trưởng Bộ Nội vụ")."""
    return _words_before(head, lex, "position")


def _words_before(head: str, lex: Lexicon, vocab: str) -> Optional[str]:
    """The first phrase of vocabulary ``vocab`` the head starts with, a word after it (folded keys, built once per
    lexicon)."""
    keys = lex.cached("words_before:" + vocab, _keyed_words, lex, vocab)
    k = fold_key(head)
    return next((p for key, p in keys if k.startswith(key)), None)


def read_issuer(g, lex: Lexicon, s: str, work: str, pos: int, *, whole: bool = False, loc_needs_name: bool = False):
    """The issuer the grammar ``g`` reads at ``pos`` of ``s`` (``work`` is the same
    text unfolded, where the parts are read from).

    Returns ``(IssuerParts, start, end)`` or None; with ``whole`` only when the match
    covers ``s`` to its last character or the one before (a letterhead line). With
    ``loc_needs_name`` a locality that names nothing ("Ban Thường vụ Huyện ủy
    Chương …") is left out of the span.
    """
    im = g.issuer.match(s, pos)
    if not im or (whole and im.end() < len(s) - 1 and g.mode != "folded"):
        return None
    got = issuer_of_match(g, lex, work, im, loc_needs_name=loc_needs_name)
    if whole and got[2] < len(s) - 1:
        return None  # (folded: the locality is read after the match, as written: "HUYEN UY PHU THIEN")
    return got


def read_issuer_either(lex: Lexicon, text: str, pos: int, *, g=None, folded: Optional[str] = None, whole: bool = False):
    """:func:`read_issuer` at ``pos`` of ``text`` as written (by ``g``, the exact grammar by default), or, in text without
    diacritics, by the folded grammar over ``folded`` (``fold(text)`` when not given; the parts keep their spelling):
    "… do Quoc hoi ban hanh", "HUYEN UY PHU THIEN"."""
    from .patterns import grammar

    got = read_issuer(g if g is not None else grammar(lex, "exact"), lex, text, text, pos, whole=whole)
    if got is None and text.isascii():
        folded = folded if folded is not None else fold(text)
        got = read_issuer(grammar(lex, "folded"), lex, folded, text, pos, whole=whole)
    return got


@lru_cache(maxsize=4096)
def read_issuer_line(lex: Lexicon, line: str):
    """The issuer a whole letterhead line names, as written ("HUYỆN ỦY PHÚ THIỆN") or without its diacritics
    ("HUYEN UY PHU THIEN", read by the folded grammar; the locality keeps its spelling); see :func:`read_issuer`.
    Remembered by line (the letterheads of a corpus repeat their issuers' lines; the answer is a tuple of
    frozen parts and offsets, the same each time)."""
    return read_issuer_either(lex, line, 0, whole=True)


def issuer_of_match(g, lex: Lexicon, work: str, im: re.Match, prefix: str = "", *, loc_needs_name: bool = False):
    """:func:`read_issuer` from a match of the issuer already made: ``g.issuer``'s, or a pattern that
    embeds it with its groups renamed ``<prefix>head`` …, the whole in group ``prefix[:-1]``."""
    whole = prefix[:-1] if prefix else 0
    hd, lc, jt = prefix + "head", prefix + "loc", prefix + "joint"
    head = work[im.start(hd) : im.end(hd)]
    loc = work[im.start(lc) : im.end(lc)] if im.group(lc) else ""
    joint = work[im.start(jt) : im.end(jt)] if im.group(jt) else ""
    end = im.end(whole)
    if head[-3:] in _HOI and head[-4:-3].isspace() and _MEETING_RESTS.match(work, im.end(hd)):
        # "… của Ban Chấp hành Trung ương Hội nghị lần thứ bảy": "Hội" starts the meeting, the body is the one before it
        # (not "Ban Chấp hành Trung ương Hội", a mass organisation's, issuers.csv)
        head, loc, joint = head[:-3].rstrip(), "", ""
        end = im.start(hd) + len(head)
    if g.mode == "folded" and not loc and not joint:
        # unaccented text keeps its capitals: "cua Tinh uy Lang Son" names its place as exact text does
        from .patterns import grammar

        em = grammar(lex, "exact").locality.match(work, im.end(hd))
        if em and (cut := _before_a_stop(lex, work, em.start(), em.end())) > em.start():
            loc, end = work[em.start() : cut], cut
    if not joint and (brk := _LINE_BREAK.match(work, end)) and (over := _place_over_a_break(lex, head, work, im, hd, brk)):
        loc, end = over
    p = parse_issuer(head, loc, joint, lex)
    if (
        p.locality
        and " " not in p.locality
        and work.startswith(" ", end)
        and (low := _place_in_lower_case(lex, head, loc, work, end))
    ):
        loc, end = low
        p = parse_issuer(head, loc, joint, lex)
    if loc and (
        _national(lex.issuer_by_form(head)) or ((t := _position(head, lex)) and _national(lex.issuer_by_form(head[len(t) :])))
    ):
        # "Bộ Chính trị gồm 5 …", "Ban Bí thư Trần Cẩm Tú": a central body has no locality, what follows is not one
        p, end = parse_issuer(head, "", "", lex), im.end(hd)
    elif loc and (kept := _before_a_person(lex, head, p, work, im.start(lc), im.end(lc))) is not None:
        # "Chủ tịch UBND tỉnh Nguyễn Văn Sơn", "Bí thư Tỉnh ủy Hồ Văn Niên đã ký …", "UBND tỉnh Gia Lai Nguyễn Văn A": a
        # person's name after a provincial body is the signer's, not its place
        loc, end = work[im.start(lc) : kept], (kept if kept > im.start(lc) else im.end(hd))
        p = parse_issuer(head, loc, joint, lex)
    elif loc_needs_name and p.locality is None and p.unit is None and loc:
        end = im.end(hd)
    return p, im.start(whole), end


_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*(?=\w)")  # one line break (not a blank line) before a word
_HOI = frozenset(("Hội", "HỘI", "hội", "Hoi", "HOI", "hoi"))  # a head ending in "Hội" …
_MEETING_RESTS = re.compile(r"[ \t]+(?i:nghị|đồng|nghi|dong)(?!\w)")  # … then "nghị", "đồng": "Hội nghị", "Hội đồng"
_OVER_A_BREAK = 60  # how far past a line break a place's name is read


def _place_over_a_break(lex: Lexicon, head: str, work: str, im: re.Match, hd: str, brk: re.Match):
    """``(locality, end)`` when a line break falls inside an issuer's place ("của Tỉnh ủy⏎Lạng Sơn", "của UBND tỉnh
    Quảng⏎Trị", "cua Tinh uy⏎Lang Son"): the locality is read again as if the break were a space, and kept only when
    it is then a place the gazetteer knows (a province, district or commune of either map), the longest such run of its
    words; None otherwise: a new line often starts with a capital that names nothing ("của Tỉnh ủy⏎Triển khai …")."""
    from .patterns import grammar

    k = work.index("\n", brk.start())
    window = work[:k] + " " + work[k + 1 : brk.end() + _OVER_A_BREAK]  # (the same length: offsets unchanged)
    m = grammar(lex, "exact").locality.match(window, im.end(hd))
    if not m or m.end() <= brk.end():
        return None
    words = [w.end() for w in _WORD.finditer(window, brk.end(), m.end())]
    for e in reversed(words):
        parts = parse_issuer(head, window[im.end(hd) : e], "", lex)
        if parts.locality and _a_place(parts.locality, lex):
            return work[im.end(hd) : e], e
    return None


#: a place's second syllable in lower case after its first: "huyện Đô lương", "tỉnh Hưng yên"
_LOWER_SYLLABLE = re.compile(rf"[ ](?P<w>[{LOWER}]+)(?!\w)")


def _place_in_lower_case(lex: Lexicon, head: str, loc: str, work: str, end: int):
    """``(locality, end)`` when the one-syllable place ``loc`` read before ``end`` goes on in a syllable in lower case
    and the two name a place the gazetteer knows: "Hội nghị đã thông qua Chương trình hành động của Ban chấp hành Đảng bộ
    huyện Đô lương để thực hiện Nghị quyết số 33" (corpus-real-38/news-doluong-quan-triet-nq-tw9-khoa-xi-nq33-ct36-2014.txt),
    "huyện Mỹ Hào tỉnh Hưng yên" (corpus-real-14); None otherwise ("Tỉnh ủy Huế về …": "Huế Về" names nothing)."""
    m = _LOWER_SYLLABLE.match(work, end)
    if m is None:
        return None
    parts = parse_issuer(head, f"{loc} {m.group('w')}", "", lex)
    return (f"{loc} {m.group('w')}", m.end()) if parts.locality and _a_place(parts.locality, lex) else None


#: inside a word, where a second word glued to it may start (a Vietnamese syllable has one vowel group and no capital
#: after a small letter): after a vowel and its final, an onset and a vowel ("Tĩnhvề", "phủđã"), a capital after a small
#: letter ("huyệnVĩnh"), a small letter after two capitals ("TKVvề"), "v/v" ("về việc") after a small letter ("Chính
#: Phủv/v Quy định"); the point is the match's end. Led by a letter class and asking a vowel before the onset, so that
#: the onset inside a whole word ("t|hường") is none: the issuer's words of a page are read at C speed, and only a word
#: with such a point is checked (:func:`glued_words`)
_GLUE_POINT = re.compile(
    rf"[{VOWEL_LOWER}](?:ch|ng|nh|[cmnpt])?{ONSET_LOWER}"
    rf"|[{LOWER}](?=[{UPPER}]|[vV]/[vV])|[{UPPER}][{UPPER}](?=[{LOWER}])"
)
_GLUED_WORD = re.compile(r"[^\W\d_]+")  # (the letters of the word around a glue point)


def glued_words(work: str, a: int, b: int) -> list[int]:
    """Where inside ``work[a:b]`` (an issuer's words) a word is two words an extraction glued, the second's start: the
    word with its marks is no syllable and splits one way only into two, each a syllable in one case shape (the first
    may be an abbreviation in capitals). "Thực hiện Kế hoạch số 45-KH/UBND ngày 02/3/2023 của thành phố Hà Tĩnhvề chuyển
    đổi số" (the checklist's glued class on corpus-real-44's page, "… Hà Tĩnh về chuyển …"): "Tĩnhvề" is "Tĩnh" and
    "về"; "Hội đồng Chính phủđã", "Tập đoàn TKVvề", "huyệnVĩnh Linh" too. Not "Saigon", "Petrolimex" (no marks, or a
    part that is no syllable), nor "UBND"; nor "Tỉnhủy", "Quốchội", "Bộtrưởng", which split two ways ("Tỉ nhủy")."""
    out: list[int] = []
    for m in _GLUE_POINT.finditer(work, a, b):
        w = _GLUED_WORD.match(work, _word_start(work, m.end()))
        if w is None or w.group().isascii() or is_syllable(w.group()) or (out and out[-1] >= w.start()):
            continue  # (most points: none in an issuer's words, a whole syllable, or a word already split)
        word, slash = w.group(), work.startswith("/", w.end())
        splits = [k for k in range(1, len(word)) if _two_words(word[:k], word[k:], slash)]
        if len(splits) == 1:
            out.append(w.start() + splits[0])
    return out


def glued_in(work: str, spans: list[tuple[int, int]]) -> list[int]:
    """:func:`glued_words` over each ``work[a:b]`` of ``spans`` (a page's issuers' words), where only a span that may
    hold a glue point is read: what each point has is looked for once in all the spans' bytes joined (:func:`_may_glue`,
    C loops), so a page whose issuers hold none, most pages, costs a join and a few searches. "Nghị quyết số 19-NQ/ĐU
    của Ban Thường vụ Đảng ủy Tập đoàn TKVvề tập trung lãnh đạo" (corpus-real-15's page, the checklist's glued class):
    "TKVvề" is "TKV" "về", and the page's other issuers ("Ban Chấp hành Trung ương") are not read. The points inside
    the caller's string."""
    kept = kept_bytes(work)  # (the page's bytes, one a character, kept by the cleaning: 63 of the 66 bench texts)
    if kept is not None:
        parts = [kept[a:b] for a, b in spans]
    else:  # (b"/": a span with a character fold() has no byte for, read)
        parts = [b"/" if (p := fold_bytes(work[a:b])) is None else p for a, b in spans]
    if not parts or not _may_glue(b"\n".join(parts)):
        return []
    return [i for (a, b), part in zip(spans, parts) if _may_glue(part) for i in glued_words(work, a, b)]


def _glue_class(c: str, case: bool) -> str:
    """A character's class in :data:`_GLUE_VOWELS` ("ề" "a", "đ" "b") or, ``case``, in :data:`_GLUE_CASE` ("V" "U")."""
    if case:  # (a small letter "l", a capital "U")
        return ("U" if c.isupper() else "l") if c.isalpha() else " "
    if c in VOWEL_LOWER:
        return "a"
    return "b" if c in ONSET_LETTERS else "/" if c == "/" else " "


#: at each byte of :func:`vanban.text.fold_bytes`, its letter's class: a small vowel "a", a consonant that ends a
#: syllable or starts one "b", "/" (:data:`_GLUE_POINT`'s first and "v/v" branches); a small letter "l", a capital "U"
_GLUE_VOWELS, _GLUE_CASE = (byte_map(lambda c, k=k: _glue_class(c, k)).replace("\ufffe", " ").encode() for k in (False, True))


def _may_glue(words: bytes) -> bool:
    """Can the words of these bytes hold a point :data:`_GLUE_POINT` finds (never False where it finds one; the
    pattern itself, on the text with its marks, cost ~800 instructions a character): two vowel groups in a word,
    consonants between ("Tĩnhvề" "abbbab", "phủđã" "bbaba"; no syllable has two), a capital after a small letter or a
    small letter after two capitals ("huyệnVĩnh" "lllllUlll", "TKVvề" "UUUll"), or a "/" ("Phủv/v"); not "Ủy ban nhân
    dân tỉnh Quảng Bình"."""
    v, c = words.translate(_GLUE_VOWELS), words.translate(_GLUE_CASE)
    return b"lU" in c or b"UUl" in c or b"/" in v or _TWO_VOWEL_GROUPS.search(v) is not None


_TWO_VOWEL_GROUPS = re.compile(rb"ab{1,5}a")  # (a final and an onset between: 1 to 5 consonants)


def _two_words(left: str, right: str, slash: bool) -> bool:
    """Are ``left`` and ``right`` two words glued: each a syllable in one case shape ("Tĩnh" "về", "huyện" "Vĩnh"), or an
    abbreviation in capitals and a syllable ("TKV" "về", "đoàn" "TKV"), or a word then the "v" of "v/v" ("Phủ" "v/v")?"""
    if not (right == right.lower() or right == right.capitalize() or right.isupper()):
        return False
    if slash and right in ("v", "V"):
        return is_syllable(left)
    if right.isupper() and len(right) > 1 and not is_syllable(right):
        return left == left.lower() and is_syllable(left)  # (a word then an abbreviation: "Tập đoànTKV")
    if not is_syllable(right):
        return False
    if left.isupper() and len(left) > 1:
        return not is_syllable(left[-1] + right)  # (not "BC" "hính": "BChính" is "B" "Chính", stripped of letters)
    return (left == left.lower() or left == left.capitalize()) and is_syllable(left)


def _word_start(work: str, i: int) -> int:
    while i > 0 and work[i - 1].isalpha():
        i -= 1
    return i


def _a_place(name: str, lex: Lexicon) -> bool:
    """A province, district or commune of either map is named so (diacritics or not)."""
    later = gazetteer.REFORM_DATE
    g = gazetteer
    return bool(
        _a_province(name, lex) or g.district(name, lex=lex) or g.commune(name, lex=lex) or g.commune(name, when=later, lex=lex)
    )


def _before_a_person(lex: Lexicon, head: str, p, work: str, a: int, b: int) -> Optional[int]:
    """Where the locality ``work[a:b]`` of a provincial body (unit "tỉnh", or a body placed by its province: "Tỉnh ủy")
    ends when a person's name follows its province or its unit word (a name of two to four words led by a common
    surname, vocabulary ``surname``, that is no province itself), or None. Provinces are never named after people but
    "Hồ Chí Minh", which the gazetteer knows; wards are ("phường Trần Phú"): only provinces are read so."""
    words = list(_WORD.finditer(work, a, b))
    # (the unit word of a province, vocabulary unit of the caller's lexicon: "tỉnh", or its first word read, folded too)
    unit = p.unit or (words[0].group() if words and gazetteer.unit_kind(words[0].group(), lex) == "province" else None)
    if not p.locality or (unit is not None and gazetteer.unit_kind(unit, lex) != "province"):
        return None
    if unit is None and ((iss := lex.issuer_by_form(head)) is None or iss.locality != "province"):
        return None
    first = len(unit.split()) if unit else 0  # (the unit word is kept, "thủ đô" of a caller's lexicon whole)
    for k in range(first, len(words) - 1):
        name = work[words[k].start() : b]
        if fold(words[k].group()).title() in lex.surnames and 2 <= len(words) - k <= 4 and not _a_province(name, lex):
            if _a_city_committee(head, lex) and _a_city(name, lex):
                continue  # ("Thành ủy Phan Thiết": a Thành ủy may be a city's, named as a person may be)
            if k == first or _a_province(work[words[first].start() : words[k - 1].end()], lex):
                return words[k - 1].end() if k > 0 else a
    return None


def _a_province(name: str, lex: Lexicon) -> bool:
    return gazetteer.province(name, lex=lex) is not None or gazetteer.province(name, _dt.date(2025, 7, 1), lex) is not None


def _a_city_committee(head: str, lex: Lexicon) -> bool:
    """Does ``head`` name a city's party committee or one of its organs (vocabulary ``city_committee``: "Ban Thường vụ
    Thành ủy")?"""
    k = fold_key(head)
    return any(fold_key(w) in k for w in lex.words("city_committee"))


def _a_city(name: str, lex: Lexicon) -> bool:
    """Is ``name`` a district-level city ("Phan Thiết", the Thành phố of Bình Thuận)?"""
    pl = gazetteer.locate(name, "district", lex=lex)
    return pl is not None and gazetteer.unit_kind(pl.unit, lex) == "city"


_WORD = re.compile(r"\S+")


def _before_a_stop(lex: Lexicon, work: str, a: int, b: int) -> int:
    """Where a locality read as written in unaccented capitals ends: before its first word that stops one.
    "KE HOACH SO 164-KH/TU … CUA BAN THUONG VU TINH UY VE VIEC TRIEN KHAI …" (a title in capitals without its
    diacritics) names no place "Ve Viec Trien": the exact grammar's stops are spelled with their marks ("Về")."""
    stops = folded_locality_stops(lex)
    phrases = [p for p in stops if " " in p]  # (a stop of several words: "BAN HANH")
    for m in _WORD.finditer(work, a, b):
        f = fold(m.group())
        ahead = fold(work[m.start() : m.start() + 24])
        if f in stops or any(ahead.startswith(p) and not ahead[len(p) : len(p) + 1].isalpha() for p in phrases):
            return max(a, work.rfind(" ", a, m.start()))  # (the blank before it; ``a`` when it is the first word)
        if g := _GLUED_TAIL.fullmatch(f):
            # a short word glued to the name's last ("cua Tinh uy Lang Sonve dai hoi"): no syllable goes on after its
            # end with a consonant and a vowel, as each of those words starts
            return m.start() + g.end(1)
    return b


_GLUED_TAIL = re.compile(rf"([a-z]{{2,}}?){GLUE_AHEAD_FOLDED}[a-z]+")


def _national(iss) -> bool:
    return iss is not None and not iss.locality and (iss.level == "central" or iss.system == "state")


def _keyed_words(lex: Lexicon, vocab: str) -> tuple[tuple[str, str], ...]:
    """(folded key and a blank, phrase) of each phrase of vocabulary ``vocab`` of ``lex``: ("chu tich ", "Chủ tịch")."""
    return tuple((fold_key(p) + " ", p) for p in lex.words(vocab))
