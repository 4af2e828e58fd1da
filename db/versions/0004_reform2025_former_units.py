"""2025 reform: former unit of each cooperative; department access and retired offices

Revision ID: 0002_reform2025
Revises: 0002_search
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_reform2025"
down_revision = "0002_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cooperative", schema=None) as batch:
        batch.add_column(sa.Column("former_area_scheme", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("former_area_code", sa.String(length=10), nullable=True))
        batch.create_index(
            batch.f("ix_cooperative_former_area_code"), ["former_area_code"], unique=False
        )
    with op.batch_alter_table("office", schema=None) as batch:
        batch.add_column(sa.Column("registry_access", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("retired", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("successors", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("former_area_scheme", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("former_area_code", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("office", schema=None) as batch:
        batch.drop_column("former_area_code")
        batch.drop_column("former_area_scheme")
        batch.drop_column("successors")
        batch.drop_column("retired")
        batch.drop_column("registry_access")
    with op.batch_alter_table("cooperative", schema=None) as batch:
        batch.drop_index(batch.f("ix_cooperative_former_area_code"))
        batch.drop_column("former_area_code")
        batch.drop_column("former_area_scheme")
