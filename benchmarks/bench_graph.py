"""Building the cascade graph of a generated national corpus: 10k and 100k documents.

    python benchmarks/bench_graph.py [--sizes 10000 100000] [--workers 2]

For each size, in a fresh process: generate the documents (benchmarks/generate.py),
parse them (``Corpus.from_texts``, in ``--workers`` processes), build the graph;
print seconds for each step and the peak memory (the parent's and the workers'),
and how they grow from one size to the next; then score the graph against the
generator's truth (``generate.score``): files sharing a node, documents whose
cascade parent is not their true parent, lineages that are not exactly the true
chain, phantom nodes. Goals: every count 0; 100k documents in < 60 s and < 4 GB on
this machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_one(n: int, workers: int) -> dict:
    sys.path.insert(0, str(HERE))
    import generate

    import vanban

    vanban.find_references(next(generate.documents(1))[1])  # grammar, tables, gazetteer: once
    t0 = time.perf_counter()
    truth = generate.cascade(n)
    docs = [(g.name, g.text) for g in truth]
    t1 = time.perf_counter()
    corpus = vanban.Corpus.from_texts(docs, workers=workers)
    t2 = time.perf_counter()
    del docs
    G = corpus.graph()
    t3 = time.perf_counter()
    score = generate.score(G, truth)
    refs = sum(len(d.references) for d in corpus.documents)
    unknown = sum(1 for k in G.nodes if "?" in k)
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "documents": len(corpus.documents),
        "references": refs,
        "mb": sum(len(d.text.encode()) for d in corpus.documents) / 1e6,
        "generate_s": t1 - t0,
        "parse_s": t2 - t1,
        "graph_s": t3 - t2,
        "total_s": t3 - t1,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "unknown_locality_or_period": unknown,
        "peak_mb": self_kb / 1024,
        "worker_peak_mb": child_kb / 1024,
        **{k: len(v) for k, v in score.items() if isinstance(v, list)},
        "examples": {k: v[:3] for k, v in score.items() if isinstance(v, list) and v},
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.workers)))
        return
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n), "--workers", str(args.workers)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(r)
        print(
            f"{r['documents']:>7} docs ({r['mb']:.0f} MB, {r['references']} refs): parse {r['parse_s']:6.1f} s "
            f"({args.workers} workers), "
            f"graph {r['graph_s']:6.1f} s, total {r['total_s']:6.1f} s; {r['nodes']} nodes, {r['edges']} edges, "
            f"{r['unknown_locality_or_period']} with '?'; peak {r['peak_mb']:.0f} MB (workers {r['worker_peak_mb']:.0f} MB)\n"
            f"        truth: {r['shared_node']} files sharing a node, {r['wrong_parent']} wrong parents, "
            f"{r['wrong_lineage']} wrong lineages, {r['phantoms']} phantom nodes {r['examples'] or ''}",
            flush=True,
        )
    for a, b in zip(rows, rows[1:]):
        k = b["documents"] / a["documents"]
        print(
            f"x{k:.0f} documents: parse x{b['parse_s'] / a['parse_s']:.1f}, graph x{b['graph_s'] / a['graph_s']:.1f}, "
            f"memory x{b['peak_mb'] / a['peak_mb']:.1f}"
        )
    big = rows[-1]
    print(
        f"goal for {big['documents']} documents: < 60 s -> {'met' if big['total_s'] < 60 else 'NOT met'} "
        f"({big['total_s']:.0f} s); "
        f"< 4 GB -> {'met' if big['peak_mb'] + big['worker_peak_mb'] < 4096 else 'NOT met'} "
        f"({(big['peak_mb'] + big['worker_peak_mb']) / 1024:.1f} GB)"
    )


if __name__ == "__main__":
    main()
