"""Which table cases marked xfail now pass (and which unmarked ones fail).

python scripts/xfail_status.py            # report
python scripts/xfail_status.py --unmark   # drop "xfail" from cases that pass
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import test_cases  # noqa: E402


def passes(case) -> tuple[bool, str]:
    try:
        test_cases.test_case(case)
    except AssertionError as e:
        return False, str(e).splitlines()[0][:160]
    return True, ""


def main() -> None:
    unmark = "--unmark" in sys.argv
    path = test_cases.CASES_FILE
    lines = path.read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        case = json.loads(line)
        ok, why = passes(case)
        if case.get("xfail") and ok:
            print(f"XPASS {case['id']}: {case['xfail'][:100]}")
            if unmark:
                del case["xfail"]
                line = json.dumps(case, ensure_ascii=False)
        elif case.get("xfail"):
            print(f"xfail {case['id']}: {case['xfail'][:100]}")
        elif not ok:
            print(f"FAIL  {case['id']}: {why}")
        out.append(line)
    if unmark:
        path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
