"""The cooperative form's Save sends every field and every year it shows: only what the person
edited is written. Years given as they were shown are left as they stand now (another staff
member's change or delete of them in the meantime survives), and on PostgreSQL a Save that
edits no year reads the record before taking the write lock, as an edit of its fields does."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event

from desktop.core import approvals, registry
from desktop.core.errors import KnownError
from desktop.core.operations import cooperatives
from tests.sync.world import LE_THUY, Office, World

pytestmark = pytest.mark.slow


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_world(request: pytest.FixtureRequest) -> Iterator[World]:
    yield request.getfixturevalue("world" if request.param == "sqlite" else "pg_world")


def _open_form(office: Office, coop: str) -> tuple[dict[str, Any], dict[int, dict[str, Any]],
                                                   dict[str, Any]]:  # fmt: skip
    """What the form shows and would send unchanged: (fields, yearly figures, seen)."""
    with office.ws.reading() as conn:
        shown = registry.get_cooperative(conn, coop)
    values = {name: shown[name] for name in registry.COOP_FIELDS}
    figures = {ind["year"]: {k: ind[k] for k in registry.INDICATOR_FIELDS}
               for ind in shown["indicators"]}  # fmt: skip
    return values, figures, shown


def _save(office: Office, coop: str, values: dict[str, Any], figures: dict[int, Any],
          seen: dict[str, Any]) -> None:  # fmt: skip
    cooperatives.save_cooperative(office.ws, coop, values, figures, seen=seen)


def _statements_after_lock(office: Office) -> list[str]:
    """The statements the office's engine sends from the first that takes change numbers
    (which also takes the write lock if it is not held yet)."""
    sent: list[str] = []

    @event.listens_for(office.ws.database.engine, "before_cursor_execute")
    def _record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if sent or "UPDATE counter" in statement:
            sent.append(statement)

    return sent


@pytest.mark.postgres
def test_a_form_save_editing_no_year_reads_before_the_lock(pg_world: World) -> None:
    office = pg_world.province
    coop = pg_world.coops["457"][0]
    office.edit(coop, {}, {2025: {"members": 30}})
    values, figures, seen = _open_form(office, coop)
    assert sorted(figures) == [2024, 2025]
    before = {y: office.row("indicator", registry.indicator_id(coop, y)) for y in figures}
    record = office.row("cooperative", coop)
    assert record is not None
    sent = _statements_after_lock(office)
    _save(office, coop, {**values, "phone": "0232 3 123 456"}, figures, seen)
    # Under the lock: one statement takes it, the change numbers and makes the record's
    # write, made only if it is still the record read before the lock. What the save wrote
    # is listed by its writer, with no query (`records.written_in_transaction`).
    locked = [s for s in sent if not s.lstrip().upper().startswith(("SAVEPOINT", "RELEASE"))]
    assert len(locked) == 1, locked
    assert "UPDATE counter" in locked[0] and "UPDATE cooperative" in locked[0]
    after = office.row("cooperative", coop)
    assert after is not None and after["phone"] == "0232 3 123 456"
    assert after["sync_seq"] > record["sync_seq"]
    for year, row in before.items():
        assert office.row("indicator", registry.indicator_id(coop, year)) == row


def test_another_staff_members_change_to_a_year_survives_a_form_save(any_world: World) -> None:
    """The form was opened, then someone else changed one year and deleted another; the
    Save, which left both years as shown, keeps their work and writes the record's edit."""
    office = any_world.province
    coop = any_world.coops["457"][0]
    office.edit(coop, {}, {2025: {"members": 30}})
    values, figures, seen = _open_form(office, coop)
    office.edit(coop, {}, {2024: {"revenue": 77}})
    with office.ws.transaction() as conn:
        registry.delete_indicator(conn, office.identity, coop, 2025)
    _save(office, coop, {**values, "name": "HTX mới đặt tên"}, figures, seen)
    row = office.row("cooperative", coop)
    assert row is not None and row["name"] == "HTX mới đặt tên"
    assert office.row("indicator", registry.indicator_id(coop, 2024))["revenue"] == 77
    assert office.row("indicator", registry.indicator_id(coop, 2025))["deleted"]
    # A year the person did edit is written, on top of the other's figures of that year.
    values, figures, seen = _open_form(office, coop)
    office.edit(coop, {}, {2024: {"revenue": 88}})
    _save(office, coop, values, {**figures, 2024: {**figures[2024], "members": 41}}, seen)
    edited = office.row("indicator", registry.indicator_id(coop, 2024))
    assert (edited["members"], edited["revenue"]) == (41, 88)


def test_a_form_save_editing_an_approved_year_is_refused(any_world: World) -> None:
    office = any_world.province
    coop = any_world.coops["457"][0]
    office.edit(coop, {}, {2025: {"members": 30}})
    with any_world.lethuy.ws.transaction() as conn:
        approvals.submit(conn, any_world.lethuy.identity, "2024", None)
    assert office.receive(any_world.lethuy.export_one()).errors == []
    with office.ws.transaction() as conn:
        approvals.decide(conn, office.identity, LE_THUY, "2024", approvals.APPROVE, None)
    values, figures, seen = _open_form(office, coop)
    edited = {**figures, 2024: {**figures[2024], "members": 99}}
    with pytest.raises(KnownError, match="đã được cấp tỉnh duyệt"):
        _save(office, coop, {**values, "phone": "0232 3 555 555"}, edited, seen)
    assert office.row("indicator", registry.indicator_id(coop, 2024))["members"] != 99
    assert office.row("cooperative", coop)["phone"] != "0232 3 555 555"
    # The approved year left as shown, another year edited: saved.
    _save(office, coop, values, {**figures, 2025: {**figures[2025], "members": 31}}, seen)
    assert office.row("indicator", registry.indicator_id(coop, 2025))["members"] == 31
