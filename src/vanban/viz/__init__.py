"""Pictures of a cascade: a layered drawing (PNG, matplotlib) and an interactive page (HTML),
both from one :class:`~vanban.viz.scene.Scene`.

Levels are columns (the directive on the left, communes on the right), documents are
grouped in bands per province and district, the implementation chain is drawn and
the shortcuts (a district plan citing the central directive directly as well) are
left out unless ``shortcuts=True``. Above :data:`AGGREGATE_OVER` documents the
provinces' documents are counted per level; ``province="Gia Lai"`` drills down.

Example::

    >>> from vanban import Corpus
    >>> G = Corpus.from_dir("corpus/", progress=False).graph()
    >>> fig = plot_cascade(G, "42-CT/TW#X", path="out/cascade-42.png")          # doctest: +SKIP
    >>> write_html(G, "42-CT/TW#X", "out/cascade-42.html")                      # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Union

from .scene import Scene, scene
from .select import AGGREGATE_OVER, ROWS, select

__all__ = ["plot_cascade", "write_html", "scene", "layout", "select", "Scene", "AGGREGATE_OVER", "ROWS"]

#: the earlier name of :func:`scene`
layout = scene


def plot_cascade(
    G,
    root,
    *,
    ax=None,
    path: Optional[Union[str, Path]] = None,
    title: Optional[str] = None,
    province: Optional[str] = None,
    aggregate: Optional[bool] = None,
    ancestors: bool = True,
    shortcuts: bool = False,
    dpi: int = 150,
):
    """Draw the cascade of ``root`` (matplotlib); saved to ``path`` when given. Returns the figure.

    ``province`` draws one province (the drill-down of the counted view), ``aggregate`` forces or
    forbids counting, ``shortcuts`` adds the direct citations of higher documents, faded."""
    import matplotlib

    if path is not None and ax is None:
        matplotlib.use("Agg", force=False)
    from .draw import draw

    sc = scene(G, root, province=province, aggregate=aggregate, ancestors=ancestors, shortcuts=shortcuts, title=title)
    fig = draw(sc, ax=ax)
    fig.scene = sc
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=dpi)
    return fig


def write_html(
    G,
    root,
    path: Union[str, Path],
    *,
    title: Optional[str] = None,
    province: Optional[str] = None,
    aggregate: Optional[bool] = None,
    shortcuts: bool = False,
) -> Path:
    """A self-contained page (inline SVG and script, nothing fetched) of the same drawing: hover a
    box for the document, click it to light up its chain, drag to pan, scroll to zoom; in the
    counted view, click a province's box to open that province."""
    from .page import page

    sc = scene(G, root, province=province, aggregate=aggregate, shortcuts=shortcuts, title=title)
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    links: dict[str, str] = {}
    if sc.selection.aggregated and province is None:  # one page per province, opened from its boxes
        for prov in sorted({b.province for b in sc.boxes.values() if b.row != "central"} - {None}):
            sub = p.with_name(f"{p.stem}-{_slug(prov)}{p.suffix}")
            psc = scene(G, root, province=prov, shortcuts=shortcuts)
            sub.write_text(page(psc, back=p.name), encoding="utf-8")
            links.update({n: sub.name for n, b in sc.boxes.items() if b.province == prov and b.row != "central"})
    p.write_text(page(sc, links=links), encoding="utf-8")
    return p


def _slug(name: str) -> str:
    """A file name part for a province: "Bà Rịa - Vũng Tàu" -> "ba-ria-vung-tau"."""
    import re

    from ..text import fold_key

    return re.sub(r"[^a-z0-9]+", "-", fold_key(name)).strip("-") or "province"
