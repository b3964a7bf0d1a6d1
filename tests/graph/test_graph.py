"""The cascade graph: identity, edges, queries, exports, pictures, the report."""

from __future__ import annotations

import datetime as dt

import pytest

import vanban
from paths import ROOT, SEED
from vanban import export
from vanban.graph import AmbiguousNodeError, node_for

CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def seed_graph():
    return vanban.Corpus([vanban.read(SEED)]).graph()


@pytest.fixture(scope="module")
def corpus():
    return vanban.Corpus.from_dir(CORPUS, progress=False)


@pytest.fixture(scope="module")
def G(corpus):
    return corpus.graph()


def test_seed_alone(seed_graph):
    G = seed_graph
    seed = node_for(G, vanban.read(SEED))
    assert G.nodes[seed]["in_corpus"] and G.nodes[seed]["path"] == str(SEED)
    codes = {a.get("code"): n for n, a in G.nodes(data=True)}
    assert {"25-KH/TU", "93-KL/TW", "42-CT/TW"} <= set(codes)
    kh25, kl93, ct42 = codes["25-KH/TU"], codes["93-KL/TW"], codes["42-CT/TW"]
    assert (kh25, kl93, ct42) == ("25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "42-CT/TW#X")
    assert G.has_edge(seed, kh25, key="implements")
    assert G.has_edge(kh25, kl93, key="implements")
    assert G.has_edge(kl93, ct42, key="continues")
    assert vanban.lineage(G, seed) == [[seed, kh25, kl93, ct42]]
    # the mislabelled "93-NQ/TW" is repaired to 93-KL/TW, not a node of its own
    assert "93-NQ/TW#?" not in G
    ev = G.edges[seed, kl93, "implements"]["evidence"]
    assert any(e.get("repaired", {}).get("written") == "93-NQ/TW#?" for e in ev)
    assert all(SEED.read_text(encoding="utf-8")[e["start"] : e["end"]] == e["text"] for e in ev)
    # stubs take their attributes from the citations
    assert G.nodes[kl93]["date"] == dt.date(2020, 11, 20) and G.nodes[kl93]["issuer"] == "Ban Bí thư"
    assert G.nodes[ct42]["level"] == "central" and not G.nodes[ct42]["in_corpus"]


def test_corpus_reads_every_format(corpus):
    assert not corpus.errors
    kinds = {d.kind for d in corpus.documents}
    assert {"txt", "md", "pdf", "docx"} <= kinds
    assert len(corpus.documents) == 26


def test_same_code_different_documents_stay_apart(G):
    assert "42-CT/TW#X" in G and "42-CT/TW#XI" in G
    assert G.nodes["42-CT/TW#X"]["date"] == dt.date(2010, 4, 16)
    assert G.nodes["42-CT/TW#XI"]["date"] == dt.date(2015, 3, 24)
    assert "25-KH/TU@Gia Lai#2021" in G and "25-KH/TU@Yên Bái#2021" in G
    with pytest.raises(AmbiguousNodeError) as e:
        node_for(G, "25-KH/TU")
    assert set(e.value.candidates) >= {"25-KH/TU@Gia Lai#2021", "25-KH/TU@Yên Bái#2021"}


def test_each_district_reaches_its_own_province(G):
    gl, yb = "25-KH/TU@Gia Lai#2021", "25-KH/TU@Yên Bái#2021"
    for n, a in G.nodes(data=True):
        if (
            a.get("level") == "district"
            and a.get("in_corpus")
            and a.get("code", "").startswith(("3", "4", "5", "6"))
            and a.get("date", dt.date.min).year == 2021
        ):
            ups = {t for _, t, k in G.out_edges(n, keys=True) if k in ("implements", "basis")}
            if a["province"] == "Gia Lai":
                assert gl in ups and yb not in ups, n
            elif a["province"] == "Yên Bái":
                assert yb in ups and gl not in ups, n


def test_the_seed_is_the_cited_45_KH_HU(G):
    seed = node_for(G, vanban.read(SEED))
    assert seed == "45-KH/HU@Phú Thiện, Gia Lai#2021"
    assert G.nodes[seed]["code_from"] == "citations" and "code" in G.nodes[seed]["inferred"]
    communes = [s for s, _t, k in G.in_edges(seed, keys=True) if G.nodes[s].get("level") == "grassroots" and k == "implements"]
    assert len(communes) == 2


def test_lineage_and_chain(G):
    seed = "45-KH/HU@Phú Thiện, Gia Lai#2021"
    paths = vanban.lineage(G, seed)
    assert paths[0][:4] == [seed, "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "42-CT/TW#X"]
    assert vanban.chain(G, "42-CT/TW#X", "18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021") == [
        ["18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021", seed, "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "42-CT/TW#X"]
    ]


def test_cascade_coverage_lag(G):
    down = vanban.cascade(G, "93-KL/TW")
    nodes = {c.node for c in down}
    assert {
        "25-KH/TU@Gia Lai#2021",
        "25-KH/TU@Yên Bái#2021",
        "41-KH/TU@Bến Tre#2021",
        "45-KH/HU@Phú Thiện, Gia Lai#2021",
    } <= nodes
    assert "112-KH/TU@Yên Bái#2015" not in nodes  # implements the 2015 42-CT/TW, not this cascade
    cov = vanban.coverage(G, "93-KL/TW", province="Gia Lai")
    assert set(cov.covered) == {"Phú Thiện", "Ia Grai", "Chư Sê", "Krông Pa", "Đak Đoa"}
    assert len(cov.missing) == 12 and "Chư Păh" in cov.missing and "Pleiku" in cov.missing
    lg = vanban.lag(G, "93-KL/TW")
    assert set(lg.by_level) >= {"provincial", "district", "grassroots", "state"}
    assert lg.by_level["provincial"]["min"] >= 0
    assert lg.by_level["district"]["median"] > lg.by_level["provincial"]["median"]
    row = next(r for r in lg.rows if r["node"] == "25-KH/TU@Gia Lai#2021")
    assert row["days"] == (dt.date(2021, 4, 19) - dt.date(2020, 11, 20)).days


def test_wrong_citations_are_repaired_onto_the_right_node(G):
    assert "42-KL/TW#?" not in G and "25-KH/TW#?" not in G and "25-KH/TU@Gia Lai#2020" not in G
    assert G.has_edge("47-KH/HU@Trấn Yên, Yên Bái#2021", "25-KH/TU@Yên Bái#2021")
    assert G.has_edge("36-KH/HU@Krông Pa, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", key="implements")


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
