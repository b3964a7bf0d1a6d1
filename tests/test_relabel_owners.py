"""scripts/relabel_owners.py and what it left (decisions D22 … D30): no batch keeps a row of a settled question's form
labelled against the owners, each change is logged with offsets into its page, and each question's function reads the
owners' own instances (tests/fixtures/corpus-real/, OWNERS-READINGS.md) as the owners label them."""

from __future__ import annotations

import doctest
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import relabel_owners as relabel
finally:
    sys.path.remove(str(ROOT / "scripts"))

FOLDERS = relabel.folders()
OWNERS = relabel.FIXTURES / "corpus-real"


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_no_batch_keeps_a_row_against_the_owners(folder):
    """Every batch, both halves, relabelled by the same functions: a second run changes nothing."""
    names = list(relabel.QUESTIONS)
    assert relabel.scan_folder(folder, "dev", names)[1] == []
    assert relabel.scan_folder(folder, "heldout", names)[1] == []


def test_each_change_is_logged_with_offsets_into_its_page_and_is_in_the_gold():
    log = [json.loads(line) for line in relabel.LOG.read_text(encoding="utf-8").splitlines()]
    # D22 … D30: 154 rows of the dev halves (each read), 146 of the held-out ones (counted); corpus-real-60, merged
    # after, 1 dev60 row and 4 held-out 60 rows by the same functions; D47 (Q-code, s49-qcode): 18 dev, 26 held out;
    # corpus-real-61 (s50-data61, labelled after D22 … D47 were written): 1 held-out 61 row (D29, Q-place), counted;
    # D24's form widened (s50-gaps: a wrapped name, "ý kiến | Báo cáo thẩm định", "; của X tại"): 11 dev rows, each
    # read, and 4 held-out rows, counted; D23's glued "BCHTW" (s50-gaps): 2 dev27 rows, read; D22's congress labelled
    # cut before its ordinal (s50-gaps): 2 dev20 rows, read; D24's second of two documents "của X tại <A> và <B>"
    # (s50-gaps): 3 dev rows, read, 2 held-out rows, counted; D90 (Q-central-after-symbol, s52-relabel): 1 dev59 row,
    # read, no held-out row; corpus-real-63 (s52-data63, labelled after them): D22 4 dev63 rows (the congress as
    # issuer of its resolution), read, and 1 held-out 63 row (D23), counted; corpus-real-64 (s53-data64): D24 1 dev64
    # row (the glued "Giám đốc Đài Phátthanh - Truyền hình tỉnh", whose capitals do not spell "PTTH"), read, and 1
    # held-out 64 row (D24), counted
    assert len(log) == 382
    assert sum(c["split"].startswith("dev") for c in log) == 197
    gold: dict[tuple, dict] = {}
    for folder in {c["batch"] for c in log}:
        for line in relabel.jsonl_lines(relabel.FIXTURES / folder / "gold_refs.jsonl"):
            g = json.loads(line)
            gold[(folder, g["file"], g["start"], g["end"])] = g
    last = {(c["batch"], c["file"], c["start"], c["end"], c["field"]): c["new"] for c in log}
    for c in log:
        text = (relabel.FIXTURES / c["batch"] / c["file"]).read_text(encoding="utf-8")
        assert text[c["start"] : c["end"]] == c["surface"]
        assert c["batch"] != "corpus-real" and c["question"] in relabel.QUESTIONS
    for (batch, name, start, end, field), new in last.items():
        assert gold[(batch, name, start, end)][field] == new


def _owners_row(name: str, start: int) -> tuple[dict, str]:
    """The owners' gold row of ``name`` at ``start`` and its page."""
    for line in relabel.jsonl_lines(OWNERS / "gold_refs.jsonl"):
        row = json.loads(line)
        if row["file"] == name and row["start"] == start:
            return row, (OWNERS / name).read_text(encoding="utf-8")
    raise AssertionError(f"no owners' row {name}@{start}")


@pytest.mark.parametrize(
    ("question", "name", "start", "field", "unlabelled"),
    [
        # A4 (D22): "Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVI, nhiệm kỳ 2015 - 2020"
        ("A4", "kh-114-tu-langson-2019.txt", 51, "issuer", None),
        ("A4", "nq-daihoi-xi-tiengiang-2020.txt", 674, "issuer", None),
        # A29 (D24): "Xét đề nghị của Sở Ngoại vụ tại Công văn số 499/SNgV-LS&HTQT ngày 06 tháng 3 năm 2024"
        ("A29", "kh-58-kh-ubnd-bariavungtau-2024.txt", 881, "issuer", None),
        # A29 (D24): "ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 8145-CV/TU" (its symbol, the board's)
        ("A29", "kh-58-kh-ubnd-bariavungtau-2024.txt", 579, "issuer", None),
        # D27: "Ngày 22 tháng 7 năm 2010, Bộ Chính trị (khóa X) đã ban hành Chỉ thị số 45-CT/TW"; D28, its date
        ("ban hành", "hd-03-btgtw-2011.txt", 420, "issuer", None),
        ("A40", "hd-03-btgtw-2011.txt", 420, "date", None),
        # D27: "ngày 10/9/2020 Ban Tuyên giáo Trung ương có Hướng dẫn số 151-HD/BTGTW"; D28, its date
        ("ban hành", "news-baokontum-hd151-2020.txt", 371, "issuer", None),
        ("A40", "news-baokontum-hd151-2020.txt", 371, "date", None),
        # D25: "Căn cứ Luật tổ chức Chính phủngày 25 tháng 12 năm 2001;" (none: labelled "Quốc hội" it is relabelled)
        ("Q-law", "qd-719-qd-ttg-2012.txt", 321, "issuer", "Quốc hội"),
        # D26: "- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW" (none)
        ("Điều lệ", "qd-97-tw-2023-bochinhtri.txt", 1467, "issuer", "Đảng"),
        # D29: "Kế hoạch số 248-KH/TU của Ban Thường vụ Tỉnh ủy" on a Gia Lai page (no place added)
        ("Q-place", "news-gialai-kh-248-tu-2020.txt", 279, "issuer", "Ban Thường vụ Tỉnh ủy Gia Lai"),
        # D30: "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận số 185-KL/TW"
        ("Q-signer", "news-ngaynay-kl185-ct45-2025.txt", 271, "issuer", None),
        # D30: "Xét đề nghị của Sở Ngoại vụ tại Công văn số 499/SNgV-LS&HTQT" cites
        ("A19", "kh-58-kh-ubnd-bariavungtau-2024.txt", 881, "relation", "basis"),
        # D47: "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội …", "Chỉ thị số 52-CT/TU", "Quy định số 37-QĐ/TW
        # ngày 25-10-2021 về những điều đảng viên không được làm": none, whatever body the symbol implies
        ("Q-code", "news-kimbang-ct45-2025.txt", 34, "issuer", "Bộ Chính trị"),
        ("Q-code", "btv-hu-tuyphong-binhthuan-kl93-2021.txt", 1129, "issuer", "Ban Thường vụ Tỉnh ủy"),
        ("Q-code", "news-ninhthuan-kl21-kh99-2022.txt", 1093, "issuer", "Bộ Chính trị"),
        # D90: "Ngày 24 tháng 10 năm 2009, ti văn bn s 278-TB/TW Ban Bí thư  Trung ương Đng Ban Bí thư thông báo …"
        ("Q-central-after-symbol", "tb-278-tw-2009-encoding-loss.txt", 157, "issuer", None),
    ],
)
def test_each_question_reads_the_owners_instance_as_they_label_it(question, name, start, field, unlabelled):
    """The owners' row with its field set the other way: the question's function gives back the owners' value."""
    row, text = _owners_row(name, start)
    owners = row[field]
    new = relabel.QUESTIONS[question][1](row | {field: unlabelled}, text)
    assert new is not None and new[field] is not None or owners is None
    got = (new or {}).get(field, unlabelled)
    if field == "issuer" and owners is not None:  # the owners write "Trung ương (Hội nghị 7, khóa X)": same body
        assert relabel._fold(got) in relabel._fold(owners) or relabel._fold(owners) in relabel._fold(got)
    else:
        assert got == owners


def test_a2_reads_the_owners_central_committee():
    """A2 (D23): "Nghị quyết Trung ương 7 khóa X" -> "Trung ương" (the owners: "Trung ương (Hội nghị 7, khóa X)")."""
    row, text = _owners_row("kh-114-tu-langson-2019.txt", 341)
    assert row["issuer"].startswith("Trung ương")
    assert relabel.central(row | {"issuer": None}, text) == {"issuer": "Trung ương"}


def test_a29_leaves_another_offices_letter_without_the_proposer():
    """hd-55: "ý kiến chỉ đạo của Ban Bí thư Trung ương Đảng tại Công văn số 1740-CV/VPTW" — the Central Office's letter
    conveying the Secretariat's words: none, as the owners label it."""
    row, text = _owners_row("hd-55-btgtw-2022.txt", 749)
    assert row["issuer"] is None
    assert relabel.proposer(row, text) is None


def _batch_row(batch: str, name: str, start: int) -> tuple[dict, str]:
    """A batch's gold row of ``name`` at ``start`` and its page."""
    for line in relabel.jsonl_lines(relabel.FIXTURES / batch / "gold_refs.jsonl"):
        row = json.loads(line)
        if row["file"] == name and row["start"] == start:
            return row, (relabel.FIXTURES / batch / name).read_text(encoding="utf-8")
    raise AssertionError(f"no row {batch}/{name}@{start}")


@pytest.mark.parametrize(
    ("batch", "name", "start", "proposer"),
    [
        # dev50: "… và ý kiến thẩm định của Sở Tài chính tại Văn bản số 1599/STC-HCNS ngày 07/7/2017"
        ("corpus-real-50", "doc-hethongphapluat-qd1601-qd-ubnd-lamdong-chuoi-san-xuat-nong-nghiep-2017.txt", 1012,
         "Sở Tài chính"),
        # dev57: "…; Báo cáo thẩm định của Sở Tư pháp tại Văn bản số 05/BC-STP ngày 08/01/2021"
        ("corpus-real-57", "doc-hethongphapluat-qd22-2021-qd-ubnd-hatinh-phan-cap-thuy-loi.txt", 1420, "Sở Tư pháp"),
        # dev44: "Theo đề nghị của UBND huyện Yên Định tại Tờ trình số 97/TTr-UBND …; của Sở Xây dựng tại Báo cáo thẩm
        # định số 5077/SXD-QH"
        ("corpus-real-44", "doc-hethongphapluat-qd3784-qd-ubnd-thanhhoa-quy-hoach-do-thi-yen-lam-2016.txt", 1503,
         "Sở Xây dựng"),
        # dev45: "Xét đề nghị của Sở Nông nghiệp\nvà Phát triển nông thôn tại Công văn số 1363/BC-NNPTNT" (a wrapped name)
        ("corpus-real-45", "doc-thuviennhadat-qd205-qd-ubnd-thuathienhue-quy-hoach-rung-phong-dien-2010.txt", 933,
         "Sở Nông nghiệp\nvà Phát triển nông thôn"),
        # dev53: "Xét đề nghị của Bộ Lao động - Thương binh và Xã hội tại văn bản số 471/LĐTBXH-NCC ngày 24 tháng 02 năm
        # 2021 và văn bản số 623/LĐTBXH-NCC" (the second of two documents, as the owners' kh-58@739)
        ("corpus-real-53", "doc-hethongphapluat-cv2408-vpcp-kgvx-phap-lenh-uu-dai-nguoi-co-cong-2021.txt", 561,
         "Bộ Lao động - Thương binh và Xã hội"),
    ],
)  # fmt: skip
def test_a29_reads_the_forms_session_49_missed(batch, name, start, proposer):
    """D24's added line (s50-gaps): an appraisal's opinion or report, a second proposer after ";", a name wrapped over
    a line break and the second of two documents are the same form; the issuer is X as written, line break and all."""
    row, text = _batch_row(batch, name, start)
    assert row["issuer"] == proposer
    assert relabel.proposer(row | {"issuer": None}, text) == {"issuer": proposer}


def test_a4_gives_back_the_ordinal_a_label_cut():
    """D22's finder widened (s50-gaps): dev20 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 -2025" was
    labelled "Đại hội Đảng bộ tỉnh"; D22 writes the congress with its ordinal, the term dropped."""
    name = "state-hoabinh-gov-dean-phattrien-dulich-2021-2025-nq-daihoi-xvii.txt"
    row, text = _batch_row("corpus-real-20", name, 616)
    assert row["issuer"] == "Đại hội Đảng bộ tỉnh lần thứ XVII"
    assert relabel.congress(row | {"issuer": "Đại hội Đảng bộ tỉnh"}, text) == {"issuer": row["issuer"]}


def test_a2_reads_the_glued_central_committee():
    """D23's finder widened (s50-gaps): dev27 "Nghị quyết Hội nghị lần thứ 11 BCHTW Đảng khóa XIII" -> "BCHTW Đảng",
    the committee as written, like "Ban Chấp hành Trung ương Đảng" spelled out."""
    name = "news-moj-hoinghi-quantriet-nq-hn11-khoaxiii-2025.txt"
    row, text = _batch_row("corpus-real-27", name, 168)
    assert row["issuer"] == "BCHTW Đảng"
    assert relabel.central(row | {"issuer": None}, text) == {"issuer": "BCHTW Đảng"}


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("hd-55-btgtw-2022.txt", 139),  # "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW" (self, written)
        ("ctr-51-tu-soctrang-2024.txt", 392),  # "Tỉnh ủy Sóc Trăng ban hành Chương trình số 51-CTr/TU, ngày 10/5/2024"
        ("kh-58-kh-ubnd-bariavungtau-2024.txt", 579),  # "ý kiến chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 8145-CV/TU"
        ("ct-35-tw-2019-bochinhtri-badinh.txt", 53),  # "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Ban chấp hành Trung ương Đảng"
    ],
)
def test_q_code_keeps_a_body_the_page_writes(name, start):
    """D47: the owners' issuer written in the clause before or after "của" stays, though the symbol also implies it."""
    row, text = _owners_row(name, start)
    assert row["issuer"] is not None and relabel.owns(row["issuer"], row["code"])
    assert relabel.by_symbol(row, text) is None


def test_the_scripts_examples():
    assert doctest.testmod(relabel).failed == 0
