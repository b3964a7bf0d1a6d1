from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))  # paths, gold, inject, fixtures for the tests in every folder

from paths import REAL, ROOT, SEED, real  # noqa: E402

__all__ = ["ROOT", "SEED", "REAL", "real"]

#: fixtures are data (and the labellers' own check scripts, run by hand), not test modules
collect_ignore_glob = ["fixtures/*"]


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch):
    """Every test starts without ``COLUMNS``/``LINES``: the command line cuts its tables to ``COLUMNS``, and a pytest-xdist
    worker has COLUMNS=80 and LINES=24 in its environment (so has a shell that exports them): under ``-n 2``
    test_an_unreadable_file_is_named_and_the_others_are_printed got "70–122  Kết luận  93-KL/TW  2020-11-…" without
    "93-KL/TW#XII". A test about the width sets it (``monkeypatch.setenv("COLUMNS", "100")``)."""
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)


@pytest.fixture(scope="module")
def corpus():
    """The corpus/ folder read (26 documents), one per test module (its tests may change it)."""
    import vanban

    return vanban.Corpus.from_dir(ROOT / "corpus", progress=False)


@pytest.fixture(scope="module")
def G(corpus):
    """The cascade graph of :func:`corpus`."""
    return corpus.graph()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_refs(seed_text):
    import vanban

    return vanban.find_references(seed_text)
