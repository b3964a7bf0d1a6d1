"""DOCX -> text in reading order (python-docx for the package, the XML walked directly).

* The body is walked in document order (paragraphs, tables, and content controls
  holding them: what ``Document.iter_inner_content()`` yields, plus ``w:sdt``
  blocks so no text is lost). One paragraph is one line (``meta["line_is_paragraph"]``).
* The letterhead, usually a 2-column borderless table (issuer, "*", "Số …" on the
  left; "ĐẢNG CỘNG SẢN VIỆT NAM" and place/date on the right), is emitted left
  column then right column as two blocks. A letterhead typed as tab-separated
  paragraphs ("HUYỆN ỦY PHÚ THIỆN<tab><tab>ĐẢNG CỘNG SẢN VIỆT NAM") is split the same way.
* The end block, usually a 2-column table (left "Nơi nhận:" + items, right the
  signature), becomes a "recipients" block then a "signature" block; as plain
  paragraphs they are found from "Nơi nhận" and "T/M …"/"TM."/"K/T …".
* Other tables: row by row, cell by cell, one line per cell paragraph, as a "table" block.
* Word auto-numbering (numbering.xml: decimal, lowerLetter, upperRoman, bullet …
  with lvlText like "%1.", "%1)", "-") is recovered and put in front of the
  paragraph text as a reader sees it: "1. ", "a) ", "- ", "I. ".
* Hard page breaks become "\\f" (Word has no fixed pages otherwise). Headers and
  footers are not body text; those with a PAGE field are listed in
  ``meta["page_fields"]`` and all of them in ``meta["headers_footers"]``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from ..errors import LimitError, ReadError, UnsupportedFormatError
from ..grammar import cues
from ..text import fold_nfc, roman
from .base import DEFAULT_LIMITS, Extracted, Limits, check_file, text_end_blocks

__all__ = ["read_docx"]

PathLike = Union[str, Path]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_VAL = _q("val")
_P, _TBL, _SDT, _SDTCONTENT, _CUSTOMXML = _q("p"), _q("tbl"), _q("sdt"), _q("sdtContent"), _q("customXml")
_T, _TAB, _PTAB, _BR, _CR, _NBH, _SOFT, _SYM = (
    _q(t) for t in ("t", "tab", "ptab", "br", "cr", "noBreakHyphen", "softHyphen", "sym")
)
_TXBX = _q("txbxContent")
_SKIP = {
    _q(t)
    for t in (
        "pPr",
        "rPr",
        "del",
        "moveFrom",
        "instrText",
        "delText",
        "delInstrText",
        "footnoteReference",
        "endnoteReference",
        "commentReference",
        "fldChar",
        "lastRenderedPageBreak",
        "bookmarkStart",
        "bookmarkEnd",
        "proofErr",
    )
}
_ALT, _CHOICE, _FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOC_HINT = "convert it first: libreoffice --headless --convert-to docx file.doc"

_PAGE_FIELD = re.compile(r"\b(PAGE|NUMPAGES|SECTIONPAGES)\b")

#: bullet glyphs of the Symbol/Wingdings fonts (private use area) -> what a reader sees
_PUA_BULLETS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf06e": "■",
    "\uf0a8": "□",
    "\uf02d": "-",
    "\uf0e0": "➢",
}


def _bullet(s: str) -> str:
    return "".join(_PUA_BULLETS.get(c, "•" if "\ue000" <= c <= "\uf8ff" else c) for c in s)


# --------------------------------------------------------------------------- numbering


@dataclass
class _Lvl:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suff: str = "tab"
    restart: Optional[int] = None
    legal: bool = False


#: Word's own limit for a list's start value (its dialog refuses more)
MAX_START = 32767


def _number(val: Optional[str], default: int, what: str, notes: Optional[list[str]] = None) -> int:
    """A numbering value as Word would take it: ``w:start="một"`` is not a number (the
    default is used, and said), ``w:start="500000000"`` is over Word's 32767 (capped, and
    said): 500 million in letters would be 19 million "a"s in front of one paragraph."""
    try:
        n = int(val) if val is not None else default
    except ValueError:
        if notes is not None:
            notes.append(f"numbering.xml: {what}={val!r} is not a number; {default} used")
        return default
    if not 0 <= n <= MAX_START:
        if notes is not None:
            notes.append(f"numbering.xml: {what}={n} is beyond Word's range 0-{MAX_START}; {min(max(n, 0), MAX_START)} used")
        return min(max(n, 0), MAX_START)
    return n


def _lvl(el, notes: Optional[list[str]] = None) -> _Lvl:
    lv = _Lvl()
    for child in el:
        tag, val = child.tag, child.get(_VAL)
        if tag == _q("start") and val is not None:
            lv.start = _number(val, 1, "w:start", notes)
        elif tag == _q("numFmt") and val:
            lv.fmt = val
        elif tag == _q("lvlText"):
            lv.text = val or ""
        elif tag == _q("suff") and val:
            lv.suff = val
        elif tag == _q("lvlRestart") and val is not None:
            lv.restart = _number(val, 0, "w:lvlRestart", notes)
        elif tag == _q("isLgl"):
            lv.legal = val not in ("0", "false")
    return lv


def _format(n: int, fmt: str) -> str:
    if n > MAX_START:  # a counter run past Word's range: letters or numerals would grow without bound
        return str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = roman(n) if n > 0 else str(n)
        return s.lower() if fmt == "lowerRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


class _Numbering:
    """numbering.xml and the running counters of a document's lists.

    Counters belong to the list instance (``w:num``) when it overrides a start
    value ("restart numbering"), else to the abstract list it points to (Word
    continues numbering across instances of one abstract list)."""

    def __init__(self, document, styles: dict):
        self.abstract: dict[str, dict[int, _Lvl]] = {}
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, _Lvl]]] = {}
        self.counters: dict[object, dict[int, Optional[int]]] = {}
        self.styles = styles
        self.notes: list[str] = []
        try:
            el = document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part
            return
        links: dict[str, str] = {}
        for a in el.findall(_q("abstractNum")):
            aid = a.get(_q("abstractNumId"))
            self.abstract[aid] = {
                _number(lv.get(_q("ilvl")), 0, "w:ilvl", self.notes): _lvl(lv, self.notes) for lv in a.findall(_q("lvl"))
            }
            link = a.find(_q("numStyleLink"))
            if link is not None:
                links[aid] = link.get(_VAL)
        for n in el.findall(_q("num")):
            nid = n.get(_q("numId"))
            a = n.find(_q("abstractNumId"))
            aid = a.get(_VAL) if a is not None else None
            starts: dict[int, int] = {}
            redef: dict[int, _Lvl] = {}
            for o in n.findall(_q("lvlOverride")):
                ilvl = _number(o.get(_q("ilvl")), 0, "w:ilvl", self.notes)
                so = o.find(_q("startOverride"))
                if so is not None:
                    starts[ilvl] = _number(so.get(_VAL), 1, "w:startOverride", self.notes)
                lv = o.find(_q("lvl"))
                if lv is not None:
                    redef[ilvl] = _lvl(lv, self.notes)
            self.nums[nid] = (aid, starts, redef)
        # numStyleLink: the abstract list is defined through a numbering style
        for aid, style_id in links.items():
            num = _style_numpr(styles, style_id)[0]
            if num and num in self.nums and self.nums[num][0] in self.abstract and self.abstract[self.nums[num][0]]:
                self.abstract[aid] = self.abstract[self.nums[num][0]]

    def label(self, num_id: str, ilvl: int) -> Optional[str]:
        if num_id not in self.nums:
            return None
        aid, starts, redef = self.nums[num_id]
        levels = {**self.abstract.get(aid, {}), **redef}
        if ilvl not in levels:
            return None
        key = num_id if starts else ("abstract", aid)
        state = self.counters.setdefault(key, {})
        lv = levels[ilvl]
        state[ilvl] = starts.get(ilvl, lv.start) if state.get(ilvl) is None else state[ilvl] + 1
        for deeper, dl in levels.items():
            if deeper > ilvl and (dl.restart is None or (dl.restart != 0 and ilvl <= dl.restart - 1)):
                state[deeper] = None
        if lv.fmt == "bullet":
            text = _bullet(lv.text)
        else:

            def sub(m: re.Match) -> str:
                k = int(m.group(1)) - 1
                other = levels.get(k, _Lvl())
                n = state.get(k)
                if n is None:
                    n = starts.get(k, other.start)
                return _format(n, "decimal" if lv.legal and k != ilvl else other.fmt)

            text = re.sub(r"%([1-9])", sub, lv.text)
        if not text:
            return ""
        return text if lv.suff == "nothing" else text + " "


def _style_map(document) -> dict:
    try:
        return {s.get(_q("styleId")): s for s in document.styles.element.findall(_q("style"))}
    except Exception:  # noqa: BLE001
        return {}


def _style_numpr(styles: dict, style_id: Optional[str], depth: int = 0) -> tuple[Optional[str], Optional[int]]:
    """(numId, ilvl) a paragraph style gives, following basedOn."""
    if not style_id or style_id not in styles or depth > 20:
        return None, None
    st = styles[style_id]
    ppr = st.find(_q("pPr"))
    num, ilvl = None, None
    if ppr is not None and ppr.find(_q("numPr")) is not None:
        np_ = ppr.find(_q("numPr"))
        n_el, i_el = np_.find(_q("numId")), np_.find(_q("ilvl"))
        num = n_el.get(_VAL) if n_el is not None else None
        ilvl = _number(i_el.get(_VAL), 0, "w:ilvl") if i_el is not None else None
    if num is None:
        based = st.find(_q("basedOn"))
        if based is not None:
            bnum, bilvl = _style_numpr(styles, based.get(_VAL), depth + 1)
            num = bnum
            ilvl = ilvl if ilvl is not None else bilvl
    return num, ilvl


def _paragraph_numpr(p_el, styles: dict) -> tuple[Optional[str], int]:
    ppr = p_el.find(_q("pPr"))
    num, ilvl = None, None
    style_id = None
    if ppr is not None:
        ps = ppr.find(_q("pStyle"))
        style_id = ps.get(_VAL) if ps is not None else None
        np_ = ppr.find(_q("numPr"))
        if np_ is not None:
            n_el, i_el = np_.find(_q("numId")), np_.find(_q("ilvl"))
            num = n_el.get(_VAL) if n_el is not None else None
            ilvl = _number(i_el.get(_VAL), 0, "w:ilvl") if i_el is not None and i_el.get(_VAL) is not None else None
    if num is None:
        snum, silvl = _style_numpr(styles, style_id)
        num = snum
        ilvl = ilvl if ilvl is not None else silvl
    if num in (None, "0"):
        return None, 0
    return num, ilvl or 0


# --------------------------------------------------------------------------- text of XML


def _collect(el, out: list[str], extras: list[str]) -> None:
    for ch in el:
        tag = ch.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            out.append(ch.text or "")
        elif tag in (_TAB, _PTAB):
            out.append("\t")
        elif tag == _BR:
            out.append("\f" if ch.get(_q("type")) == "page" else "\n")
        elif tag == _CR:
            out.append("\n")
        elif tag == _NBH:
            out.append("-")
        elif tag == _SOFT:
            continue
        elif tag == _SYM:
            code = ch.get(_q("char")) or ""
            try:
                out.append(_bullet(chr(int(code, 16))))
            except (ValueError, OverflowError):  # w:char="zz" or beyond Unicode
                pass
        elif tag == _TXBX:  # a text box: its paragraphs come after the host paragraph
            if _Walker._stack:
                for lines, _lab in _Walker.current().walk(ch):
                    extras.extend(lines)
            else:
                extras.extend(_plain(ch).split("\n"))
        elif tag == _ALT:
            choice = ch.find(_CHOICE)
            _collect(choice if choice is not None else ch.find(_FALLBACK) if ch.find(_FALLBACK) is not None else ch, out, extras)
        elif tag in (_CHOICE, _FALLBACK):
            _collect(ch, out, extras)
        else:
            _collect(ch, out, extras)


def _plain(el) -> str:
    """All the text of an element (header, footer), paragraphs joined by newlines."""
    lines = []
    for p in el.iter(_P):
        a = p.getparent()
        while a is not None and a is not el and a.tag != _P:
            a = a.getparent()
        if a is not None and a is not el:
            continue  # a paragraph in a text box: its host paragraph collects it
        out: list[str] = []
        extras: list[str] = []
        _collect(p, out, extras)
        lines += ["".join(out), *extras]
    return "\n".join(lines)


# --------------------------------------------------------------------------- body walk

_Seg = tuple[list[str], Optional[str]]


class _Walker:
    _stack: list[_Walker] = []

    def __init__(self, numbering: _Numbering, styles: dict, limits: Limits = DEFAULT_LIMITS, path: object = ""):
        self.numbering = numbering
        self.styles = styles
        self.letterhead_done = False
        self.tables = 0
        self.paragraphs = 0
        self.chars = 0  # read so far: a run over the limit stops at the paragraph that passes it
        self.limits = limits
        self.path = path

    @classmethod
    def current(cls) -> _Walker:
        return cls._stack[-1]

    def paragraph(self, p_el) -> list[str]:
        out: list[str] = []
        extras: list[str] = []
        ppr = p_el.find(_q("pPr"))
        if (
            ppr is not None
            and ppr.find(_q("pageBreakBefore")) is not None
            and ppr.find(_q("pageBreakBefore")).get(_VAL) not in ("0", "false")
        ):
            out.append("\f")
        num, ilvl = _paragraph_numpr(p_el, self.styles)
        body: list[str] = []
        _collect(p_el, body, extras)
        text = "".join(body)
        if num is not None and text.strip():
            label = self.numbering.label(num, ilvl)
            if label:
                out.append(label)
        out.append(text)
        self.paragraphs += 1
        lines = ["".join(out), *extras]
        self.chars += sum(len(x) + 1 for x in lines)
        self.limits.check_chars(self.path, self.chars, f"paragraphs 1-{self.paragraphs} have {self.chars:,} characters")
        return lines

    def walk(self, container) -> list[_Seg]:
        segs: list[_Seg] = []
        for el in container:
            tag = el.tag
            if tag == _P:
                segs.append((self.paragraph(el), None))
            elif tag == _TBL:
                segs.extend(self.table(el, segs))
            elif tag == _SDT:
                content = el.find(_SDTCONTENT)
                if content is not None:
                    segs.extend(self.walk(content))
            elif tag == _CUSTOMXML:
                segs.extend(self.walk(el))
        return segs

    # tables ---------------------------------------------------------------

    def _cells(self, tbl) -> tuple[list[tuple[int, int, int, object]], int]:
        """(row, grid column, span, tc) of every cell that owns content; the grid width."""
        cells = []
        width = 0
        for r, tr in enumerate(tbl.findall(_q("tr"))):
            col = 0
            tcs = []
            for ch in tr:
                if ch.tag == _q("tc"):
                    tcs.append(ch)
                elif ch.tag == _SDT and ch.find(_SDTCONTENT) is not None:
                    tcs.extend(ch.find(_SDTCONTENT).findall(_q("tc")))
            for tc in tcs:
                pr = tc.find(_q("tcPr"))
                span, cont = 1, False
                if pr is not None:
                    gs = pr.find(_q("gridSpan"))
                    span = max(1, min(_number(gs.get(_VAL), 1, "w:gridSpan"), 64)) if gs is not None else 1
                    vm = pr.find(_q("vMerge"))
                    cont = vm is not None and vm.get(_VAL, "continue") == "continue"
                if not cont:
                    cells.append((r, col, span, tc))
                col += span
            width = max(width, col)
        grid = tbl.find(_q("tblGrid"))
        if grid is not None:
            width = max(width, len(grid.findall(_q("gridCol"))))
        return cells, width

    def _cell_lines(self, tc) -> list[str]:
        lines: list[str] = []
        for seg_lines, _lab in self.walk(tc):
            lines.extend(seg_lines)
        return lines

    def table(self, tbl, before: list[_Seg]) -> list[_Seg]:
        self.tables += 1
        cells, width = self._cells(tbl)
        texts = [(r, c, s, self._cell_lines(tc)) for r, c, s, tc in cells]
        if width >= 2:
            # each side column by column, top to bottom; cells without text are skipped
            cols = sorted((c, r, s, _trim(lines)) for r, c, s, lines in texts if any(x.strip() for x in lines))
            lt = [x for c, _r, s, lines in cols if c + s / 2 <= width / 2 for x in lines]
            rt = [x for c, _r, s, lines in cols if c + s / 2 > width / 2 for x in lines]
            joined = "\n".join(lt + rt)
            f = fold_nfc(joined)
            body_before = sum(1 for lines, lab in before if lab is None and any(x.strip() for x in lines))
            if (
                not self.letterhead_done
                and body_before <= 3
                and (
                    any(m in f for m in cues.MOTTOS_FOLDED)
                    or (cues.NUMBER_START.search(joined) and cues.PLACE_DATE_WORDS.search(joined))
                )
            ):
                self.letterhead_done = True
                return [(lt, "letterhead-left"), (rt, "letterhead-right")]
            lf, rf = fold_nfc("\n".join(lt)), fold_nfc("\n".join(rt))
            rec_left = re.search(r"(?m)^\s*noi nhan", lf) is not None
            rec_right = re.search(r"(?m)^\s*noi nhan", rf) is not None
            if rec_left or rec_right:
                rec, sig = (lt, rt) if rec_left else (rt, lt)
                out: list[_Seg] = [(rec, "recipients")]
                if sig:
                    out.append((sig, "signature"))
                return out
            if cues.SIGN_LINE.search("\n".join(rt)) and len(texts) <= 4:
                out = []
                if lt:
                    out.append((lt, None))
                out.append((rt, "signature"))
                return out
        lines = [x for _r, _c, _s, cl in texts for x in cl]
        return [(lines, "table")] if lines else []


def _trim(lines: list[str]) -> list[str]:
    i, j = 0, len(lines)
    while i < j and not lines[i].strip():
        i += 1
    while j > i and not lines[j - 1].strip():
        j -= 1
    return lines[i:j]


def _tabbed_letterhead(segs: list[_Seg]) -> list[_Seg]:
    """A letterhead typed as paragraphs with tabs between the columns: split it."""
    lead = []
    for n, (lines, lab) in enumerate(segs[:12]):
        if lab is not None:
            return segs
        lead.append(n)
        if any(cues.PLACE_DATE_WORDS.search(x) for x in lines):
            break
    else:
        return segs
    text = "\n".join(x for n in lead for x in segs[n][0])
    if not any(m in fold_nfc(text) for m in cues.MOTTOS_FOLDED) or "\t" not in text:
        return segs
    left: list[str] = []
    right: list[str] = []
    for n in lead:
        for x in segs[n][0]:
            if not x.strip():
                continue
            parts = [s.strip() for s in re.split(r"\t+|\s{4,}", x) if s.strip()]
            if x.startswith(("\t", "    ")):
                right.extend(parts)
            else:
                left.append(parts[0])
                right.extend(parts[1:])
    if not left or not right:
        return segs
    return [(left, "letterhead-left"), (right, "letterhead-right"), *segs[lead[-1] + 1 :]]


# --------------------------------------------------------------------------- entry point


def _open_checks(p: Path) -> None:
    check_file(p)
    with p.open("rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC:
        data = p.read_bytes()
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ReadError(
                p,
                "encrypted (password-protected) Word file",
                hint="remove the password in Word or LibreOffice, then save as .docx",
            )
        raise UnsupportedFormatError(p, "old binary .doc format", hint=DOC_HINT)
    if head.startswith(b"{\\rtf"):
        raise UnsupportedFormatError(p, "a Rich Text Format (RTF) file, not .docx", hint=DOC_HINT.replace("file.doc", p.name))
    if p.suffix.lower() == ".doc" and not head.startswith(b"PK"):
        raise UnsupportedFormatError(p, "old binary .doc format", hint=DOC_HINT)
    if not head.startswith(b"PK"):
        raise ReadError(
            p, "not a .docx file (not a zip package)", hint="check the file type; vanban reads .pdf, .docx, .txt, .md"
        )


def _zip_checks(p: Path, limits: Limits) -> None:
    """A .docx is a zip holding word/document.xml; none of its parts may inflate past
    ``limits.max_expansion`` times its compressed size (parts under 100 KB aside)."""
    try:
        with zipfile.ZipFile(p) as z:
            infos = z.infolist()
    except zipfile.BadZipFile:
        raise ReadError(
            p,
            "truncated or damaged .docx: its zip directory is missing (was the file cut short?)",
            hint="download or copy it again, or open and re-save it in Word or LibreOffice",
        ) from None
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        other = next(
            (
                kind
                for prefix, kind in (("xl/", "an Excel"), ("ppt/", "a PowerPoint"))
                if any(n.startswith(prefix) for n in names)
            ),
            None,
        )
        raise ReadError(p, f"not a Word document: the zip has no word/document.xml{f' (it is {other} file)' if other else ''}")
    for i in infos:
        if i.file_size > 100_000 and i.file_size > limits.max_expansion * max(i.compress_size, 1):
            ratio = i.file_size // max(i.compress_size, 1)
            raise LimitError(
                p,
                "max_expansion",
                limits.max_expansion,
                f"its part {i.filename} inflates {ratio:,}× ({i.compress_size:,} -> {i.file_size:,} bytes)",
            )


def read_docx(path: PathLike, *, limits: Optional[Limits] = None) -> Extracted:
    """Read a .docx; see the module docstring. Raises ReadError / UnsupportedFormatError,
    and LimitError (a part that inflates too much, more text than ``limits.max_chars``)."""
    p = Path(path)
    limits = limits if limits is not None else DEFAULT_LIMITS
    _open_checks(p)
    _zip_checks(p, limits)
    import docx

    try:
        document = docx.Document(str(p))
    except zipfile.BadZipFile as e:
        raise ReadError(
            p, f"not a readable .docx (damaged zip: {e})", hint="open and re-save it in Word or LibreOffice"
        ) from None
    except Exception as e:  # noqa: BLE001 - python-docx/lxml raise many kinds
        raise ReadError(
            p, f"not a readable .docx ({type(e).__name__}: {e})", hint="open and re-save it in Word or LibreOffice"
        ) from None

    warnings: list[str] = [f"a .docx file named {p.name}: read as .docx"] if p.suffix.lower() == ".doc" else []
    styles = _style_map(document)
    walker = _Walker(_Numbering(document, styles), styles, limits, p)
    _Walker._stack.append(walker)
    try:
        body = document.element.body
        segs = walker.walk(body)
    except ReadError:
        raise
    except Exception as e:  # noqa: BLE001
        raise ReadError(p, f"cannot read the document body ({type(e).__name__}: {e})") from None
    finally:
        _Walker._stack.pop()
    warnings += sorted(set(walker.numbering.notes))
    if body.find(_q("altChunk")) is not None:
        warnings.append("the document embeds other files (altChunk) whose text is not read")
    segs = _tabbed_letterhead(segs)
    segs = _end_blocks(segs)

    meta: dict = {"paragraphs": walker.paragraphs, "tables": walker.tables, "line_is_paragraph": True}
    meta.update(_headers_footers(document))
    core = document.core_properties
    for k in ("title", "author"):
        v = getattr(core, k, None)
        if v:
            meta[k] = v
    ex = _assemble(segs)
    ex.warnings = warnings
    meta["pages"] = len(ex.pages)
    meta["rendered_page_breaks"] = sum(1 for _ in body.iter(_q("lastRenderedPageBreak")))
    ex.meta = meta
    return ex


def _end_blocks(segs: list[_Seg]) -> list[_Seg]:
    """Recipients / signature typed as plain paragraphs (no end table): label them."""
    if any(lab in ("recipients", "signature") for _l, lab in segs):
        return segs
    lines = [x for seg_lines, _lab in segs for x in seg_lines]
    labels: list[Optional[str]] = [lab for seg_lines, lab in segs for _x in seg_lines]
    text_end_blocks(lines, labels)  # labels only lines that have none
    out: list[_Seg] = []
    n = 0
    for seg_lines, lab in segs:
        if lab is not None:
            out.append((seg_lines, lab))
            n += len(seg_lines)
            continue
        for x in seg_lines:
            new = labels[n]
            n += 1
            if new is not None and out and out[-1][1] == new:
                out[-1][0].append(x)
            else:
                out.append(([x], new))
    return out


def _headers_footers(document) -> dict:
    found = []
    body = document.element.body
    sects = [s for s in body.iter(_q("sectPr"))]
    for n, sect in enumerate(sects):
        for kind in ("header", "footer"):
            for ref in sect.findall(_q(f"{kind}Reference")):
                rid = ref.get(f"{{{R}}}id")
                try:
                    part = document.part.related_parts[rid]
                    el = part.element
                except Exception:  # noqa: BLE001
                    continue
                instr = " ".join(
                    [x.get(_q("instr"), "") for x in el.iter(_q("fldSimple"))] + [x.text or "" for x in el.iter(_q("instrText"))]
                )
                found.append(
                    {
                        "section": n + 1,
                        "part": kind,
                        "type": ref.get(_q("type"), "default"),
                        "text": _plain(el).strip(),
                        "page_field": bool(_PAGE_FIELD.search(instr)),
                    }
                )
    return {"headers_footers": found, "page_fields": [f for f in found if f["page_field"]]}


def _assemble(segs: list[_Seg]) -> Extracted:
    parts: list[str] = []
    blocks: list[tuple[int, int, str]] = []
    pos = 0
    for lines, lab in segs:
        start = None
        for line in lines:
            if parts and not parts[-1].endswith("\f") and not line.startswith("\f"):
                parts.append("\n")
                pos += 1
            if start is None:
                start = pos
            parts.append(line)
            pos += len(line)
        if lab and start is not None and pos > start:
            blocks.append((start, pos, lab))
    text = "".join(parts)
    pages: list[tuple[int, int]] = []
    s = 0
    for m in re.finditer("\f", text):
        pages.append((s, m.start()))
        s = m.end()
    pages.append((s, len(text)))
    return Extracted(text=text, pages=pages, kind="docx", blocks=blocks)
