"""The sheets of a Koers workbook that are not read back (calendars, resources, risk reviews,
the budget): an edit found in them is listed with the ignored edits, so nothing typed in
Excel is dropped without a word. Each sheet is compared with the same sheet built from the
project as it is now."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from app.io.sheet_reader import SheetTable
from app.io.tables import Table

PERCENT = re.compile(r"-?\d+(\.\d+)?%")
UNREAD_SHEETS = (
    "Calendar",
    "Resources",
    "Risk reviews",
    "Budget",
    "Budget lines",
    "Expenses",
    "Commitments",
    "Change requests",
)


def _number(value: Any) -> float | None:
    """A number, also one the sheet reader gives as a percentage's text ("50%" is 0.5)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        return float(value)
    if isinstance(value, str) and PERCENT.fullmatch(value.strip()):
        return float(value.strip()[:-1]) / 100
    return None


def _moment(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return None


def same_cell(exported: Any, found: Any) -> bool:
    """Whether a cell still holds what the export wrote (Excel may have changed its type:
    a Decimal comes back as a float, a date as a datetime)."""
    if exported in (None, "") and found in (None, ""):
        return True
    left, right = _number(exported), _number(found)
    if left is not None and right is not None:
        return abs(left - right) < 0.005
    moments = _moment(exported), _moment(found)
    if moments[0] is not None and moments[1] is not None:
        return moments[0] == moments[1]
    return bool(exported == found)


def _edited_rows(table: Table, rows: Sequence[Sequence[Any]]) -> list[int]:
    """Sheet row numbers (the header is row 1) whose cells differ from the table."""
    expected: list[list[Any]] = [list(table.headers), *(list(row) for row in table.rows)]
    edited = []
    for number in range(1, max(len(expected), len(rows)) + 1):
        want: list[Any] = expected[number - 1] if number <= len(expected) else []
        got: list[Any] = list(rows[number - 1]) if number <= len(rows) else []
        width = max(len(want), len(got))
        want = [*want, *([None] * (width - len(want)))]
        got = [*got, *([None] * (width - len(got)))]
        if not all(same_cell(a, b) for a, b in zip(want, got, strict=True)):
            edited.append(number)
    return edited


def _shown(numbers: list[int]) -> str:
    listed = ", ".join(str(n) for n in numbers[:8])
    return listed + (f" and {len(numbers) - 8} more" if len(numbers) > 8 else "")


def _table(session: Session, name: str, contacts: bool) -> Table:
    """The sheet ``name`` as an export of the project now would write it."""
    from app.services import budget_sheets
    from app.services import export_xlsx as export

    builders: dict[str, Callable[[], Table]] = {
        "Calendar": lambda: export.calendar_table(session, export.calendar_years(session))[0],
        "Resources": lambda: export.resources_table(session, include_contacts=contacts),
        "Risk reviews": lambda: export.risk_reviews_table(session),
        "Budget": lambda: budget_sheets.budget_table(session),
        "Budget lines": lambda: budget_sheets.budget_lines_table(session),
        "Expenses": lambda: budget_sheets.expenses_table(session),
        "Commitments": lambda: budget_sheets.commitments_table(session),
        "Change requests": lambda: budget_sheets.change_requests_table(session),
    }
    return builders[name]()


def unread_edits(session: Session, sheets: Mapping[str, SheetTable]) -> list[str]:
    """One line per sheet that is not read back but was edited, naming its rows; ``sheets``
    are those of ``UNREAD_SHEETS`` the workbook has."""
    lines: list[str] = []
    for name in UNREAD_SHEETS:
        if name not in sheets:
            continue
        found = sheets[name].rows
        contacts = "Email" in {str(value) for value in (found[0] if found else ())}
        edited = _edited_rows(_table(session, name, contacts), found)
        if edited:
            lines.append(
                f"{name}: {'rows' if len(edited) > 1 else 'row'} {_shown(edited)} "
                f"{'differ' if len(edited) > 1 else 'differs'} from the project; this sheet is "
                "not read back, so make those changes in Koers"
            )
    return lines
