"""Plain dataclasses shared by every module: references, findings, context.

Every span (``start``, ``end`` and the ``*_span`` pairs) indexes the string the
caller passed in, whatever clean-up happened on the way.

Example::

    >>> from vanban import find_references
    >>> r = find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")[0]
    >>> (r.doc_type, r.code, r.issuer, r.relation)
    ('Kết luận', '93-KL/TW', 'Ban Bí thư', 'implements')
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Optional

Span = tuple[int, int]

#: Relations a citing document can have with a cited one, in the order the
#: relation finder prefers them when several cues apply.
RELATIONS = ("self", "amends", "replaces", "continues", "reviews", "basis", "implements", "cites")

#: How a reference is written.
KINDS = (
    "code",  # with a number and symbol: "Kết luận số 93-KL/TW"
    "short",  # type + number, no symbol: "Kết luận số 93", "Chỉ thị 42"
    "named",  # a name without a number: "Nghị quyết Trung ương 4 (khóa XII)", "Điều lệ Đảng"
    "descriptive",  # type + issuer, no number: "Chỉ thị của Ban Bí thư về …"
    "this",  # "Kế hoạch này", "Quy định này"
)


@dataclass(slots=True, eq=False)
class Reference:
    """One citation of a document, with offsets into the caller's string.

    ``doc_type``, ``number``, ``code``, ``date``, ``issuer`` and ``term`` say what
    this occurrence writes (``code`` in canonical form: ``93-KL/TW``, ``30/2020/NĐ-CP``);
    nothing is copied from other occurrences into them. ``key`` is the identity of
    the cited document, built from everything the text says about it; two
    references share a key exactly when they name the same document.
    """

    start: int
    end: int
    text: str
    doc_type: Optional[str] = None
    number: Optional[str] = None
    code: Optional[str] = None
    date: Optional[_dt.date] = None
    issuer: Optional[str] = None
    term: Optional[str] = None
    subject: Optional[str] = None
    relation: str = "cites"
    resolved: Optional[Reference] = None
    key: Optional[str] = None
    # --- beyond the design's core fields -------------------------------------
    kind: str = "code"
    year: Optional[int] = None  # from the date, the code (30/2020/NĐ-CP) or "năm 2010"
    issuer_code: Optional[str] = None  # "TW", "TU", "HU", "CP", "UBND", …
    level: Optional[str] = None  # central / provincial / district / grassroots / state
    locality: Optional[str] = None  # "Gia Lai", "Phú Thiện (Gia Lai)" for local issuers
    name: Optional[str] = None  # for named references: "Nghị quyết Trung ương 4"
    alias: Optional[str] = None  # the short name this reference is given ("sau đây gọi tắt là …")
    trigger: Optional[str] = None  # the cue phrase that set the relation ("Thực hiện")
    nested_in: Optional[Reference] = None  # the reference whose subject contains this one
    code_span: Optional[Span] = None
    date_span: Optional[Span] = None
    issuer_span: Optional[Span] = None
    term_span: Optional[Span] = None
    subject_span: Optional[Span] = None
    notes: list[str] = field(default_factory=list)

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def target(self) -> Reference:
        """The full reference this one stands for (itself when not a short form)."""
        return self.resolved if self.resolved is not None else self

    def as_dict(self) -> dict:
        """A JSON-friendly dict (dates as ISO strings, ``resolved`` as its span)."""
        out = {}
        for name in self.__slots__:  # type: ignore[attr-defined]
            value = getattr(self, name)
            if isinstance(value, Reference):
                value = {"start": value.start, "end": value.end, "code": value.code, "key": value.key}
            elif isinstance(value, _dt.date):
                value = value.isoformat()
            elif isinstance(value, list):
                value = list(value)
            out[name] = value
        return out

    def __repr__(self) -> str:
        label = self.code or self.name or (f"{self.doc_type} {self.number}" if self.number else self.doc_type)
        bits = [f"{label!s}"]
        if self.date:
            bits.append(self.date.isoformat())
        if self.issuer:
            bits.append(self.issuer)
        if self.term:
            bits.append(f"khóa {self.term}")
        bits.append(self.relation)
        if self.resolved is not None:
            bits.append(f"→{self.resolved.code or self.resolved.start}")
        return f"<Reference {' · '.join(bits)} [{self.start}:{self.end}]>"


@dataclass(slots=True, frozen=True)
class Relation:
    """A relation stated by the text: ``source`` (a Reference, or ``DOCUMENT`` for
    the citing document itself) ``relation`` ``target``.

    "Kế hoạch số 25-KH/TU … về thực hiện Kết luận số 93-KL/TW" gives
    ``Relation(<25-KH/TU>, "implements", <93-KL/TW>)``.
    """

    source: object
    relation: str
    target: Reference
    start: int  # the cue phrase (or the target when there is none)
    end: int

    def __iter__(self):  # unpack as a triple
        return iter((self.source, self.relation, self.target))


class _ThisDocument:
    """Sentinel for "the document being read" as the source of a relation."""

    _instance: Optional[_ThisDocument] = None

    def __new__(cls) -> _ThisDocument:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DOCUMENT"

    def __reduce__(self):
        return (_ThisDocument, ())


DOCUMENT = _ThisDocument()


@dataclass(slots=True)
class Context:
    """What is known about the citing document; it decides self-references and
    the locality of local issuers ("Ban Thường vụ Tỉnh ủy" in a plan of Huyện ủy
    Phú Thiện is Gia Lai's).

    ``parse``/``read`` fill it from the letterhead; ``find_references(text)``
    without a context infers what the text itself says.
    """

    issuer: Optional[str] = None  # "Ban Thường vụ Huyện ủy"
    issuer_code: Optional[str] = None  # "HU"
    doc_type: Optional[str] = None  # "Kế hoạch"
    code: Optional[str] = None  # "45-KH/HU"
    date: Optional[_dt.date] = None
    province: Optional[str] = None  # "Gia Lai"
    district: Optional[str] = None  # "Phú Thiện"
    commune: Optional[str] = None
    inferred: bool = False  # True when guessed from the body rather than read from a letterhead
    sources: dict[str, str] = field(default_factory=dict)  # field -> where it came from

    @property
    def level(self) -> Optional[str]:
        from .tables import level_of_code

        return level_of_code(self.issuer_code) if self.issuer_code else None


@dataclass(slots=True)
class Finding:
    """A problem a careful reader would flag, with the span and the fix."""

    rule: str
    severity: str  # "error" | "warning" | "info"
    message: str
    start: int
    end: int
    message_vi: str = ""
    suggestion: Optional[str] = None
    reference: Optional[Reference] = None
    path: Optional[str] = None
    related: list[Span] = field(default_factory=list)

    def __repr__(self) -> str:
        fix = f" → {self.suggestion}" if self.suggestion else ""
        return f"<Finding {self.severity} {self.rule} [{self.start}:{self.end}]{fix}: {self.message}>"
