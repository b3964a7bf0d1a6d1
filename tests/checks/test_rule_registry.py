"""Rules are registered under the ids they emit: filtering is by exact id; the corpus rule finds documents by key."""

from __future__ import annotations

import pytest

import vanban
from paths import ROOT
from vanban.checks import CORPUS_RULES, RULES, check_corpus, check_document

HEADER = (
    "HUYỆN ỦY PHÚ THIỆN\nSố 45-NQ/HU\n\nKẾ HOẠCH\ntriển khai Kết luận số 93-KL/TW\n\n"
    "Thực hiện Kết luận số 93-KL/TW của Ban Bí thư."
)


def test_a_rule_filter_keeps_exactly_that_id():
    doc = vanban.parse(HEADER)
    assert {f.rule for f in check_document(doc)} >= {"header-missing", "header-code-type"}
    assert {f.rule for f in check_document(doc, rules=["header-missing"])} == {"header-missing"}
    assert {f.rule for f in check_document(doc, rules=["header-code-type"])} == {"header-code-type"}


def test_every_emitted_id_is_registered():
    assert {"header-missing", "header-code-type", "header-abolished-level", "type-code-mismatch"} <= set(RULES)
    assert "date-conflict" in CORPUS_RULES
    with pytest.raises(vanban.VanbanError, match="unknown rule"):
        check_document(vanban.parse(HEADER), rules=["header"])


def test_findings_are_an_attribute_of_documents_and_corpora():
    corpus = vanban.Corpus.from_dir(ROOT / "corpus", progress=False)
    doc = corpus[0]
    assert isinstance(doc.findings, list) and doc.findings == check_document(doc)
    assert isinstance(corpus.findings, list) and len(corpus.findings) >= sum(len(d.findings) for d in corpus)
    assert vanban.check(corpus) == list(corpus.findings)


def test_the_corpus_rule_finds_the_cited_document_by_its_key():
    """A district plan citing Gia Lai's 25-KH/TU with the wrong date, beside the plan itself."""
    plan = (
        "TỈNH ỦY GIA LAI\nSố 25-KH/TU\nGia Lai, ngày 19 tháng 4 năm 2021\n\nKẾ HOẠCH\nthực hiện Kết luận số 93-KL/TW\n\n"
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư."
    )
    district = (
        "ĐẢNG BỘ TỈNH GIA LAI\nHUYỆN ỦY PHÚ THIỆN\nSố 45-KH/HU\nPhú Thiện, ngày 30 tháng 6 năm 2021\n\nKẾ HOẠCH\n"
        "thực hiện Kế hoạch số 25-KH/TU\n\nThực hiện Kế hoạch số 25-KH/TU, ngày 19/5/2021 của Ban Thường vụ Tỉnh ủy."
    )
    corpus = vanban.Corpus.from_texts([("plan.txt", plan), ("district.txt", district)])
    assert corpus[0].key == "25-KH/TU@Gia Lai#2021"
    found = [f for f in check_corpus(corpus.documents) if f.rule == "date-conflict"]
    assert [(f.path, f.suggestion, f.fix.value.isoformat()) for f in found] == [("district.txt", "19/4/2021", "2021-04-19")]


def test_the_rules_of_one_check_look_each_citation_up_in_the_registry_once(monkeypatch):
    """registry-issuer, -type and -date read the same rows (and -date and -unknown the same unknown
    citations): built once per ``check_document``, and the same findings as each rule run by itself."""
    from vanban.checks import base

    text = (ROOT / "corpus" / "tw-ketluan-93-kltw-2020-11-20.txt").read_text(encoding="utf-8")
    text += "\nQuán triệt Chỉ thị số 35-CT/TW ngày 30/5/2019 của Ban chấp hành Trung ương Đảng"
    text += " và Kết luận số 83-KL/TW ngày 21/6/2024."
    doc = vanban.parse(text)
    lex = vanban.Lexicon.default()
    alone = [f for fn in dict.fromkeys(RULES.values()) for f in fn(doc, lex)]
    calls = []
    real = base.registry_row
    monkeypatch.setattr(base, "registry_row", lambda r, d, x, *at: calls.append(r) or real(r, d, x, *at))
    found = check_document(doc)
    assert len(calls) == len(set(map(id, calls))) > 0  # each citation once
    assert sorted(map(repr, found)) == sorted(map(repr, alone)) and {"registry-issuer", "registry-unknown"} <= {
        f.rule for f in found
    }
    assert base._ONE_CHECK.get() is None  # nothing kept after the check


def test_the_rules_of_one_check_read_one_cited_value(monkeypatch):
    """The references written with a code, which seven rules read, are listed once per ``check_document`` (in
    its :class:`~vanban.checks.base.Cited`); a rule run by itself lists them for itself."""
    from vanban.checks import base

    doc = vanban.parse("Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư và Chỉ thị số 35-CT/TW của Bộ Chính trị")
    calls = []
    real = base.coded
    monkeypatch.setattr(base, "coded", lambda d: calls.append(d) or real(d))
    check_document(doc)
    assert len(calls) == 1
    assert base.cited(doc, vanban.Lexicon.default()).coded == real(doc)


SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
#: a dev page (tests/fixtures/corpus-real-10, split dev) citing central documents the registry knows
DEV_PAGE = ROOT / "tests" / "fixtures" / "corpus-real-10" / "bo-tuphap-dangbo-hd26-btctw-ct35-2019.txt"


@pytest.mark.parametrize("path", [SEED, DEV_PAGE], ids=["seed", "dev-page"])
def test_one_rule_asked_gives_the_findings_of_that_rule_in_the_whole_run(path):
    """``check_document(doc, rules=X)`` walks the references for the rules of X alone (each reference handed to the
    rules of its kinds): for every rule id, the findings of the whole run with that id, in the same order."""
    doc = vanban.read(path)
    lex = vanban.Lexicon.default()
    whole = check_document(doc, lex=lex)
    assert {f.rule for f in whole}  # (the page gives findings)
    for rid in RULES:
        assert list(map(repr, check_document(doc, rules=[rid], lex=lex))) == [repr(f) for f in whole if f.rule == rid], rid


def test_a_rule_on_one_reference_is_handed_the_references_of_its_kinds_once(monkeypatch):
    """The walk builds one :class:`~vanban.checks.base.Cite` per reference and hands it to the rules registered for
    one of its kinds: type-code-mismatch (CODED) sees "Kết luận số 93-NQ/TW" and not the short form "Chỉ thị 42"; the
    near miss, unresolved-short-form (SHORT), sees the short form only."""
    import vanban.checks as checks
    from vanban.checks import base, reference

    doc = vanban.parse("Căn cứ Kết luận số 93-NQ/TW, ngày 20/11/2020 của Ban Bí thư và Chỉ thị 42 của Bộ Chính trị khóa 8")
    assert [r.kind for r in doc.references] == ["code", "short"]
    built, seen = [], {"type_code": [], "unresolved": []}
    real_init = base.Cite.__init__
    monkeypatch.setattr(base.Cite, "__init__", lambda self, r, d, x: built.append(r) or real_init(self, r, d, x))
    for name in seen:
        fn = getattr(reference, name)
        monkeypatch.setattr(fn, "each", lambda x, lex, fn=fn.each, name=name: seen[name].append(x.ref.kind) or fn(x, lex))
    monkeypatch.setattr(checks, "_PLANS", {})  # (a plan holds the rules as they were)
    found = check_document(doc)
    assert len(built) == len(doc.references)
    assert seen == {"type_code": ["code"], "unresolved": ["short"]}
    assert {"type-code-mismatch", "unresolved-short-form"} <= {f.rule for f in found}
