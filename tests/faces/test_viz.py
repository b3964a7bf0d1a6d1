"""The cascade drawing: geometry (arrows end on their boxes, no label touches a line or another
label), grouping by province and district, the counted view at scale, the interactive page."""

from __future__ import annotations

import re
import sys

import pytest

import vanban
from paths import ROOT

pytest.importorskip("matplotlib")

NEAR = 1.0  # points: an arrow's tip is on its box's side


@pytest.fixture(scope="module")
def G300():
    """300 generated documents (benchmarks/generate.py): provinces, their districts and communes."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import documents

    docs = [vanban.parse(text, path=name) for name, text in documents(300)]
    return vanban.Corpus(docs).graph()


def _scenes(G, G300):
    from vanban.viz import scene

    return [
        scene(G, "42-CT/TW#X"),
        scene(G, "42-CT/TW#X", shortcuts=True),
        scene(G, "42-CT/TW#X", aggregate=True),
        scene(G, "93-KL/TW", province="Gia Lai"),
        scene(G300, "93-KL/TW", aggregate=True),  # counted per province (the generator spreads 300 over several roots)
        scene(G300, "93-KL/TW", province="An Giang"),
    ]


def _cuts(p, q, rect) -> bool:
    """Does the segment p-q run into the inside of rect (left, top, right, bottom)?"""
    (x1, y1), (x2, y2) = p, q
    left, top, right, bottom = rect
    t0, t1 = 0.0, 1.0
    for d, lo, hi, o in ((x2 - x1, left, right, x1), (y2 - y1, top, bottom, y1)):
        if abs(d) < 1e-9:
            if not lo < o < hi:
                return False
            continue
        a, b = (lo - o) / d, (hi - o) / d
        t0, t1 = max(t0, min(a, b)), min(t1, max(a, b))
    return t0 < t1 - 1e-6


def test_arrows_run_from_box_side_to_box_side(G, G300):
    for sc in _scenes(G, G300):
        assert sc.routes
        for rt in sc.routes:
            s, t = sc.boxes[rt.source], sc.boxes[rt.target]
            (x0, y0), (x1, y1) = rt.points[0], rt.points[-1]
            assert abs(x0 - s.x) < NEAR and s.y < y0 < s.bottom, (sc.title, rt.source)
            assert abs(x1 - t.right) < NEAR and t.y < y1 < t.bottom, (sc.title, rt.target)
            assert rt.points[-2][1] == y1  # the head arrives level, not at a slant


def test_no_line_runs_over_a_label_and_no_labels_overlap(G, G300):
    for sc in _scenes(G, G300):
        texts = sc.text_boxes()
        for i, (a, *ra) in enumerate(texts):
            for b, *rb in texts[i + 1 :]:
                assert not (ra[0] < rb[2] and rb[0] < ra[2] and ra[1] < rb[3] and rb[1] < ra[3]), (sc.title, a, b)
        for rt in sc.routes:
            for p, q in zip(rt.points, rt.points[1:]):
                for text, *r in texts:
                    assert not _cuts(p, q, (r[0] + 0.5, r[1] + 0.5, r[2] - 0.5, r[3] - 0.5)), (sc.title, rt.source, text)


def test_boxes_sit_in_their_province_and_district(G):
    from vanban.viz import scene

    sc = scene(G, "42-CT/TW#X")
    bands = {(b.depth, b.name): b for b in sc.bands}
    for n, b in sc.boxes.items():
        a = G.nodes[n]
        if b.row == "central":
            continue
        pb = bands[0, a["province"]]
        assert pb.y <= b.y and b.bottom <= pb.y + pb.h, n
        if b.row in ("district", "grassroots") and a.get("district"):
            db = bands[1, a["district"]]
            assert db.y <= b.y and b.bottom <= db.y + db.h, n
    # the chain only: a district plan points straight to the centre only where it has no provincial parent
    # (Đak Đoa's plan is dated before Gia Lai's 25-KH/TU it cites: it implements Kết luận 93 directly)
    direct = {
        r.source for r in sc.routes if r.chain and sc.boxes[r.source].row == "district" and sc.boxes[r.target].row == "central"
    }
    assert direct == {"31-KH/HU@Đak Đoa, Gia Lai#2021"}
    assert ("Ia Sol 2021" in sc.boxes["18-KH/ĐU@Ia Sol, Phú Thiện, Gia Lai#2021"].lines) and sc.selection.hidden > 10


def test_the_picture_draws_the_one_cascade_view(G):
    """The drawing follows vanban.graph.cascade_view, as lineage, cascade and chain do: every chain
    arrow is a step of the view, every step between documents drawn is an arrow, a shortcut is never a
    step, and the documents drawn for a root are the root and its cascade. The one deliberate
    difference: with ``ancestors=True`` (the default) the drawing also shows the chain above the root,
    ``lineage(G, root)[0]``; 42-CT/TW#X has none, 93-KL/TW continues it."""
    import networkx as nx

    from vanban.graph import cascade_view
    from vanban.viz import scene

    V = cascade_view(G)
    for root, above in (("42-CT/TW#X", set()), ("93-KL/TW#XII", {"42-CT/TW#X"})):
        assert set(vanban.lineage(G, root)[0][1:]) == above
        for shortcuts in (False, True):
            sc = scene(G, root, shortcuts=shortcuts)
            drawn = {m for b in sc.selection.items.values() for m in b.members}
            assert drawn == {root} | {c.node for c in vanban.cascade(G, root)} | above
            arrows = {(rt.source, rt.target) for rt in sc.routes if rt.chain}
            steps = {(s, t) for s, t in V.edges() if s in drawn and t in drawn}
            assert arrows == steps, (root, arrows ^ steps)
            assert not any(V.has_edge(rt.source, rt.target) for rt in sc.routes if not rt.chain)
            assert shortcuts == any(not rt.chain for rt in sc.routes)
    # the chains the picture shows from each document up to the root are vanban.chain's
    sc = scene(G, "42-CT/TW#X")
    H = nx.DiGraph([(rt.source, rt.target) for rt in sc.routes if rt.chain])
    for n in H:
        assert sorted(nx.all_simple_paths(H, n, "42-CT/TW#X")) == sorted(vanban.chain(G, n, "42-CT/TW#X")), n
    # a plan dated before the provincial plan it cites implements Kết luận 93 directly, in the picture too
    dak_doa = "31-KH/HU@Đak Đoa, Gia Lai#2021"
    assert vanban.lineage(G, dak_doa) == [[dak_doa, "93-KL/TW#XII", "42-CT/TW#X"]] and list(H.successors(dak_doa)) == [
        "93-KL/TW#XII"
    ]


def test_every_chain_arrow_stands_for_steps_and_every_shortcut_for_none(G, G300):
    """Also counted (a box per province or district) and on generated data: an arrow is drawn as chain
    exactly when some document of its source box is a step of the cascade view from a document of its target box."""
    from vanban.graph import cascade_view

    for g, sc in zip((G, G, G, G, G300, G300), _scenes(G, G300)):
        V = cascade_view(g)
        members = {n: b.members for n, b in sc.selection.items.items()}
        for rt in sc.routes:
            steps = [(s, t) for s in members[rt.source] for t in members[rt.target] if V.has_edge(s, t)]
            assert bool(steps) == rt.chain, (sc.title, rt.source, rt.target)


def test_rendered_text_fits_its_box(G):
    from vanban.viz import plot_cascade

    fig = plot_cascade(G, "42-CT/TW#X")
    sc = fig.scene
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    ax = fig.axes[0]
    inv = ax.transData.inverted()
    inside = 0
    for t in ax.texts:
        (x0, y1), (x1, y0) = inv.transform(t.get_window_extent(r).get_points())
        for b in sc.boxes.values():
            if b.x <= (x0 + x1) / 2 <= b.right and b.y <= (y0 + y1) / 2 <= b.bottom:
                assert b.x - 0.5 <= x0 and x1 <= b.right + 0.5, (t.get_text(), b.id)
                inside += 1
    assert inside == 2 * len(sc.boxes)
    w_px = fig.get_size_inches()[0] * 150
    assert w_px < 2400  # at 150 dpi; the report shows it at its size in points (1 pt = 4/3 px)
    import matplotlib.pyplot as plt

    plt.close(fig)


def test_title_legend_and_counted_view(G, G300, monkeypatch):
    import importlib

    from vanban.viz import scene

    select = importlib.import_module("vanban.viz.select")  # the module, not the function of that name

    sc = scene(G, "42-CT/TW#XI")
    assert sc.title.startswith("Cascade of Chỉ thị 42-CT/TW (Ban Bí thư, 24/03/2015)")
    legend = [s.label.text for s in sc.legend]
    assert not any("State" in x or "counted" in x for x in legend)
    assert [lb.text for lb in sc.labels if lb.kind == "column"] == ["Central", "Province", "District"]
    monkeypatch.setattr(select, "AGGREGATE_OVER", 60)  # the generator spreads its 300 documents over several roots
    big = scene(G300, "93-KL/TW")
    assert big.selection.aggregated and big.selection.documents >= select.AGGREGATE_OVER
    assert any("counted" in s.label.text for s in big.legend)
    groups = [b for b in big.boxes.values() if b.style == "group"]
    assert groups and all(re.fullmatch(r"\d+ documents", b.lines[0]) for b in groups)
    assert sum(b.count for b in big.boxes.values()) == big.selection.documents
    monkeypatch.setattr(select, "AGGREGATE_OVER", 10)
    assert scene(G, "42-CT/TW#X").selection.aggregated


def test_page_is_titled_by_its_root_and_shows_no_paths(G, tmp_path):
    from vanban.viz import write_html

    html = write_html(G, "42-CT/TW#XI", tmp_path / "c.html").read_text(encoding="utf-8")
    assert "<title>Cascade of Chỉ thị 42-CT/TW (Ban Bí thư, 24/03/2015)" in html
    assert "corpus/" not in html and "fixtures" not in html and ".pdf" not in html and "https://" not in html
    assert "<link" not in html and "<script src" not in html
    assert 'viewBox="0 0 ' in html and "112-KH/TU" in html


def test_page_is_safe_whatever_the_text(G, tmp_path):
    from vanban.viz import write_html
    from vanban.viz.page import json_for_script

    H = G.copy()
    H.nodes["25-KH/TU@Yên Bái#2021"]["title"] = "</script><!--<script>alert(1)</script> & \u2028"
    html = write_html(H, "42-CT/TW#X", tmp_path / "c.html", title="__DATA__ <!--<script>").read_text(encoding="utf-8")
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the data and the code, nothing else
    assert "<title>__DATA__ &lt;!--&lt;script&gt;</title>" in html
    data = html.split('id="vanban-data">')[1].split("</script>")[0]
    assert "<" not in data and "\u2028" not in data and "&" not in data
    assert "\\u003c/script\\u003e" in json_for_script({"x": "</script>"})


def test_counted_page_opens_each_province(G, tmp_path):
    from vanban.viz import write_html

    p = write_html(G, "42-CT/TW#X", tmp_path / "c.html", aggregate=True)
    pages = sorted(x.name for x in tmp_path.iterdir())
    assert pages == ["c-ben-tre.html", "c-gia-lai.html", "c-yen-bai.html", "c.html"]
    assert '"c-gia-lai.html"' in p.read_text(encoding="utf-8")
    assert "back to all provinces" in (tmp_path / "c-gia-lai.html").read_text(encoding="utf-8")
