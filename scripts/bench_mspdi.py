"""MSPDI reader benchmark: write a 10,000-task MS Project XML plan and time ``read_mspdi`` on it."""

from __future__ import annotations

import datetime as dt
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TASKS = 10_000
GOAL_SECONDS = 0.6

_HEADER = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project xmlns="http://schemas.microsoft.com/project">
\t<SaveVersion>14</SaveVersion>
\t<Name>bench.xml</Name>
\t<Title>Benchmark</Title>
\t<ScheduleFromStart>1</ScheduleFromStart>
\t<StartDate>2026-01-05T08:00:00</StartDate>
\t<FinishDate>2030-12-31T17:00:00</FinishDate>
\t<CurrencySymbol>€</CurrencySymbol>
\t<CurrencyCode>EUR</CurrencyCode>
\t<CalendarUID>1</CalendarUID>
\t<DefaultStartTime>08:00:00</DefaultStartTime>
\t<DefaultFinishTime>17:00:00</DefaultFinishTime>
\t<MinutesPerDay>480</MinutesPerDay>
\t<MinutesPerWeek>2400</MinutesPerWeek>
\t<DaysPerMonth>20</DaysPerMonth>
\t<DefaultTaskType>0</DefaultTaskType>
\t<NewTasksEffortDriven>0</NewTasksEffortDriven>
\t<CurrentDate>2026-01-05T08:00:00</CurrentDate>
\t<Calendars>
\t\t<Calendar>
\t\t\t<UID>1</UID>
\t\t\t<Name>Standard</Name>
\t\t\t<IsBaseCalendar>1</IsBaseCalendar>
\t\t\t<BaseCalendarUID>-1</BaseCalendarUID>
\t\t\t<WeekDays>
{weekdays}\t\t\t</WeekDays>
\t\t</Calendar>
\t</Calendars>
\t<Tasks>
"""

_WORKDAY = """\t\t\t\t<WeekDay>
\t\t\t\t\t<DayType>{day}</DayType>
\t\t\t\t\t<DayWorking>1</DayWorking>
\t\t\t\t\t<WorkingTimes>
\t\t\t\t\t\t<WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
\t\t\t\t\t\t<WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime>
\t\t\t\t\t</WorkingTimes>
\t\t\t\t</WeekDay>
"""

_TASK = """\t\t<Task>
\t\t\t<UID>{uid}</UID>
\t\t\t<ID>{uid}</ID>
\t\t\t<Name>Task number {uid} of the benchmark plan</Name>
\t\t\t<Type>0</Type>
\t\t\t<IsNull>0</IsNull>
\t\t\t<WBS>{wbs}</WBS>
\t\t\t<OutlineNumber>{wbs}</OutlineNumber>
\t\t\t<OutlineLevel>{level}</OutlineLevel>
\t\t\t<Start>{start}</Start>
\t\t\t<Finish>{finish}</Finish>
\t\t\t<Duration>PT16H0M0S</Duration>
\t\t\t<DurationFormat>7</DurationFormat>
\t\t\t<Work>PT16H0M0S</Work>
\t\t\t<EffortDriven>0</EffortDriven>
\t\t\t<Milestone>0</Milestone>
\t\t\t<Summary>{summary}</Summary>
\t\t\t<EarlyStart>{start}</EarlyStart>
\t\t\t<EarlyFinish>{finish}</EarlyFinish>
\t\t\t<LateStart>{start}</LateStart>
\t\t\t<LateFinish>{finish}</LateFinish>
\t\t\t<FreeSlack>0</FreeSlack>
\t\t\t<TotalSlack>0</TotalSlack>
\t\t\t<PercentComplete>0</PercentComplete>
\t\t\t<Cost>64000</Cost>
\t\t\t<RemainingDuration>PT16H0M0S</RemainingDuration>
\t\t\t<ConstraintType>0</ConstraintType>
\t\t\t<CalendarUID>-1</CalendarUID>
\t\t\t<Manual>0</Manual>
\t\t\t<Active>1</Active>
{links}\t\t</Task>
"""

_LINK = """\t\t\t<PredecessorLink>
\t\t\t\t<PredecessorUID>{uid}</PredecessorUID>
\t\t\t\t<Type>{type}</Type>
\t\t\t\t<CrossProject>0</CrossProject>
\t\t\t\t<LinkLag>{lag}</LinkLag>
\t\t\t\t<LagFormat>7</LagFormat>
\t\t\t</PredecessorLink>
"""


def build_mspdi(tasks: int = TASKS) -> bytes:
    """An MSPDI plan of ``tasks`` tasks (~1 KB each) in groups of ten, chained by links."""
    weekdays = "".join(
        _WORKDAY.format(day=day)
        if 2 <= day <= 6
        else f"\t\t\t\t<WeekDay><DayType>{day}</DayType><DayWorking>0</DayWorking></WeekDay>\n"
        for day in range(1, 8)
    )
    parts = [_HEADER.format(weekdays=weekdays)]
    start = dt.datetime(2026, 1, 5, 8, 0)
    for uid in range(1, tasks + 1):
        group, position = divmod(uid - 1, 10)
        summary = position == 0
        day = start + dt.timedelta(days=(uid % 700))
        links = ""
        if not summary and position > 1:
            links += _LINK.format(uid=uid - 1, type=1, lag=0)
        if not summary and uid > 20 and position == 5:
            links += _LINK.format(uid=uid - 10, type=3, lag=4800)
        parts.append(
            _TASK.format(
                uid=uid,
                wbs=f"{group + 1}" if summary else f"{group + 1}.{position}",
                level=1 if summary else 2,
                start=day.isoformat(),
                finish=(day + dt.timedelta(days=1, hours=9)).isoformat(),
                summary=1 if summary else 0,
                links=links,
            )
        )
    parts.append("\t</Tasks>\n\t<Resources/>\n\t<Assignments/>\n</Project>\n")
    return "".join(parts).encode("utf-8")


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from app.io.mspdi_reader import read_mspdi

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.xml"
        path.write_bytes(build_mspdi(TASKS))
        size = path.stat().st_size
        figures = []
        for _ in range(RUNS):
            began = time.perf_counter()
            project = read_mspdi(path)
            figures.append(time.perf_counter() - began)
        imported = import_time(path, Path(folder))
    median = statistics.median(figures)
    print(f"MSPDI read: {len(project.tasks)} tasks, {size / 1e6:.1f} MB")
    print("runs: " + ", ".join(f"{figure:.3f} s" for figure in figures))
    python = sys.version.split()[0]
    print(f"median {median:.3f} s (goal {GOAL_SECONDS} s) on {platform.machine()}, Python {python}")
    print(f"whole import into a new .koers (read, check, write): median {imported:.3f} s")
    refusal_times()
    return 0


def import_time(source: Path, folder: Path) -> float:
    from app.services.import_mspdi import import_mspdi

    figures = []
    for number in range(3):
        began = time.perf_counter()
        import_mspdi(source, folder / f"imported-{number}.koers").close()
        figures.append(time.perf_counter() - began)
    return statistics.median(figures)


HOSTILE = {
    "external entity (XXE)": (
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        b"<Project>&e;</Project>"
    ),
    "entity bomb": (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa">'
        + b"".join(
            f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">'.encode() for n in range(9)
        )
        + b"]><Project><Name>&j;</Name></Project>"
    ),
    "malformed XML": b"<Project><Tasks><Task><UID>1</Task></Tasks></Project>",
    "truncated file": build_mspdi(50)[:-2000],
}


def refusal_times() -> None:
    """How fast hostile or broken files are refused (each must be well under a second)."""
    from app.io.mspdi_reader import MspdiError, parse_mspdi_bytes

    for name, data in HOSTILE.items():
        began = time.perf_counter()
        try:
            parse_mspdi_bytes(data, name)
        except MspdiError as error:
            elapsed = time.perf_counter() - began
            print(f"refused {name}: {elapsed * 1000:.1f} ms ({error})")
        else:
            raise SystemExit(f"bench: {name} was NOT refused")


if __name__ == "__main__":
    sys.exit(main())
