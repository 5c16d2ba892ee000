"""What the plan costs: every task's cost and actual cost, from its assignments and fixed cost,
by Microsoft Project's rules (``app.domain.cost``), summaries rolled up."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.cost import (
    Accrual,
    AssignmentCost,
    AssignmentCostInput,
    CostResult,
    RateCard,
    ResourceKind,
    TaskCostInput,
    assignment_cost,
    task_costs,
)
from app.domain.money import divide_half_up
from app.models.entities import Assignment, Baseline, CostCategory, Project, Resource, Task
from app.services.transaction import unit_of_work


@dataclass(frozen=True, slots=True)
class ProjectCosts:
    """Costs per task id (``result``) and the project's currency."""

    result: CostResult
    currency: str

    @property
    def cost_cents(self) -> int:
        return self.result.project_cost_cents

    @property
    def actual_cents(self) -> int:
        return self.result.project_actual_cents


def accrual(text: str) -> Accrual:
    """A stored accrual ("start", "prorated", "end"); anything else reads as prorated."""
    try:
        return Accrual(text)
    except ValueError:
        return Accrual.PRORATED


def rate_cards(connection: Connection, minutes_per_day: int) -> dict[int, RateCard]:
    """Every resource's rates; day rates are quoted per the project's working day."""
    cards: dict[int, RateCard] = {}
    for row in connection.execute(select(Resource.__table__)).mappings():
        try:
            kind = ResourceKind(row["type"])
        except ValueError:
            kind = ResourceKind.WORK
        cards[row["id"]] = RateCard(
            kind=kind,
            standard_rate_cents=row["standard_rate_cents"],
            overtime_rate_cents=row["overtime_rate_cents"],
            cost_per_use_cents=row["cost_per_use_cents"],
            accrual=accrual(row["accrual"]),
            rate_minutes=minutes_per_day if row["rate_unit"] == "d" else 60,
        )
    return cards


@dataclass(frozen=True, slots=True)
class AssignedCost:
    """One assignment as the cost rules see it, with the rows it belongs to."""

    assignment_id: int
    task_id: int
    resource_id: int
    item: AssignmentCostInput


def assignment_inputs(
    connection: Connection, cards: dict[int, RateCard], percent: dict[int, int]
) -> list[AssignedCost]:
    """Every assignment with its resource's rates; ``percent`` is each task's % complete.

    As in Microsoft Project, % complete on a task is work done by its resources: an
    assignment without actual work of its own has done that share of its work.
    """
    found: list[AssignedCost] = []
    for row in connection.execute(select(Assignment.__table__)).mappings():
        card = cards.get(row["resource_id"])
        if card is None:
            continue
        actual = row["actual_work_minutes"]
        if not actual and percent.get(row["task_id"]):
            actual = divide_half_up(row["work_minutes"] * percent[row["task_id"]], 100)
        found.append(
            AssignedCost(
                row["id"],
                row["task_id"],
                row["resource_id"],
                AssignmentCostInput(
                    rate=card,
                    units=row["units"],
                    work_minutes=row["work_minutes"],
                    actual_work_minutes=actual,
                    overtime_work_minutes=row["overtime_work_minutes"],
                    actual_overtime_work_minutes=row["actual_overtime_work_minutes"],
                    amount_cents=row["amount_cents"],
                ),
            )
        )
    return found


def _task_rows(connection: Connection) -> list[Any]:
    return list(
        connection.execute(
            select(
                Task.id,
                Task.outline_level,
                Task.fixed_cost_cents,
                Task.fixed_cost_accrual,
                Task.percent_complete,
                Task.actual_start,
            ).order_by(Task.position)
        )
    )


def _cards(connection: Connection) -> dict[int, RateCard]:
    return rate_cards(connection, connection.scalar(select(Project.minutes_per_day)) or 480)


def cost_inputs(connection: Connection) -> list[TaskCostInput]:
    """The tasks in outline order with their parents, assignments and fixed costs."""
    tasks = _task_rows(connection)
    percent = {row[0]: min(100, max(0, row[4])) for row in tasks}
    assigned: dict[int, list[AssignmentCostInput]] = defaultdict(list)
    for found in assignment_inputs(connection, _cards(connection), percent):
        assigned[found.task_id].append(found.item)
    parents = outline_parents([(row[0], row[1]) for row in tasks])
    return [
        TaskCostInput(
            task_id=task_id,
            parent=parents[task_id],
            fixed_cost_cents=fixed,
            accrual=accrual(fixed_accrual),
            percent_complete=min(100, max(0, percent)),
            started=actual_start is not None,
            assignments=tuple(assigned.get(task_id, ())),
        )
        for task_id, _level, fixed, fixed_accrual, percent, actual_start in tasks
    ]


def outline_parents(rows: Sequence[tuple[int, int]]) -> dict[int, int | None]:
    """Each task's summary task from (id, outline level) in outline order; None at the top."""
    parents: dict[int, int | None] = {}
    open_levels: list[int] = []  # the open summary at each outline level
    for task_id, outline_level in rows:
        level = max(1, outline_level)
        del open_levels[level - 1 :]
        parents[task_id] = open_levels[-1] if open_levels else None
        open_levels += [task_id] * (level - len(open_levels))
    return parents


def assignment_costs(connection: Connection) -> dict[int, AssignmentCost]:
    """Every assignment's cost and actual cost, by assignment id."""
    tasks = _task_rows(connection)
    percent = {row[0]: min(100, max(0, row[4])) for row in tasks}
    started = {row[0] for row in tasks if row[5] is not None}
    return {
        found.assignment_id: assignment_cost(
            found.item,
            percent_complete=percent.get(found.task_id, 0),
            task_started=found.task_id in started,
        )
        for found in assignment_inputs(connection, _cards(connection), percent)
    }


def assignment_costs_by_resource(connection: Connection) -> dict[int, int]:
    """Each resource's cost over all its assignments, in cents."""
    owners = dict(connection.execute(select(Assignment.id, Assignment.resource_id)).all())
    totals: dict[int, int] = defaultdict(int)
    for key, cost in assignment_costs(connection).items():
        totals[owners[key]] += cost.cost_cents
    return dict(totals)


def compute_costs(connection: Connection) -> ProjectCosts:
    currency = connection.scalar(select(Project.currency)) or "EUR"
    return ProjectCosts(task_costs(cost_inputs(connection)), currency)


def read_costs(session: Session) -> ProjectCosts:
    """The project's costs as they stand (one read transaction)."""
    with unit_of_work(session):
        return compute_costs(session.connection())


@dataclass(frozen=True, slots=True)
class TaskCostDetails:
    """What the task details show on their Cost page."""

    fixed_cost_cents: int
    fixed_cost_accrual: str
    fixed_cost_category_id: int | None
    ev_method: str
    physical_percent_complete: int
    cost_cents: int
    actual_cents: int
    baseline_cost_cents: int | None  # of the project's earned-value baseline
    currency: str
    categories: tuple[tuple[int, str], ...]


def task_cost_details(session: Session, task_id: int) -> TaskCostDetails:
    with unit_of_work(session):
        connection = session.connection()
        row = connection.execute(
            select(
                Task.fixed_cost_cents,
                Task.fixed_cost_accrual,
                Task.fixed_cost_category_id,
                Task.ev_method,
                Task.physical_percent_complete,
            ).where(Task.id == task_id)
        ).one()
        project = connection.execute(select(Project.currency, Project.ev_baseline)).one()
        baseline = connection.scalar(
            select(Baseline.cost_cents).where(
                Baseline.task_id == task_id, Baseline.number == project.ev_baseline
            )
        )
        categories = tuple(
            (key, name)
            for key, name in connection.execute(
                select(CostCategory.id, CostCategory.name).order_by(CostCategory.position)
            )
        )
        costs = compute_costs(connection).result.get(task_id)
    return TaskCostDetails(
        row.fixed_cost_cents,
        row.fixed_cost_accrual,
        row.fixed_cost_category_id,
        row.ev_method,
        row.physical_percent_complete,
        costs.cost_cents if costs else 0,
        costs.actual_cents if costs else 0,
        baseline,
        project.currency or "EUR",
        categories,
    )
