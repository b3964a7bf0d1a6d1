"""The compound words of Vietnamese as pyvi's word segmenter knows them: its word list (``pyvi/models/words.txt`` of the
installed pyvi, a core dependency), the 25 415 of its words of two syllables or more ("cơ quan", "chính quyền", "dầu
khí", "thiểu số").

Read from the package's data file on first use, without importing pyvi (nor its CRF models: ``import vanban`` stays
light, tests/test_import.py); a missing or unreadable file gives no word.

>>> "cơ quan" in compound_words()
True
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

__all__ = ["compound_words"]


@cache
def compound_words() -> tuple[str, ...]:
    """The words of two syllables or more of pyvi's word list, in its order ("cơ quan", "tiến bộ", "Hà Nội")."""
    spec = find_spec("pyvi")
    if spec is None or not spec.submodule_search_locations:
        return ()
    path = Path(next(iter(spec.submodule_search_locations))) / "models" / "words.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ()
    return tuple(w for w in (line.strip() for line in lines) if " " in w)
