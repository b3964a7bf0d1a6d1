"""Paths and file helpers shared by the registry scripts (standard library only).

The evidence lives in ``data/registry/`` (compressed JSON lines), the product in
``src/vanban/facts/data/`` (``known_documents.csv`` and ``not_found.jsonl``).
``data/registry/README.md`` says how the pieces fit.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "registry"
PACKAGE_DATA = ROOT / "src" / "vanban" / "facts" / "data"
FIXTURES = ROOT / "tests" / "fixtures"

RAW = DATA / "raw.jsonl.gz"  # one saved search per line: {"id", "query", "corpus", "results": [{"url", "excerpt"}]}
FACTS = DATA / "facts.jsonl.gz"  # one fact per line: code, type, date, issuer, title, raw id, url, verbatim quote
ROWS = DATA / "rows.jsonl.gz"  # one curated row per document, with its evidence quotes
OVERRIDES = DATA / "overrides.json"  # curator notes and decisions, keyed "code@date" or "code@term"
LEGACY = DATA / "legacy_known_documents.csv"  # the project's registry before the search (its rows are merged)
NARRATIVE = DATA / "NOTES.narrative.md"
NOTES = DATA / "NOTES.md"
REGISTRY = PACKAGE_DATA / "known_documents.csv"
NOT_FOUND = PACKAGE_DATA / "not_found.jsonl"
TERMS = PACKAGE_DATA / "terms.csv"


def nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def read_jsonl(path: Path) -> list[dict]:
    """The objects of a JSON-lines file, plain or gzip-compressed (by suffix)."""
    if not path.exists():
        return []
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, items: Iterable[dict]) -> None:
    """Write JSON lines; a ``.gz`` file is written byte-for-byte reproducibly (no timestamp)."""
    text = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items)
    if path.suffix != ".gz":
        path.write_text(text, encoding="utf-8")
        return
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    path.write_bytes(buf.getvalue())


def append_jsonl(path: Path, items: Iterable[dict]) -> None:
    write_jsonl(path, read_jsonl(path) + list(items))


def raw_searches() -> dict[str, dict]:
    """Saved search results by id ("0001" …)."""
    return {r["id"]: r for r in read_jsonl(RAW)}


def fact(code: str, doc_type: str, date: str, issuer: str, title: str, raw: str, url: Optional[str], quote: str) -> dict:
    """One fact as ``facts.jsonl.gz`` keeps it, from the fields the add scripts read ("-" for none)."""
    return {
        "code": code,
        "doc_type": doc_type,
        "date": None if date == "-" else date,
        "issuer": None if issuer == "-" else issuer,
        "title": None if title == "-" else title,
        "raw": raw,
        "url": url,
        "quote": quote,
        "quote_ok": True,
    }


def fixture_url(name: str) -> Optional[str]:
    """The page URL of a real excerpt in tests/fixtures ("corpus-real-2/x.txt" or a bare file name)."""
    folder, _, file = name.rpartition("/")
    for d in [folder] if folder else ["corpus-real", "corpus-real-2"]:
        manifest = FIXTURES / d / "manifest.jsonl"
        for m in read_jsonl(manifest):
            if m["file"] == file:
                return m.get("url")
    return None


# --- terms, read from the package's terms.csv (the same table the library uses) ---------------------------


def _terms() -> list[dict]:
    with open(TERMS, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def term_for(date: Optional[str], body: str = "party") -> Optional[str]:
    """The term (khóa) a yyyy-mm-dd date falls in, for "party" (central committee) or "assembly"."""
    if not date:
        return None
    for t in _terms():
        if t["body"] == body and t["start"] <= date and (not t["end"] or date <= t["end"]):
            return t["term"]
    return None


_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out
