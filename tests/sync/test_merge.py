"""Concrete stories of the merge between the province and its districts (SYNC.md 1, 3-5, 8),
and what the user sees around it: preview, log, sequence gaps, undo."""

from __future__ import annotations

import pytest

from desktop.core import registry
from desktop.core.errors import KnownError
from desktop.core.sync import conflicts, journal, merger
from tests.sync.world import LE_THUY, PROVINCE, World, differences


def test_different_fields_edited_on_both_sides_both_survive(world: World) -> None:
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0912 345 678"}, {2024: {"revenue": 2_500_000_000}})
    world.province.edit(coop, {"name": "Hợp tác xã Nông nghiệp Sen Thủy (sửa tên)"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    assert report.counts["conflicts"] == 0
    world.settle()
    for office in (world.province, world.lethuy):
        row = office.row("cooperative", coop)
        assert row["name"] == "Hợp tác xã Nông nghiệp Sen Thủy (sửa tên)"
        assert row["phone"] == "0912 345 678"
        assert not row["has_conflict"]
        assert (
            office.row("indicator", registry.indicator_id(coop, 2024))["revenue"] == 2_500_000_000
        )
        assert office.conflicts() == []
    world.assert_districts_match()


def test_the_same_value_set_on_both_sides_is_not_a_conflict(world: World) -> None:
    """Both offices corrected the phone the same way: nothing for anyone to decide."""
    coop = world.coops["457"][1]
    world.lethuy.edit(coop, {"phone": "0232 3 888 999"})
    world.province.edit(coop, {"phone": "0232 3 888 999"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.counts["conflicts"] == 0
    world.settle()
    for office in (world.province, world.lethuy):
        assert office.conflicts() == []
        row = office.row("cooperative", coop)
        assert row["phone"] == "0232 3 888 999" and row["has_conflict"] is False
    assert world.province.canonical(LE_THUY) == world.lethuy.canonical(LE_THUY)


def test_same_field_edited_on_both_sides_is_a_conflict_with_the_same_winner_everywhere(
    world: World,
) -> None:
    coop = world.coops["457"][1]
    world.lethuy.edit(coop, {"representative": "Lê Văn Huyện"})
    world.province.edit(coop, {"representative": "Phạm Thị Tỉnh"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.counts["conflicts"] == 1
    (change,) = [r for r in report.records if r.id == coop]
    assert change.kind == "conflict"
    world.settle()
    items = {}
    for office in (world.province, world.lethuy):
        # The province's value is shown everywhere; the district's is kept, with who and when.
        assert office.row("cooperative", coop)["representative"] == "Phạm Thị Tỉnh"
        (item,) = office.conflicts()
        assert item["field"] == "representative" and item["kind"] == "field"
        assert item["current"]["value"] == "Phạm Thị Tỉnh" and item["current"]["office"] == PROVINCE
        (other,) = item["others"]
        assert other["value"] == "Lê Văn Huyện" and other["office"] == LE_THUY
        assert other["at"] and item["current"]["at"]
        items[office.code] = item
    assert items[PROVINCE] == items[LE_THUY]
    world.assert_districts_match()

    # The district settles it for its own cooperative; the choice travels like any edit.
    world.lethuy.resolve(items[LE_THUY], "Lê Văn Huyện")
    world.sync_up([LE_THUY])
    world.sync_down()
    for office in (world.province, world.lethuy):
        assert office.row("cooperative", coop)["representative"] == "Lê Văn Huyện"
        assert office.conflicts() == []
        assert office.conflicted_rows() == set()
    world.assert_districts_match()


def test_a_wrong_clock_wins_nothing(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """A district PC set to 2031 does not win a conflict by its date."""
    coop = world.coops["457"][2]
    monkeypatch.setattr("desktop.core.records.time.time", lambda: 1_940_000_000.0)  # 2031
    world.lethuy.edit(coop, {"address": "Thôn Năm 2031"})
    monkeypatch.undo()
    world.province.edit(coop, {"address": "Thôn Hôm Nay"})
    world.province.receive(world.lethuy.export_one())
    assert world.province.row("cooperative", coop)["address"] == "Thôn Hôm Nay"
    (item,) = world.province.conflicts()
    assert item["others"][0]["value"] == "Thôn Năm 2031"


def test_delete_versus_concurrent_edit_is_a_conflict_and_the_record_stays(world: World) -> None:
    coop = world.coops["457"][0]
    world.lethuy.delete(coop)
    world.province.edit(coop, {"phone": "0232 111 222"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.counts["conflicts"] == 1 and report.counts["deleted"] == 0
    world.settle()
    for office in (world.province, world.lethuy):
        row = office.row("cooperative", coop)
        assert row["deleted"] is False and row["has_conflict"] is True
        assert row["phone"] == "0232 111 222"
        (item,) = office.conflicts()
        assert item["kind"] == "delete" and item["others"][0]["office"] == LE_THUY
    world.assert_districts_match()

    # The province confirms the deletion: it is deleted everywhere, no conflict left.
    (item,) = world.province.conflicts()
    world.province.resolve(item, True)
    world.sync_down()
    for office in (world.province, world.lethuy):
        assert office.row("cooperative", coop)["deleted"] is True
        assert office.conflicts() == []
    world.assert_districts_match()


def test_edit_versus_concurrent_delete_at_the_province(world: World) -> None:
    coop = world.coops["450"][0]
    world.donghoi.edit(coop, {"name": "Hợp tác xã Bắc Lý (sửa ở huyện)"})
    world.province.delete(coop)
    world.province.receive(world.donghoi.export_one())
    world.sync_down()
    for office in (world.province, world.donghoi):
        row = office.row("cooperative", coop)
        assert row["deleted"] is False, "the deletion silently won"
        assert row["name"] == "Hợp tác xã Bắc Lý (sửa ở huyện)"
        assert [c["kind"] for c in office.conflicts()] == ["delete"]
    # Keeping the record settles it.
    world.donghoi.resolve(world.donghoi.conflicts()[0], False)
    world.sync_up([world.donghoi.code])
    world.sync_down()
    for office in (world.province, world.donghoi):
        assert office.conflicts() == [] and office.row("cooperative", coop)["deleted"] is False
    world.assert_districts_match()


def test_round_trip_district_to_province_and_back(world: World) -> None:
    new = world.lethuy.add_coop("457", "Hợp tác xã Thủy sản Ngư Thủy", {2023: {"members": 12}})
    world.lethuy.edit(world.coops["457"][0], {"notes": "ghi chú của huyện"})
    world.lethuy.delete(world.coops["457"][2])
    world.donghoi.add_coop("450", "Hợp tác xã Đồng Phú mới", {2024: {"members": 7}})
    world.province.edit(world.coops["457"][1], {"email": "htx@example.vn"})
    world.sync_up()
    world.sync_down()
    world.assert_districts_match()
    assert world.province.row("cooperative", new)["name"] == "Hợp tác xã Thủy sản Ngư Thủy"
    # Lệ Thủy sees none of Đồng Hới's cooperatives and the other way round.
    assert world.lethuy.row("cooperative", world.coops["450"][0]) is None
    assert world.donghoi.row("cooperative", new) is None
    # Nothing more to exchange: the next packages change nothing anywhere.
    before = {code: office.canonical() for code, office in world.offices.items()}
    world.settle()
    assert {code: office.canonical() for code, office in world.offices.items()} == before


def test_an_office_receiving_its_own_writes_back_never_reuses_a_counter(world: World) -> None:
    """A district restored from an old copy keeps numbering its writes after the ones the
    province already holds (otherwise two different writes would carry the same dot)."""
    coop = world.coops["457"][0]
    old = world.lethuy.path.with_name("old-lethuy.sqlite3")
    world.lethuy.close()
    old.write_bytes(world.lethuy.path.read_bytes())
    world.lethuy.edit(coop, {"phone": "0900 000 001"})
    world.sync_up([LE_THUY])
    world.lethuy.close()
    world.lethuy.path.write_bytes(old.read_bytes())  # the PC's disk was restored
    # The province sends a full package: everything of the area, the forgotten write included.
    world.lethuy.receive(world.province.export_one(to=LE_THUY, full=True))
    assert world.lethuy.row("cooperative", coop)["phone"] == "0900 000 001"
    world.lethuy.edit(coop, {"phone": "0900 000 002"})
    world.sync_up([LE_THUY])
    assert world.province.row("cooperative", coop)["phone"] == "0900 000 002"
    assert world.province.conflicts() == []


# --- idempotency ------------------------------------------------------------------------------


def test_the_same_package_twice_is_already_imported_and_writes_nothing(world: World) -> None:
    world.lethuy.edit(world.coops["457"][0], {"phone": "0911 111 111"})
    path = world.lethuy.export_one()
    assert world.province.receive(path).status == merger.APPLIED
    before = world.province.canonical()
    log_before = _log(world)
    for dry_run in (True, False):
        report = world.province.receive(path, dry_run=dry_run)
        assert report.status == merger.ALREADY
        assert report.warnings and "đã được nhập" in report.warnings[0]
        assert report.counts["changed"] == report.counts["new"] == 0
    assert world.province.canonical() == before
    assert _log(world) == log_before


def test_a_different_package_with_the_same_content_changes_nothing(world: World) -> None:
    from desktop.core import settings

    world.lethuy.edit(world.coops["457"][1], {"address": "Thôn Bắc"})
    first = world.lethuy.export_one()
    with world.lethuy.ws.transaction() as conn:  # send the same changes again, in a new package
        settings.put(conn, "export_mark:T44", 0)
    second = world.lethuy.export_one()
    assert world.province.receive(first).status == merger.APPLIED
    before = world.province.canonical()
    report = world.province.receive(second)
    assert report.status == merger.APPLIED
    assert report.counts["new"] == report.counts["changed"] == report.counts["conflicts"] == 0
    assert report.counts["unchanged"] > 0
    assert world.province.canonical() == before


def test_the_preview_writes_nothing_and_matches_the_import(world: World) -> None:
    world.lethuy.add_coop("457", "Hợp tác xã Mai Thủy", {2024: {"members": 15}})
    world.lethuy.edit(world.coops["457"][0], {"name": "Tên mới"})
    path = world.lethuy.export_one()
    before = world.province.canonical()
    preview = world.province.receive(path, dry_run=True)
    assert preview.status == merger.DRY_RUN
    assert world.province.canonical() == before
    assert _log(world) == []
    applied = world.province.receive(path)
    assert applied.counts == preview.counts
    assert [(r.id, r.kind, r.fields) for r in applied.records] == [
        (r.id, r.kind, r.fields) for r in preview.records
    ]
    (change,) = [r for r in preview.records if r.kind == "changed"]
    assert ("name", "Hợp tác xã Nông nghiệp Sen Thủy", "Tên mới") in change.fields


# --- the log, sequence gaps, undo ---------------------------------------------------------------


def _log(world: World) -> list[tuple]:
    with world.province.ws.reading() as conn:
        return [
            (e["direction"], e["package_id"], e["status"])
            for e in journal.entries(conn)
            if e["direction"] == "import"
        ]


def test_a_gap_in_the_sequence_is_pointed_out_and_later_packages_still_import(
    world: World,
) -> None:
    packages = []
    for n in range(3):
        world.lethuy.edit(world.coops["457"][0], {"notes": f"lần {n}"})
        packages.append(world.lethuy.export_one())
    first = world.province.receive(packages[0])
    assert first.warnings == []
    third = world.province.receive(packages[2])
    assert third.status == merger.APPLIED
    assert third.warnings == [
        "Gói số 2 từ UBND huyện Lệ Thủy chưa đến (các gói sau vẫn đã được nhập)."
    ]
    assert world.province.row("cooperative", world.coops["457"][0])["notes"] == "lần 2"
    with world.province.ws.reading() as conn:
        assert journal.missing_sequences(conn, world.province.identity) == {"H457": [2]}
    second = world.province.receive(packages[1])
    assert second.status == merger.APPLIED and second.warnings == []
    # The older package does not undo the newer edit.
    assert world.province.row("cooperative", world.coops["457"][0])["notes"] == "lần 2"


def test_undo_the_last_import(world: World) -> None:
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0987 654 321"})
    new = world.lethuy.add_coop("457", "Hợp tác xã Kim Thủy", {2024: {"members": 30}})
    before = world.province.canonical()
    path = world.lethuy.export_one()
    assert world.province.receive(path).status == merger.APPLIED
    assert world.province.row("cooperative", new) is not None
    done = merger.undo_last_import(world.province.ws)
    assert done["source_office"] == "H457" and done["records"] >= 3
    assert not differences(world.province.canonical(), before)
    assert world.province.row("cooperative", new) is None
    # The undone package can be imported again.
    assert world.province.receive(path).status == merger.APPLIED
    assert world.province.row("cooperative", coop)["phone"] == "0987 654 321"


def test_an_import_writes_what_changed_and_undo_puts_every_column_back(world: World) -> None:
    """An import writes the changed fields, the bookkeeping and, when a field they come from
    changed, the search keys; the rest of the row stays as stored. Undo puts back every
    column it wrote: the whole row is again as before."""
    renamed, rephoned = world.coops["457"][0], world.coops["457"][1]
    world.lethuy.edit(renamed, {"name": "Hợp tác xã Dịch vụ Mỹ Thủy"})
    world.lethuy.edit(rephoned, {"phone": "0232 111 222"})
    before = {c: world.province.row("cooperative", c) for c in (renamed, rephoned)}
    assert world.province.receive(world.lethuy.export_one()).status == merger.APPLIED
    after = {c: world.province.row("cooperative", c) for c in (renamed, rephoned)}
    assert after[renamed] == world.lethuy.row("cooperative", renamed) | {
        k: after[renamed][k] for k in ("sync_seq", "sync_origin")
    }
    assert "my thuy" in after[renamed]["search_key"]
    assert after[renamed]["name_sort"] != before[renamed]["name_sort"]
    kept = ("search_key", "name_sort", "name", "founded_on", "address")
    assert {k: after[rephoned][k] for k in kept} == {k: before[rephoned][k] for k in kept}
    assert after[rephoned]["phone"] == "0232 111 222"
    merger.undo_last_import(world.province.ws)
    assert {c: world.province.row("cooperative", c) for c in (renamed, rephoned)} == before


def test_undo_is_refused_when_the_data_changed_since(world: World) -> None:
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0987 654 321"})
    world.province.receive(world.lethuy.export_one())
    world.province.edit(coop, {"phone": "0987 000 000"})
    before = world.province.canonical()
    with pytest.raises(KnownError, match="đã được sửa tiếp sau khi nhập"):
        merger.undo_last_import(world.province.ws)
    assert world.province.canonical() == before


def test_undo_is_refused_once_a_package_was_exported_after_the_import(world: World) -> None:
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0987 654 321"})
    world.province.receive(world.lethuy.export_one())
    world.province.export()
    before = world.province.canonical()
    with pytest.raises(KnownError, match="đã xuất gói"):
        merger.undo_last_import(world.province.ws)
    assert world.province.canonical() == before


def test_undo_with_nothing_imported_says_so(world: World) -> None:
    with pytest.raises(KnownError, match="Chưa có lần nhập gói nào"):
        merger.undo_last_import(world.province.ws)


# --- jurisdiction (SYNC.md 8): refused per record, the rest applied -------------------------------


def test_changes_outside_the_district_are_refused_and_listed_the_rest_applied(
    world: World,
) -> None:
    mine, theirs = world.coops["457"][0], world.coops["450"][0]
    task, assignment = world.tasks["task:shared"], world.tasks["assignment:shared:H457"]
    # A modified program at Lệ Thủy writes records it may not touch, straight into its database.
    _give(world, LE_THUY, "cooperative", theirs)  # a copy of Đồng Hới's cooperative, leaked
    world.lethuy.write("cooperative", theirs, {"name": "Sửa trộm của Đồng Hới"})
    world.lethuy.write("cooperative", mine, {"area_code": "18859"})  # moved into Đồng Hới
    world.lethuy.write("task", task, {"title": "Huyện tự sửa nhiệm vụ"})
    world.lethuy.write("assignment", assignment, {"role": "support"})
    world.lethuy.edit(world.coops["457"][1], {"phone": "0232 999 999"})  # allowed
    before = world.province.canonical()
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    refused = {r.id: r.reason for r in report.records if r.kind == "refused"}
    assert set(refused) == {theirs, mine, task, assignment}
    assert report.counts["refused"] == 4 and report.counts["changed"] == 1
    assert "ngoài địa bàn" in refused[theirs] and "UBND huyện Lệ Thủy" in refused[theirs]
    assert "ngoài địa bàn" in refused[mine]
    assert "nhiệm vụ" in refused[task] and "phân công" in refused[assignment]
    assert sorted(report.errors) == sorted(refused.values())
    after = world.province.canonical()
    changed = {row[0] for table in after for row in set(after[table]) ^ set(before[table])}
    assert changed == {world.coops["457"][1]}
    assert world.province.row("cooperative", world.coops["457"][1])["phone"] == "0232 999 999"
    # The refusals are kept in the log.
    with world.province.ws.reading() as conn:
        (entry,) = [e for e in journal.entries(conn) if e["direction"] == "import"]
    assert len(entry["report"]["refused"]) == 4


def _give(world: World, code: str, table_name: str, record_id: str) -> None:
    """Copy a row of the province into a district's database as it is (as if leaked)."""
    from sqlalchemy import select

    from desktop.core.records import SPECS

    table = SPECS[table_name].table
    with world.province.ws.reading() as conn:
        row = dict(conn.execute(select(table).where(table.c.id == record_id)).one()._mapping)
    with world.offices[code].ws.transaction() as conn:
        conn.execute(table.insert().values(**{**row, "sync_origin": PROVINCE}))


def test_progress_reports_only_on_own_assignments(world: World) -> None:
    from datetime import date

    from desktop.core.records import SPECS, Writer

    own = world.tasks["assignment:shared:H457"]
    other = world.tasks["assignment:donghoi:H450"]
    _give(world, LE_THUY, "task", world.tasks["task:donghoi"])
    _give(world, LE_THUY, "assignment", other)
    with world.lethuy.ws.transaction() as conn:
        writer = Writer(conn, world.lethuy.identity)
        values = {"period": "2026-Q3", "reported_on": date(2026, 9, 30), "status": "in_progress",
                  "percent": 40, "office_code": LE_THUY, "content": "Đã rà soát 12 HTX"}  # fmt: skip
        good = writer.create(SPECS["progress_report"], {**values, "assignment_id": own})
        forged = writer.create(SPECS["progress_report"], {**values, "assignment_id": other})
    report = world.province.receive(world.lethuy.export_one())
    kinds = {r.id: r.kind for r in report.records}
    assert kinds[good] == "new" and kinds[forged] == "refused", report.errors
    assert report.errors == [
        "UBND huyện Lệ Thủy chỉ được báo cáo tiến độ các nhiệm vụ giao cho chính mình."
    ]
    assert world.province.row("progress_report", good)["percent"] == 40
    assert world.province.row("progress_report", forged) is None
    assert world.donghoi.row("progress_report", good) is None
    world.sync_down()
    assert world.donghoi.row("progress_report", good) is not None  # a shared task
    assert world.donghoi.row("progress_report", good)["percent"] == 40


def test_a_district_may_not_settle_the_provinces_conflicts(world: World) -> None:
    with world.lethuy.ws.transaction() as conn, pytest.raises(KnownError, match="cấp tỉnh"):
        conflicts.resolve(
            conn, world.lethuy.identity, "task", world.tasks["task:shared"], "title", "x"
        )


def test_a_cancelled_export_writes_no_package_and_moves_no_mark(world, tmp_path):
    from desktop.core import settings
    from desktop.core.errors import Cancelled
    from desktop.core.sync import exporter

    province = world.province.ws
    with province.reading() as conn:
        before = settings.get(conn, "export_mark:H457", 0)
    with pytest.raises(Cancelled):
        exporter.export(province, tmp_path / "out", to="H457", cancelled=lambda: True)
    assert not list(tmp_path.rglob("*.htxpkg"))
    with province.reading() as conn:
        assert settings.get(conn, "export_mark:H457", 0) == before
