"""A record's text-derived fields made the short way (vanban.graph.records): the fingerprint's words and the sentence
around a citation, equal to what their plain definitions give, on the real texts and on the characters that part them."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from paths import ROOT, SEED
from vanban.facts import Lexicon
from vanban.graph.records import _deadline_patterns, _deadlines, _sentences, _words, _words_of_bytes, sentence
from vanban.model import Reference
from vanban.text import fold_bytes

_WORDS = re.compile(r"\w+")


def _plain_words(text: str) -> str:
    return " ".join(_WORDS.findall(text))


def _plain_sentence(text: str, a: int, b: int) -> str:
    lo = max(text.rfind(". ", 0, a), text.rfind("\n", 0, a), a - 240) + 1
    m = re.compile(r"[.;](?=\s)|\n").search(text, b)
    hi = min(m.end() if m else len(text), b + 240)
    return " ".join(text[max(0, lo) : hi].split())


def _texts() -> list[str]:
    files = [SEED, *sorted((ROOT / "tests" / "fixtures" / "corpus-real").glob("*.txt"))[:40]]
    return [p.read_text(encoding="utf-8") for p in files]


def test_the_words_of_real_plans_are_the_words_the_expression_finds():
    for text in _texts():
        folded = text.casefold()
        assert _words(folded) == _plain_words(folded)


def test_the_words_when_a_character_outside_the_marks_parts_them():
    # the seed's "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 …" with what the marks do not cover: "_", "@", "×",
    # a non-breaking space, "İ" (its case fold ends with a combining mark, \W), an emoji, nothing at all
    for text in (
        "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021",
        "số_25 của Ban @ Tuyên giáo × 2",
        "Kế\u00a0hoạch",
        "İstanbul".casefold(),
        "🎯 Mục tiêu: 100%",
        "",
        " .,;- ",
    ):
        assert _words(text) == _plain_words(text), text


@given(st.text(alphabet=st.sampled_from("aăĐđ5_ \n\t.,;:-–/%*|@×\u00a0\u0301İ🎯"), max_size=40))
def test_the_words_of_any_text_are_the_words_the_expression_finds(text):
    assert _words(text) == _plain_words(text)


def test_the_sentence_around_a_citation_reads_back_at_most_240_characters():
    # a citation deep in a long paragraph ("… Kết luận số 93-KL/TW …" after some 600 characters without ". " or a
    # line break) and every citation-like position of the seed: the same sentence as reading back to the text's start
    long = "Thực hiện " + "nội dung kế hoạch, " * 40 + "Kết luận số 93-KL/TW ngày 20/11/2020. Tiếp theo"
    a = long.index("Kết luận")
    assert sentence(long, a, a + 20) == _plain_sentence(long, a, a + 20)
    seed = SEED.read_text(encoding="utf-8")
    for m in re.finditer(r"số \d+", seed):
        assert sentence(seed, m.start(), m.end()) == _plain_sentence(seed, m.start(), m.end())


def _casefold_words(text: str) -> str:
    return _plain_words(text.casefold())


def test_the_fingerprint_words_read_in_one_pass_are_the_case_folded_words():
    # the words the fingerprint hashes, read through fold()'s bytes (case fold, marks and blanks made spaces at once,
    # the runs of spaces halved), against the case fold and the expression: on real plans ("Thực hiện Kế hoạch số
    # 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy Gia Lai …"), on every character fold() reads a byte of, alone
    # and between letters, and on runs of blanks and marks; text with a character it has none for keeps the old way
    from vanban.text import _FOLD_BYTES

    every = [c for c in _FOLD_BYTES if c != "\ufffe"]
    texts = [*_texts(), "".join(every), "".join(every).upper(), *(f"Kế{c}hoạch {c}{c} số{c}" for c in every)]
    texts += ["ĐẢNG BỘ TỈNH GIA LAI\nSố 25-KH/TU", " \t\n\r\u00a0 ", "a" + " " * 9 + "b,,  ;; c", "", "số_25 @ Ban"]
    for text in texts:
        b = fold_bytes(text)
        assert b is not None and _words_of_bytes(b) == _casefold_words(text), text[:60]
    assert fold_bytes("İstanbul 🎯") is None


def test_the_sentence_looks_ahead_at_most_241_characters_and_equal_spans_are_joined_once():
    # "Kết luận số 93-KL/TW …" followed by a long paragraph whose first end ("." before a blank, ";" before a blank, a
    # line break) falls on each place around b + 240, or nowhere; then two citations of one sentence of the seed
    # ("Thực hiện Kế hoạch số 25-KH/TU … về thực hiện Kết luận số 93-KL/TW …"): one string for both
    cite = "Thực hiện Kết luận số 93-KL/TW"
    for k in range(230, 250):
        for end in (". ", ";\n", "\n", ".x", ""):
            text = cite + "a" * k + end + "tiếp theo" * 40
            assert sentence(text, 10, len(cite)) == _plain_sentence(text, 10, len(cite)), (k, end)
    seed = SEED.read_text(encoding="utf-8")
    refs = [Reference(m.start(), m.end(), m.group()) for m in re.finditer(r"(?:Kế hoạch|Kết luận) số [0-9]+", seed)]
    got = _sentences(seed, refs, {}.setdefault)
    assert got == [_plain_sentence(seed, r.start, r.end) for r in refs]
    same = [(x, y) for x, y in zip(got, got[1:]) if x == y]
    assert same and all(x is y for x, y in same)


def test_the_deadlines_are_those_the_expression_finds_scanning_the_text():
    # _DEADLINE tried only where its first words are written, against finditer: real plans, and "Các huyện ủy xây dựng
    # kế hoạch triển khai thực hiện, hoàn thành trước ngày 30/6/2021" with each first word, overlapping and repeated
    p = _deadline_patterns(Lexicon.default())
    assert p.words == ("trước", "chậm nhất", "không muộn hơn")
    assert p.deadline.pattern.startswith("(?:" + "|".join(map(re.escape, p.words)).replace("nhất", "nhất(?: là)?(?: vào)?") + ")")
    asks = "Các huyện ủy xây dựng kế hoạch triển khai thực hiện, hoàn thành {} ngày 30/6/2021; {} 15 tháng 7 năm 2021."
    texts = [asks.format(a, b) for a in p.words for b in ("trước trước", "chậm nhất là vào", "không muộn hơn")]
    for text in [*_texts(), *texts, "trước", ""]:
        assert [m.span() for m in _deadlines(text, p)] == [m.span() for m in p.deadline.finditer(text)]
    assert len(list(_deadlines(texts[0], p))) == 2


def test_a_deadline_is_read_by_the_lexicons_deadline_words_and_plan_task():
    """ "Các chi, đảng bộ cơ sở trực thuộc tổ chức quán triệt, xây dựng kế hoạch thực hiện, hoàn thành trước ngày
    15/11/2021" (corpus/gialai-chuse-huyenuy-kehoach-68-khhu-2021-10-14-kl93.txt): the words a deadline starts with are
    vocabulary ``deadline_word`` ("chậm nhất" valued ``then``: "là", "vào" may follow), the sentence asks for a plan by
    ``plan_task``; a lexicon without the row "trước" reads no deadline there, one without "kế hoạch" none either."""
    import datetime as dt

    from vanban import parse
    from vanban.graph.records import deadline_of, record_of

    text = "Các chi, đảng bộ cơ sở trực thuộc tổ chức quán triệt, xây dựng kế hoạch thực hiện, hoàn thành trước ngày 15/11/2021."
    base = Lexicon.default()

    def without(list_: str, phrase: str) -> Lexicon:
        rows = tuple(w for w in base.vocabulary if (w.list, w.phrase) != (list_, phrase))
        return Lexicon(base.doc_types, base.issuer_rows, base.terms, base.registry, rows)

    doc = parse(text)
    assert deadline_of(doc, base) == record_of(doc, base).deadline == dt.date(2021, 11, 15)
    assert deadline_of(parse(text.replace("trước ngày", "chậm nhất là vào ngày")), base) == dt.date(2021, 11, 15)
    for lex in (without("deadline_word", "trước"), without("plan_task", "kế hoạch")):
        assert deadline_of(doc, lex) is None and record_of(doc, lex).deadline is None
    # near miss: a date a report is due by asks for no plan ("báo cáo kết quả trước ngày …")
    assert deadline_of(parse("Các chi bộ báo cáo kết quả trước ngày 15/11/2021."), base) is None


def test_a_sentence_already_on_one_line_is_kept_and_any_other_is_joined_at_its_blanks():
    # _one_line is " ".join(t.split()): kept as it is when stripped it has no two spaces and no other blank ("Thực
    # hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư." ended by its line break); each blank str.split cuts
    # at (a no-break space, a tab, U+2028, U+3000, …) and runs of spaces still joined; a zero-width space, which
    # str.isprintable refuses but str.split does not cut at, kept where it stands
    from vanban.graph.records import _one_line

    line = "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư."
    assert _one_line(line + "\n") == line
    blanks = [chr(i) for i in range(0x3001) if chr(i).isspace()] + ["\u200b", "  ", " \n "]
    for c in blanks:
        for t in (f"{line}{c}", f"{c}Kết luận{c}số 93-KL/TW", f"số{c}{c}93", c):
            assert _one_line(t) == " ".join(t.split()), repr(t)
    seed = SEED.read_text(encoding="utf-8")
    for m in re.finditer(r"số \d+", seed):
        a, b = max(0, m.start() - 200), m.end() + 200
        assert _one_line(seed[a:b]) == " ".join(seed[a:b].split())


_END = re.compile(r"[.;](?=\s)|\n")


def _end_by_expression(text: str, b: int) -> int:
    m = _END.search(text, b, b + 241)
    return min(m.end() if m else len(text), b + 240)


def test_a_sentence_ends_where_the_expression_ends_it():
    # _sentence_end finds the first line break, or "." or ";" before a blank, by str.find: at every offset of the seed
    # ("… của Ban Bí thư.⏎", "ngày 20/11/2020;", "./."), of real plans, and of texts where the end falls on each place
    # around b + 240, where a "." precedes no blank ("Điều 2.3", "v.v.") or a blank other than the space ("\xa0",
    # U+2028), or ends the text
    from vanban.graph.records import _sentence_end

    for text in _texts()[:6]:
        for b in range(0, len(text) + 2):
            assert _sentence_end(text, b) == _end_by_expression(text, b), (text[b : b + 40], b)
    cite = "Thực hiện Kết luận số 93-KL/TW"
    for k in range(225, 250):
        for end in (".", ";", ". ", ";\xa0", ".\u2028", "v.v.x", "2.3", "\n", ".\n", "..", ";."):
            for text in (cite + "a" * k + end, cite + "a" * k + end + "tiếp theo"):
                for b in (0, 10, len(cite), len(cite) + 3):
                    assert _sentence_end(text, b) == _end_by_expression(text, b), (k, end, b)


@given(st.text(alphabet=st.sampled_from("a .;\n\t\xa0\u2028Đ"), max_size=300), st.integers(0, 310))
def test_a_sentence_of_any_text_ends_where_the_expression_ends_it(text, b):
    from vanban.graph.records import _sentence_end

    assert _sentence_end(text, b) == _end_by_expression(text, b)


def _position_by_spans(doc, r) -> str:
    """Where a reference stands read from the spans themselves (the title's, then the preamble's), not from its part:
    the oracle of position_of()."""
    t, p = doc.header.spans.get("title"), doc.preamble
    if t and t[0] <= r.start < t[1]:
        return "title"
    return "opening" if p and p[0] <= r.start < p[1] else "body"


def test_a_records_positions_are_read_from_its_parts():
    # each reference's position ("title", "opening", "body") read from its part (Document.where, position_of) is where
    # the title's and the preamble's spans put it: the seed's citations in its title, preamble and body; a reference
    # where puts in the letterhead while a preamble overlapping the letterhead holds it (made by hand): "opening"
    from vanban import parse
    from vanban.graph.records import record_of

    doc = parse(SEED.read_text(encoding="utf-8"))
    rec = record_of(doc)
    assert rec.parts == [doc.where(r) for r in doc.references]
    assert rec.reference_parts() == doc.reference_parts() == rec.parts  # (the frames' "where" of either)
    assert rec.positions == [_position_by_spans(doc, r) for r in doc.references]
    assert {"title", "opening", "body"} <= set(rec.positions)
    doc = parse(SEED.read_text(encoding="utf-8"))
    first = doc.references[0]
    doc.header.spans.pop("title")
    doc.header.start, doc.header.end, doc.preamble = 0, first.end, (first.start, doc.preamble[1])
    rec = record_of(doc)
    assert rec.parts[0] == "letterhead" and rec.positions[0] == _position_by_spans(doc, first) == "opening"
    assert rec.positions == [_position_by_spans(doc, r) for r in doc.references]
    doc.preamble = (first.end, doc.preamble[1])  # (the letterhead's reference before the preamble: in the body)
    assert record_of(doc).positions[0] == _position_by_spans(doc, first) == "body"


def _isprintable_calls_of_one_line(text: str) -> tuple[int, list[str]]:
    """How many times _one_line asks str.isprintable while the record of ``text``, parsed with its clean copy, is
    made, and the record's sentences."""
    import sys

    from vanban.graph.records import record_of
    from vanban.read import _parse

    doc, src = _parse(text, None, "txt", (), None, None, relations=False)[:2]
    calls = []

    def count(frame, event, arg):
        if event == "c_call" and frame.f_code.co_name == "_one_line" and arg.__name__ == "isprintable":
            calls.append(1)

    sys.setprofile(count)
    try:
        rec = record_of(doc, source=src)
    finally:
        sys.setprofile(None)
    return len(calls), rec.sentences


def test_the_sentences_of_a_printable_text_read_no_character_class_again():
    # the seed ("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư …") is printable but its line breaks,
    # which clean() found (Source.printable): a line break is the one blank _one_line looks for, by ``in``
    seed = SEED.read_text(encoding="utf-8")
    calls, sentences = _isprintable_calls_of_one_line(seed)
    assert calls == 0 and sentences
    # near miss: with a tab in each sentence the text is not known printable; each sentence is read, and joined
    tabbed = seed.replace("Kết luận số", "Kết luận\tsố")
    calls, tabbed_sentences = _isprintable_calls_of_one_line(tabbed)
    assert calls == len(set(tabbed_sentences)) > 0 and tabbed_sentences == sentences


def test_one_line_of_a_printable_text_is_one_line_read_character_by_character():
    from vanban.graph.records import _one_line

    for text in _texts():
        if not text.replace("\n", "").isprintable():
            continue
        for m in re.finditer(r"số \d+", text):
            a, b = max(0, m.start() - 200), m.end() + 200
            assert _one_line(text[a:b], True) == _one_line(text[a:b]) == " ".join(text[a:b].split())
