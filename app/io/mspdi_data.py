"""Plain data read from a Microsoft Project XML (MSPDI) file, in MSPDI's own terms and numbering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# Link types as MSPDI numbers them (PredecessorLink/Type).
LINK_FF = 0
LINK_FS = 1
LINK_SF = 2
LINK_SS = 3
LINK_TYPE_NAMES = {LINK_FF: "FF", LINK_FS: "FS", LINK_SF: "SF", LINK_SS: "SS"}

# Task/ConstraintType.
CONSTRAINT_NAMES = {
    0: "ASAP",
    1: "ALAP",
    2: "MSO",
    3: "MFO",
    4: "SNET",
    5: "SNLT",
    6: "FNET",
    7: "FNLT",
}

# Task/Type.
TASK_FIXED_UNITS = 0
TASK_FIXED_DURATION = 1
TASK_FIXED_WORK = 2

# Resource/Type (a material resource with IsCostResource=1 is read as a cost resource).
RESOURCE_MATERIAL = 0
RESOURCE_WORK = 1
RESOURCE_COST = 2

# Calendars/Calendar/Exceptions/Exception/Type.
EXCEPTION_KINDS = {
    1: "daily",
    2: "yearly_by_day",
    3: "yearly_by_position",
    4: "monthly_by_day",
    5: "monthly_by_position",
    6: "weekly",
    7: "daily",
}


@dataclass(frozen=True, slots=True)
class MspdiWorkingTime:
    """One working period of a day, in minutes after midnight.

    ``to_minute`` is 1440 for midnight at the end of the day (MSPDI writes ToTime 00:00:00).
    """

    from_minute: int
    to_minute: int


@dataclass(frozen=True, slots=True)
class MspdiWeekDay:
    """A WeekDay of a calendar or work week: DayType 1 = Sunday … 7 = Saturday (MSPDI numbering).

    ``working`` is None when DayWorking is absent; a derived calendar lists only the days it
    changes, the others come from its base calendar.
    """

    day_type: int
    working: bool | None
    working_times: tuple[MspdiWorkingTime, ...] = ()


@dataclass(frozen=True, slots=True)
class MspdiException:
    """A calendar exception: a date range, or a recurrence within the range.

    Both the modern ``Exceptions/Exception`` form and the legacy ``WeekDay`` with DayType 0
    (``legacy=True``, read as Type 1: every day of the range) are given here. ``from_date`` and
    ``to_date`` are as written (ToDate is usually 23:59 of the last day). Recurrence fields use
    MSPDI numbering: ``days_of_week`` is a bit mask (1 Sunday, 2 Monday, 4 Tuesday … 64 Saturday),
    ``month`` 0 = January … 11 = December, ``month_item`` 3 = Sunday … 9 = Saturday
    (0 day, 1 weekday, 2 weekend day), ``month_position`` 0 = first … 3 = fourth, 4 = last.
    """

    name: str
    from_date: dt.datetime
    to_date: dt.datetime
    working: bool
    working_times: tuple[MspdiWorkingTime, ...] = ()
    type_code: int = 1
    period: int | None = None
    occurrences: int | None = None
    entered_by_occurrences: bool = False
    days_of_week: int | None = None
    month_day: int | None = None
    month: int | None = None
    month_item: int | None = None
    month_position: int | None = None
    legacy: bool = False

    @property
    def kind(self) -> str:
        """daily, weekly, monthly_by_day, monthly_by_position, yearly_by_day, yearly_by_position."""
        return EXCEPTION_KINDS[self.type_code]

    @property
    def recurring(self) -> bool:
        """False for a plain date range (every day from ``from_date`` to ``to_date``)."""
        return not (self.kind == "daily" and (self.period is None or self.period <= 1))


@dataclass(frozen=True, slots=True)
class MspdiWorkWeek:
    """A named work week (``WorkWeeks/WorkWeek``) replacing the default week within its period."""

    name: str
    from_date: dt.datetime | None
    to_date: dt.datetime | None
    week_days: tuple[MspdiWeekDay, ...] = ()


@dataclass(frozen=True, slots=True)
class MspdiCalendar:
    """A base calendar, or a calendar derived from ``base_calendar_uid`` (resource calendars)."""

    uid: int
    name: str
    is_base_calendar: bool
    base_calendar_uid: int | None
    week_days: tuple[MspdiWeekDay, ...] = ()
    exceptions: tuple[MspdiException, ...] = ()
    work_weeks: tuple[MspdiWorkWeek, ...] = ()


@dataclass(frozen=True, slots=True)
class MspdiLink:
    """A PredecessorLink of a task: ``type`` 0 = FF, 1 = FS, 2 = SF, 3 = SS.

    ``link_lag`` and ``lag_format`` are as written. For a time format, ``lag_minutes`` is the lag in
    minutes (LinkLag is in tenths of a minute; wall-clock minutes when ``lag_unit`` is elapsed,
    "e…") and ``lag_percent`` is None; for a percent format ("%"/"e%", a lag as a share of the
    predecessor's duration) ``lag_percent`` is LinkLag itself and ``lag_minutes`` is None.
    """

    predecessor_uid: int
    type: int = LINK_FS
    cross_project: bool = False
    link_lag: int = 0
    lag_format: int | None = None
    lag_unit: str | None = None
    lag_minutes: int | None = 0
    lag_percent: int | None = None

    @property
    def type_name(self) -> str:
        """FF, FS, SF or SS."""
        return LINK_TYPE_NAMES[self.type]


@dataclass(frozen=True, slots=True)
class MspdiBaseline:
    """A saved baseline (Number 0 = "Baseline", 1..10 = "Baseline1".."Baseline10")."""

    number: int
    start: dt.datetime | None = None
    finish: dt.datetime | None = None
    duration_minutes: int | None = None
    duration_format: int | None = None
    work_minutes: int | None = None
    cost_cents: int | None = None


@dataclass(frozen=True, slots=True)
class MspdiTask:
    """A Task row. UID 0 is the project summary task; ``is_null`` marks a blank row.

    Durations and work are minutes (working minutes, or wall-clock minutes for an elapsed unit);
    slack is minutes; money is integer cents. ``duration_unit`` is the unit the user sees
    ("m", "em", "h", "eh", "d", "ed", "w", "ew", "mo", "emo"; None = the project default).
    ``calendar_uid`` is None when the task has no calendar of its own (CalendarUID -1).
    ``constraint_date`` is None for ASAP and ALAP, which have no date. ``type`` and
    ``fixed_cost_accrual`` are None when not written (the project default applies).
    ``manual_start`` and ``manual_finish`` are where the user put a manual task (ManualStart,
    ManualFinish); its ``start`` is its actual start once it has begun.
    """

    uid: int
    id: int | None = None
    name: str = ""
    type: int | None = None
    is_null: bool = False
    outline_level: int | None = None
    outline_number: str = ""
    wbs: str = ""
    summary: bool = False
    milestone: bool = False
    manual: bool = False
    active: bool = True
    effort_driven: bool = False
    estimated: bool = False
    duration_minutes: int | None = None
    duration_format: int | None = None
    duration_unit: str | None = None
    work_minutes: int | None = None
    start: dt.datetime | None = None
    finish: dt.datetime | None = None
    early_start: dt.datetime | None = None
    early_finish: dt.datetime | None = None
    late_start: dt.datetime | None = None
    late_finish: dt.datetime | None = None
    total_slack_minutes: int | None = None
    free_slack_minutes: int | None = None
    critical: bool = False
    constraint_type: int = 0
    constraint_date: dt.datetime | None = None
    deadline: dt.datetime | None = None
    calendar_uid: int | None = None
    ignore_resource_calendar: bool = False
    percent_complete: int | None = None
    percent_work_complete: int | None = None
    actual_start: dt.datetime | None = None
    actual_finish: dt.datetime | None = None
    actual_duration_minutes: int | None = None
    remaining_duration_minutes: int | None = None
    stop: dt.datetime | None = None
    resume: dt.datetime | None = None
    cost_cents: int | None = None
    actual_cost_cents: int | None = None
    fixed_cost_cents: int | None = None
    fixed_cost_accrual: int | None = None  # 1 start, 2 prorated, 3 end
    notes: str = ""
    recurring: bool = False
    predecessors: tuple[MspdiLink, ...] = ()
    baselines: tuple[MspdiBaseline, ...] = ()
    manual_start: dt.datetime | None = None
    manual_finish: dt.datetime | None = None

    @property
    def constraint_name(self) -> str:
        """ASAP, ALAP, MSO, MFO, SNET, SNLT, FNET or FNLT."""
        return CONSTRAINT_NAMES[self.constraint_type]


@dataclass(frozen=True, slots=True)
class MspdiResource:
    """A Resource: ``type`` 0 = material, 1 = work, 2 = cost.

    ``max_units`` is a fraction (1.0 = 100 %). Rates are as MSPDI writes them: per hour for a
    work resource, per unit for a material resource; ``*_rate_format`` is the unit the user
    sees (1 m, 2 h, 3 d, 4 w, 5 mo, 7 y). ``calendar_uid`` is None without a calendar.
    """

    uid: int
    id: int | None = None
    name: str = ""
    type: int = RESOURCE_WORK
    is_null: bool = False
    initials: str = ""
    group: str = ""
    max_units: float | None = None
    standard_rate: Decimal | None = None
    standard_rate_format: int | None = None
    overtime_rate: Decimal | None = None
    overtime_rate_format: int | None = None
    cost_per_use_cents: int | None = None
    calendar_uid: int | None = None
    material_label: str = ""
    email_address: str = ""
    accrue_at: int | None = None  # 1 start, 2 end, 3 prorated


@dataclass(frozen=True, slots=True)
class MspdiAssignment:
    """A resource on a task. ``resource_uid`` is None for "no resource" (-65535, or -1 from Aspose).

    ``units`` is a fraction (1.0 = 100 %); work and delay are minutes; money is integer cents.
    """

    uid: int
    task_uid: int
    resource_uid: int | None
    units: float | None = None
    work_minutes: int | None = None
    regular_work_minutes: int | None = None
    actual_work_minutes: int | None = None
    remaining_work_minutes: int | None = None
    start: dt.datetime | None = None
    finish: dt.datetime | None = None
    actual_start: dt.datetime | None = None
    actual_finish: dt.datetime | None = None
    cost_cents: int | None = None
    actual_cost_cents: int | None = None
    overtime_work_minutes: int | None = None
    actual_overtime_work_minutes: int | None = None
    delay_minutes: int | None = None
    work_contour: int | None = None
    percent_work_complete: int | None = None
    baselines: tuple[MspdiBaseline, ...] = ()


@dataclass(frozen=True, slots=True)
class MspdiSettings:
    """Project-level settings. Times of day are minutes after midnight.

    ``duration_format`` is the project's default duration unit code (DurationFormat).
    """

    name: str = ""
    title: str = ""
    start_date: dt.datetime | None = None
    finish_date: dt.datetime | None = None
    schedule_from_start: bool = True
    current_date: dt.datetime | None = None
    status_date: dt.datetime | None = None
    calendar_uid: int | None = None
    minutes_per_day: int = 480
    minutes_per_week: int = 2400
    days_per_month: int = 20
    default_start_time: int = 480
    default_finish_time: int = 1020
    currency_code: str = ""
    currency_symbol: str = ""
    save_version: int | None = None
    new_tasks_effort_driven: bool = False
    default_task_type: int = TASK_FIXED_UNITS
    duration_format: int | None = None


@dataclass(frozen=True, slots=True)
class MspdiProject:
    """Everything read from one MSPDI file; tasks, resources and assignments in file order."""

    settings: MspdiSettings
    calendars: tuple[MspdiCalendar, ...] = ()
    tasks: tuple[MspdiTask, ...] = ()
    resources: tuple[MspdiResource, ...] = ()
    assignments: tuple[MspdiAssignment, ...] = ()

    @property
    def plan_tasks(self) -> tuple[MspdiTask, ...]:
        """The tasks of the plan: without the project summary task (UID 0) and blank rows."""
        return tuple(task for task in self.tasks if task.uid != 0 and not task.is_null)
