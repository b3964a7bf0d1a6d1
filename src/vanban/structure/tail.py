"""The closing block of a document: the "Nơi nhận" list and the signature
(``T/M BAN THƯỜNG VỤ`` / ``PHÓ BÍ THƯ`` / ``Vũ Hồng Duy``), often side by side on
one line once a layout is flattened.

Example::

    >>> from vanban.structure.lines import split_lines
    >>> t = ("I- NHIỆM VỤ\\n1. Một\\n2. Hai\\nTrên đây là kế hoạch.\\nNơi nhận:\\n- Ban Thường vụ Tỉnh ủy (báo cáo),\\n"
    ...      "- Lưu VT.\\nT/M BAN THƯỜNG VỤ\\nPHÓ BÍ THƯ\\nVũ Hồng Duy\\n")
    >>> lines = split_lines(t)
    >>> rec, sig, _ = read_tail(lines, t, tail_start(lines, t))
    >>> [(r.name, r.note) for r in rec], (sig.authority, sig.on_behalf, sig.position, sig.name)
    ([('Ban Thường vụ Tỉnh ủy', 'báo cáo'), ('Lưu VT', None)], ('T/M', 'BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Vũ Hồng Duy'))
"""

from __future__ import annotations

import re
from typing import Optional

from ..grammar import cues
from ..model import Recipient, Signature, Unparsed
from ..text import LOWER, UPPER, title_case
from .lines import MARKS as _MARKS
from .lines import Lines, plain

__all__ = ["tail_start", "tail_bound", "read_tail"]

_LOW = LOWER + "'"
_NAME = re.compile(rf"^[{UPPER}][{_LOW}]*(?:\s+[{UPPER}][{_LOW}]*){{1,4}}$")
_SIGNED = re.compile(r"^\(?\s*(?:đã\s+ký|ký(?:\s+tên)?(?:,\s*đóng\s+dấu)?|ký\s+và\s+ghi\s+rõ\s+họ\s+tên)[^)]*\)?$", re.IGNORECASE)


#: what a "Nơi nhận" line or a signature mark (T/M, K/T, TL., Q., …) starts with, after the marks plain()
#: strips: the lines worth asking the two patterns about (this runs over most of every document)
_TAIL_CUE = re.compile(rf"[ \t|*_#]*(?:(?i:nơi[^\S\n]+nhận)|{'|'.join(re.escape(m) for m in cues.SIGNATURE_MARKS)})")

_RECIPIENTS_LEAD = re.compile(r"^Nơi\s+nhận\s*:?\s*", re.IGNORECASE)
_ITEM_MARK = re.compile(r"^[-–+•]\s*")
_NOTE_AT_END = re.compile(r"\(([^()]*)\)\s*$")


def _tail_line(ln: str) -> bool:
    return bool(cues.RECIPIENTS.match(ln) or cues.SIG_MARK.match(ln))


def tail_start(lines: Lines, t: str) -> int:
    """Where the body ends: the "Nơi nhận" list or the signature block (the earliest of the two when
    they are within 40 lines of the last one)."""
    lo = _first_tail_line(lines)
    found = [i for i in lines.matching(_TAIL_CUE, lo) if _tail_line(plain(lines[i][2]))]
    if not found:
        return len(t)
    j = next(k for k in found if k >= max(lo, found[-1] - 40))
    a, _, raw = lines[j]  # (once: each line is sliced out of the text when asked for)
    return a + (len(raw) - len(raw.lstrip(" \t|*_")))


def tail_bound(lines: Lines, t: str) -> int:
    """A bound below :func:`tail_start`: the start of the first line it reads (its answer is a line from there on, or
    the text's end), found without reading them.

    >>> from vanban.structure.lines import split_lines
    >>> t = "KẾ HOẠCH\\nvề việc X\\nThực hiện …\\nNơi nhận:\\n- Như trên"
    >>> lines = split_lines(t)
    >>> tail_bound(lines, t), tail_start(lines, t)
    (9, 31)
    """
    lo = _first_tail_line(lines)
    return lines[lo][0] if lo < len(lines) else len(t)


def _first_tail_line(lines: Lines) -> int:
    """The first line the closing block may start at: the first 30% of the lines are the letterhead and the body (one
    place for :func:`tail_start`, which scans from there, and :func:`tail_bound`, which bounds it)."""
    return int(len(lines) * 0.3)


def read_tail(lines: Lines, t: str, start: int) -> tuple[list[Recipient], Optional[Signature], list[Unparsed]]:
    """Recipients, signature and what fits neither in the lines from ``start`` on."""
    rd = _TailReader(t)
    for a, _b, raw in lines.after(start):
        text = raw.rstrip()
        ln = text.strip(_MARKS)  # (plain() written out: a call a line)
        if not ln:
            continue
        if _one_piece(text):  # ("Nơi nhận:", "- Lưu VT.", "PHÓ BÍ THƯ": most lines, one piece, ln read already)
            rd.piece(ln, a + len(text) - len(text.lstrip(_MARKS)))
            continue
        for seg_a, seg in _split_columns(a, text):
            ln = plain(seg)
            if ln:
                rd.piece(ln, seg_a + len(seg) - len(seg.lstrip(_MARKS)))  # (ln starts after the marks plain() strips)
    return rd.recipients, rd.sig, rd.unparsed


class _TailReader:
    """The closing block, piece by piece: state goes start -> signature -> after-name."""

    def __init__(self, t: str):
        self.t = t
        self.recipients: list[Recipient] = []
        self.sig: Optional[Signature] = None
        self.unparsed: list[Unparsed] = []
        self.in_recipients = False
        self.state = "start"

    def piece(self, ln: str, la: int) -> None:
        if cues.RECIPIENTS.match(ln):
            self.in_recipients = True
            rest = ln[_RECIPIENTS_LEAD.match(ln).end() :]  # (what follows "Nơi nhận:": a slice, not a sub's copy)
            if rest:
                self.recipients.append(_recipient(rest, la + len(ln) - len(rest)))
            return
        m = cues.SIG_MARK.match(ln)
        if m:
            self.mark(m, ln, la)
            return
        if self.in_recipients and self.state != "signature" and (im := _ITEM_MARK.match(ln)):
            item = ln[im.end() :]
            self.recipients.append(_recipient(item, la + len(ln) - len(item)))
            return
        if self.sig is not None and self.state == "signature" and self.signer(ln, la):
            return
        if self.in_recipients and self.state == "start" and self.recipients and not ln[:1].isupper():
            # a recipient item wrapped onto the next line
            last = self.recipients[-1]
            self.recipients[-1] = _recipient(self.t[last.start : la + len(ln)].replace("\n", " "), last.start)
            return
        where = "after signature" if self.state == "after-name" else "in the signature block"
        self.unparsed.append(Unparsed(la, la + len(ln), ln, where))

    def mark(self, m: re.Match, ln: str, la: int) -> None:
        sig = self.sig = self.sig or Signature(start=la)
        sig.marks.append((m.group("auth"), m.group("rest").strip()))
        if sig.authority is None:  # the first mark says on whose behalf; "KT. CHỦ TỊCH" after "TM. …" is kept in marks
            sig.authority = m.group("auth")
            sig.on_behalf = m.group("rest").strip() or None
            sig.spans["authority"] = (la, la + len(ln))
        sig.end = la + len(ln)
        self.state = "signature"

    def signer(self, ln: str, la: int) -> bool:
        """The position, "(Đã ký)" and the name under the marks; True when ``ln`` was one."""
        sig = self.sig
        if (
            ln.isupper()
            and sig.position is None
            and (not _NAME.match(title_case(ln)) or (sig.on_behalf and len(ln.split()) <= 6))
        ):
            sig.position = ln
            sig.spans["position"] = (la, la + len(ln))
        elif _SIGNED.match(ln) or ln in ("(Đã ký)", "(đã ký)"):
            pass
        elif _NAME.match(ln) and sig.name is None:
            sig.name = ln
            sig.spans["name"] = (la, la + len(ln))
            self.state = "after-name"
        else:
            return False
        sig.end = la + len(ln)
        return True


_COLUMN_SPLIT = re.compile(
    r"\s{3,}|\t+|\s*\|\s*|(?<=[,.;])\s+(?=(?:T/M|K/T|T/L|TM\.|KT\.|TL\.)\s)|(?<=[,.;)])\s+(?=["
    + UPPER
    + r"]{2,}(?:\s+["
    + UPPER
    + r"]{2,})+$)"
)


def _split_columns(a: int, text: str) -> list[tuple[int, str]]:
    """A line that holds both columns ("- Ban Thường vụ Tỉnh ủy (báo cáo),   PHÓ BÍ THƯ") in pieces (asked of the
    lines :func:`_one_piece` does not pass)."""
    out = []
    pos = 0
    for m in _COLUMN_SPLIT.finditer(text):
        if cues.SIG_MARK_ONLY.match(text[pos : m.start()]):
            continue  # "TM. ỦY BAN NHÂN DÂN" is one piece
        if m.start() > pos:
            out.append((a + pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((a + pos, text[pos:]))
    return out or [(a, text)]


def _one_piece(text: str) -> bool:
    """No match of :data:`_COLUMN_SPLIT` in ``text``, told without scanning it: each holds a bar, a tab, three blanks or a
    blank after [,.;)], and in a line whose only blank is " " (str.isprintable(): the other blanks of "\\s" are not
    printable) ``in`` finds these ("- Ban Thường vụ Tỉnh uỷ (b/c),", "T/M BAN THƯỜNG VỤ": most lines of a closing).
    False is no answer: the pattern is asked."""
    return (
        text.isprintable()
        and "|" not in text
        and "   " not in text
        and ", " not in text
        and ". " not in text
        and "; " not in text
        and ") " not in text
    )


def _recipient(item: str, start: int) -> Recipient:
    item = item.strip()
    clean_item = item.rstrip(",;. ")
    m = _NOTE_AT_END.search(clean_item)
    note = m.group(1).strip() if m else None
    name = clean_item[: m.start()].strip() if m else clean_item
    return Recipient(text=clean_item, name=name, note=note, start=start, end=start + len(clean_item))
