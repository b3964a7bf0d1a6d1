"""The graph a store built, kept in ``graph_nodes`` / ``graph_edge_rows`` and read back as it was.

A graph read back equals the one built: the same nodes in the same order, the same edges with the
same keys and attributes, each node's successors and predecessors in the same order (the edges are
written in an order that keeps both, so that queries walking the graph meet them as they would in
the built one).

Each edge is written once, in a row of ``graph_edge_rows``: plain columns for SQL and the frames
(source, target, relation, cascade, inferred, mentions, …) and its attributes typed (``rules``,
``excluded``, and its evidence one LIST of STRUCT, each piece's keys in the build's order, its path,
text and sentence by their place in ``graph_strings``, where each different one is once), from
which it is read back; an edge whose attributes are not as the build makes them is kept whole as
JSON (``attrs``; a date as ``{"__date__": "2021-04-19"}``, as :mod:`vanban.graph.encoding` writes
one inside JSON). The view ``graph_edges`` gives SQL every edge's attributes as JSON, made when
read (:data:`.schema.GRAPH_EDGES_VIEW`): each piece of evidence was written twice before, as JSON
for SQL and pickled to be read back, the two most of a large graph's save.

Each node is written in a row of ``graph_node_rows``, its attributes typed (a node whose attributes are not as the
build makes them kept whole as JSON, ``attrs``); the view ``graph_nodes`` gives SQL their JSON, made when read
(:data:`.schema.GRAPH_NODES_VIEW`): made in Python at each save, it was a fifth of the save's own thread at 100k
generated documents. The nodes and the graph's own attributes are read back from ``graph_blobs``, pickled by batches
(faster than their JSON), unpickled with only plain data and dates allowed (a store from elsewhere cannot run code); a
store whose blobs cannot be read so reads the JSON of ``graph_nodes``.

Example::

    >>> import duckdb, networkx as nx
    >>> from vanban.store.schema import create
    >>> con = duckdb.connect(); create(con)
    >>> G = nx.MultiDiGraph(); G.add_edge("45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", key="implements")
    'implements'
    >>> save_graph(con, G); load_graph(con).edges(keys=True) == G.edges(keys=True)
    True
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import pickle
from array import array
from collections import deque
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain, islice, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Callable, Optional

from ..graph.build import NODE_LAYOUTS
from ..graph.compact import maker, small_dict
from ..parallel import NO_YOUNG_COLLECTIONS, bulk_gc
from .schema import (
    EDGE_FIELDS,
    EVIDENCE_FIELDS,
    NODE_FIELDS,
    OPTIONAL_FIELDS,
    REPAIR_FIELDS,
    SHARED_FIELDS,
    behind,
    bounded,
    deferred,
    transaction,
    whole,
)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["save_graph", "load_graph", "state_key", "files_key", "edge_order"]


#: how the graph is stored (in :func:`state_key`: a graph stored otherwise is built again from the records);
#: 2: its own attributes (``G.graph``) in rows of ``graph_attrs``, not one value of ``meta``; 3: its edges in
#: ``graph_edge_rows``, typed (a store of layout 4 opened read-only builds its graph, not reading one it cannot); 4: the
#: evidence's paths, texts and sentences in ``graph_strings``; 5: its nodes in ``graph_node_rows``, typed
FORMAT = "5"


def state_key(con, *options, files: Optional[str] = None) -> str:
    """What the graph of a store depends on: the parser, every stored file's path and hash (``files``:
    :func:`files_key` when known), the build options, and how it is stored (:data:`FORMAT`)."""
    return f"{files if files is not None else files_key(con)}:{':'.join(map(str, options))}:g{FORMAT}"


def files_key(con) -> str:
    """The parser and every stored file's path and hash, in order: a sum of the hash of each (seq, path, hash), in
    constant memory (the md5 of all of them joined in one string took 66 MB of DuckDB's 256 MiB at 400k generated
    documents, and failed: "failed to allocate data of size 64.0 MiB")."""
    n, total = con.execute(
        "select count(*), coalesce(sum(hash(seq, path, hash)), 0) from files where error_kind is null"
    ).fetchall()[0]
    digest = f"{n}:{total}"
    parser = next(iter(con.execute("select value from meta where name = 'parser'").fetchall()), None)
    return f"{parser[0] if parser else ''}:{digest}"


def _default(o):
    if isinstance(o, _dt.date):
        return {"__date__": o.isoformat()}
    if isinstance(o, (set, frozenset)):
        return {"__set__": sorted(o)}
    raise TypeError(f"cannot store {type(o).__name__} in a graph attribute")


def _hook(d: dict):
    if len(d) == 1:
        if "__date__" in d:
            return _dt.date.fromisoformat(d["__date__"])
        if "__set__" in d:
            return set(d["__set__"])
    return d


#: ``json.dumps(a, ensure_ascii=False, default=_default)``'s encoder, made once (dumps makes one a call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, default=_default)


def _attrs(a: dict) -> str:
    """Attributes as JSON, dates (and sets) tagged as :mod:`vanban.graph.encoding` tags them inside JSON."""
    return _ENCODER.encode(a)


def _read(s: str) -> dict:
    """Attributes written by :func:`_attrs` (the hook, a Python call per dict, only where a tag is)."""
    return json.loads(s, object_hook=_hook) if '"__' in s else json.loads(s)


def edge_order(G) -> list[tuple]:
    """The edges of ``G`` in an order that, added one after another, gives each node its successors
    and its predecessors in the order ``G`` has them (a topological order of both)."""
    return [e[:4] for e in _in_order(G, _order(G))]


@dataclass
class _Order:
    """The edges of a graph in :func:`edge_order`'s order, in arrays of ints (16 bytes a pair and 8 a node held while
    a graph is written, not a list of (source, target) tuples: 64 bytes a pair): ``names`` the nodes in ``G``'s
    order, each pair (``source[i]``, ``target[i]``) their places in it, the pairs in ``G``'s order (each source's
    successors in turn); ``out`` the places of the pairs in the edge order, ``first`` the place of each pair's first
    edge in ``G.edges(keys=True)`` (``graph_edges.k``)."""

    names: list
    source: array
    target: array
    out: array
    first: array


def _order(G) -> _Order:
    """The order of the edges of ``G`` (:class:`_Order`). A pair comes before at most two others: the next successor
    of its source (the next pair), the next predecessor of its target; those are two arrays of ints, not a list of
    lists and a list of tuples of every edge (1 KB a document while a large graph was written, at the peak of a
    store's first run)."""
    succ, pred = G._succ, G._pred
    names = list(G)
    number = {v: i for i, v in enumerate(names)}
    source, target = array("q"), array("q")
    for i, s in enumerate(names):
        for t in succ[s]:
            source.append(i)
            target.append(number[t])
    n = len(source)
    indeg = bytearray(n)
    for i in range(n - 1):
        if source[i + 1] == source[i]:
            indeg[i + 1] += 1
    then = _next_predecessor(names, pred, number, source, target, indeg)
    del number
    ready = deque(i for i in range(n) if indeg[i] == 0)
    out = array("q")
    while ready:
        i = ready.popleft()
        out.append(i)
        for j in (i + 1 if i + 1 < n and source[i + 1] == source[i] else -1, then[i]):
            if j >= 0:
                indeg[j] -= 1
                if indeg[j] == 0:
                    ready.append(j)
    del then, indeg
    if len(out) != n:  # pragma: no cover - orders that no sequence of additions gives
        out = array("q", range(n))
    first, k = array("q", bytes(8 * n)), 0  # the place of each pair's first edge in G.edges(keys=True)
    for i in range(n):
        first[i] = k
        k += len(succ[names[source[i]]][names[target[i]]])
    return _Order(names, source, target, out, first)


def _next_predecessor(names: list, pred: dict, number: dict, source: array, target: array, indeg: bytearray) -> array:
    """For each pair, the pair of its target's next predecessor (-1 for none), each counted in ``indeg``. The pairs
    grouped by target (a counting sort, arrays of ints), then each target's by its source: one small dict at a time,
    not one of every pair."""
    n, m = len(source), len(names)
    start = array("q", bytes(8 * (m + 1)))
    for t in target:
        start[t + 1] += 1
    for v in range(m):
        start[v + 1] += start[v]
    by_target, fill = array("q", bytes(8 * n)), start[:-1]
    for i, t in enumerate(target):
        by_target[fill[t]] = i
        fill[t] += 1
    del fill
    then = array("q", [-1]) * n
    for v in range(m):
        mine = {source[i]: i for i in by_target[start[v] : start[v + 1]]}
        at = -1
        for s in pred[names[v]]:
            j = mine[number[s]]
            if at >= 0:
                then[at] = j
                indeg[j] += 1
            at = j
    return then


def _in_order(G, order: _Order, nodes: bool = False):
    """(source, target, key, attributes, place in ``G.edges(keys=True)``) of each edge, in :func:`edge_order`; with
    ``nodes``, then the places of its source and its target in ``G``'s nodes (:func:`_node_columns`)."""
    names, source, target, first = order.names, order.source, order.target, order.first
    for i in order.out:
        a, b = source[i], target[i]
        s, t = names[a], names[b]
        for j, (k, attrs) in enumerate(G._succ[s][t].items()):
            yield (s, t, k, attrs, first[i] + j, a, b) if nodes else (s, t, k, attrs, first[i] + j)


def _nodes(G, names: list, lo: int, size: int) -> list[tuple]:
    """(node, attributes) of ``size`` of the nodes ``names`` from ``lo``."""
    nd = G._node
    return [(v, nd[v]) for v in names[lo : lo + size]]


def _chunks(items, size: int):
    """Lists of ``size`` of ``items`` (the last shorter)."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def save_graph(con, G, batch: int = 10_000, blob_batch: int = 20_000) -> None:
    """Replace the stored graph by ``G``, written ``batch`` rows at a time, each batch committed on its
    own: DuckDB holds the rows of a transaction in memory until it commits, and the JSON and pickles
    of a large graph at once were a quarter of the peak memory of a store's first run (0.27 GB at
    30k documents). The graph's ``meta`` key goes first, in one transaction with the old rows, so
    a save cut short is never read as a graph: the store builds it again."""
    # the collector off: its full passes over the graph (millions of objects that live on) found nothing to free,
    # a sixth of a save's CPU at 10k documents
    with bulk_gc(every=NO_YOUNG_COLLECTIONS):
        order = _order(G)  # of the edges: (source, target, key, attributes, place in G.edges) by _in_order, twice
        names = order.names  # of the nodes, in order: (node, attributes) made a batch at a time, not a list of every node
        drop = ["delete from meta where name in ('graph', 'graph_attrs')"] + [f"delete from {t}" for t in _GRAPH_TABLES]
        with transaction(con):
            for q in drop:
                con.execute(q)
        # one checkpoint at the end, not one each time the log passes DuckDB's threshold (16 MiB: nearly each batch
        # of a large graph, and each blob): at 100k documents the inserts took 12 s of the 24 s of a save, 4.5 s so
        # (and the checkpoint 2.5 s), and the process less memory
        # each batch's rows inserted by DuckDB on a thread of its own while the next are made (schema.behind: the
        # inserts off the GIL, on the other core)
        with deferred(con), behind(con) as put:
            for lo in range(0, len(names), batch):
                put(_insert, "graph_node_rows", _node_table(_nodes(G, names, lo, batch), lo))
            ends = _node_columns(G, names)  # (each node's once, not each edge's source's and target's)
            shared = _Shared()
            for lo, edges in enumerate(_chunks(_in_order(G, order, nodes=True), batch)):
                put(_insert, "graph_edge_rows", _edge_table(edges, lo * batch, ends, shared))
                put(_insert, "graph_strings", shared.table())
            del ends, shared
            put(_insert, "graph_attrs", _attrs_table(list(attr_pieces(G.graph))))
            save_blobs(con, G, names, blob_batch, put)


_GRAPH_TABLES = ("graph_node_rows", "graph_edge_rows", "graph_strings", "graph_attrs", "graph_blobs")

#: the entries of a dict (or items of a list) of the graph's own attributes in one piece: ``G.graph["aliases"]``
#: has an entry for each document known by two keys (55 MB of JSON at 400k generated documents, one value of
#: ``meta``: DuckDB could not hold it under 256 MiB, "could not allocate block of size 55.4 MiB")
ATTR_PIECE = 2000


def attr_pieces(attrs: dict, batch: int = ATTR_PIECE):
    """The graph's attributes ``attrs`` as (name, kind, value) pieces: a dict by ``batch`` entries (kind "dict"),
    a list by ``batch`` items ("list"), any other value whole ("value"); :func:`attrs_of` joins them again.

    >>> list(attr_pieces({"aliases": {"25-KH/TU@Gia Lai#?": "25-KH/TU@Gia Lai#2021", "a": "b"}, "n": 3}, batch=1))
    [('aliases', 'dict', {'25-KH/TU@Gia Lai#?': '25-KH/TU@Gia Lai#2021'}), ('aliases', 'dict', {'a': 'b'}), ('n', 'value', 3)]
    """
    for name, value in attrs.items():
        kind = "dict" if type(value) is dict else "list" if type(value) is list else "value"
        if kind == "value" or not value:
            yield name, kind, value
            continue
        items = list(value.items()) if kind == "dict" else value
        for lo in range(0, len(items), batch):
            yield name, kind, dict(items[lo : lo + batch]) if kind == "dict" else items[lo : lo + batch]


def attrs_of(pieces) -> dict:
    """The attributes :func:`attr_pieces` cut in ``pieces``, in their order."""
    out: dict = {}
    for name, kind, value in pieces:
        if kind == "value" or name not in out:
            out[name] = value if kind == "value" else type(value)()
        if kind == "dict":
            out[name].update(value)
        elif kind == "list":
            out[name].extend(value)
    return out


def _attrs_table(pieces: list):
    import pyarrow as pa

    return pa.table(
        {
            "i": pa.array(range(len(pieces)), pa.int32()),
            "name": pa.array([p[0] for p in pieces], pa.string()),
            "kind": pa.array([p[1] for p in pieces], pa.string()),
            "value": pa.array([_attrs(p[2]) for p in pieces], pa.string()),
        }
    )


def _insert(con, table: str, rows) -> None:
    con.register("_g", rows)
    con.execute(f"insert into {table} by name select * from _g")
    con.unregister("_g")
    bounded(con)  # the large values waiting for the deferred checkpoint, bounded (schema.bounded)


def _execute(con, sql: str) -> None:
    con.execute(sql)


def _on(con, f: Callable, *args) -> None:
    """``f(con, *args)`` now (what a :func:`.schema.behind`'s ``put`` runs on its thread)."""
    f(con, *args)


#: the Python types a node attribute of each SQL type (:data:`.schema.NODE_FIELDS`) is typed from; the others kept whole
_NODE_TYPES = {"VARCHAR": {str, type(None)}, "DATE": {_dt.date, type(None)}, "BOOLEAN": {bool, type(None)}, "VARCHAR[]": {list}}

#: the place in :data:`vanban.graph.build.NODE_LAYOUTS` of each layout of a node as the build makes it
_NODE_LAYOUT = {keys: n for n, keys in enumerate(NODE_LAYOUTS)}


def _node_table(nodes: list, lo: int):
    """Rows of ``graph_node_rows`` (``nodes``: (node, attributes) each, the first the ``lo``-th): a node whose
    attributes are as the build makes them (the keys of one of :data:`vanban.graph.build.NODE_LAYOUTS`, in their order, each value
    of its column's type; ``conflicts`` a dict) typed, ``layout`` its place there; any other its whole attributes as JSON
    (``attrs``, :func:`_attrs`), its typed columns null. The view ``graph_nodes`` makes the JSON of the typed ones when
    read (:data:`.schema.GRAPH_NODES_VIEW`).

    >>> import datetime
    >>> from vanban.graph.build import node_attrs
    >>> tu = node_attrs("25-KH/TU@Gia Lai#2021", issuer="Ban Thường vụ Tỉnh ủy Gia Lai", date=datetime.date(2021, 4, 19))
    >>> t = _node_table([("25-KH/TU@Gia Lai#2021", tu), ("45-KH/HU@Phú Thiện, Gia Lai#2021", {"paths": ["a.md"]})], 0)
    >>> t.column("layout").to_pylist(), t.column("issuer").to_pylist(), t.column("attrs").to_pylist()
    ([1, None], ['Ban Thường vụ Tỉnh ủy Gia Lai', None], [None, '{"paths": ["a.md"]}'])
    """
    import pyarrow as pa

    from .rows import _column

    attrs = [a for _, a in nodes]
    layout = [_NODE_LAYOUT.get(tuple(a)) for a in attrs]
    cols = _node_values(attrs)
    kept = {j for j, n in enumerate(layout) if n is None}
    for k, t in NODE_FIELDS:
        kept |= _untyped(cols[k], {dict} if k == "conflicts" else _NODE_TYPES[t], t == "VARCHAR[]")
    for j in kept:
        layout[j] = None
        for v in cols.values():
            v[j] = None
    typed = {k: _node_column(k, cols[k], t, layout) for k, t in NODE_FIELDS}
    return pa.table(
        {
            "i": pa.array(range(lo, lo + len(nodes)), pa.int32()),
            "node": _column([n for n, _ in nodes], pa.string()),
            "layout": pa.array(layout, pa.int8()),
            **typed,
            "attrs": pa.array([_attrs(a) if j in kept else None for j, a in enumerate(attrs)], pa.string()),
        }
    )


#: the attributes every node as the build makes it has, at once (:func:`_node_values`)
_COMMON = itemgetter(*NODE_LAYOUTS[1])


def _node_values(attrs: list) -> dict:
    """The values of each attribute of :data:`.schema.NODE_FIELDS` of the nodes of attributes ``attrs`` (None where a
    node has none): those every layout has in one pass over the nodes (a node that lacks one: each by itself)."""
    try:
        common = list(zip(*map(_COMMON, attrs))) or [()] * len(NODE_LAYOUTS[1])
    except KeyError:
        common = [[a.get(k) for a in attrs] for k in NODE_LAYOUTS[1]]
    cols = dict(zip(NODE_LAYOUTS[1], map(list, common)))
    for k, _ in NODE_FIELDS:
        if k not in cols:
            cols[k] = [a.get(k) for a in attrs]
    return cols


def _untyped(values: list, kinds: set, texts: bool) -> set:
    """The places of ``values`` whose type is not one of ``kinds`` (with ``texts``: a list of strings); checked at
    once, value by value only when one is not."""
    if set(map(type, values)) <= kinds and (not texts or set(map(type, chain.from_iterable(values))) <= {str}):
        return set()
    ok = (lambda v: type(v) is list and all(type(w) is str for w in v)) if texts else (lambda v: type(v) in kinds)
    return {j for j, v in enumerate(values) if not ok(v)}


def _node_column(name: str, values: list, kind: str, layout: list):
    """The Arrow column of the node attribute ``name`` of SQL type ``kind`` of ``values`` (typed: :func:`_node_table`), its
    strings through bytes (:func:`.rows._column`: they live on in the graph); ``conflicts`` as JSON, "{}" for none."""
    import pyarrow as pa

    from .rows import _column

    if kind == "DATE":
        return pa.array(values, pa.date32())
    if kind == "BOOLEAN":
        return pa.array(values, pa.bool_())
    if kind == "VARCHAR[]":
        return pa.array(values, pa.list_(pa.string()))
    if name in ("key", "path"):  # (one a node)
        return _column(values, pa.string())
    if name != "conflicts":  # (a title, an issuer, a province: of many nodes)
        return _texts(values)
    return pa.array([None if n is None else _attrs(c) if c else "{}" for c, n in zip(values, layout)], pa.string())


def _node_columns(G, names: list) -> dict:
    """What ``graph_edges`` says of an edge's source and target, for each node of ``names`` (in ``G``'s order): its
    name (through bytes, :func:`.rows._column`: no UTF-8 copy left on the graph's strings), level and date."""
    import pyarrow as pa

    from .rows import _column

    nd = G._node
    return {
        "name": _column(names, pa.string()),
        "level": pa.array([nd[v].get("level") for v in names], pa.string()),
        "date": pa.array([_day(nd[v].get("date")) for v in names], pa.date32()),
    }


def _edge_table(edges: list, lo: int, ends: dict, shared: _Shared):
    """Rows of ``graph_edge_rows`` (``edges`` of :func:`_in_order` with the places of their nodes): the plain columns
    for SQL and the frames, those of the source and target taken from :func:`_node_columns` (``ends``), and the
    attributes: typed (``rules``, ``excluded``, ``evidence``: :func:`_typed_columns`) when they are as the build
    makes them, else whole as JSON (``attrs``); the evidence's strings by their place in ``graph_strings`` (``shared``)."""
    import pyarrow as pa

    ev = [e[3].get("evidence", ()) for e in edges]
    src, tgt = pa.array([e[5] for e in edges], pa.int64()), pa.array([e[6] for e in edges], pa.int64())
    typed, files, repaired = _typed_columns(edges, shared)
    return pa.table(
        {
            "i": pa.array(range(lo, lo + len(edges)), pa.int32()),
            "k": pa.array([e[4] for e in edges], pa.int32()),
            "source": ends["name"].take(src),
            "target": ends["name"].take(tgt),
            "relation": pa.array([e[2] for e in edges], pa.string()),
            "cascade": pa.array([bool(e[3].get("cascade")) for e in edges], pa.bool_()),
            "inferred": pa.array([bool(e[3].get("inferred")) for e in edges], pa.bool_()),
            "mentions": pa.array([len(x) for x in ev], pa.int32()),
            "repaired": pa.array(repaired, pa.bool_()),
            "source_level": ends["level"].take(src),
            "target_level": ends["level"].take(tgt),
            "source_date": ends["date"].take(src),
            "target_date": ends["date"].take(tgt),
            "files": pa.array(files, pa.list_(pa.string())),
            **typed,
        }
    )


# --- an edge's attributes typed: the evidence one LIST of STRUCT ------------------------------------------

#: the keys of a piece of evidence as the build makes it, in its order, with a repair and without one
#: (:data:`.schema.EVIDENCE_FIELDS`); a repair's (:data:`.schema.REPAIR_FIELDS`)
REPAIRED_KEYS = tuple(k for k, _ in EVIDENCE_FIELDS)
EVIDENCE_KEYS = tuple(k for k in REPAIRED_KEYS if k != "repaired")
REPAIR_KEYS = REPAIR_FIELDS
_INTS = tuple(k for k, t in EVIDENCE_FIELDS if t == "INTEGER")


def _layouts(keys: tuple) -> frozenset:
    """Every order of ``keys`` the build gives an edge: each of :data:`.schema.OPTIONAL_FIELDS` there or not."""
    if not keys:
        return frozenset({()})
    rest = _layouts(keys[1:])
    return frozenset({(keys[0], *r) for r in rest} | (rest if keys[0] in OPTIONAL_FIELDS else set()))


#: the attributes of an edge as the build makes them, in the order it adds them (:data:`.schema.EDGE_FIELDS`)
EDGE_LAYOUTS = _layouts(EDGE_FIELDS)

_NONE = type(None)


def _typed_columns(edges: list, shared: _Shared) -> tuple[dict, list, list]:
    """``rules``, ``excluded``, ``evidence`` and ``attrs`` of the rows of ``edges``, and each edge's files and whether
    one of its citations was repaired: an edge whose attributes are as the build makes them (:func:`_plain`: all of a
    built graph's) typed, its ``attrs`` null; any other its whole attributes as JSON (:func:`_attrs`), its typed
    columns null. A batch is checked at once; one that is not all plain, edge by edge."""
    typed = _typed([e[3] for e in edges], _plain(edges), shared)
    if typed is None:
        plain = [_typed([e[3]], _plain([e]), shared) is not None for e in edges]
        attrs = [e[3] if p else None for e, p in zip(edges, plain)]
        kept = [None if p else _attrs(e[3]) for e, p in zip(edges, plain)]
        typed = _typed(attrs, _plain([e for e, p in zip(edges, plain) if p]), shared, kept)
    columns, files, repaired = typed
    for j, e in enumerate(edges):
        if files[j] is None:  # (kept whole)
            ev = e[3].get("evidence", ())
            files[j] = sorted({x["path"] for x in ev if x.get("path")})
            repaired[j] = any("repaired" in x for x in ev)
    return columns, files, repaired


def _typed(attrs: list, cols: Optional[dict], shared: _Shared, kept: Optional[list] = None) -> Optional[tuple[dict, list, list]]:
    """:func:`_typed_arrays` of the edges of ``attrs`` (None for one kept whole as JSON, ``kept``) whose evidence has
    the values ``cols``; None when ``cols`` is, or when a value is not of its column's type (Arrow says so)."""
    if cols is None:
        return None
    mark = len(shared.new)
    try:
        return _typed_arrays(attrs, kept or [None] * len(attrs), cols, shared)
    except (TypeError, ValueError):  # (pyarrow's ArrowTypeError and ArrowInvalid among them)
        shared.forget(mark)  # (the strings of a column before the one that failed: no edge typed here gives their place)
        return None


def _plain(edges: list) -> Optional[dict]:
    """The columns of the evidence of ``edges`` (:func:`_evidence_columns`) when the attributes of every edge are as
    the build makes them: the keys of :data:`EDGE_LAYOUTS` in their order, ``relation`` the edge's key, a bool, a
    string or none as the columns say, a list of evidence; else None. Checked column by column (the set of the types
    of each), not edge by edge; the strings when written (:func:`_texts`)."""
    attrs = [e[3] for e in edges]
    if not set(map(tuple, attrs)) <= EDGE_LAYOUTS or list(map(itemgetter("relation"), attrs)) != [e[2] for e in edges]:
        return None
    for name, kinds in (("inferred", {bool}), ("cascade", {bool})):
        if not set(map(type, map(itemgetter(name), attrs))) <= kinds:
            return None
    evidence = list(map(itemgetter("evidence"), attrs))
    if not set(map(type, evidence)) <= {list}:
        return None
    return _evidence_columns([p for ev in evidence for p in ev])


#: each value of a piece of evidence but its repair, at once
_VALUES = itemgetter(*EVIDENCE_KEYS)
_ABSENT = object()


def _evidence_columns(pieces: list) -> Optional[dict]:
    """The values of ``pieces`` of evidence by key (:data:`REPAIRED_KEYS`; ``repaired`` None where there is none),
    when each is as the build makes it: a dict of :data:`EVIDENCE_KEYS` or :data:`REPAIRED_KEYS` in their order, its
    offsets ints (or none), a repair a dict of :data:`REPAIR_KEYS`; else None. Each piece is read in three passes
    (a large graph's pieces lie all over its memory: a pass is one cache miss a piece); its strings are checked
    when written (:func:`_texts`)."""
    try:
        if not set(map(tuple, pieces)) <= {EVIDENCE_KEYS, REPAIRED_KEYS}:
            return None
        values = list(zip(*map(_VALUES, pieces))) or [()] * len(EVIDENCE_KEYS)
        fixes = list(map(dict.get, pieces, repeat("repaired"), repeat(_ABSENT)))
    except TypeError:  # (a piece not a dict)
        return None
    cols = dict(zip(EVIDENCE_KEYS, map(list, values)))
    if any(not set(map(type, cols[n])) <= {int, _NONE} for n in _INTS):
        return None
    mended = [f for f in fixes if f is not _ABSENT]
    if not set(map(type, mended)) <= {dict} or not set(map(tuple, mended)) <= {REPAIR_KEYS}:
        return None
    cols["repaired"] = [None if f is _ABSENT else f for f in fixes] if mended else [None] * len(fixes)
    return cols


def _typed_arrays(attrs: list, kept: list, cols: dict, shared: _Shared) -> tuple[dict, list, list]:
    """The typed columns of edges of attributes ``attrs`` (None for an edge kept whole as JSON, ``kept``), the values
    of their evidence ``cols`` (:func:`_evidence_columns`; its :data:`.schema.SHARED_FIELDS` by their places in
    ``shared``); and each typed edge's files and whether one of its citations was repaired (None for the others)."""
    import pyarrow as pa

    ends = [0, *accumulate(len(a["evidence"]) if a is not None else 0 for a in attrs)]
    fixes, paths = cols["repaired"], cols["path"]
    fix = pa.StructArray.from_arrays(
        [_texts([f[n] if f is not None else None for f in fixes]) for n in REPAIR_KEYS],
        names=list(REPAIR_KEYS),
        mask=pa.array([f is None for f in fixes], pa.bool_()),
    )
    names = list(REPAIRED_KEYS)
    values = [fix if n == "repaired" else _evidence_column(n, cols[n], shared) for n in names]
    none = pa.array([a is None for a in attrs], pa.bool_())
    evidence = pa.ListArray.from_arrays(pa.array(ends, pa.int32()), pa.StructArray.from_arrays(values, names=names), mask=none)
    columns = {
        # (a value that is not a string raises _texts' TypeError: the edge is kept whole)
        "rules": _texts([a.get("repaired") if a is not None else None for a in attrs]),
        "excluded": _texts([a.get("excluded") if a is not None else None for a in attrs]),
        "evidence": evidence,
        "attrs": pa.array(kept, pa.string()),
    }
    files, repaired = _files_and_repairs(attrs, ends, paths, fixes)
    return columns, files, repaired


def _files_and_repairs(attrs: list, ends: list, paths: list, fixes: list) -> tuple[list, list]:
    """Each typed edge's files (its evidence's paths, sorted, each once) and whether one of its citations was
    repaired (None for an edge kept whole: ``attrs`` None), its evidence ``paths[lo:hi]`` and ``fixes[lo:hi]`` (``lo``,
    ``hi`` from ``ends``). An edge of one citation (two of three at 20k generated documents: 41k of 64k) is read
    without a slice, a set, a sort and a generator (0.14 → 0.08 s for the 64k edges)."""
    files: list = []
    repaired: list = []
    for a, lo, hi in zip(attrs, ends, ends[1:]):
        if a is None:
            files.append(None)
            repaired.append(None)
        elif hi - lo == 1:
            p = paths[lo]
            files.append([p] if p else [])
            repaired.append(fixes[lo] is not None)
        else:
            files.append(sorted({p for p in paths[lo:hi] if p}))
            repaired.append(any(f is not None for f in fixes[lo:hi]))
    return files, repaired


def _evidence_column(name: str, values: list, shared: _Shared):
    """The column of the key ``name`` of the pieces of evidence (``values``): offsets ints, the strings of
    :data:`.schema.SHARED_FIELDS` their places in ``graph_strings`` (``shared``), the others text."""
    import pyarrow as pa

    if name in _INTS:
        return pa.array(values, pa.int32())
    return shared.places(values) if name in SHARED_FIELDS else _texts(values)


class _Shared:
    """The place in ``graph_strings`` of each different string of the evidence (:data:`.schema.SHARED_FIELDS`) of a
    graph being saved, each written once (:meth:`table`): a path is cited in many pieces of evidence, a sentence and
    a text often in several (at 100k generated documents 637k pieces of each, 100k different paths, 33k sentences
    and 27k texts: 243 MB of strings, written and read back once, not each time cited)."""

    def __init__(self) -> None:
        self.at: dict = {None: None}  # a string -> its place (``i``)
        self.new: list[str] = []  # those not written yet

    def places(self, values: list):
        """An int column of the places of ``values`` (strings or none; else a TypeError: the edge is kept whole)."""
        import pyarrow as pa

        if not set(map(type, values)) <= {str, _NONE}:
            raise TypeError("not a string")
        at = self.at
        new = [w for w in dict.fromkeys(values) if w not in at]
        at.update(zip(new, range(len(at) - 1, len(at) - 1 + len(new))))  # (the places from 0: None is in ``at``)
        self.new += new
        return pa.array(list(map(at.__getitem__, values)), pa.int32())

    def forget(self, mark: int) -> None:
        """Take back the strings :meth:`places` added since ``len(self.new)`` was ``mark`` (the edges that gave them
        kept whole as JSON after all): no row of ``graph_strings`` that nothing reads."""
        for w in self.new[mark:]:
            del self.at[w]
        del self.new[mark:]

    def table(self):
        """The rows of ``graph_strings`` not written yet (the strings through bytes, :func:`.rows._column`)."""
        import pyarrow as pa

        from .rows import _column

        words, self.new = self.new, []
        lo = len(self.at) - 1 - len(words)
        return pa.table({"i": pa.array(range(lo, lo + len(words)), pa.int32()), "s": _column(words, pa.string())})


def _texts(values: list):
    """A text column of ``values``, each different one written once (a dictionary: a generated cascade cites in
    559k sentences, 240k different, at 100k documents), through bytes (:func:`.rows._column`: no UTF-8 copy left on
    the graph's strings); read as plain text. Made without a Python loop over ``values``."""
    import pyarrow as pa

    from .rows import _column

    words = dict.fromkeys(values)
    words.pop(None, None)
    if not set(map(type, words)) <= {str}:  # (a value that is not a string: the edge is kept whole)
        raise TypeError("not a string")
    at = dict(zip(words, range(len(words))))
    at[None] = None
    codes = pa.array(list(map(at.__getitem__, values)), pa.int32())
    return pa.DictionaryArray.from_arrays(codes, _column(list(words), pa.string()))


def _day(x):
    return x if isinstance(x, _dt.date) else None


def _columns(con, sql: str) -> list[list]:
    tb = con.sql(sql).to_arrow_table()
    return [tb.column(n).to_pylist() for n in tb.column_names]


def _read_many(docs: list[str], batch: int = 20_000) -> list[dict]:
    """Many attribute dicts, parsed as JSON arrays of ``batch`` (one parse shares the key strings of all,
    and is faster than one parse each); the date hook only where a tag is."""
    out: list[dict] = []
    for lo in range(0, len(docs), batch):
        text = "[" + ",".join(docs[lo : lo + batch]) + "]"
        out.extend(json.loads(text, object_hook=_hook) if '"__' in text else json.loads(text))
    return out


def load_graph(con) -> nx.MultiDiGraph:
    """The stored graph, as it was built: its attributes and nodes from ``graph_blobs`` (else from their JSON), its
    edges from ``graph_edge_rows``."""
    import networkx as nx

    G = nx.MultiDiGraph()
    strings: dict = {}  # one object for equal strings (and offsets) of the nodes and the evidence, as built
    with bulk_gc(every=NO_YOUNG_COLLECTIONS):  # many objects that all live on: the collector would only scan them again
        if not load_blobs(con, G, strings):
            strings.clear()
            rows = con.execute("select name, kind, value from graph_attrs order by i").fetchall()
            G.graph.update(attrs_of((name, kind, _read(value)) for name, kind, value in rows))
            nodes, attrs = _columns(con, "select node, attrs from graph_nodes order by i")
            _add_nodes(list(zip(nodes, _read_many(attrs))), G._node, G._succ, G._pred, strings)
            del nodes, attrs
        load_edges(con, G, strings)
    return G


# --- the edges, typed ---------------------------------------------------------------------------------------

#: the columns of ``graph_edge_rows`` an edge is read back from: in the order the rows were written, or sorted
_EDGE_READ = "select i, source, target, relation, inferred, cascade, rules, excluded, evidence, attrs from graph_edge_rows"
_EDGE_READ_SORTED = _EDGE_READ + " order by i"

#: the rows of ``graph_edge_rows`` made Python values at once
EDGE_BATCH = 20_000


class _OutOfOrder(ValueError):
    """The rows of ``graph_edge_rows`` did not come in the order written."""


def load_edges(con, G, strings: dict) -> None:
    """Add the stored edges to ``G`` (its nodes in), in the order written: the rows as DuckDB gives a table's rows,
    in the order inserted (a sort would hold the whole table, every piece of evidence, in its memory), checked;
    should they not come so, the edges read again sorted."""
    cur = con.cursor()
    try:
        words = _read_strings(cur, strings.setdefault)
        try:
            _add_edge_rows(cur, _EDGE_READ, G, strings, words, EDGE_BATCH)
        except _OutOfOrder:
            G.remove_edges_from(list(G.edges(keys=True)))
            with whole(cur):
                _add_edge_rows(cur, _EDGE_READ_SORTED, G, strings, words, EDGE_BATCH)
    finally:
        cur.close()


def _read_strings(cur, share) -> list:
    """The strings of ``graph_strings``, each at its place ``i``, taken through ``share`` (the nodes' paths and
    titles are the same objects); the rows as DuckDB gives them (the place says where each goes)."""
    words: list = [None] * cur.execute("select count(*) from graph_strings").fetchall()[0][0]
    for b in cur.sql("select i, s from graph_strings").to_arrow_reader(EDGE_BATCH):
        for i, w in zip(b.column("i").to_pylist(), b.column("s").to_pylist()):
            words[i] = share(w, w)
    return words


def _add_edge_rows(cur, sql: str, G, strings: dict, words: list, batch: int) -> None:
    """Add the edges of the rows of ``sql`` to ``G``, each pair's key dict shared by its source's successors and
    its target's predecessors as networkx shares it, a small dict as built (:mod:`..graph.compact`), each name the
    node's own string, the evidence's strings those of ``words`` (:func:`_read_strings`)."""
    succ, pred = G._succ, G._pred
    names = {n: n for n in G._node}
    share = strings.setdefault
    pairs: dict = {}  # a key -> the maker of a pair's key dict holding it first (compact.maker)
    at = 0
    for b in cur.sql(sql).to_arrow_reader(batch):
        i = b.column("i").to_pylist()
        if i != list(range(at, at + len(i))):
            raise _OutOfOrder(f"graph_edge_rows: row {i[:1]} where {at} was due")
        at += len(i)
        ends = [_read_texts(b.column(n), names.setdefault) for n in ("source", "target")]
        keys = _read_texts(b.column("relation"), share)
        for u, v, k, a in zip(*ends, keys, _edge_attrs(b, keys, share, words)):
            if u not in succ or v not in succ:
                G.add_nodes_from((u, v))
            pair = succ[u].get(v)
            if pair is None:  # the pair's key dict, a small dict as built
                new = pairs.get(k) or pairs.setdefault(k, maker((k,)))
                pair = succ[u][v] = pred[v][u] = new()
            pair[k] = a


def _edge_attrs(b, rel: list, share, words: list) -> list[dict]:
    """The attributes of the edges of the rows ``b`` (``rel`` their keys): made of their typed columns, or read from
    their JSON."""
    kept = b.column("attrs").to_pylist()
    inferred, cascade = b.column("inferred").to_pylist(), b.column("cascade").to_pylist()
    rules, excluded = _read_texts(b.column("rules"), share), _read_texts(b.column("excluded"), share)
    evidence = _read_evidence(b.column("evidence"), share, words)
    out = []
    for j, text in enumerate(kept):
        if text is not None:
            out.append(_read_whole(text, share))
            continue
        a = _EDGE_MAKERS[rules[j] is not None, excluded[j] is not None]()  # (its keys given in the maker's order)
        a["relation"], a["evidence"], a["inferred"] = rel[j], evidence[j], inferred[j]
        if rules[j] is not None:
            a["repaired"] = rules[j]
        a["cascade"] = cascade[j]
        if excluded[j] is not None:
            a["excluded"] = excluded[j]
        out.append(a)
    return out


#: (repaired or not, excluded or not) -> the maker of an edge's attributes so (:func:`.compact.maker`), the keys in the
#: build's order (:data:`.schema.EDGE_FIELDS`)
_EDGE_MAKERS = {
    (fix, out): maker(tuple(k for k in EDGE_FIELDS if (k != "repaired" or fix) and (k != "excluded" or out)))
    for fix in (False, True)
    for out in (False, True)
}


def _read_whole(text: str, share) -> dict:
    """An edge's attributes kept as JSON, each piece of evidence as :func:`_evidence` reads it."""
    a = _read(text)
    if type(a.get("evidence")) is list:  # a list of its length, as built
        a["evidence"] = [_evidence(e, share) if type(e) is dict else e for e in a["evidence"]][:]
    return small_dict(a)


def _read_evidence(col, share, words: list) -> list:
    """Each row's list of evidence (None for a row kept as JSON), each piece a small dict of the keys in the order
    the build gives them (:data:`EVIDENCE_KEYS`, :data:`REPAIRED_KEYS`), its strings and offsets the objects of the
    equal ones before (``share``; those of ``graph_strings`` from ``words``)."""
    offsets = col.offsets.to_pylist()
    fields = dict(zip(REPAIRED_KEYS, col.values.flatten()))
    read = {n: _read_ints if n in _INTS else _read_texts for n in REPAIRED_KEYS}
    read.update(dict.fromkeys(SHARED_FIELDS, lambda c, _: _read_places(c, words)), repaired=lambda c, _: c.to_pylist())
    values = [read[n](fields[n], share) for n in REPAIRED_KEYS]
    pieces = []
    plain, mended = maker(EVIDENCE_KEYS), maker(REPAIRED_KEYS)
    for path, start, end, text, sentence, where, fix, relation in zip(*values):
        e = plain() if fix is None else mended()  # (its keys given in the maker's order)
        e["path"], e["start"], e["end"], e["text"], e["sentence"], e["where"] = path, start, end, text, sentence, where
        if fix is not None:
            e["repaired"] = fix
        e["relation"] = relation
        pieces.append(e)
    valid = col.is_valid().to_pylist()
    return [pieces[lo:hi] if ok else None for lo, hi, ok in zip(offsets, offsets[1:], valid)]


def _read_ints(col, share) -> list:
    return [x if x is None else share(x, x) for x in col.to_pylist()]


def _read_places(col, words: list) -> list:
    """The strings of ``words`` at the places ``col`` gives (none where it gives none)."""
    at = col.to_pylist()
    return [None if j is None else words[j] for j in at] if col.null_count else list(map(words.__getitem__, at))


def _read_texts(col, share) -> list:
    """The strings of ``col``, each different one made once and taken through ``share`` (one object for equal ones
    of other batches too, and the nodes' own for their names)."""
    if col.null_count == len(col):
        return [None] * len(col)
    d = col.dictionary_encode() if not hasattr(col, "dictionary") else col
    words = [w if w is None else share(w, w) for w in d.dictionary.to_pylist()]
    at = d.indices.to_pylist()
    return [None if j is None else words[j] for j in at] if d.null_count else list(map(words.__getitem__, at))


# --- the graph pickled by batches -------------------------------------------------------------

#: the only classes a stored pickle may name (attributes are plain data and dates)
_SAFE = {("datetime", "date"), ("datetime", "datetime"), ("builtins", "set"), ("builtins", "frozenset")}


class _Unpickler(pickle.Unpickler):
    """Plain data and dates only: a pickle naming anything else is refused, not run."""

    def find_class(self, module: str, name: str):
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"a stored graph names {module}.{name}")


def _unpickle(data: bytes):
    return _Unpickler(io.BytesIO(data)).load()


#: the bytes of a pickle per row of ``graph_blobs``: DuckDB keeps a value of 4 KB or more in memory until a
#: checkpoint, which then rewrites every such value of the table at once (a 200k-document graph's blobs did not fit
#: its 256 MiB: "failed to pin block of size 8.4 MiB"); shorter ones it writes to ``temp_directory`` when its memory
#: is full, and a checkpoint (schema.bounded) writes them out by pieces
PIECE = 4000


def save_blobs(con, G, names: list, batch: int = 20_000, put: Optional[Callable] = None) -> None:
    """``graph_blobs``: the graph's attributes and its nodes (``names``: in ``G``'s order), pickled ``batch`` at a
    time (each pickle's memo stays small), each pickle in rows of :data:`PIECE` bytes (``j`` the piece's place in
    it). The edges are not pickled: their rows (``graph_edge_rows``) are read back as fast. ``put``: a
    :func:`.schema.behind` that runs the statements (else they run here, on ``con``)."""
    import pyarrow as pa

    if put is None:
        put = partial(_on, con)
    put(_execute, "delete from graph_blobs")
    attrs = list(attr_pieces(G.graph))
    parts = chain(
        (("graph", attrs[lo : lo + 50]) for lo in range(0, len(attrs), 50)),
        (("nodes", _nodes(G, names, lo, batch)) for lo in range(0, len(names), batch)),
    )
    for i, (part, items) in enumerate(parts):
        data = pickle.dumps(items, protocol=pickle.HIGHEST_PROTOCOL)
        pieces = [data[o : o + PIECE] for o in range(0, len(data), PIECE)] or [b""]
        del data
        tb = pa.table(
            {
                "i": pa.array([i] * len(pieces), pa.int32()),
                "j": pa.array(range(len(pieces)), pa.int32()),
                "part": pa.array([part] * len(pieces), pa.string()),
                "data": pa.array(pieces, pa.binary()),
            }
        )
        del pieces
        put(_insert, "graph_blobs", tb)


def _pickles(cur):
    """(part, bytes) of each pickle of ``graph_blobs``, in order, its pieces joined. The rows come in the
    order written (DuckDB keeps a table's insertion order when a query has no ``order by``: sorting them
    would take the whole table in its memory); a store whose rows are not so gives none (the JSON is read)."""
    reader = cur.sql("select i, j, part, data from graph_blobs").to_arrow_reader(8192)
    at, part, pieces = -1, None, []
    for b in reader:
        for i, j, p, data in zip(*(b.column(n).to_pylist() for n in ("i", "j", "part", "data"))):
            if i != at:
                if j != 0 or i < at:
                    raise ValueError("graph_blobs out of order")
                if pieces:
                    yield part, b"".join(pieces)
                at, part, pieces = i, p, []
            elif j != len(pieces):
                raise ValueError("graph_blobs out of order")
            pieces.append(data)
    if pieces:
        yield part, b"".join(pieces)


def load_blobs(con, G, strings: dict) -> bool:
    """Give the empty ``G`` its attributes and nodes from ``graph_blobs``, their strings shared through
    ``strings``; False, ``G`` left empty, when there are none or one cannot be read."""
    cur = con.cursor()  # its own cursor: dropped when a pickle cannot be read
    node, succ, pred = G._node, G._succ, G._pred
    pieces: list = []
    try:
        for part, data in _pickles(cur):
            items = _unpickle(data)
            if part == "graph":  # (name, kind, value) of :func:`attr_pieces`, joined at the end
                pieces.extend(items)
            elif part == "nodes":
                _add_nodes(items, node, succ, pred, strings)
            else:
                raise ValueError(f"graph_blobs: a part {part!r}")
        G.graph.update(attrs_of(pieces))
    except (pickle.UnpicklingError, EOFError, ValueError, TypeError, KeyError, AttributeError):
        G.clear()
        return False
    finally:
        cur.close()
    return len(node) > 0 or bool(G.graph)


def _add_nodes(items: list, node: dict, succ: dict, pred: dict, strings: dict) -> None:
    """Add the pickled nodes, each one's attributes a small dict as the build makes them (:mod:`..graph.compact`),
    each string but its key one object with the equal ones of the other pickles, its path the one string of its
    evidence too (``strings``: one object for the node's and its citations', for the titles of many, as built)."""
    share = strings.setdefault
    for n, a in items:
        for name, x in a.items():
            if type(x) is str and name != "key":
                a[name] = share(x, x)
        node[n] = small_dict(a)
        succ[n] = {}
        pred[n] = {}


def _evidence(e: dict, share) -> dict:
    """A piece of evidence read back from JSON: its path, sentence, text and offsets the objects of the equal ones
    before."""
    for name in ("path", "start", "end", "text", "sentence"):
        x = e.get(name)
        if type(x) is str or type(x) is int:
            e[name] = share(x, x)
    return small_dict(e)
