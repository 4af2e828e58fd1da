"""search keys keep fields apart (name | code | address | representative | kind | area)

Revision ID: 0002_search
Revises: 0002_sync_safety
Create Date: 2026-11-29 01:50:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_search"
down_revision = "0002_sync_safety"
branch_labels = None
depends_on = None

_FIELDS = ("name", "registration_code", "address", "representative", "entity_type",
           "area_scheme", "area_code")  # fmt: skip


def _rewrite(make_key) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {', '.join(_FIELDS)} FROM cooperative")).mappings()
    updates = [{"id": row["id"], "key": make_key(row)} for row in rows]
    if updates:
        conn.execute(sa.text("UPDATE cooperative SET search_key = :key WHERE id = :id"), updates)


def upgrade() -> None:
    from desktop.core import areas
    from desktop.core.search import cooperative_key

    _rewrite(
        lambda row: cooperative_key(row, areas.full_name(row["area_scheme"], row["area_code"]))
    )


def downgrade() -> None:
    # The old key was the same words without separators: readable by the old search.
    from desktop.core import areas
    from desktop.core.search import SEPARATOR, cooperative_key

    _rewrite(
        lambda row: cooperative_key(
            row, areas.full_name(row["area_scheme"], row["area_code"])
        ).replace(SEPARATOR, " ")
    )
