"""Sign-off of figures: the approval state of each office's figures per period

Revision ID: 0005_approval
Revises: 0002_reform2025
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_approval"
down_revision = "0002_reform2025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approval",
        sa.Column("office_code", sa.String(length=32), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("submitted", sa.Integer(), nullable=False),
        sa.Column("submitted_by", sa.String(length=100), nullable=True),
        sa.Column("submitted_at", sa.String(length=20), nullable=True),
        sa.Column("submit_note", sa.Text(), nullable=True),
        sa.Column("decision", sa.String(length=12), nullable=True),
        sa.Column("decided_on", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.Column("decided_at", sa.String(length=20), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("updated_by", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.Column("sync_meta", sa.Text(), nullable=False),
        sa.Column("has_conflict", sa.Boolean(), nullable=False),
        sa.Column("sync_seq", sa.BigInteger(), nullable=False),
        sa.Column("sync_origin", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_approval")),
        sa.UniqueConstraint("office_code", "period", name=op.f("uq_approval_office_code_period")),
    )
    with op.batch_alter_table("approval", schema=None) as batch:
        batch.create_index(batch.f("ix_approval_has_conflict"), ["has_conflict"], unique=False)
        batch.create_index(batch.f("ix_approval_office_code"), ["office_code"], unique=False)
        batch.create_index(batch.f("ix_approval_sync_seq"), ["sync_seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("approval", schema=None) as batch:
        batch.drop_index(batch.f("ix_approval_sync_seq"))
        batch.drop_index(batch.f("ix_approval_office_code"))
        batch.drop_index(batch.f("ix_approval_has_conflict"))
    op.drop_table("approval")
