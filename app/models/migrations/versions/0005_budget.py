"""Schema 5: budget and earned value.

Cost categories, budget lines per category and month, change requests with budget revisions,
expenses and invoices, commitments, reserve drawdowns and earned-value snapshots; resources
gain organisation, internal/external, rate unit, accrual and category; tasks gain fixed-cost
accrual and category, and an earned-value method with physical % complete; assignments gain
overtime work and a cost resource's amount; the project gains the earned-value baseline and
its reserves.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DEFAULT_CATEGORIES = (
    "Internal staff",
    "External suppliers",
    "Hardware",
    "Software licences",
    "Training",
    "Travel",
    "Other",
)


def upgrade() -> None:
    op.create_table(
        "cost_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost_category")),
        sa.UniqueConstraint("name", name=op.f("uq_cost_category_name")),
    )
    op.create_table(
        "evm_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status_date", sa.Date(), nullable=False),
        sa.Column("baseline", sa.Integer(), nullable=False),
        sa.Column("bac_cents", sa.Integer(), nullable=False),
        sa.Column("pv_cents", sa.Integer(), nullable=False),
        sa.Column("ev_cents", sa.Integer(), nullable=False),
        sa.Column("ac_cents", sa.Integer(), nullable=False),
        sa.Column("eac_cents", sa.Integer(), nullable=True),
        sa.Column("cpi", sa.String(length=24), nullable=True),
        sa.Column("spi", sa.String(length=24), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evm_snapshot")),
        sa.UniqueConstraint("status_date", name=op.f("uq_evm_snapshot_status_date")),
    )
    op.create_table(
        "budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["cost_category.id"],
            name=op.f("fk_budget_line_category_id_cost_category"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
        sa.UniqueConstraint("category_id", "month", name=op.f("uq_budget_line_category_id")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_category_id"), ["category_id"], unique=False
        )

    op.create_table(
        "change_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=16), nullable=False),
        sa.Column("title", sa.String(length=255), nullable=False),
        sa.Column("requester_id", sa.Integer(), nullable=True),
        sa.Column("requester_text", sa.String(length=255), nullable=False),
        sa.Column("date_raised", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("cost_impact_cents", sa.Integer(), nullable=False),
        sa.Column("time_impact_days", sa.Integer(), nullable=False),
        sa.Column("scope_impact", sa.Text(), nullable=False),
        sa.Column("quality_impact", sa.Text(), nullable=False),
        sa.Column("risk_impact", sa.Text(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=255), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["cost_category.id"],
            name=op.f("fk_change_request_category_id_cost_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["requester_id"],
            ["stakeholder.id"],
            name=op.f("fk_change_request_requester_id_stakeholder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_request")),
        sa.UniqueConstraint("ref", name=op.f("uq_change_request_ref")),
    )
    op.create_table(
        "budget_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("change_request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["cost_category.id"],
            name=op.f("fk_budget_revision_category_id_cost_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_budget_revision_change_request_id_change_request"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_revision")),
    )
    with op.batch_alter_table("budget_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_revision_change_request_id"), ["change_request_id"], unique=False
        )

    op.create_table(
        "commitment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("supplier", sa.String(length=255), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["cost_category.id"],
            name=op.f("fk_commitment_category_id_cost_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_commitment_task_id_task"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment")),
    )
    op.create_table(
        "reserve_drawdown",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reserve", sa.String(length=16), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("risk_id", sa.Integer(), nullable=True),
        sa.Column("change_request_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["change_request_id"],
            ["change_request.id"],
            name=op.f("fk_reserve_drawdown_change_request_id_change_request"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["risk_id"],
            ["risk.id"],
            name=op.f("fk_reserve_drawdown_risk_id_risk"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reserve_drawdown")),
    )
    op.create_table(
        "expense",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("supplier", sa.String(length=255), nullable=False),
        sa.Column("invoice_number", sa.String(length=64), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("commitment_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["cost_category.id"],
            name=op.f("fk_expense_category_id_cost_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_expense_commitment_id_commitment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"], ["task.id"], name=op.f("fk_expense_task_id_task"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expense")),
    )
    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expense_date"), ["date"], unique=False)

    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("overtime_work_minutes", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column(
                "actual_overtime_work_minutes", sa.Integer(), server_default="0", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("amount_cents", sa.Integer(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ev_baseline", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("contingency_from_risks", sa.Boolean(), server_default="1", nullable=False)
        )
        batch_op.add_column(
            sa.Column("contingency_cents", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("management_reserve_cents", sa.Integer(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("organisation", sa.String(length=255), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("internal", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(
            sa.Column("rate_unit", sa.String(length=2), server_default="h", nullable=False)
        )
        batch_op.add_column(
            sa.Column("accrual", sa.String(length=8), server_default="prorated", nullable=False)
        )
        batch_op.add_column(sa.Column("category_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_resource_category_id_cost_category"),
            "cost_category",
            ["category_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "fixed_cost_accrual", sa.String(length=8), server_default="prorated", nullable=False
            )
        )
        batch_op.add_column(sa.Column("fixed_cost_category_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "ev_method", sa.String(length=16), server_default="percent_complete", nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("physical_percent_complete", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_task_fixed_cost_category_id_cost_category"),
            "cost_category",
            ["fixed_cost_category_id"],
            ["id"],
            ondelete="SET NULL",
        )

    categories = sa.table(
        "cost_category",
        sa.column("id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("name", sa.String),
    )
    # The cost categories a project starts with (the names are the budget's, in English).
    op.bulk_insert(
        categories,
        [
            {"id": index + 1, "position": index, "name": name}
            for index, name in enumerate(DEFAULT_CATEGORIES)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("task", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_task_fixed_cost_category_id_cost_category"), type_="foreignkey"
        )
        batch_op.drop_column("physical_percent_complete")
        batch_op.drop_column("ev_method")
        batch_op.drop_column("fixed_cost_category_id")
        batch_op.drop_column("fixed_cost_accrual")

    with op.batch_alter_table("resource", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_resource_category_id_cost_category"), type_="foreignkey"
        )
        batch_op.drop_column("category_id")
        batch_op.drop_column("accrual")
        batch_op.drop_column("rate_unit")
        batch_op.drop_column("internal")
        batch_op.drop_column("organisation")

    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_column("management_reserve_cents")
        batch_op.drop_column("contingency_cents")
        batch_op.drop_column("contingency_from_risks")
        batch_op.drop_column("ev_baseline")

    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_column("amount_cents")
        batch_op.drop_column("actual_overtime_work_minutes")
        batch_op.drop_column("overtime_work_minutes")

    with op.batch_alter_table("expense", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expense_date"))

    op.drop_table("expense")
    op.drop_table("reserve_drawdown")
    op.drop_table("commitment")
    with op.batch_alter_table("budget_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_revision_change_request_id"))

    op.drop_table("budget_revision")
    op.drop_table("change_request")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_category_id"))

    op.drop_table("budget_line")
    op.drop_table("evm_snapshot")
    op.drop_table("cost_category")
