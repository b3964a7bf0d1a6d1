"""Write the notebooks of notebooks/ from their cells and run them, saving the outputs.

    python scripts/build_notebooks.py            # all three
    python scripts/build_notebooks.py 02         # the ones whose name starts so

The notebooks are the analysts' entry point; their cells live in
``notebooks/cells/*.py`` ("# %%" starts a code cell, "# %% [markdown]" a text cell,
as jupytext writes them) so that a change of API shows in one diff.
tests/test_notebooks.py runs the saved notebooks top to bottom in a fresh kernel.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NB = ROOT / "notebooks"
CELLS = NB / "cells"


def cells(path: Path) -> list[tuple[str, str]]:
    """(kind, source) of each cell of a percent-format file."""
    out: list[tuple[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# %%"):
            out.append(("md" if "[markdown]" in line else "code", []))
        elif out:
            out[-1][1].append(line)
    return [(kind, "\n".join(lines).strip("\n")) for kind, lines in out]


def build(name: str, run: bool = True) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    for kind, src in cells(CELLS / f"{name}.py"):
        nb.cells.append(nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src))
    path = NB / f"{name}.ipynb"
    if run:
        # the kernel imports this tree's vanban, whatever is installed (as tests/test_notebooks.py does)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
        NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NB)}}).execute(env=env)
    nbformat.write(nb, path)
    return path


def main() -> None:
    want = sys.argv[1:] or [""]
    for p in sorted(CELLS.glob("*.py")):
        if any(p.stem.startswith(w) for w in want):
            print(build(p.stem))
    for junk in ("cascade-42.html", "cascade.graphml", "cascade.gexf"):
        (NB / junk).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
