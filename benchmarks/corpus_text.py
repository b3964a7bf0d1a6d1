"""Realistic benchmark text: the bundled corpus and the real excerpts, as documents.

Documents are replicated until the total reaches the requested size; each keeps
its own text (find_references is called per document, as analysts do).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents(min_bytes: int = 4_000_000) -> list[str]:
    files = sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.md"))
    files += sorted((ROOT / "tests" / "fixtures" / "corpus-real").glob("*.txt"))
    base = [f.read_text(encoding="utf-8") for f in files]
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for d in base:
            out.append(d)
            size += len(d.encode("utf-8"))
    return out
