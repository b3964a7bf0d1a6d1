"""Vietnam's administrative units, from the ``vietnamadminunits`` gazetteer.

vanban needs localities to tell documents apart: every province has its own
``25-KH/TU``, every district its own ``45-KH/HU``. Two maps: the legacy one (63
provinces, their districts and communes; in force when almost every document in
circulation was issued) and the map of 1 July 2025 (34 provinces; districts
abolished, communes and wards merged and renamed, directly under the province).
The lookups take ``when`` (a document's date) and use the map in force then
(:func:`era`); undated, the legacy map.

Example::

    >>> locate("Phú Thiện").province
    'Gia Lai'
    >>> "Phú Thiện" in districts_of("Gia Lai")
    True
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from .. import cache as disk
from ..text import LOWER, UPPER, fold_key
from . import tables
from .phrases import folded_alternation

__all__ = [
    "Units",
    "units",
    "Place",
    "locate",
    "province",
    "provinces",
    "districts_of",
    "district",
    "name_syllables",
    "respell",
    "commune",
    "units_of",
    "unit_kind",
    "unit_words",
    "era",
    "KIND_LEVEL",
    "LEVEL_KIND",
    "LEGACY",
    "MAP_2025",
    "REFORM_DATE",
]

#: the level of the party committee (and state body) of each kind of unit
KIND_LEVEL = {"province": "provincial", "city": "provincial", "district": "district", "commune": "grassroots"}
#: the kind of unit a local body of each level governs
LEVEL_KIND = {"provincial": "province", "district": "district", "grassroots": "commune"}

#: the two administrative maps: the 63 provinces with their districts, and from
#: 1 July 2025 the 34 provinces whose communes and wards sit directly under them
LEGACY, MAP_2025 = "legacy", "2025"
#: the day districts were abolished and the 2025 map took effect
REFORM_DATE = _dt.date(2025, 7, 1)


def era(when: Optional[_dt.date] = None) -> str:
    """The map in force on ``when``: ``"2025"`` from 1 July 2025, else ``"legacy"`` (also when undated).

    >>> era(_dt.date(2021, 6, 30)), era(_dt.date(2025, 8, 22)), era(None)
    ('legacy', '2025', 'legacy')
    """
    return MAP_2025 if when is not None and when >= REFORM_DATE else LEGACY


class Units(NamedTuple):
    """The unit words of a lexicon's vocabulary ``unit`` (:func:`units`), as each reader needs them."""

    kinds: dict[str, str]  # folded unit word -> kind ("province", "city", "district", "commune"): "tp" -> "city"
    written: str  # an alternation, longest first, in lower case as written: "thành\ phố|thị\ trấn|…|xã" (not "TP.")
    folded: str  # the same folded, for lines read without diacritics: "thanh\ pho|…|xa" (escaped blanks: verbose too)
    start: re.Pattern  # a unit word opening a name, any case, "TP." too: "huyện Phú Thiện", "TỈNH GIA LAI", "TP. Pleiku"
    #: the same in lower case or in capitals only ("Quận 3" and "Thị xã An Khê" are names, not a unit and a name); a
    #: unit word glued to its name: "tỉnhQuảng Ngãi"
    start_cased: re.Pattern
    #: an abbreviated unit word in lower case, its dot dropped -> the word it stands for (vocabulary unit_abbreviation):
    #: "tp" -> "thành phố"
    spelled: dict[str, str]


def _units(pairs, abbreviations=()) -> Units:
    """:class:`Units` of the (phrase, kind) rows of a vocabulary ``unit`` (an abbreviation ends with its dot, "TP.", and
    may be written without it) and the (abbreviation, word) rows of ``unit_abbreviation``."""
    pairs = tuple(pairs)
    kinds = {fold_key(phrase).rstrip("."): kind for phrase, kind in pairs}
    words = [phrase for phrase, _ in pairs if not phrase.endswith(".")]
    written = folded_alternation(words, r"\ ", re.escape)
    short = "|".join(sorted(rf"{re.escape(p[:-1])}\.?" for p, _ in pairs if p.endswith("."))) or "(?!)"
    return Units(
        kinds,
        written,
        folded_alternation(words, r"\ "),
        re.compile(rf"^({written}|{short.lower()})\s+", re.IGNORECASE),
        re.compile(rf"^({written}|{written.upper()}|{short})(?:\s+|(?<=[{LOWER}])(?=[{UPPER}]))"),
        {a.lower().rstrip("."): word for a, word in abbreviations},
    )


def _units_of(lex) -> Units:
    return _units(lex.pairs("unit"), lex.pairs("unit_abbreviation"))


@cache
def _bundled_units() -> Units:
    """:class:`Units` of the bundled vocabulary.csv (the gazetteer's own lookups, which no lexicon reaches)."""
    rows = tables.load_vocabulary()
    return _units(
        ((w.phrase, w.value) for w in rows if w.list == "unit"),
        ((w.phrase, w.value) for w in rows if w.list == "unit_abbreviation"),
    )


def units(lex) -> Units:
    """The unit words of ``lex``'s vocabulary ``unit`` (a caller's lexicon may name others: "đặc khu"), built once a
    lexicon: ``units(lex).folded`` is "thanh\\ pho|thi\\ tran|…|xa"."""
    return lex.cached("gazetteer.units", _units_of, lex)


def unit_words(*kinds: str, lex=None) -> frozenset[str]:
    """The unit words of those kinds, folded: ``unit_words("district", "city")`` -> {"huyen", "quan", "thi xa",
    "thanh pho", "tp"} (vocabulary ``unit``). ``lex``: whose vocabulary gives them, built once a lexicon (a caller's
    lexicon may name others: "đặc khu", which the bill of 2018 made a unit under the province); the bundled one when
    not given."""
    if lex is None:
        return _bundled_unit_words(kinds)
    return lex.cached(("gazetteer.unit_words", *kinds), _unit_words_of, units(lex), kinds)


@cache
def _bundled_unit_words(kinds: tuple[str, ...]) -> frozenset[str]:
    return _unit_words_of(_bundled_units(), kinds)


def _unit_words_of(u: Units, kinds: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w, k in u.kinds.items() if k in kinds)


def unit_kind(word: Optional[str], lex=None) -> Optional[str]:
    """``"huyện"`` -> "district", ``"Thành phố"`` -> "city", ``"phường"`` -> "commune"; None if not a unit word.
    ``lex``: whose vocabulary ``unit`` gives the kinds (a caller's lexicon may name others); the bundled one when not
    given."""
    if not word:
        return None
    kinds = (_bundled_units() if lex is None else units(lex)).kinds
    return kinds.get(fold_key(word).rstrip("."))


@dataclass(frozen=True)
class Place:
    kind: str  # "province" | "district" | "commune"
    name: str  # short name: "Phú Thiện"
    full: str  # "Huyện Phú Thiện"
    province: str  # short province name: "Gia Lai"
    district: Optional[str] = None
    code: Optional[str] = None
    era: str = LEGACY  # the map it belongs to: "legacy" (63 provinces) or "2025" (34, no districts)

    @property
    def label(self) -> str:
        """The locality as vanban writes it in keys: "Phú Thiện, Gia Lai"."""
        parts = [self.name]
        if self.kind == "commune" and self.district:
            parts.append(self.district)
        if self.kind != "province":
            parts.append(self.province)
        return ", ".join(parts)

    @property
    def unit(self) -> str:
        """The unit word, lower case: "huyện", "thành phố", "xã", "phường", "tỉnh"."""
        head = self.full[: len(self.full) - len(self.name)].strip() if self.full.endswith(self.name) else ""
        return head.lower() or {"province": "tỉnh", "district": "huyện", "commune": "xã"}[self.kind]

    @property
    def written(self) -> str:
        """The name with its unit word, as running text writes it: "thành phố Bến Tre", "xã Ia Sol"."""
        return f"{self.unit} {self.name}"


def _caller(lex):
    """``lex`` when it is a caller's lexicon, None for the bundled one (or none): the look-ups below keep one cache for
    the bundled unit words whoever asks."""
    return None if lex is None or lex.is_bundled() else lex


def _split_unit(name: str, lex=None) -> tuple[Optional[str], str]:
    """("district", key of the rest) for "huyện Phú Thiện"; the unit word is read with its
    diacritics, so that "Tịnh Biên" is not taken for "tỉnh Biên". ``lex``: whose vocabulary ``unit`` gives the unit
    words (a caller's lexicon may name others: "thủ đô"); the bundled one when None."""
    n = unicodedata.normalize("NFC", name.strip())
    u = _bundled_units() if lex is None else units(lex)
    m = u.start.match(n)
    if not m:
        return None, _key(n)
    return u.kinds.get(fold_key(m.group(1)).rstrip(".")), _key(n[m.end() :])


def _key(name: str) -> str:
    k = fold_key(name).replace("-", " ").replace(".", " ")
    k = " ".join(k.split())
    return k


@dataclass
class _Index:
    provinces: dict[str, Place]
    districts: dict[str, list[Place]]
    communes: Optional[dict[str, list[Place]]]  # None until asked, when read from the cache: see commune_table
    by_province: dict[str, list[Place]]  # province -> its districts (legacy) or communes (2025)
    by_district: dict[tuple[str, str], list[Place]]  # (province, district) -> its communes (legacy)
    commune_rows: Optional[tuple] = None  # (the stored table, the places) until commune_table makes it

    def commune_table(self) -> dict[str, list[Place]]:
        """Its communes by name. An index read from the disk cache (:func:`_thaw`) makes this table at its first use: a
        document that names no commune (most) never asks, and it is the largest table (13,544 names, legacy). (A method,
        not a class-level ``__getattr__``: that would put every attribute read of the index on CPython's slow path.)"""
        if self.communes is None:
            data, places = self.commune_rows
            self.communes = {k: [places[i] for i in v] for k, v in data.items()}
        return self.communes


def _strip_note(name: str) -> str:
    """ "Phước Long (Thị trấn)": the gazetteer's own disambiguation is not part of the name."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name)


def _add(table: dict[str, list[Place]], place: Place, *names: str) -> None:
    for n in names:
        table.setdefault(_key(n), []).append(place)


@cache
def _index(which: str = LEGACY) -> _Index:
    """The gazetteer of one map (:data:`LEGACY` or :data:`MAP_2025`), indexed by folded name;
    read from the disk cache (:mod:`vanban.cache`) when it was built before with the same data."""
    db = _database()
    key = disk.fingerprint(
        "gazetteer",
        which,
        Path(__file__),
        Path(sys.modules[fold_key.__module__].__file__),
        tables.data_bytes("vocabulary.csv"),
        _stat(db),
    )
    stored = disk.load(f"gazetteer-{which}", key)
    if stored is not None:
        try:
            return _thaw(stored)
        except (KeyError, TypeError, ValueError, IndexError) as e:
            disk.log.info("gazetteer cache unusable (%s): building the index", e)
    idx = _build_index(which, db)
    disk.save(f"gazetteer-{which}", key, _freeze(idx))
    return idx


def data_stamp() -> str:
    """What the index is built from, for a disk cache's key: the gazetteer's database (path, size, time)."""
    return _stat(_database())


def _database() -> Optional[Path]:
    """The gazetteer's SQLite file, found without importing ``vietnamadminunits`` (whose parsers pull in
    shapely, geopy and numpy: most of a second); None when it is not where the package keeps it."""
    import importlib.util

    spec = importlib.util.find_spec("vietnamadminunits")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        db = Path(loc) / "data" / "dataset.db"
        if db.is_file():
            return db
    return None


def _stat(db: Optional[Path]) -> str:
    try:
        st = db.stat() if db else None
    except OSError:
        st = None
    return f"{db}:{st.st_size}:{st.st_mtime_ns}" if st else "package"


def _rows(sql: str, db: Optional[Path]) -> list[dict]:
    if db is not None:
        import sqlite3

        try:
            con = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
            try:
                con.row_factory = sqlite3.Row
                return [dict(r) for r in con.execute(sql)]
            finally:
                con.close()
        except sqlite3.Error:
            pass
    from vietnamadminunits.database import query

    return query(sql)


def _build_index(which: str, db: Optional[Path]) -> _Index:
    legacy = which == LEGACY
    cols = "districtShort, district, districtCode, " if legacy else ""
    rows = _rows(
        f"select distinct provinceShort, province, provinceCode, {cols}wardShort, ward, wardCode "
        f"from {'admin_units_legacy' if legacy else 'admin_units'}",
        db,
    )
    idx = _Index({}, {}, {}, {}, {})
    seen_d: set[str] = set()
    for r in rows:
        p = r["provinceShort"]
        if _key(p) not in idx.provinces:
            pl = Place("province", p, r["province"], p, code=r["provinceCode"], era=which)
            idx.provinces[_key(p)] = idx.provinces[_key(r["province"])] = pl
        d = r["districtShort"] if legacy else None
        if legacy and r["districtCode"] not in seen_d:
            seen_d.add(r["districtCode"])
            dp = Place("district", d, r["district"], p, code=r["districtCode"], era=which)
            _add(idx.districts, dp, d, r["district"])
            idx.by_province.setdefault(p, []).append(dp)
        if r["wardShort"]:
            c = Place("commune", _strip_note(r["wardShort"]), _strip_note(r["ward"]), p, d, r["wardCode"], which)
            _add(idx.communes, c, c.name, c.full)
            if legacy:
                idx.by_district.setdefault((p, d), []).append(c)
            else:
                idx.by_province.setdefault(p, []).append(c)
    # common ways of writing the big cities
    for alias, target in ((w.phrase, w.value) for w in tables.load_vocabulary() if w.list == "city_alias"):
        if target in idx.provinces:
            idx.provinces[alias] = idx.provinces[target]
    return idx


_PLACE_FIELDS = ("kind", "name", "full", "province", "district", "code", "era")


def _freeze(idx: _Index) -> dict:
    """The index as JSON data: each place once, the tables as positions in that list."""
    pos: dict[int, int] = {}
    places: list[list] = []

    def at(pl: Place) -> int:
        if id(pl) not in pos:
            pos[id(pl)] = len(places)
            places.append([getattr(pl, f) for f in _PLACE_FIELDS])
        return pos[id(pl)]

    return {
        "provinces": {k: at(v) for k, v in idx.provinces.items()},
        "districts": {k: [at(x) for x in v] for k, v in idx.districts.items()},
        "communes": {k: [at(x) for x in v] for k, v in idx.commune_table().items()},
        "by_province": {k: [at(x) for x in v] for k, v in idx.by_province.items()},
        "by_district": [[p, d, [at(x) for x in v]] for (p, d), v in idx.by_district.items()],
        "places": places,
    }


def _thaw(data: dict) -> _Index:
    places = [Place(*row) for row in data["places"]]
    if not isinstance(data["communes"], dict):
        raise TypeError("communes are not a table")
    return _Index(
        {k: places[i] for k, i in data["provinces"].items()},
        {k: [places[i] for i in v] for k, v in data["districts"].items()},
        None,  # the communes at their first use (_Index.commune_table)
        {k: [places[i] for i in v] for k, v in data["by_province"].items()},
        {(p, d): [places[i] for i in v] for p, d, v in data["by_district"]},
        (data["communes"], places),
    )


def _maps(when: Optional[_dt.date]) -> tuple[_Index, ...]:
    """The map of ``when`` first, then the other one (a 2026 text may still name a 2021 district)."""
    return (_index(MAP_2025), _index(LEGACY)) if era(when) == MAP_2025 else (_index(LEGACY),)


def _province_place(name: str, when: Optional[_dt.date] = None, lex=None) -> Optional[Place]:
    return _province_in(name, era(when), lex)


@lru_cache(maxsize=4096)
def _province_in(name: str, which: str, lex) -> Optional[Place]:
    for idx in _maps(REFORM_DATE if which == MAP_2025 else None):
        pl = idx.provinces.get(_key(name)) or idx.provinces.get(_split_unit(name, lex)[1])
        if pl is not None:
            return pl
    return None


def province(name: str, when: Optional[_dt.date] = None, lex=None) -> Optional[str]:
    """Short name of a province from any spelling: "TỈNH GIA LAI" -> "Gia Lai" (``lex``: whose unit words, as
    :func:`locate`)."""
    pl = _province_place(name, when, _caller(lex))
    return pl.name if pl else None


def district(name: str, province_name: Optional[str] = None, when: Optional[_dt.date] = None, lex=None) -> list[Place]:
    """Districts with that name (in that province when given); the legacy map's (the 2025 map has none). ``lex``:
    whose unit words, as :func:`locate`."""
    k = _key(name)
    idx = _index(LEGACY)
    cands = idx.districts.get(k) or idx.districts.get(_split_unit(name, _caller(lex))[1]) or []
    if province_name:
        pk = province(province_name, lex=lex)
        cands = [c for c in cands if c.province == pk]
    return list(dict.fromkeys(cands))


def commune(
    name: str,
    district_name: Optional[str] = None,
    province_name: Optional[str] = None,
    when: Optional[_dt.date] = None,
    lex=None,
) -> list[Place]:
    """Communes, wards and townships with that name (in that district and province when given), in the map of ``when``
    (``lex``: whose unit words, as :func:`locate`)."""
    return list(_commune_in(name, district_name, province_name, era(when), _caller(lex)))


@lru_cache(maxsize=8192)
def _commune_in(name: str, district_name: Optional[str], province_name: Optional[str], which: str, lex) -> tuple[Place, ...]:
    """:func:`commune` in the map ``which`` (:func:`era`), kept (as :func:`_locate`): a corpus's letterheads name
    their communes again and again ("ĐẢNG BỘ HUYỆN PHÚ THIỆN / ĐẢNG ỦY XÃ QUANG PHÚ", read by every plan of that
    commune), and the look-up folds and splits each name given again (under cProfile, an eighth of a generated plan's
    letterhead read with its caches warm; 1,673 of 1,800 plans read one)."""
    when = REFORM_DATE if which == MAP_2025 else None
    k = _key(name)
    idx = _maps(when)[0]
    table = idx.commune_table()
    cands = table.get(k) or table.get(_split_unit(name, lex)[1]) or []
    if province_name:
        pk = province(province_name, when, lex)
        cands = [c for c in cands if c.province == pk]
    if district_name:
        want = _split_unit(district_name, lex)[1]  # (once, not for each candidate)
        cands = [c for c in cands if _key(c.district or "") == want]
    return tuple(dict.fromkeys(cands))


def provinces(when: Optional[_dt.date] = None) -> list[str]:
    """Short names of the provinces of the map of ``when`` (legacy: 63; from 1 July 2025: 34)."""
    return sorted({p.name for p in _maps(when)[0].provinces.values()})


@cache
def name_syllables() -> frozenset[str]:
    """The syllables of province and district names of both maps, folded ("gia", "lai", "phu", "thien", …):
    what a place name written without diacritics may contain, so that a word that is none of them ("ve",
    "ngay") ends it ("Uy ban nhan dan tinh ve trien khai")."""
    from ..text import fold

    return frozenset(w for name in _names() for w in fold(name).replace("-", " ").split())


@cache
def _names() -> tuple[str, ...]:
    """The province and district names of both maps, each once."""
    out: dict[str, None] = {}
    for when in (None, REFORM_DATE):
        for p in provinces(when):
            out.update(dict.fromkeys([p, *districts_of(p, when)]))
    return tuple(out)


def _glued_key(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", name).lower() if ch.isalnum())


@cache
def _spellings() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in _names():
        out.setdefault(_glued_key(name), name)
    return out


def respell(name: str) -> Optional[str]:
    """A province or district name as the gazetteer writes it, when ``name`` is the same letters with spaces,
    hyphens or capitals lost ("HàNội", "QuảngTrị", "Bà Rịa -Vũng Tàu"); None otherwise (diacritics are
    never changed).

    >>> respell("ThoạiSơn"), respell("Hà Nôi")
    ('Thoại Sơn', None)
    """
    return _spellings().get(_glued_key(name))


def districts_of(province_name: str, when: Optional[_dt.date] = None) -> list[str]:
    """Short names of the districts of a province (none from 1 July 2025: districts were abolished)."""
    return [d.name for d in units_of(province_name, "district", when)]


def units_of(
    province_name: str, kind: str = "district", when: Optional[_dt.date] = None, district_name: Optional[str] = None
) -> list[Place]:
    """The units of ``kind`` ("district" or "commune") of a province in the map of ``when``.

    >>> [p.written for p in units_of("Bến Tre", "district", _dt.date(2021, 4, 20))][:2]
    ['thành phố Bến Tre', 'huyện Châu Thành']
    >>> units_of("Gia Lai", "district", _dt.date(2025, 8, 22)), len(units_of("Gia Lai", "commune", _dt.date(2025, 8, 22)))
    ([], 135)
    """
    idx = _maps(when)[0]
    pl = _province_place(province_name, when)
    if pl is None or (kind == "district" and idx is not _index(LEGACY)):
        return []
    if idx is not _index(LEGACY):  # 2025: communes sit under the province
        return list(idx.by_province.get(pl.name, []))
    if kind == "district":
        return list(idx.by_province.get(pl.name, []))
    ds = [d.name for d in idx.by_province.get(pl.name, [])]
    if district_name:
        ds = [d.name for d in district(district_name, pl.name)]
    return [c for d in ds for c in idx.by_district.get((pl.name, d), [])]


def locate(
    name: str, kind: Optional[str] = None, within: Optional[str] = None, when: Optional[_dt.date] = None, lex=None
) -> Optional[Place]:
    """The one place a name stands for, or None when unknown or ambiguous.

    ``kind`` ("province"/"district"/"commune") narrows the search, as does the
    unit word in the name ("huyện Phú Thiện"; the unit words of ``lex``'s vocabulary
    ``unit``, a caller's lexicon may name others, the bundled ones when None);
    ``within`` is a province name; ``when`` (a date) chooses the map: a commune of
    2026 is looked up among the communes of the 2025 map.

    >>> locate("Ia Sol", "commune", "Gia Lai", _dt.date(2021, 7, 9)).label
    'Ia Sol, Phú Thiện, Gia Lai'
    """
    return _locate(name, kind, within, era(when), _caller(lex))


@lru_cache(maxsize=8192)
def _locate(name: str, kind: Optional[str], within: Optional[str], which: str, lex) -> Optional[Place]:
    when = REFORM_DATE if which == MAP_2025 else None
    k = _key(name)
    word, bare = _split_unit(name, lex)
    m = word is not None
    if m and kind is None:
        kind = None if word == "city" else word
    if kind in (None, "province"):
        pl = _province_place(bare, when, lex)
        if pl:
            return pl
        if kind == "province":
            return None
    if kind in (None, "district"):
        ds = district(k, within, lex=lex) if m else []
        ds = ds or district(bare, within, lex=lex)
        if len(ds) == 1:
            return ds[0]
        if kind == "district":
            return None
    if kind in (None, "commune") and within:
        cs = commune(bare, province_name=within, when=when, lex=lex)
        if len(cs) == 1:
            return cs[0]
    if kind == "commune" and not within:
        cs = commune(bare, when=when, lex=lex)
        if len(cs) == 1:
            return cs[0]
    return None
