"""Working calendars compiled into integer working-minute indexes, and duration units."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.validation import EARLIEST_DATE, LATEST_DATE

# --- instants ---------------------------------------------------------------------------------

EPOCH = datetime(1984, 1, 1)
MINUTES_PER_DAY_DEFAULT = 480
MINUTES_PER_WEEK_DEFAULT = 2400
DAYS_PER_MONTH_DEFAULT = 20

_DAY = 1440
_EPOCH_ORDINAL = EPOCH.toordinal()
_EPOCH_WEEKDAY = EPOCH.weekday()
FIRST_YEAR = EARLIEST_DATE.year
LAST_YEAR = LATEST_DATE.year
# Day numbers (days since EPOCH) of 1 January of every covered year, plus the day after the end.
_YEAR_START_DAYS = [
    date(y, 1, 1).toordinal() - _EPOCH_ORDINAL for y in range(FIRST_YEAR, LAST_YEAR + 2)
]
_YEAR_START_INSTANTS = [d * _DAY for d in _YEAR_START_DAYS]
MAX_INSTANT = _YEAR_START_INSTANTS[-1]  # 2150-01-01 00:00, the end of the last covered day
_YEARS = len(_YEAR_START_DAYS) - 1


def to_instant(value: datetime) -> int:
    """Whole minutes since EPOCH, so the scheduler works on plain integers (seconds dropped)."""
    delta = value - EPOCH
    return delta.days * _DAY + delta.seconds // 60


def from_instant(instant: int) -> datetime:
    """The naive local datetime of an instant, for display and files."""
    return EPOCH + timedelta(minutes=instant)


def day_instant(day: date) -> int:
    """The instant of midnight at the start of a day."""
    return (day.toordinal() - _EPOCH_ORDINAL) * _DAY


# --- calendar specification -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WorkingTime:
    """One working period within a day in minutes from midnight; end 1440 lets work run to 24:00."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= _DAY:
            raise ValueError(f"working time {self.start}-{self.end} is not within one day")

    @property
    def minutes(self) -> int:
        """Length of the period, for day totals."""
        return self.end - self.start


DEFAULT_DAY = (WorkingTime(480, 720), WorkingTime(780, 1020))
_STANDARD_WEEK: tuple[tuple[WorkingTime, ...], ...] = (DEFAULT_DAY,) * 5 + ((), ())


class RecurrenceKind(StrEnum):
    """How often a recurring exception comes back, as in Microsoft Project."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    YEARLY = "yearly"


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A repeat pattern for an exception; with ``occurrences`` it ignores the finish date."""

    kind: RecurrenceKind
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    day_of_month: int | None = None
    month: int | None = None
    nth_weekday: tuple[int, int] | None = None
    occurrences: int | None = None

    def __post_init__(self) -> None:
        if self.interval < 1:
            raise ValueError("recurrence interval must be at least 1")
        if any(not 0 <= d <= 6 for d in self.weekdays):
            raise ValueError("recurrence weekdays must be 0 (Monday) to 6 (Sunday)")
        if self.day_of_month is not None and not 1 <= self.day_of_month <= 31:
            raise ValueError("recurrence day of month must be 1 to 31")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("recurrence month must be 1 to 12")
        if self.nth_weekday is not None and not (
            1 <= self.nth_weekday[0] <= 5 and 0 <= self.nth_weekday[1] <= 6
        ):
            raise ValueError("recurrence nth weekday must be (1..5, 0..6)")
        if self.occurrences is not None and self.occurrences < 1:
            raise ValueError("recurrence occurrences must be at least 1")


@dataclass(frozen=True, slots=True)
class CalendarException:
    """Days that do not follow the week pattern: holidays (no hours) or other hours."""

    name: str
    start: date
    finish: date
    working_times: tuple[WorkingTime, ...] = ()
    recurrence: Recurrence | None = None

    def __post_init__(self) -> None:
        if self.finish < self.start:
            raise ValueError(f"exception {self.name} finishes before it starts")

    def days(self) -> Iterator[date]:
        """Every day the exception covers within 1984-2149, in order."""
        return _expand(self)


@dataclass(frozen=True, slots=True)
class CalendarSpec:
    """A calendar as the user defines it; ``None`` days inherit from ``base``.

    A ``None`` day in a calendar without a base uses the standard day (Mon-Fri 08:00-12:00,
    13:00-17:00, weekend off), like Microsoft Project's "default" working time.
    """

    name: str
    week: tuple[tuple[WorkingTime, ...] | None, ...] = _STANDARD_WEEK
    exceptions: tuple[CalendarException, ...] = ()
    base: CalendarSpec | None = None

    def __post_init__(self) -> None:
        if len(self.week) != 7:
            raise ValueError(f"calendar {self.name} needs seven week days, got {len(self.week)}")


def standard_calendar(name: str = "Standard") -> CalendarSpec:
    """Mon-Fri 08:00-12:00, 13:00-17:00 without holidays, the neutral starting point."""
    return CalendarSpec(name)


# --- recurrence expansion ---------------------------------------------------------------------


def _month_length(year: int, month: int) -> int:
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return (following - timedelta(days=1)).day


def _day_in_month(year: int, month: int, rec: Recurrence, default_day: int) -> date:
    """The day a monthly or yearly recurrence picks; day 31 in a short month becomes its last."""
    if rec.nth_weekday is not None:
        nth, weekday = rec.nth_weekday
        if nth == 5:
            last = date(year, month, _month_length(year, month))
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    day = rec.day_of_month if rec.day_of_month is not None else default_day
    return date(year, month, min(day, _month_length(year, month)))


def _candidates(exc: CalendarException, rec: Recurrence) -> Iterator[date]:
    """Recurrence dates from the start onwards, unbounded (the caller stops)."""
    start = exc.start
    step = rec.interval
    if rec.kind is RecurrenceKind.DAILY:
        day = start
        while True:
            yield day
            day += timedelta(days=step)
    elif rec.kind is RecurrenceKind.WEEKLY:
        weekdays = sorted(rec.weekdays) or [start.weekday()]
        monday = start - timedelta(days=start.weekday())
        while True:
            for weekday in weekdays:
                yield monday + timedelta(days=weekday)
            monday += timedelta(weeks=step)
    elif rec.kind is RecurrenceKind.MONTHLY:
        index = start.year * 12 + start.month - 1
        while True:
            year, month0 = divmod(index, 12)
            yield _day_in_month(year, month0 + 1, rec, start.day)
            index += step
    else:
        year = start.year
        month = rec.month if rec.month is not None else start.month
        while True:
            yield _day_in_month(year, month, rec, start.day)
            year += step


def _expand(exc: CalendarException) -> Iterator[date]:
    last = min(exc.finish, LATEST_DATE)
    rec = exc.recurrence
    if rec is None:
        day = max(exc.start, EARLIEST_DATE)
        while day <= last:
            yield day
            day += timedelta(days=1)
        return
    if rec.occurrences is not None:
        last = LATEST_DATE  # a count of occurrences replaces the finish date
    count = 0
    for day in _candidates(exc, rec):
        if day < exc.start:
            continue
        if day > last or (rec.occurrences is not None and count >= rec.occurrences):
            return
        count += 1
        if day >= EARLIEST_DATE:
            yield day


# --- compiled calendar ------------------------------------------------------------------------


class _DayPlan:
    """One distinct set of day hours, normalised once and shared by every day that has it."""

    __slots__ = ("hours", "minutes", "pairs")

    def __init__(self, hours: tuple[WorkingTime, ...]) -> None:
        merged: list[list[int]] = []
        for period in sorted(hours, key=lambda p: (p.start, p.end)):
            if merged and period.start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], period.end)
            else:
                merged.append([period.start, period.end])
        self.pairs = tuple((s, e) for s, e in merged)
        self.hours = tuple(WorkingTime(s, e) for s, e in self.pairs)
        self.minutes = sum(e - s for s, e in self.pairs)


# starts, ends, position at each start, position at each end: one year's merged periods
_Chunk = tuple[list[int], list[int], list[int], list[int]]


class WorkCalendar:
    """A CalendarSpec compiled into sorted working intervals with cumulative working minutes.

    Construction is cheap. The first query expands the exceptions and computes each year's
    working minutes arithmetically (weekday counts plus exception corrections); each year's
    intervals are built the first time an instant or position in that year is asked for.
    Positions are absolute working minutes since EPOCH, so they stay valid across years.
    """

    __slots__ = ("_chunks", "_overrides", "_plans", "_week", "_year_pos", "spec")

    def __init__(self, spec: CalendarSpec) -> None:
        self.spec = spec
        self._plans: dict[tuple[WorkingTime, ...], _DayPlan] = {}
        self._week: list[_DayPlan] | None = None
        self._overrides: dict[int, _DayPlan] | None = None
        self._year_pos: list[int] | None = None
        self._chunks: list[_Chunk | None] = [None] * _YEARS

    # -- preparation

    def _plan(self, hours: tuple[WorkingTime, ...]) -> _DayPlan:
        plan = self._plans.get(hours)
        if plan is None:
            plan = self._plans[hours] = _DayPlan(hours)
        return plan

    def _resolve_week(self) -> list[_DayPlan]:
        if self._week is None:
            self._week = [self._plan(hours) for hours in _effective_week(self.spec)]
        return self._week

    def _resolve_overrides(self) -> dict[int, _DayPlan]:
        if self._overrides is None:
            overrides: dict[int, _DayPlan] = {}
            self._add_overrides(self.spec, overrides)
            self._overrides = overrides  # published only when complete
        return self._overrides

    def _add_overrides(self, spec: CalendarSpec, overrides: dict[int, _DayPlan]) -> None:
        """Base exceptions first, so the calendar's own ones overwrite them day by day."""
        if spec.base is not None:
            self._add_overrides(spec.base, overrides)
        first, last = _YEAR_START_DAYS[0], _YEAR_START_DAYS[-1]
        for exc in spec.exceptions:  # the last listed wins where a calendar's own overlap
            plan = self._plan(exc.working_times)
            if exc.recurrence is None and exc.start == exc.finish:  # holidays: the common case
                day = exc.start.toordinal() - _EPOCH_ORDINAL
                if first <= day < last:
                    overrides[day] = plan
                continue
            for covered in _expand(exc):
                overrides[covered.toordinal() - _EPOCH_ORDINAL] = plan

    def _prepare(self) -> list[int]:
        week = self._resolve_week()
        overrides = self._resolve_overrides()
        week_minutes = [plan.minutes for plan in week]
        corrections = [0] * _YEARS
        for day, plan in overrides.items():
            year = bisect_right(_YEAR_START_DAYS, day) - 1
            corrections[year] += plan.minutes - week_minutes[(day + _EPOCH_WEEKDAY) % 7]
        year_pos = [0]
        for year in range(_YEARS):
            first, end = _YEAR_START_DAYS[year], _YEAR_START_DAYS[year + 1]
            full_weeks, rest = divmod(end - first, 7)
            first_weekday = (first + _EPOCH_WEEKDAY) % 7
            total = corrections[year]
            for weekday in range(7):
                count = full_weeks + (1 if (weekday - first_weekday) % 7 < rest else 0)
                total += count * week_minutes[weekday]
            year_pos.append(year_pos[-1] + total)
        self._year_pos = year_pos
        return year_pos

    def _build(self, year: int) -> _Chunk:
        """Walk the year's days once; touching periods (night shifts) merge into one stretch."""
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        week = self._resolve_week()
        overrides = self._resolve_overrides()
        starts: list[int] = []
        ends: list[int] = []
        first, end = _YEAR_START_DAYS[year], _YEAR_START_DAYS[year + 1]
        weekday = (first + _EPOCH_WEEKDAY) % 7
        for day in range(first, end):
            plan = overrides.get(day)
            if plan is None:
                plan = week[weekday]
            base = day * _DAY
            for s, e in plan.pairs:
                if ends and ends[-1] == base + s:
                    ends[-1] = base + e
                else:
                    starts.append(base + s)
                    ends.append(base + e)
            weekday = 0 if weekday == 6 else weekday + 1
        cum: list[int] = []
        cum_end: list[int] = []
        pos = year_pos[year]
        for s, e in zip(starts, ends, strict=True):
            cum.append(pos)
            pos += e - s
            cum_end.append(pos)
        if pos != year_pos[year + 1]:
            raise RuntimeError(f"calendar {self.spec.name}: index of {FIRST_YEAR + year} is off")
        chunk = (starts, ends, cum, cum_end)
        self._chunks[year] = chunk
        return chunk

    def _no_work(self, total: int, where: str) -> ValueError:
        if total == 0:
            return ValueError(f"calendar {self.spec.name} has no working time")
        return ValueError(
            f"calendar {self.spec.name} has no working time {where} within {FIRST_YEAR}-{LAST_YEAR}"
        )

    # -- the index

    @property
    def total_minutes(self) -> int:
        """Working minutes in the whole covered range, 1984-2149."""
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        return year_pos[-1]

    def position(self, instant: int) -> int:
        """Working minutes from EPOCH up to instant (monotone, non-decreasing)."""
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        if not 0 <= instant < MAX_INSTANT:
            if instant == MAX_INSTANT:
                return year_pos[-1]
            raise ValueError(f"instant {instant} is outside {FIRST_YEAR}-{LAST_YEAR}")
        year = bisect_right(_YEAR_START_INSTANTS, instant) - 1
        chunk = self._chunks[year]
        starts, ends, cum, cum_end = chunk if chunk is not None else self._build(year)
        i = bisect_right(starts, instant) - 1
        if i < 0:
            return year_pos[year]
        if instant < ends[i]:
            return cum[i] + instant - starts[i]
        return cum_end[i]

    def start_at(self, position: int) -> int:
        """The instant where working minute number `position` begins (never a period's end)."""
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        if not 0 <= position < year_pos[-1]:
            raise self._no_work(year_pos[-1], "after that" if position >= 0 else "before that")
        year = bisect_right(year_pos, position) - 1
        chunk = self._chunks[year]
        starts, _ends, cum, _cum_end = chunk if chunk is not None else self._build(year)
        i = bisect_right(cum, position) - 1
        return starts[i] + position - cum[i]

    def finish_at(self, position: int) -> int:
        """The instant where working minute `position` ends: 17:00, not the next 08:00.

        finish_at(0) is the first working instant, where no work has been done yet.
        """
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        if not 0 < position <= year_pos[-1]:
            if position == 0:
                return self.start_at(0)
            raise self._no_work(year_pos[-1], "after that" if position > 0 else "before that")
        year = bisect_left(year_pos, position) - 1
        chunk = self._chunks[year]
        starts, _ends, cum, cum_end = chunk if chunk is not None else self._build(year)
        i = bisect_left(cum_end, position)
        return starts[i] + position - cum[i]

    # -- scheduling arithmetic

    def add_work(self, start: int, minutes: int) -> int:
        """Finish of `minutes` working minutes from start; 0 gives next_working, < 0 subtracts."""
        if minutes > 0:
            return self.finish_at(self.position(start) + minutes)
        if minutes == 0:
            return self.next_working(start)
        return self.subtract_work(start, -minutes)

    def subtract_work(self, finish: int, minutes: int) -> int:
        """Start of `minutes` working minutes ending at finish; 0 gives previous_working_end."""
        if minutes > 0:
            return self.start_at(self.position(finish) - minutes)
        if minutes == 0:
            return self.previous_working_end(finish)
        return self.add_work(finish, -minutes)

    def work_between(self, start: int, finish: int) -> int:
        """Working minutes in [start, finish); negative if finish < start."""
        return self.position(finish) - self.position(start)

    def next_working(self, instant: int) -> int:
        """Instant if it lies in working time (not at a period's end), else the next start."""
        return self.start_at(self.position(instant))

    def previous_working_end(self, instant: int) -> int:
        """Instant if it lies in working time or at a period end, else the previous period's end."""
        year_pos = self._year_pos if self._year_pos is not None else self._prepare()
        if instant == MAX_INSTANT:
            return self.finish_at(year_pos[-1])
        position = self.position(instant)
        year = bisect_right(_YEAR_START_INSTANTS, instant) - 1
        chunk = self._chunks[year]
        starts, ends, _cum, _cum_end = chunk if chunk is not None else self._build(year)
        i = bisect_right(starts, instant) - 1
        if i >= 0 and instant <= ends[i]:
            return instant
        if position == 0:
            raise self._no_work(year_pos[-1], "before that")
        return self.finish_at(position)

    # -- days

    def day_hours(self, day: date) -> tuple[WorkingTime, ...]:
        """Effective working periods of a day after exceptions and base, sorted."""
        plan = self._resolve_overrides().get(day.toordinal() - _EPOCH_ORDINAL)
        if plan is None:
            plan = self._resolve_week()[day.weekday()]
        return plan.hours

    def is_working_day(self, day: date) -> bool:
        """Whether the day has any working time at all."""
        return bool(self.day_hours(day))


def _effective_week(spec: CalendarSpec) -> tuple[tuple[WorkingTime, ...], ...]:
    """Own days, else the base's, else the standard day when there is no base."""
    inherited = _effective_week(spec.base) if spec.base is not None else _STANDARD_WEEK
    return tuple(
        own if own is not None else fallback
        for own, fallback in zip(spec.week, inherited, strict=True)
    )


# --- duration units ---------------------------------------------------------------------------


class DurationUnit(StrEnum):
    """Units a duration or lag is entered in; the ``e`` ones are elapsed (wall-clock) time."""

    MINUTE = "m"
    HOUR = "h"
    DAY = "d"
    WEEK = "w"
    MONTH = "mo"
    ELAPSED_MINUTE = "em"
    ELAPSED_HOUR = "eh"
    ELAPSED_DAY = "ed"
    ELAPSED_WEEK = "ew"
    ELAPSED_MONTH = "emo"


@dataclass(frozen=True, slots=True)
class UnitSettings:
    """How long a working day, week and month are for this project (MS Project's options)."""

    minutes_per_day: int = MINUTES_PER_DAY_DEFAULT
    minutes_per_week: int = MINUTES_PER_WEEK_DEFAULT
    days_per_month: int = DAYS_PER_MONTH_DEFAULT

    def __post_init__(self) -> None:
        if min(self.minutes_per_day, self.minutes_per_week, self.days_per_month) <= 0:
            raise ValueError("unit settings must be positive")


_ELAPSED_FACTORS = {
    DurationUnit.ELAPSED_MINUTE: 1,
    DurationUnit.ELAPSED_HOUR: 60,
    DurationUnit.ELAPSED_DAY: _DAY,
    DurationUnit.ELAPSED_WEEK: 7 * _DAY,
    DurationUnit.ELAPSED_MONTH: 30 * _DAY,
}


def is_elapsed(unit: DurationUnit) -> bool:
    """Elapsed units count wall-clock time and ignore the calendar."""
    return unit in _ELAPSED_FACTORS


def _factor(unit: DurationUnit, settings: UnitSettings) -> int:
    elapsed = _ELAPSED_FACTORS.get(unit)
    if elapsed is not None:
        return elapsed
    if unit is DurationUnit.MINUTE:
        return 1
    if unit is DurationUnit.HOUR:
        return 60
    if unit is DurationUnit.DAY:
        return settings.minutes_per_day
    if unit is DurationUnit.WEEK:
        return settings.minutes_per_week
    return settings.minutes_per_day * settings.days_per_month


def to_minutes(amount: Decimal | float | int, unit: DurationUnit, settings: UnitSettings) -> int:
    """Whole minutes (working, or wall-clock for elapsed units), rounded half up."""
    exact = Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)
    return int((exact * _factor(unit, settings)).to_integral_value(rounding=ROUND_HALF_UP))


def from_minutes(minutes: int, unit: DurationUnit, settings: UnitSettings) -> Decimal:
    """The amount in `unit`, exact as Decimal; the caller rounds for display."""
    return Decimal(minutes) / Decimal(_factor(unit, settings))
