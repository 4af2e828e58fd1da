"""Making packages that a correct office would never send: altered, re-signed, crafted."""

from __future__ import annotations

import hashlib
import itertools
import json
import zipfile
from pathlib import Path
from typing import Any

from desktop.core import settings
from desktop.core.sync import package
from tests.sync.world import Office

_numbers = itertools.count(1)


def keys_of(office: Office) -> dict[str, str]:
    with office.ws.reading() as conn:
        return settings.get(conn, "keys")


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_zip(target: Path, files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(target, "w", compression=method) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def rewrite(
    path: Path,
    *,
    manifest: dict[str, Any] | None = None,
    payload: Any = None,
    raw_payload: bytes | None = None,
    sign_with: Office | str | None = None,
    fix_hash: bool = True,
) -> Path:
    """A copy of a package with parts of its manifest or payload replaced.

    With `sign_with` (an office, whose own key is used, or a private key) the manifest is
    signed again: what a forger holding that key could make. Without it the old signature
    stays, as after tampering in transit.
    """
    files = entries(path)
    data = json.loads(files[package.MANIFEST])
    data.update(manifest or {})
    if payload is not None:
        raw_payload = json.dumps(payload).encode("ascii")
    if raw_payload is not None:
        files[package.PAYLOAD] = raw_payload
        if fix_hash:
            data["payload"] = {
                **data["payload"],
                "sha256": hashlib.sha256(raw_payload).hexdigest(),
                "size": len(raw_payload),
            }
    files[package.MANIFEST] = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    if sign_with is not None:
        key = sign_with if isinstance(sign_with, str) else keys_of(sign_with)["signing"]
        files[package.SIGNATURE] = package.keys.sign(key, files[package.MANIFEST]).encode("ascii")
    target = path.with_name(f"forged-{next(_numbers)}{package.SUFFIX}")
    return write_zip(target, files)


def payload_of(path: Path) -> dict[str, Any]:
    return json.loads(entries(path)[package.PAYLOAD])


def craft(office: Office, folder: Path, payload: Any, *, destination: str = "T44",
          sequence: int = 90, raw: bytes | None = None) -> Path:  # fmt: skip
    """A package signed by `office` (its real key) with any payload at all."""
    path, _ = package.write_package(
        folder,
        source=office.code,
        destination=destination,
        sequence=sequence,
        full=False,
        payload={"tables": {}},
        counts={},
        signing_key=keys_of(office)["signing"],
    )
    body = raw if raw is not None else json.dumps(payload).encode("ascii")
    return rewrite(path, raw_payload=body, sign_with=office)
