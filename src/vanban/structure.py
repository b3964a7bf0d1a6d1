"""Document structure: letterhead, preamble, section tree, closing, recipients,
signature, and whatever fits none of them.

Works on the clean copy of the text (:mod:`vanban.source`) and reports every span
in the caller's offsets. The layout follows Quy định 66-QĐ/TW and Hướng dẫn
36-HD/VPTW (``../shared/domain.md`` §1d) and Nghị định 30/2020/NĐ-CP for state
documents::

    ĐẢNG BỘ TỈNH GIA LAI                 ĐẢNG CỘNG SẢN VIỆT NAM
    HUYỆN ỦY PHÚ THIỆN                   Phú Thiện, ngày 30 tháng 6 năm 2021
    *
    Số 45-KH/HU
                           KẾ HOẠCH
           triển khai thực hiện Kết luận số 93-KL/TW …
    Thực hiện …, Ban Thường vụ Huyện ủy xây dựng kế hoạch … như sau:   (preamble)
    I- MỤC ĐÍCH, YÊU CẦU                                              (sections)
    1. Mục đích
    - …
    Nơi nhận:                                  T/M BAN THƯỜNG VỤ
    - Ban Thường vụ Tỉnh ủy (báo cáo),         PHÓ BÍ THƯ
    …                                          Vũ Hồng Duy

Example::

    >>> st = parse_structure(clean("KẾ HOẠCH\\n\\nvề việc X\\n\\nI- MỤC ĐÍCH\\n1. Mục đích\\n- Một\\n"))
    >>> [(s.label, s.heading) for s in st.sections], st.header.doc_type
    ([('I', 'MỤC ĐÍCH')], 'Kế hoạch')
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from . import fields, gazetteer, tables
from .context import infer_context
from .model import Header, Recipient, Section, Signature, Unparsed
from .regexes import LOWER, PLACE_NAME, UPPER, grammar
from .source import Source

__all__ = ["Structure", "parse_structure"]


@dataclass
class Structure:
    header: Header
    preamble: Optional[tuple[int, int]]
    sections: list[Section]
    recipients: list[Recipient]
    signature: Optional[Signature]
    unparsed: list[Unparsed] = field(default_factory=list)
    body: Optional[tuple[int, int]] = None  # preamble + sections, in the caller's offsets


_UP = UPPER
_LINE = re.compile(r"[^\n]*\n?")
_INDEPENDENCE = re.compile(r"^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc$", re.IGNORECASE)
_NUMBER = re.compile(r"^(?:Số|SỐ|Số hiệu)\s*:?\s*(?P<code>[0-9]{1,5}\s*[-/–].{1,40}?)\s*$")
_PLACE_DATE = re.compile(
    rf"^(?P<place>{PLACE_NAME}),?\s+ngày\s+(?P<d>[0-9]{{1,2}})\s+tháng\s+(?P<m>[0-9]{{1,2}})(?:\s+năm\s+(?P<y>(?:19|20)[0-9]{{2}}))?\s*$"
)
_SEPARATOR = re.compile(r"^[\s*|_\-–—=.]*$")
_PREAMBLE_START = re.compile(
    r"^(?:[-–+]\s*)?(?:Thực hiện|Căn cứ|Quán triệt|Triển khai|Để|Nhằm|Trên cơ sở|Theo|Xét|Sau|Qua|Ngày|Tại|Năm|Thi hành|Nghe|Hướng dẫn|Tiếp tục)\b"
)
_HEADING = re.compile(
    r"^(?P<label>"
    rf"(?P<part>(?:PHẦN|Phần)\s+(?:[IVXLC]+|THỨ\s+[{_UP}]+|thứ\s+\w+))"
    r"|(?P<chapter>(?:CHƯƠNG|Chương)\s+(?:[IVXLC]+|[0-9]+))"
    r"|(?P<article>Điều\s+[0-9]+)"
    r"|(?P<roman>[IVXLC]{1,6})"
    r"|(?P<upper>[A-ZĐ])(?=\s*\.\s+[" + _UP + r"]{2})"
    r"|(?P<num>[0-9]{1,2}(?:\.[0-9]{1,2}){0,3})"
    r"|(?P<letter>[a-zđ])"
    r"|(?P<dash>[-–•])"
    r"|(?P<plus>\+)"
    r")(?P<sep>\s*[.:\-–)]\s*|\s+)"
)
_SIG_MARK_ONLY = re.compile(r"^\s*(?:T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*$")
_SIG_MARK = re.compile(r"^(?P<auth>T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*(?P<rest>.*)$")
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*$|^Nơi\s+nhận\s*:", re.IGNORECASE)
_SIGNED = re.compile(r"^\(?\s*(?:đã\s+ký|ký(?:\s+tên)?(?:,\s*đóng\s+dấu)?|ký\s+và\s+ghi\s+rõ\s+họ\s+tên)[^)]*\)?$", re.IGNORECASE)
_LOW = LOWER + "'"
_NAME = re.compile(rf"^[{_UP}][{_LOW}]*(?:\s+[{_UP}][{_LOW}]*){{1,4}}$")
_CLOSING = re.compile(r"^(?:Trên đây là|Trên đây)\b|\./\.\s*$")

_KINDS = ("part", "chapter", "article", "roman", "upper", "num", "letter", "dash", "plus")
_RANK = {"part": 0, "chapter": 1, "upper": 2, "roman": 3, "article": 4, "num": 5, "letter": 7, "dash": 8, "plus": 9}


def parse_structure(src: Source, kind: str = "txt") -> Structure:
    t = src.text
    lines = [(m.start(), m.end(), m.group().rstrip("\n")) for m in _LINE.finditer(t) if m.end() > m.start()]
    tail_start = _tail_start(lines, t)
    head, body_start, unparsed = _letterhead(lines, t, tail_start)
    body_end = tail_start
    # body: preamble, then the section tree
    body_lines = [ln for ln in lines if body_start <= ln[0] < body_end]
    sections, first_heading = _sections(body_lines, body_end)
    preamble = None
    pre_end = first_heading if first_heading is not None else body_end
    pa, pe = _strip(t, body_start, pre_end)
    if pe > pa:
        preamble = (pa, pe)
    recipients, signature, tail_unparsed = _tail(lines, t, tail_start)
    unparsed.extend(tail_unparsed)
    _infer_header(head, t, signature)
    # map everything back to the caller's offsets
    _map_header(head, src)
    for s in sections:
        for node in s.walk():
            node.start, node.end = src.span(node.start, node.end)
            node.body_end = src.span(node.body_end, node.body_end)[0] if node.body_end else node.end
    for r in recipients:
        r.start, r.end = src.span(r.start, r.end)
    if signature is not None:
        signature.start, signature.end = src.span(signature.start, signature.end)
        signature.spans = {k: src.span(*v) for k, v in signature.spans.items()}
    out_unparsed = []
    for u in unparsed:
        a, b = src.span(u.start, u.end)
        out_unparsed.append(Unparsed(a, b, src.original[a:b], u.where))
    bs, be = _strip(t, body_start, body_end)
    return Structure(
        header=head,
        preamble=src.span(*preamble) if preamble else None,
        sections=sections,
        recipients=recipients,
        signature=signature,
        unparsed=out_unparsed,
        body=src.span(bs, be) if be > bs else None,
    )


def _strip(t: str, a: int, b: int) -> tuple[int, int]:
    while a < b and t[a] in " \t\n\r|":
        a += 1
    while b > a and t[b - 1] in " \t\n\r|":
        b -= 1
    return a, b


def _plain(line: str) -> str:
    return line.strip(" \t|*_#")


# --- letterhead -----------------------------------------------------------------------


def _letterhead(lines, t: str, limit: int) -> tuple[Header, int, list[Unparsed]]:
    """Read the letterhead lines at the top; returns the header, where the body
    starts, and text before the letterhead that is not part of it."""
    h = Header()
    g = grammar("exact")
    issuer_lines: list[tuple[int, int, str]] = []
    role_lines: list[tuple[int, int, str]] = []
    first_letterhead: Optional[int] = None
    type_idx: Optional[int] = None
    n = len(lines)
    max_scan = min(n, 80)
    idx = _letterhead_top(lines, max_scan, limit)
    last_field_end = 0
    while idx < max_scan and lines[idx][0] < limit:
        a, b, raw = lines[idx]
        ln = _plain(raw)
        if not ln:
            idx += 1
            continue
        role = None
        motto = _motto_piece(ln)
        if motto is None and role_lines and role_lines[-1][2] == "motto" and h.motto and ln.isupper():
            prev = _plain(t[role_lines[-1][0] : role_lines[-1][1]].strip())
            if f"{prev} {ln}" in h.motto:  # "… VIỆT⏎NAM": the rest of a motto cut by the layout
                motto = h.system
        if motto == "party":
            role = "motto"
            h.motto = "ĐẢNG CỘNG SẢN VIỆT NAM"
            h.system = h.system or "party"
        elif motto == "state":
            role = "motto"
            h.motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            h.system = "state"
        elif _INDEPENDENCE.match(ln):
            role = "motto"
        elif (m := _NUMBER.match(ln)) and h.code is None:
            parts = fields.parse_code(m.group("code"))
            if parts:
                role = "number"
                h.code, h.number = parts.canonical, parts.number
                h.issuer_code = parts.issuer_code
                cs = a + raw.index(m.group("code"))
                h.spans["code"] = (cs, cs + len(m.group("code")))
                h.system = h.system or parts.system
        elif h.date is None and (pd := _place_date(lines, idx, n)) is not None:
            m, extra = pd
            y = m.group("y")
            if y:
                try:
                    h.date = _dt.date(int(y), int(m.group("m")), int(m.group("d")))
                except ValueError:
                    h.date = None
                role = "place-date"
                h.place = " ".join(m.group("place").split())
                h.spans["date"] = (a + len(raw) - len(raw.lstrip(" \t|*_")), lines[idx + extra][0] + len(lines[idx + extra][2].rstrip(" \t|*_")))
                h.spans["place"] = (a, a + len(raw) - len(raw.lstrip(" \t|*_")) + len(m.group("place").split(" ")[0]) if extra else a + raw.index(m.group("place")) + len(m.group("place")))
                b = lines[idx + extra][1]
                idx += extra
        elif ln.isupper() and (tt := tables.type_by_name(ln)) is not None and type_idx is None:
            role = "type"
            h.doc_type = tt.name
            h.spans["doc_type"] = (a, b)
            type_idx = idx
        elif _SEPARATOR.match(ln):
            role = "separator"
        elif ln.isupper() and len(ln) <= 70 and type_idx is None and not _HEADING.match(ln):
            im = g.issuer.match(ln)
            if im or ln.startswith(("ĐẢNG BỘ", "BAN ", "BỘ ", "ỦY BAN", "UỶ BAN", "TỈNH ", "HUYỆN ", "THÀNH PHỐ", "XÃ ", "QUẬN ", "CHI BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "VĂN PHÒNG", "SỞ ")):
                role = "issuer"
                issuer_lines.append((a, b, ln))
        if role is None:
            if type_idx is not None:
                break  # the title begins
            if first_letterhead is None and _PREAMBLE_START.match(ln):
                break
            if first_letterhead is not None and (h.date or h.code or h.motto):
                break
            if first_letterhead is None:
                idx += 1
                continue
            break
        if first_letterhead is None:
            first_letterhead = idx
        role_lines.append((a, b, role))
        last_field_end = b
        idx += 1
    unparsed: list[Unparsed] = []
    if first_letterhead is not None and first_letterhead > 0:
        a0 = lines[0][0]
        a1 = lines[first_letterhead][0]
        sa, sb = _strip(t, a0, a1)
        if sb > sa:
            unparsed.append(Unparsed(sa, sb, t[sa:sb], "before letterhead"))
    _issuer_from_lines(h, issuer_lines)
    h.lines = role_lines
    # the title: lines after the type line up to a blank line, a separator or the preamble
    body_start = last_field_end
    if type_idx is not None:
        j = type_idx + 1
        title_parts: list[tuple[int, int, str]] = []
        while j < n and lines[j][0] < limit:
            a, b, raw = lines[j]
            ln = _plain(raw)
            if not ln:
                if title_parts:
                    break
                j += 1
                continue
            if _SEPARATOR.match(ln) and title_parts:
                body_start = b
                j += 1
                break
            if title_parts and (_PREAMBLE_START.match(ln) or _HEADING.match(ln)) and not ln.isupper():
                break
            if _HEADING.match(ln) and not title_parts and _HEADING.match(ln).group("roman"):
                break
            title_parts.append((a, b, ln))
            body_start = b
            j += 1
        if title_parts and re.match(r"^(?:CỦA|của)\s", title_parts[0][2]):
            im = g.issuer.match(title_parts[0][2][4:].strip())
            if im:
                p = fields.parse_issuer(im.group("head"), im.group("loc") or "", im.group("joint") or "")
                if h.issuer and h.issuer != p.spelled:
                    h.superior = h.superior or h.issuer
                h.issuer, h.level = p.spelled, p.level or h.level
                h.spans["issuer"] = (title_parts[0][0], title_parts[0][1])
                title_parts = title_parts[1:]
        if title_parts:
            h.title = " ".join(p[2] for p in title_parts)
            h.spans["title"] = (title_parts[0][0], title_parts[-1][0] + len(lines_text(t, title_parts[-1])))
        body_start = max(body_start, h.spans.get("title", (0, body_start))[1])
    h.start = lines[first_letterhead][0] if first_letterhead is not None else (h.spans["doc_type"][0] if "doc_type" in h.spans else 0)
    h.end = body_start if (first_letterhead is not None or type_idx is not None) else h.start
    if first_letterhead is None and type_idx is None:
        body_start = lines[0][0] if lines else 0
    return h, body_start, unparsed


_MOTTOS = {"party": "ĐẢNG CỘNG SẢN VIỆT NAM", "state": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}


def _motto_piece(ln: str) -> Optional[str]:
    """"party"/"state" when a line is the motto or a piece of it (portals break
    "CỘNG HÒA XÃ HỘI / CHỦ NGHĨA VIỆT NAM" over lines)."""
    u = " ".join(ln.replace("HOÀ", "HÒA").split())
    if not u.isupper() or len(u) < 4:
        return None
    for name, full in _MOTTOS.items():
        if u == full or (len(u.split()) >= 2 and u in full) or (u == "CỘNG" and name == "state"):
            return name
    return None


def _place_date(lines, idx: int, n: int):
    """"Phú Thiện, ngày 30 tháng 6 năm 2021", also when broken over up to three
    lines ("Sơn⏎La, ngày 11 tháng 3⏎năm 2020"); returns (match, extra lines used)."""
    joined = _plain(lines[idx][2])
    if not joined[:1].isupper():
        return None
    for extra in range(3):
        if extra:
            if idx + extra >= n:
                break
            nxt = _plain(lines[idx + extra][2])
            if not nxt:
                break
            joined = f"{joined} {nxt}"
        if "ngày" not in joined:
            continue
        m = _PLACE_DATE.match(joined)
        if m and m.group("y"):
            return m, extra
    return None


def _letterhead_top(lines, max_scan: int, limit: int) -> int:
    """Where the letterhead starts: just above the motto ("ĐẢNG CỘNG SẢN VIỆT NAM",
    "CỘNG HÒA …") when one is near the top, so that a portal's own lines before it
    ("Số hiệu 58/KH-UBND", "Ngày ban hành …") are not read as the letterhead."""
    for i in range(max_scan):
        if lines[i][0] >= limit:
            break
        ln = _plain(lines[i][2])
        if _motto_piece(ln):
            j = i
            while j > 0 and i - j < 10:
                prev = _plain(lines[j - 1][2])
                if prev and not (prev.isupper() or _SEPARATOR.match(prev) or _NUMBER.match(prev) or _PLACE_DATE.match(prev)):
                    break
                j -= 1
            return j
    return 0


def lines_text(t: str, ln: tuple[int, int, str]) -> str:
    return t[ln[0] : ln[1]].rstrip("\n")


def _issuer_from_lines(h: Header, issuer_lines: list[tuple[int, int, str]]) -> None:
    """"ĐẢNG BỘ TỈNH GIA LAI / HUYỆN ỦY PHÚ THIỆN", "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO",
    "ỦY BAN NHÂN DÂN / TỈNH SƠN LA" -> issuer, superior, locality."""
    if not issuer_lines:
        return
    g = grammar("exact")
    texts = [x[2] for x in issuer_lines]
    # "ỦY BAN NHÂN DÂN" + "TỈNH SƠN LA": the second line is the locality of the first
    if len(texts) >= 2 and re.match(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s", texts[-1]) and g.issuer.match(texts[-2]):
        texts = texts[:-2] + [texts[-2] + " " + texts[-1]]
        spans = issuer_lines[:-2] + [(issuer_lines[-2][0], issuer_lines[-1][1], texts[-1])]
    else:
        spans = issuer_lines
    issuing = texts[-1]
    superior = texts[-2] if len(texts) >= 2 else None
    im = g.issuer.match(issuing)
    if im and im.end() >= len(issuing) - 1:
        p = fields.parse_issuer(im.group("head"), im.group("loc") or "", im.group("joint") or "")
        spelled, code, level, locality, unit = p.spelled, p.code, p.level, p.locality, p.unit
    else:
        spelled, code, level, locality, unit = fields._title(issuing), None, None, None, None
        # a department under its committee: "BAN TUYÊN GIÁO" under "BAN CHẤP HÀNH TRUNG ƯƠNG"
        if superior:
            sup = superior.upper()
            suffix = "Trung ương" if "TRUNG ƯƠNG" in sup else ("Tỉnh ủy" if "TỈNH" in sup else ("Huyện ủy" if "HUYỆN" in sup else ""))
            candidate = f"{issuing.capitalize()} {suffix}".strip()
            im2 = g.issuer.match(candidate)
            if im2 and im2.end() >= len(candidate) - 1:
                p = fields.parse_issuer(im2.group("head"), im2.group("loc") or "", "")
                spelled, code, level = p.spelled, p.code, p.level
    h.issuer = spelled
    h.spans["issuer"] = (spans[-1][0], spans[-1][1])
    h.issuer_code = h.issuer_code or code
    h.level = level
    if superior:
        h.superior = _canon_org(superior)
        h.spans["superior"] = (spans[-2][0], spans[-2][1])
        m = re.match(r"^ĐẢNG BỘ\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ)\s+(.+)$", superior.upper())
        if m:
            pl = gazetteer.locate(f"{m.group(1).lower()} {m.group(2)}")
            if pl:
                _put_place(h, pl)
    if locality:
        kind = {"tỉnh": "province", "huyện": "district", "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}.get(unit or "")
        kind = kind or {"provincial": "province", "district": "district", "grassroots": "commune"}.get(level or "")
        pl = gazetteer.locate(locality, kind, h.province)
        if pl is None and kind == "commune" and superior:
            # "ĐẢNG BỘ HUYỆN CHÂU THÀNH / ĐẢNG ỦY XÃ BÌNH HÒA": ten provinces have a Châu Thành, the pair is one place
            m = re.match(r"^ĐẢNG BỘ\s+(?:HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\s+(.+)$", superior.upper())
            if m:
                cands = gazetteer.commune(locality, district_name=m.group(1), province_name=h.province)
                pl = cands[0] if len(cands) == 1 else None
        if (pl is None or (pl.kind == "province" and superior and pl.province == h.province)) and h.province:
            # "THÀNH ỦY LONG XUYÊN", "THÀNH ỦY BẠC LIÊU" under "ĐẢNG BỘ TỈNH BẠC LIÊU": a city of the province
            ds = gazetteer.district(locality, h.province)
            pl = ds[0] if len(ds) == 1 else (pl or gazetteer.locate(locality, None, h.province))
        if pl:
            _put_place(h, pl)


def _canon_org(line: str) -> str:
    """Canonical spelling of an organisation line: "ĐẢNG BỘ TỈNH GIA LAI" -> "Đảng bộ tỉnh Gia Lai"."""
    g = grammar("exact")
    im = g.issuer.match(line)
    if im and im.end() >= len(line) - 1:
        return fields.parse_issuer(im.group("head"), im.group("loc") or "", im.group("joint") or "").spelled
    m = re.match(r"^ĐẢNG BỘ\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|KHỐI)\s*(.*)$", line)
    if m:
        return " ".join(x for x in ("Đảng bộ", m.group(1).lower(), fields._title(m.group(2))) if x)
    return fields._title(line) if line.isupper() else line


def _put_place(h: Header, pl: gazetteer.Place) -> None:
    h.province = pl.province
    if pl.kind == "district":
        h.district = pl.name
    elif pl.kind == "commune":
        h.district, h.commune = pl.district, pl.name


def _infer_header(h: Header, t: str, signature: Optional[Signature]) -> None:
    """Fill what the letterhead does not say from what the text supports, marking it."""
    if h.issuer and h.date and h.doc_type and (h.province or h.level == "central"):
        if h.issuer_code and not h.level:
            h.level = tables.level_of_code(h.issuer_code)
        return
    ctx = infer_context(t)
    for name in ("doc_type", "date"):
        if getattr(h, name) is None and getattr(ctx, name) is not None:
            setattr(h, name, getattr(ctx, name))
            h.inferred.add(name)
    if h.issuer is None:
        issuer = ctx.issuer
        if issuer is None and signature is not None and signature.on_behalf:
            issuer = fields._title(signature.on_behalf).replace("Thường Vụ", "Thường vụ")
        if issuer:
            loc = ctx.district if (ctx.issuer_code in ("HU", "QU") and ctx.district) else (ctx.province if ctx.issuer_code == "TU" else None)
            if loc and loc not in issuer:
                issuer = f"{issuer} {loc}"
            h.issuer = issuer
            h.issuer_code = h.issuer_code or ctx.issuer_code
            h.inferred.add("issuer")
    if h.issuer_code and not h.level:
        h.level = tables.level_of_code(h.issuer_code)
    if h.system is None and h.issuer_code:
        h.system = "state" if h.level == "state" else "party"
    for name in ("province", "district", "commune"):
        if h.level == "central":
            break
        if getattr(h, name) is None and getattr(ctx, name) is not None:
            setattr(h, name, getattr(ctx, name))
            h.inferred.add(name)
    if h.place and not (h.province or h.district) and h.level not in ("central", None):
        pl = gazetteer.locate(h.place)
        if pl:
            _put_place(h, pl)
            h.inferred.add("province")


def _map_header(h: Header, src: Source) -> None:
    h.start, h.end = src.span(h.start, h.end) if h.end > h.start else (src.span(h.start, h.start)[0],) * 2
    h.spans = {k: src.span(*v) for k, v in h.spans.items()}
    h.lines = [(*src.span(a, b), role) for a, b, role in h.lines]


# --- sections --------------------------------------------------------------------------


def _heading(ln: str) -> Optional[tuple[str, str, str]]:
    """(kind, label, heading text) when a line starts a node of the tree."""
    m = _HEADING.match(ln)
    if not m:
        return None
    gd = m.groupdict()
    kind = next(k for k in _KINDS if gd[k])
    label = m.group(kind)
    sep = m.group("sep")
    rest = ln[m.end() :].strip()
    if not re.search(r"\w\w", rest) and kind not in ("article",):
        return None  # "---------", "X);": no words, no heading
    if kind == "roman":
        # "I- MỤC ĐÍCH", "II - NHIỆM VỤ", "III." but not "I" as a word or a Roman numeral in prose
        if not re.match(r"\s*[.\-–)]", sep) or not rest:
            return None
    elif kind == "num":
        if not re.match(r"\s*[.\-–)]", sep) or not rest or (rest[:1].islower() and "." not in sep and ")" not in sep):
            return None
        if "-" in sep and re.match(r"[A-ZĐ]{1,6}i?\s*/", rest):
            return None  # "45-KH/HU của …": a symbol whose number ended the line before
        if re.match(r"\s*[/.\-]\s*[0-9]", ln[m.start("sep") :]):  # a date or 1.3.1 continued
            return None
    elif kind == "letter":
        if not re.match(r"\s*[).\-]", sep) or not rest:
            return None
    elif kind in ("dash", "plus"):
        if not rest:
            return None
    elif kind == "article":
        label = "Điều " + label.split()[-1]
    return kind, label, rest


def _sections(body_lines, body_end: int) -> tuple[list[Section], Optional[int]]:
    roots: list[Section] = []
    stack: list[tuple[int, Section]] = []  # (rank, node)
    first: Optional[int] = None
    for a, _b, raw in body_lines:
        ln = raw.strip(" \t|")
        lead = len(raw) - len(raw.lstrip(" \t|"))
        hd = _heading(ln)
        if hd is None:
            if _CLOSING.match(ln) and stack and ln.startswith(("Trên đây", "Trên")):
                node = Section(None, ln, 1, a + lead, body_end, kind="closing")
                _close(stack, a + lead)
                roots.append(node)
                stack = [(-1, node)]
            continue
        kind, label, rest = hd
        rank = _RANK[kind]
        if kind == "num":
            rank += min(label.count("."), 1)
        if first is None:
            first = a + lead
        start = a + lead
        while stack and stack[-1][0] >= rank:
            stack[-1][1].end = start
            stack.pop()
        parent = stack[-1][1] if stack and stack[-1][0] >= 0 else None
        node = Section(label, rest, (parent.level + 1) if parent else 1, start, body_end, kind=kind, parent=parent)
        if parent is not None:
            if not parent.children:
                parent.body_end = start
            parent.children.append(node)
        else:
            roots.append(node)
        stack.append((rank, node))
    for _, node in stack:
        node.end = body_end
    # do not let a node end with the blank lines before the next one
    ends = [(a, a + len(raw.rstrip())) for a, _b, raw in body_lines if raw.strip()]
    starts = [a for a, _ in ends]
    for r in roots:
        for node in r.walk():
            k = bisect_left(starts, node.end) - 1
            node.end = max(ends[k][1], node.start) if k >= 0 and ends[k][0] >= node.start else node.start
            if not node.children:
                node.body_end = node.end
    return roots, first


def _close(stack, at: int) -> None:
    for _, node in stack:
        node.end = at


# --- tail: recipients and signature ----------------------------------------------------


def _tail_start(lines, t: str) -> int:
    """Where the body ends: the "Nơi nhận" list or the signature block."""
    n = len(lines)
    lo = int(n * 0.3)
    for i in range(n - 1, lo - 1, -1):
        ln = _plain(lines[i][2])
        if _RECIPIENTS.match(ln) or _SIG_MARK.match(ln):
            # the earliest of the two blocks, when they are next to each other
            j = i
            for k in range(i - 1, max(lo, i - 40) - 1, -1):
                lk = _plain(lines[k][2])
                if _RECIPIENTS.match(lk) or _SIG_MARK.match(lk):
                    j = k
            return lines[j][0] + (len(lines[j][2]) - len(lines[j][2].lstrip(" \t|*_")))
    return len(t)


def _tail(lines, t: str, tail_start: int) -> tuple[list[Recipient], Optional[Signature], list[Unparsed]]:
    recipients: list[Recipient] = []
    sig: Optional[Signature] = None
    unparsed: list[Unparsed] = []
    tail = [ln for ln in lines if ln[0] >= tail_start or ln[0] <= tail_start < ln[1]]
    in_recipients = False
    state = "start"  # start -> recipients/signature -> after-name
    for a, _b, raw in tail:
        text = raw.rstrip()
        if not _plain(text):
            continue
        for seg_a, seg in _split_columns(a, text):
            ln = _plain(seg)
            la = seg_a + seg.index(ln) if ln in seg else seg_a
            if not ln:
                continue
            if _RECIPIENTS.match(ln):
                in_recipients = True
                rest = re.sub(r"^Nơi\s+nhận\s*:?\s*", "", ln, flags=re.IGNORECASE)
                if rest:
                    recipients.append(_recipient(rest, la + len(ln) - len(rest)))
                continue
            m = _SIG_MARK.match(ln)
            if m:
                sig = sig or Signature(start=la)
                sig.marks.append((m.group("auth"), m.group("rest").strip()))
                if sig.authority is None:  # the first mark says on whose behalf; "KT. CHỦ TỊCH" after "TM. …" is kept in marks
                    sig.authority = m.group("auth")
                    sig.on_behalf = m.group("rest").strip() or None
                    sig.spans["authority"] = (la, la + len(ln))
                sig.end = la + len(ln)
                state = "signature"
                continue
            if in_recipients and state != "signature" and re.match(r"^[-–+•]\s*", ln):
                item = re.sub(r"^[-–+•]\s*", "", ln)
                recipients.append(_recipient(item, la + len(ln) - len(item)))
                continue
            if sig is not None and state == "signature":
                if ln.isupper() and sig.position is None and not _NAME.match(fields._title(ln)) or (ln.isupper() and sig.position is None and sig.on_behalf and len(ln.split()) <= 6):
                    sig.position = ln
                    sig.spans["position"] = (la, la + len(ln))
                    sig.end = la + len(ln)
                    continue
                if _SIGNED.match(ln) or ln in ("(Đã ký)", "(đã ký)"):
                    sig.end = la + len(ln)
                    continue
                if _NAME.match(ln) and sig.name is None:
                    sig.name = ln
                    sig.spans["name"] = (la, la + len(ln))
                    sig.end = la + len(ln)
                    state = "after-name"
                    continue
            if in_recipients and state == "start" and recipients and not ln[:1].isupper():
                # a recipient item wrapped onto the next line
                last = recipients[-1]
                recipients[-1] = _recipient(t[last.start : la + len(ln)].replace("\n", " "), last.start)
                continue
            unparsed.append(Unparsed(la, la + len(ln), ln, "after signature" if state == "after-name" else "in the signature block"))
    return recipients, sig, unparsed


_COLUMN_SPLIT = re.compile(r"\s{3,}|\t+|\s*\|\s*|(?<=[,.;])\s+(?=(?:T/M|K/T|T/L|TM\.|KT\.|TL\.)\s)|(?<=[,.;)])\s+(?=[" + _UP + r"]{2,}(?:\s+[" + _UP + r"]{2,})+$)")


def _split_columns(a: int, text: str) -> list[tuple[int, str]]:
    """A line that holds both columns ("- Ban Thường vụ Tỉnh ủy (báo cáo),   PHÓ BÍ THƯ") in pieces."""
    out = []
    pos = 0
    for m in _COLUMN_SPLIT.finditer(text):
        if _SIG_MARK_ONLY.match(text[pos : m.start()]):
            continue  # "TM. ỦY BAN NHÂN DÂN" is one piece
        if m.start() > pos:
            out.append((a + pos, text[pos : m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((a + pos, text[pos:]))
    return out or [(a, text)]


def _recipient(item: str, start: int) -> Recipient:
    item = item.strip()
    clean_item = item.rstrip(",;. ")
    m = re.search(r"\(([^()]*)\)\s*$", clean_item)
    note = m.group(1).strip() if m else None
    name = clean_item[: m.start()].strip() if m else clean_item
    return Recipient(text=clean_item, name=name, note=note, start=start, end=start + len(clean_item))
