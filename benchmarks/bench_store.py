"""The corpus store end to end on generated national cascades: read, store, graph, report tables.

    python benchmarks/bench_store.py [--sizes 10000 100000] [--workers 2] [--repeat 1] [--dask]

For each size the generated documents (benchmarks/generate.py; beyond the ~14,000 one
seed gives, further seeds in their own folders) are written as .txt files once, then each
step runs in a fresh process:

* ``baseline``: ``Corpus.from_dir(folder)`` (Documents in memory) + graph + the four tables
  (what ``vanban report`` writes as CSV: frames, then pandas), no store (only for sizes up to
  ``--baseline-max``);
* ``cold``: the same through a new store (``Corpus.from_dir(folder, store=…)``; the tables as the
  report writes them for a store: by DuckDB, ``Store.write_csv``, and the findings frame, the graph let go
  first: they read the store, not the graph);
* ``second``: again on the same store, nothing changed;
* ``touch``: one file changed, one added, one removed.

Each prints seconds per step (wall, and CPU: the process's and its workers'; the read step's own CPU as
``parent``: unpickling the records, the store's rows and inserts, its start), the peak resident memory
of the process (also as it stood after the read and after the graph: the tables may be the peak) and of its
worker processes (``resource.getrusage``; the workers' is the largest one's), and the peak of all of them
together (sampled from /proc every 0.1 s). Goals from
issue 15: 100k documents cold < 60 s on 2 cores, second run < 10 s, peak < 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def write_corpus(n: int, folder: Path) -> int:
    """``n`` generated documents under ``folder`` (seed 1 first, then 2, … each in ``s<seed>/``), no plan number
    given twice by one committee in one year whatever the seed (generate.cascade's ``used``)."""
    sys.path.insert(0, str(HERE))
    import generate

    done, seed, used = 0, 1, set()
    while done < n:
        for name, text in generate.documents(n - done, seed=seed, used=used):
            p = folder / f"s{seed}" / name
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_text(text, encoding="utf-8")
            done += 1
        seed += 1
    return done


def remove_store(store: Path) -> None:
    """Remove the store file ``store`` and what DuckDB keeps beside it: its write-ahead log (``<store>.wal``: a crashed
    run's, left there, may be replayed into a new store of the same name, and the "cold" step would find documents
    parsed: DuckDB 2.0.1 drops a log that is not its file's, older versions were not checked) and the folder it
    spills to (``<store>.tmp``, :class:`vanban.store.Store`). The cold step also checks that it parsed every
    document."""
    for p in (store, store.with_name(store.name + ".wal")):
        p.unlink(missing_ok=True)
    shutil.rmtree(store.with_name(store.name + ".tmp"), ignore_errors=True)


def run_step(step: str, folder: str, store: str, workers: int, out: str) -> dict:
    """One step in this process; ``workers`` < 0 means that many workers of a Dask LocalCluster."""
    if workers < 0:
        from dask.distributed import Client, LocalCluster

        with LocalCluster(n_workers=-workers, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster) as c:
            row = _step(step, folder, store, {"client": c}, out)
            mem = c.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        row["worker_peak_mb"] = max(mem.values()) / 1024
        return row
    return _step(step, folder, store, {"workers": workers}, out)


def _step(step: str, folder: str, store: str, kw: dict, out: str) -> dict:
    import vanban

    t0, c0, p0 = time.perf_counter(), _cpu(), _own_cpu()
    kw = {**kw, "progress": False}
    if step == "touch":
        files = sorted(Path(folder).rglob("*.txt"))
        files[0].write_text(files[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
        shutil.move(str(files[1]), str(files[1]) + ".moved.txt")
        files[2].unlink()
    corpus = vanban.Corpus.from_dir(folder, **kw) if step == "baseline" else vanban.Corpus.from_dir(folder, store=store, **kw)
    t1, read_mb, c1, p1 = time.perf_counter(), _peak_mb(), _cpu(), _own_cpu()
    G = corpus.graph()
    t2, graph_mb, c2 = time.perf_counter(), _peak_mb(), _cpu()
    nodes, edges = G.number_of_nodes(), G.number_of_edges()
    if step == "baseline":  # the four tables of ``vanban report``, as it writes them for a corpus in memory
        tables = {
            "documents": corpus.documents_frame(),
            "references": corpus.references_frame(),
            "findings": corpus.findings_frame(),
            "edges": vanban.frames.edges_frame(G),
        }
        for name, df in tables.items():
            vanban.frames.write_csv(df, Path(out) / f"{name}.csv")
        n_refs = len(tables["references"])
    else:  # as it writes them for a store: by DuckDB, and the findings frame the page shows; the graph let go
        del G  # (none of them reads it: the graph's peak and the tables' are each a step's, not one sum)
        corpus.store.write_csv(out)
        corpus.findings_frame()
        n_refs = corpus.store.sql("select count(*) from refs").fetchall()[0][0]
    t3 = time.perf_counter()
    report = getattr(corpus, "sync_report", None)
    return {
        "step": step,
        "documents": len(corpus),
        "references": n_refs,
        "nodes": nodes,
        "edges": edges,
        "parsed": report.parsed if report else len(corpus),
        "read_s": t1 - t0,
        "graph_s": t2 - t1,
        "tables_s": t3 - t2,
        "total_s": t3 - t0,
        "cpu_s": _cpu() - c0,
        "read_cpu_s": c1 - c0,
        "read_parent_cpu_s": p1 - p0,
        "graph_cpu_s": c2 - c1,
        "tables_cpu_s": _cpu() - c2,
        "peak_mb": _peak_mb(),
        "read_peak_mb": read_mb,
        "graph_peak_mb": graph_mb,
        "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _peak_mb() -> float:
    """The largest resident memory of this process so far (MB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _own_cpu() -> float:
    """CPU seconds (user + system) of this process alone: in the read step, the parent's share (unpickling the
    workers' records, the store's rows and inserts) of what :func:`_cpu` counts with the workers."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _cpu() -> float:
    """CPU seconds (user + system) of this process and of its worker processes that have ended."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _tree_rss(pid: int) -> int:
    """The resident memory (kB) of ``pid`` and of every process below it, read from /proc now."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                total += next((int(line.split()[1]) for line in f if line.startswith("VmRSS:")), 0)
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def fresh(step: str, folder: Path, store: Path, workers: int, out: Path) -> dict:
    """One step in a fresh process; ``tree_peak_mb``: the largest memory of the step's process and its
    workers together, sampled every 0.1 s (the peaks of each, summed, overstate it: the parent's comes
    after the workers have ended)."""
    cmd = [sys.executable, __file__, "--step", step, str(folder), str(store), str(workers), str(out)]
    with tempfile.TemporaryFile("w+") as so, tempfile.TemporaryFile("w+") as se:
        proc = subprocess.Popen(cmd, stdout=so, stderr=se, text=True)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.1)
        so.seek(0), se.seek(0)
        stdout, stderr = so.read(), se.read()
    if proc.returncode != 0:  # say why the step failed (its traceback), not only that it did
        sys.stderr.write(stderr)
        raise SystemExit(f"bench_store: step {step!r} failed (exit {proc.returncode}); its error output is above")
    row = json.loads(stdout.strip().splitlines()[-1])
    row["tree_peak_mb"] = peak / 1024
    return row


def show(r: dict) -> str:
    return (
        f"  {r['step']:>8}: {r['documents']:>7} docs ({r['parsed']} parsed), read {r['read_s']:6.1f} s, "
        f"graph {r['graph_s']:5.1f} s, "
        f"tables {r['tables_s']:5.1f} s, total {r['total_s']:6.1f} s (CPU {r.get('cpu_s', 0):6.1f} s: read "
        f"{r.get('read_cpu_s', 0):.1f} (parent {r.get('read_parent_cpu_s', 0):.1f}), "
        f"graph {r.get('graph_cpu_s', 0):.1f}, tables {r.get('tables_cpu_s', 0):.1f}); "
        f"peak {r['peak_mb']:.0f} MB (read {r.get('read_peak_mb', 0):.0f}, graph {r.get('graph_peak_mb', 0):.0f}) "
        f"(largest worker {r['worker_peak_mb']:.0f} MB, all together {r.get('tree_peak_mb', 0):.0f} MB); "
        f"{r['nodes']} nodes, {r['edges']} edges"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--dask", action="store_true", help="parse on a Dask LocalCluster of --workers workers, not the pool")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each step (the median is shown)")
    ap.add_argument("--baseline-max", type=int, default=20000, help="no in-memory baseline above this size")
    ap.add_argument("--keep", help="folder for the generated corpora (default: a temporary one)")
    ap.add_argument(
        "--steps", nargs="+", default=["cold", "second", "touch"], help="of cold, second, touch (touch changes the folder)"
    )
    ap.add_argument("--step", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.step:
        step, folder, store, workers, out = args.step
        print(json.dumps(run_step(step, folder, store, int(workers), out)))
        return
    base = Path(args.keep or tempfile.mkdtemp(prefix="vanban-bench-store-"))
    n_workers = -args.workers if args.dask else args.workers
    for n in args.sizes:
        folder, store, out = base / f"gen-{n}", base / f"store-{n}.duckdb", base / f"out-{n}"
        if not folder.is_dir():
            t = time.perf_counter()
            write_corpus(n, folder)
            print(f"{n} documents written in {time.perf_counter() - t:.0f} s", flush=True)
        out.mkdir(exist_ok=True)
        rows = {}
        steps = (["baseline"] if n <= args.baseline_max else []) + [s for s in ("cold", "second") if s in args.steps]
        for step in steps:
            runs = []
            for _ in range(args.repeat):
                if step == "cold":
                    remove_store(store)
                runs.append(fresh(step, folder, store, n_workers, out))
                if step == "cold" and runs[-1]["parsed"] < runs[-1]["documents"]:  # (a store left behind, replayed)
                    raise SystemExit(f"bench_store: the cold step parsed {runs[-1]['parsed']} of {runs[-1]['documents']}")
            runs.sort(key=lambda r: r["total_s"])
            rows[step] = runs[len(runs) // 2]
            rows[step]["runs"] = [round(r["total_s"], 1) for r in runs]
            print(show(rows[step]) + (f"  runs {rows[step]['runs']}" if args.repeat > 1 else ""), flush=True)
        if "touch" in args.steps:
            rows["touch"] = fresh("touch", folder, store, n_workers, out)
            print(show(rows["touch"]), flush=True)
        if "cold" in rows and "second" in rows:
            summary(n, rows)


def summary(n: int, rows: dict) -> None:
    """The ratios and the goals of issue 15 of the steps run at ``n`` documents."""
    cold, second = rows["cold"], rows["second"]
    if "baseline" in rows:
        print(f"  cold/baseline {cold['total_s'] / rows['baseline']['total_s']:.2f}x", end="; ")
    print(
        f"second/cold {second['total_s'] / cold['total_s']:.3f}x; "
        f"per document cold {1e3 * cold['total_s'] / cold['documents']:.2f} ms, second "
        f"{1e3 * second['total_s'] / second['documents']:.3f} ms",
        flush=True,
    )
    steps3 = [r for r in (cold, second, rows.get("touch")) if r]
    peak = max(r["tree_peak_mb"] for r in steps3)  # the step's process and its workers at one moment
    print(
        f"  goals at {n}: cold < 60 s {'met' if cold['total_s'] < 60 else 'NOT met'} ({cold['total_s']:.0f} s), "
        f"second < 10 s {'met' if second['total_s'] < 10 else 'NOT met'} ({second['total_s']:.1f} s), "
        f"peak < 2 GB {'met' if peak < 2048 else 'NOT met'} ({peak:.0f} MB all processes together at most; "
        f"parent at most {max(r['peak_mb'] for r in steps3):.0f} MB, "
        f"a worker {max(r['worker_peak_mb'] for r in steps3):.0f} MB)",
        flush=True,
    )


if __name__ == "__main__":
    main()
