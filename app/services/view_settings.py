"""Settings of views and printouts that travel with the project file, as JSON text by key."""

from __future__ import annotations

from sqlalchemy import Integer, delete, insert, literal_column, select, update
from sqlalchemy.orm import Session

from app.domain.page_setup import PageSetup
from app.domain.validation import InvalidValue
from app.models.entities import ViewSetting
from app.services.changes import ChangeSet
from app.services.transaction import unit_of_work

TABLE = "view_setting"
MAX_KEY_LENGTH = 64
# The Gantt chart's page setup (PageSetup.to_json).
page_setup_key = "print.gantt"


def check_key(key: str) -> str:
    """A key is a non-empty text of at most 64 characters."""
    if not isinstance(key, str) or not key.strip():
        raise InvalidValue("key", "required")
    if len(key) > MAX_KEY_LENGTH:
        raise InvalidValue("key", "too_long", str(MAX_KEY_LENGTH))
    return key


def read_view_setting(session: Session, key: str) -> str | None:
    """The stored text of ``key``, or None when the project has none."""
    check_key(key)
    with unit_of_work(session):
        return session.connection().scalar(select(ViewSetting.value).where(ViewSetting.key == key))


def write_view_setting(
    session: Session, key: str, value: str | None
) -> tuple[ChangeSet, str | None]:
    """Store ``value`` under ``key`` (None deletes it); returns the change and the old value.

    Writing the value already stored changes nothing and returns an empty ChangeSet.
    The change names the table "view_setting"; its ids are SQLite rowids (the key is
    text), so a view re-reads the settings it shows when ``change.touches(TABLE)``.
    """
    check_key(key)
    if value is not None and not isinstance(value, str):
        raise InvalidValue("value", "wrong_type", type(value).__name__)
    with unit_of_work(session):
        connection = session.connection()
        found = connection.execute(
            select(literal_column("rowid", Integer), ViewSetting.value).where(
                ViewSetting.key == key
            )
        ).first()
        rowid, old = (None, None) if found is None else (found[0], found[1])
        if old == value:
            return ChangeSet(), old
        if rowid is None:
            result = connection.execute(insert(ViewSetting).values(key=key, value=value))
            change = ChangeSet(inserted={TABLE: frozenset({result.lastrowid})})
        elif value is None:
            connection.execute(delete(ViewSetting).where(ViewSetting.key == key))
            change = ChangeSet(deleted={TABLE: frozenset({rowid})})
        else:
            connection.execute(
                update(ViewSetting).where(ViewSetting.key == key).values(value=value)
            )
            change = ChangeSet(updated={TABLE: frozenset({rowid})})
    return change, old


def read_page_setup(session: Session) -> PageSetup:
    """The project's page setup for the Gantt chart; defaults when none is stored.

    A stored value that cannot be read (damaged, or written by a newer Koers) also
    gives the defaults: a broken setting must never stop a file opening or printing.
    """
    text = read_view_setting(session, page_setup_key)
    if text is None:
        return PageSetup()
    try:
        return PageSetup.from_json(text)
    except InvalidValue:
        return PageSetup()
