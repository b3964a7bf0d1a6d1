"""Where the test data lives (imported by the tests in every folder)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "gialai-phuthien-huyenuy-kehoach-2021-06-30-thuchien-kl93.md"
REAL = Path(__file__).resolve().parent / "fixtures" / "corpus-real"
SHARED_REAL = ROOT.parent / "shared" / "corpus-real"


def real(name: str) -> str:
    return (REAL / name).read_text(encoding="utf-8")


#: dev pages whose issuers end before a word, six pages of six sets (issue 10's glued tokens: the checklist's glued
#: class glues the next word on) — read by test_fields' glue pre-test and test_pipeline's glued-issuer test
GLUED_ISSUER_PAGES = (
    "corpus-real-15/nq-19-nq-du-tkv-cogioihoa-2017.txt",
    "corpus-real-23/ministry-tt-18-byt-tt-1979-giamdinh-ykhoa-hethongphapluat.txt",
    "corpus-real-27/list-vpi-pvn-kh-chithi-136-ct-du-2017.txt",
    "corpus-real-4/qd-88-qd-ubnd-sonla-quyhoach-quynhnhai-2025.txt",
    "corpus-real-25/border-locninh-binhphuoc-kyniem-ngay-bienphong-toandan-2020-tb-24.txt",
    "corpus-real-29/nq-22-nq-du-2017-dangbo-tkv-tainguyen-ranhgioimo-vinacomin.txt",
)
