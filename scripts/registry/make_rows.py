"""Consolidate the facts (and the project's earlier registry) into one curated row per document.

    python scripts/registry/make_rows.py

Reads ``data/registry/facts.jsonl.gz`` (one fact per verbatim quote), ``legacy_known_documents.csv``
and ``overrides.json``; writes ``data/registry/rows.jsonl.gz``. A document is (code, term): facts
are clustered by their code and the Party term of their date (or an explicit ``@YYYY`` / ``@XIII``
hint on an undated fact), so ``45-CT/TW`` of 2010 and of 2015 are two rows. Within a row the date is
the one most sources give, the issuer the one with the most weight (the organ's own voice counts
double, an aggregator's "Cơ quan ban hành" half, see ``weight``); every disagreement is written to
``conflicts`` naming each source. Standard library only.
"""

from __future__ import annotations

import collections
import csv
import re
from urllib.parse import urlparse

from common import FACTS, LEGACY, OVERRIDES, ROWS, nfc, read_jsonl, term_for, write_jsonl

OFFICIAL = (
    "dangcongsan.vn",
    "tulieuvankien.dangcongsan.vn",
    "nhandan.vn",
    "nhandan.com.vn",
    "nhandan.org.vn",
    "tapchicongsan.org.vn",
    "xaydungdang.org.vn",
    "chinhphu.vn",
    "vanban.chinhphu.vn",
    "quochoi.vn",
    "congbao.chinhphu.vn",
    "moj.gov.vn",
    "vbpl.vn",
    "danvan.vn",
    "tuyengiao.vn",
    "noichinh.vn",
    "ubkttw.vn",
    "dangcongsan.org.vn",
    "lyluanchinhtri.vn",
    "hdll.vn",
)
ISSUER_SPELLING = {
    "Ban Chấp hành Trung ương": "Ban Chấp hành Trung ương Đảng",
    "Ban Chấp hành Trung ương Đảng": "Ban Chấp hành Trung ương Đảng",
}
TERMS = ("VIII", "IX", "X", "XI", "XII", "XIII", "XIV")
_ROMAN = {"I": 1, "V": 5, "X": 10}


def from_roman(s: str) -> int:
    values = [_ROMAN[c] for c in s]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def term_of(date, code):
    """QHnn for a law (from its code), else the Party term of the date."""
    m = re.search(r"/QH(\d+)$", code or "")
    if m:
        return "QH" + m.group(1)
    return term_for(date) if date else None


def assembly_of_date(date):
    t = term_for(date, "assembly")
    return f"QH{from_roman(t)}" if t else None


def hint_term(hint):
    if not hint:
        return None
    if hint in TERMS:
        return hint
    if re.fullmatch(r"\d{4}", hint):
        return term_for(f"{hint}-06-30")
    return None


def domain(url):
    try:
        host = urlparse(url).netloc.lower()
    except ValueError:
        return None
    host = host.split(":")[0]
    for prefix in ("www.", "m.", "amp.", "en.", "lite.", "beta-hn."):
        if host.startswith(prefix):
            host = host[len(prefix) :]
    return host or None


def is_official(host):
    return bool(host) and any(host == o or host.endswith("." + o) for o in OFFICIAL)


def quote_windows(quote, code, date, n=200):
    """Evidence quotes must be <= 200 characters and verbatim: windows of the saved quote around the
    number of the code and the year of the date (instead of blindly truncating)."""
    if len(quote) <= n:
        return [quote]
    idx = []
    m = re.match(r"(\d+)", code or "")
    if m:
        mm = re.search(r"(?<!\d)" + re.escape(m.group(1)) + r"(?!\d)", quote)
        if mm:
            idx.append(mm.start())
    if date:
        mm = re.search(date[:4], quote)
        if mm:
            idx.append(mm.start())
    out = []
    for t in sorted(set(idx)) or [0]:
        if any(s <= t < s + n - 20 for s, _ in out):
            continue
        s0 = max(0, t - 80)
        out.append((s0, quote[s0 : s0 + n]))
    return [w for _, w in out]


def number_of(code):
    m = re.match(r"(\d+)", code)
    return m.group(1) if m else None


ORGAN_VOICE = re.compile(
    r"Thay mặt (Bộ Chính trị|Ban Bí thư|Ban Chấp hành)|(Bộ Chính trị|Ban Bí thư) (quy định|kết luận|yêu cầu|chỉ thị)"
    r"|^(BỘ CHÍNH TRỊ|BAN BÍ THƯ)|CỦA (BỘ CHÍNH TRỊ|BAN BÍ THƯ)"
)
AGGREGATOR = re.compile(r"Nơi ban hành|Cơ quan ban hành|do Ban Chấp hành Trung ương ban hành|Issuing body")


def weight(f):
    quote = f.get("quote") or ""
    if f.get("kd"):
        return 1.5  # the project's curated row
    if ORGAN_VOICE.search(quote):
        return 2.0
    if AGGREGATOR.search(quote):
        return 0.5
    return 1.0


def pick(values):
    c = collections.Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None


def load_facts():
    facts = read_jsonl(FACTS)
    with open(LEGACY, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            r = {k: nfc(v) for k, v in r.items()}
            hint = r["term"] if not r["date"] else ""
            facts.append(
                {
                    "code": r["code"] + ("@" + hint if hint else ""),
                    "doc_type": r["doc_type"],
                    "date": r["date"] or None,
                    "issuer": r["issuer"] or None,
                    "title": r["subject"] or None,
                    "raw": "known_documents.csv",
                    "url": (r["source"].split() or [""])[0],
                    "quote": None,
                    "kd": r,
                }
            )
    return facts


def group(facts):
    """(code, term cluster) -> facts; undated facts without a hint join the code's only cluster."""
    groups = collections.defaultdict(list)
    pending = collections.defaultdict(list)
    for f in facts:
        f = {k: nfc(v) for k, v in f.items()}
        code, _, hint = f["code"].partition("@")
        f["base"] = code
        if f.get("issuer") in ISSUER_SPELLING:
            f["issuer"] = ISSUER_SPELLING[f["issuer"]]
        if "/QH" in code or code.startswith("Hiến pháp") or code.startswith("LAW:"):
            groups[(code, "LAW")].append(f)
            continue
        t = term_of(f["date"], code) if f["date"] else hint_term(hint)
        if t:
            groups[(code, t)].append(f)
        else:
            pending[code].append(f)
    for code, fs in pending.items():
        ks = [k for k in groups if k[0] == code]
        if len(ks) == 1:
            groups[ks[0]].extend(fs)
        else:
            groups[(code, None)].extend(fs)  # unresolved term
    return groups


def choose_issuer(fs):
    votes = collections.Counter()
    for f in fs:
        if f["issuer"]:
            w = weight(f)
            # prior (inference from 66-QĐ/TW practice, see NOTES): the BCH TW does not issue Chỉ thị / Thông báo;
            # aggregators that credit it are usually copying their generic "Cơ quan ban hành" field
            if f["issuer"] == "Ban Chấp hành Trung ương Đảng" and f.get("doc_type") in ("Chỉ thị", "Thông báo"):
                w *= 0.5
            votes[f["issuer"]] += w
    return max(sorted(votes), key=lambda i: votes[i]) if votes else None


def disagreements(fs, date, issuer):
    out = []
    by_date = collections.defaultdict(set)
    by_issuer = collections.defaultdict(set)
    for f in fs:
        if f["date"]:
            by_date[f["date"]].add(domain(f["url"]) or f["url"])
        if f["issuer"]:
            by_issuer[f["issuer"]].add(domain(f["url"]) or f["url"])
    if len(by_date) > 1:
        said = "; ".join(f"{d} per {', '.join(sorted(s))}" for d, s in sorted(by_date.items(), key=lambda x: -len(x[1])))
        out.append(f"date: {said} -> kept {date} (majority of sources)")
    if len(by_issuer) > 1:
        said = "; ".join(f"{i} per {', '.join(sorted(s))}" for i, s in sorted(by_issuer.items(), key=lambda x: -len(x[1])))
        out.append(f"issuer: {said} -> kept {issuer}")
    return out


def is_verified(fs, date, issuer, law):
    """One page of an official outlet, or pages of two domains, state the kept date and issuer (laws: date)."""
    per_url = collections.defaultdict(lambda: {"d": set(), "i": set()})
    for f in fs:
        if f["date"]:
            per_url[f["url"]]["d"].add(f["date"])
        if f["issuer"]:
            per_url[f["url"]]["i"].add(f["issuer"])
    full = set()
    for u, s in per_url.items():
        if date and date in s["d"] and (law or (issuer and issuer in s["i"])):
            full.add(domain(u) or u)
    return bool(date) and (len(full) >= 2 or any(is_official(d) for d in full))


def evidence(fs, code):
    ev = []
    for f in fs:
        if f.get("kd"):
            continue
        for window in quote_windows(f["quote"], code, f["date"]):
            e = {"url": f["url"], "quote": window}
            if f["raw"].startswith("corpus-real"):
                e["file"] = f["raw"]
            if e not in ev:
                ev.append(e)
    return ev


def make_row(code, cluster, fs):
    date = pick([f["date"] for f in fs if f["date"]])
    issuer = choose_issuer(fs)
    law = cluster == "LAW"
    if law:
        issuer = issuer or "Quốc hội"
    term = term_of(date, code) if (law or date) else cluster
    if law and (code.startswith("Hiến pháp") or not re.search(r"/QH\d+$", code)):
        term = assembly_of_date(date)
    conflicts = disagreements(fs, date, issuer)
    verified = is_verified(fs, date, issuer, law)
    sources = []
    for f in fs:
        for u in f["kd"]["source"].split() if f.get("kd") else [f["url"]]:
            if u and u not in sources and (u.startswith("http") or f.get("kd")):
                sources.append(u)
    legacy = [f["kd"] for f in fs if f.get("kd")]
    for r in legacy:
        if r["status"].startswith("partial: "):
            conflicts.append("known_documents.csv: " + r["status"][len("partial: ") :])
        if r["status"] == "verified" and date == (r["date"] or None):
            verified = True
    ev = evidence(fs, code)
    notes = []
    if cluster is None:
        notes.append("term unresolved: code seen without a date; several documents share this code")
    if not date:
        notes.append("date not stated in saved excerpts")
    if not issuer:
        notes.append("issuer not stated in saved excerpts")
    if legacy and not ev:
        notes.append("carried over from known_documents.csv (its evidence is not in raw/)")
    origin = {
        "known_documents.csv" if f.get("kd") else ("corpus-real" if f["raw"].startswith("corpus-real") else "search") for f in fs
    }
    return {
        "doc_type": pick([f["doc_type"] for f in fs]),
        "number": number_of(code),
        "code": code,
        "date": date,
        "issuer": issuer,
        "term": term,
        "title": next((f["title"] for f in fs if f["title"]), None),
        "sources": sources,
        "evidence": ev,
        "status": "verified" if verified else "partial",
        "conflicts": " | ".join(conflicts) or None,
        "raw": sorted({f["raw"] for f in fs if not f["raw"].startswith("corpus-real") and f["raw"] != "known_documents.csv"}),
        "notes": "; ".join(notes) or None,
        "relation_to": next((r["relation_to"] for r in legacy if r["relation_to"]), None),
        "origin": sorted(origin),
    }


def apply_overrides(row, overrides):
    o = overrides.get(f"{row['code']}@{row['date']}") or overrides.get(f"{row['code']}@{row['term']}")
    if not o:
        return
    o = dict(o)
    extra = o.pop("conflicts_append", None)
    for fld in ("issuer", "date"):
        if fld in o and o[fld] != row.get(fld) and row.get("conflicts") and "conflicts" not in o:
            row["conflicts"] = row["conflicts"].replace(
                f"-> kept {row.get(fld)}", f"-> kept {o[fld]} (curator override, see below)"
            )
    row.update(o)
    if extra:
        row["conflicts"] = (row.get("conflicts") or "") + ("; " if row.get("conflicts") else "") + extra


def main():
    import json

    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8")) if OVERRIDES.exists() else {}
    rows = [make_row(code, cluster, fs) for (code, cluster), fs in group(load_facts()).items()]
    for row in rows:
        apply_overrides(row, overrides)
    rows.sort(key=lambda r: (r["date"] or "9999", r["code"]))
    write_jsonl(ROWS, rows)
    laws = sum(1 for r in rows if r["doc_type"] in ("Luật", "Bộ luật", "Hiến pháp"))
    print(len(rows), dict(collections.Counter(r["status"] for r in rows)), "laws:", laws)


if __name__ == "__main__":
    main()
