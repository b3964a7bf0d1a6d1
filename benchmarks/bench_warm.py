"""Warm start: the first call of a fresh process, with the disk cache (vanban.cache) and without.

    python benchmarks/bench_warm.py [--repeat 5]

Each measurement is a fresh Python process; the figures are medians of ``--repeat`` runs:

* ``import vanban``; the first ``find_references`` (the grammar: compiled patterns); the
  first ``parse`` after it (the gazetteer index); the first ``find_references`` of text without
  diacritics after them (the folded grammar, built or read on its own: session 24 found a start-up
  cost there that the first three did not show); all four with ``VANBAN_CACHE=off`` (cold,
  as before the cache), with an empty cache folder (cold, writing it) and with the cache
  written (warm);
* a pool of 2 worker processes, fork and spawn, cold and warm: seconds until the first
  parsed document comes back (the workers build or read what they need as they start).

The ratio warm / cold is the figure to read; the goal of issue 15 is a first call <= 0.3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"

FIRST_CALL = f"""
import json, time
t0 = time.perf_counter()
import vanban
t1 = time.perf_counter()
vanban.find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")
t2 = time.perf_counter()
vanban.parse(open({str(SEED)!r}, encoding="utf-8").read())
t3 = time.perf_counter()
vanban.find_references("Thuc hien Ket luan so 93-KL/TW, ngay 20/11/2020 cua Ban Bi thu")
t4 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "first_refs": t2 - t1, "first_parse": t3 - t2, "first_folded": t4 - t3}}))
"""

POOL = f"""
import json, multiprocessing, sys, time
multiprocessing.set_start_method(sys.argv[1])
import vanban
from vanban.corpus import Corpus
text = open({str(SEED)!r}, encoding="utf-8").read()
t0 = time.perf_counter()
it = Corpus.stream([{str(SEED)!r}] * 4, workers=2, progress=False)
next(it)
t1 = time.perf_counter()
list(it)
print(json.dumps({{"first_result": t1 - t0}}))
"""


def run(code: str, env: dict, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
        cwd=ROOT,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def medians(rows: list[dict]) -> dict:
    return {k: statistics.median(r[k] for r in rows) for k in rows[0]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="vanban-bench-warm-"))
    off = {"VANBAN_CACHE": "off"}
    cache = {"VANBAN_CACHE_DIR": str(tmp / "cache")}
    cold_off = medians([run(FIRST_CALL, off) for _ in range(args.repeat)])
    writing = []
    for _ in range(args.repeat):
        shutil.rmtree(tmp / "cache", ignore_errors=True)
        writing.append(run(FIRST_CALL, cache))
    cold_writing = medians(writing)
    warm = medians([run(FIRST_CALL, cache) for _ in range(args.repeat)])
    print(f"first call in a fresh process, medians of {args.repeat} (seconds):")
    print(f"{'':>22} {'import':>8} {'find_references':>16} {'parse':>8} {'unaccented':>11}")
    for name, r in (("cold (no cache)", cold_off), ("cold (writing cache)", cold_writing), ("warm (cache read)", warm)):
        print(f"{name:>22} {r['import']:8.3f} {r['first_refs']:16.3f} {r['first_parse']:8.3f} {r['first_folded']:11.3f}")
    print(
        f"warm / cold: find_references {warm['first_refs'] / cold_off['first_refs']:.3f}x, "
        f"parse {warm['first_parse'] / cold_off['first_parse']:.3f}x, "
        f"unaccented {warm['first_folded'] / cold_off['first_folded']:.3f}x; "
        f"first call <= 0.3 s: {'met' if warm['first_refs'] <= 0.3 else 'NOT met'} ({warm['first_refs']:.2f} s; "
        f"import {warm['import']:.2f} s more)"
    )
    print("a pool of 2 workers, seconds to the first parsed document (medians):")
    for method in ("fork", "spawn"):
        c = medians([run(POOL, off, method) for _ in range(args.repeat)])
        w = medians([run(POOL, cache, method) for _ in range(args.repeat)])
        ratio = w["first_result"] / c["first_result"]
        print(f"  {method:>5}: cold {c['first_result']:.2f} s, warm {w['first_result']:.2f} s ({ratio:.2f}x)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
