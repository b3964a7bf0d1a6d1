"""A generator of national cascades in realistic phrasing, with the truth of each, for tests and benchmarks.

Each central directive (real code, date and issuer) is followed by a plan of each
provincial party committee, plans of district committees implementing their
province's plan, and plans of commune and ward committees implementing their
district's plan. From 1 July 2025 districts are gone: a directive of August 2025
has provincial plans of the 34 provinces of the 2025 map and commune plans
directly under them. What makes it hard, on purpose:

* plan numbers collide at every level: many provinces have their own ``25-KH/TU``,
  many districts their ``45-KH/HU``, many communes their ``09-KH/ĐU``, and a
  province reuses a number in another year;
* half the citations leave the locality implied ("của Ban Thường vụ Tỉnh ủy");
* communes are real (from the gazetteer) and invented (not in any gazetteer:
  renamed, merged or misspelt in real life), their letterhead naming the district;
* plans also mention documents they do not implement: the local congress
  resolution ("gắn với thực hiện Nghị quyết Đại hội …"), another directive
  ("kết hợp với Chỉ thị số 05-CT/TW"), a report on an earlier plan;
* a few citations carry a typo a check can fix: the type word against the code
  ("Kế hoạch số 25-CT/TU"), a wrong year in the date of the parent plan.

:func:`cascade` gives the documents with their truth (:class:`Generated`: the
parent each implements, the central chain above); :func:`documents` only
``(name, text)``.

    python benchmarks/generate.py 10000 out/generated/    # writes .txt files
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vanban.facts import gazetteer  # noqa: E402

#: (type, code, date, issuer, subject, the central documents above it: its own key first)
DIRECTIVES = [
    (
        "Kết luận",
        "93-KL/TW",
        dt.date(2020, 11, 20),
        "Ban Bí thư",
        "tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị (khóa X) về tiếp tục đổi mới, nâng cao "
        "chất lượng, hiệu quả hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
        ("93-KL/TW#XII", "42-CT/TW#X"),
    ),
    (
        "Nghị quyết",
        "71-NQ/TW",
        dt.date(2025, 8, 22),
        "Bộ Chính trị",
        "đột phá phát triển giáo dục và đào tạo",
        ("71-NQ/TW#XIII",),
    ),
    (
        "Kết luận",
        "21-KL/TW",
        dt.date(2021, 10, 25),
        "Ban Chấp hành Trung ương Đảng",
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
        ("21-KL/TW#XIII",),
    ),
    (
        "Chỉ thị",
        "12-CT/TW",
        dt.date(2022, 1, 5),
        "Ban Bí thư",
        "tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới",
        ("12-CT/TW#XIII",),
    ),
    (
        "Chỉ thị",
        "35-CT/TW",
        dt.date(2019, 5, 30),
        "Bộ Chính trị",
        "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        ("35-CT/TW#XII",),
    ),
    (
        "Nghị quyết",
        "45-NQ/TW",
        dt.date(2023, 11, 24),
        "Ban Chấp hành Trung ương Đảng",
        "tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức",
        ("45-NQ/TW#XIII",),
    ),
    (
        "Chỉ thị",
        "37-CT/TW",
        dt.date(2019, 9, 3),
        "Ban Bí thư",
        "tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới",
        ("37-CT/TW#XII",),
    ),
    (
        "Chỉ thị",
        "35-CT/TW",
        dt.date(2024, 6, 14),
        "Bộ Chính trị",
        "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        ("35-CT/TW#XIII",),
    ),
    (
        "Nghị quyết",
        "18-NQ/TW",
        dt.date(2022, 6, 16),
        "Ban Chấp hành Trung ương Đảng",
        "tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất",
        ("18-NQ/TW#XIII",),
    ),
    (
        "Nghị quyết",
        "35-NQ/TW",
        dt.date(2018, 10, 22),
        "Bộ Chính trị",
        "tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới",
        ("35-NQ/TW#XII",),
    ),
    (
        "Kết luận",
        "34-KL/TW",
        dt.date(2022, 4, 18),
        "Bộ Chính trị",
        "Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030",
        ("34-KL/TW#XIII",),
    ),
]

#: provinces of the legacy map (63) and of the 2025 map (34) the cascades run in
PROVINCES = ["Gia Lai", "Yên Bái", "Bến Tre", "Sơn La", "Nghệ An", "Quảng Nam", "An Giang", "Thái Bình"]
PROVINCES += ["Đắk Lắk", "Lào Cai", "Cà Mau", "Bình Thuận"]
PROVINCES_2025 = ["Gia Lai", "Lào Cai", "Nghệ An", "Vĩnh Long", "An Giang", "Đắk Lắk", "Sơn La", "Cà Mau", "Tây Ninh"]

#: the numbers plans take: few, so that they collide across places, levels and years
NUMBERS = {"provincial": (25, 37, 41, 52, 60), "district": (45, 52, 31, 68, 29), "grassroots": (9, 12, 18, 21, 7)}

#: documents a plan mentions without implementing them (code, citation); their codes are not plan codes
CONTEXT = [
    (
        "05-CT/TW",
        "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh",
    ),
    (
        "21-NQ/TW",
        "Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng về tăng cường củng cố, xây dựng tổ "
        "chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới",
    ),
]

_SYLLABLES = ["Quang", "Phú", "Tân", "Hòa", "Thạnh", "Đông", "Lạc", "Xuân", "Vinh", "Hưng", "Kim", "Ngọc", "Thới", "Long"]

BODY = [
    "- Quán triệt sâu rộng nội dung kế hoạch đến cán bộ, đảng viên và Nhân dân; xác định đây là nhiệm vụ thường xuyên "
    "của cả hệ thống chính trị.",
    "- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể "
    "chính trị - xã hội.",
    "- Định kỳ sơ kết, đánh giá kết quả thực hiện, kịp thời biểu dương các tập thể, cá nhân có thành tích tiêu biểu.",
    "- Bố trí nguồn lực phù hợp, bảo đảm các điều kiện cần thiết để triển khai có hiệu quả các nhiệm vụ, giải pháp đã đề ra.",
]

NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Giang", "Đặng Văn Hùng"]


@dataclass
class Generated:
    """One generated document and its truth."""

    name: str  # the path, also the Document's path
    text: str
    level: str  # "provincial" | "district" | "grassroots"
    code: str
    date: dt.date
    province: str
    district: Optional[str]
    commune: Optional[str]
    parent: Optional[str]  # the name of the document it implements; None: the directive itself
    central: tuple[str, ...]  # the keys of the central chain above the provincial plans
    invented: bool = False  # the commune is not in the gazetteer
    typo: Optional[str] = None  # the typo planted in its citation of the parent: "type" | "year"
    mentions: list[str] = field(default_factory=list)  # codes of documents mentioned, not implemented

    @property
    def root(self) -> str:
        return self.central[0]


def _d(x: dt.date) -> str:
    return f"{x.day}/{x.month}/{x.year}"


def _text(
    head: list[str], place: str, date: dt.date, code: str, title: str, preamble: str, body: list[str], rng, below: str = ""
) -> str:
    """A plan; ``below`` names the committees of the level below, asked for their plans by a deadline."""
    paras = rng.sample(BODY, 3) + body
    rng.shuffle(paras)
    deadline = date + dt.timedelta(days=45)
    ask = f"\n\n3. {below} xây dựng kế hoạch triển khai thực hiện, hoàn thành trước ngày {_d(deadline)}." if below else ""
    return (
        "\n".join(head)
        + f"\n*\nSố {code}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày {date.day:02d} tháng {date.month} năm {date.year}\n\n"
        f"KẾ HOẠCH\n{title}\n-----\n{preamble}\n\nI- MỤC ĐÍCH, YÊU CẦU\n\n"
        + "\n\n".join(paras)
        + "\n\nII- TỔ CHỨC THỰC HIỆN\n\n1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch cụ thể, tổ chức thực hiện nghiêm túc."
        "\n\n2. Văn phòng chủ trì, phối hợp theo dõi, đôn đốc, tổng hợp, báo cáo kết quả." + ask + "\n\n"
        f"Nơi nhận:\n- Như trên,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\n(Đã ký)\n\n{rng.choice(NAMES)}\n"
    )


class _Numbers:
    """Plan numbers drawn from small pools, never twice for one issuer in one year (``used``: the numbers given,
    shared by the cascades of several seeds written into one corpus)."""

    def __init__(self, rng: random.Random, used: Optional[set] = None):
        self.rng, self.used = rng, used if used is not None else set()

    def draw(self, level: str, place: tuple, year: int) -> int:
        pool = list(NUMBERS[level])
        self.rng.shuffle(pool)
        for n in pool + list(range(100, 999)):
            if (level, place, year, n) not in self.used:
                self.used.add((level, place, year, n))
                return n
        raise RuntimeError("no number left")


@dataclass
class _Directive:
    doc_type: str
    code: str
    date: dt.date
    issuer: str
    subject: str
    central: tuple[str, ...]

    @property
    def full(self) -> str:
        return f"{self.doc_type} số {self.code}, ngày {_d(self.date)} của {self.issuer} về {self.subject}"

    @property
    def short(self) -> str:
        return f"{self.doc_type} số {self.code.split('-')[0]}"

    @property
    def new_map(self) -> bool:
        return gazetteer.era(self.date) == gazetteer.MAP_2025


class _Writer:
    """Writes the documents of one national cascade after another."""

    def __init__(self, seed: int, n: int, used: Optional[set] = None):
        self.rng = random.Random(seed)
        self.numbers = _Numbers(self.rng, used)
        self.n = n
        self.out: list[Generated] = []
        # a national corpus of n documents: enough provinces and districts for every feature at 300
        self.n_provinces = 8 if n <= 1000 else len(PROVINCES)
        self.n_districts = max(2, min(12, n // 700))
        self.n_communes = (3, 6) if n <= 1000 else (4, 12)

    def full(self) -> bool:
        return len(self.out) >= self.n

    def emit(self, g: Generated) -> None:
        if not self.full():
            self.out.append(g)

    def typo(self) -> Optional[str]:
        x = self.rng.random()
        return "type" if x < 0.03 else ("year" if x < 0.06 else None)

    def explicit(self) -> bool:
        """Half the citations say the locality, half leave it to the citing document."""
        return self.rng.random() < 0.5


def _cite_parent(kind: str, code: str, date: dt.date, issuer: str, place: str, explicit: bool, typo: Optional[str]) -> str:
    """ "Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy [Gia Lai]", with the typo planted."""
    if typo == "type":
        code = code.replace("-KH/", "-CT/")
    if typo == "year":
        date = date.replace(year=date.year - 1) if not (date.month == 2 and date.day == 29) else date
    return f"{kind} số {code}, ngày {_d(date)} của {issuer}{' ' + place if explicit else ''}"


def _provincial(w: _Writer, dv: _Directive, p: str) -> Generated:
    rng = w.rng
    date = dv.date + dt.timedelta(days=rng.randint(20, 120))
    code = f"{w.numbers.draw('provincial', (p,), date.year)}-KH/TU"
    congress = "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025"
    extra = [
        f"- Việc triển khai phải nghiêm túc, thiết thực, gắn với thực hiện {congress}.",
        f"- Quán triệt, tuyên truyền sâu rộng {dv.short} của {dv.issuer}.",
    ]
    ctx_code, ctx_cite = rng.choice(CONTEXT)
    extra.append(f"- Kết hợp với việc thực hiện {ctx_cite}.")
    text = _text(
        [f"TỈNH ỦY {p.upper()}"],
        p,
        date,
        code,
        f"thực hiện {dv.full}",
        f"Thực hiện {dv.full} (sau đây gọi tắt là {dv.short}), Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:",
        extra,
        rng,
        "Các đảng ủy xã, phường trực thuộc" if dv.new_map else "Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy",
    )
    name = f"{dv.code.replace('/', '-')}/{p}/{code.replace('/', '-')}-{date.year}.txt"
    return Generated(name, text, "provincial", code, date, p, None, None, None, dv.central, mentions=[ctx_code])


def _district(w: _Writer, dv: _Directive, prov: Generated, dplace) -> Generated:
    rng, p = w.rng, prov.province
    date = prov.date + dt.timedelta(days=rng.randint(10, 100))
    code = f"{w.numbers.draw('district', (p, dplace.name), date.year)}-KH/HU"
    committee = {"thành phố": "THÀNH ỦY", "thị xã": "THỊ ỦY", "quận": "QUẬN ỦY"}.get(dplace.unit, "HUYỆN ỦY")
    typo = w.typo()
    parent = _cite_parent("Kế hoạch", prov.code, prov.date, "Ban Thường vụ Tỉnh ủy", p, w.explicit(), typo)
    if rng.random() < 0.5:  # the central directive and the provincial plan: one chain all the same
        preamble = f"Căn cứ {dv.full}; thực hiện {parent} về thực hiện {dv.short},"
    else:
        preamble = f"Thực hiện {parent} về thực hiện {dv.full},"
    title = rng.choice([f"thực hiện {dv.full}", f"thực hiện Kế hoạch số {prov.code} của Ban Thường vụ Tỉnh ủy về {dv.short}"])
    ctx_code, ctx_cite = rng.choice(CONTEXT)
    body = [
        f"- Thực hiện nghiêm túc {dv.short} của {dv.issuer} và Kế hoạch số {prov.code}, ngày {_d(prov.date)} của Ban Thường"
        " vụ Tỉnh ủy.",
        "- Gắn với thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.",
        f"- Kết hợp với việc thực hiện {ctx_cite}.",
    ]
    text = _text(
        [f"ĐẢNG BỘ TỈNH {p.upper()}", f"{committee} {dplace.name.upper()}"],
        dplace.name,
        date,
        code,
        title,
        f"{preamble} Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:",
        body,
        rng,
        "Các đảng ủy xã, thị trấn",
    )
    name = f"{prov.name.rsplit('.', 1)[0]}/{dplace.name}/{code.replace('/', '-')}-{date.year}.txt"
    g = Generated(name, text, "district", code, date, p, dplace.name, None, prov.name, dv.central, typo=typo)
    g.mentions.append(ctx_code)
    return g


def _invented(w: _Writer, province: str, district: Optional[str], when: dt.date) -> Optional[str]:
    """A commune name no gazetteer knows in that place (a renamed, merged or misspelt commune)."""
    if district and len(gazetteer.district(district)) > 1:
        return None  # "ĐẢNG BỘ HUYỆN CHÂU THÀNH": ten provinces; only a known commune tells which
    for _ in range(20):
        name = " ".join(w.rng.sample(_SYLLABLES, 2))
        if not gazetteer.commune(name, district, province, when) and not gazetteer.district(name):
            return name
    return None


def _communes(w: _Writer, province: str, district: Optional[str], when: dt.date) -> list[tuple[str, str, bool]]:
    """(name, unit word, invented) of the communes that write plans: real ones the letterhead pins down, and invented ones."""
    units = [c for c in gazetteer.units_of(province, "commune", when, district) if "'" not in c.name and c.name[:1].isupper()]
    real = [c for c in units if len(gazetteer.commune(c.name, district, None if district else province, when)) == 1]
    k = w.rng.randint(*w.n_communes)
    picked = [(c.name, c.unit, False) for c in w.rng.sample(real, min(k, len(real)))]
    for i in range(len(picked)):
        if w.rng.random() < 0.25 and (name := _invented(w, province, district, when)):
            picked[i] = (name, "xã", True)
    return picked


def _commune(w: _Writer, dv: _Directive, parent: Generated, c: tuple[str, str, bool]) -> Generated:
    rng, p, d = w.rng, parent.province, parent.district
    cname, unit, invented = c
    date = parent.date + dt.timedelta(days=rng.randint(5, 60))
    code = f"{w.numbers.draw('grassroots', (p, d, cname), date.year)}-KH/ĐU"
    upper = "ĐẢNG BỘ TỈNH " + p.upper() if d is None else f"ĐẢNG BỘ {gazetteer.locate(d, 'district', p).full.upper()}"
    committee = "Tỉnh ủy" if d is None else "Huyện ủy"
    typo = w.typo()
    cite = _cite_parent("Kế hoạch", parent.code, parent.date, f"Ban Thường vụ {committee}", d or p, w.explicit(), typo)
    congress = "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025" if d else "Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025 - 2030"
    text = _text(
        [upper, f"ĐẢNG ỦY {unit.upper()} {cname.upper()}"],
        cname,
        date,
        code,
        f"thực hiện Kế hoạch số {parent.code} của Ban Thường vụ {committee}",
        f"Thực hiện {cite} về thực hiện {dv.short} của {dv.issuer}, Ban Thường vụ Đảng ủy xây dựng kế hoạch thực hiện như sau:",
        [f"- Bám sát Kế hoạch số {parent.code} của Ban Thường vụ {committee}.", f"- Gắn với thực hiện {congress}."],
        rng,
    )
    name = f"{parent.name.rsplit('.', 1)[0]}/{cname}-{code.replace('/', '-')}-{date.year}.txt"
    return Generated(name, text, "grassroots", code, date, p, d, cname, parent.name, dv.central, invented, typo)


def _one_cascade(w: _Writer, dv: _Directive) -> None:
    provinces = (PROVINCES_2025 if dv.new_map else PROVINCES)[: w.n_provinces]
    for p in provinces:
        prov = _provincial(w, dv, p)
        w.emit(prov)
        if dv.new_map:  # from 1 July 2025: communes directly under the province
            for c in _communes(w, p, None, prov.date)[: 2 * w.n_districts]:
                w.emit(_commune(w, dv, prov, c))
            continue
        # names with an apostrophe ("Cư M'gar") are not read yet (letterhead, place-date line, issuer locality)
        districts = [x for x in gazetteer.units_of(p, "district", prov.date) if "'" not in x.name]
        for dplace in w.rng.sample(districts, min(w.n_districts, len(districts))):
            dist = _district(w, dv, prov, dplace)
            if gazetteer.era(dist.date) != gazetteer.LEGACY:
                continue  # districts were abolished on 1 July 2025
            w.emit(dist)
            for c in _communes(w, p, dplace.name, dist.date):
                cd = _commune(w, dv, dist, c)
                if gazetteer.era(cd.date) == gazetteer.LEGACY:
                    w.emit(cd)
        if w.full():
            return


def cascade(n: int, seed: int = 1, used: Optional[set] = None) -> list[Generated]:
    """``n`` documents of successive national cascades, with their truth (see :class:`Generated`);
    fewer when :data:`DIRECTIVES` are exhausted (about 14,000 documents). ``used``: the plan numbers other
    seeds gave (each issuer's, each year), not given again: a corpus of several seeds has the same provinces,
    districts and years, and a committee numbers its plans once (without it, 39% of the documents of 100k shared
    their code, place and year with another of another date: 74,546 of the 74,713 date conflicts found)."""
    w = _Writer(seed, n, used)
    for spec in DIRECTIVES:
        _one_cascade(w, _Directive(*spec))
        if w.full():
            break
    return w.out


def score(G, generated: list[Generated]) -> dict:
    """How the graph ``G`` of the ``generated`` documents matches their truth: files sharing a node,
    documents whose cascade parents are not exactly their true parent, lineages that are not
    exactly the true chain, and phantom nodes (cited-only nodes that are no real document: a
    misspelt code, a wrong year, an unknown locality), with a few examples of each."""
    from vanban.graph import cascade_view, lineage

    node: dict[str, list[str]] = {}
    for n, a in G.nodes(data=True):
        for p in {a.get("path")} | set(a.get("paths") or ()):
            if p:
                node.setdefault(p, []).append(n)
    by_name = {g.name: g for g in generated}
    own = {g.name: (node.get(g.name) or ["?"])[0] for g in generated}
    holders: dict[str, int] = {}
    for g in generated:
        holders[own[g.name]] = holders.get(own[g.name], 0) + 1
    V = cascade_view(G)
    out = {"documents": len(generated), "shared_node": [], "wrong_parent": [], "wrong_lineage": [], "phantoms": []}
    for g in generated:
        n = own[g.name]
        if n == "?" or holders[n] > 1:
            out["shared_node"].append(g.name)
            continue
        parent = own[g.parent] if g.parent else g.central[0]
        if set(V.successors(n)) != {parent}:
            out["wrong_parent"].append((g.name, parent, sorted(V.successors(n))))
        chain, x = [n], g
        while x.parent:
            x = by_name[x.parent]
            chain.append(own[x.name])
        if lineage(G, n) != [chain + list(g.central)]:
            out["wrong_lineage"].append((g.name, lineage(G, n)))
    real = {k for g in generated for k in g.central} | {m for g in generated for m in g.mentions}
    for n, a in G.nodes(data=True):
        if not a.get("in_corpus") and n not in real and a.get("code") not in real and not n.startswith("named:"):
            out["phantoms"].append(n)
    return out


def documents(n: int, seed: int = 1, used: Optional[set] = None) -> Iterator[tuple[str, str]]:
    """``n`` documents as (name, text), in cascade order (``used``: see :func:`cascade`)."""
    for g in cascade(n, seed, used):
        yield g.name, g.text


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("out/generated")
    for name, text in documents(n):
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    print(f"{n} documents in {out}")
