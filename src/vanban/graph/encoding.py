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

from ..text import scrub

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["encode", "decode", "portable"]


_TAGS = ("date:", "json:", "str:")


def encode(value):
    """A value GraphML/GEXF can hold (str, int, float, bool), tagged when needed, with
    what XML cannot hold replaced.

    >>> encode("date:hôm nay"), decode(encode("date:hôm nay"))
    ('str:date:hôm nay', 'date:hôm nay')
    >>> encode("Kế hoạch\\x0c số\\x1b 45")
    'Kế hoạch\\n số  45'
    """
    if isinstance(value, (bool, int, float)):
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
    """The value :func:`encode` tagged: a date, a list or dict (dates inside restored), a text
    tagged ``str:`` as written; others as they are (a malformed tag from another tool stays text)."""
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
        H.add_node(_clean_id(n), **{k: encode(v) for k, v in a.items() if v is not None})
    for s, t, k, a in G.edges(keys=True, data=True):
        H.add_edge(_clean_id(s), _clean_id(t), key=_clean_id(k), **{kk: encode(v) for kk, v in a.items() if v is not None})
    return H
