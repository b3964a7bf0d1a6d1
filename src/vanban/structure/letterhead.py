"""The letterhead (thể thức) at the top of a document: issuer, motto, number,
place and date, type and title.

Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW lay a party document out as::

    ĐẢNG BỘ TỈNH GIA LAI                 ĐẢNG CỘNG SẢN VIỆT NAM
    HUYỆN ỦY PHÚ THIỆN                   Phú Thiện, ngày 30 tháng 6 năm 2021
    Số 45-KH/HU
                           KẾ HOẠCH
           triển khai thực hiện Kết luận số 93-KL/TW …

Readers give the columns one after the other; portals flatten them onto lines of
their own, sometimes broken ("Sơn⏎La, ngày 11 tháng 3⏎năm 2020").

Example::

    >>> from vanban.structure.lines import split_lines
    >>> t = "HUYỆN ỦY PHÚ THIỆN\\nSố 45-KH/HU\\nPhú Thiện, ngày 30 tháng 6 năm 2021\\n\\nKẾ HOẠCH\\ntriển khai Kết luận 93\\n"
    >>> h, body_start, _ = read_letterhead(split_lines(t), t, len(t))
    >>> h.issuer, h.code, h.date.isoformat(), h.doc_type, h.title
    ('Huyện ủy Phú Thiện', '45-KH/HU', '2021-06-30', 'Kế hoạch', 'triển khai Kết luận 93')
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from ..facts import Lexicon, gazetteer
from ..facts.lexicon import current
from ..grammar import cues, grammar, parse_code, read_issuer, read_issuer_line
from ..model import Header, Reference, Unparsed
from ..text import UPPER, fold, line_start, title_case
from .lines import MARKS, Line, Lines, line_text, plain, strip_span
from .sections import HEADING

__all__ = ["read_letterhead", "place_date_at", "put_place", "canonical_org", "party_org", "preamble_start", "SEPARATOR"]

SEPARATOR = re.compile(r"^[\s*|_\-–—=.]*$")
#: a line that may be the motto or a piece of it: the motto's letters (and "HOÀ"'s), blanks and the marks
#: plain() strips, nothing else (the lines :func:`cues.motto_of` is asked about, found in one scan)
_MOTTO_CHARS = "".join(sorted(set("".join(cues.MOTTOS.values()) + "OÀ" + fold("".join(cues.MOTTOS.values())).upper()) - {" "}))
_MOTTO_LINE = re.compile(rf"(?:[|*_#]|[^\S\n])*[{_MOTTO_CHARS}](?:[{_MOTTO_CHARS}|*_#]|[^\S\n])*$", re.M)
_MAX_LINES = 80  # a letterhead is read in the first lines only


def preamble_start(lex: Lexicon) -> re.Pattern:
    """A line that opens the preamble ("Thực hiện …", "Căn cứ …"): the letterhead is over."""

    def build() -> re.Pattern:
        words = "|".join(re.escape(w) for w in lex.words("preamble_opener"))
        return re.compile(rf"^(?:[-–+]\s*)?(?:{words})\b")

    return lex.cached("preamble_start", build)


def put_place(obj, pl: gazetteer.Place) -> None:
    """Set ``province``/``district``/``commune`` of a Header or a Context from a place."""
    obj.province = pl.province
    if pl.kind == "district":
        obj.district = pl.name
    elif pl.kind == "commune":
        obj.district, obj.commune = pl.district, pl.name


def place_date_at(lines: Sequence[Line], idx: int, first: Optional[str] = None):
    """ "Phú Thiện, ngày 30 tháng 6 năm 2021" at line ``idx``, also when broken over up
    to three lines ("Sơn⏎La, ngày 11 tháng 3⏎năm 2020"); returns (match, extra lines used).
    ``first`` is ``plain()`` of line ``idx`` when the caller has it."""
    joined = plain(lines[idx][2]) if first is None else first
    if not joined[:1].isupper():
        return None
    n = len(lines)
    for extra in range(3):
        if extra:
            if idx + extra >= n:
                break
            nxt = plain(lines[idx + extra][2])
            if not nxt:
                break
            joined = f"{joined} {nxt}"
        if "ngày" not in joined and "ngay" not in joined:
            continue
        m = cues.PLACE_DATE.match(joined)
        if m and m.group("y"):
            return m, extra
    return None


#: the number of a "Số …" line anywhere in a text, after the marks :func:`plain` strips (a line break before it)
_NUMBER_LINE_ANYWHERE = re.compile(rf"\n[{re.escape(MARKS)}]*{cues.NUMBER_LINE_NUMBER}")


def line_numbers(t: str) -> frozenset[str]:
    """The numbers of the "Số …" lines anywhere in ``t``: the letterhead's number line (:data:`cues.NUMBER_LINE`) is one
    of them, its symbol's number one of these ("Số 29-KH/HU" gives "29"), and the symbol parsed begins with it.

    >>> sorted(line_numbers("ĐẢNG BỘ TỈNH BẾN TRE\\nHUYỆN UỶ CHÂU THÀNH\\n*\\nSố 29-KH/HU\\n\\nThực hiện Kế hoạch số 41-KH/TU"))
    ['29']
    """
    return frozenset(m.group(1) for m in _NUMBER_LINE_ANYWHERE.finditer("\n" + t))


#: the labels of the letterhead's number line, matched forward from near the symbol: "Số:" at a line's start (or after
#: a mark a page runs the letterhead on with, or after the motto it follows: "Độc lập - Tự do - Hạnh phúc Số:
#: 76/2016/NQ-HĐND"), up to a damaged number's first part ("Số: 4a/ 2001/NQ /HĐND4"); after a party letterhead's star
#: the colon may be left out ("ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU"); a register's attribute row "Số hiệu: | 563/QĐ-NHNN";
#: "Số:" after an issuer in capitals run onto its line ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH ------- Số: 26/2015/QĐ-UBND",
#: corpus-real-24/qd-26-2015-qd-ubnd-ninhbinh-quyche-trangan-hieuluat.txt; "NGÂN HÀNG NHÀ NƯỚC Số: 563/QĐ-NHNN",
#: corpus-real-28/qd-563-qd-nhnn-2013-muaban-vangmieng-hieuluat.txt; the line's words before it in capitals). The group
#: that matched (``so``, ``star``, ``run``) is the label's "Số".
_OWN_NUMBER_LINE = re.compile(
    r"(?:(?:^|(?<=[|*])|(?<=(?i:hạnh phúc)))[ \t]*(?P<so>Số)(?:[ \t]*hiệu)?[ \t]*:"
    r"|(?<=\*)[ \t]*(?P<star>Số)(?=[ \t]+[0-9])"
    rf"|(?<=[{UPPER}-][ \t])(?P<run>Số)[ \t]*:)"
    r"[ \t]*(?:\S{1,6}[ \t]+)?",
    re.M,
)
#: a type word (up to four words) and "số" opening a law's or a Quốc hội resolution's number line: "Luật số: 66/2020/QH14"
_TYPE_SO = r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+số"
#: a reference that is a law's or a Quốc hội resolution's number line, its type word before "số:" at a line's start and
#: nothing after the symbol on the line: "QUỐC HỘI\n_______\n\nLuật số: 66/2020/QH14\n" (corpus-real-26/luat-66-2020-
#: qh14-bien-phong-viet-nam-nq-33-nq-tw-hoatieu.txt), "Nghị quyết số:\n76/2025/UBTVQH15\nHà Nội, ngày 14 tháng 4 năm 2025"
#: (corpus-real-22/nq-76-2025-ubtvqh15-sapxep-donvi-hanhchinh-tailieu-font-loi.txt)
_OWN_TYPED_LINE = re.compile(_TYPE_SO + r"[ \t]*:")
#: the label right before a letterhead's or a register's symbol, matched back from the symbol's start (the search's end):
#: "Số:" (a capital, a colon), "Số hiệu:", "Số hiệu văn bản:", or a "<Type> số:" opening its line, the symbol after it
#: across a line break or a table's cell mark ("Số hiệu:\n|\n222/QD-TTg")
_OWN_NUMBER_LABEL = re.compile(
    rf"(?:(?<!\w)Số(?:[ \t]+hiệu(?:[ \t]+văn[ \t]+bản)?)?|^[ \t]*{_TYPE_SO})[ \t]*:[\s|]*\Z",
    re.M,
)
#: what closes the number line after its symbol: the line's or the table cell's end, or the letterhead's place and
#: date ("Số: 612/QĐ-BYT Hà Nội, ngày 14 tháng 3 năm 2024"); not a date alone ("Số: 431/UBND-KT ngày 9 tháng 5 năm 2008")
_OWN_NUMBER_CLOSES = re.compile(rf"[ \t]*(?:\||\n|$)|[ \t|]+[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]*,[ \t]*ngày(?!\w)")


def on_own_number_line(t: str, r: Reference) -> bool:
    """Is the symbol ``r`` (offsets into ``t``) on the page's own number line, the document's own even when the
    letterhead was not read? The one reader of that line for a reference; the caller asks it of a symbol near the top
    (the title's reach). Three forms, each a session's finding:

    * a "Số:" label just before the symbol (:data:`_OWN_NUMBER_LINE`): "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-
      VPĐOÀN TNCS HỒ CHÍ MINH" (corpus-real-17/youth-2mit-qd-367-qd-twdtn-vp-quydinh-banhanh-vanban-2013.txt), "HĐND TỈNH
      THỪA THIÊN HUẾ\\nSố: 4a/ 2001/NQ /HĐND4" (corpus-real-20/nq-4a-2001-nq-hdnd4-hue-nhiemvu-ktxh-2001-luatminhkhue.txt);
      "70 such lines in the dev texts, none labelled a citation" (c2a1678b);
    * a line holding only "<Type> số: <symbol>" (:data:`_OWN_TYPED_LINE`), the symbol the line's last word (ee37e8d3);
    * D92: "A symbol right after "Số:", "Số hiệu:", "Số hiệu văn bản:" or a line's "<Type> số:" (across a line break or
      a table's cell mark), within the title's reach (the first 1500 characters), and itself closing the line or the
      cell or running into the letterhead's place and date, is the page's own number (relation `self`), whatever stands
      before the label on its line" (:data:`_OWN_NUMBER_LABEL`, :data:`_OWN_NUMBER_CLOSES`): "Chính phủ Số: 04/NQ-CP |"
      (corpus-real-36/nq-04-nqcp-2022-phan-cap-phan-quyen-trogiupluat.txt), "Luật số: 40/2009/QH12 Hà Nội, ngày 23
      tháng 11 năm 2009" (corpus-real-59/doc-docx-luat-kham-benh-chua-benh-40-2009-qh12.txt).

    A symbol after "số:" inside a sentence is cited: "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15
    tháng 11 năm 2010" (corpus-real-13/qd-186-qd-ubnd-angiang-duan-cogioihoa-thuysan-2018.txt).

    >>> t = "HĐND TỈNH THỪA THIÊN HUẾ\\nSố: 4a/ 2001/NQ /HĐND4\\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\\n"
    >>> on_own_number_line(t, Reference(33, 40, "2001/NQ", code_span=(33, 40)))  # (the symbol found: its first part lost)
    True
    >>> t = "Căn cứ Thông tư liên tịch số: 183/2010/TTLT/BTC-BNN, ngày 15 tháng 11 năm 2010"
    >>> on_own_number_line(t, Reference(7, 78, t[7:78], code_span=(30, 51)))
    False
    """
    lo = r.start - 16 if r.start > 16 else 0
    if t.find("Số", lo, r.start + 4) >= 0:
        # (the first form's "Số" lies in the window searched: most symbols have none before them, a cheap test)
        m = _OWN_NUMBER_LINE.search(t, lo, r.start + 4)
        # (an issuer run onto the line: nothing in lower case before "Số")
        if m is not None and not (m.group("run") and any(c.islower() for c in t[line_start(t, m.start()) : m.start()])):
            if m.start(m.lastgroup) <= r.start <= m.end():
                return True
    elif (r.start == 0 or t[r.start - 1] == "\n") and "số" in r.text and _OWN_TYPED_LINE.match(r.text):
        e = t.find("\n", r.end)
        if not t[r.end : e if e >= 0 else len(t)].strip(" \t|"):
            return True
    if r.code_span is None:
        return False
    cs, ce = r.code_span
    return _OWN_NUMBER_CLOSES.match(t, ce) is not None and _OWN_NUMBER_LABEL.search(t, cs - 40 if cs > 40 else 0, cs) is not None


def _no_date_word(t: str, a: int, plain: Callable[[], bool] = lambda: True) -> bool:
    """No "ngày" ("ngay") in the line that starts at ``a`` and the two after it (what :func:`place_date_at` joins, a space
    between lines: it finds no place-date line there). ``plain()``: may the text write "ngay" (asked only when the lines
    hold it and no "ngày")."""
    e = a
    for _ in range(3):
        e = t.find("\n", e)
        if e < 0:
            e = len(t)
            break
        e += 1
    # (with ``plain``, also without diacritics: "Phu Thien, ngay 30 …")
    return t.find("ngày", a, e) < 0 and not (t.find("ngay", a, e) >= 0 and plain())


def _date_of(m: re.Match) -> Optional[_dt.date]:
    try:
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


#: the first characters a line (plain(): not a blank, "|", "*", "_" or "#") can have for :data:`cues.INDEPENDENCE` ("Độc lập",
#: "Doc lap", in any case), :data:`cues.NUMBER_LINE` ("Số", "So") and :data:`SEPARATOR` (or a blank of another kind:
#: str.isspace() is the patterns' "\s"); checked on the parsed patterns by tests/structure/test_letterhead.py
_INDEPENDENCE_FIRST = "ĐđDd"
_NUMBER_LINE_FIRST = "Ss"
_SEPARATOR_FIRST = "*|_-–—=."
_OF = re.compile(r"^(?:CỦA|của|CUA|cua)\s")  # "CỦA BAN THƯỜNG VỤ …" right after the type


def _reader_parts(lex: Lexicon) -> tuple:
    """What every letterhead reader of ``lex`` uses (one lexicon cache entry, not four asked per text): the grammar, the
    issuer lines' prefixes, as written and without diacritics ("TINH GIA LAI"; fold keeps a prefix's trailing space),
    and the preamble's opening."""
    prefixes = tuple(lex.words("letterhead_prefix"))
    return grammar(lex, "exact"), prefixes, tuple(dict.fromkeys(fold(w).upper() for w in prefixes)), preamble_start(lex)


class _Reader:
    """Reads the letterhead lines one by one, giving each a role."""

    def __init__(self, lines: Lines, t: str, limit: int, lex: Lexicon, tail: Optional[Callable[[], int]] = None):
        # (with ``tail``, ``limit`` is at most the tail's start, which ``tail()`` gives: asked only when a line read
        # reaches ``limit`` (:meth:`past`), which a letterhead at the top of a long text never does)
        self.lines, self.t, self.limit, self.lex, self.tail = lines, t, limit, lex, tail
        self.h = Header()
        self.issuer_lines: list[Line] = []
        self.role_lines: list[tuple[int, int, str]] = []
        self.first: Optional[int] = None
        self.type_idx: Optional[int] = None
        self.last_field_end = 0
        self._plain: Optional[bool] = None
        # (kept in the lexicon's cache, not built by lex.cached: its parts are entries of their own, which lex.cached
        # builds holding its lock)
        parts = lex.cache.get("letterhead_reader") or lex.cache.setdefault("letterhead_reader", _reader_parts(lex))
        self.g, self.prefixes, self.prefixes_folded, self.preamble = parts

    def plain(self) -> bool:
        """May the letterhead write "ngay" for "ngày" (no "ngày" before the limit: a letterhead without diacritics)? Asked
        only of a line that holds "ngay" (:func:`_no_date_word`): the limit is then computed, if it was not."""
        if self._plain is None:
            self._plain = self.t.find("ngày", 0, self.limit) < 0 and self.t.find("ngày", 0, self.exact_limit()) < 0
        return self._plain

    def exact_limit(self) -> int:
        """The limit itself: the tail's start, computed when first asked for."""
        if self.tail is not None:
            self.limit, self.tail = self.tail(), None
        return self.limit

    def past(self, a: int) -> bool:
        """``a >= self.limit``, the tail's start computed only when ``a`` reaches the bound below it."""
        return a >= self.limit and a >= self.exact_limit()

    def top(self, max_scan: int) -> int:
        """Where the letterhead starts: just above the motto when one is near the top,
        so that a portal's own lines before it ("Số hiệu 58/KH-UBND", "Ngày ban hành …")
        are not read as the letterhead."""
        lines = self.lines
        for i in lines.matching(_MOTTO_LINE, 0, max_scan):
            a, _, raw = lines[i]  # (once: each line is sliced out of the text when asked for)
            if a >= self.limit and self.past(a):
                break
            if cues.motto_of(plain(raw)):
                # up over the ten lines above it, as long as they are the letterhead's (their texts from one split of
                # the text above the motto, not a line sliced out at a time)
                j = i
                for prev in reversed(lines.texts(i - 10, i)):
                    prev = prev.strip(MARKS)  # (plain() written out)
                    if prev and not (
                        prev.isupper() or SEPARATOR.match(prev) or cues.NUMBER_LINE.match(prev) or cues.PLACE_DATE.match(prev)
                    ):
                        break
                    j -= 1
                return j
        return 0

    def motto(self, ln: str) -> Optional[str]:
        motto = cues.motto_of(ln)
        h, rl = self.h, self.role_lines
        if motto is None and rl and rl[-1][2] == "motto" and h.motto and ln.isupper():
            prev = plain(self.t[rl[-1][0] : rl[-1][1]].strip())
            if f"{prev} {ln}" in h.motto:  # "… VIỆT⏎NAM": the rest of a motto cut by the layout
                motto = h.system
        return motto

    def classify(self, idx: int, line: Line, ln: str) -> tuple[Optional[str], int]:
        """The role of line ``idx`` ("motto", "number", "place-date", "type", "separator",
        "issuer" or None) and the index of the last line it used; ``line`` is the line, ``ln``
        its ``plain()`` text (the caller has both: each line is sliced out of the text when asked for)."""
        h = self.h
        a, b, raw = line
        # (each pattern asked only of a line whose first character it can start with: _INDEPENDENCE_FIRST, …)
        upper, c = ln.isupper(), ln[0]
        # (a motto and the rest of one are in capitals, of the motto's letters and blanks: _MOTTO_LINE matches them)
        motto = self.motto(ln) if upper and _MOTTO_LINE.match(ln) else None
        if motto in ("party", "state"):
            h.motto = cues.MOTTOS[motto]
            h.system = "state" if motto == "state" else (h.system or "party")
            return "motto", idx
        if c in _INDEPENDENCE_FIRST and cues.INDEPENDENCE.match(ln):
            return "motto", idx
        if c in _NUMBER_LINE_FIRST and (m := cues.NUMBER_LINE.match(ln)) and h.code is None:
            return self.number(m, a, raw), idx
        # (most lines have no "ngày" near: place_date_at would slice out and join three lines to find none)
        if h.date is None and not _no_date_word(self.t, a, self.plain) and (pd := place_date_at(self.lines, idx, ln)) is not None:
            return self.place_date(pd, idx, a, raw)
        if upper and self.type_idx is None and (tt := self.lex.type_by_name(ln)) is not None:
            h.doc_type = tt.name
            h.spans["doc_type"] = (a, b)
            self.type_idx = idx
            return "type", idx
        if (c in _SEPARATOR_FIRST or c.isspace()) and SEPARATOR.match(ln):
            return "separator", idx
        if upper and len(ln) <= 70 and self.type_idx is None and not HEADING.match(ln):
            if (
                ln.startswith(self.prefixes)
                or ln.isascii()
                and ln.startswith(self.prefixes_folded)
                or _names_issuer(self.lex, ln)
            ):
                self.issuer_lines.append((a, b, ln))
                return "issuer", idx
        return None, idx

    def number(self, m: re.Match, a: int, raw: str) -> Optional[str]:
        h = self.h
        parts = parse_code(m.group("code"), self.lex)
        if not parts:
            return None
        h.code, h.number = parts.canonical, parts.number
        h.issuer_code = parts.issuer_code
        cs = a + raw.index(m.group("code"))
        h.spans["code"] = (cs, cs + len(m.group("code")))
        h.system = h.system or parts.system
        return "number"

    def place_date(self, pd, idx: int, a: int, raw: str) -> tuple[Optional[str], int]:
        h = self.h
        m, extra = pd
        if not m.group("y"):
            return None, idx
        h.date = _date_of(m)
        h.place = " ".join(m.group("place").split())
        lead = len(raw) - len(raw.lstrip(" \t|*_"))
        last = self.lines[idx + extra]
        h.spans["date"] = (a + lead, last[0] + len(last[2].rstrip(" \t|*_")))
        if extra:
            h.spans["place"] = (a, a + lead + len(m.group("place").split(" ")[0]))
        else:
            h.spans["place"] = (a, a + raw.index(m.group("place")) + len(m.group("place")))
        return "place-date", idx + extra

    def run(self) -> int:
        """Give roles to the letterhead lines; returns the index after the last one."""
        lines = self.lines
        max_scan = len(lines) if len(lines) < _MAX_LINES else _MAX_LINES
        idx = self.top(max_scan)
        while idx < max_scan:
            line = lines[idx]  # (once: each line is sliced out of the text when asked for)
            a, _, raw = line
            if a >= self.limit and self.past(a):
                break
            ln = raw.strip(MARKS)  # (plain() written out: a call a line)
            if not ln:
                idx += 1
                continue
            role, last = self.classify(idx, line, ln)
            if role is None:
                if self.type_idx is not None:
                    break  # the title begins
                if self.first is None and self.preamble.match(ln):
                    break
                if self.first is not None and (self.h.date or self.h.code or self.h.motto):
                    break
                if self.first is None:
                    idx += 1
                    continue
                break
            if self.first is None:
                self.first = idx
            self.last_field_end = lines[last][1]
            self.role_lines.append((a, self.last_field_end, role))
            idx = last + 1
        return idx

    def title(self) -> int:
        """The title: lines after the type line up to a blank line, a separator or the
        preamble; "CỦA BAN THƯỜNG VỤ …" right after the type names the issuer. Returns
        where the body starts."""
        h, lines, t, n = self.h, self.lines, self.t, len(self.lines)
        body_start = self.last_field_end
        j = self.type_idx + 1
        parts: list[Line] = []
        while j < n:
            a, b, raw = lines[j]  # (once: each line is sliced out of the text when asked for)
            if a >= self.limit and self.past(a):
                break
            ln = plain(raw)
            if not ln:
                if parts:
                    break
                j += 1
                continue
            if SEPARATOR.match(ln) and parts:
                body_start = b
                break
            if parts and (self.preamble.match(ln) or HEADING.match(ln)) and not ln.isupper():
                break
            if not parts and (hm := HEADING.match(ln)) and hm.group("roman"):
                break
            parts.append((a, b, ln))
            body_start = b
            j += 1
        if parts and _OF.match(parts[0][2]):
            named = parts[0][2][4:].strip()
            got = read_issuer(self.g, self.lex, named, named, 0) or (
                read_issuer_line(self.lex, named) if named.isascii() else None
            )
            if got:
                p = got[0]
                if h.issuer and h.issuer != p.spelled:
                    h.superior = h.superior or h.issuer
                h.issuer, h.level = p.spelled, p.level or h.level
                h.spans["issuer"] = (parts[0][0], parts[0][1])
                parts = parts[1:]
        if parts:
            h.title = " ".join(p[2] for p in parts)
            h.spans["title"] = (parts[0][0], parts[-1][0] + len(line_text(t, parts[-1])))
        return max(body_start, h.spans.get("title", (0, body_start))[1])


def read_letterhead(
    lines: Lines, t: str, limit: int, lex: Optional[Lexicon] = None, tail: Optional[Callable[[], int]] = None
) -> tuple[Header, int, list[Unparsed]]:
    """Read the letterhead lines at the top of ``t`` (not past ``limit``); returns the
    header, where the body starts, and text before the letterhead that is not part of it. With ``tail``, ``limit`` is
    a bound below the tail's start and ``tail()`` gives it, asked only if a line read reaches the bound."""
    rd = _Reader(lines, t, limit, lex if lex is not None else current(), tail)
    rd.run()
    h = rd.h
    unparsed: list[Unparsed] = []
    if rd.first is not None and rd.first > 0:
        sa, sb = strip_span(t, lines[0][0], lines[rd.first][0])
        if sb > sa:
            unparsed.append(Unparsed(sa, sb, t[sa:sb], "before letterhead"))
    _issuer_from_lines(h, rd.issuer_lines, rd.lex)
    h.lines = rd.role_lines
    body_start = rd.title() if rd.type_idx is not None else rd.last_field_end
    h.start = lines[rd.first][0] if rd.first is not None else (h.spans["doc_type"][0] if "doc_type" in h.spans else 0)
    h.end = body_start if (rd.first is not None or rd.type_idx is not None) else h.start
    if rd.first is None and rd.type_idx is None:
        body_start = lines[0][0] if lines else 0
    return h, body_start, unparsed


# --- the issuer lines ------------------------------------------------------------------

# (matched on the line folded, fold() keeping its offsets: with or without diacritics, "ĐẢNG BỘ TỈNH GIA LAI",
# "DANG BO TINH GIA LAI"; a group's text is taken from the line as written; the unit words of vocabulary ``unit``, folded)
_DISTRICT_KINDS = ("district", "city")  # "ĐẢNG BỘ HUYỆN CHÂU THÀNH" names a district


def _party_org_parts(lex: Lexicon) -> tuple[re.Pattern, tuple[str, ...]]:
    """ "ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG BỘ KHỐI", matched on the line folded (see :func:`party_org`), and the units of a
    Party organisation that are no place (vocabulary ``party_block`` of ``lex``), folded: "ĐẢNG BỘ KHỐI CÁC CƠ QUAN
    TỈNH"."""
    blocks = lex.folded_words("party_block")
    units = f"{gazetteer.units(lex).folded}|{'|'.join(map(re.escape, blocks)) or '(?!)'}"
    return re.compile(rf"^dang bo\s+(?P<unit>{units})(?:\s+|$)"), blocks


def _unit_line(lex: Lexicon) -> re.Pattern:
    """A line that opens with a unit word of ``lex`` (vocabulary ``unit``), folded: "TỈNH SƠN LA" under "ỦY BAN NHÂN DÂN"."""
    return lex.cached("letterhead.unit_line", _unit_line_of, lex)


def _unit_line_of(lex: Lexicon) -> re.Pattern:
    return re.compile(rf"^(?:{gazetteer.units(lex).folded})\s")


def _org_parts(lex: Lexicon) -> tuple[re.Pattern, tuple[str, ...]]:
    return lex.cached("letterhead.party_org", _party_org_parts, lex)


def party_org(line: str, lex: Optional[Lexicon] = None) -> Optional[tuple[str, str, str]]:
    """A Party organisation's line, with or without diacritics: (its unit folded, its unit and its name as written),
    "ĐẢNG BỘ TỈNH GIA LAI" -> ("tinh", "TỈNH", "GIA LAI"); "ĐẢNG BỘ KHỐI" has no name (""); None for another line.
    ``lex``: whose ``party_block`` words are units too (the current lexicon when not given)."""
    return _party_org(lex if lex is not None else current(), line)


@lru_cache(maxsize=4096)  # (a corpus's letterheads repeat their superiors' lines: "ĐẢNG BỘ TỈNH GIA LAI", each plan)
def _party_org(lex: Lexicon, line: str) -> Optional[tuple[str, str, str]]:
    m = _org_parts(lex)[0].match(fold(line))  # (fold keeps the offsets: the parts are taken from the line as written)
    return None if m is None else (m.group("unit"), line[m.start("unit") : m.end("unit")], line[m.end() :].strip())


def _issuer_from_lines(h: Header, issuer_lines: list[Line], lex: Lexicon) -> None:
    """ "ĐẢNG BỘ TỈNH GIA LAI / HUYỆN ỦY PHÚ THIỆN", "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO",
    "ỦY BAN NHÂN DÂN / TỈNH SƠN LA" -> issuer, superior, locality."""
    if not issuer_lines:
        return
    texts = [x[2] for x in issuer_lines]
    spans = issuer_lines
    # "ỦY BAN NHÂN DÂN" + "TỈNH SƠN LA": the second line is the locality of the first
    if len(texts) >= 2 and _unit_line(lex).match(fold(texts[-1])) and _names_issuer(lex, texts[-2]):
        texts = texts[:-2] + [texts[-2] + " " + texts[-1]]
        spans = issuer_lines[:-2] + [(issuer_lines[-2][0], issuer_lines[-1][1], texts[-1])]
    issuing = texts[-1]
    superior = texts[-2] if len(texts) >= 2 else None
    got = read_issuer_line(lex, issuing)
    p = got[0] if got else None
    if p is None or (superior and p.code is None):
        # "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO": a board the vocabulary reads in full ("Ban Xúc tiến và Hỗ trợ đầu
        # tư", no symbol) is, under its committee, the committee's department
        p = _department(lex, issuing, superior) or p
    h.issuer = p.spelled if p else title_case(issuing)
    h.spans["issuer"] = (spans[-1][0], spans[-1][1])
    h.issuer_code = h.issuer_code or (p.code if p else None)
    h.level = p.level if p else None
    org = party_org(superior, lex) if superior else None  # (read once: the commune's district is read from it too)
    if superior:
        h.superior = canonical_org(superior, lex, org=org)
        h.spans["superior"] = (spans[-2][0], spans[-2][1])
        if org and org[2] and org[0] not in _org_parts(lex)[1]:  # (a block is no place: "ĐẢNG BỘ KHỐI …")
            pl = gazetteer.locate(f"{org[1].lower()} {org[2]}", when=h.date)
            if pl:
                put_place(h, pl)
    if got and p.locality:
        _locate_issuer(h, p, superior, org, lex)


def _names_issuer(lex: Lexicon, line: str) -> bool:
    """Does ``line`` start with an issuer's name, as written or without diacritics ("HUYEN UY PHU THIEN")?"""
    if grammar(lex, "exact").issuer.match(line):
        return True
    return line.isascii() and grammar(lex, "folded").issuer.match(fold(line)) is not None


def _department(lex: Lexicon, issuing: str, superior: Optional[str]):
    """A department under its committee: "BAN TUYÊN GIÁO" under "BAN CHẤP HÀNH TRUNG ƯƠNG"
    is the Ban Tuyên giáo Trung ương (its locality, if any, is not read); the committee's name is added in the
    department line's own script, so that one reading (:func:`read_issuer_line`) serves both ("BAN TUYEN GIAO" under
    "TINH UY GIA LAI": "Ban tuyen giao tinh uy"). The committee is the Central Committee's when the superior names it
    (vocabulary ``central_name``), else that of the first unit the superior names (vocabulary ``unit``, words whole):
    "HUYỆN ỦY TỊNH BIÊN" a district's. (Moves no dev page nor corpus/ letterhead: the unit words were read as
    substrings, "tinh" first, until session 45.)"""
    if not superior:
        return None
    sup = fold(superior)
    central, units = lex.cached("letterhead.committee_words", _committee_words, lex)
    um = units.search(sup)
    suffix = central if central and fold(central) in sup else _COMMITTEE.get(gazetteer.unit_kind(um and um.group(), lex), "")
    candidate = f"{issuing.capitalize()} {fold(suffix) if issuing.isascii() else suffix}".strip()
    got = read_issuer_line(lex, candidate)
    if not got:
        return None
    p = got[0]
    return type(p)(p.spelled, p.body, p.code, p.level, p.system, None, None, p.joint)


#: the Party committee a department line sits under, by the kind of the first unit its superior line names: "BAN TUYÊN
#: GIÁO" under "HUYỆN ỦY TỊNH BIÊN" is the district's (the unit words read whole: "Tịnh Biên" names no province)
_COMMITTEE = {"province": "Tỉnh ủy", "district": "Huyện ủy"}


def _committee_words(lex: Lexicon) -> tuple[str, re.Pattern]:
    """The Central Committee's name (vocabulary ``central_name`` valued name: "Trung ương") and a unit word of ``lex``
    (vocabulary ``unit``), folded, whole, in a superior line read by :func:`_department`."""
    central = next((w for w, v in lex.pairs("central_name") if v == "name"), "")
    return central, re.compile(rf"(?<![a-z])(?:{gazetteer.units(lex).folded})(?![a-z])")


def _locate_issuer(h: Header, p, superior: Optional[str], org: Optional[tuple[str, str, str]], lex: Lexicon) -> None:
    """The place an issuer line names ("HUYỆN ỦY PHÚ THIỆN"), within what the superior says,
    in the map of the document's date (``org``: :func:`party_org` of the superior line; the unit's kind by vocabulary
    ``unit`` of ``lex``)."""
    locality, unit, level = p.locality, p.unit, p.level
    kind = gazetteer.unit_kind(unit, lex)
    kind = (None if kind == "city" else kind) or gazetteer.LEVEL_KIND.get(level or "")
    if kind == "commune":
        _locate_commune(h, locality, org, lex)
        return
    pl = gazetteer.locate(locality, kind, h.province, h.date)
    if (pl is None or (pl.kind == "province" and superior and pl.province == h.province)) and h.province:
        # "THÀNH ỦY LONG XUYÊN", "THÀNH ỦY BẠC LIÊU" under "ĐẢNG BỘ TỈNH BẠC LIÊU": a city of the province
        ds = gazetteer.district(locality, h.province)
        pl = ds[0] if len(ds) == 1 else (pl or gazetteer.locate(locality, None, h.province, h.date))
    if pl:
        put_place(h, pl)


def _locate_commune(h: Header, name: str, org: Optional[tuple[str, str, str]], lex: Lexicon) -> None:
    """A commune or ward as its letterhead writes it: "ĐẢNG BỘ HUYỆN PHÚ THIỆN / ĐẢNG ỦY XÃ QUANG PHÚ"
    is the commune Quang Phú of the district Phú Thiện (Gia Lai) whether or not the gazetteer
    knows it (communes were merged and renamed in 2025; spellings vary). The gazetteer only
    gives the spelling and the district when it knows the commune in that district and province (``org``:
    :func:`party_org` of the superior line, None without one; its unit a district's by vocabulary ``unit`` of ``lex``)."""
    written_district = (
        title_case(org[2]) if org and org[2] and org[0] in gazetteer.unit_words(*_DISTRICT_KINDS, lex=lex) else None
    )
    # "ĐẢNG BỘ HUYỆN CHÂU THÀNH / ĐẢNG ỦY XÃ BÌNH HÒA": ten provinces have a Châu Thành, the pair is one place
    cands = gazetteer.commune(name, h.district or written_district, h.province, h.date)
    if len(cands) == 1:
        put_place(h, cands[0])
        return
    h.commune = name
    if h.district is None and written_district and gazetteer.era(h.date) == gazetteer.LEGACY:
        h.district = written_district


def canonical_org(line: str, lex: Optional[Lexicon] = None, *, org: Optional[tuple[str, str, str]] = None) -> str:
    """Canonical spelling of an organisation line: "ĐẢNG BỘ TỈNH GIA LAI" -> "Đảng bộ tỉnh Gia Lai" (``org``:
    :func:`party_org` of the line when the caller has read it)."""
    lex = lex if lex is not None else current()
    got = read_issuer_line(lex, line)
    if got:
        return got[0].spelled
    org = org if org is not None else party_org(line, lex)
    if org:
        return " ".join(x for x in ("Đảng bộ", org[1].lower(), title_case(org[2])) if x)
    return title_case(line) if line.isupper() else line
