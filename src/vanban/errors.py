"""The exceptions vanban raises (all derive from :class:`VanbanError`), and the warnings it gives
about what goes in a next release (:class:`VanbanDeprecationWarning`, :class:`VanbanFutureWarning`).

Example::

    >>> from vanban import find_references, VanbanError
    >>> try:
    ...     find_references(b"bytes")
    ... except VanbanError as e:
    ...     print(type(e).__name__)
    InputTypeError
"""

from __future__ import annotations

from typing import Optional


class VanbanError(Exception):
    """Base class of every vanban error."""


class InputTypeError(VanbanError, TypeError):
    """A function got an argument of the wrong type (e.g. bytes instead of str)."""


class ReadError(VanbanError):
    """A file could not be turned into text; ``path`` and ``reason`` say which and why."""

    def __init__(self, path: object, reason: str, hint: Optional[str] = None):
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        msg = f"{self.path}: {reason}"
        if hint:
            msg += f" ({hint})"
        super().__init__(msg)


class UnsupportedFormatError(ReadError):
    """The file type is not one vanban reads (.txt, .md, .pdf, .docx)."""


class OCRRequiredError(ReadError):
    """A PDF has no text layer: it is a scan and needs OCR."""


class EncodingError(ReadError):
    """A text file is not valid UTF-8 (nor UTF-16 with a BOM)."""


class VanbanDeprecationWarning(DeprecationWarning):
    """An old name of vanban, kept for one release (``vanban.tables``, ``corpus.findings()``): the message
    says what to write now. Filter it with ``warnings.filterwarnings(..., category=VanbanDeprecationWarning)``."""


class VanbanFutureWarning(FutureWarning):
    """A call vanban still answers the old way, shown to every user because the answer changes in a next
    release (``chain(G, top, bottom)``: the chains, for now, instead of none)."""
