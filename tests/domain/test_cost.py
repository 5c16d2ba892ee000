"""Assignment, task, summary and project costs by Microsoft Project's rules, to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.cost import (
    Accrual,
    AssignmentCost,
    AssignmentCostInput,
    RateCard,
    ResourceKind,
    TaskCostInput,
    accrued,
    assignment_cost,
    hierarchy,
    ratio,
    task_costs,
)

H = 60  # minutes in an hour


def work(
    rate: int,
    *,
    overtime_rate: int = 0,
    per_use: int = 0,
    accrual: Accrual = Accrual.PRORATED,
    units: float | Decimal = 1,
    work_minutes: int = 0,
    actual_work_minutes: int = 0,
    overtime_work_minutes: int = 0,
    actual_overtime_work_minutes: int = 0,
    started: bool = False,
) -> AssignmentCostInput:
    """A work assignment at ``rate`` cents per hour."""
    return AssignmentCostInput(
        RateCard(ResourceKind.WORK, rate, overtime_rate, per_use, accrual),
        units=units,
        work_minutes=work_minutes,
        actual_work_minutes=actual_work_minutes,
        overtime_work_minutes=overtime_work_minutes,
        actual_overtime_work_minutes=actual_overtime_work_minutes,
        started=started,
    )


# --- work resources ---------------------------------------------------------------------------


def test_work_is_hours_times_rate() -> None:
    # mpxj__mspdiresource.xml (MS Project 2007): 24 h at $50/h costs 120000 cents.
    assert assignment_cost(work(5000, work_minutes=24 * H)) == AssignmentCost(120000, 0)


@pytest.mark.parametrize(
    ("units", "hours", "rate", "per_use", "cost"),
    [
        # mpxj__legacy__sample.xml (MS Project 2003): per-use cost × assignment units.
        (0.5, 200, 1000, 3000, 201500),
        (0.75, 300, 500, 1500, 151125),
        (Decimal("2"), 8, 0, 5000, 10000),  # two plumbers pay the call-out twice
        (1, 0, 0, 5000, 5000),
    ],
)
def test_cost_per_use_is_paid_per_unit_assigned(
    units: float | Decimal, hours: int, rate: int, per_use: int, cost: int
) -> None:
    item = work(rate, per_use=per_use, units=units, work_minutes=hours * H)
    assert assignment_cost(item).cost_cents == cost


def test_overtime_is_part_of_work_at_its_own_rate() -> None:
    item = work(5000, overtime_rate=7500, work_minutes=40 * H, overtime_work_minutes=8 * H)
    assert assignment_cost(item).cost_cents == 32 * 5000 + 8 * 7500


@pytest.mark.parametrize(
    ("minutes", "rate", "cost"),
    [
        (1, 100, 2),  # 1.667 cents
        (1, 90, 2),  # 1.5: half up
        (1, 30, 1),  # 0.5: half up
        (1, 29, 0),  # 0.483
        (7, 1001, 117),  # 116.78
        (45, 3333, 2500),  # 2499.75
    ],
)
def test_each_assignment_is_rounded_once_half_up(minutes: int, rate: int, cost: int) -> None:
    assert assignment_cost(work(rate, work_minutes=minutes)).cost_cents == cost


def test_rounding_happens_once_over_all_parts() -> None:
    # 1 minute at 30 c/h (0.5) plus 1 overtime minute at 30 c/h (0.5) is 1 cent, not 2.
    item = work(30, overtime_rate=30, work_minutes=2, overtime_work_minutes=1)
    assert assignment_cost(item).cost_cents == 1


def test_prorated_actual_is_actual_work_plus_the_per_use_cost_once_started() -> None:
    item = work(6000, per_use=2500, work_minutes=10 * H, actual_work_minutes=4 * H)
    cost = assignment_cost(item)
    assert cost == AssignmentCost(60000 + 2500, 24000 + 2500)
    assert cost.remaining_cents == 36000


def test_per_use_cost_accrues_when_the_task_starts_before_any_work() -> None:
    # MS Project KB 92452: once a task starts, every resource's cost per use is actual.
    item = work(0, per_use=1000, work_minutes=40 * H)
    assert assignment_cost(item).actual_cents == 0
    assert assignment_cost(item, task_started=True).actual_cents == 1000
    assert assignment_cost(item, percent_complete=1).actual_cents == 1000


def test_start_accrual_makes_all_actual_once_started() -> None:
    item = work(5000, per_use=700, accrual=Accrual.START, work_minutes=16 * H)
    assert assignment_cost(item).actual_cents == 0
    started = work(5000, per_use=700, accrual=Accrual.START, work_minutes=16 * H, started=True)
    assert assignment_cost(started) == AssignmentCost(80700, 80700)


def test_end_accrual_waits_for_the_remaining_work_to_be_zero() -> None:
    end = Accrual.END
    half = work(5000, per_use=700, accrual=end, work_minutes=16 * H, actual_work_minutes=8 * H)
    assert assignment_cost(half, percent_complete=50).actual_cents == 0
    done = work(5000, per_use=700, accrual=end, work_minutes=16 * H, actual_work_minutes=16 * H)
    assert assignment_cost(done).actual_cents == 80700
    assert assignment_cost(half, percent_complete=100).actual_cents == 80700


def test_actual_work_beyond_the_plan_raises_the_cost() -> None:
    item = work(6000, work_minutes=10 * H, actual_work_minutes=12 * H)
    assert assignment_cost(item) == AssignmentCost(72000, 72000)


def test_overtime_actuals_at_the_overtime_rate() -> None:
    item = work(
        4000,
        overtime_rate=6000,
        work_minutes=20 * H,
        overtime_work_minutes=4 * H,
        actual_work_minutes=10 * H,
        actual_overtime_work_minutes=2 * H,
    )
    assert assignment_cost(item) == AssignmentCost(16 * 4000 + 4 * 6000, 8 * 4000 + 2 * 6000)


@pytest.mark.parametrize(
    "item",
    [
        work(100, work_minutes=-1),
        work(100, work_minutes=60, overtime_work_minutes=61),
        work(100, work_minutes=60, actual_work_minutes=30, actual_overtime_work_minutes=31),
        work(100, units=-1, work_minutes=60),
        work(100, units=float("nan"), work_minutes=60),
    ],
)
def test_impossible_work_is_refused(item: AssignmentCostInput) -> None:
    with pytest.raises(ValueError):
        assignment_cost(item)


def test_percent_complete_must_be_a_percentage() -> None:
    with pytest.raises(ValueError, match="0 to 100"):
        assignment_cost(work(100, work_minutes=60), percent_complete=101)


# --- material and cost resources ---------------------------------------------------------------


def material(rate: int, per_use: int = 0, accrual: Accrual = Accrual.PRORATED) -> RateCard:
    return RateCard(ResourceKind.MATERIAL, rate, 0, per_use, accrual)


def test_material_is_quantity_times_rate_plus_one_per_use_cost() -> None:
    item = AssignmentCostInput(material(1250, 5000), units=10)
    assert assignment_cost(item) == AssignmentCost(17500, 0)
    used = AssignmentCostInput(material(1250, 5000), units=10, actual_units=4)
    assert assignment_cost(used) == AssignmentCost(17500, 5000 + 5000)


def test_material_use_follows_percent_complete_unless_recorded() -> None:
    item = AssignmentCostInput(material(1250), units=Decimal("2.5"))
    assert assignment_cost(item).cost_cents == 3125
    assert assignment_cost(item, percent_complete=40).actual_cents == 1250  # 1 unit
    assert assignment_cost(item, percent_complete=100).actual_cents == 3125


def test_material_accrual_at_start_and_end() -> None:
    at_start = AssignmentCostInput(material(100, 50, Accrual.START), units=3)
    assert assignment_cost(at_start).actual_cents == 0
    assert assignment_cost(at_start, task_started=True).actual_cents == 350
    at_end = AssignmentCostInput(material(100, 50, Accrual.END), units=3, actual_units=2)
    assert assignment_cost(at_end).actual_cents == 0
    assert assignment_cost(at_end, percent_complete=100).actual_cents == 350
    used_up = AssignmentCostInput(material(100, 50, Accrual.END), units=3, actual_units=3)
    assert assignment_cost(used_up).actual_cents == 350


def test_more_material_used_than_planned_raises_the_cost() -> None:
    item = AssignmentCostInput(material(1000), units=2, actual_units=Decimal("2.5"))
    assert assignment_cost(item) == AssignmentCost(2500, 2500)


@pytest.mark.parametrize(
    ("accrual", "percent", "started", "actual"),
    [
        (Accrual.PRORATED, 0, False, 0),
        (Accrual.PRORATED, 40, False, 12000),
        (Accrual.PRORATED, 33, False, 9900),
        (Accrual.START, 0, False, 0),
        (Accrual.START, 0, True, 30000),
        (Accrual.START, 1, False, 30000),
        (Accrual.END, 99, True, 0),
        (Accrual.END, 100, True, 30000),
    ],
)
def test_cost_resource_amount_accrues_with_the_task(
    accrual: Accrual, percent: int, started: bool, actual: int
) -> None:
    card = RateCard(ResourceKind.COST, accrual=accrual)
    item = AssignmentCostInput(card, amount_cents=30000)
    assert assignment_cost(item, percent_complete=percent, task_started=started) == (
        AssignmentCost(30000, actual)
    )


@pytest.mark.parametrize(
    ("accrual", "percent", "started", "actual"),
    [
        (Accrual.START, 0, False, 0),
        (Accrual.START, 0, True, 10001),
        (Accrual.START, 50, False, 10001),
        (Accrual.PRORATED, 0, False, 0),
        (Accrual.PRORATED, 50, False, 5001),  # 5000.5, half up
        (Accrual.PRORATED, 100, False, 10001),
        (Accrual.END, 50, True, 0),
        (Accrual.END, 100, True, 10001),
    ],
)
def test_fixed_cost_accrual(accrual: Accrual, percent: int, started: bool, actual: int) -> None:
    assert accrued(10001, accrual, percent, started=started) == actual


def test_negative_fixed_cost_mirrors_a_charge() -> None:
    assert accrued(-10001, Accrual.PRORATED, 50, started=True) == -5001


def test_units_are_read_as_typed() -> None:
    assert ratio(0.1) == (1, 10)
    assert ratio(Decimal("0.75")) == (3, 4)
    assert ratio(3) == (3, 1)


# --- tasks, summaries, the project -------------------------------------------------------------


def test_task_cost_is_assignments_plus_fixed_cost_and_summaries_add_their_own() -> None:
    tasks = [
        TaskCostInput(1, fixed_cost_cents=10000, percent_complete=50),  # summary
        TaskCostInput(
            2,
            parent=1,
            fixed_cost_cents=5000,
            percent_complete=50,
            assignments=(work(6000, work_minutes=8 * H, actual_work_minutes=4 * H),),
        ),
        TaskCostInput(
            3,
            parent=1,
            accrual=Accrual.END,
            fixed_cost_cents=2000,
            assignments=(AssignmentCostInput(RateCard(ResourceKind.COST), amount_cents=999),),
        ),
        TaskCostInput(4, fixed_cost_cents=1),  # a top-level task beside the summary
    ]
    costs = task_costs(tasks)
    assert list(costs) == [1, 2, 3, 4]
    two, three, one = costs[2], costs[3], costs[1]
    assert (two.cost_cents, two.actual_cents, two.summary) == (48000 + 5000, 24000 + 2500, False)
    assert (three.cost_cents, three.actual_cents) == (2999, 0)
    assert one.summary
    assert (one.own_cost_cents, one.own_actual_cents) == (10000, 5000)
    assert one.cost_cents == 10000 + 53000 + 2999
    assert one.actual_cents == 5000 + 26500
    assert one.remaining_cents == one.cost_cents - one.actual_cents
    assert (one.fixed_cost_cents, one.fixed_actual_cents) == (10000, 5000)
    assert costs.project_cost_cents == one.cost_cents + 1
    assert costs.project_actual_cents == one.actual_cents
    assert costs.project_remaining_cents == costs.project_cost_cents - costs.project_actual_cents


def test_rows_in_any_order() -> None:
    tasks = [
        TaskCostInput(3, parent=2, fixed_cost_cents=100),
        TaskCostInput(2, parent=1, fixed_cost_cents=10),
        TaskCostInput(1, fixed_cost_cents=1),
    ]
    costs = task_costs(tasks)
    assert [costs[k].cost_cents for k in (1, 2, 3)] == [111, 110, 100]
    assert [costs[k].summary for k in (1, 2, 3)] == [True, True, False]


@pytest.mark.parametrize(
    ("keys", "parents", "message"),
    [
        ([1, 1], [None, None], "unique"),
        ([1, 2], [None, 5], "not in the plan"),
        ([1, 2], [2, 1], "its own ancestor"),
        ([1], [1], "its own ancestor"),
    ],
)
def test_a_broken_outline_is_refused(
    keys: list[int], parents: list[int | None], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        hierarchy(keys, parents)


def test_empty_plan_costs_nothing() -> None:
    costs = task_costs([])
    assert len(costs) == 0
    assert (costs.project_cost_cents, costs.project_actual_cents) == (0, 0)


_accruals = st.sampled_from(list(Accrual))


@st.composite
def assignments(draw: st.DrawFn) -> AssignmentCostInput:
    kind = draw(st.sampled_from(list(ResourceKind)))
    card = RateCard(
        kind,
        draw(st.integers(0, 30000)),
        draw(st.integers(0, 45000)),
        draw(st.integers(0, 10000)),
        draw(_accruals),
    )
    total = draw(st.integers(0, 200 * H))
    overtime = draw(st.integers(0, total))
    actual = draw(st.integers(0, total))
    return AssignmentCostInput(
        card,
        units=draw(st.decimals(0, 5, places=2)),
        work_minutes=total,
        actual_work_minutes=actual,
        overtime_work_minutes=overtime,
        actual_overtime_work_minutes=draw(st.integers(0, min(actual, overtime))),
        actual_units=draw(st.none() | st.decimals(0, 5, places=2)),
        amount_cents=draw(st.integers(0, 10**7)),
        started=draw(st.booleans()),
    )


@st.composite
def plans(draw: st.DrawFn) -> list[TaskCostInput]:
    count = draw(st.integers(1, 25))
    tasks = []
    for key in range(1, count + 1):
        parent = draw(st.none() | st.integers(1, key - 1)) if key > 1 else None
        tasks.append(
            TaskCostInput(
                key,
                parent,
                draw(st.integers(-(10**6), 10**8)),
                draw(_accruals),
                draw(st.integers(0, 100)),
                draw(st.booleans()),
                tuple(draw(st.lists(assignments(), max_size=3))),
            )
        )
    return draw(st.permutations(tasks))


@given(plans())
def test_costs_add_up_to_the_project_to_the_cent(tasks: list[TaskCostInput]) -> None:
    costs = task_costs(tasks)
    children: dict[int | None, list[int]] = {}
    for task in tasks:
        children.setdefault(task.parent, []).append(task.task_id)
    assert costs.project_cost_cents == sum(costs[k].own_cost_cents for k in costs)
    assert costs.project_cost_cents == sum(costs[k].cost_cents for k in children[None])
    assert costs.project_actual_cents == sum(costs[k].actual_cents for k in children[None])
    for task in tasks:
        cost = costs[task.task_id]
        below = children.get(task.task_id, [])
        assert cost.summary == bool(below)
        assert cost.cost_cents == cost.own_cost_cents + sum(costs[k].cost_cents for k in below)
        assert cost.actual_cents == cost.own_actual_cents + sum(
            costs[k].actual_cents for k in below
        )
        own = task.fixed_cost_cents + sum(
            assignment_cost(
                a,
                percent_complete=task.percent_complete,
                task_started=task.started,
            ).cost_cents
            for a in task.assignments
        )
        assert cost.own_cost_cents == own


@given(assignments(), st.integers(0, 100), st.booleans())
def test_actual_never_exceeds_the_cost(
    item: AssignmentCostInput, percent: int, started: bool
) -> None:
    cost = assignment_cost(item, percent_complete=percent, task_started=started)
    assert 0 <= cost.actual_cents <= cost.cost_cents
    if percent == 100 and item.rate.kind is not ResourceKind.WORK:
        assert cost.remaining_cents == 0


def test_a_day_rate_is_exact_on_the_project_day() -> None:
    day_rate = RateCard(standard_rate_cents=33_300, rate_minutes=480)  # € 333 a day
    three_days = AssignmentCostInput(rate=day_rate, work_minutes=3 * 480)
    assert assignment_cost(three_days).cost_cents == 99_900
    half_a_day = AssignmentCostInput(rate=day_rate, work_minutes=240)
    assert assignment_cost(half_a_day).cost_cents == 16_650
