"""Importing a sheet of a foreign workbook (or a CSV file) into a new project.

``preview_sheet`` reads the sheet and says what an import would write: the mapping of
columns to fields (suggested from the headers unless given), the first records as they
will be imported and the validation report. ``import_sheet`` writes them into a new
project file, in bulk, only when the report holds no error: tasks with their hierarchy,
links, resources and assignments, or the risks, requirements or stakeholders of a register
sheet. A refusal is an InputRefused with one line saying why; nothing is written then.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from app.domain.errors import InputRefused
from app.domain.risks import REFERENCE_PREFIX as RISK_PREFIX
from app.domain.scheduler import Constraint
from app.domain.stakeholders import normalise_stakeholder_value
from app.domain.validation import InvalidValue
from app.io.sheet_mapping import (
    REQUIREMENTS,
    RISKS,
    STAKEHOLDERS,
    TASKS,
    Mapping,
    Options,
    RegisterRecord,
    SheetAnalysis,
    TaskRecord,
    analyse,
    column_title,
    data_start,
    find_header_row,
    header_texts,
    override_mapping,
    suggest_mapping,
)
from app.io.sheet_reader import SheetTable, read_sheet
from app.models.bulk import insert_rows
from app.models.entities import (
    Requirement,
    Resource,
    Risk,
    Stakeholder,
    ViewSetting,
)
from app.models.store import ProjectStore
from app.services.progress import Meter, Progress
from app.services.project_file import create_project
from app.services.requirements import normalise_requirement_value
from app.services.risks import COUNTER_KEY as RISK_COUNTER_KEY
from app.services.risks import normalise_risk_value

PREVIEW_ROWS = 20
FIXED_DURATION = 1


class SheetRefused(InputRefused):
    """The sheet cannot be imported as it is; ``analysis`` holds the whole report."""

    def __init__(self, message: str, analysis: SheetAnalysis | None = None) -> None:
        super().__init__(message)
        self.analysis = analysis


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import wrote, where from, and the warnings it passed over."""

    source: Path
    dest: Path
    sheet: str
    register: str
    header_row: int
    mapping: dict[str, str]  # field -> the column it was read from, as "D (Duration)"
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        counted = ", ".join(f"{count} {name}" for name, count in self.counts.items())
        return (
            f"{self.dest.name}: {counted} from {self.source.name}, sheet {self.sheet!r} "
            f"({len(self.warnings)} warnings)"
        )


def load_table(source: Path, sheet: str | None = None) -> SheetTable:
    """The cells of one sheet (the first visible one when None) of an .xlsx or .csv file."""
    return read_sheet(Path(source), sheet)


def preview_table(
    table: SheetTable,
    *,
    mapping: Mapping | dict[str, str] | None = None,
    header_row: int | None = None,
    duration_unit: str = "d",
    day_first: bool = True,
    register: str | None = None,
) -> SheetAnalysis:
    """What importing ``table`` would write, with the validation report (nothing written).

    ``mapping`` is a whole Mapping (the dialog's), or FIELD -> COLUMN choices laid over the
    suggestion (the command line's ``--map``), or None for the suggestion.
    """
    if duration_unit not in ("m", "h", "d", "w", "mo"):
        raise InputRefused(f"unknown duration unit {duration_unit!r} (use m, h, d, w or mo)")
    header = header_row if header_row is not None else find_header_row(table)
    if header < 1 or header > max(len(table.rows), 1):
        raise InputRefused(
            f"{table.source}, sheet {table.sheet!r}: there is no row {header} to take the "
            f"headers from (the sheet has {len(table.rows)} rows)"
        )
    options = Options(duration_unit, day_first)
    chosen: Mapping | None
    if isinstance(mapping, Mapping):
        chosen = mapping
    else:
        headers = header_texts(table, header)
        rows = table.rows[data_start(table, header) - 1 :]
        chosen = suggest_mapping(headers, rows, register)
        if mapping:
            chosen = override_mapping(chosen, dict(mapping), headers, rows, register)
    return analyse(table, chosen, header, options)


def preview_sheet(
    source: Path,
    *,
    sheet: str | None = None,
    mapping: Mapping | dict[str, str] | None = None,
    header_row: int | None = None,
    duration_unit: str = "d",
    day_first: bool = True,
    register: str | None = None,
) -> SheetAnalysis:
    """Read ``sheet`` of ``source`` and analyse it as ``preview_table`` does."""
    table = load_table(source, sheet)
    return preview_table(
        table,
        mapping=mapping,
        header_row=header_row,
        duration_unit=duration_unit,
        day_first=day_first,
        register=register,
    )


def import_sheet(
    source: Path,
    dest: Path,
    *,
    sheet: str | None = None,
    mapping: Mapping | dict[str, str] | None = None,
    header_row: int | None = None,
    duration_unit: str = "d",
    day_first: bool = True,
    overwrite: bool = False,
    register: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """A new project at ``dest`` holding what the sheet holds; refused when the validation
    report has an error (the message names the first one). ``progress``: as in
    ``import_analysis``."""
    analysis = preview_sheet(
        source,
        sheet=sheet,
        mapping=mapping,
        header_row=header_row,
        duration_unit=duration_unit,
        day_first=day_first,
        register=register,
    )
    report = import_analysis(analysis, Path(dest), overwrite=overwrite, progress=progress)
    return report


def refusal(analysis: SheetAnalysis) -> SheetRefused | None:
    """Why the analysed sheet cannot be imported, or None when it can."""
    where = f"{analysis.table.source}, sheet {analysis.table.sheet!r}"
    errors = analysis.errors
    if errors:
        first = errors[0].text(analysis.headers)
        more = analysis.issue_count - len(analysis.warnings) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more > 0 else ""
        return SheetRefused(f"{where}: {first}{tail}", analysis)
    if not analysis.records:
        return SheetRefused(f"{where}: no data rows", analysis)
    return None


def import_analysis(
    analysis: SheetAnalysis,
    dest: Path,
    *,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Write what ``analysis`` read into a new project at ``dest`` (refused on any error).

    ``progress`` hears the stages; a Cancelled it raises leaves no new file (an existing
    ``dest`` stays as it was).
    """
    refused = refusal(analysis)
    if refused is not None:
        raise refused
    meter = Meter(progress)
    meter.start()
    table = analysis.table
    source = Path(table.source)
    counts: dict[str, int] = {}
    name = (Path(table.source).stem or "Imported plan")[:255]
    start = _project_start(analysis)

    def fill(session: Session) -> None:
        meter.advance(0.1)
        counts.update(_fill(session.connection(), analysis, start))
        meter.finish()  # the last chance to cancel: before the new file is renamed into place

    store: ProjectStore = create_project(Path(dest), name, start, overwrite=overwrite, fill=fill)
    store.close()
    return ImportReport(
        source=source,
        dest=Path(dest),
        sheet=table.sheet,
        register=analysis.register,
        header_row=analysis.header_row,
        mapping={
            key: column_title(analysis.headers, column)
            for key, column in sorted(analysis.mapping.columns.items(), key=lambda kv: kv[1])
        },
        counts=counts,
        warnings=[issue.text(analysis.headers) for issue in analysis.warnings],
    )


def _project_start(analysis: SheetAnalysis) -> dt.date:
    if analysis.register == TASKS:
        starts: list[dt.date] = [
            record.start.date()
            for record in analysis.records
            if record.start is not None and not record.summary
        ]
        if starts:
            return min(starts)
    return dt.date.today()


def _fill(connection: Connection, analysis: SheetAnalysis, start: dt.date) -> dict[str, int]:
    register = analysis.register
    if register == TASKS:
        return _fill_tasks(connection, analysis.records, start)
    if register == RISKS:
        return _fill_risks(connection, analysis.records)
    if register == REQUIREMENTS:
        return _fill_requirements(connection, analysis.records)
    if register == STAKEHOLDERS:
        return _fill_stakeholders(connection, analysis.records)
    raise InputRefused(f"unknown register {register!r}")  # pragma: no cover


_TASK_COLUMNS = (
    "id",
    "position",
    "outline_level",
    "name",
    "duration_minutes",
    "duration_unit",
    "estimated",
    "milestone",
    "manual",
    "constraint",
    "constraint_date",
    "deadline",
    "percent_complete",
    "actual_start",
    "actual_finish",
    "task_type",
    "effort_driven",
    "active",
    "fixed_cost_cents",
    "notes",
)
_LINK_COLUMNS = ("predecessor_id", "successor_id", "type", "lag_minutes", "lag_unit", "lag_percent")
_ASSIGNMENT_COLUMNS = (
    "task_id",
    "resource_id",
    "units",
    "work_minutes",
    "actual_work_minutes",
    "cost_cents",
)
_ASAP, _SNET = Constraint.ASAP.value, Constraint.SNET.value


def _insert(
    connection: Connection, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """One executemany through the DB-API: the rows hold values as SQLite stores them
    (datetimes as text, flags as 0 and 1); columns left out are NULL."""
    if not rows:
        return
    quoted = ", ".join(f'"{column}"' for column in columns)
    marks = ", ".join("?" for _ in columns)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)
    finally:
        cursor.close()


def _stamp(moment: dt.datetime | None) -> str | None:
    """A datetime as SQLAlchemy stores it in SQLite (the rows go in through the DB-API)."""
    return None if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _fill_tasks(
    connection: Connection, records: list[TaskRecord], start: dt.date
) -> dict[str, int]:
    resource_ids: dict[str, int] = {}
    resource_rows: list[dict[str, Any]] = []
    assignment_rows: list[tuple[Any, ...]] = []
    task_rows: list[tuple[Any, ...]] = []
    link_rows: list[tuple[Any, ...]] = []
    first = dt.datetime.combine(start, dt.time(8))
    for index, record in enumerate(records):
        task_id = index + 1
        summary = record.summary
        minutes = 0 if summary else record.duration_minutes or 0
        constraint, constraint_date = _ASAP, None
        if record.start is not None and not summary and not record.links and record.start > first:
            # Typing a start into an automatic task pins it, as Microsoft Project does.
            constraint, constraint_date = _SNET, _stamp(record.start)
        assigned = () if summary else record.resources
        for name, units in assigned:
            key = name.casefold()
            if key not in resource_ids:
                resource_ids[key] = len(resource_rows) + 1
                resource_rows.append(_resource_row(len(resource_rows) + 1, name))
            assignment_rows.append(
                (task_id, resource_ids[key], units, round(minutes * units), 0, 0)
            )
        task_rows.append(
            (
                task_id,
                index,
                record.level,
                record.name,
                minutes,
                record.duration_unit,
                int(record.estimated),
                int(record.milestone and not summary),
                0,
                constraint,
                constraint_date,
                _stamp(record.deadline),
                0 if summary else record.percent_complete,
                _stamp(record.actual_start),
                _stamp(record.actual_finish),
                FIXED_DURATION if assigned else 0,
                0,
                1,
                0,
                record.notes,
            )
        )
        for link in record.links:
            link_rows.append(
                (
                    link.predecessor + 1,
                    task_id,
                    link.type,
                    link.lag_minutes,
                    link.lag_unit,
                    link.lag_percent,
                )
            )
    _insert(connection, "task", _TASK_COLUMNS, task_rows)
    _insert(connection, "task_link", _LINK_COLUMNS, link_rows)
    insert_rows(connection, Resource, resource_rows)
    _insert(connection, "assignment", _ASSIGNMENT_COLUMNS, assignment_rows)
    return {
        "tasks": len(task_rows),
        "links": len(link_rows),
        "resources": len(resource_rows),
        "assignments": len(assignment_rows),
    }


def _resource_row(resource_id: int, name: str) -> dict[str, Any]:
    return {
        "id": resource_id,
        "position": resource_id - 1,
        "name": name,
        "type": "work",
        "initials": "".join(part[:1] for part in name.split())[:32].upper(),
        "group_name": "",
        "max_units": 1.0,
        "standard_rate_cents": 0,
        "overtime_rate_cents": 0,
        "cost_per_use_cents": 0,
        "calendar_id": None,
        "material_label": "",
        "email": "",
        "external_uid": None,
    }


_RISK_DEFAULTS: dict[str, Any] = {
    "kind": "threat",
    "category": "",
    "cause": "",
    "event": "",
    "effect": "",
    "raised_by": "",
    "date_raised": None,
    "owner_id": None,
    "owner_text": "",
    "actionee_id": None,
    "actionee_text": "",
    "proximity": "",
    "inherent_probability": 3,
    "inherent_impact": 3,
    "strategy": "",
    "response_actions": "",
    "trigger": "",
    "contingency": "",
    "response_cost_cents": 0,
    "cost_impact_cents": 0,
    "schedule_impact_days": 0,
    "residual_probability": None,
    "residual_impact": None,
    "status": "identified",
    "next_review": None,
}


def _checked(record: RegisterRecord, check: Any) -> dict[str, Any]:
    try:
        return {key: check(key, value) for key, value in record.values.items() if key != "id"}
    except InvalidValue as error:
        raise InputRefused(f"row {record.row}: {error}") from None


def _fill_risks(connection: Connection, records: list[RegisterRecord]) -> dict[str, int]:
    rows = []
    for index, record in enumerate(records):
        values = _checked(record, lambda key, value: normalise_risk_value(connection, key, value))
        rows.append(
            {
                "id": index + 1,
                "position": index,
                "ref": f"{RISK_PREFIX}{index + 1:03d}",
                **_RISK_DEFAULTS,
                **values,
            }
        )
    insert_rows(connection, Risk, [_same_keys(row, rows[0]) for row in rows])
    connection.execute(insert(ViewSetting).values(key=RISK_COUNTER_KEY, value=str(len(rows))))
    return {"risks": len(rows)}


def _same_keys(row: dict[str, Any], model: dict[str, Any]) -> dict[str, Any]:
    return {key: row[key] for key in model}


def _fill_requirements(connection: Connection, records: list[RegisterRecord]) -> dict[str, int]:
    rows = []
    for index, record in enumerate(records):
        values = _checked(record, normalise_requirement_value)
        row = {
            "id": index + 1,
            "position": index,
            "ref": f"REQ-{index + 1:03d}",
            "title": "",
            "description": "",
            "priority": "should",
            "source": "",
            "status": "proposed",
            "acceptance_criteria": "",
        }
        row.update({key: str(value) for key, value in values.items()})
        rows.append(row)
    insert_rows(connection, Requirement, rows)
    return {"requirements": len(rows)}


_STAKEHOLDER_DEFAULTS: dict[str, Any] = {
    "role": "",
    "organisation": "",
    "internal": True,
    "email": "",
    "phone": "",
    "contact_notes": "",
    "requirements": "",
    "expectations": "",
    "concerns": "",
    "power": 3,
    "interest": 3,
    "attitude": "neutral",
    "current_engagement": "unaware",
    "desired_engagement": "supportive",
    "strategy": "",
    "relationship_owner": "",
    "information_needs": "",
    "channel": "",
    "frequency": "",
    "language": "",
    "anonymised": False,
}


def _fill_stakeholders(connection: Connection, records: list[RegisterRecord]) -> dict[str, int]:
    rows = []
    for index, record in enumerate(records):
        values = _checked(record, normalise_stakeholder_value)
        row = {"id": index + 1, "position": index, "name": "", **_STAKEHOLDER_DEFAULTS}
        row.update({key: str(v) if isinstance(v, str) else v for key, v in values.items()})
        rows.append(row)
    insert_rows(connection, Stakeholder, rows)
    return {"stakeholders": len(rows)}
