"""``import vanban`` stays light: the heavy libraries load when a feature needs them, not before."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("networkx", "spacy", "pyvi", "pdfplumber", "pypdfium2", "pandas", "matplotlib", "igraph", "docx", "numpy")


def test_import_vanban_loads_no_heavy_library():
    code = f"import sys, vanban; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"import vanban loaded: {out}"


def test_a_feature_loads_its_library_when_used():
    code = (
        "import sys, vanban; vanban.Corpus.from_texts([('a.txt', 'Kết luận số 93-KL/TW')]).graph();"
        " print('networkx' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out.endswith("True")
