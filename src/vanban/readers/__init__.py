"""PDF and DOCX files -> text in reading order, with page spans and layout hints.

Example::

    >>> from vanban.readers import read_pdf
    >>> ex = read_pdf("corpus/gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf")
    >>> ex.text_of("letterhead-right")
    ['ĐẢNG CỘNG SẢN VIỆT NAM\\nGia Lai, ngày 19 tháng 4 năm 2021']

``Extracted.text`` is what a person reads, in order: on the first page the left
letterhead column as a block, then the right one; then the type, title and body
(line breaks as in the file); on the last page the recipients block ("Nơi nhận:"
and its items), then the signature block. Pages are separated by one "\\f".
Page numbers and running headers stay in the text; their spans are listed in
``blocks`` so that later stages can drop them with an offset map.

Block labels: "letterhead-left", "letterhead-right", "recipients", "signature",
"page-number", "running-header" (repeated top/bottom margin text), "table".

The heavy libraries (pypdfium2, python-docx; pdfplumber only for
``read_pdf(..., layout_engine="pdfplumber")``) are imported on first use.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left
from pathlib import Path
from typing import Optional, Union

from ..errors import PathError, ReadError, UnsupportedFormatError, VanbanDeprecationWarning, VanbanError
from ..text import plain_bytes, scrub, text_bytes
from .base import BLOCK_LABELS, DEFAULT_LIMITS, SUFFIXES, Extracted, Limits
from .docx import read_docx
from .encoding import damage, decode, decode_text, repair
from .files import Collected, Skipped, collect
from .pdf import read_pdf

__all__ = [
    "Extracted",
    "Limits",
    "read_pdf",
    "read_docx",
    "extract",
    "extract_file",
    "decode",
    "decode_text",
    "repair",
    "damage",
    "collect",
    "Collected",
    "Skipped",
    "BLOCK_LABELS",
    "SUFFIXES",
]


def extract(path: Union[str, Path], *, limits: Optional[Limits] = None, **kwargs) -> Extracted:
    """:func:`read_pdf` or :func:`read_docx` by the file's suffix (.doc is refused with a hint). Deprecated (a
    :class:`~vanban.errors.VanbanDeprecationWarning`), goes in the next release: :func:`extract_file` reads every
    suffix (.txt and .md too), repairs a damaged encoding and names the file in its errors; ``read_pdf(path, …)`` for
    a PDF reader's own keywords."""
    warnings.warn(
        "vanban.readers.extract is deprecated and goes in the next release: use vanban.readers.extract_file "
        "(every suffix, the encoding repaired), or read_pdf / read_docx",
        VanbanDeprecationWarning,
        stacklevel=2,
    )
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path, limits=limits, **kwargs)
    if suffix in (".docx", ".doc", ".docm"):
        return read_docx(path, limits=limits)
    raise UnsupportedFormatError(path, f"no PDF/DOCX reader for {suffix or 'files without a suffix'}")


def extract_file(p: Union[str, Path], *, limits: Optional[Limits] = None, data: Optional[bytes] = None) -> Extracted:
    """The text of a file in reading order, by its suffix: .txt/.md decoded, .pdf and
    .docx through their readers; repaired when its encoding was damaged (with a
    warning), control characters replaced one for one, within ``limits``.
    A :class:`~vanban.errors.ReadError` says why not, naming the file: whatever goes
    wrong (a permission, a disk error) is one. ``data``: the file's bytes, when the
    caller has read them already (a .txt or .md is then not read again)."""
    p = p if isinstance(p, Path) else Path(p)  # (a Path made again parses its parts again: the map step gives one)
    limits = limits if limits is not None else DEFAULT_LIMITS
    try:
        ex = _extract(p, limits, data)
    except VanbanError:
        raise
    except PermissionError:
        raise ReadError(p, "permission denied", "check who may read it: ls -l") from None
    except OSError as e:
        raise ReadError(p, f"cannot be read: {e.strerror or e}") from None
    return _finish(ex, p, limits)


def _extract(p: Path, limits: Limits, data: Optional[bytes] = None) -> Extracted:
    if data is None:  # (bytes read: a file that is there, not a folder)
        if not p.exists():
            raise PathError(p, "no such file")
        if p.is_dir():
            raise PathError(p, "is a folder, not a file", "read a folder with Corpus.from_dir or the command line")
    suffix = p.suffix.lower()
    kind = SUFFIXES.get(suffix, "txt" if suffix == "" else None)
    if kind in ("txt", "md"):
        size = p.stat().st_size if data is None else len(data)
        limits.check_chars(p, size // 4, f"the file has {size:,} bytes: {size // 4:,} characters at least")
        text, warnings = decode_text(p.read_bytes() if data is None else data, p)
        return Extracted(text=text, pages=[(0, len(text))], kind=kind, warnings=warnings)
    if kind == "pdf":
        return read_pdf(p, limits=limits)
    if kind in ("docx", "doc"):
        return read_docx(p, limits=limits)  # a .doc is refused there, unless it is a .docx under that name
    raise UnsupportedFormatError(p, f"unsupported file type {suffix!r}", "vanban reads .txt, .md, .pdf and .docx")


def _finish(ex: Extracted, p: Path, limits: Limits) -> Extracted:
    """Encoding repairs (blocks and pages moved with the text), control characters, the size."""
    text, notes = repair(ex.text)
    if notes:
        move = _mover(ex.text, text)
        ex.blocks = [(move(a), move(b), lab) for a, b, lab in ex.blocks]
        ex.pages = [(move(a), move(b)) for a, b in ex.pages]
        ex.text = text
        ex.warnings = [*ex.warnings, *notes]
    ex.text = _scrubbed(ex.text)
    limits.check_chars(p, len(ex.text))
    return ex


def _scrubbed(t: str) -> str:
    """:func:`~vanban.text.scrub` of a file's text, told from the bytes the cleaning reads next (``text_bytes``: kept
    for it, one encoding for both) when they say every character but a line break is printable, so none is a control
    character: "Kế hoạch số 45-KH/HU …", most texts, not read for their controls again (``scrub`` copied the text
    without its line breaks and asked ``isprintable`` of it). A text with a carriage return is left to ``scrub``: the
    cleaning reads the bytes of its text with "\n" line ends, another string."""
    if "\r" not in t:
        b = text_bytes(t)
        if b is not None and plain_bytes(b):
            return t
    return scrub(t)


_BREAKS = re.compile("[\n\f]")


def _mover(old: str, new: str):
    """Offsets of ``old`` -> ``new``, which has the same line and page breaks: the same
    place in the same line (line starts and ends map exactly; blocks are whole lines)."""
    bo = [m.start() for m in _BREAKS.finditer(old)]
    bn = [m.start() for m in _BREAKS.finditer(new)]

    def move(i: int) -> int:
        k = bisect_left(bo, i)  # the line holding i
        start_old, end_old = (bo[k - 1] + 1 if k else 0), (bo[k] if k < len(bo) else len(old))
        start_new, end_new = (bn[k - 1] + 1 if k else 0), (bn[k] if k < len(bn) else len(new))
        return end_new if i >= end_old else min(start_new + (i - start_old), end_new)

    return move
