"""An adversarial corpus: every way a folder of documents broke a run (issue 13), built
from the real documents of ``corpus/``, with what vanban must say about each file.

    python tests/adversarial/build.py /tmp/adversarial     # then: vanban check /tmp/adversarial --max-chars 200000

:func:`build` writes the folder and returns :data:`Case` per file: ``"ok"`` (read, with
the warning expected, and whether the text is marked damaged), ``"error"`` (the error
kind and a piece of its reason), ``"skipped"`` or ``"ignored"`` (the reason the folder
walk gives). ``LIMITS`` are the limits the run uses (a small ``max_chars`` so that the
oversized file stays small on disk).
"""

from __future__ import annotations

import io
import os
import shutil
import sys
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
KL93 = CORPUS / "tw-ketluan-93-kltw-2020-11-20.txt"
SEED = CORPUS / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
DOCX = CORPUS / "bentre-tinhuy-kehoach-41-khtu-2021-03-26-kl93.docx"
PDF = CORPUS / "gialai-tinhuy-kehoach-25-khtu-2021-04-19-kl93.pdf"

MAX_CHARS = 200_000  # the run's limit: big.txt is over it


@dataclass
class Case:
    outcome: str  # "ok" | "error" | "skipped" | "ignored"
    detail: str = ""  # the warning (ok), the error kind (error), the reason (skipped, ignored)
    reason: str = ""  # a piece of the error's reason
    damaged: bool = False  # ok: Document.text_damaged


def _legacy(text: str, name: str) -> str:
    """``text`` as a legacy encoding shows it in Latin-1 letters (the inverse of viparse's tables;
    TCVN3 has no capital accented letters: a heading is typed with the small ones)."""
    from viparse.normalize.encodings import CHARMAPS

    inv = {u: legacy for legacy, u in CHARMAPS[name].pairs}
    return "".join(inv.get(c, inv.get(c.lower(), c)) for c in unicodedata.normalize("NFC", text))


def _patched_docx(src: Path, dst: Path, part: str, change) -> None:
    """A copy of ``src`` with one part of its zip changed by ``change(text) -> text``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info.filename, data)


def _bomb_docx(dst: Path) -> None:
    """118 KB of zip holding 16 MB of document.xml (issue 13: over 300 s before)."""
    para = (
        '<w:p><w:r><w:t xml:space="preserve">Thực hiện Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư. </w:t></w:r></w:p>'
    )
    body = para * (16_000_000 // len(para))

    def change(xml: str) -> str:
        a = xml.index("<w:body>") + len("<w:body>")
        return xml[:a] + body + xml[a:]

    _patched_docx(DOCX, dst, "word/document.xml", change)


def _pdf(dst: Path, draw) -> Optional[Path]:
    try:
        from reportlab.pdfgen.canvas import Canvas
    except ImportError:  # pragma: no cover
        return None
    c = Canvas(str(dst), invariant=1)
    draw(c)
    c.save()
    return dst


def _scan(c) -> None:
    """A page that is only a picture (a scan): an image, no text layer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    img = Image.new("L", (200, 280), 255)
    for y in range(20, 260, 12):
        for x in range(20, 180):
            img.putpixel((x, y), 0)
    c.drawImage(ImageReader(img), 50, 300, 200, 280)
    c.showPage()


def _text_cases(d: Path) -> dict[str, Case]:
    kl = KL93.read_text(encoding="utf-8")
    seed = SEED.read_text(encoding="utf-8")
    cases: dict[str, Case] = {}
    (d / "good.txt").write_text(kl, encoding="utf-8")
    cases["good.txt"] = Case("ok")
    (d / "crlf.txt").write_bytes(kl.replace("\n", "\r\n").encode("utf-8"))
    cases["crlf.txt"] = Case("ok")
    (d / "cr.md").write_bytes(seed.replace("\n", "\r").encode("utf-8"))
    cases["cr.md"] = Case("ok")
    (d / "utf32.txt").write_bytes(kl.encode("utf-32"))
    cases["utf32.txt"] = Case("ok")
    (d / "utf16.txt").write_bytes(kl.encode("utf-16"))
    cases["utf16.txt"] = Case("ok")
    (d / "bom.txt").write_bytes(kl.encode("utf-8-sig"))
    cases["bom.txt"] = Case("ok")
    (d / "tcvn3.txt").write_bytes(_legacy(kl, "tcvn3").encode("latin-1"))
    cases["tcvn3.txt"] = Case("ok", "converted from TCVN3")
    (d / "vni.txt").write_bytes(_legacy(kl, "vni").encode("latin-1"))
    cases["vni.txt"] = Case("ok", "converted from VNI")
    (d / "tcvn3-as-utf8.txt").write_text(_legacy(kl, "tcvn3"), encoding="utf-8")  # TCVN3 read as Latin-1, saved as UTF-8
    cases["tcvn3-as-utf8.txt"] = Case("ok", "converted from TCVN3")
    import ftfy.bad_codecs  # noqa: F401 - registers sloppy-windows-1252

    (d / "mojibake.txt").write_text(kl.encode("utf-8").decode("sloppy-windows-1252"), encoding="utf-8")
    cases["mojibake.txt"] = Case("ok", "repaired mojibake")
    lost = kl.encode("utf-8").decode("ascii", errors="replace")  # letters lost for good: "K\ufffd\ufffd\ufffdt lu\ufffd…"
    (d / "lost-letters.txt").write_text(lost, encoding="utf-8")
    cases["lost-letters.txt"] = Case("ok", "damaged text", damaged=True)
    (d / "controls.txt").write_text(
        kl.replace("Kết luận", "Kết\x00luận", 3).replace("\n\n", "\n\x0c\x1b\x0b\n", 3), encoding="utf-8"
    )
    cases["controls.txt"] = Case("ok")
    (d / "empty.txt").write_bytes(b"")
    cases["empty.txt"] = Case("ok")
    (d / "spanish-cp1252.txt").write_bytes(("Señor Muñoz, la niña está aquí. " * 40).encode("cp1252"))
    cases["spanish-cp1252.txt"] = Case("error", "EncodingError", "not UTF-8")
    (d / "random.txt").write_bytes(bytes(range(128, 256)) * 8 + os.urandom(512))
    cases["random.txt"] = Case("error", "EncodingError", "not UTF-8")
    (d / "big.txt").write_text(kl * (MAX_CHARS // len(kl) + 2), encoding="utf-8")
    cases["big.txt"] = Case("error", "LimitError", "max_chars")
    return cases


def _docx_cases(d: Path) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    shutil.copy(DOCX, d / "good.docx")
    cases["good.docx"] = Case("ok")
    _patched_docx(
        DOCX,
        d / "numbering-bomb.docx",
        "word/numbering.xml",
        lambda x: x.replace(
            '<w:start w:val="1"/><w:numFmt w:val="decimal"', '<w:start w:val="500000000"/><w:numFmt w:val="lowerLetter"'
        ),
    )
    cases["numbering-bomb.docx"] = Case("ok", "beyond Word's range")
    _patched_docx(
        DOCX,
        d / "numbering-nan.docx",
        "word/numbering.xml",
        lambda x: x.replace('<w:start w:val="1"/>', '<w:start w:val="một"/>'),
    )
    cases["numbering-nan.docx"] = Case("ok", "is not a number")
    _patched_docx(
        DOCX,
        d / "symbols.docx",
        "word/document.xml",
        lambda x: x.replace("<w:t>", '<w:sym w:font="Symbol" w:char="001B"/><w:t>', 5),
    )
    cases["symbols.docx"] = Case("ok")
    _bomb_docx(d / "xml-bomb.docx")
    cases["xml-bomb.docx"] = Case("error", "LimitError", "max_expansion")
    (d / "truncated.docx").write_bytes(DOCX.read_bytes()[:3000])
    cases["truncated.docx"] = Case("error", "ReadError", "truncated or damaged .docx")
    shutil.copy(DOCX, d / "renamed.doc")
    cases["renamed.doc"] = Case("ok", "a .docx file named renamed.doc")
    (d / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    cases["old.doc"] = Case("error", "UnsupportedFormatError", "old binary .doc")
    (d / "rich.doc").write_bytes(b"{\\rtf1\\ansi K\\'ea ho\\'e1ch}")
    cases["rich.doc"] = Case("error", "UnsupportedFormatError", "Rich Text Format")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    (d / "sheet.docx").write_bytes(buf.getvalue())
    cases["sheet.docx"] = Case("error", "ReadError", "an Excel file")
    return cases


def _pdf_cases(d: Path) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    shutil.copy(PDF, d / "good.pdf")
    cases["good.pdf"] = Case("ok")
    if _pdf(d / "blank.pdf", lambda c: (c.showPage(), c.showPage())):
        cases["blank.pdf"] = Case("error", "ReadError", "blank")
    if _pdf(d / "scan.pdf", _scan):
        cases["scan.pdf"] = Case("error", "OCRRequiredError", "scanned")
    data = PDF.read_bytes()
    (d / "cut.pdf").write_bytes(data[: len(data) // 2])
    cases["cut.pdf"] = Case("error", "ReadError", "truncated PDF")
    (d / "html.pdf").write_text("<html>404 Not Found</html>")
    cases["html.pdf"] = Case("error", "ReadError", "not a PDF")
    return cases


def _walk_cases(d: Path) -> dict[str, Case]:
    """What the folder walk must skip, ignore, or read once."""
    cases: dict[str, Case] = {}
    (d / "README.md").write_text("# notes\n")
    cases["README.md"] = Case("ignored", "note file")
    (d / "~$good.docx").write_bytes(b"\x00owner")
    cases["~$good.docx"] = Case("ignored", "Word lock file")
    (d / ".ipynb_checkpoints").mkdir()
    shutil.copy(SEED, d / ".ipynb_checkpoints" / "seed-checkpoint.md")
    cases[".ipynb_checkpoints"] = Case("ignored", "hidden folder")
    (d / "chart.png").write_bytes(b"\x89PNG\r\n")
    cases["chart.png"] = Case("skipped", "of a type vanban does not read")
    sub = d / "district"
    sub.mkdir()
    shutil.copy(SEED, sub / "seed.md")
    cases["district/seed.md"] = Case("ok")
    os.symlink("..", sub / "loop")  # a link back up: walked once
    os.symlink(sub, d / "linked")  # the same folder twice: its file read once
    cases["linked"] = Case("ignored", "walked once already")
    os.symlink(d / "gone.txt", d / "dangling.txt")
    cases["dangling.txt"] = Case("skipped", "dangling link")
    if hasattr(os, "mkfifo"):
        os.mkfifo(d / "pipe.txt")  # would block a reader forever
        cases["pipe.txt"] = Case("skipped", "not a regular file")
    return cases


def build(folder: Path) -> dict[str, Case]:
    """Write the adversarial corpus into ``folder`` (made, must be empty); the cases by file name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    cases: dict[str, Case] = {}
    for part in (_text_cases, _docx_cases, _pdf_cases, _walk_cases):
        cases.update(part(folder))
    return cases


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "adversarial")
    for name, case in sorted(build(out).items()):
        print(f"{name:28} {case.outcome:8} {case.detail} {case.reason}")
