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


def _row_at(folder: str, page: str, start: int) -> tuple[dict, str]:
    """The gold row of the mention at ``start`` of ``page`` in corpus-real-``folder`` (a dev page) and its text."""
    d = FIXTURES / folder
    for line in (d / "gold_refs.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line) if line.strip() else None
        if g and g["file"] == page and g["start"] == start:
            return g, (d / page).read_text(encoding="utf-8")
    raise LookupError((page, start))


@pytest.mark.parametrize(
    ("folder", "page", "start", "label", "kind"),
    [
        # "… định hướng xã hội chủ nghĩa (sau đây gọi chung là Nghị quyết số 10-NQ/TW);" (dev29)
        ("corpus-real-29", "kh-68-kh-ubnd-2023-ctr-133-nq-10-haugiang-thuviennhadat.txt", 935, "basis", "A7 gọi chung là"),
        # "… nước Cộng hòa xã hội chủ nghĩa Việt Nam (sau đây viết gọn là Nghị định số 34/2014/NĐ-CP)." (dev47)
        (
            "corpus-real-47",
            "doc-vbpl-quangngai-tt-bqp-huong-dan-nd34-bien-gioi-dat-lien.txt",
            1060,
            "implements",
            "A7 viết gọn là",
        ),
        # "Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt … phòng, chống ma túy đến năm 2030
        # (Nghị quyết số 163/2024/QH15), …" (dev45): the short name given bare, no wording before it
        (
            "corpus-real-45",
            "doc-hethongphapluat-kh275-kh-ubnd-langson-phong-chong-ma-tuy-2025.txt",
            495,
            "implements",
            "A7 (short name)",
        ),
        # "… tiếp tục thực hiện tốt công tác thông tin đối ngoại (Công văn số 72/VP-KGVX, ngày 06/01/2021)." (dev39): a
        # source in parentheses, no document named before it, is no short name: the cue before it counts
        ("corpus-real-39", "news-vanphong-langson-cv-72-cv-11062-thong-tin-doi-ngoai-2021.txt", 368, "cites", "thực hiện"),
    ],
)
def test_relation_class_reads_the_a7_wordings_and_a_bare_short_name(folder, page, start, label, kind):
    """OPEN-QUESTIONS A7 as session 46 (s46-rel) read it under "-": "gọi chung là", "viết gọn là" and a short name given
    alone in parentheses are A7's short names, not rows with no cue."""
    g, text = _row_at(folder, page, start)
    other = "cites" if label != "cites" else "implements"
    assert q.relation_class(g, SimpleNamespace(relation=other), text) == f"{label}→{other} {kind}"


def test_a_row_marks_the_mention_and_gives_both_readings():
    # "… Kế hoạch sốn 44/KH-UBND ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang …" (dev13): the line --rows prints
    g, text = _row("corpus-real-13", HA_GIANG)
    line = q.row("dev13", g["file"], g, SimpleNamespace(issuer=None, relation="cites", trigger=None), text)
    assert line.startswith(f"dev13 {g['file']}@{g['start']} | 'Ủy ban nhân dân tỉnh Hà Giang' → None, ")
    assert f"⟦{HA_GIANG}⟧" in line


def test_rows_lists_what_the_tally_counts(capsys):
    # dev54's pages: the rows printed for a class are the ones the tally counts in it, relation and issuer classes
    # alike (session 49: dev45's A7 short name, the class this test first read, is right since D32/D41; session 50,
    # s50-gaps: dev45's label-none-vanban-before rows were D24's form, relabelled, so the test reads dev54, which keeps
    # both classes)
    relations, issuers = "cites→implements thực hiện", "label-none-vanban-before"
    counts = q.tally(["dev54"], frozenset({relations, issuers}))
    printed = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("cites→", "label-none"))]
    assert counts[1][relations] and counts[0][issuers]
    assert len(printed) == counts[1][relations] + counts[0][issuers]


def test_rows_are_printed_for_dev_splits_only(monkeypatch):
    # a held-out split's sentences are never printed: named with --rows it is dropped before any page is read, and
    # with no split named every dev split is tallied, no held-out one
    asked = []
    monkeypatch.setattr(q, "tally", lambda names, rows: asked.append((names, rows)) or (q.Counter(), q.Counter(), 0))
    q.main(["--rows", "cut-or-extended,implements→cites -", "dev13", "heldout13"])
    assert asked == [(["dev13"], frozenset({"cut-or-extended", "implements→cites -"}))]
    asked.clear()
    q.main(["--rows", "cut-or-extended"])
    assert len(asked) == 1 and asked[0][0] == [s for s in q.gold.SPLITS if not s.startswith("heldout")]


@pytest.mark.parametrize(
    ("label", "head"),
    [
        # dev13's label, "… ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang": the longest head a table lists
        ("Ủy ban nhân dân tỉnh Hà Giang", ("Ủy ban nhân dân", True)),
        # the older tone placement is one head with the newer
        ("Uỷ ban nhân dân tỉnh Hà Giang", ("Ủy ban nhân dân", True)),
        # session 52's probe: "Bệnh viện Đa khoa tỉnh …", a head no table lists; the place is never printed
        ("Bệnh viện Đa khoa tỉnh Quảng Ninh", ("Bệnh viện", False)),
        ("Tỉnh Quảng Ninh", ("Tỉnh", False)),
        ("Ban Chấp hành Đảng bộ tỉnh Hà Giang khóa XVII", ("Ban Chấp hành", True)),
        ("UBND tỉnh Hà Giang", ("UBND", False)),
    ],
)
def test_label_head_is_the_head_only(label, head):
    assert q.label_head(label) == head


def test_heads_prints_a_held_head_and_its_counts_only(monkeypatch, capsys):
    # a held-out split's rows by head: each line a head of at most two words, a listed mark and two counts; nothing of
    # the label after its head, no page, no offset (the fake tally counts session 52's probe "Bệnh viện Đa khoa tỉnh
    # Quảng Ninh" in held)
    def fake(names, rows, heads=None):
        if heads is not None and names[0].startswith("heldout"):
            heads[("cut-or-extended", q.label_head("Bệnh viện Đa khoa tỉnh Quảng Ninh"))] += 3
        return q.Counter(), q.Counter(), 0

    monkeypatch.setattr(q, "tally", fake)
    q.main(["--heads", "heldout13"])
    out = capsys.readouterr().out
    assert "Quảng Ninh" not in out and "Đa khoa" not in out and ".txt" not in out and "@" not in out
    rows = [line for line in out.splitlines() if line.startswith("  ")]
    assert rows == [f"  - {'Bệnh viện':24s} {0:5d} {3:5d}"]
    assert all(line.startswith(("== ", "issuers", "relations")) for line in out.splitlines() if not line.startswith("  "))


def test_heads_counts_what_the_tally_counts():
    # dev13's pages: the rows of the head classes counted by head add up to the classes' counts
    heads: q.Counter = q.Counter()
    issuers = q.tally(["dev13"], frozenset(), heads)[0]
    assert sum(heads.values()) == sum(issuers[k] for k in q.HEAD_CLASSES) > 0
