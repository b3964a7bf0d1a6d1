"""Records to rows and back: what a store writes of each document, and how it reads it.

A record written and read back is the record it was (:func:`read_records`): the same
letterhead, references (their links to each other as positions), findings (their reference
as a position, their fix typed), and what the graph reads. Rows go in by batches, as Arrow
tables, a file's old rows deleted in the same transaction.

Example::

    >>> import duckdb
    >>> from vanban import parse
    >>> from vanban.graph import record_of
    >>> from vanban.store.schema import create
    >>> con = duckdb.connect()
    >>> create(con)
    >>> doc = parse("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư", path="a.txt")
    >>> with Writer(con) as w:
    ...     w.add("a.txt", 10, 1, "h", record_of(doc))
    >>> back = read_records(con)[0]
    >>> (back.references[0].key, back.references[0].date, back.sentences == record_of(doc).sentences)
    ('93-KL/TW#XII', datetime.date(2020, 11, 20), True)
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import os
from collections import defaultdict
from collections.abc import Container
from contextlib import contextmanager
from itertools import accumulate, compress, repeat
from operator import attrgetter, is_not
from types import MappingProxyType
from typing import Optional, Union

from ..cluster import content_hash
from ..graph.records import Record
from ..model import CodeParts, Finding, Fix, Flag, Header, IssuerParts, Note, Reference
from ..parallel import NO_YOUNG_COLLECTIONS, bulk_gc
from ..read import CorpusError
from .schema import behind, bounded, transaction, whole

__all__ = [
    "Writer",
    "changed_files",
    "read_records",
    "read_heads",
    "fill_records",
    "read_findings",
    "finding_rows",
    "placed_finding_rows",
    "FindingSink",
    "document_finding_rows",
    "compact",
]

#: Reference fields stored as they are
REF_FIELDS = (
    "start",
    "end",
    "text",
    "doc_type",
    "number",
    "code",
    "date",
    "issuer",
    "term",
    "subject",
    "relation",
    "key",
    "kind",
    "year",
    "issuer_code",
    "level",
    "locality",
    "name",
    "alias",
    "trigger",
)
SPANS = ("code_span", "date_span", "issuer_span", "term_span", "subject_span")
HEADER_FIELDS = (
    "doc_type",
    "code",
    "number",
    "issuer",
    "superior",
    "issuer_code",
    "level",
    "system",
    "motto",
    "place",
    "date",
    "title",
    "province",
    "district",
    "commune",
)
COUNTS = ("sections", "recipients", "signer", "unparsed", "pages", "chars", "text_damaged", "warnings")


#: the fields whose values many records repeat (a type, an issuer, a code, a relation, a message), shared by
#: :func:`compact` through one dict: each record of a worker or of a row comes with its own copies
REF_SHARED = (*REF_FIELDS[2:], "code_parts", "issuer_parts")
HEADER_SHARED = tuple(f for f in HEADER_FIELDS if f != "title")
FINDING_SHARED = ("rule", "severity", "message", "message_vi", "suggestion", "path", "fix", "source")


def compact(rec: Record, memo: dict) -> Record:
    """``rec`` with its repeated values shared with those of the records before it (``memo``: value ->
    the one object kept); equal values, so the record is the record it was. 100k records held for the
    graph were a third of a store's peak memory, most of it copies of the same few thousand strings."""
    share = memo.setdefault
    rec.path = share(rec.path, rec.path)
    for r in rec.references:
        for f in REF_SHARED:
            v = getattr(r, f)
            if v is not None:
                setattr(r, f, share(v, v))
        _share_offsets(r, share)
    h = rec.header
    for f in HEADER_SHARED:
        v = getattr(h, f)
        if v is not None:
            setattr(h, f, share(v, v))
    for f in rec.findings:
        for name in FINDING_SHARED:
            v = getattr(f, name)
            if v is not None:
                setattr(f, name, share(v, v))
    # the sentence of several references, of one document or of several (a generated cascade repeats its
    # sentences: 559k citing sentences of 100k documents are 240k different strings): one string; an empty list
    # left as it is (a hollow record's one empty tuple stays one)
    for name in ("positions", "parts", "finding_texts", "warnings", "sentences"):
        values = getattr(rec, name)
        if values:
            setattr(rec, name, [share(v, v) for v in values])
    return rec


_OFFSETS = ("start", "end", *SPANS)


def _share_offsets(r: Reference, share) -> None:
    """``r``'s offsets and spans shared (``share``: ``memo.setdefault``): ints and (start, end) tuples of ints, equal
    in many documents of one template (at 10k generated documents 0.24 KB of each reference's 0.7 KB were these)."""
    for f in _OFFSETS:
        v = getattr(r, f)
        if v is not None:
            setattr(r, f, share(v, v))


def _span(s) -> Optional[list]:
    return list(s) if s is not None else None


def _tuple(s) -> Optional[tuple]:
    return tuple(s) if s is not None else None


def document_row(rec: Record) -> dict:
    h = rec.header
    row = {"path": rec.path, "kind": rec.kind, "key": rec.key}
    row.update({f: getattr(h, f) for f in HEADER_FIELDS})
    row.update(
        head_start=h.start,
        head_end=h.end,
        title_span=_span(h.spans.get("title")),
        inferred=sorted(h.inferred),
        preamble=_span(rec.preamble),
        deadline=rec.deadline,
        fingerprint=rec.fingerprint,
        n_references=len(rec.references),
        n_errors=sum(f.severity == "error" for f in rec.findings),
        n_warnings=sum(f.severity == "warning" for f in rec.findings),
    )
    row.update({f: getattr(rec, f) for f in COUNTS})
    return row


_FLAGS = tuple(Flag)


_REF_GET = attrgetter(*REF_FIELDS)
_SPANS_GET = attrgetter(*SPANS)


def reference_columns(rec: Record, cols: dict[str, list]) -> None:
    """The rows of ``rec``'s references (``i`` their position) appended to ``cols`` column by column: no
    dict per reference (the largest cost of a sync's parent was making them, then reading them back)."""
    refs = rec.references
    n = len(refs)
    if not n:
        return
    cols["path"] += [rec.path] * n
    cols["i"] += range(n)
    for name, values in zip(REF_FIELDS, zip(*map(_REF_GET, refs))):
        cols[name] += values
    for name, values in zip(SPANS, zip(*map(_SPANS_GET, refs))):
        cols[name] += values  # (start, end) tuples: Arrow reads them as the lists they are stored as
    at = {id(r): i for i, r in enumerate(refs)}
    cols["resolved"] += [None if r.resolved is None else at.get(id(r.resolved)) for r in refs]
    cols["nested_in"] += [None if r.nested_in is None else at.get(id(r.nested_in)) for r in refs]
    # the parts and the notes themselves, made Arrow structs by :func:`_arrow`: no dict made for each
    cols["code_parts"] += [r.code_parts for r in refs]
    cols["issuer_parts"] += [r.issuer_parts for r in refs]
    _note_columns(refs, cols)
    cols["sentence"] += rec.sentences[:n]
    cols["position"] += rec.positions[:n]
    cols["part"] += rec.parts[:n]


def _note_columns(refs: list[Reference], cols: dict[str, list]) -> None:
    """How many notes each reference has (``notes``), the notes and their sentences one after another
    (``notes.all``, ``notes.texts``: :func:`_notes_array`), and ``notes_text``."""
    counts, flat, flat_texts, texts_col = cols["notes"], cols["notes.all"], cols["notes.texts"], cols["notes_text"]
    for r in refs:
        notes = r.notes_with(*_FLAGS)  # all of them, without making an empty list on each reference that has none
        if not notes:
            counts.append(0)
            texts_col.append("")
            continue
        texts = [str(n) for n in notes]  # each note's sentence once (an Enum's value is slow to read)
        counts.append(len(notes))
        flat += notes
        flat_texts += texts
        texts_col.append("; ".join(texts))


def _struct_array(objs: list, kind):
    """The struct column of ``objs`` (``CodeParts``, ``IssuerParts`` or None), a field for each attribute."""
    import pyarrow as pa
    import pyarrow.compute as pc

    # a list of values a field (no tuple or dict made for each part: made by the ten thousand, they start the
    # collector over the records held); its strings straight to Arrow, as the dicts of the parts went before
    # (few, and shared by :func:`compact`). The parts there are read field by field in C (``attrgetter``), the
    # rows without any (a reference with no code: 40% of 16k in 3,000 generated documents) put in by ``take``: a
    # pass in Python for each field and part was 13 of a sync's parent's 140 µs a document, now 5
    present = list(map(is_not, objs, repeat(None)))
    some = list(compress(objs, present))
    parts = pa.StructArray.from_arrays([pa.array(list(map(attrgetter(f.name), some)), f.type) for f in kind], fields=list(kind))
    if len(some) == len(objs):
        return parts
    place = pa.array(list(accumulate(present, initial=-1))[1:], pa.int64())  # (in ``some``, where one is)
    return parts.take(pc.if_else(pa.array(present, pa.bool_()), place, pa.scalar(None, pa.int64())))


def _notes_array(cols: dict[str, list], kind, held: bool = True):
    """The ``notes`` column: for each reference the list of its notes (flag, detail, span, text); ``held``: see
    :func:`_column`."""
    import pyarrow as pa

    notes, item = cols["notes.all"], kind.value_type
    values = pa.StructArray.from_arrays(
        [
            _column([n.flag.name for n in notes], item.field("flag").type, held),
            _column([n.detail for n in notes], item.field("detail").type, held),
            _column([n.span for n in notes], item.field("span").type, held),
            _column(cols["notes.texts"], item.field("text").type, held),
        ],
        fields=list(item),
    )
    offsets = pa.array(list(accumulate(cols["notes"], initial=0)), pa.int32())
    return pa.ListArray.from_arrays(offsets, values, type=kind)


def _append(cols: dict[str, list], rows: list[dict]) -> None:
    for row in rows:
        for k, v in row.items():
            cols[k].append(v)


def _by_column(rows: list[dict]) -> dict[str, list]:
    """``rows`` column by column (column -> values, as :func:`_arrow` reads them)."""
    cols: dict[str, list] = defaultdict(list)
    _append(cols, rows)
    return cols


def _insert(con, table: str, cols: dict[str, list], held: bool = True) -> None:
    """The rows of ``cols`` (column -> values) inserted into ``table`` (:func:`_arrow`; ``held``: see :func:`_column`)."""
    con.register("_rows", _arrow(con, table, cols, held))
    con.execute(f'insert into "{table}" by name select * from _rows')
    con.unregister("_rows")


def finding_row(f: Finding, i: int, ref_at: Optional[int], text: Optional[str]) -> dict:
    fix = f.fix
    is_date = fix is not None and isinstance(fix.value, _dt.date)
    return {
        "path": f.path,
        "i": i,
        "rule": f.rule,
        "severity": f.severity,
        "message": f.message,
        "message_vi": f.message_vi,
        "start": f.start,
        "end": f.end,
        "suggestion": f.suggestion,
        "reference": ref_at,
        "related": [list(s) for s in f.related],
        "fix_field": fix.field if fix is not None else None,
        "fix_value": None if fix is None or is_date else str(fix.value),
        "fix_date": fix.value if is_date else None,
        "text": text,
        "source": f.source,
    }


def document_finding_rows(rec: Record) -> list[dict]:
    at = {id(r): i for i, r in enumerate(rec.references)}
    return [finding_row(f, i, at.get(id(f.reference)), rec.finding_texts[i]) for i, f in enumerate(rec.findings)]


def finding_rows(found: list[Finding], records: list[Record]) -> list[dict]:
    """Rows of findings of the corpus rules: each in the document its reference is in (the text of
    its span read from the reference, which is the text there)."""
    where = {id(r): i for rec in records for i, r in enumerate(rec.references)}
    return placed_finding_rows([(f, where.get(id(f.reference))) for f in found])


def placed_finding_rows(found: list[tuple[Finding, Optional[int]]], start: int = 0) -> list[dict]:
    """Rows of findings of the corpus rules, each given with the place of its reference in its document (None when
    it has none there), numbered from ``start``."""
    rows = []
    for n, (f, at) in enumerate(found, start):
        text = None
        if at is not None:
            r = f.reference
            text = r.text[f.start - r.start : f.end - r.start] if r.start <= f.start <= f.end <= r.end else None
        rows.append(finding_row(f, n, at, text))
    return rows


class FindingSink:
    """The findings of the corpus rules written into ``table`` as they come (:class:`vanban.graph.Batches`'s
    ``found``: each document's, while its references are at hand), ``batch`` rows at a time, not held: at 100k
    generated documents they were 75k, each holding its reference and through it others of its document. They
    come document after document; :meth:`close` numbers them in the order of ``check_corpus`` (rule after rule,
    each in document order). The table is emptied first; the caller says when it is whole (``meta``)."""

    def __init__(self, con, table: str = "corpus_findings", batch: int = 10_000):
        self.con, self.table, self.batch = con, table, batch
        self.rows: list[dict] = []
        self.n = 0
        self.rules: set[str] = set()
        con.execute(f'delete from "{table}"')

    def __call__(self, rec: Record, found: list[Finding]) -> None:
        if not found:
            return
        placed = [(f, rec.index(f.reference) if f.reference is not None else None) for f in found]
        self.rows += placed_finding_rows(placed, self.n)
        self.n += len(found)
        self.rules.update(f.rule for f in found)
        if len(self.rows) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            _insert(self.con, self.table, _by_column(self.rows))
            self.rows = []

    def close(self, order: dict[str, int]) -> None:
        """The last rows written, all numbered in the order of the rules (``order``: rule id -> place)."""
        self.flush()
        if len({order[r] for r in self.rules}) > 1:
            ranks = ", ".join(f"({order[r]}, '{r}')" for r in sorted(self.rules))
            self.con.execute(
                f'update "{self.table}" t set i = o.n from (select f.i as old, row_number() over (order by r.place, f.i) - 1'
                f' as n from "{self.table}" f join (values {ranks}) r(place, rule) using (rule)) o where t.i = o.old'
            )


def read_findings(con, *, documents: bool = True, batch: int = 20_000) -> list[Finding]:
    """Every document's findings (documents in the order of the last sync, each one's in its order; not with
    ``documents`` False), then those of the corpus rules (``corpus_findings``, in their order), each with its
    reference: read with the references they point at (:func:`_pointed`), not with the records (their letterheads,
    sentences and parts, and the references no finding points at: at 100k generated documents 0.26M references of
    0.54M, +0.5 GB against +0.9 GB for the records); rows read ``batch`` at a time."""
    memo: dict = {}  # the values the findings and their references share (rule, message, code, …), one object each
    with _bulk_read(con):
        refs = _pointed(con, ("findings", "corpus_findings") if documents else ("corpus_findings",), memo, batch)
        out: list[Finding] = []
        if documents:
            found = _findings(con, "", [], refs, memo, batch)
            for (p,) in con.execute("select path from documents join files using (path) order by seq").fetchall():
                out += [f for f, _text in found.get(p, ())]
            del found
        sql = "select * from corpus_findings order by i"
        out += [_finding(f, refs.get(f["path"], {}), memo) for f in _rows(con, sql, [], batch, memo, _FINDING_COLUMNS)]
    return out


def _pointed(con, tables: tuple[str, ...], memo: dict, batch: int) -> dict[str, dict[int, Reference]]:
    """The references that the findings of ``tables`` point at, and those these point at in turn (``resolved``,
    ``nested_in``): path -> {i: reference}, linked as :func:`_references` links a document's."""
    seed = " union all ".join(f'select path, reference from "{t}" where reference is not null' for t in tables)
    need = f"""
        with recursive need(path, i) as (
            {seed}
            union
            select r.path, x.i from refs r join need n on r.path = n.path and r.i = n.i,
                   unnest([r.resolved, r.nested_in]) as x(i) where x.i is not null
        )
        select * from need
    """
    # the (path, i) pairs wanted, as a table of known size: joined with the recursive query itself, DuckDB hashed
    # the rows of ``refs`` (every column) to probe with them, 1 GB at 100k documents; so, 0.1 GB
    con.register("_need", con.sql(need).to_arrow_table())
    got: dict[str, dict[int, tuple]] = defaultdict(dict)
    try:
        for c in _columns(con, "select r.* from refs r semi join _need n using (path, i)", [], batch, memo, _REF_COLUMNS, _PARTS):
            for p, i, ref, res, nest in zip(c["path"], c["i"], _references_of(c, memo), c["resolved"], c["nested_in"]):
                got[p][i] = (ref, res, nest)
    finally:
        con.unregister("_need")
    refs: dict[str, dict[int, Reference]] = {}
    for p, rows in got.items():
        refs[p] = at = {i: ref for i, (ref, _r, _n) in rows.items()}
        for ref, res, nest in rows.values():
            ref.resolved = at[res] if res is not None else None
            ref.nested_in = at[nest] if nest is not None else None
    return refs


class Writer:
    """Rows of new and changed files, written by batches; a file's old rows go in the same transaction. ``held``:
    whether the records' strings live on once written (the store keeps the records for its graph; see :func:`_column`)."""

    def __init__(self, con, batch: int = 4000, held: bool = True, stored: Optional[Container[str]] = None):
        self.con, self.batch, self.held = con, batch, held
        #: the paths whose old rows the store may hold (:func:`changed_files`' ``replaced``); None: any may
        self.stored = stored
        #: table -> column -> values, the rows of the batch column by column
        self.cols: dict[str, dict[str, list]] = {t: defaultdict(list) for t in _WRITTEN}
        self.n = 0

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc) -> None:
        self.flush()

    def add(self, path: str, size: int, mtime: int, digest: str, got: Union[Record, CorpusError]) -> None:
        err = got if isinstance(got, CorpusError) else None
        files = self.cols["files"]
        files["path"].append(path)
        files["size"].append(size)
        files["mtime_ns"].append(mtime)
        files["hash"].append(digest)
        files["error_kind"].append(err.kind if err else None)
        files["error_reason"].append(err.reason if err else None)
        if err is None:
            _append(self.cols["documents"], [document_row(got)])
            reference_columns(got, self.cols["refs"])
            _append(self.cols["findings"], document_finding_rows(got))
        self.n += 1
        if self.n % self.batch == 0:
            self.flush()

    def flush(self) -> None:
        if not self.cols["files"].get("path"):
            return
        import pyarrow as pa

        old = self.cols["files"]["path"]
        if self.stored is not None:
            old = [p for p in old if p in self.stored]
        with transaction(self.con):
            if old:  # (a delete reads the whole table: a cold sync's, of none of its paths, grew with the store)
                self.con.register("_paths", pa.table({"path": _column(old, pa.string(), self.held)}))
                for t in _WRITTEN:
                    self.con.execute(f'delete from "{t}" where path in (select path from _paths)')
                self.con.unregister("_paths")
            for t in _WRITTEN:
                cols = self.cols[t]
                if cols.get("path"):
                    _insert(self.con, t, cols, self.held)
        self.cols = {t: defaultdict(list) for t in _WRITTEN}
        # texts of 4 KB or more stay in DuckDB's memory until a checkpoint (the other rows it writes to its
        # temp_directory when its memory is full): bounded, not left to the end of a long sync
        bounded(self.con)

    @staticmethod
    def replace(con, table: str, rows: list[dict]) -> None:
        """Make ``table`` hold exactly ``rows``."""
        with transaction(con):
            con.execute(f'delete from "{table}"')
            if rows:
                _insert(con, table, _by_column(rows))


#: the tables a sync writes, a file's rows in each
_WRITTEN = ("files", "documents", "refs", "findings")
_SCHEMAS: dict = {}


def _arrow(con, table: str, cols: dict[str, list], held: bool = True):
    """The rows of ``cols`` (column -> values) as an Arrow table with the column types of ``table`` (read
    from the store once); a column not given is null; ``held``: see :func:`_column`."""
    import pyarrow as pa

    if table not in _SCHEMAS:
        _SCHEMAS[table] = con.sql(f'select * from "{table}" limit 0').to_arrow_table().schema
    schema = _SCHEMAS[table]
    n = len(cols["path"]) if "path" in cols else len(next(iter(cols.values())))
    return pa.table({f.name: _array(table, cols, f, n, held) for f in schema}, schema=schema)


def _array(table: str, cols: dict[str, list], f, n: int, held: bool):
    if table == "refs" and f.name == "notes":
        return _notes_array(cols, f.type, held)
    if table == "refs" and f.name in ("code_parts", "issuer_parts"):
        return _struct_array(cols[f.name], f.type)
    return _column(cols.get(f.name) or [None] * n, f.type, held)


def _column(values: list, kind, held: bool = True):
    """An Arrow column of ``values``; a text column of strings that live on (``held``) through bytes made for
    it: Arrow reading a ``str`` leaves a UTF-8 copy of it on the string (CPython keeps it), and the records'
    strings live on. Strings let go once written (a sync of more than ``Store.keep`` files keeps no record)
    are read as they are, their copies going with them: the bytes made, then checked as UTF-8 again by the
    cast, were a third of the Arrow tables a sync's parent makes."""
    import pyarrow as pa

    if held and kind == pa.string():
        return pa.array([v if v is None or v.isascii() else v.encode() for v in values], pa.binary()).cast(kind)
    return pa.array(values, kind)


def changed_files(con, paths: list[str], stats: Optional[dict] = None) -> tuple[list[str], set[str], int, int, bool]:
    """(the files to parse, those of them whose rows the store holds (changed files: :class:`Writer`'s ``stored``),
    how many are unchanged, how many were removed, whether the stored order is ``paths``'). A file whose size and
    modification time (from ``stats`` when the walk gave them, else read now) are those stored is unchanged; else
    its content hash says; the rows of files no longer there are deleted."""
    rows = con.execute("select path, size, mtime_ns, hash from files order by seq").fetchall()
    stored = {p: (s, m, h) for p, s, m, h in rows}
    same_order = list(stored) == paths
    stats = stats or {}
    todo, same, touched = [], 0, []
    for p in paths:
        old = stored.get(p)
        now = (stats.get(p) or _stat(p)) if old is not None else None
        if now is None:
            todo.append(p)
        elif now == old[:2]:
            same += 1
        elif _hash(p) == old[2]:
            same += 1
            touched.append((*now, p))
        else:
            todo.append(p)
    gone = sorted(set(stored) - set(paths))
    if touched:
        con.executemany("update files set size = ?, mtime_ns = ? where path = ?", touched)
    if gone:
        import pyarrow as pa

        con.register("_gone", pa.table({"path": pa.array(gone, pa.string())}))
        for t in ("files", "documents", "refs", "findings"):
            con.execute(f'delete from "{t}" where path in (select path from _gone)')
        con.unregister("_gone")
    return todo, {p for p in todo if p in stored}, same, len(gone), same_order


def _stat(path: str) -> Optional[tuple[int, int]]:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _hash(path: str) -> Optional[str]:
    try:
        with open(path, "rb") as f:
            return content_hash(f.read())
    except OSError:
        return None


# --- reading back ---------------------------------------------------------------------------


def _where(paths: Optional[list[str]]) -> tuple[str, list]:
    if paths is None:
        return "", []
    return " where path in (select unnest(?::varchar[]))", [paths]


def _arrow_batches(con, sql: str, params: list, batch: int):
    """The rows of ``sql`` as Arrow record batches of ``batch`` rows, as DuckDB gives them."""
    rel = con.sql(sql, params=params) if params else con.sql(sql)
    reader = getattr(rel, "to_arrow_reader", None) or rel.fetch_arrow_reader  # the name of duckdb < 1.4 (?)
    return reader(batch)


def _columns(
    con,
    sql: str,
    params: list,
    batch: int = 20_000,
    memo: Optional[dict] = None,
    shared: tuple = (),
    arrow: tuple = (),
    fetched: Optional[list] = None,
):
    """The rows of ``sql`` column by column (``{column: values}``), read through Arrow (a third of the time of
    fetchall), ``batch`` rows at a time (the Python values of a whole table at once were twice the records made of
    them). The values of the columns ``shared`` are those of ``memo`` (as :func:`compact` shares them) as soon as they
    are read: the copies go before the records are made of them, not after, when they left holes among the records'
    objects that the process kept (1.2 GB of 2.1 at 100k): through Arrow's dictionary (:func:`_shared_values`). The
    columns ``arrow`` are given as Arrow arrays, when ``memo`` is (:func:`_references_of`). ``fetched``: the Arrow
    batches of ``sql`` read already (:func:`_arrow_batches`)."""
    share = memo.setdefault if memo is not None else None
    for b in _arrow_batches(con, sql, params, batch) if fetched is None else fetched:
        if share is None:
            yield {n: b.column(i).to_pylist() for i, n in enumerate(b.schema.names)}
            continue
        yield {
            n: b.column(i) if n in arrow else _shared_values(b.column(i), share) if n in shared else b.column(i).to_pylist()
            for i, n in enumerate(b.schema.names)
        }


def _shared_values(column, share) -> list:
    """The values of the Arrow ``column``, equal ones the object ``share`` (``memo.setdefault``) gives: each
    different value made once (Arrow's dictionary of the column) and put in place by its index, not one object a row
    made then shared (a batch's 107k references of 20k generated documents hold 6.8k different sentences, 1.4k
    dates: 0.27 → 0.06 CPU-s); a column Arrow cannot encode, value by value."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    t = column.type
    if not (pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_integer(t) or pa.types.is_date(t)):
        values = column.to_pylist()
        return list(map(share, values, values))  # (no Python loop: a third of the time of a list's)
    encoded = pc.dictionary_encode(column)
    different = [share(v, v) for v in encoded.dictionary.to_pylist()]
    different.append(None)  # (the place of a null)
    places = encoded.indices.fill_null(len(different) - 1).to_numpy(zero_copy_only=False)
    return np.array(different, dtype=object)[places].tolist()


def _rows(con, sql: str, params: list, batch: int = 20_000, memo: Optional[dict] = None, shared: tuple = ()):
    """The rows of ``sql`` as dicts (:func:`_columns`)."""
    for cols in _columns(con, sql, params, batch, memo, shared):
        names = list(cols)
        yield from map(dict, map(zip, repeat(names), zip(*cols.values())))


@contextmanager
def _bulk_read(con):
    """Records read in bulk: DuckDB on one thread under :data:`.schema.BULK_LIMIT`, and the collector's young
    collections off (every object read lives on, and its full collections scanned the records read so far again
    and again: a third of the time at 100k documents)."""
    with whole(con), bulk_gc(every=NO_YOUNG_COLLECTIONS):
        yield


def read_records(con, paths: Optional[list[str]] = None, memo: Optional[dict] = None, batch: int = 20_000) -> list[Record]:
    """The records of the stored documents (of ``paths`` when given), in the order of the last sync,
    their repeated values shared (:func:`compact`, through ``memo`` when given); rows read ``batch`` at a time."""
    with _bulk_read(con):
        return _read_records(con, paths, {} if memo is None else memo, batch)


def _in_order(rows: list[tuple]) -> list[tuple]:
    """``rows`` of one document ((i, …) each) by ``i``: they come in that order (see :func:`_read_records`)."""
    return rows if all(a[0] < b[0] for a, b in zip(rows, rows[1:])) else sorted(rows, key=lambda x: x[0])


def _read_records(con, paths: Optional[list[str]], memo: dict, batch: int) -> list[Record]:
    cond, params = _where(paths)
    refs, extra = _references(con, cond, params, memo, batch)
    finds = _findings(con, cond, params, refs, memo, batch)
    sql = f"select d.* from documents d join files using (path){cond} order by seq"
    return [compact(_record(d, refs, extra, finds), memo) for d in _rows(con, sql, params, batch, memo, _DOCUMENT_COLUMNS)]


#: the rows of the references and of the findings of a set of documents (``{cond}``: :func:`_where`, :func:`_batch_where`)
_REFS = "select * exclude (notes_text) from refs{cond}"  # (notes_text is for SQL and the frames: a record reads ``notes``)
_FINDINGS = "select * from findings{cond}"


def _references(con, cond: str, params: list, memo: dict, batch: int, fetched: Optional[list] = None) -> tuple[dict, dict]:
    """The references of the documents of ``cond`` (path -> list, in order), and what runs along each (path ->
    (sentence, position, part, resolved, nested_in) each).

    Read in the order they were written, not sorted by DuckDB: the rows of a document go in together, in the
    order of ``i`` (Writer), and DuckDB gives a table's rows in the order they were inserted
    (``preserve_insertion_order``); a sort of the whole ``refs`` took a gigabyte and a third of the time at 100k
    documents. Grouped by document here, each group put in the order of ``i`` should it ever not be."""
    got: dict[str, list[tuple]] = defaultdict(list)
    for c in _columns(con, _REFS.format(cond=cond), params, batch, memo, _REF_COLUMNS, _PARTS, fetched):
        more = zip(c["sentence"], c["position"], c["part"], c["resolved"], c["nested_in"])
        for p, i, ref, m in zip(c["path"], c["i"], _references_of(c, memo), more):
            got[p].append((i, ref, m))
    refs: dict[str, list[Reference]] = {}
    extra: dict[str, list[tuple]] = {}
    for p, rows in got.items():
        rows = _in_order(rows)
        refs[p] = rs = [x[1] for x in rows]
        extra[p] = [x[2] for x in rows]
        for r, (_s, _p, _w, res, nest) in zip(rs, extra[p]):
            r.resolved = rs[res] if res is not None else None
            r.nested_in = rs[nest] if nest is not None else None
    return refs, extra


def _findings(
    con, cond: str, params: list, refs: dict, memo: dict, batch: int, fetched: Optional[list] = None
) -> dict[str, list[tuple]]:
    """The findings of the documents of ``cond`` (path -> (finding, its text) each, in order)."""
    found: dict[str, list[tuple]] = defaultdict(list)
    for c in _columns(con, _FINDINGS.format(cond=cond), params, batch, memo, _FINDING_COLUMNS, fetched=fetched):
        for p, i, f, t in zip(c["path"], c["i"], _findings_of(c, refs, memo), c["text"]):
            found[p].append((i, f, t))
    return {p: [x[1:] for x in _in_order(rows)] for p, rows in found.items()}


def _findings_of(c: dict[str, list], refs: dict, memo: dict) -> list[Finding]:
    """The findings of rows of ``findings`` (``c``: column -> values, :func:`_columns`), as :func:`_finding` makes
    each (``refs``: path -> its references), made column by column (no dict a row)."""
    share = memo.setdefault
    fixes = [
        None if f is None else share(x, x)
        for f, x in zip(c["fix_field"], map(_fix, c["fix_field"], c["fix_date"], c["fix_value"]))
    ]
    reference = [None if k is None else refs.get(p, [])[k] for p, k in zip(c["path"], c["reference"])]
    related = [[tuple(s) for s in r or ()] for r in c["related"]]
    columns = (c["rule"], c["severity"], c["message"], c["start"], c["end"], c["message_vi"], c["suggestion"])
    return list(map(Finding, *columns, reference, c["path"], related, fixes, c["source"]))


def _fix(field: Optional[str], day, value) -> Optional[Fix]:
    return None if field is None else Fix(field, day if day is not None else value)


#: what a head (:func:`read_heads`) has in place of its own empty set, dict and lists: one object for all, read only
_NO_INFERRED: frozenset = frozenset()
_NO_SPANS = MappingProxyType({})


def read_heads(con, memo: Optional[dict] = None, batch: int = 20_000) -> list[Record]:
    """The records of the stored documents in the order of the last sync, without their references and findings
    (hollow, :meth:`Record.hollow <vanban.graph.Record.hollow>`): what the graph reads of every document before
    its citations (:func:`fill_records` gives them their references, a batch at a time). Lighter than records:
    their letterhead without its spans and lines (the graph does not read them), an empty ``inferred`` and no
    ``warnings`` one read-only object for all (0.5 KB a document of 2.3)."""
    memo = {} if memo is None else memo
    sql = "select d.* exclude (warnings) from documents d join files using (path) order by seq"
    out = []
    with _bulk_read(con):
        for d in _rows(con, sql, [], batch, memo, _DOCUMENT_COLUMNS):
            d["warnings"], d["title_span"] = (), None
            rec = _record(d, {}, {}, {})  # (its values shared as read: _rows)
            h = rec.header
            h.spans, h.lines = _NO_SPANS, ()
            h.inferred = h.inferred or _NO_INFERRED
            rec.hollow()
            rec.warnings = ()
            out.append(rec)
    return out


def fill_records(con, heads: list[Record], memo: Optional[dict] = None, batch: int = 10_000):
    """``heads`` (of :func:`read_heads`) given back ``batch`` at a time, each with its references, findings and
    what runs along them read from the store (the records :func:`read_records` gives, in these objects); the
    caller hollows them when done, so that no more than a batch of records is whole at once. DuckDB reads the rows
    of the next batch on a thread of its own (:func:`.schema.behind`) while the caller works on this one (its
    references cited: issue 15, the graph's build on one core of two)."""
    memo = {} if memo is None else memo
    pieces = [heads[lo : lo + batch] for lo in range(0, len(heads), batch)]
    with _bulk_read(con), behind(con, waiting=1) as put:
        ahead = put(_fetch, *_batch_where(pieces[0]), batch) if pieces else None
        for n, some in enumerate(pieces):
            (cond, params), (refs_got, finds_got) = ahead.result()
            ahead = put(_fetch, *_batch_where(pieces[n + 1]), batch) if n + 1 < len(pieces) else None
            refs, extra = _references(con, cond, params, memo, batch, refs_got)
            finds = _findings(con, cond, params, refs, memo, batch, finds_got)
            del refs_got, finds_got
            for h in some:
                _fill(h, refs.get(h.path, []), extra.get(h.path, []), finds.get(h.path, []))
            del refs, extra, finds
            yield some


def _batch_where(some: list[Record]) -> tuple[str, list]:
    """The condition of the rows of the documents ``some`` and its parameters. The paths of a batch are neighbours in
    the order of the sync, which is the order the rows were written in (a first sync): their range lets DuckDB skip
    the row groups of other batches (its zone maps)."""
    paths = [h.path for h in some]
    return " where path between ? and ? and path in (select unnest(?::varchar[]))", [min(paths), max(paths), paths]


def _fetch(cur, cond: str, params: list, batch: int) -> tuple[tuple[str, list], tuple[list, list]]:
    """The Arrow batches of the references and of the findings of ``cond`` (read on :func:`fill_records`'s thread)."""
    refs = list(_arrow_batches(cur, _REFS.format(cond=cond), params, batch))
    return (cond, params), (refs, list(_arrow_batches(cur, _FINDINGS.format(cond=cond), params, batch)))


def _fill(rec: Record, refs: list[Reference], extra: list[tuple], found: list[tuple]) -> None:
    """``rec`` given its references, findings and what runs along them, their values shared as they were read
    (:func:`_rows`, :func:`_reference`, :func:`_finding`: what :func:`compact` shares; compacting the records again
    found each value shared already, 0.6 CPU-s a 10k documents of the graph's build by batches)."""
    rec.references = refs
    rec.sentences = [e[0] for e in extra]
    rec.positions = [e[1] for e in extra]
    rec.parts = [e[2] for e in extra]
    rec.findings = [f for f, _t in found]
    rec.finding_texts = [t for _f, t in found]
    rec._at = None


#: the columns whose values :func:`compact` shares, shared as they are read (:func:`_rows`)
_REF_COLUMNS = frozenset(f for f in REF_SHARED if f not in ("code_parts", "issuer_parts")) | {
    "path",
    "position",
    "part",
    "sentence",
    "start",  # (the offsets: :func:`_share_offsets`, shared as read)
    "end",
}
_FINDING_COLUMNS = frozenset(f for f in FINDING_SHARED if f != "fix") | {"text"}
_DOCUMENT_COLUMNS = frozenset(HEADER_SHARED) | {"path"}


#: the fields of a Reference in the order of its constructor's arguments
_REF_ORDER = tuple(f.name for f in dataclasses.fields(Reference))


def _references_of(c: dict[str, list], memo: Optional[dict] = None) -> list[Reference]:
    """The references of rows of ``refs`` (``c``: column -> values, :func:`_columns`; those of :data:`_PARTS` Arrow
    arrays, and ``start`` and ``end`` shared, when read with :data:`_REF_COLUMNS`), their offsets and parts
    shared through ``memo`` when given (what :func:`compact` shares); not linked to each other (``resolved``,
    ``nested_in``). Made column by column, each Reference of its arguments in order (no dict of keywords each)."""
    share = memo.setdefault if memo is not None else None
    args: dict = {f: c[f] for f in REF_FIELDS}
    if share is not None and not isinstance(c[SPANS[0]], list):  # (each different span a tuple once: _made_once)
        for f in SPANS:
            args[f] = _made_once(c[f], lambda s: None if s is None else share(tuple(s), tuple(s)))
    else:
        for f in SPANS:
            args[f] = [None if s is None else tuple(s) for s in _values(c[f])]
    if share is not None and isinstance(c[SPANS[0]], list):  # (:func:`_share_offsets`; else shared as read)
        for f in _OFFSETS:
            args[f] = [v if v is None else share(v, v) for v in args[f]]
    args["code_parts"] = _parts_column(CodeParts, c["code_parts"], memo)
    args["issuer_parts"] = _parts_column(IssuerParts, c["issuer_parts"], memo)
    # the notes' list made when first read, as on a reference the finder made, unless there are some
    args["notes"] = _notes_column(c["notes"], memo)
    none = repeat(None)
    return list(map(Reference, *(args.get(f, none) for f in _REF_ORDER)))


#: the columns of ``refs`` :func:`_references_of` reads as Arrow arrays (:func:`_made_once`)
_PARTS = ("code_parts", "issuer_parts", "notes", *SPANS)


def _parts_column(kind, column, memo: Optional[dict]) -> list:
    """A reference's parsed code or issuer (``kind``) of each value of ``column`` (an Arrow struct array, or its
    values), :func:`_parts` of it: made once for each different value (:func:`_made_once`, when ``memo`` is given:
    107k references of 20k generated documents hold 40 different codes and 160 issuers)."""

    def made(cp: Optional[dict]):
        if kind is CodeParts and cp is not None:  # (its problems a tuple)
            cp = {**cp, "problems": tuple(cp["problems"] or ())}
        return _parts(kind, cp, memo)

    return _made_once(column, made) if memo is not None and not isinstance(column, list) else list(map(made, _values(column)))


def _notes_column(column, memo: Optional[dict]) -> list:
    """The notes of each reference of the Arrow ``column`` (or its values): a list of its own (None for none, made
    when first read), its Notes made once for each different value of the column (:func:`_made_once`, when ``memo``
    is given: 66k notes of 4 kinds in 107k references of 20k generated documents; a Note is frozen)."""

    def made(ns: Optional[list]):
        return [Note(Flag[n["flag"]], n["detail"], _tuple(n["span"])) for n in ns] if ns else None

    if memo is None or isinstance(column, list):
        return list(map(made, _values(column)))
    return [None if m is None else list(m) for m in _made_once(column, made)]


def _values(column) -> list:
    return column if isinstance(column, list) else column.to_pylist()


def _made_once(column, make) -> list:
    """``make(value)`` of each value of the Arrow ``column``, made once for each different value (:func:`_alike`) and
    put in place, not a Python value read for each row (``to_pylist``); row by row when :func:`_alike` cannot tell
    the values apart."""
    alike = _alike(column)
    if alike is None:
        return list(map(make, column.to_pylist()))
    made = list(map(make, column.take(alike[0]).to_pylist()))
    return list(map(made.__getitem__, alike[1].tolist()))


#: what joins the strings of a list to compare lists (:func:`_alike`: a list holding it is not compared so)
_JOIN = "\x1f"


def _alike(column):
    """(the place of the first row of each different value, each row's value's number among those) of the Arrow
    ``column`` (:func:`_keys`), or None when its values cannot be told apart so. The numbers of a row's keys one
    number (mixed radix), the rows by those (``numpy.unique``: of one column, not of rows of ten: 0.11 → 0.02 CPU-s)."""
    import numpy as np
    import pyarrow as pa

    keys = _keys(column)
    if keys is None:
        return None
    row, size = np.zeros(len(column), np.int64), 1  # each row's number, below ``size``: the keys so far, mixed radix
    for k in keys:
        v = np.asarray((k.fill_null(-1) if k.null_count else k).to_numpy(zero_copy_only=False), np.int64) + 1
        more = int(v.max(initial=0)) + 1
        if size * more >= 2**62:  # (numbered again densely, below the rows' count)
            size, row = _dense(row)
        row, size = row * more + v, size * more
    _, first, inverse = np.unique(row, return_index=True, return_inverse=True)
    return pa.array(first), inverse.reshape(-1)


def _keys(column) -> Optional[list]:
    """Arrow int arrays (nulls for none) whose values, together, are equal for two rows of ``column`` only when
    their values are: a string, int or date by its Arrow dictionary; a struct, whether it is null and its fields'; a
    list of strings or ints, its length and its items joined (by :data:`_JOIN`: None when an item holds it, or is
    null); a list of structs of one item at most, its length and the number of its item (:func:`_alike`). None
    for any other."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    t = column.type
    if pa.types.is_string(t) or pa.types.is_integer(t) or pa.types.is_date(t):
        return [pc.dictionary_encode(column).indices]
    if pa.types.is_struct(t):
        keys = [column.is_null()]
        for field in column.flatten():  # (a null struct's fields null: its own nulls are the first key)
            more = _keys(field)
            if more is None:
                return None
            keys += more
        return keys
    if not pa.types.is_list(t):
        return None
    items, length = column.flatten(), pc.list_value_length(column)
    if pa.types.is_integer(t.value_type):
        column, items = column.cast(pa.list_(pa.string())), items.cast(pa.string())
    if pa.types.is_string(items.type):
        if items.null_count or pc.any(pc.match_substring(items, _JOIN)).as_py():
            return None
        return [length, pc.dictionary_encode(pc.binary_join(column, _JOIN)).indices]
    if not pa.types.is_struct(items.type) or (len(items) and pc.max(length).as_py() > 1):
        return None
    alike = _alike(items)
    if alike is None:
        return None
    item = np.full(len(column), -1, np.int64)
    item[np.asarray(pc.list_parent_indices(column).to_numpy(zero_copy_only=False), np.int64)] = alike[1]
    return [length, pa.array(item)]


def _dense(row):
    """(how many different numbers, each of ``row`` its place among them)."""
    import numpy as np

    different, place = np.unique(row, return_inverse=True)
    return len(different), place.reshape(-1).astype(np.int64)


def _parts(kind, values: Optional[dict], memo: Optional[dict]):
    """A reference's parsed code or issuer (``kind``) of its stored ``values``, shared through ``memo`` when given
    (:func:`compact`: one object for equal ones), found there by its values without making it again (a generated
    corpus writes a few thousand codes in its 50k references of 10k documents)."""
    if values is None:
        return None
    if memo is None:
        return kind(**values)
    at = (kind, *values.values())
    made = memo.get(at)
    if made is None:
        made = kind(**values)
        made = memo[at] = memo.setdefault(made, made)
    return made


def _finding(f: dict, refs: list[Reference], memo: Optional[dict] = None) -> Finding:
    fix = None
    if f["fix_field"] is not None:
        fix = Fix(f["fix_field"], f["fix_date"] if f["fix_date"] is not None else f["fix_value"])
        fix = memo.setdefault(fix, fix) if memo is not None else fix
    return Finding(
        rule=f["rule"],
        severity=f["severity"],
        message=f["message"],
        start=f["start"],
        end=f["end"],
        message_vi=f["message_vi"],
        suggestion=f["suggestion"],
        reference=refs[f["reference"]] if f["reference"] is not None else None,
        path=f["path"],
        related=[tuple(s) for s in f["related"] or ()],
        fix=fix,
        source=f["source"],
    )


def _record(d: dict, refs: dict, extra: dict, finds: dict) -> Record:
    h = Header(**{f: d[f] for f in HEADER_FIELDS}, start=d["head_start"], end=d["head_end"])
    if d["title_span"] is not None:
        h.spans = {"title": tuple(d["title_span"])}
    h.inferred = set(d["inferred"] or ())
    p = d["path"]
    ex = extra.get(p, [])
    fs = finds.get(p, [])
    return Record(
        path=p,
        kind=d["kind"],
        key=d["key"],
        header=h,
        references=refs.get(p, []),
        findings=[f for f, _t in fs],
        preamble=_tuple(d["preamble"]),
        sentences=[e[0] for e in ex],
        positions=[e[1] for e in ex],
        parts=[e[2] for e in ex],
        finding_texts=[t for _f, t in fs],
        deadline=d["deadline"],
        fingerprint=d["fingerprint"],
        **{f: d[f] for f in COUNTS if f != "warnings"},
        warnings=list(d["warnings"] or ()),
    )
