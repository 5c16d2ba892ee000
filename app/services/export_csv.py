"""Exporting one register to a CSV file that Excel opens as it is, and reading CSV back.

The columns are those of the register's sheet in the workbook export (``export_xlsx``),
so a CSV and a workbook of the same project carry the same headers. The file is UTF-8
with a BOM, ``;`` between cells by default (Dutch Excel's list separator, with decimal
commas) or ``,`` (with decimal points). Text a spreadsheet would take for a formula gets
a leading ``'``, which ``read_csv_rows`` removes again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from app.domain.files import atomic_target
from app.domain.validation import InvalidValue
from app.io.csv_io import DELIMITERS, EXCEL_MAX_CELL_TEXT, EXCEL_MAX_ROWS, read_csv_rows, write_csv
from app.io.tables import Table
from app.services.export_xlsx import (
    ExportSummary,
    issues_table,
    project_revision,
    requirements_table,
    risks_table,
    stakeholders_table,
    tasks_table,
)
from app.services.progress import Meter, Progress

__all__ = ["REGISTERS", "export_csv", "read_csv_rows"]

_TABLES: dict[str, Callable[[Session, bool], Table]] = {
    "tasks": lambda session, _contacts: tasks_table(session),
    "requirements": lambda session, _contacts: requirements_table(session),
    "risks": lambda session, _contacts: risks_table(session),
    "issues": lambda session, _contacts: issues_table(session),
    "stakeholders": lambda session, contacts: stakeholders_table(
        session, include_contacts=contacts
    ),
}
REGISTERS = tuple(_TABLES)


def export_csv(
    session: Session,
    target: Path,
    register: str = "tasks",
    *,
    delimiter: str = ";",
    include_contacts: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write one register (tasks, requirements, risks, issues, stakeholders) to ``target``
    atomically. Warns when Excel would cut a cell (over 32,767 characters) or not show
    every row; refuses an unknown register or delimiter (InvalidValue). ``progress`` hears
    how far it is; a Cancelled it raises leaves no file (an existing target untouched)."""
    make = _TABLES.get(register)
    if make is None:
        raise InvalidValue("register", "unknown_register", register)
    if delimiter not in DELIMITERS:
        raise InvalidValue("delimiter", "unknown_delimiter", delimiter)
    target = Path(target)
    meter = Meter(progress)
    meter.start()
    table = make(session, include_contacts)
    meter.advance(0.3)
    revision = project_revision(session)
    meter.advance(0.05)
    if progress is not None:
        table = dataclasses.replace(table, rows=meter.rows(table.rows, 0.6))
    with atomic_target(target, overwrite=overwrite) as temp:
        report = write_csv(temp, table, delimiter=delimiter)
        meter.finish()  # the last chance to cancel: before the rename
    warnings = [
        f"line {line}, {header}: more than {EXCEL_MAX_CELL_TEXT:,} characters; "
        "Excel cuts such a cell when it opens the file (Koers reads it whole)"
        for line, header in report.too_long
    ]
    if report.rows + 1 > EXCEL_MAX_ROWS:
        warnings.append(f"{report.rows:,} rows: Excel shows only the first {EXCEL_MAX_ROWS:,}")
    return ExportSummary(target, {register: report.rows}, revision, tuple(warnings))
