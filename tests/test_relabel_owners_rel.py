"""scripts/relabel_owners_rel.py and what it left (decisions D31 … D34, D44, session 49): no batch keeps a row of a form
the owners' own gold reads another way, each change is logged with offsets into its page, and the forms read the
owners' own sentences as the owners label them."""

from __future__ import annotations

import doctest
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
try:
    import relabel_owners_rel as relabel
finally:
    sys.path.remove(str(ROOT / "scripts"))

FOLDERS = [f for f in sorted(relabel.FIXTURES.glob("corpus-real-*"), key=relabel.batch_number)]
ALL = {q for q, _, _ in relabel.QUESTIONS} - relabel.DEFERRED


def _text(folder: str, name: str) -> str:
    return (relabel.FIXTURES / folder / name).read_text(encoding="utf-8")


def _owners_row(name: str, start: int) -> tuple[dict, str, dict, list[dict]]:
    """A row of the owners' own corpus-real/ with its page's text, manifest entry and rows."""
    folder = relabel.FIXTURES / "corpus-real"
    rows = [json.loads(line) for line in relabel.jsonl_lines(folder / "gold_refs.jsonl")]
    page = next(json.loads(m) for m in relabel.jsonl_lines(folder / "manifest.jsonl") if json.loads(m)["file"] == name)
    mine = [r for r in rows if r["file"] == name]
    return next(r for r in mine if r["start"] == start), _text("corpus-real", name), page, mine


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_no_batch_keeps_a_row_of_the_forms(folder):
    """Every batch, both halves, relabelled by the same functions: running them again finds nothing."""
    assert relabel.scan_folder(folder, "dev", ALL)[1] == []
    assert relabel.scan_folder(folder, "heldout", ALL)[1] == []


def test_each_change_is_logged_with_offsets_into_its_page_and_holds_in_the_gold():
    log = [json.loads(line) for line in relabel.LOG.read_text(encoding="utf-8").splitlines()]
    gold: dict[tuple, str] = {}
    for folder in {row["batch"] for row in log}:
        for line in relabel.jsonl_lines(relabel.FIXTURES / folder / "gold_refs.jsonl"):
            g = json.loads(line)
            gold[(folder, g["file"], g["start"], g["end"])] = g["relation"]
    for row in log:
        assert _text(row["batch"], row["file"])[row["start"] : row["end"]] == row["surface"]
        key = (row["batch"], row["file"], row["start"], row["end"])
        assert gold.get(key) == row["new"], row  # a removed row (new None) is gone
    assert "corpus-real" not in {row["batch"] for row in log}  # the owners' own gold is never relabelled


@pytest.mark.parametrize(
    ("name", "start", "relation"),
    [
        # "Tỉnh ủy Ninh Bình đã tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Chỉ thị số 42/CT-TW …"
        ("news-lhh-ninhbinh-ct42-2012.txt", 275, "implements"),
        # the headline "Tổ chức học tập, quán triệt, triển khai Chỉ thị số 42/CT-TW" (D10 rewritten)
        ("news-lhh-ninhbinh-ct42-2012.txt", 119, "implements"),
        # "Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025 về đại hội …"
        ("news-kimbang-ct45-2025.txt", 34, "implements"),
    ],
)
def test_a24_reads_the_owners_carry_cues_as_they_label_them(name, start, relation):
    row, text, page, rows = _owners_row(name, start)
    assert row["relation"] == relation
    assert relabel.a24(row | {"relation": "cites"}, text, page, rows)[0] == relation


def test_a24_leaves_the_owners_finding_of_a_lapse_cited():
    """tb-278@1111, "… vic quán trit, trin khai ni dung Ch th 45-CT/TW … chưa được quan tâm": ``cites``."""
    row, text, page, rows = _owners_row("tb-278-tw-2009-encoding-loss.txt", 1111)
    assert row["relation"] == "cites" and relabel.a24(row, text, page, rows) is None


def test_a7_reads_the_owners_short_name_as_the_defined_documents_relation():
    """ctr-13222@977 "(sau đây gọi tắt là Kế hoạch 164-KH/TU)" after Kế hoạch số 164-KH/TU carried out: implements."""
    name = next(f.name for f in (relabel.FIXTURES / "corpus-real").glob("ctr-13222*.txt"))
    row, text, page, rows = _owners_row(name, 977)
    assert row["relation"] == "implements"
    assert relabel.a7(row | {"relation": "cites"}, text, page, rows) == ("implements", "short name")


def test_a7_reads_the_owners_bare_parenthesis_as_a_short_name():
    """ctr-hd-57@502 "Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về … (Nghị quyết số 57-NQ/TW)":
    a short name with no cue (D41); a document of another type in a bare parenthesis is none (dev19's "Quyết định số
    1336 về … (Đề án 1336)")."""
    row, text, page, rows = _owners_row("ctr-hd-57-tu-2025-unnamed-province.txt", 502)
    assert row["relation"] == "implements"
    assert relabel.a7(row | {"relation": "cites"}, text, page, rows) == ("implements", "bare short name")
    name = "hoi-ngaymoi-dean-1336-clb-lien-the-he-2022.txt"
    rows = [
        r
        for r in map(json.loads, relabel.jsonl_lines(relabel.FIXTURES / "corpus-real-19" / "gold_refs.jsonl"))
        if r["file"] == name
    ]
    row = next(r for r in rows if r["start"] == 295)
    assert row["surface"] == "Đề án 1336" and relabel.a7(row, _text("corpus-real-19", name), {}, rows) is None


def test_a10_reads_the_owners_back_reference_as_no_mention():
    """news-1thegioi: "Ban Bí thư Trung ương Đảng (khóa 9) đã ban hành văn bản số 145-TB/TW …" (labelled so, with the
    term) then "Thông báo của Ban Bí thư nêu rõ": no row there (A10, deferred: one body, as tests/gold.py compares issuers)."""
    name = "news-1thegioi-lhh-ct45-1998-tb145-2004.txt"
    text = _text("corpus-real", name)
    surface = "Thông báo của Ban Bí thư"
    start = text.index(surface)
    _, _, page, rows = _owners_row(name, 939)
    assert next(r for r in rows if r["start"] == 939)["issuer"] == "Ban Bí thư Trung ương Đảng (khóa 9)"
    bare = {"surface": surface, "doc_type": "Thông báo", "code": None, "start": start, "end": start + len(surface)}
    assert relabel.a10(bare, text, page, rows) == (None, "back-reference")


def test_a10_keeps_a_type_sharing_its_of_with_the_row_before():
    """dev41: "Sau 20 năm thực hiện Nghị quyết và Kết luận của Bộ Chính trị (khóa IX, XI)" after "Kết luận số 12-KL/TW":
    both rows stay (vanban's span of the second is no bare back-reference either)."""
    folder = relabel.FIXTURES / "corpus-real-41"
    name = next(f.name for f in folder.glob("news-vietnamnet-nq10-kl12-*.txt"))
    rows = [json.loads(line) for line in relabel.jsonl_lines(folder / "gold_refs.jsonl")]
    mine = [r for r in rows if r["file"] == name]
    row = next(r for r in mine if r["surface"] == "Kết luận của Bộ Chính trị (khóa IX, XI)")
    assert relabel.a10(row, _text("corpus-real-41", name), {}, mine) is None
    alone = [r for r in mine if r["surface"] != "Nghị quyết"]  # (without the row it shares "của" with: removed)
    assert relabel.a10(row, _text("corpus-real-41", name), {}, alone) == (None, "back-reference")


def test_c17_reads_the_owners_unlabelled_plan_and_strategy():
    """ct-35: "… 5 năm thực hiện Kế hoạch phát triển kinh tế - xã hội 2015 - 2020 và 10 năm thực hiện Chiến lược phát
    triển kinh tế - xã hội 2011 - 2020": no row for either."""
    text = _text("corpus-real", "ct-35-tw-2019-bochinhtri-badinh.txt")
    for surface in ("Kế hoạch phát triển kinh tế - xã hội 2015 - 2020", "Chiến lược phát triển kinh tế - xã hội 2011 - 2020"):
        start = text.index(surface)
        row = {"surface": surface, "code": None, "relation": "cites", "start": start, "end": start + len(surface)}
        assert relabel.c17(row, text, {}, [])[0] is None


def test_a13_and_r_read_the_owners_look_back_and_review_as_cites():
    """ct-12@250-style look-backs "Sau N năm thực hiện X" and news-baomoi's "Hội nghị toàn quốc sơ kết 1 năm thực hiện
    Chỉ thị số 03-CT/TW …": ``cites`` (the owners label no ``reviews``)."""
    row, text, page, rows = _owners_row("news-baomoi-ct03-2012.txt", 103)
    assert row["relation"] == "cites"
    assert relabel.r_review(row | {"relation": "reviews"}, text, page, rows) == ("cites", "national conference")
    look = "Sau 15 năm thực hiện Chỉ thị 49-CT/TW đã tạo chuyển biến tích cực"
    assert relabel.a13({"relation": "implements", "start": look.index("Chỉ thị")}, look, {}, []) == ("cites", "look-back")


@pytest.mark.parametrize(
    ("name", "start", "form"),
    [
        # a directive: "Đại hội tiến hành tồng kết 5 năm thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XII"
        ("ct-35", 424, "congress"),
        # a congress's resolution: "I- Tán thành những nội dung về đánh giá kết quả lãnh đạo thực hiện Nghị quyết Đại hội"
        ("nq-daihoi", 674, "congress"),
        # a link's title: "Đoàn khảo sát của Ban Chỉ đạo Tổng kết Nghị quyết số 23-NQ/TW"
        ("qd-97", 971, "steering committee"),
        # a news headline: "Ban Bí thư Trung ương Đảng chỉ đạo Tổng kết Chỉ thị 45"
        ("tb-278", 44, "reported"),
    ],
)
def test_r_reads_the_owners_reviews_by_another_body_as_cites(name, start, form):
    """D48: the owners' rows of a review another body carries out (OWNERS-READINGS "### R"), each labelled ``cites``."""
    folder = relabel.FIXTURES / "corpus-real"
    name = next(f.name for f in folder.glob(f"{name}*.txt"))
    row, text, page, rows = _owners_row(name, start)
    assert row["relation"] == "cites"
    assert relabel.r_review(row | {"relation": "reviews"}, text, page, rows) == ("cites", form)


def _dev_row(batch: str, prefix: str, start: int) -> tuple[dict, str, dict, list[dict]]:
    """A row of a dev batch with its page's text, manifest entry and rows."""
    folder = relabel.FIXTURES / batch
    name = next(f.name for f in folder.glob(f"{prefix}*.txt"))
    rows = [r for r in map(json.loads, relabel.jsonl_lines(folder / "gold_refs.jsonl")) if r["file"] == name]
    page = next(m for m in map(json.loads, relabel.jsonl_lines(folder / "manifest.jsonl")) if m["file"] == name)
    return next(r for r in rows if r["start"] == start), _text(batch, name), page, rows


@pytest.mark.parametrize(
    ("batch", "prefix", "start"),
    [
        # the page is the review: "BÁO CÁO Tổng kết Chiến lược phát triển gia đình Việt Nam …" and its issuer the
        # subject, "Bộ Văn hóa, Thể thao và Du lịch báo cáo tổng kết, đánh giá tình hình thực hiện Chiến lược …"
        ("corpus-real-40", "doc-hieuluat-bc293", 716),
        ("corpus-real-40", "doc-hieuluat-bc293", 1098),
        # a programme's own item on a news page, its subject unstated: "(5) Hằng năm đánh giá và tham gia sơ kết, tổng
        # kết thực hiện Nghị quyết số 20-NQ/TW"
        ("corpus-real-31", "tin-lien-minh-htx-viet-nam-cthd-812", 1356),
        # the state of carrying out reported by the body carrying it out, no review's word (the owners' news-baochinhphu
        # @885 reads such a one ``implements``): "làm việc với Ban Thường vụ Tỉnh ủy Long An về tình hình thực hiện"
        ("corpus-real-28", "news-plo-thutuong-lamviec-longan", 400),
    ],
)
def test_r_keeps_the_pages_own_review(batch, prefix, start):
    row, text, page, rows = _dev_row(batch, prefix, start)
    assert row["relation"] == "reviews" and relabel.r_review(row, text, page, rows) is None


def test_a24_leaves_a_review_conference_to_r():
    """dev38's "Ban Thường vụ Thành ủy tổ chức Hội nghị tổng kết 5 năm thực hiện Chỉ thị số 03-CT/TW": the organising
    lead reaches the review, no carry cue (D48), so R's ``cites`` stays."""
    row, text, page, rows = _dev_row("corpus-real-38", "news-baodanang-tong-ket-5-nam-ct03", 242)
    assert row["relation"] == "cites" and relabel.a24(row, text, page, rows) is None


def test_the_scripts_own_examples():
    assert doctest.testmod(relabel).failed == 0


@pytest.mark.parametrize("start", [71, 146, 281, 340, 415, 670, 1283])
def test_d6_reads_the_owners_hu_sontinh_as_they_label_it(start):
    """@71/@146/@340/@415 inside "(về) tổ chức quán triệt, triển khai thực hiện …" (the second item coordinated after
    "(khóa XI) và"): ``implements``; the plan @281 and the purposes' "Nghị quyết 37" @670/@1283: ``cites``."""
    row, text, page, rows = _owners_row("hu-sontinh-quangngai-kh-79-2015.txt", start)
    found = relabel.d6(row | {"relation": "cites"}, text, page, rows)
    assert (found[0] if found else "cites") == row["relation"]


@pytest.mark.parametrize(
    ("prefix", "start"),
    [
        # "Kế hoạch số 99-KH/TU ngày 14-1-2022 của Ban Chấp hành Đảng bộ tỉnh thực hiện Kết luận số 21-KL/TW …"
        ("news-ninhthuan-kl21-kh99-2022", 929),
        # "… đã trình bày Chương trình hành động số 08 của Tỉnh ủy thực hiện Chỉ thị số 42/CT-TW"
        ("news-lhh-ninhbinh-ct42-2012", 1417),
        # "BTV Tỉnh ủy đã kịp thời ban hành Kế hoạch số 248-KH/TU ngày 9-8-2019 triển khai thực hiện Chỉ thị số 35-CT/TW"
        ("news-gialai-kh-248-tu-2020", 1113),
        # on the page that is itself a plan (its own title's Chỉ thị 37 @209 implements): "Kế hoạch số 185-KH/TU ngày
        # 03/01/2020 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 37-CT/TW"
        ("kh-68-kh-ubnd-sonla-2020", 609),
        # "Căn cứ Kế hoạch số 192-KH/TU ngày 02 tháng 11 năm 2018 của Tỉnh ủy Bà Rịa - Vũng Tàu về triển khai thực hiện …"
        ("kh-163-kh-ubnd-bariavungtau-2019", 654),
    ],
)
def test_a9_reads_the_owners_numbered_plans_object_as_cited(prefix, start):
    """D74: X named after a numbered plan's "(về) (triển khai) thực hiện" is that plan's, ``cites``."""
    name = next(f.name for f in (relabel.FIXTURES / "corpus-real").glob(f"{prefix}*.txt"))
    row, text, page, rows = _owners_row(name, start)
    assert row["relation"] == "cites"
    assert relabel.a9(row | {"relation": "implements"}, text, page, rows) == ("cites", "numbered plan")


@pytest.mark.parametrize(
    ("prefix", "start"),
    [
        ("kh-68-kh-ubnd-sonla-2020", 709),  # "UBND tỉnh ban hành Kế hoạch triển khai thực hiện Chỉ thị số 37-CT/TW": its own
        ("ctr-hd-57-tu-2025-unnamed-province", 144),  # "… vừa ban hành Chương trình hành động thực hiện Nghị quyết số 57"
        ("kh-114-tu-langson-2019", 251),  # "Tỉnh ủy ban hành Kế hoạch thực hiện Kết luận số 52-KL/TW"
    ],
)
def test_a9_leaves_the_owners_unnumbered_own_plan_carried_out(prefix, start):
    """The owners' unnumbered plan, the page itself, carries X out (``implements``): not D74's form."""
    name = next(f.name for f in (relabel.FIXTURES / "corpus-real").glob(f"{prefix}*.txt"))
    row, text, page, rows = _owners_row(name, start)
    assert row["relation"] == "implements" and relabel.a9(row, text, page, rows) is None


def test_a9_leaves_a_plan_that_is_the_page_itself():
    """dev16, the page that is Chương trình số 27-CTr/TU (``self``, D73): "Chương trình số 27-CTr/TU về thực hiện Chỉ thị
    13-CT/TW của Ban Bí thư" → ``implements`` kept."""
    row, text, page, rows = _dev_row("corpus-real-16", "department-snnptnt-hue-ctr-27", 301)
    assert row["relation"] == "implements" and relabel.a9(row, text, page, rows) is None


@pytest.mark.parametrize(
    ("batch", "prefix", "start"),
    [
        # a plan the page carries out: "Thực hiện Kế hoạch số 29-KH/TU, ngày 03/4/2012 của Ban Thường vụ Tỉnh ủy về tổ
        # chức học tập, quán triệt, tuyên truyền Nghị quyết Hội nghị lần thứ tư …" (the owners are silent: OPEN-QUESTIONS)
        ("corpus-real-2", "hu-hamthuannam-kh29-tu-nqtw4-2012", 118),
        # "thông qua kết hoạch tổ chức thực hiện chương trình hành động của Hội CCB": no spreading, a plan carrying X out
        ("corpus-real-7", "hccb-hatinh-quantriet-kl66-2010", 392),
    ],
)
def test_d6_leaves_a_carried_plan_and_a_plan_of_carrying_out(batch, prefix, start):
    row, text, page, rows = _dev_row(batch, prefix, start)
    assert row["relation"] == "cites" and relabel.d6(row, text, page, rows) is None


def test_a30_reads_the_owners_standard_kept_to_as_cited():
    """hd-03@971 "… các hình thức khen thưởng cao theo tinh thần mới của Chỉ thị 45-CT/TW." is ``cites`` on the guide
    that carries Chỉ thị 45 out (D89); its own "Thực hiện Chỉ thị số 45-CT/TW …" rows stay ``implements``."""
    row, text, page, rows = _owners_row("hd-03-btgtw-2011.txt", 971)
    assert row["relation"] == "cites"
    assert relabel.a30(row | {"relation": "implements"}, text, page, rows) == ("cites", "in the spirit of")
    carried = [r for r in rows if r["relation"] == "implements"]
    assert carried and all(relabel.a30(r, text, page, rows) is None for r in carried)


def test_a30_takes_the_list_the_standard_opens_and_leaves_a_nested_title():
    """dev40: "… theo tinh thần Nghị quyết Đại hội XII của Đảng; Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị
    về hội nhập quốc tế; Nghị quyết số 38/NQ-CP … ban hành Chương trình hành động thực hiện Nghị quyết số 06-NQ/TW …":
    the list's items keep to the standard (D89); the document named inside an item's title is that item's."""
    batch, name = "corpus-real-40", "doc-hethongphapluat-ctr01-ctr-ubnd-tuyenquang-doi-ngoai-2020.txt"
    rows = [r for r in map(json.loads, relabel.jsonl_lines(relabel.FIXTURES / batch / "gold_refs.jsonl")) if r["file"] == name]
    text = _text(batch, name)
    item = next(r for r in rows if r["start"] == 533)
    assert relabel.a30(item | {"relation": "implements"}, text, {}, rows) == ("cites", "in the spirit of (list)")
    nested = next(r for r in rows if r["start"] == 703)
    assert relabel.a30(nested | {"relation": "implements"}, text, {}, rows) is None
