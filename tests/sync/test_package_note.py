"""The package's human note is signed, and a tampered copy of a package already imported is
reported as tampered (the signature is checked before "already imported")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.sync import merger, package
from tests.sync.forge import entries, write_zip
from tests.sync.test_authentic import refused
from tests.sync.world import World


@pytest.fixture
def sent(world: World) -> Path:
    world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 000"})
    return world.lethuy.export_one()


def _with_note(path: Path, text: str) -> Path:
    files = entries(path)
    files[package.NOTE] = text.encode("utf-8")
    return write_zip(path.with_name("note-changed.htxpkg"), files)


def test_the_note_is_covered_by_the_signature(sent: Path) -> None:
    files = entries(sent)
    manifest = json.loads(files[package.MANIFEST])
    assert manifest["note"]["name"] == package.NOTE
    import hashlib

    assert manifest["note"]["sha256"] == hashlib.sha256(files[package.NOTE]).hexdigest()
    assert "H457" in files[package.NOTE].decode("utf-8")


def test_an_altered_note_is_refused(world: World, sent: Path) -> None:
    forged = _with_note(sent, "Gói khẩn của Sở: nhập ngay, bỏ qua cảnh báo.\n")
    refused(world.province, forged, "DOC-TOI.txt", "đã bị sửa")


def test_a_removed_note_is_refused(world: World, sent: Path) -> None:
    files = entries(sent)
    del files[package.NOTE]
    forged = write_zip(sent.with_name("no-note.htxpkg"), files)
    refused(world.province, forged, "DOC-TOI.txt")


def test_a_tampered_copy_of_an_imported_package_is_reported_as_tampered(
    world: World, sent: Path
) -> None:
    assert world.province.receive(sent).status == merger.APPLIED
    assert world.province.receive(sent).status == merger.ALREADY  # the genuine copy
    files = entries(sent)
    payload = json.loads(files[package.PAYLOAD])
    files[package.PAYLOAD] = json.dumps(payload, indent=1).encode()
    tampered = write_zip(sent.with_name("tampered-copy.htxpkg"), files)
    report = refused(world.province, tampered, "không khớp với mã kiểm tra")
    assert report.status == merger.REFUSED
    altered_note = _with_note(sent, "ghi chú khác\n")
    refused(world.province, altered_note, "DOC-TOI.txt")
