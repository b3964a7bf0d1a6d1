"""Writing and reading the cascade graph: GraphML, GEXF (Gephi) and node-link JSON.

Attributes survive the round trip: dates, lists (the evidence of an edge) and
dicts are encoded as tagged strings (``date:2021-04-19``, ``json:[…]``) and
decoded by the readers here; a text that happens to start with a tag (a title
``date:hôm nay``) is tagged ``str:`` so it comes back as written; ``None`` values
are left out. Control characters and lone surrogates (from a PDF's text layer, a
pasted string) are replaced, so the files are always valid XML and JSON.

Example::

    >>> write_graphml(G, "out/cascade.graphml"); H = read_graphml("out/cascade.graphml")   # doctest: +SKIP
    >>> H.nodes["93-KL/TW#XII"]["date"]                                                   # doctest: +SKIP
    datetime.date(2020, 11, 20)
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Union

from .text import scrub

__all__ = ["write_graphml", "read_graphml", "write_gexf", "read_gexf", "write_json", "read_json", "encode", "decode"]

PathLike = Union[str, Path]


_TAGS = ("date:", "json:", "str:")


def encode(value):
    """A value GraphML/GEXF can hold (str, int, float, bool), tagged when needed, with
    what XML cannot hold replaced.

    >>> encode("date:hôm nay"), decode(encode("date:hôm nay"))
    ('str:date:hôm nay', 'date:hôm nay')
    >>> encode("Kế hoạch\\x0c số\\x1b 45")
    'Kế hoạch\\n số  45'
    """
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if isinstance(value, _dt.date):
        return "date:" + value.isoformat()
    if isinstance(value, (list, tuple, dict, set)):
        data = sorted(value) if isinstance(value, set) else value
        return _safe("json:" + json.dumps(data, ensure_ascii=False, default=_json_default))
    s = _safe(str(value))
    return "str:" + s if s.startswith(_TAGS) else s


def _safe(s: str) -> str:
    """Only characters XML 1.0 allows (a page break is a line break there)."""
    return scrub(s).replace("\f", "\n")


def _clean_id(n):
    return _safe(n) if isinstance(n, str) else n


def _json_default(o):
    if isinstance(o, _dt.date):
        return {"__date__": o.isoformat()}
    raise TypeError(f"cannot encode {type(o).__name__}")


def _json_hook(d):
    if set(d) == {"__date__"}:
        return _dt.date.fromisoformat(d["__date__"])
    return d


def decode(value):
    if isinstance(value, str):
        if value.startswith("str:"):
            return value[4:]
        try:
            if value.startswith("date:"):
                return _dt.date.fromisoformat(value[5:])
            if value.startswith("json:"):
                return json.loads(value[5:], object_hook=_json_hook)
        except ValueError:  # written by another tool: kept as the text it is
            return value
    return value


def _encoded(G):
    import networkx as nx

    H = nx.MultiDiGraph()
    H.graph.update({k: encode(v) for k, v in G.graph.items() if v is not None})
    for n, a in G.nodes(data=True):
        H.add_node(_clean_id(n), **{k: encode(v) for k, v in a.items() if v is not None})
    for s, t, k, a in G.edges(keys=True, data=True):
        H.add_edge(_clean_id(s), _clean_id(t), key=_clean_id(k), **{kk: encode(v) for kk, v in a.items() if v is not None})
    return H


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
    nx.write_graphml(_encoded(G), p)
    return p


def read_graphml(path: PathLike):
    import networkx as nx

    return _decoded(nx.read_graphml(path, force_multigraph=True))


def write_gexf(G, path: PathLike) -> Path:
    """For Gephi: node labels are the codes (or keys), levels and dates are attributes."""
    import networkx as nx

    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    H = _encoded(G)
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
    data = nx.node_link_data(_encoded(G), edges="links")
    p.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return p


def read_json(path: PathLike):
    import networkx as nx

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return _decoded(nx.node_link_graph(data, directed=True, multigraph=True, edges="links"))
