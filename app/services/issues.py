"""The issue log: problems, change requests, off-specifications and concerns, with I-nnn codes.

An issue may come from a risk (``risk_id``; deleting the risk sets it to NULL and
its undo points the issue back) and may be linked to the tasks it affects.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.issues import REFERENCE_PREFIX, IssueKind, IssueStatus, Level
from app.domain.validation import InvalidValue
from app.models.entities import Issue, IssueTask, Risk, Stakeholder
from app.services.changes import ChangeSet
from app.services.registers import (
    LinkedTask,
    check_block,
    check_choice,
    check_line,
    check_optional_date,
    check_stakeholder,
    check_task,
    ids,
    linked_tasks,
    retire_reference,
    set_counter,
    take_reference,
)
from app.services.transaction import unit_of_work

TABLE = "issue"
LINK_TABLE = "issue_task"
COUNTER_KEY = "issue.last_ref"
_TABLE = cast(Table, Issue.__table__)
_LINKS = cast(Table, IssueTask.__table__)


@dataclass(frozen=True, slots=True)
class IssueData:
    """An issue as plain data, with the names the log shows (owner, risk code, tasks)."""

    id: int = 0
    position: int = 0
    ref: str = ""
    title: str = ""
    kind: IssueKind = IssueKind.PROBLEM
    date_raised: dt.date | None = None
    raised_by: str = ""
    description: str = ""
    impact: str = ""
    urgency: Level = Level.MEDIUM
    priority: Level = Level.MEDIUM
    owner_id: int | None = None
    owner_text: str = ""
    target_date: dt.date | None = None
    status: IssueStatus = IssueStatus.OPEN
    resolution: str = ""
    risk_id: int | None = None
    # Read only: from the stakeholder, the risk and the links.
    owner_name: str = ""
    risk_ref: str = ""
    tasks: tuple[LinkedTask, ...] = field(default=())


STORED_FIELDS = (
    "title",
    "kind",
    "date_raised",
    "raised_by",
    "description",
    "impact",
    "urgency",
    "priority",
    "owner_id",
    "owner_text",
    "target_date",
    "status",
    "resolution",
    "risk_id",
)
EDITABLE_FIELDS = STORED_FIELDS
_ROW_FIELDS = ("id", "position", "ref", *STORED_FIELDS)
_DATA_FIELDS = frozenset(f.name for f in fields(IssueData))


@dataclass(frozen=True, slots=True)
class RemovedIssue:
    """An issue as it was with its task links, for undo of a delete."""

    row: dict[str, Any]
    links: list[dict[str, Any]]
    counter: str | None = None  # the code counter before the delete


def normalise_issue_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field's value and return what will be stored."""
    if name == "title":
        return check_line(name, value, required=True)
    if name in ("raised_by", "owner_text"):
        return check_line(name, value)
    if name in ("description", "impact", "resolution"):
        return check_block(name, value)
    if name in ("date_raised", "target_date"):
        return check_optional_date(name, value)
    if name == "kind":
        return IssueKind(check_choice(name, value, IssueKind))
    if name == "status":
        return IssueStatus(check_choice(name, value, IssueStatus))
    if name in ("urgency", "priority"):
        return Level(check_choice(name, value, Level))
    if name == "owner_id":
        return check_stakeholder(connection, name, value)
    if name == "risk_id":
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(name, "not_a_number", repr(value)[:40])
        if connection.scalar(select(Risk.id).where(Risk.id == value)) is None:
            raise InvalidValue(name, "unknown_risk", str(value))
        return value
    raise InvalidValue(name, "unknown_field")


def _stored(value: Any) -> Any:
    return value.value if isinstance(value, IssueKind | IssueStatus | Level) else value


def _build_select() -> Any:
    owner = cast(Table, Stakeholder.__table__).alias("owner")
    risks = cast(Table, Risk.__table__)
    return (
        select(_TABLE, owner.c.name.label("owner_name"), risks.c.ref.label("risk_ref"))
        .outerjoin(owner, owner.c.id == _TABLE.c.owner_id)
        .outerjoin(risks, risks.c.id == _TABLE.c.risk_id)
        .order_by(_TABLE.c.position, _TABLE.c.id)
    )


_SELECT = _build_select()  # built once: building it costs more than running it


def _select() -> Any:
    return _SELECT


def _as_data(row: RowMapping, tasks: list[LinkedTask]) -> IssueData:
    return IssueData(
        id=row["id"],
        position=row["position"],
        ref=row["ref"],
        title=row["title"],
        kind=_enum(IssueKind, row["kind"], IssueKind.PROBLEM),
        date_raised=row["date_raised"],
        raised_by=row["raised_by"],
        description=row["description"],
        impact=row["impact"],
        urgency=_enum(Level, row["urgency"], Level.MEDIUM),
        priority=_enum(Level, row["priority"], Level.MEDIUM),
        owner_id=row["owner_id"],
        owner_text=row["owner_text"],
        target_date=row["target_date"],
        status=_enum(IssueStatus, row["status"], IssueStatus.OPEN),
        resolution=row["resolution"],
        risk_id=row["risk_id"],
        owner_name=row["owner_name"] or row["owner_text"],
        risk_ref=row["risk_ref"] or "",
        tasks=tuple(tasks),
    )


def _enum(kind: Any, value: str, fallback: Any) -> Any:
    try:
        return kind(value)
    except ValueError:  # written by a newer Koers: shown as the default, kept as stored
        return fallback


def list_issues(session: Session) -> list[IssueData]:
    """Every issue in log order: one select for the issues, one for their task links."""
    with unit_of_work(session):
        connection = session.connection()
        tasks = linked_tasks(connection, _LINKS, "issue_id")
        return [
            _as_data(row, tasks.get(row["id"], []))
            for row in connection.execute(_select()).mappings()
        ]


def _read(connection: Connection, issue_id: int) -> IssueData:
    row = connection.execute(_select().where(Issue.id == issue_id)).mappings().first()
    if row is None:
        raise LookupError(f"issue {issue_id} does not exist")
    tasks = linked_tasks(connection, _LINKS, "issue_id", issue_id)
    return _as_data(row, tasks.get(issue_id, []))


def get_issue(session: Session, issue_id: int) -> IssueData:
    with unit_of_work(session):
        return _read(session.connection(), issue_id)


def _count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(_TABLE)) or 0


def _shift(connection: Connection, first: int, delta: int) -> None:
    connection.execute(
        update(Issue).where(Issue.position >= first).values(position=Issue.position + delta)
    )


def insert_issue_row(
    connection: Connection, values: IssueData, position: int | None = None
) -> tuple[IssueData, str | None]:
    """Insert inside a caller's transaction; returns the issue and the code counter before."""
    stored = {
        name: _stored(normalise_issue_value(connection, name, getattr(values, name)))
        for name in STORED_FIELDS
    }
    count = _count(connection)
    place = count if position is None else max(0, min(position, count))
    ref, counter = take_reference(
        connection,
        COUNTER_KEY,
        REFERENCE_PREFIX,
        connection.scalars(select(Issue.ref)).all(),
        values.ref,
    )
    _shift(connection, place, +1)
    row = {"position": place, "ref": ref, **stored}
    if values.id:
        row["id"] = values.id
    result = connection.execute(insert(_TABLE).values(**row))
    key = result.inserted_primary_key
    assert key is not None
    return _read(connection, int(key[0])), counter


def insert_issue(
    session: Session, values: IssueData, position: int | None = None
) -> tuple[ChangeSet, IssueData, str | None]:
    """Add an issue (at the end unless ``position``); id 0 and ref "" mean new ones.

    Returns the change, the issue, and the code counter as it was (for undo).
    """
    with unit_of_work(session):
        issue, counter = insert_issue_row(session.connection(), values, position)
    change = ChangeSet(inserted=ids(TABLE, issue.id), reordered=frozenset({TABLE}))
    return change, issue, counter


def _links(connection: Connection, issue_id: int) -> list[dict[str, Any]]:
    return [
        dict(row)
        for row in connection.execute(
            select(_LINKS).where(_LINKS.c.issue_id == issue_id).order_by(_LINKS.c.id)
        ).mappings()
    ]


def delete_issue_row(connection: Connection, issue_id: int) -> RemovedIssue:
    row = connection.execute(select(_TABLE).where(Issue.id == issue_id)).mappings().first()
    if row is None:
        raise LookupError(f"issue {issue_id} does not exist")
    removed = RemovedIssue(
        dict(row),
        _links(connection, issue_id),
        retire_reference(connection, COUNTER_KEY, REFERENCE_PREFIX, row["ref"]),
    )
    connection.execute(delete(_TABLE).where(Issue.id == issue_id))  # links cascade
    _shift(connection, removed.row["position"] + 1, -1)
    return removed


def _removal_change(removed: RemovedIssue) -> ChangeSet:
    deleted = ids(TABLE, removed.row["id"])
    if removed.links:
        deleted |= ids(LINK_TABLE, *(link["id"] for link in removed.links))
    return ChangeSet(deleted=deleted, reordered=frozenset({TABLE}))


def delete_issue(session: Session, issue_id: int) -> tuple[ChangeSet, RemovedIssue]:
    """Remove an issue with its task links; returns them as they were, for undo."""
    with unit_of_work(session):
        removed = delete_issue_row(session.connection(), issue_id)
    return _removal_change(removed), removed


def undo_insert_issue(session: Session, issue_id: int, counter: str | None) -> ChangeSet:
    """Take back an inserted issue: the row goes and the code counter is as it was."""
    with unit_of_work(session):
        connection = session.connection()
        removed = delete_issue_row(connection, issue_id)
        set_counter(connection, COUNTER_KEY, counter)
    return _removal_change(removed)


def restore_issue_row(connection: Connection, removed: RemovedIssue) -> None:
    _shift(connection, removed.row["position"], +1)
    connection.execute(insert(_TABLE).values(**removed.row))
    if removed.links:
        connection.execute(insert(_LINKS), removed.links)
    set_counter(connection, COUNTER_KEY, removed.counter)


def restore_issue(session: Session, removed: RemovedIssue) -> ChangeSet:
    """Put a deleted issue back: same id, code, place and links."""
    with unit_of_work(session):
        restore_issue_row(session.connection(), removed)
    inserted = ids(TABLE, removed.row["id"])
    if removed.links:
        inserted |= ids(LINK_TABLE, *(link["id"] for link in removed.links))
    return ChangeSet(inserted=inserted, reordered=frozenset({TABLE}))


def set_issue_fields(
    session: Session, issue_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of one issue; returns the values they replaced, for undo."""
    unknown = [name for name in values if name not in EDITABLE_FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], "unknown_field")
    with unit_of_work(session):
        connection = session.connection()
        stored = {
            name: _stored(normalise_issue_value(connection, name, value))
            for name, value in values.items()
        }
        row = connection.execute(
            select(*(_TABLE.c[name] for name in stored)).where(Issue.id == issue_id)
        ).first()
        if row is None:
            raise LookupError(f"issue {issue_id} does not exist")
        old = dict(zip(stored, row, strict=True))
        if old == stored:
            return ChangeSet(), old
        connection.execute(update(_TABLE).where(Issue.id == issue_id).values(**stored))
    return ChangeSet(updated=ids(TABLE, issue_id)), old


def link_issue_task(
    session: Session, issue_id: int, task_id: int, link_id: int | None = None
) -> tuple[ChangeSet, int]:
    """Link an issue to a task it affects; returns the link's id (redo passes it back)."""
    with unit_of_work(session):
        connection = session.connection()
        check_task(connection, task_id)
        if connection.scalar(select(Issue.id).where(Issue.id == issue_id)) is None:
            raise LookupError(f"issue {issue_id} does not exist")
        existing = connection.scalar(
            select(_LINKS.c.id).where(_LINKS.c.issue_id == issue_id, _LINKS.c.task_id == task_id)
        )
        if existing is not None:
            return ChangeSet(), existing
        row: dict[str, Any] = {"issue_id": issue_id, "task_id": task_id}
        if link_id:
            row["id"] = link_id
        key = connection.execute(insert(_LINKS).values(**row)).inserted_primary_key
        assert key is not None
        new_id = int(key[0])
    return ChangeSet(inserted=ids(LINK_TABLE, new_id), updated=ids(TABLE, issue_id)), new_id


def unlink_issue_task(
    session: Session, issue_id: int, task_id: int
) -> tuple[ChangeSet, int | None]:
    """Remove the link; returns its id (None when there was none), for undo."""
    with unit_of_work(session):
        connection = session.connection()
        link_id = connection.scalar(
            select(_LINKS.c.id).where(_LINKS.c.issue_id == issue_id, _LINKS.c.task_id == task_id)
        )
        if link_id is None:
            return ChangeSet(), None
        connection.execute(delete(_LINKS).where(_LINKS.c.id == link_id))
    return ChangeSet(deleted=ids(LINK_TABLE, link_id), updated=ids(TABLE, issue_id)), link_id


def blank_issue(title: str, **values: Any) -> IssueData:
    """Values for a new issue; id and ref are chosen when it is inserted."""
    unknown = set(values) - _DATA_FIELDS
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return IssueData(title=title, **values)


def with_identity(values: IssueData, inserted: IssueData) -> IssueData:
    """The values to insert again on redo: the same id and code as the first time."""
    return replace(values, id=inserted.id, ref=inserted.ref)
