"""Going back to a backup never makes an office reuse a version number or a package number
(issue 12, finding 3), and the province points out two different packages with one number.

The restored office keeps the counters it had reached (they are carried over the restore), so
its next write is numbered after every write it ever made; the property test checks that
offices converge whatever the order of backups, edits elsewhere, restores and syncs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core import database
from desktop.core.sync import merger
from tests.sync.world import World


def backup(office) -> Path:  # type: ignore[no-untyped-def]
    path = database.backup_database(office.ws.database, reason="manual")
    assert path is not None
    return path


def restore(office, copy: Path) -> None:  # type: ignore[no-untyped-def]
    db = office.ws.database
    office.close()
    database.restore_backup(db, copy)


def test_a_restored_district_reuses_no_version_and_offices_agree(world: World) -> None:
    coop = world.coops["457"][0]
    copy = backup(world.lethuy)
    world.lethuy.edit(coop, {"name": "HTX X tên A"})
    assert world.province.receive(world.lethuy.export_one()).status == merger.APPLIED
    restore(world.lethuy, copy)
    world.lethuy.edit(coop, {"name": "HTX X tên B"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED, report.errors
    world.settle()
    world.assert_districts_match()
    names = {o.code: o.row("cooperative", coop)["name"] for o in (world.province, world.lethuy)}
    assert set(names.values()) == {"HTX X tên B"}, names


def test_a_restored_district_does_not_reuse_a_package_number(world: World) -> None:
    coop = world.coops["457"][0]
    copy = backup(world.lethuy)
    world.lethuy.edit(coop, {"notes": "trước khi khôi phục"})
    first = world.lethuy.export_one()
    assert world.province.receive(first).status == merger.APPLIED
    restore(world.lethuy, copy)
    world.lethuy.edit(coop, {"notes": "sau khi khôi phục"})
    second = world.lethuy.export_one()
    report = world.province.receive(second)
    assert report.sequence is not None and report.sequence > 1
    assert not any("đã được nhập trước đây nhưng là một gói khác" in w for w in report.warnings)


def test_the_province_flags_two_packages_with_one_number(world: World) -> None:
    """A district restored by copying the file back by hand (outside the program) can still
    send a second package numbered like one already received: the province says so."""
    coop = world.coops["457"][0]
    path = world.lethuy.path
    world.lethuy.close()
    saved = path.read_bytes()
    world.lethuy.edit(coop, {"notes": "gói thứ nhất"})
    assert world.province.receive(world.lethuy.export_one()).status == merger.APPLIED
    world.lethuy.close()
    path.write_bytes(saved)  # the old file put back by hand
    for extra in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        extra.unlink(missing_ok=True)
    world.lethuy.edit(coop, {"notes": "gói khác cùng số"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    assert report.sequence == 1
    assert any(
        "Gói số 1 từ UBND huyện Lệ Thủy đã được nhập trước đây nhưng là một gói khác" in w
        for w in report.warnings
    ), report.warnings


STEPS = st.lists(
    st.sampled_from(["backup", "district", "province", "restore", "up", "down"]),
    min_size=3,
    max_size=9,
)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@example(  # the shape of the finding: sent, restored, written again, sent again
    steps=["backup", "district", "up", "restore", "district", "up"], values=["tên A"] * 9
)
@given(steps=STEPS, values=st.lists(st.sampled_from(["tên A", "tên B", "tên C"]), min_size=9,
                                    max_size=9))  # fmt: skip
def test_offices_converge_across_backups_and_restores(
    make_world: Callable[[], World], steps: list[str], values: list[str]
) -> None:
    world = make_world()
    coop = world.coops["457"][1]
    copies: list[Path] = []
    for number, step in enumerate(steps):
        name = f"HTX Y {values[number]} {number}"
        if step == "backup":
            copies.append(backup(world.lethuy))
        elif step == "district":
            world.lethuy.edit(coop, {"name": name})
        elif step == "province":
            world.province.edit(coop, {"representative": f"Người {number}"})
        elif step == "restore" and copies:
            restore(world.lethuy, copies[-1])
        elif step == "up":
            assert world.province.receive(world.lethuy.export_one()).status == merger.APPLIED
        elif step == "down":
            world.sync_down()
    if "restore" in steps:
        # A PC restored from an old copy gets a full package from the province (what it
        # had received since its copy is not in the next incremental one).
        for path in world.province.export(to="H457", full=True):
            assert world.lethuy.receive(path).status == merger.APPLIED
    world.settle()
    world.assert_districts_match()
    # Nothing is left in conflict between two values of one write: a conflict, if any, is
    # between two different writes, and resolving it settles every office.
    for item in world.province.conflicts():
        dots = {item["current"]["dot"], *(o["dot"] for o in item["others"])}
        assert len(dots) == 1 + len(item["others"]), item
        world.province.resolve(item, item["current"]["value"])
    world.settle()
    world.assert_districts_match()
    assert not world.province.conflicts()
    world.close()
