"""The ``vanban`` command line.

    vanban refs corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md
    vanban refs corpus/ --format jsonl > refs.jsonl

Exit status: 0 when every file was read, 1 when some finding is an error (``check``),
2 when a file could not be read (the others are still processed and reported).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Iterable, Optional

from ._version import __version__
from .errors import VanbanError


def _paths(args: Iterable[str]) -> list[Path]:
    from .readers import SUFFIXES
    from .readers.base import is_note_file

    out: list[Path] = []
    for a in args:
        p = Path(a)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES and q.is_file() and not is_note_file(q)))
        else:
            out.append(p)
    return out


def _console(stderr: bool = False):
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    width = None if stream.isatty() else 200
    return Console(stderr=stderr, highlight=False, soft_wrap=False, width=width)


def _ref_row(r) -> dict:
    d = r.as_dict()
    keep = (
        "start",
        "end",
        "text",
        "doc_type",
        "number",
        "code",
        "date",
        "issuer",
        "term",
        "relation",
        "key",
        "kind",
        "subject",
        "trigger",
        "notes",
    )
    out = {k: d[k] for k in keep}
    out["resolved"] = d["resolved"]["code"] if d["resolved"] else None
    out["nested_in"] = r.nested_in.code if r.nested_in is not None else None
    return out


def _documents(paths: list, label: str, failed: list):
    """Each file read (with a progress bar on a terminal); a file that cannot be
    read is reported on stderr and added to ``failed``, and the others go on."""
    from .parallel import progress
    from .read import read

    for path in progress(paths, label=label):
        try:
            doc = read(path)
        except VanbanError as e:
            print(f"vanban: {e}", file=sys.stderr)
            failed.append(path)
            continue
        yield path, doc


def cmd_refs(ns) -> int:
    failed: list = []
    rows: list[tuple[str, dict]] = []
    for path, doc in _documents(_paths(ns.paths), "references", failed):
        for r in doc.references:
            rows.append((str(path), _ref_row(r)))
    if ns.format == "json":
        json.dump([dict(file=f, **r) for f, r in rows], sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif ns.format == "jsonl":
        for f, r in rows:
            print(json.dumps(dict(file=f, **r), ensure_ascii=False))
    else:
        _table(rows, ns)
    return 2 if failed else 0


def _table(rows, ns) -> None:
    try:
        from rich.table import Table
    except ImportError:  # pragma: no cover
        for f, r in rows:
            print(
                "\t".join(
                    str(x or "") for x in (f, r["start"], r["code"] or r["text"], r["date"], r["issuer"], r["relation"], r["key"])
                )
            )
        return
    many = len({f for f, _ in rows}) > 1
    t = Table(show_lines=False, pad_edge=False, box=None)
    cols = (["file"] if many else []) + ["span", "type", "code", "date", "issuer", "khóa", "relation", "key"]
    for col in cols:
        t.add_column(col, overflow="fold", no_wrap=col in ("span", "code", "date", "key"))
    for f, r in rows:
        code = r["code"] or (f"→ {r['resolved']}" if r["resolved"] else (r["text"] if r["kind"] != "code" else ""))
        code = " ".join(code.split())
        code = code if len(code) <= 48 else code[:47] + "…"  # the text of a named reference
        key = r["key"] or ""
        key = key if len(key) <= 60 else key[:59] + "…"  # named keys run long; --format json has them whole
        cells = [
            f"{r['start']}–{r['end']}",
            r["doc_type"] or "",
            code,
            r["date"] or "",
            r["issuer"] or "",
            r["term"] or "",
            r["relation"],
            key,
        ]
        t.add_row(*(([Path(f).name] if many else []) + cells))
    _console().print(t)


def cmd_check(ns) -> int:
    from .read import check

    failed: list = []
    rows = []
    for _path, doc in _documents(_paths(ns.paths), "checks", failed):
        for f in check(doc):
            if SEV_RANK[f.severity] > SEV_RANK[ns.min_severity]:
                continue
            rows.append((doc, f))
    if ns.format in ("json", "jsonl"):
        items = [_finding_row(d, f) for d, f in rows]
        if ns.format == "json":
            json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            for it in items:
                print(json.dumps(it, ensure_ascii=False))
    else:
        _findings_table(rows, ns)
    if failed:
        return 2
    return 1 if any(f.severity == "error" for _, f in rows) else 0


SEV_RANK = {"error": 0, "warning": 1, "info": 2}


def _finding_row(doc, f) -> dict:
    return {
        "file": doc.path,
        "rule": f.rule,
        "severity": f.severity,
        "start": f.start,
        "end": f.end,
        "text": doc.text[f.start : f.end],
        "message": f.message,
        "message_vi": f.message_vi,
        "suggestion": f.suggestion,
    }


def _findings_table(rows, ns) -> None:
    from rich.table import Table

    t = Table(show_lines=False, pad_edge=False, box=None)
    many = len({d.path for d, _ in rows}) > 1
    for col in (["file"] if many else []) + ["severity", "rule", "span", "text", "fix", "message"]:
        t.add_column(col, overflow="fold", no_wrap=col in ("severity", "span"))
    style = {"error": "bold red", "warning": "yellow", "info": "dim"}
    for d, f in rows:
        msg = f.message_vi if ns.vi else f.message
        cells = [
            f"[{style[f.severity]}]{f.severity}[/]",
            f.rule,
            f"{f.start}–{f.end}",
            d.text[f.start : f.end][:60].replace("\n", " "),
            f.suggestion or "",
            msg,
        ]
        t.add_row(*(([Path(d.path).name] if many else []) + cells))
    _console().print(t)
    n = _count_severities(rows)
    _console(stderr=True).print(
        ", ".join(f"{n[k]} {k}" + ("s" if n[k] != 1 and k != "info" else "") for k in ("error", "warning", "info"))
    )


def _count_severities(rows) -> dict:
    out = {"error": 0, "warning": 0, "info": 0}
    for _, f in rows:
        out[f.severity] += 1
    return out


def cmd_report(ns) -> int:
    from .corpus import Corpus
    from .report import write_report

    paths = _paths(ns.paths)
    corpus = Corpus.from_paths(paths, workers=ns.workers)
    if len(ns.paths) == 1 and Path(ns.paths[0]).is_dir():
        corpus.root = ns.paths[0]
    for e in corpus.errors:
        print(f"vanban: {e.path}: {e.reason}", file=sys.stderr)
    path = write_report(corpus, ns.output)
    print(f"{path}  ({len(corpus.documents)} documents, {len(corpus.errors)} unreadable)")
    return 2 if corpus.errors else 0


def cmd_graph(ns) -> int:
    from . import export
    from .corpus import Corpus
    from .graph import lineage, node_for

    corpus = Corpus.from_paths(_paths(ns.paths), workers=ns.workers)
    G = corpus.graph()
    if ns.output:
        writer = {".graphml": export.write_graphml, ".gexf": export.write_gexf, ".json": export.write_json}.get(
            Path(ns.output).suffix
        )
        if writer is None:
            print("vanban: the output must end in .graphml, .gexf or .json", file=sys.stderr)
            return 2
        writer(G, ns.output)
    if ns.lineage:
        for p in lineage(G, node_for(G, ns.lineage)):
            print(" → ".join(p))
    print(
        f"{G.number_of_nodes()} documents, {G.number_of_edges()} relations" + (f" -> {ns.output}" if ns.output else ""),
        file=sys.stderr,
    )
    return 2 if corpus.errors else 0


def cmd_parse(ns) -> int:
    failed: list = []
    for path, doc in _documents(_paths(ns.paths), "parsing", failed):
        h = doc.header
        if ns.format == "json":
            print(
                json.dumps(
                    {
                        "file": str(path),
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
                                "path": s.path,
                                "label": s.label,
                                "kind": s.kind,
                                "heading": s.heading,
                                "level": s.level,
                                "start": s.start,
                                "end": s.end,
                            }
                            for s in doc.walk()
                        ],
                        "recipients": [r.text for r in doc.recipients],
                        "signature": {
                            "authority": doc.signature.authority,
                            "on_behalf": doc.signature.on_behalf,
                            "position": doc.signature.position,
                            "name": doc.signature.name,
                        }
                        if doc.signature
                        else None,
                        "unparsed": [{"start": u.start, "end": u.end, "text": u.text, "where": u.where} for u in doc.unparsed],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            print(
                f"{path}\n  {h.doc_type} {h.code or '(no code)'} · {h.issuer} · {h.place}, {h.date} · "
                f"inferred: {', '.join(sorted(h.inferred)) or '-'}"
            )
            print(f"  {h.title}")
            print("  " + doc.outline().replace("\n", "\n  "))
            if doc.signature:
                print(f"  {doc.signature.authority} {doc.signature.on_behalf} / {doc.signature.position} / {doc.signature.name}")
            print(f"  {len(doc.recipients)} recipients; unparsed: {[u.text for u in doc.unparsed]}")
    return 2 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vanban", description="Citations in Vietnamese party and state documents.")
    p.add_argument("--version", action="version", version=f"vanban {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    r = sub.add_parser("refs", help="list the references of each file")
    r.add_argument("paths", nargs="+", help="files or folders (.txt, .md, .pdf, .docx)")
    r.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    r.set_defaults(func=cmd_refs)
    c = sub.add_parser("check", help="citation errors, with the fix (exit status 1 when an error is found)")
    c.add_argument("paths", nargs="+", help="files or folders")
    c.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    c.add_argument("--min-severity", choices=("error", "warning", "info"), default="info")
    c.add_argument("--vi", action="store_true", help="messages in Vietnamese")
    c.set_defaults(func=cmd_check)
    pa = sub.add_parser("parse", help="letterhead, sections, signature and recipients of each file")
    pa.add_argument("paths", nargs="+", help="files or folders")
    pa.add_argument("--format", choices=("text", "json"), default="text")
    pa.set_defaults(func=cmd_parse)
    g = sub.add_parser("graph", help="build the cascade graph; write it (.graphml, .gexf, .json) and/or print a lineage")
    g.add_argument("paths", nargs="+", help="files or folders: the corpus")
    g.add_argument("-o", "--output", help="write the graph here; the suffix picks the format")
    g.add_argument("--lineage", help="a document key or code to trace upward")
    g.add_argument(
        "--workers", type=int, default=None, help="parsing processes (default: one per core, up to 4, for corpora over 200 files)"
    )
    g.set_defaults(func=cmd_graph)
    rp = sub.add_parser("report", help="HTML report with cascades, findings and exports (the main job)")
    rp.add_argument("paths", nargs="+", help="files or folders: the corpus")
    rp.add_argument("-o", "--output", default="out", help="folder for report.html, pictures, CSV and graph files (default: out)")
    rp.add_argument(
        "--workers", type=int, default=None, help="parsing processes (default: one per core, up to 4, for corpora over 200 files)"
    )
    rp.set_defaults(func=cmd_report)
    return p


def main(argv: Optional[list[str]] = None) -> int:
    ns = build_parser().parse_args(argv)
    return ns.func(ns)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
