"""Every notebook runs top to bottom in a fresh kernel (the saved outputs are
rebuilt by scripts/build_notebooks.py)."""

from __future__ import annotations

import pytest

from paths import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_are_three_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01-quickstart.ipynb", "02-cascade.ipynb", "03-audit.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    nb = nbformat.read(path, as_version=4)
    assert all(c.outputs for c in nb.cells if c.cell_type == "code"), "saved without outputs: run scripts/build_notebooks.py"
    # run in a copy of notebooks/ so that the files the notebooks write stay out of the tree
    work = tmp_path / "notebooks"
    work.mkdir()
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}})
    client.execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    assert not list(work.iterdir()), "a notebook wrote into its own folder: write into a temporary one"
