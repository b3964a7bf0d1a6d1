"""Corpus: many documents read together, with the files that could not be read.

Example::

    >>> corpus = Corpus.from_dir("corpus/")
    >>> len(corpus.documents) > 20, corpus.errors
    (True, [])
    >>> G = corpus.graph()
"""

from __future__ import annotations

import gc
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Union

from .errors import VanbanError
from .model import Document, Finding

__all__ = ["Corpus", "CorpusError", "document_key"]

SUPPORTED = (".txt", ".md", ".markdown", ".pdf", ".docx", ".doc")


@dataclass
class CorpusError:
    """A file the corpus could not read, and why."""

    path: str
    reason: str
    kind: str  # the exception type: ReadError, EncodingError, OCRRequiredError, …


def _read_one(path: str):
    from .read import read

    try:
        return read(path)
    except VanbanError as e:
        return CorpusError(path, str(e), type(e).__name__)


def _parse_named(item: tuple[str, str]) -> Document:
    from .read import parse

    d = parse(item[1])
    d.path = item[0]
    return d


@contextmanager
def _bulk_gc(every: int = 2000):
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


def _map(fn, items: list, workers: int, chunksize: int, progress: bool) -> list:
    """``fn`` over ``items`` in order, in ``workers`` processes when more than one,
    with a progress bar and garbage collected in young batches."""
    out = []
    bar = _bar(len(items), progress)
    with _bulk_gc() as tick:
        if workers > 1:
            with ProcessPoolExecutor(max_workers=workers, initializer=gc.enable) as ex:  # forked with gc off
                results = ex.map(fn, items, chunksize=chunksize)
                for r in results:
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


@dataclass
class Corpus:
    """Documents read together; ``errors`` lists the files that could not be read."""

    documents: list[Document] = field(default_factory=list)
    errors: list[CorpusError] = field(default_factory=list)
    root: Optional[str] = None

    @classmethod
    def from_dir(cls, path: Union[str, Path], *, pattern: str = "*", workers: Optional[int] = None, progress: bool = True) -> Corpus:
        """Every supported file under ``path`` (README/CHANGELOG files aside)."""
        root = Path(path)
        if not root.is_dir():
            raise VanbanError(f"{root}: not a directory")
        files = sorted(
            p for p in root.rglob(pattern)
            if p.is_file() and p.suffix.lower() in SUPPORTED and p.stem.upper() not in ("README", "CHANGELOG", "LICENSE", "NOTES")
        )
        c = cls.from_paths(files, workers=workers, progress=progress)
        c.root = str(root)
        return c

    @classmethod
    def from_paths(cls, paths: Iterable[Union[str, Path]], *, workers: Optional[int] = None, progress: bool = True) -> Corpus:
        """Read files (in parallel when ``workers`` > 1) with a progress bar on a terminal."""
        paths = [str(p) for p in paths]
        workers = workers if workers is not None else (min(os.cpu_count() or 1, 4) if len(paths) > 200 else 1)
        results = _map(_read_one, paths, workers, 16, progress)
        docs = [r for r in results if isinstance(r, Document)]
        errors = [r for r in results if isinstance(r, CorpusError)]
        return cls(docs, errors)

    @classmethod
    def from_texts(cls, texts: Iterable[Union[str, tuple[str, str]]], *, workers: int = 1, progress: bool = False) -> Corpus:
        """Documents parsed from strings (``(name, text)`` pairs give each a path),
        in ``workers`` processes."""
        items = [t if isinstance(t, tuple) else (f"<text {i}>", t) for i, t in enumerate(texts)]
        return cls(_map(_parse_named, items, workers, 64, progress))

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        return iter(self.documents)

    def __repr__(self) -> str:
        return f"<Corpus {len(self.documents)} documents, {len(self.errors)} unreadable>"

    # --- the faces -------------------------------------------------------------------------

    def graph(self, **kw):
        """The cascade graph (see :func:`vanban.graph.build_graph`)."""
        from .graph import build_graph

        return build_graph(self, **kw)

    def findings(self) -> list[Finding]:
        from .checks import check

        return check(self)

    def documents_frame(self):
        from .frames import documents_frame

        return documents_frame(self)

    def references_frame(self):
        from .frames import references_frame

        return references_frame(self)

    def findings_frame(self):
        from .frames import findings_frame

        return findings_frame(self)

    def edges_frame(self, G=None):
        from .frames import edges_frame

        return edges_frame(G if G is not None else self.graph())


class _bar:
    """A rich progress bar on a terminal, nothing otherwise."""

    def __init__(self, total: int, enabled: bool):
        self._p = None
        if enabled and total > 1 and sys.stderr.isatty():
            try:
                from rich.progress import Progress

                self._p = Progress(transient=True)
                self._p.start()
                self._t = self._p.add_task("reading", total=total)
            except ImportError:  # pragma: no cover
                self._p = None

    def advance(self) -> None:
        if self._p is not None:
            self._p.advance(self._t)

    def close(self) -> None:
        if self._p is not None:
            self._p.stop()


def document_key(doc: Document) -> Optional[str]:
    """The identity of a document from its own letterhead, in the form of
    :func:`vanban.resolve.make_key` ("25-KH/TU@Gia Lai#2021"); None without a code."""
    from . import fields, gazetteer, tables
    from .model import Reference
    from .resolve import make_key

    h = doc.header
    if not h.code:
        return None
    cp = fields.parse_code(h.code)
    if cp is None:
        return None
    level = tables.level_of_code(cp.issuer_code)
    locality = None
    if level == "provincial" or (cp.system == "state" and h.province and not h.district):
        locality = h.province
    elif level == "district" or (cp.system == "state" and h.district and not h.commune):
        pl = gazetteer.locate(h.district, "district", h.province) if h.district else None
        locality = pl.label if pl else h.district
    elif level == "grassroots" or (cp.system == "state" and h.commune):
        locality = f"{h.commune}, {h.district}, {h.province}" if h.commune and h.district else h.commune
    r = Reference(0, 0, "", code=h.code, date=h.date, year=h.date.year if h.date else None, locality=locality, issuer=h.issuer)
    return make_key(r, None)
