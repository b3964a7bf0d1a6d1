"""The encodings Vietnamese documents come in, and the damage they leave.

* :func:`decode`: bytes -> text. A byte order mark decides first (UTF-32 before UTF-16:
  the UTF-32 LE mark starts with the UTF-16 LE one); then UTF-8; then the legacy
  Vietnamese encodings of the 1990s and 2000s, still met in provincial archives:
  TCVN3 (ABC, the ``.VnTime`` fonts), VNI (``VNI-Times``) and VISCII, recognised and
  converted with the tables of the ``viparse`` package, with a warning saying so.
* :func:`repair`: text that reached vanban already damaged, converted back:
  UTF-8 read as Windows-1252/Latin-1 and saved again (``Káº¿t luáº­n``, repaired by
  ``ftfy``), and TCVN3/VNI bytes shown as Latin-1 letters (``KÕt luËn``, ``Keát luaän``).
* :func:`damage`: why a text still looks damaged after that, or None. A damaged
  document is marked (``Document.text_damaged``) so that the graph does not make
  nodes of codes like ``18-KH/Ä@?#?``.

Example::

    >>> text, notes = repair("Thá»±c hiá»‡n Káº¿t luáº­n sá»‘ 93-KL/TW cá»§a Ban BÃ­ thÆ°")
    >>> text, notes[0].split(":")[0]
    ('Thực hiện Kết luận số 93-KL/TW của Ban Bí thư', 'repaired mojibake')
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Optional, Union

from ..errors import EncodingError

__all__ = ["decode", "decode_text", "repair", "damage", "LEGACY_NAMES"]

PathLike = Union[str, Path]

#: the legacy encodings recognised, as a warning names them
LEGACY_NAMES = {
    "tcvn3": "TCVN3 (ABC, .Vn fonts)",
    "vni": "VNI (VNI-Windows fonts)",
    "viscii": "VISCII",
    "vps": "VPS",
}

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # FF FE 00 00: before UTF-16 LE (FF FE), which it starts with
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Letters only Unicode Vietnamese has (not in Latin-1): the tone-marked block and ă đ ĩ ũ ơ ư.
# Vietnamese prose has one in every 8 to 15 letters; TCVN3 or VNI shown as Latin-1 has none.
_VIET_ONLY = re.compile("[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0]")
_LATIN1_HIGH = re.compile("[\u00a0-\u00ff]")
_LETTER = re.compile(r"[^\W\d_]")
# UTF-8 of a Vietnamese letter read as Windows-1252: a lead byte shown as Â Ã Ä Å Æ á, then a
# continuation byte (0x80-0xBF) shown as a Latin-1 sign or one of 1252's extra characters:
# "Káº¿t" (Kết), "Ä‘" (đ), "Æ°" (ư), "BÃ­" (Bí).
_MOJIBAKE_LEAD = "\u00c2\u00c3\u00c4\u00c5\u00c6\u00e1"
_MOJIBAKE_NEXT = frozenset(
    [chr(c) for c in range(0x80, 0xC0)]
    + list("\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2026\u2030\u2039\u203a\u20ac\u2122")
    + [chr(c) for c in (*range(0x2018, 0x201F), *range(0x2020, 0x2023))]
)
_SAMPLE = 40_000
_CODE_LIKE = re.compile(r"\S*[\d/]\S*")


def decode(data: bytes, path: PathLike = "<bytes>") -> str:
    """The text of a file's bytes (see :func:`decode_text`; its warnings dropped).

    >>> decode("Kết luận".encode("utf-32"))
    'Kết luận'
    """
    return decode_text(data, path)[0]


def decode_text(data: bytes, path: PathLike = "<bytes>") -> tuple[str, list[str]]:
    """Bytes -> (text, warnings): a BOM (UTF-32, UTF-8, UTF-16), else UTF-8, else a
    legacy Vietnamese encoding recognised from the text; else :class:`EncodingError`
    with the offset of the first byte that is not UTF-8."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError as e:
                name = codec.replace("-sig", "").upper()
                raise EncodingError(path, f"a {name} byte order mark, but not {name}: {e.reason} at offset {e.start}") from None
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as e:
        first_bad = e.start
    surface = data.decode("latin-1")  # the legacy tables are keyed by the bytes shown as Latin-1
    found = _legacy(surface)
    if found is not None:
        text = _convert(surface, found)
        return text, [f"converted from {LEGACY_NAMES.get(found, found)} to Unicode{_caps_note(found)}"]
    raise EncodingError(
        path,
        f"not UTF-8: byte 0x{data[first_bad]:02x} at offset {first_bad}, and not TCVN3, VNI or VISCII either",
        "save it as UTF-8; in Word: Save As, Plain Text, encoding Unicode (UTF-8)",
    )


def repair(text: str) -> tuple[str, list[str]]:
    """Text with the common damage undone, and a warning per repair (none: unchanged).

    Two repairs, each only when the text shows it: mojibake (UTF-8 read as
    Windows-1252/Latin-1, ``Káº¿t luáº­n``), fixed by ``ftfy.fix_encoding``; then a
    legacy encoding shown as Latin-1 letters (TCVN3 ``KÕt luËn``, VNI ``Keát luaän``).
    Line breaks and page breaks stay where they were, one for one.
    """
    notes: list[str] = []
    if _mojibake(text[:_SAMPLE]) >= 2:
        import ftfy

        fixed = ftfy.fix_encoding(text)
        if fixed != text and _same_breaks(text, fixed):
            example = _first_change(text, fixed)
            notes.append(f"repaired mojibake: UTF-8 text that had been read as Windows-1252 or Latin-1{example}")
            text = fixed
    found = _legacy(text)
    if found is not None:
        converted = _convert(text, found)
        if _same_breaks(text, converted):
            notes.append(f"converted from {LEGACY_NAMES.get(found, found)} to Unicode{_caps_note(found)}")
            text = converted
    return text, notes


def damage(text: str) -> Optional[str]:
    """Why ``text`` still looks damaged (mojibake, a legacy encoding, lost letters shown
    as U+FFFD), or None: the codes such a text yields are not to be trusted.

    >>> damage("Kế hoạch số 45-KH/HU của Huyện ủy Phú Thiện") is None
    True
    >>> damage("KÕ ho¹ch sè 45-KH/HU cña HuyÖn ñy Phó ThiÖn triÓn khai thùc hiÖn KÕt luËn sè 93-KL/TW")
    'the text is in TCVN3 (ABC, .Vn fonts), not Unicode'
    """
    head = text[:_SAMPLE]
    if _mojibake(head) >= 3:
        import ftfy.badness

        if ftfy.badness.is_bad(head):
            return "the text is mojibake (UTF-8 read as Windows-1252 or Latin-1) that could not be repaired"
    found = _legacy(head)
    if found is not None:
        return f"the text is in {LEGACY_NAMES.get(found, found)}, not Unicode"
    lost = head.count("\ufffd")
    if lost >= 3 and lost * 200 > len(_LETTER.findall(head)):
        return f"{lost} characters were lost in a wrong decoding (shown as U+FFFD)"
    return None


# --------------------------------------------------------------------------- legacy encodings


@lru_cache(maxsize=2)  # (repair() and damage() ask it of the same text, one after the other: counted once)
def _mojibake(head: str) -> int:
    """How many pairs of characters in ``head`` look like UTF-8 read as Windows-1252 or Latin-1: each lead
    found by ``str.find`` and the character after it looked up, not a pattern led by a class of characters,
    which the engine tries at every character (for a count that is 0 on most texts: 14 -> 10 µs a generated
    plan, 13 -> 7.5 µs a real text). A lead is no continuation, so no two pairs overlap: the count of
    ``re.findall`` of the pair."""
    n = 0
    for lead in _MOJIBAKE_LEAD:
        i = head.find(lead)
        while i >= 0:
            n += head[i + 1 : i + 2] in _MOJIBAKE_NEXT
            i = head.find(lead, i + 1)
    return n


def _legacy(text: str) -> Optional[str]:
    """The legacy encoding ``text`` is shown in ("tcvn3", "vni", "viscii"), or None.

    Cheap test first: Unicode Vietnamese has letters outside Latin-1 (ế, ư, đ …) in
    every few words; a legacy text shown as Latin-1 has none and many Latin-1 signs
    (``KÕt luËn``). Only then is ``viparse`` asked, on a sample; it declines for text
    that converts to another language (Spanish, German), so those are left alone.
    """
    return _legacy_head(text[:_SAMPLE])


@lru_cache(maxsize=2)  # (repair() and damage() ask it of the same text, one after the other: answered once)
def _legacy_head(head: str) -> Optional[str]:
    if _unicode_vietnamese(head):
        return None
    letters = len(_LETTER.findall(head))
    if letters < 40:
        return None
    viet = len(_VIET_ONLY.findall(head))
    high = len(_LATIN1_HIGH.findall(head))
    if viet * 100 > letters or high * 30 < letters:
        return None
    try:
        import viparse
    except ImportError:  # pragma: no cover - a dependency; an install without it reads no legacy code
        return None
    # codes out of the sample: viparse declines text with many f/j/w/z as not Vietnamese,
    # and every "93-KL/TW" would count as one such word
    found = viparse.detect_text_encoding(_CODE_LIKE.sub(" ", head))
    return found if found in LEGACY_NAMES else None


def _unicode_vietnamese(head: str) -> bool:
    """More letters only Unicode Vietnamese has than one in a hundred characters (so in a hundred
    letters): what :func:`_legacy` would say None to, found without counting every letter (which
    cost a tenth of reading a plan): the first ``len(head) // 100 + 1`` such letters are enough."""
    need = len(head) // 100 + 1
    return sum(1 for _ in islice(_VIET_ONLY.finditer(head), need)) >= need


def _convert(text: str, name: str) -> str:
    from viparse.normalize.encodings import CHARMAPS
    from viparse.normalize.tables import convert

    out = convert(text, CHARMAPS[name])
    return _restore_capitals(out) if name == "tcvn3" else out


def _caps_note(name: str) -> str:
    return "; capitals of headings restored from their unaccented letters" if name == "tcvn3" else ""


_WORD = re.compile(r"\S+")


def _ascii_letters(w: str) -> str:
    return "".join(c for c in w if c.isascii() and c.isalpha())


def _caps_word(w: str) -> bool:
    a = _ascii_letters(w)
    return len(a) >= 2 and a.isupper() and not any(c.isdigit() for c in w)


def _restore_capitals(text: str) -> str:
    """TCVN3 has no capital accented letters: a heading set in ``.VnTimeH`` is typed with
    capital plain letters and small accented ones, which the font draws as capitals.
    Converted, "KÕ HO¹CH" reads "Kế HOạCH"; a word whose plain letters are all capitals
    (two at least, or one beside such a word: "§¶NG Bé TØNH" is "ĐẢNG BỘ TỈNH") is
    put in capitals. "Sè 93-KL/TW" stays "Số": a code is not a heading word."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if not any(c.isupper() for c in line):
            continue
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(line)]
        caps = [_caps_word(w) for _a, _b, w in words]
        parts: list[str] = []
        pos = 0
        for k, (a, b, w) in enumerate(words):
            a_letters = _ascii_letters(w)
            mixed = a_letters and a_letters.isupper() and w != w.upper() and not any(c.isdigit() for c in w)
            beside = (k > 0 and caps[k - 1]) or (k + 1 < len(words) and caps[k + 1])
            if mixed and (len(a_letters) >= 2 or beside):
                parts.append(line[pos:a] + w.upper())
                pos = b
        if parts:
            lines[i] = "".join(parts) + line[pos:]
    return "\n".join(lines)


# --------------------------------------------------------------------------- helpers


def _same_breaks(a: str, b: str) -> bool:
    """A repair keeps every line and page break (the readers' blocks are mapped by line)."""
    return a.count("\n") == b.count("\n") and a.count("\f") == b.count("\f")


def _first_change(a: str, b: str) -> str:
    """' ("Káº¿t" -> "Kết")' for the first word the repair changed."""
    for wa, wb in zip(a.split(), b.split()):
        if wa != wb:
            return f' ("{wa[:24]}" -> "{wb[:24]}")'
    return ""
