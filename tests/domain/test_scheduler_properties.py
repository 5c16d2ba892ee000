"""Properties every schedule must have, over thousands of random plans."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import WorkCalendar, standard_calendar, to_instant
from app.domain.scheduler import (
    Constraint,
    CycleError,
    LinkType,
    Plan,
    ScheduleLink,
    ScheduleResult,
    ScheduleTask,
    schedule,
)

CALENDAR = WorkCalendar(standard_calendar())
START = to_instant(dt.datetime(2026, 1, 5, 8, 0))
PLANS = settings(max_examples=1000, deadline=None, derandomize=True)


@st.composite
def plans(draw: st.DrawFn, *, fs_only: bool = False, hierarchy: bool = True) -> Plan:
    """Random acyclic plans: links go from a lower to a higher task number."""
    count = draw(st.integers(1, 12))
    summaries: set[int] = set()
    parents: list[int | None] = []
    for index in range(count):
        parent = None
        if hierarchy and index > 0 and draw(st.booleans()):
            parent = draw(st.integers(0, index - 1))
            summaries.add(parent)
        parents.append(parent)
    tasks = []
    for index in range(count):
        hours = draw(st.integers(0, 24))
        tasks.append(
            ScheduleTask(
                key=index + 1,
                name=f"T{index + 1}",
                parent=None if parents[index] is None else parents[index] + 1,  # type: ignore[operator]
                duration=hours * 60,
                milestone=hours == 0,
            )
        )
    leaves = [i for i in range(count) if i not in summaries]
    links = []
    seen = set()
    for _ in range(draw(st.integers(0, 2 * count))):
        if len(leaves) < 2:
            break
        a, b = sorted(draw(st.lists(st.sampled_from(leaves), min_size=2, max_size=2, unique=True)))
        if (a, b) in seen:
            continue
        seen.add((a, b))
        kind = LinkType.FS if fs_only else draw(st.sampled_from(list(LinkType)))
        lag = draw(st.integers(-8, 16)) * 60
        links.append(ScheduleLink(a + 1, b + 1, kind, lag))
    return Plan(START, CALENDAR, tasks, links)


def _positions(result: ScheduleResult, key: int) -> tuple[int, int]:
    item = result.tasks[key]
    return CALENDAR.position(item.early_start), CALENDAR.position(item.early_finish)


@PLANS
@given(plans())
def test_every_link_holds_with_its_lag(plan: Plan) -> None:
    result = schedule(plan)
    for link in plan.links:
        ps, pf = _positions(result, link.predecessor)
        ss, sf = _positions(result, link.successor)
        mine = {
            LinkType.FS: (pf, ss),
            LinkType.SS: (ps, ss),
            LinkType.FF: (pf, sf),
            LinkType.SF: (ps, sf),
        }[link.type]
        assert mine[1] >= mine[0] + link.lag, link


@PLANS
@given(plans(), st.randoms(use_true_random=False))
def test_scheduling_does_not_depend_on_input_order(plan: Plan, shuffler: random.Random) -> None:
    tasks = list(plan.tasks)
    links = list(plan.links)
    shuffler.shuffle(tasks)
    shuffler.shuffle(links)
    assert schedule(Plan(START, CALENDAR, tasks, links)).tasks == schedule(plan).tasks


@PLANS
@given(plans(hierarchy=False), st.data())
def test_every_cycle_is_refused_and_named(plan: Plan, data: st.DataObject) -> None:
    if len(plan.tasks) < 2:
        return
    first = data.draw(st.integers(1, len(plan.tasks) - 1))
    last = data.draw(st.integers(first + 1, len(plan.tasks)))
    chain = [ScheduleLink(k, k + 1) for k in range(first, last)]
    closing = ScheduleLink(last, first, data.draw(st.sampled_from(list(LinkType))))
    links = [*plan.links, *chain, closing]
    try:
        schedule(Plan(START, CALENDAR, plan.tasks, links))
    except CycleError as refused:
        pairs = {(link.predecessor, link.successor) for link in links}
        loop = refused.keys
        assert len(loop) >= 2
        for here, there in zip(loop, (*loop[1:], loop[0]), strict=True):
            assert (here, there) in pairs
    else:
        raise AssertionError("the cycle was not refused")


@PLANS
@given(plans(fs_only=True, hierarchy=False), st.data())
def test_critical_means_one_more_minute_moves_the_finish(plan: Plan, data: st.DataObject) -> None:
    result = schedule(plan)
    finish = CALENDAR.position(result.project_finish)
    key = data.draw(st.sampled_from([t.key for t in plan.tasks]))
    longer = [
        ScheduleTask(t.key, t.name, duration=t.duration + (1 if t.key == key else 0))
        for t in plan.tasks
    ]
    moved = schedule(Plan(START, CALENDAR, longer, plan.links))
    assert result.tasks[key].critical == (CALENDAR.position(moved.project_finish) > finish)


@PLANS
@given(plans(), st.data())
def test_feasible_constraints_raise_no_problem(plan: Plan, data: st.DataObject) -> None:
    free = schedule(plan)
    leaves = [t for t in plan.tasks if not free.tasks[t.key].summary]
    constrained = []
    for original in plan.tasks:
        task = original
        dates = free.tasks[task.key]
        if task in leaves and data.draw(st.booleans()):
            kind = data.draw(
                st.sampled_from(
                    [
                        Constraint.SNET,
                        Constraint.FNET,
                        Constraint.SNLT,
                        Constraint.FNLT,
                        Constraint.MSO,
                    ]
                )
            )
            when = {
                Constraint.SNET: dates.early_start,
                Constraint.FNET: dates.early_finish,
                Constraint.SNLT: dates.late_start,
                Constraint.FNLT: dates.late_finish,
                Constraint.MSO: dates.early_start,
            }[kind]
            deadline = dates.late_finish if data.draw(st.booleans()) else None
            task = ScheduleTask(
                task.key,
                task.name,
                task.parent,
                task.duration,
                milestone=task.milestone,
                constraint=kind,
                constraint_date=when,
                deadline=deadline,
            )
        constrained.append(task)
    result = schedule(Plan(START, CALENDAR, constrained, plan.links))
    assert all(not dates.problems for dates in result.tasks.values())
