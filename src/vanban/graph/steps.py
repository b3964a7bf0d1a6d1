"""Which edges are steps of a cascade: the one view every query uses.

A cascade is the chain of documents each *implementing* the one above: Kết luận
93-KL/TW continues Chỉ thị 42-CT/TW; the Gia Lai plan 25-KH/TU implements 93-KL/TW;
Phú Thiện's plan implements 25-KH/TU. An edge ``s -> t`` is a step when

* its relation is ``implements`` or ``continues``, or ``basis`` where ``t`` is what
  ``s`` implements ("Căn cứ Kế hoạch số 41-KH/TU …" of a plan whose title implements
  Kết luận 93, 41-KH/TU itself implementing 93) — never ``reviews``, ``amends``,
  ``replaces``, ``cites``;
* the citing document says it where a document states what it implements: its
  title, or (below the centre) its preamble ("Thực hiện …, Ban Thường vụ Huyện ủy xây
  dựng kế hoạch …"); for a document known only from citations, what its citers say
  of it ("Kế hoạch số 25-KH/TU … về thực hiện Kết luận số 93-KL/TW"). What the body
  mentions ("gắn với thực hiện Nghị quyết Đại hội …", "kết hợp với Chỉ thị 05") is
  context, and so is a central document's narrative ("Để tiếp tục thực hiện Nghị
  quyết số 27-NQ/TW …" in Chỉ thị 42-CT/TW's opening);
* ``t`` is not a congress resolution, not below ``s`` (a province does not implement
  a district's plan), and not dated after ``s``;
* it is not a shortcut: a district plan citing both its province's plan and the
  central directive implements the directive *through* the provincial plan, so
  ``district -> directive`` is left out and the lineage is one chain.

:func:`mark_steps` writes ``cascade`` (bool) on every edge and ``excluded`` (why an
``implements``/``continues``/``basis`` edge is not a step: ``"context"``,
``"congress"``, ``"level"``, ``"chronology"``, ``"shortcut"``, ``"basis"``);
:func:`cascade_view` is the subgraph of the steps.

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> seed = "45-KH/HU@Phú Thiện, Gia Lai#2021"   # implements 25-KH/TU, and 93-KL/TW (in its title)
    >>> G.edges[seed, "93-KL/TW#XII", "implements"]["excluded"]
    'shortcut'
    >>> sorted(cascade_view(G).successors(seed)), sorted(cascade_view(G).successors("93-KL/TW#XII"))
    (['25-KH/TU@Gia Lai#2021'], ['42-CT/TW#X'])
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from typing import Optional

from ..text import fold_key

__all__ = ["CASCADE_RELATIONS", "STEP_RELATIONS", "mark_steps", "cascade_view", "is_congress", "rank"]

#: the relations that can make a step of a cascade (``basis`` only when the cited document is what is implemented)
CASCADE_RELATIONS = ("implements", "continues", "basis")
#: the relations that are steps by themselves
STEP_RELATIONS = ("implements", "continues")
#: where a citation stands in the citing document, as the evidence records it
STATED = ("title", "opening")

_RANK = {"central": 0, "provincial": 1, "district": 2, "grassroots": 3}


def rank(a: dict) -> Optional[int]:
    """0 for the centre, 1 province, 2 district, 3 commune; a state body ranks by its locality
    (a provincial People's Committee is 1, a ministry or the Government 0)."""
    if a.get("level") in _RANK:
        return _RANK[a["level"]]
    if a.get("level") == "state":
        return 3 if a.get("commune") else 2 if a.get("district") else 1 if a.get("province") else 0
    return None


def is_congress(node: str, a: dict) -> bool:
    """A resolution of a party congress ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"):
    the programme of a term, mentioned by plans, never what a plan implements step by step."""
    name = fold_key(" ".join(str(x) for x in (a.get("key") or node, a.get("issuer") or "", a.get("title") or "")))
    return "dai hoi" in name and ("nghi quyet" in name or (a.get("issuer") or "").startswith("Đại hội"))


def _paths(a: dict) -> set:
    """The files a node's document was read from (one, or several when copies of it were merged)."""
    return {a.get("path")} | set(a.get("paths") or ())


def _stated(G, s: str, t: str, k: str) -> set[str]:
    """The places the edge's relation is stated in: where each citation stands, "title", "opening", "body", or
    "subject" when it is not in ``s``'s own file (a citer's description of ``s``); a citation of another relation
    merged into the edge, "cites" beside "implements", does not count. The graph's dicts read directly, the files of
    ``s`` once for all its citations (``G.edges[s, t, k]`` and ``G.nodes[s]`` for each were half of :func:`mark_steps`)."""
    paths = _paths(G._node[s])
    return {
        "subject" if ev.get("path") not in paths else ev.get("where") or "body"
        for ev in G._succ[s][t][k].get("evidence", ())
        if ev.get("relation", k) == k
    }


def _verdict(G, s: str, t: str, own: set[str], where: set[str], congress: dict) -> Optional[str]:
    """None when the edge can be a step, else why not (before shortcuts and basis); ``where``: :func:`_stated`,
    ``congress``: :func:`is_congress` of the nodes asked so far (a node is the target of many edges)."""
    a, b = G._node[s], G._node[t]
    if a.get("level") == "central" and a.get("in_corpus"):
        stated = where & {"title"}
    else:
        stated = where & set(STATED)
    if not stated and not ("subject" in where and s not in own):
        return "context"
    c = congress.get(t)
    if c is None:
        c = congress[t] = is_congress(t, b)
    if c:
        return "congress"
    ra, rb = rank(a), rank(b)
    if ra is not None and rb is not None and rb > ra:
        return "level"
    da, db = a.get("date"), b.get("date")
    if isinstance(da, _dt.date) and isinstance(db, _dt.date) and da < db:
        return "chronology"
    return None


def mark_steps(G) -> None:
    """Write ``cascade`` and ``excluded`` on every edge of ``G`` (see the module doc)."""
    import networkx as nx

    cand = [(s, t, k) for s, t, k in G.edges(keys=True) if k in CASCADE_RELATIONS]
    # a document that states what it implements (title, preamble) is not told by others
    stated = set(STATED)
    where = [_stated(G, s, t, k) for s, t, k in cand]  # (once an edge: the owners, then the verdicts read it)
    own = {e[0] for e, w in zip(cand, where) if w & stated}
    congress: dict[str, bool] = {}
    verdict = {e: _verdict(G, e[0], e[1], own, w, congress) for e, w in zip(cand, where)}
    del where, congress
    H = nx.DiGraph()
    H.add_edges_from((s, t) for (s, t, k), v in verdict.items() if v is None and k in STEP_RELATIONS)
    for (s, t, k), v in verdict.items():
        if v is None and k == "basis" and not _implemented(H, s, t):
            verdict[s, t, k] = "basis"
    # (the steps are in H already: only the basis edges kept are added, each edge of H added once)
    H.add_edges_from((s, t) for (s, t, k), v in verdict.items() if v is None and k == "basis")
    for e in _shortcuts(H):
        for k in G[e[0]][e[1]]:
            if verdict.get((e[0], e[1], k)) is None and k in CASCADE_RELATIONS:
                verdict[e[0], e[1], k] = "shortcut"
    for s, nbrs in G._succ.items():  # (every edge in G.edges' order, read from the graph's dicts)
        for t, keys in nbrs.items():
            for k, d in keys.items():
                v = verdict.get((s, t, k), "relation") if k in CASCADE_RELATIONS else "relation"
                d["cascade"] = v is None
                d.pop("excluded", None)
                if v is not None and k in CASCADE_RELATIONS:
                    d["excluded"] = v


def _implemented(H, s: str, t: str) -> bool:
    """``s`` cites ``t`` as its basis and ``t`` leads to what ``s`` implements (or is it)."""
    import networkx as nx

    if s not in H or t not in H:
        return False
    above = set(H.successors(s))
    return bool(above & ({t} | nx.descendants(H, t)))


def _shortcuts(H) -> list[tuple[str, str]]:
    """Edges ``s -> p`` where ``p`` is also reached through another parent of ``s``."""
    import networkx as nx

    out = []
    below: dict[str, set] = defaultdict(set)
    for s in H:
        parents = list(H.successors(s))
        if len(parents) < 2:
            continue
        for q in parents:
            if q not in below:
                below[q] = nx.descendants(H, q)
        for p in parents:
            if any(p in below[q] and q not in below[p] for q in parents if q != p):
                out.append((s, p))
    return out


def cascade_view(G):
    """The subgraph view of ``G`` with only the steps of cascades (edges marked ``cascade``;
    on a graph without the mark, the ``implements`` and ``continues`` edges)."""
    import networkx as nx

    def step(u, v, k) -> bool:
        d = G.edges[u, v, k]
        return d["cascade"] if "cascade" in d else k in STEP_RELATIONS

    return nx.subgraph_view(G, filter_edge=step)
