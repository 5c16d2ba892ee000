"""The project's schedule: tasks and links loaded in bulk, scheduled, shown as plain rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.calendar import UnitSettings, WorkCalendar, to_instant
from app.domain.memory import collector_paused
from app.domain.public_holidays import dutch_standard_calendar
from app.domain.scheduler import (
    AssignedWork,
    Constraint,
    CycleError,
    LinkType,
    Plan,
    ScheduleLink,
    Scheduler,
    ScheduleResult,
    ScheduleTask,
)
from app.models.entities import Project, Task
from app.services.calendars import load_calendar_specs
from app.services.transaction import unit_of_work

FIXED_DURATION = 1


class TaskRow(NamedTuple):
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
class DurationFields:
    minutes: int
    unit: str
    estimated: bool
    milestone: bool


class LinkRow(NamedTuple):
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
    scheduler: Scheduler | None = None
    status_date: dt.date | None = None

    def apply_durations(self, stored: dict[int, DurationFields]) -> bool:
        """Follow duration edits incrementally; False when a full recompute is needed.

        ``stored`` holds the edited tasks' durations as they now are in the file.
        """
        if self.scheduler is None or self.result is None:
            return False
        index = {row.id: position for position, row in enumerate(self.rows)}
        plan = self.scheduler.plan
        keyed = {task.key: task for task in plan.tasks}
        for task_id, fields in stored.items():
            task = keyed.get(task_id)
            if task_id not in index or task is None or task.assignments or task.elapsed:
                return False
            row = self.rows[index[task_id]]
            if row.summary or fields.milestone != row.milestone or fields.unit.startswith("e"):
                return False
        for task_id, fields in stored.items():
            self.result = self.scheduler.set_duration(task_id, max(0, fields.minutes))
            self.rows[index[task_id]] = self.rows[index[task_id]]._replace(
                duration_minutes=fields.minutes,
                duration_unit=fields.unit,
                estimated=fields.estimated,
            )
        return True

    def calendar_of(self, row: TaskRow) -> WorkCalendar:
        if row.calendar_id is not None and row.calendar_id in self.calendars:
            return self.calendars[row.calendar_id]
        return self.project_calendar


def wbs_codes(levels: list[int]) -> list[str]:
    """Outline numbers (1, 1.1, 1.2, 2, ...) from outline levels in row order."""
    counters: list[int] = []
    prefixes: list[str] = [""]  # prefixes[d] is the code of the open row at depth d, plus "."
    codes: list[str] = []
    for given in levels:
        level = max(1, min(given, len(counters) + 1))
        del counters[level:]
        del prefixes[level:]
        if len(counters) < level:
            counters.append(0)
        counters[level - 1] += 1
        code = prefixes[level - 1] + str(counters[level - 1])
        codes.append(code)
        prefixes.append(code + ".")
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


_CONSTRAINTS = {c.value: c for c in Constraint}
_LINK_TYPES = {t.value: t for t in LinkType}
_WORK_QUERY = (
    "SELECT a.task_id, a.units, a.work_minutes, r.calendar_id FROM assignment a "
    "JOIN resource r ON r.id = a.resource_id WHERE r.type = 'work' AND a.units > 0"
)
_TASK_QUERY = (
    "SELECT id, outline_level, name, duration_minutes, duration_unit, estimated, milestone, "
    'manual, manual_start, manual_finish, "constraint", constraint_date, deadline, '
    "calendar_id, percent_complete, actual_start, actual_finish, remaining_minutes, task_type, "
    "active, notes, external_uid FROM task ORDER BY position"
)


def _moment(text: str | None) -> dt.datetime | None:
    """SQLite keeps datetimes as ISO text; most task dates are empty."""
    return None if text is None else dt.datetime.fromisoformat(text)


def _instant(value: dt.datetime | None) -> int | None:
    return None if value is None else to_instant(value)


def load_schedule(connection: Connection) -> ProjectSchedule:
    """Read everything the scheduler needs with a handful of bulk selects, then schedule.

    Tasks and links are read as plain tuples through the DB-API cursor: at 10,000 tasks the
    ORM's per-column type processing would cost more than the schedule itself.
    """
    project = connection.execute(select(Project.__table__).limit(1)).mappings().one()
    specs = load_calendar_specs(connection)
    calendars = {key: WorkCalendar(spec) for key, spec in specs.items()}
    project_calendar = calendars.get(project["calendar_id"] or -1) or WorkCalendar(
        dutch_standard_calendar()
    )
    settings = UnitSettings(
        project["minutes_per_day"], project["minutes_per_week"], project["days_per_month"]
    )
    # Plain DB-API tuples: SQLAlchemy's Row objects would cost as much as the query itself.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    tasks = cursor.execute(_TASK_QUERY).fetchall()
    levels = [t[1] for t in tasks]
    parents = _parents(levels)
    codes = wbs_codes(levels)
    has_children = set(parents)
    link_rows = [
        LinkRow(r[0], r[1], r[2], _LINK_TYPES[r[3]], r[4], r[5], r[6])
        for r in cursor.execute(
            "SELECT id, predecessor_id, successor_id, type, lag_minutes, lag_unit, lag_percent "
            "FROM task_link"
        ).fetchall()
    ]
    work: dict[int, list[AssignedWork]] = {}
    for task_id, units, minutes, calendar_id in cursor.execute(_WORK_QUERY).fetchall():
        calendar = calendars.get(calendar_id or -1, project_calendar)
        work.setdefault(task_id, []).append(AssignedWork(calendar, minutes, units))
    cursor.close()
    rows: list[TaskRow] = []
    plan_tasks: list[ScheduleTask] = []
    for index, t in enumerate(tasks):
        (
            key,
            level,
            name,
            minutes,
            unit,
            estimated,
            milestone,
            manual_flag,
            manual_start,
            manual_finish,
            constraint_text,
            constraint_date,
            deadline,
            calendar_id,
            percent,
            actual_start,
            actual_finish,
            remaining,
            task_type,
            active,
            notes,
            external_uid,
        ) = t
        summary = index in has_children
        is_milestone = milestone != 0
        is_manual = manual_flag != 0
        duration = minutes if minutes > 0 else 0
        # Most tasks carry no dates at all; the conversions cost only where there are some.
        constraint_moment = None if constraint_date is None else _moment(constraint_date)
        deadline_moment = None if deadline is None else _moment(deadline)
        started = None if actual_start is None else _moment(actual_start)
        finished = None if actual_finish is None else _moment(actual_finish)
        constraint = _CONSTRAINTS[constraint_text]
        rows.append(
            TaskRow(
                key,
                index + 1,
                codes[index],
                level,
                name,
                summary,
                is_milestone,
                is_manual,
                minutes,
                unit,
                estimated != 0,
                constraint,
                constraint_moment,
                deadline_moment,
                percent,
                started,
                finished,
                calendar_id,
                notes,
                external_uid,
            )
        )
        if not active:
            continue
        manual = is_manual and not summary
        plan_tasks.append(
            ScheduleTask(
                key,
                name,
                tasks[parents[index]][0] if parents[index] >= 0 else None,
                duration,
                unit[0] == "e",
                is_milestone and duration == 0,
                calendars.get(calendar_id) if calendar_id is not None else None,
                constraint,
                None if constraint_moment is None else to_instant(constraint_moment),
                None if deadline_moment is None else to_instant(deadline_moment),
                manual,
                _instant(_moment(manual_start)) if manual else None,
                _instant(_moment(manual_finish)) if manual else None,
                None if started is None else to_instant(started),
                None if finished is None else to_instant(finished),
                remaining if started is not None else None,
                tuple(work.get(key, ()))
                if work and task_type != FIXED_DURATION and not is_milestone
                else (),
            )
        )
    plan_links = [
        ScheduleLink(
            link.predecessor_id,
            link.successor_id,
            link.type,
            link.lag_minutes,
            link.lag_unit[0] == "e",
            link.lag_percent,
        )
        for link in link_rows
    ]
    start = dt.datetime.combine(project["start_date"], dt.time())
    plan = Plan(to_instant(start), project_calendar, plan_tasks, plan_links)
    computed = ProjectSchedule(rows, link_rows, settings, project_calendar, calendars)
    computed.status_date = project["status_date"]
    try:
        scheduler = Scheduler(plan)
        computed.result = scheduler.run()
        computed.scheduler = scheduler
    except CycleError as cycle:
        computed.cycle = cycle
    return computed


def duration_fields(session: Session, task_ids: list[int]) -> dict[int, DurationFields]:
    """The stored duration of a few tasks, for following an edit incrementally."""
    with unit_of_work(session):
        query = select(
            Task.id, Task.duration_minutes, Task.duration_unit, Task.estimated, Task.milestone
        ).where(Task.id.in_(task_ids))
        return {
            row[0]: DurationFields(row[1], row[2], bool(row[3]), bool(row[4]))
            for row in session.connection().execute(query)
        }


def read_schedule(session: Session) -> ProjectSchedule:
    """The schedule of the open project, computed afresh (computed dates are never stored)."""
    with unit_of_work(session), collector_paused():
        return load_schedule(session.connection())
