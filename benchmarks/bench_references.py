"""Speed of vanban.find_references on >= 4 MB of realistic text, next to
(a) one bare ``re.finditer`` pass for the type words over the same documents and
(b) ``spacy.blank("vi")`` (word segmentation by pyvi) over the same documents.

    python benchmarks/bench_references.py [--mb 4] [--spacy-mb 4]

Prints MB/s for each and the ratios; all three run in the same process, one after
the other, on the same list of documents.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_text import documents  # noqa: E402


def mb(docs) -> float:
    return sum(len(d.encode("utf-8")) for d in docs) / 1e6


def timed(fn, docs) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for d in docs:
        n += fn(d)
    return time.perf_counter() - t0, n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--spacy-mb", type=float, default=None, help="text for spaCy (default: the same as --mb)")
    args = ap.parse_args()
    import vanban

    docs = documents(int(args.mb * 1e6))
    size = mb(docs)
    vanban.find_references(docs[0])  # compile the grammar, load tables and gazetteer once

    names = sorted({t.name for t in vanban.Lexicon.default().doc_types}, key=len, reverse=True)
    bare = re.compile("|".join(map(re.escape, names)))
    bare_i = re.compile("|".join(map(re.escape, names)), re.IGNORECASE)

    t_bare, n_bare = timed(lambda d: sum(1 for _ in bare.finditer(d)), docs)
    t_bare_i, _ = timed(lambda d: sum(1 for _ in bare_i.finditer(d)), docs)
    t_vb, n_vb = timed(lambda d: len(vanban.find_references(d)), docs)

    print(f"text: {len(docs)} documents, {size:.2f} MB")
    print(f"(a)  re.finditer, type words          {size / t_bare:8.1f} MB/s  ({n_bare} hits)")
    print(f"(a') re.finditer, type words, IGNORECASE {size / t_bare_i:5.1f} MB/s")
    print(f"     vanban.find_references            {size / t_vb:8.2f} MB/s  ({n_vb} references, {n_vb / size:.0f}/MB)")
    print(f"     ratio to (a):  {t_vb / t_bare:6.1f}x slower   (goal: within 4x)")
    print(f"     ratio to (a'): {t_vb / t_bare_i:6.2f}x")

    import spacy

    nlp = spacy.blank("vi")
    sdocs = docs if args.spacy_mb is None else documents(int(args.spacy_mb * 1e6))
    nlp(sdocs[0])
    t_sp, n_tok = timed(lambda d: len(nlp(d)), sdocs)
    ssize = mb(sdocs)
    sp_rate = ssize / t_sp
    print(f"(b)  spacy.blank('vi') + pyvi           {sp_rate:8.2f} MB/s  ({n_tok} tokens over {ssize:.2f} MB)")
    print(f"     vanban is {size / t_vb / sp_rate:6.1f}x faster than (b)   (goal: >= 100x)")


if __name__ == "__main__":
    main()
