"""A canonical dump of every table, to compare two states of a project exactly."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, inspect, text

Dump = dict[str, list[tuple[Any, ...]]]


def dump_tables(connection: Connection) -> Dump:
    """Every row of every table (ids included), rows sorted, tables by name."""
    result: Dump = {}
    for table in sorted(inspect(connection).get_table_names()):
        rows = connection.execute(text(f'SELECT * FROM "{table}"')).fetchall()
        result[table] = sorted((tuple(row) for row in rows), key=repr)
    return result
