"""Known places, identities and a database snapshot shared by the core tests."""

from __future__ import annotations

from sqlalchemy import Connection, func, select

from desktop.core import areas, models, settings

# Quảng Bình (pre-2025 codes): the province, the city of Đồng Hới and one of its wards, and a
# commune of another district (Lệ Thủy).
PROVINCE = "44"
DONG_HOI = "450"
DONG_HOI_WARD = "18859"  # Phường Bắc Lý
LE_THUY_COMMUNE = areas.children(areas.PRE2025, "457")[0].code

PROVINCE_OFFICE = settings.Identity(
    office_code="QB",
    office_name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
    role=settings.PROVINCE,
    area_scheme=areas.PRE2025,
    area_code=PROVINCE,
    hub_code="QB",
)
DISTRICT_OFFICE = settings.Identity(
    office_code="H450",
    office_name="UBND Thành phố Đồng Hới",
    role=settings.DISTRICT,
    area_scheme=areas.PRE2025,
    area_code=DONG_HOI,
    hub_code="QB",
)


def snapshot(conn: Connection, *, counters: bool = True) -> dict[str, object]:
    """Row counts of every table and the write counters: "nothing was written" means equal."""
    counts: dict[str, object] = {
        table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
        for table in models.metadata.sorted_tables
    }
    counter = models.counter
    if counters:
        counts["counters"] = dict(conn.execute(select(counter.c.name, counter.c.value)).all())
    return counts
