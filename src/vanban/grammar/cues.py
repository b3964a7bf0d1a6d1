"""The cues of a document's letterhead and closing block, written once for the
readers (which lay a page out by them), the structure parser and the context
inference.

Quy định 66-QĐ/TW and Hướng dẫn 36-HD/VPTW (party) and Nghị định 30/2020/NĐ-CP
(state) fix the components: the motto ("ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM" over "Độc lập - Tự do - Hạnh phúc"), the "Số …" line, the
place-date line, the signature marks (T/M, K/T, T/L, TM., KT., TL., TUQ., Q.) and
the "Nơi nhận:" list.

Example::

    >>> NUMBER_LINE.match("Số: 45-KH/HU").group("code")
    '45-KH/HU'
    >>> motto_of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), motto_of("ĐẢNG CỘNG SẢN")
    ('state', 'party')
    >>> bool(SIGN_LINE.match("KT. CHỦ TỊCH"))
    True
"""

from __future__ import annotations

import re
from typing import Optional

from ..text import fold, fold_nfc
from .vocab import PLACE_NAME

__all__ = [
    "MOTTOS",
    "MOTTOS_FOLDED",
    "motto_of",
    "INDEPENDENCE",
    "NUMBER_LINE",
    "NUMBER_START",
    "PLACE_DATE",
    "PLACE_DATE_WORDS",
    "SIGNATURE_MARKS",
    "SIGN_LINE",
    "SIG_MARK",
    "SIG_MARK_ONLY",
    "RECIPIENTS",
    "LIST_ITEM",
    "PAGE_NUMBER",
]

#: the national motto of a party document and of a state document
MOTTOS = {"party": "ĐẢNG CỘNG SẢN VIỆT NAM", "state": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}
#: the same, folded, as far as a reader needs to recognise them on a page
MOTTOS_FOLDED = ("dang cong san viet nam", "cong hoa xa hoi chu nghia")


def motto_of(line: str) -> Optional[str]:
    """ "party"/"state" when a line is the motto or a piece of it (portals break
    "CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM" over lines)."""
    # (a motto has no lower-case letter at all: isupper() stops at the first, so no quicker test of the first 8 first)
    if not line.isupper():  # (what the joined words say, asked before joining: a long paragraph stops at its first small letter)
        return None
    u = " ".join(line.split())
    if len(u) < 4:
        return None
    if u.isascii():  # without its diacritics: "DANG CONG SAN VIET NAM"
        u, mottos, cong = u.lower(), _MOTTOS_FOLDED_FULL, "cong"
    else:
        u, mottos, cong = u.replace("HOÀ", "HÒA"), MOTTOS, "CỘNG"
    for name, full in mottos.items():
        if u == full or (len(u.split()) >= 2 and u in full) or (u == cong and name == "state"):
            return name
    return None


_MOTTOS_FOLDED_FULL = {name: fold(full) for name, full in MOTTOS.items()}


INDEPENDENCE = re.compile(
    r"^(?:Độc|Doc)\s+(?:lập|lap)\s*[-–]\s*(?:Tự|Tu)\s+do\s*[-–]\s*(?:Hạnh|Hanh)\s+(?:phúc|phuc)$", re.IGNORECASE
)  # (also without diacritics)

#: the "Số …" line of a letterhead, stripped: "Số 45-KH/HU", "Số: 1456/KH-UBND", "Số hiệu: 58/KH-UBND", and
#: without diacritics ("So 29-KH/HU": the code that follows says it is the number line)
_NUMBER_WORD = r"(?:Số|SỐ|số|Số hiệu|So|SO|So hieu)\s*:?\s*"
NUMBER_LINE = re.compile(rf"^{_NUMBER_WORD}(?P<code>[0-9]{{1,5}}\s*[-/–].{{1,40}}?)\s*$")
#: what :data:`NUMBER_LINE` reads up to the first character after the symbol's number (the number in group 1)
NUMBER_LINE_NUMBER = _NUMBER_WORD + r"([0-9]{1,5})\s*[-/–]"
#: a line of extracted text that starts with the number (the readers' cue for a letterhead)
NUMBER_START = re.compile(r"^\s*Số\s*:?\s*\d", re.M)

#: the place-date line, stripped and joined when a layout broke it: "Phú Thiện, ngày 30 tháng 6 năm 2021"
PLACE_DATE = re.compile(
    # (also without diacritics: "Phu Thien, ngay 30 thang 6 nam 2021")
    rf"^(?P<place>{PLACE_NAME}),?\s+ng(?:à|a)y\s+(?P<d>[0-9]{{1,2}})\s+th(?:á|a)ng\s+(?P<m>[0-9]{{1,2}})"
    rf"(?:\s+n(?:ă|a)m\s+(?P<y>(?:19|20)[0-9]{{2}}))?\s*$"
)
#: the words of a place-date line anywhere in a line
PLACE_DATE_WORDS = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}", re.I)

#: the marks of a signature block: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"
SIGNATURE_MARKS = ("T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "TUQ.", "Q.")
_MARKS = "|".join(re.escape(m) for m in SIGNATURE_MARKS)
#: a line of extracted text that opens a signature block (also with the marks spelled out)
SIGN_LINE = re.compile(rf"^\s*(?:{_MARKS}|THAY MẶT|KÝ THAY)\s*\S", re.M)
#: a stripped line with a mark and what follows it
SIG_MARK = re.compile(rf"^(?P<auth>{_MARKS})\s*(?P<rest>.*)$")
SIG_MARK_ONLY = re.compile(rf"^\s*(?:{_MARKS})\s*$")

RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*$|^Nơi\s+nhận\s*:", re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*[-+•–]")
#: a page number alone on its line: "2", "- 3 -", "Trang 4", "5/12"
PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.I)


def is_recipients_line(line: str) -> bool:
    """ "Nơi nhận:" in any case or spelling, on text a reader extracted."""
    return fold_nfc(line).lstrip().startswith("noi nhan")
