"""Setting up the province and enrolling each office with one setup file.

The province (`init`) makes its own signing and encryption keys. For each office it makes the
office's keys, records the office with its public keys, and writes a setup file: the office's
identity and private keys, the province's public keys, and a first full package of everything
the office may see. The office installs from that one file; nobody types a key. The setup file
holds private keys: it is carried by hand (USB stick), not sent by email.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select, update

from desktop.core import access, areas, registry, settings, versions
from desktop.core.errors import KnownError, ValidationError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, Writer, raise_counter
from desktop.core.sync import exporter, keys, merger
from desktop.core.sync.package import MAX_MANIFEST_BYTES, atomic_write_zip
from desktop.core.workspace import Workspace, configure, new_identity, reference_id

SETUP_FORMAT = "htx-setup"
SETUP_VERSION = 1
SETUP_JSON = "setup.json"
SETUP_SIG = "setup.sig"
SETUP_PACKAGE = "du-lieu-ban-dau.htxpkg"
SETUP_SUFFIX = ".htxsetup"
_office = SPECS["office"].table


def is_provisional(identity: settings.Identity | None) -> bool:
    return identity is not None and identity.office_code.startswith("LOCAL-")


def init_province(workspace: Workspace, *, code: str, name: str, scheme: str = areas.POST2025,
                  area_code: str | None = None) -> settings.Identity:  # fmt: skip
    """Make this installation the province (hub): identity, keys, its own office record."""
    current = workspace.identity
    if current is not None and not is_provisional(current) and current.office_code != code.upper():
        raise KnownError(
            translate(
                "Enrolment", "Cơ sở dữ liệu này đã được thiết lập cho đơn vị “{office}” ({code})."
            ).format(office=current.office_name, code=current.office_code)
        )
    if area_code and areas.unit(scheme, area_code) is None:
        raise ValidationError(
            {
                "area": translate("Enrolment", "Mã địa bàn {code} không có trong danh mục.").format(
                    code=area_code
                )
            }
        )
    identity = settings.Identity(
        office_code=code.upper(), office_name=name, role=settings.PROVINCE, area_scheme=scheme,
        area_code=area_code, hub_code=code.upper(),
    )  # fmt: skip
    new_identity(
        name=name, role=settings.PROVINCE, scheme=scheme, area_code=area_code or "01", code=code
    )
    signing, box = keys.new_signing_key(), keys.new_box_key()
    with workspace.transaction() as conn:
        if is_provisional(current):
            assert current is not None
            rename_office(conn, current.office_code, identity.office_code)
        existing = settings.get(conn, "keys")
        if not existing:
            settings.put(conn, "keys", {"signing": signing.private, "box": box.private,
                                        "signing_public": signing.public, "box_public": box.public})  # fmt: skip
        else:
            signing = keys.KeyPair(existing["signing"], existing["signing_public"])
            box = keys.KeyPair(existing["box"], existing["box_public"])
        configure(conn, identity)
        _set_office_keys(
            conn, identity, identity.office_code, signing.public, box.public, name=name
        )
    workspace.identity = identity
    return identity


def _set_office_keys(conn: Connection, identity: settings.Identity, code: str, signing_public: str,
                     box_public: str, **fields: Any) -> None:  # fmt: skip
    spec = SPECS["office"]
    oid = reference_id("office", code)
    writer = Writer(conn, identity, source="setup")
    values = {"public_key": signing_public, "box_key": box_public, **fields}
    if writer.load(spec, oid) is None:
        writer.create(spec, {"code": code, **values}, record_id=oid)
    else:
        writer.update(spec, oid, {**values, "deleted": False})


def default_role(scheme: str) -> str:
    """The usual office enrolled under a scheme: a commune today, a district before 2025."""
    return settings.DISTRICT if scheme == areas.PRE2025 else settings.COMMUNE


def enroll(workspace: Workspace, *, code: str, name: str, area_code: str, out: Path,
           role: str | None = None, scheme: str | None = None,
           registry_access: str | None = None) -> Path:  # fmt: skip
    """Province only: register an office and write its setup file.

    The scheme defaults to the province's own, the role to the usual office of that scheme
    (commune, or district before 2025). A department's `registry_access` (`all`, `none` or
    the sectors it may change) defaults to none: it reports on its assignments.
    """
    hub = workspace.require_identity()
    if not hub.is_hub:
        raise KnownError(
            translate("Enrolment", "Chỉ cấp tỉnh mới cấp được tệp thiết lập cho đơn vị.")
        )
    scheme = scheme or hub.area_scheme or areas.POST2025
    role = role or default_role(scheme)
    if role == settings.DEPARTMENT:
        registry_access = access.make(registry_access)
        with workspace.reading() as conn:
            access.check_sectors(registry_access, registry.sectors(conn))
    office = new_identity(
        name=name,
        role=role,
        scheme=scheme,
        area_code=area_code,
        code=code,
        hub_code=hub.office_code,
        registry_access=registry_access,
    )
    if office.office_code == hub.office_code:
        raise ValidationError(
            {"code": translate("Enrolment", "Mã đơn vị trùng với mã của cấp tỉnh.")}
        )
    signing, box = keys.new_signing_key(), keys.new_box_key()
    with workspace.transaction() as conn:
        hub_keys = exporter.signing_keys(conn)
        _set_office_keys(conn, hub, office.office_code, signing.public, box.public, name=office.office_name,
                         role=office.role, area_scheme=office.area_scheme, area_code=office.area_code,
                         registry_access=office.registry_access)  # fmt: skip
        hub_row = conn.execute(select(_office).where(_office.c.code == hub.office_code)).first()
    assert hub_row is not None
    with tempfile.TemporaryDirectory() as scratch:
        first = exporter.export(workspace, Path(scratch), to=office.office_code, full=True)[0]
        setup = {
            "format": SETUP_FORMAT,
            "version": SETUP_VERSION,
            "identity": asdict(office),
            "keys": {
                "signing": signing.private,
                "box": box.private,
                "signing_public": signing.public,
                "box_public": box.public,
            },
            "hub": {
                "code": hub.office_code,
                "name": hub.office_name,
                "public_key": hub_row.public_key,
                "box_key": hub_row.box_key,
            },
        }
        body = json.dumps(setup, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        signature = keys.sign(hub_keys["signing"], body).encode("ascii")
        out = Path(out)
        if out.is_dir():
            out = out / f"THIET-LAP_{office.office_code}{SETUP_SUFFIX}"
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_zip(
            out,
            [
                (SETUP_JSON, body, zipfile.ZIP_DEFLATED),
                (SETUP_SIG, signature, zipfile.ZIP_STORED),
                (SETUP_PACKAGE, first.path.read_bytes(), zipfile.ZIP_STORED),
            ],
        )
    return out


def read_setup(path: Path) -> tuple[dict[str, Any], bytes]:
    bad = translate(
        "Enrolment", "Tệp “{name}” không phải là tệp thiết lập HTX Desktop hợp lệ hoặc đã bị hỏng."
    ).format(name=Path(path).name)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {SETUP_JSON, SETUP_SIG, SETUP_PACKAGE} <= names:
                raise KnownError(bad)
            body = archive.read(SETUP_JSON)
            if len(body) > MAX_MANIFEST_BYTES:
                raise KnownError(bad)
            signature = archive.read(SETUP_SIG).decode("ascii").strip()
            first = archive.read(SETUP_PACKAGE)
        setup = json.loads(body.decode("utf-8"))
        if not isinstance(setup, dict) or setup.get("format") != SETUP_FORMAT:
            raise KnownError(bad)
        if setup.get("version", 0) > SETUP_VERSION:
            raise KnownError(
                translate(
                    "Enrolment",
                    "Tệp thiết lập do phiên bản mới hơn tạo ra; hãy cập nhật chương trình.",
                )
            )
        if not keys.verify(setup["hub"]["public_key"], body, signature):
            raise KnownError(bad)
        identity = settings.Identity(**setup["identity"])
        setup["identity"] = identity
    except KnownError:
        raise
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        UnicodeDecodeError,
    ) as exc:
        raise KnownError(bad, detail=repr(exc)) from exc
    return setup, first


def install_setup(workspace: Workspace, path: Path) -> merger.ImportReport:
    """An office installs from its setup file: identity, keys, then the first package."""
    setup, first = read_setup(path)
    identity: settings.Identity = setup["identity"]
    current = workspace.identity
    if (
        current is not None
        and not is_provisional(current)
        and current.office_code != identity.office_code
    ):
        raise KnownError(
            translate(
                "Enrolment",
                "Máy này đã được thiết lập cho đơn vị “{office}” ({code}); tệp thiết lập dành cho "
                "đơn vị {other}. Hãy dùng một cơ sở dữ liệu mới cho đơn vị đó.",
            ).format(
                office=current.office_name, code=current.office_code, other=identity.office_code
            )
        )
    with workspace.transaction() as conn:
        if is_provisional(current):
            assert current is not None
            rename_office(conn, current.office_code, identity.office_code)
        settings.put(conn, "keys", setup["keys"])
        settings.set_identity(conn, identity)
    workspace.identity = identity
    with tempfile.TemporaryDirectory() as scratch:
        first_path = Path(scratch) / SETUP_PACKAGE
        first_path.write_bytes(first)
        report = merger.import_package(
            workspace, first_path, trusted_keys={setup["hub"]["code"]: setup["hub"]["public_key"]}
        )
    if report.status == merger.REFUSED:
        raise KnownError("\n".join(report.errors))
    return report


def rename_office(conn: Connection, old: str, new: str) -> None:
    """Re-sign local writes made before set-up with the office's real code.

    Only for a provisional office that has never sent a package, so nobody else has seen the
    old code.
    """
    for spec in SPECS.values():
        rows = conn.execute(
            select(spec.table.c.id, spec.table.c.sync_meta, spec.table.c.updated_by)
        ).all()
        for record_id, text, updated_by in rows:
            if old not in text and updated_by != old:
                continue
            meta = versions.decode(text, spec.fields)
            meta.context = {new if o == old else o: c for o, c in meta.context.items()}

            def swap(dot: str) -> str:
                office, counter = versions.split_dot(dot)
                return versions.make_dot(new, counter) if office == old else dot

            meta.dots = {k: swap(d) for k, d in meta.dots.items()}
            meta.times = {swap(d): t for d, t in meta.times.items()}
            meta.alt = {k: [[v, swap(d)] for v, d in vs] for k, vs in meta.alt.items()}
            meta.delete_seen = {swap(d): {new if o == old else o: c for o, c in s.items()}
                                for d, s in meta.delete_seen.items()}  # fmt: skip
            conn.execute(
                update(spec.table)
                .where(spec.table.c.id == record_id)
                .values(
                    sync_meta=versions.encode(meta, spec.fields),
                    updated_by=new if updated_by == old else updated_by,
                )
            )
    office = SPECS["office"].table
    conn.execute(update(office).where(office.c.code == old).values(deleted=True))
    raise_counter(conn, "clock", 1)
