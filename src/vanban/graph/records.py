"""The compact record of a document: what the graph, the corpus checks and the frames read
of it, without its text.

A :class:`Record` keeps the letterhead, the references and the findings of a Document
(the same objects), and what the graph would otherwise read from the text: the sentence
around each reference, where each stands (title, opening, body; and its part for the
frames: "II.1", "preamble"), the plan's deadline, the fingerprint of its words, the text of
each finding. A worker process sends records, not Documents, back (no text: 4.3 KB pickled
against 6.7 KB on generated plans);
the store (:mod:`vanban.store`) keeps them on disk; :func:`~vanban.graph.build_graph` builds
from them, and from Documents by making their records first, so both give one graph.

Example::

    >>> from vanban import parse
    >>> doc = parse("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư. Các huyện ủy xây dựng kế hoạch.")
    >>> rec = record_of(doc)
    >>> rec.references[0].code, rec.sentences[0]
    ('93-KL/TW', 'Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư.')
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

from ..facts import Lexicon
from ..facts.lexicon import current
from ..model import Document, Finding, Header, Reference, Span
from ..references import document_key
from ..source import Source, clean
from ..text import byte_map, fold_bytes, from_bytes, matches_led_by

__all__ = ["Record", "record_of", "deadline_of", "fingerprint", "sentence", "position_of"]


@dataclass(eq=False, slots=True)
class Record:
    """A document without its text: enough for the graph, the corpus rules and the frames.

    ``header`` keeps only the span of the title; ``sentences``, ``positions`` (``title``/``opening``/
    ``body``, as the graph's evidence says) and ``parts`` (``Document.where``: "title", "preamble",
    "II.1", …) run along ``references``; ``finding_texts`` along ``findings``. Slots, no ``__dict__``
    (0.2 KB a record: a large store's graph holds every document's letterhead while it is built)."""

    path: Optional[str]
    kind: str
    key: Optional[str]
    header: Header
    references: list[Reference] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    preamble: Optional[Span] = None
    sentences: list[str] = field(default_factory=list)
    positions: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    finding_texts: list[str] = field(default_factory=list)
    deadline: Optional[_dt.date] = None
    fingerprint: Optional[str] = None  # None: not computed (the graph computes it from the Document when needed)
    sections: int = 0
    recipients: int = 0
    signer: Optional[str] = None
    unparsed: int = 0
    pages: int = 0
    chars: int = 0
    text_damaged: bool = False
    warnings: list[str] = field(default_factory=list)
    _at: Optional[dict] = field(default=None, repr=False)

    def index(self, r: Reference) -> int:
        """The position of ``r`` in :attr:`references`."""
        if self._at is None:
            self._at = {id(x): i for i, x in enumerate(self.references)}
        return self._at[id(r)]

    def hollow(self) -> None:
        """Let go of the references, findings and what runs along them (what :func:`.build.build_graph` with
        ``release`` does to a record once its citations are in): one empty tuple for all, not six new lists
        each (0.3 KB a document, and nothing may be added to a hollow record)."""
        self.references = self.findings = self.sentences = ()  # type: ignore[assignment]
        self.positions = self.parts = self.finding_texts = ()  # type: ignore[assignment]
        self._at = None

    def sentence(self, r: Reference) -> str:
        return self.sentences[self.index(r)]

    def position(self, r: Reference) -> str:
        """Where the graph says ``r`` stands: "title", "opening" or "body"."""
        return self.positions[self.index(r)]

    def where(self, r: Reference) -> str:
        """The part that holds ``r``, as :meth:`Document.where <vanban.Document.where>` says."""
        return self.parts[self.index(r)]

    def reference_parts(self) -> list[str]:
        """The part holding each of its references, in their order, as :meth:`Document.reference_parts
        <vanban.Document.reference_parts>` reads them (kept: ``parts``)."""
        return list(self.parts)

    def __repr__(self) -> str:
        h = self.header
        what = " ".join(x for x in (h.doc_type, h.code, h.issuer, h.date.isoformat() if h.date else None) if x)
        return f"<Record {self.path or ''} {what!s} · {len(self.references)} references>"


def record_of(
    doc: Document,
    lex: Optional[Lexicon] = None,
    *,
    with_fingerprint: bool = True,
    source: Optional[Source] = None,
    release: bool = False,
) -> Record:
    """The record of a parsed Document (its references and findings are shared, not copied).
    ``source``: the clean copy of its text it was parsed from, when at hand (:func:`vanban.read.read_parsed`
    gives it), for the fingerprint (else the text is cleaned again). ``release``: the Document is let go once
    its record is made (the map step, :func:`vanban.cluster.record_file`): its letterhead and warnings become
    the record's, not copies of them."""
    refs = doc.references
    nodes = doc.nodes()  # (once: where each reference stands and how many nodes there are read them)
    h = doc.header
    spans = {"title": h.spans["title"]} if "title" in h.spans else {}  # where a reference stands reads it; the frames too
    if release:
        head = h
        head.spans, head.lines = spans, []
    else:
        head = dataclasses.replace(h, spans=spans, lines=[], inferred=set(h.inferred))
    # one string for the equal sentences of several references ("Thực hiện Kế hoạch số 68-KH/HU … về thực hiện Chỉ thị
    # số 35 …": two citations, one sentence) and for their equal parts: a record pickled to the parent sends each once
    share = {}.setdefault
    parts = [share(p, p) for p in doc.wheres([r.start for r in refs], nodes)]
    return Record(
        path=doc.path,
        kind=doc.kind,
        key=doc.key or document_key(doc, lex),
        header=head,
        references=refs,
        findings=doc.findings,
        preamble=doc.preamble,
        sentences=_sentences(doc.text, refs, share, source is not None and source.printable),
        positions=_positions(doc, refs, parts),
        parts=parts,
        finding_texts=[doc.text[f.start : f.end] for f in doc.findings],
        deadline=deadline_of(doc, lex),
        fingerprint=fingerprint(doc, source) if with_fingerprint else None,
        sections=len(nodes),
        recipients=len(doc.recipients),
        signer=doc.signature.name if doc.signature else None,
        unparsed=len(doc.unparsed),
        pages=len(doc.pages),
        chars=len(doc.text),
        text_damaged=doc.text_damaged,
        warnings=doc.warnings if release else list(doc.warnings),
    )


def sentence(text: str, a: int, b: int) -> str:
    """The sentence around ``text[a:b]``, on one line (at most 240 characters each side)."""
    lo, hi = _sentence_span(text, a, b)
    return _one_line(text[lo:hi])


def _one_line(t: str, printable: bool = False) -> str:
    """``" ".join(t.split())``: most sentences are one already once stripped ("Thực hiện Kết luận số 93-KL/TW, ngày
    20/11/2020 của Ban Bí thư." ended by its line break: 876 of 876 on generated plans, 283 of 323 on the dev texts),
    and are kept as they are, not split into their words and joined again (a fifth of the cost). str.isprintable
    refuses every blank str.split cuts at but the space (each is a control or a separator), and no two spaces.
    ``printable``: ``t`` is cut from a text whose characters but its line breaks are printable (what
    :func:`~vanban.source.clean` found, :attr:`Source.printable <vanban.source.Source.printable>`): a line break is
    then the one blank to look for, found by ``in``, not by reading each character's class again."""
    t = t.strip()
    if "  " in t or ("\n" in t if printable else not t.isprintable()):
        return " ".join(t.split())
    return t


def _sentences(text: str, refs: list[Reference], share, printable: bool = False) -> list[str]:
    """:func:`sentence` of each reference, ``share(s, s)`` of it (one string for equal ones: "Thực hiện Kế hoạch số
    68-KH/HU … về thực hiện Chỉ thị số 35 …", two citations, one sentence); the words of a span joined once.
    ``printable``: see :func:`_one_line`."""
    made: dict = {}
    out = []
    for r in refs:
        span = _sentence_span(text, r.start, r.end)
        s = made.get(span)
        if s is None:
            s = made[span] = share(t := _one_line(text[span[0] : span[1]], printable), t)
        out.append(s)
    return out


def _sentence_span(text: str, a: int, b: int) -> tuple[int, int]:
    # (the looks back stop 240 characters before: a ". " or a line break further back loses to a - 240 anyway)
    near = a - 240 if a > 240 else 0
    lo = text.rfind(". ", near, a)
    k = text.rfind("\n", near, a)
    if k > lo:  # (comparisons, not max() and min(): Python 3.11's parse their arguments at every call)
        lo = k
    if a - 240 > lo:
        lo = a - 240
    return (lo + 1 if lo >= 0 else 0), _sentence_end(text, b)


def _sentence_end(text: str, b: int) -> int:
    r"""Where the sentence going on at ``b`` ends, at most 240 characters on: after its first line break, or "." or
    ";" before a blank ("… của Ban Bí thư.⏎" ends after its "."), else at the text's end: the end of ``[.;](?=\s)|\n``
    searched in ``text[b : b + 241]``, each found by str.find in C, where the expression tried its branches at each
    character (a third of a generated plan's sentences). A "." before no blank is passed over ("Điều 2.3", "v.v")."""
    stop = b + 240
    end = text.find("\n", b, stop)
    if end < 0:
        end = stop if stop < len(text) else len(text)
    else:
        end += 1
    for c in ".;":
        i = text.find(c, b, end - 1)  # (one before the end found: a "." or ";" there ends it no sooner)
        while i >= 0:
            if text[i + 1 : i + 2].isspace():  # (\s of a str pattern is str.isspace; past the text's end "" is not)
                end = i + 1
                break
            i = text.find(c, i + 1, end - 1)
    return end


#: the position of a reference by its part (:meth:`Document.where`): each part but these is in the body
_POSITION_OF = {"title": "title", "preamble": "opening"}


def position_of(part: str, start: int, preamble: Optional[Span]) -> str:
    """Where the graph says a reference stands, from the part that holds it (``part``: :meth:`Document.where
    <vanban.Document.where>`) and its ``start``: "title" in the title, "opening" in the preamble ("Thực hiện Kết luận
    số 93-KL/TW …, Ban Thường vụ Huyện ủy xây dựng kế hoạch"), "body" in any other part; a reference ``where`` puts in
    the letterhead is in the opening when the ``preamble`` holds it (a preamble overlapping the letterhead), else in
    the body.

    >>> position_of("II.1", 900, (400, 700)), position_of("letterhead", 420, (400, 700)), position_of("title", 300, None)
    ('body', 'opening', 'title')
    """
    got = _POSITION_OF.get(part)
    if got is not None:
        return got
    return "opening" if part == "letterhead" and preamble and preamble[0] <= start < preamble[1] else "body"


def _positions(doc: Document, refs: list[Reference], parts: list[str]) -> list[str]:
    """:func:`position_of` of each reference (``parts``: :meth:`Document.where` of each), read from the table alone
    when none is in the letterhead or there is no preamble (most documents)."""
    pre = doc.preamble
    if "letterhead" in parts and pre:
        return [position_of(p, r.start, pre) for r, p in zip(refs, parts)]
    return [_POSITION_OF.get(p, "body") for p in parts]


_WORDS = re.compile(r"\w+")


def fingerprint(doc: Document, source: Optional[Source] = None) -> str:
    """The content of a document, whatever its format: its words, case-folded (a PDF and a DOCX of one plan
    agree). ``source``: the clean copy of ``doc.text`` (:func:`vanban.source.clean`), when at hand."""
    text = (source if source is not None else clean(doc.text, doc.kind, doc.layout)).text
    b = fold_bytes(text)  # (a text of the characters fold() reads a byte of: all but a few)
    words = _words(text.casefold()) if b is None else _words_of_bytes(b)
    return hashlib.blake2b(words.encode("utf-8"), digest_size=16).hexdigest()


#: the marks between words that plans write most (all of them \W), made blanks before the words are split out
_MARKS = ".,;:!?()[]\"'“”‘’…-–—/*|%+•&"
#: at each byte fold() reads, its character case-folded, a mark or a blank made a space (each case-folds to one
#: character), and the bytes of the letters, digits and spaces
_FOLDED_WORDS = byte_map(lambda c: " " if c in _MARKS or c.isspace() else c.casefold())
_WORDY = bytes(i for i, c in enumerate(_FOLDED_WORDS) if c == " " or c.isalnum())


def _words_of_bytes(b: bytes) -> str:
    r""":func:`_words` of ``text.casefold()`` from the text's :func:`fold_bytes`, in C: case-folded with its marks and
    blanks made spaces in one pass (what a casefold and 27 str.replace passes did), and when every byte is a letter,
    a digit or a space (str.isalnum is \w without "_"), its words are what is left between runs of spaces (made
    one by halving them: no string a word); else (a "_", a "@", a "×") the expression reads them."""
    text = from_bytes(b, _FOLDED_WORDS)
    if b.translate(None, _WORDY):
        return " ".join(_WORDS.findall(text))
    while "  " in text:
        text = text.replace("  ", " ")
    return text.strip(" ")


def _words(text: str) -> str:
    r"""``" ".join(re.findall(r"\w+", text))``, most often without the regular expression, which reads each character
    at some 450 machine instructions (8% of the map step's instructions on a generated plan went there): the
    marks plans write between words made blanks (str.replace, in C) and the text split at its blanks, its pieces are
    its words when they are all letters and digits (str.isalnum is \w without "_"); else (a "_", a "@", a "×" left)
    the expression reads it."""
    for c in _MARKS:
        text = text.replace(c, " ")  # (a blank is \W too: the words stay the same)
    parts = text.split()
    if "".join(parts).isalnum():
        return " ".join(parts)
    return " ".join(_WORDS.findall(text))


@dataclass(frozen=True)
class _Deadlines:
    """The patterns of a lexicon's deadlines (vocabulary ``deadline_word`` and ``plan_task``): "hoàn thành trước ngày
    15/11/2021", "chậm nhất ngày 14/5/2021" (corpus-real/btv-hu-tuyphong-binhthuan-kl93-2021.txt), in a sentence that
    asks for a plan ("xây dựng kế hoạch thực hiện")."""

    words: tuple[str, ...]  # the words a deadline starts with: :func:`_deadlines` tries it only where one is written
    deadline: re.Pattern
    plan_task: re.Pattern


def _deadline_patterns(lex: Lexicon) -> _Deadlines:
    """The deadline patterns of ``lex``, built once per lexicon (:meth:`Lexicon.cached`, as every pattern of a lexicon;
    rows of ``deadline_word`` valued ``then`` may be followed by "là", "vào": "chậm nhất là vào ngày")."""

    def build() -> _Deadlines:
        pairs = lex.pairs("deadline_word")
        starts = "|".join(re.escape(w) + ("(?: là)?(?: vào)?" if v == "then" else "") for w, v in pairs)
        verbs, plans = ("|".join(re.escape(w) for w, v in lex.pairs("plan_task") if v == k) for k in ("verb", "plan"))
        return _Deadlines(
            words=tuple(w for w, _ in pairs),
            deadline=re.compile(
                rf"(?:{starts})\s+(?:ngày\s+)?"
                r"(?:(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"
                r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
            ),
            plan_task=re.compile(rf"(?:{verbs})[^.;]{{0,80}}?(?:{plans})", re.IGNORECASE),
        )

    return lex.cached("record_deadlines", build)


def _deadlines(text: str, p: _Deadlines) -> Iterator[re.Match]:
    """``p.deadline.finditer(text)``, tried only where one of its first words is written (found by str.find, in C), not
    at each "t", "c" and "k" of the text (most plans write none of them)."""
    return matches_led_by(p.deadline, text, p.words)


def deadline_of(doc: Document, lex: Optional[Lexicon] = None) -> Optional[_dt.date]:
    """The date by which a plan asks the level below for its own plans: "Các huyện ủy … xây
    dựng kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/6/2021" -> 2021-06-30
    (the first such date after the document's own, in a sentence that asks for a plan).

    >>> from vanban import parse
    >>> deadline_of(parse("Các huyện ủy xây dựng kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/6/2021; báo cáo."))
    datetime.date(2021, 6, 30)
    """
    if isinstance(doc, Record):
        return doc.deadline
    text, p = doc.text, _deadline_patterns(lex if lex is not None else current())
    for m in _deadlines(text, p):
        lo = max(text.rfind(";", 0, m.start()), text.rfind(".\n", 0, m.start()), text.rfind("\n\n", 0, m.start()), 0)
        if not p.plan_task.search(text, lo, m.start()):
            continue
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else (m.group("d2"), m.group("m2"), m.group("y2"))
        try:
            when = _dt.date(int(y), int(mo), int(d))
        except ValueError:
            continue
        if doc.header.date is None or when > doc.header.date:
            return when
    return None
