"""The exceptions vanban raises. All derive from :class:`VanbanError`.

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
