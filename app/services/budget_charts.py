"""What the Budget tab draws and breaks down: the S-curve and the CPI/SPI trend, cost per WBS
item against the baseline, and the plan's cost per category and month.

Read-only; one read transaction per call. Money is integer cents throughout.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.earned_value import earned_value
from app.models.entities import Baseline, EvmSnapshot, Project
from app.services.budget import Category, categories, cost_items, planned_by_month
from app.services.costs import compute_costs
from app.services.earned_value import compute_earned_value, evm_inputs
from app.services.schedule import TaskRow, load_schedule
from app.services.transaction import unit_of_work

MAX_CURVE_MONTHS = 240  # twenty years of month ends is more than any plan needs


# -- the S-curve and the index trend --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvmPoint:
    """Earned value of the project as it stood on ``day`` (a snapshot, or the status date)."""

    day: dt.date
    pv_cents: int
    ev_cents: int
    ac_cents: int
    cpi: Decimal | None
    spi: Decimal | None


@dataclass(frozen=True, slots=True)
class SCurve:
    """Cumulative PV from the baseline at each month end (and the status date), the EV and
    AC history from the snapshots up to the status date, and where the EAC forecast ends."""

    currency: str
    status_date: dt.date
    baseline: int
    bac_cents: int
    eac_cents: int | None
    planned_start: dt.date
    planned_finish: dt.date  # the baseline's finish: the forecast line runs to it
    pv: list[tuple[dt.date, int]]
    history: list[EvmPoint]  # oldest first; the last one is the status date's


def _decimal(text: Any) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(str(text))
    except InvalidOperation:
        return None


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last day of every month from ``first``'s to ``last``'s."""
    ends: list[dt.date] = []
    day = _month_end(first)
    while len(ends) < MAX_CURVE_MONTHS:
        ends.append(day)
        if day >= last:
            break
        day = _month_end(day + dt.timedelta(days=1))
    return ends


def s_curve(session: Session, status_date: dt.date | None = None) -> SCurve:
    """The S-curve at ``status_date`` (default: the project's) against the project's
    earned-value baseline. Raises NoBaseline or NoStatusDate, as ``evm_report`` does."""
    with unit_of_work(session):
        connection = session.connection()
        report = compute_earned_value(connection, status_date)
        # The same per-task inputs the report was made of, to read PV at each month end.
        _rows, inputs, project_calendar = evm_inputs(connection, report.baseline)
        snapshots = connection.execute(
            select(
                EvmSnapshot.status_date,
                EvmSnapshot.pv_cents,
                EvmSnapshot.ev_cents,
                EvmSnapshot.ac_cents,
                EvmSnapshot.cpi,
                EvmSnapshot.spi,
            ).order_by(EvmSnapshot.status_date)
        ).all()
    spans = [
        (row.baseline_start, row.baseline_finish)
        for row in inputs
        if row.bac_cents and row.baseline_start is not None and row.baseline_finish is not None
    ]
    status = report.status_date
    if spans:
        start = from_instant(min(first for first, _ in spans)).date()
        # A finish at midnight belongs to the day before.
        finish = (from_instant(max(last for _, last in spans)) - dt.timedelta(minutes=1)).date()
    else:
        start = finish = status
    days = sorted({*_month_ends(start, finish), status})
    pv = [(start, 0)]
    for day in days:
        if day >= start:
            pv.append((day, earned_value(inputs, day, project_calendar).project.pv_cents))
    project = report.project
    history = [
        EvmPoint(row[0], row[1], row[2], row[3], _decimal(row[4]), _decimal(row[5]))
        for row in snapshots
        if row[0] < status
    ]
    history.append(
        EvmPoint(
            status, project.pv_cents, project.ev_cents, project.ac_cents, project.cpi, project.spi
        )
    )
    return SCurve(
        currency=report.currency,
        status_date=status,
        baseline=report.baseline,
        bac_cents=project.bac_cents,
        eac_cents=project.eac_cents,
        planned_start=start,
        planned_finish=max(finish, status),
        pv=pv,
        history=history,
    )


# -- cost by WBS ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WbsCost:
    """One task of the breakdown; summaries carry the roll-up of their children."""

    task: TaskRow
    cost_cents: int
    actual_cents: int
    baseline_cents: int | None  # None: the task is not in the baseline

    @property
    def remaining_cents(self) -> int:
        return self.cost_cents - self.actual_cents

    @property
    def variance_cents(self) -> int | None:
        """Baseline − cost: negative is an over-run (as on the category table)."""
        return None if self.baseline_cents is None else self.baseline_cents - self.cost_cents


@dataclass(frozen=True, slots=True)
class WbsCosts:
    currency: str
    baseline: int
    has_baseline: bool
    rows: list[WbsCost]  # in outline order
    cost_cents: int
    actual_cents: int
    baseline_cents: int


def wbs_costs(session: Session) -> WbsCosts:
    """Every task's cost, actual cost and baseline cost (of the earned-value baseline), rolled
    up to its summaries as Microsoft Project saves them."""
    with unit_of_work(session):
        connection = session.connection()
        computed = load_schedule(connection)
        costs = compute_costs(connection)
        number = connection.scalar(select(Project.ev_baseline)) or 0
        saved = dict(
            connection.execute(
                select(Baseline.task_id, Baseline.cost_cents).where(Baseline.number == number)
            ).all()
        )
    rows = []
    for task in computed.rows:
        found = costs.result.get(task.id)
        rows.append(
            WbsCost(
                task,
                found.cost_cents if found else 0,
                found.actual_cents if found else 0,
                saved.get(task.id),
            )
        )
    tops = [row for row in rows if row.task.outline_level <= 1]
    return WbsCosts(
        currency=costs.currency,
        baseline=number,
        has_baseline=any(value is not None for value in saved.values()),
        rows=rows,
        cost_cents=costs.cost_cents,
        actual_cents=costs.actual_cents,
        baseline_cents=sum(row.baseline_cents or 0 for row in tops),
    )


# -- cost by category and month ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MonthlyCosts:
    """The plan's cost per category (``None``: without a category) and month (first days)."""

    currency: str
    categories: list[Category | None]
    months: list[dt.date]
    cents: dict[tuple[int | None, dt.date], int]

    def cell(self, category: Category | None, month: dt.date) -> int:
        return self.cents.get((None if category is None else category.id, month), 0)

    def month_total(self, month: dt.date) -> int:
        return sum(self.cell(category, month) for category in self.categories)

    def category_total(self, category: Category | None) -> int:
        return sum(self.cell(category, month) for month in self.months)

    @property
    def total_cents(self) -> int:
        return sum(self.cents.values())


def _currency(connection: Connection) -> str:
    return connection.scalar(select(Project.currency)) or "EUR"


def cost_by_month(session: Session) -> MonthlyCosts:
    """The plan's cost spread over its working days by the current schedule, per month and
    category; months without cost in between are kept, so the table reads as a calendar."""
    known = categories(session)
    with unit_of_work(session):
        connection = session.connection()
        series = planned_by_month(cost_items(connection))
        currency = _currency(connection)
    cents: dict[tuple[int | None, dt.date], int] = defaultdict(int)
    for key, spread_months in series.items():
        for month, amount in spread_months:
            cents[key, month] += amount
    found = sorted({month for _key, month in cents})
    months: list[dt.date] = []
    if found:
        month = found[0]
        while month <= found[-1] and len(months) < MAX_CURVE_MONTHS:
            months.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)
    ids = {category.id for category in known}
    listed: list[Category | None] = list(known)
    if any(key not in ids for key in series):
        listed.append(None)
    return MonthlyCosts(currency, listed, months, dict(cents))


def project_currency(session: Session) -> str:
    """The project's currency code (EUR unless set)."""
    with unit_of_work(session):
        return _currency(session.connection())
