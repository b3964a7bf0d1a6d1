"""tests/gold_means.py: gold.py's output read, its means by group, the change between two, the README table rewritten.

The snippet is gold.py's real output at the end of session 36 (figures of dev, dev4, dev21, heldout and heldout2; one
of dev's misses), the table rows README.md's for the same splits.
"""

from __future__ import annotations

from pathlib import Path

import gold
import gold_means as gm

GOLD = """\
== dev
matched 365, missed 4, spurious 6
precision 0.984  recall 0.989  date 0.997  issuer 0.970  relation 0.923
  MISS hccb-tw-kl62-tongket-2019.txt@437: 'Báo cáo Tổng kết'
== dev4
matched 105, missed 3, spurious 0
precision 1.000  recall 0.972  date 0.990  issuer 0.933  relation 0.971
== dev21
matched 113, missed 6, spurious 4
precision 0.966  recall 0.950  date 1.000  issuer 0.965  relation 0.920
== heldout
matched 133, missed 12, spurious 9
precision 0.937  recall 0.917  date 0.977  issuer 0.797  relation 0.782
== heldout2
matched 189, missed 20, spurious 5
precision 0.974  recall 0.904  date 0.995  issuer 0.831  relation 0.847
"""

TABLE = """\
| split | pages | mentions | precision | recall | dates right | issuers right | relations right |
|---|---|---|---|---|---|---|---|
| dev (tuned on) | 86 | 369 | 0.984 | 0.989 | 0.997 | 0.970 | 0.923 |
| dev4 (tuned on; corpus-real-4, labelled without running vanban) | 22 | 108 | 1.000 | 0.972 | 0.990 | 0.933 | 0.971 |
| dev5 (tuned on; corpus-real-5, labelled without running vanban) | 21 | 107 | 0.981 | 0.991 | 0.991 | 0.962 | 0.953 |
| held out | 40 | 145 | 0.937 | 0.917 | 0.977 | 0.797 | 0.782 |
| held out 2 (corpus-real-3, labelled without running vanban) | 35 | 209 | 0.974 | 0.904 | 0.995 | 0.831 | 0.847 |

| dev (another table) | 1 |
"""


def test_parse_reads_each_splits_figures_in_order_and_skips_its_misses():
    figures = gm.parse(GOLD)
    assert list(figures) == ["dev", "dev4", "dev21", "heldout", "heldout2"]
    dev = figures["dev"]
    assert (dev.matched, dev.missed, dev.spurious, dev.mentions) == (365, 4, 6, 369)
    assert (dev.P, dev.R, dev.dates, dev.iss, dev.rel) == (0.984, 0.989, 0.997, 0.970, 0.923)
    assert abs(dev.F1 - 2 * 0.984 * 0.989 / (0.984 + 0.989)) < 1e-12
    assert gm.Figures(0, 0, 0, 0.0, 0.0, 1.0, 1.0, 1.0).F1 == 0.0  # (no division by zero)


def test_groups_follow_gold_py_lists_and_the_first_twenty_sets():
    ones = "matched 1, missed 0, spurious 0\nprecision 1.000  recall 1.000  date 1.000  issuer 1.000  relation 1.000\n"
    figures = gm.parse(GOLD + f"== dev99\n{ones}== dev20\n{ones}")
    groups = gm.groups(figures)
    assert groups == {
        "dev<=20": ["dev", "dev4", "dev20"],
        "held<=20": ["heldout", "heldout2"],
        "all dev": ["dev", "dev4", "dev20", "dev21"],
        "all held": ["heldout", "heldout2"],
    }
    assert "dev99" not in gold.DEV_SPLITS  # (a split gold.py does not score is in no group)


def test_means_average_each_splits_f1_not_the_f1_of_the_means():
    figures = gm.parse(GOLD)
    means, n = gm.mean(figures, ["dev", "dev4"])
    assert n == 2 and abs(means["P"] - 0.992) < 1e-12 and abs(means["rel"] - 0.947) < 1e-12
    f1s = [2 * p * r / (p + r) for p, r in ((0.984, 0.989), (1.000, 0.972))]
    assert abs(means["F1"] - sum(f1s) / 2) < 1e-12
    assert abs(means["F1"] - 2 * 0.992 * 0.9805 / (0.992 + 0.9805)) > 1e-6
    assert gm.mean(figures, ["dev5"]) == (None, 0)
    report = gm.means_report(figures)
    assert report.splitlines()[0] == "dev<=20   ( 2) P 0.9920 R 0.9805 F1 0.9861 dates 0.9935 iss 0.9515 rel 0.9470"
    assert "changed splits" not in report


def test_the_change_between_two_outputs_and_the_splits_that_moved():
    before = gm.parse(GOLD)
    after = gm.parse(GOLD.replace("issuer 0.797", "issuer 0.800"))
    lines = gm.means_report(before, after).splitlines()
    held = lines.index("held<=20  ( 2) P 0.9555 R 0.9105 F1 0.9323 dates 0.9860 iss 0.8140 rel 0.8145")
    assert lines[held + 1].endswith("iss 0.8155 rel 0.8145")
    assert lines[held + 2] == "           Δ   P +0.0000 R +0.0000 F1 +0.0000 dates +0.0000 iss +0.0015 rel +0.0000"
    assert lines[lines.index("changed splits:") + 1 :] == ["  heldout    iss 0.797→0.800"]
    assert gm.means_report(before, before).splitlines()[-1] == "changed splits:"


def test_the_table_is_rewritten_from_an_output_idempotently():
    figures = gm.parse(GOLD)
    assert gm.rewrite_table(TABLE, figures) == TABLE  # (the README's rows are gold.py's figures: nothing to rewrite)
    assert [old == new for _, old, new in gm.table_rows(TABLE, figures)] == [True] * 4  # (dev5: not in the output)
    moved = gm.parse(GOLD.replace("matched 133, missed 12", "matched 134, missed 12").replace("issuer 0.797", "issuer 0.800"))
    once = gm.rewrite_table(TABLE, moved)
    changed = [(a, b) for a, b in zip(TABLE.splitlines(), once.splitlines()) if a != b]
    assert changed == [
        (
            "| held out | 40 | 145 | 0.937 | 0.917 | 0.977 | 0.797 | 0.782 |",
            "| held out | 40 | 146 | 0.937 | 0.917 | 0.977 | 0.800 | 0.782 |",
        )
    ]
    assert gm.rewrite_table(once, moved) == once


def test_main_writes_the_table_only_when_asked(tmp_path: Path, capsys):
    readme, out = tmp_path / "README.md", tmp_path / "gold.txt"
    readme.write_text(TABLE, encoding="utf-8")
    out.write_text(GOLD.replace("relation 0.971", "relation 0.975"), encoding="utf-8")
    assert gm.main(["--table", str(readme), str(out)]) == 0
    assert readme.read_text(encoding="utf-8") == TABLE and "1 row(s) to rewrite" in capsys.readouterr().out
    assert gm.main(["--table", str(readme), str(out), "--write"]) == 0
    assert "| 22 | 108 | 1.000 | 0.972 | 0.990 | 0.933 | 0.975 |" in readme.read_text(encoding="utf-8")
    assert gm.main([]) == 2


def test_the_readme_has_one_gold_table_row_per_split():
    readme = (Path(gold.HERE).parent / "README.md").read_text(encoding="utf-8")
    ones = gm.Figures(1, 0, 0, 1.0, 1.0, 1.0, 1.0, 1.0)
    rows = gm.table_rows(readme, {s: ones for s in gold.SPLITS})
    assert sorted(gm._split_of(gm._ROW.match(old)) for _, old, _ in rows) == sorted(gold.SPLITS)
