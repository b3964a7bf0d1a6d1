"""Speed of vanban.find_references on >= 4 MB of realistic text, next to
(a) one bare ``re.finditer`` pass for the type words over the same documents and
(b) ``spacy.blank("vi")`` (word segmentation by pyvi) over the same documents.

    python benchmarks/bench_references.py [--mb 4] [--spacy-mb 4] [--runs 3] [--no-spacy]

Prints MB/s for each and the ratios; all three run in the same process, one after
the other, on the same list of documents. The issue-15 figures come first, for two
texts: ``dense`` (the real documents, ~2,800 references per MB) and ``sparse`` (the
same documents with every citation but the first of each cut out, as prose that
mentions few documents): the wall-time ratio of find_references to the bare pass
(a) over the same text (goals: within 20x dense, 6x sparse) and microseconds per
reference on dense text (goal: <= 60). With ``--runs N`` each figure is measured N
times, interleaved, and the median is printed with the spread.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from statistics import median

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


def sparse(docs: list[str]) -> list[str]:
    """Each document with every citation but its first cut out (computed once per distinct text)."""
    import vanban

    cut: dict[str, str] = {}
    for d in docs:
        if d not in cut:
            t = d
            for r in sorted(vanban.find_references(d), key=lambda r: -r.start)[:-1]:
                t = t[: r.start] + t[r.end :]
            cut[d] = t
    return [cut[d] for d in docs]


def floor_ratios(docs: list[str], bare, runs: int) -> None:
    """The issue-15 figures: ratio to the bare pass, dense and sparse, and µs per reference."""
    import vanban

    texts = {"dense": docs, "sparse": sparse(docs)}
    got: dict[str, list[tuple[float, float, int]]] = {k: [] for k in texts}
    for _ in range(runs):
        for name, ds in texts.items():
            t_bare, _ = timed(lambda d: sum(1 for _ in bare.finditer(d)), ds)
            t_vb, n = timed(lambda d: len(vanban.find_references(d)), ds)
            got[name].append((t_vb / t_bare, t_vb, n))
    for name, rows in got.items():
        ratios = sorted(r for r, _, _ in rows)
        us = sorted(t / n * 1e6 for _, t, n in rows)
        size, n = mb(texts[name]), rows[0][2]
        print(
            f"{name:6s} {size:5.2f} MB {n:6d} refs ({n / size:5.0f}/MB)  ratio to (a) {median(ratios):6.1f}x "
            f"[{ratios[0]:.1f}-{ratios[-1]:.1f}]  {median(us):6.1f} µs/ref [{us[0]:.1f}-{us[-1]:.1f}]  "
            f"{size / median([t for _, t, _ in rows]):5.2f} MB/s"
        )
    print("goals: dense within 20x, sparse within 6x, dense <= 60 µs/ref")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=4.0)
    ap.add_argument("--spacy-mb", type=float, default=None, help="text for spaCy (default: the same as --mb)")
    ap.add_argument("--runs", type=int, default=1, help="repeat the issue-15 figures, print medians")
    ap.add_argument("--no-spacy", action="store_true")
    args = ap.parse_args()
    import vanban

    docs = documents(int(args.mb * 1e6))
    size = mb(docs)
    vanban.find_references(docs[0])  # compile the grammar, load tables and gazetteer once

    names = sorted({t.name for t in vanban.Lexicon.default().doc_types}, key=len, reverse=True)
    bare = re.compile("|".join(map(re.escape, names)))
    bare_i = re.compile("|".join(map(re.escape, names)), re.IGNORECASE)
    floor_ratios(docs, bare, args.runs)

    t_bare, n_bare = timed(lambda d: sum(1 for _ in bare.finditer(d)), docs)
    t_bare_i, _ = timed(lambda d: sum(1 for _ in bare_i.finditer(d)), docs)
    t_vb, n_vb = timed(lambda d: len(vanban.find_references(d)), docs)

    print(f"text: {len(docs)} documents, {size:.2f} MB")
    print(f"(a)  re.finditer, type words          {size / t_bare:8.1f} MB/s  ({n_bare} hits)")
    print(f"(a') re.finditer, type words, IGNORECASE {size / t_bare_i:5.1f} MB/s")
    print(f"     vanban.find_references            {size / t_vb:8.2f} MB/s  ({n_vb} references, {n_vb / size:.0f}/MB)")
    print(f"     ratio to (a):  {t_vb / t_bare:6.1f}x slower   (goal: within 4x)")
    print(f"     ratio to (a'): {t_vb / t_bare_i:6.2f}x")
    if args.no_spacy:
        return

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
