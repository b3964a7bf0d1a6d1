"""Reading files into text.

Example::

    >>> text = read_text("corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md")
    >>> text.startswith("\\n\\nPhú Thiện, ngày 30 tháng 6 năm 2021")
    True
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Union

from .errors import EncodingError, ReadError, UnsupportedFormatError

__all__ = ["read_text", "decode"]

PathLike = Union[str, Path]


def decode(data: bytes, path: PathLike = "<bytes>") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused
    with the position of the first bad byte rather than silently mangled."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(
            path,
            f"not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}",
            "legacy TCVN3/VNI files must be converted to Unicode first",
        ) from None


def read_text(path: PathLike) -> str:
    """The text of a .txt or .md file (PDF and DOCX: see :func:`vanban.read`)."""
    p = Path(path)
    if not p.exists():
        raise ReadError(p, "no such file")
    if p.is_dir():
        raise ReadError(p, "is a directory")
    suffix = p.suffix.lower()
    if suffix not in (".txt", ".md", ".markdown", ""):
        raise UnsupportedFormatError(p, f"cannot read {suffix or 'this'} files as text")
    return decode(p.read_bytes(), p)
