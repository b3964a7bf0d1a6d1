"""Speed of reading PDFs: the layout pass on pdfplumber's words (as it was) vs on
pypdfium2's character boxes (as it is), and a long PDF against pdfplumber alone.

    python benchmarks/bench_read.py [--runs 9] [--baseline-ref main] [--pages 50] [--keep out.pdf] [--skip-long]

Part 1, the corpus PDFs (``corpus/*.pdf``, 2-3 pages each, the layout pass on the
first and the "Nơi nhận" page): ``vanban.read`` of each file, in the same process,
one run of every variant after the other, ``--runs`` times; medians of CPU time
(``process_time``; wall time beside it) per file and their sum:

  (old) vanban.read with the reader of ``--baseline-ref`` (``git show REF:src/vanban/readers/pdf.py``,
        loaded beside this tree's modules: the reader as it is on main), when git has it;
  (old') vanban.read with ``layout_engine="pdfplumber"`` in this tree (the same words as (old));
  (new) vanban.read as it is: pdfium's boxes.

then the ratios (goal: old / new >= 5 on every file), the layout pass alone per layout
page (pdfplumber ``extract_words`` vs ``page_words`` on the open pdfium page), and
whether (old) and (new) give the same text and blocks.

Part 2, a long PDF (``--pages``, the corpus paragraphs under one letterhead): pdfplumber
``extract_text()`` over every page vs ``read_pdf`` vs ``vanban.read``, pages/s.

Library imports and vanban's one-time set-up (a first call on a .txt and on each PDF)
happen before the clocks start.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from fixtures.render import long_doc, render_from_text, render_pdf  # noqa: E402

CODE = re.compile(r"\d+-[A-ZĐ]+/[A-ZĐ]+")


# --------------------------------------------------------------------------- part 1: corpus PDFs


def baseline_reader(ref: str):
    """``read_pdf`` of ``src/vanban/readers/pdf.py`` at git ``ref``, as a module of this
    tree's ``vanban.readers`` package (its relative imports resolve here); None without git."""
    try:
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{ref}:src/vanban/readers/pdf.py"], capture_output=True, text=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"(old) not measured: git show {ref}:src/vanban/readers/pdf.py failed ({e})")
        return None
    name = "vanban.readers._baseline_pdf"
    spec = importlib.util.spec_from_loader(name, loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "vanban.readers"
    sys.modules[name] = module
    exec(compile(source, f"{ref}:src/vanban/readers/pdf.py", "exec"), module.__dict__)
    return module.read_pdf


def measure(fn, runs_cpu: list, runs_wall: list) -> None:
    w, c = time.perf_counter(), time.process_time()
    fn()
    runs_cpu.append(time.process_time() - c)
    runs_wall.append(time.perf_counter() - w)


def corpus_part(runs: int, ref: str) -> None:
    import pdfplumber  # noqa: F401  (imported before the clocks)
    import pypdfium2 as pdfium

    import vanban
    import vanban.readers as readers
    from vanban.readers import read_pdf
    from vanban.readers.pdfchars import page_words, plumber_words

    pdfs = sorted((ROOT / "corpus").glob("*.pdf"))
    old = baseline_reader(ref)
    variants = {f"(old) {ref}'s reader": old} if old is not None else {}
    variants.update({"(old') pdfplumber engine": partial(read_pdf, layout_engine="pdfplumber"), "(new) pdfium boxes": read_pdf})

    def read_with(reader, p):
        real = readers.read_pdf
        readers.read_pdf = reader
        try:
            return vanban.read(p)
        finally:
            readers.read_pdf = real

    vanban.read(next((ROOT / "corpus").glob("*.txt")))  # one-time set-up
    for p in pdfs:
        for reader in variants.values():
            read_with(reader, p)
    cpu = {(v, p): [] for v in variants for p in pdfs}
    wall = {(v, p): [] for v in variants for p in pdfs}
    for _ in range(runs):
        for p in pdfs:
            for v, reader in variants.items():
                measure(lambda reader=reader, p=p: read_with(reader, p), cpu[(v, p)], wall[(v, p)])

    med = {k: statistics.median(x) * 1000 for k, x in cpu.items()}
    medw = {k: statistics.median(x) * 1000 for k, x in wall.items()}
    names = list(variants)
    new = "(new) pdfium boxes"
    print(f"corpus PDFs: vanban.read, medians of {runs} runs, ms CPU (wall)")
    print(f"{'file':52}" + "".join(f"{v:>28}" for v in names) + "   old/new CPU (wall)")
    base = names[0]
    for p in pdfs:
        cells = "".join(f"{med[(v, p)]:14.1f} ({medw[(v, p)]:6.1f} wall)" for v in names)
        print(f"{p.stem[:50]:52}{cells}   {med[(base, p)] / med[(new, p)]:6.1f}x ({medw[(base, p)] / medw[(new, p)]:.1f}x)")
    total = {v: sum(med[(v, p)] for p in pdfs) for v in names}
    print(f"{'sum of medians':52}" + "".join(f"{total[v]:14.1f}{'':14}" for v in names) + f"   {total[base] / total[new]:6.1f}x")
    worst = min(med[(base, p)] / med[(new, p)] for p in pdfs)
    print(f"goal {base} / (new) >= 5x on every file: {'met' if worst >= 5 else 'NOT met'} (worst file {worst:.1f}x)")

    # the layout pass alone, per layout page
    t_plumb, t_pdfium, n_pages = 0.0, 0.0, 0
    for p in pdfs:
        pages = [n - 1 for n in read_pdf(p).meta["layout_page_numbers"]]
        for _ in range(runs):
            c = time.process_time()
            plumber_words(p, pages)
            t_plumb += time.process_time() - c
            with pdfium.PdfDocument(str(p)) as pdf:
                for i in pages:
                    page = pdf[i]
                    tp = page.get_textpage()
                    c = time.process_time()
                    page_words(page, tp)
                    t_pdfium += time.process_time() - c
                    tp.close()
                    page.close()
            n_pages += len(pages)
    print(
        f"layout words per layout page: pdfplumber extract_words {t_plumb / n_pages * 1000:.1f} ms, "
        f"pdfium page_words {t_pdfium / n_pages * 1000:.2f} ms ({t_plumb / t_pdfium:.0f}x)"
    )
    ref_reader = variants[base]
    same = all(
        (a.text, a.blocks, a.pages) == (b.text, b.blocks, b.pages) for a, b in ((ref_reader(p), read_pdf(p)) for p in pdfs)
    )
    print(f"{base} and (new): {'the same text, pages and blocks' if same else 'DIFFERENT output'} on every corpus PDF")


# --------------------------------------------------------------------------- part 2: a long PDF


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


def long_part(pages: int, keep) -> None:
    import pdfplumber

    import vanban
    from vanban.readers import read_pdf

    with tempfile.TemporaryDirectory() as tmp:
        path = keep or Path(tmp) / "long.pdf"
        n = build(path, pages)
        print(f"\n{path.name}: {n} pages, {path.stat().st_size / 1e6:.2f} MB")

        def plumber():
            with pdfplumber.open(str(path)) as pdf:
                return "\n".join(page.extract_text() or "" for page in pdf.pages)

        ta, text_a = timed(plumber)
        tb, ex = timed(lambda: read_pdf(path))
        rows = [("(a) pdfplumber extract_text", ta), ("(b) vanban.readers.read_pdf", tb)]
        vanban.read(next((ROOT / "corpus").glob("*.txt")))  # one-time set-up (done by part 1 already)
        tc, _doc = timed(lambda: vanban.read(path))
        rows.append(("(c) vanban.read", tc))

        print(f"{'':32} {'seconds':>8} {'pages/s':>9} {'vs (a)':>7}")
        for name, t in rows:
            print(f"{name:32} {t:8.3f} {n / t:9.1f} {ta / t:6.1f}x")
        print(
            f"read_pdf engines: {ex.meta['fast_pages']} fast pages, {ex.meta['layout_pages']} layout pages "
            f"{ex.meta['layout_page_numbers']}"
        )
        print(f"goal read_pdf >= 5x pdfplumber: {'met' if ta / tb >= 5 else 'NOT met'} ({ta / tb:.1f}x)")
        codes_a, codes_b = set(CODE.findall(text_a)), set(CODE.findall(ex.text))
        if codes_a == codes_b:
            print(f"document codes: same set in (a) and (b) ({len(codes_a)} codes)")
        else:
            print(f"document codes DIFFER: only in (a) {sorted(codes_a - codes_b)}; only in (b) {sorted(codes_b - codes_a)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=9, help="runs of every variant on every corpus PDF (medians)")
    ap.add_argument("--baseline-ref", default="main", help="the git ref whose reader is (old)")
    ap.add_argument("--pages", type=int, default=50)
    ap.add_argument("--keep", type=Path, default=None, help="write the long PDF here instead of a temporary file")
    ap.add_argument("--skip-long", action="store_true", help="part 1 only")
    args = ap.parse_args()
    corpus_part(args.runs, args.baseline_ref)
    if not args.skip_long:
        long_part(args.pages, args.keep)


if __name__ == "__main__":
    main()
