"""A package's manifest gives the SHA-256 of its payload's deflated bytes as stored in the ZIP
(besides the payload's own): a reader checks them before decompressing anything, and so
decompresses the payload once, to read it (its own hash still checked at the end). A package
without that hash (an older one), or zipped again by another tool, is checked on its
decompressed payload, as before."""

from __future__ import annotations

import hashlib
import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.core.sync import merger, package
from tests.sync.forge import entries, rewrite
from tests.sync.world import World


def _stored_range(path: Path, name: str) -> tuple[int, int]:
    """Where an entry's compressed bytes lie in a ZIP file: (start, size)."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    with open(path, "rb") as handle:
        handle.seek(info.header_offset)
        header = handle.read(30)
    name_size, extra_size = struct.unpack("<HH", header[26:30])
    return info.header_offset + 30 + name_size + extra_size, info.compress_size


def _count_decompressed_checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The calls of the check on a whole decompressed payload, noted (and still made)."""
    calls: list[str] = []
    real = package._payload_sha256

    def counted(read: package.Package) -> str:
        calls.append(read.manifest.package_id)
        return real(read)

    monkeypatch.setattr(package, "_payload_sha256", counted)
    return calls


@pytest.fixture
def sent(world: World) -> Path:
    """A genuine package from Lệ Thủy to the province, with a change in it."""
    world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 000"})
    return world.lethuy.export_one()


def test_the_manifest_gives_the_hash_of_the_stored_payload(sent: Path) -> None:
    start, size = _stored_range(sent, package.PAYLOAD)
    stored = sent.read_bytes()[start : start + size]
    manifest = json.loads(entries(sent)[package.MANIFEST])["payload"]
    assert manifest["stored"] == {
        "sha256": hashlib.sha256(stored).hexdigest(),
        "size": size,
        "method": "deflate",
    }
    # Those bytes are the payload, deflated; and its own hash is still given.
    payload = zlib.decompress(stored, -15)
    assert manifest["sha256"] == hashlib.sha256(payload).hexdigest()
    assert package.parse_manifest(entries(sent)[package.MANIFEST]).stored_size == size


def test_a_package_is_decompressed_once_to_be_checked_and_read(
    world: World, sent: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_decompressed_checks(monkeypatch)
    report = world.province.receive(sent)
    assert report.status == merger.APPLIED, report.to_json()
    assert report.counts["changed"] == 1
    assert calls == []


def test_a_package_zipped_again_is_checked_on_its_payload_and_imports(
    world: World, sent: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = entries(sent)
    again = sent.with_name("again.htxpkg")
    with zipfile.ZipFile(again, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert _stored_range(again, package.PAYLOAD)[1] != _stored_range(sent, package.PAYLOAD)[1]
    calls = _count_decompressed_checks(monkeypatch)
    report = world.province.receive(again)
    assert report.status == merger.APPLIED, report.to_json()
    assert len(calls) == 1


def test_an_older_package_without_the_stored_hash_imports(
    world: World, sent: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = json.loads(entries(sent)[package.MANIFEST])
    del manifest["payload"]["stored"]
    older = rewrite(sent, manifest={"payload": manifest["payload"]}, sign_with=world.lethuy)
    assert package.read_package(older).manifest.stored_sha256 is None
    calls = _count_decompressed_checks(monkeypatch)
    assert world.province.receive(older).status == merger.APPLIED
    assert len(calls) == 1


@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_a_payload_altered_where_it_is_stored_is_refused_and_nothing_changes(
    world: World, sent: Path, where: float
) -> None:
    start, size = _stored_range(sent, package.PAYLOAD)
    data = bytearray(sent.read_bytes())
    data[start + int(size * where)] ^= 0x40
    altered = sent.with_name("altered.htxpkg")
    altered.write_bytes(bytes(data))
    before = world.province.canonical()
    for dry_run in (True, False):
        report = world.province.receive(altered, dry_run=dry_run)
        assert report.status == merger.REFUSED
        (error,) = report.errors
        assert "mã kiểm tra" in error or "bị hỏng" in error
    assert world.province.canonical() == before
    assert world.province.receive(sent).status == merger.APPLIED


def test_a_forged_stored_hash_does_not_let_an_altered_payload_in(world: World, sent: Path) -> None:
    """A stored hash of other bytes (signed by the sender, so the signature verifies) makes
    the reader check the decompressed payload, which is refused if it is not the signed one."""
    manifest = json.loads(entries(sent)[package.MANIFEST])
    manifest["payload"]["stored"]["sha256"] = "0" * 64
    forged = rewrite(sent, manifest={"payload": manifest["payload"]}, sign_with=world.lethuy)
    # With the payload changed but its signed hash not: refused.
    payload = json.loads(entries(sent)[package.PAYLOAD])
    payload["tables"]["cooperative"]["data"][0][0] = world.coops["457"][1]
    before = world.province.canonical()
    tampered = rewrite(forged, payload=payload, fix_hash=False)
    report = world.province.receive(tampered)
    assert report.status == merger.REFUSED
    assert "mã kiểm tra" in report.errors[0]
    assert world.province.canonical() == before
    # The payload as signed imports.
    assert world.province.receive(forged).status == merger.APPLIED
