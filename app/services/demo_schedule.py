"""The demo's schedule: a CRM migration in phases, with progress up to the status date.

Written as a compact table so it reads like the plan a project manager would draw
up: outline level, name, duration in days (0 = milestone) and predecessors by row
number, as typed in the task table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, update

from app.domain.calendar import UnitSettings, from_instant, to_instant
from app.domain.scheduler import Constraint
from app.domain.task_text import parse_predecessors
from app.models.entities import Assignment, Baseline, Resource, Task, TaskLink
from app.services.costs import compute_costs
from app.services.schedule import load_schedule

DAY = 480


@dataclass(frozen=True, slots=True)
class Line:
    level: int
    name: str
    days: float = 0
    predecessors: str = ""
    constraint: Constraint = Constraint.ASAP
    constraint_week: int | None = None  # weeks after the project start, Monday 08:00
    deadline_week: int | None = None  # weeks after the project start, Friday 17:00
    who: str = ""  # resource initials, "JS;DV"


SUMMARY = -1.0

PLAN: tuple[Line, ...] = (
    Line(1, "Initiation", SUMMARY),
    Line(2, "Project start", 0),
    Line(2, "Write project charter", 3, "2", who="SJ"),
    Line(2, "Charter approved by steering committee", 0, "3"),
    Line(2, "Kick-off with business and supplier", 1, "4", who="SJ"),
    Line(1, "Analysis", SUMMARY),
    Line(2, "Inventory of the current CRM", 5, "5", who="BA"),
    Line(2, "Process workshop: sales", 2, "5", who="BA;CP"),
    Line(2, "Process workshop: service", 2, "8", who="BA;CP"),
    Line(2, "Process workshop: finance interface", 1, "9", who="BA"),
    Line(2, "Data profiling of accounts and contacts", 5, "7SS+2d", who="DM"),
    Line(2, "Write requirements document", 5, "8;9;10", who="BA"),
    Line(2, "Requirements signed off", 0, "11;12"),
    Line(1, "Design", SUMMARY),
    Line(2, "Solution architecture", 5, "13", who="SA"),
    Line(2, "Data model and field mapping", 5, "15SS+2d;11", who="DM;CP"),
    Line(2, "ERP integration design", 4, "15", who="SA;ID"),
    Line(2, "Security and single sign-on design", 3, "15", who="SA"),
    Line(2, "Design review", 1, "16;17;18", who="SA;SJ"),
    Line(2, "Design approved", 0, "19"),
    Line(1, "Build", SUMMARY),
    Line(2, "Configuration", SUMMARY),
    Line(3, "Sprint 1: accounts, contacts, activities", 10, "20", who="CP"),
    Line(3, "Sprint 2: opportunities and quotes", 10, "23", who="CP"),
    Line(3, "Sprint 3: service cases and SLAs", 10, "24", who="CP"),
    Line(3, "Sprint 4: dashboards and reports", 5, "25", who="CP"),
    Line(2, "ERP integration (orders, invoices)", 15, "20", who="ID"),
    Line(2, "Single sign-on with the company directory", 3, "18;20", who="SA"),
    Line(2, "Outlook add-in roll-out package", 3, "23", who="ID"),
    Line(2, "Technical documentation", 5, "22FF+2d", who="SA"),
    Line(2, "Build complete", 0, "26;27;28;29;30"),
    Line(1, "Data migration", SUMMARY),
    Line(2, "Migration scripts", 8, "16", who="DM"),
    Line(2, "Data cleansing in the old CRM", 10, "11", who="KU"),
    Line(2, "Trial migration 1", 2, "33;23", who="DM"),
    Line(2, "Reconciliation of trial 1", 2, "35", who="DM;KU"),
    Line(2, "Trial migration 2", 2, "36;34", who="DM"),
    Line(2, "Reconciliation of trial 2", 2, "37", who="DM;KU"),
    Line(1, "Testing", SUMMARY),
    Line(2, "System test", 8, "31", who="TM;CP"),
    Line(2, "Integration test with the ERP", 5, "27;40SS+3d", who="TM;ID"),
    Line(2, "Prepare user acceptance test", 4, "40SS", who="TM"),
    Line(
        2,
        "User acceptance test",
        10,
        "40;41;42;38",
        Constraint.SNET,
        constraint_week=21,
        who="TM;KU",
    ),
    Line(2, "Performance test", 3, "41", who="TM;ID"),
    Line(2, "Fix findings", 5, "43SS+5d", who="CP"),
    Line(2, "UAT signed off", 0, "43;44;45", deadline_week=25),
    Line(1, "Training and change", SUMMARY),
    Line(2, "Training material", 8, "42SS+2d", who="TR"),
    Line(2, "Train the trainers", 2, "48;31", who="TR"),
    Line(2, "End-user training (120 users)", 10, "49", who="TR;KU"),
    Line(2, "Go-live communication", 2, "50FF", who="SJ"),
    Line(1, "Go-live", SUMMARY),
    Line(2, "Go/no-go decision", 0, "46;50;51"),
    Line(2, "Freeze data entry in the old CRM", 1, "53", who="KU"),
    Line(2, "Final data migration", 2, "54", who="DM"),
    Line(2, "Go-live", 0, "55", Constraint.FNLT, constraint_week=29),
    Line(2, "Run the old CRM until go-live", 10, "56SF", who="ID"),
    Line(2, "Hypercare", 20, "56", who="CP;SJ"),
    Line(1, "Closure", SUMMARY),
    Line(2, "Hand over to application support", 3, "58SS+15d", who="SJ"),
    Line(2, "Lessons learned", 1, "58", who="SJ"),
    Line(2, "Project closed", 0, "57;60;61"),
)

RESOURCES = (
    ("SJ", "Sanne Jansen", "Project office", 9500),
    ("BA", "Ahmed El Amrani", "Business analysis", 8500),
    ("SA", "Pieter de Boer", "Architecture", 11000),
    ("CP", "CloudPartners BV consultants", "CloudPartners BV (supplier)", 12500),
    ("ID", "Lotte Visser", "Integration", 9000),
    ("DM", "Kees Smit", "Data", 9000),
    ("TM", "Fatima Bakker", "Test", 8500),
    ("KU", "Key users", "Sales and service", 6000),
    ("TR", "Eva Mulder", "Training", 7500),
)

# The analysis took longer than planned: profiling found more duplicates than expected.
SLIPS = {"Data profiling of accounts and contacts": 8}
# Hours spent beyond the plan (actual work ÷ planned work, by progress): the workshops and
# the data model needed more sessions, so the cost performance drifts below 1.
OVERRUNS = {
    "Inventory of the current CRM": 1.2,
    "Process workshop: sales": 1.5,
    "Process workshop: service": 1.25,
    "Data profiling of accounts and contacts": 1.3,
    "Write requirements document": 1.2,
    "Data model and field mapping": 1.25,
    "ERP integration design": 1.15,
    "Solution architecture": 1.2,
    "Security and single sign-on design": 1.3,
    "Design review": 1.5,
    "Sprint 1: accounts, contacts, activities": 1.35,
}
# Cost categories of the people (the project's default categories, in their order).
INTERNAL, EXTERNAL = 1, 2


def _rows(start: dt.date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    monday = dt.datetime.combine(start, dt.time(8, 0))
    tasks = []
    links = []
    for position, line in enumerate(PLAN):
        summary = line.days == SUMMARY
        minutes = 0 if summary else round(line.days * DAY)
        constraint_date = None
        if line.constraint_week is not None:
            constraint_date = monday + dt.timedelta(weeks=line.constraint_week)
            if line.constraint is Constraint.FNLT:
                constraint_date += dt.timedelta(days=4, hours=9)
        deadline = None
        if line.deadline_week is not None:
            deadline = monday + dt.timedelta(weeks=line.deadline_week, days=4, hours=9)
        tasks.append(
            {
                "id": position + 1,
                "position": position,
                "outline_level": line.level,
                "name": line.name,
                "duration_minutes": minutes,
                "duration_unit": "d",
                "estimated": False,
                "milestone": not summary and minutes == 0,
                "manual": False,
                "manual_start": None,
                "manual_finish": None,
                "constraint": line.constraint.value,
                "constraint_date": constraint_date,
                "deadline": deadline,
                "calendar_id": None,
                "percent_complete": 0,
                "actual_start": None,
                "actual_finish": None,
                "remaining_minutes": None,
                "task_type": 1,
                "effort_driven": False,
                "active": True,
                "fixed_cost_cents": 0,
                "notes": "",
                "external_uid": None,
            }
        )
        for ref in parse_predecessors(line.predecessors, UnitSettings()):
            links.append(
                {
                    "predecessor_id": ref.task_id,
                    "successor_id": position + 1,
                    "type": ref.type.value,
                    "lag_minutes": ref.lag_minutes,
                    "lag_unit": ref.lag_unit.value,
                    "lag_percent": ref.lag_percent,
                }
            )
    return tasks, links


def _assignments() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    resources = [
        {
            "id": number,
            "position": number - 1,
            "name": name,
            "type": "work",
            "initials": initials,
            "group_name": group,
            "max_units": 1.0,
            "standard_rate_cents": rate,  # cents per hour: 9500 is € 95/h
            "organisation": "CloudPartners BV" if initials == "CP" else "Van Leeuwen Groothandel",
            "internal": initials != "CP",
            "category_id": EXTERNAL if initials == "CP" else INTERNAL,
            "overtime_rate_cents": 0,
            "cost_per_use_cents": 0,
            "calendar_id": None,
            "material_label": "",
            "email": "",
            "external_uid": None,
        }
        for number, (initials, name, group, rate) in enumerate(RESOURCES, start=1)
    ]
    by_initials = {r["initials"]: r["id"] for r in resources}
    assignments = []
    for position, line in enumerate(PLAN):
        people = [p for p in line.who.split(";") if p]
        for initials in people:
            units = 1.0 if len(people) == 1 else 0.5
            assignments.append(
                {
                    "task_id": position + 1,
                    "resource_id": by_initials[initials],
                    "units": units,
                    "work_minutes": round(line.days * DAY * units),
                    "actual_work_minutes": 0,
                    "remaining_work_minutes": None,
                    "cost_cents": 0,
                    "external_uid": None,
                }
            )
    return resources, assignments


def add_demo_schedule(
    connection: Connection,
    start: dt.date,
    status: dt.date,
    costs: Callable[[Connection], None] | None = None,
) -> None:
    """Insert the plan, add ``costs`` (licences, hardware, fixed costs), save baseline 0
    with its costs, then record progress up to ``status``."""
    tasks, links = _rows(start)
    connection.execute(insert(Task), tasks)
    connection.execute(insert(TaskLink), links)
    resources, assignments = _assignments()
    connection.execute(insert(Resource), resources)
    connection.execute(insert(Assignment), assignments)
    if costs is not None:
        costs(connection)
    planned = load_schedule(connection)
    assert planned.result is not None
    planned_costs = compute_costs(connection).result
    baselines = []
    for row in planned.rows:
        dates = planned.result[row.id]
        baselines.append(
            {
                "task_id": row.id,
                "number": 0,
                "start": _datetime(dates.start),
                "finish": _datetime(dates.finish),
                "duration_minutes": row.duration_minutes,
                "work_minutes": None,
                "cost_cents": planned_costs[row.id].cost_cents,
            }
        )
    connection.execute(insert(Baseline), baselines)
    for name, days in SLIPS.items():
        connection.execute(
            update(Task).where(Task.name == name).values(duration_minutes=days * DAY)
        )
    _record_progress(connection, status)


def _datetime(instant: int) -> dt.datetime:
    return from_instant(instant)


def _record_progress(connection: Connection, status: dt.date) -> None:
    """Work before the status date happened as scheduled; later work has not started."""
    current = load_schedule(connection)
    assert current.result is not None
    cutoff = to_instant(dt.datetime.combine(status, dt.time(17, 0)))
    for row in current.rows:
        if row.summary:
            continue
        dates = current.result[row.id]
        if dates.start > cutoff:
            continue
        calendar = current.calendar_of(row)
        if dates.finish <= cutoff:
            values: dict[str, Any] = {
                "actual_start": _datetime(dates.start),
                "actual_finish": _datetime(dates.finish),
                "percent_complete": 100,
                "remaining_minutes": 0,
            }
        else:
            done = calendar.work_between(dates.start, cutoff)
            total = max(1, row.duration_minutes)
            values = {
                "actual_start": _datetime(dates.start),
                "percent_complete": min(99, round(100 * done / total)),
                "remaining_minutes": max(0, total - done),
            }
        connection.execute(update(Task).where(Task.id == row.id).values(**values))
        factor = OVERRUNS.get(row.name, 1.0)
        # Work done so far: the planned work by progress, times the overrun.
        connection.execute(
            update(Assignment)
            .where(Assignment.task_id == row.id)
            .values(
                actual_work_minutes=func.round(
                    Assignment.work_minutes * values["percent_complete"] * factor / 100
                )
            )
        )
