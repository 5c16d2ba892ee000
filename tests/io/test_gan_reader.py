"""GanttProject reader: the shared corpus, values checked against the XML, refusals, speed."""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from pathlib import Path

import pytest
from defusedxml import ElementTree  # type: ignore[import-untyped]

from app.io import gan_reader
from app.io.gan_data import GanCalendarDate, GanDependency, GanProject, GanVacation
from app.io.gan_reader import GanError, parse_gan_bytes, read_gan
from tests.gan_files import SMALL_GAN, build_gan, hostile_gan_files, write_hostile_gan_files

HOUSE = "ganttproject__HouseBuildingSample.gan"

# name: tasks, dependencies, resources, allocations, vacations, calendar dates, baselines
CORPUS_COUNTS = {
    "blyoa__baseline__baseline-with-subtasks.gan": (2, 0, 0, 0, 0, 1, 1),
    "blyoa__task__endDate__task-crossing-recurring-holiday.gan": (1, 0, 0, 0, 0, 1, 0),
    "blyoa__task__task-with-dependencies.gan": (5, 4, 0, 0, 0, 1, 0),
    "blyoa__task__task-with-earliest-start-date.gan": (1, 0, 0, 0, 0, 1, 0),
    "blyoa__vacation__resource-with-vacation.gan": (0, 0, 1, 0, 1, 1, 0),
    HOUSE: (20, 17, 7, 30, 1, 1, 0),
}

# The House Building sample as GanttProject shows it: outline level, id, name (as written, two
# with a trailing no-break space), start, duration in working days, milestone, % complete.
HOUSE_TASKS = [
    (1, 0, "Architectural design", "2024-05-27", 25, False, 85),
    (2, 9, "Create draft of architecture", "2024-05-27", 10, False, 100),
    (2, 10, "Prepare construction documents", "2024-06-10", 15, False, 75),
    (2, 17, "Agreement on architectural plan\xa0", "2024-07-01", 0, True, 0),
    (1, 11, "Interior design", "2024-06-10", 10, False, 33),
    (2, 12, "Pre-design", "2024-06-10", 5, False, 100),
    (2, 13, "Furniture selection", "2024-06-17", 5, False, 0),
    (2, 14, "Equipment planning", "2024-06-17", 5, False, 0),
    (1, 7, "Construction phase", "2024-07-01", 75, False, 0),
    (2, 1, "Foundation building", "2024-07-01", 15, False, 0),
    (2, 2, "Ground Floor building", "2024-07-22", 20, False, 0),
    (2, 4, "First Floor building", "2024-08-19", 20, False, 0),
    (2, 5, "Roof", "2024-09-16", 10, False, 0),
    (2, 16, "Connect to communications", "2024-09-30", 10, False, 0),
    (2, 18, "Construction completed\xa0", "2024-09-30", 0, True, 0),
    (1, 8, "Decoration phase", "2024-09-30", 10, False, 0),
    (2, 6, "Walls", "2024-09-30", 5, False, 0),
    (2, 15, "Furniture", "2024-10-07", 3, False, 0),
    (2, 20, "Bring your family here", "2024-10-14", 0, True, 0),
    (1, 49, "GanttProject 3.3", "2024-05-27", 0, True, 0),
]
# Predecessor id, successor id, type, lag in days, hardness: every one finish-to-start.
HOUSE_LINKS = [
    (9, 10, "FS", 0, "Strong"),
    (9, 12, "FS", 0, "Strong"),
    (10, 17, "FS", 0, "Strong"),
    (17, 1, "FS", 0, "Strong"),
    (11, 6, "FS", 0, "Strong"),
    (12, 13, "FS", 0, "Strong"),
    (12, 14, "FS", 0, "Strong"),
    (7, 20, "FS", 0, "Strong"),
    (1, 2, "FS", 0, "Strong"),
    (2, 4, "FS", 0, "Strong"),
    (4, 5, "FS", 0, "Strong"),
    (5, 18, "FS", 0, "Strong"),
    (18, 6, "FS", 0, "Strong"),
    (18, 16, "FS", 0, "Strong"),
    (6, 15, "FS", 0, "Strong"),
    (15, 20, "FS", 0, "Strong"),
    (49, 0, "FS", 0, "Rubber"),
]


def read(corpus: Path, name: str) -> GanProject:
    return read_gan(corpus / "gan" / name)


def refused(path: Path) -> str:
    with pytest.raises(GanError) as caught:
        read_gan(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path.name}: ")
    return message


# ----- the corpus -----------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_file_is_listed(corpus: Path) -> None:
    assert {p.name for p in (corpus / "gan").glob("*.gan")} == set(CORPUS_COUNTS)


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "counts"), sorted(CORPUS_COUNTS.items()))
def test_corpus_file_reads_with_expected_counts(
    corpus: Path, name: str, counts: tuple[int, ...]
) -> None:
    project = read(corpus, name)
    assert (
        len(project.tasks),
        len(project.dependencies),
        len(project.resources),
        len(project.allocations),
        len(project.vacations),
        len(project.calendar.dates),
        len(project.baselines),
    ) == counts
    assert project.empty_milestones
    assert project.calendar.weekend == (False, False, False, False, False, True, True)


@pytest.mark.corpus
def test_house_building_tasks_and_links(corpus: Path) -> None:
    project = read(corpus, HOUSE)
    tasks = [
        (
            t.outline_level,
            t.id,
            t.name,
            t.start.isoformat() if t.start else "",
            t.duration_days,
            t.milestone,
            t.percent_complete,
        )
        for t in project.tasks
    ]
    assert tasks == HOUSE_TASKS
    links = [
        (d.predecessor_id, d.successor_id, d.type_name, d.lag_days, d.hardness)
        for d in project.dependencies
    ]
    assert links == HOUSE_LINKS
    parents = {t.id: t.parent_id for t in project.tasks}
    assert parents[9] == parents[10] == parents[17] == 0
    assert parents[6] == parents[15] == parents[20] == 8
    assert parents[0] is parents[49] is None
    # Both thirdDate values are written with thirdDate-constraint="0": no constraint.
    third = {t.id: (t.third_date, t.earliest_start) for t in project.tasks if t.third_date}
    assert third == {10: (dt.date(2022, 2, 24), None), 49: (dt.date(2018, 2, 6), None)}
    notes = next(t.notes for t in project.tasks if t.id == 14)
    assert "Embedded devices, kitchen, washing machine, dryer etc" in notes


@pytest.mark.corpus
def test_house_building_agrees_with_the_xml_itself(corpus: Path) -> None:
    """Walk the file with a plain ElementTree: the same tasks, nesting and dependencies."""
    root = ElementTree.parse(corpus / "gan" / HOUSE).getroot()
    walked: list[tuple[int, int, str]] = []
    depends: list[tuple[int, int, int, int]] = []

    def walk(element: object, level: int) -> None:
        for task in element.findall("task"):  # type: ignore[attr-defined]
            walked.append((level, int(task.get("id")), task.get("name")))
            for depend in task.findall("depend"):
                depends.append(
                    (
                        int(task.get("id")),
                        int(depend.get("id")),
                        int(depend.get("type")),
                        int(depend.get("difference")),
                    )
                )
            walk(task, level + 1)

    walk(root.find("tasks"), 1)
    project = read(corpus, HOUSE)
    assert [(t.outline_level, t.id, t.name) for t in project.tasks] == walked
    assert [
        (d.predecessor_id, d.successor_id, d.type, d.lag_days) for d in project.dependencies
    ] == depends


@pytest.mark.corpus
def test_house_building_resources_allocations_vacation(corpus: Path) -> None:
    project = read(corpus, HOUSE)
    resources = {r.id: r for r in project.resources}
    assert [r.name for r in project.resources] == [
        "Jack House",
        "John Black",
        "Michelangelo",
        "Tom White",
        "Peter Green",
        "George Brown",
        "John Silver",
    ]
    assert resources[0].role == "4" and resources[0].standard_rate == Decimal(40)
    assert resources[1].role == "Default:1" and resources[1].standard_rate is None
    assert resources[0].phone == "+44 0794353567"
    assert {role.id: role.name for role in project.roles}["4"] == "Excavator operator"
    first = project.allocations[0]
    assert (first.task_id, first.resource_id, first.load_percent, first.responsible) == (
        9,
        1,
        50.0,
        False,
    )
    assert sum(a.load_percent == 100.0 for a in project.allocations) == 26
    assert project.vacations == (GanVacation(1, dt.date(2009, 2, 2), dt.date(2009, 2, 9)),)
    assert project.calendar.dates == (GanCalendarDate(2006, 2, 14),)
    assert ("tpc0", "Is done") in project.task_properties
    assert dict(project.tasks[0].custom_values) == {"tpc0": "false"}


@pytest.mark.corpus
def test_dependency_types_and_lag(corpus: Path) -> None:
    project = read(corpus, "blyoa__task__task-with-dependencies.gan")
    assert project.dependencies == (
        GanDependency(0, 1, 1, 0, "Strong"),
        GanDependency(1, 2, 2, 0, "Rubber"),
        GanDependency(2, 3, 3, -1, "Strong"),
        GanDependency(3, 4, 4, 0, "Strong"),
    )
    assert [d.type_name for d in project.dependencies] == ["SS", "FS", "FF", "SF"]


@pytest.mark.corpus
def test_earliest_start_recurring_holiday_and_baseline(corpus: Path) -> None:
    task = read(corpus, "blyoa__task__task-with-earliest-start-date.gan").tasks[0]
    assert task.earliest_start == dt.date(2024, 1, 4) and task.third_date_constraint == 1
    recurring = read(corpus, "blyoa__task__endDate__task-crossing-recurring-holiday.gan")
    (holiday,) = recurring.calendar.dates
    assert holiday.recurring and (holiday.month, holiday.day) == (1, 3)
    assert holiday.description == "dummy recurring holiday" and holiday.date is None
    baseline = read(corpus, "blyoa__baseline__baseline-with-subtasks.gan").baselines[0]
    assert baseline.name == "baseline A"
    assert [(t.id, t.start, t.duration_days, t.summary) for t in baseline.tasks] == [
        (0, dt.date(2024, 1, 4), 2, True),
        (1, dt.date(2024, 1, 4), 2, False),
    ]


def test_small_file_every_field() -> None:
    project = parse_gan_bytes(SMALL_GAN, "small.gan")
    assert (project.name, project.version, project.description) == (
        "Small",
        "3.3.3312",
        "A small plan",
    )
    assert project.view_date == dt.date(2024, 1, 1)
    phase, design, build, done = project.tasks
    assert (phase.outline_level, design.outline_level, done.outline_level) == (1, 2, 1)
    assert design.parent_id == build.parent_id == 0 and done.parent_id is None
    assert design.notes == "Sketches first" and design.percent_complete == 100
    assert build.earliest_start == dt.date(2024, 1, 5)
    assert done.milestone and done.duration_days == 0
    assert project.dependencies == (
        GanDependency(1, 2, 2, 1, "Strong"),
        GanDependency(2, 3, 1, 0, "Rubber"),
    )
    assert project.calendar.dates == (
        GanCalendarDate(2024, 1, 3, "HOLIDAY", "one-off"),
        GanCalendarDate(None, 12, 25, "HOLIDAY", "Christmas"),
    )
    (resource,) = project.resources
    assert (resource.email, resource.standard_rate, resource.role) == (
        "ann@example.org",
        Decimal(400),
        "1",
    )
    assert project.allocations[0].load_percent == 50.0 and project.allocations[0].responsible


def test_weekend_days_and_tasks_on_weekends() -> None:
    data = (
        b'<project><calendars><day-types><default-week sun="0" mon="0" tue="0" wed="0" thu="0" '
        b'fri="1" sat="1"/><only-show-weekends value="true"/></day-types></calendars></project>'
    )
    calendar = parse_gan_bytes(data).calendar
    assert calendar.weekend == (False, False, False, False, True, True, False)
    assert calendar.tasks_run_on_weekends


def test_defaults_as_ganttproject_reads_them() -> None:
    data = (
        b'<project><tasks><task id="1"><depend id="2"/></task><task id="2"/></tasks>'
        b'<resources><resource id="1"/></resources><allocations>'
        b'<allocation task-id="1" resource-id="1"/></allocations></project>'
    )
    project = parse_gan_bytes(data)
    assert project.dependencies == (GanDependency(1, 2, 2, 0, "Strong"),)
    assert project.allocations[0].load_percent == 100.0
    assert project.tasks[0].start is None and project.tasks[0].duration_days == 0


def test_records_in_unexpected_places_are_skipped() -> None:
    """A <depend> or <task> outside the task tree belongs to no task and is not read."""
    data = (
        b'<project><tasks><task id="1"><other><task id="5"/><depend id="9"/></other></task>'
        b'</tasks><views><task id="6"/></views><resources><group><resource id="3"/></group>'
        b"</resources></project>"
    )
    project = parse_gan_bytes(data)
    assert [t.id for t in project.tasks] == [1]
    assert project.dependencies == () and project.resources == ()


def test_windows_1252_and_utf_16() -> None:
    latin = '<?xml version="1.0" encoding="windows-1252"?><project name="Café"/>'
    assert parse_gan_bytes(latin.encode("cp1252")).name == "Café"
    wide = '<?xml version="1.0" encoding="UTF-16"?><project name="Café"/>'
    assert parse_gan_bytes(wide.encode("utf-16")).name == "Café"


# ----- refusals -------------------------------------------------------------------------------


HOSTILE = hostile_gan_files(SMALL_GAN)


@pytest.mark.timeout(10)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_refused_quickly(tmp_path: Path, name: str) -> None:
    path, expected = write_hostile_gan_files(tmp_path, SMALL_GAN)[name]
    began = time.perf_counter()
    message = refused(path)
    seconds = time.perf_counter() - began
    assert expected in message
    assert "root:" not in message  # nothing of /etc/passwd
    assert seconds < 1.0, f"{name} took {seconds:.2f} s"


@pytest.mark.corpus
@pytest.mark.timeout(10)
def test_refuses_truncated_corpus_file(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "gan" / HOUSE).read_bytes()
    for cut in (len(data) // 3, len(data) // 2, len(data) - 12):
        path = tmp_path / "cut.gan"
        path.write_bytes(data[:cut])
        assert "the file is truncated" in refused(path)


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<task id="3" start="2024-01-01" complete="250"/>',
            "task id 3: complete '250' is out of range (0 to 100)",
        ),
        ('<task id="x"/>', "task #1: id 'x' is not a whole number"),
        ("<task/>", "task #1: id is missing"),
        ('<task id="1_000"/>', "task #1: id '1_000' is not a whole number"),
        ('<task id="٣"/>', "task #1: id '٣' is not a whole number"),
        (
            '<task id="1" thirdDate-constraint="1"/>',
            "task id 1: thirdDate is missing for an earliest-start constraint",
        ),
        (
            '<task id="1" thirdDate-constraint="2" thirdDate="2024-01-01"/>',
            "task id 1: thirdDate-constraint '2' is out of range (0 to 1)",
        ),
        (
            '<task id="1"><depend id="1" hardness="Soft"/></task>',
            "task id 1: depend 1: hardness 'Soft' is not Strong or Rubber",
        ),
        (
            '<task id="1"><depend id="1"/><depend id="1" difference="1.5"/></task>',
            "task id 1: depend 2: difference '1.5' is not a whole number",
        ),
        (
            '<task id="1" name="' + "x" * 100_001 + '"/>',
            "task id 1: name is longer than 100,000 characters",
        ),
    ],
)
def test_refuses_bad_task_values_naming_where(tmp_path: Path, body: str, expected: str) -> None:
    path = tmp_path / "plan.gan"
    path.write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><project><tasks>{body}</tasks></project>'
    )
    assert f"plan.gan: {expected}" == refused(path)


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (
            '<calendars><date year="" month="2" date="30"/></calendars>',
            "calendars: date 1: date month 2, date 30 (every year) is not a day of the calendar",
        ),
        (
            '<calendars><date year="1850" month="2" date="3"/></calendars>',
            "calendars: date 1: year '1850' is out of range (1,984 to 2,149)",
        ),
        (
            '<calendars><date year="2024" month="13" date="3"/></calendars>',
            "calendars: date 1: month '13' is out of range (1 to 12)",
        ),
        (
            '<calendars><date year="2024" month="1" date="3" type="PARTY"/></calendars>',
            "calendars: date 1: type 'PARTY' is not HOLIDAY, WORKING_DAY or NEUTRAL",
        ),
        (
            '<calendars><day-types><default-week sun="2"/></day-types></calendars>',
            "calendars: default-week: sun '2' is out of range (0 to 1)",
        ),
        (
            '<resources><resource id="1"><rate name="standard" value="-5"/></resource></resources>',
            "resource id 1: rate value '-5' is negative",
        ),
        (
            '<resources><resource id="1"><rate name="standard" value="1e40"/></resource>'
            "</resources>",
            "resource id 1: rate: value '1e40' is an absurd amount",
        ),
        (
            '<resources><resource id="1"/><resource id="1"/></resources>',
            "resource id 1 appears more than once",
        ),
        (
            '<tasks><task id="1"/></tasks><resources><resource id="1"/></resources><allocations>'
            '<allocation task-id="1" resource-id="1" load="-50"/></allocations>',
            "allocation 1: load '-50' is out of range (0 to 100000)",
        ),
        (
            '<tasks><task id="1"/></tasks><allocations><allocation task-id="1" resource-id="4"/>'
            "</allocations>",
            "allocation 1: resource-id 4 is not a resource in the file",
        ),
        (
            '<resources><resource id="1"/></resources><vacations><vacation start="2024-02-01" '
            'end="2024-01-01" resourceid="1"/></vacations>',
            "vacation 1: end '2024-01-01' is before start 2024-02-01",
        ),
        (
            '<previous><previous-tasks name="b"><previous-task id="1" start="1700-01-01"/>'
            "</previous-tasks></previous>",
            "previous-tasks 'b': previous-task 1: start '1700-01-01' is outside",
        ),
        ("<description>" + "x" * 100_001 + "</description>", "project: description is longer"),
    ],
)
def test_refuses_bad_values_elsewhere(tmp_path: Path, xml: str, expected: str) -> None:
    path = tmp_path / "plan.gan"
    path.write_text(f"<project>{xml}</project>")
    assert expected in refused(path)


@pytest.mark.timeout(10)
def test_refuses_too_large_file_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gan_reader, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.gan"
    path.write_bytes(b'<project name="' + b"x" * 2000 + b'"/>')
    assert "GanttProject files are read up to" in refused(path)


@pytest.mark.timeout(10)
def test_refuses_missing_file(tmp_path: Path) -> None:
    assert "cannot be opened" in refused(tmp_path / "missing.gan")


@pytest.mark.timeout(10)
def test_view_date_that_is_no_date_is_ignored() -> None:
    assert parse_gan_bytes(b'<project view-date="soon"/>').view_date is None


# ----- speed ----------------------------------------------------------------------------------


@pytest.mark.timeout(60)
def test_ten_thousand_tasks_read_fast() -> None:
    data = build_gan(10_000)
    began = time.perf_counter()
    project = parse_gan_bytes(data, "big.gan")
    seconds = time.perf_counter() - began
    assert len(project.tasks) == 10_000
    assert len(project.dependencies) == 8000
    assert sum(t.outline_level == 1 for t in project.tasks) == 1000
    # About 0.3 s on a developer laptop; the bound only catches gross slowdowns.
    assert seconds < 3.0, f"reading 10,000 tasks took {seconds:.2f} s"
