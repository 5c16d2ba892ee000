"""Inserting many rows at once through the DB-API, for imports of large plans.

SQLAlchemy's executemany builds a parameter dict per row and runs each value through
its type processors; at 10,000 tasks that costs more than reading the file. Values are
converted here the way SQLAlchemy stores them in SQLite, so both read the rows alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Boolean, Connection, Date, DateTime, Table

from app.models.base import Base

Convert = Callable[[Any], Any]


def _datetime(value: Any) -> Any:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(value, dt.datetime) else value


def _date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _boolean(value: Any) -> Any:
    return None if value is None else int(bool(value))


def _converter(column_type: Any) -> Convert | None:
    if isinstance(column_type, DateTime):
        return _datetime
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Boolean):
        return _boolean
    return None


def insert_rows(
    connection: Connection, entity: type[Base], rows: Sequence[Mapping[str, Any]]
) -> None:
    """INSERT every row (all with the same keys) in one executemany on the raw cursor."""
    if not rows:
        return
    table = cast(Table, entity.__table__)
    names = list(rows[0])
    converters = [_converter(table.c[name].type) for name in names]
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join("?" for _ in names)
    statement = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({marks})'
    plain = all(convert is None for convert in converters)
    if plain:
        values = [tuple(row[name] for name in names) for row in rows]
    else:
        values = [
            tuple(
                row[name] if convert is None else convert(row[name])
                for name, convert in zip(names, converters, strict=True)
            )
            for row in rows
        ]
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(statement, values)
    finally:
        cursor.close()
