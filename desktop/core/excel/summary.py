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


def years_with_figures(conn: Connection) -> list[int]:
    """The years that hold yearly figures, newest first (what a summary can be made for)."""
    query = select(_ind.c.year).distinct().where(_ind.c.deleted.is_(False))
    return sorted(conn.execute(query).scalars(), reverse=True)


def _area_level(identity: Identity) -> str:
    """Group by the level under the office's own area."""
    unit = areas.unit(identity.area_scheme, identity.area_code)
    if unit is None:
        return "province"
    if unit.level == "province":
        return "district" if identity.area_scheme == areas.PRE2025 else "commune"
    return "commune"


class _Grouper:
    """Which row a cooperative falls in: today's units by default (a record still on the old
    codes is counted in the new unit it became, or shown as `old → candidates` when its
    commune was split), or the old districts for history (a converted record by the unit it
    had)."""

    def __init__(self, identity: Identity, old_districts: bool, level: str | None = None) -> None:
        self.old = old_districts
        self.level = "district" if old_districts else level or _area_level(identity)
        self.modern = not old_districts and identity.area_scheme != areas.PRE2025
        self._names: dict[tuple[str, str | None], str] = {}

    def key(self, scheme: str, area_code: str | None, province: str | None,
            district: str | None, former_scheme: str | None, former_code: str | None
            ) -> tuple[str, str | None]:  # fmt: skip
        if self.old:
            if scheme == areas.PRE2025:
                return (areas.PRE2025, district or province)
            if former_scheme == areas.PRE2025 and former_code:
                chain = {u.level: u.code for u in areas.lineage(areas.PRE2025, former_code)}
                return (areas.PRE2025, chain.get("district") or chain.get("province"))
            before = {u.parent for u in areas.predecessors(area_code)}
            if len(before) == 1:
                return (areas.PRE2025, before.pop())
            return (scheme, area_code)
        if self.modern and scheme == areas.PRE2025:
            after = areas.successors(area_code)
            if self.level == "province":
                new_province = areas.successor_province(province)
                return (areas.POST2025, new_province.code if new_province else None)
            if len(after) == 1 and not areas.is_split(area_code):
                return (areas.POST2025, after[0].code)
            return (areas.PRE2025, area_code)
        code = {"province": province, "district": district}.get(self.level, area_code)
        if self.level == "district" and scheme == areas.POST2025:
            code = former_code if former_code else area_code
            chain = {u.level: u.code for u in areas.lineage(areas.PRE2025, code)}
            return (areas.PRE2025, chain.get("district")) if chain else (scheme, area_code)
        return (scheme, code)

    def name(self, key: tuple[str, str | None]) -> str:
        if key not in self._names:
            scheme, code = key
            if not code:
                text = translate("Excel", "Chưa rõ địa bàn")
            elif scheme == areas.PRE2025 and self.modern:
                text = areas.with_successor(scheme, code)
            elif self.old and scheme == areas.POST2025:
                text = translate("Excel", "{unit} (lập theo địa giới mới)").format(
                    unit=areas.name(scheme, code)
                )
            else:
                text = areas.name(scheme, code)
            self._names[key] = text
        return self._names[key]


def summarise(conn: Connection, identity: Identity, year: int | None,
              area: AreaFilter | None = None, *, old_districts: bool = False
              ) -> tuple[int | None, list[Group], list[Group], Group]:  # fmt: skip
    """(year, groups by area, groups by sector, the whole), for the office's whole area or
    one unit of it (`area`: then grouped by the level under that unit). By today's units
    (communes) by default; `old_districts` groups by the districts before 1 July 2025, for
    history."""
    year = year or latest_year(conn)
    level = level_below(area, identity) if area is not None else None
    grouper = _Grouper(identity, old_districts, level)
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
    coop_query = select(
        _coop.c.id, _coop.c.area_scheme, _coop.c.area_code, _coop.c.province_code,
        _coop.c.district_code, _coop.c.former_area_scheme, _coop.c.former_area_code,
        _coop.c.sector, _coop.c.status,
    ).where(_coop.c.deleted.is_(False))  # fmt: skip
    if area is not None:
        coop_query = coop_query.where(area.clause())
    keys: dict[tuple[Any, ...], tuple[str, str | None]] = {}
    for row in conn.execute(coop_query):
        values_row: tuple[Any, ...] = tuple(row)
        coop_id, *place, sector, status = values_row
        where = tuple(place)
        if where not in keys:
            keys[where] = grouper.key(*where)
        key = keys[where]
        label = grouper.name(key)
        area_group = by_area.setdefault(label, Group(label))
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
                   year: int | None = None, area: AreaFilter | None = None,
                   old_districts: bool = False) -> tuple[Path, int | None]:  # fmt: skip
    year, by_area, by_sector, _whole = summarise(conn, identity, year, area,
                                                 old_districts=old_districts)  # fmt: skip
    workbook = new_workbook()
    year_text = str(year) if year else translate("Excel", "(chưa có số liệu)")
    level_name = {"province": translate("Excel", "Tỉnh / thành phố"), "district": translate("Excel", "Quận / huyện"),
                  "commune": translate("Excel", "Xã / phường / đặc khu")}[
        level_below(area, identity) if area is not None else _area_level(identity)]  # fmt: skip
    if old_districts:
        level_name = translate("Excel", "Quận / huyện (trước 01/07/2025)")
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
