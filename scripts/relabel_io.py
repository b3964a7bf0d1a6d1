"""What the three relabel scripts of session 49 share: the batches' folders, their JSON-lines files, a manifest line's
count and the expected edges a removed row carried.

The scripts (``relabel_a37.py``, ``relabel_owners.py``, ``relabel_owners_rel.py``) relabel every batch of
``tests/fixtures/corpus-real-*`` by a written decision (DECISIONS.md D21 …); each finds its own forms and writes its
own log, and reads and writes the files through these.

>>> batch_number(FIXTURES / "corpus-real-12"), batch_number(FIXTURES / "corpus-real")
(12, 0)
>>> count_line('{"file": "kh-25.txt", "gold_refs": 7, "split": "dev12"}', 2)
'{"file": "kh-25.txt", "gold_refs": 5, "split": "dev12"}'
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"


def jsonl_lines(path: Path) -> list[str]:
    """The non-blank lines of a JSON-lines file, as written (a row the script does not change is kept byte for byte)."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def batch_number(folder: Path) -> int:
    """corpus-real (the owners') first, then corpus-real-2, -3, … in order."""
    tail = folder.name.rpartition("-")[2]
    return int(tail) if tail.isdigit() else 0


def count_line(line: str, drop: int) -> str:
    """The manifest line with its ``"gold_refs": N`` lowered by ``drop`` (the rest of the line as it was)."""
    return re.sub(r'"gold_refs": (\d+)', lambda m: f'"gold_refs": {int(m.group(1)) - drop}', line, count=1)


def drop_edges(folder: Path, removed: list[dict]) -> int:
    """Drop an expected edge that stands on removed rows alone (its target's label is such a row's surface on every
    page of its evidence); the number dropped."""
    path = folder / "expected_edges.jsonl"
    if not path.exists() or not removed:
        return 0
    gone = {(row["file"], " ".join(row["surface"].split())) for row in removed}
    lines = jsonl_lines(path)
    out = []
    for line in lines:
        edge = json.loads(line)
        label = " ".join((edge["to"].get("label") or "").split())
        if not (label and all((f, label) in gone for f in edge["evidence"])):
            out.append(line)
    if len(out) != len(lines):
        path.write_text("".join(line + "\n" for line in out), encoding="utf-8")
    return len(lines) - len(out)
