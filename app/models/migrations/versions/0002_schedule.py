"""Schema 2: calendars, tasks, links, baselines, resources and assignments."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("base_id", sa.Integer(), nullable=True),
        sa.Column("week", sa.Text(), nullable=False),
        sa.Column("holiday_country", sa.String(length=8), nullable=False),
        sa.Column("holiday_subdivision", sa.String(length=16), nullable=False),
        sa.Column("dropped_holidays", sa.Text(), nullable=False),
        sa.Column("external_uid", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["base_id"],
            ["calendar.id"],
            name=op.f("fk_calendar_base_id_calendar"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar")),
    )
    op.create_table(
        "calendar_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("finish", sa.Date(), nullable=False),
        sa.Column("working_times", sa.Text(), nullable=False),
        sa.Column("recurrence", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_calendar_exception_calendar_id_calendar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_exception")),
    )
    op.create_index(
        op.f("ix_calendar_exception_calendar_id"), "calendar_exception", ["calendar_id"]
    )
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("outline_level", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("duration_unit", sa.String(length=4), nullable=False),
        sa.Column("estimated", sa.Boolean(), nullable=False),
        sa.Column("milestone", sa.Boolean(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("manual_start", sa.DateTime(), nullable=True),
        sa.Column("manual_finish", sa.DateTime(), nullable=True),
        sa.Column("constraint", sa.String(length=32), nullable=False),
        sa.Column("constraint_date", sa.DateTime(), nullable=True),
        sa.Column("deadline", sa.DateTime(), nullable=True),
        sa.Column("calendar_id", sa.Integer(), nullable=True),
        sa.Column("percent_complete", sa.Integer(), nullable=False),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_finish", sa.DateTime(), nullable=True),
        sa.Column("remaining_minutes", sa.Integer(), nullable=True),
        sa.Column("task_type", sa.Integer(), nullable=False),
        sa.Column("effort_driven", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("fixed_cost_cents", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("external_uid", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_task_calendar_id_calendar"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task")),
    )
    op.create_index(op.f("ix_task_position"), "task", ["position"])
    op.create_table(
        "task_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("predecessor_id", sa.Integer(), nullable=False),
        sa.Column("successor_id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("lag_minutes", sa.Integer(), nullable=False),
        sa.Column("lag_unit", sa.String(length=4), nullable=False),
        sa.Column("lag_percent", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["predecessor_id"],
            ["task.id"],
            name=op.f("fk_task_link_predecessor_id_task"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["successor_id"],
            ["task.id"],
            name=op.f("fk_task_link_successor_id_task"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_task_link")),
        sa.UniqueConstraint(
            "predecessor_id", "successor_id", name=op.f("uq_task_link_predecessor_id")
        ),
    )
    op.create_index(op.f("ix_task_link_predecessor_id"), "task_link", ["predecessor_id"])
    op.create_index(op.f("ix_task_link_successor_id"), "task_link", ["successor_id"])
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=True),
        sa.Column("finish", sa.DateTime(), nullable=True),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("work_minutes", sa.Integer(), nullable=True),
        sa.Column("cost_cents", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_baseline_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_baseline")),
        sa.UniqueConstraint("task_id", "number", name=op.f("uq_baseline_task_id")),
    )
    op.create_index(op.f("ix_baseline_task_id"), "baseline", ["task_id"])
    op.create_table(
        "resource",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("initials", sa.String(length=32), nullable=False),
        sa.Column("group_name", sa.String(length=255), nullable=False),
        sa.Column("max_units", sa.Float(), nullable=False),
        sa.Column("standard_rate_cents", sa.Integer(), nullable=False),
        sa.Column("overtime_rate_cents", sa.Integer(), nullable=False),
        sa.Column("cost_per_use_cents", sa.Integer(), nullable=False),
        sa.Column("calendar_id", sa.Integer(), nullable=True),
        sa.Column("material_label", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("external_uid", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["calendar_id"],
            ["calendar.id"],
            name=op.f("fk_resource_calendar_id_calendar"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource")),
    )
    op.create_table(
        "assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("units", sa.Float(), nullable=False),
        sa.Column("work_minutes", sa.Integer(), nullable=False),
        sa.Column("actual_work_minutes", sa.Integer(), nullable=False),
        sa.Column("remaining_work_minutes", sa.Integer(), nullable=True),
        sa.Column("cost_cents", sa.Integer(), nullable=False),
        sa.Column("external_uid", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resource_id"],
            ["resource.id"],
            name=op.f("fk_assignment_resource_id_resource"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_assignment_task_id_task"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignment")),
    )
    op.create_index(op.f("ix_assignment_resource_id"), "assignment", ["resource_id"])
    op.create_index(op.f("ix_assignment_task_id"), "assignment", ["task_id"])
    with op.batch_alter_table("project") as batch:
        batch.add_column(sa.Column("calendar_id", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("minutes_per_day", sa.Integer(), server_default="480", nullable=False)
        )
        batch.add_column(
            sa.Column("minutes_per_week", sa.Integer(), server_default="2400", nullable=False)
        )
        batch.add_column(
            sa.Column("days_per_month", sa.Integer(), server_default="20", nullable=False)
        )
        batch.create_foreign_key(
            op.f("fk_project_calendar_id_calendar"),
            "calendar",
            ["calendar_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("project") as batch:
        batch.drop_constraint(op.f("fk_project_calendar_id_calendar"), type_="foreignkey")
        batch.drop_column("days_per_month")
        batch.drop_column("minutes_per_week")
        batch.drop_column("minutes_per_day")
        batch.drop_column("calendar_id")
    for table in (
        "assignment",
        "resource",
        "baseline",
        "task_link",
        "task",
        "calendar_exception",
        "calendar",
    ):
        op.drop_table(table)
