"""The 2025 reform in a synced province: roles, department access, conversion that travels.

The property: whatever the edits and the order in which packages arrive around the
conversion, the province keeps every record, and every office still working holds exactly
what the province holds of its area.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop.core import area_conversion, areas, registry
from desktop.core import settings as office_settings
from desktop.core.records import SPECS
from desktop.core.sync import enrolment, merger
from desktop.core.workspace import Workspace
from tests.cli_runner import run_htx
from tests.sync.world import DONG_HOI, LE_THUY, PROVINCE, World, canonical, differences

SLOW = settings(
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PHONES = ["0912 111 111", "0912 222 222", "0232 3999 999"]

edits = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(PHONES)), max_size=3)


def _live_ids(world: World) -> set[str]:
    t = SPECS["cooperative"].table
    with world.province.ws.reading() as conn:
        return set(
            conn.execute(
                t.select().with_only_columns(t.c.id).where(t.c.deleted.is_(False))
            ).scalars()
        )


def _visible_view(office_ws: Workspace, office_row: dict) -> dict:
    return canonical(office_ws, office_row)


@SLOW
@given(
    lethuy_edits=edits,
    donghoi_edits=edits,
    late=st.booleans(),  # the districts' packages arrive after the conversion
    retire_donghoi=st.booleans(),
)
def test_conversion_then_sync_converges_and_loses_nothing(
    make_world, lethuy_edits, donghoi_edits, late, retire_donghoi
) -> None:
    world = make_world()
    before = _live_ids(world)
    in_flight = []
    for office, changes, district in (
        (world.lethuy, lethuy_edits, "457"),
        (world.donghoi, donghoi_edits, "450"),
    ):
        for index, phone in changes:
            office.edit(world.coops[district][index], {"phone": phone})
        in_flight.append(office.export_one())
    if not late:
        for path in in_flight:
            assert world.province.receive(path).status == merger.APPLIED

    # The province converts (Quảng Bình: every commune one-to-one) and deals with its
    # district offices: Lệ Thủy becomes the office of the commune its first cooperative
    # moved to; Đồng Hới is retired or becomes a commune office too.
    with world.province.ws.transaction() as conn:
        result, identity = area_conversion.convert(conn, world.province.identity)
        assert not result.needs_choice and identity.area_scheme == areas.POST2025
        new_lethuy = areas.successors(areas.children(areas.PRE2025, "457")[0].code)[0].code
        area_conversion.map_office(conn, identity, LE_THUY, new_lethuy)
        if retire_donghoi:
            area_conversion.retire_office(conn, identity, DONG_HOI)
        else:
            new_donghoi = areas.successors(areas.children(areas.PRE2025, "450")[0].code)[0].code
            area_conversion.map_office(conn, identity, DONG_HOI, new_donghoi)
    world.province.ws.identity = identity
    if late:
        for path in in_flight:  # a retired office's last package is still accepted
            report = world.province.receive(path)
            assert report.status == merger.APPLIED and report.counts["refused"] == 0, report.errors

    active = [LE_THUY] if retire_donghoi else [LE_THUY, DONG_HOI]
    for _round in range(2):
        for path in world.province.export():
            code = path.stem.rsplit("_", 1)[-1]
            assert code in active  # nothing is sent to a retired office
            assert world.offices[code].receive(path).status == merger.APPLIED
        for code in active:
            report = world.province.receive(world.offices[code].export_one())
            assert report.status == merger.APPLIED and report.counts["refused"] == 0, report.errors

    # No record lost, every one on the new codes with its former unit kept.
    assert _live_ids(world) >= before
    with world.province.ws.reading() as conn:
        rows = registry.list_cooperatives(conn)
    assert {r["area_scheme"] for r in rows} == {areas.POST2025}
    assert all(r["former_area_scheme"] == areas.PRE2025 and r["former_area_code"] for r in rows)
    # Each office still working took its new role and holds what the province holds of it.
    for code in active:
        office = world.offices[code]
        assert office.identity.role == office_settings.COMMUNE
        row = world.province.office_row(code)
        mine = canonical(office.ws, row)
        theirs = world.province.canonical(visible_to=code)
        assert mine["cooperative"], "the commune office sees its converted cooperatives"
        diff = differences(theirs, mine)
        assert not diff, "\n".join(diff[:5])
    # The phones the districts typed all arrived.
    by_id = {r["id"]: r for r in rows}
    for changes, district in ((lethuy_edits, "457"), (donghoi_edits, "450")):
        last: dict[int, str] = {}
        for index, phone in changes:
            last[index] = phone
        for index, phone in last.items():
            assert by_id[world.coops[district][index]]["phone"] == phone


def test_a_mapped_office_edits_its_converted_cooperatives(world: World) -> None:
    """The complaint: an old district office made a commune found its cooperatives
    read-only. After the conversion it edits them and the province accepts the change."""
    with world.province.ws.transaction() as conn:
        _result, identity = area_conversion.convert(conn, world.province.identity)
        target = areas.successors(areas.children(areas.PRE2025, "457")[0].code)[0].code
        area_conversion.map_office(conn, identity, LE_THUY, target, "UBND xã Sen Ngư")
    world.province.ws.identity = identity
    (path,) = [p for p in world.province.export() if p.stem.endswith(LE_THUY)]
    world.province.export()  # the other office's package is not needed here
    assert world.lethuy.receive(path).status == merger.APPLIED
    assert world.lethuy.identity.area_code == target
    assert world.lethuy.identity.area_scheme == areas.POST2025
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0232 3777 777"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.counts["refused"] == 0 and report.counts["changed"] == 1
    assert world.province.row("cooperative", coop)["phone"] == "0232 3777 777"
    with world.province.ws.reading() as conn:
        history = registry.cooperative_history(conn, coop)
    former = [h for h in history if h.field == "former_area_code"]
    assert former and former[0].new == areas.children(areas.PRE2025, "457")[0].code


def test_department_access_is_set_at_enrolment_and_enforced_on_import(
    world: World, tmp_path: Path
) -> None:
    province = world.province
    agri_coop, trade_coop = world.coops["457"][0], world.coops["457"][1]
    with province.ws.transaction() as conn:
        registry.update_cooperative(conn, province.identity, agri_coop, {"sector": "agri"})
        registry.update_cooperative(conn, province.identity, trade_coop, {"sector": "trade"})
    made = {}
    for code, access in (("SNN", "agri"), ("STP", None)):
        setup = enrolment.enroll(
            province.ws, code=code, name=f"Sở {code}", area_code="44",
            role=office_settings.DEPARTMENT, out=tmp_path / f"{code}.htxsetup",
            registry_access=access,
        )  # fmt: skip
        ws = Workspace.open(str(tmp_path / f"{code}.sqlite3"))
        enrolment.install_setup(ws, setup)
        made[code] = ws
    assert made["SNN"].identity.registry_access == "sectors:agri"
    assert made["STP"].identity.registry_access == "none"
    # In its own window the department may only change what it was given.
    from desktop.core.errors import KnownError

    with made["SNN"].transaction() as conn:
        registry.update_cooperative(
            conn, made["SNN"].identity, agri_coop, {"phone": "0912 000 001"}
        )
    for ws, coop in ((made["SNN"], trade_coop), (made["STP"], agri_coop)):
        try:
            with ws.transaction() as conn:
                registry.update_cooperative(conn, ws.identity, coop, {"phone": "0912 000 002"})
        except KnownError as exc:
            assert "không thuộc" in exc.message
        else:
            raise AssertionError("a department changed a record it was not given")
    # A modified program that writes anyway is refused at the province, record by record.
    from desktop.core.records import Writer
    from desktop.core.sync import exporter

    with made["STP"].transaction() as conn:
        Writer(conn, made["STP"].identity).update(SPECS["cooperative"], agri_coop, {"phone": "1"})
    report = province.receive(exporter.export(made["STP"], tmp_path / "out-stp")[0].path)
    assert report.counts["refused"] == 1 and "không được" in report.records[0].reason
    report = province.receive(exporter.export(made["SNN"], tmp_path / "out-snn")[0].path)
    assert report.counts["refused"] == 0 and report.counts["changed"] == 1
    for ws in made.values():
        ws.close()


def test_enroll_command_roles_and_defaults(tmp_path: Path) -> None:
    def htx(*args: str) -> subprocess.CompletedProcess[str]:
        return run_htx(*args)  # in this process: the same entry point, without a new interpreter

    db = str(tmp_path / "tinh.sqlite3")
    done = htx("init", "--db", db, "--office", "QT", "--name", "Sở Tài chính tỉnh Quảng Trị",
               "--area", "44")  # fmt: skip
    assert done.returncode == 0, done.stderr
    ws = Workspace.open(db)
    assert ws.identity.area_scheme == areas.POST2025  # today's structure by default
    ws.close()
    # A commune by default; a department with its sectors; a district is for the old scheme.
    done = htx("enroll", "--db", db, "--office", "X19288", "--name", "UBND xã Sen Ngư",
               "--area", "19288", "--out", str(tmp_path))  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = htx("enroll", "--db", db, "--office", "SNNMT", "--name", "Sở Nông nghiệp và Môi trường",
               "--area", "44", "--role", "department", "--registry", "agri,environment",
               "--out", str(tmp_path))  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = htx("enroll", "--db", db, "--office", "H457", "--name", "UBND huyện Lệ Thủy",
               "--area", "457", "--role", "district", "--out", str(tmp_path))  # fmt: skip
    assert done.returncode == 1 and "Từ 01/07/2025 không còn cấp huyện" in done.stderr
    done = htx("enroll", "--db", db, "--office", "SXX", "--name", "Sở X", "--area", "44",
               "--role", "department", "--registry", "vang", "--out", str(tmp_path))  # fmt: skip
    assert done.returncode == 1 and "Lĩnh vực vang không có" in done.stderr
    ws = Workspace.open(db)
    with ws.reading() as conn:
        offices = {r.code: r for r in conn.execute(SPECS["office"].table.select())}
    ws.close()
    assert offices["X19288"].role == "commune" and offices["X19288"].area_scheme == "post2025"
    assert offices["SNNMT"].registry_access == "sectors:agri,environment"
    assert "SXX" not in offices and "H457" not in offices
    setup = json.loads(
        __import__("zipfile").ZipFile(tmp_path / "THIET-LAP_X19288.htxsetup").read("setup.json")
    )
    assert setup["identity"]["role"] == "commune"


def test_merging_two_provincial_masters(world: World, tmp_path: Path) -> None:
    """Quảng Trị's master takes in Quảng Bình's whole state (the world's province with its
    two district offices), previewed first; the offices' packages stay valid there."""
    from desktop.core.sync import master_merge

    survivor = Workspace.open(str(tmp_path / "quangtri.sqlite3"))
    enrolment.init_province(survivor, code="QT", name="Sở Tài chính tỉnh Quảng Trị", area_code="44")
    other_db = str(world.province.path)
    world.province.close()
    before = canonical(survivor)
    preview = master_merge.merge_master(survivor, other_db, dry_run=True)
    assert preview.status == merger.DRY_RUN and preview.counts["new"] > 10
    assert canonical(survivor) == before  # the preview writes nothing
    report = master_merge.merge_master(survivor, other_db)
    assert report.status == merger.APPLIED and report.counts["refused"] == 0
    opened = Workspace.open(other_db)
    theirs = canonical(opened)
    opened.close()
    mine = canonical(survivor)
    for table in ("cooperative", "indicator", "directive", "task", "assignment"):
        assert {r[0] for r in theirs[table]} <= {r[0] for r in mine[table]}
    with survivor.reading() as conn:
        offices = {r.code: r for r in conn.execute(SPECS["office"].table.select())}
    assert offices[LE_THUY].public_key and offices[PROVINCE].retired
    # A package Lệ Thủy had made for its old master is accepted by the survivor.
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {"phone": "0232 3555 555"})
    late = world.lethuy.export_one()
    accepted = merger.import_package(survivor, late)
    assert accepted.status == merger.APPLIED and accepted.counts["refused"] == 0, accepted.errors
    with survivor.reading() as conn:
        assert registry.get_cooperative(conn, coop)["phone"] == "0232 3555 555"
    again = master_merge.merge_master(survivor, other_db)  # merging twice changes nothing
    assert again.counts["new"] == 0
    survivor.close()
