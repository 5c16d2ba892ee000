"""Tables as the exporters write them: columns with a kind, rows of plain Python values.

The workbook writer (``xlsx_export``) and the CSV writer (``csv_io``) take the same tables,
so a register has the same columns in both files. Nothing here knows SQLAlchemy or openpyxl.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

CellValue = str | int | float | Decimal | bool | dt.date | dt.datetime | None


class Kind(StrEnum):
    """What a column holds; it decides the number format of the column's numbers.

    A cell's own Python type decides whether it is text, a number, a truth value or a
    date (a ``datetime`` carries a time, a ``date`` does not); the kind only says how a
    number is meant: PERCENT values are fractions (0.5 is 50 %), MONEY values are amounts
    in the project currency (``Decimal``, two places).
    """

    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"
    PERCENT = "percent"
    MONEY = "money"
    DATE = "date"
    DATETIME = "datetime"
    BOOLEAN = "boolean"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT
    width: float | None = None  # in characters; None: from the header and the contents


@dataclass(frozen=True, slots=True)
class Table:
    """A sheet of data: one header row, then ``rows`` (one value per column, None: empty).

    ``levels`` gives each row an outline level (1 = top) for row grouping, and ``indent``
    the index of the column whose text is indented by it (the task names). Without
    ``header`` the rows start at the first line (a key/value sheet for programs).
    """

    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Sequence[CellValue]]
    levels: Sequence[int] | None = None
    indent: int | None = None
    hidden: bool = False
    header: bool = True

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]
