"""The spaCy component, registered by entry point: no import of vanban needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

from paths import SEED

spacy = pytest.importorskip("spacy")


def test_entry_point_without_importing_vanban(tmp_path):
    code = (
        "import sys, spacy\n"
        "nlp = spacy.blank('vi'); nlp.add_pipe('vanban_references')\n"
        "doc = nlp('Thực hiện Kế hoạch số 25-KH/TU, ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy')\n"
        "assert 'vanban' in sys.modules['vanban.spacy_component'].__name__\n"
        "print([(s.label_, s._.reference.code) for s in doc.spans['vanban']])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('Kế hoạch', '25-KH/TU')]"


@pytest.fixture(scope="module")
def nlp():
    n = spacy.blank("vi")
    n.add_pipe("vanban_references")
    return n


def test_seed_spans_equal_find_references(nlp):
    import vanban

    text = SEED.read_text(encoding="utf-8")
    doc = nlp(text)
    refs = vanban.find_references(text)
    spans = list(doc.spans["vanban"])
    assert [(s.start_char, s.end_char) for s in spans] == [(r.start, r.end) for r in refs]
    assert [s.label_ for s in spans] == [r.doc_type for r in refs]
    assert [s._.reference.code for s in spans] == [r.code for r in refs]
    assert [s._.reference.key for s in spans] == [r.key for r in refs]
    # codes and dates are single tokens
    for r in refs:
        for sp in (r.code_span, r.date_span):
            if sp:
                tok = doc.char_span(*sp, alignment_mode="expand")
                assert len(tok) == 1 and tok.text == text[sp[0] : sp[1]], (tok, text[sp[0] : sp[1]])


def test_pipe_batches_and_round_trip(nlp, tmp_path):
    texts = [
        "Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị",
        "Thực hiện Kết luận số 93-KL/TW",
        "Không có trích dẫn.",
    ]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [len(d.spans["vanban"]) for d in docs] == [1, 1, 0]
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert again.pipe_names == ["vanban_references"]
    d = again(texts[0])
    assert [t.text for t in d][3:6] == ["42-CT/TW", ",", "ngày"] and "16/4/2010" in [t.text for t in d]
    assert d.spans["vanban"][0]._.reference.date.isoformat() == "2010-04-16"


def test_docbin_keeps_references(nlp):
    from spacy.tokens import DocBin

    doc = nlp("Căn cứ Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư")
    db = DocBin(store_user_data=True)
    db.add(doc)
    (back,) = list(DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab))
    assert back.spans["vanban"][0]._.reference.issuer == "Ban Bí thư"


def test_without_pyvi():
    import vanban

    n = vanban.nlp(pyvi=False)
    d = n("Thực hiện Kế hoạch số 25-KH/TU ngày 19/4/2021 của Ban Thường vụ Tỉnh ủy")
    assert [s._.reference.code for s in d.spans["vanban"]] == ["25-KH/TU"]
    assert "25-KH/TU" in [t.text for t in d]


def test_displacy_renders_spans(nlp):
    from vanban.spacy_component import render

    html = render(nlp("Thực hiện Kết luận số 93-KL/TW của Ban Bí thư"), jupyter=False)
    assert "Kết luận" in html and "93-KL/TW" in html


def test_spans_equal_the_references_on_the_whole_corpus(nlp):
    """A token running past a reference ("93-KL/TW." ending a sentence) is split, not taken whole."""
    import vanban
    from paths import ROOT

    texts = [
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.md"))
    ]
    n = 0
    for text in texts:
        doc = nlp(text)
        refs = vanban.find_references(text)
        assert [(s.start_char, s.end_char) for s in doc.spans["vanban"]] == [(r.start, r.end) for r in refs]
        n += len(refs)
    assert n > 300
    doc = nlp("Thực hiện Kết luận số 93-KL/TW. Nay hướng dẫn như sau.")
    assert [s.text for s in doc.spans["vanban"]] == ["Kết luận số 93-KL/TW"] and "." in [t.text for t in doc]


def test_ents_on_request_and_colours():
    import spacy as sp

    from vanban.spacy_component import displacy_options, render

    n = sp.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    n.add_pipe("vanban_references", config={"ents": True})
    doc = n("Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị; thực hiện Kết luận số 93-NQ/TW của Ban Bí thư")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị", "Chỉ thị"),
        ("Kết luận số 93-NQ/TW của Ban Bí thư", "Kết luận"),
    ]
    rel = displacy_options(doc, by="relation")
    assert [s.label_ for s in doc.spans[rel["spans_key"]]] == ["basis", "implements"]
    assert rel["colors"]["basis"] != rel["colors"]["implements"]
    err = displacy_options(doc, by="error")
    labels = [s.label_ for s in doc.spans[err["spans_key"]]]
    assert labels[0] == "ok" and labels[1].startswith("error: ")
    html = render(doc, jupyter=False, by="error")
    assert err["colors"]["error"] in html and err["colors"]["ok"] in html
    plain = sp.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    plain.add_pipe("vanban_references")
    assert not plain("Căn cứ Chỉ thị số 42-CT/TW").ents


def test_displacy_and_the_jupyter_view_colour_a_relation_alike():
    """One relation palette (vanban/palette.py) for displaCy and Document._repr_html_, with every relation."""
    import re

    import spacy as sp

    import vanban
    from vanban.model import RELATIONS
    from vanban.palette import RELATION_COLORS
    from vanban.spacy_component import displacy_options

    assert set(RELATION_COLORS) == set(RELATIONS)
    text = "Căn cứ Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị; thực hiện Kết luận số 93-KL/TW của Ban Bí thư"
    n = sp.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    n.add_pipe("vanban_references")
    doc = n(text)
    opts = displacy_options(doc, by="relation")
    spans = [(s.label_, opts["colors"][s.label_]) for s in doc.spans[opts["spans_key"]]]
    html = vanban.parse(text)._repr_html_()
    shown = re.findall(r'<span style="background:(#[0-9a-f]{6});border-radius:3px"', html)
    assert [c for _, c in spans] == shown == [RELATION_COLORS["basis"], RELATION_COLORS["implements"]]


def test_pipeline_without_pyvi_builds_without_loading_it():
    code = (
        "import sys, time; t = time.perf_counter(); import vanban; n = vanban.nlp(pyvi=False)\n"
        "print(round(time.perf_counter() - t, 2), 'pyvi' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1] == "False", out  # pyvi's model is what takes seconds to load
