"""The requirements list as a Qt table model: a thin adapter over the document."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.commands.base import EDIT_REFUSED
from app.commands.document import ProjectDocument
from app.commands.requirements import SetRequirementFieldCommand
from app.domain.requirements import MoSCoW, RequirementStatus
from app.services.changes import ChangeSet
from app.services.requirements import TABLE, RequirementData, list_requirements
from app.views.labels import field_label, priority_label, status_label

COLUMNS = ("ref", "title", "priority", "status", "source", "description", "acceptance_criteria")
PRIORITY_ORDER = {p: i for i, p in enumerate(MoSCoW)}
STATUS_ORDER = {s: i for i, s in enumerate(RequirementStatus)}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENUM_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class RequirementTableModel(QAbstractTableModel):
    """Rows come from the document; edits go back as commands, never straight to the data."""

    edit_refused = Signal(object)  # the exception that refused it

    def __init__(self, document: ProjectDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows: list[RequirementData] = document.read(list_requirements)
        document.changed.connect(self.on_changed)

    # -- reading -----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def requirement(self, row: int) -> RequirementData:
        return self._rows[row]

    def row_of(self, requirement_id: int) -> int:
        for row, item in enumerate(self._rows):
            if item.id == requirement_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        value = getattr(item, field)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "priority":
                return priority_label(value)
            if field == "status":
                return status_label(value)
            if role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
                return value.replace("\n", " ⏎ ")
            return value
        if role == Qt.ItemDataRole.EditRole:
            return value.value if field in ("priority", "status") else value
        if role == SORT_ROLE:
            if field == "priority":
                return PRIORITY_ORDER[value]
            if field == "status":
                return STATUS_ORDER[value]
            if field == "ref":
                return item.position
            return str(value).casefold()
        if role == ENUM_ROLE and field in ("priority", "status"):
            return value.value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return field_label(COLUMNS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] != "ref" and not self._document.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing: a command per edit ---------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        item = self._rows[index.row()]
        field = COLUMNS[index.column()]
        current = getattr(item, field)
        if (current.value if field in ("priority", "status") else current) == value:
            return False
        try:
            self._document.push(SetRequirementFieldCommand(self._document, item.id, field, value))
        except EDIT_REFUSED as exc:  # reported to the user, never raised into Qt
            self.edit_refused.emit(exc)
            return False
        return True

    # -- following the document ------------------------------------------------------
    def on_changed(self, change: ChangeSet) -> None:
        if not change.touches(TABLE):
            return
        fresh = self._document.read(list_requirements)
        if change.is_structural(TABLE):
            self._apply_structure(fresh)
            return
        by_id = {item.id: row for row, item in enumerate(self._rows)}
        self._rows = fresh
        for requirement_id in change.updated.get(TABLE, frozenset()):
            row = by_id.get(requirement_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _apply_structure(self, fresh: list[RequirementData]) -> None:
        """Tell views exactly what happened: one insert, one removal, one move, or a reset."""
        old_ids = [item.id for item in self._rows]
        new_ids = [item.id for item in fresh]
        if len(new_ids) == len(old_ids) + 1:
            row = next(
                (i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b),
                len(old_ids),
            )
            if new_ids[:row] + new_ids[row + 1 :] == old_ids:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endInsertRows()
                return
        if len(new_ids) == len(old_ids) - 1:
            row = next(
                (i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=False)) if a != b),
                len(new_ids),
            )
            if old_ids[:row] + old_ids[row + 1 :] == new_ids:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._rows = fresh
                self.endRemoveRows()
                return
        if (
            sorted(new_ids) == sorted(old_ids)
            and new_ids != old_ids
            and self._move(old_ids, new_ids, fresh)
        ):
            return
        self.beginResetModel()
        self._rows = fresh
        self.endResetModel()

    def _move(self, old_ids: list[int], new_ids: list[int], fresh: list[RequirementData]) -> bool:
        for source, moved in enumerate(old_ids):
            rest = old_ids[:source] + old_ids[source + 1 :]
            target = new_ids.index(moved)
            if [*rest[:target], moved, *rest[target:]] == new_ids:
                # Qt counts the destination in the list as it is before the move.
                destination = target + 1 if target > source else target
                self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
                self._rows = fresh
                self.endMoveRows()
                return True
        return False
