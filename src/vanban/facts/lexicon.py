"""The lexicon: every fact vanban reads text with, in one immutable object.

A :class:`Lexicon` holds the document types, the issuers and the ways texts write
them, the terms, the registry of known documents and the vocabulary of
``data/*.csv``, with the lookups built on them. The grammars compiled from it are
cached on the lexicon itself, so nothing goes stale: teaching vanban something
makes a *new* lexicon (:meth:`Lexicon.with_issuer`, :meth:`Lexicon.with_registry`)
that you pass where you read (``find_references(…, lexicon=lex)``, ``read``,
``Corpus.from_dir``, the spaCy component). A lexicon pickles as the list of what
was added to the bundled one, so worker processes rebuild the same lexicon
whatever their start method.

Example::

    >>> lex = Lexicon.default().with_issuer("Hội Khuyến học tỉnh", ["Ban Thường vụ Hội Khuyến học tỉnh"], "HKH", "provincial")
    >>> lex.issuer_by_form("BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH").code
    'HKH'
    >>> Lexicon.default().issuer_by_form("Ban Thường vụ Hội Khuyến học tỉnh") is None
    True
    >>> lex.term_for_date(__import__("datetime").date(2021, 6, 30))
    'XIII'
"""

from __future__ import annotations

import datetime as _dt
import re
import threading
from functools import cached_property, partial
from pathlib import Path
from typing import Callable, Iterable, Optional, TypeVar, Union

from ..cache import compiling, fingerprint
from ..text import OCR_DIGITS, fold, fold_key, fold_lossy, strip_letters, unglue
from . import tables
from .tables import DocType, Issuer, KnownDocument, Term, Word

__all__ = ["Lexicon", "Memo", "current", "set_current"]

#: a note after a law's name in the registry: "Luật Ngân sách nhà nước (2015)", "(văn bản số 07/2022/QH15)"
_LAW_NOTE = re.compile(r"\s*\([^()]*\)\s*$")

#: letters OCR reads as digits in a type word ("Kết 1uận", "KẾ H0ẠCH"), back to the letters
_OCR_LETTERS = str.maketrans({d: letter.lower() for letter, d in OCR_DIGITS.items()})
_K = TypeVar("_K")
_V = TypeVar("_V")
_TYPE_MEMO_SIZE = 4096


def _d(code: str) -> str:
    return code.replace("Ð", "Đ").replace("Ɖ", "Đ")


def _grouped(pairs: Iterable[tuple[_K, _V]]) -> dict[_K, tuple[_V, ...]]:
    """The values of ``(key, value)`` pairs grouped by key, each group and the keys in the order they come."""
    out: dict[_K, list[_V]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    return {k: tuple(v) for k, v in out.items()}


def _qd(code: str) -> str:
    """08-QĐi/TW and 08-QĐ/TW as one registry key (the "i" marked Quy định in 2018–2019 only)."""
    return code.replace("-QĐi/", "-QĐ/")


_CODE_YEAR = re.compile(r"/(?:19|20)\d\d/")  # a state code carries its year: 77/2015/QH13, 30/2020/NĐ-CP


class Memo(dict):
    """A bounded memo of a function of one key: ``memo[key]`` is ``build(key)``, built at the first ask and kept while
    the memo holds fewer than ``limit`` keys (an answer of None too: "the form names no body" is an answer). The look-ups
    asked per reference, of the few values a text writes again and again (an issuer's written form, a code, a date),
    are kept this way: :meth:`Lexicon.body_of`, :meth:`Lexicon.documents`, :meth:`Lexicon.memo`'s (the checks'). A
    kept key is a dict's own look-up, no Python call (``__missing__`` runs on a miss only); ``functools.lru_cache``
    measured slower (session 43: 263 ns a call against 187 for 60 codes asked 5,000 times).

    >>> memo = Memo(len, 2)
    >>> memo["Tỉnh ủy"], memo["TW"], memo["Ban Bí thư"], sorted(memo)
    (7, 2, 10, ['TW', 'Tỉnh ủy'])
    """

    __slots__ = ("build", "limit")

    def __init__(self, build: Callable, limit: int):
        super().__init__()
        self.build, self.limit = build, limit

    def __missing__(self, key):
        got = self.build(key)
        if len(self) < self.limit:  # (bounded: a corpus cannot grow it without end)
            self[key] = got
        return got


class Lexicon:
    """The facts and vocabulary vanban reads with (see the module doc)."""

    def __init__(
        self,
        doc_types: tuple[DocType, ...],
        issuers: tuple[tuple[str, Issuer], ...],
        terms: tuple[Term, ...],
        registry: tuple[KnownDocument, ...],
        vocabulary: tuple[Word, ...],
        additions: tuple = (),
    ):
        self.doc_types = doc_types
        self.issuer_rows = issuers
        self.terms = terms
        self.registry = registry
        self.vocabulary = vocabulary
        #: what was added to the bundled lexicon, in order: ("issuer", args) / ("registry", rows)
        self.additions = additions
        #: compiled grammars and other derived objects, built by the layers above on first use
        self.cache: dict = {}
        # re-entrant: a build may ask for another cached object ("stripped_glued_names" reads "stripped_tables"); with a
        # plain lock a build asking one not yet built waited on itself for ever (session 32, s32-partial2)
        self._lock = threading.RLock()

    # --- making lexicons ---------------------------------------------------------------

    @classmethod
    def default(cls) -> Lexicon:
        """The lexicon of the bundled data files (one per process)."""
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls(
                tables.load_doc_types(),
                tables.load_issuers(),
                tables.load_terms(),
                tables.load_known_documents(),
                tables.load_vocabulary(),
            )
        return _DEFAULT

    def with_issuer(
        self, body: str, forms: Iterable[str], code: str, level: str, system: str = "party", locality: str = ""
    ) -> Lexicon:
        """A new lexicon that also knows ``body``, written as any of ``forms``."""
        forms = tuple(forms)
        rows = tuple((f, Issuer(f, body, code, level, system, locality)) for f in forms)
        return Lexicon(
            self.doc_types,
            self.issuer_rows + rows,
            self.terms,
            self.registry,
            self.vocabulary,
            self.additions + (("issuer", (body, forms, code, level, system, locality)),),
        )

    def with_registry(self, rows: Union[str, Path, Iterable[KnownDocument]]) -> Lexicon:
        """A new lexicon whose registry also holds ``rows`` (a CSV path with the
        columns of ``known_documents.csv``, or KnownDocument values)."""
        rows = tables.read_registry(rows) if isinstance(rows, (str, Path)) else tuple(rows)
        return Lexicon(
            self.doc_types,
            self.issuer_rows,
            self.terms,
            self.registry + rows,
            self.vocabulary,
            self.additions + (("registry", rows),),
        )

    def __reduce__(self):
        return (_rebuild, (self.additions,))

    def additions_json(self) -> list:
        """What was added to the bundled lexicon, as JSON-ready data (:meth:`from_json` reads it back)."""
        out = []
        for kind, args in self.additions:
            if kind == "issuer":
                body, forms, code, level, system, locality = args
                out.append(
                    {
                        "issuer": {
                            "body": body,
                            "forms": list(forms),
                            "code": code,
                            "level": level,
                            "system": system,
                            "locality": locality,
                        }
                    }
                )
            else:
                out.append({"registry": [tables.known_document_row(k) for k in args]})
        return out

    @classmethod
    def from_json(cls, additions: list) -> Lexicon:
        """The bundled lexicon with the additions :meth:`additions_json` wrote."""
        lex = cls.default()
        for item in additions:
            if "issuer" in item:
                i = item["issuer"]
                lex = lex.with_issuer(
                    i["body"], i["forms"], i["code"], i["level"], i.get("system", "party"), i.get("locality", "")
                )
            else:
                lex = lex.with_registry(tables.parse_registry_rows(item["registry"]))
        return lex

    def __repr__(self) -> str:
        n, k, a = len(self.issuer_rows), len(self.registry), len(self.additions)
        return f"<Lexicon {n} issuer forms, {k} known documents, {a} additions>"

    def cached(self, name: str, build, *args):
        """``self.cache[name]``, built once by ``build(*args)`` (thread-safe). The regular expressions
        ``build`` compiles are read from the disk cache when they were compiled before
        (:func:`vanban.cache.compiling`): a warm start. A per-reference caller passes a module's builder and its
        arguments, ``lex.cached("fields.joint_codes", _joint_codes_of, lex)``, not ``lambda: _joint_codes_of(lex)``:
        the closure (and the cell of ``lex`` it makes the caller keep) was made on every call."""
        try:
            return self.cache[name]
        except KeyError:
            with self._lock:
                if name not in self.cache:
                    with compiling(self._scope(name)):
                        self.cache[name] = build(*args)
                return self.cache[name]

    def memo(self, name: str, build: Callable, limit: int) -> Memo:
        """The :class:`Memo` ``name`` of this lexicon: ``lex.memo(name, build, limit)[key]`` is ``build(lex, key)``, kept
        up to ``limit`` keys, for what a layer above asks per reference of a few values a text writes again and again:
        ``lex.memo("checks.central_codes", _central, 50_000)["93-KL/TW"]``. A module's builder, no closure made per call
        (see :meth:`cached`)."""
        try:
            return self.cache[name]
        except KeyError:
            return self.cached(name, Memo, partial(build, self), limit)

    def is_bundled(self) -> bool:
        """Is this the lexicon of the bundled data files (:meth:`default`), nothing added? What is built from it is a
        function of those files and the code alone (a disk cache may keep it whole)."""
        return self is _DEFAULT

    def _scope(self, name) -> str:
        """The disk cache's name for what ``name`` builds from this lexicon (the bundled one, or with additions)."""
        label = "-".join(map(str, name)) if isinstance(name, tuple) else str(name)
        if not self.additions:
            return label
        import json

        return label + "+" + fingerprint(json.dumps(self.additions_json(), ensure_ascii=False, sort_keys=True))

    # --- vocabulary --------------------------------------------------------------------

    @cached_property
    def _vocab(self) -> dict[str, tuple[Word, ...]]:
        return _grouped((w.list, w) for w in self.vocabulary)

    @cached_property
    def _lists(self) -> dict[tuple[str, str], tuple]:
        """What :meth:`words` and :meth:`pairs` gave, by list: asked for per reference ("national_state_code",
        "code_suffix_level"), each list is made into a tuple once (``_vocab`` does not change either)."""
        return {}

    def words(self, name: str) -> tuple[str, ...]:
        """The phrases of a vocabulary list, in file order: ``words("alias_cue")``."""
        got = self._lists.get(("words", name))
        if got is None:
            got = self._lists[("words", name)] = tuple(w.phrase for w in self._vocab.get(name, ()))
        return got

    def pairs(self, name: str) -> tuple[tuple[str, str], ...]:
        """(phrase, value) of a vocabulary list: ``pairs("trigger")`` gives (cue, relation)."""
        got = self._lists.get(("pairs", name))
        if got is None:
            got = self._lists[("pairs", name)] = tuple((w.phrase, w.value) for w in self._vocab.get(name, ()))
        return got

    def grouped(self, name: str) -> dict[str, tuple[str, ...]]:
        """The phrases of a vocabulary list by their value, values and phrases in file order, made once: ``grouped(
        "named_form")["pol"]`` -> ("Cương lĩnh",), the type words a Platform's name follows ("Cương lĩnh 2011")."""
        got = self._lists.get(("grouped", name))
        if got is None:
            got = self._lists[("grouped", name)] = _grouped((v, p) for p, v in self.pairs(name))
        return got

    def folded_words(self, name: str) -> tuple[str, ...]:
        """The phrases of a vocabulary list as a text is looked up in them, :func:`~vanban.text.fold_key`-ed, in file
        order, made once: ``folded_words("signing_verb")`` -> ("ky", "ky ban hanh"). The caller folds what it looks up
        the same way: ``fold_key``, or ``fold``, the same key for a phrase with single blanks and no "." (the phrases of
        the lists read so: "thi hành", "ký ban hành", "ĐTN")."""
        got = self._lists.get(("folded", name))
        if got is None:
            got = self._lists[("folded", name)] = tuple(fold_key(w) for w in self.words(name))
        return got

    # --- document types ----------------------------------------------------------------

    @cached_property
    def _type_index(self) -> dict[str, DocType]:
        out: dict[str, DocType] = {}
        for t in self.doc_types:
            for w in t.words + (t.name,):
                out[fold_key(w)] = t
        for t in self.doc_types:  # spellings damaged by an encoding error: "Ch th" for "Chỉ thị"
            for w in t.words + (t.name,):
                out.setdefault(fold_lossy(w), t)
        for glued, (t, _) in self._glued_types.items():  # the syllables glued by an extraction: "Chỉthị", "Kếhoạch"
            out.setdefault(glued, t)
        return out

    @cached_property
    def _glued_types(self) -> dict[str, tuple[DocType, int]]:
        """The type of each type phrase's key without spaces ("chithi", "chuongtrinhhanhdong"), and how many words the
        phrase has (a spelling that lost some of them is read, see :meth:`type_by_name`)."""
        out: dict[str, tuple[DocType, int]] = {}
        for t in self.doc_types:
            for w in t.words + (t.name,):
                out.setdefault(fold_key(w).replace(" ", ""), (t, len(w.split())))
        return out

    def type_by_name(self, written: str) -> Optional[DocType]:
        """``"CHỈ THỊ"``, ``"Chương trình hành động"``, ``"Ch th"``, ``"Chỉthị"``, ``"Chương trình hànhđộng"`` -> the DocType;
        None if unknown."""
        # (asked for every type word the scan and the letterhead meet, written the same few ways: one dict lookup for a
        # spelling seen before, not a folded key and up to three; the answers depend on the type table only)
        return self._type_memo[written]

    @cached_property
    def _type_memo(self) -> Memo:
        return Memo(self._type_of, _TYPE_MEMO_SIZE)  # (bounded: damaged text may spell a type word many ways)

    def _type_of(self, written: str) -> Optional[DocType]:
        idx = self._type_index
        key = fold_key(written)
        got = idx.get(key) or idx.get(" ".join(written.split())) or idx.get(key.translate(_OCR_LETTERS))
        if got is None and " " in key:
            # some of its syllables glued, not all: "Thông báo Kếtluận số 159-TB của Bộ Chính trị", "Chương trình
            # hànhđộng số 08 của Tỉnh ủy" (the checklist's glued forms of case sentences): the key without spaces, its
            # OCR digits read as letters too ("Thông báo Kết1uận"), of a phrase of more words (spaces lost, none
            # added: "K ÉT LUẬN", a syllable split by OCR, is no "Kết luận" here)
            glued = key.replace(" ", "")
            hit = self._glued_types.get(glued) or self._glued_types.get(glued.translate(_OCR_LETTERS))
            got = hit[0] if hit is not None and len(key.split()) < hit[1] else None
        return got

    @cached_property
    def surnames(self) -> frozenset:
        """The common surnames (vocabulary ``surname``), folded and capitalised, as a name's first word is looked up
        whether or not its text kept its diacritics: ``fold(word).title() in lex.surnames``.

        >>> "Nguyen" in Lexicon.default().surnames
        True
        """
        return frozenset(fold(w).title() for w in self.words("surname"))

    @cached_property
    def law_names(self) -> tuple[str, ...]:
        """The names of the laws the registry knows, without "Luật" and a closing parenthesis, longest first: a name
        the grammar reads in lower case too ("… biện pháp thi hành Luật ban hành văn bản quy phạm pháp luật").

        >>> "Ban hành văn bản quy phạm pháp luật" in Lexicon.default().law_names
        True
        """
        names = {
            _LAW_NOTE.sub("", k.subject)[len("Luật ") :]
            for k in self.registry
            if k.doc_type == "Luật" and k.subject.startswith("Luật ") and "sửa đổi" not in k.subject
        }
        return tuple(sorted((n for n in names if len(n.split()) >= 2), key=lambda n: (-len(n), n)))

    @cached_property
    def platform_titles(self) -> tuple[str, ...]:
        """The titles of the Party's Platform the registry knows (its rows of type "Cương lĩnh"), without "Cương lĩnh"
        and the note in brackets after it ("(bổ sung, phát triển năm 2011)"), longest first.

        >>> Lexicon.default().platform_titles
        ('xây dựng đất nước trong thời kỳ quá độ lên chủ nghĩa xã hội',)
        """
        names = {
            _LAW_NOTE.sub("", k.subject)[len("Cương lĩnh ") :]
            for k in self.registry
            if k.doc_type == "Cương lĩnh" and k.subject.startswith("Cương lĩnh ")
        }
        return tuple(sorted(names, key=lambda n: (-len(n), n)))

    @cached_property
    def type_words(self) -> tuple[str, ...]:
        """Every word that names a type, longest first."""
        words = {w for t in self.doc_types for w in t.words + (t.name,)}
        return tuple(sorted(words, key=lambda s: (-len(s), s)))

    @cached_property
    def _abbr_index(self) -> dict[tuple[str, str], tuple[DocType, ...]]:
        return _grouped(
            ((system, fold_key(a)), t)
            for t in self.doc_types
            for system, abbrs in (("party", t.party_abbrs), ("state", (t.state_abbr,) if t.state_abbr else ()))
            for a in abbrs
        )

    def types_by_abbr(self, abbr: str, system: str = "party") -> tuple[DocType, ...]:
        """The types an abbreviation can stand for: ``types_by_abbr("QĐ")`` is
        (Quyết định, Quy định) — the ambiguity the checks must respect."""
        return self._abbr_index.get((system, fold_key(abbr)), ())

    def type_of_abbr(self, abbr: Optional[str], system: str) -> Optional[str]:
        """The type an abbreviation names; for the ambiguous party "QĐ" the first
        reading (Quyết định) — callers that care use :meth:`types_by_abbr`."""
        if not abbr:
            return None
        ts = self.types_by_abbr(abbr, system)
        return ts[0].name if ts else None

    def may_issue(self, body: Optional[str], type_name: Optional[str]) -> bool:
        """Can the body (an issuer row's ``body``) issue a document of that type? False only when the type names the
        bodies that issue it (doc_types.csv ``issuers``: a Luật is the Quốc hội's) and the body is known and not one of
        them; an unknown body or type may.

        >>> lex = Lexicon.default()
        >>> lex.may_issue("Chính phủ", "Luật"), lex.may_issue("Quốc hội", "Luật"), lex.may_issue("Chính phủ", "Nghị định")
        (False, True, True)
        """
        if not body or not type_name:
            return True
        t = self.type_by_name(type_name)
        return t is None or not t.issuers or body in t.issuers or body not in self._bodies

    @cached_property
    def _bodies(self) -> frozenset[str]:
        return frozenset(i.body for _, i in self.issuer_rows)

    @cached_property
    def lawmakers(self) -> frozenset[str]:
        """The bodies that make the laws: the issuers (doc_types.csv ``issuers``) of the types of legislation (vocabulary
        ``law_type``), "Hiến pháp, bộ luật, luật của Quốc hội; pháp lệnh của Ủy ban Thường vụ Quốc hội" (Luật Ban hành
        văn bản quy phạm pháp luật 80/2015/QH13, Điều 4; a Pháp lệnh of 1981-1992 the Hội đồng Nhà nước's).

        >>> sorted(Lexicon.default().lawmakers)
        ['Hội đồng Nhà nước', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội']
        """
        types = (self.type_by_name(name) for name in self.words("law_type"))
        return frozenset(b for t in types if t is not None for b in t.issuers)

    def party_abbr(self, type_name: str) -> Optional[str]:
        """The abbreviation a party code uses for a type today (QĐ for Quy định)."""
        t = self.type_by_name(type_name)
        if t is None or not t.party_abbrs:
            return None
        return t.party_abbrs[-1] if t.name == "Quy định" else t.party_abbrs[0]

    @cached_property
    def abbr_spelling(self) -> dict[str, str]:
        """folded abbreviation -> canonical spelling ("qdi" -> "QĐi", "ctr" -> "CTr")."""
        out: dict[str, str] = {}
        for t in self.doc_types:
            for a in t.party_abbrs + ((t.state_abbr,) if t.state_abbr else ()):
                out.setdefault(fold_key(a), a)
        for _, i in self.issuer_rows:
            if i.code:
                out.setdefault(fold_key(i.code), i.code)
        for a in self.words("extra_abbr"):
            out.setdefault(fold_key(a), a)
        return out

    # --- issuers -----------------------------------------------------------------------

    def issuers(self) -> tuple[Issuer, ...]:
        """Every known written form, as an Issuer."""
        return tuple(i for _, i in self.issuer_rows)

    @cached_property
    def written_forms(self) -> tuple[str, ...]:
        """Every written form of every issuer (for the grammar), longest first."""
        return tuple(sorted({w for w, _ in self.issuer_rows}, key=lambda s: (-len(s), s)))

    @cached_property
    def _issuer_index(self) -> tuple[dict[str, Issuer], dict[str, Issuer], dict[str, Issuer]]:
        exact: dict[str, Issuer] = {}
        lossy: dict[str, Issuer] = {}
        glued: dict[str, Issuer] = {}
        for written, iss in self.issuer_rows:
            exact.setdefault(fold_key(written), iss)
            lossy.setdefault(fold_lossy(written), iss)
            glued.setdefault(fold_key(written).replace(" ", ""), iss)
        return exact, lossy, glued

    @cached_property
    def _stripped_issuers(self) -> dict[str, Issuer]:
        """Issuers by their spelling with every non-ASCII letter deleted ("th tng chnh ph"), a key two bodies share
        left out."""
        seen: dict[str, set[str]] = {}
        first: dict[str, Issuer] = {}
        for written, iss in self.issuer_rows:
            k = fold_key(strip_letters(written))
            seen.setdefault(k, set()).add(iss.body)
            first.setdefault(k, iss)
        return {k: first[k] for k, bodies in seen.items() if len(bodies) == 1}

    def issuer_by_form(self, written: str) -> Optional[Issuer]:
        """The issuer a written head stands for, tolerant of case, tone placement,
        look-alike letters, scrambled diacritics and letters lost to encoding errors."""
        exact, lossy, glued = self._issuer_index
        k = fold_key(written)
        found = exact.get(k) or lossy.get(fold_lossy(written))
        if found is None:
            found = glued.get(k.replace(" ", ""))  # "Ban Bíthư", "Tỉnhủy": words glued by the extraction
        if found is None and "rn" in k:
            # "Hội Nông dân Việt Narn": no Vietnamese syllable has "rn", an OCR reading of "m" has
            found = exact.get(k.replace("rn", "m"))
        if found is None and written.isascii():
            # every non-ASCII letter deleted by an encoding error: "Th tng Chnh ph" (corpus-real-22/qd-58-2010-qd-ttg-
            # dieule-truong-daihoc-dhcd-mat-dau.txt)
            found = self._stripped_issuers.get(k)
        if found is None and k.startswith(("hoi nghi", "hoinghi")):
            # "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng": a plenum speaks for the Central Committee (also
            # glued by the copy: "Nghị quyết Hộinghị lần thứ 7, Ban chấp hành Trung ương Đảng khóa X", corpus-real-14/
            # doc-123docz-ntm-myhao-hungyen-nq-tw7-khoax-damaged.txt)
            return Issuer(unglue(" ".join(written.split())), "Ban Chấp hành Trung ương Đảng", "TW", "central", "party", "")
        return found

    def body_of(self, issuer: Optional[str]) -> Optional[str]:
        """The body an issuer as written stands for ("BTV Tỉnh ủy, …" -> "Ban Thường vụ Tỉnh ủy"); None if unknown.
        Kept per lexicon (up to 20,000 forms): the checks ask it of every issuer a citation or a registry row writes, a
        text writes a few issuers again and again, and each call reads the form through every folding of
        :meth:`issuer_by_form` (callgrind of the checks of 53 dev texts: the registry's look-ups their cost)."""
        return self._body_memo[issuer] if issuer else None

    @cached_property
    def _body_memo(self) -> Memo:
        return Memo(self._body_of, 20000)

    def _body_of(self, issuer: str) -> Optional[str]:
        i = self.issuer_by_form(issuer.split(",")[0])
        return i.body if i else None

    def level_of_issuer(self, issuer: Optional[str]) -> Optional[str]:
        if not issuer:
            return None
        i = self.issuer_by_form(issuer.split(",")[0])
        return i.level if i else None

    # --- issuer codes and levels ----------------------------------------------------------

    @cached_property
    def _code_issuers(self) -> dict[str, Issuer]:
        """The first issuer of the table with each code: its level and system are the code's."""
        out: dict[str, Issuer] = {}
        for _, i in self.issuer_rows:
            if i.code:
                out.setdefault(i.code, i)
        return out

    def system_of_code(self, code: Optional[str]) -> Optional[str]:
        """ "party" for the Party's own bodies, "mass" for Đoàn, Mặt trận and Hội (party-style
        codes, their own numbering), "state"; a party-looking code not in the table is "party"."""
        if not code:
            return None
        i = self._code_issuers.get(_d(code))
        if i is not None:
            return i.system
        return "party" if self.is_party_issuer_code(code) else "state"

    def level_of_code(self, code: Optional[str]) -> Optional[str]:
        """Level of an issuer code: ``"TW"`` -> central, ``"BTGTU"`` -> provincial,
        ``"HU"`` -> district, ``"ĐU"`` -> grassroots, ``"UBND"`` -> state."""
        return self._level_memo[code] if code else None  # (asked per reference, of a handful of codes: TW, TU, HU, UBND …)

    @cached_property
    def _level_memo(self) -> Memo:
        return Memo(self._level_of_code, 20000)  # (the codes a text writes are few)

    def _level_of_code(self, code: str) -> str:
        c = _d(code)
        i = self._code_issuers.get(c)
        if i is not None and i.level:
            return i.level
        cu = c.upper()
        if cu == "ĐUK":
            return "provincial"
        for suffix, level in self.pairs("code_suffix_level"):  # an organ's code ends in its committee's: BTGTU
            if cu.endswith(suffix.upper()):
                return level
        return "state"

    @cached_property
    def state_issuer_codes(self) -> frozenset:
        """The codes of the state bodies in the issuer table, as written: CP, UBND, BYT, VPCP, TTg, …"""
        return frozenset(i.code for _, i in self.issuer_rows if i.code and i.system == "state")

    def is_party_issuer_code(self, code: str) -> bool:
        """True for the issuer part of a party symbol: TW, TU, HU, QU, ĐU, CB and the
        committees' organs (VPTW, BTGTU, UBKTTW, ĐUK, …); a party body's code in the issuer table (ĐUCA, ĐUQS, BCSĐ);
        a mass organisation's that writes party-style symbols (vocabulary ``party_style_code``: "Kế hoạch số
        183-KH/TWĐTN-TNNT", "25-KH/TĐTN"), the organ's own part after a hyphen aside ("TWĐTN-TNNT")."""
        c = _d(code.upper())
        if c.endswith(self._party_code_ends):
            return True
        return c.split("-")[0] in self._party_style_codes

    @cached_property
    def _party_code_ends(self) -> tuple[str, ...]:
        """How a party issuer code ends, upper case: a committee's code (vocabulary ``code_suffix_level``: TW, TU, HU, …)
        or another party code's end (``party_code_end``: ĐUB, TƯ, T.Ư); each with Đ also without its mark, as text
        without diacritics writes it ("Kế hoạch số 107-KH-DUK")."""
        ends = [w.upper() for w in self.words("code_suffix_level") + self.words("party_code_end")]
        return tuple(dict.fromkeys(ends + [e.replace("Đ", "D") for e in ends if "Đ" in e]))

    @cached_property
    def _party_style_codes(self) -> frozenset:
        """The codes of the party bodies in the issuer table and of the mass organisations that write party-style
        symbols, upper case."""
        party = {i.code.upper() for _, i in self.issuer_rows if i.code and i.system == "party"}
        return frozenset(party | {w.upper() for w in self.words("party_style_code")})

    # --- terms -------------------------------------------------------------------------

    def term_for_date(self, d: Optional[_dt.date], body: str = "party") -> Optional[str]:
        """The central term (khóa) a date falls in: 16/4/2010 -> "X"."""
        # (asked per dated reference and sibling: the terms are read once per date)
        return None if d is None else self._term_memo[(d, body)]

    @cached_property
    def _term_memo(self) -> Memo:
        return Memo(self._term_of, 50000)  # (about the days of a century)

    def _term_of(self, key: tuple[_dt.date, str]) -> Optional[str]:
        d, body = key
        return next((t.term for t in self.terms if t.body == body and t.start <= d and (t.end is None or d <= t.end)), None)

    def term_range(self, term: str, body: str = "party") -> Optional[tuple[_dt.date, Optional[_dt.date]]]:
        for t in self.terms:
            if t.body == body and t.term == term:
                return t.start, t.end
        return None

    # --- the registry ------------------------------------------------------------------

    @cached_property
    def _registry_by_code(self) -> dict[str, tuple[KnownDocument, ...]]:
        return _grouped((k.code, k) for k in self.registry)

    def known(self, code: str) -> tuple[KnownDocument, ...]:
        """Registry entries for a code (several when the code was reused in other terms)."""
        return self._registry_by_code.get(code, ())

    @cached_property
    def _registry_documents(self) -> dict[str, tuple[KnownDocument, ...]]:
        """Rows by code, "QĐi" read as "QĐ" (08-QĐi/TW is also cited 08-QĐ/TW); a later row of the
        same code and term (a user's file) replaces an earlier one, an undated row without term stays."""
        out: dict[str, dict[tuple, KnownDocument]] = {}
        for n, k in enumerate(self.registry):
            slot = (k.code, k.term) if k.term else (k.code, n)
            out.setdefault(_qd(k.code), {})[slot] = k
        return {c: tuple(v.values()) for c, v in out.items()}

    def has_documents(self, code: str) -> bool:
        """Whether any registry row has ``code`` (what ``bool(documents(code))`` tells, without building
        the rows: most codes a text cites, local plans', are in none)."""
        return _qd(code) in self._registry_documents

    def documents(
        self,
        code: str,
        *,
        date: Optional[_dt.date] = None,
        term: Optional[str] = None,
        year: Optional[int] = None,
        not_after: Optional[_dt.date] = None,
    ) -> tuple[KnownDocument, ...]:
        """The known documents a citation of ``code`` can mean. A code is not an identity: the
        rows are those of the term of ``date`` (numbering restarts every term), else of ``term``,
        else of the terms ``year`` falls in; none of these given, every row of the code. A code
        that carries its year (``77/2015/QH13``) is one document whatever the period. Rows dated
        after ``not_after`` (the citing document's own date) are left out.

        >>> lex = Lexicon.default()
        >>> [k.date.year for k in lex.documents("45-CT/TW")]
        [1998, 2010, 2015, 2020, 2025]
        >>> [(k.date.isoformat(), k.issuer) for k in lex.documents("42-CT/TW", date=_dt.date(2015, 3, 24))]
        [('2015-03-24', 'Ban Bí thư')]
        >>> [k.term for k in lex.documents("42-CT/TW", term="X")], lex.documents("42-CT/TW", year=2030)
        (['X'], ())

        Kept per lexicon (up to 50,000 look-ups): the checks ask it of every central code they date, and a text dates
        the same citation again and again ("Kết luận số 93-KL/TW, ngày 20/11/2020").
        """
        return self._documents_memo[(code, date, term, year, not_after)]

    @cached_property
    def _documents_memo(self) -> Memo:
        return Memo(self._documents, 50000)

    def _documents(self, key: tuple) -> tuple[KnownDocument, ...]:
        code, date, term, year, not_after = key
        rows = self._registry_documents.get(_qd(code), ())
        if not_after is not None:
            rows = tuple(k for k in rows if k.date is None or k.date <= not_after)
        if _CODE_YEAR.search(code):
            return rows
        terms: set[Optional[str]] = set()
        if date is not None:
            terms = {self.term_for_date(date, self._body_of_code(code))}
        elif term:
            terms = {term}
        elif year is not None:
            body = self._body_of_code(code)
            terms = {self.term_for_date(_dt.date(year, 1, 1), body), self.term_for_date(_dt.date(year, 12, 31), body)}
        else:
            return rows
        return tuple(k for k in rows if k.term and k.term in terms)

    @staticmethod
    def _body_of_code(code: str) -> str:
        return "assembly" if "/QH" in code else "party"

    # --- facts of the vocabulary file ---------------------------------------------------

    @cached_property
    def districts_abolished(self) -> _dt.date:
        return _dt.date.fromisoformat(dict(self.pairs("fact"))["districts_abolished"])


_DEFAULT: Optional[Lexicon] = None
_CURRENT: Optional[Lexicon] = None


def _rebuild(additions: tuple) -> Lexicon:
    lex = Lexicon.default()
    for kind, args in additions:
        lex = lex.with_issuer(*args) if kind == "issuer" else lex.with_registry(args)
    return lex


def current() -> Lexicon:
    """The lexicon used when none is passed: the bundled one, unless the earlier
    module API (``tables.add_issuer_forms``, ``tables.load_registry``) replaced it."""
    return _CURRENT if _CURRENT is not None else Lexicon.default()


def set_current(lex: Optional[Lexicon]) -> None:
    """Make ``lex`` the process default (``None`` restores the bundled lexicon)."""
    global _CURRENT
    _CURRENT = lex
