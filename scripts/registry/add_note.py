"""Record a curator's note or decision on one row in ``data/registry/overrides.json``.

    python scripts/registry/add_note.py '217-QĐ/TW@2013-12-12' 'why …'               # append to conflicts
    python scripts/registry/add_note.py '217-QĐ/TW@2013-12-12' 'why …' issuer='Bộ Chính trị'

The key is ``code@date`` (or ``code@term`` for an undated row). ``field=value`` sets a field of the row
(issuer, date, status, title, relation_to); the note says why and is appended to the row's conflicts,
so a decision is never silent. Run make_rows.py and build_registry.py afterwards.
"""

from __future__ import annotations

import json
import sys

from common import OVERRIDES, nfc


def main(argv):
    key, note, *sets = [nfc(a) for a in argv]
    overrides = json.loads(OVERRIDES.read_text(encoding="utf-8")) if OVERRIDES.exists() else {}
    entry = overrides.setdefault(key, {})
    entry["conflicts_append"] = (entry.get("conflicts_append", "") + " " + note).strip()
    for s in sets:
        field, _, value = s.partition("=")
        entry[field] = value
    OVERRIDES.write_text(json.dumps(overrides, ensure_ascii=False, indent=1), encoding="utf-8")
    print("ok", key)


if __name__ == "__main__":
    main(sys.argv[1:])
