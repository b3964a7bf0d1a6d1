"""Vietnam's administrative units, from the ``vietnamadminunits`` gazetteer.

vanban needs localities to tell documents apart: every province has its own
``25-KH/TU``, every district its own ``45-KH/HU``. Names come from the legacy
63-province map (the one in force when almost every document in circulation was
issued; districts were abolished on 01/7/2025) with the 2025 provinces as well.

Example::

    >>> locate("Phú Thiện").province
    'Gia Lai'
    >>> "Phú Thiện" in districts_of("Gia Lai")
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Optional

from ..text import fold_key
from . import tables

__all__ = [
    "UNIT_WORDS",
    "UNIT_START",
    "UNIT_START_CASED",
    "Place",
    "locate",
    "province",
    "provinces",
    "districts_of",
    "district",
    "commune",
    "unit_kind",
    "KIND_LEVEL",
    "LEVEL_KIND",
]

#: the level of the party committee (and state body) of each kind of unit
KIND_LEVEL = {"province": "provincial", "city": "provincial", "district": "district", "commune": "grassroots"}
#: the kind of unit a local body of each level governs
LEVEL_KIND = {"provincial": "province", "district": "district", "grassroots": "commune"}


@cache
def _unit_words() -> dict[str, str]:
    """folded unit word -> kind ("province", "city", "district", "commune"), from vocabulary.csv."""
    return {fold_key(w.phrase).rstrip("."): w.value for w in tables.load_vocabulary() if w.list == "unit"}


def _unit_alternation() -> str:
    words = {w.phrase for w in tables.load_vocabulary() if w.list == "unit" and not w.phrase.endswith(".")}
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: the unit words as a regex alternation, longest first: "thành phố|thị trấn|…|xã" (lower case)
UNIT_WORDS = _unit_alternation()
#: a unit word opening a name, any case, "TP." too: "huyện Phú Thiện", "TỈNH GIA LAI", "TP. Pleiku"
UNIT_START = re.compile(rf"^({UNIT_WORDS}|tp\.?)\s+", re.IGNORECASE)
#: the same, in lower case or in capitals only: "Quận 3" and "Thị xã An Khê" are names, not a unit and a name
UNIT_START_CASED = re.compile(rf"^({UNIT_WORDS}|{UNIT_WORDS.upper()}|TP\.?)\s+")


def unit_kind(word: Optional[str]) -> Optional[str]:
    """``"huyện"`` -> "district", ``"Thành phố"`` -> "city", ``"phường"`` -> "commune"; None if not a unit word."""
    if not word:
        return None
    return _unit_words().get(fold_key(word).rstrip("."))


@dataclass(frozen=True)
class Place:
    kind: str  # "province" | "district" | "commune"
    name: str  # short name: "Phú Thiện"
    full: str  # "Huyện Phú Thiện"
    province: str  # short province name: "Gia Lai"
    district: Optional[str] = None
    code: Optional[str] = None

    @property
    def label(self) -> str:
        """The locality as vanban writes it in keys: "Phú Thiện, Gia Lai"."""
        parts = [self.name]
        if self.kind == "commune" and self.district:
            parts.append(self.district)
        if self.kind != "province":
            parts.append(self.province)
        return ", ".join(parts)


def _split_unit(name: str) -> tuple[Optional[str], str]:
    """("huyen", key of the rest) for "huyện Phú Thiện"; the unit word is read with its
    diacritics, so that "Tịnh Biên" is not taken for "tỉnh Biên"."""
    import unicodedata

    n = unicodedata.normalize("NFC", name.strip())
    m = UNIT_START.match(n)
    if not m:
        return None, _key(n)
    return unit_kind(m.group(1)), _key(n[m.end() :])


def _key(name: str) -> str:
    k = fold_key(name).replace("-", " ").replace(".", " ")
    k = " ".join(k.split())
    return k


@dataclass
class _Index:
    provinces: dict[str, Place]
    districts: dict[str, list[Place]]
    communes: dict[str, list[Place]]
    by_province: dict[str, list[Place]]


@cache
def _index() -> _Index:
    from vietnamadminunits.database import query

    rows = query(
        "select distinct provinceShort, province, provinceCode, districtShort, district, districtCode, "
        "wardShort, ward, wardCode, provinceKeywords from admin_units_legacy"
    )
    provinces: dict[str, Place] = {}
    districts: dict[str, list[Place]] = {}
    communes: dict[str, list[Place]] = {}
    by_province: dict[str, list[Place]] = {}
    seen_d: set[str] = set()
    for r in rows:
        p = r["provinceShort"]
        if _key(p) not in provinces:
            pl = Place("province", p, r["province"], p, code=r["provinceCode"])
            provinces[_key(p)] = pl
            provinces[_key(r["province"])] = pl
        if r["districtCode"] not in seen_d:
            seen_d.add(r["districtCode"])
            d = Place("district", r["districtShort"], r["district"], p, code=r["districtCode"])
            districts.setdefault(_key(r["districtShort"]), []).append(d)
            districts.setdefault(_key(r["district"]), []).append(d)
            by_province.setdefault(p, []).append(d)
        if r["wardShort"]:
            short = re.sub(r"\s*\([^)]*\)\s*$", "", r["wardShort"])  # "Phước Long (Thị trấn)": the gazetteer's own disambiguation
            full = re.sub(r"\s*\([^)]*\)\s*$", "", r["ward"])
            c = Place("commune", short, full, p, district=r["districtShort"], code=r["wardCode"])
            communes.setdefault(_key(short), []).append(c)
            communes.setdefault(_key(full), []).append(c)
    # common ways of writing the big cities
    for alias, target in ((w.phrase, w.value) for w in tables.load_vocabulary() if w.list == "city_alias"):
        if target in provinces:
            provinces[alias] = provinces[target]
    return _Index(provinces, districts, communes, by_province)


def province(name: str) -> Optional[str]:
    """Short name of a province from any spelling: "TỈNH GIA LAI" -> "Gia Lai"."""
    k = _key(name)
    idx = _index()
    pl = idx.provinces.get(k) or idx.provinces.get(_split_unit(name)[1])
    return pl.name if pl else None


def district(name: str, province_name: Optional[str] = None) -> list[Place]:
    """Districts with that name (in that province when given)."""
    k = _key(name)
    idx = _index()
    cands = idx.districts.get(k) or idx.districts.get(_split_unit(name)[1]) or []
    if province_name:
        pk = province(province_name)
        cands = [c for c in cands if c.province == pk]
    return list(dict.fromkeys(cands))


def commune(name: str, district_name: Optional[str] = None, province_name: Optional[str] = None) -> list[Place]:
    k = _key(name)
    idx = _index()
    cands = idx.communes.get(k) or idx.communes.get(_split_unit(name)[1]) or []
    if province_name:
        pk = province(province_name)
        cands = [c for c in cands if c.province == pk]
    if district_name:
        cands = [c for c in cands if _key(c.district or "") == _split_unit(district_name)[1]]
    return list(dict.fromkeys(cands))


def provinces() -> list[str]:
    """Short names of the provinces (legacy map)."""
    return sorted({p.name for p in _index().provinces.values()})


def districts_of(province_name: str) -> list[str]:
    """Short names of the districts of a province (legacy map)."""
    p = province(province_name)
    return [d.name for d in _index().by_province.get(p or "", [])]


@lru_cache(maxsize=4096)
def locate(name: str, kind: Optional[str] = None, within: Optional[str] = None) -> Optional[Place]:
    """The one place a name stands for, or None when unknown or ambiguous.

    ``kind`` ("province"/"district"/"commune") narrows the search, as does the
    unit word in the name ("huyện Phú Thiện"); ``within`` is a province name.
    """
    k = _key(name)
    word, bare = _split_unit(name)
    m = word is not None
    if m and kind is None:
        kind = None if word == "city" else word
    if kind in (None, "province"):
        p = province(bare)
        if p:
            return _index().provinces[_key(p)]
        if kind == "province":
            return None
    if kind in (None, "district"):
        ds = district(k, within) if m else []
        ds = ds or district(bare, within)
        if len(ds) == 1:
            return ds[0]
        if kind == "district":
            return None
    if kind in (None, "commune") and within:
        cs = commune(bare, province_name=within)
        if len(cs) == 1:
            return cs[0]
    if kind == "commune" and not within:
        cs = commune(bare)
        if len(cs) == 1:
            return cs[0]
    return None
