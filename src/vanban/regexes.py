"""The reference grammar, written once and compiled in two modes.

``exact`` runs on the caller's text (NFC): vocabulary is matched with its case
variants (``Kết luận``/``KẾT LUẬN``/``kết luận``), both tone placements
(``ủy``/``uỷ``, ``khóa``/``khoá``) and the Đ look-alikes (``Ð`` U+00D0, ``Ɖ`` U+0189);
separators accept line breaks and Markdown emphasis. ``folded`` runs on
:func:`vanban.text.fold` of the text (same offsets): accent- and case-blind, and
tolerant of letters lost to encoding errors; it is used for damaged text.

Example::

    >>> g = grammar("exact")
    >>> bool(g.code.match("93-KL/TW"))
    True
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from . import tables
from .text import VIET_BLOCK, fold

__all__ = ["grammar", "vocab", "Grammar", "reset"]

# --- character classes ----------------------------------------------------------


def _letters(pred) -> str:
    chars = []
    for cp in list(range(0x41, 0x5B)) + list(range(0x61, 0x7B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch.isalpha() and pred(ch):
            chars.append(ch)
    return "".join(chars)


UPPER = _letters(str.isupper)
LOWER = _letters(str.islower)
#: a place name as the place-date line writes it: "Phú Thiện", "Bà Rịa - Vũng Tàu", "Quận 3"
PLACE_NAME = rf"[{UPPER}][\w.]*(?:[ \t]*-?[ \t]*[{UPPER}0-9][\w.]*){{0,5}}"
SP = r"[\s*_]"  # a separator: whitespace, or Markdown emphasis around words
S1 = SP + "+"
S0 = SP + "*"
HS = r"[ \t\u00a0]"  # horizontal space only
DASH = r"[-\u2010-\u2015\u2212]"
D_UP = "ĐÐƉ"
D_LO = "đðɖ"

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _tone_variants(word: str) -> set[str]:
    """Both tone placements of an open -oa/-oe/-uy syllable: "hóa"/"hoá", "ủy"/"uỷ"."""
    out = {word}
    nfd = unicodedata.normalize("NFD", word)
    base = "".join(ch for ch in nfd if ch not in _TONES)
    tone = [ch for ch in nfd if ch in _TONES]
    if len(tone) != 1:
        return out
    b = unicodedata.normalize("NFC", base)
    m = re.search(r"([oOuU])([aAeEyY])$", b)
    if not m or (m.start() > 0 and b[m.start() - 1] in "qQ"):
        return out
    i = m.start()
    t = tone[0]
    first = b[:i] + unicodedata.normalize("NFC", b[i] + t) + b[i + 1 :]
    second = b[: i + 1] + unicodedata.normalize("NFC", b[i + 1] + t)
    out.update({first, second})
    return out


def _case_variants(word: str) -> set[str]:
    return {word, word.lower(), word.upper(), word[:1].upper() + word[1:].lower(), word[:1].upper() + word[1:]}


def _escape_word(w: str) -> str:
    out = []
    for ch in w:
        if ch in D_UP:
            out.append(f"[{D_UP}]")
        elif ch in D_LO:
            out.append(f"[{D_LO}]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def _word_exact(word: str, first_upper: bool = False) -> str:
    vs: set[str] = set()
    for tv in _tone_variants(word):
        vs |= _case_variants(tv)
    if first_upper:
        vs = {v for v in vs if v[:1].isupper() or not v[:1].isalpha()}
    alts = sorted({_escape_word(v) for v in vs}, key=lambda s: (-len(s), s))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _word_folded(word: str, lossy: bool = True) -> str:
    out = []
    for ch in word:
        f = fold(ch)
        if f == ".":
            out.append(r"\.")
        elif lossy and VIET_BLOCK[0] <= ord(unicodedata.normalize("NFC", ch)) <= VIET_BLOCK[1] or (
            lossy and VIET_BLOCK[0] <= ord(ch.lower()) <= VIET_BLOCK[1]
        ):
            out.append(f"(?:{re.escape(f)})?")
        else:
            out.append(re.escape(f))
    return "".join(out)


def vocab(phrase: str, mode: str = "exact", first_upper: bool = False, boundary: bool = True) -> str:
    """A regex for a vocabulary phrase in the given mode (see the module doc)."""
    words = phrase.split()
    if mode == "exact":
        parts = [_word_exact(w, first_upper and i == 0) for i, w in enumerate(words)]
    else:
        parts = [_word_folded(w) for w in words]
    pat = S1.join(parts)
    if boundary:
        pat = r"(?<!\w)" + pat + r"(?!\w)"
    return pat


def alternation(phrases, mode: str = "exact", first_upper: bool = False, boundary: bool = True) -> str:
    uniq = sorted(set(phrases), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(vocab(p, mode, first_upper, boundary=False) for p in uniq) + ")" if not boundary else (
        r"(?<!\w)(?:" + "|".join(vocab(p, mode, first_upper, boundary=False) for p in uniq) + r")(?!\w)"
    )


# --- vocabulary ---------------------------------------------------------------------

#: "Chương trình hành động" is a Chương trình; qualifiers that may follow a type word
TYPE_QUALIFIERS = ["hành động", "liên tịch", "liên ngành", "chuyên đề", "số"]
ORDINAL_WORDS = {
    "nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
    "mười": 10, "mười một": 11, "mười hai": 12, "mười ba": 13, "mười bốn": 14, "mười lăm": 15,
    "mười sáu": 16, "mười bảy": 17, "mười tám": 18, "mười chín": 19, "hai mươi": 20,
}
UNIT_WORDS = ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "TP."]
# capitalised words that never start a locality name after an issuer
# (whole phrases where the first word also begins place names: Kế Sách, Quy Nhơn, Chương Mỹ, Năm Căn,
# Hướng Hóa, Đồng Xoài are places; "Kế hoạch", "Quy định", "Chương trình" are not)
LOC_STOP = [
    "Về", "Ngày", "Số", "Và", "Tại", "Khóa", "Thực hiện", "Triển khai", "Quán triệt", "Tiếp tục", "Căn cứ", "Nhằm", "Đến", "Trong",
    "Theo", "Của", "Ban", "Bộ", "Chỉ thị", "Kết luận", "Kế hoạch", "Nghị quyết", "Quyết định", "Quy định", "Quy chế", "Hướng dẫn",
    "Thông báo", "Thông tri", "Công văn", "Chương trình", "Đề án", "Với", "Để", "Năm 19", "Năm 20", "Tháng", "Lần", "Nhiệm kỳ", "Sau",
    "Gọi", "Đã", "Vừa", "Có", "Yêu cầu", "Đồng thời", "Các", "Những", "Phần", "Điều", "Mục", "Nơi", "Lưu",
]
LOC_INNER_OK = {"Ban", "Bộ", "Mục", "Lưu", "Và", "Nơi", "Phần", "Điều", "Các", "Những", "Sau", "Lần", "Tháng", "Có", "Đã", "Vừa", "Gọi", "Để", "Với", "Nhằm"}
TRIGGERS = {
    # order matters: longer / more specific cues first
    "replaces": ["thay thế", "bãi bỏ", "hủy bỏ", "thay cho"],
    "amends": ["sửa đổi, bổ sung", "sửa đổi bổ sung", "sửa đổi", "điều chỉnh, bổ sung"],
    "continues": [
        "tiếp tục đẩy mạnh việc thực hiện", "tiếp tục đẩy mạnh thực hiện", "tiếp tục triển khai thực hiện",
        "tiếp tục thực hiện", "tiếp tục triển khai", "tiếp tục quán triệt", "tiếp tục đẩy mạnh triển khai",
    ],
    "reviews": ["sơ kết", "tổng kết", "đánh giá kết quả thực hiện", "đánh giá việc thực hiện", "kiểm điểm việc thực hiện"],
    "basis": ["căn cứ", "trên cơ sở"],
    "implements": [
        "triển khai thực hiện", "tổ chức thực hiện", "thực hiện", "triển khai", "quán triệt", "cụ thể hóa",
        "thi hành", "chấp hành", "học tập", "tuyên truyền", "phổ biến", "theo tinh thần", "hướng dẫn thực hiện",
        "chỉ đạo thực hiện", "ban hành kế hoạch thực hiện",
    ],
}
AGENT_VERBS = ["đã ban hành", "ban hành", "vừa ban hành", "ký ban hành", "đã có", "vừa có", "có", "đã xây dựng", "xây dựng", "tại", "theo"]
ALIAS_CUES = ["sau đây gọi tắt là", "sau đây gọi là", "sau đây viết tắt là", "gọi tắt là", "viết tắt là", "gọi tắt", "sau đây gọi tắt"]


def _type_words() -> list[str]:
    words = []
    for t in tables.doc_types():
        words.extend(t.words)
        words.append(t.name)
    return sorted(set(words), key=lambda s: (-len(s), s))


@dataclass
class Grammar:
    mode: str
    anchor: re.Pattern  # type words a reference starts with (scan)
    code_anchor: re.Pattern  # the core of a symbol ("-KL/", "/NĐ-") (scan)
    code: re.Pattern  # a whole symbol at a position
    type_tail: re.Pattern  # what follows a type word: qualifier, issuer-first, số, numbers, symbol
    item: re.Pattern  # one trailing item: date, "của" issuer, term, year
    issuer: re.Pattern  # an issuer at a position
    this: re.Pattern  # "này" after a type word
    named: re.Pattern  # named references after a type word
    subject: re.Pattern  # "về", "về việc" after a reference
    alias: re.Pattern  # "(sau đây gọi tắt là …)"
    lookback: re.Pattern  # type word (+ số) right before a bare symbol, on folded text
    agent: re.Pattern  # "[Ngày …,] <issuer> đã ban hành" right before a reference
    trigger: re.Pattern  # relation cues ("Thực hiện", "Căn cứ", "tiếp tục thực hiện", …)
    terminator: re.Pattern  # where a subject ends (closing quote, alias parenthesis, sentence end, list item)
    main_clause: re.Pattern  # ", Ủy ban nhân dân tỉnh ban hành …": the main clause after a subject
    own: re.Pattern  # "<issuer> (ban hành|xây dựng) <type> … như sau" (the document's own issuer)


def _build(mode: str) -> Grammar:
    ex = mode == "exact"

    def V(p: str, **kw) -> str:
        return vocab(p, mode, **kw)

    def A(ps, **kw) -> str:
        return alternation(ps, mode, **kw)

    if ex:
        L = rf"[A-Za-z{D_UP}{D_LO}ƯưƠơ]"
        UP = rf"[A-Z{D_UP}]"
        CAP = rf"[{UPPER}]"
    else:
        L = r"[a-z]"
        UP = r"[a-z]"
        CAP = r"[a-z]"
    LD = rf"(?:{L}|\.(?={L}))"
    CS = rf"{HS}*(?:\n{HS}*)?"  # spaces inside a symbol, at most one line break
    num = r"[0-9]{1,5}"
    code = (
        rf"(?P<code>{num}(?:"
        rf"{CS}{DASH}{CS}{L}{{1,6}}{CS}/{CS}{LD}{{1,14}}(?:{DASH}{L}{{1,8}})?"  # 93-KL/TW, 100 - KL/TW, 03-CT/T.Ư
        rf"|{CS}{DASH}{CS}{L}{{1,6}}{DASH}{L}{{1,8}}"  # 107-KH-ĐUK
        rf"|{CS}/{CS}(?:[0-9]{{4}}{CS}/{CS})?{UP}(?:{L}|[0-9&]|\.(?={L}))*(?:{DASH}(?:{L}|[0-9&]|\.(?={L}))+)*"  # state order
        rf"|{L}{{2,5}}/{LD}{{2,14}}"  # 37QĐ/TW
        rf"))(?![\w/])"
    )
    code_re = re.compile(code)
    if ex:
        code_anchor = re.compile(rf"[-\u2010-\u2015\u2212/] ?[A-Z{D_UP}][A-Za-z{D_UP}{D_LO}]{{0,6}}(?: ?[/\-\u2010-\u2015\u2212]|[0-9]{{2}})")
    else:
        code_anchor = re.compile(r"[-/] ?[a-z]{1,7}(?: ?[/-]|[0-9]{2})")

    type_words = _type_words()
    anchor_words = type_words + ["Văn bản", "Bộ luật"]
    if ex:
        # first letter upper case: the fast scan; lower-case citations are reached through their symbol
        by_first: dict[str, list[str]] = {}
        for w in anchor_words:
            by_first.setdefault(w[0], []).append(w)
        branches = []
        for _first, ws in sorted(by_first.items()):
            rests = []
            for w in ws:
                v = vocab(w, mode, first_upper=True, boundary=False)
                rests.append(v)
            branches.append("(?:" + "|".join(sorted(set(rests), key=lambda s: (-len(s), s))) + ")")
        anchor = re.compile(r"(?<!\w)(?:" + "|".join(branches) + r")(?![^\W\d])")
    else:
        anchor = re.compile(A(anchor_words, boundary=False) + r"(?![^\W\d])")

    so = rf"(?:{A(['số', 'Số hiệu'], boundary=False)}{HS}*:?|{V('số', boundary=False)}(?=[0-9]))"
    ngay = V("ngày")
    cua = V("của")
    khoa = A(["khóa", "nhiệm kỳ khóa"])
    nam = V("năm")
    thang = V("tháng")
    dmy = rf"[0-9]{{1,2}}{HS}?[/.\-]{HS}?[0-9]{{1,2}}{HS}?[/.\-]{HS}?(?:19|20)[0-9]{{2}}(?![0-9])"
    dwords = rf"[0-9]{{1,2}}{S1}{thang}{S1}[0-9]{{1,2}}{S0},?{S0}{nam}{S1}(?:19|20)[0-9]{{2}}(?![0-9])"
    date = rf"(?:{dmy}|{dwords})"
    roman = r"(?:[IVXLC]{1,6}|[0-9]{1,2})(?!\w)" if ex else r"(?:[ivxlc]{1,6}|[0-9]{1,2})(?!\w)"

    # issuers: known heads, then a locality for local bodies
    heads = tables.written_forms()
    head_alt = A(heads)
    units = A(UNIT_WORDS, boundary=False)
    if ex:
        def stops(words):
            return "(?!" + "|".join(
                re.escape(w).replace(r"\ ", HS + "+") + (r"(?!\w)" if not w[-1].isdigit() else "") for w in words + [x.upper() for x in words]
            ) + ")"

        # a locality starts with none of LOC_STOP; inside a name ("Cai Bộ", "Nậm Ban", "Lao Và Chải",
        # "Bình Lưu Quang") only the words that open a new clause end it
        capword = rf"{stops(LOC_STOP)}{CAP}(?:\w|\.(?=\w))*"
        inner = rf"{stops([w for w in LOC_STOP if w not in LOC_INNER_OK])}{CAP}(?:\w|\.(?=\w))*"
        proper = rf"(?:{capword}|[0-9]{{1,2}}(?!\w))(?:{HS}+(?:{inner}|[0-9]{{1,2}}(?![\w/]))|{HS}*-{HS}*{inner}){{0,5}}"
        lower_word = rf"(?!{A(['về', 'ngày', 'số', 'và', 'tại', 'khóa', 'thực', 'triển', 'đến', 'trong', 'theo', 'của', 'với', 'để', 'nhằm', 'đã', 'vừa', 'có', 'ban', 'xây', 'yêu', 'đề', 'chỉ', 'tổ', 'năm'], boundary=False)}(?!\w))[{LOWER}]+"
        loc = rf"(?:{HS}+{units})?{HS}+{proper}|{HS}+{units}(?!{HS}*[{UPPER}0-9])"
        unit_tail = rf"(?:{HS}+{lower_word}){{1,4}}{HS}+{proper}"
    else:
        proper = r"[a-z]+(?: [a-z]+){0,2}"
        loc = rf"{HS}+{units}{HS}+{proper}"
        unit_tail = rf"{HS}+{units}{HS}+{proper}"
    state_units = A([f for f in heads if f.startswith(("Bộ ", "Sở ", "Tổng cục", "Cục "))] or ["Bộ Nội vụ"], boundary=False)
    loc = rf"{HS}+{state_units}|{loc}"
    central_heads = A(["Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương", "Ban Chấp hành Trung ương Đảng"])
    bch = A(["Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "BCH Trung ương", "BCH TW"], boundary=False)
    ord_words0 = A(list(ORDINAL_WORDS), boundary=False)
    plenum = (
        rf"{V('Hội nghị', boundary=False)}{S1}(?:{V('lần thứ', boundary=False)}{S1}(?:[0-9]{{1,2}}|{ord_words0})(?!\w)"
        rf"|{A(['Trung ương', 'TW', 'T.Ư'], boundary=False)}{S0}(?:[0-9]{{1,2}}|{ord_words0})(?!\w))(?:{S0},?{S0}{bch})?"
    )
    if ex:
        org_stop = A(["về", "ngày", "số", "tại", "theo", "trên", "đến", "nhằm", "để", "với", "của", "khóa", "năm", "đã", "được", "có", "ban hành",
                      "quy định", "hướng dẫn", "thực hiện", "triển khai", "trong", "cho", "từ", "do", "là", "thì", "mà", "các", "những"], boundary=False)
        org_word = rf"(?!{org_stop}(?!\w))(?:[{UPPER}]\w*|[{LOWER}]+|và(?={HS}+[{UPPER}]))"
        org = rf"{A(['Học viện', 'Trường', 'Viện', 'Cục', 'Tổng cục', 'Trung tâm', 'Ban quản lý', 'Ban Quản lý', 'Sở', 'Bộ'], boundary=False)}{HS}+[{UPPER}]\w*(?:{HS}+{org_word}){{0,6}}"
    else:
        org = r"(?!)"
    issuer = rf"(?P<head>{plenum}|{head_alt}|{org})(?P<loc>{loc}|{unit_tail})?(?:{S0},{S0}(?P<joint>{central_heads}))?"
    issuer_re = re.compile(issuer)

    quals = A(TYPE_QUALIFIERS[:-1])
    numlist = rf"(?P<numlist>(?:{num}{HS}*(?:,|&|{V('và')}){HS}*)+)"
    type_tail = re.compile(
        rf"(?P<qual>{S1}{quals})?"
        rf"(?:{S1}{cua}{S1}(?P<pre_iss>{head_alt}(?:{loc})?)(?={S0}{so}))?"
        rf"{S0}(?P<so>{so}{S0})?"
        rf"(?:{numlist}?{code}|(?P<num>{num})(?![0-9]|{HS}?[/.\-]{HS}?[0-9]|{HS}?{DASH}?{HS}?{L}{{1,6}}/))"
    )
    item = re.compile(
        rf"(?:{S0},?{S0}(?P<d>{ngay}{S1}(?P<dv>{date}))"
        rf"|{S0},?{S0}(?P<o>{cua}{S1}(?P<iv>{issuer.replace('(?P<head>', '(?:').replace('(?P<loc>', '(?:').replace('(?P<joint>', '(?:')}))"
        rf"|{S1}(?P<o2>{central_heads}(?:{S1}{A(['Trung ương Đảng', 'Trung ương'], boundary=False)})?)(?!\w)"
        rf"|{S0},?{S0}(?P<t>\(?{S0}{khoa}{S1}(?P<tv>{roman})(?:{S0}\))?)"
        rf"|{S0}(?P<pd>\({S0}{ngay}{S1}(?P<pdv>{date}){S0}\))"
        rf"|{S1}(?P<y>{nam}{S1}(?P<yv>(?:19|20)[0-9]{{2}}))(?![0-9]|{HS}?[/.\-]{HS}?[0-9]))"
    )
    this = re.compile(rf"{S1}(?P<this>{A(['này', 'nói trên'])})")

    ord_words = A(list(ORDINAL_WORDS))
    tw = A(["Trung ương", "TW", "T.Ư", "TƯ"], boundary=False)
    ordv = rf"(?:[0-9]{{1,2}}(?!\w)|{ord_words})"
    named = re.compile(
        rf"{S1}(?P<named>"
        rf"(?P<hn>{V('Hội nghị')}{S1}{V('lần thứ')}{S1}(?P<hn_n>{ordv})(?:{S0},?{S0}(?P<hn_iss>{A(['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương', 'BCH Trung ương', 'BCH TW'])}))?)"
        rf"|(?P<tw>(?:{V('Hội nghị')}{S1})?{tw}(?:{S1}{V('Đảng')})?{S0}(?:{V('lần thứ')}{S1})?(?P<tw_n>{ordv}))"
        rf"|(?P<dh>{V('Đại hội')}{S1}(?:(?:{A(['đại biểu toàn quốc', 'Đảng toàn quốc', 'toàn quốc'])}){S1})?(?:{V('lần thứ')}{S1})?(?P<dh_n>{roman}|{ord_words})(?:{S1}{V('của Đảng')})?)"
        rf"|(?P<dhl>{V('Đại hội')}{S1}(?:{V('đại biểu')}{S1})?{V('Đảng bộ')}{S1}(?P<dhl_unit>{units})(?:{HS}+(?P<dhl_loc>{proper}))?"
        rf"(?:{S1}{V('lần thứ')}{S1}(?P<dhl_n>{roman}|{ord_words}))?(?P<dhl_term>{S0},?{S0}{V('nhiệm kỳ')}{S1}(?:19|20)[0-9]{{2}}{HS}*{DASH}{HS}*(?:19|20)[0-9]{{2}})?"
        rf"(?<=[0-9A-ZĐa-zàáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]))"
        rf"|(?P<party>{V('Đảng')}(?!{S1}{V('bộ')}))"  # Điều lệ Đảng
        rf"|(?P<pol>{V('chính trị')})"  # Cương lĩnh chính trị
        rf"|(?P<law>(?!{A(['sư', 'pháp'], boundary=False)}(?!\w))(?:{CAP})\w*(?:{HS}+(?!{A(['ngày', 'số', 'năm', 'của', 'và', 'được', 'đã', 'có', 'là', 'thì', 'để', 'tại', 'theo'], boundary=False)}(?!\w))\w+){{0,12}})"
        rf")"
    )
    subject = re.compile(rf"{S0},?{S0}(?P<q>[\"“«]{S0})?(?P<ve>{A(['về việc', 'về'])}){S0}")
    alias = re.compile(
        rf"{S0}\({S0}(?:(?P<cue>{A(ALIAS_CUES)}){S0}:?{S0})?(?P<alias>[^()\n]{{2,90}}?){S0}\)"
    )
    lookback = re.compile(
        r"(?<![a-z])(?P<type>" + "|".join(r"\s+".join(_word_folded(x) for x in w.split()) for w in sorted(set(type_words + ["văn bản", "bản", "văn kiện"]), key=lambda s: (-len(s), s)))
        + r")(?:\s+(?:hanh dong|lien tich|lien nganh))?(?:\s+(?:cua\s+[^,.;()]{2,60}?\s+)?(?:so|s)\s*:?)?\s*(?:[0-9]{1,5}\s*(?:,|&|va)\s*)*$"
    )
    trig_parts = []
    for rel, cues in TRIGGERS.items():
        for c in cues:
            trig_parts.append((len(c), rel, V(c, boundary=False)))
    trig_parts.sort(key=lambda x: -x[0])
    trigger = re.compile(r"(?<!\w)(?:" + "|".join(f"(?P<{rel}_{i}>{p})" for i, (_, rel, p) in enumerate(trig_parts)) + r")(?!\w)")
    # where a subject ("về …") ends, short of the next reference
    quote_close = r"[”»]|\"(?=[\s,.;:)*_]|$)"
    terminator = re.compile(
        rf"{quote_close}"
        rf"|\((?={S0}{A(['sau đây', 'gọi tắt', 'viết tắt', 'sau đây gọi tắt'], boundary=False)})"
        r"|[.;!?](?=[\s*_)\"”]|$)"
        r"|:[ \t]*\n"
        rf"|\n(?=[ \t]*(?:[-+•]|[0-9]{{1,2}}[.)\-][ \t]|[IVXivx]{{1,4}}[.\-][ \t]|[a-dđ]\)[ \t]|{A(['Căn cứ', 'Thực hiện'], first_upper=True, boundary=False)}\s))"
    )
    main_heads = A(["Ban Thường vụ", "Ban Chấp hành", "Ủy ban nhân dân", "UBND", "Hội đồng nhân dân", "HĐND", "Tỉnh ủy", "Huyện ủy", "Thành ủy",
                    "Quận ủy", "Đảng ủy", "Ban Tuyên giáo", "Bộ Chính trị", "Ban Bí thư", "Chi bộ", "Sở", "Phòng", "Văn phòng", "Ủy ban Kiểm tra",
                    "Ban Tổ chức", "Ban Dân vận", "Thường trực", "Liên hiệp"], boundary=False)
    main_verbs = A(["ban hành", "xây dựng", "yêu cầu", "đề nghị", "chỉ đạo", "hướng dẫn", "thông báo", "tổ chức", "triển khai", "giao", "quyết định",
                    "kết luận", "phát động", "thống nhất", "đề ra", "chủ trì", "báo cáo"])
    main_clause = re.compile(rf",{S0}(?:(?={main_heads}[^,.;]{{0,60}}?{main_verbs})|(?={A(['đồng thời', 'tổ chức hội nghị', 'đồng thời'])}))")
    agent_verbs = r"|".join(r"\s+".join(_word_folded(w, lossy=False) for w in v.split()) for v in AGENT_VERBS)
    agent = re.compile(
        rf"(?:(?:ngay|vao ngay)\s+(?P<dv>[0-9]{{1,2}}\s?[/.\-]\s?[0-9]{{1,2}}\s?[/.\-]\s?(?:19|20)[0-9]{{2}}|[0-9]{{1,2}}\s+thang\s+[0-9]{{1,2}}\s*,?\s*nam\s+(?:19|20)[0-9]{{2}})\s*,?\s*)?"
        rf"(?:(?:y kien chi dao|de nghi|chi dao|yeu cau)\s+cua\s+)?"
        rf"(?P<iss>\S[^,.;:()]{{1,80}}?)(?P<term>\s*\(?\s*khoa\s+[ivxlc0-9]{{1,6}}\s*\)?)?"
        rf"\s+(?:(?:da|vua|moi)\s+)?(?:(?:kip thoi|khan truong|chinh thuc|nhanh chong)\s+)?(?:{agent_verbs})\s+(?:(?:van ban)\s+)?$"
    )
    own = re.compile(
        rf"(?P<iss>{head_alt}(?:{loc})?){S1}(?:{A(['đã ban hành', 'ban hành', 'xây dựng', 'hướng dẫn', 'thông báo', 'quyết định', 'chỉ thị', 'kết luận'])}){S1}"
        rf"(?:(?P<type>{A(type_words)})[^.;:]{{0,200}}?|[^.;:]{{0,200}}?){A(['như sau', 'với các nội dung', 'với những nội dung', 'cụ thể như sau'])}"
    )
    return Grammar(
        mode=mode,
        anchor=anchor,
        code_anchor=code_anchor,
        code=code_re,
        type_tail=type_tail,
        item=item,
        issuer=issuer_re,
        this=this,
        named=named,
        subject=subject,
        alias=alias,
        lookback=lookback,
        agent=agent,
        trigger=trigger,
        terminator=terminator,
        main_clause=main_clause,
        own=own,
    )


@lru_cache(maxsize=2)
def grammar(mode: str = "exact") -> Grammar:
    """The compiled grammar for ``"exact"`` or ``"folded"`` text (built once)."""
    if mode not in ("exact", "folded"):
        raise ValueError(f"unknown grammar mode {mode!r}")
    return _build(mode)


def last_match(pattern: re.Pattern, s: str, lo: int, hi: int):
    """The last match of ``pattern`` in ``s[lo:hi]``, or None."""
    m = None
    for m in pattern.finditer(s, lo, hi):  # noqa: B007 - we want the last one
        pass
    return m


def reset() -> None:
    """Forget compiled grammars (after tables were extended)."""
    grammar.cache_clear()
