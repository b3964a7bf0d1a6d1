"""A :class:`~vanban.viz.scene.Scene` drawn with matplotlib, one data unit to the point.

>>> fig = draw(scene(G, "42-CT/TW#X"))        # doctest: +SKIP
"""

from __future__ import annotations

import math

from .measure import FONT_FAMILY
from .scene import FONT, LINE, Scene

__all__ = ["draw", "STYLES", "EDGE"]

#: box styles: face, edge, line style, corner radius
STYLES = {
    "party": ("#fbe3d0", "#b35a1f", "-", 3.0),
    "state": ("#dcefd8", "#3f8f3a", "-", 0.0),
    "cited": ("#ffffff", "#8a8a8a", "--", 3.0),
    "group": ("#dde8f3", "#4a7bb0", "-", 3.0),
}
ROOT_EDGE = "#8e1020"
#: edges: colour, width, dash
EDGE = {"solid": ("#3d3d3d", 0.9, None), "dashed": ("#3d3d3d", 0.9, (0, (4, 2.5))), "shortcut": ("#b9b9b9", 0.5, None)}
BAND = {0: ("#f1f1ec", "none"), 1: ("#fafaf7", "#dcdcd4")}


def draw(sc: Scene, ax=None):
    """Draw ``sc``; a new figure of the scene's size in points unless ``ax`` is given. Returns the figure."""
    import matplotlib.pyplot as plt

    if ax is None:
        fig = plt.figure(figsize=(sc.width / 72, sc.height / 72))
        ax = fig.add_axes((0, 0, 1, 1))
    fig = ax.figure
    ax.set_xlim(0, sc.width)
    ax.set_ylim(sc.height, 0)
    ax.set_aspect("equal")
    ax.axis("off")
    _bands(ax, sc)
    for rt in sc.routes:
        _route(ax, rt)
    for b in sc.boxes.values():
        _box(ax, b.x, b.y, b.w, b.h, b.style, b.root)
        _text(ax, b.x + b.w / 2, b.y + b.h / 2 - LINE / 2, b.lines[0], FONT, bold=True, ha="center")
        _text(ax, b.x + b.w / 2, b.y + b.h / 2 + LINE / 2, b.lines[1], FONT, ha="center")
    for lb in sc.labels:
        _text(ax, lb.x, lb.y + lb.h / 2, lb.text, lb.size, bold=lb.bold, italic=lb.italic, ha="left", color=_ink(lb.kind))
    _legend(ax, sc)
    return fig


def _ink(kind: str) -> str:
    return {"province": "#5a4a2a", "district": "#6b6b60", "column": "#555555"}.get(kind, "#222222")


def _text(ax, x, y, s, size, *, bold=False, italic=False, ha="center", color="#222222"):
    ax.text(
        x,
        y,
        s,
        ha=ha,
        va="center_baseline",
        fontsize=size,
        fontfamily=FONT_FAMILY,
        fontweight="bold" if bold else "normal",
        fontstyle="italic" if italic else "normal",
        color=color,
        zorder=5,
    )


def _bands(ax, sc: Scene) -> None:
    from matplotlib.patches import Rectangle

    for b in sc.bands:
        face, edge = BAND[b.depth]
        ax.add_patch(Rectangle((b.x, b.y), b.w, b.h, facecolor=face, edgecolor=edge, lw=0.5, zorder=0 + b.depth * 0.5))


def _box(ax, x, y, w, h, style, root=False) -> None:
    from matplotlib.patches import FancyBboxPatch

    face, edge, ls, r = STYLES[style]
    shape = f"round,pad=0,rounding_size={r}" if r else "square,pad=0"
    ax.add_patch(
        FancyBboxPatch(
            (x, y),
            w,
            h,
            boxstyle=shape,
            facecolor=face,
            edgecolor=ROOT_EDGE if root else edge,
            lw=2.0 if root else 0.8,
            ls=ls,
            zorder=4,
        )
    )


def _route(ax, rt) -> None:
    from matplotlib.patches import ArrowStyle, FancyArrowPatch
    from matplotlib.path import Path as MPath

    color, lw, dash = EDGE["solid" if rt.solid else "dashed"] if rt.chain else EDGE["shortcut"]
    if rt.count > 1:
        lw = lw + min(math.log2(rt.count), 6) * 0.3
    head = ArrowStyle("-|>", head_length=4.5 + lw, head_width=1.8 + lw / 2)
    arrow = FancyArrowPatch(
        path=MPath(rt.points),
        arrowstyle=head,
        mutation_scale=1,
        color=color,
        lw=lw,
        linestyle=dash or "-",
        shrinkA=0,
        shrinkB=0,
        zorder=2 if rt.chain else 1,
        joinstyle="round",
    )
    ax.add_patch(arrow)


def _legend(ax, sc: Scene) -> None:
    from matplotlib.lines import Line2D

    for sw in sc.legend:
        lb = sw.label
        cy = lb.y + lb.h / 2
        if sw.kind in STYLES:
            _box(ax, sw.x, cy - 5, 20, 10, sw.kind)
        elif sw.kind == "root":
            _box(ax, sw.x, cy - 5, 20, 10, "party", root=True)
        elif sw.kind in EDGE:
            color, lw, dash = EDGE[sw.kind]
            ax.add_line(Line2D([sw.x, sw.x + 20], [cy, cy], color=color, lw=lw, linestyle=dash or "-"))
        _text(ax, lb.x, cy, lb.text, lb.size, ha="left")
