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

import os
import warnings
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .checks import check_corpus
from .errors import PathError, VanbanDeprecationWarning, VanbanError
from .facts import Lexicon
from .facts.lexicon import current
from .model import Document
from .parallel import pimap, pmap
from .read import parse, read, warm
from .readers import Limits, Skipped, collect
from .references import document_key

__all__ = ["Corpus", "CorpusError", "document_key"]  # document_key: re-exported for one release (now vanban.references)


@dataclass
class CorpusError:
    """A file the corpus could not read, and why."""

    path: str
    reason: str
    kind: str  # the exception type: ReadError, EncodingError, OCRRequiredError, …


def _read_one(path: str, lexicon: Optional[Lexicon] = None, limits: Optional[Limits] = None):
    """A Document, or the CorpusError that says why not: whatever goes wrong with one
    file (a permission, ``numbering.xml`` with ``w:start="một"``, a bug) stays with it."""
    try:
        return read(Path(path), lexicon=lexicon, limits=limits)
    except VanbanError as e:
        return CorpusError(path, str(e), type(e).__name__)
    except Exception as e:  # noqa: BLE001 - one bad file never sinks a run
        return CorpusError(
            path, f"{path}: unexpected {type(e).__name__}: {e} (a bug in vanban: please report it)", type(e).__name__
        )


def _crashed(path: str, e: BaseException) -> CorpusError:
    return CorpusError(path, f"{path}: the process reading it died ({e}); out of memory?", "WorkerCrash")


def _parse_named(item: tuple[str, str], lexicon: Optional[Lexicon] = None) -> Document:
    d = parse(item[1], lexicon=lexicon)
    d.path = item[0]
    return d


def _fn(fn, workers: int, lex: Lexicon):
    """``fn`` with the lexicon bound in this process; workers get it from their initializer."""
    return fn if workers > 1 else partial(fn, lexicon=lex)


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
    ) -> Corpus:
        """Every file vanban reads under ``path`` (see :func:`vanban.readers.collect`:
        links followed once, hidden files, lock files and README/CHANGELOG aside) whose
        name matches ``pattern`` ("*.pdf").
        A missing folder is a :class:`~vanban.errors.PathError`."""
        root = Path(path)
        if not root.is_dir():
            raise PathError(root, "not a folder" if root.exists() else "no such folder", "Corpus.from_paths reads files")
        c = cls.from_paths([root], pattern=pattern, workers=workers, progress=progress, lexicon=lexicon, limits=limits)
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
    ) -> Corpus:
        """Read files and folders (a string is one path: ``Corpus.from_paths("corpus")``
        reads the folder), in parallel when ``workers`` > 1, with a progress bar when
        someone watches. A path that does not exist is an entry of ``errors``; so is every
        file that cannot be read, with the reason; the others are read.

        >>> c = Corpus.from_paths(["corpus/tw-ketluan-93-kltw-2020-11-20.txt", "/no/such/plan.txt"], progress=False)
        >>> len(c), [(e.kind, e.reason) for e in c.errors]
        (1, [('PathError', '/no/such/plan.txt: no such file or folder')])
        """
        found = collect(paths, pattern=pattern)
        lex = lexicon if lexicon is not None else current()
        errors = [CorpusError(m, str(PathError(m)), "PathError") for m in found.missing]
        docs: list[Document] = []
        for r in cls.stream(found.files, workers=workers, progress=progress, lexicon=lex, limits=limits):
            (docs if isinstance(r, Document) else errors).append(r)
        return cls(docs, errors, lexicon=lex, skipped=found.skipped)

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
        files = [str(p) for p in files]
        lex = lexicon if lexicon is not None else current()
        workers = workers if workers is not None else (min(os.cpu_count() or 1, 4) if len(files) > 200 else 1)
        fn = partial(_read_one, limits=limits)
        fn = fn if workers > 1 else partial(fn, lexicon=lex)  # workers get the lexicon from their initializer
        yield from pimap(fn, files, workers=workers, chunksize=16, progress=progress, lexicon=lex, on_crash=_crashed, warm=warm)

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
        docs = pmap(
            _fn(_parse_named, workers, lex), items, workers=workers, chunksize=64, progress=progress, lexicon=lex, warm=warm
        )
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
        out = FindingList(f for d in self.documents for f in d.findings)
        out.extend(check_corpus(self.documents, lex=self.lexicon))
        return out

    def graph(self, **kw):
        """The cascade graph (see :func:`vanban.graph.build_graph`)."""
        from .graph import build_graph

        kw.setdefault("lexicon", self.lexicon)
        return build_graph(self.documents, **kw)

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
