"""Koers → MS Project XML → Koers keeps the project, and a corpus file keeps its dates.

Projects are compared in a canonical form by position and name, since ids may differ. The
form leaves out, on purpose, only what is not an input of the plan: the stored duration of a
summary task (the file holds the rolled-up one), the manual dates of a manual task (its dates
are compared as computed), and a remaining duration or work Koers does not hold — a started
task's then counts as what its % complete leaves, an assignment's as work minus actual work,
which is what the file states.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, insert, select, update

from app.domain.calendar import (
    DEFAULT_DAY,
    CalendarException,
    Recurrence,
    RecurrenceKind,
    WorkingTime,
    from_instant,
)
from app.domain.files import TargetExists
from app.domain.validation import InvalidValue
from app.io.mspdi_reader import read_mspdi
from app.io.mspdi_writer import readable_text
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
from app.services.calendars import (
    load_calendar_specs,
    recurrence_to_json,
    times_to_json,
    week_to_json,
)
from app.services.export_mspdi import export_mspdi
from app.services.import_mspdi import import_mspdi
from app.services.project_file import create_project, open_project
from app.services.schedule import load_schedule
from tests.conftest import TODAY

Canon = dict[str, Any]


def _days(spec: Any) -> dict[dt.date, tuple[str, tuple[WorkingTime, ...]]]:
    """Every day a calendar's own exceptions change, with the name and hours (the last wins)."""
    found: dict[dt.date, tuple[str, tuple[WorkingTime, ...]]] = {}
    for exception in spec.exceptions:
        for day in exception.days():
            found[day] = (readable_text(exception.name), exception.working_times)
    return found


def _week(spec: Any) -> tuple[Any, ...]:
    if spec.base is not None:
        return tuple(spec.week)
    standard = (DEFAULT_DAY,) * 5 + ((), ())
    return tuple(day if day is not None else standard[i] for i, day in enumerate(spec.week))


def canonical(connection: Connection) -> Canon:
    """The project by position and name: inputs, and the dates Koers computes from them."""
    project = connection.execute(select(Project.__table__)).mappings().one()
    computed = load_schedule(connection)
    assert computed.result is not None
    specs = load_calendar_specs(connection)
    calendar_name = {key: spec.name for key, spec in specs.items()}
    position = {row.id: index for index, row in enumerate(computed.rows)}
    project_spec = computed.project_calendar.spec
    tasks = connection.execute(select(Task.__table__).order_by(Task.position)).mappings().all()
    task_rows = []
    dates = []
    for row, task in zip(computed.rows, tasks, strict=True):
        assert row.id == task["id"]
        duration = None if row.summary else task["duration_minutes"]
        remaining = None
        if task["actual_start"] is not None and task["actual_finish"] is None:
            remaining = task["remaining_minutes"]
            if remaining is None:
                remaining = duration - round((duration or 0) * task["percent_complete"] / 100)
        constraint = task["constraint"]
        task_rows.append(
            (
                task["outline_level"],
                readable_text(task["name"]),
                duration,
                task["duration_unit"],
                task["estimated"],
                task["milestone"],
                task["manual"],
                constraint,
                task["constraint_date"] if constraint not in ("asap", "alap") else None,
                task["deadline"],
                readable_text(calendar_name.get(task["calendar_id"]) or ""),
                task["percent_complete"],
                task["actual_start"],
                task["actual_finish"],
                remaining,
                task["task_type"],
                task["effort_driven"],
                task["active"],
                task["fixed_cost_cents"],
                task["fixed_cost_accrual"],
                readable_text(task["notes"]),
            )
        )
        result = computed.result.get(row.id)
        dates.append(None if result is None else (result.start, result.finish, result.critical))
    links = sorted(
        (
            position[link.predecessor_id],
            position[link.successor_id],
            link.type.value,
            # a lag in percent has no unit of its own, only whether it is elapsed
            0 if link.lag_percent is not None else link.lag_minutes,
            link.lag_unit[0] == "e" if link.lag_percent is not None else link.lag_unit,
            link.lag_percent,
        )
        for link in computed.links
    )
    calendars = {
        readable_text(spec.name): (
            _week(spec),
            None if spec.base is None else readable_text(spec.base.name),
            _days(spec),
        )
        for spec in specs.values()
    }
    resources = connection.execute(
        select(Resource.__table__).order_by(Resource.position, Resource.id)
    ).mappings()
    resource_rows = [
        (
            readable_text(r["name"]),
            r["type"],
            readable_text(r["initials"]),
            readable_text(r["group_name"]),
            r["max_units"],
            r["standard_rate_cents"],
            r["overtime_rate_cents"],
            r["cost_per_use_cents"],
            readable_text(calendar_name.get(r["calendar_id"]) or ""),
            readable_text(r["material_label"]),
            readable_text(r["email"]),
            r["rate_unit"],
            r["accrual"],
        )
        for r in resources
    ]
    names = {
        key: readable_text(name)
        for key, name in connection.execute(select(Resource.id, Resource.name))
    }
    assignments = sorted(
        (
            position[a["task_id"]],
            names[a["resource_id"]],
            a["units"],
            a["work_minutes"],
            a["actual_work_minutes"],
            a["remaining_work_minutes"]
            if a["remaining_work_minutes"] is not None
            else max(0, a["work_minutes"] - a["actual_work_minutes"]),
            a["amount_cents"],
            a["overtime_work_minutes"],
            a["actual_overtime_work_minutes"],
        )
        for a in connection.execute(select(Assignment.__table__)).mappings()
    )
    baselines = sorted(
        (
            position[b["task_id"]],
            b["number"],
            b["start"],
            b["finish"],
            b["duration_minutes"],
            b["work_minutes"],
            b["cost_cents"],
        )
        for b in connection.execute(select(Baseline.__table__)).mappings()
    )
    return {
        "project": (
            readable_text(project["name"]).strip(),  # the importer strips the name
            project["start_date"],
            project["status_date"],
            project["minutes_per_day"],
            project["minutes_per_week"],
            project["days_per_month"],
            project["currency"],
            readable_text(project_spec.name),
        ),
        "project_calendar": (_week(project_spec), _days(project_spec)),
        "tasks": task_rows,
        "dates": dates,
        "links": links,
        "calendars": calendars,
        "resources": resource_rows,
        "assignments": assignments,
        "baselines": baselines,
    }


def _canonical_file(path: Path) -> Canon:
    store = open_project(path)
    try:
        with store.new_session() as session:
            return canonical(session.connection())
    finally:
        store.close()


def _round_trip(source: Path, folder: Path) -> tuple[Canon, Canon, Path]:
    store = open_project(source)
    try:
        with store.new_session() as session:
            before = canonical(session.connection())
            summary = export_mspdi(session, folder / "out.xml")
    finally:
        store.close()
    assert summary.path.stat().st_size == summary.bytes
    import_mspdi(summary.path, folder / "back.koers").close()
    return before, _canonical_file(folder / "back.koers"), summary.path


def _differences(before: Canon, after: Canon) -> list[str]:
    found = []
    for key in before:
        if before[key] == after[key]:
            continue
        if isinstance(before[key], list) and len(before[key]) == len(after[key]):
            for index, (a, b) in enumerate(zip(before[key], after[key], strict=True)):
                if a != b:
                    found.append(f"{key}[{index}]: {a!r} != {b!r}")
        else:
            found.append(f"{key}: {str(before[key])[:300]} != {str(after[key])[:300]}")
    return found


def test_the_demo_round_trips_without_loss(demo_file: Path, tmp_path: Path) -> None:
    before, after, xml = _round_trip(demo_file, tmp_path)
    assert _differences(before, after) == []
    assert len(before["tasks"]) == 62 and len(before["links"]) == 75
    assert len(before["assignments"]) == 63 and len(before["baselines"]) == 62
    assert sum(len(days) for _, _, days in before["calendars"].values()) > 1000
    project = read_mspdi(xml)
    assert project.settings.title == "CRM migration to Salesforce"
    assert project.settings.status_date == dt.datetime.combine(TODAY, dt.time(17))
    assert all(task.start is not None for task in project.tasks)


def test_export_names_stable_uids_and_refuses_to_overwrite(demo_file: Path, tmp_path: Path) -> None:
    store = open_project(demo_file)
    try:
        with store.new_session() as session:
            export_mspdi(session, tmp_path / "a.xml")
            with pytest.raises(TargetExists):
                export_mspdi(session, tmp_path / "a.xml")
            export_mspdi(session, tmp_path / "a.xml", overwrite=True)
            export_mspdi(session, tmp_path / "b.xml")
    finally:
        store.close()
    first = (tmp_path / "a.xml").read_text(encoding="utf-8")
    second = (tmp_path / "b.xml").read_text(encoding="utf-8")
    assert first.replace("<Name>a.xml</Name>", "") == second.replace("<Name>b.xml</Name>", "")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_cycle_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    def fill(session: Any) -> None:
        connection = session.connection()
        connection.execute(
            insert(Task),
            [{"id": n, "position": n - 1, "name": f"T{n}", "outline_level": 1} for n in (1, 2)],
        )
        connection.execute(
            insert(TaskLink),
            [
                {"predecessor_id": 1, "successor_id": 2, "type": "FS"},
                {"predecessor_id": 2, "successor_id": 1, "type": "FS"},
            ],
        )

    store = create_project(tmp_path / "c.koers", "Cycle", dt.date(2026, 1, 5), fill=fill)
    try:
        with store.new_session() as session, pytest.raises(InvalidValue) as refused:
            export_mspdi(session, tmp_path / "c.xml")
    finally:
        store.close()
    assert refused.value.code == "has_cycle"
    assert list(tmp_path.glob("*.xml")) == [] and list(tmp_path.glob(".*")) == []


def test_a_project_without_a_calendar_exports_koers_default(tmp_path: Path) -> None:
    def fill(session: Any) -> None:
        connection = session.connection()
        connection.execute(update(Project).values(calendar_id=None))
        connection.execute(insert(Task), [{"id": 1, "position": 0, "name": "Only"}])

    store = create_project(tmp_path / "n.koers", "No calendar", dt.date(2026, 12, 21), fill=fill)
    store.close()
    before, after, xml = _round_trip(tmp_path / "n.koers", tmp_path)
    assert before["dates"] == after["dates"]  # Christmas and New Year are holidays in both
    assert before["project_calendar"] == after["project_calendar"]
    assert read_mspdi(xml).settings.calendar_uid is not None


# ----- generated projects ---------------------------------------------------------------------

START = dt.date(2026, 3, 2)
UNITS = ("m", "h", "d", "w", "mo", "em", "eh", "ed", "ew", "emo")
LAG_UNITS = ("d", "h", "ed", "m")
CONSTRAINTS = ("asap", "alap", "mso", "mfo", "snet", "snlt", "fnet", "fnlt")
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)


@st.composite
def moments(draw: st.DrawFn) -> dt.datetime:
    day = START + dt.timedelta(days=draw(st.integers(0, 120)))
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=draw(st.integers(0, 1439)))


@st.composite
def recurrences(draw: st.DrawFn) -> Recurrence | None:
    kind = draw(st.sampled_from([None, *RecurrenceKind]))
    if kind is None:
        return None
    occurrences = draw(st.none() | st.integers(1, 6))
    if kind is RecurrenceKind.DAILY:
        return Recurrence(kind, draw(st.integers(1, 4)), occurrences=occurrences)
    if kind is RecurrenceKind.WEEKLY:
        weekdays = draw(st.frozensets(st.integers(0, 6), max_size=3))
        return Recurrence(kind, draw(st.integers(1, 3)), weekdays=weekdays, occurrences=occurrences)
    nth = draw(st.none() | st.tuples(st.integers(1, 5), st.integers(0, 6)))
    day = None if nth is not None else draw(st.none() | st.integers(1, 31))
    if kind is RecurrenceKind.MONTHLY:
        interval = draw(st.integers(1, 3))
        return Recurrence(
            kind, interval, day_of_month=day, nth_weekday=nth, occurrences=occurrences
        )
    month = draw(st.none() | st.integers(1, 12))
    return Recurrence(
        kind,
        draw(st.integers(1, 2)),
        day_of_month=day,
        month=month,
        nth_weekday=nth,
        occurrences=occurrences,
    )


@st.composite
def exceptions(draw: st.DrawFn) -> CalendarException:
    start = START + dt.timedelta(days=draw(st.integers(-30, 200)))
    finish = start + dt.timedelta(days=draw(st.integers(0, 400)))
    hours = draw(st.sampled_from([(), (WorkingTime(540, 780),), (WorkingTime(0, 1440),)]))
    return CalendarException(draw(TEXT), start, finish, hours, draw(recurrences()))


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(1, 8))
    levels = [1]
    for _ in range(count - 1):
        levels.append(draw(st.integers(1, min(3, levels[-1] + 1))))
    parents: list[int | None] = []
    stack: list[tuple[int, int]] = []
    for index, level in enumerate(levels):
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((level, index))
    summaries = {p for p in parents if p is not None}

    def ancestors(index: int) -> set[int]:
        found = set()
        parent = parents[index]
        while parent is not None:
            found.add(parent)
            parent = parents[parent]
        return found

    week = list(draw(st.sampled_from([(DEFAULT_DAY,) * 5 + ((), ()), (None,) * 7])))
    week[5] = draw(st.sampled_from([None, (), (WorkingTime(480, 720),)]))
    calendars = [
        {
            "id": 1,
            "name": "Standard",
            "base_id": None,
            "week": week_to_json(tuple((DEFAULT_DAY,) * 5 + ((), ()))),
            "holiday_country": draw(st.sampled_from(["NL", ""])),
            "holiday_subdivision": "",
            "dropped_holidays": "[]",
            "external_uid": None,
        },
        {
            "id": 2,
            "name": "Second " + draw(st.text("abc", max_size=3)),
            "base_id": draw(st.sampled_from([None, 1])),
            "week": week_to_json(tuple(week)),
            "holiday_country": "",
            "holiday_subdivision": "",
            "dropped_holidays": "[]",
            "external_uid": None,
        },
    ]
    calendar_exceptions = [
        {
            "calendar_id": draw(st.sampled_from([1, 2])),
            "position": position,
            "name": exception.name,
            "start": exception.start,
            "finish": exception.finish,
            "working_times": times_to_json(exception.working_times),
            "recurrence": recurrence_to_json(exception.recurrence),
        }
        for position, exception in enumerate(draw(st.lists(exceptions(), max_size=4)))
    ]
    tasks = []
    for index, level in enumerate(levels):
        summary = index in summaries
        minutes = 0 if summary else draw(st.integers(0, 4000))
        constraint = draw(st.sampled_from(CONSTRAINTS))
        progress = draw(st.sampled_from(["none", "started", "finished"])) if not summary else "none"
        actual_start = draw(moments()) if progress != "none" else None
        actual_finish = (
            actual_start + dt.timedelta(minutes=draw(st.integers(0, 5000)))
            if actual_start is not None and progress == "finished"
            else None
        )
        manual = not summary and draw(st.booleans())
        manual_start = draw(moments()) if manual else None
        tasks.append(
            {
                "id": index + 1,
                "position": index,
                "outline_level": level,
                "name": draw(TEXT),
                "duration_minutes": minutes,
                "duration_unit": draw(st.sampled_from(UNITS)),
                "estimated": draw(st.booleans()),
                "milestone": minutes == 0 and not summary and draw(st.booleans()),
                "manual": manual,
                "manual_start": manual_start,
                "manual_finish": (
                    manual_start + dt.timedelta(minutes=draw(st.integers(0, 4000)))
                    if manual_start is not None and draw(st.booleans())
                    else None
                ),
                "constraint": constraint,
                "constraint_date": None if constraint in ("asap", "alap") else draw(moments()),
                "deadline": draw(st.none() | moments()),
                "calendar_id": draw(st.sampled_from([None, None, 1, 2])),
                "percent_complete": {"none": 0, "finished": 100}.get(
                    progress, draw(st.integers(0, 99))
                ),
                "actual_start": actual_start,
                "actual_finish": actual_finish,
                "remaining_minutes": (
                    draw(st.none() | st.integers(0, minutes)) if progress == "started" else None
                ),
                "task_type": draw(st.integers(0, 2)),
                "effort_driven": draw(st.booleans()),
                "active": draw(st.sampled_from([True, True, True, False])),
                "fixed_cost_cents": draw(st.integers(0, 10**7)),
                "notes": draw(TEXT),
                "external_uid": None,
            }
        )
    pairs = [
        (a, b)
        for a in range(count)
        for b in range(count)
        if a != b and a not in ancestors(b) and b not in ancestors(a) and a < b
    ]
    links = []
    for a, b in draw(st.lists(st.sampled_from(pairs), unique=True, max_size=8)) if pairs else []:
        # Koers takes a percent lag after a summary task from the summary's stored duration
        # (normally 0), MS Project from its rolled-up one, which is what the file holds.
        percent = None if a in summaries else draw(st.none() | st.integers(0, 150))
        links.append(
            {
                "predecessor_id": a + 1,
                "successor_id": b + 1,
                "type": draw(st.sampled_from(["FS", "SS", "FF", "SF"])),
                "lag_minutes": 0 if percent is not None else draw(st.integers(-960, 4800)),
                "lag_unit": draw(st.sampled_from(LAG_UNITS)),
                "lag_percent": None if percent is None else float(percent),
            }
        )
    resources = [
        {
            "id": number,
            "position": number - 1,
            "name": draw(TEXT) or f"R{number}",
            "type": draw(st.sampled_from(["work", "work", "material", "cost"])),
            "initials": draw(st.text(max_size=4)),
            "group_name": draw(TEXT),
            "max_units": draw(st.sampled_from([1.0, 0.5, 2.0, 1 / 3])),
            "standard_rate_cents": draw(st.integers(0, 10**6)),
            "overtime_rate_cents": draw(st.integers(0, 10**6)),
            "cost_per_use_cents": draw(st.integers(0, 10**5)),
            "calendar_id": draw(st.sampled_from([None, 1, 2])),
            "material_label": draw(st.text(max_size=5)),
            "email": draw(st.text(max_size=10)),
            "external_uid": None,
        }
        for number in range(1, draw(st.integers(0, 3)) + 1)
    ]
    assignments = []
    if resources:
        chosen = draw(
            st.lists(
                st.tuples(st.integers(0, count - 1), st.integers(1, len(resources))),
                unique=True,
                max_size=6,
            )
        )
        for task_index, resource_id in chosen:
            work = draw(st.integers(0, 9600))
            actual = draw(st.integers(0, work))
            assignments.append(
                {
                    "task_id": task_index + 1,
                    "resource_id": resource_id,
                    "units": draw(st.sampled_from([1.0, 0.5, 0.25, 1.5])),
                    "work_minutes": work,
                    "actual_work_minutes": actual,
                    "remaining_work_minutes": draw(st.none() | st.integers(0, work)),
                    "cost_cents": draw(st.integers(0, 10**6)),
                    "external_uid": None,
                }
            )
    baselines = [
        {
            "task_id": task_index + 1,
            "number": number,
            "start": draw(st.none() | moments()),
            "finish": draw(st.none() | moments()),
            "duration_minutes": draw(st.none() | st.integers(0, 5000)),
            "work_minutes": draw(st.none() | st.integers(0, 5000)),
            "cost_cents": draw(st.none() | st.integers(0, 10**6)),
        }
        for task_index, number in draw(
            st.lists(
                st.tuples(st.integers(0, count - 1), st.integers(0, 10)), unique=True, max_size=5
            )
        )
    ]
    project = {
        "status_date": draw(st.none() | st.just(START + dt.timedelta(days=30))),
        "minutes_per_day": draw(st.sampled_from([480, 420])),
        "minutes_per_week": draw(st.sampled_from([2400, 2100])),
        "days_per_month": draw(st.sampled_from([20, 21])),
        "currency": draw(st.sampled_from(["EUR", "USD", "GBP"])),
        "calendar_id": draw(st.sampled_from([1, 2])),
    }
    return {
        # a project has a name (the importer names a nameless one after its file)
        "name": draw(TEXT.filter(lambda text: readable_text(text).strip())),
        "project": project,
        "calendars": calendars,
        "exceptions": calendar_exceptions,
        "tasks": tasks,
        "links": links,
        "resources": resources,
        "assignments": assignments,
        "baselines": baselines,
    }


def _write_plan(path: Path, plan: dict[str, Any]) -> None:
    def fill(session: Any) -> None:
        connection = session.connection()
        connection.execute(update(Project).values(calendar_id=None))
        connection.execute(Calendar.__table__.delete())
        connection.execute(insert(Calendar), plan["calendars"])
        if plan["exceptions"]:
            connection.execute(insert(CalendarExceptionRow), plan["exceptions"])
        connection.execute(update(Project).values(**plan["project"]))
        connection.execute(insert(Task), plan["tasks"])
        for table, key in ((TaskLink, "links"), (Resource, "resources")):
            if plan[key]:
                connection.execute(insert(table), plan[key])
        for table, key in ((Assignment, "assignments"), (Baseline, "baselines")):
            if plan[key]:
                connection.execute(insert(table), plan[key])

    create_project(path, plan["name"], START, fill=fill).close()


@settings(max_examples=15, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(plan=plans())
def test_generated_projects_round_trip(plan: dict[str, Any], tmp_path_factory: Any) -> None:
    folder = tmp_path_factory.mktemp("plan")
    _write_plan(folder / "plan.koers", plan)
    before, after, _xml = _round_trip(folder / "plan.koers", folder)
    assert _differences(before, after) == [], json.dumps(plan, default=str)[:2000]


# ----- the corpus -----------------------------------------------------------------------------


def _dates(path: Path) -> tuple[list[tuple[int, str]], list[Any], list[Any]]:
    store = open_project(path)
    try:
        with store.new_session() as session:
            computed = load_schedule(session.connection())
    finally:
        store.close()
    assert computed.result is not None
    position = {row.id: index for index, row in enumerate(computed.rows)}
    rows = [(row.outline_level, row.name) for row in computed.rows]
    links = sorted(
        (
            position[link.predecessor_id],
            position[link.successor_id],
            link.type.value,
            link.lag_minutes,
            link.lag_unit,
            link.lag_percent,
        )
        for link in computed.links
    )
    dates = [
        None
        if row.id not in computed.result
        else (
            from_instant(computed.result[row.id].start),
            from_instant(computed.result[row.id].finish),
        )
        for row in computed.rows
    ]
    return rows, links, dates


@pytest.mark.corpus
def test_corpus_files_exported_again_keep_tasks_links_and_dates(
    corpus: Path, tmp_path: Path
) -> None:
    files = sorted((corpus / "mspdi").glob("*.xml"))
    assert len(files) >= 20
    for source in files:
        import_mspdi(source, tmp_path / f"{source.stem}.koers").close()
        store = open_project(tmp_path / f"{source.stem}.koers")
        try:
            with store.new_session() as session:
                export_mspdi(session, tmp_path / f"{source.stem}.xml")
        finally:
            store.close()
        import_mspdi(tmp_path / f"{source.stem}.xml", tmp_path / f"{source.stem}.b.koers").close()
        first = _dates(tmp_path / f"{source.stem}.koers")
        again = _dates(tmp_path / f"{source.stem}.b.koers")
        assert again[0] == first[0], source.name
        assert again[1] == first[1], source.name
        assert again[2] == first[2], source.name
