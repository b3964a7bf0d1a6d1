"""Where a row comes from: its registry rows, the facts behind them and the saved search results.

    python scripts/registry/show.py 35-CT/TW 217-QĐ/TW

Standard library only.
"""

from __future__ import annotations

import sys

from common import FACTS, ROWS, raw_searches, read_jsonl


def main(codes):
    rows, facts, raws = read_jsonl(ROWS), read_jsonl(FACTS), raw_searches()
    for code in codes:
        for r in (r for r in rows if r["code"] == code):
            print(f"{code}  {r['date'] or r['term']}  {r['issuer']}  {r['status']}  {r['title'] or ''}")
            if r.get("conflicts"):
                print("   conflicts:", r["conflicts"])
            for u in r["sources"]:
                print("   source:", u)
        for f in (f for f in facts if f["code"].split("@")[0] == code):
            print(f"   fact [{f['raw']}] {f['date']} {f['issuer']}: {f['quote'][:150]!r}")
            search = raws.get(f["raw"])
            if search:
                print(f"      search {f['raw']}: {search['query'][:100]!r} ({search['corpus']})")


if __name__ == "__main__":
    main(sys.argv[1:])
