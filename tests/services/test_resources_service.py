"""The resource sheet and assignments: checked edits, Microsoft Project's work rules, exact
undo snapshots, per-resource work and cost, and a schedule that agrees with the rules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.domain.calendar import from_instant
from app.domain.validation import InvalidValue
from app.services import tasks
from app.services.assignments import (
    add_assignment,
    remove_assignment,
    resource_names,
    restore_assignments,
    set_assignment_amount,
    set_assignment_units,
    set_assignment_work,
    set_task_resources,
    set_task_scheduling,
    task_assignments,
    unknown_resource_names,
)
from app.services.costs import read_costs
from app.services.project_file import create_project, dump_project
from app.services.resources import (
    ResourceData,
    cost_categories,
    delete_resource,
    insert_resource,
    list_resources,
    move_resource,
    resource_assignment_count,
    resource_use,
    restore_resource,
    same_name,
    set_resource_field,
)
from app.services.schedule import read_schedule

DAY = 480
HOUR = 60


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """A new project (starting Monday 5 January 2026) with a summary, two tasks and a
    milestone; fixed units and not effort-driven, as a new task is in Microsoft Project."""
    store = create_project(tmp_path / "p.koers", "P", dt.date(2026, 1, 5))
    with store.new_session() as session:
        tasks.insert_tasks(
            session,
            0,
            [
                {"name": "Build phase", "outline_level": 1},
                {"name": "Build", "outline_level": 2, "duration_minutes": 10 * DAY},
                {"name": "Test", "outline_level": 2, "duration_minutes": 5 * DAY},
                {"name": "Ready", "outline_level": 2, "duration_minutes": 0, "milestone": True},
            ],
        )
        yield session
    store.close()


def task_id(session: Session, name: str) -> int:
    return next(row.id for row in read_schedule(session).rows if row.name == name)


def add(session: Session, name: str, **values: object) -> int:
    data = ResourceData(id=0, position=len(list_resources(session)), name=name, **values)  # type: ignore[arg-type]
    _change, inserted = insert_resource(session, inserted_position(session), data)
    return inserted.id


def inserted_position(session: Session) -> int:
    return len(list_resources(session))


def work(session: Session, task: int) -> dict[str, tuple[float, int]]:
    return {a.resource_name: (a.units, a.work_minutes) for a in task_assignments(session, task)}


def duration(session: Session, task: int) -> int:
    return next(row.duration_minutes for row in read_schedule(session).rows if row.id == task)


def finish(session: Session, task: int) -> dt.datetime:
    result = read_schedule(session).result
    assert result is not None
    return from_instant(result[task].finish)


# -- the sheet -------------------------------------------------------------------------------------
def test_resources_keep_their_order_and_a_delete_restores_exactly(session: Session) -> None:
    jan, piet, kees = (add(session, name) for name in ("Jan", "Piet", "Kees"))
    build = task_id(session, "Build")
    add_assignment(session, build, jan)
    add_assignment(session, build, piet)
    move_resource(session, kees, 0)
    assert [r.name for r in list_resources(session)] == ["Kees", "Jan", "Piet"]
    assert [r.position for r in list_resources(session)] == [0, 1, 2]
    before = dump_project(session)
    change, removed = delete_resource(session, jan)
    assert change.schedule_dirty
    assert [r.name for r in list_resources(session)] == ["Kees", "Piet"]
    assert work(session, build) == {"Piet": (1.0, 10 * DAY)}
    restore_resource(session, removed)
    assert dump_project(session) == before


def test_fields_are_checked_with_a_code_for_the_message(session: Session) -> None:
    jan = add(session, "Jan")
    refusals = {
        ("name", "  "): "required",
        ("name", "Jan [ICT]"): "name_syntax",
        ("type", "person"): "resource_type",
        ("max_units", "10001%"): "max_units_range",
        ("max_units", -0.5): "max_units_range",
        ("max_units", "veel"): "not_a_number",
        ("standard_rate_cents", -100): "negative",
        ("standard_rate_cents", "€ 12.345"): "money.too_many_decimals",
        ("overtime_rate_cents", "-5"): "negative",
        ("cost_per_use_cents", "12x"): "money.not_a_number",
        ("rate_unit", "w"): "rate_unit",
        ("accrual", "monthly"): "accrual",
        ("category_id", 999): "unknown_category",
        ("initials", "X" * 40): "too_long",
    }
    for (field, value), code in refusals.items():
        with pytest.raises(InvalidValue) as refused:
            set_resource_field(session, jan, field, value)
        assert refused.value.code == code, (field, value)


def test_money_and_units_are_read_as_typed_in_the_ui_language(session: Session) -> None:
    jan = add(session, "Jan")
    set_resource_field(session, jan, "standard_rate_cents", "€ 1.234,50/u", "nl")
    set_resource_field(session, jan, "overtime_rate_cents", "$1,850.25/h", "en")
    set_resource_field(session, jan, "max_units", "50%")
    set_resource_field(session, jan, "rate_unit", "d")
    set_resource_field(session, jan, "organisation", " CloudPartners BV ")
    set_resource_field(session, jan, "internal", False)
    category = cost_categories(session)[1][0]
    set_resource_field(session, jan, "category_id", category)
    item = list_resources(session)[0]
    assert item.standard_rate_cents == 123450
    assert item.overtime_rate_cents == 185025
    assert item.max_units == 0.5
    assert item.rate_unit == "d"
    assert item.organisation == "CloudPartners BV"
    assert not item.internal
    assert item.category_id == category


def test_a_field_edit_returns_the_old_value_and_an_unchanged_value_no_change(
    session: Session,
) -> None:
    jan = add(session, "Jan", standard_rate_cents=9500)
    change, old = set_resource_field(session, jan, "standard_rate_cents", 9500)
    assert change.is_empty() and old == 9500
    change, old = set_resource_field(session, jan, "standard_rate_cents", "100")
    assert old == 9500 and change.updated == {"resource": frozenset({jan})}


def test_a_resource_on_tasks_keeps_its_type(session: Session) -> None:
    jan = add(session, "Jan")
    add_assignment(session, task_id(session, "Build"), jan)
    assert resource_assignment_count(session, jan) == 1
    with pytest.raises(InvalidValue) as refused:
        set_resource_field(session, jan, "type", "material")
    assert refused.value.code == "type_in_use"


def test_a_rename_refreshes_the_resource_names_of_its_tasks(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    add_assignment(session, build, jan, 0.5)
    change, _old = set_resource_field(session, jan, "name", "Jan de Vries")
    assert change.updated["task"] == frozenset({build})
    assert resource_names(session)[build] == "Jan de Vries[50%]"


def test_same_names_are_found_ignoring_case(session: Session) -> None:
    jan = add(session, "Jan")
    other = add(session, "jan ")
    assert [r.id for r in same_name(session, "JAN", jan)] == [other]


# -- Microsoft Project's rules ---------------------------------------------------------------------
def test_a_second_person_halves_an_effort_driven_task_and_the_schedule_follows(
    session: Session,
) -> None:
    """Build: 10 days, Jan at 100 % (80 hours). Piet joins at 100 %: 5 days, 40 hours each;
    the finish moves from Friday 16 to Friday 9 January. Removing Piet brings it back."""
    jan, piet = add(session, "Jan"), add(session, "Piet")
    build = task_id(session, "Build")
    set_task_scheduling(session, build, "effort_driven", True)
    add_assignment(session, build, jan)
    assert work(session, build) == {"Jan": (1.0, 80 * HOUR)}
    assert finish(session, build) == dt.datetime(2026, 1, 16, 17, 0)
    change, _before = add_assignment(session, build, piet)
    assert change.schedule_dirty
    assert work(session, build) == {"Jan": (1.0, 40 * HOUR), "Piet": (1.0, 40 * HOUR)}
    assert duration(session, build) == 5 * DAY
    assert finish(session, build) == dt.datetime(2026, 1, 9, 17, 0)
    piet_on_build = next(a.id for a in task_assignments(session, build) if a.resource_id == piet)
    remove_assignment(session, piet_on_build)
    assert work(session, build) == {"Jan": (1.0, 80 * HOUR)}
    assert duration(session, build) == 10 * DAY
    assert finish(session, build) == dt.datetime(2026, 1, 16, 17, 0)


def test_without_effort_driving_a_new_person_adds_work(session: Session) -> None:
    jan, piet = add(session, "Jan"), add(session, "Piet")
    build = task_id(session, "Build")
    add_assignment(session, build, jan)
    add_assignment(session, build, piet, 0.5)
    assert work(session, build) == {"Jan": (1.0, 80 * HOUR), "Piet": (0.5, 40 * HOUR)}
    assert duration(session, build) == 10 * DAY


def test_fixed_units_work_and_duration_follow_each_other(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    add_assignment(session, build, jan)
    assignment = task_assignments(session, build)[0].id
    set_assignment_work(session, assignment, "120h")  # work → duration
    assert duration(session, build) == 15 * DAY
    assert finish(session, build) == dt.datetime(2026, 1, 23, 17, 0)
    tasks.set_task_field(session, build, "duration", "5d")  # duration → work
    assert work(session, build) == {"Jan": (1.0, 40 * HOUR)}
    set_assignment_units(session, assignment, "50%")  # units → duration
    assert work(session, build) == {"Jan": (0.5, 40 * HOUR)}
    assert duration(session, build) == 10 * DAY


def test_fixed_duration_changes_work_or_units_never_the_duration(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    set_task_scheduling(session, build, "task_type", 1)
    add_assignment(session, build, jan)
    assignment = task_assignments(session, build)[0].id
    set_assignment_units(session, assignment, "50")  # units → work
    assert work(session, build) == {"Jan": (0.5, 40 * HOUR)}
    set_assignment_work(session, assignment, 60 * HOUR)  # work → units
    assert work(session, build) == {"Jan": (0.75, 60 * HOUR)}
    assert duration(session, build) == 10 * DAY
    tasks.set_task_field(session, build, "duration", "20d")  # duration → work
    assert work(session, build) == {"Jan": (0.75, 120 * HOUR)}


def test_fixed_work_changes_units_when_the_duration_changes(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    set_task_scheduling(session, build, "task_type", 2)
    add_assignment(session, build, jan)
    tasks.set_task_field(session, build, "duration", "5d")
    assert work(session, build) == {"Jan": (2.0, 80 * HOUR)}
    assignment = task_assignments(session, build)[0].id
    set_assignment_units(session, assignment, "100%")  # units → duration
    assert duration(session, build) == 10 * DAY
    with pytest.raises(InvalidValue) as refused:
        tasks.set_task_field(session, build, "duration", "0d")
    assert refused.value.code == "fixed_work_zero_duration"
    with pytest.raises(InvalidValue):
        set_task_scheduling(session, build, "effort_driven", False)


def test_a_duration_edit_undoes_its_work_too(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    add_assignment(session, build, jan)
    before = dump_project(session)
    _change, old = tasks.set_task_field(session, build, "duration", "3d")
    assert work(session, build) == {"Jan": (1.0, 24 * HOUR)}
    tasks.restore_columns(session, build, old)
    assert dump_project(session) == before


def test_summaries_and_milestones_take_no_work_resources(session: Session) -> None:
    jan = add(session, "Jan")
    licence = add(session, "Licences", type="cost")
    for name, code in (("Build phase", "summary_work"), ("Ready", "milestone_work")):
        with pytest.raises(InvalidValue) as refused:
            add_assignment(session, task_id(session, name), jan)
        assert refused.value.code == code
    add_assignment(session, task_id(session, "Ready"), licence, amount_cents=50000)
    assert resource_names(session)[task_id(session, "Ready")] == "Licences"


def test_material_quantities_and_cost_amounts(session: Session) -> None:
    cement = add(session, "Cement", type="material", material_label="bags")
    travel = add(session, "Travel", type="cost")
    test = task_id(session, "Test")
    add_assignment(session, test, cement, 20)
    add_assignment(session, test, travel, amount_cents=45000)
    rows = {a.resource_name: a for a in task_assignments(session, test)}
    assert rows["Cement"].units == 20 and rows["Cement"].work_minutes == 0
    assert duration(session, test) == 5 * DAY  # neither drives the duration
    set_assignment_units(session, rows["Cement"].id, "2,5")
    set_assignment_amount(session, rows["Travel"].id, "€ 1.200,00", "nl")
    assert resource_names(session)[test] == "Cement[2.5 bags];Travel"
    with pytest.raises(InvalidValue) as refused:
        set_assignment_amount(session, rows["Cement"].id, 100)
    assert refused.value.code == "not_cost_resource"
    with pytest.raises(InvalidValue):
        set_assignment_amount(session, rows["Travel"].id, -1)
    with pytest.raises(InvalidValue):
        set_assignment_work(session, rows["Cement"].id, "8h")


def test_a_snapshot_restores_an_assignment_edit_exactly(session: Session) -> None:
    jan, piet = add(session, "Jan"), add(session, "Piet")
    build = task_id(session, "Build")
    set_task_scheduling(session, build, "effort_driven", True)
    add_assignment(session, build, jan)
    before = dump_project(session)
    change, snapshot = add_assignment(session, build, piet)
    assert change.inserted["assignment"] and change.updated["task"] == frozenset({build})
    restore_assignments(session, snapshot)
    assert dump_project(session) == before


# -- the Resource Names column ---------------------------------------------------------------------
def test_typed_resource_names_become_assignments(session: Session) -> None:
    add(session, "Jan")
    add(session, "Piet")
    cement = add(session, "Cement", type="material")
    build = task_id(session, "Build")
    set_task_resources(session, build, "jan[50%]; PIET")
    assert work(session, build) == {"Jan": (0.5, 40 * HOUR), "Piet": (1.0, 80 * HOUR)}
    assert resource_names(session)[build] == "Jan[50%];Piet"
    set_task_resources(session, build, "Piet;Cement[20]")
    assert work(session, build) == {"Piet": (1.0, 80 * HOUR), "Cement": (20.0, 0)}
    assert resource_use(session)[cement].assignments == 1
    set_task_resources(session, build, "")
    assert build not in resource_names(session)


def test_typed_names_on_an_effort_driven_task_share_its_work(session: Session) -> None:
    """Typed together onto an empty task, each takes duration × units; typed next to
    someone already on it, a resource shares the work (and the task shortens)."""
    add(session, "Jan")
    add(session, "Piet")
    build = task_id(session, "Build")
    set_task_scheduling(session, build, "effort_driven", True)
    set_task_resources(session, build, "Jan[50%];Piet")
    assert work(session, build) == {"Jan": (0.5, 40 * HOUR), "Piet": (1.0, 80 * HOUR)}
    assert duration(session, build) == 10 * DAY
    set_task_resources(session, build, "Piet")
    assert work(session, build) == {"Piet": (1.0, 120 * HOUR)}  # Piet takes Jan's work
    assert duration(session, build) == 15 * DAY
    tasks.set_task_field(session, build, "duration", "10d")
    set_task_resources(session, build, "Jan[50%];Piet")
    assert work(session, build) == {"Jan": (0.5, 1600), "Piet": (1.0, 3200)}
    assert duration(session, build) == 3200


def test_unknown_or_unreadable_names_are_refused(session: Session) -> None:
    add(session, "Jan")
    add(session, "Reizen", type="cost")
    build = task_id(session, "Build")
    assert unknown_resource_names(session, "Jan;Kees[50%], Marie") == ["Kees", "Marie"]
    for text, code in (
        ("Jan;Kees", "unknown_resource"),
        ("Jan[50%", "names.brackets"),
        ("Reizen[500]", "cost_amount"),
        ("Jan;jan", "names.duplicate"),
    ):
        with pytest.raises(InvalidValue) as refused:
            set_task_resources(session, build, text)
        assert refused.value.code == code, text
    assert build not in resource_names(session)


def test_an_unchanged_shown_percentage_keeps_the_stored_units(session: Session) -> None:
    jan = add(session, "Jan")
    build = task_id(session, "Build")
    add_assignment(session, build, jan, 1 / 3)
    shown = resource_names(session)[build]
    assert shown == "Jan[33.3%]"
    change, _ = set_task_resources(session, build, shown)
    assert change.is_empty()


# -- what each resource costs ----------------------------------------------------------------------
def test_resource_work_and_cost_add_up_to_the_task_costs(session: Session) -> None:
    jan = add(session, "Jan", standard_rate_cents=9500)  # € 95/h
    supplier = add(session, "Supplier", standard_rate_cents=76000, rate_unit="d", internal=False)
    cement = add(
        session, "Cement", type="material", standard_rate_cents=1250, cost_per_use_cents=500
    )
    travel = add(session, "Travel", type="cost")
    build, test = task_id(session, "Build"), task_id(session, "Test")
    add_assignment(session, build, jan, 0.5)  # 40 h × € 95
    add_assignment(session, test, jan)  # 40 h × € 95
    add_assignment(session, test, supplier)  # 5 days × € 760
    add_assignment(session, test, cement, 20)  # 20 × € 12.50 + € 5
    add_assignment(session, test, travel, amount_cents=45000)
    use = resource_use(session)
    assert use[jan].work_minutes == 80 * HOUR
    assert use[jan].cost_cents == 760000
    assert use[supplier].cost_cents == 380000
    assert use[cement].cost_cents == 25500 and use[cement].work_minutes == 0
    assert use[travel].cost_cents == 45000
    total = sum(item.cost_cents for item in use.values())
    assert total == read_costs(session).cost_cents == 1210500
