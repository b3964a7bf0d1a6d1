"""PDF words with their boxes, from pypdfium2's character boxes (the positions the
layout pass of :mod:`.pdf` cuts into columns).

``page_words(page, textpage)`` gives the words of a page as pdfplumber's
``extract_words()`` gives them (``text``, ``x0``, ``x1``, ``top``, ``bottom`` in points,
``top`` from the top of the page as displayed), at pdfium speed: instead of a second
parse of the page by pdfminer, one pass over the words of the text pdfium already
holds, a few calls each (its text object, the origin of its first character, the box
of its last); one character at a time only where that is not exact (a word over two
text objects, a turned page or font matrix, a text that does not index its
characters one for one).

A character's box is pdfminer's: from its origin to its advance across, and from the
font's descent below the baseline to one font size above that bottom, so that accents
above capitals (Ỉ, Ủ, Ấ) neither raise a line nor merge it with the one above. Words
are made the way pdfplumber makes them (``x_tolerance=3``, ``y_tolerance=3``): runs of
upright and of rotated characters, each clustered into lines by ``top`` (rotated ones
by ``x0``), sorted across the line, cut at white space, at a gap over 3 points and where
the next character sits left of the previous one. The spaces pdfium inserts where a
PDF leaves a gap without a space character cut words too (pdfplumber, which has no
such spaces, cuts there only when the gap is over 3 points): the words then agree
with the text of the page.

Pages turned by ``/Rotate`` are read in the frame a person sees; characters whose
writing is not upright in that frame (a stamp, a vertical margin note) keep their
outline boxes and are counted in ``PageWords.rotated``. Characters pdfium could not map
to Unicode are counted in ``PageWords.unmapped``.

``plumber_words(path, indexes)`` is pdfplumber's own word list (the layout pass before
0.2's pdfium boxes), kept for ``read_pdf(..., layout_engine="pdfplumber")``.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

__all__ = ["PageWords", "page_words", "plumber_words", "TOLERANCE"]

TOLERANCE = 3.0  # pdfplumber's x_tolerance and y_tolerance, in points

# a piece of a line: (text, x0, x1, top, bottom, upright, sealed); sealed: a whole word
# (pdfium's text has white space on both sides), never joined to the pieces beside it
_Piece = tuple[str, float, float, float, float, bool, bool]


@dataclass
class PageWords:
    words: list[dict] = field(default_factory=list)  # {"text", "x0", "x1", "top", "bottom", "upright"}
    pieces: int = 0  # words and characters read from pdfium
    rotated: int = 0  # characters not upright on the page as displayed
    unmapped: int = 0  # characters pdfium could not map to Unicode


# --------------------------------------------------------------------------- pdfium


class _Api:
    """The pdfium calls of the loop, bound once. ``text_object`` returns the handle as a
    plain integer (a cache key; ``None`` for the characters pdfium generates)."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        proto = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
        self.text_object = proto(ctypes.cast(raw.FPDFText_GetTextObject, ctypes.c_void_p).value)


_api: Optional[_Api] = None


def _get_api() -> _Api:
    global _api
    if _api is None:
        _api = _Api()
    return _api


def _display(page) -> tuple[int, float, float, float, float, float, float]:
    """(rotation, W, H, x0, y0, x1, y1): the page as displayed and the box it shows."""
    W, H = page.get_size()
    x0, y0, x1, y1 = page.get_bbox()
    return page.get_rotation() % 360, W, H, x0, y0, x1, y1


def _to_display(rot: int, box: tuple, x: float, y: float) -> tuple[float, float]:
    """A point of PDF user space in the displayed page, y up (pdfminer's frame)."""
    bx0, by0, bx1, by1 = box
    if rot == 90:
        return y - by0, bx1 - x
    if rot == 180:
        return bx1 - x, by1 - y
    if rot == 270:
        return by1 - y, x - bx0
    return x - bx0, y - by0


def _linear(rot: int, m) -> tuple[float, float, float, float]:
    """The character matrix (a, b, c, d) seen in the displayed frame."""
    a, b, c, d = m.a, m.b, m.c, m.d
    if rot == 90:  # (x, y) -> (y, -x)
        return b, -a, d, -c
    if rot == 180:
        return -a, -b, -c, -d
    if rot == 270:  # (x, y) -> (-y, x)
        return -b, a, -d, c
    return a, b, c, d


class _Objects:
    """Per text object: (straight, upright, height, descent, unmapped) where ``straight``
    means an unturned page and a matrix without rotation or shear (the loose box is exact
    there), ``upright`` is pdfminer's test on the displayed matrix, ``height`` the font
    size scaled by the matrix, ``descent`` the font's descent as a fraction of it, and
    ``unmapped`` that its first character has no Unicode mapping (its font has none)."""

    def __init__(self, api: _Api, tp, rot: int) -> None:
        self.api, self.tp, self.rot = api, tp, rot
        self.cache: dict[int, tuple[bool, bool, float, float, bool]] = {}
        self.m = api.raw.FS_MATRIX()
        self.f = ctypes.c_float()

    def get(self, key: int, i: int) -> tuple[bool, bool, float, float, bool]:
        got = self.cache.get(key)
        if got is None:
            got = self.cache[key] = self._read(i)
        return got

    def _read(self, i: int) -> tuple[bool, bool, float, float, bool]:
        raw = self.api.raw
        if not raw.FPDFText_GetMatrix(self.tp, i, self.m):
            self.m.a, self.m.b, self.m.c, self.m.d = 1.0, 0.0, 0.0, 1.0
        a, b, c, d = _linear(self.rot, self.m)
        size = raw.FPDFText_GetFontSize(self.tp, i) or 1.0
        descent = 0.0
        obj = raw.FPDFText_GetTextObject(self.tp, i)
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        if font and raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(self.f)):
            descent = min(0.0, max(-1.0, self.f.value / 1000.0))
        straight = self.rot == 0 and b == 0 and c == 0 and a > 0 and d > 0
        unmapped = raw.FPDFText_HasUnicodeMapError(self.tp, i) == 1
        return straight, a * d > 0 and b * c <= 0, size * abs(d), descent, unmapped


def _aligned(text: str, n: int) -> bool:
    """The page text has one character per character index (no character left out, none
    outside the BMP): then ``text[i]`` is character ``i``."""
    return len(text) == n and len(text.encode("utf-16-le")) == 2 * n


def _texts(tp, n: int) -> list[Optional[str]]:
    """The text of each character index (``None``: not in the page's text, e.g. a control
    character pdfium leaves out)."""
    import pypdfium2.raw as raw

    out: list[Optional[str]] = []
    for i in range(n):
        u = raw.FPDFText_GetUnicode(tp, i)
        out.append(chr(u) if raw.FPDFText_GetTextIndexFromCharIndex(tp, i) >= 0 and 0 < u < 0x110000 else None)
    return out


def _clean_text(s: str) -> str:
    """The replacements :func:`vanban.readers.pdf._clean` makes in the page text."""
    return s.replace("\x02", "-").replace("\ufffe", "-").replace("\x00", "")


_WORD = re.compile(r"\S+")


class _Reader:
    """The pieces of one page: whole words where pdfium's text and its boxes are plain
    (an unturned page, an upright font matrix, one text object): three calls a word;
    else one character at a time."""

    def __init__(self, page, tp) -> None:
        self.api = api = _get_api()
        raw = api.raw
        self.rot, _W, self.H, bx0, by0, bx1, by1 = _display(page)
        self.box = (bx0, by0, bx1, by1)
        self.tp, self.h = tp, tp.raw
        self.objects = _Objects(api, tp, self.rot)
        self.r = raw.FS_RECTF()
        self.ox, self.oy = ctypes.c_double(), ctypes.c_double()
        self.tight_out = tuple(ctypes.c_double() for _ in range(4))
        self.pieces: list[_Piece] = []
        self.rotated = self.unmapped = 0

    def read(self) -> None:
        tp = self.tp
        n = tp.count_chars()
        text = tp.get_text_range() if n > 0 else ""
        if _aligned(text, n):
            for m in _WORD.finditer(text):
                self.word(m.start(), m.end(), text)
        else:
            for i, s in enumerate(_texts(tp, n)):
                if s is not None:
                    self.char(i, _clean_text(s))

    def word(self, a: int, b: int, text: str) -> None:
        api, h = self.api, self.h
        key = api.text_object(h, a)
        if key is None or (b - a > 1 and api.text_object(h, b - 1) != key):
            return self.chars(a, b, text)
        straight, _upright, height, descent, unmapped = self.objects.get(key, a)
        if not straight:
            return self.chars(a, b, text)
        raw = api.raw
        raw.FPDFText_GetCharOrigin(h, a, self.ox, self.oy)
        raw.FPDFText_GetLooseCharBox(h, b - 1, self.r)
        bx0, by0 = self.box[0], self.box[1]
        x0 = self.ox.value - bx0
        bottom = self.oy.value - by0 + descent * height
        s = _clean_text(text[a:b])
        if s:
            self.pieces.append((s, x0, max(x0, self.r.right - bx0), self.H - bottom - height, self.H - bottom, True, True))
        if unmapped:
            self.unmapped += sum(raw.FPDFText_HasUnicodeMapError(h, i) == 1 for i in range(a, b))

    def chars(self, a: int, b: int, text: str) -> None:
        """A word read one character at a time, then a space that ends it."""
        for i in range(a, b):
            self.char(i, _clean_text(text[i]))
        if self.pieces:
            last = self.pieces[-1]
            self.pieces.append((" ", last[2], last[2], last[3], last[4], last[5], False))

    def char(self, i: int, s: str) -> None:
        if not s:
            return
        api, h, pieces = self.api, self.h, self.pieces
        key = api.text_object(h, i)
        if key is None:  # generated by pdfium: a space or a line end, at the end of the character before
            if pieces:
                last = pieces[-1]
                pieces.append((s, last[2], last[2], last[3], last[4], last[5], False))
            return
        raw = api.raw
        straight, upright, height, descent, unmapped = self.objects.get(key, i)
        raw.FPDFText_GetCharOrigin(h, i, self.ox, self.oy)
        o = (self.ox.value, self.oy.value)
        if straight:
            raw.FPDFText_GetLooseCharBox(h, i, self.r)
            bx0, by0 = self.box[0], self.box[1]
            bottom = o[1] - by0 + descent * height
            x0 = o[0] - bx0
            pieces.append((s, x0, max(x0, self.r.right - bx0), self.H - bottom - height, self.H - bottom, True, False))
        else:
            pieces.append(self._turned(i, s, o, upright, height, descent))
            self.rotated += not upright
        self.unmapped += raw.FPDFText_HasUnicodeMapError(h, i) == 1

    def _turned(self, i: int, s: str, o: tuple[float, float], upright: bool, height: float, descent: float) -> _Piece:
        """A character on a turned page or with a turned matrix: its outline box in the
        displayed frame; when it stands upright there, the line's height from its baseline."""
        rot, box, H = self.rot, self.box, self.H
        X, Y = _to_display(rot, box, *o)
        xs, ys = [X], [Y]
        out = self.tight_out
        if self.api.raw.FPDFText_GetCharBox(self.h, i, *out):
            left, right, bottom, top = (v.value for v in out)
            for x, y in ((left, bottom), (right, top)):
                px, py = _to_display(rot, box, x, y)
                xs.append(px)
                ys.append(py)
        if upright:
            bottom = Y + descent * height
            return (s, X, max(xs), H - bottom - height, H - bottom, True, False)
        return (s, min(xs), max(xs), H - max(ys), H - min(ys), False, False)


def page_pieces(page, tp) -> tuple[list[_Piece], int, int]:
    """(pieces, rotated, unmapped) of a page: its words, or characters where they must be
    read one at a time, with boxes in the displayed frame."""
    reader = _Reader(page, tp)
    reader.read()
    return reader.pieces, reader.rotated, reader.unmapped


# --------------------------------------------------------------------------- words


def _clusters(pieces: list[_Piece], key: int) -> list[list[_Piece]]:
    """pdfplumber's ``cluster_objects``: the distinct values of field ``key`` cut where
    two neighbours are more than TOLERANCE apart; the groups in that order, each keeping
    the order of ``pieces``."""
    values = sorted({c[key] for c in pieces})
    ids: dict[float, int] = {}
    k = 0
    for j, v in enumerate(values):
        if j and v > values[j - 1] + TOLERANCE:
            k += 1
        ids[v] = k
    out: list[list[_Piece]] = [[] for _ in range(k + 1)] if values else []
    for c in pieces:
        out[ids[c[key]]].append(c)
    return out


def _split(line: list[_Piece], upright: bool) -> list[list[_Piece]]:
    """pdfplumber's ``iter_chars_to_words`` on one sorted line: a new word at white space,
    at a gap over TOLERANCE, where the next piece starts before the previous one, and
    around a sealed piece."""
    words: list[list[_Piece]] = []
    cur: list[_Piece] = []
    for c in line:
        if c[6] or c[0].isspace():
            if cur:
                words.append(cur)
            cur = []
            if c[6]:
                words.append([c])
            continue
        if cur:
            p = cur[-1]
            if upright:  # across: x0, x1; between lines: top
                new = c[1] < p[1] or c[1] > p[2] + TOLERANCE or abs(c[3] - p[3]) > TOLERANCE
            else:  # down: top, bottom; between lines: x0
                new = c[3] < p[3] or c[3] > p[4] + TOLERANCE or abs(c[1] - p[1]) > TOLERANCE
            if new:
                words.append(cur)
                cur = []
        cur.append(c)
    if cur:
        words.append(cur)
    return words


def _word(w: list[_Piece]) -> dict:
    if len(w) == 1:
        c = w[0]
        return {"text": c[0], "x0": c[1], "x1": c[2], "top": c[3], "bottom": c[4], "upright": c[5]}
    return {
        "text": "".join(c[0] for c in w),
        "x0": min(c[1] for c in w),
        "x1": max(c[2] for c in w),
        "top": min(c[3] for c in w),
        "bottom": max(c[4] for c in w),
        "upright": w[0][5],
    }


def words_of(pieces: list[_Piece]) -> list[dict]:
    """Pieces -> words (see the module docstring): runs of upright and of turned pieces,
    each clustered into lines (by ``top``; turned ones by ``x0``), sorted along the line."""
    out: list[dict] = []
    for upright, run in itertools.groupby(pieces, key=lambda c: c[5]):
        group = list(run)
        if upright:
            lines = [sorted(g, key=lambda c: c[1]) for g in _clusters(group, 3)]
        else:
            lines = [sorted(g, key=lambda c: (c[3], c[4])) for g in _clusters(group, 1)]
        for line in lines:
            out.extend(_word(w) for w in _split(line, upright))
    return out


def page_words(page, tp) -> PageWords:
    """The words of an open pypdfium2 page and its text page."""
    pieces, rotated, unmapped = page_pieces(page, tp)
    return PageWords(words_of(pieces), len(pieces), rotated, unmapped)


# --------------------------------------------------------------------------- pdfplumber (comparison)


def plumber_words(path: Union[str, Path], indexes: list[int]) -> dict[int, list[dict]]:
    """pdfplumber's words of the given pages (``extract_words()`` with its defaults): what
    the layout pass used before pdfium's boxes, kept to compare the two."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return {i: pdf.pages[i].extract_words(keep_blank_chars=False, use_text_flow=False) for i in indexes}
