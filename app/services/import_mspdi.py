"""Importing a Microsoft Project XML file into a new project, in bulk."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, update
from sqlalchemy.orm import Session

from app.domain.validation import EARLIEST_DATE, LATEST_DATE, MAX_NAME_LENGTH
from app.io.mspdi_data import (
    RESOURCE_COST,
    RESOURCE_WORK,
    MspdiProject,
    MspdiResource,
    MspdiTask,
)
from app.io.mspdi_plan import CONSTRAINTS, LINK_TYPES, calendar_specs, first_unschedulable
from app.io.mspdi_reader import MspdiError, read_mspdi
from app.models.bulk import insert_rows
from app.models.entities import (
    Assignment,
    Baseline,
    Calendar,
    CalendarExceptionRow,
    Project,
    Resource,
    Task,
    TaskLink,
)
from app.models.store import ProjectStore
from app.services.calendars import recurrence_to_json, times_to_json, week_to_json
from app.services.project_file import create_project
from app.services.schedule import load_schedule

RESOURCE_TYPES = {0: "material", 1: "work", 2: "cost"}
# Task FixedCostAccrual and Resource AccrueAt number the accruals differently.
FIXED_COST_ACCRUALS = {1: "start", 2: "prorated", 3: "end"}
ACCRUE_AT = {1: "start", 2: "end", 3: "prorated"}
RATE_PER_DAY = 3  # StandardRateFormat: the user sees a day rate


def _cents(amount: Decimal | None) -> int:
    return int(((amount or Decimal(0)) * 100).to_integral_value(ROUND_HALF_UP))


def _rates(resource: MspdiResource, minutes_per_day: int | None) -> dict[str, Any]:
    """MSPDI rates are per hour; one shown per day is kept per day (exact on the project's
    working day), any other as cents per hour."""
    if resource.type == RESOURCE_WORK and resource.standard_rate_format == RATE_PER_DAY:
        hours = Decimal(minutes_per_day or 480) / 60
        return {
            "rate_unit": "d",
            "standard_rate_cents": _cents((resource.standard_rate or Decimal(0)) * hours),
            "overtime_rate_cents": _cents((resource.overtime_rate or Decimal(0)) * hours),
        }
    return {
        "rate_unit": "h",
        "standard_rate_cents": _cents(resource.standard_rate),
        "overtime_rate_cents": _cents(resource.overtime_rate),
    }


PLAIN_UNITS = {"m", "h", "d", "w", "mo", "em", "eh", "ed", "ew", "emo"}
_INSTANT = re.compile(r"instant -?\d+ is outside")


def _unit(unit: str | None, default: str = "d") -> str:
    return unit if unit in PLAIN_UNITS else default


def _manual_dates(task: MspdiTask) -> tuple[dt.datetime | None, dt.datetime | None]:
    """Where the user put a manual task: ManualStart and ManualFinish when the file has them
    (its Start is the actual start once the task has begun), else Start and Finish."""
    if task.manual_start is not None or task.manual_finish is not None:
        return task.manual_start, task.manual_finish
    return task.start, task.finish


def _outline_levels(tasks: tuple[MspdiTask, ...]) -> list[int]:
    """Each task's depth under its summary tasks, nested as the plan nests them (a task's
    summary is the nearest task above it with a lower OutlineLevel): MS Project never skips
    a level, so a jump from 1 to 9 is one level deeper, not eight."""
    depths: list[int] = []
    stack: list[tuple[int, int]] = []  # (OutlineLevel in the file, depth)
    for task in tasks:
        level = task.outline_level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        depth = stack[-1][1] + 1 if stack else 1
        depths.append(depth)
        stack.append((level, depth))
    return depths


def _fill(session: Session, project: MspdiProject, source: str) -> None:
    """Write every calendar, task, link, baseline, resource and assignment of ``project``,
    then schedule it once: a plan Koers cannot schedule is refused, so nothing is kept."""
    connection = session.connection()
    specs = calendar_specs(project)
    calendar_ids: dict[int, int] = {}
    sources = {c.uid: c for c in project.calendars}
    for number, uid in enumerate(specs, start=1):
        calendar_ids[uid] = number
    calendar_rows = []
    exception_rows = []
    for uid, spec in specs.items():
        base_uid = sources[uid].base_calendar_uid
        calendar_rows.append(
            {
                "id": calendar_ids[uid],
                "name": spec.name[:MAX_NAME_LENGTH],
                "base_id": calendar_ids.get(base_uid) if base_uid is not None else None,
                "week": week_to_json(spec.week),
                "holiday_country": "",
                "holiday_subdivision": "",
                "dropped_holidays": "[]",
                "external_uid": uid,
            }
        )
        for position, exception in enumerate(spec.exceptions):
            exception_rows.append(
                {
                    "calendar_id": calendar_ids[uid],
                    "position": position,
                    "name": exception.name[:MAX_NAME_LENGTH],
                    "start": exception.start,
                    "finish": exception.finish,
                    "working_times": times_to_json(exception.working_times),
                    "recurrence": recurrence_to_json(exception.recurrence),
                }
            )
    if calendar_rows:
        insert_rows(connection, Calendar, calendar_rows)
    if exception_rows:
        insert_rows(connection, CalendarExceptionRow, exception_rows)
    settings = project.settings
    default_unit = "d"
    task_ids: dict[int, int] = {}
    task_rows: list[dict[str, Any]] = []
    levels = _outline_levels(project.plan_tasks)
    for position, task in enumerate(project.plan_tasks):
        task_id = position + 1
        task_ids[task.uid] = task_id
        manual = task.manual
        task_rows.append(
            {
                "id": task_id,
                "position": position,
                "outline_level": levels[position],
                "name": task.name[:MAX_NAME_LENGTH],
                "duration_minutes": max(0, task.duration_minutes or 0),
                "duration_unit": _unit(task.duration_unit, default_unit),
                "estimated": task.estimated,
                "milestone": task.milestone,
                "manual": manual,
                "manual_start": _manual_dates(task)[0] if manual else None,
                "manual_finish": _manual_dates(task)[1] if manual else None,
                "constraint": CONSTRAINTS.get(task.constraint_type, CONSTRAINTS[0]).value,
                "constraint_date": task.constraint_date,
                "deadline": task.deadline,
                "calendar_id": calendar_ids.get(task.calendar_uid or -1),
                "percent_complete": task.percent_complete or 0,
                "actual_start": task.actual_start,
                "actual_finish": task.actual_finish,
                # Only a started task has remaining work of its own (MS Project writes the
                # whole duration for the others).
                "remaining_minutes": (
                    task.remaining_duration_minutes if task.actual_start is not None else None
                ),
                "task_type": task.type or 0,
                "effort_driven": task.effort_driven,
                "active": task.active,
                "fixed_cost_cents": task.fixed_cost_cents or 0,
                "fixed_cost_accrual": FIXED_COST_ACCRUALS.get(
                    task.fixed_cost_accrual or 2, "prorated"
                ),
                "notes": task.notes,
                "external_uid": task.uid,
            }
        )
    if task_rows:
        insert_rows(connection, Task, task_rows)
    link_rows = []
    baseline_rows = []
    for task in project.plan_tasks:
        successor = task_ids[task.uid]
        for link in task.predecessors:
            predecessor = task_ids.get(link.predecessor_uid)
            if predecessor is None or link.cross_project or predecessor == successor:
                continue
            link_rows.append(
                {
                    "predecessor_id": predecessor,
                    "successor_id": successor,
                    "type": LINK_TYPES.get(link.type, LINK_TYPES[1]).value,
                    "lag_minutes": link.lag_minutes or 0,
                    # A lag in percent has no unit; Koers keeps whether it is elapsed ("e%").
                    "lag_unit": "ed" if link.lag_unit == "e%" else _unit(link.lag_unit),
                    "lag_percent": None if link.lag_percent is None else float(link.lag_percent),
                }
            )
        for baseline in task.baselines:
            baseline_rows.append(
                {
                    "task_id": successor,
                    "number": baseline.number,
                    "start": baseline.start,
                    "finish": baseline.finish,
                    "duration_minutes": baseline.duration_minutes,
                    "work_minutes": baseline.work_minutes,
                    "cost_cents": baseline.cost_cents,
                }
            )
    link_rows = list({(r["predecessor_id"], r["successor_id"]): r for r in link_rows}.values())
    if link_rows:
        insert_rows(connection, TaskLink, link_rows)
    if baseline_rows:
        insert_rows(connection, Baseline, baseline_rows)
    resource_ids: dict[int, int] = {}
    resource_rows: list[dict[str, Any]] = []
    for position, resource in enumerate(r for r in project.resources if not r.is_null):
        if resource.uid == 0 and not resource.name:
            continue
        resource_ids[resource.uid] = len(resource_rows) + 1
        resource_rows.append(
            {
                "id": len(resource_rows) + 1,
                "position": position,
                "name": (resource.name or f"Resource {resource.uid}")[:MAX_NAME_LENGTH],
                "type": RESOURCE_TYPES.get(resource.type, "work"),
                "initials": resource.initials[:32],
                "group_name": resource.group[:MAX_NAME_LENGTH],
                "max_units": resource.max_units if resource.max_units is not None else 1.0,
                **_rates(resource, settings.minutes_per_day),
                "accrual": ACCRUE_AT.get(resource.accrue_at or 3, "prorated"),
                "cost_per_use_cents": resource.cost_per_use_cents or 0,
                "calendar_id": calendar_ids.get(resource.calendar_uid or -1),
                "material_label": resource.material_label[:32],
                "email": resource.email_address[:MAX_NAME_LENGTH],
                "external_uid": resource.uid,
            }
        )
    if resource_rows:
        insert_rows(connection, Resource, resource_rows)
    cost_resources = {r.uid for r in project.resources if r.type == RESOURCE_COST}
    assignment_rows = [
        {
            "task_id": task_ids[a.task_uid],
            "resource_id": resource_ids[a.resource_uid],
            "units": a.units if a.units is not None else 1.0,
            "work_minutes": a.work_minutes or 0,
            "actual_work_minutes": a.actual_work_minutes or 0,
            "remaining_work_minutes": a.remaining_work_minutes,
            "cost_cents": a.cost_cents or 0,
            "overtime_work_minutes": a.overtime_work_minutes or 0,
            "actual_overtime_work_minutes": a.actual_overtime_work_minutes or 0,
            # A cost resource's amount on the task is the assignment's Cost.
            "amount_cents": (a.cost_cents or 0) if a.resource_uid in cost_resources else 0,
            "external_uid": a.uid,
        }
        for a in project.assignments
        if a.task_uid in task_ids and a.resource_uid in resource_ids
    ]
    if assignment_rows:
        insert_rows(connection, Assignment, assignment_rows)
    project_calendar = calendar_ids.get(settings.calendar_uid or -1)
    connection.execute(
        update(Project).values(
            calendar_id=project_calendar,
            minutes_per_day=settings.minutes_per_day,
            minutes_per_week=settings.minutes_per_week,
            days_per_month=settings.days_per_month,
            status_date=settings.status_date.date() if settings.status_date else None,
            currency=(settings.currency_code or "EUR")[:3].upper(),
        )
    )
    session.flush()
    _check_schedule(connection, project, task_ids, source)


def _check_schedule(
    connection: Connection, project: MspdiProject, task_ids: dict[int, int], source: str
) -> None:
    """Refuse a plan whose links form a loop (MS Project never saves one) or that cannot be
    scheduled within the dates Koers accepts (an absurd duration, lag or date), naming the
    tasks in the file's UIDs."""
    span = f"between {EARLIEST_DATE.isoformat()} and {LATEST_DATE.isoformat()}"
    try:
        computed = load_schedule(connection)
    except ValueError as error:
        reason = " ".join(str(error).split())
        detail = _INSTANT.sub("a date would fall outside", reason[:200])
        # A calendar without any working time is to blame by itself, not a task using it.
        culprit = None if reason.endswith("no working time") else first_unschedulable(project)
        if culprit is None:
            raise MspdiError(f"{source}: the plan cannot be scheduled {span}: {detail}") from None
        raise MspdiError(
            f"{source}: Tasks/Task UID {culprit.uid} cannot be scheduled {span}: {detail}; "
            "its duration, work, links or dates are too large"
        ) from None
    if computed.cycle is not None:
        uid_of = {task_id: uid for uid, task_id in task_ids.items()}
        uids = [uid_of.get(key, key) for key in computed.cycle.keys]
        linked = {
            (link.predecessor_uid, t.uid) for t in project.plan_tasks for link in t.predecessors
        }
        pairs = zip(uids, [*uids[1:], uids[0]], strict=True)
        through_summary = not all(pair in linked for pair in pairs)
        raise MspdiError(
            f"{source}: Tasks/Task {' → '.join(f'UID {uid}' for uid in [*uids, uids[0]])}: "
            "these tasks' links form a loop"
            + (" (a summary task counts as linked to its subtasks)" if through_summary else "")
            + ", which cannot be scheduled"
        )


def import_mspdi(source: Path, dest: Path, *, overwrite: bool = False) -> ProjectStore:
    """A new project at ``dest`` holding everything in the MSPDI file ``source``."""
    project = read_mspdi(Path(source))
    settings = project.settings
    name = (settings.title or settings.name or Path(source).stem).strip() or Path(source).stem
    starts = [t.start for t in project.plan_tasks if t.start is not None]
    start = settings.start_date or (min(starts) if starts else dt.datetime(2000, 1, 3, 8))
    return create_project(
        Path(dest),
        name[:MAX_NAME_LENGTH],
        start.date(),
        overwrite=overwrite,
        fill=lambda session: _fill(session, project, Path(source).name or str(source)),
        with_calendar=False,
    )
