"""A corpus store: each file parsed once into compact records, kept in one DuckDB file.

``Store(path).sync(folder)`` reads every file of the folder that is new or whose content
changed since the last sync (content hash; the size and modification time say "unchanged"
without reading the file), drops the files that are gone, and keeps for each document its
letterhead, references, findings and what the graph reads of its text (``documents``,
``references``, ``findings``); the unreadable ones are in ``files`` with the reason. The
graph is built from the stored records (the same graph ``Corpus.graph()`` builds from the
Documents) and kept in ``graph_nodes`` / ``graph_edges`` until a file changes. Everything is
plain SQL for analysts (``store.sql("select …")``, or the ``duckdb`` command line on the
file); the frames are views of these tables; a full Document is read again from its file on
demand (:meth:`Store.document`).

DuckDB and pyarrow are optional (``pip install 'vanban[store]'``), imported when a store is
opened. One process writes a store at a time (DuckDB locks the file); others may open it
``read_only``.

Example::

    >>> import tempfile, os
    >>> with Store(os.path.join(tempfile.mkdtemp(), "corpus.duckdb")) as st:
    ...     first = st.sync("corpus", progress=False)
    ...     again = st.sync("corpus", progress=False)
    ...     n = st.sql("select count(*) from refs where code = '93-KL/TW'").fetchall()[0][0]
    >>> first.parsed > 20, again.parsed, again.unchanged == first.parsed, n > 10
    (True, 0, True, True)
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union

from .. import cache
from ..checks import check_corpus
from ..cluster import ReadOptions
from ..errors import PathError, VanbanError
from ..facts import Lexicon
from ..frames import FORMULA_STARTS, dated
from ..graph import build_graph
from ..graph.records import Record
from ..model import Finding
from ..parallel import NO_YOUNG_COLLECTIONS, bulk_gc
from ..read import CorpusError, read
from ..readers import Limits, Skipped, collect
from .schema import LAYOUT, TABLES, whole  # (the version of the tables; a store of another layout is read again from its files)

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["Store", "SyncReport", "StoreError", "sync"]

#: DuckDB's memory (its buffers, the rows of a transaction, a sort, a join): beyond it DuckDB writes to
#: ``temp_directory`` (by default ``<store>.tmp``, next to the store: made only when needed, removed on
#: closing) or evicts the blocks it read from the store. Everything a store does fits in it (the graph's
#: blobs are read one at a time); at 1 GB, DuckDB kept what it wrote of the graph, 0.3 GB more at 30k
#: documents and growing with them, while the records and the graph need the memory (issue 15).
MEMORY_LIMIT = "256MiB"  # in MiB, as DuckDB says it back: a limit set again is the same

#: the paths whose place :meth:`Store.set_order` writes in one update: the update joins them to ``files``, and the
#: 1,000,000 of a generated corpus at once, in the sync's deferred checkpoint (schema.deferred), did not fit DuckDB's
#: 256 MiB ("failed to pin block of size 256.0 KiB", after 71 minutes of parsing); 50,000 are ~10 MB of paths
ORDER_PIECE = 50_000


class StoreError(VanbanError):
    """A store that cannot be opened or used: not a vanban store, locked by another process, no duckdb."""


@dataclass
class SyncReport:
    """What a sync did: files parsed (new or changed), unchanged, removed, and the errors among them."""

    parsed: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: list[CorpusError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list, repr=False)
    seconds: float = 0.0

    def __str__(self) -> str:
        return (
            f"{self.parsed} parsed, {self.unchanged} unchanged, {self.removed} removed, {len(self.errors)} unreadable "
            f"({self.seconds:.1f} s)"
        )


def _duckdb():
    try:
        import duckdb
    except ImportError as e:
        raise StoreError("a store needs duckdb and pyarrow: pip install 'vanban[store]'") from e
    return duckdb


def parser_key(lexicon: Lexicon) -> str:
    """What records depend on: vanban's version, its source and data files, the lexicon's additions."""
    root = Path(__file__).resolve().parent.parent
    files = sorted(root.rglob("*.py")) + sorted((root / "facts" / "data").glob("*.csv"))
    additions = json.dumps(lexicon.additions_json(), ensure_ascii=False, sort_keys=True) if lexicon.additions else ""
    return cache.fingerprint("store", LAYOUT, additions, *files)


class Store:
    """Compact records of a corpus in one DuckDB file (see the module doc).

    >>> Store("/no/such/folder/x.duckdb")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    vanban.store.StoreError: cannot open /no/such/folder/x.duckdb: ...
    """

    def __init__(
        self,
        path: Union[str, Path],
        *,
        read_only: bool = False,
        memory_limit: Optional[str] = MEMORY_LIMIT,
        temp_directory: Union[str, Path, None] = None,
    ):
        duckdb = _duckdb()
        self.con = None
        self.path = Path(path)
        self.read_only = read_only
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
            self.con.execute("set enable_progress_bar = false")
            if memory_limit:  # see MEMORY_LIMIT
                self.con.execute(f"set memory_limit = '{memory_limit}'")
            tmp = str(temp_directory if temp_directory is not None else f"{self.path}.tmp").replace("'", "''")
            self.con.execute(f"set temp_directory = '{tmp}'")
        except (duckdb.Error, OSError) as e:
            raise StoreError(f"cannot open {self.path}: {e}") from e
        if not read_only:
            from .schema import create

            create(self.con)
        self._records: dict[str, Record] = {}  # records made or read in this session, by path
        self._shared: dict = {}  # their repeated values, one object each (rows.compact)
        self._files_key: Optional[str] = None  # graphs.files_key of the files held, when known
        #: records held in memory, at most: a store of more documents builds its graph from records read again a
        #: batch at a time (:meth:`build_by_batches`), and a sync keeps none of those it writes
        self.keep = 20_000
        #: the documents whose records are whole at once while a graph is built by batches
        self.batch = 10_000

    # --- opening and closing ---------------------------------------------------------

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        n = self.con.execute("select count(*) from files").fetchall()[0][0] if self.con is not None else "closed"
        return f"<Store {self.path} · {n} files>"

    def sql(self, query: str, params: Optional[list] = None):
        """The result of ``query`` (SQL; a ``?`` for each of ``params``) over the store's tables:
        ``.df()``, ``.fetchall()``, ``.fetchone()``."""
        self._files_key = None  # the query may change the files
        return self.con.execute(query, params or [])

    def state_key(self, *options) -> str:
        """:func:`.graphs.state_key`: the files' part read once until a sync, a clear or a query may change them."""
        from .graphs import files_key, state_key

        if self._files_key is None:
            self._files_key = files_key(self.con)
        return state_key(self.con, *options, files=self._files_key)

    # --- syncing ---------------------------------------------------------------------

    def sync(
        self,
        paths: Union[str, Path, Iterable[Union[str, Path]]],
        *,
        pattern: str = "*",
        workers: Optional[int] = None,
        client=None,
        progress: bool = True,
        lexicon: Optional[Lexicon] = None,
        limits: Optional[Limits] = None,
    ) -> SyncReport:
        """Make the store hold the files under ``paths`` (as :meth:`Corpus.from_paths` finds them):
        new and changed files parsed (in ``workers`` processes, or on the Dask ``client``), files
        no longer there removed, the others left as they are. A store made by another version of
        vanban or with another lexicon is parsed again from the files."""
        options = ReadOptions(pattern=pattern, workers=workers, progress=progress, lexicon=lexicon, limits=limits, client=client)
        return self.sync_with(paths, options)

    def sync_with(self, paths: Union[str, Path, Iterable[Union[str, Path]]], options: ReadOptions) -> SyncReport:
        """:meth:`sync` with its options as one value (what ``Corpus.from_store`` carries)."""
        import time

        from .rows import Writer, changed_files, compact
        from .schema import deferred

        t0 = time.perf_counter()
        self._files_key = None
        options = options.resolved()
        lex = options.lexicon
        found = collect(paths, pattern=options.pattern, strings=True)
        report = SyncReport(skipped=list(found.skipped))
        report.errors = [CorpusError(m, str(PathError(m)), "PathError") for m in found.missing]
        key = parser_key(lex)
        if self.meta("parser") != key:
            self.clear()
            self.set_meta("parser", key)
        files = found.files  # (strings: collect(strings=True))
        todo, replaced, report.unchanged, report.removed, same_order = changed_files(self.con, files, found.stats)
        for p in todo:
            self._records.pop(p, None)
        # the records held for the graph, ``keep`` at most: a larger store builds it from records read again by batches
        hold = len(todo) + len(self._records) <= self.keep
        if not hold:
            self._records, self._shared = {}, {}
        with deferred(self.con, then=bool(todo)):  # one checkpoint at the end (schema.DEFERRED)
            with Writer(self.con, held=hold, stored=replaced) as w:
                for path, size, mtime, digest, got in options.map(todo):
                    w.add(path, size, mtime, digest, got)
                    if isinstance(got, Record) and hold:
                        self._records[path] = compact(got, self._shared)
                    report.parsed += 1
        if todo or not same_order:  # after the sync's checkpoint: the update joins every path (see ORDER_PIECE)
            self.set_order(files)
        report.errors += self.errors()
        self.set_meta("lexicon", json.dumps(lex.additions_json(), ensure_ascii=False))
        report.seconds = time.perf_counter() - t0
        self._files_key = None
        return report

    def set_order(self, paths: list[str], piece: int = ORDER_PIECE) -> None:
        """Documents come out in the order of the last sync (the order ``Corpus.from_dir`` reads them in), the files'
        ``seq`` set ``piece`` paths at a time (:data:`ORDER_PIECE`)."""
        import pyarrow as pa

        for lo in range(0, len(paths), piece):
            part = paths[lo : lo + piece]
            self.con.register(
                "_order", pa.table({"path": pa.array(part, pa.string()), "seq": pa.array(range(lo, lo + len(part)), pa.int32())})
            )
            self.con.execute("update files set seq = o.seq from _order o where files.path = o.path")
            self.con.unregister("_order")

    def clear(self) -> None:
        for t in (t for t in TABLES if t != "meta"):
            self.con.execute(f'delete from "{t}"')
        self._records, self._shared = {}, {}
        self._files_key = None
        self.con.execute("delete from meta where name <> 'layout'")

    def meta(self, name: str) -> Optional[str]:
        row = next(iter(self.con.execute("select value from meta where name = ?", [name]).fetchall()), None)
        return row[0] if row else None

    def set_meta(self, name: str, value: str) -> None:
        self.con.execute("insert or replace into meta values (?, ?)", [name, value])

    # --- reading ---------------------------------------------------------------------

    def paths(self) -> list[str]:
        """The paths of the documents held, in order."""
        return [r[0] for r in self.con.execute("select path from documents join files using (path) order by seq").fetchall()]

    def __len__(self) -> int:
        return self.con.execute("select count(*) from documents").fetchall()[0][0]

    def errors(self) -> list[CorpusError]:
        """The files of the last sync that could not be read, with the reason."""
        rows = self.con.execute("select path, error_reason, error_kind from files where error_kind is not null order by seq")
        return [CorpusError(p, r, k) for p, r, k in rows.fetchall()]

    def records(self, paths: Optional[Iterable[str]] = None) -> list[Record]:
        """The records of the documents held (of ``paths`` when given), in path order."""
        from .rows import read_records

        wanted = self.paths() if paths is None else list(paths)
        missing = [p for p in wanted if p not in self._records]
        if missing:  # most of the store: read every record (a long list of paths in SQL costs more than the rows)
            some = None if paths is None and len(missing) > len(wanted) // 2 else missing
            for r in read_records(self.con, some, self._shared):
                self._records.setdefault(r.path, r)
        return [self._records[p] for p in wanted if p in self._records]

    def document(self, path: str, *, lexicon: Optional[Lexicon] = None):
        """The full Document of a stored file, read again from the file."""
        lex = lexicon if lexicon is not None else self.lexicon()
        return read(Path(path), lexicon=lex)

    def lexicon(self) -> Lexicon:
        """The lexicon the records were made with."""
        raw = self.meta("lexicon")
        return Lexicon.from_json(json.loads(raw)) if raw and raw != "[]" else Lexicon.default()

    # --- the graph -------------------------------------------------------------------

    def graph(self, *, registry: bool = True, guess_terms: bool = True, repair: bool = True) -> nx.MultiDiGraph:
        """The cascade graph of the stored records (:func:`vanban.graph.build_graph`): built once
        after each change, then read back from ``graph_nodes`` / ``graph_edges``."""
        from .graphs import load_graph

        key = self.state_key(registry, guess_terms, repair)
        if self.meta("graph") == key:
            return load_graph(self.con)
        return self.build_graph(key, registry=registry, guess_terms=guess_terms, repair=repair)

    def build_graph(self, key: str, **options) -> nx.MultiDiGraph:
        """Build the graph of the stored records and keep it (with the corpus findings) under ``key``: of the
        records in memory when the store holds at most :attr:`keep` documents, else of the records read again
        from the store a batch at a time (:meth:`build_by_batches`)."""
        from .graphs import save_graph

        if len(self) > self.keep:
            G = self.build_by_batches(**options)
        else:
            G = self.build_at_once(**options)
        if not self.read_only:
            save_graph(self.con, G)
            self.set_meta("graph", key)
        return G

    def build_at_once(self, *, registry: bool, guess_terms: bool, repair: bool) -> nx.MultiDiGraph:
        """The graph of the records held (read when not), the corpus findings kept."""
        records, lex = self.records(), self.lexicon()
        # the collector off: the records and the graph are millions of objects that all live on, and each full
        # collection while the findings and the graph's rows are made scanned them all (8.8 s of 33 at 30k)
        with bulk_gc(every=NO_YOUNG_COLLECTIONS):
            # the corpus rules once: the graph's repairs read their date conflicts, the store keeps them all
            found = check_corpus(records, lex=lex) if repair or not self.read_only else None
            if not self.read_only:
                self.corpus_findings(records, found)
            return build_graph(
                records, lexicon=lex, registry=registry, guess_terms=guess_terms, repair=repair, corpus_findings=found
            )

    def build_by_batches(self, *, registry: bool, guess_terms: bool, repair: bool, batch: Optional[int] = None):
        """The graph of the stored records read a batch at a time (:class:`vanban.graph.Batches`): every
        document's letterhead first, then the references of :attr:`batch` documents at a time, let go once their
        citations are in, so that the records of the whole store and the graph are never in memory together. The
        corpus findings are made on the way and written as they come."""
        from ..checks import corpus_rule_order
        from ..graph import Batches
        from .rows import FindingSink, fill_records, read_heads

        self._records, self._shared = {}, {}  # (what a sync or a query read: read again with the rest)
        memo: dict = {}  # the records' repeated values, one object each (rows.compact), for this build
        sink = None
        if not self.read_only:  # (the corpus findings are not whole until the end)
            self.con.execute("delete from meta where name = 'corpus_findings'")
            sink = FindingSink(self.con)
        with bulk_gc(every=NO_YOUNG_COLLECTIONS):
            heads = read_heads(self.con, memo)
            size = batch or self.batch
            cited = "select distinct key from refs where relation is distinct from 'self'"
            cited = {k for (k,) in self.con.execute(cited).fetchall()}
            todo = Batches(heads, lambda some: fill_records(self.con, some, memo, size), cited, sink)
            del heads, cited
            # the build lets go of the records (and of the memo, with ``fill``) once their citations are in
            G = build_graph(todo, lexicon=self.lexicon(), registry=registry, guess_terms=guess_terms, repair=repair)
        if sink is not None:
            sink.close(corpus_rule_order())
            self.set_meta("corpus_findings", self.state_key())
        return G

    def corpus_findings(self, records: Optional[list[Record]] = None, found: Optional[list[Finding]] = None) -> list[Finding]:
        """The findings of the rules that need several documents (``date-conflict``), kept in
        ``corpus_findings`` until a file changes (``found``: those of ``records``, when already made)."""
        from .rows import Writer, finding_rows, read_findings

        key = self.state_key()
        if self.meta("corpus_findings") == key and records is None:
            return read_findings(self.con, documents=False, batch=self.batch)
        records = records if records is not None else self.records()
        found = found if found is not None else check_corpus(records, lex=self.lexicon())
        if not self.read_only:
            Writer.replace(self.con, "corpus_findings", finding_rows(found, records))
            self.set_meta("corpus_findings", key)
        return found

    # --- frames ------------------------------------------------------------------------

    def documents_frame(self):
        """One row per document (and per unreadable file), as ``Corpus.documents_frame``."""
        from .schema import DOCUMENTS_VIEW

        with whole(self.con):
            return dated(self.con.execute(DOCUMENTS_VIEW).df(), "date")

    def references_frame(self):
        """One row per reference, as ``Corpus.references_frame``."""
        from .schema import REFERENCES_VIEW

        with whole(self.con):
            return dated(self.con.execute(REFERENCES_VIEW).df(), "date")

    def findings_frame(self):
        """One row per finding, the corpus rules' too, as ``Corpus.findings_frame``."""
        from .schema import findings_pieces

        self.corpus_findings_current()
        return _spilling_frame(self.con, findings_pieces(self.con, self.batch))

    def edges_frame(self):
        """One row per edge of the graph, as ``Corpus.edges_frame`` (read from ``graph_edges``)."""
        from .schema import EDGES_VIEW

        self.graph_current()
        with whole(self.con):
            df = dated(self.con.execute(EDGES_VIEW).df(), "source_date", "target_date")
        df["files"] = df["files"].map(list)
        return df

    def graph_current(self) -> None:
        """Make ``graph_nodes``/``graph_edges`` hold the graph of the records held now (the default options)."""

        key = self.state_key(True, True, True)
        if self.meta("graph") != key:
            self.build_graph(key, registry=True, guess_terms=True, repair=True)

    def write_csv(self, folder: Union[str, Path]) -> dict[str, Path]:
        """The tables ``vanban report`` writes (``documents.csv``, ``references.csv``, ``findings.csv``,
        ``edges.csv``), written by DuckDB from the store: the columns and rows of the frames, a cell a
        spreadsheet would run as a formula prefixed with an apostrophe (:func:`vanban.frames.safe_cell`)."""
        from .schema import VIEWS, table_pieces

        self.graph_current()
        self.corpus_findings_current()
        out = {name: Path(folder) / f"{name}.csv" for name in VIEWS}
        key, digest = f"csv:{Path(folder).resolve()}", self.digest()
        if self.meta(key) == _written(digest, out):  # these very files, written from these very rows
            return out
        _write_tables(self.con, {n: (view, out[n], table_pieces(self.con, n, self.batch)) for n, view in VIEWS.items()})
        if not self.read_only:
            self.set_meta(key, _written(digest, out))
        return out

    def digest(self) -> str:
        """A digest of every row the tables of :meth:`write_csv` are made of (and of the code that
        makes them, the parser key): the same only when they would be written the same."""
        parts = [self.meta("parser") or ""]
        for t, cols in _DIGESTED:
            parts += map(str, self.con.execute(f'select count(*), sum(hash(t)) from (select {cols} from "{t}") t').fetchone())
        return cache.fingerprint(*parts)

    def corpus_findings_current(self) -> None:
        """Make ``corpus_findings`` hold the findings of the records held now: made with the graph when the store
        holds more than :attr:`keep` documents (:meth:`build_by_batches`: never every record in memory at once)."""
        if self.meta("corpus_findings") == self.state_key():
            return
        if len(self) > self.keep and not self.read_only:
            self.build_graph(self.state_key(True, True, True), registry=True, guess_terms=True, repair=True)
        else:
            self.corpus_findings(self.records())

    def findings(self) -> list[Finding]:
        """Every document's findings, in order, then those of the corpus rules (:meth:`corpus_findings`), as
        ``Corpus.findings``: read from the store with the references they point to, a batch of documents at a
        time (:func:`.rows.read_findings`), not from every record."""
        from .rows import read_findings

        if self.read_only and self.meta("corpus_findings") != self.state_key():  # made now, not kept: of the records
            records = self.records()
            return [f for r in records for f in r.findings] + self.corpus_findings(records)
        self.corpus_findings_current()
        return read_findings(self.con, batch=self.batch)


#: the tables the views of ``write_csv`` read (the edges' attributes aside: the views read their plain columns)
_DIGESTED = [(t, "*") for t in ("files", "documents", "refs", "findings", "corpus_findings")] + [
    ("graph_edge_rows", "* exclude (rules, excluded, evidence, attrs)")
]


def _written(digest: str, out: dict[str, Path]) -> str:
    """What ``meta`` keeps of a ``write_csv``: the digest of the rows, each file's size and time."""
    stats = {}
    for name, p in out.items():
        try:
            st = p.stat()
            stats[name] = [st.st_size, st.st_mtime_ns, st.st_ino]
        except OSError:
            stats[name] = None
    return json.dumps([digest, stats])


def _one_thread(con):
    """DuckDB on one thread while it sorts a report table into a file: each thread sorts its part in memory of
    its own (at 100k documents the sorts of ``references`` and ``findings`` on two threads did not fit in
    :data:`MEMORY_LIMIT`; on one they take 0.33 GB of the process's memory at most, 1.5 s more)."""
    from .schema import settings

    return settings(con, threads=1)


#: DuckDB's memory while it joins and sorts the rows of a frame it gives through Arrow, a piece at a time: beyond it,
#: it sorts on disk (``temp_directory``). The findings frame of 100k generated documents (218k rows joined with 537k
#: references) in one query did not fit (nor at BULK_LIMIT without 0.4 GB more than the process held); by pieces of
#: ``Store.batch`` documents, 0.1 GB (its rows in Arrow and in the frame).
SORT_LIMIT = "128MiB"


def _spilling_frame(con, pieces: list[tuple[str, dict]]):
    """:func:`_frame` of ``pieces`` on one thread with DuckDB's memory at :data:`SORT_LIMIT` (sorting on disk
    beyond it); should a piece not fit, again under :data:`.schema.BULK_LIMIT`."""
    import duckdb

    from .schema import settings

    try:
        with settings(con, threads=1, memory_limit=SORT_LIMIT):
            return _frame(con, pieces)
    except duckdb.OutOfMemoryException:
        with whole(con):
            return _frame(con, pieces)


#: a text cell a spreadsheet would run (:data:`.frames.FORMULA_STARTS`: = + - @, a tab or a carriage return), as a
#: DuckDB regular expression in an SQL string: '^[=+\-@\t\r]'
_RISKY = "'^[" + "".join({"-": "\\-", "\t": "\\t", "\r": "\\r"}.get(c, c) for c in FORMULA_STARTS) + "]'"


#: the report table written on a cursor of its own while the others are written (:func:`_write_tables`): the largest,
#: a row per reference (at 20k generated documents 0.40 s of the four tables' 0.81)
BESIDE = "references"


def _write_tables(con, tables: dict[str, tuple]) -> None:
    """Each table of ``tables`` ((query, path, pieces): :func:`_copy_csv`) to its CSV file, DuckDB on one thread
    (:func:`_one_thread`) for each of two cursors at once: :data:`BESIDE` on a thread of its own
    (:func:`.schema.behind`), the others here, one after another. DuckDB writes off the GIL: the four tables one after
    another kept one core busy and the other idle, a sixth of the serial tail of a 100k cold run (issue 15: "the graph
    and tables steps run serially in the parent after the read, one core idle"). A table that does not fit (the two
    sorts share DuckDB's memory) is written again alone, under :data:`.schema.BULK_LIMIT` (at 1M generated documents a
    table's join and sort in one query did not fit 256 MiB: "failed to allocate data of size 16.0 MiB (248.2 MiB/256.0
    MiB used)"; by pieces, :func:`.schema.table_pieces`, each fits)."""
    import duckdb

    from .schema import behind

    failed: list = []

    def lane(cur, names: list) -> None:
        for name in names:
            try:
                _copy_csv(cur, *tables[name])
            except duckdb.OutOfMemoryException:
                failed.append(name)

    with _one_thread(con), behind(con) as put:  # (threads is the database's setting: both cursors' statements)
        put(lane, [n for n in tables if n == BESIDE])
        lane(con, [n for n in tables if n != BESIDE])
    for name in sorted(failed, key=list(tables).index):
        with whole(con):
            _copy_csv(con, *tables[name])


def _copy_csv(con, query: str, path: Path, pieces: Optional[list[tuple[str, dict]]] = None) -> None:
    """``query`` to a CSV file by DuckDB, risky text cells prefixed with an apostrophe; by ``pieces`` when given
    ((query, parameters) each, its rows in the order of ``query``'s: each written by DuckDB to a file of its own,
    the header in the first only, and appended to ``path``: the same bytes as the one query writes)."""
    cols = con.execute(f"describe {query}").fetchall()

    def cell(name: str, kind: str) -> str:
        q = '"' + name.replace('"', '""') + '"'
        if kind == "VARCHAR":
            return f"case when regexp_matches({q}, {_RISKY}) then chr(39) || {q} else {q} end as {q}"
        return q

    select = ", ".join(cell(c[0], c[1]) for c in cols)
    if not pieces:
        target = str(path).replace("'", "''")
        con.execute(f"copy (select {select} from ({query})) to '{target}' (header, delimiter ',')")
        return
    part = Path(f"{path}.piece")
    target = str(part).replace("'", "''")
    try:
        with open(path, "wb") as out:
            for n, (q, params) in enumerate(pieces):
                header = "true" if n == 0 else "false"
                con.execute(f"copy (select {select} from ({q})) to '{target}' (header {header}, delimiter ',')", params)
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
    finally:
        part.unlink(missing_ok=True)


def _frame(con, pieces: list[tuple[str, dict]]):
    """The frame ``con.execute(query).df()`` gives of the rows of ``pieces`` ((query, parameters) each, one after
    another), made through Arrow (a third of the time: its text columns go to pandas' Arrow strings once, not
    through Python strings): a text column with no value is one of None, an integer column with a missing value
    is of pandas' nullable integers."""
    import pandas as pd
    import pyarrow as pa

    parts = [con.sql(q, params=params).to_arrow_table() for q, params in pieces]
    tb = pa.concat_tables(parts)
    del parts
    df = tb.to_pandas()
    for name, col in zip(tb.column_names, tb.columns):
        if pa.types.is_string(col.type) and col.null_count == len(col):
            df[name] = pd.Series([None] * len(col), index=df.index, dtype=object)
        elif pa.types.is_integer(col.type) and col.null_count:
            df[name] = pd.array(col.to_pylist(), dtype=f"Int{col.type.bit_width}")
    return df


def sync(
    paths: Union[str, Path, Iterable[Union[str, Path]]],
    store: Union[str, Path, None] = None,
    **kw,
) -> SyncReport:
    """``Store(store).sync(paths, **kw)``; the store defaults to ``.vanban.duckdb`` inside the folder.

    >>> import tempfile, os
    >>> print(sync("corpus", os.path.join(tempfile.mkdtemp(), "s.duckdb"), progress=False))  # doctest: +ELLIPSIS
    2... parsed, 0 unchanged, 0 removed, 0 unreadable (... s)
    """
    if store is None:
        if isinstance(paths, (str, Path)) and Path(paths).is_dir():
            store = Path(paths) / ".vanban.duckdb"
        else:
            raise VanbanError("sync: say where the store is (store=…) when reading more than one folder")
    with Store(store) as st:
        return st.sync(paths, **kw)
