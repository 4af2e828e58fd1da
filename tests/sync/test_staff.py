"""Who did it (issue 12, finding 10): the staff member is recorded with each write, shown in
the history, and travels in packages to the other offices."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.core import registry
from desktop.core.sync import merger
from tests.sync.world import World


def _history(office, coop: str) -> list[registry.HistoryEntry]:  # type: ignore[no-untyped-def]
    with office.ws.reading() as conn:
        return registry.cooperative_history(conn, coop)


def test_the_staff_member_travels_with_the_write(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    coop = world.coops["457"][0]
    monkeypatch.setenv("HTX_STAFF", "Trần Văn Huyện")
    world.lethuy.edit(coop, {"representative": "Lê Thị Mới"}, {2024: {"revenue": 5}})
    mine = [e for e in _history(world.lethuy, coop) if e.field == "representative"]
    assert [e.staff for e in mine] == ["Trần Văn Huyện"]
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    seen = {e.field: e for e in _history(world.province, coop) if e.source == "import"}
    assert seen["representative"].staff == "Trần Văn Huyện"
    assert seen["2024.revenue"].staff == "Trần Văn Huyện"
    monkeypatch.setenv("HTX_STAFF", "Phạm Thị Tỉnh")
    world.province.edit(coop, {"notes": "tỉnh đã xem"})
    world.sync_down()
    back = [e for e in _history(world.lethuy, coop) if e.field == "notes"]
    assert [(e.office, e.staff) for e in back] == [("T44", "Phạm Thị Tỉnh")]


def test_the_operating_system_user_is_the_default(world: World) -> None:
    from desktop.core.staff import os_user

    coop = world.coops["457"][1]
    world.province.edit(coop, {"notes": "không đặt tên"})
    (entry,) = [e for e in _history(world.province, coop) if e.field == "notes"]
    assert entry.staff == (os_user() or None)


def test_a_district_cannot_name_the_author_of_the_provinces_writes(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.sync.forge import payload_of, rewrite

    coop = world.coops["457"][0]
    monkeypatch.setenv("HTX_STAFF", "Người Huyện")
    world.lethuy.edit(coop, {"notes": "huyện sửa"})
    sent = world.lethuy.export_one()
    payload = payload_of(sent)
    payload["staff"] = {**payload["staff"], "T44.1": "Kẻ Mạo Danh"}
    report = world.province.receive(rewrite(sent, payload=payload, sign_with=world.lethuy))
    assert report.status == merger.APPLIED
    staff = {e.staff for e in _history(world.province, coop) if e.source == "import"}
    assert staff == {"Người Huyện"}
    with world.province.ws.reading() as conn:
        named = conn.execute(text("SELECT staff FROM write_author WHERE dot = 'T44.1'")).first()
    assert named is None or named[0] != "Kẻ Mạo Danh"
