"""The risk register: risks with R-nnn codes, links to tasks, dated reviews and the settings.

Two edits reach beyond the register: a response becomes a task in the schedule, and a
risk that occurs becomes an issue in the issue log. Each function is one transaction
and returns a ChangeSet with what undo needs to put things back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.issues import IssueKind
from app.domain.risks import (
    MAX_SCHEDULE_DAYS,
    REFERENCE_PREFIX,
    ExposurePoint,
    Proximity,
    RiskKind,
    RiskScales,
    RiskStatus,
    Snapshot,
    check_cents,
    check_level,
    check_strategy,
    exposure_trend,
    strategies_for,
)
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue
from app.models.entities import (
    Issue,
    IssueTask,
    ReserveDrawdown,
    Risk,
    RiskReview,
    RiskTask,
    Stakeholder,
    Task,
)
from app.services import tasks as task_service
from app.services.changes import ChangeSet
from app.services.issues import COUNTER_KEY as ISSUE_COUNTER_KEY
from app.services.issues import LINK_TABLE as ISSUE_LINK_TABLE
from app.services.issues import TABLE as ISSUE_TABLE
from app.services.issues import IssueData, delete_issue_row, insert_issue_row
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
    merge,
    retire_reference,
    set_counter,
    take_reference,
)
from app.services.transaction import unit_of_work
from app.services.view_settings import read_view_setting, write_view_setting

TABLE = "risk"
LINK_TABLE = "risk_task"
REVIEW_TABLE = "risk_review"
SCALES_KEY = "risk.scales"
COUNTER_KEY = "risk.last_ref"
_TABLE = cast(Table, Risk.__table__)
_LINKS = cast(Table, RiskTask.__table__)
_REVIEWS = cast(Table, RiskReview.__table__)


@dataclass(frozen=True, slots=True)
class RiskData:
    """A risk as plain data, with what the register shows beside it (names, links, reviews)."""

    id: int = 0
    position: int = 0
    ref: str = ""
    title: str = ""
    kind: RiskKind = RiskKind.THREAT
    category: str = ""
    cause: str = ""
    event: str = ""
    effect: str = ""
    raised_by: str = ""
    date_raised: dt.date | None = None
    owner_id: int | None = None
    owner_text: str = ""
    actionee_id: int | None = None
    actionee_text: str = ""
    proximity: str = ""  # a Proximity code or ""
    inherent_probability: int = 3
    inherent_impact: int = 3
    strategy: str = ""  # a Strategy code that suits the kind, or ""
    response_actions: str = ""
    trigger: str = ""
    contingency: str = ""
    response_cost_cents: int = 0
    cost_impact_cents: int = 0
    schedule_impact_days: int = 0
    residual_probability: int | None = None
    residual_impact: int | None = None
    status: RiskStatus = RiskStatus.IDENTIFIED
    next_review: dt.date | None = None
    # Read only: the stakeholders' names, the linked tasks, reviews and issues.
    owner_name: str = ""
    actionee_name: str = ""
    tasks: tuple[LinkedTask, ...] = field(default=())
    review_count: int = 0
    last_review: dt.date | None = None
    issue_refs: tuple[str, ...] = field(default=())


STORED_FIELDS = (
    "title",
    "kind",
    "category",
    "cause",
    "event",
    "effect",
    "raised_by",
    "date_raised",
    "owner_id",
    "owner_text",
    "actionee_id",
    "actionee_text",
    "proximity",
    "inherent_probability",
    "inherent_impact",
    "strategy",
    "response_actions",
    "trigger",
    "contingency",
    "response_cost_cents",
    "cost_impact_cents",
    "schedule_impact_days",
    "residual_probability",
    "residual_impact",
    "status",
    "next_review",
)
EDITABLE_FIELDS = STORED_FIELDS
_DATA_FIELDS = frozenset(f.name for f in fields(RiskData))


@dataclass(frozen=True, slots=True)
class ReviewData:
    """A dated snapshot of a risk at a review (residual probability and impact)."""

    id: int
    risk_id: int
    review_date: dt.date
    probability: int
    impact: int
    cost_impact_cents: int = 0
    status: RiskStatus = RiskStatus.MONITORING
    note: str = ""


@dataclass(frozen=True, slots=True)
class RemovedRisk:
    """A deleted risk with its links and reviews, and the issues that pointed at it."""

    row: dict[str, Any]
    links: list[dict[str, Any]]
    reviews: list[dict[str, Any]]
    issue_ids: list[int]
    counter: str | None = None  # the code counter before the delete
    drawdown_ids: tuple[int, ...] = ()  # reserve drawdowns that served it


@dataclass(frozen=True, slots=True)
class ResponseTask:
    """What ``response_to_task`` made: the task and its link, for undo and redo."""

    task_id: int
    link_id: int
    name: str


@dataclass(frozen=True, slots=True)
class Occurrence:
    """What ``risk_occurred`` did: the status it replaced and the issue it raised."""

    old_status: str
    issue: IssueData
    counter: str | None


# -- values ---------------------------------------------------------------------------------
def normalise_risk_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field's value and return what will be stored (strategy is checked apart)."""
    if name == "title":
        return check_line(name, value, required=True)
    if name in ("raised_by", "owner_text", "actionee_text"):
        return check_line(name, value)
    if name == "category":
        return check_line(name, value, limit=64)
    if name in ("cause", "event", "effect", "response_actions", "trigger", "contingency"):
        return check_block(name, value)
    if name in ("date_raised", "next_review"):
        return check_optional_date(name, value)
    if name in ("owner_id", "actionee_id"):
        return check_stakeholder(connection, name, value)
    if name == "kind":
        return RiskKind(check_choice(name, value, RiskKind)).value
    if name == "status":
        return RiskStatus(check_choice(name, value, RiskStatus)).value
    if name == "proximity":
        return check_choice(name, value, Proximity, blank=True)
    if name in ("inherent_probability", "inherent_impact"):
        return check_level(name, value)
    if name in ("residual_probability", "residual_impact"):
        return check_level(name, value, optional=True)
    if name in ("response_cost_cents", "cost_impact_cents"):
        return check_cents(name, value)
    if name == "schedule_impact_days":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValue(name, "not_a_number", repr(value)[:40])
        if not 0 <= value <= MAX_SCHEDULE_DAYS:
            raise InvalidValue(name, "out_of_range", str(value))
        return value
    if name == "strategy":
        if not isinstance(value, str):
            raise InvalidValue(name, "not_a_strategy", repr(value)[:40])
        return value
    raise InvalidValue(name, "unknown_field")


def _normalised(connection: Connection, values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = [name for name in values if name not in STORED_FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], "unknown_field")
    return {name: normalise_risk_value(connection, name, v) for name, v in values.items()}


# -- reading --------------------------------------------------------------------------------
def _build_select() -> Any:
    people = cast(Table, Stakeholder.__table__)
    owner, actionee = people.alias("owner"), people.alias("actionee")
    return (
        select(_TABLE, owner.c.name.label("owner_name"), actionee.c.name.label("actionee_name"))
        .outerjoin(owner, owner.c.id == _TABLE.c.owner_id)
        .outerjoin(actionee, actionee.c.id == _TABLE.c.actionee_id)
        .order_by(_TABLE.c.position, _TABLE.c.id)
    )


_SELECT = _build_select()  # built once: building it costs more than running it


def _select() -> Any:
    return _SELECT


def _enum(kind: Any, value: str, fallback: Any) -> Any:
    try:
        return kind(value)
    except ValueError:  # written by a newer Koers: shown as the default, kept as stored
        return fallback


def _as_data(
    row: RowMapping,
    tasks: list[LinkedTask],
    reviews: tuple[int, dt.date | None],
    issue_refs: list[str],
) -> RiskData:
    values = {name: row[name] for name in ("id", "position", "ref", *STORED_FIELDS)}
    values["kind"] = _enum(RiskKind, row["kind"], RiskKind.THREAT)
    values["status"] = _enum(RiskStatus, row["status"], RiskStatus.IDENTIFIED)
    return RiskData(
        **values,
        owner_name=row["owner_name"] or row["owner_text"],
        actionee_name=row["actionee_name"] or row["actionee_text"],
        tasks=tuple(tasks),
        review_count=reviews[0],
        last_review=reviews[1],
        issue_refs=tuple(issue_refs),
    )


def _review_summary(connection: Connection, only: int | None = None) -> dict[int, tuple[int, Any]]:
    statement = select(RiskReview.risk_id, func.count(), func.max(RiskReview.review_date)).group_by(
        RiskReview.risk_id
    )
    if only is not None:
        statement = statement.where(RiskReview.risk_id == only)
    return {row[0]: (row[1], row[2]) for row in connection.execute(statement)}


def _issue_refs(connection: Connection, only: int | None = None) -> dict[int, list[str]]:
    statement = select(Issue.risk_id, Issue.ref).where(Issue.risk_id.is_not(None))
    if only is not None:
        statement = statement.where(Issue.risk_id == only)
    result: dict[int, list[str]] = {}
    for risk_id, ref in connection.execute(statement.order_by(Issue.position)):
        if risk_id is not None:
            result.setdefault(risk_id, []).append(ref)
    return result


def _day(value: Any) -> dt.date | None:
    """func.max over a date column comes back as ISO text from SQLite."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def list_risks(session: Session) -> list[RiskData]:
    """Every risk in register order: four selects (risks, task links, reviews, issues)."""
    with unit_of_work(session):
        connection = session.connection()
        tasks = linked_tasks(connection, _LINKS, "risk_id")
        reviews = _review_summary(connection)
        issues = _issue_refs(connection)
        return [
            _as_data(
                row,
                tasks.get(row["id"], []),
                _summary(reviews.get(row["id"])),
                issues.get(row["id"], []),
            )
            for row in connection.execute(_select()).mappings()
        ]


def _summary(found: tuple[int, Any] | None) -> tuple[int, dt.date | None]:
    return (0, None) if found is None else (found[0], _day(found[1]))


def _read(connection: Connection, risk_id: int) -> RiskData:
    row = connection.execute(_select().where(Risk.id == risk_id)).mappings().first()
    if row is None:
        raise LookupError(f"risk {risk_id} does not exist")
    return _as_data(
        row,
        linked_tasks(connection, _LINKS, "risk_id", risk_id).get(risk_id, []),
        _summary(_review_summary(connection, risk_id).get(risk_id)),
        _issue_refs(connection, risk_id).get(risk_id, []),
    )


def get_risk(session: Session, risk_id: int) -> RiskData:
    with unit_of_work(session):
        return _read(session.connection(), risk_id)


def _review_data(row: RowMapping) -> ReviewData:
    return ReviewData(
        id=row["id"],
        risk_id=row["risk_id"],
        review_date=row["review_date"],
        probability=row["probability"],
        impact=row["impact"],
        cost_impact_cents=row["cost_impact_cents"],
        status=_enum(RiskStatus, row["status"], RiskStatus.MONITORING),
        note=row["note"],
    )


def list_reviews(session: Session, risk_id: int | None = None) -> list[ReviewData]:
    """The reviews of one risk (or of all), oldest first."""
    statement = select(_REVIEWS).order_by(RiskReview.review_date, RiskReview.id)
    if risk_id is not None:
        statement = statement.where(RiskReview.risk_id == risk_id)
    with unit_of_work(session):
        return [_review_data(row) for row in session.connection().execute(statement).mappings()]


def read_risk_scales(session: Session) -> RiskScales:
    """The project's risk settings; the defaults when none (or an unreadable one) is stored."""
    text = read_view_setting(session, SCALES_KEY)
    if text is None:
        return RiskScales()
    try:
        return RiskScales.from_json(text)
    except InvalidValue:
        return RiskScales()


def write_risk_scales(session: Session, scales: RiskScales) -> tuple[ChangeSet, str | None]:
    """Store the project's risk settings; returns the text they replaced (None: defaults)."""
    return write_view_setting(session, SCALES_KEY, scales.validate().to_json())


def exposure(session: Session) -> list[ExposurePoint]:
    """The exposure trend of the whole register (see ``exposure_trend``)."""
    scales = read_risk_scales(session)
    with unit_of_work(session):
        rows = session.connection().execute(
            select(
                RiskReview.risk_id,
                RiskReview.review_date,
                RiskReview.probability,
                RiskReview.impact,
                RiskReview.cost_impact_cents,
                RiskReview.status,
                Risk.kind,
            )
            .join(Risk, Risk.id == RiskReview.risk_id)
            .order_by(RiskReview.review_date, RiskReview.id)
        )
        snapshots = [
            Snapshot(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                _enum(RiskStatus, r[5], RiskStatus.MONITORING),
                _enum(RiskKind, r[6], RiskKind.THREAT),
            )
            for r in rows
        ]
    return exposure_trend(snapshots, scales)


# -- inserting and deleting -------------------------------------------------------------------
def _count(connection: Connection) -> int:
    return connection.scalar(select(func.count()).select_from(_TABLE)) or 0


def _shift(connection: Connection, first: int, delta: int) -> None:
    connection.execute(
        update(Risk).where(Risk.position >= first).values(position=Risk.position + delta)
    )


def insert_risk_row(
    connection: Connection, values: RiskData, position: int | None = None
) -> tuple[RiskData, str | None]:
    """Insert inside a caller's transaction; returns the risk and the code counter before."""
    stored = _normalised(connection, {name: getattr(values, name) for name in STORED_FIELDS})
    stored["strategy"] = check_strategy(RiskKind(stored["kind"]), stored["strategy"])
    count = _count(connection)
    place = count if position is None else max(0, min(position, count))
    ref, counter = take_reference(
        connection,
        COUNTER_KEY,
        REFERENCE_PREFIX,
        connection.scalars(select(Risk.ref)).all(),
        values.ref,
    )
    _shift(connection, place, +1)
    row = {"position": place, "ref": ref, **stored}
    if values.id:
        row["id"] = values.id
    key = connection.execute(insert(_TABLE).values(**row)).inserted_primary_key
    assert key is not None
    return _read(connection, int(key[0])), counter


def insert_risk(
    session: Session, values: RiskData, position: int | None = None
) -> tuple[ChangeSet, RiskData, str | None]:
    """Add a risk (at the end unless ``position``); id 0 and ref "" mean new ones.

    Returns the change, the risk, and the code counter as it was (for undo).
    """
    with unit_of_work(session):
        risk, counter = insert_risk_row(session.connection(), values, position)
    change = ChangeSet(inserted=ids(TABLE, risk.id), reordered=frozenset({TABLE}))
    return change, risk, counter


def delete_risk_row(connection: Connection, risk_id: int) -> RemovedRisk:
    """Remove a risk inside a caller's transaction; returns it as it was."""
    row = connection.execute(select(_TABLE).where(Risk.id == risk_id)).mappings().first()
    if row is None:
        raise LookupError(f"risk {risk_id} does not exist")

    def rows(statement: Any) -> list[dict[str, Any]]:
        return [dict(found) for found in connection.execute(statement).mappings()]

    removed = RemovedRisk(
        dict(row),
        rows(select(_LINKS).where(_LINKS.c.risk_id == risk_id).order_by(_LINKS.c.id)),
        rows(select(_REVIEWS).where(_REVIEWS.c.risk_id == risk_id).order_by(_REVIEWS.c.id)),
        list(connection.scalars(select(Issue.id).where(Issue.risk_id == risk_id))),
        retire_reference(connection, COUNTER_KEY, REFERENCE_PREFIX, row["ref"]),
        tuple(
            connection.scalars(select(ReserveDrawdown.id).where(ReserveDrawdown.risk_id == risk_id))
        ),
    )
    connection.execute(delete(_TABLE).where(Risk.id == risk_id))  # links, reviews cascade
    _shift(connection, removed.row["position"] + 1, -1)
    return removed


def _removal_change(removed: RemovedRisk) -> ChangeSet:
    deleted = ids(TABLE, removed.row["id"])
    if removed.links:
        deleted |= ids(LINK_TABLE, *(link["id"] for link in removed.links))
    if removed.reviews:
        deleted |= ids(REVIEW_TABLE, *(review["id"] for review in removed.reviews))
    updated = ids(ISSUE_TABLE, *removed.issue_ids) if removed.issue_ids else {}
    return ChangeSet(deleted=deleted, updated=updated, reordered=frozenset({TABLE}))


def delete_risk(session: Session, risk_id: int) -> tuple[ChangeSet, RemovedRisk]:
    """Remove a risk with its task links and reviews; issues raised from it lose the link.

    Returns everything as it was, so ``restore_risk`` can put it back.
    """
    with unit_of_work(session):
        removed = delete_risk_row(session.connection(), risk_id)
    return _removal_change(removed), removed


def undo_insert_risk(session: Session, risk_id: int, counter: str | None) -> ChangeSet:
    """Take back an inserted risk: the row goes and the code counter is as it was."""
    with unit_of_work(session):
        connection = session.connection()
        removed = delete_risk_row(connection, risk_id)
        set_counter(connection, COUNTER_KEY, counter)
    return _removal_change(removed)


def restore_risk(session: Session, removed: RemovedRisk) -> ChangeSet:
    """Put a deleted risk back: same id, code and place, links, reviews, issues re-pointed."""
    with unit_of_work(session):
        connection = session.connection()
        _shift(connection, removed.row["position"], +1)
        connection.execute(insert(_TABLE).values(**removed.row))
        if removed.links:
            connection.execute(insert(_LINKS), removed.links)
        if removed.reviews:
            connection.execute(insert(_REVIEWS), removed.reviews)
        if removed.issue_ids:
            connection.execute(
                update(Issue)
                .where(Issue.id.in_(removed.issue_ids))
                .values(risk_id=removed.row["id"])
            )
        if removed.drawdown_ids:
            connection.execute(
                update(ReserveDrawdown)
                .where(ReserveDrawdown.id.in_(removed.drawdown_ids))
                .values(risk_id=removed.row["id"])
            )
        set_counter(connection, COUNTER_KEY, removed.counter)
    inserted = ids(TABLE, removed.row["id"])
    if removed.links:
        inserted |= ids(LINK_TABLE, *(link["id"] for link in removed.links))
    if removed.reviews:
        inserted |= ids(REVIEW_TABLE, *(review["id"] for review in removed.reviews))
    updated = ids(ISSUE_TABLE, *removed.issue_ids) if removed.issue_ids else {}
    return ChangeSet(inserted=inserted, updated=updated, reordered=frozenset({TABLE}))


# -- editing --------------------------------------------------------------------------------
def store_risk_fields(
    connection: Connection, risk_id: int, values: Mapping[str, Any]
) -> dict[str, Any]:
    """Store fields, keeping the strategy in line with the kind; returns the old values.

    Changing the kind clears a strategy that does not suit the new kind (unless the
    same edit sets the strategy); the old strategy is among the values returned.
    """
    stored = _normalised(connection, values)
    current = connection.execute(select(Risk.kind, Risk.strategy).where(Risk.id == risk_id)).first()
    if current is None:
        raise LookupError(f"risk {risk_id} does not exist")
    kind = RiskKind(stored.get("kind", current[0]))
    if "strategy" in stored:
        stored["strategy"] = check_strategy(kind, stored["strategy"])
    elif current[1] and current[1] not in {s.value for s in strategies_for(kind)}:
        stored["strategy"] = ""
    row = connection.execute(
        select(*(_TABLE.c[name] for name in stored)).where(Risk.id == risk_id)
    ).one()
    old = dict(zip(stored, row, strict=True))
    changed = {name: value for name, value in stored.items() if old[name] != value}
    if changed:
        connection.execute(update(_TABLE).where(Risk.id == risk_id).values(**changed))
    return {name: old[name] for name in changed}


def set_risk_fields(
    session: Session, risk_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of one risk; returns the values they replaced, for undo.

    Values are checked by the domain's rules: 1–5 scales, a strategy that suits the
    kind, money of zero or more, dates in 1984–2149, owners that are stakeholders.
    """
    with unit_of_work(session):
        old = store_risk_fields(session.connection(), risk_id, values)
    if not old:
        return ChangeSet(), old
    return ChangeSet(updated=ids(TABLE, risk_id)), old


# -- links to tasks -----------------------------------------------------------------------------
def _link(
    connection: Connection, risk_id: int, task_id: int, response: bool, link_id: int | None
) -> int | None:
    check_task(connection, task_id)
    if connection.scalar(select(Risk.id).where(Risk.id == risk_id)) is None:
        raise LookupError(f"risk {risk_id} does not exist")
    existing = connection.scalar(
        select(_LINKS.c.id).where(_LINKS.c.risk_id == risk_id, _LINKS.c.task_id == task_id)
    )
    if existing is not None:
        return None
    row: dict[str, Any] = {"risk_id": risk_id, "task_id": task_id, "response": response}
    if link_id:
        row["id"] = link_id
    key = connection.execute(insert(_LINKS).values(**row)).inserted_primary_key
    assert key is not None
    return int(key[0])


def link_risk_task(
    session: Session,
    risk_id: int,
    task_id: int,
    *,
    response: bool = False,
    link_id: int | None = None,
) -> tuple[ChangeSet, int | None]:
    """Link a risk to a task it affects; returns the new link's id (None: already linked)."""
    with unit_of_work(session):
        new_id = _link(session.connection(), risk_id, task_id, response, link_id)
    if new_id is None:
        return ChangeSet(), None
    return ChangeSet(inserted=ids(LINK_TABLE, new_id), updated=ids(TABLE, risk_id)), new_id


def unlink_risk_task(
    session: Session, risk_id: int, task_id: int
) -> tuple[ChangeSet, dict[str, Any] | None]:
    """Remove the link; returns it as it was (None when there was none), for undo."""
    with unit_of_work(session):
        connection = session.connection()
        row = (
            connection.execute(
                select(_LINKS).where(_LINKS.c.risk_id == risk_id, _LINKS.c.task_id == task_id)
            )
            .mappings()
            .first()
        )
        if row is None:
            return ChangeSet(), None
        connection.execute(delete(_LINKS).where(_LINKS.c.id == row["id"]))
    change = ChangeSet(deleted=ids(LINK_TABLE, row["id"]), updated=ids(TABLE, risk_id))
    return change, dict(row)


def restore_risk_link(session: Session, link: Mapping[str, Any]) -> ChangeSet:
    """Undo of an unlink: the same link (same id) again."""
    change, _ = link_risk_task(
        session,
        link["risk_id"],
        link["task_id"],
        response=bool(link["response"]),
        link_id=link["id"],
    )
    return change


def remove_risk_link(session: Session, risk_id: int, link_id: int) -> ChangeSet:
    """Undo of a link: the link goes again."""
    with unit_of_work(session):
        session.connection().execute(delete(_LINKS).where(_LINKS.c.id == link_id))
    return ChangeSet(deleted=ids(LINK_TABLE, link_id), updated=ids(TABLE, risk_id))


# -- reviews --------------------------------------------------------------------------------
KEEP = "keep"  # add_review: leave the next review date as it is


def add_review(
    session: Session,
    risk_id: int,
    review: ReviewData,
    next_review: dt.date | str | None = KEEP,
) -> tuple[ChangeSet, ReviewData, dict[str, Any]]:
    """Record a review: a dated snapshot that also becomes the risk's current assessment.

    The risk's residual probability and impact, cost impact and status take the
    review's values, and its next review date ``next_review`` (unless KEEP). Returns
    the change, the stored review (``review.id`` 0 means a new id) and the risk's
    fields as they were, for undo.
    """
    with unit_of_work(session):
        connection = session.connection()
        values: dict[str, Any] = {
            "residual_probability": review.probability,
            "residual_impact": review.impact,
            "cost_impact_cents": review.cost_impact_cents,
            "status": review.status.value
            if isinstance(review.status, RiskStatus)
            else review.status,
        }
        if next_review != KEEP:
            values["next_review"] = next_review
        row = {
            "risk_id": risk_id,
            "review_date": check_optional_date("review_date", review.review_date),
            "probability": check_level("probability", review.probability),
            "impact": check_level("impact", review.impact),
            "cost_impact_cents": check_cents("cost_impact_cents", review.cost_impact_cents),
            "status": normalise_risk_value(connection, "status", values["status"]),
            "note": check_block("note", review.note),
        }
        if row["review_date"] is None:
            raise InvalidValue("review_date", "required")
        old = store_risk_fields(connection, risk_id, values)
        if review.id:
            row["id"] = review.id
        key = connection.execute(insert(_REVIEWS).values(**row)).inserted_primary_key
        assert key is not None
        stored = replace(review, id=int(key[0]), risk_id=risk_id, status=RiskStatus(row["status"]))
    change = ChangeSet(inserted=ids(REVIEW_TABLE, stored.id), updated=ids(TABLE, risk_id))
    return change, stored, old


def undo_add_review(
    session: Session, review_id: int, risk_id: int, old: Mapping[str, Any]
) -> ChangeSet:
    """Take back a review: the snapshot goes and the risk's fields are as they were."""
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(delete(_REVIEWS).where(_REVIEWS.c.id == review_id))
        if old:
            store_risk_fields(connection, risk_id, old)
    return ChangeSet(deleted=ids(REVIEW_TABLE, review_id), updated=ids(TABLE, risk_id))


def delete_review(session: Session, review_id: int) -> tuple[ChangeSet, ReviewData]:
    """Remove one snapshot from a risk's history (the risk itself stays as it is)."""
    with unit_of_work(session):
        connection = session.connection()
        row = (
            connection.execute(select(_REVIEWS).where(_REVIEWS.c.id == review_id))
            .mappings()
            .first()
        )
        if row is None:
            raise LookupError(f"review {review_id} does not exist")
        removed = _review_data(row)
        connection.execute(delete(_REVIEWS).where(_REVIEWS.c.id == review_id))
    change = ChangeSet(deleted=ids(REVIEW_TABLE, review_id), updated=ids(TABLE, removed.risk_id))
    return change, removed


def restore_review(session: Session, review: ReviewData) -> ChangeSet:
    """Undo of ``delete_review``: the same snapshot, same id."""
    with unit_of_work(session):
        session.connection().execute(
            insert(_REVIEWS).values(
                id=review.id,
                risk_id=review.risk_id,
                review_date=review.review_date,
                probability=review.probability,
                impact=review.impact,
                cost_impact_cents=review.cost_impact_cents,
                status=review.status.value,
                note=review.note,
            )
        )
    return ChangeSet(inserted=ids(REVIEW_TABLE, review.id), updated=ids(TABLE, review.risk_id))


# -- a response becomes a task -----------------------------------------------------------------
def response_task_name(risk: RiskData) -> str:
    """The name of a response task: the first line of the response actions, or the title."""
    first = next((line.strip() for line in risk.response_actions.splitlines() if line.strip()), "")
    name = f"{risk.ref}: {first or risk.title}"
    return name if len(name) <= MAX_NAME_LENGTH else name[: MAX_NAME_LENGTH - 1] + "…"


def response_to_task(
    session: Session,
    risk_id: int,
    *,
    parent_id: int | None = None,
    name: str | None = None,
    task_id: int = 0,
    link_id: int = 0,
) -> tuple[ChangeSet, ResponseTask]:
    """Add a task for the risk's response and link it (as the response) in one transaction.

    The task goes at the end of the schedule, or last under the summary ``parent_id``
    (a task with subtasks). ``task_id`` and ``link_id`` (redo) bring back the same rows.
    """
    with unit_of_work(session):
        connection = session.connection()
        risk = _read(connection, risk_id)
        title = name if name is not None else response_task_name(risk)
        order = connection.execute(
            select(Task.id, Task.position, Task.outline_level).order_by(Task.position)
        ).all()
        position, level = len(order), 1
        if parent_id is not None:
            index = next((i for i, row in enumerate(order) if row[0] == parent_id), None)
            if index is None:
                raise LookupError(f"task {parent_id} does not exist")
            end = index + 1
            while end < len(order) and order[end][2] > order[index][2]:
                end += 1
            if end == index + 1:
                raise InvalidValue("parent", "not_a_summary", str(parent_id))
            position, level = end, order[index][2] + 1
        row: dict[str, Any] = {"name": title, "outline_level": level}
        if task_id:
            row["id"] = task_id
        (new_task,) = task_service.insert_task_rows(connection, position, [row])
        new_link = _link(connection, risk_id, new_task, True, link_id or None)
        assert new_link is not None
        stored_name = connection.scalar(select(Task.name).where(Task.id == new_task)) or ""
    change = merge(
        task_service.task_change([new_task], structure=True),
        ChangeSet(inserted=ids(LINK_TABLE, new_link), updated=ids(TABLE, risk_id)),
    )
    return change, ResponseTask(new_task, new_link, stored_name)


def undo_response_to_task(session: Session, risk_id: int, made: ResponseTask) -> ChangeSet:
    """Take back a response task: the task and (by cascade) its link go."""
    change = task_service.remove_inserted(session, [made.task_id])
    return merge(
        change, ChangeSet(deleted=ids(LINK_TABLE, made.link_id), updated=ids(TABLE, risk_id))
    )


# -- a risk that occurs becomes an issue ---------------------------------------------------------
def occurred_issue(risk: RiskData, date_raised: dt.date | None) -> IssueData:
    """The issue a risk becomes: its title, cause → event → effect, owner and the risk's link."""
    chain = [text.strip() for text in (risk.cause, risk.event, risk.effect) if text.strip()]
    return IssueData(
        title=risk.title,
        kind=IssueKind.PROBLEM,
        date_raised=date_raised,
        raised_by=risk.owner_name,
        description=" → ".join(chain),
        impact=risk.effect,
        owner_id=risk.owner_id,
        owner_text=risk.owner_text,
        risk_id=risk.id,
    )


def risk_occurred(
    session: Session,
    risk_id: int,
    date_raised: dt.date | None,
    *,
    issue_id: int = 0,
    issue_ref: str = "",
) -> tuple[ChangeSet, Occurrence]:
    """Mark a risk occurred and raise an issue from it, with the risk's tasks linked.

    ``issue_id`` and ``issue_ref`` (redo) bring back the same issue.
    """
    with unit_of_work(session):
        connection = session.connection()
        risk = _read(connection, risk_id)
        values = replace(occurred_issue(risk, date_raised), id=issue_id, ref=issue_ref)
        issue, counter = insert_issue_row(connection, values)
        links = [{"issue_id": issue.id, "task_id": task.task_id} for task in risk.tasks]
        if links:
            connection.execute(insert(IssueTask), links)
        old = store_risk_fields(connection, risk_id, {"status": RiskStatus.OCCURRED.value})
        link_ids = list(
            connection.scalars(select(IssueTask.id).where(IssueTask.issue_id == issue.id))
        )
    inserted = ids(ISSUE_TABLE, issue.id)
    if link_ids:
        inserted |= ids(ISSUE_LINK_TABLE, *link_ids)
    change = ChangeSet(
        inserted=inserted, updated=ids(TABLE, risk_id), reordered=frozenset({ISSUE_TABLE})
    )
    return change, Occurrence(old.get("status", risk.status.value), issue, counter)


def undo_risk_occurred(session: Session, risk_id: int, occurrence: Occurrence) -> ChangeSet:
    """Take back an occurrence: the issue (with its links) goes and the status returns."""
    with unit_of_work(session):
        connection = session.connection()
        removed = delete_issue_row(connection, occurrence.issue.id)
        set_counter(connection, ISSUE_COUNTER_KEY, occurrence.counter)
        store_risk_fields(connection, risk_id, {"status": occurrence.old_status})
    deleted = ids(ISSUE_TABLE, occurrence.issue.id)
    if removed.links:
        deleted |= ids(ISSUE_LINK_TABLE, *(link["id"] for link in removed.links))
    return ChangeSet(
        deleted=deleted, updated=ids(TABLE, risk_id), reordered=frozenset({ISSUE_TABLE})
    )


def blank_risk(title: str, **values: Any) -> RiskData:
    """Values for a new risk; id and ref are chosen when it is inserted."""
    unknown = set(values) - _DATA_FIELDS
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return RiskData(title=title, **values)


def with_identity(values: RiskData, inserted: RiskData) -> RiskData:
    """The values to insert again on redo: the same id and code as the first time."""
    return replace(values, id=inserted.id, ref=inserted.ref)
