"""Instructions a pass of ``find_references`` (callgrind), the head against a base revision: a check to run before
landing a change to the scan, the grammar or their data (issue 10: "speed not worse").

    python benchmarks/bench_instructions.py [--base main] [--head HEAD | --worktree] [--limit 1.005] [--jobs 1]

The base's and the head's ``src`` are exported by ``git archive`` into a temporary folder (``--worktree``: this work
tree's ``src`` as it is, uncommitted edits in), each with its own ``VANBAN_CACHE_DIR`` warmed outside valgrind. The
texts are bench_references.py's: its corpus's distinct documents (``dense``) and the same documents with every
citation but the first cut out (``sparse``, cut once by the base, so both trees read the same texts). Each tree runs
``find_references`` over them ``N`` and ``N + 2`` times under ``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``);
a pass is half the difference, start-up and warm-up cancelled (dense N = 2, sparse N = 1, as the figures of
benchmarks/HISTORY.md since session 21), the warm-up's objects frozen out of the collector's reach (``gc.freeze``,
since session 35: else a full collection falling inside or outside the passes moved a revision's count by ±0.3%).
Prints the instructions a pass of base and head and head/base, and exits
with 1 when a ratio exceeds ``--limit`` (2 when valgrind is missing). Beside it, the references each tree finds
in a pass: a head that finds more reads more (a self reference reads the page's letterhead), and the instructions of
a pass cannot tell that from a slower one; where the trees find a different number in some texts, the pass over the
other texts alone is measured too, and its ratio printed beside (the verdict stays the whole pass's). Below the
verdict, the pass outside the memory allocators (:func:`allocator`, since session 40): their count moves with where
the process's memory lies, not only with the work (28.5M-30.1M of one dense pass across four revisions). Wall clocks on
a shared host move by ±30% with its load; instruction counts repeat to a few in ten thousand. 2–3 minutes a text with
``--jobs 2`` on a quiet host.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MODES = ("dense", "sparse")
FIRST_PASSES = {"dense": 2, "sparse": 1}
WARM_UP = "Thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The options; ``--head`` and ``--worktree`` exclude each other.

    >>> a = parse_args([])
    >>> (a.base, a.head, a.worktree, a.limit, a.modes, a.jobs)
    ('main', 'HEAD', False, 1.005, ['dense', 'sparse'], 1)
    """
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="main", help="the revision to compare with (default: main)")
    head = ap.add_mutually_exclusive_group()
    head.add_argument("--head", default="HEAD", help="the revision measured (default: HEAD)")
    head.add_argument("--worktree", action="store_true", help="measure this work tree's src as it is, edits in")
    ap.add_argument("--limit", type=float, default=1.005, help="the largest head/base allowed (default: 1.005)")
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES), help="texts to measure")
    ap.add_argument("--jobs", type=int, default=1, help="valgrind runs at once (default: 1)")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (trees, caches, callgrind files)")
    ap.add_argument("--run", nargs=2, metavar=("TEXTS", "N"), help=argparse.SUPPRESS)  # (the measured child)
    a = ap.parse_args(argv)
    if a.limit <= 0 or a.jobs < 1:
        ap.error("--limit must be positive and --jobs at least 1")
    return a


def totals(callgrind_out: str) -> int:
    """The instructions a callgrind output file counts (its ``totals:`` line, else ``summary:``).

    >>> totals("events: Ir\\nsummary: 120\\ntotals: 120\\n")
    120
    """
    found = {}
    for line in callgrind_out.splitlines():
        key, _, value = line.partition(":")
        if key in ("totals", "summary"):
            found[key] = int(value.split()[0])
    if not found:
        raise ValueError("no 'totals:' or 'summary:' line in the callgrind output")
    return found.get("totals", found.get("summary"))


#: the memory allocators' source files: CPython's (pymalloc) and glibc's
ALLOCATOR_FILES = ("obmalloc.c", "/malloc.c")


def allocator(callgrind_out: str) -> int:
    """The instructions a callgrind output file counts inside the memory allocators' own functions (their self cost:
    a function of :data:`ALLOCATOR_FILES`, without what it calls). Their cost moves with where the process's memory
    lies, not only with the work done (session 40, s40-speed: of s39-facts4's dense excess, one pass read +1.43M,
    +1.25M in ``_PyObject_Free``'s test of whether an address is pymalloc's, whose branches depend on where an arena
    falls in its 1 MiB slot, and in glibc's ``_int_malloc`` bins; the regular expressions counted the same to the
    instruction).

    >>> allocator("positions: line\\nevents: Ir\\nfl=(1) /py/Objects/obmalloc.c\\nfn=(1) _PyObject_Free\\n12 40\\n"
    ...           "cfl=(2) x.c\\ncfn=(2) g\\ncalls=1 3\\n13 500\\n+1 2\\nfl=(2)\\nfn=(3) f\\n3 90\\n"
    ...           "fl=(3) ./malloc/./malloc/malloc.c\\nfn=(4) _int_malloc\\n7 5\\nfl=(1)\\nfn=(1)\\n* 3\\n")
    50
    """
    files: dict[str, str] = {}
    positions, file, after_call, inside = 1, "", False, 0
    for line in callgrind_out.splitlines():
        head = line[:1]
        if head.isdigit() or head in "+-*":
            if after_call:  # (the cost of the call, counted by the function called)
                after_call = False
            elif file.endswith(ALLOCATOR_FILES):
                fields = line.split()
                inside += int(fields[positions]) if len(fields) > positions else 0
            continue
        key, _, value = line.partition("=")
        if key in ("fl", "fi", "fe", "cfl", "cfi"):
            ident, _, name = value.partition(" ")
            files[ident] = name or files.get(ident, "")
            file = files[ident] if key == "fl" else file
        elif key == "calls":
            after_call = True
        elif line.startswith("positions:"):
            positions = len(line.split()) - 1
    return inside


def per_pass(first: int, second: int, passes_between: int = 2) -> float:
    """Instructions a pass: the run of N + 2 passes less the run of N, halved.

    >>> per_pass(1_000, 1_600)
    300.0
    """
    if second < first:
        raise ValueError(f"the longer run counted fewer instructions ({second} < {first})")
    return (second - first) / passes_between


def over_limit(figures: dict[str, tuple[float, float]], limit: float) -> list[str]:
    """The modes whose head/base exceeds ``limit`` (``figures``: mode -> (base, head) instructions a pass).

    >>> over_limit({"dense": (100.0, 100.5), "sparse": (100.0, 100.6)}, 1.005)
    ['sparse']
    """
    return [mode for mode, (base, head) in figures.items() if head / base > limit]


def table(figures: dict[str, tuple[float, float]], names: tuple[str, str], limit: float) -> str:
    """The report: instructions a pass of base and head, their ratio, and the verdict."""
    rows = [f"{'':8s}{names[0]:>24s}{names[1]:>24s}{'head/base':>11s}"]
    for mode, (base, head) in figures.items():
        rows.append(f"{mode:8s}{base / 1e6:>23.2f}M{head / 1e6:>23.2f}M{head / base:>11.4f}")
    bad = over_limit(figures, limit)
    rows.append(f"over the limit {limit}: {', '.join(bad)}" if bad else f"within the limit {limit}")
    return "\n".join(rows)


def git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def export(rev: str, into: Path) -> Path:
    """``rev``'s ``src`` under ``into`` (git archive)."""
    into.mkdir(parents=True, exist_ok=True)
    data = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=data, check=True)
    return into / "src"


def env_for(src: Path, cache: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src), "VANBAN_CACHE_DIR": str(cache), "PYTHONHASHSEED": "0"}


def write_texts(src: Path, cache: Path, into: Path) -> dict[str, Path]:
    """bench_references.py's texts, each distinct text once, cut to sparse by the tree at ``src``."""
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); from corpus_text import documents;"
        " import bench_references as b; dense = list(dict.fromkeys(documents(1)));"
        " json.dump({'dense': dense, 'sparse': list(dict.fromkeys(b.sparse(dense)))}, open(sys.argv[2], 'w'))"
    )
    both = into / "texts.json"
    subprocess.run([sys.executable, "-c", code, str(HERE), str(both)], env=env_for(src, cache), check=True)
    texts = json.loads(both.read_text())
    out = {}
    for mode in MODES:
        out[mode] = into / f"{mode}.json"
        out[mode].write_text(json.dumps(texts[mode]))
    return out


def run_passes(texts: str, n: int) -> None:
    """The measured child: ``n`` passes of ``find_references`` over the texts (after one warm-up call)."""
    import vanban

    src = Path(os.environ["PYTHONPATH"]).resolve()
    if src not in Path(vanban.__file__).resolve().parents:
        sys.exit(f"vanban imported from {vanban.__file__}, not from {src}")
    docs = json.loads(Path(texts).read_text())
    vanban.find_references(WARM_UP)
    # What the warm-up made (the grammar, the lexicon, their caches) moved out of the collector's reach: a full
    # collection otherwise scans them all, and whether one falls inside the measured passes or outside them depends on
    # how many objects a revision allocates, so two revisions' counts jumped by ±0.3% apart from their work (session
    # 35: two reverts made a tree 0.34% dearer; frozen, +0.02%). The passes' own objects are still collected.
    gc.collect()
    gc.freeze()
    found = []
    for _ in range(n):
        found = [len(vanban.find_references(d)) for d in docs]
    print(json.dumps(found))  # (the references each text gives: the parent compares the trees')


def differing(base: list[int], head: list[int]) -> list[int]:
    """The texts (their indexes) in which the two trees find a different number of references.

    >>> differing([3, 1, 0, 2], [3, 2, 0, 1])
    [1, 3]
    """
    return [i for i, (b, h) in enumerate(zip(base, head)) if b != h]


class Count(NamedTuple):
    """A run's instructions: all, and those outside the allocators' own functions (:func:`allocator`)."""

    whole: int
    outside: int


def child(src: Path, cache: Path, texts: Path, n: int, callgrind_out: Path | None = None) -> tuple[Count, list[int]]:
    """Run ``n`` passes in a fresh process, under callgrind when ``callgrind_out`` is given: its instructions and those
    outside the allocators (0 without callgrind) and the references each text gives."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--run", str(texts), str(n)]
    if callgrind_out is not None:
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={callgrind_out}", *cmd]
    done = subprocess.run(cmd, env=env_for(src, cache), capture_output=True, text=True)
    if done.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    found = json.loads(done.stdout.splitlines()[-1])
    if callgrind_out is None:
        return Count(0, 0), found
    out = callgrind_out.read_text()
    return Count(totals(out), totals(out) - allocator(out)), found


def measure(trees: dict[str, tuple[Path, Path]], texts: dict[str, Path], modes, work: Path, jobs: int):
    """``figures[mode] = (base, head)`` instructions a pass, ``found[mode] = (base, head)`` the references each text
    gives, ``alike[mode] = (base, head)`` for a mode whose texts the trees find differently: measured again
    without those texts, and ``outside[mode] = (base, head)`` the instructions a pass outside the allocators."""
    found = {mode: tuple(child(*trees[name], texts[mode], 1)[1] for name in ("base", "head")) for mode in modes}
    sets = {(mode, False): texts[mode] for mode in modes}  # (the disk cache warmed outside valgrind above, each text once)
    for mode in modes:
        if odd := set(differing(*found[mode])):
            docs = json.loads(texts[mode].read_text())
            sets[mode, True] = work / f"{mode}-alike.json"
            sets[mode, True].write_text(json.dumps([d for i, d in enumerate(docs) if i not in odd]))
    n = {mode: FIRST_PASSES[mode] for mode in modes}
    runs = [(name, mode, alike, k) for mode, alike in sets for name in trees for k in (n[mode], n[mode] + 2)]

    def one(run):
        name, mode, alike, k = run
        src, cache = trees[name]
        out = work / f"callgrind.{name}.{mode}{'-alike' if alike else ''}.{k}"
        return child(src, cache, sets[mode, alike], k, out)[0]

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        got = dict(zip(runs, pool.map(one, runs)))

    def a_pass(name, mode, alike, field):
        return per_pass(*(getattr(got[name, mode, alike, k], field) for k in (n[mode], n[mode] + 2)))

    per_set = {key: tuple(a_pass(name, *key, "whole") for name in ("base", "head")) for key in sets}
    outside = {mode: tuple(a_pass(name, mode, False, "outside") for name in ("base", "head")) for mode in modes}
    figures = {mode: per_set[mode, False] for mode in modes}
    return figures, found, {mode: per_set[mode, True] for mode in modes if (mode, True) in per_set}, outside


def outside_table(outside: dict[str, tuple[float, float]]) -> str:
    """The pass without the allocators' own instructions (:func:`allocator`), beside the verdict (which stays the whole
    pass's): where the whole pass's ratio moves and this one does not, where the memory lies moved, not the work.

    >>> print(outside_table({"dense": (400e6, 400.2e6)}))
    outside the allocators          base        head  head/base
    dense                        400.00M     400.20M     1.0005
    """
    rows = [f"{'outside the allocators':24s}{'base':>12s}{'head':>12s}{'head/base':>11s}"]
    for mode, (base, head) in outside.items():
        rows.append(f"{mode:24s}{base / 1e6:>11.2f}M{head / 1e6:>11.2f}M{head / base:>11.4f}")
    return "\n".join(rows)


def found_table(found: dict[str, tuple[list[int], list[int]]], alike: dict[str, tuple[float, float]]) -> str:
    """The references base and head find a pass, the texts they find otherwise, and the ratio over the others.

    >>> print(found_table({"dense": ([2, 1], [2, 1]), "sparse": ([1, 0, 1], [1, 1, 1])},
    ...                   {"sparse": (100e6, 100.1e6)}))
    references found a pass         base        head  texts found otherwise
    dense                              3           3  none
    sparse                             2           3  1 (text 1); the 2 others: 100.00M -> 100.10M, head/base 1.0010
    """
    rows = [f"{'references found a pass':24s}{'base':>12s}{'head':>12s}  texts found otherwise"]
    for mode, (base, head) in found.items():
        odd = differing(base, head)
        note = "none"
        if odd and (pass_ := alike.get(mode)):
            note = f"{len(odd)} (text {', '.join(map(str, odd))}); the {len(base) - len(odd)} others: "
            note += f"{pass_[0] / 1e6:.2f}M -> {pass_[1] / 1e6:.2f}M, head/base {pass_[1] / pass_[0]:.4f}"
        rows.append(f"{mode:24s}{sum(base):>12d}{sum(head):>12d}  {note}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    if a.run:
        run_passes(a.run[0], int(a.run[1]))
        return 0
    if shutil.which("valgrind") is None:
        print("bench_instructions: valgrind is not installed (apt-get install valgrind); nothing measured", file=sys.stderr)
        return 2
    names = (f"base {a.base} ({git('rev-parse', '--short', a.base)})",)
    names += ("head: work tree",) if a.worktree else (f"head {a.head} ({git('rev-parse', '--short', a.head)})",)
    with tempfile.TemporaryDirectory(prefix="vanban-bench-instructions-") as tmp:
        work = a.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        head_src = ROOT / "src" if a.worktree else export(a.head, work / "head")
        trees = {"base": (export(a.base, work / "base"), work / "cache-base"), "head": (head_src, work / "cache-head")}
        texts = write_texts(*trees["base"], work)
        figures, found, alike, outside = measure(trees, texts, a.modes, work, a.jobs)
        sizes = {mode: len(json.loads(texts[mode].read_text())) for mode in a.modes}
    counts = ", ".join(f"{sizes[m]} {m}" for m in a.modes)
    print(f"instructions a pass of find_references (callgrind, PYTHONHASHSEED=0; bench_references.py's texts: {counts})")
    print(table(figures, names, a.limit))
    print(outside_table(outside))
    print(found_table(found, alike))
    return 1 if over_limit(figures, a.limit) else 0


if __name__ == "__main__":
    sys.exit(main())
