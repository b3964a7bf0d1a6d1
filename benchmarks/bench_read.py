"""Speed of reading a long PDF: pdfplumber alone vs vanban's reader.

    python benchmarks/bench_read.py [--pages 50] [--keep out.pdf]

Draws a PDF of at least ``--pages`` pages (the corpus documents' paragraphs
concatenated under one letterhead, with page numbers and the end block), then in
the same process times

  (a) pdfplumber ``extract_text()`` over every page,
  (b) ``vanban.readers.read_pdf`` (pypdfium2 for body pages, pdfplumber for the
      letterhead and "Nơi nhận" pages),
  (c) ``vanban.read`` of the same file, when vanban has it,

and prints pages/s for each, the ratios (goal: (b) >= 5x (a)), and whether (b)
finds the same set of document codes as (a). Library imports (and vanban.read's one-time
set-up, by a first call on a .txt file) happen before the clocks start.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fixtures.render import long_doc, render_from_text, render_pdf  # noqa: E402

CODE = re.compile(r"\d+-[A-ZĐ]+/[A-ZĐ]+")


def build(path: Path, pages: int) -> int:
    import pypdfium2 as pdfium

    docs = [render_from_text(p) for p in sorted((ROOT / "corpus").glob("*.txt"))]
    paragraphs = pages * 12
    while True:
        render_pdf(long_doc(docs, min_paragraphs=paragraphs), path)
        with pdfium.PdfDocument(str(path)) as pdf:
            n = len(pdf)
        if n >= pages:
            return n
        paragraphs = int(paragraphs * pages / max(n, 1) * 1.05) + 1


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--keep", type=Path, default=None, help="write the PDF here instead of a temporary file")
    args = ap.parse_args()

    import pdfplumber
    import pypdfium2  # noqa: F401  (import before timing)

    import vanban
    from vanban.readers import read_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "long.pdf"
        n = build(path, args.pages)
        print(f"{path.name}: {n} pages, {path.stat().st_size / 1e6:.2f} MB")

        def plumber():
            with pdfplumber.open(str(path)) as pdf:
                return "\n".join(page.extract_text() or "" for page in pdf.pages)

        ta, text_a = timed(plumber)
        tb, ex = timed(lambda: read_pdf(path))
        rows = [("(a) pdfplumber extract_text", ta), ("(b) vanban.readers.read_pdf", tb)]
        if hasattr(vanban, "read"):
            t_first, _ = timed(lambda: vanban.read(next((ROOT / "corpus").glob("*.txt"))))  # one-time set-up (regexes, gazetteer)
            print(f"vanban.read warm-up on one .txt (one-time set-up): {t_first:.2f} s")
            tc, _doc = timed(lambda: vanban.read(path))
            rows.append(("(c) vanban.read", tc))
        else:
            print("(c) vanban.read: not available yet")

        print(f"{'':32} {'seconds':>8} {'pages/s':>9} {'vs (a)':>7}")
        for name, t in rows:
            print(f"{name:32} {t:8.3f} {n / t:9.1f} {ta / t:6.1f}x")
        print(
            f"read_pdf engines: {ex.meta['fast_pages']} fast pages, {ex.meta['layout_pages']} layout pages "
            f"{ex.meta['layout_page_numbers']}"
        )
        goal = ta / tb >= 5
        print(f"goal read_pdf >= 5x pdfplumber: {'met' if goal else 'NOT met'} ({ta / tb:.1f}x)")

        codes_a, codes_b = set(CODE.findall(text_a)), set(CODE.findall(ex.text))
        if codes_a == codes_b:
            print(f"document codes: same set in (a) and (b) ({len(codes_a)} codes)")
        else:
            print(f"document codes DIFFER: only in (a) {sorted(codes_a - codes_b)}; only in (b) {sorted(codes_b - codes_a)}")


if __name__ == "__main__":
    main()
