"""The README's Python examples run, and print what the README shows."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BLOCK = re.compile(r"```python\n(.*?)```\n(?:\n```\n(.*?)```)?", re.S)


def test_readme_examples_run_and_print_what_they_show(monkeypatch):
    monkeypatch.chdir(ROOT)
    blocks = _BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 5
    ns: dict = {}
    shown_checked = 0
    for code, shown in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), ns)
        printed = out.getvalue().splitlines()
        expected = [ln for ln in shown.splitlines() if ln.strip() and ln.strip() != "…"]
        if expected:
            shown_checked += 1
            assert printed[: len(expected)] == expected
    assert shown_checked >= 2
