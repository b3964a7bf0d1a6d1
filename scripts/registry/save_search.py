"""Save search results, typed in a light format, to ``data/registry/raw.jsonl.gz``.

    python scripts/registry/save_search.py <<'EOF'
    @@Q Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị
    @@C pages
    @@U https://example.vn/page          (the full excerpt follows, verbatim)
    …
    @@T https://example.vn/other         (abridged: only the passage stating a code/date/issuer, or a stub)
    …
    EOF

``@@Q`` starts a search (one saved entry per search call, numbered after the last one), ``@@C`` names
the corpus, ``@@U``/``@@T`` start a result. Standard library only.
"""

from __future__ import annotations

import sys

from common import RAW, append_jsonl, nfc, read_jsonl


def parse(text: str) -> list[dict]:
    searches: list[dict] = []
    cur = res = None
    for line in text.split("\n"):
        if line.startswith("@@Q "):
            cur = {"query": line[4:].strip(), "corpus": None, "results": []}
            searches.append(cur)
            res = None
        elif line.startswith("@@C ") and cur is not None:
            cur["corpus"] = line[4:].strip()
        elif line.startswith(("@@U ", "@@T ")) and cur is not None:
            res = {"url": line[4:].strip(), "excerpt": ""}
            if line.startswith("@@T "):
                res["abridged"] = True
            cur["results"].append(res)
        elif res is not None:
            res["excerpt"] += ("\n" if res["excerpt"] else "") + line
    for s in searches:
        for r in s["results"]:
            r["excerpt"] = r["excerpt"].strip()
    return searches


def main():
    searches = parse(nfc(sys.stdin.read()))
    n = max((int(r["id"]) for r in read_jsonl(RAW)), default=0)
    saved = []
    for s in searches:
        n += 1
        saved.append({"id": f"{n:04d}", **s})
        print(f"{n:04d}", len(s["results"]), s["query"][:70])
    append_jsonl(RAW, saved)


if __name__ == "__main__":
    main()
