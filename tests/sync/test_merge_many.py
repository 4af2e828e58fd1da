"""A write of many records (one version state for all of them) imported at an office: the
records are merged a group at a time (`merger._merge_many`), with the same outcome as one by
one: rows as the sender holds them, a history row per changed field, the report listing each
record, and undo putting every column back, from the log as it is written now and as older
versions of the program wrote it."""

from __future__ import annotations

import json
import zlib
from typing import Any

from sqlalchemy import select, update

from desktop.core import registry
from desktop.core.models import history as _history
from desktop.core.models import package_log as _log
from desktop.core.records import SPECS, Writer
from desktop.core.sync import merger
from tests.sync.world import LE_THUY, World, coop_values

_COOP = SPECS["cooperative"]


def _package_for(world: World, code: str):
    (path,) = [p for p in world.province.export() if p.stem.rsplit("_", 1)[-1] == code]
    return path


def _rows(world: World, ids: list[str]) -> dict[str, dict[str, Any]]:
    return {i: world.lethuy.row("cooperative", i) for i in ids}


def _older_log(world: World, oldest: bool) -> None:
    """The last import's undo data rewritten as an older program wrote it: {"created",
    "changed": [[table, id, {column: value}]]}, or (the oldest) one list of [table, id, row
    before or None]."""
    with world.lethuy.ws.transaction() as conn:
        entry = conn.execute(select(_log).order_by(_log.c.id.desc()).limit(1)).one()
        touched = json.loads(zlib.decompress(entry.undo_data))
        changed = []
        for table, names, ids, columns in touched["columns"]:
            # (A column with one value in every row holds it once.)
            full = [c if len(c) == len(ids) else c * len(ids) for c in columns]
            changed += [[table, i, dict(zip(names, row, strict=True))]
                        for i, *row in zip(ids, *full, strict=True)]  # fmt: skip
        older: Any = {"created": touched["created"], "changed": changed}
        if oldest:
            older = [[t, i, None] for t, ids in touched["created"].items() for i in ids] + changed
        conn.execute(
            update(_log)
            .where(_log.c.id == entry.id)
            .values(undo_data=zlib.compress(json.dumps(older, ensure_ascii=False).encode()))
        )


def write_of_many_records(world: World) -> None:
    province = world.province
    with province.ws.transaction() as conn:
        writer = Writer(conn, province.identity)
        ids = writer.create_many(
            _COOP,
            [(None, registry.clean_cooperative(
                conn, coop_values("457", f"Hợp tác xã Nhiều Thủy {n}", n),
                identity=province.identity)) for n in range(7)],
        )  # fmt: skip
    world.sync_down()
    with province.ws.transaction() as conn:  # one write: one version state for all
        writer = Writer(conn, province.identity)
        for n, coop in enumerate(ids[:5]):
            writer.update(_COOP, coop, {"phone": f"0232 555 00{n}"})
    with province.ws.transaction() as conn:  # another: a name, which the search keys read
        writer = Writer(conn, province.identity)
        for coop in ids[5:]:
            writer.update(_COOP, coop, {"name": "Hợp tác xã Đổi Tên", "notes": "đổi tên"})
    before = _rows(world, ids)
    assert all(before.values())
    package = _package_for(world, LE_THUY)
    report = world.lethuy.receive(package)
    assert report.status == merger.APPLIED, report.errors
    assert report.counts["changed"] == 7 and report.counts["refused"] == 0, str(report.to_json())[
        :600
    ]
    changes = {r.id: r for r in report.records if r.table == "cooperative"}
    for n, coop in enumerate(ids[:5]):
        assert changes[coop].kind == "changed"
        assert changes[coop].fields == [("phone", "0232 3820 000", f"0232 555 00{n}")]
        assert (
            changes[coop].label == f"{before[coop]['name']} ({before[coop]['registration_code']})"
        )
    for coop in ids[5:]:
        assert [f for f, _old, _new in changes[coop].fields] == ["name", "notes"]
    world.assert_districts_match()
    after = _rows(world, ids)
    for coop in ids:  # (the time of a write, for people, is kept to the second in its state)
        assert after[coop] == province.row("cooperative", coop) | {
            k: after[coop][k] for k in ("sync_seq", "sync_origin", "updated_at")
        }
    assert "doi ten" in after[ids[5]]["search_key"] and after[ids[0]]["search_key"] == before[
        ids[0]]["search_key"]  # fmt: skip
    with world.lethuy.ws.reading() as conn:
        history = conn.execute(
            select(_history.c.record_id, _history.c.field, _history.c.old_value,
                   _history.c.new_value, _history.c.office, _history.c.source)
            .where(_history.c.package_id == report.package_id)
        ).all()  # fmt: skip
    assert sorted(history) == sorted(
        [(c, "phone", "0232 3820 000", f"0232 555 00{n}", province.code, "import")
         for n, c in enumerate(ids[:5])]
        + [(c, f, before[c][f], v, province.code, "import") for c in ids[5:]
           for f, v in (("name", "Hợp tác xã Đổi Tên"), ("notes", "đổi tên"))]
    )  # fmt: skip
    # Undo puts every column back, from the log as written now and as older programs wrote it.
    for older in (None, False, True):
        if older is not None:
            assert world.lethuy.receive(package).status == merger.APPLIED
            again = _rows(world, ids)  # (another change number: a new import)
            assert {c: {**r, "sync_seq": 0} for c, r in again.items()} == {
                c: {**r, "sync_seq": 0} for c, r in after.items()
            }
            _older_log(world, oldest=older)
        done = merger.undo_last_import(world.lethuy.ws)
        assert done["records"] == 7
        assert _rows(world, ids) == before
        with world.lethuy.ws.reading() as conn:
            assert not conn.execute(
                select(_history.c.id).where(_history.c.package_id == report.package_id)
            ).first()


def test_a_write_of_many_records_merges_and_undoes_as_one_by_one(world: World) -> None:
    write_of_many_records(world)
