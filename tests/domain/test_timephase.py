"""Costs spread over working days: prorated, at start, at end; to an instant; per week, month."""

from __future__ import annotations

from datetime import date, datetime
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import CalendarException, CalendarSpec, WorkCalendar, to_instant
from app.domain.cost import Accrual
from app.domain.public_holidays import dutch_standard_calendar
from app.domain.timephase import (
    CostSeries,
    Period,
    accrued_at,
    bucket,
    cumulative_at,
    day_date,
    day_number,
    end_of_day,
    running_total,
    spread,
    total_by_day,
)

DAY = 480
STANDARD = WorkCalendar(CalendarSpec("Standard"))
# Wednesday 7 January 2026 off: a holiday inside the ten-day task below.
HOLIDAY = WorkCalendar(
    CalendarSpec(
        "Holiday", exceptions=(CalendarException("Day off", date(2026, 1, 7), date(2026, 1, 7)),)
    )
)
DUTCH = WorkCalendar(dutch_standard_calendar())


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    return to_instant(datetime(year, month, day, hour, minute))


MONDAY = at(2026, 1, 5, 8)


@pytest.mark.parametrize("calendar", [STANDARD, HOLIDAY], ids=["plain", "holiday"])
def test_ten_days_of_ten_thousand_euro_have_half_after_the_fifth_day(
    calendar: WorkCalendar,
) -> None:
    finish = calendar.add_work(MONDAY, 10 * DAY)
    series = spread(1_000_000, MONDAY, finish, calendar)
    assert len(series) == 10
    assert [cents for _day, cents in series] == [100_000] * 10
    fifth = series[4][0]
    assert cumulative_at(series, fifth) == 500_000
    assert cumulative_at(series, at(fifth.year, fifth.month, fifth.day, 17)) == 500_000
    pv = accrued_at(1_000_000, MONDAY, finish, calendar, Accrual.PRORATED, end_of_day(fifth))
    assert pv == 500_000
    assert sum(cents for _day, cents in series) == 1_000_000


def test_the_holiday_and_the_weekend_get_nothing() -> None:
    finish = HOLIDAY.add_work(MONDAY, 10 * DAY)
    days = [day for day, _cents in spread(1_000_000, MONDAY, finish, HOLIDAY)]
    assert date(2026, 1, 7) not in days
    assert date(2026, 1, 10) not in days and date(2026, 1, 11) not in days
    assert days[4] == date(2026, 1, 12)  # the fifth working day is the next Monday
    assert days[-1] == date(2026, 1, 19)
    assert cumulative_at(spread(1_000_000, MONDAY, finish, HOLIDAY), date(2026, 1, 9)) == 400_000


def test_within_a_day_by_working_minutes() -> None:
    finish = STANDARD.add_work(MONDAY, 10 * DAY)
    series = spread(1_000_000, MONDAY, finish, STANDARD)
    assert cumulative_at(series, at(2026, 1, 5, 10)) == 25_000  # 2 of 80 hours
    assert cumulative_at(series, at(2026, 1, 5, 12, 30)) == 50_000  # lunch: still 4 hours
    assert cumulative_at(series, at(2026, 1, 5, 13)) == 50_000
    assert cumulative_at(series, at(2026, 1, 5, 7)) == 0
    assert cumulative_at(series, datetime(2026, 1, 5, 10)) == 25_000  # a datetime is a moment
    assert cumulative_at(series, date(2026, 1, 4)) == 0
    assert cumulative_at(series, date(2027, 1, 1)) == 1_000_000


def test_a_start_in_the_afternoon_gives_the_first_day_its_share() -> None:
    start = at(2026, 1, 5, 13)
    finish = STANDARD.add_work(start, 2 * DAY)  # Wednesday 12:00
    series = spread(1600, start, finish, STANDARD)
    assert series == [(date(2026, 1, 5), 400), (date(2026, 1, 6), 800), (date(2026, 1, 7), 400)]


def test_odd_cents_are_rounded_cumulatively() -> None:
    finish = STANDARD.add_work(MONDAY, 3 * DAY)
    series = spread(100, MONDAY, finish, STANDARD)
    # Running totals 33.33 -> 33, 66.67 -> 67, 100: the days are 33, 34, 33.
    assert [cents for _day, cents in series] == [33, 34, 33]
    assert [cumulative_at(series, day) for day, _cents in series] == [33, 67, 100]


def test_a_credit_is_spread_as_the_mirror_of_a_charge() -> None:
    finish = STANDARD.add_work(MONDAY, 3 * DAY)
    charge = spread(100, MONDAY, finish, STANDARD)
    credit = spread(-100, MONDAY, finish, STANDARD)
    assert credit.amounts == [-a for a in charge.amounts]
    assert cumulative_at(credit, date(2026, 1, 6)) == -67


def test_start_and_end_accrual_put_everything_on_one_day() -> None:
    start = at(2026, 1, 2, 17)  # Friday 17:00: the first working minute is Monday 08:00
    finish = STANDARD.add_work(start, 5 * DAY)  # Friday 9 January 17:00
    assert spread(700, start, finish, STANDARD, Accrual.START) == [(date(2026, 1, 5), 700)]
    assert spread(700, start, finish, STANDARD, Accrual.END) == [(date(2026, 1, 9), 700)]
    at_start = spread(700, start, finish, STANDARD, Accrual.START)
    assert cumulative_at(at_start, date(2026, 1, 4)) == 0
    assert cumulative_at(at_start, at(2026, 1, 5, 8)) == 700
    at_end = spread(700, start, finish, STANDARD, Accrual.END)
    assert cumulative_at(at_end, at(2026, 1, 9, 16, 59)) == 0
    assert cumulative_at(at_end, at(2026, 1, 9, 17)) == 700


def test_a_milestone_puts_everything_on_its_day() -> None:
    moment = at(2026, 1, 7, 17)
    for accrual in Accrual:
        series = spread(500, moment, moment, STANDARD, accrual)
        assert series == [(date(2026, 1, 7), 500)]
        assert cumulative_at(series, moment - 1) == 0
        assert cumulative_at(series, moment) == 500


def test_a_span_without_working_time_is_paid_at_its_start() -> None:
    saturday, sunday = at(2026, 1, 10, 9), at(2026, 1, 11, 9)
    assert spread(500, saturday, sunday, STANDARD) == [(date(2026, 1, 10), 500)]
    assert cumulative_at(spread(500, saturday, sunday, STANDARD), saturday + 60) == 500


def test_a_finish_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        spread(1, MONDAY, MONDAY - 1, STANDARD)


def test_series_reads_as_a_list_of_dates_and_cents() -> None:
    finish = STANDARD.add_work(MONDAY, 2 * DAY)
    series = spread(300, MONDAY, finish, STANDARD)
    assert isinstance(series, CostSeries)
    assert series[0] == (date(2026, 1, 5), 150)
    assert series[-1] == (date(2026, 1, 6), 150)
    assert series[:1] == [(date(2026, 1, 5), 150)]
    assert (date(2026, 1, 6), 150) in series
    assert series == spread(300, MONDAY, finish, STANDARD)
    assert series != spread(301, MONDAY, finish, STANDARD)
    assert "CostSeries([(datetime.date(2026, 1, 5), 150)" in repr(series)


def test_a_plain_series_counts_whole_days() -> None:
    plain = [(date(2026, 1, 5), 100), (date(2026, 1, 6), 200), (date(2026, 1, 8), 300)]
    assert cumulative_at(plain, date(2026, 1, 4)) == 0
    assert cumulative_at(plain, date(2026, 1, 6)) == 300
    assert cumulative_at(plain, at(2026, 1, 8, 9)) == 600  # the day the moment falls in
    assert cumulative_at(plain, at(2026, 1, 8)) == 300  # midnight ends the 7th


def test_days_far_apart_share_one_calendar_index() -> None:
    late = at(2140, 3, 3, 8)
    early = at(1990, 6, 4, 8)
    for start in (late, early, MONDAY):
        finish = DUTCH.add_work(start, 15 * DAY)
        series = spread(150_000, start, finish, DUTCH)
        assert len(series) == 15 and sum(series.amounts) == 150_000
        assert all(DUTCH.is_working_day(day) for day, _cents in series)


def test_the_last_covered_day() -> None:
    start = at(2149, 12, 29, 8)
    finish = STANDARD.add_work(start, 3 * DAY)
    assert [d for d, _c in spread(3, start, finish, STANDARD)][-1] == date(2149, 12, 31)


# --- buckets ---------------------------------------------------------------------------------


def test_buckets_per_day_week_and_month() -> None:
    start = at(2026, 1, 28, 8)  # Wednesday; 10 days run into February
    finish = STANDARD.add_work(start, 10 * DAY)
    series = spread(1000, start, finish, STANDARD)
    weeks = [(date(2026, 1, 26), 300), (date(2026, 2, 2), 500), (date(2026, 2, 9), 200)]
    assert bucket(series, "week") == weeks
    assert bucket(series, Period.MONTH) == [(date(2026, 1, 1), 300), (date(2026, 2, 1), 700)]
    assert bucket(series, "day") == list(series)
    assert bucket(list(series), "week") == bucket(series, "week")
    with pytest.raises(ValueError):
        bucket(series, "fortnight")


def test_iso_weeks_start_on_monday_across_the_year_end() -> None:
    plain = [(date(2025, 12, 31), 1), (date(2026, 1, 2), 2), (date(2026, 1, 5), 4)]
    assert bucket(plain, "week") == [(date(2025, 12, 29), 3), (date(2026, 1, 5), 4)]
    assert bucket(plain, "month") == [(date(2025, 12, 1), 1), (date(2026, 1, 1), 6)]


def test_curves_add_series_up_per_day() -> None:
    one = spread(300, MONDAY, STANDARD.add_work(MONDAY, 3 * DAY), STANDARD)
    two = [(date(2026, 1, 6), 5), (date(2026, 1, 2), 7)]
    total = total_by_day([one, two])
    assert total == [
        (date(2026, 1, 2), 7),
        (date(2026, 1, 5), 100),
        (date(2026, 1, 6), 105),
        (date(2026, 1, 7), 100),
    ]
    assert running_total(total)[-1] == (date(2026, 1, 7), 312)
    assert running_total([]) == []


def test_day_numbers_round_trip() -> None:
    assert day_date(day_number(date(2031, 7, 14))) == date(2031, 7, 14)


# --- properties ------------------------------------------------------------------------------


@given(
    cents=st.integers(-(10**11), 10**11),
    start=st.integers(at(2025, 1, 1), at(2028, 12, 31)),
    minutes=st.integers(0, 60 * DAY),
    accrual=st.sampled_from(list(Accrual)),
    calendar=st.sampled_from([STANDARD, HOLIDAY, DUTCH]),
)
def test_a_spread_adds_up_to_the_amount_and_agrees_with_its_running_total(
    cents: int, start: int, minutes: int, accrual: Accrual, calendar: WorkCalendar
) -> None:
    finish = calendar.add_work(start, minutes) if minutes else start
    series = spread(cents, start, finish, calendar, accrual)
    assert sum(series.amounts) == cents
    assert series.days == sorted(set(series.days))
    work = calendar.work_between(start, finish)
    paid = 0
    for day, amount in series:
        paid += amount
        assert cumulative_at(series, day) == paid
        if work and accrual is Accrual.PRORATED:
            # Each running total is the exact share rounded, so each day is within a cent.
            assert calendar.is_working_day(day)
            done = calendar.work_between(start, min(finish, end_of_day(day)))
            assert abs(paid - Fraction(cents * done, work)) <= Fraction(1, 2)
    assert cumulative_at(series, finish) == cents
    assert cumulative_at(series, start - 1) == 0
