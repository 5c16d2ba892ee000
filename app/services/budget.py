"""The budget as a project manager reads it: cost per category and month, budget lines and
revisions, spending, commitments, and the forecast per category.

Per category:
- **budget** = its budget lines + every dated revision (revisions are never overwritten, so
  replaying them gives the current budget);
- **committed** = open purchase orders not yet invoiced against them;
- **actual** = expenses and invoices booked on it + the actual work × rate of internal
  staff (external staff, material and cost resources are paid by invoice, so their
  progress is not counted twice);
- **forecast** = the plan's cost in the category (work at its rates, with the hours already
  spent beyond the plan; licences, material, fixed costs) + spending booked on no task (not in
  the plan), and never less than what is already spent;
- **variance** = budget − forecast: negative is an over-run.

Money is integer cents throughout.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.cost import accrued, assignment_cost
from app.domain.timephase import Period, bucket, spread
from app.models.entities import (
    BudgetLine,
    BudgetRevision,
    Commitment,
    CostCategory,
    Expense,
    Project,
    Resource,
    Task,
)
from app.services.costs import accrual, assignment_inputs, rate_cards
from app.services.schedule import load_schedule
from app.services.transaction import unit_of_work

UNCATEGORISED = None  # category key of costs without a category


@dataclass(frozen=True, slots=True)
class Category:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class CategoryFigures:
    """One line of "budget vs committed vs actual vs forecast"; ``category`` None: costs
    without a category."""

    category: Category | None
    budget_cents: int
    committed_cents: int
    actual_cents: int
    forecast_cents: int
    planned_cents: int  # the plan's cost in this category (what the schedule says)

    @property
    def variance_cents(self) -> int:
        return self.budget_cents - self.forecast_cents

    @property
    def over_run(self) -> bool:
        return self.variance_cents < 0


@dataclass(frozen=True, slots=True)
class CostItem:
    """One amount of the plan with its category, its task and when it is spent."""

    task_id: int
    category_id: int | None
    cost_cents: int
    actual_cents: int
    internal_work: bool  # an internal work resource: its actual cost is spent as progress
    start: int
    finish: int
    calendar: WorkCalendar
    accrual_text: str


def categories(session: Session) -> list[Category]:
    with unit_of_work(session):
        return _categories(session.connection())


def _categories(connection: Connection) -> list[Category]:
    rows = connection.execute(
        select(CostCategory.id, CostCategory.name).order_by(CostCategory.position)
    )
    return [Category(key, name) for key, name in rows]


def cost_items(connection: Connection) -> list[CostItem]:
    """Every assignment's and every fixed cost's amount, dated by the current schedule."""
    computed = load_schedule(connection)
    result = computed.result
    if result is None:
        return []
    minutes_per_day = connection.scalar(select(Project.minutes_per_day)) or 480
    cards = rate_cards(connection, minutes_per_day)
    resources = {
        row.id: row
        for row in connection.execute(
            select(Resource.id, Resource.type, Resource.internal, Resource.category_id)
        )
    }
    tasks = {
        row.id: row
        for row in connection.execute(
            select(
                Task.id,
                Task.fixed_cost_cents,
                Task.fixed_cost_accrual,
                Task.fixed_cost_category_id,
                Task.percent_complete,
                Task.actual_start,
            )
        )
    }
    rows = {row.id: row for row in computed.rows}
    items: list[CostItem] = []
    percent = {key: min(100, max(0, task.percent_complete)) for key, task in tasks.items()}
    for found in assignment_inputs(connection, cards, percent):
        task, resource = tasks.get(found.task_id), resources.get(found.resource_id)
        if task is None or resource is None or found.task_id not in result:
            continue
        cost = assignment_cost(
            found.item,
            percent_complete=percent[found.task_id],
            task_started=task.actual_start is not None,
        )
        dates = result[found.task_id]
        items.append(
            CostItem(
                found.task_id,
                resource.category_id,
                cost.cost_cents,
                cost.actual_cents,
                resource.type == "work" and resource.internal,
                dates.start,
                dates.finish,
                computed.calendar_of(rows[found.task_id]),
                found.item.rate.accrual.value,
            )
        )
    for task in tasks.values():
        if not task.fixed_cost_cents or task.id not in result:
            continue
        dates = result[task.id]
        percent = min(100, max(0, task.percent_complete))
        fixed_accrual = accrual(task.fixed_cost_accrual)
        actual = accrued(
            task.fixed_cost_cents,
            fixed_accrual,
            percent,
            started=task.actual_start is not None or percent > 0,
        )
        items.append(
            CostItem(
                task.id,
                task.fixed_cost_category_id,
                task.fixed_cost_cents,
                actual,
                False,
                dates.start,
                dates.finish,
                computed.calendar_of(rows[task.id]),
                fixed_accrual.value,
            )
        )
    return items


def planned_by_month(items: Iterable[CostItem]) -> dict[int | None, list[tuple[dt.date, int]]]:
    """The plan's cost per category and month (months keyed by their first day)."""
    series: dict[int | None, list[tuple[dt.date, int]]] = defaultdict(list)
    for item in items:
        spent = spread(
            item.cost_cents, item.start, item.finish, item.calendar, accrual(item.accrual_text)
        )
        series[item.category_id].extend(spent)
    return {key: bucket(values, Period.MONTH) for key, values in series.items()}


def _sums(connection: Connection, statement: Select[Any, Any]) -> dict[int | None, int]:
    return {key: int(total or 0) for key, total in connection.execute(statement)}


def budget_by_category(connection: Connection) -> dict[int | None, int]:
    """Budget lines plus every revision, per category."""
    lines = _sums(
        connection,
        select(BudgetLine.category_id, func.sum(BudgetLine.amount_cents)).group_by(
            BudgetLine.category_id
        ),
    )
    revisions = _sums(
        connection,
        select(BudgetRevision.category_id, func.sum(BudgetRevision.amount_cents)).group_by(
            BudgetRevision.category_id
        ),
    )
    keys = lines.keys() | revisions.keys()
    return {key: lines.get(key, 0) + revisions.get(key, 0) for key in keys}


def committed_by_category(connection: Connection) -> dict[int | None, int]:
    """Open purchase orders, less what has been invoiced against each (never below zero)."""
    invoiced = _sums(
        connection,
        select(Expense.commitment_id, func.sum(Expense.amount_cents))
        .where(Expense.commitment_id.is_not(None))
        .group_by(Expense.commitment_id),
    )
    result: dict[int | None, int] = defaultdict(int)
    for key, category, amount in connection.execute(
        select(Commitment.id, Commitment.category_id, Commitment.amount_cents).where(
            Commitment.status == "open"
        )
    ):
        result[category] += max(0, amount - invoiced.get(key, 0))
    return dict(result)


def figures_by_category(session: Session) -> list[CategoryFigures]:
    """Budget, committed, actual, forecast and planned cost for each category (and a line for
    costs without one, when there are any), in the categories' order."""
    with unit_of_work(session):
        connection = session.connection()
        known = _categories(connection)
        items = cost_items(connection)
        budget = budget_by_category(connection)
        committed = committed_by_category(connection)
        spent = _sums(
            connection,
            select(Expense.category_id, func.sum(Expense.amount_cents)).group_by(
                Expense.category_id
            ),
        )
        unplanned = _sums(
            connection,
            select(Expense.category_id, func.sum(Expense.amount_cents))
            .where(Expense.task_id.is_(None))
            .group_by(Expense.category_id),
        )
    planned: dict[int | None, int] = defaultdict(int)
    internal_actual: dict[int | None, int] = defaultdict(int)
    for item in items:
        planned[item.category_id] += item.cost_cents
        if item.internal_work:
            internal_actual[item.category_id] += item.actual_cents
    lines: list[tuple[Category | None, int | None]] = [(c, c.id) for c in known]
    keys = {c.id for c in known}
    if any(key not in keys for key in (*planned, *budget, *committed, *spent)):
        lines.append((None, UNCATEGORISED))
    figures = []
    for category, key in lines:
        actual = spent.get(key, 0) + internal_actual.get(key, 0)
        forecast = max(actual, planned.get(key, 0) + unplanned.get(key, 0))
        figures.append(
            CategoryFigures(
                category,
                budget.get(key, 0),
                committed.get(key, 0),
                actual,
                forecast,
                planned.get(key, 0),
            )
        )
    return figures
