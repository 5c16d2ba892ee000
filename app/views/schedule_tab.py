"""The Schedule tab: the task table as a WBS tree with Microsoft Project's keyboard habits."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.tasks import (
    DeleteTasksCommand,
    IndentTasksCommand,
    InsertTasksCommand,
    LinkTasksCommand,
    MoveTasksCommand,
    SetTaskFieldCommand,
    SetTasksFieldCommand,
    UnlinkTasksCommand,
)
from app.domain.calendar import to_instant
from app.domain.float_rules import NEAR_CRITICAL_DAYS, is_near_critical, overlaps
from app.domain.scheduler import Constraint
from app.domain.task_text import (
    TextError,
    format_predecessors,
    parse_duration,
    parse_predecessors,
)
from app.domain.validation import EARLIEST_DATE, LATEST_DATE, InvalidValue
from app.services.schedule import TaskRow
from app.views.gantt_controls import GanttControls
from app.views.gantt_view import GanttView
from app.views.tab_actions import tab_action
from app.views.task_table_model import (
    COLUMNS,
    DEFAULT_COLUMNS,
    EDITABLE,
    TaskTableModel,
    from_qt,
    moment_format,
    push_macro,
    to_qdatetime,
)
from app.views.task_tree_view import TaskTreeView

if TYPE_CHECKING:
    from app.views.task_details_dialog import TaskDetailsDialog

# What Ctrl+C writes and Ctrl+V reads, tab-separated, one task a line, no header.
CLIPBOARD_FIELDS = ("name", "duration", "predecessors", "start")
PINNED_START = frozenset({Constraint.SNET, Constraint.MSO})
FILTERS = (
    "all",
    "critical",
    "near_critical",
    "milestones",
    "summaries",
    "incomplete",
    "late",
    "range",
)
COLUMN_WIDTHS = {
    "id": 44,
    "wbs": 60,
    "name": 300,
    "duration": 84,
    "start": 128,
    "finish": 128,
    "predecessors": 110,
    "percent_complete": 90,
    "total_float": 90,
    "constraint": 330,  # "Niet eerder beginnen dan 08-03-2027 08:00" fits
    "resources": 150,
    "notes": 220,
}
AnyIndex = QModelIndex | QPersistentModelIndex


class TaskFilterProxy(QSortFilterProxyModel):
    """Shows the tasks a filter keeps, with the summaries above them (recursive filtering)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "all"
        self.text = ""
        self.first = self.last = 0  # instants bounding the "range" filter
        self.setRecursiveFilteringEnabled(True)

    def set_filter(self, kind: str, text: str) -> None:
        self.beginFilterChange()
        self.kind = kind
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        task = model.task(model.index(source_row, 0, source_parent))
        if task is None:  # the blank row belongs to the whole plan only
            return self.kind == "all" and not self.text
        if self.text and not any(
            self.text in value.casefold() for value in (task.name, task.wbs, task.notes)
        ):
            return False
        if self.kind == "critical":
            dates = model.dates(task.id)
            return dates is not None and dates.critical
        if self.kind == "milestones":
            return task.milestone
        if self.kind == "summaries":
            return task.summary
        if self.kind == "incomplete":
            return model.percent_complete(task) < 100
        if self.kind == "near_critical":
            dates = model.dates(task.id)
            threshold = NEAR_CRITICAL_DAYS * model.schedule.settings.minutes_per_day
            return dates is not None and is_near_critical(dates, threshold)
        if self.kind == "range":
            dates = model.dates(task.id)
            return dates is not None and overlaps(dates, self.first, self.last)
        if self.kind == "late":
            slipped = model.variance(task, "finish_variance")
            return slipped is not None and slipped > 0
        return True


class TaskDelegate(QStyledItemDelegate):
    """Date-and-time editors for Start and Finish, 0–100 for % Complete, text for the rest."""

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            # Red critical text would be hard to read on the selection colour.
            highlighted = option.palette.brush(QPalette.ColorRole.HighlightedText)
            option.palette.setBrush(QPalette.ColorRole.Text, highlighted)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        key = COLUMNS[index.column()]
        if key in ("start", "finish"):
            editor = QDateTimeEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(moment_format(self._model.locale))
            editor.setDateTimeRange(
                to_qdatetime(dt.datetime.combine(EARLIEST_DATE, dt.time())),
                to_qdatetime(dt.datetime.combine(LATEST_DATE, dt.time(23, 59))),
            )
            return editor
        if key == "percent_complete":
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSuffix("%")
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateTimeEdit):
            if value is None:
                value = dt.datetime.combine(dt.date.today(), dt.time(8))
            editor.setDateTime(to_qdatetime(value))
            return
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            return
        super().setEditorData(editor, index)
        if isinstance(editor, QLineEdit):
            editor.selectAll()  # typing replaces the cell, as in a spreadsheet

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QDateTimeEdit):
            model.setData(index, from_qt(editor.dateTime()), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class ScheduleTab(QWidget):
    """The plan's tasks: type them, indent them, link them; dates follow at once.

    Keys follow Microsoft Project: Insert, Delete, Alt+Shift+Right/Left (indent, outdent),
    Ctrl+Up/Down (move), Ctrl+F2 / Ctrl+Shift+F2 (link, unlink), F2 or typing to edit,
    Enter to commit and go down, Ctrl+D (fill down), Ctrl+C / Ctrl+V (copy and paste rows
    as tab-separated text), Ctrl+F (find). Double-clicking a row opens its details.
    """

    edit_refused = Signal(object)

    def __init__(
        self, document: ProjectDocument, parent: QWidget | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self.model = TaskTableModel(document, self, language, load=False)
        self.model.edit_refused.connect(self.edit_refused)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.details_dialog: TaskDetailsDialog | None = None
        self._collapsed: set[int] = set()
        self._kept: tuple[list[int], int | None, int] = ([], None, 0)

        self.toolbar = QToolBar(self)
        self.insert_action = self._action(
            QKeySequence(Qt.Key.Key_Insert), self.insert_task, toolbar=True
        )
        self.delete_action = self._action(
            QKeySequence(Qt.Key.Key_Delete), self.delete_selected, toolbar=True
        )
        self.toolbar.addSeparator()
        self.outdent_action = self._action("Alt+Shift+Left", lambda: self.indent(-1), True)
        self.indent_action = self._action("Alt+Shift+Right", lambda: self.indent(+1), True)
        self.up_action = self._action("Ctrl+Up", lambda: self.move(-1), toolbar=True)
        self.down_action = self._action("Ctrl+Down", lambda: self.move(+1), toolbar=True)
        self.toolbar.addSeparator()
        self.link_action = self._action("Ctrl+F2", self.link_selected, toolbar=True)
        self.unlink_action = self._action("Ctrl+Shift+F2", self.unlink_selected, toolbar=True)
        self.milestone_action = self._action(None, self.toggle_milestone, toolbar=True)
        self.details_action = self._action("Shift+F2", self.show_details, toolbar=True)
        self.copy_action = self._action(QKeySequence(QKeySequence.StandardKey.Copy), self.copy)
        self.paste_action = self._action(QKeySequence(QKeySequence.StandardKey.Paste), self.paste)
        self.fill_down_action = self._action("Ctrl+D", self.fill_down)
        self.find_action = self._action(QKeySequence(QKeySequence.StandardKey.Find), self.find)
        self.toolbar.addSeparator()
        self.columns_menu = QMenu(self)
        self.column_actions: dict[str, QAction] = {}
        for key in COLUMNS:
            if key in ("id", "name"):
                continue
            action = self.columns_menu.addAction("")
            action.setCheckable(True)
            action.setChecked(key in DEFAULT_COLUMNS)
            action.toggled.connect(lambda on, k=key: self.show_column(k, on))
            self.column_actions[key] = action
        self.columns_button = QToolButton(self)
        self.columns_button.setMenu(self.columns_menu)
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.columns_button)
        self.toolbar.addSeparator()
        self.filter_combo = QComboBox(self)
        for kind in FILTERS:
            self.filter_combo.addItem("", kind)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.search.textChanged.connect(self._filter_changed)
        self.toolbar.addWidget(self.filter_combo)
        # The date range of the "tasks in a date range" filter, shown only for that filter.
        self.range_from = QDateEdit(self)
        self.range_to = QDateEdit(self)
        today = QDate.currentDate()
        self.range_from.setDate(today)
        self.range_to.setDate(today.addMonths(1))
        for edit in (self.range_from, self.range_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.model.locale.dateFormat(QLocale.FormatType.ShortFormat))
            edit.dateChanged.connect(self._filter_changed)
        self.range_actions = [
            self.toolbar.addWidget(self.range_from),
            self.toolbar.addWidget(self.range_to),
        ]
        for action in self.range_actions:
            action.setVisible(False)
        self.toolbar.addWidget(self.search)

        self.problem = QLabel(self)
        self.problem.setObjectName("scheduleProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a50e0e; font-weight: bold; padding: 4px;")
        self.problem.hide()

        self.view = TaskTreeView(self.model, self)
        self.view.setObjectName("scheduleTable")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(TaskDelegate(self.model, self.view))
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setTreePosition(COLUMNS.index("name"))  # indentation on the name
        self.view.setAllColumnsShowFocus(True)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setWordWrap(False)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.actions():
            self.view.addAction(action)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for column, key in enumerate(COLUMNS):
            self.view.setColumnWidth(column, COLUMN_WIDTHS.get(key, 128))
            self.view.setColumnHidden(column, key not in DEFAULT_COLUMNS)
        self.view.doubleClicked.connect(self.show_details)
        self.view.collapsed.connect(lambda index: self._track_expansion(index, False))
        self.view.expanded.connect(lambda index: self._track_expansion(index, True))
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.proxy.modelAboutToBeReset.connect(self._keep_selection)
        self.proxy.modelReset.connect(self._restore_view)
        document.changed.connect(self._document_changed)

        # The Gantt chart shares the table's rows and vertical scrolling; a splitter between.
        self.gantt = GanttView(self.view, self.model, self)
        header = max(self.view.header().sizeHint().height(), self.gantt.header_height)
        self.view.header().setFixedHeight(header)
        self.gantt.set_header_height(header)
        self.gantt.details_requested.connect(self._show_details_of)
        separator = QAction(self)
        separator.setSeparator(True)
        self.gantt.context_actions = [
            self.link_action,
            self.unlink_action,
            self.milestone_action,
            separator,
            self.details_action,
        ]
        self.toolbar.addSeparator()
        self.gantt_controls = GanttControls(
            self.gantt,
            document,
            self.toolbar,
            self,
            lambda: getattr(self.current_task(), "id", None),
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.gantt)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.problem)
        layout.addWidget(self.splitter, 1)
        self._shown = False
        self.retranslate()
        self._update_actions()

    def _action(
        self, shortcut: str | QKeySequence | None, slot: Any, toolbar: bool = False
    ) -> QAction:
        return tab_action(self, self.toolbar if toolbar else None, shortcut, slot)

    # -- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.insert_action: (self.tr("Insert task"), self.tr("Insert a task above this one")),
            self.delete_action: (self.tr("Delete"), self.tr("Delete the selected tasks")),
            self.outdent_action: (self.tr("Outdent"), self.tr("Move the tasks one level out")),
            self.indent_action: (self.tr("Indent"), self.tr("Make the tasks subtasks")),
            self.up_action: (self.tr("Move up"), self.tr("Move above the previous task")),
            self.down_action: (self.tr("Move down"), self.tr("Move below the next task")),
            self.link_action: (self.tr("Link"), self.tr("Link the selected tasks in order")),
            self.unlink_action: (self.tr("Unlink"), self.tr("Remove the links between them")),
            self.milestone_action: (self.tr("Milestone"), self.tr("Mark or unmark milestones")),
            self.details_action: (self.tr("Task details…"), self.tr("Notes, constraint, dates")),
            self.copy_action: (self.tr("Copy rows"), self.tr("Copy as tab-separated text")),
            self.paste_action: (self.tr("Paste rows"), self.tr("Paste rows as new tasks")),
            self.fill_down_action: (self.tr("Fill down"), self.tr("Copy the first value down")),
            self.find_action: (self.tr("Find…"), self.tr("Search the task names")),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
        for key, action in self.column_actions.items():
            action.setText(self.model.column_label(key))
        self.columns_button.setText(self.tr("Columns"))
        labels = {
            "all": self.tr("All tasks"),
            "critical": self.tr("Critical tasks"),
            "milestones": self.tr("Milestones"),
            "summaries": self.tr("Summary tasks"),
            "incomplete": self.tr("Incomplete tasks"),
            "late": self.tr("Late against baseline"),
            "near_critical": self.tr("Near-critical tasks"),
            "range": self.tr("Tasks in a date range"),
        }
        for row, kind in enumerate(FILTERS):
            self.filter_combo.setItemText(row, labels[kind])
        self.search.setPlaceholderText(self.tr("Find tasks…"))
        self.model.retranslate()
        self._show_problem()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """The schedule is computed when the tab is first shown, not when the file opens."""
        if not self._shown:
            self._shown = True
            self.model.load()
            tasks = self.model.tasks()
            self.select_tasks([tasks[0].id] if tasks else [None], None, "name")
            self._show_problem()
        super().showEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)

    # -- selection ---------------------------------------------------------------------------
    def source(self, index: AnyIndex) -> QModelIndex:
        return self.proxy.mapToSource(index) if index.isValid() else QModelIndex()

    def current_task(self) -> TaskRow | None:
        return self.model.task(self.source(self.view.currentIndex()))

    def current_key(self) -> str:
        index = self.view.currentIndex()
        return COLUMNS[index.column()] if index.isValid() else "name"

    def selected_tasks(self, *, in_selection_order: bool = False) -> list[TaskRow]:
        """Selected tasks, top to bottom (or in the order the rows were selected)."""
        found: dict[int, TaskRow] = {}
        for index in self.view.selectionModel().selectedRows(0):
            task = self.model.task(self.source(index))
            if task is not None:
                found.setdefault(task.id, task)
        tasks = list(found.values())
        if not tasks and (current := self.current_task()) is not None:
            tasks = [current]
        return tasks if in_selection_order else sorted(tasks, key=lambda t: t.row)

    def _outermost(self, tasks: list[TaskRow]) -> list[int]:
        """Ids of the tasks whose parent is not selected too: a block moves once."""
        chosen = {task.id for task in tasks}
        inner = {child for task in tasks for child in self.model.descendants(task.id)}
        return [task.id for task in tasks if task.id in chosen - inner]

    def select_tasks(
        self, ids: list[int | None], current: int | None = None, key: str = ""
    ) -> None:
        """Select rows by task id (None: the blank row) and put the cursor on ``current``."""
        column = COLUMNS.index(key or self.current_key())
        selection = QItemSelection()
        for task_id in ids:
            index = self.proxy.mapFromSource(self.model.index_of(task_id))
            if index.isValid():
                selection.select(index, index)
        target = self.proxy.mapFromSource(
            self.model.index_of(current if current is not None or not ids else ids[0], column)
        )
        flags = QItemSelectionModel.SelectionFlag
        model = self.view.selectionModel()
        if target.isValid():
            model.setCurrentIndex(target, flags.NoUpdate)
            self.view.scrollTo(target)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _keep_selection(self) -> None:
        current = self.source(self.view.currentIndex())
        task = self.model.task(current)
        ids = [task.id for task in self.selected_tasks()]
        self._kept = (ids, task.id if task is not None else None, max(0, current.column()))

    def _restore_view(self) -> None:
        self._restore_expansion()
        ids, current, column = self._kept
        self.select_tasks(list(ids), current, COLUMNS[column])

    def _restore_expansion(self) -> None:
        """Everything expanded except the summaries the user collapsed."""
        self.view.expandAll()
        for task_id in list(self._collapsed):
            index = self.proxy.mapFromSource(self.model.index_of(task_id))
            if index.isValid():
                self.view.collapse(index)
            else:
                self._collapsed.discard(task_id)

    def _track_expansion(self, index: QModelIndex, expanded: bool) -> None:
        task = self.model.task(self.source(index))
        if task is None:
            return
        if expanded:
            self._collapsed.discard(task.id)
        else:
            self._collapsed.add(task.id)

    def _filter_changed(self) -> None:
        kind = str(self.filter_combo.currentData())
        for action in getattr(self, "range_actions", ()):
            action.setVisible(kind == "range")
        if hasattr(self, "range_from"):
            first, last = self.range_from.date(), self.range_to.date()
            self.proxy.first = to_instant(dt.datetime(first.year(), first.month(), first.day()))
            self.proxy.last = to_instant(dt.datetime(last.year(), last.month(), last.day(), 23, 59))
        self.proxy.set_filter(kind, self.search.text())
        self._restore_expansion()

    def show_column(self, key: str, visible: bool) -> None:
        self.view.setColumnHidden(COLUMNS.index(key), not visible)
        self.column_actions[key].setChecked(visible)

    def _header_menu(self, position: QPoint) -> None:
        self.columns_menu.popup(self.view.header().mapToGlobal(position))

    def _update_actions(self) -> None:
        editable = not self._document.read_only
        tasks = self.selected_tasks()
        has_task = bool(tasks)
        for action in (
            self.delete_action,
            self.indent_action,
            self.outdent_action,
            self.up_action,
            self.down_action,
            self.unlink_action,
            self.milestone_action,
            self.fill_down_action,
        ):
            action.setEnabled(editable and has_task)
        self.link_action.setEnabled(editable and len(tasks) > 1)
        self.insert_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.details_action.setEnabled(has_task)
        self.copy_action.setEnabled(has_task)

    def _document_changed(self, _change: object) -> None:
        self._show_problem()
        self._update_actions()

    def _show_problem(self) -> None:
        if not self.model.loaded:
            return
        cycle = self.model.schedule.cycle
        if cycle is None:
            self.problem.hide()
            return
        names = [*cycle.names, *cycle.names[:1]]
        self.problem.setText(
            self.tr(
                "The links form a loop: {0}. Remove one of these links to schedule the plan."
            ).format(" → ".join(names))
        )
        self.problem.show()

    # -- edits ---------------------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        return True

    def insert_task(self) -> None:
        """A task named "New task" above the current row, at its outline level."""
        self.view.commit_editor()
        task = self.current_task()
        if task is None:
            position, level = len(self.model.tasks()), self.model.last_level()
        else:
            position, level = task.row - 1, task.outline_level
        command = InsertTasksCommand(
            self._document, position, [{"name": self.tr("New task"), "outline_level": level}]
        )
        if self.push(command) and command.ids:
            self.select_tasks([command.ids[0]], command.ids[0], "name")
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())

    def confirm_delete(self, names: list[str], links: int, subtasks: int) -> bool:
        """Ask before deleting tasks that have links or subtasks; tests replace this."""
        lines = [self.tr("Delete {0} task(s)?").format(len(names))]
        if links:
            lines.append(self.tr("{0} link(s) to other tasks will be removed.").format(links))
        if subtasks:
            lines.append(self.tr("{0} subtask(s) will be deleted too.").format(subtasks))
        answer = QMessageBox.question(
            self,
            self.tr("Delete tasks"),
            "\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        """Delete the selected tasks with their subtasks (and their links)."""
        tasks = self.selected_tasks()
        if not tasks:
            return
        chosen = dict.fromkeys(task.id for task in tasks)
        for task in tasks:
            chosen.update(dict.fromkeys(self.model.descendants(task.id)))
        ids = list(chosen)
        links = sum(
            1
            for link in self.model.schedule.links
            if link.predecessor_id in chosen or link.successor_id in chosen
        )
        subtasks = len(ids) - len(tasks)
        if (links or subtasks) and not self.confirm_delete(
            [task.name for task in tasks], links, subtasks
        ):
            return
        position = tasks[0].row - 1
        key = self.current_key()
        if self.push(DeleteTasksCommand(self._document, ids)):
            remaining = self.model.tasks()
            follow = remaining[position].id if position < len(remaining) else None
            self.select_tasks([follow], follow, key)

    def indent(self, step: int) -> None:
        tasks = self.selected_tasks()
        ids = self._outermost(tasks)
        if ids and self.push(IndentTasksCommand(self._document, ids, step)):
            self._reselect(tasks)

    def move(self, step: int) -> None:
        tasks = self.selected_tasks()
        ids = self._outermost(tasks)
        if ids and self.push(MoveTasksCommand(self._document, ids, step)):
            self._reselect(tasks)

    def _reselect(self, tasks: list[TaskRow]) -> None:
        current = self.current_task()
        self.select_tasks([task.id for task in tasks], current.id if current is not None else None)

    def link_selected(self) -> None:
        tasks = self.selected_tasks(in_selection_order=True)
        if len(tasks) > 1:
            self.push(LinkTasksCommand(self._document, [task.id for task in tasks]))

    def unlink_selected(self) -> None:
        tasks = self.selected_tasks()
        if tasks:
            self.push(UnlinkTasksCommand(self._document, [task.id for task in tasks]))

    def toggle_milestone(self) -> None:
        tasks = [task for task in self.selected_tasks() if not task.summary]
        if tasks:
            flag = not all(task.milestone for task in tasks)
            self.push(
                SetTasksFieldCommand(
                    self._document, [t.id for t in tasks], "milestone", flag, self.language
                )
            )

    def fill_down(self) -> None:
        """The current column's value of the first selected row into the other selected rows."""
        key = self.current_key()
        tasks = self.selected_tasks()
        if key not in EDITABLE or len(tasks) < 2:
            return
        first, rest = tasks[0], tasks[1:]
        if key != "name":
            rest = [task for task in rest if not task.summary]
        if not rest or (first.summary and key != "name"):
            return
        value = self.model.edit_value(first, key)
        self.push(
            SetTasksFieldCommand(self._document, [t.id for t in rest], key, value, self.language)
        )

    def find(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def show_details(self, index: QModelIndex | None = None) -> None:
        """Open the details of the row double-clicked (or the current one), non-blocking."""
        task = self.model.task(self.source(index)) if index is not None else self.current_task()
        if task is None:
            return
        if self.details_dialog is not None:
            self.details_dialog.close()
        from app.views.task_details_dialog import TaskDetailsDialog  # loaded on first use

        dialog = TaskDetailsDialog(self._document, task.id, self.language, self)
        dialog.edit_refused.connect(self.edit_refused)
        dialog.finished.connect(lambda _result, d=dialog: self._details_closed(d))
        self.details_dialog = dialog
        dialog.open()

    def _show_details_of(self, task_id: int) -> None:
        """A bar double-clicked in the chart: its row becomes current, its details open."""
        self.select_tasks([task_id], task_id, "name")
        self.show_details()

    def _details_closed(self, dialog: TaskDetailsDialog) -> None:
        if self.details_dialog is dialog:
            self.details_dialog = None
        dialog.deleteLater()

    # -- the clipboard --------------------------------------------------------------------------
    def copy_text(self, tasks: list[TaskRow]) -> str:
        """Tab-separated rows in CLIPBOARD_FIELDS order: name, duration, predecessors, start.

        Predecessors are numbered within the copied block (1 = its first row) and links to
        tasks outside it are left out, so pasting the text rebuilds the block's own logic.
        Start is filled only where a constraint pins it (Start no earlier than, Must start
        on); a computed start would become a constraint on paste.
        """
        number = {task.id: place for place, task in enumerate(tasks, start=1)}
        settings = self.model.schedule.settings
        lines = []
        for task in tasks:
            refs = self.model.predecessor_refs(task, number.get)
            start = ""
            if task.constraint in PINNED_START and task.constraint_date is not None:
                start = self.model.format_moment(task.constraint_date)
            cells = [
                task.name,
                self.model.duration_text(task),
                format_predecessors(refs, settings, self.language),
                start,
            ]
            lines.append("\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in cells))
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        tasks = self.selected_tasks()
        if tasks:
            QGuiApplication.clipboard().setText(self.copy_text(tasks))

    def paste(self) -> None:
        """Paste tab-separated rows (name, duration, predecessors, start) as new tasks.

        They go right below the current row at its level (below a summary: as its first
        subtasks; on the blank row or with no row: at the end). Blank cells keep the
        defaults; blank lines are skipped. Predecessor numbers count the pasted rows:
        "1" is the first pasted row, as when a block is copied within a spreadsheet, and a
        number outside the block is refused. One undo step removes the whole paste.
        """
        text = QGuiApplication.clipboard().text()
        if text.strip():
            self.paste_text(text)

    def paste_text(self, text: str) -> bool:
        self.view.commit_editor()
        try:
            rows, links, starts = self._read_rows(text)
        except InvalidValue as exc:
            self.edit_refused.emit(exc)
            return False
        if not rows:
            return False
        task = self.current_task()
        if task is None:
            position, level = len(self.model.tasks()), self.model.last_level()
        elif task.summary:
            position, level = task.row, task.outline_level + 1
        else:
            position, level = task.row, task.outline_level
        for row in rows:
            row["outline_level"] = level
        insert = InsertTasksCommand(self._document, position, rows)
        settings = self.model.schedule.settings

        def commands() -> Iterator[QUndoCommand]:
            yield insert
            for place, refs in links.items():
                shifted = [dataclasses.replace(ref, task_id=position + ref.task_id) for ref in refs]
                predecessors = format_predecessors(shifted, settings, self.language)
                yield SetTaskFieldCommand(
                    self._document, insert.ids[place], "predecessors", predecessors, self.language
                )
            for place, start in starts.items():
                yield SetTaskFieldCommand(
                    self._document, insert.ids[place], "start", start, self.language
                )

        try:
            push_macro(self._document, self.tr("Paste tasks"), commands)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(exc)
            return False
        self.select_tasks(list(insert.ids), insert.ids[0], "name")
        return True

    def _read_rows(
        self, text: str
    ) -> tuple[list[dict[str, Any]], dict[int, list[Any]], dict[int, dt.datetime]]:
        """Rows for InsertTasksCommand, block-relative links and starts by row; all checked."""
        settings = self.model.schedule.settings
        lines = [
            [cell.strip() for cell in cells]
            for cells in csv.reader(io.StringIO(text), delimiter="\t", strict=False)
            if any(cell.strip() for cell in cells)
        ]
        rows: list[dict[str, Any]] = []
        links: dict[int, list[Any]] = {}
        starts: dict[int, dt.datetime] = {}
        for place, cells in enumerate(lines):
            name, duration, predecessors, start = [*cells, "", "", ""][: len(CLIPBOARD_FIELDS)]
            row: dict[str, Any] = {"name": name or self.tr("New task")}
            if duration:
                try:
                    value = parse_duration(duration, settings, self.language)
                except TextError as error:
                    raise InvalidValue("duration", error.code, error.text) from None
                row.update(
                    duration_minutes=value.minutes,
                    duration_unit=value.unit.value,
                    estimated=value.estimated,
                    milestone=value.minutes == 0,
                )
            if predecessors:
                try:
                    refs = parse_predecessors(predecessors, settings, self.language)
                except TextError as error:
                    raise InvalidValue("predecessors", error.code, error.text) from None
                for ref in refs:
                    if not 1 <= ref.task_id <= len(lines):
                        raise InvalidValue("predecessors", "unknown_task", str(ref.task_id))
                    if ref.task_id == place + 1:
                        raise InvalidValue("predecessors", "own_task", str(ref.task_id))
                if refs:
                    links[place] = refs
            if start:
                moment = self._read_moment(start)
                if moment is None:
                    raise InvalidValue("start", "not_a_date", start)
                starts[place] = moment
            rows.append(row)
        return rows, links, starts

    def _read_moment(self, text: str) -> dt.datetime | None:
        """A date as the table shows it (with or without the time) or as yyyy-mm-dd."""
        locale = self.model.locale
        short = locale.dateFormat(locale.FormatType.ShortFormat)
        for pattern in (moment_format(locale), short, "yyyy-MM-dd HH:mm", "yyyy-MM-dd"):
            value = locale.toDateTime(text, pattern)
            if value.isValid():
                moment = from_qt(value)
                if " " not in pattern:
                    moment = moment.replace(hour=8, minute=0)
                return moment  # type: ignore[no-any-return]
        return None
