"""One task's assignments as a Qt table model: resource, units, work and cost.

Units are typed as "50%" for people and as a quantity for material; work as "16h" or "2d";
a cost resource's amount in the cost column. Every edit is a command.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.commands.assignments import SetAssignmentFieldCommand
from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.domain.assignments import format_number
from app.domain.calendar import DurationUnit, UnitSettings
from app.domain.money import format_money
from app.domain.task_text import format_duration
from app.services.assignments import AssignmentData, task_assignments
from app.services.changes import ChangeSet
from app.views.resource_labels import field_label, type_label, worded

COLUMNS = ("resource", "units", "work", "cost")
AnyIndex = QModelIndex | QPersistentModelIndex


class AssignmentTableModel(QAbstractTableModel):
    """The assignments of ``task_id``, re-read whenever the document changes."""

    edit_refused = Signal(object)  # the refusal, worded

    def __init__(
        self,
        document: ProjectDocument,
        task_id: int,
        currency: str,
        settings: UnitSettings,
        parent: Any = None,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.task_id = task_id
        self.currency = currency
        self.settings = settings
        self.language = language
        self._rows: list[AssignmentData] = []
        self.reload()
        document.changed.connect(self.on_changed)

    def reload(self) -> None:
        self.beginResetModel()
        try:
            self._rows = self._document.read(task_assignments, self.task_id)
        except LookupError:  # the task was deleted (an undo behind the dialog)
            self._rows = []
        self.endResetModel()

    def on_changed(self, change: ChangeSet) -> None:
        # Tasks too: a duration edit carries the work along, % complete moves the cost.
        if change.everything or any(change.touches(t) for t in ("assignment", "resource", "task")):
            self.reload()

    def assignments(self) -> list[AssignmentData]:
        return list(self._rows)

    def assignment(self, row: int) -> AssignmentData:
        return self._rows[row]

    # -- reading ----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def display(self, item: AssignmentData, field: str) -> str:
        kind = item.resource_type
        if field == "resource":
            return item.resource_name
        if field == "units":
            if kind == "work":
                return f"{format_number(item.units * 100, self.language, 1)}%"
            if kind == "material":
                quantity = format_number(item.units, self.language)
                return f"{quantity} {item.material_label}".strip()
            return ""
        if field == "work":
            if kind != "work":
                return ""
            return format_duration(
                item.work_minutes, self.settings, self.language, DurationUnit.HOUR
            )
        if field == "cost":
            return format_money(item.cost_cents, self.currency, self.language)
        return ""

    def editable(self, item: AssignmentData, field: str) -> bool:
        kind = item.resource_type
        return (
            (field == "units" and kind in ("work", "material"))
            or (field == "work" and kind == "work")
            or (field == "cost" and kind == "cost")
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, field)
        if role == Qt.ItemDataRole.EditRole:
            if field == "cost":
                return format_money(item.amount_cents, self.currency, self.language)
            if field == "units" and item.resource_type == "material":
                return format_number(item.units, self.language)
            return self.display(item, field)
        if role == Qt.ItemDataRole.TextAlignmentRole and field != "resource":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and field == "resource":
            return type_label(item.resource_type)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return field_label(COLUMNS[section]) if 0 <= section < len(COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self._rows[index.row()]
        if self.editable(item, COLUMNS[index.column()]) and not self._document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing ----------------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        change = "amount" if field == "cost" else field
        command = SetAssignmentFieldCommand(self._document, item.id, change, value, self.language)
        try:
            self._document.push(command)
        except EDIT_REFUSED as exc:
            self.edit_refused.emit(worded(exc))
            return False
        return True
