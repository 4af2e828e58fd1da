"""The checks of a package's values (type, length, characters, dates, number limits, ids) say
of any column of values what the plain rule says of them one by one."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.core.records import SPECS
from desktop.core.sync import package

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def _text_ok(text: str) -> bool:
    return not any(c == "\x00" or "\ud800" <= c <= "\udfff" for c in text)


def _date_ok(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return _DATE.fullmatch(text) is not None


def _one_ok(table: str, name: str, value: Any) -> bool:
    """The rule for one value of a column, as written in the schema."""
    column = SPECS[table].table.c[name]
    kind = column.type
    if value is None:
        return bool(column.nullable or name == "deleted")
    python = kind.python_type if not isinstance(kind, package.Date) else date
    if python is bool:
        return type(value) is bool
    if python is int:
        largest = package.MAX_INT if isinstance(kind, package.BigInteger) else package.MAX_INT32
        return type(value) is int and -largest <= value <= largest
    if type(value) is not str:
        return False
    limit = getattr(kind, "length", None) if not isinstance(kind, package.Text) else None
    if len(value) > (limit or package.MAX_TEXT) or not _text_ok(value):
        return False
    return _date_ok(value) if python is date else True


_COLUMNS = [
    (table, name)
    for table in ("cooperative", "indicator", "task", "progress_report")
    for name in package._CHECKERS[table]
    if name != "id"
]
_values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.sampled_from([0, 1, package.MAX_INT32, package.MAX_INT32 + 1, -package.MAX_INT32 - 1]),
    st.floats(allow_nan=False),
    st.text(max_size=12),
    st.sampled_from(["", "2024-02-29", "2023-02-29", "20240101", "2024-1-01", "٢٠٢٤-٠١-٠١",
                     "a\x00b", "x\ud800", "Hợp tác xã", "2024-01-01T00:00", "x" * 300]),
    st.dates().map(date.isoformat),
)  # fmt: skip


_M = package.MAX_INT32


@settings(max_examples=400, deadline=None)
@given(column=st.sampled_from(_COLUMNS), values=st.lists(_values, min_size=1, max_size=8))
@example(column=("indicator", "members"), values=[None, 0, _M, -_M])
@example(column=("indicator", "members"), values=[None, 0, _M + 1])
@example(column=("indicator", "members"), values=[5, -_M - 1])
@example(column=("indicator", "profit"), values=[None, 2**63 - 1, -(2**63) + 1, 0])
@example(column=("indicator", "profit"), values=[2**63])
@example(column=("indicator", "year"), values=[True])
@example(column=("indicator", "year"), values=[2024, 2024.0])
@example(column=("cooperative", "founded_on"), values=[None, ""])
@example(column=("cooperative", "founded_on"), values=["2024-02-29", "2023-02-29"])
@example(column=("cooperative", "founded_on"), values=[None, "2024-01-01", "20240101"])
@example(column=("progress_report", "reported_on"), values=["2024-01-01", None])
@example(column=("cooperative", "name"), values=[None, "", "Hợp tác xã", "x\ud800"])
@example(column=("cooperative", "name"), values=["Hợp tác xã", "a\x00"])
@example(column=("cooperative", "name"), values=["x" * 300])
def test_a_column_passes_exactly_when_every_value_does(
    column: tuple[str, str], values: list[Any]
) -> None:
    table, name = column
    expected = all(_one_ok(table, name, v) for v in values)
    assert package.column_values_ok(table, name, tuple(values)) == expected


_ids = st.one_of(
    st.uuids().map(str),
    st.sampled_from(["", "x" * 36, "E842976A-3C23-4992-A68E-2D8FF5DD75A1", None, 1]),
    st.uuids().map(lambda u: str(u)[:35] + "\n"),
    st.uuids().map(lambda u: str(u).replace("-", "")),
    st.uuids().map(lambda u: str(u) + str(u)[:1]),
)


@settings(max_examples=300, deadline=None)
@given(values=st.lists(_ids, min_size=1, max_size=6))
def test_ids_pass_exactly_when_each_is_one(values: list[Any]) -> None:
    expected = all(type(v) is str and _UUID.match(v) for v in values)
    assert package._all_uuids(values) == expected
