"""Reading documents: ``read(path_or_text)`` and ``parse(text)`` make a Document.

The pipeline: file -> text (PDF and DOCX readers give the reading order) -> clean
copy with an offset map -> letterhead, preamble, section tree, recipients,
signature -> references in the context of the letterhead -> relations. Every
offset in the Document indexes ``doc.text``.

Example::

    >>> doc = read("corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md")
    >>> doc.header.doc_type, doc.header.date.isoformat(), doc.signature.name
    ('Kế hoạch', '2021-06-30', 'Vũ Hồng Duy')
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Optional, Union

from .errors import EncodingError, InputTypeError, ReadError, UnsupportedFormatError
from .model import Context, Document

__all__ = ["read", "parse", "read_text", "decode"]

PathLike = Union[str, Path]
TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", "": "txt"}


def decode(data: bytes, path: PathLike = "<bytes>") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused
    with the position of the first bad byte rather than silently mangled."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise EncodingError(path, f"a UTF-16 byte order mark, but not UTF-16: {e.reason} at offset {e.start}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(
            path,
            f"not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}",
            "legacy TCVN3/VNI files must be converted to Unicode first",
        ) from None


def read_text(path: PathLike) -> str:
    """The text of a .txt or .md file, or the extracted text of a .pdf/.docx."""
    return _extract(Path(path))[0]


def _extract(p: Path):
    """(text, kind, blocks, pages, warnings) of a file."""
    if not p.exists():
        raise ReadError(p, "no such file")
    if p.is_dir():
        raise ReadError(p, "is a directory")
    suffix = p.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return decode(p.read_bytes(), p), TEXT_SUFFIXES[suffix], [], [], []
    if suffix == ".pdf":
        from .readers import read_pdf

        ex = read_pdf(p)
        return ex.text, "pdf", ex.blocks, ex.pages, ex.warnings
    if suffix == ".docx":
        from .readers import read_docx

        ex = read_docx(p)
        return ex.text, "docx", ex.blocks, ex.pages, ex.warnings
    if suffix == ".doc":
        raise UnsupportedFormatError(p, "old binary .doc format", "convert it first: libreoffice --headless --convert-to docx file.doc")
    raise UnsupportedFormatError(p, f"unsupported file type {suffix!r}", "vanban reads .txt, .md, .pdf and .docx")


def read(source: Union[PathLike, str], *, context: Optional[Context] = None) -> Document:
    """A Document from a path (.txt, .md, .pdf, .docx) or from a string of text."""
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        p = Path(source)
        text, kind, blocks, pages, warnings = _extract(p)
        doc = parse(text, path=str(p), kind=kind, blocks=blocks, context=context)
        doc.pages = list(pages)
        doc.warnings = list(warnings)
        return doc
    if isinstance(source, str):
        return parse(source, context=context)
    raise InputTypeError(f"read expects a path or a str, not {type(source).__name__}")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024:
        return False
    try:
        return Path(s).suffix.lower() in (".txt", ".md", ".markdown", ".pdf", ".docx", ".doc") or Path(s).is_file()
    except OSError:  # pragma: no cover - invalid path characters
        return False


def parse(text: str, *, path: Optional[str] = None, kind: str = "txt", blocks=(), context: Optional[Context] = None) -> Document:
    """A Document from text (the text every offset of the result indexes)."""
    if not isinstance(text, str):
        raise InputTypeError(f"parse expects a str, not {type(text).__name__}")
    from .find import _remap, find_in
    from .relate import find_relations
    from .source import clean
    from .structure import parse_structure

    src = clean(text, kind, blocks)
    st = parse_structure(src, kind)
    ctx = context if context is not None else st.header.context()
    refs = find_in(src.text, ctx)
    if not src.identity:
        for r in refs:
            _remap(r, src)
    doc = Document(
        text=text,
        path=path,
        kind=kind,
        header=st.header,
        preamble=st.preamble,
        sections=st.sections,
        recipients=st.recipients,
        signature=st.signature,
        unparsed=st.unparsed,
        references=refs,
        body=st.body,
        layout=list(blocks),
    )
    doc.relations = find_relations(text, refs=refs)
    return doc
