"""Realistic benchmark text: the bundled corpus and the real excerpts, as documents.

Documents are replicated until the total reaches the requested size; each keeps
its own text (find_references is called per document, as analysts do).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def documents(min_bytes: int = 4_000_000, root: Path = ROOT) -> list[str]:
    """The texts of ``root``'s corpus and real excerpts, repeated until they hold ``min_bytes`` (UTF-8).

    >>> documents(min_bytes=1, root=Path("/no/such/folder"))
    Traceback (most recent call last):
    FileNotFoundError: no corpus text under /no/such/folder (corpus/*.txt, corpus/*.md, tests/fixtures/corpus-real/*.txt)
    """
    files = sorted((root / "corpus").glob("*.txt")) + sorted((root / "corpus").glob("*.md"))
    files += sorted((root / "tests" / "fixtures" / "corpus-real").glob("*.txt"))
    base = [f.read_text(encoding="utf-8") for f in files]
    if not any(base):  # (no file, or only empty ones: repeating them would never reach min_bytes)
        raise FileNotFoundError(f"no corpus text under {root} (corpus/*.txt, corpus/*.md, tests/fixtures/corpus-real/*.txt)")
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for d in base:
            out.append(d)
            size += len(d.encode("utf-8"))
    return out
