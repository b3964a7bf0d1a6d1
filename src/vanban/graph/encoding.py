"""The graph in values every writer takes: the one tagging of dates and evidence.

The cascade graph keeps dates, lists (the evidence of an edge) and dicts as attributes;
GraphML and GEXF hold only strings and numbers. :func:`encode` tags what they cannot hold
(``date:2021-04-19``, ``json:[…]``, a date inside JSON as ``{"__date__": "…"}``),
:func:`decode` reads a tag back, and :func:`portable` is the copy of a graph with every
attribute encoded (``None`` left out) that networkx's own writers and :mod:`vanban.export`
write.

>>> import datetime
>>> encode(datetime.date(2021, 4, 19)), encode([{"where": "title"}]), encode(3)
('date:2021-04-19', 'json:[{"where": "title"}]', 3)
>>> decode(encode({"repaired": {"date": datetime.date(2020, 11, 20)}}))
{'repaired': {'date': datetime.date(2020, 11, 20)}}
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["encode", "decode", "portable"]


def encode(value):
    """A value GraphML/GEXF can hold (str, int, float, bool), tagged when needed."""
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, _dt.date):
        return "date:" + value.isoformat()
    if isinstance(value, (list, tuple, dict, set)):
        return "json:" + json.dumps(sorted(value) if isinstance(value, set) else value, ensure_ascii=False, default=_json_default)
    return str(value)


def _json_default(o):
    if isinstance(o, _dt.date):
        return {"__date__": o.isoformat()}
    raise TypeError(f"cannot encode {type(o).__name__}")


def _json_hook(d):
    if set(d) == {"__date__"}:
        return _dt.date.fromisoformat(d["__date__"])
    return d


def decode(value):
    """The value :func:`encode` tagged: a date, a list or dict (dates inside restored); others as they are."""
    if isinstance(value, str):
        if value.startswith("date:"):
            return _dt.date.fromisoformat(value[5:])
        if value.startswith("json:"):
            return json.loads(value[5:], object_hook=_json_hook)
    return value


def portable(G) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes networkx's own writers take: dates as ``"date:2021-04-19"``,
    lists and dicts (the evidence of an edge) as ``"json:…"``, ``None`` left out; ``vanban.export``
    writes it and reads such files back with their types.

    >>> import networkx as nx, tempfile, os
    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> nx.write_graphml(portable(G), path); nx.write_gexf(portable(G), path[:-7] + "gexf")
    >>> nx.read_graphml(path).nodes["93-KL/TW#XII"]["date"]
    'date:2020-11-20'
    """
    import networkx as nx

    H = nx.MultiDiGraph()
    H.graph.update({k: encode(v) for k, v in G.graph.items() if v is not None})
    for n, a in G.nodes(data=True):
        H.add_node(n, **{k: encode(v) for k, v in a.items() if v is not None})
    for s, t, k, a in G.edges(keys=True, data=True):
        H.add_edge(s, t, key=k, **{kk: encode(v) for kk, v in a.items() if v is not None})
    return H
