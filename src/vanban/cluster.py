"""The map step of a corpus: each file to its compact record, here or on a Dask cluster.

:func:`record_file` reads one file and gives ``(path, size, mtime_ns, hash, result)``, the
result a :class:`~vanban.graph.Record` or the :class:`~vanban.read.CorpusError` that says why
not. :func:`map_files` runs it over many files in this process, in a pool of worker processes
(:mod:`vanban.parallel`), or on a ``dask.distributed`` client: the workers send records back,
never Documents, and the graph is assembled from them in this process. Dask is optional
(``pip install 'vanban[dask]'``) and imported only when a client is given.

Example::

    >>> out = list(map_files(["corpus/tw-ketluan-93-kltw-2020-11-20.txt"], progress=False))
    >>> path, size, mtime_ns, digest, rec = out[0]
    >>> rec.header.code, rec.references[0].code, len(digest)
    ('93-KL/TW', '42-CT/TW', 32)
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .facts import Lexicon
from .facts.lexicon import current
from .graph.records import Record, record_of
from .parallel import NO_YOUNG_COLLECTIONS, pimap, progress, with_lexicon, workers_for
from .read import CorpusError, crashed, read_parsed, warm
from .readers import Limits

__all__ = ["record_file", "map_files", "content_hash", "Result", "ReadOptions", "pool_chunk"]

#: what the map step gives for each file: path, size, mtime_ns, content hash, and the record or the error
Result = tuple[str, int, int, str, Union[Record, CorpusError]]


@dataclass(frozen=True)
class ReadOptions:
    """How the files of a corpus are read, one value carried from ``Corpus.from_dir`` / ``from_paths`` /
    ``from_store`` through :meth:`vanban.store.Store.sync` to :func:`map_files`: the file-name ``pattern``
    ("*.pdf"), the ``workers`` processes, the progress bar, the lexicon, the readers' limits and the Dask
    ``client``. The public calls keep their keywords and make this value from them.

    >>> o = ReadOptions(pattern="*.txt", progress=False).resolved()
    >>> o.pattern, o.lexicon is current(), o.resolved() is o
    ('*.txt', True, True)
    """

    pattern: str = "*"
    workers: Optional[int] = None
    progress: bool = True
    lexicon: Optional[Lexicon] = None
    limits: Optional[Limits] = None
    client: object = None

    def resolved(self) -> ReadOptions:
        """These options with the lexicon fixed: the one given, else the current one (read once, then carried)."""
        return self if self.lexicon is not None else replace(self, lexicon=current())

    def map(self, files: Iterable[Union[str, Path]]) -> Iterator[Result]:
        """:func:`map_files` over ``files`` with these options."""
        return map_files(
            files, workers=self.workers, client=self.client, progress=self.progress, lexicon=self.lexicon, limits=self.limits
        )


def content_hash(data: bytes) -> str:
    """The identity of a file's content in the store: ``blake2b`` of its bytes, 16 bytes in hex."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def record_file(path: str, lexicon: Optional[Lexicon] = None, limits: Optional[Limits] = None) -> Result:
    """Read one file into its record (or the error that says why not), with its size, time and hash."""
    try:
        data, st = _read_bytes(path)
        digest = content_hash(data)
        size, mtime = st.st_size, st.st_mtime_ns
    except OSError:
        size, mtime, digest, data = -1, -1, "", None
    # (the bytes read once; the relations not found: a record keeps the references, not the relations they state)
    got = read_parsed(path, lexicon=lexicon, limits=limits, data=data, relations=False)
    if isinstance(got, CorpusError):
        return (path, size, mtime, digest, got)
    doc, src = got
    return (path, size, mtime, digest, record_of(doc, lexicon, source=src, release=True))  # (the Document goes here)


_BINARY = getattr(os, "O_BINARY", 0)  # (Windows: no line-end translation by the C library's text mode)


def _read_bytes(path: str) -> tuple[bytes, os.stat_result]:
    """The bytes of a file and its stat, from one open file descriptor (its size and time from the open file: no
    second look-up of the path; no buffered file object: a third of the cost of reading a plan of 13 KB)."""
    fd = os.open(path, os.O_RDONLY | _BINARY)
    try:
        st = os.fstat(fd)
        data = os.read(fd, st.st_size + 1)  # (one byte more: a file that grew since, or a short read, is read on)
        if len(data) != st.st_size:
            data += b"".join(iter(partial(os.read, fd, 1 << 20), b""))
        return data, st
    finally:
        os.close(fd)


def _record_chunk(paths: list[str], lexicon=None, limits=None) -> list[Result]:
    """A Dask task: the records of a few files (the lexicon passed along, never made the worker's current one:
    a threaded worker may share its process with the caller)."""
    return [record_file(p, lexicon, limits) for p in paths]


#: the files of one task on a Dask client (a few tasks per worker in flight)
DASK_CHUNK = 32

#: the files a worker process of the pool reads in one go, at most, its results sent back together: the parent pays
#: each chunk ~0.4 ms whatever its size (the pool's threads handing it over, its future, their wake-ups): 4,547
#: generated documents on 2 workers, the parent's CPU 0.97 / 0.98 s by chunks of 8, 0.79 / 0.77 by 32, 0.71 / 0.71
#: by 128 (issue 15: each CPU-second of the parent is taken from the workers on 2 cores)
POOL_CHUNK = 128


def pool_chunk(count: int, workers: int) -> int:
    """The files of a chunk of the pool for ``count`` files over ``workers`` processes: :data:`POOL_CHUNK` at most,
    and eight chunks a worker at least, so that a small corpus's last chunks keep every worker busy to its end.

    >>> pool_chunk(20_000, 2), pool_chunk(400, 2), pool_chunk(3, 2)
    (128, 25, 1)
    """
    return max(1, min(POOL_CHUNK, count // (8 * workers)))


def _crashed(path: str, e: BaseException) -> Result:
    return (path, -1, -1, "", crashed(path, e))


def map_files(
    files: Iterable[Union[str, Path]],
    *,
    workers: Optional[int] = None,
    client=None,
    progress: bool = True,
    lexicon: Optional[Lexicon] = None,
    limits: Optional[Limits] = None,
    chunksize: Optional[int] = None,
) -> Iterator[Result]:
    """:func:`record_file` over ``files``, in order: on the Dask ``client`` when given (tasks of
    ``chunksize`` files, :data:`DASK_CHUNK` by default, a few per worker in flight), else in ``workers``
    processes (default: one per core up to 4 above 200 files; chunks of ``chunksize`` files, by default
    :func:`pool_chunk`), else here."""
    files = [str(p) for p in files]
    lex = lexicon if lexicon is not None else current()
    if client is not None:
        yield from _on_dask(client, files, lex, limits, chunksize or DASK_CHUNK, progress)
        return
    workers = workers_for(len(files), workers)
    fn = with_lexicon(partial(record_file, limits=limits), lex, workers, len(files))
    # no young collections every 2000 results: a record holds no reference cycles, and those collections found
    # nothing to free while taking 5.1 s of the 33 s the parent of a 30k-document sync spent (one at the end)
    yield from pimap(
        fn,
        files,
        workers=workers,
        chunksize=chunksize or pool_chunk(len(files), workers),
        progress=progress,
        lexicon=lex,
        on_crash=_crashed,
        warm=warm,
        collect_every=NO_YOUNG_COLLECTIONS,
    )


def _on_dask(client, files: list[str], lex: Lexicon, limits, chunksize: int, show: bool) -> Iterator[Result]:
    """Chunks of files as Dask tasks, results in order; at most a few chunks per worker in flight,
    so that neither the scheduler nor this process holds the whole corpus at once. A chunk whose
    task fails (its worker killed) gives each of its files a ``WorkerCrash`` error."""
    chunks = [files[i : i + chunksize] for i in range(0, len(files), chunksize)]
    window = 4 * max(1, len(client.scheduler_info().get("workers", {})))
    lexicon = None if lex is Lexicon.default() else lex  # the bundled lexicon is every worker's own
    pending: deque = deque()
    for chunk in progress(chunks, total=len(chunks), label="reading (dask)", enabled=show):
        pending.append((chunk, client.submit(_record_chunk, chunk, lexicon, limits, pure=False)))
        if len(pending) >= window:
            yield from _gathered(*pending.popleft())
    while pending:
        yield from _gathered(*pending.popleft())


def _gathered(chunk: list[str], future) -> list[Result]:
    try:
        return future.result()
    except Exception as e:  # noqa: BLE001 - a killed worker, a lost task: each file says so, none is dropped
        return [_crashed(p, e) for p in chunk]
    finally:
        future.release()
