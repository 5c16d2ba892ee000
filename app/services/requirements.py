"""The requirements list: ordered rows with stable REQ-nnn codes."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.requirements import MoSCoW, RequirementStatus, next_reference
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue, check_text
from app.models.entities import Requirement
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "requirement"
EDITABLE_FIELDS = ("title", "description", "priority", "source", "status", "acceptance_criteria")


@dataclass(frozen=True, slots=True)
class RequirementData:
    """A requirement as plain data; ``position`` is its 0-based place in the list."""

    id: int
    position: int
    ref: str
    title: str
    description: str = ""
    priority: MoSCoW = MoSCoW.SHOULD
    source: str = ""
    status: RequirementStatus = RequirementStatus.PROPOSED
    acceptance_criteria: str = ""


def _as_data(row: Requirement) -> RequirementData:
    return RequirementData(
        id=row.id,
        position=row.position,
        ref=row.ref,
        title=row.title,
        description=row.description,
        priority=row.priority,
        source=row.source,
        status=row.status,
        acceptance_criteria=row.acceptance_criteria,
    )


def normalise_requirement_value(field: str, value: Any) -> Any:
    """Check one field's value and return what will be stored."""
    if field == "title":
        if not isinstance(value, str):
            raise InvalidValue(field, "not_text")
        return check_text(field, value.strip(), required=True, limit=MAX_NAME_LENGTH)
    if field == "source":
        if not isinstance(value, str):
            raise InvalidValue(field, "not_text")
        return check_text(field, value.strip(), limit=MAX_NAME_LENGTH)
    if field in ("description", "acceptance_criteria"):
        if not isinstance(value, str):
            raise InvalidValue(field, "not_text")
        return check_text(field, value)
    if field == "priority":
        try:
            return MoSCoW(value)
        except ValueError:
            raise InvalidValue(field, "not_a_priority", str(value)) from None
    if field == "status":
        try:
            return RequirementStatus(value)
        except ValueError:
            raise InvalidValue(field, "not_a_status", str(value)) from None
    raise InvalidValue(field, "unknown_field")


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Requirement)) or 0


def _get(session: Session, requirement_id: int) -> Requirement:
    row = session.get(Requirement, requirement_id)
    if row is None:
        raise LookupError(f"requirement {requirement_id} does not exist")
    return row


def list_requirements(session: Session) -> list[RequirementData]:
    with unit_of_work(session):
        rows = session.scalars(select(Requirement).order_by(Requirement.position)).all()
        return [_as_data(row) for row in rows]


def get_requirement(session: Session, requirement_id: int) -> RequirementData:
    with unit_of_work(session):
        return _as_data(_get(session, requirement_id))


def _shift(session: Session, first: int, last: int | None, delta: int) -> None:
    """Move every row whose position lies in [first, last] by ``delta`` places."""
    condition = Requirement.position >= first
    if last is not None:
        condition = condition & (Requirement.position <= last)
    session.execute(
        update(Requirement).where(condition).values(position=Requirement.position + delta)
    )


def insert_requirement_row(
    session: Session, position: int, values: RequirementData
) -> RequirementData:
    """Insert inside a caller's transaction (see ``insert_requirement``)."""
    stored = {f: normalise_requirement_value(f, getattr(values, f)) for f in EDITABLE_FIELDS}
    position = max(0, min(position, _count(session)))
    ref = values.ref or next_reference(session.scalars(select(Requirement.ref)).all())
    _shift(session, position, None, +1)
    row = Requirement(position=position, ref=ref, **stored)
    if values.id:
        row.id = values.id
    session.add(row)
    session.flush()
    return _as_data(row)


def insert_requirement(
    session: Session, position: int, values: RequirementData
) -> tuple[ChangeSet, RequirementData]:
    """Insert at ``position`` (clamped to the list), renumbering the rows after it.

    ``values.id`` and ``values.ref`` of 0 and "" mean "pick new ones"; undo and
    redo pass the ones picked before, so a redone row keeps its identity.
    """
    with unit_of_work(session):
        result = insert_requirement_row(session, position, values)
    change = ChangeSet(inserted={TABLE: frozenset({result.id})}, reordered=frozenset({TABLE}))
    return change, result


def delete_requirement_row(session: Session, requirement_id: int) -> RequirementData:
    """Remove a row inside a caller's transaction and close the gap."""
    row = _get(session, requirement_id)
    removed = _as_data(row)
    session.delete(row)
    session.flush()
    _shift(session, removed.position + 1, None, -1)
    return removed


def delete_requirement(session: Session, requirement_id: int) -> tuple[ChangeSet, RequirementData]:
    """Remove a row and close the gap; returns the row as it was, for undo."""
    with unit_of_work(session):
        removed = delete_requirement_row(session, requirement_id)
    change = ChangeSet(deleted={TABLE: frozenset({requirement_id})}, reordered=frozenset({TABLE}))
    return change, removed


def move_requirement(
    session: Session, requirement_id: int, new_position: int
) -> tuple[ChangeSet, int]:
    """Move a row to ``new_position``; returns the position it had, for undo."""
    with unit_of_work(session):
        row = _get(session, requirement_id)
        old = row.position
        new_position = max(0, min(new_position, _count(session) - 1))
        if new_position > old:
            _shift(session, old + 1, new_position, -1)
        elif new_position < old:
            _shift(session, new_position, old - 1, +1)
        session.execute(
            update(Requirement)
            .where(Requirement.id == requirement_id)
            .values(position=new_position)
        )
    change = ChangeSet(updated={TABLE: frozenset({requirement_id})}, reordered=frozenset({TABLE}))
    return change, old


def set_requirement_field(
    session: Session, requirement_id: int, field: str, value: Any
) -> tuple[ChangeSet, Any]:
    """Store one field; returns the value it replaced, for undo."""
    stored = normalise_requirement_value(field, value)
    with unit_of_work(session):
        row = _get(session, requirement_id)
        old = getattr(row, field)
        setattr(row, field, stored)
    return ChangeSet(updated={TABLE: frozenset({requirement_id})}), old


def blank_requirement(title: str) -> RequirementData:
    """Values for a new row; id and ref are chosen when it is inserted."""
    return RequirementData(id=0, position=0, ref="", title=title)


def with_identity(values: RequirementData, inserted: RequirementData) -> RequirementData:
    """The values to insert again on redo: the same id and code as the first time."""
    return replace(values, id=inserted.id, ref=inserted.ref)
