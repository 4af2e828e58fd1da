"""Cooperatives by area and by sector for a period: what the province reports.

For a period [first, last] and the figures of one year:

- `cooperatives`: live records registered on or before the period's last day (or undated);
- `active`: of those, the ones whose status is "đang hoạt động";
- `founded`: registered (or, without a registration date, founded) within the period;
- `dissolved`: whose status was changed to dissolved or revoked within the period, according
  to the history of changes kept by this installation;
- members, workers, charter capital, revenue: sums of the year's figures;
- average income per worker per month: weighted by each cooperative's workers.

Every figure comes from one SQL aggregate grouped by (area, sector); the by-area, by-sector
and whole rows are sums of those groups.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select

from desktop.core.i18n import translate
from desktop.core.models import history as _history
from desktop.core.records import SPECS
from desktop.core.registry import sectors
from desktop.core.reports import scope
from desktop.core.settings import Identity
from desktop.core.text import sort_key

_coop = SPECS["cooperative"].table
_ind = SPECS["indicator"].table
ENDED = ("dissolved", "revoked")


@dataclass
class Totals:
    """One row of a table: an area, a sector, or the whole."""

    key: str
    name: str
    cooperatives: int = 0
    active: int = 0
    founded: int = 0
    dissolved: int = 0
    reported: int = 0  # cooperatives with figures for the year
    members: int = 0
    workers: int = 0
    capital: int = 0
    revenue: int = 0
    profit: int = 0
    income_weighted: int = field(default=0, repr=False)
    income_workers: int = field(default=0, repr=False)

    @property
    def average_income(self) -> float | None:
        """đồng per worker per month, weighted by workers; None without figures."""
        if not self.income_workers:
            return None
        return self.income_weighted / self.income_workers

    def add(self, other: Totals) -> None:
        for name in ("cooperatives", "active", "founded", "dissolved", "reported", "members",
                     "workers", "capital", "revenue", "profit", "income_weighted",
                     "income_workers"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class PeriodFigures:
    first: date
    last: date
    year: int | None  # the year of the figures (None: no figures at all)
    level: str
    by_area: list[Totals]
    by_sector: list[Totals]
    whole: Totals


def figures_year(conn: Connection, wanted: int) -> int | None:
    """`wanted` when it has figures, otherwise the latest year before it that has."""
    return conn.execute(
        select(func.max(_ind.c.year)).where(_ind.c.deleted.is_(False), _ind.c.year <= wanted)
    ).scalar()


def period_figures(
    conn: Connection,
    identity: Identity,
    first: date,
    last: date,
    *,
    year: int | None,
    area: scope.AreaFilter | None = None,
) -> PeriodFigures:
    level = scope.level_below(area, identity)
    key = scope.area_key(level).label("key")
    registered = func.coalesce(_coop.c.registered_on, _coop.c.founded_on)
    has_income = and_(_ind.c.average_income.is_not(None), _ind.c.workers > 0)
    query = (
        select(
            _coop.c.area_scheme,
            key,
            _coop.c.sector,
            func.count(),
            func.sum(case((_coop.c.status == "active", 1), else_=0)),
            func.sum(case((and_(registered >= first, registered <= last), 1), else_=0)),
            func.count(_ind.c.id),
            func.sum(_ind.c.members),
            func.sum(_ind.c.workers),
            func.sum(_ind.c.charter_capital),
            func.sum(_ind.c.revenue),
            func.sum(_ind.c.profit),
            func.sum(case((has_income, _ind.c.average_income * _ind.c.workers), else_=0)),
            func.sum(case((has_income, _ind.c.workers), else_=0)),
        )
        .select_from(
            _coop.outerjoin(
                _ind,
                and_(
                    _ind.c.cooperative_id == _coop.c.id,
                    _ind.c.year == (year if year is not None else -1),
                    _ind.c.deleted.is_(False),
                ),
            )
        )
        .where(_coop.c.deleted.is_(False), or_(registered.is_(None), registered <= last))
        .group_by(_coop.c.area_scheme, key, _coop.c.sector)
    )
    if area is not None:
        query = query.where(area.clause())
    groups: dict[tuple[str, str | None, str | None], Totals] = {}
    for row in conn.execute(query):
        scheme, code, sector, *values = tuple(row)
        t = Totals("", "")
        (t.cooperatives, t.active, t.founded, t.reported, t.members, t.workers, t.capital,
         t.revenue, t.profit, t.income_weighted, t.income_workers) = (int(v or 0) for v in values)  # fmt: skip
        groups[(scheme, code, sector)] = t
    _add_dissolved(conn, groups, level, first, last, area)
    return _rollup(conn, groups, first, last, year, level)


def _add_dissolved(conn: Connection, groups: dict[tuple[str, str | None, str | None], Totals],
                   level: str, first: date, last: date,
                   area: scope.AreaFilter | None) -> None:  # fmt: skip
    ended = [f'"{s}"' for s in ENDED] + list(ENDED)  # history keeps values as JSON or text
    start = datetime.combine(first, time.min)
    end = datetime.combine(last + timedelta(days=1), time.min)
    ids = select(_history.c.record_id).where(
        _history.c.table_name == "cooperative",
        _history.c.field == "status",
        _history.c.new_value.in_(ended),
        _history.c.at >= start,
        _history.c.at < end,
    )
    query = (
        select(_coop.c.area_scheme, scope.area_key(level), _coop.c.sector, func.count())
        .where(_coop.c.deleted.is_(False), _coop.c.status.in_(ENDED), _coop.c.id.in_(ids))
        .group_by(_coop.c.area_scheme, scope.area_key(level), _coop.c.sector)
    )
    if area is not None:
        query = query.where(area.clause())
    for scheme, code, sector, count in conn.execute(query):
        groups.setdefault((scheme, code, sector), Totals("", "")).dissolved += int(count)


def _rollup(conn: Connection, groups: dict[tuple[str, str | None, str | None], Totals],
            first: date, last: date, year: int | None, level: str) -> PeriodFigures:  # fmt: skip
    sector_names = sectors(conn)
    by_area: dict[tuple[str, str | None], Totals] = {}
    by_sector: dict[str, Totals] = {}
    whole = Totals("", translate("Reports", "Tổng cộng"))
    for (scheme, code, sector), t in groups.items():
        area_total = by_area.get((scheme, code))
        if area_total is None:
            area_total = by_area[(scheme, code)] = Totals(
                f"{scheme}:{code or ''}", scope.area_name(scheme, code)
            )
        area_total.add(t)
        sector_total = by_sector.get(sector or "")
        if sector_total is None:
            name = sector_names.get(sector or "") or translate("Reports", "Chưa phân loại")
            sector_total = by_sector[sector or ""] = Totals(sector or "", name)
        sector_total.add(t)
        whole.add(t)
    order = {code: n for n, code in enumerate(sector_names)}
    return PeriodFigures(
        first=first,
        last=last,
        year=year,
        level=level,
        by_area=sorted(by_area.values(), key=lambda t: sort_key(t.name)),
        by_sector=sorted(by_sector.values(), key=lambda t: order.get(t.key, len(order))),
        whole=whole,
    )


def as_dict(t: Totals) -> dict[str, Any]:
    return {
        "name": t.name,
        "cooperatives": t.cooperatives,
        "active": t.active,
        "founded": t.founded,
        "dissolved": t.dissolved,
        "reported": t.reported,
        "members": t.members,
        "workers": t.workers,
        "charter_capital": t.capital,
        "revenue": t.revenue,
        "profit": t.profit,
        "average_income": t.average_income,
    }
