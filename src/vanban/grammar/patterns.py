"""The reference grammar: one builder per pattern, compiled in two modes from a lexicon.

``exact`` patterns run on the caller's text (NFC); ``folded`` ones on
:func:`vanban.text.fold` of it (same offsets), for damaged text (see
:mod:`vanban.grammar.vocab`). Every builder returns a ``re.VERBOSE`` pattern with a
comment per branch; literal spaces are written ``\\ `` and the vocabulary comes
from the lexicon (``vocabulary.csv``, ``doc_types.csv``, ``issuers.csv``), so a
lexicon that knows more issuers has a grammar that finds them. Grammars are cached
on their lexicon: ``grammar(lex, mode)`` is built once per lexicon and mode; the bundled
lexicon's is also kept on disk whole (:func:`vanban.cache.save_snapshot`, keyed by the
code and data files it is built from), so a warm start derives no pattern source again
and makes each pattern from its stored program.

Example::

    >>> from vanban.facts import Lexicon
    >>> g = grammar(Lexicon.default(), "exact")
    >>> bool(g.code.match("93-KL/TW"))
    True
    >>> g.issuer.match("Ban Thường vụ Tỉnh ủy Gia Lai về").group("loc")
    ' Gia Lai'
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import operator
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .. import cache
from ..facts import Lexicon, gazetteer, tables
from ..facts.lexicon import current
from ..facts.phrases import folded_alternation
from ..text import LOWER, UPPER, VIET_BLOCK, WRAP, fold, fold_bytes, fold_key, fold_word, kept_bytes
from .starts import group_branches, guard, source_lead_chars
from .vocab import (
    BODY_KIND_LISTS,
    D_LO,
    D_UP,
    DASH,
    GLUE_AHEAD_FOLDED,
    GLUE_WORDS,
    GLUE_WORDS_FOLDED,
    GLUED_BEFORE_CAPS,
    HS,
    ISSUING_FOLDED,
    S0,
    S1,
    SP,
    alternation,
    case_variants,
    folded_locality_stops,
    literal_led,
    literal_led_cased,
    trie,
    vocab,
    word_exact,
    word_folded,
)

__all__ = ["grammar", "Grammar", "last_match", "reported_issuing"]

X = re.VERBOSE


def reported_issuing(lex: Lexicon) -> str:
    """An issue reported done, folded, a word of vocabulary ``done_marker`` of ``lex`` (every value) before "(ký) ban
    hành": "đã ban hành", "vừa ký ban hành", "mới ban hành" (a news page's report of another's act: "Tỉnh ủy Nghệ An
    vừa ban hành Kế hoạch tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW", corpus-real-6/tu-nghean-kh-tongket-nq33-
    ctr10-nq05-2024.txt); the source of a pattern (:attr:`Grammar.reported_issue` ends the text with it)."""
    done = folded_alternation(w for w, v in lex.pairs("done_marker") if v in _DONE_ALL)
    return rf"(?<![a-z])(?:{done})\s+(?:ky\s+)?ban\s*hanh"


#: the values of vocabulary ``done_marker`` (:meth:`_Builder._done`): all of them, right before a verb ("đã", "vừa",
#: "mới" ban hành); those read a few words before a verb or before a passive, not "mới" (recent_adjective: also the
#: adjective "new" ending a name, "trong tình hình mới được ban hành", corpus-real-9/news-hutech-nq20-nq02-congdoan-
#: 2021.txt, and "mọi" folded)
_DONE_ALL = ("past", "recent", "recent_adjective")
_DONE_AHEAD = ("past", "recent")


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns of one lexicon in one mode."""

    mode: str
    # type words a reference starts with (scan), in one pass: capitalised, or in exact mode also in lower case
    # ("kế hoạch của Tỉnh ủy") or as a party abbreviation ("NQ Hội nghị Trung ương 4"); the caller tells them
    # apart by the text (``abbreviations``); every alternative starts with a plain letter, so the scan is fast
    anchor: re.Pattern
    abbreviations: frozenset
    # the letters a lower-case type word is found by when its first letters are frequent ("nghị" by "ị"): a
    # match that starts with one of them starts, in the text, at the beginning of its word (``anchor_start``)
    anchor_keys: frozenset
    # the first letters before a key (a lower-case word's lead and the plain letters after it: "ngh", "quy", "đ") -> what
    # the key and the rest of the words so led match: the start of a word glued to the one before ("quán triệtquy định
    # 144", :func:`anchor_start`)
    anchor_firsts: dict = dataclasses.field(compare=False)
    followed_by_issuer: re.Pattern  # ", của <issuer>" right here
    title: re.Pattern  # the title after a type word: "tổ chức Đại hội Đảng bộ các cấp"
    generic_title: re.Pattern  # a "title" of cue words only ("thực hiện", "tổ chức quán triệt, triển khai"), folded
    not_a_title_before: re.Pattern  # "ban hành", "phê duyệt", a count right before a titled type word, folded
    not_a_title_ends: tuple[str, ...]  # its last words, folded ("hanh", "duyet", "cac", "muoi"): see may_end_not_a_title
    in_a_list_before: re.Pattern  # "các nghị quyết, chỉ thị," right before a lower-case type word, folded
    locality: re.Pattern  # what follows an issuer's head as its locality (" Gia Lai", " tỉnh Sơn La")
    code_anchor: re.Pattern  # the core of a symbol ("-KL/", "/NĐ-") (scan)
    code: re.Pattern  # a whole symbol at a position
    type_tail: re.Pattern  # what follows a type word: qualifier, issuer-first, số, numbers, symbol
    item: re.Pattern  # one trailing item: date, "của" issuer, term, year
    at_plenum: re.Pattern  # the plenum that adopted it, after the items: ", tại Hội nghị lần thứ 4, Ban Chấp hành …"
    comma_plenum: re.Pattern  # the plenum in apposition after a symbol's items: ", Hội nghị lần thứ tám Ban Chấp hành …"
    state_head: re.Pattern  # a central state body right after the date, no "của": "ngày 02/8/2022 Thủ tướng Chính phủ"
    # "của" and a body's name right after a date, on the exact text in both modes (the scan reads it from its work text):
    # "ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam" (group ``name``)
    organ_after_date: re.Pattern
    issuer: re.Pattern  # an issuer at a position
    this: re.Pattern  # "này" after a type word
    named: re.Pattern  # named references after a type word
    named_law: re.Pattern  # a law's name after "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp"
    descriptive: re.Pattern  # "Chỉ thị … của <issuer>": a type word with an issuer and no number
    short_ok: re.Pattern  # what may follow a type + number written without "số" ("Chỉ thị 42 của …")
    subject: re.Pattern  # "về", "về việc" after a reference
    alias: re.Pattern  # "(sau đây gọi tắt là …)"
    alias_wide: re.Pattern  # the same, any line end in the name: the same match when its name holds none
    lookback: re.Pattern  # type word (+ số) right before a bare symbol, on folded text
    lookback_so: re.Pattern  # "số" (or "số hiệu") right before a bare symbol, on folded text
    agent: re.Pattern  # "<issuer> đã ban hành [văn bản] [số]" right before a reference, folded
    agent_tail: re.Pattern  # the last words of an agent before a reference ("đã ban hành", "thông qua"), folded: a pre-test
    agent_date: re.Pattern  # "ngày 22 tháng 7 năm 2010," at the end of the text before an agent, folded
    opening_date: re.Pattern  # "Ngày 14/6/2024 vừa qua," opening the clause of an agent, folded
    agent_term: re.Pattern  # "(khóa X)" at the end of an agent issuer, folded
    trigger: re.Pattern  # relation cues ("Thực hiện", "Căn cứ", "tiếp tục thực hiện", …)
    chain_gap: re.Pattern  # a gap that makes the next reference nested ("…, về tiếp tục thực hiện"), folded
    review_start: re.Pattern  # a cue that reviews ("sơ kết", "tổng kết 10 năm"), at the start of a folded cue
    review_before: re.Pattern  # "Sơ kết 01 năm thực hiện …": a review right before an implementing cue, folded
    review_reach_ends: tuple  # the folded words a review reaches a cue over ("việc", "quá trình", "lãnh đạo"): a pre-test
    review_state: re.Pattern  # "về tình hình", "khảo sát việc", "báo cáo kết quả … trong" right before a cue, folded
    review_state_words: tuple  # the folded words one of which review_state needs ("hinh", "sat", "trong"): a pre-test
    committee_before: re.Pattern  # "Ban Chỉ đạo Trung ương về tổng kết việc": a cue inside a committee's name, folded
    and_years: re.Pattern  # "và 3 năm" right before a cue: a review's length, listed, folded
    meeting_named: re.Pattern  # " kỳ họp", " của Đại hội", or ", … Đại hội" after "Nội quy": its meeting, folded
    targets_met: re.Pattern  # "hoàn thành 12/12 chỉ tiêu" right before a document: its targets met, a review, folded
    core_content: re.Pattern  # "nội dung trọng tâm, cốt lõi của" right before a document: its core passed on, folded
    core_links: tuple  # the words core_content ends with (vocabulary ``core_link``), with and without marks: a pre-test
    core_ends: tuple  # the same, each with a space after it ("trong "): a pre-test where the document follows
    core_item_links: tuple  # those that join only a list's next item (``core_link`` valued item: "trong"), the same ways
    targets_set: re.Pattern  # "thực hiện … những chỉ tiêu, nhiệm vụ mà" right before a document: what it set, folded
    draft_before: re.Pattern  # "dự thảo" (group ``any``) or "dự án" right before a document: a draft or bill, folded
    several_before: re.Pattern  # "các", "những" or a number right before a draft word: several documents, folded
    span_lead: re.Pattern  # a review's next item after ";": "05 năm thực hiện ", "mười năm triển khai thực hiện" (whole)
    law_types: frozenset  # the types of legislation (vocabulary ``law_type``): named by their names, passed as bills
    meeting_papers: dict  # type -> "listed" (named by a list of the meeting's papers too) or "named" (vocabulary)
    draft_ends: tuple  # the last words of the draft words as a text may case them, with and without marks: a pre-test
    draft_any_ends: tuple  # the last words of the draft words valued any, lower case, with and without marks ("thảo")
    retro: re.Pattern  # "Qua 15 năm thực hiện …": a look back, not a cue, folded
    title_label: re.Pattern  # "Trích yếu" right before a title (the line above or the same line): the page's own, folded
    full_text: re.Pattern  # "trân trọng giới thiệu toàn văn …": the page presents that document's text, folded
    proposed_change: re.Pattern  # "tham mưu sửa đổi, bổ sung …": a change asked for or discussed, before the cue, folded
    others_change: re.Pattern  # "Luật sửa đổi …", "được sửa đổi …": a change another document makes, before the cue, folded
    changed_by: re.Pattern  # " theo ", " tại " alone between a change cue and a document: the one that changes, folded
    signer_title: re.Pattern  # "Tổng Bí thư" ending the folded text before a signer's name (vocabulary signer_title)
    at_a_meeting: re.Pattern  # " tại hội nghị" right after a report's type word: the report given there
    statute_short: re.Pattern  # " Đoàn", " Hội" after "Điều lệ", the organisation's full name not going on (on the text)
    statute_types: frozenset  # the types named by an organisation's short name (vocabulary statute_type)
    submitted_types: frozenset  # the types drafted and submitted (vocabulary submitted_type): "Đề án", cited in a subject
    approved_types: frozenset  # the types a decision approves (vocabulary approved_type): "Kế hoạch" after its "về"
    short_abbrs: frozenset  # the Party abbreviations a bare number after cites: "NQ 32" (vocabulary short_abbr)
    report_says: re.Pattern  # " cho biết", " nêu" right after a report's type word: the report a news item quotes
    alias_before: re.Pattern  # "(gọi tắt là" ending the folded text before a short name (vocabulary alias_cue)
    topic_before: re.Pattern  # "Chuyên đề 3: “" ending the folded text before a topic's quoted name (vocabulary topic_cue)
    object_verb_before: re.Pattern  # "nghe qua", "ký kết", "thông qua" right before a reference: its object, folded
    terminator: re.Pattern  # where a subject ends (closing quote, alias parenthesis, sentence end, list item)
    main_clause: re.Pattern  # ", Ủy ban nhân dân tỉnh ban hành …": the main clause after a subject
    past_act: re.Pattern  # "… đã tổ chức": the sentence's verb in the past, no comma before it (the caller tests the start)
    # the passive and the words that report an act done (vocabulary ``passive``, ``done_marker``: :meth:`_Builder._passives`)
    passing: re.Pattern  # ", đã được " right after a reference, before the body that passed it (as written or folded)
    passive_agent: re.Pattern  # a few words of a name, then "(vừa) được " before the body that acted, folded
    passive_ends: tuple  # "được", "đã được", "bị", "đã bị": the passive alone, folded (endswith, or the whole gap)
    enacts: re.Pattern  # an enacting formula's line up to its type word, no act reported done before "ban hành", folded
    issuing_after: re.Pattern  # " (đã) ban hành", " ký", " phê duyệt" right after an issuer's name, folded
    reported_issue: re.Pattern  # "… vừa ban hành: ", "đã ban hành **": an issue reported done ending the folded text
    own: re.Pattern  # "<issuer> (ban hành|xây dựng) <type> … như sau" (the document's own issuer)
    own_act: re.Pattern  # own's act and the blanks around it, alone: its pre-test (structure.context._own_formula)
    own_end: re.Pattern  # own's closing phrase ("như sau", "với các nội dung"), alone: its pre-test
    # the patterns of the words the scan and resolve test a reference by, the same in both modes (:meth:`_Builder._scan_words`)
    every_level: tuple  # (each unit's own level: "các cấp", "cấp mình"; a congress of every level), folded
    named_kinds: dict  # lower-case type word, as written and folded -> its kinds the law names right after it, folded
    of_a_body_after: re.Pattern  # "của" right after a type word, a kind of report between, up to the body, folded
    trailing_joiner: re.Pattern  # the joining words a title does not end on ("và", "của", "theo" but in "tiếp theo")
    members: re.Pattern  # "các tổ chức thành viên", "các đoàn thể chính trị - xã hội tỉnh" (exact text)
    quoted_plans: frozenset  # lower-case type words a quoted name after them makes a citation, folded, blanks removed
    own_work: tuple  # (the types a body writes itself; its acts on its own plan, ending the text before, starting after)
    # the words relate.py weighs a cue by (vocabulary), folded unless said
    nominal_subject: re.Pattern  # ", việc triển khai" ending the text before a reference: a sentence's subject
    nominal_opening: re.Pattern  # "Việc triển khai" opening a sentence right before a cue
    nominal_marks: tuple  # the heads' last words as a window may hold them (exact, folded, damaged): a pre-test
    opening_marks: tuple  # the same of the heads that open a sentence (value ``opens``): nominal_opening's pre-test
    predicate_after: re.Pattern  # "còn", "đã", "là" after that subject: its verb (exact text)
    predicate_after_ascii: re.Pattern  # the same words in text without diacritics
    kept_to: re.Pattern  # "theo quy định của", "theo Điều 30" right before a charter
    owned_rule: re.Pattern  # "(đúng) quy định của" between an implementing cue and a reference: the cue's object (folded)
    not_an_item: re.Pattern  # "xét đề nghị", "theo" leading a clause after ";": no next item of a list
    example_after: re.Pattern  # "trong đó có" after a cue: an example of its object follows
    setting: re.Pattern  # "trong không khí …", "trong bối cảnh …" ending the text before a cue
    praised_for: re.Pattern  # "có thành tích xuất sắc trong" ending the text before a cue
    goes_on: re.Pattern  # "tiếp tục lãnh đạo, chỉ đạo" at the start of a folded cue (one space between words)
    goes_on_before: re.Pattern  # the same ending the folded text before a cue
    embedded: re.Pattern  # " theo ", " của " right before a reference in a subject: named inside it (exact text)
    title_words: re.Pattern  # a title's lower-case words up to its cue, not a link ("gắn với") first (exact text)
    title_restated: re.Pattern  # "hướng dẫn", "sửa đổi": the head of a title re-stated after a comma (exact text)
    unnamed_subject: re.Pattern  # "các chủ trương, chỉ đạo của … về" ending the text before a cue
    listed_lead: re.Pattern  # "các văn bản:", "các quy định của" leading a list's next item after ";" (folded, whole)
    listed_word: re.Pattern  # the first word naming documents by their kind ("các văn bản của …", "nội dung hướng dẫn"), folded
    coord: re.Pattern  # only a list's joining words and marks between two references (exact text)
    nested_coord: re.Pattern  # the same within one line, no ";": members of one nested list (exact text)
    cue_list_gap: re.Pattern  # between two cues of one list: "quán triệt, triển khai", "quán triệt và thực hiện"
    predicate_before: re.Pattern  # "là sự", "là việc" ending the folded text before a cue: a predicate of another subject
    direction_at: re.Pattern  # "và (ý kiến) chỉ đạo của <body> tại", "(được ban hành tại" ending the folded text before a ref.
    change_agent: re.Pattern  # "bởi" after a change cue, "bằng" right before the reference: the change's agent, folded
    other_plan: re.Pattern  # "Chương trình hành động của … thực hiện" ending the folded text before a cue (``plan``, ``owner``)
    own_plan: re.Pattern  # "Trên đây là", "ban hành" ending the folded text before that plan: the citing document's own
    titled_cue: re.Pattern  # "Quy định thi hành" ending the text at a cue's end: a cited title's (exact text, ``head``)
    dated_act: re.Pattern  # ", ngày 3-3-1959," after a document and its subject: a time opening the main clause (exact)
    dated_event: re.Pattern  # "Ban Thường vụ Huyện đoàn đã tổ chức hội nghị" after that time: an event, no issuing (folded)
    object_then: re.Pattern  # "… 4 xã: … và Nga Liên theo" ending the text before a basis: its object came about by it
    decision_issues_plan: re.Pattern  # "QUYẾT ĐỊNH BAN HÀNH KẾ HOẠCH THỰC HIỆN" ending the folded text at a cue's end
    basis_argued: re.Pattern  # "thì …" after a basis's object: the premise of an argument (exact text)
    basis_narrated: re.Pattern  # ", các ngành, xã đã …" after the object of "Căn cứ vào": what others did (exact text)
    narrative_basis: re.Pattern  # "căn cứ vào", "căn cứ theo" ending the folded text before a reference
    narrative_words: tuple  # the words one of which basis_argued or basis_narrated needs ("thì", "đã"): a pre-test
    preamble_heads: tuple  # "can cu": the folded words a legal preamble's item opens with (see opens_preamble_item)
    quoted_themes: tuple  # "chu de": the folded words a meeting's quoted theme follows (vocabulary quoted_theme)
    executive_head: re.Pattern  # "Ban", "BCH" ending the text before "chấp hành": a body's name, no cue (exact text)
    cue_compound: re.Pattern  # "hiệu lực thi hành", "thi hành án": a cue's words inside a phrase that is no cue
    cue_compound_cues: frozenset  # the folded cues those phrases hold ("thi hanh"): the only cues worth the test
    cue_compound_leads: str  # their first letters in both cases ("Tt"): a cue not led by one is in no such phrase
    cue_split: re.Pattern  # "," or "và" between the cues of a folded list of cues: "quan triet, trien khai va thuc hien"
    cue_joiners: frozenset  # the words that join the cues of one list, folded: {"va"} (vocabulary coordinator, cue)
    alias_paren: re.Pattern  # "(gọi tắt là Kết luận số 48-KL/TW)", "(sau đây gọi là …)": a short name (exact text)
    short_name_open: re.Pattern  # " (", " (gọi tắt là ": before the short name a reference is given (exact text)
    whole_nation: re.Pattern  # "toàn Đảng, toàn dân và toàn quân …" ending the folded text before a cue: its subject
    situation_heading: re.Pattern  # "I. ĐÁNH GIÁ TÌNH HÌNH", "I- TÌNH HÌNH VÀ NGUYÊN NHÂN": a folded line, whole
    situation_line: re.Pattern  # a line of the exact text with the heading's word: where that heading may stand
    situation_word: tuple[str, ...]  # that word in capitals, as written and without diacritics: "TÌNH HÌNH", "TINH HINH"
    issued_for: re.Pattern  # "đã ban hành các văn bản … để <up to three words>" ending the folded text before a cue
    purpose_word: tuple[str, ...]  # "để", "de ": the word :attr:`issued_for` ends near, to look for before folding
    into_life_lead: re.Pattern  # "đưa" ending the folded text before a document brought into life
    into_life_goal: re.Pattern  # "(sớm đi) vào cuộc sống" opening the folded text after that document


def grammar(lex: Optional[Lexicon] = None, mode: str = "exact") -> Grammar:
    """The compiled grammar of ``lex`` (the current default when None) for
    ``"exact"`` or ``"folded"`` text, built once per lexicon and mode."""
    if isinstance(lex, str):  # grammar("exact"): the earlier signature
        lex, mode = None, lex
    if mode not in ("exact", "folded"):
        raise ValueError(f"unknown grammar mode {mode!r}")
    lex = lex if lex is not None else current()
    return lex.cached(("grammar", mode), _stored, lex, mode)


def _stored(lex: Lexicon, mode: str) -> Grammar:
    """The grammar of the bundled lexicon as the disk cache holds it (:func:`vanban.cache.load_snapshot`: its values,
    and its patterns made from their stored programs), or built and stored there; any other lexicon's, built."""
    if not lex.is_bundled():
        return _Builder(lex, mode).build()
    key = _snapshot_key(mode)
    values = cache.load_snapshot(f"grammar-{mode}", key)
    # (every pattern made from its stored program at once, not at its first use: a class-level ``__getattr__`` or a
    # descriptor for lazy fields would put every attribute read of the grammar on CPython's slow path, no specialised
    # LOAD_ATTR: +4.45M instructions a dense pass of the bench texts, +1.0%, measured, for ~0.09 s once at start-up)
    if values is not None and set(values) == {f.name for f in dataclasses.fields(Grammar)}:
        return Grammar(**values)
    g = _Builder(lex, mode).build()  # (inside the lexicon's cache.compiling block: the snapshot reuses its programs)
    cache.save_snapshot(f"grammar-{mode}", key, {f.name: getattr(g, f.name) for f in dataclasses.fields(g)})
    return g


def _snapshot_key(mode: str) -> str:
    """What the bundled lexicon's grammar is a function of: the code that builds it (the grammar's modules, the text
    and the facts layers, the model), the bundled data files and the gazetteer's database (place names' syllables)."""
    here = Path(__file__).resolve().parent
    code = [here.parent / "text.py", here.parent / "model.py"]
    for package in (here, here.parent / "facts"):
        code += [package / n for n in sorted(os.listdir(package)) if n.endswith(".py")]
    data = [tables.data_bytes(n) for n in tables.data_files()]
    return cache.fingerprint("grammar", mode, *code, *data, gazetteer.data_stamp())


def last_match(pattern: re.Pattern, s: str, lo: int, hi: int):
    """The last match of ``pattern`` in ``s[lo:hi]``, or None."""
    m = None
    for m in pattern.finditer(s, lo, hi):  # noqa: B007 - we want the last one
        pass
    return m


def last_word(text: str) -> str:
    """The last word of ``text``, folded, "các" passed over: "đã được nghe qua các" -> "qua" (a cheap test before a
    pattern anchored at the end of a window)."""
    words = text.rsplit(None, 2)  # (the last two words as split() gives them, the rest of the window left in one piece)
    if not words:
        return ""
    last = fold_word(words[-1])  # (a word: remembered, see fold_word)
    return fold_word(words[-2]) if last == "cac" and len(words) > 1 else last


def _code_core(ex: bool) -> tuple[str, str]:
    """:attr:`Grammar.code_anchor` as its first characters (a dash or a slash) and the rest of its source."""
    if ex:
        # one leading character class (a dash or a slash), so that the scan skips the rest fast; the
        # slash of "298 KH/TWĐTN" (a space for the hyphen) is found with the letters before it (a letter
        # right before the slash, which each of them needs, tried first: the slashes of dates fail at once)
        up, low = f"A-Z{D_UP}", f"A-Za-z{D_UP}{D_LO}"
        spaced = " | ".join(rf"(?<=[0-9]\ [{up}][{low}]{{{n}}}/)" for n in range(6))
        rest = (
            rf" (?: \ ? [{up}] [{low}]{{0,6}} (?: \ ? [/\-\u2010-\u2015\u2212] | [0-9]{{2}} )"
            rf" | (?<= [{low}] / ) (?: {spaced} ) (?= [{up}] ) )"
        )
        return "-/\u2013\u2010\u2011\u2012\u2014\u2015\u2212", rest
    return "-/", r" \ ? [a-z]{1,7} (?: \ ? [/-] | [0-9]{2} )"


@functools.lru_cache(maxsize=2)
def code_anchors(ex: bool) -> tuple[tuple[str, re.Pattern], ...]:
    """:attr:`Grammar.code_anchor` split by its first character, one pattern a character led by it: the engine finds a
    pattern's one first character by a tight loop, and tests each character of the text against a class of them in a
    call (:func:`code_anchor_starts`)."""
    leads, rest = _code_core(ex)
    return tuple((c, re.compile(re.escape(c) + rest, X)) for c in leads)


@functools.lru_cache(maxsize=2)
def _code_anchors_in_bytes(ex: bool) -> tuple[tuple[str, re.Pattern], ...]:
    """Those of :func:`code_anchors` whose first character has a byte in :func:`vanban.text.fold_bytes` ("-", "/", "–",
    "—"; not "\u2010"-"\u2012", "\u2015", "\u2212"): the only ones a text whose bytes are kept can hold."""
    return tuple((c, p) for c, p in code_anchors(ex) if fold_bytes(c) is not None)


def code_anchor_starts(s: str, g: Grammar) -> list[int]:
    """Where the matches of :attr:`Grammar.code_anchor` over ``s`` start, as ``finditer`` gives them: the matches of
    each of :func:`code_anchors` present in ``s`` in the order of their starts, each one that starts inside the one
    before dropped; when one dropped ends after it, its own pattern's next matches may differ from what a scan from that
    end finds, and ``finditer`` gives them (dense bench texts 0.55 -> 0.47 ms a pass, sparse 0.44 -> 0.26). A text whose
    :func:`vanban.text.kept_bytes` the cleaning left (63 of the 66 sparse bench texts) is not searched for the five
    dashes they have no byte for: ``c in s`` scans the whole text for an absent one, and for "\u2011" and "\u2010" it
    stops at every "đ" and "Đ" (CPython looks for a character's low byte first: U+0111, U+0110), ~0.5M instructions a
    sparse pass for the five."""
    ex = g.mode == "exact"
    anchors = code_anchors(ex) if kept_bytes(s) is None else _code_anchors_in_bytes(ex)
    found = [m for c, p in anchors if c in s for m in p.finditer(s)]
    found.sort(key=_MATCH_START)
    out: list[int] = []
    end = 0
    for m in found:
        if m.start() >= end:
            out.append(m.start())
            end = m.end()
        elif m.end() > end:
            return [m.start() for m in g.code_anchor.finditer(s)]
    return out


_MATCH_START = operator.methodcaller("start")  # (a match's start: the key code_anchor_starts sorts by)


#: a character of a name in parentheses, a line end inside a paragraph included, a blank line not: "(gọi tắt là⏎Kết
#: luận số 48-KL/TW)" (the checklist's cue-break, corpus-real-8/kh-252-kh-ubnd-hagiang-…-2023); the names of
#: :meth:`_Builder._alias` and ``alias_paren``
_IN_PARENTHESES = rf"(?:[^()\n]|{WRAP})"
#: the session a sitting body acts in, folded: "kỳ họp thứ 6", "tại kỳ họp thứ Năm" (see ``agent_term``)
_SESSION = r"(?: tai \s+ )? ky \s+ hop \s+ thu \s+ [a-z0-9]+"

#: the words right before a titled type word that make it the document's own, folded (:attr:`Grammar.not_a_title_before`
#: and its last words, :attr:`Grammar.not_a_title_ends`, are built from them): (what may not come before, the words,
#: the blanks between them: none in PDFs that glue them, "PHÊDUYỆT KẾ HOẠCH")
_OWN_TITLE_BEFORE = (
    ("", "ban hanh", r"\s*"),
    ("", "phe duyet", r"\s*"),
    # (not a plan reported drafted: "Hội CCB xã đã xây dựng kế hoạch tổ chức Đại hội Hội CCB xã lần thứ 8",
    # corpus-real-9/hccb-xa-chilangbac-haiduong-daihoi-viii-2022.txt; one reported issued is still the page's
    # own: "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW")
    (r"(?<! da \ ) (?<! vua \ ) (?<! moi \ )", "xay dung", r"\s*"),
    ("", "kem theo", r"\s*"),
    ("(?<![a-z])", "co", ""),
    ("", "quyet dinh nay", r"\s+"),
    ("", "che do", r"\s*"),  # "chế độ báo cáo" is a reporting regime, not a report
    ("(?<![a-z])", "day la", r"\s+"),  # "Trên đây là Kế hoạch …": the document's own closing line
)
#: a count in words: "bốn chương trình trọng điểm và bốn khâu đột phá của phường … nhiệm kỳ 2025 - 2030" (the words that
#: fold to no other: not "ba", "năm", "sáu", "bảy", "tám": "… Trung ương trình bày Báo cáo"), folded
_TITLE_COUNT_WORDS = ("hai", "bon", "chin", "muoi")
#: a count in digits ("03 Chương trình đột phá", corpus-real-2/qd-2198-qd-ubnd-hcm-2021.txt), but not a site list's item
#: number glued to its type word after the item's dash: "- 7Luật sửa đổi, bổ sung một số Điều của 37 Luật có liên quan
#: đến quy hoạch 2018" (corpus-real-47/doc-hethongphapluat-qd847-qd-ttg-quy-hoach-phong-chong-thien-tai-thuy-loi-2023.txt,
#: corpus-real-44/list-hethongphapluat-qd4254-qd-ubnd-thanhhoa-quy-hoach-luong-son-2023.txt), folded
_TITLE_COUNT_DIGITS = r"(?: [0-9]{1,3} (?! $ ) | (?<! \n- ) (?<! \n-[ \t] ) (?<! ^- ) (?<! ^-[ \t] ) [0-9]{1,3} )"
#: the files each holding one after a count: "thông qua 34 hồ sơ Đề án sắp xếp đơn vị hành chính cấp xã năm 2025"
#: (corpus-real-22/commune-tuvan-nq-126-nq-cp-2025-34-hoso-dean-sapxep-capxa-totrinh-bnv.txt), folded
_TITLE_COUNTED_FILES = "ho so"


def may_end_not_a_title(before: str, ends: tuple[str, ...]) -> bool:
    """Can ``Grammar.not_a_title_before`` match the folded ``before``? False when, the blanks and marks at its end aside, it
    ends with none of the pattern's last words (``Grammar.not_a_title_ends``) nor a digit (a cheap test first: the
    pattern, anchored at the end, is tried at every position of the window)."""
    e = len(before)
    while e and (before[e - 1].isspace() or before[e - 1] in "*_:,"):
        e -= 1
    return e > 0 and (before.endswith(ends, 0, e) or before[e - 1] in "0123456789")


def object_verb_ends(lex: Lexicon) -> tuple[str, ...]:
    """The last words of the verbs whose object is a document (vocabulary ``object_verb``), folded: a window whose last
    word ends none of them cannot match ``Grammar.object_verb_before``."""
    return lex.cached("object_verb_ends", _object_verb_ends, lex)


def _object_verb_ends(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted({fold(w.split()[-1]) for w in lex.words("object_verb")}))  # (sorted: not the hash seed's order)


def ends_with_object_verb(g, lex: Lexicon, before: str) -> bool:
    """Does ``before`` (the text before a reference) end with a verb whose object is a document ("đã thông qua", "vừa
    ký", "góp ý vào")? Folded only when its last word can end one: most windows end with none."""
    return last_word(before) in object_verb_ends(lex) and g.object_verb_before.search(fold(before)) is not None


def opens_preamble_item(g, line: str) -> bool:
    """Does ``line`` (from its first word: the caller strips the blanks and marks before it) open with the head of a
    legal preamble's item, "Căn cứ" in any case, with or without its marks (:attr:`Grammar.preamble_heads`, vocabulary
    ``preamble_head``)? Only the head's own characters are folded."""
    return any(fold(line[: len(h)]) == h for h in g.preamble_heads)


#: what follows a party abbreviation that starts a reference: a word, or the central committee it names glued to it ("quán
#: triệt NQTW8 (khóa XI)", corpus-real-5/duqs-bariavungtau-nqtw8-nq28-nd21-2019.txt), or a number and its year glued to it
#: ("Quy chế 3 công khai theo TT36/2017 thay thế TT09/2009", corpus-real-17/school-thpt-huongkhe-quyche-3-congkhai-tt36-…)
ABBR_AHEAD = r"(?=[ \t]+\w|TW[ \t]*[0-9]|[0-9]{1,4}/(?:19|20)[0-9]{2}(?![0-9/\-]))"


def _block_class(chars: re.Pattern) -> str:
    """The characters of the Latin, Vietnamese and punctuation blocks that ``chars`` matches, written out as ranges for
    a class ``[…]``: the engine finds a character in its bitmap at once instead of calling the Unicode database for
    categories (``\\w``, ``\\W``) and then the bitmap of LOWER at each candidate. Outside those blocks nothing is in it."""
    runs: list[tuple[int, int]] = []
    for lo, hi in ((0, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070)):
        for cp in range(lo, hi):
            if chars.match(chr(cp)):
                if runs and runs[-1][1] == cp - 1:
                    runs[-1] = (runs[-1][0], cp)
                else:
                    runs.append((cp, cp))
    return "".join(rf"\u{a:04x}" if a == b else rf"\u{a:04x}-\u{b:04x}" for a, b in runs)


#: what may not stand right before a lower-case type word (a bitmap class, :func:`_block_class`): a digit, "/", "-", a
#: capital or "_" ("NĐ-CP", "29nq"); a small letter may (its space lost: "quán triệtquy định 144", see
#: :meth:`_Builder._anchors`)
_NOT_BEFORE_LOWER = _block_class(re.compile(rf"[^\W{LOWER}]|[/\-]"))
#: the look-behind before a lower-case type word's lead (one class: two look-behinds cost 1% on sparse text)
_BEFORE_LOWER = rf"(?<![{_NOT_BEFORE_LOWER}].)"


def _keyed_branches(key: str, firsts: list[str], rest: str, not_before: str = _NOT_BEFORE_LOWER) -> list[str]:
    r"""What follows the key of a lower-case type word found at it (:meth:`_Builder._keyed`): a look-behind for the
    letters before the key (``firsts``, regex sources of one length) and the same test of the letter before them, then
    the rest; one branch a top-level branch of ``rest``, each with its own copy of the look-behind after the letters it
    starts with: the engine passes a branch led by a letter over by that letter, and
    enters the look-behind only where it follows the key ("chương" at its "ư": "ươ" or "ưo" first, not every "ư" of
    "được", "những", "trường"; "kết luận" at "ết"). A branch led by blanks (``[\s*_]*``, "kế hoạch") is two: the letter
    after none, and one blank (the look-behind spans it) then the rest ("kế hoạch" by "ếh" or "kế " and not "ến",
    "ếp"). ``not_before``: the class of what may not stand before the first letters (a capitalised word's: "_" alone,
    :meth:`_Builder._keyed_capitals`)."""
    before = firsts[0] if len(firsts) == 1 else "(?:" + "|".join(firsts) + ")"
    led: list[tuple[str, str]] = []
    for branch in group_branches(f"(?:{rest})")[0]:
        starred = re.match(r"(\[[^\]]*\])\*\+?", branch)  # (the trie takes a separator whole: "[\s*_]*+")
        parts = [*_glued_branches(branch[starred.end() :]), starred[1] + branch] if starred else [branch]
        for part in parts:
            # (the letters the branch starts with, or its leading class of blanks, before the look-behind and in it)
            if starred and part.startswith(starred[1]):
                led.append((starred[1], part[len(starred[1]) :]))
            else:
                led.append(_lead_letters(part))
    return [rf"{lead}(?<=(?<![{not_before}]){before}{re.escape(key)}{lead})(?:{body})" for lead, body in _one_look(led)]


def _one_look(led: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(lead, rest) of :func:`_keyed_branches`, the rests of one lead as one branch, so that a place enters the
    look-behind once: "kết luận" and its page-number form "kết 29 luận 32/kl TW" at "ết" (a rest led by blanks between
    them keeps them apart in the trie), not twice at every "ết" of "biết", "hết". Only when every lead is letters or
    a class that no other lead starts with (the order of branches that may match at one place is kept)."""
    leads = [lead for lead, _ in led]
    if "" in leads or any(a != b and b.startswith(a) for a in leads for b in leads):
        return led
    merged: dict[str, list[str]] = {}
    for lead, body in led:
        merged.setdefault(lead, []).append(body)
    return [(lead, bodies[0] if len(bodies) == 1 else "|".join(bodies)) for lead, bodies in merged.items()]


def _lead_letters(part: str) -> tuple[str, str]:
    r"""(the letters ``part`` starts with, the rest), through a group of one branch ("n(?:g(?:[\s*_]*…))" -> "ng", the
    trie's form of "công văn" beside its page-number form "công 167 văn số 3597": "ông" is looked behind at, not
    every "ôn" of "hôn", "môn")."""
    n = 0
    while n < len(part):
        if part[n].isalpha() and part[n + 1 : n + 2] not in ("?", "*", "+", "{"):
            n += 1
            continue
        inner = group_branches(part[n:]) if part.startswith("(?:", n) else None
        if inner is None or len(inner[0]) != 1 or inner[1] != len(part) - n - 1 or not inner[0][0][:1].isalpha():
            break
        part = part[:n] + inner[0][0]
    return part[:n], part[n:]


def _glued_branches(glued: str) -> list[str]:
    """The branches of ``glued``, what follows a key's first word with no blank between (:func:`_keyed_branches`), each
    its own branch to lead by its letters, but a page number: it stands after a blank ("quy 198 định 144 của Bộ Chính
    trị", :func:`_page_split_lower`), and a branch led by it would enter the look-behind at every key ("ị" of "Chính
    trị", "ết" of "kết", "biết": the lower-case page-number branch cost 0.8% of a sparse pass)."""
    if glued.startswith(("(?=[0123456789])", "[0123456789]")):
        return []
    inner = group_branches(glued)
    if inner is None or inner[1] != len(glued) - 1:
        return [glued]
    return [b for x in inner[0] if not x.startswith(("(?=[0123456789])", "[0123456789]")) for b in _glued_branches(x)]


#: a page number between a type's words: one to three digits after the blanks of the first word, blanks after it
PAGE_IN_TYPE = r"[0123456789][0123456789]?[0123456789]?[ \t\n]+"


def _page_split(phrase: str, so: str) -> list[str]:
    """The capitalised forms of the type ``phrase`` (:func:`literal_led_cased`) with a page number between two of their
    words, the type's number ("số", a digit) ahead: "Nghị 127 quyết số 57", "Chỉ 195 thị 12", "KẾ 88 HOẠCH⏎SỐ
    164-KH/TU", "Chương trình 88 hành động số 08"."""
    out = []
    ahead = rf"(?={S0}(?:{so}|[0123456789]))"
    for a in literal_led_cased(phrase):
        i = a.find(S0)
        while i >= 0:
            out.append(a[:i] + S0 + PAGE_IN_TYPE + a[i + len(S0) :] + ahead)
            i = a.find(S0, i + len(S0))
    return out


def _page_split_lower(phrase: str, so: str) -> list[str]:
    """The lower-case forms of the type ``phrase`` (:func:`literal_led`) with a page number after their first word, the
    type's number ("số", a digit) ahead: "quy 71 định 144", "quyết 51 định số 168-CP", "kết 29 luận 32/kl TW"."""
    ahead = rf"(?={S0}(?:{so}|[0123456789]))"
    return [a.replace(S0, S0 + PAGE_IN_TYPE, 1) + ahead for a in literal_led(phrase) if S0 in a]


def _lower_types(words, ahead: str, so: str) -> list[tuple[str, str]]:
    """(lead, rest) of the lower-case type words ``words`` (vocabulary ``lower_type``), ``ahead`` after them; and of the
    same with a page number after their first word, the type's number ahead: "quán triệt quy 71 định 144 của Bộ Chính
    trị", "theo quyết 51 định số 168-CP" (:func:`_page_split_lower`; the checklist's page-number forms of corpus-real-2/
    hu-longthanh-dongnai-qd144-2024.txt and corpus-real-23/ministry-tt-18-byt-tt-1979-giamdinh-ykhoa-hethongphapluat.txt,
    dev)."""
    out = [(a[0], a[1:].format(lb="") + ahead) for w in words for a in literal_led(w)]
    return out + [(a[0], a[1:].format(lb="")) for w in words for a in _page_split_lower(w, so)]


_PAGE_IN_TYPE = re.compile(S0 + PAGE_IN_TYPE)


def type_without_page(written: str) -> Optional[str]:
    """The type word :attr:`Grammar.anchor` matched with a page number after its first word, the number taken out
    ("Nghị 127 quyết" -> "Nghị quyết", "KẾ 88 HOẠCH" -> "KẾ HOẠCH"); None when it holds none."""
    m = _PAGE_IN_TYPE.search(written)
    return None if m is None else written[: m.start()] + " " + written[m.end() :]


def anchor_start(g: Grammar, s: str, m: re.Match, lo: int = 0) -> int:
    """Where the type word :attr:`Grammar.anchor` matched at ``m`` starts in ``s`` (not before ``lo``): a lower-case word
    found at its key starts at its first letters, glued or not to the word before ("nghị quyết" by "ị"; "quán triệtquy
    định 144 của Bộ Chính trị", corpus-real-2/hu-longthanh-dongnai-qd144-2024.txt: at "quy")."""
    a = m.start()
    if s[a] not in g.anchor_keys:
        return a
    k = a
    while a > lo and (s[a - 1].isalnum() or s[a - 1] == "_"):  # (the letters \w takes)
        a -= 1
    firsts = g.anchor_firsts
    if s[a:k] in firsts:
        return a  # (as written apart: its first letters alone)
    # (glued: the longest first letters before the key that lead the word matched)
    for n in range(min(k - a, max(map(len, firsts))), 0, -1):
        p = firsts.get(s[k - n : k])
        if p is not None and (w := p.match(s, k)) is not None and w.end() == m.end():
            return k - n
    return a


def anchor_at(g: Grammar, s: str, pos: int) -> Optional[re.Match]:
    """The match of :attr:`Grammar.anchor` of a type word that starts at ``pos`` in ``s``, or None: the pattern's match
    there, or that of a word found at its key after its first letters ("Luật Đất đai", "Đề án 06" at "ậ", "ề"; see
    :func:`anchor_start`); not one found at a key ``pos`` holds, its word started before."""
    m = g.anchor.match(s, pos)
    if m is not None:
        return m if s[pos] not in g.anchor_keys or anchor_start(g, s, m) == pos else None
    for n in range(1, max(map(len, g.anchor_firsts), default=0) + 1):
        # (the look-behind after the key checks these first letters and what stands before them)
        if s[pos : pos + n] in g.anchor_firsts and s[pos + n : pos + n + 1] in g.anchor_keys:
            m = g.anchor.match(s, pos + n)
            if m is not None:
                return m
    return None


def _folded_phrase(w: str, lossy: bool = True) -> str:
    r"""A phrase of the lexicon on folded text, words joined by ``\s+``."""
    return r"\s+".join(word_folded(x, lossy) for x in w.split())


def _marks(word: str) -> tuple[str, str, str]:
    """A word as a window of text may hold it, for a cheap test before folding: in lower case, folded, and folded with
    the letters an encoding error loses dropped ("việc", "viec", "vic": :func:`word_folded`)."""
    damaged = "".join(c for c in unicodedata.normalize("NFC", word.lower()) if not VIET_BLOCK[0] <= ord(c) <= VIET_BLOCK[1])
    return word.lower(), fold(word), fold(damaged)


def _either_form(words, blanks: bool = False) -> str:
    """Phrases of the lexicon on exact text as one group, as written and as text without diacritics writes them
    ("đối với", "doi voi"), words one space apart (``blanks``: any blanks between them), the longest first."""
    join = (lambda p: r"\s+".join(map(re.escape, p.split()))) if blanks else re.escape
    return "(?:" + "|".join(sorted({join(f(w)) for w in words for f in (str, fold)}, key=lambda p: (-len(p), p))) + ")"


def _by_first_letter(words) -> str:
    """Words of the lexicon on folded text as one group whose first letter is matched as a class, then which word it
    starts: the same matches as ``(?<![a-z])(?:chuong trinh|ke hoach|…)``, but the engine skips to those letters
    instead of trying every position of a window (words one space apart)."""
    folded = [fold(w) for w in words]
    firsts = "".join(dict.fromkeys(w[0] for w in folded))
    return rf"[{firsts}](?<![a-z][{firsts}])(?:" + "|".join(rf"(?<={w[0]}){re.escape(w[1:])}" for w in folded) + ")"


def _folded_alternation(words, lossy: bool = True) -> str:
    r"""Phrases of the lexicon on folded text as one group (:func:`.phrases.folded_alternation`, words ``\s+`` apart, the
    longest first); ``lossy``: also with the letters an encoding error loses dropped (:func:`word_folded`)."""
    return f"(?: {folded_alternation(words, word=functools.partial(word_folded, lossy=lossy))} )"


#: "số" (or a record field's "số hiệu", "ký hiệu", spelt with "i" too: "Số kí hiệu 458/HD-CTĐBĐ-CTXH",
#: corpus-real-19/hoi-ctd-binhdinh-hd-458-tet-nhanai-hd-235-kh-236-tuhctd-2022.txt) right before a bare symbol, folded
_LOOKBACK_SO = r"(?<![a-z]) (?P<so> (?P<hieu> so\s+hieu | k[iy]\s+hieu) | so | s) \s* :? \s* $"


def _searched(src: str) -> str:
    """The verbose source ``src`` of a pattern the passes *search* (or scan with ``finditer``) behind a look-ahead for the
    characters a match of it starts with (:func:`.starts.source_lead_chars`; ``src`` itself when they are not known). A
    pattern led by a look-behind or by optional words gives the engine no first character to skip to: it entered the
    whole pattern at every place of a window and failed there only after trying each of its first branches (the issuers'
    table, the review words); the look-ahead fails at most places in one class test. Only where the engine finds no
    prefix of its own: before a pattern led by a class or a literal the look-ahead hides that prefix and costs more
    (``trigger``, ``main_clause``, ``other_plan``). Dense text, the windows of one pass replayed alone: ``issuer`` in
    ``resolve._issuer_ending``'s windows 0.55 -> 0.43 ms, ``review_before`` 0.26 -> 0.15 ms, ``agent`` 0.21 -> 0.11 ms."""
    chars = source_lead_chars(src)
    return src if chars is None else f"{guard(chars)} {src}"


def _searched_pattern(src: str) -> re.Pattern:
    """:func:`_searched` compiled, verbose: the folded words relate.py searches in the 40 characters before a cue, each
    led by a look-behind or a comma ("Nghị quyết số 12 … là sự cụ thể hóa những nội dung … trong Nghị quyết Đại hội
    XIII", vocabulary ``predicate_lead``, :func:`.relate._anothers_cue`): the seven of them, replayed alone on dense
    text, 0.41 -> 0.32 ms a pass (``predicate_before`` 0.071 -> 0.053, ``praised_for`` 0.069 -> 0.051, ``and_years``
    0.079 -> 0.058); not ``committee_before`` (0.072 -> 0.071); ``retro``'s first characters are not known (None)."""
    return re.compile(_searched(src), X)


def _so_before_a_number(so: str, blank: str, word_end: str) -> str:
    """The guard before the words that end a name: "số" ends one before a number only. A body's name after "của" goes
    on past "thiểu số Việt Nam" (:meth:`_Builder._organ_after_date`), a law's name past "Dân số": "Căn cứ Pháp lệnh Dân
    số ngày 09 tháng 01 năm 2003" (the grounds of Nghị định 104/2003/NĐ-CP), once cut to "Pháp lệnh Dân"
    (:meth:`_Builder._law_stop`). ``so`` is "số" as the pattern spells it, ``word_end`` the end of a word and ``blank``
    a run of blanks there."""
    return rf"(?! {so} {word_end} (?! {blank} :? {blank} [0-9] ) )"


def _unmarked(phrase: str) -> str:
    """A phrase without its marks, its case kept: "Hội đồng" -> "Hoi dong", "HĐQT" -> "HDQT"."""
    return "".join(fold(c).upper() if c.isupper() else fold(c) for c in phrase)


def _name_pairs(lex: Lexicon) -> list[tuple[str, str]]:
    """Two words of a body's name (the issuer table's written forms, vocabulary ``organisation_kind``, ``organ_word``)
    without their marks, the first of which spells, so, a word that ends a name but is another word: ("co", "quan") of
    "Đảng ủy Khối các cơ quan" ("có" ends a name), ("thi", "xa") of "Ban Chấp hành Đảng bộ thị xã" ("thì")."""
    stops = {s for s in lex.words("organisation_stop") if " " not in s}
    bare = {fold(s) for s in stops}
    names = [w for w, _ in lex.issuer_rows] + [w for kinds in BODY_KIND_LISTS for w in lex.words(kinds)]
    pairs = set()
    for name in names:
        words = name.split()
        for a, b in zip(words, words[1:]):
            if fold(a) in bare and a.lower() not in stops and re.fullmatch(r"[a-z]+", fold(b)):
                pairs.add((fold(a), fold(b)))
    return sorted(pairs)


#: the most words a body's name after a date runs to (see :meth:`_Builder._organ_after_date`): no name runs so long
_NAME_MOST_WORDS = 16


@dataclass(frozen=True)
class NameWords:
    """The vocabulary of a body's name: the words that start one and those that end one."""

    kinds: tuple[str, ...]  # organisation_kind: a kind of organisation named in full ("Sở", "Học viện", "Ban")
    organs: tuple[str, ...]  # organ_word: a body's first word beside them ("Đảng bộ", "Hội đồng", "Công ty")
    stops: tuple[str, ...]  # organisation_stop: the words that end a name ("về", "ngày", "khóa", "ban hành")


#: what closes a line or a phrase after its last word: a mark, a line break, the text's end
_PHRASE_END = r"(?: [,.;:)] | \n | $ )"


def _year_closing(*more: str) -> str:
    """A bare year, 19xx or 20xx, closing a phrase (blanks, then :data:`_PHRASE_END`) or before one of ``more`` (regex
    sources): the one source of :data:`_YEAR_AT_END` and :data:`_YEAR_CLOSING`, which adds the lower-case words a
    sentence goes on with ("… Luật Đầu tư 2014 và các quy định pháp luật liên quan"). The blanks are :data:`HS` in both:
    the year after a law's name had ``[ \\t]``, the same on the text the patterns read (:func:`vanban.source.clean`
    makes a no-break space a space; gold and checklist byte-identical with either, session 47).

    >>> bool(re.match(_year_closing(), "2015;", re.X)), bool(re.match(_year_closing(), "2015 và", re.X))
    (True, False)
    """
    ahead = " | ".join([rf"{HS}* {_PHRASE_END}", *more])
    return rf"(?:19|20)[0-9]{{2}} (?= {ahead} )"


#: a bare year closing a line or a phrase, without its blanks before (see :data:`_LAW_YEAR`)
_YEAR_AT_END = _year_closing()
#: a bare year after a law's name, as portals list laws: "- 1Luật tổ chức chính quyền địa phương 2015"
_LAW_YEAR = rf"{HS}+ " + _YEAR_AT_END
#: a bare year that closes a name: at the phrase's end (:data:`_YEAR_AT_END`), or before the lower-case words the sentence
#: goes on with, "… sửa đổi, bổ sung Luật Nhập cảnh, …, Luật Đầu tư 2014 và các quy định pháp luật liên quan" (corpus-
#: real-38/news-vovworld-chinh-phu-ctrhd-nq08-du-lich.txt), "… không được đăng ký nghĩa vụ quân sự theo Điều 13 Luật Nghĩa
#: vụ quân sự 2015 như sau:" (corpus-real-43/article-thuvienphapluat-chi-tieu-tuyen-quan-thong-tu-148-2018.txt): the year
#: the name is known by (``Grammar.item`` group ``by``), no word of a law's name (``_Builder._named_law``); both labelled
#: with that year. Its reach, measured by reverting it: those two pages' dates (dev38 .967 -> .978, dev43 .990 -> 1.000)
#: and a year read on a third (dev11, whose labels give its laws none), no held-out page moves
_YEAR_CLOSING = _year_closing(rf"{HS}+ [{LOWER}]")
#: a bare year before a capitalised title, as legal portals title a document after its symbol: "Nghị quyết 26/NQ-CP 2020
#: Kế hoạch thực hiện Nghị quyết 36-NQ/TW …" (corpus-real-35/nq-26-nq-cp-2020-ke-hoach-thuc-hien-nghi-quyet-36-
#: thuvienphapluat.txt), "Quyết định 174/QĐ-TLĐ 2020 Điều lệ Công đoàn Việt Nam khóa XII" (corpus-real-59/doc-
#: thuvienphapluat-qd174-qd-tld-dieu-le-cong-doan-2020.txt): labelled with that year on five dev pages of five sets
#: (dev12, dev35, dev41, dev52, dev59), never otherwise; read after a symbol only (``Grammar.item`` group ``bt``)
_YEAR_BEFORE_TITLE = rf"(?:19|20)[0-9]{{2}} {HS}+ [{UPPER}]"
#: a date written without "ngày", with slashes, closing a line or a phrase: "Căn cứ Luật Ngân sách nhà nước 25/6/2015;"
#: (corpus-real-50/doc-thuvienphapluat-qd502-qd-ubnd-haiphong-vung-canh-tac-huu-co-2023.txt), "Căn cứ Luật Tổ chức chính
#: quyền địa phương⏎15/6/2015; Luật sửa đổi, …" (corpus-real-54/doc-thuvienphapluat-qd104-qd-ubnd-gialai-chuyen-doi-cay-
#: trong-2023.txt): read after a law's name only (``Grammar.item`` group ``bd``, the scan's ``items``). Its reach, measured
#: by reverting it: those two pages' dates (dev50 .987 -> 1.000, dev54 .976 -> .984), no other split moves
_BARE_DATE = rf"[0-9]{{1,2}} / [0-9]{{1,2}} / (?:19|20)[0-9]{{2}} (?![0-9]) (?= {HS}* {_PHRASE_END} )"
#: that date after a law's name, a blank or one line break between
_LAW_DATE = rf"(?: {HS}+ | {HS}* \n {HS}* ) {_BARE_DATE}"


def blanks_before(pieces: list[str], blanks: str) -> str:
    """``blanks`` (:data:`S0` or :data:`S1`) taken whole, a possessive repeat, when no match of ``pieces`` (regex
    sources, what may follow the blanks) can start with a character the separator takes: a shorter run would leave
    one first, where every piece fails, so the first match is the same, and the engine no longer tries each shorter
    run after a piece fails ("Chương trình số 12-CTr/TU": :attr:`Grammar.type_tail` looked for a qualifier,
    "hành động", after the type word's blank, and for "của" after it, each with every run of blanks it could take).
    ``blanks`` as given when a piece's first characters are not known or a separator may start it.

    >>> blanks_before(["(?:của|Của)"], S1) == S1 + "+", blanks_before(["[ ,]*ban"], S0) == S0
    (True, True)
    """
    chars = [source_lead_chars(p) for p in pieces]
    if any(c is None or any(_SEPARATOR.match(x) for x in c) for c in chars):
        return blanks
    return blanks + "+"


_SEPARATOR = re.compile(SP)  # (a character :data:`S0` takes)


class _Builder:
    """Builds the patterns of one lexicon and mode; each ``_name`` method is one pattern."""

    def __init__(self, lex: Lexicon, mode: str):
        self.lex = lex
        self.mode = mode
        self.ex = mode == "exact"
        if self.ex:
            self.L = rf"[A-Za-z{D_UP}{D_LO}ƯưƠơ]"  # a letter of a symbol
            self.UP = rf"[A-Z{D_UP}]"
            self.CAP = rf"[{UPPER}]"
        else:
            self.L = self.UP = self.CAP = r"[a-z]"

    def V(self, phrase: str, **kw) -> str:
        return vocab(phrase, self.mode, **kw)

    def A(self, phrases, **kw) -> str:
        return alternation(phrases, self.mode, **kw)

    def _qualifiers(self) -> list[str]:
        """The qualifiers of a type word, vocabulary ``type_qualifier`` but "số" (valued ``number``): "hành động" of
        "Chương trình hành động số 12-CTr/TU", "liên tịch", "liên ngành", "chuyên đề"."""
        return [w for w, v in self.lex.pairs("type_qualifier") if v != "number"]

    def _plural(self, *kinds: str) -> tuple[str, ...]:
        """The words of vocabulary ``plural_marker`` of those kinds: ``_plural("plural")`` -> ("các", "những")."""
        return tuple(w for w, v in self.lex.pairs("plural_marker") if v in kinds)

    def _central(self, *kinds: str) -> tuple[str, ...]:
        """The Central Committee's spellings of those kinds, vocabulary ``central_name`` of the caller's lexicon (full: the
        party's "Trung ương Đảng", name: "Trung ương", abbreviation: "TW", "T.Ư", plenum: "TƯ", in a plenum's short name
        only): ``_central("name", "abbreviation")`` -> ("Trung ương", "TW", "T.Ư"), as "Nghị quyết T.Ư 4, khóa XI, khóa
        XII" writes it (corpus-real-19/provincial-vietnam24h-bentre-nq-tw4-ct-05-ct-tw-quydinh-neguong-2020.txt)."""
        return tuple(w for w, v in self.lex.pairs("central_name") if v in kinds)

    def _number_stops(self, *values: str) -> tuple[str, ...]:
        """The words that end a body's name before a number only, vocabulary ``organisation_stop`` of those values
        (before_number: "số", "ngày", marked or not; unmarked_before_number: "năm", without its marks only):
        ``_number_stops("before_number")`` -> ("ngày", "số")."""
        return tuple(w for w, v in self.lex.pairs("organisation_stop") if v in values)

    def _articles(self) -> str:
        """The plural articles (vocabulary ``plural_marker``, value ``plural``) as a folded alternation: "nhung|cac"."""
        return folded_alternation(self._plural("plural"))

    def build(self) -> Grammar:
        self._shared()
        named, named_law = self._named()
        return Grammar(
            mode=self.mode,
            abbreviations=frozenset(self._abbreviations()),
            **self._anchors(),
            followed_by_issuer=re.compile(rf"{S0} ,? {S0} {self.V('của')} {S0} {self.issuer.replace('(?P<', '(?P<fb_')}", X),
            title=self._title(),
            generic_title=self._generic_title(),
            not_a_title_before=self._not_a_title_before(),
            not_a_title_ends=self._not_a_title_ends(),
            in_a_list_before=self._in_a_list_before(),
            title_label=self._title_label(),
            full_text=self._full_text(),
            proposed_change=self._proposed_change(),
            others_change=self._others_change(),
            changed_by=self._changed_by(),
            signer_title=self._signer_title(),
            **self._papers(),
            alias_before=self._alias_before(),
            topic_before=self._topic_before(),
            locality=re.compile(rf"(?: {self.loc} )", X),
            code_anchor=self._code_anchor(),
            code=re.compile(self.code, X),
            type_tail=self._type_tail(),
            item=self._item(),
            **self._plenums(),
            state_head=re.compile(rf"{S1} (?P<o2> {self.A(self.lex.words('state_head'))} ) (?!\w)", X),
            organ_after_date=self._organ_after_date(),
            issuer=re.compile(_searched(self.issuer), X),  # (item, followed_by_issuer: matched after "của", no look-ahead)
            this=re.compile(rf"{S1} (?P<this> {self.A(self.lex.words('this_word'))} )", X),  # "Chỉ thị lần này" (vocabulary)
            named=named,
            named_law=named_law,
            descriptive=self._descriptive(),
            short_ok=self._short_ok(),
            subject=self._subject(),
            **self._aliases(),
            lookback=self._lookback(),
            lookback_so=re.compile(_searched(_LOOKBACK_SO), X),
            **self._agents(),
            trigger=self._trigger(),
            chain_gap=self._chain_gap(),
            review_start=re.compile(rf"{self.review} \b", X),
            **self._reviews(),
            committee_before=self._committee_before(),
            and_years=_searched_pattern(rf"(?: , | (?<![a-z]) va ) \s+ {self.count} \s+ (?: nam | thang ) \s* $"),
            meeting_named=self._meeting_named(),
            **self._weighed(),
            retro=self._retro(),
            object_verb_before=self._object_verb_before(),
            terminator=self._terminator(),
            main_clause=self._main_clause(),
            past_act=self._past_act(),
            **self._passives(),
            **self._owns(),
            **self._scan_words(),
            **self._relate_words(),
            **self._clause_words(),
        )

    # --- pieces several patterns share ----------------------------------------------------

    def _shared(self) -> None:
        ex = self.ex
        # (what follows a number in a symbol or list is never a digit: fewer digits are not tried); a letter after the
        # digits numbers a document inserted after another in the register, before the symbol's separator: "Nghị quyết
        # 4a/NQ-BCH" (corpus-real-10/news-tld-tongket-nq4a-quyche-danchu.txt), "Quyết định số 12a/QĐ-UBND"
        self.num = r"[0-9]{1,5}(?![0-9]) (?: [a-zA-Z] (?= [/\-\u2010-\u2015\u2212] ) )?"
        # "số" that lost its "ố", before a symbol only: "Luật các tổ chức tín dụng s 47/2010/QH12", "Căn cứPháp lệnh ngoại
        # hi s 28/2005/PL-UBTVQH11" (corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-luatminhkhue.txt)
        # (an alternative, "| s", in exact mode only: a pattern's guard reads its first characters, and "(?!)" has none)
        # (or at a line's end, the symbol on the next line: "Luật Đường sắt s⏎06/2017/QH14", "Luật Xuất bản s⏎19/2012/QH13",
        # corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-2018.txt)
        lost = rf"""(?<![^\W\d_]) [sS] (?= (?: {HS}+ | {HS}* \n {HS}* ) [0-9]{{1,5}} [a-zA-Z]? (?: / (?:19|20)[0-9]{{2}} )?
            [/\-] [0-9A-ZĐ] )"""
        self.so_lost = lost if ex else None
        self.or_so_lost = f" | {lost}" if ex else ""
        self.so = (
            rf"(?: {self.A(['số', 'Số hiệu'], boundary=False)} {HS}* :? | {self.V('số', boundary=False)} (?=[0-9])"
            rf"{self.or_so_lost} )"
        )
        dmy = rf"[0-9]{{1,2}} {HS}? [/.\-] {HS}? [0-9]{{1,2}} {HS}? [/.\-] {HS}? (?:19|20)[0-9]{{2}} (?![0-9])"
        # between numbers, "nam" is "năm" (OCR), and so are "nm" and "thng" without their lost letter (partial-letters)
        year_word = f"(?:{word_exact('năm', ocr=True)}|(?-i:[Nn]m|NM))" if ex else self.V("năm")
        month_word = rf"(?: {self.V('tháng')} | (?-i: [Tt]hng | THNG ) )" if ex else self.V("tháng")
        dwords = (
            rf"[0-9]{{1,2}} {S0} {month_word} {S0} [0-9]{{1,2}} {S0} ,? {S0} "  # glued: "tháng8", "8NĂM", "năm2022"
            rf"{year_word} {S0} (?:19|20)[0-9]{{2}} (?![0-9])"
        )
        self.date = rf"(?: {dmy} | {dwords} )"  # 20/11/2020, 20-11-2020, 20 tháng 11 năm 2020
        self.roman = r"(?: [IVXLC]{1,6} | [0-9]{1,2} ) (?!\w)" if ex else r"(?: [ivxlc]{1,6} | [0-9]{1,2} ) (?!\w)"
        self.units = self.A(self.lex.words("unit"), boundary=False)
        # the review cues and the counts of "sơ kết 5 năm", on folded text
        self.review = _folded_alternation(self.lex.words("review_cue"), lossy=False)
        self.count = f"(?: [0-9]+ | {_folded_alternation(self.lex.words('count_word'), lossy=False)} )"
        self.ordinals = [w for w, _ in self.lex.pairs("ordinal")]
        # the Central Committee a plenum is of, as pages write it: "… của Hội nghị lần thứ VI Ban Chấp hành TW  khóa XII"
        # (corpus-real-15/qd-5556-qd-byt-suydinhduong-nq20-tw-nq88-qh14-2021-damaged.txt)
        committees, centre = ("Ban Chấp hành", "BCH"), self._central("full", "name", "abbreviation")
        self.central_committee = [f"{b} {t}" for b in committees for t in centre]
        # a plenum's ordinal, in words, figures or a Roman numeral ("Hội nghị lần thứ VI"), or two plenums' figures: "Nghị
        # quyết Hội nghị lần thứ 12, 13 của Ban chấp hành Trung ương Đảng khóa XI" (corpus-real-15/dangbo-bvdk-tw-
        # thainguyen-quantriet-nq-hn12-13-xi-nq-daihoi-xix-2015.txt); the caller writes the boundary after it. (Without
        # diacritics a second Roman numeral is no plenum's: ", vi" is "vì".)
        numeral = r"(?: [0-9]{1,2} | [IVXL]{1,6} )" if ex else r"(?: [0-9]{1,2} | [ivxl]{1,6} )"
        ords = self.A(self.ordinals, boundary=False)
        more = numeral if ex else r"[0-9]{1,2}"
        self.plenum_ordinals = rf"(?: {numeral} | {ords} ) (?: {HS}* , {HS}* {more} )*"
        self.code = self._code()
        self._locality()
        self.issuer = self._issuer()

    def _code(self) -> str:
        L, UP = self.L, self.UP
        LD = rf"(?: {L} | \.(?={L}) )"
        UPD = rf"(?: [{UPPER}{D_UP}] | \.(?=[{UPPER}{D_UP}]) )" if self.ex else r"(?!)"  # an organ in capitals
        # a party organ in capitals glued to a word ("57-NQ/TWnhư sau", in each way of writing the separators: "57/NQ/TWnhư",
        # "57 NQ/TWnhư", "57-NQ-TWnhư") or to a footnote's mark ("30-CT/TW1", "30/CT/TW1": see the end below)
        glued_organ = rf"{UPD}{{1,14}} (?= [{LOWER}]{{2}} | [0-9]{{1,2}} (?![\w/]) )" if self.ex else r"(?!)"
        # on folded text no capitals tell the organ from a glued word: the shortest organ a short word follows
        folded_glued = "" if self.ex else rf"{LD}{{1,14}}? {GLUE_AHEAD_FOLDED} |"
        CS = rf"{HS}* (?: \n {HS}* )?"  # spaces inside a symbol, at most one line break
        part = rf"(?: {L} | [0-9&] | \.(?={L}) )"
        glued = rf"(?: {GLUE_WORDS if self.ex else GLUE_WORDS_FOLDED} )"
        # the year's slash lost or spaced ("Thông tư 31/2013TT-BGDĐT", "Quyết định số 44/2007 QĐ-BGDĐT",
        # corpus-real-10/dhyd-thainguyen-cancu-tt31-2013-qd44-2007.txt): only before a type and its organ
        damaged_year = rf"(?: 19 | 20 ) [0-9]{{2}} {HS}* (?= {UP} {part}{{0,5}} {DASH} {UP} )"
        spaced, spaced_organ = self._spaced_dash(CS, part)
        # a state organ glued to the next word or year (exact mode): it ends before two lower-case letters ("Nghị định
        # 34/2016/NĐ-CPquy định chi tiết", "Kế hoạch số 98/KH-UBNDnhư sau:") or a year ("Quyết định 2895/QĐ-UBND2017 công
        # bố"); the Prime Minister's and a proposal's own lower-case letter stay ("Quyết định số 1719/QĐ-TTgphê duyệt")
        organ, glued_state_end = part, ""
        organ_letter = rf"[{UPPER}{D_UP}]" if self.ex else "[a-z]"  # (folded text has no capitals)
        if self.ex:
            year_ahead = r"(?:19|20)[0-9]{2}(?![0-9])"
            organ = rf"(?: (?! (?<= [{UPPER}{D_UP}] ) {year_ahead} ) {part} (?<! [{LOWER}]{{2}} ) )"
            glued_state_end = rf"| (?<= TT[gr] ) (?= [{LOWER}]{{2}} ) | (?<= [{UPPER}{D_UP}] ) (?= {year_ahead} )"
        return rf"""
            (?P<code> {self.num} (?:
                  # 93-KL/TW, 100 - KL/TW, 03-CT/T.Ư; the organ in capitals glued to a word: "57-NQ/TWnhư sau"
                  {CS} {DASH} {CS} {L}{{1,6}} {CS} / {CS} (?: {glued_organ} | {folded_glued} {LD}{{1,14}} )
                  (?: {DASH} {L}{{1,8}} )?
                # 107-KH-ĐUK; "Quán triệt Chỉ thị số 05-CT/T.Ư" with hyphens only, the organ glued to a word as above;
                # blanks beside the second hyphen before an organ in capitals as beside a state dash above ("Công văn số
                # 571-CV - ĐUB ngày 10/4/2023": corpus-real/danguy-naem-kh-107-duk-2023.txt with its hyphen spaced)
                | {CS} {DASH} {CS} {L}{{1,6}} (?: {DASH} | {spaced} (?= {UPD}{{2}} ) )
                  (?: {glued_organ} | {folded_glued} {LD}{{1,8}} )
                | {CS} / {CS} {UP}{L}{{0,5}} / (?: {glued_organ} | {folded_glued} {LD}{{2,14}} (?= [^\w/] | $ ) )  # 29/NQ/TW
                | {CS} / {CS} {self._loose_central()}                                            # 32/kl TW, 29/nq-tw
                # state order: 30/2020/NĐ-CP; joint codes 19/2008/NQLT/CP-UBTUMTTQVN
                | {CS} / {CS} (?: [0-9]{{4}} {CS} / {CS} | {damaged_year} )? {UP} {part}* (?: {DASH} {organ}+ {spaced_organ} )*
                  (?: / {UP} {part}* (?: {DASH} {organ}+ )* )?
                | {L}{{2,5}} / {LD}{{2,14}}                                                     # 37QĐ/TW
                # 298 KH/TWĐTN (space for hyphen), with the organ's own part as after a hyphen: 183 KH/TWĐTN-TNNT
                | {HS}+ {UP}{L}{{0,5}} / (?: {glued_organ} | {UP}{LD}{{1,13}} (?: {DASH} {L}{{1,8}} )? )
            ) ) (?: (?![\w/]) | (?= {glued} (?: (?![^\W\d_]) | [{UPPER}{D_UP}] ) )            # "47-QĐ/TWngày", "TWcủaBan"
                  | (?<= [{UPPER}{D_UP}] ) (?= [{LOWER}]{{2}} )                                   # "42-KL/TWtrong 10 năm"
                  # a footnote's mark glued to a party organ (no organ ends in a digit): "tiếp tục thực hiện Chỉ thị số
                  # 30-CT/TW1, Pháp lệnh số …" (corpus-real-8/ubnd-xa-baisay-hungyen-tt-nq49-tu-dcco-so-2024.txt)
                  | (?<= {organ_letter}{{2}} ) (?= [0-9]{{1,2}} (?![\w/]) )
                  {glued_state_end} )
        """

    def _spaced_dash(self, cs: str, part: str) -> tuple[str, str]:
        """Blanks beside a symbol's dash: the spaced dash before an organ (the caller asks the organ's capitals ahead), and
        the alternative of a state symbol's spaced organ (exact mode; empty on folded text)."""
        # blanks beside a state symbol's dash, as copied pages write a symbol's separators; only an organ in capitals after
        # it. A blank after the dash or on both sides: "Tờ trình số 164/TTr- SKHCN" (corpus-real-10/kh-186-kh-ubnd-2025-
        # bacninh-chinhquyenso.txt), "Thông tư số 23/2012/TT - BCA" (corpus-real-14/kh-166-kh-ubnd-haiduong-lang-antoan-
        # tt23-bca-2021.txt), "2850/QĐ- BVHTTDL" (corpus-real-16 NOTES.md), "Nghị Quyết số 819/NQ – UVBTVQH 14" with the
        # Assembly's term (corpus-real-8/hu-ductho-hatinh-congbo-nq819-sapnhap-2020.txt), the Prime Minister's organ with
        # its lower-case letter ("QĐ - TTg"), a line break after the dash as a PDF line ends ("571-CV -⏎ĐUB"; not before
        # it: a line led by a dash is a list's item). A blank before the dash only, as before a symbol's other separators
        # ("28 -CT/TU", "85/2012 /NĐ-CP": corpus-real-16 and -17 NOTES.md): "Nghị định số 07/2021/NĐ -CP", an organ wholly
        # in capitals (no dev page writes this form; read with "TTg" too, "QĐ -TTg", it found one more held-out reference,
        # whose relation vanban misses however it is written, and the held-out relation mean fell: session 19)
        after = rf"{HS}* {DASH} (?= [ \t\u00a0\n] ) {cs}"
        before = rf"{HS}+ {DASH}"
        caps, organ_end = rf"[{UPPER}{D_UP}]{{2,}}", rf"[0-9]* (?: {HS} [0-9]{{2}} )? (?![\w/])"
        # (or, after a blank, a unit's letter and number, as police and procuracy symbols end: "Hướng dẫn số 07/HD- BCA-
        # V28, ngày 14- 5- 2013", corpus-real-38/excerpt-123docz-dang-uy-cong-an-van-dong-quan-chung-bao-ve-an-ninh.txt,
        # labelled 07/HD-BCA-V28 as "05/CT- BCA-V28" beside it; "Số: 04/HD-VKSTC- V4", corpus-real-25)
        unit = rf"[{UPPER}{D_UP}] [0-9]{{1,3}} (?![\w/])"
        spaced_organ = (
            rf"| (?: {after} (?= {caps} [{LOWER}]? {organ_end} | {unit} ) | {before} (?= {caps} {organ_end} ) ) {part}+"
            rf" (?: (?<= QH ) {HS} [0-9]{{2}} (?![\w/]) )?"
        )
        return rf"(?: {after} | {before} )", spaced_organ if self.ex else ""

    def _loose_central(self) -> str:
        """A central party symbol after its slash written loosely: in any case, with a space or a
        hyphen before the organ ("quán triệt nghị quyết TƯ 7 khóa XII và kết luận 32/kl TW").
        Only a party type abbreviation and the central organ are accepted, so that a state code
        ("32/KL" of nothing) or a date never reads as one."""
        abbrs = {a for t in self.lex.doc_types for a in t.party_abbrs}
        if self.ex:
            alt = folded_alternation(abbrs, r"\ ", re.escape)
            return rf"(?i: (?: {alt} ) (?: {HS}+ | {DASH} ) (?: TW | T\.?Ư ) )"
        alt = folded_alternation({fold_key(a) for a in abbrs}, r"\ ", re.escape)
        return rf"(?: {alt} ) (?: {HS}+ | {DASH} ) tw"

    def _locality(self) -> None:
        """``self.loc``: what may follow an issuer's head as its locality ("Tỉnh ủy Gia Lai",
        "Ủy ban nhân dân tỉnh Sơn La"); ``self.proper``: a place name."""
        units, HS_ = self.units, HS
        if self.ex:
            stop_words = list(self.lex.words("loc_stop"))
            inner_ok = set(self.lex.words("loc_inner_ok"))
            # a name's letters stop before a short word glued to it ("Thành ủy Hà Nộivề tổ chức", "ĐHQGHNvề")
            letters = rf"(?: (?! (?: {GLUE_WORDS} ) (?!\w) ) \w | \.(?=\w) )*"
            # (a name's word is never followed by a slash: "của Liên đoàn Lao động thành phố Nha Trang V/v hướng dẫn …",
            # corpus-real-12/cdcs-mn-phuongson-nhatrang-daihoi-hd11-ld-2022.txt)
            capword = rf"{self._stops(stop_words)} {self.CAP} {letters} (?!/)"
            inner = rf"{self._stops([w for w in stop_words if w not in inner_ok])} {self.CAP} {letters} (?!/)"
            self.proper = (
                # "Phú Thiện", "3" (Quận 3), its number glued to a short word as a name's letters may be ("Quận 3về")
                rf"(?: {capword} | [0-9]{{1,2}} (?: (?!\w) | (?= (?: {GLUE_WORDS} ) (?!\w) ) ) )"
                # more words, "Bà Rịa - Vũng Tàu"; "Trung ương" with its lower-case syllable ("Ban Thường vụ Đảng ủy các cơ
                # quan Đảng Trung ương đã khẩn trương ban hành Kế hoạch số 08", corpus-real/news-kimbang-ct45-2025.txt)
                rf"(?: {HS_}+ (?: {inner} | [0-9]{{1,2}} (?![\w/]) ) | {HS_}* - {HS_}* {inner}"
                rf" | (?<=Trung) {HS_}+ ương (?: (?!\w) | (?= (?: {GLUE_WORDS} ) (?!\w) ) ) ){{0,5}}"
            )
            lower_stop = self.A(self.lex.words("locality_stop"), boundary=False)
            lower_word = rf"(?! {lower_stop} (?!\w) ) [{LOWER}]+"
            glued = rf"(?: {HS_}+ | (?<=[{LOWER}]) (?=[{UPPER}]) )"  # "Tỉnh ủyBà Rịa - Vũng Tàu", "tỉnhQuảng Ngãi"
            # "Ủy ban nhân dântỉnh Hòa Bình", "UBNDhuyện"
            unit_glued = rf"(?: {HS_}+ | (?<=[{LOWER}]) (?= {units} ) | (?<=[{UPPER}][{UPPER}]) (?= {units} ) )"
            loc = (
                rf"{unit_glued} {units} (?! {HS_}* [{UPPER}0-9] )"  # "Ủy ban nhân dân Thành phố", "Huyện ủy huyện" (no name)
                rf" | (?: {unit_glued} {units} )? {glued} {self.proper}"  # "tỉnh Gia Lai", " Gia Lai"
                # the unit alone before a capital word that opens a clause, no name (tried last, after a name failed):
                # "của HĐND tỉnh Khóa XIII kỳ họp thứ 17" (corpus-real-29/qd-1119-qd-ubnd-2023-kehoach-sudungdat-ducpho-
                # quangngai-hethongphapluat.txt)
                rf" | {unit_glued} {units} (?= {HS_}+ (?: {self._stop_trie(stop_words)} ) )"
            )
            self.unit_tail = rf"(?: {HS_}+ {lower_word} ){{1,4}} {HS_}+ {self.proper}"  # "Hội Nông dân tỉnh Gia Lai"
        else:
            no_stop = self._folded_stops()
            # a word of a name ends before a short word glued to it ("Tinh uy Lang Sonve dai hoi", "UBND huyenve"):
            # no syllable goes on after its end with one of them (each starts with a consonant and a vowel)
            glue_after = rf"(?: (?![a-z]) | {GLUE_AHEAD_FOLDED} )"
            word = rf"(?: [a-z]+? {GLUE_AHEAD_FOLDED} | [a-z]+ ) (?!/)"  # (no slash after a name's word: "Nha Trang V/v")
            self.proper = (
                rf"(?: {no_stop} {word} (?: (?: \ | \ ?-\ ? ) {no_stop} {word} ){{0,3}}"  # "ba ria - vung tau"
                # a number, as in exact text ("Kế hoạch số 221-KH/QU ngày 12 tháng 11 năm 2019 của Ban Thường vụ Quận ủy Quận 3
                # về tổ chức Đại hội", corpus-real/quan3-hcm-kh-221-qu-kh-65-du-2019.txt); the whole name, nothing after it
                r" | [0-9]{1,2} (?![\w/]) )"
            )
            # "tinh quang tri"; a unit alone before a stop word: "cua UBND huyen ve trien khai"
            # (a unit is a whole word: "xa" in "xay dung" is none)
            loc = rf"{HS_}+ {units} {HS_}+ {self.proper} | {HS_}+ {units} {glue_after} (?! {HS_}+ {no_stop} [a-z] )"
            self.unit_tail = rf"{HS_}+ {units} {HS_}+ {self.proper}"
        heads = self.lex.written_forms
        # (the state offices of vocabulary organisation_kind valued state_office: "Bộ", "Sở", "Cục", "Tổng cục")
        offices = tuple(w + " " for w, v in self.lex.pairs("organisation_kind") if v == "state_office")
        # (none: nothing may follow as a place; an empty alternation would match everywhere, a body written here instead
        # of none was a fact in code)
        forms = [f for f in heads if f.startswith(offices)]
        state_units = self.A(forms, boundary=False) if forms else "(?!)"
        self.loc = rf"{HS_}+ {state_units} | {loc}"  # "Ủy ban nhân dân tỉnh" + "Sở Nội vụ"

    def _folded_stops(self) -> str:
        """A look-ahead refusing, in text without diacritics, a word that stops a locality and is no syllable
        of a province or district name: "Can cu Ke hoach so 98/KH-UBND ngay 20/7/2021 cua UBND huyen ve trien
        khai" ends at "huyen"; "Da" (Đà Nẵng) and "Nam" (Quảng Nam) go on."""
        stops = sorted(folded_locality_stops(self.lex), key=lambda w: (-len(w), w))
        return "(?! (?: " + " | ".join(re.escape(w) for w in stops) + r" ) (?![a-z]) )"

    def _stops(self, words: list[str]) -> str:
        """A look-ahead refusing a word (or phrase) of ``words``, in its spelling or in capitals."""
        # grouped by their letters (trie): tried after every word of a name ("Tỉnh ủy Gia Lai về …"), a
        # hundred words one by one cost more than the rest of the issuer; a look-ahead asks only whether one matches
        return "(?!" + self._stop_trie(words) + ")"

    @staticmethod
    def _stop_trie(words: list[str]) -> str:
        """A word (or phrase) of ``words``, in its spelling or in capitals, as one trie."""
        alts = [
            re.escape(w).replace(r"\ ", HS + "+") + (r"(?!\w)" if not w[-1].isdigit() else "")
            for w in words + [x.upper() for x in words]
        ]
        return trie(alts)

    def _issuer(self) -> str:
        A, V = self.A, self.V
        self.head_alt = A(self.lex.written_forms, before=GLUED_BEFORE_CAPS, folded_glue=True)
        bch = A(self.central_committee, boundary=False)
        ords = A(self.ordinals, boundary=False)
        ends = rf"(?: (?!\w) | (?= [{UPPER}{D_UP}] ) )"  # "Hội nghị lần thứ támBan Chấp hành Trung ương"
        centre = A(self._central("name", "abbreviation"), boundary=False)
        plenum = rf"""
            {V("Hội nghị", boundary=False)} {S1} (?:
                  {V("lần thứ", boundary=False)} {S1} {self.plenum_ordinals} {ends}           # Hội nghị lần thứ tám
                # Hội nghị Trung ương 4
                | {centre} {S0} (?: [0-9]{{1,2}} | {ords} ) {ends}
                # Hội nghị Trung ương lần thứ bảy: "Tiếp đó, ngày 05/8/2008, Hội nghị Trung ương lần thứ bảy, khóa X đã thông
                # qua Nghị quyết số 26-NQ/TW" (corpus-real-14/blog-truyenhinhcapsongthu-tieuchi-ntm-nq26-tw-nq24-cp.txt)
                | {centre} (?: {S1} {V("Đảng", boundary=False)} )? {S1}
                  {V("lần thứ", boundary=False)} {S1} {self.plenum_ordinals} {ends}
            ) (?: {S0} ,? {S0} {bch} )?
        """
        self.plenum = plenum
        self.central_heads = A(self.lex.words("central_head"))
        position = A(self.lex.words("position"), boundary=False)
        # a congress up to its ordinal: "của Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I"
        ordv = rf"(?: [0-9]{{1,2}} (?!\w) | {ords} )"
        congress = rf"{V('Đại hội', boundary=False)} {self._congress_to_ordinal(ordv)}"
        return rf"""
            # a plenum, a known body or a named organisation, each after the title of its head: "Bộ trưởng Bộ Nội vụ",
            # "Xét đề nghị … của Giám đốc Sở Nội vụ tại Tờ trình số 2144/TTr-SNV" (corpus-real-2/qd-42-2013-…-kontum-…)
            # (not the second word of "Đảng bộ": "Riêng Đảng bộ Công an tỉnh đã xây dựng kế hoạch …" names no ministry,
            # corpus-real/news-baohaiduong-ct35-2019.txt)
            (?<! [DdĐđ][aả]ng[ ] )
            (?P<head> {plenum} | {congress} | {self._joint_ministries()} | {self._party_of_organisation()}
                | (?: {position} {S1} )? (?: {self.head_alt} | {self._organisation()} ) )
            (?P<loc> {self.loc} | {self.unit_tail} )?                      # its locality
            (?: {self._after_a_central_head()} {S0} , {S0} (?P<joint> {self.central_heads} ) )?  # "Bộ Chính trị, Ban Bí thư"
        """

    def _party_of_organisation(self) -> str:
        """The party organisation or committee of a named organisation, the organisation's name in full (exact mode
        only): "Kế hoạch tổ chức đại hội đảng các cấp của Đảng bộ Trường Đại học Kinh tế" (corpus-real/dangbo-dhkt-
        dhqghn-ct37-2010.txt). The prefix is a vocabulary row (``party_of_organisation``), the organisation a name
        :meth:`_organisation` reads (a kind and its words, "Trường Đại học Kinh tế"); tried before the issuer table,
        whose "Đảng ủy" row would take the name's first capitalised words as a place ("Đảng ủy Trường Đại")."""
        if not self.ex:
            return r"(?!)"
        prefixes = self.A(self.lex.words("party_of_organisation"), boundary=False)
        return rf"{prefixes} {HS}+ {self._organisation()}"

    def _joint_ministries(self) -> str:
        """Ministries that issue one circular together, named as one issuer with a dash between them (exact mode only):
        "liên Bộ" and the ministries' names ("thông tư số 44-TT/LB ngày 26-11-1970 của liên Bộ Y tế - Nội vụ",
        corpus-real-23/ministry-tt-18-byt-tt-1979-giamdinh-ykhoa-hethongphapluat.txt), or each ministry with its "Bộ"
        ("Thông tư Liên tịch số 02/2009/TTLT-BNG-BNV ngày 27 tháng 5 năm 2009 của Bộ Ngoại giao - Bộ Nội vụ",
        corpus-real-23/qd-05-2010-qd-ubnd-angiang-quydinh-so-ngoaivu-thuviennhadat.txt): spelled as written. A name is a
        capitalised word and one more, or two such joined by "và" ("Thương binh và xã hội"); a single ministry whose
        name holds a dash ("Bộ Lao động - Thương binh và Xã hội") is no joint issuer: the part after the dash has no
        "Bộ" of its own."""
        if not self.ex:
            return r"(?!)"
        # (atomic: a name given back a word or a letter is followed by a letter or by blanks and a word, never by the
        # dash the next part needs, and the whole ends where its last name taken whole does; taken whole or not at all,
        # a name stops the backtracking at every "Bộ Chính trị" with no dash after it)
        word = rf"(?: {HS}+ \w+ )?"
        # (``item``: a name of the list after "liên Bộ:", see below)
        # (a name written without its dash runs to a second capitalised word before its "và": "Thông tư liên tịch số
        # 115/TTLT-BTC-BLĐTBXH ngày 18/7/2012 của liên Bộ: Lao động Thương binh và Xã hội - Tài chính" (corpus-real-53/
        # doc-vanbanphapluat-kh208-kh-ubnd-hanoi-nguoi-tam-than-2014.txt), "của Bộ Tài chính - Bộ Lao động Thương binh
        # và Xã hội" (corpus-real-61/doc-thuviennhadat-qd40-2015-qd-ubnd-ninhthuan-hoc-nghe-lao-dong-nong-thon.txt); the
        # word after "và" is no next ministry's "Bộ", see ``joined`` below)
        second = rf"(?: {HS}+ [{UPPER}]\w* {word} (?= {HS}+ và (?!\w) ) )?"
        name, item = (
            rf"(?> [{UPPER}]\w* {word} {second} (?: {HS}+ và {HS}+ (?! Bộ (?!\w) ) \w+ {word} {third} )? )"
            for third in ("", rf"(?: {HS}+ [{UPPER}]\w* {word} (?= {HS}* [,\-–] ) )?")
        )
        dash = rf"{HS}+ [-–] {HS}+"
        # (after "liên Bộ" the next ministry may follow "và" with its own "Bộ": "Thông tư liên tịch số 128/2012/TTLT-BTC-
        # BLĐTBXH ngày 09 tháng 8 năm 2012 của liên Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội", the same page)
        joined = rf"{HS}+ và {HS}+ Bộ {HS}+"
        # (after "liên Bộ" the next ministry may follow a comma with its own "Bộ": "Thông tư Liên tịch số
        # 148/2014/TTLT-BTC-BLĐTBXH ngày 08/10/2014 của Liên Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội",
        # corpus-real-28/qd-49-2015-qd-ubnd-cainghien-matuy-binhthuan-hethongphapluat.txt)
        # (after "liên Bộ:" a list of ministries' names, a dash or a comma between them, none with its own "Bộ": "Căn cứ
        # Thông tư số 144/2002/TTLT-BNNPTNT-BCA-BQP của liên Bộ: Nông nghiệp và PTNT - Công an - Quốc phòng, ngày
        # 06/12/2002" (corpus-real-40/doc-123docz-qd22-2011-qd-ubnd-hanoi-phong-chay-chua-chay-rung.txt), "Thông tư liên
        # tịch số 24/2012/TTLT-BLĐTBXH-BNV-BTC ngày 22/10/2012 của liên Bộ: Lao động - Thương binh và Xã hội, Nội vụ, Tài
        # chính" (corpus-real-18/qd-3970-2013-qd-ubnd-dongnai-doi-ctxh-tinhnguyen-thuviennhadat.txt); the colon opens the
        # list: without it a comma and a capital may start the next clause's subject)
        # (in that list a dash may stand between two words with no blank, and a name after "và" may run to a third,
        # capitalised word when the list goes on after it: "Thông tư Liên tịch số 30/TTLT-BLĐTBXH-BNV-BNN&PTNT-BCT-BTTTT
        # ngày 12/12/2012 của Liên Bộ: Lao động-Thương binh và Xã hội, Nội vụ, Nông nghiệp và Phát triển Nông thôn, Công
        # thương, Thông tin và Truyền thông hướng dẫn trách nhiệm …", corpus-real-49/doc-hethongphapluat-qd3879-qd-ubnd-
        # quangbinh-dao-tao-nghe-lao-dong-nong-thon-2016.txt; the last name is not run on by it)
        listed = rf"[Ll]iên {HS}+ Bộ {HS}* : {HS}* {item} (?: (?: {HS}* [-–] {HS}* | {HS}* , {HS}+ ) {item} )+"
        return rf"""(?: {listed} | [Ll]iên {HS}+ Bộ {HS}+ {name} (?: (?: {dash} | {HS}* , {HS}+ Bộ {HS}+ | {joined} ) {name} )+
                      | Bộ {HS}+ {name} (?: {dash} Bộ {HS}+ {name} )+ ) (?!\w)"""

    def _plenums(self) -> dict[str, re.Pattern]:
        """The plenum that adopted a document, tried where its items end (not as an item: an alternative more in ``item``
        cost every item 15%): after "tại", "Kết luận số 21-KL/TW tại Hội nghị lần thứ 4, Ban Chấp hành Trung ương Đảng khóa
        XIII"; in apposition, see :meth:`_comma_plenum`."""
        return dict(
            at_plenum=re.compile(rf"{S0} ,? {S0} {self.V('tại')} {S1} (?P<o2> {self.plenum} ) (?!\w)", X),
            comma_plenum=self._comma_plenum(),
        )

    def _comma_plenum(self) -> re.Pattern:
        """A plenum of the Central Committee in apposition after a comma, named with its committee: "Nghị quyết số
        42-NQ/TW ngày 24/11/2023, Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII về …" (corpus-real-14/
        news-baomoi-mttq-tw-hdtv-vanhoa-xahoi-nq43-nq42-2024.txt; in capitals in a title, corpus-real-13/qd-1141-qd-ubnd-
        sonla-ctrhd-nq68-cp-nq42-tw-2024.txt). The committee is asked for: "Nghị quyết Trung ương 4, Hội nghị Trung ương
        5 (khóa XII)" lists two resolutions."""
        V = self.V
        bch = self.A(self.central_committee, boundary=False)
        return re.compile(
            rf"""{HS}* , {S0} (?P<o2> {V("Hội nghị", boundary=False)} {S1} {V("lần thứ", boundary=False)} {S1}
            {self.plenum_ordinals} {S0} ,? {S0} {bch} ) (?!\w)""",
            X,
        )

    def _after_a_central_head(self) -> str:
        """A look-behind: the issuer before ends as a central head does (the last word of one, vocabulary ``central_head``,
        or of a spelling of the Central Committee a head or a plenum ends with, ``central_name``: "Ban Chấp hành T.Ư Đảng,
        Bộ Chính trị, Ban Bí thư", corpus-real-41/news-thanhnien-sua-quy-dinh-89-214-124-tieu-chuan-chuc-danh-2025.txt),
        so that a joint issuer joins two of them ("Bộ Chính trị, Ban Bí thư"), not an organisation and the subject of the
        next clause ("Trên cơ sở nghiên cứu, tham mưu của Đảng đoàn Tổng Liên đoàn, Bộ Chính trị đã ban hành Nghị quyết số
        02-NQ/TW", corpus-real-10/news-baomoi-congdoan-nhiemky-2018-2023-nq02.txt)."""
        # (every row of central_name: its "name" row's last word, "ương", is a central head's too, "Ban Chấp hành Trung
        # ương"; the words written here until session 43 were the other rows' last words)
        heads = (*self.lex.words("central_head"), *self.lex.words("central_name"))
        lasts = {h.split()[-1] for h in heads}
        forms = sorted({f for w in lasts for f in ((w, w.upper()) if self.ex else (fold(w),))})
        return "(?: " + " | ".join(f"(?<= {re.escape(f)} )" for f in forms) + " )"

    # --- a body's name: the vocabulary rows organisation_kind, organ_word, organisation_stop -----------------------

    def _name_words(self) -> NameWords:
        """The words that start and end a body's name, read once from the vocabulary for both places that read a
        name: an issuer (:meth:`_organisation`) and a body after a date (:meth:`_organ_after_date`)."""
        return NameWords(
            kinds=self.lex.words("organisation_kind"),
            organs=self.lex.words("organ_word"),
            stops=self.lex.words("organisation_stop"),
        )

    def _organisation(self) -> str:
        """ "Học viện Chính trị Quốc gia Hồ Chí Minh", "Sở Nội vụ": a named organisation (exact mode only)."""
        if not self.ex:
            return r"(?!)"
        words = self._name_words()
        stop = self.A(words.stops, boundary=False)
        # ("&" for "và" in web text: "của Giám đốc Sở Nông nghiệp & Phát triển nông thôn", corpus-real-12/
        # qd-ubnd-daknong-kh-khuyennong-2006-2010-nq33.txt)
        # (initials joined by "&", one word: "Kế hoạch số 71/KH-C07-P5 ngày 13/4/2021 của Cục Cảnh sát PCCC&CNCH - Bộ Công
        # an về việc huy động lực lượng", corpus-real-40/doc-vanban123-kh66-kh-ubnd-namdinh-huy-dong-luc-luong-chay-2021.txt)
        amp = rf"(?: (?<=[{UPPER}]) & [{UPPER}]+ (?!\w) )?"
        # ("và" before a type word joins a document, not a word of the name: "Xét tờ trình số 1623/TTr-CHHVN-KHĐT ngày
        # 21/7/2011 của Cục Hàng hải Việt Nam và Biên bản Hội đồng thẩm định tháng 6 năm 2011", corpus-real-53/doc-
        # hethongphapluat-qd1764-qd-bgtvt-quy-hoach-nhom-cang-bien-nam-trung-bo-2011.txt)
        a_type = self.A(list(self.lex.type_words), first_upper=True, boundary=False)
        not_a_doc = rf"(?! (?: và | & ) {HS}+ {a_type} (?!\w) )"
        word = rf"(?! {stop} (?!\w) ) {not_a_doc} (?: [{UPPER}]\w* {amp} | [{LOWER}]+ | (?: và | & ) (?={HS}+[{UPPER}]) )"
        # (not the second syllable of "quốc phòng": "nhiệm vụ quân sự, quốc phòng Đảng ủy Quân sự tỉnh …" names no office;
        # "Trưởng phòng Nội vụ" does, corpus-real-24/qd-03-2017-qd-ubnd-binhchanh-quyche-lamviec-phapluatcongdong.txt)
        kinds = r"(?<! [Qq]uốc[ ] )" + self.A(words.kinds, boundary=False)
        kinds += rf" (?! {HS}+ {self.A(self.lex.words('organisation_not_name'), boundary=False)} (?!\w) )"
        # a line may break between the kind and its name ("Theo đề nghị của Giám đốc Sở\nXây dựng tại Tờ trình số
        # 479/TTr-SXD": a kind word ends no name), not inside the name (the next line may start a new sentence)
        # (a dash may join two parts of a name, each of a few words: "Giám đốc Sở Lao động - Thương binh và Xã hội",
        # corpus-real-13/qd-1141-qd-ubnd-sonla-ctrhd-nq68-cp-nq42-tw-2024.txt)
        # (its first word may be initials joined by a hyphen: "Sở VH-TTDL đã ban hành kế hoạch thực hiện …", corpus-real-27/
        # news-baomoi-dongnai-kh-chienluoc-vanhoa-2030-2022.txt)
        part = rf"[{UPPER}]\w* (?: (?<=[{UPPER}]) - [{UPPER}]+ (?!\w) )? (?: {HS}+ {word} ){{0,6}}"
        return rf"{kinds} (?: {HS}+ | {HS}* \n {HS}* ) {part} (?: {HS}+ [-–] {HS}+ (?! {stop} (?!\w) ) {part} )?"

    def _organ_after_date(self) -> re.Pattern:
        """ "của" and the name of a body right after a numbered document's date, the table of issuers knowing it or
        not: "Hướng dẫn số 04/HD-BCĐ ngày 11/8/2009 của Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam)"
        (corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-dtts-hd-04-hd-bcd-vanbanphapluat.txt), "kế hoạch số
        01/KH-ĐH ngày 24/01/2020 của Đảng bộ công ty cổ phần Tập đoàn Tiến Bộ, ngày 9/5/2020 …" (corpus-real-21/
        enterprise-tienbo-thainguyen-daihoi-dangbo-cty-ct-35-kh-116-2020.txt). The name (group ``name``) starts with a
        body's word (vocabulary ``organisation_kind``, ``organ_word``) and runs, its words blanks apart (a line break
        inside a sentence reads as a blank in the scan's text), to a word that ends a name (vocabulary
        ``organisation_stop``, in any case, a phrase of several words as written: "về", "ngày", "khóa", "ban hành";
        "số" before a number only; not "các", "những") or to a punctuation mark; it has two words at least and no
        more than :data:`_NAME_MOST_WORDS`; a title in capitals reads the same ("CỦA BAN CHỈ ĐẠO …"), and a line break
        goes on inside the name when a word that ends a name follows. The pattern reads the exact text in both modes;
        in folded mode (text that lost its marks) its words also without their marks, case kept (:meth:`_unmarked_name`)."""
        words = self._name_words()
        # (a body's words as written, or in capitals: "… NGÀY 11/8/2009 CỦA BAN CHỈ ĐẠO ĐẠI HỘI ĐẠI BIỂU CÁC DÂN TỘC THIỂU
        # SỐ VIỆT NAM)", a title or a heading in capitals, reads as in mixed case)
        heads = set(words.kinds) | set(words.organs)
        # (and with the Icelandic eth for "Đ", as damaged text writes it: "của HÐQT Tập đoàn TKV", "của Ðảng bộ công ty …")
        heads |= {h.replace("Đ", "Ð").replace("đ", "ð") for h in heads if "Đ" in h or "đ" in h}
        kinds = folded_alternation(heads | {k.upper() for k in heads}, r"\ ", re.escape)
        # ("các" and "những" go on inside such a name: "Ban Chỉ đạo Đại hội đại biểu các dân tộc thiểu số Việt Nam")
        stops = set(words.stops) - set(self._plural("plural"))
        # a stop of one word is a whole word in any case; one of several words is found as written
        one = sorted((p for p in stops if p == p.lower() and re.fullmatch(r"[^\W_]+", p)), key=lambda p: (-len(p), p))
        more = sorted({q for p in stops if " " in p for q in (p, p.upper())}, key=lambda p: (-len(p), p))
        one_alt = folded_alternation(one, r"\ ", re.escape)
        more_alt = folded_alternation(more, r"\ ", re.escape)
        # "số", and "ngày" before a date, end a name before a number only (vocabulary organisation_stop valued
        # before_number): "của Ban Chỉ đạo các ngày Lễ tỉnh về tổ chức các ngày lễ" goes on (corpus-real-25/border-
        # locninh-binhphuoc-kyniem-ngay-bienphong-toandan-2020-tb-24.txt)
        numbered = folded_alternation(self._number_stops("before_number"), r"\ ", re.escape)
        number_ends = _so_before_a_number(f"(?i: {numbered} )", r"[ \t]*", r"(?![^\W_])")
        stop = rf"{number_ends} (?: (?i: {one_alt} ) (?![^\W_]) | {more_alt} )"
        # the title of the body's head may stand before it, as before a body the table knows ("Bộ trưởng Bộ Nội vụ"):
        # "Xét Tờ trình số 39/THKHVL, ngày 14 tháng 5 năm 2014 của Chủ tịch Hội Khuyến học tỉnh" (corpus-real-42/doc-
        # hethongphapluat-qd733-qd-ubnd-vinhlong-hoc-tap-suot-doi-2014.txt); a title alone names no body
        kinds = rf"(?: {self.A(self.lex.words('position'), boundary=False)} [ \t]+ )? (?: {kinds} )"
        if self.ex:
            return self._name_after_of(r"(?: của | CỦA )", kinds, stop)
        # (in folded mode, text that lost its marks, wholly or in part: the words as written or without their marks)
        bare_kinds, bare_stop = self._unmarked_name(words)
        stops = f"(?: {stop} | {bare_stop} )"
        return self._name_after_of(r"(?: của | CỦA | cua | CUA )", f"{kinds}|{bare_kinds}", stops, last_number=True)

    def _unmarked_name(self, words: NameWords) -> tuple[str, str]:
        """:meth:`_organ_after_date` for text written without its marks: "Huong dan so 04/HD-BCD ngay 11/8/2009 cua Ban
        Chi dao Dai hoi dai bieu cac dan toc thieu so Viet Nam)" (corpus-real-20/cv-13-btc-tdkt-2009-khenthuong-daihoi-
        dtts-hd-04-hd-bcd-vanbanphapluat.txt, its marks removed as the checklist's no-diacritics class removes them). The
        same vocabulary, each word without its marks and its case kept ("Ban Chi dao", "HDQT", "cua"). Without marks a
        word that ends a name may spell a word of one: "năm" and "Nam" ("Việt Nam"), "tại" and "Tài" ("Học viện Tài
        chính"), "từ" and "Tư" ("Phòng Tư pháp"), "đã" and "Đà" ("Đà Nẵng").
        The context tells them apart: a name's words are capitalised and the words that end it are not, so a word that
        ends a name does so in lower case (or in a title in capitals); "năm", like "số" and "ngày", ends one before a
        number only ("CUA BAN CHI DAO … VIET NAM)" in capitals goes on). Returns the first words and the stop."""
        heads = set(words.kinds) | set(words.organs)
        bare = {_unmarked(h) for h in heads}
        # (the Icelandic eth for "Đ", which no fold of the text removes: "cua HÐQT Tap doan TKV")
        bare |= {_unmarked(h).replace("D", "Ð") for h in heads if "Đ" in h}
        kinds = folded_alternation(bare | {k.upper() for k in bare}, r"\ ", re.escape)
        stops = {_unmarked(p) for p in set(words.stops) - set(self._plural("plural"))}
        # (the words that end a name before a number only, below: vocabulary organisation_stop valued before_number, or
        # unmarked_before_number: "năm", which spells "Nam" without its marks)
        number_words = {_unmarked(w) for w in self._number_stops("before_number", "unmarked_before_number")}
        one = sorted(
            (p for p in stops if p == p.lower() and re.fullmatch(r"[a-z]+", p) and p not in number_words),
            key=lambda p: (-len(p), p),
        )
        more = sorted({q for p in stops if " " in p for q in (p, p.upper())}, key=lambda p: (-len(p), p))
        one_alt = folded_alternation(one + [p.upper() for p in one], r"\ ", re.escape)
        more_alt = folded_alternation(more, r"\ ", re.escape)
        numbered = folded_alternation(number_words | {w.upper() for w in number_words}, r"\ ", re.escape)
        # ("và" before a type word starts the next reference, not a word of the name: "Ke hoach so 57-KH/HVCTQG ngay
        # 05/02/2025 cua Hoc vien Chinh tri Quoc gia Ho Chi Minh va Ke hoach so 49-KH/BTGTU", corpus-real-6/sytbinhdinh-
        # kh-cuocthi-chinhluan-kh57-kh49-2025.txt without its marks, where the issuer table reads no "Hoc vien")
        types = {_unmarked(w) for w in self.lex.type_words}
        types_alt = folded_alternation(types | {w.upper() for w in types}, r"\ ", re.escape)
        next_ref = rf"(?: va | VA ) [ \t]+ (?: {types_alt} ) (?![^\W_])"
        # (and a word that ends a name in lower case may still spell, with the word after it, two words of a body's
        # name the issuer table writes: "co quan" is "cơ quan", not "có", in "cua Dang uy cac co quan Dang Trung uong",
        # "thi xa" "thị xã", not "thì": the pairs are read from the table's names, :func:`_name_pairs`)
        pairs = _name_pairs(self.lex)
        in_a_name = "|".join(rf"{re.escape(a)} [ \t]+ {re.escape(b)}" for a, b in pairs if a in one) or "(?!)"
        in_a_name_up = "|".join(rf"{re.escape(a.upper())} [ \t]+ {re.escape(b.upper())}" for a, b in pairs if a in one)
        in_a_name = rf"(?! (?: {in_a_name} | {in_a_name_up or '(?!)'} ) (?![^\W_]) )"
        stop = rf"""(?: {in_a_name} (?: {one_alt} ) (?![^\W_]) | {more_alt}
            | (?: {numbered} ) (?= [ \t]* :? [ \t]* [0-9] ) | {next_ref} )"""
        return kinds, stop

    def _name_after_of(self, of: str, kinds: str, stop: str, last_number: bool = False) -> re.Pattern:
        """The pattern of :meth:`_organ_after_date`: "của" (``of``), a body's first word (``kinds``) and its words to a
        word that ends a name (``stop``) or to a mark; with ``last_number``, a number not before a word of the name."""
        # a word of the name: letters and digits, or a dash between two parts ("Ban Kinh tế - Ngân sách")
        any_word = r"(?: [^\W_]++ | [-–] (?=[ \t]) )"
        word = any_word
        if last_number:
            # (a number inside a name is a page number a flattened PDF left there, which defeats the issuer table: "cua
            # Bo 174 Chinh tri va Ke hoach", the checklist's page-number form of "Thực hiện Chỉ thị số 35-CT/TW, ngày
            # 30/5/2019 của Bộ Chính trị" without its marks; a number before a word that ends a name, a dash or a mark
            # is the name's own: "Quan 3", "Hoi dong tham dinh quy hoach tinh thoi ky 2021 - 2030", corpus-real-19/nq-07-
            # nq-hdnd-2023-caobang-quyhoach-tinh-vanban123.txt without its marks)
            num = rf"[0-9][^\W_]*+ (?! [ \t]*+ (?! {stop} ) [^\W\d_] )"
            word = rf"(?: [^\W\d_][^\W_]*+ | {num} | [-–] (?=[ \t]) )"
        most = _NAME_MOST_WORDS - 1
        # a line break (a page's line end) goes on inside the name when a word that ends a name follows it: the sentence
        # goes on over the line ("của Ban Chấp hành\nĐảng bộ ủy về phân cấp"); ended by a mark or a line end, the name
        # keeps to its line
        lb = r"[ \t]*+ (?: \n [ \t]*+ )?"
        head = rf"(?= (?: {kinds} ) (?![^\W_]) ) [^\W_]++"
        return re.compile(
            rf"""[ \t]* ,? {lb} {of} {lb} (?! [ \t\n] )
            (?P<name> {head} (?: {lb} (?! {stop} ) {word} ){{1,{most}}}+ (?= {lb} {stop} )
            | {head} (?: [ \t]*+ (?! {stop} ) {word} ){{1,{most}}}+
            # where it ends: before a word that ends a name, or before a mark or a line break (no more words), or before
            # the end of a Markdown emphasis ("**Hướng dẫn số 04/HD-BCĐ … Việt Nam**)")
            (?: (?= [ \t]*+ {stop} ) | (?! [ \t]*+ {any_word} ) (?= \Z | [,;:.)("”\n*_] | \s ) ) )""",
            X,
        )

    # --- the scan ------------------------------------------------------------------------

    def _anchors(self) -> dict:
        """The Grammar's ``anchor``: type words as written at the start of a reference, each alternative led by a plain
        letter (a look-behind after it checks the letter before): capitalised ("Kết luận", "KẾT LUẬN", "Kế hoạchsố"),
        in lower case ("quy định 144 của Bộ Chính trị") and a party abbreviation ("NQ Đại hội …"); ``anchor_keys``, the
        letters that lead a lower-case word from inside it (see :meth:`_keyed`), and ``anchor_firsts``, what the letters
        before a key lead (:func:`anchor_start`)."""
        words = [*self.lex.type_words, *self.lex.words("generic_type")]  # and "Văn bản" (vocabulary ``generic_type``)
        if not self.ex:  # the syllables may lose their space here too: "Nghiquyet so 12"; so may "so" and its number
            folded = sorted({S0.join(word_folded(x) for x in w.split()) for w in words}, key=lambda w: (-len(w), w))
            anchor = re.compile("(?: " + " | ".join(folded) + r" ) (?: (?![^\W\d]) | (?= so \s* [0-9] ) )", X)
            return dict(anchor=anchor, anchor_keys=frozenset(), anchor_firsts={})
        # "số" glued to the type word, capitalised or not ("Kế hoạchsố 107-KH-ĐUK"; the checklist's glued forms of case
        # sentences: "Thực hiện hướng dẫnsố 02 ngày 30/10/2015 của Ban tuyên giáo tỉnh ủy", "công vănsố 3597")
        glued_so = vocab("số", self.mode, boundary=False)
        # (lead letter, the rest) of each alternative; the letter before the lead is checked once per lead
        # (not a letter; for lower case and abbreviations not "/" or "-" either, nor "." before an abbreviation)
        ahead = rf"(?:(?![^\W\d])|(?={glued_so}))"
        alts = [(a[0], a[1:].format(lb="") + ahead) for w in words for a in literal_led_cased(w)]
        # a page number a flattened PDF left between a type's words, before the type's own number: "Nghị 127 quyết số
        # 57", "KẾ 88 HOẠCH⏎SỐ 164-KH/TU" (the checklist's page-number forms of dev sentences; a type's words around a number
        # and the type's number stand on no dev page). A branch after a word's blanks, led by a digit: the engine tries it
        # only where a digit follows "Nghị", "Kế", "Chương trình", …; the scan reads the type without it (scan.after_type)
        alts += [(a[0], a[1:].format(lb="") + ahead) for w in words if " " in w for a in _page_split(w, glued_so)]
        # (an abbreviation not after a capital either, "1206 /QĐ-HVTC" holds no "TC", Thông cáo; its look-behind after its
        # second letter, two characters back: a rest led by a letter is grouped with the other rests of its lead by that
        # letter, which the engine passes over without entering a look-around)
        after = rf"(?<![{_NOT_BEFORE_LOWER}.]..)"
        alts += [(a[0], re.escape(a[1]) + after + re.escape(a[2:]) + ABBR_AHEAD) for a in self._abbreviations()]
        lower = _lower_types(self.lex.words("lower_type"), ahead, glued_so)
        keyed = self._keyed(lower)
        capitals = self._keyed_capitals(alts, {key for key, _, _ in keyed.values()})
        by_lead: dict[str, set[str]] = {}
        for lead, rest in [x for x in alts if x not in capitals] + [x for x in lower if x not in keyed]:
            by_lead.setdefault(lead, set()).add(rest)
        groups = []
        for lead, rests in sorted(by_lead.items()):
            # (a capitalised word may follow a digit: a list's number glued to it, "- 1Luật tổ chức chính quyền …")
            # (and a capitalised one may follow a small letter: the space before it lost, "Căn cứPháp lệnh ngoại hi s
            # 28/2005/PL-UBTVQH11", "bổ sung một s điu củaPháp lệnh ngoại hi", corpus-real-28/tt-15-2015-tt-nhnn-giaodich-
            # ngoaite-luatminhkhue.txt), or a capital: the space lost in a heading, "KẾ HOẠCH TRIỂN KHAI THỰC HIỆNCHỈ THỊ SỐ
            # 12-CT/TW" (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt, the checklist's cue-glued); a lower-case one
            # a small letter too ("quán triệtquy định 144 của Bộ Chính trị", corpus-real-2/hu-longthanh-dongnai-qd144-
            # 2024.txt; no Vietnamese syllable ends with a type word's first one), not a digit, "/" or "-"
            lb = _BEFORE_LOWER if lead.islower() else r"(?<!_.)"
            groups.append(re.escape(lead) + lb + "(?:" + trie(rests) + ")")
        by_key = self._by_key(keyed, capitals)
        # one alternative a key, and one look-behind for the first letters of the same length and the same rest ("đề án"
        # written with each of the four Đ letters): the engine tries a place's alternatives one after the other
        looks: dict[str, dict[tuple[str, int, str], list[str]]] = {}
        for (key, first, not_before), rests in sorted(by_key.items()):
            looks.setdefault(key, {}).setdefault((trie(rests), len(first), not_before), []).append(re.escape(first))
        for key, by_rest in looks.items():
            alts = [b for (rest, _, nb), firsts in by_rest.items() for b in _keyed_branches(key, firsts, rest, nb)]
            groups.append(re.escape(key) + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"))
        led: dict[str, set[str]] = {}
        for (key, first, _nb), rests in by_key.items():
            led.setdefault(first, set()).update(re.escape(key) + r for r in rests)
        firsts = {first: re.compile(trie(sorted(r))) for first, r in led.items()}
        return dict(anchor=re.compile("|".join(groups)), anchor_keys=frozenset(looks), anchor_firsts=firsts)

    @staticmethod
    def _keyed(lower: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[str, str, str]]:
        """The lower-case type words to find by a letter inside their first word: the first one with a mark after its
        first letter ("chương" by "ư", "nghị" by "ị", "tờ" by "ờ", "đề án" by "ề"; "quy" has none and keeps its lead).
        The scan's cost is the places where the pattern's first letter stands, and "n", "h", "t", "c" lead a quarter of
        the letters of Vietnamese text; the marked letters, a twentieth ("đ", the commonest of them, "được", "đã", "để":
        11,232 times in the 887,034 characters of the benchmark's dense text, "ề" 3,240). Found at its key, a word is the same
        match, started at the beginning of its word: its first letters are letters, and the look-behind
        checks the one before them as the lead's did; the previous match cannot end inside them (it ends
        before a non-letter or a glued "số"; no keyed word has an "s"). (lead, rest) -> (key, the letters
        between lead and key, what follows the key)."""
        out = {}
        for lead, rest in lower:
            first = lead + "".join(itertools.takewhile(str.isalpha, rest))
            k = next((i for i, ch in enumerate(first) if i and not ch.isascii()), 0)
            if k > 0 and "s" not in first.lower():
                out[(lead, rest)] = (first[k], first[1:k], rest[k:])
        return out

    @staticmethod
    def _by_key(keyed: dict, capitals: dict) -> dict[tuple[str, str, str], set[str]]:
        """(key, first letters, what may not stand before them) -> the rests after the key, of the lower-case words found
        at their key (:meth:`_keyed`: "nghị quyết" at "ị", not after a digit or a capital) and of the capitalised ones
        (:meth:`_keyed_capitals`: "Luật" at "ậ", not after "_")."""
        by_key: dict[tuple[str, str, str], set[str]] = {}
        for (lead, _rest), (key, before, after) in keyed.items():
            by_key.setdefault((key, lead + before, _NOT_BEFORE_LOWER), set()).add(after)
        for (lead, _rest), forms in capitals.items():
            for key, before, after in forms:
                by_key.setdefault((key, lead + before, "_"), set()).add(after)
        return by_key

    @staticmethod
    def _keyed_capitals(alts: list[tuple[str, str]], keys: set[str]) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
        """The capitalised type words to find by a marked letter of their first word, as the lower-case ones are
        (:meth:`_keyed`): those of a lead whose every alternative has such a letter that the lower-case words already
        key on (or its capital), so that the lead leaves the pattern and the key leads no more places than before
        ("Luật", "LUẬT" at "ậ", "Ậ"; "Đề án", "Điều lệ" at "ề" or "è", their OCR twin: "L" and "Đ" stand 367 and 682
        times in the benchmark's dense text, "Ậ" 5, "Ề" 15). A lead with an abbreviation ("NQ") or a word without such a
        letter ("Dự án", "Văn bản": "ự" leads no word, "[ăa]" holds a plain letter) keeps all its words. A class of
        marked letters ("[ềè]") gives one form a letter. (lead, rest) -> [(key, the letters between lead and key, what
        follows the key)]."""
        by_lead: dict[str, list[str]] = {}
        for lead, rest in alts:
            by_lead.setdefault(lead, []).append(rest)
        out: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
        for lead, rests in by_lead.items():
            if not lead.isupper():
                continue
            forms = {}
            for rest in rests:
                m = re.match(r"([A-Za-z]*)(?:([^\x00-\x7f])|\[([^\]\\\-^]+)\])(?![?*+{])", rest)
                letters = (m[2] or m[3]) if m else ""
                if not m or "s" in (lead + m[1]).lower() or not all(c.isalpha() and c.lower() in keys for c in letters):
                    break
                forms[(lead, rest)] = [(c, m[1], rest[m.end() :]) for c in letters]
            else:
                out.update(forms)
        return out

    def _abbreviations(self) -> list[str]:
        """Party abbreviations of one type each ("NQ", "CT", "KL"; not "QĐ", Quyết định or Quy định)."""
        if not self.ex:
            return []
        return sorted(
            {a for t in self.lex.doc_types for a in t.party_abbrs if a.isupper() and len(self.lex.types_by_abbr(a)) == 1}
        )

    def _title(self) -> re.Pattern:
        """A title after a type word: words up to the end of the clause, a date, a number or the next
        type word; the first word is one a title starts with (not "đề ra", "này", "rõ", …)."""
        A = self.A
        first_stop = A(self.lex.words("title_first_stop"), boundary=False)
        inner_stop = A(self.lex.words("title_inner_stop"), boundary=False)
        if not self.ex:
            # without diacritics "vì" is "vi" as in "đơn vị", "phạm vi": not after those words ("Kế hoạch thực hiện sắp
            # xếp đơn vị hành chính …" typed without marks)
            inner_stop = rf"(?: (?<! don\  )(?<! pham\  ) {inner_stop} )"
        # "theo" ends a title ("Kế hoạch … theo Hướng dẫn …") but not after a verb it makes one word with: "Đề án KVPT tỉnh
        # giai đoạn 2016 - 2021 và những năm tiếp theo; …", "Kế hoạch học tập và làm theo tư tưởng, đạo đức, phong cách
        # Hồ Chí Minh năm 2024" (a stop applies unless the words before it are such a compound, as written or folded)
        compounds = {f for c in self.lex.words("theo_compound") for f in (c, fold(c))}
        theo_compound = "".join("(?<!" + r"\s".join(map(re.escape, c.split())) + ")" for c in sorted(compounds))
        next_type = A(list(self.lex.type_words), first_upper=True, boundary=False) if self.ex else self._folded_numbered_type()
        if self.ex:  # and a party abbreviation: "kế hoạch tuyên truyền NQ đại hội Đảng bộ tỉnh lần thứ XVIII"
            next_type = rf"(?: {next_type} | (?-i: {'|'.join(self._abbreviations())} ) (?= {HS} ) )"
        glued_date = rf"{A(['ngày'], boundary=False)} {S0} [0-9]"  # "Chính phủngày 25 tháng 12 năm 2001"
        word = rf"(?: (?! {glued_date} ) \w )+ (?: \. \w+ )*" if self.ex else r"[a-z0-9]+ (?: \. [a-z0-9]+ )*"
        # a line break inside a title when the next line goes on in lower case ("Chương trình mục tiêu quốc\ngia …")
        wrap = rf"{HS}* \n {HS}* (?= [{LOWER}] )"
        gap = (
            rf"(?: {HS}+ | {wrap} | {HS}* , {HS}+ (?= [{LOWER}] ) | {HS}* [-–] {HS}* )"
            if self.ex
            else rf"(?: {HS}+ | {HS}* \n {HS}* | {HS}* [-,] {HS}* )"
        )
        not_date = rf"(?! {A(['ngày', 'số'], boundary=False)} {S0} [0-9] )"
        # the next type word ends a word, or has its "số" glued to it ("Báo cáo kết quả thực hiện Nghị quyếtsố 12-NQ/TW")
        type_end = rf"(?: (?!\w) | (?= {A(['số'], boundary=False)} {S0} [0-9] ) )"
        issued_by = self._issued_by_after_name()
        return re.compile(
            rf"""{S1} (?P<title> (?! {first_stop} (?!\w) ) {not_date} {word}
                (?: {gap} (?! {inner_stop} (?!\w) {theo_compound} ) (?! {issued_by} ) (?! {next_type} {type_end} ) {not_date}
                  {word} ){{1,30}} )""",
            X,
        )

    def _issued_by_after_name(self) -> str:
        """Who issued a document, written after its name on a site's list (vocabulary ``issued_by_word`` and
        ``issued_by_verb``), ends the name: "- 4Quyết định 1679/QĐ-TTg năm 2019 về phê duyệt Chiến lược Dân số Việt Nam
        đến năm 2030 do Thủ tướng Chính phủ ban hành" (corpus-real-44/doc-hethongphapluat-kh106-kh-ubnd-langson-mat-can-
        bang-gioi-tinh-2022.txt: labelled "Chiến lược Dân số Việt Nam đến năm 2030"). Only with a body after "do" and the
        verb closing the line or clause: "do" is also what causes a thing a name is about ("Kế hoạch phòng, chống dịch bệnh
        viêm đường hô hấp cấp do vi rút Corona gây ra"), and a date after the verb is the name's own, read with it ("Căn cứ
        Pháp lệnh kế toán - thống kê do Hội đồng Nhà nước ban hành ngày⏎20-5-1988", corpus-real-22/tt-15-btc-tt-1991-
        taichinh-nganhang-quocdoanh-hdbt-thuviennhadat.txt)."""
        A = self.A
        by, verb = A(self.lex.words("issued_by_word"), boundary=False), A(self.lex.words("issued_by_verb"), boundary=False)
        first = rf"(?= [{UPPER}] )" if self.ex else ""
        return rf"{by} {HS}+ {first} [^\n.;:]{{1,80}}? {HS} {verb} (?!\w) (?= {HS}* (?: [\n.;,] | $ ) )"

    def _folded_numbered_type(self) -> str:
        """In folded text (no capitals to tell a type word from a common noun), the next type word ends a title only with
        "số" or a symbol's number after it: "quy che giam sat … cua MTTQVN, cac doan the chinh tri – xa hoi va Quyet dinh
        218/QD-TW ngay 12/12/2013" (corpus-real-6/mttq-quan9-hcm-qd217-qd218-2014.txt, unaccented) names two documents;
        "Ke hoach 5 nam" in a title does not."""
        bare = rf"[0-9]{{1,4}} (?: \s* (?: $ | [,.;:)(] | \n ) | \s+ (?: {self._folded_short_follow()} ) (?![a-z]) )"
        return rf"{_folded_alternation(self.lex.type_words)} (?= \s+ (?: so \s* [0-9] | [0-9]+ \s* [-/] | {bare} ) )"

    def _generic_title(self) -> re.Pattern:
        """A title made only of cue words says what the document does, not which it is."""
        words = self.lex.words("title_generic") + tuple(c for c, _ in self.lex.pairs("trigger"))
        return re.compile(rf"(?: {_folded_alternation(words, lossy=False)} [\s,]* )+", X)

    def _code_anchor(self) -> re.Pattern:
        leads, rest = _code_core(self.ex)
        return re.compile("[" + "".join(map(re.escape, leads)) + "]" + rest, X)

    def _type_tail(self) -> re.Pattern:
        A, V, num, L = self.A, self.V, self.num, self.L
        quals = A(self._qualifiers())  # ("số", valued number, is not a qualifier here)
        numlist = rf"(?P<numlist> (?: {num} {HS}* (?: , | & | {V('và')} ) {HS}* )+ )"
        return re.compile(
            rf"""
            {self._blanks_then([quals, V("của"), self.so, "[0123456789]"])}
            (?P<qual> {blanks_before([quals], S1)} {quals} )?                        # Chương trình hành động
            # Kế hoạch của Tỉnh ủy số …
            (?: {blanks_before([V("của")], S1)} {V("của")} {blanks_before([self.head_alt], S1)}
                (?P<pre_iss> {self.head_alt} (?: {self.loc} )? ) (?= {S0} {self.so} ) )?
            {S0} (?P<so> {self.so} {S0} )?                                          # số, Số hiệu:
            (?: {numlist}? {self.code}                                              # (15, 16 và) 17-CT/TW
              # a number alone: Chỉ thị 42, Quyết định 12a (a letter alone after it is the number's)
              | (?P<num> {num} (?: [a-zA-Z] (?!\w) )? ) (?! [0-9] | {HS}? [/.\-] {HS}? [0-9] | {HS}? {DASH}? {HS}? {L}{{1,6}} / )
              # a number and its year, the symbol left out: "Nghị quyết số 202/2025 của Quốc hội khóa XV" (corpus-real-13/
              # news-vov4-khanhhoa-congbo-nq202-qh15-nq1667-ubtvqh-2025.txt), "Nghị quyết 1211/2016 của Ủy ban Thường vụ Quốc hội"
              | (?P<ynum> {num} ) / (?P<numyear> (?:19|20)[0-9]{{2}} ) (?! [0-9] | {HS}? [/\-] | {HS}? {L}{{1,6}} [/\-] )
            )
            """,
            X,
        )

    def _item(self) -> re.Pattern:
        """One trailing item of a reference; a reference takes them in any order."""
        A, V = self.A, self.V
        # the issuer's parts keep their groups (iv_head, …): the scan reads the issuer from this match, not again
        item_issuer = self.issuer.replace("(?P<", "(?P<iv_")
        # (before a date, "ngay" without its mark is "ngày" in text that has its marks elsewhere: "Tờ trình số 164/TTr-SKHCN
        # ngay 17/12/2025"; alone it is another word, so only here)
        # (or without its "à", lost with some other letters of the page: "Kết luận số 93-KL/TW, ngy 20/11/2020", the
        # checklist's partial-letters class after corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-luatminhkhue.txt)
        day = rf"(?: {V('ngày', boundary=False)} | (?-i: [Nn]ga?y | NGA?Y ) )" if self.ex else V("ngày", boundary=False)
        # "của" glued to its issuer: as written a capital tells ("ngày 16/7/2019 củaTỉnh ủy Lạng Sơn"); without diacritics
        # the issuer right after it does ("Ke hoach so 112-KH/TU, ngay 16/7/2019 cuaTinh uy Lang Son ve dai hoi dang bo")
        of = V("của") if self.ex else rf"(?: (?<!\w) | (?<=[0-9]) ) {V('của', boundary=False)}"
        W0, W1 = self._item_blanks()
        return re.compile(
            rf"""
            {self._item_guard()}
            # (or dated by its issuing: "Căn cứ Nghị định 156/HĐBT ban hành ngày 17/12/1981 của Hội đồng Bộ trưởng",
            # corpus-real-26/hanam-vpubnd-lichsu-nd-156-hdbt-nd-12-2001-qd-431-1999.txt)
            (?: {W0} ,? {W0} (?P<d> (?: {V("ban hành")} {S1} )? {day} {S0} (?P<dv> {self.date} ) )  # , ngày 20/11/2020; ngày22
            | {W0} ,? {W0} (?P<o> {of} {S0} (?P<iv> {item_issuer} ) )                              # của Ban Bí thư
            # "… Bộ Chính trị", "ngày 04/11/2013 Hội nghị lần thứ tám Ban Chấp hành Trung ương": a central issuer without "của"
            | {W1} (?P<o2> {self.plenum}
                  | {self.central_heads} (?: {S1} {A(self._central("full", "name"), boundary=False)} )? ) (?!\w)
            # (khóa X); a ")" only when it closes the term's own "(": "(viết tắt là Nghị quyết số 36-NQ/TW của … khóa XII),
            # Nghị quyết số 26/NQ-CP ngày 05/3/2020" (corpus-real-32/kh-57-kh-ubnd-2020-quangngai-kinh-te-bien-nq-36-
            # hethongphapluat.txt): the alias's parenthesis is no part of it, nor is the date after it
            | {W0} ,? {W0} (?P<t> (?P<tp> \( )? {S0} {A(["khóa", "nhiệm kỳ khóa"])} {S1} (?P<tv> {self.roman} )
                (?(tp) (?: {S0} \) )? ) )
            # (ngày 20/11/2020); "(8/8/2025)", corpus-real-13/news-vietnamplus-chibo-tamhung-hanoi-ct50-ct51-2025.txt
            | {W0} (?P<pd> \( {S0} (?: {day} {S0} )? (?P<pdv> {self.date} ) {S0} \) )
            | {W1} (?P<y> {V("năm")} {S1} (?P<yv> (?:19|20)[0-9]{{2}} ) ) (?! [0-9] | {HS}? [/.\-] {HS}? [0-9] )  # năm 2010
            # a date without "ngày" closing the phrase, taken after a law's name only (see _BARE_DATE)
            | {W0} (?P<bd> {_BARE_DATE} )
            # a bare year right after a symbol, as legal portals title documents: "Quyết định 891/QĐ-UBND 2019 công bố …";
            # before a capitalised title (group ``bt``: after a symbol only, see the scan's ``bare_year``) "Quyết định
            # 222/QĐ-TTg 2025 Kế hoạch hành động quốc gia …"
            | {HS}++ (?= {_YEAR_CLOSING} | (?P<bt> {_YEAR_BEFORE_TITLE} ) ) (?P<by> (?:19|20)[0-9]{{2}} )
            # the issuer's term of office: "của Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I, nhiệm kỳ 2025 – 2030"
            # and the sitting of its term that passed it: "Nghị quyết của Quốc hội khoá VIII, Kỳ họp thứ 7 ngày 30-6-1990"
            # (corpus-real-22/tt-15-btc-tt-1991-taichinh-nganhang-quocdoanh-hdbt-thuviennhadat.txt)
            | {W0} ,? {W0} (?P<nk> {V("nhiệm kỳ")} {S1} (?:19|20)[0-9]{{2}} {HS}* {DASH} {HS}* (?:19|20)[0-9]{{2}} (?![0-9])
                | {V("kỳ họp thứ")} {S1} (?: [0-9]{{1,2}} (?![0-9]) | {self.roman} (?!\w) | {A(self.ordinals)} ) ) )
            """,
            X,
        )

    def _item_guard(self) -> str:
        """A look-ahead for what an item starts with after its blanks and comma ("ngày", "của", a plenum or a central
        body, "(", "khóa", "năm", a year or a date without "ngày", "nhiệm kỳ", "ban hành ngày"): most places after a
        reference start none ("Kế hoạch số 25-KH/TU về việc …"), and the item pattern failed there only after trying each
        of its alternatives (1.8 µs a call on dense text; the look-ahead fails in a tenth of that). "" when a piece's first
        characters are not known."""
        leads = self._item_leads()
        if leads is None:
            return ""
        W0 = self._item_blanks()[0]
        return rf"(?= {W0} ,? {W0} {guard(leads)} )"

    def _item_leads(self) -> Optional[frozenset]:
        """The characters an item starts with after its blanks and comma (:meth:`_item_guard`), None when a piece's first
        characters are not known."""
        chars = [source_lead_chars(p) for p in self._item_pieces()]
        return None if any(c is None for c in chars) else frozenset().union(*chars)

    def _item_pieces(self) -> list[str]:
        """What an item starts with after its blanks and comma (regex sources): its words ("ngày", "của", "năm", "khóa",
        …), a central body ("Bộ Chính trị"), "N"/"n" of a word without its marks ("ngay"), "(" and a digit."""
        words = ["ngày", "của", "Hội nghị", "năm", "nhiệm kỳ", "khóa", "nhiệm kỳ khóa", "kỳ họp thứ", "ban hành"]
        return [self.A(words, boundary=False), self.A(self.lex.words("central_head"), boundary=False), "[Nn]", r"\(", "[0-9]"]

    def _item_blanks(self) -> tuple[str, str]:
        """The blanks (and comma) before an item, :data:`S0` and :data:`S1` taken whole by :func:`blanks_before` (the
        one test of it) when no item piece (:meth:`_item_pieces`) starts with a blank, "*" or "_": a shorter run then
        leaves one of those first, where no branch can start, and the comma's ``,?`` cannot take it, so the first match
        is the same; the engine no longer counts each shorter run again after a branch fails ("Kế hoạch số 25-KH/TU về
        việc …": the guard passed no item, and each branch's ``{S0} ,? {S0}`` was tried again with each run it could
        take). Every item starts with a character of those pieces, or, the term's "khóa", after a "(" and blanks the
        branch reads itself (what the run gives back its own blanks take, to the same place)."""
        pieces = self._item_pieces()
        return blanks_before(pieces, S0), blanks_before(pieces, S1)

    def _blanks_then(self, pieces: list[str]) -> str:
        """A look-ahead for blanks and then the first character of one of ``pieces`` (regex sources), the pieces a
        pattern that starts with blanks goes on with: what follows a type word is mostly none of them ("Kế hoạch
        tổng kết …", "Chỉ thị này"), and the pattern then failed only after trying each of its branches. "" when a
        piece's first characters are not known."""
        chars = [source_lead_chars(p) for p in pieces]
        if any(c is None for c in chars):
            return ""
        return rf"(?= {blanks_before(pieces, S0)} {guard(frozenset().union(*chars))} )"

    def _subject(self) -> re.Pattern:
        """ ", về việc", " “về …": the subject after a reference (a look-ahead first, :meth:`_blanks_then`)."""
        ve, quote = self.A(["về việc", "về"]), r"[\"“«]"
        return re.compile(rf"{self._blanks_then([',', quote, ve])} {S0} ,? {S0} (?P<q> {quote} {S0})? (?P<ve> {ve}) {S0}", X)

    def _named(self) -> tuple[re.Pattern, re.Pattern]:
        """Named references after a type word, the party's (a plenum, a congress, the Statute) and the laws
        (tried only after a law's type word, :meth:`_named_law`); the group that matched says which kind."""
        A, V = self.A, self.V
        ord_words = A(self.ordinals)
        ordv = rf"(?: [0-9]{{1,2}} (?!\w) | {ord_words} )"
        bch = A(self.central_committee)
        tw = A(self._central("name", "abbreviation", "plenum"), boundary=False)
        term_years = rf"{S0} ,? {S0} {V('nhiệm kỳ')} {S1} (?:19|20)[0-9]{{2}} {HS}* {DASH} {HS}* (?:19|20)[0-9]{{2}}"
        platform = A(self.lex.platform_titles) if self.lex.platform_titles else "(?!)"  # (the titles as every list)
        body = rf"""
              # Nghị quyết Hội nghị lần thứ tám (, Ban Chấp hành Trung ương Đảng), "lần thứ sáu (lần 2)" (corpus-real-36/qd-76-…)
              (?P<hn> {V("Hội nghị")} {S1} {V("lần thứ")} {S1} (?P<hn_n> {self.plenum_ordinals} (?!\w) )
                (?: {HS}* \( {HS}* {V("lần")} {HS}+ [0-9] {HS}* \) )? (?: {S0} ,? {S0} (?P<hn_iss> {bch} ) )? )
              # Nghị quyết Trung ương 4, Hội nghị Trung ương Đảng lần thứ bảy
            | (?P<tw> (?: {V("Hội nghị")} {S1} )? {tw} (?: {S1} {V("Đảng")} )? {S0}
                # (the plenum also by its short name after it: "Nghị quyết Hội nghị Trung ương TW9 (khóa XI)",
                # corpus-real-4/ldld-backan-nq-tw9-hd726-qd217-2014.txt)
                (?: {V("lần thứ")} {S1} | {tw} {HS}* (?= [0-9] ) )? (?P<tw_n> {ordv} | {self.roman} (?!\w) ) )  # "Trung ương IV"
              # a congress: Đại hội XIII của Đảng, Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Đại hội đại biểu Đảng bộ
              # tỉnh Gia Lai lần thứ XVI, Đại hội Đoàn toàn quốc lần thứ XII, Đại hội Đoàn cấp tỉnh (, nhiệm kỳ 2022 - 2027)
            | (?P<cg> (?: {V("Đại hội")} {HS}+ (?= {V("Đại hội")} {HS}+ {V("đại biểu")} ) )?  # "Đại hội" written twice
                (?P<cg_name> {self._congress_head()} {self._congress_body()} (?: {self._congress_to_ordinal(ordv)} )?
                  (?:{self._congress_gap()}{self._congress_word()}){{0,12}}(?<!\scủa)(?<!\sthứ)(?:(?<!\scấp)|(?<=các\scấp))
                  # its term's ordinal, which tells the congresses apart as "lần thứ" does: "… tổng kết, đánh giá tình
                  # hình thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ VIII (2015 – 2017)" (corpus-real-21/enterprise-
                  # donasand-dongnai-daihoi-chibo-vanphong-cv-23-cv-du-2017.txt)
                  (?: {HS}+ {V("nhiệm kỳ")} {HS}+ {self.roman} (?!\w) )? )
                (?P<cg_term> {term_years} )? )
              # a congress by its ordinal alone: "Chương trình hành động … thực hiện Nghị quyết XI của Đảng"
              # (corpus-real-7/twd-baocantho-ctrhd-nq-xi-2011.txt)
            | (?P<cgr> (?P<cgr_n> {"[IVXL]{1,5}" if self.ex else "[ivxl]{1,5}"} ) {S1} {V("của")} {S1}
                (?P<cgr_iss> {V("Đảng")} ) (?! {S1} {V("bộ")} ) )
              # a sitting of an elected body: "Nghị quyết kỳ họp thứ 10 Quốc hội khoá IX" (corpus-real-10/tinhdoan-bacninh-
              # lichsu-1997-2015.txt); the body read as an item after it
            | (?P<kh> {V("kỳ họp")} {S1} {V("thứ")} {S1} (?: [0-9]{{1,2}} (?!\w) | {ord_words} ) )
              # Điều lệ Đảng; by the Party's full name and a bare year, as pages list them: "Điều lệ Đảng Cộng sản Việt Nam
              # 2011" (corpus-real-11/dvdn247-dieukien-thanhlap-chibo-qd29.txt)
            | (?P<party> {V("Đảng")} (?! {S1} {V("bộ")} ) (?: {S1} {V("Cộng sản Việt Nam")} )?
                (?: {HS}+ (?P<party_y> (?:19|20)[0-9]{{2}} ) (?![0-9/\-]) )? )
            | (?P<pol> {V("chính trị")}                    # Cương lĩnh chính trị
                # the Platform by its title, the year it was supplemented in brackets after it: "Văn kiện Đại hội đại
                # biểu toàn quốc lần thứ XI của Đảng gồm: Cương lĩnh xây dựng đất nước trong thời kỳ quá độ lên chủ
                # nghĩa xã hội (bổ sung, phát triển năm 2011)" (corpus-real-23/provincial-baodongkhoi-bentre-gopy-
                # vankien-daihoi-ix-2010-cuong-linh.txt); its titles are the registry's (:attr:`Lexicon.platform_titles`)
              | {platform}
                (?: {S0} \( {S0} {V("bổ sung")} {S0} , {S0} {V("phát triển")} {S1} {V("năm")} {S1}
                  (?P<pol_s> (?:19|20)[0-9]{{2}} ) {S0} \) )?
                # the Platform by the year it was adopted or supplemented (1930, 1991, 2011), as the Constitution by its
                # year: "Một là, Cương lĩnh 2011 khẳng định: …" (corpus-real-27/news-skhcn-quangtri-vankien-daihoi-xiii-
                # khcn-2021.txt)
              | (?: {V("năm")} {S1} )? (?P<pol_y> (?:19|20)[0-9]{{2}} ) (?![0-9/\-]) )
        """
        return re.compile(
            rf"""
            {self._blanks_then([body])}
            (?: {S1} | (?<= [A-Z] ) (?= TW {HS}* [0-9] ) ) (?P<named> {body} )
            """,
            X,
        ), self._named_law()

    def _named_law(self) -> re.Pattern:
        """A law's name after "Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp" (see :meth:`_named`)."""
        A, V = self.A, self.V
        law_stop = self._law_stop()
        # (not over a bare year or date closing the phrase: "- 1Luật giá 2012", corpus-real-54/doc-hethongphapluat-qd48-
        # 2023-qd-ubnd-ninhthuan-gia-thu-gom-rac.txt, is "Luật giá" of 2012, as longer names are, see law_year; a grammar
        # gap: reverting it moves no gold split, that page's name is in lower case and read as a title, not here)
        law_body = rf"""(?! {A(["sư", "pháp"], boundary=False)} (?!\w) ) (?: {self._law_pair()} | (?: {self.CAP} ) \w* )
                (?: {HS}+ (?! {law_stop} (?!\w) | {_YEAR_CLOSING} | {_BARE_DATE} ) \w+ ){{0,12}}"""
        # (an ordinance amends an ordinance: "PHÁP LỆNH SỬA ĐỔI BỔ SUNG MỘT SỐ ĐIỀU CỦA PHÁP LỆNH XỬ LÝ VI PHẠM HÀNH CHÍNH NĂM
        # 2008", corpus-real-22/nd-128-2008-nd-cp-phaplenh-xuly-vipham-hanhchinh-tailieuxanh.txt)
        law_name = rf"""(?: {V("bộ luật", first_upper=True)} | {V("luật", first_upper=True)}
            | {V("pháp lệnh", first_upper=True)} ) {S1} {law_body}"""
        amended = self._amended_law(law_name, law_stop)
        lc_word = rf"(?: (?! {A(['ngày', 'số', 'năm'], boundary=False)} {S0} [0-9] ) \w )+"  # "Chính phủngày 25 …"
        law_year = f"(?: {_LAW_YEAR} | {_LAW_DATE} )"  # (its year or its date without "ngày" closing the phrase)
        or_lost = f" | {S1} {self.so_lost}" if self.so_lost else ""  # (blanks, "s" before a symbol: "tín dụng s 47/2010/QH12")
        pair = self._amending_pair(law_stop, law_year)  # ("… và Luật Đê điều sửa đổi 2020": one law)
        return re.compile(
            rf"""
            {S1} (?P<named>
              # "Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
              # địa phương ngày 22 tháng 11 năm 2019": an amending law is one law, whatever laws it names
              # (also without "của": "Luật sửa đổi, bổ sung một số điều Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền
              # địa phương năm 2019", corpus-real-8/hdnd-huonghoa-quangtri-kyhop23.txt)
              # (or "sửa đổi" alone: "Pháp lệnh sửa đổi một số điều của Pháp lệnh Xử lý vi phạm hành chính ngày 08 tháng 3
              # năm 2007", corpus-real-22/nd-128-2008-nd-cp-phaplenh-xuly-vipham-hanhchinh-tailieuxanh.txt)
              # (the laws it amends counted first: "- 7Luật sửa đổi, bổ sung một số Điều của 37 Luật có liên quan đến quy
              # hoạch 2018", corpus-real-47/doc-hethongphapluat-qd847-qd-ttg-quy-hoach-phong-chong-thien-tai-thuy-loi-2023.txt)
              (?P<amend> {V("sửa đổi")} (?: {S0} ,? {S1} {V("bổ sung")} )? {S1}
                (?: {V("một số điều")} | {V("điều")} {S1} [0-9]+ (?: {S0} , {S1} [0-9]+ )* ) (?: {S1} {V("của")} )?
                {S1} (?: [0-9]{{1,3}} {S1} )? {amended} (?: {S0} (?: , | {V("và")} ) {S1} {amended} ){{0,11}} )
              | (?P<law_pr> {pair} )
            | {self._law_joined(law_stop, lc_word, law_year, or_lost)} | {self._law_and(law_stop)}
              # the Constitution by its country, a line break anywhere ("Căn cứ Hiến pháp nước\nCộng hòa xã hội chủ nghĩa
              # Việt Nam;", corpus-real-2/vbhn-32-vpqh-luat-tccqdp-2023.txt) or by its year alone ("Hiến pháp năm 2013")
            | (?P<law_cn> {V("nước")} {S1}
                (?: {V("Cộng hòa xã hội chủ nghĩa Việt Nam")} | CHXHCN {S1} {V("Việt Nam")} | CHXHCNVN )
                (?: {S1} {V("năm")} {S1} (?:19|20)[0-9]{{2}} (?![0-9]) )? )
            | (?P<law_cy> (?: {V("năm")} {S1} )? (?:19|20)[0-9]{{2}} (?![0-9/\-]) )
              # Luật Cán bộ công chức, Hiến pháp: a capitalised name of up to 13 words
            | (?P<law> {law_body} )
              # "Luật ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015": a name in lower case,
              # only when its date or number follows (else "Luật pháp", "luật quy định" are words)
            # (a comma, an acronym too: "Luật phòng, chống … (HIV/AIDS) ngày 29 tháng 6 năm 2006", corpus-real-25/nq-70-…)
            | (?P<law_lc> (?! {law_stop} (?!\w) ) [{LOWER}]\w* (?: (?: {HS}+ | {HS}* , {HS}+ (?= [{LOWER}] ) )
                (?! {law_stop} (?!\w) ) {lc_word} ){{1,20}}? (?: {HS}+ \( [{UPPER}0-9/]{{2,12}} \) )?
                (?= {S0} ,? {S0} {A(["ngày", "số", "năm"], boundary=False)} {S0} [0-9] | {law_year} {or_lost} ) )
              # a law the registry knows, its name in lower case and nothing after it: "Nghị định 34/2016/NĐ-CP quy định chi
              # tiết và biện pháp thi hành Luật ban hành văn bản quy phạm pháp luật" (corpus-real-5/nq-03-2023-…)
            | (?P<law_kn> {self._known_law_names()} (?!\w) )
            )
            """,
            X,
        )

    def _law_joined(self, law_stop: str, lc_word: str, law_year: str, or_lost: str) -> str:
        """A law's name whose words a comma, a line break or "và" joins, when its number, date or year follows (the
        ``law_cm`` alternative of :meth:`_named_law`)."""
        A, V = self.A, self.V
        # "Luật Cán bộ, công chức số 22/2008/QH12": a name with a comma, when its number or date follows
        # and a name broken by a line: "Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025" (not into the
        # next item: "Căn cứ Luật Ngân sách nhà nước\nCăn cứ Nghị định số 30/2020/NĐ-CP …")
        # and "và" joining two bodies in a name: "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003"
        # (not before another type word: "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"; see _amended_law)
        # or two fields in lower case, the name's date or year after them: "Luật Phòng cháy và chữa cháy ngày
        # 29/6/2001" (corpus-real-40/doc-123docz-qd22-2011-qd-ubnd-hanoi-phong-chay-chua-chay-rung.txt), "- 2Luật Bầu
        # cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015" (corpus-real-44/doc-hethongphapluat-qd2873-…)
        # (up to 16 words, as its date holds it: "Căn cứ Luật Ban hành văn bản quy phạm pháp luậtcủa Hội đồng nhân dân, Ủy
        # ban nhân dân ngày 03 tháng 12 năm 2004", corpus-real-11/nq-11-2011-nq-hdnd-tiengiang-kehoach-ktxh-2012.txt)
        next_item, several = self._law_joined_guards()
        return rf"""(?P<law_cm> {self.CAP} \w* (?: (?: {HS}+ | {HS}* , {HS}+ (?! {next_item} ) | {HS}* \n {HS}* (?! {next_item} )
                  | {HS}+ {V("và")} {HS}+ (?! {next_item} | {several} ) )
                (?! {law_stop} (?!\w) ) {lc_word} ){{1,16}}?
                (?= {S0} ,? {S0} {A(["ngày", "số", "năm"], boundary=False)} {S0} [0-9] | {law_year} {or_lost}
                  | {S1} (?: {V("đã")} {S1} )? {V("được")} {S1} {V("Quốc hội")} ) )"""

    def _law_joined_guards(self) -> tuple[str, str]:
        """What a law's name does not join after a comma, a line break or "và": a type word or a preamble's opener
        (vocabulary ``preamble_opener``: "Căn cứ", "Xét", "Thực hiện", "Theo" …), and an article of several, which opens
        another phrase, no field of the name ("Luật Đất đai và các văn bản hướng dẫn", vocabulary ``plural_marker``)."""
        A = self.A
        next_item = A(list(self.lex.type_words) + list(self.lex.words("preamble_opener")))
        return next_item, A(list(self._plural("plural", "many", "some", "each")))

    def _law_and(self, law_stop: str) -> str:
        """A law's name of two fields that "và" joins, no date or number after it (the ``law_va`` alternative of
        :meth:`_named_law`): a short field in lower case closing the clause, or before "và Luật". "Căn cứ Luật Sử dụng⏎năng
        lượng tiết kiệm và hiệu quả;" (corpus-real-46/doc-thuvienphapluat-qd3587-qd-ubnd-quangbinh-nang-luong-tiet-kiem-
        2019.txt), "Luật Phòng cháy và chữa cháy và Luật sửa đổi bổ sung một số điều …" (corpus-real-40/doc-vanban123-
        kh66-kh-ubnd-namdinh-huy-dong-luc-luong-chay-2021.txt): both labelled whole. Not an article of several or another
        document after "và" ("Luật Đất đai và các văn bản hướng dẫn;"), nor what is done with the law (a cue or a title's
        generic word, vocabulary ``trigger`` and ``title_generic``: "triển khai Luật An ninh mạng và tổ chức tập huấn."),
        nor a longer phrase the clause goes on with."""
        A, V = self.A, self.V
        next_item, several = self._law_joined_guards()
        done = A([c for c, _ in self.lex.pairs("trigger")] + list(self.lex.words("title_generic")))
        field = rf"[{LOWER}]\w* (?: {HS}+ (?! {law_stop} (?!\w) ) [{LOWER}]\w* ){{0,2}}"
        return rf"""(?P<law_va> {self.CAP} \w* (?: (?: {HS}+ | {HS}* \n {HS}* ) (?! {law_stop} (?!\w) ) \w+ ){{0,8}}?
                {HS}+ {V("và")} {HS}+ (?! {next_item} | {several} | {done} ) {field}
                (?= {HS}* (?: [;.] | \n | $ ) | {HS}+ {V("và")} {HS}+ {V("luật", first_upper=True)} (?!\w) ) )"""

    def _amended_law(self, law_name: str, law_stop: str) -> str:
        """The law an amending law names (see :meth:`_named_law`): a comma may be in its name ("… một số điều của Luật⏎Cán
        bộ, công chức và Luật Viên chức ngày 25 tháng 11 năm 2019", corpus-real-8/qd-65-2024-qd-ubnd-tiengiang-tieuchuan-
        lanhdao.txt), and it may be in lower case, the amending law's words saying it is one ("… hướng dẫn thi hành Luật
        khoáng sản và Luật sửa đổi, bổ sung một số điều của Luật khoáng sản;", corpus-real-27/qd-36-2010-qd-ubnd-khoangsan-
        hanam-hethongphapluat.txt). An amending law names as many as it amends, nine: "Luật Sửa đổi, bổ sung một số điều
        của Luật Chứng khoán, Luật Kế toán, …, Luật Dữ trữ quốc gia, Luật Xử lý vi phạm hành chính ngày 29 tháng 11 năm
        2024" (corpus-real-23/nq-18-2025-nq-hdnd-thanhhoa-sua-doi-nq-64-2017-congtacphi-nhansu.txt). A name with a comma
        (``law_cm``, "Luật Cán bộ, công chức") does not run over the comma into the next document of a list: "… quy định
        chi tiết thi hành một số điều của Luật Cư trú, Nghị định số 107/2007/NĐ-CP ngày 25/6/2007 và …" (corpus-real-24/
        police-tt-52-2010-tt-bca-luat-cutru-nd-107-2007-thuvienphapluat.txt). A portal's year closing the line is the
        amending law's, not a word of the law it names: "- 7Luật sửa đổi, bổ sung một số Điều của 37 Luật có liên quan đến
        quy hoạch 2018" (corpus-real-47/doc-hethongphapluat-qd847-qd-ttg-quy-hoach-phong-chong-thien-tai-thuy-loi-2023.txt)."""
        amended = law_name.replace(
            rf"{HS}+ (?! {law_stop}", rf"(?: {HS}+ | {HS}* , {HS}+ (?= [{LOWER}] ) ) (?! {_YEAR_AT_END} | {law_stop}"
        )
        amended = amended.replace(rf"(?= {self.CAP} )", "", 1)  # (a pair of words in lower case: "Luật phòng,chống ma túy")
        return amended.replace(rf"(?: {self.CAP} ) \w*", rf"(?: {self.CAP} | [{LOWER}] ) \w*", 1)

    def _amending_pair(self, law_stop: str, law_year: str) -> str:
        """The portals' short title of an amending law that names two laws, "sửa đổi" and its year at the end of the list
        line: one law, not two ("- 4 Luật Tổ chức chính phủ và Luật Tổ chức chính quyền địa phương sửa đổi 2019", "- 3
        Luật Phòng, chống thiên tai và Luật Đê điều sửa đổi 2020", corpus-real-43/list-hethongphapluat-qd42-2023-qd-ubnd-
        dongthap-phong-chong-thien-tai.txt; the law of 22/11/2019 that amends both). Only with "sửa đổi" closing the line
        or before its year, and two laws, not a law and its amending law: "Nghị định 121/2005/NĐ-CP Hướng dẫn Luật thi
        đua, khen thưởng và Luật Thi đua, khen thưởng sửa đổi" (corpus-real-41/doc-thuviennhadat-nd121-2005-nd-cp-luat-
        thi-dua-khen-thuong.txt: two mentions)."""
        V = self.V
        name = rf"""{self.CAP} \w* (?: (?: {HS}+ | {HS}* , {HS}+ (?= [{LOWER}] ) ) (?! {law_stop} (?!\w) ) \w+ ){{0,12}}?"""
        return rf"""(?P<law_pr_a> {name} ) {HS}+ {V("và")} {HS}+ {V("luật", first_upper=True)} {HS}+
            (?! (?i: (?P=law_pr_a) ) {HS}+ {V("sửa đổi")} ) {name} {HS}+ {V("sửa đổi")} (?= {law_year} | {HS}* (?: \n | $ ) )"""

    def _law_pair(self) -> str:
        """Two words a comma joins at the head of a law's name, vocabulary ``law_name_pair``, its first capitalised (see
        :meth:`_amended_law` for a name in lower case): "Đến Luật Phòng, chống tham nhũng (PCTN) năm 2005 phát triển chế
        định …" (corpus-real-42/article-quanlynhanuoc-kiem-soat-tai-san-thu-nhap-2022.txt), "Căn cứ Luật Thi đua, Khen
        thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng
        6 năm 2005" (corpus-real-52/doc-hethongphapluat-qd08-2012-qd-ubnd-angiang-quy-che-thi-dua-khen-thuong-2012.txt):
        one name, whatever follows it, not "Luật Phòng" and a comma (a name with any other comma is read only when its
        date or number follows, ``law_cm``)."""
        pairs = []
        for phrase in self.lex.words("law_name_pair"):
            first, second = (w.strip() for w in phrase.split(","))
            pairs.append(rf"{self.V(first, boundary=False)} {HS}* , {HS}* {self.V(second, boundary=False)}")
        return rf"(?= {self.CAP} ) (?: {' | '.join(pairs)} ) (?!\w)" if pairs else "(?!)"

    def _law_stop(self) -> str:
        """A word that ends a law's name (``law_stop``); "số" only before a number (:func:`_so_before_a_number`); a word
        valued ``marked`` only as written with its marks (without them "về" is "vệ" of "Luật Dân quân tự vệ")."""
        so_ends = _so_before_a_number(self.A(["số"], boundary=False), S0, r"(?!\w)")
        stops = [w for w, v in self.lex.pairs("law_stop") if self.ex or v != "marked"]
        return rf"(?: {so_ends} {self.A(stops, boundary=False)} {self.or_so_lost} )"

    def _known_law_names(self) -> str:
        """The registry's law names (:attr:`Lexicon.law_names`) in any case, a line break or spaces between words."""
        if not self.ex:
            return _folded_alternation(self.lex.law_names) if self.lex.law_names else "(?!)"
        alts = [rf"{S1}".join(map(re.escape, n.split())) for n in self.lex.law_names]
        return "(?i: " + " | ".join(alts) + " )" if alts else "(?!)"

    def _congress_head(self) -> str:
        """ "Đại hội" of a congress's name, or "Đại hội" with its "hội" dropped before the words only a congress's name
        has ("đại biểu", "Đoàn") and with its ordinal or its term soon after: "… nắm bắt kịp thời Nghị quyết Đại đại biểu
        Đảng bộ phường nhiệm kỳ 2025-2030" (corpus-real-4/danguy-phuong-thuduc-hcm-nq-daihoi-i-2025.txt), "… Chương trình
        hành động thực hiện Nghị quyết Đại Đoàn Toàn quốc lần thứ XI" (corpus-real-7/tinhdoan-tayninh-trienkhai-nq-daihoi-
        doan-2018.txt); the name as written is the issuer. Not "Đại Đoàn Kết" (a newspaper, the great union: no ordinal
        or term follows)."""
        if not self.ex:
            return self.V("Đại hội")  # (folded text: "dai" is too common a syllable to stand for a congress)
        ends = rf"[^\n.;]{{0,60}}? (?: lần {HS}+ thứ | nhiệm {HS}+ kỳ ) (?!\w)"  # (its ordinal or its term, soon)
        damaged = rf"Đại (?= {HS}+ (?: đại {HS}+ biểu | Đoàn ) (?!\w) {ends} )"
        return rf"(?: {self.V('Đại hội')} | {damaged} )"

    def _congress_body(self) -> str:
        """The body a congress is of, right after "Đại hội", where no congress word would read it: "… tổng kết thực hiện
        Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022-2025" (corpus-real-24/hospital-sannhivinhphuc-daihoi-chibo-ngoai-
        chuyenkhoa-2025.txt), once cut to "Đại hội Chi"; only there ("các chi bộ" later on is the sentence's), and
        capitalised, as a name is written ("thực hiện Nghị quyết Đại hội chi bộ đề ra": any cell's congress, no name)."""
        if not self.ex:
            return ""  # (folded text: every word is a congress word already)
        names = [w[:1].upper() + w[1:] for w in self.lex.words("congress_body")]  # (capitalised, as a name is written)
        return rf"(?: {HS}+ (?: {folded_alternation(names, rf'{HS}+', re.escape)} ) (?!\w) )?" if names else ""

    def _congress_to_ordinal(self, ordv: str) -> str:
        """A congress named by any words up to its ordinal, on one line: "Đại hội Hội Nông dân tỉnh lần thứ IX",
        "Đại hội đại biểu Đảng bộ thành phố Hải Phòng lần thứ I" (the words of an organisation's name are no closed list;
        the ordinal ends the name, so it cannot run on into the sentence)."""
        if not self.ex:
            return r"(?!)"  # (folded text: every word is a congress word already)
        # (a Roman numeral also in lower case, as pages write it: "Đại hội đại biểu toàn quốc lần thứ xiii của Đảng")
        # A name's word may be a place's abbreviation with its full stop ("Nghị quyết Đại hội đại biểu Đảng bộ TP. Cần Thơ
        # lần thứ I", corpus-real-13/news-cafef-daihoi-dangbo-cantho-i-bemac-nq-2025.txt) or in brackets ("Nghị quyết Đại
        # hội Công đoàn thành phố Hồ Chí Minh (TP.HCM) lần thứ XII", corpus-real-14/news-laodongthudo-nq-daihoi-congdoan-
        # tphcm-xii-2024.txt), and the page may break the line inside the name ("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ\n
        # XVII, nhiệm kỳ 2020 - 2025", corpus-real-14/kh-166-kh-ubnd-haiduong-lang-antoan-tt23-bca-2021.txt): one line
        # break at most, the ordinal still ends the name.
        # A dash may join two capitalised parts of a place's name ("Nghị quyết Đại hội đại biểu đảng bộ tỉnh Bà Rịa - Vũng
        # Tàu lần thứ VII, nhiệm kỳ 2020 - 2025", corpus-real-21/kh-111-kh-ubnd-bariavungtau-ktxh-2021-2025-nq-daihoi-xiii-
        # hethongphapluat.txt), as in a body's locality.
        gap = rf"(?: {HS}+ | {HS}* \n {HS}* | {HS}+ [-–] {HS}+ (?= [{UPPER}] ) )"
        word = rf"(?: \w+ | [{UPPER}] \w? \. (?: \w+ | (?= {HS}+ [{UPPER}] ) ) | \( [^()\n]{{1,12}} \) )"
        return rf"""(?: {gap} {word} ){{1,9}}? {gap} {self.V("lần thứ")} {gap}
            (?: {self.roman} | [ivxl]{{1,6}} | {ordv} ) (?!\w)"""

    def _congress_gap(self) -> str:
        """The blanks between two words of a congress's name, or a line break the page puts inside it, as
        :meth:`_congress_to_ordinal` crosses one: "… và Nghị quyết Đại hội\nXX Đảng bộ tỉnh" (corpus-real-43/doc-
        thuviennhadat-kh75-kh-ubnd-binhdinh-y-te-thong-minh-2022.txt, the issuer "Đại hội XX Đảng bộ tỉnh"). Only
        before the congress's numeral with the name going on after it, or before a word of the vocabulary's
        ``congress_word`` ("Đảng bộ", "tỉnh"): a capitalised word on the next line opens a heading or a sentence as
        often ("Nghị quyết Đại hội XIII\nII. NỘI DUNG")."""
        if not self.ex:
            return rf"{HS}+"
        words = self.A(list(self.lex.words("congress_word")))
        return rf"(?: {HS}+ | {HS}* \n {HS}* (?= {self.roman} (?!\w) {HS}+ \w | {words} ) )"

    def _congress_word(self) -> str:
        """A word of a congress's name: a capitalised word, a numeral, or one of the words
        names are made of ("đại biểu toàn quốc", "Đảng bộ", "cấp tỉnh", "lần thứ", "của")."""
        if not self.ex:
            return self._folded_congress_word()
        words = self.A(list(self.lex.words("congress_word")))
        # a capitalised word ("TNCS", "T.Ư"), not the full stop after it ("lần thứ XI. Trên …")
        cap = rf"[{UPPER}]\w* (?: \.\w+ )*"
        return rf"(?: {words} | {cap} | {self.roman} | {self.A(self.ordinals)} )"

    def _folded_congress_word(self) -> str:
        """A word of a congress's name in folded text, where no capital tells a name's word from the sentence's: any
        word but one that starts a type word, a cue or a date, or joins a list (vocabulary ``congress_name_stop``: "Nghi
        quyet Dai hoi XIII cua Dang gan voi thuc hien Ket luan so 93-KL/TW": the congress ends before "gan voi", the
        conclusion is a reference of its own)."""
        stops = {fold(w).lower() for w in self.lex.type_words} | {
            fold(c).replace(",", " ").lower() for c, _ in self.lex.pairs("trigger")
        }
        stops |= set(self.lex.folded_words("congress_name_stop"))  # ("và", "ngày", "số", "gắn với", …)
        return rf"(?! (?: {folded_alternation(stops)} ) (?![a-z]) ) [a-z0-9]+ (?: \.[a-z0-9]+ )*"

    def _descriptive(self) -> re.Pattern:
        """Up to two lower-case words, then "của": "Chỉ thị (mới) của Ban Bí thư"."""
        word = rf"[{LOWER}]+" if self.ex else r"[a-z]+"
        cua = vocab("của", self.mode, boundary=False)
        return re.compile(rf"(?: {S1} (?! {cua} (?!\w) ) {word} ){{0,2}} {S1} (?P<cua> {vocab('của', self.mode)} )", X)

    def _short_ok(self) -> re.Pattern:
        """A type and a number without "số" are a reference only before what ends a name:
        punctuation, "năm 2019", a word that starts the rest of the sentence, or the end of a line
        when the next starts with a capital ("Đảng ủy Công an tỉnh tổ chức quán triệt Nghị quyết 12\nXác
        định …", a heading; not "Kế hoạch 5\nnăm", one phrase broken by the page)."""
        if self.ex:
            return re.compile(
                # (or a paragraph's end: "… tổng kết 10 năm thực hiện Kết luận 61\n\n15:09, 14/12/2020")
                rf"(?= [ \t*_]* \n [\s*_]* (?-i: [{UPPER}{D_UP}] ) )| (?= [ \t*_]* \n [ \t]* \n )|"
                # (not "Kế hoạch 5 năm 2021-2025": a number of years before a period is a five-year plan)
                # (an opening quote: its title follows, "thực hiện Đề án 939 “Hỗ trợ Phụ nữ khởi nghiệp” giai đoạn 2018 - 2022")
                # (a headline's dash before its comment: "Quy định 22 - điểm tựa cho những nhân tố dám đột phá …",
                # corpus-real-11/news-antv-print-qd22-kiemtra-2021.txt; not a range, "Chỉ thị 15 - 16")
                rf"(?= (?: {HS}+ [-–] {HS}* | [-–] {HS}+ ) [{LOWER}] )|"
                r"(?= [\s*_]* (?: $ | [,.;:)\]\"”“«] | \( "
                r"| năm [\s*_]+ (?:19|20)[0-9]{2} (?![0-9] | \s*[-–]\s*(?:19|20)[0-9]{2}) | (?:"
                + folded_alternation(self.lex.words("short_follow"), r"\s+", re.escape)
                + rf") (?: (?!\w) | (?<=[{LOWER}]) (?=[{UPPER}{D_UP}]) ) ) )",  # "quy định 144 củaBộ Chính trị"
                X | re.IGNORECASE,
            )
        return re.compile(
            # (a paragraph's end as above; not a line's: no capitals tell a heading's end from a phrase the page broke)
            r"(?= [ \t*_]* \n [ \t]* \n )|(?= (?: [ \t]+ [-–] [ \t]* | [-–] [ \t]+ ) [a-z] )|"
            r"(?= [\s*_]* (?: $ | [,.;:)\]\"“«] | \( | nam \s+ (?:19|20)[0-9]{2} (?![0-9] | \s*-\s*(?:19|20)[0-9]{2}) | (?:"
            + self._folded_short_follow()
            + r") (?![a-z]) ) )",
            X,
        )

    def _folded_short_follow(self) -> str:
        """The words that may follow a type and its bare number (vocabulary ``short_follow``), folded, as alternatives."""
        return folded_alternation(self.lex.words("short_follow"))

    def _aliases(self) -> dict:
        return {"alias": self._alias(), "alias_wide": self._alias(wide=True)}

    def _alias(self, wide: bool = False) -> re.Pattern:
        """A name given in parentheses after a reference; ``wide``: any line end in the name (the engine's tight loop of
        one class; :func:`~vanban.references.resolve._aliases` asks the exact pattern, no blank line in the name, only
        when the wide one's name holds a line end)."""
        cues = self.A(self.lex.words("alias_cue"))
        name = "[^()]" if wide else _IN_PARENTHESES
        return re.compile(rf"{S0} \( {S0} (?: (?P<cue> {cues} ) {S0} :? {S0} )? (?P<alias> {name}{{2,90}}? ) {S0} \)", X)

    def _lookback(self) -> re.Pattern:
        """A type word (and "số") right before a bare symbol, on the folded text before it:
        "văn bản số 145-TB/TW", "Chỉ thị 12/CT-TW", damaged "ch th 45-CT/TW"."""
        words = sorted({*self.lex.type_words, *self.lex.words("generic_type")}, key=lambda x: (-len(x), x))
        types = [r"\s+".join(re.escape(fold(w)) for w in t.split()) for t in words]
        types += [r"ch\s+th", r"ngh\s+quy[e]?t", r"k[e]?t\s+lu[a]?n", r"k\s+ho[a]?ch", r"van\s+bn", r"quy\s+nh", r"quy[e]?t\s+nh"]
        # (grouped by their first letter, in their order, and no letter before it, tested after it: the engine skips to
        # the letters that start a type word and tries the words of that letter only; three times faster than the test
        # first and the forty-six words one by one)
        by_lead: dict[str, list[str]] = {}
        for t in types:
            by_lead.setdefault(t[0], []).append(t[1:])
        types_led = " | ".join(lead + r"(?<![a-z].)(?:" + "|".join(rests) + ")" for lead, rests in sorted(by_lead.items()))
        # (its qualifiers, vocabulary ``type_qualifier`` as the type's tail reads them: "Chương trình hành động", "Nghị
        # quyết liên tịch", "Nghị quyết chuyên đề", folded)
        quals = " | ".join(r"\ ".join(fold(w).split()) for w in self._qualifiers())
        return re.compile(
            rf"""
            (?P<type> {types_led} )                                   # the type word, also as encoding errors leave it
            (?: \s+ (?: {quals} ) )?                                 # qualifier
            # (của X) số; "số" glued to the type word (the checklist's "đã có văn bảnsố 71-HD/BTGTW hướng dẫn")
            (?: (?: \s+ (?: cua \s+ [^,.;:()\n]{{2,60}}? \s+ )? (?: so | s ) | (?<= [a-z] ) so ) (?! [a-z] ) \s* :? )?
            \s* (?: [0-9]{{1,5}} \s* (?: , | & | va ) \s* )* $         # earlier numbers of a list
            """,
            X,
        )

    # --- resolution and relations ------------------------------------------------------

    def _agents(self) -> dict[str, re.Pattern]:
        """The patterns that read an agent before a reference: its act, its act's date, its term."""
        return dict(
            agent=self._agent(),
            agent_date=self._agent_date(),
            opening_date=self._opening_date(),
            agent_tail=self._agent_tail(),
            # (or the session the body sits in, after its term or alone: "ngày 20/6/2013, Quốc hội khóa XIII, kỳ họp thứ 6
            # đã thông qua Luật hòa giải ở cơ sở", corpus-real-26/pbgdpl-moj-05-nam-luat-hoagiai-coso-kh-370-kh-btp-…;
            # "trình HĐND huyện kỳ họp thứ Năm thông qua nghị quyết …", corpus-real-22/ttr-211-2017-ubnd-chauthanh-…)
            agent_term=re.compile(
                r"(?: \(? \s* khoa \s+ (?P<t> [ivxlc]{1,6} | [0-9]{1,2}) \s* \)? (?: [\s,\-–]* " + _SESSION + r" )?"
                r" | (?<![a-z]) [\s,\-–]* " + _SESSION + r" ) \s* $",
                X,
            ),
        )

    def _agent(self) -> re.Pattern:
        verbs = _folded_alternation(v for v in self.lex.words("agent_verb") if v != "theo")
        # (the words of manner before the verb, vocabulary agent_manner, folded, one space apart, the longest first: "BTV
        # Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU", corpus-real/news-gialai-kh-248-tu-2020.txt)
        manners = folded_alternation(self.lex.words("agent_manner"), gap=r"\ ")
        return re.compile(
            _searched(rf"""
            # (the vote before the passing: "Quốc hội khóa XV đã biểu quyết thông qua Luật Tổ chức Chính phủ sửa đổi",
            # corpus-real-11/decuong-tuyentruyen-luat-tcchinhphu-2025.txt)
            (?: (?: da | vua | moi ) \s+ )? (?: (?: {manners} ) \s+ )?
            (?P<verb> {verbs} ) (?: \s+                  # đã ban hành, vừa có, tại
            # (văn bản) (chỉ đạo) (số): "Ban Thường vụ Tỉnh ủy vừa có văn bản chỉ đạo số 682-CV/TU"
            # (also glued: "đã có vănbản số 71-HD/BTGTW", "tại văn bảnsố 238/UBND-KGVX")
            (?: (?: van \s* b(?:a)?n ) \s* (?: (?: chi \s+ dao | huong \s+ dan ) \s+ )? )? (?: (?: so | s ) \s+ )?
            # (or the reference glued to the verb, the space before its capital lost: "Bộ Chính trị ban hànhNghị quyết",
            # the checklist's cue-glued class, after "Căn cứPháp lệnh", corpus-real-28/tt-15-2015-tt-nhnn-giaodich-…)
            )? $
            """),
            X,
        )

    def _agent_tail(self) -> re.Pattern:
        """The end of the text right before a reference whose agent precedes it, folded: an agent verb (vocabulary
        ``agent_verb``: "đã ban hành", "thông qua") or the generic type and its kind of "văn bản chỉ đạo số"; a cheap
        test before :attr:`Grammar.agent` (searched in the last dozen characters: what is longer ends with what is not)."""
        ends = {_folded_phrase(v) for v in self.lex.words("agent_verb") if v != "theo"}
        ends |= {_folded_phrase(w) for w in ("số", "chỉ đạo", "hướng dẫn")} | {r"van\s*ban"}  # (glued: "vănbản")
        return re.compile(rf"(?:{'|'.join(sorted(ends, key=lambda e: (-len(e), e)))})\Z")  # (an order of its own: the key)

    #: a whole date as a reporting sentence writes it, folded: "22/7/2010", "22 tháng 7 năm 2010"
    _REPORTED_DATE = r"""
        [0-9]{1,2} \s? [/.\-] \s? [0-9]{1,2} \s? [/.\-] \s? (?:19|20)[0-9]{2}
      | [0-9]{1,2} \s+ thang \s+ [0-9]{1,2} \s* ,? \s* nam \s+ (?:19|20)[0-9]{2}
    """

    def _opening_date(self) -> re.Pattern:
        """A date and a comma in the clause of a reported act, folded (the last one before the act is its date): "Ngày
        14/6/2024 vừa qua, Bộ Chính trị đã ban hành Chỉ thị số 35-CT/ TW" (corpus-real-10/news-baoquangtri-diemmoi-
        ct35-2024.txt), "Ngày 02/3/2017, đồng chí Lê Minh Chuẩn - Bí thư Đảng ủy, Chủ tịch HĐTV Tập đoàn đã ký ban hành
        Nghị quyết số 19-NQ/ĐU" (corpus-real-15/nq-19-nq-du-tkv-cogioihoa-2017.txt)."""
        return re.compile(
            rf"""
            (?<![a-z0-9]) (?: (?: sang | chieu | toi | trua ) \s+ )? (?: ngay | vao \s+ ngay ) \s+ (?P<d> {self._REPORTED_DATE} )
            (?: \s+ vua \s+ qua )? \s* ,
            """,
            X,
        )

    def _agent_date(self) -> re.Pattern:
        meeting = _folded_alternation(self.lex.words("meeting_noun"), lossy=False)  # (vocabulary meeting_noun)
        return re.compile(
            rf"""
            (?: ngay | vao\ ngay ) \s+ (?P<d> {self._REPORTED_DATE} ) [\s,]*
            # the sitting between: "Ngày 16/6/2020, tại kỳ họp thứ 9, Quốc hội khóa XIV đã thông qua Luật Thanh niên"
            # (corpus-real-9/doan-phuong10-tanbinh-hoithi-luat-thanhnien-2021.txt)
            (?: tai \s+ {meeting} (?: \s+ [a-z0-9]+ ){{0,4}} [\s,]+ )? $
            """,
            X,
        )

    def _trigger(self) -> re.Pattern:
        """Relation cues, longest first. In exact mode one fast alternation (the caller reads the relation
        from the cue's words); in folded mode the group name says it (``implements_12``), since a cue
        damaged by an encoding error ("thc hin") is not spelled as in the table."""
        if self.ex:
            # = (?<!\w) A(cues) (?!\w), with the look-behind after each lead letter: a pattern that starts
            # with a letter lets the engine skip to the positions of those letters (windows are scanned per reference)
            cues = sorted({c for c, _ in self.lex.pairs("trigger")}, key=lambda c: (-len(c), c))
            by_lead: dict[str, list[str]] = {}
            for a in (a for c in cues for a in literal_led_cased(c, False)):
                lead, rest = a.split("{lb}", 1)
                by_lead.setdefault(lead, []).append(rest)
            if all(lead.isalpha() and len(lead) == 1 for lead in by_lead):
                groups = [lead + r"(?<!\w.)(?:" + trie(rests) + ")" for lead, rests in sorted(by_lead.items())]
                return re.compile("(?:" + "|".join(groups) + r")(?!\w)", X)
            return re.compile(rf"(?<!\w) {self.A(cues, boundary=False)} (?!\w)", X)
        parts = sorted(((len(c), rel, self.V(c, boundary=False)) for c, rel in self.lex.pairs("trigger")), key=lambda x: -x[0])
        if all(p[:1].isascii() and p[:1].isalpha() and p[1:2] not in ("?", "*", "+", "{") for _, _, p in parts):
            # the same, each cue's first letter outside its group and the look-behind after it: led by letters, the engine
            # skips to them (a look-behind first is tried at every position: 13x slower on a window)
            alts = " | ".join(rf"{p[0]}(?<!\w.)(?P<{rel}_{i}> {p[1:]} )" for i, (_, rel, p) in enumerate(parts))
            return re.compile(rf"(?: {alts} ) (?!\w)", X)
        alts = " | ".join(f"(?P<{rel}_{i}> {p} )" for i, (_, rel, p) in enumerate(parts))
        return re.compile(rf"(?<!\w) (?: {alts} ) (?!\w)", X)

    def _chain_gap(self) -> re.Pattern:
        """A gap (folded) that makes the next reference nested: ", về việc tiếp tục thực hiện"."""

        cues = folded_alternation((c.replace(",", " ") for c, _ in self.lex.pairs("trigger")), r"\s*,?\s+")
        review, count = self.review, self.count
        leads = _folded_alternation(self.lex.words("goes_on_lead"), lossy=False)  # lãnh đạo, chỉ đạo, tăng cường, đẩy mạnh
        return re.compile(
            rf"""
            ^ [\s,*_\"'“”]* (?: (?P<ve> ve\s+viec | ve ) \s+ )? (?: viec \s+ )? (?: (?: nham | de ) \s+ )?
            # "về lãnh đạo, tổ chức triển khai thực hiện Nghị quyết số 119/2020/QH14": who leads the carrying out
            (?: {leads} \s* (?: , | va )? \s+ ){{0,3}}
            (?: to\s+chuc \s+ )?
            (?P<cue>
                (?: {review} (?: \s+ {count} )? \s+ (?: nam | thang ) \s+ )?   # sơ kết 5 năm
                (?: {cues} ) (?: \s* (?: , | va ) \s* (?: {cues} ) )*           # thực hiện, quán triệt và triển khai
            )
            \s* (?: , \s* )? (?: viec \s+ )? (?: co\s+hieu\s+qua \s+ )?
            # "… một số điều trong Quy định 69-QĐ/TW" (corpus-real-24/central-thuvienphapluat-tin-qd-69-qd-tw-2022-….txt)
            (?: (?: mot\s+so\s+ (?: dieu | noi\s+dung ) | cac\s+noi\s+dung | noi\s+dung ) (?: \s+ (?: cua | trong ) )? \s+ )?
            # the article the cue acts on: "sửa đổi điểm b khoản 13 Điều 1 của Nghị định số 31/2011/NĐ-CP", "sửa đổi, bổ sung
            # khoản 3 Điều 2 Quyết định số 44/2007 QĐ-BGDĐT" (corpus-real-10/tt-16-2018-…, dhyd-thainguyen-…), or the chapters:
            # "Quy định số 30-QĐ/TW thi hành Chương VII và chương VIII Điều lệ Đảng" (corpus-real-24/central-hd-01-hd-ubkttw-…)
            (?: (?: (?: diem \s+ [a-z0-9]{{1,3}} \s* ,? \s+ )? (?: khoan \s+ [0-9]{{1,3}} \s* ,? \s+ )?
                    dieu \s+ [0-9]{{1,3}} (?: \s* (?: , | va ) \s* [0-9]{{1,3}} )*
                | chuong \s+ [ivxl]{{1,5}} (?: \s* (?: , | va ) \s* (?: chuong \s+ )? [ivxl]{{1,5}} )* )
                (?: \s+ cua )? \s+ )?
            # how many documents the cue acts on: "về thực hiện ba Nghị quyết 04, 05, 06 (khóa VII)"
            # (corpus-real-12/hnd-tw-kiemtra-ninhthuan-ctrhd-nq04-05-06.txt), "thực hiện các Nghị quyết …"
            (?: (?: {self._articles()} | {count} ) \s+ )?
            [\s\"'“”*_]* $
            """,
            X,
        )

    def _in_a_list_before(self) -> re.Pattern:
        """ "các nghị quyết, chỉ thị," right before a lower-case type word, folded: a plural article (vocabulary
        ``plural_marker``) and up to 30 letters, or a type word and a comma."""
        return re.compile(
            rf"(?: (?<![a-z]) (?: {self._articles()} ) \s+ [a-z ]{{0,30}}"
            r" | (?: nghi \s+ quyet | chi \s+ thi | ket \s+ luan | quy \s+ dinh | huong \s+ dan | van \s+ ban | ke \s+ hoach"
            r" | chuong \s+ trinh | chi \s+ dao ) \s* , \s* ) $",
            X,
        )

    def _title_label(self) -> re.Pattern:
        """A register's title label opening the line (or alone on the line above) right before a title, folded: "Trích
        yếu", "Trích yếu nội dung:" (vocabulary ``title_label``)."""
        labels = _folded_alternation(self.lex.words("title_label"))
        return re.compile(rf"(?: ^ | \n ) [\s*_#|]* (?: {labels} ) [\s*_#|:]* $", X)

    def _full_text(self) -> re.Pattern:
        """A page presenting a document's full text, folded (vocabulary ``full_text_cue``: "giới thiệu toàn văn", "Nội
        dung toàn văn"), up to what it presents ("bản", "nội dung" and quotes skipped)."""
        cues = _folded_alternation(self.lex.words("full_text_cue"))
        return re.compile(rf"(?<![a-z]) {cues} (?: \s+ (?: ban | noi \s+ dung ) (?![a-z]) )? [\s*_\"“]*", X)

    def _proposed_change(self) -> re.Pattern:
        """Words that make an amending or replacing cue a change asked for, discussed or to be drafted, ending the folded
        text right before the cue (vocabulary ``proposal_cue``: "tham mưu", "sự cần thiết", "góp ý"), a comma or a
        word or two between ("nghiên cứu, tham mưu", "ý kiến góp ý")."""
        cues = _folded_alternation(self.lex.words("proposal_cue"))
        return re.compile(rf"(?<![a-z]) {cues} (?: \s+ [a-z]+ ){{0,2}} [\s,]* $", X)

    def _others_change(self) -> re.Pattern:
        """What makes an amending or replacing cue a change another document makes, ending the folded text right before
        the cue: a type word with no number, its issuer after "của" or not ("Nghị quyết sửa đổi, bổ sung Nghị quyết số
        85", "Luật sửa đổi, bổ sung …"), a draft of any type (vocabulary ``draft_word``: "Thảo luận đóng góp ý kiến vào Dự
        thảo sửa đổi, bổ sung Điều lệ Hội Cựu chiến binh Việt Nam", corpus-real-23/hoi-truongchinhtri-phutho-daihoi-ccb-
        tinh-vii-2022-dieule.txt: the draft would make it), the passive ("được sửa đổi, bổ sung", "bị bãi bỏ"), or a change
        reported as made, "đã" or "vừa" a few words before the cue ("theo nghị quyết số 15-CP ngày 14-01-1975 của Hội đồng
        Chính phủ đã quy định và thay thế cho thông tư số 44-TT/LB", corpus-real-23/ministry-tt-18-byt-tt-1979-giamdinh-
        ykhoa-hethongphapluat.txt: the citing document says "thay thế", not "đã thay thế", of what it changes). The
        caller tells the citing document's own title ("NGHỊ QUYẾT\nSửa đổi, bổ sung …") apart (group ``type``)."""
        types = _folded_alternation(self.lex.type_words)
        drafts = _folded_alternation([w for w, v in self.lex.pairs("draft_word") if v == "any"], lossy=False)
        passive, done = folded_alternation(self._passive("agent", "")), folded_alternation(self._done(*_DONE_AHEAD))
        return re.compile(
            rf"""(?<![a-z]) (?: (?P<type> {types} ) (?: \s+ cua (?: \s+ [a-z0-9\-]+ ){{1,12}}? )? | (?:{passive}) | {drafts}
                 | (?:{done}) (?: \s+ [a-z]+ ){{0,3}}? ) [\s,]* $""",
            X,
        )

    def _changed_by(self) -> re.Pattern:
        """The gap between an amending or replacing cue and the document after it when that document is the one that
        makes the change, not its object (vocabulary ``change_by``: "bổ sung và sửa đổi theo quyết định số 135-CP"),
        folded: the whole gap. (Words no other cue may have so: "Căn cứ theo công văn số 3597" is a basis.)"""
        agents = _folded_alternation(self.lex.words("change_by"), lossy=False)
        return re.compile(rf"[\s,*_]* (?<![a-z]) {agents} [\s*_]* $", X)

    def _signer_title(self) -> re.Pattern:
        """A signer's title ending the folded text (vocabulary ``signer_title``: "Tổng Bí thư", "Thủ tướng")."""
        return re.compile(rf"(?<![a-z]) {_folded_alternation(self.lex.words('signer_title'))} [\s,]* $", X)

    def _papers(self) -> dict:
        """The patterns of papers named by their meeting, by what they say or by their organisation's short name:
        ``at_a_meeting``, ``report_says``, ``statute_short`` and the types it follows (``statute_types``); the types drafted
        and submitted (``submitted_types``) and those a decision approves (``approved_types``)."""
        return dict(
            at_a_meeting=self._at_a_meeting(),
            report_says=self._report_says(),
            statute_short=self._statute_short(),
            statute_types=frozenset(self.lex.words("statute_type")),
            submitted_types=frozenset(self.lex.words("submitted_type")),
            approved_types=frozenset(self.lex.words("approved_type")),
            short_abbrs=frozenset(self.lex.words("short_abbr")),
        )

    def _at_a_meeting(self) -> re.Pattern:
        """ " tại hội nghị", " tại kỳ họp" after a type word, on the text the grammar reads (vocabulary ``meeting_noun``),
        the meeting's noun ending the match."""
        nouns = self.A(list(self.lex.words("meeting_noun")))
        says = self.A(list(self.lex.words("report_says")))
        return re.compile(rf"{S1} {self.V('tại')} {S1} (?: {nouns} ) (?= {S0} [.,;:)\n] | {S1} (?: {says} ) (?!\w) )", X)

    def _statute_short(self) -> re.Pattern:
        """ " Đoàn", " Hội" right after a statute's type word (vocabulary ``statute_short_name``), matched on the text as
        written: the organisation's short name (group ``short``), its full name not going on (no capitalised word but a
        term, "Khóa IX", after it: "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam" is a title)."""
        short = folded_alternation(self.lex.words("statute_short_name"), r"\ ", re.escape)
        return re.compile(rf"[ \t]+ (?P<short> (?: {short} ) ) (?!\w) (?! [ \t]+ (?! [Kk]h[oó]a | [Kk]ho[aá] ) [{UPPER}] )", X)

    def _titled_cue(self) -> re.Pattern:
        """A capitalised type word and a cue ending the text (vocabulary ``titled_cue``, as written; group ``head``): a
        cited document's title, "- Căn cứ Điều lệ Đảng và Quy định thi hành Điều lệ Đảng;" (corpus-real-33/news-baonghean-
        toan-van-quy-dinh-377-qdtw-2025.txt)."""
        heads = folded_alternation(self.lex.words("titled_cue"), r"[ \t]+", re.escape)
        return re.compile(_searched(rf"(?<!\w) (?P<head> {heads} ) $"), X)

    def _report_says(self) -> re.Pattern:
        """ " cho biết", " nêu rõ" right after a report's type word (vocabulary ``report_says``): the report a news item
        quotes as the subject of what it says, "Báo cáo cho biết Hội nghị Trung ương 13 đã tập trung thảo luận …"
        (corpus-real-24/army-baophuyen-dangu-bdbp-bao-cao-hoinghi-tw-13-khoa-xi.txt); the verb ends the match."""
        says = self.A(list(self.lex.words("report_says")))
        return re.compile(rf"{S1} (?: {says} ) (?!\w)", X)

    def _alias_before(self) -> re.Pattern:
        """An opening parenthesis and an alias cue ending the folded text (vocabulary ``alias_cue``, as :attr:`alias`
        reads it after a document): the short name given there follows ("(gọi tắt là quy định 22)",
        corpus-real-11/chibo-thpt-tranphu-danang-diemmoi-qd22.txt)."""
        return re.compile(rf"\( \s* {_folded_alternation(self.lex.words('alias_cue'))} \s* $", X)

    def _topic_before(self) -> re.Pattern:
        """A topic word (vocabulary ``topic_cue``), its number and a colon, and an opening quote ending the folded text
        before a titled type word: "Chuyên đề 3: “Chiến lược bảo vệ Tổ quốc trong tình hình mới”" (corpus-real-14/
        du-phuong-tanphong-laichau-quantriet-nq-tw8-xiii-2023.txt) names what is taught, not a document."""
        topic = _folded_alternation(self.lex.words("topic_cue"), lossy=False)
        return re.compile(rf"(?<![a-z]) {topic} (?: [ \t]+ [0-9]{{1,2}} )? [ \t]* [:.\-–]? [ \t]* [“\"«] [ \t]* $", X)

    def _review_before(self) -> re.Pattern:
        """ "Sơ kết 01 năm thực hiện …", "sơ kết giữa nhiệm kỳ thực hiện Nghị quyết đại hội Đảng bộ xã": a review right
        before an implementing cue; so are the results of carrying
        a document out ("Báo cáo Tổng kết đã nêu bật kết quả triển khai thực hiện Kết luận 62-KL/TW", "đánh giá
        toàn diện tình hình, kết quả thực hiện Nghị quyết Đại hội …"), also over the years they took ("đồng chí nêu lên
        những kết quả nổi bật qua hơn 02 năm triển khai thực hiện nghị quyết Đại hội", corpus-real-6/du-xa-giomai-quangtri-
        sk-giuanhiemky-2023.txt; "báo cáo kết quả sau 2 năm thực hiện Kết luận số 01-KL/TW", corpus-real-8/hu-phuocson-
        quangnam-sk-kl01-2023.txt: the years are the results' span, not a look back of the citing document), the one who
        carried it out named after them ("Báo cáo kết quả 15 năm Đoàn TNCS Hồ Chí Minh thực hiện Nghị quyết 25",
        corpus-real-14/news-truyenhinhthanhnien-twdoan-gopy-baocao-15nam-nq25-2023.txt). The review reaches its object over
        how it weighs it and the carrying out's process and leading (vocabulary ``review_manner``, ``review_lead``: "đánh
        giá toàn diện, sâu sắc quá trình lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện Nghị quyết số 33-NQ/TW",
        corpus-real-6/tu-nghean-kh-tongket-nq33-ctr10-nq05-2024.txt); so does what it finds in carrying the document out
        (``review_finding``: "những bài học kinh nghiệm sâu sắc trong quá trình lãnh đạo, chỉ đạo triển khai thực hiện
        Nghị quyết Đại hội", corpus-real-19/provincial-vietnamnet-vinhlong-hopbao-daihoi-i-nq-daihoi-3-tinh-2025.txt).
        (The state or survey of the carrying out is :meth:`_review_state`'s.)"""
        manner = rf"(?: \s* ,? \s+ {_folded_alternation(self.lex.words('review_manner'), lossy=False)} )*"
        lead = _folded_alternation(self.lex.words("review_lead"), lossy=False)
        finding = _folded_alternation(self.lex.words("review_finding"), lossy=False)
        span = r"(?: \s* \( \s* (?:19|20)[0-9]{2} \s* - \s* (?:19|20)[0-9]{2} \s* \) )?"  # the years the review spans
        return re.compile(
            _searched(rf"""(?: (?: {self.review} (?: \s+ (?: ket\ qua | tinh\ hinh ) )? {manner}  # sơ kết (kết quả); tổng quát
                (?: \s+ {self.count} \s+ (?: nam | thang ) {span}                 # 5 năm (2007-2017)
                  | \s+ giua \s+ (?: nhiem\ ky | ky ) )? {manner}                 # giữa nhiệm kỳ; toàn diện
              | (?<![a-z]) ket\ qua (?: \s+ (?: to\ chuc | lanh\ dao ) )?     # kết quả (tổ chức)
                (?: (?: \s+ [a-z]+ ){{0,2}}? \s+ (?: qua | sau | trai\ qua ) \s+ (?: (?: gan | hon | khoang ) \s+ )?
                    {self.count} \s+ nam (?: \s+ trien\s+khai )?         # (nổi bật) qua hơn 02 năm (triển khai)
                  | \s+ {self.count} \s+ nam (?: \s+ [a-z]+ ){{0,6}}? )? )  # 15 năm (Đoàn TNCS Hồ Chí Minh)
                (?: \s+ (?: viec | qua\ trinh ) )?                          # (việc | quá trình)
              | (?<![a-z]) {finding} {manner} \s+ trong (?: \s+ qua\ trinh )? )  # hạn chế trong (quá trình)
            (?: \s* ,? \s+ (?: va \s+ )? {lead} )* \s* $                  # lãnh đạo, chỉ đạo và tổ chức
            """),
            X,
        )

    def _reviews(self) -> dict:
        """A review right before an implementing cue: :meth:`_review_before`, :meth:`_review_state` and its pre-test."""
        return {
            "review_before": self._review_before(),
            "review_state": self._review_state(),
            "review_state_words": self._review_state_words(),
        }

    def _review_state(self) -> re.Pattern:
        """The state or survey of carrying a document out right before an implementing cue, folded (vocabulary
        ``review_state``: "làm việc với Ban Thường vụ Tỉnh ủy Long An về tình hình thực hiện Nghị quyết Đại hội XIII của
        Đảng", corpus-real-28/news-plo-thutuong-lamviec-longan-thuchien-nq-daihoi-2023.txt; "khảo sát việc triển khai thực
        hiện Chiến lược phát triển văn hóa"), or a report of results in it (``review_report``: "nghe báo cáo kết quả nổi
        bật trong thực hiện Nghị quyết Đại hội XII"): a review. Apart from :meth:`_review_before`, behind the literal
        pre-test :meth:`_review_state_words` (most cues have none of them before)."""
        state = _folded_alternation(self.lex.words("review_state"), lossy=False)
        report = _folded_alternation(self.lex.words("review_report"), lossy=False)
        lead = _folded_alternation(self.lex.words("review_lead"), lossy=False)
        return re.compile(
            rf"""(?: (?<![a-z]) {report} (?: \s+ [a-z]+ ){{0,2}}? \s+ trong    # báo cáo kết quả (nổi bật) trong
              | (?<![a-z]) {state} (?: \s+ viec )? )                      # tình hình; khảo sát việc
            (?: \s* ,? \s+ (?: va \s+ )? {lead} )* \s* $""",
            X,
        )

    def _review_state_words(self) -> tuple:
        """The folded words one of which :meth:`_review_state` needs: the states' last words and "trong"."""
        return tuple(sorted({fold(w).split()[-1] for w in self.lex.words("review_state")} | {"trong"}))

    def _review_reach_ends(self) -> tuple:
        """The folded words :meth:`_review_before` reaches an implementing cue over, past the review itself: "việc", "quá
        trình", "trong", the leading and the manner words; a text before the cue ending otherwise has no review further
        back than the review right before it (a cheap test for relate.py's wider window)."""
        # ("việc", "quá trình", "trong" are not facts to read from the vocabulary: they are the literals written in
        # :meth:`_review_before`'s own pattern, "(?: \s+ (?: viec | qua\ trinh ) )?" and "\s+ trong (?: \s+ qua\ trinh
        # )?", and this pre-test must hold every word that pattern may end on before its leading words — "Đại hội có nhiệm
        # vụ tổng kết việc thực hiện Nghị quyết Đại hội đại biểu MTTQ tỉnh" (corpus-real-10/mttq-thainguyen-daihoi-
        # xvi-2024.txt), "những bài học kinh nghiệm sâu sắc trong quá trình lãnh đạo, chỉ đạo triển khai thực hiện Nghị
        # quyết Đại hội" (corpus-real-19/provincial-vietnamnet-vinhlong-hopbao-daihoi-i-nq-daihoi-3-tinh-2025.txt); a
        # vocabulary row for them would let a caller's lexicon change the pre-test and not the pattern it guards)
        words = ("việc", "quá trình", "trong", *self.lex.words("review_lead"), *self.lex.words("review_manner"))
        return tuple(sorted({fold(w) for w in words}))

    def _meeting_named(self) -> re.Pattern:
        """The meeting a meeting's paper (vocabulary ``meeting_paper``: "Nội quy", "Quy chế") names right after it, folded
        (vocabulary ``meeting_noun``, a kind of paper before it, ``meeting_paper_kind``): " kỳ họp", " làm việc của Đại
        hội" (group ``at``), or a list of the meeting's papers that names it soon after (", Quy chế làm việc của Đại hội")."""
        meeting = _folded_alternation(self.lex.words("meeting_noun"))
        kind = _folded_alternation(self.lex.words("meeting_paper_kind"), lossy=False)
        return re.compile(
            rf"""(?: (?P<at> [ \t]+ (?: {kind} [ \t]+ )? (?: cua [ \t]+ )? {meeting} )
              | [ \t]* (?: [,;] | va (?![a-z]) ) [^\n]{{0,80}}? (?<![a-z]) {meeting} ) (?![a-z])""",
            X,
        )

    def _weighed(self) -> dict:
        """The patterns and words that weigh what a reference's cue says of it: targets met (a review), core content
        (carried out), a rule it owns (cited), a draft or a bill (only cited)."""
        return dict(
            targets_met=self._targets_met(),
            core_content=self._core_content(),
            core_links=(links := tuple(sorted({f(w) for w in self.lex.words("core_link") for f in (str, fold)}))),
            core_ends=tuple(w + " " for w in links),
            core_item_links=tuple(sorted({f(w) for w, v in self.lex.pairs("core_link") if v == "item" for f in (str, fold)})),
            owned_rule=self._owned_rule(),
            dated_event=self._dated_event(),
            targets_set=self._targets_set(),
            draft_before=self._draft_before(),
            several_before=self._several_before(),
            span_lead=self._span_lead(),
            law_types=frozenset(self.lex.words("law_type")),
            meeting_papers=dict(self.lex.pairs("meeting_paper")),
            draft_ends=tuple(
                sorted({v for w in self.lex.words("draft_word") for f in (str, fold) for v in case_variants(f(w.split()[-1]))})
            ),
            draft_any_ends=tuple(
                sorted({f(w.split()[-1]) for w, v in self.lex.pairs("draft_word") if v == "any" for f in (str, fold)})
            ),
        )

    def _targets_met(self) -> re.Pattern:
        """A document's targets met ending the folded text, its results weighed (vocabulary ``target_verb``, a word of
        ``aim_word`` before it makes the targets an aim): "hoàn thành và hoàn thành xuất sắc 12/12 chỉ tiêu" (corpus-real-4/
        hnd-soctrang-nq-daihoi-ix-2023.txt), or the targets counted first: "8/10 chỉ tiêu đạt và vượt mục tiêu" (corpus-
        real-13/news-baophutho-daihoi-dangbo-xa-vanlang-i-2025.txt), the verb after the document: "8/9 chỉ tiêu thực hiện Nghị
        quyết Đại hội đại biểu phụ nữ xã đạt và vượt" (corpus-real-14/news-baothanhhoa-daihoi-phunu-xa-thanhphong-i-2025.txt:
        a count of the targets met is their tally); not "để hoàn thành mục tiêu, chỉ tiêu" (an aim)."""
        aims = "".join(f"(?<!{re.escape(fold(w) + ' ')})" for w in self.lex.words("aim_word"))
        verbs = _folded_alternation(self.lex.words("target_verb"), lossy=False)
        return re.compile(
            rf"""(?: (?<![a-z]) {aims} {verbs} (?![a-z]) [^.;:!?]{{0,50}} (?<![a-z]) chi \ tieu (?![a-z])
              | [0-9]+ \s* / \s* [0-9]+ \s+ chi \ tieu (?: \s+ {verbs} )? (?![a-z]) ) [^.;:!?]{{0,30}} $""",
            X,
        )

    def _owned_rule(self) -> re.Pattern:
        """The whole folded text between an implementing cue and a reference when it names the reference's rule
        (vocabulary ``owned_rule``) and "của": "vừa thực hiện đúng quy định của Điều lệ Đảng" (corpus-real-36/qd-76-qdtw-
        2000-dang-vien-noi-cu-tru-thuvienphapluat.txt): the rule is the cue's object, the document its owner."""
        rules = _folded_alternation(self.lex.words("owned_rule"), lossy=False)
        return re.compile(rf"[ \t]+ (?: dung [ \t]+ )? (?: cac [ \t]+ )? {rules} [ \t]+ cua [\s*_]* $", X)

    def _dated_event(self) -> re.Pattern:
        """The main clause after a dated act's time (folded, from the time's end) when its verb holds an event (vocabulary
        ``dated_event_verb``) before any issuing verb and the clause's end: "…, ngày 24/6, Ban Thường vụ Huyện đoàn đã tổ
        chức hội nghị sơ kết" (corpus-real-19/youth-myloc-namdinh-huyendoan-soket-ctr-cong-tac-doan-2022.txt), not "…,
        ngày 3-3-1959, Thủ tướng Chính phủ ban hành Nghị định số 100/TTg" (corpus-real-9/bdbp-truyenthong-nq58-1958-nd100-
        ttg.txt)."""
        verbs = _folded_alternation(self.lex.words("dated_event_verb"), lossy=False)
        return re.compile(rf"(?: (?! {ISSUING_FOLDED} ) [^.;:!?\n] ){{0,160}}? (?<![a-z]) {verbs} (?![a-z])", X)

    def _core_content(self) -> re.Pattern:
        """A document's core content ending the folded text (vocabulary ``core_qualifier``), what a conference passes on
        of it, carried out: "Nội dung trọng tâm, cốt lõi của Nghị quyết số 68-NQ/TW" (corpus-real-11/danguy-soxaydung-
        quangngai-quantriet-nq66-nq68-2025.txt), also "trong" it ("một số nội dung cốt lõi trong Nghị quyết Đại hội XIII
        Công đoàn Việt Nam", corpus-real-28/news-baobinhduong-ldld-baubang-quantriet-nq-daihoi-xiii-congdoan.txt); not
        "một số nội dung của" (some of its provisions). The words that join it to the document: vocabulary ``core_link``."""
        qualifiers = _folded_alternation(self.lex.words("core_qualifier"), lossy=False)
        links = folded_alternation(self.lex.words("core_link"), r"[ \t]+")  # "của", "trong"
        return re.compile(
            rf"(?<![a-z]) noi [ \t]+ dung (?: [ \t]* ,? [ \t]* (?: va [ \t]+ )? {qualifiers} ){{1,3}}"
            rf" [ \t]+ (?: {links} ) [ \t]+ $",
            X,
        )

    def _narrative_basis(self) -> dict:
        """The clause a narrative goes on with after the object of a basis cue (exact text, up to the end of its clause):
        the premise of an argument, "thì …" after any (``basis_argued``, vocabulary ``basis_then``: "Cử tri tỉnh Bắc Kạn
        kiến nghị: Căn cứ theo Quyết định 2156/QĐ-TTg ngày 25/11/2010 thì “các xã thuộc vùng CT229 được thụ hưởng …”",
        corpus-real-29/quochoi-bandannguyen-cutri-ubdt-traloi-cv-583-2016.txt); after a narrative's "Căn cứ vào", "Căn cứ
        theo" (``narrative_basis``, vocabulary ``basis_narrative_cue``), a subject after a comma and what it did
        (``basis_narrated``, vocabulary ``basis_past``: "Căn cứ vào kế hoạch của Ủy ban nhân dân huyện, các ngành, xã đã
        chủ động xây dựng kế hoạch …", corpus-real-27/bc-ubnd-giongtrom-2023-phattrienbenvung-bentre-123docz.txt). A
        preamble's basis goes on with its title and the enacting body in the present ("…, Ban Bí thư Trung ương Đoàn ban
        hành …"); "đã được sửa đổi" is a title's."""
        # (as written only: "thi" without its diacritics is "thi hành", a title's)
        then = folded_alternation(self.lex.words("basis_then"), r"\ ", re.escape)
        past = folded_alternation(self.lex.words("basis_past"), r"\ ", re.escape)
        cues = _folded_alternation(self.lex.words("basis_narrative_cue"), lossy=False)
        return {
            "basis_argued": re.compile(rf"(?<!\w)(?:{then})(?!\w)"),
            "basis_narrated": re.compile(rf",[^,;:.]{{1,40}}?(?<!\w)(?:{past})\s+(?!được)\w"),
            "narrative_basis": re.compile(rf"(?<![a-z]) {cues} [ \t]+ $", re.X),
            "narrative_words": tuple(self.lex.words("basis_then")) + tuple(self.lex.words("basis_past")),
            "preamble_heads": self.lex.folded_words("preamble_head"),
            "quoted_themes": self.lex.folded_words("quoted_theme"),
        }

    def _targets_set(self) -> re.Pattern:
        """The targets or contents a document set, carried out, ending the folded text with "mà" (the document is the
        subject of the relative clause, "mà X đã đề ra"; vocabulary ``set_target_noun``, the verb that carries them out
        ``set_target_verb``, group ``verb``): "góp phần thực hiện thắng lợi những chỉ tiêu, nhiệm vụ mà" (corpus-real-15/
        news-tphcm-dcs-evnhcmc-kyniem-91nam-nq-dangu-tct-2021.txt), "phù hợp với mục tiêu mà" (corpus-real-20/state-
        hoabinh-gov-dean-phattrien-dulich-2021-2025-nq-daihoi-xvii.txt), "quán triệt … những nội dung cơ bản, … mà"
        (corpus-real-30/tin-ca-thanhhoa-quan-triet-ke-hoach-dai-hoi-2020-2025.txt)."""
        nouns = _folded_alternation(self.lex.words("set_target_noun"), lossy=False)
        verbs = _folded_alternation(self.lex.words("set_target_verb"), lossy=False)
        return re.compile(
            rf"""(?<![a-z]) (?P<verb> {verbs} ) (?![a-z]) [^.;:!?]{{0,100}}? (?<![a-z]) {nouns} (?![a-z])
            [^.;:!?]{{0,90}} (?<![a-z]) ma [ \t]+ (?: (?: {self._articles()} ) [ \t]+ )? $""",
            X,
        )

    def _draft_before(self) -> re.Pattern:
        """A draft word ending the folded text (vocabulary ``draft_word``): group ``any`` when it drafts any type
        ("dự thảo"), none when only a bill ("dự án", before a type of ``law_type``): "trình Quốc hội dự án Luật Thực
        hiện dân chủ ở cơ sở năm 2022" (corpus-real-8/news-pbgdpl-luat-thdc-coso-2022.txt)."""
        pairs = self.lex.pairs("draft_word")
        drafts = _folded_alternation([w for w, v in pairs if v == "any"], lossy=False)
        bills = _folded_alternation([w for w, v in pairs if v != "any"], lossy=False)
        return re.compile(rf"(?<![a-z]) (?: (?P<any> {drafts} ) | {bills} ) [ \t]+ $", X)

    def _several_before(self) -> re.Pattern:
        """Several documents counted or listed right before a draft word, folded: a plural article (vocabulary
        ``plural_marker``) or a number: "các dự thảo Nghị quyết" (see ``draft_before``)."""
        return re.compile(rf"(?<![a-z]) (?: {self._articles()} | [0-9]+ ) [ \t]+ $", X)

    def _span_lead(self) -> re.Pattern:
        """The lead of a review's next item after ";", folded, matched whole: a span of years in digits or in words
        (vocabulary ``count_word``) and the carrying out, "Huyện ủy Vạn Ninh tổ chức tổng kết 10 năm thực hiện Nghị
        quyết số 25-NQ/TW …; 05 năm thực hiện Kết luận số 43-KL/TW …" (corpus-real-41/news-vanninh-khanhhoa-tong-ket-
        10-nam-nq25-kl43-dan-van-2023.txt)."""
        counts = "[0-9]{1,2}|" + folded_alternation(self.lex.words("count_word"), gap="[ \t]+")
        return re.compile(rf"[ \t]*(?:va[ \t]+)?(?:{counts})[ \t]+nam[ \t]+(?:trien khai[ \t]+)?thuc hien[ \t]*")

    def _relate_words(self) -> dict:
        """The patterns of the words relate.py weighs a cue by, from their vocabulary lists (the sentences that motivated
        each are the rows' sources): a nominalised cue and its predicate, a charter kept to, a list's next item, an
        example, a setting, an achievement, going on, a word that embeds a reference in a subject, a title's words, the
        subject of unnamed documents, a list's joining words (:meth:`_lists`)."""
        heads = self.lex.pairs("nominal_head")
        verbs = self.lex.words("predicate_verb")

        def words(name: str) -> str:
            return _folded_alternation(self.lex.words(name), lossy=False)

        goes_on = rf"tiep \ tuc \ (?: {words('goes_on_lead')} \s* ,? \s* (?: va \s+ )? )+"
        return dict(
            # (the head after a comma, "rằng" or "và", not the object of a verb or preposition: "trong việc thực hiện";
            # "rng vic": "rằng việc" an encoding error damaged, the heads lossy)
            nominal_subject=_searched_pattern(
                rf"(?: [,;] \s* | (?<![a-z]) (?: ra?ng | va ) \s+ ) (?P<head> {_folded_alternation(w for w, _ in heads)} )"
                r"(?: \s+ [a-z]+ ,? ){1,6} \s* $"
            ),
            # (after a sentence's end, a line's start or a news dateline, "(VOV5) - "; not after a list number: "3. Việc
            # triển khai …" heads a plan's section)
            nominal_opening=re.compile(
                r"(?: ^ | (?<![0-9ivxl]) [.!?…] \s+ | \n [\s*_]* | \) \s* [-–] \s+ )"
                rf"(?P<head> {_folded_alternation(w for w, v in heads if v == 'opens')} ) (?: \s+ [a-z]+ ){{0,2}} \s+ $",
                X,
            ),
            nominal_marks=tuple(sorted({m for w, _ in heads for m in _marks(w.split()[-1])})),
            opening_marks=tuple(sorted({m for w, v in heads if v == "opens" for m in _marks(w.split()[-1])})),
            predicate_after=re.compile(rf"(?<!\w) (?: {'|'.join(sorted(map(re.escape, verbs)))} ) (?!\w)", X),
            # (only in text without diacritics: folded, "đa", "cơn" would be the same words)
            predicate_after_ascii=re.compile(rf"(?<![A-Za-z]) (?: {'|'.join(sorted(set(map(fold, verbs))))} ) (?![A-Za-z])", X),
            kept_to=re.compile(
                rf"""(?<![a-z]) theo \s+ (?: dung \s+ )? (?: {words("charter_rule")} \s+ (?: (?: cua | tai ) \s+ )? )?
                (?: {words("charter_part")} \s+ \d+ \s+ (?: cua \s+ )? )* $""",
                X,
            ),
            not_an_item=re.compile(rf"(?<![a-z]) {words('not_an_item')} (?![a-z])", X),
            example_after=re.compile(rf"\b {words('example_word')} \b", X),
            setting=_searched_pattern(rf"(?<![a-z]) trong \s+ {words('setting_noun')} \s [^.;:!?\n]{{0,110}} $"),
            praised_for=_searched_pattern(rf"(?<![a-z]) {words('praise_word')} \b [^.;:!?]{{0,45}} $"),
            goes_on=re.compile(goes_on, X),
            goes_on_before=re.compile(rf"(?<![a-z]) {goes_on} $", X),
            review_reach_ends=self._review_reach_ends(),
            # (on the same line, not a list's separator: "," ";" "và", a line break, a list mark)
            embedded=re.compile(rf"(?<![,;:(])[ \t]+{_either_form(self.lex.words('embedding_word'))}[ \t]+$"),
            # (lower-case words, no clause or list break, a comma only between two of them: "sửa đổi, bổ sung một số nghị
            # định", _Blocked.title_before; the first capitalised: "… Quy định chi tiết thi hành", corpus-real-27/qd-52-…;
            # the last glued to the reference: "chi tiếtthi hành một s điu củaPháp lệnh", corpus-real-28/tt-15-2015-tt-…)
            title_words=re.compile(
                rf"[ \t]+(?!{_either_form(self.lex.words('title_link'))}\b)(?:[A-ZĐ][^\W\d_]*[ \t]+)?"
                r"(?:(?![A-ZĐ])[^\W\d_]+(?:,[ \t]+(?![A-ZĐ])[^\W\d_]+)?(?:[ \t]+|\Z))+"
            ),
            **self._lists(),
            unnamed_subject=re.compile(
                rf"(?<![a-z]) {words('unnamed_kind')} (?: \s* , \s* {words('unnamed_kind')} )*"
                r"(?: \s+ cua (?: [\s,]+ [a-z0-9\-]+ ){1,12}? )? \s+ ve (?: \s+ viec )? \s* $",
                X,
            ),
        )

    def _issued_plan(self) -> dict:
        """The plan a decision's own heading or its Điều 1 issues or approves, named by its cue, ending the folded text at
        the cue's end ("QUYẾT ĐỊNH V/V BAN HÀNH KẾ HOẠCH THỰC HIỆN", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch
        thực hiện", "VỀVIỆC" glued): vocabulary ``decision_lead``, ``plan_issuing_verb``, ``plan_noun``, ``plan_named_by``."""

        def words(name: str) -> str:
            return _folded_alternation(self.lex.words(name), lossy=False)

        return dict(
            decision_issues_plan=_searched_pattern(
                rf"(?<![a-z]) {words('decision_lead')} [\s.:]* (?: ve \s* viec \s+ | v/v \s+ )? {words('plan_issuing_verb')}"
                rf" (?: \s+ kem \s+ theo (?: \s+ [a-z]+ ){{1,3}}? \s+ nay )? \s+ {words('plan_noun')} (?: \s+ hanh \s+ dong )?"
                rf" \s+ (?: {words('plan_named_by')} \s+ )? {words('plan_named_by')} \s* $"
            ),
        )

    def _clause_words(self) -> dict:
        """The patterns of the words relate.py tells another's cue by, folded unless said, from their vocabulary lists (the
        sentences that motivated each are the rows' sources): a title re-stated after a comma, a predicate's head, a
        conveyed direction, a change's agent, a plan named before its cue and the words by which the citing document names
        itself; a time opening the main clause after a document, the end of a basis's own object and the head of an
        executive committee's name (exact text)."""

        def words(name: str) -> str:
            return _folded_alternation(self.lex.words(name), lossy=False)

        agents = self.lex.pairs("change_agent")
        after_cue = _folded_alternation((w for w, v in agents if v != "adjacent"), lossy=False)
        adjacent = _folded_alternation((w for w, v in agents if v == "adjacent"), lossy=False)
        return dict(
            # (a comma, then the head of what the document does: "Hướng dẫn số 01-HD/TW, hướng dẫn một số vấn đề …")
            title_restated=re.compile(rf"(?i:{_either_form(self.lex.words('title_restating'))})\b"),
            predicate_before=_searched_pattern(rf"(?<![a-z]) {words('predicate_lead')} \s+ $"),
            direction_at=_searched_pattern(
                rf"(?: ; | , | (?<![a-z]) va ) \s* {words('direction_noun')} \s+ cua \s+ [^.;:]{{3,80}}? \s+ tai \s* $"
                # or the document that carries the one before, in brackets: "Chương trình hành động của Chính phủ thực
                # hiện Nghị quyết số 24-NQ/TW (được ban hành tại Nghị quyết số 08/NQ-CP …)" (corpus-real-36/article-
                # tapchimoitruong-giao-thong-van-tai-nghi-quyet-24-ket-luan-56-2023.txt)
                rf"| \( \s* {words('carried_in')} \s* $"
            ),
            # ("bằng" only right before the reference: "đã sửa đổi, bổ sung bằng Kế hoạch số 156/KH-UBND")
            change_agent=re.compile(rf"[\s,*_]* (?: {after_cue} \b | {adjacent} [\s,:*_]* $ )", X),
            other_plan=re.compile(
                rf"(?P<plan> {_by_first_letter(self.lex.words('plan_noun'))} (?: \s+ hanh \s+ dong )? )"
                r"(?P<owner> \s+ cua (?: \s+ [a-z0-9\-]+ ){1,12}? )? \s* (?: \s (?: de | nham ) )? \s* $",
                X,
            ),
            # (not an act reported in the past: "Tỉnh ủy Nghệ An vừa ban hành Kế hoạch tổng kết 10 năm thực hiện …")
            own_plan=re.compile(rf"(?<![a-z]) (?: {words('own_plan_lead')} | {self._unreported()} {ISSUING_FOLDED} ) \s* $", X),
            titled_cue=self._titled_cue(),
            dated_act=self._dated_act(),
            object_then=re.compile(rf"\w[\s,:;.*_]+(?i:{_either_form(self.lex.words('object_then'), blanks=True)})[\s*_]*$"),
            **self._issued_plan(),
            **self._narrative_basis(),
            executive_head=re.compile(rf"(?i:{_either_form(self.lex.words('executive_head'))})[\s*_]+$"),
            cue_compound=re.compile(rf"(?<!\w)(?i:{_either_form(self.lex.words('cue_compound'), blanks=True)})(?!\w)"),
            cue_compound_cues=frozenset(fold(c) for _, c in self.lex.pairs("cue_compound")),
            cue_compound_leads="".join(
                sorted({f(c[0]) for _, c in self.lex.pairs("cue_compound") for f in (str.lower, str.upper)})
            ),
            cue_split=re.compile(rf"\s*(?:,|\b{_folded_alternation(self._cue_joins(), lossy=False)}\b)\s*", X),
            cue_joiners=frozenset(fold(w) for w in self._cue_joins()),
            alias_paren=re.compile(
                rf"[\s,*_]*\([ \t]*(?i:{_either_form(self.lex.words('alias_cue'), blanks=True)}){_IN_PARENTHESES}{{1,160}}\)"
            ),
            # (the cue optional, its words those of alias_paren: "Chương trình số 50-CTr/TU (Chương trình 50)")
            short_name_open=re.compile(
                rf"[ \t]*\([ \t]*(?:(?i:{_either_form(self.lex.words('alias_cue'), blanks=True)})[ \t]+)?"
            ),
            whole_nation=self._whole_nation(),
            **self._situation(),
            **self._issued_for(),
            **self._into_life(),
        )

    def _into_life(self) -> dict:
        """A document brought into life (vocabulary ``into_life``: value ``lead`` before it, ``goal`` after it, ``between``
        the words that may stand between), folded: "đưa" right before it, "(sớm đi) vào cuộc sống" right after it."""
        pairs = self.lex.pairs("into_life")
        lead, goal, between = ([w for w, v in pairs if v == k] for k in ("lead", "goal", "between"))
        words = lambda ws: _folded_alternation(ws, lossy=False)  # noqa: E731
        return dict(
            into_life_lead=re.compile(rf"(?<![a-z]) {words(lead)} [\s*_]* $", X),
            into_life_goal=re.compile(rf"[\s*_”\"»]* (?: {words(between)} \s+ )* (?P<goal> {words(goal)} ) (?![a-z])", X),
        )

    def _cue_joins(self) -> list[str]:
        """The words that join the cues of one list (vocabulary ``coordinator``, value ``cue``): "và"."""
        return [w for w, v in self.lex.pairs("coordinator") if v == "cue"]

    def _whole_nation(self) -> re.Pattern:
        """The whole Party, people and army (vocabulary ``whole_nation``, in order), folded, ending the text before a cue
        as its subject, no comma after: the first two joined by a comma or nothing, the last by a comma or "và"."""
        first, second, last = (_folded_phrase(w, lossy=False) for w in self.lex.words("whole_nation"))
        joins = _folded_alternation(self._cue_joins(), lossy=False)
        return re.compile(
            rf"(?<![a-z]) {first} \s* ,? \s* {second} (?: \s* , \s* | \s+ {joins} \s+ ) {last} (?![a-z]) [^,.;:]{{0,60}} $", X
        )

    def _situation(self) -> dict:
        """A situation section's heading (vocabulary ``situation_heading``: value ``head`` its word, ``before``/``after``
        what may stand around it) after a Roman numeral, a folded line whole; the exact lines that may hold it."""
        pairs = self.lex.pairs("situation_heading")
        head, before, after = ([w for w, v in pairs if v == k] for k in ("head", "before", "after"))
        key = tuple(dict.fromkeys(f(w).upper() for w in head for f in (str, fold)))
        return dict(
            situation_heading=re.compile(
                rf"^[ \t*_\#]*[ivx]{{1,4}}[ \t]*[.\-][ \t]*(?:{_folded_alternation(before, lossy=False)}[ \t]+)?"
                rf"{_folded_alternation(head, lossy=False)}(?:[ \t]+{_folded_alternation(after, lossy=False)})?[ \t*_.:]*$",
                re.M | X,
            ),
            situation_line=re.compile(rf"^[^\n]*(?:{'|'.join(map(re.escape, key))})[^\n]*$", re.M),
            situation_word=key,
        )

    def _issued_for(self) -> dict:
        """Documents reported issued (:func:`reported_issuing`), "(các) văn bản" (vocabulary ``issued_for``: value
        ``noun``, ``plural`` the words before it), then "để" and up to three words (value ``purpose``), folded."""
        pairs = self.lex.pairs("issued_for")
        noun, plural, purpose = ([w for w, v in pairs if v == k] for k in ("noun", "plural", "purpose"))
        words = lambda ws: _folded_alternation(ws, lossy=False)  # noqa: E731
        return dict(
            issued_for=re.compile(
                rf"{reported_issuing(self.lex)} \s+ (?: {words(plural)} \s+ )? {words(noun)} (?![a-z]) [^:;.]{{0,60}}"
                rf"(?<![a-z]) {words(purpose)} (?: \s+ [a-z]+ ){{0,3}} \s+ $",
                X,
            ),
            purpose_word=tuple(dict.fromkeys(f for w in purpose for f in (w, fold(w) + " "))),
        )

    def _dated_act(self) -> re.Pattern:
        """What follows a document whose sentence's main clause opens with a time (vocabulary ``time_word``, as written
        or without diacritics, in any case): an aside in parentheses, the document's subject after "về", then ", (từ)
        ngày/tháng/năm <number>" not followed by "của" (a date of the document itself)."""
        pairs = self.lex.pairs("time_word")
        leads, times = _either_form(w for w, v in pairs if v == "lead"), _either_form(w for w, v in pairs if v != "lead")
        return re.compile(
            rf"[ \t]*(?:\([^()\n]{{0,40}}\)[ \t]*)?(?:,[ \t]*(?i:{_either_form(['về'])})[ \t][^,.;:\n]{{0,80}})?,[ \t]*"
            rf"(?:(?i:{leads})[ \t]+)?(?i:{times})[ \t]+\d[\d/\-. ]*(?![^,\n]{{0,16}}?\b(?i:{_either_form(['của'])})\b)"
        )

    def _lists(self) -> dict:
        """What joins the members of one list (vocabulary ``coordinator``, as written and without diacritics, "&", "các"
        before the next member): of a cue's objects ("… “về …”; các Nghị quyết …"), of a nested list on one line
        ("… Kết luận số 93-KL/TW … và Kế hoạch số 25-KH/TU"), of a list of cues (value ``cue``); the kind of documents a
        list's item names first (vocabulary ``listed_kind``: "; các quy định của BLHS, BLTTHS")."""
        pairs = self.lex.pairs("coordinator")
        joins, cue_joins = _either_form(w for w, _ in pairs), _either_form(w for w, v in pairs if v == "cue")
        cac = _either_form(["các"])
        kinds = _folded_alternation(self.lex.words("listed_kind"), lossy=False)
        # (or the contents a document set, vocabulary ``set_target_noun``, as the item's lead: "; nội dung Kế hoạch số 176
        # …", corpus-real-2/hu-phuninh-quangnam-kh-176-2019.txt; "; các nội dung, giải pháp tại Nghị quyết số 26/NQ-CP …",
        # corpus-real-32/kh-57-kh-ubnd-2020-quangngai-kinh-te-bien-nq-36-hethongphapluat.txt)
        # (those also with the letters an encoding error loses dropped: "; ni dung K hoch s 176")
        leads = f"(?: {kinds} | {_folded_alternation(self.lex.words('set_target_noun'))} )"
        return dict(
            coord=re.compile(rf"[\s,;&*_\"”»)]*(?:(?:{joins}|&)[\s,*_]*)?(?:{cac}\s+)?$"),
            # (not across ";" or a line)
            nested_coord=re.compile(rf"[ \t,&*_]*(?:{joins}[ \t,*_]*)?(?:{cac}[ \t]+)?$"),
            cue_list_gap=re.compile(rf"[\s,*_]*(?:{cue_joins}[\s*_]+)?"),
            listed_lead=re.compile(
                rf"[\s*_]* (?: cac \s+ )? {leads} (?: (?: \s* , \s* | \s+ va \s+ ) {leads} )*"
                r"(?: \s+ (?: cua | tai ) )? [\s:,*_]*",
                X,
            ),
            listed_word=re.compile(rf"(?<![a-z]) (?: cac \s+ )? (?P<kind> {kinds} ) (?![a-z])", X),
        )

    def _committee_before(self) -> re.Pattern:
        """A steering committee or working group (vocabulary ``committee_noun``) named after its task right before a cue,
        folded: the cue is in the body's name ("Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW",
        corpus-real-12/news-thuonghieusanpham-cv43-bcd-kh-sapxep-bomay-kl121-2025.txt; "Đoàn khảo sát của Ban Chỉ đạo
        Tổng kết Nghị quyết số 23-NQ/TW", corpus-real/qd-97-tw-2023-bochinhtri.txt; "Quy chế hoạt động của Tổ công tác
        triển khai thực hiện Kế hoạch nâng cao chỉ số năng lực cạnh tranh", corpus-real-15/qd-757-qd-ubnd-quangninh-quyche-
        tocongtac-pci-2014.txt); its level as a unit word (vocabulary ``unit``) or the centre, its task a review cue
        (vocabulary ``review_cue``)."""
        units = _folded_alternation([*self.lex.words("unit"), *self._central("name", "abbreviation")])
        bodies = _folded_alternation(self.lex.words("committee_noun"), lossy=False)
        return re.compile(
            rf"""(?<![a-z]) {bodies} (?: \s+ {units} )? (?: \s+ ve )? (?: \s+ viec )?
            (?: \s+ {self.review} )? (?: \s+ viec )? [\s*_]* $""",
            X,
        )

    def _object_verb_before(self) -> re.Pattern:
        """ "nghe qua", "ký kết", "thông qua" right before a reference, folded: verbs whose object is a document heard,
        discussed, passed or signed (vocabulary ``object_verb``)."""
        verbs = _folded_alternation(self.lex.words("object_verb"))
        return _searched_pattern(rf"(?<![a-z]) (?: {verbs} ) \s+ (?: cac \s+ )? $")

    def _not_a_title_before(self) -> re.Pattern:
        """ "ban hành", "phê duyệt", a count right before a titled type word, folded: the document's own, or several
        (:data:`_OWN_TITLE_BEFORE`; the plural markers "các", "những", "một số", vocabulary ``plural_marker``; a count
        in digits, :data:`_TITLE_COUNT_DIGITS`, or in words, :data:`_TITLE_COUNT_WORDS`, and its files,
        :data:`_TITLE_COUNTED_FILES`)."""
        own = " | ".join(f"{guard} {f' {gap} '.join(p.split())}" for guard, p, gap in _OWN_TITLE_BEFORE)
        counts = " | ".join((*self._several(), _TITLE_COUNT_DIGITS, *_TITLE_COUNT_WORDS))  # cac | nhung | mot \s+ so | …
        files = r" \s+ ".join(_TITLE_COUNTED_FILES.split())
        return re.compile(rf"(?: {own} | (?: ^ | [^a-z0-9] ) (?: {counts} ) (?: \s+ {files} )? ) [\s*_:,]* $", X)

    def _several(self) -> tuple[str, ...]:
        """The plural markers valued ``plural`` or ``some`` (vocabulary ``plural_marker``), folded, a blank between their
        words: "các", "những", "một số" -> "cac", "nhung" and "mot" blank "so"."""
        return tuple(r" \s+ ".join(fold(w).split()) for w in self._plural("plural", "some"))

    def _not_a_title_ends(self) -> tuple[str, ...]:
        """The last words of :attr:`Grammar.not_a_title_before`, folded, from the same words: ("hanh", "duyet", …,
        "cac", "nhung", "so", "hai", "bon", "chin", "muoi")."""
        phrases = [p for _, p, _ in _OWN_TITLE_BEFORE] + [fold(w) for w in self._plural("plural", "some")]
        phrases += [*_TITLE_COUNT_WORDS, _TITLE_COUNTED_FILES]
        return tuple(dict.fromkeys(p.split()[-1] for p in phrases))

    def _retro(self) -> re.Pattern:
        """ "Qua 15 năm thực hiện …", "sau mười năm triển khai", "Sau gần 10 năm thực hiện Kết luận số 12- KL/TW"
        (corpus-real-9/news-qdnd-kl12-taynguyen-2021.txt): a look back, not a cue; so is any span of the carrying out
        right before the cue, whatever leads it ("Đặc biệt là trong 10 năm thực hiện Cương lĩnh 2011", corpus-real-27/news-
        skhcn-quangtri-vankien-daihoi-xiii-khcn-2021.txt; "Bí thư Tỉnh ủy … nêu rõ: 5 năm thực hiện Kết luận của Bộ Chính
        trị", corpus-real-37/news-xaydungdang-bct-lam-viec-tth-so-ket-kl48-2014.txt), half the term too ("Nhìn lại nửa
        nhiệm kỳ thực hiện Nghị quyết Đại hội XVI Đảng bộ tỉnh Kon Tum", corpus-real-32/news-skhdt-kontum-nua-nhiem-ky-nghi-
        quyet-dai-hoi-xvi-2023.txt). Not a year of it counted ("năm đầu tiên", "năm thứ hai", "năm bản lề thực hiện": 4
        labelled implements, 4 cites on the dev pages), nor the span of a list's next item ("và 3 năm thực hiện":
        :attr:`and_years`, what the item before it is). A review's span ("sơ kết 5 năm thực hiện") is the caller's to tell
        apart."""
        return re.compile(
            rf"""(?<![a-z0-9]) (?<! va \s ) (?<! , \s ) (?: {self.count} \s+ nam | nua \s+ nhiem \s+ ky ) \s+
            # the years it spans, in brackets: "Sau hơn 10 năm (2009-2019) thực hiện Kết luận số 53-KL/TW của Bộ Chính
            # trị (khóa X)" (corpus-real-36/news-kontumtv-chinh-phu-nghi-quyet-34-nqcp-an-ninh-luong-thuc-2021.txt)
            (?: \( [0-9]{{4}} \s* [-–] \s* [0-9]{{4}} \) \s+ )?
            (?: trien\s+khai \s+ )? $
            # "Trong những năm qua, quán triệt và thực hiện Kết luận số 100-KL/TW …"; not "thời gian qua", the recent
            # carrying out the page reports: "Thời gian qua, thực hiện Nghị quyết số 27-NQ/HNDTW ngày 29/6/2016 …"
            # (corpus-real-22/hoi-tapchinongthonmoi-hnd-ninhbinh-nq-27-nq-hndtw-dean-thucpham.txt), "Trong thời gian qua,
            # thực hiện chỉ đạo của UBND tỉnh tại Chỉ thị số 07/CT-UBND ngày 31/5/2021" (corpus-real-20/ct-07-ct-ubnd-2023-
            # lamdong-chanchinh-leloi-thuvienphapluat.txt): implements, the 2 of 2 on dev pages
            | (?<![a-z]) (?: trong \s+ )? nhung \s+ nam \s+ qua [\s,]* $""",
            X,
        )

    def _terminator(self) -> re.Pattern:
        """Where a subject ("về …") ends, short of the next reference. (Every alternative is led by one character written
        alone, not a class: the engine then skips to those characters instead of trying them all at every position.)"""
        A = self.A
        end = r"(?= [\s*_)\"”] | $ )"
        # the preamble's openers that end a subject at a line's start (vocabulary ``preamble_opener``, ``ends_subject``)
        line_opener = A(
            [w for w, v in self.lex.pairs("preamble_opener") if v == "ends_subject"], first_upper=True, boundary=False
        )
        return re.compile(
            rf"""
              ” | » | \" (?= [\s,.;:)*_] | $ )                               # a closing quote
            | \( (?= {S0} {A(["sau đây", "gọi tắt", "viết tắt", "sau đây gọi tắt"], boundary=False)} )  # (sau đây gọi tắt là …)
            | \. {end} | ; {end} | ! {end} | \? {end}                          # the end of the sentence
            | : [ \t]* \n                                                     # a colon ending a line
            | \n (?= [ \t]* (?: [-+•–] | [0-9]{{1,2}}[.)\-][ \t] | [IVXivx]{{1,4}}[.\-][ \t] | [a-dđ]\)[ \t]
                   | {line_opener} \s ) )  # a new item or preamble line
            # (or a news dateline: a headline's subject ends at its line, "… 3 trụ cột chính được xây dựng ngày càng vững
            # chắc⏎(QK7 Online) - Chiều 18/7, …", corpus-real-7/news-qk7-binhduong-sk-nd21-khuvucphongthu.txt)
            | \n (?= [ \t]* \( [^()\n]{{1,40}} \) [ \t]* [-–] )
            """,
            X,
        )

    def _main_clause(self) -> re.Pattern:
        A = self.A
        heads = A(self.lex.words("main_clause_head"), boundary=False)
        verbs = A(self.lex.words("main_clause_verb"))
        return re.compile(
            rf""", {S0} (?:
                  (?= {heads} [^,.;]{{0,60}}? {verbs} )                    # , Ủy ban nhân dân tỉnh ban hành …
                | (?= {A(self.lex.words("clause_opener"))} )  # , đồng thời … (vocabulary ``clause_opener``)
                | (?= {A(self.lex.words("clause_person"))} {S1} {self.CAP} )     # , đồng chí Trần Đình Thành lưu ý …
                # a time, then a clause in the past: "…, những ngày vừa qua, các chi, đảng bộ cơ sở đã đồng loạt tổ chức …"
                | (?= {A(self.lex.words("clause_time"))} [^.;:\n]{{0,100}}?  # (vocabulary ``clause_time``)
                      (?<!\w) {A(self._done(*_DONE_AHEAD), boundary=False)} (?!\w) )
            )""",
            X,
        )

    def _past_act(self) -> re.Pattern:
        """The sentence's verb in the past with no comma before it, where a subject ends: a title has none ("Ban Chỉ đạo
        Trung ương tổng kết thực hiện Nghị quyết Trung ương 7 (khóa X) về nông nghiệp, nông dân, nông thôn đã tổ chức Hội
        nghị trực tuyến góp ý …", corpus-real-9/tu-haiduong-gopy-bc-tongket-nq26-2022.txt). Led by its first word with no
        look-behind, so that the engine skips to its letters; the caller tests the word's start."""
        A = self.A
        acts = A([w for w, v in self.lex.pairs("main_clause_verb") if v == "past"])  # "đã tổ chức": vocabulary, ``past``
        return re.compile(rf"{A(self._done(*_DONE_AHEAD), boundary=False)} {S1} (?= {acts} )", X)

    def _done(self, *values: str) -> tuple[str, ...]:
        """The words that report an act done of those values, vocabulary ``done_marker`` (past: "đã"; recent: "vừa";
        recent_adjective: "mới", also the adjective "new" and, folded, "mọi"): ``_done("past")`` -> ("đã",)."""
        return tuple(w for w, v in self.lex.pairs("done_marker") if v in values)

    def _passive(self, *values: str) -> tuple[str, ...]:
        """The passive words of those values, vocabulary ``passive`` (agent: "được", the body that acted may follow;
        "": "bị"): ``_passive("agent")`` -> ("được",)."""
        return tuple(w for w, v in self.lex.pairs("passive") if v in values)

    def _unreported(self) -> str:
        """Look-behinds, on folded text, for no word that reports an act done right before (vocabulary ``done_marker``,
        every value): before "ban hành", "Quốc hội ban hành Luật …", not "Tỉnh ủy Nghệ An vừa ban hành Kế hoạch …"."""
        return "".join(rf"(?<!{re.escape(fold(w))}\s)" for w in self._done(*_DONE_ALL))

    def _passives(self) -> dict:
        """The passive and the words that report an act done, one copy for scan, resolve and relate (vocabulary
        ``passive`` and ``done_marker``; the sentences that motivated each are the rows' sources): "Luật Đất đai được
        Quốc hội khóa XI thông qua ngày 26/11/2003" (corpus-real-12/qd-ubnd-daknong-kh-khuyennong-2006-2010-nq33.txt),
        "Luật Giao thông đường thủy nội địa s 23/2004/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số
        48/2014/QH13" (corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-2018.txt). The same in
        both modes (each names the text it reads)."""
        agent, every = self._passive("agent"), self._passive("agent", "")
        done, ahead, blanks = self._done(*_DONE_ALL), self._done(*_DONE_AHEAD), r"[ \t]+"
        # (the scan reads "đã" alone before "được": "vừa", "mới" would let its pre-test, scan._ISSUER_LEADS, pass
        # before every "về" after a reference)
        past = self._done("past")
        either = f"{folded_alternation(past, blanks, re.escape)}|{folded_alternation(past, blanks)}"
        by = f"{folded_alternation(agent, blanks, re.escape)}|{folded_alternation(agent, blanks)}"
        return dict(
            passing=re.compile(rf"[ \t]*,?[ \t]*(?:(?:{either})[ \t]+)?(?:{by})[ \t]+", re.IGNORECASE),
            passive_agent=re.compile(
                r"(?:(?!(?<![a-z])va[ \t])[^,;:.!?\n()]){0,40}?"
                rf"(?<![a-z])(?:(?:{folded_alternation(done, blanks)})[ \t]+)?(?:{folded_alternation(agent, blanks)})[ \t]+"
            ),
            passive_ends=tuple(sorted({f"{fold(m)} {fold(p)}" for m in ahead for p in every} | {fold(p) for p in every})),
            enacts=re.compile(rf"[^.,;:!?]{{2,80}}(?<![a-z]){self._unreported()}{ISSUING_FOLDED}[ \t]+$"),
            reported_issue=re.compile(reported_issuing(self.lex) + r"[\s*_:,]*$"),
            issuing_after=re.compile(
                rf"[ \t]*(?:(?:{folded_alternation(ahead, blanks)})[ \t]+)?(?:{ISSUING_FOLDED}|ky|phe[ \t]+duyet)(?![a-z])"
            ),
        )

    def _owns(self) -> dict:
        """:meth:`_own` and two parts of it alone, which :func:`~vanban.structure.context._own_formula` tests first: the
        act with the blanks around it, the closing phrase (neither holds a ".", ";" or ":", nor does a type word)."""
        A = self.A
        verbs = A(self.lex.words("own_formula_verb"))  # "ban hành", "xây dựng", …: vocabulary ``own_formula_verb``
        act = rf"{S1} (?: {verbs} ) {S1}"
        ends = A(self.lex.words("formula_end"))  # "… với các nội dung như sau:", vocabulary ``formula_end``
        return {"own": self._own(act, ends), "own_act": re.compile(act, X), "own_end": re.compile(ends, X)}

    def _own(self, act: str, ends: str) -> re.Pattern:
        return re.compile(
            rf"""
            (?P<iss> {self.head_alt} (?: {self.loc} )? ) {act}   # Ban Thường vụ Huyện ủy xây dựng
            (?: (?P<type> {self.A(list(self.lex.type_words))} ) [^.;:]{{0,200}}? | [^.;:]{{0,200}}? ) {ends}  # kế hoạch … như sau
            """,
            X,
        )

    def _scan_words(self) -> dict:
        """The patterns of the words the scan and resolve test a reference by, from their vocabulary lists (the sentences
        that motivated each are the rows' sources), the same in both modes: each unit's own level (``every_level``), the
        kinds of a type the law names (``named_kind``), a report's body (``report_kind``), a title's trailing joining
        word (``theo_compound``), the members of a front (``member_group``), a body's own work (``own_work_verb``), the
        lower-case type words a quoted name makes a citation (``quoted_plan_type``)."""
        return dict(
            every_level=self._every_level(),
            named_kinds=self._named_kinds(),
            of_a_body_after=self._of_a_body_after(),
            trailing_joiner=self._trailing_joiner(),
            members=self._members(),
            own_work=self._own_work(),
            # (without diacritics or blanks, as a damaged page may write them: "đềán", "de  an")
            quoted_plans=frozenset("".join(fold(w.lower()).split()) for w in self.lex.words("quoted_plan_type")),
        )

    def _every_level(self) -> tuple[re.Pattern, re.Pattern]:
        """(the words of each unit's own level, searched in a reference's end or matched right after it; a congress
        named only by every level), folded, from vocabulary ``every_level`` (value ``own`` or ``congress``)."""
        by = {
            v: "|".join(r"[ \t\n]+".join(map(re.escape, fold(w).split())) for w, x in self.lex.pairs("every_level") if x == v)
            for v in ("own", "congress")
        }
        return (
            re.compile(rf"(?:(?<![a-z])|^[ \t]+)(?:{by['own']})(?![a-z])"),
            re.compile(rf"dai hoi (?:{by['congress']})"),
        )

    def _named_kinds(self) -> dict[str, re.Pattern]:
        """type word (lower case, as written and without diacritics) -> its kinds the law names, folded, right after it
        ("chương trình" -> " muc tieu quoc gia")."""
        kinds: dict[str, list[str]] = {}
        for phrase, type_word in self.lex.pairs("named_kind"):
            kinds.setdefault(fold(type_word.lower()), []).append(r"[ \t]+".join(map(re.escape, fold(phrase.lower()).split())))
        by_fold = {t: re.compile(rf"[ \t]+(?:{'|'.join(ks)})(?![a-z])") for t, ks in kinds.items()}
        return {k: by_fold[fold(t.lower())] for _, t in self.lex.pairs("named_kind") for k in (t.lower(), fold(t.lower()))}

    def _of_a_body_after(self) -> re.Pattern:
        """ "của" right after a type word, folded, up to the body's first letter, a kind of report between (vocabulary
        report_kind: "báo cáo thẩm tra của các⏎Ban Hội đồng nhân dân tỉnh")."""
        kinds = "|".join(re.escape(fold(w)).replace("\\ ", r"\s+") for w in self.lex.words("report_kind"))
        return re.compile(rf"\s*(?:(?:{kinds})\s+)?cua\s+(?:cac\s+)?(?=\w)")  # (of several: "của các Ban …")

    def _trailing_joiner(self) -> re.Pattern:
        """A title does not end on a joining word: "Kế hoạch hoạt động đối ngoại năm 2024 của tỉnh Bà Rịa - Vũng Tàu
        và"; "theo" after a verb it makes one word with is none ("những năm tiếp theo", "học tập và làm theo")."""
        firsts = sorted({f for c in self.lex.words("theo_compound") for f in (c.split()[0], fold(c.split()[0]))})
        keep = "".join(f"(?<!{re.escape(w)} )" for w in firsts)
        # (also as folded text has them: "… cac doan the chinh tri – xa hoi va" before "Quyet dinh 218/QD-TW")
        joiners = "và|với|cùng|hoặc|hay|của|về|tại|va|voi|cung|hoac|cua|ve|tai"
        # nor, once its period is said, on "và" and the act on the next document (vocabulary ``trigger``, implements and
        # continues): "tổng kết, đánh giá kết quả thực hiện Kế hoạch phát triển ngành nông nghiệp, nông thôn năm 2022 và
        # triển khai Kế hoạch năm 2023" (corpus-real-19/state-quangnam-ketluan-pct-kehoach-nongnghiep-2022-2023.txt)
        acts = {f for c, v in self.lex.pairs("trigger") if v in ("implements", "continues") for f in (c, fold(c))}
        act = folded_alternation(acts, word=re.escape)
        return re.compile(rf"(?<=[0-9]{{4}})[\s,]+(?:và|va)\s+(?:{act})[\s,]*$|(?:[\s,]+(?:{joiners}|{keep}theo))+[\s,]*$")

    def _members(self) -> re.Pattern:
        """ "các tổ chức thành viên", "các đoàn thể chính trị - xã hội tỉnh": the member bodies of a front named after
        it (vocabulary ``member_group``, a locality unit after it or not), as written."""
        lex = self.lex

        def phrase(g: str) -> str:  # (a dash between words written with blanks around it or not, "–" or "-")
            return r"[ \t]*[-–][ \t]*".join(r"[ \t]+".join(map(re.escape, part.split())) for part in g.split(" - "))

        groups = "|".join(phrase(g) for g in sorted(lex.words("member_group"), key=lambda g: (-len(g), g)))
        units = folded_alternation(lex.words("unit"), r"\ ", re.escape)
        return re.compile(rf"(?P<m>(?i:các)[ \t]+(?:{groups})(?:[ \t]+(?:{units}))?)(?!\w)")

    def _own_work(self) -> tuple[frozenset, re.Pattern, re.Pattern]:
        """The types a body writes itself, and (folded) the acts on its own plan that end the text before it and start
        the text after its agent (see ``references.resolve._own_work``)."""
        verbs = "|".join(r"\s+".join(fold(v).split()) for v in self.lex.words("own_work_verb"))
        # (a type word and "và" between: "triển khai Nghị quyết và Chương trình hành động"; a draft's round: "(lần 2)")
        ends = re.compile(rf"(?<![a-z])(?:{verbs})(?:\s+\(?lan\s+[0-9]+\)?)?(?:(?:\s+[a-z]+){{1,2}}\s+va)?\s*$")
        starts = re.compile(rf"\s+(?:(?:da|vua|moi|cung|se|tiep\s+tuc)\s+)*(?:to\s+chuc|{verbs})(?![a-z])")
        return frozenset(self.lex.words("own_work_type")), ends, starts
