"""sync safety: who made each write, and the counters every writer locks

Revision ID: 0002_sync_safety
Revises: 0001
Create Date: 2026-11-29 01:40:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sync_safety"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.add_column(sa.Column("staff", sa.String(length=100), nullable=True))
    op.create_table(
        "write_author",
        sa.Column("dot", sa.String(length=60), nullable=False),
        sa.Column("staff", sa.String(length=100), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("dot", name=op.f("pk_write_author")),
    )
    with op.batch_alter_table("write_author", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_write_author_seq"), ["seq"], unique=False)
    # The rows every writer locks exist from the start: two first writers at once then wait
    # for each other instead of both inserting the row.
    for name in ("clock", "seq"):
        op.execute(
            sa.text(
                "INSERT INTO counter (name, value) SELECT :name, 0 "
                "WHERE NOT EXISTS (SELECT 1 FROM counter WHERE name = :name)"
            ).bindparams(name=name)
        )


def downgrade() -> None:
    with op.batch_alter_table("write_author", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_write_author_seq"))
    op.drop_table("write_author")
    with op.batch_alter_table("history", schema=None) as batch_op:
        batch_op.drop_column("staff")
