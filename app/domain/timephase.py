"""Costs spread over working time: per working day, to an instant, and per week or month.

A prorated amount follows the task's working minutes. Days are rounded *cumulatively*: the
amount up to the end of any day is the exact proportional amount rounded half up, and a
day gets the difference from the day before. So the days add up to the total exactly,
each day is within a cent of its exact share, and the series agrees to the cent with
``accrued_at`` at every day's end (a 10-day €10,000 task has exactly €5,000 after its fifth
working day, holidays or not) — which largest-remainder rounding of the days would not
promise. It also needs no sort, so spreading stays linear in the days.

Days are kept as day numbers (days since the calendar epoch) and become dates only when a
series is read, as everywhere in the domain.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from enum import StrEnum
from threading import Lock
from typing import overload

from app.domain.calendar import EPOCH, MAX_INSTANT, WorkCalendar, day_instant, to_instant
from app.domain.cost import Accrual
from app.domain.memory import collector_paused
from app.domain.money import divide_half_up

_DAY = 1440
_EPOCH_ORDINAL = EPOCH.toordinal()
_LAST_DAY = MAX_INSTANT // _DAY  # midnight ending the covered range, as a day number
_BLOCK = 366  # day positions are indexed a year's worth at a time


class Period(StrEnum):
    """Bucket sizes for time-phased figures: calendar day, ISO week (from Monday), month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def day_date(day: int) -> date:
    """The date of a day number (days since the calendar epoch)."""
    return date.fromordinal(day + _EPOCH_ORDINAL)


# Dates of day numbers 0, 1, 2, ... made once: reading a long series is a list lookup per day.
_DATES: list[date] = []
_DATES_LOCK = Lock()


def _dates_through(day: int) -> list[date]:
    """The shared list of dates, long enough to hold day number ``day``."""
    dates = _DATES
    if len(dates) <= day:
        with _DATES_LOCK:  # two threads must not both append the same days
            first, last = len(dates), min(_LAST_DAY, day + _BLOCK)
            dates.extend(date.fromordinal(d + _EPOCH_ORDINAL) for d in range(first, last + 1))
    return dates


def day_number(day: date) -> int:
    """The day number of a date."""
    return day.toordinal() - _EPOCH_ORDINAL


def end_of_day(day: date) -> int:
    """The instant a date ends (next midnight): a status date means "up to and including"."""
    return day_instant(day) + _DAY


def as_instant(moment: int | date) -> int:
    """An instant as it is, a datetime at its minute, a date at its end (see ``end_of_day``)."""
    if isinstance(moment, datetime):
        return to_instant(moment)
    if isinstance(moment, date):
        return end_of_day(moment)
    return moment


# --- working minutes per day ------------------------------------------------------------------


class _DayIndex:
    """Working-minute position at each midnight of a range of days, for one calendar.

    Spreading asks for the same days over and over (every task of a plan lives in the same
    few years), so the positions are worked out once per day and then read from a list.
    A published list is never changed: a wider range replaces it whole, so a reader on
    another thread always sees a base and a list that belong together.
    """

    __slots__ = ("calendar", "state")

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.state: tuple[int, list[int]] = (0, [])

    def cover(self, first: int, last: int) -> tuple[int, list[int]]:
        """(base, positions) with positions[d - base] for every day number d in [first, last]."""
        state = self.state
        base, positions = state
        if positions and base <= first and last < base + len(positions):
            return state
        if positions:  # keep what is known, so the range only ever grows
            first, last = min(first, base), max(last, base + len(positions) - 1)
        lo = max(0, first - first % _BLOCK)
        hi = min(_LAST_DAY, last - last % _BLOCK + _BLOCK - 1)
        position = self.calendar.position
        state = (lo, [position(day * _DAY) for day in range(lo, hi + 1)])
        self.state = state
        return state


_INDEXES: dict[int, _DayIndex] = {}
_MAX_INDEXES = 32


def _day_index(calendar: WorkCalendar) -> _DayIndex:
    """The shared day index of a calendar (calendars never change once compiled)."""
    index = _INDEXES.get(id(calendar))
    if index is None or index.calendar is not calendar:
        if len(_INDEXES) >= _MAX_INDEXES:
            _INDEXES.clear()  # rare: more calendars than a plan has; start afresh
        index = _INDEXES[id(calendar)] = _DayIndex(calendar)
    return index


# --- a spread amount -------------------------------------------------------------------------


class CostSeries(Sequence[tuple[date, int]]):
    """An amount spread over a task's working days: a sequence of (date, cents), by date.

    It remembers how it was made (instants, calendar, accrual), so ``cumulative_at`` can
    prorate within a day. Equal to a list of the same (date, cents) pairs.
    """

    __slots__ = ("accrual", "amounts", "calendar", "days", "finish", "start", "total_cents")

    def __init__(
        self,
        total_cents: int,
        start: int,
        finish: int,
        calendar: WorkCalendar,
        accrual: Accrual,
        days: list[int],
        amounts: list[int],
    ) -> None:
        self.total_cents = total_cents
        self.start = start
        self.finish = finish
        self.calendar = calendar
        self.accrual = accrual
        self.days = days
        self.amounts = amounts

    @overload
    def __getitem__(self, item: int) -> tuple[date, int]: ...

    @overload
    def __getitem__(self, item: slice) -> list[tuple[date, int]]: ...

    def __getitem__(self, item: int | slice) -> tuple[date, int] | list[tuple[date, int]]:
        if isinstance(item, slice):
            return [
                (day_date(d), a) for d, a in zip(self.days[item], self.amounts[item], strict=True)
            ]
        return day_date(self.days[item]), self.amounts[item]

    def __iter__(self) -> Iterator[tuple[date, int]]:
        days = self.days
        dates = _dates_through(days[-1]) if days else _DATES
        return zip(map(dates.__getitem__, days), self.amounts, strict=True)

    def __len__(self) -> int:
        return len(self.days)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CostSeries):
            return self.days == other.days and self.amounts == other.amounts
        if isinstance(other, list | tuple):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking value: not hashable

    def __repr__(self) -> str:
        return f"CostSeries({list(self)!r})"


def _check_span(start: int, finish: int) -> None:
    if finish < start:
        raise ValueError(f"a task cannot finish ({finish}) before it starts ({start})")


def spread(
    cents: int,
    start: int,
    finish: int,
    calendar: WorkCalendar,
    accrual: Accrual = Accrual.PRORATED,
) -> CostSeries:
    """``cents`` over the working days of [start, finish) (instants) on ``calendar``.

    PRORATED: every working day in proportion to its working minutes in the span, rounded
    cumulatively (see the module note), so the days sum to ``cents`` exactly. START: all on
    the day of the first working minute; END: all on the day of the last. A span without
    working time (a milestone) puts everything on the start's day.
    """
    _check_span(start, finish)
    first_pos = calendar.position(start)
    work = calendar.position(finish) - first_pos
    if work == 0:
        return CostSeries(cents, start, finish, calendar, accrual, [start // _DAY], [cents])
    if accrual is Accrual.START:
        day = calendar.start_at(first_pos) // _DAY
        return CostSeries(cents, start, finish, calendar, accrual, [day], [cents])
    if accrual is Accrual.END:
        day = (calendar.finish_at(first_pos + work) - 1) // _DAY
        return CostSeries(cents, start, finish, calendar, accrual, [day], [cents])
    first_day, last_day = start // _DAY, (finish - 1) // _DAY
    base, positions = _day_index(calendar).cover(first_day, last_day + 1)
    ends = positions[first_day - base + 1 : last_day - base + 2]
    ends[-1] = first_pos + work  # the last day ends at the finish; earlier midnights are before it
    amount, twice, double_work = abs(cents), 2 * abs(cents), 2 * work
    days: list[int] = []
    amounts: list[int] = []
    before = first_pos  # position at the end of the previous day
    paid = 0  # cents on the days so far
    day = first_day
    for end in ends:
        if end != before:
            before = end
            upto = (twice * (end - first_pos) + work) // double_work
            days.append(day)
            amounts.append(upto - paid)
            paid = upto
        day += 1
    if paid != amount:  # unreachable: the last day ends at the finish, where upto == amount
        raise RuntimeError("timephased amounts do not add up")
    if cents < 0:
        amounts = [-a for a in amounts]
    return CostSeries(cents, start, finish, calendar, accrual, days, amounts)


def spread_many(
    items: Iterable[tuple[int, int, int]],
    calendar: WorkCalendar,
    accrual: Accrual = Accrual.PRORATED,
) -> list[CostSeries]:
    """``spread`` for many (cents, start, finish) on one calendar: a whole plan at once.

    The cyclic garbage collector is paused meanwhile: the series are many small lists with
    no cycles, and collections set off by their allocation would walk them again and again.
    """
    with collector_paused():
        return [spread(cents, start, finish, calendar, accrual) for cents, start, finish in items]


def accrued_at(
    cents: int,
    start: int,
    finish: int,
    calendar: WorkCalendar,
    accrual: Accrual,
    moment: int,
) -> int:
    """The part of ``cents`` spread as ``spread`` does that has accrued by instant ``moment``.

    Prorated: in proportion to the working minutes of [start, moment), rounded half up; at
    a day's end this is exactly the sum of the series' days so far. START: all from the
    first working minute on; END: all once the last working minute is over; a span without
    working time: all from its start. Needs no series, so it stays O(1) per task.
    """
    if moment < start:
        return 0
    if moment >= finish > start:
        return cents
    first_pos = calendar.position(start)
    work = calendar.position(finish) - first_pos
    if work == 0:  # everything at the start, which `moment` has reached
        return cents
    if accrual is Accrual.START:
        return cents if moment >= calendar.start_at(first_pos) else 0
    if accrual is Accrual.END:
        return cents if moment >= calendar.finish_at(first_pos + work) else 0
    return divide_half_up(cents * (calendar.position(moment) - first_pos), work)


def cumulative_at(series: Iterable[tuple[date, int]], moment: int | date) -> int:
    """Cost accrued up to ``moment``: an instant or datetime, or a date meaning its end.

    A CostSeries is prorated within the day by working minutes (see ``accrued_at``). Any
    other (date, cents) series, such as one read from a file, can only count whole days:
    every day up to and including the one the moment falls in.
    """
    instant = as_instant(moment)
    if isinstance(series, CostSeries):
        return accrued_at(
            series.total_cents,
            series.start,
            series.finish,
            series.calendar,
            series.accrual,
            instant,
        )
    last = day_date((instant - 1) // _DAY)
    return sum(cents for day, cents in series if day <= last)


# --- buckets -----------------------------------------------------------------------------------


def _period_start(day: int, period: Period) -> int:
    if period is Period.DAY:
        return day
    if period is Period.WEEK:
        return day - day_date(day).weekday()
    return day_number(day_date(day).replace(day=1))


def _by_day(series: Iterable[tuple[date, int]]) -> Iterator[tuple[int, int]]:
    if isinstance(series, CostSeries):
        return zip(series.days, series.amounts, strict=True)
    return ((day_number(day), cents) for day, cents in series)


def total_by_day(many: Iterable[Iterable[tuple[date, int]]]) -> list[tuple[date, int]]:
    """Several series added up per day, in date order: a project's or a summary's curve."""
    totals: dict[int, int] = {}
    get = totals.get
    for series in many:
        for day, cents in _by_day(series):
            totals[day] = get(day, 0) + cents
    return [(day_date(day), totals[day]) for day in sorted(totals)]


def bucket(series: Iterable[tuple[date, int]], period: Period | str) -> list[tuple[date, int]]:
    """A series summed per day, ISO week or month, keyed by the period's first day, in order.

    A period appears when the series has a day in it, also if its days add up to zero.
    """
    period = Period(period)
    totals: dict[int, int] = {}
    get = totals.get
    if period is Period.DAY:
        for day, cents in _by_day(series):
            totals[day] = get(day, 0) + cents
    else:
        starts: dict[int, int] = {}  # day -> start of its period, each day worked out once
        for day, cents in _by_day(series):
            first = starts.get(day)
            if first is None:
                first = starts[day] = _period_start(day, period)
            totals[first] = get(first, 0) + cents
    return [(day_date(day), totals[day]) for day in sorted(totals)]


def running_total(series: Iterable[tuple[date, int]]) -> list[tuple[date, int]]:
    """Each entry's amount plus everything before it: the S-curve of a bucketed series."""
    result: list[tuple[date, int]] = []
    total = 0
    for day, cents in series:
        total += cents
        result.append((day, total))
    return result
