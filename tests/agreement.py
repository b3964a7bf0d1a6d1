"""Agreement of a second reader's labels (tests/fixtures/agreement) with the gold, and of vanban with both.

Run ``python tests/agreement.py``; the matching is :func:`gold.score_file`'s (overlapping spans, codes agreeing when both
have one, self-mentions aside, issuers in canonical spelling).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).parent))

import gold  # noqa: E402

HERE = Path(__file__).parent / "fixtures" / "agreement"


def as_refs(mentions: list[dict]) -> list[SimpleNamespace]:
    """Labelled mentions as predictions: the fields :func:`gold.score_file` reads (a year-only date as ``year``)."""
    out = []
    for m in mentions:
        d = m.get("date")
        full = d is not None and len(d) == 10
        out.append(
            SimpleNamespace(
                start=m["start"],
                end=m["end"],
                text=m["surface"],
                code=m.get("code"),
                issuer=m.get("issuer"),
                relation=m["relation"],
                date=dt.date.fromisoformat(d) if full else None,
                year=int(d[:4]) if d and not full else None,
            )
        )
    return out


def sample() -> list[tuple[str, Path, str]]:
    """(group, directory, file) of the relabelled pages."""
    rows = [line.split("\t") for line in (HERE / "sample.tsv").read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(g, gold.HERE / "fixtures" / d, f) for g, d, f, *_ in rows]


def scores() -> dict[tuple[str, str], gold.Score]:
    """(comparison, group) -> score, for "reader vs gold", "vanban vs gold", "vanban vs reader"; groups and "all"."""
    import vanban

    relabel: dict[str, list[dict]] = {}
    for line in (HERE / "relabel.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            m = json.loads(line)
            relabel.setdefault(m["file"], []).append(m)
    out: dict[tuple[str, str], gold.Score] = {}
    golds = {}
    for group, directory, name in sample():
        golds.setdefault(directory, gold.load_gold(directory))
        g, mine = golds[directory].get(name, []), relabel.get(name, [])
        refs = vanban.find_references((directory / name).read_text(encoding="utf-8"))
        for what, ref, pred in (
            ("reader vs gold", g, as_refs(mine)),
            ("vanban vs gold", g, refs),
            ("vanban vs reader", mine, refs),
        ):
            for grp in (group, "all"):
                gold.score_file(out.setdefault((what, grp), gold.Score()), name, ref, pred)
    return out


if __name__ == "__main__":
    for (what, group), s in sorted(scores().items()):
        print(f"{what:17} {group:7} " + gold.report(s, details=False).splitlines()[-1])
