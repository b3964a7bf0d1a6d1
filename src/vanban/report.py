"""The main job: an HTML report of a corpus and the exports of its cascade graph.

    vanban report corpus/ -o out/

writes ``out/report.html`` (documents, references, findings, the cascade pictures,
coverage and lag, the lineage of each document), ``out/cascade-*.png`` and
``out/cascade-*.html`` (interactive), ``out/graph.graphml``, ``out/graph.gexf``,
``out/graph.json`` and CSV tables of documents, references, findings and edges.
"""

from __future__ import annotations

import base64
import datetime as _dt
from collections import Counter
from pathlib import Path
from typing import Optional, Union

from . import export
from .frames import write_csv
from .graph import AmbiguousNodeError, cascade, coverage, lag, lineage, node_for
from .text import escape_html

__all__ = ["write_report"]


def _e(x) -> str:
    """A cell: None and NaN (from pandas) empty, dates as 19/04/2021."""
    if isinstance(x, float) and x != x:
        return ""
    if isinstance(x, _dt.date):
        return x.strftime("%d/%m/%Y")
    return escape_html(x)


def _row(*cells, tag: str = "td") -> str:
    """A table row; the cells are written as given (escape text with :func:`_e` first)."""
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


def roots(G, min_size: int = 3) -> list[str]:
    """The directives whose cascades are worth a picture: central documents of the
    corpus (else any central document), largest cascade first, each shown once
    (93-KL/TW is drawn inside the cascade of the 42-CT/TW it continues)."""
    sized = []
    for n, a in G.nodes(data=True):
        if a.get("level") != "central":
            continue
        below = {c.node for c in cascade(G, n)}
        if len(below) >= min_size:
            sized.append((not a.get("in_corpus"), -len(below), n, below))
    out: list[str] = []
    covered: set[str] = set()
    for _stub, _neg, n, below in sorted(sized, key=lambda x: x[:3]):
        if n in covered or below & covered:
            continue  # drawn already, inside or under a cascade shown before
        out.append(n)
        covered.update(below | {n})
    return out


def write_report(corpus, out: Union[str, Path], *, title: Optional[str] = None) -> Path:
    """Write the report and the exports into ``out``; returns the report's path."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    G = corpus.graph()
    frames = _exports(corpus, G, out)
    heading = title or f"vanban report — {corpus.root or 'corpus'}"
    parts = [_summary(corpus, G, frames, heading)]
    if corpus.errors:
        parts.append(
            "<h2>Files not read</h2><ul>" + "".join(f"<li>{_e(e.path)}: {_e(e.reason)}</li>" for e in corpus.errors) + "</ul>"
        )
    parts.append("<h2>Cascades</h2>")
    for i, r in enumerate(roots(G, min_size=2)[:4]):
        parts.extend(_cascade_section(G, r, i + 1, out))
    parts.append("<h2>Findings</h2>")
    parts.extend(_findings_section(frames["findings"]))
    parts.extend(_documents_section(corpus, G))
    parts.extend(_references_section(corpus))
    path = out / "report.html"
    path.write_text(_page(heading, parts), encoding="utf-8")
    return path


_EXPORTS = ("graph.graphml", "graph.gexf", "graph.json", "documents.csv", "references.csv", "findings.csv", "edges.csv")


def _exports(corpus, G, out: Path) -> dict:
    """The graph files and the CSV tables; returns the tables as DataFrames."""
    export.write_graphml(G, out / "graph.graphml")
    export.write_gexf(G, out / "graph.gexf")
    export.write_json(G, out / "graph.json")
    store = getattr(corpus, "store", None)
    if store is not None:  # the tables written by the store's database; the findings are all the page shows of them
        store.write_csv(out)
        n = store.sql("select count(*) from refs").fetchall()[0][0]
        return {"findings": corpus.findings_frame(), "references": range(n)}
    frames = {
        "documents": corpus.documents_frame(),
        "references": corpus.references_frame(),
        "findings": corpus.findings_frame(),
        "edges": corpus.edges_frame(G),
    }
    for name, df in frames.items():
        write_csv(df, out / f"{name}.csv")
    return frames


def _summary(corpus, G, frames: dict, heading: str) -> str:
    find_df = frames["findings"]
    n_err = int((find_df["severity"] == "error").sum()) if len(find_df) else 0
    n_warn = int((find_df["severity"] == "warning").sum()) if len(find_df) else 0
    return (
        f"<h1>{_e(heading)}</h1><p>{len(corpus.documents)} documents read, {len(corpus.errors)} unreadable; "
        f"{len(frames['references'])} references; graph of {G.number_of_nodes()} documents and {G.number_of_edges()} relations; "
        f"{n_err} errors and {n_warn} warnings in the citations. Exports: "
        + ", ".join(f'<a href="{f}">{f}</a>' for f in _EXPORTS)
        + ".</p>"
    )


def _cascade_section(G, r: str, i: int, out: Path) -> list[str]:
    """The picture of one cascade, its lags and its coverage per province."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from .viz import plot_cascade, write_html

    a = G.nodes[r]
    png = out / f"cascade-{i}.png"
    fig = plot_cascade(G, r, path=png)
    natural = fig.scene.width * 4 / 3  # shown at its size (1 pt = 4/3 px), smaller only on a narrow screen
    plt.close(fig)
    write_html(G, r, out / f"cascade-{i}.html")
    b64 = base64.b64encode(png.read_bytes()).decode()
    parts = [
        f"<h3>{_e(a.get('doc_type'))} {_e(a.get('code') or r)} ({_e(a.get('date'))}, {_e(a.get('issuer'))})</h3>"
        f'<p><a href="cascade-{i}.html">interactive view</a></p><img alt="{_e(fig.scene.title)}" '
        f'src="data:image/png;base64,{b64}" style="width:{natural:.0f}px;max-width:100%">'
    ]
    down = cascade(G, r)
    for central in [r] + [c.node for c in down if G.nodes[c.node].get("level") == "central" and G.nodes[c.node].get("in_corpus")]:
        parts.extend(_lag_table(G, central))
    for p in sorted({G.nodes[c.node].get("province") for c in down if G.nodes[c.node].get("province")}):
        cov = coverage(G, r, province=p)
        if cov.covered:
            parts.append(
                f"<p><b>{_e(p)}</b>: {len(cov.covered)} of {len(cov.covered) + len(cov.missing)} districts have a "
                "document in this "
                f"cascade ({', '.join(_e(u) for u in cov.covered)}); missing: "
                f"{', '.join(_e(u) for u in cov.missing) or 'none'}.</p>"
            )
    return parts


def _lag_table(G, central: str) -> list[str]:
    lg = lag(G, central)
    if not lg.by_level:
        return []
    rows = "".join(_row(_e(lv), s["n"], s["min"], s["median"], s["mean"], s["max"]) for lv, s in lg.by_level.items())
    return [
        f"<p>Days from {_e(G.nodes[central].get('code'))} ({_e(G.nodes[central].get('date'))}) to the documents "
        "implementing it:</p>",
        "<table>" + _row("level", "documents", "min days", "median", "mean", "max", tag="th") + rows + "</table>",
    ]


def _findings_section(find_df) -> list[str]:
    if not len(find_df):
        return []
    counts = Counter(zip(find_df["severity"], find_df["rule"]))
    order = sorted(counts.items(), key=lambda x: ("ewi".index(x[0][0][0]), -x[1]))
    parts = [
        "<table>"
        + _row("severity", "rule", "count", tag="th")
        + "".join(f"<tr><td class='{s}'>{s}</td><td>{_e(r)}</td><td>{n}</td></tr>" for (s, r), n in order)
        + "</table>"
    ]
    rows = find_df[find_df["severity"] != "info"]
    parts.append(
        "<table>"
        + _row("file", "severity", "rule", "text", "fix", "message", tag="th")
        + "".join(
            f"<tr><td>{_e(Path(str(f.path)).name)}</td><td "
            f"class='{f.severity}'>{f.severity}</td><td>{_e(f.rule)}</td><td>{_e(f.text)}</td>"
            f"<td>{_e(f.suggestion)}</td><td>{_e(f.message)}<br><i>{_e(f.message_vi)}</i></td></tr>"
            for f in rows.itertuples()
        )
        + "</table>"
    )
    return parts


def _documents_section(corpus, G) -> list[str]:
    """Each document and its lineage."""
    parts = ["<h2>Documents</h2><table>" + _row("document", "type", "code", "issuer", "date", "refs", "lineage", tag="th")]
    for d in sorted(_held(corpus), key=lambda d: (d.header.date or _dt.date.min, d.path or "")):
        try:
            node = node_for(G, d)
        except AmbiguousNodeError:
            node = None
        chains = lineage(G, node) if node else []
        lin = "<br>".join(
            " → ".join(_e(G.nodes[x].get("code") or G.nodes[x].get("doc_type") or x) for x in p[1:])
            for p in chains[:3]
            if len(p) > 1
        )
        h = d.header
        parts.append(_row(_e(Path(d.path).name), _e(h.doc_type), _e(h.code), _e(h.issuer), _e(h.date), len(d.references), lin))
    parts.append("</table>")
    return parts


def _references_section(corpus) -> list[str]:
    parts = ["<h2>References</h2>"]
    for d in _held(corpus):
        parts.append(
            f"<details><summary>{_e(Path(d.path).name)} — {len(d.references)} references</summary><table>"
            + _row("where", "reference", "code", "date", "issuer", "relation", "key", tag="th")
        )
        for r, where in zip(d.references, d.reference_parts()):
            code = r.code or (r.resolved.code if r.resolved else "")
            parts.append(_row(_e(where), _e(r.text), _e(code), _e(r.date), _e(r.issuer), _e(r.relation), _e(r.key)))
        parts.append("</table></details>")
    return parts


def _held(corpus) -> list:
    """The corpus's records when it was read into a store or on a cluster (no Document re-read), else its Documents."""
    held = getattr(corpus, "held", None)
    return held() if callable(held) else corpus.documents


def _page(heading: str, parts: list[str]) -> str:
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>" + _e(heading) + "</title><style>"
        "body{font:14px/1.45 system-ui,sans-serif;margin:24px;max-width:1480px;color:#222}"
        "table{border-collapse:collapse;margin:8px 0 16px}"
        "td,th{border:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}th{background:#f4f4f4}"
        ".error{color:#b2182b;font-weight:bold}.warning{color:#b8860b}.info{color:#777}details{margin:4px 0}"
        "</style></head><body>"
        + "\n".join(parts)
        + f"<p style='color:#888'>vanban, {_dt.date.today():%d/%m/%Y}</p></body></html>"
    )
