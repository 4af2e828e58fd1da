"""A workspace: the open database and who this installation is.

The CLI and the window both start here; nothing in it knows about Qt.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Collection, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from desktop.core import settings, versions, write_lock
from desktop.core.database import Database, deferred_checkpoint, open_database
from desktop.core.database_errors import known_database_errors
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, forget_written, utcnow
from desktop.core.vocab import DEFAULT_SECTORS

_SEED_OFFICE = "SEED"
_NAMESPACE = uuid.UUID("0c8f4f6e-51a4-4f0e-8c2f-7d3b2a1e9f10")


def reference_id(kind: str, code: str) -> str:
    """Reference records (sectors, offices) get the same id in every installation."""
    return str(uuid.uuid5(_NAMESPACE, f"{kind}:{code}"))


@dataclass
class Workspace:
    database: Database
    identity: settings.Identity | None

    @classmethod
    def open(cls, db: str | None = None) -> Workspace:
        database = open_database(db)
        try:
            with known_database_errors(), database.engine.begin() as conn:
                seed_reference_data(conn)
                ident = settings.identity(conn)
        except BaseException:
            database.dispose()
            raise
        return cls(database, ident)

    @contextmanager
    def transaction(self, *, checkpoint_later: bool = False) -> Iterator[Connection]:
        """One transaction: everything inside is written, or nothing is.

        On SQLite it holds the database's write lock from its first statement (BEGIN
        IMMEDIATE), so every read inside sees what the writes will be based on, and two
        writers wait for each other instead of one overwriting the other's work. On
        PostgreSQL it takes the office's write lock (`records.lock_writes`, a row lock) for
        the same effect, just before its first statement (`desktop.core.write_lock`: one
        edit of one record may read first and lock last); the records written are
        row-locked too. For core code: a user action
        goes through `desktop.core.operations`, which also retries while the database is busy.

        `checkpoint_later`: a big write (an import) commits without folding SQLite's
        write-ahead log into the file, which a background thread does right after
        (`database.deferred_checkpoint`).
        """
        with (
            known_database_errors(),
            self.database.engine.connect() as conn,
            deferred_checkpoint(conn) if checkpoint_later else nullcontext(),
        ):
            if self.database.is_sqlite:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                write_lock.mark_held(conn)
            else:
                conn.begin()
                write_lock.owe(conn)  # taken before the first statement (see write_lock)
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            else:
                conn.commit()
            finally:
                # The records a big import listed are not kept by the pooled connection.
                forget_written(conn)
        if checkpoint_later:
            self.database.checkpoint_soon()

    @contextmanager
    def snapshot(self) -> Iterator[Connection]:
        """A read-only view of one moment: every query inside sees the same committed state
        (a SQLite read transaction; REPEATABLE READ on PostgreSQL)."""
        with self.database.engine.connect() as conn:
            if self.database.is_sqlite:
                conn.exec_driver_sql("BEGIN")
            else:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
                conn.begin()
            try:
                yield conn
            finally:
                conn.rollback()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with known_database_errors(), self.database.engine.connect() as conn:
            yield conn

    def require_identity(self) -> settings.Identity:
        if self.identity is None:
            raise DatabaseError(
                translate(
                    "Workspace",
                    "Đơn vị chưa được thiết lập. Hãy mở chương trình để đặt tên đơn vị, "
                    "hoặc chạy “htx init” / “htx setup TỆP-THIẾT-LẬP”.",
                )
            )
        return self.identity

    def ensure_identity(self) -> settings.Identity:
        """The identity, or a provisional one for scripts run before any set-up.

        Its office code is random so that two unconfigured installations never number their
        writes alike; set-up from the province later renames it.
        """
        if self.identity is None:
            with self.transaction() as conn:
                code = f"LOCAL-{secrets.token_hex(3).upper()}"
                ident = settings.Identity(
                    office_code=code,
                    office_name=translate("Workspace", "Văn phòng chưa đặt tên"),
                    role=settings.PROVINCE,
                    area_scheme="post2025",
                    area_code=None,
                    hub_code=code,
                )
                configure(conn, ident)
            self.identity = ident
        return self.identity

    def close(self) -> None:
        self.database.dispose()


def configure(conn: Connection, ident: settings.Identity) -> None:
    """Record this installation's identity and its own office record."""
    settings.set_identity(conn, ident)
    office = SPECS["office"]
    oid = reference_id("office", ident.office_code)
    exists = conn.execute(select(office.table.c.id).where(office.table.c.id == oid)).first()
    if exists:
        return
    from desktop.core.records import Writer

    Writer(conn, ident, source="setup").create(
        office,
        {
            "code": ident.office_code,
            "name": ident.office_name,
            "role": ident.role,
            "area_scheme": ident.area_scheme,
            "area_code": ident.area_code,
            "registry_access": ident.registry_access,
        },
        record_id=oid,
    )


def adopt_own_office(conn: Connection, ident: settings.Identity) -> settings.Identity:
    """An office follows what the province recorded about it (an old district office mapped
    to a commune after the 2025 reform, a department's registry access): role, area and
    access are taken from its own office record when they differ."""
    from dataclasses import replace

    office = SPECS["office"].table
    row = conn.execute(
        select(office).where(office.c.code == ident.office_code, office.c.deleted.is_(False))
    ).first()
    if row is None or ident.is_hub or row.role == settings.PROVINCE:
        return ident
    updated = replace(ident, role=row.role, area_scheme=row.area_scheme, area_code=row.area_code,
                      registry_access=row.registry_access)  # fmt: skip
    if updated != ident:
        settings.set_identity(conn, updated)
    return updated


def seed_reference_data(conn: Connection) -> None:
    """Default sectors, identical in every installation (same ids, same version) so that
    they merge as one."""
    spec = SPECS["sector"]
    if conn.execute(select(spec.table.c.id).limit(1)).first():
        return
    dot = versions.make_dot(_SEED_OFFICE, 1)
    meta = versions.VersionState(context={_SEED_OFFICE: 1}, times={dot: 0})
    rows = []
    for position, (code, name) in enumerate(DEFAULT_SECTORS):
        meta.dots = {f: dot for f in spec.fields}
        rows.append(
            {
                "id": reference_id("sector", code),
                "code": code,
                "name": name,
                "position": position,
                "deleted": False,
                "updated_by": _SEED_OFFICE,
                "updated_at": utcnow(),
                "sync_meta": versions.encode(meta, spec.fields),
                "has_conflict": False,
                "sync_seq": 0,
                "sync_origin": _SEED_OFFICE,
            }
        )
    conn.execute(spec.table.insert(), rows)


OFFICE_CODE_RE = r"^[A-Z0-9][A-Z0-9_-]{0,31}$"


def suggest_office_code(
    role: str, scheme: str, area_code: str | None, taken: Collection[str] = ()
) -> str:
    """T44 for a province office, H457 for a district, X19288 for a commune, from the area's
    official code; `H457-2` and so on when an office already uses the code. Nothing when the
    area does not fit the role (a district office needs a district), nor for a department
    (named by its own abbreviation)."""
    from desktop.core import areas

    unit = areas.unit(scheme, area_code)
    if unit is None or role == settings.DEPARTMENT or area_problem(role, unit) is not None:
        return ""
    prefix = (
        "T"
        if role == settings.PROVINCE
        else {"province": "T", "district": "H", "commune": "X"}[unit.level]
    )
    base = f"{prefix}{unit.code}"
    used = {c.upper() for c in taken}
    code, n = base, 1
    while code in used:
        n += 1
        code = f"{base}-{n}"
    return code


def area_problem(role: str, unit: Any) -> str | None:
    """Why an area does not suit an office of this role (None when it does)."""
    if role == settings.DISTRICT and unit.level == "province":
        return translate(
            "Workspace", "Đơn vị cấp huyện: hãy chọn cả huyện (hoặc xã), không chỉ chọn tỉnh."
        )
    if role == settings.DISTRICT and unit.scheme == "pre2025" and unit.level == "commune":
        return translate("Workspace", "Đơn vị cấp huyện: hãy chọn đến huyện, không chọn xã.")
    if role == settings.COMMUNE and (unit.scheme != "post2025" or unit.level != "commune"):
        return translate(
            "Workspace", "Đơn vị cấp xã: hãy chọn một xã, phường hoặc đặc khu theo địa giới mới."
        )
    if role in (settings.PROVINCE, settings.DEPARTMENT) and unit.level != "province":
        return translate(
            "Workspace", "Cấp tỉnh và sở, ban, ngành: hãy chọn tỉnh, không chọn huyện hay xã."
        )
    return None


def new_identity(
    *,
    name: str,
    role: str,
    scheme: str,
    area_code: str | None,
    code: str,
    hub_code: str | None = None,
    registry_access: str | None = None,
) -> settings.Identity:
    """Check what a person typed on the first-run screen; raise ValidationError."""
    import re

    from desktop.core import areas
    from desktop.core.errors import ValidationError
    from desktop.core.text import nfc

    errors: dict[str, str] = {}
    name = nfc(name)
    code = nfc(code).upper()
    if not name:
        errors["name"] = translate("Workspace", "Hãy nhập tên đơn vị.")
    if not re.match(OFFICE_CODE_RE, code):
        errors["code"] = translate(
            "Workspace",
            "Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự).",
        )
    if role not in settings.ROLES:
        errors["role"] = translate("Workspace", "Vai trò không hợp lệ.")
    unit = areas.unit(scheme, area_code)
    if role == settings.DISTRICT and scheme != areas.PRE2025:
        errors["role"] = translate(
            "Workspace",
            "Từ 01/07/2025 không còn cấp huyện: hãy chọn vai trò cấp xã, hoặc chọn địa giới "
            "trước 01/07/2025 cho đơn vị còn dùng danh mục cũ.",
        )
    elif unit is None:
        errors["area"] = translate("Workspace", "Hãy chọn địa bàn của đơn vị.")
    elif role in settings.ROLES and (problem := area_problem(role, unit)) is not None:
        errors["area"] = problem
    if errors:
        raise ValidationError(errors)
    return settings.Identity(
        office_code=code,
        office_name=name,
        role=role,
        area_scheme=scheme,
        area_code=area_code,
        hub_code=hub_code or code,
        registry_access=registry_access if role == settings.DEPARTMENT else None,
    )
