"""Deterministic demo data: realistic cooperatives over real administrative units.

Both schemes, the post-2025 one by default:
- `province` scale: 1,000 cooperatives, 20 offices; post-2025 Quảng Trị (with the former
  Quảng Bình) with the province's departments under today's names and commune offices, or
  pre-2025 Quảng Bình with its district offices.
- `national` scale: all 34 provinces (or 63 before 2025), 30,000 cooperatives, 150,000 annual
  rows (5 years), 700 offices (one per province, then communes or districts), 2,000 tasks and
  20,000 progress reports.
The same seed and scheme give the same data.

Rows are written in bulk through SQLAlchemy Core, each with the version state of one write by
this office, exactly as if they had been typed in.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Connection, select

from desktop.core import areas, settings, versions
from desktop.core.records import SPECS, Row, next_counter, utcnow
from desktop.core.registry import indicator_id
from desktop.core.tasks import periods
from desktop.core.tasks.editing import assignment_id
from desktop.core.text import make_registration_code
from desktop.core.workspace import configure, reference_id

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Scale:
    cooperatives: int
    years: int
    offices: int
    tasks: int
    reports: int


SCALES = {
    "province": Scale(cooperatives=1_000, years=5, offices=20, tasks=60, reports=600),
    "national": Scale(cooperatives=30_000, years=5, offices=700, tasks=2_000, reports=20_000),
}
QUANG_BINH = "44"  # pre-2025 province code
QUANG_TRI = "44"  # post-2025 province code (Quảng Bình is now part of it)
SCHEMES = (areas.POST2025, areas.PRE2025)
LAST_YEAR = 2025
REPORTS_UNTIL = date(2026, 10, 31)

_FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Trương",
    "Đinh",
    "Mai",
    "Cao",
]
_MIDDLE = [
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Hữu",
    "Thanh",
    "Ngọc",
    "Quang",
    "Xuân",
    "Thu",
    "Hồng",
    "Công",
    "Đình",
    "Trọng",
    "Kim",
]
_GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hoa",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phong",
    "Phúc",
    "Phương",
    "Quân",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Thủy",
    "Tiến",
    "Trang",
    "Tuấn",
    "Việt",
    "Xuân",
    "Yến",
    "Lộc",
    "Hiếu",
]
_VILLAGES = [
    "Tân Mỹ",
    "Phú Lộc",
    "An Xá",
    "Đông Thành",
    "Hòa Bình",
    "Xuân Lai",
    "Mỹ Trạch",
    "Thanh Sơn",
    "Tiến Thành",
    "Phước Lâm",
    "Quảng Phú",
    "Lộc Hà",
]

# (sector code, entity type, name stems)
_KINDS: list[tuple[str, str, list[str]]] = [
    ("agri", "HTX", ["Nông nghiệp", "Dịch vụ nông nghiệp", "Nông nghiệp và dịch vụ tổng hợp",
                     "Trồng trọt", "Chăn nuôi", "Thủy sản", "Nuôi trồng thủy sản", "Lâm nghiệp",
                     "Sản xuất muối", "Rau an toàn"]),
    ("industry", "HTX", ["Mây tre đan", "Cơ khí", "Sản xuất gạch", "Chế biến nông sản",
                         "Dệt may", "Mộc dân dụng", "Nước mắm"]),
    ("construction", "HTX", ["Xây dựng", "Xây dựng và vật liệu"]),
    ("trade", "HTX", ["Thương mại dịch vụ", "Dịch vụ tổng hợp", "Du lịch cộng đồng"]),
    ("transport", "HTX", ["Vận tải", "Vận tải hành khách"]),
    ("credit", "QTDND", ["Quỹ tín dụng nhân dân"]),
    ("power", "HTX", ["Dịch vụ điện năng"]),
    ("environment", "HTX", ["Vệ sinh môi trường", "Cấp nước sạch"]),
    ("other", "THT", ["Tổ hợp tác sản xuất", "Tổ hợp tác dịch vụ"]),
]  # fmt: skip
_KIND_WEIGHTS = [55, 12, 4, 12, 5, 4, 2, 4, 2]
_STATUS = ["active"] * 84 + ["suspended"] * 6 + ["stopping"] * 5 + ["dissolved"] * 4 + ["revoked"]
_CLASSES = ["good", "fair", "average", "weak", "unrated"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


class _Stamp:
    """Bookkeeping columns for rows written by one office write."""

    def __init__(self, conn: Connection, office: str) -> None:
        self.counter = next_counter(conn, "clock")
        self.seq = next_counter(conn, "seq")
        self.office = office
        self.now = utcnow()
        dot = versions.make_dot(office, self.counter)
        self._meta = {}
        for name, spec in SPECS.items():
            meta = versions.VersionState(
                context={office: self.counter},
                dots={f: dot for f in spec.fields},
                times={dot: int(time.time())},
            )
            self._meta[name] = versions.encode(meta, spec.fields)

    def row(self, table: str, values: Row) -> Row:
        return {
            **values,
            "deleted": False,
            "updated_by": self.office,
            "updated_at": self.now,
            "sync_meta": self._meta[table],
            "has_conflict": False,
            "sync_seq": self.seq,
            "sync_origin": None,
        }


def generate(
    conn: Connection,
    scale_name: str,
    seed: int,
    progress: Progress | None = None,
    *,
    scheme: str | None = None,
) -> dict[str, int]:
    """Fill the database (in the caller's transaction). Returns row counts per table.

    The scheme defaults to that of the office already set up in the database, else post-2025.
    """
    scale = SCALES[scale_name]
    rng = random.Random(seed)
    ident = settings.identity(conn)
    scheme = scheme or (ident.area_scheme if ident else None) or areas.POST2025
    if ident is None:
        ident = _demo_identity(scale_name, scheme)
        configure(conn, ident)
    stamp = _Stamp(conn, ident.office_code)
    report = progress or (lambda done, total, message: None)
    counts: dict[str, int] = {}

    if scale_name == "province":
        provinces = [QUANG_BINH if scheme == areas.PRE2025 else QUANG_TRI]
    else:
        provinces = [u.code for u in areas.provinces(scheme)]
    if scheme == areas.PRE2025:
        communes = [
            c
            for p in provinces
            for d in areas.children(areas.PRE2025, p)
            for c in (areas.children(areas.PRE2025, d.code) or [d])
        ]
    else:
        communes = [c for p in provinces for c in areas.children(areas.POST2025, p)]
    offices = _offices(conn, stamp, provinces, scale, ident, scheme)
    counts["office"] = len(offices)
    report(1, 4, "offices")

    coops, indicators = _cooperatives(rng, stamp, communes, scale, seed, scheme)
    _bulk(conn, SPECS["cooperative"].table, coops)
    counts["cooperative"] = len(coops)
    report(2, 4, "cooperatives")
    _bulk(conn, SPECS["indicator"].table, indicators)
    counts["indicator"] = len(indicators)
    report(3, 4, "indicators")

    counts.update(_tasks(conn, rng, stamp, offices, scale))
    report(4, 4, "tasks")
    return counts


def _demo_identity(scale_name: str, scheme: str) -> settings.Identity:
    if scheme == areas.POST2025:
        if scale_name == "province":
            return settings.Identity(
                office_code="QT", office_name="Sở Tài chính tỉnh Quảng Trị",
                role=settings.PROVINCE, area_scheme=areas.POST2025, area_code=QUANG_TRI,
                hub_code="QT",
            )  # fmt: skip
        return settings.Identity(
            office_code="TW", office_name="Cục Kinh tế hợp tác (dữ liệu toàn quốc)",
            role=settings.PROVINCE, area_scheme=areas.POST2025, area_code=None, hub_code="TW",
        )  # fmt: skip
    if scale_name == "province":
        return settings.Identity(
            office_code="QB",
            office_name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
            role=settings.PROVINCE,
            area_scheme=areas.PRE2025,
            area_code=QUANG_BINH,
            hub_code="QB",
        )
    return settings.Identity(
        office_code="TW",
        office_name="Cục Kinh tế hợp tác (dữ liệu toàn quốc)",
        role=settings.PROVINCE,
        area_scheme=areas.PRE2025,
        area_code=None,
        hub_code="TW",
    )


def _bulk(conn: Connection, table, rows: list[Row], chunk: int = 20_000) -> None:
    for start in range(0, len(rows), chunk):
        conn.execute(table.insert(), rows[start : start + chunk])


# The province's departments under their names since the 2025 mergers (planning into
# finance, agriculture with environment, labour into home affairs, transport into construction).
DEPARTMENTS_2025 = [
    ("STC", "Sở Tài chính"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường"),
    ("SCT", "Sở Công Thương"),
    ("LMHTX", "Liên minh Hợp tác xã tỉnh"),
    ("BCD", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"),
    ("STP", "Sở Tư pháp"),
    ("SNV", "Sở Nội vụ"),
    ("SXD", "Sở Xây dựng"),
    ("NHNN", "Ngân hàng Nhà nước chi nhánh khu vực"),
]
DEPARTMENTS_BEFORE = [
    ("STC", "Sở Tài chính"),
    ("SNN", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("SCT", "Sở Công Thương"),
    ("LMHTX", "Liên minh Hợp tác xã tỉnh"),
    ("BCD", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"),
    ("STP", "Sở Tư pháp"),
    ("SLD", "Sở Lao động - Thương binh và Xã hội"),
    ("STNMT", "Sở Tài nguyên và Môi trường"),
    ("SXD", "Sở Xây dựng"),
    ("SGTVT", "Sở Giao thông vận tải"),
    ("NHNN", "Ngân hàng Nhà nước chi nhánh tỉnh"),
]


def commune_office_name(unit_name: str) -> str:
    """`Xã Sen Ngư` -> `UBND xã Sen Ngư`; `Đặc khu Cồn Cỏ` -> `UBND đặc khu Cồn Cỏ`."""
    for kind in ("Phường", "Xã", "Đặc khu", "Thị trấn"):
        if unit_name.startswith(kind + " "):
            return f"UBND {kind.lower()} {unit_name[len(kind) + 1 :]}"
    return f"UBND {unit_name}"


def _offices(conn, stamp, provinces, scale, ident, scheme=areas.POST2025) -> list[Row]:
    spec = SPECS["office"]
    existing = {r[0] for r in conn.execute(select(spec.table.c.code))}
    rows: list[Row] = []
    candidates: list[tuple[str, str, str, str]] = []
    post = scheme == areas.POST2025
    if len(provinces) == 1 and post:
        p = provinces[0]
        for code, name in DEPARTMENTS_2025:
            candidates.append((code, name, settings.DEPARTMENT, p))
        for c in areas.children(areas.POST2025, p):
            candidates.append((f"X{c.code}", commune_office_name(c.name), settings.COMMUNE, c.code))
    elif len(provinces) == 1:
        p = provinces[0]
        for d in areas.children(areas.PRE2025, p):
            candidates.append((f"H{d.code}", f"UBND {d.name}", settings.DISTRICT, d.code))
        for code, name in DEPARTMENTS_BEFORE:
            candidates.append((code, name, settings.DEPARTMENT, p))
    elif post:
        for p in provinces:
            unit = areas.unit(areas.POST2025, p)
            assert unit is not None
            candidates.append((f"T{p}", f"Sở Tài chính {unit.name}", settings.DEPARTMENT, p))
        for p in provinces:
            for c in areas.children(areas.POST2025, p):
                candidates.append(
                    (f"X{c.code}", commune_office_name(c.name), settings.COMMUNE, c.code)
                )
    else:
        for p in provinces:
            unit = areas.unit(areas.PRE2025, p)
            assert unit is not None
            candidates.append((f"T{p}", f"Sở Kế hoạch và Đầu tư {unit.name}", settings.DISTRICT, p))
        for p in provinces:
            for d in areas.children(areas.PRE2025, p):
                candidates.append((f"H{d.code}", f"UBND {d.name}", settings.DISTRICT, d.code))
    for code, name, role, area in candidates[: scale.offices - 1]:
        if code in existing:
            continue
        rows.append(
            stamp.row(
                "office",
                {
                    "id": reference_id("office", code),
                    "code": code,
                    "name": name,
                    "role": role,
                    "area_scheme": scheme,
                    "area_code": area,
                    "registry_access": None,
                    "retired": False,
                    "successors": None,
                    "public_key": None,
                    "box_key": None,
                },
            )
        )
    _bulk(conn, spec.table, rows)
    return rows


def _cooperatives(rng, stamp, communes, scale, seed, scheme=areas.POST2025
                  ) -> tuple[list[Row], list[Row]]:  # fmt: skip
    derive = SPECS["cooperative"].derive
    assert derive is not None
    coops: list[Row] = []
    indicators: list[Row] = []
    serial = 0
    id_rng = random.Random(seed * 7919 + 1)
    kinds = rng.choices(range(len(_KINDS)), weights=_KIND_WEIGHTS, k=scale.cooperatives)
    for n in range(scale.cooperatives):
        commune = communes[rng.randrange(len(communes))]
        chain = areas.lineage(scheme, commune.code)
        province = chain[0]
        district = next((u for u in chain if u.level == "district"), None)
        sector, etype, stems = _KINDS[kinds[n]]
        place = commune.name.split(" ", 1)[-1] if commune.level == "commune" else commune.name
        for word in ("Thị trấn ", "Phường ", "Xã ", "Đặc khu "):
            place = place.removeprefix(word)
        stem = rng.choice(stems)
        if etype == "QTDND":
            # Offices often write the abbreviation (as in "QTDND Sen Thủy").
            name = f"QTDND {place}" if n % 5 == 2 else f"{stem} {place}"
        elif etype == "THT":
            name = f"{stem} thôn {rng.choice(_VILLAGES)}, {place}"
        else:
            name = f"{'HTX' if n % 5 == 2 else 'Hợp tác xã'} {stem} {place}"
        if n % 7 == 3:
            name += f" {rng.randint(2, 5)}"
        while True:
            serial += 1
            try:
                code = make_registration_code(f"{province.code}0{serial:06d}"[-9:])
                break
            except ValueError:
                continue
        founded = date(1996, 1, 1) + timedelta(days=rng.randrange(10_500))
        registered = founded + timedelta(days=rng.randrange(0, 120))
        coop_id = str(uuid.UUID(int=id_rng.getrandbits(128), version=4))
        address = f"Thôn {rng.choice(_VILLAGES)}, {commune.name}"
        representative = _person(rng)
        coops.append(
            stamp.row(
                "cooperative",
                {
                    "id": coop_id,
                    "registration_code": code,
                    "name": name,
                    "entity_type": etype,
                    "sector": sector,
                    "status": rng.choice(_STATUS),
                    "governance": "full" if rng.random() < 0.8 else "reduced",
                    "area_scheme": scheme,
                    "area_code": commune.code,
                    "former_area_scheme": None,
                    "former_area_code": None,
                    "province_code": province.code,
                    "district_code": district.code if district else None,
                    "address": address,
                    "representative": representative,
                    "representative_title": rng.choice(["Chủ tịch Hội đồng quản trị", "Giám đốc"]),
                    "phone": f"0{rng.choice([232, 912, 983, 905, 868])}{rng.randrange(10**6):06d}",
                    "email": None,
                    "founded_on": founded,
                    "registered_on": registered,
                    "notes": None,
                    **derive(
                        {
                            "name": name,
                            "entity_type": etype,
                            "registration_code": code,
                            "address": address,
                            "representative": representative,
                            "area_scheme": scheme,
                            "area_code": commune.code,
                        }
                    ),
                },
            )
        )
        members = rng.randint(7, 300) if etype != "THT" else rng.randint(2, 30)
        capital = rng.randint(1, 400) * 50_000_000
        for year in range(LAST_YEAR - scale.years + 1, LAST_YEAR + 1):
            members = max(2, members + rng.randint(-5, 12))
            official = members - rng.randint(0, members // 4)
            workers = max(1, int(members * rng.uniform(0.2, 0.9)))
            revenue = rng.randint(2, 800) * 10_000_000
            indicators.append(
                stamp.row(
                    "indicator",
                    {
                        "id": indicator_id(coop_id, year),
                        "cooperative_id": coop_id,
                        "year": year,
                        "members": members,
                        "members_official": official,
                        "members_associate": members - official,
                        "members_individual": int(official * 0.8),
                        "members_household": official - int(official * 0.8),
                        "members_legal": 0,
                        "workers": workers,
                        "workers_regular": max(1, workers // 2),
                        "workers_members": max(1, workers // 3),
                        "charter_capital": capital,
                        "assets": capital + rng.randint(0, 200) * 10_000_000,
                        "revenue": revenue,
                        "profit": int(revenue * rng.uniform(-0.05, 0.15)) // 1000 * 1000,
                        "average_income": rng.randint(25, 95) * 100_000,
                        "size_class": "micro" if members < 50 else "small",
                        "classification": rng.choice(_CLASSES),
                    },
                )
            )
    return coops, indicators


_TASK_TITLES = [
    "Tăng cường kiểm tra, nắm bắt tình hình phát triển kinh tế tập thể",
    "Tham mưu cơ chế, chính sách hỗ trợ phát triển hợp tác xã",
    "Tuyên truyền chính sách, pháp luật về kinh tế tập thể",
    "Hướng dẫn thành lập mới hợp tác xã",
    "Hỗ trợ đào tạo, bồi dưỡng cán bộ quản lý hợp tác xã",
    "Rà soát, giải thể hợp tác xã ngừng hoạt động",
    "Tổng hợp, báo cáo tình hình thực hiện",
    "Hỗ trợ hợp tác xã tiếp cận vốn tín dụng",
]


def _tasks(conn, rng, stamp, offices, scale) -> dict[str, int]:
    if not offices:
        return {}
    directives: list[Row] = []
    tasks: list[Row] = []
    assignments: list[Row] = []
    reports: list[Row] = []
    id_rng = random.Random(rng.random())

    def uid() -> str:
        return str(uuid.UUID(int=id_rng.getrandbits(128), version=4))

    cycles: dict[str, tuple[str, date]] = {}
    per_directive = 10
    for d in range((scale.tasks + per_directive - 1) // per_directive):
        issued = date(2021, 1, 15) + timedelta(days=rng.randrange(1_700))
        did = uid()
        directives.append(
            stamp.row(
                "directive",
                {
                    "id": did,
                    "number": f"{d + 1}/CT-UBND",
                    "issued_on": issued,
                    "issuer": "UBND tỉnh",  # whichever province: the demo's directives
                    "title": f"Chỉ thị về phát triển kinh tế tập thể năm {issued.year}",
                    "summary": None,
                },
            )
        )
        for t in range(per_directive):
            if len(tasks) >= scale.tasks:
                break
            cycle = rng.choice(["once", "once", "continuous", "quarter", "half", "year"])
            tid = uid()
            tasks.append(
                stamp.row(
                    "task",
                    {
                        "id": tid,
                        "directive_id": did,
                        "position": t + 1,
                        "title": rng.choice(_TASK_TITLES),
                        "content": None,
                        "cycle": cycle,
                        "deadline": issued + timedelta(days=rng.randrange(60, 900))
                        if cycle == "once"
                        else None,
                        "previous_deadline": None,
                        "extensions": 0,
                    },
                )
            )
            cycles[tid] = (cycle, issued)
            units = rng.sample(offices, k=min(len(offices), rng.randint(1, 4)))
            for k, office in enumerate(units):
                assignments.append(
                    stamp.row(
                        "assignment",
                        {
                            "id": assignment_id(tid, office["code"]),
                            "task_id": tid,
                            "office_code": office["code"],
                            "role": "lead" if k == 0 else "support",
                        },
                    )
                )
    for _ in range(scale.reports):
        a = assignments[rng.randrange(len(assignments))]
        status = rng.choice(["in_progress", "in_progress", "done", "not_started"])
        cycle, issued = cycles[a["task_id"]]
        # Reports fall between the directive and a fixed day, so a seed always gives the same
        # data; each is for the period of its task's cycle that contains the report date.
        reported = issued + timedelta(days=rng.randrange(max(1, (REPORTS_UNTIL - issued).days)))
        reports.append(
            stamp.row(
                "progress_report",
                {
                    "id": uid(),
                    "assignment_id": a["id"],
                    "office_code": a["office_code"],
                    "period": periods.period_of(cycle, reported),
                    "reported_on": reported,
                    "document_number": f"{rng.randint(1, 400)}/BC-UBND",
                    "status": status,
                    "percent": 100 if status == "done" else rng.randrange(0, 100, 5),
                    "content": "Đã triển khai theo kế hoạch.",
                    "difficulties": None,
                    "proposals": None,
                },
            )
        )
    for name, rows in (("directive", directives), ("task", tasks), ("assignment", assignments),
                       ("progress_report", reports)):  # fmt: skip
        _bulk(conn, SPECS[name].table, rows)
    return {
        "directive": len(directives),
        "task": len(tasks),
        "assignment": len(assignments),
        "progress_report": len(reports),
    }
