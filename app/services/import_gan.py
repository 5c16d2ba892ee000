"""Importing a GanttProject (.gan) file into a new project, in bulk.

GanttProject counts durations and lags in working days of one project calendar, has the four
link types, milestones, an earliest-start constraint, holidays, resources with allocations and
vacations, and baselines ("previous" states). A GanttProject task without links stays where
the user put it, and a "Rubber" link only keeps its successor from starting earlier; Koers
schedules every task as soon as it can, so such a task gets a start-no-earlier-than constraint
at its GanttProject start wherever Koers would otherwise schedule it earlier.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, update
from sqlalchemy.orm import Session

from app.domain.calendar import (
    DEFAULT_DAY,
    CalendarException,
    CalendarSpec,
    Recurrence,
    RecurrenceKind,
    WorkCalendar,
    WorkingTime,
    from_instant,
    to_instant,
)
from app.domain.scheduler import Constraint, LinkType
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, MAX_NAME_LENGTH
from app.io.gan_data import (
    DEPEND_FF,
    DEPEND_FS,
    DEPEND_SF,
    DEPEND_SS,
    HOLIDAY,
    NEUTRAL,
    RUBBER,
    WORKING_DAY,
    GanProject,
    GanTask,
)
from app.io.gan_reader import GanError, read_gan
from app.models.bulk import insert_rows
from app.models.entities import (
    Assignment,
    Baseline,
    Calendar,
    CalendarExceptionRow,
    Project,
    Resource,
    Task,
    TaskLink,
)
from app.services.calendars import recurrence_to_json, times_to_json, week_to_json
from app.services.progress import Meter, Progress
from app.services.project_file import create_project
from app.services.schedule import ProjectSchedule, load_schedule

MINUTES_PER_DAY = 480  # GanttProject days are the standard eight-hour day
FIXED_DURATION = 1  # GanttProject is duration-driven: allocations never change a duration
DAY_START = dt.time(8, 0)
MAX_BASELINES = 11  # Koers keeps baselines 0 to 10
MAX_WARNINGS = 20
LINK_TYPES = {DEPEND_SS: LinkType.SS, DEPEND_FS: LinkType.FS, DEPEND_FF: LinkType.FF}
LINK_TYPES[DEPEND_SF] = LinkType.SF
_JAVA_WHITE_SPACE = "".join(chr(code) for code in range(33))


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import made, for the command line and the import dialog.

    ``kept_starts`` counts the start-no-earlier-than constraints added so tasks start where
    GanttProject has them; ``dates_differing`` counts the tasks that still start on another
    working day than in the file (0 for a file GanttProject saved after scheduling).
    ``cycle`` names the tasks on a dependency loop (imported as they are; the schedule then
    reports the loop until a link is removed). ``warnings`` are one-line notes on what was left
    out or merged.
    """

    source: Path
    dest: Path
    name: str
    tasks: int = 0
    summaries: int = 0
    milestones: int = 0
    links: int = 0
    link_types: tuple[tuple[str, int], ...] = ()
    resources: int = 0
    assignments: int = 0
    calendar_exceptions: int = 0
    resource_calendars: int = 0
    vacations: int = 0
    earliest_starts: int = 0
    kept_starts: int = 0
    baselines: int = 0
    dates_differing: int = 0
    cycle: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        """The report as short English lines."""
        kinds = ", ".join(f"{count} {kind}" for kind, count in self.link_types)
        lines = [
            f"{self.source.name}: {self.tasks} tasks ({self.summaries} summaries, "
            f"{self.milestones} milestones), {self.links} links" + (f" ({kinds})" if kinds else ""),
            f"{self.resources} resources, {self.assignments} assignments, "
            f"{self.calendar_exceptions} calendar exceptions, {self.vacations} vacations "
            f"in {self.resource_calendars} resource calendars, {self.baselines} baselines",
            f"{self.earliest_starts} earliest-start constraints, {self.kept_starts} tasks held "
            f"at their GanttProject start, {self.dates_differing} tasks start on another day "
            "than in the file",
        ]
        if self.cycle:
            lines.append("the links form a cycle: " + " → ".join(self.cycle))
        lines += [f"note: {warning}" for warning in self.warnings]
        return lines


@dataclass
class _Made:
    """What the fill step counted, for the report."""

    counts: dict[str, int] = field(default_factory=dict)
    link_types: Counter[str] = field(default_factory=Counter)
    cycle: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)

    def warn(self, text: str) -> None:
        self.warnings.append(text)


def java_trim(text: str) -> str:
    """Strip as Java's String.trim does (GanttProject trims names so): characters up to the
    space, not the no-break space."""
    return text.strip(_JAVA_WHITE_SPACE)


# ----- calendars ------------------------------------------------------------------------------


def _week(project: GanProject) -> tuple[tuple[WorkingTime, ...], ...]:
    calendar = project.calendar
    return tuple(
        DEFAULT_DAY if calendar.tasks_run_on_weekends or not weekend else ()
        for weekend in calendar.weekend
    )


def _exceptions(project: GanProject, made: _Made) -> list[CalendarException]:
    exceptions = []
    neutral = 0
    for item in project.calendar.dates:
        if item.type == NEUTRAL:
            neutral += 1
            continue
        hours = DEFAULT_DAY if item.type == WORKING_DAY else ()
        name = item.description or ("Holiday" if item.type == HOLIDAY else "Working day")
        name = " ".join(name.split())[:MAX_NAME_LENGTH]
        if item.year is None:
            # Every year from the first year Koers holds: 1984 is a leap year, so 29 February
            # is a valid start too.
            first = dt.date(EARLIEST_DATE.year, item.month, item.day)
            recurrence = Recurrence(
                RecurrenceKind.YEARLY, 1, day_of_month=item.day, month=item.month
            )
            exceptions.append(CalendarException(name, first, LATEST_DATE, hours, recurrence))
        else:
            day = dt.date(item.year, item.month, item.day)
            exceptions.append(CalendarException(name, day, day, hours))
    if neutral:
        made.warn(f"{neutral} neutral calendar days (marks without effect) were left out")
    return exceptions


def _exception_row(calendar_id: int, position: int, exception: CalendarException) -> dict[str, Any]:
    return {
        "calendar_id": calendar_id,
        "position": position,
        "name": exception.name,
        "start": exception.start,
        "finish": exception.finish,
        "working_times": times_to_json(exception.working_times),
        "recurrence": recurrence_to_json(exception.recurrence),
    }


# ----- the fill -------------------------------------------------------------------------------


def _notes(text: str) -> str:
    """GanttProject indents its CDATA notes with the XML; keep the text, not the indentation."""
    return textwrap.dedent(text.replace("\r\n", "\n")).strip()


def _duration_minutes(task: GanTask, project: GanProject) -> int:
    if task.milestone and project.empty_milestones:
        return 0
    return task.duration_days * MINUTES_PER_DAY


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, DAY_START)


class _Filler:
    def __init__(
        self, project: GanProject, source: str, made: _Made, meter: Meter | None = None
    ) -> None:
        self.project = project
        self.source = source
        self.made = made
        self.meter = meter or Meter(None)
        self.task_ids: dict[int, int] = {}
        self.summaries: set[int] = set()
        self.hard: set[int] = set()  # Koers ids of tasks placed by a Strong link of their own
        self.constraint_dates: dict[int, dt.date] = {}  # Koers id → start-no-earlier-than date
        self.resource_calendars: dict[int, int] = {}  # GanttProject resource id → calendar id
        self.week = _week(project)
        self.exceptions = _exceptions(project, made)

    def fill(self, session: Session) -> None:
        connection = session.connection()
        meter = self.meter
        self._calendars(connection)
        meter.advance(0.05)
        self._tasks(connection)
        meter.advance(0.15)
        self._links(connection)
        meter.advance(0.1)
        self._resources(connection)
        meter.advance(0.1)
        self._baselines(connection)
        meter.advance(0.05)
        working_days = sum(1 for day in self.week if day)
        connection.execute(
            update(Project).values(
                calendar_id=1,
                minutes_per_day=MINUTES_PER_DAY,
                minutes_per_week=MINUTES_PER_DAY * working_days,
                days_per_month=20,
            )
        )
        session.flush()
        self._keep_starts(connection)
        session.flush()
        meter.finish()  # the last chance to cancel: before the new file is renamed into place

    def _calendars(self, connection: Connection) -> None:
        project = self.project
        rows = [
            {
                "id": 1,
                "name": "Standard",
                "base_id": None,
                "week": week_to_json(self.week),
                "holiday_country": "",
                "holiday_subdivision": "",
                "dropped_holidays": "[]",
                "external_uid": None,
            }
        ]
        exception_rows = [
            _exception_row(1, position, exception)
            for position, exception in enumerate(self.exceptions)
        ]
        self.made.counts["calendar_exceptions"] = len(exception_rows)
        vacations: dict[int, list[CalendarException]] = {}
        for vacation in project.vacations:
            vacations.setdefault(vacation.resource_id, []).append(
                CalendarException("Vacation", vacation.start, vacation.end)
            )
        names = {r.id: java_trim(r.name) for r in project.resources}
        for resource in project.resources:
            own = vacations.get(resource.id)
            if not own:
                continue
            calendar_id = len(rows) + 1
            self.resource_calendars[resource.id] = calendar_id
            rows.append(
                {
                    "id": calendar_id,
                    "name": (names[resource.id] or f"Resource {resource.id}")[:MAX_NAME_LENGTH],
                    "base_id": 1,
                    "week": json.dumps([None] * 7),
                    "holiday_country": "",
                    "holiday_subdivision": "",
                    "dropped_holidays": "[]",
                    "external_uid": resource.id,
                }
            )
            exception_rows += [
                _exception_row(calendar_id, position, exception)
                for position, exception in enumerate(own)
            ]
        self.made.counts["resource_calendars"] = len(rows) - 1
        self.made.counts["vacations"] = len(project.vacations)
        insert_rows(connection, Calendar, rows)
        insert_rows(connection, CalendarExceptionRow, exception_rows)

    def _tasks(self, connection: Connection) -> None:
        project = self.project
        parents = {t.parent_id for t in project.tasks if t.parent_id is not None}
        rows: list[dict[str, Any]] = []
        milestones = 0
        for position, task in enumerate(project.tasks):
            key = position + 1
            self.task_ids[task.id] = key
            if task.id in parents:
                self.summaries.add(key)
            milestones += task.milestone
            rows.append(
                {
                    "id": key,
                    "position": position,
                    "outline_level": task.outline_level,
                    "name": java_trim(task.name)[:MAX_NAME_LENGTH],
                    "duration_minutes": _duration_minutes(task, project),
                    "duration_unit": "d",
                    "estimated": False,
                    "milestone": task.milestone,
                    "manual": False,
                    "manual_start": None,
                    "manual_finish": None,
                    "constraint": Constraint.ASAP.value,
                    "constraint_date": None,
                    "deadline": None,
                    "calendar_id": None,
                    "percent_complete": task.percent_complete,
                    "actual_start": None,
                    "actual_finish": None,
                    "remaining_minutes": None,
                    "task_type": FIXED_DURATION,
                    "effort_driven": False,
                    "active": True,
                    "fixed_cost_cents": 0,
                    "notes": _notes(task.notes),
                    "external_uid": task.id,
                }
            )
            if task.earliest_start is not None:
                self.constraint_dates[key] = task.earliest_start
        insert_rows(connection, Task, rows)
        self.made.counts["tasks"] = len(rows)
        self.made.counts["summaries"] = len(self.summaries)
        self.made.counts["milestones"] = milestones
        self.made.counts["earliest_starts"] = len(self.constraint_dates)
        if self.constraint_dates:
            self._write_constraints(connection, self.constraint_dates)
        used = {key for task in project.tasks for key, _ in task.custom_values}
        if used:
            names = {key: name for key, name in project.task_properties}
            shown = ", ".join(sorted(repr(names.get(key, key)) for key in used)[:5])
            self.made.warn(f"custom task columns were left out ({shown})")

    def _links(self, connection: Connection) -> None:
        task_ids = self.task_ids
        fixed_start = {task_ids[t.id] for t in self.project.tasks if t.legacy_fixed_start}
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        self_links = duplicates = 0
        for dependency in self.project.dependencies:
            predecessor = task_ids[dependency.predecessor_id]
            successor = task_ids[dependency.successor_id]
            if predecessor == successor:
                self_links += 1
                continue
            if (predecessor, successor) in rows:
                duplicates += 1
                continue
            link_type = LINK_TYPES[dependency.type]
            rows[(predecessor, successor)] = {
                "predecessor_id": predecessor,
                "successor_id": successor,
                "type": link_type.value,
                "lag_minutes": dependency.lag_days * MINUTES_PER_DAY,
                "lag_unit": "d",
                "lag_percent": None,
            }
            self.made.link_types[link_type.value] += 1
            # A legacy "fixed start" task had its links made Rubber by GanttProject.
            if dependency.hardness != RUBBER and successor not in fixed_start:
                self.hard.add(successor)
        insert_rows(connection, TaskLink, list(rows.values()))
        self.made.counts["links"] = len(rows)
        if self_links:
            self.made.warn(f"{self_links} links from a task to itself were left out")
        if duplicates:
            self.made.warn(
                f"{duplicates} second links between the same two tasks were left out (Koers "
                "keeps one link per pair, as GanttProject does)"
            )

    def _resources(self, connection: Connection) -> None:
        project = self.project
        roles = {role.id: java_trim(role.name) for role in project.roles}
        resource_ids: dict[int, int] = {}
        rows = []
        for position, resource in enumerate(project.resources):
            key = position + 1
            resource_ids[resource.id] = key
            rate = resource.standard_rate or Decimal(0)
            # GanttProject's rate is per day; Koers keeps cents per hour.
            cents = (rate * 100 * 60 / MINUTES_PER_DAY).quantize(Decimal(1), ROUND_HALF_UP)
            rows.append(
                {
                    "id": key,
                    "position": position,
                    "name": (java_trim(resource.name) or f"Resource {resource.id}")[
                        :MAX_NAME_LENGTH
                    ],
                    "type": "work",
                    "initials": "",
                    "group_name": roles.get(resource.role, "")[:MAX_NAME_LENGTH],
                    "max_units": 1.0,
                    "standard_rate_cents": int(cents),
                    "overtime_rate_cents": 0,
                    "cost_per_use_cents": 0,
                    "calendar_id": self.resource_calendars.get(resource.id),
                    "material_label": "",
                    "email": java_trim(resource.email)[:MAX_NAME_LENGTH],
                    "external_uid": resource.id,
                }
            )
        insert_rows(connection, Resource, rows)
        minutes = {self.task_ids[t.id]: _duration_minutes(t, project) for t in project.tasks}
        assignments: dict[tuple[int, int], dict[str, Any]] = {}
        for allocation in project.allocations:
            task_id = self.task_ids[allocation.task_id]
            resource_id = resource_ids[allocation.resource_id]
            if (task_id, resource_id) in assignments:
                continue
            units = allocation.load_percent / 100
            assignments[(task_id, resource_id)] = {
                "task_id": task_id,
                "resource_id": resource_id,
                "units": units,
                "work_minutes": round(minutes[task_id] * units),
                "actual_work_minutes": 0,
                "remaining_work_minutes": None,
                "cost_cents": 0,
                "external_uid": None,
            }
        insert_rows(connection, Assignment, list(assignments.values()))
        self.made.counts["resources"] = len(rows)
        self.made.counts["assignments"] = len(assignments)
        merged = len(project.allocations) - len(assignments)
        if merged:
            self.made.warn(
                f"{merged} second allocations of a resource to the same task were merged"
            )

    def _baselines(self, connection: Connection) -> None:
        project = self.project
        baselines = project.baselines[:MAX_BASELINES]
        if len(project.baselines) > MAX_BASELINES:
            self.made.warn(
                f"{len(project.baselines) - MAX_BASELINES} baselines after the first "
                f"{MAX_BASELINES} were left out"
            )
        calendar = WorkCalendar(CalendarSpec("Standard", self.week, tuple(self.exceptions)))
        rows: dict[tuple[int, int], dict[str, Any]] = {}
        missing = 0
        for number, baseline in enumerate(baselines):
            for item in baseline.tasks:
                task_id = self.task_ids.get(item.id)
                if task_id is None:
                    missing += 1  # the task was deleted after the baseline was taken
                    continue
                if (task_id, number) in rows:
                    continue
                start = _day_start(item.start)
                duration = 0 if item.milestone and project.empty_milestones else item.duration_days
                minutes = duration * MINUTES_PER_DAY
                try:
                    first = calendar.next_working(to_instant(start))
                    finish: dt.datetime | None = from_instant(calendar.add_work(first, minutes))
                    start = from_instant(first)
                except ValueError:
                    finish = None  # runs past 2149: keep the start alone
                rows[(task_id, number)] = {
                    "task_id": task_id,
                    "number": number,
                    "start": start,
                    "finish": finish,
                    "duration_minutes": minutes,
                    "work_minutes": None,
                    "cost_cents": None,
                }
        insert_rows(connection, Baseline, list(rows.values()))
        self.made.counts["baselines"] = len(baselines)
        if missing:
            self.made.warn(
                f"{missing} baseline entries of tasks no longer in the file were left out"
            )

    # ----- keeping GanttProject's dates -------------------------------------------------------

    def _schedule(self, connection: Connection) -> ProjectSchedule:
        try:
            return load_schedule(connection)
        except ValueError as error:
            detail = " ".join(str(error).split())[:200]
            raise GanError(
                f"{self.source}: the plan does not fit in the dates Koers accepts "
                f"({EARLIEST_DATE.isoformat()} to {LATEST_DATE.isoformat()}): {detail}"
            ) from None

    def _compare(self, computed: ProjectSchedule) -> tuple[dict[int, dt.date], int]:
        """The tasks Koers starts on an earlier working day than the file does (with the
        file's day), and how many it starts on a later one. Working time is compared, so a
        milestone at Friday 17:00 is where GanttProject's Monday morning is."""
        result = computed.result
        assert result is not None
        starts = {self.task_ids[t.id]: t.start for t in self.project.tasks if t.start}
        early: dict[int, dt.date] = {}
        later = 0
        for row in computed.rows:
            wanted = starts.get(row.id)
            if wanted is None or row.summary or row.id not in result:
                continue
            calendar = computed.calendar_of(row)
            ours = calendar.position(result[row.id].start)
            theirs = calendar.position(to_instant(_day_start(wanted)))
            if ours < theirs:
                early[row.id] = wanted
            elif ours > theirs:
                later += 1
        return early, later

    def _keep_starts(self, connection: Connection) -> None:
        computed = self._schedule(connection)
        if computed.cycle is not None:
            self.made.cycle = computed.cycle.names
            return
        early, later = self._compare(computed)
        kept = {key: day for key, day in early.items() if key not in self.hard}
        for key, day in kept.items():
            earliest = self.constraint_dates.get(key)
            self.constraint_dates[key] = day if earliest is None else max(day, earliest)
        if kept:
            self._write_constraints(connection, {key: self.constraint_dates[key] for key in kept})
            computed = self._schedule(connection)
            early, later = self._compare(computed)
        self.made.counts["kept_starts"] = len(kept)
        self.made.counts["dates_differing"] = len(early) + later

    def _write_constraints(self, connection: Connection, dates: dict[int, dt.date]) -> None:
        cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(
                'UPDATE task SET "constraint" = ?, constraint_date = ? WHERE id = ?',
                [
                    (Constraint.SNET.value, _day_start(day).strftime("%Y-%m-%d %H:%M:%S.%f"), key)
                    for key, day in dates.items()
                ],
            )
        finally:
            cursor.close()


def _project_start(project: GanProject) -> dt.date:
    starts = [t.start for t in project.tasks if t.start is not None]
    if starts:
        return min(starts)
    return project.view_date or dt.date.today()


def import_gan(
    source: Path, dest: Path, *, overwrite: bool = False, progress: Progress | None = None
) -> ImportReport:
    """A new project at ``dest`` holding everything in the GanttProject file ``source``.

    Refusals are GanError (an InputRefused) with one line naming the file and the place;
    nothing is written then. ``TargetExists`` when ``dest`` is there and not ``overwrite``.
    ``progress`` hears the stages; a Cancelled it raises leaves no new file (an existing
    ``dest`` stays as it was).
    """
    source = Path(source)
    dest = Path(dest)
    meter = Meter(progress)
    meter.start()
    project = read_gan(source)
    meter.advance(0.3)
    name = java_trim(project.name) or source.stem or "GanttProject"
    made = _Made()
    filler = _Filler(project, source.name or str(source), made, meter)
    store = create_project(
        dest,
        " ".join(name.split())[:MAX_NAME_LENGTH] or "GanttProject",
        _project_start(project),
        overwrite=overwrite,
        fill=filler.fill,
        with_calendar=False,
    )
    store.close()
    counts = made.counts
    warnings = made.warnings[:MAX_WARNINGS]
    if len(made.warnings) > MAX_WARNINGS:
        warnings.append(f"and {len(made.warnings) - MAX_WARNINGS} more")
    return ImportReport(
        source=source,
        dest=dest,
        name=name,
        tasks=counts.get("tasks", 0),
        summaries=counts.get("summaries", 0),
        milestones=counts.get("milestones", 0),
        links=counts.get("links", 0),
        link_types=tuple(sorted(made.link_types.items())),
        resources=counts.get("resources", 0),
        assignments=counts.get("assignments", 0),
        calendar_exceptions=counts.get("calendar_exceptions", 0),
        resource_calendars=counts.get("resource_calendars", 0),
        vacations=counts.get("vacations", 0),
        earliest_starts=counts.get("earliest_starts", 0),
        kept_starts=counts.get("kept_starts", 0),
        baselines=counts.get("baselines", 0),
        dates_differing=counts.get("dates_differing", 0),
        cycle=made.cycle,
        warnings=tuple(warnings),
    )
