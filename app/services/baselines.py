"""Baselines 0–10: a saved copy of each task's planned start, finish, duration, work and cost
(summaries hold their rolled-up cost, as in Microsoft Project)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.validation import InvalidValue
from app.models.entities import Assignment, Baseline
from app.services.changes import ChangeSet
from app.services.costs import compute_costs
from app.services.schedule import load_schedule
from app.services.transaction import unit_of_work

TABLE = "baseline"
NUMBERS = range(11)


def save_baseline(session: Session, number: int) -> tuple[ChangeSet, list[dict[str, Any]]]:
    """Store the current schedule as baseline ``number``; returns the rows it replaced."""
    if number not in NUMBERS:
        raise InvalidValue("baseline", "out_of_range", str(number))
    with unit_of_work(session):
        connection = session.connection()
        computed = load_schedule(connection)
        if computed.result is None:
            raise InvalidValue("baseline", "schedule_has_cycle")
        old = [
            dict(row)
            for row in connection.execute(
                select(Baseline.__table__).where(Baseline.number == number)
            ).mappings()
        ]
        connection.execute(delete(Baseline).where(Baseline.number == number))
        costs = compute_costs(connection).result
        work = dict(
            connection.execute(
                select(Assignment.task_id, func.sum(Assignment.work_minutes)).group_by(
                    Assignment.task_id
                )
            ).all()
        )
        rows = [
            {
                "task_id": row.id,
                "number": number,
                "start": from_instant(computed.result[row.id].start),
                "finish": from_instant(computed.result[row.id].finish),
                "duration_minutes": row.duration_minutes,
                "work_minutes": work.get(row.id),
                "cost_cents": costs[row.id].cost_cents if row.id in costs else None,
            }
            for row in computed.rows
            if row.id in computed.result
        ]
        if rows:
            connection.execute(insert(Baseline), rows)
    return ChangeSet(updated={TABLE: frozenset({number})}), old


def restore_baseline(session: Session, number: int, rows: list[dict[str, Any]]) -> ChangeSet:
    """Undo of a save: the baseline as it was (possibly none)."""
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(delete(Baseline).where(Baseline.number == number))
        if rows:
            connection.execute(insert(Baseline), rows)
    return ChangeSet(updated={TABLE: frozenset({number})})


def baseline_dates(session: Session, number: int) -> dict[int, tuple[Any, Any, int | None]]:
    """Task id → (start, finish, duration minutes) of baseline ``number``, for variances."""
    with unit_of_work(session):
        query = select(
            Baseline.task_id, Baseline.start, Baseline.finish, Baseline.duration_minutes
        ).where(Baseline.number == number)
        return {row[0]: (row[1], row[2], row[3]) for row in session.connection().execute(query)}
