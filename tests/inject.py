"""Inject citation errors into correct documents, recording what and where, to
measure the checks class by class (tests/test_checks.py prints the table).

Each injector takes a document text and a random generator and returns
``(new_text, (start, end))`` — the span of the injected error in ``new_text`` —
or None when the document offers no place for that error.
"""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Callable, Optional

import vanban
from vanban.facts import Lexicon

LEX = Lexicon.default()

ROOT = Path(__file__).resolve().parent.parent

Injected = Optional[tuple[str, tuple[int, int]]]

_OTHER_TYPE = {
    "KL": "NQ",
    "NQ": "KL",
    "CT": "KL",
    "KH": "NQ",
    "HD": "KH",
    "TB": "CT",
    "CTr": "QĐ",
    "QĐ": "KH",
    "BC": "KH",
    "CV": "KH",
    "QĐi": "CT",
}


def _refs(text: str):
    return vanban.find_references(text)


def _pick(rng: random.Random, items):
    items = list(items)
    return rng.choice(items) if items else None


def _replace(text: str, a: int, b: int, new: str) -> str:
    return text[:a] + new + text[b:]


_PARTY_CODE = re.compile(r"(?P<num>[0-9]+)-(?P<typ>[A-Za-zĐ]+)/(?P<iss>[A-ZĐ]+)")


def _rewrite_party_code(text: str, rng: random.Random, make, keep=lambda typ: True) -> Injected:
    """A party code written plainly ("93-KL/TW") rewritten as ``make(num, typ, iss)``."""
    cands = []
    for r in _refs(text):
        m = r.kind == "code" and r.code_span and _PARTY_CODE.fullmatch(text[r.code_span[0] : r.code_span[1]])
        if m and keep(m["typ"]):
            cands.append((r, m))
    picked = _pick(rng, cands)
    if picked is None:
        return None
    (a, b), m = picked[0].code_span, picked[1]
    new = make(m["num"], m["typ"], m["iss"])
    return _replace(text, a, b, new), (a, a + len(new))


def type_code(text: str, rng: random.Random) -> Injected:
    return _rewrite_party_code(
        text, rng, lambda num, typ, iss: f"{num}-{_OTHER_TYPE[typ]}/{iss}", keep=lambda typ: typ in _OTHER_TYPE
    )


def issuer_code(text: str, rng: random.Random) -> Injected:
    cands = [
        r
        for r in _refs(text)
        if r.kind == "code"
        and r.code_span
        and r.issuer
        and "notes"
        and not r.notes
        and re.fullmatch(r"[0-9]+-[A-Za-zĐ]+/(TU|TW|HU)", text[r.code_span[0] : r.code_span[1]])
    ]
    r = _pick(rng, cands)
    if r is None:
        return None
    a, b = r.code_span
    written = text[a:b]
    iss = written.rsplit("/", 1)[1]
    new = written[: -len(iss)] + {"TU": "TW", "TW": "TU", "HU": "TW"}[iss]
    return _replace(text, a, b, new), (a, a + len(new))


def date_term(text: str, rng: random.Random) -> Injected:
    cands = [r for r in _refs(text) if r.date and r.level == "central" and r.issuer and r.term is None and r.issuer_span]
    r = _pick(rng, cands)
    if r is None:
        return None
    wrong = {"X": "XI", "XI": "XII", "XII": "XIII", "XIII": "XII"}.get(LEX.term_for_date(r.date) or "", "IX")
    ins = f" (khóa {wrong})"
    at = r.issuer_span[1]
    return _replace(text, at, at, ins), (at + 1, at + len(ins))


def impossible_date(text: str, rng: random.Random) -> Injected:
    cands = [
        r
        for r in _refs(text)
        if r.date_span and re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text[r.date_span[0] : r.date_span[1]])
    ]
    r = _pick(rng, cands)
    if r is None:
        return None
    a, b = r.date_span
    year = text[a:b].rsplit("/", 1)[1]
    new = f"31/02/{year}"
    return _replace(text, a, b, new), (a, a + len(new))


def chronology(text: str, rng: random.Random) -> Injected:
    doc = vanban.parse(text)
    if doc.header.date is None or "date" in doc.header.inferred:
        return None
    cands = [
        r
        for r in doc.references
        if r.date_span
        and r.relation != "self"
        and re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text[r.date_span[0] : r.date_span[1]])
    ]
    r = _pick(rng, cands)
    if r is None:
        return None
    a, b = r.date_span
    d, m, _y = text[a:b].split("/")
    new = f"{d}/{m}/{doc.header.date.year + 1}"
    return _replace(text, a, b, new), (a, a + len(new))


def date_conflict(text: str, rng: random.Random) -> Injected:
    refs = [r for r in _refs(text) if r.kind == "code" and r.date_span and r.relation != "self"]
    by_code: dict[str, list] = {}
    for r in refs:
        if re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text[r.date_span[0] : r.date_span[1]]):
            by_code.setdefault(r.code, []).append(r)
    groups = [g for g in by_code.values() if len(g) >= 3]  # a majority tells which date is wrong
    g = _pick(rng, groups)
    if g is None:
        return None
    r = rng.choice(g)
    a, b = r.date_span
    d, m, y = text[a:b].split("/")
    new = f"{d}/{m}/{int(y) - 1}"
    return _replace(text, a, b, new), (a, a + len(new))


_ORGANS = ("Bộ Chính trị", "Ban Bí thư")


def _known_refs(text: str, strong: bool = True):
    """(document, reference, registry row) for the citations the registry knows by their own period."""
    from vanban.checks.base import registry_row

    doc = vanban.parse(text)
    out = []
    for r in doc.references:
        if r.kind == "code" and r.relation != "self" and not r.notes:
            m = registry_row(r, doc, LEX)
            if m is not None and (m.strong or not strong):
                out.append((doc, r, m.row))
    return out


def registry_issuer(text: str, rng: random.Random) -> Injected:
    """A known document given another organ ("Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Ban Bí thư") or the
    Central Committee for its organ's document (a warning)."""
    cands = [(r, k) for _d, r, k in _known_refs(text) if r.issuer in _ORGANS and k.issuer in _ORGANS and r.issuer_span]
    picked = _pick(rng, cands)
    if picked is None:
        return None
    r, k = picked
    a, b = r.issuer_span
    other = next(o for o in _ORGANS if o != k.issuer)
    new = rng.choice([other, "Ban Chấp hành Trung ương Đảng"])
    return _replace(text, a, b, new), (a, a + len(new))


def _known_bullet(text: str, rng: random.Random, keep, write) -> Injected:
    """A new bullet citing a known document (one the citing document's date allows), written by ``write(k)``
    as (lead, citation, span of the error within the citation)."""
    own = vanban.parse(text).header.date
    rows = [k for k in LEX.registry if k.date and (own is None or k.date <= own) and keep(k)]
    k = _pick(rng, rows)
    if k is None:
        return None
    lead, ref, (x, y) = write(k)
    got = _bullet(text, rng, lead, ref, ".")
    if got is None:
        return None
    new, (a, _b) = got
    return new, (a + x, a + y)


def _d(d) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def registry_type(text: str, rng: random.Random) -> Injected:
    """ "Quyết định số 144-QĐ/TW ngày 09/05/2024 của Bộ Chính trị" for the Quy định (QĐ serves both)."""
    other = {"Quy định": "Quyết định", "Quyết định": "Quy định"}

    def write(k):
        wrong = other[k.doc_type]
        return "Quán triệt ", f"{wrong} số {k.code} ngày {_d(k.date)} của {k.issuer}", (0, len(wrong))

    return _known_bullet(text, rng, lambda k: k.doc_type in other and "-QĐ/" in k.code and k.issuer in _ORGANS, write)


def registry_date(text: str, rng: random.Random) -> Injected:
    """A known document's date with a slip in the same year: "26/7/2024" for 27/6/2024, a day or a month off."""
    cands = [
        (r, k)
        for _d, r, k in _known_refs(text)
        if r.date
        and r.date == k.date
        and r.date_span
        and re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", text[r.date_span[0] : r.date_span[1]])
    ]
    picked = _pick(rng, cands)
    if picked is None:
        return None
    r, k = picked
    d = k.date
    slips = [(d.month, d.day), (d.day + 1, d.month), (d.day - 1, d.month), (d.day, d.month % 12 + 1), (d.month + 1, d.day)]
    valid = [(x, y) for x, y in slips if (x, y) != (d.day, d.month) and _is_date(d.year, y, x)]
    x, y = rng.choice(valid)
    a, b = r.date_span
    new = f"{x}/{y}/{d.year}"
    return _replace(text, a, b, new), (a, a + len(new))


def _is_date(y: int, m: int, d: int) -> bool:
    import datetime as dt

    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def registry_term(text: str, rng: random.Random) -> Injected:
    """A known document cited with a term in which its code is not known: "… của Bộ Chính trị khóa XII"."""
    terms = ["X", "XI", "XII", "XIII"]

    def keep(k):
        return k.issuer in _ORGANS and k.term in terms and len(LEX.known(k.code)) == 1

    def write(k):
        wrong = terms[terms.index(k.term) - 1] if k.term != "X" else "XI"
        cited = f"{k.doc_type} số {k.code} của {k.issuer} khóa {wrong}"
        return "Tiếp tục thực hiện ", cited, (len(cited) - len(f"khóa {wrong}"), len(cited))

    return _known_bullet(text, rng, keep, write)


def doubled_word(text: str, rng: random.Random) -> Injected:
    """The type word (and "số") written twice: "Kết luận số Kết luận số 93-KL/TW"."""
    cands = []
    for r in _refs(text):
        m = re.match(r"(?:[A-ZĐ][^\s]*\s+[^\s]+\s+số)\s", text[r.start : r.end])
        if r.kind == "code" and m:
            cands.append((r, m.group(0)))
    picked = _pick(rng, cands)
    if picked is None:
        return None
    r, copy = picked
    return _replace(text, r.start, r.start, copy), (r.start, r.start + 2 * len(copy) - 1)


def code_variant(text: str, rng: random.Random) -> Injected:
    """One of several citations of a code written with other letters: "221-HĐ/ĐU" after "221-HD/ĐU"."""
    by_code: dict[str, list] = {}
    for r in _refs(text):
        if r.kind == "code" and r.code_span and _PARTY_CODE.fullmatch(text[r.code_span[0] : r.code_span[1]]):
            by_code.setdefault(r.code, []).append(r)
    g = _pick(rng, [g for g in by_code.values() if len(g) >= 2])
    if g is None:
        return None
    r = rng.choice(g)
    a, b = r.code_span
    m = _PARTY_CODE.fullmatch(text[a:b])
    typ = m["typ"]
    variant = typ.replace("D", "Đ") if "D" in typ else typ.replace("Đ", "D") if "Đ" in typ else typ.lower()
    new = f"{m['num']}-{variant}/{m['iss']}"
    return _replace(text, a, b, new), (a, a + len(new))


def malformed(text: str, rng: random.Random) -> Injected:
    return _rewrite_party_code(
        text, rng, lambda num, typ, iss: rng.choice([f"{num} - {typ}/{iss}", f"{num}/{typ}-{iss}", f"{num}-{typ}-{iss}"])
    )


def _bullet(text: str, rng: random.Random, lead: str, ref: str, tail: str) -> Injected:
    """A new "- {lead}{ref}{tail}" line after a paragraph end; the span is ``ref``'s."""
    paras = [m.end() for m in re.finditer(r"[.;:]\n", text)]
    at = _pick(rng, paras[1:-1] or paras)
    if at is None:
        return None
    s = at + len("- " + lead)
    return _replace(text, at, at, f"- {lead}{ref}{tail}\n"), (s, s + len(ref))


def unresolved(text: str, rng: random.Random) -> Injected:
    n = rng.choice([7, 14, 77, 203])
    return _bullet(text, rng, "Quán triệt ", f"Chỉ thị số {n} của Bộ Chính trị", " đến cán bộ, đảng viên.")


def duplicated_issuer(text: str, rng: random.Random) -> Injected:
    cands = [
        r
        for r in _refs(text)
        if r.kind == "code" and r.issuer and r.issuer_span and r.date_span and r.date_span[1] < r.issuer_span[0] and not r.notes
    ]
    r = _pick(rng, cands)
    if r is None:
        return None
    a, b = r.issuer_span
    ins = f" của {text[a:b]}"
    return _replace(text, b, b, ins), (r.start, b + len(ins))


def header_missing(text: str, rng: random.Random) -> Injected:
    m = re.search(r"(?m)^Số:? [0-9]+[-/][^\n]+\n", text[:600])
    if not m:
        return None
    return _replace(text, m.start(), m.end(), ""), (0, 0)


def header_code_type(text: str, rng: random.Random) -> Injected:
    m = re.search(r"(?m)^Số:? ([0-9]+)-(KH|BC|HD)/", text[:600])
    if not m:
        return None
    a, b = m.span(2)
    return _replace(text, a, b, "NQ"), (a, a + 2)


_OTHER_NAME = {
    "Ban Thường vụ Tỉnh ủy": "Tỉnh ủy",
    "Ban Bí thư": "Ban Bí thư Trung ương Đảng",
    "Ban Chấp hành Trung ương Đảng": "Trung ương",
    "Ban Thường vụ Huyện ủy": "Huyện ủy",
}


def issuer_naming(text: str, rng: random.Random) -> Injected:
    refs = [r for r in _refs(text) if r.kind == "code" and r.issuer in _OTHER_NAME and r.issuer_span and not r.notes]
    by_code: dict[tuple, list] = {}
    for r in refs:
        by_code.setdefault((r.code, r.issuer), []).append(r)
    g = _pick(rng, [g for g in by_code.values() if len(g) >= 3])
    if g is None:
        return None
    r = rng.choice(g)
    a, b = r.issuer_span
    new = _OTHER_NAME[r.issuer]
    return _replace(text, a, b, new), (a, a + len(new))


def authority(text: str, rng: random.Random) -> Injected:
    return _bullet(text, rng, "Tiếp tục thực hiện ", "Chỉ thị số 05-CT/TU, ngày 10/5/2021 của Ban Chấp hành Đảng bộ tỉnh", ".")


INJECTORS: dict[str, tuple[Callable, str]] = {
    "type-code-mismatch": (type_code, "type-code-mismatch"),
    "issuer-code-mismatch": (issuer_code, "issuer-code-mismatch"),
    "date-term-mismatch": (date_term, "date-term-mismatch"),
    "impossible-date": (impossible_date, "impossible-date"),
    "chronology": (chronology, "chronology"),
    "date-conflict": (date_conflict, "date-conflict"),
    "registry-issuer": (registry_issuer, "registry-issuer"),
    "registry-type": (registry_type, "registry-type"),
    "registry-date": (registry_date, "registry-date"),
    "registry-term": (registry_term, "registry-term"),
    "doubled-word": (doubled_word, "doubled-word"),
    "code-variant": (code_variant, "code-variant"),
    "malformed-code": (malformed, "malformed-code"),
    "unresolved-short-form": (unresolved, "unresolved-short-form"),
    "duplicated-issuer": (duplicated_issuer, "duplicated-issuer"),
    "header-missing": (header_missing, "header-missing"),
    "header-code-type": (header_code_type, "header-code-type"),
    "issuer-naming": (issuer_naming, "issuer-naming"),
    "authority": (authority, "authority"),
}


def base_documents() -> list[tuple[str, str]]:
    """Correct documents, as (name, text): the corpus documents with no error on
    purpose (corpus/manifest.jsonl) and the real excerpts with no labelled error."""
    import json

    clean = set()
    for line in (ROOT / "corpus" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            if not d.get("errors"):
                clean.add(d["file"])
    out = [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "corpus").glob("*.txt")) if p.name in clean]
    real = ROOT / "tests" / "fixtures" / "corpus-real"
    flawed = {
        json.loads(x)["file"]
        for x in (real / "gold_refs.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip() and json.loads(x).get("error")
    }
    out += [(p.name, p.read_text(encoding="utf-8")) for p in sorted(real.glob("*.txt")) if p.name not in flawed]
    return out


def evaluate(seed: int = 7, per_doc: int = 2, verbose: bool = False) -> dict[str, dict[str, float]]:
    """Per class: injected, found (TP), spurious (FP), precision, recall."""
    rng = random.Random(seed)
    out: dict[str, dict[str, float]] = {}
    docs = base_documents()
    for name, (inject, rule) in INJECTORS.items():
        tp = fp = n = 0
        for _fname, text in docs:
            before = {(f.rule, f.start, f.end) for f in vanban.check(vanban.parse(text)) if f.rule == rule}
            for _ in range(per_doc):
                got = inject(text, rng)
                if got is None:
                    break
                new, (a, b) = got
                n += 1
                delta = len(new) - len(text)
                base = {(r, s + (delta if s >= a else 0), e + (delta if e >= a else 0)) for r, s, e in before}
                findings = [f for f in vanban.check(vanban.parse(new)) if f.rule == rule]
                hit = [f for f in findings if (f.start < b and a < f.end) or (a == b == 0 and f.rule.startswith("header"))]
                tp += bool(hit)
                if verbose and not hit:
                    print(f"MISS {name} {_fname}: {new[max(0, a - 60) : b + 30]!r}")
                fp += len([f for f in findings if f not in hit and (f.rule, f.start, f.end) not in base])
        out[name] = {
            "injected": n,
            "found": tp,
            "spurious": fp,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / n if n else 0.0,
        }
    return out


def table(res: dict[str, dict[str, float]]) -> str:
    lines = [f"{'class':24s} {'injected':>8s} {'found':>6s} {'spurious':>8s} {'precision':>9s} {'recall':>7s}"]
    for k, v in res.items():
        lines.append(f"{k:24s} {v['injected']:8d} {v['found']:6d} {v['spurious']:8d} {v['precision']:9.3f} {v['recall']:7.3f}")
    tp = sum(v["found"] for v in res.values())
    fp = sum(v["spurious"] for v in res.values())
    n = sum(v["injected"] for v in res.values())
    lines.append(f"{'overall':24s} {n:8d} {tp:6d} {fp:8d} {tp / (tp + fp):9.3f} {tp / n:7.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    print(table(evaluate(verbose="-v" in sys.argv)))
