"""Relabel the batches' issuers and dates by the owners' own gold (session 49, decisions D22 … D30).

The owners' 44 pages (``tests/fixtures/corpus-real/``, read whole in ``tests/fixtures/agreement/OWNERS-READINGS.md``)
settle several questions the batches labelled both ways. Each question is one function of ``QUESTIONS``: it reads a
gold row and the page's text around it, by form only (the surface, the words before and after the row, the row's
fields), and returns the fields to change, or nothing. The owners' own gold is never relabelled; the other batches'
rows are changed in place (every other line stays byte for byte), each change logged to
``tests/fixtures/agreement/relabel-owners-iss.jsonl`` and noted in the batch's NOTES.md. A second run changes nothing.

    python scripts/relabel_owners.py dev --show [--only A4]   # dev pages: print every row changed
    python scripts/relabel_owners.py dev --write --only A4
    python scripts/relabel_owners.py heldout --write --only A4  # held-out pages: counts per split only
    python scripts/relabel_owners.py dev --check                # exit 1 if a row of a question's form is left

(``scripts/relabel_owners_rel.py``, s49-rrel's, relabels relations the same way.)
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

from relabel_io import FIXTURES, ROOT, jsonl_lines

LOG = FIXTURES / "agreement" / "relabel-owners-iss.jsonl"
ISSUERS = ROOT / "src" / "vanban" / "facts" / "data" / "issuers.csv"
NOTE = "- Relabelled by {decision} (tests/fixtures/agreement/DECISIONS.md, {question}), {n} rows, session {session}."
#: the session a decision was taken in, where not 49
_SESSION = {"D90": 52}

#: how far before a row its clause's subject or proposer is looked for, and after it a "của X"
BEFORE, AFTER = 160, 120


def _fold(s: str) -> str:
    """Lower case, no diacritics, "đ" as "d", spaces collapsed: "Sở Ngoại vụ" -> "so ngoai vu"."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(s.lower().split())


# --- A4 (D22): "Nghị quyết Đại hội … lần thứ N" without an issuer -> the congress as written -------------------------

#: "Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020": the congress runs from "Đại hội"
_CONGRESS = re.compile(r"(?:nghị\s*quyết|NQ)\s+(?P<congress>đại\s+hội\b.*)", re.I | re.S)
#: an ordinal names one congress: "lần thứ XVI", "lần thứ I", "Đại hội XIII", "Đại hội X Công đoàn tỉnh"
_ORDINAL = re.compile(r"\blần\s+thứ\s+\w+|\bđại\s+hội\s+(?:[IVXL]+|\d+)\b", re.I)
#: the term the owners drop: ", nhiệm kỳ 2015 - 2020", " (nhiệm kỳ 2020 - 2025)", " nhiệm kỳ 2025-2030"
_TERM = re.compile(r"\s*[,(–-]?\s*nhiệm\s+kỳ\b.*$", re.I | re.S)


def congress(row: dict, text: str) -> dict | None:
    """A4: the congress is the issuer of its resolution named without "của".

    >>> congress({"issuer": None, "doc_type": "Nghị quyết", "code": None,
    ...           "surface": "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2010 - 2015"}, "")
    {'issuer': 'Đại hội Đảng bộ tỉnh lần thứ XV'}
    """
    surface = row["surface"]
    if row["doc_type"] != "Nghị quyết" or row["code"] is not None:
        return None
    m = _CONGRESS.fullmatch(surface)
    if not m:
        return None
    name = _TERM.sub("", m.group("congress")).rstrip(" ,;:")
    if "\n" in name or not _ORDINAL.search(name):  # "Nghị quyết Đại hội Đoàn": which congress is not written (Q-bare-congress)
        return None
    if row["issuer"] is None or _ordinal_dropped(row["issuer"], name):
        return {"issuer": name}
    return None


def _ordinal_dropped(issuer: str, name: str) -> bool:
    """Is ``issuer`` the congress ``name`` cut before its ordinal? dev20's "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI,
    nhiệm kỳ 2015- 2020" was labelled "Đại hội Đảng bộ tỉnh" (so D22's relabel, which took rows without an issuer,
    left it; session 50, s50-gaps): D22 writes the congress with its ordinal.

    >>> _ordinal_dropped("Đại hội Đảng bộ tỉnh", "Đại hội Đảng bộ tỉnh lần thứ XI")
    True
    >>> _ordinal_dropped("Đại hội XIII của Đảng", "Đại hội của Đảng lần thứ XIII")
    False
    """
    return not _ORDINAL.search(issuer) and _fold(name).startswith(_fold(issuer)) and _fold(name) != _fold(issuer)


# --- A2 (D23): the central committee written in the resolution's name -> that committee -------------------------------

#: "Nghị quyết Trung ương 7 khóa X", "Nghị quyết TW9", "NQ TW 4", "Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung
#: ương (khóa XII)", "Nghị quyết số 29-NQ/TW Hội nghị Trung ương 8": the committee right after the type (and a number or
#: "Hội nghị lần thứ N"), never the "/TW" of a symbol (Q-code); the abbreviation glued, "Nghị quyết Hội nghị lần thứ 11
#: BCHTW Đảng khóa XIII" (dev27, session 50's s50-gaps: D23's finder missed it)
_CENTRAL = re.compile(
    r"(?:nghị\s*quyết|NQ)\s+"
    r"(?:(?:hội\s+nghị|HN)\s+(?:lần\s+thứ\s+\w+\s*,?\s*)?)?"
    r"(?P<body>(?:ban\s+chấp\s+hành\s+|BCH\s*)(?:trung\s+ương|TW|TƯ|T\.Ư)(?:\s+đảng)?|trung\s+ương|TW|TƯ|T\.Ư)"
    r"(?=\s*\d|\s*\(|\s*,|\s+(?:khóa|khoá|lần)|\s+[IVX]+\b|\s*$)",
    re.I,
)


def central(row: dict, text: str) -> dict | None:
    """A2: "Trung ương" (the committee as written) for "Nghị quyết Trung ương 8 khóa XI" with no issuer.

    >>> central({"issuer": None, "doc_type": "Nghị quyết", "surface": "Nghị quyết Trung ương 7 khóa X"}, "")
    {'issuer': 'Trung ương'}
    >>> central({"issuer": None, "doc_type": "Nghị quyết", "surface": "Nghị quyết số 29-NQ/TW"}, "") is None
    True
    """
    surface = row["surface"]
    if row["issuer"] is not None or row["doc_type"] != "Nghị quyết" or re.search(r"\bcủa\b", surface, re.I):
        return None
    m = _CENTRAL.match(surface)
    if not m:
        return None
    return {"issuer": m.group("body")}


# --- A29 (D24): "đề nghị | ý kiến | chỉ đạo | kết luận của X tại <document>": X when the document's symbol is X's -------

#: "Xét đề nghị của Sở Ngoại vụ tại " / "Thực hiện ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy tại " just before the row;
#: widened by session 50 (s50-gaps, D24's added line) to the forms its script missed on dev: an opinion or report of
#: appraisal ("… và ý kiến thẩm định của Sở Tài chính tại ", "; Báo cáo thẩm định của Sở Tư pháp tại "), a second
#: proposer after a semicolon ("Theo đề nghị của UBND huyện Yên Định tại Tờ trình số 97/TTr-UBND …; của Sở Xây dựng
#: tại ") and X wrapped over one line break ("Xét đề nghị của Sở Nông nghiệp\nvà Phát triển nông thôn tại ")
_PROPOSER = re.compile(
    r"(?:(?:đề\s+nghị|ý\s+kiến(?:\s+chỉ\s+đạo|\s+thẩm\s+định)?|chỉ\s+đạo|kết\s+luận|yêu\s+cầu|đề\s+xuất"
    r"|báo\s+cáo\s+thẩm\s+định)\s+|;\s*)của\s+"
    r"(?P<x>[^\n,;:.()“”\"]{2,90}?(?:\n(?=\w)[^\n,;:.()“”\"]{1,90}?)?)\s+tại\s*(?:các\s+|văn\s+bản\s+)?$",
    re.I,
)
#: a symbol's parts that name a type, not an organ: "617/TTr-SNV" -> SNV, "8145-CV/TU" -> TU
_TYPE_PARTS = {
    "cv", "ttr", "tt", "tb", "bc", "qd", "kh", "nq", "ct", "kl", "hd", "ctr", "bb", "cd", "ttlt", "nd", "dt",
}  # fmt: skip


def _codes() -> list[tuple[str, str]]:
    """(folded form, folded code) for every body of the issuer facts with a code: ("so ngoai vu", "sngv")."""
    out = []
    with ISSUERS.open(encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            if not rec["code"]:
                continue
            for form in rec["forms"].split("|"):
                out.append((_fold(form.partition("=")[0]), _fold(rec["code"])))
    return out


_CODE_FACTS: list[tuple[str, str]] = []


def _organ_parts(code: str) -> list[str]:
    """The parts of a symbol that can name its organ: "499/SNgV-LS&HTQT" -> ["SNgV", "LS&HTQT"]."""
    parts = [p for p in re.split(r"[/-]", code) if p and not p.strip().isdigit()]
    return [p.strip() for p in parts if _fold(p.strip()) not in _TYPE_PARTS]


def _subsequence(short: str, long: str) -> bool:
    """Are the letters of ``short`` in ``long`` in order, the first at its start ("bxtdt" in "bxthtdt": "Ban Xúc tiến
    và Hỗ trợ đầu tư" abbreviated BXTĐT)?"""
    if not short or not long.startswith(short[0]) and short[0] not in long:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


def owns(x: str, code: str) -> bool:
    """Is the document with symbol ``code`` X's own? Its organ part is X's code in the issuer facts (SNgV for "Sở
    Ngoại vụ", TU for "Ban Thường vụ Tỉnh ủy") or spells X's initials ("SNV" in "Giám đốc Sở Nội vụ").

    >>> owns("Sở Ngoại vụ", "499/SNgV-LS&HTQT"), owns("Ban Thường vụ Tỉnh ủy", "8145-CV/TU")
    (True, True)
    >>> owns("Ban Bí thư Trung ương Đảng", "1740-CV/VPTW"), owns("Giám đốc Sở Nội vụ", "617/TTr-SNV")
    (False, True)
    """
    if not _CODE_FACTS:
        _CODE_FACTS.extend(_codes())
    fx = _fold(x)
    # a word in capitals counts each letter ("Sở Nông nghiệp và PTNT" -> "snnptnt"); "và" and "của" none
    words = [w for w in x.split() if w[0].isalnum() and _fold(w) not in ("va", "cua")]
    initials = "".join(_fold(w) if len(w) > 1 and w.isupper() else _fold(w)[0] for w in words)
    for part in _organ_parts(code):
        fp = _fold(part)
        if any(form and form in fx and fp == fc for form, fc in _CODE_FACTS):
            return True
        caps = _fold("".join(c for c in part if c.isupper()))
        if len(caps) >= 2 and _subsequence(caps, initials) and not any(fp == fc for f, fc in _CODE_FACTS if f not in fx):
            return True
    return False


def proposer(row: dict, text: str) -> dict | None:
    """A29: the proposer X is the issuer of the document "của X tại" names when its symbol is X's own, else none.

    >>> t = "Xét đề nghị của Sở Ngoại vụ tại Công văn số 499/SNgV-LS&HTQT ngày 06 tháng 3 năm 2024"
    >>> proposer({"issuer": None, "code": "499/SNgV-LS&HTQT", "start": 32, "surface": "Công văn số 499/SNgV-LS&HTQT"}, t)
    {'issuer': 'Sở Ngoại vụ'}
    """
    if not row.get("code") or re.search(r"\bcủa\b", row["surface"], re.I):
        return None
    m = _PROPOSER.search(text[max(0, row["start"] - BEFORE) : row["start"]]) or _second_of_two(row, text)
    if not m:
        return None
    x = m.group("x").strip()
    if row["issuer"] is None and owns(x, row["code"]):
        return {"issuer": x}
    if row["issuer"] is not None and _fold(row["issuer"]) == _fold(x) and not owns(x, row["code"]):
        return {"issuer": None}
    return None


#: "… tại Tờ trình số 745/TTr-STNMT ngày 16 tháng 12 năm 2023 và " just before the row: one numbered document (no
#: "của", no second "tại", no ";") then "và"
_FIRST_OF_TWO = re.compile(r"\btại\s+(?P<doc>[^;]{5,110}?)\s+và\s*$", re.S)


def _second_of_two(row: dict, text: str) -> re.Match | None:
    """The proposer of the first of two documents "của X tại <A> và <B>" for B. The owners' kh-58@739 "Thực hiện ý kiến
    chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 8145-CV/TU … và Thông báo số 1899-TB/TU" reads X for both (D24);
    session 49's finder saw the first only (dev44 "Theo đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Tờ trình
    số 745/TTr-STNMT ngày 16 tháng 12 năm 2023 và Văn bản số 511/STNMT-MT"; session 50, s50-gaps)."""
    window = text[max(0, row["start"] - 2 * BEFORE) : row["start"]]
    first = _FIRST_OF_TWO.search(window)
    while first and re.search(r"\btại\s", first.group("doc")):  # the last "tại" before the row
        first = _FIRST_OF_TWO.search(window, first.start() + 1)
    if not first or re.search(r"\bcủa\b", first.group("doc"), re.I) or not re.search(r"\d[/-]\S", first.group("doc")):
        return None
    return _PROPOSER.search(window[: first.start("doc")])


# --- Q-law (D25) and "Điều lệ <organisation>" (D26): none where no body is written -----------------------------------

#: where a sentence ends, looking away from a row: ". ", ";", or a line break before a capital, a dash or a digit (a
#: line break before a small letter is the page's wrap: "Luật GIÁO DỤC ĐẠI HỌC\nđã được Quốc hội khóa XIII … thông qua")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*(?=\S)")


def _ends(text: str) -> list[tuple[int, int]]:
    """The sentence ends in ``text``: a line break counts only before a capital, a dash, a bullet or a digit."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        nxt = text[m.end() : m.end() + 1]
        if m.group().startswith("\n") and not (nxt.isupper() or nxt.isdigit() or nxt in "-–•+*("):
            continue
        out.append((m.start(), m.end()))
    return out


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the row's sentence before ``start`` and after ``end`` (the row's own words excluded)."""
    before = text[max(0, start - 300) : start]
    cut = _ends(before)
    before = before[cut[-1][1] :] if cut else before
    after = text[end : end + 300]
    cut = _ends(after)
    return before, after[: cut[0][0]] if cut else after


def _written(issuer: str, words: str) -> bool:
    """Is the issuer's head (its first two words: "Quốc hội", "Đại hội") written in ``words``?"""
    head = " ".join(_fold(issuer).split()[:2])
    return bool(head) and head in _fold(words)


def law(row: dict, text: str) -> dict | None:
    """Q-law: "Luật X" with no body written in its sentence has no issuer.

    >>> t = "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"
    >>> law({"doc_type": "Luật", "issuer": "Quốc hội", "surface": t[7:56], "start": 7, "end": 56}, t)
    {'issuer': None}
    >>> t = "Ngày 20/6/2013, Quốc hội khóa XIII, kỳ họp thứ 6 đã thông qua Luật hòa giải ở cơ sở."
    >>> law({"doc_type": "Luật", "issuer": "Quốc hội khóa XIII", "surface": t[62:84], "start": 62, "end": 84}, t)
    """
    if row["doc_type"] != "Luật" or row["issuer"] is None or re.search(r"\b(?:của|do)\b", row["surface"], re.I):
        return None
    before, after = _sentence_around(text, row["start"], row["end"])
    if _written(row["issuer"], before + " " + after + " " + row["surface"]):
        return None
    return {"issuer": None}


def charter(row: dict, text: str) -> dict | None:
    """A charter, "Điều lệ <organisation>": the organisation in the charter's name is not its issuer.

    >>> t = "Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế"
    >>> charter({"doc_type": "Điều lệ", "issuer": "Đoàn TNCS Hồ Chí Minh", "surface": t[7:36], "start": 7, "end": 36}, t)
    {'issuer': None}
    """
    if row["doc_type"] != "Điều lệ" or row["issuer"] is None or re.search(r"\bcủa\b", row["surface"], re.I):
        return None
    if _fold(row["issuer"]) not in _fold(row["surface"]):  # a body written elsewhere: "(Đạihội IX thông qua)"
        return None
    return {"issuer": None}


# --- "<body> (đã | vừa) ban hành | có | xây dựng <document>" (D27) and A40 (D28): the body, the date before it ---------

#: a date with its year opening the clause: "Ngày 22 tháng 7 năm 2010, ", "ngày 10/9/2020 ", "ngày 9.7.2004, "
_DATE = (
    r"(?:[Nn]gày\s+(?P<d>\d{1,2})\s*(?:tháng\s+(?P<m>\d{1,2})\s+năm\s+|[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*)(?P<y>\d{4})\s*,?\s+)"
)
#: a body's first word: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", "BTV Tỉnh ủy", "Huyện ủy Sơn Tịnh", "Đảng ủy cơ quan …"
_HEAD = (
    r"(?:Ban|BTV|BCH|Bộ|Tỉnh\s+ủy|Thành\s+ủy|Huyện\s+ủy|Quận\s+ủy|Thị\s+ủy|Đảng\s+ủy|Đảng\s+đoàn|Ủy\s+ban|Uỷ\s+ban"
    r"|UBND|HĐND|Hội\s+đồng|Văn\s+phòng|Chính\s+phủ|Quốc\s+hội|Sở|Thường\s+trực|Trung\s+ương|Tổng\s+Liên\s+đoàn"
    r"|Liên\s+đoàn|Mặt\s+trận|Tỉnh\s+đoàn|Thành\s+đoàn|Huyện\s+đoàn|Chi\s+bộ|Đảng\s+bộ|Công\s+an|Bộ\s+Chính\s+trị)"
)
#: words no body's name holds: a verb or a document's type ("Chính phủ ban hành Nghị quyết số 93/NQ-CP về việc")
_VERBS = (
    r"đã|vừa|mới|ký|ban\s+hành|có|xây\s+dựng|cho\s+biết|chỉ\s+đạo|số|về|Quyết\s+định|Nghị\s+quyết|Văn\s+bản|Công\s+văn"
    r"|Chỉ\s+thị|Thông\s+báo"
)
#: "<date?> <body> (đã | vừa | mới)? (kịp thời | khẩn trương)? ban hành | có | xây dựng " just before the row, the clause
#: opening after a sentence or clause end, or at the page's start
_ISSUED = re.compile(
    r"(?:^|[.;:!?\n)]\s*|,\s+|–\s*|-\s+|\bvà\s+|\d\s+|\s(?=[Nn]gày\s+\d))" + _DATE + r"?"
    r"(?P<body>" + _HEAD + r"\b(?:(?!\s(?:" + _VERBS + r")\b)[^\n,.;:()\d“”\"]){0,80}?(?:\s*\([^()\n]{1,30}\))?)\s+"
    r"(?:(?:đã|vừa|mới)\s+)?(?:(?:kịp\s+thời|khẩn\s+trương)\s+)?(?:ban\s+hành|có|xây\s+dựng)\s+$"
)


def _issued(row: dict, text: str) -> re.Match | None:
    """The clause "<date> <body> đã ban hành " right before a numbered row (no "của X" in or after it), or None.

    The owners' instances are all numbered documents ("Huyện ủy Sơn Tịnh vừa có Kế hoạch số 79"); the page's own
    unnumbered plan after "ban hành" is C16's (not labelled by the owners), left to that question."""
    if not (row.get("number") or row.get("code")):
        return None
    if re.search(r"\bcủa\b", row["surface"], re.I) or re.match(r"\s*,?\s*(?:ngày[^,]{0,30},?\s*)?của\b", text[row["end"] :]):
        return None
    return _ISSUED.search(text[max(0, row["start"] - BEFORE) : row["start"]])


def issued_by(row: dict, text: str) -> dict | None:
    """The body that "ban hành | có | xây dựng" the document is its issuer, as written.

    >>> t = "Ngày 22 tháng 7 năm 2010, Bộ Chính trị (khóa X) đã ban hành Chỉ thị số 45-CT/TW"
    >>> issued_by({"issuer": None, "number": "45", "surface": "Chỉ thị số 45-CT/TW", "start": 60, "end": 79}, t)
    {'issuer': 'Bộ Chính trị (khóa X)'}
    """
    if row["issuer"] is not None:
        return None
    m = _issued(row, text)
    return {"issuer": m.group("body").strip()} if m else None


def date_before(row: dict, text: str) -> dict | None:
    """A40: the date written before the subject that issues the document is the document's date.

    >>> t = "ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW"
    >>> date_before({"date": None, "number": "151", "surface": "Hướng dẫn số 151-HD/BTGTW", "start": 44, "end": 69}, t)
    {'date': '2020-09-10'}
    """
    if row["date"] is not None:
        return None
    m = _issued(row, text)
    if not m or not m.group("y"):
        return None
    month = int(m.group("m") or m.group("m2"))
    return {"date": f"{m.group('y')}-{month:02d}-{int(m.group('d')):02d}"}


# --- Q-place (D29): the issuer as written, no place added from elsewhere on the page -------------------------------------

#: the words a place name follows in a body's name: "tỉnh Gia Lai", "xã Sao Vàng", "Tỉnh ủy Lào Cai", "thành phố Hà Nội"
_PLACE_AFTER = {"tinh", "pho", "huyen", "xa", "phuong", "quan", "tran", "uy", "thi"}


def _fold_same_length(s: str) -> str:
    """``_fold`` letter by letter, so that an index into the result is one into ``s`` ("Lào Cai" -> "lao cai")."""
    return "".join((_fold(c) or c)[:1] if not c.isspace() else " " for c in s)


def _place_dropped(issuer: str, written: str) -> str | None:
    """The words of ``written`` that spell ``issuer`` without one place name (1 to 4 capitalised words after "tỉnh",
    "xã", "Tỉnh ủy" …), as the page writes them, or None.

    >>> _place_dropped("Tỉnh ủy Lào Cai", "theo Kế hoạch số 12-KH/TU của Tỉnh ủy về")
    'Tỉnh ủy'
    """
    words = issuer.split()
    folded = _fold_same_length(written)
    for i in range(1, len(words)):
        if _fold(words[i - 1]) not in _PLACE_AFTER:
            continue
        for j in range(i + 1, min(i + 4, len(words)) + 1):
            run = words[i:j]
            if not all(w[0].isupper() and w.isalpha() and not re.fullmatch(r"[IVXL]+", w) for w in run):
                continue
            if j < len(words) and words[j][0].isupper() and not re.fullmatch(r"[IVXL]+", words[j]):
                continue  # the place runs on: "Thành phố Hồ Chí Minh" is not "Thành phố Hồ"
            rest = " ".join(words[:i] + words[j:])
            m = re.search(r"(?<!\w)" + re.escape(_fold(rest)).replace(r"\ ", r"\s+") + r"(?!\w)", folded)
            if m:
                return " ".join(written[m.start() : m.end()].split())
    return None


def place(row: dict, text: str) -> dict | None:
    """Q-place: the label's issuer with a place the mention does not write is the issuer as the mention writes it.

    >>> t = "Học tập Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030"
    >>> place({"issuer": "Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I", "surface": t[8:56], "start": 8, "end": 56}, t)
    {'issuer': 'Đại hội đại biểu Đảng bộ xã lần thứ I'}
    """
    issuer = row["issuer"]
    if issuer is None:
        return None
    before, after = _sentence_around(text, row["start"], row["end"])
    written = before + " " + row["surface"] + " " + after[:AFTER]
    if _fold(issuer) in _fold(written):
        return None
    short = _place_dropped(issuer, written)
    return {"issuer": short} if short else None


# --- Q-signer and A19 (D30): "Thay mặt X, … ký <document>" gives X; "Xét đề nghị của X tại <document>" cites ----------

#: "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành " just before the row
#: (X may be two central bodies, "thay mặt Bộ Chính trị, Ban Bí thư, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư … ký")
_ON_BEHALF = re.compile(
    r"thay\s+mặt\s+(?P<x>[^,\n]{3,60}(?:,\s*(?:Ban\s+Bí\s+thư|Bộ\s+Chính\s+trị)(?=\s*,))?)"
    r",[^.;\n]{0,80}?\s+ký(?:\s+ban\s+hành)?\s+$",
    re.I,
)
#: "Xét đề nghị của Sở Ngoại vụ tại " / "Theo đề nghị của … tại " just before the row: a decision's submission
_SUBMISSION = re.compile(r"(?:xét|theo)\s+đề\s+nghị\s+của\s+[^\n,;:.()]{2,90}?\s+tại\s*$", re.I)


def on_behalf(row: dict, text: str) -> dict | None:
    """Q-signer: the body a signer signs for ("Thay mặt X, …") is the signed document's issuer.

    >>> t = "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW"
    >>> on_behalf({"issuer": None, "surface": "Kết luận số 185-KL/TW", "start": 70, "end": 91}, t)
    {'issuer': 'Bộ Chính trị'}
    """
    if row["issuer"] is not None or re.search(r"\bcủa\b", row["surface"], re.I):
        return None
    if re.match(r"\s*,?\s*(?:ngày[^,]{0,30},?\s*)?của\b", text[row["end"] :]):
        return None
    m = _ON_BEHALF.search(text[max(0, row["start"] - BEFORE) : row["start"]])
    return {"issuer": m.group("x").strip()} if m else None


def submission(row: dict, text: str) -> dict | None:
    """A19: the submission a decision's preamble names after "Xét | Theo đề nghị của X tại" is cited, not its basis.

    >>> t = "Xét đề nghị của Sở Ngoại vụ tại Công văn số 499/SNgV-LS&HTQT ngày 06 tháng 3 năm 2024"
    >>> submission({"relation": "basis", "start": 32}, t)
    {'relation': 'cites'}
    """
    if row["relation"] != "basis":
        return None
    return {"relation": "cites"} if _SUBMISSION.search(text[max(0, row["start"] - BEFORE) : row["start"]]) else None


# --- Q-central-after-symbol (D90): a central body written right after a party symbol ---------------------------------

#: a central party body right after the row's "/TW" symbol, no "của" between, its name as written up to a term:
#: "278-TB/TW Ban Bí thư  Trung ương Đng" (the owners' tb-278, its letters lost), "44-KH/TW Ban Bí thư khóa X"
_CENTRAL_AFTER = re.compile(
    r"/(?:TW|TƯ)[ \t]+(?P<x>(?:Ban[ \t]+Bí[ \t]+thư|Bộ[ \t]+Chính[ \t]+trị|Ban[ \t]+Chấp[ \t]+hành[ \t]+Trung[ \t]+ương)"
    r"(?:[ \t]+Trung[ \t]+ương(?:[ \t]+Đ\w*ng)?)?)(?=[\s,.;:(]|$)"
)


def central_after_symbol(row: dict, text: str) -> dict | None:
    """Q-central-after-symbol: the central body written right after the symbol, with no "của", is the issuer.

    >>> t = "Ngày 24 tháng 10 năm 2009, ti văn bn s 278-TB/TW Ban Bí thư  Trung ương Đng Ban Bí thư thông báo"
    >>> central_after_symbol({"issuer": None, "surface": "văn bn s 278-TB/TW", "start": 40, "end": 58}, t)
    {'issuer': 'Ban Bí thư  Trung ương Đng'}
    """
    if row["issuer"] is not None or re.search(r"\bcủa\b", row["surface"], re.I):
        return None
    span = text[row["start"] : row["end"] + 60]
    code = re.search(r"\d+\s*-\s*[A-ZĐa-zđ]+(?=/(?:TW|TƯ)\b)", span)
    m = _CENTRAL_AFTER.match(span, code.end()) if code else None
    return {"issuer": m.group("x")} if m else None


# --- Q-code (D47): no issuer read from a symbol alone -------------------------------------------------------------------

#: how far around a row its issuer may be written for Q-code: the clause before (a list's "Căn cứ các Quyết định của
#: Bộ trưởng Bộ …: số …; số …" included) and the "của X" after a date
WRITTEN_BACK, WRITTEN_AFTER = 300, 220
#: how far back a row's sentence is read through a list's items (:func:`_sentence_before`)
SENTENCE_BACK = 1500
#: a term or session after a body ("Bộ Chính trị (khóa XII)", "Ban Chấp hành Trung ương khóa XIII"), not its name
_BODY_TERM = re.compile(r"\s*[,(]?\s*(?:khóa|khoá|nhiệm\s+kỳ)\b.*$", re.I | re.S)


def _body_forms() -> list[set[str]]:
    """Each body's folded forms in the issuer facts, as words: {"quan uy trung uong", "qutw", …} (its symbol code not
    among them: a symbol's "/TU" names no body, Q-code's very question)."""
    out = []
    with ISSUERS.open(encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            forms = [x.partition("=")[0] for x in rec["forms"].split("|")] + [rec["body"]]
            out.append({" ".join(_WORDS.findall(_fold(x))) for x in forms} - {""})
    return out


_FORMS: list[set[str]] = []
_WORDS = re.compile(r"\w+")
#: "của | do X" right after a row, its date between: "Nghị quyết số 1656-NQ/QUTW ngày 20/12/2022 của QUTW"
_OF_AFTER = re.compile(r"\s*,?\s*(?:\(?ngày[^,;()]{0,30}?\)?,?\s*)?(?:của|do)\b", re.I)
#: a symbol, whose parts are no body written: "105/KH-UBND", "52-CT/TU", "24/2019/TT- BNNPTNT"
_SYMBOL = re.compile(r"\S*\d[\w.&]*(?:\s?[/-]\s?[\w.&]+)+")


def _spelled(issuer: str, window: str) -> bool:
    """Is ``issuer`` written in ``window`` (folded, as whole words, symbols left out): as labelled less its term, or
    by any form of a body of the issuer facts whose form the label starts with ("UBND tỉnh vừa ban hành" for "Ủy ban
    nhân dân tỉnh", "của QUTW" for "Quân ủy Trung ương"; not "Trung ương" for "Ban Tổ chức Trung ương")?"""
    if not _FORMS:
        _FORMS.extend(_body_forms())
    name = " " + " ".join(_WORDS.findall(_fold(_BODY_TERM.sub("", issuer)))) + " "
    text = " " + " ".join(_WORDS.findall(_fold(_SYMBOL.sub(" ", window)))) + " "
    names = {name.strip()} | {f for forms in _FORMS if any(name.startswith(f" {x} ") for x in forms) for f in forms}
    # a page whose non-ASCII letters are lost writes "Hi ng nhn dn tnh" for "Hội đồng nhân dân tỉnh"
    names.add(" ".join(_WORDS.findall(_fold("".join(c for c in _BODY_TERM.sub("", issuer) if c.isascii())))))
    glued = text.replace(" ", "")  # a page's glued words: "Ban chấp hànhTrung ương Đảng (khóa X) ban hành"
    return any(f" {n} " in text or (len(n) > 12 and n.replace(" ", "") in glued) for n in names if n)


def _sentence_before(text: str, start: int) -> str:
    """The row's sentence before it and the one before that, through a list's ";" and ":" (up to
    :data:`SENTENCE_BACK` characters, within its line): the subject of "Bộ Công an đã … chỉ đạo …. Cụ thể, đã ban
    hành Chỉ thị số 05/CT-BCA-V28 …; Thông tư số 23/2012/TT-BCA …; Thông tư số 67/2012/TT-BCA …" (dev38), the
    introduction of "các nghị quyết của Quân ủy Trung ương: Nghị quyết số 1661-NQ/QUTW …; Nghị quyết số 1652-NQ/QUTW
    …" (dev13)."""
    part = text[max(0, start - SENTENCE_BACK) : start]
    line = part[part.rfind("\n") + 1 :]
    ends = [m.end() for m in re.finditer(r"\.[”\"]?\s", line)]
    return line[ends[-2] if len(ends) > 1 else 0 :]


def _first_mention(row: dict, text: str) -> str:
    """The words around the page's first mention of the row's symbol, when that is earlier than the row: "Ngày
    10/3/1993, Bộ Chính trị ra Quyết định số 61-QĐ/TW" for a later "với Quyết định số 61-QĐ/TW" (a later mention of a
    document named with its body is not Q-code's: the owners counted first mentions)."""
    at = text.find(row["code"])
    if at < 0 or at >= row["start"]:
        return ""
    return text[max(0, at - WRITTEN_BACK) : at + len(row["code"]) + WRITTEN_AFTER]


def by_symbol(row: dict, text: str) -> dict | None:
    """Q-code: a body only the symbol's organ part implies is no issuer; one written in the reference, after it ("của
    X"), or in the clause before (its subject or proposer, a list's introduction) stays.

    >>> t = "Thực hiện Chỉ thị số 52-CT/TU ngày 10/8/2020 về tăng cường công tác"
    >>> by_symbol({"issuer": "Tỉnh ủy", "code": "52-CT/TU", "surface": t[10:44], "start": 10, "end": 44}, t)
    {'issuer': None}
    >>> t = "Thực hiện Chỉ thị số 52-CT/TU ngày 10/8/2020 của Tỉnh ủy về tăng cường công tác"
    >>> by_symbol({"issuer": "Tỉnh ủy", "code": "52-CT/TU", "surface": t[10:44], "start": 10, "end": 44}, t)
    """
    if row["issuer"] is None or not row.get("code") or not owns(row["issuer"], row["code"]):
        return None
    if re.search(r"\b(?:của|do)\b", row["surface"], re.I) or _OF_AFTER.match(text[row["end"] :]):
        return None  # "… ngày 15 tháng 5 năm 2018 của Bộ trưởng Bộ Nông nghiệp và PTNT": written, spelled otherwise
    window = text[max(0, row["start"] - WRITTEN_BACK) : row["end"] + WRITTEN_AFTER]
    window += " … " + _sentence_before(text, row["start"]) + " … " + _first_mention(row, text)
    if _spelled(row["issuer"], window):
        return None
    return {"issuer": None}


# --- registry ----------------------------------------------------------------------------------------------------------

#: name -> (decision, function); applied in this order, each on the row as the earlier ones left it
QUESTIONS: dict[str, tuple[str, Callable[[dict, str], dict | None]]] = {
    "A4": ("D22", congress),
    "A2": ("D23", central),
    "A29": ("D24", proposer),
    "Q-law": ("D25", law),
    "Điều lệ": ("D26", charter),
    "ban hành": ("D27", issued_by),
    "A40": ("D28", date_before),
    "Q-place": ("D29", place),
    "Q-signer": ("D30", on_behalf),
    "A19": ("D30", submission),
    "Q-code": ("D47", by_symbol),
    "Q-central-after-symbol": ("D90", central_after_symbol),
}


def scan_folder(folder: Path, which: str, names: list[str]) -> tuple[list[str], list[dict]]:
    """The batch's gold lines with the ``which`` half's rows relabelled, and the changes (one per field)."""
    manifest = {m["file"]: m for m in map(json.loads, jsonl_lines(folder / "manifest.jsonl"))}
    texts: dict[str, str] = {}
    lines, changes = [], []
    for line in jsonl_lines(folder / "gold_refs.jsonl"):
        row = json.loads(line)
        split = manifest[row["file"]].get("split") or ""
        if not split.startswith(which):
            lines.append(line)
            continue
        if row["file"] not in texts:
            texts[row["file"]] = (folder / row["file"]).read_text(encoding="utf-8")
        changed = False
        for name in names:
            decision, function = QUESTIONS[name]
            new = function(row, texts[row["file"]])
            for field, value in (new or {}).items():
                if row[field] == value:
                    continue
                keys = ("file", "start", "end", "surface")
                changes.append(
                    {"question": name, "decision": decision, "batch": folder.name, "split": split}
                    | {k: row[k] for k in keys}
                    | {"field": field, "old": row[field], "new": value}
                )
                row[field] = value
                changed = True
        lines.append(json.dumps(row, ensure_ascii=False) if changed else line)
    return lines, changes


def _note(path: Path, changes: list[dict]) -> None:
    """One line per decision in the batch's NOTES.md: added, or its count raised by a later run."""
    notes = path.read_text(encoding="utf-8") if path.exists() else ""
    per: dict[tuple[str, str], int] = {}
    for c in changes:
        per[(c["decision"], c["question"])] = per.get((c["decision"], c["question"]), 0) + 1
    for (decision, question), n in per.items():
        session = _SESSION.get(decision, 49)
        head = NOTE.format(decision=decision, question=question, n="{n}", session=session).partition("{n}")[0]
        if head in notes:
            done = int(notes.partition(head)[2].partition(" ")[0])
            old = NOTE.format(decision=decision, question=question, n=done, session=session)
            notes = notes.replace(old, NOTE.format(decision=decision, question=question, n=done + n, session=session))
        else:
            note = NOTE.format(decision=decision, question=question, n=n, session=session)
            notes = notes.rstrip("\n") + "\n\n" + note + "\n"
    path.write_text(notes, encoding="utf-8")


def folders() -> list[Path]:
    """Every batch but the owners' own corpus-real/, in order: corpus-real-2, -3, …"""
    found = [f for f in FIXTURES.glob("corpus-real-*") if (f / "manifest.jsonl").exists()]
    return sorted(found, key=lambda f: int(f.name.rpartition("-")[2]))


def main(argv: list[str]) -> int:
    which = argv[0] if argv else ""
    if which not in ("dev", "heldout"):
        raise SystemExit("usage: relabel_owners.py dev|heldout [--only A4,A2] [--show] [--write] [--check]")
    if "--show" in argv and which != "dev":
        raise SystemExit("--show prints rows: dev pages only")
    names = list(QUESTIONS)
    if "--only" in argv:
        names = argv[argv.index("--only") + 1].split(",")
    counts: dict[tuple[str, str], int] = {}
    for folder in folders():
        lines, changes = scan_folder(folder, which, names)
        for c in changes:
            counts[(c["question"], c["split"])] = counts.get((c["question"], c["split"]), 0) + 1
            if "--show" in argv:
                old, new = c["old"], c["new"]
                print(f"{c['question']} {c['split']} {c['file']}@{c['start']} {c['surface'][:80]!r}: {old!r} -> {new!r}")
        if changes and "--write" in argv:
            (folder / "gold_refs.jsonl").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
            _note(folder / "NOTES.md", changes)
            with LOG.open("a", encoding="utf-8") as log:
                for c in changes:
                    log.write(json.dumps(c, ensure_ascii=False) + "\n")
    for (name, split), n in sorted(counts.items(), key=lambda kv: (kv[0][0], len(kv[0][1]), kv[0][1])):
        print(f"{name}\t{split}\t{n}")
    print(f"total\t{sum(counts.values())}")
    return 1 if "--check" in argv and counts else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
