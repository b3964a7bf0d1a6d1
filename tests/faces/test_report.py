"""The report: its files, its pictures shown at their size, its CSV safe to open in a spreadsheet."""

from __future__ import annotations

import re

import pytest

import vanban
from paths import ROOT

pytest.importorskip("matplotlib")
pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def corpus():
    return vanban.Corpus.from_dir(ROOT / "corpus", progress=False)


def test_report(corpus, tmp_path):
    from vanban.report import write_report

    path = write_report(corpus, tmp_path)
    page = path.read_text(encoding="utf-8")
    assert "Chỉ thị 42-CT/TW (16/04/2010" in page and "type-code-mismatch" in page
    for f in (
        "graph.graphml",
        "graph.gexf",
        "graph.json",
        "documents.csv",
        "references.csv",
        "findings.csv",
        "edges.csv",
        "cascade-1.png",
        "cascade-1.html",
    ):
        assert (tmp_path / f).stat().st_size > 100
    # each picture at its natural size (8 pt text at 4/3 px a point), never wider than the page
    widths = [int(w) for w in re.findall(r'style="width:(\d+)px;max-width:100%"', page)]
    body = int(re.search(r"max-width:(\d+)px;color", page).group(1))
    assert widths and all(w <= body for w in widths)
    assert "<title>Cascade of Chỉ thị 42-CT/TW" in (tmp_path / "cascade-1.html").read_text(encoding="utf-8")


def test_report_csv_neutralises_formulas(tmp_path):
    from vanban.report import write_report

    text = (
        'TỈNH ỦY GIA LAI\n*\nSố 25-KH/TU\n\nGia Lai, ngày 19 tháng 4 năm 2021\n\nKẾ HOẠCH\n=HYPERLINK("http://x","y")\n\n'
        "Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư, Ban Thường vụ Tỉnh ủy xây dựng kế hoạch."
    )
    c = vanban.Corpus([vanban.parse(text, path="=cmd.txt")])
    write_report(c, tmp_path)
    csv = (tmp_path / "documents.csv").read_text(encoding="utf-8")
    assert "'=cmd.txt" in csv and not re.search(r"(^|,)=", csv, re.M)
