"""Where find_references spends its time, by pass and by regular expression, without a profiler's overhead.

    python benchmarks/profile_references.py [--sparse] [--docs 80] [--top 30]

Two tables over the first ``--docs`` documents of the benchmark text (``--sparse``: each cut to its first citation,
as ``bench_references.py`` does):

1. the passes of the pipeline (``references.find_in``'s steps, the resolution passes, the cleaning and the context),
   CPU time a pass over the documents, each pass timed around its call (best of five rounds);
2. every compiled pattern of the grammar and of the pipeline's modules: each call of one pass recorded (its
   arguments), then replayed alone, pattern by pattern (best of five), with how many calls found something. A
   proxy around each pattern would time Python's call into it as well (1 µs a call, more than most calls
   cost); the replay times the engine only.

cProfile attributes the matching a ``finditer`` loop does to the loop's function, and a settrace or a proxy costs
more than most rules; callgrind (``valgrind --tool=callgrind``) gives exact instruction counts but no Python
function names. This script is what those leave out: the same documents, the passes, and each pattern's own cost.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_text import documents  # noqa: E402

#: (module, function) of each pass timed around its call, as the pipeline calls it
PASSES = [
    ("vanban.references", "clean"),
    ("vanban.references", "scan"),
    ("vanban.references.relate", "attach_subjects"),
    ("vanban.references.resolve", "resolve_all"),
    ("vanban.references.relate", "assign_relations"),
    ("vanban.references.scan", "_Parser.typed"),
    ("vanban.references.scan", "_Parser.bare"),
    ("vanban.references.resolve", "_code_keys"),
    ("vanban.references.resolve", "_agents"),
    ("vanban.references.resolve", "_self_refs"),
    ("vanban.references.relate", "_governing_cue"),
    ("vanban.structure", "_LazyContext._letterhead"),
    ("vanban.structure", "_LazyContext._context"),
]
#: the modules whose module-level patterns are replayed (the grammar's are, always)
MODULES = [
    "vanban.references.scan",
    "vanban.references.relate",
    "vanban.references.resolve",
    "vanban.references.keys",
    "vanban.source",
    "vanban.text",
    "vanban.grammar.fields",
    "vanban.structure.context",
    "vanban.structure.letterhead",
    "vanban.structure.tail",
]
_METHODS = ("match", "search", "fullmatch", "finditer", "sub", "findall", "split")
#: the process's CPU time: on a shared machine the wall clock counts the other processes' turns too (a pass over five
#: sparse texts at load 16: 41.6 ms by the wall clock, 3.4 ms of CPU; each text alone, 3.0 ms in all)
_clock = time.process_time


def best(fn, rounds: int = 5) -> float:
    """The fastest of ``rounds`` calls of ``fn``, in seconds."""
    out = float("inf")
    for _ in range(rounds):
        t = _clock()
        fn()
        out = min(out, _clock() - t)
    return out


def _owner(path: tuple[str, str]):
    """The object that holds the function ``path`` names ((module, "_Parser.typed"): the class) and its name."""
    mod, name = path
    obj = importlib.import_module(mod)
    *outer, last = name.split(".")
    for part in outer:
        obj = getattr(obj, part)
    return obj, last


def time_passes(docs: list[str]) -> dict[str, float]:
    """Seconds a pass over ``docs`` spent in each of :data:`PASSES` (inclusive; best of five rounds each)."""
    import vanban

    spent: dict[str, float] = {}
    for path in PASSES:
        obj, name = _owner(path)
        f = getattr(obj, name)
        total = [0.0]

        def timed(*a, _f=f, _t=total, **k):
            t = _clock()
            try:
                return _f(*a, **k)
            finally:
                _t[0] += _clock() - t

        setattr(obj, name, timed)
        rounds = []
        try:
            for _ in range(5):
                total[0] = 0.0
                for d in docs:
                    vanban.find_references(d)
                rounds.append(total[0])
        finally:
            setattr(obj, name, f)
        spent[f"{path[0].split('.')[-1]}.{path[1]}"] = min(rounds)
    spent["find_references"] = best(lambda: [vanban.find_references(d) for d in docs])
    return spent


class _Recorder:
    """Stands for a compiled pattern and records each call (pattern, method, arguments) in ``calls``."""

    __slots__ = ("_p", "_name", "_calls")

    def __init__(self, p: re.Pattern, name: str, calls: list):
        self._p, self._name, self._calls = p, name, calls

    def __getattr__(self, attr: str):
        value = getattr(self._p, attr)
        if attr not in _METHODS:
            return value

        def call(*a, **k):
            self._calls.append((self._name, value, attr, a, k))
            return value(*a, **k)

        return call


def _patterns() -> list[tuple[object, str, re.Pattern, str]]:
    """(holder, attribute, pattern, label) of every compiled pattern of the grammars and of :data:`MODULES`."""
    from vanban.facts.lexicon import current
    from vanban.grammar import grammar

    out = []
    for mode in ("exact", "folded"):
        g = grammar(current(), mode)
        out += [(g, k, getattr(g, k), f"g.{k}") for k in g.__dataclass_fields__ if isinstance(getattr(g, k), re.Pattern)]
    for name in MODULES:
        m = importlib.import_module(name)
        out += [(m, k, v, f"{name.split('.')[-1]}.{k}") for k, v in vars(m).items() if isinstance(v, re.Pattern)]
    return out


def replay_patterns(docs: list[str]) -> list[tuple[float, str, int, int]]:
    """(seconds, pattern, calls, calls that found something) of one pass over ``docs``, each pattern's calls replayed."""
    import vanban

    calls: list = []
    held = _patterns()
    for holder, attr, p, label in held:
        object.__setattr__(holder, attr, _Recorder(p, label, calls))
    try:
        for d in docs:
            vanban.find_references(d)
    finally:
        for holder, attr, p, _ in held:
            object.__setattr__(holder, attr, p)
    by: dict[str, list] = {}
    for label, method, kind, a, k in calls:
        by.setdefault(label, []).append((method, kind, a, k))
    return sorted((_replayed(cs), label, len(cs), _hits(cs)) for label, cs in by.items())[::-1]


def _replayed(cs: list) -> float:
    def run() -> None:
        for method, kind, a, k in cs:
            got = method(*a, **k)
            if kind == "finditer":
                for _ in got:
                    pass

    return best(run)


def _hits(cs: list) -> int:
    n = 0
    for method, kind, a, k in cs:
        got = method(*a, **k)
        n += sum(1 for _ in got) if kind == "finditer" else bool(got)
    return n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sparse", action="store_true", help="each document cut to its first citation")
    ap.add_argument("--docs", type=int, default=80)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    import vanban

    docs = documents(1)[: args.docs]
    if args.sparse:
        from bench_references import sparse

        docs = sparse(docs)
    for d in docs:  # (the grammar compiled, the tables loaded)
        vanban.find_references(d)
    n = sum(len(vanban.find_references(d)) for d in docs)
    print(f"{len(docs)} documents, {sum(map(len, docs))} characters, {n} references")
    spent = time_passes(docs)
    whole = spent["find_references"]
    for name, s in sorted(spent.items(), key=lambda x: -x[1]):
        print(f"  {name:32s} {s * 1e3:8.2f} ms a pass {s / whole:6.1%}")
    rows = replay_patterns(docs)
    print(f"regular expressions, replayed: {sum(r[0] for r in rows) * 1e3:.2f} ms a pass ({sum(r[0] for r in rows) / whole:.1%})")
    for s, label, calls, hits in rows[: args.top]:
        print(f"  {label:40s} {s * 1e3:7.2f} ms {calls:6d} calls {hits:6d} found {s / calls * 1e6:7.2f} µs a call")


if __name__ == "__main__":
    main()
