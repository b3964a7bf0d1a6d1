"""The old names (_compat.py, ``corpus.findings()``): each still works, with a VanbanDeprecationWarning
that points at the caller's line; the suite's filters (pyproject.toml) make a deprecation of vanban an
error unless the test expects it; nothing in the project imports an old module name."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
import warnings
from pathlib import Path

import pytest

import vanban
from paths import ROOT
from vanban._compat import MOVED
from vanban.errors import VanbanDeprecationWarning


@pytest.mark.parametrize("old", sorted(MOVED))
def test_an_old_module_name_imports_with_a_warning_at_the_import(old, monkeypatch):
    monkeypatch.delitem(sys.modules, old, raising=False)
    with pytest.warns(VanbanDeprecationWarning, match="the old name goes in the next release") as rec:
        exec(compile(f"import {old}", __file__, "exec"), {})
    assert [(w.filename, w.lineno) for w in rec] == [(__file__, 1)]
    mod = sys.modules[old]
    public = [a for a in dir(mod) if not a.startswith("_")][:5]
    assert public
    for a in public:
        home = next(importlib.import_module(t) for t in MOVED[old] if hasattr(importlib.import_module(t), a))
        assert getattr(mod, a) is getattr(home, a), (old, a)


def test_corpus_findings_called_warns():
    with pytest.warns(VanbanDeprecationWarning, match="drop the"):
        assert vanban.Corpus([]).findings() == []


def test_readers_extract_warns_at_the_caller_and_reads_as_before():
    """``readers.extract`` (public, the PDF/DOCX dispatch that ``extract_file`` also makes) is deprecated: it warns,
    pointing at the caller's line, and still gives what the reader of its suffix gives."""
    from vanban.errors import UnsupportedFormatError
    from vanban.readers import extract, read_docx, read_pdf

    pdf = ROOT / "corpus" / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf"
    docx = ROOT / "corpus" / "bentre-tinhuy-kehoach-41-khtu-2021-03-26-kl93.docx"
    for path, reader in ((pdf, read_pdf), (docx, read_docx)):
        with pytest.warns(VanbanDeprecationWarning, match="use vanban.readers.extract_file") as rec:
            got = extract(path)
        assert [w.filename for w in rec] == [__file__]
        assert got.text == reader(path).text and got.blocks == reader(path).blocks
    with pytest.warns(VanbanDeprecationWarning), pytest.raises(UnsupportedFormatError):
        extract(ROOT / "corpus" / "tw-ketluan-93-kltw-2020-11-20.txt")  # (a text file: extract_file reads it)


def test_an_unexpected_deprecation_of_vanban_fails_the_test():
    with pytest.raises(VanbanDeprecationWarning):
        vanban.Corpus([]).findings()
    for category in (DeprecationWarning, FutureWarning):  # met in vanban's code: its own old names, a library's
        with pytest.raises(category):
            warnings.warn_explicit("old", category, "queries.py", 1, module="vanban.graph.queries")
    with pytest.warns(DeprecationWarning):  # a library's own, not met in vanban: a warning, not an error
        warnings.warn_explicit("old", DeprecationWarning, "frame.py", 1, module="pandas.core.frame")


def _code_files() -> list[tuple[Path, str, str]]:
    """(file, its package or "", source) of every Python file of the project, notebook cells included."""
    out = []
    for folder in ("src", "tests", "benchmarks", "scripts"):
        for p in sorted((ROOT / folder).rglob("*.py")):
            if folder == "src":
                parts = p.relative_to(ROOT / "src").with_suffix("").parts
                pkg = ".".join(parts if p.name == "__init__.py" else parts[:-1])
            else:
                pkg = ""
            out.append((p, pkg, p.read_text(encoding="utf-8")))
    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "scripts" / "build_notebooks.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    for p in sorted((ROOT / "notebooks" / "cells").glob("*.py")):
        code = [src for kind, src in build.cells(p) if kind == "code"]
        text = "\n".join(line for src in code for line in src.splitlines() if not line.lstrip().startswith("%"))
        out.append((p, "", text))
    return out


def _imported(node, pkg: str) -> list[str]:
    """The modules an import statement names (relative ones resolved against ``pkg``)."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:
        up = pkg.rsplit(".", node.level - 1)[0] if node.level > 1 else pkg
        base = f"{up}.{base}" if base else up
    return [base] + [f"{base}.{a.name}" for a in node.names]


def test_nothing_imports_an_old_module_name():
    old = []
    for p, pkg, text in _code_files():
        for node in ast.walk(ast.parse(text)):
            old += [f"{p.relative_to(ROOT)}:{node.lineno} {m}" for m in _imported(node, pkg) if m in MOVED]
    assert not old, old
