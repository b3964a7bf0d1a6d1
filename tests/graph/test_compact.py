"""The graph's attribute dicts made small (vanban.graph.compact): plain dicts, equal to the ones made otherwise in
everything a program reads of them, and smaller; the bundled corpus's graph holds them."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
import sys
import tracemalloc

import vanban
from paths import ROOT
from vanban.graph.compact import maker, small_dict

EVIDENCE = {
    "path": "corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md",
    "start": 134,
    "end": 181,
    "text": "Kế hoạch số 25-KH/TU",
    "sentence": "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy Gia Lai",
    "where": "opening",
    "relation": "implements",
}


def test_a_small_dict_reads_as_the_dict_it_copies():
    d = small_dict(EVIDENCE)
    assert type(d) is dict and d == EVIDENCE and list(d.items()) == list(EVIDENCE.items())
    assert repr(d) == repr(EVIDENCE) and json.dumps(d, ensure_ascii=False) == json.dumps(EVIDENCE, ensure_ascii=False)
    assert pickle.dumps(d) == pickle.dumps(EVIDENCE) and copy.deepcopy(d) == EVIDENCE
    d["repaired"] = {"rule": "date-conflict", "date": dt.date(2021, 4, 19)}  # a key added later: still a dict, in order
    assert list(d)[-1] == "repaired" and small_dict(EVIDENCE) == EVIDENCE
    odd = small_dict({1: "a", "b": 2})  # a key that is not a string: an ordinary dict
    assert odd == {1: "a", "b": 2} and list(odd) == [1, "b"]


def test_a_small_dict_is_smaller():
    small_dict(EVIDENCE)  # (the layout's class made once)
    tracemalloc.start()
    try:
        a = tracemalloc.get_traced_memory()[0]
        plain = [dict(EVIDENCE) for _ in range(2000)]
        b = tracemalloc.get_traced_memory()[0]
        small = [small_dict(EVIDENCE) for _ in range(2000)]
        c = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(plain) == len(small) and c - b < 0.8 * (b - a)


def test_a_made_dict_filled_in_order_is_the_small_dict_of_its_values_and_as_small():
    values = {**EVIDENCE, "made": True}  # (keys of their own: a layout no other test made dicts of before)
    new, keys = maker(tuple(values)), list(values)
    made = []
    for n in range(2000):
        d = new()
        for k in keys:
            d[k] = values[k] if k != "start" else n
        made.append(d)
    small = [small_dict({**values, "start": n}) for n in range(2000)]
    assert made == small and all(type(d) is dict and list(d) == keys for d in made)
    # as small: not a copy of one dict (CPython would give each copy the larger table of values the first had)
    assert {sys.getsizeof(d) for d in made[-100:]} == {sys.getsizeof(d) for d in small[-100:]}
    assert sys.getsizeof(made[-1]) < sys.getsizeof(dict(values))
    assert maker((1, "b")) is dict  # a key that is not a string: ordinary dicts


def test_the_graph_is_made_of_small_dicts_and_reads_the_same():
    G = vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    a = G.edges["45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", "implements"]
    assert type(a) is dict and type(a["evidence"][0]) is dict
    assert list(a) == ["relation", "evidence", "inferred", "cascade"] and a["relation"] == "implements"
    assert list(a["evidence"][0]) == ["path", "start", "end", "text", "sentence", "where", "relation"]
    assert G.nodes["25-KH/TU@Gia Lai#2021"]["province"] == "Gia Lai"


def test_the_builds_pieces_of_evidence_are_the_small_dicts_of_their_values():
    """The build fills each piece of evidence, and each edge's attributes, key by key (``maker``): a dict equal to the
    ``small_dict`` of the same values, as small, its keys in the order the store's typed columns read."""
    from vanban.graph import build
    from vanban.store import graphs

    G = vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    pieces = [e for *_, a in G.edges(keys=True, data=True) for e in a["evidence"]]
    assert {tuple(e) for e in pieces} == {build.EVIDENCE_KEYS, build.REPAIRED_KEYS}  # (a repaired citation there)
    assert (build.EVIDENCE_KEYS, build.REPAIRED_KEYS) == (graphs.EVIDENCE_KEYS, graphs.REPAIRED_KEYS)
    for e in pieces:
        assert type(e) is dict and e == small_dict(dict(e)) and sys.getsizeof(e) < sys.getsizeof(dict(e))
    assert len({sys.getsizeof(e) for e in pieces if len(e) == len(build.EVIDENCE_KEYS)}) == 1
    for *_, a in G.edges(keys=True, data=True):
        assert list(a) == [k for k in build.EDGE_KEYS if k in a] and sys.getsizeof(a) < sys.getsizeof(dict(a))


def test_the_builds_nodes_are_the_small_dicts_of_their_values():
    """Each node's attributes filled key by key (``maker``, as its evidence): equal to the ``small_dict`` of the same
    values and as small, the keys of :data:`~vanban.graph.build.NODE_ATTRS` first, in order (Gia Lai's 25-KH/TU, a
    document of the corpus; 45-CT/TW of the VIIIth term, a node only cited). A guard: the faster fill kept the output,
    so this passes before and after it; it fails when the build fills a node's plain dict instead (``a = {}`` in
    :meth:`~vanban.graph.build._Builder.put_node`: 464 < 464 bytes, Bến Tre's 29-KH/HU)."""
    from vanban.graph import build

    G = vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    for n in ("25-KH/TU@Gia Lai#2021", "45-CT/TW#VIII"):
        a = G.nodes[n]
        assert list(a)[: len(build.NODE_ATTRS)] == list(build.NODE_ATTRS)
    for _n, a in G.nodes(data=True):
        assert type(a) is dict and a == small_dict(dict(a)) and list(a) == list(small_dict(dict(a)))
        assert sys.getsizeof(a) < sys.getsizeof(dict(a))


def _held_lightly(G):
    """Each pair's key dict a small dict (one object for its source's successors and its target's predecessors),
    each list of evidence of its length, equal strings of the nodes one object (their keys aside)."""
    for s, t in G.edges():
        keys = G._succ[s][t]
        assert keys is G._pred[t][s] and type(keys) is dict
        assert sys.getsizeof(keys) < sys.getsizeof(dict(keys))
    for *_, a in G.edges(keys=True, data=True):
        assert sys.getsizeof(a["evidence"]) == sys.getsizeof(a["evidence"][:])
    strings = [x for _n, a in G.nodes(data=True) for k, x in a.items() if type(x) is str and k not in ("key", "path")]
    assert len({id(x) for x in strings}) == len(set(strings)) < len(strings)


def test_the_graph_holds_small_key_dicts_exact_lists_and_one_string_for_equal_ones(tmp_path):
    from vanban.store import Store, graphs

    # (a process's first build of the pairs' layouts leaves some pairs as large as plain dicts: CPython sizes a layout's
    # table of values by its first instances, then widens the shared keys as a pair gains a second relation — in a fresh
    # process 11 of corpus/'s 124 pairs, none on the next build; CI of session 48 ran this test first in its worker)
    vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    G = vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    _held_lightly(G)
    with Store(tmp_path / "s.duckdb") as st:  # and read back from pickles of a few nodes and edges each
        graphs.save_graph(st.con, G, batch=3, blob_batch=2)
        back = graphs.load_graph(st.con)
    _held_lightly(back)
    # the dicts read back (pairs, edges, pieces of evidence) hold no more than the build's of the same keys and values
    # (a layout few dicts have, an edge repaired, is larger: CPython's tables of values shrink as a layout is used)
    sizes = {"built": [0, 0, 0], "back": [0, 0, 0]}
    for name, H in (("built", G), ("back", back)):
        for s, t in G.edges():
            sizes[name][0] += sys.getsizeof(H._succ[s][t])
            for a in H._succ[s][t].values():
                sizes[name][1] += sys.getsizeof(a)
                sizes[name][2] += sum(map(sys.getsizeof, a["evidence"]))
    assert list(back.edges(keys=True, data=True)) == list(G.edges(keys=True, data=True))
    assert all(b <= 1.05 * a for a, b in zip(sizes["built"], sizes["back"])), sizes
