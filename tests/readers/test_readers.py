"""vanban.readers: PDF and DOCX files built from corpus documents, read back.

The files are drawn by tests/fixtures/render.py (reportlab / python-docx) in a
temporary directory; without DejaVu Serif the PDF tests are skipped."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fixtures.drawn import DOCS, long_pdf_doc, seed_doc, source, wrapped_doc
from fixtures.render import FontUnavailable, RenderDoc, render_docx, render_from_text, render_pdf, render_scan_pdf
from vanban.errors import OCRRequiredError, ReadError, UnsupportedFormatError
from vanban.readers import Extracted, read_docx, read_pdf


def pdf(doc: RenderDoc, path: Path, **kw) -> Path:
    try:
        return render_pdf(doc, path, **kw)
    except FontUnavailable as e:
        pytest.skip(str(e))


def tokens(s: str) -> list[str]:
    return s.split()


def without(ex: Extracted, *labels: str) -> str:
    """The text with the given blocks blanked out (same length)."""
    text = ex.text
    for s, e in sorted((sp for lab in labels for sp in ex.spans(lab)), reverse=True):
        text = text[:s] + " " * (e - s) + text[e:]
    return text


def check_pages(ex: Extracted) -> None:
    assert ex.pages[0][0] == 0 and ex.pages[-1][1] == len(ex.text)
    for (_s1, e1), (s2, _e2) in zip(ex.pages, ex.pages[1:]):
        assert s2 == e1 + 1 and ex.text[e1] == "\f"
    for s, e in ex.pages:
        assert "\f" not in ex.text[s:e]
    assert ex.text.count("\f") == len(ex.pages) - 1
    for s, e, lab in ex.blocks:
        assert 0 <= s < e <= len(ex.text), (s, e, lab)


def check_blocks(ex: Extracted, doc: RenderDoc) -> None:
    for label, want in (
        ("letterhead-left", doc.left),
        ("letterhead-right", doc.right),
        ("recipients", doc.recipients),
        ("signature", [s for s in doc.signature if s]),
    ):
        got = ex.text_of(label)
        assert len(got) == 1, (label, got)
        assert tokens(got[0]) == tokens(" ".join(want)), label
    (_rs, re_), (ss, _se) = ex.spans("recipients")[0], ex.spans("signature")[0]
    assert re_ < ss, "recipients come before the signature, and do not overlap it"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """{name: (RenderDoc, pdf path, docx path)} for the three corpus documents and the seed."""
    out = tmp_path_factory.mktemp("formats")
    res = {}
    for name in DOCS:
        doc = render_from_text(source(name))
        res[name] = (doc, pdf(doc, out / f"{name}.pdf"), render_docx(doc, out / f"{name}.docx"))
    seed = seed_doc()
    res["seed"] = (seed, pdf(seed, out / "seed.pdf"), render_docx(seed, out / "seed.docx"))
    return res


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    doc = long_pdf_doc()
    path = pdf(doc, tmp_path_factory.mktemp("long") / "long.pdf", running_header="Kế hoạch số 45-KH/HU")
    return doc, path


# --------------------------------------------------------------------------- PDF


def test_seed_letterhead_comes_out_as_two_blocks(built):
    doc, path, _ = built["seed"]
    import pdfplumber

    with pdfplumber.open(path) as plain:  # what position-only extraction gives: the columns interleaved
        assert "Số 45-KH/HU Phú Thiện, ngày 30 tháng 6 năm 2021" in plain.pages[0].extract_text()
    ex = read_pdf(path)
    lines = ex.text.split("\n")
    i = lines.index("ĐẢNG CỘNG SẢN VIỆT NAM")
    assert lines[i + 1] == "Phú Thiện, ngày 30 tháng 6 năm 2021"
    j = lines.index("HUYỆN ỦY PHÚ THIỆN")
    assert lines[j : j + 3] == ["HUYỆN ỦY PHÚ THIỆN", "*", "Số 45-KH/HU"]
    assert ex.text_of("letterhead-left") == ["ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\n*\nSố 45-KH/HU"]
    assert ex.text_of("letterhead-right") == ["ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Thiện, ngày 30 tháng 6 năm 2021"]
    assert ex.text.startswith("ĐẢNG BỘ TỈNH GIA LAI\n")
    assert ex.kind == "pdf" and ex.meta["pages"] == len(ex.pages) >= 2
    check_blocks(ex, doc)
    assert ex.text_of("signature") == ["T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nVũ Hồng Duy"]


@pytest.mark.parametrize("name", [*DOCS, "seed"])
def test_pdf_every_word_in_order(built, name):
    doc, path, _ = built[name]
    ex = read_pdf(path)
    check_pages(ex)
    check_blocks(ex, doc)
    assert tokens(without(ex, "page-number")) == tokens(" ".join(doc.all_lines()))
    # body lines keep the PDF's line breaks: a long citation wraps over several lines
    assert max(len(s) for s in ex.text.split("\n")) < 120


@pytest.mark.parametrize("name", DOCS)
def test_pdf_page_numbers_are_kept_and_reported(built, name):
    _doc, path, _ = built[name]
    ex = read_pdf(path)
    spans = ex.spans("page-number")
    assert len(ex.pages) >= 2
    assert len(spans) == len(ex.pages) - 1  # from page 2 on
    for s, e in spans:
        page = ex.page_of(s)
        assert ex.text[s:e] == str(page + 1)
        ps, pe = ex.pages[page]
        assert ps <= s and e <= pe


def test_pdf_layout_modes_agree(built):
    doc, path, _ = built[DOCS[0]]
    auto, every, fast = read_pdf(path), read_pdf(path, layout_pages="all"), read_pdf(path, layout_pages="none")
    assert every.meta["layout_pages"] == every.meta["pages"] and fast.meta["layout_pages"] == 0
    want = tokens(" ".join(doc.all_lines()))
    assert tokens(without(every, "page-number")) == want
    assert tokens(without(auto, "page-number")) == want
    # stream order only: nothing is lost, and here (columns drawn one after the other) even in order
    assert sorted(tokens(without(fast, "page-number"))) == sorted(want)
    assert fast.text_of("recipients")[0].startswith("Nơi nhận:")
    assert fast.text_of("signature")[0].startswith("T/M BAN THƯỜNG VỤ")
    with pytest.raises(ValueError):
        read_pdf(path, layout_pages="some")


def test_pdf_wrapped_date_and_signature_above_recipients(tmp_path):
    doc = wrapped_doc()
    path = pdf(doc, tmp_path / "w.pdf", recipients_drop=30, page_numbers="bottom")
    ex = read_pdf(path)
    check_blocks(ex, doc)
    assert ex.text_of("letterhead-right")[0].startswith("ĐẢNG CỘNG SẢN VIỆT NAM\nThành phố Pleiku")
    assert len(ex.spans("page-number")) == len(ex.pages) - 1
    assert tokens(without(ex, "page-number")) == tokens(" ".join(doc.all_lines()))


def test_long_pdf_uses_the_fast_path_for_body_pages(long_pdf):
    doc, path = long_pdf
    ex = read_pdf(path)
    m = ex.meta
    assert m["pages"] >= 30
    assert m["layout_pages"] <= 3 and 1 in m["layout_page_numbers"] and m["pages"] in m["layout_page_numbers"]
    assert m["fast_pages"] == m["pages"] - m["layout_pages"]
    check_pages(ex)
    assert len(ex.spans("page-number")) == m["pages"] - 1
    assert len(ex.spans("running-header")) == m["pages"] - 1
    assert set(ex.text_of("running-header")) == {"Kế hoạch số 45-KH/HU"}
    assert tokens(without(ex, "page-number", "running-header")) == tokens(" ".join(doc.all_lines()))


def test_scanned_pdf_needs_ocr(tmp_path, monkeypatch):
    from vanban.readers import pdf as pdf_mod

    monkeypatch.setattr(pdf_mod, "_ocr_available", lambda: False)
    path = render_scan_pdf(tmp_path / "scan.pdf", pages=2)
    with pytest.raises(OCRRequiredError) as info:
        read_pdf(path)
    assert "no text layer" in info.value.reason and "ocrmypdf" in info.value.hint


def test_truncated_and_corrupt_pdfs(built, tmp_path):
    _doc, path, _ = built[DOCS[0]]
    data = path.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError) as info:
        read_pdf(cut)
    assert not isinstance(info.value, OCRRequiredError) and "truncated" in info.value.reason
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    with pytest.raises(ReadError, match="not a readable PDF"):
        read_pdf(junk)
    notpdf = tmp_path / "page.pdf"
    notpdf.write_text("<html>404</html>")
    with pytest.raises(ReadError, match="not a PDF"):
        read_pdf(notpdf)
    with pytest.raises(ReadError, match="no such file"):
        read_pdf(tmp_path / "missing.pdf")


def test_encrypted_pdf(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "locked.pdf"
    c = Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("secret", canPrint=0))
    c.drawString(100, 700, "Ke hoach so 45-KH/HU")
    c.save()
    with pytest.raises(ReadError, match="encrypted"):
        read_pdf(path)


# --------------------------------------------------------------------------- DOCX


@pytest.mark.parametrize("name", [*DOCS, "seed"])
def test_docx_every_word_in_order(built, name):
    doc, _, path = built[name]
    ex = read_docx(path)
    assert ex.kind == "docx" and ex.meta["line_is_paragraph"]
    check_pages(ex)
    check_blocks(ex, doc)
    assert tokens(ex.text) == tokens(" ".join(doc.all_lines()))
    lines = ex.text.split("\n")
    i = lines.index(doc.right[0])
    assert lines[i + 1] == doc.right[1]


def test_docx_recovers_auto_numbering(built):
    import docx

    doc, _, path = built[DOCS[0]]
    raw = [p.text for p in docx.Document(str(path)).paragraphs]
    assert "Mục đích" in raw and "1. Mục đích" not in raw  # the label is Word's, not the text's
    assert not any(re.match(r"^(\d+\.|[a-z]\)|-) ", s) for s in raw)
    lines = read_docx(path).text.split("\n")
    for want in (
        "1. Mục đích",
        "2. Yêu cầu",
        "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức",
        "4. Thu hút, trọng dụng trí thức",
    ):
        assert want in lines
    assert any(s.startswith("a) Cấp ủy các cấp bảo đảm") for s in lines)
    assert any(s.startswith("c) Đẩy mạnh chuyển giao") for s in lines)  # "a)" restarts under each "1."
    assert any(s.startswith("- Quán triệt sâu sắc") for s in lines)  # bullet "-"
    # every numbered line of the source comes back with its label
    assert [s for s in lines if re.match(r"^(\d+\.|[a-z]\)) ", s)] == [
        s for s in doc.paragraphs if re.match(r"^(\d+\.|[a-z]\)) ", s)
    ]


def test_docx_numbering_formats(tmp_path):
    """upperRoman with "%1.", lowerLetter with "%1)", a restart via startOverride, a bullet glyph."""
    import docx
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    d = docx.Document()
    numbering = d.part.numbering_part.element
    first_num = numbering.find(f"{{{w}}}num")
    for aid, fmt, text in ((700, "upperRoman", "%1."), (701, "lowerLetter", "%1)"), (702, "bullet", "\uf0b7")):
        first_num.addprevious(
            parse_xml(
                f'<w:abstractNum xmlns:w="{w}" w:abstractNumId="{aid}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
            )
        )
    over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    for nid, aid, o in ((800, 700, ""), (801, 701, over), (802, 701, over), (803, 702, "")):
        numbering.append(parse_xml(f'<w:num xmlns:w="{w}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{o}</w:num>'))

    def item(text, nid):
        p = d.add_paragraph(text)
        p._p.get_or_add_pPr().insert(
            0, parse_xml(f'<w:numPr xmlns:w="{w}"><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>')
        )

    item("MỤC ĐÍCH, YÊU CẦU", 800)
    item("Quán triệt", 801)
    item("Nâng cao", 801)
    item("NHIỆM VỤ", 800)
    item("Tuyên truyền", 802)
    item("Hội thảo", 803)
    path = tmp_path / "n.docx"
    d.save(str(path))
    assert read_docx(path).text.split("\n") == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "a) Quán triệt",
        "b) Nâng cao",
        "II. NHIỆM VỤ",
        "a) Tuyên truyền",
        "• Hội thảo",
    ]


def test_docx_footer_page_field_in_meta(built):
    _doc, _, path = built[DOCS[0]]
    ex = read_docx(path)
    assert ex.meta["page_fields"] and ex.meta["page_fields"][0]["part"] == "footer"
    assert "page-number" not in {lab for _s, _e, lab in ex.blocks}  # footers are not body text


def test_docx_letterhead_typed_with_tabs_and_plain_end_block(tmp_path):
    import docx

    d = docx.Document()
    for s in (
        "ĐẢNG BỘ TỈNH GIA LAI",
        "HUYỆN ỦY PHÚ THIỆN\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "*",
        "Số 45-KH/HU\t\tPhú Thiện, ngày 30 tháng 6 năm 2021",
    ):
        d.add_paragraph(s)
    for s in (
        "KẾ HOẠCH",
        "triển khai thực hiện Kết luận số 93-KL/TW",
        "Nội dung.",
        "Nơi nhận:",
        "- Ban Thường vụ Tỉnh ủy (báo cáo),",
        "- Lưu VT.",
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "",
        "Vũ Hồng Duy",
    ):
        d.add_paragraph(s)
    path = tmp_path / "t.docx"
    d.save(str(path))
    ex = read_docx(path)
    assert ex.text_of("letterhead-left") == ["ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\n*\nSố 45-KH/HU"]
    assert ex.text_of("letterhead-right") == ["ĐẢNG CỘNG SẢN VIỆT NAM\nPhú Thiện, ngày 30 tháng 6 năm 2021"]
    assert ex.text_of("recipients") == ["Nơi nhận:\n- Ban Thường vụ Tỉnh ủy (báo cáo),\n- Lưu VT."]
    assert ex.text_of("signature") == ["T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nVũ Hồng Duy"]


def test_docx_page_break_splits_pages(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("Trang một.")
    d.add_page_break()
    d.add_paragraph("Trang hai.")
    path = tmp_path / "pb.docx"
    d.save(str(path))
    ex = read_docx(path)
    check_pages(ex)
    assert [ex.text[s:e] for s, e in ex.pages] == ["Trang một.", "Trang hai."]


def test_doc_and_broken_docx(built, tmp_path):
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    with pytest.raises(UnsupportedFormatError) as info:
        read_docx(old)
    assert info.value.reason == "old binary .doc format" and "libreoffice" in info.value.hint
    renamed = tmp_path / "renamed.docx"  # a .doc saved under a .docx name
    renamed.write_bytes(old.read_bytes())
    with pytest.raises(UnsupportedFormatError):
        read_docx(renamed)
    _doc, _, good = built[DOCS[0]]
    cut = tmp_path / "cut.docx"
    cut.write_bytes(good.read_bytes()[:3000])
    with pytest.raises(ReadError) as info:
        read_docx(cut)
    assert not isinstance(info.value, UnsupportedFormatError)
    nodoc = tmp_path / "nodoc.docx"  # a valid zip that is not a Word document
    with zipfile.ZipFile(nodoc, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(ReadError):
        read_docx(nodoc)
    text = tmp_path / "text.docx"
    text.write_text("Kế hoạch")
    with pytest.raises(ReadError, match="not a .docx"):
        read_docx(text)


def test_import_vanban_stays_light():
    heavy = "('pdfplumber', 'pypdfium2', 'docx', 'pdfminer', 'matplotlib', 'pyvi', 'pandas', 'spacy', 'networkx')"
    code = f"import sys, vanban, vanban.readers; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
    # the lazy names resolve on first use
    code = (
        "import vanban, vanban.viz; assert vanban.plot_cascade is vanban.viz.plot_cascade; print('plot_cascade' in dir(vanban))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "True"


def test_a_files_text_is_scrubbed_from_the_bytes_the_cleaning_reads(tmp_path):
    """``extract_file`` scrubs a text as ``scrub`` does (a control character replaced one for one), told from the bytes
    the cleaning reads next when they say no character is a control: those bytes are left kept for the cleaning (one
    encoding of the text for both), the text itself returned. On the real plans and the seed, a text with a NUL and an
    escape, a vertical tab, a carriage return, and one with a character that has no byte ("①")."""
    from paths import REAL, ROOT
    from vanban.readers import _scrubbed, extract_file
    from vanban.source import clean
    from vanban.text import kept_bytes, scrub

    plan = ROOT / "corpus" / "gialai-phuthien-iasol-danguy-kehoach-18-khdu-2021-07-09-kl93.txt"
    ex = extract_file(plan)
    assert ex.text == plan.read_text(encoding="utf-8") and kept_bytes(ex.text) is not None
    assert clean(ex.text).identity and kept_bytes(ex.text) is not None  # (the cleaning found them kept)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")) + sorted(REAL.glob("*.txt"))]
    texts += ["Kết luận\x00 số\x1b 93-KL/TW", "KẾ HOẠCH\x0bvề việc X", "KẾ HOẠCH\r\nvề\x00 việc", "Số ① 45-KH/HU\x7f", ""]
    for t in texts:
        got = _scrubbed(t)
        assert got == scrub(t), t[:40]
        if got == t:
            assert got is t
    p = tmp_path / "nul.txt"
    p.write_bytes("Kết luận\x00 số 93-KL/TW\n".encode())
    assert extract_file(p).text == "Kết luận  số 93-KL/TW\n"
