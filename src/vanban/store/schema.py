"""The tables of a store, and the views the frames read.

``files`` (every file of the last sync: size, modification time, content hash, and the error
when it could not be read), ``documents`` (one row per document: its letterhead and counts),
``refs`` (one row per reference, ``i`` its position in the document; ``resolved`` and
``nested_in`` are positions too), ``findings`` (one row per finding of a document; the corpus
rules are computed when asked), ``graph_node_rows`` (the nodes of the last graph built, their attributes typed:
the view ``graph_nodes`` gives them as tagged JSON, :mod:`vanban.graph.encoding`), ``graph_edge_rows`` (its edges,
their attributes typed: the view ``graph_edges`` gives them as tagged JSON too), ``graph_strings`` (each different
path, text and sentence of the edges' evidence once, which ``graph_edge_rows`` gives by its place ``i``),
``graph_attrs`` (the graph's own attributes, by pieces), ``graph_blobs`` (its nodes and own attributes pickled by
batches, read back fast), ``meta``.

Example (SQL an analyst runs on a store)::

    select d.province, count(*) as plans
    from refs r join documents d using (path)
    where r.code = '93-KL/TW' and r.relation = 'implements'
    group by 1 order by 2 desc
"""

from __future__ import annotations

import hashlib
from contextlib import contextmanager

from ..graph.build import NODE_LAYOUTS

__all__ = [
    "settings",
    "checkpoint",
    "DEFERRED",
    "deferred",
    "bounded",
    "behind",
    "limit_bytes",
    "BULK_LIMIT",
    "whole",
    "create",
    "TABLES",
    "DOCUMENTS_VIEW",
    "REFERENCES_VIEW",
    "FINDINGS_VIEW",
    "findings_pieces",
    "EDGES_VIEW",
    "VIEWS",
    "table_pieces",
    "LAYOUT",
]

#: the layout of the tables; a store of another layout is emptied and read again from the files
LAYOUT = "7"  # 2: findings keep their source; 3: graph_blobs; 4: graph_blobs by pieces of 4 KB; 5: graph_edges a view of
# graph_edge_rows (each edge's evidence typed, read back from there; graph_blobs without the edges); 6: the evidence's
# paths, texts and sentences by their place in graph_strings; 7: graph_nodes a view of graph_node_rows (typed)

_CODE_PARTS = (
    "STRUCT(written VARCHAR, number VARCHAR, type_abbr VARCHAR, issuer_abbr VARCHAR, year INTEGER, system VARCHAR, "
    "canonical VARCHAR, issuer_code VARCHAR, problems VARCHAR[])"
)
_ISSUER_PARTS = (
    "STRUCT(spelled VARCHAR, body VARCHAR, code VARCHAR, level VARCHAR, system VARCHAR, locality VARCHAR, unit VARCHAR, "
    "joint VARCHAR)"
)

#: the keys of a repair, in the build's order
REPAIR_FIELDS = ("rule", "written", "text")
#: the keys of a piece of an edge's evidence as graph.build makes it (``cite``: ``ev = {"path": …, "start": …, "end": …,
#: "text": …, "sentence": …, "where": where}``, ``ev["repaired"] = {"rule": …, "written": …, "text": …}`` for a repaired
#: citation, then ``ev["relation"] = r.relation``), in its order, with their SQL types; ``repaired`` only when one is
EVIDENCE_FIELDS = (
    ("path", "VARCHAR"),
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("text", "VARCHAR"),
    ("sentence", "VARCHAR"),
    ("where", "VARCHAR"),
    ("repaired", "STRUCT(" + ", ".join(f"{k} VARCHAR" for k in REPAIR_FIELDS) + ")"),
    ("relation", "VARCHAR"),
)
#: the attributes of an edge as the build adds them (graph.build ``EDGE_KEYS``: relation, evidence, inferred;
#: ``repaired`` when one is; ``cascade`` and, when not, ``excluded`` by mark_steps); those only sometimes there
EDGE_FIELDS = ("relation", "evidence", "inferred", "repaired", "cascade", "excluded")
OPTIONAL_FIELDS = frozenset({"repaired", "excluded"})

#: the strings of a piece of evidence stored once in ``graph_strings``, each piece giving their place there (``i``): at
#: 100k generated documents 637k pieces of evidence held 100k different paths (79 MB), 33k sentences (120 MB) and 27k
#: texts (44 MB), each written and read back as often as cited
SHARED_FIELDS = ("path", "text", "sentence")

#: the attributes of a node as graph.build makes them (the keys of its ``NODE_LAYOUTS``: every node's ``NODE_ATTRS``,
#: a document's ``verified`` and ``deadline``, a stub's ``registry`` when the registry completed it), with their SQL
#: types (the others text); ``conflicts`` (a dict, mostly empty) as tagged JSON text. ``graph_node_rows.layout`` is the
#: place of a node's keys in ``NODE_LAYOUTS``
NODE_FIELDS = tuple(
    (
        k,
        {"date": "DATE", "deadline": "DATE", "in_corpus": "BOOLEAN", "verified": "BOOLEAN", "inferred": "VARCHAR[]"}.get(
            k, "VARCHAR"
        ),
    )
    for k in dict.fromkeys(k for keys in NODE_LAYOUTS for k in keys)
)

_EVIDENCE = "STRUCT(" + ", ".join(f'"{k}" {"INTEGER" if k in SHARED_FIELDS else t}' for k, t in EVIDENCE_FIELDS) + ")"

TABLES = {
    "meta": "name VARCHAR PRIMARY KEY, value VARCHAR",
    "files": (
        "path VARCHAR PRIMARY KEY, seq INTEGER, size BIGINT, mtime_ns BIGINT, hash VARCHAR, error_kind VARCHAR, "
        "error_reason VARCHAR"
    ),
    "documents": (
        "path VARCHAR, kind VARCHAR, key VARCHAR, doc_type VARCHAR, code VARCHAR, number VARCHAR, issuer VARCHAR, "
        "superior VARCHAR, issuer_code VARCHAR, level VARCHAR, system VARCHAR, motto VARCHAR, place VARCHAR, date DATE, "
        "title VARCHAR, province VARCHAR, district VARCHAR, commune VARCHAR, head_start INTEGER, head_end INTEGER, "
        "title_span INTEGER[], inferred VARCHAR[], preamble INTEGER[], deadline DATE, fingerprint VARCHAR, "
        "sections INTEGER, recipients INTEGER, signer VARCHAR, unparsed INTEGER, pages INTEGER, chars INTEGER, "
        "text_damaged BOOLEAN, warnings VARCHAR[], n_references INTEGER, n_errors INTEGER, n_warnings INTEGER"
    ),
    # each reference's sentence in the row, not once per document in a table of its own (``refs`` a view joining the
    # two, measured in session 48 on 20k and 100k generated documents): a document's different sentences are 79% of
    # its references' (84,627 of 107,319 at 20k), saving 5.6 of the column's 17.9 MB while that table's paths cost
    # 9.8 MB; the log of a 100k sync grew 654 -> 681 MB, the file 64 -> 70 MB, DuckDB's commits and checkpoint took
    # 5.2-6.4 CPU-s against 4.8-5.5 (four runs each, load 1.5-8: no gain), and an analyst's count by code 1.1 -> 5.7 ms
    # (the join). The log's bytes of ``refs`` are spread over its columns: sentence 18%, path 13%, issuer_parts 10%,
    # text 8%, notes 7%, code_parts 6%, notes_text 3%
    "refs": (
        'path VARCHAR, i INTEGER, start INTEGER, "end" INTEGER, text VARCHAR, doc_type VARCHAR, number VARCHAR, '
        "code VARCHAR, date DATE, issuer VARCHAR, term VARCHAR, subject VARCHAR, relation VARCHAR, key VARCHAR, "
        "kind VARCHAR, year INTEGER, issuer_code VARCHAR, level VARCHAR, locality VARCHAR, name VARCHAR, alias VARCHAR, "
        "trigger VARCHAR, resolved INTEGER, nested_in INTEGER, code_span INTEGER[], date_span INTEGER[], "
        "issuer_span INTEGER[], term_span INTEGER[], subject_span INTEGER[], "
        f"code_parts {_CODE_PARTS}, issuer_parts {_ISSUER_PARTS}, "
        "notes STRUCT(flag VARCHAR, detail VARCHAR, span INTEGER[], text VARCHAR)[], "
        "notes_text VARCHAR, sentence VARCHAR, position VARCHAR, part VARCHAR"
    ),
    "findings": (
        "path VARCHAR, i INTEGER, rule VARCHAR, severity VARCHAR, message VARCHAR, message_vi VARCHAR, start INTEGER, "
        '"end" INTEGER, '
        "suggestion VARCHAR, reference INTEGER, related INTEGER[][], fix_field VARCHAR, fix_value VARCHAR, fix_date DATE, "
        "text VARCHAR, source VARCHAR"
    ),
    "graph_node_rows": "i INTEGER, node VARCHAR, layout TINYINT, "
    + ", ".join(f'"{k}" {t}' for k, t in NODE_FIELDS)
    + ", attrs VARCHAR",
    "graph_blobs": "i INTEGER, j INTEGER, part VARCHAR, data BLOB",
    "graph_attrs": "i INTEGER, name VARCHAR, kind VARCHAR, value VARCHAR",
    "graph_strings": "i INTEGER, s VARCHAR",
    "corpus_findings": "",
    "graph_edge_rows": (
        "i INTEGER, k INTEGER, source VARCHAR, target VARCHAR, relation VARCHAR, cascade BOOLEAN, inferred BOOLEAN, "
        "mentions INTEGER, repaired BOOLEAN, source_level VARCHAR, target_level VARCHAR, source_date DATE, "
        f"target_date DATE, files VARCHAR[], rules VARCHAR, excluded VARCHAR, evidence {_EVIDENCE}[], attrs VARCHAR"
    ),
}


def _json(keys: list[str], value) -> str:
    """SQL of a JSON object of ``keys`` (each its value ``value(key)``), a key marked ``?`` only where its value is
    not null: the branches of a ``case``, the keys in the order given."""
    at = next((n for n, k in enumerate(keys) if k.endswith("?")), None)
    if at is None:
        return "json_object(" + ", ".join(f"'{k}', {value(k)}" for k in keys) + ")"
    name = keys[at][:-1]
    without, with_ = _json(keys[:at] + keys[at + 1 :], value), _json(keys[:at] + [name] + keys[at + 1 :], value)
    return f"case when {value(name)} is null then {without} else {with_} end"


def _optional(keys) -> list[str]:
    """``keys``, those of :data:`OPTIONAL_FIELDS` marked ``?`` (:func:`_json`)."""
    return [k + "?" if k in OPTIONAL_FIELDS else k for k in keys]


def _evidence_json(e: str, strings: str) -> str:
    """SQL of the JSON of the piece of evidence ``e``, its strings taken by their place from the list ``strings``
    (that of ``graph_strings`` in the order of ``i``: the places are 0, 1, …)."""
    return _json(
        _optional(k for k, _ in EVIDENCE_FIELDS), lambda k: f"{strings}[{e}.{k} + 1]" if k in SHARED_FIELDS else f'{e}."{k}"'
    )


#: ``graph_edges``: the rows of ``graph_edge_rows``, and each edge's attributes as JSON (``attrs``: those kept
#: whole, else made of the typed columns when read, each key as the build adds it, the evidence's strings read from
#: ``graph_strings``; dates tagged as :mod:`vanban.graph.encoding` tags them). Each edge's JSON is made from its own
#: row, the strings taken by their place from one list of all of ``graph_strings`` (24 MB at 100k generated
#: documents): a query of the attributes of every edge streams (100k, 318k edges, 278 MB of JSON: 3.3 s under 256
#: MiB). The pieces joined with ``graph_strings`` and gathered again by a ``group by`` held every edge's JSON at once
#: (out of memory under 256 MiB, 6.8 s under 1 GiB); the same lambda in a subquery (``select *, list_transform(…) as
#: pieces``, the JSON made above it) ran out of memory in 0.3 s under 256 MiB (DuckDB 2.0.1)
GRAPH_EDGES_VIEW = f"""
create view graph_edges as
select i, k, source, target, relation, cascade, inferred, mentions, repaired, source_level, target_level, source_date,
       target_date, files,
       coalesce(attrs, {
    _json(
        _optional(EDGE_FIELDS),
        lambda k: {
            "repaired": "rules",
            "evidence": f"coalesce(list_transform(evidence, lambda e: {_evidence_json('e', 'g.strings')}), [])",
        }.get(k, k),
    )
}::VARCHAR) as attrs
from graph_edge_rows, (select list(s order by i) as strings from graph_strings) g
"""


def _node_value(k: str) -> str:
    """SQL of the JSON of the node attribute ``k`` of a row of ``graph_node_rows``: a date tagged as
    :mod:`vanban.graph.encoding` tags one inside JSON (``{"__date__": "2021-04-19"}``), ``conflicts`` its JSON text."""
    if dict(NODE_FIELDS)[k] == "DATE":
        return f'case when "{k}" is null then null else json_object(\'__date__\', "{k}"::VARCHAR) end'
    return "conflicts::JSON" if k == "conflicts" else f'"{k}"'


#: ``graph_nodes``: each node of ``graph_node_rows`` and its attributes as JSON (``attrs``: those kept whole, else made
#: of the typed columns when read, the keys of its layout, ``graph.build.NODE_LAYOUTS``, in their order). The nodes' JSON was
#: made in Python as a graph was saved, 1.2 CPU-s of the 6 of the save's own thread at 100k generated documents, and
#: stored beside their pickles (70 MB and 42 MB): now only when SQL reads it
GRAPH_NODES_VIEW = f"""
create view graph_nodes as
select i, node, coalesce(attrs, case layout {
    " ".join(f"when {n} then {_json(list(keys), _node_value)}" for n, keys in enumerate(NODE_LAYOUTS))
} end::VARCHAR) as attrs
from graph_node_rows
"""

#: the views of the graph's tables (made again when their SQL changes: :func:`create`)
GRAPH_VIEWS = {"graph_edges": GRAPH_EDGES_VIEW, "graph_nodes": GRAPH_NODES_VIEW}


#: DuckDB's memory while it reads a whole table back in one ordered pass (the records of every document, the
#: graph's blobs: a vector of DuckDB holds all the blobs of a 100k graph, 214 MB, and a sort of ``refs`` took
#: blocks of 46 MB each): the limit of the store (``Store.memory_limit``) is for the rest
BULK_LIMIT = "1GiB"


def whole(con):
    """DuckDB on one thread under :data:`BULK_LIMIT` for the block: a whole table read back or made a frame (the
    result all in its memory: the findings frame of 100k documents did not fit in the store's limit)."""
    return settings(con, threads=1, memory_limit=BULK_LIMIT)


@contextmanager
def settings(con, **values):
    """DuckDB's settings ``values`` (``threads=1``, ``memory_limit="1GB"``) for the block, then what they were."""
    was = {n: con.execute(f"select current_setting('{n}')").fetchone()[0] for n in values}
    try:
        for n, v in values.items():
            con.execute(f"set {n} = '{v}'")
        yield
    finally:
        for n, v in was.items():
            con.execute(f"set {n} = '{v}'")


@contextmanager
def transaction(con):
    """The block's statements as one transaction: committed at its end, rolled back if anything is raised."""
    con.execute("begin transaction")
    try:
        yield
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


#: DuckDB's ``checkpoint_threshold`` while a sync or a graph writes many batches, then one :func:`checkpoint`:
#: past its default (16 MiB of log) DuckDB made a checkpoint after nearly each batch, each longer as the tables
#: grew (replaying the inserts of a 100k sync: 23.3 s so, 9.5 s + 3 s for the one checkpoint, no more memory)
DEFERRED = "64GiB"


@contextmanager
def deferred(con, then: bool = True):
    """The block's writes under :data:`DEFERRED`, then one :func:`checkpoint` (when ``then``; none when the
    block raises)."""
    with settings(con, checkpoint_threshold=DEFERRED):
        yield
    if then:
        checkpoint(con)


def checkpoint(con) -> None:
    """Write what the log holds into the store's file now (a checkpoint DuckDB cannot make now, another
    transaction running, is made later: when the log passes its threshold, or when the store is closed)."""
    import duckdb

    try:
        con.execute("checkpoint")
    except duckdb.TransactionException:  # pragma: no cover - another transaction running
        pass  # (not any other error: a checkpoint that runs out of memory is the real failure, reported as itself)


#: the share of DuckDB's memory limit the large values written since the last checkpoint may hold (see
#: :func:`bounded`)
UNWRITTEN_SHARE = 0.25

_UNITS = {"": 1, "B": 1, "BYTES": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12}
_UNITS.update({"KIB": 2**10, "MIB": 2**20, "GIB": 2**30, "TIB": 2**40})


def limit_bytes(con) -> int:
    """DuckDB's ``memory_limit`` in bytes (it says it back as "256.0 MiB")."""
    import re

    said = con.execute("select current_setting('memory_limit')").fetchall()[0][0]
    m = re.fullmatch(r"\s*([\d.]+)\s*([A-Za-z]*)\s*", said)
    return int(float(m.group(1)) * _UNITS[m.group(2).upper()]) if m else 2**62


def bounded(con) -> None:
    """A :func:`checkpoint` when the values of 4 KB or more written since the last one (DuckDB's
    ``OVERFLOW_STRINGS``) hold more than :data:`UNWRITTEN_SHARE` of its memory limit. DuckDB writes the other
    rows of a deferred checkpoint (:data:`DEFERRED`) to ``temp_directory`` when its memory is full, and the one
    checkpoint at the end writes them out by pieces; these it keeps in memory until a checkpoint: a
    200k-document graph's 0.4 GB of blobs failed under the 256 MiB limit ("failed to pin block of size 8.4 MiB
    (252/256 MiB)"). Counting the other rows too made 12 checkpoints of a 100k graph, 13.7 s (each rewrites the
    table's last row group, which grows): not needed, they spill."""
    held = con.execute(
        "select coalesce(sum(memory_usage_bytes), 0) from duckdb_memory() where tag = 'OVERFLOW_STRINGS'"
    ).fetchall()[0][0]
    if held > UNWRITTEN_SHARE * limit_bytes(con):
        checkpoint(con)


#: the statements :func:`behind` lets wait at once: each holds its rows (an Arrow table of a batch) until it has run
BEHIND = 2


@contextmanager
def behind(con, waiting: int = BEHIND):
    """A function ``put(f, *args)`` that runs ``f(cursor, *args)`` on a thread of its own, in the order given, one at
    a time, on a cursor of ``con`` (a connection of the same database: DuckDB runs a statement off the GIL), while
    the caller goes on (it makes the next rows); ``put`` gives the future of ``f``'s result. At most ``waiting``
    calls wait: beyond that, the caller waits for the oldest. The block ends once all have run (an error of one
    raised there, or at a later ``put``). A graph's save made its rows in Python and DuckDB inserted them one after
    the other, on one core of two (issue 15: at 100k generated documents the inserts took 1.8 s of a 7.3 s save).

    >>> import duckdb
    >>> con = duckdb.connect(); con.execute("create table t (a int)")  # doctest: +ELLIPSIS
    <...>
    >>> with behind(con) as put:
    ...     for a in range(3):
    ...         _ = put(lambda c, a: c.execute("insert into t values (?)", [a]), a)
    ...     put(lambda c: c.execute("select list(a) from t").fetchall()).result()
    [([0, 1, 2],)]
    """
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    cur = con.cursor()
    pending: deque = deque()

    def put(f, *args):
        got = pool.submit(f, cur, *args)
        pending.append(got)
        while len(pending) > waiting:
            pending.popleft().result()
        return got

    try:
        with ThreadPoolExecutor(1, thread_name_prefix="vanban-store") as pool:  # (its end waits for the one running)
            try:
                yield put
            except BaseException:
                for f in pending:
                    f.cancel()
                raise
            while pending:
                pending.popleft().result()
    finally:
        cur.close()


def create(con) -> None:
    """The tables, when the store is new; a store of another layout is emptied first; the views :data:`GRAPH_VIEWS`
    made again when their SQL is not theirs (its digest in ``meta``: the tables they read kept)."""
    have = dict(con.execute("select table_name, table_type from information_schema.tables").fetchall())
    if "meta" in have:
        row = next(iter(con.execute("select value from meta where name = 'layout'").fetchall()), None)
        if row is None or row[0] != LAYOUT:  # (an older layout's graph_edges and graph_nodes are tables)
            for t, kind in have.items():
                if t in TABLES or t in GRAPH_VIEWS:
                    con.execute(f'drop {"view" if kind == "VIEW" else "table"} if exists "{t}"')
            have = {}
    for name, columns in TABLES.items():
        if name not in have:
            con.execute(f'create table "{name}" ({columns or TABLES["findings"]})')
    view = hashlib.blake2b("".join(GRAPH_VIEWS.values()).encode(), digest_size=8).hexdigest()
    if any(v not in have for v in GRAPH_VIEWS) or con.execute("select value from meta where name = 'view'").fetchall() != [
        (view,)
    ]:
        for sql in GRAPH_VIEWS.values():  # (another view's SQL: made again)
            con.execute(sql.replace("create view", "create or replace view", 1))
    con.executemany("insert or replace into meta values (?, ?)", [("layout", LAYOUT), ("view", view)])


#: ``Corpus.documents_frame`` of a store: its documents, then its unreadable files (``{docs}``, ``{bad}``: what a piece
#: of the table keeps of each, :func:`table_pieces`)
_DOCUMENTS = """
select * exclude (seq) from (
    select path, kind, key, doc_type, code, number, issuer, level, date, place, province, district, commune, title,
           array_to_string(inferred, ',') as inferred, sections, n_references as "references", recipients, signer,
           unparsed, n_errors as errors, n_warnings as warnings, seq
    from documents join files using (path){docs}
    union all by name
    select path, seq, 'unreadable' as kind, error_reason as title from files where error_kind is not null{bad}
)
order by kind = 'unreadable', seq
"""
DOCUMENTS_VIEW = _DOCUMENTS.format(docs="", bad="")

#: the files of a range of ``seq`` (whose paths lie between two: DuckDB skips the row groups of other documents)
_IN_PIECE = "seq >= $first and seq < $last and path between $lo and $hi"

#: the rows of :data:`DOCUMENTS_VIEW` by pieces, in its order: the documents of a range of ``seq``, then the
#: unreadable files of one
DOCUMENTS_OF_DOCUMENTS = _DOCUMENTS.format(docs=f"\n    where {_IN_PIECE}", bad=" and false")
DOCUMENTS_OF_UNREADABLE = _DOCUMENTS.format(docs="\n    where false", bad=f" and {_IN_PIECE}")

#: ``Corpus.references_frame`` of a store (the code a reference's ``resolved`` and ``nested_in`` point to read
#: from the list of its document's codes, ``i`` being 0, 1, … in each: two joins of ``refs`` with itself made
#: DuckDB hash the whole rows of one side, more than its memory limit at 30k documents)
_REFERENCES = """
select r.path, r.start, r."end", r.text, r.kind, r.doc_type, r.number, r.code, r.date, r.issuer, r.term, r.level,
       r.locality, r.subject, r.relation, r.trigger, r.key,
       c.codes[r.resolved + 1] as resolved, c.codes[r.nested_in + 1] as nested_in,
       r.part as "where", r.notes_text as notes
from (select * from refs{refs}) r join files s on s.path = r.path
join (select path, list(code order by i) as codes from refs{refs} group by path) c on c.path = r.path{files}
order by s.seq, r.i
"""
REFERENCES_VIEW = _REFERENCES.format(refs="", files="")

#: the rows of :data:`REFERENCES_VIEW` by pieces, in its order: the references of the documents of a range of ``seq``
REFERENCES_OF = _REFERENCES.format(refs=" where path between $lo and $hi", files="\nwhere s.seq >= $first and s.seq < $last")

#: the columns of ``Corpus.findings_frame`` (``f`` a finding, ``r`` its reference)
_FINDING_COLUMNS = 'f.path, f.rule, f.severity, f.start, f."end", f.text, f.suggestion, f.message, f.message_vi, r.code, f.source'

#: ``Corpus.findings_frame`` of a store: each document's findings, then the corpus rules'
FINDINGS_VIEW = f"""
select {_FINDING_COLUMNS}
from (select *, 0 as part from findings union all by name select *, 1 as part from corpus_findings) f
left join refs r on r.path = f.path and r.i = f.reference
left join files s on s.path = f.path
order by f.part, case when f.part = 0 then s.seq else 0 end, f.i
"""

#: the rows of :data:`FINDINGS_VIEW` by pieces, in its order (:func:`findings_pieces`): the findings of the documents
#: of a range of ``seq`` (whose paths lie between two: DuckDB skips the row groups of other documents), then those of
#: the corpus rules of a range of ``i``
FINDINGS_OF_DOCUMENTS = f"""
select {_FINDING_COLUMNS}
from findings f join files s on s.path = f.path
left join (select path, i, code from refs where path between $lo and $hi) r on r.path = f.path and r.i = f.reference
where s.seq >= $first and s.seq < $last and f.path between $lo and $hi
order by s.seq, f.i
"""
FINDINGS_OF_CORPUS = f"""
select {_FINDING_COLUMNS}
from corpus_findings f left join refs r on r.path = f.path and r.i = f.reference
where f.i >= $first and f.i < $last
order by f.i
"""


def findings_pieces(con, batch: int) -> list[tuple[str, dict]]:
    """(query, parameters) of each piece of :data:`FINDINGS_VIEW`: the findings of ``batch`` documents, then of
    ``batch`` corpus findings, at a time."""
    ranges = con.execute(
        "select seq // $n * $n as first, min(path), max(path) from files where path in (select path from findings) "
        "group by 1 order by 1",
        {"n": batch},
    ).fetchall()
    out = [(FINDINGS_OF_DOCUMENTS, {"first": a, "last": a + batch, "lo": lo, "hi": hi}) for a, lo, hi in ranges]
    lo, hi = con.execute("select min(i), max(i) from corpus_findings").fetchall()[0]
    if lo is not None:  # (these join every reference: pieces ten times as large)
        out += [(FINDINGS_OF_CORPUS, {"first": a, "last": a + batch * 10}) for a in range(lo, hi + 1, batch * 10)]
    return out or [(FINDINGS_OF_CORPUS, {"first": 0, "last": 0})]  # (no rows: a frame of the columns)


#: ``Corpus.edges_frame`` of a store (of the graph last built), in the graph's edge order
EDGES_VIEW = """
select source, target, relation, mentions, inferred, repaired, source_level, target_level, source_date, target_date, files
from graph_edge_rows
order by k
"""

#: the tables ``vanban report`` writes, as views of a store
VIEWS = {"documents": DOCUMENTS_VIEW, "references": REFERENCES_VIEW, "findings": FINDINGS_VIEW, "edges": EDGES_VIEW}

#: the rows of :data:`EDGES_VIEW` by pieces, in its order: the edges of a range of ``k``
EDGES_OF = EDGES_VIEW.replace("order by k", "where k >= $first and k < $last\norder by k")


def table_pieces(con, name: str, batch: int) -> list[tuple[str, dict]]:
    """(query, parameters) of each piece of the report table ``name`` (of :data:`VIEWS`), in its order, each of the
    rows of ``batch`` files (documents, unreadable files, references, findings; ``batch`` * 10 edges or corpus
    findings) at most: a query of the whole table joins and sorts all of its rows at once, in DuckDB's memory, which
    grows with the corpus (at 1M generated documents a table did not fit 256 MiB; at 100k none of the four fit 64 MiB,
    the pieces of documents, references and edges did), a piece only its own."""
    if name == "findings":
        return findings_pieces(con, batch)
    if name == "edges":
        lo, hi = con.execute("select min(k), max(k) from graph_edge_rows").fetchall()[0]
        step = batch * 10
        return [(EDGES_OF, {"first": a, "last": a + step}) for a in range(lo, hi + 1, step)] if lo is not None else []
    documents = _ranges(con, "path in (select path from documents)", batch)
    if name == "references":
        return [(REFERENCES_OF, r) for r in documents]
    return [(DOCUMENTS_OF_DOCUMENTS, r) for r in documents] + [
        (DOCUMENTS_OF_UNREADABLE, r) for r in _ranges(con, "error_kind is not null", batch)
    ]


def _ranges(con, where: str, batch: int) -> list[dict]:
    """The parameters of :data:`_IN_PIECE` for the files ``where`` says, ``batch`` places of ``seq`` at a time."""
    rows = con.execute(
        f"select seq // $n * $n as first, min(path), max(path) from files where {where} group by 1 order by 1", {"n": batch}
    ).fetchall()
    return [{"first": a, "last": a + batch, "lo": lo, "hi": hi} for a, lo, hi in rows if a is not None]
