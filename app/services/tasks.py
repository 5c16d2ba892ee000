"""Editing the schedule's tasks and links; every function is one transaction and returns
what it changed plus what undo needs to put things back."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import DurationUnit, UnitSettings
from app.domain.money import MAX_CENTS
from app.domain.scheduler import Constraint, LinkType
from app.domain.task_text import DurationValue, TextError, parse_duration, parse_predecessors
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue, check_date, check_text
from app.models.entities import (
    Assignment,
    Baseline,
    Commitment,
    CostCategory,
    Expense,
    IssueTask,
    Project,
    RiskTask,
    Task,
    TaskLink,
)
from app.services.assignments import (
    TaskAssignments,
    follow_duration,
    put_back_assignments,
    set_task_resources,
)
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "task"
DAY = 480
ASSIGNMENTS_KEY = "__assignments__"  # in the old columns of a duration edit: work as it was


def task_change(ids: Sequence[int] = (), *, structure: bool = False) -> ChangeSet:
    """Every task edit moves dates, so the schedule is always dirty."""
    touched = {TABLE: frozenset(ids)}
    if not ids:
        return ChangeSet()
    if structure:
        return ChangeSet(inserted=touched, reordered=frozenset({TABLE}), schedule_dirty=True)
    return ChangeSet(updated=touched, schedule_dirty=True)


@dataclass
class TaskState:
    """Rows of some tasks as they were, with everything that hangs off them, for undo."""

    tasks: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    baselines: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    risk_links: list[dict[str, Any]] = field(default_factory=list)  # risks affecting them
    issue_links: list[dict[str, Any]] = field(default_factory=list)
    # Expenses and purchase orders booked on them: (table, row id, task id) to point back.
    bookings: list[tuple[str, int, int]] = field(default_factory=list)


# Tables whose rows name a task and lose it (ON DELETE SET NULL) when the task goes.
BOOKING_TABLES = (Expense, Commitment)


def _unit_settings(connection: Connection) -> UnitSettings:
    row = connection.execute(
        select(Project.minutes_per_day, Project.minutes_per_week, Project.days_per_month).limit(1)
    ).one()
    return UnitSettings(row[0], row[1], row[2])


def _count(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(Task)).scalar_one()


def _shift(connection: Connection, first: int, delta: int) -> None:
    connection.execute(
        update(Task).where(Task.position >= first).values(position=Task.position + delta)
    )


def _ordered(connection: Connection) -> list[tuple[int, int, int]]:
    """(id, position, outline level) of every task, in order."""
    rows = connection.execute(
        select(Task.id, Task.position, Task.outline_level).order_by(Task.position)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _block(order: list[tuple[int, int, int]], index: int) -> int:
    """Index one past the last descendant of the row at ``index``."""
    level = order[index][2]
    end = index + 1
    while end < len(order) and order[end][2] > level:
        end += 1
    return end


# -- insert and delete ----------------------------------------------------------------------
def insert_tasks(
    session: Session, position: int, rows: Sequence[dict[str, Any]]
) -> tuple[ChangeSet, list[int]]:
    """Insert rows at ``position`` (a dict per task: name, outline_level, duration_minutes …).

    Rows may carry their ``id`` (redo puts back the same tasks). Returns the new ids.
    """
    with unit_of_work(session):
        ids = insert_task_rows(session.connection(), position, rows)
    return task_change(ids, structure=True), ids


def insert_task_rows(
    connection: Connection, position: int, rows: Sequence[dict[str, Any]]
) -> list[int]:
    """The inserts of ``insert_tasks`` inside a caller's transaction; returns the new ids."""
    position = max(0, min(position, _count(connection)))
    _shift(connection, position, len(rows))
    ids: list[int] = []
    for offset, values in enumerate(rows):
        data = _task_defaults()
        data.update(values)
        data["position"] = position + offset
        data["name"] = check_text("name", str(data["name"]).strip(), limit=MAX_NAME_LENGTH)
        result = connection.execute(insert(Task).values(**data))
        key = result.inserted_primary_key
        assert key is not None
        ids.append(int(key[0]))
    return ids


def _task_defaults() -> dict[str, Any]:
    return {
        "outline_level": 1,
        "name": "",
        "duration_minutes": DAY,
        "duration_unit": "d",
        "estimated": True,
        "milestone": False,
        "manual": False,
        "manual_start": None,
        "manual_finish": None,
        "constraint": Constraint.ASAP.value,
        "constraint_date": None,
        "deadline": None,
        "calendar_id": None,
        "percent_complete": 0,
        "actual_start": None,
        "actual_finish": None,
        "remaining_minutes": None,
        "task_type": 0,
        "effort_driven": False,
        "active": True,
        "fixed_cost_cents": 0,
        "notes": "",
        "external_uid": None,
    }


def _capture(connection: Connection, ids: Sequence[int]) -> TaskState:
    wanted = list(ids)

    def rows(statement: Any) -> list[dict[str, Any]]:
        return [dict(row) for row in connection.execute(statement).mappings()]

    return TaskState(
        tasks=rows(select(Task.__table__).where(Task.id.in_(wanted)).order_by(Task.position)),
        links=rows(
            select(TaskLink.__table__).where(
                TaskLink.predecessor_id.in_(wanted) | TaskLink.successor_id.in_(wanted)
            )
        ),
        baselines=rows(select(Baseline.__table__).where(Baseline.task_id.in_(wanted))),
        assignments=rows(select(Assignment.__table__).where(Assignment.task_id.in_(wanted))),
        risk_links=rows(select(RiskTask.__table__).where(RiskTask.task_id.in_(wanted))),
        issue_links=rows(select(IssueTask.__table__).where(IssueTask.task_id.in_(wanted))),
        bookings=[
            (entity.__tablename__, key, task_id)
            for entity in BOOKING_TABLES
            for key, task_id in connection.execute(
                select(entity.id, entity.task_id).where(entity.task_id.in_(wanted))
            )
            if task_id is not None
        ],
    )


def delete_tasks(session: Session, ids: Sequence[int]) -> tuple[ChangeSet, TaskState]:
    """Delete tasks (with their links); returns everything needed to restore them."""
    with unit_of_work(session):
        connection = session.connection()
        state = _capture(connection, ids)
        connection.execute(delete(Task).where(Task.id.in_(list(ids))))
        _renumber(connection)
    return task_change(ids, structure=True), state


def restore_tasks(session: Session, state: TaskState) -> ChangeSet:
    """Put deleted tasks back exactly: same ids, positions, links and baselines."""
    with unit_of_work(session):
        connection = session.connection()
        for row in sorted(state.tasks, key=lambda r: r["position"]):
            _shift(connection, row["position"], 1)
            connection.execute(insert(Task).values(**row))
        existing = {r[0] for r in connection.execute(select(TaskLink.id))}
        links = [link for link in state.links if link["id"] not in existing]
        if links:
            connection.execute(insert(TaskLink), links)
        if state.baselines:
            connection.execute(insert(Baseline), state.baselines)
        if state.assignments:
            connection.execute(insert(Assignment), state.assignments)
        if state.risk_links:
            connection.execute(insert(RiskTask), state.risk_links)
        if state.issue_links:
            connection.execute(insert(IssueTask), state.issue_links)
        for entity in BOOKING_TABLES:
            for table, key, task_id in state.bookings:
                if table == entity.__tablename__:
                    connection.execute(
                        update(entity).where(entity.id == key).values(task_id=task_id)
                    )
    return task_change([row["id"] for row in state.tasks], structure=True)


def remove_inserted(session: Session, ids: Sequence[int]) -> ChangeSet:
    """Undo of an insert: the rows go and the positions close up."""
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(delete(Task).where(Task.id.in_(list(ids))))
        _renumber(connection)
    return task_change(ids, structure=True)


def _renumber(connection: Connection) -> None:
    """Close gaps in positions after a delete, keeping the order."""
    order = connection.execute(select(Task.id, Task.position).order_by(Task.position)).all()
    _set_column(
        connection,
        "position",
        {row[0]: index for index, row in enumerate(order) if row[1] != index},
    )


def _set_column(connection: Connection, column: str, values: dict[int, int]) -> None:
    """One executemany UPDATE giving each task (by id) its new value in ``column``."""
    if values:
        connection.execute(
            update(Task).where(Task.id == bindparam("key")).values({column: bindparam("value")}),
            [{"key": key, "value": value} for key, value in values.items()],
        )


# -- outline and order -------------------------------------------------------------------------
def indent_tasks(
    session: Session, ids: Sequence[int], step: int
) -> tuple[ChangeSet, dict[int, int]]:
    """Indent (+1) or outdent (-1) tasks with their subtasks; returns old levels for undo.

    A task can go at most one level deeper than the row above it, and not above level 1.
    """
    with unit_of_work(session):
        connection = session.connection()
        order = _ordered(connection)
        index_of = {row[0]: i for i, row in enumerate(order)}
        levels = [row[2] for row in order]
        old: dict[int, int] = {}
        for key in sorted(ids, key=lambda k: index_of.get(k, -1)):
            index = index_of.get(key)
            if index is None:
                continue
            end = _block(order, index)
            above = levels[index - 1] if index > 0 else 0
            target = levels[index] + step
            if target < 1 or target > above + 1:
                continue
            for member in range(index, end):
                old.setdefault(order[member][0], levels[member])
                levels[member] += step
        _set_levels(
            connection, {order[i][0]: levels[i] for i in range(len(order)) if order[i][0] in old}
        )
    return task_change(list(old), structure=True), old


def set_levels(session: Session, levels: dict[int, int]) -> ChangeSet:
    with unit_of_work(session):
        _set_levels(session.connection(), levels)
    return task_change(list(levels), structure=True)


def _set_levels(connection: Connection, levels: dict[int, int]) -> None:
    _set_column(connection, "outline_level", levels)


def move_tasks(session: Session, ids: Sequence[int], step: int) -> tuple[ChangeSet, dict[int, int]]:
    """Move a task (with its subtasks) above the previous or below the next sibling block.

    Returns the old positions for undo; nothing moves at the ends of the list.
    """
    with unit_of_work(session):
        connection = session.connection()
        order = _ordered(connection)
        index_of = {row[0]: i for i, row in enumerate(order)}
        ids_in_order = sorted((k for k in ids if k in index_of), key=index_of.__getitem__)
        if step > 0:
            ids_in_order.reverse()
        rows = list(order)
        for key in ids_in_order:
            index = next(i for i, row in enumerate(rows) if row[0] == key)
            end = _block(rows, index)
            level = rows[index][2]
            if step < 0:
                before = index - 1
                while before >= 0 and rows[before][2] > level:
                    before -= 1
                if before < 0 or rows[before][2] != level:
                    continue
                rows[before:end] = rows[index:end] + rows[before:index]
            else:
                if end >= len(rows) or rows[end][2] != level:
                    continue
                after = _block(rows, end)
                rows[index:after] = rows[end:after] + rows[index:end]
        old = {row[0]: row[1] for row in order}
        new = {row[0]: position for position, row in enumerate(rows)}
        moved = {key: new[key] for key in new if new[key] != old[key]}
        _set_positions(connection, moved)
    return task_change(list(moved), structure=True), {k: old[k] for k in moved}


def set_positions(session: Session, placed: dict[int, int]) -> ChangeSet:
    with unit_of_work(session):
        _set_positions(session.connection(), placed)
    return task_change(list(placed), structure=True)


def _set_positions(connection: Connection, placed: dict[int, int]) -> None:
    _set_column(connection, "position", placed)


# -- fields -------------------------------------------------------------------------------------
EDITABLE = (
    "name",
    "duration",
    "start",
    "finish",
    "predecessors",
    "percent_complete",
    "constraint",
    "constraint_date",
    "deadline",
    "milestone",
    "notes",
    "manual",
    "fixed_cost",
    "fixed_cost_accrual",
    "fixed_cost_category",
    "ev_method",
    "physical_percent_complete",
)
ACCRUALS = ("start", "prorated", "end")


DURATION_COLUMNS = frozenset({"duration_minutes", "duration_unit", "estimated", "milestone"})
# A summary's dates, duration and progress come from its subtasks.
SUMMARY_COMPUTED = frozenset({"duration", "start", "finish", "percent_complete", "milestone"})


def _is_summary(connection: Connection, position: int, level: int) -> bool:
    following = connection.execute(
        select(Task.outline_level).where(Task.position == position + 1)
    ).scalar()
    return following is not None and following > level


def _refuse_cycles(connection: Connection, field: str) -> None:
    """A link that closes a loop (or ties a summary to its own subtask) is refused."""
    from app.services.schedule import load_schedule

    computed = load_schedule(connection)
    if computed.cycle is not None:
        raise InvalidValue(field, "cycle", " → ".join(computed.cycle.names))


def _values_for(
    connection: Connection, row: dict[str, Any], name: str, value: Any, language: str
) -> dict[str, Any]:
    """The column values an edit of field ``name`` sets, checked."""
    if name == "name":
        return {"name": check_text("name", str(value).strip(), limit=MAX_NAME_LENGTH)}
    if name == "notes":
        return {"notes": check_text("notes", str(value))}
    if name == "duration":
        if isinstance(value, DurationValue):  # dragged in the chart: already in minutes
            if value.minutes < 0:
                raise InvalidValue("duration", "duration.negative", str(value.minutes))
            parsed = value
        else:
            try:
                parsed = parse_duration(str(value), _unit_settings(connection), language)
            except TextError as error:
                raise InvalidValue("duration", error.code, error.text) from None
        return {
            "duration_minutes": parsed.minutes,
            "duration_unit": parsed.unit.value,
            "estimated": parsed.estimated,
            "milestone": parsed.minutes == 0,
        }
    if name == "milestone":
        flag = bool(value)
        values: dict[str, Any] = {"milestone": flag}
        if flag:
            values["duration_minutes"] = 0
        elif row["duration_minutes"] == 0:
            values["duration_minutes"] = DAY
        return values
    if name == "manual":
        return {"manual": bool(value)}
    if name == "percent_complete":
        try:
            percent = int(str(value).strip().rstrip("%"))
        except ValueError:
            raise InvalidValue("percent_complete", "not_a_number", str(value)) from None
        if not 0 <= percent <= 100:
            raise InvalidValue("percent_complete", "out_of_range", str(percent))
        return {"percent_complete": percent}
    if name in ("start", "finish", "constraint_date", "deadline"):
        moment = _moment(name, value)
        if name == "deadline":
            return {"deadline": moment}
        if name == "constraint_date":
            return {"constraint_date": moment}
        if row["manual"]:
            return {"manual_start" if name == "start" else "manual_finish": moment}
        # Typing a date into an automatic task pins it, as Microsoft Project does.
        kind = Constraint.SNET if name == "start" else Constraint.FNET
        if moment is None:
            return {"constraint": Constraint.ASAP.value, "constraint_date": None}
        return {"constraint": kind.value, "constraint_date": moment}
    if name == "fixed_cost":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(name, "not_a_number", repr(value)[:40])
        if abs(value) > MAX_CENTS:
            raise InvalidValue(name, "too_large", str(value))
        return {"fixed_cost_cents": value}
    if name == "fixed_cost_accrual":
        if value not in ACCRUALS:
            raise InvalidValue(name, "not_an_accrual", str(value))
        return {"fixed_cost_accrual": value}
    if name == "fixed_cost_category":
        if value is not None and (
            connection.scalar(select(CostCategory.id).where(CostCategory.id == value)) is None
        ):
            raise InvalidValue(name, "unknown_category", str(value))
        return {"fixed_cost_category_id": value}
    if name == "ev_method":
        from app.domain.earned_value import EvMethod  # the EV domain loads with the budget

        try:
            return {"ev_method": EvMethod(value).value}
        except ValueError:
            raise InvalidValue(name, "not_a_method", str(value)) from None
    if name == "physical_percent_complete":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise InvalidValue(name, "out_of_range", str(value))
        return {"physical_percent_complete": value}
    if name == "constraint":
        kind = Constraint(value)
        values = {"constraint": kind.value}
        if kind in (Constraint.ASAP, Constraint.ALAP):
            values["constraint_date"] = None
        return values
    raise InvalidValue(name, "unknown_field")


def _moment(name: str, value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        # A date alone means the start of the working day, or its end for a finish.
        end_of_day = name in ("finish", "deadline")
        moment = dt.datetime.combine(value, dt.time(17 if end_of_day else 8, 0))
    else:
        raise InvalidValue(name, "not_a_date", repr(value))
    check_date(name, moment.date())
    return moment


def set_task_field(
    session: Session, task_id: int, name: str, value: Any, language: str = "en"
) -> tuple[ChangeSet, dict[str, Any]]:
    """Change one field of one task; returns the columns as they were, for undo."""
    if name == "predecessors":
        return set_predecessors(session, task_id, str(value), language)
    if name == "resources":  # fill down of the Resource Names column
        change, states = set_task_resources(session, task_id, str(value), language)
        return change, {**states[0].task, ASSIGNMENTS_KEY: states[0]}
    with unit_of_work(session):
        connection = session.connection()
        row = (
            connection.execute(select(Task.__table__).where(Task.id == task_id)).mappings().first()
        )
        if row is None:
            raise LookupError(f"task {task_id} does not exist")
        if name in SUMMARY_COMPUTED and _is_summary(
            connection, row["position"], row["outline_level"]
        ):
            raise InvalidValue(name, "summary_task")
        values = _values_for(connection, dict(row), name, value, language)
        old: dict[str, Any] = {column: row[column] for column in values}
        # Work resources follow a new duration by the task type's rule (MS Project's).
        followed = None
        if values.get("duration_minutes", row["duration_minutes"]) != row["duration_minutes"]:
            followed = follow_duration(connection, task_id, values["duration_minutes"])
        connection.execute(update(Task).where(Task.id == task_id).values(**values))
    change = _duration_change(task_id, old, values)
    if followed is not None:
        old[ASSIGNMENTS_KEY] = followed
        return _with_assignments(change, followed), old
    return change, old


def _with_assignments(change: ChangeSet, state: TaskAssignments) -> ChangeSet:
    """The edit changed the work of the task's assignments too. The schedule may still be
    followed incrementally: it refuses to when resources drive the task."""
    ids = frozenset(row["id"] for row in state.assignments)
    return replace(change, updated={**change.updated, "assignment": ids})


def _duration_change(task_id: int, old: dict[str, Any], new: dict[str, Any]) -> ChangeSet:
    """Say so when only a working duration changed, so the schedule can follow incrementally."""
    change = task_change([task_id])
    if set(new) <= DURATION_COLUMNS and "duration_minutes" in new:
        plain = not str(new.get("duration_unit", "d")).startswith("e")
        same_kind = bool(new.get("milestone", old.get("milestone"))) == bool(old.get("milestone"))
        if plain and same_kind and new["duration_minutes"] > 0 and old["duration_minutes"] > 0:
            return ChangeSet(
                updated=change.updated,
                schedule_dirty=True,
                durations={task_id: new["duration_minutes"]},
            )
    return change


def restore_columns(session: Session, task_id: int, columns: dict[str, Any]) -> ChangeSet:
    """Undo of a field edit: the columns get their old values back."""
    if "__links__" in columns:
        return restore_incoming_links(session, task_id, columns["__links__"])
    assignments = columns.get(ASSIGNMENTS_KEY)
    columns = {key: value for key, value in columns.items() if key != ASSIGNMENTS_KEY}
    with unit_of_work(session):
        connection = session.connection()
        current = (
            connection.execute(
                select(*(getattr(Task, column) for column in columns)).where(Task.id == task_id)
            )
            .mappings()
            .first()
        )
        connection.execute(update(Task).where(Task.id == task_id).values(**columns))
        if assignments is not None:
            put_back_assignments(connection, assignments)
    if current is None:
        return task_change([task_id])
    change = _duration_change(task_id, dict(current), columns)
    return change if assignments is None else _with_assignments(change, assignments)


# -- links -----------------------------------------------------------------------------------------
def set_predecessors(
    session: Session, task_id: int, text: str, language: str = "en"
) -> tuple[ChangeSet, dict[str, Any]]:
    """Replace a task's predecessors by what the user typed ("3FS+2d;5SS")."""
    with unit_of_work(session):
        connection = session.connection()
        try:
            refs = parse_predecessors(text, _unit_settings(connection), language)
        except TextError as error:
            raise InvalidValue("predecessors", error.code, error.text) from None
        order = _ordered(connection)
        by_row = {position + 1: key for position, (key, _p, _l) in enumerate(order)}
        old = [
            dict(r)
            for r in connection.execute(
                select(TaskLink.__table__).where(TaskLink.successor_id == task_id)
            ).mappings()
        ]
        rows = []
        for ref in refs:
            predecessor = by_row.get(ref.task_id)
            if predecessor is None:
                raise InvalidValue("predecessors", "unknown_task", str(ref.task_id))
            if predecessor == task_id:
                raise InvalidValue("predecessors", "own_task", str(ref.task_id))
            rows.append(
                {
                    "predecessor_id": predecessor,
                    "successor_id": task_id,
                    "type": ref.type.value,
                    "lag_minutes": ref.lag_minutes,
                    "lag_unit": ref.lag_unit.value,
                    "lag_percent": ref.lag_percent,
                }
            )
        connection.execute(delete(TaskLink).where(TaskLink.successor_id == task_id))
        if rows:
            connection.execute(insert(TaskLink), rows)
            _refuse_cycles(connection, "predecessors")
    return task_change([task_id]), {"__links__": old}


def restore_incoming_links(
    session: Session, task_id: int, links: list[dict[str, Any]]
) -> ChangeSet:
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(delete(TaskLink).where(TaskLink.successor_id == task_id))
        if links:
            connection.execute(insert(TaskLink), links)
    return task_change([task_id])


def link_tasks(
    session: Session, ids: Sequence[int], kind: LinkType = LinkType.FS
) -> tuple[ChangeSet, list[int]]:
    """Link the tasks finish-to-start in the order given (Ctrl+F2); returns the new link ids."""
    created: list[int] = []
    with unit_of_work(session):
        connection = session.connection()
        existing = {
            (r[0], r[1])
            for r in connection.execute(select(TaskLink.predecessor_id, TaskLink.successor_id))
        }
        for predecessor, successor in itertools.pairwise(ids):
            if (predecessor, successor) in existing or (successor, predecessor) in existing:
                continue
            result = connection.execute(
                insert(TaskLink).values(
                    predecessor_id=predecessor,
                    successor_id=successor,
                    type=kind.value,
                    lag_minutes=0,
                    lag_unit=DurationUnit.DAY.value,
                    lag_percent=None,
                )
            )
            key = result.inserted_primary_key
            assert key is not None
            created.append(int(key[0]))
        _refuse_cycles(connection, "predecessors")
    if not created:
        return ChangeSet(), created
    return task_change(list(ids)), created


def unlink_tasks(session: Session, ids: Sequence[int]) -> tuple[ChangeSet, list[dict[str, Any]]]:
    """Remove the links between the selected tasks (or all of one task's links)."""
    chosen = list(ids)
    with unit_of_work(session):
        connection = session.connection()
        if len(chosen) == 1:
            condition = (TaskLink.predecessor_id == chosen[0]) | (
                TaskLink.successor_id == chosen[0]
            )
        else:
            condition = TaskLink.predecessor_id.in_(chosen) & TaskLink.successor_id.in_(chosen)
        removed = [
            dict(r)
            for r in connection.execute(select(TaskLink.__table__).where(condition)).mappings()
        ]
        connection.execute(delete(TaskLink).where(condition))
    if not removed:
        return ChangeSet(), removed
    return task_change(chosen), removed


def add_links(session: Session, links: list[dict[str, Any]]) -> ChangeSet:
    with unit_of_work(session):
        if links:
            session.connection().execute(insert(TaskLink), links)
    return task_change(sorted({link["successor_id"] for link in links}))


def remove_links(session: Session, link_ids: Sequence[int]) -> ChangeSet:
    with unit_of_work(session):
        session.connection().execute(delete(TaskLink).where(TaskLink.id.in_(list(link_ids))))
    return ChangeSet(updated={TABLE: frozenset()}, schedule_dirty=True)
