"""The write path shared by edits and imports: one writer per transaction, the row builder
and the bulk writer, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from desktop.core import records, versions
from desktop.core.records import BOOKKEEPING, SPECS, Writer, bulk_insert, history
from desktop.core.workspace import Workspace
from tests.core.helpers import DONG_HOI, DONG_HOI_WARD

COOP = SPECS["cooperative"]
SECTOR = SPECS["sector"]


def coop_values(n: int) -> dict[str, Any]:
    return {
        "name": f"Hợp tác xã Nông nghiệp Bắc Lý {n}",
        "registration_code": f"3100{n:06d}",
        "entity_type": "HTX",
        "sector": "agri",
        "area_scheme": "pre2025",
        "area_code": DONG_HOI_WARD,
        "province_code": "44",
        "district_code": DONG_HOI,
        "address": f"Thôn {n}, phường Bắc Lý",
        "representative": "Nguyễn Văn Hùng",
        "founded_on": date(2019, 3, 5),
        "status": "active",
        "phone": f"09120000{n:02d}",
    }


def stored(ws: Workspace, record_id: str) -> dict[str, Any]:
    with ws.reading() as conn:
        row = conn.execute(select(COOP.table).where(COOP.table.c.id == record_id)).one()
    return dict(row._mapping)


def test_every_stored_column_is_a_field_bookkeeping_or_derived_once() -> None:
    for spec in SPECS.values():
        names = [c.name for c in spec.table.columns]
        assert sorted(spec.columns) == sorted(names), spec.name
        assert len(set(spec.columns)) == len(spec.columns)
        assert spec.columns[0] == "id" and "deleted" in spec.fields
        assert not set(BOOKKEEPING) & set(spec.fields)


def test_derived_columns_read_only_the_fields_declared() -> None:
    """A write that changes no field of `derived_from` keeps the derived columns (the import
    does not work them out again): no other field changes what `derive` gives."""
    for spec in SPECS.values():
        if spec.derive is None:
            continue
        assert spec.derived_from <= set(spec.fields)
        base = {**dict.fromkeys(spec.fields), **coop_values(1)}
        derived = spec.derive(dict(base))
        for name in set(spec.fields) - spec.derived_from:
            for other in ("Hợp tác xã khác 2", "2030-01-01", 7, True, None):
                assert spec.derive({**base, name: other}) == derived, name
        for name in spec.derived_from:
            assert spec.derive({**base, name: "Tên khác hẳn 9"}) != derived, name


def test_create_and_create_many_store_the_same_rows(workspace: Workspace) -> None:
    """One record alone or 50 at once: same values, derived keys, version state and history;
    one write counter and one change number for the whole transaction."""
    with workspace.transaction() as conn:
        writer = Writer(conn, workspace.require_identity())
        alone = writer.create(COOP, coop_values(0))
        many = writer.create_many(COOP, [(None, coop_values(n)) for n in range(1, 51)])
    first, other = stored(workspace, alone), stored(workspace, many[0])
    assert first["founded_on"] == date(2019, 3, 5) and first["deleted"] is False
    assert first["search_key"].startswith("hop tac xa nong nghiep bac ly 0")
    assert "bac ly" in first["search_key"] and first["name_sort"]
    assert first["sync_meta"] == other["sync_meta"]
    assert (first["sync_seq"], first["updated_by"], first["has_conflict"]) == (
        other["sync_seq"], "QB", False,
    )  # fmt: skip
    assert isinstance(first["updated_at"], datetime)
    state = versions.decode(first["sync_meta"], COOP.fields)
    assert set(state.dots) == set(COOP.fields) and len(set(state.dots.values())) == 1
    with workspace.reading() as conn:
        logs = history(conn, "cooperative", [alone, *many])
    assert len(logs) == 51 and {log["field"] for log in logs} == {"_created"}
    assert logs[0]["new_value"] == "Hợp tác xã Nông nghiệp Bắc Lý 0"


def test_update_writes_only_what_changes_and_a_later_write_gets_a_new_version(
    workspace: Workspace,
) -> None:
    with workspace.transaction() as conn:
        record_id = Writer(conn, workspace.require_identity()).create(COOP, coop_values(1))
    before = stored(workspace, record_id)
    with workspace.transaction() as conn:
        writer = Writer(conn, workspace.require_identity())
        same = writer.update(COOP, record_id, {"phone": "0912000001"})
        assert same == {}  # the same value: nothing written
        diff = writer.update(
            COOP, record_id, {"phone": "0912999999", "founded_on": date(2020, 1, 2)}
        )
    assert diff == {
        "phone": ("0912000001", "0912999999"),
        "founded_on": (date(2019, 3, 5), date(2020, 1, 2)),
    }
    after = stored(workspace, record_id)
    assert after["phone"] == "0912999999" and after["founded_on"] == date(2020, 1, 2)
    assert after["sync_seq"] > before["sync_seq"]
    old, new = (versions.decode(r["sync_meta"], COOP.fields) for r in (before, after))
    assert new.dots["phone"] != old.dots["phone"] and new.dots["name"] == old.dots["name"]


def test_apply_many_stores_what_apply_stores(workspace: Workspace) -> None:
    with workspace.transaction() as conn:
        ids = Writer(conn, workspace.require_identity()).create_many(
            COOP, [(None, coop_values(n)) for n in range(4)]
        )
    with workspace.transaction() as conn:
        writer = Writer(conn, workspace.require_identity())
        writer.apply(COOP, records.load_for_update(conn, COOP, ids[0]) or {}, {"address": "A"})
        currents = [records.load_for_update(conn, COOP, i) or {} for i in ids[1:]]
        diffs = writer.apply_many(COOP, [(c, {"address": "A"}) for c in currents])
    assert all(d == {"address": (c["address"], "A")} for d, c in zip(diffs, currents, strict=True))
    rows = [stored(workspace, i) for i in ids]
    assert {r["address"] for r in rows} == {"A"}
    assert len({r["sync_meta"] for r in rows}) == 1
    assert len({r["search_key"] for r in rows}) == 4


def test_the_bulk_writer_takes_python_values_and_wire_dates(workspace: Workspace) -> None:
    """Dates as date objects or as the ISO text a package carries, booleans and timestamps:
    each stored as the database keeps it, on either database."""
    table = COOP.table
    bk = records.bookkeeping(by="QB", at=datetime(2026, 11, 29, 5, 1, 2), state="{}",
                             conflict=False, seq=7)  # fmt: skip
    rows = [
        COOP.stored_row(
            records.new_id(), {**coop_values(n), "deleted": False, "founded_on": when}, bk
        )
        for n, when in ((1, date(2019, 3, 5)), (2, "2019-03-05"), (3, None))
    ]
    with workspace.transaction() as conn:
        assert bulk_insert(conn, table, COOP.columns, rows, chunk=2) == 3
    got = [stored(workspace, row[0]) for row in rows]
    assert [g["founded_on"] for g in got] == [date(2019, 3, 5), date(2019, 3, 5), None]
    assert {g["updated_at"] for g in got} == {datetime(2026, 11, 29, 5, 1, 2)}
    assert {(g["deleted"], g["has_conflict"], g["sync_seq"]) for g in got} == {(False, False, 7)}
    assert got[0]["search_key"] == COOP.derive(dict(coop_values(1)))["search_key"]  # type: ignore[misc]


def test_the_bulk_writer_writes_constant_columns_once_for_all_rows(workspace: Workspace) -> None:
    table = SECTOR.table
    with workspace.transaction() as conn:
        before = conn.execute(select(table.c.code)).scalars().all()
        constant = dict(zip(BOOKKEEPING, records.bookkeeping(
            by="QB", at=datetime(2026, 1, 1), state="{}", conflict=True, seq=3), strict=True))  # fmt: skip
        assert set(SECTOR.fields) == {"code", "name", "position", "deleted"}
        rows = [(records.new_id(), f"x{n}", f"Lĩnh vực {n}", n, False) for n in range(3)]
        bulk_insert(conn, table, ["id", "code", "name", "position", "deleted"], rows, constant)
        added = conn.execute(
            select(table).where(table.c.code.not_in(before)).order_by(table.c.code)
        ).all()
    assert [r.code for r in added] == ["x0", "x1", "x2"]
    assert {(r.has_conflict, r.sync_seq, r.updated_by) for r in added} == {(True, 3, "QB")}


def test_next_counters_hand_out_what_next_counter_would(workspace: Workspace) -> None:
    """Several counters in one statement: each goes up by one, in step with `next_counter`,
    and one this database has never used starts as `next_counter` starts it."""
    with workspace.transaction() as conn:
        clock, seq = records.read_counter(conn, "clock"), records.read_counter(conn, "seq")
        got = records.next_counters(conn, ("clock", "seq", "never-used"))
        assert got == {"clock": clock + 1, "seq": seq + 1, "never-used": 1}
        assert records.next_counter(conn, "seq") == seq + 2
        assert records.next_counters(conn, ("never-used",)) == {"never-used": 2}
