"""Editing the project calendar: the week, which public holidays count, own exceptions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from app.domain.calendar import Recurrence, RecurrenceKind, from_instant
from app.domain.validation import InvalidValue
from app.models.entities import Calendar, CalendarExceptionRow, Project
from app.services.calendar_edit import (
    CalendarSettings,
    ExceptionSettings,
    default_settings,
    holiday_names,
    read_project_calendar,
    save_project_calendar,
)
from app.services.demo import build_demo
from app.services.schedule import read_schedule
from tests.conftest import TODAY

DAY = ((480, 720), (780, 1020))
WEDNESDAY = 2
SATURDAY = 5
DAY_OUT = dt.date(2026, 11, 30)  # a Monday, in the demo's Sprint 2


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    store = build_demo(tmp_path / "demo.koers", TODAY)
    with store.new_session() as opened:
        yield opened
    store.close()


def project_finish(session: Session) -> dt.datetime:
    result = read_schedule(session).result
    assert result is not None
    return from_instant(max(dates.finish for dates in result.values()))


def all_dates(session: Session) -> dict[int, tuple[int, int]]:
    result = read_schedule(session).result
    assert result is not None
    return {key: (dates.start, dates.finish) for key, dates in result.items()}


def task_dates(session: Session, name: str) -> tuple[dt.datetime, dt.datetime]:
    schedule = read_schedule(session)
    assert schedule.result is not None
    row = next(row for row in schedule.rows if row.name == name)
    dates = schedule.result[row.id]
    return from_instant(dates.start), from_instant(dates.finish)


def is_working(session: Session, day: dt.date) -> bool:
    return read_schedule(session).project_calendar.is_working_day(day)


def stored_rows(session: Session) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Calendar and exception rows without ids of exceptions (those are renumbered)."""
    connection = session.connection()
    calendars = [dict(row) for row in connection.execute(select(Calendar.__table__)).mappings()]
    exceptions = [
        {key: value for key, value in row.items() if key != "id"}
        for row in connection.execute(
            select(CalendarExceptionRow.__table__).order_by(CalendarExceptionRow.position)
        ).mappings()
    ]
    session.commit()
    return calendars, exceptions


def with_day(settings: CalendarSettings, day: int, hours: tuple[tuple[int, int], ...]):
    week = list(settings.week)
    week[day] = hours
    return dataclasses.replace(settings, week=tuple(week))


# -- reading -------------------------------------------------------------------------------
def test_the_demo_calendar_reads_as_the_dutch_standard(session: Session) -> None:
    settings = read_project_calendar(session)
    assert settings.calendar_id is not None
    assert settings.name == "Standard"
    assert settings.week == (DAY,) * 5 + ((), ())
    assert settings.holiday_country == "NL"
    assert settings.holiday_subdivision == ""
    assert settings.dropped_holidays == ("Goede vrijdag",)
    assert settings.exceptions == ()


def test_dutch_holiday_names_in_calendar_order() -> None:
    names = holiday_names("NL", years=range(2025, 2031))
    assert names[0] == "Nieuwjaarsdag"
    assert names[-1] == "Tweede kerstdag"
    assert {"Goede vrijdag", "Koningsdag", "Bevrijdingsdag", "Hemelvaartsdag"} <= set(names)
    assert len(names) == len(set(names))  # "A; B" on one date is split, never listed twice
    assert holiday_names("") == []
    with pytest.raises(InvalidValue) as refused:
        holiday_names("XX")
    assert refused.value.code == "unknown_country"


# -- the week ----------------------------------------------------------------------------------
def test_wednesday_off_moves_the_finish_later_and_undo_restores_it(session: Session) -> None:
    before = all_dates(session)
    finish = project_finish(session)
    rows = stored_rows(session)
    settings = read_project_calendar(session)

    change, old = save_project_calendar(session, with_day(settings, WEDNESDAY, ()))
    assert change.schedule_dirty
    assert change.updated == {"calendar": frozenset({settings.calendar_id})}
    assert old == settings
    assert project_finish(session) > finish
    assert not is_working(session, dt.date(2026, 12, 2))  # a Wednesday
    assert read_project_calendar(session).week[WEDNESDAY] == ()

    save_project_calendar(session, old)
    assert all_dates(session) == before
    assert stored_rows(session) == rows


def test_a_short_friday_and_a_working_saturday(session: Session) -> None:
    settings = read_project_calendar(session)
    settings = with_day(settings, 4, ((480, 720),))
    settings = with_day(settings, SATURDAY, ((540, 780),))
    save_project_calendar(session, settings)
    calendar = read_schedule(session).project_calendar
    assert [(t.start, t.end) for t in calendar.day_hours(dt.date(2026, 12, 4))] == [(480, 720)]
    assert [(t.start, t.end) for t in calendar.day_hours(dt.date(2026, 12, 5))] == [(540, 780)]
    assert read_project_calendar(session).week[SATURDAY] == ((540, 780),)


# -- public holidays -----------------------------------------------------------------------
def test_dropping_tweede_kerstdag_makes_26_december_a_working_day(session: Session) -> None:
    settings = read_project_calendar(session)
    # 26 December 2026 is a Saturday, so make Saturday a working day to see the holiday.
    saturdays = with_day(settings, SATURDAY, DAY)
    save_project_calendar(session, saturdays)
    assert not is_working(session, dt.date(2026, 12, 26))
    assert is_working(session, dt.date(2026, 12, 19))  # an ordinary Saturday

    dropped = dataclasses.replace(
        saturdays, dropped_holidays=(*settings.dropped_holidays, "Tweede kerstdag")
    )
    save_project_calendar(session, dropped)
    assert is_working(session, dt.date(2026, 12, 26))
    assert is_working(session, dt.date(2028, 12, 26))  # a Tuesday
    assert not is_working(session, dt.date(2026, 12, 25))  # Eerste kerstdag still counts
    assert read_project_calendar(session).dropped_holidays == ("Goede vrijdag", "Tweede kerstdag")


def test_taking_good_friday_back_and_eerste_kerstdag_out(session: Session) -> None:
    assert is_working(session, dt.date(2027, 3, 26))  # Goede vrijdag, worked by default
    assert task_dates(session, "Sprint 4: dashboards and reports")[0] == dt.datetime(
        2026, 12, 28, 8
    )
    settings = read_project_calendar(session)
    save_project_calendar(
        session, dataclasses.replace(settings, dropped_holidays=("Eerste kerstdag",))
    )
    assert not is_working(session, dt.date(2027, 3, 26))
    assert task_dates(session, "Sprint 4: dashboards and reports")[0] == dt.datetime(
        2026, 12, 25, 8
    )


def test_no_country_means_no_public_holidays(session: Session) -> None:
    settings = read_project_calendar(session)
    save_project_calendar(
        session,
        dataclasses.replace(settings, holiday_country="", dropped_holidays=("Goede vrijdag",)),
    )
    assert is_working(session, dt.date(2026, 12, 25))
    stored = read_project_calendar(session)
    assert stored.holiday_country == "" and stored.dropped_holidays == ()


def test_another_country_with_a_subdivision(session: Session) -> None:
    settings = read_project_calendar(session)
    save_project_calendar(
        session,
        dataclasses.replace(
            settings, holiday_country="de", holiday_subdivision="BY", dropped_holidays=()
        ),
    )
    stored = read_project_calendar(session)
    assert (stored.holiday_country, stored.holiday_subdivision) == ("DE", "BY")
    assert not is_working(session, dt.date(2027, 1, 6))  # Heilige Drei Könige in Bavaria
    assert is_working(session, dt.date(2027, 4, 27))  # no Koningsdag in Germany


# -- own exceptions ------------------------------------------------------------------------
def test_a_company_day_out_on_a_monday(session: Session) -> None:
    start, finish = task_dates(session, "Sprint 2: opportunities and quotes")
    settings = read_project_calendar(session)
    day_out = ExceptionSettings("Company day out", DAY_OUT, DAY_OUT)
    save_project_calendar(session, dataclasses.replace(settings, exceptions=(day_out,)))
    assert not is_working(session, DAY_OUT)
    assert task_dates(session, "Sprint 2: opportunities and quotes") == (
        start,
        finish + dt.timedelta(days=1),
    )
    assert read_project_calendar(session).exceptions == (day_out,)


def test_exceptions_with_hours_and_recurrence_round_trip(session: Session) -> None:
    settings = read_project_calendar(session)
    half_day = ExceptionSettings(
        "Half day", dt.date(2026, 12, 24), dt.date(2026, 12, 24), ((480, 720),)
    )
    monthly = ExceptionSettings(
        "Release weekend",
        dt.date(2027, 1, 2),
        dt.date(2027, 12, 31),
        ((540, 1020),),
        Recurrence(RecurrenceKind.MONTHLY, nth_weekday=(1, 5)),
    )
    save_project_calendar(session, dataclasses.replace(settings, exceptions=(half_day, monthly)))
    assert read_project_calendar(session).exceptions == (half_day, monthly)
    calendar = read_schedule(session).project_calendar
    assert [(t.start, t.end) for t in calendar.day_hours(dt.date(2026, 12, 24))] == [(480, 720)]
    assert calendar.is_working_day(dt.date(2027, 2, 6))  # the first Saturday of February
    assert not calendar.is_working_day(dt.date(2027, 2, 13))


def test_an_own_exception_wins_over_a_holiday(session: Session) -> None:
    settings = read_project_calendar(session)
    christmas = dt.date(2026, 12, 25)
    worked = ExceptionSettings("Go-live support", christmas, christmas, DAY)
    save_project_calendar(session, dataclasses.replace(settings, exceptions=(worked,)))
    assert is_working(session, christmas)


# -- refusals ------------------------------------------------------------------------------
REFUSALS = [
    ("week.0", "overlap", lambda s: with_day(s, 0, ((480, 780), (720, 1020)))),
    ("week.1", "end_before_start", lambda s: with_day(s, 1, ((720, 480),))),
    ("week.1", "end_before_start", lambda s: with_day(s, 1, ((480, 480),))),
    ("week.2", "not_within_day", lambda s: with_day(s, 2, ((480, 1500),))),
    ("week.3", "not_within_day", lambda s: with_day(s, 3, ((-60, 480),))),
    ("week", "no_working_time", lambda s: dataclasses.replace(s, week=((),) * 7)),
    ("week", "seven_days", lambda s: dataclasses.replace(s, week=(DAY,) * 5)),
    ("calendar_name", "required", lambda s: dataclasses.replace(s, name="  ")),
    ("holiday_country", "unknown_country", lambda s: dataclasses.replace(s, holiday_country="XX")),
    (
        "holiday_subdivision",
        "unknown_subdivision",
        lambda s: dataclasses.replace(s, holiday_subdivision="Atlantis"),
    ),
    (
        "exception.0",
        "finish_before_start",
        lambda s: dataclasses.replace(
            s, exceptions=(ExceptionSettings("Back to front", DAY_OUT, dt.date(2026, 11, 29)),)
        ),
    ),
    (
        "exception.1",
        "date_out_of_range",
        lambda s: dataclasses.replace(
            s,
            exceptions=(
                ExceptionSettings("Fine", DAY_OUT, DAY_OUT),
                ExceptionSettings("Far", DAY_OUT, dt.date(2150, 1, 1)),
            ),
        ),
    ),
    (
        "exception.0",
        "date_out_of_range",
        lambda s: dataclasses.replace(
            s, exceptions=(ExceptionSettings("Early", dt.date(1983, 12, 31), DAY_OUT),)
        ),
    ),
    (
        "exception.0",
        "overlap",
        lambda s: dataclasses.replace(
            s, exceptions=(ExceptionSettings("Odd", DAY_OUT, DAY_OUT, ((480, 720), (600, 900))),)
        ),
    ),
]


@pytest.mark.parametrize(("field", "code", "change"), REFUSALS)
def test_refused_settings_change_nothing(session: Session, field: str, code: str, change) -> None:
    rows = stored_rows(session)
    with pytest.raises(InvalidValue) as error:
        save_project_calendar(session, change(read_project_calendar(session)))
    assert (error.value.field, error.value.code) == (field, code)
    assert stored_rows(session) == rows


def test_a_period_may_run_to_midnight(session: Session) -> None:
    settings = with_day(read_project_calendar(session), SATURDAY, ((1200, 1440),))
    save_project_calendar(session, settings)
    assert read_project_calendar(session).week[SATURDAY] == ((1200, 1440),)


# -- projects without a calendar, inherited days ---------------------------------------------
def test_a_project_without_a_calendar_gets_one(session: Session) -> None:
    session.execute(update(Project).values(calendar_id=None))
    session.commit()
    before = all_dates(session)
    assert read_project_calendar(session) == default_settings()

    settings = with_day(default_settings(), WEDNESDAY, ())
    change, old = save_project_calendar(session, settings)
    assert old == default_settings()
    assert change.project_fields == frozenset({"calendar_id"})
    calendar_id = session.execute(select(Project.calendar_id)).scalar_one()
    session.commit()
    assert calendar_id is not None and change.updated == {"calendar": frozenset({calendar_id})}
    assert read_project_calendar(session).week[WEDNESDAY] == ()

    save_project_calendar(session, old)
    assert all_dates(session) == before


def test_inherited_days_stay_inherited(session: Session) -> None:
    """A day stored as null (inherit) keeps null while its hours do not change."""
    connection = session.connection()
    week = [None, [[480, 720], [780, 1020]]] + [[[480, 720], [780, 1020]]] * 3 + [[], []]
    connection.execute(update(Calendar).values(week=json.dumps(week)))
    session.commit()
    settings = read_project_calendar(session)
    assert settings.week[0] == DAY  # the standard day, since there is no base

    save_project_calendar(session, with_day(settings, WEDNESDAY, ()))
    stored = json.loads(session.execute(text("SELECT week FROM calendar")).scalar_one())
    session.commit()
    assert stored[0] is None and stored[WEDNESDAY] == []

    save_project_calendar(session, with_day(settings, 0, ((480, 720),)))
    stored = json.loads(session.execute(text("SELECT week FROM calendar")).scalar_one())
    session.commit()
    assert stored[0] == [[480, 720]]
