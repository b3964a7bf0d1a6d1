"""pandas views of a corpus and a graph: datetime64 dates, Lag and Coverage as DataFrames, human labels, safe CSV."""

from __future__ import annotations

import pytest

import vanban

pd = pytest.importorskip("pandas")


def test_frames(corpus, G):
    docs = corpus.documents_frame()
    assert len(docs) == 26 and {"key", "code", "level", "errors"} <= set(docs.columns)
    refs = corpus.references_frame()
    assert (refs["code"] == "93-KL/TW").sum() > 30
    # each reference's part, read for a document's references in one walk, is the one asked alone
    alone = [d.where(r) for d in corpus.documents for r in d.references]
    assert refs["where"].tolist() == alone and {"preamble", "title"} <= set(alone)
    assert sum(w[:1] in "IV" for w in alone) > 100  # (parts of the section tree: "I.1", "II.2.a" …)
    fs = corpus.findings_frame()
    assert set(fs.loc[fs.severity == "error", "rule"]) == {
        "type-code-mismatch",
        "chronology",
        "date-term-mismatch",
        "issuer-code-mismatch",
    }
    edges = corpus.edges_frame(G)
    assert {"source", "target", "relation", "mentions"} <= set(edges.columns)


def test_dates_are_datetime64(corpus, G):
    from vanban.frames import nodes_frame

    docs = corpus.documents_frame()
    assert str(docs["date"].dtype).startswith("datetime64")
    assert set(docs.date.dt.year.dropna().astype(int)) >= {2010, 2015, 2021}
    assert str(corpus.references_frame()["date"].dtype).startswith("datetime64")
    edges = corpus.edges_frame(G)
    assert str(edges["source_date"].dtype).startswith("datetime64") and str(edges["target_date"].dtype).startswith("datetime64")
    nodes = nodes_frame(G)
    assert str(nodes["date"].dtype).startswith("datetime64")
    assert nodes.set_index("node").loc["25-KH/TU@Gia Lai#2021", "label"] == "25-KH/TU (Gia Lai, 2021)"


def test_lag_and_coverage_frames(G):
    from vanban.frames import coverage_frame, lag_frames

    rows, per = lag_frames(vanban.lag(G, "93-KL/TW"))
    assert {"node", "level", "date", "days", "depth", "via"} <= set(rows.columns)
    assert str(rows["date"].dtype).startswith("datetime64")
    gl = rows.set_index("node").loc["25-KH/TU@Gia Lai#2021"]
    assert gl["days"] == 150 and gl["date"].year == 2021
    assert per.index.name == "level" and {"provincial", "district"} <= set(per.index)
    assert per.loc["district", "median"] > per.loc["provincial", "median"]
    cov = coverage_frame(vanban.coverage(G, "93-KL/TW", province="Gia Lai"))
    assert list(cov.columns) == ["unit", "covered", "documents", "nodes"]
    assert set(cov.loc[cov.covered, "unit"]) == {"Phú Thiện", "Ia Grai", "Chư Sê", "Krông Pa", "Đak Đoa"}
    assert len(cov) == 17 and cov.attrs["node"] == "93-KL/TW#XII"


def test_labels_are_human_and_unique(G):
    from vanban.frames import node_labels

    labels = node_labels(G)
    assert len(set(labels.values())) == len(labels)
    assert labels["25-KH/TU@Gia Lai#2021"] == "25-KH/TU (Gia Lai, 2021)"
    assert labels["25-KH/TU@Yên Bái#2021"] == "25-KH/TU (Yên Bái, 2021)"
    assert labels["42-CT/TW#X"] == "42-CT/TW (Bộ Chính trị, 2010)"
    assert labels["18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021"] == "18-KH/ĐU (Ia Sol, Phú Thiện, 2021)"
    named = [lab for n, lab in labels.items() if n.startswith("named:")]
    assert named and not any("named:" in x or "nghi quyet" in x for x in named)
    assert "Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025 (Châu Thành)" in named


def test_csv_cells_never_run_as_formulas(tmp_path):
    from vanban.frames import write_csv

    df = pd.DataFrame({"text": ["=1+1", "+84 912", "-2", "@SUM(A1)", "93-KL/TW", None], "n": [1, 2, 3, 4, 5, 6]})
    write_csv(df, tmp_path / "x.csv")
    back = pd.read_csv(tmp_path / "x.csv")
    assert list(back["text"].fillna("")) == ["'=1+1", "'+84 912", "'-2", "'@SUM(A1)", "93-KL/TW", ""]
    assert list(back["n"]) == [1, 2, 3, 4, 5, 6]
