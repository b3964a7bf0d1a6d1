"""The adversarial corpus (tests/adversarial/build.py) through Corpus.from_dir and the
command line: every good file read, every bad one named with its reason, no traceback,
nothing hangs (the 16 MB document.xml and the numbering bomb took 300 s and 73 s)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

import vanban
from adversarial.build import KL93, MAX_CHARS, SEED, build
from vanban.readers import Limits

pytest.importorskip("viparse")  # the legacy encodings' tables (Python >= 3.11)
LIMITS = Limits(max_chars=MAX_CHARS)


@pytest.fixture(scope="module")
def adv(tmp_path_factory):
    folder = tmp_path_factory.mktemp("adversarial")
    return folder, build(folder)


@pytest.fixture(scope="module")
def corpus(adv):
    folder, _ = adv
    t0 = time.perf_counter()
    c = vanban.Corpus.from_dir(folder, progress=False, limits=LIMITS)
    return c, time.perf_counter() - t0


def _rel(folder: Path, path: str) -> str:
    return Path(path).relative_to(folder).as_posix()


def test_every_good_file_is_kept_and_every_bad_one_named(adv, corpus):
    folder, cases = adv
    c, seconds = corpus
    docs = {_rel(folder, d.path): d for d in c}
    errors = {_rel(folder, e.path): e for e in c.errors}
    assert set(docs) == {n for n, k in cases.items() if k.outcome == "ok"}  # nothing else read, nothing read twice
    assert set(errors) == {n for n, k in cases.items() if k.outcome == "error"}
    for name, case in cases.items():
        if case.outcome == "ok":
            assert case.detail in " | ".join(docs[name].warnings), (name, docs[name].warnings)
            assert docs[name].text_damaged == case.damaged, name
        elif case.outcome == "error":
            e = errors[name]
            assert (e.kind, case.reason in e.reason, str(folder / name) in e.reason) == (case.detail, True, True), e
    assert seconds < 60  # the bombs fail fast


def test_skipped_and_ignored_files_are_listed(adv, corpus):
    folder, cases = adv
    c, _ = corpus
    listed = {_rel(folder, s.path): s for s in c.skipped}
    for name, case in cases.items():
        if case.outcome in ("skipped", "ignored"):
            s = listed[name]
            assert case.detail in s.reason and s.ignored == (case.outcome == "ignored"), s
    assert not any("checkpoint" in d.path for d in c)


def _shape(doc):
    h = doc.header
    return (
        (h.doc_type, h.code, h.date, h.place),
        [(r.code, r.date, r.key, r.relation) for r in doc.references],
        [(s.level, s.label) for s in doc.walk()],
        doc.signature and (doc.signature.position, doc.signature.name),
        [r.text.strip().lower() for r in doc.recipients],  # TCVN3 has no capital Ủ: "Ủy viên" comes back "ủy viên"
    )


@pytest.mark.parametrize(
    "name, original",
    [
        ("crlf.txt", KL93),
        ("cr.md", SEED),
        ("utf32.txt", KL93),
        ("utf16.txt", KL93),
        ("bom.txt", KL93),
        ("tcvn3.txt", KL93),
        ("vni.txt", KL93),
        ("tcvn3-as-utf8.txt", KL93),
        ("mojibake.txt", KL93),
        ("controls.txt", KL93),
    ],
)
def test_converted_files_read_like_the_original(adv, corpus, name, original):
    folder, _ = adv
    c, _ = corpus
    doc = next(d for d in c if _rel(folder, d.path) == name)
    want = vanban.read(original)
    assert _shape(doc) == _shape(want)
    for r in doc.references:
        assert doc.text[r.start : r.end] == r.text


def test_parallel_reading_gives_the_same(adv, corpus):
    folder, _ = adv
    c, _ = corpus
    par = vanban.Corpus.from_dir(folder, progress=False, limits=LIMITS, workers=2)
    assert [d.path for d in par] == [d.path for d in c]
    assert [(e.path, e.kind) for e in par.errors] == [(e.path, e.kind) for e in c.errors]


def test_the_command_line_runs_through_without_a_traceback(adv):
    folder, cases = adv
    p = subprocess.run(
        [sys.executable, "-m", "vanban.cli", "check", str(folder), "--format", "jsonl", "--max-chars", str(MAX_CHARS)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 3 and "Traceback" not in p.stderr
    for name, case in cases.items():
        if case.outcome == "error":
            assert f"{folder / name}: " in p.stderr and case.reason in p.stderr, name
    files = {_rel(folder, json.loads(x)["file"]) for x in p.stdout.splitlines()}
    assert files <= {n for n, k in cases.items() if k.outcome == "ok"} and "district/seed.md" in files
    assert "skipped 3" in p.stderr or "skipped 2" in p.stderr  # the summary line
    limit = ["--max-chars", str(MAX_CHARS)]
    for cmd in (
        ["refs", str(folder)],
        ["parse", str(folder), "--format", "json"],
        ["graph", str(folder)],
        ["lineage", "93-KL/TW", str(folder)],
    ):
        p = subprocess.run([sys.executable, "-m", "vanban.cli", *cmd, *limit], capture_output=True, text=True, timeout=300)
        assert p.returncode == 3 and "Traceback" not in p.stderr, (cmd, p.stderr[-2000:])
