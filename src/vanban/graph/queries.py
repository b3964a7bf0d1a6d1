"""Queries on the cascade graph, in the manner of networkx's algorithms: each takes
``G`` first, arguments follow the edges (citing -> cited: ``chain(G, source,
target)`` goes from a commune plan up to a directive), and all of them work on one
view of the graph, :func:`~vanban.graph.steps.cascade_view` (the edges that are
steps of a cascade: see :mod:`vanban.graph.steps`). A missing node raises
``networkx.NodeNotFound``; a code that names several documents raises
:class:`AmbiguousNodeError`.

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> [G.nodes[n]["code"] for n in lineage(G, "45-KH/HU@Phú Thiện, Gia Lai#2021")[0]]
    ['45-KH/HU', '25-KH/TU', '93-KL/TW', '42-CT/TW']
    >>> G.nodes["45-KH/HU@Phú Thiện, Gia Lai#2021"]["code_from"]  # the seed has no number; its citers give it
    'citations'
"""

from __future__ import annotations

import datetime as _dt
import statistics
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional, Union

from ..errors import VanbanError, VanbanFutureWarning
from ..facts import gazetteer
from ..model import LEVELS, Document, Finding, Reference
from ..references import document_key
from ..text import fold_key
from .steps import CASCADE_RELATIONS, STEP_RELATIONS, _paths, cascade_view, rank

__all__ = [
    "lineage",
    "cascade",
    "coverage",
    "lag",
    "chain",
    "node_for",
    "cascade_view",
    "CASCADE_RELATIONS",
    "STEP_RELATIONS",
    "LEVELS",
    "Coverage",
    "Lag",
    "Cascaded",
    "AmbiguousNodeError",
]


class AmbiguousNodeError(VanbanError, KeyError):
    """A code names several nodes: say which (the candidates are in ``candidates``)."""

    def __init__(self, what: str, candidates: list[str]):
        self.candidates = candidates
        super().__init__(f"{what!r} names {len(candidates)} documents: {', '.join(candidates)}")


def _missing(what) -> Exception:
    import networkx as nx

    return nx.NodeNotFound(f"no node for {what!r} in the graph")


def _one(what, cands: list[str]) -> str:
    if len(cands) == 1:
        return cands[0]
    if cands:
        raise AmbiguousNodeError(str(what), sorted(cands))
    raise _missing(what)


def node_for(G, x: Union[str, Document, Reference]) -> str:
    """The node a key, a code ("93-KL/TW"), a Document or a Reference stands for.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> node_for(G, "93-KL/TW")
    '93-KL/TW#XII'
    """
    if isinstance(x, Document) or (hasattr(x, "header") and hasattr(x, "references")):  # a Document, or its record
        k = x.key or document_key(x)
        if k and k in G and x.path in _paths(G.nodes[k]):
            return k
        return _one(repr(x), [n for n, a in G.nodes(data=True) if x.path and x.path in _paths(a)])
    if isinstance(x, Reference):
        x = x.target.key or ""
    if x in G:
        return x
    x2 = G.graph.get("aliases", {}).get(x)
    if x2 in G:
        return x2
    cands = [n for n, a in G.nodes(data=True) if a.get("key") == x]
    return _one(x, cands or [n for n, a in G.nodes(data=True) if a.get("code") == x])


def lineage(G, node) -> list[list[str]]:
    """The chains upward from a document to the directive(s) it cascades from, longest
    first. A plan citing both its provincial plan and the central directive has one chain:
    it implements the directive through the provincial plan.

    For the seed: ``[[seed, 25-KH/TU@Gia Lai#2021, 93-KL/TW#XII, 42-CT/TW#X]]``.
    """
    V = cascade_view(G)
    start = node_for(G, node)
    paths: list[list[str]] = []
    stack = [[start]]
    while stack:
        path = stack.pop()
        ups = sorted(u for u in set(V.successors(path[-1])) if u not in path)
        if not ups:
            paths.append(path)
        stack.extend(path + [u] for u in reversed(ups))
    paths.sort(key=len, reverse=True)
    out: list[list[str]] = []
    for p in paths:
        if not any(_is_subsequence(p, q) for q in out):
            out.append(p)
    return out


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(x in it for x in short) and len(short) < len(long)


def chain(G, source, target) -> list[list[str]]:
    """The chains from ``source`` up to ``target``, along the edges (citing -> cited):
    ``chain(G, "18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021", "42-CT/TW#X")``. Empty when
    ``source`` does not cascade from ``target``; arguments the other way round (the
    earlier ``chain(G, top, bottom)``) give the chains with a warning.
    """
    s, t = node_for(G, source), node_for(G, target)
    out = _chains(G, s, t)
    if not out and (back := _chains(G, t, s)):
        warnings.warn(
            f"chain(G, source, target) follows the edges (citing -> cited): {t!r} cites up to {s!r}; call chain(G, {t!r}, {s!r})",
            VanbanFutureWarning,
            stacklevel=2,
        )
        return back
    return out


def _chains(G, s: str, t: str) -> list[list[str]]:
    out: list[list[str]] = []
    for p in lineage(G, s):
        if t in p and (q := p[: p.index(t) + 1]) not in out:
            out.append(q)
    return out


@dataclass
class Cascaded:
    """A document in the cascade of a root: how deep, and through which document (``via``, its parent)."""

    node: str
    depth: int
    level: Optional[str]
    date: Optional[_dt.date]
    via: Optional[str]  # the node it implements on the way
    relation: Optional[str] = None  # the relation of the step to ``via``
    doc_type: Optional[str] = None
    in_corpus: bool = False


def _nearest(G, parents: list[str]) -> str:
    return max(sorted(parents), key=lambda n: G.nodes[n].get("date") or _dt.date.min)


def _step_relation(V, s: str, t: str) -> Optional[str]:
    keys = list(V[s][t]) if V.is_multigraph() else [V.edges[s, t].get("relation")]
    return next((k for k in (*STEP_RELATIONS, "basis") if k in keys), keys[0] if keys else None)


def cascade(G, node, *, doc_types: Optional[Iterable[str]] = None, relations: Optional[Iterable[str]] = None) -> list[Cascaded]:
    """Everything that implements a document, transitively, breadth first: the provincial
    plans, the district plans implementing them, the communes' … ``doc_types`` ("Kế
    hoạch", …) and ``relations`` ("implements", "continues", "basis") keep only those
    documents (and those reached through them)."""
    V = cascade_view(G)
    root = node_for(G, node)
    types = set(doc_types) if doc_types is not None else None
    rels = set(relations) if relations is not None else None
    seen = {root}
    out: list[Cascaded] = []
    frontier = [root]
    depth = 0
    while frontier:
        depth += 1
        found: dict[str, list[str]] = defaultdict(list)
        for n in frontier:
            for d in set(V.predecessors(n)) - seen:
                found[d].append(n)
        frontier = []
        for d in sorted(found):
            via = _nearest(G, found[d])  # of two parents, the later: the one it follows
            a, rel = G.nodes[d], _step_relation(V, d, via)
            if (types is not None and a.get("doc_type") not in types) or (rels is not None and rel not in rels):
                continue
            seen.add(d)
            out.append(Cascaded(d, depth, a.get("level"), a.get("date"), via, rel, a.get("doc_type"), bool(a.get("in_corpus"))))
            frontier.append(d)
    return out


# --- lag ------------------------------------------------------------------------------------

_DATES = ("date", "parent_date", "deadline")


def _frame(rows: list[dict], columns: list[str]):
    """A DataFrame of ``rows`` with ``columns`` in that order, the date columns as datetime64."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=columns)
    for c in df.columns:
        if c in _DATES or c.endswith("_date") or c == "first":
            df[c] = pd.to_datetime(df[c])
    return df


def _stats(values: list[int]) -> dict:
    return {
        "n": len(values),
        "min": min(values),
        "median": statistics.median(values),
        "mean": round(statistics.fmean(values), 1),
        "max": max(values),
    }


@dataclass
class Lag:
    """How long each document implementing a directive took: from the directive (``days``),
    from the document it implements (``days_from_parent``), and against the deadline that
    document set (``days_late``: positive when late). ``by_level`` summarises ``days`` per
    level, ``by_level_from_parent`` ``days_from_parent``; negative lags are not in them but in
    ``chronology``, as findings. (``via`` is ``parent`` under its earlier name.)"""

    node: str
    date: Optional[_dt.date]
    rows: list[dict] = field(default_factory=list)
    by_level: dict[str, dict] = field(default_factory=dict)  # level -> n, min, median, mean, max
    by_level_from_parent: dict[str, dict] = field(default_factory=dict)
    chronology: list[Finding] = field(default_factory=list)

    COLUMNS = [
        "node",
        "code",
        "doc_type",
        "level",
        "province",
        "district",
        "commune",
        "date",
        "days",
        "parent",
        "parent_date",
        "days_from_parent",
        "deadline",
        "days_late",
        "depth",
        "relation",
        "in_corpus",
        "via",
    ]

    def frame(self):
        """The rows as a pandas DataFrame, ``date``, ``parent_date`` and ``deadline`` as datetime64."""
        return _frame(self.rows, self.COLUMNS)

    def late(self) -> list[dict]:
        """The rows dated after the deadline their parent set."""
        return [r for r in self.rows if (r["days_late"] or 0) > 0]

    def __repr__(self) -> str:
        parts = [f"{lv}: n={s['n']} median={s['median']}d" for lv, s in self.by_level.items()]
        return f"<Lag {self.node} {'; '.join(parts)}>"


def _days(a, b) -> Optional[int]:
    return (a - b).days if isinstance(a, _dt.date) and isinstance(b, _dt.date) else None


def lag(
    G,
    node,
    *,
    doc_types: Optional[Iterable[str]] = None,
    relations: Optional[Iterable[str]] = None,
    cited: bool = False,
) -> Lag:
    """Days from ``node``'s date to each document implementing it through the cascade, and
    from each one's parent, with the parent's deadline ("hoàn thành trước ngày 30/6/2021"),
    summarised per level (central, provincial, district, grassroots, state). Only documents
    in the corpus count (their date is their letterhead's) unless ``cited``; ``doc_types``
    and ``relations`` filter as in :func:`cascade`. A document dated before what it implements
    is not averaged: it is a ``chronology`` finding.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> lg = lag(G, "93-KL/TW")
    >>> row = next(r for r in lg.rows if r["node"] == "45-KH/HU@Phú Thiện, Gia Lai#2021")
    >>> row["days"], row["parent"], row["days_from_parent"], row["days_late"]
    (222, '25-KH/TU@Gia Lai#2021', 72, 0)
    """
    root = node_for(G, node)
    d0 = G.nodes[root].get("date")
    out = Lag(root, d0)
    per: dict[str, list[int]] = defaultdict(list)
    per_parent: dict[str, list[int]] = defaultdict(list)
    members = cascade(G, root, doc_types=doc_types, relations=relations)
    for c in members:
        a, p = G.nodes[c.node], G.nodes[c.via]
        if not (cited or a.get("in_corpus")):
            continue
        row = {name: a.get(name) for name in Lag.COLUMNS if name in a}
        row.update(node=c.node, date=c.date, depth=c.depth, relation=c.relation, in_corpus=bool(a.get("in_corpus")))
        row.update(days=_days(c.date, d0), parent=c.via, via=c.via, parent_date=p.get("date"), deadline=p.get("deadline"))
        row.update(days_from_parent=_days(c.date, p.get("date")), days_late=_days(c.date, p.get("deadline")))
        out.rows.append(row)
        if row["days"] is not None and row["days"] < 0:
            out.chronology.append(_chronology(G, c.node, root, row["days"]))
            continue
        if row["days"] is not None:
            per[c.level or "?"].append(row["days"])
        if row["days_from_parent"] is not None:
            per_parent[c.level or "?"].append(row["days_from_parent"])
    out.chronology += _excluded_as_chronology(G, {root} | {c.node for c in members})
    for lv in list(LEVELS) + ["?"]:
        if per.get(lv):
            out.by_level[lv] = _stats(per[lv])
        if per_parent.get(lv):
            out.by_level_from_parent[lv] = _stats(per_parent[lv])
    return out


def _chronology(G, s: str, t: str, days: int, ev: Optional[dict] = None) -> Finding:
    a, b = G.nodes[s], G.nodes[t]
    ev = ev or {}
    return Finding(
        "chronology",
        "error",
        f"{a.get('code') or s} ({a.get('date'):%d/%m/%Y}) implements {b.get('code') or t}, dated {-days} days after it "
        f"({b.get('date'):%d/%m/%Y})",
        ev.get("start", 0),
        ev.get("end", 0),
        f"{a.get('code') or s} (ngày {a.get('date'):%d/%m/%Y}) thực hiện {b.get('code') or t} ban hành sau nó",
        path=ev.get("path") or a.get("path"),
    )


def _excluded_as_chronology(G, members: set[str]) -> list[Finding]:
    """Documents that say they implement a member of the cascade but are dated before it."""
    out = []
    for t in members:
        for s, _t, d in G.in_edges(t, data=True):
            if d.get("excluded") == "chronology" and G.nodes[s].get("in_corpus"):
                ev = next(iter(d.get("evidence") or []), None)
                out.append(_chronology(G, s, t, _days(G.nodes[s].get("date"), G.nodes[t].get("date")) or 0, ev))
    return out


# --- coverage -------------------------------------------------------------------------------

_LEVEL_RANK = {"province": 1, "district": 2, "commune": 3}


@dataclass
class Coverage:
    """Which units of the administrative map have a document implementing the directive.

    ``covered`` maps a unit's name to the nodes of its documents, ``missing`` lists the
    units without one; a unit is named by its short name ("Phú Thiện"), with its unit word
    when the short name is also the province's or another unit's ("thành phố Bến Tre",
    the provincial city, not the province). ``unmatched`` holds documents of places the map
    of the period does not know (a commune renamed, merged or misspelt)."""

    node: str
    level: str
    covered: dict[str, list[str]] = field(default_factory=dict)  # unit -> implementing nodes
    missing: list[str] = field(default_factory=list)
    province: Optional[str] = None
    era: str = gazetteer.LEGACY  # the map of the period: "legacy" or "2025"
    units: list = field(default_factory=list)  # the gazetteer's Places, in the order of covered + missing
    unmatched: dict[str, list[str]] = field(default_factory=dict)
    dates: dict[str, Optional[_dt.date]] = field(default_factory=dict)  # unit -> date of its first document

    @property
    def rate(self) -> float:
        n = len(self.covered) + len(self.missing)
        return len(self.covered) / n if n else 1.0

    def frame(self):
        """One row per unit: ``unit``, ``written`` ("thành phố Bến Tre"), ``code`` (the gazetteer's),
        ``covered``, ``documents``, ``first`` (datetime64: its first document's date)."""
        rows = []
        for name, pl in zip(list(self.covered) + self.missing, self.units or [None] * (len(self.covered) + len(self.missing))):
            docs = self.covered.get(name, [])
            rows.append(
                {
                    "unit": name,
                    "written": pl.written if pl is not None else name,
                    "code": pl.code if pl is not None else None,
                    "covered": bool(docs),
                    "documents": docs,
                    "first": self.dates.get(name),
                }
            )
        return _frame(rows, ["unit", "written", "code", "covered", "documents", "first"])

    def __repr__(self) -> str:
        return f"<Coverage {self.node}: {len(self.covered)} covered, {len(self.missing)} missing ({self.rate:.0%})>"


def _names(places: list, province: Optional[str]) -> list[str]:
    """Short names, with the unit word where the short name is ambiguous in the list or with the province
    ("thành phố Bến Tre"), and the district for communes of the same name in two districts."""
    count: dict[str, int] = defaultdict(int)
    for p in places:
        count[fold_key(p.name)] += 1
    prov = fold_key(province or "")
    out = []
    for p in places:
        name = p.written if count[fold_key(p.name)] > 1 or fold_key(p.name) == prov else p.name
        out.append(f"{name} ({p.district})" if p.kind == "commune" and p.district and count[fold_key(p.name)] > 1 else name)
    return out


def _expected(level: str, province: Optional[str], district: Optional[str], when) -> list:
    if level == "province":
        idx = gazetteer._maps(when)[0]
        return sorted({p.name: p for p in idx.provinces.values()}.values(), key=lambda p: p.code or "")
    if not province:
        raise VanbanError(f"coverage at {level} level needs a province (or the expected units)")
    if level == "district" and gazetteer.era(when) == gazetteer.MAP_2025:
        raise VanbanError("there are no districts from 1 July 2025: ask for level='commune'")
    return gazetteer.units_of(province, level, when, district)


def _unit_of(a: dict, level: str, by_district: bool = False) -> tuple:
    """The key of a node's unit; communes of several districts are told apart by their district."""
    own = (fold_key(a.get(level) or ""),)
    return ((fold_key(a.get("district") or ""),) + own) if by_district else own


def coverage(
    G,
    node,
    units: Optional[Iterable[str]] = None,
    *,
    province: Optional[str] = None,
    district: Optional[str] = None,
    level: Optional[str] = None,
    when: Optional[_dt.date] = None,
) -> Coverage:
    """Which units (the districts of ``province`` by default; ``level="commune"`` for its
    communes, of ``district`` when given; ``level="province"`` for the provinces) have a
    document at that level in the cascade of ``node``, against the administrative map of
    the period (the root's date, or ``when``): from 1 July 2025, the 34 provinces and their
    communes, no districts.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> cov = coverage(G, "93-KL/TW", province="Bến Tre")
    >>> sorted(cov.covered), cov.missing[:2]
    (['Châu Thành', 'Mỏ Cày Nam'], ['thành phố Bến Tre', 'Chợ Lách'])
    """
    root = node_for(G, node)
    when = when or G.nodes[root].get("date")
    if level is None:
        below = "commune" if district or gazetteer.era(when) != gazetteer.LEGACY else "district"
        level = below if (province or units is not None) else "province"
    places = list(_expected(level, province, district, when)) if units is None else []
    names = _names(places, province) if units is None else list(units)
    by_district = level == "commune" and not district and any(p.district for p in places)
    index = {_unit_of({"district": p.district, level: p.name}, level, by_district): n for p, n in zip(places, names)}
    index = index or {(fold_key(n),): n for n in names}
    pk = fold_key(gazetteer.province(province, when) or province) if province else None
    cov = Coverage(root, level, province=province, era=gazetteer.era(when))
    found: dict[str, list[str]] = defaultdict(list)
    for c in sorted(cascade(G, root), key=lambda c: c.date or _dt.date.max):
        a = G.nodes[c.node]
        if rank(a) != _LEVEL_RANK[level] or (pk and fold_key(a.get("province") or "") != pk):
            continue
        u = _unit_of(a, level, by_district)
        if u in index:
            found[index[u]].append(c.node)
            cov.dates.setdefault(index[u], c.date)
        else:
            cov.unmatched.setdefault(a.get(level) or "?", []).append(c.node)
    for n in names:
        if found.get(n):
            cov.covered[n] = found[n]
        else:
            cov.missing.append(n)
    order = {n: p for p, n in zip(places, names)}
    cov.units = [order.get(n) for n in list(cov.covered) + cov.missing] if places else []
    return cov
