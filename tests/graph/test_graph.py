"""The cascade graph's exports (identity and edges: test_build.py; queries: test_queries.py; pictures, report
and frames: tests/faces/)."""

from __future__ import annotations

import datetime as dt

import pytest

import vanban
from vanban import export


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_round_trip(G, tmp_path, fmt):
    write = getattr(export, f"write_{fmt}")
    read = getattr(export, f"read_{fmt}")
    H = read(write(G, tmp_path / f"g.{fmt}"))
    assert set(H.nodes) == set(G.nodes)
    assert sorted(H.edges(keys=True)) == sorted(G.edges(keys=True))
    for n in G:
        assert {k: v for k, v in G.nodes[n].items() if v is not None} == H.nodes[n]
    for s, t, k in G.edges(keys=True):
        assert {kk: v for kk, v in G.edges[s, t, k].items() if v is not None} == H.edges[s, t, k]
    assert isinstance(H.nodes["93-KL/TW#XII"]["date"], dt.date)


def test_unreadable_files_are_kept(tmp_path):
    (tmp_path / "ok.txt").write_text("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"K\xea ho\xe1ch TCVN3")
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0")
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    c = vanban.Corpus.from_dir(tmp_path, progress=False)
    assert len(c.documents) == 1
    assert sorted((e.path.rsplit("/", 1)[-1], e.kind) for e in c.errors) == [
        ("bad.txt", "EncodingError"),
        ("old.doc", "UnsupportedFormatError"),
    ]


def test_export_writes_the_portable_graph(G, tmp_path):
    """One tagging of dates and evidence (vanban.graph.encoding): export writes exactly what
    networkx's writer makes of portable(G), and reads networkx's file back with its types."""
    import networkx as nx

    from vanban.graph import portable

    mine, theirs = tmp_path / "export.graphml", tmp_path / "nx.graphml"
    export.write_graphml(G, mine)
    nx.write_graphml(portable(G), theirs)
    assert mine.read_bytes() == theirs.read_bytes()
    H = export.read_graphml(theirs)
    for s, t, k in G.edges(keys=True):
        assert {kk: v for kk, v in G.edges[s, t, k].items() if v is not None} == H.edges[s, t, k]
    assert export.encode is vanban.graph.encode and export.decode is vanban.graph.decode
