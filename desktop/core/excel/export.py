"""Workbooks of the registry: the cooperative list, annual figures, the import template and
the problems of an import."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from desktop.core import areas, fields, vocab
from desktop.core.errors import Cancelled
from desktop.core.excel.writer import Column, TableSheet, export_date_line, new_workbook, save
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.registry import (
    INDICATOR_FIELDS,
    sectors,
)
from desktop.core.settings import Identity

Progress = Callable[[int, int, str], None]
_coop = SPECS["cooperative"].table
_ind = SPECS["indicator"].table


def _column(spec: fields.Field, heading: str | None = None) -> Column:
    kind = {"code": "code", "phone": "code", "area": "code", "date": "date",
            "count": "int", "money": "int"}.get(spec.kind, "text")  # fmt: skip
    total = "count" if spec.kind == "code" else "sum" if kind == "int" else None
    if spec.name == "average_income":
        total = None  # an average does not add up
    return Column(heading or spec.label(), spec.export_width or 14, kind, total)


def _exported(specs: Sequence[fields.Field]) -> list[fields.Field]:
    return [f for f in specs if f.export_width]


def coop_columns(*, districts: bool = True) -> list[Column]:
    """The list's columns (fields.py: those with an export width); their headers are those
    the importer recognises. Without `districts` (a list in today's scheme, province –
    commune) there is no "Quận / huyện" column to leave empty."""
    columns = [Column(translate("Excel", "STT"), 6, "int")]
    for spec in _exported(fields.COOPERATIVE):
        if spec.kind == "area":
            columns.append(Column(translate("Excel", "Tỉnh / thành phố"), 18))
            if districts:
                columns.append(Column(translate("Excel", "Quận / huyện"), 18))
            columns.append(Column(translate("Excel", "Xã / phường / thị trấn"), 22))
        columns.append(_column(spec, _HEADINGS.get(spec.name, lambda: None)()))
    columns.append(Column(translate("Excel", "Năm số liệu"), 8))
    columns += [_column(spec) for spec in _exported(fields.INDICATOR)]
    return columns


# Export headings that say more than the form's label.
_HEADINGS = {
    "name": lambda: translate("Excel", "Tên hợp tác xã"),
    "area_code": lambda: translate("Excel", "Mã địa bàn"),
}


class _Names:
    """Administrative unit names, looked up once per code."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str | None], tuple[str, str, str]] = {}

    def of(self, scheme: str, code: str | None) -> tuple[str, str, str]:
        key = (scheme, code)
        if key not in self._cache:
            province = district = commune = ""
            for unit in areas.lineage(scheme, code):
                if unit.level == "province":
                    province = unit.name
                elif unit.level == "district":
                    district = unit.name
                else:
                    commune = unit.name
            self._cache[key] = (province, district, commune)
        return self._cache[key]


def _latest_figures(conn: Connection) -> dict[str, tuple]:
    latest: dict[str, tuple] = {}
    query = (
        select(_ind.c.cooperative_id, _ind.c.year,
               *(_ind.c[spec.name] for spec in _exported(fields.INDICATOR)))
        .where(_ind.c.deleted.is_(False))
        .order_by(_ind.c.cooperative_id, _ind.c.year)
    )  # fmt: skip
    for row in conn.execute(query):
        latest[row[0]] = tuple(row[1:])
    return latest


def _selected(conn: Connection, ids: Sequence[str] | None) -> list[Any]:
    """Live cooperatives: those of `ids` in that order, or all in Vietnamese name order."""
    query = select(_coop).where(_coop.c.deleted.is_(False))
    if ids is None:
        return list(conn.execute(query.order_by(_coop.c.name_sort)))
    rows = {r.id: r for r in conn.execute(query)} if len(ids) > 900 else {}
    if not rows:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows.update({r.id: r for r in conn.execute(query.where(_coop.c.id.in_(chunk)))})
    return [rows[i] for i in ids if i in rows]


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise Cancelled(translate("Excel", "Đã hủy xuất tệp."))


def export_cooperatives(
    conn: Connection,
    identity: Identity,
    path: str | Path,
    *,
    ids: Sequence[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """The cooperative list (the given ids in their order, or all), with the latest year's
    main figures. Returns (file written, rows)."""
    rows = _selected(conn, ids)
    figures = _latest_figures(conn)
    sector_names = sectors(conn)
    tables = fields.choice_tables(sector_names)
    coop_specs = _exported(fields.COOPERATIVE)
    figure_count = len(_exported(fields.INDICATOR))
    names = _Names()
    districts = any(r.district_code for r in rows)
    workbook = new_workbook()
    sheet = TableSheet(
        workbook, translate("Excel", "Danh sách HTX"), coop_columns(districts=districts),
        office=identity.office_name,
        heading=translate("Excel", "Danh sách hợp tác xã"),
        subtitle=translate("Excel", "{n} hợp tác xã – {date}").format(
            n=f"{len(rows):,}".replace(",", "."), date=export_date_line()),
    )  # fmt: skip
    total = len(rows)
    for n, r in enumerate(rows, 1):
        if n % 2000 == 0:
            _check(cancelled)
            if progress:
                progress(n, total, translate("Excel", "Đang ghi dòng {n}…").format(n=n))
        values: list[Any] = [n]
        for spec in coop_specs:
            value = getattr(r, spec.name)
            if spec.kind == "area":
                province, district, commune = names.of(r.area_scheme, value)
                place = (province, district, commune) if districts else (province, commune)
                values.extend(v or None for v in place)
            elif value is not None and spec.name in tables:
                value = tables[spec.name].get(value, value)
            values.append(value)
        values.extend(figures.get(r.id, (None,) * (figure_count + 1)))
        sheet.append(values)
    sheet.close(label_column=2)
    return save(workbook, path), total


def indicator_columns() -> list[Column]:
    return [
        Column(translate("Excel", "STT"), 6, "int"),
        Column(translate("Excel", "Mã số HTX"), 14, "code", total="count"),
        Column(translate("Excel", "Tên hợp tác xã"), 40),
        Column(translate("Excel", "Năm"), 8),
        *(_column(spec) for spec in fields.INDICATOR),
    ]


def export_indicators(
    conn: Connection,
    identity: Identity,
    path: str | Path,
    *,
    ids: Sequence[str] | None = None,
    year: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, int]:
    """Annual figures: one row per cooperative and year (all years, or `year`)."""
    coops = _selected(conn, ids)
    by_coop: dict[str, list[Any]] = {}
    query = select(_ind).where(_ind.c.deleted.is_(False)).order_by(_ind.c.year)
    if year is not None:
        query = query.where(_ind.c.year == year)
    for row in conn.execute(query):
        by_coop.setdefault(row.cooperative_id, []).append(row)
    tables = fields.choice_tables()
    workbook = new_workbook()
    heading = translate("Excel", "Chỉ tiêu hằng năm của hợp tác xã")
    if year is not None:
        heading = translate("Excel", "Chỉ tiêu của hợp tác xã năm {year}").format(year=year)
    sheet = TableSheet(workbook, translate("Excel", "Chỉ tiêu"), indicator_columns(),
                       office=identity.office_name, heading=heading,
                       subtitle=export_date_line())  # fmt: skip
    n = 0
    total = len(coops)
    for i, coop in enumerate(coops):
        if i % 2000 == 0:
            _check(cancelled)
            if progress:
                progress(i, total, translate("Excel", "Đang ghi hợp tác xã {n}…").format(n=i + 1))
        for ind in by_coop.get(coop.id, []):
            n += 1
            values: list[Any] = [n, coop.registration_code, coop.name, ind.year]
            for name in INDICATOR_FIELDS:
                value = getattr(ind, name)
                if value and name in tables:
                    value = tables[name].get(value, value)
                values.append(value)
            sheet.append(values)
    sheet.close(label_column=2)
    return save(workbook, path), n


def export_template(path: str | Path, identity: Identity | None = None) -> Path:
    """A blank list with the expected columns, and a sheet explaining the allowed values."""
    workbook = new_workbook()
    office = identity.office_name if identity else ""
    districts = identity is None or identity.area_scheme != areas.POST2025
    sheet = TableSheet(workbook, translate("Excel", "Danh sách HTX"),
                       coop_columns(districts=districts), office=office,
                       heading=translate("Excel", "Danh sách hợp tác xã"),
                       subtitle=translate("Excel", "Mẫu nhập danh sách – ngày/tháng/năm ghi dạng 05/03/2019"),
                       totals=False)  # fmt: skip
    sheet.close(label_column=2)
    guide = TableSheet(workbook, translate("Excel", "Hướng dẫn"),
                       [Column(translate("Excel", "Cột"), 28), Column(translate("Excel", "Giá trị được chấp nhận"), 90)],
                       office=office, heading=translate("Excel", "Hướng dẫn điền mẫu"),
                       subtitle=export_date_line(), totals=False)  # fmt: skip
    for header, allowed in (
        (
            translate("Excel", "Mã số HTX"),
            translate("Excel", "10 chữ số, hoặc 13 ký tự có mã chi nhánh (3100123459-001)"),
        ),
        (translate("Excel", "Loại hình"), "; ".join(vocab.entity_types().values())),
        (translate("Excel", "Lĩnh vực"), "; ".join(name for _code, name in vocab.DEFAULT_SECTORS)),
        (translate("Excel", "Tình trạng"), "; ".join(vocab.statuses().values())),
        (translate("Excel", "Mô hình quản trị"), "; ".join(vocab.governance_models().values())),
        (
            translate("Excel", "Địa bàn"),
            translate("Excel", "Ghi tên xã, huyện, tỉnh; hoặc mã địa bàn (mã xã 5 chữ số)"),
        ),
        (translate("Excel", "Ngày"), translate("Excel", "ngày/tháng/năm, ví dụ 05/03/2019")),
        (
            translate("Excel", "Số tiền"),
            translate("Excel", "đồng; có thể ghi đơn vị trong tiêu đề: (triệu đồng), (tỷ đồng)"),
        ),
        (
            translate("Excel", "Năm số liệu"),
            translate("Excel", "năm của các cột số liệu, ví dụ 2024"),
        ),
    ):
        guide.append((header, allowed))
    guide.close()
    return save(workbook, path)


@dataclass
class ProblemRow:
    row: int
    column: str
    header: str
    message: str


def export_problems(path: str | Path, problems: Sequence[Any], *, file: str = "",
                    office: str = "") -> Path:  # fmt: skip
    """The problems of an import preview, for the person who keeps the spreadsheet."""
    workbook = new_workbook()
    sheet = TableSheet(
        workbook, translate("Excel", "Lỗi nhập"),
        [Column(translate("Excel", "Dòng"), 8, "int"), Column(translate("Excel", "Cột"), 6), Column(translate("Excel", "Tiêu đề cột"), 30),
         Column(translate("Excel", "Nội dung lỗi"), 90)],
        office=office, heading=translate("Excel", "Các lỗi khi nhập danh sách"),
        subtitle=translate("Excel", "Tệp: {file} – {date}").format(file=Path(file).name if file else "",
                                                   date=export_date_line()),
        totals=False,
    )  # fmt: skip
    for p in problems:
        sheet.append((p.row, p.column or None, p.header or None, p.message))
    sheet.close()
    return save(workbook, path)


def default_file_name(what: str, today: date | None = None) -> str:
    today = today or date.today()
    names = {
        "coops": translate("Excel", "danh-sach-htx"),
        "indicators": translate("Excel", "chi-tieu-htx"),
        "summary": translate("Excel", "tong-hop-htx"),
        "summary-old": translate("Excel", "tong-hop-htx-theo-huyen-cu"),
        "tasks": translate("Excel", "tien-do-nhiem-vu"),
        "template": translate("Excel", "mau-nhap-danh-sach-htx"),
        "problems": translate("Excel", "loi-nhap-excel"),
    }
    return f"{names.get(what, what)}-{today:%Y%m%d}.xlsx"
