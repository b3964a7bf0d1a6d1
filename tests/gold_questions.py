"""Issue 10's remaining issuer and relation errors sorted by what would settle them: the code or a labelling decision.

``tests/gold.py`` says how many matched mentions get the gold's issuer and relation; this says which kind of
disagreement the rest are, for the dev and the held-out splits alike, **as counts only** (a held-out split's sentences
are never printed: reading them is tuning on them). The sorting is mechanical, from the gold row, vanban's reference and
the page's text around the mention; the classes follow OPEN-QUESTIONS.md (tests/fixtures/agreement):

Issuers (gold issuer vs vanban's, after gold.py's ``issuer_equiv``):

- ``label-from-page``: the label gives an issuer the text near the mention does not write ("chương trình công tác
  năm 2020" labelled "Ủy ban nhân dân Thành phố", dev): the reader took it from elsewhere on the page (Q-subject);
- ``vanban-none-label-in-name`` / ``-after`` / ``-before``: vanban gives none, the label's issuer is written in the
  mention's own words ("Điều lệ Đoàn TNCS Hồ Chí Minh"), after it ("… ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà
  Giang": the code's miss) or before it (the clause's subject, "Chủ tịch Ủy ban nhân dân tỉnh … vừa ban hành các
  Quyết định số 2027, 2028": Q-subject, labelled both ways);
- ``label-none-by-code``: the label gives none and vanban names the body the code's organ part stands for, not written
  near the mention ("Nghị quyết số 1652-NQ/QUTW ngày 20/12/2022": "Quân ủy Trung ương", dev4): labelled both ways;
- ``label-none-congress`` (A4), ``label-none-central`` (A2), ``label-none-vanban-in-name`` / ``-after`` / ``-before``:
  the label gives none where vanban reads a congress in the name ("Nghị quyết Đại hội …"), "Trung ương" in the name
  ("Nghị quyết TW9"), or another body written in, after or before the mention (A1, Q-after-date, Q-signer …);
- ``cut-or-extended``: both give a body, one's words inside the other's ("Bộ trưởng Bộ Nông ngh" for "… Nông nghiệp và
  Phát triển nông thôn"; "Đại hội Đảng bộ xã lần thứ I" for "… xã Sao Vàng lần thứ I", the place from the page);
- ``different``: two different bodies.

Relations: ``gold→vanban`` with the cue in the 60 characters before the mention that OPEN-QUESTIONS names (Q-theo
"theo", A20 "trên cơ sở", A7 "gọi tắt"/"gọi là", A13/A22 look-backs "năm thực hiện", "Căn cứ", "thực hiện",
"triển khai", "quán triệt"), or "-" for none of them.

Run ``python tests/gold_questions.py`` (every split of gold.py's list, grouped as dev and held out), or name splits.
``--show CLASS`` prints the dev rows of one relation class ("--show 'cites→implements thực hiện'"): the split, the
page, vanban's cue and the text around the mention; held-out splits are never shown, whatever is asked.
Not a score: the shares tell which errors a rule can fix and which a labelling decision would.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import gold  # noqa: E402

#: the characters after a mention where its issuer is written ("… ngày 20/11/2020 của Ban Bí thư"), and before it
#: ("Bộ Chính trị ban hành Kết luận số 93-KL/TW")
AFTER, BEFORE = 220, 120

#: the cues OPEN-QUESTIONS.md names for relations labelled both ways, folded, the longest first
CUES = (
    ("tren co so", "A20 trên cơ sở"),
    ("goi tat", "A7 gọi tắt"),
    ("goi la", "A7 gọi là"),
    ("viet tat", "A7 viết tắt"),
    ("nam thuc hien", "A13/A22 look-back"),
    ("qua trinh thuc hien", "A13/A22 look-back"),
    ("can cu", "căn cứ"),
    ("quan triet", "quán triệt"),
    ("trien khai", "triển khai"),
    ("thuc hien", "thực hiện"),
    ("theo", "Q-theo theo"),
)

_WORD = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    from vanban.text import fold

    return _WORD.findall(fold(s))


def _written(issuer: str, window: str) -> bool:
    """Are the issuer's words (but a term's) all in ``window``, folded? ("Ban Bí thư" in "… của Ban Bí thư khóa XII")"""
    have = set(_words(window))
    return all(w in have for w in _words(gold._strip_term(issuer)))


def _where(issuer: str, g: dict, text: str) -> str | None:
    """Where the page writes ``issuer`` for the mention ``g``: in its own words ("Điều lệ Đoàn TNCS Hồ Chí Minh"),
    after it ("… ngày 07/2/2023 của Ủy ban nhân dân tỉnh Hà Giang"), before it (the clause's subject: "Chủ tịch Ủy ban
    nhân dân tỉnh Cao Văn Trọng vừa ban hành các Quyết định số 2027, 2028"), or nowhere near (None)."""
    if _written(issuer, g["surface"]):
        return "in-name"
    if _written(issuer, text[g["end"] : g["end"] + AFTER]):
        return "after"
    if _written(issuer, text[max(0, g["start"] - BEFORE) : g["start"]]):
        return "before"
    return None


def issuer_class(g: dict, r, text: str) -> str:
    """The kind of one issuer disagreement (see the module's docstring)."""
    from vanban.text import fold

    want, got = g["issuer"], r.issuer
    if got is None:
        where = _where(want, g, text)
        return f"vanban-none-label-{where}" if where else "label-from-page"
    if want is None:
        surface = " ".join(_words(g["surface"]))
        if "dai hoi" in surface and "dai hoi" in fold(got):
            return "label-none-congress"
        if re.search(r"\b(?:trung uong|tw|t u)\b", surface) and gold.issuer_equiv(got, "Trung ương"):
            return "label-none-central"
        where = _where(got, g, text)
        return f"label-none-vanban-{where}" if where else "label-none-by-code"
    a, b = " ".join(_words(gold._strip_term(want))), " ".join(_words(gold._strip_term(got)))
    if a in b or b in a or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()):
        return "cut-or-extended"
    return "different"


def relation_class(g: dict, r, text: str) -> str:
    """``gold→vanban`` and the both-ways cue before the mention, if any ("cites→implements Q-theo theo")."""
    before = " ".join(_words(text[max(0, g["start"] - 60) : g["start"]]))
    cue = next((name for folded, name in CUES if re.search(rf"\b{folded}\b", before)), "-")
    return f"{g['relation']}→{r.relation} {cue}"


def show_row(split: str, name: str, g: dict, r, text: str) -> str:
    """One dev row of a relation class: where, vanban's cue, and the text around the mention (the mention in [[ ]])."""
    a, b = g["start"], g["end"]
    around = f"{text[max(0, a - 220) : a]}[[{text[a:b]}]]{text[b : b + 60]}"
    return f"{split} {name} cue={r.trigger!r}\n    " + " ".join(around.split())


def tally(splits: list[str], show: str | None = None) -> tuple[Counter, Counter, int]:
    """Issuer classes, relation classes and the matched mentions over ``splits``; with ``show``, the rows of that
    relation class printed for the dev splits (never a held-out one)."""
    import vanban

    issuers: Counter = Counter()
    relations: Counter = Counter()
    matched = 0
    for split in splits:
        files = gold.split_files(split)
        golds = {d: gold.load_gold(d) for d in {d for d, _ in files}}
        for directory, name in files:
            text = (directory / name).read_text(encoding="utf-8")
            pairs = gold.match(golds[directory].get(name, []), vanban.find_references(text))[0]
            matched += len(pairs)
            for g, r in pairs:
                if not gold.issuer_equiv(r.issuer, g["issuer"]):
                    issuers[issuer_class(g, r, text)] += 1
                if not gold.relation_ok(g, r):
                    cls = relation_class(g, r, text)
                    relations[cls] += 1
                    if show == cls and not split.startswith("heldout"):
                        print(show_row(split, name, g, r, text))
    return issuers, relations, matched


def table(title: str, counts: Counter, matched: int, top: int) -> list[str]:
    wrong = sum(counts.values())
    lines = [f"{title}: {wrong} wrong of {matched} matched ({1 - wrong / matched:.4f} right)" if matched else title]
    for name, n in counts.most_common(top):
        lines.append(f"  {n:5d}  {n / wrong:6.1%}  {name}")
    return lines


def main(argv: list[str]) -> None:
    show = None
    if "--show" in argv:
        at = argv.index("--show")
        show, argv = argv[at + 1], argv[:at] + argv[at + 2 :]
        argv = [s for s in (argv or gold.SPLITS) if not s.startswith("heldout")]
    splits = argv or gold.SPLITS
    groups = {
        "dev": [s for s in splits if not s.startswith("heldout")],
        "held out": [s for s in splits if s.startswith("heldout")],
    }
    for group, names in groups.items():
        if not names:
            continue
        issuers, relations, matched = tally(names, show)
        print(f"== {group} ({len(names)} splits)")
        print("\n".join(table("issuers", issuers, matched, 20)))
        print("\n".join(table("relations", relations, matched, 25)))


if __name__ == "__main__":
    main(sys.argv[1:])
