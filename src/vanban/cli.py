"""The ``vanban`` command line.

    vanban refs corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md
    vanban refs corpus/ --format jsonl > refs.jsonl        # one line per reference, as each file is read
    vanban check corpus/ --vi                               # the findings, the corpus rules included
    vanban lineage "45-KH/HU@Phú Thiện, Gia Lai#2021" corpus/
    vanban lag 93-KL/TW corpus/ --format csv
    vanban coverage 93-KL/TW corpus/ --province "Gia Lai"
    cat plan.txt | vanban refs -                            # "-" reads the text from standard input

Folders are walked as :func:`vanban.readers.collect` does for ``Corpus.from_dir`` (the
same files: hidden folders, Word lock files and README aside; what was skipped is said
in one line on stderr).

Exit status, the same for every command:

====  =====================================================================================
0     done: every file was read (and, for ``check``, no finding is an error)
1     ``check``: some finding is an error
2     usage: a bad argument, a path that does not exist, an output refused (a folder not
      made by vanban, no permission), a document not in the graph or named ambiguously
3     some files could not be read: each is named on stderr with the reason, and the
      results of all the others were printed (3 wins over 1: the run is incomplete)
70    an internal error (a bug in vanban; ``VANBAN_DEBUG=1`` shows the traceback)
130   interrupted (Ctrl-C)
141   the output was closed early (``vanban refs corpus | head``): stops quietly
====  =====================================================================================
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ._version import __version__
from .errors import VanbanError
from .frames import FORMULA_STARTS

EXIT_OK, EXIT_FINDING, EXIT_USAGE, EXIT_UNREADABLE = 0, 1, 2, 3
EXIT_BUG, EXIT_INTERRUPTED, EXIT_PIPE = 70, 130, 141

#: the name of the list of files ``report`` wrote, kept in its folder (so that a second
#: run removes its own stale files and knows the folder is its own)
REPORT_MANIFEST = ".vanban-report.json"


class UsageError(Exception):
    """A user error: printed as one line, exit status 2."""


# --------------------------------------------------------------------------- input


class Run:
    """The files of a command and what became of them: documents as they are read,
    unreadable files told on stderr as they come."""

    def __init__(self, ns):
        from .readers import Limits, collect

        self.ns = ns
        self.limits = Limits(max_chars=ns.max_chars or Limits.max_chars, max_expansion=ns.max_expansion or Limits.max_expansion)
        self.stdin = "-" in ns.paths
        found = collect([p for p in ns.paths if p != "-"])
        if found.missing:
            raise UsageError("; ".join(f"{m}: no such file or folder" for m in found.missing))
        if found.summary():
            _say(found.summary())
        if not found.files and not self.stdin:
            raise UsageError(f"no document to read in {', '.join(ns.paths)} (vanban reads .txt, .md, .pdf, .docx)")
        self.files = found.files
        self.skipped = found.skipped
        self.errors: list = []

    def documents(self) -> Iterator:
        """Each Document, in order, as soon as it is read."""
        from .corpus import Corpus
        from .model import Document

        if self.stdin:
            yield _stdin_document()
        workers = getattr(self.ns, "workers", None)
        for r in Corpus.stream(self.files, workers=workers, limits=self.limits):
            if isinstance(r, Document):
                yield r
            else:
                self.errors.append(r)
                _say(r.reason)

    def corpus(self):
        from .corpus import Corpus

        store, scheduler = getattr(self.ns, "store", None), getattr(self.ns, "scheduler", None)
        if store or scheduler:
            return self.stored_corpus(store, scheduler)
        docs = list(self.documents())
        c = Corpus(docs, list(self.errors), skipped=list(self.skipped))
        if len(self.ns.paths) == 1 and Path(self.ns.paths[0]).is_dir():
            c.root = self.ns.paths[0]
        return c

    def stored_corpus(self, store: Optional[str], scheduler: Optional[str]):
        """The corpus synced into ``--store`` and/or parsed on the Dask cluster at ``--scheduler``."""
        from .corpus import Corpus

        if self.stdin:
            raise UsageError("--store and --scheduler read files, not standard input")
        client = _dask_client(scheduler) if scheduler else None
        try:
            c = Corpus.from_paths(
                self.files, workers=getattr(self.ns, "workers", None), limits=self.limits, store=store, client=client
            )
        finally:
            if client is not None:
                client.close()
        for e in c.errors:
            _say(e.reason)
        self.errors = list(c.errors)
        c.skipped = list(self.skipped)
        if store:
            _say(f"store {store}: {c.sync_report}")
        if len(self.ns.paths) == 1 and Path(self.ns.paths[0]).is_dir():
            c.root = self.ns.paths[0]
        return c

    def status(self, findings_error: bool = False) -> int:
        if self.errors:
            _say(f"{len(self.errors)} file(s) could not be read")
            return EXIT_UNREADABLE
        return EXIT_FINDING if findings_error else EXIT_OK


def _dask_client(address: str):
    try:
        from distributed import Client
    except ImportError as e:
        raise UsageError("--scheduler needs dask.distributed: pip install 'vanban[dask]'") from e
    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as e:
        raise UsageError(f"--scheduler {address}: cannot connect ({e})") from e


def _stdin_document():
    """The text on standard input as one document ("<stdin>"), decoded and repaired as a file is."""
    from .read import parse
    from .readers import decode_text, repair
    from .text import scrub

    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    text, notes = decode_text(data, "<stdin>")
    text, more = repair(text)
    doc = parse(scrub(text), path="<stdin>")
    doc.warnings = notes + more + doc.warnings
    return doc


def _say(msg: str) -> None:
    print(f"vanban: {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- output


def _emit(line: str) -> None:
    """One line on stdout, flushed (a reader of ``--format jsonl`` sees each file as it
    is done), with lone surrogates replaced so that the output is always valid UTF-8."""
    from .text import scrub

    sys.stdout.write(scrub(line) + "\n")
    sys.stdout.flush()


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def _cell(x) -> str:
    """A CSV cell; a text a spreadsheet would run as a formula ("=HYPERLINK(…)") starts with '."""
    if x is None:
        return ""
    s = x.isoformat() if hasattr(x, "isoformat") else str(x)
    return "'" + s if isinstance(x, str) and s.startswith(FORMULA_STARTS) else s


def _csv(columns: list[str], rows: Iterable[dict]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(r.get(c)) for c in columns])
    sys.stdout.flush()


def _width(stream) -> Optional[int]:
    """The terminal's width (``COLUMNS`` when set); None when piped: no limit."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    try:
        return os.get_terminal_size(stream.fileno()).columns if stream.isatty() else None
    except (OSError, ValueError, AttributeError):
        return None


#: columns of free text, wrapped between words; every other column (file, code, key, date …)
#: stays on one line, shortened with … when the terminal is too narrow, never cut mid-word
_WRAP = {"message", "text", "title", "fix", "documents", "subject", "heading"}
_NAMES = {"file", "node", "key", "via", "code", "issuer", "unit"}
_GAP = 2


def _table(columns: list[str], rows: list[list]) -> None:
    """A table that fits the terminal, on stdout (see :func:`layout`)."""
    for line in layout(columns, rows, _width(sys.stdout)):
        _emit(line)


def layout(columns: list[str], rows: list[list], width: Optional[int]) -> list[str]:
    """The lines of a table at most ``width`` wide: free text (message, title) wraps
    between words; names, codes and dates stay whole on one line while they fit, else
    end in "…" (never a file name broken over two lines).

    >>> rows = [["kehoach-25-khtu-gialai.txt", "tên loại là Kết luận nhưng ký hiệu là của Nghị quyết"]]
    >>> print("\\n".join(layout(["file", "message"], rows, 50)))
    file                        message
    kehoach-25-khtu-gialai.txt  tên loại là Kết luận
                                nhưng ký hiệu là của
                                Nghị quyết
    """
    cells = [[" ".join(_text(x).split()) for x in r] for r in rows]
    natural = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    widths = _fit(columns, natural, width)
    out = [_line([c[:w] for c, w in zip(columns, widths)], widths)]
    for r in cells:
        parts = [_wrap(x, w) if col in _WRAP else [_shorten(x, w)] for col, x, w in zip(columns, r, widths)]
        for k in range(max(len(p) for p in parts)):
            out.append(_line([p[k] if k < len(p) else "" for p in parts], widths))
    return out


def _fit(columns: list[str], natural: list[int], width: Optional[int]) -> list[int]:
    """Column widths: the natural ones when they fit; else the free-text columns give way
    first (down to 20), then names (file, key … down to 16), then the widest of the
    others (down to 8), a character at a time."""
    widths = list(natural)
    if width is None:
        return widths
    over = sum(widths) + _GAP * (len(widths) - 1) - width
    for floor, which in ((20, _WRAP), (16, _NAMES), (8, set(columns) - _WRAP)):
        while over > 0:
            cands = [i for i, c in enumerate(columns) if c in which and widths[i] > floor]
            if not cands:
                break
            i = max(cands, key=lambda i: widths[i])
            widths[i] -= 1
            over -= 1
    return widths


def _line(parts: list[str], widths: list[int]) -> str:
    return (" " * _GAP).join(p.ljust(w) for p, w in zip(parts, widths)).rstrip()


def _shorten(s: str, w: int) -> str:
    return s if len(s) <= w else s[: max(w - 1, 0)] + "…"


def _wrap(s: str, w: int) -> list[str]:
    import textwrap

    return textwrap.wrap(s, width=max(w, 1), break_on_hyphens=False) or [""]


def _fmt_option(p: argparse.ArgumentParser, choices=("table", "json", "jsonl", "csv")) -> None:
    p.add_argument("--format", choices=choices, default=choices[0], help=f"output format (default: {choices[0]})")


# --------------------------------------------------------------------------- refs


def _ref_row(r) -> dict:
    d = r.as_dict()
    keep = ("start", "end", "text", "doc_type", "number", "code", "date", "issuer", "term", "relation", "key", "kind")
    out = {k: d[k] for k in keep}
    out.update(subject=d["subject"], trigger=d["trigger"], notes=d["notes"])
    out["resolved"] = d["resolved"]["code"] if d["resolved"] else None
    out["nested_in"] = r.nested_in.code if r.nested_in is not None else None
    return out


REF_COLUMNS = ["file", "start", "end", "text", "doc_type", "number", "code", "date", "issuer", "term", "relation", "key"]


def cmd_refs(ns) -> int:
    run = Run(ns)
    rows: list[dict] = []
    if ns.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        w.writerow(REF_COLUMNS)
    for doc in run.documents():
        mine = [dict(file=doc.path, **_ref_row(r)) for r in doc.references]
        if ns.format == "jsonl":
            for row in mine:
                _emit(_json(row))
        elif ns.format == "csv":
            for row in mine:
                w.writerow([_cell(row.get(c)) for c in REF_COLUMNS])
            sys.stdout.flush()
        else:
            rows.extend(mine)
    if ns.format == "json":
        _emit(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
    elif ns.format == "table":
        _refs_table(rows)
    return run.status()


def _refs_table(rows: list[dict]) -> None:
    many = len({r["file"] for r in rows}) > 1
    cols = (["file"] if many else []) + ["span", "type", "code", "date", "issuer", "khóa", "relation", "key"]
    out = []
    for r in rows:
        code = r["code"] or (f"→ {r['resolved']}" if r["resolved"] else (r["text"] if r["kind"] != "code" else ""))
        code = " ".join(code.split())
        code = code if len(code) <= 48 else code[:47] + "…"  # the text of a named reference
        cells = [f"{r['start']}–{r['end']}", r["doc_type"], code, r["date"], r["issuer"], r["term"], r["relation"], r["key"]]
        out.append(([Path(r["file"]).name] if many else []) + cells)
    _table(cols, out)


# --------------------------------------------------------------------------- check

SEV_RANK = {"error": 0, "warning": 1, "info": 2}
FINDING_COLUMNS = ["file", "rule", "severity", "start", "end", "text", "message", "message_vi", "suggestion", "source"]


def cmd_check(ns) -> int:
    """Each document's findings as it is read, then those of the rules that need the whole
    corpus: the same findings as ``vanban.check(Corpus.from_dir(…))``."""
    from .checks import check_corpus

    run = Run(ns)
    docs, shown = [], []
    by_path: dict = {}
    if ns.format == "csv":
        csv.writer(sys.stdout, lineterminator="\n").writerow(FINDING_COLUMNS)
    for doc in run.documents():
        docs.append(doc)
        by_path[doc.path] = doc
        shown.extend(_stream_findings(ns, doc, doc.findings))
    for f in check_corpus(docs):
        shown.extend(_stream_findings(ns, by_path.get(f.path) or docs[0], [f]))
    if ns.format == "json":
        _emit(json.dumps([_finding_row(d, f) for d, f in shown], ensure_ascii=False, indent=1, default=str))
    elif ns.format == "table":
        _findings_table(shown, ns)
    return run.status(findings_error=any(f.severity == "error" for _d, f in shown))


def _stream_findings(ns, doc, findings) -> list:
    keep = [(doc, f) for f in findings if SEV_RANK[f.severity] <= SEV_RANK[ns.min_severity]]
    if ns.format == "jsonl":
        for d, f in keep:
            _emit(_json(_finding_row(d, f)))
    elif ns.format == "csv":
        w = csv.writer(sys.stdout, lineterminator="\n")
        for d, f in keep:
            row = _finding_row(d, f)
            w.writerow([_cell(row.get(c)) for c in FINDING_COLUMNS])
        sys.stdout.flush()
    return keep


def _finding_row(doc, f) -> dict:
    return {
        "file": f.path or doc.path,
        "rule": f.rule,
        "severity": f.severity,
        "start": f.start,
        "end": f.end,
        "text": doc.text[f.start : f.end] if (f.path or doc.path) == doc.path else None,
        "message": f.message,
        "message_vi": f.message_vi,
        "suggestion": f.suggestion,
        "source": f.source,
    }


def _findings_table(rows, ns) -> None:
    many = len({f.path or d.path for d, f in rows}) > 1
    cols = (["file"] if many else []) + ["severity", "rule", "span", "text", "fix", "message"]
    out = []
    for d, f in rows:
        row = _finding_row(d, f)
        cells = [f.severity, f.rule, f"{f.start}–{f.end}", (row["text"] or "")[:60].replace("\n", " "), f.suggestion or ""]
        out.append(([Path(row["file"] or "").name] if many else []) + cells + [f.message_vi if ns.vi else f.message])
    _table(cols, out)
    n = {k: sum(1 for _d, f in rows if f.severity == k) for k in ("error", "warning", "info")}
    print(", ".join(f"{n[k]} {k}" + ("s" if n[k] != 1 and k != "info" else "") for k in n), file=sys.stderr)


# --------------------------------------------------------------------------- parse


def cmd_parse(ns) -> int:
    run = Run(ns)
    for doc in run.documents():
        if ns.format == "json":
            _emit(_json(_parse_row(doc)))
        else:
            _emit(_parse_text(doc))
    return run.status()


def _parse_row(doc) -> dict:
    h, s = doc.header, doc.signature
    return {
        "file": doc.path,
        "doc_type": h.doc_type,
        "code": h.code,
        "issuer": h.issuer,
        "superior": h.superior,
        "place": h.place,
        "date": h.date.isoformat() if h.date else None,
        "title": h.title,
        "province": h.province,
        "district": h.district,
        "inferred": sorted(h.inferred),
        "preamble": doc.preamble_text,
        "sections": [
            {
                "path": x.path,
                "label": x.label,
                "kind": x.kind,
                "heading": x.heading,
                "level": x.level,
                "start": x.start,
                "end": x.end,
            }
            for x in doc.walk()
        ],
        "recipients": [r.text for r in doc.recipients],
        "signature": {"authority": s.authority, "on_behalf": s.on_behalf, "position": s.position, "name": s.name} if s else None,
        "unparsed": [{"start": u.start, "end": u.end, "text": u.text, "where": u.where} for u in doc.unparsed],
        "warnings": doc.warnings,
        "text_damaged": doc.text_damaged,
    }


def _parse_text(doc) -> str:
    h = doc.header
    lines = [
        f"{doc.path}\n  {h.doc_type} {h.code or '(no code)'} · {h.issuer} · {h.place}, {h.date} · "
        f"inferred: {', '.join(sorted(h.inferred)) or '-'}",
        f"  {h.title}",
        "  " + doc.outline().replace("\n", "\n  "),
    ]
    if doc.signature:
        sg = doc.signature
        lines.append(f"  {sg.authority} {sg.on_behalf} / {sg.position} / {sg.name}")
    lines.append(f"  {len(doc.recipients)} recipients; unparsed: {[u.text for u in doc.unparsed]}")
    lines += [f"  warning: {w}" for w in doc.warnings]
    return "\n".join(lines)


# --------------------------------------------------------------------------- graph and its queries

_WRITERS = (".graphml", ".gexf", ".json")


def _writable_file(path: str) -> Path:
    """The output file, checked before anything is read: its suffix, its folder."""
    p = Path(path)
    if p.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name")
    if p.suffix.lower() not in _WRITERS:
        raise UsageError(f"{path}: the output must end in {', '.join(_WRITERS)} (the suffix picks the format)")
    parent = p.parent if str(p.parent) else Path(".")
    if not parent.is_dir():
        raise UsageError(f"{path}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise UsageError(f"{path}: not writable (permission denied)")
    return p


def _node(G, text: str) -> str:
    """The node a key or code names; a usage error (with the candidates) when none or several."""
    from .graph import node_for

    try:
        return node_for(G, text)
    except Exception as e:  # noqa: BLE001 - AmbiguousNodeError, KeyError, networkx.NodeNotFound
        cands = getattr(e, "candidates", None)
        if cands:
            raise UsageError(f"{text!r} names {len(cands)} documents; give one of: {', '.join(cands)}") from None
        raise UsageError(f"{text!r}: no such document in the graph (give a key or a code, e.g. 93-KL/TW)") from None


def cmd_graph(ns) -> int:
    from . import export
    from .graph import lineage

    out = _writable_file(ns.output) if ns.output else None
    run = Run(ns)
    G = run.corpus().graph()
    root = _node(G, ns.lineage) if ns.lineage else None
    if out is not None:
        {".graphml": export.write_graphml, ".gexf": export.write_gexf, ".json": export.write_json}[out.suffix.lower()](G, out)
    if root is not None:
        for chain in lineage(G, root):
            _emit(" → ".join(chain))
    print(f"{G.number_of_nodes()} documents, {G.number_of_edges()} relations" + (f" -> {out}" if out else ""), file=sys.stderr)
    return run.status()


def cmd_lineage(ns) -> int:
    from .graph import lineage

    run = Run(ns)
    G = run.corpus().graph()
    chains = lineage(G, _node(G, ns.node))
    if ns.format == "table":
        for chain in chains:
            _emit(" → ".join(chain))
        return run.status()
    rows = [dict(chain=i + 1, step=k, node=n, **_node_attrs(G, n)) for i, c in enumerate(chains) for k, n in enumerate(c)]
    _records_out(ns, ["chain", "step", "node", "code", "doc_type", "level", "date", "title"], rows)
    return run.status()


def _node_attrs(G, n: str) -> dict:
    a = G.nodes[n]
    return {k: a.get(k) for k in ("code", "doc_type", "level", "date", "title")}


def _records(obj) -> list[dict]:
    """The rows of a query result: ``.rows``, else its ``.frame()``."""
    rows = getattr(obj, "rows", None)
    if rows is None and hasattr(obj, "frame"):
        rows = obj.frame().to_dict("records")
    return [dict(r) for r in rows or []]


def _records_out(ns, columns: list[str], rows: list[dict], extra: Optional[dict] = None) -> None:
    if ns.format == "csv":
        _csv(columns, rows)
    elif ns.format == "jsonl":
        for r in rows:
            _emit(_json(r))
    elif ns.format == "json":
        _emit(json.dumps({**(extra or {}), "rows": rows}, ensure_ascii=False, indent=1, default=str))
    else:
        _table(columns, [[_text(r.get(c)) for c in columns] for r in rows])


def _text(x) -> str:
    if x is None or (isinstance(x, float) and x != x):
        return ""
    return x.isoformat() if hasattr(x, "isoformat") else str(x)


def cmd_lag(ns) -> int:
    from .graph import lag

    run = Run(ns)
    G = run.corpus().graph()
    result = lag(G, _node(G, ns.node))
    rows = _records(result)
    columns = list(dict.fromkeys(k for r in rows for k in r)) or ["node", "level", "date", "days"]
    by_level = getattr(result, "by_level", None) or {}
    _records_out(ns, columns, rows, {"node": result.node, "date": getattr(result, "date", None), "by_level": by_level})
    if ns.format == "table" and isinstance(by_level, dict):
        for lv, s in by_level.items():
            print(f"{lv}: " + ", ".join(f"{k} {v}" for k, v in s.items()), file=sys.stderr)
    return run.status()


def cmd_coverage(ns) -> int:
    from .graph import coverage

    run = Run(ns)
    G = run.corpus().graph()
    try:
        cov = coverage(G, _node(G, ns.node), province=ns.province, level=ns.level)
    except VanbanError as e:
        raise UsageError(str(e)) from None
    rows = [
        {"unit": u, "status": "covered", "documents": " ".join(ns_) if isinstance(ns_, list) else ns_}
        for u, ns_ in cov.covered.items()
    ]
    rows += [{"unit": u, "status": "missing", "documents": ""} for u in cov.missing]
    _records_out(ns, ["unit", "status", "documents"], rows, {"node": cov.node, "level": cov.level, "rate": cov.rate})
    if ns.format == "table":
        print(f"{len(cov.covered)} of {len(cov.covered) + len(cov.missing)} covered ({cov.rate:.0%})", file=sys.stderr)
    return run.status()


# --------------------------------------------------------------------------- report


def _report_folder(path: str, force: bool) -> tuple[Path, set[str]]:
    """The report's folder, checked before anything is read: made if missing; refused when
    it holds files vanban did not write there (unless ``force``); the files of an earlier
    report (listed in its manifest) removed, so that no stale cascade-5.png survives.
    Returns the folder and the names of the files that were there and are not ours."""
    out = Path(path)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{path}: is a file; give a folder for the report")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{path}: cannot make the folder ({e.strerror or e})") from None
    if not os.access(out, os.W_OK):
        raise UsageError(f"{path}: not writable (permission denied)")
    manifest = out / REPORT_MANIFEST
    present = {p.name for p in out.iterdir() if p.name != REPORT_MANIFEST}
    ours, accepted = _our_files(manifest, present)
    foreign = present - ours
    if foreign - accepted and not force:
        shown = ", ".join(sorted(foreign)[:3]) + (" …" if len(foreign) > 3 else "")
        raise UsageError(f"{path}: the folder holds files vanban did not write ({shown}); choose another, or add --force")
    for name in ours & present:
        target = out / name
        if target.is_file():
            target.unlink()
    # marked ours from now on: a run stopped half-way leaves files the next run may remove
    manifest.write_text(json.dumps({"files": [], "complete": False, "foreign": sorted(foreign)}), encoding="utf-8")
    return out, foreign


def _our_files(manifest: Path, present: set[str]) -> tuple[set[str], set[str]]:
    """What an earlier report wrote (its list; after a run stopped half-way, everything but
    the files that were there before it), and the other files a ``--force`` accepted."""
    if not manifest.is_file():
        return set(), set()
    try:
        m = json.loads(manifest.read_text(encoding="utf-8"))
    except (ValueError, OSError):
        return set(), set()
    accepted = set(m.get("foreign", []))
    if m.get("complete", True):
        return set(m.get("files", [])), accepted
    return present - accepted, accepted


def cmd_report(ns) -> int:
    from .report import write_report

    out, foreign = _report_folder(ns.output, ns.force)
    run = Run(ns)
    corpus = run.corpus()
    path = write_report(corpus, out)
    written = sorted(p.name for p in out.iterdir() if p.name not in foreign and p.name != REPORT_MANIFEST)
    manifest = {"files": written, "complete": True, "foreign": sorted(foreign)}
    (out / REPORT_MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    _emit(f"{path}: {len(corpus.documents)} documents, {len(corpus.errors)} unreadable")
    return run.status()


# --------------------------------------------------------------------------- the parser


def _reading_options(p: argparse.ArgumentParser, what: str = "files or folders (.txt, .md, .pdf, .docx); - reads stdin") -> None:
    p.add_argument("paths", nargs="+", help=what)
    p.add_argument(
        "--workers", type=int, default=None, help="parsing processes (default: one per core, up to 4, for over 200 files)"
    )
    p.add_argument("--max-chars", type=int, default=None, metavar="N", help="refuse a file with more text (default 10 million)")
    p.add_argument(
        "--max-expansion",
        type=int,
        default=None,
        metavar="N",
        help="refuse a .docx part inflating N times its size, a PDF giving N characters a byte (default 100)",
    )


def _corpus_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--store",
        metavar="FILE",
        help="keep the parsed records in this DuckDB file; the next run parses only new and changed files (extra 'store')",
    )
    p.add_argument("--scheduler", metavar="ADDRESS", help="parse on this Dask cluster (tcp://host:8786; extra 'dask')")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vanban",
        description="Citations in Vietnamese party and state documents.",
        epilog="exit status: 0 done, 1 check found an error, 2 usage, 3 some files unreadable, 130 interrupted",
    )
    p.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("refs", help="list the references of each file")
    _reading_options(r)
    _fmt_option(r)
    r.set_defaults(func=cmd_refs)
    c = sub.add_parser("check", help="citation errors with the fix, corpus rules included (exit status 1 on an error)")
    _reading_options(c)
    _fmt_option(c)
    c.add_argument("--min-severity", choices=("error", "warning", "info"), default="info")
    c.add_argument("--vi", action="store_true", help="messages in Vietnamese")
    c.set_defaults(func=cmd_check)
    pa = sub.add_parser("parse", help="letterhead, sections, signature and recipients of each file")
    _reading_options(pa)
    _fmt_option(pa, ("text", "json"))
    pa.set_defaults(func=cmd_parse)
    g = sub.add_parser("graph", help="build the cascade graph; write it (.graphml, .gexf, .json) and/or print a lineage")
    _reading_options(g, "files or folders: the corpus")
    _corpus_options(g)
    g.add_argument("-o", "--output", help="write the graph here; the suffix picks the format")
    g.add_argument("--lineage", help="a document key or code to trace upward")
    g.set_defaults(func=cmd_graph)
    rp = sub.add_parser("report", help="HTML report with cascades, findings and exports (the main job)")
    _reading_options(rp, "files or folders: the corpus")
    _corpus_options(rp)
    rp.add_argument("-o", "--output", default="out", help="folder for the report (default: out); made if missing")
    rp.add_argument("--force", action="store_true", help="write into a folder that holds other files")
    rp.set_defaults(func=cmd_report)
    _query_parsers(sub)
    return p


def _query_parsers(sub) -> None:
    for name, helptext, func in (
        ("lineage", "the chains from a document up to the directive it implements", cmd_lineage),
        ("lag", "days from a directive to each document implementing it, and per level", cmd_lag),
        ("coverage", "which units (districts of a province …) have a document implementing a directive", cmd_coverage),
    ):
        q = sub.add_parser(name, help=helptext)
        q.add_argument("node", help="a document key or code: 93-KL/TW, '45-KH/HU@Phú Thiện, Gia Lai#2021'")
        _reading_options(q, "files or folders: the corpus")
        _corpus_options(q)
        _fmt_option(q)
        if name == "coverage":
            q.add_argument("--province", help="the province whose districts are expected")
            q.add_argument("--level", choices=("district", "province", "commune"), default="district")
        q.set_defaults(func=func)


# --------------------------------------------------------------------------- main


def main(argv: Optional[list[str]] = None) -> int:
    """Run one command; returns the exit status (see the module doc): never a traceback
    for what a user did, one line instead."""
    try:
        ns = build_parser().parse_args(argv)
    except SystemExit as e:  # --help, --version, or a usage error argparse has printed
        return e.code if isinstance(e.code, int) else EXIT_USAGE
    try:
        return ns.func(ns)
    except UsageError as e:
        _say(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except VanbanError as e:
        _say(str(e))
        return EXIT_USAGE
    except Exception as e:  # noqa: BLE001 - a bug: one line, the traceback on demand
        if os.environ.get("VANBAN_DEBUG"):
            raise
        _say(f"internal error ({type(e).__name__}: {e}); please report it, VANBAN_DEBUG=1 shows the traceback")
        return EXIT_BUG


def _quiet_stdout() -> None:
    """The reader went away: send what is left to /dev/null, so that Python's flush at
    exit does not print "Exception ignored … BrokenPipeError"."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # a test's captured stdout has no file descriptor
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
