"""scripts/relabel_a37.py and what it left (decision D21, A37): no batch labels the document a page's own decision
issues or approves, each removal is logged with offsets into its page, and the rule reads real headings and articles."""

from __future__ import annotations

import doctest
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import relabel_a37 as relabel
    import relabel_io
finally:
    sys.path.remove(str(ROOT / "scripts"))

FOLDERS = [f for f in sorted(relabel.FIXTURES.glob("corpus-real*"), key=relabel.batch_number) if (f / "manifest.jsonl").exists()]


def _text(folder: str, name: str) -> str:
    return (relabel.FIXTURES / folder / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_no_batch_labels_what_its_own_decision_issues(folder):
    """Every batch, both halves, relabelled by the one rule: running it again finds nothing to remove."""
    assert relabel.scan_folder(folder, "dev")[1] == []
    assert relabel.scan_folder(folder, "heldout")[1] == []


def test_each_removal_is_logged_with_offsets_into_its_page_and_is_gone_from_the_gold():
    log = [json.loads(line) for line in relabel.LOG.read_text(encoding="utf-8").splitlines()]
    assert len(log) == 228  # D21: 120 rows of the dev halves, 108 of the held-out ones (counted, not read)
    gold: set[tuple] = set()
    for folder in {row["batch"] for row in log}:
        for line in relabel.jsonl_lines(relabel.FIXTURES / folder / "gold_refs.jsonl"):
            g = json.loads(line)
            gold.add((folder, g["file"], g["start"], g["end"]))
    for row in log:
        assert _text(row["batch"], row["file"])[row["start"] : row["end"]] == row["surface"]
        assert (row["batch"], row["file"], row["start"], row["end"]) not in gold
        assert row["relation"] == "cites" and row["form"] in ("article", "heading", "flat", "annex", "title")


def test_the_owners_decision_719_is_read_as_its_own_part():
    """The owners' gold leaves both unlabelled: "PHÊDUYỆT KẾ HOẠCH TỔ CHỨC …" under "QUYẾT ĐỊNH", and "Điều 1. Ban
    hành kèm theoQuyết định này Kế hoạch tổ chức các hoạt động kỷ niệm 100 năm …"."""
    t = _text("corpus-real", "qd-719-qd-ttg-2012.txt")
    heading = t.index("KẾ HOẠCH TỔ CHỨC")
    assert relabel.form(t, heading, t.index("\n", heading)) == "heading"
    article = t.index("Kế hoạch tổ chức")
    assert relabel.form(t, article, t.index(" (09/7/1912", article)) == "article"


@pytest.mark.parametrize(
    ("folder", "name", "surface", "place"),
    [
        # the letterhead's date, then the heading without "QUYẾT ĐỊNH": "… ngày 22 tháng 02 năm 2012 |\nPHÊ DUYỆT QUY HOẠCH …"
        ("corpus-real-13", "qd-221-qd-ttg-quyhoach-baclieu-2020-nd92.txt", "QUY HOẠCH TỔNG THỂ", "heading"),
        # "Điều 1." alone on its line, then "Ban hành kèm theo Quyết định này Kế hoạch"
        ("corpus-real-42", "doc-thuviennhadat-qd1782-qd-ubnd-binhdinh-binh-dang-gioi-2018.txt", "Kế hoạch", "article"),
        # a page flattened into one line: "… QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này “Kế hoạch phòng, …"
        ("corpus-real-51", "doc-tailieu-qd612-qd-byt-ke-hoach-phong-chong-hiv-aids-2024.txt", "Kế hoạch phòng, chống", "flat"),
        # the annex heading: "QUY CHẾ\nPHỐI HỢP … TRÊN ĐỊA BÀN TỈNH NINH THUẬN\n(Ban hành kèm theo Quyết định số 179/QĐ-UBND"
        (
            "corpus-real-50",
            "doc-thuvienphapluat-qd179-qd-ubnd-ninhthuan-quy-che-tin-nguong-ton-giao-2018.txt",
            "QUY CHẾ\n",
            "annex",
        ),
        # A38 stays: what a cited decision issues, "… năm 2010 của Ủy ban nhân dân huyện Bình Chánh về ban hành Quy chế làm việc"
        ("corpus-real-24", "qd-03-2017-qd-ubnd-binhchanh-quyche-lamviec-phapluatcongdong.txt", "Quy chế làm việc của", None),
        # a news headline stays: "Ban hành Kế hoạch về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị"
        ("corpus-real-12", "news-thuonghieusanpham-cv43-bcd-kh-sapxep-bomay-kl121-2025.txt", "Kế hoạch về tiếp", None),
    ],
)
def test_the_places_of_a_pages_own_decision_on_real_text(folder, name, surface, place):
    t = _text(folder, name)
    start = t.index(surface)
    assert relabel.form(t, start, start + len(surface.rstrip())) == place


def test_the_scripts_examples():
    assert doctest.testmod(relabel).failed == 0
    assert doctest.testmod(relabel_io).failed == 0  # what the three relabel scripts share
