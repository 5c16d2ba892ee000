"""An imported GanttProject file keeps its tasks, links, calendar, resources and its dates."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import inspect, select

from app.domain.calendar import to_instant
from app.domain.files import TargetExists
from app.domain.scheduler import Constraint
from app.io.gan_reader import GanError, read_gan
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
from app.services.import_gan import ImportReport, import_gan
from app.services.project_file import check_project, open_project
from app.services.schedule import ProjectSchedule, read_schedule
from tests.gan_files import SMALL_GAN, build_gan, hostile_gan_files
from tests.io.test_gan_reader import HOUSE, HOUSE_LINKS, HOUSE_TASKS

T = TypeVar("T")

# name: tasks, summaries, milestones, links, resources, assignments, calendar exceptions,
# vacations, earliest-start constraints, baselines
CORPUS_REPORTS = {
    "blyoa__baseline__baseline-with-subtasks.gan": (2, 1, 0, 0, 0, 0, 1, 0, 0, 1),
    "blyoa__task__endDate__task-crossing-recurring-holiday.gan": (1, 0, 0, 0, 0, 0, 1, 0, 0, 0),
    "blyoa__task__task-with-dependencies.gan": (5, 0, 0, 4, 0, 0, 1, 0, 0, 0),
    "blyoa__task__task-with-earliest-start-date.gan": (1, 0, 0, 0, 0, 0, 1, 0, 1, 0),
    "blyoa__vacation__resource-with-vacation.gan": (0, 0, 0, 0, 1, 0, 1, 1, 0, 0),
    HOUSE: (20, 4, 4, 17, 7, 30, 1, 1, 0, 0),
}


def imported(source: Path, tmp_path: Path) -> tuple[ImportReport, Path]:
    dest = tmp_path / f"{source.stem}.koers"
    return import_gan(source, dest), dest


def schedule_of(path: Path) -> ProjectSchedule:
    store = open_project(path, read_only=True)
    try:
        with store.new_session() as session:
            return read_schedule(session)
    finally:
        store.close()


def rows_of(path: Path, entity: type[T]) -> list[T]:
    store = open_project(path, read_only=True)
    try:
        with store.new_session() as session:
            return list(session.scalars(select(entity).order_by(*inspect(entity).primary_key)))
    finally:
        store.close()


def start_days_agree(computed: ProjectSchedule, starts: dict[int, dt.date]) -> list[str]:
    """Leaf tasks whose computed start is not the file's start, counted in working time (a
    milestone at Friday 17:00 is where GanttProject's Monday 08:00 is)."""
    assert computed.result is not None
    wrong = []
    for row in computed.rows:
        if row.summary:
            continue
        calendar = computed.calendar_of(row)
        ours = calendar.position(computed.result[row.id].start)
        theirs = calendar.position(to_instant(dt.datetime.combine(starts[row.id], dt.time(8))))
        if ours != theirs:
            wrong.append(row.name)
    return wrong


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "expected"), sorted(CORPUS_REPORTS.items()))
def test_every_corpus_file_imports(
    corpus: Path, tmp_path: Path, name: str, expected: tuple[int, ...]
) -> None:
    source = corpus / "gan" / name
    report, dest = imported(source, tmp_path)
    assert (
        report.tasks,
        report.summaries,
        report.milestones,
        report.links,
        report.resources,
        report.assignments,
        report.calendar_exceptions,
        report.vacations,
        report.earliest_starts,
        report.baselines,
    ) == expected
    assert report.cycle == () and report.dates_differing == 0
    assert len(rows_of(dest, Task)) == report.tasks
    assert len(rows_of(dest, TaskLink)) == report.links
    assert len(rows_of(dest, Assignment)) == report.assignments
    assert "integrity ok" in check_project(dest).summary
    computed = schedule_of(dest)
    assert computed.cycle is None
    if report.tasks:
        project = read_gan(source)
        keys = {row.external_uid: row.id for row in computed.rows}
        starts = {keys[t.id]: t.start for t in project.tasks if t.start}
        assert start_days_agree(computed, starts) == []
    print(" / ".join(report.lines()))


@pytest.mark.corpus
def test_house_building_tasks_links_and_dates(corpus: Path, tmp_path: Path) -> None:
    source = corpus / "gan" / HOUSE
    report, dest = imported(source, tmp_path)
    assert report.name == "ganttproject__HouseBuildingSample"  # the file's name="" is empty
    assert report.link_types == (("FS", 17),)
    assert report.warnings == ("custom task columns were left out ('Is done')",)
    computed = schedule_of(dest)
    # Names as GanttProject shows them (trimmed the Java way: the no-break space stays).
    assert [(r.outline_level, r.external_uid, r.name) for r in computed.rows] == [
        (level, key, name) for level, key, name, *_ in HOUSE_TASKS
    ]
    assert [r.wbs for r in computed.rows][:5] == ["1", "1.1", "1.2", "1.3", "2"]
    assert [r.summary for r in computed.rows].count(True) == 4
    by_id = {r.id: r for r in computed.rows}
    links = [
        (
            by_id[link.predecessor_id].external_uid,
            by_id[link.successor_id].external_uid,
            link.type.value,
            link.lag_minutes,
        )
        for link in computed.links
    ]
    assert sorted(links) == sorted((a, b, kind, lag * 480) for a, b, kind, lag, _ in HOUSE_LINKS)
    rows = {r.external_uid: r for r in computed.rows}
    assert [rows[key].milestone for key in (17, 18, 20, 49)] == [True] * 4
    assert rows[17].duration_minutes == 0 and rows[7].duration_minutes == 75 * 480
    assert rows[0].percent_complete == 85 and rows[10].percent_complete == 75
    assert rows[14].notes == "Embedded devices, kitchen, washing machine, dryer etc"
    # GanttProject scheduled this plan; Koers puts every task on the same working day.
    assert computed.result is not None
    starts = {rows[key].id: dt.date.fromisoformat(start) for _, key, _, start, *_ in HOUSE_TASKS}
    assert start_days_agree(computed, starts) == []
    assert all(r.constraint == Constraint.ASAP for r in computed.rows)
    finish = computed.result[rows[20].id].finish
    assert computed.project_calendar.position(finish) == computed.project_calendar.position(
        to_instant(dt.datetime(2024, 10, 14, 8))
    )


@pytest.mark.corpus
def test_house_building_calendar_resources_and_assignments(corpus: Path, tmp_path: Path) -> None:
    _, dest = imported(corpus / "gan" / HOUSE, tmp_path)
    calendars = rows_of(dest, Calendar)
    assert [c.name for c in calendars] == ["Standard", "Jack House"]
    week = json.loads(calendars[0].week)
    assert week[:5] == [[[480, 720], [780, 1020]]] * 5 and week[5:] == [[], []]
    assert calendars[1].base_id == 1 and json.loads(calendars[1].week) == [None] * 7
    exceptions = rows_of(dest, CalendarExceptionRow)
    assert [(e.calendar_id, e.name, e.start, e.finish, e.recurrence) for e in exceptions] == [
        (1, "Holiday", dt.date(2006, 2, 14), dt.date(2006, 2, 14), None),
        (2, "Vacation", dt.date(2009, 2, 2), dt.date(2009, 2, 9), None),
    ]
    resources = {r.name: r for r in rows_of(dest, Resource)}
    assert resources["John Black"].group_name == "Excavator operator"
    assert resources["John Black"].standard_rate_cents == 500  # 40 a day is 5.00 an hour
    assert resources["Michelangelo"].standard_rate_cents == 12_500
    assert resources["Jack House"].calendar_id == 2 and resources["Tom White"].calendar_id is None
    assignments = rows_of(dest, Assignment)
    tasks = {t.id: t for t in rows_of(dest, Task)}
    named = {r.id: r.name for r in resources.values()}
    draft = [
        (named[a.resource_id], a.units, a.work_minutes)
        for a in assignments
        if tasks[a.task_id].external_uid == 9
    ]
    assert draft == [("Jack House", 0.5, 2400), ("Michelangelo", 1.0, 4800)]
    assert all(t.task_type == 1 for t in tasks.values())  # fixed duration, as GanttProject


@pytest.mark.corpus
def test_dependency_types_lags_and_held_starts(corpus: Path, tmp_path: Path) -> None:
    report, dest = imported(corpus / "gan" / "blyoa__task__task-with-dependencies.gan", tmp_path)
    assert report.link_types == (("FF", 1), ("FS", 1), ("SF", 1), ("SS", 1))
    tasks = {t.id: t for t in rows_of(dest, Task)}
    links = [
        (tasks[k.predecessor_id].name, tasks[k.successor_id].name, k.type.value, k.lag_minutes)
        for k in rows_of(dest, TaskLink)
    ]
    assert links == [
        ("task A", "task B", "SS", 0),
        ("task B", "task C", "FS", 0),
        ("task C", "task D", "FF", -480),
        ("task D", "task E", "SF", 0),
    ]
    # Task A has no predecessor but starts two days after task E; task C follows a Rubber link
    # that leaves it where it is: both keep their GanttProject start as a constraint.
    held = {t.name: t.constraint_date for t in tasks.values() if t.constraint == Constraint.SNET}
    assert held == {"task A": dt.datetime(2024, 1, 4, 8), "task C": dt.datetime(2024, 1, 5, 8)}
    assert report.kept_starts == 2 and report.dates_differing == 0
    project = rows_of(dest, Project)[0]
    assert project.start_date == dt.date(2024, 1, 2)


@pytest.mark.corpus
def test_earliest_start_becomes_start_no_earlier_than(corpus: Path, tmp_path: Path) -> None:
    _, dest = imported(corpus / "gan" / "blyoa__task__task-with-earliest-start-date.gan", tmp_path)
    (task,) = rows_of(dest, Task)
    assert (task.constraint, task.constraint_date) == (Constraint.SNET, dt.datetime(2024, 1, 4, 8))


@pytest.mark.corpus
def test_recurring_holiday_moves_the_finish(corpus: Path, tmp_path: Path) -> None:
    name = "blyoa__task__endDate__task-crossing-recurring-holiday.gan"
    _, dest = imported(corpus / "gan" / name, tmp_path)
    (exception,) = rows_of(dest, CalendarExceptionRow)
    assert (exception.name, exception.start, exception.finish) == (
        "dummy recurring holiday",
        dt.date(1984, 1, 3),
        dt.date(2149, 12, 31),
    )
    assert json.loads(exception.recurrence or "") == {
        "day_of_month": 3,
        "interval": 1,
        "kind": "yearly",
        "month": 1,
    }
    computed = schedule_of(dest)
    assert computed.result is not None
    (row,) = computed.rows
    # Two days from Tuesday 2 January 2024, the 3rd a holiday: it ends on Thursday the 4th.
    assert computed.result[row.id].finish == to_instant(dt.datetime(2024, 1, 4, 17))


@pytest.mark.corpus
def test_vacation_becomes_a_resource_calendar_exception(corpus: Path, tmp_path: Path) -> None:
    _, dest = imported(corpus / "gan" / "blyoa__vacation__resource-with-vacation.gan", tmp_path)
    (resource,) = rows_of(dest, Resource)
    assert resource.name == "John Doe" and resource.calendar_id == 2
    vacation = [e for e in rows_of(dest, CalendarExceptionRow) if e.calendar_id == 2]
    assert [(e.start, e.finish, e.working_times) for e in vacation] == [
        (dt.date(2024, 1, 1), dt.date(2024, 2, 1), "[]")
    ]


@pytest.mark.corpus
def test_baseline_with_subtasks(corpus: Path, tmp_path: Path) -> None:
    _, dest = imported(corpus / "gan" / "blyoa__baseline__baseline-with-subtasks.gan", tmp_path)
    tasks = {t.id: t.name for t in rows_of(dest, Task)}
    # 4 January 2024 is a Thursday: two working days end on Friday the 5th.
    assert [(tasks[b.task_id], b.number, b.start, b.finish) for b in rows_of(dest, Baseline)] == [
        ("task A", 0, dt.datetime(2024, 1, 4, 8), dt.datetime(2024, 1, 5, 17)),
        ("task Aa", 0, dt.datetime(2024, 1, 4, 8), dt.datetime(2024, 1, 5, 17)),
    ]


def test_small_file(tmp_path: Path) -> None:
    source = tmp_path / "small.gan"
    source.write_bytes(SMALL_GAN)
    report, dest = imported(source, tmp_path)
    assert report.name == "Small"
    assert (report.tasks, report.links, report.calendar_exceptions, report.resources) == (
        4,
        2,
        2,
        1,
    )
    tasks = {t.name: t for t in rows_of(dest, Task)}
    assert tasks["Design"].notes == "Sketches first"
    assert tasks["Build"].constraint == Constraint.SNET
    assert tasks["Build"].constraint_date == dt.datetime(2024, 1, 5, 8)
    assert tasks["Done"].milestone and tasks["Done"].duration_minutes == 0
    (resource,) = rows_of(dest, Resource)
    assert (resource.group_name, resource.email, resource.standard_rate_cents) == (
        "Builder",
        "ann@example.org",
        5000,
    )
    (assignment,) = rows_of(dest, Assignment)
    assert (assignment.units, assignment.work_minutes) == (0.5, 720)
    assert report.dates_differing == 0


def test_cycle_is_imported_and_reported(tmp_path: Path) -> None:
    source = tmp_path / "loop.gan"
    source.write_text(
        '<project name="Loop"><tasks>'
        '<task id="1" name="Pour" start="2024-01-01" duration="2"><depend id="2"/></task>'
        '<task id="2" name="Cure" start="2024-01-03" duration="2"><depend id="1"/></task>'
        "</tasks></project>"
    )
    report, dest = imported(source, tmp_path)
    assert report.links == 2 and set(report.cycle) == {"Pour", "Cure"}
    assert any("cycle" in line and "Pour" in line for line in report.lines())
    assert schedule_of(dest).cycle is not None


def test_self_and_duplicate_links_are_left_out_with_a_note(tmp_path: Path) -> None:
    source = tmp_path / "twice.gan"
    source.write_text(
        '<project><tasks><task id="1" start="2024-01-01" duration="2"><depend id="1"/>'
        '<depend id="2"/><depend id="2" type="1"/></task>'
        '<task id="2" start="2024-01-03" duration="2"/></tasks></project>'
    )
    report, _ = imported(source, tmp_path)
    assert report.links == 1 and report.link_types == (("FS", 1),)
    assert report.warnings == (
        "1 links from a task to itself were left out",
        "1 second links between the same two tasks were left out (Koers keeps one link per "
        "pair, as GanttProject does)",
    )


def test_plan_beyond_2149_is_refused_and_nothing_written(tmp_path: Path) -> None:
    source = tmp_path / "long.gan"
    source.write_text(
        '<project><tasks><task id="1" start="2149-06-01" duration="60000"/></tasks></project>'
    )
    dest = tmp_path / "long.koers"
    with pytest.raises(GanError, match=r"long\.gan: the plan does not fit in the dates"):
        import_gan(source, dest)
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(hostile_gan_files(SMALL_GAN)))
def test_hostile_file_writes_nothing(tmp_path: Path, name: str) -> None:
    data, expected = hostile_gan_files(SMALL_GAN)[name]
    source = tmp_path / f"{name}.gan"
    source.write_bytes(data)
    dest = tmp_path / f"{name}.koers"
    with pytest.raises(GanError) as caught:
        import_gan(source, dest)
    assert expected in str(caught.value)
    assert list(tmp_path.iterdir()) == [source]


def test_existing_destination(tmp_path: Path) -> None:
    source = tmp_path / "small.gan"
    source.write_bytes(SMALL_GAN)
    dest = tmp_path / "small.koers"
    dest.write_text("keep me")
    with pytest.raises(TargetExists):
        import_gan(source, dest)
    assert dest.read_text() == "keep me"
    assert import_gan(source, dest, overwrite=True).tasks == 4


@pytest.mark.timeout(120)
def test_ten_thousand_tasks_import_fast(tmp_path: Path) -> None:
    source = tmp_path / "big.gan"
    source.write_bytes(build_gan(10_000))
    began = time.perf_counter()
    report = import_gan(source, tmp_path / "big.koers")
    seconds = time.perf_counter() - began
    assert (report.tasks, report.summaries, report.links) == (10_000, 1000, 8000)
    # Every phase starts on 5 January 2026 as in the file: nothing to hold, nothing differs.
    assert report.kept_starts == 0 and report.dates_differing == 0
    assert seconds < 20.0, f"importing 10,000 tasks took {seconds:.2f} s"
