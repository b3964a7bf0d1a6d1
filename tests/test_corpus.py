"""Corpus loading: parallel parsing gives the same documents, pickling keeps everything."""

from __future__ import annotations

import dataclasses
import gc
import io
import pickle
import subprocess
import sys

import pytest

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


def test_the_map_step_gives_the_record_of_the_document_read():
    """The worker's record (the fingerprint from the clean copy the Document was parsed from, not a
    second cleaning; the Document's letterhead taken, not copied: it is let go) is the record of the
    Document ``read`` gives, for every kind of file."""
    from vanban.cluster import record_file
    from vanban.graph.records import record_of
    from vanban.read import read_parsed
    from vanban.source import clean

    for p in sorted((ROOT / "corpus").glob("*.*")):
        if p.suffix == ".jsonl":
            continue
        doc, src = read_parsed(p)
        assert src.text == clean(doc.text, doc.kind, doc.layout).text, p.name
        mine, theirs = record_file(str(p))[4], record_of(vanban.read(p))
        assert mine.fingerprint == theirs.fingerprint is not None, p.name
        for f in dataclasses.fields(mine):
            a, b = getattr(mine, f.name), getattr(theirs, f.name)
            assert repr(a) == repr(b), (p.name, f.name)
        kept = vanban.read(p)
        assert record_of(kept, release=True).header is kept.header and kept.header.lines == []
    assert read_parsed("/no/such/plan.txt").kind == "PathError"


def test_the_map_step_finds_no_relations_its_record_would_drop():
    """A Document made into its record at once (``read_parsed(relations=False)``, what ``record_file`` asks) is
    read without the relations its references state, which no record keeps; the rest is the Document ``read``
    gives."""
    from vanban.read import read_parsed

    doc, _src = read_parsed(SEED, relations=False)
    full = vanban.read(SEED)
    assert doc.relations == [] and full.relations
    assert [repr(r) for r in doc.references] == [repr(r) for r in full.references]
    assert [repr(f) for f in doc.findings] == [repr(f) for f in full.findings] and doc.key == full.key


def test_the_seed_is_kept_byte_for_byte():
    """corpus/ holds the seed (../shared/seed/000_174a28dc88bcd672.txt) unchanged."""
    import hashlib

    digest = hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert digest == "155685524f06ec865adcd84db2b62752c2dc4e405c28078a414ed8f9b0341619"
    shared = ROOT.parent / "shared" / "seed" / "000_174a28dc88bcd672.txt"
    if shared.exists():
        assert shared.read_bytes() == SEED.read_bytes()


def test_progress_bars_come_from_tqdm_auto_only_when_someone_watches(monkeypatch):
    import types

    from vanban import parallel

    monkeypatch.setattr(parallel, "interactive", lambda: False)
    assert parallel._Bar(10, True)._t is None  # a script, CI, a pipe: nothing
    monkeypatch.setattr(parallel, "interactive", lambda: True)
    assert parallel._Bar(10, False)._t is None  # progress=False
    bar = parallel._Bar(10, True, "reading")
    import tqdm.auto

    assert isinstance(bar._t, tqdm.auto.tqdm)
    bar.advance()
    assert bar._t.n == 1
    bar.close()
    # in a Jupyter kernel (stderr is no terminal there)
    monkeypatch.undo()
    kernel = types.SimpleNamespace(config={"IPKernelApp": {}})
    monkeypatch.setitem(sys.modules, "IPython", types.SimpleNamespace(get_ipython=lambda: kernel))
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert parallel.interactive()
    kernel.config = {}
    assert not parallel.interactive()  # IPython in a terminal without a kernel, stderr captured


def test_a_worker_that_dies_takes_only_its_own_file(tmp_path):
    """A file that kills the process reading it (out of memory, a crash in a PDF library)
    is reported; every other file of the run is read."""
    code = (
        "import os, sys; sys.path.insert(0, {!r})\n"
        "from vanban.parallel import pmap\n"
        "def f(x):\n"
        "    if x == 37: os._exit(9)\n"
        "    return x * 2\n"
        "if __name__ == '__main__':\n"
        "    out = pmap(f, list(range(100)), workers=2, chunksize=4, progress=False, on_crash=lambda it, e: ('crash', it))\n"
        "    print([o for o in out if isinstance(o, tuple)], sum(o for o in out if isinstance(o, int)))\n"
    ).format(str(ROOT / "src"))
    script = tmp_path / "crash.py"
    script.write_text(code)
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120).stdout.strip()
    assert out == f"[('crash', 37)] {sum(2 * x for x in range(100) if x != 37)}"


def test_in_a_jupyter_kernel_the_progress_bar_is_a_widget(tmp_path):
    """issue 14: "the bar shows only on a terminal". In a kernel ``tqdm.auto`` gives the
    notebook widget (with ipywidgets, the "notebook" extra), the text bar without it."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    code = (
        "import vanban\n"
        f"c = vanban.Corpus.from_paths(sorted(__import__('glob').glob({str(ROOT / 'corpus' / '*.txt')!r}))[:3])\n"
        "print(len(c))"
    )
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = nb.cells[0].outputs
    assert any(o.get("text", "").strip() == "3" for o in outputs)
    try:
        import ipywidgets  # noqa: F401
    except ImportError:
        assert any(o.get("name") == "stderr" for o in outputs)  # the text bar
    else:
        assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outputs), outputs


def test_young_collections_come_every_so_many_results_and_never_for_records(monkeypatch):
    """pimap collects the young generation every ``collect_every`` results; map_files (records: no
    reference cycles) asks for none within a run (they freed nothing and took a sixth of a sync's parent)."""
    from vanban import cluster, parallel

    young = []
    collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda gen=2: (young.append(gen) if gen == 0 else None, collect(gen))[1])
    assert list(parallel.pimap(str.upper, list("abcdefg"), progress=False, collect_every=3)) == list("ABCDEFG")
    assert young == [0, 0]
    young.clear()
    asked = []
    bulk = parallel.bulk_gc
    monkeypatch.setattr(parallel, "bulk_gc", lambda every=2000: (asked.append(every), bulk(every))[1])
    out = list(cluster.map_files([str(p) for p in TEXTS[:3]], workers=1, progress=False))
    assert len(out) == 3 and young == [] and asked == [parallel.NO_YOUNG_COLLECTIONS] and asked[0] > 10**9
    assert gc.isenabled()


def test_a_block_without_young_collections_ends_without_a_scan():
    """bulk_gc(NO_YOUNG_COLLECTIONS) leaves what the block made in the oldest generation without scanning it (no
    collection at all: a young one scanned millions of records or graph objects once more, and brought on a full
    one soon after), the collector on again; a block with young collections ends with one, as before."""
    from vanban import parallel

    started = []

    def seen(phase, info):
        if phase == "start":
            started.append(info["generation"])

    gc.callbacks.append(seen)
    try:
        with parallel.bulk_gc(every=parallel.NO_YOUNG_COLLECTIONS):
            kept = [[i] for i in range(50_000)]
        assert started == [] and gc.isenabled() and gc.get_freeze_count() == 0
        assert any(x is kept[-1] for x in gc.get_objects(generation=2))
        with parallel.bulk_gc(every=1000):
            kept += [[i] for i in range(10)]
        assert started == [1]
    finally:
        gc.callbacks.remove(seen)


def test_benchmark_text_without_a_corpus_says_so(tmp_path):
    """benchmarks/corpus_text.documents() raises when it finds no corpus text (it looped forever), and when the
    files it finds are all empty; with text it repeats it up to the size asked."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus_text import documents
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    with pytest.raises(FileNotFoundError, match="no corpus text under"):
        documents(min_bytes=10, root=tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError):
        documents(min_bytes=10, root=tmp_path)
    (tmp_path / "corpus" / "a.md").write_text("Chỉ thị", encoding="utf-8")
    assert documents(min_bytes=20, root=tmp_path) == ["", "Chỉ thị"] * 2
