"""Plain dataclasses shared by every module: references, findings, documents.

This module imports nothing of vanban: it is the floor every layer stands on
(see ``ARCHITECTURE.md``). Every span (``start``, ``end`` and the ``*_span``
pairs) indexes the string the caller passed in, whatever clean-up happened on
the way.

Example::

    >>> from vanban import find_references
    >>> r = find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")[0]
    >>> (r.doc_type, r.code, r.issuer, r.relation)
    ('Kết luận', '93-KL/TW', 'Ban Bí thư', 'implements')
    >>> Key.parse(r.key)
    Key(code='93-KL/TW', locality=None, period='XII', name=None)
"""

from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, field
from typing import Optional, Union

Span = tuple[int, int]


class _ListOnRead(property):
    """A dataclass slot that holds None until it is read: the first read puts an empty list
    there and gives it, so the attribute is a list of its own for every reader (appends stay).

    Most sections have no children and most references no notes: an empty list each is 56
    bytes, half a Section, and a text of short lines can have a node and a reference every
    other line. ``peek`` reads the slot as it is (None: never read, nothing in it) for the
    loops over every node or reference.

    A property whose setter and deleter are the slot's own (C) ones: a dataclass's ``__init__`` sets the slot
    (``self.children = None``) without a Python call; a ``__set__`` of a Python class was one for every Section and
    Reference made (``Section("1", "Mục đích", 2, 40, 120)``: 1.8 µs against 1.2 µs, timeit).
    """

    def __init__(self, slot):
        peek, put = slot.__get__, slot.__set__

        def read(obj):
            value = peek(obj)
            if value is None:
                value = []
                put(obj, value)
            return value

        super().__init__(read, put, slot.__delete__)
        self.slot = slot  # the member descriptor of the slot
        self.peek = peek  # (the slot's own reader: called for every node and reference)


def _list_on_read(cls: type, name: str) -> _ListOnRead:
    """Make the list slot ``name`` of a slotted dataclass ``cls`` a :class:`_ListOnRead`."""
    lazy = _ListOnRead(cls.__dict__[name])
    setattr(cls, name, lazy)
    return lazy


#: Relations a citing document can have with a cited one. Between ``self`` and
#: ``cites``, the order in which the relation finder prefers them when one cue
#: phrase lists several ("sửa đổi, bổ sung và thay thế" is ``replaces``).
RELATIONS = ("self", "replaces", "amends", "continues", "reviews", "basis", "implements", "cites")

#: How a reference is written.
KINDS = (
    "code",  # with a number and symbol: "Kết luận số 93-KL/TW"
    "short",  # type + number, no symbol: "Kết luận số 93", "Chỉ thị 42"
    "named",  # a name without a number: "Nghị quyết Trung ương 4 (khóa XII)", "Điều lệ Đảng"
    "descriptive",  # type + issuer, no number: "Chỉ thị của Ban Bí thư về …"
    "this",  # "Kế hoạch này", "Quy định này"
)

LEVELS = ("central", "provincial", "district", "grassroots", "state")
SEVERITIES = ("error", "warning", "info")


class Flag(enum.Enum):
    """What the finder learnt about a reference beyond its fields; each flag has
    the sentence shown to users (``str(note)``). Checks and relations test flags,
    never the sentences."""

    ISSUER_SHARED = "issuer shared with the next reference"
    DATE_SHARED = "date shared with the next reference"
    ISSUER_BEFORE = "issuer stated before the reference"
    DATE_BEFORE = "date stated before the reference"
    REPORTED_ACT = "reported act: issued by the body named before it"
    ALIAS_MENTION = "alias mention"
    IMPOSSIBLE_DATE = "impossible date"
    DUPLICATED_ISSUER = "duplicated issuer"
    SECOND_ISSUER = "second issuer"
    UNRESOLVED = "unresolved: no full reference with this type and number in the text"
    AMBIGUOUS = "ambiguous"
    LOCALITY_FROM_CONTEXT = "locality from the citing document"

    @property
    def message(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Note:
    """A flag on a reference, with what it is about: ``Note(Flag.SECOND_ISSUER,
    "Ban Bí thư", (120, 130))``. ``detail`` is display text only."""

    flag: Flag
    detail: Optional[str] = None
    span: Optional[Span] = None

    def __str__(self) -> str:
        return f"{self.flag.message}: {self.detail}" if self.detail else self.flag.message


@dataclass(frozen=True, slots=True)
class CodeParts:
    """A parsed number-and-symbol.

    ``system`` is "party" (``93-KL/TW``) or "state" (``30/2020/NĐ-CP``);
    ``issuer_code`` is the issuer part that identifies the body (``TW``, ``TU``,
    ``CP``, ``UBND``, ``TTg``); ``problems`` lists what is malformed in the written
    form (spacing, separators, spelling), each with the canonical spelling as fix.
    """

    written: str
    number: str
    type_abbr: Optional[str]
    issuer_abbr: str
    year: Optional[int]
    system: str
    canonical: str
    issuer_code: str
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IssuerParts:
    """An issuer as a citation writes it, with the body it names."""

    spelled: str  # canonical spelling of what is written: "Ban Thường vụ Tỉnh ủy Gia Lai"
    body: Optional[str]  # the body: "Ban Thường vụ Tỉnh ủy"
    code: Optional[str]  # symbol code: "TU"
    level: Optional[str]
    system: Optional[str]
    locality: Optional[str]  # "Gia Lai"
    unit: Optional[str]  # "tỉnh", "huyện", … when written
    joint: Optional[str]  # second body of a joint issuer ("Bộ Chính trị, Ban Bí thư")


#: what the key of a document known by its name only starts with (:class:`Key`)
_NAMED = "named:"


@dataclass(frozen=True, slots=True)
class Key:
    """The identity of a document, as :attr:`Reference.key` writes it.

    ``str(Key)`` and :meth:`Key.parse` go both ways: ``93-KL/TW#XII`` (a central
    code and its term), ``25-KH/TU@Gia Lai#2021`` (a local code, its locality and
    year), ``30/2020/NĐ-CP`` (the year is in the code), ``named:nghi quyet trung
    uong 4#XII``. ``locality``/``period`` are ``None`` when the key has no such
    part and ``"?"`` when the text does not say it.

    >>> k = Key.parse("45-KH/HU@Phú Thiện, Gia Lai#2021")
    >>> k.code, k.locality, k.period, str(k)
    ('45-KH/HU', 'Phú Thiện, Gia Lai', '2021', '45-KH/HU@Phú Thiện, Gia Lai#2021')
    """

    code: Optional[str]
    locality: Optional[str] = None
    period: Optional[str] = None
    name: Optional[str] = None

    def __str__(self) -> str:
        out = f"{_NAMED}{self.name}" if self.name is not None else (self.code or "")
        if self.locality is not None:
            out += f"@{self.locality}"
        if self.period is not None:
            out += f"#{self.period}"
        return out

    @classmethod
    def parse(cls, key: str) -> Key:
        head, hash_, period = key.rpartition("#") if "#" in key else (key, "", "")
        base, at, locality = head.partition("@")
        name = base[len(_NAMED) :] if base.startswith(_NAMED) else None
        return cls(
            code=None if name is not None else base,
            locality=locality if at else None,
            period=period if hash_ else None,
            name=name,
        )

    @staticmethod
    def undated(key: str) -> str:
        """A key's text without its period, the same document in any period: what the graph looks a year written
        wrong up by.

        >>> Key.undated("25-KH/TU@Gia Lai#2021"), Key.undated("30/2020/NĐ-CP")
        ('25-KH/TU@Gia Lai', '30/2020/NĐ-CP')
        """
        return key.rsplit("#", 1)[0]

    @staticmethod
    def is_named(key: str) -> bool:
        """Is ``key`` the key of a document known by its name only ("named:nghi quyet trung uong 4#XII"), no code?"""
        return key.startswith(_NAMED)

    @property
    def complete(self) -> bool:
        """Every part the key has is known (no ``?``): only such keys may merge documents."""
        return "?" not in (self.locality, self.period)

    @property
    def places(self) -> list[str]:
        """The locality as a list, largest last: ``["Phú Thiện", "Gia Lai"]``."""
        if not self.locality or self.locality == "?":
            return []
        return [p.strip() for p in self.locality.split(",")]


@dataclass(slots=True, eq=False)
class Reference:
    """One citation of a document, with offsets into the caller's string.

    ``doc_type``, ``number``, ``code``, ``date``, ``issuer`` and ``term`` say what
    this occurrence writes (``code`` in canonical form: ``93-KL/TW``, ``30/2020/NĐ-CP``);
    nothing is copied from other occurrences into them. ``key`` is the identity of
    the cited document, built from everything the text says about it; two
    references share a key exactly when they name the same document.
    ``notes`` is made when first read (most references have none): ``has``,
    ``flags`` and ``notes_with`` read them without making the list.
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
    code_parts: Optional[CodeParts] = None  # the parsed symbol (so checks and the graph never parse it again)
    issuer_parts: Optional[IssuerParts] = None  # the parsed issuer
    notes: list[Note] = None  # type: ignore[assignment]  # a list of its own on the first read

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def target(self) -> Reference:
        """The full reference this one stands for (itself when not a short form)."""
        return self.resolved if self.resolved is not None else self

    @property
    def flags(self) -> set[Flag]:
        notes = _NOTES.peek(self)
        return {n.flag for n in notes} if notes else set()

    def has(self, *flags: Flag) -> bool:
        """True when any of ``flags`` is noted on this reference."""
        notes = _NOTES.peek(self)
        if notes:
            for n in notes:  # (a loop, not any() over a generator)
                if n.flag in flags:
                    return True
        return False

    def notes_with(self, *flags: Flag) -> list[Note]:
        """The notes of ``flags``, in the order they were made."""
        notes = _NOTES.peek(self)
        return [n for n in notes if n.flag in flags] if notes else []

    def note(self, flag: Flag, detail: Optional[str] = None, span: Optional[Span] = None) -> None:
        self.notes.append(Note(flag, detail, span))

    @property
    def identity(self) -> Optional[Key]:
        """:attr:`key` as a :class:`Key` value."""
        return Key.parse(self.key) if self.key else None

    def as_dict(self) -> dict:
        """A JSON-friendly dict (dates as ISO strings, ``resolved`` as its span, notes as sentences)."""
        out = {}
        for name in self.__slots__:  # type: ignore[attr-defined]
            if name in ("code_parts", "issuer_parts"):
                continue
            value = getattr(self, name)
            if isinstance(value, Reference):
                value = {"start": value.start, "end": value.end, "code": value.code, "key": value.key}
            elif isinstance(value, _dt.date):
                value = value.isoformat()
            elif name == "notes":
                value = [str(n) for n in value]
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


_NOTES = _list_on_read(Reference, "notes")


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


@dataclass(slots=True, frozen=True)
class Relation:
    """A relation stated by the text: ``source`` (a Reference, or ``DOCUMENT`` for
    the citing document itself) ``relation`` ``target``.

    "Kế hoạch số 25-KH/TU … về thực hiện Kết luận số 93-KL/TW" gives
    ``Relation(<25-KH/TU>, "implements", <93-KL/TW>)``.
    """

    source: Union[Reference, _ThisDocument]
    relation: str
    target: Reference
    start: int  # the cue phrase (or the target when there is none)
    end: int

    def __iter__(self):  # unpack as a triple
        return iter((self.source, self.relation, self.target))


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
    level: Optional[str] = None  # level of issuer_code: central / provincial / district / grassroots / state

    def is_own_code(self, code: str) -> bool:
        """Is ``code`` (a canonical symbol) the citing document's own number? "45-KH/HU" in the plan numbered so."""
        return self.code == code


@dataclass(frozen=True, slots=True)
class Fix:
    """What a finding proposes, as a value: ``Fix("code", "93-KL/TW")``,
    ``Fix("date", date(2021, 4, 19))``, ``Fix("issuer", "Bộ Chính trị")``."""

    field: str  # "code" | "date" | "issuer" | "term" | "type" | "text"
    value: object


@dataclass(slots=True)
class Finding:
    """A problem a careful reader would flag, with the span and the fix.

    ``suggestion`` is the fix as display text; ``fix`` is the same as a typed value;
    ``source`` says where the fact the finding rests on comes from (the page URLs of
    the registry row a citation was compared with).
    """

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
    fix: Optional[Fix] = None
    source: Optional[str] = None

    def __repr__(self) -> str:
        fix = f" → {self.suggestion}" if self.suggestion else ""
        return f"<Finding {self.severity} {self.rule} [{self.start}:{self.end}]{fix}: {self.message}>"


# --- document structure -----------------------------------------------------------------


#: The rows a display of the letterhead shows (``Header.rows``: the Jupyter views of a Header and of a
#: Document), each with the Header fields it is made of: the names ``Header.inferred`` holds.
HEADER_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("type", ("doc_type",)),
    ("code", ("code",)),
    ("issuer", ("issuer",)),
    ("superior", ("superior",)),
    ("place, date", ("place", "date")),
    ("title", ("title",)),
    ("locality", ("commune", "district", "province")),
    ("level", ("level",)),
)


@dataclass(frozen=True, slots=True)
class HeaderRow:
    """One line of a letterhead display: ``HeaderRow("locality", "Phú Thiện, Gia Lai", inferred=True)``."""

    label: str  # "place, date"
    value: str  # "Phú Thiện, 30/06/2021"
    inferred: bool  # a field it shows was guessed from the body, not read from the letterhead


@dataclass(slots=True)
class Header:
    """The letterhead (thể thức): who issued the document, its number, place, date,
    type and title. ``inferred`` names the fields guessed from the body because the
    letterhead did not give them (the seed has no letterhead at all); ``spans``
    gives where each field was read."""

    doc_type: Optional[str] = None  # "Kế hoạch"
    code: Optional[str] = None  # "45-KH/HU"
    number: Optional[str] = None  # "45"
    issuer: Optional[str] = None  # "Huyện ủy Phú Thiện"
    superior: Optional[str] = None  # "Đảng bộ tỉnh Gia Lai"
    issuer_code: Optional[str] = None  # "HU"
    level: Optional[str] = None  # central / provincial / district / grassroots / state
    system: Optional[str] = None  # "party" | "state"
    motto: Optional[str] = None  # "ĐẢNG CỘNG SẢN VIỆT NAM" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    place: Optional[str] = None  # "Phú Thiện"
    date: Optional[_dt.date] = None
    title: Optional[str] = None  # the trích yếu, on one line
    province: Optional[str] = None
    district: Optional[str] = None
    commune: Optional[str] = None
    start: int = 0
    end: int = 0
    spans: dict[str, Span] = field(default_factory=dict)
    inferred: set[str] = field(default_factory=set)
    lines: list[tuple[int, int, str]] = field(default_factory=list)  # letterhead lines with their role

    def rows(self) -> list[HeaderRow]:
        """The letterhead as the displays show it, one :class:`HeaderRow` a non-empty line of
        :data:`HEADER_ROWS`; a row is ``inferred`` when any field it shows is in ``self.inferred``
        (the seed's "locality" row, whose district and province were guessed from the body)."""
        out = []
        for label, names in HEADER_ROWS:
            values = (getattr(self, n) for n in names)
            text = ", ".join(v.strftime("%d/%m/%Y") if isinstance(v, _dt.date) else str(v) for v in values if v)
            if text:
                out.append(HeaderRow(label, text, any(n in self.inferred for n in names)))
        return out

    def __repr__(self) -> str:
        """``<Header Kế hoạch 45-KH/HU · Huyện ủy Phú Thiện · Phú Thiện, 30/06/2021 · district>``:
        the fields an analyst reads, without spans and lines."""
        when = self.date.strftime("%d/%m/%Y") if self.date else None
        parts = [
            " ".join(x for x in (self.doc_type, self.code) if x) or "?",
            self.issuer,
            ", ".join(x for x in (self.place, when) if x),
            self.level,
        ]
        out = " · ".join(p for p in parts if p)
        return f"<Header {out}" + (f" (inferred: {', '.join(sorted(self.inferred))})" if self.inferred else "") + ">"

    def _repr_html_(self) -> str:
        """A two-column table of the letterhead for Jupyter."""
        import html

        rows = "".join(
            f"<tr><th style='text-align:left;padding-right:12px'>{html.escape(r.label)}{' (inferred)' if r.inferred else ''}"
            f"</th><td>{html.escape(r.value)}</td></tr>"
            for r in self.rows()
        )
        return f"<table>{rows}</table>"

    def context(self) -> Context:
        """The :class:`Context` references of this document are read in."""
        return Context(
            issuer=self.issuer,
            issuer_code=self.issuer_code,
            doc_type=self.doc_type,
            code=self.code,
            date=self.date,
            province=self.province,
            district=self.district,
            commune=self.commune,
            inferred=bool(self.inferred),
            level=self.level,
        )


@dataclass(slots=True, eq=False)
class Section:
    """A node of the section tree: "II - NHIỆM VỤ VÀ GIẢI PHÁP", "1. Mục đích", "a)", "- …".

    ``start``/``end`` cover the node with its children; ``body_end`` is where its
    own text stops (its first child, or ``end``): the text between headings belongs
    to exactly one node. ``children`` is made when first read (``Section.children.peek(node)``
    reads it without making it: None for a node that has none).
    """

    label: Optional[str]  # "II", "1", "1.2", "a", "-", "+", "Điều 3"
    heading: str  # the rest of the heading line: "NHIỆM VỤ VÀ GIẢI PHÁP"
    level: int  # depth in the tree, 1 for the top
    start: int
    end: int
    kind: str = "numbered"  # part | chapter | roman | letter-upper | article | numbered | letter | dash | plus | closing
    children: list[Section] = None  # type: ignore[assignment]  # a list of its own on the first read
    body_end: int = 0
    parent: Optional[Section] = field(default=None, repr=False)

    def walk(self):
        """This node and all its descendants, in text order."""
        yield self
        for c in _CHILDREN.peek(self) or ():
            yield from c.walk()

    @property
    def path(self) -> str:
        """ "II.1.a" style address of the node."""
        parts = []
        node: Optional[Section] = self
        while node is not None:
            if node.label and node.label not in ("-", "+"):
                parts.append(node.label)
            node = node.parent
        return ".".join(reversed(parts))

    def __repr__(self) -> str:
        kids = len(_CHILDREN.peek(self) or ())
        return f"<Section {self.label or ''} {self.heading[:40]!r} L{self.level} [{self.start}:{self.end}] {kids} children>"


_CHILDREN = _list_on_read(Section, "children")


def _deepest(nodes, offset: int) -> Optional[Section]:
    """The deepest of ``nodes`` whose span holds ``offset``, the last of equal depth (:meth:`Document.section_at`)."""
    best = None
    for s in nodes:
        if s.start <= offset < s.end and (best is None or s.level >= best.level):
            best = s
    return best


class _SectionWalk:
    """:func:`_deepest` of offsets asked in ascending order (a document's references, in text order), in one walk over
    the nodes in text order: a node is opened when an offset reaches its start and dropped once one passes its end,
    and the deepest of those open answers (the last of equal depth), where ``_deepest`` read every node for every
    offset. A closing paragraph ("Trên đây là Kế hoạch …", its node a root running to the body's end) stays open over
    the roots after it, and a later root as deep, or its child, answers as before. Nodes whose starts do not ascend,
    and an offset below the one before, are asked of ``_deepest``.

    >>> a, b = Section("I", "MỤC ĐÍCH", 1, 0, 50), Section("1", "Mục đích", 2, 10, 30)
    >>> w = _SectionWalk([a, b])
    >>> [w.at(i).label for i in (5, 10, 30)], w.at(60), w.at(12).label
    (['I', '1', 'I'], None, '1')
    """

    __slots__ = ("nodes", "starts", "k", "open", "last", "plain")

    def __init__(self, nodes: list[Section]):
        self.nodes, self.starts = nodes, [s.start for s in nodes]
        self.plain = sorted(self.starts) != self.starts
        self.k, self.open, self.last = 0, [], -1

    def at(self, off: int) -> Optional[Section]:
        if self.plain or off < self.last:
            return _deepest(self.nodes, off)
        self.last, k, starts = off, self.k, self.starts
        if k < len(starts) and starts[k] <= off:
            n, nodes, opened = len(starts), self.nodes, self.open
            while k < n and starts[k] <= off:
                opened.append(nodes[k])
                k += 1
            self.k = k
        best, still = None, []
        for s in self.open:
            if s.end > off:  # (a node whose end an offset has passed holds no later one)
                still.append(s)
                if best is None or s.level >= best.level:
                    best = s
        self.open = still
        return best


@dataclass(slots=True)
class Recipient:
    text: str  # "Ban Thường vụ Tỉnh ủy (báo cáo)"
    name: str  # "Ban Thường vụ Tỉnh ủy"
    note: Optional[str]  # "báo cáo"
    start: int
    end: int


@dataclass(slots=True)
class Signature:
    """``T/M BAN THƯỜNG VỤ`` / ``PHÓ BÍ THƯ`` / ``Vũ Hồng Duy``."""

    authority: Optional[str] = None  # "T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "TUQ.", "Q."
    on_behalf: Optional[str] = None  # "BAN THƯỜNG VỤ", "BÍ THƯ", "ỦY BAN NHÂN DÂN"
    position: Optional[str] = None  # "PHÓ BÍ THƯ"
    name: Optional[str] = None  # "Vũ Hồng Duy"
    start: int = 0
    end: int = 0
    spans: dict[str, Span] = field(default_factory=dict)
    #: every mark: [("TM.", "ỦY BAN NHÂN DÂN"), ("KT.", "CHỦ TỊCH")]
    marks: list[tuple[str, str]] = field(default_factory=list)


@dataclass(slots=True)
class Unparsed:
    """Text that fits no part of the document, kept with its offsets."""

    start: int
    end: int
    text: str
    where: str  # "before letterhead", "after signature", "between parts", …


@dataclass(eq=False)
class Document:
    """One document: its text, letterhead, parts, references and findings.

    ``text`` is the string every offset indexes (the file's text, or the text
    extracted from a PDF/DOCX in reading order); ``raw_bytes()`` gives the file
    back untouched. ``findings`` are the citation checks, computed when the
    document is read (:func:`vanban.check` gives the same list).
    """

    text: str
    path: Optional[str] = None
    kind: str = "txt"  # txt | md | pdf | docx
    header: Header = field(default_factory=Header)
    preamble: Optional[Span] = None
    sections: list[Section] = field(default_factory=list)
    recipients: list[Recipient] = field(default_factory=list)
    signature: Optional[Signature] = None
    unparsed: list[Unparsed] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    body: Optional[Span] = None
    pages: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: the text is still damaged after vanban's repairs (mojibake, an unconverted legacy
    #: encoding, letters lost as U+FFFD; ``warnings`` says which): its codes and names are not
    #: to be trusted, and the graph is to make no node of what it cites ("18-KH/Ä@?#?")
    text_damaged: bool = False
    #: the reader's layout hints, (start, end, label): "page-number", "running-header", …
    layout: list[tuple[int, int, str]] = field(default_factory=list, repr=False)
    findings: list[Finding] = field(default_factory=list, repr=False)
    #: the identity of this document from its own letterhead (see :class:`Key`); None without a code
    key: Optional[str] = None

    @property
    def context(self) -> Context:
        return self.header.context()

    def raw_bytes(self) -> bytes:
        """The file as it is on disk (or the UTF-8 of ``text`` for a parsed string)."""
        if self.path:
            from pathlib import Path

            return Path(self.path).read_bytes()
        return self.text.encode("utf-8")

    @property
    def preamble_text(self) -> str:
        return self.text[self.preamble[0] : self.preamble[1]] if self.preamble else ""

    def walk(self):
        """Every section node, in text order."""
        for s in self.sections:
            yield from s.walk()

    def nodes(self) -> list[Section]:
        """Every section node in text order (what :meth:`walk` gives), as a list made without a generator for
        each node and each level it is below (a plan of 60 nodes four levels deep made some 200)."""
        out: list[Section] = []
        todo, kids = self.sections[::-1], _CHILDREN.peek
        while todo:
            node = todo.pop()
            out.append(node)
            more = kids(node)
            if more:
                todo += more[::-1]
        return out

    def section_at(self, offset: int, nodes: Optional[list[Section]] = None) -> Optional[Section]:
        """The deepest section node whose span holds ``offset`` (``nodes``: :meth:`nodes`, when the caller has them)."""
        return _deepest(self.walk() if nodes is None else nodes, offset)

    def where(self, ref_or_offset, nodes: Optional[list[Section]] = None) -> str:
        """Which part holds a reference: "title", "preamble", "II.1", "closing",
        "recipients", "signature" or "letterhead" (``nodes``: :meth:`nodes`, when the caller asks for many)."""
        off = ref_or_offset.start if isinstance(ref_or_offset, Reference) else int(ref_or_offset)
        return self.wheres((off,), nodes)[0]

    def reference_parts(self) -> list[str]:
        """The part holding each of its references, in their order (:meth:`wheres` of their starts: one walk), as a
        record keeps them (:meth:`vanban.graph.Record.reference_parts`): a frame's or a report's "where" column."""
        return self.wheres([r.start for r in self.references])

    def wheres(self, offsets, nodes: Optional[list[Section]] = None) -> list[str]:
        """:meth:`where` of each offset, the sections read in one walk (:class:`_SectionWalk`) when the offsets ascend,
        as a document's references do: ``doc.wheres([r.start for r in doc.references])`` (a record's parts)."""
        h = self.header
        t0, t1 = h.spans.get("title") or (0, 0)  # ((0, 0) holds no offset: no title, no letterhead, no preamble)
        l0, l1 = (h.start, h.end) if h.end > h.start else (0, 0)
        p0, p1 = self.preamble or (0, 0)
        walk, made, out = None, {}, []
        for off in offsets:
            if t0 <= off < t1:
                out.append("title")
            elif l0 <= off < l1:
                out.append("letterhead")
            elif p0 <= off < p1:
                out.append("preamble")
            else:
                if walk is None:
                    walk = _SectionWalk(self.nodes() if nodes is None else nodes)
                s = walk.at(off)
                if s is None:
                    out.append(self._outside_sections(off))
                    continue
                part = made.get(id(s))  # (a node's path read once: the references of one section ask it again)
                if part is None:
                    part = made[id(s)] = "closing" if s.kind == "closing" else s.path
                out.append(part)
        return out

    def _outside_sections(self, off: int) -> str:
        """Where an offset no section holds stands: "recipients", "signature" or "other"."""
        if any(r.start <= off < r.end for r in self.recipients):
            return "recipients"
        if self.signature and self.signature.start <= off < self.signature.end:
            return "signature"
        return "other"

    def _repr_html_(self) -> str:
        # the one import that points up (ARCHITECTURE.md): Jupyter's display hook
        from .display import document_html

        return document_html(self)

    def outline(self) -> str:
        """The section tree as indented text."""
        lines = []
        for s in self.walk():
            lines.append("  " * (s.level - 1) + f"{s.label or ''} {s.heading[:70]}".strip())
        return "\n".join(lines)

    def __repr__(self) -> str:
        h = self.header
        what = " ".join(x for x in (h.doc_type, h.code, h.issuer, h.date.isoformat() if h.date else None) if x)
        return f"<Document {self.path or ''} {what!s} · {len(self.references)} references · {len(self.sections)} parts>"


def _compact_pickling(*classes: type) -> None:
    """Pickle slotted dataclasses as a plain tuple of their fields.

    The ``__setstate__`` dataclasses generate walks ``fields()`` and calls
    ``object.__setattr__`` per field: 30 µs per Reference, most of the cost of
    sending parsed documents back from worker processes (``Corpus`` with workers).
    These set the slots by code made for each class: one unpacking assignment of the
    state to the slots (``self.start, self.end, … = state``, which the interpreter
    stores straight into each slot; a frozen class's through the slots' descriptors).
    The state is positional: a pickle is read back by the same version of vanban.
    A :class:`_ListOnRead` slot goes last, as it is (pickling makes no empty list).
    """
    import operator

    for cls in classes:
        lazy = tuple(n for n in cls.__slots__ if isinstance(cls.__dict__[n], _ListOnRead))  # type: ignore[attr-defined]
        names = tuple(n for n in cls.__slots__ if n not in lazy) + lazy  # type: ignore[attr-defined]
        getter = operator.attrgetter(*names[: len(names) - len(lazy)])
        cls.__getstate__ = _state_getter(getter, tuple(cls.__dict__[n].peek for n in lazy))  # type: ignore[method-assign]
        cls.__setstate__ = _state_setter(cls, names, lazy)  # type: ignore[method-assign]


def _state_getter(get, peeks: tuple):
    """``__getstate__`` for :func:`_compact_pickling`: the fields in order, a lazy slot's as it is (None when never
    read). One lazy slot (a Reference's notes, a Section's children) read without a loop: the state of every
    reference a worker sends."""
    if not peeks:
        return lambda self: get(self)
    if len(peeks) == 1:
        peek = peeks[0]
        return lambda self: get(self) + (peek(self),)
    return lambda self: get(self) + tuple([peek(self) for peek in peeks])


def _state_setter(cls: type, names: tuple[str, ...], lazy: tuple[str, ...]):
    """``__setstate__`` for :func:`_compact_pickling`: the state unpacked into the slots in one assignment (a frozen
    class's slots, and a :class:`_ListOnRead` slot, set through their member descriptors)."""
    frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    slots = {n: (cls.__dict__[n].slot if n in lazy else cls.__dict__[n]) for n in names}
    put = {n: f"_p{i}" for i, n in enumerate(names) if frozen or n in lazy}
    targets = ", ".join(f"_v{i}" if n in put else f"self.{n}" for i, n in enumerate(names))
    calls = "".join(f"\n    {put[n]}(self, _v{i})" for i, n in enumerate(names) if n in put)
    args = "".join(f", {p}=_slots[{n!r}].__set__" for n, p in put.items())
    source = f"def __setstate__(self, state{args}):\n    {targets}, = state{calls}\n"
    scope: dict = {}
    exec(compile(source, f"<{cls.__name__}.__setstate__>", "exec"), {"_slots": slots}, scope)  # noqa: S102
    return scope["__setstate__"]


# (and the frozen values a record carries, each reference's notes and parts and each finding's fix: a frozen
# dataclass's own state walks fields() to get and set it, 4 of them a generated plan, a fifth of unpickling its record)
_compact_pickling(
    Reference, Relation, Context, Finding, Header, Section, Recipient, Signature, Unparsed, Note, CodeParts, IssuerParts, Fix
)
