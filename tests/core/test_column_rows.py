"""Rows held by column read, compare and drop fields like the dicts they replace."""

from __future__ import annotations

import uuid
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.column_rows import ColumnRows, column_of, values_at
from desktop.core.compact_rows import drop_field

FIELDS = ("id", "name", "members", "area")
KINDS = {"id": "uuid", "name": "text", "members": "int"}

ids = st.one_of(st.uuids().map(str), st.uuids().map(lambda u: str(u).upper()), st.text())
anything = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(), st.dates()
)
texts = st.one_of(st.none(), st.text(), st.text().map(lambda t: t + "\ud800"), anything)
numbers = st.one_of(st.none(), st.integers(min_value=-(2**63), max_value=2**63 - 1), anything)
rows_of = st.lists(st.tuples(ids, texts, numbers, anything), max_size=30)


def _made(rows: list[tuple], batch: int) -> ColumnRows:
    made = ColumnRows(FIELDS, KINDS)  # type: ignore[arg-type]
    for start in range(0, len(rows), batch):
        made.extend(rows[start : start + batch])
    return made.finish()


@given(rows_of, st.integers(min_value=1, max_value=7), st.data())
def test_rows_read_as_their_dicts(rows, batch, data):
    """Whatever the values (those that fit no compact form among them, in any batch), the
    rows read back as the dicts of the values given."""
    held = _made(rows, batch)
    plain = [dict(zip(FIELDS, row, strict=True)) for row in rows]
    assert len(held) == len(plain)
    assert list(held) == plain and plain == [dict(row) for row in held]
    for row, expected in zip(held, plain, strict=True):
        assert list(row) == list(expected) and len(row) == len(expected)
        assert {k: (v, type(v)) for k, v in row.items()} == {
            k: (v, type(v)) for k, v in expected.items()
        }
        assert row.get("other") is None and "other" not in row and "name" in row
    for name in FIELDS:
        assert list(column_of(held, name)) == [row[name] for row in plain]
    if plain:
        i = data.draw(st.integers(min_value=-len(plain), max_value=len(plain) - 1))
        assert held[i] == plain[i]
        positions = data.draw(st.lists(st.integers(min_value=0, max_value=len(plain) - 1)))
        assert values_at(held, "id", positions) == [plain[p]["id"] for p in positions]
        first = next(n for n, row in enumerate(plain) if row["id"] == plain[i]["id"])
        assert held.find("id", plain[i]["id"]) == first
    assert held[1:4] == plain[1:4]
    with pytest.raises(IndexError):
        held[len(plain)]


def test_the_national_list_s_values_are_held_compactly():
    """Ids, texts, numbers and shared values each in their block (the size is the point)."""
    rows = [
        (str(uuid.uuid4()), f"Hợp tác xã Sen Thủy {n}", n * 1000, date(2020, 1, 1 + n % 28))
        for n in range(1000)
    ]
    held = _made(rows, 300)
    assert list(held) == [dict(zip(FIELDS, row, strict=True)) for row in rows]
    kinds = {type(part).__name__ for part in held.parts()}
    assert "list" in kinds  # the dates' table, 28 values
    assert sum(len(part) for part in held.parts() if isinstance(part, list)) == 28
    assert held.find("id", rows[500][0]) == 500
    assert held.find("id", rows[500][0].upper()) == -1 and held.find("id", None) == -1


def test_a_field_let_go_is_gone_from_every_row():
    rows = [(str(uuid.uuid4()), "HTX An Lão", 3, "11629"), (str(uuid.uuid4()), None, None, "")]
    held = _made(rows, 2)
    first = held[0]
    drop_field(held, "name")
    drop_field(held, "name")  # (as `pop(name, None)`: nothing left to let go)
    assert "name" not in first and first.get("name", "-") == "-"
    with pytest.raises(KeyError):
        first["name"]
    assert [dict(row) for row in held] == [
        {"id": row[0], "members": row[2], "area": row[3]} for row in rows
    ]
    assert held.names() == ["id", "members", "area"]


def test_rows_of_the_wrong_width_are_refused():
    held = ColumnRows(FIELDS, KINDS)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        held.extend([("a", "b")])
    with pytest.raises(ValueError):
        ColumnRows(FIELDS, {"other": "text"})
