"""Running a function over many items: in order, in worker processes when asked,
with a progress bar, and with the garbage collector run in young batches.

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
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterable, Optional

__all__ = ["pmap", "bulk_gc", "progress", "worker_lexicon"]

_WORKER_LEXICON = None


def _init_worker(lexicon) -> None:
    global _WORKER_LEXICON
    gc.enable()  # forked with gc off
    _WORKER_LEXICON = lexicon
    if lexicon is not None:
        from .facts.lexicon import set_current

        set_current(lexicon)


def worker_lexicon():
    """The lexicon this worker was started with (None in the parent)."""
    return _WORKER_LEXICON


@contextmanager
def bulk_gc(every: int = 2000):
    """Collect garbage in young batches while many documents pile up.

    Each parsed or unpickled document adds some hundred objects that all live on;
    with the collector left alone, its generation scans come back to them again
    and again (a quarter to three quarters of the time of loading a 100k-document
    corpus). Inside this block it runs only on the objects made since the last
    batch, every ``every`` documents: each object is looked at about once, and
    cyclic garbage still goes. Yields the function to call once per document.
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
        gc.collect(1)  # the survivors to the old generation, where young scans leave them alone
        if was:
            gc.enable()


def pmap(
    fn: Callable,
    items: list,
    *,
    workers: int = 1,
    chunksize: int = 16,
    progress: bool = True,
    label: str = "reading",
    lexicon=None,
) -> list:
    """``fn`` over ``items`` in order, in ``workers`` processes when more than one,
    with a progress bar and garbage collected in young batches."""
    out = []
    bar = _Bar(len(items), progress, label)
    with bulk_gc() as tick:
        if workers > 1:
            with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(lexicon,)) as ex:
                for r in ex.map(fn, items, chunksize=chunksize):
                    out.append(r)
                    bar.advance()
                    tick()
        else:
            for it in items:
                out.append(fn(it))
                bar.advance()
                tick()
    bar.close()
    return out


def progress(items: Iterable, total: Optional[int] = None, label: str = "", enabled: bool = True):
    """Iterate with a progress bar on a terminal, plainly otherwise."""
    items = list(items) if total is None else items
    bar = _Bar(total if total is not None else len(items), enabled, label)
    for x in items:
        yield x
        bar.advance()
    bar.close()


class _Bar:
    """A rich progress bar on a terminal, nothing otherwise."""

    def __init__(self, total: int, enabled: bool, label: str = "reading"):
        self._p = None
        if enabled and total > 1 and sys.stderr.isatty():
            try:
                from rich.progress import Progress

                self._p = Progress(transient=True)
                self._p.start()
                self._t = self._p.add_task(label, total=total)
            except ImportError:  # pragma: no cover
                self._p = None

    def advance(self) -> None:
        if self._p is not None:
            self._p.advance(self._t)

    def close(self) -> None:
        if self._p is not None:
            self._p.stop()
