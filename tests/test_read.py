"""The same document as text, PDF and DOCX gives the same header, section labels,
references, signature and recipients (corpus/*.pdf|docx and their text sources)."""

from __future__ import annotations

import pytest

import vanban
from paths import ROOT

SOURCES = ROOT / "tests" / "fixtures" / "corpus-sources"
RENDERED = sorted((ROOT / "corpus").glob("*.pdf")) + sorted((ROOT / "corpus").glob("*.docx"))


def labels(doc):
    return [(s.level, s.label) for s in doc.walk()]


def refs(doc):
    return [(r.doc_type, r.code, r.date, r.issuer, r.term, r.relation, r.key) for r in doc.references]


@pytest.mark.parametrize("path", RENDERED, ids=[p.name for p in RENDERED])
def test_rendered_document_reads_like_its_text(path):
    doc = vanban.read(path)
    txt = vanban.read(SOURCES / f"{path.stem}.txt")
    h, t = doc.header, txt.header
    assert (h.doc_type, h.code, h.issuer, h.date, h.place, h.title, h.province, h.district) == (
        t.doc_type,
        t.code,
        t.issuer,
        t.date,
        t.place,
        t.title,
        t.province,
        t.district,
    )
    assert labels(doc) == labels(txt)
    assert refs(doc) == refs(txt)
    for r in doc.references:
        assert doc.text[r.start : r.end] == r.text
    assert (doc.signature.position, doc.signature.name) == (txt.signature.position, txt.signature.name)
    assert [x.text for x in doc.recipients] == [x.text for x in txt.recipients]
    assert not doc.unparsed
    assert [(f.rule, f.severity) for f in doc.findings if f.rule != "header-missing"] == [
        (f.rule, f.severity) for f in txt.findings if f.rule != "header-missing"
    ]


def test_pdf_pages_and_page_numbers_do_not_leak():
    doc = vanban.read(ROOT / "corpus" / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf")
    assert len(doc.pages) >= 2
    assert doc.kind == "pdf"
    assert "\f" in doc.text  # pages as the reader saw them; the clean copy has no page numbers
    from vanban.source import clean

    assert "\n2\n" not in clean(doc.text, doc.kind, doc.layout).text
