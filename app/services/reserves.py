"""The reserves: contingency for known risks, the management reserve for unknown ones, and
the drawdowns taken from them.

The contingency reserve is, by default, the sum of the residual expected monetary value of
the open threats in the risk register (the risk settings' EMV percentage of the residual
probability × the cost impact; closed and occurred risks and opportunities do not add),
or a set amount when the project says so (``contingency_from_risks`` off). A drawdown
takes money from one reserve on a date, for a reason, serving a risk or a change request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import Connection, RowMapping, Table, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.budget import Reserve
from app.domain.risks import (
    CLOSED_STATUSES,
    SCALE,
    RiskKind,
    RiskScales,
    RiskStatus,
    residual_levels,
)
from app.domain.validation import InvalidValue
from app.models.entities import ChangeRequest, Project, ReserveDrawdown, Risk
from app.services.budget_edit import (
    check_cents,
    check_day,
    delete_row,
    enum_or,
    insert_row,
    update_row,
)
from app.services.changes import ChangeSet
from app.services.registers import check_block, check_choice, ids
from app.services.risks import read_risk_scales
from app.services.transaction import unit_of_work

TABLE = "reserve_drawdown"
SETTING_FIELDS = ("contingency_from_risks", "contingency_cents", "management_reserve_cents")
_TABLE = cast(Table, ReserveDrawdown.__table__)


@dataclass(frozen=True, slots=True)
class ReserveSettings:
    """How the project sets its reserves."""

    contingency_from_risks: bool = True
    contingency_cents: int = 0  # used when not from the risks
    management_reserve_cents: int = 0


@dataclass(frozen=True, slots=True)
class ReserveStatus:
    """One reserve: its amount, what was drawn from it and what remains."""

    reserve: Reserve
    amount_cents: int
    drawn_cents: int
    from_risks: bool = False  # the amount is the register's residual EMV

    @property
    def remaining_cents(self) -> int:
        return self.amount_cents - self.drawn_cents

    @property
    def overdrawn(self) -> bool:
        return self.remaining_cents < 0


@dataclass(frozen=True, slots=True)
class DrawdownData:
    """Money taken from a reserve, with the risk or change request it served."""

    id: int = 0
    reserve: Reserve = Reserve.CONTINGENCY
    date: dt.date | None = None
    amount_cents: int = 0
    reason: str = ""
    risk_id: int | None = None
    change_request_id: int | None = None
    # Read only.
    risk_ref: str = ""
    change_ref: str = ""


DRAWDOWN_FIELDS = ("reserve", "date", "amount_cents", "reason", "risk_id", "change_request_id")


# -- the reserves --------------------------------------------------------------------------------
def residual_emv_cents(connection: Connection, scales: RiskScales) -> int:
    """The sum of the residual EMV of the open threats in the register."""
    total = 0
    for row in connection.execute(
        select(
            Risk.kind,
            Risk.status,
            Risk.inherent_probability,
            Risk.inherent_impact,
            Risk.residual_probability,
            Risk.residual_impact,
            Risk.cost_impact_cents,
        )
    ):
        if enum_or(RiskKind, row.kind, RiskKind.THREAT) is not RiskKind.THREAT:
            continue
        if enum_or(RiskStatus, row.status, RiskStatus.IDENTIFIED) in CLOSED_STATUSES:
            continue
        probability, _impact = residual_levels(
            row.inherent_probability,
            row.inherent_impact,
            row.residual_probability,
            row.residual_impact,
        )
        # A level outside 1–5 (from an old or foreign file) counts as the nearest one.
        probability = min(SCALE[-1], max(SCALE[0], probability))
        total += scales.emv_cents(probability, row.cost_impact_cents)
    return total


def _settings(connection: Connection) -> ReserveSettings:
    row = connection.execute(
        select(
            Project.contingency_from_risks,
            Project.contingency_cents,
            Project.management_reserve_cents,
        )
    ).first()
    if row is None:
        return ReserveSettings()
    return ReserveSettings(bool(row[0]), int(row[1] or 0), int(row[2] or 0))


def reserve_settings(session: Session) -> ReserveSettings:
    with unit_of_work(session):
        return _settings(session.connection())


def reserve_status(session: Session) -> list[ReserveStatus]:
    """The contingency and the management reserve: amount, drawn and remaining (negative:
    overdrawn, and ``overdrawn`` says so)."""
    scales = read_risk_scales(session)
    with unit_of_work(session):
        connection = session.connection()
        settings = _settings(connection)
        drawn = {
            key: int(total or 0)
            for key, total in connection.execute(
                select(ReserveDrawdown.reserve, func.sum(ReserveDrawdown.amount_cents)).group_by(
                    ReserveDrawdown.reserve
                )
            )
        }
        contingency = (
            residual_emv_cents(connection, scales)
            if settings.contingency_from_risks
            else settings.contingency_cents
        )
    return [
        ReserveStatus(
            Reserve.CONTINGENCY,
            contingency,
            drawn.get(Reserve.CONTINGENCY.value, 0),
            settings.contingency_from_risks,
        ),
        ReserveStatus(
            Reserve.MANAGEMENT,
            settings.management_reserve_cents,
            drawn.get(Reserve.MANAGEMENT.value, 0),
        ),
    ]


def normalise_setting(name: str, value: Any) -> Any:
    if name == "contingency_from_risks":
        if not isinstance(value, bool):
            raise InvalidValue(name, "not_a_boolean", repr(value)[:40])
        return value
    if name in ("contingency_cents", "management_reserve_cents"):
        return check_cents(name, value)
    raise InvalidValue(name, "unknown_field")


def set_reserve_settings(
    session: Session, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some reserve settings (contingency from the risks or a set amount, the
    management reserve); returns the values they replaced, for undo."""
    checked = {name: normalise_setting(name, value) for name, value in values.items()}
    with unit_of_work(session):
        connection = session.connection()
        row = connection.execute(
            select(Project.id, *(getattr(Project, n) for n in checked))
        ).first()
        if row is None:
            raise LookupError("the file holds no project")
        old = {name: row[index + 1] for index, name in enumerate(checked)}
        old = {
            name: (bool(v) if name == "contingency_from_risks" else v) for name, v in old.items()
        }
        changed = {name: value for name, value in checked.items() if old[name] != value}
        if changed:
            connection.execute(update(Project).where(Project.id == row[0]).values(**changed))
    if not changed:
        return ChangeSet(), {}
    return ChangeSet(project_fields=frozenset(changed)), {name: old[name] for name in changed}


# -- drawdowns ------------------------------------------------------------------------------------
def _check_reference(connection: Connection, name: str, value: object, entity: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(name, "not_a_number", repr(value)[:40])
    if connection.scalar(select(entity.id).where(entity.id == value)) is None:
        code = "unknown_risk" if entity is Risk else "unknown_change_request"
        raise InvalidValue(name, code, str(value))
    return value


def normalise_drawdown_value(connection: Connection, name: str, value: Any) -> Any:
    """Check one field of a drawdown; returns what will be stored."""
    if name == "reserve":
        return check_choice(name, value.value if isinstance(value, Reserve) else value, Reserve)
    if name == "date":
        return check_day(name, value)
    if name == "amount_cents":
        return check_cents(name, value, zero=False)
    if name == "reason":
        text = check_block(name, value)
        if not text.strip():
            raise InvalidValue(name, "required")
        return text
    if name == "risk_id":
        return _check_reference(connection, name, value, Risk)
    if name == "change_request_id":
        return _check_reference(connection, name, value, ChangeRequest)
    raise InvalidValue(name, "unknown_field")


def _select() -> Any:
    return (
        select(_TABLE, Risk.ref.label("risk_ref"), ChangeRequest.ref.label("change_ref"))
        .outerjoin(Risk, Risk.id == _TABLE.c.risk_id)
        .outerjoin(ChangeRequest, ChangeRequest.id == _TABLE.c.change_request_id)
        .order_by(_TABLE.c.date, _TABLE.c.id)
    )


def _drawdown(row: RowMapping) -> DrawdownData:
    return DrawdownData(
        id=row["id"],
        reserve=enum_or(Reserve, row["reserve"], Reserve.CONTINGENCY),
        date=row["date"],
        amount_cents=row["amount_cents"],
        reason=row["reason"],
        risk_id=row["risk_id"],
        change_request_id=row["change_request_id"],
        risk_ref=row["risk_ref"] or "",
        change_ref=row["change_ref"] or "",
    )


def list_drawdowns(session: Session) -> list[DrawdownData]:
    """Every drawdown, oldest first."""
    with unit_of_work(session):
        return [_drawdown(row) for row in session.connection().execute(_select()).mappings()]


def _read(connection: Connection, drawdown_id: int) -> DrawdownData:
    row = connection.execute(_select().where(_TABLE.c.id == drawdown_id)).mappings().first()
    if row is None:
        raise LookupError(f"drawdown {drawdown_id} does not exist")
    return _drawdown(row)


def insert_drawdown(session: Session, values: DrawdownData) -> tuple[ChangeSet, DrawdownData]:
    """Record a drawdown: a reserve, a date, an amount above zero and a reason are required.
    ``values.id`` 0 means a new id (redo passes the old one)."""
    with unit_of_work(session):
        connection = session.connection()
        row = {
            name: normalise_drawdown_value(connection, name, getattr(values, name))
            for name in DRAWDOWN_FIELDS
        }
        new_id = insert_row(connection, _TABLE, row, values.id)
        drawdown = _read(connection, new_id)
    return ChangeSet(inserted=ids(TABLE, new_id)), drawdown


def set_drawdown_fields(
    session: Session, drawdown_id: int, values: Mapping[str, Any]
) -> tuple[ChangeSet, dict[str, Any]]:
    """Store some fields of a drawdown; returns the values they replaced, for undo."""
    unknown = [name for name in values if name not in DRAWDOWN_FIELDS]
    if unknown:
        raise InvalidValue(unknown[0], "unknown_field")
    with unit_of_work(session):
        connection = session.connection()
        checked = {
            name: normalise_drawdown_value(connection, name, value)
            for name, value in values.items()
        }
        old = update_row(connection, _TABLE, drawdown_id, checked, "drawdown")
    if not old:
        return ChangeSet(), old
    return ChangeSet(updated=ids(TABLE, drawdown_id)), old


def delete_drawdown(session: Session, drawdown_id: int) -> tuple[ChangeSet, dict[str, Any]]:
    """Remove a drawdown; returns its row as it was, for ``restore_drawdown``."""
    with unit_of_work(session):
        row = delete_row(session.connection(), _TABLE, drawdown_id, "drawdown")
    return ChangeSet(deleted=ids(TABLE, drawdown_id)), row


def restore_drawdown(session: Session, row: Mapping[str, Any]) -> ChangeSet:
    """Put a deleted drawdown back, same id."""
    with unit_of_work(session):
        session.connection().execute(insert(_TABLE).values(**row))
    return ChangeSet(inserted=ids(TABLE, row["id"]))


def blank_drawdown(
    reserve: Reserve, date: dt.date, amount_cents: int, reason: str, **values: Any
) -> DrawdownData:
    """Values for a new drawdown; the id is chosen when it is inserted."""
    unknown = set(values) - set(DRAWDOWN_FIELDS)
    if unknown:
        raise InvalidValue(sorted(unknown)[0], "unknown_field")
    return DrawdownData(
        reserve=reserve, date=date, amount_cents=amount_cents, reason=reason, **values
    )


def with_id(values: DrawdownData, row_id: int) -> DrawdownData:
    """The values to insert again on redo: the same id as the first time."""
    return replace(values, id=row_id)
