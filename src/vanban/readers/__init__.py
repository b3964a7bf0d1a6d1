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

The heavy libraries (pypdfium2, pdfplumber, python-docx) are imported on first use.
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from ..errors import ReadError, UnsupportedFormatError
from .base import BLOCK_LABELS, SUFFIXES, Extracted, decode
from .docx import read_docx
from .pdf import read_pdf

__all__ = ["Extracted", "read_pdf", "read_docx", "extract", "extract_file", "decode", "BLOCK_LABELS", "SUFFIXES"]


def extract(path: Union[str, Path], **kwargs) -> Extracted:
    """:func:`read_pdf` or :func:`read_docx` by the file's suffix (.doc is refused with a hint)."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path, **kwargs)
    if suffix in (".docx", ".doc", ".docm"):
        return read_docx(path)
    raise UnsupportedFormatError(path, f"no PDF/DOCX reader for {suffix or 'files without a suffix'}")


def extract_file(p: Union[str, Path]) -> Extracted:
    """The text of a file in reading order, by its suffix: .txt/.md decoded, .pdf and
    .docx through their readers; a :class:`~vanban.errors.ReadError` says why not."""
    p = Path(p)
    if not p.exists():
        raise ReadError(p, "no such file")
    if p.is_dir():
        raise ReadError(p, "is a directory")
    suffix = p.suffix.lower()
    kind = SUFFIXES.get(suffix, "txt" if suffix == "" else None)
    if kind in ("txt", "md"):
        text = decode(p.read_bytes(), p)
        return Extracted(text=text, pages=[(0, len(text))], kind=kind)
    if kind == "pdf":
        return read_pdf(p)
    if kind == "docx":
        return read_docx(p)
    if kind == "doc":
        raise UnsupportedFormatError(
            p, "old binary .doc format", "convert it first: libreoffice --headless --convert-to docx file.doc"
        )
    raise UnsupportedFormatError(p, f"unsupported file type {suffix!r}", "vanban reads .txt, .md, .pdf and .docx")
