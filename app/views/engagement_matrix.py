"""The engagement assessment matrix (PMBOK): a row per stakeholder, a column per level.

C marks the current engagement and D the desired one; a row where they differ is
highlighted, with the levels between them tinted to show the way to go.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.domain.stakeholders import ENGAGEMENT_LEVELS, engagement_index
from app.services.stakeholders import StakeholderData
from app.views.stakeholder_labels import (
    CURRENT_FILL,
    DESIRED_FILL,
    GAP_FILL,
    engagement_label,
    gap_text,
)
from app.views.stakeholder_table_model import ID_ROLE, StakeholderTableModel

AnyIndex = QModelIndex | QPersistentModelIndex


class EngagementMatrixModel(QAbstractTableModel):
    """Reads the register model's rows and follows its inserts, removals, moves and resets."""

    def __init__(self, register: StakeholderTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.register = register
        register.modelAboutToBeReset.connect(self.beginResetModel)
        register.modelReset.connect(self.endResetModel)
        register.rowsAboutToBeInserted.connect(
            lambda _parent, first, last: self.beginInsertRows(QModelIndex(), first, last)
        )
        register.rowsInserted.connect(self.endInsertRows)
        register.rowsAboutToBeRemoved.connect(
            lambda _parent, first, last: self.beginRemoveRows(QModelIndex(), first, last)
        )
        register.rowsRemoved.connect(self.endRemoveRows)
        register.rowsAboutToBeMoved.connect(
            lambda _p, first, last, _d, row: self.beginMoveRows(
                QModelIndex(), first, last, QModelIndex(), row
            )
        )
        register.rowsMoved.connect(self.endMoveRows)
        register.dataChanged.connect(self._register_changed)
        self._bold = QFont()
        self._bold.setBold(True)

    def _register_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        self.dataChanged.emit(
            self.index(top_left.row(), 0),
            self.index(bottom_right.row(), len(ENGAGEMENT_LEVELS) - 1),
        )
        self.headerDataChanged.emit(Qt.Orientation.Vertical, top_left.row(), bottom_right.row())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.register.rowCount()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ENGAGEMENT_LEVELS)

    def stakeholder(self, row: int) -> StakeholderData:
        return self.register.stakeholder(row)

    def mark(self, item: StakeholderData, column: int) -> str:
        """The mark at this level: C (current), D (desired), CD (both) or nothing."""
        current = engagement_index(item.current_engagement) == column
        desired = engagement_index(item.desired_engagement) == column
        return ("C" if current else "") + ("D" if desired else "")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        item = self.stakeholder(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.mark(item, column)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            current = engagement_index(item.current_engagement)
            desired = engagement_index(item.desired_engagement)
            if not item.gap:
                return DESIRED_FILL if column == current else None
            if column == current:
                return CURRENT_FILL
            if column == desired:
                return DESIRED_FILL
            return GAP_FILL  # the whole row stands out
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: current {1}, desired {2} (gap {3})").format(
                item.name,
                engagement_label(item.current_engagement),
                engagement_label(item.desired_engagement),
                gap_text(item.gap),
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
            ) and 0 <= section < len(ENGAGEMENT_LEVELS):
                return engagement_label(ENGAGEMENT_LEVELS[section])
            return None
        if not 0 <= section < self.rowCount():
            return None
        item = self.stakeholder(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return item.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(part for part in (item.name, item.role) if part)
        if role == Qt.ItemDataRole.BackgroundRole and item.gap:
            return GAP_FILL
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EngagementMatrixView(QTableView):
    """The matrix as a compact read-only table; row headers carry the names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("engagementMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self._column_width = 90  # measured by fit_columns
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMaximumWidth(150)

    def fit_columns(self) -> None:
        """Measure the level names: the width at which every one fits its column."""
        model = self.model()
        if model is None:
            return
        metrics = self.horizontalHeader().fontMetrics()
        widest = max(
            (
                metrics.horizontalAdvance(str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ),
            default=40,
        )
        self._column_width = widest + 16
        # Narrower than that, a name is elided (its tooltip says it in full).
        self.horizontalHeader().setMinimumSectionSize(min(self._column_width, 44))

    def preferred_width(self) -> int:
        """Wide enough for the names and every level, not wider."""
        model = self.model()
        columns = 0 if model is None else model.columnCount()
        names = min(self.verticalHeader().maximumWidth(), self.verticalHeader().sizeHint().width())
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return names + columns * self._column_width + scroll_bar + 2 * self.frameWidth()
