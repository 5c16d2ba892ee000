"""Earned value of the project at a status date against a baseline, and the snapshots that
make CPI and SPI trends real history.

PV comes from each task's baseline cost spread over its baseline dates on its calendar; EV
from the task's earned-value method; AC from the actual cost of its progress (actual work ×
rate, cost per use, fixed cost by its accrual), as Microsoft Project computes ACWP. The
bottom-up ETC is each task's remaining cost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar, to_instant
from app.domain.cost import Accrual
from app.domain.earned_value import (
    EacMethod,
    EvMethod,
    EvmFigures,
    EvmInputs,
    EvmResult,
    NoBaseline,
    earned_value,
)
from app.domain.errors import InputRefused
from app.models.entities import Baseline, EvmSnapshot, Project, Task
from app.services.changes import ChangeSet
from app.services.charter import normalise_charter_value
from app.services.costs import compute_costs, outline_parents
from app.services.registers import merge
from app.services.schedule import TaskRow, load_schedule
from app.services.transaction import unit_of_work

SNAPSHOT_TABLE = "evm_snapshot"


class NoStatusDate(InputRefused):
    def __init__(self) -> None:
        super().__init__(
            "There is no status date: set one in the charter (Status date) or pass one."
        )


@dataclass(frozen=True, slots=True)
class EvmReport:
    """Earned value of every task (``result``) and the project at ``status_date``."""

    status_date: dt.date
    currency: str
    baseline: int
    rows: list[TaskRow]
    result: EvmResult

    @property
    def project(self) -> EvmFigures:
        return self.result.project


def ev_method(text: str) -> EvMethod:
    try:
        return EvMethod(text)
    except ValueError:
        return EvMethod.PERCENT_COMPLETE


def evm_inputs(
    connection: Connection, baseline: int
) -> tuple[list[TaskRow], list[EvmInputs], WorkCalendar]:
    """The schedule's rows, each task's earned-value inputs against ``baseline``, and the
    project calendar."""
    computed = load_schedule(connection)
    costs = compute_costs(connection).result
    saved = {
        row.task_id: row
        for row in connection.execute(
            select(Baseline.task_id, Baseline.start, Baseline.finish, Baseline.cost_cents).where(
                Baseline.number == baseline
            )
        )
    }
    methods = {
        row[0]: (row[1], row[2])
        for row in connection.execute(
            select(Task.id, Task.ev_method, Task.physical_percent_complete)
        )
    }
    parents = outline_parents([(row.id, row.outline_level) for row in computed.rows])
    # A summary's baseline cost is rolled up (as MS Project saves it): its own part is what
    # its children leave over.
    children_cost: dict[int, int] = {}
    for row in computed.rows:
        parent = parents[row.id]
        found = saved.get(row.id)
        if parent is not None and found is not None and found.cost_cents is not None:
            children_cost[parent] = children_cost.get(parent, 0) + found.cost_cents
    inputs: list[EvmInputs] = []
    for row in computed.rows:
        found = saved.get(row.id)
        bac: int | None = None
        start = finish = None
        if found is not None and found.cost_cents is not None:
            bac = found.cost_cents - children_cost.get(row.id, 0)
            if found.start is not None and found.finish is not None:
                start, finish = to_instant(found.start), to_instant(found.finish)
            elif bac:
                bac = None  # a cost without dates cannot be planned in time
        method, physical = methods.get(row.id, ("percent_complete", 0))
        cost = costs.get(row.id)
        inputs.append(
            EvmInputs(
                task_id=row.id,
                parent=parents[row.id],
                bac_cents=bac,
                baseline_start=start,
                baseline_finish=finish,
                accrual=Accrual.PRORATED,
                calendar=computed.calendar_of(row),
                percent_complete=min(100, max(0, row.percent_complete)),
                physical_percent_complete=min(100, max(0, physical)),
                ev_method=ev_method(method),
                started=row.actual_start is not None,
                actual_cost_cents=cost.own_actual_cents if cost else 0,
                etc_cents=(cost.own_cost_cents - cost.own_actual_cents) if cost else 0,
            )
        )
    return computed.rows, inputs, computed.project_calendar


def compute_earned_value(
    connection: Connection, status_date: dt.date | None = None, baseline: int | None = None
) -> EvmReport:
    project = connection.execute(
        select(Project.status_date, Project.currency, Project.ev_baseline)
    ).one()
    status = status_date or project.status_date
    if status is None:
        raise NoStatusDate
    number = project.ev_baseline if baseline is None else baseline
    rows, inputs, calendar = evm_inputs(connection, number)
    result = earned_value(inputs, status, calendar)
    return EvmReport(status, project.currency or "EUR", number, rows, result)


def evm_report(
    session: Session, status_date: dt.date | None = None, baseline: int | None = None
) -> EvmReport:
    """Earned value at ``status_date`` (default: the project's) against ``baseline`` (default:
    the project's earned-value baseline). Raises NoBaseline or NoStatusDate."""
    with unit_of_work(session):
        return compute_earned_value(session.connection(), status_date, baseline)


# -- snapshots ---------------------------------------------------------------------------------


def _decimal_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value.quantize(Decimal("0.0001")))


def snapshot_row(report: EvmReport) -> dict[str, Any]:
    figures = report.project
    return {
        "status_date": report.status_date,
        "baseline": report.baseline,
        "bac_cents": figures.bac_cents,
        "pv_cents": figures.pv_cents,
        "ev_cents": figures.ev_cents,
        "ac_cents": figures.ac_cents,
        "eac_cents": figures.eac_cents,
        "cpi": _decimal_text(figures.cpi),
        "spi": _decimal_text(figures.spi),
    }


def record_snapshot(connection: Connection, status_date: dt.date) -> dict[str, Any] | None:
    """Store the project's earned value at ``status_date`` (replacing one of that date).

    Returns the row it replaced, for undo. Without a baseline nothing is stored.
    """
    old = (
        connection.execute(
            select(EvmSnapshot.__table__).where(EvmSnapshot.status_date == status_date)
        )
        .mappings()
        .first()
    )
    try:
        report = compute_earned_value(connection, status_date)
    except NoBaseline:
        return dict(old) if old is not None else None
    values = snapshot_row(report)
    if old is None:
        connection.execute(insert(EvmSnapshot).values(**values))
    else:
        connection.execute(update(EvmSnapshot).where(EvmSnapshot.id == old["id"]).values(**values))
    return dict(old) if old is not None else None


def restore_snapshot_row(
    connection: Connection, status_date: dt.date, row: dict[str, Any] | None
) -> None:
    """Undo of ``record_snapshot``: the snapshot of that date as it was (or none)."""
    connection.execute(delete(EvmSnapshot).where(EvmSnapshot.status_date == status_date))
    if row is not None:
        connection.execute(insert(EvmSnapshot).values(**row))


def list_snapshots(session: Session) -> list[dict[str, Any]]:
    """Every stored snapshot, oldest status date first."""
    with unit_of_work(session):
        return [
            dict(row)
            for row in session.connection()
            .execute(select(EvmSnapshot.__table__).order_by(EvmSnapshot.status_date))
            .mappings()
        ]


def snapshot_change() -> ChangeSet:
    return ChangeSet(updated={SNAPSHOT_TABLE: frozenset({0})})


def figures_dict(figures: EvmFigures) -> dict[str, Any]:
    """The figures as JSON-ready values: money as decimal strings, indices as decimals."""

    def money(cents: int | None) -> str | None:
        return None if cents is None else str(Decimal(cents).scaleb(-2))

    def index(value: Decimal | None) -> str | None:
        return None if value is None else str(value.quantize(Decimal("0.001")))

    return {
        "bac": money(figures.bac_cents),
        "pv": money(figures.pv_cents),
        "ev": money(figures.ev_cents),
        "ac": money(figures.ac_cents),
        "sv": money(figures.sv_cents),
        "cv": money(figures.cv_cents),
        "sv_percent": index(figures.sv_percent),
        "cv_percent": index(figures.cv_percent),
        "spi": index(figures.spi),
        "cpi": index(figures.cpi),
        "eac": money(figures.eac_cents),
        "etc": money(figures.etc_cents),
        "vac": money(figures.vac_cents),
        "tcpi_bac": index(figures.tcpi_bac),
        "tcpi_eac": index(figures.tcpi_eac),
    }


def summary_rows(report: EvmReport) -> Sequence[TaskRow]:
    return [row for row in report.rows if row.summary]


def report_dict(report: EvmReport) -> dict[str, Any]:
    """The report as ``koers evm --json`` prints it: the project's figures, the four EAC
    forecasts, and each summary task's figures."""
    project = report.project

    def eac_methods(figures: EvmFigures) -> dict[str, str | None]:
        return {
            method.value: None
            if (cents := figures.eac(method)) is None
            else str(Decimal(cents).scaleb(-2))
            for method in EacMethod
        }

    summaries = [
        {
            "id": row.row,
            "wbs": row.wbs,
            "name": row.name,
            **figures_dict(report.result[row.id]),
            "eac_methods": eac_methods(report.result[row.id]),
        }
        for row in report.rows
        if row.summary and row.id in report.result
    ]
    return {
        "status_date": report.status_date.isoformat(),
        "currency": report.currency,
        "baseline": report.baseline,
        **figures_dict(project),
        "eac_methods": eac_methods(project),
        "summaries": summaries,
    }


def move_status_date(
    session: Session, value: dt.date | None
) -> tuple[ChangeSet, dict[str, Any] | None]:
    """Set the status date and store the earned value at it, in one transaction; returns the
    snapshot it replaced (for undo). A cleared status date stores nothing."""
    stored = normalise_charter_value("status_date", value)
    assert stored is None or isinstance(stored, dt.date)
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(update(Project).values(status_date=stored))
        replaced = record_snapshot(connection, stored) if stored is not None else None
    change = ChangeSet(project_fields=frozenset({"status_date"}), schedule_dirty=True)
    return merge(change, snapshot_change()), replaced


def undo_status_date(
    session: Session, old: dt.date | None, new: dt.date | None, replaced: dict[str, Any] | None
) -> ChangeSet:
    """Put the status date back and the snapshot of the moved-to date as it was."""
    with unit_of_work(session):
        connection = session.connection()
        connection.execute(update(Project).values(status_date=old))
        if new is not None:
            restore_snapshot_row(connection, new, replaced)
    change = ChangeSet(project_fields=frozenset({"status_date"}), schedule_dirty=True)
    return merge(change, snapshot_change())
