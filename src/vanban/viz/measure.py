"""Width of a label in points, in the font the drawings use (DejaVu Sans, matplotlib's own).

With matplotlib installed the width is the font's (its glyph advances); without it, an
estimate that errs wide. The page uses the same font first, so the boxes fit there too.

    >>> 20 < width("Phú Thiện 2021", 7.5) < 70
    True
"""

from __future__ import annotations

from functools import cache, lru_cache

__all__ = ["width", "FONT_FAMILY"]

#: the font of the PNG and the first choice of the page
FONT_FAMILY = "DejaVu Sans"


@cache
def _props(size: float, bold: bool, italic: bool):
    from matplotlib.font_manager import FontProperties

    return FontProperties(
        family=FONT_FAMILY, size=size, weight="bold" if bold else "normal", style="italic" if italic else "normal"
    )


@lru_cache(maxsize=65536)
def width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """The advance width of ``text`` at ``size`` points."""
    try:
        from matplotlib.textpath import text_to_path
    except ImportError:  # pragma: no cover - without the "plot" extra
        return len(text) * size * (0.68 if bold else 0.62)
    w, _h, _d = text_to_path.get_text_width_height_descent(text, _props(size, bold, italic), ismath=False)
    return w
