from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from paths import REAL, real
from vanban.text import (
    CONTROL,
    after_a_ground,
    clean_inline,
    fold,
    fold_lossy,
    folded_text,
    has_control,
    kept_bytes,
    line_end,
    line_start,
    normalize,
    plain_bytes,
    quality,
    scrub,
    sentence_end,
    text_bytes,
    title_case,
    unglue,
)


@given(st.text())
def test_fold_keeps_length(s):
    assert len(fold(s)) == len(s)


def test_fold_examples():
    assert fold("Kết luận số 93-KL/TW") == "ket luan so 93-kl/tw"
    assert fold("QÐ–NĐ Ɖ") == "qd-nd d"
    assert fold("Tỉnh uỷ") == fold("Tỉnh ủy") == "tinh uy"
    assert fold_lossy("Bộ Chính trị") == fold_lossy("B Chính tr") == "b chinh tr"


def test_fold_by_bytes_is_the_table():
    """The characters read one byte each fold as the table folds them, each alone and in a text; a text with one more
    character (a box-drawing corner it has no byte for, a Chinese name) falls back to the table, with the same result."""
    from vanban.text import _FOLD, _FOLD_BYTES, _vietnamese_letters

    assert len(_vietnamese_letters()) == 134 and "ự" in _vietnamese_letters() and "Đ" in _vietnamese_letters()
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert [fold(c) for c in everything] == list(everything.translate(_FOLD))
    real = "Thực hiện Kết luận số 93-KL/TW ngày 20/11/2020 của Bộ Chính trị “về …” – ĐẢNG ỦY ─│"
    assert set(real) <= set(_FOLD_BYTES)
    folded = 'thuc hien ket luan so 93-kl/tw ngay 20/11/2020 cua bo chinh tri "ve …" - dang uy ─│'
    assert fold(real) == real.translate(_FOLD) == folded
    for other in ("╔", "李", "\U0001f600", "\ud800"):
        assert other not in _FOLD_BYTES and fold(real + other) == (real + other).translate(_FOLD)


def test_fold_table_identity_entries_change_nothing():
    """The identity entries that spare ``str.translate`` a KeyError per plain character fold every
    code point as the table without them does."""
    from vanban.text import _FOLD, _build_fold_table

    sparse = _build_fold_table()
    everything = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c < 0xE000)
    assert fold(everything) == everything.translate(sparse)
    # (entries are code points: ``str.translate`` writes one as it is, a one-character string it copies in)
    assert all(v == k for k, v in enumerate(_FOLD) if k not in sparse)
    assert all(chr(v) == sparse.get(k, chr(k)) for k, v in enumerate(_FOLD))


def test_normalize_nfd_maps_back():
    original = unicodedata.normalize("NFD", "Chỉ thị số 42-CT/TW của Bộ Chính trị")
    n = normalize(original)
    assert n.text == unicodedata.normalize("NFC", original)
    i = n.text.index("42-CT/TW")
    a, b = n.span(i, i + len("42-CT/TW"))
    assert original[a:b] == "42-CT/TW"
    assert n.span(0, len(n.text)) == (0, len(original))


def test_normalize_fast_path_is_identity():
    n = normalize("Kết luận số 93")
    assert n.identity and n.to_original(5) == 5


def test_quality_detects_damaged_text():
    assert quality(real("kl-127-tw-2025-diacritics-scrambled.txt")) == "scrambled"
    assert quality(real("tb-278-tw-2009-encoding-loss.txt")) == "lossy"
    assert quality(real("ctr-13222-ctr-ubnd-bariavungtau-2022.txt")) == "ok"


def test_quality_counts_on_bytes_as_the_regexes_do():
    """The toned pairs and block letters counted on :func:`fold`'s bytes answer as the two regex walks do, on damaged
    and normal real pages (each head, and at the counts' edges: "KẾT LỦẬN" twice and three times)."""
    from vanban.text import _block_letters, _marked, _scrambled

    texts = [real(n) for n in ("kl-127-tw-2025-diacritics-scrambled.txt", "tb-278-tw-2009-encoding-loss.txt")]
    texts += [real("ctr-13222-ctr-ubnd-bariavungtau-2022.txt"), "KẾT LỦẬN, KẾT LỦẬN", "KẾT LỦẬN, KẾT LỦẬN, KẾT LỦẬN"]
    read = 0
    for t in texts:
        for head in (t[:6000], t[:700], t[:40]):
            for k in (1, len(head) // 30 + 1, 400):
                got = _marked(head, k)  # (None: a character with no byte, the regexes answer)
                assert got is None or got == (_scrambled(head), _block_letters(k).match(head) is not None)
                read += got is not None
    assert read >= 36  # (the normal page, the scrambled one and the two samples are read on bytes)
    assert _marked("KẾT LỦẬN, KẾT LỦẬN", 1) == (False, True) and _marked("KẾT LỦẬN ╔", 1) is None


def test_quality_reads_unaccented_vietnamese_as_lossy():
    """Text typed without marks ("Thuc hien Ket luan so 93-KL/TW, ngay 20/11/2020 cua Ban Bi thu") is read
    in folded mode; English or a code list is not."""
    from checklist import _strip_marks

    assert quality("Thuc hien Ket luan so 93-KL/TW, ngay 20/11/2020 cua Ban Bi thu") == "lossy"
    # a short sentence with no "của": its plan, matter and organising words tell it (the checklist's unaccented form of
    # "Kế hoạch số 183-KH/HU ngày 28/2/2024 về việc tổ chức …")
    assert quality("Ke hoach so 183-KH/HU ngay 28/2/2024 ve viec to chuc") == "lossy"
    # a web tag's title of a few words: two of them are enough (corpus-real-17 and -19 tag pages)
    assert quality("quyet dinh so 465 qd ttg") == quality("nghi quyet so 28") == "lossy"
    assert quality("Nam Dinh, Ha Noi and Hue: a travel guide for the north") == "ok"
    for f in sorted(REAL.glob("*.txt")):
        assert quality(_strip_marks(f.read_text(encoding="utf-8"))) == "lossy", f.name
    english = (
        "The Politburo issued Directive 42-CT/TW on 16 April 2010 on improving the quality of party members; "
        "the Secretariat followed it with Conclusion 93-KL/TW in November 2020, and each province then adopted a plan."
    )
    assert quality(english) == "ok"
    assert quality("93-KL/TW; 42-CT/TW; 25-KH/TU; 30/2020/NĐ-CP") == "ok"


def test_clean_inline():
    assert clean_inline('*"Tiếp tục đổi mới,\n  nâng cao"*') == '"Tiếp tục đổi mới, nâng cao"'


@pytest.mark.parametrize(
    "text, i, start, end",
    [
        ("Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị định số 63/2010/NĐ-CP", 50, 44, 77),
        ("Căn cứ Luật Tổ chức chính quyền địa phương;\nCăn cứ Nghị định số 63/2010/NĐ-CP", 10, 0, 43),
        ("KẾ HOẠCH\n", 9, 9, 9),  # (after the last break: an empty line at the text's end)
        ("KẾ HOẠCH\n", 8, 0, 8),  # (at the break: the line it ends)
        ("", 0, 0, 0),
    ],
)
def test_line_start_and_end(text, i, start, end):
    assert (line_start(text, i), line_end(text, i)) == (start, end)
    assert "\n" not in text[start:end]


# corpus-real-53/doc-tailieu-luat35-2018-qh14-sua-doi-37-luat-quy-hoach-2018.txt: the enacting formula after the last ground
_LAW35 = "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều"


@pytest.mark.parametrize(
    "text, word, after",
    [
        (_LAW35, "ban hành", True),
        (_LAW35.replace(";\n", ";\n\n**"), "ban hành", True),  # (a blank line and emphasis between)
        (_LAW35.replace(";\n", ",\n"), "ban hành", True),  # ("Theo đề nghị của …,⏎Bộ trưởng … ban hành")
        (_LAW35.replace(";\n", ".\n"), "ban hành", False),  # (a sentence ended: no ground before)
        (_LAW35, "Hiến pháp", False),  # (the first line: nothing before it)
    ],
)
def test_after_a_ground(text, word, after):
    assert after_a_ground(text, text.index(word)) is after


@pytest.mark.parametrize(
    "text, sentence",
    [
        # "TP."/"Tp." before a city's name: no end (corpus-real-11/news-hanoitv-kyhop18-hdnd-hanoi-2020.txt,
        # corpus-real-13/hnd-tw-quantriet-nq-daihoi-vii-cantho-2019.txt)
        (
            "Đại hội Đảng bộ các cấp, Đại hội Đảng bộ TP. Hà Nội lần thứ XVII.\n\nBài viết hay? Hãy đánh giá bài viết",
            "Đại hội Đảng bộ các cấp, Đại hội Đảng bộ TP. Hà Nội lần thứ XVII",
        ),
        (
            "triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam tại Tp. Cần Thơ.\n\nĐ/c Thào",
            "triển khai thực hiện Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam tại Tp. Cần Thơ",
        ),
        # "v.v…" (an ellipsis, no full stop): the blank line ends it (corpus-real-19/mttq-binhmy-angiang-chuanbi-daihoi-
        # mttq-xa-2025.txt); "v.v." before a lower-case word goes on, before a capital ends it (variants)
        (
            "báo cáo những khó khăn vướng mắc trong công tác chuẩn bị Đại hội; v.v…\n\n\nTheo đó, Đoàn làm việc",
            "báo cáo những khó khăn vướng mắc trong công tác chuẩn bị Đại hội; v.v…",
        ),
        (
            "trong công tác chuẩn bị Đại hội v.v. của Ủy ban MTTQVN tỉnh. Theo đó",
            "trong công tác chuẩn bị Đại hội v.v. của Ủy ban MTTQVN tỉnh",
        ),
        ("trong công tác chuẩn bị Đại hội v.v. Theo đó", "trong công tác chuẩn bị Đại hội v.v"),
        # the full stop after a symbol ends it (corpus-real/news-lhh-ninhbinh-ct42-2012.txt)
        (
            "Chương trình hành động số 08 của Tỉnh ủy thực hiện Chỉ thị số 42/CT-TW. Trong đó đề ra 5 nhiệm vụ",
            "Chương trình hành động số 08 của Tỉnh ủy thực hiện Chỉ thị số 42/CT-TW",
        ),
        # a date's full stops do not (corpus-real/news-1thegioi-lhh-ct45-1998-tb145-2004.txt)
        (
            "Trải qua 5 năm thực hiện Chỉ thị 45-CT/TW ngày 11.11.1998 của Bộ Chính trị, Liên hiệp Các hội khoa học - kỹ "
            "thuật Việt Nam (sau đây gọi tắt là Liên hiệp hội) đã phát triển thêm một bước quan trọng cả về quy mô tổ "
            "chức, nội dung, phương thức và hiệu quả hoạt "
            "động. Trên cơ sở",
            "Trải qua 5 năm thực hiện Chỉ thị 45-CT/TW ngày 11.11.1998 của Bộ Chính trị, Liên hiệp Các hội khoa học - kỹ "
            "thuật Việt Nam (sau đây gọi tắt là Liên hiệp hội) đã phát triển thêm một bước quan trọng cả về quy mô tổ "
            "chức, nội dung, phương thức và hiệu quả hoạt "
            "động",
        ),
        # a line break with no full stop goes on, a wrapped line (corpus-real-21/qd-1161-qd-ubnd-2023-binhdinh-kehoach-
        # nq-28-nq-cp-phongthu-dansu-thuviennhadat.txt), so do lettered items ("a) …"); a numbered line, a heading or an
        # item, opens a new one (corpus-real/ctr-13222-ctr-ubnd-bariavungtau-2022.txt, corpus-real-8/kh-252-kh-ubnd-
        # hagiang-sapxep-dvhc-2023.txt, corpus-real-2/vbhn-32-vpqh-luat-tccqdp-2023.txt)
        (
            "phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương, bảo\nđảm tính khả thi, hiệu quả trong quá trình "
            "thực hiện Nghị quyết số 28/NQ-CP.\n- Bảo đảm sự chỉ đạo",
            "phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương, bảo\nđảm tính khả thi, hiệu quả trong quá trình "
            "thực hiện Nghị quyết số 28/NQ-CP",
        ),
        (
            "Ủy ban nhân dân tỉnh ban hành\nChương trình triển khai thực hiện cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục",
            "Ủy ban nhân dân tỉnh ban hành\nChương trình triển khai thực hiện cụ thể như sau:",
        ),
        (
            "1. Mục đích\na) Tổ chức quán triệt và thực hiện nghiêm túc, có hiệu quả Nghị quyết số 37-NQ/TW NQ/TW ngày "
            "24/12/2018 của Bộ Chính trị về việc sắp xếp các ĐVHC cấp huyện và cấp xã",
            "1. Mục đích\na) Tổ chức quán triệt và thực hiện nghiêm túc, có hiệu quả Nghị quyết số 37-NQ/TW NQ/TW ngày "
            "24/12/2018 của Bộ Chính trị về việc sắp xếp các ĐVHC cấp huyện và cấp xã",
        ),
        (
            "được sửa đổi, bổ sung bởi:\n1. Luật Quy hoạch số 21/2017/QH14 ngày 24 tháng 11 năm 2017 của Quốc hội",
            "được sửa đổi, bổ sung bởi:",
        ),
    ],
)
def test_sentence_end(text, sentence):
    assert text[: sentence_end(text, 0)] == sentence


def test_sentence_end_reach_and_clause():
    """``reach`` bounds the search (relate's predicate after a document, 90 characters on); ``clause`` also stops at
    ";", ":" and a line break: the verb after a nominalised subject is the sentence's, not the next clause's ("…,
    quá trình thực hiện Kết luận 12 còn không ít khó khăn", corpus-real-9/news-qdnd-kl12-taynguyen-2021.txt, and a clause
    after it, a variant)."""
    text = "quá trình thực hiện Kết luận 12 còn không ít khó khăn; các cấp ủy đã tập trung lãnh đạo"
    assert text[: sentence_end(text, 0, clause=True)] == "quá trình thực hiện Kết luận 12 còn không ít khó khăn"
    assert sentence_end(text, 0) == len(text)
    assert sentence_end(text, 0, 20) == 20
    assert sentence_end("như sau:\nI. MỤC ĐÍCH", 0, clause=True) == 7


def test_block_letters_counts_like_findall():
    """The early-stopping test of ``quality`` says what counting every tone-marked letter says."""
    import re

    from vanban.text import _block_letters

    block = re.compile("[\u1ea0-\u1ef9]")
    for f in sorted(REAL.glob("*.txt"))[:40]:
        head = f.read_text(encoding="utf-8")[:6000]
        n = len(block.findall(head))
        for k in {1, n - 1, n, n + 1, len(head) // 30 + 1} - {0, -1}:
            assert bool(_block_letters(k).match(head)) == (n >= k), (f.name, k)


@pytest.mark.parametrize(
    "glued, spaced",
    [
        ("Hội nghị lần thứ támBan Chấp hành Trung ương Đảng", "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng"),
        ("Tỉnh ủyBà Rịa - Vũng Tàu", "Tỉnh ủy Bà Rịa - Vũng Tàu"),
        ("Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),  # nothing glued: unchanged
        ("UBND tỉnh", "UBND tỉnh"),  # capitals before a lower-case letter are an acronym's, not a glue
    ],
)
def test_unglue(glued, spaced):
    assert unglue(glued) == spaced


@pytest.mark.parametrize(
    "written, spelled",
    [
        ("GIA LAI", "Gia Lai"),  # a place written in capitals
        ("THỪA THIÊN HUẾ", "Thừa Thiên Huế"),
        ("ĐẮK LẮK", "Đắk Lắk"),  # the Central Highlands' final k and clusters are syllables
        ("KRÔNG PẮC", "Krông Pắc"),
        # their final l, h, r and glottal onsets too: the letterhead "ĐẢNG ỦY XÃ IA SOL" (corpus/gialai-phuthien-iasol-
        # danguy-kehoach-18-khdu-2021-07-09-kl93.txt) gave the issuer "Đảng ủy xã Ia SOL"
        ("ĐẢNG ỦY XÃ IA SOL", "Đảng Ủy Xã Ia Sol"),
        ("ĐẮK MIL", "Đắk Mil"),
        ("CHƯ PƯH", "Chư Pưh"),
        ("CƯ M'GAR", "Cư M'gar"),
        ("KHỐI CCQ TỈNH", "Khối CCQ Tỉnh"),  # an abbreviation is no syllable: it keeps its capitals
        ("CATP", "CATP"),  # "Nghị quyết của Đảng ủy CATP" (corpus-real-4/ca-haiphong-khoi-huyen-nq-tw4-ct05-2021.txt)
        ("BĐBP", "BĐBP"),
        ("KHÓA XII", "Khóa XII"),  # a Roman numeral keeps its capitals
        ("Gia Lai", "Gia Lai"),  # not all capitals: as written
    ],
)
def test_title_case(written, spelled):
    assert title_case(written) == spelled


def test_every_character_scrub_replaces_is_one_isprintable_refuses():
    """``has_control`` answers a text whose characters, its line breaks aside, are all printable without reading it
    for ``CONTROL``: so every character ``CONTROL`` matches is one ``str.isprintable`` refuses."""
    assert not [c for c in map(chr, range(0x110000)) if CONTROL.match(c) and c.isprintable()]
    text = "Kết luận số 93-KL/TW\nngày 20/11/2020"
    assert not has_control(text) and not has_control("Kết\tluận") and has_control("Kết\x00") and has_control(chr(0xD800))
    assert scrub(text) is text and scrub("Kết\x00luận\tsố" + chr(0xD800)) == "Kết luận\tsố\ufffd"


def test_opens_line():
    # corpus-real-13/ctr-1857: "… của Chính phủ ban hành⏎Chương trình hành động thực hiện Nghị quyết số 11-NQ/TW": the
    # programme opens its line (a PDF line end), "ban hành" does not; Markdown marks before a heading count as blanks
    from vanban.text import opens_line

    s = "Nghị quyết số 96/NQ-CP của Chính phủ ban hành\nChương trình hành động thực hiện Nghị quyết số 11-NQ/TW\n## **Kế hoạch**"
    assert opens_line(s, s.index("Chương trình"))
    assert not opens_line(s, s.index("ban hành"))
    assert opens_line(s, s.index("Kế hoạch"))
    assert opens_line(s, 0)


def test_plain_bytes_answers_isprintable_and_nfc_for_every_character_and_pair():
    """``plain_bytes`` stands for ``t.replace("\\n", "").isprintable()`` and ``unicodedata.is_normalized("NFC", t)`` in
    ``source.clean``: over every character fold reads a byte of, alone and in every pair, the two agree with it."""
    from vanban.text import _FOLD_BYTES

    chars = [c for c in _FOLD_BYTES if c != "\ufffe"]
    for a in chars:
        for b in chars:
            t = a + b
            got = plain_bytes(text_bytes(t))
            assert got == t.replace("\n", "").isprintable(), repr(t)
            assert unicodedata.is_normalized("NFC", t), repr(t)


@given(st.text(alphabet=st.sampled_from("Kết luận số 93-KL/TW\n\t\r\x00\xa0“”Ð─╔\u0301\u200b")))
def test_text_bytes_are_fold_bytes_of_the_same_text(t):
    from vanban.text import fold_bytes

    b = text_bytes(t)
    assert b == fold_bytes(t) and text_bytes(t) is b  # (the same text again: the kept bytes)
    if b is not None:
        assert plain_bytes(b) == t.replace("\n", "").isprintable() and unicodedata.is_normalized("NFC", t)


@given(st.text(alphabet=st.sampled_from("Thực hiện Kế hoạch số 25-KH/TU\n\t\xa0“”Ð─\u2011\u0301①")), st.booleans())
def test_folded_text_sliced_is_fold_of_the_slice(t, encoded):
    """``folded_text(work)[a:b]`` stands for ``fold(work[a:b])`` in the scan's rules: equal for every slice, the fold
    decoded from the cleaning's kept bytes or made by ``fold`` (a character with no byte: "\u2011", "①"), and kept for
    the same text."""
    if encoded:
        text_bytes(t)  # (the cleaning's bytes kept: the fold decoded from them when there are)
    f = folded_text(t)
    assert f == fold(t) and folded_text(t) is f
    assert all(f[a:b] == fold(t[a:b]) for a in range(-2, len(t) + 2, 3) for b in range(-1, len(t) + 2, 2))


def test_folded_text_is_the_same_texts_only():
    """One slot told by identity: an equal copy or another text is folded anew, not answered from the slot."""
    t = "Kế hoạch số 25-KH/TU của Ban Thường vụ Tỉnh ủy"
    copy, other = "".join(list(t)), "Kết luận số 93-KL/TW"
    f = folded_text(t)
    assert folded_text(copy) == f and folded_text(copy) is not f
    assert folded_text(other) == "ket luan so 93-kl/tw" and folded_text(t) == f


def test_kept_bytes_are_the_last_texts_only_never_encoded():
    """``kept_bytes`` answers from :func:`text_bytes`' slot: the bytes of the text last asked of (the same object), None
    for any other text, an equal copy included, and None for a text with a character it has no byte for."""
    t = "Kết luận số 93-KL/TW ngày 20/11/2020 của Ban Bí thư"
    copy = "".join(list(t))
    b = text_bytes(t)
    assert kept_bytes(t) is b and b is not None
    assert copy == t and kept_bytes(copy) is None
    nbh = "Kết luận số 93\u2011KL/TW"
    assert text_bytes(nbh) is None and kept_bytes(nbh) is None and kept_bytes(t) is None


def test_fold_bytes_of_the_kept_text_are_the_kept_bytes():
    """``fold_bytes`` of the text :func:`text_bytes` keeps gives the kept bytes, not a second encoding: a record's
    fingerprint asks them of the clean text of a plan after its parse (each text of the map step was encoded twice,
    once by the cleaning and once by the fingerprint); an equal copy, or another text, is encoded, equal bytes."""
    from paths import ROOT
    from vanban.graph.records import fingerprint
    from vanban.read import read_parsed
    from vanban.text import fold_bytes

    plan = ROOT / "corpus" / "bentre-chauthanh-huyenuy-kehoach-29-khhu-2021-04-20-kl93.txt"
    t = plan.read_text(encoding="utf-8")
    b = text_bytes(t)
    copy = "".join(list(t))
    assert fold_bytes(t) is b and b is not None
    assert fold_bytes(copy) == b and fold_bytes(copy) is not b  # (an equal copy: encoded, the slot keeps t)
    assert fold_bytes(t) is b
    doc, src = read_parsed(plan)
    assert kept_bytes(src.text) is not None  # (the parse leaves the clean text's bytes kept: lines re-joined here)
    assert fold_bytes(src.text) is kept_bytes(src.text)
    assert fingerprint(doc, src) == fingerprint(doc)  # (the same fingerprint from a text cleaned again)


def test_the_cleaning_keeps_the_bytes_of_the_text_it_edited():
    """The bytes :func:`vanban.source.clean` keeps for a text it edited (:func:`vanban.text.edited_bytes`: the
    original's pieces sliced, each replacement encoded) are those of the clean text encoded whole, and kept: the scan's
    fold and quality() read them, not a second encoding. Real pages the cleaning edits, and a real sentence with
    no-break blanks (each made a space, one character for one: its bytes are not the original's)."""
    from vanban.source import clean
    from vanban.text import edited_bytes, fold_bytes

    nbsp = "Kế hoạch số 45-KH/UBND ngày 02/3/2023 của thành phố Hà Tĩnh".replace(" ", "\u00a0")
    names = ("quan3-hcm-kh-221-qu-kh-65-du-2019.txt", "kl-445-tu-thuathienhue-2022-ocr.txt", "hd-03-btgtw-2011.txt")
    for t in [real(n) for n in names] + [nbsp]:
        src = clean(t)
        assert src.text != t
        kept = kept_bytes(src.text)  # (fails without edited_bytes in clean: the edited text's bytes were not kept)
        text_bytes("")  # (the slot let go: the clean text encoded whole below)
        assert kept is not None and kept == fold_bytes(src.text)
    assert edited_bytes(clean(nbsp)._layers[0], None) is None  # (no bytes of the original: none made)


def test_quality_of_a_long_text_reads_its_kept_bytes():
    """quality() reads the first 6,000 characters of a long text on the bytes kept for the whole text (their first
    6,000), and leaves them kept for the scan's fold (before, it encoded the head and kept the head's bytes instead: the
    whole text was encoded again by folded_text). Real pages end to end, over 6,000 characters."""
    from vanban.source import clean

    t = "\n\n".join(real(n) for n in ("hd-03-btgtw-2011.txt", "nq-45-tw-2023-bchtw.txt", "kh-68-kh-ubnd-sonla-2020.txt"))
    t = "\n\n".join([t, t])
    assert len(t) > 6000
    src = clean(t)
    assert kept_bytes(src.text) is not None
    assert quality.__wrapped__(src.text) == "ok"
    assert kept_bytes(src.text) is not None  # (fails when quality() encodes its head: the slot then holds the head's)
