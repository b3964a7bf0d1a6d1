"""Timing in tests: only ratios of two measurements taken in one run (a clock's reading alone depends on the machine's
load, and says nothing about the code)."""

from __future__ import annotations

import time
from typing import Callable


def fastest(call: Callable[[], object], runs: int = 3) -> float:
    """The fastest of ``runs`` runs of ``call``, in seconds: compare it with another taken in the same run."""
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - t0)
    return best
