"""Jupyter display of a Document, and subject/title matching."""

from __future__ import annotations

import html.parser

import pytest

import vanban
import vanban.display
from paths import REAL, SEED
from vanban.model import HEADER_ROWS
from vanban.similar import keywords, similar_titles, words


class _Check(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack: list[str] = []
        self.titles: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "img", "meta"):
            self.stack.append(tag)
        self.titles += [v for k, v in attrs if k == "title"]

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (self.stack[-3:], tag)
        self.stack.pop()


def test_document_html_is_well_formed_and_informative():
    doc = vanban.read(SEED)
    page = doc._repr_html_()
    p = _Check()
    p.feed(page)
    assert not p.stack
    assert any("key: 93-KL/TW#XII" in t for t in p.titles)
    assert any(t.startswith("error: type-code-mismatch") and "93-KL/TW" in t for t in p.titles)
    assert "Vũ Hồng Duy" in page and "(inferred)" in page and "Deer mu" in page
    assert f"{len(doc.references)} references" in page and ">1 error<" in page and ">1 warning<" in page


class _Rows(html.parser.HTMLParser):
    """The letterhead rows of a page: label (th) and cell (td) text of each <tr>."""

    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("th", "td") and self.rows:
            self.rows[-1].append("")

    def handle_data(self, data):
        if self.rows and self.rows[-1]:
            self.rows[-1][-1] += data


def _marked(page: str) -> set[str]:
    p = _Rows()
    p.feed(page)
    return {row[0].replace(" (inferred)", "") for row in p.rows if any("(inferred)" in c for c in row)}


@pytest.mark.parametrize(
    "path, marked",
    [
        # the seed has no letterhead: its issuer comes from "T/M BAN THƯỜNG VỤ", its district and province from the body
        (SEED, {"issuer", "locality"}),
        # the OCR splits the type line ("K ÉT LUẬN"): the type is read from the body
        (REAL / "kl-445-tu-thuathienhue-2022-ocr.txt", {"type"}),
        # a press copy without letterhead: "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động …"
        (REAL / "ctr-hd-57-tu-2025-unnamed-province.txt", {"type", "issuer"}),
        # an undated draft ("ngày tháng năm 2022") whose letterhead lines ran together: district and province from the body
        (REAL / "kh-hu-trieuson-thanhhoa-2022-draft.txt", {"locality"}),
    ],
)
def test_every_inferred_field_is_marked_and_no_other(path, marked):
    doc = vanban.read(path)
    h = doc.header
    shown = {label: names for label, names in HEADER_ROWS}
    assert {label for label in marked for n in shown[label] if n in h.inferred} == marked
    assert h.inferred <= {n for label in marked for n in shown[label]}
    assert _marked(vanban.display.document_html(doc)) == marked
    assert _marked(h._repr_html_()) == marked


def test_short_reprs():
    r = vanban.find_references("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")[0]
    assert repr(r) == "<Reference 93-KL/TW · 2020-11-20 · Ban Bí thư · implements [10:62]>"
    (f,) = [f for f in vanban.check(vanban.parse("Căn cứ Kết luận số 93-NQ/TW của Ban Bí thư")) if f.severity == "error"]
    assert repr(f).startswith("<Finding error type-code-mismatch") and "→ 93-KL/TW" in repr(f)


def test_words_and_keywords_with_pyvi():
    assert "doi_ngu" in words("đội ngũ trí thức")
    assert "tri_thuc" in words("đội ngũ trí thức")
    kw = keywords("xây dựng đội ngũ trí thức; phát huy vai trò của đội ngũ trí thức; trí thức khoa học", k=3)
    assert kw[0] in ("doi_ngu", "tri_thuc")


def test_similar_titles():
    titles = [
        "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên",
        "xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh công nghiệp hóa",
        "công tác văn thư",
    ]
    for pyvi in (False, True):
        best = similar_titles("xây dựng đội ngũ trí thức", titles, pyvi=pyvi)
        assert best[0][0] == 1 and best[0][1] > 0.4


def test_named_reference_linked_by_subject():
    c = vanban.Corpus.from_paths([REAL / "kh-114-tu-langson-2019.txt", REAL / "nq-45-tw-2023-bchtw.txt"], progress=False)
    G = c.graph()
    assert G.graph["aliases"].get("named:nghi quyet trung uong 7#X") == "27-NQ/TW#X"
    assert "nghi quyet trung uong 7" in G.nodes["27-NQ/TW#X"]["names"]


def test_header_repr_is_readable():
    h = vanban.read(SEED).header
    assert repr(h) == (
        "<Header Kế hoạch · Ban Thường vụ Huyện ủy Phú Thiện · Phú Thiện, 30/06/2021 · district "
        "(inferred: district, issuer, province)>"
    )
    assert "spans" not in repr(h) and "lines" not in repr(h)
    page = h._repr_html_()
    p = _Check()
    p.feed(page)
    assert not p.stack and "issuer (inferred)" in page and "30/06/2021" in page
