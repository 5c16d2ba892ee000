"""Working calendars: the minute index against a day-by-day oracle, exceptions, units."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import (
    DEFAULT_DAY,
    EPOCH,
    MAX_INSTANT,
    CalendarException,
    CalendarSpec,
    DurationUnit,
    Recurrence,
    RecurrenceKind,
    UnitSettings,
    WorkCalendar,
    WorkingTime,
    day_instant,
    from_instant,
    from_minutes,
    is_elapsed,
    standard_calendar,
    to_instant,
    to_minutes,
)
from app.domain.public_holidays import dutch_standard_calendar


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    return to_instant(datetime(year, month, day, hour, minute))


def hm(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


def wt(start: str, end: str) -> WorkingTime:
    return WorkingTime(hm(start), hm(end))


NIGHT = CalendarSpec(
    "Nachtdienst",
    week=(
        (wt("22:00", "24:00"),),
        (wt("00:00", "06:00"), wt("22:00", "24:00")),
        (wt("00:00", "06:00"), wt("22:00", "24:00")),
        (wt("00:00", "06:00"), wt("22:00", "24:00")),
        (wt("00:00", "06:00"), wt("22:00", "24:00")),
        (wt("00:00", "06:00"),),
        (),
    ),
)
SHORT_DAY = (wt("08:00", "12:00"), wt("12:30", "16:00"))  # 7.5 hours
MIXED = CalendarSpec(
    "Gemengd",
    week=(SHORT_DAY,) * 5 + ((), ()),
    exceptions=(
        CalendarException(
            "Vrijdag vrij",
            date(2020, 1, 1),
            date(2030, 12, 31),
            recurrence=Recurrence(RecurrenceKind.WEEKLY, interval=3, weekdays=frozenset({4})),
        ),
        CalendarException(
            "Zaterdagwerk",
            date(2020, 1, 1),
            date(2030, 12, 31),
            working_times=(wt("09:00", "13:00"),),
            recurrence=Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(5, 5)),
        ),
        CalendarException("Zomer", date(2024, 7, 15), date(2024, 8, 9)),
    ),
)
CALENDARS = {
    "standard": WorkCalendar(standard_calendar()),
    "dutch": WorkCalendar(dutch_standard_calendar()),
    "night": WorkCalendar(NIGHT),
    "mixed": WorkCalendar(MIXED),
}
DUTCH = CALENDARS["dutch"]
STANDARD = CALENDARS["standard"]


# --- a slow, obviously right oracle: walk the days and their hours -----------------------------


def _periods_from(calendar: WorkCalendar, instant: int) -> list[tuple[int, int]]:
    first_day = instant // 1440
    periods = []
    for offset in range(400):
        day = first_day + offset
        for period in calendar.day_hours(EPOCH.date() + timedelta(days=day)):
            periods.append((day * 1440 + period.start, day * 1440 + period.end))
    return periods


def oracle_add(calendar: WorkCalendar, start: int, minutes: int) -> int:
    for begin, end in _periods_from(calendar, start):
        low = max(begin, start)
        if end > low:
            if minutes <= end - low:
                return low + minutes
            minutes -= end - low
    raise AssertionError("oracle ran out of days")


def oracle_between(calendar: WorkCalendar, start: int, finish: int) -> int:
    total = 0
    for begin, end in _periods_from(calendar, start):
        if begin >= finish:
            break
        total += max(0, min(end, finish) - max(begin, start))
    return total


# --- instants ---------------------------------------------------------------------------------


def test_instants_are_minutes_since_1984() -> None:
    assert to_instant(EPOCH) == 0
    assert to_instant(datetime(1984, 1, 2, 1, 30, 59)) == 1530  # seconds are dropped
    assert from_instant(1530) == datetime(1984, 1, 2, 1, 30)
    assert day_instant(date(1984, 1, 2)) == 1440
    assert from_instant(MAX_INSTANT) == datetime(2150, 1, 1)


@given(st.datetimes(min_value=datetime(1984, 1, 1), max_value=datetime(2149, 12, 31, 23, 59)))
def test_instants_round_trip(value: datetime) -> None:
    value = value.replace(second=0, microsecond=0)
    assert from_instant(to_instant(value)) == value


# --- acceptance cases -------------------------------------------------------------------------


def test_five_days_from_1_may_2025_skip_bevrijdingsdag() -> None:
    assert not DUTCH.is_working_day(date(2025, 5, 5))
    assert DUTCH.add_work(at(2025, 5, 1, 8), 5 * 480) == at(2025, 5, 8, 17)


def test_ten_days_over_christmas_and_new_year() -> None:
    assert DUTCH.add_work(at(2025, 12, 22, 8), 10 * 480) == at(2026, 1, 7, 17)
    assert DUTCH.subtract_work(at(2026, 1, 7, 17), 10 * 480) == at(2025, 12, 22, 8)


def test_koningsdag_moves_off_sunday() -> None:
    assert not DUTCH.is_working_day(date(2025, 4, 26))  # a Saturday anyway; 27 April is Sunday
    assert DUTCH.day_hours(date(2025, 4, 28)) == DEFAULT_DAY
    assert not DUTCH.is_working_day(date(2026, 4, 27))  # a Monday
    assert DUTCH.add_work(at(2026, 4, 24, 8), 2 * 480) == at(2026, 4, 28, 17)


def test_elapsed_days_run_through_the_weekend() -> None:
    # 3ed = 3 x 1440 = 4320 wall-clock minutes; Fri 08:00 + 4320 min = Mon 08:00.
    minutes = to_minutes(3, DurationUnit.ELAPSED_DAY, UnitSettings())
    assert minutes == 3 * 1440 == 4320
    assert from_instant(at(2025, 3, 7, 8) + minutes) == datetime(2025, 3, 10, 8)
    # The same three days in working time end on Tuesday evening.
    assert to_minutes(3, DurationUnit.DAY, UnitSettings()) == 1440
    assert STANDARD.add_work(at(2025, 3, 7, 8), 1440) == at(2025, 3, 11, 17)


def test_seven_and_a_half_hour_days() -> None:
    settings = UnitSettings(minutes_per_day=450)
    assert to_minutes(2, DurationUnit.DAY, settings) == 900
    assert from_minutes(900, DurationUnit.DAY, settings) == Decimal(2)
    calendar = WorkCalendar(CalendarSpec("7,5 uur", week=(SHORT_DAY,) * 5 + ((), ())))
    # Mon 08:00-12:00 (240) + 12:30-16:00 (210) = 450; Tue the same: 900 ends Tue 16:00.
    assert calendar.add_work(at(2025, 3, 3, 8), 900) == at(2025, 3, 4, 16)
    assert calendar.add_work(at(2025, 3, 3, 8), 500) == at(2025, 3, 4, 8, 50)
    assert calendar.add_work(at(2025, 3, 3, 11), 90) == at(2025, 3, 3, 13)


# --- the standard week ------------------------------------------------------------------------


def test_a_finish_at_a_period_boundary_is_the_end_of_the_earlier_period() -> None:
    monday_0800 = at(2025, 3, 3, 8)
    assert STANDARD.add_work(monday_0800, 480) == at(2025, 3, 3, 17)
    assert STANDARD.add_work(monday_0800, 240) == at(2025, 3, 3, 12)
    assert STANDARD.add_work(monday_0800, 241) == at(2025, 3, 3, 13, 1)
    day_end = STANDARD.position(at(2025, 3, 3, 17))
    assert STANDARD.finish_at(day_end) == at(2025, 3, 3, 17)
    assert STANDARD.start_at(day_end) == at(2025, 3, 4, 8)
    assert STANDARD.add_work(at(2025, 3, 7, 16), 60) == at(2025, 3, 7, 17)
    assert STANDARD.add_work(at(2025, 3, 7, 16), 61) == at(2025, 3, 10, 8, 1)


def test_a_start_outside_working_time_moves_to_the_next_working_minute() -> None:
    assert STANDARD.add_work(at(2025, 3, 3, 12, 30), 60) == at(2025, 3, 3, 14)
    assert STANDARD.add_work(at(2025, 3, 8, 10), 60) == at(2025, 3, 10, 9)  # Saturday
    assert STANDARD.add_work(at(2025, 3, 3, 17), 0) == at(2025, 3, 4, 8)
    assert STANDARD.add_work(at(2025, 3, 3, 9), 0) == at(2025, 3, 3, 9)


def test_next_working_and_previous_working_end() -> None:
    assert STANDARD.next_working(at(2025, 3, 3, 8)) == at(2025, 3, 3, 8)
    assert STANDARD.next_working(at(2025, 3, 3, 12)) == at(2025, 3, 3, 13)
    assert STANDARD.next_working(at(2025, 3, 7, 17)) == at(2025, 3, 10, 8)
    assert STANDARD.previous_working_end(at(2025, 3, 3, 12)) == at(2025, 3, 3, 12)
    assert STANDARD.previous_working_end(at(2025, 3, 3, 12, 30)) == at(2025, 3, 3, 12)
    assert STANDARD.previous_working_end(at(2025, 3, 3, 13)) == at(2025, 3, 3, 13)
    assert STANDARD.previous_working_end(at(2025, 3, 10, 7)) == at(2025, 3, 7, 17)
    assert STANDARD.previous_working_end(at(2025, 1, 1, 0)) == at(2024, 12, 31, 17)


def test_subtract_work_and_negative_amounts() -> None:
    assert STANDARD.subtract_work(at(2025, 3, 3, 17), 480) == at(2025, 3, 3, 8)
    assert STANDARD.subtract_work(at(2025, 3, 10, 8), 60) == at(2025, 3, 7, 16)
    assert STANDARD.subtract_work(at(2025, 3, 3, 13), 60) == at(2025, 3, 3, 11)
    assert STANDARD.subtract_work(at(2025, 3, 8, 12), 0) == at(2025, 3, 7, 17)
    assert STANDARD.add_work(at(2025, 3, 10, 8), -60) == at(2025, 3, 7, 16)
    assert STANDARD.subtract_work(at(2025, 3, 7, 16), -61) == at(2025, 3, 10, 8, 1)


def test_work_between_counts_only_working_minutes() -> None:
    assert STANDARD.work_between(at(2025, 3, 3), at(2025, 3, 10)) == 2400
    assert STANDARD.work_between(at(2025, 3, 10), at(2025, 3, 3)) == -2400
    assert STANDARD.work_between(at(2025, 3, 3, 11), at(2025, 3, 3, 14)) == 120
    assert STANDARD.work_between(at(2024, 12, 31, 16), at(2025, 1, 1, 9)) == 120


def test_positions_cover_the_whole_range() -> None:
    assert STANDARD.position(0) == 0
    assert STANDARD.start_at(0) == at(1984, 1, 2, 8)  # 1 January 1984 was a Sunday
    assert STANDARD.finish_at(0) == at(1984, 1, 2, 8)
    assert STANDARD.position(MAX_INSTANT) == STANDARD.total_minutes
    assert STANDARD.finish_at(STANDARD.total_minutes) == at(2149, 12, 31, 17)
    with pytest.raises(ValueError, match="outside"):
        STANDARD.position(at(1983, 12, 31))
    with pytest.raises(ValueError, match="calendar Standard has no working time"):
        STANDARD.add_work(at(2149, 12, 31, 8), 10_000)
    with pytest.raises(ValueError, match="calendar Standard has no working time"):
        STANDARD.subtract_work(at(1984, 1, 2, 17), 10_000)


# --- exceptions and recurrences ---------------------------------------------------------------


def _days(recurrence: Recurrence, start: date, finish: date) -> list[date]:
    return list(CalendarException("x", start, finish, recurrence=recurrence).days())


def test_daily_recurrence() -> None:
    daily = Recurrence(RecurrenceKind.DAILY, interval=3)
    assert _days(daily, date(2025, 3, 3), date(2025, 3, 10)) == [
        date(2025, 3, 3),
        date(2025, 3, 6),
        date(2025, 3, 9),
    ]
    counted = Recurrence(RecurrenceKind.DAILY, interval=2, occurrences=3)
    assert _days(counted, date(2025, 3, 3), date(2025, 3, 3)) == [
        date(2025, 3, 3),
        date(2025, 3, 5),
        date(2025, 3, 7),
    ]


def test_weekly_recurrence_on_chosen_weekdays() -> None:
    fortnightly = Recurrence(RecurrenceKind.WEEKLY, interval=2, weekdays=frozenset({0, 2}))
    assert _days(fortnightly, date(2025, 3, 5), date(2025, 3, 31)) == [
        date(2025, 3, 5),
        date(2025, 3, 17),
        date(2025, 3, 19),
        date(2025, 3, 31),
    ]
    same_day = Recurrence(RecurrenceKind.WEEKLY, occurrences=2)
    assert _days(same_day, date(2025, 3, 5), date(2025, 3, 5)) == [
        date(2025, 3, 5),
        date(2025, 3, 12),
    ]


def test_monthly_recurrence_by_day() -> None:
    every_other = Recurrence(RecurrenceKind.MONTHLY, interval=2, day_of_month=15, occurrences=3)
    assert _days(every_other, date(2025, 1, 1), date(2025, 12, 31)) == [
        date(2025, 1, 15),
        date(2025, 3, 15),
        date(2025, 5, 15),
    ]
    month_end = Recurrence(RecurrenceKind.MONTHLY, day_of_month=31)
    assert _days(month_end, date(2025, 1, 31), date(2025, 4, 30)) == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 31),
        date(2025, 4, 30),
    ]


def test_monthly_recurrence_by_nth_weekday() -> None:
    third_monday = Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(3, 0))
    assert _days(third_monday, date(2025, 1, 1), date(2025, 3, 31)) == [
        date(2025, 1, 20),
        date(2025, 2, 17),
        date(2025, 3, 17),
    ]
    last_friday = Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(5, 4))
    assert _days(last_friday, date(2025, 1, 1), date(2025, 3, 31)) == [
        date(2025, 1, 31),
        date(2025, 2, 28),
        date(2025, 3, 28),
    ]
    # The January occurrence lies before the start, so it neither counts nor appears.
    first_monday = Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(1, 0), occurrences=2)
    assert _days(first_monday, date(2025, 1, 10), date(2025, 1, 10)) == [
        date(2025, 2, 3),
        date(2025, 3, 3),
    ]


def test_yearly_recurrence() -> None:
    christmas_eve = Recurrence(RecurrenceKind.YEARLY, month=12, day_of_month=24)
    assert _days(christmas_eve, date(2024, 1, 1), date(2026, 12, 31)) == [
        date(2024, 12, 24),
        date(2025, 12, 24),
        date(2026, 12, 24),
    ]
    thanksgiving = Recurrence(RecurrenceKind.YEARLY, month=11, nth_weekday=(4, 3), occurrences=3)
    assert _days(thanksgiving, date(2024, 1, 1), date(2024, 1, 1)) == [
        date(2024, 11, 28),
        date(2025, 11, 27),
        date(2026, 11, 26),
    ]
    leap_day = Recurrence(RecurrenceKind.YEARLY, interval=2, month=2, day_of_month=29)
    assert _days(leap_day, date(2024, 1, 1), date(2028, 12, 31)) == [
        date(2024, 2, 29),
        date(2026, 2, 28),
        date(2028, 2, 29),
    ]


def test_recurrences_are_clipped_to_the_calendar_range() -> None:
    yearly = Recurrence(RecurrenceKind.YEARLY)
    days = _days(yearly, date(1980, 6, 1), date(2200, 6, 1))
    assert days[0] == date(1984, 6, 1)
    assert days[-1] == date(2149, 6, 1)
    assert len(days) == 166


def test_recurring_exceptions_change_the_schedule() -> None:
    # Every Friday off in March 2025: five working days from Monday end the next Tuesday.
    fridays_off = CalendarException(
        "Vrijdag vrij",
        date(2025, 3, 1),
        date(2025, 3, 31),
        recurrence=Recurrence(RecurrenceKind.WEEKLY, weekdays=frozenset({4})),
    )
    calendar = WorkCalendar(CalendarSpec("4x8", exceptions=(fridays_off,)))
    assert not calendar.is_working_day(date(2025, 3, 7))
    assert calendar.is_working_day(date(2025, 4, 4))
    assert calendar.add_work(at(2025, 3, 3, 8), 5 * 480) == at(2025, 3, 10, 17)
    assert calendar.add_work(at(2025, 3, 31, 8), 5 * 480) == at(2025, 4, 4, 17)


def test_a_working_exception_on_a_saturday() -> None:
    saturday = CalendarException(
        "Zaterdagwerk", date(2025, 3, 8), date(2025, 3, 8), (wt("09:00", "13:00"),)
    )
    calendar = WorkCalendar(CalendarSpec("Met zaterdag", exceptions=(saturday,)))
    assert calendar.day_hours(date(2025, 3, 8)) == (wt("09:00", "13:00"),)
    assert calendar.add_work(at(2025, 3, 7, 16), 120) == at(2025, 3, 8, 10)
    assert calendar.add_work(at(2025, 3, 7, 16), 300) == at(2025, 3, 8, 13)
    assert calendar.add_work(at(2025, 3, 7, 16), 301) == at(2025, 3, 10, 8, 1)
    assert calendar.work_between(at(2025, 3, 3), at(2025, 3, 10)) == 2400 + 240


def test_later_exceptions_win_and_shorter_hours_replace_the_day() -> None:
    week = CalendarException("Week vrij", date(2025, 3, 3), date(2025, 3, 7))
    wednesday = CalendarException(
        "Toch woensdag", date(2025, 3, 5), date(2025, 3, 5), (wt("13:00", "15:00"),)
    )
    outside = (
        CalendarException("Te vroeg", date(1983, 12, 30), date(1983, 12, 30)),
        CalendarException("Te laat", date(2150, 1, 2), date(2150, 1, 2)),
        CalendarException("Over de grens", date(1983, 12, 30), date(1984, 1, 3)),
    )
    calendar = WorkCalendar(CalendarSpec("Vakantie", exceptions=(*outside, week, wednesday)))
    assert calendar.start_at(0) == at(1984, 1, 4, 8)
    assert [calendar.is_working_day(date(2025, 3, d)) for d in range(3, 8)] == [
        False,
        False,
        True,
        False,
        False,
    ]
    assert calendar.work_between(at(2025, 3, 3), at(2025, 3, 10)) == 120


def test_a_derived_calendar_inherits_from_its_base() -> None:
    base = CalendarSpec(
        "Basis",
        week=(DEFAULT_DAY,) * 4 + ((), (), ()),  # Fridays off in the base
        exceptions=(
            CalendarException("Studiedag", date(2025, 3, 11), date(2025, 3, 11)),
            CalendarException("Teamdag", date(2025, 3, 13), date(2025, 3, 13)),
        ),
    )
    own_day = (wt("09:00", "12:00"),)
    derived = CalendarSpec(
        "Jan",
        week=(None, None, (), None, None, None, own_day),  # no Wednesdays, Sunday mornings
        exceptions=(
            CalendarException("Toch Teamdag", date(2025, 3, 13), date(2025, 3, 13), own_day),
        ),
        base=base,
    )
    calendar = WorkCalendar(derived)
    assert calendar.day_hours(date(2025, 3, 10)) == DEFAULT_DAY  # Monday from the base week
    assert calendar.day_hours(date(2025, 3, 11)) == ()  # the base's exception
    assert calendar.day_hours(date(2025, 3, 12)) == ()  # own Wednesday
    assert calendar.day_hours(date(2025, 3, 13)) == own_day  # own exception beats the base's
    assert calendar.day_hours(date(2025, 3, 14)) == ()  # base Friday
    assert calendar.day_hours(date(2025, 3, 16)) == own_day  # own Sunday
    assert calendar.work_between(at(2025, 3, 10), at(2025, 3, 17)) == 480 + 180 + 180
    grandchild = WorkCalendar(CalendarSpec("Kleinkind", week=(None,) * 7, base=derived))
    assert grandchild.work_between(at(2025, 3, 10), at(2025, 3, 17)) == 480 + 180 + 180
    # None days without a base fall back to the standard day.
    assert WorkCalendar(CalendarSpec("Leeg", week=(None,) * 7)).day_hours(date(2025, 3, 10)) == (
        DEFAULT_DAY
    )


def test_a_night_shift_crosses_midnight_as_one_stretch() -> None:
    night = CALENDARS["night"]
    monday_2200 = at(2025, 3, 3, 22)
    assert night.add_work(monday_2200, 480) == at(2025, 3, 4, 6)
    assert night.add_work(monday_2200, 120) == at(2025, 3, 4, 0)
    assert night.subtract_work(at(2025, 3, 4, 6), 480) == monday_2200
    assert night.next_working(at(2025, 3, 4, 0)) == at(2025, 3, 4, 0)
    assert night.previous_working_end(at(2025, 3, 4, 0)) == at(2025, 3, 4, 0)
    assert night.work_between(at(2025, 3, 3, 23), at(2025, 3, 4, 1)) == 120
    shift_end = night.position(at(2025, 3, 4, 6))
    assert night.finish_at(shift_end) == at(2025, 3, 4, 6)
    assert night.start_at(shift_end) == at(2025, 3, 4, 22)
    # Across the year boundary, where the index changes chunk.
    assert night.add_work(at(2025, 12, 31, 22), 240) == at(2026, 1, 1, 2)
    assert night.subtract_work(at(2026, 1, 1, 2), 240) == at(2025, 12, 31, 22)


def test_overlapping_hours_are_merged() -> None:
    calendar = WorkCalendar(
        CalendarSpec("Dubbel", week=((wt("08:00", "12:00"), wt("11:00", "13:00")),) * 7)
    )
    assert calendar.day_hours(date(2025, 3, 3)) == (wt("08:00", "13:00"),)
    assert calendar.work_between(at(2025, 3, 3), at(2025, 3, 4)) == 300


@pytest.mark.timeout(10)
def test_a_calendar_without_working_time_raises_at_once() -> None:
    never = WorkCalendar(CalendarSpec("Nooit", week=((),) * 7))
    monday = at(2025, 3, 3)
    calls: list[tuple[Callable[[int, int], int], int]] = [
        (never.add_work, 60),
        (never.add_work, 0),
        (never.subtract_work, 60),
        (never.subtract_work, 0),
        (lambda instant, _: never.next_working(instant), 0),
    ]
    for call, minutes in calls:
        with pytest.raises(ValueError, match=r"^calendar Nooit has no working time$"):
            call(monday, minutes)
    assert never.work_between(at(2025, 1, 1), at(2026, 1, 1)) == 0
    all_off = CalendarSpec(
        "Gesloten", exceptions=(CalendarException("Dicht", date(1984, 1, 1), date(2149, 12, 31)),)
    )
    with pytest.raises(ValueError, match="calendar Gesloten has no working time"):
        WorkCalendar(all_off).add_work(at(2025, 3, 3), 60)
    only_2025 = CalendarSpec(
        "Eenmalig",
        week=((),) * 7,
        exceptions=(CalendarException("Werk", date(2025, 3, 3), date(2025, 3, 3), DEFAULT_DAY),),
    )
    once = WorkCalendar(only_2025)
    assert once.add_work(at(2020, 1, 1), 480) == at(2025, 3, 3, 17)
    with pytest.raises(ValueError, match="calendar Eenmalig has no working time"):
        once.next_working(at(2025, 3, 4))


def test_invalid_specifications_are_refused() -> None:
    with pytest.raises(ValueError, match="within one day"):
        WorkingTime(600, 600)
    with pytest.raises(ValueError, match="within one day"):
        WorkingTime(0, 1441)
    with pytest.raises(ValueError, match="seven"):
        CalendarSpec("Kort", week=(DEFAULT_DAY,) * 5)
    with pytest.raises(ValueError, match="before it starts"):
        CalendarException("Achterstevoren", date(2025, 3, 3), date(2025, 3, 2))
    with pytest.raises(ValueError, match="interval"):
        Recurrence(RecurrenceKind.DAILY, interval=0)
    with pytest.raises(ValueError, match="nth weekday"):
        Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(6, 0))
    with pytest.raises(ValueError, match="weekdays"):
        Recurrence(RecurrenceKind.WEEKLY, weekdays=frozenset({7}))


# --- duration units ---------------------------------------------------------------------------


def test_duration_units() -> None:
    settings = UnitSettings()
    assert to_minutes(1, DurationUnit.MINUTE, settings) == 1
    assert to_minutes(1.5, DurationUnit.HOUR, settings) == 90
    assert to_minutes(Decimal("0.1"), DurationUnit.DAY, settings) == 48
    assert to_minutes(0.1, DurationUnit.DAY, settings) == 48
    assert to_minutes(1, DurationUnit.WEEK, settings) == 2400
    assert to_minutes(1, DurationUnit.MONTH, settings) == 9600
    assert to_minutes(1, DurationUnit.ELAPSED_HOUR, settings) == 60
    assert to_minutes(1, DurationUnit.ELAPSED_DAY, settings) == 1440
    assert to_minutes(1, DurationUnit.ELAPSED_WEEK, settings) == 10080
    assert to_minutes(1, DurationUnit.ELAPSED_MONTH, settings) == 43200
    assert to_minutes(Decimal("0.0125"), DurationUnit.HOUR, settings) == 1  # 0.75 rounds up
    assert from_minutes(90, DurationUnit.HOUR, settings) == Decimal("1.5")
    assert from_minutes(4320, DurationUnit.ELAPSED_DAY, settings) == 3
    assert is_elapsed(DurationUnit.ELAPSED_MONTH)
    assert not is_elapsed(DurationUnit.MONTH)
    assert DurationUnit("emo") is DurationUnit.ELAPSED_MONTH
    with pytest.raises(ValueError, match="positive"):
        UnitSettings(minutes_per_day=0)


@given(
    st.integers(min_value=-10_000, max_value=10_000),
    st.sampled_from(list(DurationUnit)),
    st.integers(min_value=60, max_value=1440),
)
def test_whole_amounts_round_trip(amount: int, unit: DurationUnit, per_day: int) -> None:
    settings = UnitSettings(minutes_per_day=per_day, minutes_per_week=5 * per_day)
    assert from_minutes(to_minutes(amount, unit, settings), unit, settings) == amount


# --- properties against the oracle ------------------------------------------------------------

calendars = st.sampled_from(sorted(CALENDARS))
instants = st.integers(min_value=at(2020, 1, 1), max_value=at(2030, 12, 31))
amounts = st.integers(min_value=0, max_value=20_000)


@given(calendars, instants, amounts)
def test_add_work_matches_the_day_by_day_oracle(name: str, start: int, minutes: int) -> None:
    calendar = CALENDARS[name]
    finish = calendar.add_work(start, minutes)
    if minutes > 0:
        assert finish == oracle_add(calendar, start, minutes)
    else:
        assert finish == calendar.next_working(start) >= start
    assert calendar.work_between(start, finish) == minutes
    assert calendar.subtract_work(finish, minutes) == (
        calendar.next_working(start) if minutes > 0 else calendar.previous_working_end(finish)
    )


@given(calendars, instants, instants, amounts, amounts)
def test_add_work_is_monotone(name: str, a: int, b: int, m: int, n: int) -> None:
    calendar = CALENDARS[name]
    a, b = min(a, b), max(a, b)
    m, n = min(m, n), max(m, n)
    assert calendar.add_work(a, m) <= calendar.add_work(b, m)
    assert calendar.add_work(a, m) <= calendar.add_work(a, n)
    assert calendar.subtract_work(a, m) <= calendar.subtract_work(b, m)
    assert calendar.subtract_work(a, n) <= calendar.subtract_work(a, m)


@given(calendars, instants, st.integers(min_value=0, max_value=60 * 1440))
def test_work_between_matches_the_oracle(name: str, start: int, span: int) -> None:
    calendar = CALENDARS[name]
    finish = start + span
    assert calendar.work_between(start, finish) == oracle_between(calendar, start, finish)
    assert calendar.work_between(finish, start) == -calendar.work_between(start, finish)


@given(calendars, instants)
def test_positions_round_trip(name: str, instant: int) -> None:
    calendar = CALENDARS[name]
    position = calendar.position(instant)
    start = calendar.start_at(position)
    finish = calendar.finish_at(position)
    assert calendar.position(start) == calendar.position(finish) == position
    assert finish <= start
    assert calendar.next_working(instant) == start >= instant
    assert calendar.previous_working_end(instant) <= instant
    assert calendar.work_between(calendar.previous_working_end(instant), instant) == 0
    assert calendar.add_work(start, 1) == start + 1  # a start is always a working minute
    if position > 0:
        assert calendar.subtract_work(finish, 1) == finish - 1  # and a finish ends one


def _hours(bounds: list[int]) -> tuple[WorkingTime, ...]:
    ordered = sorted(bounds)
    return tuple(WorkingTime(s, e) for s, e in zip(ordered[::2], ordered[1::2], strict=False))


day_hours = st.lists(st.integers(min_value=0, max_value=1440), max_size=6, unique=True).map(_hours)
exception_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))


@st.composite
def random_calendars(draw: st.DrawFn) -> WorkCalendar:
    week = tuple(draw(st.lists(day_hours, min_size=7, max_size=7)))
    exceptions = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        start = draw(exception_days)
        finish = start + timedelta(days=draw(st.integers(min_value=0, max_value=20)))
        exceptions.append(CalendarException("x", start, finish, draw(day_hours)))
    return WorkCalendar(CalendarSpec("Willekeurig", week=week, exceptions=tuple(exceptions)))


@given(
    random_calendars(),
    st.integers(min_value=at(2024, 1, 1), max_value=at(2026, 12, 31)),
    st.integers(min_value=1, max_value=5_000),
)
def test_random_calendars_agree_with_the_oracle(
    calendar: WorkCalendar, start: int, minutes: int
) -> None:
    if calendar.work_between(start, at(2027, 12, 31)) < minutes:
        return  # too little work left in the oracle's window
    finish = calendar.add_work(start, minutes)
    assert finish == oracle_add(calendar, start, minutes)
    assert (
        calendar.work_between(start, finish) == oracle_between(calendar, start, finish) == minutes
    )
    assert calendar.position(calendar.subtract_work(finish, minutes)) == calendar.position(start)
