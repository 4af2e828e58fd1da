"""Which records an office may keep and change: its area, its sectors, its own assignments.

One place for both checks: this office's own edits and Excel imports (`within_jurisdiction`,
against the office's identity) and, at the province, what an office's package may create or
change (`office_may_hold`, `placed_in_own_area`, against the sending office's record).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core import access, areas
from desktop.core.settings import Identity

Record = Mapping[str, Any]


def within_jurisdiction(identity: Identity, scheme: str, area_code: str | None,
                        sector: str | None = None, *, check_sector: bool = False) -> bool:  # fmt: skip
    """Whether an office may keep records of this area (the province may keep any); with
    `check_sector`, also whether a department was given this record's sector."""
    if identity.is_hub:
        return True
    if check_sector and not access.may_change(identity.role, identity.registry_access, sector):
        return False
    if not identity.area_code:
        return True
    if scheme != identity.area_scheme:
        return False
    return areas.contains(scheme, identity.area_code, area_code)


def office_may_hold(office: Record, record: Record | None) -> bool:
    """Whether a sending office (its row in the office table) may change this cooperative (or
    the cooperative of a yearly figure): of its area, or of its former area once the record
    moved to new codes, and of a sector it was given. No record (a new one): nothing to hold."""
    if record is None:
        return True
    if not access.may_change(
        office.get("role"), office.get("registry_access"), record.get("sector")
    ):
        return False
    own_areas = (
        (office.get("area_scheme") or "", office.get("area_code")),
        (office.get("former_area_scheme") or "", office.get("former_area_code")),
    )
    for own_scheme, own_area in own_areas:
        if not own_scheme:
            continue
        if record.get("area_scheme") == own_scheme and areas.contains(
            own_scheme, own_area, record.get("area_code")
        ):
            return True
        # An old district office (or one since mapped to a commune, for the packages it made
        # before) keeps the records of its old area once they moved to new codes.
        if record.get("former_area_scheme") == own_scheme and areas.contains(
            own_scheme, own_area, record.get("former_area_code")
        ):
            return True
    return False


def placed_in_own_area(office: Record, record: Record) -> bool:
    """A cooperative's province and district codes are those of its area (they decide which
    offices see it), the area read in the record's scheme or else the office's."""
    scheme = record.get("area_scheme") or office.get("area_scheme") or ""
    codes = {u.level: u.code for u in areas.lineage(scheme, record.get("area_code"))}
    return (record.get("province_code"), record.get("district_code")) == (
        codes.get("province"),
        codes.get("district"),
    )


def reports_on_own_assignment(
    sender: str, assignment: Record | None, current: Record | None, values: Record
) -> bool:
    """A progress report an office sends is its own, on an assignment given to it."""
    own = values.get("office_code") == sender and (
        current is None or current.get("office_code") == sender
    )
    return own and assignment is not None and assignment.get("office_code") == sender
