"""Calendars as stored (JSON week, exception rows, holiday country) and as the domain uses them."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, select

from app.domain.calendar import (
    DEFAULT_DAY,
    CalendarException,
    CalendarSpec,
    Recurrence,
    RecurrenceKind,
    WorkingTime,
)
from app.domain.public_holidays import GOOD_FRIDAY_NL, public_holiday_exceptions
from app.models.entities import Calendar, CalendarExceptionRow

Week = tuple[tuple[WorkingTime, ...] | None, ...]
STANDARD_WEEK: Week = (DEFAULT_DAY,) * 5 + ((), ())


def week_to_json(week: Week) -> str:
    return json.dumps([None if day is None else [[t.start, t.end] for t in day] for day in week])


def week_from_json(text: str) -> Week:
    days = json.loads(text)
    if not isinstance(days, list) or len(days) != 7:
        raise ValueError("a calendar week needs seven days")
    return tuple(
        None if day is None else tuple(WorkingTime(int(a), int(b)) for a, b in day) for day in days
    )


def times_to_json(times: tuple[WorkingTime, ...]) -> str:
    return json.dumps([[t.start, t.end] for t in times])


def times_from_json(text: str) -> tuple[WorkingTime, ...]:
    return tuple(WorkingTime(int(a), int(b)) for a, b in json.loads(text or "[]"))


def recurrence_to_json(recurrence: Recurrence | None) -> str | None:
    if recurrence is None:
        return None
    data: dict[str, Any] = {"kind": recurrence.kind.value, "interval": recurrence.interval}
    if recurrence.weekdays:
        data["weekdays"] = sorted(recurrence.weekdays)
    if recurrence.day_of_month is not None:
        data["day_of_month"] = recurrence.day_of_month
    if recurrence.month is not None:
        data["month"] = recurrence.month
    if recurrence.nth_weekday is not None:
        data["nth_weekday"] = list(recurrence.nth_weekday)
    if recurrence.occurrences is not None:
        data["occurrences"] = recurrence.occurrences
    return json.dumps(data, sort_keys=True)


def recurrence_from_json(text: str | None) -> Recurrence | None:
    if not text:
        return None
    data = json.loads(text)
    nth = data.get("nth_weekday")
    return Recurrence(
        kind=RecurrenceKind(data["kind"]),
        interval=int(data.get("interval", 1)),
        weekdays=frozenset(int(d) for d in data.get("weekdays", ())),
        day_of_month=data.get("day_of_month"),
        month=data.get("month"),
        nth_weekday=None if nth is None else (int(nth[0]), int(nth[1])),
        occurrences=data.get("occurrences"),
    )


def standard_calendar_values(name: str = "Standard") -> dict[str, Any]:
    """The row of a new project's calendar: Dutch public holidays, Good Friday worked."""
    return {
        "name": name,
        "base_id": None,
        "week": week_to_json(STANDARD_WEEK),
        "holiday_country": "NL",
        "holiday_subdivision": "",
        "dropped_holidays": json.dumps([GOOD_FRIDAY_NL]),
        "external_uid": None,
    }


def add_standard_calendar(connection: Connection) -> int:
    """Insert the default calendar and return its id."""
    result = connection.execute(insert(Calendar).values(**standard_calendar_values()))
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


def load_calendar_specs(connection: Connection) -> dict[int, CalendarSpec]:
    """Every calendar of the project as a CalendarSpec, bases linked, holidays expanded."""
    rows = connection.execute(select(Calendar.__table__)).mappings().all()
    exceptions: dict[int, list[CalendarException]] = {}
    query = select(CalendarExceptionRow.__table__).order_by(
        CalendarExceptionRow.calendar_id, CalendarExceptionRow.position, CalendarExceptionRow.id
    )
    for row in connection.execute(query).mappings():
        exceptions.setdefault(row["calendar_id"], []).append(
            CalendarException(
                name=row["name"],
                start=row["start"],
                finish=row["finish"],
                working_times=times_from_json(row["working_times"]),
                recurrence=recurrence_from_json(row["recurrence"]),
            )
        )
    by_id = {row["id"]: row for row in rows}
    specs: dict[int, CalendarSpec] = {}

    def build(key: int, seen: frozenset[int]) -> CalendarSpec:
        if key in specs:
            return specs[key]
        row = by_id[key]
        base_id = row["base_id"]
        base = build(base_id, seen | {key}) if base_id in by_id and base_id not in seen else None
        own: list[CalendarException] = []
        if row["holiday_country"]:
            dropped = frozenset(json.loads(row["dropped_holidays"] or "[]"))
            own += public_holiday_exceptions(
                row["holiday_country"],
                subdivision=row["holiday_subdivision"] or None,
                dropped=dropped,
            )
        own += exceptions.get(key, [])  # the user's own exceptions win over holidays
        spec = CalendarSpec(
            name=row["name"], week=week_from_json(row["week"]), exceptions=tuple(own), base=base
        )
        specs[key] = spec
        return spec

    for key in by_id:
        build(key, frozenset())
    return specs
