"""Schema 1: the project charter and the requirements list."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("sponsor", sa.String(length=255), nullable=False),
        sa.Column("manager", sa.String(length=255), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("target_finish", sa.Date(), nullable=True),
        sa.Column("status_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("scope_in", sa.Text(), nullable=False),
        sa.Column("scope_out", sa.Text(), nullable=False),
        sa.Column("assumptions", sa.Text(), nullable=False),
        sa.Column("constraints", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    op.create_table(
        "requirement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("priority", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("acceptance_criteria", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement")),
        sa.UniqueConstraint("ref", name=op.f("uq_requirement_ref")),
    )
    op.create_index(op.f("ix_requirement_position"), "requirement", ["position"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_requirement_position"), table_name="requirement")
    op.drop_table("requirement")
    op.drop_table("project")
