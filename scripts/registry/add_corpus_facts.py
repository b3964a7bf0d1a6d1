"""Append facts whose evidence is a real excerpt of ``tests/fixtures`` (a page a text cites from).

    python scripts/registry/add_corpus_facts.py <<'EOF'
    218-QĐ/TW | Quyết định | 2013-12-12 | Bộ Chính trị | - | corpus-real-2/qc-01-ubnd-ubmttq-daklak-2017.txt | …quote…
    EOF

Fields: code, type, date (or -), issuer (or -), title (or -), ``folder/file`` of the excerpt, and a quote
found verbatim in it (``\\n`` for a line break). The fact's URL is the page of the excerpt (its
manifest). Standard library only.
"""

from __future__ import annotations

import sys

from common import FACTS, FIXTURES, append_jsonl, fact, fixture_url, nfc


def main():
    facts = []
    for line in nfc(sys.stdin.read()).split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        p = [x.strip() for x in line.split(" | ")]
        code, doc_type, date, issuer, title, name = p[:6]
        quote = " | ".join(p[6:]).replace("\\n", "\n")
        text = nfc((FIXTURES / name).read_text(encoding="utf-8"))
        if quote not in text:
            print("NOT FOUND", name, quote[:60])
            continue
        facts.append(fact(code, doc_type, date, issuer, title, name, fixture_url(name), quote))
    append_jsonl(FACTS, facts)
    print("facts added:", len(facts))


if __name__ == "__main__":
    main()
