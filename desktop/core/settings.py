"""Settings of this installation, stored in the database (`setting` table) as JSON values."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection

# SQLAlchemy and the models are imported when a setting is first read or written: the
# start-up's first screen reads the identity with sqlite3 and needs only `Identity` here.

PROVINCE = "province"
COMMUNE = "commune"  # xã, phường, đặc khu (since 1 July 2025)
DEPARTMENT = "department"  # sở, ban, ngành of the province
DISTRICT = "district"  # installations still on the pre-2025 scheme
ROLES = (PROVINCE, COMMUNE, DEPARTMENT, DISTRICT)


def get(conn: Connection, key: str, default: Any = None) -> Any:
    from sqlalchemy import select

    from desktop.core.models import setting as _setting

    row = conn.execute(select(_setting.c.value).where(_setting.c.key == key)).first()
    return json.loads(row[0]) if row else default


def put(conn: Connection, key: str, value: Any) -> None:
    from desktop.core.models import setting as _setting

    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    updated = conn.execute(_setting.update().where(_setting.c.key == key).values(value=text))
    if updated.rowcount == 0:
        conn.execute(_setting.insert().values(key=key, value=text))


@dataclass(frozen=True)
class Identity:
    """Who this installation is: its office, its area and the hub it syncs with."""

    office_code: str
    office_name: str
    role: str
    area_scheme: str
    area_code: str | None
    hub_code: str  # the province office (equal to office_code at the province)
    # A department's right to change registry records ("all", "none", "sectors:a,b"); None
    # for other roles (their area decides).
    registry_access: str | None = None

    @property
    def is_hub(self) -> bool:
        return self.role == PROVINCE


def identity(conn: Connection) -> Identity | None:
    raw = get(conn, "identity")
    return Identity(**raw) if raw else None


def set_identity(conn: Connection, ident: Identity) -> None:
    put(conn, "identity", asdict(ident))
