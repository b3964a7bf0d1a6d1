"""The corpus worker's map step (``vanban.cluster.record_file``: read, parse, references, checks,
record) in CPU time per document, against a baseline revision in the same run.

    python benchmarks/bench_worker.py [--base REV] [--docs 1000] [--rounds 3] [--pairs 2] [--phases]

Three sets: generated plans (``benchmarks/generate.py``, seed 1, written as .txt once), the real
texts (``corpus/`` and ``tests/fixtures/corpus-real*/``), both through ``record_file`` (ms of CPU per
document), and ``find_references`` on the dense real texts (``corpus/`` and ``corpus-real/``: µs of
CPU per reference). Each figure is the best of ``--rounds`` passes after a warm-up, in a process of
its own. With ``--base REV`` (default ``HEAD``; ``--base none`` to skip) that revision's ``src``
(``git archive``, its own disk cache) is measured too, base and this tree alternating ``--pairs``
times, and the ratios this/base printed: the machine may be shared, so read the ratios, each pair
measured in the same minutes. ``--phases`` splits a document's time into the steps of the map step.

Issue 15: 100k generated documents cold in under 60 s on 2 cores needs about 1 ms of CPU per document.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent

CHILD = r"""
import glob, json, sys, time
from pathlib import Path
import vanban
from vanban.cluster import record_file
from vanban.read import warm
gen_dir, root, rounds, phases = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
gen = sorted(str(p) for p in Path(gen_dir).rglob("*.txt"))
corpus = glob.glob(root + "/corpus/*.txt") + glob.glob(root + "/corpus/*.md")
real = sorted(corpus + glob.glob(root + "/tests/fixtures/corpus-real*/*.txt"))
dense = [open(f, encoding="utf-8").read() for f in sorted(corpus + glob.glob(root + "/tests/fixtures/corpus-real/*.txt"))]
warm()
for f in gen[:50] + real:
    record_file(f)
n_refs = sum(len(vanban.find_references(d)) for d in dense)
def best(fn):
    out = []
    for _ in range(rounds):
        t = time.process_time(); fn(); out.append(time.process_time() - t)
    return min(out)
got = {
    "gen_ms": best(lambda: [record_file(f) for f in gen]) / len(gen) * 1e3,
    "real_ms": best(lambda: [record_file(f) for f in real]) / len(real) * 1e3,
    "dense_us_per_ref": best(lambda: [vanban.find_references(d) for d in dense]) / n_refs * 1e6,
}
if phases:
    from bench_worker import phases_of
    got["phases_gen"], got["phases_real"] = phases_of(gen), phases_of(real)
print(json.dumps(got))
"""


def phases_of(files: list[str]) -> dict:
    """µs of CPU per document in each step of the map step, the steps of ``vanban.read.parse`` done
    one by one (a base revision's ``record_of`` without ``source=`` cleans the text again, as it did)."""
    import hashlib
    import time
    from collections import defaultdict

    from vanban.checks import check_document
    from vanban.facts.lexicon import current
    from vanban.graph.records import record_of
    from vanban.model import Document
    from vanban.readers import damage, extract_file
    from vanban.references import document_key, references_of, relations_of
    from vanban.source import clean
    from vanban.structure import parse_structure

    lex, took, pt = current(), defaultdict(float), time.process_time
    for f in files:
        t0 = pt()
        hashlib.blake2b(Path(f).read_bytes(), digest_size=16).hexdigest()
        ex = extract_file(Path(f))
        t1 = pt()
        src = clean(ex.text, ex.kind, ex.blocks)
        st = parse_structure(src, ex.kind, lex)
        t2 = pt()
        refs = references_of(src, st.header.context(), lex)
        t3 = pt()
        parts = {k: getattr(st, k) for k in ("header", "preamble", "sections", "recipients", "signature", "unparsed", "body")}
        doc = Document(text=ex.text, path=f, kind=ex.kind, references=refs, layout=list(ex.blocks), **parts)
        doc.relations, doc.key = relations_of(refs, lex), document_key(doc, lex)
        doc.findings = check_document(doc, lex=lex)
        damage(ex.text)
        t4 = pt()
        try:
            record_of(doc, lex, source=src)
        except TypeError:
            record_of(doc, lex)
        t5 = pt()
        for name, a, b in (("read", t0, t1), ("clean+structure", t1, t2), ("references", t2, t3), ("checks", t3, t4)):
            took[name] += b - a
        took["record"] += t5 - t4
    return {k: v / len(files) * 1e6 for k, v in took.items()}


def write_generated(n: int, folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    import generate

    for name, text in generate.documents(n, seed=1):
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def export(rev: str, into: Path) -> Path:
    """``rev``'s ``src`` under ``into`` (git archive), with this benchmark beside it for ``--phases``."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=data, check=True)
    return into / "src"


def measure(src: Path, cache: Path, gen: Path, rounds: int, phases: bool) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(src), str(HERE)]), "VANBAN_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(gen), str(ROOT), str(rounds), "1" if phases else "0"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="HEAD", help="a revision to compare with ('none': this tree only)")
    ap.add_argument("--docs", type=int, default=1000, help="generated documents")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--pairs", type=int, default=2)
    ap.add_argument("--phases", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vanban-bench-worker-") as tmp:
        tmp = Path(tmp)
        write_generated(a.docs, tmp / "gen")
        trees = {"this": (ROOT / "src", tmp / "cache-this")}
        if a.base != "none":
            (tmp / "base").mkdir()
            trees["base"] = (export(a.base, tmp / "base"), tmp / "cache-base")
        runs: dict[str, list[dict]] = {name: [] for name in trees}
        for _ in range(a.pairs):
            for name, (src, cache) in reversed(trees.items()):
                runs[name].append(measure(src, cache, tmp / "gen", a.rounds, a.phases))
        report(runs, a)


def report(runs: dict[str, list[dict]], a) -> None:
    keys = ("gen_ms", "real_ms", "dense_us_per_ref")
    units = {"gen_ms": "ms/doc (generated)", "real_ms": "ms/doc (real texts)", "dense_us_per_ref": "µs/ref (dense)"}
    for k in keys:
        line = f"{units[k]:22s}"
        for name, rs in runs.items():
            line += f"  {name}: {statistics.median(r[k] for r in rs):7.3f}"
        if "base" in runs:
            ratios = [t[k] / b[k] for t, b in zip(runs["this"], runs["base"])]
            line += f"  this/base {statistics.median(ratios):.3f} [{min(ratios):.3f}-{max(ratios):.3f}]"
        print(line)
    if a.phases:
        for name, rs in runs.items():
            for which in ("phases_gen", "phases_real"):
                ph = {p: statistics.median(r[which][p] for r in rs) for p in rs[0][which]}
                total = sum(ph.values())
                print(f"{name} {which[7:]}: " + ", ".join(f"{p} {v:.0f} µs ({v / total:.0%})" for p, v in ph.items()))


if __name__ == "__main__":
    main()
