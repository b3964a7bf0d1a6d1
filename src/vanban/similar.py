"""Matching subjects and titles, with Vietnamese word segmentation by pyvi.

A citation's subject ("về tiếp tục xây dựng và phát huy vai trò của đội ngũ trí
thức …") names a document as well as its number does. ``similar_titles`` ranks
candidate titles by TF-IDF cosine over words: with pyvi the words are Vietnamese
words (``đội_ngũ``, ``trí_thức``), without it syllables and syllable pairs.
pyvi is loaded on first use (about a second) and is the slower path: keywords
use it (multi-syllable words make better keywords), title matching does not by
default (``benchmarks/bench_similar.py``: no gain in accuracy, 20x the time).

Example::

    >>> titles = ["chuẩn mực đạo đức cách mạng", "xây dựng đội ngũ trí thức trong thời kỳ mới"]
    >>> similar_titles("xây dựng đội ngũ trí thức", titles)[0][0]
    1
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence

from .facts.tables import load_vocabulary
from .text import fold

__all__ = ["words", "keywords", "similar_titles"]

# words that say nothing about what a title is about
_STOP = frozenset(w.phrase for w in load_vocabulary() if w.list == "stop_word")
_TOKEN = re.compile(r"[\w]+", re.UNICODE)


@lru_cache(maxsize=1)
def _vi_tokenizer():
    from pyvi import ViTokenizer

    return ViTokenizer


@lru_cache(maxsize=20000)
def words(text: str, pyvi: bool = True) -> tuple[str, ...]:
    """Content words of a text, folded: with pyvi "đội_ngũ trí_thức", else syllables
    and syllable pairs ("doi ngu", "ngu tri", …)."""
    text = " ".join(text.split())
    if pyvi:
        toks = _vi_tokenizer().tokenize(text).split()
        out = []
        for t in toks:
            parts = [p for p in t.split("_") if p]
            if not parts or all(p.lower() in _STOP for p in parts) or not any(ch.isalpha() for ch in t):
                continue
            out.append(fold("_".join(parts)))
        return tuple(out)
    syl = [fold(s) for s in _TOKEN.findall(text) if s.lower() not in _STOP and any(ch.isalpha() for ch in s)]
    return tuple(syl + [f"{a}_{b}" for a, b in zip(syl, syl[1:])])


def keywords(text: str, k: int = 10, pyvi: bool = True) -> list[str]:
    """The most frequent content words of a text (multi-syllable words first on ties)."""
    c = Counter(words(text, pyvi))
    return [w for w, _ in sorted(c.items(), key=lambda x: (-x[1], -x[0].count("_"), x[0]))[:k]]


def _tfidf(docs: Sequence[tuple[str, ...]]) -> tuple[list[dict[str, float]], dict[str, float]]:
    df = Counter(w for d in docs for w in set(d))
    n = len(docs)
    idf = {w: math.log((1 + n) / (1 + c)) + 1.0 for w, c in df.items()}
    vecs = []
    for d in docs:
        tf = Counter(d)
        v = {w: c * idf[w] for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    return vecs, idf


def similar_titles(query: str, titles: Iterable[str], k: int = 5, pyvi: bool = False) -> list[tuple[int, float]]:
    """``(index, score)`` of the ``k`` titles most similar to ``query``, best first
    (cosine of TF-IDF weighted words, between 0 and 1).

    Syllables and syllable pairs by default: on the bundled corpus they match
    subjects to central documents as well as pyvi words do (top-1 0.98 both) at a
    twentieth of the cost (benchmarks/bench_similar.py); ``pyvi=True`` segments words.
    """
    titles = list(titles)
    docs = [words(t or "", pyvi) for t in titles]
    vecs, idf = _tfidf(docs)
    q = Counter(words(query, pyvi))
    qv = {w: c * idf.get(w, math.log(1 + len(docs)) + 1.0) for w, c in q.items()}
    qn = math.sqrt(sum(x * x for x in qv.values())) or 1.0
    scores = [(i, sum(qv.get(w, 0.0) * x for w, x in v.items()) / qn) for i, v in enumerate(vecs)]
    scores.sort(key=lambda x: -x[1])
    return [s for s in scores[:k] if s[1] > 0]
