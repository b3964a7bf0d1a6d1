"""PDF -> text in reading order.

pypdfium2 reads every page once:

* **fast** (~500 pages/s): the text in content-stream order. Good for body pages,
  where the stream order is the reading order.
* **layout**: only where the page has columns side by side that a person reads one
  after the other: the first page's letterhead (issuer and "Số …" on the left,
  "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date on the right) and the page(s) with "Nơi
  nhận" (recipients on the left, signature on the right). Those pages are found from
  the fast text while the page is open, and their words are read from pdfium's
  character boxes (:mod:`.pdfchars`, as pdfplumber's ``extract_words`` gives them, at
  some 1,000 pages/s).

``layout_pages``: "auto" (the first page, pages with a national/party motto, pages
with "Nơi nhận", the last page if it holds a signature), "all" or "none".
``layout_engine``: "pdfium" (the default), or "pdfplumber" to take the words of the
layout pages from pdfplumber as before (about 15 pages/s; kept to compare the two).

On a layout page the words are grouped into lines by their ``top``; the header
band is the run of lines at the top that leave a vertical strip free of words
near the middle of the page; it is cut at that strip and emitted left column
then right column, each as a block. The end band starts at the "Nơi nhận" line
(plus signature lines just above it that lie wholly right of the cut) and runs
down while the strip stays free; recipients are emitted, then the signature.

Page numbers and running headers stay in the text; their spans are reported as
"page-number" / "running-header" blocks. A PDF without a text layer raises
:class:`~vanban.errors.OCRRequiredError` unless pytesseract with the ``vie``
language is installed, in which case the pages are OCR'd (with a warning).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Optional, Union

from ..errors import LimitError, OCRRequiredError, ReadError
from ..grammar import cues
from ..text import fold_nfc
from .base import DEFAULT_LIMITS, Extracted, Limits, check_file, text_end_blocks
from .pdfchars import PageWords, page_words, plumber_words, text_frame

__all__ = ["read_pdf"]

PathLike = Union[str, Path]

_WS = re.compile(r"\s+")

STRIP = 0.065  # top/bottom fraction of the page height that counts as the margin for page numbers
OCR_HINT = "OCR it first, e.g. ocrmypdf -l vie in.pdf out.pdf"
OCR_DPI = 300
OCR_MAX_PIXELS = 40_000_000  # an A4 page at 300 dpi is 8.7 million
LAYOUT_MODES = ("auto", "all", "none")
LAYOUT_ENGINES = ("pdfium", "pdfplumber")


# --------------------------------------------------------------------------- small data


@dataclass
class _Page:
    index: int
    width: float
    height: float
    text: str  # fast text, normalised line ends
    strips: list[str] = field(default_factory=list)  # lines in the top and bottom margins
    engine: str = "fast"
    ocr: bool = False
    words: Optional[PageWords] = None  # pdfium's words, read while the page was open (layout pages)
    words_error: str = ""  # why they could not be read
    rotation: int = 0  # /Rotate of the page, in degrees clockwise
    frame: int = 0  # the rotation its text stands upright in (pdfchars.text_frame)
    _folded: Optional[str] = None

    @property
    def folded(self) -> str:
        """The text folded (lower case, no diacritics), computed once."""
        if self._folded is None:
            self._folded = fold_nfc(self.text)
        return self._folded


@dataclass
class _Line:
    words: list[dict]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(w["text"] for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0]["x0"]

    @property
    def x1(self) -> float:
        return max(w["x1"] for w in self.words)


# A segment: lines of text and the label of the block they form (None: plain lines).
_Seg = tuple[list[str], Optional[str]]


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def _clean(raw: str) -> str:
    """pdfium text -> lines with "\\n" ends, no trailing blanks, no stray control chars."""
    s = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    s = s.replace("\x02", "-").replace("\ufffe", "-").replace("\x00", "")
    return "\n".join(line.rstrip() for line in s.split("\n")).strip("\n")


# --------------------------------------------------------------------------- entry point


def read_pdf(
    path: PathLike, *, layout_pages: str = "auto", layout_engine: str = "pdfium", limits: Optional[Limits] = None
) -> Extracted:
    """Read a PDF; see the module docstring. Raises ReadError / OCRRequiredError, and
    LimitError as soon as the pages read so far give more text than ``limits`` allow."""
    if layout_pages not in LAYOUT_MODES:
        raise ValueError(f"layout_pages must be 'auto', 'all' or 'none', not {layout_pages!r}")
    if layout_engine not in LAYOUT_ENGINES:
        raise ValueError(f"layout_engine must be 'pdfium' or 'pdfplumber', not {layout_engine!r}")
    t0 = time.perf_counter()
    p = Path(path)
    check_file(p)
    _check_bytes(p)
    pdf = _open(p)
    warnings: list[str] = []
    boxes = layout_engine == "pdfium" and layout_pages != "none"
    try:
        meta = _metadata(pdf)
        pages = _fast_pages(pdf, p, limits if limits is not None else DEFAULT_LIMITS, layout_pages if boxes else "none")
        _text_layer(pdf, pages, p, warnings)
        chosen = _choose_layout_pages(pages, layout_pages, turned=layout_engine == "pdfium")
        if boxes:
            _read_words(pdf, pages, chosen)
    finally:
        pdf.close()
    running = _running_headers(pages)
    segs: dict[int, list[_Seg]] = _layout(p, pages, chosen, running, warnings, layout_engine) if chosen else {}
    for pg in pages:
        if pg.index not in segs:
            segs[pg.index] = _fast_segments(pg, running, text_blocks=layout_pages == "none" or pg.ocr)
    ex = _assemble(pages, segs)
    ex.warnings = warnings
    meta.update(
        pages=len(pages),
        fast_pages=sum(1 for pg in pages if pg.engine == "fast"),
        layout_pages=sum(1 for pg in pages if pg.engine == "layout"),
        layout_page_numbers=[pg.index + 1 for pg in pages if pg.engine == "layout"],
        layout_engine=layout_engine,
        ocr_pages=[pg.index + 1 for pg in pages if pg.ocr],
        seconds=round(time.perf_counter() - t0, 4),
    )
    ex.meta = meta
    return ex


def _fast_pages(pdf, p: Path, limits: Limits, mode: str) -> list[_Page]:
    """The fast text of every page, stopping at the first page that takes the text over
    a limit: a crafted PDF (one compressed content stream repeated) gives millions of
    characters from a few kilobytes. The words of the pages that will need a layout
    (``mode``, as :func:`_choose_layout_pages` chooses them) are read while each page is
    open."""
    size = max(p.stat().st_size, 1)
    pages: list[_Page] = []
    total = 0
    first = True  # no page with text yet
    n = len(pdf)
    for i in range(n):
        pages.append(_fast_page(pdf, i, p, (mode, first, i == n - 1)))
        first = first and not pages[-1].text.strip()
        total += len(pages[-1].text)
        limits.check_chars(p, total, f"pages 1-{i + 1} have {total:,} characters of text")
        if total > 100_000 and total > limits.max_expansion * size:
            raise LimitError(
                p, "max_expansion", limits.max_expansion, f"its {size:,} bytes give {total:,} characters of text by page {i + 1}"
            )
    return pages


def _open(p: Path):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise ReadError(
                p,
                "encrypted PDF: it needs a password to open",
                hint="decrypt it first, e.g. qpdf --decrypt --password=… in.pdf out.pdf",
            ) from None
        raise ReadError(
            p, f"not a readable PDF ({msg})", hint="the file may be damaged; try to repair it, e.g. qpdf in.pdf out.pdf"
        ) from None


def _text_layer(pdf, pages: list[_Page], p: Path, warnings: list[str]) -> None:
    """Pages without a text layer: an error when none has one (and no OCR), warnings for
    blank and scanned pages, OCR where tesseract is installed."""
    empty = [pg for pg in pages if not pg.text.strip()]
    if pages and len(empty) == len(pages):
        if not any(_has_images(pdf, pg.index, any_kind=True) for pg in pages):
            # a blank page is not a scan: OCR would find nothing either
            raise ReadError(p, f"no text: its {len(pages)} page(s) are blank (no text, no images, no drawing)")
        if not _ocr_available():
            raise OCRRequiredError(p, "no text layer: this PDF is a scanned image", hint=OCR_HINT)
        warnings.append("no text layer: the text was OCR'd (tesseract, vie); expect recognition errors")
    elif empty:
        scanned = [pg for pg in empty if _has_images(pdf, pg.index)]
        blank = [pg for pg in empty if pg not in scanned]
        if blank:
            warnings.append(f"page(s) {', '.join(str(pg.index + 1) for pg in blank)} are blank")
        empty = scanned
        nums = ", ".join(str(pg.index + 1) for pg in scanned)
        if scanned and _ocr_available():
            warnings.append(f"page(s) {nums} have no text layer and were OCR'd (tesseract, vie)")
        elif scanned:
            warnings.append(f"page(s) {nums} have no text layer, only images (scanned): their text is missing; {OCR_HINT}")
    if not pages:
        raise ReadError(p, "no text: the PDF has no pages")
    if empty and _ocr_available():
        for pg in empty:
            dpi = ocr_dpi(pg.width, pg.height)
            if dpi < OCR_DPI:
                warnings.append(
                    f"page {pg.index + 1} is {pg.width / 72 * 2.54:.0f} x {pg.height / 72 * 2.54:.0f} cm: "
                    f"OCR'd at {dpi:.0f} dpi instead of {OCR_DPI} (at most {OCR_MAX_PIXELS / 1e6:.0f} million pixels)"
                )
            pg.text = _clean(_ocr_page(pdf[pg.index], dpi))
            pg.ocr, pg._folded = True, None


def _check_bytes(p: Path) -> None:
    size = p.stat().st_size
    with p.open("rb") as f:
        head = f.read(1024)
        f.seek(max(0, size - 4096))
        tail = f.read()
    if b"%PDF-" not in head:
        raise ReadError(p, "not a PDF file (no %PDF- header)", hint="check the file type; vanban reads .pdf, .docx, .txt, .md")
    if b"%%EOF" not in tail:
        raise ReadError(
            p,
            f"truncated PDF: no %%EOF marker at the end of its {size} bytes, so text may be missing",
            hint="download or copy the file again",
        )


def _metadata(pdf) -> dict:
    meta: dict = {}
    try:
        md = pdf.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001 - metadata is a nicety
        md = {}
    for k in ("Producer", "Creator", "Title", "Author", "CreationDate"):
        if md.get(k):
            meta[k.lower()] = md[k]
    return meta


def _fast_page(pdf, i: int, p: Path, want: tuple[str, bool, bool] = ("none", False, False)) -> _Page:
    """Page ``i``: its text and margin lines; its words too when it will need a layout
    (``want``: the mode, whether no page before it has text, whether it is the last)."""
    import pypdfium2 as pdfium

    try:
        page = pdf[i]
        width, height = page.get_size()
        tp = page.get_textpage()
        text = _clean(tp.get_text_range())
        strips: list[str] = []
        if text:
            left, bottom, right, top = page.get_mediabox()
            band = (top - bottom) * STRIP
            for lo, hi in ((top - band, top), (bottom, bottom + band)):
                strips += [_norm(s) for s in _clean(tp.get_text_bounded(left, lo, right, hi)).split("\n") if s.strip()]
        pg = _Page(i, width, height, text, strips, rotation=page.get_rotation() % 360)
        if text.strip():
            pg.frame = _frame(page, tp, pg.rotation)
            if _wants_layout(pg, *want):
                _words_of(pg, page, tp)
        tp.close()
        page.close()
    except pdfium.PdfiumError as e:
        raise ReadError(p, f"page {i + 1} cannot be read ({e})") from None
    return pg


def _frame(page, tp, shown: int) -> int:
    try:
        return text_frame(page, tp)
    except Exception:  # noqa: BLE001 - a page whose characters pdfium cannot tell: as displayed
        return shown


def _read_words(pdf, pages: list[_Page], chosen: list[int]) -> None:
    """The words of the chosen pages not read during the first pass (the last page with
    text, when blank pages follow it)."""
    for i in chosen:
        if pages[i].words is None and not pages[i].words_error:
            page = pdf[i]
            tp = page.get_textpage()
            try:
                _words_of(pages[i], page, tp)
            finally:
                tp.close()
                page.close()


def _words_of(pg: _Page, page, tp) -> None:
    try:
        pg.words = page_words(page, tp, pg.frame)
    except Exception as e:  # noqa: BLE001 - a damaged page keeps its stream order, with a warning
        pg.words_error = f"{type(e).__name__}: {e}"


def _has_images(pdf, i: int, any_kind: bool = False) -> bool:
    """Page ``i`` holds an image (or, with ``any_kind``, anything drawn: text turned into
    outlines needs OCR as much as a scan does)."""
    import pypdfium2 as pdfium

    page = pdf[i]
    try:
        kinds = None if any_kind else [pdfium.raw.FPDF_PAGEOBJ_IMAGE]
        return any(True for _ in page.get_objects(filter=kinds, max_depth=2))
    finally:
        page.close()


# --------------------------------------------------------------------------- OCR (optional)

_ocr_state: dict = {}


def _ocr_available() -> bool:
    """pytesseract importable and tesseract knows Vietnamese ("vie")."""
    if "ok" not in _ocr_state:
        try:
            import pytesseract

            _ocr_state["ok"] = "vie" in pytesseract.get_languages(config="")
        except Exception:  # noqa: BLE001 - not installed, or no tesseract binary
            _ocr_state["ok"] = False
    return _ocr_state["ok"]


def ocr_dpi(width: float, height: float) -> float:
    """The resolution a page of ``width`` x ``height`` points is rendered at for OCR:
    OCR_DPI, lower when that would take more than OCR_MAX_PIXELS (a poster-sized page at
    300 dpi is billions of pixels).

    >>> ocr_dpi(595, 842), round(ocr_dpi(14_400, 20_366))
    (300, 27)
    """
    pixels = (width * OCR_DPI / 72) * (height * OCR_DPI / 72)
    return OCR_DPI if pixels <= OCR_MAX_PIXELS else OCR_DPI * (OCR_MAX_PIXELS / max(pixels, 1.0)) ** 0.5


def _ocr_page(page, dpi: float = 300) -> str:  # pragma: no cover - needs tesseract
    import pytesseract

    image = page.render(scale=dpi / 72).to_pil()
    return pytesseract.image_to_string(image, lang="vie")


# --------------------------------------------------------------------------- which pages need layout


def _wants_layout(pg: _Page, mode: str, first: bool, last: bool, turned: bool = True) -> bool:
    """Whether page ``pg`` (with text) needs a layout: ``first`` when no page before it
    has text, ``last`` when it is the last page with text; with ``turned``, a page whose
    text runs another way than it is displayed (its stream order is no reading order;
    pdfium's boxes read it in the frame of its text, pdfplumber's words cannot)."""
    if mode == "none":
        return False
    if mode == "all" or first or (turned and pg.frame != pg.rotation):
        return True
    f = pg.folded
    if any(m in f[:1500] for m in cues.MOTTOS_FOLDED) or "noi nhan" in f:
        return True
    return last and bool(cues.SIGN_LINE.search(pg.text))


def _choose_layout_pages(pages: list[_Page], mode: str, turned: bool = True) -> list[int]:
    live = [pg for pg in pages if pg.text.strip() and not pg.ocr]
    if mode == "none" or not live:
        return []
    return [pg.index for pg in live if _wants_layout(pg, mode, pg is live[0], pg is live[-1], turned)]


def _running_headers(pages: list[_Page]) -> set[str]:
    """Margin lines (digits ignored) that come back on two or more pages."""
    seen: dict[str, set[int]] = {}
    for pg in pages:
        for s in pg.strips:
            if not cues.PAGE_NUMBER.match(s):
                seen.setdefault(re.sub(r"\d+", "#", s), set()).add(pg.index)
    return {k for k, v in seen.items() if len(v) >= 2}


def _margin_label(text: str, running: set[str]) -> Optional[str]:
    if cues.PAGE_NUMBER.match(text):
        return "page-number"
    if re.sub(r"\d+", "#", _norm(text)) in running:
        return "running-header"
    return None


# --------------------------------------------------------------------------- fast pages


def _fast_segments(pg: _Page, running: set[str], text_blocks: bool) -> list[_Seg]:
    lines = pg.text.split("\n") if pg.text else []
    labels: list[Optional[str]] = [None] * len(lines)
    strips = set(pg.strips)
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    for i in nonblank[:2] + nonblank[-2:]:
        t = _norm(lines[i])
        if t in strips:
            labels[i] = _margin_label(t, running)
    if text_blocks:
        text_end_blocks(lines, labels)
    return _runs(lines, labels)


def _runs(lines: list[str], labels: list[Optional[str]]) -> list[_Seg]:
    segs: list[_Seg] = []
    for line, lab in zip(lines, labels):
        if segs and segs[-1][1] == lab and lab not in ("page-number", "running-header"):
            segs[-1][0].append(line)
        else:
            segs.append(([line], lab))
    return segs


# --------------------------------------------------------------------------- layout pages


def _layout(
    p: Path, pages: list[_Page], chosen: list[int], running: set[str], warnings: list[str], engine: str = "pdfium"
) -> dict[int, list[_Seg]]:
    words = _plumber_words(p, chosen, warnings) if engine == "pdfplumber" else _pdfium_words(pages, chosen, warnings)
    out: dict[int, list[_Seg]] = {}
    for i, ws in words.items():
        pg = pages[i]
        if _nonspace(" ".join(w["text"] for w in ws)) + 2 < 0.98 * _nonspace(pg.text):
            warnings.append(f"page {i + 1}: word positions miss characters the text layer has; stream order kept")
            continue
        out[i] = _layout_segments(ws, pg, running, last=i == pages[-1].index)
        pg.engine = "layout"
    return out


def _pdfium_words(pages: list[_Page], chosen: list[int], warnings: list[str]) -> dict[int, list[dict]]:
    """The words read from pdfium's boxes, with what they say about the page."""
    out: dict[int, list[dict]] = {}
    for i in chosen:
        pg = pages[i]
        if pg.words_error or pg.words is None:
            reason = pg.words_error or "no character boxes"
            warnings.append(f"page {i + 1}: layout analysis failed ({reason}); stream order kept")
            continue
        pw = pg.words
        if pw.rotation != pg.rotation:
            warnings.append(
                f"page {i + 1}: its text runs turned {(pw.rotation - pg.rotation) % 360}° from the page as displayed "
                f"(/Rotate {pg.rotation}); read in the direction of its text"
            )
        pg.width, pg.height = pw.width, pw.height
        if pw.unmapped:
            warnings.append(
                f"page {i + 1}: {pw.unmapped} character(s) have no Unicode mapping in their font: "
                "their text is the font's codes, not letters; OCR the page or export the PDF again"
            )
        if pw.rotated:
            warnings.append(
                f"page {i + 1}: {pw.rotated} character(s) are not upright (a stamp, vertical text); "
                "they are placed by their boxes and may break the reading order around them"
            )
        out[i] = pw.words
    return out


def _plumber_words(p: Path, chosen: list[int], warnings: list[str]) -> dict[int, list[dict]]:
    """The words pdfplumber finds (``layout_engine="pdfplumber"``)."""

    def failed(i: int, e: Exception) -> None:
        warnings.append(f"page {i + 1}: layout analysis failed ({type(e).__name__}: {e}); stream order kept")

    try:
        return plumber_words(p, chosen, on_error=failed)
    except Exception as e:  # noqa: BLE001 - pdfminer raises many kinds
        warnings.append(f"layout analysis unavailable ({type(e).__name__}: {e}); columns may be out of reading order")
        return {}


def _nonspace(s: str) -> int:
    return len("".join(s.split()))


_x0 = itemgetter("x0")


def _group_lines(words: list[dict]) -> list[_Line]:
    """Words -> lines: a word joins the current line when it overlaps it vertically
    by at least half its height."""
    lines: list[_Line] = []
    ln: Optional[_Line] = None
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        top, bottom = w["top"], w["bottom"]
        if ln is not None:  # min() and max() written out (the loop of every layout page)
            h = bottom - top
            h = 1.0 if 1.0 > h else h
            lh = ln.bottom - ln.top
            overlap = (bottom if bottom < ln.bottom else ln.bottom) - (top if top > ln.top else ln.top)
            if overlap >= 0.5 * (lh if lh < h else h):
                ln.words.append(w)
                if bottom > ln.bottom:
                    ln.bottom = bottom
                continue
        ln = _Line([w], top, bottom)
        lines.append(ln)
    for ln in lines:
        ln.words.sort(key=_x0)
    return lines


def _subtract(free: list[tuple[float, float]], spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    for a, b in spans:
        nxt = []
        for lo, hi in free:
            if b <= lo or a >= hi:
                nxt.append((lo, hi))
                continue
            if a > lo:
                nxt.append((lo, a))
            if b < hi:
                nxt.append((b, hi))
        free = nxt
    return free


def _clusters(ln: _Line, min_gap: float) -> list[tuple[float, float]]:
    """The x-extents of the runs of words of a line separated by at least ``min_gap``."""
    out: list[tuple[float, float]] = []
    for w in ln.words:
        if out and w["x0"] - out[-1][1] < min_gap:
            out[-1] = (out[-1][0], max(out[-1][1], w["x1"]))
        else:
            out.append((w["x0"], w["x1"]))
    return out


def _grow(
    lines: list[_Line], order: list[int], lo: float, hi: float, min_gap: float, max_top: float, centre: Optional[float] = None
) -> tuple[list[int], Optional[float]]:
    """Take lines in ``order`` while a vertical strip at least ``min_gap`` wide between
    ``lo`` and ``hi`` stays free of words; return them and the middle of the widest strip.
    With ``centre``: also stop at a line that is one run of words centred on the text
    area (the type line "KẾ HOẠCH" under a short letterhead)."""
    free = [(lo, hi)]
    taken: list[int] = []
    for i in order:
        ln = lines[i]
        if ln.top > max_top:
            break
        if centre is not None:
            runs = _clusters(ln, min_gap)
            if (
                len(runs) == 1
                and runs[0][0] < centre < runs[0][1]
                and abs((runs[0][0] + runs[0][1]) / 2 - centre) < 0.1 * (hi - lo)
            ):
                break
        nf = [iv for iv in _subtract(free, [(w["x0"], w["x1"]) for w in ln.words]) if iv[1] - iv[0] >= min_gap]
        if not nf:
            break
        free = nf
        taken.append(i)
    if not taken:
        return [], None
    a, b = max(free, key=lambda iv: iv[1] - iv[0])
    return taken, (a + b) / 2


def _sides(lines: list[_Line], idx: list[int], split: float) -> tuple[list[dict], list[dict]]:
    left, right = [], []
    for i in idx:
        for w in lines[i].words:
            (left if (w["x0"] + w["x1"]) / 2 < split else right).append(w)
    return left, right


def _texts(words: list[dict]) -> list[str]:
    return [ln.text for ln in _group_lines(words)]


def _layout_segments(words: list[dict], pg: _Page, running: set[str], last: bool) -> list[_Seg]:
    """The segments of a layout page. Words not upright (a stamp, a vertical note) stay out
    of the lines and the columns: each is a line of its own, where its top is."""
    W, H = pg.width, pg.height
    turned = [w for w in words if not w.get("upright", True)]
    lines = _group_lines([w for w in words if w.get("upright", True)])
    margin: dict[int, str] = {}
    for i, ln in enumerate(lines):
        if ln.top < H * 0.09 or ln.bottom > H * 0.91:
            lab = _margin_label(ln.text, running)
            if lab:
                margin[i] = lab
    content = [i for i in range(len(lines)) if i not in margin]
    gap = max(10.0, W * 0.018)
    # units: (sort key, segments); lines not in a band are their own unit
    used: set[int] = set()
    units: list[tuple[float, list[_Seg]]] = []
    k = _end_band(lines, content, pg, gap, used, units)
    _header_band(lines, [i for i in content if i not in used and (k is None or i < k)], pg, gap, used, units)
    if last and k is None:
        _lone_signature(lines, content, W, used, units)
    for i, ln in enumerate(lines):
        if i not in used:
            units.append((ln.top, [([ln.text], margin.get(i))]))
    units += [(w["top"], [([w["text"]], None)]) for w in turned]
    units.sort(key=lambda u: u[0])
    segs_out: list[_Seg] = []
    for _key, segs in units:
        for lines_, lab in segs:
            if lab is None and segs_out and segs_out[-1][1] is None:
                segs_out[-1][0].extend(lines_)
            else:
                segs_out.append((list(lines_), lab))
    return segs_out


def _end_band(lines: list[_Line], content: list[int], pg: _Page, gap: float, used: set[int], units: list) -> Optional[int]:
    """ "Nơi nhận" (recipients) beside the signature; returns the index of the "Nơi nhận" line."""
    W, H = pg.width, pg.height
    k = next((i for i in reversed(content) if _recipients_line(lines[i])), None)
    if k is None:
        return None
    band, split = _grow(lines, [i for i in content if i >= k], W * 0.15, W * 0.85, gap, H)
    if not band or split is None:
        return k
    above: list[int] = []  # signature lines just above "Nơi nhận", wholly right of the cut
    for i in reversed([i for i in content if i < k]):
        ln, nxt = lines[i], lines[above[-1] if above else k]
        if ln.x0 >= split and nxt.top - ln.bottom < 1.6 * (ln.bottom - ln.top):
            above.append(i)
        else:
            break
    band = sorted(above) + band
    left, right = _sides(lines, band, split)
    rec_left = any(fold_nfc(w["text"]).startswith("noi") for w in left)
    rec, sig = (left, right) if rec_left else (right, left)
    segs: list[_Seg] = [(_texts(rec), "recipients")]
    if sig:
        segs.append((_texts(sig), "signature"))
    units.append((min(lines[i].top for i in band), segs))
    used.update(band)
    return k


def _recipients_line(ln: _Line) -> bool:
    """:func:`cues.is_recipients_line` of the line, folding its first word first (a line
    starts with "noi nhan" only if its first word starts with "noi"): folding every line
    of a page is what cost here."""
    return fold_nfc(ln.words[0]["text"]).startswith("noi") and cues.is_recipients_line(ln.text)


def _header_band(lines: list[_Line], before: list[int], pg: _Page, gap: float, used: set[int], units: list) -> None:
    """The letterhead columns, when the band holds a motto, a number or a place-date line."""
    W, H = pg.width, pg.height
    text_centre = (min(ln.x0 for ln in lines) + max(ln.x1 for ln in lines)) / 2 if lines else W / 2
    band, split = _grow(lines, before, W * 0.25, W * 0.75, gap, H * 0.45, centre=text_centre)
    if not band or split is None:
        return
    left, right = _sides(lines, band, split)
    lt, rt = _texts(left), _texts(right)
    joined = "\n".join(lt + rt)
    marked = (
        any(m in fold_nfc(joined) for m in cues.MOTTOS_FOLDED)
        or cues.NUMBER_START.search(joined)
        or cues.PLACE_DATE_WORDS.search(joined)
        or "*" in lt
    )
    if left and right and marked:
        units.append((lines[band[0]].top, [(lt, "letterhead-left"), (rt, "letterhead-right")]))
        used.update(band)


def _lone_signature(lines: list[_Line], content: list[int], W: float, used: set[int], units: list) -> None:
    """A signature without "Nơi nhận": "T/M …" and the lines under it, right of centre."""
    s = next((i for i in reversed(content) if cues.SIGN_LINE.match(lines[i].text) and lines[i].x0 >= W * 0.4), None)
    if s is None or s in used:
        return
    sig = [s]
    for i in [i for i in content if i > s]:
        if i in used or lines[i].x0 < W * 0.35:
            break
        sig.append(i)
    units.append((lines[s].top, [([lines[i].text for i in sig], "signature")]))
    used.update(sig)


# --------------------------------------------------------------------------- assembly


def _assemble(pages: list[_Page], segs: dict[int, list[_Seg]]) -> Extracted:
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    blocks: list[tuple[int, int, str]] = []
    pos = 0
    for n, pg in enumerate(pages):
        if n:
            parts.append("\f")
            pos += 1
        start = pos
        first = True
        for lines, lab in segs[pg.index]:
            if not first:
                parts.append("\n")
                pos += 1
            first = False
            chunk = "\n".join(lines)
            if lab and chunk.strip():
                blocks.append((pos, pos + len(chunk), lab))
            parts.append(chunk)
            pos += len(chunk)
        spans.append((start, pos))
    return Extracted(text="".join(parts), pages=spans, kind="pdf", blocks=blocks)
