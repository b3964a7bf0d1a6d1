"""The registry of central documents: rebuilt from its evidence, covering the real data, extendable."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys

import pytest

import vanban
from paths import ROOT
from vanban.facts import Lexicon
from vanban.facts.tables import load_known_documents, load_not_found
from vanban.grammar import parse_code

LEX = Lexicon.default()
DATA = ROOT / "src" / "vanban" / "facts" / "data"
FIXTURES = ROOT / "tests" / "fixtures"
_KHOA = re.compile(r"kh[oó]a\s+([IVX]+)\b", re.IGNORECASE)


def test_the_registry_is_large_and_every_row_has_a_source():
    rows = load_known_documents()
    party = [k for k in rows if parse_code(k.code) and parse_code(k.code).system == "party"]
    recent = [k for k in party if k.term in ("XI", "XII", "XIII", "XIV")]
    assert len(rows) >= 570 and len(recent) >= 420
    assert all(k.sources for k in rows)
    assert {k.status for k in rows} == {"verified", "partial"}
    assert sum(k.verified for k in rows) >= 240
    # a code is not an identity: 45-CT/TW is five documents, told apart by their dates
    assert [k.date.year for k in LEX.known("45-CT/TW")] == [1998, 2010, 2015, 2020, 2025]
    # a row whose sources disagree says so, naming them
    (k,) = LEX.documents("124-QĐ/TW", year=2023)
    assert not k.firm and "thuvienphapluat" in k.conflicts


def test_has_documents_tells_what_documents_does():
    """The registry checks ask has_documents before building rows: it must agree with documents() on every code,
    the "QĐi" spelling of a Quy định (08-QĐi/TW is also cited 08-QĐ/TW) and codes in no row."""
    codes = {k.code for k in load_known_documents()}
    codes |= {c.replace("-QĐ/", "-QĐi/") for c in codes} | {"08-QĐi/TW", "999-KH/TU", "77/2015/QH13", "1/2099/QH99"}
    assert LEX.has_documents("08-QĐi/TW") and not LEX.has_documents("999-KH/TU")
    assert [c for c in sorted(codes) if LEX.has_documents(c) != bool(LEX.documents(c))] == []


def test_every_term_agrees_with_terms_csv():
    for k in load_known_documents():
        if k.date and "/QH" not in k.code and not k.code.startswith(("Hiến pháp", "LAW:")):
            assert LEX.term_for_date(k.date) == k.term, k


def test_the_csv_is_what_the_rows_give(tmp_path):
    """build_registry.py --check validates the curated rows; their CSV is the bundled one."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "registry" / "build_registry.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert "errors: 0" in out.stdout
    sys.path.insert(0, str(ROOT / "scripts" / "registry"))
    try:
        import build_registry
        import common
    finally:
        sys.path.pop(0)
    rows = [{k: common.nfc(v) for k, v in r.items()} for r in common.read_jsonl(common.ROWS)]
    rows.sort(key=lambda r: (r.get("date") or "9999-99-99", r["code"]))
    build_registry.REGISTRY = tmp_path / "known_documents.csv"
    build_registry.write(rows)
    assert build_registry.REGISTRY.read_bytes() == (DATA / "known_documents.csv").read_bytes()


def _period(g: dict) -> dict:
    """The period a gold mention gives its document: date, year, or the khóa of its issuer (a date the
    labeller marked wrong, "27/4/2027" for 2007, gives none)."""
    d = g.get("date") or ""
    if "date" in (g.get("error") or ""):
        d = ""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", d):
        return {"date": dt.date.fromisoformat(d)}
    if re.fullmatch(r"\d{4}", d):
        return {"year": int(d)}
    m = _KHOA.search(g.get("issuer") or "")
    return {"term": m.group(1).upper()} if m else {}


def _central(code: str) -> bool:
    """A code of a central Party organ (TW, VPTW, BTCTW, QUTW, BCT, BBT …) or a law; not of a national
    mass organisation (HNDTW, TWĐTN: the registry is of the Party's central organs and of laws), nor
    ĐUK (a Đảng ủy Khối is central or provincial)."""
    if re.search(r"/\d{4}/QH\d+$", code):
        return True
    cp = parse_code(code)
    return (
        bool(cp)
        and LEX.system_of_code(cp.issuer_code) == "party"
        and (cp.issuer_code.endswith("TW") or cp.issuer_code in ("BCT", "BBT"))
    )


def test_every_central_document_cited_in_the_real_data_is_known_or_listed_as_not_found():
    """Each document, not each code: "Chỉ thị số 25-CT/TW, ngày 20/5/2013" needs the row of 2013."""
    missing = []
    not_found = load_not_found()
    for folder in ("corpus-real", "corpus-real-2", "corpus-real-3"):
        for line in (FIXTURES / folder / "gold_refs.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            code = g.get("resolves_to") or g.get("code")
            if not code or not _central(code) or g.get("relation") == "self":
                continue
            period = _period(g)
            if LEX.documents(code, **period):
                continue
            listed = [n for n in not_found if n.code == code]
            if any(not n.period or not period or _same_period(n.period, period) for n in listed):
                continue
            missing.append((folder, g["file"], code, period))
    assert not missing, missing


def _same_period(listed: str, period: dict) -> bool:
    if listed.isdigit():
        d = period.get("date")
        return period.get("year") == int(listed) or (d is not None and d.year == int(listed))
    term = period.get("term") or (LEX.term_for_date(period["date"]) if period.get("date") else None)
    return term == listed


def test_not_found_says_what_was_tried():
    rows = load_not_found()
    assert len(rows) >= 30
    assert all(n.reason for n in rows)
    (kl32,) = [n for n in rows if n.code == "32-KL/TW"]
    assert kl32.period == "2018" and kl32.searches == ("0310",)


def test_a_registry_of_your_own_with_the_new_columns(tmp_path):
    p = tmp_path / "mine.csv"
    p.write_text(
        "code,doc_type,number,date,issuer,term,subject,relation_to,source,status,conflicts\n"
        "998-KL/TW,Kết luận,998,2024-01-02,Ban Bí thư,XIII,Thử nghiệm,,https://a.vn/x https://b.vn/y,verified,\n"
        '35-CT/TW,Chỉ thị,35,2024-06-14,Bộ Chính trị,XIII,Đại hội,,https://c.vn/z,partial,"date: disputed"\n',
        encoding="utf-8",
    )
    lex = Lexicon.default().with_registry(p)
    (k,) = lex.known("998-KL/TW")
    assert k.sources == ("https://a.vn/x", "https://b.vn/y") and k.firm
    # a row of your own replaces the bundled row of the same code and term, the other terms stay
    assert [(x.term, x.status) for x in lex.documents("35-CT/TW")] == [
        ("XI", "verified"),
        ("XII", "verified"),
        ("XIII", "partial"),
    ]
    (mine,) = lex.documents("35-CT/TW", year=2024)
    assert mine.conflicts == "date: disputed" and not mine.firm
    # the additions survive the trip to worker processes and the spaCy component
    back = Lexicon.from_json(lex.additions_json())
    assert back.documents("35-CT/TW", year=2024)[0].conflicts == "date: disputed"


def test_a_registry_with_only_codes_and_an_old_style_status(tmp_path):
    p = tmp_path / "few.csv"
    p.write_text("code,date,issuer,status\n997-CT/TW,2022-05-06,Ban Bí thư,partial: issuer unverified\n", encoding="utf-8")
    (k,) = Lexicon.default().with_registry(p).known("997-CT/TW")
    assert k.term == "" and not k.verified and k.status.startswith("partial")


@pytest.mark.parametrize(
    "content,match",
    [
        ("number,date\n12,2020-01-01\n", "no 'code' column"),
        ("code,date\n,2020-01-01\n", "line 2: a row without code"),
        ("code,date\n12-KL/TW,01/02/2020\n", "line 2: date '01/02/2020' is not yyyy-mm-dd"),
    ],
)
def test_a_bad_registry_file_says_what_is_wrong(tmp_path, content, match):
    p = tmp_path / "bad.csv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(vanban.RegistryError, match=re.escape(match)):
        Lexicon.default().with_registry(p)
    with pytest.raises(vanban.RegistryError, match="cannot read"):
        Lexicon.default().with_registry(tmp_path / "absent.csv")
