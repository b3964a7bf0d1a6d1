"""What pyvi word segmentation buys when matching a citation's subject to titles.

For every reference of the bundled corpus that has a subject ("về …") and cites a
central document with a known title (a central document of the corpus, or an
entry of the registry), rank all those titles by similarity to the subject and
count how often the right one comes first, with pyvi words and with plain
syllables; time both. (Local plans are left out: their titles are all "thực hiện
Kết luận số 93-KL/TW …", a subject cannot tell them apart.)

    python benchmarks/bench_similar.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    import vanban
    from vanban.similar import similar_titles, words

    corpus = vanban.Corpus.from_dir(ROOT / "corpus", progress=False)
    G = corpus.graph()
    titles: dict[str, str] = {}
    for n, a in G.nodes(data=True):
        if a.get("level") == "central" and a.get("title"):
            titles[n] = a["title"]
    for k in vanban.Lexicon.default().registry:
        key = f"{k.code}#{k.term}" if k.code.endswith("/TW") else k.code
        if k.subject and key not in titles:
            titles[key] = k.subject
    keys = list(titles)
    pairs = []
    for d in corpus.documents:
        for r in d.references:
            t = r.target.key
            if r.subject and t in titles and len(r.subject) > 20:
                pairs.append((r.subject, keys.index(t)))
    print(f"{len(pairs)} subjects to match against {len(keys)} titles")
    for pyvi in (False, True):
        words.cache_clear()
        t0 = time.perf_counter()
        hits = sum(similar_titles(q, [titles[k] for k in keys], k=1, pyvi=pyvi)[0][0] == i for q, i in pairs)
        dt = time.perf_counter() - t0
        print(
            f"{'pyvi words' if pyvi else 'syllables '}: top-1 {hits}/{len(pairs)} = {hits / len(pairs):.3f}   {dt:.2f} "
            f"s ({dt / len(pairs) * 1000:.1f} ms per query)"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    main()
