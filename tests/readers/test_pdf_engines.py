"""The layout pass on pypdfium2's character boxes gives what it gave on pdfplumber's words
(issue 15): every PDF of ``corpus/`` and every PDF the reader tests draw
(``fixtures/drawn.py``: the corpus's letterheads and end blocks, the seed, a 30-page
document, a wrapped place-date line), read both ways, the same ``Extracted`` and the same
``Document`` (letterhead, sections, signature, recipients, references, relations,
findings), every offset indexing the returned text; and the word lists of the two engines
agree word for word.

``layout_engine="pdfplumber"`` is the reader as it was before pdfium's boxes (the words of
the layout pages from pdfplumber, everything else the same code)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
from pathlib import Path

import pytest

import vanban
import vanban.readers as readers
from fixtures.drawn import drawn_pdfs
from fixtures.render import FontUnavailable
from paths import ROOT
from vanban.model import Reference, Section
from vanban.readers import read_pdf
from vanban.readers.pdfchars import page_words, plumber_words

CORPUS_PDFS = sorted((ROOT / "corpus").glob("*.pdf"))


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    found = {f"corpus-{p.stem}": p for p in CORPUS_PDFS}
    try:
        found.update(drawn_pdfs(tmp_path_factory.mktemp("drawn")))
    except FontUnavailable as e:  # the corpus PDFs are still compared
        print(f"drawn PDFs skipped: {e}")
    return found


def _extracted(ex) -> tuple:
    meta = {k: v for k, v in ex.meta.items() if k not in ("seconds", "layout_engine")}
    return ex.text, ex.pages, ex.blocks, ex.warnings, meta


def _plain(v, top=True):
    """A value as plain data to compare: a Reference or Section met inside another value by
    its span (they compare by identity), dataclasses as dicts of their fields."""
    if isinstance(v, (Reference, Section)) and not top:
        return (type(v).__name__, v.start, v.end)
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        skip = ("children", "parent") if isinstance(v, Section) else ()
        return {f.name: _plain(getattr(v, f.name), False) for f in dataclasses.fields(v) if f.name not in skip}
    if isinstance(v, dict):
        return {k: _plain(x, False) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x, False) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted(map(repr, v))
    if isinstance(v, (str, int, float, bool, type(None), datetime.date, enum.Enum)):
        return v
    return repr(v)  # the DOCUMENT marker of a relation


def _document(doc) -> dict:
    """Everything a Document says, as plain values."""
    return {
        "text": doc.text,
        "pages": doc.pages,
        "layout": doc.layout,
        "warnings": doc.warnings,
        "damaged": doc.text_damaged,
        "header": _plain(doc.header),
        "preamble": doc.preamble,
        "sections": [_plain(s) for s in doc.walk()],
        "signature": _plain(doc.signature),
        "recipients": _plain(doc.recipients),
        "unparsed": _plain(doc.unparsed),
        "references": [_plain(r) for r in doc.references],
        "relations": [_plain(r) for r in doc.relations],
        "key": doc.key,
        "findings": [_plain(f) for f in doc.findings],
    }


def _offsets_index_the_text(doc) -> None:
    n = len(doc.text)
    for r in doc.references:
        assert doc.text[r.start : r.end] == r.text
    for name, (a, b) in [*doc.header.spans.items(), *(doc.signature.spans.items() if doc.signature else [])]:
        assert 0 <= a <= b <= n, name
    for s in doc.walk():
        assert 0 <= s.start < s.end <= n and doc.text[s.start : s.end].strip()
    for r in doc.recipients:
        assert 0 <= r.start < r.end <= n and doc.text[r.start : r.end].strip()
    for f in doc.findings:
        assert 0 <= f.start <= f.end <= n
    for a, b, _label in doc.layout:
        assert 0 <= a < b <= n


def test_every_pdf_reads_the_same_with_pdfium_boxes(pdfs, monkeypatch):
    assert len(pdfs) >= len(CORPUS_PDFS) and CORPUS_PDFS
    laid_out = 0
    for name, path in pdfs.items():
        new = read_pdf(path)
        old = read_pdf(path, layout_engine="pdfplumber")
        assert new.meta["layout_engine"] == "pdfium" and old.meta["layout_engine"] == "pdfplumber"
        assert _extracted(new) == _extracted(old), name
        laid_out += new.meta["layout_pages"]
        doc = vanban.read(path)
        with monkeypatch.context() as m:  # vanban.read as it was: on what the pdfplumber words gave
            m.setattr(readers, "read_pdf", lambda *_a, _old=old, **_k: _old)
            before = vanban.read(path)
        assert _document(doc) == _document(before), name
        _offsets_index_the_text(doc)
        if name.startswith(("corpus-", "built-", "seed")):  # the documents whose letterhead the tests know
            assert doc.header.code and doc.header.date and doc.signature and doc.recipients, name
    assert laid_out >= 2 * len(pdfs)  # the first page and the "Nơi nhận" page of each: the layout pass ran


def test_the_words_agree_word_for_word(pdfs):
    """pdfplumber's words and pdfium's, on every page of the corpus PDFs and of the drawn
    documents (the first three of the long one; the corpus's texts drawn are compared
    through their layout pages above): the same text in the same order, the boxes within
    2.5 points (pdfium's loose box takes in a glyph's overhang: the horn of Ư)."""
    import pypdfium2 as pdfium

    worst = 0.0
    for name, path in pdfs.items():
        if name.startswith("text-"):
            continue
        with pdfium.PdfDocument(str(path)) as pdf:
            indexes = list(range(min(len(pdf), 3)))
            theirs = plumber_words(path, indexes)
            for i in indexes:
                page = pdf[i]
                tp = page.get_textpage()
                ours = page_words(page, tp).words
                tp.close()
                page.close()
                assert [w["text"] for w in ours] == [w["text"] for w in theirs[i]], (name, i)
                for a, b in zip(ours, theirs[i]):
                    worst = max(worst, *(abs(a[k] - b[k]) for k in ("x0", "x1", "top", "bottom")))
    assert worst < 2.5


@pytest.mark.parametrize("path", CORPUS_PDFS, ids=[p.stem for p in CORPUS_PDFS])
def test_corpus_pdf_layout_blocks(path):
    """What the letterhead columns and the end block of each corpus PDF hold (stated, so
    that a change in either engine shows here, not only as a difference between them)."""
    ex = read_pdf(path)
    left, right = ex.text_of("letterhead-left"), ex.text_of("letterhead-right")
    assert len(left) == len(right) == 1 and left[0].split("\n")[-1].startswith("Số")
    assert right[0].startswith(("ĐẢNG CỘNG SẢN VIỆT NAM\n", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\n"))
    assert ", ngày " in right[0].split("\n")[-1]
    (rec,), (sig,) = ex.text_of("recipients"), ex.text_of("signature")
    assert rec.startswith("Nơi nhận") and sig.split("\n")[0].startswith(("T/M", "TM.", "KT.", "K/T"))
    assert ex.meta["layout_page_numbers"] == [1, ex.meta["pages"]]
