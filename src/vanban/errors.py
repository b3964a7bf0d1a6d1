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


class RegistryError(VanbanError, ValueError):
    """A registry file (``Lexicon.with_registry(path)``) cannot be used: missing, without a
    ``code`` column, a row without code, a date not written ``yyyy-mm-dd``. The message names
    the file and the line."""


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
    """A text file is in no encoding vanban reads: not UTF-8, UTF-16/32 with a byte order
    mark, nor a legacy Vietnamese encoding (TCVN3/ABC, VNI) it could recognise."""


class LimitError(ReadError):
    """A file would give more text than a limit allows (``limit`` names it, ``value`` is
    the limit): a 37 KB .docx whose numbering asks for 384 million letters, a 118 KB .docx
    holding 16 MB of XML. Raise the limit (``vanban.readers.Limits``) to read it anyway.

    >>> str(LimitError("plan.docx", "max_chars", 10_000_000, "the text has 12,000,000 characters"))
    'plan.docx: the text has 12,000,000 characters, over the limit max_chars=10,000,000 (raise it with Limits(max_chars=…))'
    """

    def __init__(self, path: object, limit: str, value: float, what: str):
        self.limit = limit
        self.value = value
        super().__init__(path, f"{what}, over the limit {limit}={value:,}", f"raise it with Limits({limit}=…)")


class PathError(ReadError, FileNotFoundError):
    """A path given to vanban does not exist, or is not what was asked for (a folder
    where a file was expected). Never read as text: ``Corpus.from_paths(["/no/such"])``
    reports it, it does not parse the string "/no/such"."""

    def __init__(self, path: object, reason: str = "no such file or folder", hint: Optional[str] = None):
        super().__init__(path, reason, hint)


class VanbanDeprecationWarning(DeprecationWarning):
    """An old name of vanban, kept for one release (``vanban.tables``, ``corpus.findings()``): the message
    says what to write now. Filter it with ``warnings.filterwarnings(..., category=VanbanDeprecationWarning)``."""


class VanbanFutureWarning(FutureWarning):
    """A call vanban still answers the old way, shown to every user because the answer changes in a next
    release (``chain(G, top, bottom)``: the chains, for now, instead of none)."""
