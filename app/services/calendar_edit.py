"""Reading and replacing the project calendar as one editable whole (Project > Calendar)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import CalendarSpec, Recurrence, WorkingTime
from app.domain.public_holidays import (
    GOOD_FRIDAY_NL,
    public_holiday_exceptions,
    supported_countries,
)
from app.domain.validation import MAX_NAME_LENGTH, InvalidValue, check_date, check_text
from app.models.entities import Calendar, CalendarExceptionRow, Project
from app.services.calendars import (
    STANDARD_WEEK,
    Week,
    add_standard_calendar,
    load_calendar_specs,
    recurrence_from_json,
    recurrence_to_json,
    times_from_json,
    times_to_json,
    week_from_json,
    week_to_json,
)
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "calendar"
DAY_MINUTES = 1440
DEFAULT_COUNTRY = "NL"

Period = tuple[int, int]  # (start, end) in minutes from midnight; end 1440 is midnight
DayHours = tuple[Period, ...]  # empty: not a working day


@dataclass(frozen=True, slots=True)
class ExceptionSettings:
    """One of the user's own exceptions: no hours means days off."""

    name: str
    start: dt.date
    finish: dt.date
    working_times: DayHours = ()
    recurrence: Recurrence | None = None


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    """The project calendar as the calendar dialog edits it.

    ``calendar_id`` is None while the project still uses the built-in default calendar.
    ``week`` holds seven days, Monday first, each with its working periods.
    """

    calendar_id: int | None
    name: str
    week: tuple[DayHours, ...]
    holiday_country: str = ""
    holiday_subdivision: str = ""
    dropped_holidays: tuple[str, ...] = ()
    exceptions: tuple[ExceptionSettings, ...] = field(default=())


def default_settings() -> CalendarSettings:
    """What a project without a calendar row is scheduled with (the Dutch standard)."""
    return CalendarSettings(
        calendar_id=None,
        name="Standard",
        week=_pairs_week(STANDARD_WEEK),
        holiday_country=DEFAULT_COUNTRY,
        dropped_holidays=(GOOD_FRIDAY_NL,),
    )


def _pairs(times: Iterable[WorkingTime]) -> DayHours:
    return tuple((t.start, t.end) for t in times)


def _pairs_week(week: Week) -> tuple[DayHours, ...]:
    return tuple(_pairs(day or ()) for day in week)


def _effective_week(spec: CalendarSpec | None) -> tuple[DayHours, ...]:
    """The hours each weekday really has: own, else the base's, else the standard day."""
    if spec is None:
        return _pairs_week(STANDARD_WEEK)
    inherited = _effective_week(spec.base)
    return tuple(
        own if own is not None else fallback
        for own, fallback in zip(
            (None if day is None else _pairs(day) for day in spec.week), inherited, strict=True
        )
    )


def _project_calendar_id(connection: Connection) -> tuple[int, int | None]:
    row = connection.execute(
        select(Project.id, Project.calendar_id).order_by(Project.id).limit(1)
    ).first()
    if row is None:
        raise LookupError("the file holds no project row")
    calendar_id = row[1]
    if calendar_id is not None:
        exists = connection.execute(select(Calendar.id).where(Calendar.id == calendar_id)).first()
        if exists is None:
            calendar_id = None
    return row[0], calendar_id


def _read(connection: Connection, calendar_id: int | None) -> CalendarSettings:
    if calendar_id is None:
        return default_settings()
    row = connection.execute(select(Calendar.__table__).where(Calendar.id == calendar_id)).one()
    specs = load_calendar_specs(connection)
    base = specs.get(row.base_id) if row.base_id is not None else None
    own = week_from_json(row.week)
    inherited = _effective_week(base)
    week = tuple(
        inherited[day] if hours is None else _pairs(hours) for day, hours in enumerate(own)
    )
    exceptions = tuple(
        ExceptionSettings(
            name=e.name,
            start=e.start,
            finish=e.finish,
            working_times=_pairs(times_from_json(e.working_times)),
            recurrence=recurrence_from_json(e.recurrence),
        )
        for e in connection.execute(
            select(CalendarExceptionRow.__table__)
            .where(CalendarExceptionRow.calendar_id == calendar_id)
            .order_by(CalendarExceptionRow.position, CalendarExceptionRow.id)
        )
    )
    return CalendarSettings(
        calendar_id=calendar_id,
        name=row.name,
        week=week,
        holiday_country=row.holiday_country or "",
        holiday_subdivision=row.holiday_subdivision or "",
        dropped_holidays=tuple(json.loads(row.dropped_holidays or "[]")),
        exceptions=exceptions,
    )


def read_project_calendar(session: Session) -> CalendarSettings:
    """The project calendar's week, public holidays and own exceptions."""
    with unit_of_work(session):
        connection = session.connection()
        return _read(connection, _project_calendar_id(connection)[1])


def holiday_names(
    country: str, subdivision: str | None = None, years: range | None = None
) -> list[str]:
    """The names of a country's public holidays, in calendar order, for choosing which count.

    Looks at a few years around today, so holidays that do not come every year (the Dutch
    Bevrijdingsdag in lustrum years) are listed too.
    """
    _check_country(country, subdivision or "")
    if not country:
        return []
    if years is None:
        this_year = dt.date.today().year
        years = range(this_year - 1, this_year + 5)
    found: dict[str, tuple[int, int]] = {}
    for exception in public_holiday_exceptions(country, years=years, subdivision=subdivision):
        for name in exception.name.split("; "):
            day = (exception.start.month, exception.start.day)
            found[name] = min(found.get(name, day), day)
    return sorted(found, key=lambda name: (found[name], name.casefold()))


# -- checking ------------------------------------------------------------------------------
def _check_hours(field_name: str, hours: Sequence[Period]) -> DayHours:
    """Periods within one day, each ending after it starts, none overlapping; sorted."""
    periods: list[Period] = []
    for period in hours:
        start, end = (int(value) for value in period)
        if not (0 <= start <= DAY_MINUTES and 0 <= end <= DAY_MINUTES):
            raise InvalidValue(field_name, "not_within_day", f"{start}-{end}")
        if start >= end:
            raise InvalidValue(field_name, "end_before_start", f"{start}-{end}")
        periods.append((start, end))
    periods.sort()
    for before, after in itertools.pairwise(periods):
        if after[0] < before[1]:
            raise InvalidValue(field_name, "overlap", f"{before} {after}")
    return tuple(periods)


def _check_country(country: str, subdivision: str) -> None:
    if not country:
        if subdivision:
            raise InvalidValue("holiday_subdivision", "unknown_subdivision", subdivision)
        return
    known = supported_countries()
    if country not in known:
        raise InvalidValue("holiday_country", "unknown_country", country)
    if subdivision and subdivision not in known[country]:
        raise InvalidValue("holiday_subdivision", "unknown_subdivision", subdivision)


def check_settings(settings: CalendarSettings) -> CalendarSettings:
    """The settings as they will be stored, or InvalidValue naming the first problem.

    Fields name the place: ``week.0`` is Monday, ``exception.2`` the third exception.
    """
    name = check_text("calendar_name", settings.name.strip(), required=True, limit=MAX_NAME_LENGTH)
    if len(settings.week) != 7:
        raise InvalidValue("week", "seven_days", str(len(settings.week)))
    week = tuple(_check_hours(f"week.{day}", hours) for day, hours in enumerate(settings.week))
    if not any(week):
        raise InvalidValue("week", "no_working_time")
    country = settings.holiday_country.strip().upper()
    subdivision = settings.holiday_subdivision.strip()
    _check_country(country, subdivision)
    dropped = tuple(
        check_text("dropped_holidays", name, limit=MAX_NAME_LENGTH)
        for name in dict.fromkeys(n.strip() for n in settings.dropped_holidays)
        if name
    )
    exceptions = []
    for index, exception in enumerate(settings.exceptions):
        where = f"exception.{index}"
        check_date(where, exception.start, required=True)
        check_date(where, exception.finish, required=True)
        if exception.finish < exception.start:
            raise InvalidValue(where, "finish_before_start")
        exceptions.append(
            ExceptionSettings(
                name=check_text(where, exception.name.strip(), limit=MAX_NAME_LENGTH),
                start=exception.start,
                finish=exception.finish,
                working_times=_check_hours(where, exception.working_times),
                recurrence=exception.recurrence,
            )
        )
    return CalendarSettings(
        calendar_id=settings.calendar_id,
        name=name,
        week=week,
        holiday_country=country,
        holiday_subdivision=subdivision if country else "",
        dropped_holidays=dropped if country else (),
        exceptions=tuple(exceptions),
    )


# -- saving --------------------------------------------------------------------------------
def _times(hours: DayHours) -> tuple[WorkingTime, ...]:
    return tuple(WorkingTime(start, end) for start, end in hours)


def save_project_calendar(
    session: Session, settings: CalendarSettings
) -> tuple[ChangeSet, CalendarSettings]:
    """Replace the project calendar's week, holidays and exceptions; returns the old settings.

    A project without a calendar row gets one. Days that inherited their hours (null in the
    stored week) stay inherited while they keep the same hours, so saving the old settings
    back (undo) leaves the rows as they were.
    """
    clean = check_settings(settings)
    with unit_of_work(session):
        connection = session.connection()
        project_id, calendar_id = _project_calendar_id(connection)
        old = _read(connection, calendar_id)
        project_fields: frozenset[str] = frozenset()
        if calendar_id is None:
            calendar_id = add_standard_calendar(connection)
            connection.execute(
                update(Project).where(Project.id == project_id).values(calendar_id=calendar_id)
            )
            project_fields = frozenset({"calendar_id"})
        row = connection.execute(
            select(Calendar.base_id, Calendar.week).where(Calendar.id == calendar_id)
        ).one()
        stored = week_from_json(row.week)
        specs = load_calendar_specs(connection)
        inherited = _effective_week(specs.get(row.base_id) if row.base_id is not None else None)
        week: Week = tuple(
            None if stored[day] is None and hours == inherited[day] else _times(hours)
            for day, hours in enumerate(clean.week)
        )
        connection.execute(
            update(Calendar)
            .where(Calendar.id == calendar_id)
            .values(
                name=clean.name,
                week=week_to_json(week),
                holiday_country=clean.holiday_country,
                holiday_subdivision=clean.holiday_subdivision,
                dropped_holidays=json.dumps(list(clean.dropped_holidays), ensure_ascii=False),
            )
        )
        connection.execute(
            delete(CalendarExceptionRow).where(CalendarExceptionRow.calendar_id == calendar_id)
        )
        rows: list[dict[str, Any]] = [
            {
                "calendar_id": calendar_id,
                "position": position,
                "name": exception.name,
                "start": exception.start,
                "finish": exception.finish,
                "working_times": times_to_json(_times(exception.working_times)),
                "recurrence": recurrence_to_json(exception.recurrence),
            }
            for position, exception in enumerate(clean.exceptions)
        ]
        if rows:
            connection.execute(insert(CalendarExceptionRow), rows)
    change = ChangeSet(
        project_fields=project_fields,
        updated={TABLE: frozenset({calendar_id})},
        schedule_dirty=True,
    )
    return change, old
