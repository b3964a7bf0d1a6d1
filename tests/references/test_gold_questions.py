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


def test_rows_lists_the_dev_rows_of_one_relation_class():
    # dev45's Lạng Sơn plan 275 ("Thực hiện Nghị quyết số 163/2024/QH15 … (Nghị quyết số 163/2024/QH15), …"): the rows
    # --rows prints for a class are the ones the tally counts in it, each with its page, offset and line
    split, kind = "dev45", "implements→cites -"
    listed = q.rows(kind, [split])
    assert len(listed) == q.tally([split])[1][kind]
    assert all(row.startswith(f"{split} ") and "[[" in row for row in listed)


def test_rows_refuses_a_held_out_split():
    # a held-out split's sentences are never printed: asking for them is an error, before any page is read
    with pytest.raises(ValueError, match="heldout4"):
        q.rows("implements→cites -", ["dev45", "heldout4"])
