"""Every notebook runs top to bottom in a fresh kernel (the saved outputs are
rebuilt by scripts/build_notebooks.py), on this tree's vanban, without a deprecation
warning from vanban."""

from __future__ import annotations

import json

import pytest

from paths import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))

#: run first, in the kernel: import the vanban of this tree (not whatever the kernel's environment
#: has installed) and record each deprecation warning vanban raises (its code calls ``warnings.warn``,
#: or the warning is attributed to its code: an old alias, ``chain`` in the old order, a library's
#: deprecation hit inside vanban)
SETUP = f"""
import os, sys, warnings
sys.path.insert(0, {str(ROOT / "src")!r})
_VANBAN = os.path.join({str(ROOT / "src")!r}, "vanban", "")
_vanban_warnings = []
def _from_vanban(filename):
    return os.path.abspath(filename).startswith(_VANBAN)
def _showwarning(message, category, filename, lineno, file=None, line=None, _show=warnings.showwarning):
    caller = sys._getframe(1)
    while caller is not None and caller.f_globals.get("__name__") == "warnings":
        caller = caller.f_back
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning, FutureWarning)) and (
        _from_vanban(filename) or (caller is not None and _from_vanban(caller.f_code.co_filename))
    ):
        _vanban_warnings.append(f"{{category.__name__}}: {{message}} ({{filename}}:{{lineno}})")
    return _show(message, category, filename, lineno, file, line)
warnings.showwarning = _showwarning
for _category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
    warnings.simplefilter("always", _category)
"""
CHECK = "import json, vanban; print(json.dumps({'vanban': vanban.__file__, 'warnings': _vanban_warnings}))"


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-cascade.ipynb", "03-audit.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_built_from_its_cells(path):
    """The saved notebook has the cells of notebooks/cells/<name>.py: a change there is rebuilt."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_notebooks", ROOT / "scripts" / "build_notebooks.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    nb = nbformat.read(path, as_version=4)
    want = [
        ("md" if kind == "md" else "code", src) for kind, src in build.cells(ROOT / "notebooks" / "cells" / f"{path.stem}.py")
    ]
    assert [("md" if c.cell_type == "markdown" else "code", c.source) for c in nb.cells] == want, "run scripts/build_notebooks.py"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    assert all(c.outputs for c in nb.cells if c.cell_type == "code"), "saved without outputs: run scripts/build_notebooks.py"
    # run in a copy of notebooks/ so that the files the notebooks write stay out of the tree
    work = tmp_path / "notebooks"
    work.mkdir()
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    nb.cells.insert(0, nbformat.v4.new_code_cell(SETUP))
    nb.cells.append(nbformat.v4.new_code_cell(CHECK))
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    seen = json.loads(nb.cells[-1].outputs[0]["text"])
    assert seen["vanban"].startswith(str(ROOT / "src")), seen["vanban"]
    assert not seen["warnings"], "vanban warned while the notebook ran:\n" + "\n".join(seen["warnings"])
    assert not list(work.iterdir()), "a notebook wrote into its own folder: write into a temporary one"
