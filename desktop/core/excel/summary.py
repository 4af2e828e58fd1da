"""The province's summary tables: cooperatives by area and by sector for one year.

Counts, members, workers, charter capital, revenue (in millions of đồng, as reports show
them) and average income per worker per month (weighted by each cooperative's workers).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.core import areas
from desktop.core.excel.writer import Column, TableSheet, export_date_line, new_workbook, save
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.registry import sectors
from desktop.core.reports.scope import AreaFilter, level_below
from desktop.core.settings import Identity
from desktop.core.text import sort_key

_coop = SPECS["cooperative"].table
_ind = SPECS["indicator"].table
MILLION = 1_000_000


@dataclass
class Group:
    name: str
    cooperatives: int = 0
    active: int = 0
    members: int = 0
    workers: int = 0
    capital: int = 0
    revenue: int = 0
    reported: int = 0  # cooperatives with figures for the year
    _income_weighted: int = field(default=0, repr=False)
    _income_workers: int = field(default=0, repr=False)

    @property
    def average_income(self) -> float | None:
        """đồng per worker per month, weighted by workers."""
        if not self._income_workers:
            return None
        return self._income_weighted / self._income_workers


def latest_year(conn: Connection) -> int | None:
    return conn.execute(select(func.max(_ind.c.year)).where(_ind.c.deleted.is_(False))).scalar()


def _area_level(identity: Identity) -> str:
    """Group by the level under the office's own area."""
    unit = areas.unit(identity.area_scheme, identity.area_code)
    if unit is None:
        return "province"
    if unit.level == "province":
        return "district" if identity.area_scheme == areas.PRE2025 else "commune"
    return "commune"


def summarise(conn: Connection, identity: Identity, year: int | None,
              area: AreaFilter | None = None,
              ) -> tuple[int | None, list[Group], list[Group], Group]:  # fmt: skip
    """(year, groups by area, groups by sector, the whole), for the office's whole area or
    one unit of it (`area`: then grouped by the level under that unit)."""
    year = year or latest_year(conn)
    level = level_below(area, identity) if area is not None else _area_level(identity)
    figures = {}
    if year is not None:
        query = select(
            _ind.c.cooperative_id, _ind.c.members, _ind.c.workers, _ind.c.charter_capital,
            _ind.c.revenue, _ind.c.average_income,
        ).where(_ind.c.deleted.is_(False), _ind.c.year == year)  # fmt: skip
        figures = {row[0]: row[1:] for row in conn.execute(query)}
    sector_names = sectors(conn)
    by_area: dict[str, Group] = {}
    by_sector: dict[str, Group] = {}
    whole = Group(translate("Excel", "Tổng cộng"))
    names: dict[tuple[str, str | None], str] = {}
    coop_query = select(
        _coop.c.id, _coop.c.area_scheme, _coop.c.area_code, _coop.c.province_code,
        _coop.c.district_code, _coop.c.sector, _coop.c.status,
    ).where(_coop.c.deleted.is_(False))  # fmt: skip
    if area is not None:
        coop_query = coop_query.where(area.clause())
    for row in conn.execute(coop_query):
        values_row: tuple[Any, ...] = tuple(row)
        coop_id, scheme, area_code, province, district, sector, status = values_row
        code: str | None
        if level == "province":
            code = province
        elif level == "district":
            code = district
        else:
            code = area_code
        key = (scheme, code)
        if key not in names:
            names[key] = areas.name(scheme, code) if code else translate("Excel", "Chưa rõ địa bàn")
        area_group = by_area.setdefault(names[key], Group(names[key]))
        sector_name = sector_names.get(sector or "", translate("Excel", "Chưa phân loại"))
        sector_group = by_sector.setdefault(sector or "", Group(sector_name))
        values = figures.get(coop_id)
        for group in (area_group, sector_group, whole):
            group.cooperatives += 1
            group.active += status == "active"
            if values is None:
                continue
            members, workers, capital, revenue, income = values
            group.reported += 1
            group.members += members or 0
            group.workers += workers or 0
            group.capital += capital or 0
            group.revenue += revenue or 0
            if income is not None and workers:
                group._income_weighted += income * workers
                group._income_workers += workers
    order = list(sector_names)
    areas_sorted = sorted(by_area.values(), key=lambda g: sort_key(g.name))
    sectors_sorted = sorted(
        by_sector.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)
    )
    return year, areas_sorted, [g for _k, g in sectors_sorted], whole


def _columns(first: str) -> list[Column]:
    return [
        Column(translate("Excel", "STT"), 6, "int"),
        Column(first, 30),
        Column(translate("Excel", "Số HTX"), 10, "int", "sum"),
        Column(translate("Excel", "Đang hoạt động"), 11, "int", "sum"),
        Column(translate("Excel", "Có số liệu năm"), 11, "int", "sum"),
        Column(translate("Excel", "Thành viên (người)"), 13, "int", "sum"),
        Column(translate("Excel", "Lao động (người)"), 13, "int", "sum"),
        Column(translate("Excel", "Vốn điều lệ (triệu đồng)"), 16, "int", "sum"),
        Column(translate("Excel", "Doanh thu (triệu đồng)"), 16, "int", "sum"),
        Column(translate("Excel", "Doanh thu bình quân 1 HTX (triệu đồng)"), 16, "decimal"),
        Column(translate("Excel", "Thu nhập bình quân (triệu đồng/người/tháng)"), 16, "decimal"),
    ]


def _row(n: int, group: Group) -> tuple:
    per_coop = group.revenue / group.reported / MILLION if group.reported else None
    income = group.average_income
    return (
        n, group.name, group.cooperatives, group.active, group.reported, group.members,
        group.workers, round(group.capital / MILLION), round(group.revenue / MILLION),
        round(per_coop, 1) if per_coop is not None else None,
        round(income / MILLION, 2) if income is not None else None,
    )  # fmt: skip


def export_summary(conn: Connection, identity: Identity, path: str | Path, *,
                   year: int | None = None,
                   area: AreaFilter | None = None) -> tuple[Path, int | None]:  # fmt: skip
    year, by_area, by_sector, _whole = summarise(conn, identity, year, area)
    workbook = new_workbook()
    year_text = str(year) if year else translate("Excel", "(chưa có số liệu)")
    level_name = {"province": translate("Excel", "Tỉnh / thành phố"), "district": translate("Excel", "Quận / huyện"),
                  "commune": translate("Excel", "Xã / phường / thị trấn")}[
        level_below(area, identity) if area is not None else _area_level(identity)]  # fmt: skip
    for title, heading, first, groups in (
        (translate("Excel", "Theo địa bàn"), translate("Excel", "Tổng hợp hợp tác xã theo địa bàn năm {year}"), level_name,
         by_area),
        (translate("Excel", "Theo lĩnh vực"), translate("Excel", "Tổng hợp hợp tác xã theo lĩnh vực năm {year}"),
         translate("Excel", "Lĩnh vực"), by_sector),
    ):  # fmt: skip
        where = f" – {area.label()}" if area is not None else ""
        sheet = TableSheet(workbook, title, _columns(first), office=identity.office_name,
                           heading=heading.format(year=year_text) + where,
                           subtitle=export_date_line())  # fmt: skip
        for n, group in enumerate(groups, 1):
            sheet.append(_row(n, group))
        sheet.close(label_column=1)
    return save(workbook, path), year
