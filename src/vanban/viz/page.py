"""The interactive page of a :class:`~vanban.viz.scene.Scene`: the same drawing as the PNG, as inline
SVG, with a tooltip of what an analyst needs (document, type, issuer, date, place, title; never a
path) and the chain of a clicked box lit up.

Safe whatever the text says: every text is escaped, the data sits in a
``<script type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped, and
the template is filled in one pass (a title containing ``__DATA__`` stays text).

    >>> fill("<title>__TITLE__</title>__DATA__", {"TITLE": "a __DATA__ b", "DATA": "{}"})
    '<title>a __DATA__ b</title>{}'
    >>> json_for_script({"t": "</script><!--<script>"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u003cscript\\\\u003e"}'
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Optional

from ..text import escape_html as _e
from .draw import BAND, EDGE, ROOT_EDGE, STYLES
from .measure import FONT_FAMILY
from .scene import FONT, LINE, Scene

__all__ = ["page", "svg", "fill", "json_for_script"]

_JS_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_script(data) -> str:
    """JSON that can sit inside a ``<script>`` element: no ``</script>``, no ``<!--``, no line separators."""
    text = json.dumps(data, ensure_ascii=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _JS_ESCAPES[m.group(0)], text)


def fill(template: str, values: dict[str, str]) -> str:
    """Replace each ``__NAME__`` of ``template`` once, in one pass: what is put in is never read again."""
    return re.sub(r"__([A-Z]+)__", lambda m: values.get(m.group(1), m.group(0)), template)


def _template(name: str) -> str:
    from importlib import resources

    return resources.files("vanban").joinpath("templates", name).read_text(encoding="utf-8")


def _f(x: float) -> str:
    return f"{x:.1f}"


def svg(sc: Scene) -> str:
    """The scene as an SVG element, one user unit to the point."""
    out = [
        f'<svg id="cascade" viewBox="0 0 {_f(sc.width)} {_f(sc.height)}" xmlns="http://www.w3.org/2000/svg" '
        f'font-family="{FONT_FAMILY}, Verdana, sans-serif">',
        "<defs>",
    ]
    for name, (color, _lw, _dash) in EDGE.items():
        out.append(
            f'<marker id="head-{name}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" '
            f'markerWidth="6" markerHeight="5" orient="auto"><path d="M0,0L10,5L0,10z" fill="{color}"/></marker>'
        )
    out.append("</defs>")
    for b in sc.bands:
        face, edge = BAND[b.depth]
        out.append(
            f'<rect x="{_f(b.x)}" y="{_f(b.y)}" width="{_f(b.w)}" height="{_f(b.h)}" fill="{face}" '
            f'stroke="{edge}" stroke-width="0.5"/>'
        )
    for rt in sorted(sc.routes, key=lambda r: r.chain):
        kind = ("solid" if rt.solid else "dashed") if rt.chain else "shortcut"
        color, lw, dash = EDGE[kind]
        d = "M" + " L".join(f"{_f(x)},{_f(y)}" for x, y in rt.points)
        dashes = ' stroke-dasharray="4 2.5"' if dash else ""
        out.append(
            f'<path class="edge" data-s="{_e(rt.source)}" data-t="{_e(rt.target)}" d="{d}" fill="none" stroke="{color}" '
            f'stroke-width="{lw}"{dashes} marker-end="url(#head-{kind})"/>'
        )
    for b in sc.boxes.values():
        out.append(_box(b.id, b.x, b.y, b.w, b.h, b.style, b.root, b.lines))
    for lb in sc.labels:
        style = (' font-weight="bold"' if lb.bold else "") + (' font-style="italic"' if lb.italic else "")
        out.append(
            f'<text x="{_f(lb.x)}" y="{_f(lb.y + lb.h / 2 + lb.size * 0.35)}" font-size="{lb.size}"{style}>{_e(lb.text)}</text>'
        )
    out += _legend(sc)
    out.append("</svg>")
    return "\n".join(out)


def _box(id_: Optional[str], x, y, w, h, style, root, lines) -> str:
    face, edge, ls, r = STYLES[style]
    stroke = ROOT_EDGE if root else edge
    dash = ' stroke-dasharray="3 2"' if ls == "--" else ""
    cx, cy = x + w / 2, y + h / 2
    head = f'<g class="box" data-id="{_e(id_)}">' if id_ else "<g>"
    text = "".join(
        f'<text x="{_f(cx)}" y="{_f(cy + dy + FONT * 0.35)}" font-size="{FONT}" text-anchor="middle"{bold}>{_e(t)}</text>'
        for t, dy, bold in ((lines[0], -LINE / 2, ' font-weight="bold"'), (lines[1], LINE / 2, ""))
        if t
    )
    return (
        f'{head}<rect x="{_f(x)}" y="{_f(y)}" width="{_f(w)}" height="{_f(h)}" rx="{r}" fill="{face}" stroke="{stroke}" '
        f'stroke-width="{2 if root else 0.8}"{dash}/>{text}</g>'
    )


def _legend(sc: Scene) -> list[str]:
    out = []
    for sw in sc.legend:
        lb = sw.label
        cy = lb.y + lb.h / 2
        if sw.kind in STYLES or sw.kind == "root":
            out.append(_box(None, sw.x, cy - 5, 20, 10, "party" if sw.kind == "root" else sw.kind, sw.kind == "root", ("", "")))
        elif sw.kind in EDGE:
            color, lw, dash = EDGE[sw.kind]
            dashes = ' stroke-dasharray="4 2.5"' if dash else ""
            out.append(f'<path d="M{_f(sw.x)},{_f(cy)} h20" stroke="{color}" stroke-width="{lw}"{dashes}/>')
        out.append(f'<text x="{_f(lb.x)}" y="{_f(cy + lb.size * 0.35)}" font-size="{lb.size}">{_e(lb.text)}</text>')
    return out


def _up(sc: Scene) -> dict[str, list[str]]:
    """Each box and the boxes up its chain."""
    ups: dict[str, list[str]] = defaultdict(list)
    for rt in sc.routes:
        if rt.chain:
            ups[rt.source].append(rt.target)
    out = {}
    for n in sc.boxes:
        seen, todo = {n}, [n]
        while todo:
            for t in ups.get(todo.pop(), []):
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        out[n] = sorted(seen)
    return out


def page(sc: Scene, *, links: Optional[dict[str, str]] = None, back: Optional[str] = None) -> str:
    """The whole page; ``links`` maps a box to the page it opens (a province's), ``back`` is the page above."""
    data = {"info": {n: b.info for n, b in sc.boxes.items()}, "up": _up(sc), "open": links or {}}
    hint = "; click a province's box to open it" if links else ""
    back_html = f' <a href="{_e(back)}">back to all provinces</a>' if back else ""
    return fill(
        _template("cascade.html"),
        {
            "TITLE": _e(sc.title),
            "WPX": f"{sc.width * 4 / 3:.0f}",
            "HINT": hint,
            "BACK": back_html,
            "SVG": svg(sc),
            "DATA": json_for_script(data),
        },
    )
