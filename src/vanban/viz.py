"""Pictures of a cascade: a layered matplotlib drawing and a self-contained HTML view.

Layers from the top: central, provincial, district, grassroots; a State document
sits on the layer of its locality (a provincial People's Committee with the
provinces) and is drawn as a square. Children are placed under their parents.

Example::

    >>> fig = plot_cascade(G, "93-KL/TW")            # doctest: +SKIP
    >>> write_html(G, "93-KL/TW", "out/93.html")      # doctest: +SKIP
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from .graph import CASCADE_RELATIONS, cascade, lineage, node_for
from .text import escape_html

__all__ = ["layout", "plot_cascade", "write_html", "Layout"]

ROWS = ("central", "provincial", "district", "grassroots")
COLORS = {
    "central": "#b2182b",
    "provincial": "#ef8a62",
    "district": "#67a9cf",
    "grassroots": "#2166ac",
    "state": "#5aae61",
    None: "#999999",
}


@dataclass
class Layout:
    pos: dict[str, tuple[float, float]]  # node -> (x, y), y = index in ``levels`` (0 on top)
    rows: dict[str, int]
    levels: list[str]  # the rows that hold a node, from the top (empty levels are not drawn)
    nodes: list[str]
    edges: list[tuple[str, str, str]]
    root: str


def _row(a: dict) -> str:
    lv = a.get("level")
    if lv == "state":
        if a.get("commune"):
            return "grassroots"
        if a.get("district"):
            return "district"
        return "provincial" if a.get("province") else "central"
    return lv if lv in ROWS else "grassroots"


def layout(G, root, *, ancestors: bool = True) -> Layout:
    """Where each node of ``root``'s cascade (and its lineage, with ``ancestors``) goes."""
    r = node_for(G, root)
    nodes = [r] + [c.node for c in cascade(G, r)]
    if ancestors:
        for path in lineage(G, r)[:1]:
            nodes = list(dict.fromkeys(path[1:][::-1] + nodes))
    keep = set(nodes)
    edges = sorted({(s, t, k) for s, t, k in G.edges(keys=True) if s in keep and t in keep and k in CASCADE_RELATIONS})
    # depth-first order from the top, so that children land under their parents
    children: dict[str, list[str]] = {n: [] for n in nodes}
    for s, t, _k in edges:
        children[t].append(s)
    order: list[str] = []
    seen: set[str] = set()

    def visit(n: str) -> None:
        if n in seen:
            return
        seen.add(n)
        order.append(n)
        for c in sorted(children[n], key=lambda x: (G.nodes[x].get("province") or "", G.nodes[x].get("district") or "", x)):
            visit(c)

    tops = [n for n in nodes if not any(t in keep for _s, t, _k in G.out_edges(n, keys=True) if _k in CASCADE_RELATIONS)]
    for t in tops + nodes:
        visit(t)
    present = {_row(G.nodes[n]) for n in order}
    levels = [lv for lv in ROWS if lv in present]
    rows = {lv: i for i, lv in enumerate(levels)}
    per_row: dict[int, list[str]] = {}
    for n in order:
        per_row.setdefault(rows[_row(G.nodes[n])], []).append(n)
    width = max(len(v) for v in per_row.values())
    pos = {}
    for y, ns in per_row.items():
        step = width / max(len(ns), 1)
        for i, n in enumerate(ns):
            pos[n] = ((i + 0.5) * step, float(y))
    return Layout(pos, rows, levels, order, edges, r)


def _label(G, n: str) -> str:
    a = G.nodes[n]
    code = a.get("code") or a.get("doc_type") or n.split("|")[0]
    place = a.get("district") or a.get("province") or ""
    year = a["date"].year if a.get("date") else ""
    return "\n".join(x for x in (str(code), f"{place} {year}".strip()) if x)


def plot_cascade(
    G, root, *, ax=None, path: Optional[Union[str, Path]] = None, title: Optional[str] = None, ancestors: bool = True
):
    """A layered drawing of ``root`` and everything implementing it (matplotlib);
    saved to ``path`` when given. Returns the figure."""
    import matplotlib

    if path is not None:
        matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    lay = layout(G, root, ancestors=ancestors)
    by_row: dict[float, list[tuple[float, str]]] = {}
    for nd, (x, y) in lay.pos.items():
        by_row.setdefault(y, []).append((x, nd))
    width = max(len(v) for v in by_row.values())
    rank = {nd: i for row in by_row.values() for i, (_x, nd) in enumerate(sorted(row))}  # from the left in its row
    inches = max(8.0, min(1.25 * width + 2, 60.0))
    if ax is None:
        fig, ax = plt.subplots(figsize=(inches, 2.2 * len(lay.levels) + 1.2))
    else:
        fig = ax.figure
    fs = 8 if width <= 20 else (6 if width <= 40 else 4.5)
    # labels of a crowded row alternate between two heights so that neighbours do not overlap
    stagger = (fig.get_size_inches()[0] - 2) / width < 1.2  # the figure may be the caller's
    _draw_edges(ax, lay)
    for node, (x, y) in lay.pos.items():
        _draw_node(ax, G, lay, node, x, y)
        low = stagger and rank[node] % 2 == 1
        ax.text(x, y + (0.42 if low else 0.22), _label(G, node), ha="center", va="top", fontsize=fs, zorder=4)
    _frame(ax, G, lay, title)
    fig.tight_layout()
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=130)
    return fig


def _draw_edges(ax, lay: Layout) -> None:
    for s, t, k in lay.edges:
        (x1, y1), (x2, y2) = lay.pos[s], lay.pos[t]
        style = "-" if k in ("implements", "continues") else "--"
        arrow = {"arrowstyle": "-|>", "color": "#555555", "lw": 0.6, "ls": style, "shrinkA": 2, "shrinkB": 2}
        ax.annotate("", xy=(x2, y2 + 0.5), xytext=(x1, y1 - 0.12), arrowprops=arrow)


def _draw_node(ax, G, lay: Layout, node: str, x: float, y: float) -> None:
    a = G.nodes[node]
    lv = a.get("level")
    face = COLORS.get(lv, "#999999") if a.get("in_corpus") else "white"
    size = 260 if node == lay.root else 140
    ax.scatter(
        [x],
        [y],
        s=size,
        marker="s" if lv == "state" else "o",
        c=face,
        edgecolors=COLORS.get(lv, "#999999"),
        linewidths=1.5,
        zorder=3,
    )


def _frame(ax, G, lay: Layout, title: Optional[str]) -> None:
    """Row names, the title and the legend."""
    from matplotlib.lines import Line2D

    ax.set_yticks(range(len(lay.levels)))
    ax.set_yticklabels([r.capitalize() for r in lay.levels])
    ax.set_ylim(len(lay.levels) - 0.3, -0.6)
    ax.set_xticks([])
    for side in ("top", "right", "bottom"):
        ax.spines[side].set_visible(False)
    a = G.nodes[lay.root]
    when = a["date"].strftime("%d/%m/%Y") if a.get("date") else (f"khóa {a['term']}" if a.get("term") else "")
    said = ", ".join(x for x in (a.get("issuer"), when) if x)
    heading = f"Cascade of {a.get('code') or lay.root}" + (f" ({said})" if said else "") + f": {len(lay.nodes)} documents"
    ax.set_title(title or heading, fontsize=11)
    handles = [
        Line2D([], [], marker="o", ls="", color=COLORS[k], label=k) for k in ("central", "provincial", "district", "grassroots")
    ]
    handles += [
        Line2D([], [], marker="s", ls="", color=COLORS["state"], label="state"),
        Line2D([], [], marker="o", ls="", markerfacecolor="white", markeredgecolor="#999999", label="cited only"),
        Line2D([], [], ls="-", color="#555555", label="implements / continues"),
        Line2D([], [], ls="--", color="#555555", label="basis, reviews, amends"),
    ]
    ax.legend(handles=handles, loc="lower left", bbox_to_anchor=(0, -0.2), ncol=4, fontsize=7, frameon=False)


def _template(name: str) -> str:
    from importlib import resources

    return resources.files("vanban").joinpath("templates", name).read_text(encoding="utf-8")


def write_html(G, root, path: Union[str, Path], *, title: Optional[str] = None) -> Path:
    """A self-contained HTML page (inline SVG and script, nothing fetched) showing the
    cascade: hover a document for its attributes, click it to light up its lineage,
    drag to pan and scroll to zoom."""
    lay = layout(G, root)
    xs = [p[0] for p in lay.pos.values()]
    sx, sy = 120.0, 170.0
    w = (max(xs) + 1) * sx if xs else 400
    h = len(lay.levels) * sy + 60
    nodes = []
    for n, (x, y) in lay.pos.items():
        a = G.nodes[n]
        info = {
            k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in a.items()
            if k not in ("conflicts",) and v not in (None, [], {})
        }
        nodes.append(
            {
                "id": n,
                "x": x * sx,
                "y": y * sy + 40,
                "label": _label(G, n).split("\n"),
                "level": a.get("level"),
                "in_corpus": bool(a.get("in_corpus")),
                "info": info,
            }
        )
    edges = [{"s": s, "t": t, "rel": k, "n": len(G.edges[s, t, k].get("evidence", []))} for s, t, k in lay.edges]
    lineages = {n: sorted({m for p in lineage(G, n) for m in p}) for n in lay.pos}
    data = json.dumps(
        {"nodes": nodes, "edges": edges, "colors": {str(k): v for k, v in COLORS.items()}, "lineage": lineages},
        ensure_ascii=False,
    )
    a = G.nodes[lay.root]
    heading = escape_html(title or f"Cascade of {a.get('code') or lay.root}")
    page = (
        _template("cascade.html")
        .replace("__TITLE__", heading)
        .replace("__W__", f"{w:.0f}")
        .replace("__H__", f"{h:.0f}")
        .replace("__ROWS__", json.dumps(lay.levels))
        .replace("__DATA__", data.replace("</", "<\\/"))
    )
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(page, encoding="utf-8")
    return p
