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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select, update

from desktop.core import access, areas, registry, settings, versions
from desktop.core.errors import KnownError, ValidationError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, Writer, raise_counter
from desktop.core.workspace import Workspace, configure, new_identity, reference_id

# The signing and packaging modules (and `cryptography` under them, 8 MB) are imported by the
# functions that use them: the window asks `awaiting_setup` while it starts.
if TYPE_CHECKING:
    from desktop.core.sync import merger

SETUP_FORMAT = "htx-setup"
SETUP_VERSION = 1
SETUP_JSON = "setup.json"
SETUP_SIG = "setup.sig"
SETUP_PACKAGE = "du-lieu-ban-dau.htxpkg"
SETUP_SUFFIX = ".htxsetup"
_office = SPECS["office"].table


class SameOfficeInstalled(KnownError):
    """The setup file is for the office this installation already is: installing it again
    (a new PC, keys restored) is done only when the person confirms it."""


def is_provisional(identity: settings.Identity | None) -> bool:
    return identity is not None and identity.office_code.startswith("LOCAL-")


def awaiting_setup(identity: settings.Identity | None) -> bool:
    """An office set up on the first-run screen without the province's setup file: it works
    on its own data but is not enrolled yet, so nobody would accept its packages."""
    return (
        identity is not None
        and not identity.is_hub
        and (is_provisional(identity) or identity.hub_code == identity.office_code)
    )


def start_office(workspace: Workspace, *, name: str, role: str, scheme: str,
                 area_code: str | None, code: str) -> settings.Identity:  # fmt: skip
    """The first-run screen without a setup file: a complete office whatever its role.

    The province gets its signing and encryption keys and can enrol offices and export at
    once. A district or department office gets its own keys too and keeps working on its data;
    it sends packages once it installs the setup file the province issues for it (what it
    entered meanwhile is kept and goes in its first package).
    """
    from desktop.core.sync import keys

    identity = new_identity(name=name, role=role, scheme=scheme, area_code=area_code, code=code)
    if workspace.identity is not None and not is_provisional(workspace.identity):
        raise KnownError(
            translate(
                "Enrolment", "Cơ sở dữ liệu này đã được thiết lập cho đơn vị “{office}” ({code})."
            ).format(office=workspace.identity.office_name, code=workspace.identity.office_code)
        )
    if identity.is_hub:
        return init_province(
            workspace, code=identity.office_code, name=identity.office_name, scheme=scheme,
            area_code=area_code,
        )  # fmt: skip
    signing, box = keys.new_signing_key(), keys.new_box_key()
    with workspace.transaction() as conn:
        settings.put(conn, "keys", {"signing": signing.private, "box": box.private,
                                    "signing_public": signing.public, "box_public": box.public})  # fmt: skip
        configure(conn, identity)
    workspace.identity = identity
    return identity


def init_province(workspace: Workspace, *, code: str, name: str, scheme: str = areas.POST2025,
                  area_code: str | None = None) -> settings.Identity:  # fmt: skip
    """Make this installation the province (hub): identity, keys, its own office record."""
    from desktop.core.sync import keys

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
    from desktop.core.sync import exporter, keys
    from desktop.core.sync.package import atomic_write_zip

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
    from desktop.core.sync import keys
    from desktop.core.sync.package import MAX_MANIFEST_BYTES

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


def install_setup(
    workspace: Workspace, path: Path, *, reinstall: bool = False, change_role: bool = False
) -> merger.ImportReport:
    """An office installs from its setup file: identity, keys, then the first package.

    Allowed on an empty installation, or on an office started without a setup file (its data
    is kept: its writes are renamed to the enrolled code when that differs, and go in its next
    package). Refused, changing nothing, on the province's master and on another office; on
    the same office only with `reinstall` (the person confirmed: a new PC). A province master
    becomes the office of the same code only with `change_role` (the person said so).
    """
    from desktop.core.sync import merger

    setup, first = read_setup(path)
    identity: settings.Identity = setup["identity"]
    current = workspace.identity
    _check_can_install(current, identity, reinstall=reinstall, change_role=change_role)
    with workspace.transaction() as conn:
        if current is not None and awaiting_setup(current):
            # Its own office record was never sent anywhere: the province's one replaces it.
            conn.execute(
                _office.delete().where(_office.c.id == reference_id("office", current.office_code))
            )
            if current.office_code != identity.office_code:
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


def check_setup(workspace: Workspace, path: Path) -> None:
    """Raise what installing `path` would refuse, changing nothing (SameOfficeInstalled when
    only the person's confirmation is missing)."""
    setup, _first = read_setup(path)
    _check_can_install(workspace.identity, setup["identity"], reinstall=False)


def _check_can_install(
    current: settings.Identity | None,
    incoming: settings.Identity,
    *,
    reinstall: bool,
    change_role: bool = False,
) -> None:
    if current is None or awaiting_setup(current):
        return
    if current.is_hub and change_role and current.office_code == incoming.office_code:
        return
    if current.is_hub:
        raise KnownError(
            translate(
                "Enrolment",
                "Máy này là nơi tổng hợp của cấp tỉnh ({office}); không cài tệp thiết lập của "
                "đơn vị {other} lên dữ liệu này. Hãy cài trên máy của đơn vị đó. "
                "Không có gì bị thay đổi.",
            ).format(office=current.office_name, other=incoming.office_name)
        )
    if current.office_code != incoming.office_code or current.hub_code != incoming.hub_code:
        raise KnownError(
            translate(
                "Enrolment",
                "Máy này đã được thiết lập cho đơn vị “{office}”; tệp thiết lập dành cho đơn vị "
                "“{other}”. Hãy cài trên máy của đơn vị đó. Không có gì bị thay đổi.",
            ).format(office=current.office_name, other=incoming.office_name)
        )
    if not reinstall:
        raise SameOfficeInstalled(
            translate(
                "Enrolment",
                "Máy này đã được cài cho đơn vị “{office}”. Chỉ cài lại khi chuyển sang máy mới "
                "hoặc được cấp tỉnh cấp lại tệp; dữ liệu đang có được giữ nguyên.",
            ).format(office=current.office_name)
        )


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
            meta.concurrent = {
                k: [[v, swap(d)] for v, d in vs] for k, vs in meta.concurrent.items()
            }
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
