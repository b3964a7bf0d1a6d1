"""Nothing lost, nothing hangs (issue 13): limits, encodings, line ends, control
characters, folder walking, paths that are paths, honest messages, one bad file never
sinking a run; on the real documents of corpus/ and tests/fixtures/corpus-real/."""

from __future__ import annotations

import codecs
import os
import shutil
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

import vanban
from adversarial.build import _legacy, _patched_docx
from paths import REAL, ROOT, SEED, SHARED_REAL
from timing import fastest
from vanban.errors import EncodingError, InputTypeError, LimitError, PathError, ReadError
from vanban.readers import Limits, collect, damage, decode_text, extract_file, read_docx, read_pdf, repair

CORPUS = ROOT / "corpus"
KL93 = CORPUS / "tw-ketluan-93-kltw-2020-11-20.txt"
DOCX = CORPUS / "bentre-tinhuy-kehoach-41-khtu-2021-03-26-kl93.docx"
PDF = CORPUS / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf"
TEXTS = [p for p in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.md")) + sorted(REAL.glob("*.txt")) if p.stem != "README"]
ALL_REAL = TEXTS + (sorted(SHARED_REAL.glob("*.txt")) if SHARED_REAL.is_dir() else [])


# --------------------------------------------------------------------------- limits


def test_numbering_bomb_is_bounded_and_said(tmp_path):
    """`<w:start w:val="500000000"/>` with lowerLetter: 384 million characters and 73 s before."""
    bomb = tmp_path / "bomb.docx"
    _patched_docx(
        DOCX,
        bomb,
        "word/numbering.xml",
        lambda x: x.replace(
            '<w:start w:val="1"/><w:numFmt w:val="decimal"', '<w:start w:val="500000000"/><w:numFmt w:val="lowerLetter"'
        ),
    )
    ex = read_docx(bomb)
    # against the unpatched file, in one run (a clock's reading alone depends on the machine's load): ~1x here, 73 s before
    assert fastest(lambda: read_docx(bomb)) < 20 * fastest(lambda: read_docx(DOCX))
    assert len(ex.text) < 3 * len(read_docx(DOCX).text)
    assert any("w:start=500000000 is beyond Word's range 0-32767" in w for w in ex.warnings)


def test_numbering_start_that_is_not_a_number(tmp_path):
    bad = tmp_path / "mot.docx"
    _patched_docx(DOCX, bad, "word/numbering.xml", lambda x: x.replace('<w:start w:val="1"/>', '<w:start w:val="một"/>'))
    ex = read_docx(bad)
    assert ex.text == read_docx(DOCX).text  # 1 is the default, and what the file meant
    assert "numbering.xml: w:start='một' is not a number; 1 used" in ex.warnings


def test_docx_limits_name_the_file_and_the_limit(tmp_path):
    with pytest.raises(LimitError) as info:
        read_docx(DOCX, limits=Limits(max_chars=1000))
    e = info.value
    assert (e.limit, e.value, e.path) == ("max_chars", 1000, str(DOCX)) and "Limits(max_chars=…)" in str(e)
    with pytest.raises(LimitError) as info:  # styles.xml inflates 12×: over a limit of 5
        read_docx(DOCX, limits=Limits(max_expansion=5))
    assert info.value.limit == "max_expansion" and "inflates" in info.value.reason


def test_pdf_and_text_limits(tmp_path):
    with pytest.raises(LimitError, match="pages 1-1 have"):
        read_pdf(PDF, limits=Limits(max_chars=500))
    with pytest.raises(LimitError, match="max_chars=100"):
        extract_file(KL93, limits=Limits(max_chars=100))
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 4000)
    with pytest.raises(LimitError, match="4,000 bytes"):  # refused from its size, before reading
        extract_file(big, limits=Limits(max_chars=500))
    doc = vanban.read(KL93, limits=Limits(max_chars=100_000))
    assert doc.header.code == "93-KL/TW"


def test_bytes_read_already_are_not_read_again_and_read_the_same(tmp_path, monkeypatch):
    """The map step hashes a file's bytes and passes them on (``extract_file(data=)``): a .txt is
    then not read again, and gives what reading it gives, refusals and their messages included."""
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 4000)
    legacy = tmp_path / "tcvn3.txt"
    legacy.write_bytes(_legacy(KL93.read_text(encoding="utf-8"), "tcvn3").encode("latin-1"))
    cases = [(KL93, None), (legacy, None), (big, Limits(max_chars=500)), (KL93, Limits(max_chars=100))]
    expected = []
    for p, limits in cases:
        try:
            ex = extract_file(p, limits=limits)
            expected.append((ex.text, ex.kind, ex.pages, ex.warnings))
        except LimitError as e:
            expected.append(str(e))
    data = [p.read_bytes() for p, _ in cases]
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"{self} read again"))
    for (p, limits), b, want in zip(cases, data, expected):
        try:
            ex = extract_file(p, limits=limits, data=b)
            assert (ex.text, ex.kind, ex.pages, ex.warnings) == want, p.name
        except LimitError as e:
            assert str(e) == want, p.name


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16", "utf-8-sig"])
def test_byte_order_marks(codec):
    text = KL93.read_text(encoding="utf-8")
    data = text.encode(codec)
    if codec in ("utf-32-le", "utf-32-be"):
        data = (codecs.BOM_UTF32_LE if codec.endswith("le") else codecs.BOM_UTF32_BE) + data
    assert decode_text(data) == (text, [])


def test_a_utf32_le_bom_is_not_taken_for_utf16():
    data = codecs.BOM_UTF32_LE + "Kế hoạch".encode("utf-32-le")
    assert decode_text(data)[0] == "Kế hoạch"
    with pytest.raises(EncodingError, match="UTF-32 byte order mark"):
        decode_text(codecs.BOM_UTF32_LE + b"\x00\x00\xd8\x00")


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_legacy_files_are_converted_with_a_warning(name, tmp_path):
    pytest.importorskip("viparse")  # Python >= 3.11
    text = KL93.read_text(encoding="utf-8")
    got, notes = decode_text(_legacy(text, name).encode("latin-1"))
    assert notes and notes[0].startswith(f"converted from {name.upper()}")
    same = sum(a == b for a, b in zip(got.split(), text.split()))
    assert same >= len(text.split()) - 2  # TCVN3 has no capital Ủ: "Ủy viên" comes back "ủy viên"
    assert "KẾT LUẬN\nCỦA BAN BÍ THƯ" in got  # headings in capitals again


def test_the_quick_unicode_test_says_no_legacy_only_where_the_full_count_does():
    """``_legacy`` skips counting every letter when Unicode Vietnamese letters are more than 1 in 100
    characters: only where the full count says None too, and never for a legacy text."""
    from vanban.readers.encoding import _LETTER, _VIET_ONLY, _unicode_vietnamese

    def full_count_says_none(head: str) -> bool:
        letters, viet = len(_LETTER.findall(head)), len(_VIET_ONLY.findall(head))
        return letters < 40 or viet * 100 > letters

    kl93 = KL93.read_text(encoding="utf-8")
    sparse = "a" * 990 + "ế" * 10, "a" * 989 + "ế" * 11, "ế" * 3, ""  # at, just over the line; short; empty
    texts = [p.read_text(encoding="utf-8") for p in ALL_REAL] + [_legacy(kl93, "tcvn3"), _legacy(kl93, "vni"), *sparse]
    for t in texts:
        if _unicode_vietnamese(t):
            assert full_count_says_none(t), t[:60]
    assert not _unicode_vietnamese(sparse[0]) and _unicode_vietnamese(sparse[1])
    assert not _unicode_vietnamese(_legacy(kl93, "tcvn3")) and _unicode_vietnamese(kl93)


def test_mojibake_is_repaired_and_lost_letters_marked(tmp_path):
    import ftfy.bad_codecs  # noqa: F401

    text = KL93.read_text(encoding="utf-8")
    broken = text.encode("utf-8").decode("sloppy-windows-1252")
    fixed, notes = repair(broken)
    assert fixed == text and notes[0].startswith('repaired mojibake: UTF-8 text that had been read as Windows-1252 or Latin-1 ("')
    assert damage(broken) is not None and damage(fixed) is None
    lost = text.encode("utf-8").decode("ascii", errors="replace")
    doc = vanban.parse(lost)
    assert doc.text_damaged and any(w.startswith("damaged text:") for w in doc.warnings)
    # the node: 18-KH/ĐU read through Windows-1252 is "18-KH/Ä\x90U"; repaired when read
    p = tmp_path / "iasol.txt"
    p.write_text(
        (CORPUS / "gialai-phuthien-iasol-danguy-kehoach-18-khdu-2021-07-09-kl93.txt").read_bytes().decode("sloppy-windows-1252"),
        encoding="utf-8",
    )
    doc = vanban.read(p)
    assert doc.header.code == "18-KH/ĐU" and not doc.text_damaged and "repaired mojibake" in doc.warnings[0]


def test_the_mojibake_count_is_the_count_of_its_pattern():
    """``_mojibake`` counts each lead (Â Ã Ä Å Æ á) followed by a continuation shown in Windows-1252 or Latin-1 by
    ``str.find``: the count ``re.findall`` of the pair gives, on every real text, their mojibake, the seed's, a text
    whose "á" stands before a quote or a dash ("đánh giá“", "Ná–"), and a lead at the end."""
    import re

    import ftfy.bad_codecs  # noqa: F401

    from vanban.readers.encoding import _mojibake

    pair = re.compile(
        "[\u00c2-\u00c6\u00e1][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
        "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    )
    texts = [p.read_text(encoding="utf-8") for p in ALL_REAL]
    texts += [t.encode("utf-8").decode("sloppy-windows-1252") for t in texts[:20]]
    texts += [SEED.read_text(encoding="utf-8"), "đánh giá“tốt”, Ná–Ầ, ÂÂ…Æ", "Káº¿t luáº", "á"]
    assert any(len(pair.findall(t)) > 10 for t in texts)
    for t in texts:
        assert _mojibake.__wrapped__(t) == len(pair.findall(t)), t[:60]


def test_no_real_document_is_taken_for_damaged_or_converted():
    for p in ALL_REAL:
        text = p.read_text(encoding="utf-8")
        assert damage(text) is None, p.name
        assert repair(text) == (text, []), p.name


def test_not_vietnamese_and_not_utf8_is_refused_with_the_offset(tmp_path):
    with pytest.raises(EncodingError, match="byte 0xf1 at offset 2"):
        decode_text(("Señor Muñoz, la niña está aquí. " * 40).encode("cp1252"))


# --------------------------------------------------------------------------- line ends and control characters


def _shape(doc):
    h = doc.header
    return (
        (h.doc_type, h.code, h.number, h.issuer, h.date, h.place, h.title, h.province, h.district),
        doc.preamble is not None,
        [(s.level, s.label, s.kind, " ".join(s.heading.split())) for s in doc.walk()],
        doc.signature and (doc.signature.authority, doc.signature.position, doc.signature.name),
        [" ".join(r.text.split()) for r in doc.recipients],
        [(r.doc_type, r.code, r.date, r.issuer, r.term, r.relation, r.key) for r in doc.references],
        sorted((f.rule, f.severity) for f in doc.findings),
    )


@pytest.mark.parametrize("path", TEXTS, ids=[p.name for p in TEXTS])
@pytest.mark.parametrize("end", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_windows_and_old_mac_line_ends_read_the_same(path, end):
    text = path.read_text(encoding="utf-8")
    kind = "md" if path.suffix == ".md" else "txt"
    want = vanban.parse(text, kind=kind)
    other = text.replace("\n", end)
    doc = vanban.parse(other, kind=kind)
    assert _shape(doc) == _shape(want)
    for r in doc.references:
        assert other[r.start : r.end] == r.text
    assert all(other[s.start : s.end].strip() for s in doc.walk())


def test_control_characters_and_surrogates_change_nothing_else():
    text = KL93.read_text(encoding="utf-8")
    dirty = (
        text.replace("Kết luận", "Kết\x00luận", 2)
        .replace("\n\n", "\n\x1b\x0b\n", 3)
        .replace("Ban Bí thư", "Ban Bí thư" + chr(0xD800), 1)
    )
    doc = vanban.parse(dirty)
    want = vanban.parse(text)
    assert [(r.code, r.key, r.relation) for r in doc.references] == [(r.code, r.key, r.relation) for r in want.references]
    for r in doc.references:
        assert dirty[r.start : r.end] == r.text
    ex = extract_file(DOCX)
    assert not any(c in ex.text for c in "\x00\x1b\ud800")


def test_exports_are_valid_whatever_the_text(tmp_path):
    text = KL93.read_text(encoding="utf-8").replace("Kết luận", "Kết\x1bluận\x00", 1) + chr(0xDC00)
    corpus = vanban.Corpus.from_texts([("bad\x0b.txt", text), ("seed.md", SEED.read_text(encoding="utf-8"))])
    G = corpus.graph()
    G.nodes[next(iter(G.nodes))]["title"] = "date:hôm nay"
    for ext, write, read in (
        ("graphml", vanban.export.write_graphml, vanban.export.read_graphml),
        ("gexf", vanban.export.write_gexf, vanban.export.read_gexf),
        ("json", vanban.export.write_json, vanban.export.read_json),
    ):
        path = write(G, tmp_path / f"g.{ext}")
        if ext != "json":
            ET.parse(path)  # well-formed XML
        H = read(path)
        assert H.number_of_nodes() == G.number_of_nodes()
        assert H.nodes[next(iter(G.nodes))]["title"] == "date:hôm nay"


# --------------------------------------------------------------------------- folders and paths


def test_folder_walk_follows_links_once_and_lists_what_it_skips(tmp_path):
    d = tmp_path / "c"
    (d / "sub").mkdir(parents=True)
    shutil.copy(SEED, d / "sub" / "seed.md")
    shutil.copy(KL93, d / "kl93.txt")
    os.symlink("..", d / "sub" / "up")  # a loop
    os.symlink(d / "sub", d / "again")  # the same folder twice
    os.symlink(d / "kl93.txt", d / "kl93-link.txt")  # the same file twice
    os.symlink(d / "nowhere.txt", d / "dangling.txt")
    os.mkfifo(d / "fifo.md")
    (d / ".git").mkdir()
    (d / ".git" / "x.txt").write_text("Kế hoạch")
    (d / "._kl93.txt").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork
    (d / "~$plan.docx").write_bytes(b"lock")
    (d / "figure.png").write_bytes(b"png")
    found = collect(d)
    assert [p.relative_to(d).as_posix() for p in found.files] == ["kl93.txt", "sub/seed.md"]
    assert found.stats == {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in found.files}  # what a sync compares
    reasons = {Path(s.path).name: (s.reason, s.ignored) for s in found.skipped}
    assert reasons["dangling.txt"] == ("dangling link", False)
    assert reasons["fifo.md"] == ("not a regular file: FIFO", False)
    assert reasons["figure.png"] == ("of a type vanban does not read: .png", False)
    assert reasons["~$plan.docx"][1] and reasons[".git"][1] and reasons["._kl93.txt"][1] and reasons["kl93-link.txt"][1]
    assert found.summary().startswith("ignored 6 (") and "skipped 3 (" in found.summary()
    c = vanban.Corpus.from_dir(d, progress=False)
    assert len(c) == 2 and not c.errors and len(c.skipped) == len(found.skipped)


def test_folder_walk_as_strings_is_the_walk_of_paths(tmp_path, monkeypatch):
    """collect(strings=True) gives the strings of the Paths collect() gives (the store's walk), for a
    folder given absolute, relative, as ".", with a trailing slash, or a file; the same order (by the
    paths' parts: "a-b/x" after "a/z.md", which a sort of the whole strings would put first), skips, stats."""
    d = tmp_path / "c"
    for sub in ("a", "a-b", "a/b", "z"):
        (d / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy(KL93, d / sub / "kl93.txt")
    (d / "a" / "z.md").write_text("Kế hoạch", encoding="utf-8")
    os.symlink(d / "a", d / "z" / "back")  # walked once
    os.symlink(d / "nowhere.txt", d / "a" / "dangling.txt")
    (d / "a" / ".hidden.txt").write_text("x")
    (d / "figure.png").write_bytes(b"png")
    monkeypatch.chdir(tmp_path)
    for given in (d, "c", "c/", "./c", str(d / "a" / "z.md")):
        paths, strings = collect(given), collect(given, strings=True)
        assert all(isinstance(p, Path) for p in paths.files) and all(isinstance(p, str) for p in strings.files)
        assert [str(p) for p in paths.files] == strings.files
        assert paths.files == sorted(paths.files, key=lambda p: p.parts)
        assert (paths.skipped, paths.missing, paths.stats) == (strings.skipped, strings.missing, strings.stats)
    assert [p.relative_to(d).as_posix() for p in collect(d).files] == [
        "a/b/kl93.txt",
        "a/kl93.txt",
        "a/z.md",
        "a-b/kl93.txt",
        "z/kl93.txt",
    ]
    monkeypatch.chdir(d)
    assert collect(".", strings=True).files[:2] == ["a/b/kl93.txt", "a/kl93.txt"]


def test_paths_are_paths():
    c = vanban.Corpus.from_paths(str(CORPUS), progress=False)  # one path: the folder, not its characters
    assert len(c) == len(collect(CORPUS).files) > 20
    c = vanban.Corpus.from_paths(["/nonexistent", str(KL93)], progress=False)
    assert len(c) == 1 and [(e.path, e.kind) for e in c.errors] == [("/nonexistent", "PathError")]
    with pytest.raises(PathError, match="no such folder"):
        vanban.Corpus.from_dir("/no/such/dir")
    with pytest.raises(PathError, match="not a folder"):
        vanban.Corpus.from_dir(KL93)
    for missing in ("/no/such/dir", "/no/such/plan.txt", str(CORPUS / "gone")):
        with pytest.raises(PathError):
            vanban.read(missing)
    with pytest.raises(PathError, match="is a folder"):
        vanban.read(CORPUS)
    assert vanban.read("Thực hiện Kết luận số 93-KL/TW").references[0].code == "93-KL/TW"  # text, not a path
    assert vanban.read("93-KL/TW").text == "93-KL/TW"


def test_one_bad_file_never_sinks_a_run(tmp_path, monkeypatch):
    d = tmp_path / "c"
    d.mkdir()
    for p in (KL93, SEED, DOCX):
        shutil.copy(p, d)
    import vanban.readers as readers

    real = Path.read_bytes

    def denied(self):
        if self.name == KL93.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    monkeypatch.setattr(readers, "read_docx", lambda *a, **k: int("một"))  # a bug: a bare ValueError
    c = vanban.Corpus.from_dir(d, progress=False)
    assert [Path(x.path).name for x in c] == [SEED.name]
    got = {Path(e.path).name: (e.kind, e.reason) for e in c.errors}
    assert got[KL93.name] == ("ReadError", f"{d / KL93.name}: permission denied (check who may read it: ls -l)")
    kind, reason = got[DOCX.name]
    assert kind == "ValueError" and "unexpected ValueError" in reason and "please report" in reason


# --------------------------------------------------------------------------- honest messages


def test_honest_messages(tmp_path):
    blank = tmp_path / "blank.pdf"
    from reportlab.pdfgen.canvas import Canvas

    c = Canvas(str(blank))
    c.showPage()
    c.save()
    with pytest.raises(ReadError, match="blank") as info:
        read_pdf(blank)
    assert "scanned" not in str(info.value)
    doc_named = tmp_path / "kehoach.doc"
    shutil.copy(DOCX, doc_named)
    doc = vanban.read(doc_named)
    assert doc.header.code == "41-KH/TU" and "a .docx file named kehoach.doc: read as .docx" in doc.warnings
    cut = tmp_path / "cut.docx"
    cut.write_bytes(DOCX.read_bytes()[:20_000])
    with pytest.raises(ReadError, match="truncated or damaged .docx") as info:
        read_docx(cut)
    assert "Package not found" not in str(info.value)
    with pytest.raises(InputTypeError):
        vanban.find_references("Kết luận số 93-KL/TW", context="x")
    with pytest.raises(InputTypeError, match="kind must be one of"):
        vanban.parse("Kết luận số 93-KL/TW", kind="xyz")
    with zipfile.ZipFile(tmp_path / "slides.docx", "w") as z:
        z.writestr("ppt/presentation.xml", "<p/>")
    with pytest.raises(ReadError, match="it is a PowerPoint file"):
        read_docx(tmp_path / "slides.docx")
