"""Corpus: many documents read together, with the files that could not be read.

A Corpus is a sequence of Documents (``len``, index, iteration); ``errors`` lists
the files that could not be read, each with the reason.

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
from typing import Iterable, Optional, Union

from .checks import check_corpus
from .errors import VanbanDeprecationWarning, VanbanError
from .facts import Lexicon
from .facts.lexicon import current
from .model import Document
from .parallel import pmap
from .read import parse, read
from .readers import SUFFIXES
from .readers.base import is_note_file
from .references import document_key

__all__ = ["Corpus", "CorpusError", "document_key"]  # document_key: re-exported for one release (now vanban.references)


@dataclass
class CorpusError:
    """A file the corpus could not read, and why."""

    path: str
    reason: str
    kind: str  # the exception type: ReadError, EncodingError, OCRRequiredError, …


def _read_one(path: str, lexicon: Optional[Lexicon] = None):
    try:
        return read(path, lexicon=lexicon)
    except VanbanError as e:
        return CorpusError(path, str(e), type(e).__name__)


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

    @classmethod
    def from_dir(
        cls,
        path: Union[str, Path],
        *,
        pattern: str = "*",
        workers: Optional[int] = None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
    ) -> Corpus:
        """Every supported file under ``path`` (README/CHANGELOG files aside)."""
        root = Path(path)
        if not root.is_dir():
            raise VanbanError(f"{root}: not a directory")
        files = sorted(p for p in root.rglob(pattern) if p.is_file() and p.suffix.lower() in SUFFIXES and not is_note_file(p))
        c = cls.from_paths(files, workers=workers, progress=progress, lexicon=lexicon)
        c.root = str(root)
        return c

    @classmethod
    def from_paths(
        cls,
        paths: Iterable[Union[str, Path]],
        *,
        workers: Optional[int] = None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
    ) -> Corpus:
        """Read files (in parallel when ``workers`` > 1) with a progress bar on a terminal."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        paths = [str(p) for p in paths]
        lex = lexicon if lexicon is not None else current()
        workers = workers if workers is not None else (min(os.cpu_count() or 1, 4) if len(paths) > 200 else 1)
        results = pmap(_fn(_read_one, workers, lex), paths, workers=workers, chunksize=16, progress=progress, lexicon=lex)
        docs = [r for r in results if isinstance(r, Document)]
        errors = [r for r in results if isinstance(r, CorpusError)]
        return cls(docs, errors, lexicon=lex)

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
        docs = pmap(_fn(_parse_named, workers, lex), items, workers=workers, chunksize=64, progress=progress, lexicon=lex)
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
