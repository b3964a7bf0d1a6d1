"""pandas DataFrames of a corpus: documents, references, findings, graph edges.

pandas is optional (``pip install vanban[frames]``); it is imported when a frame
is asked for.

Example::

    >>> corpus.references_frame().groupby("code").size().sort_values().tail(3)   # doctest: +SKIP
"""

from __future__ import annotations

from .errors import VanbanError

__all__ = ["documents_frame", "references_frame", "findings_frame", "edges_frame", "nodes_frame"]


def _pd():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise VanbanError("pandas is needed for frames: pip install 'vanban[frames]'") from e
    return pd


def documents_frame(corpus):
    pd = _pd()
    rows = []
    for d in corpus.documents:
        h = d.header
        rows.append(
            {
                "path": d.path,
                "kind": d.kind,
                "key": d.key,
                "doc_type": h.doc_type,
                "code": h.code,
                "number": h.number,
                "issuer": h.issuer,
                "level": h.level,
                "date": h.date,
                "place": h.place,
                "province": h.province,
                "district": h.district,
                "commune": h.commune,
                "title": h.title,
                "inferred": ",".join(sorted(h.inferred)),
                "sections": sum(1 for _ in d.walk()),
                "references": len(d.references),
                "recipients": len(d.recipients),
                "signer": d.signature.name if d.signature else None,
                "unparsed": len(d.unparsed),
                "errors": sum(f.severity == "error" for f in d.findings),
                "warnings": sum(f.severity == "warning" for f in d.findings),
            }
        )
    for e in getattr(corpus, "errors", []):
        rows.append({"path": e.path, "kind": "unreadable", "title": e.reason})
    return pd.DataFrame(rows)


def references_frame(corpus):
    pd = _pd()
    rows = []
    for d in corpus.documents:
        for r in d.references:
            rows.append(
                {
                    "path": d.path,
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "kind": r.kind,
                    "doc_type": r.doc_type,
                    "number": r.number,
                    "code": r.code,
                    "date": r.date,
                    "issuer": r.issuer,
                    "term": r.term,
                    "level": r.level,
                    "locality": r.locality,
                    "subject": r.subject,
                    "relation": r.relation,
                    "trigger": r.trigger,
                    "key": r.key,
                    "resolved": r.resolved.code if r.resolved is not None else None,
                    "nested_in": r.nested_in.code if r.nested_in is not None else None,
                    "where": d.where(r),
                    "notes": "; ".join(str(n) for n in r.notes),
                }
            )
    return pd.DataFrame(rows)


def findings_frame(corpus):
    pd = _pd()
    docs = {d.path: d for d in corpus.documents}
    rows = []
    for f in corpus.findings:
        d = docs.get(f.path)
        rows.append(
            {
                "path": f.path,
                "rule": f.rule,
                "severity": f.severity,
                "start": f.start,
                "end": f.end,
                "text": d.text[f.start : f.end] if d is not None else None,
                "suggestion": f.suggestion,
                "message": f.message,
                "message_vi": f.message_vi,
                "code": f.reference.code if f.reference is not None else None,
            }
        )
    return pd.DataFrame(rows)


def edges_frame(G):
    pd = _pd()
    rows = []
    for s, t, k, a in G.edges(keys=True, data=True):
        ev = a.get("evidence", [])
        rows.append(
            {
                "source": s,
                "target": t,
                "relation": k,
                "mentions": len(ev),
                "inferred": a.get("inferred", False),
                "repaired": any("repaired" in e for e in ev),
                "source_level": G.nodes[s].get("level"),
                "target_level": G.nodes[t].get("level"),
                "source_date": G.nodes[s].get("date"),
                "target_date": G.nodes[t].get("date"),
                "files": sorted({e["path"] for e in ev if e.get("path")}),
            }
        )
    return pd.DataFrame(rows)


def nodes_frame(G):
    pd = _pd()
    return pd.DataFrame([{"node": n, **{k: v for k, v in a.items() if k not in ("conflicts",)}} for n, a in G.nodes(data=True)])
