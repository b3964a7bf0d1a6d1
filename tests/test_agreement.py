"""The second reader's labels (tests/fixtures/agreement): well formed, and scored by tests/agreement.py."""

import json

import agreement


def test_relabel_offsets_index_the_texts():
    texts = {name: (d / name).read_text(encoding="utf-8") for _, d, name in agreement.sample()}
    rows = [json.loads(x) for x in (agreement.HERE / "relabel.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(texts) == 30 and {r["file"] for r in rows} <= set(texts)
    bad = [(r["file"], r["start"]) for r in rows if texts[r["file"]][r["start"] : r["end"]] != r["surface"]]
    assert not bad


def test_agreement_is_scored_per_group():
    got = agreement.scores()
    assert {w for w, _ in got} == {"reader vs gold", "vanban vs gold", "vanban vs reader"}
    assert {g for _, g in got} == {"owners", "newer", "all"}
    s = got[("reader vs gold", "all")]
    assert s.tp > 150 and 0.8 < s.relation_ok / s.tp <= 1.0
