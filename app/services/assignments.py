"""Who works on which task: the Resource Names column, and assignment edits by Microsoft
Project's rules (``app.domain.assignments``).

Every edit is one transaction and returns what it changed plus the task's assignments as
they were (``TaskAssignments``): undo puts that snapshot back, redo the one taken after the
edit, so both restore the file exactly, ids included.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.assignments import (
    MAX_UNITS,
    NamedAmount,
    NamesRefused,
    RuleRefused,
    TaskType,
    TaskWork,
    WorkLine,
    add_line,
    change_duration,
    change_units,
    change_work,
    driven_duration,
    format_entry,
    format_number,
    parse_names,
    remove_line,
    task_type,
)
from app.domain.calendar import DurationUnit, UnitSettings
from app.domain.money import MAX_CENTS, MoneyRefused, parse_money
from app.domain.task_text import DurationValue, TextError, parse_duration
from app.domain.validation import InvalidValue
from app.models.entities import Assignment, Project, Resource, Task
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "assignment"
TASK_TABLE = "task"
RESOURCE_TABLE = "resource"
# The task columns the rules change, kept for undo.
TASK_COLUMNS = ("duration_minutes", "task_type", "effort_driven")
_TASK = Task.__table__
_ASSIGNMENT = Assignment.__table__


def resource_names(session: Session, language: str = "en") -> dict[int, str]:
    """Task id → "Ahmed El Amrani[50%];Kees Smit" (units shown when not 100 %, material with
    its quantity, cost resources by name), in the resource sheet's order."""
    with unit_of_work(session):
        query = (
            select(
                Assignment.task_id,
                Resource.name,
                Resource.type,
                Assignment.units,
                Resource.material_label,
            )
            .join(Resource, Resource.id == Assignment.resource_id)
            .order_by(Assignment.task_id, Resource.position, Resource.id)
        )
        names: dict[int, list[str]] = {}
        for task_id, name, kind, units, label in session.connection().execute(query):
            names.setdefault(task_id, []).append(format_entry(name, kind, units, label, language))
    return {task_id: ";".join(parts) for task_id, parts in names.items()}


# --- reading --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssignmentData:
    """An assignment as the details dialog lists it; ``cost_cents`` is computed."""

    id: int
    task_id: int
    resource_id: int
    resource_name: str
    resource_type: str  # work, material, cost
    material_label: str
    units: float
    work_minutes: int
    actual_work_minutes: int
    amount_cents: int
    cost_cents: int


def task_assignments(session: Session, task_id: int) -> list[AssignmentData]:
    """A task's assignments in the resource sheet's order, with what each costs."""
    with unit_of_work(session):
        connection = session.connection()
        task = connection.execute(
            select(Task.percent_complete, Task.actual_start).where(Task.id == task_id)
        ).first()
        if task is None:
            raise LookupError(f"task {task_id} does not exist")
        from app.services.costs import rate_cards  # the cost rules load when first needed

        cards = rate_cards(connection, _minutes_per_day(connection))
        rows = connection.execute(
            select(_ASSIGNMENT, Resource.name, Resource.type, Resource.material_label)
            .join(Resource, Resource.id == Assignment.resource_id)
            .where(Assignment.task_id == task_id)
            .order_by(Resource.position, Resource.id)
        ).mappings()
        found = []
        percent = min(100, max(0, task[0]))
        for row in rows:
            card = cards[row["resource_id"]]
            cost = planned_cost(card, row, percent, task[1] is not None)
            found.append(
                AssignmentData(
                    id=row["id"],
                    task_id=task_id,
                    resource_id=row["resource_id"],
                    resource_name=row["name"],
                    resource_type=row["type"],
                    material_label=row["material_label"],
                    units=row["units"],
                    work_minutes=row["work_minutes"],
                    actual_work_minutes=row["actual_work_minutes"],
                    amount_cents=row["amount_cents"],
                    cost_cents=cost,
                )
            )
    return found


def task_scheduling(session: Session, task_id: int) -> tuple[TaskType, bool]:
    """A task's type and whether it is effort-driven (fixed work always is)."""
    with unit_of_work(session):
        row = (
            session.connection()
            .execute(select(Task.task_type, Task.effort_driven).where(Task.id == task_id))
            .first()
        )
    if row is None:
        raise LookupError(f"task {task_id} does not exist")
    kind = task_type(row[0])
    return kind, bool(row[1]) or kind is TaskType.FIXED_WORK


def planned_cost(card: Any, row: Any, percent: int, started: bool) -> int:
    """An assignment's planned cost by the cost rules; 0 for figures they refuse."""
    from app.domain.cost import AssignmentCostInput, assignment_cost

    item = AssignmentCostInput(
        rate=card,
        units=row["units"],
        work_minutes=row["work_minutes"],
        actual_work_minutes=row["actual_work_minutes"],
        overtime_work_minutes=row["overtime_work_minutes"],
        actual_overtime_work_minutes=row["actual_overtime_work_minutes"],
        amount_cents=row["amount_cents"],
    )
    try:
        return assignment_cost(item, percent_complete=percent, task_started=started).cost_cents
    except ValueError:  # imported figures the rules refuse (overtime above work)
        return 0


def _minutes_per_day(connection: Connection) -> int:
    return connection.scalar(select(Project.minutes_per_day)) or 480


def _unit_settings(connection: Connection) -> UnitSettings:
    row = connection.execute(
        select(Project.minutes_per_day, Project.minutes_per_week, Project.days_per_month).limit(1)
    ).one()
    return UnitSettings(row[0], row[1], row[2])


# --- undo snapshots -----------------------------------------------------------------------------


@dataclass
class TaskAssignments:
    """One task's rule columns and all its assignment rows, as they were."""

    task_id: int
    task: dict[str, Any] = field(default_factory=dict)
    assignments: list[dict[str, Any]] = field(default_factory=list)


def capture(connection: Connection, task_ids: Sequence[int]) -> list[TaskAssignments]:
    """Snapshots of tasks (missing tasks are left out)."""
    wanted = list(dict.fromkeys(task_ids))
    tasks = {
        row["id"]: dict(row)
        for row in connection.execute(
            select(_TASK.c.id, *(_TASK.c[c] for c in TASK_COLUMNS)).where(_TASK.c.id.in_(wanted))
        ).mappings()
    }
    rows: dict[int, list[dict[str, Any]]] = {}
    for row in connection.execute(
        select(_ASSIGNMENT).where(_ASSIGNMENT.c.task_id.in_(wanted)).order_by(_ASSIGNMENT.c.id)
    ).mappings():
        rows.setdefault(row["task_id"], []).append(dict(row))
    return [
        TaskAssignments(key, {c: tasks[key][c] for c in TASK_COLUMNS}, rows.get(key, []))
        for key in wanted
        if key in tasks
    ]


def snapshot(session: Session, task_ids: Sequence[int]) -> list[TaskAssignments]:
    """The tasks' assignments as they are now (what redo puts back)."""
    with unit_of_work(session):
        return capture(session.connection(), task_ids)


def put_back(connection: Connection, states: Sequence[TaskAssignments]) -> None:
    """Make the tasks' columns and assignments exactly what the snapshots hold."""
    for state in states:
        connection.execute(delete(Assignment).where(Assignment.task_id == state.task_id))
        if state.assignments:
            connection.execute(insert(Assignment), state.assignments)
        connection.execute(update(Task).where(Task.id == state.task_id).values(**state.task))


def restore_assignments(session: Session, states: Sequence[TaskAssignments]) -> ChangeSet:
    """Undo (or redo) of an assignment edit: the snapshots back in place."""
    with unit_of_work(session):
        connection = session.connection()
        before = capture(connection, [state.task_id for state in states])
        put_back(connection, states)
    return _difference(before, list(states))


def _difference(before: list[TaskAssignments], after: list[TaskAssignments]) -> ChangeSet:
    """What an edit changed, from the snapshots before and after it."""
    old = {row["id"]: row for state in before for row in state.assignments}
    new = {row["id"]: row for state in after for row in state.assignments}
    tasks = frozenset(state.task_id for state in (*before, *after))
    resources = frozenset(row["resource_id"] for row in (*old.values(), *new.values()))
    inserted = frozenset(new) - frozenset(old)
    deleted = frozenset(old) - frozenset(new)
    changed = frozenset(key for key in set(old) & set(new) if old[key] != new[key])
    updated: dict[str, frozenset[int]] = {TASK_TABLE: tasks, RESOURCE_TABLE: resources}
    if changed:
        updated[TABLE] = changed
    return ChangeSet(
        inserted={TABLE: inserted} if inserted else {},
        updated=updated,
        deleted={TABLE: deleted} if deleted else {},
        schedule_dirty=True,
    )


# --- applying the rules -------------------------------------------------------------------------


@dataclass
class TaskWorkRows:
    id: int
    duration: int
    kind: TaskType
    effort_driven: bool
    milestone: bool
    summary: bool
    rows: list[dict[str, Any]]  # assignments joined with their resource's type

    def shape(self) -> TaskWork:
        lines = tuple(
            WorkLine(row["id"], row["units"], row["work_minutes"])
            for row in self.rows
            if row["type"] == "work"
        )
        return TaskWork(self.kind, self.effort_driven, self.duration, lines)


def load_task(connection: Connection, task_id: int) -> TaskWorkRows:
    row = connection.execute(select(_TASK).where(_TASK.c.id == task_id)).mappings().first()
    if row is None:
        raise LookupError(f"task {task_id} does not exist")
    following = connection.execute(
        select(Task.outline_level).where(Task.position == row["position"] + 1)
    ).scalar()
    rows = [
        dict(r)
        for r in connection.execute(
            select(_ASSIGNMENT, Resource.type, Resource.name, Resource.max_units)
            .join(Resource, Resource.id == Assignment.resource_id)
            .where(Assignment.task_id == task_id)
            .order_by(Resource.position, Resource.id)
        ).mappings()
    ]
    return TaskWorkRows(
        id=task_id,
        duration=max(0, row["duration_minutes"]),
        kind=task_type(row["task_type"]),
        effort_driven=bool(row["effort_driven"]),
        milestone=bool(row["milestone"]),
        summary=following is not None and following > row["outline_level"],
        rows=rows,
    )


def store_task(connection: Connection, task: TaskWorkRows, shape: TaskWork) -> None:
    """Write back the work lines and the duration the rules settled on."""
    current = {row["id"]: row for row in task.rows}
    for line in shape.lines:
        row = current.get(line.key)
        if row is None or (row["units"] == line.units and row["work_minutes"] == line.work):
            continue
        values: dict[str, Any] = {"units": line.units, "work_minutes": line.work}
        if row["remaining_work_minutes"] is not None:
            values["remaining_work_minutes"] = max(0, line.work - row["actual_work_minutes"])
        connection.execute(update(Assignment).where(Assignment.id == line.key).values(**values))
        row.update(values)
    if shape.duration != task.duration:
        connection.execute(
            update(Task).where(Task.id == task.id).values(duration_minutes=shape.duration)
        )
        task.duration = shape.duration


def _ruled(field_name: str, rule: Callable[[], TaskWork]) -> TaskWork:
    try:
        return rule()
    except RuleRefused as refused:
        raise InvalidValue(field_name, refused.code) from None


def _edit(
    session: Session, task_id: int, change: Callable[[Connection, TaskWorkRows], None]
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """Run ``change`` on one task in a transaction; returns the change and the snapshot."""
    with unit_of_work(session):
        connection = session.connection()
        before = capture(connection, [task_id])
        if not before:
            raise LookupError(f"task {task_id} does not exist")
        change(connection, load_task(connection, task_id))
        after = capture(connection, [task_id])
    if after[0].task == before[0].task and after[0].assignments == before[0].assignments:
        return ChangeSet(), before
    return _difference(before, after), before


def _resource(connection: Connection, resource_id: int) -> dict[str, Any]:
    row = (
        connection.execute(select(Resource.__table__).where(Resource.id == resource_id))
        .mappings()
        .first()
    )
    if row is None:
        raise LookupError(f"resource {resource_id} does not exist")
    return dict(row)


def default_units(resource: dict[str, Any]) -> float:
    """A new assignment's units: 100 %, or the resource's maximum when it is less; one unit
    of material."""
    if resource["type"] == "work" and 0 < resource["max_units"] < 1:
        return float(resource["max_units"])
    return 1.0


def _check_takes(task: TaskWorkRows, resource: dict[str, Any]) -> None:
    """Work resources need a task with a duration of its own."""
    if resource["type"] != "work":
        return
    if task.summary:
        raise InvalidValue("resources", "summary_work", resource["name"])
    if task.milestone:
        raise InvalidValue("resources", "milestone_work", resource["name"])


def _add(
    connection: Connection,
    task: TaskWorkRows,
    resource: dict[str, Any],
    units: float | None,
    amount_cents: int = 0,
    *,
    share: bool = True,
) -> None:
    _check_takes(task, resource)
    if any(row["resource_id"] == resource["id"] for row in task.rows):
        raise InvalidValue("resources", "already_assigned", resource["name"])
    chosen = default_units(resource) if units is None else units
    _check_quantity(resource["type"], chosen)
    values: dict[str, Any] = {
        "task_id": task.id,
        "resource_id": resource["id"],
        "units": chosen if resource["type"] != "cost" else 1.0,
        "work_minutes": 0,
        "actual_work_minutes": 0,
        "remaining_work_minutes": None,
        "cost_cents": 0,
        "external_uid": None,
        "overtime_work_minutes": 0,
        "actual_overtime_work_minutes": 0,
        "amount_cents": amount_cents if resource["type"] == "cost" else 0,
    }
    key = connection.execute(insert(Assignment).values(**values)).inserted_primary_key
    assert key is not None
    new_id = int(key[0])
    if resource["type"] != "work":
        return
    shape = _ruled("units", lambda: add_line(task.shape(), new_id, chosen, share=share))
    task.rows.append({**values, "id": new_id, "type": "work"})
    store_task(connection, task, shape)


def _remove(connection: Connection, task: TaskWorkRows, assignment_id: int) -> None:
    row = next((r for r in task.rows if r["id"] == assignment_id), None)
    if row is None:
        raise LookupError(f"assignment {assignment_id} is not on task {task.id}")
    shape = remove_line(task.shape(), assignment_id) if row["type"] == "work" else None
    connection.execute(delete(Assignment).where(Assignment.id == assignment_id))
    task.rows.remove(row)
    if shape is not None:
        store_task(connection, task, shape)


def _check_quantity(kind: str, units: float) -> None:
    if not math.isfinite(units) or units < 0:
        raise InvalidValue("units", "negative")
    if units > (MAX_UNITS if kind == "work" else 1e9):
        raise InvalidValue("units", "too_large")


def add_assignment(
    session: Session,
    task_id: int,
    resource_id: int,
    units: float | None = None,
    amount_cents: int = 0,
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """Put a resource on a task (units: None for 100 % or its maximum, quantity for
    material; ``amount_cents`` for a cost resource). Effort-driven tasks keep their work."""
    if amount_cents < 0:
        raise InvalidValue("amount", "negative")

    def change(connection: Connection, task: TaskWorkRows) -> None:
        _add(connection, task, _resource(connection, resource_id), units, amount_cents)

    return _edit(session, task_id, change)


def _task_of(session: Session, assignment_id: int) -> int:
    with unit_of_work(session):
        task_id = session.connection().scalar(
            select(Assignment.task_id).where(Assignment.id == assignment_id)
        )
    if task_id is None:
        raise LookupError(f"assignment {assignment_id} does not exist")
    return int(task_id)


def remove_assignment(
    session: Session, assignment_id: int
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """Take a resource off a task; on an effort-driven task the others take over its work."""
    task_id = _task_of(session, assignment_id)
    return _edit(session, task_id, lambda c, task: _remove(c, task, assignment_id))


def parse_units(value: Any, kind: str, language: str = "en") -> float:
    """Units typed for an assignment: "50%" or "50" for a work resource (a percentage), a
    quantity such as "2,5" for material; numbers pass as they are (1.0 = 100 %)."""
    if isinstance(value, bool):
        raise InvalidValue("units", "not_a_number", str(value))
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace(" ", "")
    percent = text.endswith("%")
    body = text.rstrip("%").replace(",", ".")
    try:
        number = Decimal(body)
    except ArithmeticError:
        raise InvalidValue("units", "not_a_number", str(value)) from None
    if not number.is_finite():
        raise InvalidValue("units", "not_a_number", str(value))
    if kind == "work" or percent:
        if kind != "work":
            raise InvalidValue("units", "material_percent", str(value))
        return float(number / 100)
    return float(number)


def set_assignment_units(
    session: Session, assignment_id: int, value: Any, language: str = "en"
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """New units (work) or quantity (material): fixed duration changes the work, fixed
    units and fixed work the duration."""
    task_id = _task_of(session, assignment_id)

    def change(connection: Connection, task: TaskWorkRows) -> None:
        row = _row(task, assignment_id)
        if row["type"] == "cost":
            raise InvalidValue("units", "cost_resource")
        units = parse_units(value, row["type"], language)
        _check_quantity(row["type"], units)
        if row["type"] == "material":
            connection.execute(
                update(Assignment).where(Assignment.id == assignment_id).values(units=units)
            )
            return
        shape = _ruled("units", lambda: change_units(task.shape(), assignment_id, units))
        store_task(connection, task, shape)

    return _edit(session, task_id, change)


def _row(task: TaskWorkRows, assignment_id: int) -> dict[str, Any]:
    row = next((r for r in task.rows if r["id"] == assignment_id), None)
    if row is None:
        raise LookupError(f"assignment {assignment_id} does not exist")
    return row


def parse_work(value: Any, settings: UnitSettings, language: str = "en") -> int:
    """Work typed as "16h", "2d", "1,5 dagen" or a bare number of hours; minutes pass."""
    if isinstance(value, DurationValue):
        return value.minutes
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        parsed = parse_duration(str(value), settings, language, DurationUnit.HOUR)
    except TextError as error:
        raise InvalidValue("work", error.code, error.text) from None
    if parsed.unit.value.startswith("e"):
        raise InvalidValue("work", "elapsed_work", str(value))
    return parsed.minutes


def set_assignment_work(
    session: Session, assignment_id: int, value: Any, language: str = "en"
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """New work for a work resource: fixed duration changes its units, the others the
    duration."""
    task_id = _task_of(session, assignment_id)

    def change(connection: Connection, task: TaskWorkRows) -> None:
        row = _row(task, assignment_id)
        if row["type"] != "work":
            raise InvalidValue("work", "not_work_resource")
        minutes = parse_work(value, _unit_settings(connection), language)
        shape = _ruled("work", lambda: change_work(task.shape(), assignment_id, minutes))
        store_task(connection, task, shape)

    return _edit(session, task_id, change)


def parse_amount(value: Any, language: str = "en", field_name: str = "amount") -> int:
    """Cents from an int or from text typed in the UI language; never negative."""
    if isinstance(value, bool):
        raise InvalidValue(field_name, "not_a_number", str(value))
    if isinstance(value, int):
        cents = value
    else:
        try:
            cents = parse_money(str(value), language)
        except MoneyRefused as refused:
            raise InvalidValue(field_name, f"money.{refused.code}", str(value)) from None
    if cents < 0:
        raise InvalidValue(field_name, "negative", str(value))
    if cents > MAX_CENTS:
        raise InvalidValue(field_name, "too_large", str(value))
    return cents


def set_assignment_amount(
    session: Session, assignment_id: int, value: Any, language: str = "en"
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """The amount a cost resource (licences, travel) costs on this task."""
    task_id = _task_of(session, assignment_id)
    cents = parse_amount(value, language)

    def change(connection: Connection, task: TaskWorkRows) -> None:
        if _row(task, assignment_id)["type"] != "cost":
            raise InvalidValue("amount", "not_cost_resource")
        connection.execute(
            update(Assignment).where(Assignment.id == assignment_id).values(amount_cents=cents)
        )

    return _edit(session, task_id, change)


def set_task_scheduling(
    session: Session, task_id: int, field_name: str, value: Any
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """Change the task type (0 fixed units, 1 fixed duration, 2 fixed work) or whether it is
    effort-driven. Fixed work is always effort-driven, as in Microsoft Project."""

    def change(connection: Connection, task: TaskWorkRows) -> None:
        values: dict[str, Any]
        if field_name == "task_type":
            try:
                kind = TaskType(int(value))
            except (TypeError, ValueError):
                raise InvalidValue("task_type", "unknown_task_type", str(value)) from None
            values = {"task_type": int(kind)}
            if kind is TaskType.FIXED_WORK:
                values["effort_driven"] = True
            task.kind = kind
        elif field_name == "effort_driven":
            if not value and task.kind is TaskType.FIXED_WORK:
                raise InvalidValue("effort_driven", "fixed_work_effort")
            values = {"effort_driven": bool(value)}
        else:
            raise InvalidValue(field_name, "unknown_field")
        connection.execute(update(Task).where(Task.id == task.id).values(**values))
        # A task that becomes resource-driven lasts as long as its assignments, as the
        # scheduler will compute it.
        shape = task.shape()
        if shape.lines and not task.milestone:
            duration = driven_duration(shape)
            if duration != task.duration:
                connection.execute(
                    update(Task).where(Task.id == task.id).values(duration_minutes=duration)
                )

    return _edit(session, task_id, change)


# --- the Resource Names column --------------------------------------------------------------------


def _resources_by_name(connection: Connection) -> dict[str, dict[str, Any]]:
    """Resources by folded name; of two with the same name the first in the sheet wins."""
    found: dict[str, dict[str, Any]] = {}
    for row in connection.execute(
        select(Resource.__table__).order_by(Resource.position.desc(), Resource.id.desc())
    ).mappings():
        found[row["name"].strip().casefold()] = dict(row)
    return found


def _parse(text: str, names: Sequence[str]) -> list[NamedAmount]:
    try:
        return parse_names(text, names)
    except NamesRefused as refused:
        raise InvalidValue("resources", f"names.{refused.code}", refused.detail) from None


def unknown_resource_names(session: Session, text: str) -> list[str]:
    """The names typed in a Resource Names cell that no resource has (as typed)."""
    with unit_of_work(session):
        known = _resources_by_name(session.connection())
    entries = _parse(text, [row["name"] for row in known.values()])
    return [entry.name for entry in entries if entry.name.casefold() not in known]


def _entry_units(entry: NamedAmount, resource: dict[str, Any], current: float | None) -> float:
    """The units an entry asks for; an unchanged percentage keeps the exact stored units."""
    kind = resource["type"]
    if kind == "cost":
        if entry.amount is not None:
            raise InvalidValue("resources", "cost_amount", resource["name"])
        return 1.0
    if entry.amount is None:
        if kind == "material":
            return current if current is not None else 1.0
        return 1.0
    if kind == "work":
        if entry.label:
            raise InvalidValue("resources", "names.bad_amount", entry.name)
        units = float(entry.amount / 100)
        if current is not None and format_number(current * 100, "en", 1) == format_number(
            float(entry.amount), "en", 1
        ):
            return current  # "Jan[33.3%]" shown for 0.333333 and typed back unchanged
        return units
    if entry.percent:
        raise InvalidValue("resources", "material_percent", resource["name"])
    quantity = float(entry.amount)
    if current is not None and format_number(current, "en") == format_number(quantity, "en"):
        return current
    return quantity


def set_task_resources(
    session: Session, task_id: int, text: str, language: str = "en"
) -> tuple[ChangeSet, list[TaskAssignments]]:
    """Make a task's assignments what a Resource Names cell says (``Jan[50%];Piet``).

    Names match resources case-insensitively; an unknown name is refused (the window offers
    to create it first). Resources left out are removed, then changed units applied, then
    new resources added in the order typed, each by the rules. Resources typed onto a task
    without work resources all take ``duration × units``: effort-driven sharing starts once
    the first resources are on the task, as in Microsoft Project.
    """

    def change(connection: Connection, task: TaskWorkRows) -> None:
        known = _resources_by_name(connection)
        entries = _parse(text, [row["name"] for row in known.values()])
        missing = [entry.name for entry in entries if entry.name.casefold() not in known]
        if missing:
            raise InvalidValue("resources", "unknown_resource", "; ".join(missing))
        wanted = [(entry, known[entry.name.casefold()]) for entry in entries]
        chosen = {resource["id"] for _entry, resource in wanted}
        for row in list(task.rows):
            if row["resource_id"] not in chosen:
                _remove(connection, task, row["id"])
        for entry, resource in wanted:
            found = [r for r in task.rows if r["resource_id"] == resource["id"]]
            if not found:
                continue
            row = found[0]
            units = _entry_units(entry, resource, row["units"])
            if units == row["units"] or resource["type"] == "cost":
                continue
            _check_quantity(resource["type"], units)
            if resource["type"] == "material":
                connection.execute(
                    update(Assignment).where(Assignment.id == row["id"]).values(units=units)
                )
                row["units"] = units
                continue
            shape = _ruled("resources", partial(change_units, task.shape(), row["id"], units))
            store_task(connection, task, shape)
        # Resources typed onto a task no one works on yet are its first resources together.
        first = not any(row["type"] == "work" for row in task.rows)
        for entry, resource in wanted:
            if any(r["resource_id"] == resource["id"] for r in task.rows):
                continue
            units = _entry_units(entry, resource, None)
            _add(connection, task, resource, units, share=not first)
            fresh = load_task(connection, task.id)
            task.rows, task.duration = fresh.rows, fresh.duration

    return _edit(session, task_id, change)


# --- following a duration edit --------------------------------------------------------------------


def follow_duration(connection: Connection, task_id: int, minutes: int) -> TaskAssignments | None:
    """A task's new duration, inside the caller's transaction: fixed units and fixed
    duration change the work of its work resources, fixed work their units.

    Call before the duration itself is stored. Returns the task's assignments as they were
    when any changed (for undo), else None.
    """
    task = load_task(connection, task_id)
    shape = task.shape()
    if not shape.lines:
        return None
    before = capture(connection, [task_id])[0]
    new = _ruled("duration", lambda: change_duration(shape, max(0, minutes)))
    store_task(connection, task, new)
    after = capture(connection, [task_id])[0]
    return None if after.assignments == before.assignments else before


def put_back_assignments(connection: Connection, state: TaskAssignments) -> None:
    """Undo of ``follow_duration`` inside the caller's transaction (assignment rows only;
    the caller restores the task's own columns)."""
    connection.execute(delete(Assignment).where(Assignment.task_id == state.task_id))
    if state.assignments:
        connection.execute(insert(Assignment), state.assignments)
