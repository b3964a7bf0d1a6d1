"""Writing and reading the cascade graph: GraphML, GEXF (Gephi) and node-link JSON.

Attributes survive the round trip: the writers write :func:`vanban.graph.portable` (dates,
lists such as the evidence of an edge, and dicts as tagged strings, ``date:2021-04-19``,
``json:[…]``; ``None`` values left out) and the readers decode the tags
(:func:`vanban.graph.decode`). ``encode`` and ``decode`` are the graph's, re-exported. A text
that happens to start with a tag (a title ``date:hôm nay``) is tagged ``str:`` so it comes back
as written; control characters and lone surrogates (from a PDF's text layer, a pasted string)
are replaced, so the files are always valid XML and JSON.

Example::

    >>> write_graphml(G, "out/cascade.graphml"); H = read_graphml("out/cascade.graphml")   # doctest: +SKIP
    >>> H.nodes["93-KL/TW#XII"]["date"]                                                   # doctest: +SKIP
    datetime.date(2020, 11, 20)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Union

from .graph import decode, encode, portable

__all__ = ["write_graphml", "read_graphml", "write_gexf", "read_gexf", "write_json", "read_json", "encode", "decode"]

PathLike = Union[str, Path]


def _decoded(H):
    import networkx as nx

    G = nx.MultiDiGraph()
    G.graph.update({k: decode(v) for k, v in H.graph.items()})
    for n, a in H.nodes(data=True):
        G.add_node(n, **{k: decode(v) for k, v in a.items() if k != "label" or v != n})
    for s, t, k, a in H.edges(keys=True, data=True):
        G.add_edge(s, t, key=k, **{kk: decode(v) for kk, v in a.items() if kk not in ("id",)})
    return G


def write_graphml(G, path: PathLike) -> Path:
    import networkx as nx

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(portable(G), p)
    return p


def read_graphml(path: PathLike):
    import networkx as nx

    return _decoded(nx.read_graphml(path, force_multigraph=True))


def write_gexf(G, path: PathLike) -> Path:
    """For Gephi: node labels are the codes (or keys), levels and dates are attributes."""
    import networkx as nx

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    H = portable(G)
    for n, a in H.nodes(data=True):
        a.setdefault("label", a.get("code") or n)
    for _s, _t, k, a in H.edges(keys=True, data=True):
        a["id"] = f"{_s}->{_t}:{k}"
    nx.write_gexf(H, p)
    return p


def read_gexf(path: PathLike):
    import networkx as nx

    H = nx.read_gexf(path)
    G = nx.MultiDiGraph()
    G.graph.update({k: decode(v) for k, v in H.graph.items() if k not in ("mode",)})
    for n, a in H.nodes(data=True):
        attrs = {("key" if k == "networkx_key" else k): decode(v) for k, v in a.items()}
        if attrs.get("label") == (attrs.get("code") or n):
            attrs.pop("label")
        G.add_node(n, **attrs)
    for s, t, a in H.edges(data=True):
        attrs = {k: decode(v) for k, v in a.items() if k not in ("id",)}
        G.add_edge(s, t, key=attrs.get("relation"), **attrs)
    return G


def write_json(G, path: PathLike) -> Path:
    """node-link JSON (``networkx.node_link_data``), attributes tagged as above."""
    import networkx as nx

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    data = nx.node_link_data(portable(G), edges="links")
    p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


def read_json(path: PathLike):
    import networkx as nx

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return _decoded(nx.node_link_graph(data, directed=True, multigraph=True, edges="links"))
