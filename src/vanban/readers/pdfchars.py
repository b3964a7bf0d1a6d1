"""PDF words with their boxes, from pypdfium2's character boxes (the positions the
layout pass of :mod:`.pdf` cuts into columns).

``page_words(page, textpage)`` gives the words of a page as pdfplumber's
``extract_words()`` gives them (``text``, ``x0``, ``x1``, ``top``, ``bottom`` in points,
``top`` from the top of the page), at pdfium speed: instead of a second parse of the
page by pdfminer, one pass over the words of the text pdfium already holds, a few
calls each (its text object, the origin of its first character, the box of its last);
one character at a time only where that is not exact (a word over two text objects, a
turned page or font matrix, a text that does not index its characters one for one).

A character's box is pdfminer's: from its origin to its advance across, and from the
font's descent below the baseline to one font size above that bottom, so that accents
above capitals (Ỉ, Ủ, Ấ) neither raise a line nor merge it with the one above. Words
are made the way pdfplumber makes them (``x_tolerance=3``, ``y_tolerance=3``):
clustered into lines by ``top``, sorted across the line, cut at white space, at a gap
over 3 points and where the next character sits left of the previous one. The spaces
pdfium inserts where a PDF leaves a gap without a space character cut words too
(pdfplumber, which has no such spaces, cuts there only when the gap is over 3 points):
the words then agree with the text of the page.

The page is read in the frame its text stands upright in (:func:`text_frame`): the
page as displayed (its ``/Rotate``), unless most of its characters run another way (a
page turned sideways by a viewer or a scanner), then the frame of the text.
Characters that do not stand upright in that frame (a stamp, a diagonal watermark, a
vertical note in the margin: more than 20° off) are counted in ``PageWords.rotated``
and given as whole lines, in the order they are written, marked ``upright: False``;
characters pdfium could not map to Unicode are counted in ``PageWords.unmapped``.

``plumber_words(path, indexes)`` is pdfplumber's own word list (the layout pass before
pdfium's boxes), kept for ``read_pdf(..., layout_engine="pdfplumber")``.
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

__all__ = ["PageWords", "page_words", "text_frame", "plumber_words", "TOLERANCE", "SKEW"]

TOLERANCE = 3.0  # pdfplumber's x_tolerance and y_tolerance, in points
SKEW = math.tan(math.radians(20))  # a character more than 20° off the frame's horizontal is not upright

# a piece of a line: (text, x0, x1, top, bottom, upright, sealed); sealed: a whole word
# (pdfium's text has white space on both sides), never joined to the pieces beside it
_Piece = tuple[str, float, float, float, float, bool, bool]


@dataclass
class PageWords:
    words: list[dict] = field(default_factory=list)  # {"text", "x0", "x1", "top", "bottom", "upright"}
    width: float = 0.0  # the frame the boxes are in: the page as displayed, or as its text runs
    height: float = 0.0
    rotation: int = 0  # that frame, in degrees clockwise from PDF user space (as /Rotate)
    pieces: int = 0  # words and characters read from pdfium
    rotated: int = 0  # characters not upright in the frame
    unmapped: int = 0  # characters pdfium could not map to Unicode


# --------------------------------------------------------------------------- pdfium


class _Api:
    """The pdfium calls of the hot loop, bound once to the same functions with plain
    addresses for arguments (a third of the cost of pypdfium2's typed pointers):
    ``text_object(page, i)`` returns the handle as an integer (a cache key; ``None`` for
    the characters pdfium generates), ``origin(page, i, &x, &y)`` and ``loose(page, i,
    &rect)`` write where they are told."""

    def __init__(self) -> None:
        import pypdfium2.raw as raw

        self.raw = raw
        vp, i = ctypes.c_void_p, ctypes.c_int

        def bind(fn, restype, *argtypes):
            return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, vp).value)

        self.text_object = bind(raw.FPDFText_GetTextObject, vp, vp, i)
        self.origin = bind(raw.FPDFText_GetCharOrigin, i, vp, i, vp, vp)
        self.loose = bind(raw.FPDFText_GetLooseCharBox, i, vp, i, vp)


_api: Optional[_Api] = None


def _get_api() -> _Api:
    global _api
    if _api is None:
        _api = _Api()
    return _api


class _Frame:
    """The page seen turned ``rot`` degrees clockwise (``/Rotate``'s sense), y up, with
    the origin at the corner of the box it shows (pdfminer's frame for ``rot`` = /Rotate)."""

    def __init__(self, page, rot: int) -> None:
        self.rot = rot % 360
        self.x0, self.y0, self.x1, self.y1 = page.get_bbox()
        w, h = self.x1 - self.x0, self.y1 - self.y0
        self.width, self.height = (h, w) if self.rot in (90, 270) else (w, h)

    def point(self, x: float, y: float) -> tuple[float, float]:
        rot = self.rot
        if rot == 90:
            return y - self.y0, self.x1 - x
        if rot == 180:
            return self.x1 - x, self.y1 - y
        if rot == 270:
            return self.y1 - y, x - self.x0
        return x - self.x0, y - self.y0

    def linear(self, a: float, b: float, c: float, d: float) -> tuple[float, float, float, float]:
        """A matrix (a, b, c, d) of user space seen in the frame."""
        rot = self.rot
        if rot == 90:  # (x, y) -> (y, -x)
            return b, -a, d, -c
        if rot == 180:
            return -a, -b, -c, -d
        if rot == 270:  # (x, y) -> (-y, x)
            return -b, a, -d, c
        return a, b, c, d


def _upright(a: float, b: float, c: float, d: float) -> bool:
    """Writing left to right, not mirrored, within 20° of the horizontal."""
    return a > 0 and d > 0 and abs(b) <= SKEW * a and abs(c) <= SKEW * d


def text_frame(page, tp, samples: int = 12) -> int:
    """The rotation (0, 90, 180, 270; clockwise, as ``/Rotate``) of the frame most of the
    page's characters stand upright in, from up to ``samples`` of them spread over the
    page; the page's own ``/Rotate`` when no other frame has more of them."""
    api = _get_api()
    raw = api.raw
    shown = page.get_rotation() % 360
    n = tp.count_chars()
    if n <= 0:
        return shown
    m = raw.FS_MATRIX()
    handle = ctypes.cast(tp.raw, ctypes.c_void_p).value
    votes: Counter = Counter()
    for i in range(0, n, max(1, n // samples)):
        if api.text_object(handle, i) is None:  # a space or line end pdfium made up: no matrix of its own
            continue
        if raw.FPDFText_GetMatrix(tp, i, m) and (m.a or m.b):
            # the baseline's direction in user space, in quarter turns anticlockwise: the frame
            # turned as many quarters clockwise sets it upright
            votes[round(math.atan2(m.b, m.a) / (math.pi / 2)) % 4 * 90] += 1
    if not votes:
        return shown
    best, count = votes.most_common(1)[0]
    return best if count > votes.get(shown, 0) else shown


class _Objects:
    """Per text object, in the frame: (straight, upright, height, descent, unmapped) where
    ``straight`` means an unturned frame and a matrix without rotation or shear (pdfium's
    loose box is exact there), ``upright`` the test of :func:`_upright`, ``height`` the
    font size scaled by the matrix, ``descent`` the font's descent as a fraction of it,
    and ``unmapped`` that its first character has no Unicode mapping (its font has none)."""

    def __init__(self, api: _Api, tp, frame: _Frame) -> None:
        self.api, self.tp, self.frame = api, tp, frame
        self.cache: dict[int, tuple[bool, bool, float, float, bool]] = {}
        self.m = api.raw.FS_MATRIX()
        self.f = ctypes.c_float()

    def get(self, key: int, i: int) -> tuple[bool, bool, float, float, bool]:
        got = self.cache.get(key)
        if got is None:
            got = self.cache[key] = self._read(i)
        return got

    def _read(self, i: int) -> tuple[bool, bool, float, float, bool]:
        raw, m = self.api.raw, self.m
        if not raw.FPDFText_GetMatrix(self.tp, i, m):
            m.a, m.b, m.c, m.d = 1.0, 0.0, 0.0, 1.0
        a, b, c, d = self.frame.linear(m.a, m.b, m.c, m.d)
        size = raw.FPDFText_GetFontSize(self.tp, i) or 1.0
        descent = 0.0
        obj = raw.FPDFText_GetTextObject(self.tp, i)
        font = raw.FPDFTextObj_GetFont(obj) if obj else None
        if font and raw.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), ctypes.byref(self.f)):
            descent = min(0.0, max(-1.0, self.f.value / 1000.0))
        straight = self.frame.rot == 0 and b == 0 and c == 0 and a > 0 and d > 0
        unmapped = raw.FPDFText_HasUnicodeMapError(self.tp, i) == 1
        return straight, _upright(a, b, c, d), size * math.hypot(c, d), descent, unmapped


def _aligned(text: str, n: int) -> bool:
    """The page text has one character per character index (no character left out, none
    outside the BMP): then ``text[i]`` is character ``i``."""
    return len(text) == n and len(text.encode("utf-16-le")) == 2 * n


def _texts(tp, n: int) -> list[Optional[str]]:
    """The text of each character index (``None``: not in the page's text, e.g. a control
    character pdfium leaves out)."""
    raw = _get_api().raw
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
    (an unturned frame, an upright font matrix, one text object): four calls a word;
    else one character at a time."""

    def __init__(self, page, tp, rotation: int) -> None:
        self.api = api = _get_api()
        raw = api.raw
        self.frame = _Frame(page, rotation)
        self.tp, self.h = tp, tp.raw
        self.objects = _Objects(api, tp, self.frame)
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
            self.words(text)
        else:
            for i, s in enumerate(_texts(tp, n)):
                if s is not None:
                    self.char(i, _clean_text(s))

    def words(self, text: str) -> None:
        """Every word of the page text. The hot loop: the calls of each step over all the
        words at once, their results written side by side into arrays read back in one go."""
        api, pieces, objects = self.api, self.pieces, self.objects
        key_of, origin, loose, cache = api.text_object, api.origin, api.loose, objects.cache
        handle = ctypes.cast(self.h, ctypes.c_void_p).value
        spans = [m.span() for m in _WORD.finditer(text)]
        firsts = [key_of(handle, a) for a, _b in spans]
        lasts = [key_of(handle, b - 1) for _a, b in spans]
        # the text object's facts when the word is plain (one object, straight), else None
        infos = [
            None if k is None or k != last else cache.get(k) or objects.get(k, a)
            for k, last, (a, _b) in zip(firsts, lasts, spans)
        ]
        infos = [i if i is not None and i[0] else None for i in infos]
        n = len(spans)
        points, rects = (ctypes.c_double * (2 * n))(), (ctypes.c_float * (4 * n))()  # origins; FS_RECTF: l, t, r, b
        pa, ra = ctypes.addressof(points), ctypes.addressof(rects)
        for j, ((a, b), info) in enumerate(zip(spans, infos)):
            if info is not None:
                origin(handle, a, pa + 16 * j, pa + 16 * j + 8)
                loose(handle, b - 1, ra + 16 * j)
        xy, box = points[:], rects[:]
        f = self.frame
        fx0, fy0, fh = f.x0, f.y0, f.height
        dirty = "\x02" in text or "\ufffe" in text or "\x00" in text
        for j, ((a, b), info) in enumerate(zip(spans, infos)):
            if info is None:
                self.chars(a, b, text)
                continue
            _straight, _upright, height, descent, unmapped = info
            x0 = xy[2 * j] - fx0
            bottom = xy[2 * j + 1] - fy0 + descent * height
            word = _clean_text(text[a:b]) if dirty else text[a:b]
            if word:
                pieces.append((word, x0, max(x0, box[4 * j + 2] - fx0), fh - bottom - height, fh - bottom, True, True))
            if unmapped:  # its font has no Unicode map: count the characters
                self.unmapped += sum(api.raw.FPDFText_HasUnicodeMapError(self.h, i) == 1 for i in range(a, b))

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
        key = api.text_object(ctypes.cast(h, ctypes.c_void_p).value, i)
        if key is None:  # generated by pdfium: a space or a line end, at the end of the character before
            if pieces:
                last = pieces[-1]
                pieces.append((s, last[2], last[2], last[3], last[4], last[5], False))
            return
        raw = api.raw
        straight, upright, height, descent, _unmapped = self.objects.get(key, i)
        raw.FPDFText_GetCharOrigin(h, i, self.ox, self.oy)
        o = (self.ox.value, self.oy.value)
        if straight:
            raw.FPDFText_GetLooseCharBox(h, i, self.r)
            f = self.frame
            bottom = o[1] - f.y0 + descent * height
            x0 = o[0] - f.x0
            pieces.append((s, x0, max(x0, self.r.right - f.x0), f.height - bottom - height, f.height - bottom, True, False))
        else:
            pieces.append(self._turned(i, s, o, upright, height, descent))
            self.rotated += not upright
        self.unmapped += raw.FPDFText_HasUnicodeMapError(h, i) == 1

    def _turned(self, i: int, s: str, o: tuple[float, float], upright: bool, height: float, descent: float) -> _Piece:
        """A character in a turned frame or with a turned matrix: its outline box in the
        frame; when it stands upright there, the line's height from its baseline."""
        f = self.frame
        X, Y = f.point(*o)
        xs, ys = [X], [Y]
        out = self.tight_out
        if self.api.raw.FPDFText_GetCharBox(self.h, i, *out):
            left, right, bottom, top = (v.value for v in out)
            for x, y in ((left, bottom), (right, top)):
                px, py = f.point(x, y)
                xs.append(px)
                ys.append(py)
        if upright:
            bottom = Y + descent * height
            return (s, X, max(xs), f.height - bottom - height, f.height - bottom, True, False)
        return (s, min(xs), max(xs), f.height - max(ys), f.height - min(ys), False, False)


# --------------------------------------------------------------------------- words


def _clusters(pieces: list[_Piece]) -> list[list[_Piece]]:
    """pdfplumber's ``cluster_objects`` on ``top``: the distinct values cut where two
    neighbours are more than TOLERANCE apart; the groups in that order, each keeping the
    order of ``pieces``."""
    values = sorted({c[3] for c in pieces})
    ids: dict[float, int] = {}
    k = 0
    for j, v in enumerate(values):
        if j and v > values[j - 1] + TOLERANCE:
            k += 1
        ids[v] = k
    out: list[list[_Piece]] = [[] for _ in range(k + 1)] if values else []
    for c in pieces:
        out[ids[c[3]]].append(c)
    return out


def _split(line: list[_Piece]) -> list[list[_Piece]]:
    """pdfplumber's ``iter_chars_to_words`` on one line sorted by ``x0``: a new word at
    white space, at a gap over TOLERANCE, where the next piece starts before the previous
    one or sits on another line, and around a sealed piece."""
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
            if c[1] < p[1] or c[1] > p[2] + TOLERANCE or abs(c[3] - p[3]) > TOLERANCE:
                words.append(cur)
                cur = []
        cur.append(c)
    if cur:
        words.append(cur)
    return words


def _word(w: list[_Piece], text: Optional[str] = None) -> dict:
    if len(w) == 1 and text is None:
        c = w[0]
        return {"text": c[0], "x0": c[1], "x1": c[2], "top": c[3], "bottom": c[4], "upright": c[5]}
    return {
        "text": "".join(c[0] for c in w) if text is None else text,
        "x0": min(c[1] for c in w),
        "x1": max(c[2] for c in w),
        "top": min(c[3] for c in w),
        "bottom": max(c[4] for c in w),
        "upright": w[0][5],
    }


def _turned_lines(run: list[_Piece]) -> list[dict]:
    """Pieces that are not upright, as the lines they are written in (pdfium's order; a
    line ends at a line break), each one "word" with the box of the whole line."""
    out: list[dict] = []
    line: list[_Piece] = []
    for c in [*run, ("\n", 0.0, 0.0, 0.0, 0.0, False, False)]:
        if c[0] in "\r\n" and line:
            text = " ".join("".join(c[0] for c in line).split())
            if text:
                out.append(_word([c for c in line if not c[0].isspace()], text))
            line = []
        elif c[0] not in "\r\n":
            line.append(c)
    return out


def words_of(pieces: list[_Piece]) -> list[dict]:
    """Pieces -> words (see the module docstring): runs of upright pieces clustered into
    lines by ``top``, sorted along the line and cut into words; runs of turned pieces as
    whole lines."""
    out: list[dict] = []
    for upright, run in itertools.groupby(pieces, key=lambda c: c[5]):
        group = list(run)
        if not upright:
            out.extend(_turned_lines(group))
            continue
        for g in _clusters(group):
            out.extend(_word(w) for w in _split(sorted(g, key=lambda c: c[1])))
    return out


def page_words(page, tp, rotation: Optional[int] = None) -> PageWords:
    """The words of an open pypdfium2 page and its text page, in the frame turned
    ``rotation`` degrees (by default the one :func:`text_frame` finds)."""
    reader = _Reader(page, tp, text_frame(page, tp) if rotation is None else rotation)
    reader.read()
    f = reader.frame
    return PageWords(words_of(reader.pieces), f.width, f.height, f.rot, len(reader.pieces), reader.rotated, reader.unmapped)


# --------------------------------------------------------------------------- pdfplumber (comparison)


def plumber_words(path: Union[str, Path], indexes: list[int], on_error=None) -> dict[int, list[dict]]:
    """pdfplumber's words of the given pages (``extract_words()`` with its defaults); a
    page whose words fail is left out after ``on_error(index, exception)``, or raises."""
    import pdfplumber

    out: dict[int, list[dict]] = {}
    with pdfplumber.open(str(path)) as pdf:
        for i in indexes:
            try:
                out[i] = pdf.pages[i].extract_words(keep_blank_chars=False, use_text_flow=False)
            except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds
                if on_error is None:
                    raise
                on_error(i, e)
    return out
