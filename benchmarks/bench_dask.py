"""The map step on a Dask LocalCluster against the local process pool, on generated documents.

    python benchmarks/bench_dask.py [--n 3000] [--workers 2] [--repeat 3]

Both read the same folder of generated documents (benchmarks/generate.py) into records and
build the graph, in fresh processes: ``Corpus.from_dir(folder, workers=N)`` (the pool) and
``Corpus.from_dir(folder, client=Client(LocalCluster(N workers, 1 thread each)))``; the
graphs must be equal. Prints the medians and the ratio dask / pool, and the peak memory of
the parent and of the workers.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one(mode: str, folder: str, workers: int) -> dict:
    import vanban

    t0 = time.perf_counter()
    if mode == "pool":
        corpus = vanban.Corpus.from_dir(folder, workers=workers, progress=False)
        corpus.records  # noqa: B018 - records, as the cluster gives
        t1 = time.perf_counter()
        G = corpus.graph()
        cluster_mb = 0.0
    else:
        from dask.distributed import Client, LocalCluster

        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
            with Client(cluster) as client:
                t0 = time.perf_counter()  # the cluster's own start-up aside
                corpus = vanban.Corpus.from_dir(folder, client=client, progress=False)
                t1 = time.perf_counter()
                mem = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
                cluster_mb = max(mem.values()) / 1024
        G = corpus.graph()
    t2 = time.perf_counter()
    edges = sorted((s, t, k) for s, t, k in G.edges(keys=True))
    return {
        "mode": mode,
        "documents": len(corpus),
        "map_s": t1 - t0,
        "graph_s": t2 - t1,
        "total_s": t2 - t0,
        "edges_hash": hash(tuple(edges)) & 0xFFFFFFFF,
        "nodes": G.number_of_nodes(),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": max(cluster_mb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--one", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one[0], args.one[1], int(args.one[2]))))
        return
    sys.path.insert(0, str(HERE))
    from bench_store import write_corpus

    folder = Path(tempfile.mkdtemp(prefix="vanban-bench-dask-")) / "gen"
    write_corpus(args.n, folder)
    rows: dict[str, list[dict]] = {"pool": [], "dask": []}
    for _ in range(args.repeat):
        for mode in rows:
            cmd = [sys.executable, __file__, "--one", mode, str(folder), str(args.workers)]
            out = subprocess.run(
                cmd, capture_output=True, text=True, check=True, env={**__import__("os").environ, "PYTHONHASHSEED": "0"}
            )
            rows[mode].append(json.loads(out.stdout.strip().splitlines()[-1]))
    med = {
        m: {k: statistics.median(r[k] for r in rs) for k in ("map_s", "graph_s", "total_s", "peak_mb", "worker_mb")}
        for m, rs in rows.items()
    }
    same = len({r["edges_hash"] for rs in rows.values() for r in rs}) == 1
    for m, r in med.items():
        print(
            f"{m:>5}: {args.n} docs, map {r['map_s']:.1f} s, graph {r['graph_s']:.1f} s, total {r['total_s']:.1f} s; "
            f"peak {r['peak_mb']:.0f} MB, largest worker {r['worker_mb']:.0f} MB "
            f"(runs {[round(x['total_s'], 1) for x in rows[m]]})"
        )
    d, p = med["dask"], med["pool"]
    print(f"dask / pool: map {d['map_s'] / p['map_s']:.2f}x, total {d['total_s'] / p['total_s']:.2f}x; same graph: {same}")


if __name__ == "__main__":
    main()
