"""What a text says about itself: its own number, type, issuer, date and place.

Used when ``find_references`` gets no :class:`~vanban.model.Context`: it decides
which citations are self-references ("Kế hoạch của Ban Thường vụ Huyện ủy" inside
that committee's plan) and whose ``Tỉnh ủy`` an unqualified "Tỉnh ủy" is.

Example::

    >>> ctx = infer_context("Phú Thiện, ngày 30 tháng 6 năm 2021\\n\\nKẾ HOẠCH\\n\\n"
    ...                     "… Ban Thường vụ Huyện ủy xây dựng kế hoạch triển khai thực hiện như sau:")
    >>> ctx.issuer, ctx.doc_type, ctx.district, ctx.province
    ('Ban Thường vụ Huyện ủy', 'Kế hoạch', 'Phú Thiện', 'Gia Lai')
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from typing import Optional

from . import fields, gazetteer, tables
from .model import Context
from .regexes import PLACE_NAME, grammar

__all__ = ["infer_context", "place_context"]

_SO_LINE = re.compile(r"(?m)^[ \t*|]*(?:Số|SỐ|số)(?:[ \t]+hiệu)?[ \t]*:?[ \t]*([0-9]{1,5}[ \t]*[-/][^\s|]{2,40})[ \t|*]*$")
_PLACE_DATE = re.compile(
    r"(?m)^[ \t*|_]*(?P<place>" + PLACE_NAME + r"),?[ \t]+ngày[ \t]+(?P<d>[0-9]{1,2})[ \t]+tháng[ \t]+(?P<m>[0-9]{1,2})[ \t]*(?:\n[ \t|]*)?năm[ \t]*(?:\n[ \t|]*)?(?P<y>(?:19|20)[0-9]{2})"
)
_DATE_WORDS = re.compile(r"ngày[ \t]+[0-9]{1,2}[ \t]+tháng")


def _place_date(head: str) -> Optional[re.Match]:
    """The first place-date line ("Phú Thiện, ngày 30 tháng 6 năm 2021"): tried
    only at the lines that hold "ngày … tháng" (a search from every line start
    costs a third of a short document's time)."""
    for dm in _DATE_WORDS.finditer(head):
        m = _PLACE_DATE.match(head, head.rfind("\n", 0, dm.start()) + 1)
        if m:
            return m
    return None


_TYPE_LINE = re.compile(r"(?m)^[ \t*|#]*(?P<t>[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{2,30}?)[ \t*|]*$")
_LOCALITY = re.compile(
    r"(?:địa bàn|trong|toàn)[ \t]+(?P<unit>huyện|quận|thị xã|tỉnh|thành phố|xã|phường|thị trấn)[ \t]+(?P<name>[A-ZĐ][\wÀ-ỹ]*(?:[ \t]+[A-ZĐ0-9][\wÀ-ỹ]*){0,3})"
)


def infer_context(text: str, head_chars: int = 4000) -> Context:
    """A :class:`Context` from the text alone (marked ``inferred``)."""
    ctx = Context(inferred=True)
    head = text[:head_chars]
    g = grammar("exact")
    m = _SO_LINE.search(head)
    if m:
        parts = fields.parse_code(m.group(1).strip())
        if parts:
            ctx.code = parts.canonical
            ctx.issuer_code = parts.issuer_code
            ctx.sources["code"] = "letterhead"
            if parts.type_abbr:
                ctx.doc_type = fields.type_of_abbr(parts.type_abbr, parts.system)
    m = _place_date(head)
    place = None
    if m:
        try:
            ctx.date = _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            ctx.sources["date"] = "place-date line"
        except ValueError:
            pass
        place = " ".join(m.group("place").split())
    for tm in _TYPE_LINE.finditer(head):
        t = tables.type_by_name(tm.group("t").strip())
        if t:
            ctx.doc_type = t.name
            ctx.sources["doc_type"] = "type line"
            break
    # letterhead issuer: upper-case lines naming a body, before the type line
    for line in head.splitlines()[:25]:
        ln = line.strip(" \t*|-_")
        if not ln or not ln.isupper() or len(ln) > 60:
            continue
        im = g.issuer.match(ln)
        if im and im.end() >= len(ln) - 1:
            p = fields.parse_issuer(im.group("head"), im.group("loc") or "", "")
            if p.body and ln.startswith(("ĐẢNG BỘ",)):
                continue
            ctx.issuer = p.spelled
            ctx.issuer_code = ctx.issuer_code or p.code
            ctx.sources["issuer"] = "letterhead"
            _set_locality(ctx, p.locality, p.level, p.unit)
        elif ln.startswith(("ĐẢNG BỘ TỈNH", "ĐẢNG BỘ THÀNH PHỐ")):
            ctx.province = gazetteer.province(ln.split(" ", 3)[-1] if ln.startswith("ĐẢNG BỘ TỈNH") else ln[len("ĐẢNG BỘ THÀNH PHỐ") :])
        elif ln.startswith(("ĐẢNG BỘ HUYỆN", "ĐẢNG BỘ QUẬN", "ĐẢNG BỘ THỊ XÃ")):
            name = ln.split(" ", 3)[-1] if not ln.startswith("ĐẢNG BỘ THỊ XÃ") else ln[len("ĐẢNG BỘ THỊ XÃ") :]
            pl = gazetteer.locate(name.strip(), "district", ctx.province)
            if pl:
                ctx.district, ctx.province = pl.name, pl.province
    # the preamble names the issuer: "Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau"
    if ctx.issuer is None:
        om = _own_formula(g, text, min(len(text), head_chars + 2000))
        if om:
            im = g.issuer.match(text, om.start("iss"))
            if im:
                p = fields.parse_issuer(im.group("head"), im.group("loc") or "", "")
                ctx.issuer = p.spelled
                ctx.issuer_code = ctx.issuer_code or p.code
                ctx.sources["issuer"] = "preamble"
                _set_locality(ctx, p.locality, p.level, p.unit)
                if ctx.doc_type is None and om.group("type"):
                    t = tables.type_by_name(om.group("type"))
                    ctx.doc_type = t.name if t else None
    if ctx.issuer_code is None and ctx.issuer:
        iss = tables.issuer_by_form(ctx.issuer)
        ctx.issuer_code = iss.code if iss else None
    # the place of the place-date line, and "trên địa bàn huyện X"
    level = tables.level_of_code(ctx.issuer_code) if ctx.issuer_code else None
    if place and not (ctx.district or (ctx.province and level == "provincial")):
        kind = {"provincial": "province", "district": "district", "grassroots": None}.get(level or "", None)
        pl = gazetteer.locate(place, kind, ctx.province)
        if pl:
            _set_place(ctx, pl)
            ctx.sources["locality"] = "place-date line"
    if not (ctx.district or ctx.province):
        counts = Counter((m.group("unit"), m.group("name")) for m in _LOCALITY.finditer(text))
        for (unit, name), _n in counts.most_common(3):
            pl = gazetteer.locate(f"{unit} {name}")
            if pl:
                _set_place(ctx, pl)
                ctx.sources["locality"] = "body"
                break
    elif ctx.district is None and level in ("district", "grassroots"):
        for m2 in _LOCALITY.finditer(text):
            if m2.group("unit") in ("huyện", "quận", "thị xã"):
                pl = gazetteer.locate(f"{m2.group('unit')} {m2.group('name')}", within=ctx.province)
                if pl:
                    _set_place(ctx, pl)
                    break
    return ctx


_FORMULA_END = re.compile(r"như sau|với (?:các|những) nội dung|NHƯ SAU")


def _own_formula(g, text: str, limit: int):
    """The preamble's "<issuer> ban hành/xây dựng <type> … như sau" (searched only
    before the phrases that close it, which are rare)."""
    for fm in _FORMULA_END.finditer(text, 0, limit):
        om = g.own.search(text, max(0, fm.start() - 260), fm.end())
        if om:
            return om
    return None


def _set_place(ctx: Context, pl: gazetteer.Place) -> None:
    ctx.province = pl.province
    if pl.kind == "district":
        ctx.district = pl.name
    elif pl.kind == "commune":
        ctx.district = pl.district
        ctx.commune = pl.name


def _set_locality(ctx: Context, locality: Optional[str], level: Optional[str], unit: Optional[str]) -> None:
    if not locality:
        return
    kind = {"provincial": "province", "district": "district", "grassroots": "commune"}.get(level or "")
    if unit:
        kind = {"tỉnh": "province", "thành phố": None, "huyện": "district", "quận": "district", "thị xã": "district"}.get(unit, kind)
    pl = gazetteer.locate(locality, kind, ctx.province)
    if pl:
        _set_place(ctx, pl)


def place_context(province: Optional[str] = None, district: Optional[str] = None) -> Context:
    """A context that only says where the citing document comes from."""
    ctx = Context()
    if district:
        pl = gazetteer.locate(district, "district", province)
        if pl:
            _set_place(ctx, pl)
            return ctx
    if province:
        ctx.province = gazetteer.province(province) or province
    return ctx
