"""Update Project: work that should have happened by the status date moves past it.

Koers never does this by itself (neither does Microsoft Project): dates only move
past the status date when the project manager asks for it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant, to_instant
from app.domain.scheduler import Constraint
from app.domain.validation import InvalidValue
from app.models.entities import Project, Task
from app.services.changes import ChangeSet
from app.services.schedule import load_schedule
from app.services.transaction import unit_of_work

COLUMNS = (
    "duration_minutes",
    "percent_complete",
    "remaining_minutes",
    "constraint",
    "constraint_date",
)


def update_project(session: Session) -> tuple[ChangeSet, list[dict[str, Any]]]:
    """Reschedule uncompleted work to start after the status date; returns old values.

    Tasks not started that are scheduled to start before the status date get a
    start-no-earlier-than the status date; tasks in progress keep what is done
    and continue after the status date (the task is stretched, not split).
    """
    with unit_of_work(session):
        connection = session.connection()
        status = connection.execute(select(Project.status_date).limit(1)).scalar_one()
        if status is None:
            raise InvalidValue("status_date", "required")
        computed = load_schedule(connection)
        if computed.result is None:
            raise InvalidValue("schedule", "has_cycle")
        cutoff = to_instant(dt.datetime.combine(status, dt.time(17, 0)))
        resume = from_instant(computed.project_calendar.next_working(cutoff))
        old: list[dict[str, Any]] = []
        new: list[dict[str, Any]] = []
        stored = {
            row.id: row
            for row in connection.execute(
                select(Task.id, *(getattr(Task, c) for c in COLUMNS))
            ).all()
        }
        for row in computed.rows:
            if row.summary or row.actual_finish is not None or row.id not in computed.result:
                continue
            dates = computed.result[row.id]
            calendar = computed.calendar_of(row)
            values: dict[str, Any] | None = None
            if row.actual_start is None and dates.start < cutoff:
                values = {"constraint": Constraint.SNET.value, "constraint_date": resume}
            elif row.actual_start is not None and dates.finish > cutoff:
                done = round(row.duration_minutes * row.percent_complete / 100)
                planned_done_by = calendar.add_work(dates.start, done)
                if planned_done_by < cutoff:
                    elapsed = calendar.work_between(dates.start, cutoff)
                    remaining = row.duration_minutes - done
                    duration = elapsed + remaining
                    values = {
                        "duration_minutes": duration,
                        "percent_complete": round(100 * done / duration) if duration else 100,
                        "remaining_minutes": remaining,
                    }
            if values is None:
                continue
            before = stored[row.id]
            old.append({"key": row.id, **{c: getattr(before, c) for c in COLUMNS}})
            new.append({"key": row.id, **{c: getattr(before, c) for c in COLUMNS}, **values})
        _write(session, new)
    change = ChangeSet(updated={"task": frozenset(v["key"] for v in new)}, schedule_dirty=True)
    return change, old


def restore_update(session: Session, old: list[dict[str, Any]]) -> ChangeSet:
    with unit_of_work(session):
        _write(session, old)
    return ChangeSet(updated={"task": frozenset(v["key"] for v in old)}, schedule_dirty=True)


def _write(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(
            update(Task)
            .where(Task.id == bindparam("key"))
            .values({c: bindparam(c) for c in COLUMNS}),
            rows,
        )
