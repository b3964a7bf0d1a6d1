"""The geometry of a cascade drawing, in points, shared by the PNG and the HTML page.

Levels are columns, from the directive on the left to the communes on the right; a
document citing one of its own level (a report reviewing a plan, a State plan amending
another) gets a sub-column. Rows are grouped in bands, one per province, split per
district. The order inside each column comes from igraph's Sugiyama layout (barycentre
crossing reduction) over the chain; groups are kept whole by a stable sort on
(province, district) that keeps igraph's order inside each group. Each box holds its
label, so an edge (from the citing box's left side to the cited box's right side,
passing other columns through their free gaps) never runs over a label.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> sc = scene(G, "42-CT/TW#X")
    >>> [c.row for c in sc.columns][:3]
    ['central', 'central', 'provincial']
    >>> sc.boxes["45-KH/HU@Phú Thiện, Gia Lai#2021"].lines
    ('45-KH/HU', 'Phú Thiện 2021')
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from dataclasses import dataclass, field
from statistics import fmean
from typing import Optional

from ..text import fold_key
from .measure import width
from .select import ROW_NAMES, ROWS, SOLID, Link, Selection, select

__all__ = ["scene", "Scene", "Box", "Label", "Route", "Band", "Column", "FONT"]

FONT = 8.0  # box labels
HEAD_FONT = 8.5  # column names
TITLE_FONT = 10.5
LINE = FONT * 1.3
BOX_H = 2 * LINE + 5
PAD = 5  # text to box side
STUB = 7  # widest box to column side: every arrow ends on a short level run
GAP = 22  # between columns
VGAP = 5  # between boxes of a column
BAND_HEAD = 13
DIST_HEAD = 12
BAND_GAP = 5
MARGIN = 10
CLEAR = 2.0  # an edge keeps this far from any label
PORT = 7.0  # between two arrows arriving at one box


@dataclass
class Box:
    id: str
    x: float
    y: float
    w: float
    h: float
    lines: tuple[str, str]
    style: str
    row: str
    col: int
    root: bool
    info: dict
    count: int
    province: Optional[str] = None

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


@dataclass
class Label:
    text: str
    x: float  # left
    y: float  # top
    w: float
    h: float
    size: float
    kind: str  # title, column, province, district, legend, note
    bold: bool = False
    italic: bool = False


@dataclass
class Route:
    source: str
    target: str
    points: list[tuple[float, float]]
    chain: bool
    solid: bool
    relations: tuple[str, ...]
    count: int


@dataclass
class Band:
    x: float
    y: float
    w: float
    h: float
    depth: int  # 0: a province, 1: a district
    name: str


@dataclass
class Column:
    row: str
    sub: int
    x: float
    w: float


@dataclass
class Swatch:
    kind: str  # a box style, "root", or a line: "solid", "dashed", "shortcut"
    x: float
    y: float
    label: Label


@dataclass
class Scene:
    """Everything drawn, in points from the top left (y grows downward)."""

    width: float
    height: float
    title: str
    boxes: dict[str, Box]
    routes: list[Route]
    bands: list[Band]
    labels: list[Label]
    columns: list[Column]
    legend: list[Swatch] = field(default_factory=list)
    selection: Optional[Selection] = None

    def text_boxes(self) -> list[tuple[str, float, float, float, float]]:
        """(text, left, top, right, bottom) of every text drawn: box labels and the others."""
        out = [(" / ".join(b.lines), b.x, b.y, b.right, b.bottom) for b in self.boxes.values()]
        out += [(lb.text, lb.x, lb.y, lb.x + lb.w, lb.y + lb.h) for lb in self.labels]
        out += [(s.label.text, s.label.x, s.label.y, s.label.x + s.label.w, s.label.y + s.label.h) for s in self.legend]
        return out


def scene(
    G,
    root,
    *,
    province: Optional[str] = None,
    aggregate: Optional[bool] = None,
    ancestors: bool = True,
    shortcuts: bool = False,
    title: Optional[str] = None,
) -> Scene:
    """Lay out the cascade of ``root`` (see the module doc); ``province`` draws one province only,
    ``aggregate`` forces or forbids the counted view, ``shortcuts`` adds the direct citations of
    higher documents, faded."""
    sel = select(G, root, province=province, aggregate=aggregate, ancestors=ancestors, shortcuts=shortcuts)
    cols = _columns(sel)
    order = _order(sel, cols)
    boxes = _boxes(sel, cols)
    columns = _place_columns(sel, cols, boxes)
    heading = title or _title(G, sel)
    top = MARGIN + TITLE_FONT * 1.6 + HEAD_FONT * 1.8
    bands, labels, bottom = _vertical(sel, columns, boxes, order, top)
    right = max([MARGIN + width(heading, TITLE_FONT, bold=True)] + [c.x + c.w for c in columns]) + MARGIN
    for b in bands:
        b.w = right - MARGIN / 2 - b.x
    routes = _routes(sel, boxes, columns, labels)
    labels.insert(
        0, Label(heading, MARGIN, MARGIN, width(heading, TITLE_FONT, bold=True), TITLE_FONT * 1.3, TITLE_FONT, "title", True)
    )
    labels += _column_labels(columns, MARGIN + TITLE_FONT * 1.6)
    sc = Scene(right, bottom, heading, boxes, routes, bands, labels, columns, selection=sel)
    _legend(sc, sel)
    return sc


def _title(G, sel: Selection) -> str:
    a = G.nodes[sel.root]
    when = (
        a["date"].strftime("%d/%m/%Y") if isinstance(a.get("date"), _dt.date) else (f"khóa {a['term']}" if a.get("term") else "")
    )
    said = ", ".join(x for x in (a.get("issuer"), when) if x)
    name = " ".join(x for x in (a.get("doc_type"), a.get("code") or sel.root) if x)
    out = f"Cascade of {name}" + (f" ({said})" if said else "")
    if sel.province:
        out += f" in {sel.province}"
    return out + f": {sel.documents} documents" + (", counted per province" if sel.aggregated and not sel.province else "")


def _columns(sel: Selection) -> dict[str, tuple[int, int]]:
    """item -> (row index, sub-column): a document citing one of its own row goes one sub-column right."""
    same: dict[str, list[str]] = defaultdict(list)
    for ln in sel.links:
        if ln.chain and sel.items[ln.source].row == sel.items[ln.target].row:
            same[ln.source].append(ln.target)
    depth: dict[str, int] = {}

    def sub(n: str, path: frozenset) -> int:
        if n not in depth:
            ups = [sub(t, path | {n}) + 1 for t in same.get(n, []) if t not in path]
            depth[n] = max(ups, default=0)
        return depth[n]

    return {n: (ROWS.index(it.row), sub(n, frozenset())) for n, it in sel.items.items()}


def _order(sel: Selection, cols: dict) -> dict[str, float]:
    """A position of each item inside its column from igraph's Sugiyama layout of the chain
    (the barycentre heuristic); without igraph, the order of a walk down from the root."""
    keys = sorted(set(cols.values()))
    layer = {n: keys.index(c) for n, c in cols.items()}
    ids = list(sel.items)
    index = {n: i for i, n in enumerate(ids)}
    edges = [(index[ln.target], index[ln.source]) for ln in sel.links if ln.chain and layer[ln.target] < layer[ln.source]]
    try:
        import igraph
    except ImportError:  # pragma: no cover - without the "plot" extra
        return _walk_order(sel, ids, edges)
    g = igraph.Graph(n=len(ids), edges=edges, directed=True)
    lay = g.layout_sugiyama(layers=[layer[n] for n in ids], maxiter=200)
    return {n: lay.coords[i][0] for i, n in enumerate(ids)}


def _walk_order(sel: Selection, ids: list[str], edges: list[tuple[int, int]]) -> dict[str, float]:
    down: dict[int, list[int]] = defaultdict(list)
    for t, s in edges:
        down[t].append(s)
    seen: dict[int, float] = {}
    stack = [ids.index(sel.root)] + list(range(len(ids)))
    while stack:
        i = stack.pop(0)
        if i not in seen:
            seen[i] = len(seen)
            stack[:0] = sorted(down[i], key=lambda j: (sel.items[ids[j]].province or "", sel.items[ids[j]].lines))
    return {ids[i]: v for i, v in seen.items()}


def _boxes(sel: Selection, cols: dict) -> dict[str, Box]:
    incoming: dict[str, int] = defaultdict(int)
    for ln in sel.links:
        incoming[ln.target] += 1
    out = {}
    for n, it in sel.items.items():
        w = max(width(it.lines[0], FONT, bold=True), width(it.lines[1], FONT)) + 2 * PAD
        h = max(BOX_H, PORT * (incoming[n] + 1))
        out[n] = Box(n, 0.0, 0.0, w, h, it.lines, it.style, it.row, 0, n == sel.root, it.info, len(it.members), it.province)
    keys = sorted(set(cols.values()))
    for n, b in out.items():
        b.col = keys.index(cols[n])
    return out


def _place_columns(sel: Selection, cols: dict, boxes: dict[str, Box]) -> list[Column]:
    keys = sorted(set(cols.values()))
    columns = [Column(ROWS[r], s, 0.0, 0.0) for r, s in keys]
    for b in boxes.values():
        columns[b.col].w = max(columns[b.col].w, b.w + 2 * STUB)
    first_band, first_dist = _band_columns(columns)
    for it in sel.items.values():  # the band names are written in the first columns of their bands
        if first_band is not None and it.row != "central":
            columns[first_band].w = max(columns[first_band].w, width(it.province or "?", FONT, bold=True) + 2 * STUB)
        if first_dist is not None and it.district and it.row in ("district", "grassroots"):
            columns[first_dist].w = max(columns[first_dist].w, width(it.district, FONT, italic=True) + 2 * STUB)
    x = MARGIN
    for c in columns:
        c.x, x = x, x + c.w + GAP
    for b in boxes.values():
        c = columns[b.col]
        b.x = c.x + (c.w - b.w) / 2
    return columns


def _band_columns(columns: list[Column]) -> tuple[Optional[int], Optional[int]]:
    first_band = next((i for i, c in enumerate(columns) if c.row != "central"), None)
    first_dist = next((i for i, c in enumerate(columns) if c.row in ("district", "grassroots")), None)
    return first_band, first_dist


def _stack(bs: list[Box]) -> float:
    return sum(b.h for b in bs) + VGAP * max(len(bs) - 1, 0)


def _vertical(sel: Selection, columns: list[Column], boxes: dict[str, Box], order: dict, top: float):
    """Bands per province (and district), the range of rows each box may take, then the boxes placed."""
    groups: dict[str, dict[Optional[str], list[str]]] = defaultdict(lambda: defaultdict(list))
    for n, it in sel.items.items():
        if it.row != "central":
            groups[it.province or "?"][it.district if it.row in ("district", "grassroots") else "\x00"].append(n)
    rank = {p: _rank(sel, [n for d in ds.values() for n in d], order, "central") for p, ds in groups.items()}
    first_band, first_dist = _band_columns(columns)
    ranges: dict[str, tuple[float, float]] = {}
    bands: list[Band] = []
    labels: list[Label] = []
    y = top
    for p in sorted(groups, key=lambda p: (p == "?", rank[p], fold_key(p))):
        y = _province_band(sel, p, groups[p], boxes, order, columns, (first_band, first_dist), ranges, bands, labels, y)
    central = [n for n, it in sel.items.items() if it.row == "central"]
    bottom = max(y, top + _stack([boxes[n] for n in central]))
    for n in central:
        ranges[n] = (top, bottom)
    _place(sel, boxes, ranges, order)
    return bands, labels, bottom + MARGIN


def _rank(sel: Selection, members: list[str], order: dict, row: str) -> float:
    """Where a group goes: level with the boxes of ``row`` its chain reaches (the barycentre), then by name."""
    ms = set(members)
    up = [order[ln.target] for ln in sel.links if ln.chain and ln.source in ms and sel.items[ln.target].row == row]
    return round(fmean(up), 3) if up else float("inf")


def _province_band(sel, p, dists, boxes, order, columns, firsts, ranges, bands, labels, y) -> float:
    first_band, first_dist = firsts
    at = len(bands)  # the province's band goes under its districts'
    y_in = y + BAND_HEAD
    own = dists.get("\x00", [])
    per_col: dict[int, list[Box]] = defaultdict(list)
    for n in own:
        per_col[boxes[n].col].append(boxes[n])
    need = max((_stack(v) for v in per_col.values()), default=0.0)
    yd = y_in
    drank = {d: _rank(sel, ns, order, "provincial") for d, ns in dists.items() if d != "\x00"}
    for d in sorted(drank, key=lambda d: (d is None, drank[d], fold_key(d or ""))):
        per: dict[int, list[Box]] = defaultdict(list)
        for n in dists[d]:
            per[boxes[n].col].append(boxes[n])
        head = DIST_HEAD if d else 0.0
        block = head + max(_stack(v) for v in per.values())
        for n in dists[d]:
            ranges[n] = (yd + head, yd + block)
        if d and first_dist is not None:
            x0 = columns[first_dist].x - GAP / 2 + 3
            bands.append(Band(x0, yd - 2, 0.0, block + 4, 1, d))
            c = columns[first_dist]
            labels.append(Label(d, c.x + STUB, yd, width(d, FONT, italic=True), FONT * 1.25, FONT, "district", italic=True))
        yd += block + VGAP + 2
    content = max(need, yd - y_in)
    for n in own:
        ranges[n] = (y_in, y_in + content)
    x0 = columns[first_band].x - GAP / 2
    name = p if p != "?" else "province unknown"
    bands.insert(at, Band(x0, y, 0.0, content + BAND_HEAD + 3, 0, name))
    c = columns[first_band]
    labels.append(Label(name, c.x + STUB, y + 1.5, width(name, FONT, bold=True), FONT * 1.25, FONT, "province", bold=True))
    return y + content + BAND_HEAD + 3 + BAND_GAP


def _place(sel: Selection, boxes: dict[str, Box], ranges: dict, order: dict) -> None:
    """Column by column from the right: a box goes level with the boxes citing it, in its range,
    without touching its neighbours."""
    citers: dict[str, list[str]] = defaultdict(list)
    for ln in sel.links:
        if ln.chain:
            citers[ln.target].append(ln.source)
    ncols = max(b.col for b in boxes.values()) + 1
    for col in reversed(range(ncols)):
        by_range: dict[tuple, list[Box]] = defaultdict(list)
        for b in boxes.values():
            if b.col == col:
                by_range[ranges[b.id]].append(b)
        for (lo, hi), bs in by_range.items():
            bs.sort(key=lambda b: order[b.id])
            natural, y = {}, lo
            for b in bs:
                natural[b.id], y = y + b.h / 2, y + b.h + VGAP
            want = {}
            for b in bs:
                kids = [boxes[s] for s in citers[b.id] if boxes[s].col > col]
                want[b.id] = fmean(k.y + k.h / 2 for k in kids) if kids else natural[b.id]
            bs.sort(key=lambda b: (want[b.id], order[b.id]))
            _spread(bs, [want[b.id] for b in bs], lo, hi)


def _spread(bs: list[Box], want: list[float], lo: float, hi: float) -> None:
    prev = lo - VGAP
    for b, w in zip(bs, want):
        b.y = max(w - b.h / 2, prev + VGAP)
        prev = b.y + b.h
    nxt = hi + VGAP
    for b in reversed(bs):
        b.y = max(min(b.y, nxt - VGAP - b.h), lo)
        nxt = b.y


def _routes(sel: Selection, boxes: dict[str, Box], columns: list[Column], labels: list[Label]) -> list[Route]:
    """Each link as a polyline from the citing box's left side to the cited box's right side."""
    drawable = [ln for ln in sel.links if boxes[ln.target].col < boxes[ln.source].col]
    outs: dict[str, list[Link]] = defaultdict(list)
    ins: dict[str, list[Link]] = defaultdict(list)
    for ln in drawable:
        outs[ln.source].append(ln)
        ins[ln.target].append(ln)
    port: dict[tuple[str, str, str], float] = {}
    for side, table, other in (("out", outs, "target"), ("in", ins, "source")):
        for n, lns in table.items():
            b = boxes[n]
            lns.sort(key=lambda ln: boxes[getattr(ln, other)].y + boxes[getattr(ln, other)].h / 2)
            for k, ln in enumerate(lns):
                port[side, ln.source, ln.target] = b.y + b.h * (k + 1) / (len(lns) + 1)
    blocked = _obstacles(boxes, columns, labels)
    passes: dict[int, list[float]] = defaultdict(list)  # heights already taken through each column
    out = []
    for ln in drawable:
        s, t = boxes[ln.source], boxes[ln.target]
        ys, yt = port["out", ln.source, ln.target], port["in", ln.source, ln.target]
        cs, ct = columns[s.col], columns[t.col]
        pts = [(s.x, ys), (cs.x, ys)]
        x0, x1 = cs.x, ct.x + ct.w
        for k in range(s.col - 1, t.col, -1):
            c = columns[k]
            frac = (x0 - (c.x + c.w / 2)) / (x0 - x1) if x0 != x1 else 0.5
            yk = _free(blocked[k], ys + (yt - ys) * frac)
            for _ in range(6):  # two edges through one gap run side by side, not on top of each other
                if not any(abs(yk - p) < 2.5 for p in passes[k]):
                    break
                yk = _free(blocked[k], yk + 3.0)
            passes[k].append(yk)
            pts += [(c.x + c.w, yk), (c.x, yk)]
        pts += [(ct.x + ct.w, yt), (t.right, yt)]
        out.append(Route(ln.source, ln.target, pts, ln.chain, ln.solid, ln.relations, ln.count))
    return out


def _obstacles(boxes: dict[str, Box], columns: list[Column], labels: list[Label]) -> list[list[tuple[float, float]]]:
    """Per column, the merged vertical spans an edge may not cross (boxes and band names)."""
    spans: list[list[tuple[float, float]]] = [[] for _ in columns]
    for b in boxes.values():
        spans[b.col].append((b.y - CLEAR, b.bottom + CLEAR))
    for lb in labels:
        for k, c in enumerate(columns):
            if lb.x < c.x + c.w and c.x < lb.x + lb.w:
                spans[k].append((lb.y - CLEAR, lb.y + lb.h + CLEAR))
    out = []
    for sp in spans:
        merged: list[list[float]] = []
        for a, b in sorted(sp):
            if merged and a <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        out.append([(a, b) for a, b in merged])
    return out


def _free(spans: list[tuple[float, float]], y: float) -> float:
    """The nearest height to ``y`` outside every span (and half a point clear of it)."""
    for a, b in spans:
        if a < y < b:
            return a - 0.5 if y - a < b - y else b + 0.5
    return y


def _column_labels(columns: list[Column], y: float) -> list[Label]:
    out = []
    for row in ROWS:
        cs = [c for c in columns if c.row == row]
        if not cs:
            continue
        text = ROW_NAMES[row]
        w = width(text, HEAD_FONT, bold=True)
        mid = (cs[0].x + cs[-1].x + cs[-1].w) / 2
        out.append(Label(text, mid - w / 2, y, w, HEAD_FONT * 1.3, HEAD_FONT, "column", True))
    return out


_STYLE_TEXT = {
    "party": "party document",
    "state": "State document",
    "cited": "only cited (not in the corpus)",
    "group": "documents counted together",
    "root": "the document whose cascade is drawn",
}


def _legend(sc: Scene, sel: Selection) -> None:
    """Only what is drawn, in rows under the picture."""
    kinds = [k for k in ("party", "state", "cited", "group") if any(b.style == k for b in sc.boxes.values())] + ["root"]
    solid = sorted({r for rt in sc.routes if rt.chain and rt.solid for r in rt.relations if r in SOLID})
    dashed = sorted({r for rt in sc.routes if rt.chain and not rt.solid for r in rt.relations})
    entries = [(k, _STYLE_TEXT[k]) for k in kinds]
    if solid:
        entries.append(("solid", " / ".join(solid) + " (arrow to the document implemented)"))
    if dashed:
        entries.append(("dashed", " / ".join(dashed)))
    if any(not rt.chain for rt in sc.routes):
        entries.append(("shortcut", "also cites a higher document directly"))
    if sel.hidden and not any(not rt.chain for rt in sc.routes):
        entries.append(("note", f"{sel.hidden} direct citations of higher documents not drawn"))
    x, y = MARGIN, sc.height
    for kind, text in entries:
        w = width(text, FONT)
        if x + 24 + w > sc.width - MARGIN and x > MARGIN:
            x, y = MARGIN, y + FONT * 2.2
        sw = 0.0 if kind == "note" else 20.0
        sc.legend.append(Swatch(kind, x, y, Label(text, x + sw + 4, y, w, FONT * 1.3, FONT, "legend")))
        x += sw + 4 + w + 14
    sc.height = y + FONT * 2.2 + MARGIN
