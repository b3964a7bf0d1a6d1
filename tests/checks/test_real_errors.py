"""The citation errors labelled in the real data (the ``error`` field of gold_refs.jsonl in both
fixture folders; corpus-real-2/errors.md): each flagged by the rule that matches its kind, and no
error-level finding on a correct citation.

Run ``python tests/checks/test_real_errors.py`` for the table of flagged rates per kind.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import vanban  # noqa: E402

FIXTURES = HERE.parent / "fixtures"

#: kind of error -> (how its label describes it, the rules that flag that kind). A label may be of several kinds
#: ("party code in state-document order and wrong issuer"); each must be flagged.
KINDS: dict[str, tuple[str, frozenset[str]]] = {
    "malformed code": (
        r"separator|state-document order|malformed|space instead|mis-cased|incomplete code|\"TƯ\"",
        frozenset({"malformed-code"}),
    ),
    "issuer against code": (
        r"suffix \"(?!TƯ)[^\"]+\".*(Tỉnh ủy|Ban Thường vụ|Bộ Chính trị)|code/issuer mismatch",
        frozenset({"issuer-code-mismatch"}),
    ),
    "type word against code": (r"type/code mismatch", frozenset({"type-code-mismatch"})),
    "wrong issuer of a known document": (r"wrong issuer", frozenset({"registry-issuer"})),
    "wrong date of a known document": (r"wrong date", frozenset({"registry-date"})),
    "wrong type word of a known document": (r"wrong type word", frozenset({"registry-type"})),
    "wrong term": (r"wrong term", frozenset({"registry-term", "date-term-mismatch"})),
    "dated after the citing document": (r"later than the citing document", frozenset({"chronology"})),
    "abbreviation inconsistent in the text": (r"type abbreviation written .* later", frozenset({"code-variant"})),
    "doubled words": (r"doubled", frozenset({"doubled-word"})),
    "issuer cut short": (r"issuer truncated", frozenset({"issuer-incomplete"})),
    "missing space": (r"missing space", frozenset({"missing-space"})),
}

#: labelled errors no rule can flag because the finder reads no reference there (a job for references/)
KNOWN_MISSES: dict[tuple[str, int], str] = {}  # (file, start) -> why the finder cannot read it


def kinds_of(label: str) -> list[str]:
    return [k for k, (pattern, _) in KINDS.items() if re.search(pattern, label)]


def labelled() -> list[tuple[str, Path, dict]]:
    out = []
    for folder in ("corpus-real", "corpus-real-2"):
        for line in (FIXTURES / folder / "gold_refs.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            out.append((folder, FIXTURES / folder / g["file"], g))
    return out


def _near(f, g, kind: str) -> bool:
    # a doubled lead ("Thực hiện Thực hiện Chỉ thị …") stands just before the citation it leads
    lo = g["start"] - 2 if kind == "doubled words" else g["start"]
    return f.start < g["end"] and lo < f.end


def measure() -> dict:
    """Per kind: labels, flagged, missed (with where); the error-level findings on correct citations."""
    gold = labelled()
    by_file: dict[Path, list[dict]] = defaultdict(list)
    for _folder, path, g in gold:
        by_file[path].append(g)
    out = {"kinds": {k: {"labels": 0, "flagged": 0, "missed": []} for k in KINDS}, "unkinded": [], "false_errors": []}
    out["labels"] = sum(1 for _f, _p, g in gold if g.get("error"))
    for path, mentions in sorted(by_file.items()):
        doc = vanban.read(path)
        errors = [g for g in mentions if g.get("error")]
        for g in errors:
            ks = kinds_of(g["error"])
            if not ks:
                out["unkinded"].append((path.name, g["error"]))
            for k in ks:
                row = out["kinds"][k]
                row["labels"] += 1
                if any(f.rule in KINDS[k][1] and _near(f, g, k) for f in doc.findings):
                    row["flagged"] += 1
                elif (path.name, g["start"]) not in KNOWN_MISSES:
                    row["missed"].append((path.name, g["surface"]))
                else:
                    row["known"] = row.get("known", 0) + 1
        for f in doc.findings:
            if f.severity == "error" and not any(f.start < g["end"] and g["start"] < f.end for g in errors):
                out["false_errors"].append((path.name, f.rule, doc.text[f.start : f.end]))
    return out


def table(res: dict) -> str:
    lines = [f"{'kind':40s} {'labels':>6s} {'flagged':>7s} {'rate':>6s}"]
    for k, v in res["kinds"].items():
        if v["labels"]:
            lines.append(f"{k:40s} {v['labels']:6d} {v['flagged']:7d} {v['flagged'] / v['labels']:6.2f}")
    n = sum(v["labels"] for v in res["kinds"].values())
    hit = sum(v["flagged"] for v in res["kinds"].values())
    lines.append(f"{'all kinds':40s} {n:6d} {hit:7d} {hit / n:6.2f}   ({res['labels']} labelled errors, some of two kinds)")
    lines.append(f"error-level findings on correct citations: {len(res['false_errors'])}")
    return "\n".join(lines)


def test_every_labelled_error_is_flagged_by_its_rule_and_no_correct_citation_gets_an_error():
    res = measure()
    print("\n" + table(res))
    assert not res["unkinded"], res["unkinded"]
    assert res["labels"] >= 30
    for kind, v in res["kinds"].items():
        assert not v["missed"], (kind, v["missed"])
    assert sum(v.get("known", 0) for v in res["kinds"].values()) == len(KNOWN_MISSES)
    assert res["false_errors"] == []


if __name__ == "__main__":
    print(table(measure()))
