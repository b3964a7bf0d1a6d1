"""The queries on the cascade graph, all on one view (the steps of cascades): lineage, chain,
cascade, coverage, lag; networkx conventions (argument order, NodeNotFound)."""

from __future__ import annotations

import datetime as dt
import sys
import warnings

import networkx as nx
import pytest

import vanban
from paths import ROOT
from vanban.graph import AmbiguousNodeError, cascade_view, node_for

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402

SEED_NODE = "45-KH/HU@Phú Thiện, Gia Lai#2021"
IA_SOL = "18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021"


@pytest.fixture(scope="module")
def national():
    truth = generate.cascade(300, seed=7)
    corpus = vanban.Corpus.from_texts([(g.name, g.text) for g in truth])
    return truth, corpus, corpus.graph()


def test_the_seed_has_one_lineage(G):
    # not through 27-NQ/TW (Chỉ thị 42's narrative), 52-KL/TW ("gắn với việc thực hiện Kết luận số 52" in 93-KL/TW's
    # body) or the provincial congress resolution ("gắn với thực hiện Nghị quyết Đại hội …" in 25-KH/TU's body)
    assert vanban.lineage(G, SEED_NODE) == [[SEED_NODE, "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "42-CT/TW#X"]]
    assert G.nodes["25-KH/TU@Gia Lai#2021"]["date"] == dt.date(2021, 4, 19)


def _never_a_step(G, s: str, t: str, reason: str) -> None:
    """No edge s -> t is a step, and those whose relation could make one say why (whatever the relation
    finder labels them: "gắn với thực hiện X" may be read as implements or as cites)."""
    assert G.has_edge(s, t), (s, t)
    for k, d in G[s][t].items():
        assert d["cascade"] is False, (s, t, k)
        if k in ("implements", "continues", "basis"):
            assert d["excluded"] == reason, (s, t, k, d["excluded"])


def test_why_edges_are_not_steps(G):
    _never_a_step(G, "93-KL/TW#XII", "52-KL/TW#XII", "context")  # "gắn với việc thực hiện Kết luận số 52-KL/TW"
    _never_a_step(G, "42-CT/TW#X", "27-NQ/TW#X", "context")  # "Để tiếp tục thực hiện Nghị quyết số 27-NQ/TW …"
    congress = next(t for t in G["25-KH/TU@Gia Lai#2021"] if t.startswith("named:nghi quyet dai hoi"))
    _never_a_step(G, "25-KH/TU@Gia Lai#2021", congress, "context")
    _never_a_step(G, SEED_NODE, "93-KL/TW#XII", "shortcut")  # it implements 93-KL/TW through 25-KH/TU
    _never_a_step(G, "31-KH/HU@Đak Đoa, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", "chronology")  # 16/4 < 19/4/2021
    assert G.edges["93-KL/TW#XII", "42-CT/TW#X", "continues"]["cascade"] is True
    assert G.edges["93-KL/TW#XII", "42-CT/TW#X", "reviews"]["cascade"] is False
    V = cascade_view(G)
    assert all(d["cascade"] for _s, _t, d in V.edges(data=True))
    assert not any(k in ("reviews", "amends", "replaces", "cites") for _s, _t, k in V.edges(keys=True))


def test_a_congress_resolution_is_never_a_parent_whatever_the_label():
    text = (
        "TỈNH ỦY GIA LAI\n*\nSố 30-KH/TU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Lai, ngày 10 tháng 5 năm 2021\n\nKẾ HOẠCH\n"
        "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025\n\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020 - 2025 và Kết luận số "
        "93-KL/TW, ngày 20/11/2020 của Ban Bí thư, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:\n"
    )
    G = vanban.Corpus.from_texts([("p.txt", text)]).graph()
    n = "30-KH/TU@Gia Lai#2021"
    assert vanban.lineage(G, n) == [[n, "93-KL/TW#XII"]]
    congress = [t for t in G[n] if t.startswith("named:")]
    assert len(congress) == 1
    _never_a_step(G, n, congress[0], "congress")


def test_chain_follows_the_edges(G):
    up = [IA_SOL, SEED_NODE, "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "42-CT/TW#X"]
    assert vanban.chain(G, IA_SOL, "42-CT/TW#X") == [up]
    assert vanban.chain(G, IA_SOL, "93-KL/TW") == [up[:4]]
    with pytest.warns(FutureWarning, match="follows the edges"):
        assert vanban.chain(G, "42-CT/TW#X", IA_SOL) == [up]  # the earlier (top, bottom) order: not silently []
    assert vanban.chain(G, IA_SOL, "42-CT/TW#XI") == []  # no path: Yên Bái's 2015 cascade
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        vanban.chain(G, IA_SOL, "42-CT/TW#X")


def test_node_for_follows_networkx(G, corpus):
    with pytest.raises(nx.NodeNotFound):
        node_for(G, "999-KH/TU")
    with pytest.raises(AmbiguousNodeError) as e:
        node_for(G, "42-CT/TW")
    assert e.value.candidates == ["42-CT/TW#X", "42-CT/TW#XI"]
    assert node_for(G, "93-KL/TW") == "93-KL/TW#XII"
    assert node_for(G, corpus[0]) == node_for(G, corpus[0].key or corpus[0].path)
    with pytest.raises(nx.NodeNotFound):
        vanban.lineage(G, "no such document")


def test_cascade_is_implementation_only(G):
    down = vanban.cascade(G, "93-KL/TW")
    nodes = {c.node for c in down}
    assert {"25-KH/TU@Gia Lai#2021", "25-KH/TU@Yên Bái#2021", "41-KH/TU@Bến Tre#2021", SEED_NODE, IA_SOL} <= nodes
    assert "112-KH/TU@Yên Bái#2015" not in nodes  # implements the 2015 42-CT/TW, not this cascade
    # reports reviewing plans, the amendment of a plan, the documents a plan mentions: not in the cascade
    others = {"198-BC/HU@Phú Thiện, Gia Lai#2022", "241-BC/HU@Ia Grai, Gia Lai#2022", "156/KH-UBND@Phú Thiện, Gia Lai#2021"}
    assert not others & nodes
    assert not any(n.startswith("named:") or n.startswith("52-KL/TW") for n in nodes)
    seed = next(c for c in down if c.node == SEED_NODE)
    assert (seed.via, seed.depth, seed.relation) == ("25-KH/TU@Gia Lai#2021", 2, "implements")
    plans = vanban.cascade(G, "93-KL/TW", doc_types=["Kế hoạch"])
    assert "38-HD/BTGTU@Gia Lai#2021" in nodes and "38-HD/BTGTU@Gia Lai#2021" not in {c.node for c in plans}
    based = {c.node for c in vanban.cascade(G, "93-KL/TW", relations=["basis"])}
    assert based == set()  # every provincial plan says "Thực hiện", none only "Căn cứ"


def test_coverage_by_the_map_of_the_period(G):
    cov = vanban.coverage(G, "93-KL/TW", province="Gia Lai")
    assert set(cov.covered) == {"Phú Thiện", "Ia Grai", "Chư Sê", "Krông Pa", "Đak Đoa"}
    assert len(cov.missing) == 12 and "Chư Păh" in cov.missing and "Pleiku" in cov.missing
    assert cov.era == "legacy" and round(cov.rate, 2) == 0.29
    bt = vanban.coverage(G, "93-KL/TW", province="Bến Tre")
    assert "thành phố Bến Tre" in bt.missing and "Bến Tre" not in bt.missing  # the city, not the province
    df = bt.frame()
    assert str(df["first"].dtype).startswith("datetime64")
    row = df.set_index("unit").loc["Châu Thành"]
    assert row["covered"] and row["first"] == dt.datetime(2021, 4, 20) and row["written"] == "huyện Châu Thành"
    communes = vanban.coverage(G, "93-KL/TW", province="Gia Lai", district="Phú Thiện")
    assert communes.level == "commune" and set(communes.covered) == {"Ia Sol", "Chư A Thai"}
    prov = vanban.coverage(G, "93-KL/TW")
    assert prov.level == "province" and set(prov.covered) == {"Gia Lai", "Yên Bái", "Bến Tre"} and len(prov.missing) == 60


def test_coverage_after_the_2025_reform(national):
    truth, _corpus, G = national
    cov = vanban.coverage(G, "71-NQ/TW", province="Gia Lai")
    assert cov.era == "2025" and cov.level == "commune"
    assert len(cov.covered) + len(cov.missing) == 135  # the communes and wards of the new Gia Lai
    made = {g.commune for g in truth if g.root == "71-NQ/TW#XIII" and g.province == "Gia Lai" and g.commune}
    assert set(cov.covered) | set(cov.unmatched) == made
    invented = {g.commune for g in truth if g.root == "71-NQ/TW#XIII" and g.invented and g.province == "Gia Lai"}
    assert set(cov.unmatched) == invented
    with pytest.raises(vanban.VanbanError, match="no districts"):
        vanban.coverage(G, "71-NQ/TW", province="Gia Lai", level="district")
    assert len(vanban.coverage(G, "71-NQ/TW").missing) + len(vanban.coverage(G, "71-NQ/TW").covered) == 34


def test_lag_from_the_root_the_parent_and_the_deadline(G):
    lg = vanban.lag(G, "93-KL/TW")
    assert set(lg.by_level) >= {"provincial", "district", "grassroots", "state"}
    assert lg.by_level["provincial"]["min"] >= 0
    assert lg.by_level["district"]["median"] > lg.by_level["provincial"]["median"]
    row = next(r for r in lg.rows if r["node"] == "25-KH/TU@Gia Lai#2021")
    assert row["days"] == (dt.date(2021, 4, 19) - dt.date(2020, 11, 20)).days
    seed = next(r for r in lg.rows if r["node"] == SEED_NODE)
    assert (seed["parent"], seed["days_from_parent"]) == ("25-KH/TU@Gia Lai#2021", 72)
    assert seed["deadline"] == dt.date(2021, 6, 30) and seed["days_late"] == 0  # "hoàn thành trước ngày 30/6/2021"
    chu_se = next(r for r in lg.rows if r["node"] == "68-KH/HU@Chư Sê, Gia Lai#2021")
    assert chu_se["days_late"] == (dt.date(2021, 10, 14) - dt.date(2021, 6, 30)).days
    assert {r["node"] for r in lg.late()} >= {"68-KH/HU@Chư Sê, Gia Lai#2021"}
    # only what implements, only what the corpus holds: no report, no amendment, no stub
    assert all(r["in_corpus"] for r in lg.rows) and not any("-BC/" in r["node"] for r in lg.rows)
    # Đak Đoa's plan (16/4/2021) says it implements Gia Lai's 25-KH/TU (19/4/2021): a finding, not a negative lag
    assert [f.rule for f in lg.chronology] == ["chronology"] and "31-KH/HU" in lg.chronology[0].message
    assert all(r["days"] >= 0 for r in lg.rows)
    df = lg.frame()
    assert [str(df[c].dtype)[:10] for c in ("date", "parent_date", "deadline")] == ["datetime64"] * 3
    assert {"node", "level", "days", "parent", "days_from_parent", "days_late", "via"} <= set(df.columns)
    plans = vanban.lag(G, "93-KL/TW", doc_types=["Kế hoạch"])
    assert "38-HD/BTGTU@Gia Lai#2021" not in {r["node"] for r in plans.rows}


def test_lag_on_a_generated_cascade(national):
    truth, corpus, G = national
    lg = vanban.lag(G, "93-KL/TW")
    made = {g.name for g in truth if g.root == "93-KL/TW#XII"}
    assert {G.nodes[r["node"]]["path"] for r in lg.rows} == made  # every plan, nothing else
    assert set(lg.by_level) == {"provincial", "district", "grassroots"}
    for r in lg.rows:
        if r["level"] != "provincial":
            assert r["deadline"] is not None and r["days_late"] == (r["date"] - r["deadline"]).days
    assert lg.late() and lg.by_level_from_parent["grassroots"]["max"] <= 60
