"""Where the test data lives (imported by the tests in every folder)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
REAL = Path(__file__).resolve().parent / "fixtures" / "corpus-real"
SHARED_REAL = ROOT.parent / "shared" / "corpus-real"


def real(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")
