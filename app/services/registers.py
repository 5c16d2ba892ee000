"""What the risk register and the issue log share: codes, owners, links to tasks, checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.risks import next_reference, reference_number
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue, check_date, check_text
from app.models.entities import Stakeholder, Task, ViewSetting
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

STAKEHOLDER_TABLE = "stakeholder"


@dataclass(frozen=True, slots=True)
class LinkedTask:
    """A task a risk or issue is linked to; ``row`` is the task's ID in the schedule."""

    task_id: int
    row: int
    name: str
    response: bool = False


def merge(*changes: ChangeSet) -> ChangeSet:
    """One ChangeSet saying everything the given ones say."""

    def union(attribute: str) -> dict[str, frozenset[int]]:
        result: dict[str, frozenset[int]] = {}
        for change in changes:
            for table, ids in getattr(change, attribute).items():
                result[table] = result.get(table, frozenset()) | ids
        return result

    durations: dict[int, int] = {}
    for change in changes:
        durations.update(change.durations)
    return ChangeSet(
        project_fields=frozenset().union(*(c.project_fields for c in changes)),
        inserted=union("inserted"),
        updated=union("updated"),
        deleted=union("deleted"),
        reordered=frozenset().union(*(c.reordered for c in changes)),
        schedule_dirty=any(c.schedule_dirty for c in changes),
        everything=any(c.everything for c in changes),
        durations=durations,
    )


def ids(table: str, *keys: int) -> dict[str, frozenset[int]]:
    return {table: frozenset(keys)}


# -- codes that are never reused ----------------------------------------------------------
def take_reference(
    connection: Connection, counter_key: str, prefix: str, refs: Iterable[str], wanted: str = ""
) -> tuple[str, str | None]:
    """The code for a new row and the counter's stored text before, for undo.

    The highest number ever issued is kept in ``view_setting`` under ``counter_key``
    so a deleted row's code is not given out again. ``wanted`` (redo) keeps its code.
    The counter is bookkeeping that no view shows, so it is left out of ChangeSets.
    """
    before = connection.scalar(select(ViewSetting.value).where(ViewSetting.key == counter_key))
    issued = int(before) if before is not None and before.isdigit() else 0
    ref = wanted or next_reference(refs, issued, prefix)
    number = max(issued, reference_number(ref, prefix))
    set_counter(connection, counter_key, str(number) if number else before)
    return ref, before


def retire_reference(connection: Connection, counter_key: str, prefix: str, ref: str) -> str | None:
    """Remember a deleted row's code as issued; returns the counter's text before, for undo."""
    before = connection.scalar(select(ViewSetting.value).where(ViewSetting.key == counter_key))
    issued = int(before) if before is not None and before.isdigit() else 0
    if reference_number(ref, prefix) > issued:
        set_counter(connection, counter_key, str(reference_number(ref, prefix)))
    return before


def set_counter(connection: Connection, counter_key: str, value: str | None) -> None:
    """Store (or with None remove) a code counter."""
    found = connection.scalar(select(ViewSetting.value).where(ViewSetting.key == counter_key))
    if found == value:
        return
    if value is None:
        connection.execute(delete(ViewSetting).where(ViewSetting.key == counter_key))
    elif found is None:
        connection.execute(insert(ViewSetting).values(key=counter_key, value=value))
    else:
        connection.execute(
            update(ViewSetting).where(ViewSetting.key == counter_key).values(value=value)
        )


# -- owners ---------------------------------------------------------------------------------
def stakeholder_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every stakeholder in register order, for owner pickers."""
    with unit_of_work(session):
        rows = session.connection().execute(
            select(Stakeholder.id, Stakeholder.name).order_by(Stakeholder.position, Stakeholder.id)
        )
        return [(row[0], row[1]) for row in rows]


def check_stakeholder(connection: Connection, field: str, value: object) -> int | None:
    """None, or the id of a stakeholder that exists."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, "not_a_number", repr(value)[:40])
    if connection.scalar(select(Stakeholder.id).where(Stakeholder.id == value)) is None:
        raise InvalidValue(field, "unknown_stakeholder", str(value))
    return value


# -- values ---------------------------------------------------------------------------------
def check_line(
    field: str, value: object, *, required: bool = False, limit: int = MAX_NAME_LENGTH
) -> str:
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text")
    return check_text(field, value.strip(), required=required, limit=limit)


def check_block(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text")
    return check_text(field, value)


def check_optional_date(field: str, value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise InvalidValue(field, "not_a_date", repr(value)[:40])
    check_date(field, value)
    return value


def check_choice(field: str, value: object, choices: Iterable[str], *, blank: bool = False) -> str:
    if blank and value == "":
        return ""
    allowed = list(choices)
    if not isinstance(value, str) or value not in allowed:
        raise InvalidValue(field, "not_a_choice", repr(value)[:40])
    return value


# -- links to tasks -------------------------------------------------------------------------
def linked_tasks(
    connection: Connection, link_table: Any, owner_column: str, only: int | None = None
) -> dict[int, list[LinkedTask]]:
    """The links of ``link_table`` with their task's ID and name, by owner (risk or issue) id.

    ``only`` restricts them to one owner.
    """
    owner = link_table.c[owner_column]
    has_response = "response" in link_table.c
    columns = [owner, Task.id, Task.position, Task.name]
    if has_response:
        columns.append(link_table.c.response)
    statement = select(*columns).join(Task, Task.id == link_table.c.task_id)
    if only is not None:
        statement = statement.where(owner == only)
    result: dict[int, list[LinkedTask]] = {}
    for row in connection.execute(statement.order_by(owner, Task.position)):
        response = bool(row[4]) if has_response else False
        result.setdefault(row[0], []).append(LinkedTask(row[1], row[2] + 1, row[3], response))
    return result


def check_task(connection: Connection, task_id: object) -> int:
    if isinstance(task_id, bool) or not isinstance(task_id, int):
        raise InvalidValue("task", "not_a_number", repr(task_id)[:40])
    if connection.scalar(select(Task.id).where(Task.id == task_id)) is None:
        raise LookupError(f"task {task_id} does not exist")
    return task_id
