"""pandas DataFrames of a corpus: documents, references, findings, graph edges.

pandas is optional (``pip install vanban[frames]``); it is imported when a frame
is asked for.

Example::

    >>> corpus.references_frame().groupby("code").size().sort_values().tail(3)   # doctest: +SKIP
"""

from __future__ import annotations

from .errors import VanbanError

__all__ = [
    "documents_frame",
    "references_frame",
    "findings_frame",
    "edges_frame",
    "nodes_frame",
    "node_label",
    "node_labels",
    "lag_frames",
    "coverage_frame",
    "safe_cell",
    "write_csv",
]


def _pd():
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise VanbanError("pandas is needed for frames: pip install 'vanban[frames]'") from e
    return pd


def dated(df, *cols):
    """``cols`` as datetime64 (``df.date.dt.year`` works; a missing date is NaT); the store's frames too."""
    pd = _pd()
    for c in cols:
        if c in df.columns:
            df[c] = pd.to_datetime(df[c], errors="coerce")
    return df


def _held(corpus) -> list:
    """What a corpus holds: its records when it was read into records (a Dask client), else its Documents."""
    held = getattr(corpus, "held", None)
    return held() if callable(held) else corpus.documents


def _count(x) -> int:
    return x if isinstance(x, int) else len(x)


def documents_frame(corpus):
    pd = _pd()
    rows = []
    for d in _held(corpus):
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
                "sections": d.sections if isinstance(d.sections, int) else sum(1 for _ in d.walk()),
                "references": len(d.references),
                "recipients": _count(d.recipients),
                "signer": d.signer if hasattr(d, "signer") else (d.signature.name if d.signature else None),
                "unparsed": _count(d.unparsed),
                "errors": sum(f.severity == "error" for f in d.findings),
                "warnings": sum(f.severity == "warning" for f in d.findings),
            }
        )
    for e in getattr(corpus, "errors", []):
        rows.append({"path": e.path, "kind": "unreadable", "title": e.reason})
    return dated(pd.DataFrame(rows), "date")


def references_frame(corpus):
    pd = _pd()
    rows = []
    for d in _held(corpus):
        # (each reference's part read in one walk over the sections, or as a record keeps it)
        for r, where in zip(d.references, d.reference_parts()):
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
                    "where": where,
                    "notes": "; ".join(str(n) for n in r.notes),
                }
            )
    return dated(pd.DataFrame(rows), "date")


def findings_frame(corpus):
    pd = _pd()
    held = _held(corpus)
    docs = {d.path: d for d in held}
    texts = {id(f): t for d in held for f, t in zip(d.findings, getattr(d, "finding_texts", ()))}
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
                "text": texts[id(f)] if id(f) in texts else _finding_text(d, f),
                "suggestion": f.suggestion,
                "message": f.message,
                "message_vi": f.message_vi,
                "code": f.reference.code if f.reference is not None else None,
                "source": f.source,
            }
        )
    return pd.DataFrame(rows)


def _finding_text(d, f):
    """The text a finding points at: from its document's text, or (a record has none) from its reference's."""
    if d is None:
        return None
    if hasattr(d, "text"):
        return d.text[f.start : f.end]
    r = f.reference
    return r.text[f.start - r.start : f.end - r.start] if r is not None and r.start <= f.start <= f.end <= r.end else None


def edges_frame(G):
    pd = _pd()
    rows = []
    nodes = dict(G.nodes(data=True))  # one lookup per edge end, not a NodeView each time
    for s, t, k, a in G.edges(keys=True, data=True):
        ev = a.get("evidence", [])
        ns, nt = nodes[s], nodes[t]
        rows.append(
            {
                "source": s,
                "target": t,
                "relation": k,
                "mentions": len(ev),
                "inferred": a.get("inferred", False),
                "repaired": any("repaired" in e for e in ev),
                "source_level": ns.get("level"),
                "target_level": nt.get("level"),
                "source_date": ns.get("date"),
                "target_date": nt.get("date"),
                "files": sorted({e["path"] for e in ev if e.get("path")}),
            }
        )
    return dated(pd.DataFrame(rows), "source_date", "target_date")


def nodes_frame(G):
    """One row per node: its human ``label`` (:func:`node_labels`) and its attributes."""
    pd = _pd()
    labels = node_labels(G)
    rows = [
        {"node": n, "label": labels[n], **{k: v for k, v in a.items() if k not in ("conflicts",)}} for n, a in G.nodes(data=True)
    ]
    return dated(pd.DataFrame(rows), "date")


def _place(a: dict) -> str:
    """The most precise place of a node: "Ia Sol, Phú Thiện" (commune), "Phú Thiện, Gia Lai", "Gia Lai"."""
    parts = [a.get("commune"), a.get("district"), a.get("province")]
    i = next((i for i, x in enumerate(parts) if x), None)
    return ", ".join(x for x in parts[i : i + 2] if x) if i is not None else ""


def node_label(G, n: str) -> str:
    """A human label of a node: ``25-KH/TU (Gia Lai, 2021)``, ``93-KL/TW (Ban Bí thư, 2020)``; a node
    without a code by its title (``Nghị quyết Trung ương 7 khóa X``), never by its folded key.

    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("25-KH/TU@Gia Lai#2021", code="25-KH/TU", province="Gia Lai", date=__import__("datetime").date(2021, 4, 19))
    >>> node_label(G, "25-KH/TU@Gia Lai#2021")
    '25-KH/TU (Gia Lai, 2021)'
    """
    a = G.nodes[n]
    year = a["date"].year if a.get("date") else (f"khóa {a['term']}" if a.get("term") else None)
    code = a.get("code")
    if not code:
        head = _named_title(G, n, a)
        where = ", ".join(str(x) for x in (_place(a), year) if x)
        return head + (f" ({where})" if where else "")
    where = _place(a) or (a.get("issuer") if a.get("level") == "central" else "")
    inside = ", ".join(str(x) for x in (where, year) if x)
    return f"{code} ({inside})" if inside else code


def _named_title(G, n: str, a: dict) -> str:
    """A node without a code: its title, else the words its citers wrote ("Nghị quyết Đại hội đại
    biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025"), else its type and issuer."""
    head = a.get("title")
    if head:
        head = " ".join(x for x in (a.get("doc_type"), "về", head) if x)
    else:
        said = [e.get("text") for _s, _t, d in G.in_edges(n, data=True) for e in d.get("evidence", []) if e.get("text")]
        head = " ".join(min(said, key=len).split()) if said else " ".join(x for x in (a.get("doc_type"), a.get("issuer")) if x)
    head = head or n
    return head if len(head) <= 90 else head[:89].rstrip() + "…"


def node_labels(G) -> dict:
    """Human labels of every node of ``G``, unique: two nodes that would read the same get
    their full date, then their key.

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> labels = node_labels(G)
    >>> labels["25-KH/TU@Gia Lai#2021"], labels["45-KH/HU@Phú Thiện, Gia Lai#2021"]
    ('25-KH/TU (Gia Lai, 2021)', '45-KH/HU (Phú Thiện, Gia Lai, 2021)')
    >>> len(set(labels.values())) == len(labels)
    True
    """
    out = {n: node_label(G, n) for n in G}
    for attempt in ("date", "key"):
        seen: dict[str, list] = {}
        for n, lab in out.items():
            seen.setdefault(lab, []).append(n)
        for lab, ns in seen.items():
            if len(ns) < 2:
                continue
            for n in ns:
                d = G.nodes[n].get("date")
                extra = d.strftime("%d/%m/%Y") if attempt == "date" and d else n
                out[n] = f"{lab} [{extra}]" if attempt == "date" else f"{lab.split(' [')[0]} [{extra}]"
    return out


def lag_frames(lag):
    """A :class:`~vanban.graph.Lag` as two DataFrames, read through its public attributes:
    one row per implementing document (``node``, ``level``, ``date`` as datetime64, ``days``,
    ``depth``, ``via``) and one row per level (``n``, ``min``, ``median``, ``mean``, ``max``).

    >>> from vanban import Corpus, lag
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> rows, per_level = lag_frames(lag(G, "93-KL/TW"))
    >>> int(rows.date.dt.year.min()), bool(per_level.loc["provincial", "min"] >= 0)
    (2021, True)
    """
    pd = _pd()
    rows = dated(pd.DataFrame(list(lag.rows)), "date")
    per = pd.DataFrame.from_dict(dict(lag.by_level), orient="index")
    per.index.name = "level"
    return rows, per


def coverage_frame(cov):
    """A :class:`~vanban.graph.Coverage` as a DataFrame: one row per expected unit, whether it has a
    document in the cascade and which.

    >>> from vanban import Corpus, coverage
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> df = coverage_frame(coverage(G, "93-KL/TW", province="Gia Lai"))
    >>> int(df.covered.sum()), len(df)
    (5, 17)
    """
    pd = _pd()
    rows = [{"unit": u, "covered": True, "documents": len(ns), "nodes": list(ns)} for u, ns in cov.covered.items()]
    rows += [{"unit": u, "covered": False, "documents": 0, "nodes": []} for u in cov.missing]
    df = pd.DataFrame(rows, columns=["unit", "covered", "documents", "nodes"])
    df.attrs.update(node=cov.node, level=cov.level)
    return df


#: what a spreadsheet reads as the start of a formula (the store's CSVs, written by DuckDB, and the command
#: line's test the same characters)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(x):
    """A CSV cell a spreadsheet will not run: text starting with ``=``, ``+``, ``-``, ``@``, a tab or a
    carriage return gets a leading apostrophe.

    >>> safe_cell("=SUM(A1:A9)"), safe_cell("- Quán triệt"), safe_cell("93-KL/TW"), safe_cell(-3)
    ("'=SUM(A1:A9)", "'- Quán triệt", '93-KL/TW', -3)
    """
    return "'" + x if isinstance(x, str) and x.startswith(FORMULA_STARTS) else x


def write_csv(df, path) -> None:
    """``df`` to CSV (UTF-8, no index) with every text cell passed through :func:`safe_cell`."""
    pd = _pd()
    out = df.copy()
    for c in out.columns:
        if pd.api.types.is_object_dtype(out[c]) or pd.api.types.is_string_dtype(out[c]):
            col = out[c]
            try:  # vectorised: a cell that is not text (a list, None) is never risky
                risky = col.str.startswith(FORMULA_STARTS, na=False).astype(bool)
            except AttributeError:  # no text in the column at all
                continue
            if risky.any():
                out[c] = col.where(~risky, "'" + col.where(risky, "").astype(str))
    out.to_csv(path, index=False)
