"""MSPDI reader: the shared corpus, values checked by eye against the XML, refusals, speed."""

from __future__ import annotations

import collections
import datetime as dt
import gc
import importlib.util
import time
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.io import mspdi_reader
from app.io.mspdi_data import MspdiProject, MspdiTask
from app.io.mspdi_reader import MspdiError, parse_mspdi_bytes, read_mspdi

REPO = Path(__file__).resolve().parents[2]
NS = "http://schemas.microsoft.com/project"

# Task counts of corpus/MANIFEST.md: without the project summary task (UID 0) and blank rows.
MANIFEST_TASKS = {
    "aspose__CopyToProjectEmpty.xml": 1,
    "aspose__CreateCalendar.xml": 10,
    "ganttproject__holidays.xml": 1,
    "ganttproject__issue1520.xml": 0,
    "mpxj__assignment-assignments-project2019-mspdi.xml": 3,
    "mpxj__baselines.xml": 1,
    "mpxj__calendar-calendars-project2019-mspdi.xml": 0,
    "mpxj__calendar-recurring-exceptions-project2016-mspdi.xml": 0,
    "mpxj__legacy__caltest.xml": 3,
    "mpxj__legacy__sample.xml": 19,
    "mpxj__mspdiduration.xml": 10,
    "mpxj__mspdinulltasks.xml": 5,
    "mpxj__mspdirelations.xml": 5,
    "mpxj__mspdiresource.xml": 3,
    "mpxj__mspdisplittask.xml": 2,
    "mpxj__mspditimephasedsegments.xml": 20,
    "mpxj__task-baselines-project2019-mspdi.xml": 110,
    "mpxj__task-links-project2019-mspdi.xml": 16,
    "mpxjconv__CalculateWorkHours_holiday.xml": 10,
    "mpxjconv__Homemoveplan.xml": 171,
    "mpxjconv__Residential_Construction.xml": 108,
    "mpxjconv__Software_Development.xml": 86,
    "mpxjconv__TrainingRollout.xml": 76,
}


def read(corpus: Path, name: str) -> MspdiProject:
    return read_mspdi(corpus / "mspdi" / name)


def task(project: MspdiProject, uid: int) -> MspdiTask:
    return next(t for t in project.tasks if t.uid == uid)


def mspdi(body: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="{NS}">{body}</Project>'.encode()
    )


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute)


# ----- the corpus -----------------------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_file_is_listed(corpus: Path) -> None:
    assert {p.name for p in (corpus / "mspdi").glob("*.xml")} == set(MANIFEST_TASKS)


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "count"), sorted(MANIFEST_TASKS.items()))
def test_corpus_file_reads_with_manifest_task_count(corpus: Path, name: str, count: int) -> None:
    project = read(corpus, name)
    assert len(project.plan_tasks) == count
    uids = [t.uid for t in project.tasks]
    assert len(set(uids)) == len(uids)
    assert project.calendars, "every MS Project file has a calendar"
    for t in project.plan_tasks:
        assert t.start is None or dt.date(1984, 1, 1) <= t.start.date() <= dt.date(2149, 12, 31)


@pytest.mark.corpus
def test_relations_link_types_and_lag(corpus: Path) -> None:
    """mspdirelations.xml: Type 0 = FF, 1 = FS, 2 = SF, 3 = SS; LinkLag 4800 tenths = 1 day."""
    project = read(corpus, "mpxj__mspdirelations.xml")
    links = {t.uid: t.predecessors for t in project.tasks if t.predecessors}
    assert {
        uid: [(link.predecessor_uid, link.type_name) for link in found]
        for uid, found in links.items()
    } == {
        2: [(1, "FS")],
        3: [(2, "SS")],
        4: [(3, "FF")],
        5: [(4, "SF")],
    }
    ss = links[3][0]
    assert (ss.type, ss.link_lag, ss.lag_format, ss.lag_unit) == (3, 4800, 7, "d")
    assert (ss.lag_minutes, ss.lag_percent) == (480, None)
    # The SS+1d successor starts the next working day: Friday 22nd + 1 day = Monday 25th.
    assert task(project, 2).start == at(2006, 9, 22, 8)
    assert task(project, 3).start == at(2006, 9, 25, 8)
    # The SF successor's finish is stored as 08:00 of the next day.
    assert task(project, 5).finish == at(2006, 9, 25, 8)


@pytest.mark.corpus
def test_training_rollout_leads_lags_and_ss_links(corpus: Path) -> None:
    project = read(corpus, "mpxjconv__TrainingRollout.xml")
    links = [link for t in project.tasks for link in t.predecessors]
    types = collections.Counter(link.type_name for link in links)
    assert types == {"FS": 59, "SS": 4}
    lags = [link.lag_minutes for link in links if link.lag_minutes]
    assert len(lags) == 21
    assert sorted(lag for lag in lags if lag < 0) == [-1920, -960, -960, -960, -480]
    lead = task(project, 73).predecessors[0]
    assert (lead.predecessor_uid, lead.type_name, lead.link_lag, lead.lag_minutes) == (
        67,
        "FS",
        -19200,
        -1920,
    )
    assert {t.uid for t in project.tasks for link in t.predecessors if link.type_name == "SS"} == {
        86,
        78,
        93,
        115,
    }
    assert task(project, 52).predecessors[0].lag_minutes == 43200  # 90 days of 480 minutes
    assert collections.Counter(t.constraint_name for t in project.plan_tasks)["SNET"] == 10


@pytest.mark.corpus
def test_software_development_percent_lags(corpus: Path) -> None:
    """LinkLag with LagFormat 19 (%) is the percentage itself: -75 is FS-75%."""
    project = read(corpus, "mpxjconv__Software_Development.xml")
    percent = {
        (t.uid, link.predecessor_uid, link.type_name, link.lag_percent, link.lag_unit)
        for t in project.tasks
        for link in t.predecessors
        if link.lag_percent is not None
    }
    assert percent == {(30, 29, "FS", -75, "%"), (59, 29, "FS", -50, "%"), (63, 29, "FS", -50, "%")}
    link = task(project, 30).predecessors[0]
    assert (link.link_lag, link.lag_format, link.lag_minutes) == (-75, 19, None)
    scope = task(project, 2)
    assert scope.percent_complete == 30
    assert scope.actual_start == at(2012, 12, 24, 8)
    assert scope.cost_cents == 12000
    assert [(b.number, b.start) for b in scope.baselines] == [(0, at(2012, 12, 24, 8))]
    # TotalSlack 1440 tenths of a minute: 12:00 to 15:24 with a lunch hour.
    assert scope.total_slack_minutes == 144
    assert sum(1 for t in project.plan_tasks if t.milestone) == 12


@pytest.mark.corpus
def test_holiday_calendar_exceptions(corpus: Path) -> None:
    """Exceptions are preferred; the legacy DayType 0 copies MS Project also writes are not
    counted twice."""
    project = read(corpus, "mpxjconv__CalculateWorkHours_holiday.xml")
    standard = next(c for c in project.calendars if c.uid == project.settings.calendar_uid)
    assert standard.name == "Standard"
    assert [(e.name, e.from_date, e.to_date, e.working, e.legacy) for e in standard.exceptions] == [
        ("Company Holiday", at(2010, 6, 11), dt.datetime(2010, 6, 11, 23, 59, 59), False, False),
        ("Official Holiday", at(2010, 7, 30), dt.datetime(2010, 7, 30, 23, 59, 59), False, False),
    ]
    assert all(not e.recurring and e.kind == "daily" for e in standard.exceptions)
    assert [d.day_type for d in standard.week_days] == [1, 2, 3, 4, 5, 6, 7]
    monday = standard.week_days[1]
    assert monday.working is True
    assert [(w.from_minute, w.to_minute) for w in monday.working_times] == [(480, 720), (780, 1020)]
    assert standard.week_days[0].working is False  # DayType 1 is Sunday
    task4 = next(t for t in project.tasks if t.name == "Task4")
    assert (task4.start, task4.finish, task4.duration_minutes) == (
        at(2010, 6, 10, 8),
        at(2010, 6, 24, 17),
        4800,
    )
    derived = [c for c in project.calendars if not c.is_base_calendar]
    assert derived and all(c.base_calendar_uid == 1 for c in derived)


@pytest.mark.corpus
def test_duration_units(corpus: Path) -> None:
    """mspdiduration.xml: one task per unit; elapsed durations are written as wall-clock time."""
    project = read(corpus, "mpxj__mspdiduration.xml")
    found = [(t.duration_format, t.duration_unit, t.duration_minutes) for t in project.plan_tasks]
    assert found == [
        (3, "m", 1),
        (5, "h", 60),
        (7, "d", 480),
        (9, "w", 2400),
        (11, "mo", 9600),
        (4, "em", 1),
        (6, "eh", 60),
        (8, "ed", 1440),
        (10, "ew", 10080),
        (12, "emo", 43200),
    ]
    assert task(project, 10).finish == at(2009, 4, 24, 8)  # 30 calendar days later
    assert project.tasks[0].duration_unit is None  # DurationFormat 21: the project default
    assert project.settings.duration_format == 7


@pytest.mark.corpus
def test_recurring_exceptions(corpus: Path) -> None:
    project = read(corpus, "mpxj__calendar-recurring-exceptions-project2016-mspdi.xml")
    (calendar,) = project.calendars
    exceptions = calendar.exceptions
    assert len(exceptions) == 27
    assert not any(e.legacy for e in exceptions), "138 legacy WeekDay copies are not read"
    recurring = [e for e in exceptions if e.recurring]
    kinds = collections.Counter(e.kind.split("_")[0] for e in recurring)
    assert kinds == {"monthly": 10, "weekly": 7, "yearly": 6, "daily": 3}
    assert [e.name for e in exceptions if not e.recurring] == ["Daily 1"]
    assert [e.name for e in exceptions if e.working] == ["Recurring Working"]
    by_name = {e.name: e for e in exceptions}
    daily = by_name["Daily 2"]
    assert (daily.type_code, daily.kind, daily.period, daily.occurrences) == (7, "daily", 3, 4)
    weekly = by_name["Weekly 3 Wednesday"]
    assert (weekly.kind, weekly.period, weekly.days_of_week) == ("weekly", 3, 8)
    assert by_name["Weekly 7 Sunday"].days_of_week == 1
    monthly = by_name["Monthly Relative 7"]  # second Sunday every 8 months
    assert (monthly.kind, monthly.month_item, monthly.month_position, monthly.period) == (
        "monthly_by_position",
        3,
        1,
        8,
    )
    absolute = by_name["Monthly Absolute 2"]
    assert (absolute.kind, absolute.month_day, absolute.period) == ("monthly_by_day", 4, 5)
    yearly = by_name["Yearly Absolute 1"]  # 1 February (Month 1), 2005..2007
    assert (yearly.kind, yearly.month, yearly.month_day, yearly.to_date.date()) == (
        "yearly_by_day",
        1,
        1,
        dt.date(2007, 2, 1),
    )
    relative = by_name["Yearly Relative 1"]  # first Tuesday of March
    assert (relative.kind, relative.month, relative.month_item, relative.month_position) == (
        "yearly_by_position",
        2,
        5,
        0,
    )
    working = by_name["Recurring Working"]
    assert working.entered_by_occurrences and working.occurrences == 3
    assert [(w.from_minute, w.to_minute) for w in working.working_times] == [
        (540, 780),
        (840, 1020),
    ]


@pytest.mark.corpus
def test_caltest_legacy_exceptions_and_calendar_tree(corpus: Path) -> None:
    project = read(corpus, "mpxj__legacy__caltest.xml")
    calendars = {c.uid: c for c in project.calendars}
    assert {
        uid: (c.name, c.is_base_calendar, c.base_calendar_uid) for uid, c in calendars.items()
    } == {
        1: ("Standard", True, None),
        3: ("Base Calendar", True, None),
        4: ("Resource One", False, 1),
        5: ("Resource Two", False, 3),
        6: ("Resource Three", False, 3),
    }
    three = calendars[6]
    assert three.week_days == ()  # a derived calendar lists only what it changes
    assert [
        (e.from_date, e.to_date, e.working, e.legacy, e.recurring) for e in three.exceptions
    ] == [
        (at(2005, 11, 1), at(2005, 11, 4, 23, 59), False, True, False),
        (at(2005, 11, 21), at(2005, 11, 25, 23, 59), False, True, False),
    ]
    assert {t.name: t.calendar_uid for t in project.plan_tasks} == {
        "Task One": None,
        "Task Two": 1,
        "Task Three": 3,
    }
    assert [r.calendar_uid for r in project.resources if r.name] == [4, 5, 6]


@pytest.mark.corpus
def test_baselines_and_minutes_per_day(corpus: Path) -> None:
    project = read(corpus, "mpxj__baselines.xml")
    assert project.settings.minutes_per_day == 450
    (only,) = project.plan_tasks
    assert [b.number for b in only.baselines] == list(range(1, 11))
    for b in only.baselines:
        assert b.duration_minutes == 450 * b.number  # 7.5 hours a day
        assert b.work_minutes == 60 * b.number
        assert b.cost_cents == 100 * b.number
        assert b.start == at(2001, 1, b.number, 9)
    (assignment,) = project.assignments
    assert assignment.baselines[0].number == 1
    assert assignment.baselines[0].work_minutes == 450


@pytest.mark.corpus
def test_task_baselines_0_to_10(corpus: Path) -> None:
    project = read(corpus, "mpxj__task-baselines-project2019-mspdi.xml")
    numbers = collections.Counter(b.number for t in project.tasks for b in t.baselines)
    assert numbers == dict.fromkeys(range(11), 8)
    assert all(t.manual and t.estimated for t in project.plan_tasks[1:])
    assert {t.duration_unit for t in project.plan_tasks} == {None}  # DurationFormat 53


@pytest.mark.corpus
def test_legacy_sample(corpus: Path) -> None:
    """MS Project 2002/2003: one-line XML without SaveVersion."""
    project = read(corpus, "mpxj__legacy__sample.xml")
    assert project.settings.save_version is None
    assert project.settings.currency_symbol == "£"
    links = collections.Counter(link.type_name for t in project.tasks for link in t.predecessors)
    assert links == {"FS": 3, "SS": 1, "FF": 1, "SF": 1}
    assert sorted(
        link.lag_minutes for t in project.tasks for link in t.predecessors if link.lag_minutes
    ) == [
        -480,
        480,
    ]
    assert collections.Counter(t.constraint_name for t in project.plan_tasks)["SNET"] == 4
    assert sum(t.summary for t in project.plan_tasks) == 3
    assert sum(t.milestone for t in project.plan_tasks) == 1
    assert next(t.name for t in project.plan_tasks if t.recurring) == "Recurring Task"
    night = next(c for c in project.calendars if c.name == "Night Shift")
    monday, tuesday = night.week_days[1], night.week_days[2]
    assert [(w.from_minute, w.to_minute) for w in monday.working_times] == [(1380, 1440)]
    assert [(w.from_minute, w.to_minute) for w in tuesday.working_times] == [
        (0, 180),
        (240, 480),
        (1380, 1440),
    ]
    assert len(project.assignments) == 17


@pytest.mark.corpus
def test_resources_costs_and_progress(corpus: Path) -> None:
    project = read(corpus, "mpxj__mspdiresource.xml")
    resources = {r.uid: r for r in project.resources}
    wade = resources[1]
    assert (wade.name, wade.initials, wade.group, wade.email_address) == (
        "Wade Golden",
        "WG",
        "Steelray",
        "wade.golden@steelray.com",
    )
    assert (wade.standard_rate, wade.standard_rate_format, wade.overtime_rate) == (
        Decimal(50),
        2,
        Decimal(100),
    )
    assert (wade.type, wade.max_units, wade.calendar_uid) == (1, 1.0, 3)
    concrete = resources[4]
    assert (concrete.type, concrete.material_label, concrete.cost_per_use_cents) == (
        0,
        "ton",
        50000,
    )
    first = project.assignments[0]
    assert (first.task_uid, first.resource_uid, first.units, first.work_minutes) == (
        2,
        1,
        1.0,
        1440,
    )
    assert first.cost_cents == 120000  # 24 h at 50 an hour = 1,200.00
    done = task(project, 4)
    assert (done.percent_complete, done.actual_start, done.actual_finish) == (
        100,
        at(2006, 8, 26, 8),
        at(2006, 8, 29, 17),
    )
    assert (done.actual_duration_minutes, done.remaining_duration_minutes) == (960, 0)
    assert task(project, 2).cost_cents == 540000


@pytest.mark.corpus
def test_null_tasks(corpus: Path) -> None:
    project = read(corpus, "mpxj__mspdinulltasks.xml")
    assert [t.uid for t in project.tasks if t.is_null] == [2, 5, 7]
    assert [t.name for t in project.plan_tasks] == [
        "Task 1",
        "Task 2",
        "Task 3",
        "Task 4",
        "Task 5",
    ]
    assert [t.outline_level for t in project.plan_tasks] == [1, 2, 2, 1, 2]
    assert project.settings.minutes_per_day == 450


@pytest.mark.corpus
def test_other_writers(corpus: Path) -> None:
    gantt = read(corpus, "ganttproject__holidays.xml")
    asap = gantt.plan_tasks[0]
    assert (asap.constraint_type, asap.constraint_date) == (0, None)  # 1970-01-01 is ignored
    assert gantt.assignments[0].resource_uid is None  # -65535
    aspose = read(corpus, "aspose__CreateCalendar.xml")
    assert [a.resource_uid for a in aspose.assignments].count(None) == 3  # Aspose writes -1
    issue = read(corpus, "ganttproject__issue1520.xml")
    saturday, monday = issue.calendars[0].exceptions
    assert (saturday.from_date.date(), saturday.working, len(saturday.working_times)) == (
        dt.date(2018, 4, 28),
        True,
        2,
    )
    assert (monday.from_date.date(), monday.working) == (dt.date(2018, 4, 30), False)
    empty = read(corpus, "aspose__CopyToProjectEmpty.xml")
    standard = next(c for c in empty.calendars if c.exceptions)
    assert len(standard.exceptions) == 553
    assert empty.plan_tasks[0].constraint_name == "SNET"


@pytest.mark.corpus
def test_without_namespace_and_in_utf16(corpus: Path) -> None:
    data = (corpus / "mspdi" / "mpxj__mspdirelations.xml").read_bytes()
    expected = parse_mspdi_bytes(data)
    plain = parse_mspdi_bytes(data.replace(f' xmlns="{NS}"'.encode(), b""))
    assert plain == expected
    text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    assert parse_mspdi_bytes(text.encode("utf-16")) == expected


def test_formats_and_source_name() -> None:
    data = mspdi(
        "<Tasks><Task><UID>1</UID><Duration>PT16H0M0S</Duration><DurationFormat>39"
        "</DurationFormat><PredecessorLink><PredecessorUID>2</PredecessorUID><Type>0</Type>"
        "<LinkLag>25</LinkLag><LagFormat>52</LagFormat></PredecessorLink><PredecessorLink>"
        "<PredecessorUID>3</PredecessorUID><LinkLag>14400</LinkLag><LagFormat>8</LagFormat>"
        "</PredecessorLink></Task><Task><UID>2</UID></Task><Task><UID>3</UID></Task></Tasks>"
    )
    first = parse_mspdi_bytes(data).tasks[0]
    assert (first.duration_format, first.duration_unit, first.type) == (39, "d", None)
    percent, elapsed = first.predecessors
    assert (percent.type_name, percent.lag_unit, percent.lag_percent, percent.lag_minutes) == (
        "FF",
        "e%",
        25,
        None,
    )
    assert (elapsed.type_name, elapsed.lag_unit, elapsed.lag_minutes) == ("FS", "ed", 1440)
    with pytest.raises(MspdiError, match=r"^<bytes>: Tasks/Task UID 1: DurationFormat '99' is not"):
        parse_mspdi_bytes(
            mspdi("<Tasks><Task><UID>1</UID><DurationFormat>99</DurationFormat></Task></Tasks>")
        )


def test_garbage_collector_state_is_restored() -> None:
    gc.enable()
    parse_mspdi_bytes(mspdi("<Name>x</Name>"))
    assert gc.isenabled()
    with pytest.raises(MspdiError):
        parse_mspdi_bytes(mspdi("<Name>x</Nam>"))
    assert gc.isenabled()
    gc.disable()
    try:
        parse_mspdi_bytes(mspdi("<Name>x</Name>"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_work_weeks_and_durations() -> None:
    data = mspdi(
        "<Calendars><Calendar><UID>1</UID><Name>Std</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "<BaseCalendarUID>0</BaseCalendarUID>"
        "<WorkWeeks><WorkWeek><TimePeriod><FromDate>2026-07-01T00:00:00</FromDate>"
        "<ToDate>2026-08-31T23:59:00</ToDate></TimePeriod><Name>Summer</Name><WeekDays>"
        "<WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
        "<FromTime>08:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes>"
        "</WeekDay></WeekDays></WorkWeek></WorkWeeks></Calendar></Calendars>"
        "<Tasks><Task><UID>1</UID><Duration>PT-8H0M0S</Duration><Work>P1DT2H</Work>"
        "<ActualDuration>PT0H0M30S</ActualDuration><RemainingDuration>PT7H59M29.9S"
        "</RemainingDuration><TotalSlack>-4805</TotalSlack><FreeSlack>14</FreeSlack>"
        "<Manual>1</Manual><Active>0</Active><ConstraintType>4</ConstraintType>"
        "<ConstraintDate>2026-03-02T08:00:00</ConstraintDate><CalendarUID>-1</CalendarUID>"
        "<Cost>1234.5</Cost></Task></Tasks>"
    )
    project = parse_mspdi_bytes(data)
    (calendar,) = project.calendars
    assert calendar.base_calendar_uid is None
    (week,) = calendar.work_weeks
    assert (week.name, week.from_date, week.to_date) == (
        "Summer",
        at(2026, 7, 1),
        at(2026, 8, 31, 23, 59),
    )
    assert [(d.day_type, d.working, d.working_times[0].to_minute) for d in week.week_days] == [
        (6, True, 780)
    ]
    (only,) = project.tasks
    assert (only.duration_minutes, only.work_minutes) == (-480, 1560)
    assert (only.actual_duration_minutes, only.remaining_duration_minutes) == (1, 479)
    assert (only.total_slack_minutes, only.free_slack_minutes) == (-481, 1)
    assert (only.manual, only.active, only.constraint_name) == (True, False, "SNET")
    assert only.constraint_date == at(2026, 3, 2, 8)
    assert (only.calendar_uid, only.cost_cents) == (None, 1235)
    defaults = project.settings
    assert (defaults.minutes_per_day, defaults.minutes_per_week, defaults.days_per_month) == (
        480,
        2400,
        20,
    )


# ----- refusals -------------------------------------------------------------------------------


def refused(path: Path) -> str:
    with pytest.raises(MspdiError) as caught:
        read_mspdi(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path.name}: ")
    assert "Traceback" not in message
    return message


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.timeout(10)
def test_refuses_xxe(tmp_path: Path) -> None:
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        f'<Project xmlns="{NS}"><Name>&xxe;</Name></Project>'
    ).encode()
    message = refused(write(tmp_path, "xxe.xml", data))
    assert "DOCTYPE" in message and "refused" in message
    assert "root:" not in message


@pytest.mark.timeout(10)
def test_refuses_billion_laughs(tmp_path: Path) -> None:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE Project [{entities}]><Project xmlns="{NS}">'
    data += "<Name>&lol9;</Name></Project>"
    assert "DOCTYPE" in refused(write(tmp_path, "lol.xml", data.encode()))


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    "doctype",
    [
        "<!DOCTYPE Project>",
        '<!DOCTYPE Project SYSTEM "http://example.invalid/project.dtd">',
        "<!DOCTYPE Project [<!ELEMENT Project ANY>]>",
        '<!DOCTYPE Project [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
    ],
)
def test_refuses_any_doctype(tmp_path: Path, doctype: str) -> None:
    data = f'<?xml version="1.0"?>{doctype}<Project xmlns="{NS}"><Name>x</Name></Project>'
    assert "DOCTYPE" in refused(write(tmp_path, "doctype.xml", data.encode()))


@pytest.mark.timeout(10)
def test_refuses_doctype_after_root_and_undefined_entity(tmp_path: Path) -> None:
    after = f'<Project xmlns="{NS}"/><!DOCTYPE Project>'.encode()
    assert "not well-formed" in refused(write(tmp_path, "after.xml", after))
    entity = mspdi("<Name>&foo;</Name>")
    assert "undefined entity" in refused(write(tmp_path, "entity.xml", entity))


@pytest.mark.timeout(10)
def test_refuses_malformed_xml(tmp_path: Path) -> None:
    message = refused(write(tmp_path, "bad.xml", mspdi("<Name>x</Nam>")))
    assert "is not well-formed XML: mismatched tag at line 2" in message


@pytest.mark.corpus
@pytest.mark.timeout(10)
def test_refuses_truncated_xml(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "mspdi" / "mpxjconv__Homemoveplan.xml").read_bytes()
    message = refused(write(tmp_path, "cut.xml", data[: len(data) // 2]))
    assert "ends too early" in message and "truncated" in message


@pytest.mark.corpus
@pytest.mark.timeout(10)
def test_refuses_xml_that_is_not_mspdi(tmp_path: Path, corpus: Path) -> None:
    gan = (corpus / "gan" / "ganttproject__HouseBuildingSample.gan").read_bytes()
    message = refused(write(tmp_path, "house.xml", gan))
    assert "is XML but not MS Project XML: its root element is <project>, not <Project>" in message
    other = write(tmp_path, "other.xml", b'<Project xmlns="urn:example"><Name>x</Name></Project>')
    assert "namespace 'urn:example'" in refused(other)


@pytest.mark.corpus
@pytest.mark.timeout(10)
def test_refuses_mpp(corpus: Path) -> None:
    mpp = corpus / "mpp" / "aspose__Homemoveplan.mpp"
    message = refused(mpp)
    assert (
        "binary Microsoft Project (.mpp)" in message and "save it from MS Project as XML" in message
    )


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "is empty"),
        (b"  \r\n\t", "is empty (only white space)"),
        (b'<?xml version="1.0"?>\n', "contains no XML element"),
        (b"Task;Start;Finish\n1;2026-01-01;2026-01-02\n", "is not an XML file"),
        (bytes(range(256)) * 4, "is not an XML file"),
        (b"PK\x03\x04rest-of-a-zip", "is a ZIP archive"),
        (b'<?xml version="1.0" encoding="no-such-codec"?><Project/>', "no-such-codec"),
    ],
)
def test_refuses_empty_and_binary_files(tmp_path: Path, data: bytes, expected: str) -> None:
    assert expected in refused(write(tmp_path, "plan.xml", data))


@pytest.mark.timeout(10)
def test_refuses_too_large_file_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mspdi_reader, "MAX_FILE_BYTES", 1000)
    message = refused(write(tmp_path, "big.xml", mspdi("<Name>" + "x" * 2000 + "</Name>")))
    assert "MS Project XML files are read up to" in message


@pytest.mark.timeout(10)
def test_refuses_missing_file(tmp_path: Path) -> None:
    assert "cannot be opened" in refused(tmp_path / "missing.xml")


@pytest.mark.timeout(10)
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "<Tasks><Task><UID>12</UID><Start>1850-01-01T08:00:00</Start></Task></Tasks>",
            "Tasks/Task UID 12: Start '1850-01-01T08:00:00' is outside the dates Koers accepts "
            "(1984-01-01 to 2149-12-31)",
        ),
        (
            "<Tasks><Task><UID>12</UID><Start>2026-13-01T08:00:00</Start></Task></Tasks>",
            "Tasks/Task UID 12: Start '2026-13-01T08:00:00' is not a date",
        ),
        (
            "<Tasks><Task><UID>7</UID><Duration>PT999999999999H0M0S</Duration></Task></Tasks>",
            "Tasks/Task UID 7: Duration 'PT999999999999H0M0S' is an absurd duration",
        ),
        (
            "<Tasks><Task><UID>7</UID><Duration>PT200000000H0M0S</Duration></Task></Tasks>",
            "Tasks/Task UID 7: Duration 'PT200000000H0M0S' is an absurd duration",
        ),
        (
            "<Tasks><Task><UID>7</UID><Duration>eight hours</Duration></Task></Tasks>",
            "Tasks/Task UID 7: Duration 'eight hours' is not a duration",
        ),
        (
            "<Tasks><Task><UID>3</UID><PercentComplete>250</PercentComplete></Task></Tasks>",
            "Tasks/Task UID 3: PercentComplete '250' is out of range (0 to 100)",
        ),
        (
            "<Tasks><Task><UID>3</UID><Cost>1e40</Cost></Task></Tasks>",
            "Tasks/Task UID 3: Cost '1e40' is an absurd amount",
        ),
        (
            "<Tasks><Task><UID>3</UID><PredecessorLink><PredecessorUID>1</PredecessorUID>"
            "<Type>4</Type></PredecessorLink></Task></Tasks>",
            "Tasks/Task UID 3: PredecessorLink 1: Type '4' is not a link type",
        ),
        (
            "<Tasks><Task><UID>3</UID><PredecessorLink><PredecessorUID>1</PredecessorUID>"
            "<LinkLag>99999999999999</LinkLag></PredecessorLink></Task></Tasks>",
            "Tasks/Task UID 3: PredecessorLink 1: LinkLag '99999999999999' is out of range",
        ),
        (
            "<Tasks><Task><UID>3</UID><ConstraintType>9</ConstraintType></Task></Tasks>",
            "Tasks/Task UID 3: ConstraintType '9' is not a constraint type",
        ),
        ("<Tasks><Task><Name>no uid</Name></Task></Tasks>", "Tasks/Task #1: UID is missing"),
        (
            "<Tasks><Task><UID>1</UID></Task><Task><UID>1</UID></Task></Tasks>",
            "Tasks/Task UID 1 appears more than once",
        ),
        (
            "<Assignments><Assignment><UID>4</UID><TaskUID>1</TaskUID><ResourceUID>1</ResourceUID>"
            "<Units>inf</Units></Assignment></Assignments>",
            "Assignments/Assignment UID 4: Units 'inf' is out of range",
        ),
        (
            "<Resources><Resource><UID>2</UID><StandardRate>NaN</StandardRate></Resource>"
            "</Resources>",
            "Resources/Resource UID 2: StandardRate 'NaN' is not a number",
        ),
        (
            "<Calendars><Calendar><UID>5</UID><WeekDays><WeekDay><DayType>2</DayType>"
            "<WorkingTimes><WorkingTime><FromTime>17:00:00</FromTime><ToTime>08:00:00</ToTime>"
            "</WorkingTime></WorkingTimes></WeekDay></WeekDays></Calendar></Calendars>",
            "Calendars/Calendar UID 5: WeekDays/WeekDay 1: WorkingTimes/WorkingTime 1: FromTime "
            "'17:00:00' is not before ToTime '08:00:00'",
        ),
        (
            "<Calendars><Calendar><UID>5</UID><Exceptions><Exception><TimePeriod>"
            "<FromDate>1850-01-01T00:00:00</FromDate><ToDate>1850-01-01T23:59:00</ToDate>"
            "</TimePeriod></Exception></Exceptions></Calendar></Calendars>",
            "Calendars/Calendar UID 5: Exceptions/Exception 1: TimePeriod/FromDate "
            "'1850-01-01T00:00:00' is outside",
        ),
        (
            "<MinutesPerDay>100000</MinutesPerDay>",
            "Project: MinutesPerDay '100000' is out of range",
        ),
    ],
)
def test_refuses_bad_values_naming_where(tmp_path: Path, body: str, expected: str) -> None:
    assert f"plan.xml: {expected}" in refused(write(tmp_path, "plan.xml", mspdi(body)))


SMALL = mspdi(
    "<Name>small</Name><CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID>"
    "<WeekDays><WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>"
    "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
    "</WorkingTimes></WeekDay></WeekDays></Calendar></Calendars><Tasks><Task><UID>1</UID>"
    "<Start>2026-01-05T08:00:00</Start><Duration>PT8H0M0S</Duration><PredecessorLink>"
    "<PredecessorUID>2</PredecessorUID><LinkLag>4800</LinkLag><LagFormat>7</LagFormat>"
    "</PredecessorLink></Task><Task><UID>2</UID></Task></Tasks>"
)


@pytest.mark.timeout(60)
@given(start=st.integers(0, len(SMALL)), length=st.integers(0, 12), junk=st.binary(max_size=12))
def test_damaged_files_never_leak_other_errors(start: int, length: int, junk: bytes) -> None:
    """Whatever a byte-level edit does, the reader answers with data or one MspdiError line."""
    data = SMALL[:start] + junk + SMALL[start + length :]
    try:
        parse_mspdi_bytes(data, "damaged.xml")
    except MspdiError as error:
        assert "\n" not in str(error) and str(error).startswith("damaged.xml: ")


# ----- speed ----------------------------------------------------------------------------------


def bench_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "bench_mspdi", REPO / "scripts" / "bench_mspdi.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.timeout(60)
def test_ten_thousand_tasks_read_fast(tmp_path: Path) -> None:
    path = write(tmp_path, "big.xml", bench_module().build_mspdi(10_000))
    began = time.perf_counter()
    project = read_mspdi(path)
    seconds = time.perf_counter() - began
    assert len(project.plan_tasks) == 10_000
    links = [link for t in project.tasks for link in t.predecessors]
    assert len(links) == 8998
    assert collections.Counter(link.type_name for link in links) == {"FS": 8000, "SS": 998}
    # The goal is about 0.6 s on a developer laptop; the bound only catches gross slowdowns.
    assert seconds < 5.0, f"reading 10,000 tasks took {seconds:.2f} s"
