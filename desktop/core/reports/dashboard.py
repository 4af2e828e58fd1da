"""What the dashboard shows, for a filter of year, area and sector: SQL aggregates only.

- cooperatives by area, sector, type and status (live records);
- members, workers, charter capital, revenue and profit by area for the chosen year, and the
  totals of every year (the trend);
- task progress by unit: how many of its assignments are done on time, done late, in
  progress, overdue, not started, and how many have no report for the current period.

The figures follow the filters; task progress does not depend on them and is computed
separately (`task_progress`), so changing a filter only re-runs the cheap queries.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator, MutableSequence, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import compress, repeat
from typing import Any, overload

from sqlalchemy import Connection, func, literal_column, select

from desktop.core import vocab
from desktop.core.errors import Cancelled
from desktop.core.gc_pause import collection_paused
from desktop.core.i18n import translate
from desktop.core.operations import IsCancelled, Progress
from desktop.core.records import SPECS
from desktop.core.registry import sectors
from desktop.core.reports import scope
from desktop.core.settings import Identity
from desktop.core.tasks import board
from desktop.core.tasks.status import DONE_LATE, DONE_ON_TIME, IN_TIME, NOT_STARTED, OVERDUE
from desktop.core.text import sort_key

_coop = SPECS["cooperative"].table
_ind = SPECS["indicator"].table

_BATCH = 1000  # rows read at a time (a batch of 5,000 was a third of the load's peak)
MEASURES = ("members", "workers", "charter_capital", "revenue", "profit")
# A group's figures: its number of rows, then each measure, each in an array of this type:
# counts of cooperatives, members and workers fit 4 bytes (a column that overflows is
# widened), sums of money need 8.
_TYPES = ("i", "i", "i", "q", "q", "q")
PROGRESS = (DONE_ON_TIME, DONE_LATE, IN_TIME, OVERDUE, NOT_STARTED)


class Packed(Sequence[tuple]):
    """Rows of a few fields whose values repeat (area codes, sectors, statuses, small counts),
    each value kept once and a row as one 4-byte number a field: nationally 16,000 count
    groups and 13,000 places were 2.6 MB as tuples, held for as long as the window, and are
    a third of that here. Reads as a sequence of tuples."""

    def __init__(self, width: int, rows: Iterable[Iterable[Any]] = ()) -> None:
        self.values: list[Any] = []
        self.columns = [array("i") for _ in range(width)]
        number: dict[Any, int] = {}  # only while the rows come
        values, columns = self.values, self.columns
        for row in rows:
            for column, value in zip(columns, row, strict=True):
                at = number.get(value)
                if at is None:
                    at = number[value] = len(values)
                    values.append(value)
                column.append(at)

    def __len__(self) -> int:
        return len(self.columns[0])

    @overload
    def __getitem__(self, at: int) -> tuple: ...
    @overload
    def __getitem__(self, at: slice) -> list[tuple]: ...
    def __getitem__(self, at: int | slice) -> tuple | list[tuple]:
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        values = self.values
        return tuple([values[column[at]] for column in self.columns])

    def __iter__(self) -> Iterator[tuple]:
        value = self.values.__getitem__
        return zip(*(map(value, column) for column in self.columns), strict=True)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Packed):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Filters:
    year: int | None = None  # None: the latest year with figures
    area: str | None = None  # a unit code in the office's scheme
    sector: str | None = None


@dataclass
class Count:
    key: str  # area "scheme:code", sector code, type code or status code
    name: str
    count: int


@dataclass
class Figures:
    key: str
    name: str
    reported: int = 0
    members: int = 0
    workers: int = 0
    charter_capital: int = 0
    revenue: int = 0
    profit: int = 0


@dataclass
class UnitProgress:
    office_code: str
    name: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROGRESS, 0))
    unreported: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class Dashboard:
    filters: Filters
    year: int | None
    years: list[int]
    level: str
    total: int
    by_area: list[Count]
    by_sector: list[Count]
    by_type: list[Count]
    by_status: list[Count]
    figures_by_area: list[Figures]  # the chosen year
    trend: list[Figures]  # one per year, oldest first (key = the year)


@dataclass
class Base:
    """The registry grouped once at the finest grain the filters need; every filter is then
    answered in memory. Reloaded when the data changes.

    `counts` are the groups of cooperatives; the figures are summed by year for each group
    of `places` (`figure_rows` gives them as rows); `rolled` holds the same rows already
    summed at the office's own level (used when no area is chosen), and `by_province` the
    groups of each province (used when one is), so a filter only goes through the rows it
    can keep."""

    counts: Packed  # (scheme, province, district, commune, sector, type, status, n)
    places: Packed  # (scheme, province, district, commune, sector) of the figures' groups
    # year -> one array a figure (n, *MEASURES), each with a value for every place in turn:
    # 4 or 8 bytes a value, where a row of Python integers took 30 (nationally 65,000
    # groups: 17 MB as tuples, 2.3 MB here).
    sums: dict[int, list[MutableSequence[int]]]
    sector_names: dict[str, str]
    fine: bool  # whether communes are kept
    rolled: Rolled | None = None
    # (scheme, province) -> the numbers of its count rows and of its places
    by_province: dict[tuple[str, str], tuple[array[int], array[int]]] = field(default_factory=dict)

    @property
    def years(self) -> list[int]:
        """The years with figures, oldest first."""
        return sorted(self.sums)

    def figure_rows(self, places: Iterable[int] | None = None) -> Iterator[tuple]:
        """(year, scheme, province, district, commune, sector, n, *MEASURES) of each group
        with figures (of the `places` given, else of all), year by year."""
        for year in sorted(self.sums):
            columns = self.sums[year]
            if places is None:
                # Every group: the rows put together by iterators (the places' packed
                # fields, then the sums), those with no figures left out.
                value = self.places.values.__getitem__
                fields = (map(value, column) for column in self.places.columns)
                yield from compress(zip(repeat(year), *fields, *columns), columns[0])
                continue
            n, members, workers, capital, revenue, profit = columns
            for number in places:
                if n[number]:
                    yield (year, *self.places[number], n[number], members[number],
                           workers[number], capital[number], revenue[number], profit[number])  # fmt: skip

    @property
    def figures(self) -> list[tuple]:
        """Every row of `figure_rows`."""
        return list(self.figure_rows())


@dataclass
class Rolled:
    """The groups summed by area at one level: (area key, sector, type, status, n) and
    (year, area key, sector, n, *MEASURES), for the office whose scheme and area made it."""

    scheme: str
    area_code: str | None
    level: str
    counts: list[tuple]
    figures: list[tuple]


@dataclass
class Loaded:
    """What the dashboard page loads once per data change."""

    base: Base
    progress: list[UnitProgress]


def load_page(conn: Connection, identity: Identity, today: date, *,
              progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> Loaded:  # fmt: skip
    """The registry grouped (`load`) and the task progress by unit, for the page's
    background loader: reports its steps and stops (Cancelled) when asked."""
    step = progress or (lambda _done, _total, _message: None)

    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Reports", "Đã hủy tải bảng điều khiển."))

    # The task progress first: what it reads (every assignment's id, every judged report)
    # is let go before the registry's sums are made, where the other way round both were
    # held at once (the window's peak, nationally).
    step(0, 3, translate("Reports", "Đang tính tiến độ nhiệm vụ…"))
    units = task_progress(conn, today)
    check()
    step(1, 3, translate("Reports", "Đang đếm hợp tác xã…"))
    with collection_paused():
        base = load(conn, identity, check=check)
    step(3, 3, "")
    return Loaded(base, units)


def load(conn: Connection, identity: Identity, *,
         check: Callable[[], None] | None = None) -> Base:  # fmt: skip
    """Grouped scans. The commune is kept except for a national office (the district is then
    the finest grain: a few tens of thousands of groups; filtered to one district, a
    national dashboard shows the district as a whole)."""
    fine = scope.area_level(identity) != scope.PROVINCE or identity.area_scheme == "post2025"
    commune = _coop.c.area_code if fine else _coop.c.province_code.op("||")("")
    grain = (_coop.c.area_scheme, _coop.c.province_code, _coop.c.district_code, commune)
    # The groups' codes, sectors, statuses and years are kept once (`Packed`; `keep` for the
    # places while they are read): a hundred thousand group rows each held its own copy of
    # "post2025", "01" or 2024 (a third of the groups' memory).
    shared: dict[Any, Any] = {}
    keep = shared.setdefault
    counts = Packed(8, conn.execute(
        select(*grain, _coop.c.sector, _coop.c.entity_type, _coop.c.status, func.count())
        .where(_coop.c.deleted.is_(False))
        .group_by(*grain, _coop.c.sector, _coop.c.entity_type, _coop.c.status)
    ))  # fmt: skip
    # Figures: joined here rather than in SQL. SQLite looks each indicator's cooperative up by
    # its text UUID in a table of wide rows (1.7 s nationally); two plain scans and a dict
    # take a fraction of that.
    if check is not None:
        check()
    # Read in batches, and each cooperative mapped to the number of its group (the groups
    # are a few thousand): fetched whole, the 150,000 indicator rows held the dashboard's
    # peak memory at a hundred megabytes for a table of a few thousand sums.
    # On SQLite a cooperative is known by its row id, the indicators' cooperative found
    # through the id's own index (no wide row read): a small array of group numbers by row
    # id replaces a dict of 30,000 UUID strings nationally (4 MB, at the window's peak).
    sqlite = conn.dialect.name == "sqlite"
    rowid: Any = literal_column("cooperative.rowid")
    group_of: dict[tuple, int] = {}
    groups: dict[str, int] = {}  # elsewhere: group number + 1 by cooperative id
    numbers = array("i")  # on SQLite: group number + 1 by row id (0: none)
    if sqlite:
        top = conn.execute(select(func.max(rowid)).select_from(_coop)).scalar() or 0
        numbers = array("i", bytes(4 * (top + 1)))
    for part in conn.execute(
        select(rowid if sqlite else _coop.c.id, *grain, _coop.c.sector)
        .where(_coop.c.deleted.is_(False))
        .execution_options(yield_per=_BATCH)
    ).partitions():
        for key, *where in part:
            place = tuple(where)
            number = group_of.get(place)
            if number is None:
                number = group_of[tuple(keep(v, v) for v in place)] = len(group_of)
            if sqlite:
                if key >= len(numbers):  # added since the count above
                    numbers.frombytes(bytes(4 * (key + 1 - len(numbers))))
                numbers[key] = number + 1
            else:
                groups[key] = number + 1
    places = Packed(5, group_of)
    del group_of
    whose: Any = _ind.c.cooperative_id
    if sqlite:
        found = select(rowid).where(_coop.c.id == _ind.c.cooperative_id).scalar_subquery()
        whose = func.coalesce(found, 0)  # row ids start at 1: 0 is no cooperative
    # Summed into arrays of integers, one per year and figure (a group's at its number): no
    # object per group or per sum, while reading or after.
    sums: dict[int, list[MutableSequence[int]]] = {}
    for part in conn.execute(
        select(whose, _ind.c.year, *(getattr(_ind.c, m) for m in MEASURES))
        .where(_ind.c.deleted.is_(False))
        .execution_options(yield_per=_BATCH)
    ).partitions():  # fmt: skip
        if check is not None:
            check()
        for key, year, *values in part:
            group = (numbers[key] if key < len(numbers) else 0) if sqlite else groups.get(key, 0)
            if not group:
                continue
            columns = sums.get(year)
            if columns is None:
                columns = sums[year] = [array(t, bytes(array(t).itemsize * len(places)))
                                        for t in _TYPES]  # fmt: skip
            at = group - 1
            columns[0][at] += 1
            for i, v in enumerate(values, 1):
                if v is not None:
                    try:
                        columns[i][at] += v
                    except OverflowError:
                        _widen(columns, i, at, v)
    del groups, numbers, keep, shared
    base = Base(counts, places, sums, sectors(conn), fine)
    index(base, identity)
    return base


def _widen(columns: list[MutableSequence[int]], i: int, at: int, value: int) -> None:
    """Add `value` to a column too narrow for the sum: 4 bytes become 8, 8 become Python
    integers (past 64 bits)."""
    column = columns[i]
    if isinstance(column, array) and column.typecode == "i":
        columns[i] = array("q", column)
    else:
        columns[i] = list(column)
    try:
        columns[i][at] += value
    except OverflowError:  # past 64 bits at once
        _widen(columns, i, at, value)


def index(base: Base, identity: Identity) -> None:
    """Fill `base.rolled` (the groups summed at the office's level) and `base.by_province`."""
    level = scope.level_below(None, identity)
    _keep, key_of = _selector(identity, Filters(), level, base.fine)
    counts: dict[tuple, int] = {}
    for scheme, province, district, commune, sector, etype, status, n in base.counts:
        group = (key_of(scheme, province, district, commune), sector, etype, status)
        counts[group] = counts.get(group, 0) + n
    sums: dict[tuple, list[int]] = {}
    for year, scheme, province, district, commune, sector, *values in base.figure_rows():
        k = (year, key_of(scheme, province, district, commune), sector)
        total = sums.get(k)
        if total is None:
            sums[k] = list(values)
        else:
            for i, v in enumerate(values):
                total[i] += v
    base.rolled = Rolled(
        identity.area_scheme, identity.area_code, level,
        [(*k, n) for k, n in counts.items()], [(*k, *v) for k, v in sums.items()],
    )  # fmt: skip
    provinces: dict[tuple[str, str], tuple[array[int], array[int]]] = {}
    for number, row in enumerate(base.counts):
        provinces.setdefault((row[0], row[1]), (array("i"), array("i")))[0].append(number)
    for number, place in enumerate(base.places):
        provinces.setdefault((place[0], place[1]), (array("i"), array("i")))[1].append(number)
    base.by_province = provinces


def _selector(identity: Identity, filters: Filters, level: str, fine: bool):  # type: ignore[no-untyped-def]
    """(keep(scheme, province, district, commune, sector), key(scheme, ...)) for a filter."""
    wanted_sector = filters.sector
    scheme_ = identity.area_scheme
    area = scope.AreaFilter(scheme_, filters.area) if filters.area else None
    unit = area.unit() if area else None
    position = {scope.PROVINCE: 0, scope.DISTRICT: 1, scope.COMMUNE: 2}

    def keep(scheme: str, province: str, district: str, commune: str, sector: str) -> bool:
        if wanted_sector and sector != wanted_sector:
            return False
        if area is not None:
            if unit is None or scheme != scheme_:
                return False
            if (province, district, commune)[position[unit.level]] != unit.code and not (
                unit.level == scope.COMMUNE and not fine
            ):
                return False
        return True

    def key(scheme: str, province: str, district: str, commune: str) -> tuple[str, str | None]:
        if level == scope.PROVINCE:
            return scheme, province
        if level == scope.DISTRICT and scheme == "pre2025":
            return scheme, district
        if level == scope.COMMUNE and not fine:
            return scheme, district  # communes were not kept: the district as a whole
        return scheme, commune

    return keep, key


def compute(base: Base, identity: Identity, filters: Filters) -> Dashboard:
    area = scope.AreaFilter(identity.area_scheme, filters.area) if filters.area else None
    level = scope.level_below(area, identity)
    keep, key_of = _selector(identity, replace(filters, sector=None), level, base.fine)
    sector_names = base.sector_names
    types, statuses = vocab.entity_types(), vocab.statuses()
    names: dict[tuple[str, str | None], str] = {}

    def area_name(area_key: tuple[str, str | None]) -> str:
        if area_key not in names:
            names[area_key] = scope.area_name(*area_key)
        return names[area_key]

    count_rows, figure_rows = _rows(base, identity, area, level, keep, key_of)
    by_area: dict[tuple[str, str | None], int] = {}
    by_sector: dict[str, int] = {}
    by_type: dict[str, int] = {}
    by_status: dict[str, int] = {}
    total = 0
    wanted_sector = filters.sector
    for k, sector, etype, status, n in count_rows:
        if wanted_sector and sector != wanted_sector:
            continue
        total += n
        by_area[k] = by_area.get(k, 0) + n
        sector = sector or ""
        by_sector[sector] = by_sector.get(sector, 0) + n
        by_type[etype] = by_type.get(etype, 0) + n
        by_status[status] = by_status.get(status, 0) + n

    per_year: dict[int, list[int]] = {}
    per_area: dict[tuple[str, str | None], list[int]] = {}
    chosen_year = filters.year
    if chosen_year is None:
        chosen_year = max(base.sums, default=None)
    for year, k, sector, *values in figure_rows:
        if wanted_sector and sector != wanted_sector:
            continue
        sums = per_year.get(year)
        if sums is None:
            sums = per_year[year] = [0] * (len(MEASURES) + 1)
        for i, v in enumerate(values):
            sums[i] += v
        if year == chosen_year:
            sums = per_area.get(k)
            if sums is None:
                sums = per_area[k] = [0] * (len(MEASURES) + 1)
            for i, v in enumerate(values):
                sums[i] += v
    years = sorted(per_year)

    def area_key_text(k: tuple[str, str | None]) -> str:
        return f"{k[0]}:{k[1] or ''}"

    order = {code: n for n, code in enumerate(sector_names)}
    type_order = {code: n for n, code in enumerate(types)}
    status_order = {code: n for n, code in enumerate(statuses)}
    return Dashboard(
        filters=filters,
        year=chosen_year,
        years=years,
        level=level,
        total=total,
        by_area=sorted((Count(area_key_text(k), area_name(k), n) for k, n in by_area.items()),
                       key=lambda c: sort_key(c.name)),
        by_sector=sorted((Count(k, sector_names.get(k) or "–", n) for k, n in by_sector.items()),
                         key=lambda c: order.get(c.key, len(order))),
        by_type=sorted((Count(k, types.get(k, k), n) for k, n in by_type.items()),
                       key=lambda c: type_order.get(c.key, 99)),
        by_status=sorted((Count(k, statuses.get(k, k), n) for k, n in by_status.items()),
                         key=lambda c: status_order.get(c.key, 99)),
        figures_by_area=sorted((Figures(area_key_text(k), area_name(k), *v)
                                for k, v in per_area.items()), key=lambda f: sort_key(f.name)),
        trend=[Figures(str(y), str(y), *per_year[y]) for y in years],
    )  # fmt: skip


def _rows(base: Base, identity: Identity, area: scope.AreaFilter | None, level: str,
          keep, key_of) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]  # fmt: skip
    """The groups a filter goes through, keyed by their area at `level`, not yet filtered by
    sector: (area key, sector, type, status, n) and (year, area key, sector, n, *MEASURES)."""
    rolled = base.rolled
    if area is None and rolled is not None and (rolled.scheme, rolled.area_code, rolled.level) == (
        identity.area_scheme, identity.area_code, level
    ):  # fmt: skip
        return rolled.counts, rolled.figures
    counts: Iterable[tuple] = base.counts
    places: Iterable[int] | None = None
    if area is not None and base.by_province:
        unit = area.unit()
        if unit is None:
            return [], []  # an unknown area keeps nothing
        if unit.level == scope.PROVINCE:
            rows, places = base.by_province.get((area.scheme, unit.code), ((), ()))
            counts = (base.counts[number] for number in rows)
    count_rows = [
        (key_of(scheme, province, district, commune), sector, etype, status, n)
        for scheme, province, district, commune, sector, etype, status, n in counts
        if keep(scheme, province, district, commune, None)
    ]
    figure_rows = [
        (year, key_of(scheme, province, district, commune), sector, *values)
        for year, scheme, province, district, commune, sector, *values in base.figure_rows(places)
        if keep(scheme, province, district, commune, None)
    ]
    return count_rows, figure_rows


def task_progress(conn: Connection, today: date) -> list[UnitProgress]:
    """Each unit's assignments by computed status, in Vietnamese order of the unit's name."""
    units: dict[str, UnitProgress] = {}
    for office_code, office_name, status in board.each_status(conn, today):
        unit = units.get(office_code)
        if unit is None:
            unit = units[office_code] = UnitProgress(office_code, office_name)
        unit.counts[status.code] += 1
        unit.unreported += not status.reported_current
    return sorted(units.values(), key=lambda u: sort_key(u.name))
