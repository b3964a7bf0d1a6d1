"""PDF and DOCX files -> text in reading order, with page spans and layout hints.

Example::

    >>> from vanban.readers import read_pdf
    >>> ex = read_pdf("corpus/formats/gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf")  # doctest: +SKIP
    >>> ex.text_of("letterhead-right")                                                      # doctest: +SKIP
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

from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

__all__ = ["Extracted", "read_pdf", "read_docx", "extract", "BLOCK_LABELS"]

BLOCK_LABELS = ("letterhead-left", "letterhead-right", "recipients", "signature", "page-number", "running-header", "table")


@dataclass
class Extracted:
    text: str  # the document text: the string every vanban offset will index
    pages: list[tuple[int, int]]  # (start, end) of each page in `text`, in order; pages are separated by "\f"
    kind: str  # "pdf" | "docx"
    blocks: list[tuple[int, int, str]] = field(default_factory=list)  # layout hints: (start, end, label)
    warnings: list[str] = field(default_factory=list)
    meta: dict = field(default_factory=dict)  # e.g. {"pages": 3, "producer": "...", "fast_pages": 2, "layout_pages": 2}

    def spans(self, label: str) -> list[tuple[int, int]]:
        """The (start, end) of every block with this label, in text order."""
        return [(s, e) for s, e, lab in self.blocks if lab == label]

    def text_of(self, label: str) -> list[str]:
        """The text of every block with this label, in text order."""
        return [self.text[s:e] for s, e in self.spans(label)]

    def page_of(self, offset: int) -> int:
        """0-based index of the page holding ``offset`` (a "\\f" counts with the page it ends)."""
        for i, (_s, e) in enumerate(self.pages):
            if offset <= e:
                return i
        return max(len(self.pages) - 1, 0)


def extract(path: Union[str, Path], **kwargs) -> Extracted:
    """:func:`read_pdf` or :func:`read_docx` by the file's suffix (.doc is refused with a hint)."""
    from ..errors import UnsupportedFormatError

    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return read_pdf(path, **kwargs)
    if suffix in (".docx", ".doc", ".docm"):
        return read_docx(path)
    raise UnsupportedFormatError(path, f"no PDF/DOCX reader for {suffix or 'files without a suffix'}")


from .docx import read_docx  # noqa: E402  (light modules: the libraries load on first call)
from .pdf import read_pdf  # noqa: E402
