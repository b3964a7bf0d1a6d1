"""Write ``src/vanban/facts/data/known_documents.csv`` from the curated rows, and validate it.

    python scripts/registry/build_registry.py            # write, print the report, exit 1 on errors
    python scripts/registry/build_registry.py --check    # validate only

Input: ``data/registry/rows.jsonl.gz`` (``make_rows.py``). Output columns:
``code,doc_type,number,date,issuer,term,subject,relation_to,source,status,conflicts``, sorted by
date (undated rows last), then code. ``term`` is the Party khóa for Party documents (and the
Government's documents filed under the Party term of their date), the National Assembly khóa in
Roman numerals for laws (``77/2015/QH13`` -> ``XIII``), both as ``terms.csv`` writes them.

Errors (exit status 1): E1 the code's shape disagrees with the type (KL is Kết luận, QĐ Quy định or
Quyết định, …); E2 the term disagrees with the date (``terms.csv``) or with the law's QH suffix; E3 two
rows with the same code and date (undated: code and term); E4 a row without a source; E5 a bad date
or status. Warnings: undated rows, rows without issuer, one code twice in one term, QĐi outside
2018–2019. Standard library only.
"""

from __future__ import annotations

import collections
import csv
import datetime as dt
import re
import sys

from common import REGISTRY, ROWS, nfc, read_jsonl, roman, term_for

COLUMNS = ["code", "doc_type", "number", "date", "issuer", "term", "subject", "relation_to", "source", "status", "conflicts"]

PARTY_ORG = r"(?:TW|QUTW|BTCTW|BTGTW|BTGDVTW|UBKTTW|VPTW|BDVTW|BĐNTW|BKTTW|BNCTW|BCĐTW|BCĐ|ĐUCA|ĐUQSTW|ĐUK\w*)"
SHAPES = [
    (r"^\d+[A-Za-z]?-KL/" + PARTY_ORG + "$", {"Kết luận"}),
    (r"^\d+-CT/" + PARTY_ORG + "$", {"Chỉ thị"}),
    (r"^\d+-NQ/" + PARTY_ORG + "$", {"Nghị quyết"}),
    (r"^\d+-QĐi/TW$", {"Quy định"}),
    (r"^\d+-QĐ/" + PARTY_ORG + "$", {"Quy định", "Quyết định"}),
    (r"^\d+-QĐNS/TW$", {"Quyết định"}),
    (r"^\d+-HD/" + PARTY_ORG + "$", {"Hướng dẫn"}),
    (r"^\d+-TB/" + PARTY_ORG + "$", {"Thông báo"}),
    (r"^\d+-KH/" + PARTY_ORG + "$", {"Kế hoạch"}),
    (r"^\d+-ĐA/" + PARTY_ORG + "$", {"Đề án"}),
    (r"^\d+-CV/" + PARTY_ORG + "$", {"Công văn"}),
    (r"^\d+-BC/" + PARTY_ORG + "$", {"Báo cáo"}),
    (r"^\d+-QC/" + PARTY_ORG + "$", {"Quy chế"}),
    (r"^\d+/\d{4}/QH\d{2}$", {"Luật", "Bộ luật", "Nghị quyết"}),
    (r"^Hiến pháp \d{4}$", {"Hiến pháp"}),
    (r"^Cương lĩnh \d{4}$", {"Cương lĩnh"}),  # the Party's Platform, by the year a congress adopted it (no number)
    (r"^LAW:.+$", {"Luật", "Bộ luật"}),  # a law known by name and date only (no number seen)
    (r"^\d+/\d{4}/NĐ-CP$", {"Nghị định"}),
    (r"^\d+/QĐ-TTg$", {"Quyết định"}),
]
SHAPES = [(re.compile(p), types) for p, types in SHAPES]


def is_law(row):
    c = row["code"]
    return "/QH" in c or c.startswith("Hiến pháp") or c.startswith("LAW:")


def csv_term(row):
    """QH13 -> XIII (the National Assembly term as terms.csv writes it); Party terms unchanged."""
    t = row.get("term") or ""
    return roman(int(t[2:])) if t.startswith("QH") else t


def validate(rows):
    errors, warnings = [], []
    seen = collections.Counter((r["code"], r.get("date") or ("term", r.get("term"))) for r in rows)
    by_code_term = collections.defaultdict(list)
    for r in rows:
        code, date, term = r["code"], r.get("date"), r.get("term")

        def err(msg, r=r):
            errors.append(f"{r['code']} @ {r.get('date')}: {msg}")

        def warn(msg, r=r):
            warnings.append(f"{r['code']} @ {r.get('date')}: {msg}")

        shape = next((types for rx, types in SHAPES if rx.match(code)), None)
        if shape is None:
            err("unrecognised code shape")
        elif r.get("doc_type") not in shape:
            err(f"doc_type {r.get('doc_type')!r} does not match the code (expected one of {sorted(shape)})")
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                err(f"invalid date {date!r}")
                date = None
        if r.get("status") not in ("verified", "partial"):
            err(f"bad status {r.get('status')!r}")
        if r.get("status") == "verified" and not date:
            err("verified row without date")
        if is_law(r):
            m = re.search(r"/(QH\d{2})$", code)
            if m and term != m.group(1):
                err(f"term {term} != National Assembly term in code {m.group(1)}")
            if date and m and term_for(date, "assembly") not in (None, csv_term(r)):
                warn(f"date {date} falls in assembly term {term_for(date, 'assembly')}, the code says {m.group(1)}")
        else:
            if date and term != term_for(date):
                err(f"term {term} != {term_for(date)} (by date, terms.csv)")
            elif not date and term is None:
                warn("no date and no term (term unresolved)")
            if "-QĐi/" in code and date and not ("2018-01-01" <= date <= "2019-12-31"):
                warn("QĐi marker outside 2018-2019")
        if seen[(code, r.get("date") or ("term", term))] > 1:
            err("duplicate (code, date)" if r.get("date") else "duplicate (code, term) among undated rows")
        if not [s for s in (r.get("sources") or []) if s]:
            err("no source")
        if not date:
            warn("undated")
        if not r.get("issuer"):
            warn("issuer unknown")
        by_code_term[(code, term)].append(r)
    for (code, term), rs in by_code_term.items():
        if len(rs) > 1:
            dates = ", ".join(str(x.get("date")) for x in rs)
            warnings.append(f"{code} term {term}: {len(rs)} rows share code and term ({dates}) - check they are distinct")
    return list(dict.fromkeys(errors)), warnings


def write(rows):
    with open(REGISTRY, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in rows:
            cells = [
                r["code"],
                r.get("doc_type") or "",
                r.get("number") or "",
                r.get("date") or "",
                r.get("issuer") or "",
                csv_term(r),
                r.get("title") or "",
                r.get("relation_to") or "",
                " ".join(s for s in (r.get("sources") or []) if s),
                r.get("status") or "",
                r.get("conflicts") or "",
            ]
            w.writerow([nfc(x) for x in cells])


def main(argv):
    rows = [{k: nfc(v) for k, v in r.items()} for r in read_jsonl(ROWS)]
    errors, warnings = validate(rows)
    rows.sort(key=lambda r: (r.get("date") or "9999-99-99", r["code"]))
    if "--check" not in argv:
        write(rows)
    count = collections.Counter
    print(f"rows: {len(rows)}" + ("" if "--check" in argv else f"  -> {REGISTRY}"))
    print("by status :", dict(count(r["status"] for r in rows)))
    print("by type   :", dict(count(r["doc_type"] for r in rows).most_common()))
    print("by term   :", dict(count(str(r.get("term")) for r in rows).most_common()))
    print("with conflicts:", sum(1 for r in rows if r.get("conflicts")))
    quiet = ("undated", "issuer unknown")
    for w in warnings:
        if not w.endswith(quiet):
            print("  W", w)
    print(
        f"  (undated: {sum(w.endswith('undated') for w in warnings)}, issuer unknown: "
        f"{sum(w.endswith('issuer unknown') for w in warnings)})"
    )
    print(f"errors: {len(errors)}")
    for e in errors:
        print("  E", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
