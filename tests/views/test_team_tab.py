"""The Team tab, the Resource Names column and the Resources page of the task details, as a
user meets them: typed edits, confirmations, refusals in words, undo, and screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from app.commands.assignments import SetTaskSchedulingCommand
from app.commands.document import ProjectDocument
from app.services.assignments import task_assignments
from app.services.project_file import dump_project
from app.services.resources import list_resources
from app.views.main_window import MainWindow
from app.views.resource_labels import EditRefusal
from app.views.resource_table_model import COLUMNS as RESOURCE_COLUMNS
from app.views.schedule_tab import ScheduleTab
from app.views.task_details_dialog import TaskDetailsDialog
from app.views.task_table_model import COLUMNS as TASK_COLUMNS
from app.views.task_table_model import TaskTableModel
from app.views.team_tab import TeamTab

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"
EDITING = QAbstractItemView.State.EditingState


@pytest.fixture
def team(qtbot: QtBot, document: ProjectDocument) -> TeamTab:
    tab = TeamTab(document)
    qtbot.addWidget(tab)
    tab.resize(1700, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def schedule(qtbot: QtBot, document: ProjectDocument) -> ScheduleTab:
    tab = ScheduleTab(document)
    qtbot.addWidget(tab)
    tab.resize(1400, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


class Answers:
    """Stands in for the person answering questions, and records them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
        self.asked: list[object] = []
        self.answer = answer
        monkeypatch.setattr(TeamTab, "ask_confirmation", self._confirm)
        monkeypatch.setattr(TaskTableModel, "ask_create_resources", self._create)

    def _confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def _create(self, names: list[str]) -> bool:
        self.asked.append(list(names))
        return self.answer


# -- helpers -------------------------------------------------------------------------------------
def sheet_cell(tab: TeamTab, name: str, field: str) -> str:
    row = next(r for r, item in enumerate(tab.model.resources()) if item.name == name)
    return str(tab.model.index(row, RESOURCE_COLUMNS.index(field)).data())


def go_sheet(tab: TeamTab, name: str, field: str) -> None:
    resource = next(item for item in tab.model.resources() if item.name == name)
    index = tab.select_resource(resource.id, field)
    tab.table.setCurrentIndex(index)
    tab.table.setFocus()


def type_into(qtbot: QtBot, view: QAbstractItemView, text: str) -> None:
    """Start an edit by typing, type the rest, press Enter."""
    qtbot.keyClick(view, text[0])
    assert view.state() == EDITING, "typing did not start an edit"
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != EDITING)


def task_cell(tab: ScheduleTab, name: str, key: str) -> str:
    task = next(t for t in tab.model.tasks() if t.name == name)
    return tab.model.text(task, key)


def go_task(tab: ScheduleTab, name: str, key: str) -> None:
    task = next(t for t in tab.model.tasks() if t.name == name)
    index = tab.proxy.mapFromSource(tab.model.index_of(task.id, TASK_COLUMNS.index(key)))
    flags = QItemSelectionModel.SelectionFlag
    tab.view.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
    tab.view.setFocus()


def task_id(document: ProjectDocument, name: str) -> int:
    return next(row.id for row in document.schedule().rows if row.name == name)


def inked(image: QImage, step: int = 3) -> int:
    """How many sampled pixels are dark: text drawn on a light background."""
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if QColor(image.pixel(x, y)).lightness() < 110:
                count += 1
    return count


# -- the resource sheet --------------------------------------------------------------------------
def test_the_sheet_shows_rates_work_and_cost_of_every_resource(team: TeamTab) -> None:
    names = [item.name for item in team.model.resources()]
    assert names[:3] == ["Sanne Jansen", "Ahmed El Amrani", "Pieter de Boer"]
    assert sheet_cell(team, "Sanne Jansen", "type") == "Work"
    assert sheet_cell(team, "Sanne Jansen", "max_units") == "100%"
    assert sheet_cell(team, "Sanne Jansen", "standard_rate_cents").startswith("€")
    assert sheet_cell(team, "Sanne Jansen", "standard_rate_cents").endswith("/h")
    assert sheet_cell(team, "Sanne Jansen", "work").endswith("hrs")
    assert sheet_cell(team, "Sanne Jansen", "cost").startswith("€")
    assert "resources" in team.totals.text()


def test_a_typed_rate_changes_the_cost_and_undo_brings_both_back(
    qtbot: QtBot, team: TeamTab, document: ProjectDocument
) -> None:
    before = document.read(dump_project)
    cost = sheet_cell(team, "Sanne Jansen", "cost")
    go_sheet(team, "Sanne Jansen", "standard_rate_cents")
    type_into(qtbot, team.table, "123.45")
    assert sheet_cell(team, "Sanne Jansen", "standard_rate_cents") == "€123.45/h"
    assert sheet_cell(team, "Sanne Jansen", "cost") != cost
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert sheet_cell(team, "Sanne Jansen", "cost") == cost
    assert document.read(dump_project) == before


def test_a_rate_typed_per_day_sets_the_rate_unit_in_the_same_step(
    qtbot: QtBot, team: TeamTab, document: ProjectDocument
) -> None:
    go_sheet(team, "Kees Smit", "standard_rate_cents")
    type_into(qtbot, team.table, "720/d")
    assert sheet_cell(team, "Kees Smit", "standard_rate_cents") == "€720.00/d"
    assert sheet_cell(team, "Kees Smit", "rate_unit") == "Per day"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert sheet_cell(team, "Kees Smit", "rate_unit") == "Per hour"


def test_bad_input_is_refused_in_words(
    qtbot: QtBot, team: TeamTab, document: ProjectDocument
) -> None:
    refusals: list[Exception] = []
    team.edit_refused.connect(refusals.append)
    go_sheet(team, "Kees Smit", "max_units")
    type_into(qtbot, team.table, "20000%")
    go_sheet(team, "Kees Smit", "overtime_rate_cents")
    type_into(qtbot, team.table, "12x")
    assert [type(error) for error in refusals] == [EditRefusal, EditRefusal]
    assert str(refusals[0]).startswith("Max. units must lie between 0% and 10,000%")
    assert "is not an amount" in str(refusals[1])
    assert document.undo_stack.count() == 0


def test_deleting_an_assigned_resource_asks_first_and_undo_restores_it(
    team: TeamTab, document: ProjectDocument, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, answer=False)
    before = document.read(dump_project)
    go_sheet(team, "Eva Mulder", "name")
    team.delete_selected()
    assert "Eva Mulder" in str(answers.asked[-1]) and "task" in str(answers.asked[-1])
    assert document.undo_stack.count() == 0
    answers.answer = True
    team.delete_selected()
    assert "Eva Mulder" not in [item.name for item in team.model.resources()]
    document.undo_stack.undo()
    assert "Eva Mulder" in [item.name for item in team.model.resources()]
    assert document.read(dump_project) == before


def test_a_new_resource_is_named_by_typing_and_a_double_name_is_warned_about(
    qtbot: QtBot, team: TeamTab, document: ProjectDocument
) -> None:
    go_sheet(team, "Eva Mulder", "name")
    team.new_resource()
    assert team.table.state() == EDITING  # the name is open for typing
    editor = team.table.indexWidget(team.table.currentIndex())
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "kees smit")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: team.table.state() != EDITING)
    names = [item.name for item in document.read(list_resources)]
    assert names[names.index("Eva Mulder") + 1] == "kees smit"
    assert team.warning.isVisible()
    assert "Kees Smit" in team.warning.text()
    document.undo_stack.undo()  # the name
    document.undo_stack.undo()  # the row
    assert not team.warning.isVisible()


def test_the_filter_box_and_the_type_filter(team: TeamTab) -> None:
    team.search.setText("cloudpartners")  # a name or an organisation
    shown = [team.proxy.index(row, 0).data() for row in range(team.proxy.rowCount())]
    assert "CloudPartners BV consultants" in shown and "Sanne Jansen" not in shown
    assert not team.up_action.isEnabled()  # no moving in a filtered list
    team.search.clear()
    team.type_filter.setCurrentIndex(team.type_filter.findData("material"))
    shown = [team.proxy.index(row, 0).data() for row in range(team.proxy.rowCount())]
    assert shown == ["Test and acceptance server"]
    assert sheet_cell(team, "Test and acceptance server", "standard_rate_cents").endswith("/server")
    assert sheet_cell(team, "Test and acceptance server", "max_units") == ""


# -- the Resource Names column -------------------------------------------------------------------
def test_typing_resource_names_creates_assignments_and_moves_the_schedule(
    qtbot: QtBot,
    schedule: ScheduleTab,
    document: ProjectDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Training material: 8 days; made fixed units and effort-driven. Typing "Piet" makes
    him its one resource; typing "Jan[50%];Piet" adds Jan at 50 %, who takes a third of the
    64 hours: 5.33 days, and the finish moves earlier."""
    answers = Answers(monkeypatch, answer=True)
    task = task_id(document, "Training material")
    document.push(SetTaskSchedulingCommand(document, task, "task_type", 0))
    document.push(SetTaskSchedulingCommand(document, task, "effort_driven", True))
    finish = task_cell(schedule, "Training material", "finish")
    result = document.schedule().result
    assert result is not None
    finish_instant = result[task].finish
    go_task(schedule, "Training material", "resources")
    type_into(qtbot, schedule.view, "Piet")
    assert answers.asked == [["Piet"]]
    assert task_cell(schedule, "Training material", "resources") == "Piet"
    assert task_cell(schedule, "Training material", "finish") == finish
    go_task(schedule, "Training material", "resources")
    qtbot.keyClick(schedule.view, Qt.Key.Key_F2)
    editor = schedule.view.indexWidget(schedule.view.currentIndex())
    assert editor is not None
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Jan[50%];Piet")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: schedule.view.state() != EDITING)
    assert answers.asked[-1] == ["Jan"]
    assert task_cell(schedule, "Training material", "resources") == "Piet;Jan[50%]"
    work = {a.resource_name: a.work_minutes for a in document.read(task_assignments, task)}
    assert work == {"Piet": 2560, "Jan": 1280}
    assert task_cell(schedule, "Training material", "duration") == "5.33 days"
    result = document.schedule().result
    assert result is not None and result[task].finish < finish_instant
    document.undo_stack.undo()  # Jan and his assignment, one step
    assert task_cell(schedule, "Training material", "resources") == "Piet"
    assert "Jan" not in [item.name for item in document.read(list_resources)]


def test_unknown_names_refused_when_not_to_be_created(
    qtbot: QtBot,
    schedule: ScheduleTab,
    document: ProjectDocument,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    Answers(monkeypatch, answer=False)
    refusals: list[Exception] = []
    schedule.edit_refused.connect(refusals.append)
    go_task(schedule, "Hypercare", "resources")
    type_into(qtbot, schedule.view, "Nobody[50%]")
    go_task(schedule, "Hypercare", "resources")
    type_into(qtbot, schedule.view, "Sanne Jansen[50%")
    go_task(schedule, "Project closed", "resources")
    type_into(qtbot, schedule.view, "Kees Smit")
    assert [str(error) for error in refusals] == [
        "There is no resource called Nobody. Add it in the Team tab first.",
        "Resource names: check the brackets in Sanne Jansen[50%; write units as Jan[50%].",
        "Kees Smit cannot work on a milestone: it has no duration. Give the task a duration "
        "first, or assign a cost resource.",
    ]
    assert document.undo_stack.count() == 0


# -- the task details ----------------------------------------------------------------------------
def test_the_details_assign_resources_by_the_rules_and_cancel_takes_it_back(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    task = task_id(document, "Training material")
    before = document.read(dump_project)
    dialog = TaskDetailsDialog(document, task)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentWidget(dialog.assignments_page)
    panel = dialog.assignments_page
    assert panel.task_type.currentText() == "Fixed duration"  # as the demo plans it
    model = panel.model
    assert [model.display(a, "units") for a in model.assignments()] == ["100%"]
    assert [model.display(a, "work") for a in model.assignments()] == ["64 hrs"]
    finish = dialog.computed_values["finish"].text()
    panel.task_type.setCurrentIndex(panel.task_type.findData(0))
    panel.task_type.activated.emit(panel.task_type.currentIndex())
    panel.effort_driven.click()
    panel.resource.setCurrentIndex(panel.resource.findText("Sanne Jansen (Work)"))
    panel.add_button.click()
    assert [model.display(a, "work") for a in model.assignments()] == ["32 hrs", "32 hrs"]
    assert dialog.computed_values["finish"].text() != finish
    assert "Sanne Jansen" in dialog.resources.text()
    sanne = next(
        row for row, a in enumerate(model.assignments()) if a.resource_name == "Sanne Jansen"
    )
    assert model.setData(model.index(sanne, 1), "50%")
    assert model.display(model.assignment(sanne), "units") == "50%"
    dialog.reject()
    assert document.read(dump_project) == before


def test_a_cost_resource_amount_is_typed_in_the_details(
    qtbot: QtBot, document: ProjectDocument
) -> None:
    task = task_id(document, "End-user training (120 users)")
    dialog = TaskDetailsDialog(document, task)
    qtbot.addWidget(dialog)
    model = dialog.assignments_page.model
    row = next(r for r, a in enumerate(model.assignments()) if a.resource_type == "cost")
    assert model.flags(model.index(row, 3)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, 1)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row, 3), "1,234.50")
    assert model.display(model.assignment(row), "cost") == "€1,234.50"
    dialog.accept()
    assert document.undo_stack.count() == 1  # the amount; OK adds nothing more


# -- screenshots ---------------------------------------------------------------------------------
def test_team_tab_screenshot_shows_the_sheet(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    window.resize(1600, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab("team")
    assert window.project_view is not None
    team = window.project_view.team
    qtbot.waitUntil(lambda: team.model.rowCount() > 0)
    qtbot.wait(50)
    table: QWidget = team.table.viewport()
    assert inked(table.grab().toImage()) > 1500  # names, rates and costs drawn as text
    pixmap = window.grab()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "team-tab.png"
    assert pixmap.save(str(path)), f"cannot write {path}"
    assert path.stat().st_size > 20_000


def test_task_details_resources_screenshot(qtbot: QtBot, document: ProjectDocument) -> None:
    dialog = TaskDetailsDialog(document, task_id(document, "End-user training (120 users)"))
    qtbot.addWidget(dialog)
    dialog.resize(620, 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.assignments_page)
    qtbot.wait(50)
    assert inked(dialog.assignments_page.table.viewport().grab().toImage()) > 60
    path = SCREENSHOTS / "task-details-resources.png"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(path))
    dialog.reject()
