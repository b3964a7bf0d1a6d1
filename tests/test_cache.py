"""The disk cache of warm starts (vanban.cache): the second process reads the grammar's compiled
patterns and the gazetteer index from disk, finds the same references on real text, and a
cache that is corrupt, unwritable or switched off is never an error."""

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
    warm = probe(env)
    assert warm["stats"].get("regex-hit", 0) > 20 and not warm["stats"].get("regex-miss")
    assert warm["stats"].get("gazetteer-legacy-hit") == 1
    off = probe({"VANBAN_CACHE": "off"})
    assert not off["stats"]
    assert cold["refs"] == warm["refs"] == off["refs"] and len(cold["refs"]) > 5
    assert cold["doc"] == warm["doc"] == off["doc"]


def test_a_corrupt_cache_is_rebuilt(tmp_path):
    env = {"VANBAN_CACHE_DIR": str(tmp_path)}
    first = probe(env)
    for p in tmp_path.iterdir():  # flip bytes in the middle of every file: the checksum fails
        b = bytearray(p.read_bytes())
        b[len(b) // 2] ^= 0xFF
        p.write_bytes(bytes(b))
    second = probe(env)
    assert second["stats"].get("regex-grammar-exact-corrupt") == 1 and second["stats"].get("gazetteer-legacy-corrupt") == 1
    assert second["refs"] == first["refs"] and second["doc"] == first["doc"]
    third = probe(env)  # and written again
    assert third["stats"].get("regex-hit", 0) > 20


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
