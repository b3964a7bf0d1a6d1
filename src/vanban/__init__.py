"""vanban: citations, structure, checks and cascade graphs for Vietnamese party and state documents.

>>> import vanban
>>> [r.code for r in vanban.find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")]
['93-KL/TW']

The package is layered (``ARCHITECTURE.md``): ``model``/``text`` at the bottom, then
``facts``, ``grammar``, ``readers``/``structure``, ``references``, ``checks``,
``read``, ``corpus``/``graph``, and the faces on top. Heavy parts (PDF/DOCX readers,
networkx graphs, pandas frames, plots, spaCy) are imported on first use, so
``import vanban`` stays fast.
"""

from __future__ import annotations

from . import _compat
from ._version import __version__
from .corpus import Corpus
from .errors import (
    EncodingError,
    InputTypeError,
    LimitError,
    OCRRequiredError,
    PathError,
    ReadError,
    RegistryError,
    UnsupportedFormatError,
    VanbanDeprecationWarning,
    VanbanError,
    VanbanFutureWarning,
)
from .facts import Lexicon
from .graph import cascade, chain, coverage, lag, lineage
from .model import (
    DOCUMENT,
    Context,
    Document,
    Finding,
    Fix,
    Header,
    Key,
    Recipient,
    Reference,
    Relation,
    Section,
    Signature,
    Unparsed,
)
from .read import check, parse, read
from .references import find_references, find_relations, make_key, parse_key
from .store import Store

_compat.install()


def nlp(pyvi: bool = True):
    """A blank Vietnamese spaCy pipeline with the ``vanban_references`` component."""
    from .spacy_component import nlp as _nlp

    return _nlp(pyvi)


#: names served from heavier modules on first use (matplotlib, pyvi stay unimported until then)
_LAZY = {
    "plot_cascade": "viz",
    "write_html": "viz",
    "similar_titles": "similar",
    "keywords": "similar",
}
#: modules reachable as attributes after ``import vanban`` (``vanban.export.write_gexf``), imported on first use
_LAZY_MODULES = ("export", "viz", "report", "frames", "similar", "display", "spacy_component", "cli")


def __getattr__(name: str):
    import importlib

    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if name in _LAZY_MODULES or f"vanban.{name}" in _compat.MOVED:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_LAZY_MODULES))


__all__ = [
    "__version__",
    "read",
    "parse",
    "check",
    "Corpus",
    "Store",
    "lineage",
    "cascade",
    "coverage",
    "lag",
    "chain",
    "Document",
    "Header",
    "Section",
    "Signature",
    "Recipient",
    "Unparsed",
    "find_references",
    "find_relations",
    "nlp",
    "plot_cascade",
    "write_html",
    "similar_titles",
    "keywords",
    "make_key",
    "parse_key",
    "Key",
    "Lexicon",
    "Reference",
    "Relation",
    "Finding",
    "Fix",
    "Context",
    "DOCUMENT",
    "VanbanError",
    "InputTypeError",
    "ReadError",
    "UnsupportedFormatError",
    "OCRRequiredError",
    "EncodingError",
    "LimitError",
    "PathError",
    "RegistryError",
    "VanbanDeprecationWarning",
    "VanbanFutureWarning",
]
