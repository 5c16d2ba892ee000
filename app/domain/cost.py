"""Task and assignment costs by Microsoft Project's rules: planned, actual and remaining.

The rules, as Microsoft Project documents them (field help for Cost, Actual Cost, Cost Per
Use, Accrue At and Fixed Cost Accrual) and as its files show:

- A work resource costs regular work × standard rate plus overtime work × overtime rate,
  plus its cost per use once for every unit assigned (a 50 % assignment pays half of it;
  MS Project 2003's own sample file has 0.75 × $15 per use on a 75 % assignment).
- A material resource costs quantity × rate per unit, plus its cost per use once.
- A cost resource costs the amount typed on the assignment.
- A task costs its assignments plus its fixed cost; a summary task its children's costs
  plus its own fixed cost. ``cost = actual + remaining`` everywhere.

Actual cost follows the accrual method (the resource's Accrue At, the task's Fixed Cost
Accrual), with "actual costs are always calculated by Project", the default:

- START: the whole cost is actual as soon as the task (or assignment) has started.
- END: nothing is actual until the remaining work is zero (the task is 100 % complete).
- PRORATED: actual work × rates for work resources (per-use cost once started), material
  used × rate, and cost × % complete for cost resources and fixed costs.

Rounding: every assignment's cost is computed exactly (rates are whole cents per hour, work
whole minutes, units a decimal) and rounded once, half away from zero, to the cent; task,
summary and project costs are sums of those cents, so they add up exactly. Microsoft
Project keeps fractions of a cent internally but shows and exports (MSPDI writes costs in
hundredths) every assignment's cost to the cent, so rounding per assignment, not per day or
per rate component, is what stays closest to what it shows.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.money import divide_half_up


class Accrual(StrEnum):
    """When a cost becomes actual: MSPDI's AccrueAt/FixedCostAccrual (numbered differently)."""

    START = "start"
    PRORATED = "prorated"
    END = "end"


class ResourceKind(StrEnum):
    """The three resource types of Microsoft Project, named as ``Resource.type`` stores them."""

    WORK = "work"
    MATERIAL = "material"
    COST = "cost"


Units = Decimal | int | float


def ratio(value: Units) -> tuple[int, int]:
    """A units figure as an exact fraction (numerator, denominator); floats by their repr.

    Assignment units are stored as floats (0.75); going through the shortest repr gives the
    number the user typed, not the nearest binary fraction.
    """
    if isinstance(value, int):
        return value, 1
    exact = Decimal(repr(value)) if isinstance(value, float) else value
    if not exact.is_finite():
        raise ValueError(f"units must be a finite number, not {value}")
    return exact.as_integer_ratio()


@dataclass(frozen=True, slots=True)
class RateCard:
    """What a resource costs: per hour for work, per unit for material; nothing for cost.

    ``accrual`` is the resource's Accrue At: when its standard and overtime costs become
    actual. The cost per use becomes actual at the start, or at the end for END.
    """

    kind: ResourceKind = ResourceKind.WORK
    standard_rate_cents: int = 0
    overtime_rate_cents: int = 0
    cost_per_use_cents: int = 0
    accrual: Accrual = Accrual.PRORATED
    # The working minutes a work rate is quoted for: 60 per hour, the project's minutes per
    # day for a day rate, so a rate of € 750/day stays exact instead of € 93.75/h rounded.
    rate_minutes: int = 60


@dataclass(frozen=True, slots=True)
class AssignmentCostInput:
    """One resource on a task, as the cost rules need it.

    Work resources: ``units`` is 1.0 for 100 %; ``work_minutes`` is the total work including
    overtime (MS Project's Work), ``overtime_work_minutes`` the part paid at the overtime
    rate, likewise for the actuals. Material: ``units`` is the quantity and
    ``actual_units`` the quantity used so far (None: units × the task's % complete, as MS
    Project fills it in). Cost resources: ``amount_cents``. ``started``: the assignment has
    an actual start (a started task counts as started for all its assignments).
    """

    rate: RateCard
    units: Units = 1
    work_minutes: int = 0
    actual_work_minutes: int = 0
    overtime_work_minutes: int = 0
    actual_overtime_work_minutes: int = 0
    actual_units: Units | None = None
    amount_cents: int = 0
    started: bool = False


@dataclass(frozen=True, slots=True)
class TaskCostInput:
    """A task's own costs; ``parent`` names its summary task (None at the top level).

    ``accrual`` is the Fixed Cost Accrual. ``started``: the task has an actual start; a
    task with % complete above zero counts as started too.
    """

    task_id: int
    parent: int | None = None
    fixed_cost_cents: int = 0
    accrual: Accrual = Accrual.PRORATED
    percent_complete: int = 0
    started: bool = False
    assignments: tuple[AssignmentCostInput, ...] = ()


@dataclass(frozen=True, slots=True)
class AssignmentCost:
    """Planned (total) and actual cost of an assignment, in cents."""

    cost_cents: int
    actual_cents: int

    @property
    def remaining_cents(self) -> int:
        """What is still to be spent: cost = actual + remaining."""
        return self.cost_cents - self.actual_cents


@dataclass(frozen=True, slots=True)
class TaskCost:
    """A task's costs in cents; a summary's include its children's.

    ``own_*`` leave the children out: a task's own assignments and fixed cost.
    """

    task_id: int
    summary: bool
    cost_cents: int
    actual_cents: int
    own_cost_cents: int
    own_actual_cents: int
    fixed_cost_cents: int
    fixed_actual_cents: int

    @property
    def remaining_cents(self) -> int:
        """What is still to be spent: cost = actual + remaining."""
        return self.cost_cents - self.actual_cents


# --- single items -------------------------------------------------------------------------


def _check_percent(percent: int) -> None:
    if not 0 <= percent <= 100:
        raise ValueError(f"percent complete must be 0 to 100, not {percent}")


def accrued(cost_cents: int, accrual: Accrual, percent_complete: int, *, started: bool) -> int:
    """The actual part of a cost that accrues with % complete (fixed costs, cost resources).

    START: all once started (or any % complete); END: all at 100 %; PRORATED: cost × %.
    """
    _check_percent(percent_complete)
    if accrual is Accrual.PRORATED:
        return divide_half_up(cost_cents * percent_complete, 100)
    if accrual is Accrual.START:
        return cost_cents if started or percent_complete > 0 else 0
    return cost_cents if percent_complete == 100 else 0


def assignment_cost(
    item: AssignmentCostInput, *, percent_complete: int = 0, task_started: bool = False
) -> AssignmentCost:
    """Cost and actual cost of one assignment, each rounded once to the cent (half up).

    ``percent_complete`` and ``task_started`` are the task's: they drive cost resources,
    material without recorded use, and the start of every assignment on a started task.
    """
    _check_percent(percent_complete)
    rate = item.rate
    accrual = rate.accrual
    task_started = task_started or percent_complete > 0
    if rate.kind is ResourceKind.COST:
        cost = item.amount_cents
        return AssignmentCost(cost, accrued(cost, accrual, percent_complete, started=task_started))
    num, den = ratio(item.units)
    if num < 0:
        raise ValueError(f"assignment units must not be negative, not {item.units}")
    if rate.kind is ResourceKind.MATERIAL:
        return _material_cost(item, num, den, percent_complete, task_started)
    return _work_cost(item, num, den, percent_complete, task_started)


def _work_cost(
    item: AssignmentCostInput, num: int, den: int, percent_complete: int, task_started: bool
) -> AssignmentCost:
    rate = item.rate
    work, actual = item.work_minutes, item.actual_work_minutes
    overtime, actual_overtime = item.overtime_work_minutes, item.actual_overtime_work_minutes
    if min(work, actual, overtime, actual_overtime) < 0:
        raise ValueError("work minutes must not be negative")
    if overtime > work or actual_overtime > actual:
        raise ValueError("overtime work cannot exceed the work it is part of")
    # Work is actual plus remaining: recorded actuals beyond the plan raise the total.
    work, overtime = max(work, actual), max(overtime, actual_overtime)
    std, ot = rate.standard_rate_cents, rate.overtime_rate_cents
    minutes = rate.rate_minutes
    if minutes <= 0:
        raise ValueError(f"a rate is quoted per a positive number of minutes, not {minutes}")
    per_use = rate.cost_per_use_cents * num * minutes  # per-use × units, over minutes × den
    scale = minutes * den
    cost = divide_half_up(((work - overtime) * std + overtime * ot) * den + per_use, scale)
    started = item.started or task_started or actual > 0
    finished = percent_complete == 100 or (started and actual >= work and work > 0)
    if rate.accrual is Accrual.START:
        actual_cost = cost if started else 0
    elif rate.accrual is Accrual.END:
        actual_cost = cost if finished else 0
    else:
        worked = ((actual - actual_overtime) * std + actual_overtime * ot) * den
        actual_cost = divide_half_up(worked + (per_use if started else 0), scale)
    return AssignmentCost(cost, actual_cost)


def _material_cost(
    item: AssignmentCostInput, num: int, den: int, percent_complete: int, task_started: bool
) -> AssignmentCost:
    rate = item.rate
    std, per_use = rate.standard_rate_cents, rate.cost_per_use_cents
    if item.actual_units is None:  # MS Project's own figure: quantity × % complete
        used_num, used_den = num * percent_complete, den * 100
    else:
        used_num, used_den = ratio(item.actual_units)
        if used_num < 0:
            raise ValueError(f"material used must not be negative, not {item.actual_units}")
    # Quantity is used plus remaining, as work is for work resources.
    if used_num * den > num * used_den:
        num, den = used_num, used_den
    cost = divide_half_up(num * std, den) + per_use
    started = item.started or task_started or used_num > 0
    if rate.accrual is Accrual.START:
        actual_cost = cost if started else 0
    elif rate.accrual is Accrual.END:
        finished = percent_complete == 100 or (used_num > 0 and used_num * den >= num * used_den)
        actual_cost = cost if finished else 0
    else:
        actual_cost = divide_half_up(used_num * std, used_den) + (per_use if started else 0)
    return AssignmentCost(cost, actual_cost)


# --- the outline ---------------------------------------------------------------------------


def hierarchy(keys: Sequence[int], parents: Sequence[int | None]) -> tuple[list[int], list[int]]:
    """Parent row of every row (-1 at the top) and an order with children before parents.

    Rows in outline order (every parent before its children, as plans are kept) take the
    reverse order as it is; any other order is sorted by depth, in O(rows) either way.
    """
    count = len(keys)
    index = dict(zip(keys, range(count), strict=True))
    if len(index) != count:
        raise ValueError("task ids must be unique")
    up: list[int] = []
    in_outline_order = True
    for row, parent in enumerate(parents):
        if parent is None:
            up.append(-1)
            continue
        found = index.get(parent)
        if found is None:
            raise ValueError(f"task {keys[row]} names a parent {parent} that is not in the plan")
        in_outline_order = in_outline_order and found < row
        up.append(found)
    if in_outline_order:
        return up, list(range(count - 1, -1, -1))
    depth = [-1] * count
    for row in range(count):
        chain: list[int] = []
        node = row
        while node >= 0 and depth[node] < 0:
            if len(chain) > count:
                raise ValueError(f"task {keys[row]} is its own ancestor")
            chain.append(node)
            node = up[node]
        base = depth[node] if node >= 0 else -1
        for node in reversed(chain):
            base += 1
            depth[node] = base
    levels: list[list[int]] = [[] for _ in range(max(depth, default=-1) + 1)]
    for row in range(count):
        levels[depth[row]].append(row)
    return up, [row for level in reversed(levels) for row in level]


# --- the whole plan -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Sums:
    """Per-row integer lists the result is read from."""

    cost: list[int]
    actual: list[int]
    own: list[int]
    own_actual: list[int]
    fixed: list[int]
    fixed_actual: list[int]
    summary: list[bool]


class CostResult(Mapping[int, TaskCost]):
    """Costs of every task by id, rolled up to summaries and the project.

    Sums are kept in integer lists; a TaskCost is made when its row is read, so a view
    showing 40 rows of a large plan pays for 40.
    """

    def __init__(self, keys: list[int], sums: _Sums, project: tuple[int, int]) -> None:
        self._keys = keys
        self._index = dict(zip(keys, range(len(keys)), strict=True))
        self._sums = sums
        self.project_cost_cents, self.project_actual_cents = project

    @property
    def project_remaining_cents(self) -> int:
        """The project's cost still to be spent."""
        return self.project_cost_cents - self.project_actual_cents

    def __getitem__(self, task_id: int) -> TaskCost:
        row = self._index[task_id]
        s = self._sums
        return TaskCost(
            task_id,
            s.summary[row],
            s.cost[row],
            s.actual[row],
            s.own[row],
            s.own_actual[row],
            s.fixed[row],
            s.fixed_actual[row],
        )

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def task_costs(tasks: Sequence[TaskCostInput]) -> CostResult:
    """Every task's cost, actual and remaining cost, and the project's; O(tasks + assignments).

    A summary's own fixed cost accrues with the summary's own % complete, as in MS Project.
    """
    count = len(tasks)
    keys = [task.task_id for task in tasks]
    up, order = hierarchy(keys, [task.parent for task in tasks])
    own = [0] * count
    own_actual = [0] * count
    fixed = [0] * count
    fixed_actual = [0] * count
    for row, task in enumerate(tasks):
        percent, started = task.percent_complete, task.started or task.percent_complete > 0
        fixed[row] = cost = task.fixed_cost_cents
        fixed_actual[row] = actual = accrued(cost, task.accrual, percent, started=started)
        for item in task.assignments:
            part = assignment_cost(item, percent_complete=percent, task_started=started)
            cost += part.cost_cents
            actual += part.actual_cents
        own[row], own_actual[row] = cost, actual
    total, total_actual = own[:], own_actual[:]
    summary = [False] * count
    for row in order:
        parent = up[row]
        if parent >= 0:
            total[parent] += total[row]
            total_actual[parent] += total_actual[row]
            summary[parent] = True
    project = (sum(own), sum(own_actual))
    sums = _Sums(total, total_actual, own, own_actual, fixed, fixed_actual, summary)
    return CostResult(keys, sums, project)
