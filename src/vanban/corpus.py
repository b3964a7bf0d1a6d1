"""Corpus: many documents read together, with the files that could not be read.

A Corpus is a sequence of Documents (``len``, index, iteration); ``errors`` lists
the files that could not be read, each with the reason (whatever went wrong with one
file, the others are read); ``skipped`` lists the files a folder walk left out
(another type, a dangling link; hidden files and Word lock files as ``ignored``).

Example::

    >>> corpus = Corpus.from_dir("corpus/", progress=False)
    >>> len(corpus) > 20, corpus.errors, corpus[0].path.startswith("corpus")
    (True, [], True)
    >>> G = corpus.graph()
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, Union

from .checks import check_corpus
from .cluster import ReadOptions
from .errors import PathError, VanbanDeprecationWarning
from .facts import Lexicon
from .facts.lexicon import current
from .graph.records import Record, record_of
from .model import Document
from .parallel import pimap, pmap, with_lexicon, workers_for
from .read import CorpusError, crashed, parse, read, read_or_error, warm
from .readers import Limits, Skipped, collect
from .references import document_key
from .store import Store

__all__ = ["Corpus", "CorpusError", "document_key"]  # document_key: re-exported for one release (now vanban.references)


def _read_one(path: str, lexicon: Optional[Lexicon] = None, limits: Optional[Limits] = None):
    return read_or_error(path, lexicon=lexicon, limits=limits)


def _parse_named(item: tuple[str, str], lexicon: Optional[Lexicon] = None) -> Document:
    d = parse(item[1], lexicon=lexicon)
    d.path = item[0]
    return d


class Reread(Sequence):
    """The Documents of a corpus read into records: each read again from its file when asked
    (``corpus.documents[3]``, ``for d in corpus.documents``), none held."""

    def __init__(self, items: list, lexicon: Optional[Lexicon] = None, limits: Optional[Limits] = None):
        self.paths = [x.path if isinstance(x, Record) else x for x in items]
        self.lexicon, self.limits = lexicon, limits

    def __len__(self) -> int:
        return len(self.paths)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return read(Path(self.paths[i]), lexicon=self.lexicon, limits=self.limits)

    def __repr__(self) -> str:
        return f"<{len(self)} documents, read from their files on demand>"


class FindingList(list):
    """The findings of a corpus; calling it (the earlier ``corpus.findings()``) gives itself."""

    def __call__(self) -> FindingList:
        warnings.warn("corpus.findings is an attribute now; drop the ()", VanbanDeprecationWarning, stacklevel=2)
        return self


@dataclass
class Corpus:
    """Documents read together; ``errors`` lists the files that could not be read."""

    documents: list[Document] = field(default_factory=list)
    errors: list[CorpusError] = field(default_factory=list)
    root: Optional[str] = None
    lexicon: Optional[Lexicon] = field(default=None, repr=False)
    #: files a folder walk left out, with the reason (``ignored`` ones are not documents anyway)
    skipped: list[Skipped] = field(default_factory=list, repr=False)
    #: the store the corpus was synced into (``from_dir(…, store=…)``): graph, findings and frames come from it
    store: Optional[Store] = field(default=None, repr=False)
    #: the compact records, when the corpus was read into records (a store, a Dask client)
    _records: Optional[list[Record]] = field(default=None, repr=False)

    @classmethod
    def from_dir(
        cls,
        path: Union[str, Path],
        *,
        pattern: str = "*",
        workers: Optional[int] = None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
        limits: Optional[Limits] = None,
        store: Union[str, Path, Store, None] = None,
        client=None,
    ) -> Corpus:
        """Every file vanban reads under ``path`` (see :func:`vanban.readers.collect`:
        links followed once, hidden files, lock files and README/CHANGELOG aside) whose
        name matches ``pattern`` ("*.pdf").
        A missing folder is a :class:`~vanban.errors.PathError`."""
        root = Path(path)
        if not root.is_dir():
            raise PathError(root, "not a folder" if root.exists() else "no such folder", "Corpus.from_paths reads files")
        options = ReadOptions(pattern=pattern, workers=workers, progress=progress, lexicon=lexicon, limits=limits, client=client)
        c = cls.read_with([root], options, store=store)
        c.root = str(root)
        return c

    @classmethod
    def from_paths(
        cls,
        paths: Union[str, Path, Iterable[Union[str, Path]]],
        *,
        pattern: str = "*",
        workers: Optional[int] = None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
        limits: Optional[Limits] = None,
        store: Union[str, Path, Store, None] = None,
        client=None,
    ) -> Corpus:
        """Read files and folders (a string is one path: ``Corpus.from_paths("corpus")``
        reads the folder), in parallel when ``workers`` > 1, with a progress bar when
        someone watches. A path that does not exist is an entry of ``errors``; so is every
        file that cannot be read, with the reason; the others are read.

        With ``store`` (a path, or a :class:`~vanban.store.Store`), the files are synced into
        the store (only new and changed files are parsed) and the corpus reads from it: its
        graph, findings and frames come from the stored records, and ``corpus.documents``
        re-reads a Document from its file when asked. With a ``dask.distributed`` ``client``,
        the files are parsed on the cluster, whose workers send records back. Either way the
        graph, the findings and the frames are those of the Documents.

        >>> c = Corpus.from_paths(["corpus/tw-ketluan-93-kltw-2020-11-20.txt", "/no/such/plan.txt"], progress=False)
        >>> len(c), [(e.kind, e.reason) for e in c.errors]
        (1, [('PathError', '/no/such/plan.txt: no such file or folder')])
        """
        options = ReadOptions(pattern=pattern, workers=workers, progress=progress, lexicon=lexicon, limits=limits, client=client)
        return cls.read_with(paths, options, store=store)

    @classmethod
    def read_with(
        cls,
        paths: Union[str, Path, Iterable[Union[str, Path]]],
        options: ReadOptions,
        store: Union[str, Path, Store, None] = None,
    ) -> Corpus:
        """:meth:`from_paths` with its options as one value (:class:`vanban.cluster.ReadOptions`)."""
        o = options.resolved()
        if store is not None:
            return cls._synced(paths, store, o)
        found = collect(paths, pattern=o.pattern)
        errors = [CorpusError(m, str(PathError(m)), "PathError") for m in found.missing]
        if o.client is not None:
            records: list[Record] = []
            for _p, _s, _m, _h, r in o.map(found.files):
                (records if isinstance(r, Record) else errors).append(r)
            return cls(Reread(records, o.lexicon, o.limits), errors, lexicon=o.lexicon, skipped=found.skipped, _records=records)
        docs: list[Document] = []
        for r in cls._stream(found.files, o):
            (docs if isinstance(r, Document) else errors).append(r)
        return cls(docs, errors, lexicon=o.lexicon, skipped=found.skipped)

    @classmethod
    def from_store(
        cls,
        paths: Union[str, Path, Iterable[Union[str, Path]]],
        store: Union[str, Path, Store],
        *,
        pattern: str = "*",
        workers: Optional[int] = None,
        client=None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
        limits: Optional[Limits] = None,
    ) -> Corpus:
        """``paths`` synced into ``store`` (see :meth:`vanban.store.Store.sync`), as a Corpus read from it."""
        options = ReadOptions(pattern=pattern, workers=workers, progress=progress, lexicon=lexicon, limits=limits, client=client)
        return cls._synced(paths, store, options.resolved())

    @classmethod
    def _synced(cls, paths, store: Union[str, Path, Store], options: ReadOptions) -> Corpus:
        """``paths`` synced into ``store`` with ``options`` (their lexicon resolved), as a Corpus read from it."""
        st = store if isinstance(store, Store) else Store(store)
        report = st.sync_with(paths, options)
        lex = options.lexicon
        c = cls(Reread(st.paths(), lex, options.limits), report.errors, lexicon=lex, skipped=report.skipped, store=st)
        c.sync_report = report
        return c

    @property
    def records(self) -> list[Record]:
        """The compact record of each document (:class:`vanban.graph.Record`): the store's, the
        cluster's, or made from the Documents read."""
        if self._records is None:
            self._records = (
                self.store.records() if self.store is not None else [record_of(d, self.lexicon) for d in self.documents]
            )
        return self._records

    def held(self) -> list:
        """The records when the corpus was read into records (a Dask client, a store), else the Documents."""
        if self.store is not None:
            return self.records
        return self._records if self._records is not None else self.documents

    @staticmethod
    def stream(
        files: list[Union[str, Path]],
        *,
        workers: Optional[int] = None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
        limits: Optional[Limits] = None,
    ) -> Iterator[Union[Document, CorpusError]]:
        """Each file's Document (or CorpusError), in order, as soon as it is read: what the
        command line prints as it goes, so that an interrupted run keeps what it had."""
        options = ReadOptions(workers=workers, progress=progress, lexicon=lexicon, limits=limits)
        yield from Corpus._stream(files, options.resolved())

    @staticmethod
    def _stream(files: list[Union[str, Path]], o: ReadOptions) -> Iterator[Union[Document, CorpusError]]:
        """:meth:`stream` with its options as one value (their lexicon resolved)."""
        files = [str(p) for p in files]
        workers = workers_for(len(files), o.workers)
        fn = with_lexicon(partial(_read_one, limits=o.limits), o.lexicon, workers, len(files))
        yield from pimap(
            fn, files, workers=workers, chunksize=16, progress=o.progress, lexicon=o.lexicon, on_crash=crashed, warm=warm
        )

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[Union[str, tuple[str, str]]],
        *,
        workers: int = 1,
        progress: bool = False,
        lexicon: Optional[Lexicon] = None,
    ) -> Corpus:
        """Documents parsed from strings (``(name, text)`` pairs give each a path),
        in ``workers`` processes."""
        items = [t if isinstance(t, tuple) else (f"<text {i}>", t) for i, t in enumerate(texts)]
        lex = lexicon if lexicon is not None else current()
        fn = with_lexicon(_parse_named, lex, workers, len(items))
        docs = pmap(fn, items, workers=workers, chunksize=64, progress=progress, lexicon=lex, warm=warm)
        return cls(docs, lexicon=lex)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self):
        return iter(self.documents)

    def __getitem__(self, i):
        return self.documents[i]

    def __repr__(self) -> str:
        return f"<Corpus {len(self.documents)} documents, {len(self.errors)} unreadable>"

    # --- the faces -------------------------------------------------------------------------

    @property
    def findings(self) -> FindingList:
        """Every document's findings, then those of the rules that need several documents."""
        if self.store is not None:
            return FindingList(self.store.findings())
        docs = self._records if self._records is not None else self.documents
        out = FindingList(f for d in docs for f in d.findings)
        out.extend(check_corpus(docs, lex=self.lexicon))
        return out

    def graph(self, **kw):
        """The cascade graph (see :func:`vanban.graph.build_graph`)."""
        from .graph import build_graph

        if self.store is not None:
            kw.pop("lexicon", None)
            return self.store.graph(**kw)
        kw.setdefault("lexicon", self.lexicon)
        return build_graph(self._records if self._records is not None else self.documents, **kw)

    def documents_frame(self):
        if self.store is not None:
            return self.store.documents_frame()
        from .frames import documents_frame

        return documents_frame(self)

    def references_frame(self):
        if self.store is not None:
            return self.store.references_frame()
        from .frames import references_frame

        return references_frame(self)

    def findings_frame(self):
        if self.store is not None:
            return self.store.findings_frame()
        from .frames import findings_frame

        return findings_frame(self)

    def edges_frame(self, G=None):
        if self.store is not None and G is None:
            return self.store.edges_frame()
        from .frames import edges_frame

        return edges_frame(G if G is not None else self.graph())
