"""Operations on the register of cooperatives: the form's Save, delete, undo of a delete."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.core import registry
from desktop.core.operations import Done, write

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def save_cooperative(
    ws: Workspace,
    coop_id: str | None,
    values: Mapping[str, Any],
    figures: Mapping[Any, Mapping[str, Any]] | None = None,
    removed_years: Iterable[int] = (),
    seen: Mapping[str, Any] | None = None,
) -> Done[str]:
    """The form's Save: a new cooperative, or changes with its yearly figures and the years
    removed; one transaction and one write (one counter) whatever it touches. `seen`: the
    record as the form showed it, so that only what the person edited is written."""
    identity = ws.ensure_identity()
    removed = list(removed_years)

    def work(conn: Connection) -> str:
        if coop_id is None:
            return registry.add_cooperative(conn, identity, values, figures)
        registry.update_cooperative(conn, identity, coop_id, values, figures,
                                    seen=seen, removed_years=removed)  # fmt: skip
        return coop_id

    return write(ws, work)


def update_cooperative(
    ws: Workspace, key: str, values: Mapping[str, Any],
    figures: Mapping[Any, Mapping[str, Any]] | None = None,
) -> Done[dict[str, tuple]]:  # fmt: skip
    """Changes to the cooperative with registration code or id `key` (`htx coop set`)."""
    identity = ws.ensure_identity()

    def work(conn: Connection) -> dict[str, tuple]:
        coop_id = registry.find_id(conn, key)
        return registry.update_cooperative(conn, identity, coop_id, values, figures)

    return write(ws, work)


def delete_cooperative(ws: Workspace, key: str) -> Done[str]:
    """Soft delete of the cooperative with registration code or id `key`; returns its id."""
    identity = ws.ensure_identity()

    def work(conn: Connection) -> str:
        coop_id = registry.find_id(conn, key)
        registry.delete_cooperative(conn, identity, coop_id)
        return coop_id

    return write(ws, work)


def restore_cooperative(ws: Workspace, coop_id: str) -> Done[None]:
    identity = ws.require_identity()
    return write(ws, lambda conn: registry.restore_cooperative(conn, identity, coop_id))


def undelete_cooperative(ws: Workspace, key: str) -> Done[str]:
    """`htx coop undelete`: the deleted cooperative with registration code or id `key` comes
    back; returns its id."""
    identity = ws.ensure_identity()

    def work(conn: Connection) -> str:
        coop_id = registry.find_id(conn, key, deleted=True)
        registry.restore_cooperative(conn, identity, coop_id)
        return coop_id

    return write(ws, work)
