"""Cost against length: does ``vanban.parse`` stay linear from 10 KB to 10 MB?

    python benchmarks/bench_length.py                      # 10 KB, 100 KB, 1 MB, 10 MB
    python benchmarks/bench_length.py --sizes 0.01 0.1 1   # MB
    python benchmarks/bench_length.py --fn find_references

Three texts, each cut to the size asked (issue 13 found them quadratic):

* ``dense``: "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư …" lines
  (10 MB took 213 s);
* ``seed``: the Phú Thiện plan repeated, as a compiled PDF of many plans reads
  (3 MB took 38 s);
* ``codes``: "93-KL/TW " repeated (100 KB took 30 s);
* ``plain``: the body of the plan with every citation taken out;
* ``caps``: "KẾ HOẠCH " repeated (1 MB took 49 s without a single reference).

For each: seconds, MB/s and seconds per MB; the figure that matters is the growth of
seconds per MB from 1 MB to 10 MB, asserted under 1.5× (exit status 1 otherwise). A
size that takes longer than ``--budget`` seconds stops that text (it is not linear).
``--memory`` measures the peak of Python allocations on line-heavy text against its
size (asserted under 20×).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"


def _cut(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` UTF-8 bytes, cut at a line end."""
    n = max(1, size // len(unit.encode("utf-8")) + 1)
    text = unit * n
    b = text.encode("utf-8")[:size].decode("utf-8", "ignore")
    return b[: b.rfind("\n") + 1] or b


def texts(size: int) -> dict[str, str]:
    seed = SEED.read_text(encoding="utf-8")
    import vanban

    plain = seed
    for r in sorted(vanban.find_references(seed), key=lambda r: -r.start):
        plain = plain[: r.start] + plain[r.end :]
    plain = re.sub(r"\d", "", plain)
    dense = "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW.\n"
    return {
        "dense": _cut(dense, size),
        "codes": _cut("93-KL/TW " * 12 + "\n", size),
        "seed": _cut(seed + "\n\f\n", size),
        "plain": _cut(plain + "\n", size),
        "caps": _cut("KẾ HOẠCH " * 12 + "\n", size),
    }


def run(fn, text: str) -> float:
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def memory(fn, size: int) -> float:
    """Peak Python allocations while ``fn`` reads line-heavy text, per byte of text."""
    text = _cut("- Kế hoạch số 45-KH/HU.\n1. Triển khai.\n\n", size)
    tracemalloc.start()
    fn(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / len(text.encode("utf-8"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.01, 0.1, 1.0, 10.0], help="sizes in MB")
    ap.add_argument("--fn", choices=("parse", "find_references"), default="parse")
    ap.add_argument("--budget", type=float, default=120.0, help="seconds one run may take before the text is given up")
    ap.add_argument("--memory", type=float, default=1.0, help="MB of line-heavy text for the memory figure (0: skip)")
    args = ap.parse_args()
    import vanban
    from vanban.readers import Limits  # noqa: F401 - the limits do not apply to strings

    fn = getattr(vanban, args.fn)
    fn("Kết luận số 93-KL/TW")  # grammar compiled, tables loaded
    per_mb: dict[str, dict[float, float]] = {}
    print(f"{'text':6} {'MB':>6} {'seconds':>9} {'MB/s':>7} {'s/MB':>7}")
    made = {mb: texts(int(mb * 1e6)) for mb in args.sizes}
    for name in ("dense", "codes", "seed", "plain", "caps"):
        per_mb[name] = {}
        sizes = sorted(args.sizes)
        for k, mb in enumerate(sizes):
            text = made[mb][name]
            real = len(text.encode("utf-8")) / 1e6
            s = run(fn, text)
            per_mb[name][mb] = s / real
            print(f"{name:6} {real:6.2f} {s:9.2f} {real / s:7.2f} {s / real:7.2f}", flush=True)
            if k + 1 < len(sizes):
                # the next size's time, as it grows so far (quadratic text: 1 MB of "93-KL/TW " took 582 s)
                growth = per_mb[name][mb] / per_mb[name][sizes[k - 1]] if k else 1.0
                projected = s * (sizes[k + 1] / mb) * max(growth, 1.0)
                if projected > args.budget:
                    print(f"{name}: {sizes[k + 1]} MB would take about {projected:.0f} s, over --budget: skipped (not linear)")
                    break
    ok = True
    if 1.0 in args.sizes and 10.0 in args.sizes:
        for name, row in per_mb.items():
            growth = row[10.0] / row[1.0] if 10.0 in row else float("inf")
            print(f"{name}: seconds per MB grow {growth:.2f}× from 1 MB to 10 MB (limit 1.5×)")
            ok &= growth < 1.5
    if args.memory:
        ratio = memory(fn, int(args.memory * 1e6))
        print(f"memory: peak {ratio:.1f}× the text on {args.memory} MB of line-heavy text (limit 20×)")
        ok &= ratio < 20
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
