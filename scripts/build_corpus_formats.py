"""Render five corpus documents to PDF and DOCX into corpus/.

    python scripts/build_corpus_formats.py [--out corpus]

Three documents become PDFs and two become DOCX files. Their text sources live in
tests/fixtures/corpus-sources/ (same stem): in corpus/ each document exists once,
in one format, so the graph does not count it twice. The output is deterministic:
reportlab draws with ``invariant=1`` (fixed dates and ids in the PDF) and the DOCX
files get fixed core properties and zip dates, so re-running gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "tests" / "fixtures" / "corpus-sources"
sys.path.insert(0, str(ROOT / "tests"))
from fixtures.render import render_docx, render_from_text, render_pdf  # noqa: E402

#: a provincial party plan, a district State plan, a district party plan
PDF = [
    "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93",
    "gialai-phuthien-ubnd-huyen-kehoach-98-khubnd-2021-07-20-kl93",
    "yenbai-tranyen-huyenuy-kehoach-47-khhu-2021-05-24-kl93",
]
#: a provincial party plan, a commune party plan
DOCX = [
    "bentre-tinhuy-kehoach-41-khtu-2021-03-26-kl93",
    "gialai-phuthien-chuathai-danguy-kehoach-21-khdu-2021-07-15-kl93",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "corpus")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    written = []
    for stem in PDF:
        written.append(render_pdf(render_from_text(SOURCES / f"{stem}.txt"), args.out / f"{stem}.pdf"))
    for stem in DOCX:
        written.append(render_docx(render_from_text(SOURCES / f"{stem}.txt"), args.out / f"{stem}.docx"))
    for p in written:
        digest = hashlib.sha256(p.read_bytes()).hexdigest()[:12]
        print(f"{p.relative_to(ROOT) if p.is_relative_to(ROOT) else p}  {p.stat().st_size:>7} bytes  sha256 {digest}")


if __name__ == "__main__":
    main()
