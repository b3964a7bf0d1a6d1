"""Drawing a cascade at scale: vanban's PNG against networkx's own drawing of the same cascade.

Generates N documents (generate.py: provinces, districts, communes under Kết luận 93-KL/TW),
builds the graph, then times, in the same run:

- baseline: ``nx.draw_networkx`` of the cascade's nodes with ``nx.multipartite_layout`` by level,
  saved as a PNG (the stock layered drawing, one dot per document);
- vanban: ``plot_cascade`` (counted per province above 200 documents) saved as a PNG, and the
  drill-down to the largest province, and ``write_html`` with its page per province.

    python benchmarks/bench_draw.py                 # 2,000 documents
    python benchmarks/bench_draw.py --sizes 500 2000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from generate import documents  # noqa: E402

import vanban  # noqa: E402
from vanban.viz import plot_cascade, write_html  # noqa: E402

LIMIT = 5.0  # seconds for 2,000 documents


def baseline(G, root: str, path: Path) -> float:
    import networkx as nx

    t = time.perf_counter()
    nodes = [root] + [c.node for c in vanban.cascade(G, root)]
    H = nx.DiGraph(G.subgraph(nodes))
    rows = {"central": 0, "provincial": 1, "district": 2, "grassroots": 3}
    for n in H:
        H.nodes[n]["layer"] = rows.get(G.nodes[n].get("level"), 3)
    pos = nx.multipartite_layout(H, subset_key="layer", align="horizontal")
    fig = plt.figure(figsize=(12, 8))
    nx.draw_networkx(H, pos, node_size=8, with_labels=False, arrowsize=4, width=0.3)
    fig.savefig(path, dpi=150)
    plt.close(fig)
    return time.perf_counter() - t


def ours(G, root: str, out: Path) -> tuple[float, float, float, int]:
    t = time.perf_counter()
    fig = plot_cascade(G, root, path=out / "cascade.png")
    plt.close(fig)
    whole = time.perf_counter() - t
    provinces = Counter(G.nodes[c.node].get("province") for c in vanban.cascade(G, root))
    biggest = max((p for p in provinces if p), key=lambda p: provinces[p])
    t = time.perf_counter()
    plt.close(plot_cascade(G, root, province=biggest, path=out / "province.png"))
    one = time.perf_counter() - t
    t = time.perf_counter()
    write_html(G, root, out / "cascade.html")
    page = time.perf_counter() - t
    return whole, one, page, len(fig.scene.boxes)


def run(n: int) -> float:
    docs = [vanban.parse(text, path=name) for name, text in documents(n)]
    G = vanban.Corpus(docs).graph()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        base = baseline(G, "93-KL/TW", out / "baseline.png")
        whole, one, page, boxes = ours(G, "93-KL/TW", out)
    print(
        f"{n:>6} documents: baseline (networkx multipartite, one dot each) {base:.2f} s; "
        f"vanban PNG {whole:.2f} s ({boxes} boxes, {whole / base:.2f}x the baseline), "
        f"one province {one:.2f} s, HTML with a page per province {page:.2f} s"
    )
    return whole


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="*", default=[2000])
    args = ap.parse_args()
    for n in args.sizes:
        took = run(n)
        if n <= 2000:
            assert took < LIMIT, f"{n} documents drawn in {took:.1f} s (limit {LIMIT} s)"


if __name__ == "__main__":
    main()
