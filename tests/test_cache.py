"""The disk cache of warm starts (vanban.cache): the second process reads the grammar (a snapshot:
its values and its patterns' programs, compiled at their first use) and the gazetteer index from
disk, finds the same references on real text, and a cache that is corrupt, unwritable or switched
off is never an error."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from paths import REAL, ROOT, SEED

#: a fresh process: the references of the seed and of a real excerpt, the parse of the seed, and what the cache did
PROBE = f"""
import json, time
t = time.perf_counter()
import vanban
from vanban import cache
t0 = time.perf_counter()
seed = open({str(SEED)!r}, encoding="utf-8").read()
refs = [(r.start, r.end, r.code, r.key, r.relation) for r in vanban.find_references(seed)]
t1 = time.perf_counter()
doc = vanban.parse(open({str(sorted(REAL.glob("*.txt"))[0])!r}, encoding="utf-8").read())
print(json.dumps({{"refs": refs, "doc": [doc.header.province, doc.header.district, doc.key, len(doc.references)],
                  "first_call": t1 - t0, "stats": cache.stats}}))
"""


def probe(env_extra: dict) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env_extra}
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_second_process_starts_warm_with_the_same_results(tmp_path):
    env = {"VANBAN_CACHE_DIR": str(tmp_path / "c")}
    cold = probe(env)
    assert cold["stats"].get("regex-miss", 0) > 20 and not cold["stats"].get("regex-hit")
    files = sorted(p.name.split("-")[0] for p in (tmp_path / "c").iterdir())
    assert "gazetteer" in files and "regex" in files
    assert "snapshot" in files
    warm = probe(env)
    assert warm["stats"].get("snapshot-grammar-exact-hit") == 1 and not warm["stats"].get("regex-miss")
    assert not warm["stats"].get("regex-grammar-exact-hit")  # the snapshot holds the patterns: no table read
    assert warm["stats"].get("gazetteer-legacy-hit") == 1
    off = probe({"VANBAN_CACHE": "off"})
    assert not off["stats"]
    assert cold["refs"] == warm["refs"] == off["refs"] and len(cold["refs"]) > 5
    assert cold["doc"] == warm["doc"] == off["doc"]


def test_a_corrupt_cache_is_rebuilt(tmp_path):
    env = {"VANBAN_CACHE_DIR": str(tmp_path)}
    first = probe(env)
    for p in tmp_path.glob("snapshot-*"):  # the compiled patterns' tables are read when there is no snapshot
        p.unlink()
    for p in tmp_path.iterdir():  # flip bytes in the middle of every file: the checksum fails
        flip(p, p.stat().st_size // 2)
    second = probe(env)
    assert second["stats"].get("regex-grammar-exact-corrupt") == 1 and second["stats"].get("gazetteer-legacy-corrupt") == 1
    assert second["refs"] == first["refs"] and second["doc"] == first["doc"]
    third = probe(env)  # and written again
    assert third["stats"].get("snapshot-grammar-exact-hit") == 1 and not third["stats"].get("regex-miss")


def flip(path, at: int) -> None:
    """Damage ``path``: the byte at ``at`` inverted."""
    b = bytearray(path.read_bytes())
    b[at] ^= 0xFF
    path.write_bytes(bytes(b))


def stored_program_at(folder, name: str) -> int:
    """Where the exact grammar's snapshot in ``folder`` keeps the program of pattern ``name``: after its source."""
    code = (
        "from vanban.grammar.patterns import grammar; import sys; "
        f"sys.stdout.buffer.write(grammar(None, 'exact').{name}.pattern.encode('utf-8'))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "VANBAN_CACHE_DIR": str(folder)}
    source = subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True).stdout
    (snap,) = folder.glob("snapshot-grammar-exact-*")
    at = snap.read_bytes().find(source)
    assert at > 0
    return at + len(source) + 4


def test_a_corrupt_snapshot_is_built_again(tmp_path):
    """A snapshot whose header is damaged is not read; one whose stored programs are damaged (a byte of one flipped) is
    found so as it is read, and the grammar is built again: the same references."""
    env = {"VANBAN_CACHE_DIR": str(tmp_path)}
    first = probe(env)
    (snap,) = tmp_path.glob("snapshot-grammar-exact-*")
    flip(snap, 40)  # in the header
    second = probe(env)
    assert second["stats"].get("snapshot-grammar-exact-corrupt") == 1 and second["refs"] == first["refs"]
    (snap,) = tmp_path.glob("snapshot-grammar-exact-*")
    flip(snap, stored_program_at(tmp_path, "item"))  # a pattern every text with a reference asks for
    third = probe(env)
    assert third["stats"].get("snapshot-unusable") == 1 and not third["stats"].get("snapshot-grammar-exact-hit")
    assert third["refs"] == first["refs"] and third["doc"] == first["doc"]
    fourth = probe(env)  # written again whole
    assert fourth["stats"].get("snapshot-grammar-exact-hit") == 1 and not fourth["stats"].get("snapshot-unusable")
    assert fourth["refs"] == first["refs"]


def test_a_warm_grammar_is_read_back_whole(tmp_path):
    """Issue 15: a warm first call reads the grammar back from its snapshot, every pattern made from its stored program
    at once (no pattern source derived again; none compiled lazily later: a class-level ``__getattr__`` for that cost
    1% of every pass), and the patterns read back find what the built ones find."""
    code = (
        "import json, vanban; from vanban import cache; from vanban.grammar.patterns import Grammar, grammar; "
        "vanban.find_references('Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư'); "
        "g = grammar(None, 'exact'); n = cache.stats.get('snapshot-compiled', 0); "
        "same = g.issuer.match('Ban Thường vụ Tỉnh ủy Gia Lai về').group('loc'); "
        "print(json.dumps([n, cache.stats.get('snapshot-compiled', 0), '__getattr__' in vars(Grammar), same]))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "VANBAN_CACHE_DIR": str(tmp_path)}

    def run() -> list:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
        return json.loads(out.stdout)

    assert run()[0] == 0  # cold: built, nothing read back
    first, then, lazy, loc = run()
    assert first > 50 and then == first and not lazy and loc == " Gia Lai"


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    out = probe({"VANBAN_CACHE_DIR": str(blocker / "cache")})
    assert out["stats"].get("regex-miss", 0) > 20 and len(out["refs"]) > 5


def test_compiling_reads_back_equal_patterns(tmp_path, monkeypatch):
    import re

    from vanban import cache

    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path))
    src = r"(?P<so>\d+)-(?P<loai>KL|CT|NQ)/(?P<cq>TW|TU)"
    with cache.compiling("test"):
        a = re.compile(src, re.IGNORECASE)
    assert re.compile is not None and "cached_compile" not in repr(re.compile)
    with cache.compiling("test"):
        b = re.compile(src, re.IGNORECASE)
    assert cache.stats.get("regex-hit", 0) >= 1
    text = "Kết luận số 93-KL/TW và Chỉ thị số 42-ct/tw, Kế hoạch 25-KH/TU"
    assert [m.groupdict() for m in a.finditer(text)] == [m.groupdict() for m in b.finditer(text)]
    assert b.groupindex == a.groupindex and b.flags == a.flags and b.pattern == src


def test_a_snapshot_reads_back_its_values_and_patterns(tmp_path, monkeypatch):
    import re

    from vanban import cache

    monkeypatch.setenv("VANBAN_CACHE_DIR", str(tmp_path))
    code = re.compile(r"(?P<so>\d+)-(?P<loai>KL|CT|NQ)/(?P<cq>TW|TU)", re.IGNORECASE)
    values = {
        "code": code,
        "words": frozenset({"Nghị quyết", "Chỉ thị"}),
        "pairs": (("Quyết định", 1), ["QĐ", None]),
        "kinds": {"luật": (re.compile(r"\s+sửa đổi"), "x")},
        "mode": "exact",
    }
    assert cache.save_snapshot("test", "k1", values)
    got = cache.load_snapshot("test", "k1")
    assert isinstance(got["kinds"]["luật"][0], re.Pattern)
    back = got["code"]
    assert (back.pattern, back.flags, back.groupindex) == (code.pattern, code.flags, code.groupindex)
    text = "Kết luận số 93-KL/TW và Chỉ thị số 42-ct/tw"
    assert [m.groupdict() for m in back.finditer(text)] == [m.groupdict() for m in code.finditer(text)]
    assert got["words"] == values["words"] and got["pairs"] == values["pairs"] and got["mode"] == "exact"
    assert got["kinds"]["luật"][0].pattern == r"\s+sửa đổi"
    assert cache.load_snapshot("test", "k2") is None  # another key: not there
    assert cache.save_snapshot("test", "k2", values) and not list(tmp_path.glob("snapshot-test-k1*"))  # stale key gone


def test_the_grammar_snapshot_key_follows_the_data(monkeypatch):
    from vanban.facts import tables
    from vanban.grammar import patterns

    before = patterns._snapshot_key("exact")
    assert patterns._snapshot_key("exact") == before and patterns._snapshot_key("folded") != before
    real = tables.data_bytes
    monkeypatch.setattr(tables, "data_bytes", lambda n: real(n) + (b"x" if n == "issuers.csv" else b""))
    assert patterns._snapshot_key("exact") != before
