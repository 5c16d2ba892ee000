"""An MSPDI project as the scheduler's plain input: calendars, tasks, links, resource work."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.domain.calendar import (
    CalendarException,
    CalendarSpec,
    Recurrence,
    RecurrenceKind,
    WorkCalendar,
    WorkingTime,
    standard_calendar,
    to_instant,
)
from app.domain.scheduler import (
    AssignedWork,
    Constraint,
    LinkType,
    Plan,
    ScheduleLink,
    ScheduleTask,
    schedule,
)
from app.io.mspdi_data import (
    RESOURCE_WORK,
    TASK_FIXED_DURATION,
    MspdiCalendar,
    MspdiException,
    MspdiProject,
    MspdiTask,
    MspdiWeekDay,
    MspdiWorkingTime,
)

LINK_TYPES = {0: LinkType.FF, 1: LinkType.FS, 2: LinkType.SF, 3: LinkType.SS}
CONSTRAINTS = {
    0: Constraint.ASAP,
    1: Constraint.ALAP,
    2: Constraint.MSO,
    3: Constraint.MFO,
    4: Constraint.SNET,
    5: Constraint.SNLT,
    6: Constraint.FNET,
    7: Constraint.FNLT,
}
# MSPDI DayType 1 = Sunday … 7 = Saturday; Koers counts Monday = 0 … Sunday = 6.
_WEEKDAY_OF_DAY_TYPE = {1: 6, 2: 0, 3: 1, 4: 2, 5: 3, 6: 4, 7: 5}


@dataclass
class MspdiPlan:
    """The plan plus what is needed to relate its results back to the file."""

    plan: Plan
    calendars: dict[int, WorkCalendar] = field(default_factory=dict)
    task_calendar: dict[int, WorkCalendar] = field(default_factory=dict)  # by task UID


def _times(times: tuple[MspdiWorkingTime, ...]) -> tuple[WorkingTime, ...]:
    return tuple(
        WorkingTime(t.from_minute, t.to_minute) for t in times if t.to_minute > t.from_minute
    )


def _week(days: tuple[MspdiWeekDay, ...]) -> list[tuple[WorkingTime, ...] | None]:
    week: list[tuple[WorkingTime, ...] | None] = [None] * 7
    for day in days:
        weekday = _WEEKDAY_OF_DAY_TYPE.get(day.day_type)
        if weekday is None or day.working is None:
            continue
        week[weekday] = _times(day.working_times) if day.working else ()
    return week


def _weekdays(mask: int | None) -> frozenset[int]:
    if not mask:
        return frozenset()
    return frozenset(_WEEKDAY_OF_DAY_TYPE[bit + 1] for bit in range(7) if mask & (1 << bit))


def _nth_weekday(exception: MspdiException) -> tuple[int, int] | None:
    item = exception.month_item
    if item is None or not 3 <= item <= 9:
        return None
    weekday = _WEEKDAY_OF_DAY_TYPE[item - 2]
    position = exception.month_position or 0
    return (5 if position >= 4 else position + 1, weekday)


def _recurrence(exception: MspdiException) -> Recurrence | None:
    if not exception.recurring:
        return None
    interval = max(1, exception.period or 1)
    occurrences = exception.occurrences if exception.entered_by_occurrences else None
    kind = exception.kind
    if kind == "daily":
        return Recurrence(RecurrenceKind.DAILY, interval, occurrences=occurrences)
    if kind == "weekly":
        return Recurrence(
            RecurrenceKind.WEEKLY,
            interval,
            weekdays=_weekdays(exception.days_of_week),
            occurrences=occurrences,
        )
    month = None if exception.month is None else exception.month + 1
    if kind == "monthly_by_day":
        return Recurrence(
            RecurrenceKind.MONTHLY,
            interval,
            day_of_month=exception.month_day,
            occurrences=occurrences,
        )
    if kind == "monthly_by_position":
        return Recurrence(
            RecurrenceKind.MONTHLY,
            interval,
            nth_weekday=_nth_weekday(exception),
            occurrences=occurrences,
        )
    if kind == "yearly_by_day":
        return Recurrence(
            RecurrenceKind.YEARLY,
            1,
            day_of_month=exception.month_day,
            month=month,
            occurrences=occurrences,
        )
    return Recurrence(
        RecurrenceKind.YEARLY,
        1,
        month=month,
        nth_weekday=_nth_weekday(exception),
        occurrences=occurrences,
    )


def _exception(exception: MspdiException) -> CalendarException | None:
    start = exception.from_date.date()
    finish = max(start, exception.to_date.date())
    try:
        recurrence = _recurrence(exception)
        return CalendarException(
            name=exception.name,
            start=start,
            finish=finish,
            working_times=_times(exception.working_times) if exception.working else (),
            recurrence=recurrence,
        )
    except ValueError:
        return None  # a recurrence Koers cannot express; the day pattern still applies


def _work_week_exceptions(calendar: MspdiCalendar) -> list[CalendarException]:
    """Named work weeks become weekly exceptions for their period (real exceptions win)."""
    found: list[CalendarException] = []
    for week in calendar.work_weeks:
        if week.from_date is None or week.to_date is None:
            continue
        for day in week.week_days:
            weekday = _WEEKDAY_OF_DAY_TYPE.get(day.day_type)
            if weekday is None or day.working is None:
                continue
            found.append(
                CalendarException(
                    name=week.name,
                    start=week.from_date.date(),
                    finish=max(week.from_date.date(), week.to_date.date()),
                    working_times=_times(day.working_times) if day.working else (),
                    recurrence=Recurrence(RecurrenceKind.WEEKLY, 1, weekdays=frozenset({weekday})),
                )
            )
    return found


def calendar_specs(project: MspdiProject) -> dict[int, CalendarSpec]:
    """Every calendar of the file as a CalendarSpec, derived calendars linked to their base."""
    by_uid = {calendar.uid: calendar for calendar in project.calendars}
    specs: dict[int, CalendarSpec] = {}

    def build(uid: int, seen: frozenset[int]) -> CalendarSpec:
        if uid in specs:
            return specs[uid]
        source = by_uid[uid]
        base = None
        if (
            source.base_calendar_uid is not None
            and source.base_calendar_uid in by_uid
            and source.base_calendar_uid not in seen
        ):
            base = build(source.base_calendar_uid, seen | {uid})
        exceptions = [*_work_week_exceptions(source)]
        exceptions += [e for e in map(_exception, source.exceptions) if e is not None]
        week = _week(source.week_days)
        if base is None:
            default = standard_calendar().week
            week = [day if day is not None else default[i] for i, day in enumerate(week)]
        spec = CalendarSpec(
            name=source.name or f"Calendar {uid}",
            week=tuple(week),
            exceptions=tuple(exceptions),
            base=base,
        )
        specs[uid] = spec
        return spec

    for uid in by_uid:
        build(uid, frozenset())
    return specs


def _instant(value: dt.datetime | None) -> int | None:
    return None if value is None else to_instant(value)


def _parents(tasks: Sequence[MspdiTask]) -> dict[int, int | None]:
    """Parent UID of every task, from outline levels in file order."""
    parents: dict[int, int | None] = {}
    stack: list[tuple[int, int]] = []  # (level, uid)
    for task in tasks:
        level = task.outline_level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents[task.uid] = stack[-1][1] if stack else None
        stack.append((level, task.uid))
    return parents


def plan_from_mspdi(project: MspdiProject, *, ignore_manual: bool = False) -> MspdiPlan:
    """The scheduler's input for ``project``; ``ignore_manual`` schedules manual tasks too."""
    specs = calendar_specs(project)
    calendars = {uid: WorkCalendar(spec) for uid, spec in specs.items()}
    settings = project.settings
    default = calendars.get(settings.calendar_uid or -1) or WorkCalendar(standard_calendar())
    resources = {resource.uid: resource for resource in project.resources}
    work_by_task: dict[int, list[AssignedWork]] = {}
    for assignment in project.assignments:
        resource = resources.get(assignment.resource_uid or -1)
        if resource is None or resource.type != RESOURCE_WORK or not assignment.units:
            continue
        if assignment.work_minutes is None:
            continue
        calendar = calendars.get(resource.calendar_uid or -1, default)
        work_by_task.setdefault(assignment.task_uid, []).append(
            AssignedWork(calendar, assignment.work_minutes, assignment.units)
        )
    active = [t for t in project.plan_tasks if t.active]
    parents = _parents(active)
    has_children = {parent for parent in parents.values() if parent is not None}
    known = {task.uid for task in active}
    tasks: list[ScheduleTask] = []
    links: list[ScheduleLink] = []
    task_calendar: dict[int, WorkCalendar] = {}
    for task in active:
        calendar = calendars.get(task.calendar_uid or -1, default)
        task_calendar[task.uid] = calendar
        manual = task.manual and not ignore_manual and task.uid not in has_children
        assigned: tuple[AssignedWork, ...] = ()
        if task.type != TASK_FIXED_DURATION and not task.milestone:
            assigned = tuple(work_by_task.get(task.uid, ()))
        duration = max(0, task.duration_minutes or 0)
        tasks.append(
            ScheduleTask(
                key=task.uid,
                name=task.name,
                parent=parents.get(task.uid),
                duration=duration,
                elapsed=(task.duration_unit or "").startswith("e"),
                milestone=task.milestone and duration == 0,
                calendar=calendar if calendar is not default else None,
                constraint=CONSTRAINTS.get(task.constraint_type, Constraint.ASAP),
                constraint_date=_instant(task.constraint_date),
                deadline=_instant(task.deadline),
                manual=manual,
                start=_instant(task.start) if manual else None,
                finish=_instant(task.finish) if manual else None,
                actual_start=_instant(task.actual_start),
                actual_finish=_instant(task.actual_finish),
                remaining=task.remaining_duration_minutes if task.actual_start else None,
                assignments=assigned,
            )
        )
        for link in task.predecessors:
            if link.cross_project or link.predecessor_uid not in known:
                continue
            links.append(
                ScheduleLink(
                    predecessor=link.predecessor_uid,
                    successor=task.uid,
                    type=LINK_TYPES.get(link.type, LinkType.FS),
                    lag=link.lag_minutes or 0,
                    lag_elapsed=(link.lag_unit or "").startswith("e"),
                    lag_percent=None if link.lag_percent is None else link.lag_percent / 1.0,
                )
            )
    start = settings.start_date or min(
        (t.start for t in active if t.start is not None), default=dt.datetime(2000, 1, 3, 8)
    )
    plan = Plan(project_start=to_instant(start), calendar=default, tasks=tasks, links=links)
    return MspdiPlan(plan, calendars, task_calendar)


def first_unschedulable(project: MspdiProject) -> MspdiTask | None:
    """The task that makes the plan impossible to schedule within 1984-2149 (an absurd
    duration, lag or date runs off the calendar): the first, in file order, that the tasks
    before it schedule without and not with. None when the whole plan schedules, or no task
    can be blamed (it fails with no tasks at all, or cannot even be built)."""
    try:
        plan = plan_from_mspdi(project).plan
    except ValueError:
        return None
    tasks = list(plan.tasks)

    def fails(count: int) -> bool:
        keys = {task.key for task in tasks[:count]}
        links = [link for link in plan.links if link.predecessor in keys and link.successor in keys]
        try:  # summaries come before their subtasks, so a prefix of the tasks is a whole plan
            schedule(dataclasses.replace(plan, tasks=tasks[:count], links=links))
        except ValueError:
            return True
        return False

    if fails(0) or not fails(len(tasks)):
        return None
    good, bad = 0, len(tasks)
    while bad - good > 1:
        middle = (good + bad) // 2
        if fails(middle):
            bad = middle
        else:
            good = middle
    key = tasks[bad - 1].key
    return next(task for task in project.plan_tasks if task.uid == key)
