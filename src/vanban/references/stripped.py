"""Text whose every non-ASCII letter an encoding error deleted, read through a restored copy.

A Word file saved through a single-byte code page can lose each letter it has no byte for, not only its marks:
"Cn c Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003 ca Th tng Chnh ph" for "Căn cứ Quyết định số
153/2003/QĐ-TTg ngày 10 tháng 7 năm 2003 của Thủ tướng Chính phủ" (corpus-real-22/qd-58-2010-qd-ttg-dieule-truong-
daihoc-dhcd-mat-dau.txt). The lossy class of :func:`vanban.text.quality` keeps "Chính", "đ" and the base letters;
here even "đ", "ư", "í" are gone, so no grammar word is left whole.

:func:`restore` writes back, on a copy with an offset map (:func:`vanban.text.edited`, a layer of the
:class:`vanban.source.Source`), a closed vocabulary whose stripped spelling is unmistakable (each spelled with its
non-ASCII letters deleted, as the damage writes it; a spelling two words share is left alone): the type words, the
issuers of ``issuers.csv``, the words of a citation ("số", "năm" and "Điều" before a number, "ngày", "tháng", "của",
"này", "Căn cứ", "về việc", "ban hành", "thay thế", "sửa đổi, bổ sung một số điều"), the cues of a relation
(vocabulary ``trigger``, ``preamble_opener``), then the gazetteer's provinces and districts, and the letters a symbol
lost ("Q-TTg" -> "QĐ-TTg", "TTr-BGDT" -> "TTr-BGDĐT"). Offsets reported are the caller's: the reference's ``text`` is
the damaged spelling as written, its fields are read on the restored copy ("Thủ tướng Chính phủ").
Only a text :func:`is_stripped` says is damaged so is touched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Lexicon
from ..facts.gazetteer import districts_of, provinces
from ..source import Source
from ..text import edited
from ..text import strip_letters as _strip

__all__ = ["is_stripped", "restore", "restored_source"]

#: a date's words with their non-ASCII letters deleted, before their number: "ngy 10", "thng 7", "nm 2003"
#: and "số" so ("Quyt nh s 153/2003/Q-TTg"): the words before a number a citation writes
#: (one pattern a word, each led by its word and its look-behind after it: the engine skips to the word's letters as to
#: a literal; one alternation led by a look-behind tried it at every character, 0.57M instructions on a 6,000-character
#: English page, the four 0.2M; no two words' matches overlap, so their counts add up to the alternation's)
_STRIPPED_DATE = tuple(re.compile(w + r"(?<![^\W\d_]" + w + r")[ \t\n]+[0-9]") for w in ("ngy", "thng", "nm", "s"))
_FULL_DATE = re.compile(r"(?<![^\W\d_])(?:ngày|tháng|năm|số)[ \t\n]+[0-9]", re.IGNORECASE)

#: the words of a citation besides types and issuers (full spelling); a stripped key shorter than three letters is
#: ambiguous ("v": "về", "và", "vì") and is restored only as a part of a longer phrase
_WORDS = (
    "Căn cứ",
    "của",
    "ngày",
    "tháng",
    "về việc",
    "ban hành",
    "thay thế",
    "sửa đổi, bổ sung một số điều",
    "Xét đề nghị",
    "này",
)
#: the words of :data:`_WORDS` whose stripped key is short but unmistakable in such a text ("ca", "ny")
_SHORT = frozenset({"của", "này"})


def is_stripped(text: str, sample: int = 6000) -> bool:
    """Does ``text`` lose every non-ASCII letter? The words a citation writes before a number ("s 153/2003/Q-TTg ngy 10
    thng 7 nm 2003") written so twice or more, and more often than with their letters."""
    head = text[:sample]
    if _non_ascii_over(head, len(head) // 20):
        # (a cheap test first: a fifth of a Vietnamese text's characters are non-ASCII, the median over the real
        # fixtures .21; the two stripped pages keep .002 and .021, quotes and dashes; every document asks)
        return False
    n = sum(len(p.findall(head)) for p in _STRIPPED_DATE)
    return n >= 2 and n > len(_FULL_DATE.findall(head))


def _non_ascii_over(s: str, k: int) -> bool:
    """Has ``s`` more than ``k`` non-ASCII characters? Counted on its first three tenths first, which most often have
    enough already (a third of the full count's cost over the bench's documents), then on the rest."""
    p = len(s) * 3 // 10
    a = s[:p]
    n = len(a) - len(a.encode("ascii", "ignore"))
    if n > k:
        return True
    b = s[p:]
    return n + len(b) - len(b.encode("ascii", "ignore")) > k


@lru_cache(maxsize=8)
def _tables(lex: Lexicon) -> tuple[re.Pattern, dict[str, str], re.Pattern, dict[str, str]]:
    """(pattern of stripped phrases, stripped -> full) and (pattern of stripped symbol parts, stripped -> full)."""
    # (the cues of a relation too, vocabulary ``trigger`` and ``preamble_opener``: "thc hin" is "thực hiện", implements)
    fulls = set(lex.type_words) | set(_WORDS) | {w for w, _ in lex.issuer_rows}
    fulls |= set(lex.words("trigger")) | set(lex.words("preamble_opener"))
    # and the places an issuer names, the gazetteer's provinces and districts ("Tnh y Yn Bi" is "Tỉnh ủy Yên Bái"),
    # where their spelling is no word's above ("Cn C", the island district Cồn Cỏ, is "Căn cứ")
    places = {n for p in provinces() for n in (p, *districts_of(p))}
    table: dict[str, str] = {}
    for tier in (fulls, places - fulls):
        phrases: dict[str, set[str]] = {}
        for full in tier:
            key = _strip(full)
            if key == full or sum(c.isalpha() for c in key) < 3 and full not in _SHORT:
                continue
            if " " in full and len(key.split()) != len(full.split()):
                continue  # (a word lost whole, "Đ" alone: the phrase is no longer recognisable)
            phrases.setdefault(key.lower(), set()).add(full)
        for k, v in phrases.items():
            if k not in table and len({f.lower() for f in v}) == 1:
                table[k] = min(v)
    alts = sorted(table, key=lambda k: (-len(k), k))
    words = r"[ \t\n]+".join  # (the page may break a line inside the phrase)
    pat = re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(words(map(re.escape, k.split())) for k in alts)
        + r")(?![^\W\d_])|(?<![^\W\d_])(?P<num>s|nm|iu)(?=[ \t\n]+[0-9])|(?<![^\W\d_])(?P<sn>s)(?=:[ \t]*[0-9])",
        re.IGNORECASE,
    )
    abbrs: dict[str, set[str]] = {}
    for t in lex.doc_types:
        for a in t.party_abbrs + ((t.state_abbr,) if t.state_abbr else ()):
            if _strip(a) != a and _strip(a):
                abbrs.setdefault(_strip(a), set()).add(a)
    for _, i in lex.issuer_rows:
        if i.code and _strip(i.code) != i.code and len(_strip(i.code)) >= 2:
            abbrs.setdefault(_strip(i.code), set()).add(i.code)
    sym = {k: next(iter(v)) for k, v in abbrs.items() if len(v) == 1}
    alts = "|".join(sorted(map(re.escape, sym), key=lambda k: (-len(k), k)))
    # a type's part right after the number (and year) before "-", or the issuer's part after "-" ending the symbol
    sym_pat = re.compile(
        rf"(?<=[0-9]/)(?P<t>{alts})(?=-[A-Za-z])|(?<=[0-9]-)(?P<p>{alts})(?=/[A-Za-z])|(?<=[A-Za-z]-)(?P<i>{alts})(?![A-Za-z0-9])"
    )
    return pat, table, sym_pat, sym


def _cased(written: str, full: str) -> str:
    if written.isupper() and len(written) > 1:
        return full.upper()
    if not written[:1].isalpha() or written[:1].lower() != full[:1].lower():
        return full  # (its first letter was deleted, its case with it: "iu l trng i hc" for "Điều lệ trường …")
    if written[:1].islower():
        return full[:1].lower() + full[1:]
    return full[:1].upper() + full[1:]


def restore(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The edits that write the closed vocabulary back into a stripped ``text`` (see the module doc)."""
    pat, table, sym_pat, sym = _tables(lex)
    out: list[tuple[int, int, str]] = []
    for m in pat.finditer(text):
        w = m.group()
        if m.group("num") or m.group("sn"):
            # (and the letterhead's "S: 58/2010/Q-TTg", "Số:"; an article, "iu 1.", "Điều 1.")
            full = {"s": "số", "nm": "năm", "iu": "Điều"}[w.lower()]
        else:
            full = table.get(" ".join(w.lower().split()))
            if full is None:
                continue
            if "\n" in w:  # (keep the line break where the page had it)
                parts = full.split()
                seps = re.findall(r"[ \t\n]+", w)
                full = parts[0] + "".join(sep + p for sep, p in zip(seps, parts[1:]))
        out.append((m.start(), m.end(), _cased(w, full)))
    for m in sym_pat.finditer(text):
        out.append((m.start(), m.end(), sym[m.group()]))
    return out


def restored_source(src: Source, lex: Lexicon) -> Source:
    """``src`` with one more layer, the restored copy, when its text is stripped (else ``src`` itself)."""
    if not is_stripped(src.text):
        return src
    edits = restore(src.text, lex)
    if not edits:
        return src
    return src.with_layer(edited(src.text, sorted(edits)))
