"""SYNC.md property 10: every package states its format and schema versions; a newer format is
refused with a message to update; every format ever written still reads (the v1 sample)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from desktop.core.sync import merger, package
from tests.sync.world import World

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE_INFO = json.loads((DATA / "v1_sample.json").read_text(encoding="utf-8"))
SAMPLE = DATA / SAMPLE_INFO["file"]


def test_the_v1_sample_is_a_v1_package() -> None:
    with zipfile.ZipFile(SAMPLE) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
        assert "rows" in next(iter(json.loads(archive.read(package.PAYLOAD))["tables"].values()))
    assert manifest["format_version"] == 1 == SAMPLE_INFO["format_version"]
    assert manifest["schema_version"] == 1


def test_the_current_reader_reads_and_imports_the_v1_sample(world: World, tmp_path: Path) -> None:
    read = package.read_package(SAMPLE)
    assert read.manifest.format_version == 1
    assert read.manifest.source_office == "H457"
    payload = package.open_payload(
        read, sender_public_key=SAMPLE_INFO["source_public_key"], box_private_key=None
    )
    assert {"cooperative", "indicator"} <= set(payload["tables"])

    # The province of the test world knows H457 by another key; the sample's key is passed as
    # the one to trust, as the set-up does for the first package.
    trusted = {"H457": SAMPLE_INFO["source_public_key"]}
    preview = world.province.receive(SAMPLE, dry_run=True, trusted_keys=trusted)
    assert preview.status == merger.DRY_RUN, preview.errors
    report = world.province.receive(SAMPLE, trusted_keys=trusted)
    assert report.status == merger.APPLIED, report.errors
    assert report.counts["new"] == 3 + 6 and report.counts["refused"] == 0
    kept, deleted = SAMPLE_INFO["cooperatives"]["kept"], SAMPLE_INFO["cooperatives"]["deleted"]
    first = world.province.row("cooperative", kept[0])
    assert first["name"] == "Hợp tác xã Nông nghiệp Sen Thủy mẫu"
    assert first["representative"] == "Nguyễn Văn Mẫu"
    assert first["founded_on"].isoformat() == "2019-03-05"
    assert world.province.row("cooperative", deleted)["deleted"] is True
    assert world.province.receive(SAMPLE, trusted_keys=trusted).status == merger.ALREADY


def test_every_package_states_its_versions(world: World) -> None:
    path = world.lethuy.export_one()
    with zipfile.ZipFile(path) as archive:
        manifest = json.loads(archive.read(package.MANIFEST))
    assert manifest["format"] == package.FORMAT
    assert manifest["format_version"] == package.FORMAT_VERSION
    # No sign-off records in it: the schema an older app reads (see package.TABLE_SCHEMA).
    assert manifest["schema_version"] == 1 < package.SCHEMA_VERSION


def test_a_newer_format_or_schema_is_refused_with_a_message_to_update(world: World) -> None:
    from tests.sync.forge import rewrite

    path = world.lethuy.export_one()
    before = world.province.canonical()
    for key in ("format_version", "schema_version"):
        newer = rewrite(path, manifest={key: 99}, sign_with=world.lethuy)
        report = world.province.receive(newer)
        assert report.status == merger.REFUSED
        (message,) = report.errors
        assert "phiên bản HTX Desktop mới hơn" in message and "cập nhật" in message
    assert world.province.canonical() == before
