"""The faces of the cascade graph: exports, frames, pictures, the report (identity and edges: test_build.py;
queries: test_queries.py)."""

from __future__ import annotations

import datetime as dt

import pytest

import vanban
from paths import ROOT
from vanban import export

CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def corpus():
    return vanban.Corpus.from_dir(CORPUS, progress=False)


@pytest.fixture(scope="module")
def G(corpus):
    return corpus.graph()


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


def test_frames(corpus, G):
    docs = corpus.documents_frame()
    assert len(docs) == 26 and {"key", "code", "level", "errors"} <= set(docs.columns)
    refs = corpus.references_frame()
    assert (refs["code"] == "93-KL/TW").sum() > 30
    fs = corpus.findings_frame()
    assert set(fs.loc[fs.severity == "error", "rule"]) == {
        "type-code-mismatch",
        "chronology",
        "date-term-mismatch",
        "issuer-code-mismatch",
    }
    edges = corpus.edges_frame(G)
    assert {"source", "target", "relation", "mentions"} <= set(edges.columns)


def test_plot_and_html(G, tmp_path):
    from PIL import Image

    from vanban.viz import plot_cascade, write_html

    png = tmp_path / "c.png"
    plot_cascade(G, "42-CT/TW#X", path=png)
    im = Image.open(png)
    assert im.size[0] > 800 and im.size[1] > 600
    html = write_html(G, "42-CT/TW#X", tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<svg" in html
    assert "<link" not in html and "<script src" not in html and 'src="http' not in html  # nothing fetched when opened
    assert "25-KH/TU@Gia Lai#2021" in html


def test_cascade_picture_names_its_root_and_draws_only_used_levels(G, tmp_path):
    from vanban.viz import layout, plot_cascade

    # the 2015 Ban Bí thư directive: Yên Bái's plan and one district's, no commune
    lay = layout(G, "42-CT/TW#XI")
    assert lay.levels == ["central", "provincial", "district"]
    assert {lay.pos[n][1] for n in lay.nodes} == {0.0, 1.0, 2.0}
    fig = plot_cascade(G, "42-CT/TW#XI", path=tmp_path / "c.png")
    ax = fig.axes[0]
    assert ax.get_title().startswith("Cascade of 42-CT/TW (Ban Bí thư, 24/03/2015)")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Central", "Provincial", "District"]
    # its own figure gives each of the 9 district plans of 2010 room: labels on one line (the reports on
    # them and the amendment of a plan are not in the cascade)
    fig = plot_cascade(G, "42-CT/TW#X")
    row = sorted((t.get_position() for t in fig.axes[0].texts if "/HU" in t.get_text()), key=lambda p: p[0])
    assert len(row) >= 9 and len({round(y, 2) for _x, y in row}) == 1
    # in a narrow figure of the caller's, neighbours' labels alternate between two heights
    import matplotlib.pyplot as plt

    _fig, ax = plt.subplots(figsize=(10, 8))
    plot_cascade(G, "42-CT/TW#X", ax=ax)
    row = sorted(
        (t.get_position() for t in ax.texts if t.get_text() and 2 < t.get_position()[1] < 3), key=lambda p: p[0]
    )  # district labels
    assert len(row) >= 10 and all(abs(a[1] - b[1]) > 0.1 for a, b in zip(row, row[1:]))
    plt.close("all")


def test_report(corpus, tmp_path):
    from vanban.report import write_report

    path = write_report(corpus, tmp_path)
    page = path.read_text(encoding="utf-8")
    assert "Chỉ thị 42-CT/TW (16/04/2010" in page and "type-code-mismatch" in page
    for f in (
        "graph.graphml",
        "graph.gexf",
        "graph.json",
        "documents.csv",
        "references.csv",
        "findings.csv",
        "edges.csv",
        "cascade-1.png",
        "cascade-1.html",
    ):
        assert (tmp_path / f).stat().st_size > 100


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
