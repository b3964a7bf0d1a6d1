"""A generator of national cascades in realistic phrasing, for benchmarks.

Each central directive (real code, date and issuer from the registry) is followed
by a plan of every provincial party committee, a plan of every district party
committee citing its province's plan, and plans of communes citing their
district's plan, each with a letterhead, a "Thực hiện …" preamble that states the
chain, a body citing the documents above in several forms, a signature and
recipients. Localities come from the gazetteer; numbers and dates are drawn so
that every province has its own "25-KH/TU".

    python benchmarks/generate.py 10000 out/generated/    # writes .txt files
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path
from typing import Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from vanban import gazetteer  # noqa: E402

DIRECTIVES = [
    (
        "Kết luận",
        "93-KL/TW",
        dt.date(2020, 11, 20),
        "Ban Bí thư",
        "tiếp tục thực hiện Chỉ thị số 42-CT/TW, ngày 16/4/2010 của Bộ Chính trị (khóa X)",
    ),
    (
        "Nghị quyết",
        "45-NQ/TW",
        dt.date(2023, 11, 24),
        "Ban Chấp hành Trung ương Đảng",
        "tiếp tục xây dựng và phát huy vai trò của đội ngũ trí thức",
    ),
    (
        "Chỉ thị",
        "35-CT/TW",
        dt.date(2019, 5, 30),
        "Bộ Chính trị",
        "đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ),
    (
        "Kết luận",
        "21-KL/TW",
        dt.date(2021, 10, 25),
        "Ban Chấp hành Trung ương Đảng",
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    ),
    (
        "Nghị quyết",
        "57-NQ/TW",
        dt.date(2024, 12, 22),
        "Bộ Chính trị",
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    (
        "Chỉ thị",
        "12-CT/TW",
        dt.date(2022, 1, 5),
        "Ban Bí thư",
        "tăng cường sự lãnh đạo của Đảng, nâng cao hiệu quả đối ngoại nhân dân trong tình hình mới",
    ),
    (
        "Kết luận",
        "52-KL/TW",
        dt.date(2019, 5, 30),
        "Ban Bí thư",
        "tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức",
    ),
    (
        "Quy định",
        "144-QĐ/TW",
        dt.date(2024, 5, 9),
        "Bộ Chính trị",
        "chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới",
    ),
    (
        "Chỉ thị",
        "37-CT/TW",
        dt.date(2019, 9, 3),
        "Ban Bí thư",
        "tăng cường sự lãnh đạo, chỉ đạo xây dựng quan hệ lao động hài hòa, ổn định và tiến bộ trong tình hình mới",
    ),
    ("Nghị quyết", "66-NQ/TW", dt.date(2025, 4, 30), "Bộ Chính trị", "đổi mới công tác xây dựng và thi hành pháp luật"),
]

BODY = [
    "- Quán triệt sâu rộng nội dung {short} đến cán bộ, đảng viên và Nhân dân; xác định đây là nhiệm vụ thường xuyên "
    "của cả hệ thống chính trị.",
    "- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng; phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể "
    "chính trị - xã hội trong việc thực hiện {parent}.",
    "- Định kỳ sơ kết, đánh giá kết quả thực hiện, kịp thời biểu dương các tập thể, cá nhân có thành tích tiêu biểu.",
    "- Tổ chức tuyên truyền trên các phương tiện thông tin đại chúng về các nội dung cơ bản của {short}, gắn với thực "
    "hiện nhiệm vụ chính trị của địa phương.",
    "- Bố trí nguồn lực phù hợp, bảo đảm các điều kiện cần thiết để triển khai có hiệu quả các nhiệm vụ, giải pháp đã đề ra.",
]


def _d(x: dt.date) -> str:
    return f"{x.day}/{x.month}/{x.year}"


def _doc(
    letterhead: list[str],
    place: str,
    date: dt.date,
    title: str,
    preamble: str,
    short: str,
    parent: str,
    extra: str,
    sign: list[str],
    rng: random.Random,
    code_line: str,
) -> str:
    body = "\n\n".join(b.format(short=short, parent=parent) for b in rng.sample(BODY, 4))
    return (
        "\n".join(letterhead)
        + f"\n*\n{code_line}\n\nĐẢNG CỘNG SẢN VIỆT NAM\n{place}, ngày {date.day:02d} tháng {date.month} năm {date.year}\n\n"
        f"KẾ HOẠCH\n{title}\n-----\n{preamble}\n\nI- MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n{body}\n\n2. Yêu cầu\n\n{extra}\n\n"
        "II- TỔ CHỨC THỰC HIỆN\n\n1. Các cấp ủy, tổ chức đảng xây dựng kế hoạch cụ thể, tổ chức thực hiện nghiêm túc.\n\n"
        "2. Ban Tuyên giáo chủ trì, phối hợp theo dõi, đôn đốc, tổng hợp, báo cáo kết quả.\n\n"
        f"Nơi nhận:\n- {sign[0]} (báo cáo),\n- Các tổ chức cơ sở đảng,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ "
        f"THƯ\n\n(Đã ký)\n\n{sign[1]}\n"
    )


NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Võ Thị Giang",
    "Đặng Văn Hùng",
    "Bùi Thị Lan",
]


def documents(n: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """``n`` documents as (name, text): provincial, district and commune plans of
    successive central directives, in cascade order."""
    rng = random.Random(seed)
    idx = gazetteer._index()
    provinces = sorted({p.name for p in idx.provinces.values()})
    made = 0
    for doc_type, code, ddate, issuer, subject in DIRECTIVES * 100:
        central = f"{doc_type} số {code}, ngày {_d(ddate)} của {issuer} về {subject}"
        short = f"{doc_type} số {code.split('-')[0]}"
        for p in provinces:
            pnum = rng.randint(10, 300)
            pdate = ddate + dt.timedelta(days=rng.randint(20, 150))
            pcode = f"{pnum}-KH/TU"
            ptext = _doc(
                [f"TỈNH ỦY {p.upper()}"],
                p,
                pdate,
                f"thực hiện {central}",
                f"Thực hiện {central} (sau đây gọi tắt là {short}), Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:",
                short,
                f"{doc_type} số {code} của {issuer}",
                f"- Bám sát {short} của {issuer}.",
                ["Ban Bí thư", rng.choice(NAMES)],
                rng,
                f"Số {pcode}",
            )
            yield f"{code.replace('/', '-')}/{p}/{pcode.replace('/', '-')}.txt", ptext
            made += 1
            if made >= n:
                return
            plan = f"Kế hoạch số {pcode}, ngày {_d(pdate)} của Ban Thường vụ Tỉnh ủy về thực hiện {central}"
            for dplace in idx.by_province.get(p, []):
                dname, dfull = dplace.name, dplace.full.upper()
                dcommittee = {"QUẬN": "QUẬN ỦY", "THỊ XÃ": "THỊ ỦY", "THÀNH PHỐ": "THÀNH ỦY"}.get(
                    dfull.rsplit(" " + dname.upper(), 1)[0], "HUYỆN ỦY"
                )
                hnum = rng.randint(10, 300)
                hdate = pdate + dt.timedelta(days=rng.randint(10, 120))
                hcode = f"{hnum}-KH/HU"
                htext = _doc(
                    [f"ĐẢNG BỘ TỈNH {p.upper()}", f"{dcommittee} {dname.upper()}"],
                    dname,
                    hdate,
                    f"thực hiện {central}",
                    f"Thực hiện {plan}, Ban Thường vụ Huyện ủy xây dựng kế hoạch thực hiện như sau:",
                    short,
                    f"Kế hoạch số {pcode} của Ban Thường vụ Tỉnh ủy",
                    f"- Thực hiện nghiêm túc {doc_type} số {code} của {issuer} và Kế hoạch số {pcode}, ngày "
                    f"{_d(pdate)} của Ban Thường vụ Tỉnh ủy.",
                    ["Ban Thường vụ Tỉnh ủy", rng.choice(NAMES)],
                    rng,
                    f"Số {hcode}",
                )
                yield f"{code.replace('/', '-')}/{p}/{dname}/{hcode.replace('/', '-')}.txt", htext
                made += 1
                if made >= n:
                    return
                hplan = f"Kế hoạch số {hcode}, ngày {_d(hdate)} của Ban Thường vụ Huyện ủy về thực hiện {short} của {issuer}"
                communes = {c.name: c for cs in idx.communes.values() for c in cs if c.province == p and c.district == dname}
                for cname in sorted(communes)[: rng.randint(3, 12)]:
                    cfull = communes[cname].full.upper()
                    cnum = rng.randint(5, 80)
                    cdate = hdate + dt.timedelta(days=rng.randint(5, 90))
                    ctext = _doc(
                        [f"ĐẢNG BỘ {dfull}", f"ĐẢNG ỦY {cfull}"],
                        cname,
                        cdate,
                        f"thực hiện {hplan}",
                        f"Thực hiện {hplan}, Ban Thường vụ Đảng ủy xây dựng kế hoạch thực hiện như sau:",
                        short,
                        f"Kế hoạch số {hcode} của Ban Thường vụ Huyện ủy",
                        f"- Bám sát Kế hoạch số {hcode} của Ban Thường vụ Huyện ủy.",
                        ["Ban Thường vụ Huyện ủy", rng.choice(NAMES)],
                        rng,
                        f"Số {cnum}-KH/ĐU",
                    )
                    yield f"{code.replace('/', '-')}/{p}/{dname}/{cname}-{cnum}-KH-DU.txt", ctext
                    made += 1
                    if made >= n:
                        return


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("out/generated")
    for name, text in documents(n):
        p = out / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    print(f"{n} documents in {out}")
