"""Building the cascade graph: identity (one node per document, never per code or per
incomplete key), repairs, stubs, node attributes; a generated national cascade against
its truth."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

import vanban
from paths import ROOT, SEED
from vanban.facts import Memo
from vanban.graph import AmbiguousNodeError, node_for

sys.path.insert(0, str(ROOT / "benchmarks"))
import generate  # noqa: E402


@pytest.fixture(scope="module")
def seed_graph():
    return vanban.Corpus([vanban.read(SEED)]).graph()


def test_an_edge_of_one_repaired_citation_says_its_rule():
    """Bến Tre's 41-KH/TU reviews "Chỉ thị số 42-KL/TW của Bộ Chính trị" once: the citation is repaired to 42-CT/TW
    (a directive's code is CT), and the edge of that one citation says the rule (as an edge of several does, each
    rule once: the seed's edge to 93-KL/TW)."""
    G = vanban.Corpus.from_dir(ROOT / "corpus", progress=False).graph()
    d = G.edges["41-KH/TU@Bến Tre#2021", "42-CT/TW#X", "reviews"]
    assert [e["text"] for e in d["evidence"]] == ["Chỉ thị số 42-KL/TW của Bộ Chính trị"]
    assert d["evidence"][0]["repaired"]["written"] == "42-KL/TW#?"
    assert d["repaired"] == "type-code-mismatch" and list(d)[:4] == ["relation", "evidence", "inferred", "repaired"]
    for *_, a in G.edges(keys=True, data=True):  # every edge of one citation: its repair's rule, or none
        if len(a["evidence"]) == 1:
            one = a["evidence"][0]
            assert a.get("repaired") == (one["repaired"]["rule"] if "repaired" in one else None)


@pytest.fixture(scope="module")
def national():
    """300 documents of generated national cascades, their corpus and graph."""
    truth = generate.cascade(300)
    corpus = vanban.Corpus.from_texts([(g.name, g.text) for g in truth])
    return truth, corpus, corpus.graph()


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
    assert "93-NQ/TW#?" not in G and not any(n.startswith("93-NQ/TW") for n in G)
    ev = G.edges[seed, kl93, "implements"]["evidence"]
    fixed = [e for e in ev if "repaired" in e]
    written = {"rule": "type-code-mismatch", "written": "93-NQ/TW#?", "text": "Kết luận số 93-NQ/TW của Ban Bí thư"}
    assert [e["repaired"] for e in fixed] == [written]
    assert G.edges[seed, kl93, "implements"]["repaired"] == "type-code-mismatch"
    assert all(SEED.read_text(encoding="utf-8")[e["start"] : e["end"]] == e["text"] for e in ev)
    # stubs take their attributes from the citations
    assert G.nodes[kl93]["date"] == dt.date(2020, 11, 20) and G.nodes[kl93]["issuer"] == "Ban Bí thư"
    assert G.nodes[ct42]["level"] == "central" and not G.nodes[ct42]["in_corpus"]


def test_corpus_reads_every_format(corpus, G):
    assert not corpus.errors
    kinds = {d.kind for d in corpus.documents}
    assert {"txt", "md", "pdf", "docx"} <= kinds
    assert len(corpus.documents) == 26
    # every file is its own node
    assert sum(1 for _n, a in G.nodes(data=True) if a.get("in_corpus")) == 26


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


def test_wrong_citations_are_repaired_onto_the_right_node(G):
    assert "42-KL/TW#?" not in G and "25-KH/TW#?" not in G and "25-KH/TU@Gia Lai#2020" not in G
    assert G.has_edge("47-KH/HU@Trấn Yên, Yên Bái#2021", "25-KH/TU@Yên Bái#2021")
    assert G.has_edge("36-KH/HU@Krông Pa, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", key="implements")
    # "Kế hoạch số 25-KH/TU, ngày 19/4/2020" in Krông Pa's plan: Gia Lai's 25-KH/TU is of 19/4/2021 in its own letterhead
    edge = G.edges["36-KH/HU@Krông Pa, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", "implements"]
    ev = [e for e in edge["evidence"] if "repaired" in e]
    assert ev and ev[0]["repaired"]["written"] == "25-KH/TU@Gia Lai#2020" and ev[0]["repaired"]["rule"] == "date-conflict"


def test_deadline_read_from_the_plan(G):
    # "3. Các huyện ủy, … xây dựng kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/6/2021"
    assert G.nodes["25-KH/TU@Gia Lai#2021"]["deadline"] == dt.date(2021, 6, 30)
    assert G.nodes["93-KL/TW#XII"]["deadline"] is None


_COMMUNE = """ĐẢNG BỘ HUYỆN {district}
ĐẢNG ỦY XÃ {commune}
*
Số 09-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
{place}, ngày 15 tháng 7 năm 2021

KẾ HOẠCH
thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy

Thực hiện Kế hoạch số 45-KH/HU, ngày 30/6/2021 của Ban Thường vụ Huyện ủy về triển khai thực hiện Kết luận số \
93-KL/TW, ngày 20/11/2020 của Ban Bí thư, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch thực hiện như sau:
"""


def _commune(district: str, commune: str) -> str:
    return _COMMUNE.format(district=district.upper(), commune=commune.upper(), place=commune)


def test_commune_unknown_to_the_gazetteer_keeps_its_letterhead_locality():
    # Quang Phú is not a commune of Phú Thiện in the gazetteer; its letterhead says where it is
    docs = [("qp.txt", _commune("Phú Thiện", "Quang Phú")), ("ia-sol.txt", _commune("Phú Thiện", "Ia Sol"))]
    G = vanban.Corpus.from_texts(docs).graph()
    qp, ias = "09-KH/ĐU@Quang Phú, Phú Thiện, Gia Lai#2021", "09-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021"
    assert qp in G and ias in G
    assert G.nodes[qp]["verified"] is False and G.nodes[ias]["verified"] is True
    assert G.nodes[qp]["commune"] == "Quang Phú" and G.nodes[qp]["district"] == "Phú Thiện"
    assert G.has_edge(qp, "45-KH/HU@Phú Thiện, Gia Lai#2021", key="implements")


def test_a_key_with_an_unknown_part_never_merges_two_files():
    # ten provinces have a Châu Thành: the letterhead does not say which, so neither the province nor the key
    docs = [(f"{c}.txt", _commune("Châu Thành", c)) for c in ("Quang Phú", "Kim Thạnh")]  # invented communes
    G = vanban.Corpus.from_texts(docs).graph()
    own = sorted(n for n, a in G.nodes(data=True) if a.get("in_corpus"))
    assert own == [
        "09-KH/ĐU@Kim Thạnh, Châu Thành, ?#2021 [Kim Thạnh.txt]",
        "09-KH/ĐU@Quang Phú, Châu Thành, ?#2021 [Quang Phú.txt]",
    ]
    assert G.nodes[own[1]]["key"] == "09-KH/ĐU@Quang Phú, Châu Thành, ?#2021"
    # what they cite ("Kế hoạch số 45-KH/HU" of a Châu Thành) is not one document either
    cited = sorted(t for s in own for _s, t in G.out_edges(s) if G.nodes[t].get("code") == "45-KH/HU")
    assert len(cited) == 2 and cited[0] != cited[1]


def test_a_pdf_and_a_docx_of_one_plan_are_one_node(tmp_path):
    from fixtures import render

    try:
        doc = render.render_from_text(ROOT / "tests/fixtures/corpus-sources/bentre-tinhuy-kehoach-41-khtu-2021-03-26-kl93.txt")
        render.render_pdf(doc, tmp_path / "41.pdf")
    except render.FontUnavailable as e:
        pytest.skip(str(e))
    render.render_docx(doc, tmp_path / "41.docx")
    G = vanban.Corpus.from_dir(tmp_path, progress=False).graph()
    n = "41-KH/TU@Bến Tre#2021"
    assert sorted(p.rsplit("/", 1)[-1] for p in G.nodes[n]["paths"]) == ["41.docx", "41.pdf"]
    assert sum(1 for _n, a in G.nodes(data=True) if a.get("in_corpus")) == 1


def test_a_commune_after_the_2025_reform_sits_under_its_province():
    text = """ĐẢNG BỘ TỈNH GIA LAI
ĐẢNG ỦY XÃ NHƠN CHÂU
*
Số 12-KH/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM
Nhơn Châu, ngày 20 tháng 10 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 71-NQ/TW

Thực hiện Kế hoạch số 25-KH/TU, ngày 15/9/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 71-NQ/TW, \
ngày 22/8/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy xã xây dựng kế hoạch thực hiện như sau:
"""
    G = vanban.Corpus.from_texts([("x.txt", text)]).graph()
    n = "12-KH/ĐU@Nhơn Châu, Gia Lai#2025"
    assert n in G and G.nodes[n]["district"] is None and G.nodes[n]["verified"] is True
    assert vanban.lineage(G, n) == [[n, "25-KH/TU@Gia Lai#2025", "71-NQ/TW#XIII"]]


def test_generated_national_cascade_has_what_makes_it_hard(national):
    truth, _corpus, _G = national
    assert len({g.province for g in truth}) >= 8
    assert any(g.invented for g in truth) and any(not g.invented and g.commune for g in truth)
    assert {g.typo for g in truth} >= {"type", "year"}
    assert any(g.date >= dt.date(2025, 7, 1) and g.district is None and g.commune for g in truth)  # the 2025 map
    for level in ("provincial", "district", "grassroots"):
        codes = [(g.code, g.date.year) for g in truth if g.level == level]
        assert len(codes) > len(set(codes)), f"no colliding plan numbers at the {level} level"


def test_generated_national_cascade_is_read_true(national):
    truth, _corpus, G = national
    score = generate.score(G, truth)
    assert score["shared_node"] == []  # every file its own node
    assert score["wrong_parent"] == []  # every edge to its true parent
    assert score["wrong_lineage"] == []  # every plan's lineage exactly its true chain
    assert score["phantoms"] == []  # no node for a misspelt, misdated or unplaced citation


def test_generated_typos_are_repaired_edges(national):
    truth, corpus, G = national
    typo = next(g for g in truth if g.typo == "year")
    node = node_for(G, next(d for d in corpus if d.path == typo.name))
    parent = node_for(G, next(d for d in corpus if d.path == typo.parent))
    ev = [e for d in G[node][parent].values() for e in d["evidence"] if "repaired" in e]
    assert ev and ev[0]["repaired"]["rule"] == "date-conflict" and ev[0]["repaired"]["written"] != parent


def test_a_damaged_text_makes_no_nodes_of_its_codes():
    """Issue 13: a text whose letters were lost ("K?t lu?n s? 93-KL/TW") stays a node named by its file,
    flagged ``damaged``; the codes read in it make no node and no edge, and the graph says which file."""
    import vanban

    text = (ROOT / "corpus" / "gialai-phuthien-iasol-danguy-kehoach-18-khdu-2021-07-09-kl93.txt").read_text(encoding="utf-8")
    lost = text.replace("93-KL/TW", "93-KL/T\ufffd").encode("utf-8").decode("ascii", errors="replace")
    doc = vanban.parse(lost, path="iasol-damaged.txt")
    assert doc.text_damaged
    clean = vanban.parse(text, path="iasol.txt")
    G = vanban.Corpus([doc, clean]).graph()
    damaged = [n for n, a in G.nodes(data=True) if a.get("damaged")]
    assert len(damaged) == 1 and G.out_degree(damaged[0]) == 0 and G.graph["damaged"] == ["iasol-damaged.txt"]
    assert not any("\ufffd" in n or "?" in n.split("#")[0] for n in G.nodes if n != damaged[0])
    assert clean.key in G  # the readable copy keeps its key and its edges
    assert G.out_degree(clean.key) > 0


def test_the_index_of_complete_nodes_finds_what_comparing_with_each_finds():
    """link_incomplete compares a key only with the nodes of its code, place and period (issue 15):
    the same candidates as comparing it with every complete node, whatever is unknown in it."""
    from vanban.graph.build import _Candidates
    from vanban.model import Key
    from vanban.text import fold_key

    def compatible(k: Key, c: Key) -> bool:  # the comparison with one node, as written before the index
        if k.code != c.code or k.period not in ("?", c.period):
            return False
        if k.locality in (None, "?") or c.locality is None:
            return k.locality == c.locality or k.locality == "?"
        kp, cp = k.places, c.places
        return len(kp) == len(cp) and all(a == "?" or fold_key(a) == fold_key(b) for a, b in zip(kp, cp))

    places = [None, "Gia Lai", "Phú Thiện, Gia Lai", "Phu Thien, Gia Lai", "Chư Sê, Gia Lai", "Ia Sol, Phú Thiện, Gia Lai"]
    codes, periods = ["45-KH/HU", "25-KH/TU"], [None, "2020", "2021", "XII"]
    nodes = [str(Key(c, locality=p, period=y)) for c in codes for p in places for y in periods]
    asked = places + ["?", "?, Gia Lai", "Phú Thiện, ?", "?, Phú Thiện, Gia Lai", "Ia Sol, ?, Gia Lai", "?, ?"]
    index = _Candidates(nodes, Memo(Key.parse, len(nodes)))
    n = 0
    for c in codes:
        for p in asked:
            for y in periods + ["?"]:
                k = Key(c, locality=p, period=y)
                want = {x for x in nodes if compatible(k, Key.parse(x))}
                assert index.of(k) == want, str(k)
                n += bool(want)
    assert n > 20


def test_the_index_reads_each_keys_places_once(monkeypatch):
    """``Key.places`` splits and strips the locality at each reading: the index reads it once for each complete node
    and once for each key asked (three times each before: 100k complete nodes at 100k generated documents), with the
    same candidates (the test above)."""
    from vanban.graph.build import _Candidates
    from vanban.model import Key

    nodes = ["45-KH/HU@Phú Thiện, Gia Lai#2021", "45-KH/HU@Chư Sê, Gia Lai#2021", "25-KH/TU@Gia Lai#2021", "93-KL/TW#XII"]
    read, places = [], Key.places
    monkeypatch.setattr(Key, "places", property(lambda k: read.append(k) or places.fget(k)))
    index = _Candidates(nodes, Memo(Key.parse, len(nodes)))
    assert len(read) == len(nodes)
    read.clear()
    assert index.of(Key.parse("45-KH/HU@?, Gia Lai#2021")) == set(nodes[:2]) and len(read) == 1


def test_a_stub_cited_alike_takes_the_citations_values_and_one_cited_otherwise_keeps_its_conflicts():
    """add_stubs: a stub whose citations are all one tuple (most: a generated cascade cites each plan alike) takes its
    values without counting them (issue 15, the graph step), as :func:`_most` would give them; one cited two ways
    counts them and keeps what differs in ``conflicts``."""
    from vanban.facts.lexicon import current
    from vanban.graph.build import _Builder, _Cited, _most

    b = _Builder([], current())
    alike = _Cited("25-KH/TU", "Kế hoạch", "Tỉnh ủy Gia Lai", dt.date(2021, 4, 19), None, "thực hiện Kết luận", None, "25", "TU")
    other = alike._replace(date=dt.date(2020, 4, 19))
    b.cited["25-KH/TU@Gia Lai#2021"] += [alike, alike, alike]
    b.cited["26-KH/TU@Gia Lai#2021"] += [alike._replace(code="26-KH/TU"), other._replace(code="26-KH/TU")]
    b.add_stubs(registry=False)
    a = b.G.nodes["25-KH/TU@Gia Lai#2021"]
    for name, attr in (("code", "code"), ("doc_type", "doc_type"), ("issuer", "issuer"), ("date", "date"), ("subject", "title")):
        assert a[attr] == _most([(getattr(alike, name), 3)])[0] == getattr(alike, name)
    assert a["conflicts"] == {} and a["province"] == "Gia Lai" and a["in_corpus"] is False
    c = b.G.nodes["26-KH/TU@Gia Lai#2021"]
    assert c["date"] == dt.date(2021, 4, 19) and c["conflicts"] == {"date": {"2021-04-19": 1, "2020-04-19": 1}}


def test_narrowing_by_what_the_citer_and_the_holders_cite_is_their_union():
    """link_incomplete's narrow: of several candidates, those the citing file or a document whose subject holds the
    citation cites in full; a holder that is no corpus document reads what every such node cites (``cited_by[None]``),
    read in place, not copied for each incomplete node (issue 15: most of the linking's time at 20k documents)."""
    from vanban.facts.lexicon import current
    from vanban.graph.build import _Builder

    b = _Builder([], current())
    cands = {"45-KH/HU@Phú Thiện, Gia Lai#2021", "45-KH/HU@Phú Thiện, Gia Lai#2020", "45-KH/HU@Phú Thiện, Gia Lai#2019"}
    n = "45-KH/HU@Phú Thiện, Gia Lai#? [a.txt]"
    for c in cands:
        b.G.add_node(c, date=dt.date(int(c[-4:]), 4, 19))
    b.file_of[n] = (0, dt.date(2021, 6, 1))
    cited = "".join(["45-KH/HU@Phú Thiện, Gia Lai", "#2020"])  # (equal to a candidate, another object)
    cited_by = {0: {"25-KH/TU@Gia Lai#2021"}, None: {cited, "x"}}
    assert b.narrow(set(cands), n, cited_by) == cands  # (none cited in full: all, none dated after the file)
    b.holders[n].add("stub:holder")  # a holder not in the corpus: what nodes not of the corpus cite
    got = b.narrow(set(cands), n, cited_by)
    # the object the set intersection gives (the node linked is it, kept in the aliases and the store's blobs)
    assert got == {cited} and next(iter(got)) is cited and next(iter(got)) is not min(c for c in cands if c == cited)
    cited_by[None] |= {"y", "z"}  # (more cited than candidates: the candidate's object)
    got = b.narrow(set(cands), n, cited_by)
    assert got == {cited} and next(iter(got)) is not cited
    cited_by[None] -= {"y", "z"}
    cited_by[0].add("45-KH/HU@Phú Thiện, Gia Lai#2019")
    assert b.narrow(set(cands), n, cited_by) == {"45-KH/HU@Phú Thiện, Gia Lai#2020", "45-KH/HU@Phú Thiện, Gia Lai#2019"}
    assert cited_by[None] == {"45-KH/HU@Phú Thiện, Gia Lai#2020", "x"}  # (read, not changed)


def test_the_build_parses_each_key_once_and_lets_the_parses_go_before_the_edges(monkeypatch):
    """A stub's key ("45-KH/HU@?#2021", "25-KH/TU@Gia Lai#2021") was parsed by add_stubs, then again by link_incomplete
    (an incomplete one) or _Candidates (a complete one), and link_named parsed every candidate's key again for each
    named reference: one parse a key now (_Builder.keys, issue 15), kept only until the linking is done."""
    from collections import Counter

    from vanban.graph import build
    from vanban.model import Key

    truth = generate.cascade(60)
    corpus = vanban.Corpus.from_texts([(g.name, g.text) for g in truth])
    parse, parsed, kept = Key.parse, Counter(), []

    def counted(cls, key):
        if sys._getframe(1).f_code.co_filename.endswith(("graph/build.py", "facts/lexicon.py")):
            parsed[key] += 1
        return parse(key)

    monkeypatch.setattr(Key, "parse", classmethod(counted))
    add_edges = build._Builder.add_edges

    def counted_edges(self):
        kept.append(len(getattr(self, "keys", ())))
        return add_edges(self)

    monkeypatch.setattr(build._Builder, "add_edges", counted_edges)
    G = corpus.graph()
    assert G.number_of_edges() and any("?" in k for k in parsed) and any("?" not in k for k in parsed)
    assert max(parsed.values()) == 1, parsed.most_common(3)
    assert kept == [0]  # (near miss: what the edges and the steps read is in the graph, not in the memo)


def test_the_steps_add_each_edge_they_keep_once(national, monkeypatch):
    """mark_steps adds each edge it keeps to its graph of steps once (a plan of a generated cascade implements its
    province's plan: "Thực hiện Kế hoạch số 25-KH/TU … về thực hiện Kết luận số 93-KL/TW"; the steps were added again
    with the basis edges): the same marks, read from a graph whose marks are taken off."""
    import networkx as nx

    from vanban.graph import steps

    G = national[2].copy()
    marks = [(d.get("cascade"), d.get("excluded")) for *_e, d in G.edges(keys=True, data=True)]
    for *_e, d in G.edges(keys=True, data=True):
        d.pop("cascade"), d.pop("excluded", None)
    added, add = [], nx.DiGraph.add_edges_from
    monkeypatch.setattr(nx.DiGraph, "add_edges_from", lambda H, es, **k: add(H, [e for e in es if not added.append(e)]))
    steps.mark_steps(G)
    assert [(d.get("cascade"), d.get("excluded")) for *_e, d in G.edges(keys=True, data=True)] == marks
    # (each edge kept before the shortcuts are taken out added once)
    assert added and len(added) == sum(1 for c, e in marks if c or e == "shortcut")


def test_the_build_writes_into_the_graph_as_add_node_and_add_edge_do_its_cache_cleared():
    """put_node and add_edges write new nodes and pairs into the graph's dicts themselves (a small dict each, 20k
    generated documents: 0.66 → 0.59 CPU-s): each then clears the graph's cache of converted graphs
    (``G.__networkx_cache__``) as ``add_node`` and ``add_edge`` do, a copy cached before being of another graph."""
    from vanban.facts.lexicon import current
    from vanban.graph.build import _Builder, node_attrs

    b = _Builder([], current())
    G = b.G
    if not hasattr(G, "__networkx_cache__"):  # pragma: no cover (networkx before 3.3 caches nothing)
        pytest.skip("no graph cache in this networkx")
    for n in ("25-KH/TU@Gia Lai#2021", "93-KL/TW#XII"):
        G.__networkx_cache__["backends"] = {"copy": G.copy()}
        b.put_node(n, node_attrs(n, code=n.split("@")[0].split("#")[0]))
        assert G.__networkx_cache__ == {} and G.nodes[n]["code"] in ("25-KH/TU", "93-KL/TW")
    # both nodes there: the pair goes straight into G's dicts, no add_nodes_from to clear it
    ev = {"path": "gialai/25-KH-TU.txt", "start": 0, "end": 27, "text": "Kết luận số 93-KL/TW", "where": "title"}
    b.edges = [("25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "implements", ev, False)]
    G.__networkx_cache__["backends"] = {"copy": G.copy()}
    b.add_edges()
    assert G.__networkx_cache__ == {} and list(G.edges(keys=True)) == [("25-KH/TU@Gia Lai#2021", "93-KL/TW#XII", "implements")]


def test_a_builds_small_dict_makers_are_its_own():
    """The makers of a node's small dict (one a layout of its attributes) are kept by the build that made them and let
    go with it, not a module's table shared by every build of the process: a second build starts with none."""
    from vanban.facts.lexicon import current
    from vanban.graph.build import _Builder, node_attrs

    first = _Builder([], current())
    for n in ("25-KH/TU@Gia Lai#2021", "45-KH/HU@Phú Thiện, Gia Lai#2021"):
        first.put_node(n, node_attrs(n, code=n.split("@")[0]))
    assert list(first.node_makers) == [tuple(node_attrs("x", code=None))]  # (one layout, one maker)
    assert type(first.G.nodes[n]) is dict and list(first.G.nodes[n]) == list(node_attrs(n, code=None))
    assert _Builder([], current()).node_makers == {}
