"""The command line: refs, parse, graph, report, lineage, lag, coverage (check's
findings are in tests/checks; its corpus rules and exit codes here): every user error
a message and a documented exit status, never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

import vanban
from paths import ROOT, SEED
from vanban import cli
from vanban.cli import main

PDF = ROOT / "corpus" / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf"
KL93 = ROOT / "corpus" / "tw-ketluan-93-kltw-2020-11-20.txt"
VANBAN = [sys.executable, "-m", "vanban.cli"]


def test_refs_jsonl_matches_read_for_text_and_pdf(capsys):
    assert main(["refs", str(SEED), str(PDF), "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    for path in (SEED, PDF):
        doc = vanban.read(path)
        mine = [r for r in rows if r["file"] == str(path)]
        assert [(r["start"], r["end"], r["code"], r["key"]) for r in mine] == [
            (r.start, r.end, r.code, r.key) for r in doc.references
        ]
        assert all(doc.text[r["start"] : r["end"]] == r["text"] for r in mine)
    seed = [r for r in rows if r["file"] == str(SEED)]
    assert sum(r["relation"] == "self" for r in seed) == 5
    assert {r["code"] for r in seed if r["kind"] == "code"} == {"93-KL/TW", "42-CT/TW", "25-KH/TU", "93-NQ/TW"}


def test_an_unreadable_file_is_named_and_the_others_are_printed(capsys, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert main(["refs", str(SEED), str(bad)]) == cli.EXIT_UNREADABLE == 3
    out, err = capsys.readouterr()
    assert "93-KL/TW#XII" in out and "25-KH/TU@Gia Lai#2021" in out
    assert str(bad) in err and "truncated PDF" in err and "Traceback" not in err
    # 3 differs from check's "an error was found" (1), and wins over it: the run is incomplete
    assert main(["check", str(SEED)]) == cli.EXIT_FINDING == 1
    assert main(["check", str(SEED), str(bad)]) == 3


def test_exit_statuses_are_documented():
    for code, what in ((0, "done"), (1, "some finding is an error"), (2, "usage"), (3, "could not be read"), (130, "Ctrl-C")):
        assert f"{code}" in cli.__doc__ and what in cli.__doc__


def test_parse_json(capsys):
    assert main(["parse", str(SEED), "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["doc_type"] == "Kế hoạch" and d["date"] == "2021-06-30" and "issuer" in d["inferred"]
    assert [(s["label"], s["kind"]) for s in d["sections"] if s["level"] == 1] == [
        ("I", "roman"),
        ("II", "roman"),
        ("III", "roman"),
        (None, "closing"),
    ]  # "Trên đây là Kế hoạch …"
    assert d["signature"]["name"] == "Vũ Hồng Duy" and len(d["recipients"]) == 9
    assert [u["text"] for u in d["unparsed"]] == ["Deer mu"]
    assert d["text_damaged"] is False


def test_graph_writes_and_traces(capsys, tmp_path):
    out = tmp_path / "g.graphml"
    assert main(["graph", str(ROOT / "corpus"), "-o", str(out), "--lineage", "45-KH/HU@Phú Thiện, Gia Lai#2021"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("45-KH/HU@Phú Thiện, Gia Lai#2021 → 25-KH/TU@Gia Lai#2021 → 93-KL/TW#XII → 42-CT/TW#X")
    H = vanban.export.read_graphml(out)
    assert H.nodes["93-KL/TW#XII"]["date"].isoformat() == "2020-11-20"


def _no_reading(monkeypatch):
    """Fail the test if a command starts reading files (its output was to be refused first)."""

    def refuse(*a, **k):
        raise AssertionError("files were read before the output was checked")

    monkeypatch.setattr(vanban.Corpus, "stream", staticmethod(refuse))


@pytest.mark.parametrize(
    "args, message",
    [
        (["graph", "/no/such/dir"], "/no/such/dir: no such file or folder"),
        (["report", "/no/such/dir", "-o", "{tmp}/out"], "/no/such/dir: no such file or folder"),
        (["refs", str(SEED), "/no/such/plan.txt"], "/no/such/plan.txt: no such file or folder"),
        (["graph", str(SEED), "-o", "{tmp}/g.png"], "must end in .graphml, .gexf, .json"),
        (["graph", str(SEED), "-o", "{tmp}/missing/g.gexf"], "does not exist"),
        (["graph", str(SEED), "-o", "{tmp}"], "is a folder"),
        (["report", str(SEED), "-o", "{tmp}/file.txt"], "is a file"),
        (["refs", "{tmp}/empty"], "no document to read"),
    ],
)
def test_user_errors_are_one_line_and_exit_2_before_reading(args, message, capsys, tmp_path, monkeypatch):
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    _no_reading(monkeypatch)
    assert main([a.replace("{tmp}", str(tmp_path)) for a in args]) == cli.EXIT_USAGE
    out, err = capsys.readouterr()
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) <= 2


def test_an_unknown_or_ambiguous_document_is_a_usage_error(capsys):
    assert main(["graph", str(ROOT / "corpus"), "--lineage", "99-KH/XX"]) == 2
    assert "'99-KH/XX': no such document in the graph" in capsys.readouterr().err
    assert main(["lineage", "25-KH/TU", str(ROOT / "corpus")]) == 2  # Gia Lai's and Yên Bái's
    err = capsys.readouterr().err
    assert "names 2 documents" in err and "25-KH/TU@Gia Lai#2021" in err and "25-KH/TU@Yên Bái#2021" in err


def test_stdin_is_read_with_a_dash(capsys, monkeypatch):
    data = SEED.read_bytes().replace(b"\n", b"\r\n")  # Windows line ends on a pipe
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["refs", "-", "--format", "jsonl"]) == 0
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    text = data.decode("utf-8")
    assert rows and all(r["file"] == "<stdin>" and text[r["start"] : r["end"]] == r["text"] for r in rows)
    assert [r["key"] for r in rows] == [r.key for r in vanban.read(SEED).references]


def test_quiet_on_a_closed_pipe():
    p = subprocess.run(
        f"{' '.join(VANBAN)} refs {ROOT / 'corpus'} --format jsonl | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
        executable="/bin/bash",
    )
    assert len(p.stdout.splitlines()) == 1
    assert "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr and "Exception ignored" not in p.stderr


def test_report_on_a_small_folder_and_its_own_folder_only(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src)
    shutil.copy(PDF, src)
    (src / "broken.docx").write_bytes(b"not a zip")
    out = tmp_path / "out"
    assert main(["report", str(src), "-o", str(out)]) == 3  # one file unreadable, said so
    printed, err = capsys.readouterr()
    assert "broken.docx" in err and printed.strip() == f"{out / 'report.html'}: 2 documents, 1 unreadable"
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "broken.docx" in page and "93-NQ/TW" in page
    for name in ("graph.graphml", "graph.gexf", "graph.json", "references.csv", "findings.csv"):
        assert (out / name).stat().st_size > 0
    # a second run removes what the first wrote and this one does not (a stale cascade picture)
    (out / "cascade-9.png").write_bytes(b"stale")
    manifest = json.loads((out / cli.REPORT_MANIFEST).read_text(encoding="utf-8"))
    manifest["files"].append("cascade-9.png")
    (out / cli.REPORT_MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (src / "broken.docx").unlink()
    assert main(["report", str(src), "-o", str(out)]) == 0
    assert not (out / "cascade-9.png").exists() and (out / "report.html").exists()
    # a folder with files vanban did not write is refused, unless --force (and those files stay)
    mine = tmp_path / "notes"
    mine.mkdir()
    (mine / "thesis.docx").write_bytes(b"mine")
    assert main(["report", str(src), "-o", str(mine)]) == 2
    assert "did not write (thesis.docx)" in capsys.readouterr().err and not (mine / "report.html").exists()
    assert main(["report", str(src), "-o", str(mine), "--force"]) == 0
    assert (mine / "thesis.docx").read_bytes() == b"mine" and (mine / "report.html").exists()
    assert main(["report", str(src), "-o", str(mine)]) == 0  # the thesis was accepted once, and is kept
    assert (mine / "thesis.docx").exists()
    (mine / "draft.docx").write_bytes(b"new")  # a new file of someone else's: asked again
    assert main(["report", str(src), "-o", str(mine)]) == 2


def test_check_dir_runs_the_corpus_rules_like_check_corpus(capsys):
    corpus = vanban.Corpus.from_dir(ROOT / "corpus", progress=False)
    want = sorted((f.path, f.rule, f.start, f.end, f.severity) for f in vanban.check(corpus))
    assert main(["check", str(ROOT / "corpus"), "--format", "jsonl"]) == 1
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    got = sorted((r["file"], r["rule"], r["start"], r["end"], r["severity"]) for r in rows)
    assert got == want
    assert len(want) > sum(len(d.findings) for d in corpus), "the corpus rules add findings (file by file misses them)"


def test_lineage_lag_coverage_commands(capsys):
    corpus = str(ROOT / "corpus")
    assert main(["lineage", "45-KH/HU@Phú Thiện, Gia Lai#2021", corpus]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("45-KH/HU@Phú Thiện, Gia Lai#2021 → 25-KH/TU@Gia Lai#2021")
    assert main(["lineage", "45-KH/HU@Phú Thiện, Gia Lai#2021", corpus, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["node"] for r in rows if r["chain"] == "1"][:2] == ["45-KH/HU@Phú Thiện, Gia Lai#2021", "25-KH/TU@Gia Lai#2021"]
    G = vanban.Corpus.from_dir(corpus, progress=False).graph()
    assert main(["lag", "93-KL/TW", corpus, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    want = vanban.lag(G, "93-KL/TW").rows
    assert [r["node"] for r in rows] == [r["node"] for r in want]
    assert [r["days"] for r in rows] == [str(r["days"]) if r["days"] is not None else "" for r in want]
    assert main(["coverage", "93-KL/TW", corpus, "--province", "Gia Lai", "--format", "json"]) == 0
    got = json.loads(capsys.readouterr().out)
    cov = vanban.coverage(G, "93-KL/TW", province="Gia Lai")
    assert {r["unit"] for r in got["rows"] if r["status"] == "missing"} == set(cov.missing)
    assert {r["unit"] for r in got["rows"] if r["status"] == "covered"} == set(cov.covered)
    assert main(["coverage", "93-KL/TW", corpus]) == 2  # no province, no units: said, not a traceback
    assert "needs a province" in capsys.readouterr().err


def test_tables_fit_the_terminal_without_cutting_file_names(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    assert main(["check", str(ROOT / "corpus"), "--min-severity", "warning"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out and max(len(line) for line in out) <= 100
    names = {p.name for p in (ROOT / "corpus").iterdir()}
    for line in out[1:]:
        first = line.split()[0] if line.strip() and not line.startswith(" ") else None
        if first:  # a file name, whole or shortened with …, never broken over two lines
            assert first in names or first.endswith("…") and any(n.startswith(first[:-1]) for n in names), first


def test_csv_cells_a_spreadsheet_would_run_are_neutralised():
    assert cli._cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and cli._cell("-5") == "'-5" and cli._cell(-5) == "-5"
    assert cli._cell("Kế hoạch") == "Kế hoạch"


def test_markdown_suffix_is_read_by_cli_and_library_alike(capsys, tmp_path):
    shutil.copy(SEED, tmp_path / "plan.markdown")
    (tmp_path / "~$plan.docx").write_bytes(b"lock")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    shutil.copy(SEED, tmp_path / ".ipynb_checkpoints" / "plan-checkpoint.md")
    assert main(["refs", str(tmp_path), "--format", "jsonl"]) == 0
    out, err = capsys.readouterr()
    files = {json.loads(x)["file"] for x in out.splitlines()}
    assert files == {str(tmp_path / "plan.markdown")}
    assert [d.path for d in vanban.Corpus.from_dir(tmp_path, progress=False)] == [str(tmp_path / "plan.markdown")]
    assert "Word lock file: ~$plan.docx" in err and "hidden folder: .ipynb_checkpoints" in err


def test_no_traceback_for_an_internal_error(capsys, monkeypatch):
    monkeypatch.delenv("VANBAN_DEBUG", raising=False)
    monkeypatch.setattr(cli, "cmd_refs", lambda ns: 1 / 0)
    assert main(["refs", str(SEED)]) == cli.EXIT_BUG
    assert "internal error (ZeroDivisionError" in capsys.readouterr().err


def test_console_script_runs(tmp_path):
    exe = shutil.which("vanban", path=os.path.dirname(sys.executable))
    if exe is None:
        pytest.skip("the vanban script is not installed beside this python")
    p = subprocess.run([exe, "graph", "/no/such/dir"], capture_output=True, text=True)
    assert p.returncode == 2 and p.stderr.strip() == "vanban: /no/such/dir: no such file or folder"


def _lines_of(p: subprocess.Popen) -> queue.Queue:
    """The child's stdout, line by line, read by a thread: a test takes each with a deadline (a failure, not a hang)."""
    q: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in p.stdout:
            q.put(line)
        q.put("")  # (the end)

    threading.Thread(target=pump, daemon=True).start()
    return q


def _line_within(p: subprocess.Popen, q: queue.Queue, seconds: float) -> str:
    try:
        return q.get(timeout=seconds)
    except queue.Empty:
        p.kill()
        pytest.fail(f"no line from {p.args[1:3]} in {seconds} s")


def test_results_stream_and_an_interrupted_run_keeps_them(tmp_path):
    """jsonl lines are out as each file is read: a run stopped (Ctrl-C) on a file that
    never ends (a pipe nobody writes to) has printed the files before it, and exits 130
    with one line."""
    fifo = tmp_path / "never.txt"
    os.mkfifo(fifo)
    p = subprocess.Popen(
        [*VANBAN, "refs", str(SEED), str(KL93), str(fifo), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        text=True,
        preexec_fn=_interruptible,
    )
    try:
        _interrupt_after_two_files(p)
    finally:
        p.kill()  # (a no-op once it has exited; a failed assertion leaves no process behind)


def _interruptible() -> None:
    """The child hears Ctrl-C even when the suite runs as a background job: a non-interactive shell starts its
    background jobs with SIGINT ignored, Python then installs no KeyboardInterrupt handler, and the CLI would wait
    on the pipe for ever (seen when the suite was started with `… &`)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _interrupt_after_two_files(p: subprocess.Popen) -> None:
    lines = _lines_of(p)
    seen = [_line_within(p, lines, 120)]  # before the run is over
    assert json.loads(seen[0])["file"] == str(SEED)
    while json.loads(seen[-1])["file"] != str(KL93):  # the second file's rows too: the run now waits on the pipe
        seen.append(_line_within(p, lines, 120))
    time.sleep(0.5)
    p.send_signal(signal.SIGINT)
    p.wait(timeout=60)
    err = p.stderr.read()
    rest = iter(lambda: _line_within(p, lines, 60), "")  # what the pump read after the signal, up to the end
    files = {json.loads(x)["file"] for x in [*seen, *rest]}
    assert files == {str(SEED), str(KL93)}
    assert p.returncode == cli.EXIT_INTERRUPTED == 130 and err.strip() == "vanban: interrupted"  # Ctrl-C: one line
