"""Operations on the database as a whole: a backup now (to the backups folder or a folder the
person chose, such as a USB stick) and restoring one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core import backups
from desktop.core.operations import EVERYTHING, Done, write

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def back_up_now(ws: Workspace, folder: Path | None = None) -> Done[Path | None]:
    return Done(backups.back_up(ws.database, reason="manual", folder=folder))


def restore_backup(ws: Workspace, backup: Path) -> Done[Path | None]:
    """Replace the database's content with `backup`; the present state is copied first.
    Returns that copy."""
    return Done(backups.restore(ws.database, backup), EVERYTHING)


def generate_demo(ws: Workspace, scale: str, seed: int, *, scheme: str | None = None
                  ) -> Done[dict[str, int]]:  # fmt: skip
    """`htx demo`: deterministic realistic data, in one transaction."""
    from desktop.core import demo

    # The generator writes rows in bulk, outside the record writer: anything may have changed.
    return Done(
        write(ws, lambda conn: demo.generate(conn, scale, seed, scheme=scheme)).value, EVERYTHING
    )
