"""Exporting the project as Microsoft Project XML (MSPDI): every input plus Koers's dates.

The file carries what ``import_mspdi`` reads back (so Koers → MSPDI → Koers loses nothing
the schedule or the registers of tasks, links, calendars, resources, assignments, baselines
and progress depend on) and what other tools need besides: the dates Koers computed (start,
finish, early and late dates, slack, critical), summary durations rolled up from the dates,
actual and remaining durations, and the project calendar written out even when the project
uses Koers's built-in default (Dutch public holidays).

UIDs are Koers's own ids, so they stay the same from one export to the next; IDs are the row
numbers. Public holidays of a calendar are written as one exception per holiday date.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.calendar import (
    DEFAULT_DAY,
    CalendarSpec,
    WorkCalendar,
    WorkingTime,
    from_instant,
)
from app.domain.cost import AssignmentCost, CostResult, TaskCost
from app.domain.files import atomic_target
from app.domain.memory import collector_paused
from app.domain.scheduler import Constraint, LinkType, TaskDates
from app.domain.validation import InvalidValue
from app.io.mspdi_data import (
    LINK_FF,
    LINK_FS,
    LINK_SF,
    LINK_SS,
    RESOURCE_COST,
    RESOURCE_MATERIAL,
    RESOURCE_WORK,
    MspdiAssignment,
    MspdiBaseline,
    MspdiCalendar,
    MspdiException,
    MspdiLink,
    MspdiProject,
    MspdiResource,
    MspdiSettings,
    MspdiTask,
)
from app.io.mspdi_writer import (
    RATE_PER_HOUR,
    UNIT_FORMATS,
    calendar_week_days,
    exception_records,
    write_mspdi_file,
)
from app.models.entities import Assignment, Baseline, Calendar, Project, Resource
from app.services.costs import assignment_costs, compute_costs
from app.services.progress import Meter, Progress
from app.services.schedule import LinkRow, ProjectSchedule, TaskRow, load_schedule
from app.services.transaction import unit_of_work

LINK_TYPES = {
    LinkType.FF: LINK_FF,
    LinkType.FS: LINK_FS,
    LinkType.SF: LINK_SF,
    LinkType.SS: LINK_SS,
}
CONSTRAINT_TYPES = {
    Constraint.ASAP: 0,
    Constraint.ALAP: 1,
    Constraint.MSO: 2,
    Constraint.MFO: 3,
    Constraint.SNET: 4,
    Constraint.SNLT: 5,
    Constraint.FNET: 6,
    Constraint.FNLT: 7,
}
RESOURCE_TYPES = {"material": RESOURCE_MATERIAL, "work": RESOURCE_WORK, "cost": RESOURCE_COST}
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CHF": "CHF"}
# A calendar without a base fills the days it leaves open with the standard day.
STANDARD_WEEK: tuple[tuple[WorkingTime, ...], ...] = (DEFAULT_DAY,) * 5 + ((), ())
DAYS = 7  # DurationFormat of the project's default unit (days)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: the file, its size and how many records of each kind."""

    path: Path
    bytes: int
    tasks: int
    links: int
    calendars: int
    resources: int
    assignments: int
    baselines: int


def export_mspdi(
    session: Session,
    target: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the open project to ``target`` as MS Project XML, atomically.

    Refused (InvalidValue ``schedule``/``has_cycle``) when the links form a cycle: the dates
    cannot be computed and Microsoft Project would not open the file. ``progress`` hears
    the stages (reading, writing); a Cancelled it raises leaves no file.
    """
    target = Path(target)
    meter = Meter(progress)
    meter.start()
    with unit_of_work(session), collector_paused():
        project = mspdi_project(session.connection(), file_name=target.name)
    meter.advance(0.6)
    with atomic_target(target, overwrite=overwrite) as temp:
        size = write_mspdi_file(project, temp)
        meter.finish()  # the last chance to cancel: before the rename
    return ExportSummary(
        path=target,
        bytes=size,
        tasks=len(project.tasks),
        links=sum(len(task.predecessors) for task in project.tasks),
        calendars=len(project.calendars),
        resources=len(project.resources),
        assignments=len(project.assignments),
        baselines=sum(len(task.baselines) for task in project.tasks),
    )


def read_mspdi_project(session: Session, file_name: str = "") -> MspdiProject:
    """The open project in MSPDI terms (what ``export_mspdi`` writes), in one read."""
    with unit_of_work(session), collector_paused():
        return mspdi_project(session.connection(), file_name=file_name)


# ----- building the MSPDI data ----------------------------------------------------------------


# Many tasks share their dates: each instant is converted once (immutable, so shared safely).
_datetime = functools.lru_cache(maxsize=65536)(from_instant)


def _moment(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def mspdi_project(connection: Connection, *, file_name: str = "") -> MspdiProject:
    """Read the project, schedule it and describe it as MSPDI data."""
    project = connection.execute(select(Project.__table__).limit(1)).mappings().one()
    computed = load_schedule(connection)
    if computed.result is None:
        names = computed.cycle.names if computed.cycle is not None else ()
        raise InvalidValue("schedule", "has_cycle", " → ".join(names))
    calendars, project_calendar_uid = _calendars(connection, computed, project["calendar_id"])
    default_start, default_finish = _default_day(computed.project_calendar)
    assignments = _assignment_rows(connection)
    baselines = _baselines(connection, computed)
    costs = compute_costs(connection).result
    tasks = _tasks(connection, computed, assignments, baselines, costs)
    first = _start_date(project["start_date"], computed.project_calendar)
    finishes = [task.finish for task in tasks if task.finish is not None]
    status = project["status_date"]
    settings = MspdiSettings(
        name=file_name,
        title=project["name"],
        start_date=first,
        finish_date=max(finishes) if finishes else first,
        status_date=(
            None
            if status is None
            else dt.datetime.combine(status, dt.time()) + dt.timedelta(minutes=default_finish)
        ),
        calendar_uid=project_calendar_uid,
        minutes_per_day=project["minutes_per_day"],
        minutes_per_week=project["minutes_per_week"],
        days_per_month=project["days_per_month"],
        default_start_time=default_start,
        default_finish_time=default_finish,
        currency_code=project["currency"],
        currency_symbol=CURRENCY_SYMBOLS.get(project["currency"], project["currency"]),
        duration_format=DAYS,
    )
    return MspdiProject(
        settings=settings,
        calendars=calendars,
        tasks=tasks,
        resources=_resources(connection, project["minutes_per_day"]),
        assignments=_assignments(assignments, computed, assignment_costs(connection)),
    )


def _start_date(day: dt.date, calendar: WorkCalendar) -> dt.datetime:
    """Koers schedules from midnight of the start date; MSPDI's StartDate is that date at its
    first working minute, as MS Project shows it (midnight when the day has no work)."""
    hours = calendar.day_hours(day)
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(
        minutes=hours[0].start if hours else 0
    )


def _default_day(calendar: WorkCalendar) -> tuple[int, int]:
    """Start and end of the first working day of the week (MS Project's default times)."""
    for hours in _effective_week(calendar.spec):
        if hours:
            return hours[0].start, hours[-1].end
    return 480, 1020


def _effective_week(spec: CalendarSpec) -> list[tuple[WorkingTime, ...]]:
    """Monday first: the calendar's own days, else its base's, else the standard day."""
    inherited = _effective_week(spec.base) if spec.base is not None else list(STANDARD_WEEK)
    return [
        own if own is not None else base for own, base in zip(spec.week, inherited, strict=True)
    ]


def _calendar(uid: int, spec: CalendarSpec, base_uid: int | None) -> MspdiCalendar:
    week = spec.week
    if base_uid is None:  # a base calendar lists every day; Koers's None days are standard ones
        week = tuple(day if day is not None else STANDARD_WEEK[i] for i, day in enumerate(week))
    exceptions: list[MspdiException] = []
    for exception in spec.exceptions:
        exceptions.extend(exception_records(exception))
    return MspdiCalendar(
        uid=uid,
        name=spec.name,
        is_base_calendar=base_uid is None,
        base_calendar_uid=base_uid,
        week_days=calendar_week_days(week),
        exceptions=tuple(exceptions),
    )


def _calendars(
    connection: Connection, computed: ProjectSchedule, project_calendar_id: int | None
) -> tuple[tuple[MspdiCalendar, ...], int]:
    """Every calendar, derived ones naming their base; the project's own default calendar
    (Dutch public holidays) is added when the project names none."""
    rows = connection.execute(select(Calendar.id, Calendar.base_id).order_by(Calendar.id)).all()
    known = {row[0] for row in rows}
    found = [
        _calendar(
            key,
            computed.calendars[key].spec,
            base_id if base_id in known and base_id != key else None,
        )
        for key, base_id in rows
        if key in computed.calendars
    ]
    if project_calendar_id is not None and project_calendar_id in computed.calendars:
        return tuple(found), project_calendar_id
    uid = max(known, default=0) + 1
    found.append(_calendar(uid, computed.project_calendar.spec, None))
    return tuple(found), uid


_TASK_EXTRA = (
    "SELECT id, task_type, effort_driven, active, fixed_cost_cents, remaining_minutes, "
    "manual_start, manual_finish, fixed_cost_accrual FROM task"
)
# Task FixedCostAccrual and Resource AccrueAt number the accruals differently.
FIXED_COST_ACCRUALS = {"start": 1, "prorated": 2, "end": 3}
ACCRUE_AT = {"start": 1, "end": 2, "prorated": 3}
RATE_PER_DAY = 3


def _tasks(
    connection: Connection,
    computed: ProjectSchedule,
    assignments: list[dict[str, Any]],
    baselines: dict[int, tuple[MspdiBaseline, ...]],
    costs: CostResult,
) -> tuple[MspdiTask, ...]:
    result = computed.result
    assert result is not None
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    extra = {row[0]: row[1:] for row in cursor.execute(_TASK_EXTRA).fetchall()}
    cursor.close()
    links: dict[int, list[LinkRow]] = {}
    for link in computed.links:
        links.setdefault(link.successor_id, []).append(link)
    work: dict[int, int] = {}
    for assignment in assignments:
        work[assignment["task_id"]] = work.get(assignment["task_id"], 0) + assignment["work"]
    tasks = []
    for row in computed.rows:
        (
            task_type,
            effort_driven,
            active,
            fixed_cost,
            remaining,
            manual_start,
            manual_finish,
            fixed_accrual,
        ) = extra[row.id]
        cost = costs.get(row.id)
        dates = result.get(row.id)
        tasks.append(
            _task(
                row,
                dates,
                computed.calendar_of(row),
                task_type=task_type,
                effort_driven=bool(effort_driven),
                active=bool(active),
                fixed_cost_cents=fixed_cost,
                fixed_cost_accrual=FIXED_COST_ACCRUALS.get(fixed_accrual, 2),
                cost=cost,
                remaining=remaining,
                manual_dates=(_moment(manual_start), _moment(manual_finish))
                if row.manual
                else None,
                work=work.get(row.id),
                links=tuple(_link(link) for link in links.get(row.id, ())),
                baselines=baselines.get(row.id, ()),
            )
        )
    return tuple(tasks)


def _task(
    row: TaskRow,
    dates: TaskDates | None,
    calendar: WorkCalendar,
    *,
    task_type: int,
    effort_driven: bool,
    active: bool,
    fixed_cost_cents: int,
    fixed_cost_accrual: int,
    cost: TaskCost | None,
    remaining: int | None,
    manual_dates: tuple[dt.datetime | None, dt.datetime | None] | None,
    work: int | None,
    links: tuple[MspdiLink, ...],
    baselines: tuple[MspdiBaseline, ...],
) -> MspdiTask:
    duration = row.duration_minutes
    if row.summary and dates is not None:  # as MS Project shows it: rolled up from the dates
        duration = calendar.work_between(dates.start, dates.finish)
    actual, remaining = progress_durations(row, duration, remaining)
    dated = dates is not None and active
    return MspdiTask(
        uid=row.id,
        id=row.row,
        name=row.name,
        type=task_type,
        outline_level=row.outline_level,
        outline_number=row.wbs,
        wbs=row.wbs,
        summary=row.summary,
        milestone=row.milestone,
        manual=row.manual,
        active=active,
        effort_driven=effort_driven,
        estimated=row.estimated,
        duration_minutes=duration,
        duration_format=UNIT_FORMATS.get(row.duration_unit, DAYS),
        duration_unit=row.duration_unit,
        work_minutes=None if row.summary else work,
        start=_datetime(dates.start) if dated and dates else None,
        finish=_datetime(dates.finish) if dated and dates else None,
        early_start=_datetime(dates.early_start) if dated and dates else None,
        early_finish=_datetime(dates.early_finish) if dated and dates else None,
        late_start=_datetime(dates.late_start) if dated and dates else None,
        late_finish=_datetime(dates.late_finish) if dated and dates else None,
        total_slack_minutes=dates.total_float if dated and dates else None,
        free_slack_minutes=dates.free_float if dated and dates else None,
        critical=bool(dates.critical) if dated and dates else False,
        constraint_type=CONSTRAINT_TYPES[row.constraint],
        constraint_date=row.constraint_date if CONSTRAINT_TYPES[row.constraint] > 1 else None,
        deadline=row.deadline,
        calendar_uid=row.calendar_id,
        percent_complete=row.percent_complete,
        actual_start=row.actual_start,
        actual_finish=row.actual_finish,
        actual_duration_minutes=actual,
        remaining_duration_minutes=remaining,
        fixed_cost_cents=fixed_cost_cents,
        fixed_cost_accrual=fixed_cost_accrual,
        cost_cents=None if cost is None else cost.cost_cents,
        actual_cost_cents=None if cost is None else cost.actual_cents,
        notes=row.notes,
        predecessors=links,
        baselines=baselines,
        manual_start=None if manual_dates is None else manual_dates[0],
        manual_finish=None if manual_dates is None else manual_dates[1],
    )


def progress_durations(row: TaskRow, duration: int, remaining: int | None) -> tuple[int, int]:
    """Actual and remaining duration as MS Project keeps them (actual + remaining = duration).

    A finished task has nothing left, one not started all of it; a started task keeps the
    remaining duration Koers holds, or else what its % complete leaves.
    """
    if row.actual_finish is not None:
        return duration, 0
    if row.actual_start is None:
        return 0, duration
    if remaining is None:
        remaining = duration - round(duration * row.percent_complete / 100)
    return max(0, duration - remaining), remaining


def _link(link: LinkRow) -> MspdiLink:
    elapsed = link.lag_unit.startswith("e")
    if link.lag_percent is not None:  # MSPDI holds a whole percentage
        percent = round(link.lag_percent)
        return MspdiLink(
            predecessor_uid=link.predecessor_id,
            type=LINK_TYPES[link.type],
            link_lag=percent,
            lag_format=UNIT_FORMATS["e%" if elapsed else "%"],
            lag_unit="e%" if elapsed else "%",
            lag_minutes=None,
            lag_percent=percent,
        )
    return MspdiLink(
        predecessor_uid=link.predecessor_id,
        type=LINK_TYPES[link.type],
        link_lag=link.lag_minutes * 10,
        lag_format=UNIT_FORMATS.get(link.lag_unit, DAYS),
        lag_unit=link.lag_unit,
        lag_minutes=link.lag_minutes,
    )


def _baselines(
    connection: Connection, computed: ProjectSchedule
) -> dict[int, tuple[MspdiBaseline, ...]]:
    units = {row.id: row.duration_unit for row in computed.rows}
    found: dict[int, list[MspdiBaseline]] = {}
    query = select(
        Baseline.task_id,
        Baseline.number,
        Baseline.start,
        Baseline.finish,
        Baseline.duration_minutes,
        Baseline.work_minutes,
        Baseline.cost_cents,
    ).order_by(Baseline.task_id, Baseline.number)
    for task_id, number, start, finish, duration, work, cost in connection.execute(query):
        found.setdefault(task_id, []).append(
            MspdiBaseline(
                number=number,
                start=_moment(start),
                finish=_moment(finish),
                duration_minutes=duration,
                duration_format=(
                    None if duration is None else UNIT_FORMATS.get(units.get(task_id, "d"), DAYS)
                ),
                work_minutes=work,
                cost_cents=cost,
            )
        )
    return {task_id: tuple(items) for task_id, items in found.items()}


def _rate(cents: int, per_day: bool, minutes_per_day: int) -> Decimal:
    """MSPDI's rate is per hour whatever the user sees; a day rate is divided exactly."""
    amount = Decimal(cents).scaleb(-2)
    return amount * 60 / minutes_per_day if per_day else amount


def _resources(connection: Connection, minutes_per_day: int) -> tuple[MspdiResource, ...]:
    rows = connection.execute(
        select(Resource.__table__).order_by(Resource.position, Resource.id)
    ).mappings()
    resources = []
    for number, row in enumerate(rows, start=1):
        kind = RESOURCE_TYPES.get(row["type"], RESOURCE_WORK)
        per_day = kind == RESOURCE_WORK and row["rate_unit"] == "d"
        rate_format = (
            (RATE_PER_DAY if per_day else RATE_PER_HOUR) if kind == RESOURCE_WORK else None
        )
        resources.append(
            MspdiResource(
                uid=row["id"],
                id=number,
                name=row["name"],
                type=kind,
                initials=row["initials"],
                group=row["group_name"],
                max_units=row["max_units"],
                standard_rate=_rate(row["standard_rate_cents"], per_day, minutes_per_day),
                standard_rate_format=rate_format,
                overtime_rate=_rate(row["overtime_rate_cents"], per_day, minutes_per_day),
                overtime_rate_format=rate_format,
                cost_per_use_cents=row["cost_per_use_cents"],
                calendar_uid=row["calendar_id"],
                material_label=row["material_label"],
                email_address=row["email"],
                accrue_at=ACCRUE_AT.get(row["accrual"], 3),
            )
        )
    return tuple(resources)


def _assignment_rows(connection: Connection) -> list[dict[str, Any]]:
    query = select(
        Assignment.id,
        Assignment.task_id,
        Assignment.resource_id,
        Assignment.units,
        Assignment.work_minutes,
        Assignment.actual_work_minutes,
        Assignment.remaining_work_minutes,
        Assignment.overtime_work_minutes,
        Assignment.actual_overtime_work_minutes,
    ).order_by(Assignment.id)
    return [
        {
            "uid": uid,
            "task_id": task_id,
            "resource_id": resource_id,
            "units": units,
            "work": work,
            "actual": actual,
            "remaining": remaining,
            "overtime": overtime,
            "actual_overtime": actual_overtime,
        }
        for (
            uid,
            task_id,
            resource_id,
            units,
            work,
            actual,
            remaining,
            overtime,
            actual_overtime,
        ) in connection.execute(query)
    ]


def _assignments(
    rows: list[dict[str, Any]], computed: ProjectSchedule, costs: dict[int, AssignmentCost]
) -> tuple[MspdiAssignment, ...]:
    result = computed.result
    assert result is not None
    by_id = {row.id: row for row in computed.rows}
    found = []
    for item in rows:
        task = by_id.get(item["task_id"])
        dates = result.get(item["task_id"])
        work, actual = item["work"], item["actual"]
        found.append(
            MspdiAssignment(
                uid=item["uid"],
                task_uid=item["task_id"],
                resource_uid=item["resource_id"],
                units=item["units"],
                work_minutes=work,
                actual_work_minutes=actual,
                remaining_work_minutes=(
                    item["remaining"] if item["remaining"] is not None else max(0, work - actual)
                ),
                start=None if dates is None else _datetime(dates.start),
                finish=None if dates is None else _datetime(dates.finish),
                actual_start=None if task is None else task.actual_start,
                actual_finish=None if task is None else task.actual_finish,
                # A cost resource's amount is its assignment's Cost, as MS Project keeps it.
                cost_cents=costs[item["uid"]].cost_cents if item["uid"] in costs else None,
                actual_cost_cents=(
                    costs[item["uid"]].actual_cents if item["uid"] in costs else None
                ),
                overtime_work_minutes=item["overtime"],
                actual_overtime_work_minutes=item["actual_overtime"],
                percent_work_complete=(
                    min(100, round(100 * actual / work)) if work > 0 and actual else None
                ),
            )
        )
    return tuple(found)
