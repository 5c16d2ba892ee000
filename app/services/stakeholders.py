"""The stakeholder register: ordered rows, field edits, anonymising, and reads for exports.

Risks and issues name stakeholders as owner or actionee (``ON DELETE SET NULL``):
deleting a stakeholder remembers which rows pointed at it, so undo points them back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.stakeholders import (
    ANONYMISED_NAME,
    CONTACT_FIELDS,
    Attitude,
    Engagement,
    Quadrant,
    anonymised_values,
    engagement_gap,
    normalise_stakeholder_value,
    quadrant,
)
from app.domain.validation import InvalidValue
from app.models.entities import ChangeRequest, Issue, Risk, Stakeholder
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "stakeholder"
RISK_TABLE = "risk"
ISSUE_TABLE = "issue"
CHANGE_TABLE = "change_request"
_TABLE = Stakeholder.__table__


@dataclass(frozen=True, slots=True)
class StakeholderData:
    """A stakeholder as plain data; ``position`` is its 0-based place in the register."""

    id: int
    position: int
    name: str
    role: str = ""
    organisation: str = ""
    internal: bool = True
    email: str = ""
    phone: str = ""
    contact_notes: str = ""
    requirements: str = ""
    expectations: str = ""
    concerns: str = ""
    power: int = 3
    interest: int = 3
    attitude: Attitude = Attitude.NEUTRAL
    current_engagement: Engagement = Engagement.UNAWARE
    desired_engagement: Engagement = Engagement.SUPPORTIVE
    strategy: str = ""
    relationship_owner: str = ""
    information_needs: str = ""
    channel: str = ""
    frequency: str = ""
    language: str = ""
    anonymised: bool = False

    @property
    def quadrant(self) -> Quadrant:
        return quadrant(self.power, self.interest)

    @property
    def gap(self) -> int:
        """Engagement steps from current to desired (0: where we want them)."""
        return engagement_gap(self.current_engagement, self.desired_engagement)


FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StakeholderData))
# Every stored field but the identity and the place; ``anonymised`` only changes by
# anonymising (and its undo), never as a plain field edit.
STORED_FIELDS: tuple[str, ...] = tuple(f for f in FIELDS if f not in ("id", "position"))
EDITABLE_FIELDS: tuple[str, ...] = tuple(f for f in STORED_FIELDS if f != "anonymised")


@dataclass(frozen=True, slots=True)
class StakeholderReferences:
    """The risks, issues and change requests that name a stakeholder (as owner, actionee or
    requester)."""

    risk_owner: tuple[int, ...] = ()
    risk_actionee: tuple[int, ...] = ()
    issue_owner: tuple[int, ...] = ()
    change_requester: tuple[int, ...] = ()

    @property
    def risks(self) -> frozenset[int]:
        return frozenset(self.risk_owner) | frozenset(self.risk_actionee)

    @property
    def issues(self) -> frozenset[int]:
        return frozenset(self.issue_owner)

    def is_empty(self) -> bool:
        return not (
            self.risk_owner or self.risk_actionee or self.issue_owner or self.change_requester
        )


@dataclass(frozen=True, slots=True)
class RemovedStakeholder:
    """What undoing a delete needs: the row as it was and who pointed at it."""

    stakeholder: StakeholderData
    references: StakeholderReferences


_ATTITUDES = {a.value: a for a in Attitude}
_LEVELS = {e.value: e for e in Engagement}
# The columns in the order of StakeholderData's fields, read positionally (fast).
_COLUMNS = [_TABLE.c[name] for name in FIELDS]
_INTERNAL = FIELDS.index("internal")
_ATTITUDE = FIELDS.index("attitude")
_CURRENT = FIELDS.index("current_engagement")
_DESIRED = FIELDS.index("desired_engagement")
_ANONYMISED = FIELDS.index("anonymised")


def _as_data(row: Row[Any]) -> StakeholderData:
    """A row read back; a code this version does not know reads as neutral."""
    values = list(row)
    values[_INTERNAL] = bool(values[_INTERNAL])
    values[_ANONYMISED] = bool(values[_ANONYMISED])
    values[_ATTITUDE] = _ATTITUDES.get(values[_ATTITUDE], Attitude.NEUTRAL)
    values[_CURRENT] = _LEVELS.get(values[_CURRENT], Engagement.NEUTRAL)
    values[_DESIRED] = _LEVELS.get(values[_DESIRED], Engagement.NEUTRAL)
    return StakeholderData(*values)


def _stored(value: Any) -> Any:
    """An enum as the code the database holds."""
    return value.value if isinstance(value, Attitude | Engagement) else value


def _count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(_TABLE)) or 0


def _read(session: Session, stakeholder_id: int) -> StakeholderData:
    row = session.execute(select(*_COLUMNS).where(_TABLE.c.id == stakeholder_id)).first()
    if row is None:
        raise LookupError(f"stakeholder {stakeholder_id} does not exist")
    return _as_data(row)


def list_stakeholders(session: Session) -> list[StakeholderData]:
    """The register in its order (one query, no ORM objects: fast for hundreds of rows)."""
    with unit_of_work(session):
        rows = session.execute(select(*_COLUMNS).order_by(_TABLE.c.position)).all()
        return [_as_data(row) for row in rows]


def get_stakeholder(session: Session, stakeholder_id: int) -> StakeholderData:
    with unit_of_work(session):
        return _read(session, stakeholder_id)


def stakeholder_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) in register order: what a picker of stakeholders offers."""
    with unit_of_work(session):
        rows = session.execute(select(_TABLE.c.id, _TABLE.c.name).order_by(_TABLE.c.position)).all()
        return [(row.id, row.name) for row in rows]


def stakeholder_rows(session: Session, *, include_contacts: bool = False) -> list[dict[str, Any]]:
    """The register as plain dicts for exports, in register order.

    Contact details (e-mail, phone, contact notes) are personal data and are left
    out unless ``include_contacts``. Codes are plain strings; the quadrant and the
    engagement gap are added.
    """
    result = []
    for item in list_stakeholders(session):
        row = {field: _stored(value) for field, value in asdict(item).items()}
        if not include_contacts:
            for field in CONTACT_FIELDS:
                del row[field]
        row["quadrant"] = item.quadrant.value
        row["engagement_gap"] = item.gap
        result.append(row)
    return result


def _references(connection: Connection, stakeholder_id: int) -> StakeholderReferences:
    def ids(column: Any, table: Any) -> tuple[int, ...]:
        query = select(table.c.id).where(column == stakeholder_id).order_by(table.c.id)
        return tuple(connection.execute(query).scalars())

    risk = Risk.__table__
    issue = Issue.__table__
    change = ChangeRequest.__table__
    return StakeholderReferences(
        risk_owner=ids(risk.c.owner_id, risk),
        risk_actionee=ids(risk.c.actionee_id, risk),
        issue_owner=ids(issue.c.owner_id, issue),
        change_requester=ids(change.c.requester_id, change),
    )


def stakeholder_references(session: Session, stakeholder_id: int) -> StakeholderReferences:
    """Which risks and issues name this stakeholder: what a delete would unlink."""
    with unit_of_work(session):
        return _references(session.connection(), stakeholder_id)


def _shift(session: Session, first: int, last: int | None, delta: int) -> None:
    """Move every row whose position lies in [first, last] by ``delta`` places."""
    condition = Stakeholder.position >= first
    if last is not None:
        condition = condition & (Stakeholder.position <= last)
    session.execute(
        update(Stakeholder).where(condition).values(position=Stakeholder.position + delta)
    )


def _reference_change(
    references: StakeholderReferences,
) -> dict[str, frozenset[int]]:
    updated: dict[str, frozenset[int]] = {}
    if references.risks:
        updated[RISK_TABLE] = references.risks
    if references.issues:
        updated[ISSUE_TABLE] = references.issues
    if references.change_requester:
        updated[CHANGE_TABLE] = frozenset(references.change_requester)
    return updated


def insert_stakeholder_row(
    session: Session,
    position: int,
    values: StakeholderData,
    references: StakeholderReferences | None = None,
) -> StakeholderData:
    """Insert inside a caller's transaction (see ``insert_stakeholder``)."""
    stored = {
        field: _stored(normalise_stakeholder_value(field, getattr(values, field)))
        for field in STORED_FIELDS
    }
    position = max(0, min(position, _count(session)))
    _shift(session, position, None, +1)
    if values.id:
        stored["id"] = values.id
    new_id = session.scalars(
        insert(Stakeholder).values(position=position, **stored).returning(Stakeholder.id)
    ).one()
    if references is not None:
        _point(session, new_id, references)
    return _read(session, new_id)


def insert_stakeholder(
    session: Session,
    position: int,
    values: StakeholderData,
    references: StakeholderReferences | None = None,
) -> tuple[ChangeSet, StakeholderData]:
    """Insert at ``position`` (clamped to the register), renumbering the rows after it.

    ``values.id`` of 0 means "pick a new one"; undo and redo pass the one picked
    before, so a redone row keeps its identity. ``references`` (from a delete) points
    those risks and issues back at the stakeholder.
    """
    with unit_of_work(session):
        inserted = insert_stakeholder_row(session, position, values, references)
    updated = _reference_change(references) if references is not None else {}
    change = ChangeSet(
        inserted={TABLE: frozenset({inserted.id})}, updated=updated, reordered=frozenset({TABLE})
    )
    return change, inserted


def _point(session: Session, stakeholder_id: int, references: StakeholderReferences) -> None:
    for entity, column, ids in (
        (Risk, "owner_id", references.risk_owner),
        (Risk, "actionee_id", references.risk_actionee),
        (Issue, "owner_id", references.issue_owner),
        (ChangeRequest, "requester_id", references.change_requester),
    ):
        if ids:
            session.execute(
                update(entity).where(entity.id.in_(ids)).values({column: stakeholder_id})
            )


def delete_stakeholder_row(
    session: Session, stakeholder_id: int
) -> tuple[StakeholderData, StakeholderReferences]:
    """Remove a row inside a caller's transaction; returns it and the links it had."""
    removed = _read(session, stakeholder_id)
    references = _references(session.connection(), stakeholder_id)
    # The foreign keys clear the links (ON DELETE SET NULL).
    session.execute(delete(Stakeholder).where(Stakeholder.id == stakeholder_id))
    _shift(session, removed.position + 1, None, -1)
    return removed, references


def delete_stakeholder(
    session: Session, stakeholder_id: int
) -> tuple[ChangeSet, RemovedStakeholder]:
    """Remove a row and close the gap; the risks and issues naming it lose the link.

    Returns the row and the links as they were, for undo (``restore_stakeholder``).
    """
    with unit_of_work(session):
        removed, references = delete_stakeholder_row(session, stakeholder_id)
    change = ChangeSet(
        deleted={TABLE: frozenset({stakeholder_id})},
        updated=_reference_change(references),
        reordered=frozenset({TABLE}),
    )
    return change, RemovedStakeholder(removed, references)


def restore_stakeholder(session: Session, removed: RemovedStakeholder) -> ChangeSet:
    """Undo a delete: the same row in the same place, and the links it had."""
    change, _ = insert_stakeholder(
        session, removed.stakeholder.position, removed.stakeholder, removed.references
    )
    return change


def move_stakeholder(
    session: Session, stakeholder_id: int, new_position: int
) -> tuple[ChangeSet, int]:
    """Move a row to ``new_position``; returns the position it had, for undo."""
    with unit_of_work(session):
        old = _read(session, stakeholder_id).position
        new_position = max(0, min(new_position, _count(session) - 1))
        if new_position > old:
            _shift(session, old + 1, new_position, -1)
        elif new_position < old:
            _shift(session, new_position, old - 1, +1)
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.id == stakeholder_id)
            .values(position=new_position)
        )
    if new_position == old:
        return ChangeSet(), old
    change = ChangeSet(updated={TABLE: frozenset({stakeholder_id})}, reordered=frozenset({TABLE}))
    return change, old


def set_stakeholder_field(
    session: Session, stakeholder_id: int, field: str, value: Any
) -> tuple[ChangeSet, Any]:
    """Store one field (checked); returns the value it replaced, for undo."""
    if field not in EDITABLE_FIELDS:
        raise InvalidValue(field, "unknown_field")
    stored = normalise_stakeholder_value(field, value)
    with unit_of_work(session):
        old = getattr(_read(session, stakeholder_id), field)
        if old == stored:
            return ChangeSet(), old
        session.execute(
            update(Stakeholder)
            .where(Stakeholder.id == stakeholder_id)
            .values({field: _stored(stored)})
        )
        # Risks and issues show their owner's name: they see a new name too.
        named = _references(session.connection(), stakeholder_id) if field == "name" else None
    return _field_change(stakeholder_id, named), old


def _field_change(stakeholder_id: int, named: StakeholderReferences | None) -> ChangeSet:
    updated = {TABLE: frozenset({stakeholder_id})}
    if named is not None:
        updated.update(_reference_change(named))
    return ChangeSet(updated=updated)


def anonymise_stakeholder(
    session: Session, stakeholder_id: int, name_template: str = ANONYMISED_NAME
) -> tuple[ChangeSet, dict[str, Any]]:
    """Clear the personal data of a stakeholder and give it a neutral name.

    The name becomes ``name_template`` with the stakeholder's id filled in (unique and
    stable); contact details and free text that may describe the person are emptied;
    power, interest, attitude and engagement stay. Returns the old values, for undo
    (``restore_stakeholder_fields``).
    """
    new = anonymised_values(stakeholder_id, name_template)
    with unit_of_work(session):
        current = _read(session, stakeholder_id)
        old = {field: getattr(current, field) for field in new}
        session.execute(update(Stakeholder).where(Stakeholder.id == stakeholder_id).values(new))
        named = _references(session.connection(), stakeholder_id)
    return _field_change(stakeholder_id, named), old


def restore_stakeholder_fields(
    session: Session, stakeholder_id: int, values: dict[str, Any]
) -> ChangeSet:
    """Put back values read from the register before (undo of anonymising)."""
    stored = {
        field: _stored(normalise_stakeholder_value(field, value)) for field, value in values.items()
    }
    with unit_of_work(session):
        _read(session, stakeholder_id)
        session.execute(update(Stakeholder).where(Stakeholder.id == stakeholder_id).values(stored))
        named = _references(session.connection(), stakeholder_id) if "name" in stored else None
    return _field_change(stakeholder_id, named)


def blank_stakeholder(name: str) -> StakeholderData:
    """Values for a new row; the id is chosen when it is inserted."""
    return StakeholderData(id=0, position=0, name=name)


def with_identity(values: StakeholderData, inserted: StakeholderData) -> StakeholderData:
    """The values to insert again on redo: the same id as the first time."""
    return replace(values, id=inserted.id)
