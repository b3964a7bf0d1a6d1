"""L7: the cascade graph — who implements what, and the queries analysts ask of it.

:func:`build_graph` (in :mod:`.build`) makes a ``networkx.MultiDiGraph`` of document
identities, citing -> cited; the queries (in :mod:`.queries`) take ``G`` first:
:func:`lineage`, :func:`chain`, :func:`cascade`, :func:`coverage`, :func:`lag`, all on one view of
the graph: the edges that are steps of a cascade (:mod:`.steps`). The graph keeps dates,
lists and dicts as attributes; ``nx.write_graphml(portable(G), path)`` (or ``nx.write_gexf``)
writes it with networkx's own writers, tagged as :mod:`.encoding` says (``vanban.export`` writes
the same and reads it back).

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> lineage(G, "45-KH/HU@Phú Thiện, Gia Lai#2021")
    [['45-KH/HU@Phú Thiện, Gia Lai#2021', '25-KH/TU@Gia Lai#2021', '93-KL/TW#XII', '42-CT/TW#X']]
"""

from .build import REPAIRABLE, Batches, build_graph, node_attrs
from .encoding import decode, encode, portable
from .queries import (
    CASCADE_RELATIONS,
    LEVELS,
    STEP_RELATIONS,
    AmbiguousNodeError,
    Cascaded,
    Coverage,
    Lag,
    cascade,
    cascade_view,
    chain,
    coverage,
    lag,
    lineage,
    node_for,
)
from .records import Record, deadline_of, record_of
from .steps import is_congress, mark_steps

__all__ = [
    "build_graph",
    "Batches",
    "Record",
    "record_of",
    "node_attrs",
    "portable",
    "encode",
    "decode",
    "REPAIRABLE",
    "lineage",
    "cascade",
    "coverage",
    "lag",
    "chain",
    "node_for",
    "cascade_view",
    "CASCADE_RELATIONS",
    "STEP_RELATIONS",
    "mark_steps",
    "is_congress",
    "deadline_of",
    "LEVELS",
    "Coverage",
    "Lag",
    "Cascaded",
    "AmbiguousNodeError",
]
