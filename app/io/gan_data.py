"""Plain data read from a GanttProject (.gan) file, in GanttProject's own terms and numbering."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

# <depend type="..."> as GanttProject numbers it (TaskDependencyConstraint.Type, ordinal + 1).
DEPEND_SS = 1
DEPEND_FS = 2
DEPEND_FF = 3
DEPEND_SF = 4
DEPEND_TYPE_NAMES = {DEPEND_SS: "SS", DEPEND_FS: "FS", DEPEND_FF: "FF", DEPEND_SF: "SF"}

# <depend hardness="...">: a Strong link pins the successor to the link's date, a Rubber link
# only keeps it from starting earlier (it may lie later, where the user put it).
STRONG = "Strong"
RUBBER = "Rubber"

# <date type="...">: calendar events of the project calendar.
HOLIDAY = "HOLIDAY"
WORKING_DAY = "WORKING_DAY"
NEUTRAL = "NEUTRAL"

# thirdDate-constraint: 0 none, 1 earliest begin (TaskImpl.NONE / TaskImpl.EARLIESTBEGIN).
THIRD_DATE_NONE = 0
THIRD_DATE_EARLIEST_BEGIN = 1


@dataclass(frozen=True, slots=True)
class GanDependency:
    """A ``<depend>`` of a task. GanttProject writes it inside the predecessor (the "dependee")
    with ``id`` naming the successor (the "dependant"); ``lag_days`` is ``difference``, in
    working days of the project calendar."""

    predecessor_id: int
    successor_id: int
    type: int = DEPEND_FS
    lag_days: int = 0
    hardness: str = STRONG

    @property
    def type_name(self) -> str:
        """SS, FS, FF or SF."""
        return DEPEND_TYPE_NAMES[self.type]


@dataclass(frozen=True, slots=True)
class GanTask:
    """A ``<task>``, in document order (a summary before its subtasks).

    ``outline_level`` is 1 for a top-level task; ``parent_id`` is the enclosing task's id.
    ``duration_days`` counts working days; a milestone (``meeting="true"``) has 0 when the
    file has ``empty-milestones="true"`` (every GanttProject 3 file). ``earliest_start`` is
    ``thirdDate`` when ``thirdDate-constraint`` is 1, else None; ``third_date`` is the date as
    written whether the constraint is on or not. Names are as written (GanttProject trims them
    when it loads a file).
    """

    id: int
    name: str = ""
    start: dt.date | None = None
    duration_days: int = 0
    milestone: bool = False
    percent_complete: int = 0
    outline_level: int = 1
    parent_id: int | None = None
    third_date: dt.date | None = None
    third_date_constraint: int = THIRD_DATE_NONE
    notes: str = ""
    uid: str = ""
    color: str = ""
    priority: str = ""
    web_link: str = ""
    project_task: bool = False
    legacy_fixed_start: bool = False
    custom_values: tuple[tuple[str, str], ...] = ()

    @property
    def earliest_start(self) -> dt.date | None:
        """The earliest-start date when that constraint is on."""
        if self.third_date_constraint == THIRD_DATE_EARLIEST_BEGIN:
            return self.third_date
        return None


@dataclass(frozen=True, slots=True)
class GanCalendarDate:
    """A ``<date>`` of ``<calendars>``: a holiday, an extra working day or a marked (neutral) day.

    ``year`` is None for a date that recurs every year. ``description`` is the element's text.
    """

    year: int | None
    month: int
    day: int
    type: str = HOLIDAY
    description: str = ""

    @property
    def recurring(self) -> bool:
        return self.year is None

    @property
    def date(self) -> dt.date | None:
        """The date of a one-off event; None for a recurring one."""
        return None if self.year is None else dt.date(self.year, self.month, self.day)


@dataclass(frozen=True, slots=True)
class GanCalendar:
    """The project calendar: which week days are weekend and the dated events.

    ``weekend`` is seven flags, Monday first (Koers's order; the file has ``sun`` … ``sat``).
    ``tasks_run_on_weekends`` is ``only-show-weekends``: weekends are only shown, tasks may
    run on them.
    """

    weekend: tuple[bool, ...] = (False, False, False, False, False, True, True)
    tasks_run_on_weekends: bool = False
    base_id: str = ""
    dates: tuple[GanCalendarDate, ...] = ()


@dataclass(frozen=True, slots=True)
class GanResource:
    """A ``<resource>``: ``role`` is the ``function`` attribute (a role id such as ``4`` or
    ``Default:1``); ``email`` is ``contacts``; ``standard_rate`` is per day, as GanttProject
    keeps it."""

    id: int
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    standard_rate: Decimal | None = None


@dataclass(frozen=True, slots=True)
class GanAllocation:
    """An ``<allocation>``: a resource on a task at ``load_percent`` (100.0 = full time)."""

    task_id: int
    resource_id: int
    load_percent: float = 100.0
    role: str = ""
    responsible: bool = False


@dataclass(frozen=True, slots=True)
class GanVacation:
    """A ``<vacation>`` of a resource, both days included."""

    resource_id: int
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class GanRole:
    """A ``<role>`` of the project's own role set; resources name it by ``id``."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class GanBaselineTask:
    """A ``<previous-task>``: a task's start and duration when the baseline was taken."""

    id: int
    start: dt.date
    duration_days: int = 0
    milestone: bool = False
    summary: bool = False


@dataclass(frozen=True, slots=True)
class GanBaseline:
    """A ``<previous-tasks>`` set (a baseline), in file order."""

    name: str
    tasks: tuple[GanBaselineTask, ...] = ()


@dataclass(frozen=True, slots=True)
class GanProject:
    """Everything read from one .gan file; ids are checked: unique, and every reference
    (dependencies, allocations, vacations) names a task or resource that exists."""

    name: str = ""
    company: str = ""
    web_link: str = ""
    version: str = ""
    locale: str = ""
    description: str = ""
    view_date: dt.date | None = None
    empty_milestones: bool = True
    calendar: GanCalendar = GanCalendar()
    tasks: tuple[GanTask, ...] = ()
    dependencies: tuple[GanDependency, ...] = ()
    resources: tuple[GanResource, ...] = ()
    allocations: tuple[GanAllocation, ...] = ()
    vacations: tuple[GanVacation, ...] = ()
    roles: tuple[GanRole, ...] = ()
    baselines: tuple[GanBaseline, ...] = ()
    task_properties: tuple[tuple[str, str], ...] = ()  # custom column id, name
