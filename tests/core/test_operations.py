"""Core operations: one transaction and one write per user action, returning what changed
(from what the write path touched), with the backup taken where one is due."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core import registry
from desktop.core.errors import ValidationError
from desktop.core.operations import EVERYTHING, cooperatives, sync
from desktop.core.operations import tasks as task_operations
from desktop.core.workspace import Workspace
from tests.core.helpers import DONG_HOI_WARD, snapshot


def _clock(ws: Workspace) -> int:
    with ws.reading() as conn:
        return int(
            conn.execute(text("SELECT value FROM counter WHERE name = 'clock'")).scalar_one()
        )


COOP = {
    "registration_code": "3100123459",
    "name": "Hợp tác xã Nông nghiệp Sen Thủy",
    "area_code": DONG_HOI_WARD,
    "sector": "agri",
}


def test_a_save_with_changes_and_removed_years_is_one_write(workspace: Workspace) -> None:
    figures = {2023: {"members": 10}, 2024: {"members": 12}}
    created = cooperatives.save_cooperative(workspace, None, COOP, figures)
    coop_id = created.value
    assert created.changes.tables == {"cooperative", "indicator"}
    assert ("cooperative", coop_id) in created.changes.records
    assert len(created.changes.records) == 3

    before = _clock(workspace)
    saved = cooperatives.save_cooperative(
        workspace, coop_id, {**COOP, "phone": "0912 345 678"}, {2024: {"members": 15}},
        removed_years=[2023],
    )  # fmt: skip
    assert _clock(workspace) == before + 1  # one write counter for the whole Save
    assert saved.changes.records == {
        ("cooperative", coop_id),
        ("indicator", registry.indicator_id(coop_id, 2023)),
        ("indicator", registry.indicator_id(coop_id, 2024)),
    }
    with workspace.reading() as conn:
        years = {i["year"]: i for i in registry.indicators_of(conn, [coop_id])[coop_id]}
    assert set(years) == {2024}
    assert years[2024]["members"] == 15


def test_an_invalid_save_writes_nothing_and_reports_every_field(workspace: Workspace) -> None:
    with workspace.reading() as conn:
        before = snapshot(conn)
    with pytest.raises(ValidationError) as caught:
        cooperatives.save_cooperative(
            workspace,
            None,
            {**COOP, "name": "", "email": "không-phải-thư"},
            {2024: {"members": -3}},
        )
    assert {"name", "email"} <= set(caught.value.errors)
    with workspace.reading() as conn:
        assert snapshot(conn) == before


def test_a_save_that_changes_nothing_announces_nothing(workspace: Workspace) -> None:
    coop_id = cooperatives.save_cooperative(workspace, None, COOP).value
    again = cooperatives.save_cooperative(workspace, coop_id, COOP)
    assert not again.changes


def test_delete_and_undo_return_the_record_they_touched(workspace: Workspace) -> None:
    coop_id = cooperatives.save_cooperative(workspace, None, COOP).value
    deleted = cooperatives.delete_cooperative(workspace, "3100123459")
    assert deleted.value == coop_id
    assert deleted.changes.records == {("cooperative", coop_id)}
    restored = cooperatives.restore_cooperative(workspace, coop_id)
    assert restored.changes.records == {("cooperative", coop_id)}


def test_loading_the_sample_directive_reports_its_tables(workspace: Workspace) -> None:
    done = task_operations.load_sample(workspace)
    assert {"directive", "task", "assignment"} <= done.changes.tables


def test_import_backs_up_first_and_reports_what_it_touched(tmp_path: Path, data_dir: Path) -> None:
    from desktop.core.sync import enrolment, exporter

    province = Workspace.open(str(tmp_path / "province.sqlite3"))
    enrolment.init_province(province, code="T44", name="Sở KH&ĐT Quảng Bình", area_code="44",
                            scheme="pre2025")  # fmt: skip
    setup = sync.enroll_office(province, code="H450", name="UBND TP Đồng Hới", area_code="450",
                               out=tmp_path / "h450.htxsetup").value  # fmt: skip
    district = Workspace.open(str(tmp_path / "district.sqlite3"))
    installed = sync.install_setup(district, setup)
    assert installed.changes == EVERYTHING
    coop_id = cooperatives.save_cooperative(district, None, COOP).value
    package = exporter.export(district, tmp_path / "out")[0].path

    done = sync.import_package(province, package)
    assert done.value.status == "applied"
    assert ("cooperative", coop_id) in done.changes.records
    assert "package_log" in done.changes.tables
    backups = list((data_dir / "backups").glob("*/*-pre-import.sqlite3"))
    assert len(backups) == 1

    again = sync.import_package(province, package)
    assert again.value.status == "already_imported"
    assert not again.changes
    province.close()
    district.close()
