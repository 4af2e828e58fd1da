"""SYNC.md property 7 (authentic) and encryption: a package must come, unaltered, from an
enrolled office and be addressed to this one; otherwise it is refused with a clear message and
nothing changes."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from desktop.core.sync import journal, keys, merger, package
from tests.sync.forge import craft, entries, keys_of, rewrite, write_zip
from tests.sync.world import DONG_HOI, LE_THUY, PROVINCE, Office, World


def refused(office: Office, path: Path, *messages: str) -> merger.ImportReport:
    """Import `path` at `office`: refused with every message fragment, nothing written."""
    before = office.canonical()
    log = _log(office)
    for dry_run in (True, False):
        report = office.receive(path, dry_run=dry_run)
        assert report.status == merger.REFUSED, report.to_json()
        (error,) = report.errors
        for message in messages:
            assert message in error
        assert report.counts == {k: 0 for k in report.counts}
    assert office.canonical() == before
    assert _log(office) == log
    return report


def _log(office: Office) -> list[dict]:
    with office.ws.reading() as conn:
        return journal.entries(conn)


@pytest.fixture
def sent(world: World) -> Path:
    """A genuine package from Lệ Thủy to the province, with a change in it."""
    world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 000"})
    return world.lethuy.export_one()


def test_a_tampered_manifest_is_refused(world: World, sent: Path) -> None:
    forged = rewrite(sent, manifest={"sequence": 7})  # old signature kept
    refused(world.province, forged, "Chữ ký số", "không khớp", "H457")


def test_a_tampered_payload_is_refused(world: World, sent: Path) -> None:
    files = entries(sent)
    payload = json.loads(files[package.PAYLOAD])
    payload["tables"]["cooperative"]["data"][0][0] = world.coops["457"][1]
    files[package.PAYLOAD] = json.dumps(payload).encode()
    forged = write_zip(sent.with_name("tampered.htxpkg"), files)
    refused(world.province, forged, "không khớp với mã kiểm tra")


def test_a_payload_hash_changed_with_the_payload_breaks_the_signature(
    world: World, sent: Path
) -> None:
    payload = json.loads(entries(sent)[package.PAYLOAD])
    forged = rewrite(sent, payload=payload | {"extra": 1})  # hash fixed, signature not
    refused(world.province, forged, "Chữ ký số")


def test_a_signature_by_another_offices_key_is_refused(world: World, sent: Path) -> None:
    forged = rewrite(sent, manifest={"sequence": 2}, sign_with=world.donghoi)
    refused(world.province, forged, "Chữ ký số", "H457")
    stranger = keys.new_signing_key()
    refused(world.province, rewrite(sent, sign_with=stranger.private), "Chữ ký số")


def test_a_package_from_an_unknown_office_is_refused(world: World, sent: Path) -> None:
    forged = rewrite(sent, manifest={"source_office": "H999"}, sign_with=world.lethuy)
    refused(world.province, forged, "“H999” chưa được đăng ký")


def test_a_package_for_another_office_is_refused(world: World) -> None:
    paths = {p.stem.rsplit("_", 1)[-1]: p for p in world.province.export()}
    refused(world.lethuy, paths[DONG_HOI], "gửi cho đơn vị “H450”", "(H457)")
    refused(world.donghoi, paths[LE_THUY], "gửi cho đơn vị “H457”")


def test_a_district_does_not_import_from_another_district(world: World, tmp_path: Path) -> None:
    # What Đồng Hới sends the province is not for Lệ Thủy ...
    refused(world.lethuy, world.donghoi.export_one(), "gửi cho đơn vị “T44”")
    # ... and a package Đồng Hới addresses to Lệ Thủy itself is refused all the same.
    crafted = craft(world.donghoi, tmp_path, {"tables": {}}, destination=LE_THUY)
    refused(world.lethuy, crafted, "chỉ nhận gói từ cấp tỉnh (T44)", "“H450”")


def test_an_office_does_not_import_its_own_package(world: World) -> None:
    refused(world.lethuy, world.lethuy.export_one(), "do chính đơn vị bạn tạo ra")


def test_a_district_knows_the_province_only_by_the_key_in_its_setup(
    world: World, tmp_path: Path
) -> None:
    # Đồng Hới's key signing a package that claims to come from the province.
    path = world.province.export_one(to=LE_THUY)
    forged = rewrite(path, manifest={"sequence": 5}, sign_with=world.donghoi)
    refused(world.lethuy, forged, "Chữ ký số", "T44")


# --- encryption -------------------------------------------------------------------------------


def test_an_encrypted_package_opens_only_at_its_destination(world: World) -> None:
    coop = world.coops["457"][0]
    world.province.edit(coop, {"name": "Hợp tác xã Nông nghiệp Sen Thủy bí mật"})
    path = world.province.export_one(to=LE_THUY, encrypt=True)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        blob = archive.read(package.PAYLOAD_ENCRYPTED)
    assert package.PAYLOAD not in names and package.PAYLOAD_ENCRYPTED in names
    assert "bí mật".encode() not in blob and b"Sen Th" not in blob
    # Another office cannot open it, even when the destination is not in the way.
    anywhere = rewrite(path, manifest={"destination_office": None}, sign_with=world.province)
    refused(world.donghoi, anywhere, "mã hóa cho đơn vị khác")
    read = package.read_package(path)
    with pytest.raises(package.PackageError, match="mã hóa cho đơn vị khác"):
        package.open_payload(
            read,
            sender_public_key=keys_of(world.province)["signing_public"],
            box_private_key=keys_of(world.donghoi)["box"],
        )
    report = world.lethuy.receive(path)
    assert report.status == merger.APPLIED, report.errors
    assert world.lethuy.row("cooperative", coop)["name"].endswith("bí mật")


def test_a_district_encrypts_to_the_province(world: World) -> None:
    world.lethuy.edit(world.coops["457"][1], {"notes": "gửi qua thư điện tử"})
    path = world.lethuy.export_one(encrypt=True)
    assert package.read_package(path).manifest.encrypted
    assert world.province.receive(path).status == merger.APPLIED
    assert world.province.row("cooperative", world.coops["457"][1])["notes"] == (
        "gửi qua thư điện tử"
    )


def test_an_altered_encrypted_payload_is_refused(world: World) -> None:
    path = world.province.export_one(to=LE_THUY, encrypt=True)
    files = entries(path)
    blob = bytearray(files[package.PAYLOAD_ENCRYPTED])
    blob[-1] ^= 1
    files[package.PAYLOAD_ENCRYPTED] = bytes(blob)
    refused(world.lethuy, write_zip(path.with_name("x.htxpkg"), files), "mã kiểm tra")


def test_province_exports_one_package_per_enrolled_office(world: World) -> None:
    paths = world.province.export()
    assert sorted(p.stem.rsplit("_", 1)[-1] for p in paths) == [DONG_HOI, LE_THUY]
    for path in paths:
        manifest = package.read_package(path).manifest
        assert manifest.source_office == PROVINCE
        assert path.name.startswith(f"HTX_{PROVINCE}_") and path.suffix == package.SUFFIX


def test_a_package_never_overwrites_a_file_and_names_stay_readable(world: World) -> None:
    names = []
    for _ in range(4):
        with world.lethuy.ws.transaction() as conn:  # the same sequence number again
            from desktop.core import settings

            settings.put(conn, "export_seq:T44", 0)
        names.append(world.lethuy.export_one().name)
    stem = names[0].removesuffix(package.SUFFIX)
    assert names == [names[0], f"{stem} (2).htxpkg", f"{stem} (3).htxpkg", f"{stem} (4).htxpkg"]
