"""The change log: change requests with CR-nnn codes (never reused), their impact on cost,
time, scope, quality and risk, and the decision; and the budget history they write.

Approving a change with a cost impact adds a dated budget revision (amount = the cost
impact, on the change's category) and can re-baseline the tasks it affects, all in one
transaction; ``undo_decision`` takes exactly that back. Revisions are never edited or
deleted otherwise, so the current budget is the budget lines plus every revision, and
replaying the revisions in date order gives it to the cent. An approved change is final:
its status, cost impact and category no longer change (a new change request reverses it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.budget import ChangeStatus
from app.domain.risks import MAX_SCHEDULE_DAYS
from app.domain.validation import InvalidValue
from app.models.entities import (
    BudgetLine,
    BudgetRevision,
    ChangeRequest,
    CostCategory,
    Project,
    ReserveDrawdown,
    Stakeholder,
)
from app.services.baselines import TABLE as BASELINE_TABLE
from app.services.baselines import BaselinePatch, save_baseline_for, undo_save_baseline_for
from app.services.budget_edit import (
    check_category,
    check_cents,
    check_day,
    enum_or,
    insert_row,
    update_row,
)
from app.services.changes import ChangeSet
from app.services.registers import (
    check_block,
    check_choice,
    check_line,
    check_optional_date,
    check_stakeholder,
    ids,
    retire_reference,
    set_counter,
    take_reference,
)
from app.services.transaction import unit_of_work

TABLE = "change_request"
REVISION_TABLE = "budget_revision"
DRAWDOWN_TABLE = "reserve_drawdown"
COUNTER_KEY = "change_request.last_ref"
REFERENCE_PREFIX = "CR-"
_TABLE = cast(Table, ChangeRequest.__table__)
_REVISIONS = cast(Table, BudgetRevision.__table__)


@dataclass(frozen=True, slots=True)
class ChangeRequestData:
    """A change request as plain data, with the names the log shows beside it.

    The requester is a stakeholder (``requester_id``) or, when not in the register, free
    text. ``cost_impact_cents`` is negative for a saving; ``time_impact_days`` negative
    for time gained.
    """

    id: int = 0
    position: int = 0
    ref: str = ""
    title: str = ""
    requester_id: int | None = None
    requester_text: str = ""
    date_raised: dt.date | None = None
    description: str = ""
    reason: str = ""
    cost_impact_cents: int = 0
    time_impact_days: int = 0
    scope_impact: str = ""
    quality_impact: str = ""
    risk_impact: str = ""
    category_id: int | None = None
    status: ChangeStatus = ChangeStatus.PROPOSED
    decided_by: str = ""
    decision_date: dt.date | None = None
    # Read only.
    requester_name: str = ""
    category_name: str = ""
    revised_cents: int = 0  # the budget revisions this change added


STORED_FIELDS = (
    "title",
    "requester_id",
    "requester_text",
    "date_raised",
    "description",
    "reason",
    "cost_impact_cents",
    "time_impact_days",
    "scope_impact",
    "quality_impact",
    "risk_impact",
    "category_id",
    "status",
    "decided_by",
    "decision_date",
)
EDITABLE_FIELDS = STORED_FIELDS
# What an approval fixed: no longer editable once a change is approved.
FINAL_FIELDS = ("status", "cost_impact_cents", "category_id")
_DATA_FIELDS = frozenset(f.name for f in fields(ChangeRequestData))


@dataclass(frozen=True, slots=True)
class RemovedChange:
    """A deleted change request and the reserve drawdowns that served it."""

    row: dict[str, Any]
    counter: str | None = None  # the code counter before the delete
    drawdown_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Decision:
    """What a decision did, for undo and redo: the decision fields as they were, the
    budget revision it added (the full row) and the baseline rows it replaced."""

    change_id: int
    status: ChangeStatus
    old: dict[str, Any]
    revision: dict[str, Any] | None = None
    baseline: BaselinePatch | None = None


@dataclass(frozen=True, slots=True)
class RevisionEntry:
    """One line of the budget history, with the budget after it."""

    id: int
    date: dt.date
    amount_cents: int
    category_id: int | None
    category_name: str
    reason: str
    change_request_id: int | None
    change_ref: str
    running_total_cents: int


@dataclass(frozen=True, slots=True)
class BudgetHistory:
    """The budget lines' total, then every revision in date order with the running total."""

    original_cents: int
    revisions: tuple[RevisionEntry, ...] = field(default=())

    @property
    def current_cents(self) -> int:
        return self.revisions[-1].running_total_cents if self.revisions else self.original_cents


# -- values -----------------------------------------------------------------------------------
def normalise_change_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field's value and return what will be stored."""
    if name == "title":
        return check_line(name, value, required=True)
    if name in ("requester_text", "decided_by"):
        return check_line(name, value)
    if name == "requester_id":
        return check_stakeholder(connection, name, value)
    if name in ("date_raised", "decision_date"):
        return check_optional_date(name, value)
    if name in ("description", "reason", "scope_impact", "quality_impact", "risk_impact"):
        return check_block(name, value)
    if name == "cost_impact_cents":
        return check_cents(name, value, negative=True)
    if name == "time_impact_days":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(name, "not_a_number", repr(value)[:40])
        if not -MAX_SCHEDULE_DAYS <= value <= MAX_SCHEDULE_DAYS:
            raise InvalidValue(name, "out_of_range", str(value))
        return value
    if name == "category_id":
        return check_category(connection, name, value)
    if name == "status":
        return check_choice(name, _text(value), ChangeStatus)
    raise InvalidValue(name, "unknown_field")


def _text(value: Any) -> Any:
    return value.value if isinstance(value, ChangeStatus) else value


# -- reading ----------------------------------------------------------------------------------
def _build_select() -> Any:
    revised = (
        select(
            BudgetRevision.change_request_id,
            func.sum(BudgetRevision.amount_cents).label("revised"),
        )
        .where(BudgetRevision.change_request_id.is_not(None))
        .group_by(BudgetRevision.change_request_id)
        .subquery()
    )
    return (
        select(
            _TABLE,
            Stakeholder.name.label("requester_name"),
            CostCategory.name.label("category_name"),
            revised.c.revised,
        )
        .outerjoin(Stakeholder, Stakeholder.id == _TABLE.c.requester_id)
        .outerjoin(CostCategory, CostCategory.id == _TABLE.c.category_id)
        .outerjoin(revised, revised.c.change_request_id == _TABLE.c.id)
        .order_by(_TABLE.c.position, _TABLE.c.id)
    )


_SELECT = _build_select()


def _as_data(row: RowMapping) -> ChangeRequestData:
    values = {name: row[name] for name in ("id", "position", "ref", *STORED_FIELDS)}
    values["status"] = enum_or(ChangeStatus, row["status"], ChangeStatus.PROPOSED)
    return ChangeRequestData(
        **values,
        requester_name=row["requester_name"] or row["requester_text"],
        category_name=row["category_name"] or "",
        revised_cents=int(row["revised"] or 0),
    )


def list_change_requests(session: Session) -> list[ChangeRequestData]:
    """Every change request in log order."""
    with unit_of_work(session):
        return [_as_data(row) for row in session.connection().execute(_SELECT).mappings()]


def _read(connection: Connection, change_id: int) -> ChangeRequestData:
    row = connection.execute(_SELECT.where(_TABLE.c.id == change_id)).mappings().first()
    if row is None:
        raise LookupError(f"change request {change_id} does not exist")
    return _as_data(row)


def get_change_request(session: Session, change_id: int) -> ChangeRequestData:
    with unit_of_work(session):
        return _read(session.connection(), change_id)


# -- inserting and deleting -------------------------------------------------------------------
def _count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(_TABLE)) or 0


def _shift(connection: Connection, first: int, delta: int) -> None:
    connection.execute(
        update(ChangeRequest)
        .where(ChangeRequest.position >= first)
        .values(position=ChangeRequest.position + delta)
    )


def insert_change_request(
    session: Session, values: ChangeRequestData, position: int | None = None
) -> tuple[ChangeSet, ChangeRequestData, str | None]:
    """Add a change request (at the end unless ``position``); id 0 and ref "" mean new ones.

    A new request cannot be approved already (approval adds the budget revision: use
    ``approve_change``). Returns the change, the request, and the code counter as it was
    (for undo).
    """
    with unit_of_work(session):
        connection = session.connection()
        row = {
            name: normalise_change_value(connection, name, getattr(values, name))
            for name in STORED_FIELDS
        }
        if row["status"] == ChangeStatus.APPROVED:
            raise InvalidValue("status", "approve_with_decision")
        count = _count(connection)
        place = count if position is None else max(0, min(position, count))
        ref, counter = take_reference(
            connection,
            COUNTER_KEY,
            REFERENCE_PREFIX,
            connection.scalars(select(ChangeRequest.ref)).all(),
            values.ref,
        )
        _shift(connection, place, +1)
        new_id = insert_row(connection, _TABLE, {"position": place, "ref": ref, **row}, values.id)
        change_request = _read(connection, new_id)
    change = ChangeSet(inserted=ids(TABLE, new_id), reordered=frozenset({TABLE}))
    return change, change_request, counter


def _delete_row(connection: Connection, change_id: int) -> RemovedChange:
    row = connection.execute(select(_TABLE).where(_TABLE.c.id == change_id)).mappings().first()
    if row is None:
        raise LookupError(f"change request {change_id} does not exist")
    revisions = connection.scalar(
        select(func.count())
        .select_from(_REVISIONS)
        .where(_REVISIONS.c.change_request_id == change_id)
    )
    if revisions:
        raise InvalidValue("change_request", "has_revisions", row["ref"])
    drawdowns = tuple(
        connection.scalars(
            select(ReserveDrawdown.id)
            .where(ReserveDrawdown.change_request_id == change_id)
            .order_by(ReserveDrawdown.id)
        )
    )
    removed = RemovedChange(
        dict(row),
        retire_reference(connection, COUNTER_KEY, REFERENCE_PREFIX, row["ref"]),
        drawdowns,
    )
    connection.execute(delete(_TABLE).where(_TABLE.c.id == change_id))
    _shift(connection, removed.row["position"] + 1, -1)
    return removed


def _removal_change(removed: RemovedChange, *, deleting: bool = True) -> ChangeSet:
    rows = ids(TABLE, removed.row["id"])
    updated = ids(DRAWDOWN_TABLE, *removed.drawdown_ids) if removed.drawdown_ids else {}
    return ChangeSet(
        deleted=rows if deleting else {},
        inserted={} if deleting else rows,
        updated=updated,
        reordered=frozenset({TABLE}),
    )


def delete_change_request(session: Session, change_id: int) -> tuple[ChangeSet, RemovedChange]:
    """Remove a change request; drawdowns that served it lose the link (restore re-links).

    Refused (``has_revisions``) while budget revisions name it: the budget history keeps
    its source.
    """
    with unit_of_work(session):
        removed = _delete_row(session.connection(), change_id)
    return _removal_change(removed), removed


def undo_insert_change_request(session: Session, change_id: int, counter: str | None) -> ChangeSet:
    """Take back an inserted change request: the row goes and the code counter is as it was."""
    with unit_of_work(session):
        connection = session.connection()
        removed = _delete_row(connection, change_id)
        set_counter(connection, COUNTER_KEY, counter)
    return _removal_change(removed)


def restore_change_request(session: Session, removed: RemovedChange) -> ChangeSet:
    """Put a deleted change request back: same id, code and place; drawdowns re-linked."""
    with unit_of_work(session):
        connection = session.connection()
        _shift(connection, removed.row["position"], +1)
        connection.execute(insert(_TABLE).values(**removed.row))
        if removed.drawdown_ids:
            connection.execute(
                update(ReserveDrawdown)
                .where(ReserveDrawdown.id.in_(removed.drawdown_ids))
                .values(change_request_id=removed.row["id"])
            )
        set_counter(connection, COUNTER_KEY, removed.counter)
    return _removal_change(removed, deleting=False)


# -- editing ----------------------------------------------------------------------------------
def set_change_fields(
    session: Session, change_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of one change request; returns the values they replaced, for undo.

    The status takes proposed, rejected or deferred here; "approved" only through
    ``approve_change`` (code ``approve_with_decision``). Once approved, the status, cost
    impact and category are final (code ``approved_is_final``).
    """
    unknown = [name for name in values if name not in EDITABLE_FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], "unknown_field")
    with unit_of_work(session):
        connection = session.connection()
        checked = {
            name: normalise_change_value(connection, name, value) for name, value in values.items()
        }
        current = connection.scalar(
            select(ChangeRequest.status).where(ChangeRequest.id == change_id)
        )
        if current is None:
            raise LookupError(f"change request {change_id} does not exist")
        if current == ChangeStatus.APPROVED:
            found = connection.execute(
                select(*(_TABLE.c[name] for name in FINAL_FIELDS)).where(_TABLE.c.id == change_id)
            ).one()
            now = dict(zip(FINAL_FIELDS, found, strict=True))
            for name in FINAL_FIELDS:
                if name in checked and checked[name] != now[name]:
                    raise InvalidValue(name, "approved_is_final")
        elif checked.get("status") == ChangeStatus.APPROVED:
            raise InvalidValue("status", "approve_with_decision")
        old = update_row(connection, _TABLE, change_id, checked, "change request")
    if not old:
        return ChangeSet(), old
    return ChangeSet(updated=ids(TABLE, change_id)), old


# -- decisions ----------------------------------------------------------------------------------
def _decide(
    connection: Connection,
    change_id: int,
    status: ChangeStatus,
    decided_by: str,
    decision_date: dt.date,
) -> tuple[ChangeRequestData, dict[str, Any]]:
    current = _read(connection, change_id)
    if current.status is ChangeStatus.APPROVED:
        code = "already_approved" if status is ChangeStatus.APPROVED else "approved_is_final"
        raise InvalidValue("status", code, current.ref)
    values = {
        "status": status.value,
        "decided_by": check_line("decided_by", decided_by, required=True),
        "decision_date": check_day("decision_date", decision_date),
    }
    return current, update_row(connection, _TABLE, change_id, values, "change request")


def approve_change(
    session: Session,
    change_id: int,
    decided_by: str,
    decision_date: dt.date,
    rebaseline_task_ids: Sequence[int] | None = None,
    baseline_number: int | None = None,
    *,
    again: Decision | None = None,
) -> tuple[ChangeSet, Decision]:
    """Approve a change request, in one transaction.

    Sets the status to approved with who decided and when. A cost impact other than 0
    adds a budget revision dated ``decision_date``: the cost impact on the change's
    category, reason "CR-001 approved: <title>", linked to the change. With
    ``rebaseline_task_ids`` those tasks are re-baselined in baseline ``baseline_number``
    (default: the one earned value is measured against), summaries above them rolled up
    (see ``baselines.save_baseline_for``). ``again`` (redo) is the Decision of the first
    time, so the same rows (ids) come back. Returns what ``undo_decision`` needs.
    """
    with unit_of_work(session):
        connection = session.connection()
        current, old = _decide(
            connection, change_id, ChangeStatus.APPROVED, decided_by, decision_date
        )
        revision: dict[str, Any] | None = None
        if current.cost_impact_cents:
            revision = {
                "date": decision_date,
                "amount_cents": current.cost_impact_cents,
                "category_id": current.category_id,
                "reason": f"{current.ref} approved: {current.title}",
                "change_request_id": change_id,
            }
            before = again.revision if again is not None and again.revision else None
            revision["id"] = insert_row(
                connection, _REVISIONS, revision, before["id"] if before else 0
            )
        patch: BaselinePatch | None = None
        if rebaseline_task_ids:
            number = baseline_number
            if number is None:
                number = connection.scalar(select(Project.ev_baseline)) or 0
            row_ids = again.baseline.inserted if again is not None and again.baseline else None
            patch = save_baseline_for(connection, number, rebaseline_task_ids, row_ids=row_ids)
    decision = Decision(change_id, ChangeStatus.APPROVED, old, revision, patch)
    return _decision_change(decision, undo=False), decision


def reject_change(
    session: Session, change_id: int, decided_by: str, decision_date: dt.date
) -> tuple[ChangeSet, Decision]:
    """Reject a change request: status and decision fields, no budget revision."""
    return _plain_decision(session, change_id, ChangeStatus.REJECTED, decided_by, decision_date)


def defer_change(
    session: Session, change_id: int, decided_by: str, decision_date: dt.date
) -> tuple[ChangeSet, Decision]:
    """Defer a change request: status and decision fields, no budget revision."""
    return _plain_decision(session, change_id, ChangeStatus.DEFERRED, decided_by, decision_date)


def _plain_decision(
    session: Session,
    change_id: int,
    status: ChangeStatus,
    decided_by: str,
    decision_date: dt.date,
) -> tuple[ChangeSet, Decision]:
    with unit_of_work(session):
        _current, old = _decide(session.connection(), change_id, status, decided_by, decision_date)
    decision = Decision(change_id, status, old)
    if not old:
        return ChangeSet(), decision
    return _decision_change(decision, undo=False), decision


def _decision_change(decision: Decision, *, undo: bool) -> ChangeSet:
    updated: dict[str, frozenset[int]] = {}
    if decision.old:
        updated[TABLE] = frozenset({decision.change_id})
    if decision.baseline is not None and decision.baseline.task_ids:
        updated[BASELINE_TABLE] = frozenset({decision.baseline.number})
    revision = ids(REVISION_TABLE, decision.revision["id"]) if decision.revision else {}
    return ChangeSet(
        updated=updated,
        inserted={} if undo else revision,
        deleted=revision if undo else {},
    )


def undo_decision(session: Session, decision: Decision) -> ChangeSet:
    """Take back a decision: its revision goes, the baseline rows and decision fields are
    as they were."""
    with unit_of_work(session):
        connection = session.connection()
        if decision.revision is not None:
            connection.execute(delete(_REVISIONS).where(_REVISIONS.c.id == decision.revision["id"]))
        if decision.baseline is not None:
            undo_save_baseline_for(connection, decision.baseline)
        if decision.old:
            update_row(connection, _TABLE, decision.change_id, decision.old, "change request")
    return _decision_change(decision, undo=True)


# -- the budget's history -----------------------------------------------------------------------
def _lines_total(connection: Connection) -> int:
    return int(connection.scalar(select(func.sum(BudgetLine.amount_cents))) or 0)


def budget_history(session: Session) -> BudgetHistory:
    """The budget lines' total, then each revision in date order (ties in the order they
    were made) with the budget after it; the last running total is the current budget."""
    with unit_of_work(session):
        connection = session.connection()
        original = _lines_total(connection)
        rows = connection.execute(
            select(
                _REVISIONS,
                CostCategory.name.label("category_name"),
                ChangeRequest.ref.label("change_ref"),
            )
            .outerjoin(CostCategory, CostCategory.id == _REVISIONS.c.category_id)
            .outerjoin(ChangeRequest, ChangeRequest.id == _REVISIONS.c.change_request_id)
            .order_by(_REVISIONS.c.date, _REVISIONS.c.id)
        ).mappings()
        total = original
        entries = []
        for row in rows:
            total += row["amount_cents"]
            entries.append(
                RevisionEntry(
                    id=row["id"],
                    date=row["date"],
                    amount_cents=row["amount_cents"],
                    category_id=row["category_id"],
                    category_name=row["category_name"] or "",
                    reason=row["reason"],
                    change_request_id=row["change_request_id"],
                    change_ref=row["change_ref"] or "",
                    running_total_cents=total,
                )
            )
    return BudgetHistory(original, tuple(entries))


def current_budget(session: Session) -> int:
    """The budget now, in cents: every budget line plus every revision."""
    with unit_of_work(session):
        connection = session.connection()
        revisions = connection.scalar(select(func.sum(BudgetRevision.amount_cents))) or 0
        return _lines_total(connection) + int(revisions)


def blank_change_request(title: str, **values: Any) -> ChangeRequestData:
    """Values for a new change request; id and ref are chosen when it is inserted."""
    unknown = set(values) - _DATA_FIELDS
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return ChangeRequestData(title=title, **values)


def with_identity(values: ChangeRequestData, inserted: ChangeRequestData) -> ChangeRequestData:
    """The values to insert again on redo: the same id and code as the first time."""
    return replace(values, id=inserted.id, ref=inserted.ref)
