"""The colours the faces share: one per relation, for the Jupyter view of a Document
(:mod:`vanban.display`) and displaCy (:mod:`vanban.spacy_component`), which sit on one
layer and may not import each other.

>>> RELATION_COLORS["implements"]
'#fde0c5'
"""

from __future__ import annotations

from types import MappingProxyType

__all__ = ["RELATION_COLORS"]

#: background colour of a reference, by its relation (every name of ``model.RELATIONS``); read-only
RELATION_COLORS = MappingProxyType(
    {
        "implements": "#fde0c5",
        "continues": "#fcc5c0",
        "basis": "#d0e1f2",
        "reviews": "#e5d8ef",
        "amends": "#fff2ae",
        "replaces": "#f4cae4",
        "cites": "#e8e8e8",
        "self": "#d9f0d3",
    }
)
