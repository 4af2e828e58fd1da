"""Importing a cooperative list: a plan first (what would be created, updated, skipped, and
every problem with its row and column), then the plan applied in one transaction.

Rows are matched to live cooperatives by registration code: a match gets the fields the sheet
gives that differ (history source `excel`, like any edit); empty cells never erase what is
stored. Other rows create cooperatives. Blank rows, total rows ("Tổng cộng") and group headings
("I. Huyện Lệ Thủy") are skipped; rows with any problem are left out, whole. Nothing is
written until `apply_plan`, and then in the caller's transaction with bulk statements (the
per-record registry path would take minutes for 20,000 rows).

A sheet may hold one row per cooperative (figures for one year, given by the header or asked
for) or one row per cooperative and year (a "Năm" column), as the indicator export writes.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, bindparam, select

from desktop.core import fields
from desktop.core.errors import Cancelled, KnownError, ValidationError
from desktop.core.excel import mapping
from desktop.core.excel.areas_lookup import AreaResolver
from desktop.core.excel.mapping import COMMUNE, DISTRICT, PROVINCE, ROW_NUMBER, YEAR, Layout
from desktop.core.excel.reader import Sheet
from desktop.core.excel.values import cell_text, parse_cell_date, squash_all, to_whole
from desktop.core.i18n import translate
from desktop.core.records import Row, Writer, new_id
from desktop.core.registry import (
    COOP,
    COOP_FIELDS,
    COUNT_FIELDS,
    INDICATOR,
    MONEY_FIELDS,
    CoopCleaner,
    clean_indicator,
    indicator_id,
    within_jurisdiction,
)
from desktop.core.settings import Identity
from desktop.core.text import fold

_F = TypeVar("_F", bound=Callable[..., Any])

Progress = Callable[[int, int, str], None]
_AREA_TARGETS = ("area_code", PROVINCE, DISTRICT, COMMUNE)
_AREA_NAMES = frozenset((PROVINCE, DISTRICT, COMMUNE))
_CHOICE_FIELDS = frozenset(f.name for f in fields.COOPERATIVE if f.kind in ("choice", "sector"))
AREA = "area"  # the field of a remembered unit name (-> area code)
# What the person said values mean: field -> value key -> code (remembered per office).
ValueMap = dict[str, dict[str, str]]


def value_key(text: str) -> str:
    """How a remembered value is looked up: its words, folded."""
    return fields.words(text)


_TOTAL_WORDS = ("tong cong", "tong so", "cong", "tong", "total", "tong hop chung")
_CHUNK = 500

_gc_lock = threading.Lock()
_gc_depth = 0
_gc_was_enabled = False


def _without_gc(function: _F) -> _F:
    """Run without the cyclic garbage collector, re-enabled after (if it was).

    Reading and planning 20,000 rows makes hundreds of thousands of containers that live
    until the end; each automatic collection walks all of them again, a quarter of the
    import's time. Nothing here makes reference cycles worth collecting meanwhile. Nested
    and concurrent calls share one count: the collector comes back when the last one ends."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        global _gc_depth, _gc_was_enabled
        with _gc_lock:
            if _gc_depth == 0:
                _gc_was_enabled = gc.isenabled()
                gc.disable()
            _gc_depth += 1
        try:
            return function(*args, **kwargs)
        finally:
            with _gc_lock:
                _gc_depth -= 1
                if _gc_depth == 0 and _gc_was_enabled:
                    gc.enable()

    return cast(_F, wrapper)


def _words(text: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", " ", fold(text)).strip()


@dataclass
class Problem:
    row: int  # sheet row number, 1-based ("dòng" as Excel shows it)
    column: str  # column letter, "" when the problem is not one column's
    header: str
    message: str
    # A value that matched nothing (or several units): the person may say what it means.
    field: str = ""  # a choice field, or AREA for a unit's name
    value: str = ""
    candidates: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # (code, label)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"row": self.row, "column": self.column, "header": self.header,
                               "message": self.message}  # fmt: skip
        if self.field:
            out.update(field=self.field, value=self.value,
                       candidates=[{"code": c, "label": n} for c, n in self.candidates])  # fmt: skip
        return out


@dataclass
class Unmatched:
    """A distinct value the import could not place, with the rows it holds up."""

    field: str
    value: str
    candidates: list[tuple[str, str]]
    rows: list[int]


@dataclass
class PlannedCoop:
    row: int
    values: Row  # cleaned fields (create) or the changed fields (update)
    current: Row | None = None  # the stored row, for an update
    figures: dict[int, Row] = field(default_factory=dict)  # year -> cleaned figures
    figure_changes: dict[int, tuple[Row | None, Row]] = field(default_factory=dict)
    rows: list[int] = field(default_factory=list)  # every sheet row of this cooperative

    @property
    def changes_anything(self) -> bool:
        return self.current is None or bool(self.values) or bool(self.figure_changes)


@dataclass
class ImportPlan:
    file: str
    sheet: str
    layout: Layout
    year: int | None
    creates: list[PlannedCoop] = field(default_factory=list)
    updates: list[PlannedCoop] = field(default_factory=list)
    unchanged: list[PlannedCoop] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (row, reason)
    problems: list[Problem] = field(default_factory=list)
    converted: dict[str, int] = field(default_factory=dict)
    # Cells that read like TCVN3/VNI in a Unicode font, not converted: (cell, text, Unicode).
    suspected: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def error_rows(self) -> int:
        return len({p.row for p in self.problems})

    def unmatched(self) -> list[Unmatched]:
        """Each value that matched nothing once (the wizard's value step, `--map` help)."""
        out: dict[tuple[str, str], Unmatched] = {}
        for p in self.problems:
            if p.field:
                key = (p.field, value_key(p.value))
                if key not in out:
                    out[key] = Unmatched(p.field, p.value, list(p.candidates), [])
                out[key].rows.append(p.row)
        return list(out.values())

    def report(self) -> dict[str, Any]:
        """The JSON report of the CLI (and what the wizard shows)."""
        labels = mapping.target_labels()
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.layout.header_row + 1,
            "first_data_row": self.layout.first_data_row + 1,
            "year": self.year,
            "created": len(self.creates),
            "updated": len(self.updates),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
            "error_rows": self.error_rows,
            "errors": [p.to_json() for p in self.problems],
            "skipped_rows": [{"row": r, "reason": reason} for r, reason in self.skipped],
            "columns": [
                {
                    "column": col.letter,
                    "header": col.header,
                    "field": col.field if col.field != ROW_NUMBER else None,
                    "label": labels.get(col.field or "", ""),
                    "year": col.year,
                    "unit": col.unit if col.field in MONEY_FIELDS else None,
                }
                for col in self.layout.columns
                if col.header or col.field
            ],
            "legacy_text_converted": dict(self.converted),
            "legacy_text_suspected": [
                {"cell": cell, "text": text, "converted": converted}
                for cell, text, converted in self.suspected
            ],
            "unmatched": [
                {
                    "field": u.field,
                    "value": u.value,
                    "rows": u.rows,
                    "candidates": [{"code": c, "label": n} for c, n in u.candidates],
                }
                for u in self.unmatched()
            ],
        }


class _Planner:
    def __init__(self, conn: Connection, identity: Identity, layout: Layout,
                 year: int | None, values: ValueMap | None = None,
                 titles: list[str] | None = None) -> None:  # fmt: skip
        self.conn = conn
        self.identity = identity
        self.layout = layout
        self.year = year
        self.cleaner = CoopCleaner(conn, identity, normalized=True)
        self.values = values or {}
        self.areas = AreaResolver(identity, titles, learned=self.values.get(AREA, {}))
        self.labels = mapping.target_labels()
        self.by_field = layout.by_field()
        self.coop_columns = [
            (c.column, c) for c in layout.columns if c.field in COOP_FIELDS or
            c.field in _AREA_TARGETS or c.field == YEAR
        ]  # fmt: skip
        self.figure_columns = [(c.column, c) for c in layout.figure_columns()]
        self.coop_readers = [(i, c, c.field or "", self._reader(c)) for i, c in self.coop_columns]
        self.figure_readers = [
            (i, c, c.field or "", self._reader(c)) for i, c in self.figure_columns
        ]
        # The column of each field mapped to one column: a row's problem with that field
        # points there. Only a field mapped to several columns (the last one filled wins) and
        # the area found from names keep their column row by row (`read_rows`' sources).
        self.single = {name: cols[0] for name, cols in self.by_field.items() if len(cols) == 1}
        self.code_column = self.by_field.get("registration_code", [None])[0]
        self.name_column = self.by_field.get("name", [None])[0]
        self.row_years = YEAR in self.by_field
        self._choice_cache: dict[tuple[str, str], str | None] = {}

    # --- one cell ------------------------------------------------------------------------

    def choice(self, name: str, text: str) -> str | None:
        key = (name, text)
        if key not in self._choice_cache:
            learned = self.values.get(name, {}).get(value_key(text))
            self._choice_cache[key] = self.cleaner.match(name, learned or text)
        return self._choice_cache[key]

    def problem(self, row: int, col: mapping.ColumnMap | None, message: str) -> Problem:
        if col is None:
            return Problem(row, "", "", message)
        return Problem(row, col.letter, col.header, message)

    def _reader(self, col: mapping.ColumnMap) -> Callable[[Any], tuple[Any, str | None]]:
        """The conversion of one column's cells: (value, None) or (None, problem message).

        Lists repeat values (choices, dates, units, figures), so each distinct cell value is
        converted once per column. Keys carry the type for non-text values: 1, 1.0 and True
        are equal to Python but not the same cell."""
        name = col.field or ""
        cache: dict[Any, tuple[Any, str | None]] = {}
        convert: Callable[[Any], tuple[Any, str | None]]
        spec = fields.BY_NAME.get(name)
        kind = spec.kind if spec is not None else None
        if kind == "code":
            return lambda value: (
                fields.clean_code(cell_text(value) if value.__class__ is str else value),
                None,
            )
        if kind == "phone":
            return lambda value: (_phone_text(value), None)
        if kind in ("text", "email", "notes") or name in (PROVINCE, DISTRICT, COMMUNE):
            return _text_reader
        if kind in ("choice", "sector") and name in COOP_FIELDS:

            def convert(value: Any) -> tuple[Any, str | None]:
                text = cell_text(value)
                code = self.choice(name, text)
                return (
                    (code, None) if code is not None else (None, self._unknown_choice(name, text))
                )
        elif kind == "date":

            def convert(value: Any) -> tuple[Any, str | None]:
                try:
                    return parse_cell_date(value), None
                except ValueError:
                    return None, translate("Excel",
                        "Ngày “{value}” không hợp lệ: hãy ghi theo dạng ngày/tháng/năm, "
                        "ví dụ 05/03/2019."
                    ).format(value=cell_text(value))  # fmt: skip
        elif kind == "area":

            def convert(value: Any) -> tuple[Any, str | None]:
                return self.areas.code(value), None
        elif name == YEAR:

            def convert(value: Any) -> tuple[Any, str | None]:
                year = fields.check_year(value)
                if year is None:
                    return None, translate("Excel", "Năm “{value}” không hợp lệ.").format(
                        value=cell_text(value)
                    )
                return year, None
        else:  # figures

            def convert(value: Any) -> tuple[Any, str | None]:
                try:
                    if name in COUNT_FIELDS:
                        return to_whole(value, integral=True), None
                    if name in MONEY_FIELDS:
                        return to_whole(value, col.unit), None
                    return cell_text(value), None
                except ValueError:
                    message = (
                        translate("Excel", "{field}: “{value}” không phải là số nguyên.")
                        if name in COUNT_FIELDS
                        else translate("Excel", "{field}: “{value}” không phải là số.")
                    )
                    label = self.labels.get(name, name)
                    return None, message.format(field=label, value=cell_text(value))

        def cached(value: Any) -> tuple[Any, str | None]:
            key = value if value.__class__ is str else (value.__class__, value)
            try:
                return cache[key]
            except KeyError:
                result = cache[key] = convert(value)
                return result
            except TypeError:  # not hashable
                return convert(value)

        return cached

    def read_rows(self, items: list[tuple[int, list[Any]]]
                  ) -> list[tuple[Row, dict[str, mapping.ColumnMap], dict[int, Row], list[Problem]]]:  # fmt: skip
        """For each (sheet row number, cells): (cooperative raw fields, the column of those
        not in `single`, figures by year, problems), worked out a column at a time. Each row's fields,
        figures and problems come in column order (then the area, then the figures), as
        reading the row cell by cell would give them."""
        count = len(items)
        raws: list[Row] = [{} for _ in range(count)]
        sources: list[dict[str, mapping.ColumnMap]] = [{} for _ in range(count)]
        problems: list[list[Problem]] = [[] for _ in range(count)]
        area_names: dict[int, dict[str, str]] = {}
        row_years: list[int | None] = [None] * count
        columns = self._columns(items)
        for index, col, name, convert in self.coop_readers:
            keep_source = name not in self.single
            if convert is _text_reader:  # most columns: text as it is, read in one go
                cells = self._cells(columns, index)
                texts = squash_all(
                    [value if value.__class__ is str else cell_text(value) for _n, value in cells]
                )
                if name in _AREA_NAMES:
                    for (n, _value), text in zip(cells, texts, strict=True):
                        area_names.setdefault(n, {})[name] = text
                    continue
                for (n, _value), text in zip(cells, texts, strict=True):
                    raws[n][name] = text
                    if keep_source:
                        sources[n][name] = col
                continue
            for n, value in self._cells(columns, index):
                result, message = convert(value)
                if name == YEAR:
                    row_years[n] = result
                if message is not None:
                    problem = self.problem(items[n][0], col, message)
                    if name in _CHOICE_FIELDS:
                        problem.field, problem.value = name, cell_text(value)
                        problem.candidates = list(self.cleaner.choices(name).table.items())
                    problems[n].append(problem)
                    continue
                if name == YEAR:
                    continue
                if name in _AREA_NAMES:
                    area_names.setdefault(n, {})[name] = result
                    continue
                raws[n][name] = result
                if keep_source:
                    sources[n][name] = col
        if "address" in self.by_field:
            for n, raw in enumerate(raws):
                if raw.get("address"):
                    area_names.setdefault(n, {})
        for n, names in sorted(area_names.items()):
            raw = raws[n]
            if "area_code" in raw:
                continue
            units = (names.get(PROVINCE, ""), names.get(DISTRICT, ""), names.get(COMMUNE, ""))
            found = self.areas.locate(*units) if any(units) else None
            if found is None or (not found.message and not self.areas.is_commune(found.code)):
                # the address says more than the unit columns (or is all there is)
                address = raw.get("address") or ""
                if address:
                    found = self.areas.locate(*units, address)
            if found is None:
                continue
            if found.message:
                target = {"province": PROVINCE, "district": DISTRICT, "commune": COMMUNE,
                          "address": "address"}[found.kind]  # fmt: skip
                problem = self.problem(items[n][0], self.by_field[target][0], found.message)
                problem.field, problem.value = AREA, found.value
                problem.candidates = found.candidates
                problems[n].append(problem)
            elif found.code:
                raw["area_code"] = found.code
                given = [t for t in (COMMUNE, DISTRICT, PROVINCE) if t in names]
                sources[n]["area_code"] = self.by_field[given[0] if given else "address"][0]
        figures: list[dict[int, Row]] = [{} for _ in range(count)]
        for index, col, name, convert in self.figure_readers:
            for n, value in self._cells(columns, index):
                year = col.year or row_years[n] or self.year
                if year is None:
                    problems[n].append(self.problem(items[n][0], col, translate("Excel",
                        "Không biết số liệu thuộc năm nào: hãy chọn năm, hoặc thêm cột “Năm”."
                    )))  # fmt: skip
                    continue
                number, message = convert(value)
                if message is not None:
                    problems[n].append(self.problem(items[n][0], col, message))
                    continue
                if number is None:
                    continue
                by_year = figures[n].get(year)
                if by_year is None:
                    by_year = figures[n][year] = {}
                by_year[name] = number
        return list(zip(raws, sources, figures, problems, strict=True))

    @staticmethod
    def _columns(items: list[tuple[int, list[Any]]]) -> list[tuple[Any, ...]]:
        """The cells of `items` a column at a time (short rows padded with None)."""
        width = max((len(values) for _row, values in items), default=0)
        return list(
            zip(*(v if len(v) == width else [*v, *[None] * (width - len(v))]
                  for _row, v in items), strict=True)
        )  # fmt: skip

    @staticmethod
    def _cells(columns: list[tuple[Any, ...]], index: int) -> list[tuple[int, Any]]:
        """(position in the rows, cell) of one column's filled cells (not empty or blank)."""
        if index >= len(columns):
            return []
        return [
            (n, value)
            for n, value in enumerate(columns[index])
            if value is not None and (value.__class__ is not str or value.strip())
        ]

    def _unknown_choice(self, name: str, text: str) -> str:
        allowed = self.cleaner.choices(name)
        return translate("Excel", "{field}: “{value}” không có trong danh mục ({allowed}).").format(
            field=self.labels.get(name, name), value=text, allowed=allowed.labels(),
        )  # fmt: skip

    def classify(self, values: list[Any]) -> str | None:
        """Why a row without a registration code is not data: blank, total or heading."""
        code = values[self.code_column.column] if (
            self.code_column and self.code_column.column < len(values)) else None  # fmt: skip
        if (code.__class__ is str and code[:1].isdigit()) or (
            isinstance(code, int | float) and code >= 100_000_000
        ):
            return None  # a registration code: data (the common case, decided quickly)
        # A small number where the code goes is a count: the totals row of a list whose
        # formulas were saved with their values (LibreOffice, or Excel after a recalculation).
        texts = [v for v in values if v is not None and not (isinstance(v, str) and not v.strip())]
        if not texts:
            return "blank"
        for value in texts[:3]:
            if isinstance(value, str) and not value.strip().isdigit():
                words = _words(value)
                if any(words == w or words.startswith(w + " ") for w in _TOTAL_WORDS):
                    return "total"
                break
        if code not in (None, "") and not (isinstance(code, str) and not code.strip()):
            return None
        numbers = [v for v in texts if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(texts) <= 2 and len(numbers) <= 1:
            return "heading"
        return None


def _text_reader(value: Any) -> tuple[Any, str | None]:
    return cell_text(value), None


def _phone_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        return "0" + text if len(text) == 9 else text
    return cell_text(value)


SKIP_REASONS = {
    "blank": "Dòng trống",
    "total": "Dòng tổng cộng",
    "heading": "Dòng tiêu đề nhóm hoặc ghi chú",
}


def skip_reason_text(reason: str) -> str:
    return translate("Excel", SKIP_REASONS.get(reason, reason))


@_without_gc
def plan_import(
    conn: Connection,
    identity: Identity,
    sheet: Sheet,
    layout: Layout,
    *,
    year: int | None = None,
    file: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    values: ValueMap | None = None,
) -> ImportPlan:
    """Work out what importing the sheet would do; writes nothing. `values`: what values
    that match nothing mean (remembered ones are read from the database)."""
    if "registration_code" not in layout.by_field():
        raise KnownError(translate("Excel",
            "Chưa chọn cột “Mã số HTX”: cần mã số để nhận ra hợp tác xã đã có. Hãy chọn cột "
            "chứa mã số HTX / mã số thuế."
        ))  # fmt: skip
    year = year or layout.title_year
    if layout.needs_year() and year is None:
        columns = ", ".join(
            f"{c.letter} “{c.header}”" for c in layout.figure_columns() if c.year is None
        )
        raise KnownError(
            translate(
                "Excel",
                "Các cột số liệu {columns} không ghi năm: hãy cho biết số liệu thuộc năm nào "
                "(--year NĂM, hoặc chọn năm trong cửa sổ nhập).",
            ).format(columns=columns)
        )
    report = progress or (lambda done, total, message: None)
    stop = cancelled or (lambda: False)
    known = mapping.load_values(conn)
    for name, table in (values or {}).items():
        known[name] = {**known.get(name, {}), **{value_key(k): v for k, v in table.items()}}
    titles = [v for r in sheet.rows[: layout.header_row] for v in r if isinstance(v, str)]
    planner = _Planner(conn, identity, layout, year, known, titles)
    plan = ImportPlan(file, sheet.name, layout, year, converted=dict(sheet.converted),
                      suspected=suspected_cells(sheet))  # fmt: skip
    rows = sheet.rows
    total = len(rows)
    data: list[tuple[int, list[Any]]] = []
    for index in range(layout.first_data_row, total):
        if index % 2000 == 0:
            if stop():
                raise Cancelled(translate("Excel", "Đã hủy; không có gì bị thay đổi."))
            report(index, total * 2, translate("Excel", "Đang đọc dòng {n}…").format(n=index + 1))
        cells = rows[index]
        reason = planner.classify(cells)
        if reason:
            plan.skipped.append((index + 1, reason))
            continue
        data.append((index + 1, cells))
    parsed = [
        (row, *read) for (row, _values), read in zip(data, planner.read_rows(data), strict=True)
    ]

    codes: set[str] = {
        code for _row, raw, _s, _f, _p in parsed if (code := raw.get("registration_code"))
    }
    live = _live_by_code(conn, codes)
    stored_figures = _stored_figures(conn, [r["id"] for r in live.values()])
    planned: dict[str, PlannedCoop] = {}
    for n, (row, raw, source, figures, problems) in enumerate(parsed):
        if n % 2000 == 0:
            if stop():
                raise Cancelled(translate("Excel", "Đã hủy; không có gì bị thay đổi."))
            report(total + n * total // max(len(parsed), 1), total * 2,
                   translate("Excel", "Đang kiểm tra dòng {n}…").format(n=row))  # fmt: skip
        _plan_row(planner, plan, planned, live, stored_figures, row, raw, source, figures,
                  problems)  # fmt: skip
    for item in planned.values():
        if item.current is None:
            plan.creates.append(item)
        elif item.changes_anything:
            plan.updates.append(item)
        else:
            plan.unchanged.append(item)
    plan.problems.sort(key=lambda p: (p.row, p.column))
    report(total * 2, total * 2, "")
    return plan


def _plan_row(planner: _Planner, plan: ImportPlan, planned: dict[str, PlannedCoop],
              live: dict[str, Row], stored_figures: dict[tuple[str, int], Row], row: int,
              raw: Row, source: dict[str, mapping.ColumnMap], figures: dict[int, Row],
              problems: list[Problem]) -> None:  # fmt: skip
    """Plan one sheet row; `problems` are those found reading its cells. Every problem of
    the row is reported, and a row with any problem is left out."""
    code = raw.get("registration_code") or ""
    problems = list(problems)
    reported = {p.column for p in problems}
    if any(p.field == AREA for p in problems):
        reported.add("area_code")  # the unit named is the problem, not a missing area

    def column(key: str) -> mapping.ColumnMap | None:
        return source.get(key) or planner.single.get(key)

    def fail(errors: dict[str, str]) -> None:
        for key, message in errors.items():
            col = column(key)
            if col is None and key in planner.by_field:
                col = planner.by_field[key][0]
            if key in reported or (col is not None and col.letter in reported):
                continue  # that cell's own problem says more
            problems.append(planner.problem(row, col, message))

    checked: dict[int, Row] = {}
    for year, raw_figures in figures.items():
        try:
            _year, clean = clean_indicator(raw_figures, year=year)
        except ValidationError as exc:
            fail(exc.errors)
            continue
        checked[year] = clean

    earlier = planned.get(code) if code else None
    current = live.get(code) if code else None
    if earlier is not None:
        if not planner.row_years:
            problems.append(planner.problem(row, planner.code_column, translate("Excel",
                "Mã số {code} trùng với dòng {other}."
            ).format(code=code, other=earlier.row)))  # fmt: skip
        for year in checked:
            if year in earlier.figures:
                problems.append(planner.problem(row, planner.code_column, translate("Excel",
                    "Số liệu năm {year} của mã số {code} đã có ở dòng {other}."
                ).format(year=year, code=code, other=earlier.row)))  # fmt: skip
        if not problems:
            base = earlier.values if earlier.current is None else {
                **{k: earlier.current.get(k) for k in COOP_FIELDS}, **earlier.values}  # fmt: skip
            clean, errors = planner.cleaner.check(raw, base=base)
            if errors:
                fail(errors)
            else:
                for name in raw:
                    if clean.get(name) != base.get(name):
                        problems.append(planner.problem(row, column(name), translate("Excel",
                            "Khác với dòng {other} của cùng hợp tác xã."
                        ).format(other=earlier.row)))  # fmt: skip
    if earlier is None and problems:
        stored = {k: current.get(k) for k in COOP_FIELDS} if current else None
        fail(planner.cleaner.check(raw, base=stored)[1])
    if problems or (len(checked) != len(figures)):
        plan.problems.extend(problems)
        return
    if earlier is not None:
        _add_figures(earlier, checked, stored_figures)
        earlier.rows.append(row)
        return

    if current is None:
        clean, errors = planner.cleaner.check(raw)
        if errors:
            fail(errors)
            plan.problems.extend(problems)
            return
        item = PlannedCoop(row, clean, None, rows=[row])
    else:
        if not within_jurisdiction(planner.identity, current["area_scheme"],
                                   current["area_code"]):  # fmt: skip
            problems.append(planner.problem(row, planner.code_column, translate("Excel",
                "Hợp tác xã mã số {code} không thuộc địa bàn của đơn vị, không sửa được."
            ).format(code=code)))  # fmt: skip
            plan.problems.extend(problems)
            return
        base = {k: current.get(k) for k in COOP_FIELDS}
        clean, errors = planner.cleaner.check(raw, base=base)
        if errors:
            fail(errors)
            plan.problems.extend(problems)
            return
        given = set(raw)
        if "area_code" in given:
            given |= {"area_scheme", "province_code", "district_code"}
        changes = {k: clean[k] for k in given if k in clean and clean[k] != current.get(k)}
        item = PlannedCoop(row, changes, current, rows=[row])
    _add_figures(item, checked, stored_figures)
    planned[code] = item


def _add_figures(item: PlannedCoop, checked: dict[int, Row],
                 stored_figures: dict[tuple[str, int], Row]) -> None:  # fmt: skip
    for year, clean in checked.items():
        item.figures[year] = clean
        if item.current is None:
            continue
        stored = stored_figures.get((item.current["id"], year))
        if stored is None:
            item.figure_changes[year] = (None, clean)
            continue
        changes = {k: v for k, v in clean.items() if v is not None and stored.get(k) != v}
        if stored["deleted"]:
            changes = {**{k: v for k, v in clean.items() if v is not None}, "deleted": False}
        if changes:
            item.figure_changes[year] = (stored, changes)


def _chunks(items: list[Any], size: int = _CHUNK) -> Iterable[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _live_by_code(conn: Connection, codes: set[str]) -> dict[str, Row]:
    table = COOP.table
    live = table.c.deleted.is_(False)
    rows = _rows_in(conn, table, table.c.registration_code, sorted(codes), live)
    return {row.registration_code: dict(row._mapping) for row in rows}


def _stored_figures(conn: Connection, coop_ids: list[str]) -> dict[tuple[str, int], Row]:
    table = INDICATOR.table
    return {
        (row.cooperative_id, row.year): dict(row._mapping)
        for row in _rows_in(conn, table, table.c.cooperative_id, coop_ids)
    }


def _rows_in(conn: Connection, table: Any, column: Any, values: list[Any], *where: Any
             ) -> Iterator[Any]:  # fmt: skip
    """The rows of `table` whose `column` is one of `values`, _CHUNK values a statement. The
    statement has a fixed number of parameters (the last chunk repeats its first value), so
    it is compiled once, not once per chunk."""
    if not values:
        return
    size = min(_CHUNK, len(values))
    names = [f"v{i}" for i in range(size)]
    statement = select(table).where(*where, column.in_([bindparam(name) for name in names]))
    for chunk in _chunks(values, size):
        chunk = chunk + [chunk[0]] * (size - len(chunk))
        yield from conn.execute(statement, dict(zip(names, chunk, strict=True)))


# --- applying -----------------------------------------------------------------------------


def _refuse_locked_figures(conn: Connection, plan: ImportPlan) -> None:
    """Figures of a year the province has approved are not changed by a spreadsheet either:
    the whole import is refused, naming the first such row, before anything is written."""
    from desktop.core.approvals import MOVE, FigureLocks, check_placement

    locks = FigureLocks(conn)
    if not locks:
        return
    for item in plan.updates:  # a row that moves a cooperative with approved figures
        before = item.current or {}
        after = {**before, **item.values}
        place = ("area_scheme", "area_code")
        if before and [after.get(k) for k in place] != [before.get(k) for k in place]:
            stored = INDICATOR.table
            years = conn.execute(
                select(stored.c.year).where(
                    stored.c.cooperative_id == before["id"], stored.c.deleted.is_(False)
                )
            ).scalars()
            check_placement(conn, MOVE, before, after, years)
    touched = [(item.values, item.figures) for item in plan.creates] + [
        ({**(item.current or {}), **item.values},
         {year: changes for year, (_stored, changes) in item.figure_changes.items() if changes})
        for item in plan.updates
    ]  # fmt: skip
    for coop, figures in touched:
        for year in sorted(figures):
            reason = locks.reason(coop, year)
            if reason:
                raise KnownError(
                    translate(
                        "Excel", "Không nhập được số liệu năm {year} của “{name}”: {reason}"
                    ).format(year=year, name=coop.get("name") or "", reason=reason)
                )


# SQLite's page cache while the plan is written, in KiB (the default is 2,000): 20,000 new
# cooperatives touch some 30 MB of table and index pages (random ids, names), which the
# default cache keeps pushing out to the log and reading back; measured, the inserts take
# about a fifth less CPU with them all held.
_WRITE_CACHE_KIB = 65_536


@contextmanager
def _write_cache(conn: Connection) -> Iterator[None]:
    """A big page cache for the bulk write, the connection's own size back after it (the
    pooled connection then frees what it holds beyond it)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    size = int(driver.execute("PRAGMA cache_size").fetchone()[0])
    if size < 0 and -size >= _WRITE_CACHE_KIB:
        yield
        return
    driver.execute(f"PRAGMA cache_size=-{_WRITE_CACHE_KIB}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA cache_size={size}")


@dataclass
class ImportResult:
    created: int
    updated: int
    figures_created: int
    figures_updated: int
    cooperative_ids: list[str]


@_without_gc
def apply_plan(
    conn: Connection,
    identity: Identity,
    plan: ImportPlan,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Write the plan in the caller's transaction: one write (one dot, one change sequence).

    Raises Cancelled when asked to stop; the caller's transaction then rolls back.
    """
    report = progress or (lambda done, total, message: None)
    stop = cancelled or (lambda: False)

    def check(step: int, message: str) -> None:
        if stop():
            raise Cancelled(translate("Excel", "Đã hủy; không có gì bị thay đổi."))
        report(step, 5, message)

    _refuse_locked_figures(conn, plan)
    with _write_cache(conn):
        return _apply(conn, identity, plan, check, report)


def _apply(conn: Connection, identity: Identity, plan: ImportPlan,
           check: Callable[[int, str], None], report: Progress) -> ImportResult:  # fmt: skip
    writer = Writer(conn, identity, source="excel")
    check(0, translate("Excel", "Đang ghi hợp tác xã mới…"))
    new_ids = [new_id() for _ in plan.creates]
    writer.create_many(COOP, zip(new_ids, (item.values for item in plan.creates), strict=True))
    check(1, translate("Excel", "Đang ghi số liệu hằng năm…"))
    figures = [
        (indicator_id(coop_id, year), {"cooperative_id": coop_id, "year": year, **values})
        for coop_id, item in zip(new_ids, plan.creates, strict=True)
        for year, values in sorted(item.figures.items())
    ]
    check(2, translate("Excel", "Đang cập nhật hợp tác xã đã có…"))
    writer.apply_many(
        COOP, [(item.current, item.values) for item in plan.updates if item.current and item.values]
    )
    figure_updates: list[tuple[Row, Row]] = []
    for item in plan.updates:
        assert item.current is not None
        coop_id = item.current["id"]
        for year, (stored, changes) in sorted(item.figure_changes.items()):
            if stored is None:
                figures.append(
                    (indicator_id(coop_id, year),
                     {"cooperative_id": coop_id, "year": year, **changes})
                )  # fmt: skip
            else:
                figure_updates.append((stored, changes))
    check(3, translate("Excel", "Đang ghi số liệu hằng năm…"))
    writer.create_many(INDICATOR, figures)
    writer.apply_many(INDICATOR, figure_updates)
    check(4, translate("Excel", "Đang hoàn tất…"))
    report(5, 5, "")
    return ImportResult(
        created=len(plan.creates),
        updated=len(plan.updates),
        figures_created=len(figures),
        figures_updated=len(figure_updates),
        cooperative_ids=new_ids + [i.current["id"] for i in plan.updates if i.current],
    )


# --- the whole job, for the CLI and the benchmark -----------------------------------------


def _provisional_identity() -> Identity:
    from desktop.core import settings

    return Identity("LOCAL", translate("Excel", "Văn phòng chưa đặt tên"), settings.PROVINCE, "pre2025", None,
                    "LOCAL")  # fmt: skip


def suspected_cells(sheet: Sheet) -> list[tuple[str, str, str]]:
    """(cell such as "C7", text as stored, as Unicode) of the cells that read like legacy text."""
    from desktop.core.excel.reader import column_letter

    return [
        (f"{column_letter(c)}{r + 1}", str(sheet.rows[r][c]), text)
        for (r, c), (_encoding, text) in sorted(sheet.suspected.items())
    ]


@_without_gc
def prepare(conn: Connection, path: str | Path, sheet_name: str | None = None,
            overrides: list[str] | None = None, *,
            convert_legacy: bool = False) -> tuple[Sheet, Layout]:  # fmt: skip
    """Read the sheet and propose its layout (saved aliases applied). `convert_legacy`: the
    person accepted converting the cells that read like TCVN3/VNI text."""
    from desktop.core.excel.reader import read_sheet

    sheet = read_sheet(path, sheet_name)
    if convert_legacy:
        sheet.convert_suspected()
    layout = mapping.detect_layout(sheet, mapping.load_aliases(conn))
    if overrides:
        mapping.parse_overrides(overrides, layout)
    return sheet, layout


def split_maps(pairs: list[str]) -> tuple[list[str], ValueMap]:
    """`--map` pairs: column choices (`C=name`) and value meanings (`status:Đang HĐ=active`,
    `area:xã Hồng Thủy=19252`)."""
    columns: list[str] = []
    values: ValueMap = {}
    for pair in pairs:
        left, sep, code = pair.rpartition("=")
        name, colon, text = left.partition(":")
        if sep and colon and (name.strip() in _CHOICE_FIELDS or name.strip() == AREA):
            values.setdefault(name.strip(), {})[text.strip()] = code.strip()
        else:
            columns.append(pair)
    return columns, values


def import_file(
    workspace: Any,
    path: str | Path,
    *,
    sheet_name: str | None = None,
    year: int | None = None,
    dry_run: bool = False,
    overrides: list[str] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    convert_legacy: bool = False,
) -> ImportPlan:
    """Read, plan and (unless `dry_run`) apply, all in one transaction. `overrides` are the
    `--map` pairs; the value meanings among them are remembered when the import is applied."""
    identity = workspace.identity
    if identity is None:
        # A preview must not write even the provisional identity an import would create.
        identity = workspace.ensure_identity() if not dry_run else _provisional_identity()
    columns, values = split_maps(overrides or [])
    with workspace.transaction() as conn:
        sheet, layout = prepare(conn, path, sheet_name, columns, convert_legacy=convert_legacy)
        plan = plan_import(conn, identity, sheet, layout, year=year, file=str(path),
                           progress=progress, cancelled=cancelled, values=values)  # fmt: skip
        if not dry_run:
            apply_plan(conn, identity, plan, progress=progress, cancelled=cancelled)
            if values:
                mapping.save_values(conn, values)
    return plan
