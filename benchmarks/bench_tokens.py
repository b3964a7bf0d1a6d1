"""Issue 15's floor for a scan around one tokenisation: the instructions of tokenising the benchmark's dense texts
once, beside today's type-word anchor, the scan and ``find_references`` (session 34's spike).

    python benchmarks/bench_tokens.py [--what fold tokens anchors scan ...] [--keep DIR]

The texts are bench_instructions.py's dense ones (bench_references.py's corpus, each distinct document once), read
as the scan reads them (cleaned, a stripped text restored). Each measure runs ``N`` and ``N + 2`` passes over them in
its own process under ``valgrind --tool=callgrind`` (``PYTHONHASHSEED=0``, after one warm-up pass); a pass is half the
difference, start-up cancelled, less the same of an empty pass (the loop's own cost). Prints the instructions a pass,
a MB of UTF-8 text and a reference (``find_references``'s count). The measures:

- ``fold``: :func:`vanban.text.fold` of each text (lower case, no marks, the length kept);
- ``tokens``: the folded text split into words and separators, a digit and a letter glued split too ("1Thông tư",
  "thị12"), and every word's offsets (one ``re.split``, ``itertools.accumulate`` of the lengths);
- ``tokens_lower``: the same and each word's lower-case form as written (one ``str.lower``, sliced by ``map``);
- ``finditer``: a match object a word (``\\w+``), its span, lower and folded forms (the naive form);
- ``words``: the folded words alone (``re.findall``), no offsets;
- ``first_syllables``: one regex over the folded text for the first syllables of the type words and the Party
  abbreviations (what a lazy tokenisation needs: a window tokenised only there);
- ``anchors``: today's ``Grammar.anchor`` pass (``_Parser.anchors``);
- ``scan``: :func:`vanban.references.scan.scan`; ``find``: :func:`vanban.find_references` of the raw text.

On 4f1360f (66 texts, 0.197 MB, 571 references; a pass, a MB, a reference): fold 10.32M / 52.5M / 18.1k, tokens
173.74M / 883.3M / 304.3k, tokens_lower 237.04M / 1205.2M / 415.1k, finditer 202.98M / 1032.0M / 355.5k, words 55.38M /
281.6M / 97.0k, first_syllables 79.82M / 405.8M / 139.8k, anchors 45.72M / 232.4M / 80.1k, scan 171.30M / 870.9M /
300.0k, find 418.53M / 2127.9M / 733.0k: a whole-text tokenisation by ``re`` costs more than today's anchor pass (a
regex match ~1,000 instructions), and the type words over the folded text more than the anchor, which leads by marked
letters (benchmarks/HISTORY.md, bench_tokens.py, session 34).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from itertools import accumulate
from pathlib import Path

from bench_instructions import per_pass, totals  # (the same counting: one copy, bench_instructions.py's)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WHAT = ("fold", "tokens", "tokens_lower", "finditer", "words", "first_syllables", "anchors", "scan", "find")
FIRST_PASSES = 1
#: the folded text's words and separators; a digit and a letter glued are two words ("1thong tu", "thi12")
SPLIT = re.compile(r"([^0-9a-z]+|(?<=[0-9])(?=[a-z])|(?<=[a-z])(?=[0-9]))")
WORD = re.compile(r"\w+")
FOLDED_WORD = re.compile(r"[0-9a-z]+")


def tokens(folded: str) -> tuple[list[str], list[str], list[int]]:
    """(words, separators, offsets) of a folded text: word i is ``folded[offs[2i]:offs[2i + 1]]``, separator i follows
    it (the text's first and last word may be empty).

    >>> tokens("thuc hien ke hoach so 25-kh/tu")
    (['thuc', 'hien', 'ke', 'hoach', 'so', '25', 'kh', 'tu'], [' ', ' ', ' ', ' ', ' ', '-', '/'], \
[0, 4, 5, 9, 10, 12, 13, 18, 19, 21, 22, 24, 25, 27, 28, 30])
    >>> tokens("1thong tu")[0]
    ['1', 'thong', 'tu']
    """
    parts = SPLIT.split(folded)
    return parts[0::2], parts[1::2], list(accumulate(map(len, parts), initial=0))


def _one(what: str):
    """The function measured: one text (as the scan reads it, and raw) -> anything."""
    from vanban.facts.lexicon import current
    from vanban.grammar import grammar
    from vanban.references.scan import _Parser, scan
    from vanban.text import fold, quality

    lex = current()
    g = grammar(lex, "exact")
    firsts = {fold(w).split()[0] for w in list(lex.type_words) + ["Văn bản"]} | {a.lower() for a in g.abbreviations}
    first_re = re.compile("(?<![a-z])(?:" + "|".join(sorted(firsts, key=lambda w: (-len(w), w))) + ")(?![a-z])")

    def anchors(work: str, raw: str):
        mode = "exact" if quality(work) == "ok" else "folded"
        return list(_Parser(grammar(lex, mode), lex, work if mode == "exact" else fold(work), work).anchors())

    def tokens_lower(work: str, raw: str):
        words, seps, offs = tokens(fold(work))
        low = work.lower()
        return words, seps, offs, list(map(low.__getitem__, map(slice, offs[0::2], offs[1::2])))

    def finditer(work: str, raw: str):
        low, f = work.lower(), fold(work)
        return [(m.start(), m.end(), low[m.start() : m.end()], f[m.start() : m.end()]) for m in WORD.finditer(work)]

    import vanban

    return {
        "nothing": lambda work, raw: None,
        "fold": lambda work, raw: fold(work),
        "tokens": lambda work, raw: tokens(fold(work)),
        "tokens_lower": tokens_lower,
        "finditer": finditer,
        "words": lambda work, raw: FOLDED_WORD.findall(fold(work)),
        "first_syllables": lambda work, raw: list(first_re.finditer(fold(work))),
        "anchors": anchors,
        "scan": lambda work, raw: scan(work, lex),
        "find": lambda work, raw: vanban.find_references(raw),
    }[what]


def run_passes(what: str, texts: str, n: int) -> None:
    """The measured child: ``n`` passes of ``what`` over the texts (after one warm-up pass)."""
    from vanban.facts.lexicon import current
    from vanban.references.stripped import restored_source
    from vanban.source import clean

    raw = json.loads(Path(texts).read_text())
    lex = current()
    works = [restored_source(clean(t), lex).text for t in raw]
    f = _one(what)
    for w, t in zip(works, raw):
        f(w, t)
    for _ in range(n):
        for w, t in zip(works, raw):
            f(w, t)


def measure(what: str, texts: Path, work: Path) -> float:
    """Instructions a pass of ``what`` (callgrind, N and N + 2 passes)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": "0"}
    counts = []
    for n in (FIRST_PASSES, FIRST_PASSES + 2):
        out = work / f"{what}-{n}.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, str(Path(__file__).resolve())]
        subprocess.run(cmd + ["--run", what, str(texts), str(n)], env=env, check=True, capture_output=True)
        counts.append(totals(out.read_text(errors="replace")))
    return per_pass(*counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--what", nargs="+", choices=WHAT, default=list(WHAT), help="what to measure")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (texts, callgrind files)")
    ap.add_argument("--run", nargs=3, metavar=("WHAT", "TEXTS", "N"), help=argparse.SUPPRESS)  # (the measured child)
    a = ap.parse_args(argv)
    if a.run:
        run_passes(a.run[0], a.run[1], int(a.run[2]))
        return 0
    sys.path.insert(0, str(HERE))
    from corpus_text import documents

    import vanban

    dense = list(dict.fromkeys(documents(1)))
    refs = sum(len(vanban.find_references(d)) for d in dense)
    mb = sum(len(d.encode("utf-8")) for d in dense) / 1e6
    work = a.keep or Path(tempfile.mkdtemp(prefix="bench-tokens-"))
    work.mkdir(parents=True, exist_ok=True)
    texts = work / "dense.json"
    texts.write_text(json.dumps(dense))
    empty = measure("nothing", texts, work)
    print(f"{len(dense)} texts, {mb:.3f} MB, {refs} references; an empty pass {empty / 1e6:.2f}M (taken off)")
    print(f"{'':16s}{'a pass':>12s}{'a MB':>12s}{'a reference':>14s}")
    for what in a.what:
        net = measure(what, texts, work) - empty
        print(f"{what:16s}{net / 1e6:>11.2f}M{net / mb / 1e6:>11.1f}M{net / refs / 1e3:>13.1f}k", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
