"""Incremental rescheduling: every Scheduler.set_duration result equals a full schedule()."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.calendar import (
    DEFAULT_DAY,
    CalendarSpec,
    WorkCalendar,
    WorkingTime,
    standard_calendar,
    to_instant,
)
from app.domain.scheduler import (
    CONSTRAINT_CONFLICT,
    AssignedWork,
    Constraint,
    CycleError,
    LinkType,
    Plan,
    ScheduleLink,
    Scheduler,
    ScheduleResult,
    ScheduleTask,
    schedule,
)
from tests.domain.test_scheduler_properties import plans

CALENDAR = WorkCalendar(standard_calendar())
FOUR_DAYS = WorkCalendar(CalendarSpec("Four days", week=(DEFAULT_DAY,) * 4 + ((), (), ())))
ROUND_THE_CLOCK = WorkCalendar(CalendarSpec("24/7", week=((WorkingTime(0, 1440),),) * 7))
START = to_instant(dt.datetime(2026, 1, 5, 8, 0))
DAY = 480
EXAMPLES = settings(max_examples=300, deadline=None, derandomize=True)

changes = st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 30)), min_size=1, max_size=6)


def _key_of(plan: Plan, pick: int) -> int:
    return plan.tasks[pick % len(plan.tasks)].key


def _full(plan: Plan) -> dict[int, object]:
    return dict(schedule(plan))


def _check_sequence(plan: Plan, steps: list[tuple[int, int]], unit: int) -> None:
    """Apply the duration changes one by one; each result must equal a full schedule."""
    try:
        expected = schedule(plan)
    except CycleError:
        return
    scheduler = Scheduler(plan)
    first = scheduler.run()
    assert dict(first) == dict(expected)
    assert first.project_finish == expected.project_finish
    made: list[tuple[Plan, ScheduleResult]] = [(plan, first)]
    for pick, amount in steps:
        key = _key_of(scheduler.plan, pick)
        result = scheduler.set_duration(key, amount * unit)
        changed = scheduler.plan
        assert next(t for t in changed.tasks if t.key == key).duration == amount * unit
        full = schedule(changed)
        assert dict(result) == dict(full), key
        assert result.project_finish == full.project_finish
        assert result.critical_path() == full.critical_path()
        made.append((changed, result))
    # Earlier results are snapshots: later changes must not leak into them.
    for old_plan, old_result in made:
        fresh = Scheduler(old_plan).run()
        assert dict(old_result) == dict(fresh)
        assert old_result.project_finish == fresh.project_finish


@EXAMPLES
@given(plans(), changes)
def test_every_duration_change_gives_the_full_schedule(
    plan: Plan, steps: list[tuple[int, int]]
) -> None:
    _check_sequence(plan, steps, 60)


@st.composite
def rich_plans(draw: st.DrawFn) -> Plan:
    """Plans with everything the general code path handles: constraints, deadlines,
    progress, manual and elapsed tasks, resources, other calendars, links to and from
    summaries, elapsed and percentage lags, and tasks listed out of outline order."""
    count = draw(st.integers(1, 14))
    parents: list[int | None] = [None]
    for index in range(1, count):
        parents.append(draw(st.integers(0, index - 1)) if draw(st.booleans()) else None)
    calendars = [None, None, None, FOUR_DAYS, ROUND_THE_CLOCK, CALENDAR]

    def instant() -> int:
        return START + draw(st.integers(-4, 60)) * 120

    tasks = []
    for index in range(count):
        hours = draw(st.integers(0, 24))
        extra = draw(st.integers(0, 12))  # which rare feature, if any
        constraint = Constraint.ASAP
        constraint_date = None
        if extra in (1, 2):
            constraint = draw(st.sampled_from(list(Constraint)))
            constraint_date = None if constraint is Constraint.ALAP else instant()
        actual_start = actual_finish = remaining = None
        if extra == 3:
            actual_start = instant()
            if draw(st.booleans()):
                actual_finish = actual_start + draw(st.integers(0, 40)) * 60
            elif draw(st.booleans()):
                remaining = draw(st.integers(0, 16)) * 60
        manual = extra == 4
        manual_start = instant() if manual and draw(st.booleans()) else None
        manual_finish = (
            manual_start + draw(st.integers(0, 30)) * 60
            if manual_start is not None and draw(st.booleans())
            else None
        )
        assignments: tuple[AssignedWork, ...] = ()
        if extra == 5:
            assignments = (
                AssignedWork(
                    draw(st.sampled_from([CALENDAR, FOUR_DAYS])),
                    draw(st.integers(0, 16)) * 60,
                    draw(st.sampled_from([0.5, 1.0, 2.0, 0.0])),
                ),
            )
        tasks.append(
            ScheduleTask(
                key=100 + index,
                name=f"T{index}",
                parent=None if parents[index] is None else 100 + parents[index],  # type: ignore[operator]
                duration=hours * 60,
                elapsed=extra == 6,
                milestone=hours == 0,
                calendar=draw(st.sampled_from(calendars)),
                constraint=constraint,
                constraint_date=constraint_date,
                deadline=instant() if extra in (7, 8) else None,
                manual=manual,
                start=manual_start,
                finish=manual_finish,
                actual_start=actual_start,
                actual_finish=actual_finish,
                remaining=remaining,
                assignments=assignments,
            )
        )
    links = []
    for _ in range(draw(st.integers(0, 2 * count))):
        if count < 2:
            break
        a, b = sorted(
            draw(st.lists(st.integers(0, count - 1), min_size=2, max_size=2, unique=True))
        )
        kind = draw(st.sampled_from(list(LinkType)))
        style = draw(st.integers(0, 5))
        links.append(
            ScheduleLink(
                100 + a,
                100 + b,
                kind,
                draw(st.integers(-8, 16)) * 60,
                lag_elapsed=style == 1,
                lag_percent=draw(st.sampled_from([-50.0, 25.0, 100.0])) if style == 2 else None,
            )
        )
    if draw(st.booleans()):
        tasks = draw(st.permutations(tasks))
    return Plan(
        START,
        CALENDAR,
        tasks,
        links,
        critical_float=draw(st.sampled_from([0, 0, 480])),
    )


@EXAMPLES
@given(rich_plans(), changes)
def test_duration_changes_on_rich_plans_give_the_full_schedule(
    plan: Plan, steps: list[tuple[int, int]]
) -> None:
    _check_sequence(plan, steps, 60)


# -- hand-made cases ------------------------------------------------------------------------


def _plan(tasks: list[ScheduleTask], links: list[ScheduleLink] = ()) -> Plan:  # type: ignore[assignment]
    return Plan(START, CALENDAR, tasks, links)


def test_lengthening_a_critical_task_moves_the_finish() -> None:
    plan = _plan(
        [
            ScheduleTask(1, "A", duration=2 * DAY),
            ScheduleTask(2, "B", duration=3 * DAY),
            ScheduleTask(3, "C", duration=DAY),
        ],
        [ScheduleLink(1, 2), ScheduleLink(1, 3)],
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    assert before[2].critical and not before[3].critical
    after = scheduler.set_duration(2, 5 * DAY)
    assert after.project_finish > before.project_finish
    assert CALENDAR.position(after.project_finish) - CALENDAR.position(before.project_finish) == (
        2 * DAY
    )
    assert after[3].total_float == before[3].total_float + 2 * DAY
    assert after[1] == before[1]
    assert dict(after) == _full(scheduler.plan)
    # The result made before the change still shows the old plan.
    assert before[2].finish < after[2].finish


def test_changing_a_task_with_float_leaves_the_others() -> None:
    plan = _plan(
        [
            ScheduleTask(1, "A", duration=2 * DAY),
            ScheduleTask(2, "B", duration=5 * DAY),
            ScheduleTask(3, "C", duration=DAY),
            ScheduleTask(4, "D", duration=DAY),
        ],
        [ScheduleLink(1, 2), ScheduleLink(1, 3), ScheduleLink(3, 4)],
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    after = scheduler.set_duration(3, 2 * DAY)
    assert after.project_finish == before.project_finish
    assert after[1] == before[1] and after[2] == before[2]
    assert after[3].total_float == before[3].total_float - DAY
    assert after[4].start == before[4].start + 24 * 60  # Thursday 08:00 -> Friday 08:00
    assert dict(after) == _full(scheduler.plan)


def test_a_change_inside_a_summary_rolls_up() -> None:
    plan = _plan(
        [
            ScheduleTask(1, "Phase"),
            ScheduleTask(2, "Package", parent=1),
            ScheduleTask(3, "A", parent=2, duration=DAY),
            ScheduleTask(4, "B", parent=2, duration=2 * DAY),
            ScheduleTask(5, "C", parent=1, duration=DAY),
            ScheduleTask(6, "After", duration=DAY),
        ],
        [ScheduleLink(3, 4), ScheduleLink(1, 6)],  # the phase is linked: it joins the passes
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    after = scheduler.set_duration(4, 4 * DAY)
    assert after[2].finish == after[4].finish
    assert after[1].finish == after[4].finish
    assert after[2].finish > before[2].finish
    assert after[6].start > before[6].start
    assert dict(after) == _full(scheduler.plan)
    shorter = scheduler.set_duration(3, 0)
    assert dict(shorter) == _full(scheduler.plan)


def test_a_change_inside_an_unlinked_summary_rolls_up() -> None:
    plan = _plan(
        [
            ScheduleTask(1, "Phase"),
            ScheduleTask(2, "A", parent=1, duration=DAY),
            ScheduleTask(3, "B", parent=1, duration=2 * DAY),
            ScheduleTask(4, "Other", duration=5 * DAY),
        ],
        [ScheduleLink(2, 3)],
    )
    scheduler = Scheduler(plan)
    scheduler.run()
    after = scheduler.set_duration(2, 2 * DAY)
    assert after.project_finish == schedule(plan).project_finish  # Other still decides it
    assert after[1].finish == after[3].finish
    assert after[1].total_float == after[3].total_float
    assert dict(after) == _full(scheduler.plan)


def test_a_percentage_lag_follows_the_duration() -> None:
    plan = _plan(
        [ScheduleTask(1, "A", duration=2 * DAY), ScheduleTask(2, "B", duration=DAY)],
        [ScheduleLink(1, 2, LinkType.SS, lag_percent=50.0)],
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    after = scheduler.set_duration(1, 4 * DAY)
    assert after[2].start == before[2].start + 24 * 60  # half of A: one day later
    assert dict(after) == _full(scheduler.plan)


def test_set_duration_before_run_and_unknown_keys() -> None:
    plan = _plan([ScheduleTask(1, "A", duration=DAY), ScheduleTask(2, "B", duration=DAY)])
    scheduler = Scheduler(plan)
    result = scheduler.set_duration(1, 3 * DAY)
    assert dict(result) == _full(scheduler.plan)
    assert scheduler.plan.tasks[0].duration == 3 * DAY
    assert plan.tasks[0].duration == DAY  # the original plan is left alone
    with pytest.raises(KeyError):
        scheduler.set_duration(99, DAY)


def test_schedule_is_a_full_run() -> None:
    plan = _plan(
        [ScheduleTask(1, "A", duration=DAY), ScheduleTask(2, "B", duration=DAY)],
        [ScheduleLink(1, 2)],
    )
    assert dict(schedule(plan)) == dict(Scheduler(plan).run())


def test_summaries_that_contain_each_other_are_refused() -> None:
    plan = _plan(
        [
            ScheduleTask(1, "A", parent=2, duration=DAY),
            ScheduleTask(2, "B", parent=1, duration=DAY),
            ScheduleTask(3, "C", parent=1, duration=DAY),
        ]
    )
    with pytest.raises(ValueError, match="contain each other"):
        schedule(plan)


def test_a_link_below_a_linked_summary_reaches_links_into_its_parent() -> None:
    # X shrinks: the sub-summary's late finish moves although none of its children's does,
    # and P (finish-to-finish into the parent) must follow the parent's rolled-up late finish.
    plan = _plan(
        [
            ScheduleTask(1, "Z", duration=10 * DAY),
            ScheduleTask(2, "P", duration=DAY),
            ScheduleTask(3, "S"),
            ScheduleTask(4, "Sub", parent=3),
            ScheduleTask(5, "L", parent=4, duration=DAY),
            ScheduleTask(6, "X", duration=2 * DAY),
            ScheduleTask(7, "Y", duration=8 * DAY),
        ],
        [ScheduleLink(2, 3, LinkType.FF), ScheduleLink(4, 6), ScheduleLink(5, 7)],
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    after = scheduler.set_duration(6, DAY)
    assert after[2].late_finish > before[2].late_finish
    assert dict(after) == _full(scheduler.plan)


def test_the_earliest_child_of_a_summary_with_a_start_link_can_change() -> None:
    # S --SS--> X binds S's earliest child only; Q's new duration makes B the earliest.
    plan = _plan(
        [
            ScheduleTask(1, "Z", duration=10 * DAY),
            ScheduleTask(2, "S"),
            ScheduleTask(3, "A", parent=2, duration=DAY),
            ScheduleTask(4, "B", parent=2, duration=DAY),
            ScheduleTask(5, "Q"),
            ScheduleTask(6, "X", duration=DAY),
            ScheduleTask(7, "W", duration=8 * DAY),
        ],
        [ScheduleLink(5, 3), ScheduleLink(2, 6, LinkType.SS), ScheduleLink(6, 7)],
    )
    scheduler = Scheduler(plan)
    before = scheduler.run()
    assert before[3].late_finish < before[4].late_finish
    after = scheduler.set_duration(5, 120)
    assert after[3].late_finish > after[4].late_finish
    assert dict(after) == _full(scheduler.plan)


def test_a_constraint_conflict_comes_and_goes() -> None:
    tuesday = START + 24 * 60
    plan = _plan(
        [
            ScheduleTask(1, "A", duration=DAY),
            ScheduleTask(2, "B", duration=DAY, constraint=Constraint.SNLT, constraint_date=tuesday),
        ],
        [ScheduleLink(1, 2)],
    )
    scheduler = Scheduler(plan)
    assert not scheduler.run()[2].problems
    late = scheduler.set_duration(1, 2 * DAY)
    assert CONSTRAINT_CONFLICT in late[2].problems
    on_time = scheduler.set_duration(1, DAY)
    assert not on_time[2].problems
    assert CONSTRAINT_CONFLICT in late[2].problems  # the earlier result keeps its problem
    assert dict(on_time) == _full(scheduler.plan)


def test_a_finish_link_into_a_summary_with_a_sub_summary() -> None:
    # Used to read the late finish of an unrelated node (and could crash in the calendar).
    plan = _plan(
        [
            ScheduleTask(1, "P", duration=DAY),
            ScheduleTask(2, "S"),
            ScheduleTask(3, "Sub", parent=2),
            ScheduleTask(4, "L", parent=3, duration=2 * DAY),
            ScheduleTask(5, "Z", duration=5 * DAY),
        ],
        [ScheduleLink(1, 2, LinkType.FF)],
    )
    result = schedule(plan)
    assert result[1].late_finish == result[4].late_finish == result[5].late_finish
    assert result[1].total_float == 4 * DAY


def test_a_change_that_cannot_be_scheduled_leaves_the_scheduler_usable() -> None:
    plan = _plan(
        [ScheduleTask(1, "A", duration=DAY), ScheduleTask(2, "B", duration=DAY)],
        [ScheduleLink(1, 2)],
    )
    scheduler = Scheduler(plan)
    scheduler.run()
    with pytest.raises(ValueError, match="no working time"):
        scheduler.set_duration(2, 10**9)  # past the calendar's last year
    assert scheduler.plan == plan
    after = scheduler.set_duration(1, 2 * DAY)
    assert dict(after) == _full(scheduler.plan)
    assert dict(scheduler.run()) == dict(after)


def test_a_finish_link_into_a_summary_whose_sub_summary_has_no_late_bound() -> None:
    # Sub's finish node exists (Sub --SF--> X) but nothing bounds its late finish: S's
    # late finish must come from L, not from the "no bound" marker (which crashed).
    plan = _plan(
        [
            ScheduleTask(1, "P", duration=DAY),
            ScheduleTask(2, "S"),
            ScheduleTask(3, "Sub", parent=2),
            ScheduleTask(4, "L", parent=3, duration=2 * DAY),
            ScheduleTask(5, "X", duration=DAY),
            ScheduleTask(6, "Z", duration=5 * DAY),
        ],
        [ScheduleLink(1, 2, LinkType.FF, 60), ScheduleLink(3, 5, LinkType.SF)],
    )
    result = schedule(plan)
    assert CALENDAR.position(result[1].late_finish) == CALENDAR.position(result[4].late_finish) - 60
    assert result[1].total_float == result[4].total_float + 7 * 60
