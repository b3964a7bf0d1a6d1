"""Behavioural tests in the spirit of CheckList (Ribeiro et al., ACL 2020): the fields of
a reference must not change when its text is damaged the way real text is.

For every reference vanban finds in a real sentence (the hand-labelled excerpts of the
dev split and the case table), each perturbation class rewrites the text around it
(spaces glued or doubled, diacritics removed, OCR confusions, a line break at each
position inside the reference, upper case, NFD, Markdown emphasis, the separators of
its code, TƯ for TW) and the reference found at the same place must keep its code,
date, issuer and relation (an *invariance* test: vanban's own answer on the clean
text is the reference point, so accuracy and robustness are measured apart).

    python tests/checklist.py            # the table of pass rates per class and field
    python tests/checklist.py --sample all-dev [--share 0.25]   # on every dev split's pages (a seeded share)
    python tests/checklist.py --sweep    # the crash sweep: every dev page and corpus/ under whole-text damage
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterator, Optional

HERE = Path(__file__).parent
FIELDS = ("code", "date", "issuer", "relation")

Variant = tuple[str, int, int]  # the perturbed text, and where the reference now starts and ends


def _strip_marks(s: str) -> str:
    out = []
    for ch in s:
        if ch in "đĐ":
            out.append("d" if ch == "đ" else "D")
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base)
    return "".join(out)


def _replace(text: str, a: int, b: int, new: str) -> Variant:
    return text[:a] + new + text[b:], a, a + len(new)


def glued(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A space inside the reference dropped ("47-QĐ/TWngày 01-11-2011", "ngày22")."""
    spaces = [i for i in range(a, b) if text[i] == " "]
    for i in rng.sample(spaces, min(3, len(spaces))):
        yield text[:i] + text[i + 1 :], a, b - 1
    if b < len(text) and text[b] == " ":  # glued to the next word
        yield text[:b] + text[b + 1 :], a, b


def doubled(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """Every space inside the reference doubled."""
    yield _replace(text, a, b, text[a:b].replace(" ", "  "))


def no_diacritics(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The whole text without its diacritics (same length): "Thuc hien Ket luan so 93-KL/TW"."""
    yield _strip_marks(text), a, b


def _strip_letters(s: str) -> str:
    return "".join(c for c in s if c.isascii() or not c.isalpha())


def stripped_letters(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The whole text with every non-ASCII letter deleted, not only its marks, as a Word file saved through a single-byte
    code page gives it ("Quyt nh s 153/2003/Q-TTg ngy 10 thng 7 nm 2003 ca Th tng Chnh ph", corpus-real-22/qd-58-2010-
    qd-ttg-dieule-truong-daihoc-dhcd-mat-dau.txt; corpus-real-20's hospital page)."""
    yield _strip_letters(text), len(_strip_letters(text[:a])), len(_strip_letters(text[:b]))


_OCR = [("ư", "u"), ("ơ", "o"), ("ă", "a"), ("đ", "d"), ("l", "1"), ("O", "0"), ("m", "rn")]


def ocr(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """One OCR confusion inside the reference (ư/u ơ/o ă/a đ/d l/1 O/0 m/rn)."""
    for src, dst in _OCR:
        hits = [m.start() for m in re.finditer(re.escape(src), text[a:b])]
        if hits:
            i = a + rng.choice(hits)
            yield text[:i] + dst + text[i + len(src) :], a, b + len(dst) - len(src)


def line_break(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A line break instead of a space, at every space inside the reference (a PDF line end)."""
    for i in [i for i in range(a, b) if text[i] == " "][:12]:
        yield text[:i] + "\n" + text[i + 1 :], a, b


def upper(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The reference in capitals (titles, headings)."""
    new = text[a:b].upper()
    if len(new) == b - a:
        yield _replace(text, a, b, new)


def nfd(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The whole text decomposed (NFD, as some PDF producers and macOS file names give it)."""
    pre, ref = unicodedata.normalize("NFD", text[:a]), unicodedata.normalize("NFD", text[a:b])
    yield unicodedata.normalize("NFD", text), len(pre), len(pre) + len(ref)


def emphasis(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The reference in Markdown bold."""
    yield text[:a] + "**" + text[a:b] + "**" + text[b:], a + 2, b + 2


_CODE = re.compile(r"(?P<n>[0-9]{1,5})-(?P<t>[A-ZĐa-zđ]{1,6})/(?P<i>[A-ZĐƯ.]{2,14})")


def separators(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The separators of a party code swapped: 93/KL-TW, 93 KL/TW, 93-KL-TW, 93/KL/TW."""
    m = _CODE.search(text, a, b)
    if m:
        n, t, i = m.group("n"), m.group("t"), m.group("i")
        for new in (f"{n}/{t}-{i}", f"{n} {t}/{i}", f"{n}-{t}-{i}", f"{n}/{t}/{i}"):
            yield text[: m.start()] + new + text[m.end() :], a, b + len(new) - len(m.group())


def tu(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """TW written TƯ or T.Ư (central codes)."""
    m = re.search(r"/TW(?![\w])", text[a:b])
    if m:
        for new in ("/TƯ", "/T.Ư"):
            i = a + m.start()
            yield text[:i] + new + text[i + 3 :], a, b + len(new) - 3


#: a symbol's number, its separators and the letters between: "35-CT/TW", "85/2012/NĐ-CP", "183-KH/TWĐTN-TNNT"
_ANY_CODE = re.compile(r"[0-9]{1,5}(?:/(?:19|20)[0-9]{2})?[-/][A-ZĐ][A-ZĐa-zđ]*(?:[-/][A-ZĐ0-9][A-ZĐa-zđ0-9]*)*")


def spaced(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A blank beside a separator of the symbol, as copied pages write it ("35- CT/TW", "33- NQ/ TW", "474/ QĐ-UBND",
    "85/2012 /NĐ-CP", "Chỉ thị 36 - CT/TW": corpus-real-16 and corpus-real-17 NOTES.md, not flagged there)."""
    m = _ANY_CODE.search(text, a, b)
    if m:
        seps = [i for i in range(m.start(), m.end()) if text[i] in "-/"]
        for i in rng.sample(seps, min(3, len(seps))):
            new = rng.choice((f" {text[i]}", f"{text[i]} ", f" {text[i]} "))
            yield text[:i] + new + text[i + 1 :], a, b + len(new) - 1


def en_dash(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The symbol's hyphens written as en dashes ("10–CT/TW", corpus-real-17 NOTES.md; "NQ – TW", corpus-real-16)."""
    m = _ANY_CODE.search(text, a, b)
    if m and "-" in m.group():
        yield text[: m.start()] + m.group().replace("-", "\u2013") + text[m.end() :], a, b


def eth(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """Every "Đ" of the text written with its look-alike "Ð" (U+00D0), as some fonts' text gives it ("Ðiều lệ",
    "Ðại hội": corpus-real-16 NOTES.md)."""
    if "Đ" in text:
        yield text.replace("Đ", "\u00d0"), a, b


def nbsp(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The blanks of the reference written as no-break spaces (U+00A0), as web pages' text gives them."""
    if " " in text[a:b]:
        yield _replace(text, a, b, text[a:b].replace(" ", "\u00a0"))


def zero_width(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A zero-width space (U+200B) left by a web page's markup beside a blank inside the reference."""
    spaces = [i for i in range(a, b) if text[i] == " "]
    for i in rng.sample(spaces, min(2, len(spaces))):
        j = i + rng.choice((0, 1))
        yield text[:j] + "\u200b" + text[j:], a, b + 1


def cue_break(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A line break instead of a space in the words of its line right before the reference, where its cue or the
    phrase that nests it is written (a PDF line end: "… của Chính phủ ban hành⏎Chương trình hành động thực hiện Nghị
    quyết số 11-NQ/TW", corpus-real-13/ctr-1857-ctr-ubnd-sonla-nq11-tw-nq96-cp-2022.txt)."""
    lo = max(text.rfind("\n", 0, a) + 1, a - _CUE_REACH)
    for i in [i for i in range(lo, a) if text[i] == " "][-8:]:
        yield text[:i] + "\n" + text[i + 1 :], a, b


def partial_letters(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """Some non-ASCII letters deleted and the rest kept: every "ố", say, of the text gone, as a page whose code page or
    font lacks a few precomposed letters gives it ("Luật Ngân hàng Nhà nước ViệtNam s 46/2010/QH12", "Pháp lệnh ngoại
    hi", "một s điu", corpus-real-28/tt-15-2015-tt-nhnn-giaodich-ngoaite-luatminhkhue.txt; `stripped_letters` deletes
    them all). One variant for each of up to three of the reference's non-ASCII letters."""
    letters = sorted({c for c in text[a:b] if c.isalpha() and not c.isascii()})
    for lost in rng.sample(letters, min(3, len(letters))):
        yield text.replace(lost, ""), a - text.count(lost, 0, a), b - text.count(lost, 0, b)


def cue_glued(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """The space before the reference dropped, its cue or the word before glued to its first word ("Căn cứPháp lệnh
    ngoại hi s 28/2005/PL-UBTVQH11", "bổ sung một số điều củaPháp lệnh ngoại hi", corpus-real-28/tt-15-2015-tt-nhnn-
    giaodich-ngoaite-luatminhkhue.txt; `glued` drops the spaces inside the reference and after it)."""
    if a > 0 and text[a - 1] == " " and a > 1 and text[a - 2].isalpha():
        yield text[: a - 1] + text[a:], a - 1, b - 1


@cache
def _numbered() -> re.Pattern:
    """The words a number after which is part of the reference ("số 62", "ngày 28", "khóa 62"): the library's
    vocabulary ``number_word`` but a document's parts ("Chương II": a page break falls inside "Chương trình", a type)
    and numbered places ("Quận 3": the sample stays the one every earlier rate was measured on), last in the text
    before."""
    import vanban

    words = [w for w, v in vanban.Lexicon.default().pairs("number_word") if v not in ("part", "place")]
    return re.compile("(?i:" + "|".join(map(re.escape, words)) + ")$")


def page_number(text: str, a: int, b: int, rng) -> Iterator[Variant]:
    """A page number inside the reference, where a page break fell in a flattened PDF ("Quyết định số 1121/QĐ-UBND việc
    ban hành Quy chế xét, 62 cho phép doanh nhân …", corpus-real-28/congbao-tiengiang-129-2011-mucluc-123docz.txt): at
    a space between two words without digits, not after a word a number belongs to ("số", "ngày", "năm")."""
    spaces = [
        i
        for i in range(a, b)
        if text[i] == " "
        and not re.search(r"[0-9]", text[max(a, text.rfind(" ", a, i) + 1) : i])
        and not re.match(r"[^ ]*[0-9]", text[i + 1 : b])
        and not _numbered().search(text[a:i])
    ]
    for i in rng.sample(spaces, min(2, len(spaces))):
        page = f" {rng.randint(2, 199)}"
        yield text[:i] + page + text[i:], a, b + len(page)


#: how far before a reference its cue is looked for, in characters ("ban hành Chương trình hành động thực hiện ")
_CUE_REACH = 48


CLASSES: dict[str, Callable] = {
    "glued": glued,
    "doubled-space": doubled,
    "no-diacritics": no_diacritics,
    "ocr": ocr,
    "line-break": line_break,
    "upper": upper,
    "nfd": nfd,
    "emphasis": emphasis,
    "separators": separators,
    "TƯ": tu,
    "spaced-code": spaced,
    "en-dash": en_dash,
    "eth": eth,
    "nbsp": nbsp,
    "zero-width": zero_width,
    "stripped-letters": stripped_letters,
    "cue-break": cue_break,
    "partial-letters": partial_letters,
    "cue-glued": cue_glued,
    "page-number": page_number,
}


def _value(r, name: str):
    import vanban

    v = getattr(r, name)
    if name == "issuer" and v is not None:
        return vanban.Lexicon.default().body_of(v) or " ".join(_strip_marks(v).lower().split())
    return v


@dataclass
class Tally:
    n: int = 0
    ok: dict = field(default_factory=lambda: defaultdict(int))
    failures: list = field(default_factory=list)  # (field, perturbed reference text, wanted, got)

    def rate(self, name: str) -> float:
        return self.ok[name] / self.n if self.n else 1.0


#: the samples :func:`sentences` reads: ``dev``, the dev split's 86 excerpts (tests/gold.py's ``dev``), what CI's
#: tests/references/test_checklist.py measures and every earlier rate was measured on; ``all-dev``, the pages of every
#: dev split too (``dev4`` … ``dev35``, some 750 more; a held-out split never). The case table's sentences in both.
SAMPLES = ("dev", "all-dev")


def dev_splits() -> list[str]:
    """The dev splits of tests/gold.py: ``dev`` and every ``devN`` a fixture folder's manifest names, in number order
    (["dev", "dev4", "dev5", …, "dev35"]); the ``heldout*`` splits are never read."""
    names = set()
    for manifest in (HERE / "fixtures").glob("corpus-real-*/manifest.jsonl"):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if line.strip() and re.fullmatch(r"dev[0-9]+", json.loads(line)["split"]):
                names.add(json.loads(line)["split"])
    return ["dev"] + sorted(names, key=lambda s: int(s[3:]))


def dev_pages(sample: str = "dev") -> list[Path]:
    """The files of the sample's dev pages (:data:`SAMPLES`), in tests/gold.py's order split by split."""
    if sample not in SAMPLES:
        raise ValueError(f"sample must be one of {', '.join(SAMPLES)}, not {sample!r}")
    sys.path.insert(0, str(HERE))
    import gold

    splits = ["dev"] if sample == "dev" else dev_splits()
    return [d / f for split in splits for d, f in gold.split_files(split)]


def sentences(limit_files: Optional[int] = None, sample: str = "dev") -> list[str]:
    """The real texts: the sample's dev pages (:data:`SAMPLES`) and the case table's sentences."""
    out = [p.read_text(encoding="utf-8") for p in dev_pages(sample)][:limit_files]
    for line in (HERE / "cases" / "references.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(json.loads(line)["text"])
    return out


def evaluate(
    classes=None, seed: int = 7, limit_files: Optional[int] = None, sample: str = "dev", share: float = 1.0
) -> dict[str, Tally]:
    """The tallies per class over the sample's references (``share``: the part of them each class perturbs, drawn per
    reference and class with ``seed``, for a sample too large to perturb whole on a loaded host)."""
    import vanban

    tallies = {c: Tally() for c in (classes or CLASSES)}
    for text in sentences(limit_files, sample):
        for r in vanban.find_references(text):
            if r.kind not in ("code", "short") or r.relation == "self":
                continue
            want = {name: _value(r, name) for name in FIELDS}
            for cls, tally in tallies.items():
                # (one generator per reference and class, seeded by them: a reference added or dropped elsewhere leaves
                # every other reference's perturbations as they were, so two versions of the code compare row by row)
                rng = random.Random(f"{seed}|{cls}|{r.start}|{text}")
                if share < 1.0 and random.Random(f"{seed}|share|{cls}|{r.start}|{text}").random() >= share:
                    continue
                for new, a, b in CLASSES[cls](text, r.start, r.end, rng):
                    found = vanban.find_references(new)
                    got = next((x for x in found if x.start < b and a < x.end and x.kind in ("code", "short")), None)
                    tally.n += 1
                    for name in FIELDS:
                        ok = got is not None and _value(got, name) == want[name]
                        tally.ok[name] += ok
                        if not ok:
                            shown = new[max(0, a - 30) : b + 10].replace("\n", "⏎")
                            tally.failures.append((name, shown, want[name], got and _value(got, name)))
    return tallies


def table(tallies: dict[str, Tally]) -> str:
    lines = [f"{'class':16s} {'n':>6s} " + " ".join(f"{f:>9s}" for f in FIELDS)]
    for cls, t in tallies.items():
        lines.append(f"{cls:16s} {t.n:6d} " + " ".join(f"{t.rate(f):9.3f}" for f in FIELDS))
    return "\n".join(lines)


#: the classes that damage a whole page when given its whole span (session 32's crash sweep: no exception since
#: scan.py's IndexError on "quy luat cua su nghiep", corpus-real-12/news-thinhvuong-listing-nqtw8-xiii-2023.txt without
#: its marks): "upper" puts the page in capitals, "ocr" makes one confusion of each kind somewhere in it
WHOLE_TEXT = ("no-diacritics", "stripped-letters", "upper", "nfd", "eth", "ocr", "partial-letters")


def whole_text(text: str, cls: str, seeds=(1, 2, 3)) -> list[str]:
    """The distinct texts the class makes of the whole of ``text``, under each seed (a class that draws nothing, as
    "nfd", gives one): ``whole_text("Kết luận số 93-KL/TW", "no-diacritics") == ["Ket luan so 93-KL/TW"]``."""
    out: list[str] = []
    for seed in seeds:
        for new, _, _ in CLASSES[cls](text, 0, len(text), random.Random(f"{seed}|{cls}|{text}")):
            if new != text and new not in out:
                out.append(new)
    return out


def _misplaced(text: str, refs, sections=()) -> Optional[str]:
    """The first reference whose span does not index ``text`` (its text is not ``text[start:end]``, or a field's span
    falls outside it), or section outside it; None when every span is in place."""
    n = len(text)
    for r in refs:
        if not (0 <= r.start <= r.end <= n and text[r.start : r.end] == r.text):
            return f"reference {r.start}:{r.end} {r.text!r} is not {text[r.start : r.end]!r}"
        for name in ("code_span", "date_span", "issuer_span"):
            span = getattr(r, name, None)
            if span is not None and not 0 <= span[0] <= span[1] <= n:
                return f"{name} {span} of {r.text!r} outside 0:{n}"
    for s in sections:
        if not 0 <= s.start <= s.end <= n:
            return f"section {s.label} {s.start}:{s.end} outside 0:{n}"
    return None


def sweep(paths, classes=WHOLE_TEXT, seeds=(1, 2, 3)) -> tuple[int, list[tuple[str, str, str]]]:
    """Every page under every whole-text class and seed through ``find_references`` and ``parse``: the number of texts
    read, and (page, class, problem) for each that raised or reported a span not indexing the damaged text."""
    import vanban

    n, problems = 0, []
    for path in paths:
        text = Path(path).read_text(encoding="utf-8")
        for cls in classes:
            for new in whole_text(text, cls, seeds):
                n += 1
                try:
                    doc = vanban.parse(new)
                    wrong = _misplaced(new, vanban.find_references(new)) or _misplaced(new, doc.references, doc.walk())
                except Exception as e:  # noqa: BLE001 (the sweep reports every exception, whatever its type)
                    wrong = f"{type(e).__name__}: {e}"
                if wrong:
                    problems.append((f"{Path(path).parent.name}/{Path(path).name}", cls, wrong))
    return n, problems


def _option(args: list[str], name: str, default: str) -> str:
    """The value after ``name`` in ``args`` (both taken out of them), or the default."""
    if name not in args:
        return default
    i = args.index(name)
    value = args[i + 1]
    del args[i : i + 2]
    return value


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent / "src"))
    args = [a for a in argv if a not in ("-v", "--sweep")]
    sample = _option(args, "--sample", "all-dev" if "--sweep" in argv else "dev")
    share = float(_option(args, "--share", "1"))
    if "--sweep" in argv:  # the pages of every dev split (or of --sample's) and corpus/'s texts
        pages = dev_pages(sample) + sorted((HERE.parent / "corpus").glob("*.txt"))
        n, problems = sweep(pages, args or WHOLE_TEXT)
        print(f"{len(pages)} pages, {n} damaged texts, {len(problems)} problems")
        for p in problems:
            print(*p, sep=" | ")
        return 1 if problems else 0
    tallies = evaluate(args or None, sample=sample, share=share)
    print(table(tallies))
    if "-v" in argv:
        for cls, t in tallies.items():
            for f in t.failures:
                print(cls, *f, sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
