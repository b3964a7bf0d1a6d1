"""The corpus store (vanban.store) and the map step on Dask (vanban.cluster), on the bundled
corpus and on a generated national cascade: the graph built from stored records is the graph
built from the Documents (nodes, edges, attributes, orders), the frames and findings are the
same, a sync parses only what changed, unreadable files are reported, SQL works."""

from __future__ import annotations

import shutil
import sys

import pytest

from paths import ROOT

duckdb = pytest.importorskip("duckdb")
pytest.importorskip("pyarrow")

import vanban  # noqa: E402
from vanban.store import Store, StoreError  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
CORPUS = ROOT / "corpus"


def same_graph(a, b) -> None:
    """Equal as networkx sees it, and in every order a query could meet."""
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert a.graph == b.graph
    for n in a:
        assert list(a.pred[n]) == list(b.pred[n]), n
        assert list(a.succ[n]) == list(b.succ[n]), n


@pytest.fixture(scope="module")
def from_documents():
    c = vanban.Corpus.from_dir(CORPUS, progress=False)
    return c, c.graph()


@pytest.fixture()
def copy(tmp_path):
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


def frames_equal(a, b) -> None:
    assert list(a.columns) == list(b.columns)
    key = list(a.columns[:4])
    a = a.sort_values(key).reset_index(drop=True).astype(object)
    b = b.sort_values(key).reset_index(drop=True).astype(object)
    a, b = a.where(a.notna(), None), b.where(b.notna(), None)
    assert a.values.tolist() == b.values.tolist()


def test_the_store_gives_the_graph_of_the_documents(tmp_path, from_documents):
    corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        first = st.sync(CORPUS, progress=False)
        assert (first.parsed, first.unchanged, first.removed, first.errors) == (len(corpus), 0, 0, [])
        same_graph(G, st.graph())  # built from the records just made
        same_graph(G, st.graph())  # read back from graph_nodes / graph_edges
    with Store(tmp_path / "s.duckdb") as st:  # a new process: the records read back from the tables
        st.set_meta("graph", "stale")
        same_graph(G, st.graph())
        assert st.paths() == sorted(d.path for d in corpus)
        seed = "corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
        back = {r.path: r for r in st.records()}[str(CORPUS / seed.split("/")[1])]
        doc = next(d for d in corpus if d.path.endswith(seed.split("/")[1]))
        assert [(r.start, r.end, r.text, r.key, r.relation) for r in back.references] == [
            (r.start, r.end, r.text, r.key, r.relation) for r in doc.references
        ]
        assert all(doc.text[r.start : r.end] == r.text for r in back.references)  # exact offsets kept


def test_the_graph_is_read_back_from_its_blobs_or_else_its_json(tmp_path, from_documents):
    import pickle

    from vanban.store.graphs import load_graph, save_graph

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        st.graph()
        assert st.sql("select count(*) from graph_blobs").fetchall()[0][0] >= 3  # attributes, nodes, edges
        same_graph(G, load_graph(st.con))  # from the pickles
        st.sql("delete from graph_blobs")
        same_graph(G, load_graph(st.con))  # from the JSON
        evil = pickle.dumps([("n", {"x": pickle.loads})])  # names a function: refused, not looked up
        st.sql("insert into graph_blobs values (0, 0, 'nodes', ?)", [evil])
        same_graph(G, load_graph(st.con))
        st.sql("delete from graph_blobs")
        save_graph(st.con, G)
        st.sql("update graph_blobs set j = j + 1 where i = 1")  # a pickle's pieces not as written: not read
        same_graph(G, load_graph(st.con))


def test_the_edges_are_stored_once_typed_and_sql_sees_their_attributes_as_json(tmp_path, from_documents):
    """Each edge is written once, in ``graph_edge_rows`` (its evidence one typed LIST of STRUCT, not pickled too:
    the JSON and the pickle of every piece of evidence were two thirds of a 100k graph's save), and read back from
    there; ``graph_edges.attrs`` is every attribute of the edge as JSON for SQL still, in the build's order."""
    import json

    from vanban.store import graphs

    _corpus, G = from_documents
    attrs = [a for *_, a in G.edges(keys=True, data=True)]
    assert any("repaired" in a for a in attrs) and any("excluded" in a for a in attrs)  # (every layout of a build)
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G)
        assert st.sql("select distinct part from graph_blobs order by 1").fetchall() == [("graph",), ("nodes",)]
        assert st.sql("select count(*) from graph_edge_rows where attrs is null").fetchall()[0][0] == len(attrs)
        rows = st.sql("select source, target, relation, attrs from graph_edges order by k").fetchall()
        said = [(s, t, k, json.loads(a)) for s, t, k, a in rows]
        assert said == list(G.edges(keys=True, data=True))
        assert [list(a) for *_, a in said] == [list(a) for a in attrs]
        assert [[list(e) for e in a["evidence"]] for *_, a in said] == [[list(e) for e in a["evidence"]] for a in attrs]
        n = "select count(*) from graph_edges where json_extract_string(attrs, '$.evidence[0].repaired.rule') is not null"
        assert st.sql(n).fetchall()[0][0] == sum(1 for a in attrs if "repaired" in a["evidence"][0]) > 0
        same_graph(G, graphs.load_graph(st.con))


def test_the_nodes_are_stored_typed_and_sql_sees_their_attributes_as_json(tmp_path, from_documents):
    """Each node as the build makes it is written typed, in ``graph_node_rows`` (its JSON made in Python at each save,
    stored beside its pickle, was 1.2 CPU-s of the 6 of a 100k graph's save), and ``graph_nodes.attrs`` made of its
    columns when read: every attribute, in the build's order, dates tagged; a node not as the build makes it (a key
    added, a value of another type) kept whole as JSON. The graph read back from the JSON is the graph saved."""
    import json

    from vanban.graph.build import NODE_LAYOUTS
    from vanban.store import graphs

    _corpus, built = from_documents
    G = built.copy()
    odd, other = list(G)[:2]
    G.nodes[odd]["paths"] = ["a.md", "b.md"]  # (the build's group of equal documents)
    G.nodes[other]["verified"] = "yes"  # (not a bool)
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G)
        layouts = dict(st.sql("select layout, count(*) from graph_node_rows where attrs is null group by 1").fetchall())
        assert {0, 1} <= set(layouts) <= {0, 1, 2}  # documents, stubs (and those the registry completed)
        kept = st.sql("select node, layout, key from graph_node_rows where attrs is not null order by i").fetchall()
        # (and the seed whose code the build adopted from its citations: its ``code_from``, a key of no layout)
        rare = [n for n, a in G.nodes(data=True) if tuple(a) not in NODE_LAYOUTS]
        assert kept == [(n, None, None) for n in G if n in {odd, other, *rare}] and len(kept) == len(G) - sum(layouts.values())
        said = [(n, json.loads(a)) for n, a in st.sql("select node, attrs from graph_nodes order by i").fetchall()]
        assert [(n, list(a)) for n, a in said] == [(n, list(a)) for n, a in G.nodes(data=True)]
        assert [(n, graphs._read(json.dumps(a))) for n, a in said] == list(G.nodes(data=True))
        dated = next(a for _n, a in said if a["date"] is not None)
        assert dated["date"] == {"__date__": dated["date"]["__date__"]} and dated["in_corpus"] in (True, False)
        n = "select count(*) from graph_nodes where json_extract_string(attrs, '$.level') = 'central'"
        assert st.sql(n).fetchall()[0][0] == sum(1 for _n, a in G.nodes(data=True) if a["level"] == "central") > 0
        st.sql("delete from graph_blobs")
        same_graph(G, graphs.load_graph(st.con))  # (from the JSON of the view)


def test_each_path_text_and_sentence_of_the_evidence_is_stored_once(tmp_path, from_documents):
    """The evidence's paths, texts and sentences are each stored once, in ``graph_strings``, and given by their place
    there (a generated 100k corpus cited 100k paths, 33k sentences and 27k texts in 637k pieces of evidence): each is
    written once across the batches of a save, read back as one string, and ``graph_edges`` still shows them; an edge
    of no evidence shows an empty list."""
    import json

    import networkx as nx

    from vanban.store import graphs
    from vanban.store.schema import SHARED_FIELDS

    _corpus, G = from_documents
    pieces = [e for *_, a in G.edges(keys=True, data=True) for e in a["evidence"]]
    different = {e[n] for e in pieces for n in SHARED_FIELDS} - {None}
    assert len({e["path"] for e in pieces}) < len(pieces) and len(different) < len(SHARED_FIELDS) * len(pieces)
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G, batch=7)
        rows = st.sql("select i, s from graph_strings order by i").fetchall()
        assert [i for i, _ in rows] == list(range(len(different))) and {s for _, s in rows} == different
        typed = st.sql("select count(*) from (select unnest(evidence).path as p from graph_edge_rows) where p >= 0")
        assert typed.fetchall()[0][0] == sum(e["path"] is not None for e in pieces)
        back = graphs.load_graph(st.con)
        same_graph(G, back)
        said = [e[n] for *_, a in back.edges(keys=True, data=True) for e in a["evidence"] for n in SHARED_FIELDS]
        assert len({id(x) for x in said}) == len(set(said))
        node_paths = {id(a["path"]) for _, a in back.nodes(data=True) if a.get("path") in different}
        assert node_paths and node_paths <= {id(x) for x in said}  # (the node's path, the one string of its evidence)
    H = nx.MultiDiGraph()
    H.add_edge("a", "b", key="cites", relation="cites", evidence=[], inferred=False, cascade=False)
    with Store(tmp_path / "t.duckdb") as st:
        graphs.save_graph(st.con, H)
        assert st.sql("select count(*) from graph_edge_rows where attrs is null").fetchall()[0][0] == 1
        assert json.loads(st.sql("select attrs from graph_edges").fetchall()[0][0]) == H.edges["a", "b", "cites"]
        same_graph(H, graphs.load_graph(st.con))


def test_the_edges_json_is_made_row_by_row_and_an_older_view_is_made_again(tmp_path, from_documents):
    """``graph_edges`` makes each edge's JSON from its own row (no join, no ``group by``: a query of every edge of a
    100k store held 278 MB of JSON at once, out of memory under 256 MiB); a store whose view is another's (the SQL of
    an older version) gets this one when opened, its rows kept."""
    import json

    from vanban.store import graphs

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G)
        plan = "".join(r[1] for r in st.sql("explain select sum(length(attrs)) from graph_edges").fetchall())
        plan = plan.lower().replace("_", "").replace(" ", "")  # ("Hash Group By", in some versions "HASH_GROUP_BY")
        assert "hashgroupby" not in plan and "hashjoin" not in plan and "graphedgerows" in plan
        st.sql("create or replace view graph_edges as select i, k, source, target, relation, '{}' as attrs from graph_edge_rows")
        st.sql("delete from meta where name = 'view'")  # (as an older version left it: no digest of its view)
    with Store(tmp_path / "s.duckdb") as st:
        rows = st.sql("select source, target, relation, attrs from graph_edges order by k").fetchall()
        assert [(s, t, k, json.loads(a)) for s, t, k, a in rows] == list(G.edges(keys=True, data=True))


def test_edges_not_as_the_build_makes_them_are_kept_whole_as_json(tmp_path):
    """An edge whose attributes the typed columns cannot say as they are (another key, a date, an offset written as
    text, none at all) is kept whole as JSON, and read back as it was; the others of its batch stay typed."""
    import datetime
    import json

    import networkx as nx

    from vanban.store import graphs
    from vanban.store.schema import SHARED_FIELDS

    a, b, c = "45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII"
    ev = {"path": "gialai/45-KH-HU.txt", "start": 134, "end": 154, "text": "Kế hoạch số 25-KH/TU"}
    ev.update(sentence="Thực hiện Kế hoạch số 25-KH/TU của Tỉnh ủy", where="preamble", relation="implements")
    G = nx.MultiDiGraph()
    G.add_edge(a, b, key="implements", relation="implements", evidence=[ev], inferred=False, cascade=True)
    G.add_edge(a, c, key="cites", relation="cites", evidence=[{**ev, "relation": "cites"}], inferred=False)
    G.edges[a, c, "cites"].update(cascade=False, excluded="context")
    G.add_edge(b, c, key="implements", relation="implements", evidence=[{**ev, "start": "134"}], inferred=False, cascade=True)
    G.add_edge(b, c, key="basis", relation="basis", evidence=[], inferred=True, cascade=False, since=datetime.date(2021, 6, 30))
    G.add_edge(c, a, key="cites")
    # a value the typed columns would change (a float offset, a bool for an int, a list for a string, a repair of none,
    # an offset too large for them): kept whole too
    odd = [{"start": 134.0}, {"end": True}, {"text": ["25-KH/TU"]}, {"where": 3}, {"start": 2**40}]
    odd += [{"repaired": None, "relation": "implements"}, {"repaired": {"rule": "date-conflict", "written": 1, "text": "x"}}]
    for n, change in enumerate(odd):  # (each its own sentence: no typed edge gives its place in graph_strings)
        piece = {**ev, "sentence": f"{ev['sentence']} ({n})", **change}
        G.add_edge(c, b, key=f"implements{n}", relation=f"implements{n}", evidence=[piece], inferred=False, cascade=True)
    G.add_edge(c, b, key="cites", relation="cites", evidence=[ev], inferred=False, cascade=True, repaired=["date-conflict"])
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G)
        whole = st.sql("select source, target, relation from graph_edge_rows where attrs is not null").fetchall()
        odd = {(c, b, f"implements{n}") for n in range(len(odd))} | {(c, b, "cites")}
        assert set(whole) == {(b, c, "implements"), (b, c, "basis"), (c, a, "cites")} | odd
        # the strings of graph_strings are those of the typed edges, none of an edge kept whole after all
        typed = [x for s, t, k, attrs in G.edges(keys=True, data=True) if (s, t, k) not in whole for x in attrs["evidence"]]
        strings = {x for (x,) in st.sql("select s from graph_strings").fetchall()}
        assert strings == {x[n] for x in typed for n in SHARED_FIELDS}
        same_graph(G, graphs.load_graph(st.con))
        rows = st.sql("select source, target, relation, attrs from graph_edges order by k").fetchall()
        assert [(s, t, k, json.loads(x, object_hook=graphs._hook)) for s, t, k, x in rows] == list(G.edges(keys=True, data=True))


def test_each_edges_files_and_repair_are_those_of_its_evidence_one_piece_or_several(tmp_path, from_documents):
    """``graph_edge_rows.files`` is the sorted paths of an edge's evidence, each once (a piece of no path or an empty
    one left out), and ``repaired`` whether one of its pieces was repaired: the same for an edge of one piece (read
    without a set and a sort: two of three edges of a generated cascade) as for one of several."""
    import networkx as nx

    from vanban.store import graphs

    _corpus, G = from_documents
    counts = {len(a["evidence"]) for *_, a in G.edges(keys=True, data=True)}
    assert 1 in counts and max(counts) > 1  # (both kinds of edge in the bundled corpus's graph)
    ev = {"path": "gialai/45-KH-HU.txt", "start": 134, "end": 154, "text": "Kế hoạch số 25-KH/TU"}
    ev.update(sentence="Thực hiện Kế hoạch số 25-KH/TU của Tỉnh ủy", where="opening", relation="implements")
    fix = {"rule": "date-conflict", "written": "25-KH/TU@Gia Lai#2020", "text": "Kế hoạch số 25-KH/TU"}
    mended = {k: ev[k] for k in ("path", "start", "end", "text", "sentence", "where")} | {"repaired": fix, "relation": "cites"}
    H = nx.MultiDiGraph()
    for n, pieces in enumerate(
        [[ev], [{**ev, "path": None}], [{**ev, "path": ""}], [mended], [{**ev, "path": "b.txt"}, ev, {**ev, "path": None}, ev]]
        + [[ev, {**mended, "path": "a.txt"}]]
    ):
        rel = pieces[0]["relation"]
        H.add_edge(f"a{n}", "b", key=rel, relation=rel, evidence=pieces, inferred=False, cascade=False)
    for graph in (G, H):
        with Store(tmp_path / f"s{len(graph)}.duckdb") as st:
            graphs.save_graph(st.con, graph)
            rows = st.sql("select files, repaired from graph_edge_rows where attrs is null order by k").fetchall()
        edges = [a["evidence"] for *_, a in graph.edges(keys=True, data=True)]
        assert rows == [(sorted({e["path"] for e in ev if e["path"]}), any("repaired" in e for e in ev)) for ev in edges]
    assert rows == [(["gialai/45-KH-HU.txt"], False), ([], False), ([], False), (["gialai/45-KH-HU.txt"], True)] + [
        (["b.txt", "gialai/45-KH-HU.txt"], False),
        (["a.txt", "gialai/45-KH-HU.txt"], True),
    ]
    files, repaired = graphs._files_and_repairs([{}, None, {}], [0, 1, 1, 3], ["x.txt", "y.txt", "x.txt"], [None, None, fix])
    assert files == [["x.txt"], None, ["x.txt", "y.txt"]] and repaired == [False, None, True]


def test_edge_rows_that_do_not_come_in_their_order_are_read_again_sorted(tmp_path, from_documents, monkeypatch):
    """The edges are read in the order DuckDB gives a table's rows (the order inserted: a sort would hold every
    piece of evidence in its memory), each batch's places checked: rows out of order, the edges read so far are
    dropped and all read again sorted."""
    from vanban.store import graphs

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G)
        monkeypatch.setattr(graphs, "EDGE_BATCH", 5)
        monkeypatch.setattr(graphs, "_EDGE_READ", graphs._EDGE_READ + " order by i = 7, i")  # row 7 last
        reads, add = [], graphs._add_edge_rows
        monkeypatch.setattr(graphs, "_add_edge_rows", lambda cur, sql, *a: reads.append(sql) or add(cur, sql, *a))
        same_graph(G, graphs.load_graph(st.con))
        assert reads == [graphs._EDGE_READ, graphs._EDGE_READ_SORTED]


def test_a_graph_larger_than_duckdbs_memory_is_saved(tmp_path):
    """The graph's blobs are written by pieces under 4 KB with checkpoints between (schema.bounded): in one
    value per pickle and one checkpoint at the end they stayed in DuckDB's memory until the end, and a graph
    larger than its limit failed ("failed to pin block", 200k generated documents under 256 MiB; here 21 MB
    of pickles under 16 MiB)."""
    import networkx as nx

    from vanban.store import graphs

    G = nx.MultiDiGraph()
    n = 6000
    for i in range(n):
        ev = [{"path": f"/c/{i}.txt", "sentence": f"{i} Kế hoạch " * 200}]
        G.add_edge(f"{i}-KH/TU", f"{(i * 7 + 1) % n}-KH/TU", key="implements", evidence=ev)
    with Store(tmp_path / "s.duckdb", memory_limit="16MiB") as st:
        graphs.save_graph(st.con, G)
        assert st.sql("select max(octet_length(data)) from graph_blobs").fetchall()[0][0] <= graphs.PIECE
        same_graph(G, graphs.load_graph(st.con))


def test_the_graphs_own_attributes_are_stored_by_pieces_whatever_their_size(tmp_path):
    """``G.graph`` goes to rows of ``graph_attrs``, a dict or list by :data:`~vanban.store.graphs.ATTR_PIECE`
    entries: as one value of ``meta`` the aliases of 400k generated documents were 55 MB, more than DuckDB's
    256 MiB could take. The largest row does not grow with the graph; the attributes read back are the same, in
    their order, from the pickles and from the JSON."""
    import datetime

    import networkx as nx

    from vanban.store import graphs

    def graph(n: int):
        G = nx.MultiDiGraph()
        G.add_edge("45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", key="implements")
        G.graph["aliases"] = {f"{i}-KH/ĐU@?#2021 [x/{i}.txt]": f"{i}-KH/ĐU@Ia Piar, Phú Thiện, Gia Lai#2021" for i in range(n)}
        G.graph["damaged"] = [f"x/{i}.txt" for i in range(n // 3)]
        G.graph.update(empty={}, none=[], when=datetime.date(2021, 6, 30), n=n)
        return G

    sizes = {}
    with Store(tmp_path / "s.duckdb") as st:
        for n in (graphs.ATTR_PIECE, graphs.ATTR_PIECE * 5 + 7):
            G = graph(n)
            graphs.save_graph(st.con, G)
            assert st.sql("select count(*) from meta where name = 'graph_attrs'").fetchall()[0][0] == 0
            sizes[n] = st.sql("select count(*), max(length(value)) from graph_attrs").fetchall()[0]
            for back in (graphs.load_graph(st.con), None):
                if back is None:  # from the JSON
                    st.sql("delete from graph_blobs")
                    back = graphs.load_graph(st.con)
                same_graph(G, back)
                assert list(back.graph) == list(G.graph)
                assert list(back.graph["aliases"].items()) == list(G.graph["aliases"].items())
                assert back.graph["damaged"] == G.graph["damaged"] and back.graph["when"] == datetime.date(2021, 6, 30)
    (rows_small, longest_small), (rows_large, longest_large) = sizes.values()
    assert rows_large > rows_small and longest_large <= longest_small * 1.1


def test_a_store_of_another_layout_is_read_again(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        n = st.sync(CORPUS, progress=False).parsed
        st.set_meta("layout", "2")
        st.sql("drop table graph_blobs")
    with Store(path) as st:
        again = st.sync(CORPUS, progress=False)
        assert (again.parsed, again.unchanged) == (n, 0)
        assert st.graph().number_of_nodes() > 0 and st.sql("select count(*) from graph_blobs").fetchall()[0][0] >= 3
        # a store of layout 4, whose graph_edges was a table (now a view of graph_edge_rows): read again too
        st.set_meta("layout", "4")
        st.sql("drop view graph_edges")
        st.sql("create table graph_edges (i INTEGER, attrs VARCHAR)")
    with Store(path) as st:
        again = st.sync(CORPUS, progress=False)
        assert (again.parsed, again.unchanged) == (n, 0)
        assert st.graph().number_of_edges() == st.sql("select count(*) from graph_edges").fetchall()[0][0] > 0


def test_frames_and_findings_are_views_of_the_store(tmp_path, from_documents):
    corpus, _G = from_documents
    stored = vanban.Corpus.from_dir(CORPUS, progress=False, store=tmp_path / "s.duckdb")
    assert len(stored) == len(corpus) and stored.errors == []
    for name in ("documents_frame", "references_frame", "findings_frame"):
        frames_equal(getattr(stored, name)(), getattr(corpus, name)())
    from pandas.testing import assert_frame_equal

    from vanban.store.schema import FINDINGS_VIEW

    assert_frame_equal(stored.findings_frame(), stored.store.con.execute(FINDINGS_VIEW).df())  # dtypes too
    assert [(f.rule, f.path, f.start, f.suggestion) for f in stored.findings] == [
        (f.rule, f.path, f.start, f.suggestion) for f in corpus.findings
    ]
    rows = stored.store.sql(
        "select d.province, count(*) from refs r join documents d using (path) "
        "where r.code = '93-KL/TW' and r.relation = 'implements' group by 1 order by 2 desc, 1"
    ).fetchall()
    assert ("Gia Lai", 6) in rows or rows[0][1] > 1
    doc = stored.documents[0]  # re-read from its file
    assert isinstance(doc, vanban.Document) and doc.text and doc.path == corpus[0].path


def test_a_sync_parses_only_what_changed(copy, tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        n = st.sync(copy, progress=False).parsed
    seed = copy / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("Kết luận số 93-NQ/TW", "Kết luận số 93-KL/TW"), encoding="utf-8")  # changed
    (copy / "tw-ketluan-93-kltw-2020-11-20.txt").unlink()  # removed
    (copy / "new-plan.txt").write_text(  # added
        "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy Gia Lai, Đảng ủy xã xây dựng kế hoạch.",
        encoding="utf-8",
    )
    (copy / "broken.docx").write_bytes(b"not a zip")  # unreadable
    with Store(path) as st:
        again = st.sync(copy, progress=False)
        assert (again.parsed, again.removed, again.unchanged) == (3, 1, n - 2)
        assert [(e.path.endswith("broken.docx"), e.kind) for e in again.errors] == [(True, "ReadError")]
        fresh = vanban.Corpus.from_dir(copy, progress=False)
        same_graph(fresh.graph(), st.graph())
        assert [e.path for e in fresh.errors] == [e.path for e in st.errors()]
        codes = st.sql("select code from refs where path = ? order by i", [str(seed)]).fetchall()
        assert ("93-KL/TW",) in codes and ("93-NQ/TW",) not in codes
    touched = seed  # the same content written again: a new time, so it is hashed, and not parsed
    touched.write_bytes(touched.read_bytes())
    with Store(path) as st:
        last = st.sync(copy, progress=False)
        assert (last.parsed, last.removed) == (0, 0)
        assert [e.kind for e in last.errors] == ["ReadError"]  # unchanged, still reported


def test_generated_national_cascade_identical_from_the_store(tmp_path):
    import generate

    docs = [(g.name, g.text) for g in generate.cascade(400)]
    folder = tmp_path / "gen"
    folder.mkdir()
    for name, text in docs:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    corpus = vanban.Corpus.from_dir(folder, progress=False)
    G = corpus.graph()
    with Store(tmp_path / "g.duckdb") as st:
        st.sync(folder, progress=False, workers=2)
        st._records = {}  # build from the rows, not from what the workers sent
        same_graph(G, st.graph())
        frames_equal(st.references_frame(), corpus.references_frame())


def test_a_store_that_is_not_one(tmp_path):
    bad = tmp_path / "x.duckdb"
    bad.write_text("not a database")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bad)


def test_dask_local_cluster_gives_the_same_corpus(tmp_path, from_documents):
    distributed = pytest.importorskip("distributed")
    corpus, G = from_documents
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            on_dask = vanban.Corpus.from_dir(CORPUS, progress=False, client=client)
            same_graph(G, on_dask.graph())
            assert [(f.rule, f.path, f.start) for f in on_dask.findings] == [(f.rule, f.path, f.start) for f in corpus.findings]
            frames_equal(on_dask.references_frame(), corpus.references_frame())
            stored = vanban.Corpus.from_dir(CORPUS, progress=False, client=client, store=tmp_path / "d.duckdb")
            same_graph(G, stored.graph())


def test_import_vanban_loads_no_store_or_cluster_package():
    import subprocess

    code = "import sys, vanban; print(sorted(m for m in ('duckdb', 'pyarrow', 'dask', 'distributed') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_cli_store_flag_parses_once(tmp_path, capsys):
    from vanban.cli import main

    store, out = tmp_path / "s.duckdb", tmp_path / "out"
    assert main(["report", str(CORPUS), "-o", str(out), "--store", str(store)]) == 0
    first = capsys.readouterr().err
    assert main(["report", str(CORPUS), "-o", str(out), "--store", str(store)]) == 0
    second = capsys.readouterr().err
    assert "26 parsed" in first and "0 parsed, 26 unchanged" in second
    assert {"report.html", "edges.csv", "references.csv", "findings.csv"} <= {p.name for p in out.iterdir()}
    assert main(["lineage", "45-KH/HU@Phú Thiện, Gia Lai#2021", str(CORPUS), "--store", str(store)]) == 0
    assert "93-KL/TW#XII" in capsys.readouterr().out
    (tmp_path / "bad.duckdb").write_text("not a database")
    assert main(["graph", str(CORPUS), "--store", str(tmp_path / "bad.duckdb")]) == 2
    assert "cannot open" in capsys.readouterr().err


def test_the_store_writes_the_report_tables(tmp_path, from_documents):
    import csv

    corpus, G = from_documents
    stored = vanban.Corpus.from_dir(CORPUS, progress=False, store=tmp_path / "s.duckdb")
    frames_equal(stored.edges_frame(), corpus.edges_frame(G))
    written = stored.store.write_csv(tmp_path)
    for name, frame in (("documents", corpus.documents_frame()), ("references", corpus.references_frame())):
        rows = list(csv.DictReader(written[name].open(encoding="utf-8")))
        assert list(rows[0]) == list(frame.columns) and len(rows) == len(frame)
    refs = list(csv.DictReader(written["references"].open(encoding="utf-8")))
    assert sorted((r["path"], int(r["start"]), r["text"]) for r in refs) == sorted(
        zip(corpus.references_frame()["path"], corpus.references_frame()["start"], corpus.references_frame()["text"])
    )
    stored.store.sql("update refs set text = '=HYPERLINK(1)' where i = 0")
    stored.store.write_csv(tmp_path)
    cells = [r["text"] for r in csv.DictReader(written["references"].open(encoding="utf-8"))]
    assert "'=HYPERLINK(1)" in cells and not any(c.startswith("=") for c in cells)


def test_the_report_tables_are_written_again_only_when_they_would_differ(tmp_path):
    stored = vanban.Corpus.from_dir(CORPUS, progress=False, store=tmp_path / "s.duckdb")
    out = tmp_path / "out"
    out.mkdir()
    written = stored.store.write_csv(out)
    when = {name: p.stat().st_mtime_ns for name, p in written.items()}
    assert stored.store.write_csv(out) == written
    assert {name: p.stat().st_mtime_ns for name, p in written.items()} == when  # nothing changed: not written
    written["edges"].unlink()
    written["findings"].write_text("edited", encoding="utf-8")
    stored.store.write_csv(out)
    assert written["edges"].exists() and written["findings"].read_text(encoding="utf-8").startswith("path,")
    stored.store.sql("update documents set title = 'Kế hoạch mới' where path = (select min(path) from documents)")
    stored.store.write_csv(out)
    assert "Kế hoạch mới" in written["documents"].read_text(encoding="utf-8")  # rows changed by SQL: written


def test_a_frame_through_arrow_is_the_frame_duckdb_gives():
    import pandas as pd

    from vanban.store import _frame

    con = duckdb.connect()
    con.execute("create table t as select 'a'::varchar as x, null::varchar as y, 1::integer as z, 'b' as w")
    con.execute("insert into t values ('c', null, null, null)")
    for q in ("select * from t", "select * from t where x = 'a'", "select * from t where false"):
        pd.testing.assert_frame_equal(_frame(con, [(q, {})]), con.execute(q).df())
    # by pieces (a column null in each, an integer one null in one only): the frame of the rows of all
    pieces = [("select * from t where x = $x", {"x": x}) for x in ("a", "c")]
    pd.testing.assert_frame_equal(_frame(con, pieces), con.execute("select * from t order by x").df())


def test_a_taught_lexicon_reaches_the_store_and_the_cluster(tmp_path):
    lex = vanban.Lexicon.default().with_issuer("Hội Khuyến học tỉnh", ["Ban Thường vụ Hội Khuyến học tỉnh"], "HKH", "provincial")
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "plan.txt").write_text(
        "Thực hiện Kế hoạch số 12-KH/HKH, ngày 03/3/2021 của Ban Thường vụ Hội Khuyến học tỉnh về công tác tuyên truyền.",
        encoding="utf-8",
    )
    # the default lexicon reads the body after the date as written too, but knows neither its symbol nor its level
    stored = vanban.Corpus.from_dir(folder, progress=False, store=tmp_path / "s.duckdb", lexicon=lex)
    assert [(r.issuer, r.level) for r in stored.records[0].references] == [("Ban Thường vụ Hội Khuyến học tỉnh", "provincial")]
    plain = vanban.Corpus.from_dir(folder, progress=False, store=tmp_path / "s.duckdb")  # another lexicon: parsed again
    assert plain.sync_report.parsed == 1 and [r.level for r in plain.records[0].references] == ["state"]
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, processes=False, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            on_dask = vanban.Corpus.from_dir(folder, progress=False, client=client, lexicon=lex)
    assert [(r.issuer, r.level) for r in on_dask.records[0].references] == [("Ban Thường vụ Hội Khuyến học tỉnh", "provincial")]
    assert vanban.find_references("Ban Thường vụ Hội Khuyến học tỉnh, Kế hoạch số 12-KH/HKH")[0].issuer is None


# --- memory (issue 15): rows read, graphs written and records held by batches, equal values shared ---


def test_records_read_by_batches_of_any_size_build_the_graph_of_the_documents(tmp_path, from_documents):
    from vanban.graph import build_graph
    from vanban.store.rows import read_records

    corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        whole = read_records(st.con)
        for batch in (1, 7):
            memo: dict = {}
            some = read_records(st.con, memo=memo, batch=batch)
            assert [repr((r, r.references, r.findings, r.sentences, r.parts)) for r in some] == [
                repr((r, r.references, r.findings, r.sentences, r.parts)) for r in whole
            ]
            same_graph(G, build_graph(some, lexicon=st.lexicon()))
        # equal values are one object across records: a type, a relation, the issuer's parts
        types = [r.doc_type for rec in some for r in rec.references if r.doc_type == "Kết luận"]
        assert len(types) > 1 and all(t is types[0] for t in types)
        parts = [r.issuer_parts for rec in some for r in rec.references if r.issuer_parts is not None]
        assert len({id(p) for p in parts}) < len(parts)
        # and their spans: one tuple for equal ones
        spans = [r.code_span for rec in some for r in rec.references if r.code_span is not None]
        assert len({id(x) for x in spans}) == len(set(spans)) < len(spans)


def test_the_next_batch_of_records_is_read_on_a_thread_while_the_caller_works(tmp_path, monkeypatch):
    """fill_records reads the rows of the next batch on a thread of its own (schema.behind) while the caller holds this
    one: the records it gives are those read_records gives, and every batch's rows were read off the caller's
    thread, the next batch's before the caller was done with this one."""
    import re
    import threading

    from vanban.store import rows

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        whole = rows.read_records(st.con)
        seen = []
        read = rows._arrow_batches

        def spy(con, sql, params, batch):
            seen.append((re.search(r"from (\w+)", sql).group(1), threading.get_ident()))
            return read(con, sql, params, batch)

        monkeypatch.setattr(rows, "_arrow_batches", spy)
        heads = rows.read_heads(st.con)
        got, ahead = [], []
        for some in rows.fill_records(st.con, heads, batch=7):
            ahead.append(len(seen))
            got += [repr((r, r.references, r.findings, r.sentences, r.parts)) for r in some]
        assert got == [repr((r, r.references, r.findings, r.sentences, r.parts)) for r in whole]
        assert [t for t, _ in seen if t != "documents"] == ["refs", "findings"] * -(-len(heads) // 7)
        assert threading.get_ident() not in {i for t, i in seen if t != "documents"}
        assert ahead[0] == 1 + 4  # (read_heads' documents; this batch's rows and the next's, read ahead)


def test_records_kept_from_a_sync_are_shared_and_give_the_same_graph(tmp_path, from_documents):
    corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        held = list(st._records.values())
        rels = [r.relation for rec in held for r in rec.references if r.relation == "implements"]
        assert len(rels) > 1 and all(x is rels[0] for x in rels)
        same_graph(G, st.graph())


def test_the_graph_saved_by_tiny_batches_reads_back_the_same(tmp_path, from_documents):
    from vanban.store import graphs

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        graphs.save_graph(st.con, G, batch=3, blob_batch=2)
        assert st.sql("select count(*) from graph_blobs").fetchall()[0][0] > G.number_of_nodes() // 2
        assert st.sql("select count(*) from graph_edge_rows").fetchall()[0][0] == G.number_of_edges()
        back = graphs.load_graph(st.con)
        same_graph(G, back)
        # equal sentences of different pickles are one string again, as in the graph built
        said = [e["sentence"] for *_, a in back.edges(keys=True, data=True) for e in a["evidence"]]
        assert len({id(x) for x in said}) == len(set(said)) < len(said)


def test_a_graph_save_cut_short_is_never_read(tmp_path, from_documents, monkeypatch):
    from vanban.store import graphs

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        same_graph(G, st.graph())
        assert st.meta("graph") is not None

        def cut(*a, **kw):
            raise KeyboardInterrupt

        monkeypatch.setattr(graphs, "save_blobs", cut)
        st.set_meta("graph", "stale")
        with pytest.raises(KeyboardInterrupt):
            st.graph()
        assert st.meta("graph") is None  # the rows are half written: no key says they are a graph
        monkeypatch.undo()
        same_graph(G, st.graph())


def test_text_columns_leave_no_utf8_copy_on_the_records_strings():
    import pyarrow as pa

    from vanban.store.rows import _column

    s = "".join(["Thực hiện Kết luận số 93-KL/TW của Ban Bí thư "] * 20)
    size = sys.getsizeof(s)
    col = _column([s, None, "ascii"], pa.string())
    assert col.to_pylist() == [s, None, "ascii"]
    assert sys.getsizeof(s) == size  # pa.array([s]) would keep a UTF-8 copy on s (CPython's cache)
    # strings let go once written (a sync that keeps no record) are read as they are: the same column
    t = "".join(["Thực hiện Kết luận số 93-KL/TW của Ban Bí thư "] * 21)
    size = sys.getsizeof(t)
    assert _column([t, None, "ascii"], pa.string(), held=False).equals(_column([t, None, "ascii"], pa.string()))
    assert sys.getsizeof(t) > size  # (Arrow read the string itself, not bytes made for it)


def test_duckdb_memory_is_limited_and_spills_next_to_the_store(tmp_path):
    from vanban.store import MEMORY_LIMIT
    from vanban.store.rows import read_records

    with Store(tmp_path / "s.duckdb") as st:
        q = "select current_setting('memory_limit'), current_setting('temp_directory'), current_setting('threads')"
        limit, tmp, threads = st.sql(q).fetchone()
        assert MEMORY_LIMIT == "256MiB" and limit == "256.0 MiB" and tmp == f"{tmp_path / 's.duckdb'}.tmp"
        read_records(st.con)  # read under schema.BULK_LIMIT, on one thread, then the store's settings again
        assert st.sql("select current_setting('memory_limit'), current_setting('threads')").fetchone() == (limit, threads)


def test_the_corpus_rules_run_once_for_the_graph_and_the_store(tmp_path, monkeypatch):
    """Store.build_graph runs the corpus rules once (check_corpus, or a CorpusChecker for a graph built by
    batches): the graph's repairs read their date conflicts, the store keeps them all; the graph is the graph of
    the Documents (their repairs run the rule themselves)."""
    import generate

    from vanban import checks
    from vanban.graph import build as graph_build
    from vanban.store import rows as store_rows

    folder = tmp_path / "gen"
    for g in generate.cascade(300):  # typos among the citations: date conflicts that the graph repairs
        (folder / g.name).parent.mkdir(parents=True, exist_ok=True)
        (folder / g.name).write_text(g.text, encoding="utf-8")
    corpus = vanban.Corpus.from_dir(folder, progress=False)
    G = corpus.graph()
    want = [(f.rule, f.path, f.start, f.suggestion) for f in checks.check_corpus(list(corpus), lex=corpus.lexicon)]
    assert any(r == "date-conflict" for r, *_ in want)
    assert any(d.get("repaired") for _s, _t, d in G.edges(data=True))
    calls = []

    def counted(*a, **kw):
        calls.append(a)
        return checks.check_corpus(*a, **kw)

    monkeypatch.setattr(graph_build, "CorpusChecker", lambda *a, **kw: calls.append(a) or checks.CorpusChecker(*a, **kw))
    monkeypatch.setattr(vanban.store, "check_corpus", counted)
    for keep in (10**6, 0):  # the records all at once, or by batches (the corpus rules in two passes)
        calls.clear()
        with Store(tmp_path / f"g{keep}.duckdb") as st:
            st.keep = keep
            st.sync(folder, progress=False)
            st._records = {}  # the records read from the rows
            same_graph(G, st.graph())
            assert len(calls) == 1
            found = store_rows.read_findings(st.con, documents=False, batch=7)
            assert [(f.rule, f.path, f.start, f.suggestion) for f in found] == want


def test_records_read_in_the_order_rows_were_written_whatever_it_is(tmp_path, from_documents, monkeypatch):
    """read_records reads refs and findings unsorted (the order they were inserted: a document's rows
    together, by ``i``) and puts each document's rows in the order of ``i`` should they come otherwise."""
    from vanban.graph import build_graph
    from vanban.store import rows
    from vanban.store.rows import read_records

    corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        whole = [repr((r, r.references, r.findings, r.sentences, r.positions, r.parts)) for r in read_records(st.con)]
        for t in ("refs", "findings"):  # the rows again, in another order
            st.sql(f"create temp table _t as select * from {t} order by i desc, path desc")
            st.sql(f"delete from {t}")
            st.sql(f"insert into {t} select * from _t")
            st.sql("drop table _t")
        back = read_records(st.con, batch=5)
        assert [repr((r, r.references, r.findings, r.sentences, r.positions, r.parts)) for r in back] == whole
        same_graph(G, build_graph(back, lexicon=st.lexicon()))
        # the values compact shares are one object as soon as read (compact, which would share them anyway, off):
        # the fix of a finding, a code's parts
        monkeypatch.setattr(rows, "compact", lambda rec, memo: rec)
        read = read_records(st.con, batch=5)
        cps = [r.code_parts for rec in read for r in rec.references if r.code_parts is not None]
        assert len({id(c) for c in cps}) == len(set(cps)) < len(cps)
        fixes = [f.fix for rec in read for f in rec.findings if f.fix is not None]
        assert len({id(x) for x in fixes}) == len(set(fixes)) < len(fixes)


def test_a_graph_is_written_with_one_checkpoint_at_the_end(tmp_path, from_documents, monkeypatch):
    """save_graph defers DuckDB's checkpoints (each batch past the 16 MiB threshold made one), makes one at
    the end (nothing left in the log for the next open to replay), and leaves the threshold as it was."""
    from vanban.store import graphs

    _corpus, G = from_documents
    path = tmp_path / "s.duckdb"
    with Store(path) as st:
        was = st.sql("select current_setting('checkpoint_threshold')").fetchall()[0][0]
        seen = []
        insert = graphs._insert

        def spy(con, table, rows):
            seen.append(con.execute("select current_setting('checkpoint_threshold')").fetchall()[0][0])
            insert(con, table, rows)

        monkeypatch.setattr(graphs, "_insert", spy)
        graphs.save_graph(st.con, G, batch=5, blob_batch=5)
        assert seen and set(seen) == {"64.0 GiB"}
        assert st.sql("select current_setting('checkpoint_threshold')").fetchall()[0][0] == was
        wal = tmp_path / "s.duckdb.wal"
        assert not wal.exists() or wal.stat().st_size == 0
        same_graph(G, graphs.load_graph(st.con))


def test_a_graphs_rows_are_inserted_on_a_thread_of_their_own_in_their_order(tmp_path, from_documents, monkeypatch):
    """save_graph makes each batch's rows while DuckDB inserts the previous ones on another thread (schema.behind): the
    same statements in the same order as one after the other, the same graph read back; an insert that fails fails the
    save."""
    import threading

    from vanban.store import graphs

    _corpus, G = from_documents
    with Store(tmp_path / "s.duckdb") as st:
        seen = []
        insert = graphs._insert

        def spy(con, table, rows):
            seen.append((table, threading.get_ident()))
            insert(con, table, rows)

        monkeypatch.setattr(graphs, "_insert", spy)
        graphs.save_graph(st.con, G, batch=5, blob_batch=5)
        tables = [t for t, _ in seen]
        nodes, pairs = -(-G.number_of_nodes() // 5), -(-G.number_of_edges() // 5)
        assert tables[: nodes + 2 * pairs + 1] == ["graph_node_rows"] * nodes + ["graph_edge_rows", "graph_strings"] * pairs + [
            "graph_attrs"
        ]
        assert set(tables[nodes + 2 * pairs + 1 :]) == {"graph_blobs"}
        assert threading.get_ident() not in {t for _, t in seen}
        same_graph(G, graphs.load_graph(st.con))

        def broken(con, table, rows):
            if table == "graph_edge_rows":
                raise duckdb.ConversionException("no")
            insert(con, table, rows)

        monkeypatch.setattr(graphs, "_insert", broken)
        with pytest.raises(duckdb.ConversionException):
            graphs.save_graph(st.con, G, batch=5, blob_batch=5)


def test_a_sync_writes_its_batches_with_one_checkpoint_at_the_end(tmp_path, monkeypatch):
    from vanban.store import rows

    seen = []
    flush = rows.Writer.flush

    def spy(self):
        seen.append(self.con.execute("select current_setting('checkpoint_threshold')").fetchall()[0][0])
        flush(self)

    monkeypatch.setattr(rows.Writer, "flush", spy)
    with Store(tmp_path / "s.duckdb") as st:
        was = st.sql("select current_setting('checkpoint_threshold')").fetchall()[0][0]
        st.sync(CORPUS, progress=False)
        assert seen and set(seen) == {"64.0 GiB"}
        assert st.sql("select current_setting('checkpoint_threshold')").fetchall()[0][0] == was
        wal = tmp_path / "s.duckdb.wal"
        assert not wal.exists() or wal.stat().st_size < 4096  # the rows checkpointed; the meta written after


def test_writing_a_reference_makes_no_notes_list_on_it(tmp_path):
    """The rows of a reference read its notes without making the empty list of one that has none (a list
    on each of the half million references a 100k sync holds); its notes are written all the same."""
    from vanban.model import _NOTES

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        refs = [r for rec in st._records.values() for r in rec.references]
        assert all(_NOTES.peek(r) is None for r in refs if not r.flags)
        noted = st.sql("select count(*) from refs where len(notes) > 0 and notes_text <> ''").fetchall()[0][0]
        assert noted == sum(1 for r in refs if r.flags) > 0


def _cascade(folder, n: int):
    import generate

    for g in generate.cascade(n):  # typos among the citations: date conflicts that the graph repairs
        (folder / g.name).parent.mkdir(parents=True, exist_ok=True)
        (folder / g.name).write_text(g.text, encoding="utf-8")
    return folder


def test_a_graph_that_releases_the_records_is_the_same_graph(tmp_path, from_documents):
    """build_graph(release=True) lets each record's references go once its citations are in: the same
    graph (repairs, stubs, subjects, inferred links), the records left hollow, their letterheads kept."""
    from vanban.graph import build as gb
    from vanban.graph import build_graph, record_of
    from vanban.model import Reference

    folder = _cascade(tmp_path / "gen", 300)
    for corpus in (vanban.Corpus.from_dir(folder, progress=False), from_documents[0]):
        G = corpus.graph()
        assert any(d.get("repaired") for _s, _t, d in G.edges(data=True)) or corpus is from_documents[0]
        records = [record_of(d, corpus.lexicon) for d in corpus]
        heads = [(r.path, r.key, r.header.code) for r in records]
        same_graph(G, build_graph(records, lexicon=corpus.lexicon, release=True))
        assert all(not r.references and not r.findings and not r.sentences for r in records)
        # what the builder keeps for the stubs holds no reference (and with it its document's others)
        builder = gb._Builder([record_of(d, corpus.lexicon) for d in corpus], corpus.lexicon)
        builder.add_documents()
        builder.add_citations(repair=True)
        said = [c for v in builder.cited.values() for c in v]
        assert said and not any(isinstance(c, Reference) for c in said)
        assert [(r.path, r.key, r.header.code) for r in records] == heads


def test_a_large_corpus_builds_the_graph_by_batches(tmp_path, monkeypatch):
    """Above Store.keep records, a sync keeps none of its records and the store builds the graph from records read
    again a batch at a time (Store.batch documents; here 7 of 300, 43 batches), making the corpus findings on the way:
    the graph (nodes, edges, adjacency, in order), the corpus findings and the frames those of a store that keeps
    its records and builds from them all at once; never more than a batch of records whole at once."""
    from vanban.graph import build as graph_build
    from vanban.store import rows as store_rows

    folder = _cascade(tmp_path / "gen", 300)
    seen, whole = [], []
    real, fill = graph_build.build_graph, store_rows.fill_records

    def spy(documents, **kw):
        seen.append(type(documents).__name__)
        return real(documents, **kw)

    def filled(con, heads, *a, **kw):
        for batch in fill(con, heads, *a, **kw):
            whole.append(sum(bool(h.references) for h in heads))
            yield batch

    monkeypatch.setattr(vanban.store, "build_graph", spy)
    monkeypatch.setattr(store_rows, "fill_records", filled)
    out = {}
    for keep in (10**6, 0):
        with Store(tmp_path / f"k{keep}.duckdb") as st:
            st.keep, st.batch = keep, 7
            st.sync(folder, progress=False)
            assert len(st._records) == (0 if keep == 0 else len(st))
            G = st.graph()
            out[keep] = (G, st.sql("select * from corpus_findings").fetchall(), st.findings_frame(), st.edges_frame())
            assert st._records == {} if keep == 0 else len(st._records) == len(st)
    assert seen == ["list", "Batches"]
    assert len(whole) == 43 and max(whole) <= 7
    same_graph(out[10**6][0], out[0][0])
    assert out[10**6][1] == out[0][1] and len(out[0][1]) > 0
    frames_equal(out[10**6][2], out[0][2])
    frames_equal(out[10**6][3], out[0][3])


def _filler(whole: dict, size: int):
    """A ``Batches.fill`` giving ``size`` heads at a time back their parts (``whole``: id(record) -> its parts)."""

    def fill(heads):
        for lo in range(0, len(heads), size):
            for h in heads[lo : lo + size]:
                h.references, h.findings, h.sentences, h.positions, h.parts, h.finding_texts = whole[id(h)]
            yield heads[lo : lo + size]

    return fill


def _keeper(found: list):
    """A ``Batches.found`` keeping (record, finding) pairs in ``found``."""
    return lambda d, fs: found.extend((d, f) for f in fs)


def test_a_graph_of_batches_is_the_graph_of_the_records(tmp_path, from_documents):
    """build_graph(Batches(...)) of records filled a few at a time: the graph of the records all at once (repairs,
    stubs, subjects, inferred links, the damaged), with and without repairs, and check_corpus's findings in
    ``found`` as each record comes, its references at hand; the build lets the records go once their citations are in."""
    from vanban import checks
    from vanban.graph import Batches, build_graph, record_of

    folder = _cascade(tmp_path / "gen", 300)
    for corpus in (vanban.Corpus.from_dir(folder, progress=False), from_documents[0]):
        for repair in (True, False):
            G = corpus.graph(repair=repair)
            records = [record_of(d, corpus.lexicon) for d in corpus]
            want = checks.check_corpus(records, lex=corpus.lexicon)
            whole = {id(r): (r.references, r.findings, r.sentences, r.positions, r.parts, r.finding_texts) for r in records}
            for r in records:
                r.hollow()
            cited = {r.key for v in whole.values() for r in v[0] if r.relation != "self"}
            found: list = []
            todo = Batches(list(records), _filler(whole, 5), cited, _keeper(found))
            same_graph(G, build_graph(todo, lexicon=corpus.lexicon, repair=repair))
            assert [f for _d, f in found] == want  # (one corpus rule: rule after rule is document after document)
            assert all(f.path == d.path and f.reference in whole[id(d)][0] for d, f in found)
            assert all(not r.references for r in records)
            assert todo.heads == [] and todo.fill is None and todo.cited == set()


def test_the_findings_frame_sorts_on_disk_beyond_its_limit_else_in_memory(tmp_path, monkeypatch):
    """The findings frame is made with DuckDB's memory at SORT_LIMIT (spilling), and again under BULK_LIMIT
    should that not fit; the frame DuckDB gives either way."""
    import pandas as pd

    from vanban.store.schema import FINDINGS_VIEW

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        st.corpus_findings_current()
        want = st.con.execute(FINDINGS_VIEW).df()
        got = st.findings_frame()
        pd.testing.assert_frame_equal(got, want, check_dtype=False)
        assert len(got) > 0 and st.con.execute("select current_setting('memory_limit')").fetchall()[0][0] == "256.0 MiB"
        limits = []
        real = vanban.store._frame

        def tight(con, query):
            limits.append(con.execute("select current_setting('memory_limit')").fetchall()[0][0])
            if len(limits) == 1:
                raise duckdb.OutOfMemoryException("does not fit")
            return real(con, query)

        monkeypatch.setattr(vanban.store, "_frame", tight)
        pd.testing.assert_frame_equal(st.findings_frame(), got)
        assert limits == ["128.0 MiB", "1.0 GiB"]


def test_equal_sentences_of_different_documents_are_one_string(tmp_path):
    """A generated cascade repeats its sentences from plan to plan: in the records a store holds (from a
    sync, read back) and in the graph's evidence, equal sentences are one string; the graph is the same."""
    from vanban.graph import build_graph, record_of

    folder = _cascade(tmp_path / "gen", 200)
    corpus = vanban.Corpus.from_dir(folder, progress=False)

    def repeated(sentences) -> tuple[int, int]:
        """(equal values seen again, of them the ones that are another object)."""
        first: dict = {}
        again = other = 0
        for s in sentences:
            if s in first:
                again += 1
                other += first[s] is not s
            else:
                first[s] = s
        return again, other

    G = build_graph([record_of(d, corpus.lexicon) for d in corpus], lexicon=corpus.lexicon)
    again, other = repeated(e["sentence"] for _s, _t, d in G.edges(data=True) for e in d["evidence"])
    assert again > 100 and other == 0
    same_graph(corpus.graph(), G)
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(folder, progress=False)
        again, other = repeated(s for rec in st._records.values() for s in rec.sentences)
        assert again > 100 and other == 0
        st._records, st._shared = {}, {}
        again, other = repeated(s for rec in st.records() for s in rec.sentences)
        assert again > 100 and other == 0


def test_saving_a_graph_leaves_no_utf8_copy_on_its_node_names(tmp_path, monkeypatch):
    """The names of the nodes go to graph_nodes / graph_edges through bytes: their strings stay their size."""
    import networkx as nx

    from vanban.store import graphs
    from vanban.store.schema import create

    a, b = "45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021"
    G = nx.MultiDiGraph()
    G.add_edge(a, b, key="implements", relation="implements")
    sizes = [sys.getsizeof(n) for n in G]
    con = duckdb.connect(str(tmp_path / "g.duckdb"))
    create(con)
    monkeypatch.setattr(graphs, "save_blobs", lambda *a, **kw: None)  # pickling caches UTF-8 (not this test's subject)
    graphs.save_graph(con, G)
    assert [sys.getsizeof(n) for n in G] == sizes
    assert con.execute("select node from graph_nodes order by i").fetchall() == [(a,), (b,)]
    assert con.execute("select source, target from graph_edges").fetchall() == [(a, b)]
    assert sorted(graphs.load_graph(con).edges(keys=True)) == [(a, b, "implements")]


def test_the_rows_of_references_written_column_by_column_are_their_fields(tmp_path):
    """The Writer builds the columns of ``refs`` straight from the references (no dict a row): each row
    holds the fields of its reference, its spans, parts and notes as the dicts and lists they read as."""
    from dataclasses import fields

    from vanban.model import CodeParts, Flag, IssuerParts
    from vanban.store.rows import REF_FIELDS, SPANS

    def expected(rec, i, r):
        at = {id(x): j for j, x in enumerate(rec.references)}
        cp, ip, notes = r.code_parts, r.issuer_parts, r.notes_with(*Flag)
        row = {"path": rec.path, "i": i, **{f: getattr(r, f) for f in REF_FIELDS}}
        row.update({f: None if getattr(r, f) is None else list(getattr(r, f)) for f in SPANS})
        row["resolved"] = None if r.resolved is None else at.get(id(r.resolved))
        row["nested_in"] = None if r.nested_in is None else at.get(id(r.nested_in))
        cp_row = None if cp is None else {f.name: getattr(cp, f.name) for f in fields(CodeParts)}
        row["code_parts"] = None if cp_row is None else cp_row | {"problems": list(cp.problems)}
        row["issuer_parts"] = None if ip is None else {f.name: getattr(ip, f.name) for f in fields(IssuerParts)}
        row["notes"] = [
            {"flag": n.flag.name, "detail": n.detail, "span": None if n.span is None else list(n.span), "text": str(n)}
            for n in notes
        ]
        row["notes_text"] = "; ".join(str(n) for n in notes)
        row.update(sentence=rec.sentences[i], position=rec.positions[i], part=rec.parts[i])
        return row

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        recs = {rec.path: rec for rec in st.records()}
        cur = st.con.execute("select * from refs order by path, i")
        names = [d[0] for d in cur.description]
        got = [dict(zip(names, row)) for row in cur.fetchall()]
    want = [expected(rec, i, r) for p in sorted(recs) for rec in [recs[p]] for i, r in enumerate(rec.references)]
    assert got == want
    assert any(r["notes"] for r in got) and any(r["code_parts"] for r in got) and any(r["issuer_parts"] for r in got)
    assert any(r["code_parts"] is None for r in got) and any(r["resolved"] is not None for r in got)


def test_heads_are_the_records_without_their_references(tmp_path, copy):
    """read_heads: every stored document's record, hollow, its letterhead without spans and lines; fill_records
    gives them back their references and findings, a batch at a time: the records read_records gives."""
    from vanban.store.rows import fill_records, read_heads, read_records

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(copy, progress=False)
        want = read_records(st.con)
        heads = read_heads(st.con)
        assert [h.path for h in heads] == [r.path for r in want]
        assert all(not h.references and not h.findings and not h.warnings and not h.header.spans for h in heads)
        fields = ("key", "kind", "deadline", "fingerprint", "preamble", "chars", "text_damaged")
        assert [[getattr(h, f) for f in fields] for h in heads] == [[getattr(r, f) for f in fields] for r in want]
        assert [h.header.context() for h in heads] == [r.header.context() for r in want]
        got = [
            (h.path, [x.key for x in h.references], [f.rule for f in h.findings], h.sentences, h.positions, h.parts)
            for batch in fill_records(st.con, heads, batch=4)
            for h in batch
        ]
        assert got == [
            (r.path, [x.key for x in r.references], [f.rule for f in r.findings], r.sentences, r.positions, r.parts) for r in want
        ]


def test_the_corpus_findings_written_as_they_come_are_numbered_rule_after_rule(tmp_path):
    """FindingSink: the findings of each document written as they come, then numbered in check_corpus's order
    (rule after rule, each in document order)."""
    from vanban.graph import Record
    from vanban.model import Finding, Header
    from vanban.store.rows import FindingSink

    with Store(tmp_path / "s.duckdb") as st:
        sink = FindingSink(st.con, batch=3)
        for path in ("a", "b", "c"):
            rec = Record(path=path, kind="txt", key=None, header=Header())
            sink(rec, [Finding(rule=rule, severity="warning", message=rule, start=0, end=1, path=path) for rule in ("y", "x")])
        sink.close({"x": 0, "y": 1})
        got = st.sql("select i, rule, path from corpus_findings order by i").fetchall()
        assert got == [(0, "x", "a"), (1, "x", "b"), (2, "x", "c"), (3, "y", "a"), (4, "y", "b"), (5, "y", "c")]


def _finding_rows(found) -> list[tuple]:
    """What a finding says, and its reference (with those it points at): equal findings, equal rows."""

    def ref(r):
        if r is None:
            return None
        return (r.start, r.end, r.text, r.key, r.code, r.date, r.relation, ref(r.resolved), ref(r.nested_in))

    return [
        (
            f.rule,
            f.severity,
            f.message,
            f.message_vi,
            f.start,
            f.end,
            f.suggestion,
            f.path,
            f.related,
            f.fix,
            f.source,
            ref(f.reference),
        )
        for f in found
    ]


def test_corpus_findings_and_the_findings_frame_of_a_store_are_read_without_the_records(tmp_path):
    """``Corpus.findings`` of a store reads the findings with the references they point at, not every record (none
    held after), the same findings as the records give (each document's in order, then the corpus rules'); the
    findings frame is made by pieces of ``Store.batch`` documents (here 7 of 300), the rows of FINDINGS_VIEW."""
    import pandas as pd

    from vanban.store.rows import read_findings, read_records
    from vanban.store.schema import FINDINGS_VIEW, findings_pieces

    folder = _cascade(tmp_path / "gen", 300)
    shutil.copytree(CORPUS, folder / "real")  # (findings whose reference points at others: resolved, nested_in)
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(folder, progress=False)
        st.graph_current()  # (the corpus findings kept with it)
        records = read_records(st.con)
        want = [f for r in records for f in r.findings] + st.corpus_findings(records)
        assert any(f.rule == "date-conflict" for f in want) and any(
            f.reference.resolved is not None or f.reference.nested_in is not None for f in want if f.reference is not None
        )
        st.batch, st._records = 7, {}
        corpus = vanban.Corpus(store=st)
        assert _finding_rows(corpus.findings) == _finding_rows(want) and st._records == {}
        assert _finding_rows(read_findings(st.con, batch=5)) == _finding_rows(want)
        assert len(findings_pieces(st.con, st.batch)) > 40
        pd.testing.assert_frame_equal(corpus.findings_frame(), st.con.execute(FINDINGS_VIEW).df(), check_dtype=False)


def test_the_corpus_findings_of_a_large_store_are_made_by_batches_not_from_every_record(tmp_path, monkeypatch):
    """A store of more than ``keep`` documents whose corpus findings are out of date makes them with its graph, by
    batches (Store.build_by_batches), never from every record at once; the same findings as a small store's."""
    folder = _cascade(tmp_path / "gen", 300)
    with Store(tmp_path / "small.duckdb") as st:
        st.sync(folder, progress=False)
        want = _finding_rows(st.findings())
    with Store(tmp_path / "large.duckdb") as st:
        st.keep, st.batch = 50, 40
        st.sync(folder, progress=False)
        monkeypatch.setattr(st, "records", lambda *a: pytest.fail("every record read"))
        assert st.meta("corpus_findings") is None
        assert _finding_rows(st.findings()) == want and st.meta("graph") is not None


def test_the_files_key_says_every_file_its_hash_and_order_in_constant_memory():
    """graphs.files_key (the files' part of a graph's state key) changes with any stored file's path, hash or place
    in the order, and is made without joining every path in one string (which failed at 400k documents)."""
    from vanban.store.graphs import files_key
    from vanban.store.schema import create

    con = duckdb.connect()
    create(con)
    con.execute("insert into files (path, seq, hash) select 'f' || i, i, md5(i::varchar) from range(50000) t(i)")
    keys = {files_key(con)}
    con.execute("set memory_limit = '16MiB'")  # (all the paths joined: 0.9 MB here; 66 MB at 400k)
    assert files_key(con) in keys
    for change in (
        "update files set seq = 1 - seq where seq < 2",
        "update files set hash = 'x' where seq = 7",
        "update files set path = 'g7' where seq = 7",
        "delete from files where seq = 9",
    ):
        con.execute(change)
        keys.add(files_key(con))
    assert len(keys) == 5


def test_the_order_of_a_sync_is_written_by_pieces(tmp_path):
    """Store.set_order writes the files' places ``piece`` paths at a time (ORDER_PIECE; 1M at once did not fit
    DuckDB's memory at the end of a sync), the same places as at once."""
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        paths = st.paths()
        assert len(paths) > 5
        st.set_order(paths[::-1], piece=2)
        assert st.paths() == paths[::-1]
        st.set_order(paths)
        assert st.paths() == paths


def test_the_edge_order_keeps_every_successor_and_predecessor_order():
    """The save's order of the edges (graphs._order, arrays of ints), added one after another to an empty graph,
    gives each node its successors and predecessors in the order of the graph it was taken from, and each edge its
    place in ``G.edges(keys=True)``, on graphs whose edges went in at random (several keys a pair, removals)."""
    import random

    import networkx as nx

    from vanban.store import graphs

    rng = random.Random(15)
    for _ in range(30):
        G = nx.MultiDiGraph()
        G.add_nodes_from(f"n{i}" for i in rng.sample(range(12), 12))
        for _ in range(rng.randrange(1, 60)):
            s, t = rng.sample(list(G), 2)
            G.add_edge(s, t, key=rng.choice(["cites", "implements", "amends"]))
        for s, t, k in rng.sample(list(G.edges(keys=True)), len(G.edges) // 5):
            G.remove_edge(s, t, key=k)
        order = list(graphs._in_order(G, graphs._order(G)))
        H = nx.MultiDiGraph()
        H.add_nodes_from(G)
        H.add_edges_from((s, t, k) for s, t, k, _a, _place in order)
        assert [list(H.succ[n]) for n in G] == [list(G.succ[n]) for n in G]
        assert [list(H.pred[n]) for n in G] == [list(G.pred[n]) for n in G]
        places = {e: i for i, e in enumerate(G.edges(keys=True))}
        assert [p for *_, p in order] == [places[e[:3]] for e in order]


def test_a_report_table_that_does_not_fit_is_written_again_with_more_memory(tmp_path, monkeypatch):
    """Store.write_csv: a table DuckDB cannot join and sort under MEMORY_LIMIT (1M generated documents) is written
    again under BULK_LIMIT, the same file."""
    import duckdb

    from vanban import store as store_module

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
        first = {p.name: p.read_bytes() for p in st.write_csv(tmp_path / "a").values()}
        real, failed = store_module._copy_csv, []

        def once(con, query, path, pieces=None):
            if not failed:
                failed.append(path)
                raise duckdb.OutOfMemoryException("failed to allocate data of size 16.0 MiB")
            real(con, query, path, pieces)

        monkeypatch.setattr(store_module, "_copy_csv", once)
        again = {p.name: p.read_bytes() for p in st.write_csv(tmp_path / "b").values()}
        assert failed and again == first


def test_the_references_table_is_written_on_a_cursor_of_its_own_beside_the_others(tmp_path, monkeypatch):
    """Store.write_csv: the references (the largest table) written by DuckDB on a thread of its own while the other
    tables are written on the store's connection (issue 15: one core idle while the four were written one after
    another); the files the same bytes as each written alone."""
    import threading

    from vanban import store as store_module
    from vanban.store.schema import VIEWS

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
        (tmp_path / "a").mkdir()
        real, seen = store_module._copy_csv, {}

        def recorded(con, query, path, pieces=None):
            seen[path.stem] = (threading.current_thread().name, con is st.con)
            real(con, query, path, pieces)

        monkeypatch.setattr(store_module, "_copy_csv", recorded)
        got = {name: p.read_bytes() for name, p in st.write_csv(tmp_path / "a").items()}
        monkeypatch.setattr(store_module, "_copy_csv", real)
        for name, view in VIEWS.items():
            real(st.con, view, tmp_path / f"{name}.csv")
            assert got[name] == (tmp_path / f"{name}.csv").read_bytes()
    main = threading.main_thread().name
    assert seen["references"][0].startswith("vanban-store") and not seen["references"][1]
    assert {seen[n] for n in ("documents", "findings", "edges")} == {(main, True)}


class _Recording:
    """A DuckDB connection that keeps the statements executed on it (and their parameters)."""

    def __init__(self, con):
        self._con, self.statements = con, []

    def execute(self, query, params=None):
        self.statements.append((query, params))
        return self._con.execute(query, params) if params is not None else self._con.execute(query)

    def __getattr__(self, name):
        return getattr(self._con, name)


def test_the_report_tables_are_written_by_pieces_the_same_bytes(tmp_path):
    """Store.write_csv writes each table by pieces of ``Store.batch`` documents (schema.table_pieces: each statement
    joins and sorts the rows of its piece only; one statement of a whole table did not fit DuckDB's 256 MiB at 1M
    generated documents): the same bytes as one statement of the table's view writes, unreadable files included."""
    from vanban.store import _copy_csv
    from vanban.store.schema import VIEWS

    folder = _cascade(tmp_path / "gen", 300)
    shutil.copytree(CORPUS, folder / "real")
    (folder / "broken.docx").write_bytes(b"not a zip")
    (folder / "real" / "zz.docx").write_bytes(b"not a zip")
    (tmp_path / "whole").mkdir(), (tmp_path / "pieces").mkdir()
    with Store(tmp_path / "s.duckdb") as st:
        assert len(st.sync(folder, progress=False).errors) == 2
        st.graph_current()
        want = {}
        for name, view in VIEWS.items():
            _copy_csv(st.con, view, tmp_path / "whole" / f"{name}.csv")
            want[name] = (tmp_path / "whole" / f"{name}.csv").read_bytes()
        st.batch, st.con = 7, _Recording(st.con)
        got = {name: p.read_bytes() for name, p in st.write_csv(tmp_path / "pieces").items()}
        copies = [(q, params) for q, params in st.con.statements if q.startswith("copy")]
        st.con = st.con._con
    assert got == want
    assert len(copies) > 4 * 10 and all(params and params["last"] - params["first"] <= 7 * 10 for _q, params in copies)
    assert sum(params["last"] - params["first"] == 7 for _q, params in copies) > 3 * 10
    assert not list(tmp_path.glob("pieces/*.piece"))


def test_the_bench_cold_step_removes_the_store_and_its_write_ahead_log(tmp_path):
    """benchmarks/bench_store.py's cold step starts from no store: it removed the store file but not a ``.wal`` a
    crashed run leaves beside it, which may be replayed into the new store of that name (DuckDB 2.0.1 drops a log that
    is not its file's; older versions, which vanban allows, were not checked), nor the folder it spills to."""
    import bench_store

    store = tmp_path / "store-10.duckdb"
    con = duckdb.connect(str(store))
    con.execute("pragma disable_checkpoint_on_shutdown")  # (a run cut short: its last writes only in the log)
    con.execute("create table refs (x int)")
    con.execute("insert into refs values (1)")
    con.close()
    (tmp_path / "store-10.duckdb.tmp").mkdir()
    (tmp_path / "store-10.duckdb.tmp" / "spill").write_bytes(b"x")
    assert (tmp_path / "store-10.duckdb.wal").stat().st_size > 0
    bench_store.remove_store(store)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    bench_store.remove_store(store)  # (none there: nothing to do)


def test_shared_values_as_read_one_object_each():
    """A column read back through its Arrow dictionary (rows._shared_values) holds the values ``to_pylist`` gives, in
    order, nulls in place, each equal value the memo's one object; a column it does not encode (floats) as before."""
    import datetime as dt

    import pyarrow as pa

    from vanban.store.rows import _shared_values

    memo: dict = {}
    said = "Thực hiện Kế hoạch số 25-KH/TU"
    memo[said] = said
    columns = [
        pa.array(["Thực hiện Kế hoạch số 25-KH/TU", None, "cites", "Thực hiện Kế hoạch số 25-KH/TU", None], pa.string()),
        pa.array([dt.date(2021, 4, 19), None, dt.date(2021, 4, 19)], pa.date32()),
        pa.array([2021, 2021, None, 7], pa.int32()),
        pa.array([None, None], pa.string()),
        pa.array([], pa.string()),
        pa.array([0.5, None, 0.5], pa.float64()),
    ]
    for column in columns:
        got = _shared_values(column, memo.setdefault)
        assert got == column.to_pylist()
        assert all(v is memo[v] for v in got if v is not None)
    assert _shared_values(columns[0], memo.setdefault)[0] is said


def test_parts_made_once_for_each_different_value():
    """A reference's parsed code or issuer read from its Arrow column (rows._parts_column: each different value made
    once, :func:`rows._alike`) is what each row's value gives, a null struct None, its problems (a list of strings:
    none, empty, one empty string) told apart; a list holding the joining character is not compared so."""
    import pyarrow as pa

    from vanban.model import CodeParts
    from vanban.store.rows import _JOIN, _alike, _parts_column

    code = {"written": "93-KL/TW", "number": "93", "type_abbr": "KL", "issuer_abbr": "TW", "year": None}
    code |= {"system": "party", "canonical": "93-KL/TW", "issuer_code": "TW"}
    rows = [
        {**code, "problems": ["spacing"]},
        None,
        {**code, "problems": []},
        {**code, "problems": None},
        {**code, "problems": [""]},
        {**code, "problems": ["spacing"]},
        {**code, "year": 2024, "problems": []},
        {k: None for k in code} | {"problems": None},
    ]
    column = pa.array(
        rows, pa.struct([*((k, pa.int32() if k == "year" else pa.string()) for k in code), ("problems", pa.list_(pa.string()))])
    )
    memo: dict = {}
    got = _parts_column(CodeParts, column, memo)
    assert got == _parts_column(CodeParts, column.to_pylist(), None)
    # (no problems and none: one object, the memo's, as before)
    assert got[0] is got[5] and got[2] is got[3] and got[1] is None and len({id(x) for x in got}) == 6
    assert [x.problems for x in got if x is not None] == [("spacing",), (), (), ("",), ("spacing",), (), ()]
    assert _alike(pa.array([{"p": ["a" + _JOIN + "b"]}, {"p": ["a", "b"]}])) is None


def test_notes_read_back_a_list_each():
    """A reference's notes read from their Arrow column (rows._notes_column: each different value's Notes made once)
    are what each row's value gives: None for none or an empty list, a list of its own for each reference; a column
    with two notes in one reference is read row by row (rows._alike: no number for it)."""
    import pyarrow as pa

    from vanban.store.rows import _alike, _notes_column

    kind = pa.list_(
        pa.struct([("flag", pa.string()), ("detail", pa.string()), ("span", pa.list_(pa.int32())), ("text", pa.string())])
    )
    late = {"flag": "LOCALITY_FROM_CONTEXT", "detail": None, "span": None, "text": "locality from the citing document"}
    spanned = {**late, "span": [12, 30]}
    rows = [[late], None, [], [spanned], [late], [{**late, "span": [12, 31]}], [spanned]]
    column = pa.array(rows, kind)
    got = _notes_column(column, {})
    assert got == _notes_column(rows, None)
    assert got[1] is None and got[2] is None and got[0] is not got[4] and got[3][0].span == (12, 30)
    assert len({x[0].span for x in got if x}) == 3
    two = pa.array([[late, spanned], [late]], kind)
    assert _alike(two) is None and _notes_column(two, {}) == _notes_column(two.to_pylist(), None)


def test_references_read_back_with_their_spans_notes_and_parts(tmp_path, from_documents):
    """The references of the records read back (their spans, notes, parsed codes and issuers made once for each
    different value: rows._made_once) are the documents' own, field by field."""
    corpus, _G = from_documents
    fields = ("start", "end", "code_span", "date_span", "issuer_span", "term_span", "subject_span", "code_parts")
    fields += ("issuer_parts", "notes", "key", "relation")
    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
    with Store(tmp_path / "s.duckdb") as st:  # (read back from the tables)
        back = {r.path: r for r in st.records()}
    said = [[tuple(getattr(r, f) for f in fields) for r in back[d.path].references] for d in corpus]
    assert said == [[tuple(getattr(r, f) for f in fields) for r in d.references] for d in corpus]
    assert sum(1 for d in said for r in d if r[9]) > 0 and sum(1 for d in said for r in d if r[2]) > 0


def test_findings_read_back_field_by_field(tmp_path, from_documents):
    """The findings of the records read back (made column by column: rows._findings_of) are the documents' own, field
    by field, each pointing to the reference of its place."""
    corpus, _G = from_documents
    fields = ("rule", "severity", "message", "start", "end", "message_vi", "suggestion", "path", "related", "fix", "source")

    def said(d) -> list:
        at = {id(r): i for i, r in enumerate(d.references)}
        return [(*(getattr(f, n) for n in fields), at.get(id(f.reference))) for f in d.findings]

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(CORPUS, progress=False)
    with Store(tmp_path / "s.duckdb") as st:  # (read back from the tables)
        back = {r.path: r for r in st.records()}
    assert [said(back[d.path]) for d in corpus] == [said(d) for d in corpus]
    assert any(f[-1] is not None for d in corpus for f in said(d)) and any(f[9] for d in corpus for f in said(d))


def test_the_store_csvs_and_the_frames_neutralise_the_same_formula_starts():
    """The store's CSVs are written by DuckDB, whose test of a risky cell (``store._RISKY``) is built from
    ``frames.FORMULA_STARTS``: every cell ``frames.safe_cell`` quotes, and no other ("93-KL/TW", " =1")."""
    from vanban.frames import FORMULA_STARTS, safe_cell
    from vanban.store import _RISKY

    cells = [c + "1+1" for c in FORMULA_STARTS] + ["93-KL/TW", " =1", "Kế hoạch", "", "'=x"]
    con = duckdb.connect()
    got = [con.execute(f"select regexp_matches(?, {_RISKY})", [c]).fetchone()[0] for c in cells]
    assert got == [safe_cell(c) != c for c in cells] == [True] * len(FORMULA_STARTS) + [False] * 5


def test_the_parts_columns_hold_each_references_parts_and_null_where_it_has_none():
    """``code_parts``/``issuer_parts`` made field by field and put in place by ``take`` (:func:`.rows._struct_array`): row
    for row the parts of the reference (a dict of its fields) or null, whether every reference has them, none or some
    (bentre-chauthanh-huyenuy-kehoach-29-khhu-2021-04-20-kl93.txt: "… góp phần thực hiện thắng lợi Nghị quyết Đại hội
    đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025." cites a resolution with no code and no issuer written)."""
    import duckdb

    from vanban.store.rows import _struct_array
    from vanban.store.schema import create

    text = (
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư, góp phần thực hiện thắng lợi Nghị quyết Đại hội"
        " đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025."
    )
    refs = vanban.find_references(text)
    con = duckdb.connect()
    create(con)
    schema = con.sql("select * from refs limit 0").to_arrow_table().schema
    for name in ("code_parts", "issuer_parts"):
        objs = [getattr(r, name) for r in refs]
        assert any(o is None for o in objs) and any(o is not None for o in objs), objs  # (the case this is about)
        kind = schema.field(name).type
        for some in (objs, objs[::-1], [o for o in objs if o], [None, None], []):
            got = _struct_array(some, kind)
            want = [None if o is None else {f.name: _listed(getattr(o, f.name)) for f in kind} for o in some]
            assert got.type == kind and got.null_count == some.count(None)
            assert got.to_pylist() == want


def _listed(v):
    """A value as Arrow reads it back: a tuple (a code's ``problems``) as a list."""
    return list(v) if isinstance(v, tuple) else v


def test_the_pool_reads_the_files_by_chunks_of_pool_chunk(monkeypatch):
    """``map_files`` hands its pool chunks of :func:`~vanban.cluster.pool_chunk` files (128 at most, eight a worker at
    least: the parent pays each chunk, whatever its size), or of the ``chunksize`` given; the results are those read in
    one process, in order."""
    from vanban import cluster

    seen = []
    pimap = cluster.pimap

    def spy(fn, items, **kw):
        seen.append(kw["chunksize"])
        return pimap(fn, items, **kw)

    monkeypatch.setattr(cluster, "pimap", spy)
    files = sorted(str(p) for p in CORPUS.iterdir() if p.suffix in (".txt", ".md"))[:20]

    def read(**kw):
        out = list(cluster.map_files(files, progress=False, **kw))
        return [(p, digest, [r.code for r in rec.references]) for p, _size, _mtime, digest, rec in out]

    here = read(workers=1)
    assert read(workers=2) == here and read(workers=2, chunksize=3) == here
    assert seen == [cluster.pool_chunk(20, 1), cluster.pool_chunk(20, 2), 3] == [2, 1, 3]
    assert (cluster.pool_chunk(100_000, 2), cluster.pool_chunk(4_547, 2)) == (cluster.POOL_CHUNK, 128)


class _Statements:
    """A connection that keeps the first word of each statement run through it (and passes on the rest)."""

    def __init__(self, con):
        self.con, self.said = con, []

    def execute(self, sql, *args):
        self.said.append(sql.split()[0])
        return self.con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self.con, name)


def test_a_writer_deletes_old_rows_only_of_the_paths_the_store_held(tmp_path):
    """A cold sync's batches delete nothing (each delete read the whole of its table: 0.05 CPU-s at 20k generated
    documents, 0.40 at 100k); a file written again has its old rows replaced."""
    import duckdb

    from vanban.graph import record_of
    from vanban.store import rows
    from vanban.store.schema import create

    con = _Statements(duckdb.connect())
    create(con.con)
    old = record_of(vanban.parse("Thực hiện Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư", path="a.txt"))
    new = record_of(vanban.parse("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư", path="a.txt"))
    with rows.Writer(con, stored=set()) as w:
        w.add("a.txt", 10, 1, "h", old)
    assert "delete" not in con.said
    with rows.Writer(con, stored={"a.txt"}) as w:
        w.add("a.txt", 10, 2, "h2", new)
    assert con.said.count("delete") == 4  # files, documents, refs, findings
    assert con.execute("select code from refs").fetchall() == [("93-KL/TW",)]
    assert con.execute("select mtime_ns from files").fetchall() == [(2,)]


def test_the_files_to_parse_say_which_the_store_held(copy, tmp_path):
    from vanban.store.rows import changed_files

    with Store(tmp_path / "s.duckdb") as st:
        st.sync(copy, progress=False)
        files = [p for (p,) in st.sql("select path from files order by seq").fetchall()]
        seed = copy / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
        seed.write_text(seed.read_text(encoding="utf-8") + "\nNơi nhận: Như trên.", encoding="utf-8")
        (copy / "new-plan.txt").write_text("Thực hiện Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy.", encoding="utf-8")
        todo, replaced, *_ = changed_files(st.con, files + [str(copy / "new-plan.txt")])
        assert (sorted(todo), replaced) == (sorted([str(seed), str(copy / "new-plan.txt")]), {str(seed)})
    with Store(tmp_path / "cold.duckdb") as st:
        todo, replaced, *_ = changed_files(st.con, files)
        assert (todo, replaced) == (files, set())
