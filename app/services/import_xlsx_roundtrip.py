"""A Koers workbook edited in Excel, read back into the project it came from.

``plan_workbook_changes`` compares the workbook's Tasks sheet with the project as it is now
and lists exactly the edits: rows with a Koers ID whose inputs changed, rows without one
(new tasks), Koers IDs that disappeared (deleted tasks), rows in a new order. A Start typed
over an automatically scheduled task becomes a start-no-earlier-than constraint, as in
Microsoft Project; a manual task takes its Start and Finish as they are; edits in the other
computed columns (Finish, float, critical, baselines) and in Resources are ignored and
listed. The plan warns when the project changed since the export (the workbook's revision).
An unchanged export plans no change.

``apply_workbook_changes`` writes the plan in one transaction and returns the task tables
as they were and as they became, so undo and redo restore them exactly
(``restore_task_tables``).

Predecessors (``3;5SS-1d``) name tasks by the ID column, the row numbers of the export;
moving rows in Excel keeps those numbers, so the references still hold.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.domain.calendar import DurationUnit, UnitSettings, from_instant
from app.domain.charter import CHARTER_FIELDS
from app.domain.errors import InputRefused
from app.domain.scheduler import Constraint
from app.domain.task_text import (
    DurationValue,
    TextError,
    format_duration,
    parse_duration,
    parse_predecessors,
)
from app.domain.validation import MAX_NAME_LENGTH, MAX_TEXT_LENGTH, InvalidValue
from app.io.sheet_reader import CellProblem, CellValue, SheetTable, parse_date, parse_number, show
from app.models.entities import (
    Assignment,
    Baseline,
    Calendar,
    ChangeRequest,
    Commitment,
    Expense,
    IssueTask,
    Project,
    ReserveDrawdown,
    RiskReview,
    RiskTask,
    Task,
    TaskLink,
    ViewSetting,
)
from app.services.assignments import resource_names
from app.services.baselines import baseline_dates
from app.services.changes import ChangeSet
from app.services.import_xlsx_registers import (
    REGISTER_SHEETS,
    RegisterChanges,
    apply_register_changes,
    plan_register_changes,
    register_tables,
)
from app.services.import_xlsx_unread import UNREAD_SHEETS, unread_edits
from app.services.issues import COUNTER_KEY as ISSUE_COUNTER
from app.services.registers import merge
from app.services.risks import COUNTER_KEY as RISK_COUNTER
from app.services.schedule import ProjectSchedule, load_schedule, read_schedule
from app.services.tasks import task_change
from app.services.transaction import unit_of_work

TASKS_SHEET = "Tasks"
KOERS_FORMAT = "1"
START_HOUR, FINISH_HOUR = 8, 17
# The tables a plan can change; undo and redo put all their rows back.
TASK_TABLES = (Task, TaskLink, Baseline, Assignment, RiskTask, IssueTask)
# Tables whose rows point at tasks, risks or stakeholders (ON DELETE SET NULL): a deletion
# changes them too, so undo must see and restore them.
TASK_REFERRERS = (Commitment, Expense)
REGISTER_REFERRERS = (ChangeRequest, ReserveDrawdown)

INPUT_HEADERS = {
    "koers id": "koers_id",
    "id": "row_id",
    "wbs": "wbs",
    "outline level": "outline_level",
    "name": "name",
    "duration": "duration",
    "milestone": "milestone",
    "constraint": "constraint",
    "constraint date": "constraint_date",
    "deadline": "deadline",
    "predecessors": "predecessors",
    "% complete": "percent_complete",
    "actual start": "actual_start",
    "actual finish": "actual_finish",
    "calendar": "calendar",
    "manual": "manual",
    "resources": "resources",
    "notes": "notes",
    "start": "start",
    "finish": "finish",
    "total float (days)": "total_float",
    "critical": "critical",
    "baseline start": "baseline_start",
    "baseline finish": "baseline_finish",
}
FIELD_LABELS = {
    "name": "Name",
    "outline_level": "Outline level",
    "duration": "Duration",
    "milestone": "Milestone",
    "constraint": "Constraint",
    "constraint_date": "Constraint date",
    "deadline": "Deadline",
    "predecessors": "Predecessors",
    "percent_complete": "% Complete",
    "actual_start": "Actual start",
    "actual_finish": "Actual finish",
    "calendar": "Calendar",
    "manual": "Manual",
    "notes": "Notes",
    "start": "Start",
    "finish": "Finish",
    "manual_start": "Start",
    "manual_finish": "Finish",
    "resources": "Resources",
    "total_float": "Total float (days)",
    "critical": "Critical",
    "baseline_start": "Baseline start",
    "baseline_finish": "Baseline finish",
}

CHARTER_COLUMNS = tuple(getattr(Project, name) for name in CHARTER_FIELDS)
COUNTER_KEYS = (RISK_COUNTER, ISSUE_COUNTER)

TaskKey = int | str  # a task's id, or "new:<sheet row>" for a row without Koers ID
LinkSpec = tuple[TaskKey, str, int, str, float | None]


class RoundTripRefused(InputRefused):
    """The workbook cannot be read back; ``problems`` lists every problem found."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class TaskEdit:
    """Changed input columns of one task: new and old values by column."""

    row: int
    task_id: int
    name: str
    columns: dict[str, Any]
    old: dict[str, Any]


@dataclass(frozen=True, slots=True)
class NewTask:
    row: int
    key: str
    values: dict[str, Any]


@dataclass
class WorkbookChanges:
    """The edits a workbook makes to the project, and what it leaves aside."""

    source: str
    revision: str  # the project's revision the plan was made against
    edits: list[TaskEdit] = field(default_factory=list)
    new_tasks: list[NewTask] = field(default_factory=list)
    deleted: list[tuple[int, str]] = field(default_factory=list)  # (task id, name)
    order: list[TaskKey] = field(default_factory=list)  # every task, in the sheet's order
    reordered: bool = False
    links: dict[TaskKey, list[LinkSpec]] = field(default_factory=dict)  # incoming, replaced
    ignored: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    revision_changed: bool = False
    names: dict[TaskKey, str] = field(default_factory=dict)
    registers: RegisterChanges = field(default_factory=RegisterChanges)

    @property
    def is_empty(self) -> bool:
        tasks = self.edits or self.new_tasks or self.deleted or self.reordered or self.links
        return not tasks and self.registers.is_empty

    @property
    def tasks_changed(self) -> bool:
        return bool(self.edits or self.new_tasks or self.deleted or self.reordered or self.links)

    def lines(self) -> list[str]:
        """The plan in words, for the preview: one line per change, then what is ignored."""
        lines: list[str] = []
        for edit in self.edits:
            for column, value in edit.columns.items():
                label = FIELD_LABELS.get(column, column)
                before = _shown(edit.old.get(column))
                lines.append(
                    f"Tasks row {edit.row} ({edit.name}): {label} {before} → {_shown(value)}"
                )
        for task in self.new_tasks:
            lines.append(f"Tasks row {task.row}: new task {task.values['name']!r}")
        for key, links in self.links.items():
            name = self.names.get(key, str(key))
            shown = ", ".join(f"{self.names.get(p, p)} {kind}" for p, kind, *_ in links) or "none"
            lines.append(f"{name}: predecessors → {shown}")
        lines += [f"task {name!r} (Koers ID {task_id}): deleted" for task_id, name in self.deleted]
        if self.reordered:
            lines.append("tasks in a new order")
        return lines + self.registers.lines() + self.registers.deletion_lines()

    def deletion_lines(self) -> list[str]:
        """The rows the workbook no longer has, in words: the preview asks to confirm them."""
        tasks = [f"task {name!r} (Koers ID {task_id}): deleted" for task_id, name in self.deleted]
        return tasks + self.registers.deletion_lines()


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value.value if isinstance(value, Constraint) else value)
    return repr(text if len(text) <= 40 else text[:40] + "…")


# ----- reading the sheet ------------------------------------------------------------------------


def read_koers_sheets(path: Path, names: Sequence[str] = ()) -> dict[str, SheetTable]:
    """The Tasks sheet and the sheets ``names`` (those the workbook has) of a workbook Koers
    exported, read in one pass; refused for any other workbook."""
    from app.io.sheet_reader import read_sheet, read_sheets

    sheets = read_sheets(Path(path), [TASKS_SHEET, *names])
    if TASKS_SHEET not in sheets:
        read_sheet(Path(path), TASKS_SHEET)  # refuses, naming the sheets there are
    table = sheets[TASKS_SHEET]
    if table.koers_info.get("koers_format") is None:
        raise RoundTripRefused(
            f"{table.source}: was not exported by Koers (it has no hidden Koers sheet); "
            "import it as a new project instead"
        )
    if table.koers_info["koers_format"].split(".")[0] != KOERS_FORMAT:
        raise RoundTripRefused(
            f"{table.source}: was exported by a newer Koers (workbook format "
            f"{table.koers_info['koers_format']}); update Koers to read it"
        )
    return sheets


@dataclass
class _Current:
    """The project as the plan compares against it."""

    computed: ProjectSchedule
    settings: UnitSettings
    by_id: dict[int, Any]
    links: dict[int, set[LinkSpec]]
    calendars: dict[str, int]
    calendar_names: dict[int, str]
    resources: dict[int, str]
    baselines: dict[int, tuple[Any, Any, int | None]]
    manual_dates: dict[int, tuple[dt.datetime | None, dt.datetime | None]]


def _current(session: Session) -> _Current:
    computed = read_schedule(session)
    with unit_of_work(session):
        connection = session.connection()
        calendar_rows = connection.execute(select(Calendar.id, Calendar.name)).all()
        manual = {
            row[0]: (row[1], row[2])
            for row in connection.execute(
                select(Task.id, Task.manual_start, Task.manual_finish).where(Task.manual)
            )
        }
    links: dict[int, set[LinkSpec]] = {}
    for link in computed.links:
        links.setdefault(link.successor_id, set()).add(
            _canonical(
                link.predecessor_id,
                link.type.value,
                link.lag_minutes,
                link.lag_unit,
                link.lag_percent,
            )
        )
    return _Current(
        computed=computed,
        settings=computed.settings,
        by_id={row.id: row for row in computed.rows},
        links=links,
        calendars={name.casefold(): key for key, name in calendar_rows},
        calendar_names={key: name for key, name in calendar_rows},
        resources=resource_names(session),
        baselines=baseline_dates(session, 0),
        manual_dates=manual,
    )


def _canonical(
    predecessor: TaskKey, kind: str, minutes: int, unit: str, percent: float | None
) -> LinkSpec:
    """A link as compared: a zero lag has no unit and no percentage."""
    if percent:
        return (predecessor, kind, 0, "d", float(percent))
    if not minutes:
        return (predecessor, kind, 0, "d", None)
    return (predecessor, kind, minutes, unit, None)


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _whole(value: CellValue, what: str) -> int:
    number = parse_number(value)
    if number is None or not float(number).is_integer():
        raise CellProblem(f"{show(value)} is not {what}")
    return int(number)


def _boolean(value: CellValue) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    text = _text(value).strip().casefold()
    if text in ("1", "yes", "ja", "true", "waar", "y", "j", "x"):
        return True
    if text in ("0", "no", "nee", "false", "onwaar", "n", ""):
        return False
    raise CellProblem(f"{show(value)} is not yes or no")


def _moment(value: CellValue) -> dt.datetime | None:
    return parse_date(value)


def _at(moment: dt.datetime | None, hour: int) -> dt.datetime | None:
    """A date typed without a time means the start (or end) of the working day."""
    if moment is not None and moment.time() == dt.time():
        return moment.replace(hour=hour)
    return moment


_HOURS = {
    "constraint_date": START_HOUR,
    "deadline": FINISH_HOUR,
    "actual_start": START_HOUR,
    "actual_finish": FINISH_HOUR,
}


def _percent(value: CellValue) -> int:
    if value is None:
        return 0
    text = _text(value).strip()
    number = parse_number(text[:-1] if text.endswith("%") else value)
    if number is not None and not text.endswith("%") and isinstance(value, float) and number <= 1:
        number *= 100
    if number is None or not 0 <= number <= 100:
        raise CellProblem(f"{show(value)} is not a percentage from 0 to 100")
    return int(number + 0.5)


def _duration(value: CellValue, settings: UnitSettings) -> tuple[int, str, bool]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = f"{value}d"
    else:
        text = _text(value)
    first: TextError | None = None
    for language in ("en", "nl"):
        try:
            parsed = parse_duration(text, settings, language)
        except TextError as error:
            first = first or error
            continue
        return parsed.minutes, parsed.unit.value, parsed.estimated
    assert first is not None
    raise CellProblem(f"{show(value)} is not a duration (such as 5 days or 2 wks): {first}")


def _constraint(value: CellValue) -> Constraint:
    text = _text(value).strip().casefold()
    if not text:
        return Constraint.ASAP
    try:
        return Constraint(text)
    except ValueError:
        known = ", ".join(c.value.upper() for c in Constraint)
        raise CellProblem(f"{show(value)} is not a constraint ({known})") from None


def _refs(value: CellValue, settings: UnitSettings) -> list[Any]:
    text = _text(value)
    first: TextError | None = None
    for language in ("en", "nl"):
        try:
            return list(parse_predecessors(text, settings, language))
        except TextError as error:
            first = first or error
    raise CellProblem(f"{show(value)}: {first}")


# ----- the plan -------------------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    key: TaskKey
    cells: dict[str, CellValue]
    level: int = 1
    summary: bool = False


class _Planner:
    def __init__(self, session: Session, table: SheetTable, revision: str) -> None:
        self.table = table
        self.current = _current(session)
        self.changes = WorkbookChanges(table.source, revision)
        self.problems: list[str] = []
        self.columns = self._columns()

    def _columns(self) -> dict[str, int]:
        header = self.table.rows[0] if self.table.rows else ()
        columns: dict[str, int] = {}
        for index, value in enumerate(header):
            key = INPUT_HEADERS.get(" ".join(_text(value).split()).casefold())
            if key is not None and key not in columns:
                columns[key] = index
        for needed in ("koers_id", "name"):
            if needed not in columns:
                label = "Koers ID" if needed == "koers_id" else "Name"
                raise RoundTripRefused(
                    f"{self.table.source}: the Tasks sheet has no {label!r} column in row 1; "
                    "the workbook cannot be matched with the project"
                )
        return columns

    def problem(self, number: int, label: str, message: str) -> None:
        self.problems.append(f"Tasks row {number}, {label}: {message}")

    def rows(self) -> list[_Row]:
        found: list[_Row] = []
        seen: dict[int, int] = {}
        for offset, values in enumerate(self.table.rows[1:]):
            number = offset + 2
            cells = {
                key: values[index] if index < len(values) else None
                for key, index in self.columns.items()
            }
            if all(value is None for value in cells.values()):
                continue
            raw = cells["koers_id"]
            key: TaskKey
            if raw is None:
                key = f"new:{number}"
            else:
                try:
                    key = _whole(raw, "a Koers ID")
                except CellProblem as problem:
                    self.problem(number, "Koers ID", str(problem))
                    continue
                if key not in self.current.by_id:
                    self.problem(number, "Koers ID", f"{key} is not a task of this project")
                    continue
                if key in seen:
                    self.problem(
                        number, "Koers ID", f"{key} is also the Koers ID of row {seen[key]}"
                    )
                    continue
                seen[key] = number
            found.append(_Row(number, key, cells))
        return found

    def plan(self) -> WorkbookChanges:
        rows = self.rows()
        changes = self.changes
        current = self.current
        self._outline(rows)
        changes.order = [row.key for row in rows]
        present = {row.key for row in rows}
        existing_order = [task.id for task in current.computed.rows]
        remaining = [key for key in existing_order if key in present]
        changes.reordered = [key for key in changes.order if isinstance(key, int)] != remaining
        changes.deleted = [
            (task.id, task.name) for task in current.computed.rows if task.id not in present
        ]
        by_shown = self._shown_ids(rows)
        deleted_rows = {current.by_id[task_id].row for task_id, _ in changes.deleted}
        for row in rows:
            name = _text(row.cells.get("name")).strip()
            changes.names[row.key] = name or f"row {row.number}"
            if isinstance(row.key, int):
                self._existing(row, name)
            else:
                self._new(row, name)
            self._links(row, by_shown, deleted_rows)
        return changes

    def _outline(self, rows: list[_Row]) -> None:
        previous = 0
        for row in rows:
            raw = row.cells.get("outline_level")
            if raw is None and "outline_level" in self.columns:
                level = previous or 1
            elif raw is None:
                level = (
                    self.current.by_id[row.key].outline_level
                    if isinstance(row.key, int)
                    else max(previous, 1)
                )
            else:
                try:
                    level = _whole(raw, "an outline level")
                except CellProblem as problem:
                    self.problem(row.number, "Outline level", str(problem))
                    level = previous or 1
            if level < 1 or level > previous + 1:
                fixed = max(1, min(level, previous + 1))
                self.changes.warnings.append(
                    f"row {row.number}: outline level {level} under a task at level "
                    f"{previous}; placed at level {fixed}"
                )
                level = fixed
            row.level = level
            previous = level
        for index, row in enumerate(rows[:-1]):
            row.summary = rows[index + 1].level > row.level

    def _shown_ids(self, rows: list[_Row]) -> dict[int, TaskKey]:
        """ID column value → task: the numbers predecessors name."""
        shown: dict[int, TaskKey] = {}
        if "row_id" not in self.columns:
            return {task.row: task.id for task in self.current.computed.rows}
        for row in rows:
            raw = row.cells.get("row_id")
            if raw is None:
                continue
            try:
                number = _whole(raw, "a task ID")
            except CellProblem as problem:
                self.problem(row.number, "ID", str(problem))
                continue
            if number in shown:
                self.problem(row.number, "ID", f"{number} is also the ID of another row")
                continue
            shown[number] = row.key
        return shown

    def _inputs(self, row: _Row, name: str) -> dict[str, Any]:
        """The task columns the row's input cells give (only those the sheet has)."""
        cells = row.cells
        settings = self.current.settings
        values: dict[str, Any] = {}
        if len(name) > MAX_NAME_LENGTH:
            self.problem(row.number, "Name", f"is longer than {MAX_NAME_LENGTH} characters")
        values["name"] = name
        values["outline_level"] = row.level
        readers: list[tuple[str, str, Any]] = [
            ("milestone", "Milestone", _boolean),
            ("manual", "Manual", _boolean),
            ("constraint", "Constraint", _constraint),
            ("constraint_date", "Constraint date", _moment),
            ("deadline", "Deadline", _moment),
            ("percent_complete", "% Complete", _percent),
            ("actual_start", "Actual start", _moment),
            ("actual_finish", "Actual finish", _moment),
        ]
        for key, label, read in readers:
            if key not in self.columns:
                continue
            try:
                values[key] = read(cells.get(key))
            except CellProblem as problem:
                self.problem(row.number, label, str(problem))
        if "notes" in self.columns:
            notes = _text(cells.get("notes"))
            if len(notes) > MAX_TEXT_LENGTH:
                self.problem(row.number, "Notes", f"is longer than {MAX_TEXT_LENGTH:,} characters")
            values["notes"] = notes
        if "calendar" in self.columns:
            calendar = _text(cells.get("calendar")).strip()
            if calendar and calendar.casefold() not in self.current.calendars:
                self.problem(row.number, "Calendar", f"there is no calendar {calendar!r}")
            else:
                values["calendar_id"] = self.current.calendars.get(calendar.casefold())
        if "duration" in self.columns and not row.summary and cells.get("duration") is not None:
            try:
                minutes, unit, estimated = _duration(cells.get("duration"), settings)
            except CellProblem as problem:
                self.problem(row.number, "Duration", str(problem))
            else:
                values.update(duration_minutes=minutes, duration_unit=unit, estimated=estimated)
        if values.get("constraint") in (Constraint.ASAP, Constraint.ALAP):
            values["constraint_date"] = None
        elif (
            "constraint" in values
            and "constraint_date" in self.columns
            and values.get("constraint_date") is None
        ):
            self.problem(
                row.number, "Constraint date", f"{values['constraint'].value.upper()} needs a date"
            )
        return values

    def _existing(self, row: _Row, name: str) -> None:
        assert isinstance(row.key, int)
        task = self.current.by_id[row.key]
        values = self._inputs(row, name)
        self._same_duration(task, values)
        stored = {
            "name": task.name,
            "outline_level": task.outline_level,
            "milestone": task.milestone,
            "manual": task.manual,
            "constraint": task.constraint,
            "constraint_date": task.constraint_date,
            "deadline": task.deadline,
            "percent_complete": task.percent_complete,
            "actual_start": task.actual_start,
            "actual_finish": task.actual_finish,
            "notes": task.notes,
            "calendar_id": task.calendar_id,
            "duration_minutes": task.duration_minutes,
            "duration_unit": task.duration_unit,
            "estimated": task.estimated,
        }
        changed = {key: value for key, value in values.items() if value != stored[key]}
        for key, hour in _HOURS.items():
            if key in changed:
                changed[key] = _at(changed[key], hour)
                if changed[key] == stored[key]:
                    del changed[key]
        self._milestone(changed, stored)
        self._computed(row, task, values, changed)
        if changed:
            old = {key: stored.get(key) for key in changed}
            manual = self.current.manual_dates.get(row.key, (None, None))
            old.update(
                {
                    k: v
                    for k, v in zip(("manual_start", "manual_finish"), manual, strict=True)
                    if k in changed
                }
            )
            self.changes.edits.append(TaskEdit(row.number, row.key, name, changed, old))
        resources = _text(row.cells.get("resources")).strip()
        if "resources" in self.columns and resources != self.current.resources.get(row.key, ""):
            self._ignored(row, "Resources", "assignments are edited in Koers")

    def _same_duration(self, task: Any, values: dict[str, Any]) -> None:
        """A duration the workbook shows as Koers wrote it is unchanged, even where the
        text rounds (2 decimals: 62 minutes shows as 0.13 days)."""
        if "duration_minutes" not in values:
            return
        settings = self.current.settings
        stored = DurationValue(
            task.duration_minutes, DurationUnit(task.duration_unit), task.estimated
        )
        read = DurationValue(
            values["duration_minutes"], DurationUnit(values["duration_unit"]), values["estimated"]
        )
        if format_duration(read, settings) == format_duration(stored, settings):
            values.update(
                duration_minutes=task.duration_minutes,
                duration_unit=task.duration_unit,
                estimated=task.estimated,
            )

    def _milestone(self, changed: dict[str, Any], stored: dict[str, Any]) -> None:
        """A duration of 0 makes a milestone; a milestone set by hand takes a duration of 0."""
        if "duration_minutes" in changed:
            changed.setdefault("milestone", changed["duration_minutes"] == 0)
            if changed["milestone"] == stored["milestone"]:
                del changed["milestone"]
        elif changed.get("milestone") is True:
            changed["duration_minutes"] = 0
        elif changed.get("milestone") is False and stored["duration_minutes"] == 0:
            changed["duration_minutes"] = 480

    def _computed(
        self, row: _Row, task: Any, values: dict[str, Any], changed: dict[str, Any]
    ) -> None:
        """Edits of computed columns: Start pins an automatic task, a manual task takes its
        dates; the others are listed as ignored."""
        result = self.current.computed.result
        dates = result.get(task.id) if result is not None else None
        cells = row.cells
        manual = values.get("manual", task.manual) and not row.summary
        if dates is not None:
            for key, label, computed, hour in (
                ("start", "Start", from_instant(dates.start), START_HOUR),
                ("finish", "Finish", from_instant(dates.finish), FINISH_HOUR),
            ):
                if key not in self.columns or cells.get(key) is None:
                    continue
                try:
                    typed = _moment(cells.get(key))
                except CellProblem as problem:
                    self.problem(row.number, label, str(problem))
                    continue
                if typed == computed:
                    continue
                typed = _at(typed, hour)
                if manual:
                    changed[f"manual_{key}"] = typed
                elif (
                    key == "start"
                    and not row.summary
                    and not {"constraint", "constraint_date"} & changed.keys()
                ):
                    changed["constraint"] = Constraint.SNET
                    changed["constraint_date"] = typed
                else:
                    self._ignored(row, label, "it is computed")
            per_day = self.current.settings.minutes_per_day
            self._compare(
                row, "total_float", "Total float (days)", round(dates.total_float / per_day, 2)
            )
            self._compare(row, "critical", "Critical", dates.critical)
        saved = self.current.baselines.get(task.id)
        self._compare(row, "baseline_start", "Baseline start", saved[0] if saved else None)
        self._compare(row, "baseline_finish", "Baseline finish", saved[1] if saved else None)

    def _compare(self, row: _Row, key: str, label: str, expected: Any) -> None:
        if key not in self.columns:
            return
        value = row.cells.get(key)
        if (
            isinstance(value, float | int | Decimal)
            and not isinstance(value, bool)
            and isinstance(expected, float)
        ):
            same = abs(float(value) - expected) < 0.005
        else:
            same = value == expected or (value is None and expected in (None, False))
        if not same:
            self._ignored(row, label, "it is computed")

    def _ignored(self, row: _Row, label: str, why: str) -> None:
        name = self.changes.names.get(row.key, "")
        self.changes.ignored.append(
            f"Tasks row {row.number} ({name}): {label} edited, but {why}; ignored"
        )

    def _new(self, row: _Row, name: str) -> None:
        if not name:
            self.problem(row.number, "Name", "a new task needs a name")
            return
        values = self._inputs(row, name)
        task: dict[str, Any] = {
            "outline_level": 1,
            "name": name,
            "duration_minutes": 480,
            "duration_unit": "d",
            "estimated": True,
            "milestone": False,
            "manual": False,
            "manual_start": None,
            "manual_finish": None,
            "constraint": Constraint.ASAP,
            "constraint_date": None,
            "deadline": None,
            "calendar_id": None,
            "percent_complete": 0,
            "actual_start": None,
            "actual_finish": None,
            "remaining_minutes": None,
            "task_type": 0,
            "effort_driven": False,
            "active": True,
            "fixed_cost_cents": 0,
            "notes": "",
            "external_uid": None,
        }
        task.update(values)
        for key, hour in _HOURS.items():
            task[key] = _at(task[key], hour)
        if "duration_minutes" in values and "milestone" not in values:
            task["milestone"] = values["duration_minutes"] == 0
        elif task["milestone"]:
            task["duration_minutes"] = 0
        start = row.cells.get("start")
        if start is not None:
            try:
                typed = _at(_moment(start), START_HOUR)
            except CellProblem as problem:
                self.problem(row.number, "Start", str(problem))
                typed = None
            if typed is not None and task["manual"]:
                task["manual_start"] = typed
            elif typed is not None and not row.summary and "constraint" not in values:
                task["constraint"], task["constraint_date"] = Constraint.SNET, typed
        if row.cells.get("finish") is not None:
            if task["manual"]:
                try:
                    task["manual_finish"] = _at(_moment(row.cells.get("finish")), FINISH_HOUR)
                except CellProblem as problem:
                    self.problem(row.number, "Finish", str(problem))
            else:
                self._ignored(row, "Finish", "it is computed")
        assert isinstance(row.key, str)
        self.changes.new_tasks.append(NewTask(row.number, row.key, task))

    def _links(self, row: _Row, by_shown: dict[int, TaskKey], deleted_rows: set[int]) -> None:
        if "predecessors" not in self.columns:
            return
        wanted: set[LinkSpec] = set()
        try:
            refs = _refs(row.cells.get("predecessors"), self.current.settings)
        except CellProblem as problem:
            self.problem(row.number, "Predecessors", str(problem))
            return
        for ref in refs:
            target = by_shown.get(ref.task_id)
            if target is None:
                if ref.task_id in deleted_rows:
                    self.changes.warnings.append(
                        f"Tasks row {row.number}: predecessor {ref.task_id} is deleted; "
                        "its link goes too"
                    )
                    continue
                self.problem(row.number, "Predecessors", f"there is no task with ID {ref.task_id}")
                continue
            if target == row.key:
                self.problem(row.number, "Predecessors", f"{ref.task_id} is the task itself")
                continue
            wanted.add(
                _canonical(
                    target, ref.type.value, ref.lag_minutes, ref.lag_unit.value, ref.lag_percent
                )
            )
        current = self.current.links.get(row.key, set()) if isinstance(row.key, int) else set()
        current = {link for link in current if self._kept(link[0])}
        if wanted != current:
            self.changes.links[row.key] = sorted(wanted, key=repr)

    def _kept(self, key: TaskKey) -> bool:
        return all(task_id != key for task_id, _ in self.changes.deleted)


def plan_workbook_changes(session: Session, path: Path) -> WorkbookChanges:
    """What reading the edited workbook at ``path`` back would change in the project.

    Refused (RoundTripRefused, an InputRefused) when the workbook is not a Koers export or
    a row holds something that cannot be read; ``problems`` then lists every one.
    """
    from app.services.export_xlsx import project_revision

    registers = ("Charter", *(spec.sheet for spec in REGISTER_SHEETS))
    sheets = read_koers_sheets(Path(path), [*registers, *UNREAD_SHEETS])
    table = sheets[TASKS_SHEET]
    revision = project_revision(session)
    planner = _Planner(session, table, revision)
    changes = planner.plan()
    problems = planner.problems
    with unit_of_work(session):
        changes.registers = plan_register_changes(
            session, {name: sheets[name] for name in registers if name in sheets}, problems
        )
    changes.ignored += changes.registers.ignored
    changes.ignored += unread_edits(
        session, {name: sheets[name] for name in UNREAD_SHEETS if name in sheets}
    )
    if problems:
        more = len(problems) - 1
        tail = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        raise RoundTripRefused(f"{table.source}: {problems[0]}{tail}", problems)
    exported = table.koers_info.get("revision")
    if exported != revision:
        changes.revision_changed = True
        changes.warnings.insert(
            0,
            "the project changed since this workbook was exported; the workbook's edits are "
            "applied to the project as it is now",
        )
    return changes


# ----- applying -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskTables:
    """Every row of the tables an import changes, for undo and redo (the charter and the
    register code counters too, when register sheets changed)."""

    rows: dict[str, list[dict[str, Any]]]
    task_ids: frozenset[int]
    charter: dict[str, Any] | None = None
    counters: tuple[dict[str, Any], ...] = ()


def _tables(registers: bool) -> tuple[Any, ...]:
    """The tables to capture, parents first. With register changes, the registers too:
    a deleted stakeholder or risk clears links in them, which undo must put back."""
    if not registers:
        return (*TASK_TABLES, *TASK_REFERRERS)
    return (*register_tables(), RiskReview, *TASK_TABLES, *TASK_REFERRERS, *REGISTER_REFERRERS)


def _capture(connection: Connection, registers: bool) -> TaskTables:
    rows: dict[str, list[dict[str, Any]]] = {}
    for entity in _tables(registers):
        table = cast(Table, entity.__table__)
        rows[table.name] = [dict(row) for row in connection.execute(select(table)).mappings()]
    task_ids = frozenset(row["id"] for row in rows["task"])
    if not registers:
        return TaskTables(rows, task_ids)
    charter = connection.execute(select(*CHARTER_COLUMNS)).mappings().one()
    counters = connection.execute(
        select(ViewSetting.__table__).where(ViewSetting.key.in_(COUNTER_KEYS))
    ).mappings()
    return TaskTables(rows, task_ids, dict(charter), tuple(dict(row) for row in counters))


def _restore(connection: Connection, state: TaskTables) -> None:
    """Make the tables hold exactly ``state``'s rows: rows that differ are updated, missing
    ones inserted, extra ones deleted. Rows that stay are never deleted and put back, so the
    ON DELETE rules of other tables (a budget line's category, an expense's task) never fire.
    """
    tables = [cast(Table, entity.__table__) for entity in _tables(state.charter is not None)]
    wanted = {table.name: {row["id"]: row for row in state.rows[table.name]} for table in tables}
    for table in reversed(tables):
        extra = set(connection.scalars(select(table.c.id))) - wanted[table.name].keys()
        if extra:
            connection.execute(delete(table).where(table.c.id.in_(extra)))
    for table in tables:
        present = {row["id"]: dict(row) for row in connection.execute(select(table)).mappings()}
        missing = [row for key, row in wanted[table.name].items() if key not in present]
        changed = [
            row for key, row in wanted[table.name].items() if key in present and present[key] != row
        ]
        for row in changed:
            connection.execute(update(table).where(table.c.id == row["id"]).values(**row))
        if missing:
            connection.execute(insert(table), missing)
    if state.charter is not None:
        connection.execute(update(Project).values(**state.charter))
        connection.execute(delete(ViewSetting).where(ViewSetting.key.in_(COUNTER_KEYS)))
        if state.counters:
            connection.execute(insert(ViewSetting), list(state.counters))


def _stored(values: dict[str, Any]) -> dict[str, Any]:
    return {
        key: value.value if isinstance(value, Constraint) else value
        for key, value in values.items()
    }


def apply_workbook_changes(
    session: Session, changes: WorkbookChanges
) -> tuple[ChangeSet, tuple[TaskTables, TaskTables]]:
    """Write the plan in one transaction; returns the change and the task tables before and
    after, for undo and redo. Refused (InvalidValue) when the project changed since the plan
    was made, or when the new links would form a loop."""
    from app.services.export_xlsx import project_revision

    if project_revision(session) != changes.revision:
        raise InvalidValue("workbook", "project_changed", "plan the import again")
    with unit_of_work(session):
        connection = session.connection()
        registers = not changes.registers.is_empty
        before = _capture(connection, registers)
        ids: dict[TaskKey, int] = {key: key for key in changes.order if isinstance(key, int)}
        next_id = (connection.scalar(select(func.max(Task.id))) or 0) + 1  # no id reused
        if changes.deleted:
            gone = [task_id for task_id, _ in changes.deleted]
            connection.execute(delete(Task).where(Task.id.in_(gone)))
        placed = {key: index for index, key in enumerate(changes.order)}
        for offset, task in enumerate(changes.new_tasks):
            ids[task.key] = next_id + offset
            connection.execute(
                insert(Task).values(
                    id=next_id + offset, position=-1 - offset, **_stored(task.values)
                )
            )
        for edit in changes.edits:
            connection.execute(
                update(Task).where(Task.id == edit.task_id).values(**_stored(edit.columns))
            )
        positions = dict(connection.execute(select(Task.id, Task.position)).all())
        moved = {
            ids[key]: index for key, index in placed.items() if positions.get(ids[key]) != index
        }
        if moved:
            connection.execute(
                update(Task).where(Task.id == bindparam("key")).values(position=bindparam("value")),
                [{"key": key, "value": value} for key, value in moved.items()],
            )
        for key, links in changes.links.items():
            successor = ids[key]
            connection.execute(delete(TaskLink).where(TaskLink.successor_id == successor))
            rows = [
                {
                    "predecessor_id": ids[predecessor],
                    "successor_id": successor,
                    "type": kind,
                    "lag_minutes": minutes,
                    "lag_unit": unit,
                    "lag_percent": percent,
                }
                for predecessor, kind, minutes, unit, percent in links
            ]
            if rows:
                connection.execute(insert(TaskLink), rows)
        computed = load_schedule(connection)
        if computed.cycle is not None:
            raise InvalidValue("predecessors", "cycle", " → ".join(computed.cycle.names))
        apply_register_changes(session, changes.registers)
        after = _capture(connection, registers)
    return _change(before, after), (before, after)


def _change(state: TaskTables, other: TaskTables) -> ChangeSet:
    tasks = task_change(sorted(state.task_ids | other.task_ids), structure=True)
    if state.charter is None:
        return tasks
    return merge(tasks, ChangeSet(everything=True, schedule_dirty=True))


def restore_task_tables(session: Session, state: TaskTables, other: TaskTables) -> ChangeSet:
    """Put the task tables back as ``state`` holds them (undo, or redo after an undo)."""
    with unit_of_work(session):
        _restore(session.connection(), state)
    return _change(state, other)
