"""The schedule as a Qt tree model: WBS rows and dates from the document; edits as commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.tasks import InsertTasksCommand, SetTaskFieldCommand
from app.domain.assignments import NamesRefused, parse_names
from app.domain.calendar import DurationUnit, from_instant, to_instant
from app.domain.scheduler import (
    CONSTRAINT_CONFLICT,
    DEADLINE_MISSED,
    NEGATIVE_FLOAT,
    Constraint,
    TaskDates,
)
from app.domain.task_text import (
    DurationValue,
    PredecessorRef,
    format_duration,
    format_predecessors,
)
from app.domain.validation import InvalidValue
from app.services.assignments import resource_names, unknown_resource_names
from app.services.baselines import baseline_dates
from app.services.changes import ChangeSet
from app.services.schedule import LinkRow, ProjectSchedule, TaskRow
from app.services.tasks import TABLE
from app.views.i18n import LOCALES
from app.views.resource_labels import worded

RESOURCE_FIELDS = frozenset({"resources"})  # refusals worded by resource_labels

AnyIndex = QModelIndex | QPersistentModelIndex

# Every column the model offers; the tab shows DEFAULT_COLUMNS and lets the user add the rest.
COLUMNS = (
    "id",
    "wbs",
    "name",
    "duration",
    "start",
    "finish",
    "predecessors",
    "percent_complete",
    "total_float",
    "constraint",
    "resources",
    "free_float",
    "early_start",
    "early_finish",
    "late_start",
    "late_finish",
    "deadline",
    "notes",
    "baseline_start",
    "baseline_finish",
    "start_variance",
    "finish_variance",
)
DEFAULT_COLUMNS = COLUMNS[: COLUMNS.index("resources") + 1]
EDITABLE = frozenset(
    {"name", "duration", "start", "finish", "predecessors", "percent_complete", "resources"}
)
DATE_COLUMNS = frozenset(
    {
        "start",
        "finish",
        "early_start",
        "early_finish",
        "late_start",
        "late_finish",
        "deadline",
        "baseline_start",
        "baseline_finish",
    }
)
VARIANCE_COLUMNS = {"start_variance": ("start", 0), "finish_variance": ("finish", 1)}
RIGHT_ALIGNED = frozenset({"id", "duration", "percent_complete", "total_float", "free_float"})

COLUMN_COUNT = len(COLUMNS)
NO_FLAGS = Qt.ItemFlag.NoItemFlags
READ_ONLY_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = READ_ONLY_FLAGS | Qt.ItemFlag.ItemIsEditable

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the task's database id (None on the blank row)
DATE_ROLE = Qt.ItemDataRole.UserRole + 2  # a date column's value as a datetime

# Critical tasks: dark red text on a light red tint, readable on both alternating row colours.
CRITICAL_TEXT = "#a50e0e"
CRITICAL_TINT = "#fbe3e3"
LATE_TEXT = "#a50e0e"
MUTED_TEXT = "#8a8a8a"

CONSTRAINT_ORDER = (
    Constraint.ASAP,
    Constraint.ALAP,
    Constraint.MSO,
    Constraint.MFO,
    Constraint.SNET,
    Constraint.SNLT,
    Constraint.FNET,
    Constraint.FNLT,
)
START_CONSTRAINTS = frozenset({Constraint.MSO, Constraint.SNET, Constraint.SNLT})


def constraint_label(kind: Constraint) -> str:
    translate = QCoreApplication.translate
    return {
        Constraint.ASAP: translate("TaskTableModel", "As soon as possible"),
        Constraint.ALAP: translate("TaskTableModel", "As late as possible"),
        Constraint.MSO: translate("TaskTableModel", "Must start on"),
        Constraint.MFO: translate("TaskTableModel", "Must finish on"),
        Constraint.SNET: translate("TaskTableModel", "Start no earlier than"),
        Constraint.SNLT: translate("TaskTableModel", "Start no later than"),
        Constraint.FNET: translate("TaskTableModel", "Finish no earlier than"),
        Constraint.FNLT: translate("TaskTableModel", "Finish no later than"),
    }[kind]


def problem_label(code: str) -> str:
    translate = QCoreApplication.translate
    return {
        CONSTRAINT_CONFLICT: translate("TaskTableModel", "A constraint conflicts with the links."),
        DEADLINE_MISSED: translate("TaskTableModel", "The task finishes after its deadline."),
        NEGATIVE_FLOAT: translate("TaskTableModel", "The task has negative float."),
    }.get(code, code)


def ui_locale(language: str) -> QLocale:
    """The locale of a UI language, as install_language sets it."""
    return QLocale(LOCALES.get(language, "en_GB"))


def moment_format(locale: QLocale) -> str:
    """The locale's short date followed by the time, e.g. ``dd/MM/yyyy HH:mm``."""
    return locale.dateFormat(QLocale.FormatType.ShortFormat) + " HH:mm"


def to_qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qt(value: Any) -> Any:
    """Qt date values as Python ones; everything else unchanged."""
    if isinstance(value, QDateTime):
        date, time = value.date(), value.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day())
    return value


def push_macro(
    document: ProjectDocument, text: str, commands: Callable[[], Iterator[QUndoCommand]]
) -> None:
    """Push the commands ``commands()`` yields as one undo step, or none at all.

    The generator may look at what earlier commands did (new ids) before yielding the next.
    When one is refused, the commands already done are undone, the step is dropped from the
    stack and the refusal is raised.
    """
    stack = document.undo_stack
    stack.beginMacro(text)
    try:
        for command in commands():
            document.push(command)
    except BaseException:
        stack.endMacro()
        _drop_last_step(document)
        raise
    stack.endMacro()
    if stack.command(stack.index() - 1).childCount() == 0:
        _drop_last_step(document)  # nothing happened: no empty undo step


def _new_resource_kinds(text: str) -> dict[str, str]:
    """Folded name → "material" for entries typed with a plain quantity (``Cement[20]``)."""
    try:
        entries = parse_names(text)
    except NamesRefused:
        return {}
    return {
        entry.name.casefold(): "material"
        for entry in entries
        if entry.amount is not None and not entry.percent
    }


def _drop_last_step(document: ProjectDocument) -> None:
    stack = document.undo_stack
    macro = stack.command(stack.index() - 1)
    if macro is None:
        return
    macro.undo()
    macro.setObsolete(True)  # an obsolete command is removed by undo() without running it
    stack.undo()


class _Node:
    """One row of the tree; kept alive by the model because indexes point at it."""

    __slots__ = ("children", "depth", "parent", "row", "task")

    def __init__(self, task: TaskRow | None, parent: _Node | None, row: int = 0) -> None:
        self.task = task
        self.parent = parent
        self.row = row  # place among its siblings
        self.depth = 0 if parent is None or parent.parent is None else parent.depth + 1
        self.children: list[_Node] = []


def _shape(rows: Sequence[TaskRow]) -> list[tuple[int, int]]:
    """(task id, parent task id) in row order: equal shapes need no reset."""
    shape: list[tuple[int, int]] = []
    stack: list[TaskRow] = []
    for task in rows:
        while stack and stack[-1].outline_level >= task.outline_level:
            stack.pop()
        shape.append((task.id, stack[-1].id if stack else 0))
        stack.append(task)
    return shape


class TaskTableModel(QAbstractItemModel):
    """The WBS as a tree (parents from outline levels), one column per task field.

    The model owns no data: it shows ``document.schedule()`` and turns every edit into a
    command. Editable documents end with a blank row; typing a name there appends a task,
    as in Microsoft Project. With ``load=False`` the model stays empty until ``load()``, so
    a tab not yet shown does not compute the schedule (nor load the holiday tables).
    """

    edit_refused = Signal(object)  # the exception that refused an edit

    def __init__(
        self,
        document: ProjectDocument,
        parent: QObject | None = None,
        language: str = "en",
        *,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.language = language
        self._locale = ui_locale(language)
        self._bold = QFont()
        self._bold.setBold(True)
        self._root = _Node(None, None)
        self._nodes: list[_Node] = []  # task nodes in row order
        self._by_id: dict[int, _Node] = {}
        self._shape: list[tuple[int, int]] = []
        self._schedule: ProjectSchedule | None = None
        self._row_of: dict[int, int] = {}
        self._incoming: dict[int, list[LinkRow]] = {}
        self._rolled_percent: dict[int, int] = {}
        self._baseline: dict[int, tuple[Any, Any, int | None]] = {}
        self._resources: dict[int, str] = {}
        self._texts: dict[tuple[int, str], str] = {}  # shown cell texts, until the next change
        self.baseline_number = 0  # the baseline the baseline and variance columns compare with
        self.loaded = False
        if load:
            self._load(document.schedule())
        document.changed.connect(self.on_changed)

    # -- the tree ------------------------------------------------------------------------
    @property
    def locale(self) -> QLocale:
        return self._locale

    @property
    def document(self) -> ProjectDocument:
        return self._document

    @property
    def read_only(self) -> bool:
        return self._document.read_only

    @property
    def schedule(self) -> ProjectSchedule:
        """The schedule shown (the document's current one before the first load)."""
        return self._schedule if self._schedule is not None else self._document.schedule()

    def load(self) -> None:
        """Fill a model made with ``load=False``."""
        if not self.loaded:
            self.beginResetModel()
            self._load(self._document.schedule())
            self.endResetModel()

    def _load(self, schedule: ProjectSchedule) -> None:
        """Rebuild the tree; only between beginResetModel and endResetModel (or at start)."""
        self.loaded = True
        self._take(schedule)
        self._root = _Node(None, None)
        self._nodes = []
        stack: list[_Node] = []
        for task in schedule.rows:
            while stack and stack[-1].task.outline_level >= task.outline_level:  # type: ignore[union-attr]
                stack.pop()
            parent = stack[-1] if stack else self._root
            node = _Node(task, parent, len(parent.children))
            parent.children.append(node)
            self._nodes.append(node)
            stack.append(node)
        if not self._document.read_only:
            self._root.children.append(_Node(None, self._root, len(self._root.children)))
        self._by_id = {node.task.id: node for node in self._nodes}  # type: ignore[union-attr]
        self._shape = _shape(schedule.rows)
        self._roll_up()

    def _take(self, schedule: ProjectSchedule) -> None:
        self._schedule = schedule
        self._texts = {}
        self._baseline_spans: dict[int, tuple[int, int] | None] = {}
        self._baseline = self._document.read(baseline_dates, self.baseline_number)
        self._resources = self._document.read(resource_names, self.language)
        self._row_of = {task.id: task.row for task in schedule.rows}
        incoming: dict[int, list[LinkRow]] = {}
        for link in schedule.links:
            incoming.setdefault(link.successor_id, []).append(link)
        self._incoming = incoming

    def _roll_up(self) -> None:
        """Summary % complete: the duration-weighted average of their subtasks."""
        rolled: dict[int, int] = {}

        def visit(node: _Node) -> tuple[float, float, float, int]:
            task = node.task
            assert task is not None
            if not task.summary:
                weight = max(0, task.duration_minutes)
                return weight * task.percent_complete, weight, task.percent_complete, 1
            done = weight = plain = 0.0
            count = 0
            for child in node.children:
                d, w, p, c = visit(child)
                done, weight, plain, count = done + d, weight + w, plain + p, count + c
            average = done / weight if weight else (plain / count if count else 0.0)
            rolled[task.id] = round(average)
            return done, weight, plain, count

        for node in self._root.children:
            if node.task is not None:
                visit(node)
        self._rolled_percent = rolled

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, _Node) else None

    def task(self, index: AnyIndex) -> TaskRow | None:
        """The task of a row, or None for the blank row and invalid indexes."""
        node = self._node(index)
        return node.task if node is not None else None

    def task_by_id(self, task_id: int) -> TaskRow | None:
        node = self._by_id.get(task_id)
        return node.task if node is not None else None

    def tasks(self) -> list[TaskRow]:
        return [node.task for node in self._nodes]  # type: ignore[misc]

    def dates(self, task_id: int) -> TaskDates | None:
        result = self.schedule.result
        if result is None or task_id not in result:
            return None  # a cycle, or an inactive task
        return result[task_id]

    def descendants(self, task_id: int) -> list[int]:
        node = self._by_id.get(task_id)
        found: list[int] = []
        pending = list(node.children) if node is not None else []
        while pending:
            child = pending.pop(0)
            if child.task is not None:
                found.append(child.task.id)
                pending[:0] = child.children
        return found

    def index_of(self, task_id: int | None, column: int = 0) -> QModelIndex:
        """The index of a task (None: the blank row), or an invalid index."""
        if task_id is None:
            last = self._root.children[-1] if self._root.children else None
            if last is None or last.task is not None:
                return QModelIndex()
            return self.createIndex(last.row, column, last)
        node = self._by_id.get(task_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def last_level(self) -> int:
        return self._nodes[-1].task.outline_level if self._nodes else 1  # type: ignore[union-attr]

    # -- the Qt model interface --------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every cell of every paint (through the filter proxy): kept lean.
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            node = parent.internalPointer()
            if not isinstance(node, _Node):
                return QModelIndex()
        else:
            node = self._root
        children = node.children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    @overload
    def parent(self) -> QObject: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> Any:
        if child is None:
            return super().parent()
        node = self._node(child)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._root.children)
        if parent.column() != 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.column_label(COLUMNS[section])
        return None

    def column_label(self, key: str) -> str:
        return {
            "id": self.tr("ID"),
            "wbs": self.tr("WBS"),
            "name": self.tr("Task name"),
            "duration": self.tr("Duration"),
            "start": self.tr("Start"),
            "finish": self.tr("Finish"),
            "predecessors": self.tr("Predecessors"),
            "percent_complete": self.tr("% Complete"),
            "total_float": self.tr("Total float"),
            "constraint": self.tr("Constraint"),
            "resources": self.tr("Resource names"),
            "free_float": self.tr("Free float"),
            "early_start": self.tr("Early start"),
            "early_finish": self.tr("Early finish"),
            "late_start": self.tr("Late start"),
            "late_finish": self.tr("Late finish"),
            "deadline": self.tr("Deadline"),
            "notes": self.tr("Notes"),
            "baseline_start": self.tr("Baseline start"),
            "baseline_finish": self.tr("Baseline finish"),
            "start_variance": self.tr("Start variance"),
            "finish_variance": self.tr("Finish variance"),
        }[key]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every cell of every paint: no enum arithmetic here (see ITEM_FLAGS).
        node = self._node(index)
        if node is None:
            return NO_FLAGS
        if self._document.read_only:
            return READ_ONLY_FLAGS
        key = COLUMNS[index.column()]
        task = node.task
        if key == "name" or (task is not None and key in EDITABLE and not task.summary):
            return EDITABLE_FLAGS
        return READ_ONLY_FLAGS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None or node.task is None:
            return None
        task = node.task
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(task, key)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(task, key)
        if role == TASK_ID_ROLE:
            return task.id
        if role == DATE_ROLE:
            return self.moment(task, key) if key in DATE_COLUMNS else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if task.summary else None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        dates = self.dates(task.id)
        critical = dates is not None and dates.critical
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "name" and critical:
                return QColor(CRITICAL_TEXT)
            if key == "finish" and dates is not None and DEADLINE_MISSED in dates.problems:
                return QColor(LATE_TEXT)
            if key == "constraint" and task.constraint is Constraint.ASAP:
                return QColor(MUTED_TEXT)  # the default: present, but not to stand out
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(CRITICAL_TINT) if key == "name" and critical else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, key, dates)
        return None

    def _tooltip(self, task: TaskRow, key: str, dates: TaskDates | None) -> str | None:
        if key == "name":
            lines = [task.name]
            if dates is not None and dates.critical:
                lines.append(self.tr("Critical task"))
            if dates is not None:
                lines.extend(problem_label(code) for code in dates.problems)
            if task.notes:
                lines.append(task.notes)
            return "\n".join(lines)
        if key == "notes":
            return task.notes or None
        text = self.text(task, key)
        return text or None

    # -- what a cell shows ---------------------------------------------------------------------
    def format_moment(self, value: dt.datetime | None) -> str:
        if value is None:
            return ""
        return self._locale.toString(to_qdatetime(value), moment_format(self._locale))

    def moment(self, task: TaskRow, key: str) -> dt.datetime | None:
        if key == "deadline":
            return task.deadline
        if key in ("baseline_start", "baseline_finish"):
            saved = self._baseline.get(task.id)
            return None if saved is None else saved[0 if key == "baseline_start" else 1]
        dates = self.dates(task.id)
        if dates is None:
            return None
        return from_instant(getattr(dates, key))

    def duration_minutes(self, task: TaskRow) -> int | None:
        """Working minutes: a summary's span on its calendar, a task's own duration."""
        if not task.summary:
            return task.duration_minutes
        dates = self.dates(task.id)
        if dates is None:
            return None
        return self.schedule.calendar_of(task).work_between(dates.start, dates.finish)

    def duration_text(self, task: TaskRow, *, compact: bool = False) -> str:
        settings = self.schedule.settings
        if task.summary:
            minutes = self.duration_minutes(task)
            if minutes is None:
                return ""
            return format_duration(minutes, settings, self.language, compact=compact)
        value = DurationValue(
            task.duration_minutes, DurationUnit(task.duration_unit), task.estimated
        )
        return format_duration(value, settings, self.language, compact=compact)

    def predecessor_refs(
        self, task: TaskRow, number: Callable[[int], int | None] | None = None
    ) -> list[PredecessorRef]:
        """The task's links as typed refs; ``number`` maps a predecessor id to the ID shown."""
        refs: list[PredecessorRef] = []
        for link in self._incoming.get(task.id, ()):
            shown = (number or self._row_of.get)(link.predecessor_id)
            if shown is None:
                continue
            if link.lag_percent:
                refs.append(PredecessorRef(shown, link.type, 0, DurationUnit.DAY, link.lag_percent))
            else:
                refs.append(
                    PredecessorRef(shown, link.type, link.lag_minutes, DurationUnit(link.lag_unit))
                )
        return refs

    def predecessors_text(self, task: TaskRow) -> str:
        return format_predecessors(
            self.predecessor_refs(task), self.schedule.settings, self.language
        )

    def baseline(self, task_id: int) -> tuple[dt.datetime, dt.datetime] | None:
        """The chosen baseline's start and finish of a task, when it has both."""
        saved = self._baseline.get(task_id)
        if saved is None or saved[0] is None or saved[1] is None:
            return None
        return saved[0], saved[1]

    def baseline_span(self, task_id: int) -> tuple[int, int] | None:
        """The chosen baseline's start and finish as instants (remembered: asked every paint)."""
        span = self._baseline_spans.get(task_id, False)
        if span is False:
            saved = self.baseline(task_id)
            span = None if saved is None else (to_instant(saved[0]), to_instant(saved[1]))
            self._baseline_spans[task_id] = span
        return span  # type: ignore[return-value]

    @property
    def status_date(self) -> dt.date | None:
        return self.schedule.status_date

    def links_into(self, task_id: int) -> list[LinkRow]:
        """The links whose successor is the task."""
        return self._incoming.get(task_id, [])

    def percent_complete(self, task: TaskRow) -> int:
        return self._rolled_percent.get(task.id, task.percent_complete)

    def text(self, task: TaskRow, key: str) -> str:
        """What a cell shows (remembered until the schedule or the language changes)."""
        cached = self._texts.get((task.id, key))
        if cached is None:
            cached = self._texts[task.id, key] = self._text(task, key)
        return cached

    def depth(self, index: AnyIndex) -> int:
        """How deep a row sits in the tree (0: top level)."""
        node = self._node(index)
        return node.depth if node is not None else 0

    def _text(self, task: TaskRow, key: str) -> str:
        if key == "id":
            return str(task.row)
        if key == "wbs":
            return task.wbs
        if key == "name":
            return task.name
        if key == "duration":
            return self.duration_text(task)
        if key in DATE_COLUMNS:
            return self.format_moment(self.moment(task, key))
        if key == "predecessors":
            return self.predecessors_text(task)
        if key == "percent_complete":
            return f"{self.percent_complete(task)}%"
        if key in ("total_float", "free_float"):
            dates = self.dates(task.id)
            if dates is None:
                return ""
            return format_duration(getattr(dates, key), self.schedule.settings, self.language)
        if key == "constraint":
            label = constraint_label(task.constraint)
            if task.constraint_date is not None and task.constraint not in (
                Constraint.ASAP,
                Constraint.ALAP,
            ):
                return f"{label} {self.format_moment(task.constraint_date)}"
            return label
        if key == "notes":
            return task.notes.replace("\n", " ⏎ ")
        if key in VARIANCE_COLUMNS:
            minutes = self.variance(task, key)
            if minutes is None:
                return ""
            return format_duration(minutes, self.schedule.settings, self.language)
        if key == "resources":
            return self._resources.get(task.id, "")
        return ""

    def variance(self, task: TaskRow, key: str) -> int | None:
        """Working minutes by which the start or finish lies after the baseline's."""
        which, slot = VARIANCE_COLUMNS[key]
        saved = self._baseline.get(task.id)
        current = self.moment(task, which)
        if saved is None or saved[slot] is None or current is None:
            return None
        calendar = self.schedule.calendar_of(task)
        return calendar.work_between(to_instant(saved[slot]), to_instant(current))

    def edit_value(self, task: TaskRow, key: str) -> Any:
        """What an editor starts from: text as the user would type it, or a datetime."""
        if key == "duration":
            return self.duration_text(task, compact=True)
        if key in ("start", "finish"):
            return self.moment(task, key)
        if key == "percent_complete":
            return self.percent_complete(task)
        if key == "name":
            return task.name
        if key == "notes":
            return task.notes
        return self.text(task, key)

    # -- editing: a command per edit --------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self._node(index)
        if role != Qt.ItemDataRole.EditRole or node is None:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        key = COLUMNS[index.column()]
        value = from_qt(value)
        if node.task is None:  # the blank row: a name there appends a task
            name = str(value).strip()
            if not name:
                return False
            row = {"name": name, "outline_level": self.last_level()}
            return self.push(InsertTasksCommand(self._document, len(self._nodes), [row]))
        if value == self.edit_value(node.task, key):
            return False
        if key == "resources":
            return self.set_resources(node.task, str(value))
        return self.push(
            SetTaskFieldCommand(self._document, node.task.id, key, value, self.language)
        )

    def push(self, command: QUndoCommand) -> bool:
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:  # reported to the user, never raised into Qt
            self.edit_refused.emit(worded(exc, RESOURCE_FIELDS))
            return False
        return True

    # -- the Resource Names column ------------------------------------------------------------
    def set_resources(self, task: TaskRow, text: str) -> bool:
        """Assign what was typed (``Jan[50%];Piet``); names no resource has are added to the
        resource sheet first when the user agrees, in the same undo step."""
        # The resource commands load when the column is first edited, not at startup.
        from app.commands.assignments import SetTaskResourcesCommand
        from app.commands.resources import InsertResourceCommand
        from app.services.resources import blank_resource

        try:
            unknown = self._document.read(unknown_resource_names, text)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(worded(exc, RESOURCE_FIELDS))
            return False
        assign = SetTaskResourcesCommand(self._document, task.id, text, self.language)
        if not unknown:
            return self.push(assign)
        if not self.ask_create_resources(unknown):
            refusal = InvalidValue("resources", "unknown_resource", "; ".join(unknown))
            self.edit_refused.emit(worded(refusal, RESOURCE_FIELDS))
            return False
        kinds = _new_resource_kinds(text)

        def commands() -> Iterator[QUndoCommand]:
            for name in unknown:
                kind = kinds.get(name.casefold(), "work")
                yield InsertResourceCommand(self._document, 1_000_000, blank_resource(name, kind))
            yield assign

        try:
            push_macro(self._document, self.tr("Assign new resources"), commands)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(worded(exc, RESOURCE_FIELDS))
            return False
        return True

    def ask_create_resources(self, names: list[str]) -> bool:
        """Whether to add resources no one has yet (tests answer instead of a person)."""
        listed = "\n".join(f"• {name}" for name in names)
        answer = QMessageBox.question(
            QApplication.activeWindow(),
            self.tr("New resources"),
            self.tr(
                "These names are not in the resource sheet yet:\n{0}\n\nAdd them to the "
                "Team tab and assign them? A name with a quantity in brackets, such as "
                "Cement[20], becomes a material; the others become work resources."
            ).replace("{0}", listed),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- following the document ------------------------------------------------------------
    def on_changed(self, change: ChangeSet) -> None:
        if not self.loaded:
            return  # load() will read the current state
        if not (
            change.everything
            or change.schedule_dirty
            or change.project_fields
            or change.touches(TABLE)
        ):
            return
        self.reload(structural=change.is_structural(TABLE))

    def reload(self, *, structural: bool = False) -> None:
        """Show the document's current schedule.

        Rows that came, went, moved or changed parent (indent) reset the model; otherwise
        every row may have new dates, so every cell is announced as changed.
        """
        schedule = self._document.schedule()
        if structural or _shape(schedule.rows) != self._shape:
            self.beginResetModel()
            self._load(schedule)
            self.endResetModel()
            return
        self._take(schedule)
        for node, task in zip(self._nodes, schedule.rows, strict=True):
            node.task = task
        self._roll_up()
        self.announce_all()

    def announce_all(self) -> None:
        """dataChanged for every cell, one signal per parent."""
        last = len(COLUMNS) - 1
        pending = [self._root]
        while pending:
            node = pending.pop()
            if not node.children:
                continue
            first, end = node.children[0], node.children[-1]
            self.dataChanged.emit(
                self.createIndex(first.row, 0, first), self.createIndex(end.row, last, end)
            )
            pending.extend(child for child in node.children if child.children)

    def set_language(self, language: str) -> None:
        """Show durations, links and dates in another UI language."""
        self.language = language
        self._locale = ui_locale(language)
        if self.loaded:  # material quantities are written with the language's decimal mark
            self._resources = self._document.read(resource_names, language)
        self.retranslate()

    def retranslate(self) -> None:
        self._texts = {}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.announce_all()
