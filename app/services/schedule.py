"""The project's schedule: tasks and links loaded in bulk, scheduled, shown as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.calendar import (
    DurationUnit,
    UnitSettings,
    WorkCalendar,
    to_instant,
)
from app.domain.public_holidays import dutch_standard_calendar
from app.domain.scheduler import (
    AssignedWork,
    Constraint,
    CycleError,
    LinkType,
    Plan,
    ScheduleLink,
    ScheduleResult,
    ScheduleTask,
    schedule,
)
from app.models.entities import Assignment, Project, Resource, Task, TaskLink
from app.services.calendars import load_calendar_specs
from app.services.transaction import unit_of_work

FIXED_DURATION = 1


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task as the table and the command line show it (inputs only; dates come apart)."""

    id: int
    row: int  # the ID users see: 1-based position
    wbs: str
    outline_level: int
    name: str
    summary: bool
    milestone: bool
    manual: bool
    duration_minutes: int
    duration_unit: str
    estimated: bool
    constraint: Constraint
    constraint_date: dt.datetime | None
    deadline: dt.datetime | None
    percent_complete: int
    actual_start: dt.datetime | None
    actual_finish: dt.datetime | None
    calendar_id: int | None
    notes: str
    external_uid: int | None


@dataclass(frozen=True, slots=True)
class LinkRow:
    id: int
    predecessor_id: int
    successor_id: int
    type: LinkType
    lag_minutes: int
    lag_unit: str
    lag_percent: float | None


@dataclass
class ProjectSchedule:
    """Rows in WBS order, links, and the computed result (or the cycle that prevented it)."""

    rows: list[TaskRow]
    links: list[LinkRow]
    settings: UnitSettings
    project_calendar: WorkCalendar
    calendars: dict[int, WorkCalendar] = field(default_factory=dict)
    result: ScheduleResult | None = None
    cycle: CycleError | None = None

    def calendar_of(self, row: TaskRow) -> WorkCalendar:
        if row.calendar_id is not None and row.calendar_id in self.calendars:
            return self.calendars[row.calendar_id]
        return self.project_calendar


def wbs_codes(levels: list[int]) -> list[str]:
    """Outline numbers (1, 1.1, 1.2, 2, ...) from outline levels in row order."""
    counters: list[int] = []
    codes: list[str] = []
    for given in levels:
        level = max(1, min(given, len(counters) + 1))
        del counters[level:]
        if len(counters) < level:
            counters.append(0)
        counters[level - 1] += 1
        codes.append(".".join(str(c) for c in counters))
    return codes


def _parents(levels: list[int]) -> list[int]:
    """Row index of each row's parent, or -1."""
    parents: list[int] = []
    stack: list[tuple[int, int]] = []
    for index, level in enumerate(levels):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents.append(stack[-1][1] if stack else -1)
        stack.append((level, index))
    return parents


def _instant(value: dt.datetime | None) -> int | None:
    return None if value is None else to_instant(value)


def load_schedule(connection: Connection) -> ProjectSchedule:
    """Read everything the scheduler needs with a handful of bulk selects, then schedule."""
    project = connection.execute(select(Project.__table__).limit(1)).mappings().one()
    specs = load_calendar_specs(connection)
    calendars = {key: WorkCalendar(spec) for key, spec in specs.items()}
    project_calendar = calendars.get(project["calendar_id"] or -1) or WorkCalendar(
        dutch_standard_calendar()
    )
    settings = UnitSettings(
        project["minutes_per_day"], project["minutes_per_week"], project["days_per_month"]
    )
    tasks = connection.execute(select(Task.__table__).order_by(Task.position)).mappings().all()
    levels = [t["outline_level"] for t in tasks]
    parents = _parents(levels)
    codes = wbs_codes(levels)
    has_children = {p for p in parents if p >= 0}
    link_rows = [
        LinkRow(
            r["id"],
            r["predecessor_id"],
            r["successor_id"],
            LinkType(r["type"]),
            r["lag_minutes"],
            r["lag_unit"],
            r["lag_percent"],
        )
        for r in connection.execute(select(TaskLink.__table__)).mappings()
    ]
    work: dict[int, list[AssignedWork]] = {}
    query = (
        select(Assignment.task_id, Assignment.units, Assignment.work_minutes, Resource.calendar_id)
        .join(Resource, Resource.id == Assignment.resource_id)
        .where(Resource.type == "work", Assignment.units > 0)
    )
    for task_id, units, minutes, calendar_id in connection.execute(query):
        calendar = calendars.get(calendar_id or -1, project_calendar)
        work.setdefault(task_id, []).append(AssignedWork(calendar, minutes, units))
    rows: list[TaskRow] = []
    plan_tasks: list[ScheduleTask] = []
    for index, t in enumerate(tasks):
        summary = index in has_children
        constraint = Constraint(t["constraint"])
        rows.append(
            TaskRow(
                id=t["id"],
                row=index + 1,
                wbs=codes[index],
                outline_level=levels[index],
                name=t["name"],
                summary=summary,
                milestone=t["milestone"],
                manual=t["manual"],
                duration_minutes=t["duration_minutes"],
                duration_unit=t["duration_unit"],
                estimated=t["estimated"],
                constraint=constraint,
                constraint_date=t["constraint_date"],
                deadline=t["deadline"],
                percent_complete=t["percent_complete"],
                actual_start=t["actual_start"],
                actual_finish=t["actual_finish"],
                calendar_id=t["calendar_id"],
                notes=t["notes"],
                external_uid=t["external_uid"],
            )
        )
        if not t["active"]:
            continue
        own_calendar = calendars.get(t["calendar_id"] or -1)
        manual = t["manual"] and not summary
        assigned: tuple[AssignedWork, ...] = ()
        if t["task_type"] != FIXED_DURATION and not t["milestone"]:
            assigned = tuple(work.get(t["id"], ()))
        duration = max(0, t["duration_minutes"])
        plan_tasks.append(
            ScheduleTask(
                key=t["id"],
                name=t["name"],
                parent=tasks[parents[index]]["id"] if parents[index] >= 0 else None,
                duration=duration,
                elapsed=DurationUnit(t["duration_unit"]).value.startswith("e"),
                milestone=t["milestone"] and duration == 0,
                calendar=own_calendar,
                constraint=constraint,
                constraint_date=_instant(t["constraint_date"]),
                deadline=_instant(t["deadline"]),
                manual=manual,
                start=_instant(t["manual_start"]) if manual else None,
                finish=_instant(t["manual_finish"]) if manual else None,
                actual_start=_instant(t["actual_start"]),
                actual_finish=_instant(t["actual_finish"]),
                remaining=t["remaining_minutes"] if t["actual_start"] is not None else None,
                assignments=assigned,
            )
        )
    plan_links = [
        ScheduleLink(
            link.predecessor_id,
            link.successor_id,
            link.type,
            link.lag_minutes,
            lag_elapsed=link.lag_unit.startswith("e"),
            lag_percent=link.lag_percent,
        )
        for link in link_rows
    ]
    start = dt.datetime.combine(project["start_date"], dt.time())
    plan = Plan(to_instant(start), project_calendar, plan_tasks, plan_links)
    computed = ProjectSchedule(rows, link_rows, settings, project_calendar, calendars)
    try:
        computed.result = schedule(plan)
    except CycleError as cycle:
        computed.cycle = cycle
    return computed


def read_schedule(session: Session) -> ProjectSchedule:
    """The schedule of the open project, computed afresh (computed dates are never stored)."""
    with unit_of_work(session):
        return load_schedule(session.connection())
