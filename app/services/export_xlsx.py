"""Exporting a project to an Excel workbook: a sheet per area, a Gantt sheet, the revision.

Sheets, in order: Charter (field/value pairs), Requirements, Tasks, Calendar, Resources,
Risks, Risk reviews, Issues, Stakeholders, Gantt, and the hidden sheet Koers (A1
``koers_format`` B1 1, A2 ``revision`` B2 the project revision, then the Koers version and
the export time). The revision is also the custom document property ``koers_revision``,
so an import can tell that the project changed since the export.

Every register sheet starts with ``Koers ID`` (the row's database id): an import matches
rows by it. In the Tasks sheet ``ID`` is the row number the task table shows, and the
Predecessors column (``3;5SS-1d;7FF+2d``) refers to those IDs. Codes (priorities,
statuses, constraint types) are written as Koers stores them, so they read back exactly.

A text longer than a cell can hold (32,767 characters) is refused with InvalidValue:
user text is never cut.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import __version__
from app.domain.calendar import DurationUnit, Recurrence, from_instant
from app.domain.files import atomic_target
from app.domain.public_holidays import public_holiday_exceptions
from app.domain.risks import score
from app.domain.task_text import DurationValue, PredecessorRef, format_duration
from app.domain.task_text import format_predecessors as _format_refs
from app.io.tables import CellValue, Column, Kind, Table
from app.io.xlsx_export import BarKind, GanttBar, GanttChart, write_workbook
from app.models.entities import Assignment, Calendar, CalendarExceptionRow, CostCategory, Resource
from app.services.assignments import resource_names
from app.services.baselines import baseline_dates
from app.services.budget_sheets import budget_sheets
from app.services.calendars import recurrence_from_json, times_from_json, week_from_json
from app.services.charter import read_charter
from app.services.costs import assignment_costs_by_resource
from app.services.issues import list_issues
from app.services.progress import Meter, Progress
from app.services.project_file import dump_project
from app.services.requirements import list_requirements
from app.services.risks import list_reviews, list_risks
from app.services.schedule import LinkRow, ProjectSchedule, TaskRow, read_schedule
from app.services.stakeholders import stakeholder_rows
from app.services.transaction import unit_of_work

KOERS_FORMAT = 1
REVISION_PROPERTY = "koers_revision"
KOERS_SHEET = "Koers"
TASKS_SHEET = "Tasks"
GANTT_SHEET = "Gantt"
LANGUAGE = "en"  # headers and texts such as durations are English, as the import reads them
# Tables whose rows are not the project's content: a changed view setting is no new revision.
_NOT_CONTENT = frozenset({"view_setting"})
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote: data rows per sheet (or register), the revision, warnings."""

    path: Path
    rows: Mapping[str, int]
    revision: str
    warnings: tuple[str, ...] = ()


# -- revision ---------------------------------------------------------------------------------


def project_revision(session: Session) -> str:
    """A fingerprint of the project's content (hex SHA-256 of its canonical dump, view
    settings left out): equal revisions mean an unchanged project."""
    digest = hashlib.sha256()
    for table, rows in dump_project(session).items():
        if table not in _NOT_CONTENT:
            digest.update(repr((table, rows)).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


# -- text helpers -----------------------------------------------------------------------------


def predecessor_refs(links: Sequence[LinkRow], row_of: Mapping[int, int]) -> list[PredecessorRef]:
    """A task's incoming links as typed refs, by the IDs (row numbers) the table shows.

    The same as the task table's Predecessors column: links to tasks not in ``row_of`` are
    left out, a percentage lag stays a percentage.
    """
    refs: list[PredecessorRef] = []
    for link in links:
        shown = row_of.get(link.predecessor_id)
        if shown is None:
            continue
        if link.lag_percent:
            refs.append(PredecessorRef(shown, link.type, 0, DurationUnit.DAY, link.lag_percent))
        else:
            refs.append(
                PredecessorRef(shown, link.type, link.lag_minutes, DurationUnit(link.lag_unit))
            )
    return refs


def predecessor_texts(computed: ProjectSchedule, language: str = LANGUAGE) -> dict[int, str]:
    """Task id → its predecessors as typed (``3;5SS-1d;7FF+50%``), for every linked task."""
    row_of = {row.id: row.row for row in computed.rows}
    incoming: dict[int, list[LinkRow]] = {}
    for link in computed.links:
        incoming.setdefault(link.successor_id, []).append(link)
    return {
        task_id: _format_refs(predecessor_refs(links, row_of), computed.settings, language)
        for task_id, links in incoming.items()
    }


def _money(cents: int | None) -> Decimal | None:
    return None if cents is None else Decimal(cents).scaleb(-2)


def _joined(items: Sequence[Any]) -> str:
    return ";".join(str(item) for item in items)


# -- the sheets -------------------------------------------------------------------------------

_CHARTER_LABELS = (
    ("name", "Name"),
    ("code", "Code"),
    ("sponsor", "Sponsor"),
    ("manager", "Manager"),
    ("start_date", "Start date"),
    ("target_finish", "Target finish"),
    ("status_date", "Status date"),
    ("currency", "Currency"),
    ("goal", "Goal"),
    ("scope_in", "Scope in"),
    ("scope_out", "Scope out"),
    ("assumptions", "Assumptions"),
    ("constraints", "Constraints"),
)


def charter_table(session: Session) -> Table:
    charter = read_charter(session)
    rows = [[label, getattr(charter, key), key] for key, label in _CHARTER_LABELS]
    columns = (Column("Field", width=16.0), Column("Value"), Column("Koers field", width=16.0))
    return Table("Charter", columns, rows)


def requirements_table(session: Session) -> Table:
    columns = (
        Column("Koers ID", Kind.INTEGER),
        Column("Ref", width=10.0),
        Column("Title"),
        Column("Description"),
        Column("Priority"),
        Column("Source"),
        Column("Status"),
        Column("Acceptance criteria"),
    )
    rows = [
        [
            r.id,
            r.ref,
            r.title,
            r.description,
            r.priority.value,
            r.source,
            r.status.value,
            r.acceptance_criteria,
        ]
        for r in list_requirements(session)
    ]
    return Table("Requirements", columns, rows)


TASK_COLUMNS = (
    Column("Koers ID", Kind.INTEGER),
    Column("ID", Kind.INTEGER, 7.0),
    Column("WBS", width=10.0),
    Column("Outline level", Kind.INTEGER, 8.0),
    Column("Name"),
    Column("Duration", width=12.0),
    Column("Milestone", Kind.BOOLEAN),
    Column("Constraint", width=11.0),
    Column("Constraint date", Kind.DATETIME),
    Column("Deadline", Kind.DATETIME),
    Column("Predecessors", width=16.0),
    Column("% Complete", Kind.PERCENT, 11.0),
    Column("Actual start", Kind.DATETIME),
    Column("Actual finish", Kind.DATETIME),
    Column("Calendar", width=14.0),
    Column("Manual", Kind.BOOLEAN),
    Column("Resources"),
    Column("Notes"),
    Column("Start", Kind.DATETIME),
    Column("Finish", Kind.DATETIME),
    Column("Total float (days)", Kind.NUMBER, 10.0),
    Column("Critical", Kind.BOOLEAN),
    Column("Baseline start", Kind.DATETIME),
    Column("Baseline finish", Kind.DATETIME),
)
# Computed from the inputs: an import ignores (and lists) edits in these columns.
COMPUTED_TASK_HEADERS = (
    "Start",
    "Finish",
    "Total float (days)",
    "Critical",
    "Baseline start",
    "Baseline finish",
)


@dataclass
class _TaskSheets:
    tasks: Table
    gantt: GanttChart
    computed: ProjectSchedule


def _calendar_names(session: Session) -> dict[int, str]:
    with unit_of_work(session):
        query = select(Calendar.id, Calendar.name)
        return {row[0]: row[1] for row in session.connection().execute(query)}


def _task_sheets(session: Session) -> _TaskSheets:
    computed = read_schedule(session)
    baseline = baseline_dates(session, 0)
    resources = resource_names(session)
    calendars = _calendar_names(session)
    predecessors = predecessor_texts(computed)
    settings = computed.settings
    per_day = settings.minutes_per_day
    result = computed.result
    rows: list[list[CellValue]] = []
    bars: list[GanttBar] = []
    for task in computed.rows:
        dates = result.get(task.id) if result is not None else None
        start = finish = None
        slack: float | None = None
        critical: bool | None = None
        if dates is not None:
            start, finish = from_instant(dates.start), from_instant(dates.finish)
            slack = round(dates.total_float / per_day, 2)
            critical = dates.critical
        saved = baseline.get(task.id)
        rows.append(
            [
                task.id,
                task.row,
                task.wbs,
                task.outline_level,
                task.name,
                _duration_text(task, computed, dates),
                task.milestone,
                task.constraint.value.upper(),
                task.constraint_date,
                task.deadline,
                predecessors.get(task.id),
                task.percent_complete / 100,
                task.actual_start,
                task.actual_finish,
                calendars.get(task.calendar_id) if task.calendar_id is not None else None,
                task.manual,
                resources.get(task.id),
                task.notes,
                start,
                finish,
                slack,
                critical,
                saved[0] if saved else None,
                saved[1] if saved else None,
            ]
        )
        kind = BarKind.TASK
        if task.summary:
            kind = BarKind.SUMMARY
        elif critical:
            kind = BarKind.CRITICAL
        bars.append(
            GanttBar(task.row, task.name, task.outline_level, start, finish, kind, task.milestone)
        )
    levels = [task.outline_level for task in computed.rows]
    tasks = Table(TASKS_SHEET, TASK_COLUMNS, rows, levels=levels, indent=4)
    return _TaskSheets(tasks, GanttChart(GANTT_SHEET, bars), computed)


def _duration_text(task: TaskRow, computed: ProjectSchedule, dates: Any) -> str | None:
    """``5 days``, ``2 wks?``: a task's own duration; a summary's span on its calendar."""
    settings = computed.settings
    if task.summary:
        if dates is None:
            return None
        minutes = computed.calendar_of(task).work_between(dates.start, dates.finish)
        return format_duration(minutes, settings, LANGUAGE)
    value = DurationValue(task.duration_minutes, DurationUnit(task.duration_unit), task.estimated)
    return format_duration(value, settings, LANGUAGE)


def tasks_table(session: Session) -> Table:
    """The Tasks sheet: every task input, then the computed columns."""
    return _task_sheets(session).tasks


def _times_text(times: Sequence[Any]) -> str:
    return "; ".join(
        f"{t.start // 60:02d}:{t.start % 60:02d}-{t.end // 60:02d}:{t.end % 60:02d}" for t in times
    )


def _recurrence_text(recurrence: Recurrence | None) -> str:
    if recurrence is None:
        return ""
    parts = [recurrence.kind.value]
    if recurrence.interval > 1:
        parts.append(f"every {recurrence.interval}")
    if recurrence.weekdays:
        parts.append("on " + ", ".join(_WEEKDAYS[d] for d in sorted(recurrence.weekdays)))
    if recurrence.nth_weekday is not None:
        nth, day = recurrence.nth_weekday
        parts.append(f"on weekday {nth} {_WEEKDAYS[day]}")
    if recurrence.day_of_month is not None:
        parts.append(f"day {recurrence.day_of_month}")
    if recurrence.month is not None:
        parts.append(f"month {recurrence.month}")
    if recurrence.occurrences is not None:
        parts.append(f"{recurrence.occurrences} times")
    return ", ".join(parts)


CALENDAR_COLUMNS = (
    Column("Calendar"),
    Column("Base calendar"),
    Column("Kind", width=16.0),
    Column("Day or name"),
    Column("Start", Kind.DATE),
    Column("Finish", Kind.DATE),
    Column("Working times", width=26.0),
    Column("Hours", Kind.NUMBER, 8.0),
    Column("Repeats"),
)


def calendar_table(
    session: Session, years: tuple[int, int] | None = None
) -> tuple[Table, list[str]]:
    """Each calendar's working week, its own exceptions, and its public holidays in
    ``years`` (first, last); with warnings for holiday countries Koers does not know."""
    warnings: list[str] = []
    with unit_of_work(session):
        connection = session.connection()
        calendars = (
            connection.execute(select(Calendar.__table__).order_by(Calendar.id)).mappings().all()
        )
        exceptions = (
            connection.execute(
                select(CalendarExceptionRow.__table__).order_by(
                    CalendarExceptionRow.calendar_id,
                    CalendarExceptionRow.position,
                    CalendarExceptionRow.id,
                )
            )
            .mappings()
            .all()
        )
    names = {row["id"]: row["name"] for row in calendars}
    rows: list[list[CellValue]] = []
    for calendar in calendars:
        name = calendar["name"]
        base = names.get(calendar["base_id"]) if calendar["base_id"] is not None else None
        for weekday, times in zip(_WEEKDAYS, week_from_json(calendar["week"]), strict=True):
            if times is None:
                text, hours = "as the base calendar", None
            else:
                text = _times_text(times) or "non-working"
                hours = sum(t.minutes for t in times) / 60
            rows.append([name, base, "week", weekday, None, None, text, hours, None])
        for row in exceptions:
            if row["calendar_id"] != calendar["id"]:
                continue
            times = times_from_json(row["working_times"])
            rows.append(
                [
                    name,
                    base,
                    "exception",
                    row["name"],
                    row["start"],
                    row["finish"],
                    _times_text(times) or "non-working",
                    sum(t.minutes for t in times) / 60,
                    _recurrence_text(recurrence_from_json(row["recurrence"])),
                ]
            )
        country = calendar["holiday_country"]
        if country and years is not None:
            dropped = frozenset(json.loads(calendar["dropped_holidays"] or "[]"))
            try:
                holidays = public_holiday_exceptions(
                    country, subdivision=calendar["holiday_subdivision"] or None, dropped=dropped
                )
            except ValueError as error:
                warnings.append(f"calendar {name!r}: {error}")
                holidays = ()
            subdivision = calendar["holiday_subdivision"]
            where = f"{country}-{subdivision}" if subdivision else country
            for holiday in holidays:
                if years[0] <= holiday.start.year <= years[1]:
                    rows.append(
                        [
                            name,
                            base,
                            f"public holiday {where}",
                            holiday.name,
                            holiday.start,
                            holiday.finish,
                            "non-working",
                            0,
                            None,
                        ]
                    )
    return Table("Calendar", CALENDAR_COLUMNS, rows), warnings


def resources_table(session: Session, *, include_contacts: bool = False) -> Table:
    """Resources with their rates, and how many tasks and hours they are assigned."""
    with unit_of_work(session):
        connection = session.connection()
        resources = (
            connection.execute(select(Resource.__table__).order_by(Resource.position, Resource.id))
            .mappings()
            .all()
        )
        load = {
            row[0]: (row[1], row[2])
            for row in connection.execute(
                select(
                    Assignment.resource_id,
                    func.count(),
                    func.coalesce(func.sum(Assignment.work_minutes), 0),
                ).group_by(Assignment.resource_id)
            )
        }
    calendars = _calendar_names(session)
    with unit_of_work(session):
        connection = session.connection()
        categories = dict(connection.execute(select(CostCategory.id, CostCategory.name)).all())
        cost = assignment_costs_by_resource(connection)
    columns = [
        Column("Koers ID", Kind.INTEGER),
        Column("Name"),
        Column("Type", width=10.0),
        Column("Initials", width=10.0),
        Column("Group"),
        Column("Max units", Kind.PERCENT, 10.0),
        Column("Organisation"),
        Column("Internal", Kind.BOOLEAN),
        Column("Standard rate", Kind.MONEY),
        Column("Overtime rate", Kind.MONEY),
        Column("Rate per", width=9.0),
        Column("Cost per use", Kind.MONEY),
        Column("Accrue at", width=10.0),
        Column("Category", width=18.0),
        Column("Calendar"),
        Column("Material label"),
    ]
    if include_contacts:
        columns.append(Column("Email"))
    columns += [
        Column("Assignments", Kind.INTEGER, 12.0),
        Column("Work (hours)", Kind.NUMBER),
        Column("Cost", Kind.MONEY),
    ]
    rows: list[list[CellValue]] = []
    for r in resources:
        count, minutes = load.get(r["id"], (0, 0))
        row: list[CellValue] = [
            r["id"],
            r["name"],
            r["type"],
            r["initials"],
            r["group_name"],
            r["max_units"],
            r["organisation"],
            r["internal"],
            _money(r["standard_rate_cents"]),
            _money(r["overtime_rate_cents"]),
            _RATE_UNITS.get(r["type"], {}).get(r["rate_unit"], ""),
            _money(r["cost_per_use_cents"]),
            r["accrual"],
            categories.get(r["category_id"], "") if r["category_id"] is not None else "",
            calendars.get(r["calendar_id"]) if r["calendar_id"] is not None else None,
            r["material_label"],
        ]
        if include_contacts:
            row.append(r["email"])
        row += [count, round(minutes / 60, 2), _money(cost.get(r["id"], 0))]
        rows.append(row)
    return Table("Resources", tuple(columns), rows)


# What a rate is per: work by the hour or the day, material by its unit.
_RATE_UNITS = {"work": {"h": "hour", "d": "day"}, "material": {"h": "unit", "d": "unit"}}

RISK_COLUMNS = (
    Column("Koers ID", Kind.INTEGER),
    Column("Ref", width=9.0),
    Column("Title"),
    Column("Kind", width=12.0),
    Column("Category", width=14.0),
    Column("Cause"),
    Column("Event"),
    Column("Effect"),
    Column("Raised by"),
    Column("Date raised", Kind.DATE),
    Column("Owner"),
    Column("Actionee"),
    Column("Proximity", width=14.0),
    Column("Probability", Kind.INTEGER, 11.0),
    Column("Impact", Kind.INTEGER),
    Column("Score", Kind.INTEGER),
    Column("Strategy", width=11.0),
    Column("Response actions"),
    Column("Trigger"),
    Column("Contingency"),
    Column("Response cost", Kind.MONEY),
    Column("Cost impact", Kind.MONEY),
    Column("Schedule impact (days)", Kind.INTEGER, 12.0),
    Column("Residual probability", Kind.INTEGER, 12.0),
    Column("Residual impact", Kind.INTEGER, 12.0),
    Column("Status", width=16.0),
    Column("Next review", Kind.DATE),
    Column("Last review", Kind.DATE),
    Column("Reviews", Kind.INTEGER),
    Column("Tasks", width=12.0),
    Column("Response tasks", width=12.0),
    Column("Issues", width=12.0),
)


def risks_table(session: Session) -> Table:
    rows: list[list[CellValue]] = []
    for r in list_risks(session):
        rows.append(
            [
                r.id,
                r.ref,
                r.title,
                r.kind.value,
                r.category,
                r.cause,
                r.event,
                r.effect,
                r.raised_by,
                r.date_raised,
                r.owner_name,
                r.actionee_name,
                r.proximity,
                r.inherent_probability,
                r.inherent_impact,
                score(r.inherent_probability, r.inherent_impact),
                r.strategy,
                r.response_actions,
                r.trigger,
                r.contingency,
                _money(r.response_cost_cents),
                _money(r.cost_impact_cents),
                r.schedule_impact_days,
                r.residual_probability,
                r.residual_impact,
                r.status.value,
                r.next_review,
                r.last_review,
                r.review_count,
                _joined([t.row for t in r.tasks if not t.response]),
                _joined([t.row for t in r.tasks if t.response]),
                _joined(r.issue_refs),
            ]
        )
    return Table("Risks", RISK_COLUMNS, rows)


def risk_reviews_table(session: Session) -> Table:
    refs = {risk.id: risk.ref for risk in list_risks(session)}
    columns = (
        Column("Koers ID", Kind.INTEGER),
        Column("Risk", width=9.0),
        Column("Date", Kind.DATE),
        Column("Probability", Kind.INTEGER, 11.0),
        Column("Impact", Kind.INTEGER),
        Column("Score", Kind.INTEGER),
        Column("Cost impact", Kind.MONEY),
        Column("Status", width=16.0),
        Column("Note"),
    )
    rows: list[list[CellValue]] = [
        [
            review.id,
            refs.get(review.risk_id, ""),
            review.review_date,
            review.probability,
            review.impact,
            review.probability * review.impact,
            _money(review.cost_impact_cents),
            review.status.value,
            review.note,
        ]
        for review in list_reviews(session)
    ]
    return Table("Risk reviews", columns, rows)


ISSUE_COLUMNS = (
    Column("Koers ID", Kind.INTEGER),
    Column("Ref", width=9.0),
    Column("Title"),
    Column("Kind", width=18.0),
    Column("Date raised", Kind.DATE),
    Column("Raised by"),
    Column("Description"),
    Column("Impact"),
    Column("Urgency", width=10.0),
    Column("Priority", width=10.0),
    Column("Owner"),
    Column("Target date", Kind.DATE),
    Column("Status", width=12.0),
    Column("Resolution"),
    Column("Risk", width=9.0),
    Column("Tasks", width=12.0),
)


def issues_table(session: Session) -> Table:
    rows: list[list[CellValue]] = [
        [
            i.id,
            i.ref,
            i.title,
            i.kind.value,
            i.date_raised,
            i.raised_by,
            i.description,
            i.impact,
            i.urgency.value,
            i.priority.value,
            i.owner_name,
            i.target_date,
            i.status.value,
            i.resolution,
            i.risk_ref,
            _joined([t.row for t in i.tasks]),
        ]
        for i in list_issues(session)
    ]
    return Table("Issues", ISSUE_COLUMNS, rows)


# Stakeholder fields in sheet order, with their headers and kinds.
_STAKEHOLDER_FIELDS: tuple[tuple[str, str, Kind], ...] = (
    ("id", "Koers ID", Kind.INTEGER),
    ("name", "Name", Kind.TEXT),
    ("role", "Role", Kind.TEXT),
    ("organisation", "Organisation", Kind.TEXT),
    ("internal", "Internal", Kind.BOOLEAN),
    ("email", "Email", Kind.TEXT),
    ("phone", "Phone", Kind.TEXT),
    ("contact_notes", "Contact notes", Kind.TEXT),
    ("requirements", "Requirements", Kind.TEXT),
    ("expectations", "Expectations", Kind.TEXT),
    ("concerns", "Concerns", Kind.TEXT),
    ("power", "Power", Kind.INTEGER),
    ("interest", "Interest", Kind.INTEGER),
    ("attitude", "Attitude", Kind.TEXT),
    ("current_engagement", "Current engagement", Kind.TEXT),
    ("desired_engagement", "Desired engagement", Kind.TEXT),
    ("strategy", "Strategy", Kind.TEXT),
    ("relationship_owner", "Relationship owner", Kind.TEXT),
    ("information_needs", "Information needs", Kind.TEXT),
    ("channel", "Channel", Kind.TEXT),
    ("frequency", "Frequency", Kind.TEXT),
    ("language", "Language", Kind.TEXT),
    ("anonymised", "Anonymised", Kind.BOOLEAN),
    ("quadrant", "Quadrant", Kind.TEXT),
    ("engagement_gap", "Engagement gap", Kind.INTEGER),
)


def stakeholders_table(session: Session, *, include_contacts: bool = False) -> Table:
    """The register; e-mail, phone and contact notes only with ``include_contacts``."""
    records = stakeholder_rows(session, include_contacts=include_contacts)
    fields = [
        (key, header, kind)
        for key, header, kind in _STAKEHOLDER_FIELDS
        if include_contacts or key not in ("email", "phone", "contact_notes")
    ]
    columns = tuple(
        Column(header, kind, 10.0 if kind is not Kind.TEXT else None) for _, header, kind in fields
    )
    rows: list[list[CellValue]] = [[record.get(key) for key, _, _ in fields] for record in records]
    return Table("Stakeholders", columns, rows)


# -- the workbook -------------------------------------------------------------------------------


@dataclass
class _Collected:
    sheets: list[Table | GanttChart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def calendar_years(session: Session) -> tuple[int, int]:
    """The years the Calendar sheet lists public holidays for: the project's, start to end."""
    return _project_years(read_schedule(session), session)


def _project_years(computed: ProjectSchedule, session: Session) -> tuple[int, int]:
    charter = read_charter(session)
    first = charter.start_date.year
    last = (charter.target_finish or charter.start_date).year
    if computed.result is not None and computed.rows:
        last = max(last, from_instant(computed.result.project_finish).year)
        first = min(first, from_instant(computed.result.project_start).year)
    return first, last


def workbook_sheets(
    session: Session, *, include_contacts: bool = False
) -> tuple[list[Table | GanttChart], list[str]]:
    """The workbook's sheets (without the hidden Koers sheet) and warnings about them."""
    collected = _Collected()
    task_sheets = _task_sheets(session)
    computed = task_sheets.computed
    if computed.cycle is not None:
        collected.warnings.append(
            "the links form a cycle, so computed dates are left empty: " + str(computed.cycle)
        )
    calendar, calendar_warnings = calendar_table(session, _project_years(computed, session))
    collected.warnings += calendar_warnings
    collected.sheets += [
        charter_table(session),
        requirements_table(session),
        task_sheets.tasks,
        calendar,
        resources_table(session, include_contacts=include_contacts),
        risks_table(session),
        risk_reviews_table(session),
        issues_table(session),
        stakeholders_table(session, include_contacts=include_contacts),
        *budget_sheets(session),
        task_sheets.gantt,
    ]
    return collected.sheets, collected.warnings


def koers_table(revision: str, exported: dt.datetime | None = None) -> Table:
    """The hidden sheet a Koers import reads: format, revision, version, export time."""
    rows: list[list[CellValue]] = [
        ["koers_format", KOERS_FORMAT],
        ["revision", revision],
        ["koers_version", __version__],
        ["exported", (exported or dt.datetime.now()).replace(microsecond=0)],
    ]
    columns = (Column("key", width=16.0), Column("value", width=66.0))
    return Table(KOERS_SHEET, columns, rows, hidden=True, header=False)


def export_workbook(
    session: Session,
    target: Path,
    *,
    include_contacts: bool = False,
    overwrite: bool = False,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write the project to ``target`` (.xlsx) atomically: a complete file or none.

    Refuses (TargetExists) an existing target unless ``overwrite``, and (InvalidValue) a
    text too long for a cell. Contact details of stakeholders and resources are left out
    unless ``include_contacts``. ``progress`` hears how far the export is, row by row; a
    Cancelled it raises stops the export and leaves no file (an existing target untouched).
    """
    target = Path(target)
    meter = Meter(progress)
    meter.start()
    revision = project_revision(session)
    meter.advance(0.05)
    sheets, warnings = workbook_sheets(session, include_contacts=include_contacts)
    meter.advance(0.25)
    sheets.append(koers_table(revision))
    currency = read_charter(session).currency
    if progress is not None:
        sheets = _metered(sheets, meter, 0.65)
    with atomic_target(target, overwrite=overwrite) as temp:
        report = write_workbook(
            temp, sheets, currency=currency, properties={REVISION_PROPERTY: revision}
        )
        meter.finish()  # the last chance to cancel: before the rename
    rows = {title: count for title, count in report.rows.items() if title != KOERS_SHEET}
    return ExportSummary(target, rows, revision, tuple(warnings + report.warnings))


def _metered(
    sheets: Sequence[Table | GanttChart], meter: Meter, share: float
) -> list[Table | GanttChart]:
    """The sheets with rows that advance ``meter`` as the writer takes them, ``share`` in
    all, spread by the number of rows."""
    total = sum(len(s.bars if isinstance(s, GanttChart) else s.rows) for s in sheets) or 1
    metered: list[Table | GanttChart] = []
    for sheet in sheets:
        if isinstance(sheet, GanttChart):
            bars = meter.rows(sheet.bars, share * len(sheet.bars) / total)
            metered.append(dataclasses.replace(sheet, bars=bars))
        else:
            rows = meter.rows(sheet.rows, share * len(sheet.rows) / total)
            metered.append(dataclasses.replace(sheet, rows=rows))
    return metered
