"""Corpus loading: parallel parsing gives the same documents, pickling keeps everything."""

from __future__ import annotations

import dataclasses
import gc
import pickle

import vanban
from paths import ROOT, SEED

TEXTS = sorted((ROOT / "corpus").glob("*.txt")) + [SEED]


def _summary(d: vanban.Document):
    return (
        d.path,
        dataclasses.astuple(d.header),
        [r.as_dict() for r in d.references],
        [(s.label, s.heading, s.start, s.end) for s in d.walk()],
        [(x.relation, x.start, x.end) for x in d.relations],
        d.signature and dataclasses.astuple(d.signature),
        [dataclasses.astuple(x) for x in d.recipients],
        [dataclasses.astuple(x) for x in d.unparsed],
    )


def test_parallel_and_serial_parsing_agree_and_gc_comes_back():
    items = [(str(p), p.read_text(encoding="utf-8")) for p in TEXTS]
    assert gc.isenabled()
    serial = vanban.Corpus.from_texts(items, workers=1)
    assert gc.isenabled()
    parallel = vanban.Corpus.from_texts(items, workers=2)
    assert gc.isenabled()
    assert len(serial.documents) == len(parallel.documents) == len(items)
    assert [_summary(d) for d in serial.documents] == [_summary(d) for d in parallel.documents]
    direct = vanban.parse(items[-1][1])
    direct.path = items[-1][0]
    assert _summary(direct) == _summary(serial.documents[-1])


def test_pickle_round_trip_keeps_every_field_and_shared_references():
    doc = vanban.read(SEED)
    back = pickle.loads(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
    assert _summary(back) == _summary(doc)
    # short forms still point at a reference of the same list, not at a copy
    for r, r2 in zip(doc.references, back.references):
        if r.resolved is not None:
            assert any(r2.resolved is x for x in back.references) == any(r.resolved is x for x in doc.references)
    assert [f.rule for f in back.findings] == [f.rule for f in doc.findings]


def test_the_clean_copy_is_rebuilt_from_the_text():
    from vanban.source import clean

    doc = vanban.read(SEED)
    text = clean(doc.text, doc.kind, doc.layout).text
    assert "nghiêm túc" in text and "**" not in text
    assert not any(
        isinstance(v, str) and v != doc.text and len(v) > 1000 for v in vars(doc).values()
    )  # one copy of the text is kept


def test_the_seed_is_kept_byte_for_byte():
    """corpus/ holds the seed (../shared/seed/000_174a28dc88bcd672.txt) unchanged."""
    import hashlib

    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert digest == "155685524f06ec865adcd84db2b62752c2dc4e405c28078a414ed8f9b0341619"
    shared = ROOT.parent / "shared" / "seed" / "000_174a28dc88bcd672.txt"
    if shared.exists():
        assert shared.read_bytes() == SEED.read_bytes()
