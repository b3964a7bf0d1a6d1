"""The sorting of issuer and relation disagreements (tests/gold_questions.py) on real dev rows."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

import gold_questions as q

FIXTURES = Path(__file__).parent.parent / "fixtures"
HA_GIANG = "Kế hoạch sốn 44/KH-UBND ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang"


def _row(folder: str, surface: str) -> tuple[dict, str]:
    """The gold row of ``surface`` in corpus-real-``folder`` and its page's text."""
    d = FIXTURES / folder
    for line in (d / "gold_refs.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line) if line.strip() else None
        if g and g["surface"] == surface:
            return g, (d / g["file"]).read_text(encoding="utf-8")
    raise LookupError(surface)


@pytest.mark.parametrize(
    ("folder", "surface", "got", "kind"),
    [
        # "… Kế hoạch sốn 44/KH-UBND ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang về việc …" (dev13): the label's
        # issuer in the mention's own words, vanban none
        (
            "corpus-real-13",
            "Kế hoạch sốn 44/KH-UBND ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang",
            None,
            "vanban-none-label-in-name",
        ),
        # "Chủ tịch Ủy ban nhân dân tỉnh Cao Văn Trọng vừa ban hành các Quyết định số 2027, 2028 và 2029/QĐ-UBND" (dev21):
        # the clause's subject before the mention
        ("corpus-real-21", "Quyết định số 2027", None, "vanban-none-label-before"),
        # "Nghị quyết số 1652-NQ/QUTW ngày 20/12/2022" (dev4): labelled none, vanban names the code's organ
        ("corpus-real-4", "Nghị quyết số 1652-NQ/QUTW ngày 20/12/2022", "Quân ủy Trung ương", "label-none-by-code"),
    ],
)
def test_issuer_class(folder, surface, got, kind):
    g, text = _row(folder, surface)
    assert q.issuer_class(g, SimpleNamespace(issuer=got), text) == kind


def test_relation_class_names_the_cue_before():
    # "Thực hiện Điều lệ Đoàn thanh niên Cộng sản Hồ Chí Minh." (dev18): labelled implements, the cue right before
    g, text = _row("corpus-real-18", "Điều lệ Đoàn thanh niên Cộng sản Hồ Chí Minh")
    assert q.relation_class(g, SimpleNamespace(relation="cites"), text) == "implements→cites thực hiện"
    # "… hằng năm”; Kế hoạch sốn 44/KH-UBND …" (dev13): its "Thực hiện" is further back than the 60 characters looked at
    g, text = _row("corpus-real-13", HA_GIANG)
    assert q.relation_class(g, SimpleNamespace(relation="cites"), text) == "implements→cites -"


def test_show_never_reads_a_held_out_split(monkeypatch):
    """``--show CLASS`` tallies (and prints the rows of) the dev splits asked for, or every dev split: a held-out split
    named on the command line is dropped, so none of its sentences is printed."""
    asked = []
    monkeypatch.setattr(q, "tally", lambda names, show=None: asked.append((tuple(names), show)) or (q.Counter(), q.Counter(), 0))
    q.main(["--show", "cites→implements thực hiện", "dev44", "heldout44"])
    assert asked == [(("dev44",), "cites→implements thực hiện")]
    asked.clear()
    q.main(["--show", "cites→implements thực hiện"])
    assert asked and all(not n.startswith("heldout") for names, _ in asked for n in names)
    assert len(asked) == 1 and len(asked[0][0]) == len(q.gold.DEV_SPLITS)
