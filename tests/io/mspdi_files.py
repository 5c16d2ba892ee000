"""A small MS Project XML file for tests, written by hand, and ways to build others from parts.

``SMALL_MSPDI`` has a bit of everything the importer reads: project settings, a base calendar
with a holiday, a named work week and a recurring exception, a resource calendar derived from
it, a summary task with children, a milestone, a manual task, the four link types with lags
(one in percent), a constraint, a deadline, progress, baselines, resources and assignments.
"""

from __future__ import annotations

NS = "http://schemas.microsoft.com/project"


def mspdi(body: str) -> bytes:
    """A whole MSPDI document around ``body`` (the children of <Project>)."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="{NS}">\n'
        f"{body}</Project>\n"
    ).encode()


def _working_day(day_type: int) -> str:
    return (
        f"<WeekDay><DayType>{day_type}</DayType><DayWorking>1</DayWorking><WorkingTimes>"
        "<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>"
        "<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>"
        "</WorkingTimes></WeekDay>\n"
    )


def _free_day(day_type: int) -> str:
    return f"<WeekDay><DayType>{day_type}</DayType><DayWorking>0</DayWorking></WeekDay>\n"


def standard_week() -> str:
    """WeekDays of a Monday-to-Friday, 8-to-5 calendar."""
    return _free_day(1) + "".join(_working_day(day) for day in range(2, 7)) + _free_day(7)


def task(uid: int, name: str, level: int, extra: str = "", links: str = "") -> str:
    return (
        f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><Type>0</Type>"
        f"<OutlineLevel>{level}</OutlineLevel><Active>1</Active>{extra}{links}</Task>\n"
    )


def link(predecessor: int, kind: int = 1, lag: int = 0, lag_format: int = 7) -> str:
    return (
        f"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID><Type>{kind}</Type>"
        f"<CrossProject>0</CrossProject><LinkLag>{lag}</LinkLag><LagFormat>{lag_format}</LagFormat>"
        "</PredecessorLink>"
    )


def _dates(start: str, finish: str, duration: str) -> str:
    return (
        f"<Start>{start}</Start><Finish>{finish}</Finish><Duration>{duration}</Duration>"
        "<DurationFormat>7</DurationFormat>"
    )


SETTINGS = (
    "<SaveVersion>14</SaveVersion><Name>small.xml</Name><Title>Small plan</Title>\n"
    "<ScheduleFromStart>1</ScheduleFromStart><StartDate>2026-01-05T08:00:00</StartDate>\n"
    "<FinishDate>2026-02-27T17:00:00</FinishDate><CurrencyCode>EUR</CurrencyCode>\n"
    "<CurrencySymbol>€</CurrencySymbol><CalendarUID>1</CalendarUID>\n"
    "<DefaultStartTime>08:00:00</DefaultStartTime><DefaultFinishTime>17:00:00</DefaultFinishTime>\n"
    "<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>\n"
    "<DaysPerMonth>20</DaysPerMonth><DefaultTaskType>0</DefaultTaskType>\n"
    "<DurationFormat>7</DurationFormat><NewTasksEffortDriven>0</NewTasksEffortDriven>\n"
    "<CurrentDate>2026-01-05T08:00:00</CurrentDate><StatusDate>2026-01-16T17:00:00</StatusDate>\n"
)

CALENDARS = (
    "<Calendars>\n<Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
    "<BaseCalendarUID>-1</BaseCalendarUID>\n<WeekDays>\n"
    + standard_week()
    + "</WeekDays>\n<Exceptions>\n"
    "<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod>"
    "<FromDate>2026-01-01T00:00:00</FromDate><ToDate>2026-01-01T23:59:00</ToDate></TimePeriod>"
    "<Occurrences>1</Occurrences><Name>New Year</Name><Type>1</Type>"
    "<DayWorking>0</DayWorking></Exception>\n"
    "<Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod>"
    "<FromDate>2026-01-01T00:00:00</FromDate><ToDate>2030-12-31T23:59:00</ToDate></TimePeriod>"
    "<Occurrences>5</Occurrences><Name>Kings Day</Name><Type>5</Type><MonthDay>27</MonthDay>"
    "<Month>3</Month><DayWorking>0</DayWorking></Exception>\n"
    "</Exceptions>\n<WorkWeeks>\n<WorkWeek><TimePeriod><FromDate>2026-07-06T00:00:00</FromDate>"
    "<ToDate>2026-08-14T23:59:00</ToDate></TimePeriod><Name>Summer</Name><WeekDays>"
    "<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>"
    "<WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime>"
    "<FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime></WorkingTimes>"
    "</WeekDay></WeekDays></WorkWeek>\n</WorkWeeks>\n</Calendar>\n"
    "<Calendar><UID>2</UID><Name>Ann</Name><IsBaseCalendar>0</IsBaseCalendar>"
    "<BaseCalendarUID>1</BaseCalendarUID><WeekDays>"
    "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod>"
    "<FromDate>2026-01-12T00:00:00</FromDate><ToDate>2026-01-13T23:59:00</ToDate></TimePeriod>"
    "</WeekDay></WeekDays></Calendar>\n</Calendars>\n"
)

TASKS = (
    "<Tasks>\n"
    + task(
        0,
        "Small plan",
        0,
        "<Summary>1</Summary>" + _dates("2026-01-05T08:00:00", "2026-01-30T17:00:00", "PT160H0M0S"),
    )
    + task(
        1,
        "Phase",
        1,
        "<Summary>1</Summary>" + _dates("2026-01-05T08:00:00", "2026-01-23T17:00:00", "PT120H0M0S"),
    )
    + task(
        2,
        "Design",
        2,
        _dates("2026-01-05T08:00:00", "2026-01-09T17:00:00", "PT40H0M0S")
        + "<Work>PT40H0M0S</Work><PercentComplete>100</PercentComplete>"
        "<ActualStart>2026-01-05T08:00:00</ActualStart>"
        "<ActualFinish>2026-01-09T17:00:00</ActualFinish>"
        "<RemainingDuration>PT0H0M0S</RemainingDuration><Notes>Sketches first</Notes>"
        "<Baseline><Number>0</Number><Start>2026-01-05T08:00:00</Start>"
        "<Finish>2026-01-09T17:00:00</Finish><Duration>PT40H0M0S</Duration>"
        "<DurationFormat>7</DurationFormat><Work>PT40H0M0S</Work><Cost>40000</Cost></Baseline>",
    )
    + task(
        3,
        "Build",
        2,
        _dates("2026-01-12T08:00:00", "2026-01-23T17:00:00", "PT80H0M0S")
        + "<ConstraintType>4</ConstraintType><ConstraintDate>2026-01-12T08:00:00</ConstraintDate>"
        "<Deadline>2026-01-30T17:00:00</Deadline><FixedCost>25000</FixedCost>"
        "<FixedCostAccrual>3</FixedCostAccrual><CalendarUID>1</CalendarUID>",
        link(2, 1, 4800, 7) + link(2, 3, -50, 19),
    )
    + task(
        4,
        "Review",
        1,
        _dates("2026-01-26T08:00:00", "2026-01-28T17:00:00", "PT24H0M0S")
        + "<Manual>1</Manual><ManualStart>2026-01-26T08:00:00</ManualStart>"
        "<ManualFinish>2026-01-28T17:00:00</ManualFinish><Estimated>1</Estimated>",
        link(3, 0, 0, 7),
    )
    + task(
        5,
        "Done",
        1,
        _dates("2026-01-30T17:00:00", "2026-01-30T17:00:00", "PT0H0M0S")
        + "<Milestone>1</Milestone>",
        link(4, 1, 0, 7) + link(1, 2, 960, 8),
    )
    + "</Tasks>\n"
)

RESOURCES = (
    "<Resources>\n<Resource><UID>0</UID><ID>0</ID><Type>1</Type><IsNull>0</IsNull></Resource>\n"
    "<Resource><UID>1</UID><ID>1</ID><Name>Ann</Name><Type>1</Type><Initials>A</Initials>"
    "<Group>Build</Group><MaxUnits>1.00</MaxUnits><StandardRate>50</StandardRate>"
    "<StandardRateFormat>2</StandardRateFormat><OvertimeRate>75</OvertimeRate>"
    "<OvertimeRateFormat>2</OvertimeRateFormat><CostPerUse>0</CostPerUse>"
    "<CalendarUID>2</CalendarUID><EmailAddress>ann@example.org</EmailAddress></Resource>\n"
    "<Resource><UID>2</UID><ID>2</ID><Name>Concrete</Name><Type>0</Type>"
    "<MaterialLabel>m3</MaterialLabel><StandardRate>120.5</StandardRate></Resource>\n"
    "</Resources>\n"
)

ASSIGNMENTS = (
    "<Assignments>\n<Assignment><UID>1</UID><TaskUID>2</TaskUID><ResourceUID>1</ResourceUID>"
    "<Units>1</Units><Work>PT40H0M0S</Work><ActualWork>PT40H0M0S</ActualWork>"
    "<RemainingWork>PT0H0M0S</RemainingWork><Start>2026-01-05T08:00:00</Start>"
    "<Finish>2026-01-09T17:00:00</Finish><Cost>200000</Cost><Delay>0</Delay>"
    "<WorkContour>0</WorkContour><PercentWorkComplete>100</PercentWorkComplete></Assignment>\n"
    "<Assignment><UID>2</UID><TaskUID>3</TaskUID><ResourceUID>1</ResourceUID>"
    "<Units>0.5</Units><Work>PT40H0M0S</Work></Assignment>\n"
    "<Assignment><UID>3</UID><TaskUID>3</TaskUID><ResourceUID>2</ResourceUID>"
    "<Units>4</Units></Assignment>\n"
    "<Assignment><UID>4</UID><TaskUID>5</TaskUID><ResourceUID>-65535</ResourceUID>"
    "<Units>1</Units></Assignment>\n"
    "</Assignments>\n"
)

SMALL_MSPDI = mspdi(SETTINGS + CALENDARS + TASKS + RESOURCES + ASSIGNMENTS)
