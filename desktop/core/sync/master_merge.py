"""Merging two provincial masters into the one province that succeeds them (2025 reform:
Quảng Bình's master into Quảng Trị's).

The surviving master imports the other's full state in one step, previewed first, as one
package signed with the other master's own key: cooperatives, figures, directives, tasks,
reports, and its enrolled offices with their keys, merged by the same rules (and conflicts) as
any package. The other master is then recorded as a retired office whose successor is the
survivor: packages its offices had made for it are accepted here (same keys, sequence numbers
continuing from its log); the survivor issues them new setup files when it starts sending to
them.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core import settings
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.models import package_log as _log
from desktop.core.records import SPECS, Writer, read_counter
from desktop.core.sync import exporter, merger, package
from desktop.core.workspace import Workspace, reference_id

_office = SPECS["office"].table


def merge_master(survivor: Workspace, other_db: str, *, dry_run: bool = False
                 ) -> merger.ImportReport:  # fmt: skip
    """Preview (`dry_run`) or apply the other master's whole state at the survivor."""
    me = survivor.require_identity()
    if not me.is_hub:
        raise KnownError(
            translate("Enrolment", "Chỉ cấp tỉnh mới hợp nhất được dữ liệu của một cấp tỉnh khác.")
        )
    other = Workspace.open(other_db)
    try:
        them = other.identity
        if them is None or not them.is_hub:
            raise KnownError(
                translate(
                    "Enrolment", "Cơ sở dữ liệu “{path}” không phải của một đơn vị cấp tỉnh."
                ).format(path=other_db)
            )
        if them.office_code == me.office_code:
            raise KnownError(
                translate(
                    "Enrolment",
                    "Hai cơ sở dữ liệu cùng mã đơn vị {code}: đây là cùng một cấp tỉnh, không "
                    "hợp nhất được.",
                ).format(code=me.office_code)
            )
        with other.reading() as conn:
            keys = exporter.signing_keys(conn)
            payload, counts = exporter.collect(
                conn, destination=None, since=0, limit_to_destination=False, full=True
            )
            imports = [dict(r._mapping) for r in conn.execute(
                select(_log).where(_log.c.direction == "import", _log.c.status == "applied"))]  # fmt: skip
            seen_to = read_counter(conn, "seq")
    finally:
        other.close()
    with tempfile.TemporaryDirectory() as scratch:
        path, _manifest = package.write_package(
            Path(scratch), source=them.office_code, destination=me.office_code, sequence=1,
            full=True, payload=payload, counts=counts, signing_key=keys["signing"],
            encrypt_to=None, name_destination=True,
        )  # fmt: skip
        report = merger.import_package(
            survivor, path, dry_run=dry_run,
            trusted_keys={them.office_code: keys["signing_public"]}, whole_state=True,
        )  # fmt: skip
    if dry_run or report.status != merger.APPLIED:
        return report
    with survivor.transaction() as conn:
        _retire_master(conn, me, them, keys, successor=me.office_code)
        _carry_import_log(conn, imports)
        settings.put(conn, f"merged_master:{them.office_code}", {"seq": seen_to})
    return report


def _retire_master(conn: Any, me: settings.Identity, them: settings.Identity,
                   keys: dict[str, str], successor: str) -> None:  # fmt: skip
    writer = Writer(conn, me, source="merge")
    spec = SPECS["office"]
    oid = reference_id("office", them.office_code)
    values = {"retired": True, "successors": successor, "public_key": keys["signing_public"],
              "box_key": keys.get("box_public"), "deleted": False}  # fmt: skip
    current = writer.load(spec, oid)
    if current is None:
        writer.create(spec, {"code": them.office_code, "name": them.office_name,
                             "role": settings.PROVINCE, "area_scheme": them.area_scheme,
                             "area_code": them.area_code, **values}, record_id=oid)  # fmt: skip
    else:
        writer.apply(spec, current, values)


def _carry_import_log(conn: Any, imports: list[dict[str, Any]]) -> None:
    """The other master's record of the packages it had imported, so that numbering from its
    offices continues here without false gaps (and a package imported there is not imported
    twice)."""
    known = set(conn.execute(select(_log.c.package_id)).scalars())
    rows = []
    for entry in imports:
        if entry["package_id"] in known:
            continue
        entry = {k: v for k, v in entry.items() if k != "id"}
        entry["undo_data"] = None  # undo stays with the master that imported it
        entry["report"] = json.dumps({"merged_from_master": True})
        rows.append(entry)
    if rows:
        conn.execute(_log.insert(), rows)


def accepts_for(conn: Any, identity: settings.Identity, destination: str) -> bool:
    """Whether a package addressed to `destination` is for this office: a master merged into
    this one passes its offices' packages on."""
    row = conn.execute(
        select(_office.c.retired, _office.c.successors).where(_office.c.code == destination)
    ).first()
    if row is None or not row.retired or not row.successors:
        return False
    return identity.office_code in row.successors.split(",")
