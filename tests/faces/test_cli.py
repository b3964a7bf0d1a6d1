"""The command line: refs, parse, graph, report (check is in test_checks)."""

from __future__ import annotations

import json
import shutil

import vanban
from paths import ROOT, SEED
from vanban.cli import main

PDF = ROOT / "corpus" / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf"


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


def test_refs_table_and_unreadable_file(capsys, tmp_path):
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    assert main(["refs", str(SEED), str(bad)]) == 2
    out, err = capsys.readouterr()
    assert "93-KL/TW#XII" in out and "25-KH/TU@Gia Lai#2021" in out
    assert str(bad) in err


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


def test_graph_writes_and_traces(capsys, tmp_path):
    out = tmp_path / "g.graphml"
    assert main(["graph", str(ROOT / "corpus"), "-o", str(out), "--lineage", "45-KH/HU@Phú Thiện, Gia Lai#2021"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith("45-KH/HU@Phú Thiện, Gia Lai#2021 → 25-KH/TU@Gia Lai#2021 → 93-KL/TW#XII → 42-CT/TW#X")
    H = vanban.export.read_graphml(out)
    assert H.nodes["93-KL/TW#XII"]["date"].isoformat() == "2020-11-20"
    assert main(["graph", str(SEED), "-o", str(tmp_path / "g.png")]) == 2


def test_report_on_a_small_folder(capsys, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src)
    shutil.copy(PDF, src)
    (src / "broken.docx").write_bytes(b"not a zip")
    assert main(["report", str(src), "-o", str(tmp_path / "out")]) == 2  # one file unreadable, said so
    out, err = capsys.readouterr()
    assert "broken.docx" in err and "(2 documents, 1 unreadable)" in out
    page = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "broken.docx" in page and "93-NQ/TW" in page
    for name in ("graph.graphml", "graph.gexf", "graph.json", "references.csv", "findings.csv"):
        assert (tmp_path / "out" / name).stat().st_size > 0
