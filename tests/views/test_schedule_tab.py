"""The Schedule tab as a user meets it: a WBS tree typed, pasted, indented, linked and undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from app.commands.document import ProjectDocument
from app.commands.tasks import InsertTasksCommand, SetTaskFieldCommand
from app.domain.scheduler import Constraint
from app.views import i18n
from app.views.main_window import MainWindow
from app.views.schedule_tab import ScheduleTab
from app.views.task_table_model import COLUMNS, DATE_ROLE, DEFAULT_COLUMNS, TaskTableModel
from tests.views.conftest import DialogLog

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT = REPO / "build" / "screenshots" / "schedule-tab.png"
START = dt.date(2026, 1, 5)  # a Monday
NAME = COLUMNS.index("name")
EDITING = QAbstractItemView.State.EditingState


# -- helpers -------------------------------------------------------------------------------
def walk(model: TaskTableModel, parent: QModelIndex | None = None) -> Iterator[QModelIndex]:
    """Column-0 indexes of every row, depth first, in WBS order."""
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk(model, index)


def table(model: TaskTableModel) -> list[tuple[object, ...]]:
    """What the default columns show, row by row, with each row's depth."""
    rows = []
    for index in walk(model):
        depth, up = 0, index.parent()
        while up.isValid():
            depth, up = depth + 1, up.parent()
        cells = tuple(
            model.index(index.row(), COLUMNS.index(key), index.parent()).data()
            for key in DEFAULT_COLUMNS
        )
        rows.append((depth, *cells))
    return rows


def cell(model: TaskTableModel, name: str, key: str, role: int = Qt.ItemDataRole.DisplayRole):
    for index in walk(model):
        if index.siblingAtColumn(NAME).data() == name:
            return index.siblingAtColumn(COLUMNS.index(key)).data(role)
    raise AssertionError(f"no task named {name!r}")


def task_id(model: TaskTableModel, name: str) -> int:
    return next(task.id for task in model.tasks() if task.name == name)


def view_index(tab: ScheduleTab, name: str | None, key: str = "name") -> QModelIndex:
    """The view's index of a task by name (None: the blank row at the end)."""
    source = tab.model.index_of(
        None if name is None else task_id(tab.model, name), COLUMNS.index(key)
    )
    return tab.proxy.mapFromSource(source)


def go(tab: ScheduleTab, name: str | None, key: str = "name") -> None:
    """Put the cursor on a cell and select its row only, as a click does."""
    flags = QItemSelectionModel.SelectionFlag
    tab.view.selectionModel().setCurrentIndex(
        view_index(tab, name, key), flags.ClearAndSelect | flags.Rows
    )


def open_editor(tab: ScheduleTab) -> QWidget:
    editor = tab.view.indexWidget(tab.view.currentIndex())
    assert editor is not None, "no editor is open on the current cell"
    return editor


def commit(qtbot: QtBot, tab: ScheduleTab, editor: QWidget) -> None:
    """Enter, as a user presses it; the delegate commits on the next event-loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.view.state() != EDITING)


def type_cell(qtbot: QtBot, tab: ScheduleTab, name: str, key: str, text: str) -> None:
    """Go to a cell, start editing by typing its first character, type the rest, Enter."""
    go(tab, name, key)
    qtbot.keyClick(tab.view, text[0])
    assert tab.view.state() == EDITING, "typing did not start an edit"
    editor = open_editor(tab)
    qtbot.keyClicks(editor, text[1:])
    commit(qtbot, tab, editor)


def show_schedule(qtbot: QtBot, window: MainWindow) -> ScheduleTab:
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle())
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View > Schedule
    assert window.project_view is not None
    assert window.project_view.currentWidget() is window.project_view.schedule
    tab = window.project_view.schedule
    tab.view.setFocus()
    return tab


@pytest.fixture
def tab(qtbot: QtBot, document: ProjectDocument) -> ScheduleTab:
    widget = ScheduleTab(document)
    qtbot.addWidget(widget)
    assert not widget.model.loaded  # nothing is computed for a tab never shown
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def empty(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> ScheduleTab:
    """A new, empty project shown in the main window on the Schedule tab."""
    window.set_document(ProjectDocument.create(tmp_path / "plan.koers", "Test", START))
    return show_schedule(qtbot, window)


# -- the model -------------------------------------------------------------------------------
def test_the_demo_shows_as_a_wbs_tree(tab: ScheduleTab) -> None:
    model = tab.model
    phases = [model.index(row, NAME).data() for row in range(model.rowCount())]
    assert len(phases) == 10  # nine phases and the blank row for typing a new task
    assert phases[:2] == ["Initiation", "Analysis"] and phases[-1] is None
    assert sum(1 for _ in walk(model)) == 62 + 1
    build = model.index(3, 0)
    assert build.siblingAtColumn(NAME).data() == "Build"
    configuration = model.index(0, NAME, build)
    assert configuration.data() == "Configuration"
    assert model.index(0, NAME, model.index(0, 0, build)).data().startswith("Sprint 1")
    assert model.index(0, COLUMNS.index("wbs"), model.index(0, 0, build)).data() == "4.1.1"
    assert build.siblingAtColumn(NAME).data(Qt.ItemDataRole.FontRole).bold()
    assert cell(model, "System test", "duration") == "8 days"
    assert cell(model, "System test", "start") == "07/01/2027 08:00"
    assert cell(model, "System test", "start", DATE_ROLE) == dt.datetime(2027, 1, 7, 8)
    assert cell(model, "System test", "predecessors") == "31"
    assert cell(model, "Integration test with the ERP", "predecessors") == "27;40SS+3d"
    assert cell(model, "Performance test", "total_float") == "41 days"
    assert cell(model, "Build complete", "duration") == "0 days"  # a milestone
    assert cell(model, "User acceptance test", "constraint").startswith("Start no earlier than")
    assert cell(model, "Testing", "duration") == "52 days"  # a summary spans its subtasks
    assert (
        cell(model, "System test", "resources")
        == "CloudPartners BV consultants[50%];Fatima Bakker[50%]"
    )


def test_model_passes_the_model_tester_through_the_tab_actions(
    qtmodeltester: object, tab: ScheduleTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tab.model
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
    before = table(model)

    go(tab, "System test")
    tab.insert_task()
    assert tab.view.state() == EDITING  # the new task's name is ready for typing
    tab.view.commit_editor()
    assert [t.name for t in model.tasks()][39:41] == ["New task", "System test"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    go(tab, "Performance test")
    tab.move(-1)
    assert [t.name for t in model.tasks()][43:45] == ["Performance test", "User acceptance test"]
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    go(tab, "User acceptance test")
    tab.indent(+1)
    performance = model.task_by_id(task_id(model, "Performance test"))
    assert performance is not None and performance.summary  # now above a subtask
    uat = model.index_of(task_id(model, "User acceptance test"))
    assert uat.parent().siblingAtColumn(NAME).data() == "Performance test"
    assert cell(model, "Performance test", "duration") == "10 days"
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    asked: list[tuple[list[str], int, int]] = []
    monkeypatch.setattr(
        ScheduleTab, "confirm_delete", lambda self, *args: asked.append(args) or True
    )
    go(tab, "Design")
    tab.delete_selected()
    assert asked and asked[0][0] == ["Design"] and asked[0][2] == 6  # with its six subtasks
    assert "Solution architecture" not in [t.name for t in model.tasks()]
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    stack = tab._document.undo_stack
    assert stack.count() == 4
    while stack.canUndo():
        stack.undo()
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert table(model) == before


def test_critical_tasks_are_marked(tab: ScheduleTab) -> None:
    model = tab.model
    for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
        critical = cell(model, "User acceptance test", "name", role)
        other = cell(model, "System test", "name", role)
        assert critical is not None and critical != other
    assert "Critical" in cell(model, "User acceptance test", "name", Qt.ItemDataRole.ToolTipRole)


def test_dutch_durations_and_dates(document: ProjectDocument, qtbot: QtBot) -> None:
    tab = ScheduleTab(document, language="nl")
    qtbot.addWidget(tab)
    tab.show()
    model = tab.model
    assert cell(model, "System test", "duration") == "8 dagen"
    assert cell(model, "Kick-off with business and supplier", "duration") == "1 dag"
    assert cell(model, "System test", "start") == "07-01-2027 08:00"
    assert cell(model, "Integration test with the ERP", "predecessors") == "27;40BB+3d"
    with qtbot.waitSignal(model.dataChanged):
        tab.set_language("en")
    assert cell(model, "System test", "duration") == "8 days"
    assert cell(model, "Integration test with the ERP", "predecessors") == "27;40SS+3d"


def test_the_window_passes_its_language_to_the_table(
    window: MainWindow, demo_file: Path, qtbot: QtBot
) -> None:
    default_locale = QLocale()
    window.settings.language = "nl"
    assert window.open_path(demo_file)
    model = show_schedule(qtbot, window).model
    assert cell(model, "System test", "duration") == "8 dagen"
    try:
        window.set_language("en")
        assert cell(model, "System test", "duration") == "8 days"
    finally:
        i18n.install_language("en")
        QLocale.setDefault(default_locale)


# -- typing a plan ---------------------------------------------------------------------------
def test_typing_a_plan_with_the_keyboard_and_undoing_it(
    qtbot: QtBot, window: MainWindow, empty: ScheduleTab
) -> None:
    tab, model, view = empty, empty.model, empty.view
    document = window.document
    assert document is not None
    snapshots = [table(model)]
    assert snapshots[0] == [(0, *([None] * len(DEFAULT_COLUMNS)))]  # only the blank row

    def typed_task(name: str, duration: str, predecessors: str = "") -> None:
        qtbot.keyClick(view, Qt.Key.Key_Insert)  # inserts above the blank row, editor open
        snapshots.append(table(model))
        editor = open_editor(tab)
        qtbot.keyClicks(editor, name)
        commit(qtbot, tab, editor)
        snapshots.append(table(model))
        type_cell(qtbot, tab, name, "duration", duration)
        snapshots.append(table(model))
        if predecessors:
            type_cell(qtbot, tab, name, "predecessors", predecessors)
            snapshots.append(table(model))
        go(tab, None)  # back to the blank row

    # Delete and Home belong to an open editor, not to the Delete-task shortcut.
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    snapshots.append(table(model))
    editor = open_editor(tab)
    qtbot.keyClicks(editor, "XDesign")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    commit(qtbot, tab, editor)
    snapshots.append(table(model))
    assert [t.name for t in model.tasks()] == ["Design"]
    type_cell(qtbot, tab, "Design", "duration", "3d")
    snapshots.append(table(model))
    go(tab, None)
    typed_task("Build", "5d", "1")
    typed_task("Test", "2d", "2FS+1d")
    assert [t.name for t in model.tasks()] == ["Design", "Build", "Test"]
    assert cell(model, "Test", "finish") == "19/01/2026 17:00"

    # A summary on top: Insert above Design, name it, indent the three tasks under it.
    go(tab, "Design")
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    snapshots.append(table(model))
    editor = open_editor(tab)
    qtbot.keyClicks(editor, "Release 1")
    commit(qtbot, tab, editor)
    snapshots.append(table(model))
    go(tab, "Design")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [t.name for t in tab.selected_tasks()] == ["Design", "Build", "Test"]
    qtbot.keyClick(
        view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    )
    snapshots.append(table(model))

    # IDs renumber and the links follow; dates on the Mon–Fri 08–17 calendar, 1 day = 8 h.
    rows = {row[1 + DEFAULT_COLUMNS.index("name")]: row for row in table(model)}
    columns = {key: 1 + i for i, key in enumerate(DEFAULT_COLUMNS)}

    def shown(name: str, key: str) -> object:
        return rows[name][columns[key]]

    assert [shown(n, "id") for n in ("Release 1", "Design", "Build", "Test")] == list("1234")
    assert [rows[n][0] for n in ("Release 1", "Design", "Build", "Test")] == [0, 1, 1, 1]
    assert shown("Design", "wbs") == "1.1"
    assert shown("Build", "predecessors") == "2"
    assert shown("Test", "predecessors") == "3FS+1d"
    assert shown("Design", "start") == "05/01/2026 08:00"
    assert shown("Design", "finish") == "07/01/2026 17:00"
    assert shown("Build", "start") == "08/01/2026 08:00"
    assert shown("Build", "finish") == "14/01/2026 17:00"
    assert shown("Test", "start") == "16/01/2026 08:00"  # a day of lag on Thursday the 15th
    assert shown("Test", "finish") == "19/01/2026 17:00"
    assert shown("Release 1", "duration") == "11 days"
    assert shown("Release 1", "finish") == "19/01/2026 17:00"
    assert cell(model, "Test", "finish", DATE_ROLE) == dt.datetime(2026, 1, 19, 17)
    assert model.task_by_id(task_id(model, "Release 1")).summary  # type: ignore[union-attr]

    assert document.undo_stack.count() == len(snapshots) - 1
    for expected in reversed(snapshots[:-1]):
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert table(model) == expected
    assert document.undo_stack.index() == 0
    assert model.tasks() == []


def test_a_refused_edit_shows_a_message_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, demo_file: Path, dialogs: DialogLog
) -> None:
    assert window.open_path(demo_file)
    tab = show_schedule(qtbot, window)
    document = window.document
    assert document is not None
    before = table(tab.model)
    type_cell(qtbot, tab, "System test", "duration", "lots")
    assert len(dialogs.errors) == 1
    title, text = dialogs.errors[0]
    assert title == "Change not made" and text.startswith("Duration")
    assert cell(tab.model, "System test", "duration") == "8 days"
    assert table(tab.model) == before
    assert document.undo_stack.count() == 0


def test_a_read_only_project_shows_but_cannot_be_edited(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    window.set_document(ProjectDocument.open(demo_file, read_only=True))
    tab = show_schedule(qtbot, window)
    model = tab.model
    assert model.rowCount() == 9  # no blank row to type into
    index = model.index_of(task_id(model, "System test"), NAME)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.insert_action.isEnabled() and not tab.paste_action.isEnabled()
    assert tab.copy_action.isEnabled()


def test_summary_dates_cannot_be_typed(tab: ScheduleTab) -> None:
    index = tab.model.index_of(task_id(tab.model, "Testing"), COLUMNS.index("duration"))
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.setData(index, "3d")
    name = index.siblingAtColumn(NAME)
    assert tab.model.flags(name) & Qt.ItemFlag.ItemIsEditable


def test_set_data_only_pushes_commands(tab: ScheduleTab, document: ProjectDocument) -> None:
    model = tab.model
    index = model.index_of(task_id(model, "System test"), COLUMNS.index("duration"))
    assert model.setData(index, "10d")
    assert index.data() == "10 days"
    assert cell(model, "System test", "finish") == "20/01/2027 17:00"
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert index.data() == "8 days"
    start = model.index_of(task_id(model, "System test"), COLUMNS.index("start"))
    assert model.setData(start, dt.datetime(2027, 1, 11, 8))
    task = model.task_by_id(task_id(model, "System test"))
    assert task is not None and task.constraint is Constraint.SNET  # as Microsoft Project does
    assert start.data() == "11/01/2027 08:00"


# -- the clipboard -------------------------------------------------------------------------
@pytest.fixture
def kick_off(empty: ScheduleTab, window: MainWindow) -> ScheduleTab:
    """The empty project with one task, Kick-off, as the current row."""
    document = window.document
    assert document is not None
    document.push(InsertTasksCommand(document, 0, [{"name": "Kick-off", "estimated": False}]))
    document.undo_stack.clear()
    go(empty, "Kick-off")
    return empty


def test_pasting_rows_from_a_spreadsheet(
    qtbot: QtBot, window: MainWindow, kick_off: ScheduleTab
) -> None:
    tab, model = kick_off, kick_off.model
    document = window.document
    assert document is not None
    before = table(model)
    QGuiApplication.clipboard().setText("Design\t3d\nBuild\t5d\t1\nTest\t2d\t2\n")
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert [t.name for t in model.tasks()] == ["Kick-off", "Design", "Build", "Test"]
    assert [cell(model, n, "duration") for n in ("Design", "Build", "Test")] == [
        "3 days",
        "5 days",
        "2 days",
    ]
    # "1" and "2" in the pasted text are the first and second pasted rows, now IDs 2 and 3.
    assert cell(model, "Build", "predecessors") == "2"
    assert cell(model, "Test", "predecessors") == "3"
    assert cell(model, "Build", "start") == "08/01/2026 08:00"  # after Design, not Kick-off
    assert cell(model, "Test", "finish") == "16/01/2026 17:00"
    assert [t.name for t in tab.selected_tasks()] == ["Design", "Build", "Test"]
    assert document.undo_stack.count() == 1

    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert table(model) == before
    assert document.undo_stack.index() == 0


def test_a_paste_with_an_unknown_predecessor_is_refused_whole(
    qtbot: QtBot, window: MainWindow, kick_off: ScheduleTab, dialogs: DialogLog
) -> None:
    tab = kick_off
    document = window.document
    assert document is not None
    before = table(tab.model)
    for text in ("Design\t3d\nBuild\t5d\t7\n", "Design\tlots\n", "Design\t3d\t\t31/02/2026\n"):
        QGuiApplication.clipboard().setText(text)
        qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(dialogs.errors) == 3
    assert table(tab.model) == before
    assert document.undo_stack.count() == 0


def test_a_refused_command_inside_a_paste_leaves_no_trace(
    window: MainWindow, kick_off: ScheduleTab, dialogs: DialogLog
) -> None:
    """When the store refuses a later command (a start in 2200), the inserted tasks go again."""
    tab = kick_off
    document = window.document
    assert document is not None
    before = table(tab.model)
    assert not tab.paste_text("Design\t3d\nBuild\t2d\t1\t01/01/2200\n")
    assert not tab.paste_text("Design\t3d\n" + "x" * 5000 + "\t2d\n")  # the insert itself
    assert len(dialogs.errors) == 2
    assert table(tab.model) == before
    assert document.undo_stack.count() == 0
    assert not document.undo_stack.canRedo()


def test_copied_rows_paste_back_with_their_own_links(
    qtbot: QtBot, window: MainWindow, kick_off: ScheduleTab
) -> None:
    tab, model = kick_off, kick_off.model
    assert tab.paste_text("Design\t3d\nBuild\t5d\t1\nTest\t2d\t2FS+1d\t")
    qtbot.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text == "Design\t3 days\t\t\nBuild\t5 days\t1\t\nTest\t2 days\t2FS+1d\t\n"

    go(tab, "Test")
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [t.name for t in model.tasks()] == ["Kick-off", *["Design", "Build", "Test"] * 2]
    predecessors = [
        model.index_of(t.id, COLUMNS.index("predecessors")).data() for t in model.tasks()
    ]
    assert predecessors == ["", "", "2", "3FS+1d", "", "5", "6FS+1d"]


def test_a_start_pasted_pins_the_task(window: MainWindow, kick_off: ScheduleTab) -> None:
    tab, model = kick_off, kick_off.model
    assert tab.paste_text("Design\t3d\t\t12/01/2026\n")
    task = model.task_by_id(task_id(model, "Design"))
    assert task is not None and task.constraint is Constraint.SNET
    assert cell(model, "Design", "start") == "12/01/2026 08:00"
    assert tab.copy_text([task]) == "Design\t3 days\t\t12/01/2026 08:00\n"


def test_fill_down_copies_the_first_value_in_one_step(
    qtbot: QtBot, window: MainWindow, kick_off: ScheduleTab
) -> None:
    tab, model = kick_off, kick_off.model
    document = window.document
    assert document is not None
    assert tab.paste_text("Design\t3d\nBuild\t5d\nTest\t2d\n")
    steps = document.undo_stack.count()
    go(tab, "Design", "duration")
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(tab.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert [cell(model, n, "duration") for n in ("Design", "Build", "Test")] == ["3 days"] * 3
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    assert cell(model, "Test", "duration") == "2 days"


# -- the other tools --------------------------------------------------------------------------
def test_link_unlink_milestone_and_delete_with_confirmation(
    qtbot: QtBot, window: MainWindow, kick_off: ScheduleTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, model, view = kick_off, kick_off.model, kick_off.view
    assert tab.paste_text("Design\t3d\nBuild\t5d\n")
    go(tab, "Design")
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(view, Qt.Key.Key_F2, Qt.KeyboardModifier.ControlModifier)
    assert cell(model, "Build", "predecessors") == "2"
    qtbot.keyClick(
        view, Qt.Key.Key_F2, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert cell(model, "Build", "predecessors") == ""
    qtbot.keyClick(view, Qt.Key.Key_F2, Qt.KeyboardModifier.ControlModifier)

    go(tab, "Kick-off")
    tab.milestone_action.trigger()
    assert cell(model, "Kick-off", "duration") == "0 days"
    tab.milestone_action.trigger()
    assert cell(model, "Kick-off", "duration") == "1 day"

    answers: list[bool] = [False, True]
    asked: list[tuple[list[str], int, int]] = []

    def confirm(self: ScheduleTab, names: list[str], links: int, subtasks: int) -> bool:
        asked.append((names, links, subtasks))
        return answers.pop(0)

    monkeypatch.setattr(ScheduleTab, "confirm_delete", confirm)
    go(tab, "Build")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == [(["Build"], 1, 0)]
    assert "Build" in [t.name for t in model.tasks()]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [t.name for t in model.tasks()] == ["Kick-off", "Design"]
    go(tab, "Kick-off")
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # no links: no question
    assert len(asked) == 2
    assert [t.name for t in model.tasks()] == ["Design"]


def test_indenting_a_summary_with_its_subtask_selected_moves_the_block_once(
    tab: ScheduleTab,
) -> None:
    model = tab.model
    configuration = task_id(model, "Configuration")
    sprint = task_id(model, "Sprint 1: accounts, contacts, activities")
    tab.select_tasks([configuration, sprint], configuration, "name")
    tab.outdent_action.trigger()
    levels = {t.name: t.outline_level for t in model.tasks()}
    assert levels["Configuration"] == 1
    assert levels["Sprint 1: accounts, contacts, activities"] == 2


def test_filters_and_find(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    tab = show_schedule(qtbot, window)
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("critical"))
    shown = [tab.proxy.mapToSource(i).siblingAtColumn(NAME).data() for i in walk(tab.proxy)]  # type: ignore[arg-type]
    assert "User acceptance test" in shown and "Testing" in shown
    assert "System test" not in shown and None not in shown
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("all"))
    qtbot.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    qtbot.keyClicks(tab.search, "sprint")
    names = [tab.proxy.mapToSource(i).siblingAtColumn(NAME).data() for i in walk(tab.proxy)]  # type: ignore[arg-type]
    assert names[:2] == ["Build", "Configuration"]
    assert len(names) == 6 and all(n.startswith("Sprint") for n in names[2:])


def test_hidden_columns_can_be_shown(tab: ScheduleTab) -> None:
    free_float = COLUMNS.index("free_float")
    assert tab.view.isColumnHidden(free_float)
    tab.column_actions["free_float"].setChecked(True)
    assert not tab.view.isColumnHidden(free_float)
    assert cell(tab.model, "Performance test", "free_float").endswith("days")


def test_task_details_apply_as_one_undo_step(tab: ScheduleTab, document: ProjectDocument) -> None:
    model = tab.model
    go(tab, "System test")
    tab.details_action.trigger()
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.computed_values["start"].text() == "07/01/2027 08:00"
    assert dialog.computed_values["total_float"].text() == "30 days"
    assert dialog.resources.text() == "CloudPartners BV consultants[50%]\nFatima Bakker[50%]"
    dialog.name.setText("System and regression test")
    dialog.notes.setPlainText("Two test cycles.")
    dialog.constraint.setCurrentIndex(dialog.constraint.findData(Constraint.SNET.value))
    dialog.constraint_date.setDateTime(dialog.constraint_date.dateTime().addDays(4))
    dialog.has_deadline.setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    assert document.undo_stack.count() == 1
    task = model.task_by_id(task_id(model, "System and regression test"))
    assert task is not None
    assert task.notes == "Two test cycles."
    assert task.constraint is Constraint.SNET
    assert task.constraint_date == dt.datetime(2027, 1, 11, 8)
    assert task.deadline == dt.datetime(2027, 1, 18, 17)  # the end of its finish day
    assert cell(model, "System and regression test", "start") == "11/01/2027 08:00"
    document.undo_stack.undo()
    task = model.task_by_id(task_id(model, "System test"))
    assert task is not None and task.constraint is Constraint.ASAP and task.deadline is None


def test_double_clicking_a_row_opens_its_details(qtbot: QtBot, tab: ScheduleTab) -> None:
    index = view_index(tab, "System test", "wbs")
    tab.view.scrollTo(index)
    rect = tab.view.visualRect(index)
    # A double-click arrives after a first click, as the platform sends it.
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.name.text() == "System test"
    assert tab.view.state() != EDITING  # a double-click opens details, typing edits
    dialog.reject()
    assert tab.details_dialog is None


def test_typing_a_name_in_the_blank_row_appends_a_task(
    qtbot: QtBot, window: MainWindow, empty: ScheduleTab
) -> None:
    go(empty, None)
    qtbot.keyClick(empty.view, "A")
    editor = open_editor(empty)
    qtbot.keyClicks(editor, "nalysis")
    commit(qtbot, empty, editor)
    assert [t.name for t in empty.model.tasks()] == ["Analysis"]
    assert cell(empty.model, "Analysis", "id") == "1"
    assert empty.model.rowCount() == 2  # the task and a fresh blank row
    assert empty.current_task() is None  # Enter went down to the blank row


def test_a_refused_detail_keeps_the_dialog_open(
    tab: ScheduleTab, document: ProjectDocument, qtbot: QtBot
) -> None:
    go(tab, "System test")
    tab.show_details()
    dialog = tab.details_dialog
    assert dialog is not None
    dialog.notes.setPlainText("Fine notes")
    dialog.name.setText("x" * 5000)
    with qtbot.waitSignal(tab.edit_refused):
        dialog.accept()
    assert dialog.isVisible()
    assert document.undo_stack.count() == 0
    assert cell(tab.model, "System test", "notes") == ""
    dialog.reject()


def test_the_schedule_tab_is_in_the_view_menu(window: MainWindow, demo_file: Path) -> None:
    assert not window.schedule_tab_action.isEnabled()
    assert window.open_path(demo_file)
    assert window.project_view is not None
    assert window.schedule_tab_action.text() == "&Schedule"
    assert window.schedule_tab_action.shortcut().toString() == "Ctrl+2"
    assert window.view_menu.actions()[1] is window.schedule_tab_action
    assert window.project_view.tabText(1) == "Schedule"
    window.schedule_tab_action.trigger()
    assert window.project_view.currentWidget() is window.project_view.schedule


def test_a_cycle_is_reported_above_the_table(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    """Koers refuses to make a loop, but a file edited elsewhere may hold one."""
    import sqlite3

    connection = sqlite3.connect(demo_file)
    connection.execute(
        "INSERT INTO task_link (predecessor_id, successor_id, type, lag_minutes, lag_unit) "
        "VALUES (13, 7, 'FS', 0, 'd')"
    )
    connection.commit()
    connection.close()
    assert window.open_path(demo_file)
    tab = show_schedule(qtbot, window)
    document = window.document
    assert document is not None
    assert tab.problem.isVisible()
    assert "Requirements signed off" in tab.problem.text()
    inventory = task_id(tab.model, "Inventory of the current CRM")
    document.push(SetTaskFieldCommand(document, inventory, "predecessors", "5"))
    assert not tab.problem.isVisible()


def test_schedule_tab_screenshot(qtbot: QtBot, window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    tab = show_schedule(qtbot, window)
    go(tab, "User acceptance test")
    qtbot.wait(50)
    pixmap = window.grab()
    assert not pixmap.isNull()
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    assert pixmap.save(str(SCREENSHOT)), f"cannot write {SCREENSHOT}"
    assert SCREENSHOT.stat().st_size > 20_000


def test_near_critical_and_date_range_filters(
    qtbot: QtBot, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    tab = show_schedule(qtbot, window)

    def shown() -> list[str]:
        names = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(tab.proxy.rowCount(parent)):
                index = tab.proxy.index(row, 0, parent)
                task = tab.model.task(tab.proxy.mapToSource(index))
                if task is not None and not task.summary:
                    names.append(task.name)
                stack.append(index)
        return names

    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("near_critical"))
    assert "Hand over to application support" in shown()  # 3 days of float
    assert "User acceptance test" not in shown()  # critical, not near-critical
    tab.filter_combo.setCurrentIndex(tab.filter_combo.findData("range"))
    assert all(action.isVisible() for action in tab.range_actions)
    tab.range_from.setDate(QDate(2027, 3, 22))
    tab.range_to.setDate(QDate(2027, 3, 24))
    names = shown()
    assert "Final data migration" in names and "Freeze data entry in the old CRM" in names
    assert "System test" not in names


def test_the_view_menu_reaches_every_tab_in_order(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    names = ["plan", "schedule", "team", "budget", "risks", "stakeholders"]
    actions = window._tab_actions()
    assert list(actions) == names
    for number, name in enumerate(names, start=1):
        assert actions[name].shortcut().toString() == f"Ctrl+{number}"
        actions[name].trigger()
        assert window.project_view is not None
        assert window.project_view.currentWidget() is window.project_view.page(name)
