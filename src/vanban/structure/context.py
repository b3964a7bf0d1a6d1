"""What a text says about itself: its own number, type, issuer, date and place.

Used when ``find_references`` gets no :class:`~vanban.model.Context` and when a
letterhead is incomplete: it decides which citations are self-references
("Kế hoạch của Ban Thường vụ Huyện ủy" inside that committee's plan) and whose
``Tỉnh ủy`` an unqualified "Tỉnh ủy" is. It reads the letterhead with the
letterhead reader, then looks further: the "Số …" and place-date lines anywhere in
the opening, the preamble's own formula ("Ban Thường vụ Huyện ủy xây dựng kế
hoạch … như sau") and the place the body works in ("trên địa bàn huyện X").

Example::

    >>> ctx = infer_context("Phú Thiện, ngày 30 tháng 6 năm 2021\\n\\nKẾ HOẠCH\\n\\n"
    ...                     "… Ban Thường vụ Huyện ủy xây dựng kế hoạch triển khai thực hiện như sau:")
    >>> ctx.issuer, ctx.doc_type, ctx.district, ctx.province
    ('Ban Thường vụ Huyện ủy', 'Kế hoạch', 'Phú Thiện', 'Gia Lai')
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Optional

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..grammar import cues, grammar, parse_code, read_issuer, read_issuer_line
from ..model import Context
from ..text import fold, matches_led_by, quality, title_case
from .letterhead import _date_of, party_org, place_date_at, put_place
from .lines import Lines, plain, split_lines

__all__ = ["infer_context", "place_context"]

_LOCALITY_LEADS = ("địa bàn", "trong", "toàn")  # the words :func:`_locality` starts with


def _locality(lex: Lexicon) -> re.Pattern:
    """A place the body names: "trên địa bàn huyện Phú Thiện", "trong tỉnh Gia Lai", a unit word of ``lex``
    (vocabulary ``unit``) and its name."""
    return re.compile(
        rf"(?:{'|'.join(_LOCALITY_LEADS)})[ \t]+(?P<unit>{gazetteer.units(lex).written})[ \t]+"
        r"(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:[ \t]+[A-ZĐ0-9][\wÀ-ỹ]*){0,3})"
    )


#: the kinds of unit of the Party organisations that place a document: "ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG BỘ HUYỆN CHÂU
#: THÀNH" (not a commune's), and of those that name a province: "ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG" (their words: vocabulary
#: ``unit`` of the lexicon read, :func:`~vanban.facts.gazetteer.unit_words`)
_COMMITTEE_KINDS, _PROVINCE_KINDS = ("province", "city", "district"), ("province", "city")


def infer_context(
    text: str,
    head_chars: int = 4000,
    lex: Optional[Lexicon] = None,
    *,
    lines: Optional[Lines] = None,
    doc_type: Optional[str] = None,
) -> Context:
    """A :class:`Context` from the text alone (marked ``inferred``). From the caller's reading of the letterhead, when it
    has one: ``lines``, ``split_lines(text)`` (the head's are a view of them, not a second split), and ``doc_type``, the
    type its type line gives ("KẾ HOẠCH": the context's, the lines not read for it again)."""
    lex = lex if lex is not None else current()
    ctx = Context(inferred=True)
    head = text[:head_chars]
    lines = lines.head(head_chars) if lines is not None else split_lines(head)
    # typed or stripped without diacritics ("Phu Thien, ngay 30 thang 6 nam 2021", "HUYEN UY PHU THIEN"): the lines are
    # also read as such (asked only of a text without "ngày", the word nearly every document has)
    unaccented = "ngày" not in head and quality(text) != "ok"  # (the text the scan asks about too: answered once)
    place = _letterhead_lines(ctx, lines, lex, unaccented)
    raws = head.split("\n")  # (the lines' texts: what the two readers below look at, without their offsets)
    if doc_type is None:
        _type_line(ctx, raws, lex)
    else:  # (the formula's type is taken only where there is none)
        ctx.doc_type, ctx.sources["doc_type"] = doc_type, "type line"
    _issuer_lines(ctx, raws[:25], lex, unaccented)
    if ctx.issuer is None:
        _own_formula(ctx, text, min(len(text), head_chars + 2000), lex, unaccented)
    if ctx.issuer_code is None and ctx.issuer:
        iss = lex.issuer_by_form(ctx.issuer)
        ctx.issuer_code = iss.code if iss else None
    ctx.level = lex.level_of_code(ctx.issuer_code) if ctx.issuer_code else None
    _place(ctx, place, text, lex)
    return ctx


#: the lines worth reading for the number or the place-date: "Số …" after the marks plain() strips, "ngày"
_NUMBER_OR_DATE = re.compile(r"[ \t|*_#]*(?:Số|SỐ|số)|[^\n]*ngày")
_NUMBER_OR_DATE_UNACCENTED = re.compile(r"[ \t|*_#]*(?:So|SO)|[^\n]*ngay")  # "So 25-KH/TU", "Phu Thien, ngay 30 …"


def _letterhead_lines(ctx: Context, lines: Lines, lex: Lexicon, unaccented: bool = False) -> Optional[str]:
    """The first "Số …" line and the first place-date line; returns the place it names."""
    place = None
    for i in lines.matching(_NUMBER_OR_DATE_UNACCENTED if unaccented else _NUMBER_OR_DATE):
        ln = plain(lines[i][2])
        if ctx.code is None and (m := cues.NUMBER_LINE.match(ln)):
            parts = parse_code(m.group("code").strip(), lex)
            if parts:
                ctx.code, ctx.issuer_code = parts.canonical, parts.issuer_code
                ctx.sources["code"] = "letterhead"
                if parts.type_abbr:
                    ctx.doc_type = lex.type_of_abbr(parts.type_abbr, parts.system)
        if place is None and ("ngay" if unaccented else "ngày") in ln and (pd := place_date_at(lines, i, ln)) is not None:
            m = pd[0]
            ctx.date = _date_of(m)
            if ctx.date:
                ctx.sources["date"] = "place-date line"
            place = " ".join(m.group("place").split())
    return place


def _type_line(ctx: Context, lines: list[str], lex: Lexicon) -> None:
    for raw in lines:
        if not raw.isupper():  # (= plain(raw).isupper(): plain strips only uncased marks; most lines are prose)
            continue
        ln = plain(raw)
        if 2 < len(ln) <= 32 and (t := lex.type_by_name(ln)) is not None:
            ctx.doc_type = t.name
            ctx.sources["doc_type"] = "type line"
            return


def _issuer_lines(ctx: Context, lines: list[str], lex: Lexicon, unaccented: bool = False) -> None:
    """Upper-case lines naming a body ("HUYỆN ỦY PHÚ THIỆN", also without diacritics: "HUYEN UY PHU THIEN");
    "ĐẢNG BỘ TỈNH GIA LAI" gives the place."""
    g = grammar(lex, "exact")
    for raw in lines:
        if not raw.isupper():  # (= the stripped line's: the marks stripped are uncased)
            continue
        ln = raw.strip(" \t*|-_")
        if len(ln) > 60:
            continue
        # (a line with a diacritic is read as the letterhead reader reads its issuer lines, "HUYỆN ỦY PHÚ THIỆN": the
        # reading it made is taken, not made again; read_issuer_line reads such a line by ``g`` alone)
        got = read_issuer_line(lex, ln) if unaccented or not ln.isascii() else read_issuer(g, lex, ln, ln, 0, whole=True)
        if got:
            p = got[0]
            if p.body and ln.startswith(("ĐẢNG BỘ", "DANG BO")):
                continue
            ctx.issuer = p.spelled if not p.joint else p.spelled.rsplit(", ", 1)[0]
            ctx.issuer_code = ctx.issuer_code or p.code
            ctx.sources["issuer"] = "letterhead"
            _set_locality(ctx, p.locality, p.level, p.unit, lex)
        elif (org := party_org(ln, lex)) and org[2] and org[0] in gazetteer.unit_words(*_COMMITTEE_KINDS, lex=lex):
            unit, _, name = org
            if unit in gazetteer.unit_words(*_PROVINCE_KINDS, lex=lex):
                ctx.province = gazetteer.province(name, ctx.date)
            else:
                pl = gazetteer.locate(name, "district", ctx.province)
                if pl:
                    ctx.district, ctx.province = pl.name, pl.province
                else:  # "ĐẢNG BỘ HUYỆN CHÂU THÀNH": ten provinces have one; the district as written
                    ctx.district = title_case(name)


def _own_formula(ctx: Context, text: str, limit: int, lex: Lexicon, unaccented: bool = False) -> None:
    """The preamble's "<issuer> ban hành/xây dựng <type> … như sau" (searched only
    before the phrases that close it, which are rare)."""
    g, s = None, text
    for fm_start, fm_end in _phrases(text, limit, lex.cached("context.formula_end", _formula_ends, lex)[unaccented]):
        if g is None:  # (without diacritics, read on the folded text: "Ban Thuong vu Huyen uy xay dung ke hoach …")
            g = grammar(lex, "folded" if unaccented else "exact")
            s = fold(text[:limit]) if unaccented else text
        lo = fm_start - 260 if fm_start > 260 else 0
        om = g.own.search(s, lo, fm_end) if _own_may_match(g, s, lo, fm_end) else None
        if om is None:
            continue
        got = read_issuer(g, lex, s, text, om.start("iss"))
        if got:
            p = got[0]
            ctx.issuer = p.spelled if not p.joint else p.spelled.rsplit(", ", 1)[0]
            ctx.issuer_code = ctx.issuer_code or p.code
            ctx.sources["issuer"] = "preamble"
            _set_locality(ctx, p.locality, p.level, p.unit, lex)
            if ctx.doc_type is None and om.group("type"):
                t = lex.type_by_name(om.group("type"))
                ctx.doc_type = t.name if t else None
        return


def _formula_ends(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases :func:`_own_formula` looks for, as written and without diacritics (as whole documents are typed or
    stripped: "Ban Thuong vu Tinh uy ban hanh Ke hoach nhu sau"): the phrases that close the formula (vocabulary
    ``formula_end``, which :attr:`Grammar.own` ends with) but those that end with another ("cụ thể như sau" is found by
    "như sau": no two overlap, see :func:`_phrases`), in capitals too where the row says so ("NHƯ SAU")."""
    rows = lex.pairs("formula_end")
    kept = [p for p, _ in rows if not any(q != p and p.endswith(q) for q, _ in rows)]
    kept += [p.upper() for p, v in rows if v == "capitals" and p in kept]
    return tuple(kept), tuple(fold(p).upper() if p.isupper() else fold(p) for p in kept)


def _own_may_match(g, s: str, lo: int, hi: int) -> bool:
    """Can :attr:`Grammar.own` match in ``s[lo:hi]``? From its act to the end of its closing phrase no ".", ";" or ":"
    stands (none is in the act, a type word, the words between, nor the phrase): when the window's last one ends no
    closing phrase before it, the act must follow it. Two scans of parts of the pattern, where the whole tries the
    issuers' names at each word of the window ("… chuyển đổi số quốc gia. Nội dung chương trình hành động như sau": no
    act after the full stop)."""
    d = max(s.rfind(".", lo, hi), s.rfind(";", lo, hi), s.rfind(":", lo, hi))
    if d < 0 or g.own_end.search(s, lo, d + 1) is not None:
        return True
    return g.own_act.search(s, d + 1, hi) is not None


def _phrases(text: str, limit: int, phrases: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the phrases stand in ``text[:limit]``, in text order: found by ``str.find`` (a pattern of them, led by a class
    of their first letters, was tried at every "n" and "v" of the text). None of them overlaps itself or another, so
    these are the matches of their alternation."""
    out = []
    for p in phrases:
        i = text.find(p, 0, limit)
        while i >= 0:
            out.append((i, i + len(p)))
            i = text.find(p, i + len(p), limit)
    return sorted(out)


def _place(ctx: Context, place: Optional[str], text: str, lex: Lexicon) -> None:
    """The place of the place-date line, and "trên địa bàn huyện X" (a district's unit word by vocabulary ``unit`` of
    ``lex``)."""
    level = ctx.level
    if place and not (ctx.district or (ctx.province and level == "provincial")):
        kind = {"provincial": "province", "district": "district"}.get(level or "")
        pl = gazetteer.locate(place, kind, ctx.province)
        if pl:
            put_place(ctx, pl)
            ctx.sources["locality"] = "place-date line"
    if not (ctx.district or ctx.province):
        counts = Counter((m.group("unit"), m.group("name")) for m in _localities(text, lex))
        for (unit, name), _n in counts.most_common(3):
            pl = gazetteer.locate(f"{unit} {name}")
            if pl:
                put_place(ctx, pl)
                ctx.sources["locality"] = "body"
                break
    elif ctx.district is None and level in ("district", "grassroots"):
        for m in _localities(text, lex):
            if gazetteer.unit_kind(m.group("unit"), lex) == "district":
                pl = gazetteer.locate(f"{m.group('unit')} {m.group('name')}", within=ctx.province)
                if pl:
                    put_place(ctx, pl)
                    break


def _localities(text: str, lex: Lexicon) -> list[re.Match]:
    """The matches of :func:`_locality` of ``lex`` in ``text``, as its finditer gives them: tried only where one of its
    first words stands, found by ``str.find`` (the pattern, led by the class of their first letters, was tried at every
    "t")."""
    return list(matches_led_by(lex.cached("context.locality", _locality, lex), text, _LOCALITY_LEADS))


def _set_locality(ctx: Context, locality: Optional[str], level: Optional[str], unit: Optional[str], lex: Lexicon) -> None:
    """The place an issuer names, in the district and province already read ("ĐẢNG BỘ HUYỆN PHÚ THIỆN /
    ĐẢNG ỦY XÃ QUANG PHÚ"): a commune the gazetteer does not know there is kept as written; the unit's kind by
    vocabulary ``unit`` of ``lex``."""
    if not locality:
        return
    kind = gazetteer.unit_kind(unit, lex) if unit else gazetteer.LEVEL_KIND.get(level or "")
    if kind == "commune":
        cands = gazetteer.commune(locality, ctx.district, ctx.province, ctx.date)
        if len(cands) == 1:
            put_place(ctx, cands[0])
        else:
            ctx.commune = locality
        return
    pl = gazetteer.locate(locality, None if kind == "city" else kind, ctx.province, ctx.date)
    if pl:
        put_place(ctx, pl)


def place_context(province: Optional[str] = None, district: Optional[str] = None) -> Context:
    """A context that only says where the citing document comes from."""
    ctx = Context()
    if district:
        pl = gazetteer.locate(district, "district", province)
        if pl:
            put_place(ctx, pl)
            return ctx
    if province:
        ctx.province = gazetteer.province(province) or province
    return ctx
