"""Round Table settings (quorum rule, letterhead, defaults) shared by every workstation

Revision ID: 0003_settings
Revises: 0002_proposal_search
Create Date: 2026-11-25 08:11:37.084278
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_settings"
down_revision: str | None = "0002_proposal_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_setting_uuid")),
    )


def downgrade() -> None:
    op.drop_table("setting")
