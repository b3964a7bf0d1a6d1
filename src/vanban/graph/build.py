"""Building the cascade graph of a set of documents.

One node per document, never per code: Gia Lai's and Yên Bái's ``25-KH/TU`` are
two nodes, and so are the 2010 and the 2015 ``42-CT/TW``. A node is named by the
document's key (:class:`~vanban.model.Key`) when every part of it is known; files
are merged into one node only when the evidence says they are one document: the
same complete key, or the same content (a PDF and a DOCX of one plan). A key with
an unknown part ("09-KH/ĐU@?#2021": a commune plan whose province the letterhead
does not give) never merges two files, nor two citations from different files:
such a node is named by the key and the file (``09-KH/ĐU@?#2021 [path]``), and
its ``key`` attribute keeps the key.

Edges go from the citing to the cited document, keyed by relation, with the
evidence of each citation (file, span, text, sentence, and ``where`` it stands:
``title``, ``opening`` (the preamble), ``body``, or ``subject`` when the edge comes
from a citer's description of the cited document: "Kế hoạch số 25-KH/TU … về thực
hiện Kết luận số 93-KL/TW"). :mod:`.steps` then marks which edges are steps of a
cascade. :func:`node_attrs` owns the node schema.

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> a = G.nodes["25-KH/TU@Gia Lai#2021"]
    >>> a["level"], a["province"], a["deadline"]   # "hoàn thành trước ngày 30/6/2021" in its section III
    ('provincial', 'Gia Lai', datetime.date(2021, 6, 30))
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, NamedTuple, Optional, Union

from ..checks import CorpusChecker
from ..facts import Lexicon, Memo, gazetteer
from ..facts.lexicon import current
from ..grammar import parse_code
from ..model import Document, Finding, Key, Reference
from ..parallel import NO_YOUNG_COLLECTIONS, bulk_gc
from ..references import document_key, make_key, relation_of_cue
from ..references.keys import complete
from ..text import fold_key
from .compact import maker
from .records import Record, deadline_of, fingerprint, record_of
from .steps import CASCADE_RELATIONS, mark_steps

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["build_graph", "Batches", "node_attrs", "REPAIRABLE", "deadline_of"]

#: the attributes an edge of the build may have, in the order they come (:func:`.compact.small_dict`'s layout)
EDGE_KEYS = ("relation", "evidence", "inferred", "repaired", "cascade", "excluded")

#: the keys of a piece of an edge's evidence, in the order they come (:meth:`_Builder.evidence`), without a repair and with
#: one; the two makers of their :func:`.compact.small_dict`
EVIDENCE_KEYS = ("path", "start", "end", "text", "sentence", "where", "relation")
REPAIRED_KEYS = ("path", "start", "end", "text", "sentence", "where", "repaired", "relation")
_NEW_EVIDENCE, _NEW_REPAIRED = maker(EVIDENCE_KEYS), maker(REPAIRED_KEYS)
_NEW_EDGE = maker(EDGE_KEYS)

#: the parsed keys the build keeps at most (:meth:`_Builder.fresh_keys`; every key asked whether complete, a stub's, a
#: candidate's): past it a key is parsed at each ask, as before the memo
_KEYS_KEPT = 1 << 22

#: the rules whose fix says which document a citation means
REPAIRABLE = ("type-code-mismatch", "issuer-code-mismatch", "date-conflict", "malformed-code")

#: the attributes every node has (DESIGN.md), in order
NODE_ATTRS = (
    "key",
    "code",
    "doc_type",
    "number",
    "issuer",
    "issuer_code",
    "level",
    "date",
    "term",
    "title",
    "province",
    "district",
    "commune",
    "in_corpus",
    "path",
    "inferred",
    "conflicts",
)


def node_attrs(key: str, **values) -> dict:
    """The attributes of a node: every name of :data:`NODE_ATTRS` (None when not given), then the extras."""
    out = {name: None for name in NODE_ATTRS}
    out.update(key=key, in_corpus=False, inferred=[], conflicts={})
    out.update(values)
    return out


#: the keys of a node as the build makes them, in order: a document's (:meth:`_Builder.doc_attrs`), a stub's
#: (:meth:`_Builder.add_stubs`), a stub the registry completed (:meth:`_Builder.from_registry`,
#: :meth:`_Builder.registry_node`); the store types the nodes of these (``graph_node_rows``), keeps any other whole
NODE_LAYOUTS = ((*NODE_ATTRS, "verified", "deadline"), NODE_ATTRS, (*NODE_ATTRS, "registry"))


@dataclass
class Batches:
    """Records to build a graph from a batch at a time, so that no full set of them is in memory at once (a
    large store: :meth:`vanban.store.Store.build_graph`).

    ``heads``: every record, in order, hollow (:meth:`~.records.Record.hollow`: letterheads, no references), what
    the identities, the nodes and the first pass of the corpus rules read; ``fill(heads)``: the same objects, a
    batch at a time, each with its references, findings and what runs along them (the build hollows each again
    once its citations are in); ``cited``: the key of every reference that is not its document's own
    (``relation`` not ``self``). The build lets go of the three once the citations are in (``heads`` empty,
    ``fill`` None). ``found``, when given, is called with each record (its references at hand) and the findings of
    :func:`~vanban.checks.check_corpus` over the records that are its (rule after rule): the caller keeps them as
    they come (check_corpus gives them rule after rule, each in document order), not the build (at 100k generated
    documents 75k date conflicts, each holding its reference and through it others of its document)."""

    heads: list[Record]
    fill: Optional[Callable[[list[Record]], Iterable[list[Record]]]]
    cited: set
    found: Optional[Callable[[Record, list[Finding]], None]] = None


def build_graph(
    documents: Union[Iterable[Union[Document, Record]], Batches],
    *,
    registry: bool = True,
    guess_terms: bool = True,
    repair: bool = True,
    lexicon: Optional[Lexicon] = None,
    corpus_findings: Optional[list[Finding]] = None,
    release: bool = False,
) -> nx.MultiDiGraph:
    """The cascade graph of ``documents`` (a Corpus, Documents, or their records (:class:`~.records.Record`):
    one graph either way; a store's records build the graph of the documents they were made of).

    Stubs (documents only cited) take their attributes from the citations; when
    citations disagree the most common value wins and the others are kept in the
    node's ``conflicts``. A citation whose term or year the text does not give
    (``42-CT/TW#?``) is linked to the one known document with that code (and
    locality) when there is exactly one (edge attribute ``inferred=True``), else
    kept apart. With ``repair``, a citation the checks correct with certainty
    ("Kết luận số 93-NQ/TW" -> 93-KL/TW; "Kế hoạch số 25-KH/TU, ngày 19/4/2020" when
    Gia Lai's 25-KH/TU is dated 19/4/2021 in its own letterhead) points to the
    corrected document when that document is otherwise known; its evidence keeps
    ``repaired`` = {"rule", "written", "text"}, the edge ``repaired`` = the rule ids,
    and the finding stays. Every edge has ``cascade`` (a step of a cascade, see
    :mod:`.steps`).

    ``corpus_findings``: the findings of :func:`~vanban.checks.check_corpus` over ``documents`` when the
    caller has made them (a store keeps them too); the repairs read their date conflicts instead of
    making them again.

    ``release``: the records are the caller's to let go: each one's references, findings and what runs along
    them are dropped as soon as its citations are in the graph (which keeps what it reads of them); the records
    stay, hollow. The graph is the same.

    ``documents`` may be :class:`Batches` (records a batch at a time; the build makes the corpus findings and
    gives them to its ``found``): the same graph as of the records all at once.
    """
    lex = lexicon if lexicon is not None else current()
    # the collector off, and no scan at the end: the graph is millions of objects that live on, with no reference
    # cycles (a collection of the young at the end scanned all of them for 32 unreachable objects at 20k generated
    # documents, 0.1 CPU-s; :func:`~vanban.parallel.aged`)
    with bulk_gc(every=NO_YOUNG_COLLECTIONS):
        if isinstance(documents, Batches):
            builder = _Builder(documents.heads, lex)
            builder.batches = documents
            builder.release = True
            return builder.build(registry=registry, guess_terms=guess_terms, repair=repair)
        docs = list(documents)
        records = [d if isinstance(d, Record) else record_of(d, lex, with_fingerprint=False) for d in docs]
        builder = _Builder(records, lex, docs)
        builder.corpus_found, builder.release = corpus_findings, release
        del docs, records
        return builder.build(registry=registry, guess_terms=guess_terms, repair=repair)


def _level(lex: Lexicon, issuer_code: Optional[str], issuer: Optional[str], fallback: Optional[str] = None) -> Optional[str]:
    if issuer_code:
        return lex.level_of_code(issuer_code)
    return lex.level_of_issuer(issuer) or fallback


def _doc_id(doc: Record) -> str:
    """A key for a document whose letterhead gives no code (the seed): its type,
    issuer and date, which the citations of it may later replace."""
    h = doc.header
    parts = [h.doc_type or "?", h.issuer or "?", h.date.isoformat() if h.date else "?"]
    return "doc:" + "|".join(parts)


def _most(counted: Iterable[tuple[object, int]]) -> tuple[object, dict]:
    """The most common value of ``counted`` ((value, how many times) each; the first of equal counts, as
    ``Counter.most_common``) and, when they differ, how many times each was said; None is no value."""
    c: dict = {}
    for v, n in counted:
        if v is not None:
            c[v] = c.get(v, 0) + n
    if not c:
        return None, {}
    return max(c, key=c.__getitem__), ({str(k): n for k, n in c.items()} if len(c) > 1 else {})


def _tally(refs: list) -> list[tuple[Any, int]]:
    """The distinct objects of ``refs`` in the order first met, each with how many times it is there (the builder
    gives equal :class:`_Cited` one object: a stub's citations are mostly one tuple said by many files)."""
    seen: dict[int, list] = {}
    for r in refs:
        at = seen.get(id(r))
        if at is None:
            seen[id(r)] = [r, 1]
        else:
            at[1] += 1
    return [(r, n) for r, n in seen.values()]


def _verified(h) -> Optional[bool]:
    """Whether the gazetteer (of the map of the document's date) knows the place the letterhead names."""
    if h.commune:
        return bool(gazetteer.commune(h.commune, h.district, h.province, h.date))
    if h.district:
        return bool(gazetteer.district(h.district, h.province))
    if h.province:
        return gazetteer.province(h.province, h.date) is not None
    return None


def _place_attrs(level: Optional[str], places: list[str]) -> dict:
    """province/district/commune of a stub from the places of its key ("Ia Sol, Phú Thiện, Gia Lai")."""
    out: dict = {}
    if not places:
        return out
    out["province"] = gazetteer.province(places[-1]) or places[-1]
    if level == "grassroots" or len(places) == 3:
        out["commune"] = places[0]
        out["district"] = places[1] if len(places) == 3 else None
    elif len(places) >= 2:
        out["district"] = places[-2]
    return out


def _folded(places: list[str]) -> tuple[str, ...]:
    """The places of a key (:attr:`Key.places <vanban.model.Key.places>`) folded for comparison (an unknown one stays
    ``?``)."""
    return tuple(p if p == "?" else fold_key(p) for p in places)


def _fits(k: Key, kp: tuple[str, ...], c: Key, cp: tuple[str, ...]) -> bool:
    """An incomplete key ``k`` ("45-KH/HU@Châu Thành, ?#2021") of the code and period of the complete ``c``
    could name it: their localities agree (the places folded once, ``kp``, ``cp``: :func:`_folded`)."""
    if k.locality in (None, "?") or c.locality is None:
        return k.locality == c.locality or k.locality == "?"
    return len(kp) == len(cp) and all(a == "?" or a == b for a, b in zip(kp, cp))


class _Candidates:
    """The complete nodes an incomplete key could name (:func:`_fits`), indexed by code, place
    (the province, or ``*`` for any) and period: a key is compared only with the nodes of its code,
    place and period (of every period when its own is ``?``), not with every node of its code (that
    was quadratic: 3 million comparisons, 8 s, at 100k generated documents)."""

    def __init__(self, nodes: Iterable[str], keys: Memo):
        self.index: dict[tuple, dict[Optional[str], list[tuple[str, Key, tuple]]]] = defaultdict(lambda: defaultdict(list))
        # by code and all places, for a key whose places are all known: :func:`_fits` is then their equality
        self.exact: dict[tuple, dict[Optional[str], list[str]]] = defaultdict(lambda: defaultdict(list))
        for n in nodes:
            k = keys[n]
            places = k.places  # (split and stripped at each reading: read once, 100k complete nodes at 100k documents)
            entry = (n, k, _folded(places))
            self.index[(k.code, fold_key(places[-1]) if places else None)][k.period].append(entry)
            self.index[(k.code, "*")][k.period].append(entry)
            if k.locality is not None:
                self.exact[(k.code, entry[2])][k.period].append(n)

    def of(self, k: Key) -> set[str]:
        places = k.places
        kp = _folded(places)
        if k.locality not in (None, "?") and "?" not in kp:  # (the nodes of its code and places)
            periods = self.exact.get((k.code, kp), {})
            return {c for g in (periods.values() if k.period == "?" else [periods.get(k.period, ())]) for c in g}
        where = fold_key(places[-1]) if places and places[-1] != "?" else ("*" if k.locality else None)
        periods = self.index.get((k.code, where), {})
        groups = periods.values() if k.period == "?" else [periods.get(k.period, ())]
        return {c for g in groups for c, ck, cp in g if _fits(k, kp, ck, cp)}


class _Complete(dict):
    """:func:`~vanban.references.keys.complete` of each key asked, once per build: the builder asks it of the same
    keys again and again (1.8 million calls for 100k generated documents, 9 s). Of the key parsed by ``keys`` (the
    builder's one memo of parsed keys, :meth:`_Builder.fresh_keys`), whose parts the stubs and the linking read
    later: each key parsed once, not once for this and again for its parts (24k of the 47k parses at 20k
    generated documents were this one's)."""

    __slots__ = ("keys",)

    def __init__(self, keys: Memo):
        super().__init__()
        self.keys = keys

    def __missing__(self, key: Optional[str]) -> bool:
        self[key] = value = complete(self.keys[key]) if key else False
        return value


class _Cited(NamedTuple):
    """What a stub's attributes are made of, of one reference naming it (:meth:`_Builder.add_stubs`): kept
    instead of the reference, which would keep its document's references alive after the builder has let them
    go (``release``: at 10k generated documents the references kept for the stubs were 26 MB, 2.7 KB per
    document, more than the evidence of the whole graph)."""

    code: Optional[str]
    doc_type: Optional[str]
    issuer: Optional[str]
    date: Optional[_dt.date]
    term: Optional[str]
    subject: Optional[str]
    code_parts: Any
    number: Optional[str]
    issuer_code: Optional[str]


def _cited(r: Reference) -> _Cited:
    return _Cited(r.code, r.doc_type, r.issuer, r.date, r.term, r.subject, r.code_parts, r.number, r.issuer_code)


class _Repairs:
    """The citations the checks correct (:meth:`of`: id(reference) -> (corrected key, rule) for one document's),
    when the corrected key names a document the corpus otherwise knows (its own, or cited correctly elsewhere);
    then a year that contradicts the cited document's letterhead. Made of what every document gives (its key,
    the keys its references cite, the nodes' dates), then asked one document at a time: each document's
    repairs read only its references, findings and date conflicts."""

    def __init__(self, b: _Builder):
        self.b, self.lex, self.complete = b, b.lex, b.complete
        self.own = own = {k for k in b.own_key.values() if b.complete[k]}
        if b.batches is not None:
            cited = b.batches.cited  # (the build lets it go once the citations are in)
        else:
            cited = {r.key for d in b.docs for r in d.references if r.relation != "self"}
        self.known = known = own | {k for k in cited if self.complete[k]}
        self.by_prefix: dict[str, list[str]] = defaultdict(list)
        for x in known:
            self.by_prefix[Key.undated(x)].append(x)
        self.dated: dict[str, list[tuple[str, _dt.date]]] = defaultdict(list)
        self.when_of: dict[str, _dt.date] = {}
        for n, a in b.G.nodes(data=True):
            if n in own and isinstance(a.get("date"), _dt.date):
                self.dated[Key.undated(n)].append((n, a["date"]))
                self.when_of[n] = a["date"]

    def of(self, d: Record, conflicts: list[Finding]) -> dict[int, tuple[str, str]]:
        """The repairs of the citations of ``d`` (``conflicts``: the date conflicts of its references)."""
        out: dict[int, tuple[str, str]] = {}
        for f in [*d.findings, *conflicts]:
            r = f.reference
            if f.rule not in REPAIRABLE or r is None or f.fix is None or id(r) in out:
                continue
            k = self.fixed_key(r, f.fix, d)
            if k and k.endswith("#?"):  # undated: the one known document with that code (and place)
                same = [x for x in self.by_prefix.get(Key.undated(k), []) if self.complete[x]]
                k = same[0] if len(same) == 1 else k
            if k and k != r.key and k in self.known:
                out[id(r)] = (k, f.rule)
        self.year_repairs(d, out)
        self.undated_repairs(d, out)
        return out

    def undated_repairs(self, d: Record, out: dict[int, tuple[str, str]]) -> None:
        """An undated citation that took its year from a repaired one ("Kế hoạch số 52-KH/HU" beside
        "Kế hoạch số 52-KH/HU, ngày 13/1/2020" when the plan is of 13/1/2021) names the same document."""
        fixed = {r.key: out[id(r)] for r in d.references if id(r) in out and r.date}
        for r in d.references:
            if id(r) not in out and r.date is None and r.key in fixed:
                out[id(r)] = fixed[r.key]

    def fixed_key(self, r: Reference, fix, d: Record) -> Optional[str]:
        code, when = (r.code, fix.value) if fix.field == "date" else (fix.value, r.date)
        if fix.field not in ("date", "code") or not code:
            return None
        year = when.year if isinstance(when, _dt.date) else r.year
        fixed = Reference(0, 0, "", code=code, date=when, year=year, issuer=r.issuer, term=r.term, locality=r.locality)
        return make_key(fixed, d.header.context(), lex=self.lex)

    def year_repairs(self, d: Record, out: dict[int, tuple[str, str]]) -> None:
        """ "Kế hoạch số 41-KH/TU, ngày 27/12/2019 của Ban Thường vụ Tỉnh ủy" in a Gia Lai plan when the
        corpus holds a 41-KH/TU of Gia Lai dated 27/12/2020 in its own letterhead, and none dated
        27/12/2019: the year is a typo (the one document of that code and place of the same day and
        month, one year off). Also when the written year names another document of that code and place
        whose letterhead date is not the one cited."""
        for r in d.references:
            if (
                id(r) in out
                or not r.date
                or r.relation == "self"
                or not self.complete[r.key]
                or self.when_of.get(r.key) == r.date
            ):
                continue
            cands = [
                n
                for n, when in self.dated.get(Key.undated(r.key), [])
                if (when.month, when.day) == (r.date.month, r.date.day) and abs(when.year - r.date.year) == 1
            ]
            if len(cands) == 1 and cands[0] != r.key:
                out[id(r)] = (cands[0], "date-conflict")


class _Builder:
    def __init__(self, docs: list[Record], lex: Lexicon, sources: Optional[list] = None):
        import networkx as nx

        self.docs, self.lex = docs, lex
        self.sources = sources  # the Documents the records were made of, when given (for fingerprints made on demand)
        self.pos = {id(d): i for i, d in enumerate(docs)}
        self.G = nx.MultiDiGraph()
        self.G.graph["aliases"] = {}
        self.node: dict[int, str] = {}  # id(document) -> its node
        self.doc_at: dict[str, int] = {}  # node of a corpus document -> the document's place in docs
        self.own_key: dict[int, Optional[str]] = {}  # id(document) -> its key from its letterhead
        self.cited: dict[str, list[_Cited]] = defaultdict(list)  # node -> what the references naming it say
        self.said: dict[_Cited, _Cited] = {}  # one tuple for equal ones (a stub is cited alike by many files)
        self.key_of: dict[str, str] = {}  # node named by key and file -> the key
        self.file_of: dict[str, tuple[int, Optional[_dt.date]]] = {}  # node named by key and file -> its file's place, date
        self.holders: dict[str, set[str]] = defaultdict(set)  # cited node -> the documents whose subject cites it
        self.edges: list[tuple[str, str, str, dict, bool]] = []
        self.fresh_keys()
        self.corpus_found: Optional[list[Finding]] = None  # check_corpus(docs), when the caller made it
        self.strings: dict = {}  # one object for equal sentences, texts and offsets of the evidence
        self.node_strings: dict = {}  # one object for equal strings of the nodes (put_node), the whole build
        # the keys of a node's attributes, in order -> the maker of its small dict (put_node): a build's own (a few: a
        # document's node, a stub's, with or without ``code_from``), let go with it, none shared between builds
        self.node_makers: dict[tuple, Callable[[], dict]] = {}
        self.places: dict[tuple, Optional[bool]] = {}  # (commune, district, province, map) -> _verified (verified)
        self.cues: dict[tuple, str] = {}  # (cue, holder's type) -> relation_of_cue (:meth:`relation`)
        self.release = False  # each record hollowed once its citations are in (build_graph's ``release``)
        self.batches: Optional[Batches] = None  # the records a batch at a time (build_graph of Batches)

    def build(self, *, registry: bool, guess_terms: bool, repair: bool):
        self.add_documents()
        self.add_citations(repair)
        # what each step alone reads goes once it is done: the graph grows meanwhile, and the end of the build
        # is a peak of a large store's first run (at 10k generated documents: 0.2 KB a document for these maps,
        # 0.15 for the stubs' citations, 0.55 for the list of edges). The records too, once their citations are
        # in: what the later steps read of them is in the graph and in doc_at/file_of (1.5 KB a document of
        # hollow records at 100k generated documents, beside the 6 KB of the graph)
        self.pos, self.node, self.own_key, self.strings = {}, {}, {}, {}
        self.docs, self.sources = [], None
        if self.batches is not None:
            self.batches.heads, self.batches.fill, self.batches.cited = [], None, set()
        self.add_stubs(registry)
        self.cited = defaultdict(list)
        self.adopt_codes()
        if guess_terms:
            self.link_incomplete()
            self.link_named()
        # what only the linking read goes before the edges are in (the largest part of the graph)
        self.key_of, self.file_of, self.holders, self.doc_at, self.said = {}, {}, defaultdict(set), {}, {}
        self.fresh_keys()
        self.add_edges()
        mark_steps(self.G)
        return self.G

    def fresh_keys(self) -> None:
        """The memos of the keys, empty: ``keys`` (key -> :meth:`Key.parse <vanban.model.Key.parse>`) and ``complete``
        (key -> :func:`~vanban.references.keys.complete`, of the parsed key). A stub's key ("45-KH/HU@Phú Thiện, Gia
        Lai#?") was parsed by add_stubs, then again by link_incomplete (an incomplete one) or _Candidates (a complete
        one), link_named parsed every candidate's key again for each named reference, and ``complete`` parsed each key
        once more: one parse a key for the whole build now. Made at the start, and again (emptied) before the edges
        go in: only the identities, the citations and the linking read them."""
        self.keys = Memo(Key.parse, _KEYS_KEPT)
        self.complete = _Complete(self.keys)

    # --- identity ---------------------------------------------------------------------

    def local(self, key: str, d: Record) -> str:
        """The node of a key with an unknown part, in the file ``d``: "09-KH/ĐU@?#2021 [path]"."""
        i = self.pos[id(d)]
        n = f"{key} [{d.path or f'text {i}'}]"
        self.key_of[n] = key
        self.file_of[n] = (i, d.header.date)
        return n

    def target(self, key: str, d: Record) -> str:
        return key if self.complete[key] else self.local(key, d)

    def identities(self) -> list[list[Record]]:
        """The files grouped into documents: the same complete key, or the same content."""
        parent = list(range(len(self.docs)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        first: dict[tuple, int] = {}
        alike: dict[tuple, list[int]] = defaultdict(list)  # only files alike in their letterhead may have one content
        for i, d in enumerate(self.docs):
            # a text still damaged after repair (mojibake, a legacy encoding not recognised) is a node of its
            # own, named by its file: a code read from garbage must not merge it with a real document
            k = None if d.text_damaged else d.key or document_key(d, self.lex)
            self.own_key[id(d)] = k
            if self.complete[k]:
                parent[find(i)] = find(first.setdefault(("key", k), i))
            alike[(d.header.date, d.header.doc_type, d.header.number, d.header.issuer)].append(i)
        for same in alike.values():
            for i in same if len(same) > 1 else ():
                parent[find(i)] = find(first.setdefault(("text", self.fingerprint(i)), i))
        groups: dict[int, list[Record]] = defaultdict(list)
        for i, d in enumerate(self.docs):
            groups[find(i)].append(d)
        return list(groups.values())

    def fingerprint(self, i: int) -> str:
        d = self.docs[i]
        if d.fingerprint is None:
            d.fingerprint = fingerprint(self.sources[i])
        return d.fingerprint

    def add_documents(self) -> None:
        G = self.G
        for group in self.identities():
            keys = [self.own_key[id(d)] for d in group]
            full = [k for k in keys if self.complete[k]]
            d = group[0] if len(group) == 1 else group[full and keys.index(Counter(full).most_common(1)[0][0]) or 0]
            k = self.own_key[id(d)]
            n = k if self.complete[k] else self.local(k or _doc_id(d), d)
            self.doc_at[n] = self.pos[id(d)]
            for x in group:
                self.node[id(x)] = n
                kx = self.own_key[id(x)]
                if kx and kx != n and self.complete[kx]:
                    G.graph["aliases"][kx] = n
            self.put_node(n, self.doc_attrs(d, k))
            if len(group) > 1:
                G.nodes[n]["paths"] = [x.path for x in group]

    def doc_attrs(self, d: Record, key: Optional[str]) -> dict:
        h = d.header
        cp = parse_code(h.code, self.lex) if h.code else None
        ic = cp.issuer_code if cp else h.issuer_code
        return node_attrs(
            key,
            code=h.code,
            doc_type=h.doc_type,
            number=h.number,
            issuer=h.issuer,
            issuer_code=ic,
            level=_level(self.lex, ic, h.issuer, h.level),
            date=h.date,
            term=self.lex.term_for_date(h.date) if h.date and h.level == "central" else None,
            title=h.title,
            province=h.province,
            district=h.district,
            commune=h.commune,
            in_corpus=True,
            path=d.path,
            inferred=sorted(h.inferred),
            verified=self.verified(h),
            deadline=d.deadline,
        )

    def verified(self, h) -> Optional[bool]:
        """:func:`_verified` of a letterhead, once for each place and map (the gazetteer reads the date only for
        which map it is of, :func:`~vanban.facts.gazetteer.era`): 4,271 places for 10k generated plans."""
        at = (h.commune, h.district, h.province, gazetteer.era(h.date))
        got = self.places.get(at, self)
        if got is self:
            got = self.places[at] = _verified(h)
        return got

    # --- citations ----------------------------------------------------------------------

    def add_citations(self, repair: bool) -> None:
        """The edges of every document's citations, a batch of records at a time (all of them at once when
        not given :class:`Batches`), the repairs of each document's citations made as they come (:class:`_Repairs`)."""
        repairs = _Repairs(self) if repair else None
        corpus = self.corpus_checks(repair)
        for batch in self.batches.fill(self.docs) if self.batches is not None else [self.docs]:
            for d in batch:
                src = self.node[id(d)]
                conflicts = corpus(d)
                if d.text_damaged:  # its citations would be nodes made of garbage codes: said, not drawn
                    self.G.graph.setdefault("damaged", []).append(d.path)
                    self.G.nodes[src]["damaged"] = True
                else:
                    self.cite(d, src, repairs.of(d, conflicts) if repairs is not None else {})
                if self.release:
                    d.hollow()

    def corpus_checks(self, repair: bool):
        """A function giving the ``date-conflict`` findings of a document's references (those of the caller's
        corpus findings, else made by a :class:`~vanban.checks.CorpusChecker`); given :class:`Batches` with a
        ``found``, it also gives that every corpus finding of each document."""
        if self.corpus_found is not None and self.batches is None:
            of_ref: dict[int, list[Finding]] = defaultdict(list)
            for f in self.corpus_found:
                if f.rule == "date-conflict" and f.reference is not None:
                    of_ref[id(f.reference)].append(f)
            return lambda d: [f for r in d.references for f in of_ref.get(id(r), ())]
        keep = self.batches.found if self.batches is not None else None
        if keep is None and not repair:
            return lambda d: []
        checker = CorpusChecker(self.docs, None if keep is not None else ["date-conflict"], self.lex)

        def of(d: Record) -> list[Finding]:
            found = checker.of(d)
            if keep is not None:
                keep(d, found)
            return [f for f in found if f.rule == "date-conflict" and f.reference is not None]

        return of

    def cite(self, d: Record, src: str, fixes: dict[int, tuple[str, str]]) -> None:
        """The edges of the citations of ``d`` (the node ``src``); equal sentences and texts of different
        documents are one string in the graph (a generated cascade repeats them: 100k documents cite in
        559k sentences, 240k different strings)."""
        share = self.strings.setdefault
        # (the sentences and positions run along the references: read in step, not looked up for each reference)
        for r, said, where in zip(d.references, d.sentences, d.positions):
            if r.relation == "self" or r.key is None:
                continue
            text = r.text
            # (equal offsets one int: those past 256 are objects)
            ev = (d.path, share(r.start, r.start), share(r.end, r.end), share(text, text), share(said, said))
            fix = fixes.get(id(r))
            if fix is not None:  # a repaired citation names the corrected document, and its evidence says so
                tgt, mended = fix[0], {"rule": fix[1], "written": r.key, "text": text}
            else:
                tgt, mended = self.cited_node(r, d), None
            if r.nested_in is None:
                self.edges.append((src, tgt, r.relation, self.evidence(ev, where, mended, r.relation), False))
                continue
            holder = r.nested_in.target
            if holder.key and holder.key != r.key:
                fix = fixes.get(id(holder))
                hk = fix[0] if fix is not None else self.target(holder.key, d)
                rel = self.relation(r.trigger, holder.doc_type) if r.trigger else "cites"
                self.edges.append((hk, tgt, rel, self.evidence(ev, "subject", mended, rel), False))
                self.holders[tgt].add(hk)
            self.edges.append((src, tgt, "cites", self.evidence(ev, where, mended, "cites"), False))

    def evidence(self, ev: tuple, where: str, mended: Optional[dict], relation: str) -> dict:
        """A piece of evidence: ``ev`` (path, start, end, text, sentence), ``where``, the repair when there is one, the
        relation; a :func:`.compact.small_dict` (0.12 KB less each, 637k of them at 100k generated documents) filled
        key by key (:data:`EVIDENCE_KEYS`, :func:`.compact.maker`), not a dict made and then copied into one (3.4 →
        0.9 µs a piece)."""
        e = _NEW_REPAIRED() if mended is not None else _NEW_EVIDENCE()
        e["path"], e["start"], e["end"], e["text"], e["sentence"] = ev
        e["where"] = where
        if mended is not None:
            e["repaired"] = mended
        e["relation"] = relation
        return e

    def relation(self, cue: str, holder_type: Optional[str]) -> str:
        """:func:`~vanban.references.relation_of_cue`, once for each cue and type (a corpus writes a few cues again
        and again: 20k nested citations of 20k generated documents, 0.1 CPU-s folded and matched each time)."""
        got = self.cues.get((cue, holder_type))
        if got is None:
            got = self.cues[cue, holder_type] = relation_of_cue(cue, holder_type, self.lex)
        return got

    def cited_node(self, r: Reference, d: Document) -> str:
        """The node a reference names (not repaired), what it says of it kept for the node's stub when the node is not
        a corpus document (:meth:`add_stubs`)."""
        n = self.target(r.key, d)
        if n not in self.G._node:  # the references of a document only cited make its node (add_stubs)
            c = _cited(r)
            self.cited[n].append(self.said.setdefault(c, c))
        return n

    # --- stubs --------------------------------------------------------------------------

    def add_stubs(self, registry: bool) -> None:
        """A node for each document only cited, from what its citations say (and the registry)."""
        G, lex = self.G, self.lex
        for node, refs in self.cited.items():
            if node in G:
                continue
            key = self.key_of.get(node, node)
            conflicts = {}
            attrs = {}
            said = _tally(refs)  # (each distinct citation once, with its count: the values counted as often)
            if len(said) == 1:  # (most stubs: one citation, or equal ones: its values, no conflict; as _most gives)
                one = said[0][0]
                attrs.update(code=one.code, doc_type=one.doc_type, issuer=one.issuer, date=one.date, term=one.term)
                attrs["subject"] = one.subject
            else:
                for name in ("code", "doc_type", "issuer", "date", "term", "subject"):
                    attrs[name], var = _most((getattr(r, name), n) for r, n in said)
                    if var:
                        conflicts[name] = var
            refs = [r for r, _n in said]  # (the first of each below: the first of the distinct ones)
            cp = next((r.code_parts for r in refs if r.code_parts is not None and r.code == attrs["code"]), None)
            attrs["number"] = cp.number if cp else next((r.number for r in refs if r.number), None)
            attrs["issuer_code"] = cp.issuer_code if cp else next((r.issuer_code for r in refs if r.issuer_code), None)
            attrs["level"] = _level(lex, attrs["issuer_code"], attrs["issuer"])
            attrs["title"] = attrs.pop("subject")
            k = self.keys[key]
            attrs.update(_place_attrs(attrs["level"], [p for p in k.places if p != "?"]))
            if attrs["term"] is None and k.period not in (None, "?") and not k.period.isdigit():
                attrs["term"] = k.period
            if registry and attrs["code"]:
                self.from_registry(attrs)
            self.put_node(node, node_attrs(key, conflicts=conflicts, **attrs))

    def from_registry(self, attrs: dict) -> None:
        for k in self.lex.known(attrs["code"]):
            if attrs["term"] and k.term == attrs["term"] or (attrs["date"] and k.date == attrs["date"]):
                attrs["date"] = attrs["date"] or k.date
                attrs["issuer"] = attrs["issuer"] or k.issuer
                attrs["title"] = attrs["title"] or k.subject
                attrs["registry"] = k.source

    # --- linking ------------------------------------------------------------------------

    def adopt_codes(self) -> None:
        """A corpus document without a printed code (the seed) is the stub its citations
        describe when exactly one stub matches its type, level, locality and date."""
        G = self.G
        aliases = G.graph["aliases"]
        codeless = [(n, a) for n, a in G.nodes(data=True) if a.get("in_corpus") and not a.get("code") and a.get("date")]
        if not codeless:
            return
        stubs: dict[tuple, list[str]] = defaultdict(list)
        for s, b in G.nodes(data=True):
            if not b.get("in_corpus") and b.get("date") and self.complete[b.get("key")] and s == b.get("key"):
                stubs[(b["date"], b.get("doc_type"), b.get("level"))].append(s)
        for n, a in codeless:
            cands = [
                s for s in stubs.get((a["date"], a.get("doc_type"), a.get("level")), []) if s in G and _same_place(a, G.nodes[s])
            ]
            if len(cands) == 1:
                stub = cands[0]
                b = G.nodes[stub]
                new = dict(a)
                new.update(
                    {
                        "key": stub,
                        "code": b["code"],
                        "number": b.get("number"),
                        "issuer_code": b.get("issuer_code") or a.get("issuer_code"),
                        "inferred": sorted(set(a.get("inferred", [])) | {"code"}),
                        "code_from": "citations",
                    }
                )
                G.remove_node(stub)
                self.put_node(stub, new)
                G.remove_node(n)
                aliases[n] = stub

    def link_incomplete(self) -> None:
        """A citation with an unknown part ("42-CT/TW#?", "45-KH/HU@Phú Thiện, Gia Lai#?") is the one
        document (in the graph, or the registry) it can name, marked inferred; else it stays apart.
        Among several, the one its citing file also cites in full, then those not dated after the file."""
        G = self.G
        complete = (n for n, a in G.nodes(data=True) if a.get("code") and a.get("key") == n and self.complete[n])
        index = _Candidates(complete, self.keys)
        cited_by: dict[Optional[int], set[str]] = defaultdict(set)  # a document's place (None: not one) -> what it cites
        for s, t, _rel, _ev, _inf in self.edges:
            cited_by[self.doc_at.get(s)].add(t)
        linked: set[str] = set()
        for n in [n for n, a in G.nodes(data=True) if not a.get("in_corpus") and a.get("key") and not self.complete[a["key"]]]:
            k = self.keys[G.nodes[n]["key"]]
            if k.name is not None:
                continue
            cands = self.narrow(index.of(k), n, cited_by)
            if not cands and k.locality is None:
                known = self.lex.known(k.code or "")
                if len(known) == 1:
                    cands = {str(Key(k.code, period=known[0].term))}
            if len(cands) == 1:
                self.link(n, cands.pop())
                linked.add(n)
        self.repoint(linked)

    def link(self, n: str, target: str) -> None:
        G = self.G
        if target not in G:
            self.put_node(target, {**G.nodes[n], "key": target})
        G.graph["aliases"][n] = target
        G.remove_node(n)

    def narrow(self, cands: set[str], n: str, cited_by: dict[Optional[int], set[str]]) -> set[str]:
        """Of several candidates for the incomplete ``n``, those its citing file cites in full, or the
        document whose subject cites it does ("Kế hoạch số 29-KH/HU … về thực hiện Chỉ thị số 35 của Bộ
        Chính trị", 29-KH/HU citing Chỉ thị số 35-CT/TW, ngày 14/6/2024); else those not dated after the file."""
        at = self.file_of.get(n)
        if len(cands) < 2 or at is None:
            return cands
        # the sets cited read in place: a holder that is not a corpus document reads what every such node cites
        # (``cited_by[None]``), a copy of which for each incomplete node was most of the linking's time. (The node
        # linked is the string object the intersection gives, which goes on into the aliases and the store's blobs:
        # a set's intersection keeps the smaller set's objects, the cited ones when their union is no larger.)
        aliases, doc_at = self.G.graph["aliases"], self.doc_at
        pools = [cited_by.get(at[0], ())]
        pools += [cited_by.get(doc_at.get(aliases.get(h, h), doc_at.get(h)), ()) for h in self.holders.get(n, ())]
        if any(len(p) > len(cands) for p in pools):  # (their union larger than the candidates: the candidates' objects)
            full = {c for c in cands if any(c in p for p in pools)}
        else:
            full = cands & set(pools[0]).union(*pools[1:])
        if full:
            return full
        when = at[1]
        return {c for c in cands if not (when and _after(self.G.nodes[c].get("date"), when))}

    def repoint(self, linked: set[str]) -> None:
        """Edges to or from a node merged into another go to that one, marked inferred."""
        aliases = self.G.graph["aliases"]
        if linked:
            for i, (s, t, rel, ev, _inf) in enumerate(self.edges):
                if s in linked or t in linked:
                    self.edges[i] = (aliases.get(s, s), aliases.get(t, t), rel, ev, True)

    def link_named(self) -> None:
        """ "Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức …": a named
        central reference whose subject matches the title of exactly one known document
        of that term (the corpus's, or the registry's) is that document."""
        from ..similar import similar_titles

        G, lex = self.G, self.lex
        named = [n for n, a in G.nodes(data=True) if Key.is_named(n) and a.get("title") and a.get("level") == "central"]
        if not named:
            return
        cands: dict[str, str] = {}
        for k in lex.registry:  # the registry's subjects first: a citation's subject may run on
            if k.code.endswith("/TW") and k.subject:
                cands[str(Key(k.code, period=k.term))] = k.subject
        for n, a in G.nodes(data=True):
            if a.get("level") == "central" and a.get("title") and not Key.is_named(n) and (n not in cands or a.get("in_corpus")):
                cands[n] = a["title"]
        linked: set[str] = set()
        for n in named:
            term = self.keys[self.key_of.get(n, n)].period
            pool = [k for k in cands if term is None or self.keys[k].period == term]
            if not pool:
                continue
            ranked = similar_titles(G.nodes[n]["title"], [cands[k] for k in pool], k=2)
            if not ranked or ranked[0][1] < 0.5 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] < 0.15):
                continue
            target = pool[ranked[0][0]]
            if target not in G:
                self.registry_node(target, G.nodes[n])
            G.nodes[target].setdefault("names", []).append(self.keys[self.key_of.get(n, n)].name)
            G.graph["aliases"][n] = target
            G.remove_node(n)
            linked.add(n)
        self.repoint(linked)

    def registry_node(self, target: str, named: dict) -> None:
        k = self.keys[target]
        kd = next((x for x in self.lex.known(k.code) if x.term == k.period), None)
        self.put_node(
            target,
            node_attrs(
                target,
                code=k.code,
                doc_type=kd.doc_type if kd else named.get("doc_type"),
                number=kd.number if kd else None,
                issuer=kd.issuer if kd else None,
                issuer_code="TW",
                level="central",
                date=kd.date if kd else None,
                term=kd.term if kd else k.period,
                title=kd.subject if kd else None,
                registry=kd.source if kd else None,
            ),
        )

    def put_node(self, n: str, attrs: dict) -> None:
        """``G.add_node(n, **attrs)``, a new node's attributes one :func:`.compact.small_dict` (0.2 KB less a node), each
        string but its key and path (one a node) one object with the equal ones of the other nodes (:attr:`node_strings`:
        a generated corpus of 10k documents has 78 titles for 10k nodes, read from the store one string each). A new
        node's small dict is filled key by key (:func:`.compact.maker`, one a layout, :attr:`node_makers`) and put in
        ``G``'s dicts as ``add_node`` puts it (its successors, predecessors, attributes), not a dict made, copied into a
        small one, and an empty one dropped (the documents' and the stubs' nodes of 20k generated documents: 0.66 → 0.59
        CPU-s); the graph's cache then cleared as ``add_node`` clears it (:func:`_clear_cache`)."""
        G, share = self.G, self.node_strings.setdefault
        node = G._node
        if n in node:
            node[n].update({k: share(v, v) if type(v) is str and k not in _OWN else v for k, v in attrs.items()})
        else:
            keys = tuple(attrs)
            new = self.node_makers.get(keys)
            if new is None:
                new = self.node_makers[keys] = maker(keys)
            a = new()  # (its keys given in the maker's order)
            for k, v in attrs.items():
                a[k] = share(v, v) if type(v) is str and k not in _OWN else v
            G._succ[n], G._pred[n], node[n] = {}, {}, a
        _clear_cache(G)

    def add_edges(self) -> None:
        """The edges of the citations (:attr:`edges`, emptied as they go in: 0.5 KB a document of tuples at the
        peak of a large build otherwise), each edge's attributes a :func:`.compact.small_dict` from the start
        (:data:`EDGE_KEYS`: ``repaired``, ``cascade`` and ``excluded`` come later, in the order an ordinary dict
        would have them)."""
        G, succ, pred = self.G, self.G._succ, self.G._pred
        aliases = G.graph["aliases"]
        pairs: dict = {}  # a key -> the maker of a pair's key dict holding it first (compact.maker)
        edges, self.edges = self.edges, []
        edges.reverse()  # taken from the end: each tuple, and the list, shrinks as the graph grows
        while edges:
            s, t, rel, ev, inferred = edges.pop()
            s, t = aliases.get(s, s), aliases.get(t, t)
            if s == t:
                continue
            keys = succ[s].get(t) if s in succ else None
            if keys is not None and rel in keys:
                keys[rel]["evidence"].append(ev)
                continue
            attrs = _NEW_EDGE()  # (the small_dict of EDGE_KEYS, filled key by key: no dict made to copy)
            attrs["relation"], attrs["evidence"], attrs["inferred"] = rel, [ev], inferred
            if keys is None:  # a new pair: its key dict one small dict for G._succ[s][t] and G._pred[t][s] (88 bytes, 184)
                if s not in succ or t not in succ:
                    G.add_nodes_from((s, t))  # (as add_edge adds them)
                pair = pairs.get(rel) or pairs.setdefault(rel, maker((rel,)))
                # (put in as add_edge puts it, not one made by add_edge and dropped: 0.26 → 0.19 CPU-s at 20k documents)
                keys = succ[s][t] = pred[t][s] = pair()
            keys[rel] = attrs
        _clear_cache(G)  # (as add_edge clears it; nothing between reads the cache)
        # each pair's key dict once, in G's order (not G.edges' views twice: a tuple and a lookup an edge)
        for s, nbrs in succ.items():
            for t, keys in nbrs.items():
                if "cites" in keys and len(keys) > 1:  # a "cites" next to a stronger relation says nothing more
                    strong = next((k for k in keys if k in CASCADE_RELATIONS), None)
                    if strong is not None:
                        keys[strong]["evidence"].extend(keys["cites"]["evidence"])
                        G.remove_edge(s, t, key="cites")  # (the pair stays: its stronger edge)
                for d in keys.values():
                    ev = d["evidence"]
                    if len(ev) == 1:  # (two edges of three at 20k generated documents: its one repair's rule, if any)
                        if "repaired" in ev[0]:
                            d["repaired"] = ev[0]["repaired"]["rule"]
                        continue
                    rules = sorted({e["repaired"]["rule"] for e in ev if "repaired" in e})
                    if rules:
                        d["repaired"] = ",".join(rules)
                    if len(ev) > 1:  # a list of its length: one grown by appends has room for 8 (48 bytes more at 3)
                        d["evidence"] = ev[:]


#: the attributes of a node that are its own (no other node has the same): not shared through a memo
_OWN = ("key", "path")


def _clear_cache(G) -> None:
    """What networkx's ``add_node`` and ``add_edge`` do once they have written (``nx._clear_cache``, networkx 3.3 on):
    the graph's cached conversions (``G.__networkx_cache__``, a backend's copy of ``G``) dropped, for the build writes
    its new nodes and pairs into ``G``'s dicts itself (:meth:`_Builder.put_node`, :meth:`_Builder.add_edges`) and a
    cached copy would be of the graph before them. A networkx without the cache (3.1, 3.2) has nothing to drop."""
    cache = getattr(G, "__networkx_cache__", None)
    if cache:
        cache.clear()


def _after(a, b: _dt.date) -> bool:
    return isinstance(a, _dt.date) and a > b


def _same_place(a: dict, b: dict) -> bool:
    for k in ("district", "province"):
        if a.get(k) and b.get(k) and fold_key(a[k]) != fold_key(b[k]):
            return False
    return bool(a.get("province") or a.get("district"))
