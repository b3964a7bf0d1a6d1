"""Means of ``tests/gold.py``'s figures by group of splits, and the README's gold table rewritten from them.

``python tests/gold.py > GOLD`` prints each split's figures ("== dev4", "matched 105, missed 3, spurious 0",
"precision 1.000  recall 0.972  date 0.990  issuer 0.933  relation 0.971"); this reads such outputs (the standard
library only: no split is scored again, no held-out sentence is read):

    python tests/gold_means.py GOLD                 # the means of P, R, F1, dates, issuers, relations per group
    python tests/gold_means.py BASE HEAD            # the same for both, the change (Δ) and the splits that changed
    python tests/gold_means.py --table README.md GOLD [--write]

The groups are ``dev<=20`` (dev, dev4 … dev20), ``held<=20`` (heldout, heldout2, heldout4 … heldout20), ``all dev``
and ``all held``, from :data:`gold.DEV_SPLITS` and :data:`gold.HELDOUT_SPLITS`; a split's F1 is computed from its P and
R, then averaged (a mean of F1s, not the F1 of the means). Example, dev (P 0.984, R 0.989) and dev4 (P 1.000, R 0.972)
at the end of session 36::

    dev<=20   ( 2) P 0.9920 R 0.9805 F1 0.9861 dates 0.9935 iss 0.9515 rel 0.9470

``--table`` prints the rows of README.md's gold table ("| dev4 (tuned on; corpus-real-4, …) | 22 | 108 | 1.000 | …")
whose figures GOLD changes, as they would be written: mentions (matched + missed), precision, recall, dates, issuers
and relations from GOLD, each row's label and pages as they are; ``--write`` rewrites them in the file.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import DEV_SPLITS, HELDOUT_SPLITS  # noqa: E402

__all__ = ["Figures", "parse", "groups", "mean", "means_report", "table_rows", "rewrite_table", "main"]

_COUNTS = re.compile(r"matched (\d+), missed (\d+), spurious (\d+)")
_RATES = re.compile(r"precision ([\d.]+)\s+recall ([\d.]+)\s+date ([\d.]+)\s+issuer ([\d.]+)\s+relation ([\d.]+)")

USAGE = "usage: gold_means.py GOLD [GOLD2] | gold_means.py --table README.md GOLD [--write]"

#: the figures averaged, in the order they are printed
KEYS = ("P", "R", "F1", "dates", "iss", "rel")


@dataclass(frozen=True)
class Figures:
    """One split's figures as gold.py prints them ("matched 105, missed 3, spurious 0" and the rates, 3 decimals)."""

    matched: int
    missed: int
    spurious: int
    P: float
    R: float
    dates: float
    iss: float
    rel: float

    @property
    def F1(self) -> float:
        return 2 * self.P * self.R / (self.P + self.R) if self.P + self.R else 0.0

    @property
    def mentions(self) -> int:
        """The gold mentions of the split, self-mentions aside: matched and missed."""
        return self.matched + self.missed

    def rates(self) -> tuple[float, ...]:
        return tuple(getattr(self, k) for k in KEYS)


def parse(text: str) -> dict[str, Figures]:
    """split -> its figures, in the order of the output (a split's misses and wrong fields, if printed, are skipped)."""
    out: dict[str, Figures] = {}
    split, counts = None, (0, 0, 0)
    for line in text.splitlines():
        if line.startswith("== "):
            split, counts = line[3:].strip(), (0, 0, 0)
        elif split and (m := _COUNTS.search(line)):
            counts = tuple(map(int, m.groups()))
        elif split and (m := _RATES.search(line)):
            out[split] = Figures(*counts, *map(float, m.groups()))
    return out


def _number(split: str, prefix: str) -> int | None:
    """The set a split is of: "dev4" 4, "heldout2" 2; "dev" and "heldout" the first (1)."""
    tail = split[len(prefix) :]
    return int(tail) if tail.isdigit() else 1 if tail == "" else None


def groups(splits) -> dict[str, list[str]]:
    """The groups of the splits present in ``splits``, in gold.py's order: dev<=20, held<=20, all dev, all held."""
    present = set(splits)
    dev = [s for s in DEV_SPLITS if s in present]
    held = [s for s in HELDOUT_SPLITS if s in present]
    early = lambda ss, prefix: [s for s in ss if (n := _number(s, prefix)) is not None and n <= 20]  # noqa: E731
    return {"dev<=20": early(dev, "dev"), "held<=20": early(held, "heldout"), "all dev": dev, "all held": held}


def mean(figures: dict[str, Figures], splits) -> tuple[dict[str, float] | None, int]:
    """The mean of each of :data:`KEYS` over the splits of ``splits`` that ``figures`` has, and how many they are."""
    have = [figures[s] for s in splits if s in figures]
    if not have:
        return None, 0
    return {k: sum(getattr(f, k) for f in have) / len(have) for k in KEYS}, len(have)


def _line(values: dict[str, float], fmt: str) -> str:
    return " ".join(f"{k} {values[k]:{fmt}}" for k in KEYS)


def means_report(a: dict[str, Figures], b: dict[str, Figures] | None = None) -> str:
    """The means per group of ``a`` and, given ``b``, b's means over the same splits, the change and the splits whose
    figures changed (the layout of session 37's scratch means.py, which this replaces)."""
    lines = []
    for name, splits in groups(a).items():
        ma, n = mean(a, splits)
        if ma is None:
            continue
        lines.append(f"{name:9} ({n:2}) " + _line(ma, ".4f"))
        mb = mean(b, splits)[0] if b else None
        if mb is not None:
            lines.append(f"{'':9}  →   " + _line(mb, ".4f"))
            lines.append(f"{'':9}  Δ   " + " ".join(f"{k} {mb[k] - ma[k]:+.4f}" for k in KEYS))
    if b:
        lines.append("changed splits:")
        for s, fa in a.items():
            fb = b.get(s)
            if fb is not None and fa.rates() != fb.rates():
                moved = (f"{k} {x:.3f}→{y:.3f}" for k, x, y in zip(KEYS, fa.rates(), fb.rates()) if x != y)
                lines.append(f"  {s:10} " + " ".join(moved))
    return "\n".join(lines)


#: a row of README.md's gold table: "| dev4 (tuned on; …) |", "| held out |", "| held out 12 (corpus-real-12, …) |"
_ROW = re.compile(r"^\|\s*(?P<label>(?P<kind>dev|held out)(?:\s*(?P<n>\d+))?\b[^|]*?)\s*\|(?P<cells>.*)\|\s*$")


def _split_of(m: re.Match) -> str:
    return ("dev" if m.group("kind") == "dev" else "heldout") + (m.group("n") or "")


def table_rows(readme: str, figures: dict[str, Figures]) -> list[tuple[int, str, str]]:
    """(line index, row as written, row from ``figures``) for each row of the gold table a split of ``figures`` gives:
    the label and the pages kept, the other seven cells written as gold.py prints them."""
    out = []
    for i, line in enumerate(readme.split("\n")):
        m = _ROW.match(line)
        if m is None or (f := figures.get(_split_of(m))) is None:
            continue
        cells = [c.strip() for c in m.group("cells").split("|")]
        if len(cells) != 7:
            continue  # (not the gold table: it has eight columns)
        rates = (f.P, f.R, f.dates, f.iss, f.rel)
        new = [m.group("label"), cells[0], str(f.mentions), *(f"{x:.3f}" for x in rates)]
        out.append((i, line, "| " + " | ".join(new) + " |"))
    return out


def rewrite_table(readme: str, figures: dict[str, Figures]) -> str:
    """``readme`` with its gold table's rows written from ``figures`` (rows of splits it lacks left as they are)."""
    lines = readme.split("\n")
    for i, _, new in table_rows(readme, figures):
        lines[i] = new
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "--write"]
    if args[:1] == ["--table"] and len(args) == 3:
        readme, gold = Path(args[1]), parse(Path(args[2]).read_text(encoding="utf-8"))
        text = readme.read_text(encoding="utf-8")
        changed = [(old, new) for _, old, new in table_rows(text, gold) if old != new]
        for old, new in changed:
            print(f"- {old}\n+ {new}")
        if "--write" in argv and changed:
            readme.write_text(rewrite_table(text, gold), encoding="utf-8")
        print(f"{len(changed)} row(s) {'rewritten' if '--write' in argv else 'to rewrite'}")
        return 0
    if len(args) not in (1, 2) or args[0].startswith("-"):
        print(USAGE, file=sys.stderr)
        return 2
    a = parse(Path(args[0]).read_text(encoding="utf-8"))
    b = parse(Path(args[1]).read_text(encoding="utf-8")) if len(args) == 2 else None
    print(means_report(a, b))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
