"""The MSPDI writer mirrors the reader: what it writes reads back as it was, in schema order."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import (
    CalendarException,
    CalendarSpec,
    Recurrence,
    RecurrenceKind,
    WorkCalendar,
    WorkingTime,
)
from app.io.mspdi_data import MspdiCalendar, MspdiProject, MspdiSettings, MspdiTask
from app.io.mspdi_plan import calendar_specs
from app.io.mspdi_reader import NAMESPACE, parse_mspdi_bytes, read_mspdi
from app.io.mspdi_writer import (
    calendar_week_days,
    duration_text,
    exception_records,
    readable_text,
    write_mspdi,
    xml_text,
)


def _names(text: str) -> list[str]:
    return text.split()


# The MSPDI schema's sequences (mspdi_pj12.xsd), for the elements Koers writes.
PROJECT_ORDER = _names(
    "SaveVersion Name Title ScheduleFromStart StartDate FinishDate CurrencySymbol CurrencyCode "
    "CalendarUID DefaultStartTime DefaultFinishTime MinutesPerDay MinutesPerWeek DaysPerMonth "
    "DefaultTaskType DurationFormat NewTasksEffortDriven StatusDate CurrentDate Calendars Tasks "
    "Resources Assignments"
)
CALENDAR_ORDER = _names(
    "UID Name IsBaseCalendar IsBaselineCalendar BaseCalendarUID WeekDays Exceptions WorkWeeks"
)
EXCEPTION_ORDER = _names(
    "EnteredByOccurrences TimePeriod Occurrences Name Type Period DaysOfWeek MonthItem "
    "MonthPosition Month MonthDay DayWorking WorkingTimes"
)
TASK_ORDER = _names(
    "UID ID Name Active Manual Type IsNull WBS OutlineNumber OutlineLevel Start Finish Duration "
    "DurationFormat Work Stop Resume EffortDriven Recurring Estimated Milestone Summary Critical "
    "EarlyStart EarlyFinish LateStart LateFinish FreeSlack TotalSlack FixedCost FixedCostAccrual "
    "PercentComplete PercentWorkComplete Cost ActualStart ActualFinish ActualDuration ActualCost "
    "RemainingDuration ConstraintType CalendarUID ConstraintDate Deadline IgnoreResourceCalendar "
    "Notes PredecessorLink Baseline ManualStart ManualFinish ManualDuration"
)
RESOURCE_ORDER = _names(
    "UID ID Name Type IsNull Initials MaterialLabel Group EmailAddress MaxUnits AccrueAt "
    "StandardRate StandardRateFormat OvertimeRate OvertimeRateFormat CostPerUse CalendarUID "
    "IsCostResource"
)
ASSIGNMENT_ORDER = _names(
    "UID TaskUID ResourceUID PercentWorkComplete ActualCost ActualFinish ActualOvertimeWork "
    "ActualStart ActualWork Cost Delay Finish OvertimeWork RegularWork RemainingWork Start Units "
    "Work WorkContour Baseline"
)


def _written(project: MspdiProject) -> bytes:
    stream = io.StringIO()
    write_mspdi(project, stream)
    return stream.getvalue().encode("utf-8")


def _normalised(project: MspdiProject) -> MspdiProject:
    """What the writer cannot keep on purpose: the legacy spelling of an exception (it writes
    the modern one) and a missing SaveVersion (it writes 14)."""
    calendars = tuple(
        dataclasses.replace(
            calendar,
            exceptions=tuple(dataclasses.replace(e, legacy=False) for e in calendar.exceptions),
        )
        for calendar in project.calendars
    )
    settings = dataclasses.replace(project.settings, save_version=None)
    return dataclasses.replace(project, calendars=calendars, settings=settings)


@pytest.mark.corpus
def test_every_corpus_file_reads_back_as_it_was_read(corpus: Path) -> None:
    files = sorted((corpus / "mspdi").glob("*.xml"))
    assert len(files) >= 20
    for path in files:
        original = read_mspdi(path)
        again = parse_mspdi_bytes(_written(original), path.name)
        assert _normalised(again) == _normalised(original), path.name


def _order_problems(element: ElementTree.Element, order: list[str]) -> list[str]:
    prefix = f"{{{NAMESPACE}}}"
    tags = [child.tag.removeprefix(prefix) for child in element]
    unknown = [tag for tag in tags if tag not in order]
    positions = [order.index(tag) for tag in tags if tag in order]
    problems = [f"unknown {tag}" for tag in unknown]
    if positions != sorted(positions):
        problems.append(f"out of order: {tags}")
    return problems


@pytest.mark.corpus
def test_elements_follow_the_schema_order(corpus: Path) -> None:
    ns = {"p": NAMESPACE}
    for name in (
        "mpxjconv__Software_Development.xml",
        "mpxj__calendar-recurring-exceptions-project2016-mspdi.xml",
        "mpxj__task-baselines-project2019-mspdi.xml",
        "mpxj__mspdiresource.xml",
    ):
        root = ElementTree.fromstring(_written(read_mspdi(corpus / "mspdi" / name)))
        problems = _order_problems(root, PROJECT_ORDER)
        for calendar in root.iterfind("p:Calendars/p:Calendar", ns):
            problems += _order_problems(calendar, CALENDAR_ORDER)
            for exception in calendar.iterfind("p:Exceptions/p:Exception", ns):
                problems += _order_problems(exception, EXCEPTION_ORDER)
        for task in root.iterfind("p:Tasks/p:Task", ns):
            problems += _order_problems(task, TASK_ORDER)
        for resource in root.iterfind("p:Resources/p:Resource", ns):
            problems += _order_problems(resource, RESOURCE_ORDER)
        for assignment in root.iterfind("p:Assignments/p:Assignment", ns):
            problems += _order_problems(assignment, ASSIGNMENT_ORDER)
        assert not problems, (name, problems[:5])


def test_text_xml_cannot_hold_becomes_a_space_and_cr_survives() -> None:
    name = "a\x00b\x1fc\x0bd\ufffee\ud800f & <g> \r\n\th\x7f"
    assert readable_text(name) == "a b c d e f & <g> \r\n\th\x7f"
    assert xml_text("R&D <x>\r") == "R&amp;D &lt;x&gt;&#13;"
    project = MspdiProject(
        MspdiSettings(title=name),
        tasks=(MspdiTask(uid=1, id=1, name=name, notes=name, outline_level=1),),
    )
    again = parse_mspdi_bytes(_written(project))
    assert again.settings.title == readable_text(name)
    assert again.tasks[0].name == again.tasks[0].notes == readable_text(name)


@given(st.text(max_size=40))
def test_any_text_reads_back_as_its_readable_form(text: str) -> None:
    project = MspdiProject(MspdiSettings(), tasks=(MspdiTask(uid=1, name=text, notes=text),))
    task = parse_mspdi_bytes(_written(project)).tasks[0]
    assert task.name == task.notes == readable_text(text)


def test_durations_are_written_in_hours_and_minutes() -> None:
    assert duration_text(0) == "PT0H0M0S"
    assert duration_text(961) == "PT16H1M0S"
    assert duration_text(-480) == "-PT8H0M0S"


START = dt.date(2026, 1, 5)
RECURRENCES = [
    None,
    Recurrence(RecurrenceKind.DAILY, 1),
    Recurrence(RecurrenceKind.DAILY, 1, occurrences=4),
    Recurrence(RecurrenceKind.DAILY, 3),
    Recurrence(RecurrenceKind.DAILY, 2, occurrences=5),
    Recurrence(RecurrenceKind.WEEKLY, 1, weekdays=frozenset({0, 4})),
    Recurrence(RecurrenceKind.WEEKLY, 2, weekdays=frozenset({2, 6}), occurrences=7),
    Recurrence(RecurrenceKind.WEEKLY, 1),
    Recurrence(RecurrenceKind.MONTHLY, 1, day_of_month=31),
    Recurrence(RecurrenceKind.MONTHLY, 2),
    Recurrence(RecurrenceKind.MONTHLY, 1, nth_weekday=(5, 4)),
    Recurrence(RecurrenceKind.MONTHLY, 3, nth_weekday=(2, 0), occurrences=6),
    Recurrence(RecurrenceKind.YEARLY, 1, day_of_month=25, month=12),
    Recurrence(RecurrenceKind.YEARLY, 1, month=5, nth_weekday=(1, 0)),
    Recurrence(RecurrenceKind.YEARLY, 1, occurrences=3),
    Recurrence(RecurrenceKind.YEARLY, 2, day_of_month=1, month=4),
]


@pytest.mark.parametrize("recurrence", RECURRENCES, ids=repr)
def test_every_recurrence_reads_back_to_the_same_days(recurrence: Recurrence | None) -> None:
    hours = (WorkingTime(540, 720),)
    exception = CalendarException("Odd", START, dt.date(2030, 12, 31), hours, recurrence)
    spec = CalendarSpec("Cal", exceptions=(exception,))
    calendar = MspdiCalendar(
        uid=1,
        name="Cal",
        is_base_calendar=True,
        base_calendar_uid=None,
        week_days=calendar_week_days(spec.week),
        exceptions=exception_records(exception),
    )
    again = parse_mspdi_bytes(_written(MspdiProject(MspdiSettings(), calendars=(calendar,))))
    read = calendar_specs(again)[1]
    assert read.week == spec.week
    days = {day for e in read.exceptions for day in e.days()}
    assert days == set(exception.days())
    assert all(e.working_times == hours and e.name == "Odd" for e in read.exceptions)
    original, back = WorkCalendar(spec), WorkCalendar(read)
    assert original.total_minutes == back.total_minutes
