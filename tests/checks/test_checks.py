"""Citation checks: the seed, the real excerpts, an injected error set, the CLI."""

from __future__ import annotations

import json

import pytest

import gold
import inject
import vanban
from paths import REAL, ROOT, SEED
from vanban.cli import main


def findings(text):
    return vanban.check(vanban.parse(text))


def test_seed_exactly_one_error(seed_text):
    doc = vanban.read(SEED)
    fs = doc.findings
    errors = [f for f in fs if f.severity == "error"]
    assert len(errors) == 1
    (e,) = errors
    assert (e.rule, doc.text[e.start : e.end], e.suggestion) == ("type-code-mismatch", "93-NQ/TW", "93-KL/TW")
    assert e.message_vi and "93-KL/TW" in e.message
    rules = {(f.rule, f.severity) for f in fs}
    assert ("duplicated-issuer", "info") in rules
    assert ("header-missing", "warning") in rules
    dup = [f for f in fs if f.rule == "duplicated-issuer"][0]
    assert "Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị" in doc.text[dup.start : dup.end]


def test_real_excerpts_labelled_errors_flagged_and_no_other_error():
    """The first 22 excerpts (those the checks were written against)."""
    gold_by_file = gold.load_gold()
    first = gold.first_batch()
    for name, mentions in gold_by_file.items():
        if name not in first:
            continue
        doc = vanban.read(REAL / name)
        fs = [f for f in doc.findings if f.severity in ("error", "warning")]
        labelled = [g for g in mentions if g.get("error")]
        for g in labelled:
            assert any(f.start < g["end"] and g["start"] < f.end for f in fs), (name, g["surface"], g["error"])
        for f in doc.findings:
            if f.severity == "error":
                assert any(f.start < g["end"] and g["start"] < f.end for g in labelled), (name, f)


def test_injected_error_set():
    res = inject.evaluate()
    print("\n" + inject.table(res))
    tp = sum(v["found"] for v in res.values())
    fp = sum(v["spurious"] for v in res.values())
    n = sum(v["injected"] for v in res.values())
    assert n >= 400
    assert tp / (tp + fp) >= 0.95 and tp / n >= 0.95
    for name, v in res.items():
        assert v["injected"] >= 8, name
        assert v["precision"] >= 0.9 and v["recall"] >= 0.9, (name, v)


@pytest.mark.parametrize(
    "text,rule,severity,suggestion",
    [
        ("Căn cứ Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư", "type-code-mismatch", "error", "93-KL/TW"),
        (
            "Thực hiện Quyết định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương",
            "type-code-mismatch",
            "error",
            "08-QĐ/TW",
        ),
        ("Thực hiện Kế hoạch số 25-KH/TW của Ban Thường vụ Tỉnh ủy", "issuer-code-mismatch", "error", "25-KH/TU"),
        ("Thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị (khóa XI)", "date-term-mismatch", "error", "(khóa X)"),
        ("Thực hiện Kế hoạch số 25-KH/TU, ngày 31/02/2021 của Ban Thường vụ Tỉnh ủy", "impossible-date", "error", None),
        ("Thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Ban Bí thư", "registry-issuer", "error", "Bộ Chính trị"),
        ("Thực hiện Kết luận số 93-KL/TW, ngày 21/11/2020 của Ban Bí thư", "registry-date", "error", "20/11/2020"),
        ("Quán triệt Kết luận số 100 - KL/TW ngày 18/8/2014 của Ban Bí thư", "malformed-code", "warning", "100-KL/TW"),
        ("Phổ biến Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư", "malformed-code", "warning", "22-CT/TW"),
        ("Thực hiện Chỉ thị số 03-CT/TƯ của Bộ Chính trị", "malformed-code", "warning", "03-CT/TW"),
        ("Quán triệt Chỉ thị 42 của Bộ Chính trị Khóa 8 đến các hội quần chúng", "unresolved-short-form", "warning", None),
        ("Thực hiện Chỉ thị số 05-CT/TU, ngày 10/5/2021 của Ban Chấp hành Đảng bộ tỉnh", "authority", "warning", None),
        (
            "Triển khai Chỉ thị số 42-CT/TW của Bộ Chính trị, ngày 16/4/2010 của Bộ Chính trị (khóa X)",
            "duplicated-issuer",
            "info",
            None,
        ),
        ("Thực hiện Chỉ thị12/CT-TW của Ban Bí thư", "missing-space", "info", None),
    ],
)
def test_rules_on_real_sentences(text, rule, severity, suggestion):
    fs = [f for f in findings(text) if f.rule == rule]
    assert fs, [(f.rule, f.message) for f in findings(text)]
    assert fs[0].severity == severity
    assert fs[0].message and fs[0].message_vi
    if suggestion is not None:
        assert fs[0].suggestion == suggestion


def test_correct_sentences_have_no_error_or_warning():
    for text in [
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW, "
        "ngày 16/4/2010 của Bộ Chính trị (khóa X)",
        "Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị và Chỉ thị số 42-CT/TW, ngày 24/3/2015 của Ban Bí thư.",
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
        "Thực hiện Quy định số 08-QĐi/TW, ngày 25/10/2018 của Ban Chấp hành Trung ương",
        "Thực hiện Quy định số 144-QĐ/TW, ngày 09/5/2024 của Bộ Chính trị",
    ]:
        bad = [f for f in findings(text) if f.severity != "info"]
        assert not bad, (text, bad)


def test_date_conflict_names_the_majority():
    text = (
        "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy. "
        "Quán triệt Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy. "
        "Triển khai Kế hoạch số 25-KH/TU, ngày 19/4/2020 của Ban Thường vụ Tỉnh ủy."
    )
    (f,) = [f for f in findings(text) if f.rule == "date-conflict"]
    assert text[f.start : f.end] == "19/4/2020" and f.suggestion == "19/4/2021" and len(f.related) == 2


def test_a_shared_date_is_no_date_conflict():
    # the date after "217-QĐ/TW và 218-QĐ/TW" is inferred for 217 (Flag.DATE_SHARED): when 217 is written with
    # another date elsewhere, the inference is what is wrong, not the text
    text = (
        "Căn cứ Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị. Thực hiện Quyết định số 217-QĐ/TW và "
        "Quyết định số 220-QĐ/TW ngày 10/01/2014 của Bộ Chính trị."
    )
    assert [r.date.isoformat() for r in vanban.find_references(text)] == ["2013-12-12", "2014-01-10", "2014-01-10"]
    assert not [f for f in findings(text) if f.rule == "date-conflict"]
    # written twice with two dates, it is one
    assert [f for f in findings(text.replace("217-QĐ/TW và", "217-QĐ/TW ngày 10/01/2014 và")) if f.rule == "date-conflict"]


def test_chronology_uses_the_letterhead_date():
    doc = vanban.read(REAL / "kh-58-kh-ubnd-bariavungtau-2024.txt")
    (f,) = [f for f in doc.findings if f.rule == "chronology"]
    assert doc.text[f.start : f.end] == "06 tháng 12 năm 2024"


def test_corpus_findings_carry_paths():
    doc = vanban.read(SEED)
    assert all(f.path == str(SEED) for f in doc.findings)


def test_check_rejects_other_objects():
    with pytest.raises(vanban.InputTypeError, match="not int"):
        vanban.check(42)


def test_check_a_string_is_check_of_its_parse(seed_text):
    direct = vanban.check(seed_text)
    parsed = vanban.check(vanban.parse(seed_text))
    assert [(f.rule, f.start, f.end) for f in direct] == [(f.rule, f.start, f.end) for f in parsed]
    assert [seed_text[f.start : f.end] for f in direct if f.severity == "error"] == ["93-NQ/TW"]


def test_cli_check(capsys):
    assert main(["check", str(SEED), "--format", "jsonl"]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [r["rule"] for r in rows if r["severity"] == "error"] == ["type-code-mismatch"]
    clean = ROOT / "corpus" / "yenbai-tinhuy-kehoach-25-khtu-2021-05-05-kl93.txt"
    assert main(["check", str(clean), "--min-severity", "error", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["check", str(ROOT / "corpus" / "nope.txt")]) == 2


def test_a_date_shared_by_a_list_is_checked_once_where_it_is_written():
    # "Chỉ thị số 15, 16 và 17-CT/TW ngày …": one date, written for the last; a finding on it is made once, on that
    # citation (not once per member of the list, all on the same span)
    text = (
        "TỈNH ỦY GIA LAI\nSố: 25-KH/TU\nGia Lai, ngày 19 tháng 4 năm 2021\n\nKẾ HOẠCH\n\n"
        "Thực hiện các Chỉ thị số 15, 16 và 17-CT/TW ngày 25/12/2022 của Bộ Chính trị (khóa XII).\n"
    )
    doc = vanban.parse(text)
    assert [r.date.isoformat() for r in doc.references if r.code][-3:] == ["2022-12-25"] * 3
    for rule, span in (("chronology", "25/12/2022"), ("date-term-mismatch", "(khóa XII)")):
        got = [f for f in doc.findings if f.rule == rule]
        assert len(got) == 1, (rule, got)
        assert text[got[0].start : got[0].end] == span


def test_a_provincial_committees_names_are_the_vocabularys():
    # "Hướng dẫn số 30-HD/TU ngày 16/10/2024 của Thành ủy Vĩnh Yên" (corpus-real-24/hospital-sannhivinhphuc-daihoi-chibo-
    # ngoai-chuyenkhoa-2025.txt): "Thành ủy" is also its standing committee's name, which may issue a Hướng dẫn (vocabulary
    # ``provincial_committee``, value standing); "Ban Chấp hành Đảng bộ tỉnh" may not (Quy định 66-QĐ/TW, Điều 7); near
    # miss: the standing committee named so ("Ban Thường vụ Tỉnh ủy") is none of them. A lexicon whose row of "Thành ủy"
    # has no value reads the committee there.
    from vanban.facts import Lexicon
    from vanban.facts.tables import Word

    def warned(text, lex=None):
        return [f.rule for f in vanban.parse(text, lexicon=lex).findings if f.rule == "authority"]

    city = "Thực hiện Hướng dẫn số 30-HD/TU ngày 16/10/2024 của Thành ủy Vĩnh Yên về tổ chức đại hội chi bộ."
    assert warned(city) == [] and warned(city.replace("Thành ủy Vĩnh Yên", "Ban Thường vụ Thành ủy Vĩnh Yên")) == []
    assert warned(city.replace("Thành ủy Vĩnh Yên", "Ban Chấp hành Đảng bộ tỉnh")) == ["authority"]
    base = Lexicon.default()
    vocab = tuple(
        Word(w.list, w.phrase, "", w.source) if (w.list, w.phrase) == ("provincial_committee", "Thành ủy") else w
        for w in base.vocabulary
    )
    assert warned(city, Lexicon(base.doc_types, base.issuer_rows, base.terms, base.registry, vocab)) == ["authority"]


# (corpus/gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt, line 12: four codes, each cited once)
_CITED_ONCE = (
    "Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW, ngày "
    "20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị (khóa X)"
)


def test_a_code_cited_once_is_one_document_without_splitting_it():
    """_split_all's gate: a group of one citation is that citation's document, what the splits by locality and by term
    give it (each citation here has a date, so a term, and the first a locality)."""
    from vanban.checks.document import _split, _split_all
    from vanban.facts import Lexicon

    lex = Lexicon.default()
    refs = [r for r in vanban.parse(_CITED_ONCE).references if r.code]
    assert [r.code for r in refs] == ["25-KH/TU", "93-KL/TW", "42-CT/TW"]
    for r in refs:
        by_locality = _split([r], lambda x: x.target.locality or None)
        by_term = [p for part in by_locality for p in _split(part, lambda x: lex.term_for_date(x.target.date))]
        assert _split_all([[r]], lex) == by_term == [[r]]


def test_one_code_of_two_terms_is_still_two_documents():
    """The near miss: two citations of 42-CT/TW (the Bộ Chính trị's of 2010, the Ban Bí thư's of 2015) are split by
    their terms, as before the gate (tests/checks/test_checks.py's correct sentences)."""
    from vanban.checks.document import _split_all
    from vanban.facts import Lexicon

    text = "Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị và Chỉ thị số 42-CT/TW, ngày 24/3/2015 của Ban Bí thư."
    refs = [r for r in vanban.parse(text).references if r.code == "42-CT/TW"]
    assert len(refs) == 2
    assert _split_all([refs], Lexicon.default()) == [[refs[0]], [refs[1]]]


def test_the_words_before_a_citation_are_read_in_30_characters_when_they_hold_6():
    """doubled-word's gate: the last 5 words of the 60 characters before each citation of the corpus, read in the last
    30 first ("… Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 93-KL/TW", corpus/gialai-bantuyengiao-tinhuy-huongdan-
    38-hdbtgtu-2021-05-06-kl93.txt), and the near miss, 30 characters of fewer than 6 words, read in 60 (a citation
    after long words or at the start of a text)."""
    from vanban.checks.document import _WORD, _last_words

    short = whole = 0
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        doc = vanban.parse(p.read_text(encoding="utf-8"))
        for r in doc.references:
            assert _last_words(doc.text, r.start) == _WORD.findall(doc.text, max(0, r.start - 60), r.start)[-5:]
            if len(_WORD.findall(doc.text, max(0, r.start - 30), r.start)) < 6:
                short += 1
            else:
                whole += 1
    assert short and whole > short


def test_the_keys_around_a_citation_are_read_from_its_windows_alike():
    """doubled-word's gate keeps the keys of the 60 characters before a citation (and of its first 4 words) by the
    window's text: the same keys as read in the whole text, for every citation of the corpus ("… Ban Thường vụ Tỉnh ủy
    về thực hiện Kết luận số 93-KL/TW", corpus/gialai-bantuyengiao-tinhuy-huongdan-38-hdbtgtu-2021-05-06-kl93.txt), and
    the near miss, a citation fewer than 60 characters into the text (its window is shorter, read alike)."""
    from itertools import islice

    from vanban.checks.base import written_key
    from vanban.checks.document import _WORD, _first_keys, _keys_before, _last_words

    for p in sorted((ROOT / "corpus").glob("*.txt")):
        doc = vanban.parse(p.read_text(encoding="utf-8"))
        t = doc.text
        for r in doc.references:
            assert _keys_before(t[max(0, r.start - 60) : r.start]) == tuple(map(written_key, _last_words(t, r.start)))
            first = tuple(written_key(m.group()) for m in islice(_WORD.finditer(t, r.start, r.end), 4))
            assert _first_keys(t[r.start : r.end]) == first
    doc = vanban.parse("Kết luận số Kết luận số 200-KL/TW")
    assert doc.references[0].start < 60 and _keys_before(doc.text[: doc.references[0].start]) == ("ket", "luan", "so")
    assert [f.rule for f in vanban.check(doc, rules="doubled-word")] == ["doubled-word"]


def test_a_capital_after_the_first_word_is_what_type_spelling_reads_first():
    """type-spelling's gate: "Quán triệt Quyết Định 144 của Bộ Chính trị" has capitals after its first word; the near
    miss "Quyết định số 144-QĐ/TW" none (a number, then a code)."""
    from vanban.checks.reference import _capital_after_first

    assert _capital_after_first("Quyết Định 144 của Bộ Chính trị")
    assert not _capital_after_first("Quyết định số 144-QĐ/TW")
