from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
REAL = Path(__file__).resolve().parent / "fixtures" / "corpus-real"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_refs(seed_text):
    import vanban

    return vanban.find_references(seed_text)


def real(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")
