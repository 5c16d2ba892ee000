"""Reading and editing the project charter (the Plan tab's form)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.charter import (
    CHARTER_FIELDS,
    DATE_FIELDS,
    SHORT_TEXT_FIELDS,
    Charter,
    check_charter_dates,
)
from app.domain.validation import (
    MAX_NAME_LENGTH,
    InvalidValue,
    check_currency,
    check_date,
    check_text,
)
from app.models.entities import Project
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

CharterValue = str | dt.date | None


def _project(session: Session) -> Project:
    project = session.scalars(select(Project).order_by(Project.id).limit(1)).first()
    if project is None:
        raise LookupError("the file holds no project row")
    return project


def _as_charter(project: Project) -> Charter:
    return Charter(**{name: getattr(project, name) for name in CHARTER_FIELDS})


def read_charter(session: Session) -> Charter:
    with unit_of_work(session):
        return _as_charter(_project(session))


def normalise_charter_value(field: str, value: Any) -> CharterValue:
    """Check a value for a charter field and return what will be stored."""
    if field not in CHARTER_FIELDS:
        raise InvalidValue(field, "unknown_field")
    if field in DATE_FIELDS:
        if value is not None and not isinstance(value, dt.date):
            raise InvalidValue(field, "not_a_date", repr(value))
        check_date(field, value, required=field == "start_date")
        return value
    if not isinstance(value, str):
        raise InvalidValue(field, "not_text", repr(value))
    if field == "currency":
        return check_currency(value)
    limit = MAX_NAME_LENGTH if field in SHORT_TEXT_FIELDS else None
    if limit is None:
        return check_text(field, value, required=field == "name")
    return check_text(field, value.strip(), required=field == "name", limit=limit)


def set_charter_field(session: Session, field: str, value: Any) -> ChangeSet:
    """Store one charter field; refuse values that break the charter's rules."""
    stored = normalise_charter_value(field, value)
    with unit_of_work(session):
        project = _project(session)
        values: dict[str, Any] = {field: stored}
        proposed = dataclasses.replace(_as_charter(project), **values)
        check_charter_dates(proposed.start_date, proposed.target_finish)
        setattr(project, field, stored)
    return ChangeSet(project_fields=frozenset({field}), schedule_dirty=field in DATE_FIELDS)


def new_project_row(name: str, start: dt.date, currency: str = "EUR") -> Project:
    """The project row of a new file."""
    check_text("name", name, required=True, limit=MAX_NAME_LENGTH)
    check_date("start_date", start, required=True)
    return Project(
        id=1,
        name=name.strip(),
        code="",
        sponsor="",
        manager="",
        start_date=start,
        target_finish=None,
        status_date=None,
        currency=check_currency(currency),
        goal="",
        scope_in="",
        scope_out="",
        assumptions="",
        constraints="",
    )
