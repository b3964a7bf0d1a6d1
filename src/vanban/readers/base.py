"""What the readers share: :class:`Extracted`, decoding of text files, the
end-block labelling of a plain line stream, the choice of reader by suffix, and the check that a path
to read is a file.

Example::

    >>> decode("Kết luận".encode("utf-16"))
    'Kết luận'
    >>> SUFFIXES[".md"]
    'md'
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Union

from ..errors import LimitError, ReadError
from ..grammar import cues
from .encoding import decode

__all__ = ["Extracted", "Limits", "decode", "text_end_blocks", "SUFFIXES", "BLOCK_LABELS", "is_note_file"]

PathLike = Union[str, Path]

#: the files vanban reads, by suffix, and the kind of text each gives
SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".pdf": "pdf", ".docx": "docx", ".doc": "doc"}
BLOCK_LABELS = ("letterhead-left", "letterhead-right", "recipients", "signature", "page-number", "running-header", "table")
_NOTE_STEMS = ("README", "CHANGELOG", "LICENSE", "NOTES")


def is_note_file(path: PathLike) -> bool:
    """README, CHANGELOG, LICENSE, NOTES: files beside a corpus that are not documents."""
    name = path if isinstance(path, str) and "/" not in path and os.sep not in path else Path(path).name
    i = name.rfind(".")
    return (name[:i] if 0 < i < len(name) - 1 else name).upper() in _NOTE_STEMS  # Path.stem, without the Path


def check_file(p: Path) -> None:
    """A :class:`~vanban.errors.ReadError` unless ``p`` is there and not a folder (the PDF and Word readers ask first)."""
    if not p.exists():
        raise ReadError(p, "no such file")
    if p.is_dir():
        raise ReadError(p, "is a directory")


@dataclass(frozen=True)
class Limits:
    """How much text one file may give, so that a crafted file fails fast instead of
    hanging a run: a 37 KB .docx whose numbering starts a list at ``w:start="500000000"``
    in letters asked for 384 million characters (73 s, 1.6 GB); a 118 KB .docx held 16 MB
    of ``document.xml`` (over 300 s).

    * ``max_chars``: the characters of one document's text (10 million, some 3,000
      pages: a compiled volume of plans fits; raise it for more);
    * ``max_expansion``: how many times its compressed size a part of a .docx may
      inflate to (100, the ratio Apache POI refuses zip bombs at; parts under 100 KB
      are let through), and how many characters of text a PDF may give per byte
      of file (a text layer gives about one).

    >>> Limits().max_chars, Limits(max_chars=50_000).max_expansion
    (10000000, 100)
    """

    max_chars: int = 10_000_000
    max_expansion: int = 100

    def check_chars(self, path, n: int, what: str = "") -> None:
        """A :class:`~vanban.errors.LimitError` when ``n`` characters are over ``max_chars``
        (``what`` says it better than "the text has N characters")."""
        if n > self.max_chars:
            raise LimitError(path, "max_chars", self.max_chars, what or f"the text has {n:,} characters")


DEFAULT_LIMITS = Limits()


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


def text_end_blocks(lines: list[str], labels: list[Optional[str]]) -> None:
    """Without positions: "Nơi nhận:" + its list items is the recipients block, a line
    starting "T/M", "TM.", "K/T"… and the lines after it the signature block, when
    the stream has them one after the other (as Word's PDF export does)."""
    k = next((i for i in range(len(lines) - 1, -1, -1) if cues.is_recipients_line(lines[i])), None)
    if k is not None and labels[k] is None:
        j = k + 1
        while j < len(lines) and labels[j] is None and lines[j].strip() and not cues.SIGN_LINE.match(lines[j]):
            if not (cues.LIST_ITEM.match(lines[j]) or lines[j].lstrip()[:1].islower()):
                break
            j += 1
        for i in range(k, j):
            labels[i] = "recipients"
    start = k if k is not None else 0
    s = next((i for i in range(start, len(lines)) if labels[i] is None and cues.SIGN_LINE.match(lines[i])), None)
    if s is not None:
        e = s
        while e + 1 < len(lines) and labels[e + 1] is None and not cues.is_recipients_line(lines[e + 1]):
            e += 1
        while e > s and not lines[e].strip():
            e -= 1
        for i in range(s, e + 1):
            labels[i] = "signature"
