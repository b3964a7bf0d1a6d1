"""vanban: citations, structure, checks and cascade graphs for Vietnamese party and state documents.

>>> import vanban
>>> [r.code for r in vanban.find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")]
['93-KL/TW']

Heavy parts (PDF/DOCX readers, networkx graphs, pandas frames, plots, spaCy) are
imported on first use, so ``import vanban`` stays fast.
"""

from __future__ import annotations

from .checks import check
from .corpus import Corpus
from .errors import EncodingError, InputTypeError, OCRRequiredError, ReadError, UnsupportedFormatError, VanbanError
from .find import find_references
from .graph import cascade, chain, coverage, lag, lineage
from .model import DOCUMENT, Context, Document, Finding, Header, Recipient, Reference, Relation, Section, Signature, Unparsed
from .read import parse, read
from .relate import find_relations
from .resolve import make_key, parse_key

__version__ = "0.1.0"


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


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'vanban' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "read",
    "parse",
    "check",
    "Corpus",
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
    "Reference",
    "Relation",
    "Finding",
    "Context",
    "DOCUMENT",
    "VanbanError",
    "InputTypeError",
    "ReadError",
    "UnsupportedFormatError",
    "OCRRequiredError",
    "EncodingError",
]
