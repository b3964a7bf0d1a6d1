"""Running a function over many items: in order, in worker processes when asked,
with a progress bar (``tqdm.auto``: a widget in Jupyter, a bar on a terminal, nothing
when nobody watches or with ``progress=False``), and with the garbage collector run in
young batches.

Worker processes get the caller's :class:`~vanban.facts.Lexicon` through the pool's
initializer, so what was taught reaches them whatever the start method (``spawn``
on macOS and Windows re-imports vanban and would otherwise see only the bundled
facts).

Example::

    >>> pmap(len, ["Kết luận", "Chỉ thị"], workers=1, progress=False)
    [8, 7]
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import Callable, Iterable, Iterator, Optional

__all__ = [
    "pmap",
    "pimap",
    "bulk_gc",
    "aged",
    "NO_YOUNG_COLLECTIONS",
    "progress",
    "interactive",
    "forks",
    "workers_for",
    "with_lexicon",
]


def _init_worker(lexicon, warm=None) -> None:
    gc.enable()  # forked with gc off
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: one line, not one traceback per worker
    if lexicon is not None:
        from .facts.lexicon import set_current

        set_current(lexicon)
    if warm is not None:  # built before the first item (inherited when forked from a warm parent, else from the disk cache)
        warm(lexicon)


def forks() -> bool:
    """Worker processes start by forking this one (they inherit what it has built)."""
    import multiprocessing

    return multiprocessing.get_start_method(allow_none=False) == "fork"


def workers_for(count: int, workers: Optional[int] = None) -> int:
    """``workers`` when given, else the default of a run over ``count`` files: one process per core, 4 at the most,
    above 200 files; else 1 (this process)."""
    return workers if workers is not None else (min(os.cpu_count() or 1, 4) if count > 200 else 1)


def with_lexicon(fn: Callable, lexicon, workers: int, count: int) -> Callable:
    """``fn`` for :func:`pimap` over ``count`` items, given the caller's lexicon: bound when it runs in this process
    (one worker, or one item: :func:`pimap` starts no pool for one); worker processes get it from their initializer."""
    return fn if _in_pool(workers, count) else partial(fn, lexicon=lexicon)


def _in_pool(workers: int, count: int) -> bool:
    """Does :func:`pimap` run ``count`` items in worker processes?"""
    return workers > 1 and count > 1


#: ``bulk_gc(every=…)`` / ``pimap(collect_every=…)`` for objects without reference cycles: no young
#: collection within the block, one at its end
NO_YOUNG_COLLECTIONS = 10**12


@contextmanager
def bulk_gc(every: int = 2000):
    """Collect garbage in young batches while many documents pile up.

    Each parsed or unpickled document adds some hundred objects that all live on;
    with the collector left alone, its generation scans come back to them again
    and again (a quarter to three quarters of the time of loading a 100k-document
    corpus). Inside this block it runs only on the objects made since the last
    batch, every ``every`` documents: each object is looked at about once, and
    cyclic garbage still goes. Yields the function to call once per document.

    With ``every`` at :data:`NO_YOUNG_COLLECTIONS` (objects without reference cycles) nothing is
    scanned at the end either: every object goes to the oldest generation as it is (:func:`aged`).
    """
    was = gc.isenabled()
    gc.disable()
    count = 0

    def tick() -> None:
        nonlocal count
        count += 1
        if count % every == 0:
            gc.collect(0)

    try:
        yield tick
    finally:
        if every >= NO_YOUNG_COLLECTIONS:
            aged()
        else:
            gc.collect(1)  # the survivors to the old generation, where young scans leave them alone
        if was:
            gc.enable()


def aged() -> None:
    """Every object the collector tracks moved to its oldest generation without a scan (``gc.freeze`` then
    ``unfreeze``), and not counted as new there: a ``gc.collect(1)`` after a block that made millions of objects
    that live on (the records of a sync, a graph) scanned them all once more, and, counting them as new in the
    oldest generation, brought on a full collection soon after, which found nothing to free (1.3 s of the 39 CPU-s
    of a 10k-document store's first run). A collection of the young instead when something else keeps objects
    frozen."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
    else:  # pragma: no cover - a process that froze objects itself
        gc.collect(1)


def pmap(fn: Callable, items: list, **options) -> list:
    """:func:`pimap` (``fn`` over ``items`` in order, in ``workers`` processes when more than one, with a progress
    bar and garbage collected in young batches; the same keyword options), as a list."""
    return list(pimap(fn, items, **options))


def pimap(
    fn: Callable,
    items: list,
    *,
    workers: int = 1,
    chunksize: int = 16,
    progress: bool = True,
    label: str = "reading",
    lexicon=None,
    on_crash: Optional[Callable] = None,
    warm: Optional[Callable] = None,
    collect_every: int = 2000,
) -> Iterator:
    """``fn(item)`` for each item, yielded in order as soon as it is done (a caller
    printing them keeps what was done when the run is interrupted).

    The garbage collector runs on the young objects every ``collect_every`` results
    (:func:`bulk_gc`); a caller whose results hold no reference cycles gives :data:`NO_YOUNG_COLLECTIONS`.

    ``warm(lexicon)``, when given, runs in each worker as it starts (and once in this process
    before it forks them, so that they inherit what it built).

    With ``workers`` > 1 the items go to worker processes. A worker that dies (killed
    for memory, a crash in a PDF library) takes no other item's result with it: the
    items after the last result are run again one at a time, and the one that kills
    its worker again gets ``on_crash(item, error)`` as its result (without
    ``on_crash`` the error is raised).

    >>> list(pimap(str.upper, ["đảng", "bộ"], progress=False))
    ['ĐẢNG', 'BỘ']
    """
    bar = _Bar(len(items), progress, label)
    try:
        with bulk_gc(collect_every) as tick:
            results = (
                _pooled(fn, items, workers, chunksize, lexicon, on_crash, warm)
                if _in_pool(workers, len(items))
                else map(fn, items)
            )
            for r in results:
                bar.advance()
                tick()
                yield r
    finally:
        bar.close()


def _pooled(fn, items: list, workers: int, chunksize: int, lexicon, on_crash, warm=None) -> Iterator:
    from concurrent.futures.process import BrokenProcessPool

    if warm is not None and forks():
        warm(lexicon)
    done = 0
    suspects = 0  # after a crash: the items that were in flight, run one at a time to find the one that kills
    while done < len(items):
        if suspects > done:
            for r in _one_at_a_time(fn, items[done:suspects], lexicon, on_crash, warm):
                done += 1
                yield r
            continue
        ex = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(lexicon, warm))
        try:
            for r in ex.map(fn, items[done:], chunksize=chunksize):
                done += 1
                yield r
        except BrokenProcessPool:
            if on_crash is None:
                raise
            suspects = done + (workers + 1) * chunksize
        finally:
            _stop(ex)


def _one_at_a_time(fn, items: list, lexicon, on_crash, warm=None) -> Iterator:
    """``fn`` over the suspects of a crash with one item in flight at a time, so that a
    pool that breaks names its culprit for certain (with several queued, a result already
    sent can be lost with the process and an innocent item blamed)."""
    from concurrent.futures.process import BrokenProcessPool

    ex = None
    try:
        for item in items:
            if ex is None:
                ex = ProcessPoolExecutor(max_workers=1, initializer=_init_worker, initargs=(lexicon, warm))
            try:
                r = ex.submit(fn, item).result()
            except BrokenProcessPool as e:
                _stop(ex)
                ex = None
                r = on_crash(item, e)
            yield r
    finally:
        if ex is not None:
            _stop(ex)


def _stop(ex: ProcessPoolExecutor) -> None:
    """Shut the pool down without waiting for work nobody will read (Ctrl-C, a break)."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    ex.shutdown(wait=False, cancel_futures=True)
    for p in procs:
        if p.is_alive():
            p.terminate()


def progress(items: Iterable, total: Optional[int] = None, label: str = "", enabled: bool = True):
    """Iterate with a progress bar (a terminal, a notebook), plainly otherwise."""
    items = list(items) if total is None else items
    bar = _Bar(total if total is not None else len(items), enabled, label)
    try:
        for x in items:
            yield x
            bar.advance()
    finally:
        bar.close()


def interactive() -> bool:
    """Someone watches: stderr is a terminal, or this runs in a Jupyter kernel."""
    try:
        if sys.stderr is not None and sys.stderr.isatty():
            return True
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:  # noqa: BLE001
        return False
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


class _Bar:
    """A progress bar from ``tqdm.auto`` (a widget in Jupyter, text on a terminal) when
    someone watches, nothing otherwise."""

    def __init__(self, total: int, enabled: bool, label: str = "reading"):
        self._t = None
        if enabled and total > 1 and interactive():
            try:
                from tqdm.auto import tqdm

                self._t = tqdm(total=total, desc=label, leave=False, unit="file")
            except ImportError:  # a notebook without ipywidgets: the text bar
                from tqdm.std import tqdm

                self._t = tqdm(total=total, desc=label, leave=False, unit="file", file=sys.stderr)

    def advance(self) -> None:
        if self._t is not None:
            self._t.update(1)

    def close(self) -> None:
        if self._t is not None:
            self._t.close()
            self._t = None
