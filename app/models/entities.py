"""The tables of a project file, as typed SQLAlchemy 2 entities."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.requirements import MoSCoW, RequirementStatus
from app.domain.scheduler import Constraint, LinkType
from app.models.base import Base, EnumText


class Project(Base):
    """The single row holding the charter; a file holds exactly one project."""

    __tablename__ = "project"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    code: Mapped[str] = mapped_column(String(64), default="")
    sponsor: Mapped[str] = mapped_column(String(255), default="")
    manager: Mapped[str] = mapped_column(String(255), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    target_finish: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    goal: Mapped[str] = mapped_column(Text, default="")
    scope_in: Mapped[str] = mapped_column(Text, default="")
    scope_out: Mapped[str] = mapped_column(Text, default="")
    assumptions: Mapped[str] = mapped_column(Text, default="")
    constraints: Mapped[str] = mapped_column(Text, default="")
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"), nullable=True
    )
    minutes_per_day: Mapped[int] = mapped_column(Integer, default=480, server_default="480")
    minutes_per_week: Mapped[int] = mapped_column(Integer, default=2400, server_default="2400")
    days_per_month: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    # Budget (schema 5): the baseline earned value is measured against, and the reserves.
    ev_baseline: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    contingency_from_risks: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    contingency_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    management_reserve_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Requirement(Base):
    """One line of the requirements list, kept in the order the user gave it."""

    __tablename__ = "requirement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    ref: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    description: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[MoSCoW] = mapped_column(EnumText(MoSCoW), default=MoSCoW.SHOULD)
    source: Mapped[str] = mapped_column(String(255), default="")
    status: Mapped[RequirementStatus] = mapped_column(
        EnumText(RequirementStatus), default=RequirementStatus.PROPOSED
    )
    acceptance_criteria: Mapped[str] = mapped_column(Text, default="")


class Calendar(Base):
    """A working calendar: a week pattern, exceptions, optional public holidays, a base.

    ``week`` is JSON: seven entries Monday..Sunday, each null (inherit from the base)
    or a list of [start, end] minute pairs. ``dropped_holidays`` is a JSON list of names.
    """

    __tablename__ = "calendar"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    base_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"), nullable=True
    )
    week: Mapped[str] = mapped_column(Text)
    holiday_country: Mapped[str] = mapped_column(String(8), default="")
    holiday_subdivision: Mapped[str] = mapped_column(String(16), default="")
    dropped_holidays: Mapped[str] = mapped_column(Text, default="[]")
    external_uid: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CalendarExceptionRow(Base):
    """One exception of a calendar; ``recurrence`` is JSON or null for a plain date range."""

    __tablename__ = "calendar_exception"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("calendar.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255), default="")
    start: Mapped[dt.date] = mapped_column(Date)
    finish: Mapped[dt.date] = mapped_column(Date)
    working_times: Mapped[str] = mapped_column(Text, default="[]")
    recurrence: Mapped[str | None] = mapped_column(Text, nullable=True)


class Task(Base):
    """A row of the schedule; the WBS comes from ``position`` order and ``outline_level``.

    Durations are minutes (working minutes, wall-clock for elapsed units);
    ``duration_unit`` is how the user sees them. Computed dates are not stored.
    """

    __tablename__ = "task"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, index=True)
    outline_level: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(255), default="")
    duration_minutes: Mapped[int] = mapped_column(Integer, default=480)
    duration_unit: Mapped[str] = mapped_column(String(4), default="d")
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    milestone: Mapped[bool] = mapped_column(Boolean, default=False)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    manual_finish: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    constraint: Mapped[Constraint] = mapped_column(EnumText(Constraint), default=Constraint.ASAP)
    constraint_date: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    deadline: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"), nullable=True
    )
    percent_complete: Mapped[int] = mapped_column(Integer, default=0)
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_finish: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    remaining_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    task_type: Mapped[int] = mapped_column(Integer, default=0)  # 0 units, 1 duration, 2 work
    effort_driven: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    fixed_cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    fixed_cost_accrual: Mapped[str] = mapped_column(
        String(8), default="prorated", server_default="prorated"
    )  # start, prorated, end
    fixed_cost_category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    ev_method: Mapped[str] = mapped_column(
        String(16), default="percent_complete", server_default="percent_complete"
    )  # an EvMethod: percent_complete, physical, zero_hundred, fifty_fifty
    physical_percent_complete: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="")
    external_uid: Mapped[int | None] = mapped_column(Integer, nullable=True)


class TaskLink(Base):
    """A dependency; the lag is minutes on the successor's calendar, or a percentage."""

    __tablename__ = "task_link"
    __table_args__ = (UniqueConstraint("predecessor_id", "successor_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), index=True
    )
    successor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    type: Mapped[LinkType] = mapped_column(EnumText(LinkType), default=LinkType.FS)
    lag_minutes: Mapped[int] = mapped_column(Integer, default=0)
    lag_unit: Mapped[str] = mapped_column(String(4), default="d")
    lag_percent: Mapped[float | None] = mapped_column(Float, nullable=True)


class Baseline(Base):
    """A saved baseline (0..10) of one task."""

    __tablename__ = "baseline"
    __table_args__ = (UniqueConstraint("task_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    finish: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    duration_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    work_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cost_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Resource(Base):
    """A person, a supplier's staff member, a material or a cost; rates in cents per hour."""

    __tablename__ = "resource"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(16), default="work")  # work, material, cost
    initials: Mapped[str] = mapped_column(String(32), default="")
    group_name: Mapped[str] = mapped_column(String(255), default="")
    max_units: Mapped[float] = mapped_column(Float, default=1.0)
    standard_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    overtime_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    cost_per_use_cents: Mapped[int] = mapped_column(Integer, default=0)
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"), nullable=True
    )
    material_label: Mapped[str] = mapped_column(String(32), default="")
    organisation: Mapped[str] = mapped_column(String(255), default="", server_default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    rate_unit: Mapped[str] = mapped_column(String(2), default="h", server_default="h")  # h, d
    accrual: Mapped[str] = mapped_column(String(8), default="prorated", server_default="prorated")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    email: Mapped[str] = mapped_column(String(255), default="")
    external_uid: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Assignment(Base):
    """A resource on a task: units (1.0 = 100 %), work in minutes, cost in cents."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True
    )
    units: Mapped[float] = mapped_column(Float, default=1.0)
    work_minutes: Mapped[int] = mapped_column(Integer, default=0)
    actual_work_minutes: Mapped[int] = mapped_column(Integer, default=0)
    remaining_work_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    external_uid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    overtime_work_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    actual_overtime_work_minutes: Mapped[int] = mapped_column(
        Integer, default=0, server_default="0"
    )
    # A cost resource's amount on this task (licences, travel); work resources leave it 0.
    amount_cents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class ViewSetting(Base):
    """A per-project view or print setting (such as the Gantt page setup) as JSON text."""

    __tablename__ = "view_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Stakeholder(Base):
    """A person or group with a stake in the project (PMBOK stakeholder register).

    Contact details are personal data: exports leave them out unless asked, and a
    stakeholder can be anonymised (``anonymised`` set, name and contact details cleared).
    """

    __tablename__ = "stakeholder"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(255), default="")
    organisation: Mapped[str] = mapped_column(String(255), default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=True)
    email: Mapped[str] = mapped_column(String(255), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    contact_notes: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[str] = mapped_column(Text, default="")
    expectations: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    power: Mapped[int] = mapped_column(Integer, default=3)  # power / influence, 1–5
    interest: Mapped[int] = mapped_column(Integer, default=3)  # 1–5
    attitude: Mapped[str] = mapped_column(String(16), default="neutral")
    current_engagement: Mapped[str] = mapped_column(String(16), default="unaware")
    desired_engagement: Mapped[str] = mapped_column(String(16), default="supportive")
    strategy: Mapped[str] = mapped_column(Text, default="")
    relationship_owner: Mapped[str] = mapped_column(String(255), default="")
    information_needs: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(255), default="")
    frequency: Mapped[str] = mapped_column(String(255), default="")
    language: Mapped[str] = mapped_column(String(32), default="")
    anonymised: Mapped[bool] = mapped_column(Boolean, default=False)


class Risk(Base):
    """One line of the risk register (PRINCE2 / PMBOK); money in cents, impact in days.

    Owner and actionee are a stakeholder (``*_id``) or, when not in the register, free text.
    The residual probability and impact are None until assessed after the response.
    """

    __tablename__ = "risk"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(16), default="threat")  # threat, opportunity
    category: Mapped[str] = mapped_column(String(64), default="")
    cause: Mapped[str] = mapped_column(Text, default="")
    event: Mapped[str] = mapped_column(Text, default="")
    effect: Mapped[str] = mapped_column(Text, default="")
    raised_by: Mapped[str] = mapped_column(String(255), default="")
    date_raised: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    owner_text: Mapped[str] = mapped_column(String(255), default="")
    actionee_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    actionee_text: Mapped[str] = mapped_column(String(255), default="")
    proximity: Mapped[str] = mapped_column(String(64), default="")
    inherent_probability: Mapped[int] = mapped_column(Integer, default=3)
    inherent_impact: Mapped[int] = mapped_column(Integer, default=3)
    strategy: Mapped[str] = mapped_column(String(16), default="")
    response_actions: Mapped[str] = mapped_column(Text, default="")
    trigger: Mapped[str] = mapped_column(Text, default="")
    contingency: Mapped[str] = mapped_column(Text, default="")
    response_cost_cents: Mapped[int] = mapped_column(Integer, default=0)
    cost_impact_cents: Mapped[int] = mapped_column(Integer, default=0)
    schedule_impact_days: Mapped[int] = mapped_column(Integer, default=0)
    residual_probability: Mapped[int | None] = mapped_column(Integer, nullable=True)
    residual_impact: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(24), default="identified")
    next_review: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class RiskTask(Base):
    """A task or milestone a risk affects (or that carries its response)."""

    __tablename__ = "risk_task"
    __table_args__ = (UniqueConstraint("risk_id", "task_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    response: Mapped[bool] = mapped_column(Boolean, default=False)  # the task is the response


class RiskReview(Base):
    """A dated snapshot of a risk at a review: its history and the exposure trend."""

    __tablename__ = "risk_review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    review_date: Mapped[dt.date] = mapped_column(Date)
    probability: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    cost_impact_cents: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")


class Issue(Base):
    """One line of the issue log (PRINCE2): a problem, change request, off-spec or concern."""

    __tablename__ = "issue"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(32), default="problem")
    date_raised: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    raised_by: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[str] = mapped_column(Text, default="")
    urgency: Mapped[str] = mapped_column(String(16), default="medium")
    priority: Mapped[str] = mapped_column(String(16), default="medium")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    owner_text: Mapped[str] = mapped_column(String(255), default="")
    target_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolution: Mapped[str] = mapped_column(Text, default="")
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk.id", ondelete="SET NULL"), nullable=True, index=True
    )


class IssueTask(Base):
    """A task an issue affects."""

    __tablename__ = "issue_task"
    __table_args__ = (UniqueConstraint("issue_id", "task_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issue.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)


# -- budget (schema 5) ---------------------------------------------------------------------------


class CostCategory(Base):
    """A line of the cost breakdown: internal staff, external suppliers, hardware, …"""

    __tablename__ = "cost_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(64), unique=True)


class BudgetLine(Base):
    """The budget of one category in one month (the first day of the month)."""

    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("category_id", "month"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[int] = mapped_column(
        ForeignKey("cost_category.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)


class ChangeRequest(Base):
    """One line of the change log: a requested change, its impact and the decision."""

    __tablename__ = "change_request"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    title: Mapped[str] = mapped_column(String(255))
    requester_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), nullable=True
    )
    requester_text: Mapped[str] = mapped_column(String(255), default="")
    date_raised: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    cost_impact_cents: Mapped[int] = mapped_column(Integer, default=0)
    time_impact_days: Mapped[int] = mapped_column(Integer, default=0)
    scope_impact: Mapped[str] = mapped_column(Text, default="")
    quality_impact: Mapped[str] = mapped_column(Text, default="")
    risk_impact: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(16), default="proposed")
    decided_by: Mapped[str] = mapped_column(String(255), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class BudgetRevision(Base):
    """A dated change of the budget with its reason; never overwritten, so the current budget
    is the budget lines plus every revision, replayed in order."""

    __tablename__ = "budget_revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), nullable=True, index=True
    )


class Expense(Base):
    """Money spent: an expense or a supplier's invoice, booked on a category (and a task)."""

    __tablename__ = "expense"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(16), default="invoice")  # invoice, expense
    supplier: Mapped[str] = mapped_column(String(255), default="")
    invoice_number: Mapped[str] = mapped_column(String(64), default="")
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), nullable=True
    )
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitment.id", ondelete="SET NULL"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Commitment(Base):
    """A purchase order or contract: money promised to a supplier, not yet all invoiced."""

    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), default="")
    supplier: Mapped[str] = mapped_column(String(255), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    amount_cents: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open, closed, cancelled
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("cost_category.id", ondelete="SET NULL"), nullable=True
    )
    task_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), nullable=True
    )


class ReserveDrawdown(Base):
    """Money taken from the contingency or the management reserve, and what it served."""

    __tablename__ = "reserve_drawdown"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reserve: Mapped[str] = mapped_column(String(16))  # contingency, management
    date: Mapped[dt.date] = mapped_column(Date)
    amount_cents: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk.id", ondelete="SET NULL"), nullable=True
    )
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), nullable=True
    )


class EvmSnapshot(Base):
    """The project's earned value at one status date, stored when the status date moves, so
    CPI and SPI trends are real history. Money in cents; indices as decimal text."""

    __tablename__ = "evm_snapshot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    baseline: Mapped[int] = mapped_column(Integer, default=0)
    bac_cents: Mapped[int] = mapped_column(Integer)
    pv_cents: Mapped[int] = mapped_column(Integer)
    ev_cents: Mapped[int] = mapped_column(Integer)
    ac_cents: Mapped[int] = mapped_column(Integer)
    eac_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cpi: Mapped[str | None] = mapped_column(String(24), nullable=True)
    spi: Mapped[str | None] = mapped_column(String(24), nullable=True)
