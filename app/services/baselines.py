"""Baselines 0–10: a saved copy of each task's planned start, finish, duration, work and cost
(summaries hold their rolled-up cost, as in Microsoft Project).

A baseline is saved for the whole plan (``save_baseline``) or for some tasks only
(``save_baseline_for``: an approved change re-baselines the tasks it affects), and every
save returns what undo needs to put the rows back exactly, ids included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Connection, Table, delete, func, insert, select
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.validation import InvalidValue
from app.models.entities import Assignment, Baseline, Task
from app.services.changes import ChangeSet
from app.services.schedule import ProjectSchedule, load_schedule
from app.services.transaction import unit_of_work

TABLE = "baseline"
NUMBERS = range(11)
_TABLE = cast(Table, Baseline.__table__)


@dataclass(frozen=True, slots=True)
class BaselinePatch:
    """What ``save_baseline_for`` changed in baseline ``number``, for undo and redo.

    ``before``: the rows of every touched task as they were (full rows, ids included);
    ``task_ids``: the touched tasks (the given ones and the summaries rolled up above
    them); ``inserted``: task id → id of a row that did not exist before (redo passes
    them back so the same ids come again).
    """

    number: int
    task_ids: tuple[int, ...]
    before: tuple[dict[str, Any], ...] = ()
    inserted: Mapping[int, int] = field(default_factory=dict)


def check_number(number: object) -> int:
    """A baseline number 0–10."""
    if isinstance(number, bool) or not isinstance(number, int) or number not in NUMBERS:
        raise InvalidValue("baseline", "out_of_range", str(number))
    return number


def _schedule(connection: Connection) -> ProjectSchedule:
    computed = load_schedule(connection)
    if computed.result is None:
        raise InvalidValue("baseline", "schedule_has_cycle")
    return computed


def _current_rows(
    connection: Connection, computed: ProjectSchedule, number: int, only: Iterable[int] | None
) -> dict[int, dict[str, Any]]:
    """Task id → the baseline row the current schedule, cost and work give (no id)."""
    assert computed.result is not None
    wanted = None if only is None else set(only)
    from app.services.costs import compute_costs  # the cost rules load when first needed

    costs = compute_costs(connection).result
    work = dict(
        connection.execute(
            select(Assignment.task_id, func.sum(Assignment.work_minutes)).group_by(
                Assignment.task_id
            )
        ).all()
    )
    return {
        row.id: {
            "task_id": row.id,
            "number": number,
            "start": from_instant(computed.result[row.id].start),
            "finish": from_instant(computed.result[row.id].finish),
            "duration_minutes": row.duration_minutes,
            "work_minutes": work.get(row.id),
            "cost_cents": costs[row.id].cost_cents if row.id in costs else None,
        }
        for row in computed.rows
        if row.id in computed.result and (wanted is None or row.id in wanted)
    }


def _rows_of(connection: Connection, number: int, task_ids: Iterable[int]) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in connection.execute(
            select(_TABLE)
            .where(_TABLE.c.number == number, _TABLE.c.task_id.in_(list(task_ids)))
            .order_by(_TABLE.c.id)
        ).mappings()
    ]


def save_baseline(session: Session, number: int) -> tuple[ChangeSet, list[dict[str, Any]]]:
    """Store the current schedule as baseline ``number``; returns the rows it replaced."""
    check_number(number)
    with unit_of_work(session):
        connection = session.connection()
        computed = _schedule(connection)
        old = [
            dict(row)
            for row in connection.execute(
                select(_TABLE).where(_TABLE.c.number == number)
            ).mappings()
        ]
        connection.execute(delete(Baseline).where(Baseline.number == number))
        rows = list(_current_rows(connection, computed, number, None).values())
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


def save_baseline_for(
    connection: Connection,
    number: int,
    task_ids: Sequence[int],
    *,
    roll_up: bool = True,
    row_ids: Mapping[int, int] | None = None,
) -> BaselinePatch:
    """Re-baseline only ``task_ids`` in baseline ``number``, inside a caller's transaction.

    Each given task's row of that baseline is replaced by the current schedule, cost and
    work (keeping the row's id; a task without a row gets a new one, or ``row_ids[task]``
    on redo). With ``roll_up`` (Microsoft Project's "roll up baselines to all summary
    tasks") each summary above them that has a row in this baseline takes the change in
    its subtasks' baseline cost and spans their baseline dates; its work (its own
    assignments) and stored duration stay, as ``save_baseline`` stores them. So the budget
    at completion follows the change. Other tasks keep their rows. Unknown tasks are a
    LookupError, a schedule with a cycle is refused.
    """
    check_number(number)
    given = list(dict.fromkeys(task_ids))
    if not given:
        return BaselinePatch(number, ())
    existing = set(connection.scalars(select(Task.id).where(Task.id.in_(given))))
    missing = [key for key in given if key not in existing]
    if missing:
        raise LookupError(f"task {missing[0]} does not exist")
    computed = _schedule(connection)
    assert computed.result is not None
    current = _current_rows(connection, computed, number, given)
    from app.services.costs import outline_parents

    parents = outline_parents([(row.id, row.outline_level) for row in computed.rows])
    chosen = set(given)
    above: list[int] = []  # summaries to roll up, nearest first
    if roll_up:
        for key in given:
            parent = parents.get(key)
            while parent is not None and parent not in chosen:
                if parent not in above:
                    above.append(parent)
                parent = parents.get(parent)
    before = _rows_of(connection, number, [*given, *above])
    old = {row["task_id"]: row for row in before}
    above = [key for key in above if key in old]  # a summary without a row stays without
    touched = [key for key in given if key in current] + above
    inserted: dict[int, int] = {}
    new_rows: dict[int, dict[str, Any]] = {}
    for key in given:
        row = current.get(key)
        if row is None:
            continue
        row = dict(row)
        if key in old:
            row["id"] = old[key]["id"]
        elif row_ids and key in row_ids:
            row["id"] = row_ids[key]
        new_rows[key] = row
    if roll_up and above:
        _roll_up(connection, computed, number, parents, given, above, old, new_rows)
    connection.execute(
        delete(Baseline).where(Baseline.number == number, Baseline.task_id.in_(touched))
    )
    for key in touched:
        key_row = new_rows[key]
        result = connection.execute(insert(Baseline).values(**key_row)).inserted_primary_key
        if key not in old:
            assert result is not None
            inserted[key] = int(result[0])
    return BaselinePatch(number, tuple(touched), tuple(before), inserted)


def _roll_up(
    connection: Connection,
    computed: ProjectSchedule,
    number: int,
    parents: Mapping[int, int | None],
    given: Sequence[int],
    above: Sequence[int],
    old: Mapping[int, dict[str, Any]],
    new_rows: dict[int, dict[str, Any]],
) -> None:
    """Summaries in ``above`` take their re-baselined subtasks' changes (see the caller)."""
    chosen = set(given)
    deltas: dict[int, int] = {}  # summary → change in its subtasks' baseline cost
    for key in given:
        if key not in new_rows:
            continue
        before = old.get(key, {})
        cost = (new_rows[key]["cost_cents"] or 0) - (before.get("cost_cents") or 0)
        parent = parents.get(key)
        while parent is not None and parent not in chosen:
            deltas[parent] = deltas.get(parent, 0) + cost
            parent = parents.get(parent)
    saved = {
        row["task_id"]: row
        for row in connection.execute(select(_TABLE).where(_TABLE.c.number == number)).mappings()
    }
    children: dict[int, list[int]] = {}
    for task_id, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(task_id)
    rows = {row.id: row for row in computed.rows}
    by_depth = sorted(above, key=lambda key: -rows[key].outline_level)  # lowest first
    for key in by_depth:
        row = dict(old[key])
        cost = deltas.get(key, 0)
        if cost:
            row["cost_cents"] = (row["cost_cents"] or 0) + cost
        spans = []
        for child in children.get(key, []):
            child_row = new_rows.get(child) or saved.get(child)
            if child_row is not None and child_row["start"] and child_row["finish"]:
                spans.append((child_row["start"], child_row["finish"]))
        if spans:
            row["start"] = min(start for start, _ in spans)
            row["finish"] = max(finish for _, finish in spans)
        new_rows[key] = row


def undo_save_baseline_for(connection: Connection, patch: BaselinePatch) -> None:
    """Put the rows ``save_baseline_for`` touched back as they were, ids included."""
    if not patch.task_ids:
        return
    connection.execute(
        delete(Baseline).where(
            Baseline.number == patch.number, Baseline.task_id.in_(patch.task_ids)
        )
    )
    if patch.before:
        connection.execute(insert(Baseline), [dict(row) for row in patch.before])


def rebaseline_tasks(
    session: Session,
    number: int,
    task_ids: Sequence[int],
    *,
    roll_up: bool = True,
    row_ids: Mapping[int, int] | None = None,
) -> tuple[ChangeSet, BaselinePatch]:
    """Re-baseline some tasks in one transaction (see ``save_baseline_for``); ``row_ids``
    (redo) is the patch's ``inserted`` from the first time."""
    with unit_of_work(session):
        patch = save_baseline_for(
            session.connection(), number, task_ids, roll_up=roll_up, row_ids=row_ids
        )
    return ChangeSet(updated={TABLE: frozenset({number})}), patch


def undo_rebaseline_tasks(session: Session, patch: BaselinePatch) -> ChangeSet:
    """Undo of ``rebaseline_tasks``: the rows as they were."""
    with unit_of_work(session):
        undo_save_baseline_for(session.connection(), patch)
    return ChangeSet(updated={TABLE: frozenset({patch.number})})


def baseline_dates(session: Session, number: int) -> dict[int, tuple[Any, Any, int | None]]:
    """Task id → (start, finish, duration minutes) of baseline ``number``, for variances."""
    with unit_of_work(session):
        query = select(
            Baseline.task_id, Baseline.start, Baseline.finish, Baseline.duration_minutes
        ).where(Baseline.number == number)
        return {row[0]: (row[1], row[2], row[3]) for row in session.connection().execute(query)}
