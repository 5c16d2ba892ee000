"""The budget's sheets of the Excel export: budget vs committed vs actual vs forecast per
category, the budget lines, the budget history, expenses and invoices, purchase orders and
the change log. Money is in the project currency (Decimal, two places)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.io.tables import CellValue, Column, Kind, Table
from app.models.entities import (
    BudgetLine,
    BudgetRevision,
    ChangeRequest,
    Commitment,
    CostCategory,
    Expense,
    Stakeholder,
    Task,
)
from app.services.budget import figures_by_category
from app.services.transaction import unit_of_work


def _money(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


def _names(connection: Connection) -> tuple[dict[int, str], dict[int, int], dict[int, str]]:
    """Category names, task ID (the row number users see) and stakeholder names by id."""
    categories = dict(connection.execute(select(CostCategory.id, CostCategory.name)).all())
    task_ids = [key for (key,) in connection.execute(select(Task.id).order_by(Task.position))]
    rows = {key: number for number, key in enumerate(task_ids, start=1)}
    people = dict(connection.execute(select(Stakeholder.id, Stakeholder.name)).all())
    return categories, rows, people


def budget_table(session: Session) -> Table:
    """Per category: budget (lines + revisions), committed, actual, forecast, variance."""
    columns = (
        Column("Category", width=20.0),
        Column("Budget", Kind.MONEY),
        Column("Committed", Kind.MONEY),
        Column("Actual", Kind.MONEY),
        Column("Forecast", Kind.MONEY),
        Column("Variance", Kind.MONEY),
        Column("Planned cost", Kind.MONEY),
        Column("Over-run", Kind.BOOLEAN),
    )
    rows: list[list[CellValue]] = []
    for line in figures_by_category(session):
        rows.append(
            [
                line.category.name if line.category else "(no category)",
                _money(line.budget_cents),
                _money(line.committed_cents),
                _money(line.actual_cents),
                _money(line.forecast_cents),
                _money(line.variance_cents),
                _money(line.planned_cents),
                line.over_run,
            ]
        )
    return Table("Budget", columns, rows)


def budget_lines_table(session: Session) -> Table:
    """The budget lines (category and month) and, below them, the dated revisions."""
    columns = (
        Column("Kind", width=10.0),
        Column("Category", width=20.0),
        Column("Month or date", Kind.DATE),
        Column("Amount", Kind.MONEY),
        Column("Reason"),
        Column("Change request", width=12.0),
    )
    with unit_of_work(session):
        connection = session.connection()
        categories, _, _ = _names(connection)
        refs = dict(connection.execute(select(ChangeRequest.id, ChangeRequest.ref)).all())
        lines = connection.execute(
            select(BudgetLine.category_id, BudgetLine.month, BudgetLine.amount_cents).order_by(
                BudgetLine.month, BudgetLine.category_id
            )
        ).all()
        revisions = connection.execute(
            select(
                BudgetRevision.category_id,
                BudgetRevision.date,
                BudgetRevision.amount_cents,
                BudgetRevision.reason,
                BudgetRevision.change_request_id,
            ).order_by(BudgetRevision.date, BudgetRevision.id)
        ).all()
    rows: list[list[CellValue]] = [
        ["line", categories.get(category, ""), month, _money(cents), None, None]
        for category, month, cents in lines
    ]
    rows += [
        [
            "revision",
            categories.get(category, "") if category is not None else "",
            day,
            _money(cents),
            reason,
            refs.get(change) if change is not None else None,
        ]
        for category, day, cents, reason, change in revisions
    ]
    return Table("Budget lines", columns, rows)


def expenses_table(session: Session) -> Table:
    columns = (
        Column("Koers ID", Kind.INTEGER),
        Column("Date", Kind.DATE),
        Column("Kind", width=10.0),
        Column("Amount", Kind.MONEY),
        Column("Category", width=20.0),
        Column("Supplier"),
        Column("Invoice number", width=14.0),
        Column("Task", Kind.INTEGER),
        Column("Purchase order", width=14.0),
        Column("Note"),
    )
    with unit_of_work(session):
        connection = session.connection()
        categories, task_rows, _ = _names(connection)
        orders = dict(connection.execute(select(Commitment.id, Commitment.reference)).all())
        found = connection.execute(select(Expense.__table__).order_by(Expense.date, Expense.id))
        rows: list[list[CellValue]] = [
            [
                row.id,
                row.date,
                row.kind,
                _money(row.amount_cents),
                categories.get(row.category_id, "") if row.category_id is not None else "",
                row.supplier,
                row.invoice_number,
                task_rows.get(row.task_id) if row.task_id is not None else None,
                orders.get(row.commitment_id) if row.commitment_id is not None else None,
                row.note,
            ]
            for row in found
        ]
    return Table("Expenses", columns, rows)


def commitments_table(session: Session) -> Table:
    columns = (
        Column("Koers ID", Kind.INTEGER),
        Column("Reference", width=14.0),
        Column("Supplier"),
        Column("Description"),
        Column("Amount", Kind.MONEY),
        Column("Date", Kind.DATE),
        Column("Status", width=10.0),
        Column("Category", width=20.0),
        Column("Task", Kind.INTEGER),
    )
    with unit_of_work(session):
        connection = session.connection()
        categories, task_rows, _ = _names(connection)
        found = connection.execute(
            select(Commitment.__table__).order_by(Commitment.date, Commitment.id)
        )
        rows: list[list[CellValue]] = [
            [
                row.id,
                row.reference,
                row.supplier,
                row.description,
                _money(row.amount_cents),
                row.date,
                row.status,
                categories.get(row.category_id, "") if row.category_id is not None else "",
                task_rows.get(row.task_id) if row.task_id is not None else None,
            ]
            for row in found
        ]
    return Table("Commitments", columns, rows)


def change_requests_table(session: Session) -> Table:
    columns = (
        Column("Koers ID", Kind.INTEGER),
        Column("Ref", width=9.0),
        Column("Title"),
        Column("Requester"),
        Column("Date raised", Kind.DATE),
        Column("Description"),
        Column("Reason"),
        Column("Cost impact", Kind.MONEY),
        Column("Time impact (days)", Kind.INTEGER, 10.0),
        Column("Scope impact"),
        Column("Quality impact"),
        Column("Risk impact"),
        Column("Category", width=20.0),
        Column("Status", width=10.0),
        Column("Decided by"),
        Column("Decision date", Kind.DATE),
    )
    with unit_of_work(session):
        connection = session.connection()
        categories, _, people = _names(connection)
        found = connection.execute(
            select(ChangeRequest.__table__).order_by(ChangeRequest.position, ChangeRequest.id)
        )
        rows: list[list[CellValue]] = [
            [
                row.id,
                row.ref,
                row.title,
                people.get(row.requester_id, "")
                if row.requester_id is not None
                else row.requester_text,
                row.date_raised,
                row.description,
                row.reason,
                _money(row.cost_impact_cents),
                row.time_impact_days,
                row.scope_impact,
                row.quality_impact,
                row.risk_impact,
                categories.get(row.category_id, "") if row.category_id is not None else "",
                row.status,
                row.decided_by,
                row.decision_date,
            ]
            for row in found
        ]
    return Table("Change requests", columns, rows)


def budget_sheets(session: Session) -> list[Table]:
    """Every budget sheet, in the order the workbook shows them."""
    return [
        budget_table(session),
        budget_lines_table(session),
        expenses_table(session),
        commitments_table(session),
        change_requests_table(session),
    ]
