"""benchmarks/bench_instructions.py without valgrind: its options, the callgrind file's count, a pass's instructions,
the limit's verdict and the message when valgrind is missing (the measure itself runs for minutes under valgrind)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import bench_instructions as bi
finally:
    sys.path.remove(str(ROOT / "benchmarks"))


def test_options_default_to_main_against_head_within_half_a_percent():
    a = bi.parse_args([])
    assert (a.base, a.head, a.worktree, a.limit, a.modes, a.jobs, a.keep) == (
        "main",
        "HEAD",
        False,
        1.005,
        ["dense", "sparse"],
        1,
        None,
    )
    a = bi.parse_args(["--base", "c91899b", "--worktree", "--limit", "1.01", "--modes", "sparse", "--jobs", "2"])
    assert (a.base, a.worktree, a.limit, a.modes, a.jobs) == ("c91899b", True, 1.01, ["sparse"], 2)


@pytest.mark.parametrize("argv", [["--head", "x", "--worktree"], ["--limit", "0"], ["--jobs", "0"], ["--modes", "both"]])
def test_options_refused(argv, capsys):
    with pytest.raises(SystemExit) as e:
        bi.parse_args(argv)
    assert e.value.code == 2
    assert "error" in capsys.readouterr().err


def test_the_count_is_the_callgrind_files_totals():
    text = "version: 1\ncmd: python x.py\nevents: Ir\nsummary: 7563371419\ntotals: 7563371419\n"
    assert bi.totals(text) == 7563371419
    assert bi.totals("events: Ir\nsummary: 12\n") == 12
    with pytest.raises(ValueError, match="no 'totals:'"):
        bi.totals("events: Ir\n")


def test_a_pass_is_half_the_difference_of_n_and_n_plus_two_passes():
    assert bi.per_pass(8_481_408_395, 9_351_920_754) == 435_256_179.5
    with pytest.raises(ValueError, match="fewer"):
        bi.per_pass(10, 5)


def test_the_limit_fails_the_modes_above_it_only():
    figures = {"dense": (435.0e6, 437.1e6), "sparse": (177.0e6, 177.9e6)}  # 1.0048, 1.0051
    assert bi.over_limit(figures, 1.005) == ["sparse"]
    assert bi.over_limit(figures, 1.01) == []
    assert bi.over_limit({"dense": (100.0, 100.5)}, 1.005) == []  # (at the limit: allowed)
    report = bi.table(figures, ("base main (c91899b)", "head HEAD (abcdef0)"), 1.005)
    assert "435.00M" in report and "437.10M" in report and "1.0048" in report
    assert report.splitlines()[-1] == "over the limit 1.005: sparse"
    assert bi.table({"dense": (1.0, 1.0)}, ("a", "b"), 1.005).endswith("within the limit 1.005")


def test_without_valgrind_it_says_so_and_measures_nothing(monkeypatch, capsys):
    monkeypatch.setattr(bi.shutil, "which", lambda name: None)
    monkeypatch.setattr(bi, "export", lambda *a: pytest.fail("nothing is exported without valgrind"))
    assert bi.main(["--base", "HEAD"]) == 2
    assert "valgrind is not installed" in capsys.readouterr().err


def test_texts_found_otherwise_are_measured_apart(monkeypatch, tmp_path):
    """A head that finds one more reference in one text (s27-d2's "kèm theoQuyết định này", a self reference that
    reads the page's letterhead) shows it beside the pass: the count of references of each tree, and the pass over the
    texts both trees find alike, measured without the one."""
    texts = {"sparse": tmp_path / "sparse.json"}
    texts["sparse"].write_text('["a", "b", "c"]')
    found = {"base": [1, 0, 2], "head": [1, 1, 2]}
    calls = []

    def fake_child(src, cache, path, n, callgrind_out=None):
        docs = bi.json.loads(Path(path).read_text())
        calls.append((src, docs, n))
        name = "base" if src == "B" else "head"
        per_text = {"base": 10_000_000, "head": 11_000_000}[name] if "b" in docs else 10_000_000
        whole = 100 + n * per_text * len(docs)
        return bi.Count(whole, whole - n * 1_000_000), [found[name][("a", "b", "c").index(d)] for d in docs]

    monkeypatch.setattr(bi, "child", fake_child)
    figures, got, alike, outside = bi.measure({"base": ("B", "cb"), "head": ("H", "ch")}, texts, ["sparse"], tmp_path, 1)
    assert got == {"sparse": ([1, 0, 2], [1, 1, 2])}
    assert figures == {"sparse": (30e6, 33e6)} and alike == {"sparse": (20e6, 20e6)}
    assert outside == {"sparse": (29e6, 32e6)}
    assert ("H", ["a", "c"], 3) in calls
    report = bi.found_table(got, alike)
    assert report.splitlines()[-1].split()[:3] == ["sparse", "3", "4"]
    assert report.endswith("1 (text 1); the 2 others: 20.00M -> 20.00M, head/base 1.0000")


#: a callgrind file's shape (name compression, a call's inclusive cost after ``calls=``, relative positions): two
#: allocator functions (pymalloc's, glibc's) and two others, one of them called from inside an allocator
_CALLGRIND = """positions: line
events: Ir
fl=(1) /tmp/python-build/Python-3.11.7/Objects/obmalloc.c
fn=(1) _PyObject_Free
1455 400
+110 597
cfl=(2) /tmp/python-build/Python-3.11.7/Objects/dictobject.c
cfn=(2) _Py_dict_lookup
calls=3 120
1470 9000
fl=(3) ./malloc/./malloc/malloc.c
fn=(3) _int_malloc
4000 486
fl=(2)
fn=(2)
120 9000
fl=(4) /tmp/python-build/Modules/_sre/sre_lib.h
fn=(4) sre_ucs2_match
10 150000
fl=(1)
fn=(1)
* 3
totals: 160486
"""


def test_the_allocators_own_instructions_are_counted_apart():
    """s39-facts4's dense excess (session 39) was mostly the allocators': of one pass's +1.43M between 6503cd2e and
    dbba9b20, ``_PyObject_Free`` and glibc's ``_int_malloc`` counted +1.14M with the same calls, the regular expressions
    the same to the instruction; a function an allocator calls is not the allocator's, nor is the cost of the call."""
    assert bi.allocator(_CALLGRIND) == 400 + 597 + 486 + 3
    assert bi.totals(_CALLGRIND) - bi.allocator(_CALLGRIND) == 9000 + 150000
    near = _CALLGRIND.replace("obmalloc.c", "listobject.c").replace("malloc/malloc.c", "string/strlen.S")
    assert bi.allocator(near) == 0  # (no allocator file: nothing taken out)
    report = bi.outside_table({"dense": (398.07e6, 398.63e6)})
    assert report.splitlines()[-1].split() == ["dense", "398.07M", "398.63M", "1.0014"]
