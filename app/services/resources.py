"""The resource sheet: people, materials and costs, their rates, and what they are assigned.

Rows are kept in the order the user gave them (``position``). Deleting a resource takes it
off its tasks by the assignment rules (effort-driven tasks keep their work) and remembers
the tasks as they were, so undo restores the file exactly.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.assignments import MAX_UNITS, remove_line
from app.domain.calendar import UnitSettings
from app.domain.cost import Accrual, ResourceKind
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue, check_text
from app.models.entities import Assignment, Calendar, CostCategory, Project, Resource, Task
from app.services.assignments import TABLE as ASSIGNMENT_TABLE
from app.services.assignments import (
    TASK_TABLE,
    TaskAssignments,
    capture,
    load_task,
    parse_amount,
    planned_cost,
    put_back,
    store_task,
)
from app.services.changes import ChangeSet
from app.services.costs import rate_cards
from app.services.transaction import unit_of_work

TABLE = "resource"
_TABLE = Resource.__table__
TYPES = tuple(kind.value for kind in ResourceKind)  # work, material, cost
RATE_UNITS = ("h", "d")
ACCRUALS = tuple(accrual.value for accrual in Accrual)  # start, prorated, end
MONEY_FIELDS = ("standard_rate_cents", "overtime_rate_cents", "cost_per_use_cents")
# Characters the Resource Names column reads as syntax (MS Project refuses them too).
FORBIDDEN_IN_NAMES = ("[", "]", ";")
_RATE_SUFFIX = re.compile(r"\s*/\s*[^\d/]*$")


@dataclass(frozen=True, slots=True)
class ResourceData:
    """A resource as plain data; ``position`` is its 0-based place in the sheet. Money in
    cents: rates per hour or per project working day (``rate_unit``) for work, per unit of
    ``material_label`` for material."""

    id: int
    position: int
    name: str
    type: str = "work"
    initials: str = ""
    group_name: str = ""
    organisation: str = ""
    internal: bool = True
    max_units: float = 1.0
    standard_rate_cents: int = 0
    overtime_rate_cents: int = 0
    rate_unit: str = "h"
    cost_per_use_cents: int = 0
    accrual: str = "prorated"
    category_id: int | None = None
    calendar_id: int | None = None
    material_label: str = ""
    email: str = ""
    external_uid: int | None = None


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ResourceData))
STORED_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f not in ("id", "position"))
EDITABLE_FIELDS: tuple[str, ...] = tuple(f for f in STORED_FIELDS if f != "external_uid")
_COLUMNS = [_TABLE.c[name] for name in FIELDS]
# A rename or a new type changes what the Resource Names column shows.
_SHOWN_IN_TASKS = frozenset({"name", "type", "material_label"})
# The scheduler reads a resource's calendar; costs read the rates.
_SCHEDULE_FIELDS = frozenset({"calendar_id", "type"})


@dataclass(frozen=True, slots=True)
class RemovedResource:
    """What undoing a delete needs: the row, and its tasks as they were."""

    resource: ResourceData
    tasks: list[TaskAssignments]


@dataclass(frozen=True, slots=True)
class ResourceUse:
    """What a resource is assigned: number of assignments, work in minutes, planned cost
    (cents, Σ its assignments by the cost rules)."""

    assignments: int = 0
    work_minutes: int = 0
    cost_cents: int = 0


def _as_data(row: Any) -> ResourceData:
    values = dict(zip(FIELDS, row, strict=True))
    values["internal"] = bool(values["internal"])
    values["max_units"] = float(values["max_units"])
    return ResourceData(**values)


def _read(connection: Connection, resource_id: int) -> ResourceData:
    row = connection.execute(select(*_COLUMNS).where(_TABLE.c.id == resource_id)).first()
    if row is None:
        raise LookupError(f"resource {resource_id} does not exist")
    return _as_data(row)


def list_resources(session: Session) -> list[ResourceData]:
    """The resource sheet in its order."""
    with unit_of_work(session):
        rows = session.connection().execute(
            select(*_COLUMNS).order_by(_TABLE.c.position, _TABLE.c.id)
        )
        return [_as_data(row) for row in rows]


def get_resource(session: Session, resource_id: int) -> ResourceData:
    with unit_of_work(session):
        return _read(session.connection(), resource_id)


def cost_categories(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the cost categories, in their order: what a resource may be booked on."""
    with unit_of_work(session):
        rows = session.connection().execute(
            select(CostCategory.id, CostCategory.name).order_by(
                CostCategory.position, CostCategory.id
            )
        )
        return [(row[0], row[1]) for row in rows]


def resource_use(session: Session) -> dict[int, ResourceUse]:
    """Per resource: its assignments, their work and their planned cost.

    The cost of each assignment follows the cost rules (``app.domain.cost``) as
    ``app.services.costs`` applies them, so the sheet's costs add up to the tasks' costs.
    """
    with unit_of_work(session):
        connection = session.connection()
        minutes_per_day = connection.scalar(select(Project.minutes_per_day)) or 480
        cards = rate_cards(connection, minutes_per_day)
        progress = {
            row[0]: (min(100, max(0, row[1])), row[2] is not None)
            for row in connection.execute(select(Task.id, Task.percent_complete, Task.actual_start))
        }
        totals: dict[int, list[int]] = {}
        for row in connection.execute(select(Assignment.__table__)).mappings():
            card = cards.get(row["resource_id"])
            if card is None:
                continue
            percent, started = progress.get(row["task_id"], (0, False))
            total = totals.setdefault(row["resource_id"], [0, 0, 0])
            total[0] += 1
            if card.kind is ResourceKind.WORK:
                total[1] += max(row["work_minutes"], row["actual_work_minutes"])
            total[2] += planned_cost(card, row, percent, started)
    return {key: ResourceUse(*values) for key, values in totals.items()}


@dataclass(frozen=True, slots=True)
class ResourceSheet:
    """Everything the Team tab shows, read in one go."""

    resources: list[ResourceData]
    use: dict[int, ResourceUse]
    categories: list[tuple[int, str]]
    currency: str
    settings: UnitSettings


def resource_sheet(session: Session) -> ResourceSheet:
    """The sheet, what each resource is assigned and costs, the categories and the units."""
    resources = list_resources(session)
    use = resource_use(session)
    categories = cost_categories(session)
    with unit_of_work(session):
        row = (
            session.connection()
            .execute(
                select(
                    Project.currency,
                    Project.minutes_per_day,
                    Project.minutes_per_week,
                    Project.days_per_month,
                ).limit(1)
            )
            .one()
        )
    return ResourceSheet(
        resources, use, categories, row[0] or "EUR", UnitSettings(row[1], row[2], row[3])
    )


def resource_assignment_count(session: Session, resource_id: int) -> int:
    """How many tasks a resource is on: what deleting it would take away."""
    with unit_of_work(session):
        count = session.connection().scalar(
            select(func.count())
            .select_from(Assignment)
            .where(Assignment.resource_id == resource_id)
        )
    return int(count or 0)


def same_name(session: Session, name: str, resource_id: int = 0) -> list[ResourceData]:
    """Other resources with this name, ignoring case: the Resource Names column cannot tell
    them apart (it picks the first in the sheet)."""
    folded = name.strip().casefold()
    return [
        item
        for item in list_resources(session)
        if item.id != resource_id and item.name.strip().casefold() == folded
    ]


# --- checking values ----------------------------------------------------------------------------


def _check_name(value: Any) -> str:
    name = check_text("name", str(value).strip(), required=True, limit=MAX_NAME_LENGTH)
    for char in FORBIDDEN_IN_NAMES:
        if char in name:
            raise InvalidValue("name", "name_syntax", char)
    return name


def _check_max_units(value: Any) -> float:
    """Max units as a number (1.0 = 100 %) or text: "150%", "150" (a percentage)."""
    if isinstance(value, bool):
        raise InvalidValue("max_units", "not_a_number", str(value))
    if isinstance(value, int | float):
        units = float(value)
    else:
        text = str(value).strip().replace(" ", "").rstrip("%").replace(",", ".")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise InvalidValue("max_units", "not_a_number", str(value)) from None
        if not number.is_finite():
            raise InvalidValue("max_units", "not_a_number", str(value))
        units = float(number / 100)
    if not math.isfinite(units) or not 0 <= units <= MAX_UNITS:
        raise InvalidValue("max_units", "max_units_range", str(value))
    return units


def _money(field: str, value: Any, language: str) -> int:
    if isinstance(value, str):
        value = _RATE_SUFFIX.sub("", value)  # "€ 95,00/u" as the sheet shows it
    return parse_amount(value, language, field)


def _exists(connection: Connection, entity: Any, field: str, value: Any) -> int | None:
    if value is None or value == "":
        return None
    try:
        key = int(value)
    except (TypeError, ValueError):
        raise InvalidValue(field, "not_a_number", str(value)) from None
    if connection.scalar(select(entity.id).where(entity.id == key)) is None:
        raise InvalidValue(field, "unknown_" + field.removesuffix("_id"), str(value))
    return key


def normalise(connection: Connection, field: str, value: Any, language: str = "en") -> Any:
    """The value to store in ``field``, checked; raises InvalidValue with a code."""
    if field == "name":
        return _check_name(value)
    if field == "type":
        kind = str(value).strip().lower()
        if kind not in TYPES:
            raise InvalidValue("type", "resource_type", str(value))
        return kind
    if field in ("initials", "material_label"):
        return check_text(field, str(value).strip(), limit=32)
    if field in ("group_name", "organisation", "email"):
        return check_text(field, str(value).strip(), limit=MAX_NAME_LENGTH)
    if field == "internal":
        if isinstance(value, str):
            return value.strip().lower() not in ("", "0", "false", "external", "no")
        return bool(value)
    if field == "max_units":
        return _check_max_units(value)
    if field in MONEY_FIELDS:
        return _money(field, value, language)
    if field == "rate_unit":
        unit = str(value).strip().lower()
        if unit not in RATE_UNITS:
            raise InvalidValue("rate_unit", "rate_unit", str(value))
        return unit
    if field == "accrual":
        accrual = str(value).strip().lower()
        if accrual not in ACCRUALS:
            raise InvalidValue("accrual", "accrual", str(value))
        return accrual
    if field == "category_id":
        return _exists(connection, CostCategory, field, value)
    if field == "calendar_id":
        return _exists(connection, Calendar, field, value)
    if field == "external_uid":
        return None if value is None else int(value)
    raise InvalidValue(field, "unknown_field")


# --- edits ------------------------------------------------------------------------------------


def _count(connection: Connection) -> int:
    return int(connection.scalar(select(func.count()).select_from(_TABLE)) or 0)


def _shift(connection: Connection, first: int, last: int | None, delta: int) -> None:
    condition = Resource.position >= first
    if last is not None:
        condition = condition & (Resource.position <= last)
    connection.execute(update(Resource).where(condition).values(position=Resource.position + delta))


def _task_ids(connection: Connection, resource_id: int) -> list[int]:
    return list(
        connection.execute(
            select(Assignment.task_id)
            .where(Assignment.resource_id == resource_id)
            .order_by(Assignment.task_id)
        ).scalars()
    )


def insert_resource(
    session: Session, position: int, values: ResourceData, language: str = "en"
) -> tuple[ChangeSet, ResourceData]:
    """Insert at ``position`` (clamped), renumbering the rows after it. ``values.id`` of 0
    picks a new id; redo passes the one picked before."""
    with unit_of_work(session):
        connection = session.connection()
        stored = {
            field: normalise(connection, field, getattr(values, field), language)
            for field in STORED_FIELDS
        }
        position = max(0, min(position, _count(connection)))
        _shift(connection, position, None, +1)
        if values.id:
            stored["id"] = values.id
        new_id = connection.execute(
            insert(Resource).values(position=position, **stored).returning(Resource.id)
        ).scalar_one()
        inserted = _read(connection, new_id)
    change = ChangeSet(inserted={TABLE: frozenset({new_id})}, reordered=frozenset({TABLE}))
    return change, inserted


def with_identity(values: ResourceData, inserted: ResourceData) -> ResourceData:
    """The values to insert again on redo: the same id as the first time."""
    return replace(values, id=inserted.id)


def blank_resource(name: str, kind: str = "work") -> ResourceData:
    """Values for a new row (a work resource at 100 %); the id is chosen on insert."""
    return ResourceData(id=0, position=0, name=name, type=kind)


def delete_resource(session: Session, resource_id: int) -> tuple[ChangeSet, RemovedResource]:
    """Remove a resource; its assignments go by the rules (effort-driven tasks give its work
    to the others) and the tasks as they were are kept for undo."""
    with unit_of_work(session):
        connection = session.connection()
        removed = _read(connection, resource_id)
        task_ids = _task_ids(connection, resource_id)
        before = capture(connection, task_ids)
        for task_id in task_ids:
            _take_off(connection, task_id, resource_id)
        connection.execute(delete(Resource).where(Resource.id == resource_id))
        _shift(connection, removed.position + 1, None, -1)
    change = ChangeSet(
        deleted={TABLE: frozenset({resource_id})},
        updated={TASK_TABLE: frozenset(task_ids)} if task_ids else {},
        reordered=frozenset({TABLE}),
        schedule_dirty=bool(task_ids),
    )
    if task_ids:
        change = _with_assignments(change, before, resource_id)
    return change, RemovedResource(removed, before)


def _take_off(connection: Connection, task_id: int, resource_id: int) -> None:
    task = load_task(connection, task_id)
    for row in [r for r in task.rows if r["resource_id"] == resource_id]:
        connection.execute(delete(Assignment).where(Assignment.id == row["id"]))
        if row["type"] == "work":
            shape = remove_line(task.shape(), row["id"])
            task.rows.remove(row)
            store_task(connection, task, shape)
        else:
            task.rows.remove(row)


def _with_assignments(
    change: ChangeSet, states: list[TaskAssignments], resource_id: int
) -> ChangeSet:
    """The resource's assignments went; the others on its tasks may have new work."""
    rows = [row for state in states for row in state.assignments]
    gone = frozenset(row["id"] for row in rows if row["resource_id"] == resource_id)
    kept = frozenset(row["id"] for row in rows if row["resource_id"] != resource_id)
    deleted = {**change.deleted, ASSIGNMENT_TABLE: gone}
    updated = {**change.updated, ASSIGNMENT_TABLE: kept} if kept else change.updated
    return replace(change, deleted=deleted, updated=updated)


def restore_resource(session: Session, removed: RemovedResource) -> ChangeSet:
    """Undo a delete: the same row in the same place, its tasks as they were."""
    item = removed.resource
    with unit_of_work(session):
        connection = session.connection()
        _shift(connection, item.position, None, +1)
        stored = {field: getattr(item, field) for field in FIELDS}
        connection.execute(insert(Resource).values(**stored))
        put_back(connection, removed.tasks)
    task_ids = frozenset(state.task_id for state in removed.tasks)
    assignments = frozenset(row["id"] for state in removed.tasks for row in state.assignments)
    inserted = {TABLE: frozenset({item.id})}
    if assignments:
        inserted[ASSIGNMENT_TABLE] = assignments
    return ChangeSet(
        inserted=inserted,
        updated={TASK_TABLE: task_ids} if task_ids else {},
        reordered=frozenset({TABLE}),
        schedule_dirty=bool(task_ids),
    )


def move_resource(session: Session, resource_id: int, new_position: int) -> tuple[ChangeSet, int]:
    """Move a row to ``new_position``; returns the position it had, for undo."""
    with unit_of_work(session):
        connection = session.connection()
        old = _read(connection, resource_id).position
        new_position = max(0, min(new_position, _count(connection) - 1))
        if new_position > old:
            _shift(connection, old + 1, new_position, -1)
        elif new_position < old:
            _shift(connection, new_position, old - 1, +1)
        connection.execute(
            update(Resource).where(Resource.id == resource_id).values(position=new_position)
        )
        # The Resource Names column lists a task's resources in the sheet's order.
        tasks = _task_ids(connection, resource_id)
    if new_position == old:
        return ChangeSet(), old
    updated = {TABLE: frozenset({resource_id})}
    if tasks:
        updated[TASK_TABLE] = frozenset(tasks)
    return ChangeSet(updated=updated, reordered=frozenset({TABLE})), old


def set_resource_field(
    session: Session, resource_id: int, field: str, value: Any, language: str = "en"
) -> tuple[ChangeSet, Any]:
    """Store one field (checked); returns the value it replaced, for undo.

    Money may be cents or text in the UI language ("€ 1.234,56"); max units a number or a
    percentage ("150%"). A resource on tasks keeps its type: MS Project refuses that too,
    since work, quantities and amounts mean different things.
    """
    if field not in EDITABLE_FIELDS:
        raise InvalidValue(field, "unknown_field")
    with unit_of_work(session):
        connection = session.connection()
        old = getattr(_read(connection, resource_id), field)
        stored = normalise(connection, field, value, language)
        if old == stored:
            return ChangeSet(), old
        tasks = _task_ids(connection, resource_id)
        if field == "type" and tasks:
            raise InvalidValue("type", "type_in_use", str(len(tasks)))
        connection.execute(
            update(Resource).where(Resource.id == resource_id).values({field: stored})
        )
    updated = {TABLE: frozenset({resource_id})}
    if tasks and field in _SHOWN_IN_TASKS | _SCHEDULE_FIELDS:
        updated[TASK_TABLE] = frozenset(tasks)
    return (
        ChangeSet(updated=updated, schedule_dirty=bool(tasks) and field in _SCHEDULE_FIELDS),
        old,
    )
