"""Lines: the (start, end, text) tuples of the text's lines, made on demand from their offsets,
against the list the regex split gave."""

from __future__ import annotations

import random
import re

import pytest

from vanban.structure.lines import split_lines

_LINE = re.compile(r"[^\n]*\n?")


def _listed(t: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().rstrip("\n")) for m in _LINE.finditer(t) if m.end() > m.start()]


def _texts() -> list[str]:
    rnd = random.Random(13)
    fixed = ["", "\n", "\n\n", "a", "a\n", "a\nb", "KẾ HOẠCH\n\nvề việc X\n", " \r\n|x|\n\n  - Một\n"]
    return fixed + ["".join(rnd.choice("ab \n\rế") for _ in range(rnd.randint(0, 14))) for _ in range(400)]


def test_lines_are_the_split():
    for t in _texts():
        want = _listed(t)
        lines = split_lines(t)
        assert list(lines) == want and len(lines) == len(want), t
        n = len(want)
        assert [lines[i] for i in range(-n, n)] == want + want
        assert lines[1:3] == want[1:3] and lines[::-1] == want[::-1]
        with pytest.raises(IndexError):
            lines[n]


def test_between_and_after_are_the_filtered_split():
    rnd = random.Random(7)
    for t in _texts():
        want, lines = _listed(t), split_lines(t)
        a, b = rnd.randint(-1, len(t) + 1), rnd.randint(-1, len(t) + 1)
        inside = [ln for ln in want if a <= ln[0] < b]
        assert list(lines.between(a, b)) == inside, (t, a, b)
        assert list(lines.after(a)) == [ln for ln in want if ln[1] > a], (t, a)
        assert list(lines.between(a, b).after(b - 2)) == [ln for ln in inside if ln[1] > b - 2], (t, a, b)


def test_a_texts_head_is_the_split_of_its_opening():
    """``split_lines(t).head(n)`` is ``split_lines(t[:n])``: the context reads the first 4,000 characters of a text whose
    lines the letterhead reader has (corpus/gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md), the last
    line cut where the opening ends, not whole (near miss: ``between(0, n)`` keeps it whole)."""
    for t in _texts() + ["ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\n*\nSố 45-KH/HU\n"]:
        for n in range(len(t) + 2):
            head = split_lines(t).head(n)
            assert list(head) == _listed(t[:n]) and len(head) == len(_listed(t[:n])) and head.t == t[:n], (t, n)
    t = "ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\n"
    assert split_lines(t).head(25)[1] == (21, 25, "HUYỆ") and split_lines(t).between(0, 25)[1] == (21, 40, "HUYỆN ỦY PHÚ THIỆN")


def test_matching_is_the_lines_a_line_anchored_pattern_matches():
    """One scan of the text gives the lines a pattern matches at the start of, in a range and in
    a stretch of the lines, as matching each line does (the tail and the motto lines are found so)."""
    from vanban.structure.letterhead import _MOTTO_LINE
    from vanban.structure.tail import _TAIL_CUE

    rnd = random.Random(5)
    ab = re.compile(r"[ \r]*(?:a|ế)")
    texts = _texts() + ["Nơi nhận:\n- Lưu\nT/M BAN\n  | TL. x\nnơi\tnhận\nnơi\nnhận", "CỘNG HOÀ\n\u00a0VIỆT NAM |\nĐẢNG x\n"]
    for t in texts:
        for lines in (split_lines(t), split_lines(t).between(rnd.randint(0, len(t)), len(t) + 1)):
            lo, hi = rnd.randint(0, len(lines)), rnd.randint(0, len(lines) + 1)
            for p in (ab, _TAIL_CUE, _MOTTO_LINE):
                want = [i for i, ln in enumerate(lines) if p.match(ln[2] + "\n") and lo <= i < hi]
                assert lines.matching(p, lo, hi) == want, (t, lo, hi, p.pattern[:20])
                assert lines.matching(p) == [i for i, ln in enumerate(lines) if p.match(ln[2] + "\n")]


def test_a_plain_line_starts_after_the_marks_it_lost():
    """Where ``plain(seg)`` starts in ``seg`` is the count of marks stripped before it (the closing block
    reader takes that for the offset instead of searching ``seg`` for it), on every line of the real texts."""
    from paths import REAL, ROOT
    from vanban.structure.lines import MARKS, plain

    segs = ["  **Nơi nhận:**", "| - Lưu VT. |", "#  T/M BAN THƯỜNG VỤ", "_x_ y", "***", " \t|*_#a#_*| \t", "a"]
    for p in sorted((ROOT / "corpus").glob("*.txt")) + sorted(REAL.glob("*.txt")):
        segs += p.read_text(encoding="utf-8").splitlines()
    for seg in segs:
        ln = plain(seg)
        if ln:
            assert len(seg) - len(seg.lstrip(MARKS)) == seg.index(ln), seg


def test_the_text_end_before_a_position_is_the_last_line_with_words_before_it():
    """``Lines.text_end_before(pos)``: where the text of the last line with words that starts before ``pos`` ends (the
    blanks after it aside), -1 when none does; on every position of a plan's lines ("- Một⏎⏎II- NHIỆM VỤ": the node
    of "- Một" ends after "Một"), of a stretch of them (``between``), and of the real texts."""
    from paths import REAL, ROOT

    texts = ["I- MỤC ĐÍCH\n1. Mục đích\n- Một  \n \xa0\n\nII- NHIỆM VỤ\n", "\n\n  - Nhằm tôn vinh\t\r\n\n", ""]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))[:6] + sorted(REAL.glob("*.txt"))[:6]]
    for t in texts:
        whole = split_lines(t)
        for lines in (whole, whole.between(len(t) // 3, 2 * len(t) // 3)):
            with_words = [(a, a + len(raw.rstrip())) for a, _b, raw in lines if raw.strip()]
            for pos in range(0, len(t) + 2, max(1, len(t) // 400)):
                want = [e for a, e in with_words if a < pos]
                assert lines.text_end_before(pos) == (want[-1] if want else -1), (t[:40], pos)


def test_the_texts_of_a_run_of_lines_are_theirs():
    """``Lines.texts(lo, hi)`` is ``[ln[2] for ln in lines[lo:hi]]`` (the letterhead walks back over the lines above a
    motto by it: "ĐẢNG BỘ HUYỆN NĂM CĂN⏎ĐẢNG ỦY XÃ LÂM HẢI⏎*⏎Số 7-KH/ĐU⏎⏎ĐẢNG CỘNG SẢN VIỆT NAM"), for every range (a
    bound below 0 read as 0, one past the end as the end: ``top`` asks from ten lines above the motto), over a whole
    text, a stretch of it (``between``, ``after``) and an opening (``head``), on the real texts too."""
    from paths import REAL, ROOT

    texts = _texts() + ["ĐẢNG BỘ HUYỆN NĂM CĂN\nĐẢNG ỦY XÃ LÂM HẢI\n*\nSố 7-KH/ĐU\n\nĐẢNG CỘNG SẢN VIỆT NAM\n"]
    real = sorted((ROOT / "corpus").glob("*.txt"))[:4] + sorted(REAL.glob("*.txt"))[:4]
    texts += [p.read_text(encoding="utf-8")[:600] for p in real]
    for t in texts:
        whole = split_lines(t)
        for lines in (whole, whole.between(len(t) // 4, 3 * len(t) // 4), whole.after(len(t) // 2), whole.head(len(t) // 2)):
            n = len(lines)
            for lo in range(-2, n + 2):
                for hi in range(lo - 1, n + 3):
                    assert lines.texts(lo, hi) == [ln[2] for ln in lines[max(lo, 0) : max(hi, 0)]], (t[:30], lo, hi)
