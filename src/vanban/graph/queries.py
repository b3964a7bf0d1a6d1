"""Queries on the cascade graph, in the manner of networkx's algorithms: each takes
``G`` first and works on the cascade view of it (the edges whose relation makes a
cascade, :data:`CASCADE_RELATIONS`).

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> [G.nodes[n]["code"] for n in lineage(G, "45-KH/HU@Phú Thiện, Gia Lai#2021")[0]]
    ['45-KH/HU', '25-KH/TU', '93-KL/TW', '42-CT/TW', '27-NQ/TW']
    >>> G.nodes["45-KH/HU@Phú Thiện, Gia Lai#2021"]["code_from"]  # the seed has no number; its citers give it
    'citations'
"""

from __future__ import annotations

import datetime as _dt
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional, Union

from ..errors import VanbanError
from ..facts import gazetteer
from ..model import LEVELS, Document, Reference
from ..references import document_key
from ..text import fold_key

__all__ = [
    "lineage",
    "cascade",
    "coverage",
    "lag",
    "chain",
    "node_for",
    "cascade_view",
    "CASCADE_RELATIONS",
    "LEVELS",
    "Coverage",
    "Lag",
    "Cascaded",
    "AmbiguousNodeError",
]

#: the relations that make a cascade (a "cites" is a mention, not a step down)
CASCADE_RELATIONS = ("implements", "continues", "basis", "reviews", "amends", "replaces")


class AmbiguousNodeError(VanbanError, KeyError):
    """A code names several nodes: say which (the candidates are in ``candidates``)."""

    def __init__(self, what: str, candidates: list[str]):
        self.candidates = candidates
        super().__init__(
            f"{what!r} names {len(candidates)} documents: {', '.join(candidates)}" if candidates else f"no node for {what!r}"
        )


def cascade_view(G):
    """The subgraph view of ``G`` with only the edges of :data:`CASCADE_RELATIONS`."""
    import networkx as nx

    return nx.subgraph_view(G, filter_edge=lambda u, v, k: k in CASCADE_RELATIONS)


def node_for(G, x: Union[str, Document, Reference]) -> str:
    """The node a key, a code ("93-KL/TW"), a Document or a Reference stands for."""
    if isinstance(x, Document):
        for cand in (
            x.key or document_key(x),
            x.path and next((n for n, a in G.nodes(data=True) if a.get("path") == x.path), None),
        ):
            if cand and cand in G:
                return cand
        raise AmbiguousNodeError(repr(x), [])
    if isinstance(x, Reference):
        x = x.target.key or ""
    if x in G:
        return x
    x2 = G.graph.get("aliases", {}).get(x)
    if x2 in G:
        return x2
    cands = [n for n, a in G.nodes(data=True) if a.get("code") == x]
    if len(cands) == 1:
        return cands[0]
    raise AmbiguousNodeError(x, sorted(cands))


def _up(G, n: str) -> list[str]:
    return sorted({t for _, t, k in G.out_edges(n, keys=True) if k in CASCADE_RELATIONS})


def _down(G, n: str) -> list[str]:
    return sorted({s for s, _, k in G.in_edges(n, keys=True) if k in CASCADE_RELATIONS})


def lineage(G, node) -> list[list[str]]:
    """The chains upward from a document to the directive(s) it cascades from,
    longest first; a chain that is a shortcut of a longer one (the plan citing the
    central directive directly as well as through the provincial plan) is left out.

    For the seed: ``[[seed, 25-KH/TU@Gia Lai#2021, 93-KL/TW#XII, 42-CT/TW#X]]``.
    """
    start = node_for(G, node)
    paths: list[list[str]] = []

    def walk(n: str, path: list[str]) -> None:
        ups = [u for u in _up(G, n) if u not in path]
        if not ups:
            paths.append(path)
            return
        for u in ups:
            walk(u, path + [u])

    walk(start, [start])
    paths.sort(key=len, reverse=True)
    out: list[list[str]] = []
    for p in paths:
        if not any(_is_subsequence(p, q) for q in out):
            out.append(p)
    return out


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(x in it for x in short) and len(short) < len(long)


def chain(G, top, bottom) -> list[list[str]]:
    """The chains from ``bottom`` up to ``top`` (e.g. from a district plan to Chỉ thị 42-CT/TW)."""
    t, b = node_for(G, top), node_for(G, bottom)
    return [p[: p.index(t) + 1] for p in lineage(G, b) if t in p]


@dataclass
class Cascaded:
    node: str
    depth: int
    level: Optional[str]
    date: Optional[_dt.date]
    via: Optional[str]  # the node it implements on the way


def cascade(G, node) -> list[Cascaded]:
    """Everything that implements a document, transitively, breadth first: the
    provincial plans, the district plans citing them, the communes' …"""
    root = node_for(G, node)
    seen = {root}
    out: list[Cascaded] = []
    frontier = [(root, 0)]
    while frontier:
        nxt = []
        for n, depth in frontier:
            for d in _down(G, n):
                if d in seen:
                    continue
                seen.add(d)
                a = G.nodes[d]
                out.append(Cascaded(d, depth + 1, a.get("level"), a.get("date"), n))
                nxt.append((d, depth + 1))
        frontier = nxt
    return out


@dataclass
class Coverage:
    """Which expected units have a document implementing the directive."""

    node: str
    level: str
    covered: dict[str, list[str]] = field(default_factory=dict)  # unit -> implementing nodes
    missing: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        n = len(self.covered) + len(self.missing)
        return len(self.covered) / n if n else 1.0

    def __repr__(self) -> str:
        return f"<Coverage {self.node}: {len(self.covered)} covered, {len(self.missing)} missing ({self.rate:.0%})>"


def coverage(
    G, node, units: Optional[Iterable[str]] = None, *, province: Optional[str] = None, level: str = "district"
) -> Coverage:
    """Which of ``units`` (district names by default; ``level="province"`` for
    provinces) have a document in the cascade of ``node``. Without ``units``,
    ``province`` gives all its districts from the gazetteer.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> cov = coverage(G, "93-KL/TW", province="Gia Lai")
    >>> cov.missing[:3], sorted(cov.covered)[:2]
    (['Pleiku', 'An Khê', 'Ayun Pa'], ['Chư Sê', 'Ia Grai'])
    """
    root = node_for(G, node)
    if units is None:
        if level == "district" and province:
            units = gazetteer.districts_of(province)
        elif level == "province":
            units = gazetteer.provinces()
        else:
            raise VanbanError("coverage needs the expected units, or a province for its districts")
    units = list(units)
    attr = {"district": "district", "province": "province", "commune": "commune"}[level]
    by_unit: dict[str, list[str]] = defaultdict(list)
    for c in cascade(G, root):
        a = G.nodes[c.node]
        val = a.get(attr)
        if val and (
            not province
            or level != "district"
            or fold_key(a.get("province") or "") == fold_key(gazetteer.province(province) or province)
        ):
            by_unit[fold_key(val)].append(c.node)
    cov = Coverage(root, level)
    for u in units:
        hits = by_unit.get(fold_key(u))
        if hits:
            cov.covered[u] = hits
        else:
            cov.missing.append(u)
    return cov


@dataclass
class Lag:
    """Days from a directive to each document implementing it, and per level."""

    node: str
    date: Optional[_dt.date]
    rows: list[dict] = field(default_factory=list)  # node, level, date, days, depth, via
    by_level: dict[str, dict] = field(default_factory=dict)  # level -> n, min, median, mean, max

    def frame(self):
        import pandas as pd

        return pd.DataFrame(self.rows)

    def __repr__(self) -> str:
        parts = [f"{lv}: n={s['n']} median={s['median']}d" for lv, s in self.by_level.items()]
        return f"<Lag {self.node} {'; '.join(parts)}>"


def lag(G, node) -> Lag:
    """Days from ``node``'s date to each document in its cascade, with a summary
    per level (central, provincial, district, grassroots, state)."""
    root = node_for(G, node)
    d0 = G.nodes[root].get("date")
    out = Lag(root, d0)
    per: dict[str, list[int]] = defaultdict(list)
    for c in cascade(G, root):
        days = (c.date - d0).days if (c.date and d0) else None
        out.rows.append(
            {
                "node": c.node,
                "level": c.level,
                "date": c.date,
                "days": days,
                "depth": c.depth,
                "via": c.via,
                "in_corpus": G.nodes[c.node].get("in_corpus", False),
            }
        )
        if days is not None:
            per[c.level or "?"].append(days)
    for lv in list(LEVELS) + ["?"]:
        v = per.get(lv)
        if v:
            out.by_level[lv] = {
                "n": len(v),
                "min": min(v),
                "median": statistics.median(v),
                "mean": round(statistics.fmean(v), 1),
                "max": max(v),
            }
    return out
