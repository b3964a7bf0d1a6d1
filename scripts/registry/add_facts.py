"""Append facts, each backed by a verbatim quote of a saved search result, to ``facts.jsonl.gz``.

    python scripts/registry/add_facts.py <<'EOF'
    60/2014/QH13 | Luật | 2014-11-20 | Quốc hội | Luật Hộ tịch | 0312 | tailieu | Luật số: 60/2014/QH13
    EOF

Fields, separated by `` | ``: code (``@YYYY`` or ``@XIII`` tells apart the documents sharing a code when
the fact has no date), type, date (yyyy-mm-dd or -), issuer (or -), title (or -), raw id, part of the
URL (or the result's 1-based rank) to choose among results, and the quote (``\\n`` for a line break;
``URL:…`` when the evidence is the URL itself). A quote not found in the saved excerpt is refused.
Standard library only.
"""

from __future__ import annotations

import sys

from common import FACTS, append_jsonl, nfc, raw_searches
from common import fact as make_fact


def fact(line: str, raws: dict) -> dict:
    p = [x.strip() for x in line.split(" | ")]
    if len(p) < 8:
        raise ValueError(f"BAD (8 fields expected): {line}")
    code, doc_type, date, issuer, title, raw, which = p[:7]
    quote = " | ".join(p[7:]).replace("\\n", "\n")
    raw = raw.zfill(4)
    results = raws[raw]["results"]
    in_url = quote.startswith("URL:")
    if in_url:
        quote = quote[4:].strip()
    found = [r for r in results if quote in (r["url"] if in_url else r["excerpt"])]
    if which.isdigit() and 0 < int(which) <= len(results) and results[int(which) - 1] in found:
        found = [results[int(which) - 1]]
    elif len(found) > 1:
        found = [r for r in found if which in r["url"]] or found
    if not found:
        raise ValueError(f"QUOTE NOT FOUND in raw {raw}: {code} {quote[:80]}")
    out = make_fact(code, doc_type, date, issuer, title, raw, found[0]["url"], quote)
    if in_url:
        out["quote_in"] = "url"
    return out


def main():
    raws = raw_searches()
    lines = [x for x in nfc(sys.stdin.read()).split("\n") if x.strip() and not x.startswith("#")]
    facts = []
    for line in lines:
        try:
            facts.append(fact(line, raws))
        except ValueError as e:
            print(e)
    append_jsonl(FACTS, facts)
    print("facts added:", len(facts))


if __name__ == "__main__":
    main()
