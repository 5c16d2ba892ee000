"""Write Microsoft Project XML (MSPDI) from MspdiProject data, streaming, in schema order.

The writer is the reader's mirror (``app/io/mspdi_reader.py``): the same dataclasses, the same
units (minutes, tenths of a minute for lags and slack, cents for money), elements in the order
the MSPDI schema (``mspdi_pj12.xsd``) gives them, so Microsoft Project, MPXJ and Koers all read
the file. Nothing is built as a tree: each record is formatted and written as it comes, so a
plan of 10,000 tasks costs one string per task.

Text that XML 1.0 cannot hold is written safely: a character XML forbids (C0 controls other
than tab, LF and CR; U+FFFE, U+FFFF; lone surrogates) becomes a space, and CR is written as the
reference ``&#13;`` so that a parser does not fold it into LF. Everything else comes back as it
was written.

This module also turns Koers's own calendar terms (``app.domain.calendar``) into MSPDI ones:
the week, and exceptions with their recurrences (``calendar_week_days``, ``exception_records``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TextIO, TypeVar

from app.domain.calendar import CalendarException, RecurrenceKind, WorkingTime
from app.io.mspdi_data import (
    RESOURCE_COST,
    RESOURCE_MATERIAL,
    MspdiAssignment,
    MspdiBaseline,
    MspdiCalendar,
    MspdiException,
    MspdiLink,
    MspdiProject,
    MspdiResource,
    MspdiSettings,
    MspdiTask,
    MspdiWeekDay,
    MspdiWorkingTime,
    MspdiWorkWeek,
)

NAMESPACE = "http://schemas.microsoft.com/project"
SAVE_VERSION = 14  # Project 2010 and later read and write this version
# DurationFormat / LagFormat codes of the units Koers knows (the reader's DURATION_UNITS).
UNIT_FORMATS = {
    "m": 3,
    "em": 4,
    "h": 5,
    "eh": 6,
    "d": 7,
    "ed": 8,
    "w": 9,
    "ew": 10,
    "mo": 11,
    "emo": 12,
    "%": 19,
    "e%": 20,
}
RATE_PER_HOUR = 2  # StandardRateFormat / OvertimeRateFormat: per hour
# Exceptions/Exception/Type
EXCEPTION_RANGE = 1
EXCEPTION_YEARLY_BY_DAY = 2
EXCEPTION_YEARLY_BY_POSITION = 3
EXCEPTION_MONTHLY_BY_DAY = 4
EXCEPTION_MONTHLY_BY_POSITION = 5
EXCEPTION_WEEKLY = 6
EXCEPTION_DAILY = 7

# Koers counts Monday = 0 … Sunday = 6; MSPDI DayType is Sunday = 1 … Saturday = 7.
DAY_TYPE_OF_WEEKDAY = {0: 2, 1: 3, 2: 4, 3: 5, 4: 6, 5: 7, 6: 1}
_DAY_END = dt.time(23, 59)
_CHUNK_RECORDS = 512  # records joined into one write

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPECIAL = re.compile("[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# ----- values ---------------------------------------------------------------------------------


def xml_text(value: str) -> str:
    """``value`` as element content: escaped, forbidden characters as spaces, CR as ``&#13;``."""
    if _SPECIAL.search(value) is None:
        return value
    value = _FORBIDDEN.sub(" ", value)
    return (
        value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def readable_text(value: str) -> str:
    """What a reader gets back for ``value``: forbidden characters become spaces."""
    return _FORBIDDEN.sub(" ", value)


def duration_text(minutes: int) -> str:
    """Minutes as MSPDI writes a duration: PT16H0M0S (``-PT8H0M0S`` below zero)."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}PT{hours}H{rest}M0S"


def datetime_text(value: dt.datetime) -> str:
    """YYYY-MM-DDTHH:MM:SS, no fraction and no time zone."""
    return value.isoformat(timespec="seconds")


def time_text(minute: int) -> str:
    """Minutes after midnight as HH:MM:SS; 1440 (midnight at a day's end) is 00:00:00."""
    hours, minutes = divmod(minute % 1440, 60)
    return f"{hours:02d}:{minutes:02d}:00"


def number_text(value: float) -> str:
    """A fraction such as units (1 = 100 %), in the shortest form that reads back exactly:
    1, 0.5, 0.3333333333333333."""
    if value == int(value):
        return str(int(value))
    return repr(value)


def decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f") if value != 0 else "0"


def _flag(value: bool) -> str:
    return "1" if value else "0"


# ----- Koers calendars in MSPDI terms ---------------------------------------------------------


def _times(periods: Iterable[WorkingTime]) -> tuple[MspdiWorkingTime, ...]:
    return tuple(MspdiWorkingTime(p.start, p.end) for p in periods)


def calendar_week_days(
    week: Sequence[tuple[WorkingTime, ...] | None],
) -> tuple[MspdiWeekDay, ...]:
    """Koers's week (Monday first; None = as the base calendar) as MSPDI WeekDays, Sunday first.

    Days given as None are left out, as MS Project leaves out a derived calendar's inherited
    days; a base calendar should be given all seven.
    """
    days = []
    for weekday in (6, 0, 1, 2, 3, 4, 5):
        hours = week[weekday]
        if hours is None:
            continue
        days.append(MspdiWeekDay(DAY_TYPE_OF_WEEKDAY[weekday], bool(hours), _times(hours)))
    return tuple(days)


def _days_mask(weekdays: Iterable[int]) -> int:
    return sum(1 << (DAY_TYPE_OF_WEEKDAY[day] - 1) for day in set(weekdays))


def _month_item(weekday: int) -> int:
    """MonthItem of a weekday: 3 = Sunday … 9 = Saturday."""
    return DAY_TYPE_OF_WEEKDAY[weekday] + 2


def _ranges(days: Iterable[dt.date]) -> Iterator[tuple[dt.date, dt.date]]:
    """Runs of consecutive days, in order."""
    first: dt.date | None = None
    last: dt.date | None = None
    for day in sorted(set(days)):
        if last is not None and first is not None and day == last + dt.timedelta(days=1):
            last = day
            continue
        if first is not None and last is not None:
            yield first, last
        first = last = day
    if first is not None and last is not None:
        yield first, last


def exception_records(exception: CalendarException) -> tuple[MspdiException, ...]:
    """A Koers calendar exception as MSPDI exceptions: one record, recurring where MSPDI can
    say it; otherwise (a yearly recurrence every second year or more, a daily recurrence
    counted in occurrences) the days it covers, as plain date ranges."""
    working = bool(exception.working_times)
    times = _times(exception.working_times)
    start = dt.datetime.combine(exception.start, dt.time())
    recurrence = exception.recurrence

    def plain(first: dt.date, last: dt.date) -> MspdiException:
        return MspdiException(
            name=exception.name,
            from_date=dt.datetime.combine(first, dt.time()),
            to_date=dt.datetime.combine(last, _DAY_END),
            working=working,
            working_times=times,
            type_code=EXCEPTION_RANGE,
            occurrences=1,
        )

    if recurrence is None:
        return (plain(exception.start, exception.finish),)
    kind = recurrence.kind
    interval = recurrence.interval
    if (kind is RecurrenceKind.YEARLY and interval > 1) or (
        kind is RecurrenceKind.DAILY and interval == 1
    ):
        return tuple(plain(first, last) for first, last in _ranges(exception.days()))
    finish = exception.finish
    if recurrence.occurrences is not None:
        days = list(exception.days())
        finish = days[-1] if days else exception.start
    record = MspdiException(
        name=exception.name,
        from_date=start,
        to_date=dt.datetime.combine(max(finish, exception.start), _DAY_END),
        working=working,
        working_times=times,
        entered_by_occurrences=recurrence.occurrences is not None,
        occurrences=recurrence.occurrences,
    )
    fields: dict[str, int | None]
    if kind is RecurrenceKind.DAILY:
        fields = {"type_code": EXCEPTION_DAILY, "period": interval}
    elif kind is RecurrenceKind.WEEKLY:
        weekdays = recurrence.weekdays or frozenset({exception.start.weekday()})
        fields = {
            "type_code": EXCEPTION_WEEKLY,
            "period": interval,
            "days_of_week": _days_mask(weekdays),
        }
    else:
        position = None
        if recurrence.nth_weekday is not None:
            nth, weekday = recurrence.nth_weekday
            position = {"month_item": _month_item(weekday), "month_position": min(nth - 1, 4)}
        day = recurrence.day_of_month or exception.start.day
        if kind is RecurrenceKind.MONTHLY:
            if position is None:
                fields = {"type_code": EXCEPTION_MONTHLY_BY_DAY, "month_day": day}
            else:
                fields = {"type_code": EXCEPTION_MONTHLY_BY_POSITION, **position}
            fields["period"] = interval
        else:
            month = (recurrence.month or exception.start.month) - 1
            if position is None:
                fields = {"type_code": EXCEPTION_YEARLY_BY_DAY, "month_day": day}
            else:
                fields = {"type_code": EXCEPTION_YEARLY_BY_POSITION, **position}
            fields["month"] = month
    return (_replace_exception(record, fields),)


def _replace_exception(record: MspdiException, fields: dict[str, int | None]) -> MspdiException:
    return replace(record, **fields)  # type: ignore[arg-type]


# ----- records --------------------------------------------------------------------------------


def _working_times(times: Sequence[MspdiWorkingTime], indent: str) -> str:
    if not times:
        return ""
    inner = "".join(
        f"{indent}\t<WorkingTime><FromTime>{time_text(t.from_minute)}</FromTime>"
        f"<ToTime>{time_text(t.to_minute)}</ToTime></WorkingTime>\n"
        for t in times
    )
    return f"{indent}<WorkingTimes>\n{inner}{indent}</WorkingTimes>\n"


def _week_day(day: MspdiWeekDay) -> str:
    parts = [f"\t\t\t\t<WeekDay>\n\t\t\t\t\t<DayType>{day.day_type}</DayType>\n"]
    if day.working is not None:
        parts.append(f"\t\t\t\t\t<DayWorking>{_flag(day.working)}</DayWorking>\n")
        if day.working:
            parts.append(_working_times(day.working_times, "\t\t\t\t\t"))
    parts.append("\t\t\t\t</WeekDay>\n")
    return "".join(parts)


def _exception(item: MspdiException) -> str:
    tab = "\t\t\t\t\t"
    parts = [
        "\t\t\t\t<Exception>\n",
        f"{tab}<EnteredByOccurrences>{_flag(item.entered_by_occurrences)}</EnteredByOccurrences>\n",
        f"{tab}<TimePeriod><FromDate>{datetime_text(item.from_date)}</FromDate>"
        f"<ToDate>{datetime_text(item.to_date)}</ToDate></TimePeriod>\n",
    ]
    if item.occurrences is not None:
        parts.append(f"{tab}<Occurrences>{item.occurrences}</Occurrences>\n")
    if item.name:
        parts.append(f"{tab}<Name>{xml_text(item.name)}</Name>\n")
    parts.append(f"{tab}<Type>{item.type_code}</Type>\n")
    for tag, value in (
        ("Period", item.period),
        ("DaysOfWeek", item.days_of_week),
        ("MonthItem", item.month_item),
        ("MonthPosition", item.month_position),
        ("Month", item.month),
        ("MonthDay", item.month_day),
    ):
        if value is not None:
            parts.append(f"{tab}<{tag}>{value}</{tag}>\n")
    parts.append(f"{tab}<DayWorking>{_flag(item.working)}</DayWorking>\n")
    if item.working:
        parts.append(_working_times(item.working_times, tab))
    parts.append("\t\t\t\t</Exception>\n")
    return "".join(parts)


def calendar_xml(calendar: MspdiCalendar) -> str:
    """One Calendars/Calendar element."""
    parts = [
        "\t\t<Calendar>\n",
        f"\t\t\t<UID>{calendar.uid}</UID>\n",
        f"\t\t\t<Name>{xml_text(calendar.name)}</Name>\n",
        f"\t\t\t<IsBaseCalendar>{_flag(calendar.is_base_calendar)}</IsBaseCalendar>\n",
        "\t\t\t<IsBaselineCalendar>0</IsBaselineCalendar>\n",
        f"\t\t\t<BaseCalendarUID>{_or_minus_one(calendar.base_calendar_uid)}</BaseCalendarUID>\n",
    ]
    if calendar.week_days:
        parts.append("\t\t\t<WeekDays>\n")
        parts.extend(_week_day(day) for day in calendar.week_days)
        parts.append("\t\t\t</WeekDays>\n")
    if calendar.exceptions:
        parts.append("\t\t\t<Exceptions>\n")
        parts.extend(_exception(item) for item in calendar.exceptions)
        parts.append("\t\t\t</Exceptions>\n")
    if calendar.work_weeks:
        parts.append("\t\t\t<WorkWeeks>\n")
        parts.extend(_work_week(week) for week in calendar.work_weeks)
        parts.append("\t\t\t</WorkWeeks>\n")
    parts.append("\t\t</Calendar>\n")
    return "".join(parts)


def _work_week(week: MspdiWorkWeek) -> str:
    parts = ["\t\t\t\t<WorkWeek>\n"]
    if week.from_date is not None or week.to_date is not None:
        period = "".join(
            f"<{tag}>{datetime_text(moment)}</{tag}>"
            for tag, moment in (("FromDate", week.from_date), ("ToDate", week.to_date))
            if moment is not None
        )
        parts.append(f"\t\t\t\t\t<TimePeriod>{period}</TimePeriod>\n")
    if week.name:
        parts.append(f"\t\t\t\t\t<Name>{xml_text(week.name)}</Name>\n")
    if week.week_days:
        parts.append("\t\t\t\t\t<WeekDays>\n")
        for day in week.week_days:
            parts.extend("\t\t" + line for line in _week_day(day).splitlines(keepends=True))
        parts.append("\t\t\t\t\t</WeekDays>\n")
    parts.append("\t\t\t\t</WorkWeek>\n")
    return "".join(parts)


def _or_minus_one(value: int | None) -> int:
    return -1 if value is None else value


def _link(link: MspdiLink) -> str:
    lag_format = "" if link.lag_format is None else f"<LagFormat>{link.lag_format}</LagFormat>"
    return (
        f"\t\t\t<PredecessorLink><PredecessorUID>{link.predecessor_uid}</PredecessorUID>"
        f"<Type>{link.type}</Type><CrossProject>{_flag(link.cross_project)}</CrossProject>"
        f"<LinkLag>{link.link_lag}</LinkLag>{lag_format}</PredecessorLink>\n"
    )


def _baseline_xml(baseline: MspdiBaseline, *, with_duration: bool) -> str:
    """A Baseline child; a task's carries its duration, an assignment's does not."""
    parts = [f"\t\t\t<Baseline><Number>{baseline.number}</Number>"]
    if baseline.start is not None:
        parts.append(f"<Start>{datetime_text(baseline.start)}</Start>")
    if baseline.finish is not None:
        parts.append(f"<Finish>{datetime_text(baseline.finish)}</Finish>")
    if with_duration and baseline.duration_minutes is not None:
        parts.append(f"<Duration>{duration_text(baseline.duration_minutes)}</Duration>")
        if baseline.duration_format is not None:
            parts.append(f"<DurationFormat>{baseline.duration_format}</DurationFormat>")
    if baseline.work_minutes is not None:
        parts.append(f"<Work>{duration_text(baseline.work_minutes)}</Work>")
    if baseline.cost_cents is not None:
        parts.append(f"<Cost>{baseline.cost_cents}</Cost>")
    parts.append("</Baseline>\n")
    return "".join(parts)


def task_xml(task: MspdiTask) -> str:
    """One Tasks/Task element, its fields in schema order."""
    p = [f"\t\t<Task>\n\t\t\t<UID>{task.uid}</UID>\n"]
    add = p.append
    if task.id is not None:
        add(f"\t\t\t<ID>{task.id}</ID>\n")
    if task.name:
        add(f"\t\t\t<Name>{xml_text(task.name)}</Name>\n")
    add(
        f"\t\t\t<Active>{_flag(task.active)}</Active>\n\t\t\t<Manual>{_flag(task.manual)}</Manual>\n"
    )
    if task.type is not None:
        add(f"\t\t\t<Type>{task.type}</Type>\n")
    add(f"\t\t\t<IsNull>{_flag(task.is_null)}</IsNull>\n")
    if task.wbs:
        add(f"\t\t\t<WBS>{xml_text(task.wbs)}</WBS>\n")
    if task.outline_number:
        add(f"\t\t\t<OutlineNumber>{xml_text(task.outline_number)}</OutlineNumber>\n")
    if task.outline_level is not None:
        add(f"\t\t\t<OutlineLevel>{task.outline_level}</OutlineLevel>\n")
    if task.start is not None:
        add(f"\t\t\t<Start>{task.start.isoformat(timespec='seconds')}</Start>\n")
    if task.finish is not None:
        add(f"\t\t\t<Finish>{task.finish.isoformat(timespec='seconds')}</Finish>\n")
    if task.duration_minutes is not None:
        add(f"\t\t\t<Duration>{duration_text(task.duration_minutes)}</Duration>\n")
    if task.duration_format is not None:
        add(f"\t\t\t<DurationFormat>{task.duration_format}</DurationFormat>\n")
    if task.work_minutes is not None:
        add(f"\t\t\t<Work>{duration_text(task.work_minutes)}</Work>\n")
    if task.stop is not None:
        add(f"\t\t\t<Stop>{datetime_text(task.stop)}</Stop>\n")
    if task.resume is not None:
        add(f"\t\t\t<Resume>{datetime_text(task.resume)}</Resume>\n")
    add(f"\t\t\t<EffortDriven>{_flag(task.effort_driven)}</EffortDriven>\n")
    if task.recurring:
        add("\t\t\t<Recurring>1</Recurring>\n")
    add(
        f"\t\t\t<Estimated>{_flag(task.estimated)}</Estimated>\n"
        f"\t\t\t<Milestone>{_flag(task.milestone)}</Milestone>\n"
        f"\t\t\t<Summary>{_flag(task.summary)}</Summary>\n"
        f"\t\t\t<Critical>{_flag(task.critical)}</Critical>\n"
    )
    for tag, moment in (
        ("EarlyStart", task.early_start),
        ("EarlyFinish", task.early_finish),
        ("LateStart", task.late_start),
        ("LateFinish", task.late_finish),
    ):
        if moment is not None:
            add(f"\t\t\t<{tag}>{moment.isoformat(timespec='seconds')}</{tag}>\n")
    if task.free_slack_minutes is not None:
        add(f"\t\t\t<FreeSlack>{task.free_slack_minutes * 10}</FreeSlack>\n")
    if task.total_slack_minutes is not None:
        add(f"\t\t\t<TotalSlack>{task.total_slack_minutes * 10}</TotalSlack>\n")
    if task.fixed_cost_cents is not None:
        add(f"\t\t\t<FixedCost>{task.fixed_cost_cents}</FixedCost>\n")
    if task.fixed_cost_accrual is not None:
        add(f"\t\t\t<FixedCostAccrual>{task.fixed_cost_accrual}</FixedCostAccrual>\n")
    if task.percent_complete is not None:
        add(f"\t\t\t<PercentComplete>{task.percent_complete}</PercentComplete>\n")
    if task.percent_work_complete is not None:
        add(f"\t\t\t<PercentWorkComplete>{task.percent_work_complete}</PercentWorkComplete>\n")
    if task.cost_cents is not None:
        add(f"\t\t\t<Cost>{task.cost_cents}</Cost>\n")
    if task.actual_start is not None:
        add(f"\t\t\t<ActualStart>{datetime_text(task.actual_start)}</ActualStart>\n")
    if task.actual_finish is not None:
        add(f"\t\t\t<ActualFinish>{datetime_text(task.actual_finish)}</ActualFinish>\n")
    if task.actual_duration_minutes is not None:
        add(
            f"\t\t\t<ActualDuration>{duration_text(task.actual_duration_minutes)}</ActualDuration>\n"
        )
    if task.actual_cost_cents is not None:
        add(f"\t\t\t<ActualCost>{task.actual_cost_cents}</ActualCost>\n")
    if task.remaining_duration_minutes is not None:
        add(
            f"\t\t\t<RemainingDuration>{duration_text(task.remaining_duration_minutes)}"
            "</RemainingDuration>\n"
        )
    add(
        f"\t\t\t<ConstraintType>{task.constraint_type}</ConstraintType>\n"
        f"\t\t\t<CalendarUID>{_or_minus_one(task.calendar_uid)}</CalendarUID>\n"
    )
    if task.constraint_date is not None:
        add(f"\t\t\t<ConstraintDate>{datetime_text(task.constraint_date)}</ConstraintDate>\n")
    if task.deadline is not None:
        add(f"\t\t\t<Deadline>{datetime_text(task.deadline)}</Deadline>\n")
    if task.ignore_resource_calendar:
        add("\t\t\t<IgnoreResourceCalendar>1</IgnoreResourceCalendar>\n")
    if task.notes:
        add(f"\t\t\t<Notes>{xml_text(task.notes)}</Notes>\n")
    for link in task.predecessors:
        add(_link(link))
    for baseline in task.baselines:
        add(_baseline_xml(baseline, with_duration=True))
    if task.manual_start is not None:
        add(f"\t\t\t<ManualStart>{datetime_text(task.manual_start)}</ManualStart>\n")
    if task.manual_finish is not None:
        add(f"\t\t\t<ManualFinish>{datetime_text(task.manual_finish)}</ManualFinish>\n")
    if task.manual and task.duration_minutes is not None:
        add(f"\t\t\t<ManualDuration>{duration_text(task.duration_minutes)}</ManualDuration>\n")
    add("\t\t</Task>\n")
    return "".join(p)


def resource_xml(resource: MspdiResource) -> str:
    """One Resources/Resource element. A cost resource is written as MS Project does: Type 0
    (material) with IsCostResource 1."""
    kind = RESOURCE_MATERIAL if resource.type == RESOURCE_COST else resource.type
    p = [f"\t\t<Resource>\n\t\t\t<UID>{resource.uid}</UID>\n"]
    add = p.append
    if resource.id is not None:
        add(f"\t\t\t<ID>{resource.id}</ID>\n")
    if resource.name:
        add(f"\t\t\t<Name>{xml_text(resource.name)}</Name>\n")
    add(f"\t\t\t<Type>{kind}</Type>\n\t\t\t<IsNull>{_flag(resource.is_null)}</IsNull>\n")
    for tag, text in (
        ("Initials", resource.initials),
        ("MaterialLabel", resource.material_label),
        ("Group", resource.group),
        ("EmailAddress", resource.email_address),
    ):
        if text:
            add(f"\t\t\t<{tag}>{xml_text(text)}</{tag}>\n")
    if resource.max_units is not None:
        add(f"\t\t\t<MaxUnits>{number_text(resource.max_units)}</MaxUnits>\n")
    if resource.accrue_at is not None:
        add(f"\t\t\t<AccrueAt>{resource.accrue_at}</AccrueAt>\n")
    if resource.standard_rate is not None:
        add(f"\t\t\t<StandardRate>{decimal_text(resource.standard_rate)}</StandardRate>\n")
    if resource.standard_rate_format is not None:
        add(f"\t\t\t<StandardRateFormat>{resource.standard_rate_format}</StandardRateFormat>\n")
    if resource.overtime_rate is not None:
        add(f"\t\t\t<OvertimeRate>{decimal_text(resource.overtime_rate)}</OvertimeRate>\n")
    if resource.overtime_rate_format is not None:
        add(f"\t\t\t<OvertimeRateFormat>{resource.overtime_rate_format}</OvertimeRateFormat>\n")
    if resource.cost_per_use_cents is not None:
        add(f"\t\t\t<CostPerUse>{resource.cost_per_use_cents}</CostPerUse>\n")
    if resource.calendar_uid is not None:
        add(f"\t\t\t<CalendarUID>{resource.calendar_uid}</CalendarUID>\n")
    if resource.type == RESOURCE_COST:
        add("\t\t\t<IsCostResource>1</IsCostResource>\n")
    add("\t\t</Resource>\n")
    return "".join(p)


def assignment_xml(assignment: MspdiAssignment) -> str:
    """One Assignments/Assignment element; no resource is written as MS Project's -65535."""
    resource = -65535 if assignment.resource_uid is None else assignment.resource_uid
    p = [
        f"\t\t<Assignment>\n\t\t\t<UID>{assignment.uid}</UID>\n"
        f"\t\t\t<TaskUID>{assignment.task_uid}</TaskUID>\n"
        f"\t\t\t<ResourceUID>{resource}</ResourceUID>\n"
    ]
    add = p.append
    if assignment.percent_work_complete is not None:
        add(
            f"\t\t\t<PercentWorkComplete>{assignment.percent_work_complete}</PercentWorkComplete>\n"
        )
    if assignment.actual_cost_cents is not None:
        add(f"\t\t\t<ActualCost>{assignment.actual_cost_cents}</ActualCost>\n")
    if assignment.actual_finish is not None:
        add(f"\t\t\t<ActualFinish>{datetime_text(assignment.actual_finish)}</ActualFinish>\n")
    if assignment.actual_overtime_work_minutes is not None:
        add(
            f"\t\t\t<ActualOvertimeWork>{duration_text(assignment.actual_overtime_work_minutes)}"
            "</ActualOvertimeWork>\n"
        )
    if assignment.actual_start is not None:
        add(f"\t\t\t<ActualStart>{datetime_text(assignment.actual_start)}</ActualStart>\n")
    if assignment.actual_work_minutes is not None:
        add(f"\t\t\t<ActualWork>{duration_text(assignment.actual_work_minutes)}</ActualWork>\n")
    if assignment.cost_cents is not None:
        add(f"\t\t\t<Cost>{assignment.cost_cents}</Cost>\n")
    if assignment.delay_minutes is not None:
        add(f"\t\t\t<Delay>{assignment.delay_minutes * 10}</Delay>\n")
    if assignment.finish is not None:
        add(f"\t\t\t<Finish>{datetime_text(assignment.finish)}</Finish>\n")
    if assignment.overtime_work_minutes is not None:
        add(
            f"\t\t\t<OvertimeWork>{duration_text(assignment.overtime_work_minutes)}"
            "</OvertimeWork>\n"
        )
    if assignment.regular_work_minutes is not None:
        add(f"\t\t\t<RegularWork>{duration_text(assignment.regular_work_minutes)}</RegularWork>\n")
    if assignment.remaining_work_minutes is not None:
        add(
            f"\t\t\t<RemainingWork>{duration_text(assignment.remaining_work_minutes)}"
            "</RemainingWork>\n"
        )
    if assignment.start is not None:
        add(f"\t\t\t<Start>{datetime_text(assignment.start)}</Start>\n")
    if assignment.units is not None:
        add(f"\t\t\t<Units>{number_text(assignment.units)}</Units>\n")
    if assignment.work_minutes is not None:
        add(f"\t\t\t<Work>{duration_text(assignment.work_minutes)}</Work>\n")
    if assignment.work_contour is not None:
        add(f"\t\t\t<WorkContour>{assignment.work_contour}</WorkContour>\n")
    for baseline in assignment.baselines:
        add(_baseline_xml(baseline, with_duration=False))
    add("\t\t</Assignment>\n")
    return "".join(p)


def settings_xml(settings: MspdiSettings) -> str:
    """The project-level fields, up to (not including) the calendars."""
    p = [f"\t<SaveVersion>{settings.save_version or SAVE_VERSION}</SaveVersion>\n"]
    add = p.append
    if settings.name:
        add(f"\t<Name>{xml_text(settings.name)}</Name>\n")
    if settings.title:
        add(f"\t<Title>{xml_text(settings.title)}</Title>\n")
    add(f"\t<ScheduleFromStart>{_flag(settings.schedule_from_start)}</ScheduleFromStart>\n")
    if settings.start_date is not None:
        add(f"\t<StartDate>{datetime_text(settings.start_date)}</StartDate>\n")
    if settings.finish_date is not None:
        add(f"\t<FinishDate>{datetime_text(settings.finish_date)}</FinishDate>\n")
    if settings.currency_symbol:
        add(f"\t<CurrencySymbol>{xml_text(settings.currency_symbol)}</CurrencySymbol>\n")
    if settings.currency_code:
        add(f"\t<CurrencyCode>{xml_text(settings.currency_code)}</CurrencyCode>\n")
    if settings.calendar_uid is not None:
        add(f"\t<CalendarUID>{settings.calendar_uid}</CalendarUID>\n")
    add(
        f"\t<DefaultStartTime>{time_text(settings.default_start_time)}</DefaultStartTime>\n"
        f"\t<DefaultFinishTime>{time_text(settings.default_finish_time)}</DefaultFinishTime>\n"
        f"\t<MinutesPerDay>{settings.minutes_per_day}</MinutesPerDay>\n"
        f"\t<MinutesPerWeek>{settings.minutes_per_week}</MinutesPerWeek>\n"
        f"\t<DaysPerMonth>{settings.days_per_month}</DaysPerMonth>\n"
        f"\t<DefaultTaskType>{settings.default_task_type}</DefaultTaskType>\n"
    )
    if settings.duration_format is not None:
        add(f"\t<DurationFormat>{settings.duration_format}</DurationFormat>\n")
    add(
        f"\t<NewTasksEffortDriven>{_flag(settings.new_tasks_effort_driven)}"
        "</NewTasksEffortDriven>\n"
    )
    if settings.status_date is not None:
        add(f"\t<StatusDate>{datetime_text(settings.status_date)}</StatusDate>\n")
    if settings.current_date is not None:
        add(f"\t<CurrentDate>{datetime_text(settings.current_date)}</CurrentDate>\n")
    return "".join(p)


# ----- the document ---------------------------------------------------------------------------


_Record = TypeVar("_Record")


def _section(
    stream: TextIO, tag: str, records: Iterable[_Record], render: Callable[[_Record], str]
) -> int:
    """Write ``<tag>`` with one element per record, in chunks; returns the record count."""
    stream.write(f"\t<{tag}>\n")
    count = 0
    chunk: list[str] = []
    for record in records:
        chunk.append(render(record))
        count += 1
        if len(chunk) >= _CHUNK_RECORDS:
            stream.write("".join(chunk))
            chunk.clear()
    stream.write("".join(chunk))
    stream.write(f"\t</{tag}>\n")
    return count


def write_mspdi(project: MspdiProject, stream: TextIO) -> None:
    """Write ``project`` as an MSPDI document to a text stream (to be encoded as UTF-8)."""
    stream.write(
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="{NAMESPACE}">\n'
    )
    stream.write(settings_xml(project.settings))
    _section(stream, "Calendars", project.calendars, calendar_xml)
    _section(stream, "Tasks", project.tasks, task_xml)
    _section(stream, "Resources", project.resources, resource_xml)
    _section(stream, "Assignments", project.assignments, assignment_xml)
    stream.write("</Project>\n")


def write_mspdi_file(project: MspdiProject, path: Path) -> int:
    """Write ``project`` to ``path`` (UTF-8, LF line ends); returns the size in bytes."""
    with Path(path).open("w", encoding="utf-8", newline="\n", buffering=1 << 20) as stream:
        write_mspdi(project, stream)
    return Path(path).stat().st_size
