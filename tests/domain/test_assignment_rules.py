"""Microsoft Project's work = duration × units rules, and the Resource Names syntax."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.assignments import (
    NamedAmount,
    NamesRefused,
    RuleRefused,
    TaskType,
    TaskWork,
    WorkLine,
    add_line,
    change_duration,
    change_units,
    change_work,
    format_entry,
    parse_names,
    remove_line,
)

DAY = 480  # working minutes
TEN_DAYS = 10 * DAY


def task(kind: TaskType, effort: bool, *lines: WorkLine, duration: int = TEN_DAYS) -> TaskWork:
    return TaskWork(kind, effort, duration, tuple(lines))


# -- adding and removing resources ------------------------------------------------------------
def test_the_first_resource_takes_duration_times_units() -> None:
    shape = add_line(task(TaskType.FIXED_UNITS, True), 1, 0.5)
    assert shape.lines == (WorkLine(1, 0.5, 5 * DAY),)
    assert shape.duration == TEN_DAYS


def test_a_second_person_halves_an_effort_driven_ten_day_task() -> None:
    """10 days of one person (80 hours); a second at 100 % → 5 days, 40 hours each."""
    one = task(TaskType.FIXED_UNITS, True, WorkLine(1, 1.0, TEN_DAYS))
    two = add_line(one, 2, 1.0)
    assert two.duration == 5 * DAY
    assert two.lines == (WorkLine(1, 1.0, 40 * 60), WorkLine(2, 1.0, 40 * 60))
    assert two.total_work == one.total_work == 80 * 60
    back = remove_line(two, 2)  # and removing does the reverse
    assert back.lines == (WorkLine(1, 1.0, TEN_DAYS),)
    assert back.duration == TEN_DAYS


def test_effort_is_shared_in_proportion_to_units() -> None:
    one = task(TaskType.FIXED_UNITS, True, WorkLine(1, 1.0, TEN_DAYS))
    shape = add_line(one, 2, 0.5)  # 80 h over 150 %: 53h20 and 26h40, 6 2/3 days
    assert [line.work for line in shape.lines] == [3200, 1600]
    assert shape.duration == 3200
    assert shape.total_work == TEN_DAYS


def test_fixed_work_is_always_effort_driven() -> None:
    shape = add_line(task(TaskType.FIXED_WORK, False, WorkLine(1, 1.0, TEN_DAYS)), 2, 1.0)
    assert shape.duration == 5 * DAY
    assert shape.total_work == TEN_DAYS


def test_fixed_duration_effort_driven_halves_the_units_instead() -> None:
    one = task(TaskType.FIXED_DURATION, True, WorkLine(1, 1.0, TEN_DAYS))
    two = add_line(one, 2, 1.0)
    assert two.duration == TEN_DAYS
    assert two.lines == (WorkLine(1, 0.5, 5 * DAY), WorkLine(2, 0.5, 5 * DAY))
    back = remove_line(two, 1)
    assert back.lines == (WorkLine(2, 1.0, TEN_DAYS),)


def test_without_effort_driving_a_new_resource_adds_work() -> None:
    one = task(TaskType.FIXED_UNITS, False, WorkLine(1, 1.0, TEN_DAYS))
    two = add_line(one, 2, 1.0)
    assert two.duration == TEN_DAYS
    assert two.total_work == 2 * TEN_DAYS
    assert remove_line(two, 2) == one


def test_resources_assigned_together_each_take_duration_times_units() -> None:
    shape = add_line(task(TaskType.FIXED_UNITS, True), 1, 0.5)
    shape = add_line(shape, 2, 1.0, share=False)
    assert shape.lines == (WorkLine(1, 0.5, 5 * DAY), WorkLine(2, 1.0, TEN_DAYS))
    assert shape.duration == TEN_DAYS


def test_removing_the_last_resource_keeps_the_duration() -> None:
    shape = remove_line(task(TaskType.FIXED_UNITS, True, WorkLine(1, 2.0, 2 * TEN_DAYS)), 1)
    assert shape.lines == ()
    assert shape.duration == TEN_DAYS


# -- editing units, work and duration -----------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "work", "duration"),
    [
        (TaskType.FIXED_UNITS, TEN_DAYS, 2 * TEN_DAYS),  # duration changes
        (TaskType.FIXED_DURATION, TEN_DAYS // 2, TEN_DAYS),  # work changes
        (TaskType.FIXED_WORK, TEN_DAYS, 2 * TEN_DAYS),  # duration changes
    ],
)
def test_changing_units(kind: TaskType, work: int, duration: int) -> None:
    shape = change_units(task(kind, False, WorkLine(1, 1.0, TEN_DAYS)), 1, 0.5)
    assert shape.lines == (WorkLine(1, 0.5, work),)
    assert shape.duration == duration


@pytest.mark.parametrize(
    ("kind", "units", "duration"),
    [
        (TaskType.FIXED_UNITS, 1.0, 2 * TEN_DAYS),  # duration changes
        (TaskType.FIXED_DURATION, 2.0, TEN_DAYS),  # units change
        (TaskType.FIXED_WORK, 1.0, 2 * TEN_DAYS),  # duration changes
    ],
)
def test_changing_work(kind: TaskType, units: float, duration: int) -> None:
    shape = change_work(task(kind, False, WorkLine(1, 1.0, TEN_DAYS)), 1, 2 * TEN_DAYS)
    assert shape.lines == (WorkLine(1, units, 2 * TEN_DAYS),)
    assert shape.duration == duration


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        (TaskType.FIXED_UNITS, WorkLine(1, 1.0, 5 * DAY)),  # work changes
        (TaskType.FIXED_DURATION, WorkLine(1, 1.0, 5 * DAY)),  # work changes
        (TaskType.FIXED_WORK, WorkLine(1, 2.0, TEN_DAYS)),  # units change
    ],
)
def test_changing_duration(kind: TaskType, line: WorkLine) -> None:
    shape = change_duration(task(kind, False, WorkLine(1, 1.0, TEN_DAYS)), 5 * DAY)
    assert shape.lines == (line,)
    assert shape.duration == 5 * DAY


def test_fixed_work_refuses_a_zero_duration() -> None:
    with pytest.raises(RuleRefused) as refused:
        change_duration(task(TaskType.FIXED_WORK, True, WorkLine(1, 1.0, DAY)), 0)
    assert refused.value.code == "fixed_work_zero_duration"


def test_units_are_checked() -> None:
    with pytest.raises(RuleRefused):
        add_line(task(TaskType.FIXED_UNITS, False), 1, -0.5)
    with pytest.raises(RuleRefused):
        change_units(task(TaskType.FIXED_UNITS, False, WorkLine(1, 1.0, DAY)), 1, 101.0)


@given(
    units=st.lists(st.sampled_from([0.25, 0.5, 0.75, 1.0, 1.5, 2.0]), min_size=1, max_size=5),
    days=st.integers(1, 60),
    kind=st.sampled_from([TaskType.FIXED_UNITS, TaskType.FIXED_WORK]),
)
def test_effort_driven_additions_keep_the_work_to_the_minute(
    units: list[float], days: int, kind: TaskType
) -> None:
    shape = add_line(task(kind, True, duration=days * DAY), 0, units[0])
    total = shape.total_work
    for key, value in enumerate(units[1:], start=1):
        shape = add_line(shape, key, value)
        assert shape.total_work == total
    for key in range(len(units) - 1, 0, -1):
        shape = remove_line(shape, key)
        assert shape.total_work == total
    assert shape.duration == days * DAY


# -- the Resource Names column ------------------------------------------------------------------
def test_names_are_read_as_microsoft_project_writes_them() -> None:
    assert parse_names("Jan[50%];Piet; Cement[20 bags] ;Leverancier X") == [
        NamedAmount("Jan", Decimal(50), percent=True),
        NamedAmount("Piet"),
        NamedAmount("Cement", Decimal(20), label="bags"),
        NamedAmount("Leverancier X"),
    ]
    assert parse_names("Zand[2,5]") == [NamedAmount("Zand", Decimal("2.5"))]


def test_commas_separate_unless_a_resource_has_that_name() -> None:
    assert [e.name for e in parse_names("Jan, Piet[50%]")] == ["Jan", "Piet"]
    assert [e.name for e in parse_names("Smit, Kees;Jan", ["Smit, Kees"])] == ["Smit, Kees", "Jan"]
    assert parse_names("Cement[2,5], Jan") == [
        NamedAmount("Cement", Decimal("2.5")),
        NamedAmount("Jan"),
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Jan[50%", "brackets"),
        ("Jan[[50]]", "brackets"),
        ("[50%]", "empty_name"),
        ("Jan[veel]", "bad_amount"),
        ("Jan;jan", "duplicate"),
    ],
)
def test_unreadable_names_say_why(text: str, code: str) -> None:
    with pytest.raises(NamesRefused) as refused:
        parse_names(text)
    assert refused.value.code == code


def test_entries_are_shown_as_microsoft_project_shows_them() -> None:
    assert format_entry("Jan", "work", 1.0) == "Jan"
    assert format_entry("Jan", "work", 0.5) == "Jan[50%]"
    assert format_entry("Jan", "work", 1 / 3) == "Jan[33.3%]"
    assert format_entry("Cement", "material", 20.0, "bags") == "Cement[20 bags]"
    assert format_entry("Zand", "material", 2.5, "", "nl") == "Zand[2,5]"
    assert format_entry("Leverancier X", "cost", 1.0) == "Leverancier X"
