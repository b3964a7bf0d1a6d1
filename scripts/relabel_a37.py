"""Remove the gold rows that label the document a page's own decision issues or approves (A37, decision D21).

The owners' own gold reads it as the page's own part, not a mention: their Prime Minister's decision 719/QĐ-TTg
(``tests/fixtures/corpus-real/qd-719-qd-ttg-2012.txt``) has the heading "PHÊDUYỆT KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ
NIỆM 100 NĂM NGÀY SINH CỐ TỔNG BÍ THƯNGUYỄN VĂN CỪ" and "Điều 1. Ban hành kèm theoQuyết định này Kế hoạch tổ chức các
hoạt động kỷ niệm 100 năm …", and no row on either. A row is removed when it is labelled ``cites`` and stands, by
its form and position, right after the verb of one of three places of the page's own decision or resolution:

- its ``Điều 1`` / ``Điều 2``: "Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư, lưu trữ trên địa
  bàn tỉnh Hưng Yên" (the line, or the line after a bare "Điều 1.", holds nothing else before the row);
- its heading: "QUYẾT ĐỊNH / VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH …" (the line holds only "(về việc|V/V) ban hành|phê
  duyệt|thông qua" before the row, and the line before is the upper-case "QUYẾT ĐỊNH" / "NGHỊ QUYẾT", or the letterhead's
  "…, ngày 22 tháng 02 năm 2012 |" with the verb in upper case);
- its annex heading: "QUY CHẾ PHỐI HỢP … TRÊN ĐỊA BÀN TỈNH NINH THUẬN / (Ban hành kèm theo Quyết định số 179/QĐ-UBND
  …)" (the row opens its line in upper case and only upper-case title lines stand between it and the parenthesis).

Not removed: what a *cited* decision issues ("Căn cứ Quyết định số 1567/2009/QĐ-UBND … về việc / ban hành Quy chế …",
A38), the cited decision itself, a page's own title labelled ``self``, a news headline ("Ban hành Kế hoạch về tiếp tục
sắp xếp …"). Rows are dropped as lines (the others stay byte for byte), the manifest's per-page count follows, each
removal is logged to ``tests/fixtures/agreement/relabel-a37.jsonl`` and each touched batch's NOTES.md gets one line.

    python scripts/relabel_a37.py dev --show     # dev pages: print every row removed and every row of the form kept
    python scripts/relabel_a37.py dev --write
    python scripts/relabel_a37.py heldout --write   # held-out pages: counts per split only, never the rows
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from relabel_io import FIXTURES, batch_number, count_line, drop_edges, jsonl_lines

LOG = FIXTURES / "agreement" / "relabel-a37.jsonl"
DECISION = "D21"
NOTE = "- Relabelled by D21 (tests/fixtures/agreement/DECISIONS.md, A37), {n} rows, session 49."

_VERB = (
    r"(?:nhất\s*trí\s*)?(?:ban\s*hành|phê\s*duyệt|thông\s*qua)"
    r"(?:\s*kèm\s*theo\s*(?:quyết\s*định|nghị\s*quyết)\s*này)?\s*[“\"'‘]?\s*"
)
#: "Điều 1. Ban hành kèm theo Quyết định này " / "Điều 1. Phê duyệt “" before the row, alone on its line
_ARTICLE = re.compile(r"\s*điều\s*[12]\s*[.:]?\s*" + _VERB, re.I)
#: "Điều 1." alone on the line before "Ban hành kèm theo Quyết định này "
_ARTICLE_ALONE = re.compile(r"\s*điều\s*[12]\s*[.:]?\s*", re.I)
#: "VỀ VIỆC BAN HÀNH " / "V/V BAN HÀNH " / "PHÊDUYỆT " / "QUYẾT ĐỊNH BAN HÀNH " before the row, alone on its line
_HEADING = re.compile(r"\s*(?:(?:QUYẾT\s*ĐỊNH|NGHỊ\s*QUYẾT)\s*)?(?:về\s*(?:việc\s*)?|v/v\s*)?" + _VERB, re.I)
#: the line before a heading: "QUYẾT ĐỊNH", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ VĂN HÓA - THÔNG TIN", "QUYẾT ĐỊNH 645/QĐ-TTg"
_OWN_TITLE = re.compile(r"\s*(?:QUYẾT\s*ĐỊNH|NGHỊ\s*QUYẾT)\b")
#: the letterhead's place and date ending its line: "Hà Nội, ngày 22 tháng 02 năm 2012 |"
_LETTERHEAD_DATE = re.compile(r".*ngày\s*\d{1,2}\s*tháng\s*\d{1,2}\s*năm\s*\d{4}\s*\|?\s*", re.I)
#: an annex heading's parenthesis: "(Ban hành kèm theo Quyết định số 179/QĐ-UBND …)", "(Kèm theo Quyết định số …)"
_ANNEX = re.compile(r"\s*[(\[]\s*(?:ban\s*hành\s*|phê\s*duyệt\s*)?kèm\s*theo\s*(?:quyết\s*định|nghị\s*quyết)", re.I)

#: the same two places on a page flattened into one line: "…, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành ",
#: "… QUYẾT ĐỊNH Điều 1. Ban hành kèm theo quyết định này "
_FLAT = re.compile(
    r".*(?:năm\s*\d{4}\s*(?:QUYẾT\s*ĐỊNH|NGHỊ\s*QUYẾT)\s*(?i:về\s*việc\s*|v/v\s*)?"
    r"|(?:QUYẾT\s*ĐỊNH|QUYẾT\s*NGHỊ)\s*:?\s*(?i:điều)\s*[12]\s*[.:]?\s*)(?i:" + _VERB + ")"
)
#: after the page's own decision, labelled ``self``, in the page's title: "Quyết định 186/QĐ-UBND năm 2018 phê duyệt ",
#: "Quyết định số 5556/2021/QĐ-BYT ban hành phê duyệt ", "Quyết định số 1040/2019/QĐ-UBND phê duyệt đề án "
_AFTER_OWN = re.compile(
    r"\s*(?:về\s*việc\s*|v/v\s*)?(?:ban\s*hành\s*)?" + _VERB + r"(?:(?:đề\s*án|kế\s*hoạch|chương\s*trình)\s+)?"
)
#: a code inside a span ("CHỈ THỊ SỐ 36-CT/TU"): a numbered document in an annex heading is what the annex carries out
_CODE = re.compile(r"\bSỐ\s*:?\s*\d|\d+\s*[/-]\s*[A-ZĐ]")


def _line_before(text: str, line_start: int) -> str:
    """The nearest non-blank line before the one starting at ``line_start`` ("" at the top)."""
    end = line_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return text[start:end]
        end = start - 1
    return ""


def _annex_follows(text: str, end: int) -> bool:
    """Only upper-case title lines between the row's end and "(Ban hành kèm theo Quyết định …": an annex heading."""
    rest = text[end : end + 400].split("\n")
    for line in rest[1:]:
        if _ANNEX.match(line):
            return True
        if line.strip() and line != line.upper():
            return False
    return False


def form(text: str, start: int, end: int, own: tuple[int, ...] = ()) -> str | None:
    """Which place of the page's own decision the span ``text[start:end]`` follows the verb of, or None.

    >>> t = "QUYẾT ĐỊNH:\\nĐiều 1. Phê duyệt Kế hoạch của Hội Khuyến học tỉnh"
    >>> form(t, t.index("Kế hoạch"), len(t))
    'article'
    >>> t = "Căn cứ Quyết định số 1567/2009/QĐ-UBND ngày 01/6/2009 về việc\\nban hành Quy chế hoạt động"
    >>> form(t, t.index("Quy chế"), len(t)) is None
    True

    ``own`` are the ends of the rows naming the page's own decision (``self``): what follows their verb is its own too.
    """
    if any(e <= start and _AFTER_OWN.fullmatch(text[e:start]) for e in own):
        return "title"
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    previous = _line_before(text, line_start)
    if _ARTICLE.fullmatch(before):
        return "article"
    if _FLAT.fullmatch(before):
        return "flat"
    if before.strip() and _HEADING.fullmatch(before):
        if _ARTICLE_ALONE.fullmatch(previous):
            return "article"
        if _OWN_TITLE.match(previous) or _OWN_TITLE.match(before):
            return "heading"
        if before == before.upper() and _LETTERHEAD_DATE.fullmatch(previous):
            return "heading"
        return None
    surface = text[start:end]
    if not before.strip() and surface == surface.upper() and not _CODE.search(surface) and _annex_follows(text, end):
        return "annex"
    return None


def _selected(split: str | None, which: str) -> bool:
    """The owners' corpus-real has no split: all of it is dev."""
    return (split or "dev").startswith(which)


def scan_folder(folder: Path, which: str) -> tuple[list[str], list[dict]]:
    """The gold lines kept and the rows removed (each with its form, batch and split) of one batch's ``which`` pages."""
    manifest = {m["file"]: m for m in map(json.loads, jsonl_lines(folder / "manifest.jsonl"))}
    texts: dict[str, str] = {}
    kept, removed = [], []
    own: dict[str, tuple[int, ...]] = {}
    for row in map(json.loads, jsonl_lines(folder / "gold_refs.jsonl")):
        if row["relation"] == "self" and row["doc_type"] in ("Quyết định", "Nghị quyết"):
            own[row["file"]] = (*own.get(row["file"], ()), row["end"])
    for line in jsonl_lines(folder / "gold_refs.jsonl"):
        row = json.loads(line)
        split = manifest[row["file"]].get("split")
        if not _selected(split, which) or row["relation"] != "cites":
            kept.append(line)
            continue
        if row["file"] not in texts:
            texts[row["file"]] = (folder / row["file"]).read_text(encoding="utf-8")
        place = form(texts[row["file"]], row["start"], row["end"], own.get(row["file"], ()))
        if place is None:
            kept.append(line)
            continue
        keys = ("file", "start", "end", "surface", "relation")
        removed.append({"batch": folder.name, "split": split or "dev", "form": place} | {k: row[k] for k in keys})
    return kept, removed


def write_folder(folder: Path, kept: list[str], removed: list[dict]) -> int:
    """Write the batch's gold without the removed rows, the manifest's counts, the edges, NOTES.md and the log."""
    (folder / "gold_refs.jsonl").write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    per_file: dict[str, int] = {}
    for row in removed:
        per_file[row["file"]] = per_file.get(row["file"], 0) + 1
    lines = jsonl_lines(folder / "manifest.jsonl")
    out = [count_line(line, per_file.get(json.loads(line)["file"], 0)) for line in lines]
    (folder / "manifest.jsonl").write_text("".join(line + "\n" for line in out), encoding="utf-8")
    edges = drop_edges(folder, removed)
    _note(folder / "NOTES.md", len(removed))
    with LOG.open("a", encoding="utf-8") as log:
        for row in removed:
            log.write(json.dumps(row, ensure_ascii=False) + "\n")
    return edges


def _note(path: Path, n: int) -> None:
    """One line in the batch's NOTES.md: added, or its count raised when the other half's run comes second."""
    notes = path.read_text(encoding="utf-8")
    head = NOTE.partition("{n}")[0]
    if head in notes:
        done = int(notes.partition(head)[2].partition(" ")[0])
        notes = notes.replace(NOTE.format(n=done), NOTE.format(n=done + n))
    else:
        notes = notes.rstrip("\n") + "\n\n" + NOTE.format(n=n) + "\n"
    path.write_text(notes, encoding="utf-8")


def _show(folder: Path, removed: list[dict]) -> None:
    """Dev only: every row removed, then every ``cites`` row after the verbs of the form that stays."""
    for row in removed:
        print(f"REMOVE {row['batch']} {row['file']} {row['start']} {row['form']}: {row['surface'][:90]!r}")
    verb = re.compile(r"(?:ban\s*hành|phê\s*duyệt|thông\s*qua)(?:\s*kèm\s*theo\s*\S+\s*\S+\s*này)?[\s“\"]*$", re.I)
    gone = {(r["file"], r["start"]) for r in removed}
    manifest = {m["file"]: m for m in map(json.loads, jsonl_lines(folder / "manifest.jsonl"))}
    for row in map(json.loads, jsonl_lines(folder / "gold_refs.jsonl")):
        if not _selected(manifest[row["file"]].get("split"), "dev") or (row["file"], row["start"]) in gone:
            continue
        text = (folder / row["file"]).read_text(encoding="utf-8")
        line_start = text.rfind("\n", 0, row["start"]) + 1
        before = text[line_start : row["start"]]
        if verb.search(before) and re.match(r"\s*(điều\s*[12]\b|quyết\s*định|nghị\s*quyết|về|v/v|ban|phê)", before, re.I):
            print(
                f"KEEP   {folder.name} {row['file']} {row['start']} {row['relation']}: {before[-60:]!r} [{row['surface'][:60]!r}]"
            )


def main(argv: list[str]) -> None:
    which = argv[0]
    if which not in ("dev", "heldout"):
        raise SystemExit("usage: relabel_a37.py dev|heldout [--show] [--write]")
    if "--show" in argv and which != "dev":
        raise SystemExit("--show prints rows: dev pages only")
    counts: dict[str, int] = {}
    edges = 0
    for folder in sorted(FIXTURES.glob("corpus-real*"), key=batch_number):
        if not (folder / "manifest.jsonl").exists():
            continue
        kept, removed = scan_folder(folder, which)
        for row in removed:
            counts[row["split"]] = counts.get(row["split"], 0) + 1
        if "--show" in argv:
            _show(folder, removed)
        if removed and "--write" in argv:
            edges += write_folder(folder, kept, removed)
    for split, n in sorted(counts.items(), key=lambda kv: (len(kv[0]), kv[0])):
        print(f"{split}\t{n}")
    print(f"total\t{sum(counts.values())}\tedges dropped\t{edges}")


if __name__ == "__main__":
    main(sys.argv[1:])
