"""L6: the pipeline. ``read(path_or_text)`` and ``parse(text)`` make a Document;
``check`` gives its findings.

file -> text (PDF and DOCX readers give the reading order) -> clean copy with an
offset map -> letterhead, preamble, section tree, recipients, signature ->
references in the context of the letterhead -> relations -> findings. Every
offset in the Document indexes ``doc.text``.

Example::

    >>> doc = read("corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md")
    >>> doc.header.doc_type, doc.header.date.isoformat(), doc.signature.name
    ('Kế hoạch', '2021-06-30', 'Vũ Hồng Duy')
    >>> [f.suggestion for f in doc.findings if f.severity == "error"]
    ['93-KL/TW']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Union

from .checks import check_corpus, check_document
from .errors import InputTypeError, VanbanError
from .facts import Lexicon
from .facts.lexicon import current
from .model import Context, Document, Finding
from .readers import SUFFIXES, Limits, damage, extract_file
from .references import document_key, references_of, relations_of
from .source import Source, clean
from .structure import parse_structure

__all__ = ["read", "parse", "check", "read_text", "warm", "read_or_error", "read_parsed", "CorpusError", "KINDS"]

PathLike = Union[str, Path]
#: the kinds of text ``parse`` knows how to clean
KINDS = ("txt", "md", "pdf", "docx")


def read_text(path: PathLike, *, limits: Optional[Limits] = None) -> str:
    """The text of a .txt or .md file, or the extracted text of a .pdf/.docx."""
    return extract_file(Path(path), limits=limits).text


def read(
    source: Union[PathLike, str],
    *,
    context: Optional[Context] = None,
    lexicon: Optional[Lexicon] = None,
    limits: Optional[Limits] = None,
) -> Document:
    """A Document from a path (.txt, .md, .pdf, .docx) or from a string of text.

    A ``Path`` is always a file. A string is a file when it looks like one: a name with
    a suffix vanban reads, an existing file, or one line without spaces that names a
    folder ("/no/such/dir", "corpus/missing"): those raise :class:`~vanban.errors.PathError`
    when missing, never become a document whose text is the path. A string with a space
    or a line break is text ("Kế hoạch số 45-KH/HU").
    """
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        return _read_file(Path(source), context, lexicon, limits)[0]
    if isinstance(source, str):
        return parse(source, context=context, lexicon=lexicon)
    raise InputTypeError(f"read expects a path or a str, not {type(source).__name__}")


def _read_file(
    p: Path,
    context: Optional[Context],
    lexicon: Optional[Lexicon],
    limits: Optional[Limits],
    data: Optional[bytes] = None,
    relations: bool = True,
) -> tuple[Document, Source]:
    """The Document of a file, and the clean copy of its text that it was parsed from (``data``: the
    file's bytes, when read already; ``relations``: see :func:`read_parsed`)."""
    ex = extract_file(p, limits=limits, data=data)
    doc, src = _parse(ex.text, str(p), ex.kind, ex.blocks, context, lexicon, relations)
    doc.pages = [] if ex.kind in ("txt", "md") else list(ex.pages)
    doc.warnings = list(ex.warnings) + doc.warnings
    return doc, src


@dataclass
class CorpusError:
    """A file the corpus could not read, and why."""

    path: str
    reason: str
    kind: str  # the exception type: ReadError, EncodingError, OCRRequiredError, …


def crashed(path: str, e: BaseException) -> CorpusError:
    """What a file gets whose worker process died while reading it (``pimap``'s ``on_crash``)."""
    return CorpusError(path, f"{path}: the process reading it died ({e}); out of memory?", "WorkerCrash")


def read_or_error(path: PathLike, *, lexicon: Optional[Lexicon] = None, limits: Optional[Limits] = None):
    """A Document, or the :class:`CorpusError` that says why not: whatever goes wrong with one
    file (a permission, ``numbering.xml`` with ``w:start="một"``, a bug) stays with it.

    >>> read_or_error("/no/such/plan.txt").kind
    'PathError'
    """
    got = read_parsed(path, lexicon=lexicon, limits=limits)
    return got if isinstance(got, CorpusError) else got[0]


def read_parsed(
    path: PathLike,
    *,
    lexicon: Optional[Lexicon] = None,
    limits: Optional[Limits] = None,
    data: Optional[bytes] = None,
    relations: bool = True,
):
    """:func:`read_or_error`, the Document with the clean copy of its text it was parsed from
    (:func:`vanban.source.clean`; what a record's fingerprint reads): ``(Document, Source)`` or the
    :class:`CorpusError`. ``data``: the file's bytes, when the caller has read them (the map step
    hashes them): a .txt or .md is not read again. ``relations`` False: ``doc.relations`` left empty,
    for a Document made into its record at once (:func:`vanban.cluster.record_file`), which keeps the
    references, not the relations they state (nothing of the map step reads them)."""
    try:
        return _read_file(Path(path), None, lexicon, limits, data, relations)
    except VanbanError as e:
        return CorpusError(str(path), str(e), type(e).__name__)
    except Exception as e:  # noqa: BLE001 - one bad file never sinks a run
        return CorpusError(
            str(path), f"{path}: unexpected {type(e).__name__}: {e} (a bug in vanban: please report it)", type(e).__name__
        )


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024 or not s.strip():
        return False
    try:
        p = Path(s)
        if p.suffix.lower() in SUFFIXES or p.is_file() or p.is_dir():
            return True
        # one word with a separator whose folder part exists or is absolute: "/no/such/dir", "corpus/gone"
        # ("93-KL/TW" alone is a code: its folder "93-KL" does not exist)
        return not any(c.isspace() for c in s) and ("/" in s or "\\" in s) and (p.is_absolute() or p.parent.is_dir())
    except (OSError, ValueError):  # invalid path characters (a NUL)
        return False


def parse(
    text: str,
    *,
    path: Optional[str] = None,
    kind: str = "txt",
    blocks=(),
    context: Optional[Context] = None,
    lexicon: Optional[Lexicon] = None,
) -> Document:
    """A Document from text (the text every offset of the result indexes)."""
    return _parse(text, path, kind, blocks, context, lexicon)[0]


def _parse(
    text: str,
    path: Optional[str],
    kind: str,
    blocks,
    context: Optional[Context],
    lexicon: Optional[Lexicon],
    relations: bool = True,
):
    """:func:`parse`, and the clean copy of ``text`` the Document was read from (``relations``: see
    :func:`read_parsed`)."""
    if not isinstance(text, str):
        raise InputTypeError(f"parse expects a str, not {type(text).__name__}")
    if kind not in KINDS:
        raise InputTypeError(f"parse: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    if context is not None and not isinstance(context, Context):
        raise InputTypeError(f"context must be a vanban.Context, not {type(context).__name__}")
    lex = lexicon if lexicon is not None else current()
    src = clean(text, kind, blocks)
    st = parse_structure(src, kind, lex)
    refs = references_of(src, context if context is not None else st.header.context(), lex)
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
    if relations:
        doc.relations = relations_of(refs, lex)
    doc.key = document_key(doc, lex)
    doc.findings = check_document(doc, lex=lex)
    why = damage(text)
    if why is not None:
        doc.text_damaged = True
        doc.warnings.append(f"damaged text: {why}; its codes are not trusted (vanban.readers.repair may fix it)")
    return doc, src


#: a short plan that needs every part of the pipeline: letterhead, a place, references, a relation
_WARM_TEXT = """HUYỆN ỦY PHÚ THIỆN
Số 45-KH/HU
Phú Thiện, ngày 30 tháng 6 năm 2021
KẾ HOẠCH
thực hiện Kết luận số 93-KL/TW của Ban Bí thư
Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy Gia Lai về thực hiện Kết luận số 93-KL/TW, \
ngày 20/11/2020 của Ban Bí thư (khóa XII), Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện trên địa bàn huyện như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""


def warm(lexicon: Optional[Lexicon] = None) -> None:
    """Build now what the first ``parse`` would: the grammar, the relation cues, the gazetteer
    index (from the disk cache when it was built before, :mod:`vanban.cache`). Worker processes
    call it as they start, and a forking parent before it forks, so none of them pays it on its
    first document.

    >>> warm()
    """
    parse(_WARM_TEXT, lexicon=lexicon)


def check(obj, rules: Optional[Iterable[str]] = None, *, lexicon: Optional[Lexicon] = None) -> list[Finding]:
    """Findings for a Document, a Corpus (with the rules that need several documents)
    or a string (parsed first; offsets index that string). Findings come in text
    order per document; each carries the ``path`` of its document.

    >>> [f.rule for f in check("Thực hiện Kết luận số 93-NQ/TW ngày 20/11/2020 của Ban Bí thư") if f.severity == "error"]
    ['type-code-mismatch']
    """
    if isinstance(obj, str):
        obj = parse(obj, lexicon=lexicon)
    if isinstance(obj, Document):
        return check_document(obj, rules, lexicon)
    documents = getattr(obj, "documents", None)
    if documents is None:
        raise InputTypeError(f"check expects a Document, a Corpus or a str, not {type(obj).__name__}")
    out: list[Finding] = []
    for d in documents:
        out.extend(check_document(d, rules, lexicon) if rules is not None or lexicon is not None else d.findings)
    out.extend(check_corpus(list(documents), rules, lexicon))
    return out
